/* test_facts.c - the facts pass: taint of outside content through ingestion,
 * a vector store and retrieval into an LLM; sensitivity propagated from data
 * classes and the stores flows read; kind sets, third-party origin, training
 * paths, untrusted callers, inference APIs; cycles and a large fan-out. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "engine_helpers.h"
#include "report_helpers.h"

static const char rag[] =
    "digraph rag {\n"
    "  outsider [type=external, label=\"Partner portal user\"];\n"
    "  employee [type=external];\n"
    "  subgraph cluster_corp { label=\"Internal network\";\n"
    "    docs [type=data_store, label=\"Document store\", data=pii];\n"
    "    ingest [type=pipeline, label=\"Ingestion\"];\n"
    "    vs [type=vector_store];\n"
    "    retr [label=\"Retriever\"];\n"
    "    llm [type=llm];\n"
    "    app [label=\"Chat app\"];\n"
    "    audit [type=data_store, label=\"Audit log\"];\n"
    "    hub [type=external, label=\"Model hub\", source=third_party];\n"
    "    train [type=pipeline, label=\"Fine-tuning\"];\n"
    "    ds [type=dataset];\n"
    "    clean [type=data_store, label=\"Clean store\", sensitivity=secret];\n"
    "  }\n"
    "  outsider -> docs [label=upload];\n"
    "  docs -> ingest -> vs;\n"
    "  vs -> retr -> llm;\n"
    "  employee -> app; app -> llm; llm -> app; app -> employee;\n"
    "  app -> audit;\n"
    "  hub -> train; ds -> train; train -> llm;\n"
    "  clean -> app [sensitivity=internal];\n"
    "}\n";

static void test_taint_chain(void **state) {
  tmc_ir *ir = analyse_with(rag, cat, "facts");
  const char *chain[] = {"docs", "ingest", "vs", "retr", "llm", "app"};
  for (size_t i = 0; i < sizeof chain / sizeof *chain; i++)
    if (!ir->elements[elem(ir, chain[i])].facts.tainted)
      fail_msg("%s should be tainted", chain[i]);
  /* The document store holds outside content, but nothing it stored has been
   * retrieved yet; from the ingestion on, it has. */
  assert_false(ir->elements[elem(ir, "docs")].facts.tainted_via_store);
  assert_true(ir->elements[elem(ir, "ingest")].facts.tainted_via_store);
  assert_true(ir->elements[elem(ir, "llm")].facts.tainted_via_store);
  assert_true(ir->flows[flow(ir, "retr", "llm")].facts.tainted_via_store);
  assert_true(ir->flows[flow(ir, "outsider", "docs")].facts.tainted);
  assert_false(ir->flows[flow(ir, "outsider", "docs")].facts.tainted_via_store);
  /* Nothing outside reaches the dataset or the clean store. */
  assert_false(ir->elements[elem(ir, "ds")].facts.tainted);
  assert_false(ir->elements[elem(ir, "clean")].facts.tainted);
  /* The chat path alone (no store) taints the LLM directly only. */
  tmc_ir_free(ir);
  ir = analyse_with("digraph g { u [type=external]; subgraph cluster_a { label=internal;"
                    " a; l [type=llm]; } u -> a -> l; }",
                    cat, "facts");
  assert_true(ir->elements[elem(ir, "l")].facts.tainted);
  assert_false(ir->elements[elem(ir, "l")].facts.tainted_via_store);
  tmc_ir_free(ir);
  /* Weights loaded from a registry are not content in the prompt: a model
   * taken from a public hub does not make the LLM's input outside content
   * (PoisonGPT: no "indirect prompt injection through retrieved content"),
   * and the influence fact still says a third party shapes it. */
  ir = analyse_with("digraph g { hub [type=model_registry, source=third_party];"
                    " imp; reg [type=model_registry]; l [type=llm]; web;"
                    " hub -> imp -> reg -> l; web -> l; }",
                    cat, "facts");
  assert_true(ir->elements[elem(ir, "reg")].facts.tainted);
  assert_false(ir->elements[elem(ir, "l")].facts.tainted);
  assert_false(ir->elements[elem(ir, "l")].facts.tainted_via_store);
  assert_true(ir->elements[elem(ir, "l")].facts.influenced);
  tmc_ir_free(ir);
  /* The same with a training pipeline writing the model: its data may be
   * outsiders', the load is still not a prompt. */
  ir = analyse_with("digraph g { c [shape=box, label=\"Customer\"];"
                    " s [shape=cylinder, label=\"Reviews\"]; p [type=pipeline];"
                    " m [type=model]; c -> s -> p -> m; }",
                    cat, "facts");
  assert_true(ir->elements[elem(ir, "p")].facts.tainted_via_store);
  assert_false(ir->elements[elem(ir, "m")].facts.tainted);
  assert_true(ir->elements[elem(ir, "m")].facts.influenced);
  tmc_ir_free(ir);
}

/* The outsider the evidence names ("receives content that originated
 * outside (from X)") is the nearest one, ties broken by the lower id, in
 * whichever order the diagram declares its elements and flows: two outsiders
 * two flows from the target (a partner's feed through an importer, a
 * customer through a web app) name the one with the lower id, a third one
 * flow away (wording 2: a public bucket drawn as an outside store) is
 * nearer and named instead. Fails when the walk names the first declared. */
static void test_taint_origin_any_order(void **state) {
  (void)state;
  static const char *const nodes[] = {
      "zed [type=external, label=\"Partner feed\"];",
      "amy [type=external, label=\"Customer\"];",
      "subgraph cluster_c { label=\"Internal network\"; imp [label=\"Importer\"];"
      " web [label=\"Web app\"]; db [type=data_store, label=\"Orders DB\"];"
      " svc [label=\"Order service\"]; }"};
  static const struct {
    const char *extra, *edge; /* a third outsider one flow from svc */
    const char *named;
  } cases[] = {
      {"", "", "amy"},
      {"pub [type=external, label=\"Public bucket\"];", "pub -> svc;", "pub"},
  };
  static const char *const edges[] = {"zed -> imp;", "imp -> svc;", "amy -> web;",
                                      "web -> svc;", "svc -> db;"};
  for (size_t c = 0; c < sizeof cases / sizeof *cases; c++)
    for (size_t o = 0; o < 12; o++) {
      const int *p = report_orders[o % 6];
      char es[300];
      report_edges(es, sizeof es, edges, sizeof edges / sizeof *edges, o);
      /* the third outsider declared first or last, its flow last */
      char dot[1200];
      snprintf(dot, sizeof dot, "digraph g { %s %s %s %s %s %s%s }",
               o < 6 ? cases[c].extra : "", nodes[p[0]], nodes[p[1]], nodes[p[2]],
               o < 6 ? "" : cases[c].extra, es, cases[c].edge);
      tmc_ir *ir = analyse_with(dot, cat, "facts");
      uint32_t want = elem(ir, cases[c].named);
      static const char *const reached[] = {"svc", "db"};
      for (size_t r = 0; r < 2; r++) {
        uint32_t got = ir->elements[elem(ir, reached[r])].facts.taint_origin;
        if (got != want)
          fail_msg("case %zu, order %zu: %s names %s, want %s", c, o, reached[r],
                   got < ir->n_elements ? ir->elements[got].id : "none", cases[c].named);
      }
      assert_int_equal(ir->flows[flow(ir, "svc", "db")].facts.taint_origin, want);
      tmc_ir_free(ir);
    }
}

/* Content outsiders wrote, drawn as a store outside every zone and found to
 * be an entry point by the reach pass, starts influence and taint like a
 * person would: a crawler or fetcher carries it on to the prompt (indirect
 * prompt injection through a fetcher). Two wordings and shapes; a store
 * inside the system's zone does not start anything. */
static void test_outside_store_is_an_origin(void **state) {
  static const char *const diagrams[] = {
      "digraph a { pages [shape=cylinder, label=\"Open web pages\"];\n"
      " subgraph cluster_app { label=\"Our cloud\"; style=dashed;\n"
      "  crawl [label=\"Crawler\"]; asm [label=\"Prompt builder\"];\n"
      "  l [label=\"Self-hosted Llama 3\"]; notes [shape=cylinder, label=\"Notes DB\"]; "
      "}\n"
      " pages -> crawl [label=\"HTML\"]; crawl -> asm; notes -> asm; asm -> l; }\n",
      "digraph b { forum [shape=box3d, label=\"Community forum feed\"];\n"
      " subgraph cluster_sys { label=\"Support platform (private VPC)\";\n"
      "  fetch [label=\"Thread fetcher\"]; orch [label=\"Answer orchestrator\"];\n"
      "  l [label=\"GPT-4o deployment\"]; notes [shape=cylinder, label=\"Notes DB\"]; }\n"
      " fetch -> forum [label=\"GET\"]; forum -> fetch [label=\"posts\"];\n"
      " fetch -> orch; notes -> orch; orch -> l; }\n",
  };
  static const char *const outside[] = {"pages", "forum"};
  for (size_t i = 0; i < 2; i++) {
    tmc_ir *ir = analyse_with(diagrams[i], cat, "facts");
    const tmc_element *o = &ir->elements[elem(ir, outside[i])];
    if (!o->facts.is_entry || !o->facts.origin)
      fail_msg("diagram %zu: %s should be an entry and an origin", i, outside[i]);
    assert_false(ir->elements[elem(ir, "notes")].facts.origin);
    const tmc_element *l = &ir->elements[elem(ir, "l")];
    if (!l->facts.tainted || !l->facts.influenced)
      fail_msg("diagram %zu: the model should see outside content", i);
    tmc_ir_free(ir);
  }
}

static void test_sensitivity(void **state) {
  tmc_ir *ir = analyse_with(rag, cat, "facts");
  /* pii -> confidential on the store, then along every flow that reads it. */
  assert_int_equal(ir->elements[elem(ir, "docs")].facts.data_sensitivity,
                   TMC_SENS_CONFIDENTIAL);
  assert_int_equal(ir->flows[flow(ir, "docs", "ingest")].facts.data_sensitivity,
                   TMC_SENS_CONFIDENTIAL);
  assert_int_equal(ir->flows[flow(ir, "retr", "llm")].facts.data_sensitivity,
                   TMC_SENS_CONFIDENTIAL);
  assert_int_equal(ir->elements[elem(ir, "llm")].facts.data_sensitivity,
                   TMC_SENS_CONFIDENTIAL);
  /* A flow that declares its own sensitivity stops the propagation. */
  assert_int_equal(ir->elements[elem(ir, "clean")].facts.data_sensitivity,
                   TMC_SENS_SECRET);
  assert_int_equal(ir->flows[flow(ir, "clean", "app")].facts.data_sensitivity,
                   TMC_SENS_INTERNAL);
  /* Nothing flows into the dataset: it stays unset. */
  assert_int_equal(ir->elements[elem(ir, "ds")].facts.data_sensitivity, TMC_SENS_UNSET);
  /* Logs by name. */
  assert_true(ir->elements[elem(ir, "audit")].facts.holds_logs);
  assert_false(ir->elements[elem(ir, "docs")].facts.holds_logs);
  tmc_ir_free(ir);
}

static void test_kinds_and_origin(void **state) {
  tmc_ir *ir = analyse_with(rag, cat, "facts");
  const tmc_element_facts *llm = &ir->elements[elem(ir, "llm")].facts;
  assert_true(llm->upstream & (1u << TMC_KIND_VECTOR_STORE));
  assert_true(llm->upstream & (1u << TMC_KIND_DATASET));
  assert_true(llm->upstream & (1u << TMC_KIND_LLM)); /* llm -> app -> llm: a cycle */
  assert_true(llm->inputs_from & (1u << TMC_KIND_PIPELINE));
  assert_false(llm->inputs_from & (1u << TMC_KIND_VECTOR_STORE));
  assert_true(llm->third_party_upstream);
  assert_false(ir->elements[elem(ir, "vs")].facts.third_party_upstream);
  assert_true(ir->elements[elem(ir, "outsider")].facts.downstream & (1u << TMC_KIND_LLM));
  /* Training path: the fine-tuning pipeline and what feeds it, not the RAG side. */
  assert_true(ir->elements[elem(ir, "train")].facts.training_path);
  assert_true(ir->elements[elem(ir, "ds")].facts.training_path);
  assert_true(ir->elements[elem(ir, "hub")].facts.training_path);
  assert_false(ir->elements[elem(ir, "ingest")].facts.training_path);
  /* Untrusted callers: through processes only; the store breaks the chain. */
  assert_true(ir->elements[elem(ir, "docs")].facts.untrusted_callers);
  assert_false(ir->elements[elem(ir, "ingest")].facts.untrusted_callers);
  assert_true(ir->elements[elem(ir, "app")].facts.untrusted_callers);
  tmc_ir_free(ir);
}

static void test_inference_api(void **state) {
  tmc_ir *ir = analyse_with(
      "digraph g { c [type=external]; subgraph cluster_x { label=internal;"
      " api [label=\"Prediction API\"]; m [type=model, label=\"Sentiment model\"];"
      " p [type=pipeline, label=\"Training\"]; m2 [type=model, label=\"Offline "
      "scorer\"]; }"
      " c -> api [protocol=https]; api -> m; p -> m2; }",
      cat, "facts");
  assert_true(ir->elements[elem(ir, "m")].facts.inference_api);
  assert_false(ir->elements[elem(ir, "m2")].facts.inference_api);
  assert_true(ir->elements[elem(ir, "api")].facts.exposed);
  tmc_ir_free(ir);
}

/* What an element holds leaves it only where it is a store being read:
 * processes pass on what they receive, not everything they can touch. */
static void test_sensitivity_direction(void **state) {
  tmc_ir *ir = analyse_with(
      "digraph g { ds [type=external];\n"
      " subgraph cluster_ml { label=internal;\n"
      "  nb [label=Notebook, data=credentials]; job [label=\"Training job\"];\n"
      "  reg [type=model_registry, data=model_weights];\n"
      "  m [type=model, label=Scorer]; app [label=App]; logs [type=data_store];\n"
      "  pii [type=data_store, data=pii]; rd [label=Reader]; ui [label=UI]; }\n"
      " ds -> nb; nb -> job; reg -> m [data=model_weights]; app -> m; m -> app;\n"
      " m -> logs; pii -> rd; rd -> ui; ui -> rd [label=\"ask\"]; ui -> viewer; viewer "
      "[type=external]; }",
      cat, "facts");
  /* The notebook's credentials are its own: the job spec it sends is not secret. */
  assert_int_equal(ir->elements[elem(ir, "nb")].facts.data_sensitivity, TMC_SENS_SECRET);
  assert_int_equal(ir->flows[flow(ir, "nb", "job")].facts.data_sensitivity,
                   TMC_SENS_UNSET);
  assert_int_equal(ir->elements[elem(ir, "job")].facts.data_sensitivity, TMC_SENS_UNSET);
  /* The model holds confidential weights; its predictions and logs do not. */
  assert_int_equal(ir->elements[elem(ir, "m")].facts.data_sensitivity,
                   TMC_SENS_CONFIDENTIAL);
  assert_true(ir->flows[flow(ir, "m", "logs")].facts.data_sensitivity <
              TMC_SENS_CONFIDENTIAL);
  assert_true(ir->elements[elem(ir, "logs")].facts.data_sensitivity <
              TMC_SENS_CONFIDENTIAL);
  /* A store passes on what it holds on the flows that read it, and a process
   * passes on what it received, but not back to whoever sent it. */
  assert_int_equal(ir->flows[flow(ir, "pii", "rd")].facts.data_sensitivity,
                   TMC_SENS_CONFIDENTIAL);
  assert_int_equal(ir->flows[flow(ir, "rd", "ui")].facts.data_sensitivity,
                   TMC_SENS_CONFIDENTIAL);
  assert_int_equal(ir->flows[flow(ir, "ui", "viewer")].facts.data_sensitivity,
                   TMC_SENS_CONFIDENTIAL);
  assert_true(ir->flows[flow(ir, "ui", "rd")].facts.data_sensitivity <
              TMC_SENS_CONFIDENTIAL);
  tmc_ir_free(ir);
}

/* A query into a store writes nothing into it: an outsider's question that
 * the orchestrator turns into a similarity search does not make the vector
 * store hold outside content, so the LLM gets no indirect injection from it.
 * A write does. */
static void test_query_is_not_a_write(void **state) {
  static const char *variants[][2] = {
      {"o -> vs [label=\"similarity search\"]; vs -> o [label=chunks];", "no"},
      {"o -> vs [label=\"retrieve chunks\", dir=both];", "no"},
      {"o -> vs [label=\"save conversation\"]; vs -> o [label=chunks];", "yes"},
      {"o -> vs [dir=both];", "yes"},
  };
  for (size_t i = 0; i < sizeof variants / sizeof *variants; i++) {
    char dot[1024];
    snprintf(dot, sizeof dot,
             "digraph g { u [type=external];\n"
             " subgraph cluster_a { label=internal; o [label=Orchestrator];\n"
             "  vs [type=vector_store, data=embeddings]; l [type=llm]; }\n"
             " u -> o; o -> l; %s }",
             variants[i][0]);
    tmc_ir *ir = analyse_with(dot, cat, "rules");
    bool want = strcmp(variants[i][1], "yes") == 0;
    const tmc_element_facts *vs = &ir->elements[elem(ir, "vs")].facts;
    if (vs->tainted != want ||
        ir->elements[elem(ir, "l")].facts.tainted_via_store != want)
      fail_msg("variant %zu (%s): vector store tainted=%d, want %d", i, variants[i][0],
               vs->tainted, want);
    assert_true((finding(ir, "TMC-LLM-002", "l") != NULL) == want);
    /* The direct injection is there either way. */
    assert_non_null(finding(ir, "TMC-LLM-001", "l"));
    tmc_ir_free(ir);
  }
}

/* The direct facts: what a store feeds with no other store between, who calls
 * a process from a lower zone, and where outside content came from. */
static void test_direct_facts(void **state) {
  tmc_ir *ir = analyse_with(
      "digraph g { cust [type=external, label=Customer];\n"
      " subgraph cluster_dmz { label=DMZ; shop [label=Shop]; }\n"
      " subgraph cluster_in { label=internal;\n"
      "  db [type=data_store]; exp [label=Export]; set [type=dataset];\n"
      "  tr [type=pipeline]; reg [type=model_registry]; eng [type=external];\n"
      "  imp [label=Importer]; }\n"
      " hub [type=model_registry, source=third_party];\n"
      " cust -> shop -> db -> exp -> set -> tr -> reg; eng -> imp; hub -> imp;\n"
      " imp -> reg; }",
      cat, "facts");
  assert_true(ir->elements[elem(ir, "db")].facts.training_path);
  assert_false(ir->elements[elem(ir, "db")].facts.feeds_training);
  assert_true(ir->elements[elem(ir, "set")].facts.feeds_training);
  assert_true(ir->elements[elem(ir, "db")].facts.direct_downstream &
              (1u << TMC_KIND_DATASET));
  assert_false(ir->elements[elem(ir, "db")].facts.direct_downstream &
               (1u << TMC_KIND_PIPELINE));
  /* The shop takes requests from outside; the importer reads a hub and is
   * called from its own zone: no request comes to it from lower trust. */
  assert_true(ir->elements[elem(ir, "shop")].facts.lower_trust_callers);
  assert_false(ir->elements[elem(ir, "imp")].facts.lower_trust_callers);
  assert_false(ir->elements[elem(ir, "exp")].facts.lower_trust_callers);
  /* The customer's content is named at the end of the chain. */
  assert_int_equal(ir->elements[elem(ir, "set")].facts.taint_origin, elem(ir, "cust"));
  assert_int_equal(ir->flows[flow(ir, "exp", "set")].facts.taint_origin,
                   elem(ir, "cust"));
  assert_true(ir->elements[elem(ir, "cust")].facts.origin);
  assert_false(ir->elements[elem(ir, "shop")].facts.origin);
  tmc_ir_free(ir);
}

/* A long chain and a cycle with a big fan-out: the worklists finish and are
 * right at the far end. */
static void test_large(void **state) {
  tmc_buf b = TMC_BUF_INIT;
  tmc_buf_puts(&b, "digraph g { u [type=external, source=third_party];\n");
  for (int i = 0; i < 3000; i++)
    tmc_buf_printf(&b, "n%d -> n%d;\n", i, i + 1);
  tmc_buf_puts(&b, "u -> n0; n3000 -> n0; n3000 [type=llm];\n");
  for (int i = 0; i < 2000; i++)
    tmc_buf_printf(&b, "n1500 -> f%d; f%d -> n1500;\n", i, i);
  tmc_buf_puts(&b, "}\n");
  tmc_ir *ir = analyse_with(b.data, cat, "facts");
  const tmc_element_facts *x = &ir->elements[elem(ir, "n3000")].facts;
  assert_true(x->tainted);
  assert_true(x->third_party_upstream);
  assert_true(x->entry_hops != TMC_NONE && x->entry_hops >= 3000);
  assert_true(ir->elements[elem(ir, "f1999")].facts.tainted);
  assert_true(ir->elements[elem(ir, "n0")].facts.upstream & (1u << TMC_KIND_LLM));
  tmc_ir_free(ir);
  tmc_buf_free(&b);
}

/* A model shipped to people's devices is known by its own name (an on-device
 * format or runtime) or by the zone it is drawn in (a zone named as people's
 * devices): it is copied whole (TMC-ML-010, TMC-PATH-011), never queried
 * through an inference API (no TMC-PATH-004 / AML.T0040 on it). A server-side
 * zone that mentions devices, or a model outsiders query, is no device. */
static void test_on_device_by_name_or_zone(void **state) {
  static const char d[] =
      "digraph d {\n"
      "  rider [type=external, label=\"Rider\"];\n"
      "  thief [type=external, label=\"Reverse engineer\"];\n"
      "  subgraph cluster_kit { label=\"Field kit\";\n"
      "    app [label=\"Survey app\"];\n"
      "    crop [type=model, label=\"Crop stress model (Core ML)\"]; }\n"
      "  subgraph cluster_car { label=\"Driver's vehicle\";\n"
      "    hud [label=\"Dashboard unit\"];\n"
      "    drowsy [type=model, label=\"Drowsiness detector\"]; }\n"
      "  subgraph cluster_be { label=\"Device management backend\";\n"
      "    fleet [label=\"Fleet service\"];\n"
      "    anomaly [type=model, label=\"Anomaly scorer\"]; }\n"
      "  subgraph cluster_pub { label=\"Customer devices\";\n"
      "    api [type=model, label=\"Scoring model\"]; }\n"
      "  rider -> app -> crop -> app; thief -> app;\n"
      "  rider -> hud -> drowsy -> hud;\n"
      "  rider -> fleet -> anomaly -> fleet;\n"
      "  rider -> api [protocol=https]; api -> rider;\n"
      "}\n";
  tmc_ir *ir = analyse_with(d, cat, NULL);
  assert_true(ir->elements[elem(ir, "crop")].facts.on_device);
  assert_true(ir->elements[elem(ir, "drowsy")].facts.on_device);
  assert_false(ir->elements[elem(ir, "anomaly")].facts.on_device);
  assert_false(ir->elements[elem(ir, "api")].facts.on_device);
  assert_non_null(finding(ir, "TMC-ML-010", "crop"));
  assert_non_null(finding(ir, "TMC-ML-010", "drowsy"));
  assert_null(finding(ir, "TMC-ML-010", "anomaly"));
  /* no attack path queries an on-device model through an API */
  for (uint32_t i = 0; i < ir->n_findings; i++) {
    const tmc_finding *f = &ir->findings[i];
    if (f->target_kind != TMC_TARGET_PATH)
      continue;
    uint32_t to = ir->paths[f->target].asset;
    if (to == elem(ir, "crop") || to == elem(ir, "drowsy")) {
      assert_string_not_equal(f->rule_id, "TMC-PATH-004");
      assert_false(tmc_strlist_has(&f->atlas, "AML.T0040"));
    }
  }
  tmc_ir_free(ir);
}

/* Weights on their way to what runs them (#15 training family): a load from
 * a bucket whose name says model files, an image a CI/CD step built from the
 * registry and a rollout from it; a signature is checked where they arrive
 * (TMC-MLOPS-010), not on a copy into another store, and not on a query. */
static void test_weights_carried(void **state) {
  static const char d[] = "digraph w {\n"
                          "  user [type=external, label=\"Shopper\"];\n"
                          "  subgraph cluster_p { label=\"Production\";\n"
                          "    reg [type=model_registry, label=\"Model catalogue\"];\n"
                          "    ci [label=\"Jenkins image build\"];\n"
                          "    images [type=data_store, label=\"Image repository\"];\n"
                          "    cd [label=\"Argo CD sync\"];\n"
                          "    api [label=\"Ranking service\"];\n"
                          "    bucket [type=data_store, label=\"ONNX files bucket\"];\n"
                          "    scorer [label=\"Batch scorer\"];\n"
                          "    mirror [type=data_store, label=\"DR copy\"];\n"
                          "    preds [type=data_store, label=\"Predictions\"]; }\n"
                          "  reg -> ci -> images -> cd -> api; user -> api -> user;\n"
                          "  bucket -> scorer -> preds; bucket -> mirror;\n"
                          "  api -> preds [label=\"lookup\"];\n"
                          "}\n";
  tmc_ir *ir = analyse_with(d, cat, NULL);
  assert_true(ir->elements[elem(ir, "bucket")].facts.model_artifacts);
  assert_true(ir->elements[elem(ir, "images")].facts.model_artifacts);
  assert_true(ir->elements[elem(ir, "mirror")].facts.model_artifacts);
  assert_false(ir->elements[elem(ir, "preds")].facts.model_artifacts);
  assert_true(ir->flows[flow(ir, "reg", "ci")].facts.carries_weights);
  assert_true(ir->flows[flow(ir, "cd", "api")].facts.carries_weights);
  assert_false(ir->flows[flow(ir, "api", "user")].facts.carries_weights);
  assert_false(ir->flows[flow(ir, "scorer", "preds")].facts.carries_weights);
  assert_non_null(finding(ir, "TMC-MLOPS-010", "bucket->scorer"));
  assert_non_null(finding(ir, "TMC-MLOPS-010", "cd->api"));
  assert_non_null(finding(ir, "TMC-MLOPS-010", "reg->ci"));
  assert_null(finding(ir, "TMC-MLOPS-010", "bucket->mirror"));
  assert_null(finding(ir, "TMC-MLOPS-010", "ci->images"));
  tmc_ir_free(ir);
}

/* A log store next to the weights gets records about them (a registry's
 * access events, a build's output, a bucket's access log, a trainer's
 * metrics), never the weights: no "model weights can be stolen" finding on
 * it, and the flow into it carries no weights. */
static void test_weights_not_in_logs(void **state) {
  static const char d[] =
      "digraph w {\n"
      "  subgraph cluster_p { label=\"Production\";\n"
      "    ds [type=dataset, label=\"Training data\"];\n"
      "    tr [label=\"Training pipeline\"];\n"
      "    met [type=data_store, label=\"Training metrics log\"];\n"
      "    reg [type=model_registry, label=\"Model registry\"];\n"
      "    audit [type=data_store, label=\"Registry audit log\"];\n"
      "    ci [label=\"GitHub Actions image build\"];\n"
      "    blogs [type=data_store, label=\"Build logs\"];\n"
      "    img [type=data_store, label=\"Container registry\"];\n"
      "    bucket [type=data_store, label=\"Model weights bucket\"];\n"
      "    acc [type=data_store, label=\"S3 access logs\"]; }\n"
      "  ds -> tr; tr -> reg [label=\"model\"]; tr -> met [label=\"loss, accuracy\"];\n"
      "  reg -> audit [label=\"access events\"]; reg -> ci [label=\"model version\"];\n"
      "  ci -> blogs [label=\"build output\"]; ci -> img [label=\"image\"];\n"
      "  bucket -> acc [label=\"access records\"];\n"
      "}\n";
  tmc_ir *ir = analyse_with(d, cat, NULL);
  assert_true(ir->elements[elem(ir, "img")].facts.model_artifacts);
  assert_true(ir->elements[elem(ir, "bucket")].facts.model_artifacts);
  static const char *const logs[] = {"met", "audit", "blogs", "acc"};
  for (size_t i = 0; i < sizeof logs / sizeof *logs; i++) {
    const tmc_element *e = &ir->elements[elem(ir, logs[i])];
    assert_true(e->facts.holds_logs);
    assert_false(e->facts.model_artifacts);
    assert_false(e->facts.loads_model_artifacts);
    assert_null(finding(ir, "TMC-MLOPS-008", logs[i]));
  }
  assert_false(ir->flows[flow(ir, "ci", "blogs")].facts.carries_weights);
  assert_false(ir->flows[flow(ir, "reg", "audit")].facts.carries_weights);
  assert_false(ir->flows[flow(ir, "bucket", "acc")].facts.carries_weights);
  assert_true(ir->flows[flow(ir, "ci", "img")].facts.carries_weights);
  tmc_ir_free(ir);
}

/* A step that strips personal data before training (#15 training family):
 * what it misses is trained in; an LLM repeats it (TMC-TRAIN-009, LLM02),
 * another model gives it up to inversion (TMC-TRAIN-008, no LLM id). Named on
 * the flow, on the step or on the store; a store that is not said to be
 * de-identified gets neither. */
static void test_deidentified_training_data(void **state) {
  static const char d[] = "digraph p {\n"
                          "  subgraph cluster_h { label=\"Clinic\";\n"
                          "    ehr [type=data_store, label=\"Patient records\"];\n"
                          "    cohort [type=dataset, label=\"Cohort extract\"];\n"
                          "    fit [type=pipeline, label=\"Risk model training\"];\n"
                          "    risk [type=model, label=\"Readmission risk model\"];\n"
                          "    notes [type=data_store, label=\"Call notes\"];\n"
                          "    anon [label=\"Anonymiser (NER)\"];\n"
                          "    sft [type=dataset, label=\"Tuning set\"];\n"
                          "    tune [type=pipeline, label=\"Fine-tuning job\"];\n"
                          "    bot [type=llm, label=\"Nurse assistant\"];\n"
                          "    raw [type=dataset, label=\"Raw labels\"]; }\n"
                          "  ehr -> cohort [label=\"nightly export, pseudonymised\"];\n"
                          "  cohort -> fit -> risk;\n"
                          "  notes -> anon -> sft -> tune -> bot;\n"
                          "  raw -> fit;\n"
                          "}\n";
  tmc_ir *ir = analyse_with(d, cat, NULL);
  assert_true(ir->elements[elem(ir, "cohort")].facts.deidentified);
  assert_true(ir->elements[elem(ir, "sft")].facts.deidentified);
  assert_false(ir->elements[elem(ir, "raw")].facts.deidentified);
  assert_true(cites(finding(ir, "TMC-TRAIN-008", "cohort"), "CWE-359"));
  assert_null(finding(ir, "TMC-TRAIN-009", "cohort"));
  assert_true(cites(finding(ir, "TMC-TRAIN-009", "sft"), "LLM02:2025"));
  assert_null(finding(ir, "TMC-TRAIN-008", "sft"));
  assert_null(finding(ir, "TMC-TRAIN-008", "raw"));
  tmc_ir_free(ir);
}

/* A model drawn as loaded into its server (model -> "Triton inference
 * server"): the server is its inference API, the server's callers query it
 * (#15 training family: extraction, evasion on the model, flooding on the
 * server). A model whose output only goes to a report writer is served by
 * nobody. */
static void test_served_models(void **state) {
  static const char d[] =
      "digraph s {\n"
      "  client [type=external, label=\"Partner app\"];\n"
      "  subgraph cluster_p { label=\"Platform\";\n"
      "    gw [label=\"Edge gateway\"];\n"
      "    srv [label=\"Triton inference server\"];\n"
      "    m [type=model, label=\"Churn model\"];\n"
      "    reg [type=model_registry, label=\"Model catalogue\"];\n"
      "    m2 [type=model, label=\"Forecast model\"];\n"
      "    rep [label=\"Monthly report writer\"];\n"
      "    ops [type=external, label=\"Planner\"]; }\n"
      "  client -> gw -> srv -> gw -> client;\n"
      "  reg -> m [label=\"weights\"]; m -> srv [label=\"loaded by\"];\n"
      "  reg -> m2; m2 -> rep -> ops;\n"
      "}\n";
  tmc_ir *ir = analyse_with(d, cat, NULL);
  const tmc_element_facts *m = &ir->elements[elem(ir, "m")].facts;
  assert_true(m->inference_api);
  assert_true(m->untrusted_callers);
  assert_false(ir->elements[elem(ir, "m2")].facts.inference_api);
  assert_true(cites(finding(ir, "TMC-ML-001", "m"), "AML.T0024.002"));
  assert_true(cites(finding(ir, "TMC-ML-008", "srv"), "AML.T0029"));
  assert_null(finding(ir, "TMC-ML-001", "m2"));
  tmc_ir_free(ir);
}

/* A served model drawn only as the code that loads it (#15: the model
 * server is the model): a ranking service (TorchServe) fed from a model
 * registry holds the model, an asset that callers can copy and flood; a
 * KServe predictor with the model drawn beside it does not (the model
 * does), nor does a serving box that loads no weights. Label words name
 * the registry of an ML platform ("MLflow registry") and a refit as a
 * trainer. */
static void test_hosted_models(void **state) {
  static const char d[] = "digraph h {\n"
                          "  visitor [type=external, label=\"Visitor\"];\n"
                          "  subgraph cluster_p { label=\"Platform\";\n"
                          "    web [label=\"Storefront backend\"];\n"
                          "    rank [label=\"Ranking service (TorchServe)\"];\n"
                          "    reg [label=\"MLflow registry\"];\n"
                          "    ev [type=data_store, label=\"Order events\"];\n"
                          "    fit [label=\"Weekly refit\"];\n"
                          "    pred [label=\"KServe predictor\"];\n"
                          "    m [type=model, label=\"Fraud model\"];\n"
                          "    echo [label=\"Quote endpoint\"]; }\n"
                          "  visitor -> web -> rank -> web -> visitor;\n"
                          "  web -> ev -> fit -> reg -> rank [label=\"promote\"];\n"
                          "  reg -> m -> pred; web -> pred; web -> echo;\n"
                          "}\n";
  tmc_ir *ir = analyse_with(d, cat, NULL);
  assert_int_equal(ir->elements[elem(ir, "reg")].kind, TMC_KIND_MODEL_REGISTRY);
  assert_true(TMC_ROLESET_HAS(ir->elements[elem(ir, "fit")].roles, TMC_ROLE_TRAINER));
  const tmc_element_facts *r = &ir->elements[elem(ir, "rank")].facts;
  assert_true(r->hosts_model);
  assert_true(r->is_asset);
  assert_false(ir->elements[elem(ir, "pred")].facts.hosts_model);
  assert_false(ir->elements[elem(ir, "echo")].facts.hosts_model);
  assert_true(cites(finding(ir, "TMC-ML-001", "rank"), "AML.T0024.002"));
  assert_true(cites(finding(ir, "TMC-ML-003", "rank"), "ML04:2023"));
  assert_true(cites(finding(ir, "TMC-ML-002", "rank"), "ML03:2023"));
  assert_true(cites(finding(ir, "TMC-ML-008", "rank"), "AML.T0029"));
  assert_null(finding(ir, "TMC-ML-001", "pred"));
  assert_null(finding(ir, "TMC-ML-001", "echo"));
  tmc_ir_free(ir);
}

/* Training as a service (#15): customers hand the jobs API a training
 * script (directly, or through a job queue); the workers it starts run it by design
 * (runs_commands: TMC-AGENT-011, AML.T0050), and the API that starts training for
 * outsiders is an ML platform service they reach (TMC-MLOPS-004, AML.T0049). A retrain
 * fed people's ratings through the same kind of chain runs nothing they wrote. */
static void test_training_as_a_service(void **state) {
  static const char d[] =
      "digraph t {\n"
      "  cust [type=external, label=\"Customers\"];\n"
      "  subgraph cluster_c { label=\"Training cloud\";\n"
      "    portal [label=\"Fine-tune portal\"];\n"
      "    sched [label=\"Job scheduler\"];\n"
      "    work [label=\"GPU workers\"];\n"
      "    data [type=dataset, label=\"Customer datasets\"];\n"
      "    reg [type=model_registry, label=\"Tuned models\"];\n"
      "    rate [label=\"Ratings API\"];\n"
      "    fit [label=\"Nightly retrain\"];\n"
      "    rd [type=dataset, label=\"Ratings table\"];\n"
      "    reg2 [type=model_registry, label=\"Ranker versions\"]; }\n"
      "  cust -> portal [label=\"training script + dataset id\"];\n"
      "  portal -> sched -> work; data -> work -> reg;\n"
      "  cust -> rate [label=\"star ratings\"]; rate -> fit; rd -> fit -> reg2;\n"
      "}\n";
  tmc_ir *ir = analyse_with(d, cat, NULL);
  assert_true(TMC_ROLESET_HAS(ir->elements[elem(ir, "work")].roles, TMC_ROLE_TRAINER));
  assert_true(ir->elements[elem(ir, "work")].facts.runs_commands);
  assert_true(cites(finding(ir, "TMC-AGENT-011", "work"), "AML.T0050"));
  assert_true(cites(finding(ir, "TMC-MLOPS-004", "sched"), "AML.T0049"));
  assert_true(ir->elements[elem(ir, "sched")].facts.starts_jobs);
  assert_false(ir->elements[elem(ir, "portal")].facts.starts_jobs);
  assert_false(ir->elements[elem(ir, "fit")].facts.runs_commands);
  assert_null(finding(ir, "TMC-AGENT-011", "fit"));
  assert_null(finding(ir, "TMC-MLOPS-004", "rate"));
  tmc_ir_free(ir);

  /* ... and through a job queue: the API enqueues the caller's image, a
   * runner takes it off a topic and starts the training pods; a click
   * collector feeding a retrain through a topic hands it no code */
  static const char q[] =
      "digraph q {\n"
      "  an [type=external, label=\"Tenant analysts\"];\n"
      "  shop [type=external, label=\"Shoppers\"];\n"
      "  subgraph cluster_c { label=\"Batch cloud\";\n"
      "    api [label=\"Batch API\"]; topic [label=\"Jobs topic (Kafka)\"];\n"
      "    run [label=\"Runner\"]; pods [label=\"Training pods\"];\n"
      "    corpus [type=dataset, label=\"Tenant corpus\"];\n"
      "    ck [type=model_registry, label=\"Checkpoints\"];\n"
      "    col [label=\"Click collector\"]; ev [label=\"Events topic (Kafka)\"];\n"
      "    rt [label=\"Retrain\"]; m2 [type=model_registry, label=\"Ranker versions\"]; "
      "}\n"
      "  an -> api [label=\"docker image + args\"]; api -> topic -> run -> pods;\n"
      "  corpus -> pods -> ck;\n"
      "  shop -> col [label=\"clicks\"]; col -> ev -> rt -> m2;\n"
      "}\n";
  ir = analyse_with(q, cat, NULL);
  assert_true(ir->elements[elem(ir, "pods")].facts.runs_commands);
  assert_true(ir->elements[elem(ir, "api")].facts.starts_jobs);
  assert_true(cites(finding(ir, "TMC-MLOPS-004", "api"), "AML.T0049"));
  assert_false(ir->elements[elem(ir, "rt")].facts.runs_commands);
  assert_false(ir->elements[elem(ir, "col")].facts.starts_jobs);
  tmc_ir_free(ir);
}

/* The MLOps platform's own services (#15 training family): an ML-platform
 * service drawn as a process that outsiders reach (TMC-MLOPS-004), a CI/CD job
 * that promotes models (TMC-MLOPS-011; TMC-MLOPS-006 instead where its
 * credentials are drawn), an image registry a CI/CD step fills with the
 * model baked in (TMC-MLOPS-012 in place of TMC-MLOPS-007), and features
 * read at scoring time (TMC-ML-015; not an offline store that only feeds
 * training). */
static void test_mlops_services(void **state) {
  static const char d[] =
      "digraph o {\n"
      "  dev [type=external, label=\"Contractor\"];\n"
      "  subgraph cluster_p { label=\"ML platform\";\n"
      "    meta [label=\"Kubeflow metadata service\"];\n"
      "    train [type=pipeline, label=\"Training pipeline\"];\n"
      "    reg [type=model_registry, label=\"Model catalogue\"];\n"
      "    promote [label=\"GitLab CI promote job\"];\n"
      "    release [label=\"Jenkins release job\"];\n"
      "    kv [type=data_store, label=\"Key vault\"];\n"
      "    images [type=data_store, label=\"Image repository\"];\n"
      "    online [type=feature_store, label=\"Online features\"];\n"
      "    offline [type=feature_store, label=\"Offline features\"];\n"
      "    score [label=\"Scoring service\"];\n"
      "    m [type=model, label=\"Risk model\"]; }\n"
      "  dev -> meta; train -> meta; offline -> train -> reg;\n"
      "  promote -> reg; kv -> release; release -> reg;\n"
      "  reg -> release; release -> images; images -> score;\n"
      "  online -> score -> m -> score; dev -> score;\n"
      "}\n";
  tmc_ir *ir = analyse_with(d, cat, NULL);
  assert_true(cites(finding(ir, "TMC-MLOPS-004", "meta"), "AML.T0035"));
  assert_true(cites(finding(ir, "TMC-MLOPS-011", "promote"), "AML.T0055"));
  assert_null(finding(ir, "TMC-MLOPS-011", "release"));
  assert_non_null(finding(ir, "TMC-MLOPS-006", "release"));
  assert_true(cites(finding(ir, "TMC-MLOPS-012", "images"), "AML.T0010.004"));
  assert_null(finding(ir, "TMC-MLOPS-007", "images"));
  assert_true(cites(finding(ir, "TMC-ML-015", "online"), "ML08:2023"));
  assert_null(finding(ir, "TMC-ML-015", "offline"));
  tmc_ir_free(ir);
}

/* Training data filled with what people send (#15 training family): taken
 * in bulk (TMC-TRAIN-010); not where a de-identification step is named
 * (TMC-TRAIN-008 says that), nor for data no outsider's content reaches. */
static void test_peoples_records_for_training(void **state) {
  static const char d[] =
      "digraph r {\n"
      "  rider [type=external, label=\"Passenger\"];\n"
      "  subgraph cluster_c { label=\"Company cloud\";\n"
      "    app [label=\"Booking backend\"];\n"
      "    trips [type=data_store, label=\"Trip events (BigQuery)\"];\n"
      "    masked [type=dataset, label=\"Masked trip sample\"];\n"
      "    tariffs [type=data_store, label=\"Tariff tables\"];\n"
      "    fit [type=pipeline, label=\"ETA model training\"];\n"
      "    eta [type=model, label=\"ETA model\"]; }\n"
      "  rider -> app -> trips -> fit -> eta;\n"
      "  trips -> masked [label=\"anonymised export\"]; masked -> fit; tariffs -> fit;\n"
      "}\n";
  tmc_ir *ir = analyse_with(d, cat, NULL);
  assert_true(cites(finding(ir, "TMC-TRAIN-010", "trips"), "AML.T0036"));
  assert_null(finding(ir, "TMC-TRAIN-010", "masked"));
  assert_non_null(finding(ir, "TMC-TRAIN-008", "masked"));
  assert_null(finding(ir, "TMC-TRAIN-010", "tariffs"));
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_taint_chain),
      cmocka_unit_test(test_outside_store_is_an_origin),
      cmocka_unit_test(test_sensitivity),
      cmocka_unit_test(test_kinds_and_origin),
      cmocka_unit_test(test_inference_api),
      cmocka_unit_test(test_sensitivity_direction),
      cmocka_unit_test(test_query_is_not_a_write),
      cmocka_unit_test(test_direct_facts),
      cmocka_unit_test(test_taint_origin_any_order),
      cmocka_unit_test(test_large),
      cmocka_unit_test(test_on_device_by_name_or_zone),
      cmocka_unit_test(test_weights_carried),
      cmocka_unit_test(test_weights_not_in_logs),
      cmocka_unit_test(test_deidentified_training_data),
      cmocka_unit_test(test_served_models),
      cmocka_unit_test(test_hosted_models),
      cmocka_unit_test(test_training_as_a_service),
      cmocka_unit_test(test_mlops_services),
      cmocka_unit_test(test_peoples_records_for_training),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
