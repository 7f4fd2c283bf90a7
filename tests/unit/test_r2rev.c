/* test_r2rev.c - hostile inputs against the round-1 code of int43 (review
 * r2rev): each was quadratic before its fix and is held to a linear bound
 * here by a work counter (the rectangle index's, the text cleaner's):
 *   - a long run of zero-width spaces between two Thai letters (text.c
 *     finish read the rest of the run again at each one);
 *   - block arrows stacked on one spot between two boxes (drawio.c
 *     block_arrows asked the shape index around each end, which held every
 *     arrow and rejected it: arrows x arrows);
 *   - curly brackets stacked over one row (drawio.c bracket_zone looked at
 *     every other bracket for each: brackets x brackets). */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "engine_helpers.h"
#include "frontend/text.h"
#include "ir/rectidx.h"

static tmc_ir *parse_drawio(const char *xml) {
  reset_diags();
  tmc_ir *ir = NULL;
  tmc_frontend_parse(&ir, "t.drawio", xml, strlen(xml), NULL, &diags);
  if (!ir)
    dump_diags();
  assert_non_null(ir);
  return ir;
}

static void test_zero_width_run_linear(void **state) {
  (void)state;
  enum { RUN = 200000 };
  tmc_buf b = TMC_BUF_INIT;
  tmc_buf_puts(&b, "\xE0\xB8\x81"); /* ก */
  for (int i = 0; i < RUN; i++)
    tmc_buf_puts(&b, "\xE2\x80\x8B"); /* U+200B */
  tmc_buf_puts(&b, "\xE0\xB8\x81 \xE0\xB8\x81\xE2\x80\x8B\xE2\x80\x8B"
                   "A");
  tmc_arena *a = tmc_arena_new();
  uint64_t before = tmc_text_zero_width_work();
  const char *s = tmc_text_plain(a, b.data, false, 0, NULL);
  uint64_t work = tmc_text_zero_width_work() - before;
  /* the run between Thai letters goes; before a Latin letter it stays */
  assert_string_equal(s, "\xE0\xB8\x81\xE0\xB8\x81 \xE0\xB8\x81\xE2\x80\x8B\xE2\x80\x8B"
                         "A");
  print_message("zero-width characters read for a run of %d: %llu\n", RUN,
                (unsigned long long)work);
  assert_true(work <= 2u * RUN); /* each read once; quadratic: RUN * RUN / 2 */
  tmc_arena_free(a);
  tmc_buf_free(&b);
}

static void test_stacked_block_arrows_linear(void **state) {
  (void)state;
  enum { N = 20000 };
  tmc_buf b = TMC_BUF_INIT;
  tmc_buf_puts(&b,
               "<mxGraphModel><root><mxCell id=\"0\"/><mxCell id=\"1\" parent=\"0\"/>"
               "<mxCell id=\"a\" value=\"Web app\" style=\"rounded=0;\" vertex=\"1\" "
               "parent=\"1\"><mxGeometry x=\"0\" y=\"0\" width=\"100\" height=\"60\" "
               "as=\"geometry\"/></mxCell>"
               "<mxCell id=\"b\" value=\"Orders DB\" style=\"shape=cylinder;\" "
               "vertex=\"1\" parent=\"1\"><mxGeometry x=\"200\" y=\"0\" width=\"100\" "
               "height=\"60\" as=\"geometry\"/></mxCell>");
  for (int i = 0; i < N; i++)
    tmc_buf_printf(
        &b,
        "<mxCell id=\"ar%d\" value=\"sync %d\" style=\"shape=singleArrow;\" "
        "vertex=\"1\" parent=\"1\"><mxGeometry x=\"100\" y=\"10\" width=\"100\" "
        "height=\"40\" as=\"geometry\"/></mxCell>",
        i, i);
  tmc_buf_puts(&b, "</root></mxGraphModel>");
  uint64_t before = tmc_rectidx_work();
  tmc_ir *ir = parse_drawio(b.data);
  uint64_t work = tmc_rectidx_work() - before;
  /* every arrow is a flow from the app to the database */
  assert_int_equal(ir->n_flows, N);
  print_message("index nodes visited for %d stacked block arrows: %llu\n", N,
                (unsigned long long)work);
  assert_true(work < 300u * N);
  tmc_ir_free(ir);
  tmc_buf_free(&b);
}

static void test_stacked_brackets_linear(void **state) {
  (void)state;
  enum { N = 20000 };
  tmc_buf b = TMC_BUF_INIT;
  tmc_buf_puts(&b,
               "<mxGraphModel><root><mxCell id=\"0\"/><mxCell id=\"1\" parent=\"0\"/>"
               "<mxCell id=\"a\" value=\"Web app\" style=\"rounded=0;\" vertex=\"1\" "
               "parent=\"1\"><mxGeometry x=\"100\" y=\"0\" width=\"100\" height=\"60\" "
               "as=\"geometry\"/></mxCell>");
  for (int i = 0; i < N; i++)
    tmc_buf_printf(&b,
                   "<mxCell id=\"br%d\" value=\"ZONE %d\" style=\"shape=curlyBracket;\" "
                   "vertex=\"1\" parent=\"1\"><mxGeometry x=\"0\" y=\"-10\" width=\"20\" "
                   "height=\"80\" as=\"geometry\"/></mxCell>",
                   i, i);
  tmc_buf_puts(&b, "</root></mxGraphModel>");
  uint64_t before = tmc_rectidx_work();
  tmc_ir *ir = parse_drawio(b.data);
  uint64_t work = tmc_rectidx_work() - before;
  assert_true(ir->n_elements >= 1);
  print_message("index nodes visited for %d stacked brackets: %llu\n", N,
                (unsigned long long)work);
  assert_true(work < 300u * N);
  tmc_ir_free(ir);
  tmc_buf_free(&b);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_zero_width_run_linear),
      cmocka_unit_test(test_stacked_block_arrows_linear),
      cmocka_unit_test(test_stacked_brackets_linear),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
