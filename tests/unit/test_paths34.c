/* test_paths34.c - which paths a report shows under the 15-path cap (issue
 * #16, paths34).
 *
 * An outsider who configures the system rather than uses it (every flow of
 * theirs goes straight into the code driving an LLM and says it carries the
 * system prompt, nothing comes back to them) starts paths too, but with its
 * prompt in hand they are the owner's own: under a full cap their paths
 * show after another entry's of the same goal, so the outsiders the prompt
 * holds off keep the slots (blind28 pellworth: the lab manager's took 11 of
 * the 15). Worded unlike pellworth (a vet's receptionist bot in DOT, a
 * florist's order worker in draw.io); quiet: the same person also gets a
 * summary or report back from the code (a user of it), who keeps their
 * slots. */
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

/* A vet practice's receptionist bot (DOT): anyone mails the inbox it polls;
 * the practice principal sets its instructions. */
static const char *VET =
    "digraph vet {\n"
    "  owners [label=\"Pet owners (anyone writing to hello@)\", shape=ellipse];\n"
    "  boss [label=\"Practice principal (persona, opening hours)\", shape=ellipse];\n"
    "  subgraph cluster_g { label=\"Google Cloud project vet-desk\";\n"
    "    mbox [label=\"hello@ Gmail inbox\", shape=cylinder];\n"
    "    bot [label=\"Receptionist bot (Node.js, Cloud Run)\"];\n"
    "    llm [label=\"Gemini 2.0 Flash (Vertex AI)\", type=llm];\n"
    "    cfg [label=\"Secrets (Stripe key, Twilio token)\", shape=note];\n"
    "    t_slot [label=\"book_slot\", type=agent_tool];\n"
    "    t_refund [label=\"issue_refund\", type=agent_tool];\n"
    "    t_sms [label=\"send_sms\", type=agent_tool];\n"
    "    t_rec [label=\"lookup_patient\", type=agent_tool];\n"
    "    files [label=\"Attachments (vaccination cards)\", shape=cylinder];\n"
    "  }\n"
    "  pms [label=\"Practice records (owners, pets, invoices)\", shape=cylinder];\n"
    "  stripe [label=\"Stripe\", shape=box3d];\n"
    "  twilio [label=\"Twilio SMS\", shape=box3d];\n"
    "  owners -> mbox [label=\"appointment mails\"];\n"
    "  mbox -> bot [label=\"poll\"];\n"
    "  boss -> bot [label=\"system instructions, opening hours\"];\n"
    "  bot -> llm [label=\"mail text, tool schemas\"];\n"
    "  llm -> bot [label=\"tool calls\"];\n"
    "  bot -> cfg [label=\"reads\", dir=both];\n"
    "  bot -> files [label=\"save\"];\n"
    "  bot -> t_slot; bot -> t_refund; bot -> t_sms; bot -> t_rec [dir=both];\n"
    "  t_rec -> pms [dir=both, label=\"read\"];\n"
    "  t_slot -> pms [label=\"book\"];\n"
    "  t_refund -> stripe [label=\"refund\"];\n"
    "  t_sms -> twilio [label=\"text\"];\n"
    "}\n";

static void test_configurer_after_outsiders_dot(void **state) {
  (void)state;
  tmc_ir *ir = analysed(VET);
  assert_int_equal(ir->n_paths, 15);
  assert_true(path_shown(ir, "owners", "t_sms"));
  assert_true(path_shown(ir, "owners", "t_slot"));
  assert_true(paths_starting(ir, "boss") <= 3);
  tmc_ir_free(ir);
  /* quiet: the principal also gets the day's summary back: a user */
  char quiet[4096];
  const char *at = strstr(VET, "  bot -> llm");
  snprintf(quiet, sizeof quiet, "%.*s  bot -> boss [label=\"daily summary\"];\n%s",
           (int)(at - VET), VET, at);
  ir = analysed(quiet);
  assert_false(path_shown(ir, "owners", "t_sms"));
  assert_true(paths_starting(ir, "boss") >= 8);
  tmc_ir_free(ir);
}

/* A florist's order worker (draw.io): order mails in an IMAP folder, the
 * shop owner's system prompt straight into the worker. */
static const char *FLORIST_CELLS =
    "<mxGraphModel><root><mxCell id=\"0\"/><mxCell id=\"1\" parent=\"0\"/>\n"
    "<mxCell id=\"cust\" value=\"Customers (anyone sending to the order form mailbox)\" "
    "style=\"shape=umlActor;html=1;\" vertex=\"1\" parent=\"1\"><mxGeometry x=\"0\" "
    "y=\"0\" width=\"30\" height=\"60\" as=\"geometry\"/></mxCell>\n"
    "<mxCell id=\"own\" value=\"Shop owner (system prompt, delivery zones)\" "
    "style=\"shape=umlActor;html=1;\" vertex=\"1\" parent=\"1\"><mxGeometry x=\"0\" "
    "y=\"200\" width=\"30\" height=\"60\" as=\"geometry\"/></mxCell>\n"
    "<mxCell id=\"z\" value=\"Hetzner VM florist-ai\" "
    "style=\"rounded=0;whiteSpace=wrap;html=1;dashed=1;fillColor=none;verticalAlign=top;"
    "container=1;\" vertex=\"1\" parent=\"1\"><mxGeometry x=\"100\" y=\"0\" "
    "width=\"900\" height=\"500\" as=\"geometry\"/></mxCell>\n"
    "<mxCell id=\"q\" value=\"Order mails (IMAP folder)\" "
    "style=\"shape=cylinder3;whiteSpace=wrap;html=1;\" vertex=\"1\" "
    "parent=\"z\"><mxGeometry x=\"10\" y=\"30\" width=\"80\" height=\"60\" "
    "as=\"geometry\"/></mxCell>\n"
    "<mxCell id=\"w\" value=\"Order worker (Go)\" "
    "style=\"rounded=1;whiteSpace=wrap;html=1;\" vertex=\"1\" parent=\"z\"><mxGeometry "
    "x=\"150\" y=\"30\" width=\"120\" height=\"60\" as=\"geometry\"/></mxCell>\n"
    "<mxCell id=\"m\" value=\"Mistral Small (la Plateforme API)\" "
    "style=\"ellipse;whiteSpace=wrap;html=1;\" vertex=\"1\" parent=\"z\"><mxGeometry "
    "x=\"300\" y=\"30\" width=\"120\" height=\"60\" as=\"geometry\"/></mxCell>\n"
    "<mxCell id=\"env\" value=\".env (Sendcloud key, Mollie key)\" "
    "style=\"shape=note;whiteSpace=wrap;html=1;\" vertex=\"1\" parent=\"z\"><mxGeometry "
    "x=\"450\" y=\"30\" width=\"120\" height=\"60\" as=\"geometry\"/></mxCell>\n"
    "<mxCell id=\"t1\" value=\"create_delivery tool\" "
    "style=\"rounded=1;whiteSpace=wrap;html=1;\" vertex=\"1\" parent=\"z\"><mxGeometry "
    "x=\"10\" y=\"200\" width=\"100\" height=\"60\" as=\"geometry\"/></mxCell>\n"
    "<mxCell id=\"t2\" value=\"apply_discount tool\" "
    "style=\"rounded=1;whiteSpace=wrap;html=1;\" vertex=\"1\" parent=\"z\"><mxGeometry "
    "x=\"150\" y=\"200\" width=\"100\" height=\"60\" as=\"geometry\"/></mxCell>\n"
    "<mxCell id=\"t3\" value=\"send_mail tool\" "
    "style=\"rounded=1;whiteSpace=wrap;html=1;\" vertex=\"1\" parent=\"z\"><mxGeometry "
    "x=\"300\" y=\"200\" width=\"100\" height=\"60\" as=\"geometry\"/></mxCell>\n"
    "<mxCell id=\"t4\" value=\"find_order tool\" "
    "style=\"rounded=1;whiteSpace=wrap;html=1;\" vertex=\"1\" parent=\"z\"><mxGeometry "
    "x=\"450\" y=\"200\" width=\"100\" height=\"60\" as=\"geometry\"/></mxCell>\n"
    "<mxCell id=\"ph\" value=\"Bouquet photos\" "
    "style=\"shape=cylinder3;whiteSpace=wrap;html=1;\" vertex=\"1\" "
    "parent=\"z\"><mxGeometry x=\"600\" y=\"200\" width=\"100\" height=\"60\" "
    "as=\"geometry\"/></mxCell>\n"
    "<mxCell id=\"shop\" value=\"Shop database (customers, orders, addresses)\" "
    "style=\"shape=cylinder3;whiteSpace=wrap;html=1;\" vertex=\"1\" "
    "parent=\"1\"><mxGeometry x=\"1100\" y=\"0\" width=\"120\" height=\"60\" "
    "as=\"geometry\"/></mxCell>\n"
    "<mxCell id=\"sc\" value=\"Sendcloud API\" "
    "style=\"shape=cube;whiteSpace=wrap;html=1;\" vertex=\"1\" parent=\"1\"><mxGeometry "
    "x=\"1100\" y=\"100\" width=\"120\" height=\"60\" as=\"geometry\"/></mxCell>\n"
    "<mxCell id=\"mo\" value=\"Mollie payments\" "
    "style=\"shape=cube;whiteSpace=wrap;html=1;\" vertex=\"1\" parent=\"1\"><mxGeometry "
    "x=\"1100\" y=\"200\" width=\"120\" height=\"60\" as=\"geometry\"/></mxCell>\n";
static const char *FLORIST_EDGES =
    "<mxCell id=\"e1\" value=\"order mails\" edge=\"1\" parent=\"1\" source=\"cust\" "
    "target=\"q\"><mxGeometry relative=\"1\" as=\"geometry\"/></mxCell>\n"
    "<mxCell id=\"e2\" value=\"IMAP fetch\" edge=\"1\" parent=\"1\" source=\"q\" "
    "target=\"w\"><mxGeometry relative=\"1\" as=\"geometry\"/></mxCell>\n"
    "<mxCell id=\"e3\" value=\"system prompt, delivery zones\" edge=\"1\" parent=\"1\" "
    "source=\"own\" target=\"w\"><mxGeometry relative=\"1\" as=\"geometry\"/></mxCell>\n"
    "<mxCell id=\"e4\" value=\"mail text, tool definitions\" edge=\"1\" parent=\"1\" "
    "source=\"w\" target=\"m\"><mxGeometry relative=\"1\" as=\"geometry\"/></mxCell>\n"
    "<mxCell id=\"e5\" value=\"function calls\" edge=\"1\" parent=\"1\" source=\"m\" "
    "target=\"w\"><mxGeometry relative=\"1\" as=\"geometry\"/></mxCell>\n"
    "<mxCell id=\"e6\" value=\"loads\" edge=\"1\" parent=\"1\" source=\"env\" "
    "target=\"w\"><mxGeometry relative=\"1\" as=\"geometry\"/></mxCell>\n"
    "<mxCell id=\"e7\" value=\"store photos\" edge=\"1\" parent=\"1\" source=\"w\" "
    "target=\"ph\"><mxGeometry relative=\"1\" as=\"geometry\"/></mxCell>\n"
    "<mxCell id=\"e8\" edge=\"1\" parent=\"1\" source=\"w\" target=\"t1\"><mxGeometry "
    "relative=\"1\" as=\"geometry\"/></mxCell>\n"
    "<mxCell id=\"e9\" edge=\"1\" parent=\"1\" source=\"w\" target=\"t2\"><mxGeometry "
    "relative=\"1\" as=\"geometry\"/></mxCell>\n"
    "<mxCell id=\"e10\" edge=\"1\" parent=\"1\" source=\"w\" target=\"t3\"><mxGeometry "
    "relative=\"1\" as=\"geometry\"/></mxCell>\n"
    "<mxCell id=\"e11\" edge=\"1\" parent=\"1\" source=\"w\" target=\"t4\"><mxGeometry "
    "relative=\"1\" as=\"geometry\"/></mxCell>\n"
    "<mxCell id=\"e12\" value=\"query\" edge=\"1\" parent=\"1\" source=\"t4\" "
    "target=\"shop\"><mxGeometry relative=\"1\" as=\"geometry\"/></mxCell>\n"
    "<mxCell id=\"e13\" value=\"results\" edge=\"1\" parent=\"1\" source=\"shop\" "
    "target=\"t4\"><mxGeometry relative=\"1\" as=\"geometry\"/></mxCell>\n"
    "<mxCell id=\"e14\" value=\"book courier\" edge=\"1\" parent=\"1\" source=\"t1\" "
    "target=\"sc\"><mxGeometry relative=\"1\" as=\"geometry\"/></mxCell>\n"
    "<mxCell id=\"e15\" value=\"create refund\" edge=\"1\" parent=\"1\" source=\"t2\" "
    "target=\"mo\"><mxGeometry relative=\"1\" as=\"geometry\"/></mxCell>\n"
    "<mxCell id=\"e16\" value=\"send\" edge=\"1\" parent=\"1\" source=\"t3\" "
    "target=\"cust\"><mxGeometry relative=\"1\" as=\"geometry\"/></mxCell>\n"
    "</root></mxGraphModel>\n";

/* The page (in two literals: one would pass the length C99 compilers must take). */
static char FLORIST[8192];

static void test_configurer_after_outsiders_drawio(void **state) {
  (void)state;
  snprintf(FLORIST, sizeof FLORIST, "%s%s", FLORIST_CELLS, FLORIST_EDGES);
  tmc_ir *ir = analysed_as("t.drawio", FLORIST);
  assert_int_equal(ir->n_paths, 15);
  assert_true(path_shown(ir, "cust", "t4"));
  assert_true(path_shown(ir, "cust", "shop"));
  assert_true(paths_starting(ir, "own") <= 3);
  tmc_ir_free(ir);
  /* quiet: the worker mails the owner a weekly report: a user */
  char quiet[8192];
  const char *at = strstr(FLORIST, "<mxCell id=\"e16\"");
  snprintf(quiet, sizeof quiet,
           "%.*s<mxCell id=\"e17\" value=\"weekly sales report\" edge=\"1\" parent=\"1\" "
           "source=\"w\" target=\"own\"><mxGeometry relative=\"1\" "
           "as=\"geometry\"/></mxCell>%s",
           (int)(at - FLORIST), FLORIST, at);
  ir = analysed_as("t.drawio", quiet);
  assert_false(path_shown(ir, "cust", "t4"));
  assert_true(paths_starting(ir, "own") >= 8);
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_configurer_after_outsiders_dot),
      cmocka_unit_test(test_configurer_after_outsiders_drawio),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
