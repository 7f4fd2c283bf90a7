/* test_kinds26.c - kinds misread by blind25 and blind24 (causes26 and
 * causes25 K), each by its family, in other words and the other format,
 * with the near misses that must stay: a training step named by a
 * training word and its library or hardware; the store it writes a model
 * into that another model loads (even where a word said "models"); a lake
 * or archive it learns from; the service loading the model; container
 * registries; keys kept for a vendor; meters and sensors in other
 * languages; server compounds and DOT ids drawn as labels; a group of
 * outside parties. Wordings are this file's own. */
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

/* DOT: a nightly job saying training and its library (blind25 had
 * "dockcast-train nightly LightGBM") is the training step, not the model
 * its library names; the archive it learns from is its dataset though the
 * live service reads the latest rows; the service loading what the step
 * writes into the model store is the model. */
static void test_training_step_dot(void **state) {
  (void)state;
  static const char dot[] =
      "digraph d {\n"
      " node [shape=box];\n"
      " subgraph cluster_prod { label=\"acme-prod (GKE)\";\n"
      "  arc [shape=cylinder, label=\"sales archive gs://acme-sales (parquet)\"];\n"
      "  fit [label=\"churn-fit, trains weekly on CatBoost\"];\n"
      "  reg [shape=folder, label=\"model store\"];\n"
      "  api [label=\"churn-api hourly predictions\"];\n"
      "  pos [label=\"checkout service\"];\n"
      " }\n"
      " crm [label=\"CRM (Salesforce)\"];\n"
      " pos -> arc [label=\"orders\"];\n"
      " arc -> fit [label=\"3 yrs orders\"];\n"
      " fit -> reg [label=\"model.cbm\"];\n"
      " reg -> api [label=\"load latest\"];\n"
      " arc -> api [label=\"last 24 h\"];\n"
      " api -> crm [label=\"churn scores\"];\n"
      "}\n";
  tmc_ir *ir = analyse_with(dot, cat, NULL);
  assert_int_equal(kind_at(ir, "fit"), TMC_KIND_PIPELINE);
  assert_int_equal(kind_at(ir, "reg"), TMC_KIND_MODEL_REGISTRY);
  assert_int_equal(kind_at(ir, "arc"), TMC_KIND_DATASET);
  assert_int_equal(kind_at(ir, "api"), TMC_KIND_MODEL);
  tmc_ir_free(ir);
}

/* Quiet: a library beside a serving word is the model served, not
 * training ("Scoring server PyTorch, retrained weekly"); a train without a
 * learning library trains nothing ("Train tracker (Python)"); a database
 * the live service reads (no lake or archive by name) stays a store. */
static void test_training_step_quiet(void **state) {
  (void)state;
  static const char dot[] =
      "digraph d {\n"
      " node [shape=box];\n"
      " subgraph cluster_prod { label=\"rail-prod\";\n"
      "  trk [label=\"Train tracker (Python)\"];\n"
      "  db [shape=cylinder, label=\"positions (PostgreSQL)\"];\n"
      "  srv [label=\"Scoring server PyTorch, retrain weekly\"];\n"
      "  job [label=\"delay-fit nightly training, LightGBM\"];\n"
      "  reg [shape=folder, label=\"model store\"];\n"
      "  eta [label=\"eta-api (forecasts)\"];\n"
      " }\n"
      " gps [label=\"Train GPS units\"];\n"
      " gps -> trk; trk -> db; db -> job; job -> reg [label=\"model.txt\"];\n"
      " reg -> eta; db -> eta [label=\"positions\"]; eta -> srv;\n"
      "}\n";
  tmc_ir *ir = analyse_with(dot, cat, NULL);
  assert_int_equal(kind_at(ir, "trk"), TMC_KIND_PROCESS);
  assert_int_not_equal(kind_at(ir, "srv"), TMC_KIND_PIPELINE);
  assert_int_equal(kind_at(ir, "job"), TMC_KIND_PIPELINE);
  assert_int_equal(kind_at(ir, "db"), TMC_KIND_DATA_STORE);
  tmc_ir_free(ir);
}

/* draw.io, in Swedish: the GPU box saying training and its library is the
 * training step; the repository named for models it pushes ONNX files
 * into and the inference server pulls from is the registry (a word said
 * "models"); the image archive it reads is the dataset; cameras only
 * sending frames are the outside. */
static void test_training_step_drawio(void **state) {
  (void)state;
  static const char xml[] = HEAD V("cam", "Kameror (linje 2, x4)", CARD, 0, 0, 120, 60)
      V("inf", "sort-a: inferensserver TensorRT", CARD, 200, 0, 120, 60)
          V("arc", "Bildarkiv (NFS)", DB, 400, 0, 120, 60)
              V("gpu", "gpu-b: träning PyTorch, 4x A100", CARD, 400, 200, 120, 60)
                  V("git", "git-a: Forgejo repo ml-models (LFS)", CARD, 200, 200, 120, 60)
                      LINK("e1", "cam", "inf", "bilder")
                          LINK("e2", "inf", "arc", "bilder + prediktioner")
                              LINK("e3", "arc", "gpu", "träningsdata")
                                  LINK("e4", "gpu", "git", "ONNX (git push)")
                                      LINK("e5", "git", "inf", "pull 02:00") TAIL;
  tmc_ir *ir = drawio_analysed(xml, NULL);
  assert_int_equal(kind_at(ir, "gpu"), TMC_KIND_PIPELINE);
  assert_int_equal(kind_at(ir, "git"), TMC_KIND_MODEL_REGISTRY);
  assert_int_equal(kind_at(ir, "arc"), TMC_KIND_DATASET);
  assert_int_equal(kind_at(ir, "inf"), TMC_KIND_MODEL);
  assert_int_equal(kind_at(ir, "cam"), TMC_KIND_EXTERNAL);
  tmc_ir_free(ir);
}

/* Container registries are where images come from, never the model they
 * hold: a public one by name (DOT, outside the zones), and a label led by
 * one (draw.io, "Quay.io ..." on a cloud). A vendor named on a Kubernetes
 * Secret is whose key it is: the note is a store. Quiet: a vLLM server
 * whose aside says where its image comes from stays the LLM; the vendor's
 * own API stays outside. */
static void test_registries_and_keys_dot(void **state) {
  (void)state;
  static const char dot[] =
      "digraph d {\n"
      " node [shape=box];\n"
      " subgraph cluster_aws { label=\"acme prod (AWS)\";\n"
      "  job [label=\"summary job (Python)\"];\n"
      "  llm [label=\"vLLM server Qwen2.5 7B (image from GHCR)\"];\n"
      "  key [shape=note, label=\"openweather creds (Kubernetes Secret)\"];\n"
      " }\n"
      " ghcr [label=\"ghcr.io/vllm-project/vllm-openai:latest\"];\n"
      " ow [label=\"OpenWeather API\"];\n"
      " job -> llm [label=\"prompt\"]; llm -> job [label=\"summary\"];\n"
      " ghcr -> llm [label=\"image pull\"]; key -> job [label=\"api key\"];\n"
      " ow -> job [label=\"forecast\"];\n"
      "}\n";
  tmc_ir *ir = analyse_with(dot, cat, NULL);
  assert_int_equal(kind_at(ir, "ghcr"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "llm"), TMC_KIND_LLM);
  assert_int_equal(kind_at(ir, "key"), TMC_KIND_DATA_STORE);
  assert_int_equal(kind_at(ir, "ow"), TMC_KIND_EXTERNAL);
  tmc_ir_free(ir);
}

/* draw.io: a label led by a registry's name ("Quay.io acme/llama.cpp
 * server image") is the registry; an env file two-way with the LLM server
 * it configures stays a store of keys. Quiet: an identity provider named
 * with the tokens it issues stays outside. */
static void test_registries_and_keys_drawio(void **state) {
  (void)state;
  static const char xml[] = HEAD ZONE("z", "Acme cloud (prod)", 0, 0, 600, 300)
      C("job", "z", "Nightly digest job (Go)", CARD, 20, 40, 120,
        60) C("llm", "z", "Gemma 2 9B llama.cpp server (self-hosted)", CARD, 220, 40, 120,
              60) C("env", "z", ".env on gpu host: HF_TOKEN, DB password", CARD, 420, 40,
                    120, 60) V("q", "Quay.io acme/llama.cpp server image",
                               "ellipse;shape=cloud;html=1;", 220, 400, 120,
                               60) V("okta", "Okta (SSO tokens)", CARD, 0, 400, 120, 60)
          LINK("e1", "job", "llm", "prompt") LINK("e2", "llm", "job", "digest")
              LINK("e3", "q", "llm",
                   "image") "<mxCell id=\"e4\" value=\"read at start\" "
                            "style=\"startArrow=classic;endArrow=classic;\" edge=\"1\" "
                            "parent=\"1\" source=\"env\" target=\"llm\"><mxGeometry "
                            "relative=\"1\" as=\"geometry\"/></mxCell>" LINK(
                                "e5", "env", "job", "DB password")
                                LINK("e6", "okta", "job", "SSO token") TAIL;
  tmc_ir *ir = drawio_analysed(xml, NULL);
  assert_int_equal(kind_at(ir, "q"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "llm"), TMC_KIND_LLM);
  assert_int_equal(kind_at(ir, "env"), TMC_KIND_DATA_STORE);
  assert_int_equal(kind_at(ir, "okta"), TMC_KIND_EXTERNAL);
  tmc_ir_free(ir);
}

/* DOT, Danish: meters drawn as box3d in the field zone, only sending
 * readings in, are the outside; the concentrator they send to is the
 * system's. Quiet: the same meters the head-end also writes to (a config
 * push) run the system's settings: a component. The ids are the labels
 * with "\n" escapes, as Graphviz draws them, and a server compound names
 * the system's integration server. */
#define METER_PAGE(back)                                                                 \
  "digraph d {\n"                                                                        \
  " node [shape=box, style=rounded];\n"                                                  \
  " subgraph cluster_felt { label=\"Felt: kundernes varmecentraler\";\n"                 \
  "  \"Varmemålere\\n(Kamstrup, 9 000 stk)\" [shape=box3d];\n"                          \
  "  \"Koncentrator\\n(LTE)\";\n"                                                        \
  " }\n"                                                                                 \
  " subgraph cluster_drift { label=\"Driftcenter\";\n"                                   \
  "  \"Head-end\"; \"Integrationsserver\\n(SFTP-klient)\";\n"                            \
  "  db [shape=cylinder, label=\"Målerdata (PostgreSQL)\"];\n"                          \
  " }\n"                                                                                 \
  " Nets [shape=box, style=dashed];\n"                                                   \
  " \"Varmemålere\\n(Kamstrup, 9 000 stk)\" -> \"Koncentrator\\n(LTE)\";\n"             \
  " \"Koncentrator\\n(LTE)\" -> \"Head-end\"; \"Head-end\" -> db;\n" back                \
  " db -> \"Integrationsserver\\n(SFTP-klient)\" [label=\"betalingsfil\"];\n"            \
  " \"Integrationsserver\\n(SFTP-klient)\" -> Nets [label=\"SFTP\"];\n"                  \
  " Nets -> \"Integrationsserver\\n(SFTP-klient)\" [label=\"returfiler\"];\n"            \
  "}\n"
static void test_field_meters_dot(void **state) {
  (void)state;
  static const char sends[] = METER_PAGE("");
  static const char fed[] = METER_PAGE(
      " \"Head-end\" -> \"Varmemålere\\n(Kamstrup, 9 000 stk)\" [label=\"config\"];\n");
  tmc_ir *ir = analyse_with(sends, cat, NULL);
  uint32_t m = elem(ir, "Varmemålere\\n(Kamstrup, 9 000 stk)");
  assert_int_equal(ir->elements[m].kind, TMC_KIND_EXTERNAL);
  assert_string_equal(ir->elements[m].label, "Varmemålere (Kamstrup, 9 000 stk)");
  assert_int_equal(kind_at(ir, "Koncentrator\\n(LTE)"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "Integrationsserver\\n(SFTP-klient)"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "Nets"), TMC_KIND_EXTERNAL);
  tmc_ir_free(ir);
  ir = analyse_with(fed, cat, NULL);
  assert_int_equal(kind_at(ir, "Varmemålere\\n(Kamstrup, 9 000 stk)"), TMC_KIND_PROCESS);
  tmc_ir_free(ir);
}

/* draw.io, German: heat meters on a card that only send readings in are
 * the outside; an application server (a compound) is the system's. Two
 * bare plural nouns joined where the first names an outside party are a
 * group of outside parties ("Vendors & forwarders"); quiet: log forwarders
 * named alone stay software, and "Customers & orders API" is an API. */
static void test_meters_and_parties_drawio(void **state) {
  (void)state;
  static const char xml[] = HEAD ZONE("z", "Stadtwerke (eigenes RZ)", 300, 0, 500, 400)
      V("wz", "Wärmezähler (Kamstrup)", CARD, 0, 0, 120,
        60) C("as", "z", "Anwendungsserver", CARD, 20, 40, 120,
              60) C("fw", "z", "Fluent Bit forwarders", CARD, 220, 40, 120, 60)
          C("oa", "z", "Customers &amp; orders API", CARD, 20, 200, 120, 60)
              C("mb", "z", "Einkauf-Postfach", "shape=folder;html=1;", 220, 200, 120, 60)
                  V("vf", "Vendors &amp; forwarders (e-mail)", CARD, 0, 200, 120, 60)
                      V("siem", "SIEM (Splunk)", CARD, 900, 0, 120, 60)
                          LINK("e1", "wz", "as", "Messwerte")
                              LINK("e2", "vf", "mb", "invoices (PDF)")
                                  LINK("e3", "mb", "as", "Graph API")
                                      LINK("e4", "as", "fw", "logs")
                                          LINK("e5", "fw", "siem", "logs")
                                              LINK("e6", "as", "oa", "orders") TAIL;
  tmc_ir *ir = drawio_analysed(xml, NULL);
  assert_int_equal(kind_at(ir, "wz"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "as"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "vf"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "fw"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "oa"), TMC_KIND_PROCESS);
  tmc_ir_free(ir);
}

/* DOT only (draw.io has no class): a node's class is what its author
 * filed it under: a carrier's card whose details name its files is
 * people; a document share by a product nobody lists is a store. Quiet: a
 * vendor's class on a model's label stays the model; a store class under a
 * vector engine's name backs the vector store; a class naming no kind
 * ("highlight") says nothing. */
static void test_dot_class_names(void **state) {
  (void)state;
  static const char dot[] =
      "digraph d {\n"
      " node [shape=plaintext];\n"
      " hauler [class=\"people\", label=<<B>Haulage partner</B><BR/>weekly manifests "
      "(CSV)>];\n"
      " box [class=\"store secret-ish\", label=<<B>Box.com</B> /Contracts<BR/>signed "
      "PDFs>];\n"
      " app [class=\"svc highlight\", label=\"Contracts assistant API\"];\n"
      " llm [class=\"vendor\", label=\"Gemini 2.5 Flash (Vertex AI)\"];\n"
      " idx [class=\"store\", label=\"pgvector chunks + embeddings\"];\n"
      " hauler -> box [label=\"upload\"]; box -> app; app -> llm [label=\"prompt\"];\n"
      " llm -> app [label=\"answer\"]; app -> idx [label=\"query\"];\n"
      "}\n";
  tmc_ir *ir = analyse_with(dot, cat, NULL);
  assert_int_equal(kind_at(ir, "hauler"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "box"), TMC_KIND_DATA_STORE);
  assert_int_equal(kind_at(ir, "app"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "llm"), TMC_KIND_LLM);
  assert_int_equal(kind_at(ir, "idx"), TMC_KIND_VECTOR_STORE);
  tmc_ir_free(ir);
}

/* Plain action phrases an agent's code calls, its talk with the LLM
 * saying tools, drawn alike (balikbayad drew Tagalog hexagons "Tingnan ang
 * padala", "Kanselahin at i-refund"): its tools, here in English and
 * Spanish. Quiet: the same page where the talk says no tools, and a lone
 * verb-led box beside other shapes, stay processes. */
#define DESK_PAGE(ask, answer)                                                           \
  "digraph d {\n"                                                                        \
  " node [shape=box];\n"                                                                 \
  " subgraph cluster_gcp { label=\"Helpdesk (GCP)\";\n"                                  \
  "  bot [label=\"Helpdesk bot server (Node.js)\"];\n"                                   \
  "  t1 [shape=hexagon, label=\"Check order status\"];\n"                                \
  "  t2 [shape=hexagon, label=\"Cancel order (Adyen)\"];\n"                              \
  "  t3 [shape=hexagon, label=\"Enviar SMS\"];\n"                                        \
  "  t4 [shape=box3d, label=\"Send weekly report\"];\n"                                  \
  "  db [shape=cylinder, label=\"Orders DB\"];\n"                                        \
  " }\n"                                                                                 \
  " llm [shape=ellipse, label=\"GPT-4.1 mini (OpenAI API)\"];\n"                         \
  " bot -> llm [label=\"" ask "\"]; llm -> bot [label=\"" answer "\"];\n"                \
  " bot -> t1; bot -> t2; bot -> t3; bot -> t4; t1 -> db; t2 -> db;\n"                   \
  "}\n"
static void test_verb_tools(void **state) {
  (void)state;
  static const char tools[] = DESK_PAGE("prompt + tool schemas", "reply / tool call");
  static const char plain[] = DESK_PAGE("prompt", "reply");
  tmc_ir *ir = analyse_with(tools, cat, NULL);
  assert_int_equal(kind_at(ir, "t1"), TMC_KIND_AGENT_TOOL);
  assert_int_equal(kind_at(ir, "t2"), TMC_KIND_AGENT_TOOL);
  assert_int_equal(kind_at(ir, "t3"), TMC_KIND_AGENT_TOOL);
  assert_int_not_equal(kind_at(ir, "t4"), TMC_KIND_AGENT_TOOL);
  tmc_ir_free(ir);
  ir = analyse_with(plain, cat, NULL);
  assert_int_not_equal(kind_at(ir, "t1"), TMC_KIND_AGENT_TOOL);
  assert_int_not_equal(kind_at(ir, "t3"), TMC_KIND_AGENT_TOOL);
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_training_step_dot),
      cmocka_unit_test(test_training_step_quiet),
      cmocka_unit_test(test_training_step_drawio),
      cmocka_unit_test(test_registries_and_keys_dot),
      cmocka_unit_test(test_registries_and_keys_drawio),
      cmocka_unit_test(test_field_meters_dot),
      cmocka_unit_test(test_meters_and_parties_drawio),
      cmocka_unit_test(test_dot_class_names),
      cmocka_unit_test(test_verb_tools),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
