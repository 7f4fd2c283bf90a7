/* test_dot.c - the DOT front end through tmc_frontend_parse: what cgraph
 * reads ends up in the IR with the right kinds hints, labels, boundaries,
 * memberships, directions and lines; bad input becomes diagnostics. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "frontend/frontend.h"
#include "ir_helpers.h"
#include "passes/passes.h"

static tmc_ir *parse_opts(const char *text, tmc_diags *d, const tmc_frontend_opts *o) {
  tmc_ir *ir = NULL;
  int rc = tmc_frontend_parse(&ir, "t.dot", text, strlen(text), o, d);
  if (rc == 0)
    assert_non_null(ir);
  else
    assert_null(ir);
  return ir;
}

static tmc_ir *parse(const char *text, tmc_diags *d) {
  return parse_opts(text, d, NULL);
}

static tmc_ir *parse_ok(const char *text) {
  tmc_diags d = TMC_DIAGS_INIT;
  tmc_ir *ir = ir_parse("t.dot", text, strlen(text), &d);
  assert_int_equal(d.errors, 0);
  tmc_diags_free(&d);
  return ir;
}

static const tmc_element *el(const tmc_ir *ir, const char *id) {
  uint32_t i = tmc_ir_find_element(ir, 0, id);
  assert_int_not_equal(i, TMC_NONE);
  return &ir->elements[i];
}

/* The front end only records the drawing; the classify pass (with the
 * built-in lexicon) decides what it means. */
static void classify(tmc_ir *ir) {
  tmc_diags d = TMC_DIAGS_INIT;
  assert_int_equal(tmc_pass_classify(ir, NULL, &d), 0);
  tmc_diags_free(&d);
}

static const tmc_flow *flow(const tmc_ir *ir, const char *id) {
  for (uint32_t i = 0; i < ir->n_flows; i++)
    if (strcmp(ir->flows[i].id, id) == 0)
      return &ir->flows[i];
  fail_msg("no flow '%s'", id);
  return NULL;
}

static uint32_t bnd(const tmc_ir *ir, const char *id) {
  for (uint32_t i = 0; i < ir->n_boundaries; i++)
    if (strcmp(ir->boundaries[i].id, id) == 0)
      return i;
  fail_msg("no boundary '%s'", id);
  return TMC_NONE;
}

static void shapes_give_kind_hints(void **state) {
  tmc_ir *ir =
      parse_ok("digraph G {\n"
               "  plain\n"
               "  user [shape=box]\n"
               "  ext [shape=diamond]\n"
               "  cyl [shape=cylinder]\n"
               "  svc [shape=circle]\n"
               "  odd [shape=hexagon]\n"
               "  pytm [shape=none, image=\"x/datastore.png\"]\n"
               "  lb [shape=none, label=lb,\n"
               "      image=\"/u/resources/aws/network/elastic-load-balancing.png\"]\n"
               "  db [shape=none, label=events, image=\"r/gcp/database/sql.png\"]\n"
               "  vm [shape=none, label=worker, image=\"/Users/me/compute/ec2.png\"]\n"
               "}\n");
  assert_ptr_equal(ir->format, &tmc_frontend_find("dot")->format);
  assert_string_equal(ir->title, "G");
  assert_int_equal(ir->n_elements, 10);
  /* The front end records what it saw, and decides nothing. */
  assert_string_equal(el(ir, "plain")->shape, "ellipse");
  assert_string_equal(el(ir, "cyl")->shape, "cylinder");
  assert_true(el(ir, "pytm")->look & TMC_LOOK_IMAGE);
  assert_int_equal(el(ir, "cyl")->shape_source, TMC_SOURCE_NONE);
  assert_int_equal(el(ir, "cyl")->kind_source, TMC_SOURCE_NONE);
  classify(ir);
  /* DOT's default shape is an ellipse: a process. */
  assert_int_equal(el(ir, "plain")->shape_source, TMC_SOURCE_SHAPE);
  assert_int_equal(el(ir, "plain")->shape_kind, TMC_KIND_PROCESS);
  assert_int_equal(el(ir, "user")->shape_kind, TMC_KIND_EXTERNAL);
  /* threatcl draws external entities as diamonds. */
  assert_int_equal(el(ir, "ext")->shape_kind, TMC_KIND_EXTERNAL);
  assert_int_equal(el(ir, "cyl")->shape_kind, TMC_KIND_DATA_STORE);
  assert_int_equal(el(ir, "cyl")->kind_source, TMC_SOURCE_SHAPE);
  assert_string_equal(el(ir, "cyl")->kind_evidence, "cylinder");
  assert_int_equal(el(ir, "svc")->shape_kind, TMC_KIND_PROCESS);
  assert_int_equal(el(ir, "odd")->shape_source, TMC_SOURCE_NONE);
  assert_int_equal(el(ir, "odd")->kind_source, TMC_SOURCE_DEFAULT);
  /* A node drawn as an image is what the image's name says (pytm's
   * datastore.png, a generator's database/sql.png), its technology too; an
   * image whose name says nothing (compute/ec2.png, under a /Users/ home)
   * leaves the words and the default: a process. */
  assert_int_equal(el(ir, "pytm")->shape_kind, TMC_KIND_DATA_STORE);
  assert_int_equal(el(ir, "pytm")->kind_source, TMC_SOURCE_ICON);
  assert_int_equal(el(ir, "db")->kind, TMC_KIND_DATA_STORE);
  assert_string_equal(el(ir, "db")->kind_evidence, "database/sql.png");
  assert_int_equal(el(ir, "db")->tech, TMC_TECH_SQL_DATABASE);
  assert_int_equal(el(ir, "lb")->kind, TMC_KIND_PROCESS);
  assert_int_equal(el(ir, "lb")->tech, TMC_TECH_LOAD_BALANCER);
  assert_int_equal(el(ir, "lb")->tech_source, TMC_SOURCE_SHAPE);
  assert_int_equal(el(ir, "vm")->kind, TMC_KIND_PROCESS);
  assert_int_equal(el(ir, "vm")->tech, TMC_TECH_VM);
  /* Element order is declaration order. */
  assert_string_equal(ir->elements[0].id, "plain");
  assert_string_equal(ir->elements[6].id, "pytm");
  tmc_ir_free(ir);
}

static void labels_become_plain_text(void **state) {
  tmc_ir *ir =
      parse_ok("digraph {\n"
               "  a [label=<<table><tr><td><b>Web</b></td><td>App</td></tr></table>>]\n"
               "  b [label=<Line one<br/>line&nbsp;two &amp; &lt;three&gt;>]\n"
               "  c [label=\"first\\nsecond\\lthird\"]\n"
               "  d [label=\"Node \\N\"]\n"
               "  e [label=\"\", xlabel=\"SQL Database\"]\n"
               "  f\n"
               "  g [label=\"  lots   of\tspace  \"]\n"
               "  h [label=\"con\" + \"cat\"]\n"
               "  a -> b [label=<<i>HTTPS</i>>]\n"
               "}\n");
  assert_string_equal(el(ir, "a")->label, "Web App");
  assert_string_equal(el(ir, "b")->label, "Line one line two & <three>");
  assert_string_equal(el(ir, "c")->label, "first second third");
  assert_string_equal(el(ir, "d")->label, "Node d");
  assert_string_equal(el(ir, "e")->label, "SQL Database"); /* pytm's xlabel */
  assert_string_equal(el(ir, "f")->label, "f");
  assert_string_equal(el(ir, "g")->label, "lots of space");
  assert_string_equal(el(ir, "h")->label, "concat");
  assert_string_equal(flow(ir, "a -> b")->label, "HTTPS");
  /* The raw attributes are kept for the vocabulary pass. */
  assert_non_null(tmc_props_get(&el(ir, "a")->props, "label"));
  tmc_ir_free(ir);
}

/* A record's label is read as its fields, in order, one space apart (as an
 * HTML table's cells are): no braces, bars or port names, escaped bars kept
 * as text; a record with no label shows its name. */
static void record_labels_read_as_fields(void **state) {
  (void)state;
  tmc_ir *ir = parse_ok(
      "digraph {\n"
      "  pay [shape=record, label=\"{<in> payments-svc|<db> Rust|pci\\|scope}\"]\n"
      "  q [shape=Mrecord, label=\"<p0>billing queue | { SQS | FIFO }\"]\n"
      "  r [shape=record]\n"
      "  s [shape=record, label=\"{\\N|edge}\"]\n"
      "  t [shape=box, label=\"{not|a record}\"]\n"
      "  pay:in -> q:p0\n"
      "}\n");
  assert_string_equal(el(ir, "pay")->label, "payments-svc Rust pci|scope");
  assert_string_equal(el(ir, "q")->label, "billing queue SQS FIFO");
  assert_string_equal(el(ir, "r")->label, "r");
  assert_string_equal(el(ir, "s")->label, "s edge");
  assert_string_equal(el(ir, "t")->label, "{not|a record}");
  assert_int_equal(ir->n_flows, 1);
  tmc_ir_free(ir);
}

/* A label of several lines keeps its first line as the name line and the
 * rest as detail lines (issue #14): a record's first field, an escString's
 * first \n or \l line, an HTML label's leading bold run or first row; a
 * label of one line, or an HTML label's newline (a space there), has
 * none. The label stays the whole text. */
static void name_lines_are_kept(void **state) {
  (void)state;
  tmc_ir *ir = parse_ok(
      "digraph {\n"
      "  pay [shape=record, label=\"{<in> payments-svc|<db> Rust|pci\\|scope}\"]\n"
      "  ord [label=\"Order\\nService\"]\n"
      "  tix [label=\"Ticket Router\\l(Go, Cloud Run)\\lassigns tickets\\l\"]\n"
      "  one [label=\"Ledger API\"]\n"
      "  b [label=<<b>Ledger API</b> Go · gRPC>]\n"
      "  t [label=<<table><tr><td>Billing</td></tr><tr><td>Java 21</td></tr></table>>]\n"
      "  h [label=<Billing\nworker>]\n"
      "}\n");
  assert_string_equal(el(ir, "pay")->name_line, "payments-svc");
  assert_string_equal(el(ir, "pay")->detail_lines, "Rust\npci|scope");
  assert_string_equal(el(ir, "pay")->label, "payments-svc Rust pci|scope");
  assert_string_equal(el(ir, "ord")->name_line, "Order");
  assert_string_equal(el(ir, "ord")->detail_lines, "Service");
  assert_string_equal(el(ir, "tix")->name_line, "Ticket Router");
  assert_string_equal(el(ir, "tix")->detail_lines, "(Go, Cloud Run)\nassigns tickets");
  assert_null(el(ir, "one")->name_line);
  assert_null(el(ir, "one")->detail_lines);
  assert_string_equal(el(ir, "b")->name_line, "Ledger API");
  assert_string_equal(el(ir, "b")->detail_lines, "Go · gRPC");
  assert_string_equal(el(ir, "t")->name_line, "Billing");
  assert_null(el(ir, "h")->name_line);
  tmc_ir_free(ir);
}

/* Labels past --max-label are cut, each with a warning of its own at its
 * line naming its owner; labels under the cap say nothing. */
static void long_labels_are_cut(void **state) {
  tmc_buf t = TMC_BUF_INIT;
  tmc_buf_puts(&t, "digraph {\n  a [label=\"");
  for (int i = 0; i < 30000; i++)
    tmc_buf_putc(&t, 'x');
  tmc_buf_puts(&t, "\"]\n  b [label=\"short\"]\n  subgraph cluster_z { label=\"");
  for (int i = 0; i < 5000; i++)
    tmc_buf_putc(&t, 'z');
  tmc_buf_puts(&t, "\"; c }\n  a -> b [label=\"");
  for (int i = 0; i < 5000; i++)
    tmc_buf_putc(&t, 'e');
  tmc_buf_puts(&t, "\"]\n}\n");
  tmc_frontend_opts opts = TMC_FRONTEND_OPTS_INIT;
  tmc_diags d = TMC_DIAGS_INIT;
  tmc_ir *ir = parse_opts(t.data, &d, &opts);
  assert_non_null(ir);
  /* max_label bytes then an ellipsis. */
  assert_int_equal(strlen(el(ir, "a")->label), opts.max_label + 3);
  assert_int_equal(strlen(ir->boundaries[0].label), opts.max_label + 3);
  assert_int_equal(strlen(ir->flows[0].label), opts.max_label + 3);
  assert_int_equal(d.warnings, 3);
  assert_string_equal(d.v[0].msg,
                      "node 'a': label longer than 4096 bytes cut short (raise with "
                      "--max-label)");
  assert_int_equal(d.v[0].loc.line, 2);
  assert_string_equal(d.v[1].msg, "cluster 'cluster_z': label longer than 4096 bytes cut "
                                  "short (raise with --max-label)");
  assert_int_equal(d.v[1].loc.line, 4);
  assert_string_equal(d.v[2].msg,
                      "edge 'a -> b': label longer than 4096 bytes cut short (raise with "
                      "--max-label)");
  assert_int_equal(d.v[2].loc.line, 5);
  tmc_ir_free(ir);
  tmc_diags_free(&d);
  tmc_buf_free(&t);
}

static void clusters_nest_in_declaration_order(void **state) {
  tmc_ir *ir = parse_ok("digraph {\n"
                        "  subgraph cluster_z { label=\"Zone Z\"; z1 }\n" /* 2 */
                        "  subgraph cluster_a {\n"                        /* 3 */
                        "    label=<<i>Corporate</i>>\n"
                        "    a1\n"
                        "    subgraph cluster_inner { trust=3; a2 }\n" /* 6 */
                        "  }\n"
                        "  subgraph plain { p1 }\n"
                        "  subgraph Cluster_caps { c1 }\n"                  /* 9 */
                        "  subgraph { cluster=true; label=\"anon\"; x1 }\n" /* 10 */
                        "  outside\n"
                        "}\n");
  /* Declaration order, whatever cgraph's internal order is. */
  assert_int_equal(ir->n_boundaries, 5);
  assert_string_equal(ir->boundaries[0].id, "cluster_z");
  assert_string_equal(ir->boundaries[1].id, "cluster_a");
  assert_string_equal(ir->boundaries[2].id, "cluster_inner");
  assert_string_equal(ir->boundaries[3].id, "Cluster_caps");
  uint32_t z = bnd(ir, "cluster_z"), a = bnd(ir, "cluster_a"),
           in = bnd(ir, "cluster_inner");
  assert_string_equal(ir->boundaries[z].label, "Zone Z");
  assert_string_equal(ir->boundaries[a].label, "Corporate");
  assert_string_equal(ir->boundaries[in].label, "cluster_inner"); /* no label: its name */
  assert_int_equal(ir->boundaries[in].parent, a);
  assert_int_equal(ir->boundaries[in].depth, 1);
  assert_int_equal(ir->boundaries[a].parent, TMC_NONE);
  assert_int_equal(ir->boundaries[a].form, TMC_BOUNDARY_CLUSTER);
  assert_string_equal(tmc_props_get(&ir->boundaries[in].props, "trust"), "3");
  assert_int_equal(ir->boundaries[z].loc.line, 2);
  assert_int_equal(ir->boundaries[a].loc.line, 3);
  assert_int_equal(ir->boundaries[in].loc.line, 6);
  assert_int_equal(ir->boundaries[3].loc.line, 9);
  /* cluster=true makes an anonymous subgraph a boundary, at its line. */
  assert_string_equal(ir->boundaries[4].label, "anon");
  assert_string_equal(ir->boundaries[4].id, "anonymous_1"); /* not cgraph's "%N" */
  assert_int_equal(ir->boundaries[4].loc.line, 10);
  /* Membership: the innermost cluster; plain subgraphs are no boundary. */
  assert_int_equal(el(ir, "z1")->boundary, z);
  assert_int_equal(el(ir, "a1")->boundary, a);
  assert_int_equal(el(ir, "a2")->boundary, in);
  assert_int_equal(el(ir, "p1")->boundary, TMC_NONE);
  assert_int_equal(el(ir, "c1")->boundary, 3);
  assert_int_equal(el(ir, "x1")->boundary, 4);
  assert_int_equal(el(ir, "outside")->boundary, TMC_NONE);
  tmc_ir_free(ir);
}

static void clusters_do_not_inherit_labels(void **state) {
  /* cgraph copies the root's and the parent's graph attributes into a new
   * subgraph; a boundary only keeps what it set itself. */
  tmc_ir *ir =
      parse_ok("digraph {\n"
               "  label=\"Whole system\"; trust=1; cluster=true\n"
               "  subgraph cluster_a { label=\"A\"; trust=2; subgraph cluster_b { b } }\n"
               "  subgraph cluster_c { c }\n"
               "  { rank=same; d }\n"
               "}\n");
  assert_int_equal(ir->n_boundaries, 3);
  assert_string_equal(ir->boundaries[0].label, "A");
  assert_string_equal(tmc_props_get(&ir->boundaries[0].props, "trust"), "2");
  assert_string_equal(ir->boundaries[1].label, "cluster_b");
  assert_null(tmc_props_get(&ir->boundaries[1].props, "trust"));
  assert_string_equal(ir->boundaries[2].label, "cluster_c");
  assert_null(tmc_props_get(&ir->boundaries[2].props, "trust"));
  assert_int_equal(el(ir, "d")->boundary, TMC_NONE);
  tmc_ir_free(ir);
}

static void node_in_two_clusters_warns(void **state) {
  tmc_diags d = TMC_DIAGS_INIT;
  tmc_ir *ir = parse("digraph {\n"
                     "  subgraph cluster_a { shared; a }\n"
                     "  subgraph cluster_b { b -> shared }\n"
                     "  subgraph cluster_c { subgraph cluster_d { deep } }\n"
                     "  subgraph cluster_e { deep }\n"
                     "}\n",
                     &d);
  assert_non_null(ir);
  /* Same depth: the first declared wins; deeper wins otherwise. */
  assert_int_equal(el(ir, "shared")->boundary, bnd(ir, "cluster_a"));
  assert_int_equal(el(ir, "deep")->boundary, bnd(ir, "cluster_d"));
  assert_int_equal(d.warnings, 2);
  assert_non_null(strstr(d.v[0].msg, "'shared'"));
  assert_int_equal(d.v[0].loc.line, 2);
  tmc_ir_free(ir);
  tmc_diags_free(&d);
}

static void edges_directions_and_lines(void **state) {
  tmc_ir *ir = parse_ok("digraph {\n"
                        "  a -> b -> c\n"            /* 2 */
                        "  a:p1 -> c:n [dir=both]\n" /* 3 */
                        "  a -> b [label=second]\n"  /* 4 */
                        "  x -> {y z}\n"             /* 5 */
                        "  a -> b [key=k1]\n"        /* 6 */
                        "}\n");
  assert_int_equal(ir->n_flows, 7);
  /* Flows in declaration order. */
  assert_string_equal(ir->flows[0].id, "a -> b");
  assert_int_equal(ir->flows[0].loc.line, 2);
  assert_string_equal(ir->flows[1].id, "b -> c");
  assert_int_equal(ir->flows[1].loc.line, 2);
  assert_int_equal(ir->flows[2].loc.line, 3);
  assert_true(ir->flows[2].bidirectional);
  assert_false(ir->flows[0].bidirectional);
  /* The second a -> b is its own flow, at its own line. */
  assert_string_equal(ir->flows[3].label, "second");
  assert_string_equal(ir->flows[3].id, "a -> b #2"); /* ids stay unique */
  assert_int_equal(ir->flows[3].loc.line, 4);
  assert_int_equal(flow(ir, "x -> y")->loc.line, 5);
  assert_int_equal(flow(ir, "x -> z")->loc.line, 5);
  assert_int_equal(flow(ir, "a -> b [k1]")->loc.line, 6);
  assert_string_equal(ir->elements[flow(ir, "x -> z")->src].id, "x");
  assert_string_equal(ir->elements[flow(ir, "x -> z")->dst].id, "z");
  assert_string_equal(flow(ir, "x -> z")->loc.file, "t.dot");
  tmc_ir_free(ir);
}

static void undirected_and_strict(void **state) {
  tmc_ir *ir = parse_ok("strict graph {\n" /* 1 */
                        "  a -- b\n"       /* 2 */
                        "  b -- a\n"       /* 3: the same edge in a strict graph */
                        "  b -- c -- d\n"  /* 4 */
                        "}\n");
  assert_int_equal(ir->pages[0].loc.line, 1);
  assert_int_equal(ir->n_flows, 3);
  for (uint32_t i = 0; i < ir->n_flows; i++)
    assert_true(ir->flows[i].bidirectional);
  assert_int_equal(ir->flows[0].loc.line, 2);
  assert_int_equal(ir->flows[2].loc.line, 4);
  tmc_ir_free(ir);
}

/* mlkind18: the arrowheads say which way data goes. dir=back runs a flow
 * from the edge's head to its tail, in a digraph ("cache -> hub
 * [dir=back]": the hub fills the cache) and in a graph; dir=forward makes
 * an undirected edge one way. The edge keeps the line it was written on.
 * find26: dir=none in a digraph is an undirected graph's line: both ways. */
static void edge_dir_sets_direction(void **state) {
  tmc_ir *ir = parse_ok("graph {\n"                        /* 1 */
                        "  jobs -- cache [dir=back]\n"     /* 2 */
                        "  portal -- jobs [dir=forward]\n" /* 3 */
                        "  jobs -- home [dir=both]\n"      /* 4 */
                        "  jobs -- scratch\n"              /* 5 */
                        "}\n");
  assert_int_equal(ir->n_flows, 4);
  const tmc_flow *f = flow(ir, "cache -> jobs");
  assert_non_null(f);
  assert_string_equal(ir->elements[f->src].id, "cache");
  assert_string_equal(ir->elements[f->dst].id, "jobs");
  assert_false(f->bidirectional);
  assert_int_equal(f->loc.line, 2);
  f = flow(ir, "portal -> jobs");
  assert_non_null(f);
  assert_false(f->bidirectional);
  assert_int_equal(f->loc.line, 3);
  assert_true(flow(ir, "jobs -> home")->bidirectional);
  assert_true(flow(ir, "jobs -> scratch")->bidirectional);
  tmc_ir_free(ir);
  ir = parse_ok("digraph {\n"
                "  mirror -> hub [dir=back, label=\"pull\"]\n"
                "  a -> b [dir=none]\n"
                "}\n");
  f = flow(ir, "hub -> mirror");
  assert_non_null(f);
  assert_string_equal(ir->elements[f->src].id, "hub");
  assert_false(f->bidirectional);
  assert_string_equal(f->label, "pull");
  /* find26: dir=none is the line of an undirected graph: both ways */
  assert_true(flow(ir, "a -> b")->bidirectional);
  tmc_ir_free(ir);
}

/* find26: a digraph whose edge default is dir=none ("lines without an
 * arrowhead are a request and its answer") draws every line both ways;
 * an edge that sets dir=forward or dir=back there is one way, even drawn
 * with its arrowhead removed (a line into a junction, fe22). */
static void dir_none_default_is_both_ways(void **state) {
  tmc_ir *ir = parse_ok("digraph {\n"
                        "  edge [dir=none]\n"
                        "  portal -> index [label=\"lookup\"]\n"
                        "  crawler -> index [dir=forward]\n"
                        "  index -> report [dir=back]\n"
                        "  api -> j1 [dir=forward, arrowhead=none]\n"
                        "}\n");
  assert_true(flow(ir, "portal -> index")->bidirectional);
  assert_false(flow(ir, "crawler -> index")->bidirectional);
  assert_non_null(flow(ir, "report -> index"));
  assert_false(flow(ir, "report -> index")->bidirectional);
  assert_false(flow(ir, "api -> j1")->bidirectional);
  tmc_ir_free(ir);
}

/* fe22: an end drawn without its arrow has none. "a -> b [dir=both,
 * arrowhead=none]" shows the arrow at a only (an arrow reversed to keep the
 * rank order): b -> a, one way; arrowtail=none keeps a -> b one way; both
 * ends "none" is no direction, as written in a digraph. In a graph, a
 * dir=both edge with one end bare is one way too. */
static void bare_arrow_ends(void **state) {
  tmc_ir *ir = parse_ok("digraph {\n"
                        "  server -> keys [dir=both, arrowhead=none, label=\"token\"]\n"
                        "  ui -> api [dir=both, arrowtail=none]\n"
                        "  api -> db [dir=both]\n"
                        "  x -> y [dir=both, arrowhead=none, arrowtail=none]\n"
                        "  p -> q [arrowhead=none]\n"
                        "}\n");
  assert_int_equal(ir->n_flows, 5);
  const tmc_flow *f = flow(ir, "keys -> server");
  assert_non_null(f);
  assert_string_equal(ir->elements[f->src].id, "keys");
  assert_false(f->bidirectional);
  assert_string_equal(f->label, "token");
  assert_false(flow(ir, "ui -> api")->bidirectional);
  assert_true(flow(ir, "api -> db")->bidirectional);
  assert_false(flow(ir, "x -> y")->bidirectional);
  assert_false(flow(ir, "p -> q")->bidirectional);
  tmc_ir_free(ir);
  ir = parse_ok("graph {\n"
                "  wiki -- indexer [dir=both, arrowtail=none]\n"
                "  vault -- job [dir=both, arrowhead=none]\n"
                "  a -- b\n"
                "}\n");
  assert_false(flow(ir, "wiki -> indexer")->bidirectional);
  assert_non_null(flow(ir, "job -> vault"));
  assert_false(flow(ir, "job -> vault")->bidirectional);
  assert_true(flow(ir, "a -> b")->bidirectional);
  tmc_ir_free(ir);
}

/* fe22: a node drawn as a bare dot or icon (label="") is named by its
 * tooltip; a node with a label keeps it, and one with neither its id. */
static void tooltip_names_bare_node(void **state) {
  tmc_ir *ir =
      parse_ok("digraph {\n"
               "  gw [label=\"\", shape=point, tooltip=\"LoRa gateway (Kerlink)\"]\n"
               "  api [label=\"Orders API\", tooltip=\"Go service\"]\n"
               "  dot1 [label=\"\", shape=circle]\n"
               "  gw -> api\n"
               "  dot1 -> api\n"
               "}\n");
  assert_string_equal(el(ir, "gw")->label, "LoRa gateway (Kerlink)");
  assert_string_equal(el(ir, "api")->label, "Orders API");
  assert_string_equal(el(ir, "dot1")->label, "dot1");
  tmc_ir_free(ir);
}

static void node_lines(void **state) {
  tmc_ir *ir = parse_ok("// header\n"
                        "digraph {\n"
                        "  node [shape=box]\n"
                        "  a -> b\n" /* 4 */
                        "  /* b [x=1] */\n"
                        "  b [label=\"B\"]\n" /* 6 */
                        "  \"c\nd\" -> a\n"   /* 7 */
                        "  e\n"               /* 9 */
                        "}\n");
  assert_int_equal(el(ir, "a")->loc.line, 4);
  assert_int_equal(el(ir, "b")->loc.line, 6);
  assert_int_equal(el(ir, "c\nd")->loc.line, 7);
  assert_int_equal(el(ir, "e")->loc.line, 9);
  assert_int_equal(flow(ir, "c\nd -> a")->loc.line, 8);
  tmc_ir_free(ir);
}

static void syntax_errors_name_the_line(void **state) {
  const struct {
    const char *text;
    uint32_t line;
    const char *words;
  } cases[] = {
      {"digraph {\n a -> b\n c -> \n}\n", 4, "syntax error near '}'"},
      /* After a multi-line string cgraph's own count is off by two. */
      {"digraph {\n a [label=\"one\ntwo\nthree\"]\n b -> ;\n}\n", 5, "near ';'"},
      {"digraph {\n a -> b;\n", 2, "end of the input"},
      {"digraph {\n\n a [label=\"open\n}\n", 3, "unterminated quoted string"},
      {"digraph {\n a [label=<<b>x</b>]\n}\n", 2, "unterminated HTML"},
      {"graph {\n a -> b\n}\n", 2, "near '->'"},
      {"hello\n", 1, "near 'hello'"},
  };
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    /* Twice: cgraph's line counter must restart for every parse. */
    for (int rep = 0; rep < 2; rep++) {
      tmc_diags d = TMC_DIAGS_INIT;
      tmc_ir *ir = parse(cases[i].text, &d);
      assert_null(ir);
      assert_int_equal(d.errors, 1);
      assert_string_equal(d.v[0].loc.file, "t.dot");
      if (d.v[0].loc.line != cases[i].line || !strstr(d.v[0].msg, cases[i].words))
        fail_msg("case %zu: got %u: %s", i, d.v[0].loc.line, d.v[0].msg);
      /* Our words, not graphviz's prefixes or echoed input. */
      assert_null(strstr(d.v[0].msg, "Error"));
      assert_null(strstr(d.v[0].msg, "String starting"));
      assert_null(strstr(d.v[0].msg, "tmc-input"));
      tmc_diags_free(&d);
    }
  }
}

static void parses_do_not_leak_into_each_other(void **state) {
  /* cgraph's lexer is global: what one parse leaves behind (a second graph,
   * an unterminated comment or string) must not reach the next. */
  const char *before[] = {"digraph A { a }\ndigraph B { b }\n",
                          "digraph { a } ",
                          "digraph { /* open",
                          "digraph { a [label=\"open",
                          "digraph { a [label=<open",
                          "digraph { a -> }"};
  for (size_t i = 0; i < sizeof before / sizeof *before; i++) {
    tmc_diags d = TMC_DIAGS_INIT;
    tmc_ir *ir = parse(before[i], &d);
    tmc_ir_free(ir);
    tmc_diags_free(&d);
    ir = parse("digraph C {\n\n x -> }\n", &d);
    assert_null(ir);
    assert_int_equal(d.errors, 1);
    if (d.v[0].loc.line != 3)
      fail_msg("after input %zu: line %u: %s", i, d.v[0].loc.line, d.v[0].msg);
    tmc_diags_free(&d);
    ir = parse_ok("digraph C {\n x\n}\n");
    assert_string_equal(ir->title, "C");
    assert_int_equal(ir->n_elements, 1);
    tmc_ir_free(ir);
  }
}

static void graphviz_warnings_are_warnings(void **state) {
  tmc_diags d = TMC_DIAGS_INIT;
  tmc_ir *ir = parse("digraph {\n a -> 1x\n}\n", &d);
  assert_non_null(ir);
  assert_int_equal(d.errors, 0);
  assert_int_equal(d.warnings, 1);
  assert_int_equal(d.v[0].loc.line, 2);
  assert_non_null(strstr(d.v[0].msg, "graphviz: syntax ambiguity"));
  assert_null(strstr(d.v[0].msg, "tmc-input"));
  tmc_ir_free(ir);
  tmc_diags_free(&d);
  /* A second graph in the file is ignored, with a warning at its line. */
  ir = parse("digraph A { a }\ndigraph B { b }\n", &d);
  assert_non_null(ir);
  assert_int_equal(ir->n_elements, 1);
  assert_int_equal(d.warnings, 1);
  assert_int_equal(d.v[0].loc.line, 2);
  tmc_ir_free(ir);
  tmc_diags_free(&d);
}

static char *nested(const char *open, size_t n) {
  size_t lo = strlen(open);
  char *t = malloc(n * (lo + 1) + 64);
  strcpy(t, "digraph {\n");
  size_t o = strlen(t);
  for (size_t i = 0; i < n; i++, o += lo)
    memcpy(t + o, open, lo);
  t[o++] = 'a';
  for (size_t i = 0; i < n; i++)
    t[o++] = '}';
  strcpy(t + o, "\n}\n");
  return t;
}

static void limits_become_diagnostics(void **state) {
  tmc_diags d = TMC_DIAGS_INIT;
  /* Deeper than cgraph's parser can go: refused before cgraph sees it. */
  char *t = nested("{", 20000);
  assert_null(parse(t, &d));
  assert_int_equal(d.errors, 1);
  assert_int_equal(d.v[0].loc.line, 2);
  assert_non_null(strstr(d.v[0].msg, "nest deeper"));
  tmc_diags_free(&d);
  free(t);
  /* Clusters deeper than max_depth. */
  t = nested("subgraph cluster_x {", 100);
  assert_null(parse(t, &d));
  assert_non_null(strstr(d.v[0].msg, "clusters nest deeper than 64"));
  assert_int_equal(d.v[0].loc.line, 2);
  tmc_diags_free(&d);
  free(t);
  /* A huge quoted string is read (no 16 KiB limit leaks through). */
  t = malloc(100100);
  strcpy(t, "digraph {\n a [label=\"");
  memset(t + strlen(t), 'q', 100000);
  strcpy(t + 21 + 100000, "\"]\n b\n}\n");
  tmc_ir *ir = parse(t, &d);
  assert_non_null(ir);
  assert_int_equal(el(ir, "b")->loc.line, 3);
  tmc_ir_free(ir);
  tmc_diags_free(&d);
  free(t);
  /* Too many elements. */
  tmc_frontend_opts o = TMC_FRONTEND_OPTS_INIT;
  o.max_elements = 3;
  assert_null(parse_opts("digraph {\n a -> b\n c -> d\n}\n", &d, &o));
  assert_non_null(strstr(d.v[0].msg, "limit of 3"));
  tmc_diags_free(&d);
  assert_null(parse_opts("digraph {\n a\n {b c} -> {d e}\n}\n", &d, &o));
  assert_int_equal(d.v[0].loc.line, 3);
  tmc_diags_free(&d);
}

static void not_a_diagram(void **state) {
  tmc_diags d = TMC_DIAGS_INIT;
  assert_null(parse("", &d));
  assert_null(parse("  \n\t", &d));
  assert_int_equal(d.errors, 2);
  tmc_diags_free(&d);
  tmc_ir *ir = NULL;
  assert_true(tmc_frontend_parse(&ir, "t.dot", "digraph { a\0 }", 14, NULL, &d) < 0);
  assert_non_null(strstr(d.v[0].msg, "NUL"));
  assert_int_equal(d.v[0].loc.line, 1);
  tmc_diags_free(&d);
  /* Data need not be NUL-terminated: only len bytes are read. */
  const char buf[] = {'d', 'i', 'g', 'r', 'a', 'p', 'h', '{', 'a', '}', 'X', 'Y'};
  assert_int_equal(tmc_frontend_parse(&ir, "t.dot", buf, 10, NULL, &d), 0);
  assert_int_equal(ir->n_elements, 1);
  tmc_ir_free(ir);
  tmc_diags_free(&d);
  assert_ptr_equal(tmc_frontend_detect("t", "\xEF\xBB\xBF <mxfile>", 11),
                   tmc_frontend_find("drawio"));
  assert_ptr_equal(tmc_frontend_detect("t", "  digraph {}", 12),
                   tmc_frontend_find("dot"));
  assert_null(tmc_frontend_detect("t", " \n", 2));
}

static void pytm_output(void **state) {
  tmc_ir *ir = parse_ok(
      "digraph tm {\n"
      "    graph [ fontname = Arial; ]\n"
      "    subgraph cluster_boundary_Internet_acf3059e70 {\n" /* 3 */
      "        graph [ label = <<i>Internet</i>>; ]\n"
      "        actor_User_d2006ce1bb [ shape = square; label = <<table border=\"0\" "
      "cellborder=\"0\"><tr><td><b>User</b></td></tr></table>>; ]\n" /* 5 */
      "    }\n"
      "    server_Web_2c440ebe53 [ shape = circle; label = \"Web Server\"; ]\n"
      "    datastore_SQL_0291419f72 [ shape = none; image = \"datastore_black.png\";\n"
      "        xlabel = \"SQL Database\"; label = \"\"; ]\n"
      "    flat [ shape = none; label = <<table "
      "sides=\"TB\"><tr><td>Files</td></tr></table>>; ]\n"
      "    actor_User_d2006ce1bb -> server_Web_2c440ebe53 [\n" /* 11 */
      "        label = <<table border=\"0\"><tr><td><font><b>Request</b></font></td></tr>"
      "</table>>;\n"
      "    ]\n"
      "}\n");
  uint32_t inet = bnd(ir, "cluster_boundary_Internet_acf3059e70");
  assert_string_equal(ir->boundaries[inet].label, "Internet");
  assert_int_equal(ir->boundaries[inet].loc.line, 3);
  const tmc_element *u = el(ir, "actor_User_d2006ce1bb");
  assert_string_equal(u->label, "User");
  assert_int_equal(u->boundary, inet);
  assert_int_equal(u->loc.line, 5);
  classify(ir);
  const tmc_element *db = el(ir, "datastore_SQL_0291419f72");
  assert_string_equal(db->label, "SQL Database");
  assert_int_equal(db->shape_kind, TMC_KIND_DATA_STORE);
  assert_int_equal(db->kind_source, TMC_SOURCE_ID_PREFIX);
  assert_int_equal(el(ir, "flat")->shape_kind, TMC_KIND_DATA_STORE);
  assert_true(el(ir, "flat")->look & TMC_LOOK_OPEN_TABLE);
  assert_int_equal(el(ir, "flat")->shape_source, TMC_SOURCE_CONVENTION);
  assert_string_equal(ir->flows[0].label, "Request");
  assert_int_equal(ir->flows[0].loc.line, 11);
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(shapes_give_kind_hints),
      cmocka_unit_test(labels_become_plain_text),
      cmocka_unit_test(record_labels_read_as_fields),
      cmocka_unit_test(name_lines_are_kept),
      cmocka_unit_test(long_labels_are_cut),
      cmocka_unit_test(clusters_nest_in_declaration_order),
      cmocka_unit_test(clusters_do_not_inherit_labels),
      cmocka_unit_test(node_in_two_clusters_warns),
      cmocka_unit_test(edges_directions_and_lines),
      cmocka_unit_test(undirected_and_strict),
      cmocka_unit_test(edge_dir_sets_direction),
      cmocka_unit_test(bare_arrow_ends),
      cmocka_unit_test(dir_none_default_is_both_ways),
      cmocka_unit_test(tooltip_names_bare_node),
      cmocka_unit_test(node_lines),
      cmocka_unit_test(syntax_errors_name_the_line),
      cmocka_unit_test(parses_do_not_leak_into_each_other),
      cmocka_unit_test(graphviz_warnings_are_warnings),
      cmocka_unit_test(limits_become_diagnostics),
      cmocka_unit_test(not_a_diagram),
      cmocka_unit_test(pytm_output),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
