/* test_aiids17b.c - the families of session fourteen's second-wave
 * "aiids17b" cause (causes17b L): AI ids met without an AI id, where people
 * and stores meet what a model wrote. Each family in wordings the blind set
 * did not use, and silent where the drawing rules it out.
 *
 * The one idea: every case is a small DOT text and a list of (rule, target,
 * present?) lines, as in test_llmcls17.c. */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "engine_helpers.h"
#include "want_helpers.h"

/* LLM09: a person signs off on what a model wrote (TMC-LLM-172): a
 * maintainer merging a coding agent's merge request, an underwriter
 * accepting a drafted decision, a fraud analyst answering an agent's
 * proposal before it freezes an account; none where nothing a model wrote
 * reaches what the person approves, and none for a customer who only chats. */
static void test_people_sign_off_model_work(void **state) {
  (void)state;
  CHECK("digraph{i[shape=box,label=\"Jira issues\"]; a[label=\"Coding agent (Aider, "
        "Python)\"]; m[label=\"GPT-4.1 (OpenAI API)\"]; t[label=\"git_push tool\"];"
        " r[shape=folder,label=\"GitLab monorepo\"]; d[shape=box,label=\"Maintainers\"];"
        " i->a[label=\"issue text\"]; a->m[label=\"prompt\"]; m->a[label=\"patch\"];"
        " a->t[label=\"push branch\"]; t->r[label=\"merge request\"];"
        " d->r[label=\"merge MR after pipeline passes\"]}",
        {"TMC-LLM-172", "d -> r", true});
  CHECK("digraph{u[shape=box,label=\"Fraud analysts\"]; a[label=\"Case agent "
        "(LangGraph)\"];"
        " m[label=\"Claude 3.5 Sonnet (Bedrock)\"]; f[label=\"freeze_account tool\"];"
        " c[label=\"Core banking API\"]; a->m[label=\"case + tools\"];"
        " m->a[label=\"proposal\"]; a->u[label=\"Slack message\"]; u->a;"
        " a->f[label=\"freeze(account)\"]; f->c}",
        {"TMC-LLM-172", "u -> a", true});
  CHECK("digraph{u[shape=box,label=\"Underwriters\"]; a[label=\"Decision drafting "
        "service\"];"
        " m[label=\"Gemini 1.5 Pro (Vertex AI)\"]; s[shape=cylinder,label=\"Draft "
        "decisions\"];"
        " a->m[label=\"application + prompt\"]; m->a[label=\"draft\"]; a->s;"
        " u->s[label=\"accept or reject draft\"]}",
        {"TMC-LLM-172", "u -> s", true});
  /* no model writes into the repository: a person merging is no LLM09 */
  CHECK("digraph{d[shape=box,label=\"Maintainers\"]; r[shape=folder,label=\"GitLab "
        "monorepo\"];"
        " b[label=\"Renovate bot\"]; b->r[label=\"merge request\"]; d->r[label=\"merge "
        "MR\"]}",
        {"TMC-LLM-172", "d -> r", false});
  /* a shopper chatting with an agent signs nothing off */
  CHECK("digraph{u[shape=box,label=\"Shoppers\"]; a[label=\"Shop assistant (Node.js)\"];"
        " m[label=\"GPT-4o mini\"]; t[label=\"track_parcel tool\"]; p[label=\"Carrier "
        "API\"];"
        " u->a[label=\"message\"]; a->u[label=\"reply\"]; a->m[label=\"prompt\"];"
        " m->a[label=\"reply or tool call\"]; a->t; t->p}",
        {"TMC-LLM-172", "u -> a", false});
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_people_sign_off_model_work),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
