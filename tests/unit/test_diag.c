/* test_diag.c - diagnostics are collected, counted, capped, cleaned and
 * printed compiler style. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "ir/diag.h"

/* Prints d into a string the caller frees. */
static char *printed(const tmc_diags *d, bool color) {
  char *s = NULL;
  size_t n = 0;
  FILE *f = open_memstream(&s, &n);
  assert_non_null(f);
  tmc_diags_print(d, f, color);
  fclose(f);
  return s;
}

static void counts_levels(void **state) {
  tmc_diags d = TMC_DIAGS_INIT;
  tmc_error(&d, tmc_loc_at("a.dot", 3, 0), "bad %s", "thing");
  tmc_warning(&d, tmc_loc_at("a.dot", 4, 0), "odd");
  tmc_warning(&d, tmc_loc_at(NULL, 0, 0), "odder");
  tmc_note(&d, tmc_loc_at("a.dot", 5, 0), "fyi");
  assert_int_equal(d.n, 4);
  assert_int_equal(d.errors, 1);
  assert_int_equal(d.warnings, 2);
  assert_int_equal(d.v[0].level, TMC_DIAG_ERROR);
  assert_string_equal(d.v[0].msg, "bad thing");
  assert_int_equal(d.v[0].loc.line, 3);
  tmc_diags_free(&d);
  assert_int_equal(d.n, 0);
  assert_null(d.v);
}

static void prints_compiler_style(void **state) {
  tmc_diags d = TMC_DIAGS_INIT;
  tmc_error(&d, tmc_loc_at("x.dot", 7, 2), "syntax error near '%s'", "}");
  tmc_warning(&d, tmc_loc_at("x.dot", 9, 0), "unknown type");
  tmc_note(&d, tmc_loc_at("x.dot", 0, 0), "whole file");
  tmc_error(&d, tmc_loc_at(NULL, 0, 0), "no input diagram");
  char *s = printed(&d, false);
  assert_string_equal(s, "x.dot:7:2: error: syntax error near '}'\n"
                         "x.dot:9: warning: unknown type\n"
                         "x.dot: note: whole file\n"
                         "tmc: error: no input diagram\n");
  free(s);
  /* Colour adds escapes but keeps the text. */
  s = printed(&d, true);
  assert_non_null(strstr(s, "\033["));
  assert_non_null(strstr(s, "syntax error near '}'"));
  free(s);
  tmc_diags_free(&d);
}

static void location_is_copied(void **state) {
  tmc_diags d = TMC_DIAGS_INIT;
  char file[] = "first.dot";
  tmc_error(&d, tmc_loc_at(file, 1, 0), "m");
  strcpy(file, "XXXXX.dot");
  assert_string_equal(d.v[0].loc.file, "first.dot");
  tmc_diags_free(&d);
}

static void cleans_control_characters(void **state) {
  tmc_diags d = TMC_DIAGS_INIT;
  /* A message quoting a hostile label must stay on one line, no escapes. */
  tmc_error(&d, tmc_loc_at("a", 1, 0), "label '%s'", "x\n\033[2Jy\rz");
  assert_null(strchr(d.v[0].msg, '\n'));
  assert_null(strchr(d.v[0].msg, '\033'));
  assert_null(strchr(d.v[0].msg, '\r'));
  assert_string_equal(d.v[0].msg, "label 'x  [2Jy z'");
  tmc_diags_free(&d);
}

static void caps_and_counts_dropped(void **state) {
  tmc_diags d = TMC_DIAGS_INIT;
  d.max = 3;
  for (int i = 0; i < 10; i++)
    tmc_warning(&d, tmc_loc_at("a", (uint32_t)i + 1, 0), "w%d", i);
  assert_int_equal(d.n, 3);
  assert_int_equal(d.warnings, 10);
  assert_int_equal(d.dropped, 7);
  char *s = printed(&d, false);
  assert_non_null(strstr(s, "7 more diagnostics not shown"));
  free(s);
  tmc_diags_free(&d);
}

static void long_message_is_bounded(void **state) {
  tmc_diags d = TMC_DIAGS_INIT;
  char *big = malloc(100000);
  memset(big, 'a', 99999);
  big[99999] = 0;
  tmc_error(&d, tmc_loc_at("a", 1, 0), "%s", big);
  /* The message is cut, not dropped: the error still counts and prints. */
  assert_int_equal(d.errors, 1);
  assert_true(strlen(d.v[0].msg) <= 4096);
  assert_true(strlen(d.v[0].msg) > 1000);
  assert_int_equal(d.v[0].msg[0], 'a');
  free(big);
  tmc_diags_free(&d);
}

static void level_names(void **state) {
  assert_string_equal(tmc_diag_level_name(TMC_DIAG_NOTE), "note");
  assert_string_equal(tmc_diag_level_name(TMC_DIAG_WARNING), "warning");
  assert_string_equal(tmc_diag_level_name(TMC_DIAG_ERROR), "error");
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(counts_levels),
      cmocka_unit_test(prints_compiler_style),
      cmocka_unit_test(location_is_copied),
      cmocka_unit_test(cleans_control_characters),
      cmocka_unit_test(caps_and_counts_dropped),
      cmocka_unit_test(long_message_is_bounded),
      cmocka_unit_test(level_names),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
