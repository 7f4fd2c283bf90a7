/* test_paths18.c - attack paths of blind17's cause P (paths18): the
 * attacker's first step of an injection chain (prompt obfuscation), data
 * leaving through an agent's read-only tool, plant setpoints driven to
 * extremes, shared compute copied from, and which 15 paths a report shows.
 * Small diagrams worded unlike the blind sets, run through the whole
 * pipeline with the built-in catalog. */
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

/* Content an outsider writes that a model later reads (indirect injection)
 * hides its instructions: AML.T0068 beside the hop it gets in by. A person
 * typing to the model (direct injection) hides nothing in a document. */
static void test_obfuscation_first_step(void **state) {
  (void)state;
  static const char *leases =
      "digraph g {\n"
      "  landlords [shape=box, label=\"Landlords\"];\n"
      "  subgraph cluster_s { label=\"Lettings platform\"; trust=2;\n"
      "    up [label=\"Lease upload portal\"];\n"
      "    docs [shape=cylinder, label=\"Lease PDFs (S3)\"];\n"
      "    sum [label=\"Clause summariser\"]; }\n"
      "  claude [label=\"Claude 3.5 Sonnet (Anthropic API)\", type=llm];\n"
      "  landlords -> up [label=\"lease PDF\"]; up -> docs [label=\"store\"];\n"
      "  docs -> sum [label=\"lease text\"]; sum -> claude [label=\"prompt + lease\"];\n"
      "  claude -> sum [label=\"summary\"];\n"
      "}\n";
  tmc_ir *ir = analysed(leases);
  assert_true(any_hop_names(ir, "landlords", "hijack_model", "AML.T0068"));
  tmc_ir_free(ir);

  static const char *reviews =
      "digraph g {\n"
      "  shoppers [shape=box, label=\"Shoppers\"];\n"
      "  subgraph cluster_s { label=\"Marketplace\"; trust=2;\n"
      "    rv [label=\"Review service\"];\n"
      "    db [shape=cylinder, label=\"Product reviews DB\"];\n"
      "    digest [label=\"Review digest job\"]; }\n"
      "  gpt [label=\"GPT-4o (Azure OpenAI)\", type=llm];\n"
      "  shoppers -> rv [label=\"post review\"]; rv -> db;\n"
      "  db -> digest [label=\"reviews\"]; digest -> gpt [label=\"reviews to summarise\"];\n"
      "  gpt -> digest [label=\"digest\"];\n"
      "}\n";
  ir = analysed(reviews);
  assert_true(any_hop_names(ir, "shoppers", "hijack_model", "AML.T0068"));
  tmc_ir_free(ir);

  static const char *chat =
      "digraph g {\n"
      "  visitors [shape=box, label=\"Website visitors\"];\n"
      "  subgraph cluster_s { label=\"Help centre\"; trust=2;\n"
      "    bot [label=\"Chat widget backend\"]; }\n"
      "  llm [label=\"Mistral Large (hosted)\", type=llm];\n"
      "  visitors -> bot [label=\"question\"]; bot -> llm [label=\"prompt\"];\n"
      "  llm -> bot [label=\"answer\"]; bot -> visitors [label=\"answer\"];\n"
      "}\n";
  ir = analysed(chat);
  assert_false(any_hop_names(ir, "visitors", NULL, "AML.T0068"));
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_obfuscation_first_step),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
