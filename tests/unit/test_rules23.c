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
 * cloud account keeps TMC-LLM-013 (prec26: without AML.T0034, open weights
 * the team serves; a managed endpoint billed per call keeps it). */
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
  /* quiet: the same server in a cloud account is no GPU server of its
   * own (TMC-LLM-013), though the team's own vLLM bills nobody per token
   * (prec26: self_served, no AML.T0034); the model on a managed endpoint
   * billed per call keeps cost harvesting */
  static const char cloud[] = "digraph{u[shape=box,label=\"Learners\"];"
                              " subgraph cluster_g{label=\"AWS account (eu-central-1)\";"
                              " app[label=\"Tutor chat API (FastAPI)\"];"
                              " m[type=llm,label=\"Llama 3.1 8B (vLLM)\"];}"
                              " u->app[label=\"message\"]; app->u[label=\"reply\"];"
                              " app->m[label=\"prompt\"]; m->app[label=\"answer\"]}";
  CHECK(cloud, {"TMC-LLM-013", "app -> m", true});
  assert_false(text_cites(cloud, false, "AML.T0034"));
  static const char billed[] =
      "digraph{u[shape=box,label=\"Learners\"];"
      " subgraph cluster_g{label=\"AWS account (eu-central-1)\";"
      " app[label=\"Tutor chat API (FastAPI)\"];"
      " m[type=llm,tech=ml_platform,label=\"Llama 3.1 8B (SageMaker endpoint)\"];}"
      " u->app[label=\"message\"]; app->u[label=\"reply\"];"
      " app->m[label=\"prompt\"]; m->app[label=\"answer\"]}";
  CHECK(billed, {"TMC-LLM-013", "app -> m", true});
  assert_true(text_cites(billed, false, "AML.T0034"));
}

/* F: a zone whose name says the outside in Greek, Hindi or Vietnamese
 * ("Εκτός ...": outside) is trust 0, so people there logging in to the
 * system's public web app cross into a more trusted zone: the login is
 * spoofable (a STRIDE S finding on the flow). Quiet: "δημόσιο web" (public
 * web) in a component's own name inside the DMZ leaves it the system's. */
static void test_outside_zone_other_languages(void **state) {
  (void)state;
  static const char el[] = "digraph{subgraph cluster_o{label=\"Εκτός εταιρείας\";"
                           " d[shape=ellipse,label=\"Πελάτες (λογαριασμοί)\"];}"
                           " subgraph cluster_z{label=\"DMZ (Hetzner)\";"
                           " w[shape=box,label=\"Πύλη πελατών Laravel, δημόσιο web\"];"
                           " db[shape=cylinder,label=\"MySQL\"];}"
                           " d->w[label=\"κράτηση\"]; w->db}";
  tmc_ir *ir = analyse_with(el, cat, NULL);
  assert_int_equal(ir->boundaries[ir->elements[elem(ir, "d")].boundary].trust, 0);
  assert_int_equal(ir->elements[elem(ir, "w")].kind, TMC_KIND_PROCESS);
  tmc_ir_free(ir);
  CHECK(el, {"TMC-SPOOF-001", "d -> w", true});
  static const char vi[] =
      PAGE(ZONE("o", "Bên ngoài (Internet)", 0, 0, 200, 200)
               INBOX("u", "o", "Khách hàng", PERSON, 20, 40)
                   ZONE("z", "Hệ thống", 300, 0, 300, 200)
                       INBOX("w", "z", "Cổng đặt lịch (Django)", CODE, 20, 40)
                           ARROW("e1", "đặt lịch", "u", "w"));
  ir = drawio_analysed(vi, NULL);
  assert_int_equal(ir->boundaries[ir->elements[elem(ir, "u")].boundary].trust, 0);
  tmc_ir_free(ir);
  /* quiet: "Εσωτερικό δίκτυο" (internal network) is no outside */
  ir = analyse_with("digraph{subgraph cluster_i{label=\"Εσωτερικό δίκτυο\";"
                    " a[shape=box,label=\"ERP\"];}}",
                    cat, NULL);
  assert_true(ir->boundaries[ir->elements[elem(ir, "a")].boundary].trust > 0);
  tmc_ir_free(ir);
}

/* F: model text stored first (notes, digests) that a scheduled mailer
 * reads back and hands to a mail service goes to many inboxes as the
 * company's own mail (TMC-LLM-022, AML.T0052), as a page showing it is
 * TMC-LLM-021's. Quiet: the same mailer over records no model wrote. */
static void test_stored_model_text_mailed(void **state) {
  (void)state;
  static const char d[] =
      "digraph{subgraph cluster_s{label=\"Backend\";"
      " w[label=\"Digest writer\"]; db[shape=cylinder,label=\"Articles DB: digests\"];"
      " job[label=\"Friday newsletter job (cron)\"];}"
      " m[type=llm,label=\"GPT-4o mini (OpenAI API)\"];"
      " mg[type=external,label=\"Mailgun\",tech=email];"
      " w->m[label=\"prompt\"]; m->w[label=\"digest\"]; w->db[label=\"digest\"];"
      " db->job[label=\"this week's digests\"]; job->mg[label=\"HTML newsletter\"]}";
  CHECK(d, {"TMC-LLM-022", "job -> mg", true});
  static const char q[] =
      "digraph{subgraph cluster_s{label=\"Backend\";"
      " w[label=\"Editor desk\"]; db[shape=cylinder,label=\"Articles DB: digests\"];"
      " job[label=\"Friday newsletter job (cron)\"];}"
      " e[type=external,label=\"Editors\"];"
      " mg[type=external,label=\"Mailgun\",tech=email];"
      " e->w[label=\"digest\"]; w->db[label=\"digest\"];"
      " db->job[label=\"this week's digests\"]; job->mg[label=\"HTML newsletter\"]}";
  CHECK(q, {"TMC-LLM-022", "job -> mg", false});
  assert_false(text_cites(q, false, "AML.T0052"));
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_flat_rate_gpu_no_bill),
      cmocka_unit_test(test_outside_zone_other_languages),
      cmocka_unit_test(test_stored_model_text_mailed),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
