/* test_rules23.c - the "rules23" cause (causes23 F and D): findings a
 * reviewer expected on blind22 that tmc missed, and ids it cited where the
 * system gave them no ground, each fixed as a family. Cost harvesting
 * (AML.T0034) needs a bill: an LLM or training jobs on one GPU server or a
 * dedicated, flat-rate machine run up none. Each family in other words than
 * blind22's, in both formats, with a quiet case.
 *
 * The one idea: every case is a small DOT or draw.io text and a list of
 * (rule, target, present?) lines (want_helpers.h), plus what the findings
 * cite where an id depends on the system. */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "engine_helpers.h"
#include "drawio_pieces.h"
#include "want_helpers.h"

/* Does any finding in text cite id? */
static bool text_cites(const char *text, bool drawio, const char *id) {
  tmc_ir *ir = drawio ? drawio_analysed(text, NULL) : analyse_with(text, cat, NULL);
  bool yes = any_cites(ir, NULL, id);
  tmc_ir_free(ir);
  return yes;
}

/* D: a self-hosted LLM on one GPU server (rented or bought) or a
 * dedicated flat-rate machine is slowed by a flood (TMC-LLM-033), not
 * billed: no TMC-LLM-013 and no AML.T0034 anywhere; the same server in a
 * cloud account keeps both. */
static void test_flat_rate_gpu_no_bill(void **state) {
  (void)state;
  static const char gpu[] = "digraph{u[shape=box,label=\"Learners\"];"
                            " subgraph cluster_g{label=\"Rented GPU server (Frankfurt)\";"
                            " app[label=\"Tutor chat API (FastAPI)\"];"
                            " m[type=llm,label=\"Llama 3.1 8B (vLLM)\"];}"
                            " u->app[label=\"message\"]; app->u[label=\"reply\"];"
                            " app->m[label=\"prompt\"]; m->app[label=\"answer\"]}";
  CHECK(gpu, {"TMC-LLM-013", "app -> m", false}, {"TMC-LLM-033", "app -> m", true});
  assert_false(text_cites(gpu, false, "AML.T0034"));
  static const char fr[] = PAGE(
      BOX("u", "Clients", PERSON, 0, 0)
          ZONE("z", "Serveur GPU loué (OVH, forfait)", 200, 0, 400, 300)
              INBOX("a", "z", "Assistant (Flask)", CODE, 20, 40)
                  INBOX("m", "z", "Mistral 7B (Ollama)", CODE, 220, 40)
                      ARROW("e1", "question", "u", "a") ARROW("e2", "réponse", "a", "u")
                          ARROW("e3", "prompt", "a", "m") ARROW("e4", "texte", "m", "a"));
  assert_false(text_cites(fr, true, "AML.T0034"));
  /* quiet: the same server in a cloud account is billed as it scales */
  static const char cloud[] = "digraph{u[shape=box,label=\"Learners\"];"
                              " subgraph cluster_g{label=\"AWS account (eu-central-1)\";"
                              " app[label=\"Tutor chat API (FastAPI)\"];"
                              " m[type=llm,label=\"Llama 3.1 8B (vLLM)\"];}"
                              " u->app[label=\"message\"]; app->u[label=\"reply\"];"
                              " app->m[label=\"prompt\"]; m->app[label=\"answer\"]}";
  CHECK(cloud, {"TMC-LLM-013", "app -> m", true});
  assert_true(text_cites(cloud, false, "AML.T0034"));
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_flat_rate_gpu_no_bill),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
