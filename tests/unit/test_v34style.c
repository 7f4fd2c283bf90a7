/* test_v34style.c - drawing styles and label languages (v34style, from
 * tests/variants34): how a diagram is written or which language labels it
 * must not change what its elements are. Each test draws its own small
 * system in its own words (no test set uses them), with a quiet near-miss
 * where one applies. */
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

/* A UserObject card whose label is placeholders filled from its attributes,
 * the switch written into the style (placeholders=1), not on the wrapper. */
#define PH_CARD(id, parent, name, tech, style, x, y)                                     \
  "<UserObject label=\"&lt;b&gt;%name%&lt;/b&gt;&lt;br&gt;%tech%\" name=\"" name         \
  "\" tech=\"" tech "\" id=\"" id "\"><mxCell style=\"" style                            \
  "placeholders=1;\" vertex=\"1\" parent=\"" parent "\"><mxGeometry x=\"" #x             \
  "\" y=\"" #y "\" width=\"140\" height=\"60\" as=\"geometry\"/></mxCell></UserObject>"

/* draw.io: a clinic's booking service and its patient store, both labelled
 * "%name% / %tech%" with placeholders=1 in the style. The labels are the
 * attributes, so the store is a store and the service a process, not the
 * people a bare "%tech%" head would make them. Quiet: a wrapper without the
 * switch anywhere keeps its text as written. */
static void test_placeholders_in_style(void **state) {
  (void)state;
  static const char xml[] = HEAD ZONE("z", "Clinic cloud account", 0, 0, 700, 300)
      PH_CARD("svc", "z", "Appointment service", "Node.js container", CARD, 20, 40)
          PH_CARD(
              "db", "z", "Patient records", "PostgreSQL", DB, 300,
              40) "<UserObject label=\"%name%\" name=\"Reminder job\" id=\"raw\"><mxCell "
                  "style=\"rounded=1;html=1;\" vertex=\"1\" parent=\"z\"><mxGeometry "
                  "x=\"500\" "
                  "y=\"40\" width=\"100\" height=\"60\" "
                  "as=\"geometry\"/></mxCell></UserObject>" E("e1", "svc", "db")
                      E("e2", "raw", "db") TAIL;
  tmc_ir *ir = drawio_analysed(xml, NULL);
  const tmc_element *svc = elem_at(ir, "svc");
  assert_non_null(strstr(svc->label, "Appointment service"));
  assert_null(strstr(svc->label, "%name%"));
  assert_int_equal(svc->kind, TMC_KIND_PROCESS);
  assert_non_null(strstr(elem_at(ir, "db")->label, "Patient records"));
  assert_int_equal(kind_at(ir, "db"), TMC_KIND_DATA_STORE);
  /* quiet: no switch, the text stays as draw.io shows it */
  assert_non_null(strstr(elem_at(ir, "raw")->label, "%name%"));
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_placeholders_in_style),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
