#!/bin/sh
# layers.sh - no module includes a header of a layer above it.
#
# Data flows one way: ir → catalog → frontend → passes → backends → cli.
# The catalog (the knowledge base: rules, conditions, word and shape tables)
# sits just above the IR so every later layer can read it; front ends record
# what they saw and do not read it. allowed() names who may include whom;
# anything else is a layering error, printed as file:line.
set -eu
src="${TMC_SOURCE_DIR:-$(cd "$(dirname "$0")/../.." && pwd)}"

allowed() { # layer -> the layers its files may include
  case "$1" in
  ir) echo "ir" ;;
  catalog) echo "ir catalog" ;;
  frontend) echo "ir frontend" ;;
  passes) echo "ir catalog passes" ;;
  backends) echo "ir catalog passes backends" ;;
  cli) echo "ir catalog frontend passes backends cli" ;;
  esac
}

# scan ROOT: prints one error per include that points up; returns 1 if any.
scan() {
  bad=0
  for layer in ir catalog frontend passes backends cli; do
    ok=$(allowed "$layer")
    for f in "$1/$layer"/*.c "$1/$layer"/*.h; do
      [ -f "$f" ] || continue
      # The project's own headers are always included as "dir/x.h".
      hits=$(grep -n '^[[:space:]]*#[[:space:]]*include[[:space:]]*"[a-z_]*/' "$f" |
        sed 's/^\([0-9]*\):[^"]*"\([a-z_]*\)\/.*/\1:\2/') || true
      for h in $hits; do
        dir=${h#*:}
        case " $ok " in
        *" $dir "*) ;;
        *)
          echo "${f#"$1"/}:${h%%:*}: error: $layer/ includes $dir/ (allowed: $ok)"
          bad=1
          ;;
        esac
      done
    done
  done
  return "$bad"
}

# Leaves: files that may include only ir/ headers and their own header. The
# condition language needs the catalog only while a rule is parsed, and gets
# it through a resolver (catalog/cond.h), so it builds without catalog.h.
leaves="catalog/cond.c catalog/cond.h"

# leaves ROOT: prints one error per include a leaf must not have; returns 1 if any.
leaves() {
  bad=0
  for f in $leaves; do
    [ -f "$1/$f" ] || continue
    own="${f%.*}.h"
    hits=$(grep -n '^[[:space:]]*#[[:space:]]*include[[:space:]]*"[a-z_]*/' "$1/$f" |
      sed 's/^\([0-9]*\):[^"]*"\([^"]*\)".*/\1:\2/') || true
    for h in $hits; do
      inc=${h#*:}
      case "$inc" in
      ir/* | "$own") ;;
      *)
        echo "$f:${h%%:*}: error: $f is a leaf and includes $inc (allowed: ir/, $own)"
        bad=1
        ;;
      esac
    done
  done
  return "$bad"
}

# The check must bite: an IR file including a pass header is reported.
probe=$(mktemp -d) || exit 1
trap 'rm -rf "$probe"' EXIT
mkdir "$probe/ir" "$probe/frontend"
printf '#include "ir/ir.h"\n#include "passes/passes.h"\n' >"$probe/ir/probe.c"
printf '#include "catalog/catalog.h"\n' >"$probe/frontend/probe.h"
out=$(scan "$probe" || true)
case "$out" in
*"ir/probe.c:2: error: ir/ includes passes/"*"frontend/probe.h:1: error: frontend/ includes catalog/"*) ;;
*)
  echo "layers.sh: error: the self-check did not catch an upward include: $out"
  exit 1
  ;;
esac

mkdir "$probe/catalog"
printf '#include "catalog/cond.h"\n#include "catalog/catalog.h"\n' >"$probe/catalog/cond.c"
out=$(leaves "$probe" || true)
case "$out" in
*"catalog/cond.c:2: error: catalog/cond.c is a leaf and includes catalog/catalog.h"*) ;;
*)
  echo "layers.sh: error: the self-check did not catch a leaf including the catalog: $out"
  exit 1
  ;;
esac

scan "$src"
leaves "$src"
echo "layers: every #include points down or across; $leaves are leaves"
