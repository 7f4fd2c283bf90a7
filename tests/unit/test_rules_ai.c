/* test_rules_ai.c - the AI rules keyed to roles (catalogs/rules-ai.yaml),
 * each family in two differently worded and drawn variants, and where each
 * finding is placed: excessive agency on the agent, injection screening on
 * the assembler, output handling on the sink, extraction on self-hosted
 * LLMs, memory poisoning, credentials handed to tools, executed model code,
 * slopsquatting, federated learning, trainers by role. A system with no AI
 * gets none of them. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "engine_helpers.h"

/* An ops agent: orchestrator, hosted LLM, a shell and a browse tool, a
 * memory store, a vault. */
static const char ops[] =
    "digraph ops {\n"
    "  emp [type=external, label=\"Engineer\"];\n"
    "  web [type=external, label=\"Websites\"];\n"
    "  subgraph cluster_c { label=\"Corp\";\n"
    "    orch [label=\"Agent runtime\"];\n"
    "    mem [type=data_store, label=\"Conversation memory\"];\n"
    "    kv [type=data_store, label=\"Secrets vault\"];\n"
    "    sh [type=agent_tool, label=\"Shell runner\"];\n"
    "    br [type=agent_tool, label=\"Fetch page\"];\n"
    "  }\n"
    "  llm [type=llm, label=\"Hosted model\", source=third_party];\n"
    "  emp -> orch; orch -> emp;\n"
    "  orch -> llm; llm -> orch;\n"
    "  orch -> mem; mem -> orch;\n"
    "  kv -> orch [label=\"API keys\"];\n"
    "  orch -> sh; sh -> orch;\n"
    "  orch -> br; br -> web; web -> br; br -> orch;\n"
    "}\n";

/* The same family drawn otherwise: no orchestrator word, the LLM
 * self-hosted, the tool named only by a word, the memory a vector store. */
static const char ops2[] = "digraph ops2 {\n"
                           "  u [shape=box, label=\"Customer\", entry=yes];\n"
                           "  loop [label=\"Support backend\"];\n"
                           "  m [type=llm, label=\"Our fine-tuned Llama\"];\n"
                           "  py [label=\"Python sandbox\"];\n"
                           "  notes [type=vector_store, label=\"Long-term notes\"];\n"
                           "  cfg [type=data_store, label=\"Config\", data=api_keys];\n"
                           "  u -> loop; loop -> u [label=\"answer\"];\n"
                           "  loop -> m [protocol=https]; m -> loop;\n"
                           "  loop -> py [label=\"run code\"]; py -> loop;\n"
                           "  loop -> notes; notes -> loop;\n"
                           "  cfg -> py;\n"
                           "}\n";

static void test_agent_family(void **state) {
  tmc_ir *ir = analyse_with(ops, cat, NULL);
  /* excessive agency on the agent, not on the vendor's LLM */
  assert_true(cites(finding(ir, "TMC-LLM-007", "orch"), "LLM06:2025"));
  assert_null(finding(ir, "TMC-LLM-007", "llm"));
  /* injection screening where the prompt is built */
  assert_true(cites(finding(ir, "TMC-AGENT-007", "orch"), "AML.T0051.001"));
  /* model-written commands executed by the shell tool */
  assert_true(cites(finding(ir, "TMC-AGENT-004", "sh"), "AML.T0050"));
  assert_null(finding(ir, "TMC-AGENT-004", "br")); /* fetching runs nothing */
  /* memory poisoning */
  assert_true(cites(finding(ir, "TMC-AGENT-005", "mem"), "AML.T0080.000"));
  assert_null(finding(ir, "TMC-AGENT-005", "kv"));
  /* keys handed to the agent */
  assert_true(cites(finding(ir, "TMC-AGENT-006", "orch"), "AML.T0055"));
  tmc_ir_free(ir);

  ir = analyse_with(ops2, cat, NULL);
  assert_non_null(finding(ir, "TMC-LLM-007", "loop"));
  assert_null(finding(ir, "TMC-LLM-007", "m"));
  assert_non_null(finding(ir, "TMC-AGENT-007", "loop"));
  assert_true(cites(finding(ir, "TMC-AGENT-004", "py"), "CWE-94"));
  assert_non_null(finding(ir, "TMC-AGENT-005", "notes"));
  assert_non_null(finding(ir, "TMC-AGENT-006", "py"));
  /* a self-hosted LLM that outsiders query can be extracted; a vendor's is
   * not ours to lose */
  assert_true(cites(finding(ir, "TMC-ML-001", "m"), "ML05:2023"));
  tmc_ir_free(ir);
  ir = analyse_with(ops, cat, NULL);
  assert_null(finding(ir, "TMC-ML-001", "llm"));
  tmc_ir_free(ir);
}

/* Model output carried on through code to a sink: a SQL database and a
 * browser UI, two hops after the LLM. */
static void test_output_on_the_sink(void **state) {
  static const char d[] = "digraph o {\n"
                          "  u [type=external, label=\"Analyst\"];\n"
                          "  app [label=\"Report service\"];\n"
                          "  llm [type=llm];\n"
                          "  fmt [label=\"Formatter\"];\n"
                          "  db [type=data_store, label=\"SQL warehouse\"];\n"
                          "  ui [type=external, label=\"Web UI\"];\n"
                          "  u -> app -> llm -> fmt;\n"
                          "  fmt -> db [label=\"generated query\"];\n"
                          "  fmt -> ui;\n"
                          "}\n";
  tmc_ir *ir = analyse_with(d, cat, NULL);
  assert_true(ir->elements[elem(ir, "db")].facts.model_output);
  assert_true(ir->flows[flow(ir, "fmt", "db")].facts.model_output);
  /* the generated query is a model-written query (TMC-LLM-018, CWE-89) */
  assert_non_null(finding(ir, "TMC-LLM-018", "fmt->db"));
  assert_null(finding(ir, "TMC-LLM-006", "fmt->db"));
  assert_non_null(finding(ir, "TMC-LLM-006", "fmt->ui"));
  assert_non_null(finding(ir, "TMC-LLM-006", "llm->fmt")); /* the first hop, as before */
  assert_null(finding(ir, "TMC-LLM-006", "app->llm"));
  tmc_ir_free(ir);
}

/* Federated learning: clients read local data, send updates to an
 * aggregator that pushes the global model back. */
static void test_federated(void **state) {
  static const char d[] =
      "digraph fl {\n"
      "  a [type=dataset, label=\"Site A records\"];\n"
      "  b [type=data_store, label=\"Site B table\", data=training_data];\n"
      "  ca [label=\"Client A\"]; cb [label=\"Client B\"];\n"
      "  agg [label=\"Aggregation server\"];\n"
      "  a -> ca; b -> cb;\n"
      "  ca -> agg [label=\"weights\"]; cb -> agg [label=\"gradients\"];\n"
      "  agg -> ca [label=\"global model\"]; agg -> cb;\n"
      "}\n";
  tmc_ir *ir = analyse_with(d, cat, NULL);
  assert_true(cites(finding(ir, "TMC-FL-001", "agg"), "ML10:2023"));
  assert_null(finding(ir, "TMC-FL-001", "ca")); /* a client reads its own data */
  assert_true(cites(finding(ir, "TMC-FL-002", "ca->agg"), "ML03:2023"));
  assert_true(cites(finding(ir, "TMC-FL-003", "agg->cb"), "CWE-494"));
  /* the clients read training data: poisoning is checked at the sources */
  assert_non_null(finding(ir, "TMC-TRAIN-001", "a"));
  assert_non_null(finding(ir, "TMC-TRAIN-001", "b"));
  tmc_ir_free(ir);
}

/* A trainer by role, not kind: a fine-tuning step drawn as a plain box
 * writing a checkpoint store gets the backdoor finding; a notebook that reads
 * the same data but only starts the job gets none. */
static void test_trainer_by_role(void **state) {
  static const char d[] = "digraph t {\n"
                          "  ds [type=dataset];\n"
                          "  nb [label=\"Notebook\"];\n"
                          "  ft [label=\"Fine-tune step\"];\n"
                          "  ck [type=data_store, label=\"Checkpoints\"];\n"
                          "  ds -> nb; nb -> ft [label=\"job spec\"];\n"
                          "  ds -> ft -> ck;\n"
                          "}\n";
  tmc_ir *ir = analyse_with(d, cat, NULL);
  assert_true(cites(finding(ir, "TMC-TRAIN-003", "ft"), "ML10:2023"));
  assert_null(finding(ir, "TMC-TRAIN-003", "nb"));
  assert_null(finding(ir, "TMC-FL-001", "ft"));
  tmc_ir_free(ir);

  /* a tuning job writing an LLM hands it weights, not prompts */
  static const char d2[] = "digraph p {\n"
                           "  r [type=data_store, label=\"Ratings\"];\n"
                           "  rm [type=model, label=\"Reward model\"];\n"
                           "  ppo [label=\"PPO fine-tuning\"];\n"
                           "  m [type=llm, label=\"Chat model\"];\n"
                           "  r -> rm -> ppo -> m [label=\"new weights\"];\n"
                           "}\n";
  ir = analyse_with(d2, cat, NULL);
  const tmc_element *ppo = &ir->elements[elem(ir, "ppo")];
  assert_true(TMC_ROLESET_HAS(ppo->roles, TMC_ROLE_TRAINER));
  assert_false(TMC_ROLESET_HAS(ppo->roles, TMC_ROLE_PROMPT_ASSEMBLER));
  assert_null(finding(ir, "TMC-AGENT-007", "ppo"));
  tmc_ir_free(ir);
}

/* Slopsquatting: model-written code where packages come from a public
 * index. */
static void test_hallucinated_packages(void **state) {
  static const char d[] = "digraph p {\n"
                          "  dev [type=external, label=\"Developer\"];\n"
                          "  ide [label=\"IDE assistant\"];\n"
                          "  llm [type=llm];\n"
                          "  ws [label=\"Workspace build\"];\n"
                          "  npm [type=external, label=\"npm registry\"];\n"
                          "  dev -> ide -> llm -> ide -> ws;\n"
                          "  npm -> ws [label=\"install\"];\n"
                          "}\n";
  tmc_ir *ir = analyse_with(d, cat, NULL);
  assert_true(cites(finding(ir, "TMC-SUPPLY-005", "ws"), "AML.T0060"));
  tmc_ir_free(ir);
}

/* The LLM application's own component carries what it can fix: limits on
 * what callers spend, what stored data it puts into prompts, and the answer
 * it hands a person's client; the store of conversations leaks what people
 * told the model. Two wordings: a help desk with a ticket archive, and a
 * tutor app drawn with a vector store and a chat log. */
static void test_llm_app_placement(void **state) {
  static const char d[] =
      "digraph h {\n"
      "  c [type=external, label=\"Customer\"];\n"
      "  svc [label=\"Help desk service\"];\n"
      "  m [type=llm, label=\"Hosted model\", source=third_party];\n"
      "  arch [type=data_store, label=\"Ticket archive\"];\n"
      "  tr [type=data_store, label=\"Transcripts\"];\n"
      "  c -> svc; arch -> svc; svc -> m; m -> svc; svc -> c; svc -> tr;\n"
      "}\n";
  tmc_ir *ir = analyse_with(d, cat, NULL);
  assert_true(cites(finding(ir, "TMC-LLM-013", "svc->m"), "LLM10:2025"));
  assert_null(finding(ir, "TMC-LLM-008", "m"));   /* once, on the calls */
  assert_null(finding(ir, "TMC-DOS-001", "svc")); /* one finding for the flood */
  assert_true(cites(finding(ir, "TMC-LLM-014", "svc"), "AML.T0057"));
  assert_true(cites(finding(ir, "TMC-LLM-015", "tr"), "LLM02:2025"));
  assert_null(finding(ir, "TMC-LLM-015", "arch")); /* nothing the model saw */
  assert_true(cites(finding(ir, "TMC-LLM-006", "svc->c"), "LLM05:2025"));
  assert_null(
      finding(ir, "TMC-LLM-013", "m")); /* the vendor's model is not where limits live */
  tmc_ir_free(ir);

  static const char d2[] = "digraph t {\n"
                           "  kid [shape=box, label=\"Student\", entry=yes];\n"
                           "  tutor [label=\"Tutor backend\"];\n"
                           "  gen [type=llm, label=\"Llama on GPUs\"];\n"
                           "  vec [type=vector_store, label=\"Lesson chunks\"];\n"
                           "  log [type=data_store, label=\"Chat log\"];\n"
                           "  kid -> tutor -> vec [label=\"search\"]; vec -> tutor;\n"
                           "  tutor -> gen -> tutor -> kid; gen -> log;\n"
                           "}\n";
  ir = analyse_with(d2, cat, NULL);
  assert_non_null(finding(ir, "TMC-LLM-013", "tutor->gen"));
  tmc_ir_free(ir);
  /* people who reach the model with no code between: the limits are the
   * model endpoint's own */
  ir = analyse_with("digraph p { u [type=external, label=\"Visitor\"]; m [type=llm]; "
                    "u -> m -> u; }\n",
                    cat, NULL);
  assert_true(cites(finding(ir, "TMC-LLM-008", "m"), "LLM10:2025"));
  tmc_ir_free(ir);
  ir = analyse_with(d2, cat, NULL);
  assert_null(finding(ir, "TMC-LLM-008", "gen"));
  assert_non_null(finding(ir, "TMC-LLM-014", "tutor"));
  assert_non_null(finding(ir, "TMC-LLM-015", "log"));
  assert_non_null(finding(ir, "TMC-LLM-006", "tutor->kid"));
  tmc_ir_free(ir);
}

/* RAG poisoning where the index is filled: a wiki staff edit, synced by a
 * job into the vector store; a crawler of public pages feeding a store an
 * LLM reads. An ingestion job that only staff-free, internal data reaches
 * gets nothing. */
static void test_rag_ingestion(void **state) {
  static const char d[] = "digraph r {\n"
                          "  staff [type=external, label=\"Staff\"];\n"
                          "  wiki [type=data_store, label=\"Wiki\"];\n"
                          "  sync [label=\"Doc sync job\"];\n"
                          "  vs [type=vector_store, label=\"Embeddings\"];\n"
                          "  bot [label=\"Q&A bot\"]; m [type=llm];\n"
                          "  staff -> wiki -> sync -> vs; vs -> bot -> m -> bot;\n"
                          "  gen [type=data_store, label=\"Generated constants\"];\n"
                          "  emb [label=\"Embedding job\"];\n"
                          "  vs2 [type=vector_store, label=\"Constants index\"];\n"
                          "  gen -> emb -> vs2 -> bot;\n"
                          "}\n";
  tmc_ir *ir = analyse_with(d, cat, NULL);
  assert_true(cites(finding(ir, "TMC-RAG-003", "sync"), "AML.T0070"));
  assert_null(finding(ir, "TMC-RAG-003", "emb")); /* nobody outside writes its input */
  tmc_ir_free(ir);
}

/* Training steered by people: disputes become labels, a retrain reads
 * them, a scoring service fronts the model. Insiders count (no trust-0
 * zone anywhere). Evasion without an inference API, and the flood on the
 * service in front of the model. */
static void test_training_influence(void **state) {
  static const char d[] = "digraph t {\n"
                          "  subgraph cluster_bank { label=\"Bank\"; trust=2;\n"
                          "    holder [type=external, label=\"Cardholder\"];\n"
                          "    cases [label=\"Dispute desk\"];\n"
                          "    labels [type=dataset, label=\"Dispute labels\"];\n"
                          "    rt [label=\"Weekly retrain\", type=pipeline];\n"
                          "    reg [type=model_registry, label=\"Models\"];\n"
                          "    sc [label=\"Risk scoring service\"];\n"
                          "    fm [type=model, label=\"Risk model\"];\n"
                          "    pos [type=external, label=\"Merchant terminal\"];\n"
                          "  }\n"
                          "  holder -> cases -> labels -> rt -> reg -> fm;\n"
                          "  pos -> sc -> fm -> sc -> pos;\n"
                          "}\n";
  tmc_ir *ir = analyse_with(d, cat, NULL);
  assert_true(ir->elements[elem(ir, "rt")].facts.influenced);
  assert_true(cites(finding(ir, "TMC-TRAIN-004", "rt"), "AML.T0020"));
  assert_true(cites(finding(ir, "TMC-TRAIN-005", "cases"), "ML02:2023"));
  assert_null(finding(ir, "TMC-TRAIN-005", "sc")); /* it writes no training data */
  assert_true(cites(finding(ir, "TMC-ML-009", "fm"), "AML.T0015"));
  assert_false(cites(finding(ir, "TMC-ML-009", "fm"), "AML.T0040")); /* no API access */
  assert_true(cites(finding(ir, "TMC-ML-008", "sc"), "AML.T0029"));
  assert_null(finding(ir, "TMC-DOS-001", "sc"));
  tmc_ir_free(ir);

  /* A batch model nobody sends anything to: no evasion, no flood. */
  static const char d2[] = "digraph b {\n"
                           "  wh [type=data_store, label=\"Sensor history\"];\n"
                           "  job [label=\"Nightly forecast\"];\n"
                           "  mdl [type=model, label=\"Forecaster\"];\n"
                           "  out [type=data_store, label=\"Forecasts\"];\n"
                           "  wh -> job -> mdl -> job -> out;\n"
                           "}\n";
  ir = analyse_with(d2, cat, NULL);
  assert_null(finding(ir, "TMC-ML-009", "mdl"));
  assert_null(finding(ir, "TMC-ML-008", "job"));
  assert_false(ir->elements[elem(ir, "job")].facts.influenced);
  tmc_ir_free(ir);
}

/* Provenance and sensitivity (issue #15 item 2): data= adds; credentials
 * authorize; a person's login is kept; model output passes through an agent
 * however it was drawn; keys reaching ML automation. */
static void test_provenance(void **state) {
  static const char d[] =
      "digraph p {\n"
      "  crm [type=data_store, label=\"CRM\", data=pii];\n"
      "  exp [label=\"Exporter\"];\n"
      "  lake [type=data_store, label=\"Lake\"];\n"
      "  crm -> exp; exp -> lake [data=metrics];\n"
      "  kv [type=data_store, label=\"Key vault\", data=credentials];\n"
      "  api [label=\"Orders API\"];\n"
      "  db [type=data_store, label=\"Orders\"];\n"
      "  kv -> api; api -> db;\n"
      "  u [type=external, label=\"Shopper\"];\n"
      "  web [label=\"Shop\"]; acc [type=data_store, label=\"Accounts\"];\n"
      "  u -> web [data=credentials]; web -> acc;\n"
      "}\n";
  tmc_ir *ir = analyse_with(d, cat, NULL);
  /* declaring metrics does not hide the PII the exporter read */
  assert_int_equal(ir->elements[elem(ir, "lake")].facts.data_sensitivity,
                   TMC_SENS_CONFIDENTIAL);
  /* the API holds the key, the orders store behind it is not secret */
  assert_int_equal(ir->elements[elem(ir, "api")].facts.data_sensitivity, TMC_SENS_SECRET);
  assert_true(ir->elements[elem(ir, "db")].facts.data_sensitivity < TMC_SENS_SECRET);
  /* a shopper's password is what the accounts store keeps */
  assert_int_equal(ir->elements[elem(ir, "acc")].facts.data_sensitivity, TMC_SENS_SECRET);
  tmc_ir_free(ir);

  /* the orchestrator drawn as an entity still hands model output on */
  static const char d2[] = "digraph a {\n"
                           "  op [type=external, label=\"Operator\"];\n"
                           "  orch [type=external, label=\"Agent orchestrator\"];\n"
                           "  m [type=llm];\n"
                           "  run [type=agent_tool, label=\"Command runner\"];\n"
                           "  op -> orch -> m -> orch -> run;\n"
                           "  sm [type=data_store, label=\"Secrets manager\"];\n"
                           "  dep [label=\"Deploy job\"];\n"
                           "  reg [type=model_registry, label=\"Registry\"];\n"
                           "  sm -> dep -> reg;\n"
                           "  nb [label=\"Notebook\", data=credentials];\n"
                           "  tj [type=pipeline, label=\"Train\"];\n"
                           "  nb -> tj -> reg;\n"
                           "}\n";
  ir = analyse_with(d2, cat, NULL);
  assert_true(ir->elements[elem(ir, "run")].facts.model_output);
  assert_true(cites(finding(ir, "TMC-AGENT-004", "run"), "AML.T0050"));
  assert_true(cites(finding(ir, "TMC-MLOPS-006", "dep"), "AML.T0055"));
  assert_null(finding(ir, "TMC-MLOPS-006", "tj")); /* the notebook's keys are its own */
  tmc_ir_free(ir);
}

/* Model weights kept outside a registry: checkpoints a trainer writes to a
 * bucket, copied on to a download bucket; the service that loads them; the
 * step that promotes them. Drawn with a job, and again with data= only. */
static void test_model_artifact_stores(void **state) {
  static const char d[] = "digraph m {\n"
                          "  ds [type=dataset, label=\"Photos\"];\n"
                          "  tr [type=pipeline, label=\"Fine-tune run\"];\n"
                          "  ck [type=data_store, label=\"Checkpoint bucket\"];\n"
                          "  cdn [type=data_store, label=\"Download bucket\"];\n"
                          "  gate [label=\"Release gate\"];\n"
                          "  srv [type=model, label=\"Scorer\"];\n"
                          "  ds -> tr -> ck -> cdn; ck -> gate -> srv;\n"
                          "}\n";
  tmc_ir *ir = analyse_with(d, cat, NULL);
  assert_true(ir->elements[elem(ir, "cdn")].facts.model_artifacts);
  assert_true(cites(finding(ir, "TMC-MLOPS-007", "ck"), "AML.T0018"));
  assert_true(cites(finding(ir, "TMC-MLOPS-008", "cdn"), "AML.T0035"));
  assert_null(finding(ir, "TMC-MLOPS-007", "ds")); /* training data is not a model */
  assert_true(cites(finding(ir, "TMC-MLOPS-009", "gate"), "ML10:2023"));
  assert_true(cites(finding(ir, "TMC-MLOPS-002", "gate"), "CWE-502"));
  tmc_ir_free(ir);

  static const char d2[] =
      "digraph w {\n"
      "  w [type=data_store, label=\"Weights share\", data=model_weights];\n"
      "  app [label=\"Inference worker\"];\n"
      "  k [type=data_store, label=\"Kubernetes Secret\"];\n"
      "  reg [type=model_registry, label=\"Registry\"];\n"
      "  w -> app; k -> app; app -> reg;\n"
      "}\n";
  ir = analyse_with(d2, cat, NULL);
  assert_non_null(finding(ir, "TMC-MLOPS-007", "w"));
  assert_non_null(finding(ir, "TMC-MLOPS-002", "app"));
  assert_true(cites(finding(ir, "TMC-MLOPS-006", "app"), "AML.T0055")); /* a k8s secret */
  tmc_ir_free(ir);
}

/* Tools from elsewhere: a marketplace the assistant installs manifests
 * from, a plugin gateway dispatching to an outside plugin service. */
static void test_tool_supply(void **state) {
  static const char d[] = "digraph t {\n"
                          "  dev [type=external, label=\"Publisher\"];\n"
                          "  u [type=external, label=\"User\"];\n"
                          "  subgraph cluster_p { label=\"Platform\"; trust=2;\n"
                          "    mk [type=data_store, label=\"Extension marketplace\"];\n"
                          "    orch [label=\"Assistant runtime\"];\n"
                          "    gw [label=\"Plugin gateway\"];\n"
                          "    m [type=llm];\n"
                          "  }\n"
                          "  ext [type=external, label=\"Weather plugin\"];\n"
                          "  dev -> mk -> orch; u -> orch -> m -> orch;\n"
                          "  orch -> gw [label=\"invoke tool\"]; gw -> orch;\n"
                          "  gw -> ext; ext -> gw;\n"
                          "}\n";
  tmc_ir *ir = analyse_with(d, cat, NULL);
  assert_true(cites(finding(ir, "TMC-SUPPLY-006", "mk"), "AML.T0010.005"));
  assert_true(cites(finding(ir, "TMC-AGENT-002", "ext"), "LLM03:2025"));
  tmc_ir_free(ir);
}

/* Federated learning drawn with stores between the parties: clients read
 * local records from a plain store, write updates into a bucket the
 * aggregator reads, and load the global weights from the store it writes.
 * The clients are trainers, the aggregator combines updates, and the
 * round trip is no feedback loop. A second wording: phones learning on
 * device, a pipeline coordinating rounds through a model registry. */
static void test_federated_through_stores(void **state) {
  static const char d[] =
      "digraph fl {\n"
      "  subgraph cluster_a { label=\"Hospital A\";\n"
      "    da [type=data_store, label=\"Local X-rays\"]; ta [label=\"Site node A\"]; }\n"
      "  subgraph cluster_b { label=\"Hospital B\";\n"
      "    db [type=data_store, label=\"PACS archive\"]; tb [label=\"Site node B\"]; }\n"
      "  q [type=data_store, label=\"Update bucket\"];\n"
      "  agg [label=\"FedAvg coordinator\"];\n"
      "  gm [type=data_store, label=\"Global weights\"];\n"
      "  da -> ta -> q; db -> tb -> q; q -> agg -> gm; gm -> ta; gm -> tb;\n"
      "}\n";
  tmc_ir *ir = analyse_with(d, cat, NULL);
  const tmc_element *ta = &ir->elements[elem(ir, "ta")];
  assert_true(TMC_ROLESET_HAS(ta->roles, TMC_ROLE_TRAINER));
  assert_true(ir->elements[elem(ir, "q")].facts.holds_updates);
  assert_false(ir->elements[elem(ir, "gm")].facts.holds_updates);
  assert_true(cites(finding(ir, "TMC-FL-001", "agg"), "AML.T0020"));
  assert_null(finding(ir, "TMC-FL-001", "ta"));
  assert_true(cites(finding(ir, "TMC-FL-002", "ta->q"), "ML03:2023"));
  /* the local records feed training: poisoning is checked there */
  assert_true(ir->elements[elem(ir, "da")].facts.feeds_training);
  assert_non_null(finding(ir, "TMC-TRAIN-001", "db"));
  for (uint32_t i = 0; i < ir->n_elements; i++)
    assert_false(ir->elements[i].facts.feedback_loop);
  assert_null(finding(ir, "TMC-TRAIN-006", "agg"));
  tmc_ir_free(ir);

  static const char d2[] = "digraph od {\n"
                           "  ph [type=data_store, label=\"Photos on the phone\"];\n"
                           "  lrn [label=\"On-device learner\"];\n"
                           "  rc [type=pipeline, label=\"Round coordinator\"];\n"
                           "  reg [type=model_registry, label=\"Model versions\"];\n"
                           "  ph -> lrn; lrn -> rc [label=\"gradients\"];\n"
                           "  rc -> reg; reg -> lrn [label=\"next round\"];\n"
                           "}\n";
  ir = analyse_with(d2, cat, NULL);
  assert_true(TMC_ROLESET_HAS(ir->elements[elem(ir, "lrn")].roles, TMC_ROLE_TRAINER));
  assert_non_null(finding(ir, "TMC-FL-001", "rc"));
  assert_non_null(finding(ir, "TMC-FL-002", "lrn->rc"));
  tmc_ir_free(ir);

  /* the server collecting what a phone app sends (no person calls it
   * directly) is where contributions become training data */
  static const char d4[] =
      "digraph t {\n"
      "  subgraph cluster_dev { label=\"User's phone\";\n"
      "    app [label=\"Plant doctor app\"]; }\n"
      "  subgraph cluster_cloud { label=\"Cloud\";\n"
      "    tel [label=\"Telemetry endpoint\"];\n"
      "    cand [type=data_store, label=\"Training candidates\"];\n"
      "    tr [type=pipeline, label=\"Retraining\"]; }\n"
      "  u [shape=box, label=\"Gardener\"];\n"
      "  u -> app -> tel [label=\"thumbnails\"]; tel -> cand -> tr -> reg;\n"
      "  reg [type=model_registry, label=\"Models\"];\n"
      "}\n";
  ir = analyse_with(d4, cat, NULL);
  assert_true(cites(finding(ir, "TMC-TRAIN-005", "tel"), "AML.T0020"));
  tmc_ir_free(ir);

  /* a federated-learning framework's server named by its product (a
   * Flower server) runs the rounds, and the step that averages what it
   * collects is a server of ours that trains the global model ("FedAvg
   * merge"), however it is drawn: the clients' deltas leak, and whoever
   * sends one shapes the global model */
  static const char d5[] =
      "digraph kb {\n"
      "  own [type=external, label=\"Phone owner\"];\n"
      "  subgraph cluster_ph { label=\"Phone\";\n"
      "    app [label=\"Notes app\"]; st [type=data_store, label=\"Typed notes "
      "cache\"];\n"
      "    lt [label=\"local trainer\"]; }\n"
      "  subgraph cluster_be { label=\"FL backend\";\n"
      "    fs [label=\"Flower server\"]; avg [shape=box, label=\"FedAvg merge\"];\n"
      "    gw [type=data_store, label=\"Global weights\"]; }\n"
      "  own -> app -> st -> lt; fs -> lt [label=\"round weights\"];\n"
      "  lt -> fs [label=\"weight delta\"]; fs -> avg; avg -> gw;\n"
      "}\n";
  ir = analyse_with(d5, cat, NULL);
  assert_true(TMC_ROLESET_HAS(ir->elements[elem(ir, "fs")].roles, TMC_ROLE_TRAINER));
  assert_int_equal(ir->elements[elem(ir, "avg")].kind, TMC_KIND_PROCESS);
  assert_true(TMC_ROLESET_HAS(ir->elements[elem(ir, "avg")].roles, TMC_ROLE_TRAINER));
  assert_true(cites(finding(ir, "TMC-FL-002", "lt->fs"), "ML03:2023"));
  assert_true(cites(finding(ir, "TMC-FL-001", "fs"), "ML10:2023"));
  tmc_ir_free(ir);

  /* a scoring service with callers that loads the model a retrain writes
   * is no federated client */
  static const char d3[] = "digraph sc {\n"
                           "  c [type=external, label=\"Merchant\"];\n"
                           "  svc [label=\"Scoring service\"];\n"
                           "  f [type=data_store, label=\"Features\"];\n"
                           "  p [type=data_store, label=\"Decisions\"];\n"
                           "  rt [type=pipeline, label=\"Retrain\"];\n"
                           "  m [type=data_store, label=\"Model file\"];\n"
                           "  c -> svc; f -> svc; m -> svc; svc -> p -> rt -> m;\n"
                           "}\n";
  ir = analyse_with(d3, cat, NULL);
  assert_false(TMC_ROLESET_HAS(ir->elements[elem(ir, "svc")].roles, TMC_ROLE_TRAINER));
  assert_true(ir->elements[elem(ir, "rt")].facts.feedback_loop);
  tmc_ir_free(ir);
}

/* Feedback loops (ML08 model skewing): a cycle of flows through a trainer
 * and the model it trains. A recommender whose clicks are logged and
 * retrained on; a chat model tuned on its users' ratings. Not a loop: a
 * federated aggregator pushing the model straight back to its clients, a
 * drift alert read by a person who starts the next job, a trainer and its
 * model drawn with one two-way arrow. */
static void test_feedback_loop(void **state) {
  static const char d[] = "digraph rec {\n"
                          "  v [type=external, label=\"Viewer\"];\n"
                          "  feed [label=\"Feed API\"];\n"
                          "  rk [type=model, label=\"Ranker\"];\n"
                          "  clicks [type=data_store, label=\"Click log\"];\n"
                          "  job [type=pipeline, label=\"Nightly ranking job\"];\n"
                          "  v -> feed -> rk -> feed -> v;\n"
                          "  feed -> clicks [label=\"impressions and clicks\"];\n"
                          "  clicks -> job -> rk [label=\"new weights\"];\n"
                          "}\n";
  tmc_ir *ir = analyse_with(d, cat, NULL);
  assert_true(ir->elements[elem(ir, "job")].facts.feedback_loop);
  /* the viewer carries the loop; the loop skews the system, not the person */
  assert_false(ir->elements[elem(ir, "v")].facts.feedback_loop);
  assert_true(cites(finding(ir, "TMC-TRAIN-006", "job"), "ML08:2023"));
  /* The clicks are outsiders' content too: TMC-TRAIN-002 states the loop's
   * threat with more ids and takes its place (passes/rules.c, one finding
   * per threat), citing it. */
  assert_true(cites(finding(ir, "TMC-TRAIN-002", "clicks"), "AML.T0031"));
  assert_true(cites(finding(ir, "TMC-TRAIN-002", "clicks"), "ML08:2023"));
  assert_non_null(
      strstr(finding(ir, "TMC-TRAIN-002", "clicks")->evidence, "TMC-TRAIN-007"));
  assert_null(finding(ir, "TMC-TRAIN-007", "clicks"));
  tmc_ir_free(ir);

  static const char d2[] = "digraph chat {\n"
                           "  u [shape=box, label=\"Writer\", entry=yes];\n"
                           "  app [label=\"Drafting app\"];\n"
                           "  m [type=llm, label=\"House model\"];\n"
                           "  thumbs [type=data_store, label=\"Ratings table\"];\n"
                           "  tune [label=\"DPO tuning\"];\n"
                           "  ck [type=model_registry, label=\"Checkpoints\"];\n"
                           "  u -> app [label=\"prompt, thumbs up/down\"];\n"
                           "  app -> m; m -> app; app -> u; app -> thumbs;\n"
                           "  thumbs -> tune -> ck -> m [label=\"roll out\"];\n"
                           "}\n";
  ir = analyse_with(d2, cat, NULL);
  assert_true(cites(finding(ir, "TMC-TRAIN-006", "tune"), "AML.T0031"));
  assert_non_null(finding(ir, "TMC-TRAIN-002", "thumbs")); /* stating TRAIN-007's too */
  assert_non_null(
      strstr(finding(ir, "TMC-TRAIN-002", "thumbs")->evidence, "TMC-TRAIN-007"));
  tmc_ir_free(ir);

  /* A loop that closes only through the people the product shows the
   * model's picks to: the player backend shows the scorer's playlist, the
   * listener's skips go to a beacon and into training (no store or code
   * carries the picks back itself). The model is drawn only as the server
   * that loads it from the registry. */
  static const char d3[] = "digraph music {\n"
                           "  l [type=external, label=\"Listener\"];\n"
                           "  pb [label=\"Player backend\"];\n"
                           "  sc [label=\"Playlist scorer (Triton)\"];\n"
                           "  bc [label=\"Play beacon\"];\n"
                           "  hist [type=data_store, label=\"Play history\"];\n"
                           "  fit [label=\"Weekly refit\"];\n"
                           "  reg [type=model_registry, label=\"Model versions\"];\n"
                           "  l -> pb -> sc -> pb -> l [label=\"playlist\"];\n"
                           "  l -> bc [label=\"skips and plays\"];\n"
                           "  bc -> hist -> fit -> reg -> sc;\n"
                           "}\n";
  ir = analyse_with(d3, cat, NULL);
  assert_true(TMC_ROLESET_HAS(ir->elements[elem(ir, "fit")].roles, TMC_ROLE_TRAINER));
  assert_true(ir->elements[elem(ir, "fit")].facts.feedback_loop);
  assert_true(ir->elements[elem(ir, "hist")].facts.feedback_loop);
  assert_false(ir->elements[elem(ir, "l")].facts.feedback_loop);
  assert_true(cites(finding(ir, "TMC-TRAIN-006", "fit"), "ML08:2023"));
  tmc_ir_free(ir);

  static const char *const none[] = {
      /* federated: the global model goes straight to the trainers */
      "digraph fl {\n"
      "  a [type=dataset]; b [type=dataset];\n"
      "  ca [label=\"Client A\"]; cb [label=\"Client B\"];\n"
      "  agg [label=\"Aggregation server\"];\n"
      "  g [type=model, label=\"Global model\"];\n"
      "  a -> ca -> agg; b -> cb -> agg; agg -> g -> ca; g -> cb;\n"
      "}\n",
      /* an alert read by a person who launches the next run */
      "digraph mon {\n"
      "  ds [type=external, label=\"Data scientist\"];\n"
      "  lake [type=dataset]; tr [type=pipeline, label=\"Train\"];\n"
      "  srv [type=model, label=\"Scorer\"]; logs [type=data_store, label=\"Logs\"];\n"
      "  mon [label=\"Drift monitor\"];\n"
      "  lake -> tr -> srv -> logs -> mon -> ds -> tr [label=\"start run\"];\n"
      "}\n",
      /* a person shown a dashboard who starts the next run: no data of
       * theirs goes into training */
      "digraph dash {\n"
      "  an [type=external, label=\"Analyst\"];\n"
      "  lake [type=dataset]; tr [type=pipeline, label=\"Train\"];\n"
      "  reg [type=model_registry, label=\"Model versions\"];\n"
      "  srv [label=\"Scoring service (KServe)\"]; bi [label=\"Dashboard\"];\n"
      "  lake -> tr -> reg -> srv -> bi -> an -> tr [label=\"start run\"];\n"
      "}\n",
      /* ... or from a notebook that sends the job, no record of theirs */
      "digraph nb {\n"
      "  ds [type=external, label=\"Data scientist\"];\n"
      "  lake [type=dataset]; tr [type=pipeline, label=\"Train\"];\n"
      "  reg [type=model_registry, label=\"Model versions\"];\n"
      "  srv [label=\"Scoring service (KServe)\"]; mon [label=\"Drift monitor\"];\n"
      "  nb [label=\"Notebook\"];\n"
      "  lake -> tr -> reg -> srv -> mon -> ds -> nb -> tr [label=\"job spec\"];\n"
      "}\n",
      /* one two-way arrow between the trainer and its model */
      "digraph bi {\n"
      "  lake [type=dataset]; tr [type=pipeline, label=\"Train\"];\n"
      "  m [type=model, label=\"Classifier\"];\n"
      "  lake -> tr; tr -> m [dir=both];\n"
      "}\n"};
  for (size_t k = 0; k < sizeof none / sizeof *none; k++) {
    ir = analyse_with(none[k], cat, NULL);
    for (uint32_t i = 0; i < ir->n_elements; i++)
      if (ir->elements[i].facts.feedback_loop)
        fail_msg("case %zu: %s is on no feedback loop", k, ir->elements[i].id);
    tmc_ir_free(ir);
  }
}

/* Confidential data to a vendor's service that is no LLM: an SMS vendor
 * named by a hosted-service word and a CRM written third-party get the
 * disclosure finding with no AI id; the patient gets nothing. An assistant
 * handing conversation content to an outside plugin gets the LLM02 one
 * instead. */
static void test_vendor_services(void **state) {
  static const char d[] = "digraph v {\n"
                          "  c [type=external, label=\"Patient\"];\n"
                          "  app [label=\"Booking service\"];\n"
                          "  db [type=data_store, label=\"Appointments\", data=pii];\n"
                          "  sms [type=external, label=\"Twilio SMS\"];\n"
                          "  crm [label=\"Sales CRM\", source=third_party];\n"
                          "  c -> app -> db; db -> app -> c;\n"
                          "  app -> sms [label=\"reminder\"]; app -> crm;\n"
                          "}\n";
  tmc_ir *ir = analyse_with(d, cat, NULL);
  const tmc_finding *f = finding(ir, "TMC-DISC-005", "app->sms");
  assert_true(cites(f, "CWE-359"));
  assert_int_equal(f->atlas.n, 0);
  assert_non_null(finding(ir, "TMC-DISC-005", "app->crm"));
  assert_null(finding(ir, "TMC-DISC-005", "app->c"));
  assert_null(finding(ir, "TMC-LLM-016", "app->sms"));
  tmc_ir_free(ir);

  static const char d2[] = "digraph p {\n"
                           "  u [type=external, label=\"User\"];\n"
                           "  orch [label=\"Assistant runtime\"];\n"
                           "  hist [type=data_store, label=\"Order history\"];\n"
                           "  m [type=llm];\n"
                           "  plug [type=external, label=\"Recipe plugin\"];\n"
                           "  u -> orch -> m -> orch -> u; hist -> orch;\n"
                           "  orch -> plug; plug -> orch;\n"
                           "}\n";
  ir = analyse_with(d2, cat, NULL);
  assert_true(ir->elements[elem(ir, "plug")].facts.vendor_service);
  assert_true(cites(finding(ir, "TMC-LLM-016", "orch->plug"), "LLM02:2025"));
  assert_null(finding(ir, "TMC-DISC-005", "orch->plug"));
  assert_false(ir->elements[elem(ir, "u")].facts.vendor_service);
  tmc_ir_free(ir);
  /* The same assistant reading only public pages: what it hands the plugin
   * is the asker's own words and what the model made of public content, no
   * disclosure by the model (no LLM02). */
  static const char d3[] = "digraph p {\n"
                           "  u [type=external, label=\"User\"];\n"
                           "  orch [label=\"Assistant runtime\"];\n"
                           "  pages [type=data_store, label=\"Public recipe pages\"];\n"
                           "  m [type=llm];\n"
                           "  plug [type=external, label=\"Recipe plugin\"];\n"
                           "  u -> orch -> m -> orch -> u; pages -> orch;\n"
                           "  orch -> plug; plug -> orch;\n"
                           "}\n";
  ir = analyse_with(d3, cat, NULL);
  assert_null(finding(ir, "TMC-LLM-016", "orch->plug"));
  tmc_ir_free(ir);
}

/* Credentials named only in a flow's label: a token the agent's git tool
 * pushes with, a bearer token it reads from settings; a billing job's API
 * key (no AI: secret data, no AI finding). */
static void test_credentials_in_labels(void **state) {
  static const char d[] = "digraph c {\n"
                          "  dev [type=external, label=\"Developer\"];\n"
                          "  ide [label=\"IDE agent\"];\n"
                          "  m [type=llm];\n"
                          "  gh [label=\"Git tool\"];\n"
                          "  api [type=external, label=\"Code host API\"];\n"
                          "  cfg [type=data_store, label=\"Settings\"];\n"
                          "  dev -> ide -> m -> ide -> gh;\n"
                          "  gh -> api [label=\"push with personal access token\"];\n"
                          "  cfg -> gh [label=\"bearer token\"];\n"
                          "}\n";
  tmc_ir *ir = analyse_with(d, cat, NULL);
  assert_true(ir->flows[flow(ir, "gh", "api")].facts.carries_credentials);
  assert_true(cites(finding(ir, "TMC-AGENT-008", "gh->api"), "AML.T0098"));
  assert_true(ir->elements[elem(ir, "gh")].facts.gets_credentials);
  assert_true(cites(finding(ir, "TMC-AGENT-006", "gh"), "AML.T0055"));
  assert_false(ir->flows[flow(ir, "dev", "ide")].facts.carries_credentials);
  tmc_ir_free(ir);

  /* a person's login token is what the service checks, not a key handed
   * to the agent */
  static const char d3[] = "digraph l {\n"
                           "  u [type=external, label=\"Employee\"];\n"
                           "  be [label=\"Assistant backend\"];\n"
                           "  m [type=llm]; t [type=agent_tool, label=\"Search tool\"];\n"
                           "  u -> be [label=\"SSO token\"]; be -> m -> be -> t;\n"
                           "}\n";
  ir = analyse_with(d3, cat, NULL);
  assert_true(ir->flows[flow(ir, "u", "be")].facts.carries_credentials);
  assert_false(ir->elements[elem(ir, "be")].facts.gets_credentials);
  assert_null(finding(ir, "TMC-AGENT-006", "be"));
  tmc_ir_free(ir);

  static const char d2[] = "digraph b {\n"
                           "  svc [label=\"Billing job\"];\n"
                           "  pay [type=external, label=\"Payment provider\"];\n"
                           "  svc -> pay [label=\"API key + charges\"];\n"
                           "}\n";
  ir = analyse_with(d2, cat, NULL);
  assert_int_equal(ir->flows[flow(ir, "svc", "pay")].facts.data_sensitivity,
                   TMC_SENS_SECRET);
  assert_null(finding(ir, "TMC-AGENT-008", "svc->pay"));
  for (uint32_t i = 0; i < ir->n_findings; i++)
    assert_int_equal(ir->findings[i].atlas.n, 0);
  tmc_ir_free(ir);
}

/* Misinformation where the answer is used: the BI assistant that shows
 * model-written figures, a research writer turning a vendor model's draft
 * into a brief for staff. A tool the model calls is not where answers are
 * believed. */
static void test_output_consumer(void **state) {
  static const char d[] = "digraph bi {\n"
                          "  u [type=external, label=\"Manager\"];\n"
                          "  bi [label=\"BI assistant\"];\n"
                          "  m [type=llm];\n"
                          "  db [type=data_store, label=\"Sales DB\"];\n"
                          "  u -> bi -> m -> bi -> db; db -> bi -> u;\n"
                          "}\n";
  tmc_ir *ir = analyse_with(d, cat, NULL);
  assert_true(cites(finding(ir, "TMC-LLM-017", "m->bi"), "LLM09:2025"));
  assert_null(finding(ir, "TMC-LLM-017", "bi->m"));
  assert_null(finding(ir, "TMC-LLM-017", "bi->db"));
  tmc_ir_free(ir);

  static const char d2[] = "digraph r {\n"
                           "  web [type=external, label=\"Web pages\"];\n"
                           "  fetch [label=\"Fetcher\"];\n"
                           "  gem [type=llm, label=\"Gemini\", source=third_party];\n"
                           "  rs [label=\"Research writer\"];\n"
                           "  team [type=external, label=\"Account team\"];\n"
                           "  run [type=agent_tool, label=\"Calendar tool\"];\n"
                           "  web -> fetch -> gem -> rs -> team; gem -> run;\n"
                           "}\n";
  ir = analyse_with(d2, cat, NULL);
  assert_true(cites(finding(ir, "TMC-LLM-017", "gem->rs"), "AML.T0067"));
  assert_null(finding(ir, "TMC-LLM-017", "gem->run"));
  tmc_ir_free(ir);
}

/* A tool installed from a registry or marketplace is third-party code,
 * wherever it runs; an in-house tool is not. */
static void test_packaged_tools(void **state) {
  static const char d[] = "digraph t {\n"
                          "  dev [type=external, label=\"Developer\"];\n"
                          "  ide [label=\"IDE agent\"];\n"
                          "  m [type=llm];\n"
                          "  mcp [label=\"Jira MCP server (npm package)\"];\n"
                          "  ext [label=\"Diagram plugin from the marketplace\"];\n"
                          "  own [label=\"Order lookup tool\"];\n"
                          "  dev -> ide -> m -> ide; ide -> mcp -> ide;\n"
                          "  ide -> ext -> ide; ide -> own -> ide;\n"
                          "}\n";
  tmc_ir *ir = analyse_with(d, cat, NULL);
  assert_true(ir->elements[elem(ir, "mcp")].facts.packaged_code);
  assert_true(cites(finding(ir, "TMC-AGENT-002", "mcp"), "AML.T0010.005"));
  assert_non_null(finding(ir, "TMC-AGENT-002", "ext"));
  assert_null(finding(ir, "TMC-AGENT-002", "own"));
  tmc_ir_free(ir);
}

/* Models on devices: a classifier inside a mobile app, a detector pushed
 * over the air into an untrusted field zone. Copying and white-box evasion,
 * no inference-API threats. A registry feeding a server in a less trusted
 * corporate zone is no device. */
static void test_device_models(void **state) {
  static const char d[] = "digraph m {\n"
                          "  u [type=external, label=\"Farmer\"];\n"
                          "  subgraph cluster_phone { label=\"Phone\";\n"
                          "    app [label=\"Leaf scanner mobile app\"];\n"
                          "    m [type=model, label=\"Disease classifier\"]; }\n"
                          "  subgraph cluster_cloud { label=\"Cloud backend\"; trust=2;\n"
                          "    ota [type=data_store, label=\"Model bucket\", "
                          "data=model_weights]; }\n"
                          "  u -> app -> m -> app; ota -> app;\n"
                          "}\n";
  tmc_ir *ir = analyse_with(d, cat, NULL);
  assert_true(ir->elements[elem(ir, "m")].facts.on_device);
  assert_true(cites(finding(ir, "TMC-ML-010", "m"), "AML.T0044"));
  assert_true(cites(finding(ir, "TMC-ML-011", "m"), "AML.T0043.000"));
  assert_null(finding(ir, "TMC-ML-001", "m"));
  tmc_ir_free(ir);

  static const char d2[] = "digraph e {\n"
                           "  subgraph cluster_f { label=\"Field sites (untrusted)\";\n"
                           "    cam [label=\"Edge box\"];\n"
                           "    det [type=model, label=\"Detector\"]; }\n"
                           "  subgraph cluster_hq { label=\"HQ\"; trust=3;\n"
                           "    reg [type=model_registry, label=\"Model registry\"]; }\n"
                           "  reg -> det [label=\"OTA update\"]; cam -> det -> cam;\n"
                           "}\n";
  ir = analyse_with(d2, cat, NULL);
  assert_true(ir->elements[elem(ir, "det")].facts.on_device);
  assert_non_null(finding(ir, "TMC-ML-010", "det"));
  tmc_ir_free(ir);

  static const char d3[] = "digraph s {\n"
                           "  subgraph cluster_r { label=\"ML platform\"; trust=3;\n"
                           "    reg [type=model_registry, label=\"Registry\"]; }\n"
                           "  subgraph cluster_c { label=\"Corporate\"; trust=2;\n"
                           "    app [label=\"Routing service\"];\n"
                           "    srv [type=model, label=\"Router model\"]; }\n"
                           "  reg -> srv; app -> srv -> app;\n"
                           "}\n";
  ir = analyse_with(d3, cat, NULL);
  assert_false(ir->elements[elem(ir, "srv")].facts.on_device);
  assert_null(finding(ir, "TMC-ML-010", "srv"));
  tmc_ir_free(ir);
}

/* Precision: a web shop and a batch ETL get no ATLAS or OWASP LLM/ML id. */
static void test_no_ai_no_ai_ids(void **state) {
  static const char *const d[] = {
      "digraph shop {\n"
      "  c [type=external, label=\"Customer browser\"];\n"
      "  app [label=\"Shop frontend\"]; api [label=\"Orders API\"];\n"
      "  db [type=data_store, label=\"Orders SQL\", data=pii];\n"
      "  kv [type=data_store, label=\"Key vault\"];\n"
      "  pay [type=external, label=\"Payment provider\", source=third_party];\n"
      "  c -> app -> api -> db; db -> api -> app -> c; kv -> api; api -> pay;\n"
      "}\n",
      "digraph etl {\n"
      "  src [type=external, label=\"Partner SFTP feed\"];\n"
      "  job [label=\"Nightly ETL loader\"];\n"
      "  dw [type=data_store, label=\"Warehouse\", data=training_data];\n"
      "  bi [label=\"BI dashboards\"];\n"
      "  src -> job -> dw -> bi;\n"
      "}\n"};
  for (size_t k = 0; k < sizeof d / sizeof *d; k++) {
    tmc_ir *ir = analyse_with(d[k], cat, NULL);
    for (uint32_t i = 0; i < ir->n_findings; i++) {
      const tmc_finding *f = &ir->findings[i];
      bool ai = f->atlas.n > 0;
      for (uint32_t j = 0; j < f->owasp.n; j++)
        ai |=
            strncmp(f->owasp.v[j], "LLM", 3) == 0 || strncmp(f->owasp.v[j], "ML", 2) == 0;
      if (ai && strncmp(f->rule_id, "TMC-PATH", 8) != 0)
        fail_msg("%s cites an AI id on a system without AI", f->rule_id);
    }
    tmc_ir_free(ir);
  }
}

/* Membership inference needs training data of the system's own: a model a
 * pipeline trains from the system's records, or one declared to hold
 * personal data, can give away who is in them; a pretrained or vendor model
 * that is only served cannot (extraction still applies to it). */
static void test_membership_needs_own_training(void **state) {
  static const char served[] =
      "digraph s {\n"
      "  c [type=external, label=\"Partner app\"];\n"
      "  subgraph cluster_d { label=\"DMZ\"; api [label=\"Scoring API\"]; }\n"
      "  subgraph cluster_i { label=\"Internal\";\n"
      "    m [type=model, label=\"Pretrained BERT-base classifier\"]; }\n"
      "  c -> api -> m; m -> api -> c;\n"
      "}\n";
  tmc_ir *ir = analyse_with(served, cat, NULL);
  assert_non_null(finding(ir, "TMC-ML-001", "m"));
  assert_null(finding(ir, "TMC-ML-003", "m"));
  tmc_ir_free(ir);
  static const char trained[] = "digraph t {\n"
                                "  u [shape=box, label=\"Mobile user\", entry=yes];\n"
                                "  gw [label=\"Edge gateway\"];\n"
                                "  risk [type=model, label=\"Churn predictor\"];\n"
                                "  hist [type=dataset, label=\"Subscriber history\"];\n"
                                "  fit [label=\"Weekly refit\", type=pipeline];\n"
                                "  u -> gw -> risk -> gw; hist -> fit -> risk;\n"
                                "}\n";
  ir = analyse_with(trained, cat, NULL);
  assert_true(cites(finding(ir, "TMC-ML-003", "risk"), "ML04:2023"));
  tmc_ir_free(ir);
  static const char declared[] =
      "digraph p {\n"
      "  c [type=external, label=\"Clinic portal\"];\n"
      "  api [label=\"Triage service\"];\n"
      "  m [type=model, label=\"Triage model\", data=\"personal_data\"];\n"
      "  c -> api -> m -> api;\n"
      "}\n";
  ir = analyse_with(declared, cat, NULL);
  assert_non_null(finding(ir, "TMC-ML-003", "m"));
  tmc_ir_free(ir);
}

/* Text-to-SQL: the query an LLM writes reaches the database through code;
 * the finding is on that query flow with CWE-89 (and not the generic
 * output-handling one again). A NoSQL wording through an agent; an app
 * that only stores the model's answer as a record raises nothing of it. */
static void test_model_written_queries(void **state) {
  static const char d[] =
      "digraph q {\n"
      "  u [type=external, label=\"Store manager\"];\n"
      "  app [label=\"Reporting assistant\"];\n"
      "  m [type=llm, label=\"Hosted model\", source=third_party];\n"
      "  db [type=data_store, label=\"Sales (MySQL)\"];\n"
      "  u -> app -> m -> app -> u;\n"
      "  app -> db [label=\"generated SQL\"]; db -> app [label=\"rows\"];\n"
      "}\n";
  tmc_ir *ir = analyse_with(d, cat, NULL);
  assert_true(ir->flows[flow(ir, "app", "db")].facts.queries_db);
  assert_true(cites(finding(ir, "TMC-LLM-018", "app->db"), "CWE-89"));
  assert_true(cites(finding(ir, "TMC-LLM-018", "app->db"), "LLM05:2025"));
  assert_null(finding(ir, "TMC-LLM-006", "app->db"));
  tmc_ir_free(ir);
  static const char d2[] =
      "digraph n {\n"
      "  a [shape=box, label=\"Analyst\", entry=yes];\n"
      "  loop [label=\"Data agent\"];\n"
      "  g [type=llm, label=\"Llama on GPUs\"];\n"
      "  mg [type=data_store, label=\"Events (MongoDB)\"];\n"
      "  a -> loop -> g -> loop;\n"
      "  loop -> mg [label=\"lookup the model wrote\"]; mg -> loop;\n"
      "}\n";
  ir = analyse_with(d2, cat, NULL);
  assert_non_null(finding(ir, "TMC-LLM-018", "loop->mg"));
  tmc_ir_free(ir);
  static const char kept[] =
      "digraph k {\n"
      "  u [type=external, label=\"Customer\"];\n"
      "  app [label=\"Chat backend\"];\n"
      "  m [type=llm];\n"
      "  h [type=data_store, label=\"History (Postgres)\"];\n"
      "  u -> app -> m -> app -> u; app -> h [label=\"save answer\"];\n"
      "}\n";
  ir = analyse_with(kept, cat, NULL);
  assert_false(ir->flows[flow(ir, "app", "h")].facts.queries_db);
  assert_null(finding(ir, "TMC-LLM-018", "app->h"));
  tmc_ir_free(ir);
}

/* An MCP server or connector someone else wrote is third-party code however
 * it is worded (from the community, open-source, a vendor's plugin); the
 * system's own (in-house, internal) is not. */
static void test_outside_tool_code(void **state) {
  static const char d[] =
      "digraph m {\n"
      "  dev [type=external, label=\"Developer\"];\n"
      "  subgraph cluster_l { label=\"Laptop\"; trust=2;\n"
      "    host [label=\"Agent host\"];\n"
      "    gh [label=\"GitHub MCP server from the community\"];\n"
      "    pg [label=\"Open-source Postgres MCP connector\"];\n"
      "    own [label=\"Internal MCP server for HR data\"];\n"
      "  }\n"
      "  m [type=llm, label=\"Hosted model\", source=third_party];\n"
      "  dev -> host -> m -> host;\n"
      "  host -> gh -> host; host -> pg -> host; host -> own -> host;\n"
      "}\n";
  tmc_ir *ir = analyse_with(d, cat, NULL);
  assert_true(ir->elements[elem(ir, "gh")].facts.packaged_code);
  assert_true(cites(finding(ir, "TMC-AGENT-002", "gh"), "LLM03:2025"));
  assert_true(cites(finding(ir, "TMC-AGENT-002", "pg"), "AML.T0010.005"));
  assert_false(ir->elements[elem(ir, "own")].facts.packaged_code);
  assert_null(finding(ir, "TMC-AGENT-002", "own"));
  tmc_ir_free(ir);
}

/* Indirect prompt injection through a fetcher, in a DOT sketch where every
 * node is a plain box (read as an entity): the worker inside the company
 * zone that puts fetched pages into prompts builds them all the same, and
 * screening and limits land on it; a person box in the same zone who types
 * into the model is no assembler. A cron-started scraper wording, whose
 * only outside input is the scraped site, still gets its cost finding. */
static void test_assembler_drawn_as_box(void **state) {
  static const char d[] =
      "digraph b {\n"
      "  node [shape=box];\n"
      "  web [label=\"Public web pages\", shape=note];\n"
      "  subgraph cluster_i { label=\"Intranet\";\n"
      "    worker [label=\"brief-svc (search, fetch, draft)\"];\n"
      "    fetch [label=\"page fetcher\"];\n"
      "    clerk [label=\"Clerk\"];\n"
      "  }\n"
      "  m [type=llm, label=\"Hosted model\", source=third_party];\n"
      "  worker -> fetch [label=\"URLs\"]; fetch -> web; web -> fetch;\n"
      "  fetch -> worker [label=\"page text\"];\n"
      "  worker -> m [label=\"prompt\"]; m -> worker;\n"
      "  clerk -> m [label=\"question\"];\n"
      "}\n";
  tmc_ir *ir = analyse_with(d, cat, NULL);
  assert_true(
      TMC_ROLESET_HAS(ir->elements[elem(ir, "worker")].roles, TMC_ROLE_PROMPT_ASSEMBLER));
  assert_false(
      TMC_ROLESET_HAS(ir->elements[elem(ir, "clerk")].roles, TMC_ROLE_PROMPT_ASSEMBLER));
  assert_true(cites(finding(ir, "TMC-AGENT-007", "worker"), "AML.T0051.001"));
  assert_true(cites(finding(ir, "TMC-LLM-013", "worker->m"), "LLM10:2025"));
  tmc_ir_free(ir);
  static const char d2[] = "digraph c {\n"
                           "  site [type=external, label=\"Competitor site\"];\n"
                           "  cron [type=external, label=\"Scheduler\"];\n"
                           "  subgraph cluster_p { label=\"Prod\"; trust=2;\n"
                           "    scr [label=\"Scraper\"];\n"
                           "    sum [label=\"Summariser job\"];\n"
                           "  }\n"
                           "  m [type=llm, label=\"Model\"];\n"
                           "  scr -> site; site -> scr -> sum -> m -> sum;\n"
                           "}\n";
  ir = analyse_with(d2, cat, NULL);
  assert_non_null(finding(ir, "TMC-AGENT-007", "sum"));
  assert_non_null(finding(ir, "TMC-LLM-013", "sum->m"));
  assert_null(finding(ir, "TMC-LLM-008", "m"));
  tmc_ir_free(ir);
}

/* Plugin -> LLM -> plugin: what an outside plugin returns reaches the code
 * that dispatches the next tool call; the finding is on that flow. A
 * vendor's plugin marked third-party, and an outside service drawn as an
 * entity behind a plugin router; the system's own calculator tool raises
 * nothing of it. */
static void test_tool_output_chains(void **state) {
  static const char d[] =
      "digraph p {\n"
      "  u [type=external, label=\"Member\"];\n"
      "  subgraph cluster_s { label=\"Service\"; trust=2;\n"
      "    orch [label=\"Assistant runtime\"];\n"
      "    calc [type=agent_tool, label=\"Calculator\"];\n"
      "    mail [type=agent_tool, label=\"Send e-mail\"];\n"
      "  }\n"
      "  wx [type=agent_tool, label=\"Weather plugin\", source=third_party];\n"
      "  m [type=llm, label=\"Model\"];\n"
      "  u -> orch -> m -> orch;\n"
      "  orch -> wx -> orch; orch -> calc -> orch; orch -> mail;\n"
      "}\n";
  tmc_ir *ir = analyse_with(d, cat, NULL);
  assert_true(cites(finding(ir, "TMC-AGENT-009", "wx->orch"), "AML.T0051.001"));
  assert_true(cites(finding(ir, "TMC-AGENT-009", "wx->orch"), "LLM01:2025"));
  assert_null(finding(ir, "TMC-AGENT-009", "calc->orch"));
  tmc_ir_free(ir);
  static const char d2[] =
      "digraph r {\n"
      "  a [type=external, label=\"Analyst\"];\n"
      "  subgraph cluster_c { label=\"Corp\"; trust=2;\n"
      "    loop [label=\"Chat agent\"];\n"
      "    rt [label=\"Plugin router\"];\n"
      "  }\n"
      "  tr [type=external, label=\"Translate plugin service\"];\n"
      "  g [type=llm];\n"
      "  a -> loop -> g -> loop; loop -> rt -> loop;\n"
      "  rt -> tr [label=\"call\"]; tr -> rt [label=\"translated text\"];\n"
      "}\n";
  ir = analyse_with(d2, cat, NULL);
  assert_non_null(finding(ir, "TMC-AGENT-009", "tr->rt"));
  tmc_ir_free(ir);
  /* A partner's plugins, no source= written: their zone says another party
   * runs them, so what one passes to the next, and what comes back to the
   * agent, is outsider text; the company's own tool is not. */
  static const char d3[] =
      "digraph q {\n"
      "  c [label=\"Traveller\", shape=ellipse];\n"
      "  subgraph cluster_s { label=\"Booking VPC\";\n"
      "    rt [label=\"booking agent runtime\"];\n"
      "    own [type=agent_tool, label=\"seat_map\"]; }\n"
      "  subgraph cluster_p { label=\"Vendor plugins (external, run by them)\";\n"
      "    a1 [type=agent_tool, label=\"Delay alerts\"];\n"
      "    a2 [type=agent_tool, label=\"Hotel offers\"]; }\n"
      "  g [type=llm, label=\"Hosted LLM\"];\n"
      "  c -> rt -> g -> rt; rt -> own -> rt;\n"
      "  rt -> a1; a1 -> a2 [label=\"alert, forwarded\"]; a2 -> rt [label=\"offer\"];\n"
      "}\n";
  ir = analyse_with(d3, cat, NULL);
  assert_non_null(finding(ir, "TMC-AGENT-009", "a1->a2"));
  assert_non_null(finding(ir, "TMC-AGENT-009", "a2->rt"));
  assert_null(finding(ir, "TMC-AGENT-009", "own->rt"));
  tmc_ir_free(ir);
}

/* Web content a search hands to the code building prompts: the pages are
 * where it is crafted (AML.T0066), drawn as a note behind a search vendor or
 * as sites a research agent's tool fetches; not a mailbox suppliers send
 * to, nor a person asking. */
static void test_retrieval_content_crafting(void **state) {
  (void)state;
  static const char d[] =
      "digraph r {\n"
      "  emp [label=\"Employee\", shape=ellipse];\n"
      "  subgraph cluster_c { label=\"Corp VNet\";\n"
      "    app [label=\"answer service (prompt builder)\"]; }\n"
      "  subgraph cluster_w { label=\"Internet\";\n"
      "    pg [label=\"news websites\", shape=note];\n"
      "    se [label=\"Bing Search API\"]; }\n"
      "  m [type=llm, label=\"Hosted LLM\"];\n"
      "  emp -> app -> m -> app; pg -> se [label=\"indexed\"]; se -> app;\n"
      "  sup [label=\"Suppliers\", type=external]; mb [label=\"AP inbox\", "
      "type=external];\n"
      "  sup -> mb; mb -> app;\n"
      "}\n";
  tmc_ir *ir = analyse_with(d, cat, NULL);
  assert_true(cites(finding(ir, "TMC-LLM-024", "pg"), "AML.T0066"));
  assert_null(finding(ir, "TMC-LLM-024", "mb"));
  assert_null(finding(ir, "TMC-LLM-024", "emp"));
  assert_null(finding(ir, "TMC-LLM-024", "sup"));
  tmc_ir_free(ir);
}

/* An app that runs the model it downloads, and gets the model's answers,
 * is not a promotion step; the step that deploys from the registry is. */
static void test_promotion_step_not_the_app(void **state) {
  static const char d[] =
      "digraph a {\n"
      "  u [type=external, label=\"Farmer\"];\n"
      "  reg [type=model_registry, label=\"Model versions\"];\n"
      "  dep [label=\"Release job\"];\n"
      "  cdn [type=data_store, label=\"Model CDN\", data=model_weights];\n"
      "  app [label=\"Field app\"];\n"
      "  m [type=model, label=\"On-device classifier\"];\n"
      "  reg -> dep -> cdn -> app; u -> app -> m -> app -> u;\n"
      "  reg -> rel; rel [label=\"Promote job\"]; rel -> m2; m2 [type=model, "
      "label=\"Server model\"];\n"
      "}\n";
  tmc_ir *ir = analyse_with(d, cat, NULL);
  assert_null(finding(ir, "TMC-MLOPS-009", "app"));
  assert_non_null(finding(ir, "TMC-MLOPS-009", "rel"));
  tmc_ir_free(ir);
}

/* RLHF: a reward model learns from people's ratings and then trains the
 * policy; whoever rates (users' thumbs, contract raters) can poison it. The
 * reward model is a trainer however it is drawn (a model named as one), so
 * the poisoning finding is on it; a second wording through a job that fits
 * a preference model from a feedback table. */
static void test_reward_model(void **state) {
  static const char d[] =
      "digraph rl {\n"
      "  u [type=external, label=\"Shopper\"];\n"
      "  raters [type=external, label=\"Contract raters\"];\n"
      "  subgraph cluster_p { label=\"Platform\"; trust=2;\n"
      "    chat [label=\"Chat service\"];\n"
      "    fb [type=data_store, label=\"Ratings store\"];\n"
      "    rm [type=model, label=\"Reward model\"];\n"
      "    ppo [label=\"Policy optimisation job\"];\n"
      "    pol [type=llm, label=\"Assistant model\"];\n"
      "  }\n"
      "  u -> chat -> pol -> chat -> u;\n"
      "  chat -> fb [label=\"ratings\"]; raters -> fb [label=\"preference labels\"];\n"
      "  fb -> rm [label=\"preference pairs\"];\n"
      "  rm -> ppo [label=\"rewards\"];\n"
      "  ppo -> pol [label=\"updated weights\"];\n"
      "}\n";
  tmc_ir *ir = analyse_with(d, cat, NULL);
  assert_true(TMC_ROLESET_HAS(ir->elements[elem(ir, "rm")].roles, TMC_ROLE_TRAINER));
  assert_true(cites(finding(ir, "TMC-TRAIN-004", "rm"), "AML.T0020"));
  assert_true(cites(finding(ir, "TMC-TRAIN-002", "fb"), "ML02:2023"));
  tmc_ir_free(ir);
  static const char d2[] = "digraph pm {\n"
                           "  w [type=external, label=\"Writer\"];\n"
                           "  subgraph cluster_c { label=\"Cloud\"; trust=2;\n"
                           "    api [label=\"Editor API\"];\n"
                           "    tbl [type=data_store, label=\"Feedback table\"];\n"
                           "    fit [label=\"Preference model fitting\"];\n"
                           "    pm [type=model, label=\"Preference model\"];\n"
                           "    tune [label=\"Policy tuning\"];\n"
                           "    g [type=llm, label=\"Writer LLM\"];\n"
                           "  }\n"
                           "  w -> api -> g -> api -> w; api -> tbl;\n"
                           "  tbl -> fit -> pm; pm -> tune -> g;\n"
                           "}\n";
  ir = analyse_with(d2, cat, NULL);
  assert_true(TMC_ROLESET_HAS(ir->elements[elem(ir, "fit")].roles, TMC_ROLE_TRAINER));
  assert_true(cites(finding(ir, "TMC-TRAIN-004", "fit"), "ML02:2023"));
  tmc_ir_free(ir);
}

/* Model text handed to a web application (a React or Next.js front end
 * drawn as a process) is rendered into pages: improper output handling
 * (LLM05, CWE-79) on that flow, in two wordings. */
static void test_web_front_renders_output(void **state) {
  static const char d[] = "digraph w {\n"
                          "  mgr [type=external, label=\"Store manager\"];\n"
                          "  fe [label=\"Dashboard front end (React)\"];\n"
                          "  be [label=\"Insights service\"];\n"
                          "  m [type=llm, label=\"Hosted model\", source=third_party];\n"
                          "  mgr -> fe -> be -> m -> be -> fe -> mgr;\n"
                          "}\n";
  tmc_ir *ir = analyse_with(d, cat, NULL);
  assert_true(TMC_ROLESET_HAS(ir->elements[elem(ir, "fe")].roles, TMC_ROLE_OUTPUT_SINK));
  assert_true(cites(finding(ir, "TMC-LLM-006", "be->fe"), "CWE-79"));
  tmc_ir_free(ir);
  static const char d2[] =
      "digraph n {\n"
      "  a [type=external, label=\"Analyst\"];\n"
      "  ui [label=\"Reports portal\", tech=web_application];\n"
      "  job [label=\"Summary worker\"];\n"
      "  g [type=llm];\n"
      "  a -> ui; ui -> a; job -> g -> job -> ui [label=\"summary markdown\"];\n"
      "}\n";
  ir = analyse_with(d2, cat, NULL);
  assert_non_null(finding(ir, "TMC-LLM-006", "job->ui"));
  tmc_ir_free(ir);
}

/* Model output posted to a chat or help-desk product is output to encode
 * there (TMC-LLM-006 on the post), however the product is drawn; and a web
 * front end a person only sends questions to (its answer arrow not drawn)
 * still renders what it gets. */
static void test_chat_products_render_output(void **state) {
  static const char d[] = "digraph c {\n"
                          "  staff [type=external, label=\"Nurses\"];\n"
                          "  subgraph cluster_h { label=\"Hospital tenant\";\n"
                          "    teams [label=\"Microsoft Teams channel\"];\n"
                          "    bot [label=\"Rota bot (Azure Functions)\"];\n"
                          "    desk [label=\"Freshdesk\"];\n"
                          "  }\n"
                          "  m [type=llm, label=\"Hosted model\", source=third_party];\n"
                          "  staff -> teams -> bot -> m -> bot;\n"
                          "  bot -> teams [label=\"reply card\"];\n"
                          "  bot -> desk [label=\"private note\"];\n"
                          "}\n";
  tmc_ir *ir = analyse_with(d, cat, NULL);
  assert_true(ir->elements[elem(ir, "teams")].facts.renders_output);
  assert_true(cites(finding(ir, "TMC-LLM-006", "bot->teams"), "AML.T0077"));
  assert_true(cites(finding(ir, "TMC-LLM-006", "bot->desk"), "LLM05:2025"));
  /* the nurses' own message into the channel is no model output */
  assert_null(finding(ir, "TMC-LLM-006", "staff->teams"));
  tmc_ir_free(ir);
  static const char d2[] = "digraph q {\n"
                           "  v [type=external, label=\"Shoppers\"];\n"
                           "  ui [label=\"Ask-us box (Next.js)\"];\n"
                           "  api [label=\"answer service\"];\n"
                           "  g [type=llm, label=\"Hosted model\", source=third_party];\n"
                           "  v -> ui [label=\"question\"]; ui -> api -> g -> api;\n"
                           "  api -> ui [label=\"answer (markdown)\"];\n"
                           "}\n";
  ir = analyse_with(d2, cat, NULL);
  assert_true(TMC_ROLESET_HAS(ir->elements[elem(ir, "ui")].roles, TMC_ROLE_OUTPUT_SINK));
  assert_true(cites(finding(ir, "TMC-LLM-006", "api->ui"), "CWE-79"));
  tmc_ir_free(ir);
}

/* An embedding model's vectors are no text an LLM wrote: a crawler that
 * embeds pages through the same embedding API the answer service calls
 * writes no memory into the index or the permissions table the answer
 * service reads, while a summariser the agent hands its turns to does. */
static void test_embedding_writer_is_no_memory(void **state) {
  static const char d[] =
      "digraph e {\n"
      "  staff [type=external, label=\"Analysts\"];\n"
      "  subgraph cluster_c { label=\"Bank\";\n"
      "    crawl [label=\"Intranet crawler (weekly)\"];\n"
      "    pages [type=data_store, label=\"Intranet pages\"];\n"
      "    idx [type=vector_store, label=\"pgvector page chunks\"];\n"
      "    acl [type=data_store, label=\"Page permissions table\"];\n"
      "    ask [label=\"Research helper API\"];\n"
      "    summ [label=\"Turn summariser\"];\n"
      "    notes [type=data_store, label=\"Analyst notes\"];\n"
      "  }\n"
      "  emb [type=model, label=\"Embedding endpoint\", source=third_party];\n"
      "  gen [type=llm, label=\"Chat model\", source=third_party];\n"
      "  pages -> crawl; crawl -> emb [label=\"passages\"];\n"
      "  emb -> crawl [label=\"embeddings\"];\n"
      "  crawl -> idx [label=\"passages + embeddings\"];\n"
      "  crawl -> acl [label=\"who may read which page\"];\n"
      "  staff -> ask; ask -> staff;\n"
      "  ask -> emb [label=\"question\"]; emb -> ask [label=\"query embedding\"];\n"
      "  acl -> ask [label=\"allowed pages\"];\n"
      "  ask -> idx [label=\"top-k search\"]; idx -> ask [label=\"passages\"];\n"
      "  ask -> gen; gen -> ask;\n"
      "  ask -> summ [label=\"finished turns\"]; summ -> notes; notes -> ask;\n"
      "}\n";
  tmc_ir *ir = analyse_with(d, cat, NULL);
  assert_true(ir->elements[elem(ir, "crawl")].facts.model_output); /* through emb */
  assert_false(ir->elements[elem(ir, "idx")].facts.agent_memory);
  assert_false(ir->elements[elem(ir, "acl")].facts.agent_memory);
  assert_null(finding(ir, "TMC-AGENT-005", "idx"));
  assert_null(finding(ir, "TMC-AGENT-005", "acl"));
  assert_true(ir->elements[elem(ir, "notes")].facts.agent_memory);
  assert_non_null(finding(ir, "TMC-AGENT-005", "notes"));
  tmc_ir_free(ir);
}

/* RAG poisoning (AML.T0070) on an injection path only where something is
 * retrieved from an index: tickets through a queue to a worker that
 * prompts a model are stored content, not retrieval; the same tickets
 * embedded into a vector store and searched are. */
static bool path_cites(const tmc_ir *ir, const char *rule, const char *id) {
  for (uint32_t i = 0; i < ir->n_findings; i++) {
    const tmc_finding *f = &ir->findings[i];
    if (f->target_kind == TMC_TARGET_PATH && strcmp(f->rule_id, rule) == 0 &&
        tmc_strlist_has(&f->atlas, id))
      return true;
  }
  return false;
}

static bool path_rule(const tmc_ir *ir, const char *rule) {
  for (uint32_t i = 0; i < ir->n_findings; i++)
    if (ir->findings[i].target_kind == TMC_TARGET_PATH &&
        strcmp(ir->findings[i].rule_id, rule) == 0)
      return true;
  return false;
}

static void test_injection_path_without_index(void **state) {
  static const char d[] = "digraph q {\n"
                          "  cust [type=external, label=\"Reporters\"];\n"
                          "  subgraph cluster_c { label=\"Cloud project\";\n"
                          "    hook [label=\"Intake webhook\"];\n"
                          "    q [type=data_store, label=\"Ticket topic (Pub/Sub)\"];\n"
                          "    w [label=\"Triage worker\"];\n"
                          "    out [type=data_store, label=\"Triaged tickets\"];\n"
                          "  }\n"
                          "  m [type=llm, label=\"Hosted model\", source=third_party];\n"
                          "  cust -> hook -> q -> w -> m -> w -> out;\n"
                          "}\n";
  tmc_ir *ir = analyse_with(d, cat, NULL);
  assert_true(path_rule(ir, "TMC-PATH-002"));
  assert_true(path_cites(ir, "TMC-PATH-002", "AML.T0051.001"));
  assert_false(path_cites(ir, "TMC-PATH-002", "AML.T0070"));
  tmc_ir_free(ir);
  static const char d2[] = "digraph r {\n"
                           "  cust [type=external, label=\"Reporters\"];\n"
                           "  subgraph cluster_c { label=\"Cloud project\";\n"
                           "    hook [label=\"Intake webhook\"];\n"
                           "    ix [type=vector_store, label=\"Past tickets index\"];\n"
                           "    w [label=\"Reply drafter\"];\n"
                           "  }\n"
                           "  m [type=llm, label=\"Hosted model\", source=third_party];\n"
                           "  cust -> hook -> ix;\n"
                           "  w -> ix [label=\"similar tickets\"]; ix -> w;\n"
                           "  w -> m -> w;\n"
                           "}\n";
  ir = analyse_with(d2, cat, NULL);
  assert_true(path_cites(ir, "TMC-PATH-002", "AML.T0070"));
  tmc_ir_free(ir);
}

/* Keys kept outside a vault where the agent's side reads or runs with them
 * (AML.T0083, AML.T0055) sit on the store: a tool configuration file the
 * agent loads, an environment a code tool runs with. A vault the agent
 * reads, a store that keeps no keys, and keys in a system with no agent
 * get none. */
static void test_plain_keys_beside_the_agent(void **state) {
  static const char d[] =
      "digraph k {\n"
      "  dev [type=external, label=\"Developer\"];\n"
      "  subgraph cluster_c { label=\"Laptop\";\n"
      "    loop [label=\"Coding agent\"];\n"
      "    cfg [type=data_store, label=\"mcp.json (server list, API keys)\"];\n"
      "    py [type=agent_tool, label=\"python_exec\"];\n"
      "    dotenv [type=data_store, label=\"runner .env (STRIPE_SECRET_KEY)\"];\n"
      "    kv [type=data_store, label=\"Azure Key Vault\"];\n"
      "    notes [type=data_store, label=\"scratch notes\"];\n"
      "  }\n"
      "  m [type=llm, label=\"Hosted model\", source=third_party];\n"
      "  dev -> loop -> dev; loop -> m -> loop;\n"
      "  cfg -> loop [label=\"tool definitions\"];\n"
      "  loop -> py [label=\"code\"]; py -> loop;\n"
      "  py -> dotenv [label=\"loads\"];\n"
      "  kv -> loop [label=\"signing key\"];\n"
      "  py -> notes; notes -> loop;\n"
      "}\n";
  tmc_ir *ir = analyse_with(d, cat, NULL);
  assert_true(cites(finding(ir, "TMC-AGENT-023", "cfg"), "AML.T0083"));
  assert_true(cites(finding(ir, "TMC-AGENT-023", "dotenv"), "AML.T0055"));
  assert_null(finding(ir, "TMC-AGENT-023", "kv"));
  assert_null(finding(ir, "TMC-AGENT-023", "notes"));
  tmc_ir_free(ir);
  static const char d2[] = "digraph n {\n"
                           "  u [type=external, label=\"Shoppers\"];\n"
                           "  subgraph cluster_c { label=\"Shop\";\n"
                           "    web [label=\"Storefront\"];\n"
                           "    env [type=data_store, label=\"app env (DB password)\"];\n"
                           "  }\n"
                           "  u -> web -> u; env -> web;\n"
                           "}\n";
  ir = analyse_with(d2, cat, NULL);
  assert_true(ir->elements[elem(ir, "env")].facts.plain_keys);
  assert_null(finding(ir, "TMC-AGENT-023", "env"));
  tmc_ir_free(ir);
  /* Code that only builds prompts, with no tool to act through, hands the
   * model no key: a RAG service reading its API keys from the platform's
   * environment is no agent holding credentials (no AML.T0083/T0098). */
  static const char d3[] =
      "digraph r {\n"
      "  v [type=external, label=\"Site visitors\"];\n"
      "  subgraph cluster_c { label=\"Render\";\n"
      "    qa [label=\"answer-service (question + top chunks -> prompt)\"];\n"
      "    sec [type=data_store, label=\"Render env vars (MISTRAL_API_KEY)\"];\n"
      "    idx [type=vector_store, label=\"Qdrant chunks\"];\n"
      "  }\n"
      "  m [type=llm, label=\"Mistral Large API\", source=third_party];\n"
      "  v -> qa -> v; idx -> qa; sec -> qa; qa -> m -> qa;\n"
      "}\n";
  ir = analyse_with(d3, cat, NULL);
  assert_true(
      TMC_ROLESET_HAS(ir->elements[elem(ir, "qa")].roles, TMC_ROLE_PROMPT_ASSEMBLER));
  assert_null(finding(ir, "TMC-AGENT-006", "qa"));
  assert_null(finding(ir, "TMC-AGENT-023", "sec"));
  tmc_ir_free(ir);
}

/* A suite's mailbox outsiders mail into is where their text gets in on its
 * way to a model (AML.T0093), however directly the code after it prompts
 * the model: like a mail server's, not only when a store lies between. */
static void test_suite_mailbox_infiltration(void **state) {
  static const char d[] = "digraph m {\n"
                          "  cust [type=external, label=\"Customers\"];\n"
                          "  subgraph cluster_c { label=\"Helpdesk tenant\";\n"
                          "    inbox [type=data_store, label=\"support@ shared mailbox "
                          "(Google Workspace)\"];\n"
                          "    poll [label=\"Apps Script poller\"];\n"
                          "    tri [label=\"triage service\"];\n"
                          "    q [type=data_store, label=\"Triaged cases\"];\n"
                          "  }\n"
                          "  m [type=llm, label=\"Hosted model\", source=third_party];\n"
                          "  cust -> inbox [label=\"e-mails\"];\n"
                          "  inbox -> poll [label=\"new messages\"];\n"
                          "  poll -> tri [label=\"message body\"];\n"
                          "  tri -> m; m -> tri; tri -> q;\n"
                          "}\n";
  tmc_ir *ir = analyse_with(d, cat, NULL);
  assert_true(cites(finding(ir, "TMC-LLM-023", "inbox"), "AML.T0093"));
  assert_null(finding(ir, "TMC-LLM-023", "poll"));
  tmc_ir_free(ir);
}

/* A store a CI/CD job builds and deploys from is where a tool's
 * model-written change will run (TMC-AGENT-016, LLM06), even when its
 * name says no repository; a store nothing builds from is none. */
static void test_tool_writes_what_ci_builds(void **state) {
  static const char d[] =
      "digraph c {\n"
      "  eng [type=external, label=\"Engineer\"];\n"
      "  subgraph cluster_c { label=\"Build network\";\n"
      "    ag [label=\"Refactor agent\"];\n"
      "    vcs [type=agent_tool, label=\"vcs_tool\"];\n"
      "    src [type=data_store, label=\"Gitea: billing-core\"];\n"
      "    jk [label=\"Jenkins pipeline\"];\n"
      "    scratch [type=data_store, label=\"work notes\"];\n"
      "    prod [label=\"Billing service\"];\n"
      "  }\n"
      "  m [type=llm, label=\"Hosted model\", source=third_party];\n"
      "  eng -> ag -> eng; ag -> m -> ag;\n"
      "  ag -> vcs [label=\"edits\"]; vcs -> ag;\n"
      "  vcs -> src [label=\"commit + push\"];\n"
      "  src -> jk [label=\"on merge\"]; jk -> prod [label=\"deploy\"];\n"
      "  vcs -> scratch [label=\"notes\"];\n"
      "}\n";
  tmc_ir *ir = analyse_with(d, cat, NULL);
  assert_false(
      TMC_ROLESET_HAS(ir->elements[elem(ir, "src")].roles, TMC_ROLE_OUTPUT_SINK));
  assert_true(cites(finding(ir, "TMC-AGENT-016", "vcs->src"), "LLM06:2025"));
  assert_null(finding(ir, "TMC-AGENT-016", "vcs->scratch"));
  tmc_ir_free(ir);
}

/* A second model asked to approve what the first wrote, sent the same
 * outside text, is no independent control (TMC-LLM-029): a judge drawn as
 * the LLM, or a verifier agent drawn as the code driving its own model.
 * The model that writes the answer is not one. */
static void test_llm_judge_reads_the_injection(void **state) {
  static const char d[] =
      "digraph j {\n"
      "  web [type=external, label=\"Supplier websites\"];\n"
      "  buyer [type=external, label=\"Buyer\"];\n"
      "  subgraph cluster_c { label=\"Procurement\";\n"
      "    bot [label=\"Sourcing agent\"];\n"
      "    fetch [type=agent_tool, label=\"fetch_page\"];\n"
      "    ver [label=\"Quote verifier agent\"];\n"
      "  }\n"
      "  gen [type=llm, label=\"Drafting model\", source=third_party];\n"
      "  jd [type=llm, label=\"LLM judge\", source=third_party];\n"
      "  vm [type=llm, label=\"Small model\", source=third_party];\n"
      "  buyer -> bot -> buyer; bot -> gen -> bot;\n"
      "  bot -> fetch; fetch -> web; web -> fetch; fetch -> bot [label=\"page text\"];\n"
      "  bot -> jd [label=\"draft + sources\"]; jd -> bot [label=\"pass / fail\"];\n"
      "  bot -> ver [label=\"quote + page\"]; ver -> vm -> ver; ver -> bot;\n"
      "}\n";
  tmc_ir *ir = analyse_with(d, cat, NULL);
  assert_true(cites(finding(ir, "TMC-LLM-029", "bot->jd"), "AML.T0051.001"));
  assert_non_null(finding(ir, "TMC-LLM-029", "bot->ver"));
  assert_null(finding(ir, "TMC-LLM-029", "bot->gen"));
  tmc_ir_free(ir);
}

/* Text that reaches a model only by being trained into it is poisoning,
 * not instructions in a prompt: no TMC-LLM-023 (AML.T0093) on a case
 * store exported into fine-tuning data, nor on the tuning job, while the
 * same kind of store an assistant reads gets it. */
static void test_trained_text_is_no_infiltration(void **state) {
  static const char d[] =
      "digraph t {\n"
      "  pub [type=external, label=\"Policy holders\"];\n"
      "  staff [type=external, label=\"Claims handlers\"];\n"
      "  subgraph cluster_c { label=\"Insurer\";\n"
      "    portal [label=\"Claims portal\"];\n"
      "    cases [type=data_store, label=\"Claim cases\"];\n"
      "    dump [label=\"monthly case dump\"];\n"
      "    jsonl [type=dataset, label=\"tuning pairs\"];\n"
      "    tune [type=pipeline, label=\"Adapter tuning job\"];\n"
      "    srv [type=llm, label=\"Claims drafting model\"];\n"
      "    ui [label=\"Handler workbench\"];\n"
      "    notes [type=data_store, label=\"adjusters@ mailbox\"];\n"
      "    helper [label=\"Note summariser\"];\n"
      "  }\n"
      "  m [type=llm, label=\"Hosted model\", source=third_party];\n"
      "  pub -> portal -> cases; cases -> dump -> jsonl -> tune -> srv;\n"
      "  staff -> ui -> srv -> ui -> staff;\n"
      "  pub -> notes [label=\"letters\"]; notes -> helper -> m -> helper;\n"
      "  helper -> staff;\n"
      "}\n";
  tmc_ir *ir = analyse_with(d, cat, NULL);
  assert_null(finding(ir, "TMC-LLM-023", "cases"));
  assert_null(finding(ir, "TMC-LLM-023", "portal"));
  assert_null(finding(ir, "TMC-LLM-023", "tune"));
  assert_true(cites(finding(ir, "TMC-LLM-023", "notes"), "AML.T0093"));
  tmc_ir_free(ir);
}

/* People talk to the assistant's front, not to its tools: an outside
 * service a tool reads and answers (a wiki product, a package index) is no
 * direct injection (TMC-LLM-027) into the tool, while the customer's hop
 * into the chat front is. */
static void test_tool_sources_are_no_people(void **state) {
  static const char d[] =
      "digraph p {\n"
      "  cust [type=external, label=\"Customers\"];\n"
      "  wiki [type=external, label=\"Confluence Cloud space\"];\n"
      "  npm [type=external, label=\"npm registry\"];\n"
      "  subgraph cluster_c { label=\"Product VPC\";\n"
      "    front [label=\"Chat front end\"];\n"
      "    orch [label=\"Assistant runtime\"];\n"
      "    rd [type=agent_tool, label=\"wiki_reader\"];\n"
      "    inst [type=agent_tool, label=\"package_installer\"];\n"
      "  }\n"
      "  m [type=llm, label=\"Hosted model\", source=third_party];\n"
      "  cust -> front -> cust; front -> orch -> front; orch -> m -> orch;\n"
      "  orch -> rd; rd -> orch; wiki -> rd [label=\"pages\"]; rd -> wiki [label=\"page "
      "edits\"];\n"
      "  orch -> inst; inst -> orch; npm -> inst [label=\"tarballs\"]; inst -> npm;\n"
      "}\n";
  tmc_ir *ir = analyse_with(d, cat, NULL);
  assert_true(cites(finding(ir, "TMC-LLM-027", "cust->front"), "AML.T0051.000"));
  assert_null(finding(ir, "TMC-LLM-027", "wiki->rd"));
  assert_null(finding(ir, "TMC-LLM-027", "npm->inst"));
  tmc_ir_free(ir);
}

/* Memory is what the conversation wrote and reads back: a long-term memory
 * (AML.T0080.000), a thread's history (AML.T0080.001 only), and neither
 * for a RAG index an ingestion job fills and the assembler only queries,
 * nor for a cache of answers keyed by the question. */
static void test_memory_thread_and_index(void **state) {
  static const char d[] =
      "digraph m {\n"
      "  emp [type=external, label=\"Staff\"];\n"
      "  subgraph cluster_c { label=\"Corp\";\n"
      "    svc [label=\"Copilot service\"];\n"
      "    turns [type=data_store, label=\"Session store (Firestore)\"];\n"
      "    prefs [type=data_store, label=\"User facts\"];\n"
      "    idx [type=vector_store, label=\"Policy chunks\"];\n"
      "    ing [label=\"Indexer\"];\n"
      "    hit [type=data_store, label=\"Answer cache (Redis)\"];\n"
      "    wiki [type=data_store, label=\"Policy wiki\"];\n"
      "  }\n"
      "  m [type=llm, label=\"Hosted model\", source=third_party];\n"
      "  emp -> svc; svc -> emp;\n"
      "  svc -> m; m -> svc;\n"
      "  svc -> turns [label=\"append turn\"]; turns -> svc [label=\"previous turns\"];\n"
      "  svc -> prefs [label=\"remember\"]; prefs -> svc [label=\"recall\"];\n"
      "  wiki -> ing -> idx;\n"
      "  svc -> idx [label=\"similarity query\"]; idx -> svc [label=\"top chunks\"];\n"
      "  svc -> hit [label=\"get/set by hash\", dir=both];\n"
      "}\n";
  tmc_ir *ir = analyse_with(d, cat, NULL);
  assert_true(ir->elements[elem(ir, "turns")].facts.thread_history);
  assert_true(cites(finding(ir, "TMC-AGENT-020", "turns"), "AML.T0080.001"));
  assert_null(finding(ir, "TMC-AGENT-005", "turns"));
  assert_true(cites(finding(ir, "TMC-AGENT-005", "prefs"), "AML.T0080.000"));
  assert_null(finding(ir, "TMC-AGENT-020", "prefs"));
  assert_false(ir->elements[elem(ir, "idx")].facts.agent_memory);
  assert_null(finding(ir, "TMC-AGENT-005", "idx"));
  assert_null(finding(ir, "TMC-AGENT-005", "hit"));
  assert_null(finding(ir, "TMC-AGENT-020", "hit"));
  tmc_ir_free(ir);

  /* Worded otherwise: a cache whose name says it is held in RAM is still a
   * cache of answers ("memory" in "in-memory" is no agent's memory), while
   * one the flows say the assistant remembers through is memory. */
  static const char d2[] =
      "digraph c {\n"
      "  u [type=external, label=\"Customers\"];\n"
      "  subgraph cluster_c { label=\"Shop\";\n"
      "    bot [label=\"Support bot backend\"];\n"
      "    rc [label=\"Redis\\n(in-memory cache)\", shape=cylinder];\n"
      "    mc [label=\"Memcached (in memory)\", shape=cylinder];\n"
      "    kv [label=\"Redis (in-memory)\", shape=cylinder];\n"
      "  }\n"
      "  m [type=llm, label=\"Hosted model\", source=third_party];\n"
      "  u -> bot; bot -> u; bot -> m; m -> bot;\n"
      "  bot -> rc [label=\"store answer\"]; rc -> bot [label=\"cached answer\"];\n"
      "  bot -> mc [label=\"set\"]; mc -> bot [label=\"get\"];\n"
      "  bot -> kv [label=\"remember user facts\"]; kv -> bot [label=\"recall\"];\n"
      "}\n";
  ir = analyse_with(d2, cat, NULL);
  assert_false(ir->elements[elem(ir, "rc")].facts.agent_memory);
  assert_null(finding(ir, "TMC-AGENT-005", "rc"));
  assert_false(ir->elements[elem(ir, "mc")].facts.agent_memory);
  assert_null(finding(ir, "TMC-AGENT-005", "mc"));
  assert_true(ir->elements[elem(ir, "kv")].facts.agent_memory);
  assert_non_null(finding(ir, "TMC-AGENT-005", "kv"));
  tmc_ir_free(ir);
}

/* A history of records (orders, purchases) the assistant writes and reads
 * back is no conversation's history: "history" alone names no thread
 * (words.yaml thread_history), so no AML.T0080.001 on it, while a chat's
 * or a conversation's history keeps it. */
static void test_record_history_is_no_thread(void **state) {
  static const char d[] =
      "digraph h {\n"
      "  c [type=external, label=\"Customer\"];\n"
      "  subgraph cluster_s { label=\"Shop\";\n"
      "    bot [label=\"Shopping assistant backend\"];\n"
      "    orders [label=\"Order history DB\", shape=cylinder];\n"
      "    buys [type=data_store, label=\"Purchase history\\n(Postgres)\"];\n"
      "    conv [type=data_store, label=\"Conversation history\"];\n"
      "  }\n"
      "  m [type=llm, label=\"Hosted model\", source=third_party];\n"
      "  c -> bot [label=\"question\"]; bot -> c [label=\"reply\"];\n"
      "  bot -> m [label=\"prompt\"]; m -> bot [label=\"answer\"];\n"
      "  bot -> orders [label=\"place order\"]; orders -> bot [label=\"past orders\"];\n"
      "  bot -> buys [label=\"record purchase\"]; buys -> bot [label=\"recent items\"];\n"
      "  bot -> conv [label=\"save\"]; conv -> bot [label=\"load\"];\n"
      "}\n";
  tmc_ir *ir = analyse_with(d, cat, NULL);
  assert_false(ir->elements[elem(ir, "orders")].facts.thread_history);
  assert_null(finding(ir, "TMC-AGENT-020", "orders"));
  assert_false(ir->elements[elem(ir, "buys")].facts.thread_history);
  assert_null(finding(ir, "TMC-AGENT-020", "buys"));
  assert_true(ir->elements[elem(ir, "conv")].facts.thread_history);
  assert_non_null(finding(ir, "TMC-AGENT-020", "conv"));
  tmc_ir_free(ir);
}

/* A transcript store holds what people typed; the model disclosed nothing
 * where only public content and the askers' words reached it (TMC-LLM-025,
 * no LLM02), and it did where the assistant reads private records: those
 * records can be talked out of it (TMC-LLM-026), and its log holds them
 * too (TMC-LLM-015). */
static void test_stored_chats_and_records(void **state) {
  static const char d[] = "digraph f {\n"
                          "  v [type=external, label=\"Guests\"];\n"
                          "  subgraph cluster_s { label=\"Shop cloud\";\n"
                          "    bot [label=\"FAQ bot backend\"];\n"
                          "    faq [type=data_store, label=\"Public FAQ pages\"];\n"
                          "    log [type=data_store, label=\"Chat log bucket\"];\n"
                          "  }\n"
                          "  m [type=llm, label=\"Hosted model\", source=third_party];\n"
                          "  v -> bot; bot -> v; faq -> bot; bot -> m; m -> bot;\n"
                          "  bot -> log [label=\"question, answer\"];\n"
                          "}\n";
  tmc_ir *ir = analyse_with(d, cat, NULL);
  assert_non_null(finding(ir, "TMC-LLM-025", "log"));
  assert_null(finding(ir, "TMC-LLM-015", "log"));
  assert_null(finding(ir, "TMC-LLM-026", "faq"));
  tmc_ir_free(ir);
  static const char d2[] =
      "digraph g {\n"
      "  c [type=external, label=\"Passengers\"];\n"
      "  subgraph cluster_a { label=\"Airline\";\n"
      "    ag [label=\"Rebooking agent\"];\n"
      "    look [type=agent_tool, label=\"find_booking\"];\n"
      "    pnr [type=data_store, label=\"Reservations DB\"];\n"
      "    tr [type=data_store, label=\"Transcripts\"];\n"
      "  }\n"
      "  m [type=llm, label=\"Hosted model\", source=third_party];\n"
      "  c -> ag; ag -> c; ag -> m; m -> ag;\n"
      "  ag -> look; look -> pnr [label=\"select\"]; pnr -> look; look -> ag;\n"
      "  ag -> tr;\n"
      "}\n";
  ir = analyse_with(d2, cat, NULL);
  assert_true(cites(finding(ir, "TMC-LLM-026", "pnr"), "LLM02:2025"));
  assert_true(cites(finding(ir, "TMC-LLM-015", "tr"), "AML.T0057"));
  assert_null(finding(ir, "TMC-LLM-025", "tr"));
  tmc_ir_free(ir);
  /* What a maker publishes for anyone (owner manuals, datasheets) is public
   * content, however it is worded: an index built from it gives the model
   * nothing to disclose; the same index over the service team's bulletins
   * does. */
  static const char d3[] =
      "digraph h {\n"
      "  v [type=external, label=\"Site visitors\"];\n"
      "  subgraph cluster_k { label=\"Toolmaker cloud\";\n"
      "    cms [type=data_store, label=\"CMS: owner manuals and datasheets (PDF)\"];\n"
      "    ing [label=\"Nightly chunker\"];\n"
      "    idx [type=vector_store, label=\"Chunk index\"];\n"
      "    ask [label=\"Ask service\"];\n"
      "  }\n"
      "  m [type=llm, label=\"Chat API\", source=third_party];\n"
      "  cms -> ing; ing -> idx; idx -> ask; v -> ask; ask -> v; ask -> m; m -> ask;\n"
      "}\n";
  ir = analyse_with(d3, cat, NULL);
  assert_true(ir->elements[elem(ir, "idx")].facts.public_content);
  assert_null(finding(ir, "TMC-LLM-005", "m"));
  tmc_ir_free(ir);
  static const char d4[] =
      "digraph h {\n"
      "  v [type=external, label=\"Site visitors\"];\n"
      "  subgraph cluster_k { label=\"Toolmaker cloud\";\n"
      "    cms [type=data_store, label=\"CMS: service bulletins for technicians\"];\n"
      "    ing [label=\"Nightly chunker\"];\n"
      "    idx [type=vector_store, label=\"Chunk index\"];\n"
      "    ask [label=\"Ask service\"];\n"
      "  }\n"
      "  m [type=llm, label=\"Chat API\", source=third_party];\n"
      "  cms -> ing; ing -> idx; idx -> ask; v -> ask; ask -> v; ask -> m; m -> ask;\n"
      "}\n";
  ir = analyse_with(d4, cat, NULL);
  assert_false(ir->elements[elem(ir, "idx")].facts.public_content);
  assert_true(cites(finding(ir, "TMC-LLM-005", "m"), "LLM02:2025"));
  tmc_ir_free(ir);
  /* "published" or "manuals" alone say nothing about who may read them */
  const char *notpublic[] = {"Internal maintenance manuals", "Help center tickets",
                             "Published events outbox"};
  for (size_t i = 0; i < sizeof notpublic / sizeof *notpublic; i++) {
    char d5[sizeof d4 + 64];
    snprintf(
        d5, sizeof d5,
        "digraph h {\n  subgraph cluster_k { label=\"Toolmaker cloud\";\n"
        "    cms [type=data_store, label=\"%s\"];\n    ask [label=\"Ask service\"]; }\n"
        "  cms -> ask;\n}\n",
        notpublic[i]);
    ir = analyse_with(d5, cat, NULL);
    assert_false(ir->elements[elem(ir, "cms")].facts.public_content);
    tmc_ir_free(ir);
  }
}

/* A semantic index the platform fills straight from mailboxes and drives
 * (no ingestion job drawn), searched by an assistant's tool: one index for
 * every asker (TMC-RAG-002). */
static void test_platform_index_of_scoped_sources(void **state) {
  static const char d[] =
      "digraph p {\n"
      "  u [type=external, label=\"Employees\"];\n"
      "  subgraph cluster_t { label=\"Tenant\";\n"
      "    mail [type=data_store, label=\"Team mailboxes\"];\n"
      "    docs [type=data_store, label=\"Document library (confidential)\"];\n"
      "    idx [type=vector_store, label=\"Tenant semantic index\"];\n"
      "    app [label=\"Assistant\"];\n"
      "    find [type=agent_tool, label=\"find_docs\"];\n"
      "  }\n"
      "  m [type=llm, label=\"Hosted model\", source=third_party];\n"
      "  mail -> idx; docs -> idx;\n"
      "  u -> app; app -> u; app -> m; m -> app; app -> find;\n"
      "  find -> idx [label=\"lookup\"]; idx -> find [label=\"passages\"]; find -> app;\n"
      "}\n";
  tmc_ir *ir = analyse_with(d, cat, NULL);
  assert_true(ir->elements[elem(ir, "idx")].facts.access_scoped);
  assert_true(cites(finding(ir, "TMC-RAG-002", "idx"), "LLM08:2025"));
  tmc_ir_free(ir);
}

/* The keys an ingestion job runs with are no documents it indexes: a key
 * store feeding the job ("Kubernetes secrets (Pinecone key)", a vault with
 * the embedding vendor's key) leaves an index of public docs unscoped, so
 * no TMC-RAG-002 on it (a confidential source does: above). */
static void test_job_keys_do_not_scope_an_index(void **state) {
  static const char d[] =
      "digraph k {\n"
      "  u [type=external, label=\"Visitors\"];\n"
      "  subgraph cluster_s { label=\"Help site\";\n"
      "    docs [type=data_store, label=\"Published help articles\", "
      "sensitivity=public];\n"
      "    sec [type=data_store, label=\"Kubernetes secrets (Pinecone key)\"];\n"
      "    kv [type=data_store, label=\"Vault: Cohere API key\"];\n"
      "    job [label=\"Docs ingestion job\"];\n"
      "    idx [type=vector_store, label=\"Articles index\"];\n"
      "    app [label=\"Answer service (retrieval, prompt build)\"];\n"
      "  }\n"
      "  m [type=llm, label=\"Hosted model\", source=third_party];\n"
      "  docs -> job [label=\"articles\"]; sec -> job [label=\"env\"];\n"
      "  kv -> job [label=\"env\"]; job -> idx [label=\"chunks\"];\n"
      "  u -> app; app -> u; app -> idx [label=\"query\"];\n"
      "  idx -> app [label=\"passages\"]; app -> m; m -> app;\n"
      "}\n";
  tmc_ir *ir = analyse_with(d, cat, NULL);
  assert_false(ir->elements[elem(ir, "idx")].facts.access_scoped);
  assert_null(finding(ir, "TMC-RAG-002", "idx"));
  tmc_ir_free(ir);
}

/* Direct injection where people's words enter the service in front of the
 * code building prompts (TMC-LLM-027): a caller through a phone gateway,
 * answered; not a supplier's file dropped into an upload service that
 * sends nothing back (indirect), nor content others publish. */
static void test_direct_injection_at_the_way_in(void **state) {
  static const char d[] =
      "digraph v {\n"
      "  c [type=external, label=\"Callers\"];\n"
      "  sup [type=external, label=\"Suppliers\"];\n"
      "  subgraph cluster_k { label=\"Contact centre\";\n"
      "    ivr [label=\"Phone gateway\"];\n"
      "    rt [label=\"Dialogue runtime\"];\n"
      "    up [label=\"Upload service\"];\n"
      "  }\n"
      "  m [type=llm, label=\"Hosted model\", source=third_party];\n"
      "  c -> ivr [label=\"speech\"]; ivr -> c [label=\"spoken reply\"];\n"
      "  ivr -> rt; rt -> ivr; rt -> m; m -> rt;\n"
      "  sup -> up [label=\"price list\"]; up -> rt;\n"
      "}\n";
  tmc_ir *ir = analyse_with(d, cat, NULL);
  assert_true(ir->flows[flow(ir, "c", "ivr")].facts.answered);
  assert_true(cites(finding(ir, "TMC-LLM-027", "c->ivr"), "AML.T0054"));
  assert_false(ir->flows[flow(ir, "sup", "up")].facts.answered);
  assert_null(finding(ir, "TMC-LLM-027", "sup->up"));
  /* the runtime builds the prompts itself: its own finding, not this one */
  assert_null(finding(ir, "TMC-LLM-027", "ivr->rt"));
  tmc_ir_free(ir);
}

/* Mail read by code driving an LLM can claim any sender (TMC-LLM-028,
 * AML.T0073) on the way into the mailbox; a chat workspace is no mailbox. */
static void test_spoofed_sender_mail(void **state) {
  static const char d[] = "digraph s {\n"
                          "  p [type=external, label=\"Wholesale partners\"];\n"
                          "  st [type=external, label=\"Staff\"];\n"
                          "  subgraph cluster_o { label=\"Office\";\n"
                          "    box [label=\"orders@ inbox (Gmail)\"];\n"
                          "    ch [label=\"Slack workspace\"];\n"
                          "    bot [label=\"Order bot\"];\n"
                          "  }\n"
                          "  m [type=llm, label=\"Hosted model\", source=third_party];\n"
                          "  p -> box [label=\"purchase orders\"]; box -> bot;\n"
                          "  st -> ch; ch -> bot; bot -> ch;\n"
                          "  bot -> m; m -> bot;\n"
                          "}\n";
  tmc_ir *ir = analyse_with(d, cat, NULL);
  assert_true(cites(finding(ir, "TMC-LLM-028", "p->box"), "AML.T0073"));
  assert_null(finding(ir, "TMC-LLM-028", "st->ch"));
  tmc_ir_free(ir);
}

/* A document planted in a source an ingestion job embeds is retrieved as
 * trusted (TMC-RAG-005 on the source people write); a keyword search over
 * the source embeds nothing of ours. */
static void test_planted_document_in_indexed_source(void **state) {
  static const char d[] = "digraph r {\n"
                          "  k [type=external, label=\"Contractors\"];\n"
                          "  e [type=external, label=\"Engineers\"];\n"
                          "  subgraph cluster_c { label=\"Corp\";\n"
                          "    wiki [type=data_store, label=\"Engineering wiki\"];\n"
                          "    emb [label=\"Embed job\", role=ingestion];\n"
                          "    vec [type=vector_store, label=\"Vector DB\"];\n"
                          "    app [label=\"Ask-eng service\"];\n"
                          "  }\n"
                          "  m [type=llm, label=\"Hosted model\", source=third_party];\n"
                          "  k -> wiki [label=\"edit pages\"]; wiki -> emb -> vec;\n"
                          "  e -> app; app -> e; vec -> app; app -> m; m -> app;\n"
                          "}\n";
  tmc_ir *ir = analyse_with(d, cat, NULL);
  assert_true(cites(finding(ir, "TMC-RAG-005", "wiki"), "AML.T0070"));
  tmc_ir_free(ir);
  static const char d2[] = "digraph n {\n"
                           "  k [type=external, label=\"Contractors\"];\n"
                           "  e [type=external, label=\"Engineers\"];\n"
                           "  subgraph cluster_c { label=\"Corp\";\n"
                           "    wiki [type=data_store, label=\"Engineering wiki\"];\n"
                           "    crawl [label=\"Crawler\", role=ingestion];\n"
                           "    idx [type=data_store, label=\"Keyword index\"];\n"
                           "    app [label=\"Ask-eng service\"];\n"
                           "  }\n"
                           "  m [type=llm, label=\"Hosted model\", source=third_party];\n"
                           "  k -> wiki; wiki -> crawl -> idx;\n"
                           "  e -> app; app -> e; idx -> app; app -> m; m -> app;\n"
                           "}\n";
  ir = analyse_with(d2, cat, NULL);
  assert_null(finding(ir, "TMC-RAG-005", "wiki"));
  tmc_ir_free(ir);
}

/* The system prompt is read out where it is written (TMC-AGENT-021): code
 * that reads its persona from a store, or sends the model a flow naming its
 * system message; not code whose calls only say "prompt". */
static void test_system_prompt_where_written(void **state) {
  static const char d[] = "digraph p {\n"
                          "  g [type=external, label=\"Hotel guests\"];\n"
                          "  subgraph cluster_h { label=\"Hotel cloud\";\n"
                          "    con [label=\"Concierge backend\"];\n"
                          "    cfg [type=data_store, label=\"Persona config\"];\n"
                          "    rec [label=\"Review summariser\"];\n"
                          "  }\n"
                          "  m [type=llm, label=\"Hosted model\", source=third_party];\n"
                          "  g -> con; con -> g; cfg -> con; con -> m; m -> con;\n"
                          "  g -> rec [label=\"review\"]; rec -> g;\n"
                          "  rec -> m [label=\"prompt\"]; m -> rec;\n"
                          "}\n";
  tmc_ir *ir = analyse_with(d, cat, NULL);
  assert_true(cites(finding(ir, "TMC-AGENT-021", "con"), "AML.T0056"));
  assert_null(finding(ir, "TMC-AGENT-021", "rec"));
  tmc_ir_free(ir);
  static const char d2[] =
      "digraph q {\n"
      "  u [type=external, label=\"Members\"];\n"
      "  subgraph cluster_c { label=\"Club\";\n"
      "    api [label=\"Coach API\"];\n"
      "  }\n"
      "  m [type=llm, label=\"Hosted model\", source=third_party];\n"
      "  u -> api; api -> u;\n"
      "  api -> m [label=\"system message + workout log\"]; m -> api;\n"
      "}\n";
  ir = analyse_with(d2, cat, NULL);
  assert_true(ir->elements[elem(ir, "api")].facts.writes_system_prompt);
  assert_non_null(finding(ir, "TMC-AGENT-021", "api"));
  tmc_ir_free(ir);
}

/* A pipeline builds and deploys what a model wrote into a repository
 * (TMC-AGENT-022), not what only people committed. */
static void test_pipeline_runs_model_code(void **state) {
  static const char d[] =
      "digraph c {\n"
      "  dev [type=external, label=\"Developers\"];\n"
      "  subgraph cluster_e { label=\"Engineering\";\n"
      "    ag [label=\"Refactor agent\"];\n"
      "    pr [type=agent_tool, label=\"open_merge_request\"];\n"
      "    mono [type=data_store, label=\"Monorepo\"];\n"
      "    lib [type=data_store, label=\"Shared library source\"];\n"
      "    ci [label=\"Jenkins deploy\", tech=ci_cd];\n"
      "    ci2 [label=\"Library build\", tech=ci_cd];\n"
      "  }\n"
      "  m [type=llm, label=\"Hosted model\", source=third_party];\n"
      "  dev -> ag; ag -> dev; ag -> m; m -> ag; ag -> pr -> mono -> ci;\n"
      "  dev -> lib -> ci2;\n"
      "}\n";
  tmc_ir *ir = analyse_with(d, cat, NULL);
  assert_true(cites(finding(ir, "TMC-AGENT-022", "mono->ci"), "LLM05:2025"));
  assert_null(finding(ir, "TMC-AGENT-022", "lib->ci2"));
  tmc_ir_free(ir);
}

/* Snippets from a web search service drawn as an outside party steer the
 * prompt (TMC-AGENT-015, AML.T0066), as a page fetcher's do. */
static void test_web_search_snippets(void **state) {
  static const char d[] = "digraph w {\n"
                          "  a [type=external, label=\"Analysts\"];\n"
                          "  t [type=external, label=\"Tavily\"];\n"
                          "  subgraph cluster_c { label=\"Research cloud\";\n"
                          "    w [label=\"Report writer\"];\n"
                          "  }\n"
                          "  m [type=llm, label=\"Hosted model\", source=third_party];\n"
                          "  a -> w; w -> a; w -> t [label=\"query\"];\n"
                          "  t -> w [label=\"results\"]; w -> m; m -> w;\n"
                          "}\n";
  tmc_ir *ir = analyse_with(d, cat, NULL);
  assert_true(ir->elements[elem(ir, "t")].facts.web_search);
  assert_true(cites(finding(ir, "TMC-AGENT-015", "t->w"), "AML.T0066"));
  tmc_ir_free(ir);
}

/* No AI ids at all on a system without a model: the helper shared by the
 * agents-family tests below. */
static void assert_no_ai_ids(const tmc_ir *ir) {
  for (uint32_t i = 0; i < ir->n_findings; i++) {
    const tmc_finding *f = &ir->findings[i];
    bool ai = f->atlas.n > 0;
    for (uint32_t j = 0; j < f->owasp.n; j++)
      ai |= strncmp(f->owasp.v[j], "LLM", 3) == 0 || strncmp(f->owasp.v[j], "ML", 2) == 0;
    if (ai && strncmp(f->rule_id, "TMC-PATH", 8) != 0)
      fail_msg("%s cites an AI id on a system without AI", f->rule_id);
  }
}

/* An index an ingestion job fills from sources with their own permissions,
 * read into prompts: one index for every user (LLM08, AML.T0085), and the
 * job's broad credential to the sources (AML.T0055). A search product with
 * no LLM gets neither. */
static void test_index_served_to_everyone(void **state) {
  static const char d[] = "digraph kb {\n"
                          "  staff [type=external, label=\"Support staff\"];\n"
                          "  wiki [type=data_store, label=\"Confluence spaces\"];\n"
                          "  crawl [label=\"Wiki crawler\"];\n"
                          "  idx [type=data_store, label=\"Elasticsearch index\"];\n"
                          "  bot [label=\"Answer bot (prompt builder)\"];\n"
                          "  g [type=llm, label=\"Hosted model\"];\n"
                          "  wiki -> crawl -> idx; idx -> bot;\n"
                          "  staff -> bot -> g -> bot -> staff;\n"
                          "}\n";
  tmc_ir *ir = analyse_with(d, cat, NULL);
  assert_true(cites(finding(ir, "TMC-RAG-002", "idx"), "AML.T0085.000"));
  assert_true(cites(finding(ir, "TMC-RAG-002", "idx"), "LLM08:2025"));
  assert_true(cites(finding(ir, "TMC-RAG-004", "crawl"), "AML.T0055"));
  assert_null(finding(ir, "TMC-RAG-002", "wiki")); /* the source, not the index */
  tmc_ir_free(ir);
  static const char plain[] = "digraph s {\n"
                              "  u [type=external, label=\"Visitor\"];\n"
                              "  docs [type=data_store, label=\"Product docs\"];\n"
                              "  ix [label=\"Indexer\"];\n"
                              "  es [type=data_store, label=\"OpenSearch\"];\n"
                              "  site [label=\"Docs site search service\"];\n"
                              "  docs -> ix -> es -> site -> u; u -> site;\n"
                              "}\n";
  ir = analyse_with(plain, cat, NULL);
  assert_null(finding(ir, "TMC-RAG-002", "es"));
  assert_null(finding(ir, "TMC-RAG-004", "ix"));
  assert_no_ai_ids(ir);
  tmc_ir_free(ir);
}

/* An agent's tool writes model-written code into a repository (a sink
 * that is built and run later): agency and output handling on that flow,
 * in place of the generic LLM-006; a tool that reads a store brings its
 * documents into the agent's shared context (AML.T0085.001). */
static void test_model_written_changes(void **state) {
  static const char d[] =
      "digraph pr {\n"
      "  dev [type=external, label=\"Contributor\"];\n"
      "  a [label=\"Patch agent\"];\n"
      "  g [type=llm, label=\"Code model\"];\n"
      "  pr [type=agent_tool, label=\"create_pull_request\"];\n"
      "  rd [type=agent_tool, label=\"read_files\"];\n"
      "  mirror [type=data_store, label=\"Source mirror\"];\n"
      "  repo [type=data_store, label=\"Monorepo\"];\n"
      "  dev -> a; a -> g; g -> a;\n"
      "  a -> pr; pr -> repo [label=\"push branch + pull request\"];\n"
      "  a -> rd; mirror -> rd; rd -> a [label=\"file contents\"];\n"
      "}\n";
  tmc_ir *ir = analyse_with(d, cat, NULL);
  assert_true(
      TMC_ROLESET_HAS(ir->elements[elem(ir, "repo")].roles, TMC_ROLE_OUTPUT_SINK));
  assert_true(cites(finding(ir, "TMC-AGENT-016", "pr->repo"), "AML.T0053"));
  assert_true(cites(finding(ir, "TMC-AGENT-016", "pr->repo"), "LLM06:2025"));
  assert_null(finding(ir, "TMC-LLM-006", "pr->repo"));
  assert_true(cites(finding(ir, "TMC-AGENT-014", "rd->a"), "AML.T0085.001"));
  assert_null(finding(ir, "TMC-AGENT-014", "pr->repo"));
  tmc_ir_free(ir);
  /* drawn otherwise: an IDE extension applying edits to a git working tree */
  static const char d2[] = "digraph ide {\n"
                           "  me [type=external, label=\"Programmer\"];\n"
                           "  ext [label=\"Editor extension\", role=tool_executor];\n"
                           "  gw [label=\"Assistant orchestrator\"];\n"
                           "  g [type=llm];\n"
                           "  wt [type=data_store, label=\"git working tree\"];\n"
                           "  me -> ext -> gw -> g -> gw -> ext;\n"
                           "  ext -> wt [label=\"apply diff\"]; wt -> ext;\n"
                           "}\n";
  ir = analyse_with(d2, cat, NULL);
  assert_true(cites(finding(ir, "TMC-AGENT-016", "ext->wt"), "LLM05:2025"));
  tmc_ir_free(ir);
}

/* Text-to-SQL: the model answers with SQL and the backend runs it. The
 * database gets the rights finding (LLM06) and the load finding (LLM10);
 * a read-only replica gets no rights finding, and a store the backend only
 * saves answers into is no query sink. */
static void test_model_sql_rights(void **state) {
  static const char d[] = "digraph t2s {\n"
                          "  m [type=external, label=\"Manager\"];\n"
                          "  be [label=\"Analytics assistant\"];\n"
                          "  g [type=llm, label=\"GPT\"];\n"
                          "  db [type=data_store, label=\"Orders (MySQL)\"];\n"
                          "  m -> be -> g; g -> be [label=\"SQL statement\"];\n"
                          "  be -> db [label=\"run SQL\"]; db -> be; be -> m;\n"
                          "}\n";
  tmc_ir *ir = analyse_with(d, cat, NULL);
  assert_true(TMC_ROLESET_HAS(ir->elements[elem(ir, "db")].roles, TMC_ROLE_OUTPUT_SINK));
  assert_true(cites(finding(ir, "TMC-LLM-019", "db"), "LLM06:2025"));
  assert_true(cites(finding(ir, "TMC-LLM-020", "db"), "LLM10:2025"));
  assert_true(cites(finding(ir, "TMC-LLM-020", "db"), "AML.T0029"));
  tmc_ir_free(ir);
  static const char ro[] =
      "digraph ro {\n"
      "  m [type=external, label=\"Manager\"];\n"
      "  be [label=\"Analytics assistant\"];\n"
      "  g [type=llm];\n"
      "  db [type=data_store, label=\"Sales read replica (Postgres)\"];\n"
      "  m -> be -> g; g -> be [label=\"generated SQL\"];\n"
      "  be -> db [label=\"SQL\"]; db -> be; be -> m;\n"
      "}\n";
  ir = analyse_with(ro, cat, NULL);
  assert_null(finding(ir, "TMC-LLM-019", "db"));
  tmc_ir_free(ir);
  static const char save[] = "digraph sv {\n"
                             "  m [type=external, label=\"Writer\"];\n"
                             "  be [label=\"Drafting service\"];\n"
                             "  g [type=llm];\n"
                             "  db [type=data_store, label=\"Drafts (Postgres)\"];\n"
                             "  m -> be -> g -> be [label=\"draft\"];\n"
                             "  be -> db [label=\"INSERT via postgres driver\"];\n"
                             "}\n";
  ir = analyse_with(save, cat, NULL);
  assert_null(finding(ir, "TMC-LLM-019", "db"));
  assert_null(finding(ir, "TMC-LLM-020", "db"));
  tmc_ir_free(ir);
}

/* Model text saved first and shown later by a web front end (LLM05,
 * AML.T0077 on the front end); model text mailed to people from the
 * company's relay (AML.T0052 on the relay's flow to them). */
static void test_stored_output_and_mail(void **state) {
  static const char d[] =
      "digraph br {\n"
      "  pm [type=external, label=\"Product manager\"];\n"
      "  team [type=external, label=\"Sales team\"];\n"
      "  subgraph cluster_i { label=\"Intranet\";\n"
      "    web [label=\"Briefing portal (Vue)\"];\n"
      "    gen [label=\"Summary generator\"];\n"
      "    st [type=data_store, label=\"Saved summaries\"];\n"
      "    mta [label=\"Outbound mail (SendGrid)\"];\n"
      "  }\n"
      "  g [type=llm, label=\"Hosted model\"];\n"
      "  pm -> web -> gen -> g -> gen -> st -> web -> pm;\n"
      "  gen -> mta [label=\"summary\"]; mta -> team [label=\"newsletter\"];\n"
      "}\n";
  tmc_ir *ir = analyse_with(d, cat, NULL);
  assert_true(cites(finding(ir, "TMC-LLM-021", "web"), "AML.T0077"));
  assert_true(cites(finding(ir, "TMC-LLM-021", "web"), "CWE-79"));
  assert_true(cites(finding(ir, "TMC-LLM-022", "mta->team"), "AML.T0052"));
  assert_null(finding(ir, "TMC-LLM-021", "gen")); /* it gets fresh model text */
  tmc_ir_free(ir);
}

/* A third-party plugin acts on an outside calendar with the model's
 * arguments (AML.T0101, LLM06 on that flow); the same agent's mail tool
 * sends mail for the user (agency) and the mail carries model text
 * (phishing). */
static void test_tool_actions(void **state) {
  static const char d[] = "digraph cal {\n"
                          "  u [type=external, label=\"Workspace member\"];\n"
                          "  gcal [type=external, label=\"Outlook calendar\"];\n"
                          "  ppl [type=external, label=\"Recipients\", tech=email];\n"
                          "  o [label=\"Assistant runtime\"];\n"
                          "  g [type=llm];\n"
                          "  cal [type=agent_tool, label=\"Scheduling plugin\"];\n"
                          "  mail [type=agent_tool, label=\"Mail tool\"];\n"
                          "  u -> o -> g -> o -> u;\n"
                          "  o -> cal; cal -> gcal [label=\"create / delete events\"];\n"
                          "  o -> mail; mail -> ppl [label=\"send\"];\n"
                          "}\n";
  tmc_ir *ir = analyse_with(d, cat, NULL);
  assert_true(cites(finding(ir, "TMC-AGENT-013", "cal->gcal"), "AML.T0101"));
  assert_true(cites(finding(ir, "TMC-AGENT-013", "cal->gcal"), "LLM06:2025"));
  assert_non_null(finding(ir, "TMC-AGENT-013", "mail->ppl"));
  assert_true(cites(finding(ir, "TMC-LLM-022", "mail->ppl"), "AML.T0052"));
  assert_null(finding(ir, "TMC-LLM-006", "mail->ppl")); /* superseded by LLM-022 */
  assert_null(finding(ir, "TMC-AGENT-013", "o->cal"));  /* the agent's call is LLM-007 */
  tmc_ir_free(ir);
}

/* Code run for others: an agent's code interpreter in a container (model
 * code, escape to the host), a hosted training service running customers'
 * scripts on Kubernetes (code execution by design, escape, egress to an
 * outside service). A converter running ffmpeg in Docker in a system
 * without AI gets no AI id. */
static void test_code_runners(void **state) {
  static const char d[] = "digraph ci {\n"
                          "  u [type=external, label=\"Analyst\"];\n"
                          "  a [label=\"Data agent\"];\n"
                          "  g [type=llm];\n"
                          "  py [label=\"Code interpreter (Docker)\"];\n"
                          "  u -> a -> g -> a -> u;\n"
                          "  a -> py [label=\"python code\"]; py -> a;\n"
                          "}\n";
  tmc_ir *ir = analyse_with(d, cat, NULL);
  assert_true(cites(finding(ir, "TMC-AGENT-010", "py"), "AML.T0105"));
  assert_true(cites(finding(ir, "TMC-AGENT-004", "py"), "AML.T0050"));
  assert_null(finding(ir, "TMC-APP-004", "py")); /* superseded by AGENT-004 */
  tmc_ir_free(ir);
  static const char hosted[] =
      "digraph ft {\n"
      "  c [type=external, label=\"Tenant\"];\n"
      "  mlf [type=external, label=\"Experiment tracker SaaS\", source=third_party];\n"
      "  api [label=\"Training jobs API\"];\n"
      "  q [type=data_store, label=\"Job queue\"];\n"
      "  ds [type=dataset, label=\"Tenant datasets\"];\n"
      "  run [label=\"Trainer pod (k8s), runs user code\"];\n"
      "  ck [type=data_store, label=\"Checkpoints\"];\n"
      "  c -> api -> q -> run; c -> ds -> run; run -> ck -> api -> c;\n"
      "  run -> mlf [label=\"metrics\"];\n"
      "}\n";
  ir = analyse_with(hosted, cat, NULL);
  assert_true(TMC_ROLESET_HAS(ir->elements[elem(ir, "run")].roles, TMC_ROLE_TRAINER));
  assert_true(cites(finding(ir, "TMC-AGENT-011", "run"), "AML.T0050"));
  assert_true(cites(finding(ir, "TMC-AGENT-010", "run"), "AML.T0105"));
  assert_true(cites(finding(ir, "TMC-AGENT-012", "run->mlf"), "AML.T0025"));
  assert_null(finding(ir, "TMC-AGENT-012", "run->ck")); /* a store of our own */
  tmc_ir_free(ir);
  static const char plain[] =
      "digraph cv {\n"
      "  u [type=external, label=\"Uploader\"];\n"
      "  w [label=\"Upload API\"];\n"
      "  cv [label=\"ffmpeg converter (Docker)\"];\n"
      "  s [type=data_store, label=\"Videos\"];\n"
      "  cdn [type=external, label=\"Partner CDN\", source=third_party];\n"
      "  u -> w -> cv -> s; cv -> cdn;\n"
      "}\n";
  ir = analyse_with(plain, cat, NULL);
  assert_null(finding(ir, "TMC-AGENT-010", "cv"));
  assert_no_ai_ids(ir);
  tmc_ir_free(ir);
  /* A CI system building outsiders' pull requests runs their code by
   * design too, but its pipeline (head noun 'pipeline', a CI/CD product) is
   * no ML pipeline: command injection stays the classic finding, and no
   * AGENT, MLOPS or ATLAS id appears, however the CI product is named. */
  static const char *const ci[] = {"Jenkins pipeline (runs tests)",
                                   "GitLab CI pipeline: pytest on forks",
                                   "Pipeline (CircleCI), untrusted code"};
  for (size_t i = 0; i < sizeof ci / sizeof *ci; i++) {
    char src[1024];
    snprintf(src, sizeof src,
             "digraph ci {\n"
             "  subgraph cluster_o { label=\"Internet\"; trust=0;\n"
             "    dev [type=external, label=\"Outside contributor\"]; }\n"
             "  subgraph cluster_c { label=\"Corporate network\"; trust=2;\n"
             "    git [label=\"Git server\"];\n"
             "    jp [label=\"%s\"];\n"
             "    art [type=data_store, label=\"Artifact repository\"]; }\n"
             "  dev -> git [label=\"pull request\"]; git -> jp [label=\"source\"];\n"
             "  jp -> art [label=\"artifacts\"];\n"
             "}\n",
             ci[i]);
    ir = analyse_with(src, cat, NULL);
    assert_true(ir->elements[elem(ir, "jp")].facts.runs_commands);
    assert_null(finding(ir, "TMC-AGENT-011", "jp"));
    assert_null(finding(ir, "TMC-AGENT-010", "jp"));
    assert_null(finding(ir, "TMC-MLOPS-004", "jp"));
    assert_no_ai_ids(ir);
    tmc_ir_free(ir);
  }
}

/* A public API in front of a model: the gateway is where floods and cost
 * are stopped (AML.T0029, AML.T0034), and a key on the entry flow is the
 * callers' only identity (AML.T0012). A web shop's gateway with a key and
 * no model gets neither. rules24: cost (AML.T0034) only where the model
 * bills per query (fronts_metered: here a managed SageMaker endpoint); the
 * same gateway in front of a model nothing says is billed floods it
 * (AML.T0029) but runs up no bill. */
static void test_public_model_api(void **state) {
  static const char d[] =
      "digraph papi {\n"
      "  subgraph cluster_o { label=\"Internet\"; trust=0;\n"
      "    cl [type=external, label=\"API client\"]; }\n"
      "  subgraph cluster_p { label=\"Production\"; trust=2;\n"
      "    gw [label=\"Edge gateway (Apigee)\"];\n"
      "    svc [label=\"Scoring service\"];\n"
      "    m [type=model, label=\"Churn model (SageMaker endpoint)\"]; }\n"
      "  cl -> gw [label=\"request + API key\"]; gw -> svc -> m -> svc -> gw -> cl;\n"
      "}\n";
  tmc_ir *ir = analyse_with(d, cat, NULL);
  assert_true(cites(finding(ir, "TMC-ML-012", "gw"), "AML.T0034"));
  assert_true(cites(finding(ir, "TMC-ML-012", "gw"), "AML.T0029"));
  assert_null(finding(ir, "TMC-DOS-001", "gw")); /* the same threat, superseded */
  assert_true(cites(finding(ir, "TMC-ML-013", "cl->gw"), "AML.T0012"));
  assert_null(finding(ir, "TMC-ML-012", "svc")); /* it calls the model: ML-008's */
  tmc_ir_free(ir);
  static const char own[] =
      "digraph papi {\n"
      "  subgraph cluster_o { label=\"Internet\"; trust=0;\n"
      "    cl [type=external, label=\"API client\"]; }\n"
      "  subgraph cluster_p { label=\"Production\"; trust=2;\n"
      "    gw [label=\"Edge gateway (Apigee)\"];\n"
      "    svc [label=\"Scoring service\"];\n"
      "    m [type=model, label=\"Churn model\"]; }\n"
      "  cl -> gw [label=\"request + API key\"]; gw -> svc -> m -> svc -> gw -> cl;\n"
      "}\n";
  ir = analyse_with(own, cat, NULL);
  assert_true(cites(finding(ir, "TMC-ML-012", "gw"), "AML.T0029"));
  assert_false(cites(finding(ir, "TMC-ML-012", "gw"), "AML.T0034"));
  tmc_ir_free(ir);
  static const char shop[] =
      "digraph shop {\n"
      "  subgraph cluster_o { label=\"Internet\"; trust=0;\n"
      "    cl [type=external, label=\"Merchant\"]; }\n"
      "  subgraph cluster_p { label=\"Production\"; trust=2;\n"
      "    gw [label=\"API gateway\"];\n"
      "    svc [label=\"Orders service\"];\n"
      "    db [type=data_store, label=\"Orders DB\"]; }\n"
      "  cl -> gw [label=\"order + API key\"]; gw -> svc -> db -> svc -> gw -> cl;\n"
      "}\n";
  ir = analyse_with(shop, cat, NULL);
  assert_null(finding(ir, "TMC-ML-012", "gw"));
  assert_null(finding(ir, "TMC-ML-013", "cl->gw"));
  assert_no_ai_ids(ir);
  tmc_ir_free(ir);
}

/* Pages a research worker fetches steer what the model writes (the flow
 * into the prompt builder). rules22 (causes22 D): fetched at the URLs it is
 * handed, they are not retrieved by a ranking: no AML.T0066 (a web search's
 * results keep it: test_rules22.c). */
static void test_search_results_steer(void **state) {
  static const char d[] = "digraph rs {\n"
                          "  r [type=external, label=\"Researcher\"];\n"
                          "  net [type=external, label=\"The web\"];\n"
                          "  subgraph cluster_i { label=\"Corp\"; trust=2;\n"
                          "    w [label=\"Report writer (orchestrator)\"];\n"
                          "    cr [label=\"Page downloader\"]; }\n"
                          "  g [type=llm];\n"
                          "  r -> w -> g -> w -> r;\n"
                          "  w -> cr [label=\"URLs\"]; cr -> net; net -> cr;\n"
                          "  cr -> w [label=\"page text\"];\n"
                          "}\n";
  tmc_ir *ir = analyse_with(d, cat, NULL);
  assert_true(cites(finding(ir, "TMC-AGENT-015", "cr->w"), "AML.T0051.001"));
  assert_false(cites(finding(ir, "TMC-AGENT-015", "cr->w"), "AML.T0066"));
  assert_null(finding(ir, "TMC-AGENT-015", "r->w")); /* a person's own prompt */
  tmc_ir_free(ir);
}

/* A tool's action across a trust boundary is an action outside the system
 * even when what it calls is drawn as a box (a bank's API in the bank's
 * zone): AML.T0053/T0101 and LLM06 on that flow; a tool writing into a
 * store of the system's own zone is no such action. */
static void test_tool_action_across_boundary(void **state) {
  static const char d[] = "digraph pay {\n"
                          "  clerk [type=external, label=\"Treasury clerk\"];\n"
                          "  subgraph cluster_a { label=\"Company cloud\"; trust=2;\n"
                          "    hub [label=\"Copilot service\"];\n"
                          "    pt [type=agent_tool, label=\"Payment tool\"];\n"
                          "    log [type=data_store, label=\"Payment journal\"]; }\n"
                          "  subgraph cluster_b { label=\"Bank\"; trust=1;\n"
                          "    bapi [label=\"Bank transfer API\"]; }\n"
                          "  g [type=llm, label=\"Hosted model\"];\n"
                          "  clerk -> hub -> g -> hub -> clerk;\n"
                          "  hub -> pt [label=\"transfer(iban, amount)\"];\n"
                          "  pt -> bapi [label=\"wire order\"]; pt -> log;\n"
                          "}\n";
  tmc_ir *ir = analyse_with(d, cat, NULL);
  assert_true(cites(finding(ir, "TMC-AGENT-013", "pt->bapi"), "AML.T0101"));
  assert_true(cites(finding(ir, "TMC-AGENT-013", "pt->bapi"), "LLM06:2025"));
  assert_null(finding(ir, "TMC-AGENT-013", "pt->log"));
  tmc_ir_free(ir);
}

/* A model server that loads the model and answers callers (the arrow runs
 * from the model into the server): the flood is stopped there (ML-008,
 * AML.T0029), as for a service that calls the model. */
static void test_model_server_floods(void **state) {
  static const char d[] = "digraph ms {\n"
                          "  subgraph cluster_o { label=\"Internet\"; trust=0;\n"
                          "    v [type=external, label=\"Shopper\"]; }\n"
                          "  subgraph cluster_p { label=\"Prod\"; trust=2;\n"
                          "    web [label=\"Shop backend\"];\n"
                          "    ts [label=\"TorchServe\"];\n"
                          "    m [type=model, label=\"Ranking model\"]; }\n"
                          "  v -> web -> ts -> web -> v;\n"
                          "  m -> ts [label=\"loaded at start\"];\n"
                          "}\n";
  tmc_ir *ir = analyse_with(d, cat, NULL);
  assert_true(
      TMC_ROLESET_HAS(ir->elements[elem(ir, "ts")].roles, TMC_ROLE_SERVING_ENDPOINT));
  assert_true(cites(finding(ir, "TMC-ML-008", "ts"), "AML.T0029"));
  assert_null(finding(ir, "TMC-DOS-001", "ts"));
  tmc_ir_free(ir);
}

/* A jobs API whose requests start training through a job queue: compute
 * abuse (AML.T0034) on the API; a storefront whose clicks a trainer reads
 * later from a data lake starts no job. */
static void test_training_jobs_api(void **state) {
  static const char d[] =
      "digraph gpu {\n"
      "  subgraph cluster_o { label=\"Internet\"; trust=0;\n"
      "    dev [type=external, label=\"Developer account\"]; }\n"
      "  subgraph cluster_p { label=\"Platform\"; trust=2;\n"
      "    japi [label=\"Jobs REST API\"];\n"
      "    mq [type=data_store, label=\"RabbitMQ jobs\"];\n"
      "    ds [type=dataset, label=\"Uploaded corpora\"];\n"
      "    tr [label=\"Fine-tuning runner\"];\n"
      "    out [type=data_store, label=\"Adapters\"]; }\n"
      "  dev -> japi -> mq -> tr; dev -> ds -> tr; tr -> out -> japi -> dev;\n"
      "}\n";
  tmc_ir *ir = analyse_with(d, cat, NULL);
  assert_true(cites(finding(ir, "TMC-ML-014", "japi"), "AML.T0034"));
  assert_null(finding(ir, "TMC-DOS-001", "japi"));
  tmc_ir_free(ir);
  static const char shop[] =
      "digraph lake {\n"
      "  subgraph cluster_o { label=\"Internet\"; trust=0;\n"
      "    v [type=external, label=\"Shopper\"]; }\n"
      "  subgraph cluster_p { label=\"Prod\"; trust=2;\n"
      "    sf [label=\"Storefront\"];\n"
      "    lake [type=data_store, label=\"S3 clickstream lake\"];\n"
      "    tj [type=pipeline, label=\"Weekly training job\"];\n"
      "    rec [type=model, label=\"Recommender\"]; }\n"
      "  v -> sf -> lake -> tj -> rec; sf -> rec -> sf -> v;\n"
      "}\n";
  ir = analyse_with(shop, cat, NULL);
  assert_null(finding(ir, "TMC-ML-014", "sf"));
  tmc_ir_free(ir);
}

/* Text-to-SQL on a warehouse (Snowflake): the warehouse runs the model's
 * SQL as a database would. */
static void test_model_sql_on_warehouse(void **state) {
  static const char d[] = "digraph wh {\n"
                          "  a [type=external, label=\"Finance analyst\"];\n"
                          "  bot [label=\"Slack data bot\"];\n"
                          "  g [type=llm, label=\"Claude\"];\n"
                          "  sf [type=data_store, label=\"Snowflake\"];\n"
                          "  a -> bot -> g; g -> bot [label=\"SQL to run\"];\n"
                          "  bot -> sf [label=\"SQL\"]; sf -> bot -> a;\n"
                          "}\n";
  tmc_ir *ir = analyse_with(d, cat, NULL);
  assert_true(cites(finding(ir, "TMC-LLM-019", "sf"), "LLM06:2025"));
  assert_true(cites(finding(ir, "TMC-LLM-020", "sf"), "LLM10:2025"));
  tmc_ir_free(ir);
}

/* Repository words make a sink, but a shop's checkout is no git checkout. */
static void test_checkout_is_no_repository(void **state) {
  static const char d[] = "digraph co {\n"
                          "  c [type=external, label=\"Shopper\"];\n"
                          "  co [label=\"Checkout service\"];\n"
                          "  gt [type=data_store, label=\"Local git checkout\"];\n"
                          "  c -> co; co -> gt;\n"
                          "}\n";
  tmc_ir *ir = analyse_with(d, cat, NULL);
  assert_false(TMC_ROLESET_HAS(ir->elements[elem(ir, "co")].roles, TMC_ROLE_OUTPUT_SINK));
  assert_true(TMC_ROLESET_HAS(ir->elements[elem(ir, "gt")].roles, TMC_ROLE_OUTPUT_SINK));
  tmc_ir_free(ir);
}

/* Injection through a public channel (#15, inject): a web form whose
 * enquiries an agent reads later is where outsiders' instructions get in
 * (TMC-LLM-023, AML.T0093); a mail relay handing mail straight to code that
 * builds prompts is one too. A chat backend people talk to directly is the
 * LLM's own direct injection, not this. */
static void test_public_channel_injection(void **state) {
  static const char d[] = "digraph enq {\n"
                          "  v [type=external, label=\"Website visitors\"];\n"
                          "  subgraph cluster_in { label=\"Internal network\";\n"
                          "    form [label=\"Contact form handler\"];\n"
                          "    q [type=data_store, label=\"Enquiries table\"];\n"
                          "    triage [label=\"Triage worker\"];\n"
                          "    crm [type=agent_tool, label=\"CRM update tool\"];\n"
                          "  }\n"
                          "  m [type=llm, label=\"Hosted LLM\"];\n"
                          "  v -> form [label=\"message\"]; form -> q;\n"
                          "  q -> triage; triage -> m; m -> triage; triage -> crm;\n"
                          "}\n";
  tmc_ir *ir = analyse_with(d, cat, NULL);
  assert_true(cites(finding(ir, "TMC-LLM-023", "form"), "AML.T0093"));
  assert_null(finding(ir, "TMC-LLM-023", "q"));      /* only where it gets in */
  assert_null(finding(ir, "TMC-LLM-023", "triage")); /* the agent is AGENT-007 */
  tmc_ir_free(ir);

  static const char mail[] = "digraph mail {\n"
                             "  s [type=external, label=\"Anyone on the internet\"];\n"
                             "  subgraph cluster_c { label=\"Company\";\n"
                             "    relay [label=\"Inbound email relay\"];\n"
                             "    sum [label=\"Summary builder\"];\n"
                             "  }\n"
                             "  g [type=llm, label=\"Claude\"];\n"
                             "  s -> relay -> sum -> g; g -> sum;\n"
                             "}\n";
  ir = analyse_with(mail, cat, NULL);
  assert_true(cites(finding(ir, "TMC-LLM-023", "relay"), "LLM01:2025"));
  tmc_ir_free(ir);

  static const char chat[] = "digraph chat {\n"
                             "  p [type=external, label=\"Customers\"];\n"
                             "  subgraph cluster_c { label=\"Cloud\";\n"
                             "    be [label=\"Chat backend\"];\n"
                             "    h [type=data_store, label=\"History\"];\n"
                             "  }\n"
                             "  g [type=llm, label=\"GPT-4o\"];\n"
                             "  p -> be -> g; g -> be -> p; be -> h; h -> be;\n"
                             "}\n";
  ir = analyse_with(chat, cat, NULL);
  assert_int_equal(count_rule(ir, "TMC-LLM-023"), 0);
  tmc_ir_free(ir);
}

/* A retrieval index no word calls a vector store: the tool searching it
 * for the agent is a retriever, so outsiders' posts in it are RAG
 * poisoning (TMC-RAG-001) on the index. */
static void test_index_searched_by_a_tool(void **state) {
  static const char d[] = "digraph kb {\n"
                          "  pub [type=external, label=\"Forum posters\"];\n"
                          "  subgraph cluster_c { label=\"Vendor cloud\";\n"
                          "    forum [label=\"Community forum\"];\n"
                          "    idx [type=data_store, label=\"Help centre index\"];\n"
                          "    look [type=agent_tool, label=\"kb_lookup\"];\n"
                          "    bot [label=\"Support bot runtime\"];\n"
                          "  }\n"
                          "  g [type=llm, label=\"Gemini\"];\n"
                          "  pub -> forum -> idx;\n"
                          "  bot -> look; look -> idx [label=\"vector search\"];\n"
                          "  idx -> look [label=\"passages\"]; look -> bot;\n"
                          "  bot -> g; g -> bot;\n"
                          "}\n";
  tmc_ir *ir = analyse_with(d, cat, NULL);
  assert_true(TMC_ROLESET_HAS(ir->elements[elem(ir, "look")].roles, TMC_ROLE_RETRIEVER));
  assert_true(cites(finding(ir, "TMC-RAG-001", "idx"), "AML.T0070"));
  /* the tool only searches the index: it collects what it reads
   * (AML.T0085.001) but sends nothing out (TMC-AGENT-019, not -001) */
  assert_true(cites(finding(ir, "TMC-AGENT-019", "look"), "AML.T0085.001"));
  assert_null(finding(ir, "TMC-AGENT-001", "look"));
  tmc_ir_free(ir);
}

/* Financial harm at the end of a chain (AML.T0048.000): on the first
 * element that moves money, after an LLM (TMC-AGENT-018) or after a model
 * that is no LLM (TMC-ML-017, no OWASP LLM id); not on the bank behind the
 * tool, and not on a chat that is only asked about payments. */
static void test_money_at_the_end(void **state) {
  static const char d[] = "digraph ref {\n"
                          "  c [type=external, label=\"Shopper\"];\n"
                          "  subgraph cluster_c { label=\"Shop\";\n"
                          "    desk [label=\"Returns assistant\"];\n"
                          "    rt [type=agent_tool, label=\"issue_refund\"];\n"
                          "  }\n"
                          "  psp [type=external, label=\"Card processor\"];\n"
                          "  g [type=llm, label=\"Mistral Large API\"];\n"
                          "  c -> desk [label=\"what about my refund?\"]; desk -> c;\n"
                          "  desk -> g; g -> desk; desk -> rt;\n"
                          "  rt -> psp [label=\"refund order\"];\n"
                          "}\n";
  tmc_ir *ir = analyse_with(d, cat, NULL);
  const tmc_finding *f = finding(ir, "TMC-AGENT-018", "rt");
  assert_true(cites(f, "AML.T0048.000") && cites(f, "LLM05:2025"));
  assert_null(finding(ir, "TMC-AGENT-018", "psp"));  /* the tool is the first */
  assert_null(finding(ir, "TMC-AGENT-018", "desk")); /* it feeds the LLM */
  tmc_ir_free(ir);

  static const char ml[] =
      "digraph claims {\n"
      "  cl [type=external, label=\"Policy holders\"];\n"
      "  subgraph cluster_i { label=\"Insurer\";\n"
      "    intake [label=\"Claims intake\"];\n"
      "    fm [type=model, label=\"Damage estimator\"];\n"
      "    po [label=\"Payout service\"];\n"
      "  }\n"
      "  cl -> intake [label=\"photos\"]; intake -> fm; fm -> intake;\n"
      "  intake -> po [label=\"estimate\"];\n"
      "}\n";
  ir = analyse_with(ml, cat, NULL);
  f = finding(ir, "TMC-ML-017", "po");
  assert_true(cites(f, "AML.T0048.000") && !cites(f, "LLM05:2025"));
  assert_int_equal(count_rule(ir, "TMC-AGENT-018"), 0);
  tmc_ir_free(ir);
}

/* Scores leaking (AML.T0063): a moderation service writes the model's
 * confidences into a log support staff read; the API that answers its
 * caller with scores returns its product (no finding). */
static void test_scores_leak(void **state) {
  static const char d[] = "digraph mod {\n"
                          "  u [type=external, label=\"Posters\"];\n"
                          "  st [type=external, label=\"Support staff\"];\n"
                          "  subgraph cluster_c { label=\"Backend\";\n"
                          "    ms [label=\"Moderation service\"];\n"
                          "    tox [type=model, label=\"Toxicity classifier\"];\n"
                          "    dl [type=data_store, label=\"Debug log\"];\n"
                          "  }\n"
                          "  u -> ms; ms -> tox; tox -> ms [label=\"verdict\"];\n"
                          "  ms -> dl [label=\"per-token confidences\"]; dl -> st;\n"
                          "  ms -> u [label=\"label + confidence\"];\n"
                          "}\n";
  tmc_ir *ir = analyse_with(d, cat, NULL);
  assert_true(cites(finding(ir, "TMC-ML-018", "ms->dl"), "AML.T0063"));
  assert_null(finding(ir, "TMC-ML-018", "ms->u")); /* the caller's own answer */
  tmc_ir_free(ir);
}

/* Attacker access to the AI product (AML.T0047): whoever can upload to the
 * service in front of a model probes it (TMC-ML-008); a camera feeding a
 * face model is input the holder fakes (TMC-ML-016, AML.T0015, in place of
 * the generic spoofing finding on that flow). */
static void test_product_and_sensor_access(void **state) {
  static const char d[] =
      "digraph door {\n"
      "  v [type=external, label=\"Visitors\"];\n"
      "  cam [label=\"Door camera\"];\n"
      "  subgraph cluster_b { label=\"Building systems\";\n"
      "    ac [label=\"Access controller\"];\n"
      "    fr [type=model, label=\"Face recogniser\"];\n"
      "    lock [label=\"Door lock\"];\n"
      "  }\n"
      "  v -> cam [label=\"stands in front\"];\n"
      "  cam -> ac [label=\"video\"]; ac -> fr; fr -> ac; ac -> lock;\n"
      "}\n";
  tmc_ir *ir = analyse_with(d, cat, NULL);
  assert_true(cites(finding(ir, "TMC-ML-016", "cam->ac"), "AML.T0015"));
  assert_null(finding(ir, "TMC-SPOOF-001", "cam->ac"));
  assert_true(cites(finding(ir, "TMC-ML-008", "ac"), "AML.T0047"));
  tmc_ir_free(ir);
}

/* Evasion where no model is served through an API: an OCR model reading
 * uploads from a bucket, and a scorer that loads its model from a registry
 * (the model not drawn apart). */
static void test_evasion_reach(void **state) {
  static const char d[] = "digraph ocr {\n"
                          "  up [type=external, label=\"Claimants\"];\n"
                          "  subgraph cluster_c { label=\"Insurer\";\n"
                          "    web [label=\"Upload page\"];\n"
                          "    b [type=data_store, label=\"Scans bucket\"];\n"
                          "    ocr [type=model, label=\"Form reader\"];\n"
                          "    app [label=\"Claim checker\"];\n"
                          "    reg [type=model_registry, label=\"Model registry\"];\n"
                          "    srv [label=\"Risk scorer (model server)\"];\n"
                          "  }\n"
                          "  up -> web -> b -> ocr -> app;\n"
                          "  reg -> srv [label=\"load model\"]; app -> srv; srv -> app;\n"
                          "}\n";
  tmc_ir *ir = analyse_with(d, cat, NULL);
  assert_true(cites(finding(ir, "TMC-ML-009", "ocr"), "AML.T0015"));
  assert_true(cites(finding(ir, "TMC-ML-009", "srv"), "ML01:2023"));
  assert_null(finding(ir, "TMC-ML-009", "app"));
  tmc_ir_free(ir);
}

/* What an agent wrote into a ticket, read back by the portal outsiders use:
 * collected data published to them (TMC-AGENT-017, AML.T0086). */
static void test_agent_reply_published(void **state) {
  static const char d[] =
      "digraph desk {\n"
      "  cu [type=external, label=\"Anonymous requesters\"];\n"
      "  subgraph cluster_p { label=\"Public side\";\n"
      "    portal [label=\"Help portal\"];\n"
      "  }\n"
      "  subgraph cluster_c { label=\"Internal\";\n"
      "    tk [type=data_store, label=\"Ticket queue\"];\n"
      "    ag [label=\"Resolver agent\"];\n"
      "    tt [type=agent_tool, label=\"ticket tool\"];\n"
      "  }\n"
      "  g [type=llm, label=\"Hosted model\"];\n"
      "  cu -> portal -> tk; tk -> portal [label=\"replies\"]; portal -> cu;\n"
      "  ag -> g; g -> ag; ag -> tt; tt -> tk [label=\"add comment\"];\n"
      "  tk -> tt; tt -> ag;\n"
      "}\n";
  tmc_ir *ir = analyse_with(d, cat, NULL);
  assert_true(cites(finding(ir, "TMC-AGENT-017", "tk->portal"), "AML.T0086"));
  assert_null(finding(ir, "TMC-AGENT-017", "tk->tt"));
  tmc_ir_free(ir);
}

/* Supply chain (#15, sixth session): packages from an outside index into a
 * training job, drawn with other words than the PyTorch-nightly case: a
 * conda channel drawn as a component, an installer that fills an
 * environment, a fine-tuning script importing it, egress through a
 * firewall. The index is an outside source of code; the install flow is
 * swappable (AML.T0010.001), the script runs the package with its access
 * (AML.T0011.001, AML.T0037), the way out is exfiltration (AML.T0025,
 * AML.T0072), the checkpoints it saves can be altered though nothing drawn
 * reads them. */
static void test_packages_into_training(void **state) {
  static const char d[] = "digraph lab {\n"
                          "  conda [label=\"Anaconda channel\", shape=component];\n"
                          "  net [type=external, label=\"Internet\"];\n"
                          "  subgraph cluster_ws { label=\"Research workstation\";\n"
                          "    inst [label=\"conda env create\"];\n"
                          "    envs [type=data_store, label=\"Conda env\"];\n"
                          "    corpus [type=dataset, label=\"Labelled corpus\"];\n"
                          "    tune [label=\"Fine-tuning script\"];\n"
                          "    adapters [type=data_store, label=\"Adapter weights\"];\n"
                          "    fw [label=\"Egress firewall\"];\n"
                          "  }\n"
                          "  conda -> inst [label=\"environment.yml packages\"];\n"
                          "  inst -> envs; envs -> tune [label=\"import\"];\n"
                          "  corpus -> tune; tune -> adapters [label=\"save\"];\n"
                          "  tune -> fw [label=\"HTTPS\"]; fw -> net;\n"
                          "}\n";
  tmc_ir *ir = analyse_with(d, cat, NULL);
  assert_true(ir->elements[elem(ir, "conda")].facts.outside_source);
  assert_true(ir->elements[elem(ir, "conda")].facts.code_source);
  assert_true(ir->elements[elem(ir, "tune")].facts.runs_outside_code);
  assert_true(cites(finding(ir, "TMC-SUPPLY-007", "conda->inst"), "AML.T0010.001"));
  assert_true(cites(finding(ir, "TMC-SUPPLY-009", "tune"), "AML.T0037"));
  assert_true(cites(finding(ir, "TMC-SUPPLY-009", "tune"), "AML.T0011.001"));
  assert_true(cites(finding(ir, "TMC-SUPPLY-010", "tune->fw"), "AML.T0025"));
  assert_true(cites(finding(ir, "TMC-SUPPLY-010", "fw->net"), "AML.T0072"));
  assert_non_null(finding(ir, "TMC-MLOPS-007", "adapters"));
  /* the environment holds packages, not training data */
  assert_null(finding(ir, "TMC-TRAIN-001", "envs"));
  assert_non_null(finding(ir, "TMC-TRAIN-001", "corpus"));
  assert_null(finding(ir, "TMC-SUPPLY-010", "tune->adapters"));
  tmc_ir_free(ir);
}

/* The same supply chain in a system with no AI: a web shop's build pulls
 * npm packages and its server reaches the Internet. No AI id. */
static void test_packages_without_ai(void **state) {
  static const char d[] =
      "digraph shop {\n"
      "  npm [label=\"npm registry\", shape=component];\n"
      "  net [type=external, label=\"Payment provider\"];\n"
      "  subgraph cluster_dc { label=\"Data centre\";\n"
      "    ci [label=\"Jenkins build\"];\n"
      "    web [label=\"Shop server\"];\n"
      "    db [type=data_store, label=\"Orders DB\"];\n"
      "  }\n"
      "  npm -> ci [label=\"packages\"]; ci -> web [label=\"deploy\"];\n"
      "  web -> db; web -> net;\n"
      "}\n";
  tmc_ir *ir = analyse_with(d, cat, NULL);
  assert_true(ir->elements[elem(ir, "web")].facts.runs_outside_code);
  for (uint32_t i = 0; i < ir->n_findings; i++)
    for (uint32_t j = 0; j < ir->findings[i].atlas.n; j++)
      fail_msg("%s cites %s", ir->findings[i].rule_id, ir->findings[i].atlas.v[j]);
  tmc_ir_free(ir);
}

/* Training data from outside: a public corpus drawn in the untrusted zone
 * and a labelling contractor beside the zones, into a fetch job, a staging
 * bucket and the training set. The fetch and the labels are swappable after
 * review (AML.T0019, AML.T0010.002); every store on the way is outside data
 * (TMC-SUPPLY-003), not in-house data (TMC-TRAIN-001). */
static void test_outside_training_data(void **state) {
  static const char d[] = "digraph cap {\n"
                          "  subgraph cluster_pub { label=\"Internet\";\n"
                          "    corpus [type=dataset, label=\"Open caption corpus\"];\n"
                          "  }\n"
                          "  labels [label=\"Labelling contractor\"];\n"
                          "  subgraph cluster_ml { label=\"ML platform\";\n"
                          "    fetch [label=\"Fetch job\"];\n"
                          "    stage [type=data_store, label=\"Staging bucket\"];\n"
                          "    merge [label=\"Label merge\"];\n"
                          "    ts [type=dataset, label=\"Training set\"];\n"
                          "    train [type=pipeline, label=\"Trainer\"];\n"
                          "    m [type=model, label=\"Captioner\"];\n"
                          "  }\n"
                          "  corpus -> fetch; fetch -> stage; stage -> merge;\n"
                          "  labels -> merge [label=\"labels\"]; merge -> ts;\n"
                          "  ts -> train; train -> m;\n"
                          "}\n";
  tmc_ir *ir = analyse_with(d, cat, NULL);
  assert_true(ir->elements[elem(ir, "corpus")].facts.outside_source);
  assert_false(ir->elements[elem(ir, "corpus")].facts.code_source);
  assert_true(ir->elements[elem(ir, "labels")].facts.outside_source);
  assert_true(cites(finding(ir, "TMC-SUPPLY-011", "corpus->fetch"), "AML.T0019"));
  assert_true(cites(finding(ir, "TMC-SUPPLY-011", "labels->merge"), "AML.T0010.002"));
  assert_non_null(finding(ir, "TMC-SUPPLY-003", "stage"));
  assert_non_null(finding(ir, "TMC-SUPPLY-003", "ts"));
  assert_null(finding(ir, "TMC-TRAIN-001", "ts"));
  /* downstream of the trainer is the model's output, not the data */
  assert_false(ir->elements[elem(ir, "m")].facts.outside_data_upstream &&
               !ir->elements[elem(ir, "train")].facts.outside_data_upstream);
  tmc_ir_free(ir);
}

/* Agent tools from a marketplace through an admin step that installs them:
 * the flow is a tool supply chain (AML.T0010.005, LLM03), the marketplace a
 * publisher that can impersonate or rug-pull (TMC-SUPPLY-006). */
static void test_tool_marketplace_through_admin(void **state) {
  static const char d[] = "digraph ext {\n"
                          "  mkt [label=\"Extension marketplace\", shape=component];\n"
                          "  subgraph cluster_t { label=\"Tenant\";\n"
                          "    adm [label=\"Admin portal\"];\n"
                          "    bot [label=\"Assistant backend\"];\n"
                          "    g [type=llm, label=\"Chat model\"];\n"
                          "    ext [type=agent_tool, label=\"Calendar extension\"];\n"
                          "  }\n"
                          "  mkt -> adm [label=\"extension bundle\"];\n"
                          "  adm -> ext [label=\"install\"];\n"
                          "  bot -> g; g -> bot; bot -> ext; ext -> bot;\n"
                          "}\n";
  tmc_ir *ir = analyse_with(d, cat, NULL);
  assert_true(cites(finding(ir, "TMC-SUPPLY-008", "mkt->adm"), "AML.T0010.005"));
  assert_true(cites(finding(ir, "TMC-SUPPLY-008", "mkt->adm"), "LLM03:2025"));
  assert_null(finding(ir, "TMC-SUPPLY-007", "mkt->adm"));
  assert_true(cites(finding(ir, "TMC-SUPPLY-006", "mkt"), "AML.T0104"));
  tmc_ir_free(ir);
}

/* Model pushes: a release service takes the trainer's model and ships it
 * to the edge app ("OTA weights"); the console that got it sends the log
 * store nothing model-like. The push is taken in unverified, and as an
 * over-the-air update it is the vehicles' model supply chain
 * (TMC-MLOPS-013; an internal deploy is TMC-MLOPS-010, test_rules_ml.c). */
static void test_model_push(void **state) {
  static const char d[] =
      "digraph ota {\n"
      "  subgraph cluster_b { label=\"Backend\";\n"
      "    ds [type=dataset, label=\"Sensor recordings\"];\n"
      "    tr [type=pipeline, label=\"Training\"];\n"
      "    rel [label=\"Release service\"];\n"
      "    logs [type=data_store, label=\"Audit log\"];\n"
      "  }\n"
      "  subgraph cluster_v { label=\"Vehicle\";\n"
      "    app [label=\"Edge app\"];\n"
      "    det [type=model, label=\"Detector\"];\n"
      "  }\n"
      "  ds -> tr; tr -> rel [label=\"trained detector\"];\n"
      "  rel -> app [label=\"OTA weights\"]; rel -> logs [label=\"events\"];\n"
      "  app -> det [label=\"frames\"]; det -> app [label=\"boxes\"];\n"
      "}\n";
  tmc_ir *ir = analyse_with(d, cat, NULL);
  assert_true(ir->flows[flow(ir, "rel", "app")].facts.carries_weights);
  assert_false(ir->flows[flow(ir, "rel", "logs")].facts.carries_weights);
  assert_false(ir->flows[flow(ir, "app", "det")].facts.carries_weights); /* a request */
  assert_true(cites(finding(ir, "TMC-MLOPS-013", "rel->app"), "AML.T0010.003"));
  tmc_ir_free(ir);
}

/* mltrain16: a feedback loop closes through the outside world: the pricing
 * model's quotes go to riders, drivers' trip events come back into its
 * training, and no arrow joins riders and drivers (nor the model and what
 * drivers are shown). Both are outside parties
 * the system shows something to and hears back from, so the loop holds
 * (TMC-TRAIN-021 on the model, TMC-TRAIN-006 on the trainer, TMC-TRAIN-022
 * on the collector); staff in the drivers' place close no such loop. */
static void test_loop_through_outside_parties(void **state) {
  static const char d[] =
      "digraph rides {\n"
      "  riders [type=external, label=\"Riders (mobile app)\"];\n"
      "  drivers [type=external, label=\"Driver app fleet\"];\n"
      "  subgraph cluster_p { label=\"Pricing platform\";\n"
      "    quote [label=\"Quote service\"];\n"
      "    m [type=model, label=\"Surge pricing model\"];\n"
      "    disp [label=\"Dispatch service\"];\n"
      "    col [label=\"Trip event collector\"];\n"
      "    lake [type=dataset, label=\"Completed trips table\"];\n"
      "    fit [type=pipeline, label=\"Weekly refit\"];\n"
      "    reg [type=model_registry, label=\"Pricing model versions\"];\n"
      "  }\n"
      "  riders -> quote [label=\"ride request\"]; quote -> m; m -> quote;\n"
      "  quote -> riders [label=\"fare offer\"]; disp -> drivers [label=\"trip "
      "offer\"];\n"
      "  drivers -> col [label=\"trip completed\"]; col -> lake; lake -> fit;\n"
      "  fit -> reg; reg -> m;\n"
      "}\n";
  tmc_ir *ir = analyse_with(d, cat, NULL);
  assert_true(ir->elements[elem(ir, "fit")].facts.feedback_loop);
  assert_true(cites(finding(ir, "TMC-TRAIN-021", "m"), "AML.T0031"));
  assert_true(cites(finding(ir, "TMC-TRAIN-021", "m"), "ML08:2023"));
  assert_true(cites(finding(ir, "TMC-TRAIN-022", "col"), "ML08:2023"));
  tmc_ir_free(ir);
  /* the events sent by the company's own analysts, who are shown a roster
   * the model has no part in: staff are no outside party, no loop */
  static const char staff[] =
      "digraph rides {\n"
      "  riders [type=external, label=\"Passengers\"];\n"
      "  ops [type=external, label=\"Operations analysts\"];\n"
      "  subgraph cluster_p { label=\"Pricing platform\";\n"
      "    quote [label=\"Quote service\"];\n"
      "    m [type=model, label=\"Surge pricing model\"];\n"
      "    roster [label=\"Shift roster service\"];\n"
      "    col [label=\"Adjustment intake\"];\n"
      "    lake [type=dataset, label=\"Adjustments table\"];\n"
      "    fit [type=pipeline, label=\"Weekly refit\"];\n"
      "    reg [type=model_registry, label=\"Pricing model versions\"];\n"
      "  }\n"
      "  riders -> quote; quote -> m; m -> quote; quote -> riders;\n"
      "  roster -> ops [label=\"shift plan\"];\n"
      "  ops -> col [label=\"manual adjustments\"]; col -> lake; lake -> fit;\n"
      "  fit -> reg; reg -> m;\n"
      "}\n";
  ir = analyse_with(staff, cat, NULL);
  assert_false(ir->elements[elem(ir, "fit")].facts.feedback_loop);
  assert_null(finding(ir, "TMC-TRAIN-021", "m"));
  tmc_ir_free(ir);
}

/* mltrain16: the model flags items into a queue people work from (a store,
 * not a screen), and their verdicts are joined into its next training set:
 * the loop closes through the queue (TMC-TRAIN-022 on the joining step). */
static void test_loop_through_review_queue(void **state) {
  static const char d[] =
      "digraph moderation {\n"
      "  mods [type=external, label=\"Trust & Safety moderators\"];\n"
      "  subgraph cluster_s { label=\"Safety backend\";\n"
      "    clf [type=model, label=\"Toxicity classifier\"];\n"
      "    q [type=data_store, label=\"Escalation queue\"];\n"
      "    v [type=data_store, label=\"Moderator decisions\"];\n"
      "    join [label=\"Label join (nightly)\"];\n"
      "    set [type=dataset, label=\"Toxicity training set\"];\n"
      "    tr [type=pipeline, label=\"Classifier retrain\"];\n"
      "    reg [type=model_registry, label=\"Classifier registry\"];\n"
      "  }\n"
      "  clf -> q [label=\"flagged posts\"]; q -> mods [label=\"work items\"];\n"
      "  mods -> v [label=\"remove / keep\"]; v -> join; join -> set; set -> tr;\n"
      "  tr -> reg; reg -> clf;\n"
      "}\n";
  tmc_ir *ir = analyse_with(d, cat, NULL);
  assert_true(cites(finding(ir, "TMC-TRAIN-022", "join"), "AML.T0031"));
  assert_true(cites(finding(ir, "TMC-TRAIN-021", "clf"), "ML08:2023"));
  tmc_ir_free(ir);
}

/* mltrain16: evasion where an outsider's input enters code that hands it,
 * through code only, to a classic model of the system's own (TMC-ML-041),
 * and the answer back to the same outsider is an oracle (TMC-ML-042); not
 * for staff's input, nor for a vendor's hosted model. */
static void test_evasion_where_outsiders_enter(void **state) {
  static const char d[] =
      "digraph listings {\n"
      "  sellers [type=external, label=\"Marketplace sellers\"];\n"
      "  clerks [type=external, label=\"Catalogue staff\"];\n"
      "  subgraph cluster_m { label=\"Marketplace\";\n"
      "    api [label=\"Listing service\"];\n"
      "    gate [label=\"Prohibited-item gate\"];\n"
      "    cf [type=model, label=\"Counterfeit detector (ResNet)\"];\n"
      "    tools [label=\"Catalogue editor\"];\n"
      "  }\n"
      "  sellers -> api [label=\"listing + product photos\"]; api -> gate; gate -> cf;\n"
      "  cf -> gate; gate -> api; api -> sellers [label=\"accepted / rejected\"];\n"
      "  clerks -> tools [label=\"fix listing\"]; tools -> cf;\n"
      "}\n";
  tmc_ir *ir = analyse_with(d, cat, NULL);
  assert_true(cites(finding(ir, "TMC-ML-041", "sellers->api"), "AML.T0015"));
  assert_true(cites(finding(ir, "TMC-ML-041", "sellers->api"), "ML01:2023"));
  assert_true(cites(finding(ir, "TMC-ML-042", "api->sellers"), "AML.T0043.001"));
  assert_null(finding(ir, "TMC-ML-041", "clerks->tools"));
  tmc_ir_free(ir);
  static const char vendor[] =
      "digraph cards {\n"
      "  merchants [type=external, label=\"Merchant terminals\"];\n"
      "  subgraph cluster_i { label=\"Issuer\";\n"
      "    auth [label=\"Authorisation host\"];\n"
      "    risk [type=model, label=\"Transaction risk scorer (XGBoost)\"];\n"
      "  }\n"
      "  ocr [type=model, source=third_party, label=\"Receipt OCR (vendor API)\"];\n"
      "  merchants -> auth [label=\"ISO 8583 request\"]; auth -> risk; risk -> auth;\n"
      "  auth -> merchants [label=\"approve / decline\"];\n"
      "}\n";
  ir = analyse_with(vendor, cat, NULL);
  assert_true(cites(finding(ir, "TMC-ML-041", "merchants->auth"), "AML.T0043"));
  assert_non_null(finding(ir, "TMC-ML-042", "auth->merchants"));
  tmc_ir_free(ir);
  static const char hosted[] =
      "digraph ids {\n"
      "  people [type=external, label=\"Applicants\"];\n"
      "  subgraph cluster_k { label=\"KYC\";\n"
      "    kyc [label=\"KYC service\"];\n"
      "  }\n"
      "  face [type=model, source=third_party, label=\"Face match (vendor API)\"];\n"
      "  people -> kyc [label=\"ID photo\"]; kyc -> face; face -> kyc;\n"
      "  kyc -> people [label=\"result\"];\n"
      "}\n";
  ir = analyse_with(hosted, cat, NULL);
  assert_null(finding(ir, "TMC-ML-041", "people->kyc"));
  assert_null(finding(ir, "TMC-ML-042", "kyc->people"));
  tmc_ir_free(ir);
}

/* mltrain16: outside weights taken in: a vendor's checkpoint as .ckpt (pinned
 * by nothing, and pickled: TMC-SUPPLY-021 and -022), a framework's pretrained
 * download into a fine-tune (ML07), a safetensors release (no -022). */
static void test_outside_weights_taken_in(void **state) {
  static const char d[] =
      "digraph derm {\n"
      "  vendor [type=external, label=\"Dermavue Labs\"];\n"
      "  zoo [type=external, label=\"timm pretrained download\"];\n"
      "  st [type=external, label=\"Segmenter maker (release page)\"];\n"
      "  subgraph cluster_c { label=\"Clinic AI\";\n"
      "    share [type=model_registry, label=\"Approved models share\"];\n"
      "    ft [type=pipeline, label=\"Lesion fine-tune\"];\n"
      "    seg [type=model, label=\"Lesion segmenter\"];\n"
      "    data [type=dataset, label=\"Annotated lesions\"];\n"
      "  }\n"
      "  vendor -> share [label=\"licensed checkpoint (.ckpt) via portal\"];\n"
      "  zoo -> ft [label=\"ImageNet weights at each run\"];\n"
      "  st -> seg [label=\"weights (safetensors)\"];\n"
      "  share -> ft; data -> ft; ft -> share; share -> seg;\n"
      "}\n";
  tmc_ir *ir = analyse_with(d, cat, NULL);
  assert_true(cites(finding(ir, "TMC-SUPPLY-021", "vendor->share"), "AML.T0010.003"));
  assert_true(cites(finding(ir, "TMC-SUPPLY-022", "vendor->share"), "AML.T0011.000"));
  assert_true(cites(finding(ir, "TMC-SUPPLY-022", "vendor->share"), "CWE-502"));
  assert_true(cites(finding(ir, "TMC-SUPPLY-021", "zoo->ft"), "ML07:2023"));
  assert_true(cites(finding(ir, "TMC-SUPPLY-021", "zoo->ft"), "CWE-494"));
  assert_null(finding(ir, "TMC-SUPPLY-022", "zoo->ft"));
  assert_non_null(finding(ir, "TMC-SUPPLY-021", "st->seg"));
  assert_null(finding(ir, "TMC-SUPPLY-022", "st->seg"));
  tmc_ir_free(ir);
}

/* mltrain16: a build step takes the registered model and pushes an image
 * with it into the team's registry; the scoring service pulls it by tag
 * (TMC-SUPPLY-023, AML.T0010.004) and whoever can pull copies the model
 * (TMC-MLOPS-021, ML05); a pull by digest with a cosign check is pinned.
 * A training notebook that pip-installs and reads a key vault holds
 * credentials beside outside code (TMC-MLOPS-022, AML.T0055). */
static void test_images_and_notebook_secrets(void **state) {
  static const char d[] =
      "digraph scoring {\n"
      "  pypi [type=external, label=\"Public package index\"];\n"
      "  subgraph cluster_ml { label=\"ML platform\";\n"
      "    nb [label=\"Databricks notebook (pip install)\"];\n"
      "    kv [type=data_store, label=\"Azure Key Vault\"];\n"
      "    reg [type=model_registry, label=\"Model registry\"];\n"
      "    build [label=\"Image build job\"];\n"
      "    ar [type=data_store, label=\"Artifact Registry scoring-images\"];\n"
      "    svc [type=model, label=\"Churn scoring service\"];\n"
      "    svc2 [type=model, label=\"Propensity scoring service\"];\n"
      "    set [type=dataset, label=\"Churn features\"];\n"
      "  }\n"
      "  pypi -> nb [label=\"packages\"]; kv -> nb [label=\"storage key\"];\n"
      "  set -> nb; nb -> reg [label=\"register model\"];\n"
      "  reg -> build [label=\"model version\"]; build -> ar [label=\"push image\"];\n"
      "  ar -> svc [label=\"pull :prod tag\"];\n"
      "  ar -> svc2 [label=\"pull by digest (cosign verified)\"];\n"
      "}\n";
  tmc_ir *ir = analyse_with(d, cat, NULL);
  assert_true(cites(finding(ir, "TMC-SUPPLY-023", "ar->svc"), "AML.T0010.004"));
  assert_null(finding(ir, "TMC-SUPPLY-023", "ar->svc2"));
  assert_true(cites(finding(ir, "TMC-MLOPS-021", "ar->svc"), "ML05:2023"));
  assert_true(cites(finding(ir, "TMC-MLOPS-022", "nb"), "AML.T0055"));
  tmc_ir_free(ir);
}

/* mltrain16: another party's records written into a store a trainer later
 * learns from, with a step between (TMC-TRAIN-023: a garage's invoices as
 * the claims' labels, merchants' dispute uploads); not the system's
 * own scanner, nor staff. A pinned hash on a weights download pins it. */
static void test_partner_records_into_training(void **state) {
  static const char d[] =
      "digraph hail {\n"
      "  garages [type=external, label=\"Partner garages (repair invoices)\"];\n"
      "  scheme [type=external, label=\"Merchants (dispute portal uploads)\"];\n"
      "  clerks [type=external, label=\"Claims clerks\"];\n"
      "  cam [type=external, label=\"Roof-mounted hail sensor\"];\n"
      "  hub [type=external, label=\"Model zoo mirror\"];\n"
      "  subgraph cluster_h { label=\"Claims analytics\";\n"
      "    db [type=data_store, label=\"Claims ledger\"];\n"
      "    cb [type=data_store, label=\"Disputes table\"];\n"
      "    set [type=dataset, label=\"Quarterly training extract\"];\n"
      "    tr [type=pipeline, label=\"Estimator retraining\"];\n"
      "    reg [type=model_registry, label=\"Estimator versions\"];\n"
      "  }\n"
      "  garages -> db [label=\"final invoice amount\"];\n"
      "  scheme -> cb [label=\"rebuttal evidence\"]; clerks -> db "
      "[label=\"corrections\"];\n"
      "  cam -> db [label=\"hail readings\"];\n"
      "  hub -> tr [label=\"backbone weights (sha256 pinned)\"];\n"
      "  db -> set; cb -> set; set -> tr; tr -> reg;\n"
      "}\n";
  tmc_ir *ir = analyse_with(d, cat, NULL);
  assert_true(cites(finding(ir, "TMC-TRAIN-023", "garages->db"), "AML.T0020"));
  assert_true(cites(finding(ir, "TMC-TRAIN-023", "scheme->cb"), "ML02:2023"));
  assert_null(finding(ir, "TMC-TRAIN-023", "clerks->db"));
  assert_null(finding(ir, "TMC-TRAIN-023", "cam->db"));
  assert_null(finding(ir, "TMC-SUPPLY-021", "hub->tr"));
  tmc_ir_free(ir);
}

/* mltrain16: a monitor fed the model's scores and the outcomes people
 * recorded on what it flagged, reporting to staff, sees only what the
 * model selected (TMC-TRAIN-024); a dashboard-free scorer that answers an
 * outside caller is no monitor. */
static void test_monitor_of_selected_outcomes(void **state) {
  static const char d[] =
      "digraph aml {\n"
      "  analysts [type=external, label=\"Compliance analysts\"];\n"
      "  lead [type=external, label=\"Model risk officers\"];\n"
      "  subgraph cluster_b { label=\"Bank\";\n"
      "    m [type=model, label=\"Transaction monitoring model\"];\n"
      "    alerts [type=data_store, label=\"Alert queue\"];\n"
      "    sar [type=data_store, label=\"Case dispositions\"];\n"
      "    perf [type=process, label=\"Drift report job (monthly)\"];\n"
      "    prep [label=\"Label builder\"];\n"
      "    set [type=dataset, label=\"AML training set\"];\n"
      "    tr [type=pipeline, label=\"Quarterly retrain\"];\n"
      "    reg [type=model_registry, label=\"Model inventory\"];\n"
      "  }\n"
      "  m -> alerts; alerts -> analysts; analysts -> sar "
      "[label=\"true / false positive\"];\n"
      "  m -> perf [label=\"scores\"]; sar -> perf; perf -> lead "
      "[label=\"drift report\"];\n"
      "  sar -> prep; prep -> set; set -> tr; tr -> reg; reg -> m;\n"
      "}\n";
  tmc_ir *ir = analyse_with(d, cat, NULL);
  assert_true(cites(finding(ir, "TMC-TRAIN-024", "perf"), "ML08:2023"));
  assert_null(finding(ir, "TMC-TRAIN-024", "prep"));
  tmc_ir_free(ir);
}

/* A model on a device fed by a physical sensor: the model file can be
 * altered in the app (AML.T0018.001) and what the sensor sees can trigger
 * or fool it (AML.T0041, the sensor rule TMC-ML-016). */
static void test_device_model_and_sensor(void **state) {
  static const char d[] = "digraph cab {\n"
                          "  cam [type=external, label=\"Dashcam sensor\"];\n"
                          "  drv [type=external, label=\"Driver\"];\n"
                          "  subgraph cluster_p { label=\"Driver's phone\";\n"
                          "    app [label=\"Fatigue app\"];\n"
                          "    m [type=model, label=\"Drowsiness model (Core ML)\"];\n"
                          "  }\n"
                          "  drv -> cam [label=\"face\"]; cam -> app [label=\"video\"];\n"
                          "  app -> m; m -> app;\n"
                          "}\n";
  tmc_ir *ir = analyse_with(d, cat, NULL);
  assert_true(ir->elements[elem(ir, "m")].facts.on_device);
  assert_true(cites(finding(ir, "TMC-ML-019", "m"), "AML.T0018.001"));
  assert_true(cites(finding(ir, "TMC-ML-016", "cam->app"), "AML.T0041"));
  assert_null(finding(ir, "TMC-ML-016", "drv->cam")); /* a person, no sensor */
  tmc_ir_free(ir);
}

/* The same families worded otherwise: scores stamped into the headers of
 * what a scorer's consumer forwards to merchants; a person who copies an
 * assistant's answer into a payment order (the money moves at the
 * treasury system, not at the person or the chat). */
static void test_headers_and_person_in_the_chain(void **state) {
  static const char d[] =
      "digraph pay {\n"
      "  m [type=external, label=\"Merchants\"];\n"
      "  subgraph cluster_c { label=\"Card platform\";\n"
      "    gw [label=\"Authorisation gateway\"];\n"
      "    risk [type=model, label=\"Fraud model\"];\n"
      "  }\n"
      "  m -> gw [label=\"authorisation request\"]; gw -> risk; risk -> gw;\n"
      "  gw -> m [label=\"approve / decline\"];\n"
      "  gw -> acq [label=\"forwarded request + X-Risk headers\"];\n"
      "  acq [type=external, label=\"Acquiring partner\"];\n"
      "}\n";
  tmc_ir *ir = analyse_with(d, cat, NULL);
  assert_true(cites(finding(ir, "TMC-ML-018", "gw->acq"), "AML.T0063"));
  assert_null(finding(ir, "TMC-ML-018", "gw->m")); /* a verdict, no scores */
  tmc_ir_free(ir);

  static const char t[] = "digraph tre {\n"
                          "  an [type=external, label=\"Treasury analyst\"];\n"
                          "  subgraph cluster_c { label=\"Corporate\";\n"
                          "    ch [label=\"Finance assistant\"];\n"
                          "    kb [type=vector_store, label=\"Supplier letters\"];\n"
                          "    ts [label=\"Treasury system\"];\n"
                          "  }\n"
                          "  g [type=llm, label=\"Azure OpenAI\"];\n"
                          "  an -> ch [label=\"new account for ACME?\"]; ch -> an;\n"
                          "  kb -> ch; ch -> g; g -> ch;\n"
                          "  an -> ts [label=\"payment order\"];\n"
                          "}\n";
  ir = analyse_with(t, cat, NULL);
  assert_true(cites(finding(ir, "TMC-AGENT-018", "ts"), "AML.T0048.000"));
  assert_null(finding(ir, "TMC-AGENT-018", "ch")); /* asked about it, moves nothing */
  assert_null(finding(ir, "TMC-AGENT-018", "an"));
  tmc_ir_free(ir);
}

/* A model hub drawn as a registry without source=third_party (a "model
 * zoo" others publish to) is an outside source: its models may be
 * backdoored (TMC-SUPPLY-001), not "our registry can be altered"
 * (TMC-MLOPS-001/005), and what it hands on is no weights load to sign. */
static void test_hub_without_source_attribute(void **state) {
  static const char d[] =
      "digraph hubs {\n"
      "  zoo [type=model_registry, label=\"ModelScope model zoo\"];\n"
      "  subgraph cluster_p { label=\"Platform\";\n"
      "    imp [label=\"Checkpoint importer\"];\n"
      "    reg [type=model_registry, label=\"Team registry\"];\n"
      "    srv [label=\"Serving\"]; m [type=model, label=\"Ranker\"];\n"
      "  }\n"
      "  zoo -> imp [label=\"download\"]; imp -> reg; reg -> srv;\n"
      "  srv -> m; m -> srv;\n"
      "}\n";
  tmc_ir *ir = analyse_with(d, cat, NULL);
  assert_true(ir->elements[elem(ir, "zoo")].facts.outside_source);
  assert_true(cites(finding(ir, "TMC-SUPPLY-001", "zoo"), "AML.T0010.003"));
  assert_null(finding(ir, "TMC-MLOPS-001", "zoo"));
  assert_null(finding(ir, "TMC-MLOPS-005", "zoo"));
  assert_null(finding(ir, "TMC-MLOPS-010", "zoo->imp"));
  assert_non_null(finding(ir, "TMC-MLOPS-001", "reg")); /* ours */
  tmc_ir_free(ir);
}

/* Accounts (AML.T0021): members of the public whose reports reach a trainer
 * can be a sybil farm (TMC-TRAIN-011), the staff feeding the same trainer
 * are not; a sign-up step beside a model's identity check opens accounts
 * in stolen names (TMC-ML-021), a sign-up with no model beside it does not
 * raise it. Worded unlike the feedback and e-tax cases. */
static void test_accounts_and_identities(void **state) {
  static const char d[] = "digraph game {\n"
                          "  players [type=external, label=\"Players\"];\n"
                          "  designers [type=external, label=\"Game designers\"];\n"
                          "  subgraph cluster_s { label=\"Studio cloud\";\n"
                          "    api [label=\"Match API\"];\n"
                          "    q [type=data_store, label=\"Cheat reports\"];\n"
                          "    tr [type=pipeline, label=\"Cheat detector training\"];\n"
                          "    m [type=model, label=\"Cheat detector\"];\n"
                          "  }\n"
                          "  players -> api [label=\"match reports\"]; api -> q;\n"
                          "  designers -> q [label=\"labels\"];\n"
                          "  q -> tr; tr -> m; api -> m; m -> api;\n"
                          "}\n";
  tmc_ir *ir = analyse_with(d, cat, NULL);
  assert_true(cites(finding(ir, "TMC-TRAIN-011", "players"), "AML.T0021"));
  assert_null(finding(ir, "TMC-TRAIN-011", "designers"));
  tmc_ir_free(ir);

  static const char k[] = "digraph bank {\n"
                          "  who [type=external, label=\"Applicant\"];\n"
                          "  subgraph cluster_b { label=\"Neobank\";\n"
                          "    gw [label=\"Edge API\"];\n"
                          "    onb [label=\"Onboarding API\"];\n"
                          "    kyc [label=\"KYC selfie check\"];\n"
                          "    face [type=model, label=\"Face matcher\"];\n"
                          "    acc [type=data_store, label=\"Customer accounts\"];\n"
                          "  }\n"
                          "  who -> gw; gw -> onb; onb -> acc;\n"
                          "  gw -> kyc; kyc -> face; face -> kyc; kyc -> acc;\n"
                          "}\n";
  ir = analyse_with(k, cat, NULL);
  assert_true(ir->elements[elem(ir, "onb")].facts.signup);
  assert_true(cites(finding(ir, "TMC-ML-021", "onb"), "AML.T0021"));
  assert_null(finding(ir, "TMC-ML-021", "kyc"));
  tmc_ir_free(ir);

  static const char n[] = "digraph club {\n"
                          "  who [type=external, label=\"Visitor\"];\n"
                          "  subgraph cluster_c { label=\"Club site\";\n"
                          "    reg [label=\"Member registration\"];\n"
                          "    db [type=data_store, label=\"Members\"];\n"
                          "  }\n"
                          "  who -> reg; reg -> db;\n"
                          "}\n";
  ir = analyse_with(n, cat, NULL);
  assert_false(ir->elements[elem(ir, "reg")].facts.signup);
  assert_null(finding(ir, "TMC-ML-021", "reg"));
  tmc_ir_free(ir);
}

/* Beside the zones on a training path, a party named as a supplier is an
 * outside source of data; staff drawn there too are not. */
static void test_supplier_not_staff(void **state) {
  static const char d[] = "digraph asr {\n"
                          "  vend [type=external, label=\"Transcription vendor\"];\n"
                          "  staff [type=external, label=\"QA staff\"];\n"
                          "  subgraph cluster_m { label=\"Speech team\";\n"
                          "    imp [label=\"Transcript import\"];\n"
                          "    ts [type=dataset, label=\"Transcripts\"];\n"
                          "    tr [type=pipeline, label=\"ASR fine-tune\"];\n"
                          "    m [type=model, label=\"ASR model\"];\n"
                          "  }\n"
                          "  vend -> imp; staff -> imp [label=\"corrections\"];\n"
                          "  imp -> ts; ts -> tr; tr -> m;\n"
                          "}\n";
  tmc_ir *ir = analyse_with(d, cat, NULL);
  assert_true(ir->elements[elem(ir, "vend")].facts.outside_source);
  assert_false(ir->elements[elem(ir, "staff")].facts.outside_source);
  assert_true(cites(finding(ir, "TMC-SUPPLY-011", "vend->imp"), "AML.T0010.002"));
  assert_null(finding(ir, "TMC-SUPPLY-011", "staff->imp"));
  tmc_ir_free(ir);
}

/* Biometric training data: a store of fingerprints kept to train a matcher
 * discloses what cannot be reissued (TMC-TRAIN-012); the model hub named
 * "Hugging Face" is no face data. */
static void test_biometric_training_set(void **state) {
  static const char d[] = "digraph door {\n"
                          "  hub [type=model_registry, label=\"Hugging Face\"];\n"
                          "  subgraph cluster_l { label=\"Lab\";\n"
                          "    prints [type=data_store, label=\"Enrolment scans\"];\n"
                          "    cap [label=\"Capture station\"];\n"
                          "    tr [type=pipeline, label=\"Matcher training\"];\n"
                          "    m [type=model, label=\"Matcher\"];\n"
                          "  }\n"
                          "  cap -> prints [label=\"fingerprints\"];\n"
                          "  prints -> tr; hub -> tr; tr -> m;\n"
                          "}\n";
  tmc_ir *ir = analyse_with(d, cat, NULL);
  assert_true(ir->elements[elem(ir, "prints")].facts.biometric);
  assert_false(ir->elements[elem(ir, "hub")].facts.biometric);
  assert_true(cites(finding(ir, "TMC-TRAIN-012", "prints"), "CWE-359"));
  tmc_ir_free(ir);
}

/* The model's reply into the code that runs its tool calls: the calls'
 * arguments are the model's text (TMC-LLM-030, LLM05 and LLM06), said on
 * that flow in place of the generic output-handling finding; the reply to a
 * plain chat backend with no tools stays TMC-LLM-006. */
static void test_tool_call_arguments(void **state) {
  static const char d[] =
      "digraph a {\n"
      "  ten [type=external, label=\"Tenant\"];\n"
      "  subgraph cluster_c { label=\"Property platform\";\n"
      "    bot [label=\"Maintenance agent\"];\n"
      "    wo [type=agent_tool, label=\"create_work_order\"];\n"
      "    chat [label=\"FAQ chat backend\"];\n"
      "  }\n"
      "  m [type=llm, label=\"Claude (Anthropic API)\", source=third_party];\n"
      "  m2 [type=llm, label=\"Small FAQ model\", source=third_party];\n"
      "  ten -> bot -> ten; bot -> m [label=\"prompt + tools\"]; m -> bot "
      "[label=\"tool_use\"];\n"
      "  bot -> wo; wo -> bot;\n"
      "  ten -> chat -> ten; chat -> m2; m2 -> chat [label=\"answer\"];\n"
      "}\n";
  tmc_ir *ir = analyse_with(d, cat, NULL);
  const tmc_finding *f = finding(ir, "TMC-LLM-030", "m->bot");
  assert_true(cites(f, "LLM05:2025"));
  assert_true(cites(f, "LLM06:2025"));
  assert_true(cites(f, "CWE-1426"));
  assert_null(finding(ir, "TMC-LLM-006", "m->bot"));
  assert_null(finding(ir, "TMC-LLM-030", "m2->chat"));
  assert_non_null(finding(ir, "TMC-LLM-006", "m2->chat"));
  tmc_ir_free(ir);
}

/* An answer written from private records goes out where more people than
 * the asker read it (TMC-LLM-031, LLM02): the code driving the model posts
 * into a Teams channel, or mail takes a drafted reply to whoever the sender
 * named. The asker's own web page is not such a place, and an answer drawn
 * from public pages only carries nothing private. */
static void test_private_answer_goes_out(void **state) {
  static const char d[] =
      "digraph p {\n"
      "  emp [type=external, label=\"Employee\"];\n"
      "  cust [type=external, label=\"Customers (any sender)\"];\n"
      "  subgraph cluster_c { label=\"Corp\";\n"
      "    bot [label=\"Policy answer service (prompt builder)\"];\n"
      "    hr [type=data_store, label=\"HR case files\"];\n"
      "    mail [label=\"Outbound mail relay (SMTP)\"];\n"
      "    web [label=\"Answer page (web app)\"];\n"
      "  }\n"
      "  teams [type=external, label=\"Microsoft Teams channel\"];\n"
      "  m [type=llm, label=\"Hosted LLM\", source=third_party];\n"
      "  teams -> bot [label=\"question\"]; hr -> bot [label=\"case text\"];\n"
      "  bot -> m; m -> bot [label=\"answer\"];\n"
      "  bot -> teams [label=\"answer in thread\"];\n"
      "  bot -> mail [label=\"drafted reply\"]; mail -> cust [label=\"reply\"];\n"
      "  cust -> mail [label=\"mail\"];\n"
      "  emp -> web; web -> bot; bot -> web [label=\"answer\"]; web -> emp;\n"
      "}\n";
  tmc_ir *ir = analyse_with(d, cat, NULL);
  assert_true(cites(finding(ir, "TMC-LLM-031", "bot->teams"), "LLM02:2025"));
  assert_true(cites(finding(ir, "TMC-LLM-031", "mail->cust"), "AML.T0057"));
  assert_null(finding(ir, "TMC-LLM-031", "web->emp"));
  assert_null(finding(ir, "TMC-LLM-031", "bot->web"));
  tmc_ir_free(ir);

  static const char pub[] =
      "digraph q {\n"
      "  teams [type=external, label=\"Slack channel\"];\n"
      "  subgraph cluster_c { label=\"Corp\";\n"
      "    bot [label=\"FAQ prompt builder\"];\n"
      "    faq [type=data_store, label=\"Public FAQ pages\", sensitivity=public];\n"
      "  }\n"
      "  m [type=llm, label=\"Hosted LLM\", source=third_party];\n"
      "  teams -> bot; faq -> bot; bot -> m; m -> bot; bot -> teams [label=\"answer\"];\n"
      "}\n";
  ir = analyse_with(pub, cat, NULL);
  assert_null(finding(ir, "TMC-LLM-031", "bot->teams"));
  tmc_ir_free(ir);

  /* A mail vendor drawn between: the flow into it is the vendor's
   * (TMC-LLM-016); the answer reaching outside readers is said once, on
   * the vendor's flow to them, not on both hops. */
  static const char vendor[] =
      "digraph v {\n"
      "  cust [type=external, label=\"Policy holders\"];\n"
      "  subgraph cluster_c { label=\"Insurer\";\n"
      "    bot [label=\"Claims reply drafter (prompt builder)\"];\n"
      "    claims [type=data_store, label=\"Claim files\"];\n"
      "  }\n"
      "  sg [type=external, label=\"SendGrid email API\"];\n"
      "  m [type=llm, label=\"Hosted LLM\", source=third_party];\n"
      "  cust -> bot [label=\"claim question\"]; claims -> bot;\n"
      "  bot -> m; m -> bot [label=\"draft\"];\n"
      "  bot -> sg [label=\"send reply\"]; sg -> cust [label=\"reply mail\"];\n"
      "}\n";
  ir = analyse_with(vendor, cat, NULL);
  assert_non_null(finding(ir, "TMC-LLM-031", "sg->cust"));
  assert_null(finding(ir, "TMC-LLM-031", "bot->sg"));
  assert_non_null(finding(ir, "TMC-LLM-016", "bot->sg"));
  tmc_ir_free(ir);
}

/* The tool that charges a card or sends a device its commands on a
 * model's tool call records neither the request nor the confirmation
 * (TMC-AGENT-024, R): a payout tool by name, a gateway that commands a
 * smart lock across a boundary. A tool that only looks things up does not
 * get it, nor does the agent (its trail is TMC-REPUD-004). */
static void test_consequential_tool_trail(void **state) {
  static const char d[] =
      "digraph c {\n"
      "  guest [type=external, label=\"Hotel guest\"];\n"
      "  subgraph cluster_cloud { label=\"Cloud\";\n"
      "    conc [label=\"Concierge agent\"];\n"
      "    pay [type=agent_tool, label=\"charge_card payout tool\"];\n"
      "    room [type=agent_tool, label=\"room_control tool\"];\n"
      "    look [type=agent_tool, label=\"lookup_booking tool\"];\n"
      "    bk [type=data_store, label=\"Bookings\"];\n"
      "  }\n"
      "  subgraph cluster_room { label=\"Guest room devices\";\n"
      "    lock [type=external, label=\"Smart door lock\"];\n"
      "  }\n"
      "  m [type=llm, label=\"Hosted LLM\", source=third_party];\n"
      "  guest -> conc -> guest; conc -> m; m -> conc;\n"
      "  conc -> pay [label=\"tool call\"]; pay -> conc;\n"
      "  conc -> room; room -> lock [label=\"unlock command\"];\n"
      "  conc -> look; look -> bk [label=\"read\"]; bk -> look; look -> conc;\n"
      "}\n";
  tmc_ir *ir = analyse_with(d, cat, NULL);
  assert_true(cites(finding(ir, "TMC-AGENT-024", "pay"), "CWE-778"));
  assert_non_null(finding(ir, "TMC-AGENT-024", "room"));
  assert_null(finding(ir, "TMC-AGENT-024", "look"));
  assert_null(finding(ir, "TMC-AGENT-024", "conc"));
  tmc_ir_free(ir);
}

/* The front service outsiders reach, which hands every request on to the
 * code driving an LLM, is where a per-caller limit on model calls belongs
 * (TMC-LLM-032, LLM10), in place of the generic flood finding there. A
 * fetcher that only reads pages into the agent is no such front, and the
 * agent itself carries TMC-LLM-013 on its calls instead. */
static void test_front_of_llm_calls(void **state) {
  static const char d[] =
      "digraph f {\n"
      "  pub [type=external, label=\"Anonymous visitors\"];\n"
      "  web [type=external, label=\"Web pages\"];\n"
      "  subgraph cluster_c { label=\"Platform\";\n"
      "    gw [label=\"Public API gateway\"];\n"
      "    ag [label=\"Trip planner agent\"];\n"
      "    fx [label=\"Page fetcher (HTTP GET)\"];\n"
      "    bk [type=agent_tool, label=\"book_trip tool\"];\n"
      "  }\n"
      "  m [type=llm, label=\"Vendor LLM API\", source=third_party];\n"
      "  pub -> gw [label=\"requests\"]; gw -> pub;\n"
      "  gw -> ag [label=\"request\"]; ag -> gw;\n"
      "  ag -> m; m -> ag; ag -> bk; bk -> ag;\n"
      "  fx -> web [label=\"GET url\"]; web -> fx [label=\"html\"]; fx -> ag "
      "[label=\"page text\"];\n"
      "}\n";
  tmc_ir *ir = analyse_with(d, cat, NULL);
  assert_true(cites(finding(ir, "TMC-LLM-032", "gw"), "LLM10:2025"));
  assert_null(finding(ir, "TMC-DOS-001", "gw"));
  assert_null(finding(ir, "TMC-LLM-032", "fx"));
  assert_null(finding(ir, "TMC-LLM-032", "ag"));
  tmc_ir_free(ir);

  /* A front that also has a speech model transcribe what callers send: one
   * flood finding on it, the LLM calls' (TMC-LLM-032), not a second one
   * for the model in front (TMC-ML-008) saying the same of the same code. */
  static const char v[] =
      "digraph v {\n"
      "  car [type=external, label=\"Car head units\"];\n"
      "  subgraph cluster_c { label=\"Voice backend\";\n"
      "    vg [label=\"Voice ingress (gRPC audio)\"];\n"
      "    orch [label=\"Assistant orchestrator\", role=agent];\n"
      "  }\n"
      "  stt [type=model, label=\"Speech-to-text model\"];\n"
      "  m [type=llm, label=\"Vendor LLM API\", source=third_party];\n"
      "  car -> vg [label=\"audio stream\"]; vg -> car;\n"
      "  vg -> stt [label=\"audio\"]; stt -> vg [label=\"transcript\"];\n"
      "  vg -> orch [label=\"utterance\"]; orch -> vg;\n"
      "  orch -> m; m -> orch;\n"
      "}\n";
  ir = analyse_with(v, cat, NULL);
  assert_non_null(finding(ir, "TMC-LLM-032", "vg"));
  assert_null(finding(ir, "TMC-ML-008", "vg"));
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_agent_family),
      cmocka_unit_test(test_output_on_the_sink),
      cmocka_unit_test(test_federated),
      cmocka_unit_test(test_trainer_by_role),
      cmocka_unit_test(test_hallucinated_packages),
      cmocka_unit_test(test_llm_app_placement),
      cmocka_unit_test(test_rag_ingestion),
      cmocka_unit_test(test_training_influence),
      cmocka_unit_test(test_provenance),
      cmocka_unit_test(test_model_artifact_stores),
      cmocka_unit_test(test_tool_supply),
      cmocka_unit_test(test_feedback_loop),
      cmocka_unit_test(test_federated_through_stores),
      cmocka_unit_test(test_vendor_services),
      cmocka_unit_test(test_credentials_in_labels),
      cmocka_unit_test(test_output_consumer),
      cmocka_unit_test(test_packaged_tools),
      cmocka_unit_test(test_device_models),
      cmocka_unit_test(test_no_ai_no_ai_ids),
      cmocka_unit_test(test_membership_needs_own_training),
      cmocka_unit_test(test_model_written_queries),
      cmocka_unit_test(test_outside_tool_code),
      cmocka_unit_test(test_assembler_drawn_as_box),
      cmocka_unit_test(test_tool_output_chains),
      cmocka_unit_test(test_retrieval_content_crafting),
      cmocka_unit_test(test_promotion_step_not_the_app),
      cmocka_unit_test(test_reward_model),
      cmocka_unit_test(test_web_front_renders_output),
      cmocka_unit_test(test_chat_products_render_output),
      cmocka_unit_test(test_memory_thread_and_index),
      cmocka_unit_test(test_embedding_writer_is_no_memory),
      cmocka_unit_test(test_injection_path_without_index),
      cmocka_unit_test(test_plain_keys_beside_the_agent),
      cmocka_unit_test(test_suite_mailbox_infiltration),
      cmocka_unit_test(test_tool_writes_what_ci_builds),
      cmocka_unit_test(test_llm_judge_reads_the_injection),
      cmocka_unit_test(test_tool_call_arguments),
      cmocka_unit_test(test_private_answer_goes_out),
      cmocka_unit_test(test_consequential_tool_trail),
      cmocka_unit_test(test_front_of_llm_calls),
      cmocka_unit_test(test_trained_text_is_no_infiltration),
      cmocka_unit_test(test_tool_sources_are_no_people),
      cmocka_unit_test(test_record_history_is_no_thread),
      cmocka_unit_test(test_stored_chats_and_records),
      cmocka_unit_test(test_platform_index_of_scoped_sources),
      cmocka_unit_test(test_job_keys_do_not_scope_an_index),
      cmocka_unit_test(test_direct_injection_at_the_way_in),
      cmocka_unit_test(test_spoofed_sender_mail),
      cmocka_unit_test(test_planted_document_in_indexed_source),
      cmocka_unit_test(test_system_prompt_where_written),
      cmocka_unit_test(test_pipeline_runs_model_code),
      cmocka_unit_test(test_web_search_snippets),
      cmocka_unit_test(test_index_served_to_everyone),
      cmocka_unit_test(test_model_written_changes),
      cmocka_unit_test(test_model_sql_rights),
      cmocka_unit_test(test_stored_output_and_mail),
      cmocka_unit_test(test_tool_actions),
      cmocka_unit_test(test_code_runners),
      cmocka_unit_test(test_public_model_api),
      cmocka_unit_test(test_search_results_steer),
      cmocka_unit_test(test_tool_action_across_boundary),
      cmocka_unit_test(test_model_server_floods),
      cmocka_unit_test(test_training_jobs_api),
      cmocka_unit_test(test_model_sql_on_warehouse),
      cmocka_unit_test(test_checkout_is_no_repository),
      cmocka_unit_test(test_public_channel_injection),
      cmocka_unit_test(test_index_searched_by_a_tool),
      cmocka_unit_test(test_money_at_the_end),
      cmocka_unit_test(test_scores_leak),
      cmocka_unit_test(test_product_and_sensor_access),
      cmocka_unit_test(test_loop_through_outside_parties), /* mltrain16 */
      cmocka_unit_test(test_loop_through_review_queue),
      cmocka_unit_test(test_evasion_where_outsiders_enter),
      cmocka_unit_test(test_outside_weights_taken_in),
      cmocka_unit_test(test_images_and_notebook_secrets),
      cmocka_unit_test(test_partner_records_into_training),
      cmocka_unit_test(test_monitor_of_selected_outcomes),
      cmocka_unit_test(test_evasion_reach),
      cmocka_unit_test(test_agent_reply_published),
      cmocka_unit_test(test_packages_into_training),
      cmocka_unit_test(test_packages_without_ai),
      cmocka_unit_test(test_outside_training_data),
      cmocka_unit_test(test_tool_marketplace_through_admin),
      cmocka_unit_test(test_model_push),
      cmocka_unit_test(test_device_model_and_sensor),
      cmocka_unit_test(test_headers_and_person_in_the_chain),
      cmocka_unit_test(test_hub_without_source_attribute),
      cmocka_unit_test(test_accounts_and_identities),
      cmocka_unit_test(test_supplier_not_staff),
      cmocka_unit_test(test_biometric_training_set),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
