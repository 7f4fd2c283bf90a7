/* test_b36d.c - what blind36's two classic-ML systems taught (thirty-second
 * session, helper b36d), each drawn here in other words and another domain:
 *   - a folder named by its path, one of whose segments is a model word
 *     ("/opt/herd/models/", "weights/"), that something loads from is where
 *     the model files are kept (a model registry), whoever puts them there:
 *     not a model that runs and answers queries (no extraction chain, no
 *     AML.T0040), and the code loading from it is the model served;
 *   - a label that is one code name led by a verb ("predict_members", a
 *     workflow's rule as `snakemake --rulegraph` writes it) names a step, in
 *     the system's zone a component: its object is no person;
 *   - a product on its name line and a list of people on its detail line
 *     ("MySQL\ngrowers, consignments, bins, invoices") is the product's store of
 *     their records, not those people. */
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

/* A dairy's yield forecast: a vendor's pickled model copied by hand into a
 * folder on the farm's server, loaded every night. */
#define DAIRY                                                                            \
  "digraph dairy {\n"                                                                    \
  "  subgraph cluster_farm { label=\"Farm office server\"; style=dashed;\n"              \
  "    milk [label=\"Milking robot export\\n(Lely T4C)\", shape=cylinder];\n"            \
  "    job [label=\"Nightly yield forecast\\nload -> predict_proba\"];\n"                \
  "    folder [label=\"/opt/herd/models/\\nyield_v7.pkl\"];\n"                           \
  "    app [label=\"Herd dashboard\"];\n"                                                \
  "  }\n"                                                                                \
  "  vet [label=\"Consultant vet\", shape=ellipse];\n"                                   \
  "  vendor [label=\"Breeder co-op portal\", shape=box3d];\n"                            \
  "  vendor -> vet [label=\"download .pkl\"];\n"                                         \
  "  vet -> folder [label=\"copy by hand\"];\n"                                          \
  "  milk -> job [label=\"last 14 days\"];\n"                                            \
  "  folder -> job [label=\"load\"];\n"                                                  \
  "  job -> app [label=\"cows at risk\"];\n"                                             \
  "}\n"

static void test_model_folder_path_is_a_registry(void **state) {
  (void)state;
  tmc_ir *ir = analysed(DAIRY);
  assert_non_null(ir);
  assert_int_equal(kind_at(ir, "folder"), TMC_KIND_MODEL_REGISTRY);
  assert_int_equal(kind_at(ir, "job"), TMC_KIND_MODEL);
  /* nobody queries a folder: no inference API access, no extraction */
  for (uint32_t i = 0; i < ir->n_elements; i++)
    assert_false(any_cites(ir, ir->elements[i].id, "AML.T0040"));
  tmc_ir_free(ir);
}

/* The other format: every part a bare text cell with a bold name and a
 * detail line, the arrows joining the text cells (a packhouse's fruit
 * grader). */
#define TXT "text;html=1;strokeColor=none;fillColor=none;align=center;whiteSpace=wrap;"
static void test_text_cells_folder_and_store(void **state) {
  (void)state;
  const char *xml =
      HEAD V("pk", "&lt;b&gt;Packhouse line PC&lt;/b&gt;&lt;br&gt;camera frames", TXT, 0,
             40, 160, 50)
          V("grade", "&lt;b&gt;Grading service&lt;/b&gt;&lt;br&gt;torch.load, classify",
            TXT, 240, 40, 160,
            50) V("w", "&lt;b&gt;/mnt/share/models/&lt;/b&gt;&lt;br&gt;grader_v3.pt", TXT,
                  240, 200, 160, 50)
              V("db",
                "&lt;b&gt;MySQL&lt;/b&gt;&lt;br&gt;growers, consignments, bins, invoices",
                TXT, 480, 40, 180, 50)
                  V("eng", "&lt;b&gt;QA engineer&lt;/b&gt;", TXT, 480, 200, 160, 50)
                      LINK("f1", "pk", "grade", "frames") LINK("f2", "w", "grade", "load")
                          LINK("f3", "grade", "db", "grades per bin")
                              LINK("f4", "eng", "w", "scp new weights") TAIL;
  tmc_ir *ir = drawio_analysed(xml, "paths");
  assert_non_null(ir);
  assert_int_equal(kind_at(ir, "w"), TMC_KIND_MODEL_REGISTRY);
  assert_int_equal(kind_at(ir, "db"), TMC_KIND_DATA_STORE);
  assert_false(any_cites(ir, "w", "AML.T0040"));
  tmc_ir_free(ir);
}

/* A gym chain's churn workflow: a rule graph's code names in the system's
 * zone, people and stores added by hand. */
static void test_verb_led_rule_names_no_person(void **state) {
  (void)state;
  tmc_ir *ir =
      analysed("digraph snakemake_dag {\n"
               "  node[shape=box, style=rounded];\n"
               "  1[label = \"export_visits\"];\n"
               "  2[label = \"fit_churn\"];\n"
               "  3[label = \"predict_members\"];\n"
               "  1 -> 2\n  1 -> 3\n"
               "  subgraph cluster_hq { label = \"Gym HQ server\"; style = dashed;\n"
               "    visits [label=\"door swipes\", shape=cylinder];\n"
               "    mdl [label=\"models/\\nchurn_<week>.joblib\", shape=folder];\n"
               "    crm [label=\"Retention list\", shape=cylinder];\n"
               "    {1 2 3}\n  }\n"
               "  staff [label=\"Front desk staff\", shape=ellipse];\n"
               "  visits -> 1;\n  2 -> mdl [label=\"joblib.dump\"];\n"
               "  mdl -> 3 [label=\"joblib.load\"];\n  3 -> crm;\n"
               "  crm -> staff [label=\"call list\"];\n"
               "}\n");
  assert_non_null(ir);
  assert_int_not_equal(kind_at(ir, "3"), TMC_KIND_EXTERNAL);
  assert_false(entry_at(ir, "3"));
  assert_int_equal(kind_at(ir, "mdl"), TMC_KIND_MODEL_REGISTRY);
  /* quiet: people named as people stay people */
  assert_int_equal(kind_at(ir, "staff"), TMC_KIND_EXTERNAL);
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_model_folder_path_is_a_registry),
      cmocka_unit_test(test_text_cells_folder_and_store),
      cmocka_unit_test(test_verb_led_rule_names_no_person),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
