/* test_g31b.c - what blind31's avalanche model taught (g31b): classic ML
 * trained in-house from telemetry and field labels, a nightly retrain
 * writing into a models folder that an hourly scorer loads, labels in a
 * script the catalogs may not know. Each case in a domain and wording of
 * this file's own: a step named by the library it fits with that reads
 * data and writes into a models folder is the training step, the folder the
 * registry, and the one step loading from it the model served; Georgian
 * words name them too; an outside feed's data reaching the training job's
 * keys is a theft by data, a package index's is not; a vendor's form
 * service people fill in and the system exports from is an outside source
 * of training data; a person's decision sent back into the screen showing
 * the model's verdicts must be on record. */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "drawio_macros.h"
#include "path_helpers.h"

/* DOT, a water utility's leak model, labelled in Armenian (no word of
 * which the catalogs know): "Գիշերային ուսուցում (LightGBM, cron 02:00)"
 * reads the pressure history and the crews' marks and writes into a
 * "models/" folder: the training step, whatever its head says; the folder
 * is the registry; the one step loading from it, taking the last hour in
 * and sending on, is the model served. */
static void test_trainer_by_library_unknown_script_dot(void **state) {
  (void)state;
  static const char dot[] =
      "digraph leaks {\n"
      " node [shape=box];\n"
      " loggers [shape=box3d, label=\"Ճնշման տվիչներ (40)\"];\n"
      " subgraph cluster_s { label=\"Սերվեր\"; style=dashed;\n"
      "  rx [label=\"Ընդունիչ (Python)\"];\n"
      "  db [shape=cylinder, label=\"Ճնշում (InfluxDB)\"];\n"
      "  marks [shape=tab, label=\"Արտահոսքեր (CSV)\"];\n"
      "  fit [label=\"Գիշերային ուսուցում\\n(LightGBM, cron 02:00)\"];\n"
      "  mdir [shape=folder, label=\"models/\\n(current.txt)\"];\n"
      "  run [label=\"Ժամային գնահատում\"];\n"
      " }\n"
      " board [shape=box3d, label=\"Հերթափոխի էկրան\"];\n"
      " loggers -> rx; rx -> db;\n"
      " db -> fit [label=\"պատմություն\"]; marks -> fit;\n"
      " fit -> mdir [label=\"model.txt\"]; mdir -> run [label=\"current.txt\"];\n"
      " db -> run [label=\"վերջին ժամ\"]; run -> board;\n"
      "}\n";
  tmc_ir *ir = analyse_with(dot, cat, "classify");
  assert_int_equal(kind_at(ir, "fit"), TMC_KIND_PIPELINE);
  assert_int_equal(kind_at(ir, "mdir"), TMC_KIND_MODEL_REGISTRY);
  assert_int_equal(kind_at(ir, "run"), TMC_KIND_MODEL);
  assert_int_equal(kind_at(ir, "marks"), TMC_KIND_DATASET);
  /* quiet */
  assert_int_equal(kind_at(ir, "db"), TMC_KIND_DATA_STORE);
  assert_int_equal(kind_at(ir, "rx"), TMC_KIND_PROCESS);
  tmc_ir_free(ir);

  /* quiet: a job saying a model's task ("batch scoring") runs the model on
   * a schedule, whatever store it writes; and where two steps load from
   * the folder, neither is the model by position alone */
  static const char quiet[] =
      "digraph q {\n"
      " node [shape=box];\n"
      " subgraph cluster_s { label=\"Սերվեր\"; style=dashed;\n"
      "  feats [shape=cylinder, label=\"Հատկանիշներ\"];\n"
      "  batch [label=\"Batch scoring\\n(XGBoost, cron 03:00)\"];\n"
      "  out [shape=folder, label=\"models/\\n(scores)\"];\n"
      "  tr [label=\"Weekly retraining\"];\n"
      "  reg [shape=folder, label=\"Models\\n(model.json)\"];\n"
      "  a [label=\"Հաշվետվություն\"]; b [label=\"Ահազանգ\"];\n"
      " }\n"
      " user [shape=ellipse, label=\"Operators\"];\n"
      " feats -> batch; batch -> out; out -> user;\n"
      " feats -> tr; tr -> reg [label=\"model\"];\n"
      " reg -> a [label=\"model\"]; reg -> b [label=\"model\"];\n"
      " feats -> a; feats -> b; a -> user; b -> user;\n"
      "}\n";
  ir = analyse_with(quiet, cat, "classify");
  assert_int_equal(kind_at(ir, "batch"), TMC_KIND_MODEL);
  assert_int_equal(kind_at(ir, "reg"), TMC_KIND_MODEL_REGISTRY);
  assert_int_equal(kind_at(ir, "a"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "b"), TMC_KIND_PROCESS);
  tmc_ir_free(ir);
}

/* draw.io, a bottling line's defect model, labelled in Georgian: the line
 * operators fill ODK Central forms, exported into a CSV of defect marks;
 * "მოდელის გადამზადება" (model retraining) writes "ახალი მოდელი" into
 * "მოდელების საცავი" (the models' store); "დეფექტის კლასიფიკაცია" (defect
 * classification) loads it; the operators send "შეჩერების გადაწყვეტილება"
 * (a stop decision) back into the shift screen showing the classes. */
static void test_georgian_words_drawio(void **state) {
  (void)state;
  static const char xml[] = HEAD ZONE("z", "საწარმოს სერვერი", 300, 0, 700, 500)
      V("op", "ხაზის ოპერატორები", "shape=umlActor;", 0, 40, 40,
        80) V("odk", "ODK Central (საველე ფორმები)", CARD, 80, 200, 160,
              60) C("hist", "z", "ხარისხის ისტორია (PostgreSQL)", DB, 20, 40, 160, 60)
          C("marks", "z", "დეფექტების ჩანაწერები (CSV)", DB, 20, 200, 160, 60)
              C("tr", "z", "მოდელის გადამზადება (ყოველკვირეული)", CARD, 250, 120, 160,
                60) C("reg", "z", "მოდელების საცავი", DB, 450, 40, 160, 60)
                  C("sc", "z", "დეფექტის კლასიფიკაცია", CARD, 450, 200, 160, 60)
                      C("scr", "z", "ცვლის ეკრანი", CARD, 450, 350, 160, 60)
                          LINK("e1", "op", "odk", "ფორმები")
                              LINK("e2", "odk", "marks", "ექსპორტი") LINK("e3", "hist",
                                                                          "tr", "ისტორია")
                                  LINK("e4", "marks", "tr", "ეტიკეტები")
                                      LINK("e5", "tr", "reg", "ახალი მოდელი")
                                          LINK("e6", "reg", "sc", "მოდელი")
                                              LINK("e7", "hist", "sc", "ბოლო საათი")
                                                  LINK("e8", "sc", "scr", "კლასები")
                                                      LINK("e9", "scr", "op", "ნახვა")
                                                          LINK("e10", "op", "scr",
                                                               "შეჩერების გადაწყვეტილება")
                                                              TAIL;
  tmc_ir *ir = drawio_analysed(xml, NULL);
  assert_int_equal(kind_at(ir, "op"), TMC_KIND_EXTERNAL);
  assert_true(elem_at(ir, "op")->facts.person);
  assert_int_equal(kind_at(ir, "tr"), TMC_KIND_PIPELINE);
  assert_int_equal(kind_at(ir, "reg"), TMC_KIND_MODEL_REGISTRY);
  assert_int_equal(kind_at(ir, "sc"), TMC_KIND_MODEL);
  assert_int_equal(kind_at(ir, "marks"), TMC_KIND_DATASET);
  assert_true(cites(finding(ir, "TMC-SUPPLY-011", "odk->marks"), "AML.T0010.002"));
  assert_non_null(finding(ir, "TMC-REPUD-003", "op->scr"));
  /* quiet */
  assert_int_equal(kind_at(ir, "hist"), TMC_KIND_DATA_STORE);
  assert_int_equal(kind_at(ir, "scr"), TMC_KIND_PROCESS);
  tmc_ir_free(ir);
}

/* DOT, a grocer's demand forecast: the weekly retraining reads a weather
 * vendor's history and installs packages from PyPI, and reads the
 * warehouse key from secrets.env. The weather feed hands the job rows it
 * fits, no code it runs: its way to the key is a theft by data, one step
 * less likely than the package index's, whose code runs there. */
static void test_feed_theft_by_data_dot(void **state) {
  (void)state;
  static const char dot[] =
      "digraph grocer {\n"
      " wx [shape=box3d, label=\"Weather API (Meteomatics)\"];\n"
      " pos [shape=box3d, label=\"PyPI\"];\n"
      " subgraph cluster_dc { label=\"Forecast VM\"; style=dashed;\n"
      "  sales [shape=cylinder, label=\"Till history\"];\n"
      "  fit [label=\"Weekly retraining\\n(LightGBM)\"];\n"
      "  keys [shape=note, label=\"secrets.env\\n(warehouse API key)\"];\n"
      "  mdl [shape=folder, label=\"Models\\n(latest model.txt)\"];\n"
      "  fc [label=\"Demand forecast service\"];\n"
      " }\n"
      " sales -> fit;\n"
      " wx -> fit [label=\"weather history\", authenticated=yes];\n"
      " pos -> fit [label=\"pip install\", authenticated=yes];\n"
      " keys -> fit [label=\"reads\"]; fit -> mdl [label=\"model\"];\n"
      " mdl -> fc [label=\"model\"]; sales -> fc [label=\"last week\"];\n"
      "}\n";
  tmc_ir *ir = analysed(dot);
  int feed = 0, index = 0;
  for (uint32_t i = 0; i < ir->n_paths; i++) {
    const tmc_path *p = &ir->paths[i];
    if (p->asset != el(ir, "keys"))
      continue;
    if (p->entry == el(ir, "wx"))
      feed = p->likelihood;
    else if (p->entry == el(ir, "pos"))
      index = p->likelihood;
  }
  assert_true(feed > 0 && index > 0);
  assert_true(feed < index);
  /* ...and the feed's path says why, with the likelihood it has. */
  bool said = false;
  for (uint32_t i = 0; i < ir->n_findings; i++) {
    const tmc_finding *x = &ir->findings[i];
    if (x->target_kind != TMC_TARGET_PATH)
      continue;
    const tmc_path *p = &ir->paths[x->target];
    if (p->asset != el(ir, "keys") || p->entry != el(ir, "wx"))
      continue;
    char want[32];
    snprintf(want, sizeof want, "likelihood %d (", p->likelihood);
    assert_non_null(x->risk_reason);
    assert_ptr_equal(strstr(x->risk_reason, want), x->risk_reason);
    assert_non_null(strstr(x->risk_reason, "only as data"));
    said = true;
  }
  assert_true(said);
  tmc_ir_free(ir);
}

/* DOT, a bird trust's breeding-success model: volunteers fill Google Forms
 * whose weekly export is training data (an outside source of it: AML.T0010.002
 * on the way in); wardens send a closure decision back into the dashboard
 * that shows the model's risk scores (who decided, on which score, must be
 * on record). Quiet: the trust's own entry app is no outside source, and
 * the wardens' page views decide nothing. */
static void test_form_vendor_and_verdict_decision_dot(void **state) {
  (void)state;
  static const char dot[] =
      "digraph birds {\n"
      " vols [shape=ellipse, label=\"Volunteer counters\"];\n"
      " gf [label=\"Google Forms\\n(count sheets)\"];\n"
      " subgraph cluster_t { label=\"Trust's analytics box\"; style=dashed;\n"
      "  csv [shape=tab, label=\"Weekly counts (CSV)\"];\n"
      "  own [label=\"Count entry app\"];\n"
      "  csv2 [shape=tab, label=\"Entered counts (CSV)\"];\n"
      "  tr [label=\"Monthly retraining\\n(scikit-learn)\"];\n"
      "  reg [shape=folder, label=\"Models\\n(model.joblib)\"];\n"
      "  pred [label=\"Breeding-success predictor\"];\n"
      "  dash [label=\"Wardens' dashboard\"];\n"
      " }\n"
      " wardens [shape=ellipse, label=\"Reserve wardens\"];\n"
      " vols -> gf [label=\"sightings\"]; gf -> csv [label=\"weekly export\"];\n"
      " vols -> own [label=\"sightings\"]; own -> csv2 [label=\"append\"];\n"
      " csv -> tr; csv2 -> tr; csv2 -> pred [label=\"this week\"];\n"
      " tr -> reg [label=\"model\"]; reg -> pred [label=\"model\"];\n"
      " pred -> dash [label=\"risk scores\"]; dash -> wardens [label=\"view\"];\n"
      " wardens -> dash [label=\"closure decision\"];\n"
      " wardens -> dash [label=\"page views\"];\n"
      "}\n";
  tmc_ir *ir = analyse_with(dot, cat, NULL);
  assert_true(elem_at(ir, "gf")->facts.outside_source);
  assert_true(cites(finding(ir, "TMC-SUPPLY-011", "gf->csv"), "AML.T0010.002"));
  uint32_t decided = 0;
  for (uint32_t i = 0; i < ir->n_findings; i++) {
    const tmc_finding *f = &ir->findings[i];
    if (strcmp(f->rule_id, "TMC-REPUD-003") != 0 || f->target_kind != TMC_TARGET_FLOW)
      continue;
    assert_string_equal(ir->flows[f->target].label, "closure decision");
    decided++;
  }
  assert_int_equal(decided, 1);
  /* quiet */
  assert_false(elem_at(ir, "own")->facts.outside_source);
  assert_null(finding(ir, "TMC-SUPPLY-011", "own->csv2"));
  assert_null(finding(ir, "TMC-SUPPLY-003", "csv2"));
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_trainer_by_library_unknown_script_dot),
      cmocka_unit_test(test_georgian_words_drawio),
      cmocka_unit_test(test_feed_theft_by_data_dot),
      cmocka_unit_test(test_form_vendor_and_verdict_decision_dot),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
