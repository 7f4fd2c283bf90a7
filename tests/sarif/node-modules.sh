#!/bin/sh
# node-modules.sh BUILD_DIR - installs the pinned validator packages
# (package-lock.json beside this script) with `npm ci` into BUILD_DIR/sarif-node,
# once per lock file, and prints the node_modules path. Several tests call it
# at the same time under `ctest -j`, so the install runs under a lock.
# Exit 77 when node or npm is missing (the caller skips), 1 when npm fails.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
dir=$1/sarif-node
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "node-modules.sh: node or npm not installed" >&2
  exit 77
fi
mkdir -p "$dir"
install() {
  if cmp -s "$here/package-lock.json" "$dir/package-lock.json" &&
    [ -f "$dir/node_modules/ajv-draft-04/package.json" ] &&
    [ -f "$dir/node_modules/ajv-formats/package.json" ]; then
    return 0
  fi
  cp "$here/package.json" "$here/package-lock.json" "$dir/"
  if ! npm ci --prefix "$dir" --no-audit --no-fund --ignore-scripts >"$dir/npm.log" 2>&1; then
    cat "$dir/npm.log" >&2
    rm -f "$dir/package-lock.json" # retry next time
    return 1
  fi
}
if command -v flock >/dev/null 2>&1; then
  exec 9>"$dir/lock"
  flock 9
fi
install
echo "$dir/node_modules"
