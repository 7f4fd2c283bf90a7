/* test_precision22.c - absurd ids on other people's diagrams (precision22,
 * /work/notes/precision22-audit.md): each family's cause, on small systems
 * worded unlike the Mermaid and draw.io files that showed it, in the other
 * format. Each case has a near miss whose ids must not appear and the same
 * system with the precondition, whose ids must, so a fix cannot simply
 * delete the rule's recall. */
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

/* A + G (mermaid "EC2 Role Bedrock + S3 + OpenSearch", "User-Assigned
 * Managed Identity"), DOT, other words: a Lambda's execution role and a
 * managed identity drawn as boxes, named by the services they may reach
 * (Bedrock, Azure OpenAI), are permissions, no LLM (A), and their arrows
 * to the model and the vector index carry no prompt and index nothing (G):
 * no AI id on them at all. The model they name, drawn on its own, keeps
 * its LLM ids, and the Lambda that sends it the transcript builds its
 * prompt. */
static void test_roles_named_by_their_services(void **state) {
  (void)state;
  static const char dot[] =
      "digraph g {\n"
      "  agents [type=external, label=\"Call-centre agents\"];\n"
      "  subgraph cluster_a { label=\"Account 4411 (eu-west-1)\";\n"
      "    fn [label=\"summarise-call Lambda\"];\n"
      "    role [label=\"Lambda execution role\\nBedrock InvokeModel + DynamoDB\"];\n"
      "    mi [label=\"Managed identity (Azure OpenAI, Key Vault)\"];\n"
      "    db [type=data_store, label=\"Calls table (DynamoDB)\"];\n"
      "    idx [type=vector_store, label=\"Call notes index (OpenSearch k-NN)\"];\n"
      "  }\n"
      "  llm [label=\"Claude 3 Haiku (Amazon Bedrock)\"];\n"
      "  agents -> fn [label=\"call transcript\"];\n"
      "  fn -> role [label=\"assumes\"]; role -> llm [label=\"permits\"];\n"
      "  role -> db [label=\"permits\"]; role -> idx [label=\"access\"];\n"
      "  fn -> mi [label=\"uses\"];\n"
      "  mi -> llm [label=\"authenticates\"];\n"
      "  fn -> llm [label=\"transcript + summary prompt\"];\n"
      "  llm -> fn [label=\"summary\"]; fn -> db [label=\"summary\"];\n"
      "}\n";
  tmc_ir *ir = analyse_with(dot, cat, NULL);
  assert_int_equal(ir->elements[elem(ir, "role")].kind, TMC_KIND_PROCESS);
  assert_int_equal(ir->elements[elem(ir, "mi")].kind, TMC_KIND_PROCESS);
  static const char *const ai_ids[] = {"AML.", "LLM", "ML0", NULL};
  for (size_t i = 0; ai_ids[i]; i++) {
    assert_false(any_cites(ir, "role", ai_ids[i]));
    assert_false(any_cites(ir, "mi", ai_ids[i]));
    assert_false(any_cites(ir, "role->llm", ai_ids[i]));
    assert_false(any_cites(ir, "mi->llm", ai_ids[i]));
    assert_false(any_cites(ir, "role->idx", ai_ids[i]));
  }
  assert_true(any_cites(ir, "fn", "AML.T0051"));
  assert_int_equal(ir->elements[elem(ir, "llm")].kind, TMC_KIND_LLM);
  assert_true(any_cites(ir, "llm", "AML.T0054"));
  assert_true(any_cites(ir, "llm", "LLM01"));
  tmc_ir_free(ir);
}

/* B (mermaid `Models[Data Models app/models.py]`), draw.io, other words: a
 * module of domain or ORM models named in the plural is code, no trained
 * model, also where its cell id says "models": no ML id anywhere. A churn
 * model in its place still is one. */
static void test_domain_models_are_no_models(void **state) {
  (void)state;
  for (int churn = 0; churn < 2; churn++) {
    char xml[4096];
    snprintf(xml, sizeof xml,
             HEAD V("u", "Shoppers", ACTOR, 0, 40, 30, 60)
                 V("api", "Orders API (Django)", CARD, 200, 40, 140, 60)
                     V("models", "%s", CARD, 420, 40, 140, 60)
                         V("db", "Orders DB (Postgres)", DB, 420, 200, 120, 80)
                             LINK("e1", "u", "api", "place order")
                                 LINK("e2", "api", "models", "validate")
                                     LINK("e3", "models", "db", "rows") TAIL,
             churn ? "Churn model (XGBoost)"
                   : "Domain Models (ORM models, orders/models.py)");
    tmc_ir *ir = drawio_analysed(xml, NULL);
    assert_int_equal(ir->elements[elem(ir, "models")].kind == TMC_KIND_MODEL, churn);
    assert_int_equal(any_cites(ir, NULL, "ML01"), churn);
    assert_int_equal(any_cites(ir, NULL, "AML.T0015"), churn);
    tmc_ir_free(ir);
  }
}

/* D (mermaid "Arsenal — Pipeline Generator"), DOT, other words: a tool
 * that writes or edits CI pipelines with an LLM is no training pipeline:
 * nothing is trained, so no poisoning or backdoor id. A nightly training
 * pipeline in its place is one. */
static void test_pipeline_tools_train_nothing(void **state) {
  (void)state;
  static const char *const names[] = {
      "Workflow pipeline builder (LLM writes GitHub Actions)",
      "Nightly training pipeline (PyTorch)", NULL};
  for (size_t i = 0; names[i]; i++) {
    char dot[2048];
    snprintf(dot, sizeof dot,
             "digraph g {\n"
             "  devs [type=external, label=\"Developers\"];\n"
             "  subgraph cluster_p { label=\"Platform\";\n"
             "    ui [label=\"DevPortal web app\"];\n"
             "    pb [label=\"%s\"];\n"
             "    st [type=data_store, label=\"Portal state store\"];\n"
             "  }\n"
             "  llm [type=llm, label=\"GPT-4o (OpenAI)\"];\n"
             "  devs -> ui [label=\"repo + request\"]; ui -> st [label=\"state\"];\n"
             "  st -> pb [label=\"request\"]; pb -> llm [label=\"prompt\"];\n"
             "  llm -> pb [label=\"answer\"]; pb -> ui [label=\"result\"];\n"
             "}\n",
             names[i]);
    tmc_ir *ir = analyse_with(dot, cat, NULL);
    bool trains = i == 1;
    assert_int_equal(ir->elements[elem(ir, "pb")].kind == TMC_KIND_PIPELINE, trains);
    assert_int_equal(any_cites(ir, NULL, "AML.T0020"), trains);
    assert_int_equal(any_cites(ir, NULL, "AML.T0018"), trains);
    /* the LLM keeps its own ids where the builder prompts it (find33:
     * a jailbreak, TMC-LLM-003, needs someone typing to the model, and
     * nobody does where only a training job feeds it) */
    if (!trains)
      assert_true(any_cites(ir, "llm", "LLM01"));
    tmc_ir_free(ir);
  }
}

/* F (draw.io, Rekognition icon labelled "Content moderation"), other
 * icon and words: a box drawn with the Textract icon and named by its use
 * is AWS's pretrained model, called: no model of ours to copy or invert
 * (no ML05, ML03). (TMC-MLOPS-004 still fires there: precision22-ready.md.)
 * The same box drawn with the SageMaker model icon is the system's own
 * model and keeps them. */
static void test_vendor_ai_icon_is_vendors(void **state) {
  (void)state;
  for (int own = 0; own < 2; own++) {
    char xml[4096];
    snprintf(xml, sizeof xml,
             HEAD V("sup", "Suppliers", ACTOR, 0, 40, 30,
                    60) ZONE("z", "AWS account (prod)", 150, 0, 700, 300)
                 C("api", "z", "Invoice upload API (ECS)", CARD, 20, 40, 140, 60)
                     C("ex", "z", "Invoice field extraction", "%s", 300, 40, 78, 78)
                         C("db", "z", "Invoices DB (Aurora)", DB, 300, 200, 120, 80)
                             LINK("e1", "sup", "api", "invoice PDF")
                                 LINK("e2", "api", "ex", "AnalyzeExpense")
                                     LINK("e3", "ex", "api", "fields")
                                         LINK("e4", "api", "db", "invoice fields")
                                             LINK("e5", "api", "sup", "extracted fields")
                                                 TAIL,
             own ? AWS_ICON("sagemaker_model") : AWS_ICON("textract"));
    tmc_ir *ir = drawio_analysed(xml, NULL);
    assert_int_equal(ir->elements[elem(ir, "ex")].kind, TMC_KIND_MODEL);
    assert_int_equal(ir->elements[elem(ir, "ex")].facts.vendor_service, !own);
    assert_int_equal(any_cites(ir, "ex", "ML05"), own);
    assert_int_equal(any_cites(ir, "ex", "ML03"), own);
    /* evasion by what suppliers send is asked either way */
    assert_true(any_cites(ir, "ex", "ML01"));
    tmc_ir_free(ir);
  }
}

/* E (mermaid flowchart "✅ Send to LLM"), DOT, other words: a step named by
 * its verb and its target ("Forward to GPT-4o", "Upload to S3") is a step
 * of the flow, neither the LLM nor the bucket it sends to: none of a
 * model's ids on it. The model drawn after it keeps them, and a box whose
 * name leads with the model ("Claude for summaries") stays the model. */
static void test_send_to_step_is_no_target(void **state) {
  (void)state;
  static const char dot[] =
      "digraph g {\n"
      "  rankdir=LR; node [shape=box];\n"
      "  u [type=external, label=\"Citizens\"];\n"
      "  subgraph cluster_s { label=\"Helpdesk service\";\n"
      "    chk [label=\"Safety check\"];\n"
      "    fwd [label=\"Forward to GPT-4o\"];\n"
      "    up [label=\"Upload to S3\"];\n"
      "    sum [label=\"Claude for summaries\"];\n"
      "    bkt [type=data_store, label=\"transcripts bucket\"];\n"
      "  }\n"
      "  llm [label=\"GPT-4o (OpenAI)\"];\n"
      "  u -> chk [label=\"question\"]; chk -> fwd [label=\"allowed question\"];\n"
      "  fwd -> llm [label=\"prompt\"]; llm -> fwd [label=\"answer\"];\n"
      "  fwd -> u [label=\"answer\"]; fwd -> up [label=\"transcript\"];\n"
      "  up -> bkt [label=\"PUT\"]; up -> sum [label=\"transcript\"];\n"
      "  sum -> bkt [label=\"summary\"];\n"
      "}\n";
  tmc_ir *ir = analyse_with(dot, cat, NULL);
  assert_int_equal(ir->elements[elem(ir, "fwd")].kind, TMC_KIND_PROCESS);
  assert_int_equal(ir->elements[elem(ir, "up")].kind, TMC_KIND_PROCESS);
  static const char *const model_ids[] = {"AML.T0054", "AML.T0024", "LLM07", "LLM09",
                                          "ML05",      "ML01",      NULL};
  for (size_t i = 0; model_ids[i]; i++)
    assert_false(any_cites(ir, "fwd", model_ids[i]));
  assert_int_equal(ir->elements[elem(ir, "llm")].kind, TMC_KIND_LLM);
  assert_true(any_cites(ir, "llm", "AML.T0054"));
  assert_int_equal(ir->elements[elem(ir, "sum")].kind, TMC_KIND_LLM);
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_roles_named_by_their_services),
      cmocka_unit_test(test_domain_models_are_no_models),
      cmocka_unit_test(test_pipeline_tools_train_nothing),
      cmocka_unit_test(test_vendor_ai_icon_is_vendors),
      cmocka_unit_test(test_send_to_step_is_no_target),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
