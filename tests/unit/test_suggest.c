/* test_suggest.c - did-you-mean: edit distances (with transpositions, case
 * folded, bounded), and suggestions only for likely typos. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "ir/suggest.h"

static void distances(void **state) {
  (void)state;
  assert_int_equal(tmc_edit_distance("protocol", "protocol", 3), 0);
  assert_int_equal(tmc_edit_distance("protocl", "protocol", 3), 1);
  assert_int_equal(tmc_edit_distance("enrty", "entry", 3), 1); /* transposition */
  assert_int_equal(tmc_edit_distance("HTPS", "https", 3), 1);  /* case folded */
  assert_int_equal(tmc_edit_distance("kitten", "sitting", 3), 3);
  assert_int_equal(tmc_edit_distance("kitten", "sitting", 2), 3); /* bounded: max + 1 */
  assert_int_equal(tmc_edit_distance("", "abc", 5), 3);
  char big[100];
  memset(big, 'a', 99);
  big[99] = 0;
  assert_int_equal(tmc_edit_distance(big, big, 2), 3); /* too long is never near */
}

static void suggestions(void **state) {
  (void)state;
  const char *vocab[] = {"protocol", "controls",      "sensitivity", "data",
                         "entry",    "authenticated", "trust",       "type"};
  size_t n = sizeof vocab / sizeof *vocab;
  assert_string_equal(tmc_suggest("protocl", vocab, n), "protocol");
  assert_string_equal(tmc_suggest("contols", vocab, n), "controls");
  assert_string_equal(tmc_suggest("sensitivty", vocab, n), "sensitivity");
  assert_string_equal(tmc_suggest("dat", vocab, n), "data");
  assert_string_equal(tmc_suggest("enrty", vocab, n), "entry");
  assert_string_equal(tmc_suggest("authenticaed", vocab, n), "authenticated");
  assert_null(tmc_suggest("colour", vocab, n));   /* nothing near */
  assert_null(tmc_suggest("protocol", vocab, n)); /* itself is no suggestion */
  assert_null(tmc_suggest("", vocab, n));
  assert_string_equal(tmc_suggest("tmc-llm-02", (const char *[]){"TMC-LLM-002"}, 1),
                      "TMC-LLM-002");
  struct row {
    int x;
    const char *name;
  } rows[] = {{1, "https"}, {2, "http"}, {3, NULL}};
  assert_string_equal(
      tmc_suggest_in("htps", rows, 3, sizeof *rows, offsetof(struct row, name)), "https");
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(distances),
      cmocka_unit_test(suggestions),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
