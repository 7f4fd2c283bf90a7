/* test_stale30.c - a pipeline stalled at its intake, the data downstream
 * gone stale (TMC-PATH-050, issue #16).
 *
 * Outsiders put content into an intake the system's own jobs read (an
 * upload folder, a landing bucket, a topic): a flood of it, or one huge or
 * pathological file, stalls the job that reads it, and the store that job
 * refreshes goes stale (deny_service ending at the job or that store, not
 * at the intake). Worded unlike the tuning sets' warehouse marts, feature
 * store and chess ratings (blind8, blind6, blind34): a cycling league's
 * standings in DOT, a library consortium's union catalogue in draw.io.
 * Quiet: the outsiders only read the folder; the files come over an API
 * straight to the job, with no intake drawn. */
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

/* A cycling league in DOT: race organisers send result sheets through the
 * league's portal into an upload folder, which the standings job reads
 * each night to rebuild the league standings. `drop` is the flow between
 * the portal and the folder. */
static const char *league(const char *drop) {
  static char buf[2048];
  snprintf(buf, sizeof buf,
           "digraph g {\n"
           "  organisers [label=\"Race organisers\", shape=box];\n"
           "  subgraph cluster_league { label=\"League server\";\n"
           "    portal [label=\"Results portal\"];\n"
           "    folder [label=\"Result sheet upload folder\", shape=folder];\n"
           "    job [label=\"Nightly standings job\"];\n"
           "    standings [label=\"League standings\", shape=cylinder]; }\n"
           "  organisers -> portal [label=\"result sheets\"];\n"
           "  %s\n"
           "  folder -> job [label=\"new sheets\"];\n"
           "  job -> standings [label=\"points table\"];\n"
           "}\n",
           drop);
  return buf;
}

static void test_upload_stalls_standings_dot(void **state) {
  (void)state;
  tmc_ir *ir = analysed(league("portal -> folder [label=\"uploaded result files\"];"));
  assert_true(path_of(ir, "organisers", "standings", "TMC-PATH-050") ||
              path_of(ir, "organisers", "job", "TMC-PATH-050"));
  tmc_ir_free(ir);
  /* the same through a two-way mount drawn from the folder */
  ir = analysed(league("folder -> portal [label=\"/srv/uploads\", dir=both];"));
  assert_true(path_of(ir, "organisers", "standings", "TMC-PATH-050") ||
              path_of(ir, "organisers", "job", "TMC-PATH-050"));
  tmc_ir_free(ir);
  /* quiet: the portal only reads the folder, nothing outsiders send lands there */
  ir = analysed(league("folder -> portal [label=\"list sheets (read-only)\"];"));
  for (uint32_t i = 0; i < ir->n_findings; i++)
    assert_string_not_equal(ir->findings[i].rule_id, "TMC-PATH-050");
  tmc_ir_free(ir);
}

/* A library consortium on draw.io: member libraries drop catalogue record
 * files on an SFTP drop folder, merged each night into the union catalogue.
 * `how` is the member libraries' flow and where it goes. */
#define LIBS(to, how)                                                                    \
  HEAD ZONE("z", "Consortium data centre", 300, 0, 900, 400)                             \
      V("libs", "Member libraries", "shape=umlActor;html=1;", 0, 100, 30, 60)            \
          C("drop", "z", "SFTP drop folder (record files)", DB, 20, 40, 160, 60)         \
              C("merge", "z", "Nightly merge job", CARD, 240, 40, 140, 60)               \
                  C("union", "z", "Union catalogue", DB, 480, 40, 140, 60)               \
                      LINK("e1", "libs", to, how)                                        \
                          LINK("e2", "drop", "merge", "new record files")                \
                              LINK("e3", "merge", "union", "merged records") TAIL

static void test_drop_folder_stalls_catalogue_drawio(void **state) {
  (void)state;
  static const char *xml = LIBS("drop", "upload record files");
  tmc_ir *ir = analysed_as("t.drawio", xml);
  assert_true(path_of(ir, "libs", "union", "TMC-PATH-050") ||
              path_of(ir, "libs", "merge", "TMC-PATH-050"));
  tmc_ir_free(ir);
  /* quiet: the libraries call the merge job's API, no intake between */
  static const char *api = LIBS("merge", "records (HTTPS API)");
  ir = analysed_as("t.drawio", api);
  assert_false(path_of(ir, "libs", "union", "TMC-PATH-050"));
  assert_false(path_of(ir, "libs", "merge", "TMC-PATH-050"));
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_upload_stalls_standings_dot),
      cmocka_unit_test(test_drop_folder_stalls_catalogue_drawio),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
