/* test_kinds30.c - kinds misread by blind27 (causes29 K), each by its
 * family, in other words and the other format, with the near misses that
 * must stay: a zone named for others' services in other languages (K1), a
 * person's role heading a label that mentions a model (K2), a model's
 * runtime or an OCR engine inside a process (K3), object stores'
 * containers by their address (K4), an agent's tool named by what it does
 * to a party (K5). Wordings are this file's own. */
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

#define B(name, detail) "&lt;b&gt;" name "&lt;/b&gt;&lt;br&gt;" detail

/* K1, draw.io: a zone named "third parties" (Estonian "Kolmandad
 * osapooled") holds other companies' services, drawn as plain cards named
 * by their product and their trade. Quiet: the system's own zone ("Sisemised
 * teenused", internal services) keeps its components. */
static void test_party_zones_drawio(void **state) {
  (void)state;
  static const char xml[] = HEAD ZONE("own", "Sisemised teenused", 0, 0, 400, 300)
      C("web", "own", B("Üüriportaal", "Django 5"), CARD, 20, 40, 140, 60)
          C("jobs", "own", "Arvete eksport", CARD, 20, 160, 140, 60)
              ZONE("th", "Kolmandad osapooled", 500, 0, 400, 300)
                  C("pay", "th", B("Montonio", "maksed"), CARD, 20, 40, 140, 60)
                      C("id", "th", "Smart-ID värav", CARD, 20, 160, 140, 60)
                          LINK("e1", "web", "pay", "makse")
                              LINK("e2", "pay", "web", "callback")
                                  LINK("e3", "web", "id", "login")
                                      LINK("e4", "web", "jobs", "") TAIL;
  tmc_ir *ir = drawio_analysed(xml, NULL);
  assert_int_equal(kind_at(ir, "pay"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "id"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "web"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "jobs"), TMC_KIND_PROCESS);
  tmc_ir_free(ir);
}

/* K1, DOT: Finnish "Ulkoiset palvelut" around box3d vendors. Quiet: a
 * cluster named for the system's own services keeps its box3d nodes. */
static void test_party_zones_dot(void **state) {
  (void)state;
  static const char dot[] =
      "digraph d {\n"
      " node [shape=box];\n"
      " subgraph cluster_own { label=\"Asuntotoimisto (oma palvelin)\";\n"
      "  app [label=\"Vuokraportaali\\n(Rails 7)\"];\n"
      "  sync [label=\"Ovioikeussynkka\", shape=box3d];\n"
      " }\n"
      " subgraph cluster_ext { label=\"Ulkoiset palvelut\";\n"
      "  pt [label=\"Paytrail\\n(maksut)\", shape=box3d];\n"
      "  lk [label=\"Lukkopilvi\\n(kulkuoikeudet)\", shape=box3d];\n"
      " }\n"
      " app -> pt; pt -> app; app -> sync; sync -> lk;\n"
      "}\n";
  tmc_ir *ir = analyse_with(dot, cat, NULL);
  assert_int_equal(kind_at(ir, "pt"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "lk"), TMC_KIND_EXTERNAL);
  assert_int_not_equal(kind_at(ir, "sync"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "app"), TMC_KIND_PROCESS);
  tmc_ir_free(ir);
}

/* K2, draw.io: people named by their role after the field they lead, with
 * a model in the details ("Quality inspector" approving each new model,
 * "Shift supervisor" overriding it): people. Quiet: a model whose details
 * name the person reviewing it stays the model, and a phone app running
 * an LLM on the device keeps the LLM. */
static void test_role_people_drawio(void **state) {
  (void)state;
  static const char xml[] = HEAD ZONE("z", "Plant network", 0, 0, 900, 300)
      C("m", "z", B("Weld defect model", "resnet18.onnx, reviewed by the QA lead"), CARD,
        20, 40, 140, 60) C("reg", "z", "Model registry", DB, 220, 40, 140, 60)
          C("app", "z", "Mobile app (on-device LLM)", CARD, 420, 40, 140, 60)
              V("qi", B("Quality inspector", "approves each new model"), CARD, 20, 400,
                140, 60) V("ss", "Shift supervisor (overrides the model)", CARD, 220, 400,
                           140, 60) LINK("e1", "qi", "reg", "approve")
                  LINK("e2", "ss", "m", "override") LINK("e3", "reg", "m", "load") TAIL;
  tmc_ir *ir = drawio_analysed(xml, NULL);
  assert_int_equal(kind_at(ir, "qi"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "ss"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "m"), TMC_KIND_MODEL);
  assert_int_equal(kind_at(ir, "app"), TMC_KIND_LLM);
  tmc_ir_free(ir);
}

/* K2, DOT: "ML lead (model owner)", "Records clerk (corrects model
 * labels)". Quiet: a distilled student model served by Triton stays the
 * model (the server's word is no plain one). */
static void test_role_people_dot(void **state) {
  (void)state;
  static const char dot[] = "digraph d {\n"
                            " node [shape=box];\n"
                            " lead [label=\"ML lead\\n(model owner)\"];\n"
                            " clerk [label=\"Records clerk (corrects model labels)\"];\n"
                            " subgraph cluster_ml { label=\"ML platform\";\n"
                            "  stu [label=\"spam-distil student (Triton)\"];\n"
                            "  api [label=\"Mail filter API\"];\n"
                            " }\n"
                            " lead -> stu; clerk -> stu; api -> stu; stu -> api;\n"
                            "}\n";
  tmc_ir *ir = analyse_with(dot, cat, NULL);
  assert_int_equal(kind_at(ir, "lead"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "clerk"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "stu"), TMC_KIND_MODEL);
  tmc_ir_free(ir);
}

/* K3, draw.io: a box naming the runtime a model is loaded into that sends
 * that model, drawn and named, its input is the code it runs in; a nightly
 * indexer named in Norwegian with its OCR engine is a process. Quiet: a
 * camera box naming the runtime with no model drawn beside it is the model
 * (it runs one), and an OCR engine named alone stays a model. */
static void test_runtimes_drawio(void **state) {
  (void)state;
  static const char xml[] = HEAD ZONE("z", "Sorting line", 0, 0, 900, 300) C(
      "ipc", "z", B("Edge IPC: grader app", "C++, TensorRT"), CARD, 20, 40, 140,
      60) C("net", "z", B("GradeNet v3", "efficientnet_b0"), CARD, 220, 40, 140, 60)
      C("cam", "z", B("Smart camera", "TensorRT engine on device"), CARD, 420, 40, 140,
        60) C("idx", "z", "Nattlig indekserer (Tesseract OCR, 500 ord)", CARD, 20, 160,
              140, 60) C("ocr", "z", "Tesseract OCR", CARD, 220, 160, 140, 60)
          C("vs", "z", "Qdrant", DB, 420, 160, 140, 60) LINK("e1", "ipc", "net", "tensor")
              LINK("e2", "net", "ipc", "grade") LINK("e3", "cam", "ipc", "frames")
                  LINK("e4", "idx", "vs", "chunks") LINK("e5", "ocr", "vs", "text") TAIL;
  tmc_ir *ir = drawio_analysed(xml, NULL);
  assert_int_equal(kind_at(ir, "ipc"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "net"), TMC_KIND_MODEL);
  assert_int_equal(kind_at(ir, "idx"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "cam"), TMC_KIND_MODEL);
  assert_int_equal(kind_at(ir, "ocr"), TMC_KIND_MODEL);
  tmc_ir_free(ir);
}

/* K3, DOT: "Kiosk PC: ticket reader (OpenVINO)" feeding "ticket-cls (ViT)".
 * Quiet: a server pulling engines from a repo of models (no model it feeds
 * drawn) stays the model it runs. */
static void test_runtimes_dot(void **state) {
  (void)state;
  static const char dot[] =
      "digraph d {\n"
      " node [shape=box];\n"
      " subgraph cluster_a { label=\"Station LAN\";\n"
      "  pc [label=\"Kiosk PC: ticket reader\\n(.NET 8, OpenVINO)\"];\n"
      "  cls [label=\"ticket-cls\\nViT-B/16 classifier\"];\n"
      " }\n"
      " subgraph cluster_b { label=\"Depot rack\";\n"
      "  srv [label=\"inf-01: inference box OpenVINO\"];\n"
      "  repo [label=\"Gitea repo \\\"depot-models\\\"\"];\n"
      "  tr [label=\"Weekly retraining job (PyTorch)\"];\n"
      " }\n"
      " pc -> cls [label=\"image\"]; cls -> pc [label=\"class\"];\n"
      " tr -> repo [label=\"weights (git push)\"]; repo -> srv [label=\"pull\"];\n"
      " pc -> srv [label=\"frames\"];\n"
      "}\n";
  tmc_ir *ir = analyse_with(dot, cat, NULL);
  assert_int_equal(kind_at(ir, "pc"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "cls"), TMC_KIND_MODEL);
  assert_int_equal(kind_at(ir, "srv"), TMC_KIND_MODEL);
  tmc_ir_free(ir);
}

/* K4, DOT: containers named by their address: images a training job reads
 * (a dataset), a bucket of models promoted to production that the service
 * loads (a registry), the service naming the model format it loads (the
 * model). Quiet: SWIFT the bank network is no bucket, and a loader named
 * after the bucket it reads stays code. */
#define FOLDER "shape=folder;whiteSpace=wrap;html=1;"
static void test_buckets_dot(void **state) {
  (void)state;
  static const char dot[] =
      "digraph d {\n"
      " node [shape=box];\n"
      " subgraph cluster_p { label=\"OpenStack project: kelp\";\n"
      "  up [label=\"frame-upload API\"];\n"
      "  img [label=\"oss://kelp-frames/raw\"];\n"
      "  lab [label=\"swift: annotations/ boxes.json\"];\n"
      "  tr [label=\"train-detector job (GPU)\"];\n"
      "  mdl [label=\"gs://kelp-weights/models/\\n(promote to prod)\"];\n"
      "  svc [label=\"kelp-counter\\n(ONNX, Flask)\"];\n"
      "  ld [label=\"gs://raw-events ingest worker\"];\n"
      "  sw [label=\"SWIFT: MT103 messages\"];\n"
      " }\n"
      " up -> img; img -> tr; lab -> tr; tr -> mdl [label=\"best weights\"];\n"
      " mdl -> svc [label=\"load\"]; up -> svc [label=\"frame\"];\n"
      " svc -> up [label=\"count\"]; ld -> up; up -> sw;\n"
      "}\n";
  tmc_ir *ir = analyse_with(dot, cat, NULL);
  assert_int_equal(kind_at(ir, "img"), TMC_KIND_DATASET);
  assert_int_equal(kind_at(ir, "lab"), TMC_KIND_DATASET);
  assert_int_equal(kind_at(ir, "mdl"), TMC_KIND_MODEL_REGISTRY);
  assert_int_equal(kind_at(ir, "svc"), TMC_KIND_MODEL);
  assert_int_equal(kind_at(ir, "ld"), TMC_KIND_PROCESS);
  assert_true(tmc_kind_dfd(kind_at(ir, "sw")) != TMC_DFD_STORE);
  tmc_ir_free(ir);
}

/* K4, draw.io: a folder shape named by an Azure container's address that
 * keeps adapters and their promoted versions is the registry the LLM
 * server loads from; an "s3a://" bucket the fine-tune reads is a dataset.
 * Quiet: a single model file in a bucket ("gs://x/latest.pkl") is no
 * registry. */
static void test_buckets_drawio(void **state) {
  (void)state;
  static const char xml[] = HEAD ZONE("z", "Prod (AKS)", 0, 0, 900, 300)
      C("ft", "z", B("Monthly LoRA fine-tune", "PEFT"), CARD, 20, 40, 140, 60)
          C("ad", "z", "abfss://lora-adapters (promoted)", FOLDER, 220, 40, 140, 60)
              C("llm", "z", B("Llama 3.1 8B", "vLLM"), CARD, 420, 40, 140, 60)
                  C("chats", "z", "s3a://chat-exports/2024/", FOLDER, 20, 160, 140, 60)
                      C("pk", "z", "Scoring model gs://risk-models/latest.pkl", DB, 220,
                        160, 140, 60) C("api", "z", "Risk API", CARD, 420, 160, 140, 60)
                          LINK("e1", "chats", "ft", "") LINK("e2", "ft", "ad", "adapter")
                              LINK("e3", "ad", "llm", "hot-load")
                                  LINK("e4", "pk", "api", "load") TAIL;
  tmc_ir *ir = drawio_analysed(xml, NULL);
  assert_int_equal(kind_at(ir, "ad"), TMC_KIND_MODEL_REGISTRY);
  assert_int_equal(kind_at(ir, "chats"), TMC_KIND_DATASET);
  assert_int_not_equal(kind_at(ir, "pk"), TMC_KIND_MODEL_REGISTRY);
  tmc_ir_free(ir);
}

/* K5, draw.io: an agent's tools drawn alike, one named by what it does to
 * an outside party ("notify_landlord (SMS)"), one by an action verb
 * ("revoke_guest_access"): tools. Quiet: the landlord drawn as a person
 * stays outside. */
#define HEX "shape=hexagon;perimeter=hexagonPerimeter2;whiteSpace=wrap;html=1;"
static void test_party_tools_drawio(void **state) {
  (void)state;
  static const char xml[] = HEAD ZONE("z", "GCP prod", 0, 0, 900, 300)
      C("ag", "z", B("concierge-agent", "Python, tool loop"), CARD, 20, 40, 140, 60)
          C("llm", "z", "Gemini 2.5 Flash (Vertex AI)", CARD, 220, 40, 140, 60)
              C("t1", "z", "create_booking", HEX, 20, 160, 140, 60)
                  C("t2", "z", "notify_landlord (SMS via Twilio)", HEX, 220, 160, 140, 60)
                      C("t3", "z", "revoke_guest_access", HEX, 420, 160, 140, 60)
                          V("ll", "Landlord", "shape=umlActor;html=1;", 220, 400, 30, 60)
                              LINK("e1", "ag", "llm", "prompt + tools")
                                  LINK("e2", "llm", "ag", "tool call")
                                      LINK("e3", "ag", "t1", "")
                                          LINK("e4", "ag", "t2", "")
                                              LINK("e5", "ag", "t3", "")
                                                  LINK("e6", "t2", "ll", "text") TAIL;
  tmc_ir *ir = drawio_analysed(xml, NULL);
  assert_int_equal(kind_at(ir, "t1"), TMC_KIND_AGENT_TOOL);
  assert_int_equal(kind_at(ir, "t2"), TMC_KIND_AGENT_TOOL);
  assert_int_equal(kind_at(ir, "t3"), TMC_KIND_AGENT_TOOL);
  assert_int_equal(kind_at(ir, "ll"), TMC_KIND_EXTERNAL);
  tmc_ir_free(ir);
}

/* Leftover: a code file named for the AI vendor whose API it calls
 * ("cohere_client.py", "anthropic-client.ts (retries)") is that code, not
 * the vendor's model. Quiet: the vendor's model drawn beside it stays the
 * LLM. */
static void test_vendor_code_files(void **state) {
  (void)state;
  static const char dot[] =
      "digraph d {\n"
      " node [shape=box];\n"
      " subgraph cluster_a { label=\"App VM\";\n"
      "  app [label=\"Helpdesk app (Django)\"];\n"
      "  cc [label=\"cohere_client.py\"];\n"
      " }\n"
      " llm [label=\"Command R+ (Cohere API)\"];\n"
      " app -> cc; cc -> llm [label=\"prompt\"]; llm -> cc [label=\"reply\"];\n"
      "}\n";
  tmc_ir *ir = analyse_with(dot, cat, NULL);
  assert_int_equal(kind_at(ir, "cc"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "llm"), TMC_KIND_LLM);
  tmc_ir_free(ir);
  static const char xml[] = HEAD ZONE("z", "Vercel", 0, 0, 900, 300)
      C("web", "z", "Next.js site", CARD, 20, 40, 140, 60) C(
          "ac", "z", B("anthropic-client.ts", "retries, logging"), CARD, 220, 40, 140, 60)
          V("m", "Claude 3.5 Sonnet", CARD, 620, 400, 140, 60) LINK("e1", "web", "ac", "")
              LINK("e2", "ac", "m", "prompt") LINK("e3", "m", "ac", "answer") TAIL;
  ir = drawio_analysed(xml, NULL);
  assert_int_equal(kind_at(ir, "ac"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "m"), TMC_KIND_LLM);
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_party_zones_drawio), cmocka_unit_test(test_party_zones_dot),
      cmocka_unit_test(test_role_people_drawio), cmocka_unit_test(test_role_people_dot),
      cmocka_unit_test(test_runtimes_drawio),    cmocka_unit_test(test_runtimes_dot),
      cmocka_unit_test(test_buckets_dot),        cmocka_unit_test(test_buckets_drawio),
      cmocka_unit_test(test_party_tools_drawio), cmocka_unit_test(test_vendor_code_files),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
