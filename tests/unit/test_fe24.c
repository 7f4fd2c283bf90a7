/* test_fe24.c - a stencil row that weighs a card (the older Microsoft
 * stencils' generic server and database) says "a machine" or "a database"
 * and no more: where the words make the element a model, an LLM or a
 * vector store, the row neither outvotes them beside a head noun ("...
 * vectoriser server" on a page that also draws an LLM) nor keeps its
 * technology (a VM, a SQL database) for what the words made it. The quiet
 * case: a server and a database that the words name as nothing else keep
 * the row's kind and technology. Wordings are this file's own. */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "drawio_macros.h"
#include "engine_helpers.h"

#define MSCAE "html=1;verticalLabelPosition=bottom;shape=mxgraph.mscae.enterprise."

static void test_light_icon_yields_to_ai_words(void **state) {
  (void)state;
  const char *xml = HEAD V("app", "Research portal", CARD, 200, 200, 120, 60)
      V("emb", "multilingual-e5 vectoriser server&lt;br&gt;Docker on the GPU box",
        MSCAE "server_generic;", 400, 40, 50, 50)
          V("llm", "Mistral Large&lt;br&gt;Azure AI Foundry", MSCAE "server_generic;",
            400, 200, 50, 50) V("vec", "Qdrant collection&lt;br&gt;passages + embeddings",
                                MSCAE "database_generic;", 400, 360, 50, 50)
              V("srv", "Billing server", MSCAE "server_generic;", 20, 40, 50, 50)
                  V("db", "Invoices", MSCAE "database_generic;", 20, 360, 50, 50)
                      LINK("e1", "app", "emb", "passages")
                          LINK("e2", "app", "llm", "prompt")
                              LINK("e3", "app", "vec", "nearest passages")
                                  LINK("e4", "srv", "db", "invoice")
                                      LINK("e5", "app", "srv", "billing") TAIL;
  tmc_ir *ir = drawio_analysed(xml, NULL);
  /* the model its words name, not the server icon plus the head noun */
  assert_int_equal(elem_at(ir, "emb")->kind, TMC_KIND_MODEL);
  /* the icon's technology was its reading of a plain machine or database */
  assert_int_equal(elem_at(ir, "llm")->kind, TMC_KIND_LLM);
  assert_int_not_equal(elem_at(ir, "llm")->tech, TMC_TECH_VM);
  assert_int_equal(elem_at(ir, "vec")->kind, TMC_KIND_VECTOR_STORE);
  assert_int_not_equal(elem_at(ir, "vec")->tech, TMC_TECH_SQL_DATABASE);
  /* quiet: named as nothing else, the rows stand, technology and all */
  assert_int_equal(elem_at(ir, "srv")->kind, TMC_KIND_PROCESS);
  assert_int_equal(elem_at(ir, "srv")->tech, TMC_TECH_VM);
  assert_int_equal(elem_at(ir, "db")->kind, TMC_KIND_DATA_STORE);
  assert_int_equal(elem_at(ir, "db")->tech, TMC_TECH_SQL_DATABASE);
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_light_icon_yields_to_ai_words),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
