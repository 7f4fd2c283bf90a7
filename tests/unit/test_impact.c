/* test_impact.c - business impact and owners (issue #20 item 2): impact= and
 * owner= as written on DOT and draw.io assets win; otherwise an asset's
 * impact follows from its data (personal data: privacy and regulatory) and
 * its kind (a model of our own: IP loss; an LLM outsiders talk to:
 * reputation), with source and evidence; the Markdown report's register and
 * top risks say the business impact per finding and path, the summary opens
 * with the business risks that matter most, inferred impacts and owners are
 * assumptions to confirm, and the mitigation plan's work is grouped by owner. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "backends/backends.h"
#include "engine_helpers.h"

static const char api[] =
    "digraph api {\n"
    "  partner [type=external, label=\"Partner app\"];\n"
    "  subgraph cluster_dmz { label=\"DMZ\"; gw [label=\"Public gateway\"]; }\n"
    "  subgraph cluster_in { label=\"Internal\";\n"
    "    churn [type=model, label=\"Churn model\"];\n"
    "    crm [type=data_store, label=\"Customer records\", data=pii];\n"
    "    ledger [type=data_store, label=\"Ledger\", impact=\"financial, regulatory\", "
    "owner=\"finance-platform\"];\n"
    "    vendor [type=model, label=\"Vendor scorer\", source=third_party];\n"
    "  }\n"
    "  partner -> gw; gw -> partner; gw -> churn; churn -> gw;\n"
    "  gw -> crm; crm -> gw; gw -> ledger; gw -> vendor; vendor -> gw;\n"
    "}\n";

/* The same kinds of things, drawn in draw.io with other words. */
static const char drawio[] =
    "<mxfile><diagram id=\"p\" name=\"P\"><mxGraphModel><root>"
    "<mxCell id=\"0\"/><mxCell id=\"1\" parent=\"0\"/>"
    "<mxCell id=\"u\" value=\"Visitor\" style=\"shape=umlActor;\" vertex=\"1\" "
    "parent=\"1\">"
    "<mxGeometry x=\"0\" y=\"0\" width=\"40\" height=\"60\" as=\"geometry\"/></mxCell>"
    "<object id=\"bot\" label=\"Help assistant\" type=\"llm\">"
    "<mxCell style=\"rounded=1;\" vertex=\"1\" parent=\"1\">"
    "<mxGeometry x=\"200\" y=\"0\" width=\"120\" height=\"60\" as=\"geometry\"/></mxCell>"
    "</object>"
    "<object id=\"hr\" label=\"Staff files\" type=\"data_store\" "
    "impact=\"privacy,safety\" "
    "owner=\"Security\">"
    "<mxCell style=\"shape=cylinder3;\" vertex=\"1\" parent=\"1\">"
    "<mxGeometry x=\"400\" y=\"0\" width=\"80\" height=\"80\" as=\"geometry\"/></mxCell>"
    "</object>"
    "<mxCell id=\"e1\" edge=\"1\" parent=\"1\" source=\"u\" target=\"bot\"><mxGeometry "
    "relative=\"1\" as=\"geometry\"/></mxCell>"
    "<mxCell id=\"e2\" edge=\"1\" parent=\"1\" source=\"bot\" target=\"u\"><mxGeometry "
    "relative=\"1\" as=\"geometry\"/></mxCell>"
    "<mxCell id=\"e3\" edge=\"1\" parent=\"1\" source=\"bot\" target=\"hr\"><mxGeometry "
    "relative=\"1\" as=\"geometry\"/></mxCell>"
    "</root></mxGraphModel></diagram></mxfile>";

#define HAS(set, i) (((set)&TMC_IMPACTSET(TMC_IMPACT_##i)) != 0)

static tmc_ir *analyse_drawio(void) {
  reset_diags();
  return ir_analysed("t.drawio", drawio, strlen(drawio), cat, NULL, &diags);
}

static void test_declared(void **state) {
  (void)state;
  tmc_ir *ir = analyse_with(api, cat, NULL);
  const tmc_element *l = &ir->elements[elem(ir, "ledger")];
  assert_true(HAS(l->impact, FINANCIAL) && HAS(l->impact, REGULATORY));
  assert_false(HAS(l->impact, PRIVACY));
  assert_int_equal(l->impact_why.source, TMC_SOURCE_ATTRIBUTE);
  assert_string_equal(l->owner, "finance-platform");
  assert_int_equal(l->owner_why.source, TMC_SOURCE_ATTRIBUTE);
  tmc_ir_free(ir);
  ir = analyse_drawio();
  const tmc_element *h = &ir->elements[elem(ir, "hr")];
  assert_true(HAS(h->impact, PRIVACY) && HAS(h->impact, SAFETY));
  assert_int_equal(h->impact_why.source, TMC_SOURCE_ATTRIBUTE);
  assert_string_equal(h->owner, "security");
  tmc_ir_free(ir);
}

static void test_inferred(void **state) {
  (void)state;
  tmc_ir *ir = analyse_with(api, cat, NULL);
  const tmc_element *c = &ir->elements[elem(ir, "crm")];
  assert_true(HAS(c->impact, PRIVACY) && HAS(c->impact, REGULATORY));
  assert_int_equal(c->impact_why.source, TMC_SOURCE_DATA);
  assert_string_equal(c->owner, "data");
  const tmc_element *m = &ir->elements[elem(ir, "churn")];
  assert_true(HAS(m->impact, IP_LOSS));
  assert_false(HAS(m->impact, REPUTATION)); /* a classifier, not an LLM */
  assert_int_equal(m->impact_why.source, TMC_SOURCE_KIND);
  assert_string_equal(m->owner, "mlops");
  /* A vendor's model is not IP we can lose. */
  assert_false(HAS(ir->elements[elem(ir, "vendor")].impact, IP_LOSS));
  tmc_ir_free(ir);
  ir = analyse_drawio();
  const tmc_element *b = &ir->elements[elem(ir, "bot")];
  assert_true(HAS(b->impact, REPUTATION) && HAS(b->impact, IP_LOSS));
  tmc_ir_free(ir);
}

static void test_unknown_impact_warns(void **state) {
  (void)state;
  tmc_ir *ir =
      analyse_with("digraph g { s [type=data_store, impact=\"fame\"]; }", cat, NULL);
  bool warned = false;
  for (uint32_t i = 0; i < diags.n; i++)
    warned |= strstr(diags.v[i].msg, "unknown impact 'fame'") != NULL;
  assert_true(warned);
  tmc_ir_free(ir);
}

static char *markdown(const tmc_ir *ir) {
  tmc_report_ctx ctx;
  memset(&ctx, 0, sizeof ctx);
  ctx.catalog = cat;
  tmc_diags d = TMC_DIAGS_INIT;
  tmc_buf b = TMC_BUF_INIT;
  assert_int_equal(tmc_backend_markdown(&b, ir, &ctx, &d), 0);
  tmc_diags_free(&d);
  return tmc_buf_detach(&b);
}

static void test_report(void **state) {
  (void)state;
  tmc_ir *ir = analyse_with(api, cat, NULL);
  char *md = markdown(ir);
  /* The summary opens with the business risks, before the counts. */
  const char *br = strstr(md, "business risks that matter most");
  assert_non_null(br);
  assert_true(br < strstr(md, "**Analysed:**"));
  assert_non_null(strstr(br, "- **IP loss**, likelihood "));
  /* Three different stories: the customer records' privacy is one of them. */
  const char *an = strstr(md, "**Analysed:**");
  const char *pv = strstr(br, "privacy harm**, likelihood");
  assert_true(pv && pv < an);
  /* Register and top risks have the column, and a row of the model says IP loss. */
  assert_non_null(strstr(md, "| Rule | Threat | Where | Business impact | Closed by |"));
  assert_non_null(strstr(md, "| Score | Severity | Risk | Where | Business impact |"));
  assert_non_null(strstr(md, "regulatory exposure, privacy harm"));
  /* Inferred impacts and owners are assumptions; written ones are not. */
  assert_non_null(
      strstr(md, "| Business impact | regulatory, privacy | [Customer records]"));
  assert_non_null(strstr(md, "| Owner | mlops |"));
  assert_null(strstr(md, "| Business impact | financial, regulatory |"));
  /* The plan's work grouped by owner, the written owner among them. */
  const char *w = strstr(md, "### Work by owner");
  assert_non_null(w);
  assert_non_null(strstr(w, "| mlops | "));
  assert_non_null(strstr(w, "| finance-platform | "));
  free(md);
  tmc_ir_free(ir);
}

/* Without assets of any worth, no business risk block. */
static void test_no_impact_no_block(void **state) {
  (void)state;
  tmc_ir *ir = analyse_with(
      "digraph g { a [type=external]; b [label=\"Worker\"]; a -> b; }", cat, NULL);
  char *md = markdown(ir);
  assert_null(strstr(md, "business risks that matter most"));
  free(md);
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_declared),
      cmocka_unit_test(test_inferred),
      cmocka_unit_test(test_unknown_impact_warns),
      cmocka_unit_test(test_report),
      cmocka_unit_test(test_no_impact_no_block),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
