/* test_shapes20.c - kinds from draw.io's Enterprise Integration Patterns
 * library (mxgraph.eip): routers, translators and endpoints are code, the
 * message store keeps what passes, channels are transport, and the message
 * glyphs drawn on a channel are pictures of what flows, no elements; LLMs
 * by their vendors' names, regional ones too. The diagrams are this
 * file's own. */
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
  tmc_ir *ir = drawio_analysed(xml, "names");
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

/* LLMs by the names their vendors give them, regional ones too, are LLMs;
 * a name that is a common word elsewhere makes none without the version
 * or vendor that makes it one (a security agent, a data engine, a solar
 * inverter, a log filter). */
static void test_llm_names(void **state) {
  (void)state;
  static const char *const llms[] = {
      "ERNIE Bot 4.0",      "Doubao-pro",          "HyperCLOVA X",  "Kimi K2 (Moonshot)",
      "EXAONE 3.5",         "Falcon 180B",         "GLM-4 (Zhipu)", "Jais 30B",
      "Solar 10.7B",        "Typhoon 2 (SCB 10X)", "Sarvam-1",      "SEA-LION",
      "Titan Text Express", "Amazon Nova Pro",     "Grok 2",        "o3-mini",
      "iFlytek Spark 4.0",  "Baichuan2",           "Hunyuan",       "Jamba 1.5"};
  static const char *const others[] = {"CrowdStrike Falcon sensor",
                                       "Apache Spark cluster", "Solar inverter gateway",
                                       "Logstash grok filter"};
  char dot[4096];
  for (int quiet = 0; quiet < 2; quiet++) {
    size_t n = quiet ? sizeof others / sizeof *others : sizeof llms / sizeof *llms;
    int len = snprintf(dot, sizeof dot, "digraph g {\n  app [label=\"Backend\"];\n");
    for (size_t i = 0; i < n; i++)
      len += snprintf(dot + len, sizeof dot - (size_t)len,
                      "  m%zu [label=\"%s\"]; app -> m%zu [label=\"prompt\"];\n"
                      "  m%zu -> app [label=\"completion\"];\n",
                      i, quiet ? others[i] : llms[i], i, i);
    snprintf(dot + len, sizeof dot - (size_t)len, "}\n");
    tmc_ir *ir = analyse_with(dot, cat, "names");
    for (size_t i = 0; i < n; i++) {
      char id[32];
      snprintf(id, sizeof id, "m%zu", i);
      tmc_kind k = ir->elements[elem(ir, id)].kind;
      if ((k == TMC_KIND_LLM) == (quiet != 0))
        fail_msg("'%s' is %s", quiet ? others[i] : llms[i], tmc_kind_name(k));
    }
    tmc_ir_free(ir);
  }
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_eip_library),
      cmocka_unit_test(test_llm_names),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
