/* test_g30d.c - what blind30's LLM systems taught (twenty-sixth session,
 * helper g30d), each drawn here in other words and another domain:
 *   - draw.io's clip-art library drawn as stand-alone images with the name
 *     below (a ski resort's lift passes): a database picture is a store
 *     even under a SaaS vendor's name, a monitor is a screen someone reads
 *     (the outside), keys are where secrets are kept; the head noun still
 *     outvotes a device's picture ("Rates service" on a monitor), and a model named on
 *     a server picture stays the model;
 *   - a model's judgement written into a store whose own name says it keeps
 *     one ("save" into "Claim files (priority, verdict)") is stored as
 *     returned and decides what happens next (TMC-LLM-181), whatever the
 *     arrow is called; a store named for something else is not;
 *   - documents others publish (a feed) or post (the public, through code
 *     that takes what they post), fetched whole by the system's own job,
 *     kept, and sent to a model billed per token by the code that builds
 *     the prompt: a flood or one enormous document runs up the bill there
 *     (AML.T0034) until the endpoint refuses everyone (AML.T0029 at the
 *     LLM, TMC-PATH-009), though an ingestion job is on the way (a law
 *     firm's docket digest in DOT, a council's complaints in draw.io);
 *   - an agent's tool that resets passwords or second factors hands the
 *     account to whoever asked: the hop into it names AML.T0048.000
 *     (financial harm) beside AML.T0053 (a university's service-desk bot
 *     with an Okta admin tool; quiet: a tool that only looks up status);
 *   - ... and the change it makes is recorded under the tool's identity,
 *     not tied to the ticket or person behind it (TMC-AGENT-221, R); no
 *     such finding where no model chose the change (an admin portal);
 *   - a process's environment named by its variables ("worker env
 *     STRIPE_KEY, DB_PASSWORD", "runtime environment ANTHROPIC_API_KEY")
 *     is where that code keeps its keys: a store of secrets, whatever word
 *     before it says whose; not a place named env without variables, nor
 *     a process whose detail line lists the variables it is given. */
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

#define CLIP(folder, file)                                                               \
  "image;html=1;image=img/lib/clip_art/" folder "/" file                                 \
  "_128x128.png;verticalLabelPosition=bottom;verticalAlign=top;"

static void test_clip_art_images_name_their_kind(void **state) {
  (void)state;
  const char *xml =
      HEAD V("skier", "Season pass holders", CLIP("people", "Construction_Worker_Woman"),
             20, 40, 60, 60) V("api", "Pass API&lt;br&gt;(Node, Fly.io)",
                               CLIP("computers", "Server"), 200, 40, 60, 60)
      /* a vendor's name on a database picture: the records kept there */
      V("crm", "Salesforce bookings&lt;br&gt;(tier, risk rating)",
        CLIP("computers", "Database"), 400, 40, 60, 60)
      /* a screen at the gate: the outside, someone reads it */
      V("gate", "Gate 4 display&lt;br&gt;(turnstile)", CLIP("computers", "Monitor"), 400,
        200, 60, 60)
      /* keys: where the service keeps its secrets */
      V("keys", "runtime secrets&lt;br&gt;STRIPE_KEY, SF_TOKEN", CLIP("general", "Keys"),
        200, 200, 60, 60)
      /* quiet: the head noun outvotes a device's picture */
      V("rates", "Rates service", CLIP("computers", "Monitor"), 20, 200, 60, 60)
      /* quiet: a model named on a server picture stays the model */
      V("llm", "Mistral Large&lt;br&gt;(La Plateforme)",
        CLIP("computers", "Server_Rack_Partial"), 600, 40, 60,
        60) LINK("f1", "skier", "api", "buy pass")
          LINK("f2", "api", "crm", "upsert booking")
              LINK("f3", "api", "gate", "pass status") LINK("f4", "api", "keys", "env")
                  LINK("f5", "api", "rates", "price lookup")
                      LINK("f6", "api", "llm", "upgrade pitch") TAIL;
  tmc_ir *ir = drawio_analysed(xml, "classify");
  assert_int_equal(elem_at(ir, "skier")->kind, TMC_KIND_EXTERNAL);
  assert_int_equal(elem_at(ir, "api")->kind, TMC_KIND_PROCESS);
  const tmc_element *crm = elem_at(ir, "crm");
  assert_int_equal(crm->kind, TMC_KIND_DATA_STORE);
  assert_int_equal(crm->kind_source, TMC_SOURCE_ICON);
  assert_int_equal(elem_at(ir, "gate")->kind, TMC_KIND_EXTERNAL);
  assert_int_equal(tmc_kind_dfd(elem_at(ir, "keys")->kind), TMC_DFD_STORE);
  assert_int_equal(elem_at(ir, "rates")->kind, TMC_KIND_PROCESS);
  assert_int_equal(elem_at(ir, "llm")->kind, TMC_KIND_LLM);
  tmc_ir_free(ir);
}

static void test_judgement_named_by_the_store(void **state) {
  (void)state;
  const char *dot =
      "digraph claims {\n"
      "  portal [shape=box, label=\"Policyholder portal\"];\n"
      "  subgraph cluster_core { label=\"Insurer VPC\";\n"
      "    triage [label=\"Triage worker\"];\n"
      "    files [shape=cylinder, label=\"Claim files\\n(priority, verdict)\"];\n"
      "    photos [shape=cylinder, label=\"Claim photos\"];\n"
      "  }\n"
      "  llm [label=\"Gemini 2.5 Flash (Vertex AI)\"];\n"
      "  portal -> triage [label=\"claim form + photos\"];\n"
      "  triage -> llm [label=\"claim text\"];\n"
      "  llm -> triage [label=\"assessment\"];\n"
      "  triage -> files [label=\"save\"];\n"
      "  triage -> photos [label=\"save\"];\n"
      "}\n";
  tmc_ir *ir = analyse_with(dot, cat, NULL);
  assert_non_null(ir);
  assert_true(ir->flows[flow(ir, "triage", "files")].facts.stores_model_judgement);
  assert_non_null(finding(ir, "TMC-LLM-181", "triage->files"));
  /* quiet: photos are no judgement */
  assert_false(ir->flows[flow(ir, "triage", "photos")].facts.stores_model_judgement);
  assert_null(finding(ir, "TMC-LLM-181", "triage->photos"));
  tmc_ir_free(ir);
}

/* A law firm's docket digest: a court's feed of new filings is fetched
 * nightly, kept, turned to text and summarised by a hosted model (quiet:
 * the same from a clerk named by no feed word). */
static const char *docket(const char *source) {
  static char buf[2048];
  snprintf(buf, sizeof buf,
           "digraph g {\n"
           "  court [label=\"%s\", shape=box3d];\n"
           "  subgraph cluster_f { label=\"Firm AWS account\";\n"
           "    scrape [label=\"Docket scraper (nightly)\"];\n"
           "    bucket [label=\"exhibits bucket\", shape=cylinder];\n"
           "    text [label=\"PDF-to-text worker (pdfminer)\"];\n"
           "    brief [label=\"Brief writer service\"]; }\n"
           "  llm [label=\"Gemini 2.5 Pro (Google AI API)\"];\n"
           "  court -> scrape [label=\"exhibits\"];\n"
           "  scrape -> bucket;\n"
           "  bucket -> text;\n"
           "  text -> brief [label=\"plain text\"];\n"
           "  brief -> llm [label=\"exhibits + instructions\"];\n"
           "  llm -> brief [label=\"case summary\"];\n"
           "}\n",
           source);
  return buf;
}

static void test_published_documents_flood_the_llm(void **state) {
  (void)state;
  tmc_ir *ir = analysed(docket("County court docket feed\\n(new filings, PDF exhibits)"));
  assert_true(path_of(ir, "court", "llm", "TMC-PATH-009"));
  assert_true(hop_names(ir, "court", "llm", "deny_service", "brief", "AML.T0034", NULL));
  assert_true(hop_names(ir, "court", "llm", "deny_service", "llm", "AML.T0029", NULL));
  tmc_ir_free(ir);
  /* quiet: a clerk named by no feed word publishes nothing */
  ir = analysed(docket("County court clerk"));
  assert_false(path_of(ir, "court", "llm", "TMC-PATH-009"));
  tmc_ir_free(ir);
}

/* A council's complaints in draw.io: citizens post complaints with
 * attachments through an intake form; a nightly job keeps them; a
 * summariser sends each whole to a hosted model. */
#define COUNCIL(who)                                                                     \
  HEAD ZONE("z", "Council Azure tenant", 300, 0, 1000, 400)                              \
      V("res", who, "shape=umlActor;html=1;", 0, 100, 40, 80)                            \
          C("form", "z", "Complaint intake form", CARD, 20, 40, 160, 60)                 \
              C("att", "z", "Attachments blob container", DB, 220, 40, 140, 60)          \
                  C("sum", "z", "Case summariser", CARD, 420, 40, 160, 60)               \
                      V("m", "GPT-4.1 (Azure OpenAI)",                                   \
                        "ellipse;whiteSpace=wrap;html=1;", 1400, 0, 120, 60)             \
                          LINK("e1", "res", "form", "complaint + files")                 \
                              LINK("e2", "form", "att", "store")                         \
                                  LINK("e3", "att", "sum", "new cases")                  \
                                      LINK("e4", "sum", "m", "case text + prompt")       \
                                          LINK("e5", "m", "sum", "summary") TAIL

static void test_posted_documents_flood_the_llm_drawio(void **state) {
  (void)state;
  static const char *xml = COUNCIL("Citizens");
  tmc_ir *ir = analysed_as("t.drawio", xml);
  assert_true(ir->elements[el(ir, "form")].facts.public_intake);
  assert_true(path_of(ir, "res", "m", "TMC-PATH-009"));
  assert_true(hop_names(ir, "res", "m", "deny_service", "m", "AML.T0029", NULL));
  tmc_ir_free(ir);
}
#undef COUNCIL

/* A university's service-desk bot: students' e-mails become tickets an
 * orchestrator hands to a hosted model, which calls an Okta tool. */
static const char *desk(const char *tool) {
  static char buf[2048];
  snprintf(buf, sizeof buf,
           "digraph g {\n"
           "  students [label=\"Students (email to itdesk@)\", shape=box];\n"
           "  subgraph cluster_u { label=\"University IT (Azure)\";\n"
           "    queue [label=\"Service desk tickets\", shape=cylinder];\n"
           "    bot [label=\"desk-bot orchestrator\"];\n"
           "    tool [label=\"%s\", shape=hexagon]; }\n"
           "  llm [label=\"Mistral Large (La Plateforme API)\"];\n"
           "  idp [label=\"Okta (university tenant)\", shape=box3d];\n"
           "  students -> queue [label=\"email -> ticket\"];\n"
           "  queue -> bot [label=\"new ticket\"];\n"
           "  bot -> llm [label=\"ticket + tool schemas\"];\n"
           "  llm -> bot [label=\"tool calls\"];\n"
           "  bot -> tool [dir=both];\n"
           "  tool -> idp [label=\"admin API\"];\n"
           "}\n",
           tool);
  return buf;
}

static void test_account_reset_tool(void **state) {
  (void)state;
  tmc_ir *ir = analysed(desk("okta_admin\\nreset password, reset MFA"));
  assert_true(hop_names(ir, "students", "tool", "act_through_agent", "tool", "AML.T0053",
                        "AML.T0048.000"));
  assert_true(ir->elements[el(ir, "tool")].facts.changes_accounts);
  assert_non_null(finding(ir, "TMC-AGENT-221", "tool"));
  tmc_ir_free(ir);
  /* quiet: a tool that only reads an account's status */
  ir = analysed(desk("okta_lookup\\naccount status, last login"));
  assert_true(path_shown(ir, "students", "tool"));
  assert_false(hop_names(ir, "students", "tool", NULL, "tool", NULL, "AML.T0048.000"));
  assert_null(finding(ir, "TMC-AGENT-221", "tool"));
  tmc_ir_free(ir);
  /* quiet: staff reset passwords through an admin portal, no model */
  ir = analysed("digraph g {\n"
                "  staff [label=\"Desk staff\", shape=box];\n"
                "  subgraph cluster_u { label=\"University IT\";\n"
                "    portal [label=\"Admin portal\\nunlock account, add to group\"]; }\n"
                "  idp [label=\"Okta\", shape=box3d];\n"
                "  staff -> portal; portal -> idp [label=\"admin API\"];\n"
                "}\n");
  assert_true(ir->elements[el(ir, "portal")].facts.changes_accounts);
  assert_null(finding(ir, "TMC-AGENT-221", "portal"));
  tmc_ir_free(ir);
}

static void test_environment_listed_by_variables(void **state) {
  (void)state;
  tmc_ir *ir = analyse_with("digraph g {\n"
                            "  api [label=\"Billing worker\"];\n"
                            "  e1 [label=\"worker env\\nSTRIPE_KEY, DB_PASSWORD\"];\n"
                            "  e2 [shape=box, label=\"batch env MAPBOX_TOKEN\"];\n"
                            "  e3 [label=\"runtime environment\\nANTHROPIC_API_KEY\"];\n"
                            /* quiet: a place, and a process given variables */
                            "  dev [label=\"Dev env\"];\n"
                            "  pod [shape=record, label=\"{ingest pod|env: S3_KEY, "
                            "PG_PASSWORD}\"];\n"
                            "  api -> e1 [dir=both]; api -> e2; api -> e3;\n"
                            "  dev -> api; pod -> api;\n"
                            "}\n",
                            cat, "classify");
  assert_non_null(ir);
  for (const char *const *id = (const char *const[]){"e1", "e2", "e3", NULL}; *id; id++) {
    const tmc_element *e = elem_at(ir, *id);
    assert_int_equal(e->kind, TMC_KIND_DATA_STORE);
    assert_non_null(strstr(e->kind_evidence, "environment"));
  }
  assert_int_not_equal(elem_at(ir, "dev")->kind, TMC_KIND_DATA_STORE);
  assert_int_equal(elem_at(ir, "pod")->kind, TMC_KIND_PROCESS);
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_clip_art_images_name_their_kind),
      cmocka_unit_test(test_judgement_named_by_the_store),
      cmocka_unit_test(test_published_documents_flood_the_llm),
      cmocka_unit_test(test_posted_documents_flood_the_llm_drawio),
      cmocka_unit_test(test_account_reset_tool),
      cmocka_unit_test(test_environment_listed_by_variables),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
