#!/bin/sh
# trust_words.sh - a zone's trust from its label is catalog data
# (catalogs/words.yaml: trust_untrusted .. trust_restricted): the built-in
# words decide ("Internet" 0, "DMZ" 1, "Internal" 2, "Restricted" 3, the most
# trusted list first; people's own devices are untrusted), and a user's --catalog adds a word that changes a zone
# no built-in word names.
set -u
tmc=${TMC_BINARY:?}
work=$(mktemp -d) || exit 1
trap 'rm -rf "$work"' EXIT INT TERM
cd "$work" || exit 1
failed=0
fail() { echo "FAIL: $*"; failed=$((failed + 1)); }

trust_of() { # the dump's first boundary trust and reason, "N|reason"
  awk '/"trust": /{t=$2; sub(/,$/,"",t)} /"trust_reason": /{r=$0; sub(/^[^:]*: "/,"",r); sub(/",?$/,"",r); print t "|" r; exit}' "$1"
}

for case in "Internet|0|internet" "Partner DMZ|1|dmz" "Internal network|2|internal" \
  "Restricted internal zone|3|restricted" "Customer devices|0|customer devices" \
  "BYOD laptops|0|byod" "Payments enclave|1|default"; do
  label=${case%%|*}; rest=${case#*|}; want=${rest%%|*}; word=${rest#*|}
  printf 'digraph g { subgraph cluster_a { label="%s"; db [shape=cylinder]; } u -> db; }\n' \
    "$label" >z.dot
  "$tmc" --dump-ir=boundaries z.dot >z.json 2>/dev/null || { fail "$label: tmc failed"; continue; }
  got=$(trust_of z.json)
  case "$got" in
  "$want|label word '$word'"*) ;;
  "$want|$word"*) ;;
  *) fail "'$label': want trust $want ($word), got '$got'" ;;
  esac
done

cat >words.yaml <<'EOF'
words:
  trust_restricted: [enclave]
EOF
"$tmc" --catalog words.yaml --dump-ir=boundaries z.dot >z2.json 2>/dev/null ||
  fail "--catalog words.yaml failed"
got=$(trust_of z2.json)
[ "$got" = "3|label word 'enclave'" ] ||
  fail "a trust word added with --catalog: want 3 (enclave), got '$got'"

[ "$failed" -eq 0 ] || exit 1
echo "trust_words: ok"
