/* test_kinds33.c - element kinds from real drawings (kinds33, issue #15):
 * the VMware VVD and floor-plan stencil libraries, a draw.io note a flow
 * reaches (a file), a counted thing with a microcontroller in it (a fleet of
 * field devices), people of a guild or a town in Galician and Spanish, a
 * public hub reached through a proxy, a key file whose clause says where it
 * lies, a DFD process named by its task's doer, a plain "model" word in an
 * outside party's aside, tag readers and the firms buying a farm's produce.
 * Each with a quiet near-miss. Wordings are this file's own (no test set
 * uses them). */
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

static bool has(const tmc_ir *ir, const char *id) {
  for (uint32_t i = 0; i < ir->n_elements; i++)
    if (strcmp(ir->elements[i].id, id) == 0)
      return true;
  return false;
}

#define VVD(s) "shape=mxgraph.vvd." s ";html=1;"
#define FP(s) "shape=mxgraph.floorplan." s ";html=1;"
#define NOTE "shape=note;whiteSpace=wrap;html=1;"
#define CLOUD "ellipse;shape=cloud;whiteSpace=wrap;html=1;"

/* draw.io: VVD icons (a document a store, logs a store, a VM a host whose
 * words say what runs, a user group the outside), floor-plan walls and
 * doors (no elements), floor-plan machines (a counted fleet with a board
 * in each the outside; the front desk's PC the shop's own), notes a flow
 * reaches (a key file a store; a UML artifact naming a model that model;
 * a note nothing reaches no element). Quiet: a VVD icon with no row
 * (blueprint), kiosks counted with no microcontroller. */
static void test_stencils_drawio(void **state) {
  (void)state;
  static const char xml[] =
      HEAD V("doc", "Quality manuals share (PDFs, forms)", VVD("document"), 0, 0, 120,
             60) V("logs", "audit trail export", VVD("log_files"), 0, 100, 120, 60)
          V("vm", "vm-reports nightly report builder", VVD("virtual_machine"), 200, 0,
            120, 60) V("ppl", "Lab technicians", VVD("user_group"), 400, 0, 120,
                       60) V("bp", "Release blueprint", VVD("blueprint"), 200, 200, 120,
                             60) V("wall", "", FP("wall"), 600, 0, 120,
                                   60) V("door", "", FP("doorRight"), 600, 100, 120, 60)
              V("tm", "Ticket machines x6&lt;br&gt;Arduino coin board in each",
                FP("copier"), 800, 0, 120,
                60) V("pc", "Front desk PC&lt;br&gt;booking screens", FP("workstation"),
                      800, 100,
                      120, 60) V("kio", "Kiosk PCs x3&lt;br&gt;(Windows, booking app)",
                                 FP("laptop"), 800, 200, 120, 60)
                  V("nt", "svc-account.json&lt;br&gt;in the runner image", NOTE, 1000, 0,
                    120, 60) V("nm", "«artifact» Fraud model v3&lt;br&gt;xgb booster",
                               NOTE, 1000, 100, 120, 60)
                      V("nc", "remember to rotate keys", NOTE, 1000, 300, 120, 60)
                          E("e1", "ppl", "vm") E("e2", "vm", "doc") E("e3", "vm", "logs")
                              E("e4", "bp", "vm") E("e5", "tm", "vm") E("e6", "pc", "vm")
                                  E("e7", "kio", "vm") E("e8", "vm", "nt")
                                      E("e9", "vm", "nm") TAIL;
  tmc_ir *ir = drawio_analysed(xml, NULL);
  assert_int_equal(kind_at(ir, "doc"), TMC_KIND_DATA_STORE);
  assert_int_equal(kind_at(ir, "logs"), TMC_KIND_DATA_STORE);
  assert_int_equal(kind_at(ir, "vm"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "ppl"), TMC_KIND_EXTERNAL);
  assert_false(has(ir, "wall"));
  assert_false(has(ir, "door"));
  assert_int_equal(kind_at(ir, "tm"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "pc"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "nt"), TMC_KIND_DATA_STORE);
  assert_int_equal(kind_at(ir, "nm"), TMC_KIND_MODEL);
  assert_false(has(ir, "nc"));
  /* quiet */
  assert_int_equal(kind_at(ir, "bp"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "kio"), TMC_KIND_PROCESS);
  tmc_ir_free(ir);
}

/* DOT, zone-less boxes: Galician and Spanish people, a hub reached through
 * a proxy, a key file said with its place, a tag reader and an abattoir,
 * a counted fleet with a Raspberry Pi in each. Quiet: a members' portal, a
 * proxy cache of the system's, a loader of a settings file, a tag reader's
 * service, an abattoir's portal, a firmware build job, kiosks. */
static void test_words_dot(void **state) {
  (void)state;
  static const char dot[] =
      "digraph d {\n"
      " node [shape=box];\n"
      " p1 [label=\"Pescadores e armadores\"]; p2 [label=\"Secretaria técnica\"];\n"
      " p3 [label=\"Afiliados\"]; q1 [label=\"Portal de socios\"];\n"
      " api [label=\"Booking API\"]; db [shape=cylinder, label=\"bookings\"];\n"
      " hub [label=\"PyPI (via the egress proxy)\"];\n"
      " mir [label=\"Docker Hub proxy cache (Harbor)\"];\n"
      " env [label=\"deploy.env on the build server\"];\n"
      " ld [label=\"settings.yaml loader on the API pod\"];\n"
      " tr [label=\"Tag reader at the crush (Gallagher)\"];\n"
      " ab [label=\"Abattoir (premium scheme)\"];\n"
      " q3 [label=\"Tag reader service (Python)\"]; q4 [label=\"Abattoir portal\"];\n"
      " vend [label=\"Vending machines (x40)\\nRaspberry Pi controller\"];\n"
      " q5 [label=\"ESP32 firmware build job\"];\n"
      " q6 [label=\"Kiosk PCs x3 (Windows, booking app)\"];\n"
      " p1 -> api; p2 -> api; p3 -> api; api -> q1; api -> db;\n"
      " hub -> api; mir -> api; api -> env; api -> ld; tr -> api; api -> ab;\n"
      " tr -> q3; api -> q4; vend -> api; api -> vend; q5 -> vend; q6 -> api;\n"
      "}\n";
  tmc_ir *ir = analyse_with(dot, cat, NULL);
  static const char *const outside[] = {"p1", "p2", "p3", "hub", "tr", "ab", "vend"};
  for (size_t i = 0; i < sizeof outside / sizeof *outside; i++)
    assert_int_equal(kind_at(ir, outside[i]), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "env"), TMC_KIND_DATA_STORE);
  /* quiet */
  static const char *const own[] = {"q1", "ld", "q3", "q4", "q5", "q6", "api"};
  for (size_t i = 0; i < sizeof own / sizeof *own; i++)
    assert_int_equal(kind_at(ir, own[i]), TMC_KIND_PROCESS);
  assert_int_not_equal(kind_at(ir, "mir"), TMC_KIND_EXTERNAL);
  tmc_ir_free(ir);
}

/* A DFD numbering its processes and stores: the process named by its
 * task's doer loading a model file is the model, and the numbered store
 * the retrain writes into and it loads from the registry. Quiet: a
 * numbered process handing on predictions. */
static void test_dfd_doer(void **state) {
  (void)state;
  static const char dot[] =
      "digraph dfd {\n"
      " node [shape=ellipse];\n"
      " E1 [shape=box, label=\"E1 Store managers\"];\n"
      " 1 [label=\"1 Sales ingest\"];\n"
      " 2 [label=\"2 Weekly retrain (XGBoost)\"];\n"
      " 2.1 [label=\"2.1 Demand forecaster (every hour, demand.joblib)\"];\n"
      " 2.2 [label=\"2.2 Send predictions to stores\"];\n"
      " D1 [shape=cylinder, label=\"D1 Sales (Postgres)\"];\n"
      " D2 [shape=cylinder, label=\"D2 Artifacts bucket (demand-YYYYMMDD.joblib)\"];\n"
      " E1 -> 1 [label=\"daily sales\"]; 1 -> D1 [label=\"write\"]; D1 -> 2;\n"
      " 2 -> D2 [label=\"new model\"]; D2 -> 2.1 [label=\"load\"];\n"
      " D1 -> 2.1 [label=\"latest sales\"]; 2.1 -> 2.2 [label=\"forecast\"];\n"
      " 2.2 -> E1 [label=\"orders\"];\n"
      "}\n";
  tmc_ir *ir = analyse_with(dot, cat, NULL);
  assert_int_equal(kind_at(ir, "2.1"), TMC_KIND_MODEL);
  assert_int_equal(kind_at(ir, "D2"), TMC_KIND_MODEL_REGISTRY);
  assert_int_equal(kind_at(ir, "2.2"), TMC_KIND_PROCESS);
  tmc_ir_free(ir);
}

/* draw.io: a cloud whose aside says the party's model ("their model",
 * Spanish "su modelo") is that party; quiet: a cloud named as a model, or
 * by an LLM's name. */
static void test_cloud_model_word(void **state) {
  (void)state;
  static const char xml[] = HEAD V("a", "Web app", CARD, 0, 0, 120, 60)
      V("c1", "Acme Vision&lt;br&gt;(their model)", CLOUD, 300, 0, 120, 60) V(
          "c2", "Datawise feedback&lt;br&gt;(mejora su modelo)", CLOUD, 300, 100, 120, 60)
          V("c3", "Vendor scoring model&lt;br&gt;(per upload)", CLOUD, 300, 200, 120, 60)
              V("c4", "Claude&lt;br&gt;(Anthropic API)", CLOUD, 300, 300, 120, 60)
                  LINK("e1", "a", "c1", "clips") LINK("e2", "a", "c2", "clips")
                      LINK("e3", "a", "c3", "photos") LINK("e4", "a", "c4", "prompt")
                          TAIL;
  tmc_ir *ir = drawio_analysed(xml, NULL);
  assert_int_equal(kind_at(ir, "c1"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "c2"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "c3"), TMC_KIND_MODEL);
  assert_int_equal(kind_at(ir, "c4"), TMC_KIND_LLM);
  tmc_ir_free(ir);
}

/* DOT: a box in the system's own cluster whose details name the add-on it
 * runs ("Booking site\n(Joomla + booking extension)") is a component: only
 * its name part may name code others wrote. Quiet: a box so named in its
 * name part ("Third-party plugins (marketplace)") keeps the DFD reading. */
static void test_addon_in_details(void **state) {
  (void)state;
  static const char dot[] =
      "digraph g {\n"
      " node [shape=box];\n"
      " cust [shape=ellipse, label=\"Guests\"];\n"
      " subgraph cluster_host { label=\"Shared hosting (Plesk)\";\n"
      "   shop [label=\"Booking site\\n(Joomla + booking extension)\"];\n"
      "   mkt [label=\"Third-party plugins (marketplace)\"];\n"
      " }\n"
      " subgraph cluster_lan { label=\"Office LAN\";\n"
      "   pms [label=\"Front office PMS\"]; db [shape=cylinder, label=\"guests DB\"];\n"
      " }\n"
      " cust -> shop; shop -> pms; mkt -> shop; pms -> db;\n"
      "}\n";
  tmc_ir *ir = analyse_with(dot, cat, NULL);
  assert_int_equal(kind_at(ir, "shop"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "mkt"), TMC_KIND_EXTERNAL);
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_stencils_drawio),  cmocka_unit_test(test_words_dot),
      cmocka_unit_test(test_dfd_doer),         cmocka_unit_test(test_cloud_model_word),
      cmocka_unit_test(test_addon_in_details),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
