/* test_diag34.c - drawings whose shapes said nothing right (diag34, the
 * families of tests/blind29's hronska and quarryhill): a system drawn with
 * draw.io's AWS 3D library (and an older AWS library's icon the stencil
 * table lacks), whose library names "aws3d" and "aws3" hold "s3" and read as
 * buckets; shapes labelled only with codes whose tooltips name them; a
 * vendor's image pulled by tag straight into the model it carries, run as a
 * cloud batch job that reports to the vendor; an LLM's rewrite of what
 * self-serve accounts post, published to the public and mailed to them.
 * Each with a quiet near-miss. Wordings are this file's own (no test set uses
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
#include "path_helpers.h"

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
  assert_int_equal(kind_at(ir, "pax"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "crew"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "app"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "fn"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "pred"), TMC_KIND_MODEL);
  assert_int_equal(kind_at(ir, "tbl"), TMC_KIND_DATA_STORE);
  assert_int_equal(kind_at(ir, "q"), TMC_KIND_DATA_STORE);
  assert_int_equal(kind_at(ir, "port"), TMC_KIND_EXTERNAL);
  assert_int_not_equal(kind_at(ir, "tx"), TMC_KIND_DATA_STORE);
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
  assert_int_equal(kind_at(ir, "own"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "llm"), TMC_KIND_LLM);
  assert_int_equal(kind_at(ir, "wrk"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "rec"), TMC_KIND_DATA_STORE);
  const tmc_element *llm = elem_at(ir, "llm");
  assert_string_equal(llm->label, "Gemini 2.0 Flash through the Vertex AI API");
  assert_int_equal(llm->name_source, TMC_SOURCE_ATTRIBUTE);
  assert_non_null(strstr(llm->name_evidence, "'GEM'"));
  assert_string_equal(elem_at(ir, "web")->label, "Clinic portal");
  assert_string_equal(elem_at(ir, "sms")->label, "sms");
  tmc_ir_free(ir);
}

/* A water utility's leak classifier: the vendor's container, pulled as
 * :latest from the vendor's Harbor, is the model (weights in the image),
 * run as an Azure Batch job on each new clip; it reads the pipe register
 * (an asset system, no caller) and reports usage and clip snippets to the
 * vendor, and reads a licence key from a vault. The registry's path
 * tampers with the model and starts the theft of the key; junk clips
 * flooding the bucket are chaff the model works through; the vendor's code
 * sends out what it chooses (AML.T0025); no extraction path from the
 * register that only feeds it. */
static void test_vendor_image_is_the_model(void **state) {
  (void)state;
  tmc_ir *ir = analyse_with(
      "digraph g {\n"
      "  subgraph cluster_sub { label=\"Azure subscription\"; style=dashed;\n"
      "    rec [label=\"Hydrophone recordings\\n(Blob storage)\", shape=cylinder]\n"
      "    job [label=\"Leak classifier\\nvendor container on Azure Batch, weights "
      "leaknet.pt in the image\"]\n"
      "    db [label=\"Leak alerts\\n(Postgres)\", shape=cylinder]\n"
      "  }\n"
      "  crews [label=\"Field crews\", shape=box]\n"
      "  harbor [label=\"AquaSense Harbor (vendor)\\naquasense/leaknet:latest\", "
      "shape=box]\n"
      "  pipes [label=\"Pipe network register\", shape=box]\n"
      "  vendor [label=\"AquaSense telemetry endpoint\", shape=box]\n"
      "  vault [label=\"Batch job secrets (Key Vault)\", shape=cylinder]\n"
      "  vault -> job [label=\"licence key\"]\n"
      "  crews -> rec [label=\"audio uploads\"]\n"
      "  harbor -> job [label=\"image pull :latest\"]\n"
      "  rec -> job [label=\"new clips\"]\n"
      "  pipes -> job [label=\"pipe segments\"]\n"
      "  job -> db [label=\"alerts\"]\n"
      "  job -> vendor [label=\"usage stats, clip snippets\"]\n"
      "}\n",
      cat, NULL);
  assert_non_null(ir);
  assert_int_equal(kind_at(ir, "job"), TMC_KIND_MODEL);
  assert_true(elem_at(ir, "job")->facts.batch_scored);
  assert_true(path_of(ir, "harbor", "job", "TMC-PATH-003"));
  assert_false(path_of(ir, "pipes", "job", "TMC-PATH-004"));
  /* a flood of clips into the bucket the job works through is chaff */
  assert_true(hop_names(ir, "crews", "job", "deny_service", "rec", "AML.T0046", NULL));
  /* the registry is where a theft of the job's keys starts too */
  assert_true(hop_names(ir, "harbor", "vault", "steal_credentials", "harbor",
                        "AML.T0010.004", NULL));
  const tmc_finding *f = finding(ir, "TMC-SUPPLY-010", "job->vendor");
  assert_non_null(f);
  assert_true(cites(f, "AML.T0025"));
  /* quiet: the alerts stay inside */
  assert_null(finding(ir, "TMC-SUPPLY-010", "job->db"));
  tmc_ir_free(ir);
}

/* A careers fair's listings: firms sign up themselves and post listings,
 * a job rewrites each with a hosted LLM and publishes it at once, the site
 * shows it to job hunters and a weekly digest mails it to them. The
 * published rewrite is the fair's word to the public (LLM09); a planted
 * link goes out in the digest (an act through the model's output); a
 * throwaway firm account floods the rewrite job (its bill). */
static void test_rewrite_published_and_mailed(void **state) {
  (void)state;
  tmc_ir *ir = analyse_with(
      "digraph g {\n"
      "  subgraph cluster_p { label=\"GCP project\"; style=dashed;\n"
      "    intake [label=\"Listing intake API\"]\n"
      "    drafts [label=\"Listings (drafts)\", shape=cylinder]\n"
      "    polish [label=\"Listing polisher (Cloud Run job)\"]\n"
      "    live [label=\"Live listings\", shape=cylinder]\n"
      "    site [label=\"Fair website\"]\n"
      "    digest [label=\"Weekly digest mailer (SendGrid)\"]\n"
      "  }\n"
      "  firms [label=\"Exhibiting firms: self-serve sign-up\", shape=box]\n"
      "  claude [label=\"Claude 3.5 Haiku (Anthropic API)\", shape=box, style=dashed]\n"
      "  hunters [label=\"Job hunters (graduates)\", shape=box]\n"
      "  firms -> intake [label=\"listing text\"]\n"
      "  intake -> drafts\n"
      "  drafts -> polish [label=\"new listing\"]\n"
      "  polish -> claude [label=\"listing + style prompt\"]\n"
      "  claude -> polish [label=\"polished HTML\"]\n"
      "  polish -> live [label=\"publish\"]\n"
      "  live -> site\n"
      "  site -> hunters [label=\"listing pages\"]\n"
      "  hunters -> site [label=\"searches\"]\n"
      "  live -> digest [label=\"new listings\"]\n"
      "  digest -> hunters [label=\"digest e-mails\"]\n"
      "}\n",
      cat, NULL);
  assert_non_null(ir);
  assert_int_equal(kind_at(ir, "claude"), TMC_KIND_LLM);
  assert_true(elem_at(ir, "hunters")->facts.public_person);
  assert_non_null(finding(ir, "TMC-LLM-037", "polish->live"));
  assert_true(path_of(ir, "firms", "digest", "TMC-PATH-005"));
  assert_true(
      hop_names(ir, "firms", "digest", "act_through_agent", "live", "AML.T0067", NULL));
  assert_true(
      hop_names(ir, "firms", "digest", "act_through_agent", "digest", "AML.T0052", NULL));
  assert_true(tmc_ir_has_path_pair(ir, el(ir, "firms"), el(ir, "polish")));
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_aws3d_library),
      cmocka_unit_test(test_codes_named_by_tooltips),
      cmocka_unit_test(test_vendor_image_is_the_model),
      cmocka_unit_test(test_rewrite_published_and_mailed),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
