/* test_b37a.c - what blind37's diamond unit (Gujarati labels, the Veeam icon
 * set) taught (thirty-third session, helper r37ambika), each drawn here in
 * other words and another domain:
 *   - the Veeam 2 library's repositories (Windows, Linux, cloud, scale-out)
 *     and its files are the backups and data kept (stores, so assets), a
 *     cloud repository object storage; its backup server product is code,
 *     whatever the label says (or does not);
 *   - the instruments at a counter or a door that send in what they weigh or
 *     read (a weighing scale, a time clock, a fingerprint terminal) are
 *     devices, the outside, though drawn as the system's own rounded boxes;
 *     a bare "balance" or "scale" stays what it was;
 *   - Gujarati names of people, stores, files, shares, buckets, apps and
 *     those devices, heads ending the phrase;
 *   - someone outside who comes in by a remote-support session and reaches
 *     the backup server deletes the copies it writes before encrypting the
 *     rest (TMC-PATH-052, deny_service): a path to the repository that is
 *     copied on; none where no remote session is drawn. */
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

#define VEEAM(icon)                                                                      \
  "sketch=0;pointerEvents=1;shadow=0;dashed=0;html=1;strokeColor=none;fillColor=#"       \
  "005F4B;"                                                                              \
  "labelPosition=center;verticalLabelPosition=bottom;verticalAlign=top;align=center;"    \
  "outlineConnect=0;shape=mxgraph.veeam2." icon ";"

/* A dental practice's backups drawn with Veeam's icons, labelled by where
 * each thing stands rather than what it is. */
static void test_veeam_repositories_are_stores(void **state) {
  (void)state;
  const char *xml = HEAD V("pms", "Practice management (Dentrix)",
                           VEEAM("windows_server"), 40, 40, 40, 52)
      V("vbr", "Nightly job box", VEEAM("veeam_backup_replication"), 240, 40, 34, 34)
          V("nas", "Synology in the cellar", VEEAM("windows_repository"), 440, 40, 37, 38)
              V("off", "Offsite (Backblaze)", VEEAM("cloud_repository"), 640, 40, 37, 38)
                  V("xr", "X-ray exports", VEEAM("data_file"), 40, 200, 28, 39)
                      V("rec", "Receptionist", VEEAM("user"), 240, 200, 28, 28)
                          LINK("f1", "pms", "vbr", "image backup")
                              LINK("f2", "xr", "vbr", "")
                                  LINK("f3", "vbr", "nas", "backup job")
                                      LINK("f4", "nas", "off", "copy job")
                                          LINK("f5", "rec", "pms", "appointments") TAIL;
  tmc_ir *ir = drawio_analysed(xml, "paths");
  assert_non_null(ir);
  assert_int_equal(kind_at(ir, "nas"), TMC_KIND_DATA_STORE);
  assert_int_equal(kind_at(ir, "off"), TMC_KIND_DATA_STORE);
  assert_int_equal(elem_at(ir, "off")->tech, TMC_TECH_OBJECT_STORAGE);
  assert_int_equal(kind_at(ir, "xr"), TMC_KIND_DATA_STORE);
  assert_true(elem_at(ir, "nas")->facts.is_asset);
  assert_true(elem_at(ir, "off")->facts.is_asset);
  /* the backup server is code, the people icon a person */
  assert_int_equal(kind_at(ir, "vbr"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "rec"), TMC_KIND_EXTERNAL);
  /* no AI in a backup picture */
  assert_false(any_ai_id(ir));
  tmc_ir_free(ir);
}

/* A grain co-operative's intake desk: the scale and the gate's time clock
 * drawn as rounded boxes inside the co-op's zone. */
static void test_weighing_and_attendance_devices(void **state) {
  (void)state;
  tmc_ir *ir =
      analysed("digraph coop {\n"
               "  subgraph cluster_office { label=\"Intake office\"; style=dashed;\n"
               "    node [shape=box, style=rounded];\n"
               "    scale [label=\"Weighbridge\\n(RS-232)\"];\n"
               "    clock [label=\"Time clock at the gate\\n(face + PIN)\"];\n"
               "    fp [label=\"Fingerprint terminal (ZKTeco)\"];\n"
               "    app [label=\"Intake app\"];\n"
               "    bal [label=\"Member balance service\"];\n"
               "    db [label=\"Intake DB\", shape=cylinder];\n"
               "  }\n"
               "  scale -> app [label=\"tonnes\"];\n"
               "  clock -> db [label=\"punches\"];\n"
               "  fp -> db [label=\"punches\"];\n"
               "  app -> db;\n  db -> bal;\n"
               "}\n");
  assert_non_null(ir);
  assert_int_equal(kind_at(ir, "scale"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "clock"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "fp"), TMC_KIND_EXTERNAL);
  assert_true(entry_at(ir, "clock"));
  assert_true(entry_at(ir, "fp"));
  /* quiet: a balance of money is code, the app too */
  assert_int_equal(kind_at(ir, "bal"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "app"), TMC_KIND_PROCESS);
  tmc_ir_free(ir);
}

/* A Gujarati dairy co-operative's collection centre: the milk scale and
 * the attendance machine, the billing app, the members' database, the
 * share of slips and the cloud bucket of copies. */
static void test_gujarati_dairy(void **state) {
  (void)state;
  const char *xml = HEAD ZONE("z", "દૂધ મંડળી (આણંદ)", 0, 0, 900, 400)
      C("scale", "z", "દૂધ વજન કાંટો&lt;br&gt;(RS-232)", CARD, 20, 40, 120, 50)
          C("att", "z", "કર્મચારી હાજરી મશીન", CARD, 20, 160, 120, 50)
              C("app", "z", "બિલિંગ એપ (PHP)", CARD, 240, 40, 120, 50)
                  C("db", "z", "સભ્ય ડેટાબેઝ", CARD, 480, 40, 120, 50)
                      C("share", "z", "ફાઇલ શેર (સ્લિપ)", CARD, 480, 160, 120, 50)
                          V("bk", "ક્લાઉડ બકેટ (નકલ)", CARD, 700, 40, 120, 50)
                              V("mgr", "મેનેજર", CARD, 240, 300, 120, 50)
                                  LINK("f1", "scale", "app", "લિટર, ફેટ")
                                      LINK("f2", "att", "db", "હાજરી")
                                          LINK("f3", "app", "db", "")
                                              LINK("f4", "app", "share", "સ્લિપ")
                                                  LINK("f5", "db", "bk", "રાત્રે")
                                                      LINK("f6", "mgr", "app", "") TAIL;
  tmc_ir *ir = drawio_analysed(xml, "paths");
  assert_non_null(ir);
  assert_int_equal(kind_at(ir, "scale"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "att"), TMC_KIND_EXTERNAL);
  assert_true(entry_at(ir, "att"));
  assert_int_equal(kind_at(ir, "app"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "db"), TMC_KIND_DATA_STORE);
  assert_int_equal(kind_at(ir, "share"), TMC_KIND_DATA_STORE);
  assert_int_equal(elem_at(ir, "share")->tech, TMC_TECH_FILE_SHARE);
  assert_int_equal(kind_at(ir, "bk"), TMC_KIND_DATA_STORE);
  assert_int_equal(elem_at(ir, "bk")->tech, TMC_TECH_OBJECT_STORAGE);
  assert_int_equal(kind_at(ir, "mgr"), TMC_KIND_EXTERNAL);
  assert_true(entry_at(ir, "mgr"));
  assert_false(any_ai_id(ir));
  tmc_ir_free(ir);
}

/* An accountancy's file server, reached by the IT firm's TeamViewer; a
 * restic job copies the shares to a NAS that syncs to a cloud bucket. The
 * same office where the IT firm only mails tickets gives no such path. */
#define ACCOUNTANTS(way)                                                                 \
  "digraph acc {\n"                                                                      \
  "  subgraph cluster_office { label=\"Office\"; style=dashed;\n"                        \
  "    pc [label=\"Reception PC\"];\n"                                                   \
  "    files [label=\"Client files share\", shape=cylinder];\n"                          \
  "    job [label=\"Nightly restic job\"];\n"                                            \
  "    nas [label=\"Synology NAS (restic repo)\", shape=cylinder];\n"                    \
  "  }\n"                                                                                \
  "  it [label=\"IT support firm\", shape=box];\n"                                       \
  "  cloud [label=\"Offsite bucket (B2)\", shape=cylinder];\n"                           \
  "  it -> pc [label=\"" way "\"];\n"                                                    \
  "  pc -> files [label=\"save\"];\n"                                                    \
  "  files -> job; job -> nas [label=\"snapshot\"];\n"                                   \
  "  nas -> cloud [label=\"cloud sync\"];\n"                                             \
  "}\n"

static void test_backups_deleted_through_remote_session(void **state) {
  (void)state;
  tmc_ir *ir = analysed(ACCOUNTANTS("TeamViewer (unattended)"));
  assert_non_null(ir);
  assert_true(aimed(ir, "it", "nas", "deny_service"));
  assert_false(any_ai_id(ir));
  tmc_ir_free(ir);
  /* quiet: no remote session, no such path */
  ir = analysed(ACCOUNTANTS("support tickets"));
  assert_non_null(ir);
  assert_false(aimed(ir, "it", "nas", "deny_service"));
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_veeam_repositories_are_stores),
      cmocka_unit_test(test_weighing_and_attendance_devices),
      cmocka_unit_test(test_gujarati_dairy),
      cmocka_unit_test(test_backups_deleted_through_remote_session),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
