/* test_b33c.c - what blind33's LLM systems taught (twenty-ninth session,
 * helper b33c), each drawn here in other words and another domain:
 *   - code named for an agent's word ("orchestrator") that only asks the
 *     model, searches an index, files a log and answers the chat front
 *     people ask it through acts on nothing: no agent, so no excessive
 *     agency or tool-call findings (a university library's catalogue
 *     assistant, DOT; a garden centre's plant-care assistant, draw.io, its
 *     arrows drawn double-headed); the same code that also sends a change
 *     to a service it does not answer stays the agent;
 *   - a key store that the chat side and an indexer both read over
 *     two-way arrows carries keys, not the conversation: the index the
 *     indexer fills is no memory of the assistant;
 *   - code that asks an LLM and, on its JSON alone, closes, merges or
 *     updates records in a system of record under a service identity of
 *     its own (named in the key store it reads) acts with that account's
 *     standing rights: excessive agency (TMC-AGENT-193, LLM06), without a
 *     tool invocation id, since no tool is called (a council's complaints
 *     triage, DOT; a lettings agent's maintenance triage, draw.io); code
 *     that only files new drafts changes nothing there. */
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

#define ACTOR "shape=umlActor;verticalLabelPosition=bottom;verticalAlign=top;html=1;"
#define MODEL "ellipse;whiteSpace=wrap;html=1;dashed=1;"
/* A labelled arrow with heads at both ends (draw.io's startArrow). */
#define BOTH(id, s, t, value)                                                            \
  "<mxCell id=\"" id "\" value=\"" value                                                 \
  "\" style=\"endArrow=classic;startArrow=classic;"                                      \
  "html=1;\" edge=\"1\" parent=\"1\" source=\"" s "\" target=\"" t                       \
  "\"><mxGeometry relative=\"1\" as=\"geometry\"/></mxCell>"

/* A university library's catalogue assistant: the "query orchestrator"
 * answers the chat widget students ask through; the loader that fills the
 * index reads the same key vault over a two-way arrow. `extra` adds
 * statements (an action the orchestrator takes). */
#define LIBRARY(extra)                                                                   \
  "digraph lib {\n"                                                                      \
  "  students [shape=box label=\"Students\"];\n"                                         \
  "  subgraph cluster_campus {\n"                                                        \
  "    label=\"Campus cloud\";\n"                                                        \
  "    chat [label=\"Library chat widget (web)\"];\n"                                    \
  "    orch [label=\"Query orchestrator\"];\n"                                           \
  "    idx [shape=cylinder label=\"Catalogue vector index\"];\n"                         \
  "    hist [shape=cylinder label=\"Conversation log\"];\n"                              \
  "    vault [shape=cylinder label=\"Key Vault (API keys)\"];\n"                         \
  "    loader [label=\"Catalogue loader\"];\n"                                           \
  "    recs [shape=cylinder label=\"Catalogue records\"];\n"                             \
  "  }\n"                                                                                \
  "  llm [label=\"Claude (hosted LLM)\"];\n"                                             \
  "  emb [label=\"Embedding model\"];\n"                                                 \
  "  students -> chat [dir=both label=\"question / answer\"];\n"                         \
  "  chat -> orch;\n"                                                                    \
  "  orch -> chat [label=\"answer\"];\n"                                                 \
  "  orch -> idx [label=\"similarity search\"];\n"                                       \
  "  idx -> orch [label=\"passages\"];\n"                                                \
  "  orch -> llm [label=\"prompt\"];\n"                                                  \
  "  llm -> orch [label=\"answer\"];\n"                                                  \
  "  orch -> emb [dir=both label=\"embed\"];\n"                                          \
  "  orch -> hist [label=\"log turn\"];\n"                                               \
  "  orch -> vault [dir=both];\n"                                                        \
  "  loader -> vault [dir=both];\n"                                                      \
  "  recs -> loader;\n"                                                                  \
  "  loader -> emb [dir=both];\n"                                                        \
  "  loader -> idx [label=\"push vectors\"];\n" extra "}\n"

static void test_orchestrator_answering_its_front_is_no_agent(void **state) {
  (void)state;
  tmc_ir *ir = analysed(LIBRARY(""));
  assert_true(plays(ir, "orch", TMC_ROLE_PROMPT_ASSEMBLER));
  assert_false(plays(ir, "orch", TMC_ROLE_AGENT));
  assert_int_equal(count_rule(ir, "TMC-LLM-007"), 0);
  assert_int_equal(count_rule(ir, "TMC-LLM-030"), 0);
  assert_int_equal(count_rule(ir, "TMC-AGENT-006"), 0);
  assert_false(any_cites(ir, NULL, "AML.T0053"));
  assert_false(any_cites(ir, NULL, "LLM06"));
  tmc_ir_free(ir);
}

static void test_orchestrator_that_acts_stays_the_agent(void **state) {
  (void)state;
  /* it also renews loans in the circulation system, which answers it
   * nothing: an action of its own */
  tmc_ir *ir = analysed(LIBRARY("  circ [label=\"Circulation service\"];\n"
                                "  orch -> circ [label=\"renew loan\"];\n"));
  assert_true(plays(ir, "orch", TMC_ROLE_AGENT));
  assert_int_equal(count_rule(ir, "TMC-LLM-007"), 1);
  tmc_ir_free(ir);
}

static void test_vault_read_both_ways_carries_no_conversation(void **state) {
  (void)state;
  tmc_ir *ir = analysed(LIBRARY(""));
  assert_false(elem_at(ir, "idx")->facts.agent_memory);
  assert_int_equal(count_rule(ir, "TMC-AGENT-005"), 0);
  assert_false(any_cites(ir, "idx", "AML.T0080"));
  tmc_ir_free(ir);
}

/* draw.io, a garden centre's plant-care assistant: customers talk to the
 * app over a double-headed arrow, the "care orchestrator" answers the app,
 * searches the care-guide index, asks the model and files the transcript;
 * the guide loader fills the index with the same key store's key. */
static void test_drawio_orchestrator_answering_its_app(void **state) {
  (void)state;
  /* clang-format off */
  const char *xml = HEAD
      V("cust", "Customers", ACTOR, 0, 100, 30, 60)
      ZONE("shop", "Garden centre cloud", 100, 0, 600, 400)
      C("app", "shop", "Plant-care app", CARD, 20, 40, 120, 50)
      C("orch", "shop", "Care orchestrator", CARD, 200, 40, 120, 50)
      C("guide", "shop", "Care guide vector index", DB, 380, 40, 120, 60)
      C("tx", "shop", "Transcripts", DB, 200, 200, 100, 60)
      C("keys", "shop", "Key store&lt;br&gt;(API keys)", "shape=note;whiteSpace=wrap;html=1;",
        380, 200, 100, 60)
      C("load", "shop", "Guide loader", CARD, 380, 300, 120, 50)
      V("gpt", "GPT-4o mini", MODEL, 800, 40, 120, 60)
      V("emb", "text-embedding-3-small", MODEL, 800, 200, 120, 60)
      BOTH("e1", "cust", "app", "question")
      LINK("e2", "app", "orch", "")
      LINK("e3", "orch", "app", "answer")
      LINK("e4", "orch", "guide", "vector search")
      LINK("e5", "guide", "orch", "top-5 passages")
      LINK("e6", "orch", "gpt", "prompt")
      LINK("e7", "gpt", "orch", "reply")
      BOTH("e8", "orch", "emb", "embed")
      LINK("e9", "orch", "tx", "save transcript")
      BOTH("e10", "orch", "keys", "")
      BOTH("e11", "load", "keys", "")
      BOTH("e12", "load", "emb", "embed")
      LINK("e13", "load", "guide", "upsert chunks")
      TAIL;
  /* clang-format on */
  tmc_ir *ir = drawio_analysed(xml, "paths");
  assert_int_equal(kind_at(ir, "gpt"), TMC_KIND_LLM);
  assert_true(plays(ir, "orch", TMC_ROLE_PROMPT_ASSEMBLER));
  assert_false(plays(ir, "orch", TMC_ROLE_AGENT));
  assert_false(any_cites(ir, NULL, "AML.T0053"));
  assert_false(any_cites(ir, NULL, "LLM06"));
  assert_false(any_cites(ir, NULL, "AML.T0080"));
  tmc_ir_free(ir);
}

/* A council's complaints triage: a Lambda asks Claude for a category and
 * whether the complaint repeats one already open, and on that JSON opens,
 * merges or closes cases in the casework system with the integration
 * user whose password sits in the parameter store. `act` is the flow's
 * label. */
#define COUNCIL(act)                                                                     \
  "digraph council {\n"                                                                  \
  "  residents [shape=box label=\"Residents\"];\n"                                       \
  "  subgraph cluster_aws {\n"                                                           \
  "    label=\"Council AWS account\";\n"                                                 \
  "    portal [label=\"Report-it web form\"];\n"                                         \
  "    triage [label=\"Triage Lambda (Node.js)\"];\n"                                    \
  "    cases [shape=cylinder label=\"Casework system (Salesforce)\"];\n"                 \
  "    ssm [shape=note label=\"Parameter Store (casework integration user "              \
  "password)\"];\n"                                                                      \
  "  }\n"                                                                                \
  "  claude [label=\"Claude 3.5 Haiku (Bedrock)\"];\n"                                   \
  "  officers [shape=box label=\"Casework officers\"];\n"                                \
  "  residents -> portal [label=\"complaint text\"];\n"                                  \
  "  portal -> triage [label=\"POST\"];\n"                                               \
  "  triage -> claude [label=\"prompt + complaint\"];\n"                                 \
  "  claude -> triage [label=\"JSON: category, duplicate?\"];\n"                         \
  "  triage -> cases [label=\"" act "\"];\n"                                             \
  "  triage -> ssm [dir=both label=\"reads\"];\n"                                        \
  "  officers -> cases [dir=both label=\"work cases\"];\n"                               \
  "}\n"

static void test_code_closing_records_on_model_json(void **state) {
  (void)state;
  tmc_ir *ir = analysed(COUNCIL("open case / merge duplicate / close as resolved"));
  assert_false(plays(ir, "triage", TMC_ROLE_AGENT));
  const tmc_finding *f = finding(ir, "TMC-AGENT-193", "triage->cases");
  assert_non_null(f);
  assert_true(cites(f, "LLM06:2025"));
  assert_true(cites(f, "CWE-250"));
  /* no tool is called: no tool invocation */
  assert_false(cites(f, "AML.T0053"));
  tmc_ir_free(ir);
}

static void test_code_filing_drafts_changes_nothing(void **state) {
  (void)state;
  tmc_ir *ir = analysed(COUNCIL("create draft case"));
  assert_null(finding(ir, "TMC-AGENT-193", "triage->cases"));
  tmc_ir_free(ir);
}

/* draw.io, a lettings agent's maintenance triage: tenants' messages reach
 * a Cloud Run job that asks Gemini, then updates or cancels work orders in
 * the property system as a service account the secret store names. */
static void test_drawio_job_updating_orders_on_model_json(void **state) {
  (void)state;
  /* clang-format off */
  const char *xml = HEAD
      V("tenants", "Tenants", ACTOR, 0, 100, 30, 60)
      ZONE("gcp", "Lettings GCP project", 100, 0, 600, 400)
      C("inbox", "gcp", "Maintenance request form", CARD, 20, 40, 120, 50)
      C("job", "gcp", "Triage job&lt;br&gt;(Cloud Run, Python)", CARD, 200, 40, 120, 50)
      C("props", "gcp", "Property system&lt;br&gt;(work orders)", DB, 380, 40, 120, 60)
      C("sec", "gcp", "Secret Manager&lt;br&gt;(service account key)",
        "shape=note;whiteSpace=wrap;html=1;", 380, 200, 100, 60)
      V("gem", "Gemini 2.0 Flash", MODEL, 800, 40, 120, 60)
      LINK("e1", "tenants", "inbox", "repair request")
      LINK("e2", "inbox", "job", "")
      LINK("e3", "job", "gem", "prompt + request")
      LINK("e4", "gem", "job", "JSON: trade, urgency, duplicate")
      LINK("e5", "job", "props", "update / cancel work order")
      BOTH("e6", "job", "sec", "")
      TAIL;
  /* clang-format on */
  tmc_ir *ir = drawio_analysed(xml, "paths");
  assert_int_equal(kind_at(ir, "gem"), TMC_KIND_LLM);
  const tmc_finding *f = finding(ir, "TMC-AGENT-193", "job->props");
  assert_non_null(f);
  assert_true(cites(f, "LLM06:2025"));
  assert_false(cites(f, "AML.T0053"));
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_orchestrator_answering_its_front_is_no_agent),
      cmocka_unit_test(test_orchestrator_that_acts_stays_the_agent),
      cmocka_unit_test(test_vault_read_both_ways_carries_no_conversation),
      cmocka_unit_test(test_drawio_orchestrator_answering_its_app),
      cmocka_unit_test(test_code_closing_records_on_model_json),
      cmocka_unit_test(test_code_filing_drafts_changes_nothing),
      cmocka_unit_test(test_drawio_job_updating_orders_on_model_json),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
