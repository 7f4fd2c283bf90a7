/* test_r2person.c - recognising people (r2person): an outside party is a
 * person (facts.person) when its head noun names a role, a job or a team
 * (words.yaml people_heads: "Lettings clerk", "Repairs team"), whatever
 * other words its name uses; a product whose own head ends in such a word ("Microsoft
 * Teams") or a vendor stays no person. Content others publish that names
 * who picks it ("Partner blogs + Atom feeds (picked by the reviewers)") is
 * no staff. Domains and wordings of this file's own (a housing association,
 * a school trust's newsletter). */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "path_helpers.h"

/* DOT, a housing association's repairs portal: a clerk and a team named
 * by their roles are people; the chat product and the payment vendor are
 * not; the feed of partner blogs is content, not staff. */
static void test_role_heads_dot(void **state) {
  (void)state;
  static const char dot[] =
      "digraph housing {\n"
      " node [shape=box];\n"
      " clerk [label=\"Lettings clerk\"];\n"
      " team [label=\"Repairs team\"];\n"
      " chat [label=\"Microsoft Teams\"];\n"
      " pay [label=\"Stripe\"];\n"
      " blogs [label=\"Partner blogs + Atom feeds\\n(picked by the reviewers)\"];\n"
      " subgraph cluster_ha { label=\"Association network\"; style=dashed;\n"
      "  portal [label=\"Repairs portal (Django)\"];\n"
      "  db [shape=cylinder, label=\"Tenancy records\\n(Postgres)\"];\n"
      " }\n"
      " clerk -> portal [label=\"new tenancies\"]; team -> portal [label=\"job "
      "updates\"];\n"
      " portal -> chat [label=\"alerts\"]; portal -> pay [label=\"rent charges\"];\n"
      " blogs -> portal [label=\"news items\"]; portal -> db;\n"
      "}\n";
  tmc_ir *ir = analysed(dot);
  assert_int_equal(kind_at(ir, "clerk"), TMC_KIND_EXTERNAL);
  assert_true(elem_at(ir, "clerk")->facts.person);
  assert_int_equal(kind_at(ir, "team"), TMC_KIND_EXTERNAL);
  assert_true(elem_at(ir, "team")->facts.person);
  assert_false(elem_at(ir, "chat")->facts.person);
  assert_false(elem_at(ir, "pay")->facts.person);
  assert_false(elem_at(ir, "blogs")->facts.person);
  assert_false(elem_at(ir, "blogs")->facts.staff);
  tmc_ir_free(ir);
}

/* draw.io, a school trust's newsletter: the safeguarding officers drawn as
 * an ellipse outside are people by their head noun; the mail vendor drawn
 * as a plain box outside is not. */
static const char trust_drawio[] =
    "<mxfile><diagram name=\"trust\"><mxGraphModel><root><mxCell id=\"0\"/><mxCell "
    "id=\"1\" parent=\"0\"/>\n"
    "<mxCell id=\"b\" value=\"Safeguarding officers\" "
    "style=\"ellipse;\" vertex=\"1\" parent=\"1\"><mxGeometry x=\"20\" "
    "y=\"40\" width=\"60\" height=\"60\" as=\"geometry\"/></mxCell>\n"
    "<mxCell id=\"z\" value=\"Trust systems (Azure)\" style=\"swimlane;dashed=1;\" "
    "vertex=\"1\" parent=\"1\"><mxGeometry x=\"200\" y=\"0\" width=\"400\" "
    "height=\"300\" as=\"geometry\"/></mxCell>\n"
    "<mxCell id=\"n\" value=\"Newsletter app (Flask)\" style=\"rounded=1;\" vertex=\"1\" "
    "parent=\"z\"><mxGeometry x=\"20\" y=\"40\" width=\"120\" height=\"40\" "
    "as=\"geometry\"/></mxCell>\n"
    "<mxCell id=\"m\" value=\"Mailgun\" style=\"rounded=0;\" vertex=\"1\" parent=\"1\">"
    "<mxGeometry x=\"700\" y=\"40\" width=\"100\" height=\"40\" "
    "as=\"geometry\"/></mxCell>\n"
    "<mxCell id=\"f1\" value=\"draft issues\" edge=\"1\" source=\"b\" target=\"n\" "
    "parent=\"1\"><mxGeometry relative=\"1\" as=\"geometry\"/></mxCell>\n"
    "<mxCell id=\"f2\" value=\"send\" edge=\"1\" source=\"n\" target=\"m\" "
    "parent=\"1\"><mxGeometry relative=\"1\" as=\"geometry\"/></mxCell>\n"
    "</root></mxGraphModel></diagram></mxfile>\n";

static void test_role_head_drawio(void **state) {
  (void)state;
  tmc_ir *ir = analysed_as("trust.drawio", trust_drawio);
  assert_int_equal(kind_at(ir, "b"), TMC_KIND_EXTERNAL);
  assert_true(elem_at(ir, "b")->facts.person);
  assert_false(elem_at(ir, "m")->facts.person);
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_role_heads_dot),
      cmocka_unit_test(test_role_head_drawio),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
