/* test_vendors20.c - vendor services known by name (words.yaml
 * hosted_services and the external words), in both formats: payment
 * providers and wallets of several regions, push and e-mail APIs, hosted
 * sign-in, identity verification, maps and analytics the system only calls
 * are the vendor's (external, no entry); SMS and chat channels, travel
 * distribution, banking rails and the SaaS people work in (accounting, HR,
 * e-signature) are external and send in. Quiet: names that are common
 * words elsewhere ("customer segment", "square tiles", "wise choice",
 * "notion of"), self-hosted Keycloak, a cloud's bare service name drawn
 * in the system's own account, and a CDN (the system's edge). Wordings
 * are this file's own (no test set or probe uses them). */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "drawio_macros.h"
#include "engine_helpers.h"

/* DOT: vendors beside the cluster the system is drawn in, in Graphviz's
 * default ellipse, each called and answering. */
static void test_vendors_dot(void **state) {
  (void)state;
  static const char dot[] =
      "digraph d {\n"
      "  subgraph cluster_ours { label=\"Shop platform (GCP, our project)\";\n"
      "    api [label=\"Orders API\"]; seg [label=\"Customer segment builder\"];\n"
      "    sq [label=\"Square tiles renderer\"]; wise [label=\"Wise-choice "
      "recommender\"];\n"
      "    kc [label=\"Keycloak 24\"]; cog [label=\"Cognito\"];\n"
      "    db [shape=cylinder, label=\"orders DB\"]; }\n"
      "  xen [label=\"Xendit (VA + e-wallets)\"]; toss [label=\"Toss Payments\"];\n"
      "  sqp [label=\"Square payments\"]; paytm [label=\"Paytm PG\"];\n"
      "  mpesa [label=\"Safaricom Daraja (M-Pesa STK push)\"];\n"
      "  sms [label=\"Infobip SMS\"]; line [label=\"LINE Official Account\"];\n"
      "  kyc [label=\"Onfido\"]; sumsub [label=\"Sum&Substance\"];\n"
      "  geo [label=\"Mapbox geocoding\"]; gds [label=\"Amadeus GDS\"];\n"
      "  xero [label=\"Xero\"]; sentry [label=\"Sentry\"];\n"
      "  twseg [label=\"Segment (Twilio)\"]; wapi [label=\"Wise API\"];\n"
      "  swift [label=\"SWIFT network\"]; ses [label=\"Amazon SES\"];\n"
      "  b2c [label=\"Azure AD B2C\"]; cdn [label=\"Fastly CDN\"];\n"
      "  rzp [label=\"Razorpay Checkout\"]; api -> rzp; rzp -> api;\n"
      "  dda [label=\"Datadog agent (DaemonSet)\"]; api -> dda [label=\"traces\"];\n"
      "  api -> xen [label=\"charge\"]; xen -> api [label=\"result\"];\n"
      "  api -> toss; toss -> api; api -> sqp; sqp -> api; api -> paytm; paytm -> api;\n"
      "  api -> mpesa; mpesa -> api;\n"
      "  api -> sms [label=\"OTP\"]; sms -> api [label=\"customer replies\"];\n"
      "  api -> line [label=\"push\"]; line -> api [label=\"chat messages\"];\n"
      "  api -> kyc [label=\"ID photo\"]; kyc -> api [label=\"check result\"];\n"
      "  api -> sumsub; sumsub -> api;\n"
      "  api -> geo [label=\"address\"]; geo -> api [label=\"lat/long\"];\n"
      "  api -> gds; gds -> api; api -> xero [label=\"invoices\"]; xero -> api;\n"
      "  api -> sentry [label=\"errors\"]; api -> twseg [label=\"events\"];\n"
      "  api -> wapi; wapi -> api;\n"
      "  api -> swift [label=\"MT103\"]; swift -> api [label=\"status\"];\n"
      "  api -> ses [label=\"receipts\"]; api -> b2c; b2c -> api [label=\"tokens\"];\n"
      "  cdn -> api [label=\"requests\"]; api -> cdn;\n"
      "  api -> seg; api -> sq; api -> wise; api -> kc; api -> cog; api -> db;\n"
      "}\n";
  tmc_ir *ir = analyse_with(dot, cat, NULL);
  /* services the system only calls: the vendor's, no entry */
  static const char *const called[] = {"xen",  "toss",   "sqp", "paytm",  "mpesa",
                                       "kyc",  "sumsub", "geo", "sentry", "twseg",
                                       "wapi", "ses",    "b2c"};
  for (size_t i = 0; i < sizeof called / sizeof *called; i++) {
    assert_int_equal(kind_at(ir, called[i]), TMC_KIND_EXTERNAL);
    assert_false(entry_at(ir, called[i]));
  }
  /* channels and networks that answer with what others sent: entries */
  static const char *const in[] = {"sms", "line", "gds", "xero", "swift"};
  for (size_t i = 0; i < sizeof in / sizeof *in; i++) {
    assert_int_equal(kind_at(ir, in[i]), TMC_KIND_EXTERNAL);
    assert_true(entry_at(ir, in[i]));
  }
  /* quiet: common words, self-hosted software, the account's own cloud
   * service, the system's CDN */
  assert_int_equal(kind_at(ir, "seg"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "sq"), TMC_KIND_PROCESS);
  assert_int_not_equal(kind_at(ir, "wise"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "kc"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "cog"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "cdn"), TMC_KIND_PROCESS);
  /* quiet: a vendor's agent runs on the system's hosts */
  assert_int_not_equal(kind_at(ir, "dda"), TMC_KIND_EXTERNAL);
  tmc_ir_free(ir);
}

/* draw.io: rounded cards beside the zone the system is drawn in, worded
 * as product and purpose; the system's own cards with look-alike words. */
#define OURS                                                                             \
  ZONE("z", "Clinic booking platform (AWS account, ours)", 0, 0, 400, 400)               \
  C("app", "z", "Booking backend", CARD, 20, 40, 120, 60)

static void test_vendors_drawio(void **state) {
  (void)state;
  static const char xml[] =
      HEAD OURS C("segs", "z", "Patient segment table", DB, 20, 140, 120,
                  60) C("notion", "z", "Notion of a visit (domain model)", CARD, 200, 40,
                        120, 60) C("sso", "z", "Sign-in (Keycloak)", CARD, 200, 140, 120,
                                   60) V("gcash", "GCash wallet", CARD, 500, 0, 120, 60)
          V("iyz", "iyzico (cards, instalments)", CARD, 500, 80, 120, 60)
              V("veriff", "Veriff identity checks", CARD, 500, 160, 120, 60)
                  V("maps", "Google Maps Platform (directions)", CARD, 500, 240, 120, 60)
                      LINK("e1", "app", "gcash", "payment request")
                          LINK("e2", "gcash", "app", "payment status")
                              LINK("e3", "app", "iyz", "charge") LINK("e4", "iyz",
                                                                      "app", "result")
                                  LINK("e5", "app", "veriff", "selfie + ID")
                                      LINK("e6", "veriff", "app", "decision")
                                          LINK("e7", "app", "maps", "addresses")
                                              LINK("e8", "maps", "app", "routes")
                                                  LINK("e14", "app", "segs", "")
                                                      LINK("e15", "app", "notion", "")
                                                          LINK("e16", "app", "sso", "")
                                                              TAIL;
  tmc_ir *ir = drawio_analysed(xml, NULL);
  static const char *const theirs[] = {"gcash", "iyz", "veriff", "maps"};
  for (size_t i = 0; i < sizeof theirs / sizeof *theirs; i++) {
    assert_int_equal(kind_at(ir, theirs[i]), TMC_KIND_EXTERNAL);
    /* called and answering: not where outsiders' input starts */
    assert_false(entry_at(ir, theirs[i]));
  }
  /* quiet */
  assert_int_equal(kind_at(ir, "segs"), TMC_KIND_DATA_STORE);
  assert_int_equal(kind_at(ir, "notion"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "sso"), TMC_KIND_PROCESS);
  tmc_ir_free(ir);
}

/* draw.io: SaaS people work in, channels and a payment provider's drop-in
 * (a head "checkout" or "drop-in" on its product name) beside the zone. */
static void test_saas_drawio(void **state) {
  (void)state;
  static const char xml[] =
      HEAD OURS C("co", "z", "Checkout service", CARD, 200, 40, 120,
                  60) V("drop", "Adyen Drop-in (cards, wallets)", CARD, 500, 240, 120,
                        60) V("sign", "DocuSign envelopes", CARD, 500, 320, 120, 60)
          V("kakao", "Kakao AlimTalk", CARD, 500, 400, 120, 60)
              V("hr", "Personio (staff rota)", CARD, 500, 480, 120, 60)
                  V("mix", "Mixpanel", CARD, 500, 560, 120, 60)
                      LINK("e9", "app", "sign", "consent forms")
                          LINK("e10", "sign", "app", "signed PDFs")
                              LINK("e11", "app", "kakao", "reminders")
                                  LINK("e12", "hr", "app", "rota")
                                      LINK("e13", "app", "mix", "usage events")
                                          LINK("e17", "co", "drop", "session")
                                              LINK("e18", "drop", "co", "payment result")
                                                  LINK("e19", "app", "co", "cart") TAIL;
  tmc_ir *ir = drawio_analysed(xml, NULL);
  static const char *const theirs[] = {"sign", "kakao", "hr", "mix", "drop"};
  for (size_t i = 0; i < sizeof theirs / sizeof *theirs; i++)
    assert_int_equal(kind_at(ir, theirs[i]), TMC_KIND_EXTERNAL);
  assert_false(entry_at(ir, "mix"));
  /* the HR suite staff keep the rota in, the signing service the signed
   * forms: both send in */
  assert_true(entry_at(ir, "hr"));
  assert_true(entry_at(ir, "sign"));
  /* quiet: the system's own checkout, beside a vendor's drop-in */
  assert_int_equal(kind_at(ir, "co"), TMC_KIND_PROCESS);
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_vendors_dot),
      cmocka_unit_test(test_vendors_drawio),
      cmocka_unit_test(test_saas_drawio),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
