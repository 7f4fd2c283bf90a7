/* test_paths37.c - the agent's own user before a planted page, for the
 * records its tool reads (issue #16, paths37).
 *
 * A pet-insurance claims helper: policy holders chat with an agent whose
 * lookup tool reads any policy by the number it is given (a confused
 * deputy, CWE-639), and a page-fetch tool reads vet practices' public
 * pages. Both reach the policy store with one score; the holder who asks
 * for another holder's policy gets it back in the answer, the page's author
 * needs a second way out. Where a report shows one pair per target, the
 * store's is the holder's. A service the agent calls (a rates API) hears
 * the agent's next call, so its path keeps its place. DOT and draw.io. */
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

/* The page's author is drawn first and nearer the agent, so it ranks first
 * among equals. */
static const char *PET_DOT =
    "digraph petclaims {\n"
    "  vets [label=\"Vet practice websites (public)\", shape=ellipse];\n"
    "  holders [label=\"Policy holders\", shape=ellipse];\n"
    "  subgraph cluster_a { label=\"Azure: claims-helper\";\n"
    "    chat [label=\"Claims chat widget (React)\"];\n"
    "    api [label=\"Claims API (FastAPI)\"];\n"
    "    agent [label=\"Claims agent (LangChain)\"];\n"
    "    llm [label=\"GPT-4.1 (Azure OpenAI)\", shape=ellipse];\n"
    "    lookup [label=\"get_policy(policy_no) tool\"];\n"
    "    fetch [label=\"fetch_page tool\"];\n"
    "    policies [label=\"Policies and claims (Postgres)\", shape=cylinder];\n"
    "  }\n"
    "  holders -> chat [label=\"question + policy number\"];\n"
    "  chat -> api [label=\"message\"];\n"
    "  api -> agent [label=\"message\"];\n"
    "  agent -> api [label=\"answer\"];\n"
    "  api -> chat [label=\"answer\"];\n"
    "  chat -> holders [label=\"answer\"];\n"
    "  agent -> llm [label=\"prompt\"];\n"
    "  llm -> agent [label=\"completion + tool calls\"];\n"
    "  agent -> lookup [label=\"policy_no\"];\n"
    "  lookup -> policies [label=\"SELECT\"];\n"
    "  policies -> lookup [label=\"policy, claims, bank details\"];\n"
    "  lookup -> agent [label=\"policy record\"];\n"
    "  vets -> fetch [label=\"clinic pages\"];\n"
    "  fetch -> agent [label=\"page text\"];\n"
    "}\n";

/* Another domain in draw.io: a council's parking-permit assistant whose
 * residents ask about permits by plate, and a scraper of public notices. */
#define V(id, label, style)                                                              \
  "<mxCell id=\"" id "\" value=\"" label "\" style=\"" style "\" vertex=\"1\" "          \
  "parent=\"1\"><mxGeometry width=\"80\" height=\"40\" as=\"geometry\"/></mxCell>"
#define E(id, label, s, t)                                                               \
  "<mxCell id=\"" id "\" value=\"" label "\" edge=\"1\" parent=\"1\" source=\"" s        \
  "\" target=\"" t "\"><mxGeometry relative=\"1\" as=\"geometry\"/></mxCell>"
static const char *PERMITS_DRAWIO =
    "<mxfile><diagram name=\"permits\"><mxGraphModel><root>"
    "<mxCell id=\"0\"/><mxCell id=\"1\" parent=\"0\"/>" V(
        "notices", "Public notice boards (websites)",
        "shape=umlActor;") V("residents", "Residents", "shape=umlActor;")
        V("portal", "Permit assistant web app (Django)", "rounded=1;") V(
            "gw", "API gateway (Kong)",
            "rounded=1;") V("bot", "Permit agent (Semantic Kernel)", "rounded=1;")
            V("model", "Claude Sonnet (Bedrock)",
              "ellipse;") V("permit_tool", "lookup_permit(plate) tool",
                            "rounded=1;") V("scraper", "scrape_notice tool", "rounded=1;")
                V("permits", "Permits and addresses (MySQL)",
                  "shape=cylinder3;") E("f1", "plate + question", "residents",
                                        "portal") E("f2", "message", "portal",
                                                    "gw") E("f2b", "message", "gw", "bot")
                    E("f3", "reply", "bot", "gw") E("f3b", "reply", "gw", "portal") E(
                        "f4", "reply", "portal",
                        "residents") E("f5", "prompt", "bot", "model")
                        E("f6", "completion + tool calls", "model",
                          "bot") E("f7", "plate", "bot", "permit_tool")
                            E("f8", "query", "permit_tool",
                              "permits") E("f9", "permit, name, address", "permits",
                                           "permit_tool")
                                E("f10", "permit record", "permit_tool",
                                  "bot") E("f11", "notice pages", "notices", "scraper")
                                    E("f12", "notice text", "scraper",
                                      "bot") "</root></mxGraphModel></diagram></mxfile>";

/* Does a shown path from entry to target carry the exfiltrate aim? */
static bool exfil_shown(const tmc_ir *ir, const char *entry, const char *target) {
  for (uint32_t i = 0; i < ir->n_paths; i++)
    if (ir->paths[i].entry == el(ir, entry) && ir->paths[i].asset == el(ir, target) &&
        aim_of(ir, i) && strcmp(aim_of(ir, i), "exfiltrate") == 0)
      return true;
  return false;
}

static void test_user_before_planted_page_dot(void **state) {
  (void)state;
  tmc_ir *ir = analysed_shown_as("t.dot", PET_DOT, 6);
  assert_true(exfil_shown(ir, "holders", "policies"));
  tmc_ir_free(ir);
  /* uncrowded, both are shown */
  ir = analysed_as("t.dot", PET_DOT);
  assert_true(exfil_shown(ir, "holders", "policies"));
  assert_true(path_shown(ir, "vets", "policies"));
  tmc_ir_free(ir);
}

static void test_user_before_planted_page_drawio(void **state) {
  (void)state;
  tmc_ir *ir = analysed_shown_as("t.drawio", PERMITS_DRAWIO, 6);
  assert_true(exfil_shown(ir, "residents", "permits"));
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_user_before_planted_page_dot),
      cmocka_unit_test(test_user_before_planted_page_drawio),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
