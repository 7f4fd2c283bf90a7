/* test_assist37.c - assistants with parts, memory, tools and hosted
 * fine-tuning (g30c, issues #15/#16; causes found on blind30's Allegrette
 * drawing). Drawn in this file's own words (a pharmacy refill helper, a
 * clinic's triage assistant), each with a quiet near-miss:
 *   - a draw.io container an arrow joins to a shape inside it (the backend
 *     box that saves to the cache it holds) is a component with parts, an
 *     element, whatever its label says ("backend" is a zone word); a
 *     container whose arrows only pass through it stays a zone;
 *   - code the agent's side hands its tool calls to (an MCP client, a
 *     plugin router) is on the agent's side: what it calls by a function's
 *     name is a tool the model chooses;
 *   - the data a fine-tuning run learns from, named by the run ("SFT data",
 *     "fine-tuning examples"), is a dataset;
 *   - a fine-tuning job that has a vendor's hosted service train (it writes
 *     only a vendor-hosted model, or it says it calls a tuning API) loads no
 *     checkpoint: no TMC-MLOPS-190 (AML.T0011.000); one training its own
 *     weights still gets it; the model such a job tunes is the system's
 *     asset, though the vendor serves it (a job that only calls a vendor's
 *     LLM makes it none);
 *   - DOT: an edge whose end is a cluster's name with no statement of its
 *     own (fdp draws it from the cluster's border) stands for every node in
 *     the cluster: one flow per member, no stray node; a declared node that
 *     happens to share a cluster's name stays a node;
 *   - RAG drawn in Welsh and Irish: a search engine's index said to hold
 *     vectors ("fectorau") is a vector store; the head read first names the
 *     system's app or service ("Gwasanaeth", "Aip"), and an online form the
 *     public fills in is the web app that takes it;
 *   - a tool another party hosts ("publisher-hosted", in a lane named "3rd
 *     parties") hands the agent outsider text: an entry point. Quiet: the
 *     system's own tool beside it is none;
 *   - an index filled from stores that may hold more than public content,
 *     whose chunks reach an LLM, can give back the credentials written in
 *     those documents (TMC-RAG-009, AML.T0082); an index of published
 *     manuals cannot. */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "drawio_macros.h"
#include "engine_helpers.h"

/* A container draw.io's "Container" tool draws: a filled box, label on top. */
#define BOX_C                                                                            \
  "rounded=0;whiteSpace=wrap;html=1;fillColor=#DAE8FC;verticalAlign=top;align=left;"     \
  "container=1;collapsible=0;"
/* An edge drawn inside the container (draw.io parents it there). */
#define IN_E(id, parent, s, t, value)                                                    \
  "<mxCell id=\"" id "\" value=\"" value "\" edge=\"1\" parent=\"" parent                \
  "\" source=\"" s "\" target=\"" t "\"><mxGeometry relative=\"1\" as=\"geometry\"/>"    \
  "</mxCell>"

/* draw.io, a pharmacy's refill helper: refill-backend is a container holding
 * its session cache and its plugin router, with arrows from the backend to
 * both; the router calls check_refill. Quiet: the "Pharmacy cloud" container
 * around them stays the backend's zone. */
static void test_container_with_parts_is_element(void **state) {
  (void)state;
  static const char xml[] = HEAD V("user", "Patients", "shape=umlActor;html=1;", 0, 0, 30,
                                   60) V("app", "Refill app", CARD, 80, 0, 140, 50)
      ZONE("cloud", "Pharmacy cloud", 0, 100, 900, 400)
          C("be", "cloud", "refill-backend (Go) prompt builder, agent loop", BOX_C, 20,
            40, 500, 300) C("cache", "be", "Session cache (Redis)", DB, 20, 80, 120, 80)
              C("router", "be", "Plugin router (MCP client)", CARD, 300, 80, 150,
                60) C("tool", "cloud", "check_refill", CARD, 600, 60, 140, 60)
                  V("llm", "Claude (Anthropic API)", "ellipse;html=1;", 0, 600, 200, 60)
      /* arrows */
      LINK("e1", "user", "app", "chat") LINK("e2", "app", "be", "HTTPS")
          LINK("e3", "be", "llm", "prompt + tool schemas")
              LINK("e4", "llm", "be", "reply / tool calls")
                  IN_E("e5", "be", "be", "cache", "save / load")
                      IN_E("e6", "be", "be", "router", "")
                          LINK("e7", "router", "tool", "") TAIL;
  tmc_ir *ir = drawio_analysed(xml, NULL);
  assert_true(has_element(ir, "be"));
  assert_int_equal(kind_at(ir, "be"), TMC_KIND_PROCESS);
  /* the arrows to and from the backend are its own, not its members' */
  flow(ir, "be", "llm");
  flow(ir, "llm", "be");
  flow(ir, "be", "cache");
  flow(ir, "be", "router");
  assert_int_equal(kind_at(ir, "cache"), TMC_KIND_DATA_STORE);
  /* quiet: the cloud container is still the zone of the backend */
  uint32_t b = elem_at(ir, "be")->boundary;
  assert_true(b != TMC_NONE);
  assert_string_equal(ir->boundaries[b].id, "cloud");
  tmc_ir_free(ir);
}

/* The router's callee is the model's tool once the router is on the
 * agent's side (double-headed arrows, as drawn). Quiet: a callee of a
 * router whose words name no tool dispatcher ("Message bus") stays code. */
#define BOTH "endArrow=classic;startArrow=classic;html=1;"
#define LINK2(id, s, t)                                                                  \
  "<mxCell id=\"" id "\" value=\"\" style=\"" BOTH                                       \
  "\" edge=\"1\" parent=\"1\" source=\"" s "\" target=\"" t                              \
  "\"><mxGeometry relative=\"1\" as=\"geometry\"/></mxCell>"
#define IN_E2(id, parent, s, t)                                                          \
  "<mxCell id=\"" id "\" value=\"\" style=\"" BOTH "\" edge=\"1\" parent=\"" parent      \
  "\" source=\"" s "\" target=\"" t "\"><mxGeometry relative=\"1\" as=\"geometry\"/>"    \
  "</mxCell>"
static void test_dispatcher_callee_is_tool(void **state) {
  (void)state;
  static const char xml[] = HEAD ZONE("cloud", "Pharmacy cloud", 0, 100, 900, 400)
      C("be", "cloud", "refill-backend (Go) prompt builder, agent loop", BOX_C, 20, 40,
        500, 300) C("router", "be", "Plugin router (MCP client)", CARD, 300, 80, 150,
                    60) C("bus", "be", "Message bus", CARD, 40, 80, 150, 60)
          C("tool", "cloud", "check_refill", CARD, 600, 60, 140, 60)
              C("other", "cloud", "send_receipt", CARD, 600, 200, 140, 60)
                  V("llm", "Claude (Anthropic API)", "ellipse;html=1;", 0, 600, 200, 60)
                      LINK("e3", "be", "llm", "prompt + tool schemas")
                          LINK("e4", "llm", "be", "reply / tool calls")
                              IN_E2("e6", "be", "be", "router")
                                  IN_E2("e8", "be", "be", "bus")
                                      LINK2("e7", "router", "tool")
                                          LINK("e9", "bus", "other", "events") TAIL;
  tmc_ir *ir = drawio_analysed(xml, "classify");
  assert_int_equal(kind_at(ir, "tool"), TMC_KIND_AGENT_TOOL);
  /* quiet: the bus is no dispatcher; what it sends events to is not the
   * model's tool by that */
  assert_int_not_equal(kind_at(ir, "other"), TMC_KIND_AGENT_TOOL);
  tmc_ir_free(ir);
}

/* DOT, a clinic's triage assistant tuned at the vendor: the tuning data is
 * a dataset; a run that writes only the vendor-hosted model, and a job that
 * says it calls the tuning API, get no TMC-MLOPS-190. Quiet: a run training
 * its own Llama weights on its own GPUs still does. */
static void test_hosted_fine_tuning_loads_no_checkpoint(void **state) {
  (void)state;
  static const char dot[] =
      "digraph d {\n"
      " node [shape=box];\n"
      " subgraph cluster_c { label=\"Clinic cloud\";\n"
      "  notes [label=\"Consult notes warehouse\", shape=cylinder];\n"
      "  sft [label=\"SFT data (parquet)\", shape=note];\n"
      "  ex [label=\"fine-tuning examples\", shape=note];\n"
      "  run [label=\"nightly fine-tune run\"];\n"
      "  job [label=\"quarterly fine-tune job (uploads, calls the tuning API)\"];\n"
      "  own_run [label=\"weekly fine-tune run (PyTorch, 8xA100)\"];\n"
      "  own [label=\"triage model (Llama 3 fine-tune, vLLM)\", shape=ellipse];\n"
      " }\n"
      " subgraph cluster_v { label=\"Google Cloud\";\n"
      "  ftm [label=\"tuned Gemini endpoint (hosted by Google)\", shape=ellipse];\n"
      " }\n"
      " notes -> sft; sft -> run; run -> ftm [label=\"new model version\"];\n"
      " notes -> ex; ex -> job;\n"
      " sft -> own_run; own_run -> own [label=\"weights\"];\n"
      " enrich [label=\"nightly enrichment job\"];\n"
      " gpt [label=\"GPT-4o (Azure OpenAI)\", shape=ellipse];\n"
      " notes -> enrich; enrich -> gpt [label=\"notes to summarise\"];\n"
      "}\n";
  tmc_ir *ir = analyse_with(dot, cat, NULL);
  assert_int_equal(kind_at(ir, "sft"), TMC_KIND_DATASET);
  assert_int_equal(kind_at(ir, "ex"), TMC_KIND_DATASET);
  assert_null(finding(ir, "TMC-MLOPS-190", "run"));
  assert_null(finding(ir, "TMC-MLOPS-190", "job"));
  assert_null(finding(ir, "TMC-MLOPS-190", "sft"));
  /* the model the run tunes is the system's, wherever the vendor serves it */
  assert_true(elem_at(ir, "ftm")->facts.is_asset);
  /* quiet */
  assert_non_null(finding(ir, "TMC-MLOPS-190", "own_run"));
  assert_false(elem_at(ir, "gpt")->facts.is_asset);
  tmc_ir_free(ir);
}

/* DOT, a Welsh housing association's assistant under fdp: the ingest job
 * reads "cluster_docs" by name (both libraries). Quiet: in a second graph a
 * node declared with its own statement and named like a cluster is a node. */
static void test_edge_from_cluster_by_name(void **state) {
  (void)state;
  static const char dot[] =
      "digraph d {\n"
      " layout=fdp;\n"
      " node [shape=box];\n"
      " tenants [shape=ellipse, label=\"Tenants\"];\n"
      " form [label=\"Ffurflen gais\\n(Drupal)\"];\n"
      " subgraph cluster_docs { label=\"SharePoint\";\n"
      "  tenancy [shape=folder, label=\"Tenancy files\"];\n"
      "  repairs [shape=folder, label=\"Repairs reports\"];\n"
      " }\n"
      " subgraph cluster_az { label=\"Azure\";\n"
      "  sync [label=\"Nightly sync (Azure Function)\"];\n"
      "  idx [shape=cylinder, label=\"Mynegai Azure AI Search\\n(testun + fectorau)\"];\n"
      "  helper [label=\"Gwasanaeth cymorth\\n(Python)\"];\n"
      " }\n"
      " tenants -> form; form -> tenancy;\n"
      " cluster_docs -> sync [label=\"pob safle\"];\n"
      " sync -> idx; helper -> idx [dir=both];\n"
      "}\n";
  tmc_ir *ir = analyse_with(dot, cat, NULL);
  assert_non_null(ir);
  assert_false(has_element(ir, "cluster_docs"));
  flow(ir, "tenancy", "sync");
  flow(ir, "repairs", "sync");
  assert_string_equal(ir->flows[flow(ir, "repairs", "sync")].label, "pob safle");
  assert_int_equal(kind_at(ir, "idx"), TMC_KIND_VECTOR_STORE);
  assert_int_equal(kind_at(ir, "helper"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "form"), TMC_KIND_PROCESS);
  tmc_ir_free(ir);
  /* quiet: declared, it is a node of its own */
  static const char dot2[] = "digraph d {\n"
                             " layout=fdp;\n"
                             " cluster_a [label=\"Cluster admin console\"];\n"
                             " subgraph cluster_a { label=\"Ops\"; x; y; }\n"
                             " cluster_a -> z;\n"
                             "}\n";
  ir = analyse_with(dot2, cat, NULL);
  assert_non_null(ir);
  assert_true(has_element(ir, "cluster_a"));
  flow(ir, "cluster_a", "z");
  tmc_ir_free(ir);
}

/* DOT, a recipe app's agent: a nutrition plugin its publisher hosts, in a
 * cluster named "3rd parties", and the app's own pantry tool. */
static void test_publisher_hosted_tool_is_entry(void **state) {
  (void)state;
  static const char dot[] = "digraph d {\n"
                            " node [shape=box];\n"
                            " subgraph cluster_own { label=\"Recipe cloud\";\n"
                            "  agent [label=\"Cooking agent (agent loop)\"];\n"
                            "  pantry [label=\"lookup_pantry\"];\n"
                            " }\n"
                            " subgraph cluster_ext { label=\"3rd parties\";\n"
                            "  nutri [label=\"get_nutrition (plugin server)\"];\n"
                            " }\n"
                            " llm [label=\"Mistral Large (API)\", shape=ellipse];\n"
                            " agent -> llm [label=\"prompt + tool schemas\"];\n"
                            " llm -> agent [label=\"tool calls\"];\n"
                            " agent -> nutri [dir=both, label=\"tool call\"];\n"
                            " agent -> pantry [dir=both, label=\"tool call\"];\n"
                            "}\n";
  tmc_ir *ir = analyse_with(dot, cat, NULL);
  assert_int_equal(kind_at(ir, "nutri"), TMC_KIND_AGENT_TOOL);
  assert_true(elem_at(ir, "nutri")->facts.is_entry);
  /* quiet */
  assert_false(elem_at(ir, "pantry")->facts.is_entry);
  tmc_ir_free(ir);
}

/* DOT, a law firm's assistant over its document share; quiet: a second
 * graph whose index holds the public product manuals only. */
static void test_credentials_in_indexed_documents(void **state) {
  (void)state;
  static const char dot[] =
      "digraph d {\n"
      " node [shape=box];\n"
      " lawyers [shape=ellipse, label=\"Associates\"];\n"
      " subgraph cluster_f { label=\"Firm datacentre\";\n"
      "  share [shape=folder, label=\"Matter share (pleadings, client files)\"];\n"
      "  ingest [label=\"Indexer (nightly)\"];\n"
      "  qd [shape=cylinder, label=\"Qdrant collection (chunks + vectors)\"];\n"
      "  api [label=\"Ask-the-files API\"];\n"
      " }\n"
      " llm [shape=ellipse, label=\"Claude (Anthropic API)\"];\n"
      " share -> ingest; ingest -> qd [label=\"chunks + vectors\"];\n"
      " lawyers -> api [dir=both]; api -> qd [dir=both, label=\"similarity search\"];\n"
      " api -> llm [label=\"question + passages\"]; llm -> api;\n"
      "}\n";
  tmc_ir *ir = analyse_with(dot, cat, NULL);
  assert_int_equal(kind_at(ir, "qd"), TMC_KIND_VECTOR_STORE);
  assert_true(cites(finding(ir, "TMC-RAG-009", "qd"), "AML.T0082"));
  tmc_ir_free(ir);
  static const char quiet[] =
      "digraph d {\n"
      " node [shape=box];\n"
      " visitors [shape=ellipse, label=\"Website visitors\"];\n"
      " subgraph cluster_f { label=\"Vendor cloud\";\n"
      "  docs [label=\"Public product manuals (published PDFs)\", shape=folder];\n"
      "  ingest [label=\"Indexer (nightly)\"];\n"
      "  qd [shape=cylinder, label=\"Qdrant collection (chunks + vectors)\"];\n"
      "  api [label=\"Manual helper API\"];\n"
      " }\n"
      " llm [shape=ellipse, label=\"Claude (Anthropic API)\"];\n"
      " docs -> ingest; ingest -> qd [label=\"chunks + vectors\"];\n"
      " visitors -> api [dir=both]; api -> qd [dir=both, label=\"similarity search\"];\n"
      " api -> llm [label=\"question + passages\"]; llm -> api;\n"
      "}\n";
  ir = analyse_with(quiet, cat, NULL);
  assert_null(finding(ir, "TMC-RAG-009", "qd"));
  tmc_ir_free(ir);
}

/* Pathological: 300 edges from a cluster of 300 nodes by its name would
 * make 90 000 flows; the front end stops at its budget (linear in the
 * input), says so, and every flow it makes is counted apart. */
static void test_edges_from_big_cluster_are_budgeted(void **state) {
  (void)state;
  enum { N = 300 };
  static char dot[N * 64 + 256];
  size_t n = (size_t)snprintf(dot, sizeof dot, "digraph d {\n subgraph cluster_big {");
  for (int i = 0; i < N; i++)
    n += (size_t)snprintf(dot + n, sizeof dot - n, " n%d;", i);
  n += (size_t)snprintf(dot + n, sizeof dot - n, " }\n");
  for (int i = 0; i < N; i++)
    n += (size_t)snprintf(dot + n, sizeof dot - n, " cluster_big -> m%d;\n", i);
  snprintf(dot + n, sizeof dot - n, "}\n");
  tmc_ir *ir = analyse_with(dot, cat, "exports");
  assert_non_null(ir);
  assert_true(ir->n_flows <=
              4 * (2 * N + 1 + N) + 64); /* the nodes, the stand-in, the edges */
  assert_true(ir->n_flows >= N);
  bool said = false;
  for (uint32_t i = 0; i < diags.n; i++)
    said = said || strstr(diags.v[i].msg, "reach too many nodes") != NULL;
  assert_true(said);
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_container_with_parts_is_element),
      cmocka_unit_test(test_dispatcher_callee_is_tool),
      cmocka_unit_test(test_hosted_fine_tuning_loads_no_checkpoint),
      cmocka_unit_test(test_edge_from_cluster_by_name),
      cmocka_unit_test(test_publisher_hosted_tool_is_entry),
      cmocka_unit_test(test_credentials_in_indexed_documents),
      cmocka_unit_test(test_edges_from_big_cluster_are_budgeted),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
