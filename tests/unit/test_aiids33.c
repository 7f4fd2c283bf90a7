/* test_aiids33.c - AI ids that generalise (issue #15, aiids33): the
 * evasion and model-supply-chain families the tally of expected AI ids
 * tmc missed showed (notes aiids31-ready.md), each in other words than the
 * diagrams that showed it, in both formats, with a quiet case (a near miss
 * that must stay quiet).
 *
 * The one idea: every case is a small DOT or draw.io text and a list of
 * (rule, target, present?) lines (want_helpers.h). */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "drawio_pieces.h"
#include "engine_helpers.h"
#include "want_helpers.h"

/* An image named by a tag that moves (":latest", ":stable"), written on the
 * registry's name or on the pull, into the box that runs the model: a
 * vendor's image pulled by tag (TMC-SUPPLY-024, AML.T0010.004/ML06), though
 * no image word names the registry ("registry.acme.io"). It brings code and
 * weights, not inputs: no evasion finding on it (TMC-ML-041). Quiet: the
 * same pull by a release tag, and a sensor's "latest readings". */
static void test_moving_tag_pull(void **state) {
  (void)state;
  CHECK("digraph{subgraph cluster_f{label=\"Farm shed\";"
        " box[label=\"Scoring service (Docker)\"];"
        " m[type=model,label=\"Milk-yield model (vendor TFLite)\"]}"
        " cam[shape=box,label=\"Parlour camera\"];"
        " reg[shape=box,label=\"Vendor registry registry.acme-ag.io :latest\"];"
        " reg->box[label=\"weekly\"]; cam->box[label=\"frames\"];"
        " box->m[label=\"frames\",dir=both]}",
        {"TMC-SUPPLY-024", "reg -> box", true}, {"TMC-ML-041", "reg -> box", false});
  static const char xml[] = PAGE(
      ZONE("z", "Nave de envasado", 0, 0, 700, 300) INBOX("c", "z", "Caja Jetson", CODE,
                                                          20, 40)
          INBOX("m", "z", "Modelo de defectos (ONNX)", CODE, 300, 40)
              BOX("r", "Registro del proveedor (reg.visiona.es)", "ellipse;shape=cloud;",
                  0, 400) ARROW("e1", "visiona-det:stable", "r", "c")
                  ARROW("e2", "fotogramas", "c", "m") ARROW("e3", "defecto", "m", "c"));
  CHECK_DRAWIO(xml, {"TMC-SUPPLY-024", "e1", true});
  /* quiet: a release tag, and a sensor's "latest readings" */
  CHECK("digraph{subgraph cluster_f{label=\"Farm shed\";"
        " box[label=\"Scoring service (Docker)\"];"
        " m[type=model,label=\"Milk-yield model (vendor TFLite)\"]}"
        " reg[shape=box,label=\"Vendor registry registry.acme-ag.io :2.4.1\"];"
        " probe[shape=box,label=\"Soil probe\"];"
        " reg->box[label=\"weekly\"]; probe->box[label=\"time: latest readings\"];"
        " box->m[label=\"frames\",dir=both]}",
        {"TMC-SUPPLY-024", "reg -> box", false},
        {"TMC-SUPPLY-024", "probe -> box", false});
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_moving_tag_pull),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
