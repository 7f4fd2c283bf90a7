/* test_families18.c - the families classified in session fourteen and never
 * started (causes17b L and C, closing14 "Left"): outsourced operators'
 * logins, approval limits split under, model results altered on their way
 * to the back office, read-only tools holding write tokens, and indexers
 * reading across clients or matters. Each family in wordings the blind set
 * (blind16's chirrup, tallyhash, dunmore, lindqvist, ashcombe) did not use,
 * and silent where the drawing rules it out.
 *
 * Every case is a small DOT text and a list of (rule, target, present?)
 * lines, as in test_aiids17b.c. */
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

/* AML.T0012 / CWE-308: a vendor's or agency's people on our console with
 * logins their employer hands out: annotators of a labelling vendor whose
 * labels train a model (TMC-TRAIN-188), an outsourcer's agents whose
 * replies reach an LLM, an MSP's helpdesk on an admin portal with no model
 * (TMC-SPOOF-188); none where MFA is said, nor for in-house staff. Said
 * on their sign-in into the console (rules21, causes21 F7). */
static void test_outsourced_operator_logins(void **state) {
  (void)state;
  CHECK("digraph{a[shape=box,label=\"Annotators (Appen contract team)\"];"
        " l[label=\"Labelbox labelling UI\"]; s[shape=cylinder,label=\"Label exports\"];"
        " t[label=\"Training job (SageMaker)\"]; m[label=\"Defect detection model\"];"
        " a->l[label=\"bounding boxes\"]; l->s; s->t; t->m}",
        {"TMC-TRAIN-188", "a -> l", true}, {"TMC-SPOOF-188", "a -> l", false});
  CHECK("digraph{b[shape=box,label=\"Support agents (BPO, Teleperformance Manila)\"];"
        " c[label=\"Agent desktop (in-house web app)\"]; r[label=\"Reply drafter "
        "(Python)\"];"
        " m[label=\"GPT-4o (Azure OpenAI)\"]; b->c[label=\"ticket reply\"]; c->r;"
        " r->m[label=\"prompt\"]; m->r[label=\"draft\"]; r->c}",
        {"TMC-TRAIN-188", "b -> c", true});
  CHECK("digraph{h[shape=box,label=\"Outsourced IT helpdesk (MSP staff)\"];"
        " p[label=\"Admin portal\"]; d[shape=cylinder,label=\"Customer accounts DB\"];"
        " h->p[label=\"reset password, unlock\"]; p->d}",
        {"TMC-SPOOF-188", "h -> p", true}, {"TMC-TRAIN-188", "h -> p", false});
  /* each outside operator signs in with a hardware key */
  CHECK("digraph{a[shape=box,label=\"Annotators (outsourced, YubiKey MFA)\"];"
        " l[label=\"Labelling UI\"]; s[shape=cylinder,label=\"Label exports\"];"
        " t[label=\"Training job\"]; m[label=\"Defect detection model\"];"
        " a->l; l->s; s->t; t->m}",
        {"TMC-TRAIN-188", "a -> l", false}, {"TMC-SPOOF-188", "a -> l", false});
  /* the organisation's own moderators */
  CHECK("digraph{a[shape=box,label=\"Moderators (in-house trust & safety)\"];"
        " l[label=\"Review console\"]; s[shape=cylinder,label=\"Labels\"];"
        " t[label=\"Weekly retrain\"]; m[label=\"Toxicity classifier\"];"
        " a->l; l->s; s->t; t->m}",
        {"TMC-TRAIN-188", "a -> l", false}, {"TMC-SPOOF-188", "a -> l", false});
}

/* CWE-863: a limit decides whether a person approves, and the code also
 * sends straight on (TMC-EOP-188): expense claims over a manager's limit,
 * refunds above an amount held for a supervisor; none where everything goes
 * through the review, and none where no person works the review step. */
static void test_review_limits_split_under(void **state) {
  (void)state;
  CHECK("digraph{e[shape=box,label=\"Employees\"]; x[label=\"Expense service\"];"
        " a[label=\"Approval inbox\"]; m[shape=box,label=\"Line managers\"];"
        " p[shape=cylinder,label=\"Payroll export\"]; e->x[label=\"claim + receipt\"];"
        " x->a[label=\"claims over 500 GBP\"]; m->a[label=\"approve\"]; a->p;"
        " x->p[label=\"claims under 500 GBP\"]}",
        {"TMC-EOP-188", "x", true});
  CHECK("digraph{c[shape=box,label=\"Customers\"]; r[label=\"Refund service (approval "
        "threshold)\"];"
        " q[label=\"Supervisor review queue\"]; s[shape=box,label=\"Shift supervisors\"];"
        " l[shape=cylinder,label=\"Payments ledger\"]; c->r[label=\"refund request\"];"
        " r->q; s->q[label=\"release\"]; q->l; r->l[label=\"auto refund\"]}",
        {"TMC-EOP-188", "r", true});
  /* every order is approved: no limit, no way around the review */
  CHECK("digraph{b[shape=box,label=\"Buyers\"]; o[label=\"Purchase order service\"];"
        " a[label=\"Approval console\"]; m[shape=box,label=\"Finance approvers\"];"
        " e[shape=cylinder,label=\"ERP\"]; b->o; o->a[label=\"every order\"];"
        " m->a[label=\"approve\"]; a->e; o->e[label=\"catalogue sync\"]}",
        {"TMC-EOP-188", "o", false});
  /* a limit, but the second step is code nobody works in */
  CHECK("digraph{c[shape=box,label=\"Customers\"]; r[label=\"Refund service (limits)\"];"
        " f[label=\"Fraud rules engine\"]; l[shape=cylinder,label=\"Payments ledger\"];"
        " c->r; r->f[label=\"over limit\"]; f->l; r->l[label=\"under limit\"]}",
        {"TMC-EOP-188", "r", false});
}

/* ML09: a model's results passed on across a boundary to what acts on them
 * (TMC-ML-188): detections from an edge box to the plant's MES, a risk
 * score from the scoring service to the card switch; none over signed or
 * TLS links, none inside one zone. */
static void test_model_results_relayed(void **state) {
  (void)state;
  CHECK(
      "digraph{c[shape=box,label=\"Line cameras\"];"
      " subgraph cluster_edge{label=\"Plant floor\"; e[label=\"Edge box (Jetson "
      "Orin)\"];"
      " m[label=\"Weld defect detector (YOLOv8)\"];}"
      " subgraph cluster_it{label=\"Plant IT\"; x[label=\"MES (reject gate)\"];}"
      " c->e[label=\"frames\"]; e->m[label=\"frame\"]; m->e[label=\"boxes, confidence\"];"
      " e->x[label=\"detections\"]}",
      {"TMC-ML-188", "e -> x", true});
  CHECK(
      "digraph{subgraph cluster_ml{label=\"Risk platform\"; s[label=\"Scoring "
      "service\"];"
      " m[label=\"Fraud model (LightGBM)\"];}"
      " subgraph cluster_pay{label=\"Card processing\"; w[label=\"Authorisation "
      "switch\"];}"
      " w->s[label=\"transaction\"]; s->m[label=\"features\"]; m->s[label=\"p(fraud)\"];"
      " s->w[label=\"risk score\"]}",
      {"TMC-ML-188", "s -> w", true});
  /* signed and carried over mutual TLS */
  CHECK(
      "digraph{subgraph cluster_ml{label=\"Risk platform\"; s[label=\"Scoring "
      "service\"];"
      " m[label=\"Fraud model (LightGBM)\"];}"
      " subgraph cluster_pay{label=\"Card processing\"; w[label=\"Authorisation "
      "switch\"];}"
      " w->s[label=\"transaction\"]; s->m[label=\"features\"]; m->s[label=\"p(fraud)\"];"
      " s->w[label=\"signed risk score (mTLS)\"]}",
      {"TMC-ML-188", "s -> w", false});
  /* within one zone: no boundary to sit on */
  CHECK(
      "digraph{s[label=\"Scoring service\"]; m[label=\"Fraud model (LightGBM)\"];"
      " w[label=\"Authorisation switch\"]; w->s[label=\"transaction\"];"
      " s->m[label=\"features\"]; m->s[label=\"p(fraud)\"]; s->w[label=\"risk score\"]}",
      {"TMC-ML-188", "s -> w", false});
}

/* CWE-250: a tool that only reads holds a token that can write or
 * administer (TMC-AGENT-188): a ticket search tool on a Zendesk admin token,
 * a list tool whose agent gets a GitHub token with repo scope from the
 * vault; none for a read-only token, none for a tool that writes anyway. */
static void test_read_tools_with_write_tokens(void **state) {
  (void)state;
  CHECK("digraph{u[shape=box,label=\"Agents\"]; a[label=\"Support copilot "
        "(LangChain)\"];"
        " m[label=\"Claude 3.5 Sonnet\"]; t[label=\"search_tickets tool\"];"
        " z[label=\"Zendesk API\"]; u->a; a->m[label=\"prompt + tools\"];"
        " m->a[label=\"tool call\"]; a->t[label=\"query\"];"
        " t->z[label=\"GET /search (admin token)\"]; z->t[label=\"tickets\"]; t->a}",
        {"TMC-AGENT-188", "t -> z", true});
  CHECK("digraph{u[shape=box,label=\"Developers\"]; a[label=\"Repo assistant "
        "agent\"];"
        " m[label=\"GPT-4.1\"]; v[shape=cylinder,label=\"Vault (GitHub token, full "
        "access)\"];"
        " t[label=\"list_pull_requests tool\"]; g[label=\"GitHub REST API\"]; u->a;"
        " a->m; m->a[label=\"tool call\"]; v->a[label=\"secrets\"]; a->t; t->g;"
        " g->t[label=\"pull requests\"]; t->a}",
        {"TMC-AGENT-188", "t -> g", true});
  /* the tool's own read-only token */
  CHECK("digraph{u[shape=box,label=\"Agents\"]; a[label=\"Support copilot "
        "(LangChain)\"];"
        " m[label=\"Claude 3.5 Sonnet\"]; t[label=\"search_tickets tool\"];"
        " z[label=\"Zendesk API\"]; u->a; a->m[label=\"prompt + tools\"];"
        " m->a[label=\"tool call\"]; a->t[label=\"query\"];"
        " t->z[label=\"GET /search (read-only token)\"]; z->t[label=\"tickets\"]; t->a}",
        {"TMC-AGENT-188", "t -> z", false});
  /* a tool that changes tickets needs write scopes anyway */
  CHECK("digraph{u[shape=box,label=\"Agents\"]; a[label=\"Support copilot "
        "(LangChain)\"];"
        " m[label=\"Claude 3.5 Sonnet\"]; t[label=\"update_ticket tool\"];"
        " z[label=\"Zendesk API\"]; u->a; a->m[label=\"prompt + tools\"];"
        " m->a[label=\"tool call\"]; a->t[label=\"changes\"];"
        " t->z[label=\"PUT ticket (admin token)\"]; z->t; t->a}",
        {"TMC-AGENT-188", "t -> z", false});
}

/* LLM02 / CWE-863: an indexer copying records kept apart by department or
 * client into one index a model's prompts are built from (TMC-LLM-188):
 * a Confluence crawler over every department's spaces, a nightly sync of
 * per-client SharePoint sites; none with security trimming, none where no
 * model reads the index. */
static void test_indexers_across_walls(void **state) {
  (void)state;
  CHECK("digraph{c[shape=cylinder,label=\"Confluence spaces (all departments)\"];"
        " k[label=\"Confluence crawler\"]; p[shape=cylinder,label=\"Pinecone vector "
        "index\"];"
        " b[label=\"Chat backend (FastAPI)\"]; m[label=\"GPT-4o\"];"
        " u[shape=box,label=\"Employees\"]; c->k[label=\"pages\"]; "
        "k->p[label=\"embeddings\"];"
        " u->b[label=\"question\"]; b->p[label=\"query\"]; p->b[label=\"chunks\"];"
        " b->m[label=\"prompt + chunks\"]; m->b[label=\"answer\"]; b->u}",
        {"TMC-LLM-188", "k", true});
  CHECK("digraph{s[shape=cylinder,label=\"Client SharePoint sites\"];"
        " j[label=\"Nightly sync job\"]; e[shape=cylinder,label=\"Elasticsearch\"];"
        " r[label=\"RAG API\"]; m[label=\"Claude 3 Haiku (Bedrock)\"];"
        " u[shape=box,label=\"Consultants\"]; s->j[label=\"documents of every client\"];"
        " j->e; u->r; r->e[label=\"search\"]; e->r[label=\"passages\"];"
        " r->m[label=\"prompt\"]; m->r; r->u}",
        {"TMC-LLM-188", "j", true});
  /* permissions travel with the chunks */
  CHECK("digraph{c[shape=cylinder,label=\"Confluence spaces (all departments)\"];"
        " k[label=\"Confluence crawler (ACL sync)\"]; p[shape=cylinder,label=\"Pinecone "
        "vector index\"];"
        " b[label=\"Chat backend (FastAPI)\"]; m[label=\"GPT-4o\"];"
        " u[shape=box,label=\"Employees\"]; c->k[label=\"pages\"]; "
        "k->p[label=\"embeddings\"];"
        " u->b[label=\"question\"]; b->p[label=\"query\"]; p->b[label=\"chunks\"];"
        " b->m[label=\"prompt + chunks\"]; m->b[label=\"answer\"]; b->u}",
        {"TMC-LLM-188", "k", false});
  /* a plain search page: no model reads the index */
  CHECK("digraph{s[shape=cylinder,label=\"Client SharePoint sites\"];"
        " j[label=\"Nightly sync job\"]; e[shape=cylinder,label=\"Elasticsearch\"];"
        " r[label=\"Search page\"]; u[shape=box,label=\"Consultants\"];"
        " s->j[label=\"documents of every client\"]; j->e; u->r; r->e[label=\"search\"];"
        " e->r[label=\"hits\"]; r->u}",
        {"TMC-LLM-188", "j", false});
}

/* LLM02 / AML.T0080: what a model decides to keep about a person is its
 * memory (words.yaml agent_memory: "remembered details", "facts about the
 * user"): a triage assistant saving what patients said, a companion app
 * saving facts it extracted; the store is memory (TMC-AGENT-005) and
 * discloses what people told the model (TMC-LLM-015). */
static void test_model_chosen_memories(void **state) {
  (void)state;
  CHECK(
      "digraph{u[shape=box,label=\"Patients\"]; subgraph cluster_s{label=\"Clinic "
      "cloud\";"
      " b[label=\"Triage assistant API\"]; p[shape=cylinder,label=\"Patient profile "
      "notes "
      "(Postgres)\"];}"
      " m[label=\"Claude 3.5 Haiku\"]; u->b[label=\"symptoms\"]; b->m[label=\"prompt\"];"
      " m->b[label=\"answer\"]; b->p[label=\"remembered details\"];"
      " p->b[label=\"profile\"]; b->u}",
      {"TMC-AGENT-005", "p", true}, {"TMC-LLM-015", "p", true});
  CHECK("digraph{u[shape=box,label=\"App users\"]; subgraph cluster_s{label=\"Backend\";"
        " b[label=\"Companion backend (Node.js)\"]; f[shape=cylinder,label=\"Profiles "
        "(Firestore)\"];}"
        " m[label=\"GPT-4o mini\"]; u->b[label=\"message\"]; b->m[label=\"prompt\"];"
        " m->b[label=\"reply\"]; b->f[label=\"facts about the user\"];"
        " f->b[label=\"profile\"]; b->u}",
        {"TMC-AGENT-005", "f", true});
}

/* CWE-798 / CWE-1392: small computers installed by the dozen share one
 * default or local password (TMC-EOP-189): a Raspberry Pi in every
 * classroom, a Jetson edge box per store; none where each unit gets its
 * own credential, none for one NUC in the office. */
static void test_fleet_default_passwords(void **state) {
  (void)state;
  CHECK(
      "digraph{c[shape=box,label=\"Classroom cameras\"];"
      " p[label=\"Attendance Pi (Raspberry Pi 5, one per classroom)\"];"
      " a[label=\"Attendance API\"]; c->p[label=\"frames\"]; p->a[label=\"check-ins\"]}",
      {"TMC-EOP-189", "p", true});
  CHECK(
      "digraph{k[shape=box,label=\"Shelf cameras\"];"
      " e[label=\"Store edge box (Jetson Orin NX) in each store\"];"
      " h[label=\"Stock service (cloud)\"]; k->e[label=\"RTSP\"]; e->h[label=\"gaps\"]}",
      {"TMC-EOP-189", "e", true});
  CHECK(
      "digraph{k[shape=box,label=\"Shelf cameras\"];"
      " e[label=\"Store edge box (Jetson Orin NX), per-device credentials\"];"
      " h[label=\"Stock service (cloud)\"]; k->e[label=\"RTSP\"]; e->h[label=\"gaps\"]}",
      {"TMC-EOP-189", "e", false});
  CHECK(
      "digraph{d[shape=box,label=\"Developers\"]; n[label=\"Build server (Intel NUC)\"];"
      " r[shape=cylinder,label=\"Artifact store\"]; d->n[label=\"push\"]; n->r}",
      {"TMC-EOP-189", "n", false});
}

/* False friends: "SOAP" as a clinical note's format makes no XML parser
 * (TMC-APP-006), a URL handed to a model in its request makes no URL
 * fetcher of the sender (TMC-APP-005); a SOAP partner's XML and a link
 * preview's fetch still count. */
static void test_false_friends(void **state) {
  (void)state;
  CHECK(
      "digraph{c[shape=box,label=\"Clinicians\"]; w[label=\"Note writer (Python)\"];"
      " m[label=\"Claude 3.5 Sonnet (Bedrock)\"]; e[shape=cylinder,label=\"EHR drafts\"];"
      " c->w[label=\"consultation transcript\"]; w->m[label=\"prompt\"];"
      " m->w[label=\"SOAP-formatted note\"]; w->e}",
      {"TMC-APP-006", "w", false});
  CHECK("digraph{d[shape=box,label=\"Therapists\"]; subgraph cluster_s{label=\"Clinic\";"
        " a[label=\"Progress note app\"]; s[label=\"Charting service\"];} "
        "d->a[label=\"session notes\"];"
        " a->s[label=\"progress note (SOAP)\"]}",
        {"TMC-APP-006", "s", false});
  CHECK("digraph{p[shape=box,label=\"Insurer partner\"]; subgraph "
        "cluster_s{label=\"Claims\";"
        " g[label=\"Claims API (Java)\"]; d[shape=cylinder,label=\"Claims DB\"];} "
        "p->g[label=\"claim (SOAP)\"]; g->d}",
        {"TMC-APP-006", "g", true});
  CHECK("digraph{u[shape=box,label=\"Shoppers\"]; a[label=\"Visual search API\"];"
        " m[label=\"GPT-4o (vision)\"]; u->a[label=\"photo\"];"
        " a->m[label=\"image_url + question\"]; m->a[label=\"description\"]; a->u}",
        {"TMC-APP-005", "a", false});
  CHECK("digraph{u[shape=box,label=\"Podcasters\"]; j[label=\"Transcription job\"];"
        " m[label=\"Whisper large-v3 (Replicate)\"]; u->j[label=\"episode\"];"
        " j->m[label=\"audio URL\"]; m->j[label=\"transcript\"]}",
        {"TMC-APP-005", "j", false});
  CHECK("digraph{u[shape=box,label=\"Chat users\"]; a[label=\"Chat API\"];"
        " p[label=\"Link preview service\"]; w[shape=box,label=\"Websites\"];"
        " u->a[label=\"message with link\"]; a->p[label=\"URL\"];"
        " p->w[label=\"GET url\"]; w->p}",
        {"TMC-APP-005", "p", true});
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_outsourced_operator_logins),
      cmocka_unit_test(test_review_limits_split_under),
      cmocka_unit_test(test_model_results_relayed),
      cmocka_unit_test(test_read_tools_with_write_tokens),
      cmocka_unit_test(test_indexers_across_walls),
      cmocka_unit_test(test_model_chosen_memories),
      cmocka_unit_test(test_fleet_default_passwords),
      cmocka_unit_test(test_false_friends),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
