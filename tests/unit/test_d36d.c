/* test_d36d.c - what blind36's Telugu chit-fund assistant taught (thirty-
 * second session, helper d36d), each drawn here in other words and another
 * domain:
 *   - Telugu labels: people named by their Telugu heads ("వార్డు సిబ్బంది",
 *     ward staff; "రోగులు", patients) are outside parties and entry points;
 *     a job named in Telugu as spoken ("జాబ్") is code; a login that a
 *     whole ward shares ("ఒకే లాగిన్", one and the same login) ties nothing
 *     to a person;
 *   - a file of keys named by its name and, after it, the word "file" in
 *     the label's language (".env ఫైలు", "deploy.env Datei") is that file,
 *     a store of secrets, whatever vendor its keys open;
 *   - a job whose name line names it and whose detail line names the model
 *     or OCR engine it runs as a step ("Nightly scan job\nTesseract OCR
 *     (Hindi) -> text") is the job, not the model; a box whose name line
 *     is no job keeps the model its label names;
 *   - a person who asks and gets the model's long-term memory of someone
 *     else read back (the notes loaded for whatever member number the chat
 *     was given) takes it out in the answer: the memory hop of their path
 *     to it names LLM data leakage beside the memory's poisoning. */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "drawio_macros.h"
#include "path_helpers.h"

/* A hospital pharmacy's refill helper in Telugu: ward staff sharing one
 * login per ward, patients outside, a nightly job that reads prescriptions
 * with an OCR engine, the SMS gateway key in a config file. */
static const char pharmacy[] =
    "digraph pharmacy {\n"
    "  node [shape=box, style=filled, colorscheme=set38];\n"
    "  rogulu [label=\"రోగులు\", shape=ellipse, fillcolor=2];\n"
    "  subgraph cluster_wards { label=\"12 వార్డులు\"; style=dashed;\n"
    "    nurses [label=\"వార్డు సిబ్బంది\\n(ప్రతి వార్డుకు ఒకే లాగిన్)\", shape=ellipse, "
    "fillcolor=2];\n"
    "  }\n"
    "  subgraph cluster_dc { label=\"ఆసుపత్రి డేటా సెంటర్\"; style=dashed;\n"
    "    app [label=\"ఫార్మసీ యాప్\", fillcolor=3];\n"
    "    scans [label=\"ప్రిస్క్రిప్షన్ "
    "స్కాన్‌లు\", "
    "shape=folder, "
    "fillcolor=4];\n"
    "    ocrjob [label=\"రాత్రి స్కాన్ జాబ్\\nTesseract OCR (హిందీ) → టెక్స్ట్\", "
    "fillcolor=3];\n"
    "    db [label=\"మందుల డేటాబేస్\", shape=cylinder, fillcolor=4];\n"
    "    keys [label=\"config.env ఫైల్\\n(Twilio SMS కీ)\", shape=note, fillcolor=5];\n"
    "  }\n"
    "  rogulu -> app [label=\"రీఫిల్ అభ్యర్థన\"];\n"
    "  nurses -> app [label=\"లాగిన్ + ఆమోదం\"];\n"
    "  app -> nurses;\n"
    "  app -> scans;\n"
    "  scans -> ocrjob;\n"
    "  ocrjob -> db;\n"
    "  db -> app;\n"
    "  keys -> app [style=dotted];\n"
    "}\n";

static void test_telugu_people_job_and_key_file(void **state) {
  (void)state;
  tmc_ir *ir = analysed(pharmacy);
  assert_non_null(ir);
  assert_int_equal(kind_at(ir, "nurses"), TMC_KIND_EXTERNAL);
  assert_true(entry_at(ir, "nurses"));
  assert_int_equal(kind_at(ir, "rogulu"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "ocrjob"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "keys"), TMC_KIND_DATA_STORE);
  assert_int_equal(elem_at(ir, "keys")->tech, TMC_TECH_SECRETS_VAULT);
  tmc_ir_free(ir);
}

/* One login a whole ward shares: whoever approved a refill is not known. */
static void test_telugu_shared_login(void **state) {
  (void)state;
  tmc_ir *ir = analyse_with(pharmacy, cat, NULL);
  assert_non_null(ir);
  assert_true(ir->flows[flow(ir, "nurses", "app")].facts.shared_login);
  assert_non_null(finding(ir, "TMC-REPUD-011", "nurses->app"));
  tmc_ir_free(ir);
}

/* The other format, in English and German: a scan job and its OCR engine,
 * a key file named with the word for file after it; a service whose name
 * line is no job keeps the model its label names. */
#define BOX "rounded=1;whiteSpace=wrap;html=1;"
#define NOTE "shape=note;whiteSpace=wrap;html=1;"
static void test_drawio_job_runs_ocr_and_key_file_word(void **state) {
  (void)state;
  const char *xml = HEAD V("clerks", "Claims clerks", "shape=umlActor;html=1;", 0, 40, 30,
                           60) V("portal", "Claims portal", BOX, 100, 40, 140, 50)
      V("inbox", "Scanned forms", "shape=cylinder3;html=1;", 280, 40, 90, 60)
          V("job", "Nightly scan job&lt;br&gt;Tesseract OCR (Hindi) → text", BOX, 420, 40,
            160, 60) V("svc", "Handwriting reader&lt;br&gt;TrOCR model (fine-tuned)", BOX,
                       420, 160, 160, 60)
              V("env", "deploy.env Datei&lt;br&gt;(Azure OpenAI Schlüssel)", NOTE, 100,
                160, 140, 60) LINK("f1", "clerks", "portal", "upload")
                  E("f2", "portal", "inbox") E("f3", "inbox", "job") E("f4", "job", "svc")
                      E("f5", "svc", "portal") E("f6", "env", "portal") TAIL;
  tmc_ir *ir = drawio_analysed(xml, "paths");
  assert_int_equal(kind_at(ir, "job"), TMC_KIND_PROCESS);
  assert_true(tmc_kind_is_ai(kind_at(ir, "svc")));
  assert_int_equal(kind_at(ir, "env"), TMC_KIND_DATA_STORE);
  assert_int_equal(elem_at(ir, "env")->tech, TMC_TECH_SECRETS_VAULT);
  tmc_ir_free(ir);
}

/* A climbing gym's chat assistant that keeps notes per member number. */
static void test_memory_read_back_to_asker_leaks(void **state) {
  (void)state;
  tmc_ir *ir =
      analysed("digraph gym {\n"
               "  climbers [label=\"Gym members\", shape=ellipse];\n"
               "  subgraph cluster_cloud { label=\"Gym cloud (GCP)\"; style=dashed;\n"
               "    chat [label=\"Member chat API\\n(Cloud Run)\"];\n"
               "    mem [label=\"Long-term memory\\n(Redis, per member no.)\", "
               "shape=cylinder];\n"
               "  }\n"
               "  gem [label=\"Gemini 2.5 Flash\", shape=ellipse, style=dashed];\n"
               "  climbers -> chat [label=\"question + member no.\"];\n"
               "  chat -> climbers [label=\"answer\"];\n"
               "  chat -> gem [label=\"prompt + notes\"];\n"
               "  gem -> chat [label=\"reply + notes to keep\"];\n"
               "  chat -> mem [label=\"save notes\"];\n"
               "  mem -> chat [label=\"notes for the member no.\"];\n"
               "}\n");
  assert_non_null(ir);
  assert_true(
      hop_names(ir, "climbers", "mem", "exfiltrate", "mem", "AML.T0080", "AML.T0057"));
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_telugu_people_job_and_key_file),
      cmocka_unit_test(test_telugu_shared_login),
      cmocka_unit_test(test_drawio_job_runs_ocr_and_key_file_word),
      cmocka_unit_test(test_memory_read_back_to_asker_leaks),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
