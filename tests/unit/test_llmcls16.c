/* test_llmcls16.c - the families of session thirteen's "llmcls16" cause
 * (issue #16): who acted (a database login named for the code, a shared
 * shift or station login, staff edits nobody is recorded for), the classic
 * families a drawing makes possible (a directory bind or a well-known port
 * in clear, records mailed as attachments, a timed job's static key, a
 * copy on a losable device, a shared kiosk, a link-only sign-in, an
 * override mode, remote access landing on the control network), and what
 * outsiders' text reaches an agent through (a tool's output) or a model
 * reads through its tool. Each family in at least two wordings that the
 * blind sets' misses did not use, and silent where the drawing rules it
 * out.
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

/* A directory bind or a well-known port named beside its protocol goes in
 * clear (TMC-APP-029); not inside TLS. */
static void test_cleartext_ports(void **state) {
  (void)state;
  CHECK("digraph{w[label=\"Intranet wiki\"]; dc[shape=cylinder,label=\"OpenLDAP "
        "directory\"];"
        " w->dc[label=\"simple bind (uid + password)\"]}",
        {"TMC-APP-029", "w -> dc", true});
  CHECK("digraph{s[label=\"Boiler sensors gateway\"]; b[label=\"Mosquitto broker\"];"
        " s->b[label=\"MQTT 1883 telemetry\"]}",
        {"TMC-APP-029", "s -> b", true});
  CHECK("digraph{w[label=\"Intranet wiki\"]; dc[shape=cylinder,label=\"OpenLDAP "
        "directory\"];"
        " w->dc[label=\"LDAP bind :389 + StartTLS\"]}",
        {"TMC-APP-029", "w -> dc", false});
  CHECK("digraph{w[label=\"Intranet wiki\"]; dc[shape=cylinder,label=\"OpenLDAP "
        "directory\"];"
        " w->dc[label=\"LDAPS 636\"]}",
        {"TMC-APP-029", "w -> dc", false});
}

/* Code querying for everyone as one database login is recorded as that
 * login (TMC-REPUD-007): a role named for the code, or an account name
 * ending "_ro"/"_reader"; not with each person's own token. */
static void test_database_logins(void **state) {
  (void)state;
  CHECK("digraph{u[shape=box,label=\"Store managers\"]; d[label=\"Sales dashboard "
        "(Metabase)\"];"
        " dw[shape=cylinder,label=\"Snowflake warehouse\"]; u->d[label=\"filters\"];"
        " d->dw[label=\"SQL as reporting_reader\"]; dw->d[label=\"rows\"]; "
        "d->u[label=\"charts\"]}",
        {"TMC-REPUD-007", "d -> dw", true});
  CHECK("digraph{u[shape=box,label=\"Dispatchers\"]; a[label=\"Route planner API "
        "(Postgres read-only role)\"];"
        " db[shape=cylinder,label=\"Fleet DB\"]; u->a; a->db[label=\"queries\"]; "
        "db->a; a->u}",
        {"TMC-REPUD-007", "a -> db", true});
  CHECK("digraph{u[shape=box,label=\"Store managers\"]; d[label=\"Sales dashboard\"];"
        " dw[shape=cylinder,label=\"Snowflake warehouse\"]; u->d[label=\"filters\"];"
        " d->dw[label=\"SQL on behalf of the user (OAuth)\"]; dw->d[label=\"rows\"]; "
        "d->u}",
        {"TMC-REPUD-007", "d -> dw", false});
  /* any flow into the store is an action there, whatever its label says */
  CHECK("digraph{u[shape=box,label=\"Planners\"]; a[label=\"Capacity bot backend "
        "(user capacity_ro)\"];"
        " db[shape=cylinder,label=\"Capacity warehouse\"]; u->a; a->db[label=\"HTTPS "
        ":9440\"]; db->a[label=\"rows\"]; a->u}",
        {"TMC-REPUD-007", "a -> db", true});
  /* a ro-ro ferry and an e-reader are no logins */
  CHECK("digraph{u[shape=box,label=\"Passengers\"]; a[label=\"Ro-ro booking API\"];"
        " db[shape=cylinder,label=\"Bookings\"]; u->a; a->db[label=\"e-reader "
        "tickets\"]; db->a; a->u}",
        {"TMC-REPUD-007", "a -> db", false});
}

/* People signing in as one login they share (TMC-REPUD-011): a station
 * login at a line HMI, a generic ward login at a terminal. */
static void test_shared_logins(void **state) {
  (void)state;
  CHECK("digraph{op[shape=box,label=\"Line operators\"]; h[label=\"Packaging line "
        "HMI (station login)\"];"
        " plc[label=\"Filler PLC\"]; op->h[label=\"speed changes\"]; "
        "h->plc[label=\"setpoints\"]}",
        {"TMC-REPUD-011", "op -> h", true});
  CHECK("digraph{c[shape=box,label=\"Ward clerks\"]; t[label=\"Patient admin "
        "terminal\"];"
        " db[shape=cylinder,label=\"PAS database\"]; c->t[label=\"admissions (generic "
        "ward login)\"]; t->db}",
        {"TMC-REPUD-011", "c -> t", true});
  CHECK("digraph{op[shape=box,label=\"Line operators\"]; h[label=\"Packaging line "
        "HMI (personal badge sign-in)\"];"
        " plc[label=\"Filler PLC\"]; op->h[label=\"speed changes\"]; "
        "h->plc[label=\"setpoints\"]}",
        {"TMC-REPUD-011", "op -> h", false});
}

/* Staff changing what others see first or are paid, nobody recorded
 * (TMC-REPUD-012); not with an audit trail named, not a page edit. */
static void test_unattributed_edits(void **state) {
  (void)state;
  CHECK("digraph{m[shape=box,label=\"Merchandising staff\"]; "
        "cat[shape=cylinder,label=\"Product "
        "catalogue DB\"];"
        " m->cat[label=\"boost / bury products\"]}",
        {"TMC-REPUD-012", "m -> cat", true});
  CHECK("digraph{h[shape=box,label=\"Claims handlers\"]; l[shape=cylinder,label=\"Claims "
        "ledger (SQL Server)\"];"
        " h->l[label=\"manual adjustments, goodwill credits\"]}",
        {"TMC-REPUD-012", "h -> l", true});
  CHECK("digraph{h[shape=box,label=\"Claims handlers\"]; l[shape=cylinder,label=\"Claims "
        "ledger (SQL Server)\"];"
        " h->l[label=\"manual adjustments (audit trail, reason codes)\"]}",
        {"TMC-REPUD-012", "h -> l", false});
  CHECK("digraph{a[shape=box,label=\"Authors\"]; w[shape=cylinder,label=\"Wiki\"];"
        " a->w[label=\"create / edit pages\"]}",
        {"TMC-REPUD-012", "a -> w", false});
}

/* Remote access from outside that lands, within two hops, on what runs the
 * plant (TMC-EOP-011); a VPN into an office web app lands on none. */
static void test_vendor_remote_access(void **state) {
  (void)state;
  CHECK("digraph{oem[shape=box,label=\"Kiln OEM service engineer\"];"
        " tv[label=\"TeamViewer on engineering PC\"]; plc[label=\"Kiln PLC (S7-1500)\"];"
        " oem->tv[label=\"remote session\"]; tv->plc[label=\"program download\"]}",
        {"TMC-EOP-011", "tv", true});
  CHECK("digraph{c[shape=box,label=\"HVAC contractor\"]; g[label=\"Citrix gateway\"];"
        " s[label=\"BMS server\"]; ch[label=\"Chiller controllers\"];"
        " c->g[label=\"ICA\"]; g->s[label=\"RDP\"]; s->ch[label=\"BACnet writes\"]}",
        {"TMC-EOP-011", "g", true});
  CHECK("digraph{c[shape=box,label=\"Support contractor\"]; g[label=\"SSL VPN\"];"
        " s[label=\"Ticketing web app\"]; db[shape=cylinder,label=\"Tickets\"];"
        " c->g; g->s; s->db}",
        {"TMC-EOP-011", "g", false});
}

/* A copy of the data on a device that can be lost (TMC-DISC-011); a
 * tablet that only sends holds nothing it was sent. */
static void test_portable_copy(void **state) {
  (void)state;
  CHECK("digraph{api[label=\"Meter route service\"]; t[shape=box,label=\"Meter reader "
        "tablets (offline app)\"];"
        " api->t[label=\"route + customer list\"]; t->api[label=\"readings\"]}",
        {"TMC-DISC-011", "t", true});
  CHECK(
      "digraph{ehr[shape=cylinder,label=\"Community EHR\"]; l[shape=box,label=\"District "
      "nurse laptops\"];"
      " ehr->l[label=\"sync down caseload\"]; l->ehr[label=\"visit notes\"]}",
      {"TMC-DISC-011", "l", true});
  CHECK("digraph{api[label=\"Meter route service\"]; t[shape=box,label=\"Meter reader "
        "tablets\"];"
        " t->api[label=\"readings\"]}",
        {"TMC-DISC-011", "t", false});
}

/* A terminal whoever stands at uses (TMC-APP-062): a check-in kiosk, a
 * library PC in a lockdown browser; a person's own laptop is none. */
static void test_shared_terminals(void **state) {
  (void)state;
  CHECK("digraph{g[shape=box,label=\"Hotel guests\"]; k[label=\"Self-service check-in "
        "kiosk\"];"
        " pms[label=\"Property management system\"]; g->k[label=\"booking ref, card\"]; "
        "k->pms}",
        {"TMC-APP-062", "k", true});
  CHECK("digraph{s[shape=box,label=\"Students\"]; pc[label=\"Library PCs (lockdown "
        "browser)\"];"
        " lms[label=\"Assessment platform\"]; s->pc; pc->lms[label=\"answers\"]}",
        {"TMC-APP-062", "pc", true});
  CHECK("digraph{s[shape=box,label=\"Students\"]; pc[label=\"Student laptop browser\"];"
        " lms[label=\"Assessment platform\"]; s->pc; pc->lms[label=\"answers\"]}",
        {"TMC-APP-062", "pc", false});
}

/* A link mailed to someone as the only sign-in (TMC-SPOOF-011), by the
 * code's name or by the person's flow; an SSO portal is none. */
static void test_link_logins(void **state) {
  (void)state;
  CHECK("digraph{s[shape=box,label=\"Suppliers\"]; u[label=\"Certificate upload page "
        "(one-time link)\"];"
        " st[shape=cylinder,label=\"Compliance docs\"]; s->u[label=\"PDF\"]; u->st}",
        {"TMC-SPOOF-011", "u", true});
  CHECK("digraph{p[shape=box,label=\"Parents\"]; f[label=\"Trip consent form\"];"
        " db[shape=cylinder,label=\"Consents\"]; p->f[label=\"sign-in link from the "
        "e-mail\"]; f->db}",
        {"TMC-SPOOF-011", "f", true});
  CHECK("digraph{s[shape=box,label=\"Suppliers\"]; u[label=\"Supplier portal (Entra ID "
        "B2B, MFA)\"];"
        " st[shape=cylinder,label=\"Compliance docs\"]; s->u[label=\"PDF\"]; u->st}",
        {"TMC-SPOOF-011", "u", false});
}

/* A step that can be told to skip its checks (TMC-EOP-012); a person
 * overriding a model's verdict is a review, not this. */
static void test_override_modes(void **state) {
  (void)state;
  CHECK("digraph{n[shape=box,label=\"Pharmacists\"]; r[label=\"Dispensing robot "
        "(emergency override)\"];"
        " inv[shape=cylinder,label=\"Stock DB\"]; n->r[label=\"pick requests\"]; "
        "r->inv}",
        {"TMC-EOP-012", "r", true});
  CHECK("digraph{s[shape=box,label=\"Shift supervisor\"]; p[label=\"Payment release "
        "service\"];"
        " b[shape=box,label=\"Bank (partner)\"]; s->p[label=\"break-glass release\"]; "
        "p->b}",
        {"TMC-EOP-012", "p", true});
  CHECK("digraph{cam[label=\"Camera\"]; m[label=\"Defect model\",type=model];"
        " h[label=\"Line HMI (override)\"]; op[shape=box,label=\"Operators\"];"
        " cam->m; m->h[label=\"verdict\"]; op->h[label=\"override\"]}",
        {"TMC-EOP-012", "h", false});
}

/* A timed job's static key for another party's API (TMC-APP-061); not
 * fetched from a vault, not a file transfer (TMC-APP-038's). */
static void test_job_static_key(void **state) {
  (void)state;
  CHECK("digraph{j[label=\"Hourly stock sync (cron)\"]; db[shape=cylinder,label=\"Stock "
        "DB\"];"
        " mp[shape=box,label=\"Marketplace seller API\"]; db->j; j->mp[label=\"PUT "
        "/inventory (x-api-key)\"]}",
        {"TMC-APP-061", "j -> mp", true});
  CHECK("digraph{j[label=\"Nightly claims batch\"]; ins[shape=box,label=\"Insurer "
        "(partner)\"];"
        " j->ins[label=\"REST, basic auth\"]}",
        {"TMC-APP-061", "j -> ins", true});
  CHECK("digraph{j[label=\"Hourly stock sync (cron)\"]; kv[shape=cylinder,label=\"Azure "
        "Key Vault\"];"
        " mp[shape=box,label=\"Marketplace seller API\"]; kv->j[label=\"api key\"]; "
        "j->mp[label=\"PUT /inventory (api key)\"]}",
        {"TMC-APP-061", "j -> mp", false});
  CHECK("digraph{j[label=\"Nightly claims batch\"]; ins[shape=box,label=\"Insurer "
        "(partner)\"];"
        " j->ins[label=\"SFTP, password\"]}",
        {"TMC-APP-061", "j -> ins", false}, {"TMC-APP-038", "j -> ins", true});
}

/* Records mailed to another organisation in clear (TMC-APP-063); not
 * encrypted, not a download over HTTPS. */
static void test_mailed_plain(void **state) {
  (void)state;
  CHECK("digraph{lab[label=\"Lab results service\"]; gp[shape=box,label=\"GP "
        "practices\"];"
        " lab->gp[label=\"results as PDF attachments\"]}",
        {"TMC-APP-063", "lab -> gp", true});
  CHECK("digraph{b[label=\"Billing run\"]; ins[shape=box,label=\"Insurer\"];"
        " b->ins[label=\"claim statements (SendGrid e-mail)\"]}",
        {"TMC-APP-063", "b -> ins", true});
  CHECK("digraph{lab[label=\"Lab results service\"]; gp[shape=box,label=\"GP "
        "practices\"];"
        " lab->gp[label=\"results by e-mail (S/MIME)\"]}",
        {"TMC-APP-063", "lab -> gp", false});
  CHECK("digraph{w[label=\"Tender portal\"]; c[shape=box,label=\"Contractor\"];"
        " w->c[label=\"attachment downloads\"]}",
        {"TMC-APP-063", "w -> c", false});
}

/* What outsiders wrote into a store reaches the prompt as a tool's output
 * (TMC-AGENT-041); a tool over a store nothing outside writes hands none
 * back. */
static void test_tool_output_injection(void **state) {
  (void)state;
  CHECK("digraph{c[shape=box,label=\"Customers\"]; form[label=\"Web contact form\"];"
        " tk[shape=cylinder,label=\"Support tickets DB\"];"
        " a[label=\"Helpdesk copilot (agent loop)\"]; l[type=llm,label=\"Claude 3.5 "
        "Sonnet\"];"
        " t[type=agent_tool,label=\"lookup_ticket() tool\"]; s[shape=box,label=\"Support "
        "agents\"];"
        " c->form; form->tk[label=\"ticket text\"]; s->a[label=\"question\"]; "
        "a->l[label=\"prompt + tool results\"];"
        " l->a[label=\"tool calls\"]; a->t[label=\"lookup_ticket(id)\"]; "
        "tk->t[label=\"ticket "
        "body\"];"
        " t->a[label=\"ticket text\"]; a->s[label=\"answer\"]}",
        {"TMC-AGENT-041", "tk -> t", true});
  CHECK("digraph{sel[shape=box,label=\"Marketplace sellers\"]; up[label=\"Listing "
        "editor\"];"
        " li[shape=cylinder,label=\"Seller listings (Elasticsearch)\"];"
        " b[label=\"Shopping assistant backend\"]; l[type=llm,label=\"GPT-4o mini\"];"
        " t[type=agent_tool,label=\"search_listings tool\"]; "
        "sh[shape=box,label=\"Shoppers\"];"
        " sel->up; up->li[label=\"titles, descriptions\"]; sh->b[label=\"chat\"];"
        " b->l[label=\"messages + tool output\"]; l->b[label=\"function calls\"]; "
        "b->t[label=\"search(q)\"];"
        " li->t[label=\"hits\"]; t->b[label=\"listing text\"]; b->sh}",
        {"TMC-AGENT-041", "li -> t", true});
  CHECK(
      "digraph{sh[shape=box,label=\"Shoppers\"]; b[label=\"Shopping assistant "
      "backend\"];"
      " l[type=llm,label=\"GPT-4o mini\"]; t[type=agent_tool,label=\"get_store_hours "
      "tool\"];"
      " h[shape=cylinder,label=\"Store hours table\"];"
      " sh->b[label=\"chat\"]; b->l[label=\"messages\"]; l->b[label=\"function calls\"];"
      " b->t; h->t[label=\"hours\"]; t->b; b->sh}",
      {"TMC-AGENT-041", "h -> t", false});
}

/* Mail bodies and ticket text fed to a summariser are indirect injection
 * into the LLM (TMC-LLM-002), and its markdown rendered where staff act on
 * it is LLM05/LLM09 (TMC-LLM-006, TMC-LLM-036/037): a helpdesk's tickets
 * and a shared mailbox's messages, worded unlike the blind sets. */
static void test_summariser_inputs(void **state) {
  (void)state;
  CHECK("digraph{cu[shape=box,label=\"Customers\"]; zd[shape=cylinder,label=\"Zendesk "
        "tickets\"];"
        " tri[label=\"Ticket triage worker\"]; l[type=llm,label=\"Claude 3 Haiku "
        "(Bedrock)\"];"
        " ag[shape=box,label=\"Support agents\"]; cu->zd[label=\"ticket text\"]; "
        "zd->tri[label=\"new ticket\"];"
        " tri->l[label=\"summarise + classify\"]; l->tri[label=\"summary (markdown)\"];"
        " tri->zd[label=\"internal note\"]; zd->ag[label=\"queue\"]}",
        {"TMC-LLM-002", "l", true}, {"TMC-LLM-006", "l -> tri", true});
  CHECK(
      "digraph{s[shape=box,label=\"Senders (anyone)\"]; mb[shape=cylinder,label=\"Shared "
      "mailbox (Exchange)\"];"
      " pa[label=\"Power Automate flow\"]; l[type=llm,label=\"GPT-4o (Azure "
      "OpenAI)\"];"
      " t[shape=cylinder,label=\"Planner tasks\"]; st[shape=box,label=\"Clerks\"];"
      " s->mb[label=\"mail + attachments\"]; mb->pa[label=\"message body\"]; "
      "pa->l[label=\"prompt + body\"];"
      " l->pa[label=\"summary\"]; pa->t[label=\"task with summary\"]; t->st}",
      {"TMC-LLM-002", "l", true});
}

/* Records a model-driven tool reads, where its answer's way back is not
 * drawn (TMC-LLM-051); not a log. */
static void test_read_by_model_tool(void **state) {
  (void)state;
  CHECK("digraph{c[shape=box,label=\"Policyholders\"]; o[label=\"Claims voice bot "
        "orchestrator\"];"
        " l[type=llm,label=\"Llama 3.1 70B (vLLM)\"]; "
        "t[type=agent_tool,label=\"get_policy() "
        "tool\"];"
        " db[shape=cylinder,label=\"Policy admin DB\"]; c->o[label=\"speech\"]; "
        "o->c[label=\"speech\"];"
        " o->l[label=\"prompt\"]; l->o[label=\"tool call\"]; o->t[label=\"policy no.\"];"
        " t->db[label=\"SELECT\"]; db->t[label=\"policy rows\"]}",
        {"TMC-LLM-051", "db", true});
  CHECK(
      "digraph{n[shape=box,label=\"Nurses\"]; o[label=\"Ward assistant\"];"
      " l[type=llm,label=\"Gemini 1.5 Flash\"]; t[type=agent_tool,label=\"fetch_patient "
      "tool\"];"
      " ehr[shape=cylinder,label=\"EHR (FHIR store)\"]; n->o; o->n; o->l; l->o;"
      " o->t[label=\"patient id\"]; t->ehr[label=\"GET Patient\"]; ehr->t[label=\"FHIR "
      "bundle\"]}",
      {"TMC-LLM-051", "ehr", true});
  CHECK("digraph{n[shape=box,label=\"Nurses\"]; o[label=\"Ward assistant\"];"
        " l[type=llm,label=\"Gemini 1.5 Flash\"]; t[type=agent_tool,label=\"read_audit "
        "tool\"];"
        " au[shape=cylinder,label=\"Audit log\"]; n->o; o->n; o->l; l->o;"
        " o->t; t->au[label=\"query\"]; au->t[label=\"entries\"]}",
        {"TMC-LLM-051", "au", false});
}

/* A crawler or nightly job copying a whole repository into a search index
 * with one account (TMC-APP-064); not with the source's permissions kept,
 * not a training job. */
static void test_indexes_everything(void **state) {
  (void)state;
  CHECK("digraph{sp[shape=cylinder,label=\"SharePoint Online (all sites)\"];"
        " c[label=\"Search connector (Graph API, Sites.Read.All)\"];"
        " ix[shape=cylinder,label=\"Elasticsearch\"]; sp->c[label=\"documents\"]; "
        "c->ix[label=\"bulk index\"]}",
        {"TMC-APP-064", "c", true});
  CHECK("digraph{fs[shape=cylinder,label=\"HR file share\"]; j[label=\"Weekly "
        "embedding job\"];"
        " v[type=vector_store,label=\"pgvector chunks\"]; fs->j[label=\"files\"]; "
        "j->v[label=\"chunks + vectors\"]}",
        {"TMC-APP-064", "j", true});
  CHECK("digraph{sp[shape=cylinder,label=\"SharePoint Online (all sites)\"];"
        " c[label=\"Search connector (security trimming, ACL sync)\"];"
        " ix[shape=cylinder,label=\"Elasticsearch\"]; sp->c[label=\"documents\"]; "
        "c->ix[label=\"bulk index\"]}",
        {"TMC-APP-064", "c", false});
  CHECK("digraph{fs[shape=cylinder,label=\"Orders DB\"]; j[label=\"Nightly export "
        "job\"];"
        " dw[shape=cylinder,label=\"Reporting warehouse\"]; fs->j; j->dw}",
        {"TMC-APP-064", "j", false});
}

/* review16: a sign-in link named by the code alone is a link login where
 * a person uses it ("magic link sign-in"); the same code only other code
 * calls has nobody signing in. */
static void test_link_login_by_name(void **state) {
  (void)state;
  CHECK("digraph{v[shape=box,label=\"Volunteers\"]; r[label=\"Shift rota app (magic link "
        "sign-in)\"]; db[shape=cylinder,label=\"Rota DB\"]; v->r[label=\"swap "
        "requests\"]; r->db}",
        {"TMC-SPOOF-011", "r", true});
  CHECK("digraph{j[label=\"Nightly rota import\"]; r[label=\"Shift rota app (magic link "
        "sign-in)\"]; db[shape=cylinder,label=\"Rota DB\"]; j->r[label=\"rota CSV\"]; "
        "r->db}",
        {"TMC-SPOOF-011", "r", false});
}

/* review16: code named like a login ("parquet_writer", "file_reader") is
 * not a database login by its own name: the suffix says an account only on
 * what names the login (a flow, a credential, the code's details). */
static void test_code_named_like_a_login(void **state) {
  (void)state;
  CHECK("digraph{u[shape=box,label=\"Analysts\"]; a[label=\"parquet_writer\"];"
        " db[shape=cylinder,label=\"Sales warehouse\"]; u->a[label=\"exports\"]; "
        "a->db[label=\"rows\"]; db->a; a->u}",
        {"TMC-REPUD-007", "a -> db", false});
  CHECK("digraph{u[shape=box,label=\"Store managers\"]; a[label=\"file_reader "
        "(Python)\"]; db[shape=cylinder,label=\"Stock DB\"]; u->a[label=\"report "
        "requests\"]; a->db[label=\"queries\"]; db->a[label=\"rows\"]; a->u}",
        {"TMC-REPUD-007", "a -> db", false});
  /* the login written in the code's details, or on the flow, still is one */
  CHECK("digraph{u[shape=box,label=\"Store managers\"]; a[label=\"Stock report service "
        "(login stock_reader)\"]; db[shape=cylinder,label=\"Stock DB\"]; u->a; "
        "a->db[label=\"queries\"]; db->a[label=\"rows\"]; a->u}",
        {"TMC-REPUD-007", "a -> db", true});
  CHECK("digraph{u[shape=box,label=\"Analysts\"]; a[label=\"parquet_writer\"];"
        " db[shape=cylinder,label=\"Sales warehouse\"]; u->a[label=\"exports\"]; "
        "a->db[label=\"COPY as etl_rw\"]; db->a; a->u}",
        {"TMC-REPUD-007", "a -> db", true});
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_cleartext_ports),
      cmocka_unit_test(test_database_logins),
      cmocka_unit_test(test_shared_logins),
      cmocka_unit_test(test_unattributed_edits),
      cmocka_unit_test(test_vendor_remote_access),
      cmocka_unit_test(test_portable_copy),
      cmocka_unit_test(test_shared_terminals),
      cmocka_unit_test(test_link_logins),
      cmocka_unit_test(test_link_login_by_name),      /* review16 */
      cmocka_unit_test(test_code_named_like_a_login), /* review16 */
      cmocka_unit_test(test_override_modes),
      cmocka_unit_test(test_job_static_key),
      cmocka_unit_test(test_mailed_plain),
      cmocka_unit_test(test_tool_output_injection),
      cmocka_unit_test(test_read_by_model_tool),
      cmocka_unit_test(test_indexes_everything),
      cmocka_unit_test(test_summariser_inputs),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
