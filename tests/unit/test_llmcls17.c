/* test_llmcls17.c - the families of session fourteen's "llmcls17" cause
 * (causes17 C2, C4, D1): LLM applications (model text rendered by a ticket,
 * chat or console client; one broad credential behind an agent's tools; the
 * RAG chatbot family: injection direct and through retrieved documents,
 * access filtered by tags or folders, answers cached by the question text,
 * a system prompt worth extracting, answers relied on, chat identities
 * matched by e-mail, answers not kept with their sources), the agency ids
 * only where tools or permissions exist, and the classic families the
 * blind15 set missed. Each family in wordings the blind set did not use,
 * and silent where the drawing rules it out.
 *
 * The one idea: every case is a small DOT text and a list of (rule, target,
 * present?) lines, as in test_llmcls16.c. */
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

/* D1: code named an agent, a copilot or an orchestrator that only files
 * what the LLM wrote into a store has no tools or permissions to misuse:
 * no excessive agency (TMC-LLM-007) and no tool-call dispatch
 * (TMC-LLM-030); one that sends on to a service acting on the model's
 * answer keeps both. */
static void test_agency_needs_an_outlet(void **state) {
  (void)state;
  CHECK("digraph{rec[shape=cylinder,label=\"Call recordings transcripts\"];"
        " a[label=\"Summary agent (Lambda)\"]; m[label=\"Claude 3.5 Sonnet (Bedrock)\"];"
        " s[shape=cylinder,label=\"Call summaries\"]; u[shape=box,label=\"Team leads\"];"
        " v[label=\"Summary viewer\"]; rec->a[label=\"transcript\"]; "
        "a->m[label=\"prompt\"];"
        " m->a[label=\"summary\"]; a->s[label=\"store summary\"]; s->v; u->v}",
        {"TMC-LLM-007", "a", false}, {"TMC-LLM-030", "m -> a", false});
  CHECK(
      "digraph{t[shape=cylinder,label=\"Support tickets\"];"
      " c[label=\"Reply drafting copilot service\"]; m[label=\"GPT-4o (Azure OpenAI)\"];"
      " d[shape=cylinder,label=\"Suggested replies\"]; t->c;"
      " c->m[label=\"ticket + instructions\"]; m->c[label=\"draft reply\"]; c->d}",
      {"TMC-LLM-007", "c", false}, {"TMC-LLM-030", "m -> c", false});
  CHECK("digraph{u[shape=box,label=\"Customer\"];"
        " a[label=\"Refund agent service (LangGraph, Python)\"]; m[label=\"GPT-4o\"];"
        " r[label=\"Refunds API\"]; u->a[label=\"chat\"]; a->u[label=\"reply\"];"
        " a->m[label=\"prompt\"]; m->a[label=\"reply\"]; a->r[label=\"issue refund\"]; "
        "r->a}",
        {"TMC-LLM-007", "a", true}, {"TMC-LLM-030", "m -> a", true});
}

/* C2: model-written text posted into a ticketing or service-management
 * product is rendered to the people working the queue, HTML and links
 * included (TMC-LLM-006, LLM05): by a tool or by the bot itself, whatever
 * the product's name; not text handed to an internal service. */
static void test_ticket_consoles_render(void **state) {
  (void)state;
  CHECK("digraph{u[shape=box,label=\"Staff\"]; a[label=\"IT agent (Python, function "
        "calling)\"];"
        " m[label=\"Claude 3.5 Sonnet\"]; t[label=\"open_incident tool\"];"
        " s[label=\"TOPdesk (service management)\"]; u->a[label=\"request\"]; a->u;"
        " a->m[label=\"request + tool schemas\"]; m->a[label=\"tool calls\"];"
        " a->t[label=\"open_incident(summary)\"]; t->s[label=\"REST\"];"
        " x[label=\"lookup_balance tool\"]; p[label=\"Leave balance service\"];"
        " a->x[label=\"lookup_balance(id)\"]; x->p[label=\"query\"]}",
        {"TMC-LLM-006", "t -> s", true}, {"TMC-LLM-006", "x -> p", false});
  CHECK("digraph{c[shape=box,label=\"Customers\"]; mb[shape=cylinder,label=\"Support "
        "inbox\"];"
        " b[label=\"Triage bot (Python)\"]; m[label=\"GPT-4o mini\"]; h[label=\"Zoho "
        "Desk\"];"
        " c->mb[label=\"e-mail\"]; mb->b; b->m[label=\"mail + prompt\"];"
        " m->b[label=\"category + summary\"]; b->h[label=\"ticket note (summary)\"]}",
        {"TMC-LLM-006", "b -> h", true});
}

/* C2: the secret an agent or its tools act with is its permissions: one
 * credential read from a vault or kept in a plugin's configuration cites
 * excessive agency (LLM06) beside the leak; a web application reading its
 * own key cites no AI id. */
static void test_agent_credentials_are_agency(void **state) {
  (void)state;
  static const char vault[] =
      "digraph{u[shape=box,label=\"Engineers\"]; a[label=\"Ops agent (LangGraph)\"];"
      " m[label=\"Claude 3.5 Sonnet\"]; v[shape=cylinder,label=\"HashiCorp Vault\"];"
      " t[label=\"restart_service tool\"]; k[label=\"Kubernetes API\"];"
      " u->a[label=\"chat\"]; a->u[label=\"answer\"]; a->m[label=\"prompt + tools\"];"
      " m->a[label=\"tool calls\"]; a->v[label=\"read service account token\"];"
      " a->t[label=\"restart_service(name)\"]; t->k[label=\"rollout restart\"]}";
  tmc_ir *ir = analyse_with(vault, cat, NULL);
  assert_true(any_cites(ir, "a->v", "LLM06"));
  tmc_ir_free(ir);
  static const char plugin[] =
      "digraph{u[shape=box,label=\"Analysts\"];"
      " a[label=\"Research assistant agent (Semantic Kernel)\"]; m[label=\"GPT-4o\"];"
      " t[label=\"send_report plugin\"];"
      " c[shape=cylinder,label=\"plugin config (SMTP password, SharePoint app "
      "secret)\"];"
      " g[label=\"Microsoft Graph\"]; u->a[label=\"question\"]; a->u[label=\"answer\"];"
      " a->m[label=\"prompt + functions\"]; m->a[label=\"function calls\"];"
      " a->t[label=\"send_report(to, body)\"]; c->t[label=\"credentials\"];"
      " t->g[label=\"sendMail\"]}";
  ir = analyse_with(plugin, cat, NULL);
  assert_true(any_cites(ir, "c", "LLM06"));
  assert_true(any_cites(ir, "t", "LLM06"));
  tmc_ir_free(ir);
  static const char web[] =
      "digraph{u[shape=box,label=\"Customers\"]; w[label=\"Shop web app\"];"
      " sm[shape=cylinder,label=\"AWS Secrets Manager\"]; p[label=\"Payments API\"];"
      " u->w; w->u; w->sm[label=\"fetch API key\"]; w->p[label=\"charge\"]}";
  ir = analyse_with(web, cat, NULL);
  assert_false(any_cites(ir, NULL, "LLM"));
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_agency_needs_an_outlet),
      cmocka_unit_test(test_ticket_consoles_render),
      cmocka_unit_test(test_agent_credentials_are_agency),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
