/* test_b32b.c - what blind32's Persian saffron-grading diagram taught (b32b):
 * labels in Persian and Arabic script as their authors type them. Invisible
 * bidi marks at a label's start and around a Latin product name are dropped,
 * so the words are the words written; a zero-width non-joiner between the
 * parts of a compound or before a suffix reads as a space ("پایگاه‌داده" is
 * "پایگاه داده"), unless another part of a compound follows it
 * ("مدل‌سازی" is modelling, no model); Persian and Arabic yeh and kaf are one
 * letter
 * each; an ezafe after heh ("پوشه‌ی", "پوشهٔ") is left out of a phrase; the
 * Arabic comma ends a word; a DOT label's character references ("&#x200C;",
 * "&#228;", "&amp;") are decoded as Graphviz decodes them; a quoted id with
 * a non-joiner stays exactly as written. Each case in a domain and wording of
 * this file's own (a clinic's no-show model, a courier's parcel photos), and
 * a classic-ML system gets no LLM ids. */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "drawio_macros.h"
#include "engine_helpers.h"
#include "frontend/text.h"

#define ZWNJ "\xE2\x80\x8C"
#define RLM "\xE2\x80\x8F"
#define LRM "\xE2\x80\x8E"

/* Does any element's or flow's label hold s? */
static bool any_label_has(const tmc_ir *ir, const char *s) {
  for (uint32_t i = 0; i < ir->n_elements; i++)
    if (ir->elements[i].label && strstr(ir->elements[i].label, s))
      return true;
  for (uint32_t i = 0; i < ir->n_flows; i++)
    if (ir->flows[i].label && strstr(ir->flows[i].label, s))
      return true;
  for (uint32_t i = 0; i < ir->n_boundaries; i++)
    if (ir->boundaries[i].label && strstr(ir->boundaries[i].label, s))
      return true;
  return false;
}

/* DOT, a clinic's appointment no-show model, labelled in Persian with a
 * right-to-left mark at every label's start and left-to-right marks around
 * the Latin names: the patients outside are people and an entry; the
 * appointments database (its quoted id "نوبت‌ها" holds a non-joiner) is a
 * store by its head, written as one word with a non-joiner and an ezafe
 * ("پایگاه‌داده‌ی نوبت‌ها"); the model folder is written with the
 * hamza ezafe ("پوشهٔ مدل‌ها"): a model registry; the model's label writes
 * its non-joiner as "&#x200C;"; the Latin name before an Arabic comma is read
 * ("Django،"); the settings file holding "رمز عبور" (a password) keeps
 * credentials. */
static void test_persian_clinic_dot(void **state) {
  (void)state;
  static const char dot[] =
      "digraph clinic {\n"
      " node [shape=box];\n"
      " subgraph cluster_out { label=\"" RLM "بیرون\"; style=dashed;\n"
      "  bimaran [label=\"" RLM "بیماران\\n(نوبت" ZWNJ "گیری آنلاین)\", shape=ellipse];\n"
      " }\n"
      " subgraph cluster_in { label=\"" RLM "شبکه داخلی درمانگاه\"; style=dashed;\n"
      "  nobat [label=\"" RLM "سرویس نوبت" ZWNJ "دهی\\n(" LRM "Django" LRM
      "، سرور داخلی)\"];\n"
      "  \"نوبت" ZWNJ "ها\" [label=\"" RLM "پایگاه" ZWNJ "داده" ZWNJ "ی نوبت" ZWNJ
      "ها\\n(" LRM "PostgreSQL" LRM ")\"];\n"
      "  reg [label=\"" RLM "پوشهٔ مدل" ZWNJ "ها\"];\n"
      "  model [label=\"" RLM "مدل پیش" ZWNJ "بینی غیبت&#x200C;ها\", shape=hexagon];\n"
      "  config [label=\"" RLM "فایل تنظیمات\\n(رمز عبور پایگاه داده)\"];\n"
      " }\n"
      " bimaran -> nobat [label=\"درخواست نوبت\"];\n"
      " nobat -> \"نوبت" ZWNJ "ها\" [label=\"ثبت نوبت\"];\n"
      " reg -> model [label=\"بارگذاری\"];\n"
      " nobat -> model [dir=both, label=\"احتمال غیبت\"];\n"
      " nobat -> config [label=\"خواندن\"];\n"
      "}\n";
  tmc_ir *ir = analyse_with(dot, cat, NULL);
  assert_non_null(ir);
  /* the marks are gone, nothing stands in for them */
  assert_false(any_label_has(ir, RLM));
  assert_false(any_label_has(ir, LRM));
  assert_false(any_label_has(ir, "\xEF\xBF\xBD"));
  assert_string_equal(ir->boundaries[0].label, "بیرون");
  assert_int_equal(kind_at(ir, "bimaran"), TMC_KIND_EXTERNAL);
  assert_true(entry_at(ir, "bimaran"));
  assert_int_equal(kind_at(ir, "nobat"), TMC_KIND_PROCESS);
  assert_int_not_equal(elem_at(ir, "nobat")->tech, TMC_TECH_NONE);
  /* the id keeps its non-joiner: found as written */
  assert_int_equal(kind_at(ir, "نوبت" ZWNJ "ها"), TMC_KIND_DATA_STORE);
  assert_int_equal(elem_at(ir, "نوبت" ZWNJ "ها")->kind_source, TMC_SOURCE_HEAD_NOUN);
  assert_int_equal(kind_at(ir, "reg"), TMC_KIND_MODEL_REGISTRY);
  assert_int_equal(kind_at(ir, "model"), TMC_KIND_MODEL);
  assert_string_equal(elem_at(ir, "model")->label, "مدل پیش" ZWNJ "بینی غیبت" ZWNJ "ها");
  assert_int_equal(kind_at(ir, "config"), TMC_KIND_DATA_STORE);
  assert_true(TMC_ROLESET_HAS(elem_at(ir, "config")->roles, TMC_ROLE_CREDENTIAL_HOLDER));
  assert_false(any_llm_id(ir));
  tmc_ir_free(ir);
}

/* draw.io, a courier's parcel-damage photos, in Persian typed on an Arabic
 * keyboard (Arabic yeh "ي" and kaf "ك" for Persian "ی" and "ک"): the couriers
 * are people, the tracking service a process, the parcels' database a store,
 * the warehouse camera's photos feed the damage model, which grades parcels
 * into the claims database (a model's verdicts there can be changed). */
static void test_arabic_keyboard_drawio(void **state) {
  (void)state;
  static const char xml[] = HEAD ZONE("z", "&#x200F;شبكه داخلي انبار", 300, 0, 700, 500)
      V("couriers", "&#x200F;پيك‌ها و رانندگان",
        "ellipse;whiteSpace=wrap;html=1;", 0, 40, 120,
        60) C("cam", "z", "&#x200F;دوربين انبار", CARD, 20, 40, 160,
              60) C("svc", "z", "&#x200F;سرويس رهگيري", CARD, 20, 200, 160, 60)
          C("db", "z", "&#x200F;پايگاه‌داده مرسوله‌ها", CARD, 250,
            200, 160, 60) C("m", "z", "&#x200F;مدل تشخيص آسيب", CARD, 250, 40, 160, 60)
              C("claims", "z", "&#x200F;پايگاه داده خسارت‌ها", DB, 450,
                40, 160, 60) LINK("e1", "couriers", "svc", "ثبت مرسوله")
                  LINK("e2", "svc", "db", "ذخيره") LINK("e3", "cam", "m", "عكس مرسوله")
                      LINK("e4", "m", "claims", "درجه آسيب") TAIL;
  tmc_ir *ir = drawio_analysed(xml, NULL);
  assert_non_null(ir);
  assert_false(any_label_has(ir, "\xEF\xBF\xBD"));
  assert_int_equal(kind_at(ir, "couriers"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "svc"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "db"), TMC_KIND_DATA_STORE);
  assert_int_equal(kind_at(ir, "m"), TMC_KIND_MODEL);
  assert_int_equal(kind_at(ir, "claims"), TMC_KIND_DATA_STORE);
  assert_true(ir->flows[flow(ir, "m", "claims")].facts.model_verdict);
  assert_true(elem_at(ir, "m")->facts.physical_input);
  assert_false(any_llm_id(ir));
  tmc_ir_free(ir);
}

/* Near misses: a word before a non-joiner and another part of a compound is
 * that compound's, not the word ("مدل‌سازی داده" is data modelling, no
 * model; "عکس‌برداری" photography); "کشاورزان" holds "کش" (a cache)
 * only as letters. */
static void test_compounds_quiet(void **state) {
  (void)state;
  static const char dot[] = "digraph q {\n"
                            " node [shape=box];\n"
                            " a [label=\"واحد مدل" ZWNJ "سازی داده\"];\n"
                            " b [label=\"کشاورزان\"];\n"
                            " c [label=\"سرویس نوبت\"];\n"
                            " b -> c; c -> a;\n"
                            "}\n";
  tmc_ir *ir = analyse_with(dot, cat, NULL);
  assert_non_null(ir);
  assert_int_not_equal(kind_at(ir, "a"), TMC_KIND_MODEL);
  assert_int_not_equal(kind_at(ir, "b"), TMC_KIND_DATA_STORE);
  assert_int_equal(kind_at(ir, "b"), TMC_KIND_EXTERNAL);
  tmc_ir_free(ir);
}

/* A DOT label's character references, as Graphviz draws them: hex and
 * decimal, HTML entity names; a reference to no character, an unknown name
 * or one without its ';' stays as written. */
static void test_dot_character_references(void **state) {
  (void)state;
  tmc_arena *a = tmc_arena_new();
  assert_string_equal(tmc_text_dot_escapes(a, "گواهی&#x200C;نامه", "", 0, NULL),
                      "گواهی" ZWNJ "نامه");
  assert_string_equal(
      tmc_text_dot_escapes(a, "Veneilij&#228;t &amp; m&auml;t", "", 0, NULL),
      "Veneilijät & mät");
  assert_string_equal(tmc_text_dot_escapes(a, "a&#X41;b &#x1F600;", "", 0, NULL),
                      "aAb \xF0\x9F\x98\x80");
  assert_string_equal(tmc_text_dot_escapes(
                          a, "&#xD800; &#0; &nosuch; &#x41 &amp &#x110000;", "", 0, NULL),
                      "&#xD800; &#0; &nosuch; &#x41 &amp &#x110000;");
  const char *detail = NULL;
  assert_string_equal(tmc_text_dot_name_line(a, "Ledger&#10;(Oracle)", "", 0, &detail),
                      "Ledger");
  assert_string_equal(detail, "(Oracle)");
  /* an override stays for the front ends' door to repair; a mark goes */
  assert_string_equal(tmc_text_dot_escapes(a, RLM "x" LRM "y", "", 0, NULL), "xy");
  tmc_arena_free(a);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_persian_clinic_dot),
      cmocka_unit_test(test_arabic_keyboard_drawio),
      cmocka_unit_test(test_compounds_quiet),
      cmocka_unit_test(test_dot_character_references),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
