/* test_shapes20.c - kinds from draw.io's Enterprise Integration Patterns
 * library (mxgraph.eip): routers, translators and endpoints are code, the
 * message store keeps what passes, channels are transport, and the message
 * glyphs drawn on a channel are pictures of what flows, no elements. The
 * diagram is this file's own. */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "engine_helpers.h"

#define V(id, value, style, x, y)                                                        \
  "<mxCell id=\"" id "\" value=\"" value "\" style=\"strokeWidth=2;outlineConnect=0;"    \
  "verticalLabelPosition=bottom;verticalAlign=top;shape=mxgraph.eip." style              \
  "\" vertex=\"1\" parent=\"1\"><mxGeometry x=\"" #x "\" y=\"" #y                        \
  "\" width=\"150\" height=\"90\" as=\"geometry\"/></mxCell>"
#define E(id, s, t, value)                                                               \
  "<mxCell id=\"" id "\" value=\"" value "\" edge=\"1\" parent=\"1\" source=\"" s        \
  "\" target=\"" t "\"><mxGeometry relative=\"1\" as=\"geometry\"/></mxCell>"

static tmc_ir *classified(const char *xml) {
  reset_diags();
  return ir_analysed("t.drawio", xml, strlen(xml), cat, "names", &diags);
}

static bool has(const tmc_ir *ir, const char *id) {
  for (uint32_t i = 0; i < ir->n_elements; i++)
    if (strcmp(ir->elements[i].id, id) == 0)
      return true;
  return false;
}

static void test_eip_library(void **state) {
  (void)state;
  static const char xml[] =
      "<mxGraphModel><root><mxCell id=\"0\"/><mxCell id=\"1\" parent=\"0\"/>" V(
          "gw", "Partner EDI gateway", "messaging_gateway;", 0,
          0) V("rt", "Route by region", "content_based_router;", 250,
               0) V("tr", "EDIFACT to JSON", "message_translator;", 500,
                    0) V("dl", "Rejected orders", "deadLetterChannel;", 250, 200)
          V("ms", "Order audit trail", "message_store;", 500, 200)
              V("ev", "", "message_1;", 380, 30) E("f1", "gw", "rt", "ORDERS messages")
                  E("f2", "rt", "tr", "EU orders") E("f3", "rt", "dl", "unroutable")
                      E("f4", "tr", "ms", "copies") "</root></mxGraphModel>";
  tmc_ir *ir = classified(xml);
  assert_int_equal(ir->elements[elem(ir, "gw")].kind, TMC_KIND_PROCESS);
  assert_int_equal(ir->elements[elem(ir, "rt")].kind, TMC_KIND_PROCESS);
  assert_int_equal(ir->elements[elem(ir, "tr")].kind, TMC_KIND_PROCESS);
  assert_int_equal(ir->elements[elem(ir, "ms")].kind, TMC_KIND_DATA_STORE);
  assert_false(has(ir, "ev")); /* a message glyph: a decoration */
  /* the store is one by its stencil: its words say no store */
  tmc_source src = ir->elements[elem(ir, "ms")].kind_source;
  assert_true(src == TMC_SOURCE_ICON || src == TMC_SOURCE_STYLE);
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_eip_library),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
