/* test_r2lang.c - what variants33's Ukrainian quarantine lab and Kazakh
 * clinic digest taught (thirty-third session, round 2, helper r2lang),
 * drawn here in the neighbouring languages and another domain:
 *   - a data-flow diagram drawn with draw.io's flowchart library puts the
 *     people and outside services in terminators and whoever types data in
 *     in the manual-input shape: the outside, whatever the label's language
 *     (unknown words included); a tape and a document are stores, a
 *     predefined process a step;
 *   - the trades, scientists and inspectors of a lab in Russian, Belarusian
 *     and Bulgarian, head first ("Техники (ввод проб)"), are people, and a
 *     lab instrument named first ("Секвенатор Illumina") a device; the labels
 *     typed for training and a reference library are datasets;
 *   - Kyrgyz, Uzbek, Turkish and Azerbaijani visitors, head last after the
 *     site they visit ("Сайттын келүүчүлөрү"), are people, not the site; a
 *     regional review platform's API ("Yandex Business API") is the
 *     platform's. */
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

#define FC(name) "shape=mxgraph.flowchart." name ";whiteSpace=wrap;html=1;"

/* A grain elevator's quality grading in Russian, flowchart shapes only; the
 * labels say no kind word, so only the shapes speak. */
static const char *const ELEVATOR = HEAD ZONE("z", "Элеватор", 200, 0, 600, 400)
    V("scale", "Приёмка (весовая)", FC("manual_input"), 20, 40, 120,
      60) V("fgis", "ФГИС «Зерно»", FC("terminator"), 20, 200, 120, 60)
        C("grade", "z", "Расчёт класса зерна", FC("predefined_process"), 40, 40, 140, 60)
            C("acts", "z", "Акты отбора проб", FC("document"), 240, 40, 140, 60)
                C("cfg", "z", "Настройки выгрузки", FC("paper_tape"), 240, 200, 140, 60)
                    E("e1", "scale", "grade") E("e2", "grade", "acts")
                        E("e3", "cfg", "grade") E("e4", "grade", "fgis") TAIL;

static void test_flowchart_shapes_of_a_dfd(void **state) {
  (void)state;
  tmc_ir *ir = analysed_as("t.drawio", ELEVATOR);
  assert_non_null(ir);
  assert_int_equal(ir->elements[el(ir, "scale")].kind, TMC_KIND_EXTERNAL);
  assert_int_equal(ir->elements[el(ir, "fgis")].kind, TMC_KIND_EXTERNAL);
  assert_int_equal(ir->elements[el(ir, "grade")].kind, TMC_KIND_PROCESS);
  assert_int_equal(ir->elements[el(ir, "acts")].kind, TMC_KIND_DATA_STORE);
  assert_int_equal(ir->elements[el(ir, "cfg")].kind, TMC_KIND_DATA_STORE);
  assert_true(ir->elements[el(ir, "scale")].facts.is_entry);
  tmc_ir_free(ir);
}

/* A forestry lab's pest identification in Russian, Belarusian and
 * Bulgarian. */
static const char *const FORESTRY =
    "digraph {\n"
    "  tech [label=\"Техники (ввод проб)\", shape=box];\n"
    "  ento [label=\"Энтомологи\", shape=box];\n"
    "  insp [label=\"Инспекторы (решения)\", shape=box];\n"
    "  bel [label=\"Тэхнікі лабараторыі\", shape=box];\n"
    "  bg [label=\"Биолози (потвърждават вида)\", shape=box];\n"
    "  subgraph cluster_lab { label=\"Лаборатория\";\n"
    "    seq [label=\"Секвенатор Illumina MiSeq\", shape=box3d];\n"
    "    labels [label=\"Таблица меток labels.xlsx\", shape=cylinder];\n"
    "    ref [label=\"Референсная библиотека NCBI\\n(копия)\", shape=cylinder];\n"
    "    fit [label=\"Еженедельное обучение модели\", shape=box];\n"
    "    svc [label=\"Сервис классификации\", shape=box];\n"
    "  }\n"
    "  tech -> seq; seq -> svc; ento -> labels; labels -> fit; ref -> fit;\n"
    "  fit -> svc; svc -> insp; bel -> labels; bg -> labels;\n"
    "}\n";

static void test_cyrillic_people_instruments_and_data(void **state) {
  (void)state;
  tmc_ir *ir = analysed(FORESTRY);
  assert_non_null(ir);
  static const char *const people[] = {"tech", "ento", "insp", "bel", "bg", "seq"};
  for (size_t i = 0; i < sizeof people / sizeof *people; i++)
    assert_int_equal(ir->elements[el(ir, people[i])].kind, TMC_KIND_EXTERNAL);
  assert_string_equal(ir->elements[el(ir, "tech")].kind_evidence, "техники");
  assert_int_equal(ir->elements[el(ir, "labels")].kind, TMC_KIND_DATASET);
  assert_int_equal(ir->elements[el(ir, "ref")].kind, TMC_KIND_DATASET);
  /* the service that classifies is the system's code, not a person */
  assert_int_equal(ir->elements[el(ir, "svc")].kind, TMC_KIND_PROCESS);
  tmc_ir_free(ir);
}

/* A guesthouse's enquiry digest: visitors of its site in four Turkic
 * languages, and a review platform's API. */
static const char *const GUESTHOUSE =
    "digraph {\n"
    "  kg [label=\"Сайттын келүүчүлөрү\\n(жазылуу формасы)\"];\n"
    "  uz [label=\"Veb-sayt tashrif buyuruvchilari\"];\n"
    "  tr [label=\"Web sitesi ziyaretçileri\"];\n"
    "  az [label=\"Sayt ziyarətçiləri\"];\n"
    "  yb [shape=box3d, label=\"Yandex Business API · отзывы\"];\n"
    "  subgraph cluster_vps { label=\"VPS\";\n"
    "    job [shape=box, label=\"Kechki ish\\nPython · cron\"];\n"
    "    db [shape=cylinder, label=\"Arizalar jadvali\"];\n"
    "  }\n"
    "  llm [label=\"GPT-4o mini (OpenAI API)\"];\n"
    "  kg -> db; uz -> db; tr -> db; az -> db; yb -> job; db -> job;\n"
    "  job -> llm; llm -> job;\n"
    "}\n";

static void test_turkic_visitors_and_review_platform(void **state) {
  (void)state;
  tmc_ir *ir = analysed(GUESTHOUSE);
  assert_non_null(ir);
  static const char *const visitors[] = {"kg", "uz", "tr", "az"};
  for (size_t i = 0; i < sizeof visitors / sizeof *visitors; i++) {
    const tmc_element *e = &ir->elements[el(ir, visitors[i])];
    assert_int_equal(e->kind, TMC_KIND_EXTERNAL);
    assert_int_equal(e->kind_source, TMC_SOURCE_HEAD_NOUN);
    assert_true(e->facts.is_entry);
  }
  assert_int_equal(ir->elements[el(ir, "yb")].kind, TMC_KIND_EXTERNAL);
  assert_int_equal(ir->elements[el(ir, "job")].kind, TMC_KIND_PROCESS);
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_flowchart_shapes_of_a_dfd),
      cmocka_unit_test(test_cyrillic_people_instruments_and_data),
      cmocka_unit_test(test_turkic_visitors_and_review_platform),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
