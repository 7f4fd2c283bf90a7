/* test_r2vp.c - a vendor's portal, release page or update server that hands
 * out the model file copied onto the box that runs it is a model source
 * (r2vp, issues #15/#16; seen in blind33 and blind34), in a domain and
 * wording of this file's own:
 *   - a portal (words.yaml service_fronts) nothing of the system feeds
 *     whose name says a model ("model + firmware downloads") ships model
 *     files; so does any outside party nothing feeds that sends into a job
 *     named for fetching a new model ("Nightly job: pull new model");
 *   - the path from it through the people's computers and jobs that copy
 *     the file to the model is the backdoored supply chain (TMC-PATH-003,
 *     tamper_model), with no registry or store on the way;
 *   - a vendor portal that only receives uploads is no model source. */
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

/* A beekeeping co-operative's hive-health model on a gateway in the
 * apiary shed: the sensor maker's download site hands out the monthly
 * model, which a sync service in the shed copies onto the gateway. The
 * maker's support service only receives log uploads. */
static void test_download_portal_ships_the_model(void **state) {
  (void)state;
  static const char dot[] =
      "digraph hive {\n"
      "  node [shape=box];\n"
      "  subgraph cluster_net { label=\"Internet\";\n"
      "    dl [label=\"Hivetone download site (monthly model + firmware)\", "
      "shape=box3d];\n"
      "    sup [label=\"Hivetone support (log uploads)\", shape=box3d]; }\n"
      "  subgraph cluster_shed { label=\"Apiary shed LAN\";\n"
      "    lap [label=\"Shed sync service\"];\n"
      "    gw [label=\"Hive gateway (Raspberry Pi)\"];\n"
      "    m [label=\"Hive health model\"];\n"
      "    db [label=\"Hive readings\", shape=cylinder]; }\n"
      "  dl -> lap [label=\"download, unsigned\"];\n"
      "  lap -> gw [label=\"USB copy to /opt/models\"];\n"
      "  gw -> m [label=\"sound features\"]; m -> gw [label=\"swarm risk\"];\n"
      "  gw -> db [label=\"readings + risk\"];\n"
      "  gw -> sup [label=\"weekly logs\"];\n"
      "}\n";
  tmc_ir *ir = analysed(dot);
  assert_true(elem_at(ir, "dl")->facts.model_source);
  assert_false(elem_at(ir, "sup")->facts.model_source);
  assert_true(path_of(ir, "dl", "m", "TMC-PATH-003"));
  assert_true(aimed(ir, "dl", "m", "tamper_model"));
  assert_false(aimed(ir, "sup", "m", "tamper_model"));
  tmc_ir_free(ir);
}

/* A ferry operator's hull-fouling classifier: a nightly job pulls the new
 * model from an open-source project's release page, whose name says no
 * model at all, and replaces the file the classifier loads. */
static void test_release_page_into_a_model_fetcher(void **state) {
  (void)state;
  static const char xml[] = HEAD V("rel", "Barnacle project release page",
                                   "ellipse;shape=cloud;whiteSpace=wrap;html=1;", 0, 100,
                                   120, 80)
      V("job", "Nightly job: pull new model", "rounded=1;html=1;", 200, 100, 120, 60)
          V("m", "Hull fouling classifier (.pt)", CARD, 400, 100, 120, 60)
              V("app", "Dive survey app", "rounded=1;html=1;", 400, 250, 120, 60)
                  V("diver", "Survey diver", "shape=umlActor;html=1;", 600, 250, 30, 60)
                      LINK("f1", "rel", "job", "latest tag")
                          LINK("f2", "job", "m", "overwrite file")
                              LINK("f3", "diver", "app", "hull photos")
                                  LINK("f4", "app", "m", "photos")
                                      LINK("f5", "m", "app", "fouling grade") TAIL;
  tmc_ir *ir = drawio_analysed(xml, "paths");
  assert_true(elem_at(ir, "rel")->facts.model_source);
  assert_false(elem_at(ir, "diver")->facts.model_source);
  assert_true(aimed(ir, "rel", "m", "tamper_model"));
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_download_portal_ships_the_model),
      cmocka_unit_test(test_release_page_into_a_model_fetcher),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
