/* test_r38wherry.c - what blind38's boat-hire agent taught (thirty-fourth
 * session, helper r38wherry), drawn here in other words and another domain
 * (a holiday-cottage letting agent on Telegram):
 *   - people named by a noun only WordNet's people heads know ("Lodgers",
 *     "Holidaymakers & renters"), whose label also names the app they write
 *     through ("(Telegram)", "(Facebook Messenger)", a hosted vendor's name), are where
 *     outsiders' messages start, as "Customers (Telegram)" is: the app says
 *     how they reach the system, not that they are a service it calls, and
 *     their messages reach the agent's tools along attack paths;
 *   - a vendor named by such an app with no people head ("Telegram Bot
 *     API") stays the hosted service it was, unless the two-way line drawn
 *     from it into the system says it pushes in ("callback / reply"): then
 *     it is a way in too (a forged post looks the same);
 * and what its trail bulletin (Nepali labels) taught, drawn as a ski
 * resort's snow report: a website or portal named in another language
 * ("공지 웹사이트", "новостной сайт", "सूचना पोर्टल") drawn outside the
 * system's clusters, that only sends to its scraper, is another party's
 * site, as "notice website" is; the system's own site inside its cluster
 * stays its process; and the bulletin, posted unreviewed to a messaging
 * app's community outside ("WhatsApp community", Hindi "समुदाय"), reaches
 * every member: what a forum post makes the model write is acted out there
 * (TMC-PATH-005), as to a Telegram channel. */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "path_helpers.h"

/* People p write through the app's relay into the letting agent, which asks
 * a hosted LLM and runs a door-code tool. */
#define LETTING(LABEL)                                                                   \
  "digraph letting {\n"                                                                  \
  "  p [label=\"" LABEL "\", shape=ellipse];\n"                                          \
  "  relay [label=\"Telegram Bot API\", shape=box3d];\n"                                 \
  "  llm [label=\"GPT-4.1 mini (OpenAI API)\", shape=ellipse, style=dashed];\n"          \
  "  subgraph cluster_host { label=\"Cottage lets VM\";\n"                               \
  "    bot [label=\"Letting agent (webhook)\"];\n"                                       \
  "    code [label=\"tool: door code\", shape=hexagon];\n"                               \
  "    lets [label=\"Lets DB\", shape=cylinder];\n"                                      \
  "  }\n"                                                                                \
  "  p -> relay [label=\"chat\", dir=both];\n"                                           \
  "  relay -> bot [label=\"updates / replies\", dir=both];\n"                            \
  "  bot -> llm [dir=both]; bot -> code [dir=both]; code -> lets [dir=both];\n"          \
  "}\n"

static bool entry_of(const char *dot, const char *id) {
  tmc_ir *ir = analysed(dot);
  assert_non_null(ir);
  bool e = ir->elements[el(ir, id)].facts.is_entry;
  tmc_ir_free(ir);
  return e;
}

static void test_people_head_with_their_app_is_a_way_in(void **state) {
  (void)state;
  assert_true(entry_of(LETTING("Lodgers\\n(Telegram)"), "p"));
  assert_true(entry_of(LETTING("Holidaymakers & renters (Facebook Messenger)"), "p"));
  /* the people list's own word, as before */
  assert_true(entry_of(LETTING("Customers (Telegram)"), "p"));
}

static void test_their_messages_reach_the_tool(void **state) {
  (void)state;
  tmc_ir *ir = analysed(LETTING("Holidaymakers & renters (Facebook Messenger)"));
  assert_non_null(ir);
  assert_true(path_shown(ir, "p", "code"));
  tmc_ir_free(ir);
}

/* A vendor's service named by the same app, no people head: still hosted. */
static void test_app_without_people_stays_a_service(void **state) {
  (void)state;
  assert_false(entry_of(LETTING("Telegram Cloud (Facebook Messenger)"), "p"));
}

/* A site s outside the resort's cluster that its scraper reads, and the
 * resort's own site inside it. */
#define SNOW(LABEL)                                                                      \
  "digraph snow {\n"                                                                     \
  "  s [label=\"" LABEL "\", shape=box3d];\n"                                            \
  "  subgraph cluster_vm { label=\"Resort VM\";\n"                                       \
  "    scr [label=\"Scraper\"]; q [label=\"Reports\", shape=cylinder];\n"                \
  "    own [label=\"" LABEL "\"];\n"                                                     \
  "  }\n"                                                                                \
  "  s -> scr [label=\"notices\"]; scr -> q; q -> own;\n"                                \
  "}\n"

static void test_outside_site_in_other_languages_is_theirs(void **state) {
  (void)state;
  static const char *const sites[] = {"국립공원\\n공지 웹사이트",
                                      "Национальный парк\\nновостной сайт",
                                      "राष्ट्रिय निकुञ्ज\\nसूचना पोर्टल"};
  for (size_t i = 0; i < sizeof sites / sizeof *sites; i++) {
    char dot[1024];
    snprintf(dot, sizeof dot, SNOW("%s"), sites[i], sites[i]);
    tmc_ir *ir = analysed(dot);
    assert_non_null(ir);
    assert_int_equal(ir->elements[el(ir, "s")].kind, TMC_KIND_EXTERNAL);
    assert_int_equal(ir->elements[el(ir, "own")].kind, TMC_KIND_PROCESS);
    tmc_ir_free(ir);
  }
}

/* The resort's LLM writes the day's report from forum posts and posts it to
 * c, which relays it to skiers. */
#define REPORT(LABEL)                                                                    \
  "digraph report {\n"                                                                   \
  "  forum [label=\"Ski forum (public posts)\", shape=box3d];\n"                         \
  "  llm [label=\"Mistral Large (Mistral API)\", shape=ellipse, style=dashed];\n"        \
  "  c [label=\"" LABEL "\", shape=box3d];\n"                                            \
  "  skiers [label=\"Skiers\", shape=ellipse];\n"                                        \
  "  subgraph cluster_vm { label=\"Resort VM\";\n"                                       \
  "    scr [label=\"Forum scraper\"]; job [label=\"Snow report job\"];\n"                \
  "  }\n"                                                                                \
  "  forum -> scr; scr -> job; job -> llm [dir=both]; job -> c; c -> skiers;\n"          \
  "}\n"

static void test_community_post_is_acted_out(void **state) {
  (void)state;
  static const char *const ok[] = {"WhatsApp community", "टेलिग्राम समुदाय"};
  for (size_t i = 0; i < sizeof ok / sizeof *ok; i++) {
    char dot[1024];
    snprintf(dot, sizeof dot, REPORT("%s"), ok[i]);
    tmc_ir *ir = analysed(dot);
    assert_non_null(ir);
    assert_true(path_of(ir, "forum", "c", "TMC-PATH-005"));
    tmc_ir_free(ir);
  }
}

/* The app's relay posts into the bot over one two-way line whose words say
 * who pushes: a callback is the relay's; plain replies say nothing. */
#define RELAY(FLOW)                                                                      \
  "digraph relay {\n"                                                                    \
  "  relay [label=\"Telegram Bot API\", shape=box3d];\n"                                 \
  "  subgraph cluster_host { label=\"Cottage lets VM\";\n"                               \
  "    bot [label=\"Booking service\"]; lets [label=\"Lets DB\", shape=cylinder];\n"     \
  "  }\n"                                                                                \
  "  relay -> bot [label=\"" FLOW "\", dir=both]; bot -> lets;\n"                        \
  "}\n"

static void test_two_way_callback_is_a_way_in(void **state) {
  (void)state;
  assert_true(entry_of(RELAY("callback / reply"), "relay"));
  assert_false(entry_of(RELAY("updates / replies"), "relay"));
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_people_head_with_their_app_is_a_way_in),
      cmocka_unit_test(test_their_messages_reach_the_tool),
      cmocka_unit_test(test_app_without_people_stays_a_service),
      cmocka_unit_test(test_outside_site_in_other_languages_is_theirs),
      cmocka_unit_test(test_community_post_is_acted_out),
      cmocka_unit_test(test_two_way_callback_is_a_way_in),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
