/* test_jsonplain36.c - tmc_json_plain_len reads long strings eight bytes at
 * a time (perf36): it must stop at the same byte as a byte-by-byte reading,
 * whatever byte needs escaping and wherever it stands (in the first sixteen
 * bytes, in a word, in the tail after the last whole word). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "backends/escape.h"

/* printable ASCII but '"' and '\\' */
static int plain(unsigned char c) {
  return c >= 0x20 && c < 0x7F && c != '"' && c != '\\';
}

static size_t reference(const char *s) {
  size_t i = 0;
  while (plain((unsigned char)s[i]))
    i++;
  return i;
}

static void every_byte_at_every_place(void **state) {
  (void)state;
  char s[64];
  for (size_t len = 0; len < 48; len++)
    for (size_t at = 0; at <= len; at++)
      for (int c = 1; c < 256; c++) {
        for (size_t i = 0; i < len; i++)
          s[i] = (char)('a' + i % 26);
        s[len] = 0;
        if (at < len)
          s[at] = (char)c;
        assert_int_equal(tmc_json_plain_len(s), reference(s));
      }
}

static void whole_strings_copied_as_they_are(void **state) {
  (void)state;
  tmc_buf b = TMC_BUF_INIT;
  const char *text = "a flow from the payment service to the ledger, over mTLS";
  tmc_json_str(&b, text);
  assert_int_equal(b.len, strlen(text) + 2);
  assert_memory_equal(b.data + 1, text, strlen(text));
  tmc_buf_clear(&b);
  tmc_json_str(&b, "a long label that says \"quoted\" and ends\twith a tab");
  assert_string_equal(b.data,
                      "\"a long label that says \\\"quoted\\\" and ends\\twith a tab\"");
  tmc_buf_free(&b);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(every_byte_at_every_place),
      cmocka_unit_test(whole_strings_copied_as_they_are),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
