/* test_rules24.c - the "rules24" cause (causes24 D and F): ids a reviewer
 * called absurd on blind23 and blind22, each fixed where the fact or
 * precondition was too loose, and the recall that came with them. Each
 * family in other words than the blind sets', in both formats, with a
 * quiet case (a near miss that must keep firing, or must stay quiet).
 *
 * The one idea: every case is a small DOT or draw.io text and a list of
 * (rule, target, present?) lines (want_helpers.h), plus what the findings
 * cite where an id depends on the system. */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "engine_helpers.h"
#include "drawio_pieces.h"
#include "want_helpers.h"

static tmc_ir *analysed(const char *text, bool drawio) {
  return drawio ? drawio_analysed(text, NULL) : analyse_with(text, cat, NULL);
}

/* Does any finding in text cite id? */
static bool text_cites(const char *text, bool drawio, const char *id) {
  tmc_ir *ir = analysed(text, drawio);
  bool yes = any_cites(ir, NULL, id);
  tmc_ir_free(ir);
  return yes;
}

/* D: a speech model fed a broadcast's programme sound (callers on air
 * included) takes a feed, not requests: nobody outside queries it, so no
 * extraction through an inference API (AML.T0040, AML.T0024). Quiet: the
 * same model behind a public transcription API outsiders call. */
static void test_broadcast_feed_is_no_api(void **state) {
  (void)state;
  static const char dot[] =
      "digraph{subgraph cluster_o{label=\"Internet\"; c[shape=box,label=\"Phone-in "
      "callers\"];}"
      " subgraph cluster_s{label=\"Studio network\";"
      " mc[label=\"Master control room\"];"
      " asr[type=model,label=\"Live captioning model (fine-tuned Whisper)\"];"
      " cg[label=\"Caption encoder\"];}"
      " c->mc[label=\"calls on air\"]; mc->asr[label=\"programme audio\"];"
      " asr->cg[label=\"captions\"]}";
  assert_false(text_cites(dot, false, "AML.T0040"));
  assert_false(text_cites(dot, false, "AML.T0024"));
  static const char xml[] = PAGE(
      ZONE("o", "Internet", 0, 0, 200, 200) INBOX("u", "o", "Oyentes", PERSON, 20, 40)
          ZONE("z", "Red de producción", 300, 0, 500, 200)
              INBOX("r", "z", "Control de continuidad", CODE, 20, 40)
                  INBOX("m", "z", "Modelo de subtitulado (wav2vec2)", CODE, 220, 40)
                      INBOX("s", "z", "Insertador de subtítulos", CODE, 400, 40)
                          ARROW("e1", "llamadas en antena", "u", "r")
                              ARROW("e2", "audio del programa", "r", "m")
                                  ARROW("e3", "subtítulos", "m", "s"));
  assert_false(text_cites(xml, true, "AML.T0040"));
  /* quiet: a public transcription API in front of the same model */
  static const char api[] =
      "digraph{subgraph cluster_o{label=\"Internet\"; c[shape=box,label=\"API "
      "customers\"];}"
      " subgraph cluster_s{label=\"Production\";"
      " gw[label=\"Transcription API (FastAPI)\"];"
      " asr[type=model,label=\"Speech model (fine-tuned Whisper)\"];}"
      " c->gw[label=\"audio upload\"]; gw->c[label=\"transcript\"];"
      " gw->asr[label=\"audio\"]; asr->gw[label=\"text\"]}";
  assert_true(text_cites(api, false, "AML.T0040"));
}

/* D: a training job writes the model its packages and data shaped; a
 * registry or a deploy flow hands it weights: neither asks the model
 * anything, so a package index upstream of the job calls no model (no
 * TMC-ML-001, no AML.T0040), and the supply chain from an index named as
 * one is AI software (AML.T0010.001), not a third-party model
 * (AML.T0010.003). Quiet: a model hub's checkpoint keeps AML.T0010.003. */
static void test_trainer_and_index_call_no_model(void **state) {
  (void)state;
  static const char dot[] =
      "digraph{subgraph cluster_o{label=\"Internet\"; ix[label=\"npm registry\"];}"
      " subgraph cluster_s{label=\"Plant servers\";"
      " db[shape=cylinder,label=\"Vibration readings\"];"
      " tr[label=\"Weekly training job\"];"
      " mf[type=model,label=\"Bearing model file (model.onnx)\"];"
      " sv[label=\"Wear prediction service\"];"
      " al[label=\"Alert relay\"];}"
      " ix->tr[label=\"packages\"]; db->tr[label=\"training data\"];"
      " tr->mf[label=\"write model\"]; mf->sv[label=\"load\"];"
      " db->sv[label=\"latest readings\"]; sv->al[label=\"alerts\"]}";
  assert_false(text_cites(dot, false, "AML.T0040"));
  assert_false(text_cites(dot, false, "AML.T0010.003"));
  static const char xml[] =
      PAGE(ZONE("o", "Externe", 0, 0, 200, 200) INBOX("p", "o", "PyPI", CODE, 20, 40)
               ZONE("z", "Serveurs internes", 300, 0, 600, 300)
                   INBOX("d", "z", "Mesures", STORE, 20, 40)
                       INBOX("t", "z", "Entraînement nocturne (pipeline)", CODE, 200, 40)
                           INBOX("r", "z", "Registre de modèles", STORE, 400, 40)
                               INBOX("m", "z", "Modèle de prévision", CODE, 400, 200)
                                   ARROW("e1", "paquets", "p", "t")
                                       ARROW("e2", "données", "d", "t")
                                           ARROW("e3", "nouvelle version", "t", "r")
                                               ARROW("e4", "déploiement", "r", "m"));
  assert_false(text_cites(xml, true, "AML.T0040"));
  /* quiet: a checkpoint from a model hub is a third-party model */
  static const char hub[] =
      "digraph{subgraph cluster_o{label=\"Internet\"; hf[label=\"Hugging Face Hub\"];}"
      " subgraph cluster_s{label=\"Plant servers\";"
      " tr[label=\"Weekly fine-tune job\"];"
      " reg[type=model_registry,label=\"Model registry\"];"
      " m[type=model,label=\"Defect classifier\"];}"
      " hf->tr[label=\"base checkpoint\"]; tr->reg[label=\"new version\"];"
      " reg->m[label=\"deploy\"]}";
  assert_true(text_cites(hub, false, "AML.T0010.003"));
}

/* D: cost harvesting (AML.T0034) needs a bill per query: a model served
 * from an MLflow or Kubeflow the team runs itself bills nobody, a managed
 * cloud platform does. */
static void test_self_hosted_platform_is_not_metered(void **state) {
  (void)state;
  static const char dot[] =
      "digraph{subgraph cluster_o{label=\"Internet\"; u[shape=box,label=\"Partners\"];}"
      " subgraph cluster_s{label=\"Company network\";"
      " gw[label=\"Partner portal\"]; db[shape=cylinder,label=\"Contracts DB\"];"
      " m[type=model,label=\"Churn model (MLflow serving)\",tech=ml_platform];}"
      " u->gw[label=\"request\"]; gw->u[label=\"page\"]; db->gw[label=\"contracts\"];"
      " gw->m[label=\"features\"]; m->gw[label=\"score\"]}";
  assert_false(text_cites(dot, false, "AML.T0034"));
  static const char xml[] = PAGE(
      ZONE("o", "Internet", 0, 0, 200, 200) INBOX("u", "o", "Kunden", PERSON, 20, 40)
          ZONE("z", "Firmennetz", 300, 0, 500, 300)
              INBOX("a", "z", "Kundenportal", CODE, 20, 40)
                  INBOX("d", "z", "Verträge", STORE, 20, 180)
                      INBOX("m", "z", "Preismodell (Kubeflow KServe)", CODE, 250, 40)
                          ARROW("e1", "Anfrage", "u", "a") ARROW("e2", "Seite", "a", "u")
                              ARROW("e3", "Verträge", "d", "a")
                                  ARROW("e4", "Merkmale", "a", "m")
                                      ARROW("e5", "Preis", "m", "a"));
  assert_false(text_cites(xml, true, "AML.T0034"));
  /* quiet: the same model on a managed cloud endpoint is billed per call */
  static const char cloud[] =
      "digraph{subgraph cluster_o{label=\"Internet\"; u[shape=box,label=\"Partners\"];}"
      " subgraph cluster_s{label=\"AWS account\";"
      " gw[label=\"Partner portal\"]; db[shape=cylinder,label=\"Contracts DB\"];"
      " m[type=model,label=\"Churn model (SageMaker endpoint)\",tech=ml_platform];}"
      " u->gw[label=\"request\"]; gw->u[label=\"page\"]; db->gw[label=\"contracts\"];"
      " gw->m[label=\"features\"]; m->gw[label=\"score\"]}";
  assert_true(text_cites(cloud, false, "AML.T0034"));
}

/* D: stored conversations disclose what the model was given
 * (TMC-LLM-015): where the LLM only ever sees public content, a mail
 * stream that also reads an internal catalogue keeps no such disclosure.
 * Quiet: the LLM prompted with CRM records keeps the finding. */
static void test_disclosure_needs_private_context(void **state) {
  (void)state;
  static const char pub[] =
      "digraph{pubs[type=external,label=\"Bloggers (public RSS)\"];"
      " r[type=external,label=\"Readers\"];"
      " f[label=\"Feed fetcher\"]; w[label=\"Summary worker\"];"
      " llm[type=llm,label=\"Claude Haiku (Anthropic API)\"];"
      " cat[shape=cylinder,label=\"Posts DB: posts, summaries\"];"
      " nl[label=\"Digest builder\"];"
      " ml[shape=cylinder,label=\"Mail queue\"];"
      " pubs->f[label=\"RSS\"]; f->w[label=\"post text\"]; w->llm[label=\"post\"];"
      " llm->w[label=\"summary\"]; w->cat[label=\"summary\"]; cat->nl;"
      " nl->ml[label=\"digest\"]; ml->r[label=\"newsletter\"]}";
  CHECK(pub, {"TMC-LLM-015", "ml", false});
  assert_false(text_cites(pub, false, "AML.T0057"));
  static const char xml[] = PAGE(
      BOX("p", "Éditeurs de podcasts", PERSON, 0, 0) BOX(
          "c", "Collecteur de flux", CODE, 200, 0) BOX("w", "Résumeur", CODE, 400, 0)
          BOX("l", "Mistral Small (API)", CODE, 600,
              0) BOX("a", "Catalogue des épisodes", STORE, 400,
                     200) BOX("n", "Lettre hebdo", CODE, 200,
                              200) BOX("q", "File d'envoi", STORE, 200, 400)
              BOX("r", "Abonnés", PERSON, 0, 400) ARROW("e1", "RSS", "p", "c")
                  ARROW("e2", "épisodes", "c", "w") ARROW("e3", "transcription", "w", "l")
                      ARROW("e4", "résumé", "l", "w") ARROW("e5", "notes", "w", "a")
                          ARROW("e6", "", "a", "n") ARROW("e7", "e-mail", "n", "q")
                              ARROW("e8", "lettre", "q", "r"));
  CHECK_DRAWIO(xml, {"TMC-LLM-015", "q", false});
  /* quiet: the model reads customers' records, and the transcripts keep them */
  static const char priv[] =
      "digraph{c[shape=ellipse,label=\"Customers\"];"
      " app[label=\"Support chat API\"];"
      " crm[shape=cylinder,label=\"CRM accounts\"];"
      " llm[type=llm,label=\"GPT-4o (OpenAI API)\"];"
      " tx[shape=cylinder,label=\"Transcripts\"];"
      " c->app[label=\"question\"]; app->c[label=\"answer\"]; "
      "crm->app[label=\"account\"];"
      " app->llm[label=\"prompt\"]; llm->app[label=\"answer\"]; app->tx[label=\"chat\"]}";
  CHECK(priv, {"TMC-LLM-015", "tx", true});
}

/* D: retrieval looks up what a question needs. A nightly job that builds a
 * prompt from a shop's records and reads a search index no one asks it
 * about retrieves nothing (no retriever, no AML.T0070); a chat API people
 * ask that searches the same index does. */
static void test_unasked_search_is_no_retrieval(void **state) {
  (void)state;
  static const char dot[] =
      "digraph{rv[shape=cylinder,label=\"Reviews DB\"];"
      " ix[shape=cylinder,label=\"Product search (Elasticsearch)\"];"
      " j[label=\"Nightly digest job\"];"
      " llm[type=llm,label=\"Mistral Large (API)\"];"
      " out[shape=cylinder,label=\"Digests\"];"
      " rv->j[label=\"all reviews of the shop\"]; ix->j[label=\"product texts\"];"
      " j->llm[label=\"prompt\"]; llm->j[label=\"digest\"]; j->out}";
  tmc_ir *ir = analysed(dot, false);
  assert_false(TMC_ROLESET_HAS(ir->elements[elem(ir, "j")].roles, TMC_ROLE_RETRIEVER));
  assert_false(any_cites(ir, NULL, "AML.T0070"));
  tmc_ir_free(ir);
  static const char xml[] = PAGE(
      BOX("d", "Bewertungen", STORE, 0, 0) BOX("x", "Katalog (Algolia)", STORE, 0, 200)
          BOX("j", "Zusammenfassungs-Job (nächtlich)", CODE, 200,
              100) BOX("l", "GPT-4o mini (OpenAI API)", CODE, 400, 100)
              ARROW("e1", "alle Bewertungen", "d", "j")
                  ARROW("e2", "Produkttexte", "x", "j") ARROW("e3", "Prompt", "j", "l")
                      ARROW("e4", "Zusammenfassung", "l", "j"));
  ir = analysed(xml, true);
  assert_false(TMC_ROLESET_HAS(ir->elements[elem(ir, "j")].roles, TMC_ROLE_RETRIEVER));
  tmc_ir_free(ir);
  /* quiet: shoppers ask the assistant, which searches the index for them */
  static const char asked[] =
      "digraph{u[shape=ellipse,label=\"Shoppers\"];"
      " ix[shape=cylinder,label=\"Product search (Elasticsearch)\"];"
      " a[label=\"Shopping assistant API\"];"
      " llm[type=llm,label=\"Mistral Large (API)\"];"
      " u->a[label=\"question\"]; a->u[label=\"answer\"]; ix->a[label=\"product texts\"];"
      " a->llm[label=\"prompt\"]; llm->a[label=\"answer\"]}";
  ir = analysed(asked, false);
  assert_true(TMC_ROLESET_HAS(ir->elements[elem(ir, "a")].roles, TMC_ROLE_RETRIEVER));
  tmc_ir_free(ir);
}

/* D: an agent's tool writing the records its action changes (bookings in
 * the ERP) keeps the business's records, not the agent's memory (no
 * TMC-AGENT-005, no AML.T0080), though the agent reads them back. Quiet: a
 * store named memory that a tool saves notes into is memory. */
static void test_tool_records_are_no_memory(void **state) {
  (void)state;
  static const char dot[] =
      "digraph{subgraph cluster_o{label=\"Internet\"; "
      "c[shape=ellipse,label=\"Suppliers\"];}"
      " inbox[shape=cylinder,label=\"Orders mailbox\"];"
      " ag[label=\"Purchasing agent (LangGraph)\"];"
      " llm[type=llm,label=\"GPT-4.1 (OpenAI API)\"];"
      " t[type=agent_tool,label=\"create_po\"];"
      " erp[shape=cylinder,label=\"ERP database (orders, supplier bank details)\"];"
      " c->inbox[label=\"quotes\"]; inbox->ag[label=\"thread\"];"
      " ag->llm[label=\"prompt\"]; llm->ag[label=\"tool calls\"]; ag->t;"
      " t->erp[label=\"purchase order\"]; erp->ag[label=\"order records\"]}";
  CHECK(dot, {"TMC-AGENT-005", "erp", false});
  assert_false(text_cites(dot, false, "AML.T0080"));
  static const char xml[] = PAGE(
      BOX("c", "Clientes", PERSON, 0, 0)
          BOX("a", "Agente de reservas (LangChain)", CODE, 200, 0)
              BOX("l", "Claude (API de Anthropic)", CODE, 400, 0)
                  BOX("t", "herramienta reservar_mesa", CODE, 200, 200)
                      BOX("d", "Base de datos de reservas", STORE, 400, 200)
                          ARROW("e1", "mensaje", "c", "a") ARROW("e2", "prompt", "a", "l")
                              ARROW("e3", "llamadas", "l", "a") ARROW("e4", "", "a", "t")
                                  ARROW("e5", "reserva", "t", "d")
                                      ARROW("e6", "reservas", "d", "a"));
  assert_false(text_cites(xml, true, "AML.T0080"));
  /* quiet: the tool saves notes into a store named memory */
  static const char mem[] =
      "digraph{subgraph cluster_o{label=\"Internet\"; "
      "c[shape=ellipse,label=\"Suppliers\"];}"
      " inbox[shape=cylinder,label=\"Orders mailbox\"];"
      " ag[label=\"Purchasing agent (LangGraph)\"];"
      " llm[type=llm,label=\"GPT-4.1 (OpenAI API)\"];"
      " t[type=agent_tool,label=\"save_note\"];"
      " erp[shape=cylinder,label=\"Agent memory (long-term notes)\"];"
      " c->inbox[label=\"quotes\"]; inbox->ag[label=\"thread\"];"
      " ag->llm[label=\"prompt\"]; llm->ag[label=\"tool calls\"]; ag->t;"
      " t->erp[label=\"note\"]; erp->ag[label=\"notes\"]}";
  CHECK(mem, {"TMC-AGENT-005", "erp", true});
}

/* F: a zone named the outside in Hebrew, Arabic or Persian is trust 0, so
 * the people drawn there are outsiders (entries, paths). Quiet: "פנימי"
 * (internal) is no outside. */
static void test_outside_zone_rtl_languages(void **state) {
  (void)state;
  static const char he[] = "digraph{subgraph cluster_o{label=\"בחוץ\";"
                           " b[shape=box,label=\"לקוחות\"];}"
                           " subgraph cluster_z{label=\"שרתים\"; w[label=\"אתר\"];}"
                           " b->w[label=\"הזמנה\"]}";
  tmc_ir *ir = analysed(he, false);
  assert_int_equal(ir->boundaries[ir->elements[elem(ir, "b")].boundary].trust, 0);
  tmc_ir_free(ir);
  static const char ar[] = PAGE(
      ZONE("o", "الإنترنت", 0, 0, 200, 200) INBOX("u", "o", "العملاء", PERSON, 20, 40)
          ZONE("z", "الخوادم", 300, 0, 300, 200) INBOX("w", "z", "البوابة", CODE, 20, 40)
              ARROW("e1", "طلب", "u", "w"));
  ir = analysed(ar, true);
  assert_int_equal(ir->boundaries[ir->elements[elem(ir, "u")].boundary].trust, 0);
  tmc_ir_free(ir);
  ir = analysed(
      "digraph{subgraph cluster_i{label=\"רשת פנימית\"; a[shape=box,label=\"ERP\"];}}",
      false);
  assert_true(ir->boundaries[ir->elements[elem(ir, "a")].boundary].trust > 0);
  tmc_ir_free(ir);
}

/* F: code that serves a model it loads itself, fed readings outsiders can
 * forge through a store, can be steered by crafted input (TMC-ML-009,
 * ML01): no inference API is needed for evasion. Quiet: the same service
 * fed only readings nobody outside writes. */
static void test_evasion_of_self_hosted_model(void **state) {
  (void)state;
  static const char dot[] =
      "digraph{subgraph cluster_o{label=\"Outside\"; s[shape=box,label=\"Contract "
      "growers\"];}"
      " subgraph cluster_s{label=\"Farm office\";"
      " in[label=\"Growers portal\"]; ts[shape=cylinder,label=\"Readings (InfluxDB)\"];"
      " tr[label=\"Nightly training job (LightGBM)\"];"
      " mf[shape=folder,label=\"S3 models/ model.pkl (latest)\"];"
      " sv[label=\"Frost warning service (loads model.pkl hourly)\"];}"
      " al[shape=box,label=\"SMS gateway\"];"
      " s->in[label=\"harvest reports\"]; in->ts; ts->sv[label=\"latest readings\"];"
      " ts->tr[label=\"two years of readings\"]; tr->mf[label=\"write model.pkl\"];"
      " mf->sv[label=\"pickle.load\"]; sv->al[label=\"warnings\"]}";
  CHECK(dot, {"TMC-ML-009", "sv", true});
  static const char xml[] = PAGE(
      ZONE("o", "Internet", 0, 0, 200,
           200) INBOX("c", "o", "Cooperativistas", PERSON, 20,
                      40) ZONE("z", "Oficina de la finca", 300, 0, 700,
                               400) INBOX("p", "z", "Portal de socios", CODE, 20, 40)
          INBOX("d", "z", "Lecturas (PostgreSQL)", STORE, 20, 200)
              INBOX("t", "z", "Pipeline de entrenamiento nocturno", CODE, 250, 200)
                  INBOX("m", "z", "MinIO models/ modelo.pkl", "shape=folder;", 450, 200)
                      INBOX("s", "z", "Servicio de alertas de helada (carga modelo.pkl)",
                            CODE, 450, 40) ARROW("e1", "partes de cosecha", "c", "p")
                          ARROW("e2", "", "p", "d") ARROW("e3", "lecturas", "d", "s")
                              ARROW("e4", "histórico", "d", "t")
                                  ARROW("e5", "escribe modelo.pkl", "t", "m")
                                      ARROW("e6", "pickle.load", "m", "s"));
  CHECK_DRAWIO(xml, {"TMC-ML-009", "s", true});
  /* quiet: nobody outside reaches what the service reads */
  static const char quiet[] =
      "digraph{subgraph cluster_s{label=\"Farm office\";"
      " ts[shape=cylinder,label=\"Readings (InfluxDB)\"];"
      " tr[label=\"Nightly training job (LightGBM)\"];"
      " mf[shape=folder,label=\"S3 models/ model.pkl (latest)\"];"
      " sv[label=\"Frost warning service (loads model.pkl hourly)\"];"
      " lg[shape=cylinder,label=\"Warning log\"];}"
      " ts->sv[label=\"latest readings\"]; ts->tr[label=\"two years of readings\"];"
      " tr->mf[label=\"write model.pkl\"]; mf->sv[label=\"pickle.load\"];"
      " sv->lg[label=\"warnings\"]}";
  CHECK(quiet, {"TMC-ML-009", "sv", false});
}

/* F: a device broker whose readings reach a model (its features, its
 * training data): a flood of made-up readings is also chaff the model
 * scores (TMC-APP-030 cites AML.T0046). Quiet: a broker whose readings only
 * feed charts keeps the classic denial, no AI id. */
static void test_device_flood_is_chaff(void **state) {
  (void)state;
  static const char dot[] =
      "digraph{subgraph cluster_f{label=\"Fields\";"
      " p[shape=box3d,label=\"Soil moisture probes (LoRa)\"];}"
      " subgraph cluster_c{label=\"Cloud\";"
      " b[label=\"MQTT broker (Mosquitto)\"]; db[shape=cylinder,label=\"Readings DB\"];"
      " m[type=model,label=\"Irrigation forecast model\"]; ui[label=\"Grower "
      "dashboard\"];}"
      " p->b[label=\"uplinks\"]; b->db; db->m[label=\"features\"];"
      " m->ui[label=\"forecast\"]}";
  tmc_ir *ir = analysed(dot, false);
  assert_true(any_cites(ir, "b", "AML.T0046"));
  tmc_ir_free(ir);
  static const char xml[] = PAGE(
      BOX("c", "Capteurs d'humidité (LoRaWAN)", CODE, 0, 0)
          BOX("b", "Broker MQTT (EMQX)", CODE, 200, 0) BOX("d", "Mesures", STORE, 400, 0)
              BOX("m", "Modèle de prévision d'irrigation", CODE, 600, 0)
                  BOX("u", "Tableau de bord", CODE, 800, 0)
                      ARROW("e1", "trames", "c", "b") ARROW("e2", "", "b", "d")
                          ARROW("e3", "variables", "d", "m")
                              ARROW("e4", "prévision", "m", "u"));
  ir = analysed(xml, true);
  assert_true(any_cites(ir, "b", "AML.T0046"));
  tmc_ir_free(ir);
  /* quiet: no model reads what the broker takes in */
  static const char quiet[] =
      "digraph{subgraph cluster_f{label=\"Fields\";"
      " p[shape=box3d,label=\"Soil moisture probes (LoRa)\"];}"
      " subgraph cluster_c{label=\"Cloud\";"
      " b[label=\"MQTT broker (Mosquitto)\"]; db[shape=cylinder,label=\"Readings DB\"];"
      " ui[label=\"Grower dashboard\"];}"
      " p->b[label=\"uplinks\"]; b->db; db->ui[label=\"charts\"]}";
  CHECK(quiet, {"TMC-APP-030", "b", true});
  assert_false(text_cites(quiet, false, "AML.T0046"));
}

/* F: the list field devices decide access by (valid passes, badges,
 * revocations), pushed by the system's server inside one zone, can be
 * forged by anything on the device network (TMC-APP-240, CWE-345). Quiet:
 * a time sync to the same controllers carries no such list. */
static void test_device_list_push_unsigned(void **state) {
  (void)state;
  static const char dot[] =
      "digraph{subgraph cluster_s{label=\"Campus network\";"
      " acs[label=\"Access control server\"];"
      " dc[shape=box3d,label=\"Door controllers (card readers, offline mode)\"];"
      " db[shape=cylinder,label=\"Cardholders DB\"];}"
      " db->acs; acs->dc[label=\"badge list + revocations\"];"
      " dc->acs[label=\"door events\"]}";
  CHECK(dot, {"TMC-APP-240", "acs -> dc", true});
  static const char xml[] = PAGE(
      ZONE("z", "Red del estadio", 0, 0, 600, 300)
          INBOX("s", "z", "Servidor de control de accesos", CODE, 20, 40)
              INBOX("t", "z", "Tornos (lectores RFID)", CODE, 300, 40)
                  INBOX("d", "z", "Abonados", STORE, 20, 180) ARROW("e1", "", "d", "s")
                      ARROW("e2", "lista blanca de abonos", "s", "t")
                          ARROW("e3", "pasos", "t", "s"));
  CHECK_DRAWIO(xml, {"TMC-APP-240", "e2", true});
  /* quiet: a time sync is no list the doors decide by */
  static const char quiet[] =
      "digraph{subgraph cluster_s{label=\"Campus network\";"
      " acs[label=\"Access control server\"];"
      " dc[shape=box3d,label=\"Door controllers (card readers, offline mode)\"];"
      " db[shape=cylinder,label=\"Cardholders DB\"];}"
      " db->acs; acs->dc[label=\"time sync\"]; dc->acs[label=\"door events\"]}";
  CHECK(quiet, {"TMC-APP-240", "acs -> dc", false});
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_broadcast_feed_is_no_api),
      cmocka_unit_test(test_trainer_and_index_call_no_model),
      cmocka_unit_test(test_self_hosted_platform_is_not_metered),
      cmocka_unit_test(test_disclosure_needs_private_context),
      cmocka_unit_test(test_unasked_search_is_no_retrieval),
      cmocka_unit_test(test_tool_records_are_no_memory),
      cmocka_unit_test(test_outside_zone_rtl_languages),
      cmocka_unit_test(test_evasion_of_self_hosted_model),
      cmocka_unit_test(test_device_flood_is_chaff),
      cmocka_unit_test(test_device_list_push_unsigned),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
