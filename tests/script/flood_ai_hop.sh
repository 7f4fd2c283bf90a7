#!/bin/sh
# flood_ai_hop.sh - a flood's hop into code that runs a model or an LLM of
# ours for each request names the attack on AI beside the plain flood
# (issue #16, goals.yaml hop_techniques, the `also` items with CAPEC-125 and
# AML.T0034): AML.T0046 Spamming AI System with Chaff Data and AML.T0029
# Denial of AI Service. A birders' society whose upload API loads a species
# classifier drawn beside it (a classic model, no LLM anywhere); a bid office
# whose brief writer sends every notice a public portal publishes to a hosted
# LLM (the hop runs up the bill: Cost Harvesting, chaff and denial beside
# it). The same society without the classifier gets no ATLAS id at all.
set -u
tmc=${TMC_BINARY:?}
work=$(mktemp -d) || exit 1
trap 'rm -rf "$work"' EXIT INT TERM
birds() { # $1: the classifier's node and its flow, or nothing
  cat <<DOT
digraph g {
  volunteers [shape=box, label="Volunteer birders"];
  subgraph cluster_phone { label="Volunteers' phones"; trust=1;
    app [label="Birdsong recorder app (iOS)"]; }
  subgraph cluster_srv { label="Society server (Linode)"; trust=2;
    api [label="Flask upload API\\nidentifies the species"];
    sightings [shape=cylinder, label="Sightings (MySQL)"];
    map [label="Public sightings map"]; $1 }
  atlasp [shape=box, label="County atlas project"];
  volunteers -> app [label="record song"];
  app -> api [label="upload recording (shared key)"];
  api -> sightings [label="species, place"];
  sightings -> map [label="rows"];
  api -> app [label="species guess"];
  atlasp -> api [label="corrections"];
  map -> atlasp [label="tiles"];
}
DOT
}
birds 'clf [label="Species classifier\nbirdnet_v2.onnx", type=model]; clf -> api [label="load weights"];' \
  >"$work/birds.dot"
birds '' >"$work/birds-noai.dot"
cat >"$work/tender.dot" <<'DOT'
digraph g {
  portal [shape=box, label="Public tender portal (anyone publishes notices)"];
  subgraph cluster_c { label="Bid office (AWS)"; trust=2;
    fetch [label="Nightly notice fetcher"];
    notices [shape=cylinder, label="Notices (S3)"];
    brief [label="Bid brief writer\nsends each notice whole"]; }
  claude [shape=box, label="Anthropic Claude API", type=llm];
  portal -> fetch [label="notices and attachments"];
  fetch -> notices [label="files"];
  notices -> brief [label="notice"];
  brief -> claude [label="prompt"];
  claude -> brief [label="brief"];
}
DOT
fail=0
for d in birds birds-noai tender; do
  "$tmc" -q "$work/$d.dot" -o "$work/$d.json" || { echo "FAIL: tmc failed on $d"; exit 1; }
done
# one hop line per hop of a deny-service path: technique, also, also 2
hops() {
  python3 - "$1" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
for p in d["paths"]:
    if p["goal"] == "deny service":
        for h in p["hops"]:
            print(h["element"], h.get("technique"), h.get("also_technique"),
                  h.get("also_technique_2"))
PY
}
hops "$work/birds.json" >"$work/birds.hops"
hops "$work/tender.json" >"$work/tender.hops"
grep -q '^api CAPEC-125 AML.T0046 AML.T0029$' "$work/birds.hops" ||
  { echo "FAIL: no flood hop into the API running the classifier names AML.T0046 and AML.T0029"; fail=1; }
grep -q '^brief AML.T0034 AML.T0046 AML.T0029$' "$work/tender.hops" ||
  { echo "FAIL: no cost-harvesting hop into the brief writer names AML.T0046 and AML.T0029"; fail=1; }
if grep -q 'AML\.' "$work/birds-noai.json"; then
  echo "FAIL: the society without a model gets an ATLAS id"; fail=1
fi
[ "$fail" -eq 0 ] && echo "ok: a flood into code running a model names chaff and denial of AI service"
exit "$fail"
