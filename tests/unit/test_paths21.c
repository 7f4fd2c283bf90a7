/* test_paths21.c - attack paths of blind20's cause P (paths21): what is done
 * at a path's end names its goal. The account directory (Active Directory,
 * LDAP, a Samba AD DC) reached by any route is where password hashes and
 * service accounts are taken (steal_credentials, TMC-PATH-038), not records
 * read; a vault of documents (an M-Files, Autodesk or evidence vault) is a
 * store of documents, whose path is exfiltration, while a secrets vault
 * stays a credential theft. A unit in the field whose key opens the broker
 * every unit shares floods it (deny_service, TMC-PATH-039), a meter too,
 * though it only measures. Staff whose decisions become the next model's
 * labels poison it through the loop (tamper_model); a tool that hands out
 * vouchers or store credit is a financial harm (AML.T0048.000) when the
 * model is talked into calling it. Text that reaches an agent through
 * monitoring (an alert raised from what callers' requests left in metrics
 * and logs) or through CI/CD (a pipeline run on a pull request) is
 * gathered: an indirect injection. Each in diagrams worded unlike the blind
 * sets (DOT and draw.io), with quiet cases. */
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
#include "drawio_macros.h"
#include "frontend/frontend.h"
#include "passes/passes.h"
#include "path_helpers.h"

/* Field engineers come in over a VPN that checks them against the LDAP
 * directory (no sign-in page of an identity provider in front: not
 * TMC-PATH-035): the directory's hashes are taken (TMC-PATH-038, Kerberoasting
 * on the last hop). The drawings in an Autodesk Vault are documents
 * (exfiltrate); a staff phone directory holds no accounts (quiet). */
static void test_directory_and_document_vault_dot(void **state) {
  (void)state;
  static const char *dot =
      "digraph g {\n"
      "  staff [shape=box, label=\"Field engineers (laptops)\"];\n"
      "  subgraph cluster_edge { label=\"Perimeter\"; trust=1;\n"
      "    vpn [label=\"Pulse Secure VPN gateway\"]; }\n"
      "  subgraph cluster_lan { label=\"Head office LAN\"; trust=2;\n"
      "    erp [label=\"Maintenance planning app\"];\n"
      "    ldap [shape=cylinder, label=\"OpenLDAP directory (accounts, groups)\"];\n"
      "    phones [shape=cylinder, label=\"Staff phone directory (names, "
      "extensions)\"];\n"
      "    drawings [shape=cylinder, label=\"Engineering drawings (Autodesk Vault)\"]; "
      "}\n"
      "  staff -> vpn [label=\"tunnel\"];\n"
      "  vpn -> ldap [label=\"RADIUS check\"];\n"
      "  vpn -> erp [label=\"work orders\"];\n"
      "  erp -> drawings [label=\"read drawings\"];\n"
      "  erp -> phones [label=\"look up\"];\n"
      "  ldap -> erp [label=\"groups\"];\n"
      "}\n";
  tmc_ir *ir = analysed_as("t.dot", dot);
  assert_true(path_of(ir, "staff", "ldap", "TMC-PATH-038"));
  assert_true(
      hop_names(ir, "staff", "ldap", "steal_credentials", "ldap", "CAPEC-509", NULL));
  /* the vault of drawings: documents taken, no keys */
  assert_false(plays(ir, "drawings", TMC_ROLE_CREDENTIAL_HOLDER));
  assert_false(ir->elements[el(ir, "drawings")].facts.secrets_vault);
  assert_true(aimed(ir, "staff", "drawings", "exfiltrate"));
  assert_false(aimed(ir, "staff", "drawings", "steal_credentials"));
  /* quiet: a phone list is no account directory */
  assert_false(aimed(ir, "staff", "phones", "steal_credentials"));
  tmc_ir_free(ir);
}

/* draw.io, in Spanish: lawyers over a FortiGate VPN checked against a Samba
 * AD domain controller; case files in a "document vault"; a HashiCorp Vault
 * of API tokens beside it stays a credential theft (its vault holds keys). */
static void test_directory_and_document_vault_drawio(void **state) {
  (void)state;
  static const char *xml = HEAD ZONE("z", "Despacho (red interna)", 200, 0, 700, 500)
      V("abog", "Abogados (portátiles)", "shape=umlActor;html=1;", 0, 100, 30,
        60) C("vpn", "z", "Concentrador VPN FortiGate", CARD, 20, 40, 120,
              60) C("app", "z", "Gestor de expedientes", CARD, 200, 40, 120, 60)
          C("dir", "z", "Samba AD DC (cuentas, grupos)", DB, 400, 40, 120, 60)
              C("docs", "z", "Expedientes (document vault, escritos)", DB, 200, 250, 120,
                60) C("kv", "z", "HashiCorp Vault (tokens API)", DB, 400, 250, 120, 60)
                  LINK("e1", "abog", "vpn", "túnel") LINK("e2", "vpn", "dir", "RADIUS")
                      LINK("e3", "vpn", "app", "consultas")
                          LINK("e4", "app", "docs", "lectura / escritura")
                              LINK("e5", "app", "kv", "lee tokens") TAIL;
  tmc_ir *ir = analysed_as("t.drawio", xml);
  assert_true(path_of(ir, "abog", "dir", "TMC-PATH-038"));
  assert_true(aimed(ir, "abog", "docs", "exfiltrate"));
  assert_false(aimed(ir, "abog", "docs", "steal_credentials"));
  assert_false(ir->elements[el(ir, "docs")].facts.secrets_vault);
  /* the secrets vault keeps its role and its goal */
  assert_true(plays(ir, "kv", TMC_ROLE_CREDENTIAL_HOLDER));
  assert_true(aimed(ir, "abog", "kv", "steal_credentials"));
  tmc_ir_free(ir);
}

/* Water meters (a sensor: they only measure) publish to the MQTT broker with
 * a client certificate each: one meter's key, pulled out, floods it
 * (TMC-PATH-039, Flooding at the broker). Quiet: the app users' own
 * requests to the same kind of broker are no cloned device (a person's app,
 * no field device), nor does a broker the backend alone talks to get one. */
static void test_cloned_device_floods_broker_dot(void **state) {
  (void)state;
  static const char *dot =
      "digraph g {\n"
      "  meters [shape=box3d, label=\"Ultrasonic water meters\\n(NB-IoT, 90k)\"];\n"
      "  subgraph cluster_cloud { label=\"Utility cloud (Azure)\";\n"
      "    mq [label=\"Mosquitto MQTT broker\"];\n"
      "    ingest [label=\"Readings ingest\"];\n"
      "    ts [shape=cylinder, label=\"Consumption history\"]; }\n"
      "  meters -> mq [label=\"hourly readings (client cert)\"];\n"
      "  mq -> meters [label=\"valve commands\"];\n"
      "  mq -> ingest [label=\"readings\"];\n"
      "  ingest -> ts;\n"
      "}\n";
  tmc_ir *ir = analysed_as("t.dot", dot);
  assert_true(path_of(ir, "meters", "mq", "TMC-PATH-039"));
  assert_true(hop_names(ir, "meters", "mq", "deny_service", "mq", "CAPEC-125", NULL));
  tmc_ir_free(ir);

  static const char *quiet = "digraph g {\n"
                             "  riders [shape=box, label=\"Riders (mobile app)\"];\n"
                             "  subgraph cluster_cloud { label=\"Scooter cloud (GCP)\";\n"
                             "    api [label=\"Rides API\"];\n"
                             "    mq [label=\"EMQX MQTT broker\"];\n"
                             "    db [shape=cylinder, label=\"Rides DB\"]; }\n"
                             "  riders -> api [label=\"unlock request\"];\n"
                             "  api -> mq [label=\"unlock command\"];\n"
                             "  api -> db;\n"
                             "}\n";
  ir = analysed_as("t.dot", quiet);
  for (uint32_t i = 0; i < ir->n_findings; i++)
    assert_string_not_equal(ir->findings[i].rule_id, "TMC-PATH-039");
  tmc_ir_free(ir);
}

/* draw.io, in German: wallboxes publish to AWS IoT Core with an X.509
 * certificate each; one box's certificate floods it. */
static void test_cloned_device_floods_broker_drawio(void **state) {
  (void)state;
  static const char *xml =
      HEAD ZONE("z", "AWS Konto ladepunkt-prod (eu-central-1)", 300, 0, 600, 400)
          V("wb", "Wallboxen (Ladesäulen, 4.000 Stück)",
            "rounded=0;whiteSpace=wrap;html=1;", 0, 100, 120, 60)
              C("iot", "z", "AWS IoT Core (MQTT)", CARD, 20, 40, 120, 60)
                  C("abr", "z", "Abrechnungsdienst", CARD, 200, 40, 120, 60)
                      C("db", "z", "Ladevorgänge (DynamoDB)", DB, 400, 40, 120, 60)
                          LINK("e1", "wb", "iot", "Ladestatus, Zählerstand (X.509)")
                              LINK("e2", "iot", "wb", "Befehle: Start / Stopp")
                                  LINK("e3", "iot", "abr", "Ereignisse")
                                      LINK("e4", "abr", "db", "schreibt") TAIL;
  tmc_ir *ir = analysed_as("t.drawio", xml);
  assert_true(ir->elements[el(ir, "wb")].facts.field_device);
  assert_true(path_of(ir, "wb", "iot", "TMC-PATH-039"));
  tmc_ir_free(ir);
}

/* An edge drawn style=invis only lines nodes up (umoya's "layout only"
 * rows): no flow, so no path takes it. Quiet: a dashed edge, or one whose
 * style list says bold and dashed, is a flow like any other. */
static void test_invisible_edge_is_no_flow(void **state) {
  (void)state;
  static const char *dot =
      "digraph g {\n"
      "  clerks [shape=oval, label=\"Warehouse clerks\"];\n"
      "  app [label=\"Stock app\"];\n"
      "  ledger [shape=cylinder, label=\"Stock ledger\"];\n"
      "  archive [shape=cylinder, label=\"Audit archive\"];\n"
      "  { rank=same; clerks; archive; }\n"
      "  clerks -> archive [style=invis];\n"
      "  clerks -> app [label=\"counts\", style=\"bold, dashed\"];\n"
      "  app -> ledger [style=dashed];\n"
      "  ledger -> archive [label=\"nightly copy\", style=\"dashed,invis\"];\n"
      "}\n";
  tmc_ir *ir = analysed_as("t.dot", dot);
  assert_int_equal(ir->n_flows, 2);
  for (uint32_t i = 0; i < ir->n_paths; i++)
    assert_int_not_equal(ir->paths[i].asset, el(ir, "archive"));
  assert_true(aimed(ir, "clerks", "ledger", "exfiltrate"));
  tmc_ir_free(ir);
}

/* Loan officers' approve / decline decisions go into the loans DB, whose
 * quarterly extract is the training set of the model that scores the next
 * applicants: staff who produce outcomes poison it through the loop
 * (tamper_model, AML.T0020 on the way, AML.T0031 at the model). Quiet: the
 * decisions stay in the DB, the training set comes from a bureau only. */
static void test_outcomes_become_labels(void **state) {
  (void)state;
  static const char *dot =
      "digraph g {\n"
      "  officers [shape=oval, label=\"Loan officers\"];\n"
      "  applicants [shape=oval, label=\"Applicants\"];\n"
      "  subgraph cluster_bank { label=\"Bank data centre\"; trust=2;\n"
      "    portal [label=\"Loan application portal\"];\n"
      "    bench [label=\"Underwriting workbench (React app)\"];\n"
      "    loans [shape=cylinder, label=\"Loans DB (decisions, repayments)\"];\n"
      "    extract [shape=folder, label=\"Training extract (features + default "
      "outcome)\"];\n"
      "    retrain [label=\"Quarterly retrain (SageMaker training job)\"];\n"
      "    reg [shape=box3d, label=\"Model registry\"];\n"
      "    scorer [label=\"Credit scoring model (XGBoost)\"]; }\n"
      "  applicants -> portal [label=\"application\"];\n"
      "  portal -> scorer [label=\"features\"];\n"
      "  scorer -> loans [label=\"score\"];\n"
      "  loans -> bench [label=\"cases\"];\n"
      "  officers -> bench [label=\"approve / decline, override\"];\n"
      "  bench -> loans [label=\"decision\"];\n"
      "  loans -> extract [label=\"quarterly extract\"];\n"
      "  extract -> retrain;\n"
      "  retrain -> reg [label=\"candidate\"];\n"
      "  reg -> scorer [label=\"approved version\"];\n"
      "}\n";
  tmc_ir *ir = analysed_as("t.dot", dot);
  assert_true(aimed(ir, "officers", "scorer", "tamper_model"));
  assert_true(
      hop_names(ir, "officers", "scorer", "tamper_model", "extract", "AML.T0020", NULL));
  assert_true(
      hop_names(ir, "officers", "scorer", "tamper_model", "scorer", "AML.T0031", NULL));
  tmc_ir_free(ir);

  char quiet[4096];
  const char *cut = strstr(dot, "  loans -> extract");
  assert_non_null(cut);
  const char *eol = strchr(cut, '\n');
  snprintf(quiet, sizeof quiet,
           "%.*s  bureau [shape=box, label=\"Credit bureau data\"];\n"
           "  bureau -> extract [label=\"monthly file\"];\n%s",
           (int)(cut - dot), dot, eol + 1);
  ir = analysed_as("t.dot", quiet);
  assert_false(aimed(ir, "officers", "scorer", "tamper_model"));
  tmc_ir_free(ir);
}

/* A guest talks the hotel's assistant into calling the goodwill tool that
 * issues vouchers: AI Agent Tool Invocation and Financial Harm on that hop;
 * the stay lookup tool beside it moves no money (quiet). draw.io: a shop's
 * make-good tool granting store credit, the order tracking tool quiet. */
static void test_voucher_tool_is_financial_harm(void **state) {
  (void)state;
  static const char *dot =
      "digraph g {\n"
      "  guests [shape=oval, label=\"Hotel guests (web chat)\"];\n"
      "  subgraph cluster_az { label=\"Hotel group cloud\"; trust=1;\n"
      "    chat [label=\"Chat front end\"];\n"
      "    orch [label=\"Assistant orchestrator (Python)\"];\n"
      "    llm [label=\"Claude 3.5 Sonnet (Bedrock)\"];\n"
      "    goodwill [shape=hexagon, label=\"Goodwill tool\\nissue_voucher(guest, "
      "amount)\"];\n"
      "    lookup [shape=hexagon, label=\"Stay lookup tool\\nget_stay(booking ref)\"];\n"
      "    pms [shape=cylinder, label=\"Property management system\"]; }\n"
      "  guests -> chat [label=\"messages\"];\n"
      "  chat -> orch [label=\"message\"];\n"
      "  orch -> llm [label=\"prompt + tool schemas\"];\n"
      "  llm -> orch [label=\"answer, tool calls\"];\n"
      "  orch -> goodwill [label=\"tool call\"];\n"
      "  orch -> lookup [label=\"tool call\"];\n"
      "  goodwill -> pms [label=\"credit folio\"];\n"
      "  lookup -> pms [label=\"read stay\"];\n"
      "  pms -> lookup [label=\"stay\"];\n"
      "}\n";
  tmc_ir *ir = analysed_as("t.dot", dot);
  assert_true(hop_names(ir, "guests", "goodwill", "act_through_agent", "goodwill",
                        "AML.T0053", "AML.T0048.000"));
  assert_false(hop_names(ir, "guests", "lookup", NULL, "lookup", NULL, "AML.T0048.000"));
  tmc_ir_free(ir);

  static const char *xml = HEAD ZONE("z", "Cloud Azure (production)", 200, 0, 800, 500)
      V("cli", "Clients de la boutique", "shape=umlActor;html=1;", 0, 100, 30,
        60) C("web", "z", "Widget de discussion", CARD, 20, 40, 120,
              60) C("orc", "z", "Orchestrateur de l'assistant", CARD, 200, 40, 120,
                    60) C("gpt", "z", "GPT-4o (Azure OpenAI)", CARD, 400, 40, 120, 60)
          C("geste", "z", "Make-good tool: store credit (amount)", CARD, 200, 250, 120,
            60) C("suivi", "z", "Order tracking tool", CARD, 400, 250, 120, 60)
              C("erp", "z", "Commandes (ERP)", DB, 600, 250, 120, 60)
                  LINK("e1", "cli", "web", "messages") LINK("e2", "web", "orc", "message")
                      LINK("e3", "orc", "gpt", "invite + outils")
                          LINK("e4", "gpt", "orc", "réponse")
                              LINK("e5", "orc", "geste", "appel d'outil")
                                  LINK("e6", "orc", "suivi", "appel d'outil")
                                      LINK("e7", "geste", "erp", "crédite le client")
                                          LINK("e8", "suivi", "erp", "lit") TAIL;
  ir = analysed_as("t.drawio", xml);
  assert_true(hop_names(ir, "cli", "geste", "act_through_agent", "geste", "AML.T0053",
                        "AML.T0048.000"));
  assert_false(hop_names(ir, "cli", "suivi", NULL, "suivi", NULL, "AML.T0048.000"));
  tmc_ir_free(ir);
}

/* Internet users' requests reach the incident agent only as alerts Grafana
 * raises from the storefront's metrics and logs: gathered text, an indirect
 * injection at the agent (AML.T0051.001), then the tool. Quiet: the on-call
 * engineer's own chat command is typed to the agent, a direct one. draw.io:
 * web customers, Datadog monitors, an on-call bot. */
static void test_alerts_are_gathered_text(void **state) {
  (void)state;
  static const char *dot =
      "digraph g {\n"
      "  public [shape=oval, label=\"Internet users\"];\n"
      "  oncall [shape=oval, label=\"On-call engineer\"];\n"
      "  subgraph cluster_dc { label=\"Shop data centre\"; trust=1;\n"
      "    shop [label=\"Storefront API\"];\n"
      "    mon [label=\"Grafana alerting\"];\n"
      "    bot [label=\"Incident copilot (agent loop)\"];\n"
      "    llm [label=\"Llama 3.1 70B (vLLM)\"];\n"
      "    restart [shape=hexagon, label=\"restart_service tool\"]; }\n"
      "  public -> shop [label=\"HTTP requests\"];\n"
      "  shop -> mon [label=\"metrics, error logs\"];\n"
      "  mon -> bot [label=\"firing alert\"];\n"
      "  oncall -> bot [label=\"chat command\"];\n"
      "  bot -> llm [label=\"prompt\"];\n"
      "  llm -> bot [label=\"plan, tool call\"];\n"
      "  bot -> restart [label=\"call\"];\n"
      "}\n";
  tmc_ir *ir = analysed_as("t.dot", dot);
  assert_true(hop_names(ir, "public", "restart", "act_through_agent", "bot",
                        "AML.T0051.001", NULL));
  assert_false(hop_names(ir, "public", "restart", NULL, "bot", "AML.T0051.000", NULL));
  assert_true(hop_names(ir, "oncall", "restart", "act_through_agent", "bot",
                        "AML.T0051.000", NULL));
  tmc_ir_free(ir);

  static const char *xml = HEAD ZONE("z", "AWS cuenta producción", 200, 0, 800, 500)
      V("cli", "Clientes web", "shape=umlActor;html=1;", 0, 100, 30, 60)
          C("api", "z", "API de pedidos", CARD, 20, 40, 120, 60)
              C("dd", "z", "Datadog monitors", CARD, 200, 40, 120, 60)
                  C("bot", "z", "On-call bot (agent)", CARD, 400, 40, 120, 60)
                      C("gpt", "z", "GPT-4o (Azure OpenAI)", CARD, 600, 40, 120, 60)
                          C("scale", "z", "scale_deployment tool",
                            "shape=hexagon;whiteSpace=wrap;html=1;", 400, 250, 120,
                            60) LINK("e1", "cli", "api", "pedidos")
                              LINK("e2", "api", "dd", "métricas y logs")
                                  LINK("e3", "dd", "bot", "alerta")
                                      LINK("e4", "bot", "gpt", "prompt")
                                          LINK("e5", "gpt", "bot", "plan")
                                              LINK("e6", "bot", "scale", "llamada") TAIL;
  ir = analysed_as("t.drawio", xml);
  assert_true(
      hop_names(ir, "cli", "scale", "act_through_agent", "bot", "AML.T0051.001", NULL));
  assert_true(
      hop_names(ir, "cli", "scale", "act_through_agent", "scale", "AML.T0053", NULL));
  tmc_ir_free(ir);
}

/* An outside contributor's pull request reaches the review bot through the
 * forge's webhook and a CI pipeline: stored content the pipeline runs on,
 * gathered (AML.T0051.001 at the bot that builds the prompt), not words
 * typed to it. */
static void test_ci_relayed_text_is_gathered(void **state) {
  (void)state;
  static const char *dot =
      "digraph g {\n"
      "  dev [shape=oval, label=\"Outside contributor\"];\n"
      "  subgraph cluster_ci { label=\"Project infrastructure\"; trust=1;\n"
      "    forge [label=\"Gitea (pull requests, webhooks)\"];\n"
      "    ci [label=\"Drone CI pipeline\"];\n"
      "    review [label=\"Review bot step (builds the prompt)\"];\n"
      "    llm [label=\"GPT-4.1 (OpenAI API)\"];\n"
      "    comment [shape=hexagon, label=\"post_comment tool\"]; }\n"
      "  dev -> forge [label=\"pull request\"];\n"
      "  forge -> ci [label=\"webhook: PR opened\"];\n"
      "  ci -> review [label=\"diff\"];\n"
      "  review -> llm [label=\"prompt\"];\n"
      "  llm -> review [label=\"review, tool call\"];\n"
      "  review -> comment [label=\"call\"];\n"
      "}\n";
  tmc_ir *ir = analysed_as("t.dot", dot);
  assert_true(hop_names(ir, "dev", "comment", "act_through_agent", "review",
                        "AML.T0051.001", NULL));
  assert_false(hop_names(ir, "dev", "comment", NULL, "review", "AML.T0051.000", NULL));
  tmc_ir_free(ir);

  /* draw.io: a fork author's merge request, a GitLab CI job, a triage
   * script that builds the prompt */
  static const char *xml = HEAD ZONE("z", "Self-hosted GitLab (Hetzner)", 200, 0, 800,
                                     400) V("fork", "Fork author",
                                            "shape=umlActor;html=1;", 0, 100, 30, 60)
      C("gl", "z", "GitLab merge requests", CARD, 20, 40, 120,
        60) C("runner", "z", "GitLab CI job (.gitlab-ci.yml)", CARD, 200, 40, 120, 60)
          C("triage", "z", "MR triage script (prompt builder)", CARD, 400, 40, 120, 60) C(
              "mistral", "z", "Mistral Large (la Plateforme API)", CARD, 600, 40, 120, 60)
              C("label", "z", "set_labels tool", "shape=hexagon;whiteSpace=wrap;html=1;",
                400, 250, 120, 60) LINK("e1", "fork", "gl", "merge request")
                  LINK("e2", "gl", "runner", "pipeline trigger")
                      LINK("e3", "runner", "triage", "diff + description")
                          LINK("e4", "triage", "mistral", "prompt")
                              LINK("e5", "mistral", "triage", "labels, tool call")
                                  LINK("e6", "triage", "label", "call") TAIL;
  ir = analysed_as("t.drawio", xml);
  assert_true(hop_names(ir, "fork", "label", "act_through_agent", "triage",
                        "AML.T0051.001", NULL));
  tmc_ir_free(ir);
}

/* Someone typing to the chat, though no people word names them (German
 * "Gäste im Onlineshop", a Japanese "ご利用者"), jailbreaks the model with
 * their direct injection: AML.T0054 beside AML.T0051.000. Quiet: a feed
 * that publishes content (sources_in words), even sent straight to the
 * orchestrator, types nothing to jailbreak with. */
static void test_unnamed_asker_jailbreaks(void **state) {
  (void)state;
  static const char *dot =
      "digraph g {\n"
      "  gaeste [shape=box, label=\"Gäste im Onlineshop\"];\n"
      "  feed [shape=box, label=\"Preisfeed des Großhändlers (RSS)\"];\n"
      "  subgraph cluster_k { label=\"Rechenzentrum\"; trust=1;\n"
      "    widget [label=\"Chat-Widget\"];\n"
      "    orch [label=\"Orchestrator (baut den Prompt)\"];\n"
      "    llm [label=\"Mistral Large (la Plateforme API)\"];\n"
      "    import [label=\"Feed-Import\"];\n"
      "    db [shape=cylinder, label=\"Artikeldaten\"]; }\n"
      "  gaeste -> widget [label=\"Frage\"];\n"
      "  widget -> orch [label=\"Frage\"];\n"
      "  orch -> llm [label=\"Prompt\"];\n"
      "  llm -> orch [label=\"Antwort\"];\n"
      "  orch -> widget [label=\"Antwort\"];\n"
      "  feed -> import [label=\"Preise\"];\n"
      "  import -> db;\n"
      "  db -> orch [label=\"Artikel\"];\n"
      "}\n";
  tmc_ir *ir = analysed_as("t.dot", dot);
  assert_true(hop_names(ir, "gaeste", "llm", "hijack_model", "orch", "AML.T0051.000",
                        "AML.T0054"));
  tmc_ir_free(ir);

  static const char *quiet =
      "digraph g {\n"
      "  gaeste [shape=box, label=\"Gäste im Onlineshop\"];\n"
      "  feed [shape=box, label=\"Preisfeed des Großhändlers (RSS)\"];\n"
      "  subgraph cluster_k { label=\"Rechenzentrum\"; trust=1;\n"
      "    widget [label=\"Chat-Widget\"];\n"
      "    orch [label=\"Orchestrator (baut den Prompt)\"];\n"
      "    llm [label=\"Mistral Large (la Plateforme API)\"];\n"
      "    import [label=\"Feed-Import\"];\n"
      "    db [shape=cylinder, label=\"Artikeldaten\"]; }\n"
      "  gaeste -> widget [label=\"Frage\"];\n"
      "  widget -> orch [label=\"Frage\"];\n"
      "  orch -> llm [label=\"Prompt\"];\n"
      "  llm -> orch [label=\"Antwort\"];\n"
      "  orch -> widget [label=\"Antwort\"];\n"
      "  feed -> orch [label=\"Preise\"];\n"
      "  import -> db;\n"
      "  db -> orch [label=\"Artikel\"];\n"
      "}\n";
  ir = analysed_as("t.dot", quiet);
  assert_false(any_hop_names(ir, "feed", NULL, "AML.T0054"));
  tmc_ir_free(ir);

  static const char *xml = HEAD ZONE("z", "クラウド（本番）", 200, 0, 800, 400)
      V("riyou", "ご利用者（ログイン不要）", "rounded=0;whiteSpace=wrap;html=1;", 0, 100,
        120, 60) C("chat", "z", "チャット画面", CARD, 20, 40, 120, 60)
          C("bot", "z", "ボット（プロンプト組み立て）", CARD, 200, 40, 120, 60)
              C("claude", "z", "Claude 3.5 Sonnet (Amazon Bedrock)", CARD, 400, 40, 120,
                60) LINK("e1", "riyou", "chat", "質問") LINK("e2", "chat", "bot", "質問")
                  LINK("e3", "bot", "claude", "プロンプト")
                      LINK("e4", "claude", "bot", "回答")
                          LINK("e5", "bot", "chat", "回答") TAIL;
  ir = analysed_as("t.drawio", xml);
  assert_true(any_hop_names(ir, "riyou", "hijack_model", "AML.T0054"));
  tmc_ir_free(ir);
}

/* Riders' claims reach the claims database through the portal API that also
 * asks a triage model: the exfiltration ends by collecting its records,
 * Data from Information Repositories (AML.T0036), on a path that touches
 * AI. Quiet: the same system with a rules engine and no model cites no
 * ATLAS id there. draw.io: shoppers, an order API, a recommender. */
static void test_records_collected_on_ai_path(void **state) {
  (void)state;
  static const char *dot =
      "digraph g {\n"
      "  riders [shape=oval, label=\"Riders\"];\n"
      "  subgraph cluster_c { label=\"Insurer cloud\"; trust=1;\n"
      "    api [label=\"Claims portal API\"];\n"
      "    db [shape=cylinder, label=\"Claims database (PostgreSQL)\"];\n"
      "    model [label=\"Claim triage model (LightGBM)\"]; }\n"
      "  riders -> api [label=\"claim, photos\"];\n"
      "  api -> db [label=\"new claim\"];\n"
      "  api -> model [label=\"features\"];\n"
      "  model -> api [label=\"triage score\"];\n"
      "}\n";
  tmc_ir *ir = analysed_as("t.dot", dot);
  assert_true(hop_names(ir, "riders", "db", "exfiltrate", "db", "AML.T0036", NULL));
  tmc_ir_free(ir);

  static const char *quiet =
      "digraph g {\n"
      "  riders [shape=oval, label=\"Riders\"];\n"
      "  subgraph cluster_c { label=\"Insurer cloud\"; trust=1;\n"
      "    api [label=\"Claims portal API\"];\n"
      "    db [shape=cylinder, label=\"Claims database (PostgreSQL)\"];\n"
      "    rules [label=\"Claim triage rules (Drools)\"]; }\n"
      "  riders -> api [label=\"claim, photos\"];\n"
      "  api -> db [label=\"new claim\"];\n"
      "  api -> rules [label=\"facts\"];\n"
      "  rules -> api [label=\"triage\"];\n"
      "}\n";
  ir = analysed_as("t.dot", quiet);
  assert_false(any_hop_names(ir, NULL, NULL, "AML.T0036"));
  assert_true(aimed(ir, "riders", "db", "exfiltrate"));
  tmc_ir_free(ir);

  static const char *xml = HEAD ZONE("z", "Shop VPC", 200, 0, 800, 400)
      V("shop", "Shoppers", "shape=umlActor;html=1;", 0, 100, 30, 60)
          C("orders", "z", "Order API (Go)", CARD, 20, 40, 120, 60)
              C("ordb", "z", "Orders and addresses (MySQL)", DB, 200, 40, 120, 60)
                  C("reco", "z", "Recommendation model (two-tower, TensorFlow)", CARD,
                    400, 40, 120, 60) LINK("e1", "shop", "orders", "orders")
                      LINK("e2", "orders", "ordb", "insert order")
                          LINK("e3", "orders", "reco", "basket")
                              LINK("e4", "reco", "orders", "suggestions") TAIL;
  ir = analysed_as("t.drawio", xml);
  assert_true(hop_names(ir, "shop", "ordb", "exfiltrate", "ordb", "AML.T0036", NULL));
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_directory_and_document_vault_dot),
      cmocka_unit_test(test_directory_and_document_vault_drawio),
      cmocka_unit_test(test_cloned_device_floods_broker_dot),
      cmocka_unit_test(test_cloned_device_floods_broker_drawio),
      cmocka_unit_test(test_invisible_edge_is_no_flow),
      cmocka_unit_test(test_outcomes_become_labels),
      cmocka_unit_test(test_voucher_tool_is_financial_harm),
      cmocka_unit_test(test_alerts_are_gathered_text),
      cmocka_unit_test(test_ci_relayed_text_is_gathered),
      cmocka_unit_test(test_unnamed_asker_jailbreaks),
      cmocka_unit_test(test_records_collected_on_ai_path),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
