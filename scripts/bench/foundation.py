"""The foundation workloads in NumPy/SciPy, for side-by-side timing with Spectral Lab.

Called by `./lab bench foundation` as
    python3 foundation.py POINTS_FILE N D K REPETITIONS
where POINTS_FILE holds the N x D points as little-endian float64, row by row (the same
points the Java side times). Prints one JSON object: median seconds per workload.
Workloads mirror the Java ones: brute-force exact kNN (k nearest, self excluded, union
symmetrisation, weights exp(-d^2/eps) with eps the mean squared distance to the k-th
neighbour), all eigenpairs of L_sym (numpy.linalg.eigh), the 20 smallest eigenpairs of
L_sym (scipy.sparse.linalg.eigsh, which='SA'), and lab 03's pipeline (kNN graph, then all
eigenpairs of L and of L_sym).
"""
import json
import sys
import time

import numpy as np
import scipy.sparse as sparse
import scipy.sparse.linalg as sparse_linalg


def knn_graph(x, k):
    norms = np.einsum("ij,ij->i", x, x)
    squared = norms[:, None] + norms[None, :] - 2.0 * (x @ x.T)
    np.fill_diagonal(squared, np.inf)
    nearest = np.argpartition(squared, k, axis=1)[:, :k]
    rows = np.repeat(np.arange(x.shape[0]), k)
    distances = np.maximum(squared[rows, nearest.ravel()], 0.0)
    eps = distances.reshape(-1, k).max(axis=1).mean()
    weights = np.exp(-distances / eps)
    directed = sparse.csr_matrix((weights, (rows, nearest.ravel())), shape=squared.shape)
    return directed.maximum(directed.T).tocsr()


def symmetric_laplacian(w):
    scale = 1.0 / np.sqrt(np.asarray(w.sum(axis=1)).ravel())
    n = w.shape[0]
    return sparse.identity(n, format="csr") - sparse.diags(scale) @ w @ sparse.diags(scale)


def unnormalized_laplacian(w):
    return sparse.diags(np.asarray(w.sum(axis=1)).ravel()) - w


def median_seconds(work, repetitions):
    work()
    times = []
    for _ in range(repetitions):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return float(np.median(times))


def main():
    path, n, d, k, repetitions = sys.argv[1], *map(int, sys.argv[2:6])
    x = np.fromfile(path, dtype="<f8").reshape(n, d)
    graph = knn_graph(x, k)
    l_sym = symmetric_laplacian(graph)
    start = np.random.RandomState(0).rand(n) - 0.5
    out = {"knn": median_seconds(lambda: knn_graph(x, k), repetitions)}
    if n <= 4000:
        out["all_pairs_symmetric"] = median_seconds(
            lambda: np.linalg.eigh(l_sym.toarray()), repetitions)

        def pipeline():
            w = knn_graph(x, k)
            np.linalg.eigh(unnormalized_laplacian(w).toarray())
            np.linalg.eigh(symmetric_laplacian(w).toarray())

        out["pipeline"] = median_seconds(pipeline, repetitions)
    out["smallest20_sparse"] = median_seconds(
        lambda: sparse_linalg.eigsh(l_sym, k=20, which="SA", v0=start), repetitions)
    print(json.dumps(out))


if __name__ == "__main__":
    main()
