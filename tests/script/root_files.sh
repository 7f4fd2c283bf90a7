#!/bin/sh
# The repository root holds only what a reader and the two commands need
# (README's first and second command, the licence, the docs of the whole);
# nothing generated or temporary is ever committed there. A merge once took
# a killed test run's scratch files (`out`, `f.md`, ...) into main, and the
# file `out` broke quickstart's `mkdir out`. Skips where the source is no git
# checkout (a tarball).
set -u
src=${TMC_SOURCE_DIR:?}
command -v git >/dev/null 2>&1 || exit 77
git -C "$src" rev-parse --is-inside-work-tree >/dev/null 2>&1 || exit 77
allowed=".clang-format .gitignore ARCHITECTURE.md CMakeLists.txt LICENSE README.md SECURITY.md action.yml check quickstart"
bad=0
for f in $(git -C "$src" ls-files | grep -v /); do
  case " $allowed " in
  *" $f "*) ;;
  *)
    echo "root_files: '$f' is committed at the repository root (generated or scratch? move it under a directory, or add it to tests/script/root_files.sh if it belongs there)"
    bad=1
    ;;
  esac
done
[ "$bad" -eq 0 ] && echo "root_files: only the expected files at the root"
exit "$bad"
