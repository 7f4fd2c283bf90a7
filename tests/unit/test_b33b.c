/* test_b33b.c - what blind33's Amharic coffee-quality diagram taught (b33b):
 * labels and unquoted DOT ids in Ethiopic script. Ethiopic punctuation parts
 * words as ASCII punctuation does: the wordspace "፡" joins words where a
 * space would (an id "የሥልጠና፡መረጃ" reads as "የሥልጠና መረጃ"), the comma "፣"
 * ends a label's name part; the Amharic proclitics "የ" (of), "ለ", "በ", "ከ"
 * written onto a word are words apart ("የሞዴል ማከማቻ" holds "ሞዴል ማከማቻ");
 * letters Amharic pronounces alike (ሠ and ሰ, ሐ, ኀ and ሀ) are one letter. A
 * form server teams also run themselves (KoboToolbox, ODK Central) drawn in
 * the system's own zone is its server; a script that reads the data and
 * saves the model's file ("pickle.dump") is the training step; the model a
 * training step writes straight into and the system serves erodes
 * (AML.T0031) where the poison lands. Each case in a domain and wording of
 * this file's own (a hospital's readmission model, a bakery's demand
 * model), and a classic-ML system gets no LLM ids. */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "catalog/lexicon.h"
#include "path_helpers.h"

/* The kind of text's head noun, TMC_KIND_COUNT when it has none. */
static tmc_kind head_kind(const char *text) {
  tmc_kind k;
  tmc_tech t;
  const char *w;
  bool at_end;
  return tmc_lexicon_head(tmc_catalog_lexicon(cat), text, &k, &t, &w, &at_end)
             ? k
             : TMC_KIND_COUNT;
}

/* Words in Ethiopic script: the wordspace between words, a proclitic on
 * the first, a homophone letter, the comma ending the name part. */
static void test_ethiopic_heads(void **state) {
  (void)state;
  /* "training information", joined by the wordspace, "የ" on its first word,
   * "ሥ" for "ስ" */
  assert_int_equal(head_kind("የሥልጠና፡መረጃ"), TMC_KIND_DATASET);
  assert_int_equal(head_kind("የሥልጠና መረጃ (CSV)"), TMC_KIND_DATASET);
  /* "regional employees, 12 offices": "ሠ" for "ሰ", the name part ends at "፣" */
  assert_int_equal(head_kind("የክልል ሠራተኞች፣ 12 ቢሮዎች"), TMC_KIND_EXTERNAL);
  /* "the models' store", with "ኀ" nowhere and "የ" on the first word */
  assert_int_equal(head_kind("የሞዴሎች ማከማቻ"), TMC_KIND_MODEL_REGISTRY);
  /* "the patients' database" */
  assert_int_equal(head_kind("የታካሚዎች መረጃ ቋት"), TMC_KIND_DATA_STORE);
  /* a word that only starts with the syllable "በ" is not split: "በጀት"
   * (budget) names nothing, and "ጀት" alone is no word either */
  assert_int_equal(head_kind("በጀት"), TMC_KIND_COUNT);
}

/* DOT, a hospital's readmission model labelled in Amharic, every id
 * unquoted Ethiopic joined by the wordspace: the doctors outside are people;
 * the training data and the weekly model training are named by their heads
 * under their proclitics; the models' store is the registry; KoboToolbox in
 * the hospital's own network is its server, while ODK Central left outside
 * every cluster is the vendor's. */
static void test_amharic_hospital_dot(void **state) {
  (void)state;
  static const char dot[] =
      "digraph ሆስፒታል፡ትንበያ {\n"
      " node [shape=box];\n"
      " ሐኪሞች [shape=ellipse, label=\"ሐኪሞች\\n(የዋርድ ቡድኖች)\"];\n"
      " ODK፡ቅጾች [shape=box3d, label=\"ODK Central\\n(የክትትል ቅጾች)\"];\n"
      " subgraph cluster_ሆስፒታል { label=\"የሆስፒታሉ ውስጣዊ ኔትወርክ\"; style=dashed;\n"
      "  ኮቦ [label=\"KoboToolbox\\n(የዋርድ ቅጾች)\"];\n"
      "  የታካሚ፡መዝገብ [shape=cylinder, label=\"የታካሚዎች መረጃ ቋት\\n(MySQL)\"];\n"
      "  የሥልጠና፡መረጃ [shape=tab, label=\"የሥልጠና መረጃ፣ ከ2019 ጀምሮ\"];\n"
      "  ሳምንታዊ፡ሥልጠና [label=\"የሞዴል ሥልጠና\\n(cron)\"];\n"
      "  የሞዴል፡ማከማቻ [shape=folder, label=\"የሞዴሎች ማከማቻ\"];\n"
      "  ትንበያ [label=\"የዳግም መግቢያ ትንበያ ሞዴል\"];\n"
      " }\n"
      " ሐኪሞች -> ኮቦ [label=\"የታካሚ ሪፖርት\"];\n"
      " ODK፡ቅጾች -> የታካሚ፡መዝገብ [label=\"ወርሃዊ ኤክስፖርት\"];\n"
      " ኮቦ -> የታካሚ፡መዝገብ;\n"
      " የታካሚ፡መዝገብ -> የሥልጠና፡መረጃ; የሥልጠና፡መረጃ -> ሳምንታዊ፡ሥልጠና;\n"
      " ሳምንታዊ፡ሥልጠና -> የሞዴል፡ማከማቻ [label=\"አዲስ ሞዴል\"];\n"
      " የሞዴል፡ማከማቻ -> ትንበያ; የታካሚ፡መዝገብ -> ትንበያ; ትንበያ -> ሐኪሞች;\n"
      "}\n";
  tmc_ir *ir = analyse_with(dot, cat, "rules");
  assert_int_equal(kind_at(ir, "ሐኪሞች"), TMC_KIND_EXTERNAL);
  assert_true(elem_at(ir, "ሐኪሞች")->facts.person);
  assert_int_equal(kind_at(ir, "የሥልጠና፡መረጃ"), TMC_KIND_DATASET);
  assert_int_equal(kind_at(ir, "ሳምንታዊ፡ሥልጠና"), TMC_KIND_PIPELINE);
  assert_int_equal(kind_at(ir, "የሞዴል፡ማከማቻ"), TMC_KIND_MODEL_REGISTRY);
  assert_int_equal(kind_at(ir, "ትንበያ"), TMC_KIND_MODEL);
  assert_int_equal(kind_at(ir, "የታካሚ፡መዝገብ"), TMC_KIND_DATA_STORE);
  /* the form server the hospital runs in its own network, and the vendor's */
  assert_int_equal(kind_at(ir, "ኮቦ"), TMC_KIND_PROCESS);
  assert_int_equal(elem_at(ir, "ኮቦ")->kind_source, TMC_SOURCE_ZONE);
  assert_int_equal(kind_at(ir, "ODK፡ቅጾች"), TMC_KIND_EXTERNAL);
  /* the training data others can influence: poisoning, and no LLM ids */
  assert_true(any_cites(ir, NULL, "AML.T0020"));
  assert_false(any_llm_id(ir));
  tmc_ir_free(ir);
}

/* DOT, a bakery chain's demand model in English: "Weekly fit (R script)"
 * reads the sales history and saves "demand.pkl" ("pickle.dump"), which
 * the ordering service loads: the script is the training step; the
 * service loading the file stays a process; a path from the shop staff
 * who key in the sales poisons the model where the training writes it and
 * erodes the model served (AML.T0018.000 with AML.T0031). */
static void test_trainer_saves_model_file_dot(void **state) {
  (void)state;
  static const char dot[] =
      "digraph bakery {\n"
      " node [shape=box, style=rounded];\n"
      " staff [shape=ellipse, label=\"Shop staff\\n(tills)\"];\n"
      " subgraph cluster_hq { label=\"Head office\"; style=dashed;\n"
      "  till [label=\"Till sync (Flask)\"];\n"
      "  sales [shape=cylinder, label=\"Sales history\\n(Postgres)\"];\n"
      "  fit [shape=component, label=\"Weekly fit\\n(R script)\"];\n"
      "  pkl [shape=hexagon, label=\"demand.pkl\\n(demand model)\"];\n"
      "  order [label=\"Ordering service\"];\n"
      "  flour [shape=cylinder, label=\"Flour orders\\n(Postgres)\"];\n"
      " }\n"
      " staff -> till [label=\"daily sales\"]; till -> sales;\n"
      " sales -> fit [label=\"last 2 years\"];\n"
      " fit -> pkl [label=\"pickle.dump\"];\n"
      " pkl -> order [label=\"pickle.load\"];\n"
      " order -> flour [label=\"order quantities\"];\n"
      "}\n";
  tmc_ir *ir = analysed(dot);
  assert_int_equal(kind_at(ir, "fit"), TMC_KIND_PIPELINE);
  assert_int_equal(elem_at(ir, "fit")->kind_source, TMC_SOURCE_FLOWS);
  assert_int_equal(kind_at(ir, "pkl"), TMC_KIND_MODEL);
  assert_int_equal(kind_at(ir, "order"), TMC_KIND_PROCESS);
  assert_true(aimed(ir, "staff", "pkl", "tamper_model"));
  assert_true(
      hop_names(ir, "staff", "pkl", "tamper_model", "pkl", "AML.T0018.000", "AML.T0031"));
  assert_false(any_llm_id(ir));
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_ethiopic_heads),
      cmocka_unit_test(test_amharic_hospital_dot),
      cmocka_unit_test(test_trainer_saves_model_file_dot),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
