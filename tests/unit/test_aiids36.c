/* test_aiids36.c - AI ids that generalise across the tuning sets (issue #15,
 * aiids36): a connector's tenant-wide SaaS permission (TMC-APP-022) is an
 * AI system's unsecured credential (AML.T0055) where what the connector
 * reads goes on to a model or an LLM, and stays classic where no model is
 * fed; in both formats, with a quiet case.
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

/* A vet clinic's intake job reads the clinic's Gmail and hands the
 * referral letters to a triage step that asks an LLM: its Gmail API grant
 * covers every mailbox, and it is the AI pipeline's key (AML.T0055). A
 * school's sync job copying the same kind of mail into an archive no model
 * reads raises the same classic finding without the AI id. */
static void test_suite_grant_of_an_ai_pipeline(void **state) {
  (void)state;
  CHECK_IDS("case.dot",
            "digraph{subgraph cluster_c{label=\"Clinic cloud\";"
            " intake[label=\"Referral intake job (Cloud Run)\"];"
            " triage[label=\"Triage step\"];"
            " cases[shape=cylinder,label=\"Case notes (Firestore)\"]}"
            " mail[shape=cylinder,label=\"Clinic Gmail (Google Workspace)\"];"
            " llm[type=llm,label=\"Claude (Anthropic API)\"];"
            " mail->intake[label=\"referral letters\"];"
            " intake->triage[label=\"letter text\"];"
            " triage->llm[label=\"prompt\"]; llm->triage[label=\"urgency\"];"
            " triage->cases[label=\"triaged case\"]}",
            {"TMC-APP-022", "intake", "AML.T0055", true});
  static const char xml[] = PAGE(
      BOX("m", "Buzón compartido (Microsoft 365)", STORE, 0,
          0) ZONE("z", "Nube de la notaría", 200, 0, 700,
                  400) INBOX("p", "z", "Lector de correo (Azure Function)", CODE, 220, 40)
          INBOX("x", "z", "Extractor de escrituras", CODE, 420, 40)
              BOX("g", "GPT-4o (Azure OpenAI)", "rounded=1;type=llm;", 620, 200)
                  ARROW("e1", "correos", "m", "p") ARROW("e2", "adjuntos", "p", "x")
                      ARROW("e3", "prompt", "x", "g") ARROW("e4", "campos", "g", "x"));
  CHECK_IDS("case.drawio", xml, {"TMC-APP-022", "p", "AML.T0055", true});
  /* quiet: the same grant on a connector no model is fed by */
  static const char dot_quiet[] =
      "digraph{subgraph cluster_s{label=\"School servers\";"
      " sync[label=\"Mail archive sync job\"];"
      " arch[shape=cylinder,label=\"Mail archive (Postgres)\"]}"
      " mail[shape=cylinder,label=\"Staff Gmail (Google Workspace)\"];"
      " mail->sync[label=\"messages\"]; sync->arch[label=\"archived mail\"]}";
  CHECK(dot_quiet, {"TMC-APP-022", "sync", true});
  CHECK_IDS("case.dot", dot_quiet, {"TMC-APP-022", "sync", "AML.T0055", false});
  static const char xml_quiet[] = PAGE(
      BOX("m", "Buzón compartido (Microsoft 365)", STORE, 0, 0)
          ZONE("z", "Nube de la notaría", 200, 0, 700, 400)
              INBOX("p", "z", "Lector de correo (Azure Function)", CODE, 220, 40)
                  INBOX("a", "z", "Archivo de correos (SQL)", STORE, 420, 40)
                      ARROW("e1", "correos", "m", "p") ARROW("e2", "copias", "p", "a"));
  CHECK_DRAWIO(xml_quiet, {"TMC-APP-022", "p", true});
  CHECK_IDS("case.drawio", xml_quiet, {"TMC-APP-022", "p", "AML.T0055", false});
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_suite_grant_of_an_ai_pipeline),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
