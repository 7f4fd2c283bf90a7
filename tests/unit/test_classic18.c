/* test_classic18.c - the families of session fifteen's "classic18" cause
 * (causes18 C1-C4): who may act on what in shared systems (one key for every
 * tenant, requests to devices not checked against the requester, an
 * approval acted on without checking the approver), remote access landing
 * on the controllers themselves, and who changed a setpoint. Each family in
 * wordings the blind sets' misses did not use (a factory line, a hotel, a
 * smart home, a partner portal, expense claims, a change board), and
 * silent where the drawing rules it out.
 *
 * The one idea: every case is a small DOT text and a list of (rule, target,
 * present?) lines, as in test_apprules.c. */
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

/* Remote access straight onto the devices (TMC-EOP-185): an eWON box on a
 * packaging line's PLCs, a vendor's TeamViewer jump host on chiller
 * controllers; not the hop to a recorded engineering workstation. */
static void test_remote_to_devices(void **state) {
  (void)state;
  CHECK(
      "digraph{v[shape=box,label=\"Machine builder's service engineers\"];"
      " subgraph cluster_ot{label=\"Packaging line OT network\";"
      " r[label=\"eWON Cosy remote access gateway\"]; p[label=\"Filler PLC (S7-1500)\"]}"
      " v->r[label=\"Talk2M VPN\"]; r->p[label=\"S7comm, TIA Portal online\"]}",
      {"TMC-EOP-185", "v -> r", false}, {"TMC-EOP-185", "r -> p", true});
  CHECK(
      "digraph{v[shape=box,label=\"Chiller vendor support\"]; j[label=\"Vendor jump host "
      "(TeamViewer)\"]; w[label=\"Engineering workstation (recorded sessions)\"];"
      " c[label=\"Chiller controllers\"]; v->j[label=\"TeamViewer\"]; "
      "j->w[label=\"RDP\"];"
      " w->c[label=\"setpoints (Modbus write)\"]}",
      {"TMC-EOP-185", "j -> w", false});
}

/* Who changed a setpoint (TMC-REPUD-186): a SCADA HMI writing setpoints for
 * operators, an MES downloading recipes for shift leads; not the PLC
 * itself, nor a dashboard that only reads. */
static void test_changes_setpoints(void **state) {
  (void)state;
  CHECK("digraph{o[shape=box,label=\"Control room operators\"]; h[label=\"SCADA HMI "
        "(Ignition)\"];"
        " p[label=\"Pump station PLC\"]; o->h[label=\"change pressure\"];"
        " h->p[label=\"setpoints (Modbus write)\"]}",
        {"TMC-REPUD-186", "h", true}, {"TMC-REPUD-186", "p", false});
  CHECK("digraph{s[shape=box,label=\"Shift leads\"]; m[label=\"MES\"]; "
        "p[label=\"Mixer PLC\"];"
        " s->m[label=\"select batch\"]; m->p[label=\"recipe download\"]}",
        {"TMC-REPUD-186", "m", true});
  CHECK("digraph{o[shape=box,label=\"Facility managers\"]; d[label=\"Energy dashboard\"];"
        " p[label=\"Meter gateway\"]; p->d[label=\"readings\"]; o->d[label=\"view\"]}",
        {"TMC-REPUD-186", "d", false});
}

/* Outsiders' requests passed to what drives the devices (TMC-EOP-187): a
 * hotel guest app's room temperature, a smart-home customer portal; not a
 * staff-only console with no outsider behind it. */
static void test_device_requests(void **state) {
  (void)state;
  CHECK("digraph{g[shape=box,label=\"Hotel guests (mobile app)\"]; a[label=\"Guest app "
        "API\"];"
        " r[label=\"Room control server\"]; t[label=\"Room thermostats\"];"
        " g->a[label=\"set room temperature\"]; a->r[label=\"room, temperature\"];"
        " r->t[label=\"setpoints (BACnet)\"]}",
        {"TMC-EOP-187", "a -> r", true}, {"TMC-EOP-187", "r -> t", false});
  CHECK("digraph{c[shape=box,label=\"Customers\"]; w[label=\"Customer portal\"];"
        " h[label=\"Home hub service\"]; t[label=\"Smart thermostats\"];"
        " c->w; w->h[label=\"schedule change\"]; h->t[label=\"target temperature\"]}",
        {"TMC-EOP-187", "w -> h", true});
  CHECK(
      "digraph{subgraph cluster_plant{label=\"Plant network\"; e[shape=box,label=\"Plant "
      "engineers\"];"
      " s[label=\"Supervisory server\"]; p[label=\"Boiler PLC\"]}"
      " e->s; s->p[label=\"setpoints\"]}",
      {"TMC-EOP-187", "e -> s", false});
}

/* One key for every user (TMC-EOP-190): a partner portal calling the CRM
 * as one integration user, a tenant admin API with one shared API key; not
 * keys per tenant. */
static void test_one_key_for_all(void **state) {
  (void)state;
  CHECK("digraph{p[shape=box,label=\"Partners\"]; b[label=\"Partner portal backend\"];"
        " c[label=\"CRM (Salesforce)\"]; p->b[label=\"deal registration\"];"
        " b->c[label=\"REST, single integration user\"]}",
        {"TMC-EOP-190", "b -> c", true});
  CHECK("digraph{t[shape=box,label=\"Tenant admins\"]; a[label=\"Tenant admin API\"];"
        " y[label=\"Payroll SaaS\"]; t->a; a->y[label=\"employees (shared API key)\"]}",
        {"TMC-EOP-190", "a -> y", true});
  CHECK("digraph{t[shape=box,label=\"Tenant admins\"]; a[label=\"Tenant admin API\"];"
        " y[label=\"Payroll SaaS\"]; t->a; a->y[label=\"employees (one API key per "
        "tenant)\"]}",
        {"TMC-EOP-190", "a -> y", false});
}

/* An approval acted on downstream (TMC-EOP-191): expense claims approved in
 * a manager's app and paid by payroll, a change signed off in a board
 * portal and deployed; not the person's own approval into the app, nor an
 * approval record written to a store. */
static void test_acts_on_approval(void **state) {
  (void)state;
  CHECK("digraph{m[shape=box,label=\"Line managers\"]; x[label=\"Expenses app\"];"
        " p[label=\"Payroll system\"]; l[shape=cylinder,label=\"Approval history\"];"
        " m->x[label=\"approve claims\"]; x->p[label=\"approved claims for payment\"];"
        " x->l[label=\"approval record\"]}",
        {"TMC-EOP-191", "x -> p", true}, {"TMC-EOP-191", "m -> x", false},
        {"TMC-EOP-191", "x -> l", false});
  CHECK("digraph{c[shape=box,label=\"Change advisory board\"]; b[label=\"Change portal "
        "(ServiceNow)\"];"
        " d[label=\"Deployment pipeline\"]; c->b[label=\"review\"];"
        " b->d[label=\"signed-off change\"]}",
        {"TMC-EOP-191", "b -> d", true});
}

/* Files outsiders upload (TMC-TAMPER-185): insurance claim photos into the
 * claims API, a tenant's signed lease (PDF) through an API gateway; not
 * the gateway, not readings from a meter. */
static void test_parses_uploads(void **state) {
  (void)state;
  CHECK("digraph{c[shape=box,label=\"Policyholders\"]; a[label=\"Claims API (Node.js)\"];"
        " s[shape=cylinder,label=\"Claim files bucket\"];"
        " c->a[label=\"claim photos and receipts\"]; a->s}",
        {"TMC-TAMPER-185", "a", true});
  CHECK("digraph{t[shape=box,label=\"Applicants\"]; g[label=\"API Gateway\"];"
        " l[label=\"Lease intake service\"]; t->g[label=\"signed lease (PDF upload)\"];"
        " g->l[label=\"POST /leases\"]}",
        {"TMC-TAMPER-185", "l", true}, {"TMC-TAMPER-185", "g", false});
  CHECK("digraph{m[shape=box,label=\"Smart meters\"]; h[label=\"Head-end system\"];"
        " m->h[label=\"load profile files\"]}",
        {"TMC-TAMPER-185", "h", false});
}

/* One user's jobs take the shared cluster (TMC-DOS-185): researchers'
 * qsub to PBS, a notebook service submitting to Kueue; not with per-user
 * quotas named. */
static void test_fills_shared_compute(void **state) {
  (void)state;
  CHECK("digraph{r[shape=box,label=\"Researchers\"]; l[label=\"Login nodes\"];"
        " p[label=\"PBS Pro server\"]; n[label=\"Compute nodes\"];"
        " r->l[label=\"ssh\"]; l->p[label=\"qsub\"]; p->n[label=\"start job\"]}",
        {"TMC-DOS-185", "l -> p", true});
  CHECK("digraph{d[shape=box,label=\"Data scientists\"]; j[label=\"JupyterHub\"];"
        " k[label=\"Kueue GPU queue\"]; d->j; j->k[label=\"training jobs\"]}",
        {"TMC-DOS-185", "j -> k", true});
  CHECK("digraph{d[shape=box,label=\"Data scientists\"]; j[label=\"JupyterHub\"];"
        " k[label=\"Kueue GPU queue\"]; d->j; j->k[label=\"training jobs (ResourceQuota "
        "per "
        "team)\"]}",
        {"TMC-DOS-185", "j -> k", false});
}

/* A decision with a deadline, flooded (TMC-DOS-186): an ad exchange's bid
 * within 100 ms, a payment gateway's risk check with stand-in approval;
 * not a nightly batch. */
static void test_hard_deadline(void **state) {
  (void)state;
  CHECK("digraph{x[shape=box,label=\"Ad exchanges\"]; b[label=\"Bidder (Rust), answers "
        "within 100ms\"];"
        " c[shape=cylinder,label=\"Campaign cache\"]; x->b[label=\"bid request\"]; c->b;"
        " b->x[label=\"bid\"]}",
        {"TMC-DOS-186", "b", true});
  CHECK(
      "digraph{g[shape=box,label=\"Acquirer gateway\"]; r[label=\"Risk check service\"];"
      " g->r[label=\"payment, stand-in approval on timeout\"]; r->g[label=\"accept / "
      "refuse\"]}",
      {"TMC-DOS-186", "r", true});
  CHECK(
      "digraph{p[shape=box,label=\"Partners\"]; j[label=\"Nightly reconciliation job\"];"
      " p->j[label=\"settlement files\"]}",
      {"TMC-DOS-186", "j", false});
}

/* Releases and overrides of regulated records (TMC-REPUD-187): a pharma
 * MES releasing batches, a LIMS validating results; not a CI release
 * pipeline by the bare word. */
static void test_releases_records(void **state) {
  (void)state;
  CHECK("digraph{q[shape=box,label=\"QA officers\"]; m[label=\"MES (batch release, "
        "electronic batch records)\"];"
        " e[label=\"ERP\"]; q->m[label=\"review\"]; m->e[label=\"released lots\"]}",
        {"TMC-REPUD-187", "m", true});
  CHECK("digraph{a[label=\"Analysers middleware\"]; l[label=\"LIMS\\nresult validation, "
        "reports\"];"
        " a->l[label=\"results\"]}",
        {"TMC-REPUD-187", "l", true});
  CHECK("digraph{g[label=\"Git server\"]; p[label=\"Release pipeline\"]; "
        "g->p[label=\"tag\"]}",
        {"TMC-REPUD-187", "p", false});
}

/* Orders raised from a model's answers (TMC-REPUD-188): work orders from a
 * failure-risk score written to a table; not where a planner sends them. */
static void test_orders_from_model(void **state) {
  (void)state;
  CHECK("digraph{m[shape=box3d,label=\"Failure risk model (XGBoost)\"]; "
        "t[shape=cylinder,label=\"Risk scores table\"];"
        " j[label=\"Work order job\"]; c[shape=box,label=\"Maintenance contractor\"];"
        " m->t[label=\"scores\"]; t->j; j->c[label=\"work orders\"]}",
        {"TMC-REPUD-188", "j", true});
  CHECK("digraph{m[shape=box3d,label=\"Failure risk model (XGBoost)\"]; "
        "t[shape=cylinder,label=\"Risk scores table\"];"
        " j[label=\"Work order app\"]; p[shape=box,label=\"Planners\"]; "
        "c[shape=box,label=\"Maintenance contractor\"];"
        " m->t[label=\"scores\"]; t->j; p->j[label=\"approve\"]; j->c[label=\"work "
        "orders\"]}",
        {"TMC-REPUD-188", "j", false});
}

/* Published weights (TMC-REPUD-189): a lab's public model download page
 * filled by a CI job; not an internal registry nobody outside reads. */
static void test_publishes_models(void **state) {
  (void)state;
  CHECK("digraph{c[label=\"Release CI job\"]; h[shape=cylinder,label=\"Public model "
        "downloads\"];"
        " p[shape=box,label=\"Anyone on the internet\"]; c->h[label=\"safetensors "
        "weights\"];"
        " h->p[label=\"download\"]}",
        {"TMC-REPUD-189", "h", true});
  CHECK("digraph{c[label=\"Training job\"]; h[shape=cylinder,label=\"Internal model "
        "registry\"];"
        " s[label=\"Serving\"]; c->h[label=\"weights\"]; h->s[label=\"load\"]}",
        {"TMC-REPUD-189", "h", false});
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_remote_to_devices),
      cmocka_unit_test(test_changes_setpoints),
      cmocka_unit_test(test_device_requests),
      cmocka_unit_test(test_one_key_for_all),
      cmocka_unit_test(test_acts_on_approval),
      cmocka_unit_test(test_parses_uploads),
      cmocka_unit_test(test_fills_shared_compute),
      cmocka_unit_test(test_hard_deadline),
      cmocka_unit_test(test_releases_records),
      cmocka_unit_test(test_orders_from_model),
      cmocka_unit_test(test_publishes_models),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
