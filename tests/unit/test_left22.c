/* test_left22.c - a vendor's hosted AI service is no model of ours, and
 * what people wrote, said or uploaded that the system sends it is personal
 * data leaving for the vendor (left22; precision22-ready.md family F: a
 * Rekognition icon labelled "Content moderation" drew TMC-MLOPS-004, and
 * a "Translate" button on a message sent to Cloud Translation drew no
 * TMC-DISC-005). Each case is worded unlike the files that showed it, in
 * the other format, with a near miss that must stay quiet. */
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

#define ACTOR "shape=umlActor;verticalLabelPosition=bottom;html=1;"
/* An AWS resource icon (a draw.io AWS 4 library card). */
#define AWS_ICON(res)                                                                    \
  "sketch=0;outlineConnect=0;html=1;aspect=fixed;shape=mxgraph.aws4.resourceIcon;"       \
  "resIcon=mxgraph.aws4." res ";verticalLabelPosition=bottom;verticalAlign=top;"

/* DOT, vendor APIs named on their boxes (Azure AI Vision, DeepL): a claims
 * portal riders use sends their photos and their messages to the vendors,
 * each a disclosure finding. A nightly job that sends the public product
 * catalogue to the same DeepL API discloses nothing of anyone's. */
static void test_people_content_to_vendor_ai(void **state) {
  (void)state;
  static const char dot[] =
      "digraph g {\n"
      "  riders [type=external, label=\"Riders\"];\n"
      "  subgraph cluster_a { label=\"Azure subscription (prod)\";\n"
      "    app [label=\"Claims portal (App Service)\"];\n"
      "    db [type=data_store, label=\"Claims DB (Azure SQL)\"];\n"
      "    job [label=\"Nightly catalogue sync\"];\n"
      "    cat [type=data_store, label=\"Product catalogue (public)\"];\n"
      "  }\n"
      "  vis [label=\"Azure AI Vision (image analysis)\"];\n"
      "  dl [label=\"DeepL API\"];\n"
      "  riders -> app [label=\"claim + damage photos\"];\n"
      "  app -> db [label=\"claim\"];\n"
      "  app -> vis [label=\"photos of the damaged bike\"];\n"
      "  vis -> app [label=\"tags\"];\n"
      "  app -> dl [label=\"rider's message\"];\n"
      "  dl -> app [label=\"translated text\"];\n"
      "  cat -> job [label=\"product descriptions\"];\n"
      "  job -> dl [label=\"product catalogue text\"];\n"
      "  dl -> job [label=\"translations\"];\n"
      "  job -> cat [label=\"translations\"];\n"
      "}\n";
  tmc_ir *ir = analyse_with(dot, cat, NULL);
  assert_true(ir->elements[elem(ir, "vis")].facts.vendor_service);
  assert_true(ir->elements[elem(ir, "dl")].facts.vendor_service);
  assert_non_null(finding(ir, "TMC-DISC-005", "app->vis"));
  assert_non_null(finding(ir, "TMC-DISC-005", "app->dl"));
  assert_false(ir->flows[flow(ir, "job", "dl")].facts.people_content_to_vendor);
  assert_null(finding(ir, "TMC-DISC-005", "job->dl"));
  tmc_ir_free(ir);
}

/* draw.io, a Comprehend icon labelled by its use ("Ticket triage"): AWS's
 * pretrained service the support desk calls, no ML platform of ours, so no
 * TMC-MLOPS-004; the customers' e-mails it is sent get TMC-DISC-005. The
 * same box drawn with the SageMaker model icon is the system's own served
 * model: TMC-MLOPS-004 stays, and no vendor receives anything. A public
 * catalogue sent to the Comprehend icon gets no disclosure finding. */
static void test_vendor_ai_icon_no_platform(void **state) {
  (void)state;
  static const char *const icons[] = {AWS_ICON("comprehend"), AWS_ICON("sagemaker_model"),
                                      AWS_ICON("comprehend")};
  static const char *const sent[] = {"customer e-mails", "customer e-mails",
                                     "product catalogue descriptions"};
  for (int i = 0; i < 3; i++) {
    char xml[4096];
    snprintf(xml, sizeof xml,
             HEAD V("cu", "Customers", ACTOR, 0, 40, 30, 60)
                 ZONE("z", "AWS account (prod)", 150, 0, 700, 300)
                     C("api", "z", "Support desk API (ECS)", CARD, 20, 40, 140, 60)
                         C("tr", "z", "Ticket triage", "%s", 300, 40, 78, 78)
                             C("db", "z", "Tickets DB (Aurora)", DB, 300, 200, 120, 80)
                                 LINK("e1", "cu", "api", "HTTPS")
                                     LINK("e2", "api", "tr", "%s")
                                         LINK("e3", "tr", "api", "labels")
                                             LINK("e4", "api", "db", "ticket") TAIL,
             icons[i], sent[i]);
    tmc_ir *ir = drawio_analysed(xml, NULL);
    bool own = i == 1, people = i == 0;
    assert_int_equal(ir->elements[elem(ir, "tr")].kind, TMC_KIND_MODEL);
    assert_int_equal(ir->elements[elem(ir, "tr")].facts.vendor_service, !own);
    assert_int_equal(finding(ir, "TMC-MLOPS-004", "tr") != NULL, own);
    assert_int_equal(finding(ir, "TMC-DISC-005", "api->tr") != NULL, people);
    tmc_ir_free(ir);
  }
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_people_content_to_vendor_ai),
      cmocka_unit_test(test_vendor_ai_icon_no_platform),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
