#!/usr/bin/env bash
# The eNTK benchmark behind docs/PERFORMANCE-entk.md. Each piece runs in its own JVM (so
# each peak-memory figure belongs to one piece), with DJL offline and one PyTorch thread:
#   1. layer-wise trace eNTK, N inputs, MLP 784-256-256-10 float32 (target: < 5 s)
#   2. the same kernel by blocked autograd (targets: layer-wise >= 10x faster; peak < 2 GB)
#   3. optional: functorch's vmap(jacrev) on the same weights and inputs, when python3 can
#      import torch (scripts/functorch_ntk.py); skipped otherwise
#   4. Lab 08 end to end: two alphas, N = 1000, 300 steps, eNTK at 5 checkpoints (< 3 min)
#   5. a small Lab 08 re-run 8 times in one JVM (1 GB heap), resident memory after each
#
# Usage: scripts/entk-bench.sh [N]   (N a multiple of 10, default 1000)
# Environment: SPECTRALLAB_BUILD_DIR (default target), MNIST_DIR, SKIP_AUTOGRAD=1.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
build=${SPECTRALLAB_BUILD_DIR:-$root/target}
n=${1:-1000}

(cd "$root" && mvn -B -q -Dspectrallab.build.dir="$build" test-compile)
classpath="$(cat "$build/classpath.txt"):$build/classes:$build/test-classes"
export OPT_OUT_TRACKING=true
unset PYTORCH_VERSION

bench() {
  local heap=$1
  shift
  java "-Xmx$heap" -Dai.djl.offline=true -Dai.djl.pytorch.num_threads=1 \
    -Dai.djl.pytorch.num_interop_threads=1 -cp "$classpath" \
    org.spectrallab.entk.bench.EntkBenchmark "$@" 2>&1 | grep '^bench:' || {
      echo "entk-bench: '$*' failed; run it by hand to see why" >&2
      return 1
    }
}

echo "entk-bench: $(nproc) cores, $(java -version 2>&1 | sed -n 1p), OPENBLAS_NUM_THREADS=${OPENBLAS_NUM_THREADS:-unset}"
bench 2g layerwise "$n"
if [ "${SKIP_AUTOGRAD:-0}" != 1 ]; then
  bench 1g autograd "$n"
fi

if python3 -c 'import torch, numpy' 2>/dev/null; then
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
  bench 2g export "$work" "$n"
  OMP_NUM_THREADS=1 python3 "$root/scripts/functorch_ntk.py" "$work"
else
  echo "bench: functorch comparison skipped: python3 cannot import torch and numpy here"
fi

bench 3g lab08
bench 1g rerun 8
