"""The geometry workloads in NumPy/SciPy, for side-by-side timing with Spectral Lab.

Called by `./lab bench geometry` as
    python3 geometry.py POINTS_FILE N D diffusion EPS ALPHA COUNT K REPETITIONS
    python3 geometry.py POINTS_FILE N D chebyshev K ORDER REPETITIONS
where POINTS_FILE holds the N x D points as little-endian float64, row by row (the same
points the Java side times). Prints one JSON object: median seconds per workload.

diffusion: Coifman-Lafon with alpha on the dense RBF kernel exp(-|x - y|^2 / eps): the
kernel from the points, q = K 1, K_a = K / (q q^T)^alpha, the symmetric conjugate
D^-1/2 K_a D^-1/2, its COUNT largest eigenpairs by ARPACK (eigsh on the dense array), the
coordinates at t = 1; and the same from the weights of the kNN graph (sparse eigsh), the
graph built once beforehand.
chebyshev: on the kNN graph's L = D - W (built once beforehand), lmax = 1.01 x a Lanczos
estimate (eigsh, tol 1e-4), then the 6-filter Mexican hat bank (PyGSP's conventions, low-pass
factor 20) applied to one delta by a Chebyshev expansion of the given order: coefficients at
order + 1 Gauss-Chebyshev nodes, then the three-term recurrence with sparse products.
"""
import json
import sys
import time

import numpy as np
import scipy.sparse as sparse
import scipy.sparse.linalg as sparse_linalg

from foundation import knn_graph, median_seconds


def rbf_kernel(x, eps):
    norms = np.einsum("ij,ij->i", x, x)
    squared = np.maximum(norms[:, None] + norms[None, :] - 2.0 * (x @ x.T), 0.0)
    np.fill_diagonal(squared, 0.0)
    return np.exp(-squared / eps)


def diffusion_coordinates(kernel, alpha, count, start):
    dense = not sparse.issparse(kernel)
    q = np.asarray(kernel.sum(axis=1)).ravel()
    scale = q ** -alpha
    degrees = scale * np.asarray(kernel @ scale).ravel()
    conjugate_scale = scale / np.sqrt(degrees)
    if dense:
        conjugate = kernel * np.outer(conjugate_scale, conjugate_scale)
    else:
        d = sparse.diags(conjugate_scale)
        conjugate = (d @ kernel @ d).tocsr()
    values, vectors = sparse_linalg.eigsh(conjugate, k=count, which="LA", v0=start)
    order = np.argsort(values)[::-1]
    values, vectors = values[order], vectors[:, order]
    pi = degrees / degrees.sum()
    psi = vectors / np.sqrt(pi)[:, None]
    return psi[:, 1:] * values[1:]


def mexican_hat(lmax, filters=6, low_pass_factor=20):
    lmin = lmax / low_pass_factor
    scales = np.exp(np.linspace(np.log(2 / lmin), np.log(1 / lmax), filters - 1))
    bank = [lambda x: 1.2 * np.exp(-1) * np.exp(-(x / (0.4 * lmin)) ** 4)]
    bank += [lambda x, s=s: s * x * np.exp(-s * x) for s in scales]
    return bank


def chebyshev_coefficients(g, lmax, order):
    nodes = order + 1
    theta = np.pi * (np.arange(nodes) + 0.5) / nodes
    values = g(lmax / 2 * np.cos(theta) + lmax / 2)
    return np.array([2.0 / nodes * np.dot(values, np.cos(k * theta)) for k in range(order + 1)])


def chebyshev_bank(laplacian, signal, lmax, order, start):
    if lmax is None:
        lmax = 1.01 * sparse_linalg.eigsh(laplacian, k=1, which="LA", tol=1e-4, v0=start,
                                          return_eigenvectors=False)[0]
    c = np.array([chebyshev_coefficients(g, lmax, order) for g in mexican_hat(lmax)])
    half = lmax / 2
    previous = signal
    current = (laplacian @ signal - half * signal) / half
    out = np.outer(c[:, 0] / 2, previous) + np.outer(c[:, 1], current)
    for k in range(2, order + 1):
        following = 2 * (laplacian @ current - half * current) / half - previous
        out += np.outer(c[:, k], following)
        previous, current = current, following
    return out


def main():
    path, n, d, mode = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
    x = np.fromfile(path, dtype="<f8").reshape(n, d)
    start = np.random.RandomState(0).rand(n) - 0.5
    out = {}
    if mode == "diffusion":
        eps, alpha = float(sys.argv[5]), float(sys.argv[6])
        count, k, repetitions = int(sys.argv[7]), int(sys.argv[8]), int(sys.argv[9])
        out["dense"] = median_seconds(
            lambda: diffusion_coordinates(rbf_kernel(x, eps), alpha, count, start), repetitions)
        graph = knn_graph(x, k)
        out["knn"] = median_seconds(
            lambda: diffusion_coordinates(graph, alpha, count, start), repetitions)
    else:
        k, order, repetitions = int(sys.argv[5]), int(sys.argv[6]), int(sys.argv[7])
        w = knn_graph(x, k)
        laplacian = (sparse.diags(np.asarray(w.sum(axis=1)).ravel()) - w).tocsr()
        delta = np.zeros(n)
        delta[0] = 1.0
        out["chebyshev"] = median_seconds(
            lambda: chebyshev_bank(laplacian, delta, None, order, start), repetitions)
        lmax = 1.01 * sparse_linalg.eigsh(laplacian, k=1, which="LA", tol=1e-4, v0=start,
                                          return_eigenvectors=False)[0]
        out["chebyshev_given_lmax"] = median_seconds(
            lambda: chebyshev_bank(laplacian, delta, lmax, order, start), repetitions)
    print(json.dumps(out))


if __name__ == "__main__":
    main()
