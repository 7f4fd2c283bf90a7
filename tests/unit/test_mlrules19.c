/* test_mlrules19.c - ML ids of causes19 A1..A4 (blind18's misses by cause),
 * each family drawn in wordings of other domains than the tuning set's:
 * a model's verdict back to whoever sent the input, through another door
 * than the one it went in at (A2: a spam gateway's bounce, a marketplace's
 * "listing blocked" notice, a payout decision); ... Each with the case where
 * the id must not appear. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "engine_helpers.h"

/* A2: the verdict of the system's own model goes back to the outsider
 * whose input it decided on, though the input went in elsewhere (an
 * upload service, a mail relay) and the verdict comes out of a notifier:
 * an oracle (TMC-ML-042, AML.T0042 / AML.T0063). Someone who sent nothing
 * the model decides on (buyers who only read) gets no such finding. */
static void test_verdict_back_to_sender(void **state) {
  (void)state;
  static const char *const kinds[][5] = {
      /* sender, way in, model, notifier, verdict */
      {"Sellers", "Listing upload API", "Counterfeit image detector (ViT)",
       "Notification service", "listing blocked / published"},
      {"Outside mail senders", "MX relay (Postfix)", "Spam classifier (fastText)",
       "Bounce generator", "550 rejected as spam"},
      {"Claimants", "Claims intake (mobile app backend)", "Fraud scorer (LightGBM)",
       "Payout service", "paid / referred"},
      {NULL, NULL, NULL, NULL, NULL}};
  for (size_t i = 0; kinds[i][0]; i++) {
    char dot[2048];
    snprintf(dot, sizeof dot,
             "digraph g {\n"
             "  snd [type=external, label=\"%s\"];\n"
             "  rd [type=external, label=\"Buyers\"];\n"
             "  subgraph cluster_s { label=\"Our platform\";\n"
             "    in [type=process, label=\"%s\"];\n"
             "    sc [type=process, label=\"Decision step\"];\n"
             "    m [type=model, label=\"%s\"];\n"
             "    nt [type=process, label=\"%s\"];\n"
             "    pg [type=process, label=\"Catalogue pages\"];\n"
             "  }\n"
             "  snd -> in [label=\"submission\"]; in -> sc [label=\"item id\"];\n"
             "  sc -> m [label=\"features\"]; m -> sc [label=\"class\"];\n"
             "  sc -> nt [label=\"decision\"]; nt -> snd [label=\"%s\"];\n"
             "  rd -> pg [label=\"browse\"]; pg -> rd [label=\"pages\"];\n"
             "  nt -> rd [label=\"weekly newsletter\"];\n"
             "}\n",
             kinds[i][0], kinds[i][1], kinds[i][2], kinds[i][3], kinds[i][4]);
    tmc_ir *ir = analyse_with(dot, cat, NULL);
    const tmc_finding *f = finding(ir, "TMC-ML-042", "nt->snd");
    assert_true(cites(f, "AML.T0042"));
    assert_true(cites(f, "AML.T0063"));
    assert_null(finding(ir, "TMC-ML-042", "nt->rd"));
    tmc_ir_free(ir);
  }
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_verdict_back_to_sender),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
