/* test_prec26.c - the "prec26" cause (causes26 D): AI ids a reviewer
 * called absurd on blind25 and blind24, each fixed where the fact or the
 * precondition was too loose. Each family in other words than the blind
 * sets', in both formats, with a quiet case (a near miss that must keep
 * firing).
 *
 * The one idea: every case is a small DOT or draw.io text, and what the
 * findings cite (or a fact of one element) is asserted. */
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

static tmc_ir *analysed(const char *text, bool drawio) {
  return drawio ? drawio_analysed(text, NULL) : analyse_with(text, cat, NULL);
}

/* Does any finding in text cite id (or a sub-technique of it)? */
static bool text_cites(const char *text, bool drawio, const char *id) {
  tmc_ir *ir = analysed(text, drawio);
  bool yes = any_cites(ir, NULL, id);
  tmc_ir_free(ir);
  return yes;
}

/* Does element id of text hear its callers back (answers_callers)? */
static bool answers(const char *text, bool drawio, const char *id) {
  tmc_ir *ir = analysed(text, drawio);
  bool yes = ir->elements[elem(ir, id)].facts.answers_callers;
  tmc_ir_free(ir);
  return yes;
}

/* D1: extraction, inversion, membership inference and inference-API
 * access need a caller who gets the model's answers back. A bottle
 * inspection model fed line cameras, whose verdicts fire a reject gate,
 * whose sensitivity supervisors set, serviced over a remote desktop, run
 * in an image pulled from a public registry, its sampled verdicts
 * labelled outside and trained on: nobody who sends it anything hears it
 * answer (no AML.T0024, AML.T0040), and nothing bills it per use (no
 * AML.T0034). */
static void test_model_nobody_hears_back(void **state) {
  (void)state;
  static const char dot[] =
      "digraph{subgraph cluster_o{label=\"Internet\"; hub[shape=box,label=\"Docker "
      "Hub\"];"
      " lab[shape=box,label=\"Labelling contractor\"];"
      " av[shape=box,label=\"Vendor remote support (AnyDesk)\"];}"
      " subgraph cluster_p{label=\"Bottling plant network\";"
      " cam[shape=box,label=\"Line cameras (4x GigE)\"];"
      " qa[shape=box,label=\"QA supervisors\"];"
      " m[type=model,label=\"Bottle inspection inference server (Triton)\"];"
      " plc[label=\"Reject gate PLC\"]; arch[shape=cylinder,label=\"Image archive\"];"
      " tr[label=\"Training box\"]; repo[label=\"Model repo (git)\"];}"
      " cam->m[label=\"frames\"]; qa->m[label=\"sensitivity per SKU\"];"
      " av->m[label=\"remote desktop\"]; hub->m[label=\"tritonserver:24.05\"];"
      " m->plc[label=\"reject pulses\"]; m->arch[label=\"sampled images + verdicts\"];"
      " arch->lab[label=\"image batches\"]; lab->arch[label=\"labels\"];"
      " arch->tr[label=\"training set\"]; tr->repo[label=\"weights push\"];"
      " repo->m[label=\"pull weekly\"]}";
  assert_false(answers(dot, false, "m"));
  assert_false(text_cites(dot, false, "AML.T0024"));
  assert_false(text_cites(dot, false, "AML.T0040"));
  assert_false(text_cites(dot, false, "AML.T0034"));
  /* a sawmill's grading model (German), its image from NGC, its line
   * cameras drawn as code that only sends frames */
  static const char xml[] = PAGE(
      ZONE("o", "Internet", 0, 0, 200, 300) INBOX("r", "o", "NVIDIA NGC (Container)",
                                                  CODE, 20, 40)
          INBOX("f", "o", "Integrator-Fernwartung (TeamViewer)", PERSON, 20, 180)
              ZONE("z", "Werksnetz", 300, 0, 600, 300)
                  INBOX("k", "z", "Zeilenkameras (Förderband 3)", CODE, 20, 40)
                      INBOX("b", "z", "Schichtleiter", PERSON, 20, 180) INBOX(
                          "m", "z", "Holzsortier-Modell (TensorRT Inferenzserver)", CODE,
                          220, 40) INBOX("s", "z", "Auswerfer-SPS (S7)", CODE, 420, 40)
                          ARROW("e1", "Bilder", "k", "m")
                              ARROW("e2", "Schwellwerte", "b", "m")
                                  ARROW("e3", "Ausschleusen: Ventil + Zeit", "m", "s")
                                      ARROW("e4", "tensorrt:24.10-py3", "r", "m")
                                          ARROW("e5", "Remote Desktop", "f", "m"));
  assert_false(answers(xml, true, "m"));
  assert_false(text_cites(xml, true, "AML.T0024"));
  assert_false(text_cites(xml, true, "AML.T0040"));
  assert_false(text_cites(xml, true, "AML.T0034"));
}

/* D1, quiet: a public scoring API whose callers get scores back keeps
 * extraction and inference-API access; so does a model the partners call
 * straight (draw.io, Portuguese); and answers that come round to the
 * asking code through a job queue and a results store are heard back
 * (the caller and the model on one cycle), while results mailed to
 * others are not. */
static void test_callers_hear_back(void **state) {
  (void)state;
  static const char dot[] =
      "digraph{subgraph cluster_o{label=\"Internet\"; p[shape=box,label=\"Partner "
      "lenders\"];}"
      " subgraph cluster_s{label=\"Production\";"
      " gw[label=\"Credit scoring API (FastAPI)\"];"
      " m[type=model,label=\"Default risk model (XGBoost, trained on our loan book)\"];"
      " tr[label=\"Monthly training job\"]; lb[shape=cylinder,label=\"Loan book\"];}"
      " p->gw[label=\"applicant features\"]; gw->p[label=\"score + reason codes\"];"
      " gw->m[label=\"features\"]; m->gw[label=\"probability\"];"
      " lb->tr[label=\"history\"]; tr->m[label=\"new weights\"]}";
  assert_true(answers(dot, false, "m"));
  CHECK(dot, {"TMC-ML-001", "m", true});
  assert_true(text_cites(dot, false, "AML.T0024"));
  assert_true(text_cites(dot, false, "AML.T0040"));
  static const char xml[] = PAGE(
      ZONE("o", "Internet", 0, 0, 200, 200)
          INBOX("c", "o", "Apps de parceiros", CODE, 20, 40)
              ZONE("z", "Servidores da empresa (VMs alugadas)", 300, 0, 400, 200)
                  INBOX("m", "z", "Modelo de classificação de documentos", CODE, 20, 40)
                      ARROW("e1", "documento", "c", "m")
                          ARROW("e2", "classe + confiança", "m", "c"));
  assert_true(answers(xml, true, "m"));
  CHECK_DRAWIO(xml, {"TMC-ML-001", "m", true});
  static const char round[] =
      "digraph{subgraph cluster_s{label=\"Head office\";"
      " an[shape=box,label=\"Pricing analysts\"]; app[label=\"Pricing workbench\"];"
      " q[shape=cylinder,label=\"Job queue (SQS)\"]; w[label=\"Scoring worker\"];"
      " m[type=model,label=\"Price elasticity model\"];"
      " r[shape=cylinder,label=\"Results DB\"];}"
      " an->app[label=\"scenario\"]; app->an[label=\"results page\"];"
      " app->q[label=\"job\"]; q->w[label=\"job\"]; w->m[label=\"features\"];"
      " m->r[label=\"elasticities\"]; r->app[label=\"results\"]}";
  assert_true(answers(round, false, "m"));
  static const char away[] =
      "digraph{subgraph cluster_s{label=\"Head office\";"
      " an[shape=box,label=\"Pricing analysts\"]; app[label=\"Pricing workbench\"];"
      " q[shape=cylinder,label=\"Job queue (SQS)\"]; w[label=\"Scoring worker\"];"
      " m[type=model,label=\"Price elasticity model\"];"
      " r[shape=cylinder,label=\"Results DB\"]; rep[label=\"Weekly report job\"];}"
      " mg[shape=box,label=\"Regional managers\"];"
      " an->app[label=\"scenario\"]; app->q[label=\"job\"]; q->w[label=\"job\"];"
      " w->m[label=\"features\"]; m->r[label=\"elasticities\"];"
      " r->rep[label=\"results\"]; rep->mg[label=\"report e-mail\"]}";
  assert_false(answers(away, false, "m"));
}

/* D1: a model's own public API runs up a bill (TMC-ML-006, AML.T0034)
 * only where it is billed per use (metered): on the team's rented VMs or
 * cluster a flood slows it (TMC-ML-005). Quiet: the same API on a
 * managed serverless endpoint keeps cost harvesting. */
static void test_public_model_api_needs_a_bill(void **state) {
  (void)state;
  static const char dot[] =
      "digraph{subgraph cluster_o{label=\"Internet\"; dev[shape=box,label=\"Third-party "
      "developers\"];}"
      " subgraph cluster_s{label=\"Company Kubernetes cluster\";"
      " gw[label=\"API gateway (Kong)\"];"
      " m[type=model,label=\"Image tagging model (ONNX Runtime)\"];}"
      " dev->gw[label=\"image\"]; gw->dev[label=\"tags\"];"
      " gw->m[label=\"image\"]; m->gw[label=\"tags + scores\"]}";
  CHECK(dot, {"TMC-ML-006", "m", false});
  static const char xml[] = PAGE(
      ZONE("o", "Internet", 0, 0, 200, 200)
          INBOX("c", "o", "Apps de parceiros", CODE, 20, 40)
              ZONE("z", "Servidores da empresa (VMs alugadas)", 300, 0, 400, 200)
                  INBOX("m", "z", "Modelo de classificação de documentos", CODE, 20, 40)
                      ARROW("e1", "documento", "c", "m")
                          ARROW("e2", "classe + confiança", "m", "c"));
  CHECK_DRAWIO(xml, {"TMC-ML-006", "m", false});
  static const char billed[] =
      "digraph{subgraph cluster_o{label=\"Internet\"; dev[shape=box,label=\"Third-party "
      "developers\"];}"
      " subgraph cluster_s{label=\"AWS account\";"
      " gw[label=\"API gateway (Kong)\"];"
      " m[type=model,tech=ml_platform,label=\"Image tagging model (SageMaker serverless "
      "endpoint)\"];}"
      " dev->gw[label=\"image\"]; gw->dev[label=\"tags\"];"
      " gw->m[label=\"image\"]; m->gw[label=\"tags + scores\"]}";
  CHECK(billed, {"TMC-ML-006", "m", true});
}

/* D2: retrieval ids (TMC-RAG-001: AML.T0070, AML.T0071) only where
 * something searches a store for what a question needs. An invoice agent
 * that looks purchase orders up by number in the purchasing database
 * (which clerks correct and the agent writes its status to) retrieves no
 * corpus; nor a German order agent fetching an order record. Quiet: the
 * same agent with a full-text search of a wiki staff edit. */
static void test_record_lookup_is_no_retrieval(void **state) {
  (void)state;
  static const char dot[] =
      "digraph{subgraph cluster_o{label=\"Internet\"; sup[shape=box,label=\"Suppliers "
      "(e-mail)\"];}"
      " subgraph cluster_s{label=\"Company cloud\";"
      " mb[shape=folder,label=\"AP shared mailbox\"];"
      " ag[label=\"Invoice matching agent\"];"
      " llm[type=llm,label=\"GPT-4.1 (Azure OpenAI)\"];"
      " po[shape=cylinder,label=\"Purchasing DB: purchase orders, vendor master\"];"
      " fin[shape=box,label=\"Finance clerks\"];}"
      " sup->mb[label=\"invoices (PDF)\"]; mb->ag[label=\"new mail\"];"
      " ag->llm[label=\"prompt + invoice text\"]; llm->ag[label=\"matched lines\"];"
      " po->ag[label=\"PO lookup\"]; ag->po[label=\"match status\"];"
      " fin->po[label=\"fix exceptions\"]}";
  CHECK(dot, {"TMC-RAG-001", "po", false});
  assert_false(text_cites(dot, false, "AML.T0070"));
  static const char xml[] = PAGE(
      ZONE("o", "Extern", 0, 0, 200, 200) INBOX("k", "o", "Kunden (E-Mail)", PERSON, 20,
                                                40) ZONE("z", "Rechenzentrum", 300, 0,
                                                         600, 300)
          INBOX("p", "z", "Postfach Bestellungen", "shape=folder;", 20,
                40) INBOX("a", "z", "Bestell-Agent", CODE, 200, 40)
              INBOX("l", "z", "Claude 3.5 Sonnet (Anthropic API)", CODE, 400,
                    40) INBOX("d", "z", "Auftragsdatenbank (PostgreSQL)", STORE, 200, 180)
                  BOX("v", "Vertriebsmitarbeiter", PERSON, 500, 500) ARROW(
                      "e1", "Bestellung", "k", "p") ARROW("e2", "neue Mails", "p", "a")
                      ARROW("e3", "Prompt", "a", "l") ARROW("e4", "Antwort", "l", "a")
                          ARROW("e5", "fetch order record", "d", "a")
                              ARROW("e6", "Status", "a", "d")
                                  ARROW("e7", "Korrekturen", "v", "d"));
  CHECK_DRAWIO(xml, {"TMC-RAG-001", "d", false});
  assert_false(text_cites(xml, true, "AML.T0071"));
  /* quiet: a wiki searched in full text is a corpus */
  static const char wiki[] =
      "digraph{subgraph cluster_o{label=\"Internet\"; sup[shape=box,label=\"Suppliers "
      "(e-mail)\"];}"
      " subgraph cluster_s{label=\"Company cloud\";"
      " mb[shape=folder,label=\"AP shared mailbox\"];"
      " ag[label=\"Invoice matching agent\"];"
      " llm[type=llm,label=\"GPT-4.1 (Azure OpenAI)\"];"
      " wiki[shape=cylinder,label=\"AP procedures wiki\"];"
      " fin[shape=box,label=\"Finance clerks\"];}"
      " sup->mb[label=\"invoices (PDF)\"]; mb->ag[label=\"new mail\"];"
      " ag->llm[label=\"prompt + invoice text\"]; llm->ag[label=\"matched lines\"];"
      " wiki->ag[label=\"full-text search\"]; fin->wiki[label=\"edit pages\"]}";
  CHECK(wiki, {"TMC-RAG-001", "wiki", true});
  assert_true(text_cites(wiki, false, "AML.T0070"));
}

/* D3: open weights the team serves itself (a GGUF under llama.cpp on a
 * rented cloud VM; Qwen fetched from the Hugging Face Hub, draw.io,
 * Spanish) bill nobody per token: the calls' finding stays (TMC-LLM-013)
 * without cost harvesting (AML.T0034). Quiet: a vendor's API, and open
 * weights hosted by a vendor (Bedrock), keep AML.T0034. */
static void test_self_served_llm_is_not_metered(void **state) {
  (void)state;
  static const char dot[] =
      "digraph{subgraph cluster_o{label=\"Internet\"; c[shape=ellipse,label=\"Shop "
      "customers\"];}"
      " subgraph cluster_s{label=\"AWS eu-central-1 (EC2 g5.xlarge)\";"
      " app[label=\"Support chat backend\"];"
      " llm[type=llm,label=\"Mistral 7B Instruct Q4_K_M (GGUF, llama.cpp server)\"];}"
      " c->app[label=\"question\"]; app->c[label=\"answer\"];"
      " app->llm[label=\"prompt\"]; llm->app[label=\"completion\"]}";
  CHECK(dot, {"TMC-LLM-013", "app -> llm", true});
  assert_false(text_cites(dot, false, "AML.T0034"));
  static const char xml[] = PAGE(
      ZONE("o", "Internet", 0, 0, 200, 300) INBOX("u", "o", "Clientes", PERSON, 20, 40)
          INBOX("h", "o", "Hugging Face Hub", "ellipse;shape=cloud;", 20,
                180) ZONE("z", "Nube de la empresa (GCP, VM con GPU)", 300, 0, 500, 300)
              INBOX("a", "z", "Asistente de reservas", CODE, 20, 40)
                  INBOX("l", "z", "Qwen2.5 7B Instruct", CODE, 250, 40)
                      ARROW("e1", "mensaje", "u", "a") ARROW("e2", "respuesta", "a", "u")
                          ARROW("e3", "prompt", "a", "l") ARROW("e4", "texto", "l", "a")
                              ARROW("e5", "pesos (snapshot_download)", "h", "l"));
  CHECK_DRAWIO(xml, {"TMC-LLM-013", "e3", true});
  assert_false(text_cites(xml, true, "AML.T0034"));
  static const char api[] =
      "digraph{subgraph cluster_o{label=\"Internet\"; c[shape=ellipse,label=\"Shop "
      "customers\"];}"
      " subgraph cluster_s{label=\"AWS eu-central-1\";"
      " app[label=\"Support chat backend\"];"
      " llm[type=llm,label=\"GPT-4o mini (OpenAI API)\"];}"
      " c->app[label=\"question\"]; app->c[label=\"answer\"];"
      " app->llm[label=\"prompt\"]; llm->app[label=\"completion\"]}";
  assert_true(text_cites(api, false, "AML.T0034"));
  static const char hosted[] =
      "digraph{subgraph cluster_o{label=\"Internet\"; c[shape=ellipse,label=\"Shop "
      "customers\"];}"
      " subgraph cluster_s{label=\"AWS account\";"
      " app[label=\"Support chat backend\"];"
      " llm[type=llm,label=\"Llama 3.1 70B Instruct (Amazon Bedrock)\"];}"
      " c->app[label=\"question\"]; app->c[label=\"answer\"];"
      " app->llm[label=\"prompt\"]; llm->app[label=\"completion\"]}";
  assert_true(text_cites(hosted, false, "AML.T0034"));
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_model_nobody_hears_back),
      cmocka_unit_test(test_callers_hear_back),
      cmocka_unit_test(test_public_model_api_needs_a_bill),
      cmocka_unit_test(test_record_lookup_is_no_retrieval),
      cmocka_unit_test(test_self_served_llm_is_not_metered),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
