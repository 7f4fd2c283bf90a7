/* test_b35c.c - what blind35's UML communication diagram taught (thirty-first
 * session, helper b35c), each drawn here in other words and another domain:
 *   - a UML object's type written as a class name reads apart where an
 *     abbreviation in capitals ends it or leads a word ("ClauseSearchMCP":
 *     "Clause Search MCP", an agent's tool; "CRMDatabase": "CRM Database",
 *     a store), while a product's name stays whole ("orders : PostgreSQL");
 *   - a process's environment named by its type ("cfg : WorkerEnvironment")
 *     and listed by its variables is a store of secrets, not what its
 *     variables' vendors make (a sandbox vendor's key is no tool);
 *   - an agent's tool its label says others publish and the system installs
 *     as released ("community, from PyPI, unpinned") is an entry point; one
 *     saying it is the system's own is not;
 *   - a line without arrowheads between such a tool and the outside sites it
 *     fetches does not make the sites a relay of the tool: the sites' own
 *     path to the model is shown (a letting agency's listings assistant);
 *   - a code sandbox a runner tool drives, reading files outsiders upload
 *     along a line without arrowheads drawn from the sandbox to the files,
 *     hands their text back to the agent through the tool: indirect
 *     injection through the tool's output (a garden centre's plant-care
 *     assistant in DOT). */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "drawio_macros.h"
#include "path_helpers.h"

#define OBJ "html=1;whiteSpace=wrap;rounded=0;"
#define ACTOR "shape=umlActor;verticalLabelPosition=bottom;verticalAlign=top;html=1;"
/* A link without arrowheads, as a communication diagram draws one. */
#define ULINK(id, s, t)                                                                  \
  "<mxCell id=\"" id "\" value=\"\" style=\"endArrow=none;html=1;\" edge=\"1\" "         \
  "parent=\"1\" source=\"" s "\" target=\"" t                                            \
  "\"><mxGeometry relative=\"1\" as=\"geometry\"/></mxCell>"
#define U(text) "&lt;u&gt;" text "&lt;/u&gt;"
#define BR "&lt;br&gt;"

/* A law firm's contract assistant as UML objects in DOT: typed names only. */
static const char *firm_dot =
    "digraph firm {\n"
    "  node [shape=box];\n"
    "  lawyer [label=\"lawyer : Associate\", shape=plaintext];\n"
    "  orch [label=\"orch : ContractAgent\"];\n"
    "  llm [label=\"model : Claude Sonnet 4\"];\n"
    "  clauses [label=\"clauses : ClauseSearchMCP\"];\n"
    "  crm [label=\"crm : CRMDatabase\"];\n"
    "  orders [label=\"orders : PostgreSQL\"];\n"
    "  lawyer -> orch [dir=none]; orch -> llm [dir=none];\n"
    "  orch -> clauses [dir=none]; orch -> crm [dir=none];\n"
    "  orch -> orders [dir=none];\n"
    "}\n";

static void test_typed_names_read_apart(void **state) {
  (void)state;
  tmc_ir *ir = analyse_with(firm_dot, cat, "classify");
  assert_non_null(ir);
  assert_int_equal(kind_at(ir, "clauses"), TMC_KIND_AGENT_TOOL);
  assert_int_equal(kind_at(ir, "crm"), TMC_KIND_DATA_STORE);
  assert_int_equal(kind_at(ir, "orders"), TMC_KIND_DATA_STORE);
  tmc_ir_free(ir);
}

/* A print shop's quoting assistant in draw.io: its worker's environment is
 * drawn as a UML object and lists the keys, one of them a code sandbox
 * vendor's. */
static const char *shop_xml = HEAD V("staff", U("desk : Estimator"), ACTOR, 0, 0, 30, 60)
    V("orch", U("orch : QuoteAgent") BR "Python worker", OBJ, 100, 0, 200, 50)
        V("llm", U("llm : GeminiAPI") BR "Gemini 2.5 Pro", OBJ, 400, 0, 200, 50)
            V("run", U("runner : CodeRunnerTool") BR "run_python(code)", OBJ, 100, 200,
              200, 50) V("cfg",
                         U("cfg : WorkerEnvironment") BR
                         "GEMINI_API_KEY, E2B_API_KEY, SMTP_PASSWORD",
                         OBJ, 400, 200, 260, 50) ULINK("l1", "staff", "orch")
                ULINK("l2", "orch", "llm") ULINK("l3", "orch", "run")
                    ULINK("l4", "orch", "cfg") TAIL;

static void test_typed_environment_is_a_store(void **state) {
  (void)state;
  tmc_ir *ir = drawio_analysed(shop_xml, "reach");
  assert_int_equal(kind_at(ir, "cfg"), TMC_KIND_DATA_STORE);
  assert_int_equal(elem_at(ir, "cfg")->tech, TMC_TECH_SECRETS_VAULT);
  assert_true(elem_at(ir, "cfg")->facts.is_asset);
  tmc_ir_free(ir);
}

/* A letting agency's listings assistant, every link undirected: a
 * community scraper tool from PyPI that fetches outside listing sites, the
 * agency's own tool, tenants' uploads read by a code sandbox, a smart lock
 * the agency's tool sends codes to and the internet the sandbox reaches. */
static const char *const agency_parts[] = {
    HEAD V("agent", U("agent : LettingsAgent") BR "Node service", OBJ, 300, 200, 200,
           50) V("staff", U("negotiator : Staff"), ACTOR, 0, 200, 30,
                 60) V("llm", U("llm : OpenAIChatAPI") BR "GPT-4.1", OBJ, 300, 0, 200, 50)
        V("scrape", U("scrape : ListingScraperMCP") BR "community, from PyPI, unpinned",
          OBJ, 600, 0, 220,
          50) V("sites", U("sites : PortalWebsites") BR "third-party web pages", OBJ, 900,
                0, 200, 50) V("own",
                              U("keys : LockCodesMCP") BR "our MCP server (issue codes)",
                              OBJ, 600, 400, 220, 50)
            V("lock", U("lock : SmartLock") BR "door keypads", OBJ, 900, 400, 200, 50) V(
                "run", U("runner : CodeRunnerTool") BR "run_python(code)", OBJ, 300, 400,
                200, 50) V("sbx", U("sbx : E2BSandbox") BR "outbound internet open",
                           OBJ, 300, 600, 200, 50)
                V("net", U("net : Internet") BR "any host", OBJ, 0, 600, 200, 50)
                    V("docs", U("docs : UploadsBucket") BR "tenant references, payslips",
                      OBJ, 600, 600, 200, 50)
                        V("tenant", U("tenant : Tenant"), ACTOR, 900, 600, 30, 60),
    V("mem", U("mem : MemoryStore") BR "Postgres, saved notes", OBJ, 0, 400, 200,
      50) ULINK("l1", "staff", "agent") ULINK("l2", "agent", "llm")
        ULINK("l3", "agent", "scrape") ULINK("l4", "scrape", "sites")
            ULINK("l5", "agent", "own") ULINK("l6", "own", "lock")
                ULINK("l7", "agent", "run") ULINK("l8", "run", "sbx")
                    ULINK("l9", "sbx", "net") ULINK("l10", "sbx", "docs")
                        ULINK("l11", "tenant", "docs") ULINK("l12", "agent", "mem") TAIL};

/* The parts joined (C99 compilers need not take a longer literal); the
 * caller frees it. */
static char *joined(const char *const *parts, size_t n) {
  size_t len = 1;
  for (size_t i = 0; i < n; i++)
    len += strlen(parts[i]);
  char *s = malloc(len);
  assert_non_null(s);
  *s = '\0';
  for (size_t i = 0; i < n; i++)
    strcat(s, parts[i]);
  return s;
}

static void test_community_tool_is_an_entry(void **state) {
  (void)state;
  char *xml = joined(agency_parts, sizeof agency_parts / sizeof *agency_parts);
  tmc_ir *ir = analysed_as("t.drawio", xml);
  free(xml);
  assert_non_null(ir);
  assert_int_equal(kind_at(ir, "scrape"), TMC_KIND_AGENT_TOOL);
  assert_true(entry_at(ir, "scrape"));
  assert_int_equal(kind_at(ir, "own"), TMC_KIND_AGENT_TOOL);
  assert_false(entry_at(ir, "own"));
  /* the outside sites stay where the attack starts: their path to the
   * model is shown, not cut as a relay of the tool they answer */
  assert_true(path_shown(ir, "sites", "llm"));
  tmc_ir_free(ir);
}

/* r2rev: "community" naming what a tool searches is no word of where the
 * tool came from: a forum search tool the team wrote is no entry point. */
static void test_community_content_tool_is_no_entry(void **state) {
  (void)state;
  tmc_ir *ir = analysed_as(
      "t.dot", "digraph help {\n"
               "  customer [label=\"Customer\", shape=plaintext];\n"
               "  agent [label=\"help agent\\ndispatches tool calls\"];\n"
               "  llm [label=\"Claude (Anthropic API)\"];\n"
               "  search [label=\"Community forum search tool\", shape=hexagon];\n"
               "  posts [label=\"Community posts\", shape=cylinder];\n"
               "  customer -> agent; agent -> llm; llm -> agent;\n"
               "  agent -> search; search -> posts; posts -> search;\n"
               "  search -> agent;\n"
               "}\n");
  assert_non_null(ir);
  assert_false(entry_at(ir, "search"));
  tmc_ir_free(ir);
}

/* The sandbox's line to the uploads is drawn from the sandbox, no arrows. */
static const char *garden_dot =
    "digraph garden {\n"
    "  customer [label=\"Customer\", shape=plaintext];\n"
    "  portal [label=\"photo upload portal\"];\n"
    "  uploads [label=\"uploads bucket\\nplant photos + customer notes\", "
    "shape=cylinder];\n"
    "  agent [label=\"care agent\\nassembles prompt, dispatches tool calls\"];\n"
    "  llm [label=\"Claude Haiku 4.5 (Anthropic API)\"];\n"
    "  runner [label=\"run_code tool\"];\n"
    "  sbx [label=\"code sandbox (Modal)\"];\n"
    "  customer -> portal; portal -> uploads;\n"
    "  agent -> llm [dir=none]; agent -> runner [dir=none];\n"
    "  runner -> sbx [dir=none]; sbx -> uploads [dir=none];\n"
    "}\n";

static void test_sandbox_reads_outsiders_files(void **state) {
  (void)state;
  tmc_ir *ir = analyse_with(garden_dot, cat, NULL);
  assert_non_null(ir);
  assert_non_null(finding(ir, "TMC-AGENT-041", "sbx->uploads"));
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_typed_names_read_apart),
      cmocka_unit_test(test_typed_environment_is_a_store),
      cmocka_unit_test(test_community_tool_is_an_entry),
      cmocka_unit_test(test_community_content_tool_is_no_entry),
      cmocka_unit_test(test_sandbox_reads_outsiders_files),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
