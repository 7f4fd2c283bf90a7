/* test_ransom28.c - a store and its backup encrypted by ransomware
 * (TMC-PATH-048, issue #16).
 *
 * Staff computers that write straight into a share or a database, or code
 * on a server that opens what an outside party mails in, reach a store
 * that is copied to another store (or is the copy): ransomware run there
 * encrypts the store, and the copy job carries it into the backup
 * (deny_service, CAPEC-542 at the store, no ATLAS id). Worded unlike the
 * tuning sets' photo retouchers and 1C database (blind32): an architects'
 * practice in DOT, a veterinary practice's accounts server in draw.io.
 * Quiet: no copy of the store drawn; the workstations only read the share;
 * the supplier's files come over an API, not by mail. */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "catalog/catalog.h"
#include "catalog/goals.h"
#include "drawio_macros.h"
#include "frontend/frontend.h"
#include "passes/passes.h"
#include "path_helpers.h"

/* An architects' practice in DOT: the architects' CAD workstations save
 * drawings on the project share, copied every night to a NAS in the same
 * room. `save` is the flow between workstations and share, `copy` the
 * share's copy line (or nothing). */
static const char *studio(const char *save, const char *copy) {
  static char buf[2048];
  snprintf(buf, sizeof buf,
           "digraph g {\n"
           "  clients [label=\"Clients\", shape=box];\n"
           "  subgraph cluster_office { label=\"Studio office\";\n"
           "    cad [label=\"Architects (CAD workstations)\", shape=box];\n"
           "    share [label=\"Project drawings share (SMB)\", shape=cylinder];\n"
           "    nas [label=\"Nightly copy NAS\", shape=cylinder];\n"
           "    web [label=\"Client review site\"]; }\n"
           "  clients -> web [label=\"comments on drawings\"];\n"
           "  web -> share [label=\"published PDFs\", dir=back];\n"
           "  %s\n"
           "  %s\n"
           "}\n",
           save, copy);
  return buf;
}

static void test_workstations_encrypt_share_and_copy_dot(void **state) {
  (void)state;
  tmc_ir *ir = analysed(studio("cad -> share [label=\"save drawings\"];",
                               "share -> nas [label=\"robocopy every night\"];"));
  assert_true(path_of(ir, "cad", "nas", "TMC-PATH-048"));
  assert_true(aimed(ir, "cad", "nas", "deny_service"));
  assert_true(hop_names(ir, "cad", "nas", "deny_service", "share", "CAPEC-542", NULL));
  tmc_ir_free(ir);
  /* quiet: no copy of the share drawn, so nothing says the backup is in reach */
  ir = analysed(studio("cad -> share [label=\"save drawings\"];", ""));
  for (uint32_t i = 0; i < ir->n_findings; i++)
    assert_string_not_equal(ir->findings[i].rule_id, "TMC-PATH-048");
  tmc_ir_free(ir);
  /* quiet: the workstations only read the share */
  ir = analysed(studio("share -> cad [label=\"open drawings (read-only)\"];",
                       "share -> nas [label=\"robocopy every night\"];"));
  assert_false(path_of(ir, "cad", "nas", "TMC-PATH-048"));
  assert_false(path_of(ir, "cad", "share", "TMC-PATH-048"));
  tmc_ir_free(ir);
}

/* A veterinary practice on draw.io: suppliers send invoices, the accounts
 * server imports them into the accounts data, which a weekly job copies to
 * a USB drive. `how` is the suppliers' flow label. */
#define VET(how)                                                                         \
  HEAD ZONE("z", "Practice back office", 300, 0, 900, 400)                               \
      V("sup", "Drug suppliers", "shape=umlActor;html=1;", 0, 100, 30, 60)               \
          C("acc", "z", "Accounts server (Sage 50)", CARD, 20, 40, 160, 60)              \
              C("data", "z", "Company accounts data", DB, 420, 40, 140, 60)              \
                  C("usb", "z", "USB backup drive", DB, 420, 200, 140, 60)               \
                      LINK("e1", "sup", "acc", how)                                      \
                          LINK("e2", "acc", "data", "post invoices")                     \
                              LINK("e3", "data", "usb", "weekly copy") TAIL

static void test_mailed_invoice_encrypts_accounts_drawio(void **state) {
  (void)state;
  static const char *xml = VET("invoices as e-mail attachments");
  tmc_ir *ir = analysed_as("t.drawio", xml);
  assert_true(path_of(ir, "sup", "data", "TMC-PATH-048"));
  assert_true(aimed(ir, "sup", "data", "deny_service"));
  assert_true(hop_names(ir, "sup", "data", "deny_service", "acc", "CAPEC-163", NULL));
  tmc_ir_free(ir);
  /* quiet: the price files come over the supplier's API, not by mail */
  static const char *api = VET("price file (HTTPS API)");
  ir = analysed_as("t.drawio", api);
  assert_false(path_of(ir, "sup", "data", "TMC-PATH-048"));
  assert_false(path_of(ir, "sup", "usb", "TMC-PATH-048"));
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_workstations_encrypt_share_and_copy_dot),
      cmocka_unit_test(test_mailed_invoice_encrypts_accounts_drawio),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
