#!/bin/sh
# regenerate.sh - redraws the pictures of docs/pictures.md with the tmc built
# in build/ (run from the repository root; the corpus pictures need
# ../shared/corpus/, see its SOURCES.md).
set -eu
tmc=${TMC_BINARY:-build/tmc}
for n in mlops-platform public-model-hub sentiment-api; do
  "$tmc" -q "examples/$n.drawio" -o "docs/img/$n.png"
done
"$tmc" -q examples/rag-chatbot.drawio -o docs/img/annotated-diagram.png
c=../shared/corpus
"$tmc" -q "$c/jgraph__drawio-diagrams__threat-modelling.drawio" -o docs/img/corpus-threat-modelling.png
"$tmc" -q "$c/jgraph__drawio-diagrams__aws_10.drawio.xml" -o docs/img/corpus-aws-10.png
"$tmc" -q "$c/jgraph__drawio-diagrams__retail_recommendation_engines.drawio.xml" \
  -o docs/img/corpus-gcp-retail-recommendation.png
