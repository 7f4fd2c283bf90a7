/* test_b34b.c - what blind34's bakery burner watch, airport bird-strike
 * model and garment audit summaries taught (b34b), each case in a domain
 * and wording of this file's own:
 *   - a plant's controllers (PLCs, RTUs, a DCS) serve the tags their
 *     sensors read: a classic model scoring those tags decides on the
 *     physical world (physical_input), answers no caller's queries, and so
 *     gets no model-extraction ids (AML.T0040, AML.T0024) from whoever
 *     reaches the plant network (a water utility's pump-wear model fed by
 *     RTUs through a switch, a vendor's remote link beside it);
 *   - a computer people work on, which only its picture made an external
 *     entity, drawn inside a zone holding the system's own parts between
 *     its user and them, is the system's endpoint there: a process (an
 *     ambulance dispatch centre's workstation drawn with a desktop icon);
 *     outside every zone it stays its user's device;
 *   - a store people reach through a login node by hand (read / write over
 *     SSH on an HPC cluster) that a training step reads is still its
 *     training set: a shell host is no application keeping its records
 *     there (a hospital's sepsis model trained on a shared cluster). */
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

/* A water utility's pump-wear model on a station PC reads vibration and
 * current tags from the pump station RTUs (Modbus TCP) through the station
 * switch and raises work orders and a pager alert through a paging
 * service outside; the pump maker's support logs in through a remote
 * access gateway. Nobody queries the model: the RTUs' tags are what it
 * decides on. The same model behind a public scoring API keeps the query
 * ids. */
static void test_controller_tags_are_physical_input(void **state) {
  (void)state;
  static const char dot[] =
      "digraph pumps {\n"
      "  node [shape=box];\n"
      "  subgraph cluster_ot { label=\"Station network (flat)\";\n"
      "    rtu [label=\"Pump station RTUs\\n(Modbus TCP)\"];\n"
      "    sw [label=\"Station switch\"];\n"
      "    m [label=\"Pump wear model\\n(vendor's ONNX file on station PC)\"];\n"
      "    wo [label=\"Work order system\"];\n"
      "    gw [label=\"Remote access gateway\"];\n"
      "  }\n"
      "  subgraph cluster_net { label=\"Internet\";\n"
      "    pager [label=\"Paging service API\", shape=box3d];\n"
      "    oem [label=\"Pump maker support desk\", shape=box3d];\n"
      "  }\n"
      "  oncall [label=\"Duty technician\", shape=ellipse];\n"
      "  rtu -> sw [label=\"vibration + current tags\"];\n"
      "  sw -> m [label=\"tags\"];\n"
      "  m -> wo [label=\"wear alerts\"];\n"
      "  m -> pager [label=\"page\"]; pager -> oncall [label=\"SMS\"];\n"
      "  oem -> gw [label=\"remote session\"]; gw -> sw;\n"
      "}\n";
  tmc_ir *ir = analyse_with(dot, cat, NULL);
  assert_int_equal(kind_at(ir, "m"), TMC_KIND_MODEL);
  assert_true(elem_at(ir, "m")->facts.physical_input);
  assert_false(any_cites(ir, NULL, "AML.T0040"));
  assert_false(any_cites(ir, NULL, "AML.T0024"));
  /* what the RTUs report can still be forged to fool it */
  assert_true(any_cites(ir, "m", "AML.T0015"));
  tmc_ir_free(ir);

  /* No controller: customers' readings posted to a public scoring API. */
  static const char api[] =
      "digraph api {\n"
      "  u [label=\"Customers\", shape=ellipse];\n"
      "  subgraph cluster_a { label=\"Cloud\";\n"
      "    gw [label=\"Scoring API\"];\n"
      "    m [label=\"Pump wear model\"];\n"
      "  }\n"
      "  u -> gw [label=\"readings\"]; gw -> m; m -> gw; gw -> u [label=\"score\"];\n"
      "}\n";
  ir = analyse_with(api, cat, NULL);
  assert_false(elem_at(ir, "m")->facts.physical_input);
  assert_true(any_cites(ir, NULL, "AML.T0024"));
  tmc_ir_free(ir);
}

/* An ambulance service's dispatch centre on draw.io: the call taker
 * (outside) types into the dispatcher's workstation (a desktop picture by
 * URL) on the centre's LAN, which sends incidents to the CAD server and its
 * database. The same picture left outside every zone is the call taker's
 * own device. */
#define DESK_ICON                                                                        \
  "shape=image;html=1;verticalLabelPosition=bottom;verticalAlign=top;image="             \
  "https://cdn.example.org/icons/outline/desktop.svg;"
static void test_workstation_inside_zone_is_ours(void **state) {
  (void)state;
  static const char inside[] = HEAD ZONE("lan", "Dispatch centre LAN", 200, 0, 500, 300)
      V("taker", "Call taker", "shape=umlActor;html=1;", 0, 100, 30, 60)
          C("ws", "lan", "Dispatcher's workstation", DESK_ICON, 20, 100, 50, 50)
              C("cad", "lan", "CAD server", CARD, 200, 100, 120, 60)
                  C("db", "lan", "Incident database", DB, 380, 100, 80, 80)
                      LINK("f1", "taker", "ws", "call details")
                          LINK("f2", "ws", "cad", "new incident")
                              LINK("f3", "cad", "db", "incidents") TAIL;
  tmc_ir *ir = drawio_analysed(inside, "classify");
  assert_int_equal(kind_at(ir, "ws"), TMC_KIND_PROCESS);
  assert_int_equal(elem_at(ir, "ws")->kind_source, TMC_SOURCE_ZONE);
  assert_int_equal(kind_at(ir, "taker"), TMC_KIND_EXTERNAL);
  tmc_ir_free(ir);

  static const char outside[] = HEAD ZONE("lan", "Dispatch centre LAN", 200, 0, 500, 300)
      V("taker", "Call taker", "shape=umlActor;html=1;", 0, 100, 30, 60)
          V("ws", "Call taker's home workstation", DESK_ICON, 80, 100, 50, 50)
              C("cad", "lan", "CAD server", CARD, 200, 100, 120, 60)
                  C("db", "lan", "Incident database", DB, 380, 100, 80, 80)
                      LINK("f1", "taker", "ws", "call details")
                          LINK("f2", "ws", "cad", "new incident")
                              LINK("f3", "cad", "db", "incidents") TAIL;
  ir = drawio_analysed(outside, "classify");
  assert_int_equal(kind_at(ir, "ws"), TMC_KIND_EXTERNAL);
  tmc_ir_free(ir);
}

/* A hospital trains a sepsis model on a university cluster: clinicians'
 * extracts land on the cluster's shared project storage, which the
 * researchers' login node reads and writes by hand, and the nightly
 * training job reads as its training table. The same store kept by the
 * ward app (two-way with it) stays the production store. */
static void test_login_node_store_is_training_set(void **state) {
  (void)state;
  static const char dot[] =
      "digraph sepsis {\n"
      "  node [shape=box];\n"
      "  researchers [label=\"Researchers\", shape=ellipse];\n"
      "  subgraph cluster_hpc { label=\"University cluster\";\n"
      "    login [label=\"hpc-gw01\\n(login node)\"];\n"
      "    proj [label=\"Project storage\\n(GPFS /proj/sepsis)\", shape=cylinder];\n"
      "    job [label=\"Nightly training job\\n(LightGBM)\", shape=component];\n"
      "  }\n"
      "  subgraph cluster_h { label=\"Hospital network\";\n"
      "    reg [label=\"Model folder\\n(sepsis/models)\", shape=folder];\n"
      "  }\n"
      "  researchers -> login [label=\"SSH\"];\n"
      "  login -> proj [dir=both, label=\"edit files\"];\n"
      "  proj -> job [label=\"training table\"];\n"
      "  job -> reg [label=\"model.txt\"];\n"
      "}\n";
  tmc_ir *ir = analyse_with(dot, cat, "classify");
  assert_int_equal(kind_at(ir, "proj"), TMC_KIND_DATASET);
  tmc_ir_free(ir);

  static const char app[] =
      "digraph ward {\n"
      "  node [shape=box];\n"
      "  nurses [label=\"Nurses\", shape=ellipse];\n"
      "  subgraph cluster_h { label=\"Hospital network\";\n"
      "    ward [label=\"Ward observations app\"];\n"
      "    obs [label=\"Observations DB\", shape=cylinder];\n"
      "    job [label=\"Nightly training job\\n(LightGBM)\", shape=component];\n"
      "    reg [label=\"Model folder\\n(sepsis/models)\", shape=folder];\n"
      "  }\n"
      "  nurses -> ward [label=\"vitals\"];\n"
      "  ward -> obs [dir=both, label=\"read / write\"];\n"
      "  obs -> job [label=\"training table\"];\n"
      "  job -> reg [label=\"model.txt\"];\n"
      "}\n";
  ir = analyse_with(app, cat, "classify");
  assert_int_equal(kind_at(ir, "obs"), TMC_KIND_DATA_STORE);
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_controller_tags_are_physical_input),
      cmocka_unit_test(test_workstation_inside_zone_is_ours),
      cmocka_unit_test(test_login_node_store_is_training_set),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
