/* test_v34rag.c - what tests/variants34's matter assistant and energy
 * analyst taught, drawn here in other words and another domain:
 *   - a short name line that names an embedding model by its name, under a
 *     detail line that names only the vendor's hosting service
 *     ("text-embedding-3-small\nOpenAI API"): the model, not a chat model the
 *     hosting service's name would make it; a name line naming a chat model
 *     so ("GPT-4.1 mini\nOpenAI API") stays the LLM;
 *   - a store named by a search engine alone ("OpenSearch domain\nevery
 *     practice area") that the ingest job fills while it sends its passages
 *     to that embedding model is the vector store retrieval reads; one no
 *     embedding code touches ("Elasticsearch\norder lookup") stays a store;
 *   - a credential whose compound is hyphenated ("Gemini service-account
 *     key (JSON)") is a store of secrets, not the product it opens. */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "path_helpers.h"

/* A law firm's precedent assistant on OpenAI's API, with an order lookup beside
 * it and a key file for a second vendor. */
static const char *const FIRM =
    "digraph firm {\n"
    "  lawyers [label=\"Associates\", shape=box];\n"
    "  dms [label=\"Document management\\nall client files\", shape=cylinder];\n"
    "  ingest [label=\"Ingest job\\nsplit + vectorise (Lambda)\"];\n"
    "  embed [label=\"text-embedding-3-small\\nOpenAI API\", shape=ellipse];\n"
    "  search [label=\"OpenSearch domain\\nevery practice area\", shape=cylinder];\n"
    "  api [label=\"Ask service\\nretrieve, then prompt\"];\n"
    "  llm [label=\"GPT-4.1 mini\\nOpenAI API\", shape=ellipse];\n"
    "  orders [label=\"Elasticsearch\\norder lookup\", shape=cylinder];\n"
    "  shop [label=\"Stationery orders app\"];\n"
    "  key [label=\"Gemini service-account key (JSON)\", shape=note];\n"
    "  dms -> ingest;\n"
    "  ingest -> embed [label=\"passages / embeddings\"];\n"
    "  ingest -> search;\n"
    "  lawyers -> api [label=\"question\"];\n"
    "  api -> embed; api -> search [label=\"nearest passages\"];\n"
    "  api -> llm [label=\"question + passages\"];\n"
    "  lawyers -> shop; shop -> orders;\n"
    "  key -> api;\n"
    "}\n";

static void test_embedding_model_named_over_its_host(void **state) {
  (void)state;
  tmc_ir *ir = analysed(FIRM);
  assert_non_null(ir);
  assert_int_equal(kind_at(ir, "embed"), TMC_KIND_MODEL);
  assert_int_equal(kind_at(ir, "llm"), TMC_KIND_LLM);
  tmc_ir_free(ir);
}

static void test_search_engine_fed_by_embedding_code(void **state) {
  (void)state;
  tmc_ir *ir = analysed(FIRM);
  assert_non_null(ir);
  assert_int_equal(kind_at(ir, "search"), TMC_KIND_VECTOR_STORE);
  assert_int_equal(kind_at(ir, "orders"), TMC_KIND_DATA_STORE);
  tmc_ir_free(ir);
}

static void test_hyphenated_key_is_a_secret_store(void **state) {
  (void)state;
  tmc_ir *ir = analysed(FIRM);
  assert_non_null(ir);
  const tmc_element *key = &ir->elements[el(ir, "key")];
  assert_int_equal(key->kind, TMC_KIND_DATA_STORE);
  assert_int_equal(key->tech, TMC_TECH_SECRETS_VAULT);
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_embedding_model_named_over_its_host),
      cmocka_unit_test(test_search_engine_fed_by_embedding_code),
      cmocka_unit_test(test_hyphenated_key_is_a_secret_store),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
