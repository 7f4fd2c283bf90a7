/* test_kinds23.c - kinds misread by blind22 (causes23 K), each by its
 * family, in other words and the other format, with the near misses that
 * must stay: an audience and the people who make or pick what it hears
 * named by plural role nouns; people and vendors in Hindi; buoys,
 * technicians and a training job in Vietnamese; a smart-lock maker's API;
 * a zone named "outside" in Vietnamese and Greek; a store live
 * predictions also read. Wordings are this file's own. */
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

/* People by plural role nouns (blind22 had them in DOT): listeners,
 * podcasters, editors, here on draw.io cards and with other words after
 * them. Quiet: the singular "editor" and "listener" name software. */
static void test_plural_roles(void **state) {
  (void)state;
  static const char xml[] = HEAD V("l", "Listeners (iOS, Android)", CARD, 0, 0, 120, 60)
      V("p", "Podcasters (indie shows)", CARD, 0, 100, 120, 60)
          V("ed", "Editors", CARD, 0, 200, 120, 60)
              V("sv", "Episode service", CARD, 300, 0, 120, 60)
                  V("ce", "Caption editor (web app)", CARD, 300, 100, 120, 60)
                      V("tl", "Upload listener :9000", CARD, 300, 200, 120, 60)
                          LINK("e1", "p", "tl", "audio") LINK("e2", "sv", "l", "pages")
                              LINK("e3", "ed", "ce", "captions")
                                  LINK("e4", "ce", "sv", "save")
                                      LINK("e5", "tl", "sv", "file") TAIL;
  tmc_ir *ir = drawio_analysed(xml, NULL);
  assert_int_equal(kind_at(ir, "l"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "p"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "ed"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "sv"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "ce"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "tl"), TMC_KIND_PROCESS);
  tmc_ir_free(ir);
}

/* Hindi people and vendors, Vietnamese buoys, technicians and a training
 * job, a smart-lock maker's API (blind22 had them in DOT; here in other
 * words). Quiet: the keys file naming the vendor stays a store, our own
 * services stay processes. */
static void test_people_devices_jobs(void **state) {
  (void)state;
  static const char dot[] = "digraph d {\n"
                            " node [shape=box];\n"
                            " log [shape=ellipse, label=\"पड़ोस के लोग\"];\n"
                            " ven [shape=ellipse, label=\"बिजली वेंडर\"];\n"
                            " srv [label=\"बुकिंग सर्वर\"];\n"
                            " lock [shape=box3d, label=\"Nuki API (smart locks)\"];\n"
                            " keys [shape=note, label=\"secrets.env (Nuki token)\"];\n"
                            " phao [label=\"Phao đo oxy hòa tan\"];\n"
                            " kt [label=\"Kỹ thuật viên trực ca\"];\n"
                            " tn [label=\"Dịch vụ thu nhận dữ liệu\"];\n"
                            " db [shape=cylinder, label=\"Chuỗi đo\"];\n"
                            " ht [label=\"Job huấn luyện mô hình hằng tuần\"];\n"
                            " log -> srv; srv -> ven; srv -> lock; keys -> srv;\n"
                            " phao -> tn; kt -> tn; tn -> db; db -> ht;\n"
                            "}\n";
  tmc_ir *ir = analyse_with(dot, cat, NULL);
  assert_int_equal(kind_at(ir, "log"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "ven"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "lock"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "phao"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "kt"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "ht"), TMC_KIND_PIPELINE);
  assert_int_equal(kind_at(ir, "srv"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "tn"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "keys"), TMC_KIND_DATA_STORE);
  tmc_ir_free(ir);
}

/* A zone named "outside" in Vietnamese or Greek holds the outside (a box
 * and a box3d there). Quiet: the same boxes in a zone named the system's
 * own network stay processes. */
static void test_outside_zones(void **state) {
  (void)state;
  static const char dot[] =
      "digraph d {\n"
      " node [shape=box];\n"
      " subgraph cluster_a { label=\"Hệ thống bên ngoài\"; wx [label=\"Dịch vụ thời "
      "tiết\"]; }\n"
      " subgraph cluster_b { label=\"Εκτός δικτύου\"; cu [shape=box3d, label=\"Σύστημα "
      "τελωνείου\"]; }\n"
      " subgraph cluster_c { label=\"Mạng nội bộ\"; app [label=\"Ứng dụng\"];"
      " gw [shape=box3d, label=\"Cổng kết nối\"]; }\n"
      " wx -> app; cu -> gw; gw -> app;\n"
      "}\n";
  tmc_ir *ir = analyse_with(dot, cat, NULL);
  assert_int_equal(kind_at(ir, "wx"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "cu"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "app"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "gw"), TMC_KIND_PROCESS);
  tmc_ir_free(ir);
}

/* A store both the training job and a service loading the model read
 * (draw.io here) is the production store; quiet: the labels only the
 * training job reads are its dataset. */
static void test_store_live_predictions_read(void **state) {
  (void)state;
  static const char xml[] = HEAD V("ts", "Sensor readings", DB, 0, 0, 100, 60)
      V("lb", "Incident labels", DB, 0, 200, 100, 60)
          V("tr", "Nightly training job (XGBoost)", CARD, 200, 0, 120, 60)
              V("reg", "Model registry (MLflow)", DB, 400, 0, 100, 60)
                  V("pr", "Prediction service", CARD, 400, 200, 120, 60)
                      LINK("e1", "ts", "tr", "history") LINK("e2", "lb", "tr", "labels")
                          LINK("e3", "tr", "reg", "model") LINK("e4", "reg", "pr", "load")
                              LINK("e5", "ts", "pr", "latest readings") TAIL;
  tmc_ir *ir = drawio_analysed(xml, NULL);
  assert_int_equal(kind_at(ir, "ts"), TMC_KIND_DATA_STORE);
  assert_int_equal(kind_at(ir, "lb"), TMC_KIND_DATASET);
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_plural_roles),
      cmocka_unit_test(test_people_devices_jobs),
      cmocka_unit_test(test_outside_zones),
      cmocka_unit_test(test_store_live_predictions_read),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
