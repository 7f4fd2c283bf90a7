/* test_r2found.c - attack paths tmc found at no limit (issue #16, round 2 of
 * the twenty-seventh session: causes that recur over the tuning sets, in
 * other words and other domains).
 *
 * The model's round trip through the code that asks it: outsiders' text
 * reaches code that sends it up to a model through relays (a gateway, an
 * assistant service) and gets the answer back down the same way; that code
 * hands the answer straight to a tool (AI Agent Tool Invocation, AML.T0053)
 * or to a site that publishes it (LLM Response Rendering, AML.T0077). A
 * loopless path cannot pass the relays twice, so the asker stands for the
 * model (TMC-PATH-005, "act through an agent"). Where the answer passes on
 * from the asker through more code, or the asker is the agent itself, the
 * other patterns name it. */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "catalog/catalog.h"
#include "catalog/goals.h"
#include "drawio_macros.h"
#include "frontend/frontend.h"
#include "passes/passes.h"
#include "path_helpers.h"

/* A desktop client's panel that asks a cloud assistant through a gateway and
 * calls a local tool with the answer: entry, reader, panel, gateway,
 * assistant service, tool. */
static void test_round_trip_asker_calls_tool(void **state) {
  (void)state;
  static const char *const w[][6] = {
      {"Incoming mail senders", "message reader add-in", "mail client task pane",
       "gateway API", "assistant service", "create_invoice tool"},
      {"Shared calendar invites", "invite parser", "desktop sidebar", "edge proxy",
       "planner backend", "book_room tool"}};
  for (size_t i = 0; i < sizeof w / sizeof *w; i++) {
    char dot[1400];
    snprintf(dot, sizeof dot,
             "digraph g {\n"
             "  src [shape=box, label=\"%s\"];\n"
             "  subgraph cluster_c { label=\"Laptop\"; trust=2;\n"
             "    rd [label=\"%s\"];\n"
             "    ask [label=\"%s\"];\n"
             "    tl [label=\"%s\", type=agent_tool]; }\n"
             "  subgraph cluster_s { label=\"Cloud\"; trust=2;\n"
             "    gw [label=\"%s\"];\n"
             "    be [label=\"%s\"];\n"
             "    llm [label=\"hosted LLM\", type=llm]; }\n"
             "  src -> rd [label=\"message text\"]; rd -> ask;\n"
             "  ask -> gw [dir=both]; gw -> be [dir=both];\n"
             "  be -> llm [label=\"prompt\"]; llm -> be [label=\"answer, tool calls\"];\n"
             "  ask -> tl [label=\"tool call\"];\n"
             "}\n",
             w[i][0], w[i][1], w[i][2], w[i][5], w[i][3], w[i][4]);
    tmc_ir *ir = analysed(dot);
    if (!path_of(ir, "src", "tl", "TMC-PATH-005") ||
        !hop_names(ir, "src", "tl", "act_through_agent", "tl", "AML.T0053", NULL))
      fail_msg("%s: no act through the asker's round trip", w[i][5]);
    tmc_ir_free(ir);
  }
}

/* A nightly job that asks a model to write up what the public posted and
 * publishes the answer unreviewed on a site its readers visit: entry, form,
 * table, job, site. */
#define SITE(who, form, table, job, site)                                                \
  HEAD V("src", who, "shape=umlActor;", 0, 0, 40, 60)                                    \
      V("form", form, CARD, 100, 0, 80, 60) V("db", table, DB, 200, 0, 80, 60)           \
          V("job", job, CARD, 300, 0, 80, 60)                                            \
              V("llm", "Claude (Anthropic API)", CARD, 400, 0, 80, 60)                   \
                  V("web", site, CARD, 300, 200, 80, 60)                                 \
                      LINK("e1", "src", "form", "post")                                  \
                          LINK("e2", "form", "db", "insert")                             \
                              LINK("e3", "db", "job", "last day's rows")                 \
                                  LINK("e4", "job", "llm", "prompt")                     \
                                      LINK("e5", "llm", "job", "HTML summary")           \
                                          LINK("e6", "job", "web", "publish, no review") \
                                              V("rd", "Site visitors",                   \
                                                "shape=umlActor;", 300, 400, 40, 60)     \
                                                  LINK("e7", "web", "rd", "pages") TAIL

static void test_round_trip_asker_publishes(void **state) {
  (void)state;
  static const char *const xml[][2] = {
      {SITE("Club members", "recipe submission form", "recipes database",
            "weekly digest job", "club website (Drupal)"),
       "club website"},
      {SITE("Volunteers", "sighting report form", "sightings table",
            "morning summary job", "reserve news website"),
       "reserve news website"}};
  for (size_t i = 0; i < sizeof xml / sizeof *xml; i++) {
    tmc_ir *ir = analysed_as("t.drawio", xml[i][0]);
    if (!path_of(ir, "src", "web", "TMC-PATH-005") ||
        !hop_names(ir, "src", "web", "act_through_agent", "web", "AML.T0077", NULL))
      fail_msg("%s: the published answer is no act through the asker", xml[i][1]);
    tmc_ir_free(ir);
  }
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_round_trip_asker_calls_tool),
      cmocka_unit_test(test_round_trip_asker_publishes),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
