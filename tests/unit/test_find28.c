/* test_find28.c - the "find28" findings (blind26's and blind24's misses,
 * by family, causes27 F): each in other words than the diagrams that
 * showed it, in both formats, with a quiet case (a near miss that must
 * stay quiet).
 *
 * The one idea: every case is a small DOT or draw.io text and a list of
 * (rule, target, present?) lines (want_helpers.h), or a look at the ids a
 * finding cites. */
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

/* F1: text a model wrote earlier, kept in a store, goes out as a page
 * (TMC-LLM-222, LLM05/CWE-79/AML.T0077 on that flow): an estate agency's
 * listings read into its website as "rendered HTML"; a German web shop
 * showing customers the product texts a job had a model write. Quiet: the
 * same listings counted for the finance team's report, and a web shop
 * showing a catalogue no model wrote. */
static void test_stored_model_text_published(void **state) {
  (void)state;
  CHECK(
      "digraph{subgraph cluster_a{label=\"Agency cloud\"; job[label=\"Listing writer "
      "job\"];"
      " db[shape=cylinder,label=\"Listings DB\"]; site[label=\"Estate agency website\"]}"
      " m[type=llm,label=\"Claude Haiku (Anthropic API)\"];"
      " ag[shape=box,label=\"Agents\"]; fin[shape=box,label=\"Finance team\"];"
      " rep[label=\"Monthly statistics job\"];"
      " ag->job[label=\"property notes\"]; job->m[label=\"prompt\"];"
      " m->job[label=\"description\"]; job->db[label=\"listing text\"];"
      " db->site[label=\"rendered HTML\"]; db->rep[label=\"listing counts\"];"
      " rep->fin[label=\"report\"]}",
      {"TMC-LLM-222", "db -> site", true}, {"TMC-LLM-222", "db -> rep", false},
      {"TMC-LLM-222", "rep -> fin", false});
  static const char xml[] = PAGE(
      ZONE("z", "Rechenzentrum", 0, 0, 800, 300) INBOX("j", "z", "Texter-Job", CODE, 20,
                                                       40)
          INBOX("l", "z", "Mistral Large (API)", CODE, 200, 40)
              INBOX("d", "z", "Produktdatenbank (PostgreSQL)", STORE, 400, 40)
                  INBOX("w", "z", "Webshop (Shopify)", CODE, 600, 40)
                      BOX("k", "Kunden", PERSON, 1000, 40) ARROW("e1", "Prompt", "j", "l")
                          ARROW("e2", "Produkttext", "l", "j")
                              ARROW("e3", "speichern", "j", "d")
                                  ARROW("e4", "Artikel", "d", "w")
                                      ARROW("e5", "Produktseiten", "w", "k"));
  CHECK_DRAWIO(xml, {"TMC-LLM-222", "e5", true});
  /* quiet: the same shop showing a catalogue people typed in */
  static const char quiet[] =
      PAGE(ZONE("z", "Rechenzentrum", 0, 0, 800, 300)
               INBOX("r", "z", "Redaktion-Backend", CODE, 20, 40)
                   INBOX("d", "z", "Produktdatenbank (PostgreSQL)", STORE, 400, 40)
                       INBOX("w", "z", "Webshop (Shopify)", CODE, 600, 40)
                           BOX("k", "Kunden", PERSON, 1000, 40)
                               BOX("p", "Redakteure", PERSON, 1000, 200)
                                   ARROW("e1", "Texte", "p", "r")
                                       ARROW("e3", "speichern", "r", "d")
                                           ARROW("e4", "Artikel", "d", "w")
                                               ARROW("e5", "Produktseiten", "w", "k"));
  CHECK_DRAWIO(quiet, {"TMC-LLM-222", "e5", false});
}

/* F7: a retrieval corpus nobody trains on is poisoned at retrieval
 * (AML.T0070, LLM08), not training data (LLM04): TMC-RAG-001 cites LLM04
 * only where what the store holds also trains something. */
static void test_rag_poisoning_cites_llm04_only_with_training(void **state) {
  (void)state;
  tmc_ir *ir = analyse_with(
      "digraph{subgraph cluster_a{label=\"Cloud\"; up[label=\"Upload portal\"];"
      " ing[label=\"Ingestion job (chunk + embed)\"];"
      " vs[type=vector_store,label=\"Pinecone index\"];"
      " ret[label=\"Retriever\"]; app[label=\"Help assistant\"]}"
      " m[type=llm,label=\"GPT-4o\"]; c[shape=box,label=\"Customers\"];"
      " c->up[label=\"manuals\"]; up->ing[label=\"PDF\"]; ing->vs[label=\"chunks\"];"
      " c->app[label=\"question\"]; app->ret[label=\"query\"]; vs->ret[label=\"chunks\"];"
      " ret->app[label=\"context\"]; app->m[label=\"prompt\"]; m->app[label=\"answer\"]}",
      cat, NULL);
  const tmc_finding *f = finding(ir, "TMC-RAG-001", "vs");
  assert_non_null(f);
  assert_true(cites(f, "LLM08:2025"));
  assert_false(cites(f, "LLM04:2025"));
  tmc_ir_free(ir);
  /* draw.io, other words: a Qdrant collection of case notes, no trainer */
  static const char xml[] = PAGE(
      ZONE("z", "Kommune (Azure)", 0, 0, 900,
           300) INBOX("s", "z", "Sagsbehandlere-portal", CODE, 20, 40)
          INBOX("q", "z", "Qdrant vektorer", STORE, 200, 40) INBOX("r", "z", "Retriever",
                                                                   CODE, 400, 40)
              INBOX("l", "z", "Llama 3.1 (vLLM)", CODE, 600, 40)
                  BOX("b", "Borgere", PERSON, 1000, 40) ARROW("e1", "sager", "b", "s")
                      ARROW("e2", "embeddings", "s", "q") ARROW("e3", "chunks", "q", "r")
                          ARROW("e4", "context", "r", "l") ARROW("e5", "svar", "l", "s"));
  ir = drawio_analysed(xml, NULL);
  assert_true(any_cites(ir, "q", "AML.T0070"));
  assert_false(any_cites(ir, "q", "LLM04"));
  tmc_ir_free(ir);
  /* the same index also read by a fine-tuning job: training data too */
  ir = analyse_with(
      "digraph{subgraph cluster_a{label=\"Cloud\"; up[label=\"Upload portal\"];"
      " ing[label=\"Ingestion job (chunk + embed)\"];"
      " vs[type=vector_store,label=\"Pinecone index\"];"
      " ret[label=\"Retriever\"]; app[label=\"Help assistant\"];"
      " ft[label=\"Nightly fine-tuning job\"];"
      " ad[shape=cylinder,label=\"LoRA adapter store\"]}"
      " m[type=llm,label=\"Llama 3 8B (vLLM)\"]; c[shape=box,label=\"Customers\"];"
      " c->up[label=\"manuals\"]; up->ing[label=\"PDF\"]; ing->vs[label=\"chunks\"];"
      " c->app[label=\"question\"]; app->ret[label=\"query\"]; vs->ret[label=\"chunks\"];"
      " ret->app[label=\"context\"]; app->m[label=\"prompt\"]; m->app[label=\"answer\"];"
      " vs->ft[label=\"training pairs\"]; ft->ad[label=\"adapter weights\"];"
      " ad->m[label=\"load adapter\"]}",
      cat, NULL);
  assert_true(cites(finding(ir, "TMC-RAG-001", "vs"), "LLM04:2025"));
  tmc_ir_free(ir);
}

/* F7: a tool the agent calls, drawn as an outside party (its vendor's
 * name) but inside the team's own zone, is the team's code wrapping that
 * vendor's API: no third-party tool (TMC-AGENT-002, AML.T0010.005). The
 * same tool drawn outside every zone stays someone else's. */
static void test_own_tool_named_for_vendor(void **state) {
  (void)state;
  static const char inside[] =
      "digraph{subgraph cluster_a{label=\"Render app (our account)\";"
      " bot[label=\"quote-agent (Python)\"]; crm_tool[label=\"salesforce.query/update\"]}"
      " m[type=llm,label=\"GPT-4o (OpenAI API)\"]; c[shape=box,label=\"Customers\"];"
      " crm[shape=cylinder,label=\"Salesforce CRM\"];"
      " c->bot[label=\"e-mail\"]; bot->m[label=\"prompt + tools\"];"
      " m->bot[label=\"tool calls\"]; bot->crm_tool[label=\"tool call\"];"
      " crm_tool->crm[label=\"read / write\"]; crm->crm_tool[label=\"contact\"];"
      " crm_tool->bot[label=\"record\"]}";
  CHECK(inside, {"TMC-AGENT-002", "crm_tool", false});
  CHECK(
      "digraph{subgraph cluster_a{label=\"Render app (our account)\";"
      " bot[label=\"quote-agent (Python)\"]} crm_tool[label=\"salesforce.query/update\"];"
      " m[type=llm,label=\"GPT-4o (OpenAI API)\"]; c[shape=box,label=\"Customers\"];"
      " crm[shape=cylinder,label=\"Salesforce CRM\"];"
      " c->bot[label=\"e-mail\"]; bot->m[label=\"prompt + tools\"];"
      " m->bot[label=\"tool calls\"]; bot->crm_tool[label=\"tool call\"];"
      " crm_tool->crm[label=\"read / write\"]; crm->crm_tool[label=\"contact\"];"
      " crm_tool->bot[label=\"record\"]}",
      {"TMC-AGENT-002", "crm_tool", true});
}

/* F2: a classic model's verdict sent to the controller a machine runs by,
 * nobody confirming (TMC-ML-203, ML09/CWE-862): a kiln's quality model
 * setting the burner PLC; a Spanish press line's wear model slowing the
 * press through its PLC. Quiet: the same kiln where operators confirm each
 * change to the service, and the verdict shown on a panel only. */
static void test_model_verdict_drives_machine(void **state) {
  (void)state;
  CHECK("digraph{subgraph cluster_p{label=\"Kiln network\";"
        " hist[shape=cylinder,label=\"Historian (TimescaleDB)\"];"
        " svc[label=\"Prediction service\"];"
        " m[type=model,label=\"Kiln quality model (LightGBM)\"];"
        " plc[label=\"Kiln burner PLC\"]; scada[label=\"SCADA dashboard\"]}"
        " s[shape=box,label=\"Thermocouples\"]; op[shape=box,label=\"Kiln operators\"];"
        " s->hist[label=\"temperatures\"]; hist->svc[label=\"live data\"];"
        " svc->m[label=\"features\"]; m->svc[label=\"predicted quality\"];"
        " svc->plc[label=\"burner setpoint\"]; svc->scada[label=\"prediction\"];"
        " op->scada[label=\"view\"]}",
        {"TMC-ML-203", "svc -> plc", true}, {"TMC-ML-203", "svc -> scada", false});
  static const char xml[] =
      PAGE(ZONE("z", "Red de planta", 0, 0, 800, 300)
               INBOX("h", "z", "Histórico (InfluxDB)", STORE, 20, 40)
                   INBOX("p", "z", "Servicio de predicción", CODE, 200, 40)
                       INBOX("m", "z", "Modelo de desgaste (XGBoost)", CODE, 400, 40)
                           INBOX("c", "z", "PLC de la prensa", CODE, 600, 40)
                               BOX("v", "Vibración y presión", "shape=ellipse;", 0, 400)
                                   ARROW("e0", "medidas", "v", "h")
                                       ARROW("e1", "datos", "h", "p")
                                           ARROW("e2", "entrada", "p", "m")
                                               ARROW("e3", "riesgo", "m", "p")
                                                   ARROW("e4", "velocidad ↓", "p", "c"));
  CHECK_DRAWIO(xml, {"TMC-ML-203", "e4", true});
  /* quiet: operators confirm each change to the service */
  CHECK("digraph{subgraph cluster_p{label=\"Kiln network\";"
        " hist[shape=cylinder,label=\"Historian (TimescaleDB)\"];"
        " svc[label=\"Prediction service\"];"
        " m[type=model,label=\"Kiln quality model (LightGBM)\"];"
        " plc[label=\"Kiln burner PLC\"]}"
        " s[shape=box,label=\"Thermocouples\"]; op[shape=box,label=\"Kiln operators\"];"
        " s->hist[label=\"temperatures\"]; hist->svc[label=\"live data\"];"
        " svc->m[label=\"features\"]; m->svc[label=\"predicted quality\"];"
        " op->svc[label=\"confirm change\"]; svc->plc[label=\"burner setpoint\"]}",
        {"TMC-ML-203", "svc -> plc", false});
}

/* F4: a training step that installs whatever the index serves as it runs
 * writes each new model to the registry with nothing saying which data
 * and code built it (TMC-REPUD-211, CWE-778): a weekly scikit-learn
 * retrain into MLflow; a Finnish nightly job ("pip install") into its
 * model bucket. Quiet: the same retrain with pinned versions. */
static void test_model_lineage_unrecorded(void **state) {
  (void)state;
  CHECK("digraph{subgraph cluster_a{label=\"ML VPC\";"
        " ds[shape=cylinder,label=\"Feature table (Parquet)\"];"
        " tr[label=\"Weekly retrain job (scikit-learn)\"];"
        " reg[shape=cylinder,label=\"Model registry (MLflow)\"]; api[label=\"Scoring "
        "API\"]}"
        " pypi[shape=box,label=\"PyPI\"];"
        " ds->tr[label=\"training data\"]; pypi->tr[label=\"pip install\"];"
        " tr->reg[label=\"new model\"]; reg->api[label=\"load model\"]}",
        {"TMC-REPUD-211", "tr -> reg", true});
  static const char xml[] =
      PAGE(ZONE("z", "Konesali", 0, 0, 800, 300)
               INBOX("d", "z", "Mittaukset (TimescaleDB)", STORE, 20, 40)
                   INBOX("t", "z", "Yöllinen koulutus (LightGBM)", CODE, 200, 40)
                       INBOX("r", "z", "Mallirekisteri (MinIO)", STORE, 400, 40)
                           BOX("p", "PyPI", "ellipse;shape=cloud;", 200, 400)
                               ARROW("e1", "opetusdata", "d", "t")
                                   ARROW("e2", "pip install", "p", "t")
                                       ARROW("e3", "uusi malli", "t", "r"));
  CHECK_DRAWIO(xml, {"TMC-REPUD-211", "e3", true});
  /* quiet: the packages are pinned */
  CHECK("digraph{subgraph cluster_a{label=\"ML VPC\";"
        " ds[shape=cylinder,label=\"Feature table (Parquet)\"];"
        " tr[label=\"Weekly retrain job (scikit-learn)\"];"
        " reg[shape=cylinder,label=\"Model registry (MLflow)\"]; api[label=\"Scoring "
        "API\"]}"
        " pypi[shape=box,label=\"PyPI\"];"
        " ds->tr[label=\"training data\"]; pypi->tr[label=\"pip install (pinned "
        "versions)\"];"
        " tr->reg[label=\"new model\"]; reg->api[label=\"load model\"]}",
        {"TMC-REPUD-211", "tr -> reg", false});
}

/* F3: a supplier's image with the model inside pulled by a moving tag and
 * started by an auto-updater (TMC-SUPPLY-024, AML.T0010.004/ML06): a
 * vision vendor's registry to Watchtower restarting the defect model; a
 * Polish draw.io with the vendor's Harbor and an "aktualizator". Quiet:
 * the same pull pinned by digest. */
static void test_vendor_image_moving_tag(void **state) {
  (void)state;
  CHECK("digraph{subgraph cluster_l{label=\"Factory LAN\";"
        " upd[label=\"Auto-updater (Watchtower)\"];"
        " m[type=model,label=\"DefectNet (ONNX, vendor)\"]; app[label=\"Line PC app\"]}"
        " reg[shape=box,label=\"Acme Vision registry (vendor account)\"];"
        " reg->upd[label=\"defectnet:latest image pull\"];"
        " upd->m[label=\"restart with new image\"]; app->m[label=\"frames\"];"
        " m->app[label=\"defect class\"]}",
        {"TMC-SUPPLY-024", "reg -> upd", true});
  static const char xml[] = PAGE(
      ZONE("z", "Sieć zakładu", 0, 0, 700,
           300) INBOX("u", "z", "Aktualizator (watchtower)", CODE, 20, 40)
          INBOX("m", "z", "Model jakości (ONNX)", CODE, 300, 40)
              BOX("r", "Rejestr dostawcy (Harbor)", "ellipse;shape=cloud;", 0, 400)
                  ARROW("e1", "docker pull", "r", "u") ARROW("e2", "restart", "u", "m"));
  CHECK_DRAWIO(xml, {"TMC-SUPPLY-024", "e1", true});
  /* quiet: pinned by digest */
  CHECK("digraph{subgraph cluster_l{label=\"Factory LAN\";"
        " upd[label=\"Auto-updater (Watchtower)\"];"
        " m[type=model,label=\"DefectNet (ONNX, vendor)\"]; app[label=\"Line PC app\"]}"
        " reg[shape=box,label=\"Acme Vision registry (vendor account)\"];"
        " reg->upd[label=\"defectnet image pull by digest (cosign)\"];"
        " upd->m[label=\"restart with new image\"]; app->m[label=\"frames\"];"
        " m->app[label=\"defect class\"]}",
        {"TMC-SUPPLY-024", "reg -> upd", false});
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_stored_model_text_published),
      cmocka_unit_test(test_rag_poisoning_cites_llm04_only_with_training),
      cmocka_unit_test(test_own_tool_named_for_vendor),
      cmocka_unit_test(test_model_verdict_drives_machine),
      cmocka_unit_test(test_model_lineage_unrecorded),
      cmocka_unit_test(test_vendor_image_moving_tag),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
