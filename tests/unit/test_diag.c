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
  /* Sorted by line within a file, the whole-file ones first. */
  assert_string_equal(s, "x.dot: note: whole file\n"
                         "x.dot:7:2: error: syntax error near '}'\n"
                         "x.dot:9: warning: unknown type\n"
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

/* Diagnostics come out in line order whatever order the passes found them
 * in; files keep the order they first appeared in. */
static void sorted_by_line(void **state) {
  tmc_diags d = TMC_DIAGS_INIT;
  tmc_warning(&d, tmc_loc_at("b.dot", 30, 0), "b30");
  tmc_warning(&d, tmc_loc_at("b.dot", 3, 0), "b3");
  tmc_warning(&d, tmc_loc_at("a.dot", 2, 0), "a2");
  tmc_error(&d, tmc_loc_at("b.dot", 3, 0), "b3 again");
  tmc_warning(&d, tmc_loc_at("b.dot", 12, 0), "b12");
  char *s = printed(&d, false);
  assert_string_equal(s, "b.dot:3: warning: b3\n"
                         "b.dot:3: error: b3 again\n"
                         "b.dot:12: warning: b12\n"
                         "b.dot:30: warning: b30\n"
                         "a.dot:2: warning: a2\n");
  free(s);
  tmc_diags_free(&d);
}

__attribute__((noinline)) static char *written(const tmc_diags *d,
                                               const tmc_diag_format *f) {
  char *s = NULL;
  size_t n = 0;
  FILE *out = open_memstream(&s, &n);
  assert_non_null(out);
  tmc_diags_write(d, out, f);
  fclose(out);
  return s;
}

/* Where a column is known, the line is quoted as gcc does: the line number
 * in a margin, a caret under the column and '~' under the rest of the word;
 * a tab and a multi-byte character before the column keep the caret in
 * place; a long line is cut around the column. */
static void quotes_source_with_caret(void **state) {
  const char *src = "digraph g {\n\ta [lab\xc3\xa9l=\"x\", protocl=https];\n}\n";
  tmc_diags d = TMC_DIAGS_INIT;
  tmc_warning(&d, tmc_loc_at("g.dot", 2, 17), "unknown attribute 'protocl'");
  tmc_warning(&d, tmc_loc_at("g.dot", 3, 0), "no column, no quote");
  tmc_diag_format f = {false, TMC_DIAG_STYLE_TEXT, "g.dot", src, strlen(src)};
  char *s = written(&d, &f);
  assert_string_equal(s, "g.dot:2:17: warning: unknown attribute 'protocl'\n"
                         "    2 |         a [lab\xc3\xa9l=\"x\", protocl=https];\n"
                         "      |                       ^~~~~~~\n"
                         "g.dot:3: warning: no column, no quote\n");
  free(s);
  /* Another file's diagnostic is not quoted from this text. */
  tmc_diags_free(&d);
  tmc_warning(&d, tmc_loc_at("other.dot", 2, 3), "elsewhere");
  s = written(&d, &f);
  assert_string_equal(s, "other.dot:2:3: warning: elsewhere\n");
  free(s);
  tmc_diags_free(&d);
  /* 200 bytes on one line, the column in the middle. */
  char line[201];
  memset(line, 'x', 200);
  line[200] = 0;
  line[100] = ' ';
  line[101] = 'Y';
  line[102] = ' ';
  tmc_warning(&d, tmc_loc_at("long", 1, 102), "here");
  tmc_diag_format g = {false, TMC_DIAG_STYLE_TEXT, "long", line, 200};
  char *t = written(&d, &g);
  const char *q = strchr(t, '\n') + 1;
  assert_true(strncmp(q, "    1 | ...", 11) == 0);
  const char *caret = strchr(q, '\n') + 1;
  assert_int_equal(strchr(caret, '^') - caret, strchr(q, 'Y') - q);
  assert_int_equal(caret[strchr(caret, '^') - caret + 1], '\n'); /* one letter */
  assert_true(strchr(q, '\n') - q < 140);
  assert_non_null(strstr(q, "...\n"));
  free(t);
  tmc_diags_free(&d);
}

/* The '~' run covers the token at the column: a quoted string, a word with
 * inner dots and dashes, an edge operator; a column just past the end of
 * the line (an error at the end) gets a caret alone; a column past that,
 * no quote. */
static void caret_spans_the_token(void **state) {
  const char *src = "a -> \"b c\\\" d\" [x=third-party.v2];\n";
  tmc_diags d = TMC_DIAGS_INIT;
  tmc_warning(&d, tmc_loc_at("t", 1, 3), "op");
  tmc_warning(&d, tmc_loc_at("t", 1, 6), "quoted");
  tmc_warning(&d, tmc_loc_at("t", 1, 19), "word");
  tmc_warning(&d, tmc_loc_at("t", 1, 35), "end");
  tmc_warning(&d, tmc_loc_at("t", 1, 37), "past");
  tmc_warning(&d, tmc_loc_at("t", 9, 1), "no such line");
  tmc_diag_format f = {false, TMC_DIAG_STYLE_TEXT, "t", src, strlen(src)};
  char *s = written(&d, &f);
  assert_string_equal(s, "t:1:3: warning: op\n"
                         "    1 | a -> \"b c\\\" d\" [x=third-party.v2];\n"
                         "      |   ^~\n"
                         "t:1:6: warning: quoted\n"
                         "    1 | a -> \"b c\\\" d\" [x=third-party.v2];\n"
                         "      |      ^~~~~~~~~\n"
                         "t:1:19: warning: word\n"
                         "    1 | a -> \"b c\\\" d\" [x=third-party.v2];\n"
                         "      |                   ^~~~~~~~~~~~~~\n"
                         "t:1:35: warning: end\n"
                         "    1 | a -> \"b c\\\" d\" [x=third-party.v2];\n"
                         "      |                                   ^\n"
                         "t:1:37: warning: past\n"
                         "t:9:1: warning: no such line\n");
  free(s);
  tmc_diags_free(&d);
}

/* Hostile text cannot drive the terminal through a quoted line: escapes,
 * C1 controls and bidirectional overrides are shown escaped, the caret
 * still under its column; a line that is not UTF-8 (a binary file) is not
 * quoted; colour wraps the caret only. */
static void quoted_line_is_escaped(void **state) {
  const char *src =
      "n [label=\"\x1b[31mred\xc2\x9b\xe2\x80\xae\"; typo=1];\n\x89PNG\x00\x01 x\n";
  size_t len = 40;
  tmc_diags d = TMC_DIAGS_INIT;
  tmc_warning(&d, tmc_loc_at("h", 1, 27), "typo");
  tmc_warning(&d, tmc_loc_at("h", 2, 1), "binary");
  tmc_diag_format f = {false, TMC_DIAG_STYLE_TEXT, "h", src, len};
  char *s = written(&d, &f);
  assert_string_equal(s, "h:1:27: warning: typo\n"
                         "    1 | n [label=\"\\x1b[31mred\\u009b\\u202e\"; typo=1];\n"
                         "      |                                     ^~~~\n"
                         "h:2:1: warning: binary\n");
  assert_null(strchr(s, '\x1b'));
  free(s);
  f.color = true;
  s = written(&d, &f);
  assert_non_null(strstr(s, "\\x1b[31mred"));
  assert_non_null(strstr(s, "\033[1;32m^~~~\033[0m"));
  free(s);
  tmc_diags_free(&d);
  /* A byte-order mark does not count as columns. */
  const char *bom = "\xEF\xBB\xBF"
                    "ab cd\n";
  tmc_warning(&d, tmc_loc_at("b", 1, 4), "cd");
  tmc_diag_format g = {false, TMC_DIAG_STYLE_TEXT, "b", bom, strlen(bom)};
  s = written(&d, &g);
  assert_string_equal(s, "b:1:4: warning: cd\n"
                         "    1 | ab cd\n"
                         "      |    ^~\n");
  free(s);
  tmc_diags_free(&d);
}

/* Whatever the input's bytes and wherever the columns fall (past the line,
 * inside a UTF-8 sequence, on a CR, a NUL, a tab), a quoted line is
 * terminal-safe: nothing but newline below 0x20, no DEL, valid UTF-8
 * without C1 or bidirectional controls; and the caret never goes further
 * right than the quoted line is wide plus one. */
static void quoting_hostile_bytes_is_safe(void **state) {
  static const char alphabet[] =
      "ab \t\r\n\x1b[\"\\-><=\xc2\x9b\xe2\x80\xae\xc3\xa9\xff\x00";
  uint32_t seed = 12345;
  for (int round = 0; round < 2000; round++) {
    char src[300];
    size_t len = 1 + round % (sizeof src - 1);
    for (size_t i = 0; i < len; i++) {
      seed = seed * 1103515245u + 12345u;
      src[i] = alphabet[(seed >> 16) % (sizeof alphabet - 1)];
    }
    tmc_diags d = TMC_DIAGS_INIT;
    for (int k = 0; k < 4; k++) {
      seed = seed * 1103515245u + 12345u;
      tmc_warning(&d, tmc_loc_at("h", 1 + (seed >> 8) % 4, 1 + (seed >> 16) % 320), "m");
    }
    tmc_diag_format f = {false, TMC_DIAG_STYLE_TEXT, "h", src, len};
    char *out = written(&d, &f);
    for (const unsigned char *p = (const unsigned char *)out; *p; p++)
      assert_true(*p == '\n' || (*p >= 0x20 && *p != 0x7f));
    assert_true(tmc_text_is_clean(out));
    const char *prev = NULL;
    for (const char *line = out; *line;) {
      const char *nl = strchr(line, '\n');
      if (strncmp(line, "      | ", 8) == 0) { /* a caret line after its quote */
        const char *caret = strchr(line, '^');
        assert_non_null(prev);
        assert_true(caret && caret < nl);
        assert_true(caret - line <= strchr(prev, '\n') - prev);
      }
      prev = line;
      line = nl ? nl + 1 : line + strlen(line);
    }
    free(out);
    tmc_diags_free(&d);
  }
}

/* GitHub annotations: level, file, line, column; nothing in a message or
 * file name can end the command or start another. */
static void github_annotations(void **state) {
  tmc_diags d = TMC_DIAGS_INIT;
  tmc_error(&d, tmc_loc_at("a,b:c.dot", 4, 2), "50%% bad");
  tmc_warning(&d, tmc_loc_at("a,b:c.dot", 9, 0), "odd");
  tmc_note(&d, tmc_loc_at(NULL, 0, 0), "fyi");
  tmc_diag_format f = {false, TMC_DIAG_STYLE_GITHUB, NULL, NULL, 0};
  char *s = written(&d, &f);
  assert_string_equal(s, "::error file=a%2Cb%3Ac.dot,line=4,col=2::50%25 bad\n"
                         "::warning file=a%2Cb%3Ac.dot,line=9::odd\n"
                         "::notice::fyi\n");
  free(s);
  tmc_buf b = TMC_BUF_INIT;
  tmc_diag_github(&b, TMC_DIAG_ERROR, tmc_loc_at("x.dot", 1, 0), "T: 1", "a\n::error::b");
  assert_string_equal(b.data, "::error file=x.dot,line=1,title=T%3A 1::a%0A::error::b\n");
  tmc_buf_free(&b);
  tmc_diags_free(&d);
}

/* --strict: every warning becomes an error, the dropped ones counted too;
 * notes stay notes. */
static void promote_warnings(void **state) {
  (void)state;
  tmc_diags d = TMC_DIAGS_INIT;
  d.max = 3;
  tmc_error(&d, tmc_loc_at("a.dot", 1, 0), "e");
  tmc_warning(&d, tmc_loc_at("a.dot", 2, 0), "w");
  tmc_note(&d, tmc_loc_at("a.dot", 3, 0), "n");
  tmc_warning(&d, tmc_loc_at("a.dot", 4, 0), "dropped");
  assert_int_equal(tmc_diags_promote(&d), 2);
  assert_int_equal(d.errors, 3);
  assert_int_equal(d.warnings, 0);
  assert_int_equal(d.v[1].level, TMC_DIAG_ERROR);
  assert_int_equal(d.v[2].level, TMC_DIAG_NOTE);
  char *s = printed(&d, false);
  assert_non_null(strstr(s, "a.dot:2: error: w"));
  free(s);
  assert_int_equal(tmc_diags_promote(&d), 0);
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
      cmocka_unit_test(promote_warnings),
      cmocka_unit_test(sorted_by_line),
      cmocka_unit_test(quotes_source_with_caret),
      cmocka_unit_test(caret_spans_the_token),
      cmocka_unit_test(quoted_line_is_escaped),
      cmocka_unit_test(quoting_hostile_bytes_is_safe),
      cmocka_unit_test(github_annotations),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
