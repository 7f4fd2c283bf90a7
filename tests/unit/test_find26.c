/* test_find26.c - the "find26" cause (causes26 F): findings blind25 met
 * without their AI id, or missed, each fixed where the precondition family
 * was too narrow, in other words than blind25's, in both formats, with a
 * quiet case (a near miss that must stay quiet).
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

/* Keys an AI job runs with, in a plain file beside it (TMC-MLOPS-023,
 * AML.T0055): a training job's hub token in its .env; a Finnish indexing
 * job's service-account key file. Quiet: the same kind of key file read by
 * a reporting job with no AI anywhere, and a usage ledger whose "tokens"
 * are what an LLM call cost. */
static void test_plain_keys_beside_ai_job(void **state) {
  (void)state;
  CHECK("digraph{subgraph cluster_s{label=\"Training VPC\";"
        " env[shape=note,label=\"trainer .env\\nWANDB_API_KEY, HF token\"];"
        " tr[type=pipeline,label=\"Nightly fine-tune job\"];"
        " ds[type=dataset,label=\"Labelled images\"];"
        " reg[type=model_registry,label=\"Model registry\"];}"
        " env->tr; ds->tr[label=\"training set\"]; tr->reg[label=\"new version\"]}",
        {"TMC-MLOPS-023", "env", true});
  static const char xml[] = PAGE(
      ZONE("z", "Pilviprojekti", 0, 0, 700,
           300) INBOX("k", "z", "Palvelutilin avain (JSON)", STORE, 20, 40)
          INBOX("j", "z", "Indeksointityö (Cloud Run)", CODE, 200, 40)
              INBOX("v", "z", "Qdrant", STORE, 400, 40)
                  INBOX("a", "z", "Avustaja (FastAPI)", CODE, 400, 200)
                      INBOX("m", "z", "GPT-4o", CODE, 600, 200) ARROW("e1", "", "k", "j")
                          ARROW("e2", "vektorit", "j", "v") ARROW("e3", "haku", "a", "v")
                              ARROW("e4", "kehote", "a", "m"));
  CHECK_DRAWIO(xml, {"TMC-MLOPS-023", "k", true});
  /* quiet: no AI beside the key file */
  CHECK("digraph{subgraph cluster_s{label=\"Office servers\";"
        " env[shape=note,label=\"report .env\\nSFTP password, API key\"];"
        " job[label=\"Monthly report job\"];"
        " db[shape=cylinder,label=\"Orders DB\"];}"
        " bank[label=\"Bank SFTP\"];"
        " env->job; db->job[label=\"orders\"]; job->bank[label=\"statement file\"]}",
        {"TMC-MLOPS-023", "env", false});
  /* quiet: LLM tokens counted in a ledger are no keys */
  CHECK("digraph{subgraph cluster_s{label=\"Support cloud\";"
        " w[label=\"Reply worker\"]; m[type=llm,label=\"Claude\"];"
        " l[shape=cylinder,label=\"token usage ledger (BigQuery)\"];}"
        " u[shape=box,label=\"Customers\"];"
        " u->w[label=\"ticket\"]; w->m[label=\"prompt\"]; w->l[label=\"tokens, ticket "
        "id\"]}",
        {"TMC-MLOPS-023", "l", false});
}

/* A search into a vector index said in a Nordic or Baltic language
 * ("sökning", "otsing", "haku") asks it for chunks and writes nothing:
 * the asker retrieves, it does not index. Quiet: "vektorer" written into
 * the index by the sync job is a write (ingestion). */
static void test_nordic_query_words(void **state) {
  (void)state;
  static const char dot[] =
      "digraph{subgraph cluster_s{label=\"Moln\";"
      " sync[label=\"Nattlig synk (Cloud Run)\"];"
      " idx[shape=cylinder,label=\"Qdrant\"];"
      " app[label=\"Assistent (FastAPI)\"];"
      " m[type=llm,label=\"GPT-4o\"];}"
      " sync->idx[label=\"vektorer + text\"];"
      " app->idx[label=\"sökning, 8 bitar\"]; app->m[label=\"prompt\"]}";
  tmc_ir *ir = analyse_with(dot, cat, NULL);
  const tmc_element *app = &ir->elements[elem(ir, "app")];
  const tmc_element *sync = &ir->elements[elem(ir, "sync")];
  assert_true(TMC_ROLESET_HAS(app->roles, TMC_ROLE_RETRIEVER));
  assert_false(TMC_ROLESET_HAS(app->roles, TMC_ROLE_INGESTION));
  assert_true(TMC_ROLESET_HAS(sync->roles, TMC_ROLE_INGESTION));
  tmc_ir_free(ir);
  static const char xml[] = PAGE(
      ZONE("z", "Pilv", 0, 0, 700, 300) INBOX("v", "z", "Qdrant", STORE, 400, 40)
          INBOX("a", "z", "Rakendus (FastAPI)", CODE, 400, 200)
              INBOX("m", "z", "GPT-4o", CODE, 600, 200)
                  ARROW("e1", "otsing filtriga", "a", "v") ARROW("e2", "viip", "a", "m"));
  ir = drawio_analysed(xml, NULL);
  app = &ir->elements[elem(ir, "a")];
  assert_true(TMC_ROLESET_HAS(app->roles, TMC_ROLE_RETRIEVER));
  assert_false(TMC_ROLESET_HAS(app->roles, TMC_ROLE_INGESTION));
  tmc_ir_free(ir);
}

/* A manager's or moderator's hand actions on someone's account or goods
 * (lock a member out, release a hold, take down or release a flagged
 * listing) land in the back office with no author on record
 * (TMC-REPUD-012, CWE-778), in English DOT and Indonesian draw.io. Quiet:
 * the same back office saying it keeps an audit trail, and members
 * unlocking their own locker through the app. */
static void test_admin_hand_actions_unrecorded(void **state) {
  (void)state;
  CHECK("digraph{subgraph cluster_s{label=\"Cloud\";"
        " bo[label=\"Locker back office (Django)\"];"
        " db[shape=cylinder,label=\"Members DB\"];}"
        " sup[shape=box,label=\"Depot supervisors\"];"
        " sup->bo[label=\"lock out member, release hold\"]; bo->db}",
        {"TMC-REPUD-012", "sup -> bo", true});
  static const char xml[] =
      PAGE(INBOX("t", "1", "Tim moderasi", PERSON, 20, 40)
               ZONE("z", "AWS (prod)", 300, 0, 400, 200)
                   INBOX("p", "z", "Portal iklan (Laravel)", CODE, 20, 40)
                       INBOX("d", "z", "MySQL iklan", STORE, 200, 40)
                           ARROW("e1", "tinjau laporan, hapus iklan", "t", "p")
                               ARROW("e2", "", "p", "d"));
  CHECK_DRAWIO(xml, {"TMC-REPUD-012", "e1", true});
  /* quiet: an audit trail named on the action; the public's own unlock */
  CHECK("digraph{subgraph cluster_s{label=\"Cloud\";"
        " bo[label=\"Locker back office (Django)\"];"
        " app[label=\"Member app API\"];}"
        " sup[shape=box,label=\"Depot supervisors\"];"
        " mem[shape=box,label=\"Members (public)\"];"
        " sup->bo[label=\"lock out member (audit trail per user)\"];"
        " mem->app[label=\"unlock my locker\"]}",
        {"TMC-REPUD-012", "sup -> bo", false}, {"TMC-REPUD-012", "mem -> app", false});
}

/* What a model wrote comes into the records saying a page ("blurb
 * (HTML)"), and the site code that reads them hands them to the public:
 * the page shows it as stored (TMC-LLM-220, LLM05, CWE-79), in DOT (the
 * buyers named in Swedish) and Portuguese draw.io. Quiet: the same records read only by
 * an internal export job that hands nothing to people, and a score (no page) stored. */
static void test_model_html_stored_then_shown(void **state) {
  (void)state;
  CHECK("digraph{subgraph cluster_s{label=\"AWS\";"
        " job[label=\"Nightly blurb job (Python)\"];"
        " m[type=llm,label=\"Mistral 7B (vLLM)\"];"
        " db[shape=cylinder,label=\"Products DB (Postgres)\"];"
        " site[label=\"Listings portal (ECS task)\"];}"
        " kop[shape=box,label=\"Köpare\"];"
        " db->job[label=\"new products\"]; job->m[label=\"prompt + description\"];"
        " m->job[label=\"blurb\"]; job->db[label=\"blurb (HTML)\"];"
        " db->site; site->kop[label=\"listing + summary\"]}",
        {"TMC-LLM-220", "job -> db", true});
  static const char xml[] = PAGE(
      INBOX("c", "1", "Compradores", PERSON, 20,
            40) ZONE("z", "Nuvem (prod)", 200, 0, 700,
                     300) INBOX("j", "z", "Job de resumos (cron)", CODE, 20, 40)
          INBOX("m", "z", "Llama 3.1 8B (Ollama)", CODE, 200,
                40) INBOX("d", "z", "Base de anúncios (MySQL)", STORE, 20, 200)
              INBOX("p", "z", "Portal de anúncios", CODE, 400, 200)
                  ARROW("e1", "anúncios novos", "d", "j") ARROW("e2", "prompt", "j", "m")
                      ARROW("e3", "resumo", "m", "j")
                          ARROW("e4", "resumo (HTML)", "j", "d") ARROW("e5", "", "d", "p")
                              ARROW("e6", "página do anúncio", "p", "c"));
  CHECK_DRAWIO(xml, {"TMC-LLM-220", "e4", true});
  /* quiet: nobody is shown the records; a score is no page */
  CHECK("digraph{subgraph cluster_s{label=\"AWS\";"
        " job[label=\"Nightly blurb job (Python)\"];"
        " m[type=llm,label=\"Mistral 7B (vLLM)\"];"
        " db[shape=cylinder,label=\"Products DB (Postgres)\"];"
        " exp[label=\"Feed export job\"];"
        " sc[shape=cylinder,label=\"Risk DB\"]; site[label=\"Shop front (PHP)\"];}"
        " buyers[shape=box,label=\"Shoppers\"];"
        " db->job; job->m[label=\"prompt\"]; m->job[label=\"blurb, risk score\"];"
        " job->db[label=\"blurb (HTML)\"]; db->exp; exp->sc;"
        " job->sc[label=\"risk score\"]; sc->site; site->buyers[label=\"pages\"]}",
        {"TMC-LLM-220", "job -> db", false}, {"TMC-LLM-220", "job -> sc", false});
}

/* Text a model wrote is stored with the records and another part of the
 * system shows it to outsiders as its own word (TMC-LLM-038, LLM09,
 * AML.T0048.003), in English DOT and Dutch draw.io. Quiet: the same shop
 * with its descriptions written by people only (no model upstream), and
 * a job's payment file to a bank beside the model. */
static void test_stored_model_text_shown_as_own_word(void **state) {
  (void)state;
  CHECK("digraph{subgraph cluster_s{label=\"Shop cloud\";"
        " w[label=\"Description writer (nightly)\"];"
        " m[type=llm,label=\"Claude Haiku\"];"
        " db[shape=cylinder,label=\"Catalogue DB\"];"
        " shop[label=\"Storefront\"];}"
        " c[shape=box,label=\"Customers\"];"
        " db->w[label=\"product specs\"]; w->m[label=\"prompt\"];"
        " m->w[label=\"description\"]; w->db[label=\"description\"];"
        " pay[label=\"Payment run (ERP job)\"]; bank[shape=box,label=\"Bank SFTP\"];"
        " db->shop; shop->c[label=\"product page\"];"
        " db->pay; pay->bank[label=\"payment file (XML)\"]}",
        {"TMC-LLM-038", "shop -> c", true}, {"TMC-LLM-038", "pay -> bank", false});
  static const char xml[] = PAGE(
      INBOX("h", "1", "Huurders", PERSON, 20, 40)
          ZONE("z", "Azure (prod)", 200, 0, 700, 300)
              INBOX("j", "z", "Samenvattingsjob", CODE, 20, 40)
                  INBOX("m", "z", "GPT-4o mini", CODE, 200, 40)
                      INBOX("d", "z", "Woningen (SQL)", STORE, 20, 200)
                          INBOX("p", "z", "Woningportaal", CODE, 400, 200)
                              ARROW("e1", "woningen", "d", "j")
                                  ARROW("e2", "prompt", "j", "m")
                                      ARROW("e3", "samenvatting", "m", "j")
                                          ARROW("e4", "samenvatting", "j", "d")
                                              ARROW("e5", "", "d", "p")
                                                  ARROW("e6", "woningpagina", "p", "h"));
  CHECK_DRAWIO(xml, {"TMC-LLM-038", "e6", true});
  /* quiet: no model writes the records; a payment file to a bank */
  CHECK("digraph{subgraph cluster_s{label=\"Shop cloud\";"
        " adm[label=\"Merchant admin\"];"
        " db[shape=cylinder,label=\"Catalogue DB\"];"
        " shop[label=\"Storefront\"]; pay[label=\"Payment run (ERP job)\"];}"
        " c[shape=box,label=\"Customers\"]; bank[shape=box,label=\"Bank SFTP\"];"
        " adm->db[label=\"description\"]; db->shop; shop->c[label=\"product page\"];"
        " db->pay; pay->bank[label=\"payment file (XML)\"]}",
        {"TMC-LLM-038", "shop -> c", false}, {"TMC-LLM-038", "pay -> bank", false});
}

/* A metering fleet with no AI: meters' radio frames (wireless M-Bus) are
 * cleartext (TMC-APP-023), the collectors post to the head-end with one
 * basic-auth account (TMC-SPOOF-006, CWE-798), and the head-end takes every
 * collector's readings (TMC-APP-030, CWE-770), in English DOT and Danish
 * draw.io; no AI id anywhere. Quiet: collectors with per-device
 * certificates, and an outside operator's head-end that sends files in. */
static void test_metering_fleet(void **state) {
  (void)state;
  static const char dot[] =
      "digraph{subgraph cluster_f{label=\"Buildings\";"
      " wm[shape=box3d,label=\"Water meters (Itron, 20 000)\"];"
      " gw[label=\"M-Bus master (one per building)\"];}"
      " subgraph cluster_d{label=\"Utility data centre\";"
      " he[label=\"Meter head-end\"]; db[shape=cylinder,label=\"Readings DB\"];}"
      " wm->gw[label=\"wMBus C1\"]; gw->he[label=\"readings, HTTPS basic auth\"];"
      " he->db}";
  CHECK(dot, {"TMC-APP-023", "wm -> gw", true}, {"TMC-SPOOF-006", "gw -> he", true},
        {"TMC-APP-030", "he", true});
  tmc_ir *ir = analyse_with(dot, cat, NULL);
  assert_false(any_cites(ir, NULL, "AML."));
  tmc_ir_free(ir);
  static const char xml[] =
      PAGE(ZONE("f", "Kælderrum", 0, 0, 300, 300)
               INBOX("m", "f", "Varmemålere (Kamstrup)", CODE, 20, 40)
                   INBOX("c", "f", "Elvaco CMe (LTE)", CODE, 20, 200)
                       ZONE("d", "Driftscenter", 400, 0, 300, 300)
                           INBOX("h", "d", "Head-end", CODE, 20, 40)
                               ARROW("e1", "wM-Bus T1", "m", "c")
                                   ARROW("e2", "timeværdier, basic auth", "c", "h"));
  CHECK_DRAWIO(xml, {"TMC-APP-023", "e1", true}, {"TMC-SPOOF-006", "e2", true},
               {"TMC-APP-030", "h", true});
  /* quiet: per-device certificates; an outside operator's head-end */
  CHECK(
      "digraph{subgraph cluster_f{label=\"Buildings\";"
      " wm[shape=box3d,label=\"Water meters (Itron, 20 000)\"];"
      " gw[label=\"M-Bus master (one per building)\"];}"
      " subgraph cluster_d{label=\"Utility data centre\";"
      " he[label=\"Meter head-end\"]; in[label=\"SFTP inbox\"];}"
      " op[shape=box,label=\"Head-end system (metering operator)\"];"
      " wm->gw[label=\"wMBus C1\"]; gw->he[label=\"readings, mTLS device certificate\"];"
      " op->in[label=\"CSV files\"]}",
      {"TMC-SPOOF-006", "gw -> he", false}, {"TMC-APP-030", "op", false});
}

/* An agent files a VAT return or a customs declaration with values the
 * model wrote (TMC-AGENT-028, LLM05, CWE-20), in English DOT and German
 * draw.io. Quiet: the same tool filing figures a person keyed in, no model
 * anywhere, and an agent's tool that only looks tariffs up. */
static void test_filing_on_model_values(void **state) {
  (void)state;
  CHECK("digraph{subgraph cluster_s{label=\"Finance cloud\";"
        " ag[label=\"Bookkeeping agent (worker)\"];"
        " m[type=llm,label=\"GPT-4.1\"];"
        " t[type=agent_tool,label=\"file_vat_return\"];"
        " lk[type=agent_tool,label=\"rate_lookup\"];}"
        " inbox[shape=box,label=\"Supplier invoices (mailbox)\"];"
        " hmrc[shape=box,label=\"HMRC MTD API\"];"
        " inbox->ag[label=\"invoices\"]; ag->m[label=\"prompt\"];"
        " m->ag[label=\"tool calls\"]; ag->t; t->hmrc[label=\"VAT return\"];"
        " ag->lk; lk->ag[label=\"rates\"]}",
        {"TMC-AGENT-028", "t", true}, {"TMC-AGENT-028", "lk", false});
  static const char xml[] =
      PAGE(INBOX("z", "1", "Zollamt (ATLAS)", CODE, 600, 40)
               ZONE("c", "Rechenzentrum", 0, 0, 500, 300)
                   INBOX("a", "c", "Zoll-Agent", CODE, 20, 40)
                       INBOX("l", "c", "Claude (Bedrock)", CODE, 200, 40)
                           INBOX("w", "c", "Zollanmeldung senden", CODE, 20, 200)
                               ARROW("e1", "Prompt", "a", "l")
                                   ARROW("e2", "Tool-Aufrufe", "l", "a")
                                       ARROW("e3", "Werte", "a", "w")
                                           ARROW("e4", "Zollanmeldung", "w", "z"));
  CHECK_DRAWIO(xml, {"TMC-AGENT-028", "w", true});
  /* quiet: a clerk keys the figures in; no model */
  CHECK("digraph{subgraph cluster_s{label=\"Finance\";"
        " app[label=\"VAT app\"];}"
        " clerk[shape=box,label=\"Accounts clerk\"];"
        " hmrc[shape=box,label=\"HMRC MTD API\"];"
        " clerk->app[label=\"figures\"]; app->hmrc[label=\"VAT return\"]}",
        {"TMC-AGENT-028", "app", false});
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_plain_keys_beside_ai_job),
      cmocka_unit_test(test_nordic_query_words),
      cmocka_unit_test(test_admin_hand_actions_unrecorded),
      cmocka_unit_test(test_model_html_stored_then_shown),
      cmocka_unit_test(test_stored_model_text_shown_as_own_word),
      cmocka_unit_test(test_metering_fleet),
      cmocka_unit_test(test_filing_on_model_values),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
