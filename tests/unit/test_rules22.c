/* test_rules22.c - the "rules22" cause (causes22 F and D): findings a
 * reviewer expected on blind21 that tmc missed or stated without the AI id,
 * and ids it cited where the system gave them no ground, each fixed as a
 * family. The keys an agent and its tools call services with sit in its
 * own configuration (TMC-AGENT-220, AML.T0083); signing certificates and
 * SDK keys on a share the agent's tools read (TMC-AGENT-023); personal or
 * medical text sent to a vendor's LLM and kept in the prompt log
 * (TMC-LLM-012, TMC-LLM-015); what PII scrubbing misses reaches the index
 * (TMC-LLM-221); model output kept in records that are shown as HTML
 * (TMC-LLM-220); evasion reaching a classic model through a store of
 * recordings (TMC-ML-041); and, where kinds are written, an admin app staff
 * use, a recommender queried from outside and an OCR model over uploads.
 * Quiet cases: retrieval content crafting only for web search results,
 * system prompt extraction only where an outsider reads the answers, model
 * theft only where someone can copy the weights, and no AI id where no
 * model is drawn. Each family in other words than blind21's and in both
 * formats.
 *
 * The one idea: every case is a small DOT or draw.io text and a list of
 * (rule, target, present?) lines (want_helpers.h), plus what a finding
 * cites where an id depends on the system (ids_if). */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "engine_helpers.h"
#include "drawio_pieces.h"
#include "want_helpers.h"

/* a box whose kind is written (type=, a custom property on its object) */
#define TYPED(id, label, type, x, y)                                                     \
  "<object id=\"" id "\" label=\"" label "\" type=\"" type                               \
  "\"><mxCell style=\"rounded=1;\""                                                      \
  " vertex=\"1\" parent=\"1\"><mxGeometry x=\"" #x "\" y=\"" #y "\" width=\"120\""       \
  " height=\"60\" as=\"geometry\"/></mxCell></object>"

/* Does rule's finding on target (an element id or "src->dst") cite id? */
static bool rule_cites(const char *text, bool drawio, const char *rule,
                       const char *target, const char *id) {
  tmc_ir *ir = drawio ? drawio_analysed(text, NULL) : analyse_with(text, cat, NULL);
  const tmc_finding *f = finding(ir, rule, target);
  bool found = f != NULL;
  bool yes = cites(f, id);
  if (!found)
    fprintf(stderr, "no %s on %s in:\n%s\n", rule, target, text);
  tmc_ir_free(ir);
  assert_true(found);
  return yes;
}

/* F1: an agent calling a vendor's LLM API itself, or whose own tool calls
 * a payment API with a secret key, keeps those keys in its configuration
 * (TMC-AGENT-220, AML.T0083); not an agent on a model of its own whose
 * tools reach only the system's own stores, not a web app with no model. */
static void test_agent_config_keys(void **state) {
  (void)state;
  CHECK(
      "digraph{u[shape=box,label=\"Employees\"];"
      " a[label=\"Helpdesk copilot (Semantic Kernel)\"];"
      " m[label=\"Claude 3.7 Sonnet (Anthropic API)\"];"
      " t[label=\"reset_password\",shape=hexagon]; d[shape=cylinder,label=\"AD users\"];"
      " u->a[label=\"request\"]; a->m[label=\"messages + tools\"];"
      " m->a[label=\"tool calls\"]; a->t[label=\"invoke\"]; t->d[label=\"write\"]}",
      {"TMC-AGENT-220", "a", true});
  CHECK_DRAWIO(
      PAGE(BOX("u", "Shoppers", PERSON, 0,
               0) BOX("a", "Order agent (LangChain)", CODE, 200,
                      0) BOX("m", "Llama 3 70B on our GPU (vLLM)", CODE, 400,
                             0) BOX("t", "refund_order", CODE, 200, 200)
               BOX("s", "Stripe API", CLOUD, 400, 200) ARROW("e1", "chat", "u", "a")
                   ARROW("e2", "prompt + tools", "a", "m")
                       ARROW("e3", "tool call", "m", "a") ARROW("e4", "call", "a", "t")
                           ARROW("e5", "POST /refunds (secret key)", "t", "s")),
      {"TMC-AGENT-220", "a", true});
  /* quiet: the agent's model is its own and its tool writes its own store */
  CHECK("digraph{u[shape=box,label=\"Engineers\"]; a[label=\"Ops agent loop\"];"
        " m[label=\"Qwen2.5 on our vLLM server\"]; "
        "t[label=\"create_ticket\",shape=hexagon];"
        " d[shape=cylinder,label=\"tickets DB\"]; u->a[label=\"ask\"];"
        " a->m[label=\"prompt + tools\"]; m->a[label=\"tool call\"]; a->t; "
        "t->d[label=\"insert\"]}",
        {"TMC-AGENT-220", "a", false});
  /* quiet: no model, no agent: a shop calling its payment provider */
  CHECK("digraph{u[shape=box,label=\"Customers\"]; w[label=\"web shop\"];"
        " s[label=\"Stripe API\"]; u->w[label=\"checkout\"]; w->s[label=\"charge (secret "
        "key)\"]}",
        {"TMC-AGENT-220", "w", false});
}

/* F2: a share holding code-signing certificates and SDK keys that an
 * agent's shell tool mounts is a key store (TMC-AGENT-023, AML.T0055); a
 * share of design documents is not. */
static void test_key_share(void **state) {
  (void)state;
  CHECK_DRAWIO(
      PAGE(BOX("u", "Developers", PERSON, 0, 0) BOX("a", "Coding agent CLI", CODE, 200, 0)
               BOX("m", "GPT-4.1 (OpenAI API)", CODE, 400, 0)
                   BOX("t", "shell tool", CODE, 200, 200)
                       BOX("k", "release share: code signing certificate, SDK keys",
                           STORE, 400, 200) ARROW("e1", "task", "u", "a")
                           ARROW("e2", "prompt + tools", "a", "m") ARROW(
                               "e3", "tool calls", "m", "a") ARROW("e4", "run", "a", "t")
                               ARROW("e5", "read / write", "t", "k")),
      {"TMC-AGENT-023", "k", true}, {"TMC-LLM-026", "k", false});
  CHECK(
      "digraph{u[shape=box,label=\"Developers\"]; a[label=\"coding agent\"];"
      " m[label=\"Mistral Large API\"]; t[label=\"run_shell\",shape=hexagon];"
      " k[shape=cylinder,label=\"build host: AccessKey id and secret, signing certs\"];"
      " u->a[label=\"task\"]; a->m[label=\"prompt + tools\"]; m->a[label=\"tool call\"];"
      " a->t; t->k[label=\"cat\"]; k->t[label=\"files\"]}",
      {"TMC-AGENT-023", "k", true});
  /* quiet: the share holds documents, no keys */
  CHECK(
      "digraph{u[shape=box,label=\"Developers\"]; a[label=\"coding agent\"];"
      " m[label=\"Mistral Large API\"]; t[label=\"run_shell\",shape=hexagon];"
      " k[shape=cylinder,label=\"design share: specs and drawings\"];"
      " u->a[label=\"task\"]; a->m[label=\"prompt + tools\"]; m->a[label=\"tool call\"];"
      " a->t; t->k[label=\"cat\"]; k->t[label=\"files\"]}",
      {"TMC-AGENT-023", "k", false});
}

/* F2: medical or personal text read into prompts for a vendor's LLM
 * (TMC-LLM-012) and kept in the prompt log (TMC-LLM-015, not the public
 * TMC-LLM-025); a help bot over the product catalogue sends none. */
static void test_personal_text_to_llm(void **state) {
  (void)state;
  CHECK("digraph{p[shape=box,label=\"Patients\"]; api[label=\"upload API\"];"
        " b[shape=cylinder,label=\"discharge letters bucket\"]; f[label=\"summariser "
        "function\"];"
        " m[label=\"GPT-4o (Azure OpenAI)\"]; l[shape=cylinder,label=\"prompt log\"];"
        " p->api[label=\"photos\"]; api->b[label=\"put\"]; b->f[label=\"object\"];"
        " f->m[label=\"prompt + text\"]; m->f[label=\"summary\"]; f->l[label=\"log\"]}",
        {"TMC-LLM-012", "f -> m", true}, {"TMC-LLM-015", "l", true},
        {"TMC-LLM-025", "l", false});
  CHECK_DRAWIO(
      PAGE(BOX("c", "Kunden", PERSON, 0, 0) BOX("w", "Chat-Backend", CODE, 200, 0)
               BOX("d", "Patientenakte (Postgres)", STORE, 200,
                   200) BOX("m", "Gemini 2.0 Flash (Vertex AI)", CODE, 400, 0)
                   ARROW("e1", "Frage", "c", "w") ARROW("e2", "Akte", "d", "w")
                       ARROW("e3", "Prompt", "w", "m") ARROW("e4", "Antwort", "m", "w")),
      {"TMC-LLM-012", "e3", true});
  /* quiet: only the public catalogue reaches the prompt */
  CHECK("digraph{c[shape=box,label=\"Visitors\"]; w[label=\"shop assistant\"];"
        " d[shape=cylinder,label=\"product catalogue (public)\"];"
        " m[label=\"GPT-4o mini (OpenAI API)\"]; l[shape=cylinder,label=\"chat log\"];"
        " c->w[label=\"question\"]; d->w[label=\"products\"]; w->m[label=\"prompt\"];"
        " m->w[label=\"answer\"]; w->c[label=\"answer\"]; w->l[label=\"log\"]}",
        {"TMC-LLM-012", "w -> m", false}, {"TMC-LLM-015", "l", false});
}

/* F2: a step scrubbing personal data before the index an LLM answers
 * from (TMC-LLM-221, LLM02); not one in front of a warehouse no model
 * reads. */
static void test_scrubbing_misses(void **state) {
  (void)state;
  CHECK(
      "digraph{s[label=\"Zendesk export\"]; r[label=\"Presidio PII redaction\"];"
      " e[label=\"embedder\"]; v[shape=cylinder,label=\"pgvector index\"];"
      " q[label=\"answer service\"]; m[label=\"Claude Haiku (Bedrock)\"];"
      " u[shape=box,label=\"Agents\"]; s->r[label=\"tickets\"]; r->e[label=\"chunks\"];"
      " e->v[label=\"vectors + text\"]; u->q[label=\"question\"]; q->v[label=\"search\"];"
      " v->q[label=\"chunks\"]; q->m[label=\"prompt\"]; m->q[label=\"draft\"]}",
      {"TMC-LLM-221", "r", true});
  CHECK_DRAWIO(PAGE(BOX("s", "Formularios de clientes", PERSON, 0,
                        0) BOX("r", "anonimización de PII", CODE, 200, 0)
                        BOX("i", "índice Qdrant", STORE, 400, 0)
                            BOX("a", "asistente de respuestas", CODE, 400, 200)
                                BOX("m", "Mistral Large (API)", CODE, 200, 200)
                                    ARROW("e1", "formularios", "s", "r")
                                        ARROW("e2", "texto limpio", "r", "i")
                                            ARROW("e3", "fragmentos", "i", "a")
                                                ARROW("e4", "prompt", "a", "m")
                                                    ARROW("e5", "borrador", "m", "a")),
               {"TMC-LLM-221", "r", true});
  /* quiet: no model reads what the scrubber writes */
  CHECK(
      "digraph{s[label=\"CRM export\"]; r[label=\"PII masking job\"];"
      " w[shape=cylinder,label=\"analytics warehouse\"]; b[shape=box,label=\"Analysts\"];"
      " s->r[label=\"rows\"]; r->w[label=\"masked rows\"]; w->b[label=\"reports\"]}",
      {"TMC-LLM-221", "r", false});
}

/* F3: a model's summary written into records that another application
 * shows people as HTML (TMC-LLM-220, LLM05, CWE-79); not where the records
 * are shown as plain text exports. */
static void test_model_output_rendered_later(void **state) {
  (void)state;
  CHECK("digraph{subgraph cluster_c{label=\"Hospital network (trust=2)\";"
        " f[label=\"summary worker\"]; d[shape=cylinder,label=\"clinical records DB\"];"
        " a[label=\"records viewer\"]; dr[shape=box,label=\"Nurses\"]}"
        " m[label=\"GPT-4.1 (Azure OpenAI)\"]; f->m[label=\"prompt\"];"
        " m->f[label=\"summary\"]; f->d[label=\"insert summary\"]; d->a[label=\"read\"];"
        " a->dr[label=\"patient page (rendered HTML)\"]}",
        {"TMC-LLM-220", "f -> d", true});
  CHECK_DRAWIO(PAGE(BOX("f", "lead enrichment job", CODE, 0,
                        0) BOX("m", "Claude 3.5 Haiku (Anthropic API)", CODE, 200,
                               0) BOX("d", "CRM records", STORE, 0, 200)
                        BOX("c", "sales console", CODE, 200, 200) BOX("s", "Sales reps",
                                                                      PERSON, 400, 200)
                            ARROW("e1", "prompt", "f", "m") ARROW("e2", "notes", "m", "f")
                                ARROW("e3", "save notes", "f", "d")
                                    ARROW("e4", "load", "d", "c")
                                        ARROW("e5", "lead card (rich text)", "c", "s")),
               {"TMC-LLM-220", "e3", true});
  /* quiet: the records leave only as CSV files */
  CHECK(
      "digraph{f[label=\"summary worker\"]; m[label=\"GPT-4.1 (Azure OpenAI)\"];"
      " d[shape=cylinder,label=\"case records DB\"]; x[label=\"export job\"];"
      " b[shape=box,label=\"Auditors\"]; f->m[label=\"prompt\"]; m->f[label=\"summary\"];"
      " f->d[label=\"insert summary\"]; d->x[label=\"read\"]; x->b[label=\"CSV file\"]}",
      {"TMC-LLM-220", "f -> d", false});
}

/* D: retrieval content crafting (AML.T0066) only for what a web search
 * ranks; a page a fetch tool reads at the URL it is given is plain
 * indirect injection. */
static void test_fetched_is_not_retrieved(void **state) {
  (void)state;
  const char *fetch =
      "digraph{u[shape=box,label=\"Developers\"]; a[label=\"coding agent\"];"
      " m[label=\"GPT-4.1 (OpenAI API)\"]; t[label=\"fetch_url tool (URL to Markdown)\"];"
      " w[label=\"public web\",shape=box]; u->a[label=\"task\"];"
      " a->m[label=\"prompt + tools\"]; m->a[label=\"tool call\"]; a->t[label=\"url\"];"
      " w->t[label=\"HTML\"]; t->a[label=\"page text\"]}";
  assert_false(rule_cites(fetch, false, "TMC-AGENT-015", "t->a", "AML.T0066"));
  assert_true(rule_cites(fetch, false, "TMC-AGENT-015", "t->a", "AML.T0051.001"));
  const char *search =
      "digraph{u[shape=box,label=\"Analysts\"]; a[label=\"research agent\"];"
      " m[label=\"GPT-4.1 (OpenAI API)\"]; s[label=\"Brave Search API\"];"
      " u->a[label=\"question\"]; a->m[label=\"prompt + tools\"];"
      " m->a[label=\"tool call\"]; a->s[label=\"query\"]; s->a[label=\"results\"]}";
  assert_true(rule_cites(search, false, "TMC-AGENT-015", "s->a", "AML.T0066"));
}

/* D: system prompt extraction needs someone outside reading what the
 * model writes: a summary written into records only the clinic's staff
 * read, in the clinic's own zone, gives the uploader nothing; customers
 * reading the answers, or staff in a zone of their own, do. */
static void test_system_prompt_needs_a_reader(void **state) {
  (void)state;
  CHECK_DRAWIO(
      PAGE(ZONE("z", "Clinic VPC", 0, 0, 900,
                400) BOX("p", "Patients (app)", PERSON, 0,
                         500) INBOX("api", "z", "upload API", CODE, 20,
                                    40) INBOX("b", "z", "scans bucket", STORE, 200, 40)
               INBOX("f", "z", "summary function", CODE, 400,
                     40) INBOX("d", "z", "records DB", STORE, 600, 40)
                   INBOX("doc", "z", "Doctors", PERSON, 600,
                         200) BOX("m", "Qwen-Max (Model Studio)", CODE, 400, 500)
                       ARROW("e1", "photos", "p", "api") ARROW("e2", "put", "api", "b")
                           ARROW("e3", "object", "b", "f") ARROW("e4", "prompt", "f", "m")
                               ARROW("e5", "summary", "m", "f")
                                   ARROW("e6", "write", "f", "d")
                                       ARROW("e7", "read", "d", "doc")),
      {"TMC-LLM-004", "m", false});
  CHECK("digraph{c[shape=box,label=\"Customers\"]; w[label=\"chat backend\"];"
        " m[label=\"GPT-4o (OpenAI API)\"]; c->w[label=\"question\"];"
        " w->m[label=\"prompt\"]; m->w[label=\"answer\"]; w->c[label=\"answer\"]}",
        {"TMC-LLM-004", "m", true});
  /* staff in a zone of their own (their laptops) read the answers too */
  CHECK("digraph{subgraph cluster_l{label=\"Staff laptops (trust=1)\";"
        " e[shape=box,label=\"Employees\"]}"
        " subgraph cluster_s{label=\"Internal network (trust=2)\";"
        " w[label=\"assistant backend\"]; m[label=\"Llama 3 (vLLM)\"]}"
        " e->w[label=\"question\"]; w->m[label=\"prompt\"]; m->w[label=\"answer\"];"
        " w->e[label=\"answer\"]}",
        {"TMC-LLM-004", "m", true});
}

/* D and F5: model theft (ML05) on a registry only where someone can copy
 * the weights; evasion reaches a classic model of the system's own
 * through a store of what callers sent (TMC-ML-041 on their flow), and
 * their long or noisy recordings hold it (TMC-ML-005, AML.T0029). */
static void test_registry_theft_and_recorded_evasion(void **state) {
  (void)state;
  const char *inside =
      "digraph{subgraph cluster_g{label=\"GPU cluster (trust=2)\";"
      " d[shape=cylinder,label=\"training set\"]; t[label=\"monthly fine-tune\"];"
      " r[shape=folder,label=\"MLflow model registry\"];"
      " s[label=\"speech model server\",type=model]}"
      " d->t[label=\"examples\"]; t->r[label=\"new model\"];"
      " r->s[label=\"auto-deploy\"]}";
  assert_false(rule_cites(inside, false, "TMC-MLOPS-005", "r", "ML05:2023"));
  assert_true(rule_cites(inside, false, "TMC-MLOPS-005", "r", "AML.T0035"));
  const char *read =
      "digraph{ds[shape=box,label=\"Data scientists\"];"
      " t[label=\"training job\"]; r[shape=folder,label=\"MLflow model registry\"];"
      " t->r[label=\"new model\"]; r->ds[label=\"download weights\"]}";
  assert_true(rule_cites(read, false, "TMC-MLOPS-005", "r", "ML05:2023"));
  CHECK_DRAWIO(
      PAGE(BOX("c", "Callers", PERSON, 0,
               0) ZONE("z", "Call centre (trust=1)", 0, 150, 900,
                       300) INBOX("rec", "z", "call recorder", CODE, 20,
                                  40) INBOX("sh", "z", "recordings share", STORE, 200, 40)
               INBOX("w", "z", "fine-tuned speech-to-text model", CODE, 400,
                     40) INBOX("tx", "z", "transcripts DB", STORE, 600, 40)
                   ARROW("e1", "phone call", "c", "rec") ARROW("e2", "WAV", "rec", "sh")
                       ARROW("e3", "audio", "sh", "w") ARROW("e4", "text", "w", "tx")),
      {"TMC-ML-041", "e1", true}, {"TMC-ML-005", "w", true});
  /* quiet: a vendor's speech API is no model of the system's own */
  CHECK("digraph{c[shape=box,label=\"Callers\"]; rec[label=\"call recorder\"];"
        " sh[shape=cylinder,label=\"recordings share\"];"
        " w[label=\"Deepgram speech-to-text API\"]; c->rec[label=\"phone call\"];"
        " rec->sh[label=\"WAV\"]; sh->w[label=\"audio\"]}",
        {"TMC-ML-041", "c -> rec", false}, {"TMC-ML-005", "w", false});
}

/* F2-F4 with the kinds written (their classification is the kinds
 * helpers'): an admin app staff use misses authorization and audit
 * (TMC-EOP-002, TMC-REPUD-001); a recommender queried through the app
 * reveals who is in its training data (TMC-ML-003, ML04); an OCR model
 * over uploaded photos is evaded (TMC-ML-009, ML01). Quiet: a nightly job
 * nobody calls; a recommender whose answers only staff read. */
static void test_with_kinds_written(void **state) {
  (void)state;
  CHECK(
      "digraph{subgraph cluster_h{label=\"SACCO hosting\";"
      " bo[type=process,label=\"Loans admin panel (Rails)\"]; c[label=\"core banking\"];"
      " j[type=process,label=\"nightly interest job\"]}"
      " o[shape=box,label=\"Loan officers\"]; o->bo[label=\"approve loans\"];"
      " bo->c[label=\"REST\"]; j->c[label=\"accrue\"]}",
      {"TMC-EOP-002", "bo", true}, {"TMC-REPUD-001", "bo", true},
      {"TMC-EOP-002", "j", false}, {"TMC-REPUD-001", "j", false});
  CHECK_DRAWIO(
      PAGE(BOX("u", "App users", PERSON, 0, 0) BOX("api", "mobile API", CODE, 200, 0) BOX(
          "f", "feed service", CODE, 400,
          0) TYPED("s", "similar-items endpoint", "model", 600,
                   0) BOX("t", "nightly training job", CODE, 600, 200)
               BOX("ev", "user events", STORE, 400, 200) ARROW("e1", "browse", "u", "api")
                   ARROW("e2", "user id", "api", "f") ARROW("e3", "query", "f", "s")
                       ARROW("e4", "item ids", "s", "f") ARROW("e5", "feed", "f", "api")
                           ARROW("e6", "events", "api", "ev")
                               ARROW("e7", "interactions", "ev", "t")
                                   ARROW("e8", "new model", "t", "r")
                                       BOX("r", "model registry", STORE, 800, 200)
                                           ARROW("e9", "deploy", "r", "s")),
      {"TMC-ML-003", "s", true});
  CHECK("digraph{p[shape=box,label=\"Patients\"]; api[label=\"upload API\"];"
        " b[shape=cylinder,label=\"scans bucket\"]; f[label=\"intake function\"];"
        " o[type=model,label=\"Azure Document Intelligence OCR\"];"
        " p->api[label=\"photos of prescriptions\"]; api->b[label=\"put\"];"
        " b->f[label=\"object\"]; f->o[label=\"image\"]; o->f[label=\"text\"]}",
        {"TMC-ML-009", "o", true});
  /* quiet: the same upload path with no model drawn */
  CHECK("digraph{p[shape=box,label=\"Patients\"]; api[label=\"upload API\"];"
        " b[shape=cylinder,label=\"scans bucket\"]; f[label=\"intake function\"];"
        " p->api[label=\"photos\"]; api->b[label=\"put\"]; b->f[label=\"object\"]}",
        {"TMC-ML-009", "f", false}, {"TMC-ML-041", "p -> api", false});
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_agent_config_keys),
      cmocka_unit_test(test_key_share),
      cmocka_unit_test(test_personal_text_to_llm),
      cmocka_unit_test(test_scrubbing_misses),
      cmocka_unit_test(test_model_output_rendered_later),
      cmocka_unit_test(test_fetched_is_not_retrieved),
      cmocka_unit_test(test_system_prompt_needs_a_reader),
      cmocka_unit_test(test_registry_theft_and_recorded_evasion),
      cmocka_unit_test(test_with_kinds_written),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
