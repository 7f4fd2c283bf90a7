/* test_g31d.c - what blind31's small web shops and booking sites taught
 * (twenty-seventh session, helper g31d), each drawn here in other words and
 * another domain:
 *   - an end that only floods reach (a swimming pool's turnstile API: no
 *     records are kept there, it is only flooded) is shown among the paths
 *     under the cap before a pair's second route to a store, by its most
 *     likely flood, though the floods of a goal shown last wait for every
 *     other path;
 *   - a settings file named by its name line ("appsettings.json") holds
 *     what its detail lines list: two items, one a password, make it a key
 *     store (keys_listed) whose theft is credential theft (TMC-PATH-006),
 *     not a third item made of the file's own name; and passwords and API
 *     keys written in Faroese or Icelandic ("loyniorð", "API lykil") are
 *     credentials too;
 *   - a plain rectangle drawn dashed outside every boundary of a draw.io
 *     page whose system sits in zones is the outside (a vet practice's
 *     payment, SMS and lab services), even where the page's plain
 *     rectangles are its components; a dashed one inside the zone stays a
 *     component, and a model's words still name a model;
 *   - an admin login two people share, named on the people ("Receptionists
 *     (shared admin login)"), makes their changes no one's (TMC-REPUD-011),
 *     as do the Nordic words for a shared login;
 *   - someone of ours who downloads the system's export and mails it on to
 *     another organisation ("payroll spreadsheet by email" to the
 *     accountants, "CSV med e-post") sends the system's records as plain
 *     e-mail (TMC-APP-063); not someone mailing what the system never
 *     gave them. */
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

/* Is a path from entry to target shown whose goal's aim is aim? */
static bool shown_with_aim(const tmc_ir *ir, const char *target, const char *aim) {
  for (uint32_t i = 0; i < ir->n_paths; i++) {
    const char *a = aim_of(ir, i);
    if (ir->paths[i].asset == el(ir, target) && a && strcmp(a, aim) == 0)
      return true;
  }
  return false;
}

static void test_flood_only_end_is_shown(void **state) {
  (void)state;
  tmc_ir *ir =
      analysed("digraph pool {\n"
               "  node [shape=box, style=rounded];\n"
               "  swimmers [shape=ellipse, label=\"Swimmers\\n(buy passes online)\"];\n"
               "  lifeguards [shape=ellipse, label=\"Lifeguards at the "
               "turnstile\\n(front desk)\"];\n"
               "  psp [shape=box3d, label=\"Payment provider\\n(card payments)\"];\n"
               "  mail [shape=box3d, label=\"SendGrid\\n(e-mail)\"];\n"
               "  subgraph cluster_host { label=\"Shared hosting\"; style=dashed;\n"
               "    shop [label=\"Pass shop\\n(Drupal Commerce)\"];\n"
               "    db [shape=cylinder, label=\"Members and passes\\n(PostgreSQL)\"];\n"
               "    gateapi [label=\"Turnstile API\\n(Python, /enter)\"];\n"
               "    settings [shape=note, label=\"settings.php\\n(DB password, payment "
               "secret)\"];\n"
               "  }\n"
               "  subgraph cluster_pool { label=\"Leisure centre\"; style=dashed;\n"
               "    readers [label=\"Turnstile readers\\n(barcode app)\"];\n"
               "    desk [label=\"Desk terminal\\n(shared login)\"];\n"
               "    readercfg [shape=note, label=\"reader.ini\\n(API token)\"];\n"
               "  }\n"
               "  swimmers -> shop [label=\"purchase: name, e-mail\"];\n"
               "  shop -> psp [label=\"checkout\"];\n"
               "  psp -> shop [label=\"webhook: paid\"];\n"
               "  shop -> db [dir=both];\n"
               "  shop -> settings [dir=both, label=\"reads\"];\n"
               "  shop -> mail [label=\"barcode pass\"];\n"
               "  mail -> swimmers [label=\"e-mail with barcode\"];\n"
               "  swimmers -> readers [label=\"barcode\"];\n"
               "  readers -> gateapi [label=\"barcode + token\"];\n"
               "  gateapi -> readers [label=\"open / refuse\"];\n"
               "  gateapi -> db [dir=both];\n"
               "  settings -> gateapi [label=\"reads\"];\n"
               "  readercfg -> readers [label=\"reads\"];\n"
               "  lifeguards -> desk [label=\"day tickets\"];\n"
               "  desk -> gateapi [label=\"new tickets\"];\n"
               "}\n");
  assert_non_null(ir);
  /* more paths are found than the cap shows */
  assert_int_equal(ir->n_paths, 15);
  assert_true(shown_with_aim(ir, "gateapi", "deny_service"));
  /* the stores keep their paths */
  assert_true(shown_with_aim(ir, "db", "exfiltrate"));
  assert_true(shown_with_aim(ir, "settings", "steal_credentials"));
  tmc_ir_free(ir);
}

static void test_settings_file_lists_its_keys(void **state) {
  (void)state;
  tmc_ir *ir =
      analysed("digraph g {\n"
               "  clients [shape=ellipse, label=\"Clients\"];\n"
               "  subgraph cluster_h { label=\"VPS\"; style=dashed;\n"
               "    portal [label=\"Parcel portal\\n(ASP.NET)\"];\n"
               "    cfg [shape=note, label=\"appsettings.json\\n(SQL password, "
               "courier key)\"];\n"
               "    fo [shape=note, label=\"uppseting.ini\\n(loyniorð, API lykil)\"];\n"
               "    db [shape=cylinder, label=\"Parcels\\n(SQL Server)\"];\n"
               "    /* quiet: a store of records, not a file of settings */\n"
               "    ledger [shape=cylinder, label=\"Ledger\\n(invoices, "
               "API keys, customers)\"];\n"
               "  }\n"
               "  clients -> portal [label=\"tracking requests\"];\n"
               "  portal -> db [dir=both];\n"
               "  portal -> ledger [dir=both];\n"
               "  cfg -> portal [label=\"reads\"];\n"
               "  fo -> portal [label=\"reads\"];\n"
               "}\n");
  assert_non_null(ir);
  assert_true(elem_at(ir, "cfg")->facts.keys_listed);
  assert_true(elem_at(ir, "fo")->facts.plain_keys);
  assert_false(elem_at(ir, "ledger")->facts.keys_listed);
  assert_true(path_of(ir, "clients", "cfg", "TMC-PATH-006"));
  assert_true(path_of(ir, "clients", "fo", "TMC-PATH-006"));
  tmc_ir_free(ir);
}

#define DASHED_BOX "rounded=0;whiteSpace=wrap;html=1;dashed=1;fillColor=#f5f5f5;"
#define BOX "rounded=0;whiteSpace=wrap;html=1;"

static void test_dashed_boxes_outside_are_the_outside(void **state) {
  (void)state;
  const char *xml = HEAD V("owners", "Pet owners",
                           "shape=umlActor;verticalLabelPosition=bottom;", 20, 100, 30,
                           60) ZONE("z", "Hetzner VM - vet bookings", 200, 40, 400, 300)
      C("app", "z", "Appointment app&lt;br&gt;Django", BOX, 20, 40, 120, 60)
          C("sched", "z", "Reminder scheduler&lt;br&gt;Celery beat", BOX, 20, 160, 120,
            60) C("db", "z", "Clients and pets&lt;br&gt;PostgreSQL", DB, 240, 40, 100, 80)
      /* quiet: dashed inside the zone, still a part of the system */
      C("cron", "z", "Nightly export job", DASHED_BOX, 240, 180, 120, 60)
          V("pay", "Pawpay Online Payments", DASHED_BOX, 700, 40, 140, 60)
              V("sms", "Clickatell&lt;br&gt;SMS reminders", DASHED_BOX, 700, 140, 140, 60)
                  V("lab", "Regional lab results portal&lt;br&gt;(practice account)",
                    DASHED_BOX, 700, 240, 140, 60)
      /* quiet: a model's words still name a model */
      V("llm", "GPT-4o mini (OpenAI API)", DASHED_BOX, 700, 340, 140,
        60) LINK("e1", "owners", "app", "book, pay") LINK("e2", "app", "pay", "checkout")
          LINK("e3", "pay", "app", "webhook: paid") LINK("e4", "app", "db", "")
              LINK("e5", "sched", "sms", "reminders") LINK("e6", "sms", "owners", "SMS")
                  LINK("e7", "app", "lab", "order tests") LINK("e8", "db", "cron", "rows")
                      LINK("e9", "app", "llm", "summarise notes") TAIL;
  tmc_ir *ir = analysed_as("vet.drawio", xml);
  assert_non_null(ir);
  assert_int_equal(elem_at(ir, "pay")->kind, TMC_KIND_EXTERNAL);
  assert_int_equal(elem_at(ir, "sms")->kind, TMC_KIND_EXTERNAL);
  assert_int_equal(elem_at(ir, "lab")->kind, TMC_KIND_EXTERNAL);
  assert_int_equal(elem_at(ir, "app")->kind, TMC_KIND_PROCESS);
  assert_int_equal(elem_at(ir, "sched")->kind, TMC_KIND_PROCESS);
  assert_int_equal(elem_at(ir, "cron")->kind, TMC_KIND_PROCESS);
  assert_int_equal(elem_at(ir, "llm")->kind, TMC_KIND_LLM);
  tmc_ir_free(ir);
}

static void test_shared_admin_login(void **state) {
  (void)state;
  tmc_ir *ir =
      analyse_with("digraph g {\n"
                   "  rec [shape=box, label=\"Receptionists\\n(shared admin login)\"];\n"
                   "  kiosk [shape=box, label=\"Kassi\"];\n"
                   "  vols [shape=box, label=\"Vaktir\\n(felags innritan)\"];\n"
                   "  /* quiet: each nurse signs in as themselves */\n"
                   "  nurses [shape=box, label=\"Nurses\\n(own admin login)\"];\n"
                   "  portal [label=\"Clinic admin panel\\n(Laravel)\"];\n"
                   "  db [shape=cylinder, label=\"Patients\"];\n"
                   "  rec -> portal [label=\"refunds, exports\"];\n"
                   "  vols -> kiosk [label=\"sales\"];\n"
                   "  kiosk -> portal [label=\"tickets\"];\n"
                   "  nurses -> portal [label=\"notes\"];\n"
                   "  portal -> db [dir=both];\n"
                   "}\n",
                   cat, "rules");
  assert_non_null(ir);
  assert_non_null(finding(ir, "TMC-REPUD-011", "rec->portal"));
  assert_non_null(finding(ir, "TMC-REPUD-011", "vols->kiosk"));
  assert_null(finding(ir, "TMC-REPUD-011", "nurses->portal"));
  tmc_ir_free(ir);
}

static void test_export_mailed_on(void **state) {
  (void)state;
  tmc_ir *ir =
      analyse_with("digraph g {\n"
                   "  owner [shape=box, label=\"Bakery owner\"];\n"
                   "  kasserer [shape=box, label=\"Kasserer\"];\n"
                   "  baker [shape=box, label=\"Head baker\"];\n"
                   "  acc [shape=box, label=\"Accountancy firm\\n(outside)\"];\n"
                   "  rev [shape=box, label=\"Revisor\\n(ekstern)\"];\n"
                   "  subgraph cluster_s { label=\"Cloud\"; style=dashed;\n"
                   "    till [label=\"Till back office\\n(Rails)\"];\n"
                   "    db [shape=cylinder, label=\"Staff and sales\\n(MySQL)\"];\n"
                   "  }\n"
                   "  till -> db [dir=both];\n"
                   "  till -> owner [label=\"monthly payroll export\"];\n"
                   "  owner -> acc [label=\"payroll spreadsheet by email\"];\n"
                   "  till -> kasserer [label=\"medlemsliste\"];\n"
                   "  kasserer -> rev [label=\"CSV med e-post\"];\n"
                   "  /* quiet: the system never gave them what they mail */\n"
                   "  baker -> acc [label=\"timesheet PDF by email\"];\n"
                   "  baker -> till [label=\"orders\"];\n"
                   "}\n",
                   cat, "rules");
  assert_non_null(ir);
  assert_non_null(finding(ir, "TMC-APP-063", "owner->acc"));
  assert_non_null(finding(ir, "TMC-APP-063", "kasserer->rev"));
  assert_null(finding(ir, "TMC-APP-063", "baker->acc"));
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_flood_only_end_is_shown),
      cmocka_unit_test(test_settings_file_lists_its_keys),
      cmocka_unit_test(test_dashed_boxes_outside_are_the_outside),
      cmocka_unit_test(test_shared_admin_login),
      cmocka_unit_test(test_export_mailed_on),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
