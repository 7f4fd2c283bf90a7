/* test_paths_chain.c - the kill-chain step each hop of an attack path names
 * (issue #16 item 3): the technique, and the second one a hop takes at the
 * same time, on small diagrams worded unlike the blind sets, run through the
 * whole pipeline with the built-in catalog. */
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

/* Content the attacker sends in or plants that is later indexed for
 * retrieval is crafted to be retrieved (AML.T0066 beside how it got in),
 * and an indexer that embeds it through an embedding model is RAG
 * poisoning, not a prompt an attacker steers, as is the index it writes. A
 * question asked of the same system (nothing indexed after it) is no
 * retrieval crafting. */
static void test_chain_retrieval_crafting(void **state) {
  (void)state;
  /* A supplier's upload, dropped in a bucket a chunking worker indexes. */
  static const char *portal =
      "digraph g {\n"
      "  vendor [shape=box, label=\"Supplier (external)\"];\n"
      "  subgraph cluster_s { label=\"Procurement\"; trust=2;\n"
      "    portal [label=\"Supplier upload portal\"];\n"
      "    drop [shape=cylinder, label=\"Contract drop bucket\"];\n"
      "    ingest [label=\"Chunking worker\"];\n"
      "    idx [shape=cylinder, label=\"Clause index\", type=vector_store];\n"
      "    ask [label=\"Clause Q&A service\"];\n"
      "    llm [label=\"Contract assistant model\", type=llm]; }\n"
      "  vendor -> portal [label=\"contract PDF\"]; portal -> drop; drop -> ingest;\n"
      "  ingest -> idx; idx -> ask [label=\"top-k chunks\"];\n"
      "  ask -> llm [label=\"prompt\"];\n"
      "}\n";
  tmc_ir *ir = analysed(portal);
  assert_true(hop_names(ir, "vendor", "llm", NULL, "portal", "AML.T0093", "AML.T0066"));
  assert_true(hop_names(ir, "vendor", "llm", NULL, "ingest", "AML.T0070", NULL));
  assert_true(hop_names(ir, "vendor", "llm", NULL, "idx", "AML.T0070", NULL));
  /* Nothing indexed after the portal on the way to the bucket alone. */
  assert_false(hop_names(ir, "vendor", "drop", NULL, "portal", NULL, "AML.T0066"));
  tmc_ir_free(ir);

  /* A wiki page an editor writes, picked up by an indexer that calls an
   * embedding API and writes the vectors. */
  static const char *wiki =
      "digraph g {\n"
      "  editor [shape=box, label=\"Wiki editors\"];\n"
      "  subgraph cluster_w { label=\"Knowledge\"; trust=2;\n"
      "    wiki [shape=cylinder, label=\"Confluence space\"];\n"
      "    crawl [label=\"Nightly indexer job\"];\n"
      "    emb [label=\"Embedding API (text-embedding-3-large)\", type=llm];\n"
      "    idx [shape=cylinder, label=\"Weaviate\", type=vector_store];\n"
      "    bot [label=\"Helpdesk bot backend\"];\n"
      "    gen [label=\"Answer LLM\", type=llm]; }\n"
      "  editor -> wiki [label=\"pages\"]; wiki -> crawl [label=\"changed pages\"];\n"
      "  crawl -> emb [label=\"chunks\"]; crawl -> idx [label=\"vectors + chunks\"];\n"
      "  idx -> bot [label=\"matches\"]; bot -> gen [label=\"prompt + matches\"];\n"
      "}\n";
  ir = analysed(wiki);
  assert_true(hop_names(ir, "editor", "gen", NULL, "wiki", NULL, "AML.T0066"));
  assert_true(hop_names(ir, "editor", "gen", NULL, "crawl", "AML.T0070", NULL));
  assert_true(hop_names(ir, "editor", "gen", NULL, "idx", "AML.T0070", NULL));
  assert_true(hop_names(ir, "editor", "gen", NULL, "gen", "AML.T0051.001", NULL));
  tmc_ir_free(ir);

  /* People asking questions of a RAG service retrieve; they craft nothing
   * for retrieval. */
  static const char *ask =
      "digraph g {\n"
      "  staff [shape=box, label=\"Employees\"];\n"
      "  subgraph cluster_a { label=\"Intranet\"; trust=2;\n"
      "    api [label=\"Policy search API\"];\n"
      "    vec [shape=cylinder, label=\"Policy embeddings (pgvector)\", "
      "type=vector_store];\n"
      "    llm [label=\"Policy LLM\", type=llm]; }\n"
      "  staff -> api [label=\"question\"]; vec -> api [label=\"chunks\"];\n"
      "  api -> llm [label=\"prompt\"];\n"
      "}\n";
  ir = analysed(ask);
  assert_false(any_hop_names(ir, "staff", NULL, "AML.T0066"));
  tmc_ir_free(ir);
}

/* A person's own text typed to make the model act or answer past its
 * instructions is direct prompt injection and a jailbreak at once; not a
 * package a registry ships, nor a flood of the same chat. */
static void test_chain_jailbreak(void **state) {
  (void)state;
  static const char *kiosk =
      "digraph g {\n"
      "  members [shape=box, label=\"Library members\"];\n"
      "  subgraph cluster_k { label=\"Kiosk backend\"; trust=2;\n"
      "    kiosk [label=\"Catalogue chat service\"];\n"
      "    llm [label=\"Mistral Large\", type=llm];\n"
      "    hold [label=\"Place-hold tool\", type=agent_tool];\n"
      "    loans [shape=cylinder, label=\"Loans DB\"]; }\n"
      "  members -> kiosk [label=\"question\"]; kiosk -> llm [label=\"prompt\"];\n"
      "  llm -> kiosk [label=\"answer\"]; llm -> hold [label=\"tool call\"];\n"
      "  hold -> loans [label=\"write hold\"];\n"
      "}\n";
  tmc_ir *ir = analysed(kiosk);
  assert_true(
      hop_names(ir, "members", "hold", NULL, "kiosk", "AML.T0051.000", "AML.T0054"));
  tmc_ir_free(ir);

  static const char *slack =
      "digraph g {\n"
      "  subs [shape=box, label=\"Subscribers\"];\n"
      "  npm [shape=box, label=\"npm registry\", source=third_party, "
      "data=\"packages\"];\n"
      "  subgraph cluster_b { label=\"Bot\"; trust=2;\n"
      "    bot [label=\"Slack assistant\", role=agent];\n"
      "    llm [label=\"Claude\", type=llm]; }\n"
      "  subs -> bot [label=\"DM\"]; bot -> llm [label=\"prompt\"]; llm -> bot;\n"
      "  npm -> bot [label=\"dependencies\"];\n"
      "}\n";
  ir = analysed(slack);
  assert_true(
      hop_names(ir, "subs", "llm", "hijack_model", "bot", "AML.T0051.000", "AML.T0054"));
  assert_false(any_hop_names(ir, "subs", "deny_service", "AML.T0054"));
  assert_false(any_hop_names(ir, "npm", NULL, "AML.T0054"));
  tmc_ir_free(ir);
}

/* What a person's question retrieves past their permissions comes back in
 * the answer: LLM data leakage beside the read of the index, no tool
 * needed, even where the agent could also send mail (the person it answers
 * already has the answer; the mail tool is the way out for a path from
 * planted content or from someone it answers nothing:
 * test_chain_asker_leak). */
static void test_chain_leak_to_asker(void **state) {
  (void)state;
  static const char *copilot =
      "digraph g {\n"
      "  adj [shape=box, label=\"Claims adjusters\"];\n"
      "  subgraph cluster_c { label=\"Claims\"; trust=2;\n"
      "    app [label=\"Claims copilot API\"];\n"
      "    kb [shape=cylinder, label=\"Claim notes index (OpenSearch k-NN)\", "
      "type=vector_store, data=\"pii\"];\n"
      "    llm [label=\"Gemini 1.5 Pro\", type=llm]; }\n"
      "  adj -> app [label=\"question\"]; app -> kb [label=\"kNN query\"];\n"
      "  kb -> app [label=\"chunks\"]; app -> llm [label=\"prompt\"];\n"
      "  llm -> app [label=\"answer\"]; app -> adj [label=\"answer\"];\n"
      "}\n";
  tmc_ir *ir = analysed(copilot);
  assert_true(hop_names(ir, "adj", "kb", NULL, "kb", "AML.T0085", "AML.T0057"));
  assert_false(any_hop_names(ir, "adj", NULL, "AML.T0086"));
  tmc_ir_free(ir);

  static const char *support =
      "digraph g {\n"
      "  cust [shape=box, label=\"Customers\"];\n"
      "  subgraph cluster_c { label=\"Support\"; trust=2;\n"
      "    agent [label=\"Support agent\", role=agent];\n"
      "    kb [shape=cylinder, label=\"Case vectors\", type=vector_store, "
      "data=\"pii\"];\n"
      "    mail [label=\"Send-email tool\", type=agent_tool];\n"
      "    llm [label=\"GPT-4o\", type=llm]; }\n"
      "  cust -> agent [label=\"chat\"]; agent -> kb [label=\"search\"];\n"
      "  kb -> agent [label=\"cases\"]; agent -> llm; llm -> agent;\n"
      "  agent -> mail [label=\"send\"]; agent -> cust [label=\"reply\"];\n"
      "}\n";
  ir = analysed(support);
  assert_true(hop_names(ir, "cust", "kb", NULL, "kb", "AML.T0085", "AML.T0057"));
  tmc_ir_free(ir);
}

/* A tool the hijacked model invokes that sends money back or out (a
 * refund, an expense reimbursement) is financial harm as well. */
static void test_chain_refund_tool_pays(void **state) {
  (void)state;
  static const char *shop = "digraph g {\n"
                            "  buyer [shape=box, label=\"Shoppers\"];\n"
                            "  subgraph cluster_s { label=\"Shop\"; trust=2;\n"
                            "    bot [label=\"Order help agent\", role=agent];\n"
                            "    llm [label=\"Llama 3 70B\", type=llm];\n"
                            "    refund [label=\"Issue refund\", type=agent_tool]; }\n"
                            "  buyer -> bot [label=\"chat\"]; bot -> llm; llm -> bot;\n"
                            "  bot -> refund [label=\"order id, amount\"];\n"
                            "}\n";
  tmc_ir *ir = analysed(shop);
  assert_true(
      hop_names(ir, "buyer", "refund", NULL, "refund", "AML.T0053", "AML.T0048.000"));
  tmc_ir_free(ir);

  static const char *expenses =
      "digraph g {\n"
      "  staff [shape=box, label=\"Employees\"];\n"
      "  subgraph cluster_e { label=\"Finance\"; trust=2;\n"
      "    agent [label=\"Expenses copilot\", role=agent];\n"
      "    llm [label=\"Claude Sonnet\", type=llm];\n"
      "    reimb [label=\"Reimbursement API\", type=agent_tool]; }\n"
      "  staff -> agent [label=\"receipt + request\"]; agent -> llm; llm -> agent;\n"
      "  agent -> reimb [label=\"approve\"];\n"
      "}\n";
  ir = analysed(expenses);
  assert_true(
      hop_names(ir, "staff", "reimb", NULL, "reimb", "AML.T0053", "AML.T0048.000"));
  tmc_ir_free(ir);
}

/* Input an outsider sends to a model that judges it (a fraud scorer, a
 * moderation classifier) is crafted by hand until it passes, beside how it
 * gets in; input to a model that judges nothing (a recommender) is not. */
static void test_chain_crafted_to_evade(void **state) {
  (void)state;
  static const char *claims = "digraph g {\n"
                              "  claimant [shape=box, label=\"Policyholders\"];\n"
                              "  subgraph cluster_c { label=\"Insurer\"; trust=2;\n"
                              "    portal [label=\"Claims portal\"];\n"
                              "    score [label=\"Claims fraud scorer\", type=model];\n"
                              "    payout [label=\"Payout service\"]; }\n"
                              "  claimant -> portal [label=\"claim + photos\"]; portal "
                              "-> score [label=\"features\"];\n"
                              "  score -> payout [label=\"approve\"];\n"
                              "}\n";
  tmc_ir *ir = analysed(claims);
  assert_true(hop_names(ir, "claimant", "score", NULL, "portal", NULL, "AML.T0043.003"));
  tmc_ir_free(ir);

  static const char *market =
      "digraph g {\n"
      "  seller [shape=box, label=\"Sellers\"];\n"
      "  subgraph cluster_m { label=\"Marketplace\"; trust=2;\n"
      "    api [label=\"Listing API\"];\n"
      "    mod [label=\"Listing moderation classifier\", type=model];\n"
      "    rec [label=\"Recommender\", type=model]; }\n"
      "  seller -> api [label=\"listing\"]; api -> mod [label=\"title, images\"];\n"
      "  api -> rec [label=\"listing events\"];\n"
      "}\n";
  ir = analysed(market);
  assert_true(hop_names(ir, "seller", "mod", NULL, "api", NULL, "AML.T0043.003"));
  assert_true(hop_names(ir, "seller", "rec", NULL, "api", NULL, NULL));
  assert_false(hop_names(ir, "seller", "rec", NULL, "api", NULL, "AML.T0043.003"));
  tmc_ir_free(ir);
}

/* A model a poisoned training run produced lands in the registry or the
 * weights store past an evaluation gate or a packaging step: the model
 * there is poisoned; a detector served from it is evaded (what it was
 * taught to let through), and the reports or disputes sent in on the way
 * are poisoned data, not adversarial input. */
static void test_chain_poisoned_detector(void **state) {
  (void)state;
  static const char *abuse =
      "digraph g {\n"
      "  rep [shape=box, label=\"App users\"];\n"
      "  subgraph cluster_t { label=\"Trust & safety\"; trust=2;\n"
      "    api [label=\"Report API\"];\n"
      "    labels [shape=cylinder, label=\"Abuse labels\", type=dataset];\n"
      "    fit [label=\"Weekly retrain job\", type=pipeline];\n"
      "    gate [label=\"Evaluation gate\"];\n"
      "    reg [label=\"Model registry\", type=model_registry];\n"
      "    det [label=\"Abuse detector\", type=model]; }\n"
      "  rep -> api [label=\"report\"]; api -> labels; labels -> fit;\n"
      "  fit -> gate [label=\"candidate\"]; gate -> reg [label=\"promote\"];\n"
      "  reg -> det [label=\"deploy\"];\n"
      "}\n";
  tmc_ir *ir = analysed(abuse);
  assert_true(hop_names(ir, "rep", "det", NULL, "reg", "AML.T0018.000", NULL));
  assert_true(hop_names(ir, "rep", "det", NULL, "det", "AML.T0031", "AML.T0015"));
  /* (Not adversarial input crafted by hand, AML.T0043.003; the trigger the
   * poisoned data carries is the poisoning's own, AML.T0043.004, paths15.) */
  assert_false(any_hop_names(ir, "rep", "tamper_model", "AML.T0043.003"));
  assert_true(any_hop_names(ir, "rep", "tamper_model", "AML.T0043.004"));
  tmc_ir_free(ir);

  static const char *cards =
      "digraph g {\n"
      "  merch [shape=box, label=\"Merchants\"];\n"
      "  subgraph cluster_f { label=\"Payments risk\"; trust=2;\n"
      "    cb [label=\"Chargeback intake\"];\n"
      "    ds [shape=cylinder, label=\"Training transactions\", type=dataset];\n"
      "    tr [label=\"Nightly trainer\", role=trainer];\n"
      "    pack [label=\"Packaging step\"];\n"
      "    bucket [shape=cylinder, label=\"Weights bucket\", data=\"model_weights\"];\n"
      "    fm [label=\"Card fraud model\", type=model]; }\n"
      "  merch -> cb [label=\"disputes\"]; cb -> ds; ds -> tr;\n"
      "  tr -> pack [label=\"checkpoint\"]; pack -> bucket [label=\"model.tar.gz\"];\n"
      "  bucket -> fm [label=\"load\"];\n"
      "}\n";
  ir = analysed(cards);
  assert_true(hop_names(ir, "merch", "fm", NULL, "bucket", "AML.T0018.000", NULL));
  assert_true(hop_names(ir, "merch", "fm", NULL, "fm", "AML.T0031", "AML.T0015"));
  tmc_ir_free(ir);
}

/* A store that keeps what the model wrote for a web front end (rendered
 * HTML summaries, a Markdown page cache), written by the code that asks the
 * model: what the attacker made the model write is rendered to everyone the
 * site serves, not leaked from the store. */
static void test_chain_rendered_store(void **state) {
  (void)state;
  static const char *news =
      "digraph g {\n"
      "  blogs [shape=box, label=\"Partner blogs\"];\n"
      "  visitors [shape=box, label=\"Site visitors\"];\n"
      "  subgraph cluster_n { label=\"Newsroom\"; trust=2;\n"
      "    fetch [label=\"Feed fetcher\"]; build [label=\"Summary builder\"];\n"
      "    llm [label=\"Gemini Flash\", type=llm];\n"
      "    out [shape=cylinder, label=\"Rendered summaries (HTML)\"];\n"
      "    site [label=\"News website (Next.js)\"]; }\n"
      "  fetch -> blogs [label=\"GET\"]; blogs -> fetch [label=\"posts\"];\n"
      "  fetch -> build [label=\"post text\"]; build -> llm [label=\"prompt\"];\n"
      "  llm -> build [label=\"summary\"]; build -> out [label=\"summary HTML\"];\n"
      "  out -> site [label=\"today's summaries\"]; site -> visitors [label=\"page\"];\n"
      "}\n";
  tmc_ir *ir = analysed(news);
  assert_true(hop_names(ir, "blogs", "out", NULL, "out", "AML.T0077", NULL));
  tmc_ir_free(ir);

  static const char *shop =
      "digraph g {\n"
      "  cust [shape=box, label=\"Customers\"];\n"
      "  shoppers [shape=box, label=\"Shoppers\"];\n"
      "  subgraph cluster_s { label=\"Shop\"; trust=2;\n"
      "    intake [label=\"Review intake API\"];\n"
      "    rev [shape=cylinder, label=\"Reviews table\"];\n"
      "    job [label=\"Review summariser job\"];\n"
      "    llm [label=\"Mistral Small\", type=llm];\n"
      "    cache [shape=cylinder, label=\"Product page cache (Markdown)\"];\n"
      "    web [label=\"Storefront web app\"]; }\n"
      "  cust -> intake [label=\"review\"]; intake -> rev;\n"
      "  rev -> job [label=\"new reviews\"]; job -> llm [label=\"prompt\"];\n"
      "  llm -> job [label=\"summary\"]; job -> cache [label=\"summary markdown\"];\n"
      "  cache -> web [label=\"cached blurbs\"]; web -> shoppers [label=\"product "
      "page\"];\n"
      "}\n";
  ir = analysed(shop);
  assert_true(hop_names(ir, "cust", "cache", NULL, "cache", "AML.T0077", NULL));
  tmc_ir_free(ir);
}

/* A person talking to the agent through a channel service that carries the
 * conversation both ways (a voice gateway, a messaging platform) injects
 * directly; content a one-way intake service hands on (an applicant
 * tracking system's new applications) is gathered: indirect. */
static void test_chain_two_way_channel_direct(void **state) {
  (void)state;
  static const char *voice =
      "digraph g {\n"
      "  callers [shape=box, label=\"Callers\"];\n"
      "  vg [shape=box, label=\"Vonage voice gateway (speech-to-text)\", "
      "source=third_party];\n"
      "  subgraph cluster_b { label=\"Bookings\"; trust=2;\n"
      "    agent [label=\"Booking agent\", role=agent];\n"
      "    llm [label=\"GPT-4o mini\", type=llm];\n"
      "    cancel [label=\"Cancel booking tool\", type=agent_tool]; }\n"
      "  callers -> vg [label=\"speech\"]; vg -> callers [label=\"spoken reply\"];\n"
      "  vg -> agent [label=\"transcript\"]; agent -> vg [label=\"reply text\"];\n"
      "  agent -> llm; llm -> agent; agent -> cancel [label=\"cancel(ref)\"];\n"
      "}\n";
  tmc_ir *ir = analysed(voice);
  assert_true(hop_names(ir, "callers", "cancel", NULL, "agent", "AML.T0051.000", NULL));
  tmc_ir_free(ir);

  static const char *chat =
      "digraph g {\n"
      "  cust [shape=box, label=\"Customers\"];\n"
      "  wa [shape=box, label=\"WhatsApp Business API\", source=third_party];\n"
      "  subgraph cluster_s { label=\"Support\"; trust=2;\n"
      "    bot [label=\"Support bot\", role=agent];\n"
      "    llm [label=\"Gemini\", type=llm];\n"
      "    credit [label=\"Account credit tool\", type=agent_tool]; }\n"
      "  cust -> wa [label=\"messages\"]; wa -> cust [label=\"replies\"];\n"
      "  wa -> bot [label=\"webhook: message\"]; bot -> wa [label=\"send message\"];\n"
      "  bot -> llm; llm -> bot; bot -> credit [label=\"credit(account, amount)\"];\n"
      "}\n";
  ir = analysed(chat);
  assert_true(hop_names(ir, "cust", "credit", NULL, "bot", "AML.T0051.000", NULL));
  tmc_ir_free(ir);

  static const char *ats =
      "digraph g {\n"
      "  appl [shape=box, label=\"Job applicants\"];\n"
      "  ats [shape=box, label=\"Greenhouse ATS\", source=third_party];\n"
      "  subgraph cluster_r { label=\"Recruiting\"; trust=2;\n"
      "    scr [label=\"Screening agent\", role=agent];\n"
      "    llm [label=\"Claude Haiku\", type=llm];\n"
      "    adv [label=\"Advance candidate tool\", type=agent_tool]; }\n"
      "  appl -> ats [label=\"CV upload\"]; ats -> scr [label=\"new applications\"];\n"
      "  scr -> llm; llm -> scr; scr -> adv [label=\"advance(id)\"];\n"
      "}\n";
  ir = analysed(ats);
  assert_true(hop_names(ir, "appl", "adv", NULL, "scr", "AML.T0051.001", NULL));
  assert_false(hop_names(ir, "appl", "adv", NULL, "scr", "AML.T0051.000", NULL));
  tmc_ir_free(ir);
}

/* paths16: an outside party that only carries a person's own traffic on to
 * the system (a telephone carrier, an ISP, the person's own network) gathers
 * nothing: the caller talking to the assistant through it injects directly,
 * whatever the carrier is called. A mailbox the same kind of sender writes to
 * holds their mail for the system to read: indirect. */
static void test_chain_carrier_relays_direct(void **state) {
  (void)state;
  static const char *phone =
      "digraph g {\n"
      "  pat [shape=ellipse, label=\"Patients\\n(landline or mobile)\"];\n"
      "  telco [shape=ellipse, label=\"Telia phone network\"];\n"
      "  subgraph cluster_c { label=\"Clinic\"; trust=2;\n"
      "    ivr [label=\"Asterisk IVR\"];\n"
      "    nurse [label=\"Nurse-line assistant\", role=agent];\n"
      "    llm [label=\"Claude 3.5 Sonnet\", type=llm];\n"
      "    book [label=\"book_appointment()\", type=agent_tool]; }\n"
      "  pat -> telco [label=\"call\"]; telco -> ivr [label=\"SIP\"];\n"
      "  ivr -> nurse [label=\"transcribed speech\"]; nurse -> ivr [label=\"reply\"];\n"
      "  nurse -> llm [label=\"prompt\"]; llm -> nurse [label=\"tool call\"];\n"
      "  nurse -> book [label=\"slot\"];\n"
      "}\n";
  tmc_ir *ir = analysed(phone);
  assert_true(hop_names(ir, "pat", "book", NULL, "nurse", "AML.T0051.000", "AML.T0054"));
  assert_false(hop_names(ir, "pat", "book", NULL, "nurse", "AML.T0051.001", NULL));
  tmc_ir_free(ir);

  static const char *isp =
      "digraph g {\n"
      "  members [shape=box, label=\"Gym members\"];\n"
      "  net [shape=box, label=\"Home broadband / 4G\"];\n"
      "  subgraph cluster_g { label=\"Gym cloud\"; trust=2;\n"
      "    coach [label=\"Coach chat orchestrator\", role=agent];\n"
      "    llm [label=\"Llama 3 70B\", type=llm];\n"
      "    plan [label=\"update_plan tool\", type=agent_tool]; }\n"
      "  members -> net [label=\"chat messages\"]; net -> coach [label=\"HTTPS\"];\n"
      "  coach -> llm; llm -> coach; coach -> plan [label=\"plan change\"];\n"
      "}\n";
  ir = analysed(isp);
  assert_true(hop_names(ir, "members", "plan", NULL, "coach", "AML.T0051.000", NULL));
  tmc_ir_free(ir);

  static const char *mail =
      "digraph g {\n"
      "  sup [shape=box, label=\"Suppliers\"];\n"
      "  inbox [shape=box, label=\"Gmail shared inbox\"];\n"
      "  subgraph cluster_f { label=\"Finance\"; trust=2;\n"
      "    ap [label=\"Payables agent\", role=agent];\n"
      "    llm [label=\"GPT-4.1\", type=llm];\n"
      "    pay [label=\"schedule_payment tool\", type=agent_tool]; }\n"
      "  sup -> inbox [label=\"invoices by e-mail\"]; inbox -> ap [label=\"new mail\"];\n"
      "  ap -> llm; llm -> ap; ap -> pay [label=\"payment\"];\n"
      "}\n";
  ir = analysed(mail);
  assert_true(hop_names(ir, "sup", "pay", NULL, "ap", "AML.T0051.001", NULL));
  assert_false(hop_names(ir, "sup", "pay", NULL, "ap", "AML.T0051.000", NULL));
  tmc_ir_free(ir);
}

/* paths16: outsiders' events stored where a job drawn as plain code reads
 * them and writes the weights the served model loads are that job's training
 * data: the path to the model is a tampering (TMC-PATH-007), its store and
 * job hops poison training data (AML.T0020) and the model served erodes
 * (AML.T0031), whatever the job is called. */
static void test_chain_plain_job_trains(void **state) {
  (void)state;
  static const char *shop =
      "digraph g {\n"
      "  shoppers [shape=box, label=\"Shoppers (web and app)\"];\n"
      "  subgraph cluster_p { label=\"Shop platform\"; trust=2;\n"
      "    api [label=\"Events API (FastAPI)\"];\n"
      "    events [shape=cylinder, label=\"clickstream\\n(BigQuery)\"];\n"
      "    job [label=\"recs-batch\\n(Airflow + Spark)\"];\n"
      "    arts [shape=cylinder, label=\"gs://recs-models\\n(state_dict per run)\"];\n"
      "    ranker [label=\"Ranking model\", type=model];\n"
      "    web [label=\"Storefront\"]; }\n"
      "  shoppers -> api [label=\"clicks, add-to-cart\"];\n"
      "  api -> events [label=\"insert\"]; events -> job [label=\"last 7 days\"];\n"
      "  job -> arts [label=\"model checkpoints\"];\n"
      "  arts -> ranker [label=\"load on deploy\"];\n"
      "  shoppers -> web [label=\"browse\"]; web -> ranker [label=\"rank request\"];\n"
      "  ranker -> web [label=\"ranked items\"];\n"
      "}\n";
  tmc_ir *ir = analysed(shop);
  assert_true(
      hop_names(ir, "shoppers", "ranker", "tamper_model", "events", "AML.T0020", NULL));
  assert_true(
      hop_names(ir, "shoppers", "ranker", "tamper_model", "job", "AML.T0020", NULL));
  assert_true(
      hop_names(ir, "shoppers", "ranker", "tamper_model", "ranker", "AML.T0031", NULL));
  tmc_ir_free(ir);

  static const char *eta =
      "digraph g {\n"
      "  drivers [shape=box, label=\"Drivers (courier app)\"];\n"
      "  subgraph cluster_l { label=\"Logistics\"; trust=2;\n"
      "    ingest [label=\"trip-ingest (Go)\"];\n"
      "    trips [shape=cylinder, label=\"trips\\n(Cassandra)\"];\n"
      "    batch [label=\"eta-batch\\n(Kubernetes CronJob)\"];\n"
      "    onnx [shape=cylinder, label=\"s3://eta-onnx\"];\n"
      "    eta [label=\"ETA predictor\", type=model];\n"
      "    dispatch [label=\"Dispatch API\"]; }\n"
      "  drivers -> ingest [label=\"GPS pings, trip times\"];\n"
      "  ingest -> trips [label=\"append\"]; trips -> batch [label=\"90 days of "
      "trips\"];\n"
      "  batch -> onnx [label=\"export\"]; onnx -> eta [label=\"load at start\"];\n"
      "  drivers -> dispatch [label=\"job offers\"]; dispatch -> eta "
      "[label=\"predict\"];\n"
      "  eta -> dispatch [label=\"minutes\"];\n"
      "}\n";
  ir = analysed(eta);
  assert_true(
      hop_names(ir, "drivers", "eta", "tamper_model", "trips", "AML.T0020", NULL));
  assert_true(hop_names(ir, "drivers", "eta", "tamper_model", "eta", "AML.T0031", NULL));
  tmc_ir_free(ir);
}

/* paths16: a warehouse off the organisation's premises bills what the
 * queries a model writes scan, whatever engine it is (Firebolt, Teradata,
 * ClickHouse Cloud, not only BigQuery or Snowflake): the staff's questions
 * run up the bill (deny_service, AML.T0034). A warehouse management system
 * stores stock, and runs no one's analytical queries. */
/* The ask-the-data diagram with the store the model's SQL runs on labelled
 * `label`. */
static tmc_ir *warehouse_ir(const char *label) {
  char dot[2048];
  snprintf(
      dot, sizeof dot,
      "digraph g {\n"
      "  staff [shape=box, label=\"Sales staff\"];\n"
      "  subgraph cluster_a { label=\"Analytics\"; trust=2;\n"
      "    ask [label=\"Ask-the-numbers service\", role=prompt_assembler];\n"
      "    llm [label=\"Claude Sonnet\", type=llm];\n"
      "    wh [shape=cylinder, label=\"%s\"]; }\n"
      "  staff -> ask [label=\"question\"]; ask -> staff [label=\"answer + chart\"];\n"
      "  ask -> llm [label=\"schema + question\"]; llm -> ask [label=\"SQL\"];\n"
      "  ask -> wh [label=\"run generated SQL\"]; wh -> ask [label=\"rows\"];\n"
      "}\n",
      label);
  return analysed(dot);
}

static void test_chain_warehouse_bill(void **state) {
  (void)state;
  static const char *const billed[] = {"Firebolt engine\\n(orders, margins)",
                                       "Teradata VantageCloud\\nsales mart"};
  for (size_t i = 0; i < sizeof billed / sizeof *billed; i++) {
    tmc_ir *ir = warehouse_ir(billed[i]);
    assert_true(hop_names(ir, "staff", "wh", "deny_service", "wh", "AML.T0034", NULL));
    tmc_ir_free(ir);
  }
  tmc_ir *ir = warehouse_ir("Warehouse management system\\n(stock, bins)");
  assert_false(hop_names(ir, "staff", "wh", "deny_service", "wh", "AML.T0034", NULL));
  tmc_ir_free(ir);
}

/* paths16: the files engineers keep devices' settings in (a PLC project, a
 * switch's config backup) hold the devices' passwords: a path there is a
 * credential theft, named by its classic step (CAPEC-1) where no AI is. */
static void test_chain_config_files_hold_keys(void **state) {
  (void)state;
  static const char *plant =
      "digraph g {\n"
      "  integ [shape=ellipse, label=\"Automation integrator\\n(remote engineers)\"];\n"
      "  subgraph cluster_o { label=\"Plant OT\"; trust=2;\n"
      "    vpn [label=\"Remote access VPN\"];\n"
      "    ews [label=\"Engineering workstation\"];\n"
      "    nas [shape=cylinder, label=\"PLC project backups\\n(NAS share)\"];\n"
      "    plc [label=\"Line PLCs\"]; }\n"
      "  integ -> vpn [label=\"VPN login\"]; vpn -> ews [label=\"RDP\"];\n"
      "  ews -> nas [dir=both, label=\"open / save projects\"];\n"
      "  ews -> plc [label=\"download logic\"];\n"
      "}\n";
  tmc_ir *ir = analysed(plant);
  assert_true(hop_names(ir, "integ", "nas", "steal_credentials", "nas", "CAPEC-1", NULL));
  assert_false(any_hop_names(ir, NULL, NULL, "AML"));
  tmc_ir_free(ir);

  static const char *netops =
      "digraph g {\n"
      "  noc [shape=ellipse, label=\"Managed network provider\"];\n"
      "  subgraph cluster_n { label=\"Corporate network\"; trust=2;\n"
      "    jump [label=\"Bastion host\"];\n"
      "    ox [label=\"Oxidized\\n(switch and firewall config backups)\", "
      "shape=cylinder];\n"
      "    sw [label=\"Core switches\"]; }\n"
      "  noc -> jump [label=\"SSH\"]; jump -> ox [dir=both, label=\"git pull / push\"];\n"
      "  jump -> sw [label=\"SSH admin\"];\n"
      "}\n";
  ir = analysed(netops);
  assert_true(hop_names(ir, "noc", "ox", "steal_credentials", "ox", NULL, NULL));
  tmc_ir_free(ir);
}

/* paths16: what outsiders send straight to the training step (a federated
 * client's weight deltas averaged by the aggregator, raters' preference
 * pairs read by a fine-tuning job) poisons the model it writes: the path to
 * the registry and on to the model served is a tampering, not an asset
 * reached or a prompt injected. */
static void test_chain_straight_to_training(void **state) {
  (void)state;
  static const char *fed =
      "digraph g {\n"
      "  phones [shape=box, label=\"Keyboard app on users' phones\\n(on-device "
      "training)\"];\n"
      "  subgraph cluster_s { label=\"Prediction service\"; trust=2;\n"
      "    agg [label=\"Secure aggregation server\\n(FedAvg rounds)\"];\n"
      "    glob [shape=cylinder, label=\"Global model checkpoints\", "
      "type=model_registry];\n"
      "    serve [label=\"Next-word model\", type=model]; }\n"
      "  phones -> agg [label=\"weight deltas\"];\n"
      "  agg -> glob [label=\"new global model\"]; glob -> serve [label=\"deploy\"];\n"
      "}\n";
  tmc_ir *ir = analysed(fed);
  assert_true(
      hop_names(ir, "phones", "serve", "tamper_model", "serve", "AML.T0031", NULL));
  assert_true(hop_names(ir, "phones", "glob", "tamper_model", "glob", "AML.T0018", NULL));
  tmc_ir_free(ir);

  static const char *prefs =
      "digraph g {\n"
      "  raters [shape=box, label=\"Crowd raters\"];\n"
      "  subgraph cluster_s { label=\"Assistant\"; trust=2;\n"
      "    ft [label=\"Preference fine-tuning job\\n(DPO, weekly)\", type=pipeline];\n"
      "    reg [label=\"Model registry\", type=model_registry];\n"
      "    chat [label=\"Support LLM\", type=llm]; }\n"
      "  raters -> ft [label=\"preference pairs\"];\n"
      "  ft -> reg [label=\"candidate\"]; reg -> chat [label=\"promote\"];\n"
      "}\n";
  ir = analysed(prefs);
  assert_true(hop_names(ir, "raters", "chat", "tamper_model", "ft", "AML.T0020", NULL));
  assert_false(hop_names(ir, "raters", "chat", "hijack_model", "chat", NULL, NULL));
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_chain_retrieval_crafting),
      cmocka_unit_test(test_chain_jailbreak),
      cmocka_unit_test(test_chain_leak_to_asker),
      cmocka_unit_test(test_chain_refund_tool_pays),
      cmocka_unit_test(test_chain_crafted_to_evade),
      cmocka_unit_test(test_chain_poisoned_detector),
      cmocka_unit_test(test_chain_rendered_store),
      cmocka_unit_test(test_chain_two_way_channel_direct),
      cmocka_unit_test(test_chain_carrier_relays_direct),
      cmocka_unit_test(test_chain_plain_job_trains),
      cmocka_unit_test(test_chain_warehouse_bill),
      cmocka_unit_test(test_chain_config_files_hold_keys),
      cmocka_unit_test(test_chain_straight_to_training),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
