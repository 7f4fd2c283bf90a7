/* test_hubs17.c - busy hubs drawn with many parallel flows (perf17,
 * review16 item 3): the facts asked per flow of a hub's source or target
 * (does the code act for others, does it name a service identity, does the
 * target answer, does a store feed an LLM) are answered once per element,
 * and must give the same facts on every one of the parallel flows as on a
 * single one. Results are asserted, never time. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "engine_helpers.h"

#define PAR 300 /* parallel flows per hub edge */

/* Code acting for people under a technical user a vault hands it, writing
 * PAR times into a store (TMC-REPUD-007 on every write), and asked PAR
 * times by the portal (no finding there: the portal is the caller). */
static void test_shared_identity_hub(void **state) {
  (void)state;
  tmc_buf b = TMC_BUF_INIT;
  tmc_buf_printf(&b, "digraph{e[shape=box,label=\"Employees\"];"
                     " p[label=\"Helpdesk portal\"]; sync[label=\"ticket sync\"];"
                     " kv[shape=cylinder,label=\"Key Vault\"];"
                     " sap[shape=cylinder,label=\"SAP purchase orders\"]; e->p;"
                     " kv->sync[label=\"technical user password\"];\n");
  for (int i = 0; i < PAR; i++)
    tmc_buf_printf(&b,
                   " p->sync[label=\"request %d\"]; sync->p[label=\"status %d\"];"
                   " sync->sap[label=\"insert %d\"];\n",
                   i, i, i);
  tmc_buf_printf(&b, "}\n");
  char *d = tmc_buf_detach(&b);
  tmc_ir *ir = analyse_with(d, cat, NULL);
  uint32_t sync = elem(ir, "sync"), sap = elem(ir, "sap"), p = elem(ir, "p");
  uint32_t writes = 0, asks = 0;
  for (uint32_t i = 0; i < ir->n_flows; i++) {
    const tmc_flow *f = &ir->flows[i];
    if (f->src == sync && f->dst == sap) {
      assert_true(f->facts.shared_identity);
      writes++;
    } else if (f->src == p && f->dst == sync) {
      assert_false(f->facts.shared_identity);
      asks++;
    }
  }
  assert_int_equal(writes, PAR);
  assert_int_equal(asks, PAR);
  assert_int_equal(count_rule(ir, "TMC-REPUD-007"), PAR);
  tmc_ir_free(ir);
  free(d);
}

/* A fine-tune job reading rated transcripts PAR times and writing the
 * adapter store an LLM loads PAR times: the transcripts train the LLM
 * (the store's flows to the LLM asked once, not once per parallel flow);
 * the same drawing with a speech model loading the store trains none. */
static void test_llm_training_hub(void **state) {
  (void)state;
  for (int llm = 0; llm < 2; llm++) {
    tmc_buf b = TMC_BUF_INIT;
    tmc_buf_printf(&b,
                   "digraph{user[type=external,label=\"Shoppers\"];"
                   " chat[label=\"Chat backend\"];"
                   " tx[type=dataset,label=\"Rated chat transcripts\"];"
                   " fit[type=pipeline,label=\"LoRA fine-tune (weekly)\"];"
                   " w[type=model_registry,label=\"Adapter weights\"];"
                   " m[type=%s,label=\"%s\"];"
                   " user->chat; chat->user; chat->m; m->chat;"
                   " chat->tx[label=\"transcripts\"];"
                   " w->m[label=\"load adapter\"];\n",
                   llm ? "llm" : "model", llm ? "Llama 3 on vLLM" : "Keyword spotter");
    for (int i = 0; i < PAR; i++)
      tmc_buf_printf(&b, " tx->fit[label=\"batch %d\"]; fit->w[label=\"adapter %d\"];\n",
                     i, i);
    tmc_buf_printf(&b, "}\n");
    char *d = tmc_buf_detach(&b);
    tmc_ir *ir = analyse_with(d, cat, NULL);
    assert_int_equal(ir->elements[elem(ir, "tx")].facts.trains_llm, llm);
    tmc_ir_free(ir);
    free(d);
  }
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_shared_identity_hub),
      cmocka_unit_test(test_llm_training_hub),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
