/* test_find27.c - the "find27" findings (blind24's misses, by family): a
 * web application querying its store by the key the browser sent, and a
 * payment file on its way to the bank, each in other words than blind24's,
 * in both formats, with a quiet case (a near miss that must stay quiet).
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

/* A portal people log in to queries its own store by the key the request
 * carries (TMC-APP-037 on the query, CWE-639): a tenant portal looking up
 * "by account reference"; a Swedish marina portal fetching "per
 * bokningsnummer". Quiet: the same portal reading its store with no key
 * named, and a query by the session id (which says who calls). */
static void test_portal_queries_by_sent_key(void **state) {
  (void)state;
  CHECK("digraph{subgraph cluster_i{label=\"Internet\"; t[shape=box,label=\"Tenants\"]}"
        " subgraph cluster_a{label=\"Azure\"; p[label=\"Rent portal (login)\"];"
        " db[shape=cylinder,label=\"Rent ledger (SQL)\"]}"
        " t->p[label=\"sign in, statements\"];"
        " p->db[label=\"lookup by account reference\"]; db->p[label=\"rent history\"]}",
        {"TMC-APP-037", "p -> db", true});
  static const char xml[] =
      PAGE(INBOX("b", "1", "Båtägare", PERSON, 20, 40)
               ZONE("z", "Molnet (Azure)", 300, 0, 400, 300)
                   INBOX("w", "z", "Hamnportal (inloggning)", CODE, 20, 40)
                       INBOX("d", "z", "Bokningar (PostgreSQL)", STORE, 200, 40)
                           ARROW("e1", "inloggning, bokningar", "b", "w")
                               ARROW("e2", "hämta per bokningsnummer", "w", "d")
                                   ARROW("e3", "bokning", "d", "w"));
  CHECK_DRAWIO(xml, {"TMC-APP-037", "e2", true});
  /* quiet: no key named on the query; a query by who is calling */
  CHECK("digraph{subgraph cluster_i{label=\"Internet\"; t[shape=box,label=\"Tenants\"]}"
        " subgraph cluster_a{label=\"Azure\"; p[label=\"Rent portal (login)\"];"
        " db[shape=cylinder,label=\"Rent ledger (SQL)\"];"
        " s[shape=cylinder,label=\"Sessions\"]}"
        " t->p[label=\"sign in, statements\"];"
        " p->db[label=\"SELECT statements\"]; db->p[label=\"rent history\"];"
        " p->s[label=\"by session id\"]}",
        {"TMC-APP-037", "p -> db", false}, {"TMC-APP-037", "p -> s", false});
}

/* A file of payments or collections handed to a bank or provider
 * (TMC-TAMPER-186, CWE-732): a payroll job's pain.001 to the bank's SFTP;
 * a Finnish billing run's "maksuaineisto" through its own integration
 * server to the bank. Quiet: the same file copied to the company's own
 * archive, and invoices e-mailed to customers (people, not a bank). */
static void test_payment_file_to_bank(void **state) {
  (void)state;
  CHECK("digraph{subgraph cluster_a{label=\"HR cloud\"; j[label=\"Monthly payroll job\"];"
        " db[shape=cylinder,label=\"Employees DB\"]}"
        " bank[shape=box,style=dashed,label=\"Nordbank SFTP\"];"
        " db->j[label=\"salaries\"]; j->bank[label=\"pain.001 payroll file\"]}",
        {"TMC-TAMPER-186", "j -> bank", true});
  static const char xml[] = PAGE(
      ZONE("z", "Konesali", 0, 0, 500, 300) INBOX("l", "z", "Laskutusajo", CODE, 20, 40)
          INBOX("i", "z", "Integraatiopalvelin (SFTP)", CODE, 200, 40)
              BOX("p", "Pankki", "ellipse;shape=cloud;", 600, 40)
                  ARROW("e1", "maksuaineisto", "l", "i") ARROW("e2", "SFTP", "i", "p"));
  CHECK_DRAWIO(xml, {"TMC-TAMPER-186", "e1", true});
  /* quiet: the file kept in the company's own archive; invoices to people */
  CHECK("digraph{subgraph cluster_a{label=\"HR cloud\"; j[label=\"Monthly payroll job\"];"
        " ar[shape=cylinder,label=\"Archive\"]}"
        " c[shape=box,label=\"Customers\"];"
        " j->ar[label=\"payroll file copy\"]; j->c[label=\"invoice PDF by e-mail\"]}",
        {"TMC-TAMPER-186", "j -> ar", false}, {"TMC-TAMPER-186", "j -> c", false});
}

/* Code that asks a classic model and files its answer (TMC-ML-023,
 * ML09): an inspection app writing "defect class per panel" after a
 * classifier's answer; a Finnish sorting line writing "luokka ja paino"
 * after the model's "luokka". Quiet: the same app writing the orders it
 * took (no verdict said), and the same filing after an LLM's answer. */
static void test_caller_files_model_verdict(void **state) {
  (void)state;
  CHECK("digraph{subgraph cluster_l{label=\"Plant LAN\"; app[label=\"Inspection app\"];"
        " m[type=model,label=\"Defect classifier (ONNX)\"];"
        " db[shape=cylinder,label=\"QA results (PostgreSQL)\"]}"
        " cam[shape=box,label=\"Line camera\"];"
        " cam->app[label=\"panel images\"]; app->m[label=\"image\"];"
        " m->app[label=\"defect class, confidence\"];"
        " app->db[label=\"defect class per panel\"]}",
        {"TMC-ML-023", "app -> db", true});
  static const char xml[] = PAGE(
      ZONE("z", "Lajittelulinja", 0, 0, 700, 300)
          INBOX("a", "z", "Lajittelupalvelu", CODE, 20, 40)
              INBOX("m", "z", "Luokittelumalli (TensorRT)", CODE, 200, 40)
                  INBOX("d", "z", "Tuotantotietokanta (SQL)", STORE, 400, 40)
                      BOX("k", "Kamera", "shape=umlActor;", 800, 40)
                          ARROW("e0", "kuvat", "k", "a") ARROW("e1", "kuva", "a", "m")
                              ARROW("e2", "luokka", "m", "a")
                                  ARROW("e3", "luokka ja paino", "a", "d"));
  CHECK_DRAWIO(xml, {"TMC-ML-023", "e3", true});
  /* quiet: the app's own records; an LLM's answer is no classic verdict */
  CHECK("digraph{subgraph cluster_l{label=\"Plant LAN\"; app[label=\"Inspection app\"];"
        " m[type=model,label=\"Defect classifier (ONNX)\"];"
        " db[shape=cylinder,label=\"Orders (PostgreSQL)\"]}"
        " u[shape=box,label=\"Customers\"];"
        " u->app[label=\"orders\"]; app->m[label=\"image\"];"
        " m->app[label=\"defect class\"]; app->db[label=\"orders, delivery dates\"]}",
        {"TMC-ML-023", "app -> db", false});
  CHECK("digraph{subgraph cluster_l{label=\"Cloud\"; app[label=\"Support app\"];"
        " m[type=llm,label=\"GPT-4o\"];"
        " db[shape=cylinder,label=\"Tickets (PostgreSQL)\"]}"
        " u[shape=box,label=\"Customers\"];"
        " u->app[label=\"question\"]; app->m[label=\"prompt\"];"
        " m->app[label=\"category\"]; app->db[label=\"ticket classification\"]}",
        {"TMC-ML-023", "app -> db", false});
}

/* The work list a vehicle's cab unit runs by, pushed unsigned on the
 * device network (TMC-APP-240, CWE-345): a bus depot's stop list to the
 * on-board computers; a Swedish refuse fleet's "ruttlista" to each truck's
 * cab terminal. Quiet: the same list to a driver's phone app (a person's
 * device, no field device), and into the planning store. */
static void test_work_list_to_cab_units(void **state) {
  (void)state;
  CHECK("digraph{subgraph cluster_d{label=\"Depot network\"; srv[label=\"Dispatch "
        "server\"];"
        " obc[label=\"On-board computer (bus)\"]}"
        " srv->obc[label=\"stop list, timetable\"]; obc->srv[label=\"positions\"]}",
        {"TMC-APP-240", "srv -> obc", true});
  static const char xml[] = PAGE(
      ZONE("z", "Fordonsnät", 0, 0, 600, 300) INBOX("s", "z", "Ruttserver", CODE, 20, 40)
          INBOX("c", "z", "Cab terminal (sopbil)", CODE, 300, 40)
              ARROW("e1", "ruttlista", "s", "c") ARROW("e2", "tömningar", "c", "s"));
  CHECK_DRAWIO(xml, {"TMC-APP-240", "e1", true});
  /* quiet: a driver's phone app; a store of plans */
  CHECK("digraph{subgraph cluster_d{label=\"Depot network\"; srv[label=\"Dispatch "
        "server\"];"
        " plans[shape=cylinder,label=\"Route plans DB\"]}"
        " app[label=\"Driver phone app\"];"
        " srv->app[label=\"stop list\"]; srv->plans[label=\"route list\"]}",
        {"TMC-APP-240", "srv -> app", false}, {"TMC-APP-240", "srv -> plans", false});
}

/* Outsiders publishing straight into the store of tools an agent reads
 * (TMC-AGENT-025) also push their tool up by fake installs and reviews
 * (AML.T0111): community skill authors into a plugin registry; German
 * "Externe Entwickler" into an MCP registry. Quiet: the same registry filled
 * by the team's own release job cites no reputation inflation. */
static void test_directory_reputation(void **state) {
  (void)state;
  tmc_ir *ir =
      analyse_with("digraph{subgraph cluster_c{label=\"Cloud\";"
                   " reg[shape=cylinder,label=\"Skills plugin registry\"];"
                   " ag[label=\"Assistant orchestrator\"];"
                   " m[type=llm,label=\"Claude\"]}"
                   " dev[shape=box,label=\"Community skill authors\"];"
                   " u[shape=box,label=\"Members\"];"
                   " dev->reg[label=\"publish\"]; reg->ag[label=\"tool descriptions\"];"
                   " u->ag[label=\"chat\"]; ag->m[label=\"prompt + tools\"];"
                   " m->ag[label=\"tool calls\"]}",
                   cat, NULL);
  assert_true(cites(finding(ir, "TMC-AGENT-025", "reg"), "AML.T0111"));
  tmc_ir_free(ir);
  static const char xml[] =
      PAGE(BOX("a", "Externe Entwickler", "shape=umlActor;", 0, 40)
               ZONE("z", "Rechenzentrum", 200, 0, 600, 300)
                   INBOX("r", "z", "MCP registry (Gemeinschaft)", STORE, 20, 40)
                       INBOX("o", "z", "Agenten-Orchestrator", CODE, 200, 40)
                           INBOX("l", "z", "Llama 3 (vLLM)", CODE, 400, 40)
                               BOX("k", "Kunden", "shape=umlActor;", 900, 40)
                                   ARROW("e1", "veröffentlichen", "a", "r")
                                       ARROW("e2", "tool descriptions", "r", "o")
                                           ARROW("e3", "Chat", "k", "o")
                                               ARROW("e4", "Prompt", "o", "l")
                                                   ARROW("e5", "tool calls", "l", "o"));
  ir = drawio_analysed(xml, NULL);
  assert_true(cites(finding(ir, "TMC-AGENT-025", "r"), "AML.T0111"));
  tmc_ir_free(ir);
  /* quiet: the team's own release job writes the registry */
  ir = analyse_with("digraph{subgraph cluster_c{label=\"Cloud\";"
                    " ci[label=\"Release pipeline (GitHub Actions)\"];"
                    " reg[shape=cylinder,label=\"Skills plugin registry\"];"
                    " ag[label=\"Assistant orchestrator\"];"
                    " m[type=llm,label=\"Claude\"]}"
                    " u[shape=box,label=\"Members\"];"
                    " ci->reg[label=\"publish\"]; reg->ag[label=\"tool descriptions\"];"
                    " u->ag[label=\"chat\"]; ag->m[label=\"prompt + tools\"];"
                    " m->ag[label=\"tool calls\"]}",
                    cat, NULL);
  assert_false(any_cites(ir, "reg", "AML.T0111"));
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_portal_queries_by_sent_key),
      cmocka_unit_test(test_payment_file_to_bank),
      cmocka_unit_test(test_caller_files_model_verdict),
      cmocka_unit_test(test_work_list_to_cab_units),
      cmocka_unit_test(test_directory_reputation),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
