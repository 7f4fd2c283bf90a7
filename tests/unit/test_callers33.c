/* test_callers33.c - who can send a component requests (untrusted_callers):
 * a package index, model hub or marketplace the system pulls from is a
 * supply-chain source, not an outsider calling in, so a training job fed
 * only by PyPI is no "ML platform service reachable by outsiders"
 * (TMC-MLOPS-004); people whose name says marketplace still call.
 *
 * Each case is a small DOT or draw.io text and (rule, target, present?)
 * lines (want_helpers.h). */
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

/* blind28 tallowmere: "pip install -r (unpinned)" from PyPI into a nightly
 * retrain was an outsider reaching the pipeline. Here: conda-forge into a
 * weekly fit job (DOT), the Hugging Face Hub into a fine-tune pipeline
 * (draw.io). The supply-chain finding on the pull stays. */
static void test_index_pulled_from_calls_nobody(void **state) {
  (void)state;
  CHECK("digraph{subgraph cluster_o{label=\"Ops VM\";"
        " fit[label=\"Weekly fit job (cron, XGBoost)\"];"
        " d[shape=cylinder,label=\"Sales history (Postgres)\"];"
        " m[shape=cylinder,label=\"Model store (demand-*.pkl)\"];}"
        " cf[shape=box3d,label=\"conda-forge\"];"
        " cf->fit[label=\"conda install (unpinned)\"]; d->fit[label=\"last 2 years\"];"
        " fit->m[label=\"new model\"]}",
        {"TMC-MLOPS-004", "fit", false});
  static const char hub[] =
      PAGE(ZONE("z", "GPU project (GKE)", 0, 0, 700, 300)
               INBOX("p", "z", "Fine-tune pipeline (Kubeflow)", CODE, 200, 40)
                   INBOX("s", "z", "Training corpus bucket", STORE, 400, 40)
                       INBOX("r", "z", "Adapter registry", STORE, 400, 200)
                           BOX("h", "Hugging Face Hub", "ellipse;shape=cloud;", 20, 400)
                               ARROW("e1", "base checkpoint download", "h", "p")
                                   ARROW("e2", "examples", "s", "p")
                                       ARROW("e3", "LoRA adapter", "p", "r"));
  CHECK_DRAWIO(hub, {"TMC-MLOPS-004", "p", false});
}

/* Quiet: an outsider who does send the pipeline requests (a partner's
 * upload client posting training jobs, DOT) still reaches it; and people
 * named for a marketplace ("Marketplace sellers", draw.io) who upload
 * through an API still call the model it serves. */
static void test_outsiders_still_call(void **state) {
  (void)state;
  CHECK("digraph{subgraph cluster_o{label=\"Ops VM\";"
        " fit[label=\"Weekly fit job (cron, XGBoost)\"];"
        " d[shape=cylinder,label=\"Sales history (Postgres)\"];"
        " m[shape=cylinder,label=\"Model store (demand-*.pkl)\"];}"
        " cf[shape=box3d,label=\"conda-forge\"];"
        " partner[shape=box,label=\"Partner upload client\"];"
        " cf->fit[label=\"conda install (unpinned)\"]; d->fit[label=\"last 2 years\"];"
        " partner->fit[label=\"POST /jobs (training data)\"];"
        " fit->m[label=\"new model\"]}",
        {"TMC-MLOPS-004", "fit", true});
  static const char shop[] = PAGE(
      ZONE("z", "Shop VPC", 0, 0, 700, 300) INBOX("a", "z", "Listing API", CODE, 200, 40)
          INBOX("m", "z", "Photo tagging model", "shape=hexagon;", 400, 40)
              BOX("u", "Marketplace sellers", PERSON, 20, 400)
                  ARROW("e1", "listing photos", "u", "a")
                      ARROW("e2", "tag request", "a", "m") ARROW("e3", "tags", "m", "a"));
  tmc_diags d = TMC_DIAGS_INIT;
  tmc_ir *ir = ir_analysed("case.drawio", shop, strlen(shop), cat, NULL, &d);
  const tmc_element *m = element(ir, "m");
  assert_non_null(m);
  assert_true(m->facts.untrusted_callers);
  tmc_ir_free(ir);
  tmc_diags_free(&d);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_index_pulled_from_calls_nobody),
      cmocka_unit_test(test_outsiders_still_call),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
