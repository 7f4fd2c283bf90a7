/* test_copyset29.c - a training set copied out along the route that
 * poisons it (TMC-PATH-049, issue #16).
 *
 * Whoever can write into a training set (an annotator's account, a
 * partner's job, an upload API) can read it too: the route the poisoning
 * chain (TMC-PATH-007) names first is read again as an exfiltration of the
 * set (exfiltrate, AML.T0035 at the set). Worded unlike the tuning sets'
 * checkout images, seed trays, feature files and CT studies (blind6, 7, 20,
 * 27): a call centre's speech recordings in DOT, a wildlife trust's camera
 * trap photos in draw.io. Quiet: a store no training reads (the call
 * centre's invoices), and the set the contractors only read from. */
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
#include "drawio_macros.h"
#include "frontend/frontend.h"
#include "passes/passes.h"
#include "path_helpers.h"

/* A call centre's speech recogniser in DOT: transcription contractors
 * correct transcripts in an annotation app that writes the training set a
 * fine-tune job learns from. `annot` is the flow between the app and the
 * set (or what leads there: a staging table and its loader are drawn, used
 * or not). */
static const char *callcentre(const char *annot) {
  static char buf[2048];
  snprintf(buf, sizeof buf,
           "digraph g {\n"
           "  contractors [label=\"Transcription contractors\", shape=box];\n"
           "  subgraph cluster_dc { label=\"Call centre data centre\";\n"
           "    annot [label=\"Annotation web app\"];\n"
           "    clips [label=\"Call recordings training set\", shape=cylinder];\n"
           "    tune [label=\"ASR fine-tune pipeline\"];\n"
           "    asr [label=\"Speech recognition model\"];\n"
           "    billing [label=\"Contractor invoices DB\", shape=cylinder];\n"
           "    staging [label=\"Label staging table\", shape=cylinder];\n"
           "    loader [label=\"Nightly label loader\"]; }\n"
           "  contractors -> annot [label=\"corrected transcripts\"];\n"
           "  %s\n"
           "  annot -> billing [label=\"hours worked\"];\n"
           "  clips -> tune [label=\"audio + transcripts\"];\n"
           "  tune -> asr [label=\"new weights\"];\n"
           "}\n",
           annot);
  return buf;
}

static void test_annotators_copy_speech_set_dot(void **state) {
  (void)state;
  tmc_ir *ir = analysed(callcentre("annot -> clips [label=\"save labels\"];"));
  /* the poisoning reading stays, the copy is read again beside it */
  assert_true(aimed(ir, "contractors", "clips", "tamper_model"));
  assert_true(path_of(ir, "contractors", "clips", "TMC-PATH-049"));
  assert_true(aimed(ir, "contractors", "clips", "exfiltrate"));
  assert_true(
      hop_names(ir, "contractors", "clips", "exfiltrate", "clips", "AML.T0035", NULL));
  /* quiet: the invoices feed no training; a plain exfiltration, no copy of a set */
  assert_false(path_of(ir, "contractors", "billing", "TMC-PATH-049"));
  tmc_ir_free(ir);
  /* quiet: the app only reads the set, nothing the contractors send lands there */
  ir = analysed(callcentre("clips -> annot [label=\"clips to label\"];"));
  assert_false(path_of(ir, "contractors", "clips", "TMC-PATH-049"));
  tmc_ir_free(ir);
  /* quiet: the labels wait in a staging table a loader copies in at night;
   * the contractors poison the set but reach no read of it */
  ir = analysed(callcentre("annot -> staging [label=\"save labels\"];\n"
                           "  staging -> loader [label=\"new labels\"];\n"
                           "  loader -> clips [label=\"append labels\"];"));
  assert_true(aimed(ir, "contractors", "clips", "tamper_model"));
  assert_false(path_of(ir, "contractors", "clips", "TMC-PATH-049"));
  tmc_ir_free(ir);
}

/* A wildlife trust's species classifier on draw.io: volunteer taggers tag
 * camera-trap photos in a tagging portal, which stores them with their
 * tags in the set a training job learns from. */
#define TRUST(how)                                                                       \
  HEAD ZONE("z", "Trust cloud project", 300, 0, 900, 400)                                \
      V("vol", "Volunteer taggers", "shape=umlActor;html=1;", 0, 100, 30, 60)            \
          C("portal", "z", "Tagging portal", CARD, 20, 40, 160, 60)                      \
              C("photos", "z", "Tagged camera-trap images (training data)", DB, 420, 40, \
                140, 60) C("train", "z", "Species classifier training job", CARD, 420,   \
                           200, 160, 60)                                                 \
                  C("clf", "z", "Species classifier model", CARD, 700, 200, 160, 60)     \
                      LINK("e1", "vol", "portal", "species tags")                        \
                          how LINK("e3", "photos", "train", "tagged images")             \
                              LINK("e4", "train", "clf", "trained weights") TAIL

static void test_taggers_copy_camera_trap_set_drawio(void **state) {
  (void)state;
  static const char *xml = TRUST(LINK("e2", "portal", "photos", "store tags"));
  tmc_ir *ir = analysed_as("t.drawio", xml);
  assert_true(aimed(ir, "vol", "photos", "tamper_model"));
  assert_true(path_of(ir, "vol", "photos", "TMC-PATH-049"));
  assert_true(hop_names(ir, "vol", "photos", "exfiltrate", "photos", "AML.T0035", NULL));
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_annotators_copy_speech_set_dot),
      cmocka_unit_test(test_taggers_copy_camera_trap_set_drawio),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
