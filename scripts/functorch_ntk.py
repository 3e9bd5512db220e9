"""Times functorch's trace eNTK on the weights and inputs that EntkBenchmark exported.

Usage: python3 scripts/functorch_ntk.py FOLDER   (FOLDER written by 'EntkBenchmark export')

K_ij = sum_c <d f_c(x_i)/d theta, d f_c(x_j)/d theta>, Jacobians from vmap(jacrev) a block
of inputs at a time (the whole Jacobian of 1000 inputs would take ~11 GB in float32), then
contracted block pair by block pair. Prints its time, its ratio to the kit's layer-wise
time (measured by the export, median of 3) and the relative difference between the two
kernels. One thread, like the Java benchmark. Not run on the kit's build machine, which has
no torch: treat it as untested until it has run once where torch is installed.
"""
import json
import sys
import time
from pathlib import Path

import numpy as np
import torch
from torch.func import jacrev, vmap

BLOCK = 100


def load(folder: Path):
    meta = json.loads((folder / "meta.json").read_text())
    widths, n = meta["widths"], meta["n"]
    layerwise_seconds = meta["layerwise_seconds"]
    params = {}
    for layer in range(1, len(widths)):
        shape = (widths[layer], widths[layer - 1])
        params[f"W{layer}"] = torch.from_numpy(
            np.fromfile(folder / f"W{layer}.f32", dtype="<f4").reshape(shape))
        params[f"b{layer}"] = torch.from_numpy(
            np.fromfile(folder / f"b{layer}.f32", dtype="<f4"))
    inputs = torch.from_numpy(np.fromfile(folder / "inputs.f32", dtype="<f4").reshape(n, -1))
    kernel = np.fromfile(folder / "kernel.f32", dtype="<f4").reshape(n, n)
    return widths, params, inputs, kernel, layerwise_seconds


def network(params, depth, x):
    h = x
    for layer in range(1, depth + 1):
        h = params[f"W{layer}"] @ h + params[f"b{layer}"]
        if layer < depth:
            h = torch.relu(h)
    return h


def jacobian_rows(params, depth, block):
    """Per input and output, the gradient over all parameters: (B, O, P)."""
    jac = vmap(jacrev(lambda p, x: network(p, depth, x)), (None, 0))(params, block)
    return torch.cat([j.flatten(2) for j in jac.values()], dim=2)


def trace_ntk(params, depth, inputs):
    n = inputs.shape[0]
    kernel = torch.zeros(n, n)
    starts = range(0, n, BLOCK)
    for i in starts:
        left = jacobian_rows(params, depth, inputs[i:i + BLOCK])
        for j in starts:
            if j < i:
                continue
            right = left if j == i else jacobian_rows(params, depth, inputs[j:j + BLOCK])
            block = torch.einsum("iap,jap->ij", left, right)
            kernel[i:i + BLOCK, j:j + BLOCK] = block
            kernel[j:j + BLOCK, i:i + BLOCK] = block.T
    return kernel


def main():
    torch.set_num_threads(1)
    folder = Path(sys.argv[1])
    widths, params, inputs, java_kernel, layerwise_seconds = load(folder)
    depth = len(widths) - 1
    start = time.perf_counter()
    kernel = trace_ntk(params, depth, inputs).numpy()
    seconds = time.perf_counter() - start
    difference = np.linalg.norm(kernel - java_kernel) / np.linalg.norm(java_kernel)
    print(f"bench: functorch vmap(jacrev) N={inputs.shape[0]}: {seconds:.1f} s, "
          f"{seconds / layerwise_seconds:.1f}x the kit's layer-wise {layerwise_seconds:.3f} s; "
          f"relative difference between the kernels {difference:.2e} (torch {torch.__version__})")


if __name__ == "__main__":
    main()
