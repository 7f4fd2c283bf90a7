/* test_r38miram.c - what blind38's fish-ladder counter taught (thirty-fourth
 * session, helper r38miram), drawn here in other words and another domain
 * (a packhouse's fruit-grading camera running a vendor's model on its own
 * box):
 *   - a cloud in a zone named the outside ("Internet") is another party's
 *     service, whatever generic head its name has ("Grading vendor build
 *     server", "Supermarket supplier portal"): the zone agrees with the
 *     shape over the head noun; one whose words name a technology the
 *     system runs for itself ("Packhouse CDN") keeps that head;
 *   - a vendor's word for the next model it ships ("engine release 7.1",
 *     "new releases") is a model distribution word: the flow from the
 *     vendor installs an update (vendor_update), and the model it lands in
 *     is the copy the system runs, its asset;
 *   - a vendor drawn as two boxes, the extranet the packhouse uploads its
 *     relabelled photos to handing on to the server that ships the engine,
 *     retrains what it ships on those photos (vendor_retrains on the
 *     extranet); the export's aside naming the vendor as whom it is for
 *     ("weekly copy for the vendor") leaves the export the packhouse's;
 *     the extranet, sending on to the vendor's server only, is no entry
 *     whatever its name says it takes in ("label uploads");
 *   - a remote session from outside onto the box running the model
 *     ("AnyDesk session") reaches the machine, as an admin does: it is no
 *     request to the model, which then has no inference API, but a way to
 *     swap it where the box is drawn as the model (TMC-PATH-022). */
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

#define CLOUD "ellipse;shape=cloud;whiteSpace=wrap;html=1;"
#define CAM "shape=mxgraph.cisco.misc.ip_camera;html=1;"

/* The packhouse: a line camera into the grader box, grades into a database;
 * the vendor's server ships the engine (RELEASE on the flow), an
 * integrator reaches the box (SESSION on the flow), a CDN the packhouse
 * publishes its price list to, a supermarket's portal it reports to. */
// clang-format off
#define PACKHOUSE(SERVER, RELEASE, SESSION)                                              \
  HEAD ZONE("site", "Packhouse line network", 0, 0, 400, 400)                            \
  C("cam", "site", "Line cameras", CAM, 20, 40, 60, 40)                                  \
  C("grader", "site", "Grader box fruit defect classifier (vendor engine)",              \
    "shape=hexagon;whiteSpace=wrap;html=1;", 120, 40, 160, 80)                           \
  C("grades", "site", "Grades DB", DB, 120, 200, 120, 60)                                \
  C("pub", "site", "Price list job", CARD, 260, 200, 120, 60)                            \
  C("exp", "site", "Relabelled photos (weekly copy for the vendor)",                     \
    "shape=folder;whiteSpace=wrap;html=1;", 260, 300, 120, 60)                           \
  ZONE("net", "Internet", 500, 0, 400, 500)                                              \
  C("vendor", "net", SERVER, CLOUD, 20, 40, 160, 80)                                     \
  C("integrator", "net", "Integrator support desk", CLOUD, 20, 160, 160, 80)             \
  C("cdn", "net", "Packhouse CDN", CLOUD, 20, 280, 160, 80)                              \
  C("market", "net", "Supermarket supplier portal", CLOUD, 200, 280, 160, 80)            \
  C("extranet", "net", "Grading vendor extranet (label uploads)", CLOUD, 200, 40, 160, 80) \
  LINK("e1", "cam", "grader", "frames")                                                  \
  LINK("e2", "vendor", "grader", RELEASE)                                                \
  LINK("e3", "integrator", "grader", SESSION)                                            \
  LINK("e4", "grader", "grades", "grades")                                               \
  LINK("e5", "grades", "pub", "")                                                        \
  LINK("e6", "pub", "cdn", "price list")                                                 \
  LINK("e7", "grades", "market", "daily grades")                                         \
  LINK("e8", "grades", "exp", "")                                                        \
  LINK("e9", "exp", "extranet", "weekly upload")                                         \
  LINK("e10", "extranet", "vendor", "retrained for the next build")                      \
  TAIL
// clang-format on

static const tmc_element *elem_of(const tmc_ir *ir, const char *id) {
  return &ir->elements[el(ir, id)];
}

static const tmc_flow *flow_between(const tmc_ir *ir, const char *s, const char *t) {
  for (uint32_t f = 0; f < ir->n_flows; f++)
    if (ir->flows[f].src == el(ir, s) && ir->flows[f].dst == el(ir, t))
      return &ir->flows[f];
  fail_msg("no flow %s -> %s", s, t);
  return NULL;
}

static void test_cloud_in_outside_zone_is_theirs(void **state) {
  (void)state;
  tmc_ir *ir = analysed_as("p.drawio", PACKHOUSE("Grading vendor build server",
                                                 "engine release 7.1", "AnyDesk"));
  assert_non_null(ir);
  assert_int_equal(elem_of(ir, "vendor")->kind, TMC_KIND_EXTERNAL);
  assert_int_equal(elem_of(ir, "market")->kind, TMC_KIND_EXTERNAL);
  /* the packhouse's own CDN keeps its technology's head */
  assert_int_equal(elem_of(ir, "cdn")->kind, TMC_KIND_PROCESS);
  tmc_ir_free(ir);
}

static void test_release_installs_the_vendor_update(void **state) {
  (void)state;
  tmc_ir *ir = analysed_as("p.drawio", PACKHOUSE("Grading vendor build server",
                                                 "engine release 7.1", "AnyDesk"));
  assert_non_null(ir);
  assert_true(flow_between(ir, "vendor", "grader")->facts.vendor_update);
  assert_true(elem_of(ir, "grader")->facts.is_asset);
  tmc_ir_free(ir);
  ir = analysed_as("p.drawio",
                   PACKHOUSE("Grading vendor build server", "new releases", "AnyDesk"));
  assert_non_null(ir);
  assert_true(flow_between(ir, "vendor", "grader")->facts.vendor_update);
  tmc_ir_free(ir);
  /* a flow that says no such thing installs nothing */
  ir = analysed_as("p.drawio", PACKHOUSE("Grading vendor build server",
                                         "defect thresholds", "AnyDesk"));
  assert_non_null(ir);
  assert_false(flow_between(ir, "vendor", "grader")->facts.vendor_update);
  tmc_ir_free(ir);
}

static void test_vendor_in_two_boxes_retrains(void **state) {
  (void)state;
  tmc_ir *ir = analysed_as("p.drawio", PACKHOUSE("Grading vendor build server",
                                                 "engine release 7.1", "AnyDesk"));
  assert_non_null(ir);
  assert_int_not_equal(elem_of(ir, "exp")->kind, TMC_KIND_EXTERNAL);
  assert_true(elem_of(ir, "extranet")->facts.vendor_retrains);
  /* the extranet only hands the uploads on to the vendor's server: that
   * server, sending into the packhouse, is the way in, not the extranet
   * its "uploads" name */
  assert_false(elem_of(ir, "extranet")->facts.is_entry);
  assert_true(elem_of(ir, "vendor")->facts.is_entry);
  /* the supermarket's portal, only sent grades, retrains nothing */
  assert_false(elem_of(ir, "market")->facts.vendor_retrains);
  tmc_ir_free(ir);
}

static void test_remote_session_is_no_request(void **state) {
  (void)state;
  tmc_ir *ir =
      analysed_as("p.drawio", PACKHOUSE("Grading vendor build server",
                                        "engine release 7.1", "AnyDesk session"));
  assert_non_null(ir);
  assert_false(elem_of(ir, "grader")->facts.inference_api);
  /* and whoever holds that session swaps the model on its box */
  assert_true(path_of(ir, "integrator", "grader", "TMC-PATH-022"));
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_cloud_in_outside_zone_is_theirs),
      cmocka_unit_test(test_release_installs_the_vendor_update),
      cmocka_unit_test(test_vendor_in_two_boxes_retrains),
      cmocka_unit_test(test_remote_session_is_no_request),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
