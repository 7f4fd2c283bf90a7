/* test_find29.c - the "find29" cause (causes27 F6): a file of keys drawn
 * as a plain store ("lyklar.env" underlined, blind26 hafnarbyggd) beside
 * the system's AI code was met without AML.T0055: its shape kept the kind
 * (kinds28), and with no technology nor credential word set, nothing said
 * the file keeps keys. Other words than blind26's, both formats, and a
 * quiet case (no AI beside the file: no AI id).
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

/* A key file named by its name only, on a box drawn as a store: a
 * summariser's "azure-openai.key" underlined (DOT); a Spanish assistant's
 * "settings.toml" on a cylinder (draw.io). Quiet: the same kind of file
 * read by a billing job with no AI anywhere. */
static void test_named_key_file_beside_ai(void **state) {
  (void)state;
  CHECK("digraph{subgraph cluster_v{label=\"Council VM\";"
        " k[shape=underline,label=\"svc-account.key\"];"
        " s[label=\"Minutes summariser\"];"
        " d[shape=cylinder,label=\"Meeting minutes\"];}"
        " m[type=llm,label=\"GPT-4o (Azure OpenAI)\"];"
        " k->s; d->s[label=\"minutes\"]; s->m[label=\"prompt\"];"
        " m->s[label=\"summary\"]}",
        {"TMC-MLOPS-023", "k", true});
  static const char xml[] =
      PAGE(ZONE("z", "Servidor de la clínica", 0, 0, 700, 300)
               INBOX("k", "z", "settings.toml", STORE, 20, 40)
                   INBOX("a", "z", "Asistente de citas (FastAPI)", CODE, 200, 40)
                       INBOX("v", "z", "Índice vectorial (Chroma)", STORE, 400, 40)
                           INBOX("m", "z", "Mistral Large (API)", CODE, 600, 200)
                               ARROW("e1", "", "k", "a") ARROW("e2", "búsqueda", "a", "v")
                                   ARROW("e3", "prompt", "a", "m"));
  CHECK_DRAWIO(xml, {"TMC-MLOPS-023", "k", true});
  /* quiet: no AI beside the key file */
  CHECK("digraph{subgraph cluster_v{label=\"Office server\";"
        " k[shape=underline,label=\"sftp-bank.key\"];"
        " j[label=\"Nightly billing job\"];"
        " d[shape=cylinder,label=\"Invoices DB\"];}"
        " b[shape=box,label=\"Bank SFTP\"];"
        " k->j; d->j[label=\"invoices\"]; j->b[label=\"payment file\"]}",
        {"TMC-MLOPS-023", "k", false}, {"TMC-AGENT-023", "k", false});
}

/* Struck-through text in an HTML label is crossed out, no claim (causes27
 * F5, blind26 quaymoss "<S>SSO</S> 4-digit PIN"): a sign-in the drawer
 * struck leaves the short code the only login (TMC-SPOOF-171). DOT with
 * <DEL>, draw.io with <strike> (html=1). Quiet: the same label unstruck
 * keeps its single sign-on. */
static void test_struck_text_is_no_claim(void **state) {
  (void)state;
  CHECK("digraph{subgraph cluster_d{label=\"Depot\";"
        " h[shape=box,style=rounded,label=<Driver handheld<BR/>"
        "<FONT POINT-SIZE=\"8\"><DEL>Entra SSO</DEL> 4-digit PIN</FONT>>];"
        " r[label=\"Route planner\"];}"
        " d[shape=egg,label=\"Drivers\"];"
        " d->h[label=\"PIN, taps\"]; h->r[label=\"delivery status\"]}",
        {"TMC-SPOOF-171", "h -> r", true});
  static const char xml[] = PAGE(ZONE("z", "Werft", 0, 0, 700, 300) INBOX(
      "t", "z", "Kran-Tablet&lt;br&gt;&lt;strike&gt;Okta SSO&lt;/strike&gt; 4-digit PIN",
      "rounded=1;html=1;", 200, 40) INBOX("s", "z", "Einsatzplanung", CODE, 400, 40)
                                     BOX("p", "Kranführer", PERSON, 20, 400)
                                         ARROW("e1", "PIN", "p", "t")
                                             ARROW("e2", "Status", "t", "s"));
  CHECK_DRAWIO(xml, {"TMC-SPOOF-171", "e1", true});
  static const char kept[] =
      PAGE(ZONE("z", "Werft", 0, 0, 700, 300)
               INBOX("t", "z", "Kran-Tablet&lt;br&gt;Okta SSO, 4-digit PIN",
                     "rounded=1;html=1;", 200, 40)
                   INBOX("s", "z", "Einsatzplanung", CODE, 400, 40)
                       BOX("p", "Kranführer", PERSON, 20, 400)
                           ARROW("e1", "PIN", "p", "t") ARROW("e2", "Status", "t", "s"));
  CHECK_DRAWIO(kept, {"TMC-SPOOF-171", "e1", false});
  /* quiet: the sign-on is not struck */
  CHECK("digraph{subgraph cluster_d{label=\"Depot\";"
        " h[shape=box,style=rounded,label=<Driver handheld<BR/>"
        "<FONT POINT-SIZE=\"8\">Entra SSO, 4-digit PIN</FONT>>];"
        " r[label=\"Route planner\"];}"
        " d[shape=egg,label=\"Drivers\"];"
        " d->h[label=\"PIN, taps\"]; h->r[label=\"delivery status\"]}",
        {"TMC-SPOOF-171", "h -> r", false});
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_named_key_file_beside_ai),
      cmocka_unit_test(test_struck_text_is_no_claim),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
