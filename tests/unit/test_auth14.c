/* test_auth14.c - a flow whose label, protocol or data, or the name of
 * either end, says how the caller authenticates (OAuth2 client
 * credentials, a bearer JWT, Azure AD, an SAS token, a German
 * "authentifiziert") is authenticated: no "Unauthenticated flow into a
 * more trusted zone" (TMC-SPOOF-001) there, but the credential's own,
 * weaker finding (TMC-SPOOF-007), and a shared or weak secret (HTTP basic,
 * a shared password) its TMC-SPOOF-006; a person's own login ("Anmeldung")
 * is a mechanism too. A label that says the opposite
 * ("no auth", "anonymous"), an explicit authenticated=no or a label naming
 * no mechanism keeps TMC-SPOOF-001. Wordings the tuning sets' labels did
 * not use. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "engine_helpers.h"

static const char sys[] =
    "digraph a {\n"
    "  erp [type=external, label=\"Distributor ERP\"];\n"
    "  app [type=external, label=\"Field sales app\"];\n"
    "  mgr [type=external, label=\"Regional managers\"];\n"
    "  kiosk [type=external, label=\"Shop-floor kiosk\"];\n"
    "  dealer [type=external, label=\"Dealers\"];\n"
    "  feed [type=external, label=\"Price feed\"];\n"
    "  tech [type=external, label=\"Service engineer\"];\n"
    "  subgraph cluster_c { label=\"Company VPC\";\n"
    "    orders [label=\"Orders API\"];\n"
    "    sync [label=\"Sync service\"];\n"
    "    rep [label=\"Reports portal (Azure AD sign-in)\"];\n"
    "    stock [label=\"Stock service\"];\n"
    "    docs [label=\"Dealer documents service\"];\n"
    "    prices [label=\"Pricing service\"];\n"
    "    plc [label=\"Line controller\"];\n"
    "    blob [type=data_store, label=\"Invoice blobs\"];\n"
    "  }\n"
    "  erp -> orders [label=\"orders (OAuth2 client credentials)\"];\n"
    "  app -> sync [label=\"changes, Bearer JWT\"];\n"
    "  mgr -> rep [label=\"filters\"];\n"
    "  kiosk -> stock [label=\"stock lookups (HTTP basic)\"];\n"
    "  dealer -> docs [label=\"uploads, no auth\"];\n"
    "  feed -> prices [label=\"price list\"];\n"
    "  erp -> blob [label=\"invoice PDFs via SAS token\"];\n"
    "  tech -> plc [label=\"Parameter (authentifiziert)\"];\n"
    "}\n";

/* Mechanisms named on the flow or the receiver: authenticated, with the
 * credential's weaker finding in place of the unauthenticated one. */
static void test_named_mechanism_is_authenticated(void **state) {
  tmc_ir *ir = analyse_with(sys, cat, NULL);
  assert_true(ir->flows[flow(ir, "erp", "orders")].facts.auth_named);
  assert_null(finding(ir, "TMC-SPOOF-001", "erp->orders"));
  assert_non_null(finding(ir, "TMC-SPOOF-007", "erp->orders"));
  assert_null(finding(ir, "TMC-SPOOF-001", "app->sync"));
  assert_non_null(finding(ir, "TMC-SPOOF-007", "app->sync"));
  /* the receiver's name says how it checks its callers */
  assert_true(ir->flows[flow(ir, "mgr", "rep")].facts.auth_named);
  assert_null(finding(ir, "TMC-SPOOF-001", "mgr->rep"));
  assert_true(ir->flows[flow(ir, "erp", "blob")].facts.auth_named);
  assert_true(ir->flows[flow(ir, "tech", "plc")].facts.auth_named);
  assert_null(finding(ir, "TMC-SPOOF-001", "tech->plc"));
  tmc_ir_free(ir);
}

/* A shared or weak secret authenticates, weakly: TMC-SPOOF-006, not 001
 * nor 007. */
static void test_weak_secret(void **state) {
  tmc_ir *ir = analyse_with(sys, cat, NULL);
  assert_true(ir->flows[flow(ir, "kiosk", "stock")].facts.weak_auth);
  assert_null(finding(ir, "TMC-SPOOF-001", "kiosk->stock"));
  assert_null(finding(ir, "TMC-SPOOF-007", "kiosk->stock"));
  assert_true(cites(finding(ir, "TMC-SPOOF-006", "kiosk->stock"), "CWE-522"));
  tmc_ir_free(ir);
  static const char w2[] = "digraph w2 {\n"
                           "  crew [type=external, label=\"Night-shift crew (shared "
                           "password)\"];\n"
                           "  subgraph cluster_c { label=\"Plant network\";\n"
                           "    hmi [label=\"Batch console\"];\n"
                           "  }\n"
                           "  crew -> hmi [label=\"start batch\"];\n"
                           "  clerk [type=external, label=\"Sachbearbeiter\"];\n"
                           "  clerk -> hmi [label=\"Anmeldung, Chargen ansehen\"];\n"
                           "}\n";
  ir = analyse_with(w2, cat, NULL);
  assert_non_null(finding(ir, "TMC-SPOOF-006", "crew->hmi"));
  /* a person's own login (German "Anmeldung"): authenticated, its password
   * phished or stuffed is TMC-SPOOF-007's */
  assert_true(cites(finding(ir, "TMC-SPOOF-007", "clerk->hmi"), "CWE-307"));
  assert_null(finding(ir, "TMC-SPOOF-001", "clerk->hmi"));
  assert_null(finding(ir, "TMC-SPOOF-001", "crew->hmi"));
  tmc_ir_free(ir);
}

/* No mechanism named, a label denying one, or authenticated=no beside a
 * named key: still unauthenticated. */
static void test_unauthenticated_stays(void **state) {
  tmc_ir *ir = analyse_with(sys, cat, NULL);
  assert_false(ir->flows[flow(ir, "dealer", "docs")].facts.auth_named);
  assert_non_null(finding(ir, "TMC-SPOOF-001", "dealer->docs"));
  assert_null(finding(ir, "TMC-SPOOF-007", "dealer->docs"));
  assert_false(ir->flows[flow(ir, "feed", "prices")].facts.auth_named);
  assert_non_null(finding(ir, "TMC-SPOOF-001", "feed->prices"));
  tmc_ir_free(ir);
  static const char n2[] = "digraph n2 {\n"
                           "  pub [type=external, label=\"Anonymous visitors\"];\n"
                           "  p [type=external, label=\"Partner\"];\n"
                           "  subgraph cluster_c { label=\"Internal\";\n"
                           "    api [label=\"Quotes API (API key check)\"];\n"
                           "  }\n"
                           "  pub -> api [label=\"quote request\"];\n"
                           "  p -> api [label=\"bulk quotes, API key\", "
                           "authenticated=no];\n"
                           "}\n";
  ir = analyse_with(n2, cat, NULL);
  assert_non_null(finding(ir, "TMC-SPOOF-001", "pub->api"));
  assert_non_null(finding(ir, "TMC-SPOOF-001", "p->api"));
  assert_false(ir->flows[flow(ir, "p", "api")].facts.auth_named);
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_named_mechanism_is_authenticated),
      cmocka_unit_test(test_weak_secret),
      cmocka_unit_test(test_unauthenticated_stays),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
