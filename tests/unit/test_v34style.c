/* test_v34style.c - drawing styles and label languages (v34style, from
 * tests/variants34): how a diagram is written or which language labels it
 * must not change what its elements are. Each test draws its own small
 * system in its own words (no test set uses them), with a quiet near-miss
 * where one applies. */
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

/* A UserObject card whose label is placeholders filled from its attributes,
 * the switch written into the style (placeholders=1), not on the wrapper. */
#define PH_CARD(id, parent, name, tech, style, x, y)                                     \
  "<UserObject label=\"&lt;b&gt;%name%&lt;/b&gt;&lt;br&gt;%tech%\" name=\"" name         \
  "\" tech=\"" tech "\" id=\"" id "\"><mxCell style=\"" style                            \
  "placeholders=1;\" vertex=\"1\" parent=\"" parent "\"><mxGeometry x=\"" #x             \
  "\" y=\"" #y "\" width=\"140\" height=\"60\" as=\"geometry\"/></mxCell></UserObject>"

/* draw.io: a clinic's booking service and its patient store, both labelled
 * "%name% / %tech%" with placeholders=1 in the style. The labels are the
 * attributes, so the store is a store and the service a process, not the
 * people a bare "%tech%" head would make them. Quiet: a wrapper without the
 * switch anywhere keeps its text as written. */
static void test_placeholders_in_style(void **state) {
  (void)state;
  static const char xml[] = HEAD ZONE("z", "Clinic cloud account", 0, 0, 700, 300)
      PH_CARD("svc", "z", "Appointment service", "Node.js container", CARD, 20, 40)
          PH_CARD(
              "db", "z", "Patient records", "PostgreSQL", DB, 300,
              40) "<UserObject label=\"%name%\" name=\"Reminder job\" id=\"raw\"><mxCell "
                  "style=\"rounded=1;html=1;\" vertex=\"1\" parent=\"z\"><mxGeometry "
                  "x=\"500\" "
                  "y=\"40\" width=\"100\" height=\"60\" "
                  "as=\"geometry\"/></mxCell></UserObject>" E("e1", "svc", "db")
                      E("e2", "raw", "db") TAIL;
  tmc_ir *ir = drawio_analysed(xml, NULL);
  const tmc_element *svc = elem_at(ir, "svc");
  assert_non_null(strstr(svc->label, "Appointment service"));
  assert_null(strstr(svc->label, "%name%"));
  assert_int_equal(svc->kind, TMC_KIND_PROCESS);
  assert_non_null(strstr(elem_at(ir, "db")->label, "Patient records"));
  assert_int_equal(kind_at(ir, "db"), TMC_KIND_DATA_STORE);
  /* quiet: no switch, the text stays as draw.io shows it */
  assert_non_null(strstr(elem_at(ir, "raw")->label, "%name%"));
  tmc_ir_free(ir);
}

/* DOT, a Basque climbing gym: members and desk staff drawn as ellipses,
 * beside the gym's clusters, door locks and cameras inside. People, locks
 * and cameras named in Basque are the outside (the people entries); quiet:
 * the gym's own booking app and its store keep their kinds. */
static void test_basque_people_and_devices(void **state) {
  (void)state;
  static const char dot[] =
      "digraph d {\n"
      " node [shape=box, style=rounded];\n"
      " bazk [label=\"Bazkideak\", shape=ellipse];\n"
      " lang [label=\"Harrera-langileak\", shape=ellipse];\n"
      " subgraph cluster_g { label=\"Eskalada gimnasioa\";\n"
      "  app [label=\"Erreserba aplikazioa\"];\n"
      "  db [label=\"Bazkideen datu-basea\", shape=cylinder];\n"
      "  lock [label=\"Aldageletako sarrailak\", shape=component];\n"
      "  cam [label=\"Zaintza-kamerak\", shape=component];\n"
      " }\n"
      " bazk -> app; lang -> app; app -> db; app -> lock; cam -> app;\n"
      "}\n";
  tmc_ir *ir = analyse_with(dot, cat, NULL);
  assert_int_equal(kind_at(ir, "bazk"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "lang"), TMC_KIND_EXTERNAL);
  assert_true(entry_at(ir, "bazk"));
  assert_true(entry_at(ir, "lang"));
  assert_int_equal(kind_at(ir, "lock"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "cam"), TMC_KIND_EXTERNAL);
  /* quiet */
  assert_int_equal(kind_at(ir, "app"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "db"), TMC_KIND_DATA_STORE);
  tmc_ir_free(ir);
}

/* DOT, a Lao rice co-operative's price digest: a cluster named "outside
 * sources" holds a market page and a price feed; a daily job ("ທຸກມື້")
 * pastes them into one prompt; farmers only read the result. The cluster is
 * someone else's (its sources are external entries), the farmers are
 * people, and nobody talks to the model directly (no direct injection).
 * Quiet: the job stays the co-operative's process. */
static void test_lao_outside_zone_and_daily_job(void **state) {
  (void)state;
  static const char dot[] =
      "digraph d {\n"
      " node [shape=box, style=rounded];\n"
      " subgraph cluster_x { label=\"ແຫຼ່ງລາຄາພາຍນອກ\";\n"
      "  mkt [label=\"ໜ້າເວັບຕະຫຼາດເຂົ້າ\", shape=box3d];\n"
      "  feed [label=\"RSS ລາຄາເຂົ້າ\", shape=box3d];\n"
      " }\n"
      " subgraph cluster_s { label=\"ເຊີບເວີສະຫະກອນ\";\n"
      "  job [label=\"ວຽກສັງລວມ Python (06:00 ທຸກມື້)\"];\n"
      "  arc [label=\"ຄັງເກັບ SQLite\", shape=cylinder];\n"
      " }\n"
      " gpt [label=\"GPT-4o mini (OpenAI API)\", shape=ellipse];\n"
      " farm [label=\"ຊາວກະສິກອນ ແລະ ສະມາຊິກ\", shape=ellipse];\n"
      " mkt -> job; feed -> job; job -> gpt [dir=both]; job -> arc; job -> farm;\n"
      "}\n";
  tmc_ir *ir = analyse_with(dot, cat, NULL);
  assert_int_equal(kind_at(ir, "feed"), TMC_KIND_EXTERNAL);
  assert_true(entry_at(ir, "feed"));
  assert_int_equal(kind_at(ir, "farm"), TMC_KIND_EXTERNAL);
  assert_false(entry_at(ir, "farm"));
  assert_null(finding(ir, "TMC-LLM-001", "gpt"));
  /* quiet */
  assert_int_equal(kind_at(ir, "job"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "arc"), TMC_KIND_DATA_STORE);
  tmc_ir_free(ir);
}

/* DOT, CRLF line ends and HTML-like labels, a Kyrgyz water utility: flow
 * meters ("Датчиктер") through a PLC, a weekly lightgbm retraining
 * ("кайра окутуу") from a training table ("Окутуу таблицасы"). The meters
 * are the outside (an entry), the retraining a pipeline, the table a
 * dataset; quiet: the PLC stays a process. */
static void test_kyrgyz_sensors_and_training(void **state) {
  (void)state;
  static const char dot[] =
      "digraph d {\r\n"
      " node [shape=box];\r\n"
      " subgraph cluster_w { label=<<B>Суу каналы</B>>;\r\n"
      "  sens [label=<<B>Агым датчиктер</B><BR/>насостордо>, shape=component];\r\n"
      "  plc [label=<<B>PLC</B>>];\r\n"
      "  tr [label=<<B>Python скрипт (апта сайын)</B><BR/>lightgbm менен кайра "
      "окутуу>];\r\n"
      "  tab [label=<<B>Окутуу таблицасы</B>>, shape=note];\r\n"
      " }\r\n"
      " sens -> plc; plc -> tab; tab -> tr;\r\n"
      "}\r\n";
  tmc_ir *ir = analyse_with(dot, cat, NULL);
  assert_int_equal(kind_at(ir, "sens"), TMC_KIND_EXTERNAL);
  assert_true(entry_at(ir, "sens"));
  assert_int_equal(kind_at(ir, "tr"), TMC_KIND_PIPELINE);
  assert_int_equal(kind_at(ir, "tab"), TMC_KIND_DATASET);
  /* quiet */
  assert_int_equal(kind_at(ir, "plc"), TMC_KIND_PROCESS);
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_placeholders_in_style),
      cmocka_unit_test(test_basque_people_and_devices),
      cmocka_unit_test(test_lao_outside_zone_and_daily_job),
      cmocka_unit_test(test_kyrgyz_sensors_and_training),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
