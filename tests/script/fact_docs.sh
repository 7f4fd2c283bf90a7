#!/bin/sh
# Every fact of ir/facts.def (the condition language's table: a rule may
# name any of them) is documented in docs/catalog-format.md, as a row of the
# "Element facts" or "Flow facts" table or a "Technology facts" item, so a
# catalog author can read what each one means ("Adding a fact" there says
# so). A flow's `src_X` / `dst_X` is element fact X of its source / target
# (the doc says so once), documented with X.
set -eu
cd "${TMC_SOURCE_DIR:?}"
doc=docs/catalog-format.md
documented() {
  grep -q -e "^| \`$1\` |" -e "^- \`$1\`:" -e "^- \`$1\` " "$doc"
}
fail=0
n=0
for fact in $(sed -n 's/^[[:space:]]*\(FACT\|STORED\)([[:space:]]*\([a-z_0-9]*\),.*/\2/p' ir/facts.def); do
  n=$((n + 1))
  documented "$fact" && continue
  case $fact in
  src_* | dst_*) documented "${fact#???_}" && continue ;;
  esac
  echo "$doc does not document fact $fact (ir/facts.def)"
  fail=1
done
[ "$n" -gt 100 ] || { echo "fact_docs: read only $n facts from ir/facts.def"; exit 1; }
echo "fact_docs: $n facts"
exit $fail
