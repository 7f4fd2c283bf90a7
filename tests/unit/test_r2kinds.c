/* test_r2kinds.c - kinds and entries from real drawings (r2kinds, issue
 * #15): a SaaS vendor's product named by the vendor and what it does ("X
 * Customer Service", "SMS gateway (X)") is the vendor's, an external entity,
 * while the system's code named for a vendor ("X sync service") stays a
 * process; an agent's tool another party hosts ("partner-hosted", a zone of
 * partner-hosted plugins, "plugin by X") is an entry point, while the
 * system's own tool beside it is not. Wordings are this file's own (no test
 * set uses them). */
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

/* DOT, a dental chain: appointment reminders through a help-desk SaaS and
 * an SMS vendor, both named by the vendor and what its product does.
 * Quiet: the chain's own sync service named for the vendor, its own
 * notification gateway. */
static void test_vendor_products_dot(void **state) {
  (void)state;
  static const char dot[] = "digraph d {\n"
                            " node [shape=box];\n"
                            " subgraph cluster_c { label=\"Clinic group data centre\";\n"
                            "  book [label=\"Booking service\"];\n"
                            "  sync [label=\"Freshdesk sync service\"];\n"
                            "  notif [label=\"Notification gateway\"];\n"
                            "  db [label=\"Appointments\", shape=cylinder];\n"
                            " }\n"
                            " desk [label=\"Freshdesk customer service\"];\n"
                            " sms [label=\"SMS gateway (Infobip)\"];\n"
                            " book -> db; db -> sync; sync -> desk [label=\"tickets\"];\n"
                            " book -> notif; notif -> sms [label=\"reminder texts\"];\n"
                            "}\n";
  tmc_ir *ir = analyse_with(dot, cat, NULL);
  assert_int_equal(kind_at(ir, "desk"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "sms"), TMC_KIND_EXTERNAL);
  /* quiet */
  assert_int_equal(kind_at(ir, "sync"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "notif"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "book"), TMC_KIND_PROCESS);
  tmc_ir_free(ir);
}

/* draw.io, a logistics firm: a field-service vendor's product drawn as a
 * card beside the firm's zone and inside it. Quiet: the firm's sync service
 * for that vendor, its dispatch app. */
static void test_vendor_product_drawio(void **state) {
  (void)state;
  static const char xml[] = HEAD ZONE("z", "Logistics VPC", 0, 0, 600, 400)
      C("relay", "z", "Dynamics 365 sync service", CARD, 20, 40, 160, 60)
          C("ops", "z", "Dispatch app", CARD, 300, 40, 140, 60)
              C("crm", "1", "Dynamics 365 Field Service", CARD, 700, 40, 160, 60)
                  C("sched", "z", "Salesforce scheduling service", CARD, 20, 240, 160, 60)
                      E("e1", "crm", "relay") E("e2", "relay", "ops")
                          E("e3", "ops", "sched") TAIL;
  tmc_ir *ir = drawio_analysed(xml, NULL);
  assert_int_equal(kind_at(ir, "crm"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "sched"), TMC_KIND_EXTERNAL);
  /* quiet */
  assert_int_equal(kind_at(ir, "relay"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "ops"), TMC_KIND_PROCESS);
  tmc_ir_free(ir);
}

/* DOT, a physiotherapy clinic: vendors' products drawn inside the clinic's
 * own cluster, named by what they do with the vendor as the aside. Quiet:
 * the clinic's worker named for the same vendor, its reminder service. */
static void test_vendor_aside_dot(void **state) {
  (void)state;
  static const char dot[] = "digraph d {\n"
                            " node [shape=box];\n"
                            " subgraph cluster_z { label=\"Clinic network\";\n"
                            "  portal [label=\"Booking portal (Calendly)\"];\n"
                            "  sign [label=\"e-Signature service (DocuSign)\"];\n"
                            "  worker [label=\"Signing worker (DocuSign)\"];\n"
                            "  rem [label=\"Reminder service\"];\n"
                            " }\n"
                            " portal -> rem; sign -> rem; worker -> rem;\n"
                            "}\n";
  tmc_ir *ir = analyse_with(dot, cat, NULL);
  assert_int_equal(kind_at(ir, "portal"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "sign"), TMC_KIND_EXTERNAL);
  /* quiet */
  assert_int_equal(kind_at(ir, "worker"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "rem"), TMC_KIND_PROCESS);
  tmc_ir_free(ir);
}

/* DOT, the vendor's own diagram: a help-desk company draws its product's
 * parts inside a cluster named for itself. Quiet: its portal and service
 * are its own components, not a vendor's product. */
static void test_vendor_own_diagram_dot(void **state) {
  (void)state;
  static const char dot[] =
      "digraph d {\n"
      " node [shape=box];\n"
      " agentp [label=\"Support agent\", shape=circle];\n"
      " subgraph cluster_f { label=\"Freshdesk production (AWS)\";\n"
      "  portal [label=\"Freshdesk agent portal\"];\n"
      "  svc [label=\"Freshdesk ticket service\"];\n"
      "  db [label=\"Tickets\", shape=cylinder];\n"
      " }\n"
      " agentp -> portal; portal -> svc; svc -> db;\n"
      "}\n";
  tmc_ir *ir = analyse_with(dot, cat, NULL);
  /* quiet */
  assert_int_equal(kind_at(ir, "portal"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "svc"), TMC_KIND_PROCESS);
  tmc_ir_free(ir);
}

/* DOT, an insurer's claims assistant: the agent calls a partner-hosted
 * plugin and its own tool. The partner's plugin answers with the partner's
 * text: an entry. Quiet: the insurer's own tool. */
static void test_partner_hosted_tool_dot(void **state) {
  (void)state;
  static const char dot[] =
      "digraph d {\n"
      " node [shape=box];\n"
      " user [label=\"Policyholder\", shape=circle];\n"
      " subgraph cluster_i { label=\"Insurer cloud\";\n"
      "  agent [label=\"Claims agent (tool loop)\"];\n"
      "  llm [label=\"GPT-4o\"];\n"
      "  own [label=\"create_claim tool\", shape=component];\n"
      " }\n"
      " subgraph cluster_p { label=\"Partner plugins\";\n"
      "  repair [label=\"Garage finder plugin\\npartner-hosted\", shape=component];\n"
      " }\n"
      " user -> agent [label=\"chat\"]; agent -> llm [label=\"prompt + tool specs\"];\n"
      " llm -> agent [label=\"tool calls\"];\n"
      " agent -> own [label=\"create_claim(policy)\"]; own -> agent;\n"
      " agent -> repair [label=\"find_garages(postcode)\"];\n"
      " repair -> agent [label=\"garage listings\"];\n"
      "}\n";
  tmc_ir *ir = analyse_with(dot, cat, NULL);
  assert_int_equal(kind_at(ir, "repair"), TMC_KIND_AGENT_TOOL);
  assert_true(entry_at(ir, "repair"));
  /* quiet */
  assert_false(entry_at(ir, "own"));
  tmc_ir_free(ir);
}

/* draw.io, a school's homework helper: a zone of vendor-hosted extensions
 * holds a dictionary plugin, and a marketplace plugin names its publisher
 * ("by"). Both answer the agent: entries. Quiet: the school's own tool. */
static void test_tools_elsewhere_drawio(void **state) {
  (void)state;
  static const char xml[] = HEAD ZONE("z", "School tenant", 0, 0, 600, 400)
      ZONE("v", "Vendor-hosted extensions", 700, 0, 400, 400)
          C("agent", "z", "Homework agent (agent loop)", CARD, 20, 40, 160, 60)
              C("llm", "z", "Claude Haiku", CARD, 300, 40, 140, 60)
                  C("own", "z", "grade_lookup tool", CARD, 20, 200, 160, 60)
                      C("dict", "v", "Dictionary plugin", CARD, 720, 40, 160, 60)
                          C("maths", "1", "Graphing plugin by PlotPal", CARD, 720, 500,
                            160, 60) E("e1", "agent", "llm") E("e2", "llm", "agent")
                              E("e3", "agent", "own") E("e4", "own", "agent")
                                  E("e5", "agent", "dict") E("e6", "dict", "agent")
                                      E("e7", "agent", "maths") E("e8", "maths", "agent")
                                          TAIL;
  tmc_ir *ir = drawio_analysed(xml, NULL);
  assert_true(entry_at(ir, "dict"));
  assert_true(entry_at(ir, "maths"));
  /* quiet */
  assert_false(entry_at(ir, "own"));
  tmc_ir_free(ir);
}

/* DOT, a ferry ticketing firm (round 2, twenty-seventh session): its
 * storefront drawn in the cloud's public subnets and its status page in a
 * zone named its public web are its own parts that face the internet, not
 * the internet: boxes there are components, and the zones are trust 1 like
 * a DMZ. Quiet: a box in the public internet stays the outside. */
static void test_public_subnets_dot(void **state) {
  (void)state;
  static const char dot[] =
      "digraph d {\n"
      " node [shape=box];\n"
      " subgraph cluster_pub { label=\"ap-southeast-2 / public subnets\";\n"
      "  shop [label=\"Sailings storefront Remix SSR, sailaway.example\"]; }\n"
      " subgraph cluster_web { label=\"Public web (Cloud Run)\";\n"
      "  status [label=\"Timetable board\"]; }\n"
      " subgraph cluster_priv { label=\"ap-southeast-2 / private subnets\";\n"
      "  api [label=\"Booking API\"];\n"
      "  db [label=\"Bookings\", shape=cylinder]; }\n"
      " subgraph cluster_net { label=\"Public internet\";\n"
      "  scraper [label=\"Fare scraper\"]; }\n"
      " scraper -> shop; shop -> api; status -> api; api -> db;\n"
      "}\n";
  tmc_ir *ir = analyse_with(dot, cat, NULL);
  assert_int_equal(kind_at(ir, "shop"), TMC_KIND_PROCESS);
  assert_false(entry_at(ir, "shop"));
  for (uint32_t b = 0; b < ir->n_boundaries; b++)
    if (strstr(ir->boundaries[b].label, "public subnets") ||
        strstr(ir->boundaries[b].label, "Public web"))
      assert_int_equal(ir->boundaries[b].trust, 1);
  /* quiet */
  assert_int_equal(kind_at(ir, "scraper"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "api"), TMC_KIND_PROCESS);
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_vendor_products_dot),
      cmocka_unit_test(test_vendor_product_drawio),
      cmocka_unit_test(test_vendor_aside_dot),
      cmocka_unit_test(test_vendor_own_diagram_dot),
      cmocka_unit_test(test_partner_hosted_tool_dot),
      cmocka_unit_test(test_tools_elsewhere_drawio),
      cmocka_unit_test(test_public_subnets_dot),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
