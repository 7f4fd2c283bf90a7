/* test_toolsrc28.c - an assistant's tool servers, where their code and their
 * content come from, and who acts through them (twenty-eighth session, the
 * blind32 family of an LLM with third-party tool servers and memory, a
 * voice front door with booking tools, a RAG over confidential documents;
 * each case in other words and another domain than the drawings that
 * showed it).
 *
 * (1) A source one of the agent's tools fetches its content from (public
 *     pages a scraper tool reads) is where the attacker plants the text:
 *     the path's entry names AI Agent Tool Data Poisoning (AML.T0099); a
 *     person typing to the agent does not.
 * (2) A package index whose package is one of the agent's tools (an MCP
 *     server pip-installed at every start) is the AI agent tool supply
 *     chain (AML.T0010.005) however the index is named; the keys the tool
 *     reads are harvested through it (AML.T0098 beside AML.T0055); its
 *     path to the model is the tool poisoned at its source (TMC-PATH-041),
 *     so the content source's injection path keeps its own place.
 * (3) A tool that posts to the books (an expenses tool on QuickBooks) does
 *     financial harm beside its invocation (AML.T0048.000).
 * (4) draw.io's link edge (shape=link, a double line) has no direction:
 *     read both ways, whatever its arrow keys say.
 * (5) People working in a store's records straight under one shared login
 *     (a booking system drawn as its records) leave no trail of who changed
 *     what (TMC-REPUD-011); a shared password vault is no such login.
 * (6) A false document added to a source an ingestion job indexes is a
 *     false entry in the retrieval index (AML.T0071 beside AML.T0070). */
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
#include "drawio_macros.h"
#include "frontend/frontend.h"
#include "passes/passes.h"
#include "path_helpers.h"

/* (1) A cookery magazine's meal planner: its agent scrapes recipe blogs
 * through a tool and fills a grocery basket through another. */
static const char *MEALS =
    "digraph mealplan {\n"
    "  sites [label=\"Recipe blogs (public web)\", shape=ellipse];\n"
    "  cooks [label=\"Subscribers\", shape=ellipse];\n"
    "  subgraph cluster_app { label=\"Meal planner (GKE)\";\n"
    "    agent [label=\"Planner agent (LangGraph)\"];\n"
    "    scrape [label=\"scrape_recipe tool\"];\n"
    "    basket [label=\"add_to_basket tool\"];\n"
    "  }\n"
    "  llm [label=\"Gemini 2.5 Pro (Vertex AI)\", shape=ellipse];\n"
    "  grocer [label=\"Grocer checkout API (card payments)\", shape=box3d];\n"
    "  cooks -> agent [label=\"what to cook this week\"];\n"
    "  agent -> cooks [label=\"plan\"];\n"
    "  agent -> llm [label=\"prompt + tools\"];\n"
    "  llm -> agent [label=\"tool calls\"];\n"
    "  agent -> scrape [label=\"url\"];\n"
    "  sites -> scrape [label=\"page html\"];\n"
    "  scrape -> agent [label=\"recipe text\"];\n"
    "  agent -> basket [label=\"ingredients\"];\n"
    "  basket -> grocer [label=\"order + saved card\"];\n"
    "}\n";

static void test_tool_content_source(void **state) {
  (void)state;
  tmc_ir *ir = analysed(MEALS);
  assert_true(hop_names(ir, "sites", "llm", "hijack_model", "sites", "AML.T0099", NULL));
  assert_true(any_hop_names(ir, "sites", "act_through_agent", "AML.T0099"));
  /* the subscribers type their own words: no tool's data */
  assert_false(any_hop_names(ir, "cooks", NULL, "AML.T0099"));
  tmc_ir_free(ir);
}

/* (2), (3) A university lab's research assistant: an arXiv MCP server
 * installed from a package index at every start, with the lab's keys in its
 * environment, and a connector that posts expenses to the books. */
static const char *LAB =
    "digraph labbot {\n"
    "  index [label=\"PyPI (arxiv-helper-mcp, one maintainer)\", shape=box3d];\n"
    "  papers [label=\"arXiv listings (preprints anyone submits)\", shape=box3d];\n"
    "  staff [label=\"Researchers\", shape=ellipse];\n"
    "  subgraph cluster_ws { label=\"Lab server\";\n"
    "    bot [label=\"Research assistant (MCP client)\"];\n"
    "    mcp [label=\"arXiv MCP server (pip package, child process)\"];\n"
    "    acct [label=\"post_expense tool (QuickBooks Online)\"];\n"
    "    envf [label=\"Environment variables (OPENAI_API_KEY, SLACK_TOKEN)\", "
    "shape=note];\n"
    "  }\n"
    "  llm [label=\"GPT-4.1 (OpenAI API)\", shape=ellipse];\n"
    "  qbo [label=\"QuickBooks Online (lab expenses)\", shape=box3d];\n"
    "  staff -> bot [label=\"question\"];\n"
    "  bot -> staff [label=\"answer\"];\n"
    "  bot -> llm [label=\"messages + tools\"];\n"
    "  llm -> bot [label=\"tool calls\"];\n"
    "  bot -> mcp [label=\"search\"];\n"
    "  mcp -> bot [label=\"abstracts\"];\n"
    "  index -> mcp [label=\"package on every start\"];\n"
    "  papers -> mcp [label=\"abstracts + pdf text\"];\n"
    "  mcp -> envf [label=\"reads env vars\"];\n"
    "  bot -> acct [label=\"post expense\"];\n"
    "  acct -> qbo [label=\"bill\"];\n"
    "}\n";

static void test_tool_package_index(void **state) {
  (void)state;
  tmc_ir *ir = analysed(LAB);
  assert_true(hop_names(ir, "index", "envf", "steal_credentials", "index",
                        "AML.T0010.005", NULL));
  assert_true(hop_names(ir, "index", "envf", "steal_credentials", "envf", "AML.T0055",
                        "AML.T0098"));
  /* the index's way to the model is the tool poisoned at its source */
  assert_true(path_of(ir, "index", "llm", "TMC-PATH-041"));
  assert_false(path_of(ir, "index", "llm", "TMC-PATH-008"));
  /* the content the tool fetches is the tool's data, not its code */
  assert_true(
      hop_names(ir, "papers", "llm", "hijack_model", "papers", "AML.T0099", NULL));
  assert_false(any_hop_names(ir, "papers", NULL, "AML.T0010.005"));
  tmc_ir_free(ir);
}

static void test_accounting_tool(void **state) {
  (void)state;
  tmc_ir *ir = analysed(LAB);
  assert_true(any_hop_names(ir, NULL, "act_through_agent", "AML.T0048.000"));
  bool named = false;
  for (uint32_t i = 0; i < ir->n_paths && !named; i++)
    for (uint32_t h = 0; h < ir->paths[i].n_hops; h++)
      if (ir->paths[i].hops[h].element == el(ir, "acct") &&
          technique_is(ir->paths[i].hops[h].technique, "AML.T0053") &&
          hop_also_is(&ir->paths[i].hops[h], "AML.T0048.000"))
        named = true;
  assert_true(named);
  tmc_ir_free(ir);
}

/* (4) A warehouse's handheld app, drawn with link edges. */
#define CELL(id, value, style)                                                           \
  "<mxCell id=\"" id "\" value=\"" value "\" style=\"" style "\" vertex=\"1\" "          \
  "parent=\"1\"><mxGeometry x=\"0\" y=\"0\" width=\"80\" height=\"40\" "                 \
  "as=\"geometry\"/></mxCell>"
#define EDGE(id, style, s, t, value)                                                     \
  "<mxCell id=\"" id "\" value=\"" value "\" style=\"" style                             \
  "\" edge=\"1\" parent=\"1\" source=\"" s "\" target=\"" t "\">"                        \
  "<mxGeometry relative=\"1\" as=\"geometry\"/></mxCell>"

static void test_link_edges_both_ways(void **state) {
  (void)state;
  const char *xml = HEAD CELL("scan", "Handheld scanner app", "rounded=1;")
      CELL("stock", "Stock service (Go)", "rounded=1;")
          CELL("db", "Stock levels (Postgres)", "shape=cylinder3;")
              CELL("erp", "ERP (SAP)", "rounded=1;") EDGE("l1", "shape=link;html=1;",
                                                          "scan", "stock", "picks")
                  EDGE("l2", "shape=link;endArrow=block;html=1;", "stock", "db", "")
                      EDGE("a1", "endArrow=classic;html=1;", "stock", "erp", "movements")
                          TAIL;
  tmc_ir *ir = drawio_analysed(xml, NULL);
  assert_true(ir->flows[flow(ir, "scan", "stock")].bidirectional);
  assert_true(ir->flows[flow(ir, "stock", "db")].bidirectional);
  assert_false(ir->flows[flow(ir, "stock", "erp")].bidirectional); /* quiet */
  tmc_ir_free(ir);
}

/* (5) A hotel's night porters change guests' folios in the property
 * system's records under one account; IT keeps shared passwords in a
 * vault. */
static void test_shared_login_into_records(void **state) {
  (void)state;
  static const char d[] =
      "digraph hotel {\n"
      "  porters [label=\"Night porters (one shared account)\", shape=ellipse];\n"
      "  it [label=\"IT admins\", shape=ellipse];\n"
      "  subgraph cluster_h { label=\"Hotel back office\";\n"
      "    folios [label=\"Guest folios (PMS database)\", shape=cylinder];\n"
      "    vault [label=\"Team password vault\", shape=cylinder];\n"
      "  }\n"
      "  porters -> folios [label=\"post charges, move rooms\"];\n"
      "  it -> vault [label=\"shared passwords\"];\n"
      "}\n";
  tmc_ir *ir = analyse_with(d, cat, NULL);
  assert_non_null(finding(ir, "TMC-REPUD-011", "porters->folios"));
  assert_null(finding(ir, "TMC-REPUD-011", "it->vault"));
  tmc_ir_free(ir);
}

/* (6) A council's planning-policy assistant: officers publish policy notes
 * that a nightly job indexes for retrieval. */
static void test_false_entry_in_indexed_source(void **state) {
  (void)state;
  static const char d[] =
      "digraph policy {\n"
      "  officers [label=\"Policy officers\", shape=ellipse];\n"
      "  planners [label=\"Case planners\", shape=ellipse];\n"
      "  subgraph cluster_c { label=\"Council cloud\";\n"
      "    notes [label=\"Policy notes library\", shape=cylinder];\n"
      "    job [label=\"Nightly indexing job (chunk + embed)\"];\n"
      "    vec [label=\"Weaviate index\", shape=cylinder];\n"
      "    app [label=\"Policy assistant (retrieves top-5)\"];\n"
      "  }\n"
      "  llm [label=\"Claude Haiku (Bedrock)\", shape=ellipse];\n"
      "  officers -> notes [label=\"publish note\"];\n"
      "  notes -> job; job -> vec [label=\"chunks + vectors\"];\n"
      "  planners -> app; app -> planners; app -> vec [label=\"search\"];\n"
      "  vec -> app; app -> llm; llm -> app;\n"
      "}\n";
  tmc_ir *ir = analyse_with(d, cat, NULL);
  const tmc_finding *f = finding(ir, "TMC-RAG-005", "notes");
  assert_true(cites(f, "AML.T0070"));
  assert_true(cites(f, "AML.T0071"));
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_tool_content_source),
      cmocka_unit_test(test_tool_package_index),
      cmocka_unit_test(test_accounting_tool),
      cmocka_unit_test(test_link_edges_both_ways),
      cmocka_unit_test(test_shared_login_into_records),
      cmocka_unit_test(test_false_entry_in_indexed_source),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
