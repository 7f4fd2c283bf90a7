/* test_paths26.c - attack paths of blind25's cause P and the keys notes of
 * causes25 A (paths26): a file of keys drawn beside the system, whose arrows
 * only leave it, is where credentials are stolen, never where an attacker
 * starts; an SSH or SFTP key file named by its file name or by the words of
 * the Nordic languages is a key store; a file's path in a store's list of
 * what it holds is one item; a device attestation service the app asks is
 * a service the system calls, no way in. Each in diagrams worded unlike
 * blind25 (draw.io where it drew DOT, and the other way round), with quiet
 * cases. */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "catalog/catalog.h"
#include "catalog/goals.h"
#include "drawio_macros.h"
#include "frontend/frontend.h"
#include "passes/passes.h"
#include "path_helpers.h"

/* Does any path start at id? */
static bool starts_paths(const tmc_ir *ir, const char *id) {
  for (uint32_t i = 0; i < ir->n_paths; i++)
    if (ir->paths[i].entry == el(ir, id))
      return true;
  return false;
}

/* A sports club's booking site on draw.io: members book courts through the
 * web app, a nightly export job reads a keys file drawn beside the cloud
 * zone (its arrow only leaves it) and uploads to the county's league
 * server. The keys file is no entry point and starts no path; a member's
 * path reaching it is credential theft. Quiet: a partner's price list
 * drawn in the same place, sending the same way, is where its author's
 * content comes in: still a way in. */
#define CLUB(file_id, file_label)                                                        \
  HEAD ZONE("z", "Club cloud (Hetzner)", 300, 0, 800,                                    \
            400) V("m", "Members", "shape=umlActor;html=1;", 0, 100, 30,                 \
                   60) V(file_id, file_label, DB, 320, 450, 140, 60)                     \
      C("web", "z", "Booking web app (Django)", CARD, 20, 40, 140, 60)                   \
          C("db", "z", "Bookings (PostgreSQL)", DB, 220, 40, 120, 60)                    \
              C("job", "z", "Nightly league export job (cron, Python)", CARD, 420, 40,   \
                160, 60) V("league", "County league server", CARD, 1200, 100, 140, 60)   \
                  LINK("e1", "m", "web", "bookings") LINK("e2", "web", "db", "writes")   \
                      LINK("e3", "db", "job", "rows")                                    \
                          LINK("e4", file_id, "job", "read at start")                    \
                              LINK("e5", "job", "league", "results (SFTP)")              \
                                  LINK("e6", "web", "job", "run now") TAIL

static void test_keys_file_beside_the_zone_is_no_entry_drawio(void **state) {
  (void)state;
  static const char *xml = CLUB("keys", "secrets.env (LEAGUE_API_TOKEN, SMTP password)");
  tmc_ir *ir = analysed_as("t.drawio", xml);
  assert_false(ir->elements[el(ir, "keys")].facts.is_entry);
  assert_false(starts_paths(ir, "keys"));
  assert_true(aimed(ir, "m", "keys", "steal_credentials"));
  tmc_ir_free(ir);
  /* quiet: a partner's price list drawn there is content coming in */
  static const char *feed = CLUB("keys", "Partner price list (CSV drop)");
  ir = analysed_as("t.drawio", feed);
  assert_true(ir->elements[el(ir, "keys")].facts.is_entry);
  tmc_ir_free(ir);
}

/* The same in DOT: a clinic's reminder service in a cluster, an ini file
 * of keys drawn outside it, read by the sender. */
static void test_keys_file_outside_the_cluster_is_no_source_dot(void **state) {
  (void)state;
  static const char *dot =
      "digraph g {\n"
      "  patients [label=\"Patients\", shape=box];\n"
      "  subgraph cluster_c { label=\"Clinic VPC\";\n"
      "    portal [label=\"Patient portal (Rails)\"];\n"
      "    appts [label=\"Appointments DB (MySQL)\", shape=cylinder];\n"
      "    sender [label=\"Reminder sender (Go worker)\"]; }\n"
      "  ini [label=\"sender.ini (Twilio auth token, DB password)\", shape=cylinder];\n"
      "  sms [label=\"Twilio\", shape=box];\n"
      "  patients -> portal [label=\"book\"];\n"
      "  portal -> appts [label=\"writes\"];\n"
      "  appts -> sender [label=\"due today\"];\n"
      "  ini -> sender [label=\"loaded at start\"];\n"
      "  sender -> sms [label=\"texts\"];\n"
      "}\n";
  tmc_ir *ir = analysed(dot);
  assert_false(ir->elements[el(ir, "ini")].facts.is_entry);
  assert_false(starts_paths(ir, "ini"));
  tmc_ir_free(ir);
  /* quiet: a hospital's referral export drawn there starts paths (its
   * author's rows come in) */
  static const char *ref =
      "digraph g {\n"
      "  patients [label=\"Patients\", shape=box];\n"
      "  subgraph cluster_c { label=\"Clinic VPC\";\n"
      "    portal [label=\"Patient portal (Rails)\"];\n"
      "    appts [label=\"Appointments DB (MySQL)\", shape=cylinder];\n"
      "    sender [label=\"Reminder sender (Go worker)\"]; }\n"
      "  ini [label=\"Hospital referral export (CSV)\", shape=cylinder];\n"
      "  patients -> portal [label=\"book\"];\n"
      "  portal -> appts [label=\"writes\"];\n"
      "  appts -> sender [label=\"due today\"];\n"
      "  ini -> sender [label=\"referrals\"];\n"
      "}\n";
  ir = analysed(ref);
  assert_true(starts_paths(ir, "ini"));
  tmc_ir_free(ir);
}

/* A Norwegian water utility's billing on draw.io: the integration server
 * uploads the direct-debit file to the bank with an SSH key kept in a file
 * on the server ("SFTP-nøkkel (id_rsa)"). Staff reaching it steal
 * credentials, not data. Quiet: a Swedish report store of key figures
 * ("Nyckeltal") keeps no keys. */
#define BILLING(store_label)                                                             \
  HEAD ZONE("z", "Driftsnett", 300, 0, 900, 400)                                         \
      V("staff", "Kundeservice (ansatte)", "shape=umlActor;html=1;", 0, 100, 30, 60)     \
          C("bill", "z", "Fakturasystem", CARD, 20, 40, 140, 60)                         \
              C("int", "z", "Integrasjonsserver (Python-jobb)", CARD, 220, 40, 160, 60)  \
                  C("k", "z", store_label, DB, 420, 40, 140, 60)                         \
                      V("bank", "Bank (SFTP)", CARD, 1300, 100, 120, 60)                 \
                          LINK("e1", "staff", "bill", "endrer avtaler")                  \
                              LINK("e2", "bill", "int", "trekkfil")                      \
                                  LINK("e3", "k", "int", "leses")                        \
                                      LINK("e4", "int", "bank", "laster opp") TAIL

static void test_sftp_key_file_is_a_key_store_drawio(void **state) {
  (void)state;
  static const char *xml = BILLING("SFTP-nøkkel (id_rsa)");
  tmc_ir *ir = analysed_as("t.drawio", xml);
  assert_true(ir->elements[el(ir, "k")].facts.plain_keys);
  assert_true(aimed(ir, "staff", "k", "steal_credentials"));
  tmc_ir_free(ir);
  static const char *kpi = BILLING("Nyckeltal (månadsrapport)");
  ir = analysed_as("t.drawio", kpi);
  assert_false(ir->elements[el(ir, "k")].facts.plain_keys);
  assert_false(aimed(ir, "staff", "k", "steal_credentials"));
  tmc_ir_free(ir);
}

/* A build host in DOT keeps "~/.aws/credentials + build cache": two items,
 * one of them keys, so a key store by its list (the path's slashes split
 * nothing); an outside package running in the build reaches it to steal
 * credentials. Quiet: "~/reports/2024 + charts + summaries" lists no key. */
static const char *build_host(const char *store) {
  static char buf[2048];
  snprintf(buf, sizeof buf,
           "digraph g {\n"
           "  npm [label=\"npm registry (public packages)\", shape=box];\n"
           "  subgraph cluster_b { label=\"Build VLAN\";\n"
           "    ci [label=\"Build runner (Jenkins agent)\"];\n"
           "    s [label=\"%s\", shape=cylinder]; }\n"
           "  npm -> ci [label=\"npm install\"];\n"
           "  s -> ci [label=\"read\", dir=both];\n"
           "}\n",
           store);
  return buf;
}

static void test_file_path_is_one_item_of_a_key_store_dot(void **state) {
  (void)state;
  tmc_ir *ir = analysed(build_host("~/.aws/credentials + build cache"));
  assert_true(ir->elements[el(ir, "s")].facts.keys_listed);
  assert_true(aimed(ir, "npm", "s", "steal_credentials"));
  tmc_ir_free(ir);
  ir = analysed(build_host("~/reports/2024 + charts + summaries"));
  assert_false(ir->elements[el(ir, "s")].facts.keys_listed);
  tmc_ir_free(ir);
}

/* A banking app in DOT asks Google's Play Integrity API for a verdict on
 * the device before login: a service the system calls and hears back
 * from, no entry point. Quiet: a payment partner on the same two-way line
 * (settlement files both ways) stays a way in. */
static const char *attest(const char *who) {
  static char buf[2048];
  snprintf(buf, sizeof buf,
           "digraph g {\n"
           "  users [label=\"Customers\", shape=box];\n"
           "  subgraph cluster_b { label=\"Bank (our cloud)\";\n"
           "    api [label=\"Mobile API (Kotlin)\"];\n"
           "    acc [label=\"Accounts DB\", shape=cylinder]; }\n"
           "  subgraph cluster_o { label=\"Outside\";\n"
           "    x [label=\"%s\", shape=box]; }\n"
           "  users -> api [label=\"login\"];\n"
           "  api -> acc [label=\"reads\"];\n"
           "  api -> x [label=\"verdict request\", dir=both];\n"
           "}\n",
           who);
  return buf;
}

static void test_attestation_service_is_called_not_an_entry_dot(void **state) {
  (void)state;
  tmc_ir *ir = analysed(attest("Play Integrity API (Google)"));
  assert_false(ir->elements[el(ir, "x")].facts.is_entry);
  tmc_ir_free(ir);
  ir = analysed(attest("Settlement partner (SEPA files)"));
  assert_true(ir->elements[el(ir, "x")].facts.is_entry);
  tmc_ir_free(ir);
}

/* Issue #16, paths under the cap: a tutoring service fine-tunes its model
 * nightly; the training job reads a keys file. Four entries reach the job
 * through the data it trains on (teachers' corrections, a vendor's labels,
 * students' and parents' chats): stealing the job's keys is one theft
 * whoever fed the job, so once one entry's path names it, the others' come
 * after the pairs the report would otherwise not name (the vendor's,
 * parents' and students' routes into the training set). Quiet: keys read by
 * a report builder, no job, keep each entry's theft among the pairs' best. */
static const char *tutor(const char *reader, const char *extra) {
  static char buf[4096];
  snprintf(buf, sizeof buf,
           "digraph g {\n"
           "  teachers [label=\"Teachers (correct answers)\", shape=box];\n"
           "  students [label=\"Students\", shape=box];\n"
           "  vendor [label=\"Annotation vendor (labels)\", shape=box];\n"
           "  parents [label=\"Parents\", shape=box];\n"
           "  subgraph cluster_c { label=\"Tutor cloud (GCP)\";\n"
           "    app [label=\"Tutor web app (Next.js)\"];\n"
           "    api [label=\"Tutor API (FastAPI)\"];\n"
           "    chats [label=\"Chat transcripts (Postgres)\", shape=cylinder];\n"
           "    profiles [label=\"Student profiles (Postgres)\", shape=cylinder];\n"
           "    grades [label=\"Grades (Postgres)\", shape=cylinder];\n"
           "    invoices [label=\"Invoices (Postgres)\", shape=cylinder];\n"
           "    corr [label=\"Corrections store (Firestore)\", shape=cylinder];\n"
           "    ds [label=\"Fine-tuning dataset (JSONL)\", type=dataset];\n"
           "    job [%s];\n"
           "    env [label=\".env (HF token, GCS keys)\", shape=cylinder]; }\n"
           "  students -> app [label=\"questions\"];\n"
           "  parents -> app [label=\"reports\"];\n"
           "  app -> api [label=\"chat\"];\n"
           "  api -> chats [label=\"writes\"];\n"
           "  api -> profiles [label=\"reads/writes\", dir=both];\n"
           "  api -> grades [label=\"reads/writes\", dir=both];\n"
           "  api -> invoices [label=\"reads\", dir=both];\n"
           "  teachers -> corr [label=\"corrections\"];\n"
           "  vendor -> corr [label=\"labels\"];\n"
           "  chats -> ds [label=\"export\"];\n"
           "  corr -> ds [label=\"export\"];\n"
           "  ds -> job [label=\"rows\"];\n"
           "  env -> job [label=\"read at start\"];\n%s"
           "}\n",
           reader, extra);
  return buf;
}

static unsigned shown_to(const tmc_ir *ir, const char *target, const char *aim) {
  unsigned n = 0;
  for (uint32_t i = 0; i < ir->n_paths; i++)
    n += ir->paths[i].asset == el(ir, target) && aim_of(ir, i) &&
         strcmp(aim_of(ir, i), aim) == 0;
  return n;
}

static void test_one_theft_at_a_training_job_under_the_cap_dot(void **state) {
  (void)state;
  tmc_ir *ir = analysed(
      tutor("label=\"Nightly fine-tuning job (Vertex AI pipeline)\", type=pipeline", ""));
  assert_int_equal(ir->n_paths, 15);
  assert_int_equal(shown_to(ir, "env", "steal_credentials"), 1);
  assert_true(aimed(ir, "vendor", "ds", "exfiltrate"));
  assert_true(aimed(ir, "parents", "ds", "exfiltrate"));
  tmc_ir_free(ir);
  /* quiet: no training job reads the keys, and the app calls the report
   * builder (requests reach it, not only rows: paths27, theft_by_data) */
  ir = analysed(tutor("label=\"Report builder (Python service)\"",
                      "  app -> job [label=\"build report\"];\n"));
  assert_int_equal(ir->n_paths, 15);
  assert_true(shown_to(ir, "env", "steal_credentials") >= 2);
  tmc_ir_free(ir);
}

/* The same on draw.io, in other words: a language school's speaking coach
 * retrains its pronunciation model every week; the retraining job reads a
 * secrets file. Quiet: a progress-report service reads it instead. */
/* In two halves, each under the 4095 bytes a string literal may hold; one
 * cell a line, unformatted (clang-format reflows these continued lines
 * differently on every run). */
// clang-format off
#define COACH_PEOPLE \
  HEAD ZONE("z", "Coach cloud", 300, 0, 1400, 600) \
  V("tut", "Tutors (mark recordings)", "shape=umlActor;html=1;", 0, 40, 30, 60) \
  V("lab", "Labelling agency (annotators)", "shape=umlActor;html=1;", 0, 160, 30, 60) \
  V("lrn", "Learners", "shape=umlActor;html=1;", 0, 280, 30, 60) \
  V("fam", "Guardians", "shape=umlActor;html=1;", 0, 400, 30, 60) \
  C("web", "z", "Coach web app (Vue)", CARD, 20, 300, 140, 60) \
  C("svc", "z", "Coach API (Node)", CARD, 200, 300, 140, 60) \
  C("rec", "z", "Recordings log (Postgres)", DB, 400, 200, 140, 60) \
  C("acc", "z", "Learner accounts (Postgres)", DB, 400, 300, 140, 60) \
  C("pay", "z", "Payments (Postgres)", DB, 400, 400, 140, 60) \
  C("prog", "z", "Progress (Postgres)", DB, 400, 500, 140, 60) \
  C("marks", "z", "Marks store (DynamoDB)", DB, 400, 40, 140, 60) \
  C("set", "z", "Training dataset (Parquet)", DB, 600, 100, 140, 60)
#define COACH_FLOWS \
  C("sec", "z", "secrets.env (S3 keys, HF token)", DB, 1000, 100, 160, 60) \
  LINK("e1", "lrn", "web", "speaks") \
  LINK("e2", "fam", "web", "checks") \
  LINK("e3", "web", "svc", "audio") \
  LINK("e4", "svc", "rec", "writes") \
  LINK("e5", "svc", "acc", "reads") \
  LINK("e6", "svc", "pay", "reads") \
  LINK("e7", "svc", "prog", "writes") \
  LINK("e8", "tut", "marks", "marks") \
  LINK("e9", "lab", "marks", "labels") \
  LINK("e10", "rec", "set", "export") \
  LINK("e11", "marks", "set", "export") \
  LINK("e12", "set", "job", "rows") \
  LINK("e13", "sec", "job", "read at start")
// clang-format on

static const char *coach(const char *job_label, const char *extra) {
  static char buf[10000];
  snprintf(buf, sizeof buf,
           "%s<mxCell id=\"job\" value=\"%s\" style=\"" CARD
           "\" vertex=\"1\" parent=\"z\">"
           "<mxGeometry x=\"800\" y=\"100\" width=\"160\" height=\"60\" as=\"geometry\"/>"
           "</mxCell>%s%s" TAIL,
           COACH_PEOPLE, job_label, COACH_FLOWS, extra);
  return buf;
}

static void test_one_theft_at_a_training_job_under_the_cap_drawio(void **state) {
  (void)state;
  tmc_ir *ir =
      analysed_as("t.drawio", coach("Weekly retraining job (SageMaker pipeline)", ""));
  assert_int_equal(ir->n_paths, 15);
  assert_int_equal(shown_to(ir, "sec", "steal_credentials"), 1);
  tmc_ir_free(ir);
  /* quiet: the API calls a progress-report service (requests reach it) */
  ir = analysed_as("t.drawio", coach("Progress report service (Python)",
                                     LINK("e14", "svc", "job", "build report")));
  assert_true(shown_to(ir, "sec", "steal_credentials") >= 2);
  tmc_ir_free(ir);
}

/* paths27 (issue #16): credentials read by an element the attacker reaches
 * only through content it reads from a store (help articles a volunteer
 * edits, rows an answer service retrieves) are stolen one step less likely
 * than where the reader runs what it gets (a sandbox that executes uploaded
 * scripts): nothing of the attacker's runs there by itself. Returns the
 * likelihood of the theft from entry at target, 0 when none is shown. */
static int theft_likelihood(const tmc_ir *ir, const char *entry, const char *target) {
  for (uint32_t i = 0; i < ir->n_paths; i++)
    if (ir->paths[i].entry == el(ir, entry) && ir->paths[i].asset == el(ir, target) &&
        aim_of(ir, i) && strcmp(aim_of(ir, i), "steal_credentials") == 0)
      return ir->paths[i].likelihood;
  return 0;
}

static const char *helpdesk(const char *reader) {
  static char buf[2048];
  snprintf(buf, sizeof buf,
           "digraph g {\n"
           "  editors [label=\"Volunteer editors\", shape=box];\n"
           "  subgraph cluster_c { label=\"Help cloud (Render)\";\n"
           "    kb [label=\"Help articles (Postgres)\", shape=cylinder];\n"
           "    svc [label=\"%s\"];\n"
           "    keys [label=\".env (OPENAI_KEY, DB password)\", shape=cylinder]; }\n"
           "  editors -> kb [label=\"articles\"];\n"
           "  kb -> svc [label=\"article rows\"];\n"
           "  keys -> svc [label=\"read at start\"];\n"
           "}\n",
           reader);
  return buf;
}

static void test_theft_reached_only_by_data_is_less_likely_dot(void **state) {
  (void)state;
  tmc_ir *ir = analysed(helpdesk("Answer service (FastAPI)"));
  int by_data = theft_likelihood(ir, "editors", "keys");
  tmc_ir_free(ir);
  /* quiet: the reader executes what it reads */
  ir = analysed(helpdesk("Script sandbox (executes uploaded scripts)"));
  int by_code = theft_likelihood(ir, "editors", "keys");
  tmc_ir_free(ir);
  assert_true(by_data > 0);
  assert_int_equal(by_data + 1, by_code);
}

/* The same on draw.io, in other words: translators upload glossaries to a
 * bucket a term checker reads; the checker reads a secrets note. Quiet: a
 * code-interpreter tool reads the bucket instead. */
#define GLOSS(reader)                                                                    \
  HEAD ZONE("z", "Lingo cloud (AWS)", 200, 0, 900, 400)                                  \
      V("tr", "Freelance translators", "shape=umlActor;html=1;", 0, 100, 30,             \
        60) C("bk", "z", "Glossary uploads (S3 bucket)", DB, 20, 40, 140, 60)            \
          C("chk", "z", reader, CARD, 220, 40, 160, 60)                                  \
              C("sec", "z", "secrets.env (DEEPL_KEY, S3 keys)", DB, 420, 40, 160, 60)    \
                  LINK("e1", "tr", "bk", "glossaries")                                   \
                      LINK("e2", "bk", "chk", "glossary files")                          \
                          LINK("e3", "sec", "chk", "read at start") TAIL

static void test_theft_reached_only_by_data_is_less_likely_drawio(void **state) {
  (void)state;
  tmc_ir *ir = analysed_as("t.drawio", GLOSS("Term checker (Go service)"));
  int by_data = theft_likelihood(ir, "tr", "sec");
  tmc_ir_free(ir);
  ir = analysed_as("t.drawio", GLOSS("Code interpreter tool (runs glossary macros)"));
  int by_code = theft_likelihood(ir, "tr", "sec");
  tmc_ir_free(ir);
  assert_true(by_data > 0);
  assert_int_equal(by_data + 1, by_code);
}

/* paths27: an ingestion job (it chunks and embeds what it is sent into a
 * vector store) is a job like paths26's training job: four entries that
 * send to it straight (not through a store) steal the same keys it reads,
 * so one theft is shown among the pairs' best. Quiet: a report builder the
 * same four send to keeps two or more. */
#define DIRECT                                                                           \
  "  students -> job [label=\"uploads\"];\n  parents -> job [label=\"uploads\"];\n"      \
  "  teachers -> job [label=\"uploads\"];\n  vendor -> job [label=\"uploads\"];\n"
static void test_one_theft_at_an_ingestion_job_under_the_cap(void **state) {
  (void)state;
  tmc_ir *ir = analysed(tutor("label=\"Notes indexer (chunks and embeds uploads)\"",
                              DIRECT "  vec [label=\"Notes index (pgvector)\", "
                                     "shape=cylinder];\n  job -> vec [label=\"upsert "
                                     "embeddings\"];\n"));
  assert_true(TMC_ROLESET_HAS(ir->elements[el(ir, "job")].roles, TMC_ROLE_INGESTION));
  assert_true(ir->n_paths == 15);
  assert_int_equal(shown_to(ir, "env", "steal_credentials"), 1);
  tmc_ir_free(ir);
  ir = analysed(tutor("label=\"Report builder (Python service)\"", DIRECT));
  assert_true(shown_to(ir, "env", "steal_credentials") >= 2);
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_keys_file_beside_the_zone_is_no_entry_drawio),
      cmocka_unit_test(test_one_theft_at_an_ingestion_job_under_the_cap),
      cmocka_unit_test(test_theft_reached_only_by_data_is_less_likely_dot),
      cmocka_unit_test(test_theft_reached_only_by_data_is_less_likely_drawio),
      cmocka_unit_test(test_keys_file_outside_the_cluster_is_no_source_dot),
      cmocka_unit_test(test_sftp_key_file_is_a_key_store_drawio),
      cmocka_unit_test(test_file_path_is_one_item_of_a_key_store_dot),
      cmocka_unit_test(test_attestation_service_is_called_not_an_entry_dot),
      cmocka_unit_test(test_one_theft_at_a_training_job_under_the_cap_dot),
      cmocka_unit_test(test_one_theft_at_a_training_job_under_the_cap_drawio),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
