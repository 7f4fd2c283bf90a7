/* test_falsefriends16.c - false friends of session thirteen's word lists
 * (review16 item 8): wordings an ordinary system uses that read as
 * another family. "via email" alone is a channel, not records mailed;
 * "single login" is SSO, not a shared login; "feature branches" are git,
 * not a featured story; "protocol translators", "code editors", "worker
 * supervisors" and a "token authority" are software, not outside people
 * or bodies; an organisation's own registry or a "public index" search
 * store are not a public package source; "SIS" is a student information
 * system, not a safety system; "PSP" is also PodSecurityPolicy; "schema
 * validation" is no evaluation set; a catalogue "loader" into a "product
 * index" is no repository crawler. Each list keeps two wordings that must
 * still fire.
 *
 * The one idea: every case is a small DOT text and a list of (rule, target,
 * present?) lines, or (element, external?) lines, as in test_llmcls16.c. */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "catalog/lexicon.h"
#include "engine_helpers.h"
#include "want_helpers.h"

/* Records mailed in plain (TMC-APP-063) need a document on the flow: a
 * reset link or a sign-in code sent "via email" is none. */
static void test_mail_channel_alone(void **state) {
  (void)state;
  CHECK("digraph{n[label=\"Notification service\"]; sg[label=\"SendGrid\"];"
        " n->sg[label=\"password reset link via email\"]}",
        {"TMC-APP-063", "n -> sg", false});
  CHECK("digraph{a[label=\"Login service\"]; m[shape=box,label=\"Mailgun\"];"
        " a->m[label=\"one-time sign-in code by e-mail\"]}",
        {"TMC-APP-063", "a -> m", false});
  CHECK("digraph{b[label=\"Billing run\"]; acc[shape=box,label=\"Accountancy firm\"];"
        " b->acc[label=\"monthly invoices emailed\"]}",
        {"TMC-APP-063", "b -> acc", true});
  CHECK("digraph{lab[label=\"Lab results service\"]; gp[shape=box,label=\"GP "
        "practices\"]; lab->gp[label=\"discharge letters per email\"]}",
        {"TMC-APP-063", "lab -> gp", true});
}

/* Single sign-on is one login per person for many apps, not one login many
 * people share (TMC-REPUD-011). */
static void test_sso_is_no_shared_login(void **state) {
  (void)state;
  CHECK("digraph{c[shape=box,label=\"Customer\"]; idp[label=\"SSO (Okta)\"];"
        " c->idp[label=\"single login for all apps\"]}",
        {"TMC-REPUD-011", "c -> idp", false});
  CHECK("digraph{s[shape=box,label=\"Staff\"]; p[label=\"Intranet portal\"];"
        " db[shape=cylinder,label=\"HR records\"];"
        " s->p[label=\"one login (Entra ID SSO), logged in as themselves\"]; p->db}",
        {"TMC-REPUD-011", "s -> p", false});
  CHECK("digraph{op[shape=box,label=\"Warehouse staff\"]; t[label=\"Pick station PC\"];"
        " db[shape=cylinder,label=\"Yard DB\"]; op->t[label=\"moves (shared "
        "account)\"]; t->db}",
        {"TMC-REPUD-011", "op -> t", true});
  CHECK("digraph{op[shape=box,label=\"Pharmacy technicians\"]; t[label=\"Dispensing "
        "workstation\"]; db[shape=cylinder,label=\"Dispensing DB\"];"
        " op->t[label=\"dispense (team login)\"]; t->db}",
        {"TMC-REPUD-011", "op -> t", true});
}

/* "feature branches" are git; pinning or featuring a story is an edit
 * nobody may be recorded for (TMC-REPUD-012). */
static void test_feature_branches(void **state) {
  (void)state;
  CHECK("digraph{d[shape=box,label=\"Developer\"]; g[shape=cylinder,label=\"Git "
        "repo\"]; d->g[label=\"push feature branches\"]}",
        {"TMC-REPUD-012", "d -> g", false});
  CHECK(
      "digraph{d[shape=box,label=\"Product managers\"]; f[shape=cylinder,label=\"Feature "
      "flags DB\"]; d->f[label=\"toggle features\"]}",
      {"TMC-REPUD-012", "d -> f", false});
  CHECK("digraph{e[shape=box,label=\"Copy editors\"]; h[shape=cylinder,label=\"Homepage "
        "layout DB\"]; e->h[label=\"feature a story, unfeature old ones\"]}",
        {"TMC-REPUD-012", "e -> h", true});
  CHECK("digraph{e[shape=box,label=\"Community staff\"]; f[shape=cylinder,label=\"Forum "
        "DB\"]; e->f[label=\"pin / unpin threads\"]}",
        {"TMC-REPUD-012", "e -> f", true});
}

/* Software whose head word also names people or a public body stays the
 * system's own code; the people and bodies themselves stay outside. */
static void test_software_heads(void **state) {
  (void)state;
  CHECK("digraph{tr[label=\"Modbus protocol translators\"]; w[label=\"Web shop\"];"
        " ed[label=\"Online code editors\"]; sup[label=\"Worker supervisors\"];"
        " ta[label=\"Token authority\"]; sa[label=\"Signing authority\"];"
        " tr->w[label=\"telemetry\"]; w->ed[label=\"open file\"];"
        " sup->w[label=\"restart\"]; w->ta[label=\"get token\"]; w->sa[label=\"sign\"]}",
        {NULL, "tr", false}, {NULL, "ed", false}, {NULL, "sup", false},
        {NULL, "ta", false}, {NULL, "sa", false});
  CHECK("digraph{ht[label=\"Human translators\"]; ce[label=\"Copy editors\"];"
        " ss[label=\"Shift supervisors\"]; tx[label=\"Tax authority (e-filing)\"];"
        " pa[label=\"Port authority\"]; w[label=\"Localisation platform\"];"
        " ht->w[label=\"translations\"]; ce->w[label=\"edits\"]; "
        "ss->w[label=\"approvals\"];"
        " w->tx[label=\"returns\"]; w->pa[label=\"manifests\"]}",
        {NULL, "ht", true}, {NULL, "ce", true}, {NULL, "ss", true}, {NULL, "tx", true},
        {NULL, "pa", true});
}

/* An organisation's own registry (GHCR, its GitHub releases) and its own
 * "public index" search store are not a public package source; PyPI and
 * Docker Hub are. */
static void test_own_registries(void **state) {
  (void)state;
  CHECK("digraph{ci[label=\"CI (GitHub Actions)\"]; r[label=\"GitHub Container "
        "Registry\"]; k[label=\"Kubernetes cluster\"];"
        " rel[label=\"GitHub releases\"]; ix[shape=cylinder,label=\"Public index "
        "(Elasticsearch)\"]; api[label=\"Orders API\"];"
        " ci->r[label=\"push image\"]; r->k[label=\"pull image\"]; ci->rel; rel->k;"
        " api->ix[label=\"index products\"]}",
        {NULL, "r", false}, {NULL, "rel", false}, {NULL, "ix", false},
        {"TMC-PATH-018", "r", false});
  CHECK("digraph{p[label=\"PyPI\"]; d[label=\"Docker Hub\"]; b[label=\"Build agent\"];"
        " p->b[label=\"pip install\"]; d->b[label=\"base image\"]}",
        {NULL, "p", true}, {NULL, "d", true});
}

/* Remote access landing on a control system (TMC-EOP-011): not on a
 * student information system or a "MES" that is a month; yes on a
 * safety instrumented system or a building management system named in
 * full. */
static void test_control_abbreviations(void **state) {
  (void)state;
  CHECK("digraph{v[shape=box,label=\"Vendor support\"]; g[label=\"Remote access VPN\"];"
        " s[label=\"SIS (PowerSchool)\"]; v->g[label=\"remote support\"];"
        " g->s[label=\"admin\"]}",
        {"TMC-EOP-011", "g", false});
  CHECK("digraph{v[shape=box,label=\"Contractor\"]; g[label=\"Bastion host\"];"
        " s[label=\"Reports (por mes)\"]; b[label=\"BMS battery monitor app\"];"
        " v->g; g->s[label=\"automate exports\"]; g->b}",
        {"TMC-EOP-011", "g", false});
  CHECK("digraph{v[shape=box,label=\"OEM engineer\"]; g[label=\"TeamViewer\"];"
        " s[label=\"Safety instrumented system (Triconex)\"];"
        " v->g[label=\"remote session\"]; g->s[label=\"logic download\"]}",
        {"TMC-EOP-011", "g", true});
  CHECK("digraph{v[shape=box,label=\"HVAC contractor\"]; g[label=\"SSL VPN\"];"
        " s[label=\"Building management system (Desigo)\"]; v->g; g->s}",
        {"TMC-EOP-011", "g", true});
}

/* A "PSP" box in a cluster is Kubernetes' PodSecurityPolicy, the system's
 * own; a payment service provider named in full is outside. */
static void test_psp(void **state) {
  (void)state;
  CHECK("digraph{subgraph cluster_k{label=\"Kubernetes cluster\";"
        " kube[label=\"Kubernetes API server\"]; psp[label=\"PSP\"];}"
        " kube->psp[label=\"admission review\"]}",
        {NULL, "psp", false});
  CHECK("digraph{w[label=\"Checkout service\"]; p[label=\"Payment service provider "
        "(Adyen)\"]; q[label=\"Payment provider\"]; w->p[label=\"payment\"];"
        " w->q[label=\"refund\"]}",
        {NULL, "p", true}, {NULL, "q", true});
  CHECK("digraph{w[label=\"Booking portal\"]; p[label=\"Card payment page\\n(hosted by "
        "PSP)\"]; w->p[label=\"create payment\"]; p->w[label=\"callback: paid\"]}",
        {NULL, "p", true});
}

/* A flow into a trainer saying only "validation" (schema validation of the
 * data) still brings training data; a held-out or validation set does not. */
static void test_evaluation_words(void **state) {
  (void)state;
  const tmc_lexicon *lx = tmc_catalog_lexicon(cat);
  assert_null(tmc_lexicon_says(lx, TMC_WORDS_EVALUATION_FLOWS,
                               "clean records after schema validation"));
  assert_null(tmc_lexicon_says(lx, TMC_WORDS_EVALUATION_FLOWS, "validated records"));
  assert_null(tmc_lexicon_says(lx, TMC_WORDS_EVALUATION_FLOWS, "validate + dedupe"));
  assert_non_null(tmc_lexicon_says(lx, TMC_WORDS_EVALUATION_FLOWS, "held-out set"));
  assert_non_null(
      tmc_lexicon_says(lx, TMC_WORDS_EVALUATION_FLOWS, "validation split each round"));
  /* mlrules19: the metrics a round is scored by name the evaluation */
  assert_non_null(
      tmc_lexicon_says(lx, TMC_WORDS_EVALUATION_FLOWS, "perplexity, top-3 acc."));
  assert_null(tmc_lexicon_says(lx, TMC_WORDS_EVALUATION_FLOWS, "schema validation"));
}

/* A catalogue loader writing a product index is no crawler copying a
 * repository into a search index (TMC-APP-064); a document indexer and a
 * search connector into Elasticsearch are. */
static void test_catalogue_sync(void **state) {
  (void)state;
  CHECK("digraph{db[shape=cylinder,label=\"Products DB\"]; j[label=\"Catalogue "
        "loader\"]; ix[shape=cylinder,label=\"Product index\"];"
        " db->j[label=\"products\"]; j->ix[label=\"upsert\"]}",
        {"TMC-APP-064", "j", false});
  CHECK("digraph{db[shape=cylinder,label=\"PIM database\"]; j[label=\"PIM "
        "connector\"]; ix[shape=cylinder,label=\"Catalog collection\"];"
        " db->j[label=\"items\"]; j->ix[label=\"items\"]}",
        {"TMC-APP-064", "j", false});
  CHECK("digraph{fs[shape=cylinder,label=\"Legal file share\"]; j[label=\"Document "
        "indexer\"]; ix[shape=cylinder,label=\"OpenSearch\"];"
        " fs->j[label=\"files\"]; j->ix[label=\"documents\"]}",
        {"TMC-APP-064", "j", true});
  CHECK("digraph{sp[shape=cylinder,label=\"Confluence (all spaces)\"]; c[label=\"Search "
        "connector\"]; ix[shape=cylinder,label=\"Enterprise search index\"];"
        " sp->c[label=\"pages\"]; c->ix[label=\"pages\"]}",
        {"TMC-APP-064", "c", true});
}

/* leftovers17 (closing13's left false friends): a login "shared" at an
 * identity provider is single sign-on, whatever it says (Okta, Keycloak);
 * a shift login at a till still is a shared login. */
static void test_idp_login_is_no_shared_login(void **state) {
  (void)state;
  CHECK("digraph{e[shape=box,label=\"Employees\"]; o[label=\"Okta (workforce SSO)\"];"
        " app[label=\"Expenses app\"]; e->o[label=\"shared login for every internal "
        "app\"]; o->app[label=\"SAML assertion\"]; e->app}",
        {"TMC-REPUD-011", "e -> o", false});
  CHECK("digraph{c[shape=box,label=\"Contractors\"]; k[label=\"Keycloak realm\"];"
        " w[label=\"Wiki\"]; c->k[label=\"shared account sign-in (OIDC)\"]; "
        "k->w[label=\"ID token\"]; c->w}",
        {"TMC-REPUD-011", "c -> k", false});
  CHECK("digraph{b[shape=box,label=\"Bar staff\"]; t[label=\"POS till (shift login)\"];"
        " db[shape=cylinder,label=\"Sales DB\"]; b->t[label=\"orders, voids\"]; t->db}",
        {"TMC-REPUD-011", "b -> t", true});
}

/* How many findings of rule the diagram gets (attack paths have no one
 * target to name). */
static unsigned count_of(const char *dot, const char *rule) {
  tmc_ir *ir = analyse_with(dot, cat, NULL);
  unsigned n = 0;
  for (uint32_t i = 0; i < ir->n_findings; i++)
    n += strcmp(ir->findings[i].rule_id, rule) == 0;
  tmc_ir_free(ir);
  return n;
}

/* leftovers17: a public index or registry the system's own CI releases
 * into ("docker push", "twine upload", "npm publish") holds its own
 * images and packages: no malicious package's path starts there
 * (TMC-PATH-018). The same index the CI only downloads from, or code
 * installs from with no release drawn, still starts one. */
static void test_own_ci_releases(void **state) {
  (void)state;
  static const char *const own[] = {
      "digraph{ci[label=\"CI (GitHub Actions)\"]; r[label=\"Docker Hub\"]; "
      "k[label=\"Kubernetes cluster\"]; ci->r[label=\"docker push shop:1.4\"]; "
      "r->k[label=\"pull image\"]}",
      "digraph{b[label=\"Release pipeline (Jenkins)\"]; n[label=\"npm registry\"]; "
      "app[label=\"Storefront (Node.js)\"]; b->n[label=\"npm publish @acme/ui\"]; "
      "n->app[label=\"npm install @acme/ui\"]}",
      "digraph{ci[label=\"Build (GitLab CI)\"]; p[label=\"PyPI\"]; w[label=\"Scoring "
      "worker (Python)\"]; ci->p[label=\"twine upload acme-scoring\"]; p->w[label=\"pip "
      "install acme-scoring\"]}",
  };
  static const char *const others[] = {
      "digraph{ci[label=\"Build (GitLab CI)\"]; p[label=\"PyPI\"]; w[label=\"Scoring "
      "worker (Python)\"]; ci->p[label=\"pip download deps\"]; p->w[label=\"pip install "
      "acme-scoring\"]}",
      "digraph{b[label=\"Release pipeline (Jenkins)\"]; n[label=\"npm registry\"]; "
      "app[label=\"Storefront (Node.js)\"]; b->app[label=\"deploy\"]; n->app[label=\"npm "
      "install\"]}",
  };
  for (size_t i = 0; i < sizeof own / sizeof *own; i++)
    if (count_of(own[i], "TMC-PATH-018"))
      fail_msg("TMC-PATH-018 from the system's own release in %s", own[i]);
  for (size_t i = 0; i < sizeof others / sizeof *others; i++)
    if (!count_of(others[i], "TMC-PATH-018"))
      fail_msg("no TMC-PATH-018 in %s", others[i]);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_mail_channel_alone),
      cmocka_unit_test(test_sso_is_no_shared_login),
      cmocka_unit_test(test_feature_branches),
      cmocka_unit_test(test_software_heads),
      cmocka_unit_test(test_own_registries),
      cmocka_unit_test(test_control_abbreviations),
      cmocka_unit_test(test_psp),
      cmocka_unit_test(test_evaluation_words),
      cmocka_unit_test(test_catalogue_sync),
      cmocka_unit_test(test_idp_login_is_no_shared_login), /* leftovers17 */
      cmocka_unit_test(test_own_ci_releases),              /* leftovers17 */
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
