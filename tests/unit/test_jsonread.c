/* test_jsonread.c - the strict JSON reader: what it accepts, what it refuses,
 * and that hostile input never reads past the end (run under ASan). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>

#include "ir/jsonread.h"

/* Parses a heap copy of exactly strlen(s)+1 bytes, so ASan sees an over-read. */
static tmc_jv *parse(const char *s, uint32_t *line, uint32_t *col) {
  size_t n = strlen(s) + 1;
  char *copy = malloc(n);
  memcpy(copy, s, n);
  tmc_jv *v = tmc_jv_parse(copy, line, col);
  free(copy);
  return v;
}

static void accepts(void **state) {
  tmc_jv *v =
      parse("{\"a\": [1, \"x\\u00e9\\ud83d\\ude00\", true, null], \"b\": {\"c\": -2.5}}",
            NULL, NULL);
  assert_non_null(v);
  assert_string_equal(tmc_jv_str(v, "a/1"), "x\xc3\xa9\xf0\x9f\x98\x80");
  assert_true(tmc_jv_num(v, "b/c") == -2.5);
  assert_int_equal(tmc_jv_len(v, "a"), 4);
  assert_null(tmc_jv_get(v, "a/9"));
  tmc_jv_free(v);
}

static void refuses_without_overread(void **state) {
  static const char *bad[] = {
      "\"abc\\u",           /* \u at the very end */
      "\"abc\\u12",         /* half an escape */
      "\"abc\\",            /* backslash at the end */
      "\"\\ud800\\u0041\"", /* high surrogate without a low one */
      "\"\\udc00\"",        /* lone low surrogate */
      "\"a\x01\"",          /* raw control character */
      "\"\xff\"",           /* invalid UTF-8 */
      "[1, 2",              /* truncated */
      "{\"a\" 1}",          /* missing colon */
      "[1] x",              /* trailing garbage */
      "",
  };
  for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
    tmc_jv *v = parse(bad[i], NULL, NULL);
    if (v)
      fail_msg("accepted bad JSON #%zu: %s", i, bad[i]);
  }
}

static void depth_is_bounded(void **state) {
  char deep[200];
  memset(deep, '[', 100);
  memset(deep + 100, ']', 99);
  deep[199] = 0;
  assert_null(parse(deep, NULL, NULL));
  char ok[130];
  memset(ok, '[', 60);
  memset(ok + 60, ']', 60);
  ok[120] = 0;
  tmc_jv *v = parse(ok, NULL, NULL);
  assert_non_null(v);
  tmc_jv_free(v);
}

static void error_position(void **state) {
  uint32_t line = 0, col = 0;
  assert_null(parse("{\n  \"a\": [1,\n  }\n", &line, &col));
  assert_int_equal(line, 3);
  assert_true(col >= 3);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(accepts),
      cmocka_unit_test(refuses_without_overread),
      cmocka_unit_test(depth_is_bounded),
      cmocka_unit_test(error_position),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
