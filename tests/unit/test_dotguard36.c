/* test_dotguard36.c - the DOT token guard reads plain runs a run at a time
 * (perf36); it must refuse exactly what the byte-at-a-time scan refused, at
 * the same line with the same words. The reference below is that scan as it
 * was; random texts over the bytes that matter (quotes, escapes, comment and
 * HTML openers, newlines, blanks) and small limits compare the two. */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "frontend/dotguard.h"

typedef enum { R_CODE, R_QUOTED, R_HTML, R_BLOCK, R_LINE } rstate;

/* The reference answer: -1 and the line and kind of the first run too long,
 * or 0. */
static int reference(const char *data, size_t len, uint32_t max, uint32_t *at,
                     rstate *kind) {
  rstate s = R_CODE;
  uint32_t line = 1, start = 1, html_depth = 0;
  size_t run = 0;
  bool line_start = true;
  for (size_t i = 0; i < len; i++) {
    unsigned char c = (unsigned char)data[i];
    unsigned char next = i + 1 < len ? (unsigned char)data[i + 1] : 0;
    bool brk = c == '\n';
    switch (s) {
    case R_CODE:
      if (c == '"' || c == '<' || (c == '/' && (next == '*' || next == '/')) ||
          (c == '#' && line_start)) {
        s = c == '"'      ? R_QUOTED
            : c == '<'    ? R_HTML
            : c == '#'    ? R_LINE
            : next == '*' ? R_BLOCK
                          : R_LINE;
        html_depth = c == '<';
        if (c == '/')
          i++;
        brk = true;
      } else if (c <= ' ' || strchr("{}[];,=:\"<>", c) != NULL)
        brk = true;
      break;
    case R_QUOTED:
      if (c == '\\') {
        brk = true;
        if (next == '\n')
          line++;
        i++;
      } else if (c == '"') {
        s = R_CODE;
        brk = true;
      }
      break;
    case R_HTML:
      if (c == '<' || c == '>') {
        brk = true;
        html_depth += c == '<' ? 1 : -1u;
        if (html_depth == 0)
          s = R_CODE;
      }
      break;
    case R_BLOCK:
      if (c == '*') {
        brk = true;
        if (next == '/') {
          s = R_CODE;
          i++;
        }
      }
      break;
    case R_LINE:
      if (c == '\n')
        s = R_CODE;
      break;
    }
    if (brk)
      run = 0;
    else if (run++ == 0)
      start = line;
    if (run > max) {
      *at = start;
      *kind = s;
      return -1;
    }
    if (c == '\n') {
      line++;
      line_start = true;
    } else if (c != ' ' && c != '\t' && c != '\r')
      line_start = false;
  }
  return 0;
}

static const char *const kind_words[] = {
    "name or number", "quoted string without a line break or escape",
    "run of HTML label text", "comment line", "comment line"};

static void compare(const char *text, size_t len, uint32_t max) {
  uint32_t at = 0;
  rstate kind = R_CODE;
  int want = reference(text, len, max, &at, &kind);
  tmc_diags d = TMC_DIAGS_INIT;
  int got = tmc_dotguard_check("t.dot", text, len, max, &d);
  assert_int_equal(got, want);
  if (want < 0) {
    assert_int_equal(d.n, 1);
    assert_int_equal(d.v[0].loc.line, at);
    assert_non_null(strstr(d.v[0].msg, kind_words[kind]));
  } else {
    assert_int_equal(d.n, 0);
  }
  tmc_diags_free(&d);
}

static void plain_runs_match_the_byte_scan(void **state) {
  (void)state;
  /* Whole words of a diagram and the single bytes that change state. */
  static const char *const pieces[] = {"a",  "bc",   "service_name",
                                       "42", " ",    "\t",
                                       "\r", "\n",   "\"",
                                       "\\", "\\\n", "<",
                                       ">",  "/*",   "*/",
                                       "//", "/",    "*",
                                       "#",  "{",    "}",
                                       "[",  "]",    ";",
                                       ",",  "=",    ":",
                                       "->", "x y",  "\xc3\xa9",
                                       "-"};
  const size_t n_pieces = sizeof pieces / sizeof *pieces;
  char text[512];
  unsigned seed = 36;
  for (int round = 0; round < 20000; round++) {
    size_t len = 0;
    int parts = 1 + (int)(seed % 40);
    for (int k = 0; k < parts; k++) {
      seed = seed * 1103515245u + 12345u;
      const char *p = pieces[(seed >> 16) % n_pieces];
      size_t pl = strlen(p);
      if (len + pl >= sizeof text)
        break;
      memcpy(text + len, p, pl);
      len += pl;
    }
    text[len] = 0;
    for (uint32_t max = 1; max <= 12; max++)
      compare(text, len, max);
  }
}

static void runs_at_the_limit(void **state) {
  (void)state;
  /* exactly max bytes pass, one more is refused, in each kind of run */
  compare("digraph { abcd }", 16, 4);
  compare("digraph { abcde }", 17, 4);
  compare("digraph {\n a [label=\"abcd\"] }", 29, 4);
  compare("digraph {\n a [label=\"abcde\"] }", 30, 4);
  compare("digraph {\n a [label=\"ab\\cd\\e\"] }", 32, 4);
  compare("digraph {\n# abcde\n}", 19, 4);
  compare("  # a\n#\n/* abcdef */ x", 22, 4);
  compare("a/b/c/d/e", 9, 4);
  compare("x#y#z", 5, 2);
  compare("\"abc\nabcde\"", 11, 4);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(plain_runs_match_the_byte_scan),
      cmocka_unit_test(runs_at_the_limit),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
