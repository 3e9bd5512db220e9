#!/usr/bin/env bash
# Proves that the kit's eNTK work reaches no network. Runs OfflineCheck (engine start, both
# eNTK methods, training, the lazy-to-rich experiment) in a JVM that
#   - lives in a fresh network namespace holding only a loopback interface (unshare -n),
#     so no packet can leave the machine whatever the code does;
#   - records every connection Java is about to open (its default ProxySelector) and fails
#     on any but a control attempt to 127.0.0.1, which shows the recorder works;
#   - is traced with strace for connect(), sendto() and sendmsg() when strace is installed;
#     any AF_INET or AF_INET6 address other than the control fails the check.
# The JVM gets neither -Dai.djl.offline nor OPT_OUT_TRACKING: the kit's guard
# (org.spectrallab.entk.DjlOffline) must put them in force itself.
#
# Usage: scripts/offline-check.sh   (needs root, or unprivileged user namespaces)
# Environment: SPECTRALLAB_BUILD_DIR (default target), MNIST_DIR (see README).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
build=${SPECTRALLAB_BUILD_DIR:-$root/target}

fail() {
  echo "offline-check: $1" >&2
  exit 1
}

if unshare -n true 2>/dev/null; then
  namespace=(unshare -n)
elif unshare -rn true 2>/dev/null; then
  namespace=(unshare -rn)
else
  fail "cannot create a network namespace (unshare -n / -rn refused): run as root, or enable unprivileged user namespaces (sysctl kernel.unprivileged_userns_clone=1)"
fi

echo "offline-check: building test classes into $build"
(cd "$root" && mvn -B -q -Dspectrallab.build.dir="$build" test-compile)
classpath="$(cat "$build/classpath.txt"):$build/classes:$build/test-classes"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
unset OPT_OUT_TRACKING DJL_OFFLINE PYTORCH_VERSION
java_command=(java -cp "$classpath" org.spectrallab.entk.bench.OfflineCheck)

echo "offline-check: interfaces inside the namespace:"
"${namespace[@]}" ip -brief link 2>/dev/null | sed 's/^/  /' || true

tracer=()
if command -v strace >/dev/null 2>&1; then
  tracer=(strace -f -qq -e trace=connect,sendto,sendmsg -o "$work/connect.log")
else
  echo "offline-check: strace not installed; relying on the namespace and the in-JVM recorder"
fi

set +e
"${namespace[@]}" "${tracer[@]}" "${java_command[@]}" >"$work/output.txt" 2>&1
status=$?
set -e
sed 's/^/  /' "$work/output.txt"
[ "$status" = 0 ] || fail "FAILED: the check exited with status $status (output above)"

if [ ${#tracer[@]} -gt 0 ]; then
  calls=$(grep -c 'connect(' "$work/connect.log" || true)
  inet=$(grep -E 'AF_INET6?' "$work/connect.log" || true)
  others=$(printf '%s\n' "$inet" | grep -v '^$' | grep -v 'inet_addr("127.0.0.1")' || true)
  echo "offline-check: strace saw $calls connect() calls; $(printf '%s\n' "$inet" | grep -c 'AF_INET' || true) calls named an IP address (the 127.0.0.1 control included)"
  if [ -n "$others" ]; then
    printf '%s\n' "$others" | sed 's/^/  /'
    fail "FAILED: a call to a non-loopback address (above)"
  fi
fi
echo "offline-check: PASSED"
