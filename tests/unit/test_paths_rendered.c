/* test_paths_rendered.c - how a poisoned retrieval store's records leave
 * (issue #16 item 3, xchain): on a path to take what a retrieval store
 * holds that reaches it by having a document indexed there (RAG Poisoning
 * at the store, the planted chunk an indirect prompt injection), the
 * records leave in the model's answer (AML.T0057 LLM Data Leakage), and
 * where the code that retrieves from the store shows its answers rendered
 * (a web page it serves, a Teams app it answers through: the store's
 * retrieved_into_rendered) a link or image URL the planted text has the
 * model write carries them to the attacker as the answer is shown
 * (AML.T0077 LLM Response Rendering). Quiet where nothing renders the
 * answer: a service that answers a phone line.
 *
 * A university library's thesis assistant in DOT: students deposit theses,
 * a nightly job indexes them, researchers ask a chat front end. A council's
 * planning assistant in draw.io: residents mail objection letters into a
 * mailbox an indexer reads, officers ask through a Teams app that an
 * orchestrator answers. */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "catalog/catalog.h"
#include "catalog/goals.h"
#include "frontend/frontend.h"
#include "passes/passes.h"
#include "path_helpers.h"

/* %s: the front end researchers ask, the flow's label */
#define LIBRARY_DOT                                                                      \
  "digraph g {\n"                                                                        \
  "  students [shape=ellipse, label=\"Students (any enrolled)\"];\n"                     \
  "  researchers [shape=ellipse, label=\"Researchers\"];\n"                              \
  "  subgraph cluster_aws { label=\"Library cloud (AWS)\";\n"                            \
  "    portal [label=\"Thesis deposit portal\"];\n"                                      \
  "    files [shape=cylinder, label=\"Deposited theses (S3)\"];\n"                       \
  "    embedder [label=\"Nightly embedder (Lambda)\"];\n"                                \
  "    index [shape=cylinder, label=\"OpenSearch vector index (chunks + "                \
  "embeddings)\"];\n"                                                                    \
  "    chat [label=\"%s\"];\n"                                                           \
  "  }\n"                                                                                \
  "  llm [shape=box, label=\"Claude 3.5 Sonnet (Bedrock)\"];\n"                          \
  "  students -> portal [label=\"PDF upload\"];\n"                                       \
  "  portal -> files;\n"                                                                 \
  "  files -> embedder [label=\"new files\"];\n"                                         \
  "  embedder -> index [label=\"chunks + vectors\"];\n"                                  \
  "  researchers -> chat [dir=both, label=\"%s\"];\n"                                    \
  "  chat -> index [dir=both, label=\"kNN search / passages\"];\n"                       \
  "  chat -> llm [dir=both, label=\"prompt + passages / answer\"];\n"                    \
  "}\n"

/* %s: what the officers ask through */
#define PLANNING_DRAWIO                                                                  \
  "<mxfile><diagram name=\"planning\"><mxGraphModel><root><mxCell id=\"0\"/><mxCell "    \
  "id=\"1\" parent=\"0\"/>\n"                                                            \
  "<mxCell id=\"r\" value=\"Residents (objection letters)\" style=\"shape=umlActor;\" "  \
  "vertex=\"1\" parent=\"1\"><mxGeometry x=\"20\" y=\"40\" width=\"40\" height=\"60\" "  \
  "as=\"geometry\"/></mxCell>\n"                                                         \
  "<mxCell id=\"o\" value=\"Planning officers\" style=\"shape=umlActor;\" vertex=\"1\" " \
  "parent=\"1\"><mxGeometry x=\"20\" y=\"300\" width=\"40\" height=\"60\" "              \
  "as=\"geometry\"/></mxCell>\n"                                                         \
  "<mxCell id=\"z\" value=\"Council tenancy (Azure)\" style=\"swimlane;dashed=1;\" "     \
  "vertex=\"1\" parent=\"1\"><mxGeometry x=\"200\" y=\"0\" width=\"700\" "               \
  "height=\"450\" as=\"geometry\"/></mxCell>\n"                                          \
  "<mxCell id=\"m\" value=\"Objections mailbox (Exchange Online)\" "                     \
  "style=\"shape=cylinder3;\" vertex=\"1\" parent=\"z\"><mxGeometry x=\"20\" y=\"40\" "  \
  "width=\"100\" height=\"60\" as=\"geometry\"/></mxCell>\n"                             \
  "<mxCell id=\"ix\" value=\"Indexer (Azure Function)\" style=\"rounded=1;\" "           \
  "vertex=\"1\" parent=\"z\"><mxGeometry x=\"160\" y=\"40\" width=\"100\" "              \
  "height=\"40\" as=\"geometry\"/></mxCell>\n"                                           \
  "<mxCell id=\"s\" value=\"Azure AI Search (chunks + vectors)\" "                       \
  "style=\"shape=cylinder3;\" vertex=\"1\" parent=\"z\"><mxGeometry x=\"300\" y=\"40\" " \
  "width=\"100\" height=\"60\" as=\"geometry\"/></mxCell>\n"                             \
  "<mxCell id=\"orc\" value=\"Orchestrator (Python, retrieve + prompt)\" "               \
  "style=\"rounded=1;\" vertex=\"1\" parent=\"z\"><mxGeometry x=\"300\" y=\"200\" "      \
  "width=\"120\" height=\"40\" as=\"geometry\"/></mxCell>\n"                             \
  "<mxCell id=\"fe\" value=\"%s\" style=\"rounded=1;\" vertex=\"1\" "                    \
  "parent=\"z\"><mxGeometry x=\"140\" y=\"300\" width=\"120\" height=\"40\" "            \
  "as=\"geometry\"/></mxCell>\n"                                                         \
  "<mxCell id=\"g\" value=\"GPT-4o (Azure OpenAI)\" style=\"rounded=1;\" vertex=\"1\" "  \
  "parent=\"z\"><mxGeometry x=\"500\" y=\"200\" width=\"100\" height=\"40\" "            \
  "as=\"geometry\"/></mxCell>\n"                                                         \
  "<mxCell id=\"e1\" value=\"letters\" edge=\"1\" parent=\"1\" source=\"r\" "            \
  "target=\"m\"><mxGeometry relative=\"1\" as=\"geometry\"/></mxCell>\n"                 \
  "<mxCell id=\"e2\" value=\"new mail\" edge=\"1\" parent=\"1\" source=\"m\" "           \
  "target=\"ix\"><mxGeometry relative=\"1\" as=\"geometry\"/></mxCell>\n"                \
  "<mxCell id=\"e3\" value=\"chunks + vectors\" edge=\"1\" parent=\"1\" source=\"ix\" "  \
  "target=\"s\"><mxGeometry relative=\"1\" as=\"geometry\"/></mxCell>\n"                 \
  "<mxCell id=\"e4\" value=\"question\" edge=\"1\" parent=\"1\" source=\"o\" "           \
  "target=\"fe\"><mxGeometry relative=\"1\" as=\"geometry\"/></mxCell>\n"                \
  "<mxCell id=\"e5\" value=\"question\" edge=\"1\" parent=\"1\" source=\"fe\" "          \
  "target=\"orc\"><mxGeometry relative=\"1\" as=\"geometry\"/></mxCell>\n"               \
  "<mxCell id=\"e6\" value=\"answer + sources\" edge=\"1\" parent=\"1\" source=\"orc\" " \
  "target=\"fe\"><mxGeometry relative=\"1\" as=\"geometry\"/></mxCell>\n"                \
  "<mxCell id=\"e7\" value=\"answer\" edge=\"1\" parent=\"1\" source=\"fe\" "            \
  "target=\"o\"><mxGeometry relative=\"1\" as=\"geometry\"/></mxCell>\n"                 \
  "<mxCell id=\"e8\" value=\"hybrid search\" edge=\"1\" parent=\"1\" source=\"orc\" "    \
  "target=\"s\"><mxGeometry relative=\"1\" as=\"geometry\"/></mxCell>\n"                 \
  "<mxCell id=\"e9\" value=\"top passages\" edge=\"1\" parent=\"1\" source=\"s\" "       \
  "target=\"orc\"><mxGeometry relative=\"1\" as=\"geometry\"/></mxCell>\n"               \
  "<mxCell id=\"e10\" value=\"prompt + passages\" edge=\"1\" parent=\"1\" "              \
  "source=\"orc\" target=\"g\"><mxGeometry relative=\"1\" as=\"geometry\"/></mxCell>\n"  \
  "<mxCell id=\"e11\" value=\"answer\" edge=\"1\" parent=\"1\" source=\"g\" "            \
  "target=\"orc\"><mxGeometry relative=\"1\" as=\"geometry\"/></mxCell>\n"               \
  "</root></mxGraphModel></diagram></mxfile>\n"

/* Does the path from entry to the store, to take what it holds, name at
 * the store RAG Poisoning with the injection, the leakage and (rendered)
 * the rendering beside it? */
static void check_store_hop(const tmc_ir *ir, const char *entry, const char *store,
                            bool rendered) {
  assert_true(
      hop_names(ir, entry, store, "exfiltrate", store, "AML.T0070", "AML.T0051.001"));
  assert_true(hop_names(ir, entry, store, "exfiltrate", store, "AML.T0070", "AML.T0057"));
  assert_int_equal(
      hop_names(ir, entry, store, "exfiltrate", store, "AML.T0070", "AML.T0077"),
      rendered);
  assert_int_equal(ir->elements[el(ir, store)].facts.retrieved_into_rendered, rendered);
}

static void test_poisoned_index_rendered_dot(void **state) {
  (void)state;
  char dot[2048];
  snprintf(dot, sizeof dot, LIBRARY_DOT, "Library chat (Next.js web app)",
           "question / answer");
  tmc_ir *ir = analysed_as("t.dot", dot);
  assert_true(ir->elements[el(ir, "chat")].facts.answers_rendered);
  check_store_hop(ir, "students", "index", true);
  tmc_ir_free(ir);
  /* quiet: the answer is spoken over a phone line */
  snprintf(dot, sizeof dot, LIBRARY_DOT, "Answer service (gRPC)",
           "question / spoken answer");
  ir = analysed_as("t.dot", dot);
  assert_false(ir->elements[el(ir, "chat")].facts.answers_rendered);
  check_store_hop(ir, "students", "index", false);
  tmc_ir_free(ir);
}

static void test_poisoned_index_rendered_drawio(void **state) {
  (void)state;
  char xml[8192];
  snprintf(xml, sizeof xml, PLANNING_DRAWIO, "Planning assistant Teams app");
  tmc_ir *ir = analysed_as("t.drawio", xml);
  assert_true(ir->elements[el(ir, "fe")].facts.renders_output);
  assert_true(ir->elements[el(ir, "orc")].facts.answers_rendered);
  check_store_hop(ir, "r", "s", true);
  tmc_ir_free(ir);
  /* quiet: officers phone a hotline that reads the answer out */
  snprintf(xml, sizeof xml, PLANNING_DRAWIO, "Planning hotline (PSTN IVR)");
  ir = analysed_as("t.drawio", xml);
  assert_false(ir->elements[el(ir, "orc")].facts.answers_rendered);
  check_store_hop(ir, "r", "s", false);
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_poisoned_index_rendered_dot),
      cmocka_unit_test(test_poisoned_index_rendered_drawio),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
