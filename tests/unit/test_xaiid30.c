/* test_xaiid30.c - AI ids that generalise across the tuning sets (issue #15,
 * xaiid, thirtieth session): text a model wrote, kept in a store, read into
 * a screen people work in (a workbench, a dashboard, a staff console) is
 * output to encode (TMC-LLM-222: AML.T0077, LLM05), and where staff act on
 * what their console shows, text made to look checked (AML.T0067, LLM09);
 * a console reading chat transcripts shows every turn the model wrote.
 * Quiet where no screen reads the store (a batch export) and where the
 * store is a key store.
 *
 * The one idea: every case is a small DOT or draw.io text and a list of
 * (rule, target, present?[, id]) lines (want_helpers.h). */
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

/* A lender's memo writer asks an LLM for credit memos and saves them; the
 * credit officers read them in their workbench. */
static void test_stored_model_text_on_a_workbench(void **state) {
  (void)state;
  CHECK_IDS("case.dot",
            "digraph{subgraph cluster_b{label=\"Lender cloud\";"
            " writer[label=\"Memo writer (Cloud Run)\"];"
            " memos[shape=cylinder,label=\"Credit memos (Postgres)\"];"
            " bench[label=\"Credit officer workbench (React SPA)\"]}"
            " llm[type=llm,label=\"Claude (Anthropic API)\"];"
            " officers[shape=box,label=\"Credit officers\"];"
            " writer->llm[label=\"application file\"]; llm->writer[label=\"memo\"];"
            " writer->memos[label=\"memo\"]; memos->bench[label=\"memos\"];"
            " officers->bench[label=\"review\"]; bench->officers[label=\"memo pages\"]}",
            {"TMC-LLM-222", "memos -> bench", "AML.T0077", true},
            {"TMC-LLM-222", "memos -> bench", "AML.T0067", false});
  /* quiet: the same memos exported by a nightly job to an archive */
  CHECK("digraph{subgraph cluster_b{label=\"Lender cloud\";"
        " writer[label=\"Memo writer (Cloud Run)\"];"
        " memos[shape=cylinder,label=\"Credit memos (Postgres)\"];"
        " export[label=\"Nightly export job\"];"
        " archive[shape=cylinder,label=\"Memo archive (S3)\"]}"
        " llm[type=llm,label=\"Claude (Anthropic API)\"];"
        " writer->llm[label=\"application file\"]; llm->writer[label=\"memo\"];"
        " writer->memos[label=\"memo\"]; memos->export[label=\"memos\"];"
        " export->archive[label=\"parquet\"]}",
        {"TMC-LLM-222", "memos -> export", false});
}

/* A hotel's booking assistant logs every turn; the front desk takes over
 * chats in a staff console that shows the transcript. */
static void test_transcripts_in_a_staff_console(void **state) {
  (void)state;
  static const char xml[] = PAGE(
      BOX("g", "Hotel guests", PERSON, 0, 0) ZONE("z", "Hotel cloud", 200, 0, 800, 500)
          INBOX("a", "z", "Booking assistant (Node.js)", CODE, 220,
                40) INBOX("t", "z", "Chat transcripts (Firestore)", STORE, 420,
                          40) INBOX("c", "z", "Front desk staff console", CODE, 620, 40)
              BOX("m", "GPT-4o (Azure OpenAI)", "rounded=1;type=llm;", 420, 300)
                  BOX("f", "Front desk clerks", PERSON, 1100, 40)
                      ARROW("e1", "chat", "g", "a") ARROW("e2", "prompt", "a", "m")
                          ARROW("e3", "reply", "m", "a") ARROW("e4", "reply", "a", "g")
                              ARROW("e5", "every turn", "a", "t")
                                  ARROW("e6", "transcript", "t", "c")
                                      ARROW("e7", "take over", "f", "c"));
  CHECK_IDS("case.drawio", xml, {"TMC-LLM-222", "e6", "AML.T0067", true},
            {"TMC-LLM-222", "e6", "LLM09:2025", true});
  /* quiet: the assistant's key file read by the same console is no record */
  static const char xml_keys[] = PAGE(
      BOX("g", "Hotel guests", PERSON, 0, 0) ZONE("z", "Hotel cloud", 200, 0, 800, 500)
          INBOX("a", "z", "Booking assistant (Node.js)", CODE, 220,
                40) INBOX("k", "z", "API keys (.env file)", STORE, 420,
                          40) INBOX("c", "z", "Front desk staff console", CODE, 620, 40)
              BOX("m", "GPT-4o (Azure OpenAI)", "rounded=1;type=llm;", 420, 300)
                  BOX("f", "Front desk clerks", PERSON, 1100, 40)
                      ARROW("e1", "chat", "g", "a") ARROW("e2", "prompt", "a", "m")
                          ARROW("e3", "reply", "m", "a") ARROW("e4", "reply", "a", "g")
                              ARROW("e5", "key", "k", "a") ARROW("e6", "key", "k", "c")
                                  ARROW("e7", "take over", "f", "c"));
  CHECK_DRAWIO(xml_keys, {"TMC-LLM-222", "e6", false});
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_stored_model_text_on_a_workbench),
      cmocka_unit_test(test_transcripts_in_a_staff_console),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
