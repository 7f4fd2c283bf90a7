/* test_precision19.c - absurd ids of causes19 D (precision19): each family
 * a small system lacking the capability, worded unlike the tuning set that
 * showed it, asserting the family's ids do not appear; and the same system
 * with the capability, keeping them. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "engine_helpers.h"

static bool cites_any(const tmc_ir *ir, const char *const *ids) {
  for (size_t i = 0; ids[i]; i++)
    if (any_cites(ir, NULL, ids[i]))
      return true;
  return false;
}

static const char *const training_ids[] = {"AML.T0020", "ML02", NULL};

/* D2: a CI pipeline drawn as a pipeline (GitLab CI, Jenkins) that runs a
 * step prompting a vendor's LLM with an outsider's merge request trains
 * nothing: no training-data poisoning chain through it. A training
 * pipeline that refits the model on what outsiders send keeps it. */
static void test_ci_pipeline_trains_nothing(void **state) {
  (void)state;
  static const char *const cis[] = {"GitLab CI pipeline (.gitlab-ci.yml)",
                                    "Jenkins multibranch pipeline", NULL};
  for (size_t i = 0; cis[i]; i++) {
    for (int trains = 0; trains < 2; trains++) {
      char dot[2048];
      snprintf(dot, sizeof dot,
               "digraph g {\n"
               "  c [type=external, label=\"Outside contributor (fork)\"];\n"
               "  subgraph cluster_f { label=\"Forge\";\n"
               "    mr [label=\"Merge requests, webhooks\"];\n"
               "    repo [type=data_store, label=\"monorepo.git\"];\n"
               "  }\n"
               "  subgraph cluster_r { label=\"Build runners\";\n"
               "    ci [type=pipeline, label=\"%s\"];\n"
               "    step [label=\"ai-review job (Python)\"];\n"
               "    %s\n"
               "  }\n"
               "  llm [type=llm, label=\"GPT-4.1 (OpenAI API)\"];\n"
               "  c -> mr [label=\"open merge request\"];\n"
               "  mr -> repo [label=\"MR branch\"]; mr -> ci [label=\"trigger\"];\n"
               "  ci -> step [label=\"run job\"]; repo -> step [label=\"diff\"];\n"
               "  step -> llm [label=\"diff + instructions\"];\n"
               "  llm -> step [label=\"review\"]; step -> mr [label=\"review notes\"];\n"
               "  %s\n"
               "}\n",
               cis[i],
               trains ? "ds [type=dataset, label=\"Review feedback set\"];"
                        " ft [type=pipeline, label=\"Weekly fine-tuning job\"];"
                        " own [type=llm, label=\"Own review model (Llama 3 8B)\"];"
                      : "",
               trains ? "mr -> ds [label=\"accepted suggestions\"]; ds -> ft;"
                        " ft -> own [label=\"LoRA adapter\"]; step -> own;"
                        " own -> step;"
                      : "");
      tmc_ir *ir = analyse_with(dot, cat, NULL);
      if (trains)
        assert_true(any_cites(ir, NULL, "AML.T0020"));
      else
        assert_false(cites_any(ir, training_ids));
      tmc_ir_free(ir);
    }
  }
}

/* D2: a job that refreshes a search index (drawn as a pipeline, an Airflow
 * DAG) sends chunks to an embedding model and writes the vectors into the
 * index: it embeds, it does not train, even when the embedding call is
 * drawn one way. The same job writing a classifier it fits on labelled
 * tickets trains. */
static void test_reindex_is_no_training(void **state) {
  (void)state;
  static const char *const jobs[][2] = {
      {"Airflow DAG: hourly search index refresh", "embed chunks"},
      {"Nightly re-embedding pipeline", "passages to encode"},
      {NULL, NULL}};
  for (size_t i = 0; jobs[i][0]; i++) {
    char dot[2048];
    snprintf(dot, sizeof dot,
             "digraph g {\n"
             "  w [type=external, label=\"Wiki editors (any employee)\"];\n"
             "  subgraph cluster_a { label=\"Search platform\";\n"
             "    wiki [type=data_store, label=\"Confluence pages\"];\n"
             "    job [type=pipeline, label=\"%s\"];\n"
             "    emb [type=model, label=\"bge-small embedding model\"];\n"
             "    vs [type=vector_store, label=\"OpenSearch k-NN index\"];\n"
             "    bot [label=\"Ask-the-wiki bot\"];\n"
             "  }\n"
             "  llm [type=llm, label=\"Claude 3.5 (Bedrock)\"];\n"
             "  w -> wiki [label=\"edit page\"]; wiki -> job [label=\"changed pages\"];\n"
             "  job -> emb [label=\"%s\"]; job -> vs [label=\"upsert vectors\"];\n"
             "  w -> bot [label=\"question\"];\n"
             "  bot -> vs [label=\"k-NN query\"]; vs -> bot [label=\"passages\"];\n"
             "  bot -> llm [label=\"prompt\"]; llm -> bot [label=\"answer\"];\n"
             "}\n",
             jobs[i][0], jobs[i][1]);
    tmc_ir *ir = analyse_with(dot, cat, NULL);
    assert_false(TMC_ROLESET_HAS(ir->elements[elem(ir, "job")].roles, TMC_ROLE_TRAINER));
    assert_false(cites_any(ir, training_ids));
    tmc_ir_free(ir);
  }
  static const char fit[] =
      "digraph g {\n"
      "  w [type=external, label=\"Customers\"];\n"
      "  subgraph cluster_a { label=\"Support platform\";\n"
      "    t [type=dataset, label=\"Labelled tickets\"];\n"
      "    job [type=pipeline, label=\"Nightly routing-model refit\"];\n"
      "    m [type=model, label=\"Ticket router (fastText)\"];\n"
      "    vs [type=vector_store, label=\"Similar-ticket index\"];\n"
      "  }\n"
      "  w -> t [label=\"ticket\"]; t -> job; job -> m [label=\"weights\"];\n"
      "  job -> vs [label=\"ticket vectors\"]; w -> m [label=\"new ticket\"];\n"
      "}\n";
  tmc_ir *ir = analyse_with(fit, cat, NULL);
  assert_true(TMC_ROLESET_HAS(ir->elements[elem(ir, "job")].roles, TMC_ROLE_TRAINER));
  tmc_ir_free(ir);
}

/* D4: an outside party that only relays the system's own release (a CDN
 * the release job pushes the model file to, an OTA service, an MDM
 * distributing our app package) hands back our model, not a vendor's: no
 * model supply chain (AML.T0010.003). A vendor's portal sending its own
 * quarterly model update keeps it. */
static void test_own_release_relays(void **state) {
  (void)state;
  static const char *const relays[][3] = {
      {"Fastly CDN", "model.tflite", "update"},
      {"Mender OTA service", "signed artifact with model", "OTA update"},
      {"Microsoft Intune (MDM)", "app package (.apk)", "managed app update"},
      {NULL, NULL, NULL}};
  for (size_t i = 0; i <= 3; i++) {
    char rel[512], dot[2048];
    if (relays[i][0])
      snprintf(rel, sizeof rel,
               "cdn [type=external, label=\"%s\"];"
               " reg -> rel [label=\"approved model\"];"
               " rel -> cdn [label=\"%s\"]; cdn -> app [label=\"%s\"];",
               relays[i][0], relays[i][1], relays[i][2]);
    else
      snprintf(rel, sizeof rel,
               "v [type=external, label=\"Vision vendor support portal\"];"
               " v -> app [label=\"quarterly model update (zip)\"];");
    snprintf(dot, sizeof dot,
             "digraph g {\n"
             "  subgraph cluster_c { label=\"Our cloud\";\n"
             "    reg [type=model_registry, label=\"MLflow model registry\"];\n"
             "    rel [label=\"Release job (GitHub Actions)\"];\n"
             "    t [type=pipeline, label=\"Training job\"];\n"
             "    ds [type=dataset, label=\"Labelled photos\"];\n"
             "  }\n"
             "  subgraph cluster_d { label=\"Handheld (on device)\";\n"
             "    app [label=\"Inspection app\"];\n"
             "    m [type=model, label=\"Defect detector\"];\n"
             "  }\n"
             "  u [type=external, label=\"Inspectors\"];\n"
             "  ds -> t; t -> reg [label=\"model\"];\n"
             "  %s\n"
             "  u -> app [label=\"photo\"]; app -> m [label=\"photo\"];\n"
             "  m -> app [label=\"defects\"];\n"
             "}\n",
             rel);
    tmc_ir *ir = analyse_with(dot, cat, NULL);
    if (relays[i][0])
      assert_false(any_cites(ir, NULL, "AML.T0010.003"));
    else
      assert_true(any_cites(ir, NULL, "AML.T0010.003"));
    tmc_ir_free(ir);
  }
}

/* D5: a trainer on the users' own devices (on-device personalisation,
 * federated rounds) that reads the examples their app caches there runs
 * on their hardware: no server compute or bill to run up (AML.T0034). The
 * same cache and trainer drawn in the vendor's cloud keep it. */
static void test_on_device_training_costs_nobody(void **state) {
  (void)state;
  static const char *const zones[] = {"Customer's laptop (desktop app)",
                                      "In the car (head unit)", NULL};
  for (size_t i = 0; zones[i]; i++) {
    for (int cloud = 0; cloud < 2; cloud++) {
      static const char train[] =
          "c [type=data_store, label=\"Local utterance cache\"];"
          " t [type=pipeline, label=\"Personalisation trainer\"];";
      char dot[2048];
      snprintf(dot, sizeof dot,
               "digraph g {\n"
               "  u [type=external, label=\"Drivers\"];\n"
               "  subgraph cluster_d { label=\"%s\";\n"
               "    app [label=\"Voice assistant app\"];\n"
               "    m [type=model, label=\"Wake-word model\"];\n"
               "    %s\n"
               "  }\n"
               "  subgraph cluster_s { label=\"Vendor cloud\";\n"
               "    agg [type=pipeline, label=\"Federated averaging server\"];\n"
               "    %s\n"
               "  }\n"
               "  u -> app [label=\"speech\"]; app -> m; m -> app;\n"
               "  app -> c [label=\"utterances\"]; c -> t [label=\"examples\"];\n"
               "  t -> m [label=\"personalised weights\"];\n"
               "  t -> agg [label=\"update\"]; agg -> t [label=\"global model\"];\n"
               "}\n",
               zones[i], cloud ? "" : train, cloud ? train : "");
      tmc_ir *ir = analyse_with(dot, cat, NULL);
      if (cloud)
        assert_true(any_cites(ir, "app", "AML.T0034"));
      else
        assert_false(any_cites(ir, NULL, "AML.T0034"));
      tmc_ir_free(ir);
    }
  }
}

/* D3: an index rebuilt by a job that a CI workflow or a scheduler starts
 * is no memory, though the bot's own comments reached the workflow through
 * the tracker's events: the trigger carries no conversation. A memory
 * writer the bot hands each turn's transcript to keeps AML.T0080.000. */
static void test_reindex_trigger_is_no_memory(void **state) {
  (void)state;
  for (int memory = 0; memory < 2; memory++) {
    char dot[2048];
    snprintf(dot, sizeof dot,
             "digraph g {\n"
             "  u [type=external, label=\"Customers\"];\n"
             "  subgraph cluster_s { label=\"Support platform\";\n"
             "    tr [label=\"Issue tracker (GitHub Issues)\"];\n"
             "    ci [label=\"GitHub Actions workflow\"];\n"
             "    job [label=\"Docs re-embed job\"];\n"
             "    docs [type=data_store, label=\"Product handbook (Markdown)\"];\n"
             "    emb [type=model, label=\"e5-large embedding model\"];\n"
             "    vs [type=vector_store, label=\"Handbook index (Qdrant)\"];\n"
             "    bot [label=\"Triage bot (answers issues)\"];\n"
             "  }\n"
             "  llm [type=llm, label=\"Mistral Large (La Plateforme)\"];\n"
             "  u -> tr [label=\"new issue\"]; tr -> bot [label=\"issue webhook\"];\n"
             "  bot -> vs [label=\"search\"]; vs -> bot [label=\"passages\"];\n"
             "  bot -> llm [label=\"prompt\"]; llm -> bot [label=\"answer\"];\n"
             "  bot -> tr [label=\"comment\"];\n"
             "  docs -> job [label=\"pages\"]; job -> emb [label=\"chunks\"];\n"
             "  job -> vs [label=\"upsert\"];\n"
             "  %s\n"
             "}\n",
             memory ? "mw [label=\"Memory writer (summariser)\"];"
                      " bot -> mw [label=\"turn transcript\"]; mw -> vs [label=\"save\"];"
                    : "tr -> ci [label=\"issue_comment event\"];"
                      " ci -> job [label=\"schedule\"];");
    tmc_ir *ir = analyse_with(dot, cat, NULL);
    if (memory)
      assert_true(any_cites(ir, "vs", "AML.T0080.000"));
    else
      assert_false(any_cites(ir, NULL, "AML.T0080"));
    tmc_ir_free(ir);
  }
}

/* D6: code an agent runs in a sandbox (a Firecracker microVM, a Jupyter
 * kernel) whose every flow onward says read-only destroys nothing
 * (AML.T0101); a read/write mount, or a shell runner on a shared host,
 * keeps it. */
static void test_read_only_sandbox_destroys_nothing(void **state) {
  (void)state;
  static const char *const cases[][3] = {
      {"Code interpreter (Firecracker microVM)", "read-only mount", "0"},
      {"Jupyter kernel sandbox", "SELECT-only grant", "0"},
      {"Code interpreter (Firecracker microVM)", "read/write mount", "1"},
      {"Shell runner on the build host", "read-only mount", "1"},
      {NULL, NULL, NULL}};
  for (size_t i = 0; cases[i][0]; i++) {
    char dot[2048];
    snprintf(dot, sizeof dot,
             "digraph g {\n"
             "  u [type=external, label=\"Analysts\"];\n"
             "  subgraph cluster_s { label=\"Analytics platform\";\n"
             "    ui [label=\"Chat UI\"];\n"
             "    ag [label=\"Analyst agent (tool calling)\"];\n"
             "    sb [type=agent_tool, label=\"%s\"];\n"
             "    wh [type=data_store, label=\"Sales warehouse (Snowflake)\"];\n"
             "  }\n"
             "  llm [type=llm, label=\"GPT-4o (Azure OpenAI)\"];\n"
             "  u -> ui [label=\"question\"]; ui -> ag [label=\"question\"];\n"
             "  ag -> ui [label=\"answer\"];\n"
             "  ag -> llm [label=\"prompt + tools\"]; llm -> ag [label=\"tool call\"];\n"
             "  ag -> sb [label=\"generated Python\"];\n"
             "  sb -> ag [label=\"stdout, charts\"];\n"
             "  sb -> wh [dir=both, label=\"%s\"];\n"
             "}\n",
             cases[i][0], cases[i][1]);
    tmc_ir *ir = analyse_with(dot, cat, NULL);
    if (cases[i][2][0] == '1')
      assert_true(any_cites(ir, "sb", "AML.T0101"));
    else
      assert_false(any_cites(ir, NULL, "AML.T0101"));
    tmc_ir_free(ir);
  }
}

/* D1: a keeper of credentials (a forge's CI secrets, a vault) that a
 * pipeline exposes to a job prompting an LLM holds no conversation and
 * receives none: keys authorize the calls (issue #15). The job's private
 * feedback rows still make its prompts confidential. */
static void test_secrets_are_no_conversation(void **state) {
  (void)state;
  static const char *const stores[][2] = {
      {"Actions secrets (OPENAI_API_KEY, DEPLOY_TOKEN)", "expose as env"},
      {"Pipeline secrets store (Buildkite)", "inject as environment"},
      {NULL, NULL}};
  for (size_t i = 0; stores[i][0]; i++) {
    char dot[2048];
    snprintf(dot, sizeof dot,
             "digraph g {\n"
             "  dev [type=external, label=\"Developers\"];\n"
             "  subgraph cluster_gh { label=\"GitHub (SaaS)\";\n"
             "    gha [label=\"Release workflow\"];\n"
             "    sec [type=data_store, label=\"%s\"];\n"
             "  }\n"
             "  subgraph cluster_s { label=\"Runner VM\";\n"
             "    job [label=\"release-notes job (Python)\"];\n"
             "    crm [type=data_store, label=\"Customer feedback DB\"];\n"
             "  }\n"
             "  llm [type=llm, label=\"GPT-4.1 (OpenAI API)\"];\n"
             "  dev -> gha [label=\"push tag\"];\n"
             "  gha -> sec [dir=both, label=\"%s\"];\n"
             "  gha -> job [label=\"run\"]; sec -> job [label=\"keys\"];\n"
             "  crm -> job [label=\"feedback rows\"];\n"
             "  job -> llm [label=\"prompt\"]; llm -> job [label=\"draft notes\"];\n"
             "  job -> gha [label=\"notes artifact\"];\n"
             "}\n",
             stores[i][0], stores[i][1]);
    tmc_ir *ir = analyse_with(dot, cat, NULL);
    assert_false(any_cites(ir, "sec", "LLM02"));
    assert_false(any_cites(ir, "gha->sec", "LLM02"));
    assert_false(any_cites(ir, "sec", "AML.T0057"));
    assert_true(any_cites(ir, "job", "LLM02"));
    tmc_ir_free(ir);
  }
}

/* D1: an open-source project's repository (the public opens pull requests
 * from forks through the forge) holds code anyone reads, and so does the
 * index a scheduled job rebuilds from it: a review bot's prompts over it
 * disclose nothing (LLM02, AML.T0057). A company's monorepo its employees
 * push to keeps them. */
static void test_open_source_repo_is_public(void **state) {
  (void)state;
  static const char *const cases[][3] = {
      {"External contributors (fork PRs)", "acme-sdk git repo", "0"},
      {"Anyone on gitlab.com", "libfoo monorepo (main + MR branches)", "0"},
      {"Employees (SSO)", "payments monorepo", "1"},
      {NULL, NULL, NULL}};
  for (size_t i = 0; cases[i][0]; i++) {
    char dot[3072];
    snprintf(dot, sizeof dot,
             "digraph g {\n"
             "  c [type=external, label=\"%s\"];\n"
             "  m [type=external, label=\"Maintainers\"];\n"
             "  subgraph cluster_f { label=\"Forge\";\n"
             "    pr [label=\"Pull requests + webhooks\"];\n"
             "    repo [type=data_store, label=\"%s\"];\n"
             "  }\n"
             "  subgraph cluster_r { label=\"Review runner\";\n"
             "    rv [label=\"AI reviewer (Python)\"];\n"
             "    idx [type=vector_store, label=\"Chroma index of main\"];\n"
             "    ri [label=\"Index refresh job\"];\n"
             "    sch [label=\"Scheduler\"];\n"
             "    emb [type=model, label=\"bge-small embedding model\"];\n"
             "  }\n"
             "  llm [type=llm, label=\"GPT-4o (OpenAI API)\"];\n"
             "  c -> pr [label=\"open pull request\"];\n"
             "  m -> pr [label=\"review, merge\"];\n"
             "  pr -> repo [label=\"PR branch\"]; pr -> rv [label=\"webhook\"];\n"
             "  repo -> rv [label=\"diff\"];\n"
             "  rv -> idx [label=\"nearest neighbours\"];\n"
             "  idx -> rv [label=\"related code\"];\n"
             "  rv -> emb [dir=both, label=\"embed diff\"];\n"
             "  rv -> llm [label=\"diff + related code\"];\n"
             "  llm -> rv [label=\"review\"]; rv -> pr [label=\"review comments\"];\n"
             "  sch -> ri [label=\"nightly\"]; repo -> ri [label=\"checkout main\"];\n"
             "  ri -> emb [label=\"embed chunks\"];\n"
             "  ri -> idx [label=\"replace table\"];\n"
             "}\n",
             cases[i][0], cases[i][1]);
    tmc_ir *ir = analyse_with(dot, cat, NULL);
    if (cases[i][2][0] == '1') {
      assert_true(any_cites(ir, NULL, "LLM02"));
    } else {
      assert_true(ir->elements[elem(ir, "repo")].facts.public_content);
      assert_true(ir->elements[elem(ir, "idx")].facts.public_content);
      assert_false(any_cites(ir, NULL, "LLM02"));
      assert_false(any_cites(ir, NULL, "AML.T0057"));
    }
    tmc_ir_free(ir);
  }
}

/* D3: a store people fill through a front (patch sets uploaded to Gerrit,
 * tickets through a help desk) is their system of record, not the bot's
 * memory, though the front also files the bot's comments: no AML.T0080.
 * A chat API saving each turn into a store the orchestrator reads back as
 * "earlier turns" keeps its thread history (AML.T0080.001). */
static void test_people_front_is_no_memory(void **state) {
  (void)state;
  static const char gerrit[] =
      "digraph g {\n"
      "  c [type=external, label=\"Contributors\"];\n"
      "  subgraph cluster_s { label=\"Project infrastructure\";\n"
      "    gerrit [label=\"Gerrit code review\"];\n"
      "    repo [type=data_store, label=\"Change store (NoteDb)\"];\n"
      "    bot [label=\"Review assistant\"];\n"
      "  }\n"
      "  llm [type=llm, label=\"Gemini 1.5 Pro (Vertex AI)\"];\n"
      "  c -> gerrit [label=\"upload patch set\"];\n"
      "  gerrit -> repo [label=\"patch sets, comments\"];\n"
      "  repo -> bot [label=\"change + diff\"];\n"
      "  bot -> llm [label=\"prompt\"]; llm -> bot [label=\"review\"];\n"
      "  bot -> gerrit [label=\"inline comments\"];\n"
      "}\n";
  tmc_ir *ir = analyse_with(gerrit, cat, NULL);
  assert_false(ir->elements[elem(ir, "repo")].facts.agent_memory);
  assert_false(any_cites(ir, NULL, "AML.T0080"));
  tmc_ir_free(ir);
  static const char chat[] =
      "digraph g {\n"
      "  u [type=external, label=\"Shoppers\"];\n"
      "  subgraph cluster_s { label=\"Shop assistant\";\n"
      "    api [label=\"Chat API\"];\n"
      "    s [type=data_store, label=\"Sessions table (DynamoDB)\"];\n"
      "    orch [label=\"Assistant orchestrator\"];\n"
      "  }\n"
      "  llm [type=llm, label=\"Claude 3.5 Haiku (Bedrock)\"];\n"
      "  u -> api [label=\"message\"]; api -> u [label=\"reply\"];\n"
      "  api -> orch [label=\"message\"]; orch -> api [label=\"reply\"];\n"
      "  api -> s [label=\"store turn\"]; s -> orch [label=\"earlier turns\"];\n"
      "  orch -> llm [label=\"prompt\"]; llm -> orch [label=\"answer\"];\n"
      "}\n";
  ir = analyse_with(chat, cat, NULL);
  assert_true(any_cites(ir, "s", "AML.T0080.001"));
  tmc_ir_free(ir);
}

/* causes18 D1, the rest: a store of what applicants sent, in part through
 * a partner trusted enough to start no taint (an admissions office's
 * nightly export through an SFTP gateway), holds only their own items:
 * scoring each with a public call text discloses nothing (LLM02). The
 * gateway also joining in a history database of past applications keeps
 * it. */
static void test_partner_submissions_are_senders_own(void **state) {
  (void)state;
  for (int joined = 0; joined < 2; joined++) {
    char dot[3072];
    snprintf(dot, sizeof dot,
             "digraph g {\n"
             "  a [type=external, label=\"Applicants\"];\n"
             "  subgraph cluster_p { label=\"Partner university\"; trust=1;\n"
             "    p [type=external, label=\"Admissions office export (nightly)\"];\n"
             "  }\n"
             "  r [type=external, label=\"Grant reviewers\"];\n"
             "  subgraph cluster_c { label=\"Foundation AWS account\"; trust=2;\n"
             "    web [label=\"Submission portal\"];\n"
             "    gw [label=\"SFTP gateway\"];\n"
             "    b [type=data_store, label=\"Applications bucket\"];\n"
             "    call [type=data_store, label=\"Call text (public)\"];\n"
             "    sc [label=\"Scoring workflow\"];\n"
             "    out [type=data_store, label=\"Scores table\"];\n"
             "    rp [label=\"Reviewer portal\"];\n"
             "    %s\n"
             "  }\n"
             "  llm [type=llm, label=\"Mistral Large (Bedrock)\"];\n"
             "  a -> web [label=\"proposal PDF\"]; web -> b [label=\"proposal\"];\n"
             "  p -> gw [label=\"zip of proposals\"]; gw -> b [label=\"proposals\"];\n"
             "  b -> sc [label=\"new object\"]; call -> sc [label=\"criteria\"];\n"
             "  sc -> llm [label=\"criteria + proposal\"];\n"
             "  llm -> sc [label=\"score + rationale\"];\n"
             "  sc -> out [label=\"score\"]; out -> rp [label=\"ranked list\"];\n"
             "  b -> rp [label=\"proposal links\"];\n"
             "  r -> rp [label=\"review\"]; rp -> r [label=\"ranked list\"];\n"
             "}\n",
             joined ? "hist [type=data_store, label=\"Applicant history DB\"];"
                      " hist -> gw [label=\"past applications\"];"
                    : "");
    tmc_ir *ir = analyse_with(dot, cat, NULL);
    if (joined)
      assert_true(any_cites(ir, "sc", "LLM02"));
    else
      assert_false(any_cites(ir, NULL, "LLM02"));
    tmc_ir_free(ir);
  }
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_ci_pipeline_trains_nothing),
      cmocka_unit_test(test_reindex_is_no_training),
      cmocka_unit_test(test_own_release_relays),
      cmocka_unit_test(test_on_device_training_costs_nobody),
      cmocka_unit_test(test_reindex_trigger_is_no_memory),
      cmocka_unit_test(test_read_only_sandbox_destroys_nothing),
      cmocka_unit_test(test_secrets_are_no_conversation),
      cmocka_unit_test(test_open_source_repo_is_public),
      cmocka_unit_test(test_people_front_is_no_memory),
      cmocka_unit_test(test_partner_submissions_are_senders_own),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
