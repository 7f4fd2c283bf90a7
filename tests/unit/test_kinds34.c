/* test_kinds34.c - element kinds from real drawings (kinds34, issue #15):
 * vector indexes named in Nordic and Baltic compounds and vectors said in
 * other languages on the flow into a store, a store drawn for a head saying
 * "models" that a training step writes and code reads (the registry; the
 * code the model served), a code name on a name line an agent's loop calls
 * where its talk with the LLM says tools, an outside party's plugin drawn as
 * the agent's tools, people drawn as a person with the app they use in the
 * details, a role's word on software built with a framework, and a person's
 * word followed by a command. Each with a quiet near-miss. Wordings are this
 * file's own (no test set uses them). */
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

#define HEX                                                                              \
  "shape=hexagon;perimeter=hexagonPerimeter2;size=0.15;whiteSpace=wrap;html=1;"          \
  "fillColor=#223344;"
#define ACTOR "shape=umlActor;verticalLabelPosition=bottom;verticalAlign=top;html=1;"

/* DOT: a Danish compound naming a vector index, a Finnish search index the
 * indexer writes "vektorit" into after the embedding model gave them.
 * Quiet: the same index fed only text chunks, a plain Danish index. */
static void test_vectors_dot(void **state) {
  (void)state;
  static const char dot[] =
      "digraph d {\n"
      " node [shape=box];\n"
      " staff [label=\"Sagsbehandlere\", shape=ellipse];\n"
      " api [label=\"Svar-API (Python)\"];\n"
      " llm [label=\"Mistral Large (Azure)\", shape=ellipse];\n"
      " emb [label=\"text-embedding-3-small\", shape=ellipse];\n"
      " dk [label=\"Dokumentvektorindeks\\n(Elasticsearch)\", shape=cylinder];\n"
      " ix [label=\"Yöllinen indeksoija (Lambda)\"];\n"
      " fi [label=\"Hakuindeksi\\n(OpenSearch)\", shape=cylinder];\n"
      " q1 [label=\"Tekstihakemisto\\n(OpenSearch)\", shape=cylinder];\n"
      " q2 [label=\"Dokumentindeks\\n(Elasticsearch)\", shape=cylinder];\n"
      " staff -> api; api -> llm; llm -> api; api -> dk; api -> fi;\n"
      " ix -> emb; emb -> ix; ix -> fi [label=\"tekstinpalat + vektorit\"];\n"
      " ix -> q1 [label=\"tekstinpalat\"]; api -> q2;\n"
      "}\n";
  tmc_ir *ir = analyse_with(dot, cat, NULL);
  assert_int_equal(kind_at(ir, "dk"), TMC_KIND_VECTOR_STORE);
  assert_int_equal(kind_at(ir, "fi"), TMC_KIND_VECTOR_STORE);
  /* quiet */
  assert_int_equal(kind_at(ir, "q1"), TMC_KIND_DATA_STORE);
  assert_int_equal(kind_at(ir, "q2"), TMC_KIND_DATA_STORE);
  tmc_ir_free(ir);
}

/* DOT: "Models" on a folder the weekly retrain writes a new model into,
 * read by a churn service (the model served); the same in Serbian
 * ("Модели" on a folder, "нови модел", "Прогноза потрошње" loading it).
 * Quiet: "Models" on a plain box between a retrain and a service stays
 * the model. */
static void test_models_store_dot(void **state) {
  (void)state;
  static const char en[] =
      "digraph d {\n"
      " node [shape=box];\n"
      " crm [label=\"Customer events\\n(BigQuery)\", shape=cylinder];\n"
      " tr [label=\"Weekly retrain\\n(XGBoost, Airflow)\"];\n"
      " reg [label=\"Models\\n(GCS bucket churn/, churn-latest.pkl)\", shape=folder];\n"
      " svc [label=\"Churn prediction\\n(Flask, loads churn-latest.pkl)\"];\n"
      " out [label=\"Retention desk\", shape=ellipse];\n"
      " crm -> tr [label=\"events\"]; tr -> reg [label=\"new model\"];\n"
      " reg -> svc [label=\"churn-latest.pkl\"]; crm -> svc [label=\"recent events\"];\n"
      " svc -> out [label=\"churn risk\"];\n"
      "}\n";
  tmc_ir *ir = analyse_with(en, cat, NULL);
  assert_int_equal(kind_at(ir, "reg"), TMC_KIND_MODEL_REGISTRY);
  assert_int_equal(kind_at(ir, "svc"), TMC_KIND_MODEL);
  tmc_ir_free(ir);
  static const char sr[] =
      "digraph d {\n"
      " node [shape=box];\n"
      " m [label=\"Очитавања бројила\\n(TimescaleDB)\", shape=cylinder];\n"
      " tr [label=\"Недељна обука модела\\n(LightGBM, cron)\"];\n"
      " reg [label=\"Модели\\n(MinIO bucket, current.txt)\", shape=folder];\n"
      " svc [label=\"Прогноза потрошње\\n(FastAPI, учитава current.txt)\"];\n"
      " ops [label=\"Диспечери\", shape=ellipse];\n"
      " m -> tr [label=\"очитавања\"]; tr -> reg [label=\"нови модел\"];\n"
      " reg -> svc; m -> svc [label=\"нова очитавања\"]; svc -> ops "
      "[label=\"прогноза\"];\n"
      "}\n";
  ir = analyse_with(sr, cat, NULL);
  assert_int_equal(kind_at(ir, "reg"), TMC_KIND_MODEL_REGISTRY);
  assert_int_equal(kind_at(ir, "svc"), TMC_KIND_MODEL);
  tmc_ir_free(ir);
  /* quiet: drawn as a box, the model itself */
  static const char quiet[] =
      "digraph d {\n"
      " node [shape=box];\n"
      " crm [label=\"Customer events\\n(BigQuery)\", shape=cylinder];\n"
      " tr [label=\"Weekly retrain\\n(XGBoost, Airflow)\"];\n"
      " mod [label=\"Churn models\\n(XGBoost)\"];\n"
      " svc [label=\"Retention app (Flask)\"];\n"
      " crm -> tr [label=\"events\"]; tr -> mod [label=\"new model\"];\n"
      " mod -> svc [label=\"scores\"]; crm -> svc;\n"
      "}\n";
  ir = analyse_with(quiet, cat, NULL);
  assert_int_equal(kind_at(ir, "mod"), TMC_KIND_MODEL);
  tmc_ir_free(ir);
}

/* draw.io: an agent's loop talking tools with its LLM calls a tool named by
 * a code name on its name line with a description below, and two outside
 * parties' plugins drawn as that tool (hexagons, same fill) that answer it.
 * Quiet: a vendor drawn as a plain card it calls and hears from, and a
 * hexagon that never answers. */
static void test_agent_tools_drawio(void **state) {
  (void)state;
  static const char xml[] = HEAD ZONE("z", "Our cloud (Hetzner)", 0, 0, 600, 400)
      C("ag", "z", "Trip concierge&lt;br&gt;Node, agent loop", CARD, 20, 40, 140,
        60) C("llm", "z", "Llama 3.1 70B&lt;br&gt;vLLM", CARD, 200, 40, 140,
              60) C("t1", "z", "route_and_weather&lt;br&gt;ours: routes, forecasts", HEX,
                    20, 200, 140, 60)
          V("p1", "RideBook&lt;br&gt;partner: books bike hire", HEX, 700, 0, 140,
            60) V("p2", "GearSwap&lt;br&gt;partner: second-hand offers", HEX, 700, 100,
                  140, 60) V("v1", "Komoot&lt;br&gt;third-party", CARD, 700, 200, 140, 60)
              V("v2", "Listing feed&lt;br&gt;partner listings", HEX, 700, 300, 140, 60)
                  LINK("e1", "ag", "llm", "prompt + tool schemas")
                      LINK("e2", "llm", "ag", "reply / tool calls") E("e3", "ag", "t1")
                          E("e4", "t1", "ag") LINK("e5", "ag", "p1", "booking")
                              LINK("e6", "p1", "ag", "confirmations")
                                  LINK("e7", "ag", "p2", "area")
                                      LINK("e8", "p2", "ag", "offers")
                                          LINK("e9", "ag", "v1", "route")
                                              LINK("e10", "v1", "ag", "gpx")
                                                  LINK("e11", "ag", "v2", "clicks") TAIL;
  tmc_ir *ir = drawio_analysed(xml, NULL);
  assert_int_equal(kind_at(ir, "t1"), TMC_KIND_AGENT_TOOL);
  assert_int_equal(kind_at(ir, "p1"), TMC_KIND_AGENT_TOOL);
  assert_int_equal(kind_at(ir, "p2"), TMC_KIND_AGENT_TOOL);
  /* quiet */
  assert_int_equal(kind_at(ir, "v1"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "v2"), TMC_KIND_EXTERNAL);
  tmc_ir_free(ir);
}

/* draw.io: people drawn as a stick figure named on the name line with the
 * app they use below (or a users icon with how they sign in); a role's word on a card
 * built with a framework; a person's word followed by a command. Quiet: the same people
 * on a card, the role on a card naming no framework, makers named with no command. */
static void test_people_and_software_drawio(void **state) {
  (void)state;
  static const char xml[] =
      HEAD V("c", "Cyclists&lt;br&gt;Android / iOS app, 12k riders", ACTOR, 0, 0, 40, 70)
          V("adm", "Rentals admin&lt;br&gt;Symfony 6, PHP 8.3", CARD, 200, 0, 140, 60)
              V("job", "Reminder run&lt;br&gt;artisan remind:due (daily)", CARD, 200, 100,
                140, 60) V("db", "Rentals&lt;br&gt;PostgreSQL", DB, 400, 0, 120, 60)
                  V("q1", "Couriers&lt;br&gt;courier app", CARD, 0, 200, 140, 60)
                      V("h", "Claims handlers&lt;br&gt;Okta SSO, 60 staff",
                        "shape=mxgraph.mscae.enterprise.users;html=1;", 0, 500, 50, 50)
                          V("q2", "Shop admin", ACTOR, 0, 300, 40, 70)
                              V("q3", "Local artisans", ACTOR, 0, 400, 40, 70)
                                  E("e1", "c", "adm") E("e2", "adm", "db")
                                      E("e3", "job", "db") E("e4", "q1", "adm")
                                          E("e5", "q2", "adm") E("e6", "q3", "adm")
                                              E("e7", "h", "adm") TAIL;
  tmc_ir *ir = drawio_analysed(xml, NULL);
  assert_int_equal(kind_at(ir, "c"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "h"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "adm"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "job"), TMC_KIND_PROCESS);
  /* quiet */
  assert_int_equal(kind_at(ir, "q1"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "q2"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "q3"), TMC_KIND_EXTERNAL);
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_vectors_dot),
      cmocka_unit_test(test_models_store_dot),
      cmocka_unit_test(test_agent_tools_drawio),
      cmocka_unit_test(test_people_and_software_drawio),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
