/* test_fix17a.c - review17's facts and rules items (fix17a): orders raised
 * on a model's answers (TMC-DOS-171) read each hub's feeds once and see a
 * person behind a front end; a control-network zone named by an everyday
 * word (TMC-EOP-171) needs a control element in it; an address lookup that
 * is a sign-in or follows one (TMC-SPOOF-004); a short code is a shared
 * login only for staff or at shared devices, and a terminal host's own
 * code clients do not type one (TMC-SPOOF-171); an agent that changes a
 * database stays an agent without a reply arrow. Wordings are not the
 * review's probes.
 *
 * The one idea: every case is a small DOT text and a list of (rule,
 * target, present?) lines, as in test_llmcls17.c. */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "engine_helpers.h"
#include "want_helpers.h"

enum { STAR = 400 };

/* A replenishment hub hearing a forecast model, STAR stock feeds in
 * (code, or with planner set, one person among them) and STAR purchase
 * order flows out, to suppliers s0 .. s(STAR-1). */
static char *order_star(bool planner) {
  size_t cap = (size_t)STAR * 160 + 1024, n = 0;
  char *s = malloc(cap);
  assert_non_null(s);
  n += (size_t)snprintf(s + n, cap - n,
                        "digraph{m[label=\"Demand forecast model (XGBoost)\"];"
                        " j[label=\"Replenishment service\"]; m->j[label=\"forecast\"];");
  if (planner)
    n += (size_t)snprintf(s + n, cap - n,
                          " p[shape=box,label=\"Buyer\"]; p->j[label=\"approve\"];");
  for (int i = 0; i < STAR; i++)
    n += (size_t)snprintf(s + n, cap - n,
                          " f%d[label=\"Store %d stock feed\"]; f%d->j[label=\"stock "
                          "levels\"]; s%d[shape=box,label=\"Supplier %d\"];"
                          " j->s%d[label=\"replenishment order\"];",
                          i, i, i, i, i, i);
  snprintf(s + n, cap - n, "}");
  return s;
}

/* DOS-171: a big star of order flows is flagged on every flow when no
 * person feeds the hub, and on none when one does (each hub's feeds read
 * once, whatever its fan-out). */
static void test_order_star(void **state) {
  (void)state;
  char *d = order_star(false);
  CHECK(d, {"TMC-DOS-171", "j -> s0", true}, {"TMC-DOS-171", "j -> s199", true},
        {"TMC-DOS-171", "j -> s399", true});
  free(d);
  d = order_star(true);
  CHECK(d, {"TMC-DOS-171", "j -> s0", false}, {"TMC-DOS-171", "j -> s399", false});
  free(d);
}

/* DOS-171: a person one hop back, behind the front end that hands their
 * message on (a web chat, a portal form), asks for each order; code fed
 * only by code and a model still raises them on its own. */
static void test_orders_behind_a_front_end(void **state) {
  (void)state;
  CHECK("digraph{c[shape=box,label=\"Shopper\"]; w[label=\"Web chat front end\"];"
        " a[label=\"Returns assistant service\"]; m[label=\"GPT-4o\"];"
        " fd[label=\"Freshdesk\"]; c->w[label=\"chat\"];"
        " w->a[label=\"conversation\"]; a->m[label=\"prompt\"]; m->a[label=\"answer\"];"
        " a->w[label=\"reply\"]; a->fd[label=\"create ticket\"]}",
        {"TMC-DOS-171", "a -> fd", false});
  CHECK("digraph{t[shape=box,label=\"Tenant\"]; pf[label=\"Resident portal form\"];"
        " b[label=\"Maintenance triage service\"]; m[label=\"Claude 3 Haiku\"];"
        " cm[label=\"CMMS\"]; t->pf[label=\"fault report\"]; pf->b[label=\"report\"];"
        " b->m[label=\"report + prompt\"]; m->b[label=\"category\"];"
        " b->cm[label=\"create work order\"]}",
        {"TMC-DOS-171", "b -> cm", false});
  CHECK("digraph{v[label=\"Vibration sensor gateway\"]; g[label=\"Telemetry router\"];"
        " b[label=\"Predictive maintenance service\"]; m[label=\"Anomaly model\"];"
        " cm[label=\"CMMS\"]; v->g[label=\"readings\"]; g->b[label=\"readings\"];"
        " b->m[label=\"features\"]; m->b[label=\"risk score\"];"
        " b->cm[label=\"create work order\"]}",
        {"TMC-DOS-171", "b -> cm", true});
}

/* EOP-171: a zone named by a word that is an everyday place elsewhere (an
 * insurer's "Production zone", a supermarket's "Shop-floor", an office
 * building's "Level 1", a telco's "Cell network") is no control network
 * unless something in it controls a process; the same word around a PLC
 * or a SCADA server still is one. */
static void test_ot_zone_false_friends(void **state) {
  (void)state;
  CHECK("digraph{subgraph cluster_p{label=\"Production zone (AWS eu-west-1)\";"
        " api[label=\"Claims API\"];} subgraph cluster_c{label=\"Corporate LAN\";"
        " bi[label=\"BI server\"];} api->bi[label=\"nightly export\"]}",
        {"TMC-EOP-171", "api", false});
  CHECK("digraph{subgraph cluster_s{label=\"Shop-floor\"; k[label=\"Self-checkout "
        "kiosk\"]; h[shape=box,label=\"Handheld scanner\"];}"
        " subgraph cluster_h{label=\"Head office\"; st[label=\"Stock service\"];}"
        " h->k[label=\"barcodes\"]; k->st[label=\"basket upload\"]}",
        {"TMC-EOP-171", "k", false});
  CHECK("digraph{subgraph cluster_l{label=\"Level 1 (reception)\";"
        " v[label=\"Visitor sign-in app\"];} subgraph cluster_cl{label=\"SaaS\";"
        " e[label=\"Envoy backend\"];} v->e[label=\"visitor record\"]}",
        {"TMC-EOP-171", "v", false});
  CHECK("digraph{subgraph cluster_p{label=\"Production network\";"
        " plc[label=\"Line 3 PLC (Siemens S7-1500)\"]; gw[label=\"Edge gateway "
        "service\"];} subgraph cluster_az{label=\"Cloud\"; hub[label=\"IoT Hub\"];}"
        " plc->gw[label=\"tags\"]; gw->hub[label=\"telemetry\"]}",
        {"TMC-EOP-171", "gw", true});
}

/* SPOOF-004: an LDAP bind or a directory sign-in with the person's
 * password proves who they are, and code reached over each person's own
 * sign-in (Okta SSO, MFA) looks up the address the token gives: neither is
 * a claimed address; a bot looking up a chat sender's address still is. */
static void test_address_lookups_after_sign_in(void **state) {
  (void)state;
  CHECK("digraph{u[shape=box,label=\"Members\"]; w[label=\"Members wiki\"];"
        " l[label=\"OpenLDAP\"]; u->w[label=\"login form\"];"
        " w->l[label=\"simple bind (mail address + password)\"];"
        " l->w[label=\"groups\"]; w->u}",
        {"TMC-SPOOF-004", "w -> l", false});
  CHECK("digraph{u[shape=box,label=\"Employees\"]; x[label=\"Expenses app\"];"
        " d[label=\"Staff directory\"]; u->x[label=\"Okta single sign-on\"];"
        " x->d[label=\"profile query (email address)\"]; d->x[label=\"cost centre, "
        "approver\"];"
        " x->u}",
        {"TMC-SPOOF-004", "x -> d", false});
  CHECK("digraph{c[shape=box,label=\"Guests\"]; w[label=\"Slack Connect channel\"];"
        " b[label=\"Access bot\"]; d[label=\"Staff directory\"];"
        " c->w[label=\"message\"]; w->b[label=\"event\"];"
        " b->d[label=\"profile query (email address)\"]; d->b[label=\"groups\"]; b->w}",
        {"TMC-SPOOF-004", "b -> d", true});
}

/* SPOOF-171: a customer's or patron's card with its PIN is their own
 * second factor, not a code passed between shifts; a terminal host's own
 * batch jobs, monitors and partner APIs type no code at it; staff signing
 * in with a clerk number, or at a green-screen session, still do. */
static void test_code_logins_are_staff_at_shared_devices(void **state) {
  (void)state;
  CHECK("digraph{c[shape=box,label=\"Cardholder\"]; p[label=\"Fuel pump payment "
        "terminal\"]; a[label=\"Acquirer gateway\"]; c->p[label=\"chip & PIN\"];"
        " p->a[label=\"authorisation\"]}",
        {"TMC-SPOOF-171", "c -> p", false});
  CHECK("digraph{c[shape=box,label=\"Shoppers\"]; k[label=\"Gift card balance "
        "kiosk\"]; b[label=\"Loyalty service\"]; c->k[label=\"card number + pin "
        "code\"]; k->b[label=\"balance query\"]}",
        {"TMC-SPOOF-171", "c -> k", false});
  CHECK("digraph{h[label=\"AS/400 order entry (5250 green screen)\"];"
        " j[label=\"Control-M batch job\"]; z[label=\"Zabbix monitoring\"];"
        " w[shape=box,label=\"Warehouse clerks\"]; k[label=\"Kitchen display "
        "system\"]; s[shape=box,label=\"Line cooks\"];"
        " j->h[label=\"DB2 extract\"]; z->h[label=\"ping\"];"
        " w->h[label=\"sign on\"]; s->k[label=\"clerk number\"]}",
        {"TMC-SPOOF-171", "j -> h", false}, {"TMC-SPOOF-171", "z -> h", false},
        {"TMC-SPOOF-171", "w -> h", true}, {"TMC-SPOOF-171", "s -> k", true});
}

/* Agent role: code driving a model that changes a database (MERGE and
 * DELETE in a graph, UPDATE on a table) acts on something even when no
 * reply arrow is drawn (TMC-LLM-007); one that only files its summaries in
 * a store does not. */
static void test_agents_that_change_a_store(void **state) {
  (void)state;
  CHECK("digraph{u[shape=box,label=\"Analysts\"]; a[label=\"Cypher agent "
        "(LlamaIndex)\"]; m[label=\"Claude 3.5 Sonnet\"]; n[shape=cylinder,"
        "label=\"Neo4j knowledge graph\"]; u->a[label=\"question\"];"
        " a->m[label=\"prompt + graph schema\"]; m->a[label=\"Cypher query\"];"
        " a->n[label=\"MERGE / DELETE\"]; n->a[label=\"records\"]}",
        {"TMC-LLM-007", "a", true});
  CHECK("digraph{u[shape=box,label=\"Ops team\"]; a[label=\"Billing ops "
        "agent\"]; m[label=\"Llama 3 70B\"]; p[shape=cylinder,label=\"Invoices "
        "(Postgres)\"]; u->a[label=\"request\"]; a->m[label=\"prompt\"];"
        " m->a[label=\"plan\"]; a->p[label=\"update statements\"];"
        " p->a[label=\"rows\"]}",
        {"TMC-LLM-007", "a", true});
  CHECK("digraph{r[shape=cylinder,label=\"Meeting recordings\"]; a[label=\"Minutes "
        "agent\"]; m[label=\"Gemini 1.5 Pro\"]; s[shape=cylinder,label=\"Meeting "
        "minutes\"]; r->a[label=\"audio transcript\"]; a->m[label=\"prompt\"];"
        " m->a[label=\"minutes\"]; a->s[label=\"save minutes\"]}",
        {"TMC-LLM-007", "a", false});
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_order_star),
      cmocka_unit_test(test_orders_behind_a_front_end),
      cmocka_unit_test(test_ot_zone_false_friends),
      cmocka_unit_test(test_address_lookups_after_sign_in),
      cmocka_unit_test(test_code_logins_are_staff_at_shared_devices),
      cmocka_unit_test(test_agents_that_change_a_store),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
