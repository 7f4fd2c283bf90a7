/* test_classic19.c - the classic families of session sixteen's "classic19"
 * cause (causes19 C1..C2): one secret across a fleet (a router drawn as
 * one by its icon, whose local admin password is on every box; a network
 * joined with one pre-shared key) and changes nobody is on record for
 * (staff refunds and adjustments through the back office, a technical
 * login named for the integration, commits pushed by code an LLM drives).
 * Each family in wordings the blind sets' misses did not use, and silent
 * where the drawing rules it out.
 *
 * The one idea: every case is a small DOT or draw.io text and a list of
 * (rule, target, present?) lines, as in test_classic17b.c. */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "engine_helpers.h"
#include "want_helpers.h"

/* Three boxes on one page, a -> r -> s: r drawn in STYLE and captioned
 * LABEL. */
#define THREE(STYLE, LABEL)                                                              \
  "<mxfile><diagram id=\"p\" name=\"Page-1\"><mxGraphModel><root>"                       \
  "<mxCell id=\"0\"/><mxCell id=\"1\" parent=\"0\"/>"                                    \
  "<mxCell id=\"a\" value=\"Ticket machines\" style=\"rounded=0;\" vertex=\"1\""         \
  " parent=\"1\"><mxGeometry x=\"0\" y=\"0\" width=\"120\" height=\"60\""                \
  " as=\"geometry\"/></mxCell>"                                                          \
  "<mxCell id=\"r\" value=\"" LABEL "\" style=\"" STYLE "\" vertex=\"1\""                \
  " parent=\"1\"><mxGeometry x=\"200\" y=\"0\" width=\"60\" height=\"60\""               \
  " as=\"geometry\"/></mxCell>"                                                          \
  "<mxCell id=\"s\" value=\"Settlement server\" style=\"rounded=0;\" vertex=\"1\""       \
  " parent=\"1\"><mxGeometry x=\"400\" y=\"0\" width=\"120\" height=\"60\""              \
  " as=\"geometry\"/></mxCell>"                                                          \
  "<mxCell id=\"e1\" value=\"sales\" edge=\"1\" source=\"a\" target=\"r\" parent=\"1\">" \
  "<mxGeometry relative=\"1\" as=\"geometry\"/></mxCell>"                                \
  "<mxCell id=\"e2\" value=\"sales\" edge=\"1\" source=\"r\" target=\"s\" parent=\"1\">" \
  "<mxGeometry relative=\"1\" as=\"geometry\"/></mxCell>"                                \
  "</root></mxGraphModel></diagram></mxfile>"

/* C1: network gear known by its icon (TMC-EOP-184: one local admin
 * password on every box), whatever its caption says: the Network
 * library's router, Cisco 2019's switch, a clip-art wireless router; not
 * a cloud vendor's icon, not a plain server icon. */
static void test_gear_by_icon(void **state) {
  (void)state;
  CHECK_DRAWIO(THREE("shape=mxgraph.networks.router;html=1;", "R-17 (Linie 7)"),
               {"TMC-EOP-184", "r", true});
  CHECK_DRAWIO(
      THREE("shape=mxgraph.cisco19.rect;prIcon=l3_switch;html=1;", "Kiosk aggregation"),
      {"TMC-EOP-184", "r", true});
  CHECK_DRAWIO(THREE("image;html=1;image=img/lib/clip_art/networking/"
                     "Wireless_Router_N_128x128.png;",
                     "Shop floor"),
               {"TMC-EOP-184", "r", true});
  CHECK_DRAWIO(THREE("shape=mxgraph.networks.server;html=1;", "Relay"),
               {"TMC-EOP-184", "r", false});
  CHECK_DRAWIO(THREE("sketch=0;outlineConnect=0;shape=mxgraph.aws4.resourceIcon;"
                     "resIcon=mxgraph.aws4.transit_gateway;",
                     "Hub"),
               {"TMC-EOP-184", "r", false});
}

/* ... and by words other people use for a router in a vehicle or on
 * site: "roteador de bordo", a Cradlepoint in every ambulance. */
static void test_gear_by_words(void **state) {
  (void)state;
  CHECK("digraph{v[label=\"Validadores\"]; r[label=\"Roteador de bordo (4G)\"]; "
        "s[label=\"Servidor central\"]; v->r; r->s[label=\"APN 4G\"]}",
        {"TMC-EOP-184", "r", true});
  CHECK("digraph{m[label=\"Patient monitors\"]; c[label=\"Cradlepoint IBR900 in each "
        "ambulance\"]; h[label=\"ePCR server\"]; m->c; c->h[label=\"LTE\"]}",
        {"TMC-EOP-184", "c", true});
  /* an LLM gateway routing prompts is no router with a password */
  CHECK("digraph{a[label=\"Chat API\"]; r[label=\"Model router (LiteLLM)\"]; "
        "l[label=\"GPT-4o\"]; a->r; r->l}",
        {"TMC-EOP-184", "r", false});
}

/* C1: a network joined by one key every device holds (TMC-SPOOF-196):
 * said by the zone a flow enters, by the flow, or by an end; not by
 * traffic inside the zone, not by an 802.1X network. */
static void test_shared_network_keys(void **state) {
  (void)state;
  CHECK("digraph{t[label=\"Forklift terminals\"];"
        " subgraph cluster_y{label=\"Yard network (WPA2-Personal)\"; c[label=\"Yard "
        "controller\"]; db[shape=cylinder,label=\"Slot plan\"]}"
        " t->c[label=\"moves\"]; c->db}",
        {"TMC-SPOOF-196", "t -> c", true}, {"TMC-SPOOF-196", "c -> db", false});
  CHECK("digraph{b[label=\"Branch office server\"]; h[label=\"HQ ERP\"];"
        " b->h[label=\"site-to-site VPN (IPsec, pre-shared key)\"]}",
        {"TMC-SPOOF-196", "b -> h", true});
  CHECK("digraph{t[label=\"Exam room tablets\"]; a[label=\"Clinic Wi-Fi AP (one wifi "
        "password)\"]; s[label=\"Practice server\"]; t->a; a->s}",
        {"TMC-SPOOF-196", "t -> a", true});
  CHECK("digraph{t[label=\"Forklift terminals\"];"
        " subgraph cluster_y{label=\"Yard network (WPA2-Enterprise, 802.1X)\"; "
        "c[label=\"Yard controller\"]}"
        " t->c[label=\"moves\"]}",
        {"TMC-SPOOF-196", "t -> c", false});
}

/* C2: staff refunds, credits and adjustments made through the system's
 * own back office, with nobody named (TMC-REPUD-012): in English, German
 * and Spanish; not a customer asking for a refund, not where the flow says
 * the change is audited with a reason. */
static void test_unattributed_money_edits(void **state) {
  (void)state;
  CHECK("digraph{a[label=\"Support staff\"]; b[label=\"Billing console\"]; "
        "db[shape=cylinder,label=\"Accounts DB\"];"
        " a->b[label=\"goodwill credits, manual refunds\"]; b->db}",
        {"TMC-REPUD-012", "a -> b", true});
  CHECK("digraph{k[shape=box,label=\"Sachbearbeiter Kundenservice\"]; "
        "s[label=\"Abrechnungssystem\"]; "
        "k->s[label=\"Gutschriften, Stornos\"]}",
        {"TMC-REPUD-012", "k -> s", true});
  CHECK("digraph{o[shape=box,label=\"Operadores de caja\"]; p[label=\"Punto de venta "
        "central\"]; "
        "o->p[label=\"devoluciones\"]}",
        {"TMC-REPUD-012", "o -> p", true});
  CHECK("digraph{c[label=\"Customers\"]; w[label=\"Web shop\"]; "
        "c->w[label=\"request refund\"]}",
        {"TMC-REPUD-012", "c -> w", false});
  CHECK("digraph{a[label=\"Support staff\"]; b[label=\"Billing console\"]; "
        "a->b[label=\"refunds (audit log, reason code)\"]}",
        {"TMC-REPUD-012", "a -> b", false});
}

/* C2: code acting for people under one technical login (TMC-REPUD-007),
 * named as ERPs and mainframes name them (a login in capitals ending in
 * USER or SVC) or by SAP's words for it; not a function or a role word in
 * lower case. */
static void test_technical_logins(void **state) {
  (void)state;
  CHECK("digraph{a[shape=box,label=\"Case workers\"]; t[label=\"Case tool\"]; "
        "db[shape=cylinder,label=\"Cases DB\"];"
        " a->t[label=\"edit cases\"]; t->db[label=\"JDBC as CASE_APP_USER\"]}",
        {"TMC-REPUD-007", "t -> db", true});
  CHECK("digraph{a[shape=box,label=\"Dispatchers\"]; p[label=\"Dispatch portal "
        "(communication user)\"]; db[shape=cylinder,label=\"Work orders\"];"
        " a->p[label=\"assign jobs\"]; p->db[label=\"write\"]}",
        {"TMC-REPUD-007", "p -> db", true});
  CHECK("digraph{a[shape=box,label=\"Case workers\"]; t[label=\"Case tool\"]; "
        "db[shape=cylinder,label=\"Directory DB\"];"
        " a->t[label=\"look up\"]; t->db[label=\"get_user, end_user lookup\"]}",
        {"TMC-REPUD-007", "t -> db", false});
}

/* C2: code an LLM drives commits, pushes or opens merge requests
 * (TMC-REPUD-003: which model, prompt and context wrote the change is not
 * on record); not a developer's own push, not a transcript the code
 * saves. */
static void test_model_written_commits(void **state) {
  (void)state;
  CHECK("digraph{i[shape=box,label=\"Issue authors\"]; j[label=\"autofix job\"]; "
        "l[label=\"GPT-4o\"]; r[shape=cylinder,label=\"Monorepo (git)\"];"
        " i->j[label=\"issue text\"]; j->l[label=\"prompt\"]; l->j[label=\"diff\"];"
        " j->r[label=\"git push to a fix branch\"]}",
        {"TMC-REPUD-003", "j -> r", true});
  CHECK("digraph{d[shape=box,label=\"Developers\"]; a[label=\"Code assistant "
        "service\"]; l[label=\"Claude 3.5 Sonnet\"]; g[shape=box,label=\"GitLab.com\"];"
        " d->a[label=\"task\"]; a->l[label=\"prompt\"]; l->a[label=\"edits\"];"
        " a->g[label=\"opens MR\"]}",
        {"TMC-REPUD-003", "a -> g", true});
  CHECK("digraph{d[shape=box,label=\"Developers\"]; r[shape=cylinder,label=\"Monorepo "
        "(git)\"]; d->r[label=\"git push\"]}",
        {"TMC-REPUD-003", "d -> r", false});
  CHECK("digraph{u[shape=box,label=\"Customers\"]; c[label=\"Chat backend\"]; "
        "l[label=\"GPT-4o\"]; h[shape=cylinder,label=\"Transcripts\"];"
        " u->c; c->l[label=\"prompt\"]; l->c[label=\"answer\"]; "
        "c->h[label=\"save transcript\"]}",
        {"TMC-REPUD-003", "c -> h", false});
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_gear_by_icon),
      cmocka_unit_test(test_gear_by_words),
      cmocka_unit_test(test_shared_network_keys),
      cmocka_unit_test(test_unattributed_money_edits),
      cmocka_unit_test(test_technical_logins),
      cmocka_unit_test(test_model_written_commits),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
