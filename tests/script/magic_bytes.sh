#!/bin/sh
# magic_bytes.sh - a file that is not a diagram is named by its magic bytes,
# whatever its name ("this is a PNG image", a gzip-compressed file, a PDF),
# exit 2, one error and no binary line quoted under it.
set -u
tmc=${TMC_BINARY:?}
work=$(mktemp -d) || exit 1
trap 'rm -rf "$work"' EXIT INT TERM
cd "$work" || exit 1
failed=0
fail() { echo "FAIL: $*"; failed=$((failed + 1)); }
check() { # file, expected phrase
  "$tmc" -q "$1" -o /dev/null 2>err
  rc=$?
  [ $rc -eq 2 ] || fail "$1: exit $rc, want 2"
  grep -q "^$1:1:1: error: $2, not a diagram; tmc reads Graphviz DOT" err || { fail "$1: want '$2'"; cat err; }
  ! LC_ALL=C grep -q '[^[:print:][:space:]]' err || { fail "$1: binary bytes quoted"; cat err; }
}
printf '\211PNG\r\n\032\n\0\0\0\rIHDR\0\0\0\1' >shot.png
cp shot.png shot.dot
printf '%%PDF-1.7\n%%\342\343\n' >doc.pdf
printf '\037\213\010\0\0\0\0\0\0\3' >diagram.dot.gz
printf 'PK\003\004\024\0\0\0' >model.vsdx
printf '\377\330\377\340\0\020JFIF' >photo.jpg
check shot.png "this is a PNG image"
check shot.dot "this is a PNG image"
check doc.pdf "this is a PDF document"
check diagram.dot.gz "this is a gzip-compressed file"
check model.vsdx "this is a ZIP archive"
check photo.jpg "this is a JPEG image"
"$tmc" --list-inputs | grep -q "^gzip .*gzip-compressed file (recognised, refused with an error)" ||
  fail "--list-inputs does not list gzip"
[ "$failed" -eq 0 ] || exit 1
echo "ok: binary inputs are named by their magic bytes"
