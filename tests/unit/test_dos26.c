/* test_dos26.c - the shared service flooded (TMC-PATH-046, issue #16).
 *
 * Code that several callers depend on (two or more flows in), taking
 * requests an outsider or a partner can send, straight or through at most
 * two clients, kiosks or gateways, with no rate limit declared on the way:
 * a flood stalls it for every caller (deny_service, CAPEC-125 at it, no
 * ATLAS id on a system without AI). Worded unlike the tuning sets' booking
 * APIs, learning platforms, gate and SIP servers (tally26): a sports
 * centre's court bookings in DOT, a port community system partners' agents
 * file into in draw.io. Quiet: the service declares a rate limit; the
 * partner's only flow goes to a service no one else uses (their own tool);
 * an employee inside the office zone; a camera in front of the service. */
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

/* Does any hop of a shown path of entry -> target name an ATLAS id? */
static bool path_names_atlas(const tmc_ir *ir, const char *entry, const char *target) {
  for (uint32_t i = 0; i < ir->n_paths; i++) {
    const tmc_path *p = &ir->paths[i];
    if (p->entry != el(ir, entry) || p->asset != el(ir, target))
      continue;
    for (uint32_t h = 0; h < p->n_hops; h++) {
      if (p->hops[h].technique && strncmp(p->hops[h].technique, "AML.", 4) == 0)
        return true;
      for (uint32_t k = 0; k < TMC_HOP_ALSO; k++)
        if (p->hops[h].also[k].technique &&
            strncmp(p->hops[h].also[k].technique, "AML.", 4) == 0)
          return true;
    }
  }
  return false;
}

/* A leisure centre in DOT: members book courts through the club app (or
 * a kiosk in the foyer) on the booking server reception uses too; the
 * server writes the day sheet the door controller reads. `ctl` is the
 * booking server's extra attributes, `who` the members' label. */
static const char *courts(const char *who, const char *ctl) {
  static char buf[2048];
  snprintf(buf, sizeof buf,
           "digraph g {\n"
           "  members [label=\"%s\", shape=box];\n"
           "  app [label=\"Club app (iOS / Android)\", shape=box];\n"
           "  subgraph cluster_dc { label=\"Leisure trust server room\";\n"
           "    book [label=\"Court booking server\"%s];\n"
           "    desk [label=\"Reception desk PC\"];\n"
           "    sheet [label=\"Court day sheet\", shape=cylinder];\n"
           "    door [label=\"Court door controller\"]; }\n"
           "  members -> app [label=\"book a court\"];\n"
           "  app -> book [label=\"POST /bookings\"];\n"
           "  desk -> book [label=\"walk-in bookings\"];\n"
           "  book -> sheet [label=\"slots held\"];\n"
           "  sheet -> door [label=\"who may enter\"];\n"
           "}\n",
           who, ctl);
  return buf;
}

static void test_members_flood_the_booking_server_dot(void **state) {
  (void)state;
  tmc_ir *ir = analysed(courts("Members of the public", ""));
  assert_true(path_of(ir, "members", "book", "TMC-PATH-046"));
  assert_true(aimed(ir, "members", "book", "deny_service"));
  assert_true(
      hop_names(ir, "members", "book", "deny_service", "book", "CAPEC-125", NULL));
  assert_false(path_names_atlas(ir, "members", "book"));
  tmc_ir_free(ir);
  /* quiet: the server declares a rate limit */
  ir = analysed(courts("Members of the public", ", controls=\"rate_limiting\""));
  assert_false(path_of(ir, "members", "book", "TMC-PATH-046"));
  tmc_ir_free(ir);
  /* quiet: a camera in the foyer is no one sending requests */
  ir = analysed(courts("Foyer CCTV camera", ""));
  assert_false(path_of(ir, "members", "book", "TMC-PATH-046"));
  tmc_ir_free(ir);
}

/* A port community system on draw.io: shipping agents (people of a partner
 * firm, drawn as an actor) file arrival notices straight into it; the
 * harbour master's office works in it too, and it feeds the berth plan.
 * `second` is the harbour office's flow into it (or none: then the
 * agents' flow is the only one, their own tool). `agents` is where the
 * agents stand. */
#define PORT(agents, second)                                                             \
  HEAD ZONE("z", "Port authority data centre", 300, 0, 900, 400)                         \
      agents C("pcs", "z", "Port community system", CARD, 20, 40, 160, 60)               \
          C("hm", "z", "Harbour master office", CARD, 220, 200, 160, 60)                 \
              C("bp", "z", "Berth plan (PostgreSQL)", DB, 420, 40, 140, 60)              \
                  LINK("e1", "ag", "pcs", "arrival notices (EDI)")                       \
                      second LINK("e3", "pcs", "bp", "berth requests") TAIL
#define AGENTS_OUT V("ag", "Shipping agents", "shape=umlActor;html=1;", 0, 100, 30, 60)
#define AGENTS_IN                                                                        \
  C("ag", "z", "Shipping agents", "shape=umlActor;html=1;", 20, 200, 30, 60)

static void test_partners_flood_the_port_system_drawio(void **state) {
  (void)state;
  static const char *xml =
      PORT(AGENTS_OUT, LINK("e2", "hm", "pcs", "pilotage and berth orders"));
  tmc_ir *ir = analysed_as("t.drawio", xml);
  assert_true(path_of(ir, "ag", "pcs", "TMC-PATH-046"));
  assert_true(hop_names(ir, "ag", "pcs", "deny_service", "pcs", "CAPEC-125", NULL));
  assert_false(path_names_atlas(ir, "ag", "pcs"));
  tmc_ir_free(ir);
  /* quiet: the agents' flow is the only one in: their own tool, no one
   * else's service to deny */
  static const char *alone = PORT(AGENTS_OUT, );
  ir = analysed_as("t.drawio", alone);
  assert_false(path_of(ir, "ag", "pcs", "TMC-PATH-046"));
  tmc_ir_free(ir);
  /* quiet: the people are the port's own, inside its zone */
  static const char *inside =
      PORT(AGENTS_IN, LINK("e2", "hm", "pcs", "pilotage and berth orders"));
  ir = analysed_as("t.drawio", inside);
  assert_false(path_of(ir, "ag", "pcs", "TMC-PATH-046"));
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_members_flood_the_booking_server_dot),
      cmocka_unit_test(test_partners_flood_the_port_system_drawio),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
