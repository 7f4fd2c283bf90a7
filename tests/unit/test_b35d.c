/* test_b35d.c - what blind35's generator exports and agent graphs taught
 * (thirty-first session, helper b35d), each drawn here in other words and
 * another domain:
 *   - the control nodes a graph exporter writes as code names its markers
 *     (LangGraph's __start__ and __end__, a LlamaIndex workflow's StartEvent
 *     and StopEvent) are no parts of the system: the lines through them
 *     join the shapes at their far ends, one with nothing to join goes with
 *     its lines; a plain "Start" (a flowchart's terminator) stays;
 *   - LangGraph's tool step, named only "tools" and drawn as an edge each
 *     way with the agent step, dispatches the model's tool calls: code on
 *     the agent's side (a process), and what it calls by a verb-led
 *     function name ("notify_customer") is a tool the model chooses, not
 *     the person the name's object is; "Dev tools" is no such step;
 *   - a label that is one code name led by a verb ("build_feature_table",
 *     an Airflow task id as `airflow dags show` writes it) names a step,
 *     whoever calls it: its object's head ("table") votes nothing, so it is
 *     no store and no training set (a bakery's demand forecast DAG);
 *   - a process's environment listed by its variables drawn as DOT's note
 *     ("runtime env\nPOS_TOKEN, SMTP_PASSWORD") is a store of secrets, as on
 *     the default shape, whatever the word before it ("app"). */
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

/* A hardware chain's returns desk: the top is a LangGraph export (control
 * nodes, a tools step, one edge each way), the rest added by hand. */
#define RETURNS(extra)                                                                   \
  "strict digraph \"\" {\n"                                                              \
  "  node [label=\"\\N\"];\n"                                                            \
  "  __start__ [label=<<B>__start__</B>>, style=filled];\n"                              \
  "  classify [label=<<B>classify</B>>];\n"                                              \
  "  assistant [label=<<B>assistant</B>>];\n"                                            \
  "  tools [label=<<B>tools</B>>];\n"                                                    \
  "  __end__ [label=<<B>__end__</B>>, style=filled];\n"                                  \
  "  __start__ -> classify;\n"                                                           \
  "  classify -> assistant [style=dotted];\n"                                            \
  "  classify -> __end__ [style=dotted];\n"                                              \
  "  assistant -> tools [style=dotted];\n"                                               \
  "  tools -> assistant;\n"                                                              \
  "  assistant -> __end__ [style=dotted];\n"                                             \
  "  subgraph cluster_run { label=\"Returns desk (Cloud Run)\"; style=dashed;\n"         \
  "    intake [label=\"Returns form handler\", shape=box];\n"                            \
  "    __start__; classify; assistant; tools; __end__;\n"                                \
  "    credit [label=\"issue_store_credit\", shape=hexagon];\n"                          \
  "    notify [label=\"notify_customer\", shape=hexagon];\n"                             \
  "    envv [label=\"runtime env\\nPOS_TOKEN, SMTP_PASSWORD\", shape=note];\n"           \
  "  }\n"                                                                                \
  "  shoppers [label=\"Shoppers\", shape=ellipse];\n"                                    \
  "  mistral [label=\"Mistral Large\\n(La Plateforme)\", shape=ellipse, "                \
  "style=dashed];\n"                                                                     \
  "  pos [label=\"Till system\\n(store credit ledger)\", shape=cylinder];\n"             \
  "  shoppers -> intake [label=\"return request\"];\n"                                   \
  "  intake -> __start__ [label=\"order id + message\"];\n"                              \
  "  assistant -> mistral [dir=both, label=\"messages, tool specs / reply or tool "      \
  "call\"];\n"                                                                           \
  "  tools -> credit;\n  tools -> notify;\n"                                             \
  "  credit -> pos [label=\"credit\"];\n"                                                \
  "  notify -> shoppers [label=\"e-mail\"];\n"                                           \
  "  envv -> tools [dir=both, style=dotted, label=\"keys\"];\n" extra "}\n"

static void test_langgraph_markers_are_junctions(void **state) {
  (void)state;
  tmc_ir *ir = analysed(RETURNS(""));
  assert_non_null(ir);
  assert_false(has_element(ir, "__start__"));
  assert_false(has_element(ir, "__end__"));
  /* the poller's arrow into __start__ reaches the first step */
  assert_int_not_equal(flow(ir, "intake", "classify"), TMC_NONE);
  tmc_ir_free(ir);
}

static void test_tools_step_dispatches_to_verb_named_tools(void **state) {
  (void)state;
  tmc_ir *ir = analysed(RETURNS(""));
  assert_non_null(ir);
  assert_int_equal(kind_at(ir, "tools"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "notify"), TMC_KIND_AGENT_TOOL);
  assert_int_equal(kind_at(ir, "credit"), TMC_KIND_AGENT_TOOL);
  tmc_ir_free(ir);
}

static void test_env_note_listing_variables_is_a_store(void **state) {
  (void)state;
  tmc_ir *ir =
      analysed(RETURNS("  envw [label=\"container app env\\nHUB_KEY, ERP_SECRET\","
                       " shape=note];\n  envw -> intake [style=dotted];\n"));
  assert_non_null(ir);
  assert_int_equal(kind_at(ir, "envv"), TMC_KIND_DATA_STORE);
  assert_int_equal(kind_at(ir, "envw"), TMC_KIND_DATA_STORE);
  tmc_ir_free(ir);
}

/* An Airflow DAG export, hand-extended: the task ids are its labels. */
static void test_airflow_task_ids_are_steps(void **state) {
  (void)state;
  tmc_ir *ir = analysed(
      "digraph bakery_forecast {\n"
      "\tgraph [label=bakery_forecast labelloc=t rankdir=LR]\n"
      "\tload_orders [fillcolor=\"#ffefeb\" label=load_orders shape=rectangle "
      "style=\"filled,rounded\"]\n"
      "\tbuild_feature_table [fillcolor=\"#ffefeb\" label=build_feature_table "
      "shape=rectangle style=\"filled,rounded\"]\n"
      "\ttrain_lightgbm [fillcolor=\"#ffefeb\" label=train_lightgbm shape=rectangle "
      "style=\"filled,rounded\"]\n"
      "\tload_orders -> build_feature_table\n"
      "\tbuild_feature_table -> train_lightgbm\n"
      "\tpos [label=\"Till orders DB\" shape=cylinder]\n"
      "\tfeatures [label=\"Feature parquet (S3)\" shape=folder]\n"
      "\tidx [label=\"search_index\" shape=cylinder]\n"
      "\tpos -> load_orders\n"
      "\tbuild_feature_table -> features\n"
      "\tfeatures -> train_lightgbm\n"
      "\tload_orders -> idx\n"
      "}\n");
  assert_non_null(ir);
  assert_int_equal(kind_at(ir, "build_feature_table"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "load_orders"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "train_lightgbm"), TMC_KIND_PIPELINE);
  assert_int_equal(kind_at(ir, "features"), TMC_KIND_DATASET);
  /* quiet: a verb before a store's one word names the store */
  assert_int_equal(tmc_kind_dfd(kind_at(ir, "idx")), TMC_DFD_STORE);
  tmc_ir_free(ir);
}

/* Quiet: a flowchart's plain Start terminator and a box named "Dev tools"
 * are what they were; a one-way "tools" nobody answers from is no step. */
static void test_plain_start_and_dev_tools_stay(void **state) {
  (void)state;
  tmc_ir *ir = analysed("digraph g {\n"
                        "  Start [shape=ellipse];\n"
                        "  app [label=\"Timesheet app\"];\n"
                        "  dev [label=\"Dev tools\"];\n"
                        "  db [label=\"Hours DB\", shape=cylinder];\n"
                        "  Start -> app; app -> db; dev -> app;\n"
                        "}\n");
  assert_non_null(ir);
  assert_true(has_element(ir, "Start"));
  assert_true(has_element(ir, "dev"));
  tmc_ir_free(ir);
}

/* The other format: a LlamaIndex workflow's drawing in draw.io, its
 * StartEvent and StopEvent markers between the steps (a library's
 * reading-list helper). */
#define STEP "rounded=1;whiteSpace=wrap;html=1;"
#define EVENT "ellipse;whiteSpace=wrap;html=1;"
static void test_drawio_workflow_events_are_junctions(void **state) {
  (void)state;
  const char *xml =
      HEAD V("reader", "Library members", "shape=umlActor;html=1;", 0, 40, 30, 60)
          V("web", "Reading-list web form", STEP, 100, 40, 140, 50)
              V("se", "StartEvent", EVENT, 280, 40, 90, 40)
                  V("draft", "Draft list step", STEP, 420, 40, 140, 50)
                      V("stop", "StopEvent", EVENT, 600, 40, 90, 40)
                          V("llm", "Claude Haiku (Bedrock)", EVENT, 420, 200, 140, 50)
                              LINK("f1", "reader", "web", "topic")
                                  LINK("f2", "web", "se", "query") E("f3", "se", "draft")
                                      LINK("f4", "draft", "llm", "prompt")
                                          LINK("f5", "llm", "draft", "list")
                                              E("f6", "draft", "stop") TAIL;
  tmc_ir *ir = drawio_analysed(xml, "paths");
  assert_false(has_element(ir, "se"));
  assert_false(has_element(ir, "stop"));
  assert_int_not_equal(flow(ir, "web", "draft"), TMC_NONE);
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_langgraph_markers_are_junctions),
      cmocka_unit_test(test_tools_step_dispatches_to_verb_named_tools),
      cmocka_unit_test(test_env_note_listing_variables_is_a_store),
      cmocka_unit_test(test_airflow_task_ids_are_steps),
      cmocka_unit_test(test_plain_start_and_dev_tools_stay),
      cmocka_unit_test(test_drawio_workflow_events_are_junctions),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
