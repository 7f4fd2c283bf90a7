/* test_rules20.c - the "rules20" cause (causes20 F): findings the blind
 * sets met without their AI id, or missed. Model answers drawn from
 * private records logged where others read them (LLM02 + CWE-532: code's
 * own words no longer make it public content), experiment and flag
 * switches changed by nobody on record (CWE-778), what the public writes
 * through the system's own portal is what a model scores (ML01), packages
 * from a public index reaching a coding agent's terminal and a repository's
 * agent rules file (AML.T0011.001, AML.T0081), a model's draft mailed to
 * outside recipients (LLM02 + AML.T0057), and a model that checks who
 * people are by voice or face (AML.T0088 deepfakes, AML.T0042 repeated
 * tries, recordings to clone voices from, AML.T0029 on a vendor's check).
 * Each family in other words than the blind sets' and in both formats, and
 * silent where the drawing rules it out: no AI system gets no AI id.
 *
 * The one idea: every case is a small DOT or draw.io text and a list of
 * (rule, target, present?) lines, as in test_classic19.c. */
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

/* F1: a chat assistant whose code says "help docs" in its name but also
 * runs queries on a private database: its log of answers holds what the
 * model disclosed (TMC-LLM-015, LLM02), not only what people typed
 * (TMC-LLM-025). Where the only content is public docs, TMC-LLM-025. */
static void test_logged_answers_from_private_records(void **state) {
  (void)state;
  CHECK("digraph{u[shape=box,label=\"Store managers\"];"
        " b[label=\"ask-ops bot\\l- reads help docs\\l- runs stock queries\\l\"];"
        " l[label=\"Claude 3.5 Haiku (Bedrock)\"];"
        " db[shape=cylinder,label=\"Inventory + margins (Postgres)\"];"
        " log[shape=cylinder,label=\"bot_audit table (question, query, result rows)\"];"
        " u->b[label=\"question\"]; b->l[label=\"prompt\"]; l->b[label=\"SQL\"];"
        " b->db[label=\"SQL / rows\",dir=both]; b->log[label=\"append\"]}",
        {"TMC-LLM-015", "log", true}, {"TMC-LLM-025", "log", false});
  CHECK_DRAWIO(
      PAGE(BOX("u", "Employees", PERSON, 0,
               0) BOX("b", "HR helper (answers from policy docs, looks up payroll)", CODE,
                      200, 0) BOX("m", "GPT-4o mini", CODE, 400, 0)
               BOX("hr", "Payroll records", STORE, 200, 200)
                   BOX("t", "chat transcripts", STORE, 400, 200)
                       ARROW("e1", "question", "u", "b") ARROW("e2", "prompt", "b", "m")
                           ARROW("e3", "answer", "m", "b") ARROW("e4", "rows", "hr", "b")
                               ARROW("e5", "save", "b", "t")),
      {"TMC-LLM-015", "t", true});
  /* quiet: public docs are all the model ever sees */
  CHECK("digraph{u[shape=box,label=\"Visitors\"];"
        " b[label=\"docs bot - reads public docs\"];"
        " l[label=\"Claude 3.5 Haiku (Bedrock)\"];"
        " d[shape=cylinder,label=\"public docs index\"];"
        " log[shape=cylinder,label=\"chat log\"];"
        " u->b; b->l[label=\"prompt\"]; l->b[label=\"answer\"]; d->b[label=\"pages\"];"
        " b->log[label=\"append\"]}",
        {"TMC-LLM-015", "log", false}, {"TMC-LLM-025", "log", true});
}

/* F3: the service that decides which variant or model each user gets,
 * changed in its console by staff (TMC-REPUD-200), by product or by what
 * it does; not MLflow's experiments, not one whose changes are audited,
 * not one the system's code never asks. */
static void test_variant_switches(void **state) {
  (void)state;
  CHECK("digraph{c[label=\"checkout-api\"]; f[label=\"LaunchDarkly relay proxy\"];"
        " c->f[label=\"flag values\",dir=both]}",
        {"TMC-REPUD-200", "f", true});
  CHECK_DRAWIO(PAGE(BOX("p", "pricing service", CODE, 0, 0)
                        BOX("s", "traffic splits per model version", STORE, 200, 0)
                            ARROW("e1", "read split", "s", "p")),
               {"TMC-REPUD-200", "s", true});
  CHECK("digraph{t[label=\"trainer\"]; x[shape=cylinder,label=\"MLflow experiments\"];"
        " t->x[label=\"runs, metrics\"]}",
        {"TMC-REPUD-200", "x", false});
  CHECK("digraph{c[label=\"checkout-api\"]; f[label=\"Unleash feature flags (audit "
        "log)\"]; c->f[dir=both]}",
        {"TMC-REPUD-200", "f", false});
  CHECK("digraph{o[shape=box,label=\"Operators\"]; f[label=\"Statsig console\"];"
        " o->f[label=\"edit\"]}",
        {"TMC-REPUD-200", "f", false});
}

/* F4: what the public writes through the system's own portal into records
 * a model scores (TMC-ML-027 on the portal's write): hosts editing their
 * listings, applicants their profile; not staff's tool, not a search
 * service reading candidates out of the index. */
static void test_public_writes_through_portal(void **state) {
  (void)state;
  CHECK("digraph{h[shape=box,label=\"Members renting out rooms\"]; d[label=\"host "
        "dashboard (edit title, nightly "
        "price)\"]; l[shape=cylinder,label=\"Listings DB\"];"
        " r[label=\"ranking service\"]; m[label=\"LTR model (XGBoost)\"];"
        " g[label=\"Guests\"];"
        " h->d[label=\"edit listing\"]; d->l[label=\"save\"]; l->r[label=\"listing "
        "fields\"]; r->m[label=\"features\"]; m->r[label=\"scores\"];"
        " g->r[label=\"search\",dir=both]}",
        {"TMC-ML-027", "d -> l", true});
  CHECK_DRAWIO(
      PAGE(BOX("a", "Applicants", PERSON, 0, 0) BOX("w", "application form", CODE, 200, 0)
               BOX("s", "applications", STORE, 400,
                   0) BOX("j", "screening job", CODE, 600,
                          0) BOX("m", "CV scoring model (LightGBM)", CODE, 800,
                                 0) ARROW("e1", "CV, answers", "a", "w")
                   ARROW("e2", "insert", "w", "s") ARROW("e3", "applications", "s", "j")
                       ARROW("e4", "features", "j", "m") ARROW("e5", "score", "m", "j")),
      {"TMC-ML-027", "e2", true});
  CHECK("digraph{h[shape=box,label=\"Merchandisers\"]; d[label=\"merch tool\"];"
        " l[shape=cylinder,label=\"Listings DB\"]; r[label=\"ranking service\"];"
        " m[label=\"LTR model (XGBoost)\"];"
        " h->d[label=\"boost rules\"]; d->l[label=\"save\"]; l->r; r->m; m->r}",
        {"TMC-ML-027", "d -> l", false}, {"TMC-ML-041", "h -> d", false});
}

/* F5: packages from a public index into the mirror a coding agent's
 * terminal tool installs from (TMC-SUPPLY-200, AML.T0011.001), and a
 * repository's agent rules file (TMC-AGENT-200, AML.T0081); not a CI
 * build with no agent, not a rules file no model reads. */
static void test_agent_installs_and_rules_files(void **state) {
  (void)state;
  CHECK(
      "digraph{d[label=\"Developer\"]; a[label=\"Cline agent (VS Code)\"];"
      " l[label=\"Claude Sonnet 4\"]; t[label=\"run_command\"];"
      " c[shape=cylinder,label=\"Artifactory PyPI remote (cache)\"];"
      " p[label=\"pypi.org\"];"
      " r[shape=cylinder,label=\"project checkout (src, CLAUDE.md)\"];"
      " f[label=\"read_file\"];"
      " d->a[label=\"task\"]; a->l[label=\"prompt + tools\"]; l->a[label=\"tool calls\"];"
      " a->t[label=\"tool call\"]; c->t[label=\"pip install\"]; p->c[label=\"packages\"];"
      " a->f[label=\"tool call\"]; r->f[label=\"file text\"]; t->r[label=\"writes\"]}",
      {"TMC-SUPPLY-200", "p -> c", true}, {"TMC-SUPPLY-200", "c -> t", false},
      {"TMC-AGENT-200", "r", true});
  CHECK_DRAWIO(
      PAGE(BOX("dev", "Engineer", PERSON, 0, 0) BOX("ag", "Cursor agent", CODE, 200,
                                                    0) BOX("llm", "GPT-4.1", CODE, 400, 0)
               BOX("sh", "terminal tool (npm install)", CODE, 200,
                   200) BOX("mir", "Verdaccio npm mirror", STORE, 400,
                            200) BOX("npm", "registry.npmjs.org", CODE, 600, 200)
                   BOX("ws", "workspace (.cursorrules, src)", STORE, 0, 200)
                       ARROW("e1", "task", "dev", "ag") ARROW("e2", "prompt", "ag", "llm")
                           ARROW("e3", "tool calls", "llm", "ag")
                               ARROW("e4", "run", "ag", "sh")
                                   ARROW("e5", "tarballs", "mir", "sh")
                                       ARROW("e6", "proxied", "npm", "mir")
                                           ARROW("e7", "rules, files", "ws", "ag")
                                               ARROW("e8", "edits", "ag", "ws")),
      {"TMC-SUPPLY-200", "e6", true}, {"TMC-AGENT-200", "ws", true});
  /* quiet: a CI build installs from the mirror, no agent anywhere */
  CHECK("digraph{b[label=\"CI build job\"]; c[shape=cylinder,label=\"Nexus npm proxy\"];"
        " p[label=\"npmjs.org\"]; p->c[label=\"packages\"]; c->b[label=\"npm ci\"];"
        " r[shape=cylinder,label=\"repo (AGENTS.md)\"]; r->b[label=\"checkout\"]}",
        {"TMC-SUPPLY-200", "p -> c", false}, {"TMC-AGENT-200", "r", false});
}

/* F6: a model's draft in a mailbox goes out by mail to outside people
 * (TMC-LLM-031, LLM02 + AML.T0057), mail said on the flow or by the
 * mailbox; not where the model read only public content, not where no
 * model wrote anything. */
static void test_drafted_mail_to_outsiders(void **state) {
  (void)state;
  CHECK_DRAWIO(PAGE(BOX("c", "Account manager", PERSON, 0,
                        0) BOX("w", "renewal assistant worker", CODE, 200,
                               0) BOX("l", "Gemini 2.5 Flash", CODE, 400, 0)
                        BOX("crm", "CRM accounts (contracts, discounts)", STORE, 200,
                            200) BOX("t", "save_draft", CODE, 400,
                                     200) BOX("mb", "Gmail drafts", STORE, 600, 200)
                            BOX("x", "Customers", PERSON, 800, 200) ARROW(
                                "e1", "request", "c", "w") ARROW("e2", "prompt", "w", "l")
                                ARROW("e3", "draft + tool call", "l", "w")
                                    ARROW("e4", "account", "crm", "w")
                                        ARROW("e5", "to, body", "w", "t")
                                            ARROW("e6", "draft", "t", "mb")
                                                ARROW("e7", "renewal e-mail", "mb", "x")),
               {"TMC-LLM-031", "e7", true});
  CHECK("digraph{s[label=\"Sales rep\"]; w[label=\"follow-up writer\"];"
        " l[label=\"Mistral Large\"]; n[shape=cylinder,label=\"deal notes\"];"
        " o[shape=cylinder,label=\"Outlook outbox\"]; p[shape=box,label=\"Prospects\"];"
        " s->w; w->l[label=\"prompt\"]; l->w[label=\"draft\"]; n->w[label=\"notes\"];"
        " w->o[label=\"draft\"]; o->p[label=\"sent\"]}",
        {"TMC-LLM-031", "o -> p", true});
  /* quiet: no model wrote what the mail merge sends */
  CHECK("digraph{s[label=\"Sales rep\"]; w[label=\"mail merge\"];"
        " n[shape=cylinder,label=\"deal notes\"]; o[shape=cylinder,label=\"Outlook "
        "outbox\"]; p[shape=box,label=\"Prospects\"];"
        " s->w; n->w[label=\"notes\"]; w->o[label=\"draft\"]; o->p[label=\"e-mail\"]}",
        {"TMC-LLM-031", "o -> p", false});
}

/* veldmark's family, with the matcher drawn as a model: a voice or face
 * check accepts a deepfake (TMC-ML-200), the public tries again and again
 * (TMC-ML-201), recordings of the voices it hears are enough to clone them
 * (TMC-ML-202), a vendor's check stalling leaves the decision to fall back
 * (TMC-ML-025). Not a fraud score model, not staff enrolling from their
 * desk, not recordings where nothing checks voices, not a face check's
 * selfies as voice recordings. */
static void test_biometric_checks(void **state) {
  (void)state;
  CHECK("digraph{c[shape=box,label=\"Customers calling in\"]; g[label=\"SIP gateway\"];"
        " i[label=\"IVR\"]; r[shape=cylinder,label=\"call recordings (5 years)\"];"
        " k[label=\"voice check service\"];"
        " subgraph cluster_v{label=\"Nuance Gatekeeper (vendor SaaS)\";"
        "  m[label=\"speaker verification model\"]}"
        " a[label=\"agent desktop\"]; s[shape=box,label=\"Call-centre staff\"];"
        " c->g[label=\"voice\"]; g->i[label=\"RTP\"]; i->r[label=\"recording\"];"
        " i->k[label=\"audio + account no.\"]; k->m[label=\"audio\"];"
        " m->k[label=\"match score\"]; k->a[label=\"verified\"];"
        " s->a[label=\"enrol caller\"]; a->k[label=\"enrol\"]}",
        {"TMC-ML-200", "m", true}, {"TMC-ML-201", "c -> g", true},
        {"TMC-ML-201", "s -> a", false}, {"TMC-ML-202", "r", true},
        {"TMC-ML-025", "k -> m", true});
  CHECK_DRAWIO(
      PAGE(BOX("u", "Applicants", PERSON, 0, 0) BOX("o", "onboarding app", CODE, 200, 0)
               BOX("f", "face match model (selfie vs ID photo)", CODE, 400, 0)
                   BOX("s", "selfie archive", STORE, 200, 200) ARROW(
                       "e1", "selfie, ID photo", "u", "o") ARROW("e2", "images", "o", "f")
                       ARROW("e3", "match", "f", "o") ARROW("e4", "store", "o", "s")),
      {"TMC-ML-200", "f", true}, {"TMC-ML-201", "e1", true}, {"TMC-ML-202", "s", false});
  /* quiet: a model that scores fraud checks nobody's voice or face */
  CHECK("digraph{c[shape=box,label=\"Customers\"]; a[label=\"payments API\"];"
        " m[label=\"fraud score model\"]; c->a[label=\"payment\"];"
        " a->m[label=\"features\"]; m->a[label=\"score\"]}",
        {"TMC-ML-200", "m", false}, {"TMC-ML-201", "c -> a", false});
  /* quiet: a call centre that records calls, no AI anywhere */
  CHECK("digraph{c[shape=box,label=\"Customers calling in\"]; i[label=\"IVR\"];"
        " r[shape=cylinder,label=\"call recordings\"]; a[label=\"agent desktop\"];"
        " c->i[label=\"voice\"]; i->r[label=\"recording\"]; i->a[label=\"call\"]}",
        {"TMC-ML-202", "r", false});
}

/* morwenna (after K3): an experiment tracker that training writes its runs
 * into holds the tokens logged as parameters (TMC-MLOPS-200, AML.T0055);
 * not a store named so that no training writes, not a plain metrics DB. */
static void test_run_trackers(void **state) {
  (void)state;
  CHECK(
      "digraph{n[label=\"Jupyter notebooks\"]; j[shape=hexagon,label=\"nightly "
      "fine-tune (PyTorch)\"]; w[shape=cylinder,label=\"Weights & Biases (project "
      "runs)\"]; d[shape=cylinder,label=\"training set\"];"
      " d->j[label=\"samples\"]; j->w[label=\"config, metrics\"]; n->w[label=\"runs\"]}",
      {"TMC-MLOPS-200", "w", true});
  CHECK_DRAWIO(PAGE(BOX("d", "labelled tickets dataset", STORE, 0, 0)
                        BOX("t", "training pipeline (SageMaker)", CODE, 200, 0)
                            BOX("m", "MLflow tracking server", STORE, 400, 0)
                                ARROW("e1", "training data", "d", "t")
                                    ARROW("e2", "params, artifacts", "t", "m")),
               {"TMC-MLOPS-200", "m", true});
  CHECK("digraph{a[label=\"billing API\"]; t[shape=cylinder,label=\"TensorBoard logs "
        "share\"]; a->t[label=\"files\"]}",
        {"TMC-MLOPS-200", "t", false});
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_logged_answers_from_private_records),
      cmocka_unit_test(test_variant_switches),
      cmocka_unit_test(test_public_writes_through_portal),
      cmocka_unit_test(test_agent_installs_and_rules_files),
      cmocka_unit_test(test_drafted_mail_to_outsiders),
      cmocka_unit_test(test_biometric_checks),
      cmocka_unit_test(test_run_trackers),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
