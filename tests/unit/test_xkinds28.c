/* test_xkinds28.c - element kinds across the tuning sets (xkinds28):
 * another organisation's service named alone on its name line, by its
 * product or owner ("... Payroll API", a bare brand), whose detail line
 * names what it holds ("staff archive", "payslip archive") is that party's
 * service, an external entity, not a store of ours. Each with quiet
 * near-misses: the same detail under a name of ours in lower case, built
 * with a store's technology, drawn as a store, or inside the system's own
 * zone keeps its store. Wordings are this file's own (no test set uses
 * them). */
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

/* DOT, a vets' practice with no zones drawn: an HR vendor named by its
 * brand alone hands the rota job its staff archive. Quiet: the practice's
 * own archive named in lower case, its kennel book on Postgres, and a
 * vendor's archive drawn as a cylinder. */
static void test_brand_detail_dot(void **state) {
  (void)state;
  static const char dot[] =
      "digraph vet {\n"
      "  node [shape=box];\n"
      "  hr [label=\"Peoplefolk\\nstaff archive (contracts, payslips)\"];\n"
      "  sync [label=\"Rota sync job\"];\n"
      "  rota [label=\"rota_archive\\nshift records, 2019 on\"];\n"
      "  pg [label=\"Kennel book\\nboarding records (Postgres)\"];\n"
      "  cyl [shape=cylinder, label=\"Crewbase\\nroster archive\"];\n"
      "  hr -> sync [label=\"CSV via API\"];\n"
      "  sync -> rota; sync -> pg; sync -> cyl;\n"
      "}\n";
  tmc_ir *ir = analyse_with(dot, cat, NULL);
  assert_int_equal(kind_at(ir, "hr"), TMC_KIND_EXTERNAL);
  /* quiet */
  assert_int_equal(kind_at(ir, "rota"), TMC_KIND_DATA_STORE);
  assert_int_equal(kind_at(ir, "pg"), TMC_KIND_DATA_STORE);
  assert_int_equal(kind_at(ir, "cyl"), TMC_KIND_DATA_STORE);
  tmc_ir_free(ir);
}

/* draw.io, the same practice's payroll: beside its Azure container a
 * payroll vendor's API whose detail says it keeps every payslip, read by
 * the practice's sync code. Quiet: a roster archive drawn the same way
 * inside the practice's container. */
static void test_vendor_api_detail_drawio(void **state) {
  (void)state;
  static const char xml[] = HEAD ZONE("z", "Clinic Azure subscription", 300, 0, 600, 400)
      C("pay", "z", "payroll-sync", CARD, 20, 40, 140,
        60) C("mine", "z", "Crewbase&lt;br&gt;roster archive (shifts, swaps)", CARD, 300,
              40, 160, 60)
          V("ven",
            "Paysmith Payroll API&lt;br&gt;every employee's payslip archive (org token)",
            CARD, 0, 40, 200, 60) LINK("e1", "pay", "ven", "GET payslips")
              LINK("e2", "ven", "pay", "payslip rows")
                  LINK("e3", "mine", "pay", "shift totals") TAIL;
  tmc_ir *ir = drawio_analysed(xml, NULL);
  assert_int_equal(kind_at(ir, "ven"), TMC_KIND_EXTERNAL);
  /* quiet */
  assert_int_equal(kind_at(ir, "mine"), TMC_KIND_DATA_STORE);
  assert_int_equal(kind_at(ir, "pay"), TMC_KIND_PROCESS);
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_brand_detail_dot),
      cmocka_unit_test(test_vendor_api_detail_drawio),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
