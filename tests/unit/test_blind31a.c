/* test_blind31a.c - what blind31's vendor model artifact taught (g31a,
 * issues #15, #16), in wordings and domains of this file's own: a vendor's
 * model run as files on the company's devices and server (a TFLite file on
 * the tablets, an ONNX service loading from a models folder), the folder a
 * root update script unpacks the vendor's ZIP into, and the vendor's portal
 * and SFTP drop outside every boundary, joined by the vendor's own retraining
 * loop (the vendor trains on what we send it); drawn in English (DOT) and in
 * Azerbaijani (draw.io, names in bold divs with non-breaking spaces). */
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
#include "path_helpers.h"

/* The kinds both drawings share: the models are the vendor's files run on
 * our tablets and server (assets), the folder they load from a registry,
 * the update script code, the vendor's portal and SFTP drop outside. */
static void assert_vendor_model_kinds(const tmc_ir *ir) {
  assert_int_equal(kind_at(ir, "dev"), TMC_KIND_MODEL);
  assert_int_equal(kind_at(ir, "srv"), TMC_KIND_MODEL);
  assert_true(elem_at(ir, "dev")->facts.is_asset);
  assert_true(elem_at(ir, "srv")->facts.is_asset);
  assert_int_equal(kind_at(ir, "dir"), TMC_KIND_MODEL_REGISTRY);
  assert_int_equal(kind_at(ir, "upd"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "app"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "vp"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "vs"), TMC_KIND_EXTERNAL);
  assert_true(elem_at(ir, "vp")->facts.is_entry);
  /* the vendor retrains on what the system sends it: a trainer whose
   * inputs outsiders shape; its compute is the vendor's (no AML.T0034) */
  assert_true(TMC_ROLESET_HAS(elem_at(ir, "vs")->roles, TMC_ROLE_TRAINER));
  assert_non_null(finding(ir, "TMC-TRAIN-004", "vs"));
  assert_false(any_cites(ir, NULL, "AML.T0034"));
  /* the portal names the model files it hands out: a source of models,
   * though the vendor is fed what it retrains on */
  assert_true(elem_at(ir, "vp")->facts.model_source);
  /* and its own attack, not one relayed from the SFTP drop before it: a
   * compromised portal ships a backdoored model the server loads */
  assert_true(aimed(ir, "vp", "srv", "tamper_model"));
}

/* DOT, an insurer's dent assessor: "Dentify TFLite" on the field tablets,
 * "Dentify ONNX service" in the head office (its head names a service, its
 * name the model file's format), "Model folder", "Model update script",
 * the vendor's portal and SFTP in clouds with the vendor's retraining edge
 * between them. Quiet: the claims API and the adjusters' review stay code. */
static void test_vendor_model_files_dot(void **state) {
  (void)state;
  static const char dot[] =
      "digraph claims {\n"
      " subgraph cluster_hq { label=\"Head office servers\";\n"
      "  api [label=\"Claims API\"];\n"
      "  srv [label=\"Dentify ONNX service\\nsecond opinion, confidence\"];\n"
      "  dir [label=\"Model folder\\n/srv/dentify/models\", shape=folder];\n"
      "  upd [label=\"Model update script\\ncron, root, weekly\"];\n"
      "  queue [label=\"Adjuster review\\nweb, mismatches\"];\n"
      "  ledger [label=\"Claims ledger\", shape=cylinder];\n"
      " }\n"
      " subgraph cluster_ph { label=\"Field tablets\";\n"
      "  app [label=\"Assessor app\\nAndroid, assessor login\"];\n"
      "  dev [label=\"Dentify TFLite\\non the tablet, scores dents\"];\n"
      " }\n"
      " assessors [label=\"Assessors\", shape=ellipse];\n"
      " vp [label=\"Dentify vendor portal\\nweekly model ZIP (ONNX + TFLite)\", "
      "shape=cloud];\n"
      " vs [label=\"Dentify SFTP\\ncorrections, for retraining\", shape=cloud];\n"
      " assessors -> app; app -> dev [dir=both];\n"
      " app -> api; api -> srv; srv -> api; api -> ledger; api -> queue;\n"
      " queue -> ledger; queue -> vs [label=\"photos + corrections\"];\n"
      " vs -> vp [style=dashed, label=\"vendor retrains\"];\n"
      " vp -> upd [label=\"model zip\"]; upd -> dir; dir -> srv;\n"
      " dir -> dev [style=dashed];\n"
      "}\n";
  tmc_ir *ir = analyse_with(dot, cat, NULL);
  assert_vendor_model_kinds(ir);
  /* quiet */
  assert_int_equal(kind_at(ir, "api"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "queue"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "assessors"), TMC_KIND_EXTERNAL);
  tmc_ir_free(ir);
}

/* A name in a bold div, words joined by non-breaking spaces, its details
 * in the next div, as draw.io writes an HTML label. */
#define NAMED(name, details)                                                             \
  "&lt;div&gt;&lt;b&gt;" name "&lt;/b&gt;&lt;/div&gt;&lt;div&gt;" details "&lt;/div&gt;"
#define HEX "shape=hexagon;perimeter=hexagonPerimeter2;whiteSpace=wrap;html=1;"
#define CLOUD "ellipse;shape=cloud;whiteSpace=wrap;html=1;"
#define RECT "rounded=0;whiteSpace=wrap;html=1;"

/* draw.io in Azerbaijani, a city's parking wardens: "Nəzarət tətbiqi" (the
 * wardens' app), "PlateSense TFLite" on the tablets, "PlateSense ONNX
 * xidməti" (service), "Model qovluğu" (models folder), "Model yeniləmə
 * skripti" (update script), the vendor's "portalı" and SFTP in clouds,
 * joined by "yenidən öyrədir" (retrains). Quiet: the photo archive is a
 * store, the wardens people. */
/* (the app and the model on the tablet talk both ways: a double-headed
 * arrow) */
static void test_vendor_model_files_azerbaijani_drawio(void **state) {
  (void)state;
  /* three pieces: C compilers need take no string longer than 4095 */
  static const char zones[] = HEAD ZONE("z1", "Küçə – planşetlər", 200, 0, 400, 200) ZONE(
      "z2", "Mərkəzi ofis – serverlər", 200, 260, 700,
      400) V("insp", "Nəzarətçilər", "shape=umlActor;html=1;", 20, 60, 30, 60)
      C("app", "z1", NAMED("Nəzarət&amp;nbsp;tətbiqi", "Android, nəzarətçinin girişi"),
        RECT, 20, 40, 150, 60)
          C("dev", "z1", NAMED("PlateSense&amp;nbsp;TFLite", "planşetdə, nömrəni oxuyur"),
            HEX, 220, 40, 150, 60)
              C("api", "z2", NAMED("Cərimə&amp;nbsp;API", "Java, Tomcat"), RECT, 20, 40,
                150, 60) C("srv", "z2",
                           NAMED("PlateSense&amp;nbsp;ONNX&amp;nbsp;xidməti",
                                 "ikinci oxunuş, etibar balı"),
                           HEX, 220, 40, 150, 60);
  static const char boxes[] = C(
      "dir", "z2", NAMED("Model&amp;nbsp;qovluğu", "/srv/ps/models"),
      "shape=folder;whiteSpace=wrap;html=1;", 420, 40, 150,
      60) C("upd", "z2",
            NAMED("Model&amp;nbsp;yeniləmə&amp;nbsp;skripti", "cron, root, həftədə bir"),
            "shape=process;whiteSpace=wrap;html=1;", 420, 200, 150,
            60) C("arx", "z2", NAMED("Şəkil&amp;nbsp;arxivi", "MinIO, 3 il"), DB, 20, 200,
                  150, 60)
      V("vp", NAMED("PlateSense&amp;nbsp;portalı", "həftəlik model ZIP (ONNX + TFLite)"),
        CLOUD, 1000, 300, 160, 90)
          V("vs", NAMED("PlateSense&amp;nbsp;SFTP", "düzəlişlər, yenidən öyrətmə üçün"),
            CLOUD, 1000, 500, 160, 90);
  static const char links[] = LINK(
      "e1", "insp", "app",
      "şəkil") "<mxCell id=\"e2\" value=\"şəkil / nömrə\" style=\"startArrow=classic;\" "
               "edge=\"1\" parent=\"1\" source=\"app\" target=\"dev\"><mxGeometry "
               "relative=\"1\" "
               "as=\"geometry\"/></mxCell>" LINK("e3", "app", "api", "şəkil + oxunuş")
                   LINK("e4", "api", "srv", "şəkil")
                       LINK("e5", "srv", "api", "nömrə + etibar")
                           LINK("e6", "api", "arx", "saxlayır")
                               LINK("e7", "api", "vs", "həftəlik: şəkillər + düzəlişlər")
                                   LINK("e8", "vs", "vp", "yenidən öyrədir")
                                       LINK("e9", "vp", "upd", "model ZIP (imzasız)")
                                           LINK("e10", "upd", "dir", "açır")
                                               LINK("e11", "dir", "srv", "yüklənir")
                                                   LINK("e12", "dir", "dev",
                                                        "TFLite (MDM ilə)") TAIL;
  char xml[sizeof zones + sizeof boxes + sizeof links];
  snprintf(xml, sizeof xml, "%s%s%s", zones, boxes, links);
  tmc_ir *ir = drawio_analysed(xml, NULL);
  assert_vendor_model_kinds(ir);
  /* quiet */
  assert_int_equal(kind_at(ir, "arx"), TMC_KIND_DATA_STORE);
  assert_int_equal(kind_at(ir, "insp"), TMC_KIND_EXTERNAL);
  tmc_ir_free(ir);
}

/* Two outsiders of different parties in a row (the shoppers and the web
 * widget they use, outside the shop's zone) are no one party: the widget,
 * which takes the shoppers' input on to the system, stays what its words
 * make it. A vendor sending bin weights is no source of models. */
static void test_outsiders_of_two_parties_dot(void **state) {
  (void)state;
  static const char dot[] =
      "digraph shop {\n"
      " subgraph cluster_c { label=\"Shop cloud\";\n"
      "  api [label=\"Basket API\"];\n"
      "  db [label=\"Orders\", shape=cylinder];\n"
      " }\n"
      " shoppers [label=\"Shoppers\", shape=ellipse];\n"
      " widget [label=\"Basket widget\\n(React, on the shop pages)\"];\n"
      " scale [label=\"Scale vendor\\nbin weights, hourly\", shape=box3d];\n"
      " shoppers -> widget; widget -> api; api -> db;\n"
      " scale -> api [label=\"weights\"];\n"
      "}\n";
  tmc_ir *ir = analyse_with(dot, cat, NULL);
  assert_int_equal(kind_at(ir, "widget"), TMC_KIND_PROCESS);
  /* weights alone are a scale's, no model files: no source of models */
  assert_false(elem_at(ir, "scale")->facts.model_source);
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_vendor_model_files_dot),
      cmocka_unit_test(test_vendor_model_files_azerbaijani_drawio),
      cmocka_unit_test(test_outsiders_of_two_parties_dot),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
