#!/bin/sh
# `cmake --install` puts the binary, the man page and the licences in place,
# and the installed binary runs from anywhere with no data files beside it.
set -eu
build=${TMC_BUILD_DIR:?}
src=${TMC_SOURCE_DIR:?}
work=$(mktemp -d) || exit 1
trap 'rm -rf "$work"' EXIT INT TERM
DESTDIR="$work/root" cmake --install "$build" --prefix /opt/tmc >/dev/null
root="$work/root/opt/tmc"
for f in bin/tmc share/man/man1/tmc.1 share/doc/tmc/LICENSE share/doc/tmc/LICENSE-ATLAS.txt; do
  [ -s "$root/$f" ] || { echo "missing after install: $f"; exit 1; }
done
# No source tree, no catalogs directory: everything is built in.
cp "$src/examples/rag-chatbot.dot" "$work/d.dot"
cd "$work"
"$root/bin/tmc" --version | grep -q '^MITRE ATLAS [0-9]' || { echo "installed tmc lost its ATLAS data"; exit 1; }
"$root/bin/tmc" --list-rules | grep -q . || { echo "installed tmc has no rules"; exit 1; }
"$root/bin/tmc" -q d.dot -o d.md -o d.sarif
[ -s d.md ] && [ -s d.sarif ]
exit 0
