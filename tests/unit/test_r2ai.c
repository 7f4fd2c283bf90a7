/* test_r2ai.c - the r2ai cause (round 2, twenty-seventh session): the flood
 * findings on code the public writes through (TMC-ML-205 in place of
 * TMC-DOS-001; TMC-ML-008, TMC-ML-012, TMC-LLM-032) cite chaff, AML.T0046,
 * where what the public writes is kept for a model to work through or
 * learn from later: a flood of made-up reports buries the real ones in what
 * the model makes of them and in the queue of the people who check it.
 * Blind3 and blind31 drew it as a review page and an anonymous report form;
 * these are a council's noise complaints and a park's sighting reports, in
 * both formats, with a quiet case where no model reads the complaints (the
 * classic denial, no AI id).
 *
 * The one idea: every case is a small DOT or draw.io text and what the
 * findings on the form cite (engine_helpers.h). */
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

static tmc_ir *analysed(const char *text, bool drawio) {
  return drawio ? drawio_analysed(text, NULL) : analyse_with(text, cat, NULL);
}

/* Does a finding on target (NULL: any) cite id, in text? */
static bool cites_in(const char *text, bool drawio, const char *target, const char *id) {
  tmc_ir *ir = analysed(text, drawio);
  bool yes = any_cites(ir, target, id);
  tmc_ir_free(ir);
  return yes;
}

/* An anonymous form whose complaints a nightly job hands to a vendor's LLM
 * for the officers' digest: the flood finding on the form (TMC-LLM-032)
 * names chaff too. */
static void test_public_form_into_llm_digest_is_chaff(void **state) {
  (void)state;
  static const char dot[] =
      "digraph{subgraph cluster_o{label=\"Internet\";"
      " r[shape=box,label=\"Residents (anyone, no sign-in)\"];}"
      " subgraph cluster_c{label=\"Council cloud\";"
      " form[label=\"Noise complaint form (serverless function)\"];"
      " db[shape=cylinder,label=\"Complaints (PostgreSQL)\"];"
      " dig[label=\"Nightly digest job\"];"
      " llm[label=\"Claude Haiku (Anthropic API)\"];}"
      " o[shape=box,label=\"Environmental health officers\"];"
      " r->form[label=\"complaint text + address\"]; form->db[label=\"insert\"];"
      " db->dig[label=\"yesterday's complaints\"]; dig->llm[label=\"prompt\"];"
      " llm->dig[label=\"summary\"]; dig->o[label=\"morning digest e-mail\"]}";
  assert_true(cites_in(dot, false, "form", "AML.T0046"));
}

/* The same form whose complaints a batch job scores with a classic model
 * (TMC-ML-205 on the form, in place of TMC-DOS-001); in draw.io, a park's public sighting
 * reports sorted by a species classifier before rangers verify them. */
static void test_public_form_into_classifier_is_chaff(void **state) {
  (void)state;
  static const char dot[] =
      "digraph{subgraph cluster_o{label=\"Internet\";"
      " r[shape=box,label=\"Residents (anyone, no sign-in)\"];}"
      " subgraph cluster_c{label=\"Council cloud\";"
      " form[label=\"Noise complaint form (serverless function)\"];"
      " db[shape=cylinder,label=\"Complaints (PostgreSQL)\"];"
      " m[type=model,label=\"Complaint priority classifier (XGBoost)\"];"
      " tri[label=\"Triage batch job\"];}"
      " o[shape=box,label=\"Environmental health officers\"];"
      " r->form[label=\"complaint text + address\"]; form->db[label=\"insert\"];"
      " db->tri[label=\"new complaints\"]; tri->m[label=\"features\"];"
      " m->tri[label=\"priority\"]; tri->o[label=\"priority queue\"]}";
  assert_true(cites_in(dot, false, "form", "AML.T0046"));
  static const char xml[] = PAGE(
      ZONE("o", "Internet", 0, 0, 200,
           200) INBOX("c", "o", "Members of the public (visitors)", PERSON, 20,
                      40) ZONE("z", "Park trust (Azure)", 300, 0, 800, 300)
          INBOX("f", "z", "Sighting report form (Azure Function)", CODE, 20,
                40) INBOX("d", "z", "Sightings (Cosmos DB)", STORE, 220, 40)
              INBOX("j", "z", "Hourly sorting job", CODE, 420, 40)
                  INBOX("m", "z", "Species classifier (ResNet-50)", CODE, 620, 40)
                      BOX("t", "Rangers", PERSON, 900, 40)
                          ARROW("e1", "photo + place + note", "c", "f")
                              ARROW("e2", "insert", "f", "d") ARROW("e3", "new sightings",
                                                                    "d", "j")
                                  ARROW("e4", "photo", "j", "m")
                                      ARROW("e5", "species, confidence", "m", "j")
                                          ARROW("e6", "sightings to verify", "j", "t"));
  assert_true(cites_in(xml, true, "f", "AML.T0046"));
}

/* Quiet: the same form whose complaints only a case dashboard lists keeps
 * the classic denial of service and cites no AI id at all. */
static void test_public_form_without_model_is_classic(void **state) {
  (void)state;
  static const char quiet[] =
      "digraph{subgraph cluster_o{label=\"Internet\";"
      " r[shape=box,label=\"Residents (anyone, no sign-in)\"];}"
      " subgraph cluster_c{label=\"Council cloud\";"
      " form[label=\"Noise complaint form (serverless function)\"];"
      " db[shape=cylinder,label=\"Complaints (PostgreSQL)\"];"
      " dash[label=\"Case dashboard\"];}"
      " o[shape=box,label=\"Environmental health officers\"];"
      " r->form[label=\"complaint text + address\"]; form->db[label=\"insert\"];"
      " db->dash[label=\"open complaints\"]; dash->o[label=\"case list\"]}";
  tmc_ir *ir = analysed(quiet, false);
  assert_non_null(finding(ir, "TMC-DOS-001", "form"));
  assert_false(any_cites(ir, NULL, "AML."));
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_public_form_into_llm_digest_is_chaff),
      cmocka_unit_test(test_public_form_into_classifier_is_chaff),
      cmocka_unit_test(test_public_form_without_model_is_classic),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
