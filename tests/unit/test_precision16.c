/* test_precision16.c - ids whose precondition the system must meet
 * (precision16, cause D of blind13/blind14). Each test draws a family twice
 * or more, in wordings the tuning sets did not use: once where the
 * precondition holds (the id is raised), once where the system makes it
 * impossible (it is not): the internet on the way into an ML platform
 * (AML.T0049), a tool that can delete or overwrite (AML.T0101), a memory
 * written from conversations (AML.T0080.000), training data from a third
 * party (AML.T0010.002), an LLM the organisation trains (LLM04). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "engine_helpers.h"

/* A zone that says it has no internet ("air-gapped", "no internet access",
 * "VPN-only") is not the outside, though it says "internet": nothing in it
 * is untrusted. A zone named the internet still is. */
static void test_cut_off_zone_not_outside(void **state) {
  (void)state;
  static const char *const cut[] = {"Plant OT network (air-gapped)",
                                    "Factory LAN - no internet access",
                                    "Lab subnet, VPN-only, not internet-facing", NULL};
  for (const char *const *z = cut; *z; z++) {
    char dot[1024];
    snprintf(
        dot, sizeof dot,
        "digraph z {\n"
        "  subgraph cluster_z { label=\"%s\";\n"
        "    hmi [label=\"Line HMI\"]; hist [type=data_store, label=\"Historian\"];\n"
        "  }\n"
        "  hmi -> hist;\n"
        "}\n",
        *z);
    tmc_ir *ir = analyse_with(dot, cat, NULL);
    assert_int_not_equal(tmc_ir_element_trust(ir, elem(ir, "hmi")), 0);
    tmc_ir_free(ir);
  }
  static const char open[] = "digraph z {\n"
                             "  subgraph cluster_z { label=\"Public internet\";\n"
                             "    kiosk [label=\"Kiosk app\"];\n"
                             "  }\n"
                             "  subgraph cluster_c { label=\"Corporate\";\n"
                             "    api [label=\"Orders API\"];\n"
                             "  }\n"
                             "  kiosk -> api;\n"
                             "}\n";
  tmc_ir *ir = analyse_with(open, cat, NULL);
  assert_int_equal(tmc_ir_element_trust(ir, elem(ir, "kiosk")), 0);
  tmc_ir_free(ir);
}

/* Exploiting a public-facing application (AML.T0049) needs the internet on
 * the way in: staff reaching an ML platform through its internal portal
 * keep the platform finding (TMC-MLOPS-004) without the id; the public, a
 * partner's team or a zone named the internet in front of the same
 * platform raise it. */
static void test_ml_platform_internet(void **state) {
  (void)state;
  static const char head[] = "digraph p {\n"
                             "  who [type=external, label=\"%s\"];\n"
                             "  %s\n"
                             "  subgraph cluster_p { label=\"ML platform\";\n"
                             "    portal [label=\"Training portal\"];\n"
                             "    reg [type=model_registry, label=\"Model registry\"];\n"
                             "    job [type=pipeline, label=\"Fine-tuning job\"];\n"
                             "    data [type=dataset, label=\"Curated examples\"];\n"
                             "  }\n"
                             "  who -> %s [label=\"submit run\"];\n"
                             "  %s\n"
                             "  portal -> reg [label=\"register version\"];\n"
                             "  data -> job; job -> reg [label=\"new version\"];\n"
                             "}\n";
  char dot[2048];
  /* staff, straight into the portal */
  static const char *const staff[] = {"ML engineers", "Quant researchers (desk staff)",
                                      NULL};
  for (const char *const *w = staff; *w; w++) {
    snprintf(dot, sizeof dot, head, *w, "", "portal", "");
    tmc_ir *ir = analyse_with(dot, cat, NULL);
    const tmc_finding *f = finding(ir, "TMC-MLOPS-004", "reg");
    assert_non_null(f);
    assert_false(cites(f, "AML.T0049"));
    assert_false(ir->elements[elem(ir, "reg")].facts.internet_facing);
    tmc_ir_free(ir);
  }
  /* the public, or a partner's team, or the internet zone in front */
  static const char *const outside[] = {"Anonymous visitors", "Partner universities",
                                        "Hobbyist users", NULL};
  for (const char *const *w = outside; *w; w++) {
    snprintf(dot, sizeof dot, head, *w, "", "portal", "");
    tmc_ir *ir = analyse_with(dot, cat, NULL);
    assert_true(cites(finding(ir, "TMC-MLOPS-004", "reg"), "AML.T0049"));
    tmc_ir_free(ir);
  }
  snprintf(
      dot, sizeof dot, head, "ML engineers",
      "subgraph cluster_i { label=\"Internet\"; edge_proxy [label=\"Edge proxy\"]; }",
      "edge_proxy", "edge_proxy -> portal;");
  tmc_ir *ir = analyse_with(dot, cat, NULL);
  assert_true(cites(finding(ir, "TMC-MLOPS-004", "reg"), "AML.T0049"));
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_cut_off_zone_not_outside),
      cmocka_unit_test(test_ml_platform_internet),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
