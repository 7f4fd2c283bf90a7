/* test_review34.c - words that name an AI task in one sense and an ordinary
 * thing in another must not make ordinary systems AI ones: a school's
 * grades ("оценки") are no scoring model, distance learning ("оқыту") is no
 * training step, and a classic model's "vector" (a support vector machine)
 * does not make the search index its caller writes a vector store. */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "engine_helpers.h"
#include "path_helpers.h"

static void no_ai_kind(const char *dot) {
  tmc_ir *ir = analysed(dot);
  assert_non_null(ir);
  for (uint32_t i = 0; i < ir->n_elements; i++) {
    tmc_kind k = ir->elements[i].kind;
    assert_true(k != TMC_KIND_MODEL && k != TMC_KIND_PIPELINE && k != TMC_KIND_LLM);
  }
  assert_false(any_ai_id(ir));
  tmc_ir_free(ir);
}

/* A school's grade book drawn as a DFD: a process that enters grades. */
static void test_school_grades_are_no_model(void **state) {
  (void)state;
  no_ai_kind("digraph school {\n"
             "  t [label=\"Учителя\", shape=box];\n"
             "  p [label=\"2.0 Выставление оценки\", shape=circle];\n"
             "  u [label=\"3.0 Оцінка учнів\", shape=circle];\n"
             "  j [label=\"Журнал успеваемости\", shape=cylinder];\n"
             "  t -> p; p -> j; t -> u; u -> j;\n"
             "}\n");
}

/* A Kazakh college's distance-learning portal, as a DFD. */
static void test_distance_learning_is_no_training(void **state) {
  (void)state;
  no_ai_kind("digraph college {\n"
             "  s [label=\"Студенттер\", shape=box];\n"
             "  p [label=\"1.0 Қашықтықтан оқыту\", shape=circle];\n"
             "  k [label=\"2.0 Тілге үйрету\", shape=circle];\n"
             "  d [label=\"Курстар\", shape=cylinder];\n"
             "  s -> p; p -> d; s -> k; k -> d;\n"
             "}\n");
}

/* Fraud checks with a support vector machine; the same service writes its
 * logs into Elasticsearch with an unlabelled arrow: a log index, not a
 * vector store. */
static void test_svm_caller_index_is_no_vector_store(void **state) {
  (void)state;
  tmc_ir *ir = analysed("digraph fraud {\n"
                        "  api [label=\"Payments API\"];\n"
                        "  svm [label=\"Fraud model (support vector machine)\", "
                        "shape=ellipse];\n"
                        "  es [label=\"Elasticsearch\", shape=cylinder];\n"
                        "  api -> svm [dir=both]; api -> es;\n"
                        "}\n");
  assert_non_null(ir);
  assert_int_equal(kind_at(ir, "svm"), TMC_KIND_MODEL);
  assert_int_equal(kind_at(ir, "es"), TMC_KIND_DATA_STORE);
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_school_grades_are_no_model),
      cmocka_unit_test(test_distance_learning_is_no_training),
      cmocka_unit_test(test_svm_caller_index_is_no_vector_store),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
