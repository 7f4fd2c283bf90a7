/* test_otm.c - Open Threat Model in (JSON, YAML block and flow style, 0.1.0
 * and 0.2.0: nested trust zones, nested components, dataflows, assets,
 * threats and mitigations, a producer's targeted threats) and out (the
 * export reads back to the same model and writes the same bytes, pages
 * included). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "backends/backends.h"
#include "ir_helpers.h"

static const char *zone(const tmc_ir *ir, const char *id) {
  uint32_t b = ir_element(ir, id)->boundary;
  return b == TMC_NONE ? "-" : ir->boundaries[b].label;
}

static const char yaml_block[] =
    "otmVersion: 0.1.0\n"
    "project:\n"
    "  name: Shop\n"
    "  id: shop\n"
    "trustZones:\n"
    "  - id: inner\n"
    "    name: Private Secured\n"
    "    risk: {trustRating: 100}\n"
    "    parent: {trustZone: dc}\n"
    "  - id: internet\n"
    "    name: Internet\n"
    "    risk:\n"
    "      trustRating: 1\n"
    "  - id: dc\n"
    "    name: Data centre\n"
    "    risk: {trustRating: 50}\n"
    "components:\n"
    "  - id: user\n"
    "    name: Customer\n"
    "    type: generic-client\n"
    "    parent: {trustZone: internet}\n"
    "  - id: vpc\n"
    "    name: VPC\n"
    "    type: vpc\n"
    "    parent: {trustZone: dc}\n"
    "  - id: db\n"
    "    name: Orders\n"
    "    type: postgresql\n"
    "    parent: {component: vpc}\n"
    "    assets: {stored: [cards]}\n"
    "    threats:\n"
    "      - threat: t1\n"
    "        state: mitigated\n"
    "        mitigations: [{mitigation: m1, state: implemented}]\n"
    "  - id: api\n"
    "    name: API\n"
    "    type: web-service\n"
    "    parent: {trustZone: inner}\n"
    "dataflows:\n"
    "  - id: f1\n"
    "    name: orders\n"
    "    source: user\n"
    "    destination: api\n"
    "  - id: f2\n"
    "    source: api\n"
    "    destination: nowhere\n"
    "assets:\n"
    "  - id: cards\n"
    "    name: Card data\n"
    "    risk: {confidentiality: 100, integrity: 90, "
    "availability: 50}\n"
    "threats:\n"
    "  - id: t1\n"
    "    name: SQL injection\n"
    "    categories: [Tampering]\n"
    "mitigations:\n"
    "  - id: m1\n"
    "    name: Prepared statements\n"
    "    riskReduction: 80\n";

static void yaml_in(void **state) {
  (void)state;
  tmc_diags d = TMC_DIAGS_INIT;
  tmc_ir *ir = ir_parse("m.otm", yaml_block, sizeof yaml_block - 1, &d);
  assert_string_equal(ir->format->name, "otm");
  assert_string_equal(ir->title, "Shop");
  assert_int_equal(ir->n_boundaries, 3);
  /* Parents before children, whatever the file's order. */
  assert_string_equal(ir->boundaries[0].label, "Data centre");
  assert_string_equal(ir->boundaries[1].label, "Private Secured");
  assert_int_equal(ir->boundaries[1].parent, 0);
  assert_int_equal(ir->boundaries[1].depth, 1);
  assert_string_equal(ir_prop(&ir->boundaries[1].props, "trust"), "4");
  assert_string_equal(ir_prop(&ir->boundaries[2].props, "trust"), "0");
  assert_string_equal(ir_prop(&ir->boundaries[0].props, "trust"), "2");
  assert_int_equal(ir->n_elements, 4);
  assert_string_equal(zone(ir, "db"), "Data centre"); /* through vpc */
  assert_string_equal(ir_prop(&ir_element(ir, "db")->props, "otm.parent"), "vpc");
  assert_string_equal(ir_element(ir, "db")->shape, "cylinder");
  assert_string_equal(ir_element(ir, "user")->shape, "box");
  assert_string_equal(ir_element(ir, "api")->shape, "ellipse");
  assert_string_equal(ir_prop(&ir_element(ir, "db")->props, "data"), "Card data");
  assert_string_equal(ir_prop(&ir_element(ir, "db")->props, "sensitivity"), "secret");
  assert_string_equal(ir_prop(&ir_element(ir, "db")->props, "threat.1"),
                      "mitigated; ; Tampering; SQL injection");
  assert_string_equal(ir_prop(&ir_element(ir, "db")->props, "threat.1.mitigation"),
                      "Prepared statements");
  assert_int_equal(ir_element(ir, "db")->loc.line, 26);
  assert_int_equal(ir->n_flows, 1);
  bool warned = false;
  for (uint32_t k = 0; k < d.n; k++)
    warned |= d.v[k].loc.line == 44 && strstr(d.v[k].msg, "'nowhere' is not a component");
  assert_true(warned);
  tmc_ir_free(ir);
  tmc_diags_free(&d);
}

static void json_and_flow_style(void **state) {
  (void)state;
  static const char json[] =
      "{\n  \"otmVersion\": \"0.2.0\",\n  \"project\": {\"name\": \"P\", \"id\": "
      "\"p\"},\n"
      "  \"trustZones\": [{\"id\": \"z\", \"name\": \"Internet\", \"type\": "
      "\"internet\",\n"
      "                  \"risk\": {\"trustRating\": 10}}],\n"
      "  \"components\": [{\"id\": \"a\", \"name\": \"A\", \"type\": \"web-client\",\n"
      "                  \"parent\": {\"trustZone\": \"z\"}},\n"
      "                 {\"id\": \"b\", \"name\": \"B\", \"type\": \"queue\",\n"
      "                  \"parent\": {\"trustZone\": \"z\"}}],\n"
      "  \"dataflows\": [{\"id\": \"f\", \"name\": \"F\", \"source\": \"a\", "
      "\"destination\": \"b\",\n                 \"bidirectional\": true}],\n"
      "  \"threats\": [{\"id\": \"t\", \"name\": \"Prompt injection\", \"severity\": "
      "\"High\",\n                \"status\": \"Open\", \"targets\": [\"b\", "
      "\"f\"]}]\n}\n";
  tmc_diags d = TMC_DIAGS_INIT;
  tmc_ir *ir = ir_parse("m.otm", json, sizeof json - 1, &d);
  assert_int_equal(ir->n_elements, 2);
  assert_int_equal(ir->n_flows, 1);
  assert_true(ir->flows[0].bidirectional);
  assert_int_equal(ir_element(ir, "b")->loc.line, 8);
  assert_int_equal(ir_element(ir, "b")->loc.col, 18);
  assert_string_equal(ir_prop(&ir_element(ir, "b")->props, "threat.1"),
                      "Open; High; ; Prompt injection");
  assert_string_equal(ir_prop(&ir->flows[0].props, "threat.1"),
                      "Open; High; ; Prompt injection");
  assert_string_equal(ir_prop(&ir->boundaries[0].props, "otm.type"), "internet");
  tmc_ir_free(ir);
  tmc_diags_free(&d);
  /* YAML flow style: starts like JSON, is not JSON. */
  static const char flow[] =
      "{otmVersion: 0.1.0, project: {name: F, id: f},\n"
      " trustZones: [{id: z, name: Z, risk: {trustRating: 1}}],\n"
      " components: [{id: a, name: A, type: x, parent: {trustZone: z}},\n"
      "              {id: b, name: B, type: y, parent: {trustZone: z}}],\n"
      " dataflows: [{id: f, name: F, source: a, destination: b}]}\n";
  ir = ir_parse("m.otm", flow, sizeof flow - 1, &d);
  assert_int_equal(ir->n_elements, 2);
  assert_int_equal(ir->n_flows, 1);
  assert_int_equal(ir_element(ir, "b")->loc.line, 4);
  tmc_ir_free(ir);
  tmc_diags_free(&d);
}

static void errors_have_lines(void **state) {
  (void)state;
  tmc_diags d = TMC_DIAGS_INIT;
  tmc_ir *ir = NULL;
  static const char bad[] = "otmVersion: 0.1.0\nproject:\n  name: [unclosed\n";
  assert_true(tmc_frontend_parse(&ir, "m.otm", bad, sizeof bad - 1, NULL, &d) < 0);
  assert_non_null(strstr(d.v[0].msg, "not valid YAML"));
  assert_true(d.v[0].loc.line >= 3);
  tmc_diags_free(&d);
  static const char badjson[] = "{\"otmVersion\": \"0.2.0\",\n \"project\": {,}}\n";
  assert_true(tmc_frontend_parse(&ir, "m.otm", badjson, sizeof badjson - 1, NULL, &d) <
              0);
  assert_non_null(strstr(d.v[0].msg, "not valid JSON"));
  assert_int_equal(d.v[0].loc.line, 2);
  tmc_diags_free(&d);
  /* A zone that is its own grandparent: a warning, read at the top. */
  static const char loop[] = "otmVersion: 0.2.0\nproject: {name: L, id: l}\n"
                             "trustZones:\n"
                             "  - {id: a, name: A, parent: {trustZone: b}}\n"
                             "  - {id: b, name: B, parent: {trustZone: a}}\n"
                             "components: []\ndataflows: []\n";
  ir = ir_parse("m.otm", loop, sizeof loop - 1, &d);
  assert_int_equal(ir->n_boundaries, 2);
  assert_true(d.warnings > 0);
  tmc_ir_free(ir);
  tmc_diags_free(&d);
  /* Aliases are not expanded. */
  static const char alias[] =
      "otmVersion: 0.2.0\nproject: {name: &n L, id: l}\n"
      "trustZones: []\ncomponents: [{id: a, name: *n, type: t}]\n";
  ir = ir_parse("m.otm", alias, sizeof alias - 1, &d);
  assert_string_equal(ir->elements[0].label, "a");
  tmc_ir_free(ir);
  tmc_diags_free(&d);
}

/* Writes the OTM report of an analysed IR into out. */
static void export(tmc_ir *ir, tmc_buf *out, tmc_diags *d) {
  tmc_report_ctx ctx = {0};
  assert_int_equal(tmc_backend_for_path("x.otm")->fn(out, ir, &ctx, d), 0);
}

static void export_reads_back_the_same(void **state) {
  (void)state;
  static const char dot[] =
      "digraph g {\n"
      "  subgraph cluster_net { label=\"Internet\"; user [label=\"Customer\", "
      "shape=box]; }\n"
      "  subgraph cluster_dc { label=\"Data centre\"; trust=3;\n"
      "    api [label=\"Orders API\", controls=\"authentication\"];\n"
      "    db [label=\"Orders DB\", shape=cylinder, data=\"pii\"]; }\n"
      "  user -> api [label=\"order\", protocol=https];\n"
      "  api -> db [label=\"store\"];\n"
      "}\n";
  tmc_diags d = TMC_DIAGS_INIT;
  tmc_catalog *cat = NULL;
  assert_int_equal(tmc_catalog_new(&cat, &d), 0);
  tmc_ir *ir = ir_analysed("g.dot", dot, sizeof dot - 1, cat, NULL, &d);
  assert_true(ir->n_findings > 0);
  tmc_buf one = TMC_BUF_INIT, two = TMC_BUF_INIT;
  export(ir, &one, &d);
  assert_non_null(strstr(one.data, "\"otmVersion\": \"0.2.0\""));
  assert_non_null(strstr(one.data, "\"generator\": \"tmc\""));
  tmc_ir *back = ir_analysed("g.otm", one.data, one.len, cat, NULL, &d);
  assert_int_equal(back->n_elements, ir->n_elements);
  assert_int_equal(back->n_flows, ir->n_flows);
  assert_int_equal(back->n_boundaries, ir->n_boundaries);
  assert_int_equal(back->n_findings, ir->n_findings);
  for (uint32_t i = 0; i < ir->n_findings; i++) {
    assert_string_equal(back->findings[i].rule_id, ir->findings[i].rule_id);
    assert_int_equal(back->findings[i].status, ir->findings[i].status);
  }
  for (uint32_t i = 0; i < ir->n_elements; i++) {
    assert_int_equal(back->elements[i].kind, ir->elements[i].kind);
    assert_int_equal(tmc_ir_element_trust(back, i), tmc_ir_element_trust(ir, i));
  }
  export(back, &two, &d);
  assert_int_equal(one.len, two.len);
  assert_memory_equal(one.data, two.data, one.len);
  tmc_buf_free(&one);
  tmc_buf_free(&two);
  tmc_ir_free(back);
  tmc_ir_free(ir);
  tmc_catalog_free(cat);
  tmc_diags_free(&d);
}

/* tmc's export of several pages (diagrams): each item on its page again,
 * its page prefix taken off (an element's only where its id repeats across
 * pages, as draw.io's are named), each boundary line on its page; what a
 * hand edit breaks (a page number out of range, a flow joining two pages)
 * is a warning. */
static void pages_come_back(void **state) {
  (void)state;
  static const char two[] =
      "{\"otmVersion\": \"0.2.0\", \"project\": {\"name\": \"M\", \"id\": \"M\", "
      "\"attributes\": {\"generator\": \"tmc\", \"tmc.page.1\": \"P1\", \"tmc.page.2\": "
      "\"P2\", \"tmc.page.2.id\": \"d2\"}},\n"
      " \"trustZones\": [\n"
      "  {\"id\": \"P2/line\", \"name\": \"Vault\", \"attributes\": {\"tmc.line\": "
      "\"450,0 450,300\", \"tmc.page\": \"2\", \"trust\": \"3\"}}],\n"
      " \"components\": [\n"
      "  {\"id\": \"P1/x\", \"name\": \"A\", \"attributes\": {\"tmc.page\": \"1\", "
      "\"tmc.geom\": \"0,0,10,10\"}},\n"
      "  {\"id\": \"P2/x\", \"name\": \"B\", \"attributes\": {\"tmc.page\": \"2\", "
      "\"tmc.geom\": \"300,100,100,100\"}},\n"
      "  {\"id\": \"P1/y\", \"name\": \"C\", \"attributes\": {\"tmc.page\": \"1\"}},\n"
      "  {\"id\": \"z\", \"name\": \"D\", \"attributes\": {\"tmc.page\": \"2\", "
      "\"tmc.geom\": \"550,100,100,60\"}},\n"
      "  {\"id\": \"w\", \"name\": \"E\", \"attributes\": {\"tmc.page\": \"9\"}}],\n"
      " \"dataflows\": [\n"
      "  {\"id\": \"P2/f\", \"source\": \"P2/x\", \"destination\": \"z\"},\n"
      "  {\"id\": \"P1/g\", \"source\": \"P1/x\", \"destination\": \"z\"}]}\n";
  tmc_diags d = TMC_DIAGS_INIT;
  tmc_ir *ir = ir_parse("m.otm", two, sizeof two - 1, &d);
  assert_int_equal(ir->n_pages, 2);
  assert_string_equal(ir->pages[0].name, "P1");
  assert_string_equal(ir->pages[1].name, "P2");
  assert_string_equal(ir->pages[1].id, "d2");
  assert_int_equal(ir->n_elements, 5);
  /* x repeats across pages: id x, qname as written. */
  assert_string_equal(ir->elements[0].id, "x");
  assert_string_equal(ir->elements[0].qname, "P1/x");
  assert_int_equal(ir->elements[0].page, 0);
  assert_string_equal(ir->elements[1].id, "x");
  assert_int_equal(ir->elements[1].page, 1);
  /* P1/y does not repeat: the author's own id. */
  assert_string_equal(ir->elements[2].id, "P1/y");
  assert_int_equal(ir->elements[3].page, 1);
  assert_int_equal(ir->elements[4].page, 0); /* page 9: the first, warned */
  assert_int_equal(ir->n_boundaries, 1);
  assert_string_equal(ir->boundaries[0].id, "line");
  assert_int_equal(ir->boundaries[0].page, 1);
  assert_int_equal(ir->boundaries[0].form, TMC_BOUNDARY_LINE);
  assert_int_equal(ir->n_flows, 1); /* P1/g joins two pages: warned, no flow */
  assert_string_equal(ir->flows[0].id, "f");
  assert_int_equal(ir->flows[0].page, 1);
  assert_int_equal(d.warnings, 2);
  assert_int_equal(tmc_ir_check(ir, "test", &d), 0);
  tmc_ir_free(ir);
  tmc_diags_free(&d);
  /* A thousand page names and one component: no more pages than items. */
  tmc_buf many = TMC_BUF_INIT;
  tmc_buf_puts(&many, "{\"otmVersion\": \"0.2.0\", \"project\": {\"name\": \"M\", "
                      "\"attributes\": {\"generator\": \"tmc\"");
  for (int k = 1; k <= 1000; k++)
    tmc_buf_printf(&many, ", \"tmc.page.%d\": \"P%d\"", k, k);
  tmc_buf_puts(&many, "}}, \"components\": [{\"id\": \"P2/a\", \"attributes\": "
                      "{\"tmc.page\": \"2\"}}]}");
  ir = ir_parse("m.otm", many.data, many.len, &d);
  assert_int_equal(ir->n_pages, 2);
  assert_int_equal(ir->elements[0].page, 1);
  assert_int_equal(tmc_ir_check(ir, "test", &d), 0);
  tmc_ir_free(ir);
  tmc_diags_free(&d);
  tmc_buf_free(&many);
}

/* Page names are plain one-line text like every other name read (a hand
 * edit or another tool may write a newline, a tab or a novel into one). */
static void page_names_plain(void **state) {
  (void)state;
  tmc_buf b = TMC_BUF_INIT;
  tmc_buf_puts(&b, "{\"otmVersion\": \"0.2.0\", \"project\": {\"name\": \"M\", "
                   "\"attributes\": {\"generator\": \"tmc\", \"tmc.page.1\": "
                   "\"Front\\n\\tend\", \"tmc.page.2\": \"");
  for (int k = 0; k < 300; k++)
    tmc_buf_puts(&b, "x");
  tmc_buf_puts(&b, "\"}}, \"components\": [{\"id\": \"a\", \"attributes\": "
                   "{\"tmc.page\": \"1\"}}, {\"id\": \"b\", \"attributes\": "
                   "{\"tmc.page\": \"2\"}}]}");
  tmc_diags d = TMC_DIAGS_INIT;
  tmc_ir *ir = ir_parse("m.otm", b.data, b.len, &d);
  assert_int_equal(ir->n_pages, 2);
  assert_string_equal(ir->pages[0].name, "Front end");
  assert_true(strlen(ir->pages[1].name) <= 256 + 3);
  assert_non_null(strstr(ir->pages[1].name, "\xe2\x80\xa6")); /* cut: ends with ... */
  assert_int_equal(ir->elements[1].page, 1);
  tmc_ir_free(ir);
  tmc_diags_free(&d);
  tmc_buf_free(&b);
  /* One page: the project's page attribute. */
  static const char one[] =
      "{\"otmVersion\": \"0.2.0\", \"project\": {\"name\": \"M\", \"attributes\": "
      "{\"generator\": \"tmc\", \"page\": \"Main\\r\\npage \"}}, "
      "\"components\": [{\"id\": \"a\"}]}";
  ir = ir_parse("m.otm", one, sizeof one - 1, &d);
  assert_int_equal(ir->n_pages, 1);
  assert_string_equal(ir->pages[0].name, "Main page");
  tmc_ir_free(ir);
  tmc_diags_free(&d);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(yaml_in),           cmocka_unit_test(json_and_flow_style),
      cmocka_unit_test(errors_have_lines), cmocka_unit_test(export_reads_back_the_same),
      cmocka_unit_test(pages_come_back),   cmocka_unit_test(page_names_plain),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
