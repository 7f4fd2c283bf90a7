/* test_diag34.c - drawings whose shapes said nothing right (diag34, the
 * families of tests/blind29's hronska and quarryhill): a system drawn with
 * draw.io's AWS 3D library (and an older AWS library's icon the stencil
 * table lacks), whose library names "aws3d" and "aws3" hold "s3" and read as
 * buckets; shapes labelled only with codes whose tooltips name them. Each
 * with a quiet near-miss. Wordings are this file's own (no test set uses
 * them). */
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

static tmc_kind kind(const tmc_ir *ir, const char *id) {
  return ir->elements[elem(ir, id)].kind;
}

#define A3D(s)                                                                           \
  "verticalLabelPosition=bottom;html=1;verticalAlign=top;strokeWidth=1;"                 \
  "shape=mxgraph.aws3d." s ";fillColor=#ECECEC;strokeColor=#5E5E5E;aspect=fixed;"

/* A ferry operator's booking system drawn in AWS 3D icons: passengers and
 * deck crew (people), a booking app, a Lambda, a host running a delay
 * predictor (its label's "model" decides over the host icon), tables, a
 * queue and the harbour authority's system (a data centre icon: a system
 * run elsewhere). An older AWS library icon no row names (the transcoder)
 * is no bucket either. */
static void test_aws3d_library(void **state) {
  (void)state;
  static const char xml[] = HEAD V("pax", "Passengers", A3D("end_user"), 0, 0, 49, 100)
      V("crew", "Deck crew&lt;br&gt;boarding scans", A3D("mobile_worker"), 0, 200, 40, 90)
          V("app", "Sailings booking&lt;br&gt;Node on Beanstalk", A3D("elasticBeanstalk"),
            200, 0, 90, 60) V("fn", "Boarding check", A3D("lambda"), 200, 200, 90, 100)
              V("pred", "Delay forecaster&lt;br&gt;gradient-boosted model on EC2",
                A3D("application_server"), 400, 0, 90, 100)
                  V("tbl", "Bookings", A3D("dynamoDb"), 400, 200, 90, 100)
                      V("q", "Ticket print jobs", A3D("sqs"), 600, 0, 90, 100)
                          V("port", "Harbour office&lt;br&gt;manifests",
                            A3D("dataCenter"), 600, 200, 100, 100)
                              V("tx", "Safety video encoder",
                                "shape=mxgraph.aws3.elastic_transcoder;html=1;", 800, 0,
                                60, 60) E("e1", "pax", "app") E("e2", "app", "tbl")
                                  E("e3", "crew", "fn") E("e4", "fn", "tbl")
                                      E("e5", "pred", "app") E("e6", "app", "q")
                                          E("e7", "fn", "port") E("e8", "tx", "app") TAIL;
  tmc_ir *ir = drawio_analysed(xml, NULL);
  assert_int_equal(kind(ir, "pax"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind(ir, "crew"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind(ir, "app"), TMC_KIND_PROCESS);
  assert_int_equal(kind(ir, "fn"), TMC_KIND_PROCESS);
  assert_int_equal(kind(ir, "pred"), TMC_KIND_MODEL);
  assert_int_equal(kind(ir, "tbl"), TMC_KIND_DATA_STORE);
  assert_int_equal(kind(ir, "q"), TMC_KIND_DATA_STORE);
  assert_int_equal(kind(ir, "port"), TMC_KIND_EXTERNAL);
  assert_int_not_equal(kind(ir, "tx"), TMC_KIND_DATA_STORE);
  tmc_ir_free(ir);
}

/* A wrapper cell with a label and a tooltip. */
#define TIP(id, label, tip, style, x, y)                                                 \
  "<UserObject id=\"" id "\" label=\"" label "\" tooltip=\"" tip                         \
  "\"><mxCell style=\"" style "\" vertex=\"1\" parent=\"1\"><mxGeometry x=\"" #x         \
  "\" y=\"" #y "\" width=\"70\" height=\"44\" as=\"geometry\"/></mxCell></UserObject>"
#define OVAL "ellipse;whiteSpace=wrap;html=1;"
#define VENDOR "rounded=0;whiteSpace=wrap;html=1;dashed=1;"

/* A vet clinic's reminder pipeline, every box a code with its name in the
 * tooltip: the hosted LLM (a dashed vendor box), the pet owners (an
 * ellipse), the worker, the records store. Quiet: a box whose label names it
 * keeps its label beside a tooltip that is a note ("owner: ..."), and a
 * lower-case word is a name, not a code. */
static void test_codes_named_by_tooltips(void **state) {
  (void)state;
  static const char xml[] = HEAD TIP("own", "OWN", "Pet owners", OVAL, 0, 0)
      TIP("llm", "GEM", "Gemini 2.0 Flash through the Vertex AI API", VENDOR, 400, 0)
          TIP("wrk", "RMD", "Reminder writer (Go, cron)", CARD, 200, 0)
              TIP("rec", "PET", "Patient records (MySQL)", DB, 200, 200)
                  TIP("web", "Clinic portal", "owner: front-desk team", CARD, 0, 200)
                      TIP("sms", "sms", "Twilio SMS gateway", VENDOR, 400, 200)
                          E("e1", "rec", "wrk") E("e2", "wrk", "llm")
                              E("e3", "llm", "wrk") E("e4", "wrk", "sms")
                                  E("e5", "sms", "own") E("e6", "own", "web")
                                      E("e7", "web", "rec") TAIL;
  tmc_ir *ir = drawio_analysed(xml, NULL);
  assert_int_equal(kind(ir, "own"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind(ir, "llm"), TMC_KIND_LLM);
  assert_int_equal(kind(ir, "wrk"), TMC_KIND_PROCESS);
  assert_int_equal(kind(ir, "rec"), TMC_KIND_DATA_STORE);
  const tmc_element *llm = elem_at(ir, "llm");
  assert_string_equal(llm->label, "Gemini 2.0 Flash through the Vertex AI API");
  assert_int_equal(llm->name_source, TMC_SOURCE_ATTRIBUTE);
  assert_non_null(strstr(llm->name_evidence, "'GEM'"));
  assert_string_equal(elem_at(ir, "web")->label, "Clinic portal");
  assert_string_equal(elem_at(ir, "sms")->label, "sms");
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_aws3d_library),
      cmocka_unit_test(test_codes_named_by_tooltips),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
