/* test_paths17.c - attack paths whose goal is named by where the damage is
 * done (issue #16 item 2, cause E of blind15's misses): a public hub's
 * weights pulled straight into what serves them tamper with the model, and
 * the paths that end where a model's or an agent's output acts. Small
 * diagrams worded unlike the blind sets, run through the whole pipeline with
 * the built-in catalog. */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "catalog/catalog.h"
#include "catalog/goals.h"
#include "frontend/frontend.h"
#include "passes/passes.h"
#include "path_helpers.h"

/* Weights a hub publishes, brought straight into what serves them (no
 * registry, no training on the way): the model is tampered with
 * (TMC-PATH-003), and the download is no flood of requests. */
static void test_hub_weights_served(void **state) {
  (void)state;
  static const char *ollama =
      "digraph g {\n"
      "  lib [shape=box, label=\"Ollama library\"];\n"
      "  staff [shape=box, label=\"Analysts\"];\n"
      "  subgraph cluster_s { label=\"GPU server (on premises)\"; trust=2;\n"
      "    web [label=\"Open WebUI\"];\n"
      "    llm [label=\"Ollama server (llama3.1:8b)\", type=llm]; }\n"
      "  lib -> llm [label=\"ollama pull llama3.1:8b (model weights)\"];\n"
      "  staff -> web [label=\"questions\"]; web -> llm [label=\"chat\"];\n"
      "}\n";
  tmc_ir *ir = analysed(ollama);
  assert_true(hop_names(ir, "lib", "llm", "tamper_model", "lib", "AML.T0010", NULL));
  assert_false(hop_names(ir, "lib", "llm", "deny_service", "llm", NULL, NULL));
  assert_false(any_hop_names(ir, "lib", NULL, "AML.T0029"));
  tmc_ir_free(ir);

  static const char *tfhub =
      "digraph g {\n"
      "  hub [shape=box, label=\"TensorFlow Hub\"];\n"
      "  shoppers [shape=box, label=\"Shoppers\"];\n"
      "  subgraph cluster_s { label=\"Catalogue service\"; trust=2;\n"
      "    api [label=\"Photo tagging API\"];\n"
      "    clf [label=\"Product image classifier (EfficientNet)\", type=model]; }\n"
      "  hub -> clf [label=\"pretrained SavedModel, downloaded at container start\"];\n"
      "  shoppers -> api [label=\"photos\"]; api -> clf [label=\"image\"];\n"
      "}\n";
  ir = analysed(tfhub);
  assert_true(hop_names(ir, "hub", "clf", "tamper_model", "hub", "AML.T0010", NULL));
  assert_false(hop_names(ir, "hub", "clf", "deny_service", "clf", NULL, NULL));
  /* the shoppers' photos are still queries */
  assert_true(hop_names(ir, "shoppers", "clf", "deny_service", "clf", "AML.T0029", NULL));
  tmc_ir_free(ir);
}

/* A person whose login registers, approves or promotes models: a stolen
 * account swaps the served model (TMC-PATH-024: Valid Accounts at the entry,
 * the registry write manipulates the model, the served one is eroded). */
static void test_registry_login_swaps_model(void **state) {
  (void)state;
  static const char *mlflow =
      "digraph g {\n"
      "  mle [shape=box, label=\"ML engineers\"];\n"
      "  subgraph cluster_s { label=\"Fraud platform\"; trust=2;\n"
      "    reg [label=\"MLflow Model Registry\", type=model_registry];\n"
      "    fraud [label=\"Card fraud scorer (LightGBM)\", type=model];\n"
      "    auth [label=\"Authorisation service\"]; }\n"
      "  mle -> reg [label=\"promote version to Production\"];\n"
      "  reg -> fraud [label=\"load Production model\"];\n"
      "  auth -> fraud [label=\"transaction features\"];\n"
      "}\n";
  tmc_ir *ir = analysed(mlflow);
  assert_true(hop_names(ir, "mle", "fraud", "tamper_model", "mle", "AML.T0012", NULL));
  assert_true(hop_names(ir, "mle", "fraud", "tamper_model", "reg", "AML.T0018", NULL));
  tmc_ir_free(ir);

  /* the store of model files a service loads, written through a console */
  static const char *bucket =
      "digraph g {\n"
      "  rm [shape=box, label=\"Release manager\"];\n"
      "  subgraph cluster_s { label=\"Pricing\"; trust=2;\n"
      "    console [label=\"Deploy console\"];\n"
      "    models [shape=cylinder, label=\"model-artifacts bucket (ONNX files)\"];\n"
      "    price [label=\"Price model\", type=model]; }\n"
      "  rm -> console [label=\"upload release\"];\n"
      "  console -> models [label=\"put price.onnx\"];\n"
      "  models -> price [label=\"load weights\"];\n"
      "}\n";
  ir = analysed(bucket);
  assert_true(hop_names(ir, "rm", "price", "tamper_model", "rm", "AML.T0012", NULL));
  tmc_ir_free(ir);
}

/* A model's answer kept as a draft and filed into a record by another step
 * (TMC-PATH-025): the record is where the injected text does its harm, and
 * the draft the model's code writes itself is not that end. */
static void test_output_filed_into_record(void **state) {
  (void)state;
  static const char *crm =
      "digraph g {\n"
      "  caller [shape=box, label=\"Prospects on the phone\"];\n"
      "  subgraph cluster_s { label=\"Revenue stack\"; trust=2;\n"
      "    rec [label=\"Call recorder + transcription\"];\n"
      "    sum [label=\"Call summariser (GPT-4o mini)\", type=llm];\n"
      "    app [label=\"Summary service\"];\n"
      "    stage [shape=cylinder, label=\"call_notes staging table\"];\n"
      "    sync [label=\"CRM sync job (nightly)\"];\n"
      "    crm [shape=cylinder, label=\"Salesforce opportunities\", data=\"pii\"]; }\n"
      "  caller -> rec [label=\"call audio\"]; rec -> app [label=\"transcript\"];\n"
      "  app -> sum [label=\"prompt\"]; sum -> app [label=\"summary, discount "
      "agreed\"];\n"
      "  app -> stage [label=\"summary\"]; stage -> sync [label=\"new notes\"];\n"
      "  sync -> crm [label=\"update opportunity\"];\n"
      "}\n";
  tmc_ir *ir = analysed(crm);
  assert_true(
      hop_names(ir, "caller", "crm", "act_through_agent", "crm", "AML.T0048.003", NULL));
  assert_true(
      hop_names(ir, "caller", "crm", "act_through_agent", "stage", "AML.T0067", NULL));
  assert_false(
      hop_names(ir, "caller", "stage", "act_through_agent", "stage", NULL, NULL));
  tmc_ir_free(ir);

  /* no data declared: the record's name says whose it is */
  static const char *hr =
      "digraph g {\n"
      "  cand [shape=box, label=\"Job candidates (video interview)\"];\n"
      "  subgraph cluster_s { label=\"Talent team tenant\"; trust=2;\n"
      "    bot [label=\"Interview note-taker\"];\n"
      "    llm [label=\"Claude 3.5 Sonnet\", type=llm];\n"
      "    outbox [shape=cylinder, label=\"Scorecard drafts\"];\n"
      "    hm [label=\"Hiring manager review screen\"];\n"
      "    ats [shape=cylinder, label=\"Workday candidate records\"]; }\n"
      "  cand -> bot [label=\"answers (audio)\"];\n"
      "  bot -> llm [label=\"transcript + rubric\"]; llm -> bot [label=\"scorecard\"];\n"
      "  bot -> outbox [label=\"draft scorecard\"]; outbox -> hm [label=\"to review\"];\n"
      "  hm -> ats [label=\"submit scorecard\"];\n"
      "}\n";
  ir = analysed(hr);
  assert_true(
      hop_names(ir, "cand", "ats", "act_through_agent", "ats", "AML.T0048.003", NULL));
  tmc_ir_free(ir);
}

/* Does any hop of any path name an ATLAS technique? */
static bool any_atlas(const tmc_ir *ir) {
  for (uint32_t i = 0; i < ir->n_paths; i++)
    for (uint32_t h = 0; h < ir->paths[i].n_hops; h++) {
      const tmc_hop *x = &ir->paths[i].hops[h];
      if (x->technique && strncmp(x->technique, "AML.T", 5) == 0)
        return true;
      for (uint32_t k = 0; k < TMC_HOP_ALSO; k++)
        if (x->also[k].technique && strncmp(x->also[k].technique, "AML.T", 5) == 0)
          return true;
    }
  return false;
}

/* A controller reached over a remote-support session from outside
 * (TMC-PATH-026): through a VPN gateway that lands the supplier on the OT
 * network, or a remote desktop tool straight into the PLC (not the
 * integrator's own tool). Session hijacking at the session, privilege abuse
 * on from where it lands; a classic goal, no ATLAS id. */
static void test_remote_session_to_controller(void **state) {
  (void)state;
  static const char *vpn =
      "digraph g {\n"
      "  oem [shape=box, label=\"Pump supplier service desk\"];\n"
      "  ops [shape=box, label=\"Control room operators\"];\n"
      "  subgraph cluster_ot { label=\"Water treatment OT network\"; trust=2;\n"
      "    vpn [label=\"FortiGate SSL VPN\"];\n"
      "    ews [label=\"Engineering workstation\"];\n"
      "    scada [label=\"SCADA server (Ignition)\"];\n"
      "    rtu [label=\"Pump station RTU\"]; }\n"
      "  oem -> vpn [label=\"vendor login\"]; vpn -> ews [label=\"RDP\"];\n"
      "  ews -> rtu [label=\"program download (Modbus)\"];\n"
      "  ops -> scada [label=\"HMI\"]; scada -> rtu [label=\"setpoints\"];\n"
      "}\n";
  tmc_ir *ir = analysed(vpn);
  assert_true(hop_names(ir, "oem", "rtu", "deny_service", "vpn", "CAPEC-593", NULL));
  assert_true(hop_names(ir, "oem", "rtu", "deny_service", "rtu", "CAPEC-122", NULL));
  /* the operators' own HMI is no remote session */
  assert_false(hop_names(ir, "ops", "rtu", NULL, "scada", "CAPEC-593", NULL));
  assert_false(any_atlas(ir));
  tmc_ir_free(ir);

  static const char *anydesk =
      "digraph g {\n"
      "  integ [shape=box, label=\"Machine builder (remote support)\"];\n"
      "  subgraph cluster_ot { label=\"Packaging hall\"; trust=2;\n"
      "    plc [label=\"Case packer PLC (Allen-Bradley ControlLogix)\"];\n"
      "    hmi [label=\"Line HMI panel\"]; }\n"
      "  integ -> plc [label=\"AnyDesk session, Studio 5000\"];\n"
      "  hmi -> plc [label=\"recipes\"];\n"
      "}\n";
  ir = analysed(anydesk);
  assert_true(hop_names(ir, "integ", "plc", "deny_service", "plc", "CAPEC-593", NULL));
  assert_false(any_atlas(ir));
  tmc_ir_free(ir);
}

/* What code raises from a classic model's output with nobody deciding each
 * case, flooded by whoever feeds the model (TMC-PATH-027): a crew job in
 * another system, purchase-order lines in a table named for them; a store
 * of images for review is no order. */
static void test_automatic_orders_flooded(void **state) {
  (void)state;
  static const char *meters =
      "digraph g {\n"
      "  meters [shape=box, label=\"Smart water meters (LoRaWAN)\"];\n"
      "  subgraph cluster_s { label=\"Utility cloud\"; trust=2;\n"
      "    head [label=\"Head-end system\"];\n"
      "    leak [label=\"Leak detection model\", type=model];\n"
      "    auto [label=\"Auto-dispatch service\"]; }\n"
      "  fsm [shape=box, label=\"Field crew scheduling (ServiceNow FSM)\"];\n"
      "  meters -> head [label=\"hourly reads\"]; head -> leak [label=\"flow "
      "profiles\"];\n"
      "  leak -> auto [label=\"leak probability\"];\n"
      "  auto -> fsm [label=\"create crew job\"];\n"
      "}\n";
  tmc_ir *ir = analysed(meters);
  assert_true(
      hop_names(ir, "meters", "fsm", "deny_service", "meters", "AML.T0043.003", NULL));
  assert_true(hop_names(ir, "meters", "fsm", "deny_service", "leak", "AML.T0046", NULL));
  assert_true(hop_names(ir, "meters", "fsm", "deny_service", "fsm", "CAPEC-125", NULL));
  tmc_ir_free(ir);

  static const char *po =
      "digraph g {\n"
      "  edi [shape=box, label=\"Retailer POS data feed (EDI 852)\"];\n"
      "  subgraph cluster_s { label=\"Planning\"; trust=2;\n"
      "    fc [label=\"Demand forecaster (Prophet)\", type=model];\n"
      "    rep [label=\"Auto-replenishment job\"];\n"
      "    po [shape=cylinder, label=\"purchase_orders table\"];\n"
      "    snap [shape=cylinder, label=\"forecast snapshots\"]; }\n"
      "  edi -> fc [label=\"sell-through\"]; fc -> rep [label=\"forecast\"];\n"
      "  rep -> po [label=\"insert PO lines\"]; rep -> snap [label=\"copy\"];\n"
      "}\n";
  ir = analysed(po);
  assert_true(hop_names(ir, "edi", "po", "deny_service", "fc", "AML.T0046", NULL));
  assert_false(hop_names(ir, "edi", "snap", "deny_service", "snap", "CAPEC-125", NULL));
  tmc_ir_free(ir);
}

/* A tool the model calls makes or resets a credential where accounts live,
 * and the new secret is the attacker's (TMC-PATH-028): a temporary access
 * pass in Okta drawn as a store, a new API key; a tool that only uses a key
 * to send a message is no such theft. */
static void test_credentials_reset_by_tool(void **state) {
  (void)state;
  static const char *okta =
      "digraph g {\n"
      "  emp [shape=box, label=\"Anyone in the Slack workspace\"];\n"
      "  subgraph cluster_s { label=\"IT automation\"; trust=2;\n"
      "    bot [label=\"IT helpdesk bot (LangChain agent)\"];\n"
      "    llm [label=\"Claude 3.5 Sonnet (Bedrock)\", type=llm];\n"
      "    tap [label=\"issue_temp_access_pass\", type=agent_tool]; }\n"
      "  okta [shape=cylinder, label=\"Okta (workforce identities)\"];\n"
      "  emp -> bot [label=\"DM: I lost my phone\"];\n"
      "  bot -> llm [label=\"conversation + tools\"]; llm -> bot [label=\"tool call\"];\n"
      "  bot -> tap [label=\"user id\"];\n"
      "  tap -> okta [label=\"new temporary password\"];\n"
      "  tap -> bot [label=\"temporary password\"]; bot -> emp [label=\"reply\"];\n"
      "}\n";
  tmc_ir *ir = analysed(okta);
  assert_true(
      hop_names(ir, "emp", "okta", "steal_credentials", "tap", "AML.T0053", NULL));
  assert_true(
      hop_names(ir, "emp", "okta", "steal_credentials", "okta", "AML.T0086", NULL));
  tmc_ir_free(ir);

  static const char *keys =
      "digraph g {\n"
      "  dev [shape=box, label=\"Developers (public docs chat)\"];\n"
      "  subgraph cluster_s { label=\"Developer portal\"; trust=2;\n"
      "    asst [label=\"Portal assistant (function calling)\"];\n"
      "    gpt [label=\"GPT-4.1 mini\", type=llm];\n"
      "    mk [label=\"create_api_key\", type=agent_tool];\n"
      "    sms [label=\"send_sms\", type=agent_tool];\n"
      "    keysvc [label=\"Key service (tenant accounts)\"];\n"
      "    gw [label=\"SMS gateway service\"]; }\n"
      "  dev -> asst [label=\"question\"]; asst -> gpt [label=\"prompt + tools\"];\n"
      "  gpt -> asst [label=\"tool calls\"];\n"
      "  asst -> mk [label=\"tenant id\"]; mk -> keysvc [label=\"new API key\"];\n"
      "  asst -> sms [label=\"text\"]; sms -> gw [label=\"message + API key\"];\n"
      "}\n";
  ir = analysed(keys);
  assert_true(
      hop_names(ir, "dev", "keysvc", "steal_credentials", "keysvc", "AML.T0086", NULL));
  assert_false(hop_names(ir, "dev", "gw", "steal_credentials", "gw", "AML.T0086", NULL));
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_hub_weights_served),
      cmocka_unit_test(test_registry_login_swaps_model),
      cmocka_unit_test(test_output_filed_into_record),
      cmocka_unit_test(test_remote_session_to_controller),
      cmocka_unit_test(test_automatic_orders_flooded),
      cmocka_unit_test(test_credentials_reset_by_tool),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
