/* test_paths20.c - attack paths of blind19's cause P (paths20): passwords
 * guessed at a sign-in against the account directory behind it, or read in
 * clear on their way there (steal_credentials, not the directory's records
 * read); an agent tool whose name says whom it acts for is still the tool
 * the hijacked model calls; a mailbox a draft tool reads and saves into,
 * which sends on to outsiders, is where data leaves through the tool; code
 * in a model pulled from a hub reads the tokens runs logged; reviews that
 * become training labels tamper with the model served. Each in diagrams
 * worded unlike the blind sets (DOT and draw.io), with a quiet case where
 * the drawing rules the path out. */
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

/* TMC-PATH-035: members reach the sign-in (Okta) that checks passwords
 * against the LDAP directory: password spraying there, a stolen account.
 * Quiet: the directory is written only by a nightly sync, no sign-in in
 * front of it: reaching it is a plain path, no guessing. */
static void test_spraying_at_sign_in(void **state) {
  (void)state;
  static const char *dot =
      "digraph g {\n"
      "  members [shape=box, label=\"Club members\"];\n"
      "  subgraph cluster_web { label=\"Web tier\"; trust=1;\n"
      "    site [label=\"Members area (Django)\"];\n"
      "    okta [label=\"Okta sign-in\"]; }\n"
      "  subgraph cluster_core { label=\"Head office servers\"; trust=2;\n"
      "    ldap [shape=cylinder, label=\"OpenLDAP accounts (members, coaches)\"];\n"
      "    crm [shape=cylinder, label=\"Membership database\"];\n"
      "    hrsync [label=\"Nightly HR sync\"]; }\n"
      "  members -> site [label=\"bookings\"];\n"
      "  members -> okta [label=\"username + password\"];\n"
      "  site -> okta [label=\"OIDC\"];\n"
      "  okta -> ldap [label=\"bind\"];\n"
      "  site -> crm [label=\"read / write\"];\n"
      "}\n";
  tmc_ir *ir = analysed_as("t.dot", dot);
  assert_true(
      hop_names(ir, "members", "ldap", "steal_credentials", "ldap", "CAPEC-565", NULL));
  assert_true(path_of(ir, "members", "ldap", "TMC-PATH-035"));
  tmc_ir_free(ir);

  static const char *quiet =
      "digraph g {\n"
      "  members [shape=box, label=\"Club members\"];\n"
      "  subgraph cluster_web { label=\"Web tier\"; trust=1;\n"
      "    site [label=\"Members area (Django)\"]; }\n"
      "  subgraph cluster_core { label=\"Head office servers\"; trust=2;\n"
      "    ldap [shape=cylinder, label=\"OpenLDAP accounts (members, coaches)\"];\n"
      "    crm [shape=cylinder, label=\"Membership database\"];\n"
      "    hrsync [label=\"Nightly HR sync\"]; }\n"
      "  members -> site [label=\"bookings\"];\n"
      "  site -> crm [label=\"read / write\"];\n"
      "  crm -> hrsync [label=\"new coaches\"];\n"
      "  hrsync -> ldap [label=\"create accounts\"];\n"
      "}\n";
  ir = analysed_as("t.dot", quiet);
  assert_false(any_hop_names(ir, NULL, "steal_credentials", "CAPEC-565"));
  assert_false(path_of(ir, "members", "ldap", "TMC-PATH-035"));
  tmc_ir_free(ir);

  /* draw.io, in German: customers at a Keycloak login, a user directory */
  static const char *xml =
      "<mxGraphModel><root><mxCell id=\"0\"/><mxCell id=\"1\" parent=\"0\"/>\n"
      "<mxCell id=\"z\" value=\"Rechenzentrum (Stadtwerke)\" "
      "style=\"rounded=0;dashed=1;fillColor=none;verticalAlign=top;container=1;\" "
      "vertex=\"1\" parent=\"1\"><mxGeometry x=\"200\" y=\"0\" width=\"500\" "
      "height=\"300\" as=\"geometry\"/></mxCell>\n"
      "<mxCell id=\"kunden\" value=\"Kundinnen und Kunden\" "
      "style=\"shape=umlActor;html=1;\" vertex=\"1\" parent=\"1\"><mxGeometry x=\"0\" "
      "y=\"100\" width=\"30\" height=\"60\" as=\"geometry\"/></mxCell>\n"
      "<mxCell id=\"kc\" value=\"Anmeldung (Keycloak)\" "
      "style=\"rounded=1;whiteSpace=wrap;html=1;\" vertex=\"1\" parent=\"z\"><mxGeometry "
      "x=\"40\" y=\"60\" width=\"120\" height=\"60\" as=\"geometry\"/></mxCell>\n"
      "<mxCell id=\"dir\" value=\"Benutzerverzeichnis (LDAP)\" "
      "style=\"shape=cylinder3;whiteSpace=wrap;html=1;\" vertex=\"1\" "
      "parent=\"z\"><mxGeometry x=\"300\" y=\"60\" width=\"100\" height=\"80\" "
      "as=\"geometry\"/></mxCell>\n"
      "<mxCell id=\"e1\" value=\"Benutzername, Passwort\" style=\"edgeStyle=none;\" "
      "edge=\"1\" parent=\"1\" source=\"kunden\" target=\"kc\"><mxGeometry "
      "relative=\"1\" as=\"geometry\"/></mxCell>\n"
      "<mxCell id=\"e2\" value=\"\" style=\"edgeStyle=none;\" edge=\"1\" parent=\"1\" "
      "source=\"kc\" target=\"dir\"><mxGeometry relative=\"1\" "
      "as=\"geometry\"/></mxCell>\n"
      "</root></mxGraphModel>\n";
  ir = analysed_as("t.drawio", xml);
  assert_true(
      hop_names(ir, "kunden", "dir", "steal_credentials", "dir", "CAPEC-565", NULL));
  tmc_ir_free(ir);
}

/* TMC-PATH-036: a server binds to Active Directory over LDAP on 389 with
 * the passwords pickers type: read in clear on the way. Quiet: LDAPS. */
static void test_directory_bind_in_clear(void **state) {
  (void)state;
  static const char *dot =
      "digraph g {\n"
      "  staff [shape=box, label=\"Warehouse pickers\"];\n"
      "  subgraph cluster_floor { label=\"Warehouse floor VLAN\"; trust=1;\n"
      "    scanners [label=\"Handheld scanners\"];\n"
      "    wms [label=\"WMS application server\"]; }\n"
      "  subgraph cluster_dc { label=\"Server room\"; trust=2;\n"
      "    ad [shape=cylinder, label=\"Active Directory (corp.local)\"];\n"
      "    db [shape=cylinder, label=\"Stock database\"]; }\n"
      "  staff -> scanners [label=\"badge, picks\"];\n"
      "  scanners -> wms [label=\"picks, user + password\"];\n"
      "  wms -> ad [label=\"LDAP simple bind :389\"];\n"
      "  wms -> db [label=\"SQL\"];\n"
      "}\n";
  tmc_ir *ir = analysed_as("t.dot", dot);
  assert_true(hop_names(ir, "staff", "ad", "steal_credentials", "ad", "CAPEC-158", NULL));
  tmc_ir_free(ir);

  static const char *quiet =
      "digraph g {\n"
      "  staff [shape=box, label=\"Warehouse pickers\"];\n"
      "  subgraph cluster_floor { label=\"Warehouse floor VLAN\"; trust=1;\n"
      "    scanners [label=\"Handheld scanners\"];\n"
      "    wms [label=\"WMS application server\"]; }\n"
      "  subgraph cluster_dc { label=\"Server room\"; trust=2;\n"
      "    ad [shape=cylinder, label=\"Active Directory (corp.local)\"];\n"
      "    db [shape=cylinder, label=\"Stock database\"]; }\n"
      "  staff -> scanners [label=\"badge, picks\"];\n"
      "  scanners -> wms [label=\"picks, user + password\"];\n"
      "  wms -> ad [label=\"LDAPS :636\"];\n"
      "  wms -> db [label=\"SQL\"];\n"
      "}\n";
  ir = analysed_as("t.dot", quiet);
  assert_false(any_hop_names(ir, NULL, NULL, "CAPEC-158"));
  assert_false(path_of(ir, "staff", "ad", "TMC-PATH-036"));
  tmc_ir_free(ir);

  /* draw.io: library patrons at a self-checkout kiosk that binds to the
   * patron directory in plain LDAP; quiet over LDAPS */
  static const char *xml =
      "<mxGraphModel><root><mxCell id=\"0\"/><mxCell id=\"1\" parent=\"0\"/>\n"
      "<mxCell id=\"z\" value=\"Library branch network\" "
      "style=\"rounded=0;dashed=1;fillColor=none;verticalAlign=top;container=1;\" "
      "vertex=\"1\" parent=\"1\"><mxGeometry x=\"200\" y=\"0\" width=\"700\" "
      "height=\"300\" as=\"geometry\"/></mxCell>\n"
      "<mxCell id=\"patrons\" value=\"Library patrons\" style=\"shape=umlActor;html=1;\" "
      "vertex=\"1\" parent=\"1\"><mxGeometry x=\"0\" y=\"100\" width=\"30\" "
      "height=\"60\" as=\"geometry\"/></mxCell>\n"
      "<mxCell id=\"kiosk\" value=\"Self-checkout kiosk app\" "
      "style=\"rounded=1;whiteSpace=wrap;html=1;\" vertex=\"1\" parent=\"z\"><mxGeometry "
      "x=\"40\" y=\"60\" width=\"140\" height=\"60\" as=\"geometry\"/></mxCell>\n"
      "<mxCell id=\"dir\" value=\"Patron directory (LDAP)\" "
      "style=\"shape=cylinder3;whiteSpace=wrap;html=1;\" vertex=\"1\" "
      "parent=\"z\"><mxGeometry x=\"400\" y=\"60\" width=\"120\" height=\"80\" "
      "as=\"geometry\"/></mxCell>\n"
      "<mxCell id=\"e1\" value=\"card number + PIN\" style=\"edgeStyle=none;\" "
      "edge=\"1\" parent=\"1\" source=\"patrons\" target=\"kiosk\"><mxGeometry "
      "relative=\"1\" as=\"geometry\"/></mxCell>\n"
      "<mxCell id=\"e2\" value=\"plain LDAP bind (port 389)\" style=\"edgeStyle=none;\" "
      "edge=\"1\" parent=\"1\" source=\"kiosk\" target=\"dir\"><mxGeometry "
      "relative=\"1\" as=\"geometry\"/></mxCell>\n"
      "</root></mxGraphModel>\n";
  ir = analysed_as("t.drawio", xml);
  assert_true(
      hop_names(ir, "patrons", "dir", "steal_credentials", "dir", "CAPEC-158", NULL));
  tmc_ir_free(ir);
  char *ldaps = strdup(xml);
  char *at = strstr(ldaps, "plain LDAP bind (port 389)");
  assert_non_null(at);
  memcpy(at, "LDAPS bind (port 636)     ", 26);
  ir = analysed_as("t.drawio", ldaps);
  assert_false(any_hop_names(ir, NULL, NULL, "CAPEC-158"));
  tmc_ir_free(ir);
  free(ldaps);
}

/* TMC-PATH-005: a tool the model calls whose name says whom it acts for
 * ("on behalf of the buyer", "for the requesting user") is the tool, not
 * a person told something: suppliers' mail steers the model into it.
 * TMC-PATH-032: the mailbox that tool reads and saves drafts into, which
 * sends them on to outsiders, is where the data leaves. Quiet: no LLM (a
 * rules engine) acts through no agent; a mailbox that sends nothing out
 * is no way out through the tool. */
static void test_tool_named_for_person(void **state) {
  (void)state;
  static const char *dot =
      "digraph g {\n"
      "  vendors [shape=box, label=\"Suppliers (inbound e-mail)\"];\n"
      "  subgraph cluster_app { label=\"Procurement cloud\"; trust=2;\n"
      "    inbox [label=\"Inbox poller\"];\n"
      "    agent [label=\"Procurement agent (LangGraph)\"];\n"
      "    llm [label=\"Claude 3.5 Sonnet\", type=llm];\n"
      "    reply [label=\"send_reply (Gmail API, on behalf of the buyer)\", "
      "type=agent_tool];\n"
      "    mail [shape=cylinder, label=\"Buyer mailbox\"]; }\n"
      "  partners [shape=box, label=\"Supplier contacts\"];\n"
      "  vendors -> inbox [label=\"quotes, invoices\"];\n"
      "  inbox -> agent [label=\"message text\"];\n"
      "  agent -> llm [dir=both, label=\"prompt / tool calls\"];\n"
      "  agent -> reply [label=\"to, subject, body\"];\n"
      "  reply -> mail [dir=both, label=\"read thread / save draft\"];\n"
      "  mail -> partners [label=\"sent mail\"];\n"
      "}\n";
  tmc_ir *ir = analysed_as("t.dot", dot);
  assert_true(
      hop_names(ir, "vendors", "reply", "act_through_agent", "reply", "AML.T0053", NULL));
  assert_true(path_of(ir, "vendors", "mail", "TMC-PATH-032"));
  assert_true(
      hop_names(ir, "vendors", "mail", "exfiltrate", "mail", "AML.T0085.001", NULL));
  tmc_ir_free(ir);

  static const char *quiet =
      "digraph g {\n"
      "  vendors [shape=box, label=\"Suppliers (inbound e-mail)\"];\n"
      "  subgraph cluster_app { label=\"Procurement cloud\"; trust=2;\n"
      "    inbox [label=\"Inbox poller\"];\n"
      "    agent [label=\"Procurement agent (LangGraph)\"];\n"
      "    llm [label=\"Routing rules engine\"];\n"
      "    reply [label=\"send_reply (Gmail API, on behalf of the buyer)\", "
      "type=agent_tool];\n"
      "    mail [shape=cylinder, label=\"Buyer mailbox\"]; }\n"
      "  partners [shape=box, label=\"Supplier contacts\"];\n"
      "  vendors -> inbox [label=\"quotes, invoices\"];\n"
      "  inbox -> agent [label=\"message text\"];\n"
      "  agent -> llm [dir=both, label=\"prompt / tool calls\"];\n"
      "  agent -> reply [label=\"to, subject, body\"];\n"
      "  reply -> mail [dir=both, label=\"read thread / save draft\"];\n"
      "  mail -> partners [label=\"sent mail\"];\n"
      "}\n";
  ir = analysed_as("t.dot", quiet);
  assert_false(path_of(ir, "vendors", "reply", "TMC-PATH-005"));
  tmc_ir_free(ir);

  static const char *kept =
      "digraph g {\n"
      "  vendors [shape=box, label=\"Suppliers (inbound e-mail)\"];\n"
      "  subgraph cluster_app { label=\"Procurement cloud\"; trust=2;\n"
      "    inbox [label=\"Inbox poller\"];\n"
      "    agent [label=\"Procurement agent (LangGraph)\"];\n"
      "    llm [label=\"Claude 3.5 Sonnet\", type=llm];\n"
      "    reply [label=\"send_reply (Gmail API, on behalf of the buyer)\", "
      "type=agent_tool];\n"
      "    mail [shape=cylinder, label=\"Buyer mailbox\"]; }\n"
      "  partners [shape=box, label=\"Supplier contacts\"];\n"
      "  vendors -> inbox [label=\"quotes, invoices\"];\n"
      "  inbox -> agent [label=\"message text\"];\n"
      "  agent -> llm [dir=both, label=\"prompt / tool calls\"];\n"
      "  agent -> reply [label=\"to, subject, body\"];\n"
      "  reply -> mail [dir=both, label=\"read thread / save draft\"];\n"
      "\n"
      "}\n";
  ir = analysed_as("t.dot", kept);
  assert_false(path_of(ir, "vendors", "mail", "TMC-PATH-032"));
  tmc_ir_free(ir);

  /* draw.io: chat visitors, an orchestrator asking GPT-4o, a password
   * reset tool "for the requesting user" */
  static const char *xml =
      "<mxGraphModel><root><mxCell id=\"0\"/><mxCell id=\"1\" parent=\"0\"/>\n"
      "<mxCell id=\"z\" value=\"Helpdesk cloud (Azure)\" "
      "style=\"rounded=0;dashed=1;fillColor=none;verticalAlign=top;container=1;\" "
      "vertex=\"1\" parent=\"1\"><mxGeometry x=\"200\" y=\"0\" width=\"700\" "
      "height=\"300\" as=\"geometry\"/></mxCell>\n"
      "<mxCell id=\"cust\" value=\"Chat visitors\" style=\"shape=umlActor;html=1;\" "
      "vertex=\"1\" parent=\"1\"><mxGeometry x=\"0\" y=\"100\" width=\"30\" "
      "height=\"60\" as=\"geometry\"/></mxCell>\n"
      "<mxCell id=\"bot\" value=\"Helpdesk assistant orchestrator\" "
      "style=\"rounded=1;whiteSpace=wrap;html=1;\" vertex=\"1\" parent=\"z\"><mxGeometry "
      "x=\"40\" y=\"60\" width=\"120\" height=\"60\" as=\"geometry\"/></mxCell>\n"
      "<mxCell id=\"gpt\" value=\"GPT-4o (Azure OpenAI)\" "
      "style=\"rounded=1;whiteSpace=wrap;html=1;\" vertex=\"1\" parent=\"z\"><mxGeometry "
      "x=\"40\" y=\"200\" width=\"120\" height=\"60\" as=\"geometry\"/></mxCell>\n"
      "<mxCell id=\"tool\" value=\"reset_password (Entra ID, for the requesting user)\" "
      "style=\"rounded=1;whiteSpace=wrap;html=1;\" vertex=\"1\" parent=\"z\"><mxGeometry "
      "x=\"300\" y=\"60\" width=\"160\" height=\"60\" as=\"geometry\"/></mxCell>\n"
      "<mxCell id=\"e1\" value=\"chat messages\" style=\"edgeStyle=none;\" edge=\"1\" "
      "parent=\"1\" source=\"cust\" target=\"bot\"><mxGeometry relative=\"1\" "
      "as=\"geometry\"/></mxCell>\n"
      "<mxCell id=\"e2\" value=\"prompt / tool calls\" "
      "style=\"edgeStyle=none;startArrow=classic;\" edge=\"1\" parent=\"1\" "
      "source=\"bot\" target=\"gpt\"><mxGeometry relative=\"1\" "
      "as=\"geometry\"/></mxCell>\n"
      "<mxCell id=\"e3\" value=\"tool call\" style=\"edgeStyle=none;\" edge=\"1\" "
      "parent=\"1\" source=\"bot\" target=\"tool\"><mxGeometry relative=\"1\" "
      "as=\"geometry\"/></mxCell>\n"
      "</root></mxGraphModel>\n";
  ir = analysed_as("t.drawio", xml);
  assert_true(path_of(ir, "cust", "tool", "TMC-PATH-005"));
  assert_true(
      hop_names(ir, "cust", "tool", "act_through_agent", "tool", "AML.T0053", NULL));
  tmc_ir_free(ir);
}

/* TMC-PATH-037: a checkpoint from a hub runs its code in the fine-tuning
 * job, which logs its runs to an experiment tracker: the code reads the
 * tokens logged there (AML.T0010.003 -> AML.T0011.000 -> AML.T0055). Quiet:
 * the same job without the hub (the researchers' own base model) and the
 * tracker is no training data poisoned by the hub either. */
static void test_pulled_model_reads_logged_tokens(void **state) {
  (void)state;
  static const char *dot =
      "digraph g {\n"
      "  hub [shape=box, label=\"Hugging Face Hub (community checkpoints)\"];\n"
      "  scientists [shape=box, label=\"ML researchers\"];\n"
      "  subgraph cluster_gpu { label=\"GPU cluster (Slurm)\"; trust=2;\n"
      "    ft [label=\"LoRA fine-tuning job (transformers, trust_remote_code)\", "
      "type=pipeline];\n"
      "    track [shape=cylinder, label=\"Weights & Biases runs (configs, metrics, "
      "logs)\"];\n"
      "    ckpt [shape=cylinder, label=\"Checkpoint bucket (safetensors)\"];\n"
      "    serve [label=\"Summariser model (vLLM)\", type=llm]; }\n"
      "  hub -> ft [label=\"base model + modelling code\"];\n"
      "  scientists -> ft [label=\"job config\"];\n"
      "  ft -> track [label=\"metrics, config, env\"];\n"
      "  ft -> ckpt [label=\"adapter weights\"];\n"
      "  ckpt -> serve [label=\"load at start\"];\n"
      "}\n";
  tmc_ir *ir = analysed_as("t.dot", dot);
  assert_true(path_of(ir, "hub", "track", "TMC-PATH-037"));
  assert_true(
      hop_names(ir, "hub", "track", "steal_credentials", "ft", "AML.T0011.000", NULL));
  assert_true(
      hop_names(ir, "hub", "track", "steal_credentials", "track", "AML.T0055", NULL));
  tmc_ir_free(ir);

  /* MLflow's tracking server by name, a store with no log word: the
   * tracker's name says it; still no training data of the hub's */
  char *mlflow = strdup(dot);
  char *at = strstr(mlflow, "Weights & Biases runs (configs, metrics, logs)");
  assert_non_null(at);
  memcpy(at, "MLflow tracking server (runs, params)         ", 46);
  ir = analysed_as("t.dot", mlflow);
  assert_true(path_of(ir, "hub", "track", "TMC-PATH-037"));
  assert_false(path_of(ir, "hub", "track", "TMC-PATH-007"));
  tmc_ir_free(ir);
  free(mlflow);

  /* quiet: the base model is the researchers' own, no hub: no path reads
   * the tracker as a pulled model's code */
  static const char *quiet =
      "digraph g {\n"
      "  scientists [shape=box, label=\"ML researchers\"];\n"
      "  subgraph cluster_gpu { label=\"GPU cluster (Slurm)\"; trust=2;\n"
      "    base [shape=cylinder, label=\"In-house base checkpoints\"];\n"
      "    ft [label=\"LoRA fine-tuning job\", type=pipeline];\n"
      "    track [shape=cylinder, label=\"Weights & Biases runs (configs, metrics, "
      "logs)\"]; }\n"
      "  scientists -> ft [label=\"job config\"];\n"
      "  base -> ft [label=\"weights\"];\n"
      "  ft -> track [label=\"metrics, config, env\"];\n"
      "}\n";
  ir = analysed_as("t.dot", quiet);
  for (uint32_t i = 0; i < ir->n_findings; i++)
    assert_string_not_equal(ir->findings[i].rule_id, "TMC-PATH-037");
  tmc_ir_free(ir);

  /* draw.io: a model zoo's code loaded by torch.hub in an evaluation
   * runner that logs to Comet (a tracker by its name, no log word) */
  static const char *xml =
      "<mxGraphModel><root><mxCell id=\"0\"/><mxCell id=\"1\" parent=\"0\"/>\n"
      "<mxCell id=\"z\" value=\"Research GPU nodes (on premises)\" "
      "style=\"rounded=0;dashed=1;fillColor=none;verticalAlign=top;container=1;\" "
      "vertex=\"1\" parent=\"1\"><mxGeometry x=\"200\" y=\"0\" width=\"700\" "
      "height=\"300\" as=\"geometry\"/></mxCell>\n"
      "<mxCell id=\"zoo\" value=\"TensorFlow Hub / PyTorch Hub pretrained models\" "
      "style=\"ellipse;shape=cloud;whiteSpace=wrap;html=1;\" vertex=\"1\" "
      "parent=\"1\"><mxGeometry x=\"0\" y=\"100\" width=\"140\" height=\"80\" "
      "as=\"geometry\"/></mxCell>\n"
      "<mxCell id=\"job\" value=\"Evaluation and fine-tune runner (torch.hub.load)\" "
      "style=\"rounded=1;whiteSpace=wrap;html=1;\" vertex=\"1\" parent=\"z\"><mxGeometry "
      "x=\"40\" y=\"60\" width=\"160\" height=\"60\" as=\"geometry\"/></mxCell>\n"
      "<mxCell id=\"runs\" value=\"Experiment tracking (Comet ML runs)\" "
      "style=\"shape=cylinder3;whiteSpace=wrap;html=1;\" vertex=\"1\" "
      "parent=\"z\"><mxGeometry x=\"400\" y=\"60\" width=\"120\" height=\"80\" "
      "as=\"geometry\"/></mxCell>\n"
      "<mxCell id=\"e1\" value=\"model code + weights\" style=\"edgeStyle=none;\" "
      "edge=\"1\" parent=\"1\" source=\"zoo\" target=\"job\"><mxGeometry relative=\"1\" "
      "as=\"geometry\"/></mxCell>\n"
      "<mxCell id=\"e2\" value=\"hyperparameters, env, metrics\" "
      "style=\"edgeStyle=none;\" edge=\"1\" parent=\"1\" source=\"job\" "
      "target=\"runs\"><mxGeometry relative=\"1\" as=\"geometry\"/></mxCell>\n"
      "</root></mxGraphModel>\n";
  ir = analysed_as("t.drawio", xml);
  assert_true(path_of(ir, "zoo", "runs", "TMC-PATH-037"));
  assert_true(
      hop_names(ir, "zoo", "runs", "steal_credentials", "runs", "AML.T0055", NULL));
  tmc_ir_free(ir);
}

/* Riders' comments, accepted or relabelled by moderators, are the labels
 * the monthly retraining learns: tamper with the served classifier
 * (AML.T0020 at the store, AML.T0031 at the model). Quiet: the classifier
 * is trained from a vendor's corpus only; the comments are never read. */
static void test_reviews_become_labels(void **state) {
  (void)state;
  static const char *dot =
      "digraph g {\n"
      "  riders [shape=box, label=\"App riders\"];\n"
      "  subgraph cluster_prod { label=\"Production (GKE)\"; trust=2;\n"
      "    api [label=\"Ratings API\"];\n"
      "    tips [shape=cylinder, label=\"Ride ratings + free-text comments "
      "(BigQuery)\"];\n"
      "    mods [label=\"Moderation console\"];\n"
      "    train [label=\"Monthly sentiment retraining\", type=pipeline];\n"
      "    reg [shape=cylinder, label=\"Vertex model registry\", type=model_registry];\n"
      "    clf [label=\"Comment sentiment classifier\", type=model]; }\n"
      "  support [shape=box, label=\"Support moderators\"];\n"
      "  riders -> api [label=\"stars, comment\"];\n"
      "  api -> tips [label=\"insert\"];\n"
      "  support -> mods [label=\"accept / relabel\"];\n"
      "  mods -> tips [label=\"labels\"];\n"
      "  tips -> train [label=\"labelled comments\"];\n"
      "  train -> reg [label=\"new version\"];\n"
      "  reg -> clf [label=\"deploy\"];\n"
      "  api -> clf [dir=both, label=\"comment / sentiment\"];\n"
      "}\n";
  tmc_ir *ir = analysed_as("t.dot", dot);
  assert_true(hop_names(ir, "riders", "clf", "tamper_model", "tips", "AML.T0020", NULL));
  assert_true(hop_names(ir, "riders", "clf", "tamper_model", "clf", "AML.T0031", NULL));
  tmc_ir_free(ir);

  char *quiet = strdup(dot);
  char *at = strstr(quiet, "  tips -> train [label=\"labelled comments\"];");
  assert_non_null(at);
  memset(at, ' ', strlen("  tips -> train [label=\"labelled comments\"];"));
  ir = analysed_as("t.dot", quiet);
  assert_false(hop_names(ir, "riders", "clf", "tamper_model", "tips", "AML.T0020", NULL));
  tmc_ir_free(ir);
  free(quiet);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_spraying_at_sign_in),
      cmocka_unit_test(test_directory_bind_in_clear),
      cmocka_unit_test(test_tool_named_for_person),
      cmocka_unit_test(test_pulled_model_reads_logged_tokens),
      cmocka_unit_test(test_reviews_become_labels),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
