/* test_r2proxy.c - where the fix lives (issue #15 item 5, helper r2proxy of
 * the thirtieth session): a reverse proxy, load balancer, CDN, WAF or API
 * gateway that only forwards to one application is met first by the
 * outside flows, but the application-layer findings (uploads, the audit
 * trail) are said of the application behind it, once; a flood, and who
 * may pass the boundary at all (a bare E), stay on the front. A front whose callers
 * authenticate there, or that forwards to two backends, keeps its findings. Drawn as a
 * vet clinic's appointments site behind Envoy (DOT) and a library's loans portal behind a
 * CDN (draw.io). */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "drawio_macros.h"
#include "path_helpers.h"

/* How many findings of rule are on the element named id. */
static uint32_t on(const tmc_ir *ir, const char *rule, const char *id) {
  uint32_t n = 0, e = elem(ir, id);
  for (uint32_t i = 0; i < ir->n_findings; i++) {
    const tmc_finding *f = &ir->findings[i];
    n += f->target_kind == TMC_TARGET_ELEMENT && f->target == e &&
         strcmp(f->rule_id, rule) == 0;
  }
  return n;
}

/* The clinic: `signin` on the outside flows, `more` more lines. */
#define CLINIC(signin, more)                                                             \
  "digraph clinic {\n"                                                                   \
  "  owners [label=\"Pet owners\", shape=box];\n"                                        \
  "  staff [label=\"Clinic staff\", shape=box];\n"                                       \
  "  pay [label=\"Stripe webhooks\", shape=box, style=dashed];\n"                        \
  "  edge_proxy [label=\"Envoy edge proxy\", shape=component];\n"                        \
  "  site [label=\"Appointments site (Rails)\", shape=component];\n"                     \
  "  db [label=\"Appointments DB\", shape=cylinder];\n"                                  \
  "  owners -> edge_proxy [label=\"book, pay, upload pet records\"" signin "];\n"        \
  "  staff -> edge_proxy [label=\"/admin\"" signin "];\n"                                \
  "  pay -> edge_proxy [label=\"payment succeeded\"" signin "];\n"                       \
  "  edge_proxy -> site [dir=both];\n"                                                   \
  "  site -> db [dir=both];\n" more "}\n"

static void test_dot_proxy_hands_app_findings_on(void **state) {
  (void)state;
  tmc_ir *ir = analysed(CLINIC("", ""));
  assert_non_null(ir);
  const char *app[] = {"TMC-APP-007", "TMC-REPUD-001"};
  for (size_t k = 0; k < sizeof app / sizeof *app; k++) {
    assert_int_equal(on(ir, app[k], "edge_proxy"), 0);
    assert_int_equal(on(ir, app[k], "site"), 1); /* once, not twice */
  }
  assert_int_equal(on(ir, "TMC-DOS-001", "edge_proxy"), 1); /* the flood stays */
  tmc_ir_free(ir);
}

static void test_dot_gateway_that_signs_in_keeps_them(void **state) {
  (void)state;
  tmc_ir *ir = analysed(CLINIC(", authenticated=yes", ""));
  assert_non_null(ir);
  assert_int_equal(on(ir, "TMC-REPUD-001", "edge_proxy"), 1);
  tmc_ir_free(ir);
}

static void test_dot_proxy_of_two_backends_keeps_them(void **state) {
  (void)state;
  tmc_ir *ir = analysed(CLINIC("", "  rem [label=\"Reminders service (Flask)\", "
                                   "shape=component];\n  edge_proxy -> rem;\n"));
  assert_non_null(ir);
  assert_int_equal(on(ir, "TMC-REPUD-001", "edge_proxy"), 1);
  tmc_ir_free(ir);
}

#define ACTOR "shape=umlActor;verticalLabelPosition=bottom;html=1;"
#define LIBRARY                                                                          \
  HEAD V("patrons", "Library patrons", ACTOR, 0, 100, 30, 60)                            \
      V("librarians", "Librarians", ACTOR, 0, 300, 30, 60) V("cdn", "Cloudflare CDN",    \
                                                             CARD, 200, 180, 140, 60)    \
          V("portal", "Loans portal (Django)", CARD, 450, 180, 160, 60)                  \
              V("db", "Loans database", DB, 700, 180, 100, 80)                           \
                  LINK("e1", "patrons", "cdn", "search, renew, upload reading lists")    \
                      LINK("e2", "librarians", "cdn", "staff console")                   \
                          LINK("e3", "cdn", "portal", "forwarded requests")              \
                              LINK("e4", "portal", "cdn", "pages")                       \
                                  LINK("e5", "portal", "db", "loans, holds") TAIL

static void test_drawio_cdn_hands_app_findings_on(void **state) {
  (void)state;
  tmc_ir *ir = drawio_analysed(LIBRARY, "paths");
  assert_int_equal(on(ir, "TMC-APP-007", "cdn"), 0);
  assert_int_equal(on(ir, "TMC-APP-007", "portal"), 1);
  assert_int_equal(on(ir, "TMC-REPUD-001", "cdn"), 0);
  assert_int_equal(on(ir, "TMC-REPUD-001", "portal"), 1);
  assert_int_equal(on(ir, "TMC-DOS-001", "cdn"), 1);
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_dot_proxy_hands_app_findings_on),
      cmocka_unit_test(test_dot_gateway_that_signs_in_keeps_them),
      cmocka_unit_test(test_dot_proxy_of_two_backends_keeps_them),
      cmocka_unit_test(test_drawio_cdn_hands_app_findings_on),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
