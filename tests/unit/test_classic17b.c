/* test_classic17b.c - the families of session fourteen's "classic17b" cause
 * (issue #16): the organisation's own staff computers (ransomware from one
 * phished machine reaching the servers, a shared front-desk login, a
 * two-tier client talking to the database itself) and its own network gear
 * (one local admin password on every router). Each family in at least two
 * wordings that the blind sets' misses did not use, and silent where the
 * drawing rules it out.
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

/* Staff computers that reach servers (TMC-DOS-181): office laptops, a
 * clinic's thin clients; not a customer's laptop, not a PC reaching
 * nothing. */
static void test_staff_pcs(void **state) {
  (void)state;
  CHECK(
      "digraph{l[label=\"Office laptops (Windows 10)\"]; fs[shape=cylinder,label=\"File "
      "server shares\"];"
      " erp[label=\"ERP application server\"]; l->fs[label=\"SMB\"]; l->erp}",
      {"TMC-DOS-181", "l", true});
  CHECK("digraph{subgraph cluster_site{label=\"Branch office\"; t[label=\"VDI desktops "
        "(Citrix Workspace)\"]}"
        " x[label=\"Claims system\"]; t->x[label=\"ICA session\"]}",
        {"TMC-DOS-181", "t", true});
  CHECK(
      "digraph{c[shape=box,label=\"Customers\",style=rounded]; l[label=\"Customer laptop "
      "browser\"];"
      " w[label=\"Web shop\"]; c->l; l->w}",
      {"TMC-DOS-181", "l", false});
  CHECK("digraph{w[label=\"Signage server\"]; d[label=\"Lobby display PCs\"]; w->d}",
        {"TMC-DOS-181", "d", false});
  CHECK("digraph{h[label=\"Hot wallet\"]; l[label=\"Air-gapped signing laptop\"]; "
        "v[shape=cylinder,label=\"Cold keys\"]; h->l[label=\"unsigned tx (QR)\"]; l->v}",
        {"TMC-DOS-181", "l", false});
}

/* Computers at a post staff work in turn (TMC-REPUD-182): a reception, a
 * nurses' station, said by the box or by the people sending to it; an
 * engineer's own workstation is none. */
static void test_shared_posts(void **state) {
  (void)state;
  CHECK("digraph{r[label=\"Reception workstations\"]; h[label=\"Hotel PMS (Opera)\"]; "
        "r->h[label=\"check-in, folio\"]}",
        {"TMC-REPUD-182", "r", true});
  CHECK("digraph{n[shape=box,label=\"Nurses' station staff\"]; p[label=\"Ward PCs\"];"
        " e[label=\"EHR server\"]; n->p; p->e[label=\"observations\"]}",
        {"TMC-REPUD-182", "p", true});
  CHECK("digraph{d[label=\"Developer workstations\"]; g[label=\"Git server\"]; "
        "d->g[label=\"push\"]}",
        {"TMC-REPUD-182", "d", false});
}

/* A two-tier client talking to the database itself (TMC-EOP-183): SQL
 * Server on 1433, ODBC into a SQL store; not through the application's
 * API. */
static void test_client_db_direct(void **state) {
  (void)state;
  CHECK("digraph{w[label=\"Accounts desktops (Sage client)\"]; s[label=\"Finance "
        "server\"];"
        " w->s[label=\"SQL Server TCP 1433\"]}",
        {"TMC-EOP-183", "w -> s", true});
  CHECK("digraph{w[label=\"Warehouse workstations\"]; db[shape=cylinder,label=\"Stock "
        "database (PostgreSQL)\"];"
        " w->db[label=\"ODBC linked tables (MS Access front end)\"]}",
        {"TMC-EOP-183", "w -> db", true});
  CHECK("digraph{w[label=\"Office PCs\"]; a[label=\"Stock API (REST)\"]; "
        "db[shape=cylinder,label=\"Stock database (PostgreSQL)\"];"
        " w->a[label=\"HTTPS\"]; a->db[label=\"SQL 5432\"]}",
        {"TMC-EOP-183", "w -> a", false}, {"TMC-EOP-183", "a -> db", false});
}

/* The system's own network gear carrying its traffic (TMC-EOP-184): a
 * branch firewall, an LTE router in a substation; not a router nothing
 * passes through, not a "feature switch". */
static void test_net_appliances(void **state) {
  (void)state;
  CHECK("digraph{p[label=\"POS terminals\"]; f[label=\"FortiGate 60F branch "
        "firewall\"];"
        " h[label=\"HQ ERP\"]; p->f; f->h[label=\"IPsec\"]}",
        {"TMC-EOP-184", "f", true});
  CHECK("digraph{r[label=\"RTU\"]; m[label=\"Teltonika RUT955 LTE router\"]; "
        "s[label=\"SCADA master\"];"
        " r->m[label=\"DNP3\"]; m->s[label=\"DNP3 over APN\"]}",
        {"TMC-EOP-184", "m", true});
  CHECK("digraph{a[label=\"Checkout service\"]; f[label=\"Feature switch service\"]; "
        "a->f[label=\"flag lookup\"]; f->a}",
        {"TMC-EOP-184", "f", false});
  CHECK("digraph{g[label=\"Gateway\"]; r[label=\"Tool router\"]; t[label=\"Search "
        "tool\"]; g->r; r->t}",
        {"TMC-EOP-184", "r", false});
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_staff_pcs),
      cmocka_unit_test(test_shared_posts),
      cmocka_unit_test(test_client_db_direct),
      cmocka_unit_test(test_net_appliances),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
