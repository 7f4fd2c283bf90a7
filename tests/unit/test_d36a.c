/* test_d36a.c - what blind36's petgraph export taught (thirty-second
 * session, helper d36a), drawn here in other words and another domain:
 *   - a label a script printed as a record is read as its fields, in both
 *     formats: a Python dataclass repr (`Node(name='Patrons', what='Person',
 *     zone='Internet')`), Rust's Debug print pretty-printed over several
 *     lines, a JSON object. The name field is the label and name line, the
 *     others its aside and detail lines; zone= and protocol= (under an
 *     exporter's name, proto) written as fields are those attributes; an
 *     enum variant reads as words ("SerialLink": "Serial Link");
 *   - a label that only looks like one (`Cache(ttl=5m)`, "Orders API
 *     (port: 8080)") stays as written, and an attribute written on the node
 *     or edge wins over a field;
 *   - Malagasy labels (the head first, as blind36's vanilla co-operative
 *     drew in draw.io): heads of people, apps, stores, devices and the
 *     outside zone, here in DOT, a school's fee collection. */
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

/* A town library's lending system, exported from Python dataclasses. */
static const char *const LIBRARY =
    "digraph {\n"
    "  0 [label=\"Node(name='Patrons', what='Person', zone='Internet')\", shape=oval]\n"
    "  1 [label=\"Node(name='Lending portal', tech='Django', zone='Council DC')\", "
    "shape=box]\n"
    "  2 [label=\"Node(name='Loans database', tech='sql_database', zone='Council DC')\", "
    "shape=cylinder]\n"
    "  3 [label=\"Node(name='Self-checkout kiosk', what=None, zone=Zone.BRANCH)\", "
    "shape=box]\n"
    "  4 [label=\"Cache(ttl=5m)\", shape=box]\n"
    "  5 [label=\"Orders API (port: 8080)\", shape=box]\n"
    "  6 [label=\"Node(name='Branch staff', what='Person', zone='Branch')\", "
    "shape=oval, zone=\"Staff VLAN\"]\n"
    "  0 -> 1 [label=\"Link(data='loan requests', proto='HTTPS')\"]\n"
    "  1 -> 2 [label=\"Link(data='loans', proto='TCP')\"]\n"
    "  3 -> 1 [label=\"Link(data='barcodes', proto=Proto.SerialLink)\", "
    "protocol=https]\n"
    "  1 -> 4 [label=\"Link(ttl=5m)\"]\n"
    "  6 -> 5\n"
    "}\n";

/* assert_string_equal, failing (not crashing) on NULL */
#define assert_str(a, b)                                                                 \
  do {                                                                                   \
    assert_non_null(a);                                                                  \
    assert_string_equal(a, b);                                                           \
  } while (0)

static const char *boundary_label(const tmc_ir *ir, uint32_t e) {
  uint32_t b = ir->elements[e].boundary;
  return b == TMC_NONE ? NULL : ir->boundaries[b].label;
}

static void test_python_repr_labels_are_fields(void **state) {
  (void)state;
  tmc_ir *ir = analysed(LIBRARY);
  assert_non_null(ir);
  const tmc_element *patrons = &ir->elements[el(ir, "0")];
  assert_str(patrons->label, "Patrons (Person)");
  assert_str(patrons->name_line, "Patrons");
  assert_str(patrons->detail_lines, "Person");
  assert_int_equal(patrons->kind, TMC_KIND_EXTERNAL);
  assert_true(patrons->facts.is_entry);
  assert_str(boundary_label(ir, el(ir, "0")), "Internet");
  /* tech free text is the aside; a technology's name is tech= */
  assert_str(ir->elements[el(ir, "1")].label, "Lending portal (Django)");
  assert_int_equal(ir->elements[el(ir, "1")].kind, TMC_KIND_PROCESS);
  assert_int_equal(ir->elements[el(ir, "2")].kind, TMC_KIND_DATA_STORE);
  assert_str(tmc_props_get(&ir->elements[el(ir, "2")].props, "tech"), "sql_database");
  assert_str(ir->elements[el(ir, "2")].label, "Loans database");
  /* None says nothing; an enum member's path is its last name */
  assert_str(ir->elements[el(ir, "3")].label, "Self-checkout kiosk");
  assert_str(boundary_label(ir, el(ir, "1")), "Council DC");
  assert_str(boundary_label(ir, el(ir, "3")), "BRANCH");
  /* a written zone= wins over the field */
  assert_str(boundary_label(ir, el(ir, "6")), "Staff VLAN");
  /* flows: the fields' words, proto as protocol */
  const tmc_flow *req = &ir->flows[flow(ir, "0", "1")];
  assert_str(req->label, "loan requests");
  assert_str(req->protocol, "https");
  assert_int_equal(req->encrypted, TMC_TRI_YES);
  assert_str(ir->flows[flow(ir, "1", "2")].protocol, "tcp");
  /* a written protocol= wins; the variant reads as words in the label */
  const tmc_flow *scan = &ir->flows[flow(ir, "3", "1")];
  assert_str(scan->protocol, "https");
  assert_str(scan->label, "barcodes, Serial Link");
  tmc_ir_free(ir);
}

static void test_lookalike_labels_stay(void **state) {
  (void)state;
  tmc_ir *ir = analysed(LIBRARY);
  assert_non_null(ir);
  assert_str(ir->elements[el(ir, "4")].label, "Cache(ttl=5m)");
  assert_str(ir->elements[el(ir, "5")].label, "Orders API (port: 8080)");
  /* one bare field on a flow is no record */
  assert_str(ir->flows[flow(ir, "1", "4")].label, "Link(ttl=5m)");
  tmc_ir_free(ir);
}

/* rev32: a name and its details in brackets, written as people write them
 * ("HTTPS (port: 443, auth: none)", "Kafka (name: events, partitions:
 * 12)"), is no record: a record's parenthesis follows its type name with
 * no space and holds key=value fields. A pharmacy chain's order flow. */
static void test_named_details_are_no_record(void **state) {
  (void)state;
  tmc_ir *ir = analysed("digraph g {\n"
                        "  cust [label=\"Customers\", shape=ellipse];\n"
                        "  web [label=\"Shop web app\"];\n"
                        "  q [label=\"Kafka (name: events, partitions: 12)\"];\n"
                        "  db [label=\"Postgres (name: orders, port: 5432)\", "
                        "shape=cylinder];\n"
                        "  cust -> web [label=\"HTTPS (port: 443, auth: none)\"];\n"
                        "  web -> db [label=\"SQL (user: app_rw, db: orders)\"];\n"
                        "  web -> q [label=\"order events\"];\n"
                        "}\n");
  assert_non_null(ir);
  assert_str(ir->elements[el(ir, "q")].label, "Kafka (name: events, partitions: 12)");
  assert_str(ir->elements[el(ir, "db")].label, "Postgres (name: orders, port: 5432)");
  assert_int_equal(ir->elements[el(ir, "q")].kind, TMC_KIND_DATA_STORE);
  assert_str(ir->flows[flow(ir, "cust", "web")].label, "HTTPS (port: 443, auth: none)");
  assert_str(ir->flows[flow(ir, "web", "db")].label, "SQL (user: app_rw, db: orders)");
  tmc_ir_free(ir);
}

/* The other format: a boat-hire firm's booking system, its labels Rust's
 * pretty Debug print (one field a line) and JSON objects. */
#define PART(name, tech, zone)                                                           \
  "Part {&#10;    name: &quot;" name "&quot;,&#10;    tech: &quot;" tech                 \
  "&quot;,&#10;    zone: " zone ",&#10;}"
static void test_drawio_debug_print_labels(void **state) {
  (void)state;
  const char *xml =
      HEAD V("hirers",
             "{&quot;label&quot;: &quot;Boat hirers&quot;, &quot;zone&quot;: "
             "&quot;Public internet&quot;}",
             "shape=umlActor;html=1;", 0, 40, 30, 60)
          V("book", PART("Booking service", "Go, chi router", "Cloud"), CARD, 100, 40,
            160, 80) V("ledger", PART("Hire ledger", "SQLite", "Cloud"), DB, 320, 40, 120,
                       80) LINK("f1", "hirers", "book",
                                "Flow { what: &quot;bookings&quot;, proto: Https }")
              LINK("f2", "book", "ledger", "Flow { what: &quot;hires&quot; }") TAIL;
  tmc_ir *ir = drawio_analysed(xml, "paths");
  assert_non_null(ir);
  uint32_t book = tmc_ir_find_element(ir, 0, "book");
  assert_int_not_equal(book, TMC_NONE);
  assert_str(ir->elements[book].label, "Booking service (Go, chi router)");
  assert_str(ir->elements[book].name_line, "Booking service");
  assert_int_equal(ir->elements[book].kind, TMC_KIND_PROCESS);
  assert_str(boundary_label(ir, book), "Cloud");
  uint32_t hirers = tmc_ir_find_element(ir, 0, "hirers");
  assert_str(ir->elements[hirers].label, "Boat hirers");
  assert_null(ir->elements[hirers].name_line);
  assert_str(boundary_label(ir, hirers), "Public internet");
  assert_true(ir->elements[hirers].facts.is_entry);
  const tmc_flow *f1 = &ir->flows[flow(ir, "hirers", "book")];
  assert_str(f1->label, "bookings");
  assert_str(f1->protocol, "https");
  assert_str(ir->flows[flow(ir, "book", "ledger")].label, "hires");
  tmc_ir_free(ir);
}

/* A secondary school's fee collection in Malagasy, every node the same
 * box: the words decide. */
static void test_malagasy_heads_and_zones(void **state) {
  (void)state;
  tmc_ir *ir = analysed("digraph sekoly {\n"
                        "  node [shape=box];\n"
                        "  subgraph cluster_out { label=\"Ivelany\";\n"
                        "    ray [label=\"Ray aman-dreny\"];\n"
                        "    sms [label=\"Vavahady SMS (Telma)\"];\n"
                        "  }\n"
                        "  subgraph cluster_in { label=\"Tambajotra anatiny\";\n"
                        "    app [label=\"Rindranasa finday (sarany)\"];\n"
                        "    db [label=\"Tahirin-kevitra mpianatra\"];\n"
                        "    mpiasa [label=\"Mpiasa kaonty\"];\n"
                        "    cam [label=\"Fakantsary fidirana\"];\n"
                        "  }\n"
                        "  ray -> app [label=\"sarany\"];\n"
                        "  mpiasa -> app; app -> db; app -> sms; sms -> ray;\n"
                        "  cam -> app [label=\"sary\"];\n"
                        "}\n");
  assert_non_null(ir);
  assert_int_equal(ir->elements[el(ir, "app")].kind, TMC_KIND_PROCESS);
  assert_int_equal(ir->elements[el(ir, "db")].kind, TMC_KIND_DATA_STORE);
  assert_int_equal(ir->elements[el(ir, "mpiasa")].kind, TMC_KIND_EXTERNAL);
  assert_int_equal(ir->elements[el(ir, "sms")].kind, TMC_KIND_EXTERNAL);
  assert_int_equal(ir->elements[el(ir, "cam")].kind, TMC_KIND_EXTERNAL);
  uint32_t out = ir->elements[el(ir, "sms")].boundary;
  uint32_t in = ir->elements[el(ir, "db")].boundary;
  assert_int_not_equal(out, TMC_NONE);
  assert_int_not_equal(in, TMC_NONE);
  assert_int_equal(ir->boundaries[out].trust, 0);
  assert_true(ir->boundaries[in].trust > 0);
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_python_repr_labels_are_fields),
      cmocka_unit_test(test_lookalike_labels_stay),
      cmocka_unit_test(test_named_details_are_no_record),
      cmocka_unit_test(test_drawio_debug_print_labels),
      cmocka_unit_test(test_malagasy_heads_and_zones),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
