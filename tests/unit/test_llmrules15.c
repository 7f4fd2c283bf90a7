/* test_llmrules15.c - LLM families that did not generalize, and cost that is
 * really someone's bill (issue #15, session twelve): cost harvesting only
 * where a vendor bills each call (TMC-ML-006) or a warehouse bills each
 * query a model writes (TMC-LLM-020's AML.T0034), training jobs only
 * through the queue a trainer works from (TMC-ML-014), a store people
 * write that the prompt builder searches itself (TMC-RAG-001 without
 * LLM08), model text saved where people read it (TMC-LLM-036) and handed
 * on to people as the system's word (TMC-LLM-037), and what a system
 * prompt holds named on the call (TMC-AGENT-021). Each family in wordings
 * the blind sets' misses did not use. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "engine_helpers.h"

/* A vendor's model API called per request on outsiders' behalf is a bill
 * they run up; the system's own model behind its own code is capacity
 * (TMC-ML-005 still says the flood), and nothing on its own premises is
 * billed per call. */
static void test_cost_harvesting_needs_a_per_use_bill(void **state) {
  static const char v1[] =
      "digraph v1 {\n"
      "  shopper [type=external, label=\"Shoppers\"];\n"
      "  subgraph cluster_c { label=\"Marketplace VPC\";\n"
      "    up [label=\"Listing photo upload service\"];\n"
      "  }\n"
      "  vis [type=model, label=\"Cloud Vision API (label detection)\"];\n"
      "  shopper -> up [label=\"photo\"]; up -> vis [label=\"image (REST)\"];\n"
      "  vis -> up [label=\"labels\"]; up -> shopper;\n"
      "}\n";
  static const char o1[] =
      "digraph o1 {\n"
      "  app [type=external, label=\"Loan applicants\"];\n"
      "  subgraph cluster_c { label=\"Bank subscription\";\n"
      "    orig [label=\"Loan origination service\"];\n"
      "    pd [type=model, label=\"PD scorecard (SageMaker endpoint)\"];\n"
      "  }\n"
      "  app -> orig [label=\"application\"]; orig -> pd [label=\"features (HTTPS)\"];\n"
      "  pd -> orig [label=\"probability of default\"]; orig -> app "
      "[label=\"decision\"];\n"
      "}\n";
  /* the model's API is the product: partners reach it through a gateway
   * only; a staff member's own calls run up nothing outsiders choose
   * (prec26: and the model is billed per call, a managed endpoint: on the
   * team's own servers a flood runs up no bill, test_prec26.c) */
  static const char g1[] =
      "digraph g1 {\n"
      "  partner [type=external, label=\"Partner apps\"];\n"
      "  eng [type=external, label=\"Data scientist\"];\n"
      "  subgraph cluster_dmz { label=\"DMZ\"; gw [label=\"Kong API gateway\"]; }\n"
      "  subgraph cluster_in { label=\"AWS account\";\n"
      "    fx [type=model, tech=ml_platform,\n"
      "        label=\"FX-rate forecaster (SageMaker endpoint)\"];\n"
      "    lab [type=model, label=\"Churn model (notebook server)\"]; }\n"
      "  partner -> gw [label=\"POST /forecast\"]; gw -> fx [label=\"request (HTTP)\"];\n"
      "  fx -> gw [label=\"forecast\"]; gw -> partner;\n"
      "  eng -> lab [label=\"test queries\"]; lab -> eng;\n"
      "}\n";
  /* a vendor's per-page service bills every file outsiders drop, also
   * when it waits in a bucket first */
  static const char v2[] =
      "digraph v2 {\n"
      "  sup [type=external, label=\"Suppliers\"];\n"
      "  subgraph cluster_c { label=\"AP account\";\n"
      "    inbox [type=data_store, label=\"invoice-drop (S3 bucket)\"];\n"
      "    job [label=\"Invoice reader (Lambda)\"];\n"
      "  }\n"
      "  ocr [type=model, label=\"Azure Document Intelligence (prebuilt invoice)\"];\n"
      "  sup -> inbox [label=\"PDF invoices\"]; inbox -> job [label=\"new object\"];\n"
      "  job -> ocr [label=\"pages\"]; ocr -> job [label=\"fields\"];\n"
      "}\n";
  tmc_ir *ir = analyse_with(v1, cat, NULL);
  assert_true(cites(finding(ir, "TMC-ML-006", "vis"), "AML.T0034"));
  tmc_ir_free(ir);
  ir = analyse_with(v2, cat, NULL);
  assert_true(ir->elements[elem(ir, "ocr")].facts.vendor_service);
  assert_true(cites(finding(ir, "TMC-ML-006", "ocr"), "AML.T0034"));
  tmc_ir_free(ir);
  ir = analyse_with(g1, cat, NULL);
  assert_true(ir->elements[elem(ir, "fx")].facts.public_model_api);
  assert_true(cites(finding(ir, "TMC-ML-006", "fx"), "AML.T0034"));
  assert_false(ir->elements[elem(ir, "lab")].facts.public_model_api);
  assert_null(finding(ir, "TMC-ML-006", "lab"));
  tmc_ir_free(ir);
  /* a vendor's weights pushed into the model (an update installed) are
   * no outsider calling its API: the model is not the public's bill */
  static const char u1[] =
      "digraph u1 {\n"
      "  vend [type=external, label=\"Acme Vision download centre (supplier)\"];\n"
      "  subgraph cluster_c { label=\"Plant network\";\n"
      "    det [type=model, label=\"Weld-seam defect detector\"];\n"
      "    line [label=\"Line controller\"]; }\n"
      "  vend -> det [label=\"pretrained checkpoint (.safetensors)\"];\n"
      "  line -> det [label=\"frames\"]; det -> line [label=\"defect score\"];\n"
      "}\n";
  ir = analyse_with(u1, cat, NULL);
  assert_true(ir->flows[0].facts.vendor_update);
  assert_false(ir->elements[elem(ir, "det")].facts.public_model_api);
  assert_null(finding(ir, "TMC-ML-006", "det"));
  tmc_ir_free(ir);
  ir = analyse_with(o1, cat, NULL);
  assert_true(ir->elements[elem(ir, "pd")].facts.inference_api);
  assert_null(finding(ir, "TMC-ML-006", "pd"));
  assert_false(any_cites(ir, "pd", "AML.T0034"));
  tmc_ir_free(ir);
}

/* Models a vendor hosts and bills per minute or token (speech, inference
 * platforms, embeddings) are theirs: no extraction or inversion of a model
 * of ours (TMC-ML-001/002), a bill for outsiders' volume (TMC-ML-006). */
static void test_vendor_model_apis_by_name(void **state) {
  static const char d1[] =
      "digraph d1 {\n"
      "  caller [type=external, label=\"Callers\"];\n"
      "  subgraph cluster_c { label=\"Contact centre cloud\";\n"
      "    bot [label=\"Voice bot service (prompt builder)\"];\n"
      "  }\n"
      "  stt [type=model, label=\"AssemblyAI streaming speech-to-text\"];\n"
      "  m [type=llm, label=\"Mixtral 8x22B (Fireworks AI)\"];\n"
      "  caller -> bot [label=\"audio\"]; bot -> caller [label=\"speech\"];\n"
      "  bot -> stt [label=\"audio stream\"]; stt -> bot [label=\"transcript\"];\n"
      "  bot -> m [label=\"transcript\"]; m -> bot [label=\"reply\"];\n"
      "}\n";
  tmc_ir *ir = analyse_with(d1, cat, NULL);
  assert_true(ir->elements[elem(ir, "stt")].facts.vendor_service);
  assert_true(ir->elements[elem(ir, "m")].facts.vendor_service);
  assert_null(finding(ir, "TMC-ML-001", "stt"));
  assert_null(finding(ir, "TMC-ML-002", "m"));
  assert_true(cites(finding(ir, "TMC-ML-006", "stt"), "AML.T0034"));
  tmc_ir_free(ir);
}

/* Callers start training through the queue the trainer takes its jobs
 * from; events a sink copies into next week's training table start none. */
static void test_training_jobs_through_their_queue(void **state) {
  static const char j1[] =
      "digraph j1 {\n"
      "  cust [type=external, label=\"API customers\"];\n"
      "  subgraph cluster_c { label=\"GPU cloud\";\n"
      "    api [label=\"Public jobs API\"];\n"
      "    q [type=data_store, tech=queue, label=\"job-requests (SQS)\"];\n"
      "    tr [type=pipeline, label=\"GPU trainer workers\"];\n"
      "    reg [type=model_registry, label=\"Tuned model store\"];\n"
      "  }\n"
      "  cust -> api [label=\"POST /fine-tunes\"]; api -> q [label=\"job\"];\n"
      "  q -> tr [label=\"next job\"]; tr -> reg [label=\"weights\"];\n"
      "}\n";
  static const char e1[] =
      "digraph e1 {\n"
      "  pos [type=external, label=\"Point-of-sale terminals\"];\n"
      "  subgraph cluster_c { label=\"Retail cloud\";\n"
      "    gw [label=\"Payments gateway\"];\n"
      "    t [type=data_store, tech=queue, label=\"sales-events (Kafka topic)\"];\n"
      "    tbl [type=dataset, label=\"Sales history table\"];\n"
      "    tr [type=pipeline, label=\"Weekly demand model retrain\"];\n"
      "    reg [type=model_registry, label=\"Model registry\"];\n"
      "  }\n"
      "  pos -> gw [label=\"sale\"]; gw -> t [label=\"sale event\"];\n"
      "  t -> tbl [label=\"sink connector\"]; tbl -> tr; tr -> reg [label=\"model\"];\n"
      "}\n";
  tmc_ir *ir = analyse_with(j1, cat, NULL);
  assert_true(ir->elements[elem(ir, "api")].facts.feeds_job_queue);
  assert_true(cites(finding(ir, "TMC-ML-014", "api"), "AML.T0034"));
  tmc_ir_free(ir);
  ir = analyse_with(e1, cat, NULL);
  assert_false(ir->elements[elem(ir, "gw")].facts.feeds_job_queue);
  assert_null(finding(ir, "TMC-ML-014", "gw"));
  tmc_ir_free(ir);
}

/* Model-written queries on a warehouse billed per query or credit: each
 * runaway scan is a charge (AML.T0034), also where the model's tool runs
 * the query; a database of the system's own is load (AML.T0029) only. */
static void test_model_queries_on_a_metered_warehouse(void **state) {
  static const char w1[] =
      "digraph w1 {\n"
      "  u [type=external, label=\"Finance analysts\"];\n"
      "  subgraph cluster_c { label=\"Analytics account\";\n"
      "    bot [label=\"Ask-finance backend (prompt builder)\"];\n"
      "    run [type=agent_tool, label=\"execute_sql tool\"];\n"
      "    sf [type=data_store, label=\"Snowflake FINANCE_DB\"];\n"
      "  }\n"
      "  m [type=llm, label=\"Claude (Anthropic API)\", source=third_party];\n"
      "  u -> bot [label=\"question\"]; bot -> u [label=\"answer\"];\n"
      "  bot -> m [label=\"question + table list\"]; m -> bot [label=\"SQL\"];\n"
      "  bot -> run [label=\"SQL\"]; run -> sf [label=\"SQL query\"];\n"
      "  sf -> run [label=\"rows\"]; run -> bot [label=\"rows\"];\n"
      "}\n";
  static const char w2[] =
      "digraph w2 {\n"
      "  u [type=external, label=\"Shop managers\"];\n"
      "  subgraph cluster_c { label=\"Head office\";\n"
      "    bot [label=\"Stock assistant (prompt builder)\"];\n"
      "    q [type=agent_tool, label=\"query_stock tool\"];\n"
      "    pg [type=data_store, label=\"Stock database (PostgreSQL replica)\"];\n"
      "  }\n"
      "  m [type=llm, label=\"GPT-4o (Azure OpenAI)\", source=third_party];\n"
      "  u -> bot; bot -> u;\n"
      "  bot -> m; m -> bot [label=\"SQL\"];\n"
      "  bot -> q [label=\"SQL\"]; q -> pg [label=\"generated SQL query\"];\n"
      "  pg -> q [label=\"rows\"]; q -> bot;\n"
      "}\n";
  tmc_ir *ir = analyse_with(w1, cat, NULL);
  assert_true(ir->elements[elem(ir, "sf")].facts.billed_per_use);
  assert_true(cites(finding(ir, "TMC-LLM-020", "sf"), "AML.T0034"));
  assert_true(cites(finding(ir, "TMC-LLM-020", "sf"), "LLM10:2025"));
  tmc_ir_free(ir);
  ir = analyse_with(w2, cat, NULL);
  assert_true(cites(finding(ir, "TMC-LLM-020", "pg"), "AML.T0029"));
  assert_false(cites(finding(ir, "TMC-LLM-020", "pg"), "AML.T0034"));
  tmc_ir_free(ir);
}

/* A store people write straight into (a community forum, a docs site
 * engineers edit) that the prompt builder searches itself, with no
 * retriever or index drawn: poisoned retrieval (AML.T0070), no embedding
 * weakness to cite (LLM08). A message queue the agent takes mail from is
 * no retrieval. */
static void test_people_written_store_searched_for_prompts(void **state) {
  static const char k1[] =
      "digraph k1 {\n"
      "  posters [type=external, label=\"Community members\"];\n"
      "  cust [type=external, label=\"Customers\"];\n"
      "  subgraph cluster_c { label=\"Support platform\";\n"
      "    forum [type=data_store, label=\"Community forum (answered threads)\"];\n"
      "    bot [label=\"Help bot backend (prompt builder)\"];\n"
      "  }\n"
      "  m [type=llm, label=\"Gemini (Google AI API)\", source=third_party];\n"
      "  posters -> forum [label=\"posts, replies\"];\n"
      "  cust -> bot [label=\"question\"]; bot -> cust [label=\"answer\"];\n"
      "  bot -> forum [label=\"full-text search\"]; forum -> bot [label=\"matching "
      "threads\"];\n"
      "  bot -> m [label=\"threads + question\"]; m -> bot;\n"
      "}\n";
  static const char k2[] =
      "digraph k2 {\n"
      "  sender [type=external, label=\"Anyone who e-mails sales@\"];\n"
      "  subgraph cluster_c { label=\"Sales tenant\";\n"
      "    q [type=data_store, tech=queue, label=\"inbound-mail (Service Bus)\"];\n"
      "    agent [label=\"Lead triage agent\"];\n"
      "  }\n"
      "  m [type=llm, label=\"GPT-4o (Azure OpenAI)\", source=third_party];\n"
      "  sender -> q [label=\"e-mail\"]; q -> agent [label=\"message\"];\n"
      "  agent -> m; m -> agent;\n"
      "}\n";
  tmc_ir *ir = analyse_with(k1, cat, NULL);
  assert_true(ir->elements[elem(ir, "forum")].facts.read_into_prompts);
  const tmc_finding *f = finding(ir, "TMC-RAG-001", "forum");
  assert_true(cites(f, "AML.T0070"));
  assert_false(cites(f, "LLM08:2025"));
  tmc_ir_free(ir);
  ir = analyse_with(k2, cat, NULL);
  assert_false(ir->elements[elem(ir, "q")].facts.read_into_prompts);
  assert_null(finding(ir, "TMC-RAG-001", "q"));
  tmc_ir_free(ir);
}

/* One index over sources with per-person rights (every site of a
 * SharePoint tenant, every mailbox), filled by an indexing job: the index
 * (TMC-RAG-002, whatever its reader is drawn as) and the hop the chunks
 * come back on (TMC-RAG-008) say it; an index of public help articles
 * says neither. */
static void test_one_index_over_scoped_sources(void **state) {
  static const char i1[] =
      "digraph i1 {\n"
      "  emp [type=external, label=\"Employees\"];\n"
      "  sp [type=external, label=\"SharePoint Online (all sites)\"];\n"
      "  subgraph cluster_c { label=\"Intranet cloud\";\n"
      "    crawl [label=\"Site crawler (indexer)\"];\n"
      "    vs [type=vector_store, label=\"Qdrant collection\"];\n"
      "    ans [label=\"Answer service (retriever)\"];\n"
      "  }\n"
      "  m [type=llm, label=\"Claude (Bedrock)\", source=third_party];\n"
      "  sp -> crawl [label=\"documents\"]; crawl -> vs [label=\"chunks + vectors\"];\n"
      "  emp -> ans [label=\"question\"]; ans -> emp [label=\"answer\"];\n"
      "  ans -> vs [label=\"similarity search\"]; vs -> ans [label=\"chunks\"];\n"
      "  ans -> m; m -> ans;\n"
      "}\n";
  static const char i2[] =
      "digraph i2 {\n"
      "  v [type=external, label=\"Website visitors\"];\n"
      "  subgraph cluster_c { label=\"Web cloud\";\n"
      "    docs [type=data_store, label=\"Public help articles\"];\n"
      "    crawl [label=\"Docs indexer\"];\n"
      "    vs [type=vector_store, label=\"Help index (pgvector)\"];\n"
      "    ans [label=\"Help bot (retriever)\"];\n"
      "  }\n"
      "  m [type=llm, label=\"GPT-4o mini (OpenAI API)\", source=third_party];\n"
      "  docs -> crawl; crawl -> vs [label=\"chunks\"];\n"
      "  v -> ans; ans -> v; ans -> vs [label=\"search\"]; vs -> ans "
      "[label=\"chunks\"];\n"
      "  ans -> m; m -> ans;\n"
      "}\n";
  /* the reader drawn as no code of ours (an IDE extension boxed as the
   * outside): the index over every repository is still one index */
  static const char i3[] =
      "digraph i3 {\n"
      "  repos [type=data_store, label=\"GitLab (all projects)\"];\n"
      "  subgraph cluster_c { label=\"Dev platform\";\n"
      "    idx [label=\"Code indexer job\"];\n"
      "    vs [type=vector_store, label=\"Code embeddings (Chroma)\"];\n"
      "  }\n"
      "  ide [type=external, label=\"IDE extension\"];\n"
      "  m [type=llm, label=\"GPT-4.1 (OpenAI API)\", source=third_party];\n"
      "  repos -> idx [label=\"clone\"]; idx -> vs [label=\"chunks\"];\n"
      "  vs -> ide [label=\"similar code\"]; ide -> m [label=\"prompt\"]; m -> ide;\n"
      "}\n";
  /* one index over every tenant's documents, said on the index itself */
  static const char i4[] =
      "digraph i4 {\n"
      "  admins [type=external, label=\"Customer admins\"];\n"
      "  subgraph cluster_c { label=\"SaaS platform\";\n"
      "    up [label=\"Document upload service\"];\n"
      "    files [type=data_store, label=\"Uploaded documents\"];\n"
      "    emb [label=\"Embedding worker (indexer)\"];\n"
      "    vs [type=vector_store, label=\"Answers index (multi-tenant)\"];\n"
      "    bot [label=\"Answer bot (retriever)\"];\n"
      "  }\n"
      "  m [type=llm, label=\"Claude (Anthropic API)\", source=third_party];\n"
      "  admins -> up; up -> files; files -> emb; emb -> vs [label=\"chunks\"];\n"
      "  admins -> bot; bot -> admins; bot -> vs [label=\"search\"]; vs -> bot;\n"
      "  bot -> m; m -> bot;\n"
      "}\n";
  tmc_ir *ir = analyse_with(i3, cat, NULL);
  assert_true(cites(finding(ir, "TMC-RAG-002", "vs"), "CWE-863"));
  tmc_ir_free(ir);
  ir = analyse_with(i4, cat, NULL);
  assert_true(ir->elements[elem(ir, "vs")].facts.access_scoped);
  assert_true(cites(finding(ir, "TMC-RAG-008", "vs->bot"), "LLM08:2025"));
  tmc_ir_free(ir);
  ir = analyse_with(i1, cat, NULL);
  assert_true(ir->elements[elem(ir, "vs")].facts.access_scoped);
  assert_true(cites(finding(ir, "TMC-RAG-002", "vs"), "LLM08:2025"));
  assert_true(cites(finding(ir, "TMC-RAG-008", "vs->ans"), "CWE-863"));
  tmc_ir_free(ir);
  ir = analyse_with(i2, cat, NULL);
  assert_null(finding(ir, "TMC-RAG-008", "vs->ans"));
  tmc_ir_free(ir);
}

/* What the model wrote, saved where people read it later (a CMS people
 * browse, a ticket thread customers get) or handed to the tool that saves
 * it there: LLM05 / AML.T0077 on the way in (TMC-LLM-036), LLM09 where it
 * leaves as the system's word (TMC-LLM-037). A log only staff search, and
 * the answer to the one who asked, are neither. */
static void test_model_text_published_to_people(void **state) {
  static const char p1[] =
      "digraph p1 {\n"
      "  ed [type=external, label=\"Marketing editor\"];\n"
      "  subs [type=external, label=\"Blog visitors\"];\n"
      "  subgraph cluster_c { label=\"Web estate\";\n"
      "    writer [label=\"Article writer agent\"];\n"
      "    post [type=agent_tool, label=\"create_post tool\"];\n"
      "    cms [type=data_store, label=\"WordPress posts\"];\n"
      "    site [label=\"Public blog site\"];\n"
      "    log [type=data_store, label=\"Agent run log\"];\n"
      "    sec [type=external, label=\"Security analysts\"];\n"
      "  }\n"
      "  m [type=llm, label=\"Claude (Anthropic API)\", source=third_party];\n"
      "  ed -> writer [label=\"topic\"]; writer -> ed [label=\"status\"];\n"
      "  writer -> m; m -> writer [label=\"article HTML\"];\n"
      "  writer -> post [label=\"title, body\"]; post -> cms [label=\"insert post\"];\n"
      "  cms -> site [label=\"posts\"]; site -> subs [label=\"pages\"];\n"
      "  writer -> log [label=\"run record\"]; log -> sec [label=\"search\"];\n"
      "}\n";
  static const char p2[] =
      "digraph p2 {\n"
      "  cust [type=external, label=\"Policyholders\"];\n"
      "  adj [type=external, label=\"Claims adjusters\"];\n"
      "  subgraph cluster_c { label=\"Insurer cloud\";\n"
      "    scorer [label=\"Claim triage service (prompt builder)\"];\n"
      "    letters [type=data_store, label=\"Outgoing letters (document store)\"];\n"
      "  }\n"
      "  m [type=llm, label=\"GPT-4o (Azure OpenAI)\", source=third_party];\n"
      "  cust -> scorer [label=\"claim form\"];\n"
      "  scorer -> m; m -> scorer [label=\"triage score + letter text\"];\n"
      "  scorer -> adj [label=\"score, rationale\"];\n"
      "  scorer -> letters [label=\"letter\"]; letters -> cust [label=\"posted "
      "letter\"];\n"
      "  pay [type=agent_tool, label=\"issue_refund tool\"];\n"
      "  stripe [type=external, label=\"Stripe refunds API\"];\n"
      "  scorer -> pay [label=\"amount\"]; pay -> stripe [label=\"refund\"];\n"
      "}\n";
  tmc_ir *ir = analyse_with(p1, cat, NULL);
  assert_true(cites(finding(ir, "TMC-LLM-036", "writer->post"), "AML.T0077"));
  assert_true(cites(finding(ir, "TMC-LLM-036", "post->cms"), "LLM05:2025"));
  assert_null(finding(ir, "TMC-LLM-036", "writer->log"));
  assert_false(ir->elements[elem(ir, "log")].facts.published_to_people);
  assert_null(finding(ir, "TMC-LLM-037", "writer->ed"));
  tmc_ir_free(ir);
  ir = analyse_with(p2, cat, NULL);
  assert_true(cites(finding(ir, "TMC-LLM-037", "scorer->adj"), "LLM09:2025"));
  assert_true(cites(finding(ir, "TMC-LLM-036", "scorer->letters"), "CWE-79"));
  assert_true(cites(finding(ir, "TMC-LLM-037", "scorer->letters"), "LLM09:2025"));
  assert_null(finding(ir, "TMC-LLM-037", "pay->stripe")); /* no one reads a refund call */
  tmc_ir_free(ir);
}

/* What a system prompt holds that is worth hiding, said on the call to the
 * model: the tools' definitions, the schema of what it may query. */
static void test_prompt_contents_named_on_the_call(void **state) {
  static const char s1[] =
      "digraph s1 {\n"
      "  u [type=external, label=\"Travellers\"];\n"
      "  subgraph cluster_c { label=\"Booking cloud\";\n"
      "    agent [label=\"Trip agent\"];\n"
      "  }\n"
      "  m [type=llm, label=\"Mistral Large (La Plateforme)\", source=third_party];\n"
      "  u -> agent; agent -> u;\n"
      "  agent -> m [label=\"tool definitions + chat\"]; m -> agent;\n"
      "}\n";
  static const char s2[] =
      "digraph s2 {\n"
      "  u [type=external, label=\"Branch staff\"];\n"
      "  subgraph cluster_c { label=\"Data platform\";\n"
      "    bot [label=\"Reporting helper service (prompt builder)\"];\n"
      "  }\n"
      "  m [type=llm, label=\"Llama 3 70B (vLLM)\"];\n"
      "  u -> bot; bot -> u;\n"
      "  bot -> m [label=\"database schema, question\"]; m -> bot;\n"
      "}\n";
  static const char s3[] =
      "digraph s3 {\n"
      "  u [type=external, label=\"Tenants\"];\n"
      "  subgraph cluster_c { label=\"Property cloud\";\n"
      "    agent [label=\"Repairs agent\"];\n"
      "    book [type=agent_tool, label=\"book_contractor\"];\n"
      "    sum [label=\"Lease summariser\"];\n"
      "  }\n"
      "  m [type=llm, label=\"Gemini (Vertex AI)\", source=third_party];\n"
      "  u -> agent; agent -> u; agent -> m; m -> agent [label=\"tool call\"];\n"
      "  agent -> book [label=\"slot, address\"]; book -> agent;\n"
      "  u -> sum [label=\"lease PDF\"]; sum -> m; m -> sum; sum -> u;\n"
      "}\n";
  tmc_ir *ir = analyse_with(s1, cat, NULL);
  assert_true(cites(finding(ir, "TMC-AGENT-021", "agent"), "LLM07:2025"));
  tmc_ir_free(ir);
  ir = analyse_with(s2, cat, NULL);
  assert_true(cites(finding(ir, "TMC-AGENT-021", "bot"), "AML.T0056"));
  assert_false(cites(finding(ir, "TMC-AGENT-021", "bot"), "AML.T0084"));
  tmc_ir_free(ir);
  /* an agent's prompt holds its tools' definitions, named or not: the
   * agent's configuration (AML.T0084); a summariser with no tools and no
   * prompt named has nothing said to hide */
  ir = analyse_with(s3, cat, NULL);
  assert_true(cites(finding(ir, "TMC-AGENT-021", "agent"), "AML.T0084"));
  assert_null(finding(ir, "TMC-AGENT-021", "sum"));
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_cost_harvesting_needs_a_per_use_bill),
      cmocka_unit_test(test_vendor_model_apis_by_name),
      cmocka_unit_test(test_training_jobs_through_their_queue),
      cmocka_unit_test(test_model_queries_on_a_metered_warehouse),
      cmocka_unit_test(test_people_written_store_searched_for_prompts),
      cmocka_unit_test(test_one_index_over_scoped_sources),
      cmocka_unit_test(test_model_text_published_to_people),
      cmocka_unit_test(test_prompt_contents_named_on_the_call),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
