/* test_fe28.c - what rarely used drawing shapes hint (fe28; blind26 zubieta,
 * plotwise, hafnarbyggd, quaymoss). Drawn in this file's own words (a dairy,
 * a council's permit desk, a bike courier), each with a quiet near-miss:
 *   - draw.io's P&ID libraries are read as families (shapes.yaml rows whose
 *     token ends ".*"): a vessel of any kind is a store, a discrete
 *     instrument bubble a field instrument (the outside), the control
 *     system's other symbols and the plant's equipment a process at a card's
 *     weight, so any word decides; a row for one stencil beats its family's,
 *     and a family is matched at a dot only ("mxgraph.pid.vesselsX" is
 *     none); a label below the symbol is the symbol's own;
 *   - the Basic library's cloud in a rectangle is a cloud: someone else's
 *     service whatever its head says, unless it names a model;
 *   - Graphviz's house, invhouse, larrow, rarrow, egg and signature hint the
 *     outside and underline a store, each under a label word with no coin
 *     toss warned; cds hints nothing. */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "catalog/lexicon.h"
#include "drawio_macros.h"
#include "engine_helpers.h"

/* A P&ID symbol as draw.io's sidebar draws it: the label below it. */
#define PID(shape)                                                                       \
  "shape=" shape ";verticalLabelPosition=bottom;verticalAlign=top;html=1;pointerEvents=" \
  "1;"

static bool coin_toss_warned(void) {
  for (uint32_t i = 0; i < diags.n; i++)
    if (strstr(diags.v[i].msg, "is a coin toss"))
      return true;
  return false;
}

static void test_pid_libraries_are_families(void **state) {
  (void)state;
  const char *xml = HEAD ZONE("plant", "Dairy process network", 0, 0, 900, 500)
      /* a silo of the vessels library says nothing but store */
      C("recipes", "plant", "Batch recipes", PID("mxgraph.pid.vessels.silo"), 40, 60, 60,
        100)
      /* a DCS function and a PLC: the control system's code */
      C("dcs", "plant", "Pasteuriser control",
        PID("mxgraph.pid2inst.sharedCont;mounting=room"), 240, 60, 50, 50)
          C("plc", "plant", "Filler line 2",
            PID("mxgraph.pid2inst.progLogCont;mounting=field"), 420, 60, 50, 50)
      /* the words beat the family's hint: a pump labelled a database */
      C("pumpdb", "plant", "Lot genealogy database",
        PID("mxgraph.pid.pumps.centrifugal_pump_1"), 600, 60, 60, 60)
      /* quiet: not a family (no dot after the library's name) */
      C("odd", "plant", "Yield report", PID("mxgraph.pid.vesselsX.tank"), 240, 300, 60,
        60)
      /* an unlabelled tank named by the text drawn under it */
      C("tank", "plant", "", PID("mxgraph.pid.vessels.tank"), 600, 300, 60, 80)
          C("tankname", "plant", "Cleaning log", "text;html=1;align=center;", 580, 385,
            100, 20)
      /* a discrete instrument in the field: a transmitter */
      C("tt", "plant", "TT-104", PID("mxgraph.pid2inst.discInst;mounting=field"), 40, 300,
        50, 50) LINK("f1", "tt", "dcs", "temperature")
          LINK("f2", "dcs", "recipes", "batch id") LINK("f3", "plc", "pumpdb", "lot")
              LINK("f4", "dcs", "odd", "yield") LINK("f5", "plc", "tank", "CIP runs")
                  TAIL;
  tmc_ir *ir = drawio_analysed(xml, "classify");
  assert_int_equal(elem_at(ir, "recipes")->kind, TMC_KIND_DATA_STORE);
  assert_string_equal(elem_at(ir, "recipes")->kind_evidence, "mxgraph.pid.vessels.*");
  assert_int_equal(elem_at(ir, "dcs")->kind, TMC_KIND_PROCESS);
  assert_int_equal(elem_at(ir, "plc")->kind, TMC_KIND_PROCESS);
  assert_int_equal(elem_at(ir, "pumpdb")->kind, TMC_KIND_DATA_STORE);
  assert_int_equal(elem_at(ir, "tt")->kind, TMC_KIND_EXTERNAL);
  /* the instrument's own row, not the pid2inst family's */
  assert_string_equal(elem_at(ir, "tt")->kind_evidence, "mxgraph.pid2inst.discInst");
  assert_int_equal(elem_at(ir, "tank")->kind, TMC_KIND_DATA_STORE);
  assert_string_equal(elem_at(ir, "tank")->label, "Cleaning log");
  /* quiet: an unknown library is no family's */
  assert_int_not_equal(elem_at(ir, "odd")->kind_source, TMC_SOURCE_ICON);
  assert_int_equal(elem_at(ir, "odd")->kind, TMC_KIND_PROCESS);
  assert_false(coin_toss_warned());
  tmc_ir_free(ir);

  /* The lookup itself: the longest family at a dot, a stencil's own row
   * first; a token with a carried key or outside mxgraph is no family's. */
  const tmc_lexicon *lx = tmc_catalog_lexicon(cat);
  tmc_stencil st;
  assert_true(tmc_lexicon_stencil(lx, "mxgraph.pid.vessels.tank_(conical_bottom)", &st));
  assert_string_equal(st.token, "mxgraph.pid.vessels.*");
  assert_true(tmc_lexicon_stencil(lx, "mxgraph.pid.misc.bin", &st));
  assert_string_equal(st.token, "mxgraph.pid.misc.bin");
  assert_true(tmc_lexicon_stencil(lx, "mxgraph.pid.misc.covered_gas_vent", &st));
  assert_string_equal(st.token, "mxgraph.pid.misc.*");
  assert_false(tmc_lexicon_stencil(lx, "mxgraph.pid", &st));
  assert_false(tmc_lexicon_stencil(lx, "mxgraph.pidx.vessels.tank", &st));
  assert_false(tmc_lexicon_stencil(lx, "pid.vessels.tank", &st));
}

static void test_cloud_rect_is_a_cloud(void **state) {
  (void)state;
  const char *xml = HEAD ZONE("own", "Courier platform (Hetzner)", 300, 0, 400, 300)
      C("api", "own", "Dispatch API", CARD, 40, 60, 140, 60)
      /* a registry of others' add-ons, drawn as a cloud in a rectangle */
      V("hub", "Add-on catalogue",
        "shape=mxgraph.basic.cloud_rect;whiteSpace=wrap;html=1;", 0, 400, 160, 80)
      /* quiet: a model's name still decides */
      V("llm", "Claude 3.5 Sonnet (Anthropic API)",
        "shape=mxgraph.basic.cloud_rect;whiteSpace=wrap;html=1;", 400, 400, 200, 80)
          LINK("f1", "hub", "api", "install") LINK("f2", "api", "llm", "prompt") TAIL;
  tmc_ir *ir = drawio_analysed(xml, "classify");
  assert_int_equal(elem_at(ir, "hub")->kind, TMC_KIND_EXTERNAL);
  assert_int_equal(elem_at(ir, "llm")->kind, TMC_KIND_LLM);
  tmc_ir_free(ir);
}

static void test_rare_graphviz_shapes_hint(void **state) {
  (void)state;
  /* No cluster, names that say nothing: the shape is all there is. */
  tmc_ir *ir = analyse_with("digraph permits {\n"
                            "  kestrel [label=\"Kestrel\", shape=house];\n"
                            "  osprey [label=\"Osprey\", shape=invhouse];\n"
                            "  merlin [label=\"Merlin\", shape=larrow];\n"
                            "  harrier [label=\"Harrier\", shape=rarrow];\n"
                            "  plover [label=\"Plover\", shape=egg];\n"
                            "  curlew [label=\"Curlew\", shape=signature];\n"
                            "  desk [label=\"Permit desk\"];\n"
                            "  secrets [label=\"nokler.conf\", shape=underline];\n"
                            /* quiet: label words outvote the hint, no coin toss */
                            "  gpt [label=\"GPT-4o mini\", shape=rarrow];\n"
                            "  archive [label=\"Archiv\", shape=rarrow];\n"
                            /* quiet: cds hints nothing */
                            "  topic [label=\"permit-events\", shape=cds];\n"
                            "  kestrel -> desk; osprey -> desk; merlin -> desk;\n"
                            "  desk -> harrier; plover -> desk; curlew -> desk;\n"
                            "  secrets -> desk; desk -> gpt; desk -> archive;\n"
                            "  desk -> topic;\n"
                            "}\n",
                            cat, "classify");
  assert_non_null(ir);
  static const char *const outside[] = {"kestrel", "osprey", "merlin",
                                        "harrier", "plover", "curlew"};
  for (size_t i = 0; i < sizeof outside / sizeof *outside; i++)
    assert_int_equal(elem_at(ir, outside[i])->kind, TMC_KIND_EXTERNAL);
  assert_string_equal(elem_at(ir, "plover")->kind_evidence, "egg");
  assert_int_equal(elem_at(ir, "secrets")->kind, TMC_KIND_DATA_STORE);
  assert_string_equal(elem_at(ir, "secrets")->kind_evidence, "underline");
  assert_int_equal(elem_at(ir, "gpt")->kind, TMC_KIND_LLM);
  assert_int_equal(elem_at(ir, "archive")->kind, TMC_KIND_DATA_STORE);
  assert_false(coin_toss_warned());
  assert_int_equal(elem_at(ir, "topic")->kind, TMC_KIND_PROCESS);
  assert_null(elem_at(ir, "topic")->kind_evidence);
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_pid_libraries_are_families),
      cmocka_unit_test(test_cloud_rect_is_a_cloud),
      cmocka_unit_test(test_rare_graphviz_shapes_hint),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
