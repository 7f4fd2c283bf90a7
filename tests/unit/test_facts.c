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

static tmc_catalog *cat;

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

int main(void) {
  if (tmc_catalog_new(&cat, &diags) < 0)
    return 1;
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_taint_chain),
      cmocka_unit_test(test_sensitivity),
      cmocka_unit_test(test_kinds_and_origin),
      cmocka_unit_test(test_inference_api),
      cmocka_unit_test(test_large),
  };
  int rc = cmocka_run_group_tests(tests, NULL, NULL);
  tmc_catalog_free(cat);
  tmc_diags_free(&diags);
  return rc;
}
