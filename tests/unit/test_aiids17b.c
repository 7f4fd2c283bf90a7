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

/* ML02: what the public flags, reports or votes is kept as training labels
 * (TMC-TRAIN-173): thumbs-down on a chatbot's answers kept for the next
 * fine-tune, "mark as spam" clicks into a spam filter's training table;
 * none for the staff's own verdicts (TMC-TRAIN-015) or where nothing
 * trains on the store. */
static void test_public_flags_become_labels(void **state) {
  (void)state;
  CHECK("digraph{u[shape=box,label=\"Webmail users\"]; w[label=\"Mail web app\"];"
        " s[shape=cylinder,label=\"Spam corpus\"]; t[label=\"Nightly spam model "
        "training\"];"
        " m[label=\"Spam classifier model\"]; u->w[label=\"mark as spam\"];"
        " w->s[label=\"marked as spam\"]; s->t; t->m}",
        {"TMC-TRAIN-173", "w -> s", true});
  CHECK(
      "digraph{u[shape=box,label=\"Customers\"]; c[label=\"Help widget backend\"];"
      " q[shape=cylinder,label=\"Feedback events\"]; d[shape=cylinder,label=\"Fine-tune "
      "set\"];"
      " j[label=\"Fine-tuning job\"]; m[label=\"Support classifier model\"];"
      " u->c[label=\"thumbs down\"]; c->q; q->d[label=\"downvotes as negative "
      "labels\"]; d->j; j->m}",
      {"TMC-TRAIN-173", "q -> d", true});
  /* the organisation's own reviewers decide: TMC-TRAIN-015, not the public */
  CHECK("digraph{r[shape=box,label=\"Claims adjusters\"]; a[label=\"Claims console\"];"
        " s[shape=cylinder,label=\"Claim outcomes\"]; t[label=\"Fraud model training\"];"
        " m[label=\"Fraud model\"]; r->a[label=\"verdict\"]; a->s[label=\"approved or "
        "rejected\"];"
        " s->t; t->m}",
        {"TMC-TRAIN-173", "a -> s", false});
  /* reports nobody trains on */
  CHECK("digraph{u[shape=box,label=\"Users\"]; a[label=\"Forum API\"];"
        " s[shape=cylinder,label=\"Abuse reports\"]; u->a[label=\"report post\"];"
        " a->s[label=\"user reports\"]}",
        {"TMC-TRAIN-173", "a -> s", false});
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_people_sign_off_model_work),
      cmocka_unit_test(test_public_flags_become_labels),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
