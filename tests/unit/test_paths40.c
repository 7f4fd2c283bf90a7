/* test_paths40.c - a service the system calls and hears back from, drawn
 * as an outsider the reach pass makes an entry point, starts its paths as a
 * compromised response: one step less likely and after the people's (issue
 * #16 item 1, paths40).
 *
 * A customs-brokerage back office in DOT: importers upload declarations
 * through a portal; the declaration service asks a tariff classification
 * API and the customs authority's register (SOAP, with a client
 * certificate: a people word in a remark, no person) and hears back. A
 * conveyancing firm in draw.io: a case system that orders title searches
 * from a land registry drawn in a zone of others' services. The importers'
 * and the buyers' paths rank first; the services' paths say they start at a
 * called service and rank after them. A payment provider whose arrow says
 * webhook stays an entry point (anyone who reaches the endpoint forges
 * one), and so do the people. */
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

/* The outsiders are drawn first so that, by drawing order alone, their paths
 * would rank before the importers'. */
static const char *BROKER_DOT =
    "digraph brokerage {\n"
    "  tariff [label=\"HS tariff classification API\", shape=box];\n"
    "  register [label=\"Customs authority register\\n(SOAP, client certificate)\", "
    "shape=box3d];\n"
    "  pay [label=\"Card acquirer\", shape=box];\n"
    "  importers [label=\"Importers\", shape=ellipse];\n"
    "  subgraph cluster_dc { label=\"Broker data centre\";\n"
    "    portal [label=\"Declaration portal (Django)\"];\n"
    "    decl [label=\"Declaration service (Java)\"];\n"
    "    db [label=\"Declarations DB\\n(importer EORI, invoices)\", shape=cylinder];\n"
    "  }\n"
    "  importers -> portal [label=\"invoice PDF, goods list\"];\n"
    "  portal -> decl [label=\"declaration draft\"];\n"
    "  decl -> db [label=\"write\"];\n"
    "  db -> decl [label=\"read\"];\n"
    "  decl -> portal [label=\"status\"];\n"
    "  decl -> tariff [label=\"goods description\"];\n"
    "  tariff -> decl [label=\"HS code, duty rate\"];\n"
    "  decl -> register [label=\"lodge declaration\"];\n"
    "  register -> decl [label=\"MRN, clearance status\"];\n"
    "  decl -> pay [label=\"duty charge\"];\n"
    "  pay -> decl [label=\"payment webhook\"];\n"
    "}\n";

/* The same shapes in draw.io, another domain: the registry sits in a zone
 * of others' services (a swimlane) and is drawn as a plain box. */
#define V(id, label, style, parent)                                                      \
  "<mxCell id=\"" id "\" value=\"" label "\" style=\"" style "\" vertex=\"1\" "          \
  "parent=\"" parent "\"><mxGeometry x=\"20\" y=\"40\" width=\"80\" height=\"40\" "      \
  "as=\"geometry\"/></mxCell>"
#define E(id, label, s, t)                                                               \
  "<mxCell id=\"" id "\" value=\"" label "\" edge=\"1\" parent=\"1\" source=\"" s        \
  "\" target=\"" t "\"><mxGeometry relative=\"1\" as=\"geometry\"/></mxCell>"
static const char *CONVEY_DRAWIO =
    "<mxfile><diagram name=\"conveyancing\"><mxGraphModel><root>"
    "<mxCell id=\"0\"/><mxCell id=\"1\" parent=\"0\"/>"
    "<mxCell id=\"z1\" value=\"Third-party services\" style=\"swimlane;dashed=1;\" "
    "vertex=\"1\" parent=\"1\"><mxGeometry x=\"600\" width=\"200\" height=\"200\" "
    "as=\"geometry\"/></mxCell>"
    "<mxCell id=\"z2\" value=\"Firm network\" style=\"swimlane;dashed=1;\" "
    "vertex=\"1\" parent=\"1\"><mxGeometry x=\"200\" width=\"350\" height=\"300\" "
    "as=\"geometry\"/></mxCell>" V("titles", "HM Land titles office", "rounded=0;", "z1")
        V("buyers", "Home buyers", "shape=umlActor;",
          "1") V("intake", "Client intake web form (PHP)", "rounded=1;",
                 "z2") V("cases", "Case management system", "rounded=1;", "z2")
            V("files", "Case files (ID documents, mortgage offers)", "shape=cylinder3;",
              "z2") E("f1", "ID scans, offer letter", "buyers", "intake")
                E("f2", "new matter", "intake", "cases")
                    E("f3", "store", "cases", "files") E("f4", "read", "files", "cases")
                        E("f5", "title search request", "cases", "titles")
                            E("f6", "title register, charges", "titles",
                              "cases") "</root></mxGraphModel></diagram></mxfile>";

/* The reason hop 0 of a path from entry gives, of the first such path. */
static const char *start_reason(const tmc_ir *ir, const char *entry) {
  for (uint32_t i = 0; i < ir->n_paths; i++)
    if (ir->paths[i].entry == el(ir, entry))
      return ir->paths[i].hops[0].weakness;
  return NULL;
}

static bool called(const tmc_ir *ir, const char *entry) {
  const char *w = start_reason(ir, entry);
  return w && strstr(w, "a service the system calls") != NULL;
}

/* The display position of the first shown path from entry (to target,
 * unless NULL), or n_paths. */
static uint32_t first_of(const tmc_ir *ir, const char *entry, const char *target) {
  for (uint32_t i = 0; i < ir->n_paths; i++)
    if (ir->paths[i].entry == el(ir, entry) &&
        (!target || ir->paths[i].asset == el(ir, target)))
      return i;
  return ir->n_paths;
}

static void test_called_services_start_lower_dot(void **state) {
  (void)state;
  tmc_ir *ir = analysed_as("t.dot", BROKER_DOT);
  /* the reach pass still names them entry points ... */
  assert_true(ir->elements[el(ir, "tariff")].facts.is_entry);
  assert_true(ir->elements[el(ir, "register")].facts.is_entry);
  /* ... but their paths are a compromised response */
  assert_true(called(ir, "tariff"));
  assert_true(called(ir, "register"));
  /* a webhook sender and the people are where attackers start */
  assert_false(called(ir, "importers"));
  assert_true(path_shown(ir, "importers", "db"));
  assert_true(first_of(ir, "importers", NULL) < first_of(ir, "tariff", NULL));
  assert_true(first_of(ir, "importers", NULL) < first_of(ir, "register", NULL));
  /* to the declarations, the importers' path first */
  assert_true(first_of(ir, "importers", "db") < first_of(ir, "tariff", "db"));
  assert_true(first_of(ir, "importers", "db") < first_of(ir, "register", "db"));
  if (first_of(ir, "pay", NULL) < ir->n_paths)
    assert_false(called(ir, "pay"));
  tmc_ir_free(ir);
}

static void test_called_services_start_lower_drawio(void **state) {
  (void)state;
  tmc_ir *ir = analysed_as("t.drawio", CONVEY_DRAWIO);
  assert_true(ir->elements[el(ir, "titles")].facts.is_entry);
  assert_true(called(ir, "titles"));
  assert_false(called(ir, "buyers"));
  assert_true(path_shown(ir, "buyers", "files"));
  assert_true(first_of(ir, "buyers", "files") < first_of(ir, "titles", "files"));
  /* the registry's paths are one step less likely than their hops make them */
  for (uint32_t i = 0; i < ir->n_paths; i++)
    if (ir->paths[i].entry == el(ir, "titles"))
      assert_true(ir->paths[i].likelihood < 5);
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_called_services_start_lower_dot),
      cmocka_unit_test(test_called_services_start_lower_drawio),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
