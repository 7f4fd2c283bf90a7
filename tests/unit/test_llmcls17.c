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

/* C2: the RAG chatbot family, drawn without lanes in other products'
 * words (Teams/Slack, SharePoint, pgvector, Workday, Claude): injection
 * typed into the chat and planted in the policy documents, the index
 * serving chunks across the tags that filter it, the system prompt, the
 * answers relied on, the markdown rendered by the chat client, the asker
 * matched to the HR system by e-mail, answers not tied to who asked; and
 * no agency, since nothing but the bot's own code acts. */
static void test_rag_chatbot_family(void **state) {
  (void)state;
  static const char rag[] =
      "digraph askhr { rankdir=LR; emp [shape=box, label=\"Employee\"]; "
      "chat [shape=box, label=\"Microsoft Teams / Slack\"]; subgraph "
      "cluster_co { label=\"Company cloud\"; bot [label=\"HR helpdesk "
      "bot\\n(Bolt, Node.js)\"]; ans [label=\"Answer API "
      "(Python)\\nretrieval + prompt\"]; idx [shape=cylinder, "
      "label=\"pgvector index\\n(chunks, region + level tags)\"]; ing "
      "[label=\"Nightly ingest job\\n(tags from folder)\"]; kb  "
      "[shape=cylinder, label=\"SharePoint site\\nHR policies\"]; cases "
      "[shape=cylinder, label=\"HR case queue\\n(ServiceNow HRSD)\"]; } "
      "owners [shape=box, label=\"HR policy editors\"]; advisers "
      "[shape=box, label=\"HR advisers\"]; hris [shape=box, "
      "label=\"Workday (HRIS)\"]; emb [label=\"Voyage embeddings API\"]; "
      "llm [label=\"Claude 3.5 Sonnet\\n(Anthropic API)\"]; emp -> chat "
      "[label=\"question\"]; chat -> bot [label=\"message event\"]; bot "
      "-> chat [label=\"answer + links\"]; chat -> emp "
      "[label=\"answer\"]; bot -> hris [label=\"asker e-mail\"]; hris -> "
      "bot [label=\"region, level\"]; bot -> ans [label=\"question, "
      "history, region, level\"]; ans -> emb [label=\"question\"]; ans -> "
      "idx [label=\"similarity search + filter\"]; idx -> ans "
      "[label=\"top-k chunks\"]; ans -> llm [label=\"system prompt + "
      "chunks + question\"]; llm -> ans [label=\"answer\"]; ans -> bot "
      "[label=\"answer + sources\"]; owners -> kb [label=\"edit policy "
      "documents\"]; kb -> ing [label=\"changed documents\"]; ing -> emb "
      "[label=\"chunks\"]; ing -> idx [label=\"upsert chunks + tags\"]; "
      "bot -> cases [label=\"escalation with transcript\"]; cases -> "
      "advisers [label=\"case queue\"]; }";
  CHECK(rag, {"TMC-LLM-027", "emp -> chat", true}, {"TMC-LLM-001", "llm", true},
        {"TMC-LLM-002", "llm", true}, {"TMC-RAG-005", "kb", true},
        {"TMC-RAG-002", "idx", true}, {"TMC-LLM-004", "llm", true},
        {"TMC-LLM-009", "llm", true}, {"TMC-LLM-006", "bot -> chat", true},
        {"TMC-SPOOF-004", "bot -> hris", true}, {"TMC-REPUD-001", "bot", true},
        {"TMC-LLM-007", "ans", false}, {"TMC-LLM-007", "bot", false});
  tmc_ir *ir = analyse_with(rag, cat, NULL);
  assert_false(any_cites(ir, NULL, "LLM06"));
  assert_false(any_cites(ir, NULL, "AML.T0053"));
  tmc_ir_free(ir);
}

/* C2: a cache of answers kept by the question (Memorystore keyed by a
 * hash, a Redis semantic cache) in front of a model whose context was
 * chosen for the asker (a filtered index, contracts per account) serves
 * the next asker the same answer (TMC-LLM-171), and is no knowledge base
 * (TMC-RAG-001); not when the answers come from public help articles. The
 * asker looked up in the directory by e-mail is TMC-SPOOF-004's. */
static void test_answer_caches(void **state) {
  (void)state;
  CHECK("digraph itbot { user [shape=box, label=\"Staff member\"]; gchat "
        "[shape=box, label=\"Google Chat\"]; subgraph cluster_gcp { "
        "label=\"Our GCP project\"; app [label=\"IT FAQ assistant\\n(Cloud "
        "Run, LangChain)\"]; cache [shape=cylinder, label=\"Answer "
        "cache\\n(Memorystore, keyed by question hash)\"]; vec "
        "[shape=cylinder, label=\"Vertex AI Vector Search\\n(ACL labels per "
        "chunk)\"]; idxr [label=\"Confluence crawler\"]; } conf [shape=box, "
        "label=\"Confluence Cloud space\"]; dir [shape=box, label=\"Google "
        "Workspace directory\"]; gem [label=\"Gemini 1.5 Pro (Vertex "
        "AI)\"]; user -> gchat [label=\"question\"]; gchat -> app "
        "[label=\"message\"]; app -> gchat [label=\"markdown answer\"]; "
        "gchat -> user; app -> dir [label=\"look up by e-mail\"]; dir -> "
        "app [label=\"groups\"]; app -> cache [label=\"get / set answer\"]; "
        "cache -> app [label=\"cached answer\"]; app -> vec [label=\"query "
        "+ ACL filter\"]; vec -> app [label=\"chunks\"]; app -> gem "
        "[label=\"system instructions + context + question\"]; gem -> app "
        "[label=\"answer\"]; conf -> idxr [label=\"pages\"]; idxr -> vec "
        "[label=\"embeddings + labels\"]; }",
        {"TMC-LLM-171", "cache", true}, {"TMC-RAG-001", "cache", false},
        {"TMC-SPOOF-004", "app -> dir", true});
  CHECK("digraph{u[shape=box,label=\"Sales reps\"]; a[label=\"Deal desk "
        "copilot backend (FastAPI)\"]; r[shape=cylinder,label=\"Redis "
        "semantic cache\"]; q[shape=cylinder,label=\"Qdrant (contracts, "
        "per-account filter)\"]; m[label=\"GPT-4o\"]; "
        "u->a[label=\"question\"]; a->u[label=\"answer\"]; "
        "a->r[label=\"lookup / store answer\"]; r->a[label=\"hit\"]; "
        "a->q[label=\"search\"]; q->a[label=\"clauses\"]; "
        "a->m[label=\"prompt\"]; m->a[label=\"answer\"]}",
        {"TMC-LLM-171", "r", true}, {"TMC-RAG-001", "r", false});
  CHECK("digraph{u[shape=box,label=\"Website visitors\"]; a[label=\"Help "
        "chatbot backend\"]; r[shape=cylinder,label=\"Redis answer "
        "cache\"]; h[shape=box,label=\"Public help centre articles\"]; "
        "m[label=\"GPT-4o mini\"]; u->a[label=\"question\"]; "
        "a->u[label=\"answer\"]; a->r[label=\"get / set\"]; r->a; "
        "h->a[label=\"articles\"]; a->m[label=\"prompt\"]; "
        "m->a[label=\"answer\"]}",
        {"TMC-LLM-171", "r", false});
  /* a cache of translations keyed by the text's hash: the answer depends
   * on nothing but what was asked */
  CHECK("digraph{q[shape=cylinder,label=\"Pub/Sub documents-to-summarise\"];"
        " w[label=\"summary-worker (Python)\"];"
        " c[shape=cylinder,label=\"summary cache (Redis, keyed by document hash)\"];"
        " m[label=\"Claude 3 Haiku\"]; q->w; w->c[label=\"get / set\"]; c->w;"
        " w->m[label=\"document\"]; m->w[label=\"summary\"]}",
        {"TMC-LLM-171", "c", false});
}

/* C2: the address a message claims picks whose rights apply where code
 * looks the person up in a people system by it and gets their rights
 * back; not a mail sent to a relay, nor a lookup by the signed-in
 * session's employee id. */
static void test_identity_by_address(void **state) {
  (void)state;
  CHECK("digraph{c[shape=box,label=\"Contractors\"]; w[label=\"Mattermost\"];"
        " b[label=\"Onboarding bot (Go)\"]; d[shape=box,label=\"BambooHR\"];"
        " c->w[label=\"message\"]; w->b[label=\"webhook\"];"
        " b->d[label=\"lookup by sender e-mail\"];"
        " d->b[label=\"department, manager\"]; b->w[label=\"reply\"]}",
        {"TMC-SPOOF-004", "b -> d", true});
  CHECK("digraph{c[shape=box,label=\"Customers\"]; a[label=\"Returns portal\"];"
        " d[label=\"Okta\"]; c->a[label=\"form\"]; a->d[label=\"UPN\"];"
        " d->a[label=\"groups\"]; a->c}",
        {"TMC-SPOOF-004", "a -> d", true});
  CHECK("digraph{c[shape=box,label=\"Customers\"]; a[label=\"Returns portal\"];"
        " m[label=\"SMTP relay\"]; c->a[label=\"form\"]; a->m[label=\"e-mail\"];"
        " m->a[label=\"250 OK\"]; a->c}",
        {"TMC-SPOOF-004", "a -> m", false});
  CHECK("digraph{c[shape=box,label=\"Staff (SSO session)\"]; a[label=\"Leave app\"];"
        " d[shape=box,label=\"Workday\"]; c->a[label=\"request\"];"
        " a->d[label=\"employee id from session\"];"
        " d->a[label=\"balance\"]; a->c}",
        {"TMC-SPOOF-004", "a -> d", false});
}

/* C4: audio and video sent as plain media packets on the LAN (RTSP from
 * a camera, an AES67 or Dante stream, multicast paging) are read by whoever
 * joins the network (TMC-APP-029); not SRTP voice nor RTSP over TLS. */
static void test_cleartext_media(void **state) {
  (void)state;
  CHECK("digraph{cam[label=\"Lobby IP camera\"]; nvr[shape=cylinder,label=\"NVR "
        "recordings\"];"
        " p[label=\"Paging controller\"]; sp[label=\"Ceiling speakers amplifier\"];"
        " v[label=\"Desk phones\"]; pbx[label=\"IP PBX\"]; c2[label=\"Door camera\"];"
        " cam->nvr[label=\"RTSP H.264 feed\"]; p->sp[label=\"AES67 stream\"];"
        " v->pbx[label=\"SRTP voice\"]; c2->nvr[label=\"RTSPS\"]}",
        {"TMC-APP-029", "cam -> nvr", true}, {"TMC-APP-029", "p -> sp", true},
        {"TMC-APP-029", "v -> pbx", false}, {"TMC-APP-029", "c2 -> nvr", false});
}

/* C4: people signing in with short codes (pickers' codes on a voice
 * picking server) or with a host's own login over a terminal session
 * (TN5250 handhelds on an IBM i) are who their code says (TMC-SPOOF-171);
 * not handhelds signing in with SSO and a badge, nor a web shop's login,
 * nor the terminal host's own calls on to the next server. */
static void test_code_logins(void **state) {
  (void)state;
  CHECK("digraph{p[shape=box,label=\"Pickers\"]; v[label=\"Voice picking server\"];"
        " h[label=\"Warehouse handhelds (Zebra TC52, TN5250 emulator)\"];"
        " i[label=\"IBM i host (AS/400)\"]; h2[label=\"Store handhelds (Zebra TC21)\"];"
        " s[label=\"Store app backend\"]; u[shape=box,label=\"Customers\"];"
        " w[label=\"Web shop\"]; t[label=\"Terminal host (telnet)\"]; e[label=\"ERP\"];"
        " p->v[label=\"log in with picker code\"]; h->i[label=\"5250 session\"];"
        " h2->s[label=\"SSO (Entra ID) + badge\"]; u->w[label=\"login\"]; t->e}",
        {"TMC-SPOOF-171", "p -> v", true}, {"TMC-SPOOF-171", "h -> i", true},
        {"TMC-SPOOF-171", "h2 -> s", false}, {"TMC-SPOOF-171", "u -> w", false},
        {"TMC-SPOOF-171", "t -> e", false});
}

/* C4: a host on the control network that also sends into another network
 * (a historian replicating to the corporate warehouse, an edge box
 * publishing to a cloud IoT hub) joins the two (TMC-EOP-171); not a SCADA
 * server talking to an HMI in its own zone, nor an office server sending
 * to the cloud. */
static void test_ot_bridges(void **state) {
  (void)state;
  CHECK("digraph{subgraph cluster_l2{label=\"Plant network (Level 2)\";"
        " s[label=\"SCADA server\"]; hmi[label=\"Operator HMI\"];"
        " hist[label=\"Process historian (PI)\"];}"
        " subgraph cluster_it{label=\"Corporate IT\";"
        " dw[shape=cylinder,label=\"Reporting warehouse\"]; o[label=\"Office file "
        "server\"];}"
        " subgraph cluster_az{label=\"Azure subscription prod\";"
        " hub[label=\"IoT Hub\"];}"
        " subgraph cluster_ff{label=\"Factory floor\"; gw[label=\"Edge box (Azure IoT "
        "Edge)\"];}"
        " s->hmi[label=\"tags\"]; s->hist[label=\"tags\"]; hist->dw[label=\"hourly "
        "replication\"];"
        " gw->hub[label=\"telemetry\"]; o->hub[label=\"reports\"]}",
        {"TMC-EOP-171", "hist", true}, {"TMC-EOP-171", "gw", true},
        {"TMC-EOP-171", "s", false}, {"TMC-EOP-171", "o", false});
}

/* C4: code that raises orders in another system whenever a model says so,
 * with no person between (a demand forecast placing purchase orders, an
 * LLM triage job opening incidents), has no cap on a bad run
 * (TMC-DOS-171); not a planner's own purchase orders, nor scores filed in
 * a store. */
static void test_automatic_orders(void **state) {
  (void)state;
  CHECK("digraph{h[shape=cylinder,label=\"Sales history\"];"
        " f[label=\"Demand forecast model (LightGBM)\"]; j[label=\"auto-reorder job\"];"
        " e[shape=box,label=\"Supplier EDI (SaaS)\"]; sc[shape=cylinder,label=\"Forecast "
        "scores\"];"
        " h->f; f->j[label=\"forecast\"]; j->e[label=\"purchase orders\"]; j->sc}",
        {"TMC-DOS-171", "j -> e", true}, {"TMC-DOS-171", "j -> sc", false});
  CHECK("digraph{q[shape=cylinder,label=\"Alert queue\"]; t[label=\"Triage job\"];"
        " m[label=\"GPT-4o mini\"]; sn[label=\"ServiceNow\"];"
        " q->t; t->m[label=\"alert + prompt\"]; m->t[label=\"severity\"];"
        " t->sn[label=\"open incident\"]}",
        {"TMC-DOS-171", "t -> sn", true});
  CHECK("digraph{p[shape=box,label=\"Planners\"]; a[label=\"Planning app\"];"
        " f[label=\"Demand forecast model\"]; e[label=\"ERP\"];"
        " p->a[label=\"approve\"]; f->a[label=\"forecast\"]; a->e[label=\"purchase "
        "orders\"]}",
        {"TMC-DOS-171", "a -> e", false});
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_agency_needs_an_outlet),
      cmocka_unit_test(test_ticket_consoles_render),
      cmocka_unit_test(test_agent_credentials_are_agency),
      cmocka_unit_test(test_rag_chatbot_family),
      cmocka_unit_test(test_answer_caches),
      cmocka_unit_test(test_identity_by_address),
      cmocka_unit_test(test_cleartext_media),
      cmocka_unit_test(test_code_logins),
      cmocka_unit_test(test_ot_bridges),
      cmocka_unit_test(test_automatic_orders),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
