/* test_rules_ml.c - issue #15, classic (non-LLM) models: each family drawn
 * twice, worded differently, where its precondition holds and where the
 * system makes it impossible. A training job drawn as a model is run, not
 * queried; a camera or a scanner feeding a model is no API client but opens
 * physical-world evasion; a model deployed inside is no model supply chain,
 * one shipped out as an update is; a loop through people closes through code
 * whose own database is not drawn. tests/blind8 is the tuning set these
 * families come from. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "engine_helpers.h"

/* The ids that need someone to query a model and read its answer. */
static const char *const query_ids[] = {"AML.T0024", "AML.T0040", "ML03",
                                        "ML04",      "AML.T0034", NULL};

/* A weekly training job drawn as a model (a platform's model icon, no
 * trainer word in its name): it reads the labelled history and registers
 * what it makes. The people who hand it code do not query it, and the
 * batch scorer nobody calls answers nobody: no extraction, inversion,
 * membership or cost harvesting anywhere. What the retention team records
 * comes back through the CRM (its database not drawn) into the labels: a
 * feedback loop. */
static void test_training_job_drawn_as_model(void **state) {
  static const char d[] =
      "digraph churn {\n"
      "  agents [type=external, label=\"Call-centre staff\"];\n"
      "  team [type=external, label=\"Retention team\"];\n"
      "  ds [type=external, label=\"Data scientists\"];\n"
      "  subgraph cluster_az { label=\"Analytics subscription\";\n"
      "    crm [label=\"CRM\"];\n"
      "    adf [label=\"Nightly extract\"];\n"
      "    lake [type=data_store, label=\"Feature lake\"];\n"
      "    fit [type=model, label=\"fit-churn (weekly, LightGBM)\"];\n"
      "    reg [type=model_registry, label=\"Model registry\"];\n"
      "    batch [type=model, label=\"Batch endpoint (nightly)\"];\n"
      "    scores [type=data_store, label=\"Scores table\"];\n"
      "    bi [label=\"At-risk report\"];\n"
      "  }\n"
      "  agents -> crm [label=\"cases, notes\"];\n"
      "  team -> crm [label=\"saved / lost\"];\n"
      "  crm -> adf -> lake;\n"
      "  lake -> fit [label=\"labelled history\"];\n"
      "  ds -> fit [label=\"notebooks, job code\"];\n"
      "  fit -> reg [label=\"register if AUC ok\"];\n"
      "  reg -> batch [label=\"deploy latest\"];\n"
      "  lake -> batch; batch -> scores; scores -> bi; bi -> team [label=\"call "
      "list\"];\n"
      "}\n";
  tmc_ir *ir = analyse_with(d, cat, NULL);
  assert_true(TMC_ROLESET_HAS(ir->elements[elem(ir, "fit")].roles, TMC_ROLE_TRAINER));
  assert_false(ir->elements[elem(ir, "fit")].facts.inference_api);
  for (const char *const *id = query_ids; *id; id++)
    assert_false(any_cites(ir, NULL, *id));
  /* what the scorer decides comes back through people into its training */
  assert_true(ir->elements[elem(ir, "fit")].facts.feedback_loop);
  assert_true(any_cites(ir, "fit", "ML08"));
  /* and the labels are what people record: poisoning at the training set */
  assert_true(any_cites(ir, "lake", "AML.T0020"));
  /* the CRM's records reach the scorer through a lake: it is in front of
   * no model, so nobody floods a model through it */
  assert_null(finding(ir, "TMC-ML-012", "crm"));
  /* the scores land in a table a report reads: their integrity is the
   * table's write access */
  assert_true(cites(finding(ir, "TMC-ML-023", "batch->scores"), "ML09:2023"));
  /* the model the registry deploys inside is no pretrained model brought in */
  assert_true(cites(finding(ir, "TMC-MLOPS-010", "reg->batch"), "ML10:2023"));
  assert_false(any_cites(ir, "reg->batch", "AML.T0010.003"));
  tmc_ir_free(ir);

  /* Worded otherwise: a retraining step drawn as a model under another
   * name, fed from a dataset export, an analyst pushing a config; a model
   * served to a public API beside it keeps the query ids. */
  static const char d2[] =
      "digraph fraud {\n"
      "  analyst [type=external, label=\"Fraud analyst\"];\n"
      "  shop [type=external, label=\"Merchants\"];\n"
      "  subgraph cluster_p { label=\"Payments platform\";\n"
      "    exp [type=data_store, label=\"Transactions export\"];\n"
      "    refit [type=model, label=\"Monthly GBM refresh\"];\n"
      "    versions [type=model_registry, label=\"Versions\"];\n"
      "    api [label=\"Scoring API\"];\n"
      "    live [type=model, label=\"Fraud model\"];\n"
      "  }\n"
      "  exp -> refit; analyst -> refit [label=\"hyper-parameters\"];\n"
      "  refit -> versions; versions -> live;\n"
      "  shop -> api [protocol=https]; api -> live; live -> api; api -> shop;\n"
      "}\n";
  ir = analyse_with(d2, cat, NULL);
  assert_true(TMC_ROLESET_HAS(ir->elements[elem(ir, "refit")].roles, TMC_ROLE_TRAINER));
  assert_false(any_cites(ir, "refit", "AML.T0024"));
  assert_false(any_cites(ir, "refit", "AML.T0040"));
  assert_true(any_cites(ir, "live", "AML.T0024"));
  tmc_ir_free(ir);
}

/* A model fed by cameras or scanners decides on what is put in front of
 * them: physical-world evasion (AML.T0041), and the devices query nothing
 * (no extraction through an API that does not exist). The same model
 * behind a public upload API keeps the query ids and gets no physical
 * rule. */
static void test_physical_input(void **state) {
  static const char line[] = "digraph qc {\n"
                             "  subgraph cluster_line { label=\"Press line\";\n"
                             "    cams [type=external, label=\"4x GigE cameras\"]; }\n"
                             "  subgraph cluster_ot { label=\"OT network\";\n"
                             "    ipc [type=model, label=\"defect-net v7 (ONNX)\"];\n"
                             "    plc [label=\"Line PLC\"];\n"
                             "  }\n"
                             "  cams -> ipc [label=\"frames\"];\n"
                             "  ipc -> plc [label=\"PASS / FAIL\"];\n"
                             "}\n";
  tmc_ir *ir = analyse_with(line, cat, NULL);
  assert_true(ir->elements[elem(ir, "ipc")].facts.physical_input);
  assert_false(ir->elements[elem(ir, "ipc")].facts.inference_api);
  assert_true(cites(finding(ir, "TMC-ML-022", "ipc"), "AML.T0041"));
  /* a covered lens stops what waits on the verdict */
  assert_true(cites(finding(ir, "TMC-ML-022", "ipc"), "AML.T0029"));
  assert_false(ir->elements[elem(ir, "ipc")].facts.people_callers);
  assert_false(any_cites(ir, NULL, "AML.T0024"));
  tmc_ir_free(ir);

  /* The machine builder's technician on the model PC's service port
   * reaches the machine, not an inference API. */
  static const char svc[] =
      "digraph svc {\n"
      "  subgraph cluster_line { label=\"Press line\";\n"
      "    cam [type=external, label=\"Line camera\"]; }\n"
      "  oem [type=external, label=\"Machine builder technician\"];\n"
      "  subgraph cluster_ot { label=\"OT network\";\n"
      "    m [type=model, label=\"Surface inspection CNN\"]; }\n"
      "  cam -> m; oem -> m [label=\"service laptop (USB)\"];\n"
      "}\n";
  ir = analyse_with(svc, cat, NULL);
  assert_false(ir->elements[elem(ir, "m")].facts.inference_api);
  assert_false(ir->elements[elem(ir, "m")].facts.untrusted_callers);
  /* nor does an extraction path lead there (TMC-PATH-004), and a line
   * camera feeding it does not make it a model on people's devices */
  assert_false(ir->elements[elem(ir, "m")].facts.on_device);
  for (const char *const *id = query_ids; *id; id++)
    assert_false(any_cites(ir, "m", *id));
  assert_false(any_cites(ir, NULL, "AML.T0024"));
  assert_false(any_cites(ir, NULL, "ML03"));
  tmc_ir_free(ir);

  /* Worded otherwise: paper forms scanned into a folder an OCR model
   * polls (a store between), drawn with a process for the scanners. */
  static const char mail[] = "digraph ocr {\n"
                             "  senders [type=external, label=\"Policyholders\"];\n"
                             "  subgraph cluster_dc { label=\"Data centre\";\n"
                             "    scan [type=process, label=\"Mailroom scanners\"];\n"
                             "    hot [type=data_store, label=\"Hot folder\"];\n"
                             "    ocr [type=model, label=\"OCR engine\"];\n"
                             "    router [label=\"Document router\"];\n"
                             "  }\n"
                             "  senders -> scan [label=\"paper claim forms\"];\n"
                             "  scan -> hot [label=\"TIFF\"]; hot -> ocr;\n"
                             "  ocr -> router [label=\"text + confidences\"];\n"
                             "}\n";
  ir = analyse_with(mail, cat, NULL);
  assert_true(ir->elements[elem(ir, "ocr")].facts.physical_input);
  assert_true(cites(finding(ir, "TMC-ML-022", "ocr"), "AML.T0043"));
  assert_true(cites(finding(ir, "TMC-ML-022", "ocr"), "ML01:2023"));
  /* in place of the people-shaped evasion rule, not beside it */
  assert_null(finding(ir, "TMC-ML-009", "ocr"));
  tmc_ir_free(ir);

  /* No camera, no scanner: an upload API in front of the same model. */
  static const char api[] = "digraph up {\n"
                            "  u [type=external, label=\"Customers\"];\n"
                            "  subgraph cluster_a { label=\"App\";\n"
                            "    gw [label=\"Upload API\"];\n"
                            "    m [type=model, label=\"Document classifier\"];\n"
                            "  }\n"
                            "  u -> gw [protocol=https]; gw -> m; m -> gw; gw -> u;\n"
                            "}\n";
  ir = analyse_with(api, cat, NULL);
  assert_false(ir->elements[elem(ir, "m")].facts.physical_input);
  assert_null(finding(ir, "TMC-ML-022", "m"));
  assert_true(any_cites(ir, "m", "AML.T0024"));
  tmc_ir_free(ir);
}

/* Image patches a viewer sends a vision model are a query (the model
 * answers masks back): "patches" alone is no admin's patching. An admin
 * applying security patches to the model's host queries nothing. */
static void test_image_patches_are_queries(void **state) {
  static const char d[] =
      "digraph wsi {\n"
      "  doc [type=external, label=\"Pathologists\"];\n"
      "  ops [type=external, label=\"Hospital IT admin\"];\n"
      "  subgraph cluster_h { label=\"Hospital cloud\";\n"
      "    seg [type=model, label=\"Tumour segmentation (ViT)\"];\n"
      "    det [type=model, label=\"Mitosis detector\"];\n"
      "  }\n"
      "  doc -> seg [label=\"image patches\"]; seg -> doc [label=\"masks\"];\n"
      "  doc -> det [label=\"tile patch (512px)\"]; det -> doc [label=\"counts\"];\n"
      "  ops -> det [label=\"security patches\"];\n"
      "}\n";
  tmc_ir *ir = analyse_with(d, cat, NULL);
  assert_true(ir->elements[elem(ir, "seg")].facts.inference_api);
  assert_true(ir->elements[elem(ir, "det")].facts.inference_api);
  tmc_ir_free(ir);
  static const char adm[] = "digraph adm {\n"
                            "  ops [type=external, label=\"Hospital IT admin\"];\n"
                            "  subgraph cluster_h { label=\"Hospital cloud\";\n"
                            "    det [type=model, label=\"Mitosis detector\"];\n"
                            "  }\n"
                            "  ops -> det [label=\"OS patches\"];\n"
                            "}\n";
  ir = analyse_with(adm, cat, NULL);
  assert_false(ir->elements[elem(ir, "det")].facts.inference_api);
  tmc_ir_free(ir);
}

/* A classic model's verdicts stored where they are acted on (ML09): from
 * the model, or from code the model hands them to unasked (a router after
 * an OCR engine). Not an app that calls the model and stores its own
 * orders, nor a log of predictions. */
static void test_verdict_store(void **state) {
  static const char d[] =
      "digraph ocr {\n"
      "  subgraph cluster_dc { label=\"Data centre\";\n"
      "    hot [type=data_store, label=\"Inbound folder\"];\n"
      "    ocr [type=model, label=\"Form reader\"];\n"
      "    router [label=\"Filing rules (regex)\"];\n"
      "    dms [type=data_store, label=\"Claims DMS\"];\n"
      "    log [type=data_store, label=\"Prediction log\"];\n"
      "  }\n"
      "  hot -> ocr; ocr -> router [label=\"fields + confidences\"];\n"
      "  router -> dms [label=\"index fields\"]; ocr -> log;\n"
      "}\n";
  tmc_ir *ir = analyse_with(d, cat, NULL);
  assert_true(ir->flows[flow(ir, "router", "dms")].facts.model_verdict);
  assert_true(cites(finding(ir, "TMC-ML-023", "router->dms"), "ML09:2023"));
  assert_null(finding(ir, "TMC-ML-023", "ocr->log"));
  tmc_ir_free(ir);

  static const char app[] = "digraph shop {\n"
                            "  u [type=external, label=\"Shoppers\"];\n"
                            "  subgraph cluster_a { label=\"Shop\";\n"
                            "    web [label=\"Checkout service\"];\n"
                            "    risk [type=model, label=\"Fraud model\"];\n"
                            "    db [type=data_store, label=\"Orders DB\"];\n"
                            "    cases [type=data_store, label=\"Review queue table\"];\n"
                            "  }\n"
                            "  u -> web; web -> risk; risk -> web; web -> db;\n"
                            "  risk -> cases [label=\"held orders, score\"];\n"
                            "}\n";
  ir = analyse_with(app, cat, NULL);
  assert_false(ir->flows[flow(ir, "web", "db")].facts.model_verdict);
  assert_null(finding(ir, "TMC-ML-023", "web->db"));
  assert_non_null(finding(ir, "TMC-ML-023", "risk->cases"));
  tmc_ir_free(ir);

  /* A hub that calls many scorers (each answers it) relays none of their
   * verdicts; the dispatcher declared after it, which one scorer hands its
   * labels to unasked, does: what the hub sends to is not carried over to
   * the next element's look (verdict_stores marks each element's targets
   * and clears them). */
  tmc_buf b = TMC_BUF_INIT;
  tmc_buf_puts(&b, "digraph hub {\n  hub [label=\"Scoring hub\"];\n"
                   "  db [type=data_store, label=\"Results DB\"];\n"
                   "  disp [label=\"Label dispatcher\"];\n"
                   "  out [type=data_store, label=\"Label table\"];\n"
                   "  hub -> db; disp -> out; m0 -> disp;\n");
  for (int i = 0; i < 3000; i++)
    tmc_buf_printf(&b, "  m%d [type=model]; hub -> m%d; m%d -> hub;\n", i, i, i);
  tmc_buf_puts(&b, "}\n");
  ir = analyse_with(b.data, cat, "facts");
  assert_false(ir->flows[flow(ir, "hub", "db")].facts.model_verdict);
  assert_true(ir->flows[flow(ir, "disp", "out")].facts.model_verdict);
  tmc_ir_free(ir);
  tmc_buf_free(&b);
}

/* A bucket whose own name says nothing of models holds them when a flow
 * in or out says model files ("model files" logged by a tracking server,
 * a "model.pkl download" by the server): whoever loads from it unpickles
 * what is there (AML.T0011.000). Drawn otherwise: checkpoints written to
 * an object store that a batch job loads. */
static void test_model_files_by_flow(void **state) {
  static const char d[] =
      "digraph k {\n"
      "  subgraph cluster_k { label=\"Cluster\";\n"
      "    track [label=\"Tracking server\"];\n"
      "    s3 [type=data_store, label=\"s3://team-artifacts\"];\n"
      "    serve [type=model, label=\"InferenceService churn-v3\"];\n"
      "    crm [label=\"CRM app\"];\n"
      "  }\n"
      "  track -> s3 [label=\"model files\"]; s3 -> serve [label=\"download\"];\n"
      "  crm -> serve; serve -> crm;\n"
      "}\n";
  tmc_ir *ir = analyse_with(d, cat, NULL);
  assert_true(ir->elements[elem(ir, "s3")].facts.model_artifacts);
  assert_true(cites(finding(ir, "TMC-MLOPS-002", "serve"), "AML.T0011.000"));
  tmc_ir_free(ir);

  static const char d2[] = "digraph b {\n"
                           "  subgraph cluster_b { label=\"Batch\";\n"
                           "    store [type=data_store, label=\"Object store\"];\n"
                           "    job [label=\"Nightly scoring job\"];\n"
                           "    out [type=data_store, label=\"Results\"];\n"
                           "  }\n"
                           "  store -> job [label=\"model.pkl\"]; job -> out;\n"
                           "}\n";
  ir = analyse_with(d2, cat, NULL);
  assert_true(ir->elements[elem(ir, "store")].facts.model_artifacts);
  assert_true(ir->elements[elem(ir, "job")].facts.loads_model_artifacts);
  tmc_ir_free(ir);
}

/* Training as a service behind an ingress: the front door that passes
 * the submitted job on is where per-account GPU quotas belong
 * (AML.T0034), not only the API that starts the job. */
static void test_jobs_behind_ingress(void **state) {
  static const char d[] =
      "digraph j {\n"
      "  partner [type=external, label=\"Partner teams\"];\n"
      "  subgraph cluster_c { label=\"Cluster\";\n"
      "    ing [label=\"ingress-nginx\"];\n"
      "    api [label=\"jobs-api\"];\n"
      "    pods [type=pipeline, label=\"GPU job pods\"];\n"
      "    feats [type=dataset, label=\"Features\"];\n"
      "    reg [type=model_registry, label=\"Registry\"];\n"
      "  }\n"
      "  partner -> ing [label=\"job spec + image\"]; ing -> api;\n"
      "  api -> pods [label=\"create job\"]; feats -> pods; pods -> reg;\n"
      "}\n";
  tmc_ir *ir = analyse_with(d, cat, NULL);
  assert_true(ir->elements[elem(ir, "ing")].facts.takes_jobs);
  assert_false(ir->elements[elem(ir, "pods")].facts.takes_jobs);
  assert_true(cites(finding(ir, "TMC-ML-014", "ing"), "AML.T0034"));
  tmc_ir_free(ir);
}

/* A recommender: an open event collector whose events are trained on
 * (chaff floods, AML.T0046, in place of the generic denial of service),
 * and rules the merchandisers edit that the serving code applies over the
 * model's ranking (ML09). Worded otherwise: a feedback form into a ratings
 * table a retrain reads, and a blocklist an operator edits beside a scorer
 * model. */
static void test_chaff_and_overrides(void **state) {
  static const char d[] =
      "digraph recs {\n"
      "  shop [type=external, label=\"Shoppers\"];\n"
      "  merch [type=external, label=\"Merchandising team\"];\n"
      "  subgraph cluster_e { label=\"edge\";\n"
      "    col [label=\"Event collector (pixel)\"]; }\n"
      "  subgraph cluster_d { label=\"data\";\n"
      "    topic [type=data_store, label=\"click topic\"];\n"
      "    refit [type=pipeline, label=\"nightly refit\"];\n"
      "    reg [type=model_registry, label=\"registry\"];\n"
      "    api [label=\"recs-api (TorchServe)\"];\n"
      "    rules [type=data_store, label=\"boost / bury rules\"]; }\n"
      "  shop -> col [label=\"click events\"]; col -> topic; topic -> refit;\n"
      "  refit -> reg; reg -> api; merch -> rules; rules -> api;\n"
      "}\n";
  tmc_ir *ir = analyse_with(d, cat, NULL);
  assert_true(cites(finding(ir, "TMC-TRAIN-013", "col"), "AML.T0046"));
  assert_null(finding(ir, "TMC-DOS-001", "col"));
  assert_true(ir->elements[elem(ir, "rules")].facts.serving_input);
  assert_true(cites(finding(ir, "TMC-ML-024", "rules"), "ML09:2023"));
  tmc_ir_free(ir);

  static const char d2[] =
      "digraph fb {\n"
      "  cust [type=external, label=\"Customers\"];\n"
      "  ops [type=external, label=\"Fraud operator\"];\n"
      "  subgraph cluster_p { label=\"Platform\";\n"
      "    form [label=\"Feedback form\"];\n"
      "    ratings [type=data_store, label=\"Ratings table\"];\n"
      "    tune [type=pipeline, label=\"Weekly retrain\"];\n"
      "    m [type=model, label=\"Risk scorer\"];\n"
      "    block [type=data_store, label=\"Manual blocklist\"];\n"
      "    hist [type=data_store, label=\"Order history\"]; }\n"
      "  cust -> form; form -> ratings; ratings -> tune; tune -> m;\n"
      "  ops -> block; block -> m; hist -> m;\n"
      "}\n";
  ir = analyse_with(d2, cat, NULL);
  assert_true(cites(finding(ir, "TMC-TRAIN-013", "form"), "AML.T0046"));
  assert_non_null(finding(ir, "TMC-ML-024", "block"));
  assert_null(finding(ir, "TMC-ML-024", "hist")); /* nobody outside writes it */
  tmc_ir_free(ir);
}

/* A vendor's engine update, downloaded from its portal by an admin who
 * installs it: the flow into the model is its supply chain (AML.T0010).
 * Worded otherwise: a third party's release pulled straight into the code
 * serving the model. Not the admin's own configuration. */
static void test_vendor_update(void **state) {
  static const char d[] = "digraph v {\n"
                          "  portal [type=external, label=\"Vendor customer portal\"];\n"
                          "  subgraph cluster_dc { label=\"Data centre\";\n"
                          "    admin [type=external, label=\"Server admins\"];\n"
                          "    eng [type=model, label=\"OCR engine (as shipped)\"];\n"
                          "    out [label=\"Router\"]; }\n"
                          "  portal -> admin [label=\"quarterly update ZIP\"];\n"
                          "  admin -> eng [label=\"installs (RDP)\"]; eng -> out;\n"
                          "}\n";
  tmc_ir *ir = analyse_with(d, cat, NULL);
  assert_true(ir->flows[flow(ir, "admin", "eng")].facts.vendor_update);
  /* the admin installing it queries nothing */
  assert_false(ir->elements[elem(ir, "eng")].facts.inference_api);
  assert_false(any_cites(ir, "eng", "AML.T0024"));
  assert_true(cites(finding(ir, "TMC-SUPPLY-012", "admin->eng"), "AML.T0010.003"));
  tmc_ir_free(ir);

  static const char d2[] =
      "digraph w {\n"
      "  rel [type=external, label=\"Vendor releases\", source=third_party];\n"
      "  ops [type=external, label=\"Ops team\"];\n"
      "  subgraph cluster_p { label=\"Plant\";\n"
      "    m [type=model, label=\"Defect model\"]; }\n"
      "  rel -> m [label=\"model download\"];\n"
      "  ops -> m [label=\"thresholds\"];\n"
      "}\n";
  ir = analyse_with(d2, cat, NULL);
  assert_non_null(finding(ir, "TMC-SUPPLY-012", "rel->m"));
  assert_null(finding(ir, "TMC-SUPPLY-012", "ops->m"));
  tmc_ir_free(ir);
}

/* Weights moved on inside (a registry deploying to its scorer, a share
 * copied to the machine that runs it, a registry's nightly "model update"
 * in its own zone) are ML10 / AML.T0018; weights shipped out of their zone
 * as an update or a download (an OTA CDN, a model update service) are the
 * consumers' model supply chain (AML.T0010.003). */
static void test_model_supply_vs_deploy(void **state) {
  static const char inside[] = "digraph d {\n"
                               "  subgraph cluster_e { label=\"Engineering\";\n"
                               "    tr [type=pipeline, label=\"Trainer\"];\n"
                               "    share [type=model_registry, label=\"Model share\"];\n"
                               "    run [type=model, label=\"Inspection model\"];\n"
                               "    out [label=\"Reject gate\"];\n"
                               "  }\n"
                               "  tr -> share; share -> run [label=\"copied by USB\"];\n"
                               "  run -> out;\n"
                               "}\n";
  tmc_ir *ir = analyse_with(inside, cat, NULL);
  assert_false(ir->flows[flow(ir, "share", "run")].facts.ships_model);
  assert_true(cites(finding(ir, "TMC-MLOPS-010", "share->run"), "AML.T0018"));
  assert_false(any_cites(ir, "share->run", "AML.T0010.003"));
  tmc_ir_free(ir);

  static const char ota[] = "digraph o {\n"
                            "  subgraph cluster_b { label=\"Backend\";\n"
                            "    tr [type=pipeline, label=\"Retrain\"];\n"
                            "    reg [type=model_registry, label=\"Model versions\"];\n"
                            "    upd [label=\"Model update service\"];\n"
                            "  }\n"
                            "  subgraph cluster_d { label=\"Mail gateways\";\n"
                            "    m [type=model, label=\"Spam classifier\"];\n"
                            "  }\n"
                            "  tr -> reg -> upd; upd -> m;\n"
                            "}\n";
  ir = analyse_with(ota, cat, NULL);
  assert_true(ir->flows[flow(ir, "upd", "m")].facts.ships_model);
  assert_true(cites(finding(ir, "TMC-MLOPS-013", "upd->m"), "AML.T0010.003"));
  assert_null(finding(ir, "TMC-MLOPS-010", "upd->m"));
  tmc_ir_free(ir);

  /* Worded as an update but deployed beside its registry, in the same
   * zone: a deploy (ML10), not the consumers' supply chain. */
  static const char nightly[] =
      "digraph n {\n"
      "  subgraph cluster_p { label=\"Prod VPC\";\n"
      "    reg [type=model_registry, label=\"MLflow registry\"];\n"
      "    svc [label=\"Scoring service\"];\n"
      "    m [type=model, label=\"Churn model\"];\n"
      "    pub [label=\"Model update job\"];\n"
      "    m2 [type=model, label=\"Upsell model\"];\n"
      "  }\n"
      "  u [type=external, label=\"CRM users\"];\n"
      "  reg -> m [label=\"model update (nightly)\"];\n"
      "  reg -> pub; pub -> m2 [label=\"weights\"];\n"
      "  u -> svc; svc -> m; m -> svc; svc -> m2; m2 -> svc; svc -> u;\n"
      "}\n";
  ir = analyse_with(nightly, cat, NULL);
  assert_false(ir->flows[flow(ir, "reg", "m")].facts.ships_model);
  assert_true(cites(finding(ir, "TMC-MLOPS-010", "reg->m"), "AML.T0018"));
  assert_false(any_cites(ir, "reg->m", "AML.T0010.003"));
  assert_false(ir->flows[flow(ir, "pub", "m2")].facts.ships_model);
  assert_false(any_cites(ir, "pub->m2", "AML.T0010.003"));
  tmc_ir_free(ir);
}

/* Flooding a served model: denial of service wherever outsiders can query
 * it, cost harvesting (AML.T0034) only where the queries are billed as they
 * come (a managed ML platform's endpoint, a serverless function), not on
 * the team's own GPU box. Two wordings of each. */
static void test_flood_cost_only_when_metered(void **state) {
  (void)state;
  static const char *const onprem[] = {
      "digraph a {\n"
      "  subgraph cluster_dc { label=\"Plant data centre\";\n"
      "    gw [label=\"Inspection API\"];\n"
      "    m [type=model, label=\"Defect classifier (on-prem GPU server)\"];\n"
      "  }\n"
      "  u [type=external, label=\"Partner apps\"];\n"
      "  u -> gw [label=\"images\", authenticated=yes]; gw -> m; m -> gw; gw -> u "
      "[label=\"verdict\"];\n"
      "}\n",
      "digraph b {\n"
      "  subgraph cluster_lab { label=\"Our server room\";\n"
      "    api [label=\"Scoring service\"];\n"
      "    clf [type=model, label=\"Risk model v4\"];\n"
      "  }\n"
      "  c [type=external, label=\"Customers\"];\n"
      "  c -> api [authenticated=yes]; api -> clf; clf -> api; api -> c;\n"
      "}\n"};
  static const char *const metered[] = {
      "digraph c {\n"
      "  subgraph cluster_aws { label=\"AWS account (prod VPC)\";\n"
      "    gw [label=\"Inspection API\"];\n"
      "    m [type=model, label=\"Defect classifier\\n(SageMaker endpoint)\"];\n"
      "  }\n"
      "  u [type=external, label=\"Partner apps\"];\n"
      "  u -> gw [label=\"images\", authenticated=yes]; gw -> m; m -> gw; gw -> u "
      "[label=\"verdict\"];\n"
      "}\n",
      "digraph d {\n"
      "  subgraph cluster_gcp { label=\"GCP project\";\n"
      "    api [label=\"Scoring service\"];\n"
      "    clf [type=model, label=\"Risk model on Vertex AI\"];\n"
      "  }\n"
      "  c [type=external, label=\"Customers\"];\n"
      "  c -> api [authenticated=yes]; api -> clf; clf -> api; api -> c;\n"
      "}\n"};
  for (size_t i = 0; i < 2; i++) {
    tmc_ir *ir = analyse_with(onprem[i], cat, NULL);
    assert_true(count_rule(ir, "TMC-PATH-010") > 0);
    for (uint32_t k = 0; k < ir->n_findings; k++)
      if (strcmp(ir->findings[k].rule_id, "TMC-PATH-010") == 0) {
        assert_true(cites(&ir->findings[k], "AML.T0029"));
        assert_false(cites(&ir->findings[k], "AML.T0034"));
      }
    tmc_ir_free(ir);
    ir = analyse_with(metered[i], cat, NULL);
    assert_true(count_rule(ir, "TMC-PATH-010") > 0);
    bool billed = false;
    for (uint32_t k = 0; k < ir->n_findings; k++)
      if (strcmp(ir->findings[k].rule_id, "TMC-PATH-010") == 0)
        billed = billed || cites(&ir->findings[k], "AML.T0034");
    assert_true(billed);
    tmc_ir_free(ir);
  }
}

/* A public model hub drawn outside the system is the outside party it is
 * (type=external here: classify decides it from the words), and still
 * where the system's models come from: the pretrained model may
 * be backdoored (TMC-SUPPLY-001 on the hub), its files run code where they
 * are loaded (TMC-SUPPLY-013), directly or from a mirror bucket, and no
 * package rule names it. Its datasets are the data supply chain instead.
 * Worded three ways (tests/blind9 harrowgate, blind mlops_platform). */
static void test_model_hub_outside(void **state) {
  (void)state;
  /* fetched by name straight into a fine-tuning run; the hub's label also
   * says "public", a people word: still no person */
  static const char direct[] =
      "digraph h {\n"
      "  hub [type=external, label=\"Hugging Face Hub public checkpoints\"];\n"
      "  subgraph cluster_ml { label=\"ML VPC\";\n"
      "    ft [label=\"Fine-tuning run\"];\n"
      "    reg [label=\"Model registry\", shape=cylinder];\n"
      "    srv [label=\"Scoring service\"];\n"
      "  }\n"
      "  hub -> ft [label=\"from_pretrained(name)\"];\n"
      "  ft -> reg; reg -> srv;\n"
      "}\n";
  tmc_ir *ir = analyse_with(direct, cat, NULL);
  const tmc_element *hub = &ir->elements[elem(ir, "hub")];
  assert_int_equal(hub->kind, TMC_KIND_EXTERNAL);
  assert_false(hub->facts.person);
  assert_true(hub->facts.model_source);
  assert_true(ir->elements[elem(ir, "ft")].facts.takes_outside_models);
  assert_true(cites(finding(ir, "TMC-SUPPLY-001", "hub"), "AML.T0010.003"));
  assert_true(cites(finding(ir, "TMC-SUPPLY-013", "ft"), "AML.T0011.000"));
  assert_false(any_cites(ir, "hub->ft", "AML.T0010.001"));
  tmc_ir_free(ir);

  /* mirrored into a bucket first, then loaded by a LoRA job: the mirror
   * holds weights, the job loads the hub's model */
  static const char mirror[] =
      "digraph m {\n"
      "  hf [type=external, label=\"HF Hub (community models)\"];\n"
      "  subgraph cluster_dc { label=\"Datacentre\";\n"
      "    mir [label=\"weights mirror (MinIO)\", shape=cylinder];\n"
      "    lora [label=\"LoRA job (monthly)\"];\n"
      "    shelf [label=\"Promoted versions\", shape=cylinder];\n"
      "  }\n"
      "  hf -> mir [label=\"snapshot_download\"];\n"
      "  mir -> lora; lora -> shelf;\n"
      "}\n";
  ir = analyse_with(mirror, cat, NULL);
  assert_true(ir->elements[elem(ir, "hf")].facts.model_source);
  assert_true(ir->elements[elem(ir, "mir")].facts.model_artifacts);
  assert_true(ir->elements[elem(ir, "lora")].facts.takes_outside_models);
  assert_true(cites(finding(ir, "TMC-SUPPLY-001", "hf"), "AML.T0010.003"));
  assert_true(cites(finding(ir, "TMC-SUPPLY-013", "lora"), "AML.T0011.000"));
  tmc_ir_free(ir);

  /* the same hub's datasets: data others train on, no code and no
   * package rule; the download is the data supply chain */
  static const char data[] =
      "digraph d {\n"
      "  hfd [type=external, label=\"Hugging Face Datasets (open corpora)\"];\n"
      "  subgraph cluster_c { label=\"Corp network\";\n"
      "    prep [label=\"Data prep job\"];\n"
      "    set [label=\"Training set\", shape=cylinder];\n"
      "    tr [label=\"Training job\"];\n"
      "    reg [label=\"Model registry\", shape=cylinder];\n"
      "  }\n"
      "  hfd -> prep [label=\"download\"];\n"
      "  prep -> set; set -> tr; tr -> reg;\n"
      "}\n";
  ir = analyse_with(data, cat, NULL);
  assert_false(ir->elements[elem(ir, "hfd")].facts.code_source);
  assert_true(cites(finding(ir, "TMC-SUPPLY-011", "hfd->prep"), "AML.T0010.002"));
  assert_null(finding(ir, "TMC-SUPPLY-007", "hfd->prep"));
  assert_null(finding(ir, "TMC-SUPPLY-009", "tr"));
  tmc_ir_free(ir);
}

/* Federated learning on devices outsiders hold: the aggregator can be
 * flooded by fake participants (TMC-FL-004: AML.T0046, AML.T0029), which a
 * consortium of hospitals is not; the step that scores the averaged model
 * on a fixed set before it ships is an evaluation gate a backdoor passes
 * (TMC-MLOPS-014: AML.T0031). Two wordings (blind6 kibo, blind9 tessera). */
static void test_federated_rounds_and_gate(void **state) {
  (void)state;
  static const char *const phones[] = {
      "digraph k {\n"
      "  users [type=external, label=\"Keyboard users\"];\n"
      "  subgraph cluster_p { label=\"On the phone\";\n"
      "    ime [label=\"Keyboard app\"];\n"
      "    cache [label=\"Typing cache\", shape=cylinder];\n"
      "    cli [type=pipeline, label=\"Federated client\"];\n"
      "    lm [type=model, label=\"Next-word model\"];\n"
      "  }\n"
      "  subgraph cluster_c { label=\"Cloud\";\n"
      "    agg [type=pipeline, label=\"Round server (FedAvg)\"];\n"
      "    ck [label=\"Global checkpoints\", shape=cylinder];\n"
      "    gate [label=\"Quality gate\"];\n"
      "    ev [label=\"Proxy corpus\", shape=cylinder];\n"
      "    cdn [label=\"Model CDN\"];\n"
      "  }\n"
      "  users -> ime; ime -> lm; lm -> ime; ime -> cache; cache -> cli;\n"
      "  agg -> cli [label=\"global weights\"];\n"
      "  cli -> agg [label=\"weight delta\"];\n"
      "  agg -> ck; ck -> gate [label=\"candidate\"]; ev -> gate;\n"
      "  gate -> cdn [label=\"publish if ppl improves\"];\n"
      "  cdn -> lm [label=\"model download\"];\n"
      "}\n",
      /* worded otherwise: a coordinator, workers, an "eval step" */
      "digraph t {\n"
      "  owners [type=external, label=\"Device owners\"];\n"
      "  subgraph cluster_d { label=\"Devices\";\n"
      "    app [label=\"Photo app\"];\n"
      "    local [label=\"Local photos\", shape=cylinder];\n"
      "    w [type=pipeline, label=\"On-device trainer\"];\n"
      "    m [type=model, label=\"Tagger model\"];\n"
      "  }\n"
      "  subgraph cluster_s { label=\"Backend\";\n"
      "    coord [type=pipeline, label=\"Aggregation coordinator\"];\n"
      "    store [label=\"Model versions bucket\", shape=cylinder];\n"
      "    evalstep [label=\"Eval step\"];\n"
      "    bench [label=\"Benchmark images\", shape=cylinder];\n"
      "    ota [label=\"Update service\"];\n"
      "  }\n"
      "  owners -> app; app -> m; m -> app; app -> local; local -> w;\n"
      "  coord -> w [label=\"global model\"]; w -> coord [label=\"update\"];\n"
      "  coord -> store; store -> evalstep; bench -> evalstep;\n"
      "  evalstep -> ota; ota -> m [label=\"model update\"];\n"
      "}\n",
  };
  const char *agg[] = {"agg", "coord"}, *gate[] = {"gate", "evalstep"};
  for (int i = 0; i < 2; i++) {
    tmc_ir *ir = analyse_with(phones[i], cat, NULL);
    assert_true(ir->elements[elem(ir, agg[i])].facts.aggregates_updates);
    assert_true(cites(finding(ir, "TMC-FL-004", agg[i]), "AML.T0046"));
    assert_true(ir->elements[elem(ir, gate[i])].facts.evaluation_gate);
    assert_true(cites(finding(ir, "TMC-MLOPS-014", gate[i]), "AML.T0031"));
    /* the shipped model learnt from what its users typed */
    const char *lm = i == 0 ? "lm" : "m";
    assert_true(ir->elements[elem(ir, lm)].facts.trained_on_people);
    assert_true(i == 1 || ir->elements[elem(ir, lm)].facts.on_device);
    if (ir->elements[elem(ir, lm)].facts.on_device)
      assert_true(cites(finding(ir, "TMC-TRAIN-014", i == 0 ? "lm->ime" : "m->app"),
                        "AML.T0024.000"));
    tmc_ir_free(ir);
  }

  /* hospitals of a consortium: no crowd of fake participants; and no
   * gate (the aggregator writes the registry it serves from) */
  static const char hosp[] =
      "digraph h {\n"
      "  subgraph cluster_a { label=\"Hospital A\";\n"
      "    da [label=\"EHR extract\", shape=cylinder]; ta [type=pipeline, label=\"FL "
      "client A\"]; }\n"
      "  subgraph cluster_b { label=\"Hospital B\";\n"
      "    db [label=\"EHR extract\", shape=cylinder]; tb [type=pipeline, label=\"FL "
      "client B\"]; }\n"
      "  subgraph cluster_v { label=\"Consortium VPC\";\n"
      "    agg [type=pipeline, label=\"Aggregation server\"];\n"
      "    reg [type=model_registry, label=\"Global models\"]; }\n"
      "  da -> ta; db -> tb; ta -> agg; tb -> agg; agg -> ta; agg -> tb; agg -> reg;\n"
      "}\n";
  tmc_ir *ir = analyse_with(hosp, cat, NULL);
  assert_null(finding(ir, "TMC-FL-004", "agg"));
  assert_int_equal(count_rule(ir, "TMC-MLOPS-014"), 0);
  tmc_ir_free(ir);
}

/* An LLM fine-tuned on what people wrote learnt from their records
 * (trained_on_people: through a scrubbed export, or straight from the chat
 * logs); one trained only on a licensed corpus did not. Two wordings
 * (blind9 harrowgate). Its leak is the LLM rules' (TMC-LLM-005). */
static void test_llm_trained_on_people(void **state) {
  (void)state;
  static const char *const d[] = {
      "digraph h {\n"
      "  cust [type=external, label=\"Customers\"];\n"
      "  agents [type=external, label=\"Support agents\"];\n"
      "  subgraph cluster_o { label=\"Office network\";\n"
      "    desk [label=\"Helpdesk\"];\n"
      "    exp [label=\"export-tickets.py (regex PII scrub)\"];\n"
      "    sft [label=\"SFT file\", shape=cylinder];\n"
      "    ft [type=pipeline, label=\"LoRA fine-tune\"];\n"
      "    reg [type=model_registry, label=\"Model shelf\"];\n"
      "    llm [type=llm, label=\"Draft model\"];\n"
      "    app [label=\"Draft app\"];\n"
      "  }\n"
      "  cust -> desk; desk -> exp; exp -> sft; sft -> ft; ft -> reg; reg -> llm;\n"
      "  agents -> app; app -> llm; llm -> app; app -> agents;\n"
      "}\n",
      "digraph c {\n"
      "  shoppers [type=external, label=\"Shoppers\"];\n"
      "  subgraph cluster_v { label=\"VPC\";\n"
      "    bot [label=\"Chat service\"];\n"
      "    logs [label=\"Chat transcripts\", shape=cylinder];\n"
      "    job [label=\"Monthly training job\"];\n"
      "    ad [label=\"Adapter bucket\", shape=cylinder];\n"
      "    m [type=llm, label=\"Shop assistant LLM\"];\n"
      "  }\n"
      "  shoppers -> bot; bot -> m; m -> bot; bot -> shoppers; bot -> logs;\n"
      "  logs -> job [label=\"training data\"]; job -> ad; ad -> m;\n"
      "}\n",
  };
  const char *llm[] = {"llm", "m"};
  for (int i = 0; i < 2; i++) {
    tmc_ir *ir = analyse_with(d[i], cat, NULL);
    assert_true(ir->elements[elem(ir, llm[i])].facts.trained_on_people);
    assert_true(any_cites(ir, llm[i], "AML.T0057"));
    tmc_ir_free(ir);
  }
  static const char corpus[] =
      "digraph p {\n"
      "  users [type=external, label=\"Users\"];\n"
      "  subgraph cluster_v { label=\"VPC\";\n"
      "    wiki [label=\"Licensed corpus\", shape=cylinder];\n"
      "    job [type=pipeline, label=\"Training job\"];\n"
      "    m [type=llm, label=\"Writing assistant\"];\n"
      "    app [label=\"Editor backend\"];\n"
      "  }\n"
      "  wiki -> job; job -> m; users -> app; app -> m; m -> app; app -> users;\n"
      "}\n";
  tmc_ir *ir = analyse_with(corpus, cat, NULL);
  assert_false(ir->elements[elem(ir, "m")].facts.trained_on_people);
  tmc_ir_free(ir);
}

/* Files a payment partner drops for the system to load into its training
 * data (chargebacks, fraud reports): an outside source of data (words.yaml
 * suppliers), so the load is the data supply chain (TMC-SUPPLY-011:
 * AML.T0010.002). Drawn as a store beside the zones, or as the party
 * itself (blind9 tallyrand). */
static void test_partner_files_into_training(void **state) {
  (void)state;
  static const char *const d[] = {
      "digraph t {\n"
      "  subgraph cluster_p { label=\"Project risk-ml\";\n"
      "    ld [label=\"chargeback-loader (Cloud Function)\"];\n"
      "    tbl [type=dataset, label=\"payments_labeled\"];\n"
      "    tr [type=pipeline, label=\"nightly-train\"];\n"
      "    reg [type=model_registry, label=\"Model registry\"];\n"
      "  }\n"
      "  cb [label=\"Acquirer SFTP chargeback files\", shape=cylinder];\n"
      "  cb -> ld [label=\"SFTP pull, daily\"];\n"
      "  ld -> tbl; tbl -> tr; tr -> reg;\n"
      "}\n",
      "digraph r {\n"
      "  subgraph cluster_b { label=\"Bank network\";\n"
      "    imp [label=\"Report import job\"];\n"
      "    lab [label=\"Fraud labels\", shape=cylinder];\n"
      "    fit [type=pipeline, label=\"Weekly retraining\"];\n"
      "    m [type=model, label=\"Fraud model\"];\n"
      "  }\n"
      "  cs [type=external, label=\"Card scheme fraud reports\"];\n"
      "  cs -> imp [label=\"daily CSV\"];\n"
      "  imp -> lab; lab -> fit; fit -> m;\n"
      "}\n",
  };
  const char *src[] = {"cb", "cs"}, *fl[] = {"cb->ld", "cs->imp"};
  for (int i = 0; i < 2; i++) {
    tmc_ir *ir = analyse_with(d[i], cat, NULL);
    assert_true(ir->elements[elem(ir, src[i])].facts.outside_source);
    assert_true(cites(finding(ir, "TMC-SUPPLY-011", fl[i]), "AML.T0010.002"));
    tmc_ir_free(ir);
  }
}

/* Label poisoning sits on the flow that carries people's verdicts into what
 * a trainer reads (TMC-TRAIN-015), whoever records them: claims adjusters
 * closing cases as "legitimate", QA contractors relabelling images. The same
 * kind of decision kept where no training reads it, and a release written
 * into a registry, are no labels. */
static void test_verdicts_become_labels(void **state) {
  (void)state;
  static const char *const d[] = {
      "digraph c {\n"
      "  adj [type=external, label=\"Claims staff\"];\n"
      "  subgraph cluster_i { label=\"Insurer DC\";\n"
      "    desk [label=\"Claims desk\"];\n"
      "    hist [type=data_store, label=\"Claim outcomes\"];\n"
      "    job [type=pipeline, label=\"Quarterly model refresh\"];\n"
      "    m [type=model, label=\"Claim fraud model\"];\n"
      "    audit [type=data_store, label=\"Payments ledger\"];\n"
      "  }\n"
      "  adj -> desk [label=\"close case\"];\n"
      "  desk -> hist [label=\"decision: legitimate / fraud\"];\n"
      "  desk -> audit [label=\"approved refunds\"];\n"
      "  hist -> job; job -> m;\n"
      "}\n",
      "digraph t {\n"
      "  crowd [type=external, label=\"QA engineers (contractors)\"];\n"
      "  ops [type=external, label=\"ML engineer\"];\n"
      "  subgraph cluster_k { label=\"Vision team\";\n"
      "    tool [label=\"Labelling UI\"];\n"
      "    set [type=dataset, label=\"Image set v3\"];\n"
      "    fit [type=pipeline, label=\"Detector training\"];\n"
      "    reg [type=model_registry, label=\"Model store\"];\n"
      "  }\n"
      "  crowd -> tool [label=\"boxes\"];\n"
      "  tool -> set [label=\"relabelled images\"];\n"
      "  set -> fit; fit -> reg;\n"
      "  ops -> reg [label=\"promote to prod\"];\n"
      "}\n",
  };
  const char *lab[][2] = {{"desk", "hist"}, {"tool", "set"}};
  const char *not_lab[][2] = {{"desk", "audit"}, {"ops", "reg"}};
  for (int i = 0; i < 2; i++) {
    tmc_ir *ir = analyse_with(d[i], cat, NULL);
    char at[64];
    snprintf(at, sizeof at, "%s->%s", lab[i][0], lab[i][1]);
    assert_true(cites(finding(ir, "TMC-TRAIN-015", at), "AML.T0020"));
    snprintf(at, sizeof at, "%s->%s", not_lab[i][0], not_lab[i][1]);
    assert_null(finding(ir, "TMC-TRAIN-015", at));
    tmc_ir_free(ir);
  }
}

/* Code in the request path that waits on its own model's verdict stops or
 * fails open when the model stalls (TMC-ML-025): a quote service asking a
 * pricing model its own retrain deploys to a vendor's platform (Watson ML:
 * a vendor's word, but the model is the carrier's, so it is no vendor
 * service), a loan API asking a credit model. A vendor's model it calls
 * (Rekognition) and a monthly batch job rescoring the book are not. */
static void test_stalled_model_fails_open(void **state) {
  (void)state;
  static const char *const d[] = {
      "digraph w {\n"
      "  ins [type=external, label=\"Insurance brokers\"];\n"
      "  subgraph cluster_c { label=\"Carrier data centre\";\n"
      "    quote [label=\"Quote service\"];\n"
      "    train [type=pipeline, label=\"Pricing model retrain\"];\n"
      "    hist [type=dataset, label=\"Claims history\"];\n"
      "  }\n"
      "  subgraph cluster_i { label=\"IBM Cloud account\";\n"
      "    wml [type=model, label=\"Pricing model (Watson ML deployment)\"];\n"
      "  }\n"
      "  ins -> quote [label=\"quote request\"];\n"
      "  quote -> wml [label=\"price\"]; wml -> quote [label=\"premium\"];\n"
      "  hist -> train; train -> wml [label=\"deploy new weights\"];\n"
      "}\n",
      "digraph l {\n"
      "  shops [type=external, label=\"Online shops\"];\n"
      "  subgraph cluster_a { label=\"Lender AWS account\";\n"
      "    gw [label=\"Loan application API\"];\n"
      "    sm [type=model, label=\"credit-risk endpoint\"];\n"
      "    reg [type=model_registry, label=\"Model registry\"];\n"
      "    batch [type=pipeline, label=\"Monthly rescoring job\"];\n"
      "    book [type=data_store, label=\"Loan book\"];\n"
      "  }\n"
      "  rek [type=model, label=\"Amazon Rekognition\"];\n"
      "  shops -> gw [label=\"application form\"];\n"
      "  gw -> sm [label=\"score\"]; sm -> gw [label=\"PD\"];\n"
      "  gw -> rek [label=\"ID photo\"]; rek -> gw [label=\"face match\"];\n"
      "  reg -> sm [label=\"deploy approved version\"];\n"
      "  book -> batch; batch -> sm [label=\"rescore\"]; sm -> batch [label=\"PD\"];\n"
      "}\n",
  };
  tmc_ir *ir = analyse_with(d[0], cat, NULL);
  assert_false(ir->elements[elem(ir, "wml")].facts.vendor_service);
  assert_true(cites(finding(ir, "TMC-ML-025", "quote->wml"), "AML.T0029"));
  tmc_ir_free(ir);
  ir = analyse_with(d[1], cat, NULL);
  assert_true(cites(finding(ir, "TMC-ML-025", "gw->sm"), "AML.T0029"));
  assert_true(ir->elements[elem(ir, "rek")].facts.vendor_service);
  assert_null(finding(ir, "TMC-ML-025", "gw->rek"));
  assert_null(finding(ir, "TMC-ML-025", "batch->sm"));
  tmc_ir_free(ir);
}

/* A published dataset or corpus training takes in is an outside source of
 * data even where its name carries a people word ("public", "open
 * public"): fetched data can change after it was checked (TMC-SUPPLY-011),
 * and it opens no accounts (no TMC-TRAIN-011). The public's own
 * corrections still do. */
static void test_public_corpus_is_a_source(void **state) {
  (void)state;
  static const char d[] =
      "digraph p {\n"
      "  corpus [type=external, label=\"Open public speech corpus (CC-BY)\"];\n"
      "  people [type=external, label=\"Public app users\"];\n"
      "  subgraph cluster_s { label=\"Speech team\";\n"
      "    fetch [label=\"Corpus sync\"];\n"
      "    raw [type=dataset, label=\"Audio clips\"];\n"
      "    fb [label=\"Feedback API\"];\n"
      "    asr [type=pipeline, label=\"ASR training\"];\n"
      "    m [type=model, label=\"ASR model\"];\n"
      "  }\n"
      "  corpus -> fetch [label=\"download\"];\n"
      "  fetch -> raw; people -> fb [label=\"corrections\"]; fb -> raw;\n"
      "  raw -> asr; asr -> m;\n"
      "}\n";
  tmc_ir *ir = analyse_with(d, cat, NULL);
  assert_true(ir->elements[elem(ir, "corpus")].facts.outside_source);
  assert_true(cites(finding(ir, "TMC-SUPPLY-011", "corpus->fetch"), "AML.T0010.002"));
  assert_null(finding(ir, "TMC-TRAIN-011", "corpus"));
  assert_false(ir->elements[elem(ir, "people")].facts.outside_source);
  assert_non_null(finding(ir, "TMC-TRAIN-011", "people"));
  tmc_ir_free(ir);
}

/* An outsider's app drawn as code in the untrusted zone (a merchant's
 * storefront backend on the Internet) that reach finds to be an entry
 * point queries the model it calls like an outsider: an inference API with
 * untrusted callers (extraction, TMC-ML-001). Code inside the system's own
 * zone calling its model is no such caller. */
static void test_outsiders_code_queries_the_model(void **state) {
  (void)state;
  static const char d[] =
      "digraph s {\n"
      "  subgraph cluster_out { label=\"Internet\";\n"
      "    shop [label=\"Merchant storefront backend\"];\n"
      "  }\n"
      "  subgraph cluster_dc { label=\"Payments VPC\";\n"
      "    risk [type=model, label=\"Risk scoring model\"];\n"
      "    ledger [label=\"Settlement service\"];\n"
      "    crm [type=model, label=\"Dunning model\"];\n"
      "  }\n"
      "  shop -> risk [label=\"score(order)\"]; risk -> shop [label=\"score\"];\n"
      "  ledger -> crm [label=\"score(account)\"]; crm -> ledger [label=\"priority\"];\n"
      "}\n";
  tmc_ir *ir = analyse_with(d, cat, NULL);
  const tmc_element *risk = &ir->elements[elem(ir, "risk")];
  assert_true(risk->facts.inference_api && risk->facts.untrusted_callers);
  assert_true(cites(finding(ir, "TMC-ML-001", "risk"), "ML05:2023"));
  assert_false(ir->elements[elem(ir, "crm")].facts.untrusted_callers);
  assert_null(finding(ir, "TMC-ML-001", "crm"));
  tmc_ir_free(ir);
}

/* models15: a model that takes its weights from a CDN ("model v3 .onnx"
 * from "CloudFront CDN") runs where the public downloads it, in the app:
 * no inference API, nothing billed per query (no AML.T0034), copied off
 * the device (AML.T0044); the step publishing releases from the registry
 * to the CDN is in front of no model's requests (TMC-ML-012). A model
 * loaded from a bucket behind the same users' API stays served. */
static void test_model_fetched_from_cdn(void **state) {
  (void)state;
  static const char d[] =
      "digraph app {\n"
      "  u [shape=box, label=\"Photo app users\"];\n"
      "  m [type=model, label=\"Plant species classifier\"];\n"
      "  cdn [label=\"CloudFront CDN\"];\n"
      "  rel [label=\"Release job\"];\n"
      "  reg [type=model_registry, label=\"Model registry\"];\n"
      "  qa [shape=box, label=\"QA team\"];\n"
      "  u -> m [label=\"photo\"]; m -> u [label=\"species\"];\n"
      "  reg -> rel; qa -> rel [label=\"sign-off\"];\n"
      "  rel -> cdn [label=\"model v3 .onnx\"]; cdn -> m [label=\"model v3\"];\n"
      "  srv [type=model, label=\"Species API model\"];\n"
      "  b [type=data_store, label=\"Weights bucket\"];\n"
      "  u -> srv [label=\"photo\"]; srv -> u; b -> srv [label=\"weights\"];\n"
      "}\n";
  tmc_ir *ir = analyse_with(d, cat, NULL);
  const tmc_element *m = &ir->elements[elem(ir, "m")];
  assert_false(m->facts.inference_api);
  assert_true(m->facts.on_device);
  assert_true(cites(finding(ir, "TMC-ML-010", "m"), "AML.T0044"));
  assert_false(any_cites(ir, "m", "AML.T0034"));
  assert_null(finding(ir, "TMC-ML-012", "rel"));
  assert_true(ir->elements[elem(ir, "srv")].facts.inference_api);
  assert_false(ir->elements[elem(ir, "srv")].facts.on_device);
  tmc_ir_free(ir);
}

/* models15: a tool that writes what the model chose into a CRM or a mail
 * runs none of it: model-written output handled there is AML.T0053, not a
 * command interpreter (AML.T0050); an interpreter the agent hands code to
 * ("REPL tool (IPython)") runs it. */
static void test_interpreter_only_where_code_runs(void **state) {
  (void)state;
  static const char d[] =
      "digraph a {\n"
      "  c [shape=box, label=\"Callers\", entry=yes];\n"
      "  bot [label=\"voice agent loop\"];\n"
      "  m [type=llm, label=\"Hosted model\", source=third_party];\n"
      "  crm [type=agent_tool, label=\"update_customer (HubSpot CRM)\"];\n"
      "  mail [type=agent_tool, label=\"send_followup (e-mail)\"];\n"
      "  py [type=agent_tool, label=\"REPL tool (IPython)\"];\n"
      "  c -> bot; bot -> c; bot -> m; m -> bot;\n"
      "  bot -> crm; crm -> bot; bot -> mail; bot -> py; py -> bot;\n"
      "}\n";
  tmc_ir *ir = analyse_with(d, cat, NULL);
  const tmc_finding *f = finding(ir, "TMC-AGENT-004", "crm");
  if (f) {
    assert_false(cites(f, "AML.T0050"));
    assert_true(cites(f, "AML.T0053"));
  }
  assert_false(any_cites(ir, "mail", "AML.T0050"));
  assert_true(cites(finding(ir, "TMC-AGENT-004", "py"), "AML.T0050"));
  tmc_ir_free(ir);
}

/* models15: weights rolled into the more trusted, private cluster that
 * serves them ("rolling update" from the project's registry) are a deploy
 * inward, not a model shipped to consumers: no model supply chain
 * (AML.T0010.003); the same registry's "model update" pushed out to
 * phones is one. */
static void test_rollout_inward_is_no_shipping(void **state) {
  (void)state;
  static const char d[] =
      "digraph r {\n"
      "  subgraph cluster_cloud { label=\"Cloud project (internal)\";\n"
      "    reg [type=model_registry, label=\"Model registry\"];\n"
      "    tr [type=pipeline, label=\"Weekly retrain\"];\n"
      "    ds [type=dataset, label=\"Claims history\"];\n"
      "    subgraph cluster_k8s { label=\"Private GKE cluster (restricted)\";\n"
      "      sc [type=model, label=\"claims-scorer\"]; }\n"
      "  }\n"
      "  subgraph cluster_ph { label=\"User's phone\";\n"
      "    ph [type=model, label=\"On-phone triage model\"]; }\n"
      "  ds -> tr -> reg;\n"
      "  reg -> sc [label=\"rolling update\"];\n"
      "  reg -> ph [label=\"model update (OTA)\"];\n"
      "}\n";
  tmc_ir *ir = analyse_with(d, cat, NULL);
  assert_false(ir->flows[flow(ir, "reg", "sc")].facts.ships_model);
  assert_false(any_cites(ir, "reg->sc", "AML.T0010.003"));
  assert_true(ir->flows[flow(ir, "reg", "ph")].facts.ships_model);
  tmc_ir_free(ir);
}

/* models15: the flow where a feedback loop closes: a recommender logs the
 * impressions it served into the clickstream its next version is trained
 * on (ML08, AML.T0031); a model writing into a store nothing trains from
 * closes no loop. */
static void test_feedback_loop_flow(void **state) {
  (void)state;
  static const char d[] =
      "digraph f {\n"
      "  u [shape=box, label=\"Readers\"];\n"
      "  rec [type=model, label=\"News feed recommender\"];\n"
      "  cs [type=data_store, label=\"Clickstream (Kinesis)\"];\n"
      "  etl [label=\"Hourly ETL\"];\n"
      "  tt [type=dataset, label=\"Training table\"];\n"
      "  tr [type=pipeline, label=\"Daily retrain\"];\n"
      "  reg [type=model_registry, label=\"Registry\"];\n"
      "  audit [type=data_store, label=\"Audit archive\"];\n"
      "  u -> rec; rec -> u [label=\"feed\"]; u -> cs [label=\"clicks\"];\n"
      "  rec -> cs [label=\"impressions served\"]; rec -> audit;\n"
      "  cs -> etl -> tt -> tr -> reg -> rec;\n"
      "}\n";
  tmc_ir *ir = analyse_with(d, cat, NULL);
  assert_true(cites(finding(ir, "TMC-TRAIN-016", "rec->cs"), "ML08:2023"));
  assert_null(finding(ir, "TMC-TRAIN-016", "rec->audit"));
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_training_job_drawn_as_model),
      cmocka_unit_test(test_physical_input),
      cmocka_unit_test(test_image_patches_are_queries),
      cmocka_unit_test(test_verdict_store),
      cmocka_unit_test(test_model_files_by_flow),
      cmocka_unit_test(test_jobs_behind_ingress),
      cmocka_unit_test(test_chaff_and_overrides),
      cmocka_unit_test(test_vendor_update),
      cmocka_unit_test(test_model_supply_vs_deploy),
      cmocka_unit_test(test_flood_cost_only_when_metered),
      cmocka_unit_test(test_model_hub_outside),
      cmocka_unit_test(test_federated_rounds_and_gate),
      cmocka_unit_test(test_llm_trained_on_people),
      cmocka_unit_test(test_partner_files_into_training),
      cmocka_unit_test(test_verdicts_become_labels),
      cmocka_unit_test(test_stalled_model_fails_open),
      cmocka_unit_test(test_public_corpus_is_a_source),
      cmocka_unit_test(test_outsiders_code_queries_the_model),
      cmocka_unit_test(test_model_fetched_from_cdn),           /* models15 */
      cmocka_unit_test(test_interpreter_only_where_code_runs), /* models15 */
      cmocka_unit_test(test_rollout_inward_is_no_shipping),    /* models15 */
      cmocka_unit_test(test_feedback_loop_flow),               /* models15 */
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
