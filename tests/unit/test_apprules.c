/* test_apprules.c - the classic application rules (catalogs/rules-app.yaml)
 * and the technology facts they read (ir/facts.def, computed in
 * passes/facts.c), with the built-in catalog: each family fires where the
 * diagram shows what makes its threat possible, in at least two differently
 * worded drawings, and stays silent where it does not; and the noise issue
 * #15 names is gone (anonymous sources, unknown sensitivity, same-trust
 * "more trusted zone", vaults).
 *
 * The one idea: every case is a small DOT text and a list of (rule, target,
 * present?) lines, so a variant is one more row, not one more function. */
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

static void test_xss(void **state) {
  CHECK("digraph{u[shape=box,label=\"Customer\"]; app[label=\"Storefront\"]; u->app}",
        {"TMC-APP-001", "app", true});
  CHECK("digraph{b[shape=box,label=\"Web browser\"]; srv[label=\"Comments service\"];"
        " b->srv}",
        {"TMC-APP-001", "srv", true});
  /* A batch job no one browses serves no pages, even next to a web app's
   * database. */
  CHECK("digraph{u[shape=box,label=\"Customer\"]; app[label=\"Storefront\"];"
        " db[shape=cylinder,label=\"Orders\"]; job[label=\"Nightly export batch\"];"
        " u->app; app->db; db->job}",
        {"TMC-APP-001", "app", true}, {"TMC-APP-001", "job", false});
  /* An API for a mobile client renders no HTML. */
  CHECK(
      "digraph{c[shape=box,label=\"Mobile client\"]; api[label=\"Orders API\"]; c->api}",
      {"TMC-APP-001", "api", false});
}

static void test_sql_and_nosql_injection(void **state) {
  CHECK("digraph{u[shape=box,label=\"Shopper\"]; svc[label=\"Checkout service\"];"
        " db[shape=cylinder,label=\"MySQL orders\"]; u->svc; svc->db}",
        {"TMC-APP-002", "svc", true}, {"TMC-APP-003", "svc", false},
        {"TMC-TAMPER-003", "svc", false});
  CHECK("digraph{u[shape=box,label=\"Partner\"]; svc[label=\"Claims handler\"];"
        " db[shape=cylinder,label=\"Claims\"]; u->svc; svc->db[protocol=jdbc]}",
        {"TMC-APP-002", "svc", true});
  CHECK("digraph{u[shape=box,label=\"Member\"]; api[label=\"Profile API\"];"
        " m[shape=cylinder,label=\"MongoDB profiles\"]; u->api; api->m}",
        {"TMC-APP-003", "api", true}, {"TMC-APP-002", "api", false});
  /* Worded otherwise: the store says nothing, the flow's protocol does. */
  CHECK("digraph{c[shape=box,label=\"Mobile app\"]; cart[label=\"Cart service\"];"
        " t[shape=cylinder,label=\"Carts\"]; c->cart; cart->t[protocol=dynamodb]}",
        {"TMC-APP-003", "cart", true}, {"TMC-APP-002", "cart", false});
  /* SQL and NoSQL engines by other names: a Postgres extension, Google's
   * and Yugabyte's distributed SQL, a wide-column store. */
  CHECK("digraph{m[shape=box,label=\"Field sensor\"]; in[label=\"reading ingest\"];"
        " t[shape=cylinder,label=\"TimescaleDB readings\"]; sp[label=\"Booking API\"];"
        " c[shape=box,label=\"Traveller\"]; g[shape=cylinder,label=\"Cloud Spanner "
        "bookings\"];"
        " y[shape=cylinder,label=\"YugabyteDB ledger\"]; w[label=\"Wallet service\"];"
        " k[shape=cylinder,label=\"ScyllaDB events\"]; e[label=\"Events API\"];"
        " m->in; in->t[label=\"INSERT\"]; c->sp; sp->g; c->w; w->y; c->e; e->k}",
        {"TMC-APP-002", "in", true}, {"TMC-APP-002", "sp", true},
        {"TMC-APP-002", "w", true}, {"TMC-APP-003", "e", true});
  /* A store of unknown technology keeps the generic injection finding. */
  CHECK("digraph{u[shape=box,label=\"Member\"]; api[label=\"Profile API\"];"
        " m[shape=cylinder,label=\"Profiles\"]; u->api; api->m}",
        {"TMC-TAMPER-003", "api", true}, {"TMC-APP-002", "api", false},
        {"TMC-APP-003", "api", false});
  /* No outside input reaches the nightly job. */
  CHECK("digraph{job[label=\"Nightly cleanup\"]; db[shape=cylinder,label=\"Postgres\"];"
        " job->db}",
        {"TMC-APP-002", "job", false});
  /* A search index is not a NoSQL query sink. */
  CHECK("digraph{u[shape=box,label=\"Developer\"]; gw[label=\"AI gateway\"];"
        " es[shape=cylinder,label=\"Request logs (OpenSearch)\"]; u->gw; gw->es}",
        {"TMC-APP-003", "gw", false});
}

static void test_command_injection(void **state) {
  CHECK("digraph{u[shape=box,label=\"Uploader\"]; conv[label=\"Thumbnailer "
        "(ImageMagick)\"];"
        " u->conv}",
        {"TMC-APP-004", "conv", true});
  CHECK("digraph{u[shape=box,label=\"Operator\"]; web[label=\"Ops console\"];"
        " sh[label=\"Bash runner\"]; u->web; web->sh}",
        {"TMC-APP-004", "sh", true});
  CHECK("digraph{cron[label=\"Scheduler\"]; sh[label=\"Shell script runner\"]; cron->sh}",
        {"TMC-APP-004", "sh", false});
}

static void test_ssrf(void **state) {
  CHECK("digraph{u[shape=box,label=\"Chat user\"]; p[label=\"Link preview service\"]; "
        "u->p}",
        {"TMC-APP-005", "p", true});
  CHECK("digraph{u[shape=box,label=\"Editor\"]; imp[label=\"Importer\"];"
        " u->imp[label=\"feed URL\"]}",
        {"TMC-APP-005", "imp", true});
  CHECK("digraph{u[shape=box,label=\"Editor\"]; imp[label=\"Importer\"];"
        " u->imp[label=\"CSV rows\"]}",
        {"TMC-APP-005", "imp", false});
  /* Shoppers browse a shop; the shop fetches nothing they name. */
  CHECK("digraph{u[shape=box,label=\"Shopper\"]; shop[label=\"Storefront backend\"];"
        " u->shop[label=\"browse catalogue\"]}",
        {"TMC-APP-005", "shop", false});
  /* The fetcher drawn as a box on a DFD page, where a box is an outsider
   * unless its head noun says it is code: a previewer, an unfurler, a
   * webhook tester and a thumbnailer given image URLs all fetch for their
   * caller. */
  static const char *const fetchers[] = {"Link preview", "URL unfurler", "Webhook tester",
                                         "Chat link previewer"};
  for (size_t i = 0; i < sizeof fetchers / sizeof *fetchers; i++) {
    char dot[512];
    snprintf(
        dot, sizeof dot,
        "digraph{subgraph cluster_i{label=\"Internet\"; c[shape=box,label=\"Member\"]}"
        " subgraph cluster_a{label=\"Internal\"; api[label=\"Posts API\"];"
        " f[shape=box,label=\"%s\"]; db[shape=cylinder,label=\"Posts\"]}"
        " c->api; api->f[label=\"post text\"]; f->db; api->db}",
        fetchers[i]);
    CHECK(dot, {"TMC-APP-005", "f", true});
  }
  CHECK("digraph{u[shape=box,label=\"Seller\"]; t[shape=box,label=\"Thumbnailer\"];"
        " s[shape=cylinder,label=\"Images\"]; u->t[label=\"product image URL\"]; t->s}",
        {"TMC-APP-005", "t", true});
  /* Who hands a URL on to a fetcher does not fetch it; who sends the request
   * itself does. */
  CHECK("digraph{u[shape=box,label=\"Member\"]; chat[label=\"Chat backend\"];"
        " p[label=\"Unfurler\"]; u->chat; chat->p[label=\"message URLs\"]}",
        {"TMC-APP-005", "p", true}, {"TMC-APP-005", "chat", false});
  CHECK("digraph{u[shape=box,label=\"Author\"]; cms[label=\"CMS\"];"
        " h[label=\"Partner host\"]; u->cms; cms->h[label=\"GET image URL\"]}",
        {"TMC-APP-005", "cms", true});
  /* A thumbnailer given the uploaded bytes fetches nothing. */
  CHECK("digraph{u[shape=box,label=\"Seller\"]; t[shape=box,label=\"Thumbnailer\"];"
        " s[shape=cylinder,label=\"Images\"]; u->t[label=\"JPEG bytes\"]; t->s}",
        {"TMC-APP-005", "t", false});
}

static void test_xxe(void **state) {
  CHECK("digraph{p[shape=box,label=\"Supplier\"]; gw[label=\"Invoice intake\"];"
        " p->gw[protocol=soap]}",
        {"TMC-APP-006", "gw", true});
  CHECK("digraph{u[shape=box,label=\"User\"]; r[label=\"SVG avatar renderer\"]; u->r}",
        {"TMC-APP-006", "r", true});
  /* JSON over HTTPS: no XML parsed, no XML threat. */
  CHECK("digraph{p[shape=box,label=\"Supplier\"]; gw[label=\"Invoice intake\"];"
        " p->gw[protocol=https,label=\"JSON invoice\"]}",
        {"TMC-APP-006", "gw", false});
  /* The import drawn as a box on a DFD page (a box is an outsider unless its
   * head noun says code): "BOM import" taking XML bills of materials,
   * "e-invoice intake" taking UBL, an "SBOM importer" taking CycloneDX XML. */
  static const char *const imports[][2] = {{"BOM import", "BOM XML"},
                                           {"E-invoice intake", "UBL invoices"},
                                           {"SBOM importer", "CycloneDX XML"}};
  for (size_t i = 0; i < sizeof imports / sizeof *imports; i++) {
    char dot[512];
    snprintf(
        dot, sizeof dot,
        "digraph{subgraph cluster_o{label=\"Internet\"; v[shape=box,label=\"Supplier\"]}"
        " subgraph cluster_i{label=\"Internal\"; i[shape=box,label=\"%s\"];"
        " p[label=\"Parts service\"]; d[shape=cylinder,label=\"Parts\"]}"
        " v->i[label=\"%s\"]; i->d; p->d}",
        imports[i][0], imports[i][1]);
    CHECK(dot, {"TMC-APP-006", "i", true});
  }
  /* The same upload taking JSON SBOMs parses no XML. */
  CHECK("digraph{subgraph cluster_o{label=\"Internet\"; v[shape=box,label=\"Supplier\"]}"
        " subgraph cluster_i{label=\"Internal\"; i[shape=box,label=\"SBOM upload\"];"
        " d[shape=cylinder,label=\"Parts\"]} v->i[label=\"SPDX JSON\"]; i->d}",
        {"TMC-APP-006", "i", false}, {"TMC-APP-007", "i", true});
}

static void test_path_traversal(void **state) {
  CHECK("digraph{u[shape=box,label=\"Client\"]; f[label=\"Download service\"]; u->f}",
        {"TMC-APP-007", "f", true});
  CHECK(
      "digraph{u[shape=box,label=\"Member\"]; s[label=\"Profile service\"];"
      " b[shape=cylinder,label=\"Avatars bucket\"]; u->s; s->b[label=\"upload avatar\"]}",
      {"TMC-APP-007", "b", true});
  CHECK("digraph{u[shape=box,label=\"Member\"]; s[label=\"Pricing API\"]; u->s}",
        {"TMC-APP-007", "s", false});
}

static void test_deserialisation(void **state) {
  CHECK("digraph{u[shape=box,label=\"Client\"]; svc[label=\"Legacy RPC\"];"
        " u->svc[label=\"Java serialization objects\"]}",
        {"TMC-APP-008", "svc", true});
  /* a store named as a model file holds weights: the same CWE-502 on the
   * loader comes with its ATLAS ids (TMC-MLOPS-002 supersedes TMC-APP-008) */
  CHECK("digraph{u[shape=box,label=\"Client\"]; svc[label=\"Scorer\"];"
        " m[shape=cylinder,label=\"model.joblib (S3)\"]; u->svc; m->svc}",
        {"TMC-MLOPS-002", "svc", true}, {"TMC-APP-008", "svc", false});
  CHECK("digraph{u[shape=box,label=\"Client\"]; svc[label=\"Scorer\"];"
        " m[shape=cylinder,label=\"cache.joblib (S3)\"]; u->svc; m->svc}",
        {"TMC-APP-008", "svc", true});
  CHECK("digraph{u[shape=box,label=\"Client\"]; svc[label=\"Scorer\"];"
        " u->svc[protocol=https]}",
        {"TMC-APP-008", "svc", false});
}

static void test_sessions(void **state) {
  CHECK("digraph{u[shape=box,label=\"Shopper\"]; shop[label=\"Web shop\"];"
        " u->shop[label=\"login, cart\"]}",
        {"TMC-APP-009", "shop", true});
  CHECK("digraph{b[shape=box,label=\"Browser\"]; portal[label=\"Member portal\"];"
        " s[shape=cylinder,label=\"Session cache\"]; b->portal; portal->s}",
        {"TMC-APP-009", "portal", true});
  /* The store of live sessions has its own finding (expiry, replay,
   * theft from the store), in two wordings; a store of user accounts is
   * not a session store. */
  CHECK("digraph{b[shape=box,label=\"Browser\"]; portal[label=\"Member portal\"];"
        " s[shape=cylinder,label=\"Redis (spring-session)\"]; b->portal; portal->s;"
        " s->portal}",
        {"TMC-APP-013", "s", true}, {"TMC-APP-009", "portal", true});
  CHECK("digraph{u[shape=box,label=\"Shopper\"]; shop[label=\"Web shop\"];"
        " t[shape=cylinder,label=\"Tokens\",data=session_tokens];"
        " a[shape=cylinder,label=\"User accounts\"]; u->shop[label=\"sign in\"];"
        " shop->t; shop->a}",
        {"TMC-APP-013", "t", true}, {"TMC-APP-013", "a", false});
  /* Pages without logins: XSS is possible, session hijacking is not. */
  CHECK("digraph{u[shape=box,label=\"Reader\"]; site[label=\"Marketing website\"]; "
        "u->site}",
        {"TMC-APP-001", "site", true}, {"TMC-APP-009", "site", false});
}

static void test_tls_and_clearance(void **state) {
  CHECK("digraph{a[label=\"Billing\"]; b[label=\"Ledger\"]; a->b[protocol=\"TLS 1.0\"];"
        " a->c[tls=\"SSLv3\"]; c[label=\"Reports\"]; b->c[protocol=https]}",
        {"TMC-APP-010", "a -> b", true}, {"TMC-APP-010", "a -> c", true},
        {"TMC-APP-010", "b -> c", false});
  CHECK("digraph{x[label=\"CRM sync\"]; s[shape=cylinder,label=\"Analytics\","
        " clearance=internal]; x->s[data=pii]}",
        {"TMC-APP-011", "s", true});
  CHECK("digraph{a[label=\"Auth\"]; b[label=\"Audit\"];"
        " a->b[data=credentials, clearance=confidential]}",
        {"TMC-APP-011", "a -> b", true});
  CHECK("digraph{x[label=\"CRM sync\"]; s[shape=cylinder,label=\"Customers\","
        " clearance=secret]; x->s[data=pii]}",
        {"TMC-APP-011", "s", false}, {"TMC-APP-011", "x -> s", false});
}

static void test_noise_gone(void **state) {
  /* Anonymous sources and web pages log in as nobody. */
  CHECK("digraph{anon[shape=box,label=\"Anonymous visitor\"]; pages[shape=box,"
        " label=\"Web pages\"]; anyone[shape=box,label=\"Caller\"];"
        " admin[shape=box,label=\"Administrator\"]; app[label=\"App\"];"
        " anon->app; pages->app; anyone->app[authenticated=no]; admin->app}",
        {"TMC-SPOOF-002", "anon -> app", false}, {"TMC-SPOOF-002", "pages -> app", false},
        {"TMC-SPOOF-002", "anyone -> app", false},
        {"TMC-SPOOF-002", "admin -> app", true});
  /* Nobody logs in as a source of code the system fetches (a package index,
   * its mirror): no "stolen credentials let someone act as" it. */
  CHECK("digraph{idx[shape=box,label=\"npm registry\"]; py[shape=box,label=\"PyPI "
        "mirror\"];"
        " dev[shape=box,label=\"Developer\"]; ci[label=\"Build job\"];"
        " idx->ci[label=\"packages\"]; py->ci[label=\"wheels\"]; dev->ci}",
        {"TMC-SPOOF-002", "idx -> ci", false}, {"TMC-SPOOF-002", "py -> ci", false},
        {"TMC-SPOOF-002", "dev -> ci", true});
  /* No sensitive data known: no "sensitive data sent without encryption";
   * the crossing itself is still a finding. */
  CHECK("digraph{subgraph cluster_a{label=\"Internet\"; u[shape=box,label=\"User\"]}"
        " subgraph cluster_b{label=\"Internal\"; app[label=\"App\"]} u->app;"
        " app->u[data=pii]}",
        {"TMC-DISC-001", "u -> app", false}, {"TMC-TAMPER-001", "u -> app", true},
        {"TMC-DISC-001", "app -> u", true});
  /* Same trust everywhere: nothing reaches a more trusted zone. */
  CHECK("digraph{u[shape=box,label=\"User\"]; app[label=\"App\"]; u->app}",
        {"TMC-EOP-001", "app", false}, {"TMC-EOP-002", "app", true});
  CHECK("digraph{subgraph cluster_a{label=\"Internet\"; u[shape=box,label=\"User\"]}"
        " subgraph cluster_b{label=\"Corporate network\"; app[label=\"App\"]} u->app}",
        {"TMC-EOP-001", "app", true});
  /* A secrets vault is the encryption at rest; a customer database is not. */
  CHECK("digraph{svc[label=\"Service\"]; v[shape=cylinder,label=\"HashiCorp Vault\","
        " data=credentials]; k[shape=cylinder,label=\"Key store\",data=secrets];"
        " db[shape=cylinder,label=\"Customer DB\",data=pii]; svc->v; svc->k; svc->db}",
        {"TMC-DISC-002", "v", false}, {"TMC-DISC-002", "k", false},
        {"TMC-DISC-002", "db", true});
}

/* The technology an element is built on keys the rules as much as its words:
 * tech= written on a node whose label says nothing, a draw.io stencil, and
 * products (a gateway, an identity provider) that are not application code. */
static void test_technology(void **state) {
  /* tech= alone: a web application and a SQL database nobody named. */
  CHECK("digraph{u[shape=box,label=\"Customer\"]; fd[label=\"Frontdoor\","
        " tech=web_application]; st[shape=cylinder,label=\"Orders\",tech=sql_database];"
        " u->fd[label=\"sign in\"]; fd->st}",
        {"TMC-APP-001", "fd", true}, {"TMC-APP-002", "fd", true},
        {"TMC-APP-009", "fd", true}, {"TMC-TAMPER-003", "fd", false});
  /* The same drawing without tech=: nothing says web or SQL. */
  CHECK("digraph{u[shape=box,label=\"Customer\"]; fd[label=\"Frontdoor\"];"
        " st[shape=cylinder,label=\"Orders\"]; u->fd[label=\"sign in\"]; fd->st}",
        {"TMC-APP-001", "fd", false}, {"TMC-APP-002", "fd", false},
        {"TMC-APP-009", "fd", false}, {"TMC-TAMPER-003", "fd", true});
  /* A NoSQL store, a file share and a log store known by technology. */
  CHECK("digraph{p[shape=box,label=\"Partner\"]; api[label=\"Intake\"];"
        " doc[shape=cylinder,label=\"Documents\",tech=nosql_database];"
        " sh[shape=cylinder,label=\"Drop zone\",tech=file_share];"
        " tr[shape=cylinder,label=\"Trail\",tech=logging];"
        " p->api; api->doc; api->sh; api->tr}",
        {"TMC-APP-003", "api", true}, {"TMC-APP-002", "api", false},
        {"TMC-APP-007", "api", true}, {"TMC-REPUD-002", "tr", true},
        {"TMC-REPUD-002", "doc", false});
  /* A browser calling a service makes it browser-facing, by technology. */
  CHECK("digraph{b[shape=box,label=\"Client\",tech=browser]; s[label=\"Gallery\"];"
        " b->s}",
        {"TMC-APP-001", "s", true});
  /* Products are not application code: a gateway in front of the database,
   * an identity provider holding sessions, get no injection or XSS. */
  CHECK("digraph{b[shape=box,label=\"Visitor\",tech=browser]; gw[label=\"Edge\","
        " tech=api_gateway]; idp[label=\"Login\",tech=identity_provider];"
        " db[shape=cylinder,label=\"Accounts\",tech=sql_database];"
        " b->gw; gw->db; b->idp[label=\"session cookie\"]; idp->db}",
        {"TMC-APP-001", "gw", false}, {"TMC-APP-002", "gw", false},
        {"TMC-TAMPER-003", "gw", false}, {"TMC-APP-009", "idp", false},
        {"TMC-APP-002", "idp", false});
  /* A vault known by technology is the encryption at rest; the Internet as
   * a source logs in as nobody. */
  CHECK("digraph{net[shape=box,label=\"Outside\",tech=internet]; svc[label=\"Svc\"];"
        " k[shape=cylinder,label=\"Keys\",tech=secrets_vault,data=credentials];"
        " net->svc; svc->k}",
        {"TMC-DISC-002", "k", false}, {"TMC-SPOOF-002", "net", false});
}

/* The same from a draw.io stencil: an AWS RDS icon labelled only "Orders"
 * is a SQL database, and the service writing it gets SQL injection. */
static void test_technology_from_stencil(void **state) {
  static const char drawio[] =
      "<mxfile><diagram id=\"p\" name=\"Page-1\"><mxGraphModel><root>"
      "<mxCell id=\"0\"/><mxCell id=\"1\" parent=\"0\"/>"
      "<mxCell id=\"u\" value=\"Member\" style=\"shape=umlActor;\" vertex=\"1\""
      " parent=\"1\"><mxGeometry x=\"0\" y=\"0\" width=\"30\" height=\"60\""
      " as=\"geometry\"/></mxCell>"
      "<mxCell id=\"s\" value=\"Renewals\" style=\"rounded=1;\" vertex=\"1\""
      " parent=\"1\"><mxGeometry x=\"200\" y=\"0\" width=\"120\" height=\"60\""
      " as=\"geometry\"/></mxCell>"
      "<mxCell id=\"d\" value=\"Orders\" style=\"shape=mxgraph.aws4.resourceIcon;"
      "resIcon=mxgraph.aws4.rds;\" vertex=\"1\" parent=\"1\"><mxGeometry x=\"400\""
      " y=\"0\" width=\"60\" height=\"60\" as=\"geometry\"/></mxCell>"
      "<mxCell id=\"e1\" edge=\"1\" source=\"u\" target=\"s\" parent=\"1\">"
      "<mxGeometry relative=\"1\" as=\"geometry\"/></mxCell>"
      "<mxCell id=\"e2\" edge=\"1\" source=\"s\" target=\"d\" parent=\"1\">"
      "<mxGeometry relative=\"1\" as=\"geometry\"/></mxCell>"
      "</root></mxGraphModel></diagram></mxfile>";
  tmc_diags d = TMC_DIAGS_INIT;
  tmc_ir *ir = ir_analysed("case.drawio", drawio, strlen(drawio), cat, NULL, &d);
  uint32_t db = TMC_NONE;
  for (uint32_t i = 0; i < ir->n_elements; i++)
    if (strcmp(ir->elements[i].label, "Orders") == 0)
      db = i;
  assert_true(db != TMC_NONE);
  assert_int_equal(ir->elements[db].tech, TMC_TECH_SQL_DATABASE);
  bool sqli = false, generic = false;
  for (uint32_t i = 0; i < ir->n_findings; i++) {
    const tmc_finding *f = &ir->findings[i];
    if (f->target_kind != TMC_TARGET_ELEMENT ||
        strcmp(ir->elements[f->target].label, "Renewals") != 0)
      continue;
    sqli |= strcmp(f->rule_id, "TMC-APP-002") == 0;
    generic |= strcmp(f->rule_id, "TMC-TAMPER-003") == 0;
  }
  assert_true(sqli);
  assert_false(generic);
  tmc_ir_free(ir);
  tmc_diags_free(&d);
}

/* One finding per threat per target (supersedes: in the catalog): altering
 * a log store is TMC-REPUD-002's, not a second TMC-TAMPER-002 on the same
 * store; where the precise rule does not fire, the generic one stays.
 * (Cleartext across a boundary keeps both TMC-TAMPER-001 and TMC-DISC-001:
 * tampering and reading in transit are two threats a reviewer lists.) */
/* The capabilities keyed to technology and to what the system talks to, not
 * only to words on the element itself: each in two wordings, and silent
 * where the drawing does not make the threat possible. */
static void test_keyed_to_technology(void **state) {
  /* SQL injection behind a reverse proxy drawn as a box: the input still
   * reaches the code that queries the database. */
  CHECK(
      "digraph{subgraph cluster_o{label=\"Internet\"; v[shape=box,label=\"Visitor\"]}"
      " subgraph cluster_i{label=\"Data centre\"; px[shape=box,label=\"Reverse proxy\"];"
      " app[label=\"Bookings\"]; db[shape=cylinder,label=\"Bookings\","
      " tech=sql_database]} v->px; px->app; app->db}",
      {"TMC-APP-002", "app", true});
  CHECK("digraph{subgraph cluster_o{label=\"Public\"; m[shape=box,label=\"Member\"]}"
        " subgraph cluster_i{label=\"Backend\"; lb[shape=box,label=\"Ingress\"];"
        " svc[label=\"Profiles\"]; st[shape=cylinder,label=\"Docs\","
        " tech=nosql_database]} m->lb; lb->svc; svc->st}",
        {"TMC-APP-003", "svc", true});
  /* A job fed only by the company's own scheduler stays silent. */
  CHECK("digraph{cron[shape=box,label=\"Scheduler\"]; job[label=\"Rollup\"];"
        " db[shape=cylinder,label=\"Sales\",tech=sql_database]; cron->job; job->db}",
        {"TMC-APP-002", "job", false});

  /* Command injection: a CI runner building what contributors send, and code
   * that drives another host over ssh. */
  CHECK("digraph{c[shape=box,label=\"Outside contributor\"]; ci[label=\"Builds\","
        " tech=ci_cd]; c->ci[label=\"pull request\"]}",
        {"TMC-APP-004", "ci", true});
  CHECK("digraph{u[shape=box,label=\"Tenant\"]; ops[label=\"Provisioner\"];"
        " vm[label=\"Worker VM\"]; u->ops[label=\"hostname\"];"
        " ops->vm[protocol=ssh]}",
        {"TMC-APP-004", "ops", true});
  /* A deploy tool that only pulls images from a registry takes no one's
   * request: no command line is built from a person's text. */
  CHECK("digraph{r[shape=cylinder,label=\"Registry\",source=third_party];"
        " cd[label=\"Deployer\",tech=ci_cd]; r->cd}",
        {"TMC-APP-004", "cd", false});

  /* SSRF: code that calls out to the open web, which answers it. */
  CHECK("digraph{u[shape=box,label=\"Analyst\"]; cr[label=\"Collector\"];"
        " net[shape=box,label=\"Internet\",tech=internet]; u->cr[label=\"topic\"];"
        " cr->net; net->cr}",
        {"TMC-APP-005", "cr", true});
  CHECK("digraph{u[shape=box,label=\"Chat member\"]; bot[label=\"Summariser\"];"
        " web[shape=box,label=\"Any web page\"]; u->bot; bot->web[label=\"GET\"];"
        " web->bot[label=\"HTML\"]}",
        {"TMC-APP-005", "bot", true});
  /* The Internet as the clients' side: it calls in first, nothing is fetched. */
  CHECK("digraph{net[shape=box,label=\"Internet\",tech=internet]; app[label=\"Shop\"];"
        " net->app[label=\"orders\"]; app->net[label=\"receipts\"]}",
        {"TMC-APP-005", "app", false});

  /* XXE: an outside party that speaks XML sends the data. */
  CHECK("digraph{subgraph cluster_o{label=\"Partners\"; trust=0;"
        " idp[shape=box,label=\"Corporate SAML IdP\"];"
        " c[shape=box,label=\"Contractor\"]}"
        " subgraph cluster_i{label=\"App\"; trust=2; sp[label=\"Portal\"]}"
        " idp->sp[label=\"assertion\"]; c->sp[label=\"sign in\"]}",
        {"TMC-APP-006", "sp", true});
  CHECK("digraph{sup[shape=box,label=\"Supplier SOAP endpoint\",source=third_party];"
        " in[label=\"Order intake\"]; sup->in[label=\"orders\"]}",
        {"TMC-APP-006", "in", true});
  CHECK("digraph{u[shape=box,label=\"Clerk\"]; imp[label=\"Importer\"];"
        " u->imp[label=\"quarterly Excel files\"]}",
        {"TMC-APP-006", "imp", true});
  /* A part of the system that parses XML itself: its answer is not XML. */
  CHECK("digraph{u[shape=box,label=\"Buyer\"]; web[label=\"Portal\"];"
        " conv[label=\"XML converter\"]; u->web; web->conv; conv->web[label=\"rows\"]}",
        {"TMC-APP-006", "web", false}, {"TMC-APP-006", "conv", true});

  /* Deserialisation of what a queue or a cache hands over, when outside
   * content travels through it; the words' rule takes its place. */
  CHECK("digraph{u[shape=box,label=\"Customer\"]; web[label=\"Orders API\"];"
        " q[shape=cylinder,label=\"Jobs\",tech=queue]; w[label=\"Worker\"];"
        " u->web; web->q; q->w}",
        {"TMC-APP-012", "w", true}, {"TMC-APP-012", "web", false});
  CHECK("digraph{u[shape=box,label=\"Reader\"]; app[label=\"Forum\"];"
        " c[shape=cylinder,label=\"Redis\"]; u->app; app->c; c->app}",
        {"TMC-APP-012", "app", true});
  CHECK("digraph{u[shape=box,label=\"Customer\"]; web[label=\"Orders API\"];"
        " q[shape=cylinder,label=\"Kafka\"]; w[label=\"Pickle loader\"];"
        " u->web; web->q; q->w}",
        {"TMC-APP-008", "w", true}, {"TMC-APP-012", "w", false});
  /* Loading a model file is the AI rule's CWE-502, with its ATLAS ids: one
   * finding on the loader, not two. */
  CHECK("digraph{u[shape=box,label=\"Client\"]; svc[label=\"Scorer\"];"
        " m[shape=cylinder,label=\"model.pkl\",data=model_weights]; u->svc; m->svc}",
        {"TMC-MLOPS-002", "svc", true}, {"TMC-APP-008", "svc", false});
  /* Only the company's own content on the queue: nothing to plant. */
  CHECK("digraph{cron[label=\"Scheduler\"]; q[shape=cylinder,label=\"SQS\"];"
        " w[label=\"Worker\"]; cron->q; q->w}",
        {"TMC-APP-012", "w", false});
}

static void test_one_finding_per_threat(void **state) {
  CHECK("digraph{subgraph cluster_a{label=\"Internet\"; c[shape=box,label=\"Client\"]}"
        " subgraph cluster_b{label=\"Internal\"; s[label=\"Service\"];"
        " l[shape=cylinder,label=\"Audit log\"]; d[shape=cylinder,label=\"Notes\"]}"
        " c->s[data=pii,protocol=http]; s->l; s->d}",
        {"TMC-REPUD-002", "l", true}, {"TMC-TAMPER-002", "l", false},
        {"TMC-TAMPER-002", "d", true}, {"TMC-DISC-001", "c -> s", true},
        {"TMC-TAMPER-001", "c -> s", true});
  /* Worded otherwise: a log store known only by its technology. */
  CHECK("digraph{u[shape=box,label=\"Operator\"]; j[label=\"Payroll job\"];"
        " k[shape=cylinder,label=\"Trail\",tech=logging]; u->j; j->k}",
        {"TMC-REPUD-002", "k", true}, {"TMC-TAMPER-002", "k", false});
  /* The evidence of the finding kept says which threat it took over, and it
   * carries that threat's STRIDE letter. */
  tmc_diags d = TMC_DIAGS_INIT;
  const char *dot = "digraph{u[shape=box]; s; l[shape=cylinder,label=\"Event logs\"];"
                    " u->s; s->l}";
  tmc_ir *ir = ir_analysed("case.dot", dot, strlen(dot), cat, NULL, &d);
  bool said = false;
  for (uint32_t i = 0; i < ir->n_findings; i++)
    said |= strcmp(ir->findings[i].rule_id, "TMC-REPUD-002") == 0 &&
            strstr(ir->findings[i].evidence, "TMC-TAMPER-002") != NULL &&
            (ir->findings[i].stride & TMC_STRIDE_T);
  assert_true(said);
  tmc_ir_free(ir);
  tmc_diags_free(&d);
}

/* Records fetched by id (IDOR, TMC-APP-014): people log in to code that
 * keeps their records in a database. It takes the place of the generic
 * missing-authorization finding on the same code. */
static void test_idor(void **state) {
  CHECK("digraph{subgraph cluster_i{label=\"Internet\"; u[shape=box,label=\"Tenant\"]}"
        " subgraph cluster_a{label=\"Internal\"; p[label=\"Rent portal (login)\"];"
        " db[shape=cylinder,label=\"PostgreSQL leases\"]} u->p; p->db}",
        {"TMC-APP-014", "p", true}, {"TMC-EOP-002", "p", false});
  /* Worded otherwise: a session cookie on the flow, a store of unknown
   * technology, no zones drawn. */
  CHECK("digraph{m[shape=box,label=\"Patient\"]; app[label=\"Appointments app\"];"
        " r[shape=cylinder,label=\"Bookings\"];"
        " m->app[label=\"session cookie\"]; app->r; r->app}",
        {"TMC-APP-014", "app", true});
  /* Nobody logs in: a public catalogue's records belong to no one. */
  CHECK("digraph{v[shape=box,label=\"Visitor\"]; c[label=\"Catalogue browser\"];"
        " db[shape=cylinder,label=\"MySQL products\"]; v->c; c->db}",
        {"TMC-APP-014", "c", false});
  /* The worker behind the app: it answers the app, not the people. */
  CHECK(
      "digraph{u[shape=box,label=\"Customer\"]; api[label=\"Account API\"];"
      " w[label=\"Export worker (account data)\"]; db[shape=cylinder,label=\"Accounts\"];"
      " u->api; api->w; w->db}",
      {"TMC-APP-014", "w", false});
  /* A nightly job with a login word but no caller from outside. */
  CHECK("digraph{j[label=\"Account cleanup job\"]; db[shape=cylinder,label=\"Accounts\"];"
        " j->db}",
        {"TMC-APP-014", "j", false});
}

/* An internal service that trusts any caller (TMC-APP-015): a URL fetcher
 * outsiders steer shares its zone; it is not exposed and nothing into it
 * authenticates. */
/* The drawing, with what is added after the inventory service and after
 * the flow into it (a literal format, so the compiler checks it). */
#define SSRF_ZONE(inv_extra, flow_extra)                                                 \
  "digraph{subgraph cluster_i{label=\"Internet\"; u[shape=box,label=\"Member\"]}"        \
  " subgraph cluster_a{label=\"Private network\"; api[label=\"Forum API\"];"             \
  " pv[label=\"Link unfurler\"]; inv[label=\"Inventory service\"]" inv_extra "}"         \
  " u->api; api->pv[label=\"post URLs\"]; api->inv" flow_extra "}"

static void test_ssrf_target(void **state) {
  CHECK(SSRF_ZONE("", ""), {"TMC-APP-015", "inv", true}, {"TMC-APP-015", "pv", false},
        {"TMC-APP-015", "api", false});
  /* Its callers authenticate: nothing to forge. */
  CHECK(SSRF_ZONE("", "[authenticated=yes]"), {"TMC-APP-015", "inv", false});
  /* Worded otherwise: a webhook tester, and an admin service in another
   * zone than the fetcher (the fetcher's network is not its network). */
  CHECK("digraph{subgraph cluster_i{label=\"Internet\"; d[shape=box,label=\"Developer\"]}"
        " subgraph cluster_d{label=\"DMZ\"; hk[label=\"Webhook tester\"]}"
        " subgraph cluster_c{label=\"Core\"; bill[label=\"Billing engine\"]}"
        " subgraph cluster_e{label=\"DMZ services\"; cfg[label=\"Config service\"]}"
        " d->hk; hk->bill; d->cfg}",
        {"TMC-APP-015", "bill", false}, {"TMC-APP-015", "cfg", false});
  CHECK("digraph{subgraph cluster_i{label=\"Internet\"; d[shape=box,label=\"Developer\"]}"
        " subgraph cluster_d{label=\"App VPC\"; hk[label=\"Webhook tester\"];"
        " gw[label=\"Portal\"]; flags[label=\"Feature flag service\"]}"
        " d->gw; gw->hk[label=\"callback url\"]; gw->flags}",
        {"TMC-APP-015", "flags", true});
  /* A vendor's service is not on the fetcher's network. */
  CHECK("digraph{subgraph cluster_i{label=\"Internet\"; u[shape=box,label=\"Member\"]}"
        " subgraph cluster_a{label=\"Private network\"; api[label=\"Forum API\"];"
        " pv[label=\"Link unfurler\"]; s[label=\"Analytics service\",source=third_party]}"
        " u->api; api->pv[label=\"post URLs\"]; api->s}",
        {"TMC-APP-015", "s", false});
  /* A worker fed only from a queue or a database answers no request. */
  CHECK("digraph{subgraph cluster_i{label=\"Internet\"; u[shape=box,label=\"Member\"]}"
        " subgraph cluster_a{label=\"Private network\"; api[label=\"Forum API\"];"
        " pv[label=\"Link unfurler\"]; q[shape=cylinder,label=\"Jobs table\"];"
        " w[label=\"Digest mailer\"]}"
        " u->api; api->pv[label=\"post URLs\"]; api->q; q->w}",
        {"TMC-APP-015", "w", false});
  /* No fetcher at all: internal services stay quiet. */
  CHECK("digraph{subgraph cluster_i{label=\"Internet\"; u[shape=box,label=\"Member\"]}"
        " subgraph cluster_a{label=\"Private network\"; api[label=\"Forum API\"];"
        " inv[label=\"Inventory service\"]} u->api; api->inv}",
        {"TMC-APP-015", "inv", false});
}

/* What is rolled out is verified (TMC-APP-016): a CI/CD deployer that takes
 * an image from a store and rolls it out to running code. */
static void test_rollout_verified(void **state) {
  CHECK("digraph{reg[shape=cylinder,label=\"ECR images\"]; argo[label=\"Argo CD\"];"
        " svc[label=\"Orders service (EKS)\"]; reg->argo[label=\"new tag\"];"
        " argo->svc[label=\"rollout\"]}",
        {"TMC-APP-016", "argo -> svc", true});
  /* Worded otherwise: Jenkins deploying a jar from an artifact bucket to a
   * VM. */
  CHECK(
      "digraph{a[shape=cylinder,label=\"Artifacts bucket\"]; j[label=\"Jenkins deploy\"];"
      " vm[label=\"Billing app on EC2\"]; a->j; j->vm}",
      {"TMC-APP-016", "j -> vm", true});
  /* The build pushes into the registry: a store, not running code. */
  CHECK("digraph{repo[shape=cylinder,label=\"Git repository\"]; ci[label=\"GitHub "
        "Actions\"];"
        " reg[shape=cylinder,label=\"Registry\"]; repo->ci; ci->reg}",
        {"TMC-APP-016", "ci -> reg", false});
  /* A CI runner that reads nothing from a store deploys no artifact. */
  CHECK("digraph{dev[shape=box,label=\"Developer\"]; ci[label=\"CircleCI\"];"
        " t[label=\"Test runner\"]; dev->ci; ci->t}",
        {"TMC-APP-016", "ci -> t", false});
  /* A model is served by the ML rules, not this one. */
  CHECK("digraph{reg[shape=cylinder,label=\"Bucket\"]; ci[label=\"GitLab CI\"];"
        " m[label=\"Churn model\",type=model]; reg->ci; ci->m}",
        {"TMC-APP-016", "ci -> m", false});
}

/* Data platforms (TMC-APP-017..019): job code runs with the platform's
 * connections; BI users reach more than their role needs; outside files
 * feed a batch job. Each keyed to the technology, in two wordings. */
static void test_data_platform(void **state) {
  CHECK(
      "digraph{c[shape=cylinder,label=\"Connections\"]; af[label=\"Airflow scheduler\"];"
      " sp[label=\"Spark job\"]; w[shape=cylinder,label=\"Snowflake\"];"
      " c->af; af->sp; sp->w}",
      {"TMC-APP-017", "af", true}, {"TMC-APP-017", "sp", true});
  CHECK("digraph{a[shape=box,label=\"Analyst\"]; nb[label=\"Jupyter notebooks\"];"
        " lake[shape=cylinder,label=\"Data lake\"]; a->nb; nb->lake}",
        {"TMC-APP-017", "nb", true});
  /* Exposed to a lower zone with confidential data behind it: the broad
   * rights a compromise hands over (TMC-EOP-003) are this rule's finding. */
  CHECK("digraph{subgraph cluster_c{label=\"Corporate LAN\"; ds[shape=box,label=\"Data "
        "scientist\"]}"
        " subgraph cluster_p{label=\"Restricted data zone\"; trust=3;"
        " hub[label=\"Jupyter server\"]; pii[shape=cylinder,label=\"Claims\",data=pii]}"
        " ds->hub; hub->pii; pii->hub}",
        {"TMC-APP-017", "hub", true}, {"TMC-EOP-003", "hub", false});
  /* A web app talking to a database is not a data platform. */
  CHECK("digraph{u[shape=box,label=\"Shopper\"]; s[label=\"Storefront\"];"
        " db[shape=cylinder,label=\"Orders\"]; u->s; s->db}",
        {"TMC-APP-017", "s", false}, {"TMC-APP-018", "s", false});
  CHECK("digraph{st[shape=box,label=\"Clerk\"]; mb[label=\"Metabase reports\"];"
        " dwh[shape=cylinder,label=\"Data warehouse\"]; st->mb; mb->dwh; dwh->mb}",
        {"TMC-APP-018", "mb", true});
  CHECK(
      "digraph{m[shape=box,label=\"Sales manager\"];"
      " t[label=\"Revenue dashboards\",tech=bi]; db[shape=cylinder,label=\"Billing DB\"];"
      " m->t; db->t}",
      {"TMC-APP-018", "t", true});
  /* A BI tool is a product, not its owners' code: no SQL injection of its
   * own, and its authorization finding is the BI one. */
  CHECK("digraph{subgraph cluster_o{label=\"Office\"; a[shape=box,label=\"Analyst\"]}"
        " subgraph cluster_d{label=\"Data zone\"; bi[label=\"Superset BI dashboards\"];"
        " pg[shape=cylinder,label=\"Postgres warehouse\"]} a->bi; bi->pg[label=\"SQL\"]}",
        {"TMC-APP-018", "bi", true}, {"TMC-APP-002", "bi", false},
        {"TMC-EOP-002", "bi", false});
  /* Outside deliveries into a batch job. */
  CHECK("digraph{p[shape=box,label=\"Meter operator\"]; in[shape=cylinder,label=\"SFTP "
        "inbox\"];"
        " sp[label=\"Spark validation\"]; w[shape=cylinder,label=\"Warehouse\"];"
        " p->in; in->sp; sp->w}",
        {"TMC-APP-019", "sp", true});
  CHECK(
      "digraph{v[shape=box,label=\"Supplier\"]; b[shape=cylinder,label=\"Drop bucket\"];"
      " g[label=\"Glue ETL\"]; v->b; b->g}",
      {"TMC-APP-019", "g", true});
  /* Its own data only: nothing from outside reaches the nightly ETL. */
  CHECK("digraph{db[shape=cylinder,label=\"Orders\"]; e[label=\"Nightly ETL\"];"
        " w[shape=cylinder,label=\"Warehouse\"]; db->e; e->w}",
        {"TMC-APP-019", "e", false});
  /* Another party's system inside a trusted zone still delivers what it
   * delivers: a bank's settlement file dropped in a folder, loaded as is. */
  CHECK(
      "digraph{subgraph cluster_a{label=\"Treasury network\";"
      " bank[shape=box,label=\"Clearing bank\"];"
      " f[shape=folder,label=\"Settlement inbox\"];"
      " j[label=\"Reconciliation ETL (Python)\"]; db[shape=cylinder,label=\"Ledger DB\"]}"
      " bank->f[label=\"daily settlement file\"]; f->j; j->db}",
      {"TMC-APP-019", "j", true});
  CHECK("digraph{subgraph cluster_a{label=\"Corp\";"
        " crm[type=external_entity,label=\"Salesforce\"];"
        " im[label=\"Contacts import (Talend job)\",tech=etl];"
        " dw[shape=cylinder,label=\"DWH\"]}"
        " crm->im[label=\"accounts.csv\"]; im->dw}",
        {"TMC-APP-019", "im", true});
  /* our own staff upload it: their requests are other rules' */
  CHECK(
      "digraph{subgraph cluster_a{label=\"Treasury network\";"
      " c[shape=box,label=\"Finance staff\"]; f[shape=folder,label=\"Settlement inbox\"];"
      " j[label=\"Reconciliation ETL (Python)\"]; db[shape=cylinder,label=\"Ledger DB\"]}"
      " c->f[label=\"upload\"]; f->j; j->db}",
      {"TMC-APP-019", "j", false});
}

/* Outsiders' files opened by a native media or document parser
 * (TMC-APP-034); the studio's own recordings are not outsiders' files. */
static void test_file_parsers(void **state) {
  CHECK("digraph{u[shape=box,label=\"Customer\"]; subgraph cluster_a{label=\"Backend\";"
        " up[label=\"Upload API\"]; b[shape=cylinder,label=\"Uploads bucket\"];"
        " pv[label=\"Preview generator (Ghostscript)\"];"
        " th[shape=cylinder,label=\"Previews\"]}"
        " u->up[label=\"PDF upload\"]; up->b; b->pv; pv->th}",
        {"TMC-APP-034", "pv", true}, {"TMC-APP-034", "up", false});
  CHECK("digraph{subgraph cluster_a{label=\"Studio\";"
        " m[shape=cylinder,label=\"Master recordings\"]; tc[label=\"ffmpeg transcoder\"];"
        " o[shape=cylinder,label=\"Renditions\"]} m->tc; tc->o}",
        {"TMC-APP-034", "tc", false});
}

/* A key handed to a batch or CI job, or an admin key it writes with
 * (TMC-APP-035): a token passed to the next job, a root token a nightly
 * build loads with; a web shop calling a payment API with its key is no
 * job's key. */
static void test_job_keys(void **state) {
  CHECK("digraph{subgraph cluster_a{label=\"Build\"; j[label=\"Jenkins nightly build\"];"
        " db[shape=cylinder,label=\"Reporting Postgres\"];"
        " d[label=\"Dagster ETL pipeline\"]; sp[label=\"Spark aggregation\"];"
        " w[label=\"Web shop\"]; p[label=\"Payments API\"]}"
        " j->db[label=\"load (root token)\"];"
        " d->sp[label=\"submit (service account token)\"];"
        " w->p[label=\"charge (API key)\"]}",
        {"TMC-APP-035", "j -> db", true}, {"TMC-APP-035", "d -> sp", true},
        {"TMC-APP-035", "w -> p", false});
  /* The same job without a key on the flow, and a master key used by an
   * ordinary service, raise nothing. */
  CHECK("digraph{subgraph cluster_a{label=\"Build\"; g[label=\"GitLab CI deploy\"];"
        " k[shape=cylinder,label=\"Search index\"]; s[label=\"Order service\"];"
        " o[shape=cylinder,label=\"Orders\"]}"
        " g->k[label=\"reindex\"]; s->o[label=\"write (master key)\"]}",
        {"TMC-APP-035", "g -> k", false}, {"TMC-APP-035", "s -> o", false});
}

/* Whose account is used picked by the address an outsider's message claims
 * (TMC-SPOOF-004): a guest's chat profile e-mail, an SMS sender's number;
 * "ticket by e-mail" says how it is sent, and an internal sync matching by
 * e-mail address takes no outsider's word. */
static void test_keyed_by_sender(void **state) {
  CHECK(
      "digraph{subgraph cluster_i{label=\"Internet\"; g[shape=box,label=\"Guest users\"];"
      " c[shape=box,label=\"Customer\"]}"
      " subgraph cluster_a{label=\"Internal\"; b[label=\"Teams bot handler\"];"
      " dir[shape=cylinder,label=\"User directory\"];"
      " s[label=\"SMS order assistant\"]; o[shape=cylinder,label=\"Orders\"];"
      " h[shape=cylinder,label=\"Helpdesk tickets\"]; n[label=\"Nightly HR sync\"];"
      " hr[shape=cylinder,label=\"HR records\"]}"
      " g->b[label=\"message\"]; b->dir[label=\"resolve user by e-mail address\"];"
      " c->s[label=\"SMS\"]; s->o[label=\"find order by phone number\"];"
      " c->h[label=\"ticket by e-mail\"]; hr->n;"
      " n->dir[label=\"match by e-mail address\"]}",
      {"TMC-SPOOF-004", "b -> dir", true}, {"TMC-SPOOF-004", "s -> o", true},
      {"TMC-SPOOF-004", "c -> h", false}, {"TMC-SPOOF-004", "n -> dir", false});
}

/* Overlapping rules merged at the source: a technology-keyed injection rule
 * takes the place of the generic "untrusted input" finding on the same
 * code, so a crowded web app keeps one finding per threat. */
static void test_injection_takes_generic_place(void **state) {
  static const char *const sinks[] = {"MySQL orders", "MongoDB carts", "Orders"};
  static const char *const rules[] = {"TMC-APP-002", "TMC-APP-003", "TMC-TAMPER-003"};
  for (size_t i = 0; i < 3; i++) {
    char dot[512];
    snprintf(
        dot, sizeof dot,
        "digraph{subgraph cluster_i{label=\"Internet\"; u[shape=box,label=\"Buyer\"]}"
        " subgraph cluster_a{label=\"Internal\"; s[label=\"Quote service\"];"
        " db[shape=cylinder,label=\"%s\"]} u->s; s->db}",
        sinks[i]);
    CHECK(dot, {rules[i], "s", true}, {"TMC-EOP-001", "s", false},
          {"TMC-EOP-002", "s", true});
  }
  /* With nothing precise to say, the generic finding stays. */
  CHECK("digraph{subgraph cluster_i{label=\"Internet\"; u[shape=box,label=\"Buyer\"]}"
        " subgraph cluster_a{label=\"Internal\"; s[label=\"Quote calculator\"]} u->s}",
        {"TMC-EOP-001", "s", true});
}

/* The facts and roles passes read each label once for every word list
 * (tmc_lexicon_says_lists, memoised per element and flow by the flow graph):
 * on every line of the words catalog, and on labels mixing words of several
 * lists, each list's bit is what asking that list alone says, for every
 * list (the later ones too: they were once asked one by one). */
static void test_says_lists_agrees(void **state) {
  const tmc_lexicon *lx = tmc_catalog_lexicon(cat);
  FILE *fp = fopen("catalogs/words.yaml", "r");
  assert_non_null(fp);
  char line[1024];
  uint32_t texts = 0, said = 0, late = 0;
  static const char *const mixed[] = {"Upload API (XML, SOAP) over TLS 1.0",
                                      "webhook tester: fetch any URL",
                                      "pickle loader / shell runner",
                                      "",
                                      "Session store + MongoDB queries",
                                      "x",
                                      "SBOM import",
                                      "customer's web portal",
                                      "Door camera firmware (BLE) to the web search API",
                                      "agent memory, thread history; system prompt"};
  for (size_t m = 0;; m++) {
    const char *text = line;
    if (m < sizeof mixed / sizeof *mixed)
      text = mixed[m];
    else if (!fgets(line, sizeof line, fp))
      break;
    tmc_listset bits = tmc_lexicon_says_lists(lx, NULL, text);
    for (int l = 0; l < TMC_WORD_LIST_COUNT; l++) {
      bool one = tmc_lexicon_says(lx, (tmc_word_list)l, text) != NULL;
      bool all = tmc_listset_has(&bits, (tmc_word_list)l);
      if (one != all)
        fail_msg("'%s': list %s alone says %d, all at once %d", text,
                 tmc_word_list_key((tmc_word_list)l), one, all);
      said += one;
      late += one && l >= 64;
    }
    /* no bit past the last list; asking for some lists sets no other bit */
    assert_int_equal(bits.w[TMC_LISTSET_WORDS - 1] >> (TMC_WORD_LIST_COUNT % 64), 0);
    tmc_listset some = bits;
    for (int i = 0; i < TMC_LISTSET_WORDS; i++)
      some.w[i] &= 0x5555555555555555u;
    tmc_listset got = tmc_lexicon_says_lists(lx, &some, text);
    for (int i = 0; i < TMC_LISTSET_WORDS; i++)
      assert_int_equal(got.w[i], some.w[i]);
    texts++;
  }
  fclose(fp);
  assert_true(texts > 100 && said > 100 && late > 10);
  tmc_listset none = tmc_lexicon_says_lists(lx, NULL, NULL);
  for (int i = 0; i < TMC_LISTSET_WORDS; i++)
    assert_int_equal(none.w[i], 0);
}

/* The finding of rule on target (element id or DOT flow id), or NULL. */
static const tmc_finding *finding_of(const tmc_ir *ir, const char *rule,
                                     const char *target) {
  for (uint32_t i = 0; i < ir->n_findings; i++) {
    const tmc_finding *f = &ir->findings[i];
    const char *id = f->target_kind == TMC_TARGET_ELEMENT ? ir->elements[f->target].id
                     : f->target_kind == TMC_TARGET_FLOW  ? ir->flows[f->target].id
                                                          : "";
    if (strcmp(f->rule_id, rule) == 0 && strcmp(id, target) == 0)
      return f;
  }
  return NULL;
}

/* One finding per threat per target, by a principle rather than a list
 * (passes/rules.c, merge_same_threat): two rules on one target whose ids one
 * within the other's, one naming an ATLAS or OWASP threat, state one threat;
 * the more specific stays, takes the other's ids and letters and cites it. */
static void test_same_threat_merged(void **state) {
  /* An agent that runs its skills in its own process: excessive agency on
   * the agent, not also "a tool can exfiltrate or destroy" said of it. */
  static const char *const agents[] = {
      "digraph{u[shape=box,label=\"Analyst\"]; o[label=\"Planner loop\",role=\"agent,"
      "tool_executor\"]; m[type=llm,label=\"Hosted model\"]; u->o; o->m; m->o}",
      /* Worded otherwise: a concierge bot with booking skills built in. */
      "digraph{g[shape=box,label=\"Hotel guest\"]; bot[label=\"Concierge bot (skills "
      "in-process)\",role=\"tool_executor,agent\"]; l[type=llm,label=\"Claude API\"];"
      " g->bot; bot->l; l->bot}",
  };
  for (size_t i = 0; i < 2; i++) {
    tmc_diags d = TMC_DIAGS_INIT;
    tmc_ir *ir = ir_analysed("case.dot", agents[i], strlen(agents[i]), cat, NULL, &d);
    const char *who = i ? "bot" : "o";
    const tmc_finding *f = finding_of(ir, "TMC-LLM-007", who);
    assert_non_null(f);
    assert_null(finding_of(ir, "TMC-AGENT-001", who));
    assert_non_null(strstr(f->evidence, "states TMC-AGENT-001's threat too"));
    assert_true(tmc_strlist_has(&f->atlas, "AML.T0086")); /* its ids kept */
    assert_true(tmc_strlist_has(&f->atlas, "AML.T0101"));
    assert_true(f->stride & TMC_STRIDE_D); /* and its letters */
    assert_false(
        tmc_strlist_has(&tmc_catalog_rule(cat, "TMC-LLM-007")->atlas, "AML.T0086"));
    tmc_ir_free(ir);
    tmc_diags_free(&d);
  }
  /* Sibling techniques are two threats: direct and indirect injection on
   * one LLM both stay, as do two rules citing only CWEs (a flow in clear:
   * tampering and disclosure, CWE-319 both). */
  CHECK("digraph{u[shape=box,label=\"Visitor\"]; a[label=\"Help page bot\"];"
        " k[shape=cylinder,label=\"Help articles\"]; w[shape=box,label=\"Public web\"];"
        " m[type=llm,label=\"GPT-4o\"]; u->a; a->m; m->a; w->k; k->a}",
        {"TMC-LLM-001", "m", true}, {"TMC-LLM-002", "m", true});
  /* The principle holds for any catalog: two user rules on the same kind,
   * the second's ids within the first's. */
  static const char yaml[] =
      "rules:\n"
      "  - id: USR-A-001\n    title: Broad tool misuse\n    applies_to: [process]\n"
      "    stride: [I, D, E]\n    atlas: [AML.T0053, AML.T0086]\n    cwe: [CWE-250]\n"
      "    mitigated_by: [monitoring]\n"
      "    likelihood: 2\n    impact: 5\n    description: d\n    remediation: r\n"
      "  - id: USR-A-002\n    title: Narrow agency\n    applies_to: [process]\n"
      "    stride: [E]\n    atlas: [AML.T0053]\n    cwe: [CWE-250]\n"
      "    mitigated_by: [authentication]\n"
      "    likelihood: 4\n    impact: 3\n    description: d\n    remediation: r\n";
  tmc_catalog *c = NULL;
  tmc_diags d = TMC_DIAGS_INIT;
  assert_int_equal(tmc_catalog_new(&c, &d), 0);
  assert_int_equal(tmc_catalog_add_memory(c, "user.yaml", yaml, strlen(yaml), &d), 0);
  const char *dot = "digraph{p[label=\"Worker\"]}";
  tmc_ir *ir = ir_analysed("case.dot", dot, strlen(dot), c, NULL, &d);
  const tmc_finding *f = finding_of(ir, "USR-A-002", "p");
  assert_non_null(f);
  assert_null(finding_of(ir, "USR-A-001", "p"));
  assert_true(tmc_strlist_has(&f->atlas, "AML.T0086"));
  /* the worse of the two: likelihood 4 of its own, impact 5 of the other */
  assert_true(f->likelihood >= 4 && f->impact >= 5);
  /* and both rules' controls: monitoring still closes what it absorbed */
  assert_true(tmc_strlist_has(&f->mitigations, "authentication"));
  assert_true(tmc_strlist_has(&f->mitigations, "monitoring"));
  tmc_ir_free(ir);
  tmc_diags_free(&d);
  tmc_catalog_free(c);
}

/* A data platform's web UI (TMC-APP-020): Spark, Airflow, Jupyter, MLflow,
 * Kibana or a BI tool that people reach from a less trusted zone. Not the
 * same product used only from inside its own zone, nor a job that only
 * reads a store. */
static void test_platform_ui(void **state) {
  CHECK(
      "digraph{subgraph cluster_i{label=\"Internet\"; v[shape=box,label=\"Contractor\"]}"
      " subgraph cluster_a{label=\"Analytics VPC\"; k[label=\"Kibana\"];"
      " es[shape=cylinder,label=\"Log index\"]} v->k; k->es; es->k}",
      {"TMC-APP-020", "k", true});
  /* Worded otherwise: an Airflow web server partners open, zones by trust. */
  CHECK("digraph{subgraph cluster_p{label=\"Partner network\"; trust=0;"
        " p[shape=box,label=\"Partner ops team\"]}"
        " subgraph cluster_d{label=\"Data platform\"; trust=2;"
        " af[label=\"Airflow webserver\"]; m[shape=cylinder,label=\"Metadata DB\"]}"
        " p->af; af->m}",
        {"TMC-APP-020", "af", true});
  /* Used only from inside its own zone, or a job nobody visits: nothing. */
  CHECK("digraph{subgraph cluster_a{label=\"Internal\"; a[shape=box,label=\"Analyst\"];"
        " nb[label=\"JupyterHub\"]; l[shape=cylinder,label=\"Lake\"]} a->nb; nb->l}",
        {"TMC-APP-020", "nb", false});
  CHECK("digraph{subgraph cluster_i{label=\"Internet\"; s[shape=cylinder,label=\"Drop "
        "bucket\"]}"
        " subgraph cluster_a{label=\"Internal\"; j[label=\"Spark nightly job\"]} s->j}",
        {"TMC-APP-020", "j", false});
}

/* An unauthenticated telemetry endpoint (TMC-APP-021): devices, apps or
 * browsers post telemetry, metrics or events to the system's own code. */
static void test_telemetry_endpoint(void **state) {
  CHECK(
      "digraph{subgraph cluster_i{label=\"Internet\"; ph[shape=box,label=\"Field app\"]}"
      " subgraph cluster_a{label=\"Backend\"; t[label=\"Metrics collector\"];"
      " ts[shape=cylinder,label=\"Time series DB\"]} ph->t; t->ts}",
      {"TMC-APP-021", "t", true});
  /* Worded otherwise: cars send events to an event collector. */
  CHECK("digraph{car[shape=box,label=\"Connected car\"]; ec[label=\"Event collector "
        "(Go)\"];"
        " q[shape=cylinder,label=\"Kafka events\"]; car->ec; ec->q}",
        {"TMC-APP-021", "ec", true});
  /* Only insiders' services report to it: nothing. */
  CHECK("digraph{subgraph cluster_a{label=\"Internal\"; svc[label=\"Billing service\"];"
        " t[label=\"Telemetry collector\"]} svc->t}",
        {"TMC-APP-021", "t", false});
}

/* Devices in the physical world (TMC-APP-023..028, facts.c devices): worded
 * as a smart home, not as the door-access system the rules were tuned on
 * (tests/blind6/latchwise_doors.drawio), nor the valve station of
 * tests/noai/valve_station.dot; and a web system whose words software also
 * uses (a usage meter, a lock service, a circuit breaker, a serial number)
 * gets none of them. */
static void test_devices(void **state) {
  static const char home[] =
      "digraph{subgraph cluster_h{label=\"Customer home\";"
      " hub[label=\"Home hub (Zigbee coordinator)\"];"
      " gd[shape=box,label=\"Garage door opener\"];"
      " cam[shape=box,label=\"Hallway camera\"]}"
      " subgraph cluster_p{label=\"Owner's phone\"; app[label=\"Companion app\"]}"
      " subgraph cluster_c{label=\"Vendor cloud\"; iot[label=\"Azure IoT Hub\"];"
      " fw[shape=cylinder,label=\"Update server\"]}"
      " tech[shape=box,label=\"Installer\"];"
      " cam->hub[label=\"Zigbee: motion\"]; hub->gd[label=\"Zigbee: open\"];"
      " hub->iot[label=\"MQTT over TLS\",protocol=tls]; iot->hub[label=\"commands\"];"
      " app->iot[label=\"open garage\"]; fw->hub[label=\"OTA update\"];"
      " tech->hub[label=\"UART console\"]}";
  CHECK(home, {"TMC-APP-023", "hub -> gd", true}, {"TMC-APP-023", "cam -> hub", true},
        {"TMC-APP-023", "hub -> iot", false}, {"TMC-APP-024", "tech -> hub", true},
        {"TMC-APP-024", "fw -> hub", false}, {"TMC-APP-025", "hub", true},
        {"TMC-APP-025", "app", false}, {"TMC-APP-025", "gd", false},
        {"TMC-APP-026", "fw -> hub", true}, {"TMC-APP-026", "tech -> hub", false},
        {"TMC-APP-027", "iot", true}, {"TMC-APP-028", "iot -> hub", true},
        {"TMC-APP-028", "fw -> hub", false});
  tmc_diags d = TMC_DIAGS_INIT;
  tmc_ir *ir = ir_analysed("case.dot", home, strlen(home), cat, NULL, &d);
  /* elem() fails when the id is missing: a renamed node fails the test
   * instead of skipping its checks. */
  const tmc_element_facts *x = &ir->elements[elem(ir, "gd")].facts;
  assert_true(x->actuator && x->field_device && !x->sensor); /* it acts; no camera */
  x = &ir->elements[elem(ir, "cam")].facts;
  assert_true(x->sensor && x->field_device && !x->actuator);
  x = &ir->elements[elem(ir, "hub")].facts; /* it drives the opener */
  assert_true(x->field_device && x->drives_actuator && !x->sensor);
  x = &ir->elements[elem(ir, "iot")].facts;
  assert_true(x->device_broker && !x->field_device);
  tmc_ir_free(ir);
  tmc_diags_free(&d);
  /* A phone's camera senses, in its owner's hand: no device in the field. */
  static const char phone[] =
      "digraph{subgraph cluster_p{label=\"User's phone\"; c[label=\"Front camera\"];"
      " a[label=\"Banking app\"]} api[label=\"Onboarding API\"]; c->a; a->api}";
  ir = ir_analysed("case.dot", phone, strlen(phone), cat, NULL, &d);
  x = &ir->elements[elem(ir, "c")].facts;
  assert_true(x->sensor && !x->field_device);
  tmc_ir_free(ir);
  tmc_diags_free(&d);
  CHECK(phone, {"TMC-APP-025", "c", false});
  /* Software's own meters, locks, breakers and serial numbers are no devices. */
  CHECK("digraph{u[shape=box,label=\"Customer\"]; w[label=\"Web app\"];"
        " m[label=\"Usage meter service\"]; l[label=\"Lock service (Redis)\"];"
        " b[label=\"Circuit breaker proxy\"]; r[label=\"Relay (SMTP)\"];"
        " u->w[label=\"login\"]; w->m[label=\"serial number, usage\"]; w->l; w->b;"
        " b->r[label=\"mail over serial queue\"]}",
        {"TMC-APP-023", "w -> m", false}, {"TMC-APP-025", "m", false},
        {"TMC-APP-025", "l", false}, {"TMC-APP-025", "b", false},
        {"TMC-APP-025", "r", false}, {"TMC-APP-028", "w -> m", false},
        {"TMC-APP-024", "w -> m", false});
  /* Software about devices (a review found each of these made a device,
   * one with a critical attack path): the head noun says software. */
  static const char about[] =
      "digraph{u[shape=box,label=\"Customer\"]; w[label=\"Web app\"];"
      " cu[label=\"Camera upload service\"]; ms[label=\"Ingest service (MQTT "
      "subscriber)\"]; pd[label=\"Pump status dashboard\"];"
      " u->w; w->cu; w->pd; ms->pd[label=\"pump readings\"]}";
  CHECK(about, {"TMC-APP-025", "cu", false}, {"TMC-APP-025", "pd", false},
        {"TMC-APP-027", "ms", false});
  ir = ir_analysed("case.dot", about, strlen(about), cat, NULL, &d);
  assert_int_equal(ir->n_elements, 5);
  for (uint32_t i = 0; i < ir->n_elements; i++) {
    x = &ir->elements[i].facts;
    assert_false(x->field_device || x->actuator || x->device_broker);
  }
  assert_false(ir->elements[elem(ir, "cu")].facts.sensor);
  tmc_ir_free(ir);
  tmc_diags_free(&d);
}

/* Tenant-wide SaaS app permissions (TMC-APP-022): code that reads a suite's
 * mail, drives or chat through its API. Not a mail server (a product), not
 * an agent (its rights are its excessive agency, TMC-LLM-007). */
static void test_saas_permissions(void **state) {
  CHECK("digraph{mb[shape=cylinder,label=\"Support shared mailbox\"];"
        " p[label=\"Ticket importer (Graph API)\"]; db[shape=cylinder,label=\"Tickets\"];"
        " mb->p; p->db}",
        {"TMC-APP-022", "p", true});
  /* Worded otherwise: a sync job writing reports into Google Drive. */
  CHECK(
      "digraph{r[label=\"Weekly report sync\"]; d[shape=cylinder,label=\"Finance Google "
      "Drive\"]; w[shape=cylinder,label=\"Warehouse\"]; w->r; r->d}",
      {"TMC-APP-022", "r", true});
  CHECK("digraph{mb[shape=cylinder,label=\"Mailboxes\"]; x[label=\"Exchange server\"];"
        " u[shape=box,label=\"Staff\"]; u->x; x->mb; mb->x}",
        {"TMC-APP-022", "x", false});
  CHECK(
      "digraph{u[shape=box,label=\"Employee\"]; a[label=\"Assistant agent\",role=agent];"
      " m[type=llm,label=\"LLM\"]; mb[shape=cylinder,label=\"Inbox\"];"
      " u->a; a->m; m->a; mb->a}",
      {"TMC-APP-022", "a", false}, {"TMC-LLM-007", "a", true});
}

/* RAG-002's index branch needs content known to be confidential or that
 * each person may read only part of (fact access_scoped): repositories,
 * mailboxes, people's records; not an index of public help articles whose
 * sensitivity nobody wrote. */
/* A literal, so -Wformat=2 checks it (./check's ASan build). */
#define RAG_INDEX_FMT                                                                    \
  "digraph{u[shape=box,label=\"Visitor\"]; src[shape=cylinder,label=\"%s\"];"            \
  " ing[label=\"Nightly indexer\",role=ingestion]; ix[shape=cylinder,label=\"Chunk "     \
  "index\"];"                                                                            \
  " bot[label=\"Answer service\",role=prompt_assembler]; m[type=llm,label=\"LLM\"];"     \
  " src->ing; ing->ix; ix->bot; u->bot; bot->m; m->bot; bot->u}"
static void test_rag_index_scope(void **state) {
  static const struct {
    const char *source;
    bool fires;
  } cases[] = {
      {"Help centre articles", false},
      {"Product FAQ pages", false},
      {"Engineering Git repositories", true},
      {"HR case files", true},
      {"Zendesk tickets", true},
  };
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    char dot[768];
    snprintf(dot, sizeof dot, RAG_INDEX_FMT, cases[i].source);
    CHECK(dot, {"TMC-RAG-002", "ix", cases[i].fires});
  }
  /* Known confidential by what is written: fires whatever the names say. */
  CHECK("digraph{src[shape=cylinder,label=\"Articles\",sensitivity=confidential];"
        " ing[label=\"Loader\",role=ingestion]; ix[shape=cylinder,label=\"Index\"];"
        " bot[label=\"Bot\",role=prompt_assembler]; m[type=llm,label=\"LLM\"];"
        " src->ing; ing->ix; ix->bot; bot->m; m->bot}",
        {"TMC-RAG-002", "ix", true});
}

/* Credential words in the other languages diagrams are drawn in: a flow
 * saying them carries credentials, as "password" or "API key" do. */
static void test_credential_words_languages(void **state) {
  static const char *const labels[] = {"Zugangsdaten",        "Passwort (Basic Auth)",
                                       "API-Schlüssel",       "mot de passe",
                                       "identifiants SFTP",   "contraseña",
                                       "credenciales del ERP"};
  for (size_t i = 0; i < sizeof labels / sizeof *labels; i++) {
    char dot[256];
    snprintf(dot, sizeof dot,
             "digraph{a[label=\"Dienst\"]; b[label=\"Service\"]; a->b[label=\"%s\"]}",
             labels[i]);
    tmc_diags d = TMC_DIAGS_INIT;
    tmc_ir *ir = ir_analysed("case.dot", dot, strlen(dot), cat, NULL, &d);
    assert_int_equal(ir->n_flows, 1);
    if (!ir->flows[0].facts.carries_credentials)
      fprintf(stderr, "no credentials in '%s'\n", labels[i]);
    assert_true(ir->flows[0].facts.carries_credentials);
    tmc_ir_free(ir);
    tmc_diags_free(&d);
  }
  /* A key that is not a secret: a lookup key opens nothing. */
  const char *dot = "digraph{a[label=\"Dienst\"]; b[label=\"Service\"];"
                    " a->b[label=\"Kundennummer als Schlüsselfeld\"]}";
  tmc_diags d = TMC_DIAGS_INIT;
  tmc_ir *ir = ir_analysed("case.dot", dot, strlen(dot), cat, NULL, &d);
  assert_false(ir->flows[0].facts.carries_credentials);
  tmc_ir_free(ir);
  tmc_diags_free(&d);
}

/* A flow whose label or protocol names a cleartext protocol (TMC-APP-029);
 * with sensitive data known across a boundary, TMC-DISC-001 says it once. */
static void test_cleartext_protocol(void **state) {
  CHECK("digraph{db[shape=cylinder,label=\"Claims DB\"];"
        " ins[shape=box,label=\"Reinsurer\"];"
        " db->ins[label=\"weekly claims extract via FTP\"]}",
        {"TMC-APP-029", "db -> ins", true});
  CHECK("digraph{ops[shape=box,label=\"Network admin\"]; sw[label=\"Core switch\"];"
        " ops->sw[label=\"config over telnet\"]; a[label=\"Agent\"];"
        " sw->a[label=\"SFTP drop of running-config\"];"
        " a->ops[label=\"report (FTPS)\"]}",
        {"TMC-APP-029", "ops -> sw", true}, {"TMC-APP-029", "sw -> a", false},
        {"TMC-APP-029", "a -> ops", false});
  /* written encrypted: the label's protocol is tunnelled */
  CHECK("digraph{a[label=\"Exporter\"]; b[shape=box,label=\"Bank\"];"
        " a->b[label=\"FTP\",encrypted=true]}",
        {"TMC-APP-029", "a -> b", false});
  /* sensitive data across a boundary: one finding, saying what is exposed */
  CHECK("digraph{subgraph cluster_a{label=\"Internet\";trust=0;"
        " p[shape=box,label=\"Payroll bureau\"]}"
        " subgraph cluster_b{label=\"Corporate network\";trust=2; h[label=\"HR export\"]}"
        " h->p[label=\"salaries over plain FTP\",data=pii,sensitivity=confidential]}",
        {"TMC-DISC-001", "h -> p", true}, {"TMC-APP-029", "h -> p", false},
        {"TMC-TAMPER-001", "h -> p", false});
}

/* Who made a decision others act on (TMC-REPUD-003): a person, code a person
 * uses, or a tool an LLM drives writes labels, verdicts, a release or an
 * order into a store or to an outside party; and an agent whose tools act
 * under one identity (TMC-REPUD-004). */
static void test_decisions_on_record(void **state) {
  CHECK(
      "digraph{an[shape=box,label=\"Underwriting staff\"]; ui[label=\"Review console\"];"
      " ds[shape=cylinder,label=\"Training set\"];"
      " an->ui[label=\"approve / reject\"]; ui->ds[label=\"final verdicts\"];"
      " ui->an[label=\"next verdict to check\"]}",
      {"TMC-REPUD-003", "ui -> ds", true}, {"TMC-REPUD-003", "ui -> an", false},
      {"TMC-REPUD-003", "an -> ui", false}, {"TMC-REPUD-001", "ui", true});
  /* a person's write into a model registry is a release, whatever it says */
  CHECK("digraph{rel[shape=box,label=\"Release manager\"];"
        " reg[shape=cylinder,label=\"Model registry\"];"
        " rel->reg[label=\"set stage: live\"]}",
        {"TMC-REPUD-003", "rel -> reg", true});
  /* a tool the LLM drives places an order with a supplier */
  CHECK("digraph{u[shape=box,label=\"Buyer\"]; ag[label=\"Procurement agent\"];"
        " llm[type=llm,label=\"GPT-4o\"]; po[type=agent_tool,label=\"purchasing tool\"];"
        " sup[shape=box,label=\"Acme Supplies\"];"
        " u->ag; ag->llm; llm->ag; ag->po[label=\"call\"];"
        " po->sup[label=\"purchase order\"]}",
        {"TMC-REPUD-003", "po -> sup", true}, {"TMC-REPUD-004", "ag", true},
        {"TMC-REPUD-001", "ag", false});
  /* nobody decides: a batch job loads files; a log is the trail; a lookup
   * writes nothing */
  CHECK("digraph{f[shape=cylinder,label=\"Chargeback files\"]; job[label=\"Loader\"];"
        " ds[shape=cylinder,label=\"Labelled history\"];"
        " f->job; job->ds[label=\"chargeback labels\"];"
        " op[shape=box,label=\"Operator\"]; lg[shape=cylinder,label=\"Audit log\"];"
        " op->lg[label=\"override decisions\"];"
        " cl[shape=box,label=\"Clerk\"]; db[shape=cylinder,label=\"Orders DB\"];"
        " cl->db[label=\"lookup orders\"]}",
        {"TMC-REPUD-003", "job -> ds", false}, {"TMC-REPUD-003", "op -> lg", false},
        {"TMC-REPUD-003", "cl -> db", false});
  /* an agent whose only tool reads acts on nothing */
  CHECK("digraph{u[shape=box,label=\"Employee\"]; ag[label=\"Helpdesk agent\"];"
        " llm[type=llm,label=\"Mistral\"];"
        " t[type=agent_tool,label=\"wiki search (read-only)\"];"
        " w[shape=cylinder,label=\"Wiki\"];"
        " u->ag; ag->llm; llm->ag; ag->t; w->t[label=\"pages\"]; t->ag}",
        {"TMC-REPUD-004", "ag", false});
  /* a payment or a device command ordered by people behind an API: the code
   * that pays or commands is where the trail is kept (TMC-REPUD-006) */
  CHECK(
      "digraph{subgraph cluster_c{label=\"Cloud\"; fm[shape=box,label=\"Facility "
      "manager\"];"
      " p[label=\"Web portal\"]; svc[label=\"Lock service\"]; br[label=\"MQTT broker\"]}"
      " subgraph cluster_s{label=\"Building\"; lk[label=\"Smart door lock\"]}"
      " fm->p[label=\"open door 3\"]; p->svc[label=\"unlock request\"];"
      " svc->br[label=\"publish unlock\"]; br->lk[label=\"unlock command\"]}",
      {"TMC-REPUD-006", "svc", true}, {"TMC-REPUD-006", "br", false},
      {"TMC-REPUD-001", "p", true});
  CHECK("digraph{c[shape=box,label=\"Customer\"]; subgraph cluster_a{label=\"Shop\";"
        " gw[label=\"API gateway\"]; rf[label=\"Refund payout service\"];"
        " db[shape=cylinder,label=\"Orders DB\"]} psp[shape=box,label=\"Stripe\"]"
        " c->gw[label=\"HTTPS\"]; gw->rf; rf->db; rf->psp[label=\"payout\"]}",
        {"TMC-REPUD-006", "rf", true});
  /* nobody orders it: a timer opens the valve */
  CHECK("digraph{subgraph cluster_c{label=\"Cloud\"; cr[label=\"Cron scheduler\"];"
        " svc[label=\"Irrigation control service (Lambda)\"]}"
        " subgraph cluster_s{label=\"Field\"; v[label=\"Valve actuator\"]}"
        " cr->svc[label=\"06:00 tick\"]; svc->v[label=\"open valve\"]}",
        {"TMC-REPUD-006", "svc", false});
}

/* A broker every device connects to floods (TMC-APP-030); a broker between
 * services is no device broker. */
static void test_device_broker_flood(void **state) {
  CHECK("digraph{th[shape=box,label=\"Smart thermostats\"]; mq[label=\"Mosquitto\"];"
        " svc[label=\"Readings consumer\"];"
        " th->mq[label=\"publish temperature\"]; mq->svc}",
        {"TMC-APP-030", "mq", true}, {"TMC-DOS-001", "mq", false});
  CHECK("digraph{tr[shape=box,label=\"Delivery vans (telematics unit)\"];"
        " hub[label=\"Fleet IoT hub\"]; tr->hub[label=\"GPS every 10 s\"];"
        " hub->ing[label=\"positions\"]; ing[label=\"Ingest\"]}",
        {"TMC-APP-030", "hub", true});
  CHECK("digraph{a[label=\"Orders API\"]; q[label=\"RabbitMQ\"]; w[label=\"Worker\"];"
        " a->q; q->w}",
        {"TMC-APP-030", "q", false});
}

/* A headless browser renders HTML that outside content reaches: the URLs it
 * names are fetched (TMC-APP-005) and heavy pages hold its workers
 * (TMC-APP-031). The HTML may come through a store: a label that reads and
 * writes ("Reads from and writes to", C4's default) carries it in. */
static void test_headless_renderer(void **state) {
  CHECK("digraph{subgraph cluster_i{label=\"Internet\"; u[shape=box,label=\"Tenant "
        "admin\"]}"
        " subgraph cluster_a{label=\"Production\"; app[label=\"Report designer\"];"
        " db[shape=cylinder,label=\"Reports DB\"];"
        " r[label=\"Exporter (Puppeteer)\"]; b[shape=cylinder,label=\"Exports bucket\"]}"
        " u->app[label=\"custom HTML blocks\"]; app->db[label=\"reads and writes\"];"
        " db->r[label=\"export jobs\"]; r->b}",
        {"TMC-APP-005", "r", true}, {"TMC-APP-031", "r", true});
  CHECK("digraph{c[shape=box,label=\"Customer\"]; api[label=\"Screenshot API\"];"
        " hc[label=\"Snapshot workers (Playwright)\"]; c->api[label=\"page to capture\"];"
        " api->hc}",
        {"TMC-APP-031", "hc", true}, {"TMC-DOS-001", "hc", false},
        {"TMC-APP-005", "hc", true});
  /* our own fixed pages, nobody outside reaches them: nothing */
  CHECK(
      "digraph{cron[label=\"Nightly scheduler\"]; t[shape=cylinder,label=\"Templates\"];"
      " r[label=\"wkhtmltopdf renderer\"]; cron->r; t->r}",
      {"TMC-APP-031", "r", false}, {"TMC-APP-005", "r", false});
}

/* A query into a store that also says it writes puts data in: taint
 * reaches what reads the store; a plain query puts nothing in. */
static void test_query_that_writes(void **state) {
  static const char rw[] =
      "digraph{u[shape=box,label=\"Visitor\"]; app[label=\"Guestbook\"];"
      " db[shape=cylinder,label=\"Entries\"]; job[label=\"Digest builder\"];"
      " u->app; app->db[label=\"%s\"]; db->job}";
  const char *labels[] = {"Reads from and writes to", "get/set", "read / update"};
  char dot[512];
  for (size_t i = 0; i < sizeof labels / sizeof *labels; i++) {
    snprintf(dot, sizeof dot, rw, labels[i]);
    tmc_diags d = TMC_DIAGS_INIT;
    tmc_ir *ir = ir_analysed("case.dot", dot, strlen(dot), cat, NULL, &d);
    assert_true(ir->elements[elem(ir, "job")].facts.tainted);
    tmc_ir_free(ir);
    tmc_diags_free(&d);
  }
  /* A trainer that reads and writes its features dataset keeps no weights
   * there (its model goes to the registry); a bucket it writes does. */
  static const char tr[] =
      "digraph{ds[shape=cylinder,label=\"Feature parquet files\",type=dataset];"
      " tj[label=\"Training job\",type=pipeline];"
      " reg[shape=cylinder,label=\"Model registry\"];"
      " out[shape=cylinder,label=\"Job output bucket\"];"
      " tj->ds[label=\"read / write features\"]; tj->reg[label=\"model\"];"
      " tj->out}";
  tmc_diags dt = TMC_DIAGS_INIT;
  tmc_ir *it = ir_analysed("case.dot", tr, strlen(tr), cat, NULL, &dt);
  assert_false(it->elements[elem(it, "ds")].facts.model_artifacts);
  assert_true(it->elements[elem(it, "out")].facts.model_artifacts);
  tmc_ir_free(it);
  tmc_diags_free(&dt);
  /* plain queries, one naming a result "set" (not the verb) */
  const char *reads[] = {"lookup entries", "fetch feature set", "SELECT result set"};
  for (size_t i = 0; i < sizeof reads / sizeof *reads; i++) {
    snprintf(dot, sizeof dot, rw, reads[i]);
    tmc_diags d = TMC_DIAGS_INIT;
    tmc_ir *ir = ir_analysed("case.dot", dot, strlen(dot), cat, NULL, &d);
    assert_false(ir->elements[elem(ir, "job")].facts.tainted);
    tmc_ir_free(ir);
    tmc_diags_free(&d);
  }
}

/* A flow that names an owner or admin account (TMC-APP-032); seats, slots
 * or stock held for whoever asks (TMC-APP-033). */
static void test_privileges_and_holds(void **state) {
  CHECK("digraph{j[label=\"Sync job\"]; db[shape=cylinder,label=\"Search index\"];"
        " k[label=\"Reporting API\"]; w[shape=cylinder,label=\"Warehouse\"];"
        " ops[shape=box,label=\"DBA\"];"
        " j->db[label=\"bulk load as superuser\"]; k->w[label=\"read-only role\"];"
        " ops->w[label=\"migrations (owner role)\"]}",
        {"TMC-APP-032", "j -> db", true}, {"TMC-APP-032", "k -> w", false},
        {"TMC-APP-032", "ops -> w", true});
  CHECK("digraph{p[shape=box,label=\"Patients\"]; app[label=\"Booking app\"];"
        " s[shape=cylinder,label=\"Appointment slots\"];"
        " p->app; app->s[label=\"reserve slot\"]}",
        {"TMC-APP-033", "s", true});
  CHECK("digraph{subgraph cluster_i{label=\"Internet\"; b[shape=box,label=\"Shoppers\"]}"
        " subgraph cluster_a{label=\"Shop\"; api[label=\"Checkout API\"];"
        " r[shape=cylinder,label=\"Redis\"]}"
        " b->api; api->r[label=\"stock reservation (15 min)\"]}",
        {"TMC-APP-033", "r", true});
  /* a back office's own bookings of rooms nobody outside reaches */
  CHECK("digraph{cron[label=\"Nightly planner\"];"
        " r[shape=cylinder,label=\"Room reservations\"]; cron->r}",
        {"TMC-APP-033", "r", false});
}

/* A ledger whose entries must say who caused them (TMC-REPUD-005); the
 * scheduler of a batch job outside files reach stops with it
 * (TMC-APP-019 on both). */
static void test_ledgers_and_schedulers(void **state) {
  CHECK("digraph{api[label=\"Metering API\"]; l[shape=cylinder,label=\"Credits ledger\"];"
        " lg[shape=cylinder,label=\"Request logs\"]; api->l[label=\"debit\"];"
        " api->lg}",
        {"TMC-REPUD-005", "l", true}, {"TMC-REPUD-005", "lg", false});
  CHECK("digraph{p[shape=box,label=\"Carrier (SFTP drop)\"];"
        " in[shape=cylinder,label=\"Inbound files\"];"
        " dag[label=\"Dagster schedule\",tech=etl]; load[label=\"Loader (Spark)\"];"
        " dw[shape=cylinder,label=\"Warehouse\"];"
        " p->in; in->load; dag->load[label=\"trigger\"]; load->dw}",
        {"TMC-APP-019", "load", true}, {"TMC-APP-019", "dag", true});
  /* the files are our own exports: nothing outside reaches the job */
  CHECK("digraph{db[shape=cylinder,label=\"Orders DB\"];"
        " dag[label=\"Airflow\"]; load[label=\"Spark aggregation\"];"
        " db->load; dag->load; load->db}",
        {"TMC-APP-019", "dag", false});
}

/* A job scheduler that starts other code (TMC-APP-036): worded as
 * enterprise workload automation and as a cron host, neither the Control-M
 * nor the Airflow of the diagrams it was found on. A scheduler word on code
 * that starts nothing, and a service calling another, raise nothing. */
static void test_job_schedulers(void **state) {
  CHECK("digraph{subgraph cluster_m{label=\"Mainframe\"; as[label=\"AutoSys workload "
        "automation\"];"
        " gl[label=\"GL posting batch (COBOL)\"]; led[shape=cylinder,label=\"General "
        "ledger\"]}"
        " as->gl[label=\"start job\"]; gl->led}",
        {"TMC-APP-036", "as", true}, {"TMC-APP-036", "gl", false});
  CHECK("digraph{cr[label=\"crontab on ops-01\"]; sh[label=\"invoice export script\"];"
        " o[shape=cylinder,label=\"Orders\"]; cr->sh[label=\"02:00\"]; o->sh}",
        {"TMC-APP-036", "cr", true});
  CHECK("digraph{ts[label=\"Task scheduler\"]; q[shape=cylinder,label=\"Report cache\"];"
        " a[label=\"Order service\"]; b[label=\"Payment service\"];"
        " ts->q[label=\"refresh\"]; a->b[label=\"charge\"]}",
        {"TMC-APP-036", "ts", false}, {"TMC-APP-036", "a", false});
}

/* Code behind a gateway, load balancer or CDN acts on the records callers
 * name (TMC-EOP-004): a Kong gateway before a claims service, an ingress
 * and a CDN chained before a tenant API. The front itself, code nobody
 * outside reaches, and code taking requests straight from the Internet
 * (TMC-EOP-002's) get none. */
static void test_fronted_object_checks(void **state) {
  CHECK("digraph{subgraph cluster_i{label=\"Internet\"; "
        "c[shape=box,label=\"Policyholder\"]}"
        " subgraph cluster_a{label=\"Insurer\"; k[label=\"Kong\"];"
        " cl[label=\"claims-service\"]; db[shape=cylinder,label=\"Claims\"];"
        " w[label=\"fraud batch\"]}"
        " c->k[label=\"HTTPS\"]; k->cl; cl->db; db->w; w->db}",
        {"TMC-EOP-004", "cl", true}, {"TMC-EOP-004", "k", false},
        {"TMC-EOP-004", "w", false}, {"TMC-EOP-002", "k", true});
  CHECK("digraph{subgraph cluster_i{label=\"Internet\"; u[shape=box,label=\"Tenant "
        "admin\"]}"
        " subgraph cluster_a{label=\"SaaS\"; cdn[label=\"Cloudflare CDN\"];"
        " lb[label=\"nginx ingress load balancer\"]; api[label=\"tenant-api\"];"
        " s[shape=cylinder,label=\"Workspaces\"]}"
        " u->cdn; cdn->lb; lb->api; api->s; s->api}",
        {"TMC-EOP-004", "api", true}, {"TMC-EOP-004", "lb", false});
  CHECK("digraph{subgraph cluster_i{label=\"Internet\"; u[shape=box,label=\"Customer\"]}"
        " subgraph cluster_a{label=\"Shop\"; api[label=\"orders-api\"];"
        " db[shape=cylinder,label=\"Orders\"]} u->api; api->db}",
        {"TMC-EOP-004", "api", false});
}

/* A device ordered over the local radio by code that is no device, or on a
 * flow that carries firmware and commands together, is commanded all the
 * same: who ordered it is on record (TMC-REPUD-006); a phone app's BLE link
 * to a lock is its owner's. */
static void test_device_orders_widened(void **state) {
  CHECK(
      "digraph{subgraph cluster_c{label=\"Cloud\"; op[shape=box,label=\"Operator\"];"
      " ctl[label=\"Gate control Lambda\"]}"
      " subgraph cluster_s{label=\"Site\"; gate[label=\"Barrier gate actuator\"]}"
      " op->ctl[label=\"open request\"]; ctl->gate[label=\"via LoRa gateway (Modbus)\"]}",
      {"TMC-REPUD-006", "ctl", true});
  CHECK("digraph{subgraph cluster_c{label=\"Cloud\"; d[shape=box,label=\"Depot staff\"];"
        " api[label=\"fleet service\"]; hub[label=\"Azure IoT Hub\"]}"
        " subgraph cluster_f{label=\"Field\"; t[label=\"Truck telematics unit\"]}"
        " d->api; api->hub[label=\"publish\"];"
        " hub->t[label=\"firmware update + immobilise\"]}",
        {"TMC-REPUD-006", "api", true});
  CHECK("digraph{subgraph cluster_p{label=\"User's phone\"; app[label=\"Lock "
        "app\",tech=mobile_app]}"
        " subgraph cluster_h{label=\"Home\"; lk[label=\"Smart door lock\"]}"
        " app->lk[label=\"BLE\"]}",
        {"TMC-REPUD-006", "app", false});
  /* A word of a chip or a tool is no order: "ARM64 firmware" is an image to
   * install, "version control" a repository (review13's probe, worded
   * otherwise). */
  CHECK("digraph{subgraph cluster_c{label=\"Cloud\"; fw[label=\"Firmware release "
        "service\"]}"
        " subgraph cluster_f{label=\"Field\"; m[label=\"Water meter\"]}"
        " fw->m[label=\"ARM64 firmware bundle\"]}",
        {"TMC-APP-028", "fw -> m", false});
  CHECK("digraph{subgraph cluster_c{label=\"Cloud\"; o[label=\"OTA updater\"]}"
        " subgraph cluster_f{label=\"Depot\"; k[label=\"Charging kiosk\"]}"
        " o->k[label=\"image from version control\"]}",
        {"TMC-APP-028", "o -> k", false});
}

/* Our code calling a vendor's service across the Internet (TMC-SPOOF-005,
 * in place of TMC-TAMPER-001 there): a credit bureau and a payment provider
 * worded otherwise than the Adyen it was found on. A flow marked encrypted,
 * a vendor's webhook into us and a call between our own zones do not get it. */
static void test_vendor_endpoint(void **state) {
  CHECK("digraph{subgraph cluster_a{label=\"Insurer DC\"; q[label=\"Quote engine\"];"
        " b[label=\"Billing worker\"]; o[label=\"Orders service\"]}"
        " subgraph cluster_v{label=\"Internet\";"
        " x[shape=box,label=\"Experian bureau API\",source=third_party];"
        " pp[shape=box,label=\"PayPal payouts\",source=third_party]}"
        " subgraph cluster_d{label=\"Partner DC\"; r[label=\"Reports service\"]}"
        " q->x[label=\"credit check\"]; b->pp[label=\"payout\",encrypted=yes];"
        " pp->b[label=\"webhook\"]; o->r[label=\"daily totals\"]}",
        {"TMC-SPOOF-005", "q -> x", true}, {"TMC-TAMPER-001", "q -> x", false},
        {"TMC-SPOOF-005", "b -> pp", false}, {"TMC-SPOOF-005", "pp -> b", false},
        {"TMC-SPOOF-005", "o -> r", false}, {"TMC-TAMPER-001", "o -> r", true});
  CHECK("digraph{subgraph cluster_a{label=\"Shop\"; c[label=\"checkout-api\"]}"
        " m[shape=box,label=\"Mollie payments (SaaS)\"];"
        " c->m[label=\"create payment\"]}",
        {"TMC-SPOOF-005", "c -> m", true});
}

/* The identity an outsider's message gives looked up in a store that maps
 * outside ids to ours (TMC-SPOOF-004 by structure, no "by e-mail" on the
 * flow): a Teams bot reading "Account links", a WhatsApp handler reading a
 * sender map. A nightly directory sync nobody outside reaches, and an
 * outsider's lookup in an orders table, are not it. */
static void test_identity_lookups(void **state) {
  CHECK(
      "digraph{subgraph cluster_i{label=\"Internet\"; t[shape=box,label=\"Teams users\"];"
      " w[shape=box,label=\"WhatsApp customers\"]}"
      " subgraph cluster_a{label=\"Internal\"; b[label=\"Teams bot handler\"];"
      " al[shape=cylinder,label=\"Account links\"]; h[label=\"WhatsApp webhook "
      "handler\"];"
      " sm[shape=cylinder,label=\"Sender map (phone to customer)\"];"
      " o[shape=cylinder,label=\"Orders\"]; sy[label=\"Nightly directory sync\"];"
      " ad[shape=cylinder,label=\"AD identity mapping\"]}"
      " t->b[label=\"message\"]; b->al[label=\"aad object id\"]; al->b[label=\"user\"];"
      " w->h[label=\"message\"]; h->sm[label=\"lookup\"]; sm->h[label=\"customer\"];"
      " h->o[label=\"order id\"]; o->h[label=\"order\"];"
      " sy->ad[label=\"upsert\"]; ad->sy[label=\"rows\"]}",
      {"TMC-SPOOF-004", "b -> al", true}, {"TMC-SPOOF-004", "h -> sm", true},
      {"TMC-SPOOF-004", "h -> o", false}, {"TMC-SPOOF-004", "sy -> ad", false});
}

/* A broker's topic policy is also whose name a device speaks in
 * (TMC-APP-027 says S with CWE-287): a cloned meter key on a HiveMQ broker,
 * vehicles on Azure IoT Hub. */
static void test_broker_spoofing(void **state) {
  (void)state;
  static const char *const dots[] = {
      "digraph{subgraph cluster_f{label=\"Field\"; m[label=\"Smart meter (NB-IoT)\"]}"
      " subgraph cluster_c{label=\"Cloud\"; b[label=\"HiveMQ broker\"]}"
      " m->b[label=\"readings (client cert)\"]}",
      "digraph{subgraph cluster_f{label=\"Fleet\"; v[label=\"Truck telematics unit\"]}"
      " subgraph cluster_c{label=\"Azure\"; h[label=\"Azure IoT Hub\"]}"
      " v->h[label=\"telemetry\"]}"};
  for (size_t k = 0; k < sizeof dots / sizeof *dots; k++) {
    tmc_diags d = TMC_DIAGS_INIT;
    tmc_ir *ir = ir_analysed("case.dot", dots[k], strlen(dots[k]), cat, NULL, &d);
    bool said = false;
    for (uint32_t i = 0; i < ir->n_findings; i++) {
      const tmc_finding *f = &ir->findings[i];
      if (strcmp(f->rule_id, "TMC-APP-027") != 0 || !(f->stride & TMC_STRIDE_S))
        continue;
      for (uint32_t c = 0; c < f->cwe.n && !said; c++)
        said = strcmp(f->cwe.v[c], "CWE-287") == 0;
    }
    tmc_ir_free(ir);
    tmc_diags_free(&d);
    assert_true(said);
  }
}

/* A model's output sent on with nobody deciding each case is a decision on
 * record (TMC-REPUD-003): an auto-reply to a help desk, straight-through
 * approval into a policy store. The same output queued as a draft for a
 * person is not. */
static void test_automatic_actions(void **state) {
  CHECK("digraph{u[shape=box,label=\"Customer\"]; bot[label=\"Support bot\"];"
        " llm[type=llm,label=\"Claude (Anthropic API)\"];"
        " zd[shape=box,label=\"Zendesk\"]; p[shape=cylinder,label=\"Policies\"];"
        " uw[label=\"Underwriting service\"]; q[shape=cylinder,label=\"Review queue\"]"
        " u->bot; bot->llm; llm->bot; bot->zd[label=\"auto-reply\"];"
        " u->uw; uw->llm[label=\"risk summary\"]; llm->uw;"
        " uw->p[label=\"straight-through issue\"]; bot->q[label=\"draft answer\"]}",
        {"TMC-REPUD-003", "bot -> zd", true}, {"TMC-REPUD-003", "uw -> p", true},
        {"TMC-REPUD-003", "bot -> q", false});
}

/* ---- classic15 (issue #15): the repudiation family and IDOR behind the front */

/* Code acting for many people or for a model under one identity of its own
 * (TMC-REPUD-007): named on the code, on the credential a vault hands it, in
 * another language, or implied where a model drives a change in another
 * party's service; not with each person's delegated token, nor for a timer
 * job nobody asks, nor without any identity named. */
static void test_shared_identity(void **state) {
  CHECK("digraph{e[shape=box,label=\"Employees\"]; p[label=\"Helpdesk portal\"];"
        " sync[label=\"ticket sync\"]; kv[shape=cylinder,label=\"Key Vault\"];"
        " sap[shape=cylinder,label=\"SAP purchase orders\"];"
        " e->p; p->sync[label=\"request\"]; sync->p[label=\"status\"];"
        " kv->sync[label=\"technical user password\"]; sync->sap[label=\"insert\"]}",
        {"TMC-REPUD-007", "sync -> sap", true}, {"TMC-REPUD-007", "p -> sync", false});
  CHECK("digraph{k[shape=box,label=\"Kunden\"]; web[label=\"Shop-Frontend\"];"
        " best[label=\"Bestellservice (Funktionsbenutzer)\"];"
        " db[shape=cylinder,label=\"Bestellungen\"];"
        " k->web; web->best; best->web; best->db[label=\"update\"]}",
        {"TMC-REPUD-007", "best -> db", true});
  CHECK("digraph{u[shape=box,label=\"Sales rep\"]; ag[label=\"CRM copilot (agent)\"];"
        " llm[type=llm,label=\"Mistral Large\"]; "
        "t[type=agent_tool,label=\"update_contact\"];"
        " sf[shape=box,label=\"Salesforce (SaaS)\"];"
        " u->ag; ag->llm; llm->ag; ag->t; t->ag; t->sf[label=\"PATCH contact, create "
        "task\"]}",
        {"TMC-REPUD-007", "t -> sf", true});
  /* an account named by its prefix, on the tool: svc-…; "orders-svc" names
   * a service, not an account */
  CHECK("digraph{u[shape=box,label=\"Consultant\"]; ag[label=\"Report agent\"];"
        " llm[type=llm,label=\"Claude\"]; t[type=agent_tool,label=\"post_to_sharepoint "
        "(Graph, svc-reports)\"];"
        " sp[shape=cylinder,label=\"SharePoint sites\"];"
        " u->ag; ag->llm; llm->ag; ag->t; t->sp[label=\"create / update page\"]}",
        {"TMC-REPUD-007", "t -> sp", true});
  CHECK("digraph{u[shape=box,label=\"Customer\"]; o[label=\"orders-svc\"];"
        " db[shape=cylinder,label=\"Orders\"]; u->o; o->db[label=\"insert\"]}",
        {"TMC-REPUD-007", "o -> db", false});
  CHECK("digraph{u[shape=box,label=\"Staff\"]; app[label=\"Files app\"];"
        " g[shape=box,label=\"Microsoft Graph (SaaS)\"];"
        " kv[shape=cylinder,label=\"Key Vault: service principal secret\"];"
        " u->app; kv->app; app->g[label=\"upload file (on-behalf-of user token)\"]}",
        {"TMC-REPUD-007", "app -> g", false});
  CHECK("digraph{job[label=\"Nightly rollup job\"]; kv[shape=cylinder,label=\"Secrets "
        "Manager\"];"
        " src[shape=cylinder,label=\"Sales\"]; dw[shape=cylinder,label=\"Warehouse\"];"
        " kv->job[label=\"service account key\"]; src->job; job->dw[label=\"insert\"]}",
        {"TMC-REPUD-007", "job -> dw", false});
  CHECK(
      "digraph{u[shape=box,label=\"Customer\"]; api[label=\"Orders API\"];"
      " db[shape=cylinder,label=\"Postgres orders\"]; u->api; api->db[label=\"insert\"]}",
      {"TMC-REPUD-007", "api -> db", false});
}

/* A community or free edition keeps no audit trail of who changed its
 * settings (TMC-REPUD-008); a paid edition, or a community of people, is
 * not one. */
static void test_community_edition(void **state) {
  CHECK("digraph{d[shape=box,label=\"Developers\"]; sq[label=\"SonarQube Community "
        "Edition\"];"
        " ci[label=\"Jenkins agents\"]; d->ci; ci->sq[label=\"analysis report\"]}",
        {"TMC-REPUD-008", "sq", true});
  CHECK("digraph{o[shape=box,label=\"Operators\"];"
        " mm[shape=cylinder,label=\"Mattermost Team Edition\"]; o->mm[label=\"posts\"]}",
        {"TMC-REPUD-008", "mm", true});
  CHECK("digraph{d[shape=box,label=\"Developers\"]; gl[shape=cylinder,label=\"GitLab "
        "Ultimate\"];"
        " f[shape=cylinder,label=\"Community forum posts\"]; d->gl; d->f}",
        {"TMC-REPUD-008", "gl", false}, {"TMC-REPUD-008", "f", false});
}

/* Staff deciding on a model's verdict at a screen, with nothing recording
 * what they did with it (TMC-REPUD-009): verdicts filed in a store and read
 * by a review console, or asked for by a viewer; an API handing the model's
 * answer back to whoever asked is no review. */
static void test_model_verdict_reviews(void **state) {
  CHECK("digraph{m[type=model,label=\"Claims fraud model\"]; "
        "s[shape=cylinder,label=\"Claim scores\"];"
        " c[label=\"Adjuster review console\"]; a[shape=box,label=\"Claims adjusters\"];"
        " m->s[label=\"fraud score\"]; s->c; c->a; a->c[label=\"approve / reject\"]}",
        {"TMC-REPUD-009", "c", true});
  CHECK("digraph{r[shape=box,label=\"Dermatologists\"]; v[label=\"Dermoscopy workstation "
        "viewer\"];"
        " m[type=model,label=\"Lesion classifier\"];"
        " v->m[label=\"image\"]; m->v[label=\"malignancy probability\"]; v->r}",
        {"TMC-REPUD-009", "v", true});
  /* staff working at it: the pathologist sends it their sign-off */
  CHECK("digraph{m[type=model,label=\"Slide triage model\"]; "
        "s[shape=cylinder,label=\"LIS\"];"
        " w[label=\"Pathology workstation\"]; p[shape=box,label=\"Pathology staff\"];"
        " m->s[label=\"tumour probability\"]; s->w[label=\"slides + AI flag\"];"
        " p->w[label=\"reads, signs out case\"]}",
        {"TMC-REPUD-009", "w", true});
  CHECK("digraph{c[shape=box,label=\"Client\"]; api[label=\"Translation API\"];"
        " m[type=model,label=\"Translator\"]; c->api; api->c[label=\"translation\"];"
        " api->m; m->api[label=\"translation + scores\"]}",
        {"TMC-REPUD-009", "api", false});
}

/* A request naming a record by id or number, passed on for people to code
 * that keeps records (TMC-APP-037), worded as a path parameter, as numbers
 * in English and German; not a client id, not the callee's reply. */
static void test_record_ids_behind_front(void **state) {
  CHECK("digraph{u[shape=box,label=\"Account holder\"]; bff[label=\"Mobile BFF\"];"
        " tx[label=\"Transfers service\"]; db[shape=cylinder,label=\"Ledger DB\"];"
        " u->bff; bff->tx[label=\"transfer (account no., amount)\"]; tx->bff; tx->db}",
        {"TMC-APP-037", "bff -> tx", true});
  CHECK("digraph{k[shape=box,label=\"Kunde\"]; p[label=\"Kundenportal\"];"
        " st[label=\"Stornoservice\"]; db[shape=cylinder,label=\"Auftraege\"];"
        " k->p; p->st[label=\"Storno (Bestellnummer)\"]; st->db}",
        {"TMC-APP-037", "p -> st", true});
  CHECK("digraph{u[shape=box,label=\"User\"]; gw[label=\"Web app\"];"
        " au[label=\"Token service\"]; db[shape=cylinder,label=\"Grants\"];"
        " u->gw; gw->au[label=\"client id, scope\"]; au->db;"
        " inv[label=\"Invoice renderer\"]; gw->inv[label=\"render\"];"
        " inv->gw[label=\"invoice id\"]}",
        {"TMC-APP-037", "gw -> au", false}, {"TMC-APP-037", "inv -> gw", false});
  /* straight from a person's app into an API keeping no sessions; a web
   * application people log in to is TMC-APP-014's */
  CHECK("digraph{m[shape=box,label=\"Clinic staff\"]; api[label=\"Records service\"];"
        " db[shape=cylinder,label=\"Patient records\"];"
        " m->api[label=\"fetch (patient id)\"]; api->db}",
        {"TMC-APP-037", "m -> api", true});
  CHECK("digraph{u[shape=box,label=\"Customer\"]; web[label=\"Web shop (login, session "
        "cookie)\"];"
        " db[shape=cylinder,label=\"Orders DB\"];"
        " u->web[label=\"GET /orders/{id}\"]; web->db}",
        {"TMC-APP-037", "u -> web", false}, {"TMC-APP-014", "web", true});
}

/* Logs named in one word or in another language hold logs too
 * (TMC-REPUD-002 on them). */
static void test_log_compounds(void **state) {
  CHECK("digraph{a[label=\"Portal\"]; l[shape=cylinder,label=\"Zugriffsprotokoll\"];"
        " b[shape=cylinder,label=\"bitácora de auditoría\"]; a->l; a->b}",
        {"TMC-REPUD-002", "l", true}, {"TMC-REPUD-002", "b", true});
}

/* A job on a timer moving files to or from another party over a file
 * transfer (TMC-APP-038): Task Scheduler with WinSCP, an Airflow task over
 * FTPS; not an API call, not the job reading our own store first. */
static void test_job_file_transfer(void **state) {
  CHECK("digraph{j[label=\"Weekly payroll upload (Task Scheduler, WinSCP)\"];"
        " db[shape=cylinder,label=\"Payroll DB\"]; bank[shape=box,label=\"Bank "
        "(partner)\"];"
        " db->j[label=\"payments\"]; j->bank[label=\"payment file\"]}",
        {"TMC-APP-038", "j -> bank", true}, {"TMC-APP-038", "db -> j", false});
  CHECK("digraph{sup[shape=box,label=\"Supplier\"]; dag[label=\"Airflow price import "
        "DAG\"];"
        " st[shape=cylinder,label=\"Prices\"]; sup->dag[label=\"price list (FTPS)\"]; "
        "dag->st}",
        {"TMC-APP-038", "sup -> dag", true});
  CHECK("digraph{api[label=\"Orders API\"]; p[shape=box,label=\"Partner\"];"
        " api->p[label=\"POST /orders (HTTPS)\"]}",
        {"TMC-APP-038", "api -> p", false});
}

/* Values a controller acts on, sent without limits it checks
 * (TMC-APP-039), in German over Modbus and as a recipe download; reading
 * registers sets nothing. */
static void test_setpoints(void **state) {
  CHECK("digraph{h[label=\"SCADA HMI\"]; plc[shape=box,label=\"Boiler PLC\"];"
        " h->plc[label=\"Sollwerte (Modbus write)\"]; plc->h[label=\"read registers\"]}",
        {"TMC-APP-039", "h -> plc", true}, {"TMC-APP-039", "plc -> h", false});
  CHECK("digraph{m[label=\"MES\"]; r[label=\"Mixer controller board\"];"
        " m->r[label=\"recipe download\"]}",
        {"TMC-APP-039", "m -> r", true});
  CHECK("digraph{h[label=\"SCADA HMI\"]; plc[shape=box,label=\"Boiler PLC\"];"
        " h->plc[label=\"read registers\"]}",
        {"TMC-APP-039", "h -> plc", false});
}

/* Alarms into what pages people (TMC-DOS-003); alerts only shown on a
 * dashboard page nobody. */
static void test_alarm_path(void **state) {
  CHECK("digraph{am[label=\"Alertmanager\"]; pd[label=\"PagerDuty\"];"
        " oc[shape=box,label=\"On-call engineer\"]; am->pd[label=\"alerts\"]; pd->oc}",
        {"TMC-DOS-003", "am -> pd", true});
  CHECK("digraph{s[label=\"Leak detector service\"]; n[label=\"Notifier\"];"
        " ph[shape=box,label=\"Facility staff phones\"]; s->n[label=\"alarma de fuga\"]; "
        "n->ph}",
        {"TMC-DOS-003", "s -> n", true});
  CHECK("digraph{am[label=\"Alertmanager\"]; g[label=\"Grafana dashboard\"];"
        " am->g[label=\"alerts\"]}",
        {"TMC-DOS-003", "am -> g", false});
}

/* The key that signs releases on the host that publishes them
 * (TMC-APP-040); not when a KMS holds it or the word is a login. */
static void test_signing_key_on_host(void **state) {
  CHECK("digraph{r[label=\"Release job\"]; apt[shape=cylinder,label=\"APT repository\"];"
        " r->apt[label=\"GPG-signed packages\"]}",
        {"TMC-APP-040", "r", true});
  CHECK("digraph{b[label=\"Firmware build (codesign)\"]; cdn[shape=cylinder,label=\"OTA "
        "bucket\"];"
        " b->cdn[label=\"image\"]}",
        {"TMC-APP-040", "b", true});
  CHECK(
      "digraph{r[label=\"Release job\"]; k[shape=cylinder,label=\"Cloud KMS\"];"
      " apt[shape=cylinder,label=\"APT repository\"]; r->k[label=\"sign digest\"]; k->r;"
      " r->apt[label=\"signed packages\"];"
      " u[shape=box,label=\"User\"]; l[label=\"Login service\"]; u->l; "
      "l->u[label=\"sign-in page\"]}",
      {"TMC-APP-040", "r", false}, {"TMC-APP-040", "l", false});
}

/* A deployer or runner with every right (TMC-APP-041); a scoped one is not. */
static void test_broad_rights(void **state) {
  CHECK(
      "digraph{git[shape=cylinder,label=\"Config repo\"]; fx[label=\"Flux controller "
      "(cluster admin)\"];"
      " k[shape=cylinder,label=\"Cluster workloads\"]; git->fx; fx->k[label=\"apply\"]}",
      {"TMC-APP-041", "fx", true});
  CHECK("digraph{tf[label=\"Terraform runner (AdministratorAccess)\"];"
        " aws[shape=cylinder,label=\"AWS account resources\"]; tf->aws[label=\"plan / "
        "apply\"]}",
        {"TMC-APP-041", "tf", true});
  CHECK(
      "digraph{git[shape=cylinder,label=\"Config repo\"]; fx[label=\"Flux controller "
      "(namespace-scoped)\"];"
      " k[shape=cylinder,label=\"Cluster workloads\"]; git->fx; fx->k[label=\"apply\"]}",
      {"TMC-APP-041", "fx", false});
}

/* Secrets copied out of the vault into environment variables or
 * Kubernetes Secrets (TMC-APP-042); a file mounted at run time is not. */
static void test_secrets_in_config(void **state) {
  CHECK("digraph{v[shape=cylinder,label=\"HashiCorp Vault\"]; ci[label=\"Deploy "
        "pipeline\"];"
        " pod[label=\"App pods\"]; v->ci[label=\"API tokens\"];"
        " ci->pod[label=\"environment variables\"]}",
        {"TMC-APP-042", "ci -> pod", true});
  CHECK("digraph{sm[shape=cylinder,label=\"AWS Secrets Manager\"]; op[label=\"Secrets "
        "sync\"];"
        " ns[label=\"Payments namespace\"]; sm->op[label=\"DB password\"];"
        " op->ns[label=\"k8s secret\"]}",
        {"TMC-APP-042", "op -> ns", true});
  CHECK("digraph{v[shape=cylinder,label=\"HashiCorp Vault\"]; ag[label=\"Vault agent "
        "sidecar\"];"
        " pod[label=\"App pods\"]; v->ag[label=\"API tokens\"];"
        " ag->pod[label=\"mounted file (tmpfs)\"]}",
        {"TMC-APP-042", "ag -> pod", false});
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_xss),
      cmocka_unit_test(test_sql_and_nosql_injection),
      cmocka_unit_test(test_command_injection),
      cmocka_unit_test(test_ssrf),
      cmocka_unit_test(test_xxe),
      cmocka_unit_test(test_path_traversal),
      cmocka_unit_test(test_deserialisation),
      cmocka_unit_test(test_sessions),
      cmocka_unit_test(test_tls_and_clearance),
      cmocka_unit_test(test_noise_gone),
      cmocka_unit_test(test_technology),
      cmocka_unit_test(test_technology_from_stencil),
      cmocka_unit_test(test_keyed_to_technology),
      cmocka_unit_test(test_one_finding_per_threat),
      cmocka_unit_test(test_says_lists_agrees),
      cmocka_unit_test(test_idor),
      cmocka_unit_test(test_ssrf_target),
      cmocka_unit_test(test_rollout_verified),
      cmocka_unit_test(test_data_platform),
      cmocka_unit_test(test_injection_takes_generic_place),
      cmocka_unit_test(test_same_threat_merged),
      cmocka_unit_test(test_platform_ui),
      cmocka_unit_test(test_telemetry_endpoint),
      cmocka_unit_test(test_devices),
      cmocka_unit_test(test_saas_permissions),
      cmocka_unit_test(test_rag_index_scope),
      cmocka_unit_test(test_credential_words_languages),
      cmocka_unit_test(test_job_keys),
      cmocka_unit_test(test_keyed_by_sender),
      cmocka_unit_test(test_cleartext_protocol),
      cmocka_unit_test(test_decisions_on_record),
      cmocka_unit_test(test_device_broker_flood),
      cmocka_unit_test(test_headless_renderer),
      cmocka_unit_test(test_query_that_writes),
      cmocka_unit_test(test_privileges_and_holds),
      cmocka_unit_test(test_ledgers_and_schedulers),
      cmocka_unit_test(test_file_parsers),
      cmocka_unit_test(test_job_schedulers),
      cmocka_unit_test(test_fronted_object_checks),
      cmocka_unit_test(test_device_orders_widened),
      cmocka_unit_test(test_vendor_endpoint),
      cmocka_unit_test(test_identity_lookups),
      cmocka_unit_test(test_broker_spoofing),
      cmocka_unit_test(test_automatic_actions),
      cmocka_unit_test(test_shared_identity),
      cmocka_unit_test(test_community_edition),
      cmocka_unit_test(test_model_verdict_reviews),
      cmocka_unit_test(test_record_ids_behind_front),
      cmocka_unit_test(test_log_compounds),
      cmocka_unit_test(test_job_file_transfer),
      cmocka_unit_test(test_setpoints),
      cmocka_unit_test(test_alarm_path),
      cmocka_unit_test(test_signing_key_on_host),
      cmocka_unit_test(test_broad_rights),
      cmocka_unit_test(test_secrets_in_config),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
