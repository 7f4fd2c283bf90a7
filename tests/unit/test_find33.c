/* test_find33.c - the "find33" families (blind28 misses): findings met in
 * blind28, each with a variant in other words and the other format than
 * the drawing it came from, and a quiet case.
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

/* Does a finding on target ("src->dst" for a flow) cite id's prefix, in
 * the diagram text analysed as name says? */
static bool cites_on(const char *name, const char *text, const char *target,
                     const char *id) {
  tmc_diags d = TMC_DIAGS_INIT;
  tmc_ir *ir = ir_analysed(name, text, strlen(text), cat, NULL, &d);
  bool got = any_cites(ir, target, id);
  tmc_ir_free(ir);
  tmc_diags_free(&d);
  return got;
}

/* blind28 illanova (DOT: an LLM fed only scraped notices, writing a
 * bulletin for a site and a channel; TMC-LLM-003 cited AML.T0054 where no
 * user chats with the model). draw.io here: harbour notices fetched into a
 * store, a digest writer prompting the model, a newsletter out. Nobody
 * types to the model: no jailbreak. Quiet: customers typing in a chat
 * widget to the bot that prompts the same model do jailbreak it. */
static void test_no_jailbreak_without_someone_typing(void **state) {
  (void)state;
  static const char feed[] =
      PAGE(ZONE("z", "Office VM", 0, 0, 800, 300)
               INBOX("f", "z", "Feed fetcher (cron)", CODE, 20, 40)
                   INBOX("s", "z", "Notices cache (Postgres)", STORE, 200, 40)
                       INBOX("w", "z", "Digest writer (Python)", CODE, 400, 40)
                           BOX("m", "GPT-4o mini (OpenAI API)", CODE, 600, 400)
                               BOX("n", "Port authority notices (RSS)", PERSON, 20, 400)
                                   BOX("l", "Members' newsletter (Mailchimp)", PERSON,
                                       400, 400) ARROW("e1", "notices", "n", "f")
                                       ARROW("e2", "new items", "f", "s")
                                           ARROW("e3", "today's items", "s", "w")
                                               ARROW("e4", "prompt", "w", "m")
                                                   ARROW("e5", "digest", "m", "w")
                                                       ARROW("e6", "digest", "w", "l"));
  CHECK_DRAWIO(feed, {"TMC-LLM-003", "m", false}, {"TMC-LLM-002", "m", true});
  CHECK("digraph{subgraph cluster_c{label=\"Cloud\";"
        " bot[label=\"Support bot API\"];}"
        " m[type=llm,label=\"GPT-4o mini (OpenAI API)\"];"
        " c[shape=box,label=\"Customers (chat widget)\"];"
        " c->bot[label=\"message\"]; bot->m[label=\"prompt\"]; m->bot[label=\"reply\"];"
        " bot->c[label=\"reply\"]}",
        {"TMC-LLM-003", "m", true});
}

/* blind28 illanova (DOT: the bulletin posted through WordPress's REST API)
 * and wyebridge (draw.io: "answer (markdown) + sources" into Open WebUI):
 * the code driving the LLM hands its text to a page that renders it
 * (TMC-LLM-006, or TMC-LLM-036 where it says publishing: LLM05, CWE-79,
 * AML.T0077, the rendering), however far the readers are
 * drawn behind it. Other words and the other formats: a Ghost blog
 * an editor fixes later in draw.io; a RAG service's reply "as HTML" into a staff
 * assistant page in DOT. Quiet: the same text into a back-office service
 * as JSON (no page), and a classic model's score into a web app (no LLM
 * text). */
static void test_model_text_into_a_page(void **state) {
  (void)state;
  static const char cms[] = PAGE(
      ZONE("z", "Hosting (VPS)", 0, 0, 800,
           300) INBOX("g", "z", "Article generator (cron)", CODE, 20,
                      40) INBOX("d", "z", "Ghost blog (CMS)", CODE, 300, 40)
          INBOX("a", "z", "Posts archive (MySQL)", STORE, 500, 40)
              INBOX("o", "z", "Order service", CODE, 20, 200)
                  BOX("m", "Claude Haiku (Anthropic API)", CODE, 200, 400)
                      BOX("e", "Editor", PERSON, 600, 400) ARROW("e1", "prompt", "g", "m")
                          ARROW("e2", "article", "m", "g")
                              ARROW("e3", "POST /posts (Admin API)", "g", "d")
                                  ARROW("e4", "posts", "d", "a")
                                      ARROW("e5", "fixes later", "e", "d")
                                          ARROW("e6", "summary (JSON)", "g", "o"));
  assert_true(cites_on("case.drawio", cms, "g->d", "AML.T0077"));
  assert_false(cites_on("case.drawio", cms, "g->o", "AML.T0077"));
  assert_true(cites_on("case.dot",
                       "digraph{subgraph cluster_k{label=\"Data centre\";"
                       " gw[label=\"Reverse proxy\"]; ui[label=\"Staff assistant page\"];"
                       " rag[label=\"Answer service (FastAPI)\"];"
                       " ix[shape=cylinder,label=\"Chunks (pgvector)\"];"
                       " m[type=llm,label=\"Mistral 7B (vLLM)\"];}"
                       " s[shape=box,label=\"Staff\"];"
                       " s->gw[label=\"https\"]; gw->ui; ui->rag[label=\"question\"];"
                       " rag->ix[label=\"nearest chunks\"]; rag->m[label=\"prompt\"];"
                       " m->rag[label=\"answer\"]; rag->ui[label=\"reply as HTML\"]}",
                       "rag->ui", "AML.T0077"));
  assert_false(
      cites_on("case.dot",
               "digraph{subgraph cluster_k{label=\"Cloud\";"
               " web[label=\"Customer website\"]; api[label=\"Scoring API\"];"
               " m[type=model,label=\"Churn model (XGBoost)\"];}"
               " c[shape=box,label=\"Customers\"];"
               " c->web; web->api[label=\"features\"]; api->m; m->api[label=\"score\"];"
               " api->web[label=\"score (HTML badge)\"]}",
               "api->web", "AML.T0077"));
}

/* blind28 sudsbury (draw.io: customers top up a laundry wallet in an app):
 * the public signs in to accounts that hold money, so stuffed or guessed
 * passwords spend them (TMC-SPOOF-197, CWE-307). DOT with other words: a
 * café's loyalty app whose database keeps points balances. Quiet: the
 * same app over a menu database, and staff signing in. */
static void test_accounts_holding_money(void **state) {
  (void)state;
  CHECK("digraph{subgraph cluster_c{label=\"Cloud\";"
        " app[label=\"Loyalty web app\"]; api[label=\"Rewards API\"];"
        " db[shape=cylinder,label=\"Members DB (points balance)\"];}"
        " m[shape=box,label=\"Café customers\"];"
        " b[shape=box,label=\"Baristas (staff)\"];"
        " m->app[label=\"sign in, redeem\"]; b->app[label=\"scan card\"];"
        " app->api; api->db}",
        {"TMC-SPOOF-197", "m -> app", true}, {"TMC-SPOOF-197", "b -> app", false});
  CHECK("digraph{subgraph cluster_c{label=\"Cloud\";"
        " app[label=\"Café web app\"]; api[label=\"Menu API\"];"
        " db[shape=cylinder,label=\"Menu items (Postgres)\"];}"
        " m[shape=box,label=\"Café customers\"];"
        " m->app[label=\"browse, order\"]; app->api; api->db}",
        {"TMC-SPOOF-197", "m -> app", false});
}

/* blind28 moelwyn (draw.io: an EID reader at the race ties each score to
 * whatever ear tag it sees): the reader's id is the tag's, swapped or
 * cloned (TMC-SPOOF-198, CWE-345). DOT with other words: a warehouse's
 * RFID gate reporting pallets to the WMS. Quiet: a temperature probe into
 * the same WMS identifies nothing. */
static void test_tag_reader_reports_any_tag(void **state) {
  (void)state;
  CHECK("digraph{subgraph cluster_w{label=\"Warehouse LAN\";"
        " wms[label=\"WMS service\"]; db[shape=cylinder,label=\"Stock (SQL)\"];}"
        " gate[shape=box,label=\"Dock door RFID gate\"];"
        " probe[shape=box,label=\"Chiller temperature probe\"];"
        " gate->wms[label=\"pallet ids\"]; probe->wms[label=\"readings\"]; wms->db}",
        {"TMC-SPOOF-198", "gate -> wms", true}, {"TMC-SPOOF-198", "probe -> wms", false});
}

/* blind28 wyebridge (draw.io: Open WebUI passes the question with an
 * X-User header to the RAG API): the user name is a header the service
 * takes as sent (TMC-SPOOF-199, CWE-287). DOT with other words: a proxy
 * handing on X-Forwarded-User. Quiet: a bearer token in the Authorization
 * header names no user the service takes on trust. */
static void test_identity_in_a_header(void **state) {
  (void)state;
  CHECK("digraph{subgraph cluster_k{label=\"Intranet\";"
        " px[label=\"Reverse proxy\"]; api[label=\"Timesheet API\"];"
        " api2[label=\"Leave API\"];}"
        " s[shape=box,label=\"Staff\"];"
        " s->px[label=\"https\"]; px->api[label=\"request + X-Forwarded-User\"];"
        " px->api2[label=\"request + JWT (Authorization header)\"]}",
        {"TMC-SPOOF-199", "px -> api", true}, {"TMC-SPOOF-199", "px -> api2", false});
}

/* blind28 sudsbury (draw.io: customers press Start and feed coins to the
 * ESP32 board in each washer, its service panel a screwdriver away): the
 * public uses a device in the field in person (TMC-TAMPER-187, CWE-306).
 * DOT with other words: gym members at a smart locker's controller.
 * Quiet: members speaking to a lobby camera's microphone (a sensor, not
 * handled), and technicians (staff) at the same controller. */
static void test_public_hands_on_a_device(void **state) {
  (void)state;
  CHECK("digraph{subgraph cluster_g{label=\"Gym floor\";"
        " lock[label=\"Locker controller (ESP32 board)\"];"
        " cam[label=\"Lobby camera\"];}"
        " subgraph cluster_c{label=\"Cloud\"; api[label=\"Locker API\"];}"
        " m[shape=box,label=\"Gym members\"];"
        " t[shape=box,label=\"Technicians (staff)\"];"
        " m->lock[label=\"PIN, open door\"]; t->lock[label=\"service\"];"
        " m->cam[label=\"faces\"]; lock->api[label=\"events\"]; cam->api}",
        {"TMC-TAMPER-187", "m -> lock", true}, {"TMC-TAMPER-187", "t -> lock", false},
        {"TMC-TAMPER-187", "m -> cam", false});
}

/* blind28 moelwyn (draw.io: the upload key and the registry token in an
 * env file on the Jetson box farmers restart and plug USB sticks into):
 * keys in a file on a box outsiders handle (TMC-APP-241, CWE-798), with
 * AML.T0055 where the box runs a model. DOT here: a barn's edge box
 * running a model (AML.T0055 cited) and a ticket kiosk with no model (the
 * CWE only), and a key file named on a detail line under a German name.
 * Quiet: a log file beside it, and a web shop's .env on a cloud server
 * its customers only send requests to. */
static void test_keys_on_a_box_people_handle(void **state) {
  (void)state;
  static const char barn[] =
      "digraph{subgraph cluster_b{label=\"Barn\";"
      " box[label=\"Edge box (Jetson Orin)\"];"
      " m[type=model,label=\"Lameness model (ONNX)\"];"
      " env[shape=cylinder,label=\"upload.env (API key)\"];}"
      " f[shape=box,label=\"Farmers\"];"
      " f->box[label=\"restart, USB stick\"]; box->m[label=\"frames\"];"
      " m->box[label=\"score\"]; box->env[dir=both,label=\"reads\"]}";
  CHECK(barn, {"TMC-APP-241", "env", true});
  assert_true(cites_on("case.dot", barn, "env", "AML.T0055"));
  static const char kiosk[] =
      "digraph{subgraph cluster_l{label=\"Museum lobby\";"
      " k[label=\"Ticket kiosk\"];"
      " env[shape=cylinder,label=\"kiosk.env (payment API key)\"];}"
      " v[shape=box,label=\"Visitors\"];"
      " v->k[label=\"buy ticket\"]; k->env[dir=both,label=\"reads\"]}";
  CHECK(kiosk, {"TMC-APP-241", "env", true});
  assert_false(cites_on("case.dot", kiosk, "env", "AML.T0055"));
  /* the file named on a detail line under a name in another language
   * (moelwyn: "/etc/flockvision.env ar y blwch"): keys all the same; a
   * log file beside it keeps none */
  CHECK("digraph{subgraph cluster_b{label=\"Stall\";"
        " box[label=\"Edge box (Jetson Orin)\"];"
        " env[shape=cylinder,label=\"Zugang Cloud\\n/opt/box/upload.env\"];"
        " lg[shape=cylinder,label=\"Protokolle\\n/var/log/box.log\"];}"
        " f[shape=box,label=\"Landwirte\"];"
        " f->box[label=\"Neustart, USB\"]; box->env[dir=both]; box->lg}",
        {"TMC-APP-241", "env", true}, {"TMC-APP-241", "lg", false});
  CHECK("digraph{subgraph cluster_c{label=\"Cloud\";"
        " web[label=\"Web shop (Flask)\"];"
        " env[shape=cylinder,label=\".env (Stripe key)\"];}"
        " c[shape=box,label=\"Customers\"];"
        " c->web[label=\"orders\"]; web->env[dir=both,label=\"reads\"]}",
        {"TMC-APP-241", "env", false});
}

/* blind28 tallowmere (DOT: a frost scorer fed the forecast vendor's "6h
 * forecast API", its predictions turning fans on through an outside fan
 * cloud): a vendor's data feed pushes data in, it queries nothing, so no
 * extraction through an inference API (TMC-ML-001/002, AML.T0024/T0040).
 * draw.io here: a demand model fed a weather feed, its forecast sent on to
 * suppliers. Quiet: partners who send the same model queries and read its
 * answers back do query it. */
static void test_data_feed_is_no_caller(void **state) {
  (void)state;
  static const char fed[] =
      PAGE(ZONE("z", "Cloud VM", 0, 0, 700, 300)
               INBOX("m", "z", "Demand model (LightGBM)", CODE, 200, 40)
                   INBOX("p", "z", "Order planner", CODE, 400, 40)
                       BOX("w", "Met service (weather forecast API)", CLOUD, 20, 400)
                           BOX("s", "Suppliers (EDI)", CLOUD, 600, 400)
                               ARROW("e1", "hourly weather feed", "w", "m")
                                   ARROW("e2", "predicted demand", "m", "p")
                                       ARROW("e3", "orders", "p", "s"));
  CHECK_DRAWIO(fed, {"TMC-ML-001", "m", false}, {"TMC-ML-002", "m", false});
  static const char asked[] =
      PAGE(ZONE("z", "Cloud VM", 0, 0, 700, 300)
               INBOX("m", "z", "Demand model (LightGBM)", CODE, 200, 40)
                   INBOX("p", "z", "Order planner", CODE, 400, 40)
                       BOX("w", "Met service (weather forecast API)", CLOUD, 20, 400)
                           BOX("c", "Partners", PERSON, 300, 400)
                               ARROW("e1", "hourly weather feed", "w", "m")
                                   ARROW("e2", "predicted demand", "m", "p")
                                       ARROW("e4", "demand query (REST)", "c", "m")
                                           ARROW("e5", "forecast", "m", "c"));
  CHECK_DRAWIO(asked, {"TMC-ML-001", "m", true});
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_no_jailbreak_without_someone_typing),
      cmocka_unit_test(test_model_text_into_a_page),
      cmocka_unit_test(test_accounts_holding_money),
      cmocka_unit_test(test_tag_reader_reports_any_tag),
      cmocka_unit_test(test_identity_in_a_header),
      cmocka_unit_test(test_public_hands_on_a_device),
      cmocka_unit_test(test_keys_on_a_box_people_handle),
      cmocka_unit_test(test_data_feed_is_no_caller),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
