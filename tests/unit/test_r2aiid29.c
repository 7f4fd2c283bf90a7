/* test_r2aiid29.c - AI ids that generalise (issue #15, r2aiid, session
 * twenty-nine): retrieval content crafting where outsiders write what an
 * indexer reads. Two shapes the tally of expected AI ids met without one
 * showed in three tuning sets: the library people fill through an upload
 * portal (no arrow from the people straight into it), and the embedding
 * index an agent drawn as an outside box queries, the LLM behind that
 * agent. Each in other words and domains than the diagrams, in both
 * formats, with quiet cases (no embeddings drawn, no LLM anywhere).
 *
 * The one idea: every case is a small DOT or draw.io text and a list of
 * (rule, target, present?) lines (want_helpers.h). */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "drawio_pieces.h"
#include "engine_helpers.h"
#include "want_helpers.h"

/* A library that students fill through a coursework portal, indexed into
 * embeddings that a tutor's prompts retrieve from: a paper written to be
 * retrieved for chosen questions (TMC-RAG-005, citing AML.T0066). Quiet:
 * the same library searched by keyword (no embeddings drawn), and a
 * library indexed for a plain search page with no LLM anywhere. */
static void test_library_filled_through_a_portal(void **state) {
  (void)state;
  static const char lib[] =
      "digraph{st[shape=box,label=\"Students\"];"
      " portal[label=\"Coursework portal (Flask)\"];"
      " lib[shape=cylinder,label=\"Module reading library (uploaded papers)\"];"
      " idx[label=\"Nightly embedding indexer\"];"
      " vec[shape=cylinder,label=\"pgvector chunk index\"];"
      " tutor[label=\"Study tutor service\"]; m[label=\"Mistral Large (API)\"];"
      " st->portal[label=\"upload paper\"]; portal->lib[label=\"save file\"];"
      " lib->idx[label=\"new documents\"]; idx->vec[label=\"upsert embeddings\"];"
      " st->tutor[label=\"question\"]; tutor->vec[label=\"similarity search\"];"
      " vec->tutor[label=\"chunks\"]; tutor->m[label=\"prompt with chunks\"];"
      " m->tutor[label=\"answer\"]; tutor->st[label=\"answer\"];"
      " subgraph cluster_c{label=\"College cloud\"; portal; lib; idx; vec; tutor}}";
  CHECK(lib, {"TMC-RAG-005", "lib", true});
  CHECK_IDS("case.dot", lib, {"TMC-RAG-005", "lib", "AML.T0066", true});
  /* draw.io: a surveyors' field app saving site reports into a share that
   * an embedder indexes for an inspection copilot */
  static const char xml[] = PAGE(
      BOX("p", "Surveyors", PERSON, 0,
          0) ZONE("z", "Inspection platform", 200, 0, 900,
                  400) INBOX("a", "z", "Field reports app", CODE, 20,
                             40) INBOX("s", "z", "Site report share", STORE, 200, 40)
          INBOX("e", "z", "Report embedder job", CODE, 380, 40)
              INBOX("v", "z", "Chroma vector index", STORE, 560, 40)
                  INBOX("c", "z", "Inspection copilot API", CODE, 560, 200)
                      BOX("l", "Claude (Anthropic API)", CLOUD, 1200, 200)
                          ARROW("f1", "upload report", "p", "a")
                              ARROW("f2", "write PDF", "a", "s")
                                  ARROW("f3", "new files", "s", "e")
                                      ARROW("f4", "embeddings", "e", "v")
                                          ARROW("f5", "query", "c", "v")
                                              ARROW("f6", "passages", "v", "c")
                                                  ARROW("f7", "prompt", "c", "l")
                                                      ARROW("f8", "answer", "l", "c")
                                                          ARROW("f9", "ask", "p", "c"));
  CHECK_DRAWIO(xml, {"TMC-RAG-005", "s", true});
  /* quiet: the tutor searches the library by keyword, no embeddings drawn */
  CHECK("digraph{st[shape=box,label=\"Students\"];"
        " portal[label=\"Coursework portal (Flask)\"];"
        " lib[shape=cylinder,label=\"Module reading library (uploaded papers)\"];"
        " tutor[label=\"Study tutor service\"]; m[label=\"Mistral Large (API)\"];"
        " st->portal[label=\"upload paper\"]; portal->lib[label=\"save file\"];"
        " st->tutor[label=\"question\"]; tutor->lib[label=\"keyword search\"];"
        " lib->tutor[label=\"papers\"]; tutor->m[label=\"prompt\"];"
        " m->tutor[label=\"answer\"]; tutor->st[label=\"answer\"];"
        " subgraph cluster_c{label=\"College cloud\"; portal; lib; tutor}}",
        {"TMC-RAG-005", "lib", false});
  /* quiet: indexed for a search page, no LLM anywhere */
  CHECK("digraph{st[shape=box,label=\"Students\"];"
        " portal[label=\"Coursework portal (Flask)\"];"
        " lib[shape=cylinder,label=\"Module reading library (uploaded papers)\"];"
        " idx[label=\"Nightly search indexer\"];"
        " es[shape=cylinder,label=\"Elasticsearch index\"];"
        " web[label=\"Library search page\"];"
        " st->portal[label=\"upload paper\"]; portal->lib[label=\"save file\"];"
        " lib->idx; idx->es; st->web[label=\"search\"]; web->es; es->web;"
        " web->st[label=\"results\"];"
        " subgraph cluster_c{label=\"College cloud\"; portal; lib; idx; es; web}}",
        {"TMC-RAG-005", "lib", false}, {"TMC-RAG-001", "es", false});
}

/* An embedding index that an agent drawn outside the system's zone (a
 * vendor's leasing platform dispatching tool calls for GPT-4o) queries: its
 * chunks reach the LLM through that agent, so the index is a retrieval
 * corpus to poison (TMC-RAG-001). Quiet: the same index read by an outside
 * product-search widget with no model behind it. */
static void test_index_read_by_an_outside_agent(void **state) {
  (void)state;
  CHECK("digraph{cl[shape=box,label=\"Tenants\"];"
        " bot[shape=box,label=\"Converso by Tallis Ltd\"];"
        " q[shape=cylinder,label=\"Qdrant policy index\"];"
        " sync[label=\"Policy sync job (embedder)\"];"
        " wiki[shape=cylinder,label=\"Staff wiki\"];"
        " g[label=\"GPT-4o (Azure OpenAI)\"]; t[label=\"book_viewing tool\"];"
        " cl->bot[label=\"chat\"]; bot->cl[label=\"reply\"];"
        " bot->q[label=\"search\"]; q->bot[label=\"top chunks\"];"
        " bot->g[label=\"prompt\"]; g->bot[label=\"reply / tool call\"];"
        " bot->t[label=\"call\"]; wiki->sync; sync->q[label=\"upsert\"];"
        " subgraph cluster_o{label=\"Our AWS account\"; q; sync; wiki; t}}",
        {"TMC-RAG-001", "q", true});
  CHECK("digraph{cl[shape=box,label=\"Shoppers\"];"
        " w[shape=box,label=\"Findly search widget\"];"
        " q[shape=cylinder,label=\"Qdrant product index\"];"
        " sync[label=\"Catalogue sync job (embedder)\"];"
        " cat[shape=cylinder,label=\"Product catalogue\"];"
        " cl->w[label=\"search\"]; w->cl[label=\"results\"];"
        " w->q[label=\"search\"]; q->w[label=\"top products\"];"
        " cat->sync; sync->q[label=\"upsert\"];"
        " subgraph cluster_o{label=\"Our AWS account\"; q; sync; cat}}",
        {"TMC-RAG-001", "q", false});
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_library_filled_through_a_portal),
      cmocka_unit_test(test_index_read_by_an_outside_agent),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
