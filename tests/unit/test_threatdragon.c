/* test_threatdragon.c - Threat Dragon models: v1 and v2 cells, several
 * diagrams, flows by cell and by id, loose flows, boxes and curves, each
 * property mapping, the authors' threats kept, diagnostics at the cell's
 * line, and a model with cells but no version. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "backends/backends.h"
#include "ir_helpers.h"

#define TD(text, d) ir_parse("m.json", (text), sizeof(text) - 1, (d))

static const char v1[] =
    "{\n"
    "  \"summary\": {\"title\": \"Demo\"},\n"
    "  \"detail\": {\"diagrams\": [{\n"
    "    \"title\": \"Main\", \"diagramType\": \"STRIDE\", \"id\": 0,\n"
    "    \"diagramJson\": {\"cells\": [\n"
    "      {\"type\": \"tm.Actor\", \"id\": \"a1\", \"position\": {\"x\": 10, \"y\": "
    "10},\n"
    "       \"size\": {\"width\": 100, \"height\": 60}, \"attrs\": {\"text\": {\"text\": "
    "\"Browser\"}},\n"
    "       \"outOfScope\": true, \"reasonOutOfScope\": \"the user's own machine\"},\n"
    "      {\"type\": \"tm.Process\", \"id\": \"p1\", \"attrs\": {\"text\": {\"text\": "
    "\"Web\\nApp\"}},\n"
    "       \"isWebApplication\": true, \"privilegeLevel\": \"limited\",\n"
    "       \"threats\": [{\"status\": \"Mitigated\", \"severity\": \"High\", \"type\": "
    "\"Spoofing\",\n"
    "         \"title\": \"Session theft\", \"mitigation\": \"Secure cookies\"},\n"
    "         {\"status\": \"Open\", \"severity\": \"Low\", \"type\": \"Tampering\", "
    "\"title\": \"Forms\"}]},\n"
    "      {\"type\": \"tm.Store\", \"id\": \"s1\", \"attrs\": {\"text\": {\"text\": "
    "\"Config\"}},\n"
    "       \"storesCredentials\": true, \"isALog\": true, \"isEncrypted\": true, "
    "\"isSigned\": true},\n"
    "      {\"type\": \"tm.Flow\", \"id\": \"f1\", \"source\": {\"id\": \"a1\"}, "
    "\"target\": {\"id\": \"p1\"},\n"
    "       \"labels\": [{\"position\": 0.5, \"attrs\": {\"text\": {\"text\": "
    "\"Request\"}}}],\n"
    "       \"protocol\": \"HTTP/S\", \"isEncrypted\": true, \"isPublicNetwork\": "
    "true},\n"
    "      {\"type\": \"tm.Flow\", \"id\": \"f2\", \"source\": {\"x\": 1, \"y\": 2}, "
    "\"target\": {\"id\": \"s1\"}},\n"
    "      {\"type\": \"tm.Boundary\", \"id\": \"b1\", \"source\": {\"x\": 0, \"y\": "
    "0},\n"
    "       \"vertices\": [{\"x\": 50, \"y\": 40}], \"target\": {\"x\": 100, \"y\": "
    "200}}\n"
    "    ]}\n"
    "  }]}\n"
    "}\n";

static void version_1(void **state) {
  (void)state;
  tmc_diags d = TMC_DIAGS_INIT;
  tmc_ir *ir = TD(v1, &d);
  assert_string_equal(ir->format->name, "threatdragon");
  assert_string_equal(ir->title, "Demo");
  assert_int_equal(ir->n_pages, 1);
  assert_string_equal(ir->pages[0].name, "Main");
  assert_int_equal(ir->n_elements, 3);
  assert_string_equal(ir_element(ir, "a1")->label, "Browser");
  assert_string_equal(ir_element(ir, "a1")->shape, "box");
  assert_string_equal(ir_element(ir, "p1")->label, "Web App");
  assert_string_equal(ir_element(ir, "p1")->shape, "ellipse");
  assert_string_equal(ir_element(ir, "s1")->shape, "cylinder");
  assert_int_equal(ir_element(ir, "a1")->loc.line, 6);
  assert_true(ir_element(ir, "a1")->has_geom);
  assert_true(ir_element(ir, "a1")->geom.w == 100);
  /* One flow: the other has a loose end, a warning naming the cell. */
  assert_int_equal(ir->n_flows, 1);
  assert_string_equal(ir->flows[0].label, "Request");
  bool warned = false;
  for (uint32_t k = 0; k < d.n; k++)
    warned |= d.v[k].loc.line == 19 && strstr(d.v[k].msg, "(f2)") &&
              strstr(d.v[k].msg, "source end");
  assert_true(warned);
  /* A curve is a boundary line through its points. */
  assert_int_equal(ir->n_boundaries, 1);
  assert_int_equal(ir->boundaries[0].form, TMC_BOUNDARY_LINE);
  assert_int_equal(ir->boundaries[0].n_pts, 3);
  tmc_ir_free(ir);
  tmc_diags_free(&d);
}

static void properties_map_onto_the_vocabulary(void **state) {
  (void)state;
  tmc_diags d = TMC_DIAGS_INIT;
  tmc_ir *ir = TD(v1, &d);
  const tmc_flow *f = &ir->flows[0];
  assert_string_equal(ir_prop(&f->props, "protocol"), "https"); /* HTTP/S */
  assert_string_equal(ir_prop(&f->props, "encrypted"), "true");
  assert_string_equal(ir_prop(&f->props, "td.isPublicNetwork"), "true");
  const tmc_element *s = ir_element(ir, "s1");
  assert_string_equal(ir_prop(&s->props, "data"), "credentials,logs");
  assert_string_equal(ir_prop(&s->props, "controls"),
                      "encryption_at_rest,message_signing");
  const tmc_element *p = ir_element(ir, "p1");
  assert_string_equal(ir_prop(&p->props, "tech"), "web_application");
  assert_string_equal(ir_prop(&p->props, "td.privilegeLevel"), "limited");
  const tmc_element *a = ir_element(ir, "a1");
  assert_string_equal(ir_prop(&a->props, "td.outOfScope"), "the user's own machine");
  /* The authors' threats are kept, status first. */
  assert_string_equal(ir_prop(&p->props, "threat.1"),
                      "Mitigated; High; Spoofing; Session theft");
  assert_string_equal(ir_prop(&p->props, "threat.1.mitigation"), "Secure cookies");
  assert_string_equal(ir_prop(&p->props, "threat.2"), "Open; Low; Tampering; Forms");
  /* The vocab pass reads them as it reads DOT attributes. */
  tmc_pass_opts po = TMC_PASS_OPTS_INIT;
  assert_int_equal(tmc_analyse(ir, &po, "vocab", &d), 0);
  assert_int_equal(ir->flows[0].encrypted, TMC_TRI_YES);
  assert_string_equal(ir->flows[0].protocol, "https");
  tmc_ir_free(ir);
  tmc_diags_free(&d);
}

static const char v2[] =
    "{\"version\": \"2.3.0\", \"summary\": {\"title\": \"CMS\"},\n"
    " \"detail\": {\"diagrams\": [\n"
    "  {\"title\": \"One\", \"diagramType\": \"STRIDE\", \"cells\": [\n"
    "   {\"shape\": \"trust-boundary-box\", \"id\": \"box\", \"zIndex\": -1,\n"
    "    \"position\": {\"x\": 0, \"y\": 0}, \"size\": {\"width\": 400, \"height\": "
    "300},\n"
    "    \"data\": {\"type\": \"tm.BoundaryBox\", \"name\": \"Internal network\"}},\n"
    "   {\"shape\": \"actor\", \"id\": \"u\", \"position\": {\"x\": 500, \"y\": 50},\n"
    "    \"size\": {\"width\": 100, \"height\": 60},\n"
    "    \"data\": {\"type\": \"tm.Actor\", \"name\": \"Customer\", \"threats\": []}},\n"
    "   {\"shape\": \"process\", \"id\": \"api\", \"position\": {\"x\": 50, \"y\": 50},\n"
    "    \"size\": {\"width\": 100, \"height\": 100},\n"
    "    \"data\": {\"type\": \"tm.Process\", \"name\": \"API\", \"handlesCardPayment\": "
    "true,\n"
    "     \"description\": \"Takes orders.\\ntmc: type=llm sensitivity=confidential "
    "note=\\\"two "
    "words\\\"\"}},\n"
    "   {\"shape\": \"store\", \"id\": \"db\", \"position\": {\"x\": 50, \"y\": 200},\n"
    "    \"size\": {\"width\": 100, \"height\": 50},\n"
    "    \"data\": {\"type\": \"tm.Store\", \"name\": \"Orders\", \"isEncrypted\": "
    "false}},\n"
    "   {\"shape\": \"flow\", \"id\": \"f1\", \"source\": {\"cell\": \"u\", \"port\": "
    "\"p\"},\n"
    "    \"target\": {\"cell\": \"api\"}, \"data\": {\"type\": \"tm.Flow\", \"name\": "
    "\"order\",\n"
    "    \"isBidirectional\": true, \"protocol\": \"HTTPS\", \"isEncrypted\": true}},\n"
    "   {\"shape\": \"td-text-block\", \"id\": \"t\", \"data\": {\"type\": "
    "\"tm.Text\"}}\n"
    "  ]},\n"
    "  {\"title\": \"Two\", \"diagramType\": \"LINDDUN\", \"cells\": [\n"
    "   {\"shape\": \"process\", \"id\": \"api\", \"data\": {\"type\": \"tm.Process\", "
    "\"name\": \"API again\"}}\n"
    "  ]}\n"
    " ]}}\n";

static void version_2_and_several_diagrams(void **state) {
  (void)state;
  tmc_diags d = TMC_DIAGS_INIT;
  tmc_ir *ir = TD(v2, &d);
  assert_int_equal(ir->n_pages, 2);
  assert_string_equal(ir->pages[1].name, "Two");
  assert_int_equal(ir->n_elements, 4); /* the text block is no element */
  assert_int_equal(ir->n_flows, 1);
  assert_true(ir->flows[0].bidirectional);
  assert_string_equal(ir_prop(&ir->flows[0].props, "protocol"), "https");
  assert_string_equal(ir_prop(&ir_element(ir, "api")->props, "data"), "payment");
  assert_string_equal(ir_prop(&ir_element(ir, "api")->props, "type"),
                      "llm"); /* tmc: in the text */
  assert_string_equal(ir_prop(&ir_element(ir, "api")->props, "sensitivity"),
                      "confidential");
  assert_string_equal(ir_prop(&ir_element(ir, "api")->props, "note"), "two words");
  assert_string_equal(ir_prop(&ir_element(ir, "db")->props, "controls"), "(none)");
  assert_int_equal(ir->n_boundaries, 1);
  assert_int_equal(ir->boundaries[0].form, TMC_BOUNDARY_BOX);
  assert_string_equal(ir->boundaries[0].label, "Internal network");
  /* Membership in a box is geometry: the boundaries pass decides. */
  tmc_pass_opts po = TMC_PASS_OPTS_INIT;
  assert_int_equal(tmc_analyse(ir, &po, "boundaries", &d), 0);
  assert_int_equal(ir_element(ir, "api")->boundary, 0);
  assert_int_equal(ir_element(ir, "db")->boundary, 0);
  assert_int_equal(ir_element(ir, "u")->boundary, TMC_NONE);
  assert_true(ir->flows[0].n_crossed > 0);
  tmc_ir_free(ir);
  tmc_diags_free(&d);
}

/* A single diagram saved with cells and no version still reads. */
static void cells_without_version(void **state) {
  (void)state;
  static const char text[] =
      "{\"title\": \"Solo\", \"cells\": [\n"
      "  {\"shape\": \"actor\", \"id\": \"a\", \"data\": {\"name\": \"User\"}},\n"
      "  {\"type\": \"tm.Process\", \"id\": \"b\", \"attrs\": {\"text\": {\"text\": "
      "\"Svc\"}}},\n"
      "  {\"shape\": \"flow\", \"id\": \"f\", \"source\": {\"cell\": \"a\"}, \"target\": "
      "{\"cell\": \"b\"}}\n"
      "]}\n";
  tmc_diags d = TMC_DIAGS_INIT;
  tmc_ir *ir = TD(text, &d);
  assert_int_equal(ir->n_elements, 2);
  assert_int_equal(ir->n_flows, 1);
  assert_string_equal(ir_element(ir, "a")->label, "User");
  tmc_ir_free(ir);
  /* A byte order mark before the JSON is no error. */
  char bom[sizeof text + 3] = "\xEF\xBB\xBF";
  memcpy(bom + 3, text, sizeof text);
  ir = ir_parse("m.json", bom, sizeof bom - 1, &d);
  assert_int_equal(ir->n_elements, 2);
  tmc_ir_free(ir);
  tmc_diags_free(&d);
}

static void errors_have_lines(void **state) {
  (void)state;
  tmc_frontend_opts o = TMC_FRONTEND_OPTS_INIT;
  tmc_diags d = TMC_DIAGS_INIT;
  tmc_ir *ir = NULL;
  static const char bad[] = "{\"detail\": {\"diagrams\": [\n  {\"cells\": [}\n]}}\n";
  assert_true(tmc_frontend_parse(&ir, "m.json", bad, sizeof bad - 1, NULL, &d) < 0);
  assert_int_equal(d.v[0].loc.line, 2);
  assert_true(d.v[0].loc.col > 0);
  assert_non_null(strstr(d.v[0].msg, "not valid JSON"));
  tmc_diags_free(&d);
  static const char dup[] = "{\"diagramJson\": 1,\n \"diagramJson\": 2}\n";
  assert_true(tmc_frontend_parse(&ir, "m.json", dup, sizeof dup - 1, NULL, &d) < 0);
  assert_non_null(strstr(d.v[0].msg, "duplicate"));
  tmc_diags_free(&d);
  static const char other[] = "{\"a\": 1}\n";
  ir = tmc_ir_new("m.json");
  assert_true(tmc_threatdragon_parse(ir, other, sizeof other - 1, &o, &d) < 0);
  assert_non_null(strstr(d.v[0].msg, "not a Threat Dragon model"));
  tmc_ir_free(ir);
  ir = NULL;
  tmc_diags_free(&d);
  /* An unknown cell is a warning with its label and id at its line. */
  static const char odd[] = "{\"cells\": [\n{\"shape\": \"cloud\", \"id\": \"c9\", "
                            "\"data\": {\"name\": \"Sky\"}},\n{\"shape\": \"actor\", "
                            "\"id\": \"a\"}]}\n";
  ir = ir_parse("m.json", odd, sizeof odd - 1, &d);
  assert_int_equal(d.v[0].loc.line, 2);
  assert_non_null(strstr(d.v[0].msg, "'Sky' (c9)"));
  tmc_ir_free(ir);
  tmc_diags_free(&d);
}

static void limits_and_repair(void **state) {
  (void)state;
  tmc_frontend_opts o = TMC_FRONTEND_OPTS_INIT;
  o.max_elements = 2;
  tmc_diags d = TMC_DIAGS_INIT;
  tmc_ir *ir = NULL;
  static const char three[] =
      "{\"cells\": [{\"shape\": \"actor\", \"id\": \"a\"}, {\"shape\": \"actor\", "
      "\"id\": \"b\"}, {\"shape\": \"actor\", \"id\": \"c\"}]}";
  assert_true(tmc_frontend_parse(&ir, "m.json", three, sizeof three - 1, &o, &d) < 0);
  assert_non_null(strstr(d.v[0].msg, "--max-elements"));
  tmc_diags_free(&d);
  /* Deep nesting is refused, not recursed into. */
  tmc_buf deep = TMC_BUF_INIT;
  tmc_buf_puts(&deep, "{\"cells\": [{\"shape\": \"actor\", \"id\": \"a\"}], \"x\": ");
  for (int i = 0; i < 300; i++)
    tmc_buf_puts(&deep, "[");
  for (int i = 0; i < 300; i++)
    tmc_buf_puts(&deep, "]");
  tmc_buf_puts(&deep, "}");
  assert_true(tmc_frontend_parse(&ir, "m.json", deep.data, deep.len, NULL, &d) < 0);
  assert_non_null(strstr(d.v[0].msg, "nest deeper"));
  tmc_buf_free(&deep);
  tmc_diags_free(&d);
  /* Text is repaired at the door (a JSON \u escape of a control). */
  static const char ctl[] =
      "{\"cells\": [{\"shape\": \"actor\", \"id\": \"a\", \"data\": {\"name\": "
      "\"x\\u0007y\\u202e\"}}]}";
  ir = ir_parse("m.json", ctl, sizeof ctl - 1, &d);
  assert_true(tmc_text_is_clean(ir->elements[0].label));
  tmc_ir_free(ir);
  tmc_diags_free(&d);
}

/* The SVG of text (analysed with the built-in catalog), NUL-terminated. */
static char *svg_of(const char *text, size_t len) {
  tmc_catalog *cat = NULL;
  tmc_diags d = TMC_DIAGS_INIT;
  assert_int_equal(tmc_catalog_new(&cat, &d), 0);
  tmc_ir *ir = ir_analysed("m.json", text, len, cat, NULL, &d);
  tmc_report_ctx ctx;
  memset(&ctx, 0, sizeof ctx);
  ctx.catalog = cat;
  ctx.diags = &d;
  tmc_buf b = TMC_BUF_INIT;
  assert_int_equal(tmc_backend_svg(&b, ir, &ctx, &d), 0);
  tmc_buf_putc(&b, 0);
  tmc_ir_free(ir);
  tmc_catalog_free(cat);
  tmc_diags_free(&d);
  return tmc_buf_detach(&b);
}

/* The first point of the first path drawn after the group with this id. */
static void first_point(const char *svg, const char *id, double *x, double *y) {
  char key[64];
  snprintf(key, sizeof key, "id=\"%s\"", id);
  const char *g = strstr(svg, key);
  assert_non_null(g);
  const char *d = strstr(g, "<path d=\"M");
  assert_non_null(d);
  assert_int_equal(sscanf(d + 10, "%lf %lf", x, y), 2);
}

/* A model drawn with positions keeps them in the picture, as draw.io does:
 * shapes, the box and the curve at the author's places (shifted together);
 * a model without positions is laid out by graphviz. */
static void drawn_where_the_author_put_it(void **state) {
  (void)state;
  static const char drawn[] =
      "{\"version\": \"2.2.0\", \"detail\": {\"diagrams\": [{\"title\": \"D\", "
      "\"cells\": [\n"
      "  {\"shape\": \"actor\", \"id\": \"u\", \"position\": {\"x\": 10, \"y\": 100}, "
      "\"size\": {\"width\": 100, \"height\": 60}, \"data\": {\"type\": \"tm.Actor\", "
      "\"name\": \"User\"}},\n"
      "  {\"shape\": \"store\", \"id\": \"s\", \"position\": {\"x\": 600, \"y\": 300}, "
      "\"size\": {\"width\": 100, \"height\": 60}, \"data\": {\"type\": \"tm.Store\", "
      "\"name\": \"Orders\"}},\n"
      "  {\"shape\": \"trust-boundary-box\", \"id\": \"z\", \"position\": {\"x\": 500, "
      "\"y\": 250}, \"size\": {\"width\": 300, \"height\": 200}, \"data\": {\"type\": "
      "\"tm.BoundaryBox\", \"name\": \"Internal\"}},\n"
      "  {\"shape\": \"trust-boundary-curve\", \"id\": \"c\", \"source\": {\"x\": 300, "
      "\"y\": 0}, \"target\": {\"x\": 320, \"y\": 500}, \"data\": {\"type\": "
      "\"tm.Boundary\", \"name\": \"Internet boundary\"}},\n"
      "  {\"shape\": \"flow\", \"id\": \"f\", \"source\": {\"cell\": \"u\"}, \"target\": "
      "{\"cell\": \"s\"}, \"vertices\": [{\"x\": 400, \"y\": 130}], \"data\": {\"type\": "
      "\"tm.Flow\", \"name\": \"order\"}}\n"
      "]}]}}\n";
  char *svg = svg_of(drawn, sizeof drawn - 1);
  double ux, uy, sx, sy, zx, zy, cx, cy;
  first_point(svg, "el-u", &ux, &uy);
  first_point(svg, "el-s", &sx, &sy);
  first_point(svg, "bd-z", &zx, &zy);
  first_point(svg, "bd-c", &cx, &cy);
  /* A rectangle starts at its corner; a cylinder's outline at its top's
   * left end, 7 below it; a rounded box 6 right of its corner. */
  assert_true(sx - ux == 590 && sy - 7 - uy == 200);
  assert_true(zx - 6 - ux == 490 && zy - uy == 150);
  assert_true(cx - ux == 290 && cy - uy == -100);
  free(svg);

  /* The same model without positions: graphviz places the shapes. */
  static const char undrawn[] =
      "{\"version\": \"2.2.0\", \"detail\": {\"diagrams\": [{\"title\": \"D\", "
      "\"cells\": [\n"
      "  {\"shape\": \"actor\", \"id\": \"u\", \"data\": {\"type\": \"tm.Actor\", "
      "\"name\": \"User\"}},\n"
      "  {\"shape\": \"store\", \"id\": \"s\", \"data\": {\"type\": \"tm.Store\", "
      "\"name\": \"Orders\"}},\n"
      "  {\"shape\": \"flow\", \"id\": \"f\", \"source\": {\"cell\": \"u\"}, \"target\": "
      "{\"cell\": \"s\"}, \"data\": {\"type\": \"tm.Flow\", \"name\": \"order\"}}\n"
      "]}]}}\n";
  svg = svg_of(undrawn, sizeof undrawn - 1);
  first_point(svg, "el-u", &ux, &uy);
  first_point(svg, "el-s", &sx, &sy);
  assert_true(ux != sx || uy != sy);
  free(svg);
}

/* A Threat Dragon boundary is drawn with the tool's trust boundary shape:
 * the DFD notation, a zone for a reason (as a dashed Graphviz cluster is), so
 * what lies outside it is outside on purpose: a cron kicker beside a box
 * without a zone word is an entry point; so with a curve. */
static void boundaries_are_zones_for_a_reason(void **state) {
  (void)state;
  static const char box[] =
      "{\"version\": \"2.2.0\", \"detail\": {\"diagrams\": [{\"title\": \"D\", "
      "\"cells\": [\n"
      "  {\"shape\": \"trust-boundary-box\", \"id\": \"w\", \"position\": {\"x\": 200, "
      "\"y\": 0}, \"size\": {\"width\": 400, \"height\": 200}, \"data\": {\"type\": "
      "\"tm.BoundaryBox\", \"name\": \"Workers\"}},\n"
      "  {\"shape\": \"process\", \"id\": \"w1\", \"position\": {\"x\": 250, \"y\": 50}, "
      "\"size\": {\"width\": 80, \"height\": 80}, \"data\": {\"type\": \"tm.Process\", "
      "\"name\": \"Worker one\"}},\n"
      "  {\"shape\": \"process\", \"id\": \"w2\", \"position\": {\"x\": 450, \"y\": 50}, "
      "\"size\": {\"width\": 80, \"height\": 80}, \"data\": {\"type\": \"tm.Process\", "
      "\"name\": \"Worker two\"}},\n"
      "  {\"shape\": \"process\", \"id\": \"k\", \"position\": {\"x\": 10, \"y\": 50}, "
      "\"size\": {\"width\": 80, \"height\": 80}, \"data\": {\"type\": \"tm.Process\", "
      "\"name\": \"Cron kicker\"}},\n"
      "  {\"shape\": \"flow\", \"id\": \"f1\", \"source\": {\"cell\": \"k\"}, "
      "\"target\": "
      "{\"cell\": \"w1\"}, \"data\": {\"type\": \"tm.Flow\", \"name\": \"kick\"}},\n"
      "  {\"shape\": \"flow\", \"id\": \"f2\", \"source\": {\"cell\": \"w1\"}, "
      "\"target\": "
      "{\"cell\": \"w2\"}, \"data\": {\"type\": \"tm.Flow\", \"name\": \"job\"}}\n"
      "]}]}}\n";
  tmc_catalog *cat = NULL;
  tmc_diags d = TMC_DIAGS_INIT;
  assert_int_equal(tmc_catalog_new(&cat, &d), 0);
  tmc_ir *ir = ir_analysed("m.json", box, sizeof box - 1, cat, "reach", &d);
  assert_int_equal(ir->boundaries[0].zone_source, TMC_SOURCE_STYLE);
  assert_string_equal(ir->boundaries[0].zone_evidence,
                      "Threat Dragon trust boundary box");
  assert_true(ir_element(ir, "k")->facts.is_entry);
  assert_false(ir_element(ir, "w2")->facts.is_entry);
  tmc_ir_free(ir);
  tmc_catalog_free(cat);
  tmc_diags_free(&d);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(version_1),
      cmocka_unit_test(properties_map_onto_the_vocabulary),
      cmocka_unit_test(version_2_and_several_diagrams),
      cmocka_unit_test(cells_without_version),
      cmocka_unit_test(errors_have_lines),
      cmocka_unit_test(limits_and_repair),
      cmocka_unit_test(drawn_where_the_author_put_it),
      cmocka_unit_test(boundaries_are_zones_for_a_reason),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
