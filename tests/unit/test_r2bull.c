/* test_r2bull.c - an LLM bulletin written from third-party content and
 * posted unreviewed, drawn as a rice co-operative's market-price bulletin:
 * the platforms it is posted to, named in Lao, Thai or Khmer script ("ໜ້າ
 * ເຟສບຸກ", "เพจเฟซบุ๊ก": a Facebook page; "ຊ່ອງ Telegram": a Telegram
 * channel, the noun first), broadcast what a forged price notice makes the
 * model write to every reader, as an English "Facebook page" or "Telegram
 * channel" does (TMC-PATH-005); a plain outside service named in the same
 * script is no such platform. */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "path_helpers.h"

/* A price board outside is scraped, the bulletin job asks a hosted LLM and
 * posts what it answers to out, which relays it to farmers. */
#define BULLETIN(LABEL)                                                                  \
  "digraph prices {\n"                                                                   \
  "  node [shape=box];\n"                                                                \
  "  board [label=\"Provincial price board (web page)\", shape=box3d];\n"                \
  "  llm [label=\"Claude Haiku (Anthropic API)\", shape=ellipse, style=dashed];\n"       \
  "  out [label=\"" LABEL "\", shape=box3d];\n"                                          \
  "  farmers [label=\"Farmers\", shape=ellipse];\n"                                      \
  "  subgraph cluster_vm { label=\"Co-op VPS\";\n"                                       \
  "    fetch [label=\"Price fetcher\"]; job [label=\"Bulletin job\"];\n"                 \
  "  }\n"                                                                                \
  "  board -> fetch; fetch -> job; job -> llm [dir=both]; job -> out; out -> farmers;\n" \
  "}\n"

static bool acted_out(const char *label) {
  char dot[1024];
  snprintf(dot, sizeof dot, BULLETIN("%s"), label);
  tmc_ir *ir = analysed(dot);
  assert_non_null(ir);
  bool p = path_of(ir, "board", "out", "TMC-PATH-005") &&
           hop_names(ir, "board", "out", NULL, "out", "AML.T0048.003", NULL);
  tmc_ir_free(ir);
  return p;
}

static void test_page_or_channel_in_other_scripts_broadcasts(void **state) {
  (void)state;
  static const char *const ok[] = {
      "ໜ້າເຟສບຸກຂອງສະຫະກອນ",    /* Lao: the co-operative's Facebook page */
      "ຊ່ອງ Telegram ລາຄາເຂົ້າ", /* Lao: a rice-price Telegram channel */
      "เพจเฟซบุ๊กของสหกรณ์",     /* Thai: the co-operative's Facebook page */
      "ឆានែល Telegram សហករណ៍", /* Khmer: the co-operative's Telegram channel */
  };
  for (size_t i = 0; i < sizeof ok / sizeof *ok; i++)
    assert_true(acted_out(ok[i]));
}

/* A page of the co-operative's own named in the same script, no platform
 * named, broadcasts nothing as a channel does. */
static void test_plain_service_in_lao_is_no_platform(void **state) {
  (void)state;
  assert_false(acted_out("ໜ້າຂອງສະຫະກອນ"));
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_page_or_channel_in_other_scripts_broadcasts),
      cmocka_unit_test(test_plain_service_in_lao_is_no_platform),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
