/* test_reach.c - the reach pass's inference: which elements are assets and
 * entry points and what an asset holds, each with its source and evidence
 * (issue #14 item 6), on differently worded variants of each rule, and how
 * the paths pass scores what was inferred (unknown is medium, a guess counts
 * one step less than a written sensitivity). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "catalog/catalog.h"
#include "frontend/frontend.h"
#include "ir_helpers.h"
#include "passes/passes.h"

static tmc_catalog *cat;

static int load_catalog(void **state) {
  (void)state;
  tmc_diags d = TMC_DIAGS_INIT;
  int rc = tmc_catalog_new(&cat, &d);
  tmc_diags_free(&d);
  return rc;
}

static int free_catalog(void **state) {
  (void)state;
  tmc_catalog_free(cat);
  return 0;
}

/* A diagram named file through the front end and every pass up to upto. */
static tmc_ir *run_file(const char *file, const char *text, const char *upto) {
  tmc_diags d = TMC_DIAGS_INIT;
  tmc_ir *ir = ir_analysed(file, text, strlen(text), cat, upto, &d);
  tmc_diags_free(&d);
  assert_non_null(ir);
  return ir;
}

/* DOT through the front end and every pass up to upto. */
static tmc_ir *run(const char *dot, const char *upto) {
  return run_file("t.dot", dot, upto);
}

static const tmc_element *el(const tmc_ir *ir, const char *id) {
  uint32_t e = tmc_ir_find_element(ir, 0, id);
  assert_int_not_equal(e, TMC_NONE);
  return &ir->elements[e];
}

/* ---- assets ------------------------------------------------------------------ */

static void test_every_holder_is_an_asset(void **state) {
  (void)state;
  tmc_ir *ir = run("digraph g {\n"
                   "  subgraph cluster_int { label=\"Internal\";\n"
                   "    app; blob [shape=cylinder, label=\"Blob\"];\n"
                   "    lake [type=dataset, label=\"Lake\"];\n"
                   "    reg [type=model_registry, label=\"Registry\"];\n"
                   "    vec [type=vector_store, label=\"Embeddings\"];\n"
                   "    feat [type=feature_store, label=\"Feast\"];\n"
                   "    clf [type=model, label=\"Classifier\"];\n"
                   "    local [type=llm, label=\"Llama on our GPU box\"]; }\n"
                   "  app -> blob; app -> lake; app -> reg; app -> vec; app -> feat;\n"
                   "  app -> clf; app -> local;\n"
                   "}\n",
                   "reach");
  const char *holders[] = {"blob", "lake", "reg", "vec", "feat", "clf", "local"};
  for (size_t i = 0; i < sizeof holders / sizeof *holders; i++) {
    const tmc_element *e = el(ir, holders[i]);
    assert_true(e->facts.is_asset);
    assert_int_equal(e->facts.asset_why.source, TMC_SOURCE_KIND);
    assert_string_equal(e->facts.asset_why.evidence, tmc_kind_name(e->kind));
  }
  assert_false(el(ir, "app")->facts.is_asset);
  /* Nothing in "Blob" says what it holds: unknown, not public. */
  assert_int_equal(el(ir, "blob")->facts.held_sensitivity, TMC_SENS_UNSET);
  assert_int_equal(el(ir, "blob")->facts.sensitivity_why.source, TMC_SOURCE_DEFAULT);
  tmc_ir_free(ir);
}

static void test_hosted_models_are_not_assets(void **state) {
  (void)state;
  tmc_ir *ir =
      run("digraph g {\n"
          "  subgraph cluster_int { label=\"Internal\"; app;\n"
          "    gpt [type=llm, label=\"Azure OpenAI deployment\"];\n"
          "    vendor [type=model, label=\"Scoring model\", source=third_party];\n"
          "    own [type=llm, label=\"Fine-tuned Mistral\"]; }\n"
          "  outside [type=llm, label=\"Frontier model\"];\n"
          "  app -> gpt; gpt -> app; app -> vendor; app -> own;\n"
          "  app -> outside; outside -> app;\n"
          "}\n",
          "reach");
  const tmc_element *gpt = el(ir, "gpt");
  assert_false(gpt->facts.is_asset);
  assert_int_equal(gpt->facts.asset_why.source, TMC_SOURCE_LABEL_WORD);
  assert_string_equal(gpt->facts.asset_why.evidence, "azure openai");
  assert_false(el(ir, "vendor")->facts.is_asset);
  assert_int_equal(el(ir, "vendor")->facts.asset_why.source, TMC_SOURCE_ATTRIBUTE);
  /* Drawn outside every boundary: the vendor's, called and heard back from:
   * neither the system's asset nor an entry point (issue #16 item 1). */
  const tmc_element *out = el(ir, "outside");
  assert_false(out->facts.is_asset);
  assert_int_equal(out->facts.asset_why.source, TMC_SOURCE_ZONE);
  assert_false(out->facts.is_entry);
  assert_true(el(ir, "own")->facts.is_asset);
  tmc_ir_free(ir);
}

/* A vendor's pretrained API drawn as its library icon under a name of
 * what it does ("Label detection" on Rekognition's icon, "Key phrases" on
 * Comprehend's) is the vendor's model, called: no asset of the system; a
 * model on SageMaker's icon stays the system's. */
static void test_hosted_model_icons_are_not_assets(void **state) {
  (void)state;
  tmc_ir *ir = run_file(
      "t.drawio",
      "<mxfile><diagram name=\"p\"><mxGraphModel><root>"
      "<mxCell id=\"0\"/><mxCell id=\"1\" parent=\"0\"/>"
      "<mxCell id=\"f\" value=\"Tagger\" style=\"shape=mxgraph.aws4.resourceIcon;"
      "resIcon=mxgraph.aws4.lambda;\" vertex=\"1\" parent=\"1\"><mxGeometry x=\"0\" "
      "y=\"0\" width=\"60\" height=\"60\" as=\"geometry\"/></mxCell>"
      "<mxCell id=\"r\" value=\"Label detection\" "
      "style=\"shape=mxgraph.aws4.resourceIcon;"
      "resIcon=mxgraph.aws4.rekognition_2;\" vertex=\"1\" parent=\"1\"><mxGeometry "
      "x=\"200\" y=\"0\" width=\"60\" height=\"60\" as=\"geometry\"/></mxCell>"
      "<mxCell id=\"c\" value=\"Key phrases\" style=\"shape=mxgraph.aws4.resourceIcon;"
      "resIcon=mxgraph.aws4.comprehend;\" vertex=\"1\" parent=\"1\"><mxGeometry "
      "x=\"400\" y=\"0\" width=\"60\" height=\"60\" as=\"geometry\"/></mxCell>"
      "<mxCell id=\"s\" value=\"Churn model\" style=\"shape=mxgraph.aws4.resourceIcon;"
      "resIcon=mxgraph.aws4.sagemaker;\" vertex=\"1\" parent=\"1\"><mxGeometry "
      "x=\"600\" y=\"0\" width=\"60\" height=\"60\" as=\"geometry\"/></mxCell>"
      "<mxCell id=\"e1\" edge=\"1\" source=\"f\" target=\"r\" parent=\"1\">"
      "<mxGeometry relative=\"1\" as=\"geometry\"/></mxCell>"
      "<mxCell id=\"e2\" edge=\"1\" source=\"f\" target=\"c\" parent=\"1\">"
      "<mxGeometry relative=\"1\" as=\"geometry\"/></mxCell>"
      "<mxCell id=\"e3\" edge=\"1\" source=\"f\" target=\"s\" parent=\"1\">"
      "<mxGeometry relative=\"1\" as=\"geometry\"/></mxCell>"
      "</root></mxGraphModel></diagram></mxfile>",
      "reach");
  assert_int_equal(el(ir, "r")->kind, TMC_KIND_MODEL);
  assert_false(el(ir, "r")->facts.is_asset);
  assert_string_equal(el(ir, "r")->facts.asset_why.evidence, "rekognition");
  assert_false(el(ir, "c")->facts.is_asset);
  assert_true(el(ir, "s")->facts.is_asset);
  tmc_ir_free(ir);
}

/* A model the system's own training step or registry deploys to a
 * vendor's platform is the system's asset, whatever platform its name
 * says; a vendor's model it only calls there is not. */
static void test_own_models_on_vendor_platforms(void **state) {
  (void)state;
  tmc_ir *ir = run("digraph g {\n"
                   "  subgraph cluster_int { label=\"Internal VPC\"; app;\n"
                   "    train [type=pipeline, label=\"weekly retrain\"];\n"
                   "    reg [type=model_registry, label=\"Model registry\"];\n"
                   "    churn [type=model, label=\"churn-v3 SageMaker endpoint\"];\n"
                   "    ranker [type=model, label=\"ranker on Vertex AI\"];\n"
                   "    gem [type=llm, label=\"Gemini on Vertex AI\"]; }\n"
                   "  train -> reg; reg -> churn; train -> ranker;\n"
                   "  app -> churn; app -> ranker; app -> gem; gem -> app;\n"
                   "}\n",
                   "reach");
  assert_true(el(ir, "churn")->facts.is_asset);
  assert_true(el(ir, "ranker")->facts.is_asset);
  assert_false(el(ir, "gem")->facts.is_asset);
  tmc_ir_free(ir);
  /* a pipeline that only calls a vendor's LLM deploys nothing there */
  ir = run(
      "digraph g {\n"
      "  subgraph cluster_int { label=\"Internal VPC\";\n"
      "    enrich [type=pipeline, label=\"Nightly enrichment pipeline\"];\n"
      "    aoai [type=llm, label=\"Azure OpenAI (gpt-4o deployment)\"]; }\n"
      "  enrich -> aoai [label=\"prompts\"]; aoai -> enrich [label=\"completions\"];\n"
      "}\n",
      "reach");
  assert_false(el(ir, "aoai")->facts.is_asset);
  tmc_ir_free(ir);
}

static void test_written_asset_wins(void **state) {
  (void)state;
  tmc_ir *ir = run("digraph g { a; s [shape=cylinder, label=\"Scratch\", asset=no];"
                   " p [label=\"Pricing rules\", asset=yes]; a -> s; a -> p; }",
                   "reach");
  assert_false(el(ir, "s")->facts.is_asset);
  assert_int_equal(el(ir, "s")->facts.asset_why.source, TMC_SOURCE_ATTRIBUTE);
  assert_string_equal(el(ir, "s")->facts.asset_why.evidence, "asset=no");
  assert_true(el(ir, "p")->facts.is_asset);
  tmc_ir_free(ir);
}

/* ---- sensitivity ------------------------------------------------------------- */

static void test_sensitivity_from_words(void **state) {
  (void)state;
  static const struct {
    const char *label;
    tmc_sensitivity want;
    const char *word;
  } cases[] = {
      {"Customer DB", TMC_SENS_CONFIDENTIAL, "customer"},
      {"orders table", TMC_SENS_CONFIDENTIAL, "orders"},
      {"Patient records (EHR)", TMC_SENS_CONFIDENTIAL, "patient"},
      {"Card vault", TMC_SENS_SECRET, "vault"},
      {"Secrets Manager", TMC_SENS_SECRET, "secrets"},
      {"API keys", TMC_SENS_SECRET, "api keys"},
      {"password store", TMC_SENS_SECRET, "password"},
      {"Audit log", TMC_SENS_INTERNAL, "log"},
      {"audit trail", TMC_SENS_INTERNAL, "audit"},
      {"Metrics", TMC_SENS_INTERNAL, "metrics"},
      {"Static images", TMC_SENS_PUBLIC, "static"},
      {"Model weights", TMC_SENS_CONFIDENTIAL, "weights"},
      /* words outside ASCII: the embedded catalog keeps their bytes
       * (cmake/embed.cmake) and they match whole */
      {"Zählerdaten (Rohwerte)", TMC_SENS_CONFIDENTIAL, "zählerdaten"},
      {"Base de données personnelles", TMC_SENS_CONFIDENTIAL, "données personnelles"},
  };
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    char dot[256];
    snprintf(dot, sizeof dot,
             "digraph g { a; s [shape=cylinder, label=\"%s\"]; a -> s; }",
             cases[i].label);
    tmc_ir *ir = run(dot, "reach");
    const tmc_element *s = el(ir, "s");
    assert_true(s->facts.is_asset);
    if (s->facts.held_sensitivity != cases[i].want)
      fail_msg("%s: sensitivity %s, want %s", cases[i].label,
               tmc_sensitivity_name(s->facts.held_sensitivity),
               tmc_sensitivity_name(cases[i].want));
    assert_int_equal(s->facts.sensitivity_why.source, TMC_SOURCE_LABEL_WORD);
    assert_string_equal(s->facts.sensitivity_why.evidence, cases[i].word);
    tmc_ir_free(ir);
  }
}

static void test_written_sensitivity_wins(void **state) {
  (void)state;
  tmc_ir *ir = run("digraph g { a;\n"
                   "  s [shape=cylinder, label=\"Public assets\", sensitivity=secret];\n"
                   "  p [shape=cylinder, label=\"Blob\", data=pii];\n"
                   "  a -> s; a -> p; }",
                   "reach");
  assert_int_equal(el(ir, "s")->facts.held_sensitivity, TMC_SENS_SECRET);
  assert_int_equal(el(ir, "s")->facts.sensitivity_why.source, TMC_SOURCE_ATTRIBUTE);
  assert_string_equal(el(ir, "s")->facts.sensitivity_why.evidence, "sensitivity=secret");
  assert_int_equal(el(ir, "p")->facts.held_sensitivity, TMC_SENS_CONFIDENTIAL);
  assert_string_equal(el(ir, "p")->facts.sensitivity_why.evidence, "data=pii");
  tmc_ir_free(ir);
}

/* ---- entry points ------------------------------------------------------------ */

static void test_entries(void **state) {
  (void)state;
  tmc_ir *ir = run("digraph g {\n"
                   "  shopper [shape=box, label=\"Shopper (mobile phone)\"];\n"
                   "  geo [shape=box, label=\"Geocoder\"];\n"
                   "  psp [shape=box, label=\"Stripe\"];\n"
                   "  llmapi [shape=box, label=\"OpenAI\"];\n"
                   "  rates [shape=box, label=\"Rates feed\"];\n"
                   "  lonely [shape=box, label=\"Auditor\"];\n"
                   "  ops [shape=box, label=\"Ops\", entry=false];\n"
                   "  edge_svc [label=\"Edge service\"];\n"
                   "  subgraph cluster_int { label=\"Internal\";\n"
                   "    app; staff [shape=box, label=\"Support staff\"]; }\n"
                   "  shopper -> edge_svc -> app; app -> geo;\n"
                   "  app -> psp; psp -> app [label=\"payment webhook\"];\n"
                   "  app -> llmapi; llmapi -> app;\n"
                   "  rates -> app; ops -> app; staff -> app; app -> edge_svc;\n"
                   "}\n",
                   "reach");
  const tmc_element *e = el(ir, "shopper");
  assert_true(e->facts.is_entry);
  assert_int_equal(e->facts.entry_why.source, TMC_SOURCE_LABEL_WORD);
  /* "shopper" is not a listed word; "mobile" and "phone" are. */
  assert_true(strcmp(e->facts.entry_why.evidence, "mobile") == 0 ||
              strcmp(e->facts.entry_why.evidence, "phone") == 0);
  /* A service the system only sends to is a dependency. */
  e = el(ir, "geo");
  assert_false(e->facts.is_entry);
  assert_int_equal(e->facts.entry_why.source, TMC_SOURCE_FLOWS);
  /* A payment provider that pushes a webhook sends data in. */
  e = el(ir, "psp");
  assert_true(e->facts.is_entry);
  assert_int_equal(e->facts.entry_why.source, TMC_SOURCE_FLOWS);
  assert_non_null(strstr(e->facts.entry_why.evidence, "webhook"));
  /* A hosted LLM API called and answering: a dependency, by its name. */
  e = el(ir, "llmapi");
  assert_false(e->facts.is_entry);
  assert_int_equal(e->facts.entry_why.source, TMC_SOURCE_LABEL_WORD);
  assert_string_equal(e->facts.entry_why.evidence, "openai");
  /* A third-party feed sends data in. */
  e = el(ir, "rates");
  assert_true(e->facts.is_entry);
  assert_string_equal(e->facts.entry_why.evidence, "feed");
  /* An external entity with no flows: an outsider still, by its kind. */
  e = el(ir, "lonely");
  assert_true(e->facts.is_entry);
  assert_int_equal(e->facts.entry_why.source, TMC_SOURCE_KIND);
  /* Written wins. */
  e = el(ir, "ops");
  assert_false(e->facts.is_entry);
  assert_int_equal(e->facts.entry_why.source, TMC_SOURCE_ATTRIBUTE);
  assert_string_equal(e->facts.entry_why.evidence, "entry=false");
  /* Outside every boundary but behind the shopper who talks to it: the
   * shopper is where the input starts, not the service. */
  e = el(ir, "edge_svc");
  assert_false(e->facts.is_entry);
  assert_int_equal(e->facts.entry_why.source, TMC_SOURCE_FLOWS);
  /* Staff inside a trusted zone stay entry points (insiders). */
  assert_true(el(ir, "staff")->facts.is_entry);
  /* Inside and not external: nothing to infer. */
  assert_false(el(ir, "app")->facts.is_entry);
  assert_int_equal(el(ir, "app")->facts.entry_why.source, TMC_SOURCE_DEFAULT);
  tmc_ir_free(ir);
}

static void test_people_words(void **state) {
  (void)state;
  const char *labels[] = {"End user",     "Customers", "Web browser", "Patient",
                          "Visitor's PC", "Admin",     "Internet"};
  for (size_t i = 0; i < sizeof labels / sizeof *labels; i++) {
    char dot[256];
    /* Each only receives: without its word it would be a dependency. */
    snprintf(dot, sizeof dot, "digraph g { a; x [shape=box, label=\"%s\"]; a -> x; }",
             labels[i]);
    tmc_ir *ir = run(dot, "reach");
    const tmc_element *x = el(ir, "x");
    if (!x->facts.is_entry)
      fail_msg("'%s' is not an entry point", labels[i]);
    assert_int_equal(x->facts.entry_why.source, TMC_SOURCE_LABEL_WORD);
    tmc_ir_free(ir);
  }
}

/* Staff who record labels or verdicts, even a vendor's (an outsourced
 * moderation shift, a crowd labelling workforce): people, so a way in,
 * though the vendor word alone would make a service the system calls.
 * They get tasks from a queue and write verdicts back. */
static void test_verdict_staff_are_people(void **state) {
  (void)state;
  const char *labels[] = {
      "Content reviewers\n(vendor)",           "Crowd workers\n(labelling vendor)",
      "Claims adjusters\n(outsourced vendor)", "Image taggers (vendor)",
      "Moderator (vendor, night shift)",       "Labelers (vendor)"};
  for (size_t i = 0; i < sizeof labels / sizeof *labels; i++) {
    char dot[512];
    snprintf(dot, sizeof dot,
             "digraph g { subgraph cluster_p { label=\"Prod\"; q [shape=cylinder, "
             "label=\"Task queue\"]; v [shape=cylinder, label=\"Verdicts table\"]; }\n"
             " x [shape=ellipse, label=\"%s\"]; q -> x [label=\"tasks\"];"
             " x -> v [label=\"keep / remove\"]; }",
             labels[i]);
    tmc_ir *ir = run(dot, "reach");
    const tmc_element *x = el(ir, "x");
    if (x->kind != TMC_KIND_EXTERNAL)
      fail_msg("'%s' is a %s", labels[i], tmc_kind_name(x->kind));
    if (!x->facts.is_entry)
      fail_msg("'%s' is not an entry point", labels[i]);
    assert_int_equal(x->facts.entry_why.source, TMC_SOURCE_LABEL_WORD);
    tmc_ir_free(ir);
  }
}

/* A serving endpoint that loads its weights from a registry the drawn model
 * registers in serves that model: the model is the asset, not the endpoint
 * (a churn classifier logged to MLflow, promoted to a KServe endpoint).
 * Where the registry's versions come from a trainer and no model is drawn,
 * the endpoint stands for the model (or is read as it) and stays an asset. */
static void test_endpoint_behind_drawn_model(void **state) {
  (void)state;
  tmc_ir *ir = run("digraph g { subgraph cluster_ml { label=\"ml-prod account\";\n"
                   "  train [label=\"weekly retrain (Kubeflow)\"];\n"
                   "  m [shape=box3d, label=\"fraud model v3\"];\n"
                   "  reg [shape=folder, label=\"W&B model registry\"];\n"
                   "  ep [label=\"fraud scoring endpoint\\n(Seldon)\"];\n"
                   "  app [label=\"Checkout service\"]; }\n"
                   "  train -> m; m -> reg [label=\"log checkpoint\"];\n"
                   "  reg -> ep [label=\"deploy\"]; app -> ep [label=\"score(txn)\"];\n"
                   "  ep -> app [label=\"risk\"]; }\n",
                   "facts");
  assert_true(el(ir, "m")->facts.is_asset);
  assert_false(el(ir, "ep")->facts.hosts_model);
  assert_false(el(ir, "ep")->facts.is_asset);
  tmc_ir_free(ir);
  /* Variant: no model drawn, the trainer writes the registry itself. */
  ir = run("digraph g { subgraph cluster_ml { label=\"ML platform\";\n"
           "  fit [label=\"Nightly refit\"];\n"
           "  reg [label=\"MLflow model registry\", shape=cylinder];\n"
           "  ep [label=\"Churn scoring endpoint (KServe)\"];\n"
           "  ui [label=\"Retention dashboard\"]; }\n"
           "  fit -> reg [label=\"register\"]; reg -> ep [label=\"promote\"];\n"
           "  ui -> ep [label=\"score(account)\"]; ep -> ui; }\n",
           "facts");
  assert_true(el(ir, "ep")->facts.is_asset);
  tmc_ir_free(ir);
}

/* Where input starts among components (not outsiders): a front-end
 * technology nothing is drawn in front of is a public endpoint, zones or not;
 * a component drawn outside the zones is an entry only when it sends
 * something in and nothing outside talks to it first. */
static void test_public_endpoints(void **state) {
  (void)state;
  tmc_ir *ir = run("digraph g {\n"
                   "  lb [label=\"Edge load balancer\"];\n"
                   "  web [label=\"Storefront web app\"];\n"
                   "  cdn [label=\"Cloudflare CDN\"];\n"
                   "  user [shape=box, label=\"Visitor\"];\n"
                   "  sync [label=\"Partner sync job\"];\n"
                   "  idle [label=\"Report printer\"];\n"
                   "  behind [label=\"Checkout service\"];\n"
                   "  subgraph cluster_dc { label=\"Data centre\";\n"
                   "    api [label=\"Orders API gateway\"]; core [label=\"Core\"];\n"
                   "    db [shape=cylinder]; }\n"
                   "  lb -> core; user -> cdn -> web -> core; sync -> db;\n"
                   "  user -> behind -> core; core -> db; api -> core;\n"
                   "}\n",
                   "reach");
  const tmc_element *e = el(ir, "lb");
  assert_true(e->facts.is_entry);
  assert_int_equal(e->facts.entry_why.source, TMC_SOURCE_FLOWS);
  assert_non_null(strstr(e->facts.entry_why.evidence, "load_balancer"));
  /* An API gateway inside a zone with nothing in front: public too. */
  assert_true(el(ir, "api")->facts.is_entry);
  /* The CDN has the visitor in front of it, the web app the CDN. */
  assert_false(el(ir, "cdn")->facts.is_entry);
  assert_false(el(ir, "web")->facts.is_entry);
  assert_true(el(ir, "user")->facts.is_entry);
  /* Outside, sending in, nothing in front: where input starts. */
  e = el(ir, "sync");
  assert_true(e->facts.is_entry);
  assert_int_equal(e->facts.entry_why.source, TMC_SOURCE_ZONE);
  /* Outside but sending nothing, or behind an outsider: not entries. */
  assert_false(el(ir, "idle")->facts.is_entry);
  assert_false(el(ir, "behind")->facts.is_entry);
  assert_false(el(ir, "core")->facts.is_entry);
  tmc_ir_free(ir);
}

/* "Outside every boundary" means something only on a page that draws
 * boundaries: a page without any says nothing about its components. */
static void test_outside_is_per_page(void **state) {
  (void)state;
  tmc_ir *ir = run_file(
      "t.drawio",
      "<mxfile><diagram name=\"zones\"><mxGraphModel><root>"
      "<mxCell id=\"0\"/><mxCell id=\"1\" parent=\"0\"/>"
      "<mxCell id=\"z\" value=\"Private network\" style=\"rounded=0;dashed=1;\" "
      "vertex=\"1\" parent=\"1\"><mxGeometry x=\"300\" y=\"0\" width=\"300\" "
      "height=\"300\" as=\"geometry\"/></mxCell>"
      "<mxCell id=\"in\" value=\"Billing\" style=\"ellipse\" vertex=\"1\" "
      "parent=\"1\"><mxGeometry x=\"350\" y=\"50\" width=\"80\" height=\"80\" "
      "as=\"geometry\"/></mxCell>"
      "<mxCell id=\"out\" value=\"Ledger import\" style=\"ellipse\" vertex=\"1\" "
      "parent=\"1\"><mxGeometry x=\"0\" y=\"50\" width=\"80\" height=\"80\" "
      "as=\"geometry\"/></mxCell>"
      "<mxCell id=\"e1\" edge=\"1\" source=\"out\" target=\"in\" parent=\"1\">"
      "<mxGeometry relative=\"1\" as=\"geometry\"/></mxCell>"
      "</root></mxGraphModel></diagram>"
      "<diagram name=\"plain\"><mxGraphModel><root>"
      "<mxCell id=\"p0\"/><mxCell id=\"p1\" parent=\"p0\"/>"
      "<mxCell id=\"a\" value=\"Scheduler\" style=\"ellipse\" vertex=\"1\" "
      "parent=\"p1\"><mxGeometry x=\"0\" y=\"0\" width=\"80\" height=\"80\" "
      "as=\"geometry\"/></mxCell>"
      "<mxCell id=\"b\" value=\"Mailer\" style=\"ellipse\" vertex=\"1\" "
      "parent=\"p1\"><mxGeometry x=\"200\" y=\"0\" width=\"80\" height=\"80\" "
      "as=\"geometry\"/></mxCell>"
      "<mxCell id=\"e2\" edge=\"1\" source=\"a\" target=\"b\" parent=\"p1\">"
      "<mxGeometry relative=\"1\" as=\"geometry\"/></mxCell>"
      "</root></mxGraphModel></diagram></mxfile>",
      "reach");
  assert_true(tmc_ir_find_element(ir, 0, "out") != TMC_NONE);
  assert_true(ir->elements[tmc_ir_find_element(ir, 0, "out")].facts.is_entry);
  assert_false(ir->elements[tmc_ir_find_element(ir, 0, "in")].facts.is_entry);
  assert_false(ir->elements[tmc_ir_find_element(ir, 1, "a")].facts.is_entry);
  tmc_ir_free(ir);
}

/* A box drawn only by default (no zone word, no boundary style, no
 * generator's convention: an abstract Graphviz cluster, an unnamed panel)
 * does not make the rest of its page "outside": a component beside it is
 * not an entry point for being there. A dashed cluster is the DFD notation
 * for a trust boundary and does. */
static void test_outside_needs_a_zone(void **state) {
  (void)state;
  tmc_ir *ir = run("digraph g {\n"
                   "  subgraph cluster_w { label=\"Workers\"; w1; w2; }\n"
                   "  kicker [label=\"Cron kicker\"]; kicker -> w1 -> w2;\n"
                   "}\n",
                   "reach");
  const tmc_element *e = el(ir, "kicker");
  assert_false(e->facts.is_entry);
  assert_int_equal(e->facts.entry_why.source, TMC_SOURCE_DEFAULT);
  assert_int_equal(ir->boundaries[0].zone_source, TMC_SOURCE_DEFAULT);
  tmc_ir_free(ir);
  ir = run(
      "digraph g {\n"
      "  subgraph cluster_w { label=\"Workers\"; style=\"rounded,dashed\"; w1; w2; }\n"
      "  kicker [label=\"Cron kicker\"]; kicker -> w1 -> w2;\n"
      "}\n",
      "reach");
  assert_int_equal(ir->boundaries[0].zone_source, TMC_SOURCE_STYLE);
  assert_string_equal(ir->boundaries[0].zone_evidence, "dashed outline");
  e = el(ir, "kicker");
  assert_true(e->facts.is_entry);
  assert_int_equal(e->facts.entry_why.source, TMC_SOURCE_ZONE);
  tmc_ir_free(ir);
  /* draw.io: a plain unnamed panel holding a title and a key, cards beside
   * it with two-way lines between them. */
  ir =
      run_file("t.drawio",
               "<mxfile><diagram name=\"overview\"><mxGraphModel><root>"
               "<mxCell id=\"0\"/><mxCell id=\"1\" parent=\"0\"/>"
               "<mxCell id=\"hdr\" value=\"\" style=\"rounded=0;fillColor=#eeeeee;\" "
               "vertex=\"1\" parent=\"1\"><mxGeometry x=\"0\" y=\"0\" width=\"600\" "
               "height=\"100\" as=\"geometry\"/></mxCell>"
               "<mxCell id=\"k1\" value=\"Ordering\" style=\"rounded=1;\" vertex=\"1\" "
               "parent=\"hdr\"><mxGeometry x=\"10\" y=\"10\" width=\"80\" height=\"40\" "
               "as=\"geometry\"/></mxCell>"
               "<mxCell id=\"k2\" value=\"Billing\" style=\"rounded=1;\" vertex=\"1\" "
               "parent=\"hdr\"><mxGeometry x=\"110\" y=\"10\" width=\"80\" height=\"40\" "
               "as=\"geometry\"/></mxCell>"
               "<mxCell id=\"a\" value=\"Fulfilment\" style=\"rounded=1;\" vertex=\"1\" "
               "parent=\"1\"><mxGeometry x=\"0\" y=\"200\" width=\"120\" height=\"80\" "
               "as=\"geometry\"/></mxCell>"
               "<mxCell id=\"b\" value=\"Invoicing\" style=\"rounded=1;\" vertex=\"1\" "
               "parent=\"1\"><mxGeometry x=\"300\" y=\"200\" width=\"120\" height=\"80\" "
               "as=\"geometry\"/></mxCell>"
               "<mxCell id=\"e\" edge=\"1\" source=\"a\" target=\"b\" parent=\"1\" "
               "style=\"startArrow=classic;\"><mxGeometry relative=\"1\" "
               "as=\"geometry\"/></mxCell>"
               "</root></mxGraphModel></diagram></mxfile>",
               "reach");
  assert_false(ir->elements[tmc_ir_find_element(ir, 0, "a")].facts.is_entry);
  assert_false(ir->elements[tmc_ir_find_element(ir, 0, "b")].facts.is_entry);
  tmc_ir_free(ir);
}

/* A queue or stream that nothing drawn writes to and the system reads
 * carries messages from producers outside the drawing: an entry point,
 * with or without zones. One that the system fills is not, nor is a store
 * of another technology nothing writes to (a config table, a vault). */
static void test_unfed_streams_are_entries(void **state) {
  (void)state;
  tmc_ir *ir = run("digraph g {\n"
                   "  topic [label=\"Kinesis clickstream\"];\n"
                   "  jobs [label=\"RabbitMQ job queue\"];\n"
                   "  out [label=\"SQS outbox queue\"];\n"
                   "  cfg [shape=cylinder, label=\"Settings table\"];\n"
                   "  keys [label=\"Secrets Manager\"];\n"
                   "  worker [label=\"Worker\"];\n"
                   "  topic -> worker; jobs -> worker; worker -> out;\n"
                   "  cfg -> worker; keys -> worker;\n"
                   "}\n",
                   "reach");
  const tmc_element *e = el(ir, "topic");
  assert_true(e->facts.is_entry);
  assert_int_equal(e->facts.entry_why.source, TMC_SOURCE_FLOWS);
  assert_string_equal(e->facts.entry_why.evidence,
                      "a stream nothing drawn writes to, read by the system");
  assert_true(e->facts.is_asset); /* still a store worth protecting */
  assert_true(el(ir, "jobs")->facts.is_entry);
  assert_false(el(ir, "out")->facts.is_entry);
  assert_false(el(ir, "cfg")->facts.is_entry);
  assert_false(el(ir, "keys")->facts.is_entry);
  tmc_ir_free(ir);
}

/* Devices and client apps drawn as components (a pytm process circle, a
 * card) are where input starts when nothing is drawn in front of them,
 * inside a zone or not; one a person uses, or nothing outside feeds, is
 * behind its user. */
static void test_devices_and_client_apps_are_entries(void **state) {
  (void)state;
  tmc_ir *ir = run("digraph g {\n"
                   "  subgraph cluster_car { label=\"Inside the vehicle\";\n"
                   "    car [shape=doublecircle, label=\"Connected vehicle\"];\n"
                   "    meter [shape=circle, label=\"Smart meter\"];\n"
                   "    phone [shape=box, label=\"Driver phone\"];\n"
                   "    app [shape=circle, label=\"Fleet Mobile\"]; }\n"
                   "  subgraph cluster_dc { label=\"Data centre\";\n"
                   "    api [shape=circle, label=\"Telemetry service\"];\n"
                   "    db [shape=cylinder, label=\"Trips\"]; }\n"
                   "  car -> api; meter -> api; phone -> app -> api; api -> db;\n"
                   "}\n",
                   "reach");
  const tmc_element *e = el(ir, "car");
  assert_int_equal(e->kind, TMC_KIND_PROCESS); /* the circle stays a process */
  assert_int_equal(e->tech, TMC_TECH_IOT_DEVICE);
  assert_true(e->facts.is_entry);
  assert_int_equal(e->facts.entry_why.source, TMC_SOURCE_FLOWS);
  assert_true(el(ir, "meter")->facts.is_entry);
  /* A mobile app drawn as a process circle is a process, behind its user. */
  e = el(ir, "app");
  assert_int_equal(e->kind, TMC_KIND_PROCESS);
  assert_int_equal(e->tech, TMC_TECH_MOBILE_APP);
  assert_false(e->facts.is_entry);
  assert_true(el(ir, "phone")->facts.is_entry);
  assert_false(el(ir, "api")->facts.is_entry);
  tmc_ir_free(ir);

  /* A store named after devices holds what they sent: it is not one of
     them, and nothing drawn writing it does not make it a way in. */
  ir = run("digraph g {\n"
           "  hist [shape=cylinder, label=\"Sensor history\"];\n"
           "  cams [type=data_store, label=\"Camera footage archive\"];\n"
           "  job [label=\"Nightly forecast\"];\n"
           "  hist -> job; cams -> job;\n"
           "}\n",
           "reach");
  assert_false(el(ir, "hist")->facts.is_entry);
  assert_false(el(ir, "cams")->facts.is_entry);
  tmc_ir_free(ir);
}

/* A model named after a public model runs third-party weights: it plays
 * the third_party role by its label word (provenance, which
 * third_party_upstream follows), and a self-hosted one stays an asset. A
 * model with no such name, and a service whose name only shares the word,
 * do not. */
static void test_public_models_are_third_party(void **state) {
  (void)state;
  tmc_ir *ir = run("digraph g {\n"
                   "  subgraph cluster_gpu { label=\"GPU subnet\";\n"
                   "    mis [type=llm, label=\"Mistral 7B (vLLM)\"];\n"
                   "    enc [type=model, label=\"BERT-base encoder\"];\n"
                   "    own [type=model, label=\"Churn classifier v7\"];\n"
                   "    app [label=\"Whisper transcript service\"]; }\n"
                   "  app -> mis; app -> enc; app -> own;\n"
                   "}\n",
                   "roles");
  const tmc_element *e = el(ir, "mis");
  assert_true(TMC_ROLESET_HAS(e->roles, TMC_ROLE_THIRD_PARTY));
  assert_int_equal(e->role_why[TMC_ROLE_THIRD_PARTY].source, TMC_SOURCE_LABEL_WORD);
  assert_string_equal(e->role_why[TMC_ROLE_THIRD_PARTY].evidence, "mistral 7b");
  assert_true(e->facts.is_asset);
  assert_false(e->third_party); /* source= is the author's to write */
  assert_true(TMC_ROLESET_HAS(el(ir, "enc")->roles, TMC_ROLE_THIRD_PARTY));
  assert_false(TMC_ROLESET_HAS(el(ir, "own")->roles, TMC_ROLE_THIRD_PARTY));
  assert_false(TMC_ROLESET_HAS(el(ir, "app")->roles, TMC_ROLE_THIRD_PARTY));
  tmc_ir_free(ir);
}

/* ---- what paths make of it --------------------------------------------------- */

static int impact_to(const char *store_attrs) {
  char dot[512];
  snprintf(dot, sizeof dot,
           "digraph g { u [shape=box, label=\"User\"]; a [label=\"App\"];"
           " s [shape=cylinder, %s]; u -> a -> s; }",
           store_attrs);
  tmc_ir *ir = run(dot, NULL);
  int impact = -1;
  for (uint32_t i = 0; i < ir->n_paths; i++)
    if (ir->paths[i].asset == tmc_ir_find_element(ir, 0, "s") &&
        (!ir->paths[i].chain || strcmp(ir->paths[i].chain, "steal credentials") == 0))
      impact = ir->paths[i].impact;
  tmc_ir_free(ir);
  return impact;
}

static void test_inferred_impact(void **state) {
  (void)state;
  assert_int_equal(impact_to("label=\"Blob\""), 3); /* unknown: medium */
  assert_int_equal(impact_to("label=\"Blob\", sensitivity=public"),
                   2);                                        /* below unknown */
  assert_int_equal(impact_to("label=\"Customer DB\""), 3);    /* guessed confidential */
  assert_int_equal(impact_to("label=\"Blob\", data=pii"), 4); /* written confidential */
  assert_int_equal(impact_to("label=\"Secrets\""), 4);        /* guessed secret */
  assert_int_equal(impact_to("label=\"Blob\", sensitivity=secret"), 5);
}

/* A page that draws the system and its channels but nobody outside: the
 * channels (a shop, a web app, a client app) are where outsiders come in,
 * whatever part of the system writes to them. A backend or a recommender
 * feeding the shop is behind it, not in front; only something nearer the
 * outside (a person, an outsider, a less trusted zone, a public endpoint)
 * puts a channel behind it. On a page that does draw a way in, any flow
 * from something as trusted still puts a channel behind it. */
static void test_channels_of_a_page_with_no_way_in(void **state) {
  (void)state;
  /* DOT, one-way flows from the system into the shop. */
  tmc_ir *ir = run("digraph g {\n"
                   "  recs [label=\"Recommendations\"];\n"
                   "  cart [label=\"Shopping basket\"];\n"
                   "  mail [label=\"Newsletter sender\"];\n"
                   "  db [shape=cylinder, label=\"Orders\"];\n"
                   "  recs -> cart; recs -> mail; cart -> db;\n"
                   "}\n",
                   "reach");
  const tmc_element *e = el(ir, "cart");
  assert_int_equal(e->tech, TMC_TECH_WEB_APPLICATION);
  assert_true(e->facts.is_entry);
  assert_int_equal(e->facts.entry_why.source, TMC_SOURCE_FLOWS);
  assert_non_null(strstr(e->facts.entry_why.evidence, "no other way in"));
  assert_false(el(ir, "recs")->facts.is_entry);
  assert_false(el(ir, "mail")->facts.is_entry);
  tmc_ir_free(ir);
  /* The same with a shopper drawn: the page has a way in, and the basket
   * the recommender feeds stays behind it. */
  ir = run("digraph g {\n"
           "  shopper [shape=box, label=\"Shopper\"];\n"
           "  recs [label=\"Recommendations\"];\n"
           "  cart [label=\"Shopping basket\"];\n"
           "  db [shape=cylinder, label=\"Orders\"];\n"
           "  shopper -> recs; recs -> cart; cart -> db;\n"
           "}\n",
           "reach");
  assert_true(el(ir, "shopper")->facts.is_entry);
  assert_false(el(ir, "cart")->facts.is_entry);
  tmc_ir_free(ir);
  /* A CDN in front of the web app is nearer the outside: the CDN is the
   * way in, the web app behind it, with nobody drawn outside either. */
  ir = run("digraph g {\n"
           "  cdn [label=\"Akamai edge\"]; web [label=\"Booking website\"];\n"
           "  db [shape=cylinder, label=\"Bookings\"]; cdn -> web -> db;\n"
           "}\n",
           "reach");
  assert_true(el(ir, "cdn")->facts.is_entry);
  assert_false(el(ir, "web")->facts.is_entry);
  tmc_ir_free(ir);
  /* draw.io rounded cards with two-way lines to the stores, drawn from the
   * cards: the shop card ("Commerce") is the way in, its neighbours are not. */
  ir = run_file(
      "t.drawio",
      "<mxfile><diagram name=\"capabilities\"><mxGraphModel><root>"
      "<mxCell id=\"0\"/><mxCell id=\"1\" parent=\"0\"/>"
      "<mxCell id=\"shop\" value=\"Commerce\" style=\"rounded=1;whiteSpace=wrap;\" "
      "vertex=\"1\" parent=\"1\"><mxGeometry x=\"0\" y=\"0\" width=\"120\" "
      "height=\"80\" as=\"geometry\"/></mxCell>"
      "<mxCell id=\"mkt\" value=\"Marketing\" style=\"rounded=1;whiteSpace=wrap;\" "
      "vertex=\"1\" parent=\"1\"><mxGeometry x=\"200\" y=\"0\" width=\"120\" "
      "height=\"80\" as=\"geometry\"/></mxCell>"
      "<mxCell id=\"crm\" value=\"CRM\" style=\"rounded=1;whiteSpace=wrap;\" "
      "vertex=\"1\" parent=\"1\"><mxGeometry x=\"400\" y=\"0\" width=\"120\" "
      "height=\"80\" as=\"geometry\"/></mxCell>"
      "<mxCell id=\"cust\" value=\"Customers\" style=\"shape=cylinder3;\" "
      "vertex=\"1\" parent=\"1\"><mxGeometry x=\"200\" y=\"200\" width=\"80\" "
      "height=\"80\" as=\"geometry\"/></mxCell>"
      "<mxCell id=\"e1\" edge=\"1\" source=\"shop\" target=\"cust\" parent=\"1\" "
      "style=\"startArrow=classic;\"><mxGeometry relative=\"1\" as=\"geometry\"/>"
      "</mxCell>"
      "<mxCell id=\"e2\" edge=\"1\" source=\"mkt\" target=\"cust\" parent=\"1\" "
      "style=\"startArrow=classic;\"><mxGeometry relative=\"1\" as=\"geometry\"/>"
      "</mxCell>"
      "<mxCell id=\"e3\" edge=\"1\" source=\"cust\" target=\"crm\" parent=\"1\">"
      "<mxGeometry relative=\"1\" as=\"geometry\"/></mxCell>"
      "</root></mxGraphModel></diagram></mxfile>",
      "reach");
  const tmc_element *shop = &ir->elements[tmc_ir_find_element(ir, 0, "shop")];
  assert_int_equal(shop->tech, TMC_TECH_WEB_APPLICATION);
  assert_true(shop->facts.is_entry);
  assert_false(ir->elements[tmc_ir_find_element(ir, 0, "mkt")].facts.is_entry);
  assert_false(ir->elements[tmc_ir_find_element(ir, 0, "crm")].facts.is_entry);
  assert_true(ir->elements[tmc_ir_find_element(ir, 0, "cust")].facts.is_asset);
  tmc_ir_free(ir);
}

/* A device the system only sends to (a phone that gets text messages, a
 * wearable that shows alerts) is where output ends, not where input starts;
 * the same device sending something in, or a device a people word says
 * whose it is, stays an entry point. */
static void test_devices_that_only_receive(void **state) {
  (void)state;
  static const struct {
    const char *label;
    bool sends, entry;
  } cases[] = {
      {"Phone", false, false},
      {"Wearable", false, false},
      {"Delivery vehicle", false, false},
      {"Phone", true, true},
      {"IoT sensor", true, true},
      {"Customer phone", false, true},
      {"Support staff", false, true},
  };
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    char dot[256];
    snprintf(dot, sizeof dot,
             "digraph g { subgraph cluster_dc { label=\"Data centre\"; a; }\n"
             "  x [shape=box, label=\"%s\"]; a -> x; %s }",
             cases[i].label, cases[i].sends ? "x -> a;" : "");
    tmc_ir *ir = run(dot, "reach");
    const tmc_element *x = el(ir, "x");
    if (x->facts.is_entry != cases[i].entry)
      fail_msg("'%s' (%s): entry %d, want %d", cases[i].label,
               cases[i].sends ? "sends" : "only receives", x->facts.is_entry,
               cases[i].entry);
    if (!cases[i].entry) {
      assert_int_equal(x->facts.entry_why.source, TMC_SOURCE_FLOWS);
      assert_non_null(strstr(x->facts.entry_why.evidence, "only receives"));
    }
    tmc_ir_free(ir);
  }
}

/* A dataset others publish (a public web-scale index, a vendor's corpus)
 * that nothing drawn writes to and the system reads sends data in: an entry
 * point, still an asset. The company's own dataset, or one the system
 * writes, is not. */
static void test_published_datasets_are_entries(void **state) {
  (void)state;
  static const struct {
    const char *label;
    bool written, entry;
  } cases[] = {
      {"Public URL + caption index (web-scale dataset)", false, true},
      {"Third-party image dataset", false, true},
      {"Common Crawl snapshot", false, true},
      {"Curated training set", false, false},
      {"Public benchmark dataset", true, false},
  };
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    char dot[300];
    snprintf(dot, sizeof dot,
             "digraph g { x [label=\"%s\"]; job [label=\"Download job\"];\n"
             "  x -> job; %s }",
             cases[i].label, cases[i].written ? "w [label=\"Writer\"]; w -> x;" : "");
    tmc_ir *ir = run(dot, "reach");
    const tmc_element *x = el(ir, "x");
    assert_int_equal(x->kind, TMC_KIND_DATASET);
    assert_true(x->facts.is_asset);
    if (x->facts.is_entry != cases[i].entry)
      fail_msg("'%s': entry %d, want %d", cases[i].label, x->facts.is_entry,
               cases[i].entry);
    if (cases[i].entry)
      assert_non_null(strstr(x->facts.entry_why.evidence, "others publish"));
    tmc_ir_free(ir);
  }
}

/* An agent's tool another party runs hands the agent outsider text: an
 * entry point, whether its zone says so (a partner zone a perimeter word made
 * trust 1, an "External MCP servers" box) or its own name does; not the
 * company's own tools, and not one that only takes calls. A data store drawn
 * outside that only the system writes and reads back (a SaaS CRM) is a
 * service it calls, not a source; one nobody drawn writes still sends in. */
static void test_third_party_tools_are_entries(void **state) {
  (void)state;
  static const struct {
    const char *zone, *tool;
    bool answers, entry;
  } cases[] = {
      {"partner plugins (third party, hosted by them)", "StayFix rebooking plugin", true,
       true},
      {"External MCP servers", "weather_lookup", true, true},
      {"Integrations", "Third-party FX rates plugin", true, true},
      {"our tools", "issue_refund plugin", true, false},
      {"partner plugins (third party, hosted by them)", "Audit sink plugin", false,
       false},
  };
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    char dot[800];
    snprintf(dot, sizeof dot,
             "digraph g {\n"
             "  u [label=\"Customer\", shape=ellipse];\n"
             "  subgraph cluster_sys { label=\"Corp VPC\";\n"
             "    rt [label=\"agent runtime\"]; }\n"
             "  subgraph cluster_t { label=\"%s\"; t [label=\"%s\", type=agent_tool]; }\n"
             "  m [label=\"GPT-4o\", type=llm];\n"
             "  u -> rt; rt -> m; m -> rt; rt -> t; %s }",
             cases[i].zone, cases[i].tool, cases[i].answers ? "t -> rt;" : "");
    tmc_ir *ir = run(dot, "reach");
    const tmc_element *t = el(ir, "t");
    if (t->facts.is_entry != cases[i].entry)
      fail_msg("'%s' in '%s': entry %d, want %d", cases[i].tool, cases[i].zone,
               t->facts.is_entry, cases[i].entry);
    if (cases[i].entry)
      assert_true(strstr(t->facts.entry_why.evidence, "another party") ||
                  t->facts.entry_why.source == TMC_SOURCE_LABEL_WORD);
    tmc_ir_free(ir);
  }

  static const struct {
    const char *store;
    bool system_writes, entry;
  } stores[] = {
      {"Salesforce Service Cloud (cases, bookings)", true, false},
      {"HubSpot contact records", true, false},
      {"Partner drop bucket", false, true},
  };
  for (size_t i = 0; i < sizeof stores / sizeof *stores; i++) {
    char dot[600];
    snprintf(dot, sizeof dot,
             "digraph g {\n"
             "  u [label=\"Customer\", shape=ellipse];\n"
             "  subgraph cluster_sys { label=\"Corp VPC\";\n"
             "    api [label=\"Case service\"]; }\n"
             "  s [label=\"%s\", shape=cylinder];\n"
             "  u -> api; s -> api; %s }",
             stores[i].store, stores[i].system_writes ? "api -> s;" : "");
    tmc_ir *ir = run(dot, "reach");
    const tmc_element *x = el(ir, "s");
    if (x->facts.is_entry != stores[i].entry)
      fail_msg("'%s': entry %d, want %d", stores[i].store, x->facts.is_entry,
               stores[i].entry);
    assert_true(x->facts.is_asset);
    tmc_ir_free(ir);
  }
}

/* An outsider that writes into a step taking in what outsiders send ("Label
 * import", "Repo indexer") sends data in, even when its name says it is a
 * vendor the system also sends work to; a company named by its legal form
 * ("Annotation Co.", "Scan GmbH") is outside. A vendor that only answers the
 * system's calls stays a dependency. */
static void test_outsiders_feeding_an_intake(void **state) {
  (void)state;
  static const struct {
    const char *vendor, *step;
    bool entry;
  } cases[] = {
      {"Annotation Co.\\n(offshore labelling vendor)", "label import", true},
      {"Scan GmbH (vendor)", "Nightly document indexer", true},
      {"Rates vendor", "Feed ingester", true},
      {"Labelling vendor", "Exporter", false},
  };
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    char dot[400];
    snprintf(dot, sizeof dot,
             "digraph g { v [shape=oval, label=\"%s\"];\n"
             "  subgraph cluster_dc { label=\"Data centre\";\n"
             "    out [label=\"Batch sampler\"]; in [label=\"%s\"]; }\n"
             "  out -> v [label=\"batches\"]; v -> in [label=\"results.json\"]; }",
             cases[i].vendor, cases[i].step);
    tmc_ir *ir = run(dot, "reach");
    const tmc_element *v = el(ir, "v");
    assert_int_equal(v->kind, TMC_KIND_EXTERNAL);
    if (v->facts.is_entry != cases[i].entry)
      fail_msg("'%s' -> '%s': entry %d, want %d", cases[i].vendor, cases[i].step,
               v->facts.is_entry, cases[i].entry);
    if (cases[i].entry) {
      assert_int_equal(v->facts.entry_why.source, TMC_SOURCE_FLOWS);
      assert_non_null(strstr(v->facts.entry_why.evidence, "takes in"));
    }
    tmc_ir_free(ir);
  }
}

/* A compute icon (a VM, a container, a function) named by what runs on it,
 * a web front end ("Browsing Compute Engine"), is a public endpoint when
 * nothing is drawn in front of it; one named for other work, or with its
 * users drawn in front, is not. The pages a shop's customers step through
 * ("Checkout", "Basket") are web front ends by their head noun; a
 * "Checkout service" is a backend. */
static void test_front_ends_named_by_what_they_do(void **state) {
  (void)state;
  static const struct {
    const char *label, *tech;
    bool fronted, entry;
  } cases[] = {
      {"Browsing", "vm", false, true},
      {"Storefront container", "container", false, true},
      {"Catalogue browsing function", "serverless_function", false, true},
      {"Outreach", "container", false, false},
      {"Browsing", "vm", true, false},
      {"Checkout", NULL, false, true},
      {"Basket", NULL, false, true},
      {"Checkout service", NULL, false, false},
  };
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    char dot[400], tech[64] = "";
    if (cases[i].tech)
      snprintf(tech, sizeof tech, ", tech=%s", cases[i].tech);
    snprintf(dot, sizeof dot,
             "digraph g { subgraph cluster_p { label=\"Project\";\n"
             "  x [label=\"%s\"%s]; api [label=\"Orders API\"];\n"
             "  db [shape=cylinder, label=\"Orders\"]; }\n"
             "  %s x -> api -> db; }",
             cases[i].label, tech,
             cases[i].fronted ? "u [shape=box, label=\"Shopper\"]; u -> x;" : "");
    tmc_ir *ir = run(dot, "reach");
    const tmc_element *x = el(ir, "x");
    if (x->facts.is_entry != cases[i].entry)
      fail_msg("'%s' (%s%s): entry %d, want %d", cases[i].label,
               cases[i].tech ? cases[i].tech : "no tech",
               cases[i].fronted ? ", a shopper in front" : "", x->facts.is_entry,
               cases[i].entry);
    if (cases[i].entry) {
      assert_int_equal(x->facts.entry_why.source, TMC_SOURCE_FLOWS);
      assert_non_null(strstr(x->facts.entry_why.evidence, "public endpoint"));
    }
    tmc_ir_free(ir);
  }
}

/* A one-word label that is nothing but a generic head noun ("API", "App")
 * on a library icon says less than the icon: AWS's External SDK icon is an
 * outside caller, its mobile client icon a device. A longer name ("Billing
 * API") is the head noun's again. */
static void test_bare_labels_on_icons(void **state) {
  (void)state;
  static const struct {
    const char *label, *icon;
    tmc_kind kind;
  } cases[] = {
      {"API", "mxgraph.aws4.external_sdk", TMC_KIND_EXTERNAL},
      {" App ", "mxgraph.aws4.mobile_client", TMC_KIND_EXTERNAL},
      {"Billing API", "mxgraph.aws4.external_sdk", TMC_KIND_PROCESS},
  };
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    char xml[800];
    snprintf(xml, sizeof xml,
             "<mxfile><diagram name=\"p\"><mxGraphModel><root>"
             "<mxCell id=\"0\"/><mxCell id=\"1\" parent=\"0\"/>"
             "<mxCell id=\"x\" value=\"%s\" style=\"shape=%s;html=1;\" vertex=\"1\" "
             "parent=\"1\"><mxGeometry x=\"0\" y=\"0\" width=\"40\" height=\"40\" "
             "as=\"geometry\"/></mxCell>"
             "</root></mxGraphModel></diagram></mxfile>",
             cases[i].label, cases[i].icon);
    tmc_ir *ir = run_file("t.drawio", xml, "reach");
    const tmc_element *x = el(ir, "x");
    if (x->kind != cases[i].kind)
      fail_msg("'%s' on %s: %s, want %s", cases[i].label, cases[i].icon,
               tmc_kind_name(x->kind), tmc_kind_name(cases[i].kind));
    tmc_ir_free(ir);
  }
}

/* What a reader calls data is an asset however it is drawn (a DOT ellipse,
 * a box): a system's backups, exports and dumps, the scans and recordings
 * people's records hold; a step that makes an export ("Customer CSV
 * export", its head singular) is a process. */
static void test_held_data_are_assets(void **state) {
  (void)state;
  static const struct {
    const char *label;
    bool asset;
  } cases[] = {
      {"Backups", true},         {"Nightly exports", true},
      {"Postgres dump", true},   {"Call recordings", true},
      {"MRI scans", true},       {"Audit trail", true},
      {"CCTV footage", true},    {"Customer CSV export", false},
      {"Backup service", false},
  };
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    char dot[256];
    snprintf(dot, sizeof dot,
             "digraph g { subgraph cluster_dc { label=\"Data centre\";\n"
             "  app [label=\"App\"]; x [label=\"%s\"]; } app -> x; }",
             cases[i].label);
    tmc_ir *ir = run(dot, "reach");
    const tmc_element *x = el(ir, "x");
    if (x->facts.is_asset != cases[i].asset)
      fail_msg("'%s': %s, asset %d, want %d", cases[i].label, tmc_kind_name(x->kind),
               x->facts.is_asset, cases[i].asset);
    tmc_ir_free(ir);
  }
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_every_holder_is_an_asset),
      cmocka_unit_test(test_hosted_models_are_not_assets),
      cmocka_unit_test(test_hosted_model_icons_are_not_assets),
      cmocka_unit_test(test_own_models_on_vendor_platforms),
      cmocka_unit_test(test_written_asset_wins),
      cmocka_unit_test(test_sensitivity_from_words),
      cmocka_unit_test(test_written_sensitivity_wins),
      cmocka_unit_test(test_entries),
      cmocka_unit_test(test_people_words),
      cmocka_unit_test(test_verdict_staff_are_people),
      cmocka_unit_test(test_endpoint_behind_drawn_model),
      cmocka_unit_test(test_public_endpoints),
      cmocka_unit_test(test_outside_is_per_page),
      cmocka_unit_test(test_outside_needs_a_zone),
      cmocka_unit_test(test_public_models_are_third_party),
      cmocka_unit_test(test_unfed_streams_are_entries),
      cmocka_unit_test(test_devices_and_client_apps_are_entries),
      cmocka_unit_test(test_inferred_impact),
      cmocka_unit_test(test_channels_of_a_page_with_no_way_in),
      cmocka_unit_test(test_devices_that_only_receive),
      cmocka_unit_test(test_published_datasets_are_entries),
      cmocka_unit_test(test_third_party_tools_are_entries),
      cmocka_unit_test(test_outsiders_feeding_an_intake),
      cmocka_unit_test(test_front_ends_named_by_what_they_do),
      cmocka_unit_test(test_bare_labels_on_icons),
      cmocka_unit_test(test_held_data_are_assets),
  };
  return cmocka_run_group_tests(tests, load_catalog, free_catalog);
}
