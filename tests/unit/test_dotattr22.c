/* test_dotattr22.c - what exported graphs say in node attributes (the
 * exports pass, catalogs/attributes.yaml's zone and tech and the names
 * exporters write for them): zone= and its kin make trust boundaries whose
 * names decide their trust (in other languages too), free-text tech= is
 * read as the label's words, in DOT and in draw.io custom properties; the
 * drawing wins over an attribute; Graphviz's group= (a layout hint) and
 * lifecycle or tier attributes make no zone; a tool people use on a page
 * with no LLM or agent code is an application. Wordings are this file's
 * own (blind21's laurentide export is French; these are English, German,
 * Spanish and Italian). */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "catalog/attributes.h"
#include "drawio_macros.h"
#include "engine_helpers.h"

static const tmc_boundary *zone_of(const tmc_ir *ir, const char *id) {
  uint32_t b = ir->elements[elem(ir, id)].boundary;
  return b == TMC_NONE ? NULL : &ir->boundaries[b];
}

/* A draw.io shape with custom properties (Edit Data), as draw.io saves it:
 * an <object> around its cell. */
#define OBJ(id, label, props, style, x, y)                                               \
  "<object id=\"" id "\" label=\"" label "\" " props "><mxCell style=\"" style           \
  "\" vertex=\"1\" parent=\"1\"><mxGeometry x=\"" #x "\" y=\"" #y                        \
  "\" width=\"120\" height=\"60\" as=\"geometry\"/></mxCell></object>"

/* A networkx/pydot export (numeric ids, no clusters): trust_zone= groups
 * the nodes, each zone's name decides its trust, the outside's people are
 * external; free-text tech= decides the store and the registry. */
static void test_zone_attribute_dot(void **state) {
  (void)state;
  static const char dot[] =
      "strict digraph \"\" {\n"
      "0 [label=\"Shoppers\", trust_zone=Internet, tech=\"browser, iOS app\"];\n"
      "1 [label=\"Storefront\", trust_zone=DMZ, tech=\"nginx 1.25\"];\n"
      "2 [label=\"Orders\", trust_zone=\"Internal network\", tech=\"PostgreSQL 15\"];\n"
      "3 [label=\"Recommender\", trust_zone=\"internal  NETWORK \", tech=\"LightGBM\"];\n"
      "4 [label=\"Model store\", trust_zone=\"ML cluster\", tech=\"MLflow 2.x\"];\n"
      "0 -> 1; 1 -> 2; 2 -> 3; 4 -> 3; 3 -> 1;\n"
      "}\n";
  tmc_ir *ir = analyse_with(dot, cat, NULL);
  assert_non_null(ir);
  const tmc_boundary *in = zone_of(ir, "0"), *dmz = zone_of(ir, "1"),
                     *own = zone_of(ir, "2"), *ml = zone_of(ir, "4");
  assert_non_null(in);
  assert_non_null(dmz);
  assert_non_null(own);
  assert_non_null(ml);
  assert_ptr_equal(zone_of(ir, "3"), own); /* case and spaces aside, one zone */
  assert_int_equal(in->trust, 0);
  assert_int_equal(dmz->trust, 1);
  assert_int_equal(own->trust, 2);
  assert_false(own->grouping);
  assert_int_equal(own->zone_source, TMC_SOURCE_ATTRIBUTE);
  assert_int_equal(ir->n_boundaries, 4);
  assert_int_equal(kind_at(ir, "0"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "2"), TMC_KIND_DATA_STORE);
  assert_int_equal(kind_at(ir, "4"), TMC_KIND_MODEL_REGISTRY);
  /* the free text reads as an aside; no warning about it */
  assert_non_null(strstr(ir->elements[elem(ir, "2")].label, "(PostgreSQL 15)"));
  for (uint32_t i = 0; i < diags.n; i++)
    assert_null(strstr(diags.v[i].msg, "unknown tech"));
  /* crossings: the outside into the DMZ */
  assert_true(ir->flows[flow(ir, "0", "1")].n_crossed > 0);
  assert_false(ir->flows[flow(ir, "2", "3")].n_crossed > 0);
  tmc_ir_free(ir);
}

/* The same in draw.io custom properties, with other exporters' names
 * (security_zone=, technology=) and German zone names. */
static void test_zone_attribute_drawio(void **state) {
  (void)state;
  static const char xml[] =
      HEAD OBJ("k", "Kunden", "security_zone=\"Öffentliches Netz\"", CARD, 0, 0)
          OBJ("w", "Webshop",
              "security_zone=\"Internes Netz\" technology=\"Spring Boot 3\"", CARD, 300,
              0) OBJ("s", "Suche",
                     "security_zone=\"Internes Netz\" technology=\"OpenSearch 2.11\"",
                     CARD, 600, 0) E("e1", "k", "w") E("e2", "w", "s") TAIL;
  tmc_ir *ir = drawio_analysed(xml, NULL);
  const tmc_boundary *pub = zone_of(ir, "k"), *own = zone_of(ir, "w");
  assert_non_null(pub);
  assert_non_null(own);
  assert_ptr_equal(zone_of(ir, "s"), own);
  assert_int_equal(pub->trust, 0);
  assert_int_equal(own->trust, 2);
  assert_int_equal(kind_at(ir, "k"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "s"), TMC_KIND_DATA_STORE);
  assert_int_equal(kind_at(ir, "w"), TMC_KIND_PROCESS);
  assert_true(ir->flows[flow(ir, "k", "w")].n_crossed > 0);
  tmc_ir_free(ir);
}

/* Mermaid carries the same in %% tmc: comments (Spanish zone names). */
static void test_zone_attribute_mermaid(void **state) {
  (void)state;
  static const char mmd[] =
      "flowchart LR\n"
      "  c[Clientes] --> p[Portal]\n"
      "  p --> b[(Búsqueda)]\n"
      "  %% tmc: c zone=\"Red pública\"\n"
      "  %% tmc: p network_zone=\"Red interna\"\n"
      "  %% tmc: b network_zone=\"red  interna\" tech=\"Elasticsearch 8\"\n";
  reset_diags();
  tmc_ir *ir = ir_analysed("t.mmd", mmd, strlen(mmd), cat, NULL, &diags);
  assert_non_null(ir);
  assert_int_equal(zone_of(ir, "c")->trust, 0);
  assert_int_equal(zone_of(ir, "p")->trust, 2);
  assert_ptr_equal(zone_of(ir, "b"), zone_of(ir, "p"));
  assert_int_equal(kind_at(ir, "c"), TMC_KIND_EXTERNAL);
  tmc_ir_free(ir);
}

/* The drawing wins: a node inside a cluster keeps it whatever its zone=
 * says; one outside every cluster joins the cluster its value names
 * (cluster_dmz, labelled "DMZ"), else gets a zone of its own. The same in
 * draw.io: a shape inside a drawn container stays there. */
static void test_drawing_wins(void **state) {
  (void)state;
  static const char dot[] =
      "digraph d {\n"
      " subgraph cluster_dmz { label=\"DMZ\"; gw [label=\"Gateway\", "
      "zone=internal]; }\n"
      " api [label=\"API\", zone=dmz];\n"
      " db [shape=cylinder, label=\"Ledger\", zone=\"core banking\"];\n"
      " gw -> api; api -> db;\n"
      "}\n";
  tmc_ir *ir = analyse_with(dot, cat, NULL);
  assert_non_null(ir);
  const tmc_boundary *dmz = zone_of(ir, "gw");
  assert_non_null(dmz);
  assert_string_equal(dmz->id, "cluster_dmz");
  assert_ptr_equal(zone_of(ir, "api"), dmz);
  assert_non_null(zone_of(ir, "db"));
  assert_string_equal(zone_of(ir, "db")->label, "core banking");
  assert_int_equal(ir->n_boundaries, 2);
  tmc_ir_free(ir);
  static const char xml[] = HEAD ZONE(
      "z", "Partner network", 0, 0, 400,
      200) "<object id=\"p\" label=\"Partner API\" zone=\"internal\"><mxCell "
           "style=\"" CARD
           "\" vertex=\"1\" parent=\"z\"><mxGeometry x=\"20\" y=\"40\" width=\"120\" "
           "height=\"60\" as=\"geometry\"/></mxCell></object>" OBJ(
               "o", "Orders service", "zone=\"internal\"", CARD, 600, 0) E("e1", "p", "o")
               TAIL;
  ir = drawio_analysed(xml, NULL);
  assert_string_equal(zone_of(ir, "p")->label, "Partner network");
  assert_string_equal(zone_of(ir, "o")->label, "internal");
  tmc_ir_free(ir);
}

/* Quiet: Graphviz's group= (nodes kept in line), layer=, and lifecycle or
 * tier attributes exporters write (env=, tier=) make no zone, nor does a
 * placeholder zone value; an exact technology name stays that technology,
 * the label unchanged; free text naming nothing tmc knows is warned about. */
static void test_quiet(void **state) {
  (void)state;
  static const char dot[] =
      "digraph d {\n"
      " a [label=\"Checkout\", group=backend, env=production, tier=web];\n"
      " b [label=\"Payments\", group=backend, zone=\"-\", tech=web_application];\n"
      " c [shape=cylinder, label=\"Carts\", layer=data, zone=\"n/a\", tech=\"Zorblax "
      "3\"];\n"
      " d [label=\"Reports\", tech=\"sql-databse\"];\n"
      " a -> b; b -> c;\n"
      "}\n";
  tmc_ir *ir = analyse_with(dot, cat, NULL);
  assert_non_null(ir);
  assert_int_equal(ir->n_boundaries, 0);
  const tmc_element *b = &ir->elements[elem(ir, "b")];
  assert_string_equal(b->label, "Payments");
  assert_int_equal(b->tech, TMC_TECH_WEB_APPLICATION);
  bool warned = false;
  for (uint32_t i = 0; i < diags.n; i++)
    warned |= strstr(diags.v[i].msg, "unknown tech 'Zorblax 3'") != NULL;
  assert_true(warned);
  assert_int_equal(kind_at(ir, "c"), TMC_KIND_DATA_STORE);
  /* a misspelt technology name is a typo, not free text: no aside */
  assert_string_equal(ir->elements[elem(ir, "d")].label, "Reports");
  tmc_ir_free(ir);
}

/* The catalog's also: names: known as the attribute (no warning), read in
 * the catalog's order when the attribute's own name is absent. */
static void test_also_names(void **state) {
  (void)state;
  const tmc_attrs *v = tmc_catalog_attributes(cat);
  assert_string_equal(tmc_attrs_find(v, "trust_zone")->name, "zone");
  assert_string_equal(tmc_attrs_find(v, "technology")->name, "tech");
  assert_null(tmc_attrs_find(v, "tier"));
  tmc_ir *ir = analyse_with("digraph d { a [vpc=\"vpc-prod\", subnet=\"private-a\"]; "
                            "b [zone=dmz, trust_zone=internal]; a -> b; }",
                            cat, "exports");
  assert_non_null(ir);
  const char *key = NULL;
  assert_string_equal(
      tmc_attrs_value(v, &ir->elements[elem(ir, "a")].props, "zone", &key), "private-a");
  assert_string_equal(key, "subnet");
  assert_string_equal(zone_of(ir, "b")->label, "dmz");
  tmc_ir_free(ir);
}

/* Zone names in other languages decide trust in a cluster as in an
 * attribute: Spanish, Italian, French. Quiet: a zone that names no trust
 * (a branch office) takes the default. */
static void test_trust_words(void **state) {
  (void)state;
  static const char dot[] =
      "digraph d {\n"
      " subgraph cluster_a { label=\"Red pública\"; u [shape=box, label=\"Usuarios\"]; "
      "}\n"
      " subgraph cluster_b { label=\"Rete interna\"; s [label=\"Servizio ordini\"]; }\n"
      " subgraph cluster_c { label=\"Zone démilitarisée\"; p [label=\"Proxy\"]; }\n"
      " subgraph cluster_d { label=\"Agence de Lyon\"; q [label=\"Poste de caisse\"]; }\n"
      " u -> p; p -> s; q -> s;\n"
      "}\n";
  tmc_ir *ir = analyse_with(dot, cat, NULL);
  assert_non_null(ir);
  assert_int_equal(zone_of(ir, "u")->trust, 0);
  assert_int_equal(zone_of(ir, "s")->trust, 2);
  assert_int_equal(zone_of(ir, "p")->trust, 1);
  assert_int_equal(zone_of(ir, "q")->trust, 1);
  assert_string_equal(zone_of(ir, "q")->trust_reason,
                      "default: inside a boundary, outside is trust 0");
  tmc_ir_free(ir);
}

/* A "tool" people use directly on a page that draws no LLM and no agent
 * code is their application (an annotation tool, an Italian "strumento di
 * revisione"); quiet: where an LLM agent calls a tool, a tool it stays. */
static void test_people_tools(void **state) {
  (void)state;
  static const char dot[] =
      "digraph d {\n"
      " ann [shape=box, label=\"Annotators\"];\n"
      " rev [shape=box, label=\"Revisori\"];\n"
      " lt [label=\"Annotation tool\"];\n"
      " st [label=\"Strumento di revisione\"];\n"
      " ds [shape=cylinder, label=\"Training set\"];\n"
      " tr [label=\"Training job\"];\n"
      " reg [shape=cylinder, label=\"Model registry\"];\n"
      " ann -> lt; rev -> st; lt -> ds; st -> ds; ds -> tr; tr -> reg;\n"
      "}\n";
  tmc_ir *ir = analyse_with(dot, cat, NULL);
  assert_non_null(ir);
  assert_int_equal(kind_at(ir, "lt"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "st"), TMC_KIND_PROCESS);
  tmc_ir_free(ir);
  static const char agent[] = "digraph d {\n"
                              " u [shape=box, label=\"Staff\"];\n"
                              " ag [label=\"Support agent (LangGraph)\"];\n"
                              " llm [label=\"GPT-4o\"];\n"
                              " t [label=\"Refund tool\"];\n"
                              " u -> ag; ag -> llm; ag -> t; u -> t;\n"
                              "}\n";
  ir = analyse_with(agent, cat, NULL);
  assert_non_null(ir);
  assert_int_equal(kind_at(ir, "t"), TMC_KIND_AGENT_TOOL);
  tmc_ir_free(ir);
}

/* review22: a boundary the attribute makes never takes the id of a drawn
 * one (a cluster named "zone=dmz", a draw.io container whose cell id is
 * "zone=internal"): back ends name boundaries by id (OTM's trust zones and
 * the parents of elements), so one id must not name two zones. A value
 * naming the drawn boundary itself still joins it. */
static bool ids_distinct(const tmc_ir *ir) {
  for (uint32_t i = 0; i < ir->n_boundaries; i++)
    for (uint32_t j = i + 1; j < ir->n_boundaries; j++)
      if (ir->boundaries[i].page == ir->boundaries[j].page &&
          strcmp(ir->boundaries[i].id, ir->boundaries[j].id) == 0)
        return false;
  return true;
}

static void test_zone_id_collision(void **state) {
  (void)state;
  static const char dot[] =
      "digraph d {\n"
      " subgraph \"zone=dmz\" { cluster=true; label=\"Outer\"; a [label=\"Gateway\"]; }\n"
      " subgraph \"zone=dmz (2)\" { cluster=true; label=\"Second\"; b [label=\"Proxy\"]; "
      "}\n"
      " c [label=\"API\", zone=dmz];\n"
      " d [label=\"Worker\", zone=\"dmz (2)\"];\n"
      " e [label=\"Cache\", zone=\"Outer\"];\n"
      " a -> b; b -> c; c -> d; d -> e;\n"
      "}\n";
  tmc_ir *ir = analyse_with(dot, cat, NULL);
  assert_non_null(ir);
  assert_true(ids_distinct(ir));
  assert_string_equal(zone_of(ir, "c")->label, "dmz");
  assert_string_equal(zone_of(ir, "c")->id, "zone=dmz (3)");
  assert_string_equal(zone_of(ir, "d")->label, "dmz (2)");
  assert_ptr_equal(zone_of(ir, "e"), zone_of(ir, "a"));
  tmc_ir_free(ir);
  static const char xml[] = HEAD ZONE("zone=internal", "Partner network", 0, 0, 400, 200)
      OBJ("o", "Orders service", "zone=\"internal\"", CARD, 600, 0) TAIL;
  ir = drawio_analysed(xml, NULL);
  assert_non_null(ir);
  assert_true(ids_distinct(ir));
  assert_string_equal(zone_of(ir, "o")->label, "internal");
  assert_string_equal(zone_of(ir, "o")->id, "zone=internal (2)");
  tmc_ir_free(ir);
}

/* review22: thousands of distinct zone values beside thousands of clusters
 * (a pathological export): each value still finds the cluster it names, or
 * makes its own zone; the lookup is a binary search, not a walk of every
 * cluster per value (no time is asserted; the case guards the answers). */
static void test_many_zones(void **state) {
  (void)state;
  enum { N = 2000 };
  tmc_buf b = TMC_BUF_INIT;
  tmc_buf_printf(&b, "digraph d {\n");
  for (int i = 0; i < N; i++)
    tmc_buf_printf(&b, "subgraph cluster_%d { label=\"Area %d\"; c%d; }\n", i, i, i);
  for (int i = 0; i < N; i++)
    tmc_buf_printf(&b, "z%d [zone=\"%s %d\"];\n", i, i % 2 ? "area" : "zone", i);
  tmc_buf_printf(&b, "}\n");
  tmc_ir *ir = analyse_with(b.data, cat, NULL);
  assert_non_null(ir);
  assert_ptr_equal(zone_of(ir, "z1"), zone_of(ir, "c1"));
  assert_ptr_equal(zone_of(ir, "z1999"), zone_of(ir, "c1999"));
  assert_string_equal(zone_of(ir, "z0")->label, "zone 0");
  assert_string_equal(zone_of(ir, "z1998")->label, "zone 1998");
  assert_int_equal(ir->n_boundaries, N + N / 2);
  tmc_ir_free(ir);
  tmc_buf_free(&b);
}

/* review22: a tech= longer than a product name or two is a description:
 * not read as the label's words, so the label keeps the front end's cut
 * (a 200 KB tech= had grown every label pass's work quadratically); a
 * shorter free text still is. */
static void test_long_tech(void **state) {
  (void)state;
  tmc_buf b = TMC_BUF_INIT;
  tmc_buf_printf(&b, "digraph d {\n a [label=\"Search\", tech=\"");
  for (int i = 0; i < 60; i++)
    tmc_buf_printf(&b, "node%d ", i);
  tmc_buf_printf(
      &b, "\"];\n s [label=\"Store\", tech=\"Elasticsearch 7.17\"];\n a -> s;\n}\n");
  tmc_ir *ir = analyse_with(b.data, cat, NULL);
  assert_non_null(ir);
  assert_string_equal(ir->elements[elem(ir, "a")].label, "Search");
  assert_string_equal(ir->elements[elem(ir, "s")].label, "Store (Elasticsearch 7.17)");
  tmc_ir_free(ir);
  tmc_buf_free(&b);
}

/* review22: a value of nothing but Unicode blanks (a no-break space, an em
 * space) or of bytes the repair replaced (U+FFFD) names no zone and adds no
 * "( )" aside; a value with a letter outside ASCII ("Zône 2") still does. */
static void test_blank_values(void **state) {
  (void)state;
  static const char dot[] =
      "digraph d {\n"
      " a [label=\"API\", zone=\"\xc2\xa0\", tech=\"\xe2\x80\x83\"];\n"
      " b [label=\"DB\", zone=\"\xff\xfe\"];\n"
      " c [label=\"Cache\", zone=\"Z\xc3\xb4ne 2\"];\n"
      " a -> b; b -> c;\n"
      "}\n";
  tmc_ir *ir = analyse_with(dot, cat, NULL);
  assert_non_null(ir);
  assert_null(zone_of(ir, "a"));
  assert_null(zone_of(ir, "b"));
  assert_string_equal(ir->elements[elem(ir, "a")].label, "API");
  assert_non_null(zone_of(ir, "c"));
  assert_string_equal(zone_of(ir, "c")->label, "Z\xc3\xb4ne 2");
  tmc_ir_free(ir);
  static const char xml[] =
      HEAD OBJ("o", "Orders service", "zone=\"&#160;&#8195;\" tech=\"&#12288;\"", CARD, 0,
               0) OBJ("p", "Payments", "zone=\"&#65533;\"", CARD, 300, 0) TAIL;
  ir = drawio_analysed(xml, NULL);
  assert_non_null(ir);
  assert_null(zone_of(ir, "o"));
  assert_null(zone_of(ir, "p"));
  assert_string_equal(ir->elements[elem(ir, "o")].label, "Orders service");
  tmc_ir_free(ir);
}

/* A tech= written as a list one per line, with DOT's label escapes (\\n,
 * \\l: Graphviz leaves them as written in an attribute it does not know) or
 * a real line break in a draw.io property, reads as one line "a, b": no
 * raw backslash in the label every report shows; a value of breaks only
 * adds no aside. */
static void test_tech_lines(void **state) {
  (void)state;
  static const char dot[] =
      "digraph d {\n"
      " a [label=\"Booking API\", tech=\"Spring Boot 3\\nJava 21\"];\n"
      " s [label=\"Bookings\", tech=\"MariaDB 11\\l Galera\\l\"];\n"
      " q [label=\"Queue\", tech=\"\\n\\l\"];\n"
      " a -> s; a -> q;\n"
      "}\n";
  tmc_ir *ir = analyse_with(dot, cat, NULL);
  assert_non_null(ir);
  assert_string_equal(ir->elements[elem(ir, "a")].label,
                      "Booking API (Spring Boot 3, Java 21)");
  assert_string_equal(ir->elements[elem(ir, "s")].label, "Bookings (MariaDB 11, Galera)");
  assert_string_equal(ir->elements[elem(ir, "q")].label, "Queue");
  tmc_ir_free(ir);
  static const char xml[] =
      HEAD OBJ("o", "Ledger", "tech=\"Oracle 19c&#10;RAC\"", CARD, 0, 0) TAIL;
  ir = drawio_analysed(xml, NULL);
  assert_non_null(ir);
  assert_string_equal(ir->elements[elem(ir, "o")].label, "Ledger (Oracle 19c, RAC)");
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_zone_attribute_dot),
      cmocka_unit_test(test_zone_attribute_drawio),
      cmocka_unit_test(test_zone_attribute_mermaid),
      cmocka_unit_test(test_drawing_wins),
      cmocka_unit_test(test_quiet),
      cmocka_unit_test(test_trust_words),
      cmocka_unit_test(test_people_tools),
      cmocka_unit_test(test_also_names),
      cmocka_unit_test(test_zone_id_collision),
      cmocka_unit_test(test_many_zones),
      cmocka_unit_test(test_long_tech),
      cmocka_unit_test(test_blank_values),
      cmocka_unit_test(test_tech_lines),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
