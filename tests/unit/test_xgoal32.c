/* test_xgoal32.c - attack-path chains of the cross-set tally (xgoal,
 * thirty-second session, issue #16 item 3): a chat assistant that keeps a
 * memory per user and reads it back into its prompts leaks that memory to
 * whoever asks for another user's notes (their id, a recall instruction).
 * On a path that takes data out, the hop into the memory names LLM Data
 * Leakage (AML.T0057) beside the poisoned context (AML.T0080.000), as the
 * reviewers of three tuning sets wrote it (a tutor's, a garden assistant's
 * and a removals firm's memory). Worded unlike them: a climbing gym's
 * coaching bot, in DOT. */
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
#include "frontend/frontend.h"
#include "passes/passes.h"
#include "path_helpers.h"

#define COACH                                                                            \
  "digraph g {\n"                                                                        \
  "  climber [%s];\n"                                                                    \
  "  claude [shape=box, label=\"Claude Haiku (Anthropic API)\"];\n"                      \
  "  subgraph cluster_p { label=\"Coaching backend (Fly.io)\";\n"                        \
  "    coach [label=\"Coach bot (Node, tool calling)\"];\n"                              \
  "    mem [shape=cylinder, label=\"%s\"]; }\n"                                          \
  "  climber -> coach [label=\"chat, member_id in the body\"];\n"                        \
  "  coach -> climber [label=\"reply\"];\n"                                              \
  "  coach -> claude [label=\"prompt + recalled notes\"];\n"                             \
  "  claude -> coach [label=\"answer\"];\n"                                              \
  "  coach -> mem [label=\"save note\"];\n"                                              \
  "  mem -> coach [label=\"recall by member_id\"];\n"                                    \
  "}\n"

/* A member who asks the bot for another member's notes gets them back in
 * its answer: the exfiltration's hop into the memory names the leakage
 * beside the poisoned context. */
static void test_memory_read_out_leaks_dot(void **state) {
  (void)state;
  char dot[2048];
  snprintf(dot, sizeof dot, COACH, "shape=ellipse, label=\"Gym members (app chat)\"",
           "Long-term memory per member (injuries, goals)");
  tmc_ir *ir = analysed_as("t.dot", dot);
  assert_true(
      hop_names(ir, "climber", "mem", "exfiltrate", "mem", "AML.T0080.000", "AML.T0057"));
  tmc_ir_free(ir);
  /* quiet: text a partner's booking webhook posts is no person asking:
   * nobody reads the notes in an answer (they leave by a tool, if at all) */
  snprintf(dot, sizeof dot, COACH, "shape=box, label=\"Partner gym booking webhook\"",
           "Long-term memory per member (injuries, goals)");
  ir = analysed_as("t.dot", dot);
  assert_true(
      hop_names(ir, "climber", "mem", "exfiltrate", "mem", "AML.T0080.000", NULL));
  assert_false(
      hop_names(ir, "climber", "mem", "exfiltrate", "mem", "AML.T0080.000", "AML.T0057"));
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_memory_read_out_leaks_dot),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
