/* test_paths29.c - attack paths of causes27's P3 family (paths29): outsiders'
 * comments, uploads or messages reaching, through services and the stores
 * they wait in, the code that sends each one to a model billed per query
 * run up the bill and stall the work (deny_service, TMC-PATH-043,
 * AML.T0034 at that code). Worded unlike blind26 brenmouth (a museum's
 * visitor reviews, a council's licence objections), in DOT and draw.io,
 * with quiet cases: a form only staff fill in, a page the public only
 * reads. */
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

/* A museum in DOT: visitors post reviews through the website, the reviews
 * wait in a table, and a nightly tagger sends each to Claude on the
 * Anthropic API. Quiet: the same tagger fed by curators' notes typed into
 * an intranet form. */
static const char *museum(const char *who) {
  static char buf[2048];
  snprintf(buf, sizeof buf,
           "digraph g {\n"
           "  people [label=\"%s\", shape=ellipse];\n"
           "  llm [label=\"Claude Haiku (Anthropic API)\"];\n"
           "  subgraph cluster_m { label=\"Museum cloud (Azure)\";\n"
           "    site [label=\"Reviews form (Django)\"];\n"
           "    tbl [label=\"Reviews table (Postgres)\", shape=cylinder];\n"
           "    tag [label=\"Review tagger (Azure Function)\"];\n"
           "    out [label=\"Tags (Postgres)\", shape=cylinder]; }\n"
           "  people -> site [label=\"review text, photos\"];\n"
           "  site -> tbl [label=\"insert\"];\n"
           "  tbl -> tag [label=\"new reviews\"];\n"
           "  tag -> llm [label=\"prompt\"];\n"
           "  llm -> tag [label=\"tags\"];\n"
           "  tag -> out [label=\"tags\"];\n"
           "}\n",
           who);
  return buf;
}

static void test_public_reviews_run_up_the_model_bill_dot(void **state) {
  (void)state;
  tmc_ir *ir = analysed(museum("Museum visitors"));
  assert_true(aimed(ir, "people", "tag", "deny_service"));
  assert_true(path_of(ir, "people", "tag", "TMC-PATH-043"));
  assert_true(hop_names(ir, "people", "tag", "deny_service", "tag", "AML.T0034", NULL));
  tmc_ir_free(ir);
  /* quiet: an intranet form only staff fill in */
  ir = analysed(museum("Curatorial staff"));
  assert_false(path_of(ir, "people", "tag", "TMC-PATH-043"));
  tmc_ir_free(ir);
}

/* The same on draw.io: a council's licensing portal takes objections with
 * attachments from the public; a worker on Cloud Run reads each objection
 * and asks Gemini on Vertex AI for a digest. Quiet: the public only reads
 * the published digests page; objections come in from officers. */
#define COUNCIL(who, in_flow)                                                            \
  HEAD ZONE("z", "Council GCP project", 300, 0, 900,                                     \
            400) V("pub", who, "shape=umlActor;html=1;", 0, 100, 30, 60)                 \
      V("m", "Gemini 2.0 Flash (Vertex AI)", CARD, 1300, 100, 160, 60)                   \
          C("portal", "z", "Licensing portal (PHP)", CARD, 20, 40, 160, 60)              \
              C("docs", "z", "Objections store", DB, 220, 40, 140, 60)                   \
                  C("w", "z", "digest-worker (Cloud Run)", CARD, 420, 40, 160, 60)       \
                      C("pg", "z", "Published digests page", CARD, 420, 200, 160, 60)    \
                          LINK("e1", in_flow, "portal", "objection + attachments")       \
                              LINK("e2", "portal", "docs", "save")                       \
                                  LINK("e3", "docs", "w", "full text")                   \
                                      LINK("e4", "w", "m", "prompt")                     \
                                          LINK("e5", "m", "w", "digest")                 \
                                              LINK("e6", "w", "pg", "HTML")              \
                                                  LINK("e7", "pg", "pub", "read") TAIL

static void test_public_objections_run_up_the_model_bill_drawio(void **state) {
  (void)state;
  static const char *xml = COUNCIL("Members of the public", "pub");
  tmc_ir *ir = analysed_as("t.drawio", xml);
  assert_true(aimed(ir, "pub", "w", "deny_service"));
  assert_true(path_of(ir, "pub", "w", "TMC-PATH-043"));
  tmc_ir_free(ir);
  /* quiet: the public only reads the page; the objections are typed in by
   * the licensing staff */
  static const char *quiet = HEAD ZONE("z", "Council GCP project", 300, 0, 900, 400)
      V("pub", "Members of the public", "shape=umlActor;html=1;", 0, 100, 30,
        60) V("st", "Licensing staff", "shape=umlActor;html=1;", 0, 300, 30, 60)
          V("m", "Gemini 2.0 Flash (Vertex AI)", CARD, 1300, 100, 160, 60)
              C("portal", "z", "Licensing intranet form (PHP)", CARD, 20, 40, 160, 60)
                  C("docs", "z", "Objections store", DB, 220, 40, 140, 60)
                      C("w", "z", "digest-worker (Cloud Run)", CARD, 420, 40, 160, 60)
                          C("pg", "z", "Published digests page", CARD, 420, 200, 160, 60)
                              LINK("e1", "st", "portal", "objection")
                                  LINK("e2", "portal", "docs", "save")
                                      LINK("e3", "docs", "w", "full text")
                                          LINK("e4", "w", "m", "prompt")
                                              LINK("e5", "m", "w", "digest")
                                                  LINK("e6", "w", "pg", "HTML")
                                                      LINK("e7", "pg", "pub", "read")
                                                          TAIL;
  ir = analysed_as("t.drawio", quiet);
  assert_false(path_of(ir, "pub", "w", "TMC-PATH-043"));
  assert_false(path_of(ir, "st", "w", "TMC-PATH-043"));
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_public_reviews_run_up_the_model_bill_dot),
      cmocka_unit_test(test_public_objections_run_up_the_model_bill_drawio),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
