/* test_rules_precision.c - issue #15: no finding a system makes impossible.
 * Each test draws a family twice, worded differently: once where the
 * precondition of a family of AI ids holds (the ids are raised), once where
 * the system makes it impossible (they are not): a vendor's model the system
 * only calls, a model nobody can query, a read-only tool, an LLM with no
 * tools, no persistent memory, only public content in the prompt, a model
 * trained from scratch. tests/blind8 is the tuning set they come from. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "engine_helpers.h"

static tmc_catalog *cat;

/* Extraction, inversion and membership need a model of the system's own
 * that outsiders query: a vendor's model it only calls (an LLM API, a
 * hosted embedding model, named by its vendor or drawn with a SaaS word) is
 * the vendor's to protect. The same drawing with the model self-hosted
 * keeps them. */
static void test_vendor_model_not_ours(void **state) {
  static const char vendor[] = "digraph v {\n"
                               "  anon [type=external, label=\"Anonymous visitors\"];\n"
                               "  subgraph cluster_app { label=\"App\";\n"
                               "    api [label=\"Answer service\"];\n"
                               "  }\n"
                               "  gen [type=llm, label=\"Gemini Flash\"];\n"
                               "  emb [type=model, label=\"Embeddings (Cohere API)\"];\n"
                               "  anon -> api [protocol=https]; api -> anon;\n"
                               "  api -> emb [protocol=https]; emb -> api;\n"
                               "  api -> gen [protocol=https]; gen -> api;\n"
                               "}\n";
  tmc_ir *ir = analyse_with(vendor, cat, NULL);
  assert_true(ir->elements[elem(ir, "gen")].facts.vendor_service);
  for (const char *const *t = (const char *const[]){"gen", "emb", NULL}; *t; t++) {
    assert_false(any_cites(ir, *t, "AML.T0024"));
    assert_false(any_cites(ir, *t, "ML05"));
    assert_false(any_cites(ir, *t, "ML03"));
  }
  tmc_ir_free(ir);
  static const char own[] = "digraph o {\n"
                            "  anon [type=external, label=\"Anonymous visitors\"];\n"
                            "  subgraph cluster_app { label=\"App\";\n"
                            "    api [label=\"Answer service\"];\n"
                            "    gen [type=llm, label=\"Our tuned model (vLLM)\"];\n"
                            "  }\n"
                            "  anon -> api [protocol=https]; api -> anon;\n"
                            "  api -> gen [protocol=https]; gen -> api;\n"
                            "}\n";
  ir = analyse_with(own, cat, NULL);
  assert_true(any_cites(ir, "gen", "AML.T0024"));
  tmc_ir_free(ir);
}

/* Exfiltration and destruction through a tool (AML.T0086, AML.T0101) need
 * a tool that writes or sends: one named read-only, or whose every flow out
 * is a query, gets the read-only rule (TMC-AGENT-019: what it reads, for
 * whoever steers the model); a tool that posts to a service, or runs code,
 * keeps TMC-AGENT-001. The agent dispatching only read-only tools cites
 * neither id either. */
static void test_read_only_tools(void **state) {
  static const char ro[] =
      "digraph r {\n"
      "  staff [type=external, label=\"Staff\"];\n"
      "  subgraph cluster_c { label=\"Corp\";\n"
      "    loop [label=\"Agent loop\"];\n"
      "    kb [type=agent_tool, label=\"wiki_lookup (readonly)\"];\n"
      "    hr [type=agent_tool, label=\"hr_records tool\"];\n"
      "    wiki [type=data_store, label=\"Wiki\"];\n"
      "    db [type=data_store, label=\"HR database\"];\n"
      "  }\n"
      "  m [type=llm, label=\"Hosted model\", source=third_party];\n"
      "  staff -> loop; loop -> staff;\n"
      "  loop -> m; m -> loop;\n"
      "  loop -> kb; kb -> wiki [label=\"REST\"]; wiki -> kb; kb -> loop;\n"
      "  loop -> hr; hr -> db [label=\"select by id\"]; db -> hr; hr -> loop;\n"
      "}\n";
  tmc_ir *ir = analyse_with(ro, cat, NULL);
  assert_false(ir->elements[elem(ir, "kb")].facts.tool_acts);
  assert_false(ir->elements[elem(ir, "hr")].facts.tool_acts);
  assert_false(ir->elements[elem(ir, "loop")].facts.tool_acts);
  assert_non_null(finding(ir, "TMC-AGENT-019", "kb"));
  assert_true(any_cites(ir, "hr", "AML.T0085.001"));
  assert_false(any_cites(ir, NULL, "AML.T0086"));
  assert_false(any_cites(ir, NULL, "AML.T0101"));
  tmc_ir_free(ir);
  /* Worded otherwise, with one tool that sends mail and one that runs
   * code: both can act. */
  static const char acts[] = "digraph a {\n"
                             "  u [type=external, label=\"Customer\"];\n"
                             "  subgraph cluster_c { label=\"Backend\";\n"
                             "    bot [label=\"Support agent\"];\n"
                             "    mail [type=agent_tool, label=\"send_email\"];\n"
                             "    py [type=agent_tool, label=\"Python sandbox\"];\n"
                             "  }\n"
                             "  smtp [type=external, label=\"Mail relay\"];\n"
                             "  g [type=llm, label=\"Claude API\"];\n"
                             "  u -> bot; bot -> u; bot -> g; g -> bot;\n"
                             "  bot -> mail; mail -> smtp [label=\"message\"];\n"
                             "  bot -> py [label=\"run code\"]; py -> bot;\n"
                             "}\n";
  ir = analyse_with(acts, cat, NULL);
  assert_true(ir->elements[elem(ir, "mail")].facts.tool_acts);
  assert_true(ir->elements[elem(ir, "py")].facts.tool_acts);
  assert_true(any_cites(ir, "mail", "AML.T0086"));
  assert_true(any_cites(ir, "py", "AML.T0101"));
  tmc_ir_free(ir);
}

/* LLM02 / AML.T0057 (the model discloses what it can see) need something
 * confidential in its context: a help index built only from public docs,
 * the keys the calling code reads and the asker's own question are not.
 * The same bot over an internal wiki keeps them. */
static void test_public_context(void **state) {
  static const char pub[] =
      "digraph p {\n"
      "  vis [type=external, label=\"Website visitors\"];\n"
      "  docs [type=data_store, label=\"Public documentation site\"];\n"
      "  subgraph cluster_a { label=\"App\";\n"
      "    idx [label=\"Indexer job\"];\n"
      "    chunks [type=vector_store, label=\"help_chunks\"];\n"
      "    bot [label=\"Prompt builder\"];\n"
      "    env [type=data_store, label=\"Env secrets\", data=credentials];\n"
      "  }\n"
      "  m [type=llm, label=\"Hosted LLM\", source=third_party];\n"
      "  docs -> idx; idx -> chunks [label=\"upsert\"];\n"
      "  vis -> bot; bot -> vis;\n"
      "  bot -> chunks [label=\"similarity search\"]; chunks -> bot [label=\"chunks\"];\n"
      "  env -> bot [label=\"API key\"];\n"
      "  bot -> m; m -> bot;\n"
      "}\n";
  tmc_ir *ir = analyse_with(pub, cat, NULL);
  assert_true(ir->elements[elem(ir, "chunks")].facts.public_content);
  assert_false(ir->elements[elem(ir, "m")].facts.private_upstream);
  assert_false(any_cites(ir, "m", "LLM02"));
  assert_false(any_cites(ir, "bot", "AML.T0057"));
  tmc_ir_free(ir);
  /* Worded otherwise: the index is built from the company's wiki. */
  static const char wiki[] =
      "digraph w {\n"
      "  emp [type=external, label=\"Employees\"];\n"
      "  subgraph cluster_a { label=\"Corp\";\n"
      "    conf [type=data_store, label=\"Confluence wiki\"];\n"
      "    idx [label=\"Indexer job\"];\n"
      "    chunks [type=vector_store, label=\"wiki_chunks\"];\n"
      "    bot [label=\"Prompt builder\"];\n"
      "  }\n"
      "  m [type=llm, label=\"Hosted LLM\", source=third_party];\n"
      "  conf -> idx; idx -> chunks [label=\"upsert\"];\n"
      "  emp -> bot; bot -> emp;\n"
      "  bot -> chunks [label=\"similarity search\"]; chunks -> bot [label=\"chunks\"];\n"
      "  bot -> m; m -> bot;\n"
      "}\n";
  ir = analyse_with(wiki, cat, NULL);
  assert_false(ir->elements[elem(ir, "chunks")].facts.public_content);
  assert_true(ir->elements[elem(ir, "m")].facts.private_upstream);
  assert_true(any_cites(ir, "m", "LLM02"));
  tmc_ir_free(ir);
}

/* Excessive agency (LLM06) on a path only where an agent or a tool acts
 * for the model: a translation posted back by plain code is improper
 * output handling (LLM05). And a worker named for translating is the
 * system's own code, no vendor's translation service. */
static void test_no_agency_without_tools(void **state) {
  static const char d[] = "digraph t {\n"
                          "  cust [type=external, label=\"Customers\"];\n"
                          "  subgraph cluster_g { label=\"Cloud project\";\n"
                          "    hook [label=\"Webhook intake\"];\n"
                          "    work [label=\"translate-worker\"];\n"
                          "    tickets [type=data_store, label=\"Ticket store\"];\n"
                          "  }\n"
                          "  m [type=llm, label=\"gpt-4o-mini (OpenAI API)\"];\n"
                          "  cust -> hook; hook -> work; work -> m; m -> work;\n"
                          "  work -> erp [label=\"translated invoice note\"];\n"
                          "}\n";
  tmc_ir *ir = analyse_with(d, cat, NULL);
  assert_false(ir->elements[elem(ir, "work")].facts.vendor_service);
  bool path = false;
  for (uint32_t i = 0; i < ir->n_findings; i++) {
    const tmc_finding *f = &ir->findings[i];
    if (strcmp(f->rule_id, "TMC-PATH-005") != 0)
      continue;
    path = true;
    assert_false(tmc_strlist_has(&f->owasp, "LLM06:2025"));
    assert_true(tmc_strlist_has(&f->owasp, "LLM05:2025"));
  }
  assert_true(path);
  tmc_ir_free(ir);
}

/* Does any finding anywhere cite an AI id (ATLAS, OWASP LLM or ML)? */
static bool cites_ai(const tmc_ir *ir) {
  return any_cites(ir, NULL, "AML.") || any_cites(ir, NULL, "LLM") ||
         any_cites(ir, NULL, "ML");
}

/* A bare "aggregator" is no federated-learning server: a fare or news
 * aggregator that feeds partners' data to a booking engine trains nothing,
 * and a system with no model gets no poisoning, backdoor or credential ids
 * from it. The server averaging clients' updates, named by what it
 * aggregates, still trains. */
static void test_aggregator_not_trainer(void **state) {
  static const char fares[] =
      "digraph f {\n"
      "  trav [type=external, label=\"Travellers\"];\n"
      "  airlines [type=external, label=\"Airline partners\"];\n"
      "  subgraph cluster_dc { label=\"Data centre\";\n"
      "    agg [label=\"Fare aggregator (partner XML feeds)\"];\n"
      "    cache [type=data_store, label=\"Fare cache\"];\n"
      "    book [label=\"Booking engine\"];\n"
      "    keys [type=data_store, label=\"Partner keys\"];\n"
      "  }\n"
      "  airlines -> agg [label=\"fares\"]; agg -> cache; cache -> book;\n"
      "  keys -> agg; trav -> book; book -> trav;\n"
      "}\n";
  tmc_ir *ir = analyse_with(fares, cat, NULL);
  assert_false(TMC_ROLESET_HAS(ir->elements[elem(ir, "agg")].roles, TMC_ROLE_TRAINER));
  assert_false(cites_ai(ir));
  tmc_ir_free(ir);
  static const char fl[] = "digraph l {\n"
                           "  subgraph cluster_c { label=\"Cloud\";\n"
                           "    srv [label=\"Model aggregator (rounds)\"];\n"
                           "    ck [type=data_store, label=\"Global weights\"];\n"
                           "  }\n"
                           "  site [label=\"Clinic node\"];\n"
                           "  site -> srv [label=\"weight update\"]; srv -> ck;\n"
                           "}\n";
  ir = analyse_with(fl, cat, NULL);
  assert_true(TMC_ROLESET_HAS(ir->elements[elem(ir, "srv")].roles, TMC_ROLE_TRAINER));
  tmc_ir_free(ir);
}

/* Words that name ML only in some companies: a pipeline that transcodes
 * media or builds code, a dbt project's SQL "models", a BI tool's semantic
 * model are code and tables, not a training pipeline or a trained model,
 * and a system made of them gets no AI id. The same words beside what
 * trains or is trained keep their kinds. */
static void test_false_friend_kinds(void **state) {
  static const char d[] =
      "digraph p {\n"
      "  hosts [type=external, label=\"Podcast hosts\"];\n"
      "  subgraph cluster_k { label=\"Production cluster\";\n"
      "    api [label=\"Episode API\"];\n"
      "    raw [type=data_store, label=\"Raw audio bucket\"];\n"
      "    enc [label=\"Audio transcoding pipeline (sox, lame)\"];\n"
      "    out [type=data_store, label=\"Episode renditions\"];\n"
      "    ci [label=\"Release pipeline\"];\n"
      "    marts [label=\"dbt project: staging and marts models\"];\n"
      "    wh [type=data_store, label=\"Listening warehouse\"];\n"
      "    bi [label=\"Listening semantic model (Power BI)\"];\n"
      "  }\n"
      "  hosts -> api [label=\"upload\"]; api -> raw; raw -> enc; enc -> out;\n"
      "  ci -> api [label=\"deploy\"]; out -> marts; marts -> wh; wh -> bi;\n"
      "}\n";
  tmc_ir *ir = analyse_with(d, cat, NULL);
  for (const char *const *p = (const char *const[]){"enc", "ci", "marts", "bi", NULL}; *p;
       p++)
    assert_int_equal(ir->elements[elem(ir, *p)].kind, TMC_KIND_PROCESS);
  assert_false(cites_ai(ir));
  tmc_ir_free(ir);
  static const char ml[] = "digraph m {\n"
                           "  a [label=\"Nightly training pipeline (PyTorch)\"];\n"
                           "  b [label=\"Churn model (XGBoost)\"];\n"
                           "  a -> b;\n"
                           "}\n";
  ir = analyse_with(ml, cat, NULL);
  assert_int_equal(ir->elements[elem(ir, "a")].kind, TMC_KIND_PIPELINE);
  assert_int_equal(ir->elements[elem(ir, "b")].kind, TMC_KIND_MODEL);
  tmc_ir_free(ir);
}

/* A cloud's pretrained AI API named by its product ("Cloud Vision API",
 * "Azure AI Translator") is the vendor's model, called per request: no
 * inversion, extraction or membership ids on it, whatever icon or kind
 * word made it a model. */
static void test_cloud_ai_api_is_vendors(void **state) {
  static const char d[] =
      "digraph c {\n"
      "  shoppers [type=external, label=\"Shoppers\"];\n"
      "  subgraph cluster_p { label=\"GCP project\";\n"
      "    web [label=\"Photo upload service\"];\n"
      "    tags [type=data_store, label=\"Photo tags\"];\n"
      "  }\n"
      "  vis [type=model, label=\"Cloud Vision API (label detection)\"];\n"
      "  tr [type=model, label=\"Azure AI Translator\"];\n"
      "  shoppers -> web [label=\"photos\"]; web -> shoppers;\n"
      "  web -> vis [protocol=https]; vis -> web;\n"
      "  web -> tr [protocol=https]; tr -> web; web -> tags;\n"
      "}\n";
  tmc_ir *ir = analyse_with(d, cat, NULL);
  for (const char *const *t = (const char *const[]){"vis", "tr", NULL}; *t; t++) {
    assert_true(ir->elements[elem(ir, *t)].facts.vendor_service);
    assert_false(any_cites(ir, *t, "AML.T0024"));
    assert_false(any_cites(ir, *t, "ML03"));
    assert_false(any_cites(ir, *t, "ML05"));
  }
  tmc_ir_free(ir);
}

/* A "model" kept in a spreadsheet or a classifier of hand-written rules is
 * fitted by no one, and a database's snapshots, a parcel's labels or a BI
 * tool's dataset are no training data: none of them is a model or a
 * dataset, and a shop made of them gets no AI id. A labelled image set
 * and a gradient-boosted model keep their kinds. */
static void test_false_friend_data(void **state) {
  static const char d[] =
      "digraph s {\n"
      "  buyers [type=external, label=\"Buyers\"];\n"
      "  subgraph cluster_a { label=\"Cloud account\";\n"
      "    shop [label=\"Checkout service\"];\n"
      "    plan [label=\"Capacity planning model (Google Sheets)\"];\n"
      "    route [label=\"Lead router classifier (rule-based)\"];\n"
      "    db [shape=cylinder, label=\"Orders\"];\n"
      "    snaps [shape=cylinder, label=\"Nightly database snapshots\"];\n"
      "    parcels [shape=cylinder, label=\"Parcel labels (ZPL)\"];\n"
      "    pbi [shape=cylinder, label=\"PBI dataset: orders by week\"];\n"
      "  }\n"
      "  buyers -> shop; shop -> buyers; shop -> route; route -> shop;\n"
      "  shop -> db; db -> snaps; shop -> parcels; db -> pbi; pbi -> plan;\n"
      "}\n";
  tmc_ir *ir = analyse_with(d, cat, NULL);
  for (const char *const *p = (const char *const[]){"plan", "route", NULL}; *p; p++)
    assert_int_equal(ir->elements[elem(ir, *p)].kind, TMC_KIND_PROCESS);
  for (const char *const *p = (const char *const[]){"snaps", "parcels", "pbi", NULL}; *p;
       p++)
    assert_int_equal(ir->elements[elem(ir, *p)].kind, TMC_KIND_DATA_STORE);
  assert_false(cites_ai(ir));
  tmc_ir_free(ir);
  static const char ml[] = "digraph m {\n"
                           "  a [shape=cylinder, label=\"Labelled images dataset\"];\n"
                           "  b [label=\"Fraud model (XGBoost)\"];\n"
                           "  a -> b;\n"
                           "}\n";
  ir = analyse_with(ml, cat, NULL);
  assert_int_equal(ir->elements[elem(ir, "a")].kind, TMC_KIND_DATASET);
  assert_int_equal(ir->elements[elem(ir, "b")].kind, TMC_KIND_MODEL);
  tmc_ir_free(ir);
}

/* Trainers who are people, refits that refurbish shops and training staff
 * take are no training pipeline, and the roles pass reads the trainer's
 * words beside the same false friends: a studio's booking system gets no
 * poisoning or backdoor ids. Code named a model trainer still trains. */
static void test_false_friend_trainers(void **state) {
  static const char d[] =
      "digraph g {\n"
      "  clients [type=external, label=\"Studio clients\"];\n"
      "  coaches [label=\"Fitness trainers (self-employed)\"];\n"
      "  subgraph cluster_s { label=\"Studio cloud\";\n"
      "    book [label=\"Class booking API\"];\n"
      "    slots [shape=cylinder, label=\"Class slots\"];\n"
      "    works [label=\"Store refit scheduler (trainer rooms)\"];\n"
      "    certs [shape=cylinder, label=\"Safety training records (LMS)\"];\n"
      "  }\n"
      "  clients -> book; book -> clients; coaches -> slots; slots -> book;\n"
      "  works -> slots; coaches -> certs [label=\"certificates\"];\n"
      "}\n";
  tmc_ir *ir = analyse_with(d, cat, NULL);
  for (const char *const *p = (const char *const[]){"coaches", "works", NULL}; *p; p++) {
    assert_int_not_equal(ir->elements[elem(ir, *p)].kind, TMC_KIND_PIPELINE);
    assert_false(TMC_ROLESET_HAS(ir->elements[elem(ir, *p)].roles, TMC_ROLE_TRAINER));
  }
  assert_false(cites_ai(ir));
  tmc_ir_free(ir);
  static const char ml[] = "digraph m {\n"
                           "  a [label=\"Model trainer (PyTorch)\"];\n"
                           "  b [type=model, label=\"Ranker\"];\n"
                           "  a -> b;\n"
                           "}\n";
  ir = analyse_with(ml, cat, NULL);
  assert_true(TMC_ROLESET_HAS(ir->elements[elem(ir, "a")].roles, TMC_ROLE_TRAINER));
  tmc_ir_free(ir);
  /* a false friend elsewhere in the label vetoes only its own words: the
   * rest still says a trainer */
  static const char both[] =
      "digraph m {\n"
      "  e [shape=cylinder, label=\"Click events\"];\n"
      "  a [label=\"Training pipeline (started by the CI pipeline)\"];\n"
      "  c [label=\"Retraining job (reads LMS exports)\"];\n"
      "  b [type=model, label=\"Ranker\"];\n"
      "  e -> a -> b; e -> c -> b;\n"
      "}\n";
  ir = analyse_with(both, cat, NULL);
  assert_true(TMC_ROLESET_HAS(ir->elements[elem(ir, "a")].roles, TMC_ROLE_TRAINER));
  assert_true(TMC_ROLESET_HAS(ir->elements[elem(ir, "c")].roles, TMC_ROLE_TRAINER));
  tmc_ir_free(ir);
}

/* Agents who are people or software on a machine are no LLM agent: the
 * console human insurance agents answer claims from, beside a model that
 * drafts replies, dispatches no tool calls, and gets no excessive-agency
 * ids; a build agent is no tool executor. Code named an agent loop that
 * calls a tool for the model still plays the agent. */
static void test_false_friend_agents(void **state) {
  static const char d[] =
      "digraph a {\n"
      "  claimants [type=external, label=\"Claimants\"];\n"
      "  staff [type=external, label=\"Insurance agents (branch)\"];\n"
      "  subgraph cluster_n { label=\"Claims network\";\n"
      "    cons [label=\"Agent console (claims)\"];\n"
      "    claims [type=data_store, label=\"Claims\"];\n"
      "    ci [label=\"TeamCity build agent\"];\n"
      "  }\n"
      "  m [type=llm, label=\"Hosted model\", source=third_party];\n"
      "  claimants -> cons [label=\"claim form\"]; cons -> claims;\n"
      "  staff -> cons; cons -> staff; cons -> m [label=\"draft a reply\"];\n"
      "  m -> cons; ci -> cons [label=\"deploy\"];\n"
      "}\n";
  tmc_ir *ir = analyse_with(d, cat, NULL);
  assert_false(TMC_ROLESET_HAS(ir->elements[elem(ir, "cons")].roles, TMC_ROLE_AGENT));
  assert_false(TMC_ROLESET_HAS(ir->elements[elem(ir, "ci")].roles, TMC_ROLE_AGENT));
  assert_false(any_cites(ir, NULL, "LLM06"));
  assert_false(any_cites(ir, NULL, "AML.T0053"));
  tmc_ir_free(ir);
  static const char ai[] = "digraph b {\n"
                           "  loop [label=\"Agent loop\"];\n"
                           "  m [type=llm, label=\"Hosted model\"];\n"
                           "  t [type=agent_tool, label=\"Refund tool\"];\n"
                           "  loop -> m; m -> loop; loop -> t; t -> loop;\n"
                           "}\n";
  ir = analyse_with(ai, cat, NULL);
  assert_true(TMC_ROLESET_HAS(ir->elements[elem(ir, "loop")].roles, TMC_ROLE_AGENT));
  tmc_ir_free(ir);
  /* an id reads its false friends as a label does: a host watcher whose
   * node is named "monitoring agent" is no LLM agent, one named "agent
   * loop" is */
  static const char ids[] =
      "digraph c {\n"
      "  ops [type=external, label=\"Operators\"];\n"
      "  \"monitoring agent\" [label=\"Host watcher\"];\n"
      "  \"agent loop\" [label=\"Orchestration\"];\n"
      "  m [type=llm, label=\"Hosted model\", source=third_party];\n"
      "  ops -> \"monitoring agent\"; \"monitoring agent\" -> m; m -> \"monitoring "
      "agent\";\n"
      "  ops -> \"agent loop\"; \"agent loop\" -> m; m -> \"agent loop\";\n"
      /* llmcls17: an agent answers someone (code that only files the
       * model's text in a store is no agent) */
      "  \"monitoring agent\" -> ops; \"agent loop\" -> ops;\n"
      "}\n";
  ir = analyse_with(ids, cat, NULL);
  assert_false(
      TMC_ROLESET_HAS(ir->elements[elem(ir, "monitoring agent")].roles, TMC_ROLE_AGENT));
  assert_true(
      TMC_ROLESET_HAS(ir->elements[elem(ir, "agent loop")].roles, TMC_ROLE_AGENT));
  tmc_ir_free(ir);
}

/* Planting content in an index is RAG poisoning only where what is
 * retrieved reaches an LLM: a marketplace's k-NN search index filled by an
 * indexer from sellers' listings, read by the search page, is search. The
 * same index read by code that prompts a model is RAG. */
static void test_index_without_llm(void **state) {
  static const char d[] =
      "digraph s {\n"
      "  sellers [type=external, label=\"Sellers\"];\n"
      "  subgraph cluster_m { label=\"Marketplace VPC\";\n"
      "    up [label=\"Listing upload API\"];\n"
      "    idx [label=\"Listing indexer\"];\n"
      "    knn [shape=cylinder, label=\"Similar items (k-NN index)\"];\n"
      "    page [label=\"Search page\"];\n"
      "  }\n"
      "  sellers -> up; up -> idx; idx -> knn; knn -> page; page -> sellers;\n";
  static const char bot[] =
      "  bot [label=\"Shopping assistant\"]; m [type=llm, label=\"Hosted LLM\"];\n"
      "  knn -> bot; bot -> m; m -> bot;\n";
  char text[1024];
  snprintf(text, sizeof text, "%s}\n", d);
  tmc_ir *ir = analyse_with(text, cat, NULL);
  assert_int_equal(count_rule(ir, "TMC-RAG-003"), 0);
  tmc_ir_free(ir);
  snprintf(text, sizeof text, "%s%s}\n", d, bot);
  ir = analyse_with(text, cat, NULL);
  assert_int_equal(count_rule(ir, "TMC-RAG-003"), 1);
  tmc_ir_free(ir);
}

/* An issue or pull request "labelled" is the event that starts a bot, not
 * labelled data: a triage bot started when a PR is labelled, which sends
 * the diff to a hosted model and posts its review, trains nothing and gets
 * no poisoning id. A store of labelled tickets a classifier learns from
 * keeps its kind. */
static void test_labelled_event_not_data(void **state) {
  static const char d[] =
      "digraph b {\n"
      "  dev [type=external, label=\"Contributors\"];\n"
      "  subgraph cluster_ci { label=\"CI runner\";\n"
      "    hook [label=\"review-bot.yml (pull request labeled)\"];\n"
      "    bot [label=\"Review bot\"];\n"
      "  }\n"
      "  m [type=llm, label=\"Hosted LLM\", source=third_party];\n"
      "  dev -> hook [label=\"labels a PR\"]; hook -> bot [label=\"diff\"];\n"
      "  bot -> m; m -> bot; bot -> dev [label=\"review comment\"];\n"
      "}\n";
  tmc_ir *ir = analyse_with(d, cat, NULL);
  assert_int_not_equal(ir->elements[elem(ir, "hook")].kind, TMC_KIND_DATASET);
  assert_false(TMC_ROLESET_HAS(ir->elements[elem(ir, "bot")].roles, TMC_ROLE_TRAINER));
  assert_false(any_cites(ir, NULL, "AML.T0020"));
  tmc_ir_free(ir);
  static const char ml[] = "digraph m {\n"
                           "  a [shape=cylinder, label=\"Labelled tickets export\"];\n"
                           "  b [label=\"Ticket router (fastText)\"];\n"
                           "  a -> b;\n"
                           "}\n";
  ir = analyse_with(ml, cat, NULL);
  assert_int_equal(ir->elements[elem(ir, "a")].kind, TMC_KIND_DATASET);
  tmc_ir_free(ir);
}

/* RAG ids (LLM08, AML.T0070) need an index to poison: a job that takes in
 * web-form messages and hands them straight to the code prompting a model
 * is indirect prompt injection (TMC-RAG-006, LLM01), with no embeddings.
 * The same intake writing chunks to a vector store the prompt builder
 * searches keeps RAG-003 and LLM08. */
static void test_ingestion_without_index(void **state) {
  static const char d[] =
      "digraph f {\n"
      "  pub [type=external, label=\"Web form senders\"];\n"
      "  subgraph cluster_c { label=\"Company cloud\";\n"
      "    inbox [type=data_store, label=\"Contact form submissions\"];\n"
      "    take [label=\"Form ingestion worker\"];\n"
      "    sum [label=\"Summary prompt builder\"];\n"
      "  }\n"
      "  m [type=llm, label=\"Hosted LLM\", source=third_party];\n"
      "  pub -> inbox; inbox -> take; take -> sum; sum -> m; m -> sum;\n";
  static const char idx[] =
      "  vec [type=vector_store, label=\"Submission chunks\"];\n"
      "  take -> vec [label=\"upsert\"]; sum -> vec [label=\"similarity search\"];\n"
      "  vec -> sum;\n";
  char text[1024];
  snprintf(text, sizeof text, "%s}\n", d);
  tmc_ir *ir = analyse_with(text, cat, NULL);
  assert_true(TMC_ROLESET_HAS(ir->elements[elem(ir, "take")].roles, TMC_ROLE_INGESTION));
  assert_int_equal(count_rule(ir, "TMC-RAG-003"), 0);
  assert_int_equal(count_rule(ir, "TMC-RAG-004"), 0);
  assert_true(any_cites(ir, "take", "LLM01"));
  assert_false(any_cites(ir, NULL, "LLM08"));
  assert_false(any_cites(ir, NULL, "AML.T0070"));
  tmc_ir_free(ir);
  snprintf(text, sizeof text, "%s%s}\n", d, idx);
  ir = analyse_with(text, cat, NULL);
  assert_true(any_cites(ir, "take", "LLM08"));
  assert_int_equal(count_rule(ir, "TMC-RAG-006"), 0);
  tmc_ir_free(ir);
}

/* Memory poisoning (AML.T0080) needs memory: a report drafter that saves
 * each draft for its author and lists them again ("my drafts") keeps
 * results for people, not memory, when no word says memory or history.
 * An agent loop with a tool that saves and reads back its own state keeps
 * memory on structure alone. */
static void test_saved_results_not_memory(void **state) {
  static const char d[] =
      "digraph r {\n"
      "  u [type=external, label=\"Analysts\"];\n"
      "  subgraph cluster_c { label=\"Intranet\";\n"
      "    app [label=\"Report drafter (Flask)\"];\n"
      "    db [type=data_store, label=\"Drafts DB (MySQL)\"];\n"
      "  }\n"
      "  m [type=llm, label=\"Hosted LLM\", source=third_party];\n"
      "  u -> app [label=\"figures\"]; app -> u [label=\"draft\"];\n"
      "  app -> m [label=\"prompt\"]; m -> app [label=\"draft\"];\n"
      "  app -> db [label=\"save draft\"]; db -> app [label=\"my drafts\"];\n"
      "}\n";
  tmc_ir *ir = analyse_with(d, cat, NULL);
  assert_false(ir->elements[elem(ir, "db")].facts.agent_memory);
  assert_false(any_cites(ir, NULL, "AML.T0080"));
  tmc_ir_free(ir);
  static const char ag[] =
      "digraph a {\n"
      "  u [type=external, label=\"Analysts\"];\n"
      "  subgraph cluster_c { label=\"Intranet\";\n"
      "    loop [label=\"Agent loop\"];\n"
      "    t [type=agent_tool, label=\"lookup_ledger tool\"];\n"
      "    db [type=data_store, label=\"State DB (MySQL)\"];\n"
      "  }\n"
      "  m [type=llm, label=\"Hosted LLM\", source=third_party];\n"
      "  u -> loop; loop -> u; loop -> m; m -> loop; loop -> t; t -> loop;\n"
      "  loop -> db [label=\"save\"]; db -> loop [label=\"load\"];\n"
      "}\n";
  ir = analyse_with(ag, cat, NULL);
  assert_true(ir->elements[elem(ir, "db")].facts.agent_memory);
  tmc_ir_free(ir);
}

/* Cost harvesting (AML.T0034) needs a bill: an LLM served by the
 * organisation's own inference server on its own premises (a zone saying
 * on-premises) is overloaded (AML.T0029, TMC-LLM-033), not billed, and an
 * API it imitates ("OpenAI-compatible") makes it no vendor's service. The
 * same server in a cloud account keeps TMC-LLM-013 and AML.T0034. */
static void test_on_premises_model_no_bill(void **state) {
  static const char fmt[] =
      "digraph c {\n"
      "  u [type=external, label=\"Staff\"];\n"
      "  subgraph cluster_a { label=\"%s\";\n"
      "    app [label=\"Helpdesk prompt builder\"];\n"
      "    m [type=llm, label=\"TGI (OpenAI-compatible API) Mistral-7B\"];\n"
      "  }\n"
      "  u -> app [label=\"question\"]; app -> u;\n"
      "  app -> m [label=\"prompt\"]; m -> app;\n"
      "}\n";
  char text[1024];
  snprintf(text, sizeof text, fmt, "On-premises DC rack 4");
  tmc_ir *ir = analyse_with(text, cat, NULL);
  assert_false(ir->elements[elem(ir, "m")].facts.vendor_service);
  assert_true(ir->elements[elem(ir, "m")].facts.on_premises);
  assert_int_equal(count_rule(ir, "TMC-LLM-013"), 0);
  assert_int_equal(count_rule(ir, "TMC-LLM-033"), 1);
  assert_false(any_cites(ir, NULL, "AML.T0034"));
  tmc_ir_free(ir);
  snprintf(text, sizeof text, fmt, "AWS account (eu-west-1)");
  ir = analyse_with(text, cat, NULL);
  assert_false(ir->elements[elem(ir, "m")].facts.on_premises);
  assert_int_equal(count_rule(ir, "TMC-LLM-013"), 1);
  assert_int_equal(count_rule(ir, "TMC-LLM-033"), 0);
  tmc_ir_free(ir);
}

/* Weights of ours to steal (ML05, AML.T0048.004) need a trainer upstream
 * or no outside source of artifacts: a bucket mirroring a public model as
 * downloaded holds no one's IP, while the hub stays a supply chain
 * (AML.T0010.003). The same hub feeding a fine-tuning job whose
 * checkpoint lands in a bucket makes that bucket's weights ours. */
static void test_public_weights_as_downloaded(void **state) {
  static const char d[] =
      "digraph w {\n"
      "  zoo [label=\"ONNX Model Zoo\"];\n"
      "  subgraph cluster_p { label=\"Production VPC\";\n"
      "    cache [shape=cylinder, label=\"Model cache bucket (resnet50.onnx)\"];\n"
      "    inf [label=\"Image tagging service\"];\n"
      "  }\n"
      "  u [type=external, label=\"App users\"];\n"
      "  zoo -> cache [label=\"download once\"]; cache -> inf [label=\"load weights\"];\n"
      "  u -> inf [label=\"photo\"]; inf -> u [label=\"tags\"];\n"
      "}\n";
  tmc_ir *ir = analyse_with(d, cat, NULL);
  assert_true(any_cites(ir, "zoo", "AML.T0010.003"));
  assert_false(any_cites(ir, "cache", "ML05"));
  assert_false(any_cites(ir, "cache", "AML.T0048.004"));
  tmc_ir_free(ir);
  static const char ft[] =
      "digraph f {\n"
      "  zoo [label=\"ONNX Model Zoo\"];\n"
      "  subgraph cluster_p { label=\"ML VPC\";\n"
      "    imgs [type=dataset, label=\"Labelled product photos\"];\n"
      "    tune [label=\"Fine-tuning job\"];\n"
      "    tuned [shape=cylinder, label=\"Tuned weights bucket (model.onnx)\"];\n"
      "  }\n"
      "  zoo -> tune [label=\"base weights\"]; imgs -> tune;\n"
      "  tune -> tuned [label=\"checkpoint\"];\n"
      "}\n";
  ir = analyse_with(ft, cat, NULL);
  assert_true(any_cites(ir, "tuned", "AML.T0048.004"));
  tmc_ir_free(ir);
}

/* Answers from private records go where others read them (TMC-LLM-031)
 * only into a product others read: the system's own chat widget shows the
 * answer to the member who asked (the assembler's finding, TMC-LLM-014),
 * while a channel the same code posts to is read by all its members. */
static void test_own_chat_ui_not_shared(void **state) {
  static const char d[] =
      "digraph c {\n"
      "  user [type=external, label=\"Members\"];\n"
      "  teams [type=external, label=\"Microsoft Teams channel\"];\n"
      "  subgraph cluster_a { label=\"Member services\";\n"
      "    ui [label=\"Member portal chat widget\"];\n"
      "    bot [label=\"Answer builder (prompt assembly)\"];\n"
      "    recs [type=data_store, label=\"Member records DB\"];\n"
      "  }\n"
      "  m [type=llm, label=\"Claude (Anthropic API)\"];\n"
      "  user -> ui [label=\"question\"]; ui -> user [label=\"answer\"];\n"
      "  ui -> bot [label=\"question\"]; recs -> bot [label=\"member record\"];\n"
      "  bot -> m [label=\"prompt\"]; m -> bot [label=\"completion\"];\n"
      "  bot -> ui [label=\"answer\"];\n"
      "  bot -> teams [label=\"post answer\"];\n"
      "}\n";
  tmc_ir *ir = analyse_with(d, cat, NULL);
  assert_true(ir->elements[elem(ir, "ui")].facts.renders_output);
  assert_null(finding(ir, "TMC-LLM-031", "bot->ui"));
  assert_non_null(finding(ir, "TMC-LLM-031", "bot->teams"));
  tmc_ir_free(ir);
}

/* A transfer-learning attack (ML07) needs a model built on the pretrained
 * weights: a hub's model served as downloaded keeps its supply-chain
 * finding (TMC-SUPPLY-001, AML.T0010.003) without ML07, which the rule's
 * ids_if cites only where a trainer lies downstream. The same weights
 * adapted by a LoRA run cite it. */
static void test_pretrained_weights_no_transfer_attack(void **state) {
  static const char as_is[] =
      "digraph h {\n"
      "  hub [type=model, source=third_party, label=\"Qwen2 weights (ModelScope)\"];\n"
      "  subgraph cluster_s { label=\"Serving cluster\";\n"
      "    srv [label=\"Inference pod (loads the checkpoint at start)\"];\n"
      "  }\n"
      "  u [type=external, label=\"Analysts\"];\n"
      "  hub -> srv [label=\"weights\"];\n"
      "  u -> srv [label=\"question\"]; srv -> u [label=\"answer\"];\n"
      "}\n";
  tmc_ir *ir = analyse_with(as_is, cat, NULL);
  const tmc_finding *f = finding(ir, "TMC-SUPPLY-001", "hub");
  assert_non_null(f);
  assert_true(cites(f, "AML.T0010.003"));
  assert_true(cites(f, "ML06:2023"));
  assert_false(cites(f, "ML07:2023"));
  tmc_ir_free(ir);
  static const char tuned[] =
      "digraph t {\n"
      "  hub [type=model, source=third_party, label=\"Qwen2 weights (ModelScope)\"];\n"
      "  subgraph cluster_s { label=\"Training cluster\";\n"
      "    ds [type=dataset, label=\"Support transcripts\"];\n"
      "    lora [label=\"LoRA adapter run (PEFT)\"];\n"
      "    reg [type=model_registry, label=\"Adapter registry\"];\n"
      "  }\n"
      "  hub -> lora [label=\"base weights\"]; ds -> lora;\n"
      "  lora -> reg [label=\"adapter\"];\n"
      "}\n";
  ir = analyse_with(tuned, cat, NULL);
  f = finding(ir, "TMC-SUPPLY-001", "hub");
  assert_non_null(f);
  assert_true(cites(f, "ML07:2023"));
  tmc_ir_free(ir);
}

/* Cost harvesting (AML.T0034) needs a bill, for an LLM people reach with
 * no code building its prompts too (TMC-LLM-008): one on the
 * organisation's own hardware keeps the unbounded-consumption finding
 * (AML.T0029, LLM10) without it; the same model in a rented cloud region
 * cites it. */
static void test_on_premises_llm_direct_no_bill(void **state) {
  static const char fmt[] = "digraph d {\n"
                            "  eng [type=external, label=\"Engineers\"];\n"
                            "  subgraph cluster_z { label=\"%s\";\n"
                            "    m [type=llm, label=\"llama.cpp server (Phi-3)\"];\n"
                            "  }\n"
                            "  eng -> m [label=\"chat\"]; m -> eng [label=\"reply\"];\n"
                            "}\n";
  char text[1024];
  snprintf(text, sizeof text, fmt, "Own datacentre (on-prem, Frankfurt)");
  tmc_ir *ir = analyse_with(text, cat, NULL);
  assert_true(ir->elements[elem(ir, "m")].facts.on_premises);
  const tmc_finding *f = finding(ir, "TMC-LLM-008", "m");
  assert_non_null(f);
  assert_true(cites(f, "AML.T0029"));
  assert_false(cites(f, "AML.T0034"));
  assert_false(cites(f, "AML.T0034.001"));
  tmc_ir_free(ir);
  /* prec26: off the premises the team's own llama.cpp server bills
   * nobody per token either (self_served); a vendor's model does */
  snprintf(text, sizeof text, fmt, "GCP project (europe-west3)");
  ir = analyse_with(text, cat, NULL);
  assert_false(ir->elements[elem(ir, "m")].facts.on_premises);
  assert_true(ir->elements[elem(ir, "m")].facts.self_served);
  f = finding(ir, "TMC-LLM-008", "m");
  assert_non_null(f);
  assert_false(cites(f, "AML.T0034"));
  tmc_ir_free(ir);
  static const char vendor[] =
      "digraph d {\n"
      "  eng [type=external, label=\"Engineers\"];\n"
      "  subgraph cluster_z { label=\"GCP project (europe-west3)\";\n"
      "    m [type=llm, label=\"Gemini 1.5 Flash (Vertex AI)\"];\n"
      "  }\n"
      "  eng -> m [label=\"chat\"]; m -> eng [label=\"reply\"];\n"
      "}\n";
  ir = analyse_with(vendor, cat, NULL);
  f = finding(ir, "TMC-LLM-008", "m");
  assert_non_null(f);
  assert_true(cites(f, "AML.T0034"));
  tmc_ir_free(ir);
}

/* ids_if in any catalog: an id cited only where its condition holds on the
 * target, checked at load against the rule's own ids and condition
 * language. */
static void test_ids_if_user_rule(void **state) {
  static const char bad[] =
      "rules:\n"
      "  - id: USR-IF-001\n    title: t\n    applies_to: [process, llm]\n"
      "    atlas: [AML.T0029]\n    owasp: [\"LLM10:2025\"]\n"
      "    ids_if:\n"
      "      - when: kind == llm\n"
      "        ids: [AML.T0034]\n"
      "      - when: kind == llm\n"
      "        also: x\n"
      "        ids: [\"LLM10:2025\"]\n"
      "      - when: frobnicates\n"
      "        ids: [\"LLM10:2025\"]\n"
      "    description: d\n    remediation: r\n";
  tmc_catalog *c = NULL;
  tmc_diags d = TMC_DIAGS_INIT;
  assert_int_equal(tmc_catalog_new(&c, &d), 0);
  assert_true(tmc_catalog_add_memory(c, "user.yaml", bad, strlen(bad), &d) < 0);
  bool not_own = false, unknown_key = false, bad_cond = false;
  for (uint32_t i = 0; i < d.n; i++) {
    not_own |=
        d.v[i].loc.line == 9 && strstr(d.v[i].msg, "'AML.T0034' in ids_if is not among");
    unknown_key |=
        d.v[i].loc.line == 11 && strstr(d.v[i].msg, "unknown key 'also' in ids_if");
    bad_cond |= d.v[i].loc.line == 13 && strstr(d.v[i].msg, "frobnicates");
  }
  assert_true(not_own);
  assert_true(unknown_key);
  assert_true(bad_cond);
  assert_null(tmc_catalog_rule(c, "USR-IF-001"));
  tmc_diags_free(&d);
  static const char good[] =
      "rules:\n"
      "  - id: USR-IF-002\n    title: t\n    applies_to: [process, llm]\n"
      "    atlas: [AML.T0029]\n    owasp: [\"LLM10:2025\"]\n"
      "    ids_if:\n"
      "      - when: kind == llm\n"
      "        ids: [\"LLM10:2025\"]\n"
      "    description: d\n    remediation: r\n";
  d = (tmc_diags)TMC_DIAGS_INIT;
  assert_int_equal(tmc_catalog_add_memory(c, "user.yaml", good, strlen(good), &d), 0);
  const char *dot =
      "digraph{p[label=\"Worker\"]; m[type=llm,label=\"Model\"]; p->m; m->p}";
  tmc_ir *ir = ir_analysed("case.dot", dot, strlen(dot), c, NULL, &d);
  const tmc_finding *fp = finding(ir, "USR-IF-002", "p"),
                    *fm = finding(ir, "USR-IF-002", "m");
  assert_non_null(fp);
  assert_non_null(fm);
  assert_true(cites(fp, "AML.T0029"));
  assert_false(cites(fp, "LLM10:2025"));
  assert_true(cites(fm, "LLM10:2025"));
  tmc_ir_free(ir);
  tmc_diags_free(&d);
  tmc_catalog_free(c);
}

/* A plain store a retriever reads is a knowledge base (TMC-RAG-001:
 * AML.T0070, LLM08) unless it is the application's own conversation
 * history: a turn saved and read back is memory poisoning (TMC-AGENT-020,
 * AML.T0080), so the history gets that and not the RAG ids, while the
 * vector index beside it keeps them. Two wordings of the history, neither
 * the "chat_history (Postgres)" of the tuning set. */
static void test_history_not_knowledge_base(void **state) {
  static const char *const hist[][3] = {
      {"Session transcripts (Cosmos DB)", "append exchange", "earlier exchanges"},
      {"Thread messages (Firestore)", "save turn", "last 10 turns"},
  };
  for (size_t i = 0; i < sizeof hist / sizeof *hist; i++) {
    char d[2048];
    snprintf(
        d, sizeof d,
        "digraph m {\n"
        "  u [type=external, label=\"Members\"];\n"
        "  web [type=external, label=\"Web search API\", source=third_party];\n"
        "  subgraph cluster_c { label=\"Product VPC\";\n"
        "    app [label=\"Assistant backend (Semantic Kernel)\"];\n"
        "    idx [type=vector_store, label=\"Help articles (vectors)\"];\n"
        "    hist [type=data_store, label=\"%s\"];\n"
        "  }\n"
        "  m [type=llm, label=\"GPT-4o (Azure OpenAI)\", source=third_party];\n"
        "  u -> app [label=\"question\"]; app -> u [label=\"answer\"];\n"
        "  app -> idx [label=\"similarity search\"]; idx -> app [label=\"top chunks\"];\n"
        "  web -> app [label=\"search snippets\"];\n"
        "  app -> m [label=\"prompt\"]; m -> app [label=\"completion\"];\n"
        "  app -> hist [label=\"%s\"]; hist -> app [label=\"%s\"];\n"
        "}\n",
        hist[i][0], hist[i][1], hist[i][2]);
    tmc_ir *ir = analyse_with(d, cat, NULL);
    assert_true(ir->elements[elem(ir, "hist")].facts.agent_memory);
    assert_false(any_cites(ir, "hist", "AML.T0070"));
    assert_false(any_cites(ir, "hist", "LLM08"));
    assert_true(any_cites(ir, "hist", "AML.T0080"));
    assert_true(any_cites(ir, "idx", "AML.T0070"));
    tmc_ir_free(ir);
  }
}

/* "Stolen credentials let someone act as this entity" (TMC-SPOOF-002, on
 * the flow the entity sends) needs someone who logs in: not a sender anyone can be (a
 * prospect with no account, a scraper, a threat actor, any sender of mail), while a
 * registered buyer on the same page keeps it. */
static void test_anonymous_sources_no_login(void **state) {
  static const char d[] =
      "digraph a {\n"
      "  p [type=external, label=\"Prospect (no account)\"];\n"
      "  s [type=external, label=\"Price scrapers\"];\n"
      "  t [type=external, label=\"Threat actor\"];\n"
      "  m [type=external, label=\"Mail from any sender\"];\n"
      "  b [type=external, label=\"Registered buyer\"];\n"
      "  subgraph cluster_c { label=\"Shop\";\n"
      "    web [label=\"Storefront\"];\n"
      "    inbox [label=\"Support inbox poller\"];\n"
      "  }\n"
      "  p -> web; s -> web; t -> web; b -> web; web -> b; m -> inbox;\n"
      "}\n";
  tmc_ir *ir = analyse_with(d, cat, NULL);
  for (const char *const *e = (const char *const[]){"p", "s", "t", "m", NULL}; *e; e++) {
    assert_true(ir->elements[elem(ir, *e)].facts.anonymous);
    char fl[16];
    snprintf(fl, sizeof fl, "%s->%s", *e, strcmp(*e, "m") ? "web" : "inbox");
    assert_null(finding(ir, "TMC-SPOOF-002", fl));
  }
  assert_false(ir->elements[elem(ir, "b")].facts.anonymous);
  assert_non_null(finding(ir, "TMC-SPOOF-002", "b->web"));
  tmc_ir_free(ir);
}

/* Exfiltration through an agent's tool invocation (AML.T0086) needs an
 * agent or a tool on the chain: code that only builds a prompt and files
 * the model's text into a store a public page shows publishes it
 * (TMC-AGENT-017 keeps LLM02) but invokes no tool; an agent whose tool
 * writes the comments a portal shows keeps AML.T0086. Two wordings of the
 * publishing chain, neither the tuning set's digest archive. */
static void test_published_output_without_agent(void **state) {
  static const char *const pub[][4] = {
      {"Partner press releases (any sender)",
       "Newsletter composer (prompt template + release)",
       "Blog posts (MySQL) - posts as HTML", "Public blog site"},
      {"Supplier spec sheets (uploaded PDFs)", "Listing writer (Node worker)",
       "Product descriptions (DynamoDB), rendered as HTML", "Storefront product pages"},
  };
  for (size_t i = 0; i < sizeof pub / sizeof *pub; i++) {
    char d[2048];
    snprintf(
        d, sizeof d,
        "digraph g {\n"
        "  src [type=external, label=\"%s\"];\n"
        "  readers [type=external, label=\"Readers\"];\n"
        "  subgraph cluster_c { label=\"Company\";\n"
        "    comp [label=\"%s\"];\n"
        "    store [type=data_store, label=\"%s\"];\n"
        "    site [label=\"%s\"];\n"
        "  }\n"
        "  m [type=llm, label=\"Claude 3 Haiku (Anthropic API)\", source=third_party];\n"
        "  src -> comp [label=\"text\"];\n"
        "  comp -> m [label=\"prompt + text\"]; m -> comp [label=\"draft\"];\n"
        "  comp -> store [label=\"draft\"];\n"
        "  store -> site [label=\"entries\"]; site -> readers [label=\"pages\"];\n"
        "  readers -> site [label=\"page views\"];\n"
        "}\n",
        pub[i][0], pub[i][1], pub[i][2], pub[i][3]);
    tmc_ir *ir = analyse_with(d, cat, NULL);
    const tmc_finding *f = finding(ir, "TMC-AGENT-017", "store->site");
    assert_non_null(f);
    assert_false(cites(f, "AML.T0086"));
    assert_true(cites(f, "LLM02:2025"));
    tmc_ir_free(ir);
  }
  static const char ag[] =
      "digraph g {\n"
      "  cust [type=external, label=\"Customers\"];\n"
      "  subgraph cluster_c { label=\"Support\";\n"
      "    loop [label=\"Triage agent (LangGraph)\"];\n"
      "    t [type=agent_tool, label=\"post_comment tool\"];\n"
      "    tk [type=data_store, label=\"Ticket comments (Postgres)\"];\n"
      "    portal [label=\"Customer help portal\"];\n"
      "  }\n"
      "  m [type=llm, label=\"Claude 3 Haiku (Anthropic API)\", source=third_party];\n"
      "  cust -> portal [label=\"new ticket\"]; portal -> loop [label=\"ticket text\"];\n"
      "  loop -> m [label=\"prompt\"]; m -> loop [label=\"tool call\"];\n"
      "  loop -> t [label=\"comment\"]; t -> tk [label=\"insert comment\"];\n"
      "  tk -> portal [label=\"comments\"]; portal -> cust [label=\"ticket page\"];\n"
      "}\n";
  tmc_ir *ir = analyse_with(ag, cat, NULL);
  const tmc_finding *f = finding(ir, "TMC-AGENT-017", "tk->portal");
  assert_non_null(f);
  assert_true(cites(f, "AML.T0086"));
  tmc_ir_free(ir);
}

/* Money moving on what a model wrote is financial harm (TMC-AGENT-018,
 * AML.T0048.000) wherever it happens, but a tool invocation (AML.T0053)
 * only where an agent or a tool pays: extraction code that hands a payout
 * run the amount and account an LLM read off a receipt or a letter invokes
 * no tool. Two wordings without an agent, one agent with a payout tool. */
static void test_payment_without_agent(void **state) {
  static const char *const pay[][3] = {
      {"Employees (receipts by e-mail)", "Receipt parser (Lambda)",
       "Expense payout run (Wise API)"},
      {"Claimants (letters)", "Claim letter reader (Python job)",
       "Claims payment run (SAP FI)"},
  };
  for (size_t i = 0; i < sizeof pay / sizeof *pay; i++) {
    char d[2048];
    snprintf(d, sizeof d,
             "digraph p {\n"
             "  src [type=external, label=\"%s\"];\n"
             "  subgraph cluster_c { label=\"Finance\";\n"
             "    parse [label=\"%s\"];\n"
             "    pay [label=\"%s\"];\n"
             "  }\n"
             "  m [type=llm, label=\"GPT-4o mini (OpenAI API)\", source=third_party];\n"
             "  src -> parse [label=\"document\"];\n"
             "  parse -> m [label=\"prompt + OCR text\"];\n"
             "  m -> parse [label=\"amount, IBAN (JSON)\"];\n"
             "  parse -> pay [label=\"payout order: amount, IBAN\"];\n"
             "}\n",
             pay[i][0], pay[i][1], pay[i][2]);
    tmc_ir *ir = analyse_with(d, cat, NULL);
    const tmc_finding *f = finding(ir, "TMC-AGENT-018", "pay");
    assert_non_null(f);
    assert_true(cites(f, "AML.T0048.000"));
    assert_false(cites(f, "AML.T0053"));
    tmc_ir_free(ir);
  }
  static const char ag[] =
      "digraph p {\n"
      "  emp [type=external, label=\"Employees\"];\n"
      "  subgraph cluster_c { label=\"Finance\";\n"
      "    loop [label=\"Expenses agent (tool router)\"];\n"
      "    t [type=agent_tool, label=\"send_payout tool (Wise API)\"];\n"
      "  }\n"
      "  m [type=llm, label=\"GPT-4o mini (OpenAI API)\", source=third_party];\n"
      "  emp -> loop [label=\"claim\"]; loop -> emp [label=\"answer\"];\n"
      "  loop -> m [label=\"prompt\"]; m -> loop [label=\"tool call\"];\n"
      "  loop -> t [label=\"payout order\"]; t -> loop [label=\"result\"];\n"
      "}\n";
  tmc_ir *ir = analyse_with(ag, cat, NULL);
  const tmc_finding *f = finding(ir, "TMC-AGENT-018", "t");
  assert_non_null(f);
  assert_true(cites(f, "AML.T0053"));
  tmc_ir_free(ir);
}

/* Model-written queries run with the database's rights (TMC-LLM-019,
 * LLM06) where a flow into the database is a query written from model
 * output (text-to-SQL), not where code only stores what a model wrote (a
 * call summary, a ranking): that database runs no model-written query. */
static void test_stored_output_not_query(void **state) {
  static const char *const st[][4] = {
      {"Sales reps", "Call notes summariser (Flask)", "Call summaries (SQL)",
       "summary, next steps"},
      {"Recruiters", "CV ranker (FastAPI)", "Rankings and verdicts (SQL)",
       "rank, verdict"},
  };
  for (size_t i = 0; i < sizeof st / sizeof *st; i++) {
    char d[2048];
    snprintf(d, sizeof d,
             "digraph q {\n"
             "  u [type=external, label=\"%s\"];\n"
             "  subgraph cluster_c { label=\"Company\";\n"
             "    app [label=\"%s\"];\n"
             "    db [type=data_store, label=\"%s\"];\n"
             "  }\n"
             "  m [type=llm, label=\"Gemini 1.5 Flash (Google AI API)\", "
             "source=third_party];\n"
             "  u -> app [label=\"input\"]; app -> u [label=\"result\"];\n"
             "  app -> m [label=\"prompt\"]; m -> app [label=\"text\"];\n"
             "  app -> db [label=\"%s\"];\n"
             "}\n",
             st[i][0], st[i][1], st[i][2], st[i][3]);
    tmc_ir *ir = analyse_with(d, cat, NULL);
    assert_false(ir->elements[elem(ir, "db")].facts.model_queries);
    assert_null(finding(ir, "TMC-LLM-019", "db"));
    assert_null(finding(ir, "TMC-LLM-020", "db")); /* its twin: no query, no load */
    tmc_ir_free(ir);
  }
  static const char sql[] =
      "digraph q {\n"
      "  u [type=external, label=\"Sales reps\"];\n"
      "  subgraph cluster_c { label=\"CRM\";\n"
      "    app [label=\"Ask-the-CRM backend (Flask)\"];\n"
      "    db [type=data_store, label=\"CRM database (MySQL)\"];\n"
      "  }\n"
      "  m [type=llm, label=\"Gemini 1.5 Flash (Google AI API)\", source=third_party];\n"
      "  u -> app [label=\"question\"]; app -> u [label=\"answer\"];\n"
      "  app -> m [label=\"prompt + schema\"]; m -> app [label=\"SQL\"];\n"
      "  app -> db [label=\"SQL query\"]; db -> app [label=\"rows\"];\n"
      "}\n";
  tmc_ir *ir = analyse_with(sql, cat, NULL);
  assert_true(ir->elements[elem(ir, "db")].facts.model_queries);
  assert_non_null(finding(ir, "TMC-LLM-019", "db"));
  assert_non_null(finding(ir, "TMC-LLM-020", "db"));
  tmc_ir_free(ir);
}

/* A secrets vault is the encryption at rest: "confidential data stored
 * without encryption at rest" (TMC-DISC-002) is not asked of one named only
 * by its product (Doppler, CyberArk Conjur, 1Password, Infisical), while
 * the database beside them keeps it. */
static void test_vault_products_no_rest_finding(void **state) {
  static const char d[] =
      "digraph v {\n"
      "  dev [type=external, label=\"Developers\"];\n"
      "  subgraph cluster_c { label=\"Platform\";\n"
      "    api [label=\"Orders API\"];\n"
      "    d [type=data_store, label=\"Doppler\", data=\"credentials\"];\n"
      "    c [type=data_store, label=\"CyberArk Conjur\", data=\"credentials\"];\n"
      "    o [type=data_store, label=\"1Password Connect\", data=\"credentials\"];\n"
      "    i [type=data_store, label=\"Infisical\", data=\"credentials\"];\n"
      "    db [type=data_store, label=\"Orders (Postgres)\", data=\"pii\"];\n"
      "  }\n"
      "  dev -> api; api -> db;\n"
      "  d -> api [label=\"DB password\"]; c -> api [label=\"API key\"];\n"
      "  o -> api [label=\"SMTP password\"]; i -> api [label=\"tokens\"];\n"
      "}\n";
  tmc_ir *ir = analyse_with(d, cat, NULL);
  for (const char *const *e = (const char *const[]){"d", "c", "o", "i", NULL}; *e; e++) {
    assert_true(ir->elements[elem(ir, *e)].facts.secrets_vault);
    assert_null(finding(ir, "TMC-DISC-002", *e));
  }
  assert_non_null(finding(ir, "TMC-DISC-002", "db"));
  tmc_ir_free(ir);
}

/* "Stored prompts and answers disclose what people told the model"
 * (TMC-LLM-015) is asked of where conversations are kept, not of a store
 * of model files a fine-tune on them writes (adapter weights, a checkpoint
 * bucket): the chat logs keep it. */
static void test_weights_store_not_conversations(void **state) {
  static const char *const wt[][3] = {
      {"Adapter weights (S3, safetensors)", "new adapter", "load adapter"},
      {"Checkpoints bucket (model files, .gguf)", "checkpoint", "load weights"},
  };
  for (size_t i = 0; i < sizeof wt / sizeof *wt; i++) {
    char d[2048];
    snprintf(d, sizeof d,
             "digraph w {\n"
             "  u [type=external, label=\"Customers\"];\n"
             "  subgraph cluster_c { label=\"Company\";\n"
             "    app [label=\"Support chat backend\"];\n"
             "    crm [type=data_store, label=\"CRM records (Postgres)\"];\n"
             "    logs [type=data_store, label=\"Chat logs (S3)\"];\n"
             "    ft [label=\"Nightly fine-tune job (LoRA)\"];\n"
             "    w [type=data_store, label=\"%s\"];\n"
             "    m [type=llm, label=\"Llama 3 8B (vLLM)\"];\n"
             "  }\n"
             "  u -> app [label=\"question\"]; app -> u [label=\"answer\"];\n"
             "  crm -> app [label=\"customer record\"];\n"
             "  app -> m [label=\"prompt\"]; m -> app [label=\"answer\"];\n"
             "  app -> logs [label=\"prompt + answer\"];\n"
             "  logs -> ft [label=\"training examples\"]; ft -> w [label=\"%s\"];\n"
             "  w -> m [label=\"%s\"];\n"
             "}\n",
             wt[i][0], wt[i][1], wt[i][2]);
    tmc_ir *ir = analyse_with(d, cat, NULL);
    assert_true(ir->elements[elem(ir, "w")].facts.model_artifacts);
    assert_null(finding(ir, "TMC-LLM-015", "w"));
    assert_non_null(finding(ir, "TMC-LLM-015", "logs"));
    tmc_ir_free(ir);
  }
}

int main(void) {
  if (tmc_catalog_new(&cat, &diags) < 0)
    return 1;
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_vendor_model_not_ours),
      cmocka_unit_test(test_read_only_tools),
      cmocka_unit_test(test_public_context),
      cmocka_unit_test(test_no_agency_without_tools),
      cmocka_unit_test(test_aggregator_not_trainer),
      cmocka_unit_test(test_false_friend_kinds),
      cmocka_unit_test(test_cloud_ai_api_is_vendors),
      cmocka_unit_test(test_false_friend_data),
      cmocka_unit_test(test_false_friend_trainers),
      cmocka_unit_test(test_false_friend_agents),
      cmocka_unit_test(test_index_without_llm),
      cmocka_unit_test(test_labelled_event_not_data),
      cmocka_unit_test(test_ingestion_without_index),
      cmocka_unit_test(test_saved_results_not_memory),
      cmocka_unit_test(test_on_premises_model_no_bill),
      cmocka_unit_test(test_public_weights_as_downloaded),
      cmocka_unit_test(test_pretrained_weights_no_transfer_attack),
      cmocka_unit_test(test_on_premises_llm_direct_no_bill),
      cmocka_unit_test(test_ids_if_user_rule),
      cmocka_unit_test(test_own_chat_ui_not_shared),
      cmocka_unit_test(test_history_not_knowledge_base),
      cmocka_unit_test(test_anonymous_sources_no_login),
      cmocka_unit_test(test_published_output_without_agent),
      cmocka_unit_test(test_payment_without_agent),
      cmocka_unit_test(test_stored_output_not_query),
      cmocka_unit_test(test_vault_products_no_rest_finding),
      cmocka_unit_test(test_weights_store_not_conversations),
  };
  int rc = cmocka_run_group_tests(tests, NULL, NULL);
  tmc_catalog_free(cat);
  tmc_diags_free(&diags);
  return rc;
}
