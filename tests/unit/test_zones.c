/* test_zones.c - trust zones and groupings (passes/zones.c with the draw.io
 * and DOT front ends): zone and grouping words from catalogs/words.yaml,
 * written type=/trust=, boundary styles, generators' conventions; shapes
 * only a label makes a boundary (lines, empty containers, labelled
 * rectangles around shapes); groupings fence no trust. Each case has a
 * differently worded variant, and asserts the source and evidence. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "ir_helpers.h"

#include "frontend/frontend.h"
#include "passes/passes.h"
#include "tests/unit/drawio_cells.h"

static tmc_diags diags;

#define LOOSE(id, value, style)                                                          \
  "<mxCell id=\"" id "\" value=\"" value "\" style=\"" style                             \
  "\" edge=\"1\" parent=\"1\"><mxGeometry relative=\"1\" as=\"geometry\"><mxPoint "      \
  "x=\"150\" y=\"-50\" as=\"sourcePoint\"/><mxPoint x=\"150\" y=\"500\" "                \
  "as=\"targetPoint\"/></mxGeometry></mxCell>"

/* Parses (draw.io or DOT by its name) and runs the passes up to boundaries. */
static tmc_ir *run(const char *name, const char *text) {
  tmc_diags_free(&diags);
  memset(&diags, 0, sizeof diags);
  tmc_ir *ir = NULL;
  assert_int_equal(tmc_frontend_parse(&ir, name, text, strlen(text), NULL, &diags), 0);
  tmc_pass_opts po = TMC_PASS_OPTS_INIT;
  assert_int_equal(tmc_analyse(ir, &po, "boundaries", &diags), 0);
  return ir;
}

static tmc_ir *drawio(const char *text) {
  return run("t.drawio", text);
}

static const tmc_boundary *bound(const tmc_ir *ir, const char *id) {
  for (uint32_t i = 0; i < ir->n_boundaries; i++)
    if (strcmp(ir->boundaries[i].id, id) == 0)
      return &ir->boundaries[i];
  fail_msg("no boundary '%s'", id);
  return NULL;
}

static bool warned(const char *needle) {
  for (uint32_t i = 0; i < diags.n; i++)
    if (diags.v[i].level == TMC_DIAG_WARNING && strstr(diags.v[i].msg, needle))
      return true;
  return false;
}

/* A swimlane holding two shapes, labelled `label`. */
#define LANE(id, label, x)                                                               \
  V(id, label, "swimlane;html=1;", x, 0, 200, 300)                                       \
  C(id "a", id, "A " label, "ellipse;", 20, 40, 40, 40)                                  \
  C(id "b", id, "B " label, "ellipse;", 20, 140, 40, 40)

static void test_zone_and_grouping_words(void **state) {
  (void)state;
  tmc_ir *ir = drawio(HEAD LANE("z", "AWS Cloud", 0) LANE("g", "Presentation layer", 300)
                          LANE("t", "Data tier", 600) LANE("n", "Payments", 900) TAIL);
  const tmc_boundary *z = bound(ir, "z"), *g = bound(ir, "g"), *t = bound(ir, "t"),
                     *n = bound(ir, "n");
  assert_false(z->grouping);
  assert_int_equal(z->zone_source, TMC_SOURCE_LABEL_WORD);
  assert_string_equal(z->zone_evidence, "cloud");
  assert_true(g->grouping);
  assert_int_equal(g->zone_source, TMC_SOURCE_LABEL_WORD);
  assert_string_equal(g->zone_evidence, "layer");
  assert_true(t->grouping); /* variant: another grouping word */
  assert_string_equal(t->zone_evidence, "tier");
  /* Nothing said either way: a zone, and the source says it was a default. */
  assert_false(n->grouping);
  assert_int_equal(n->zone_source, TMC_SOURCE_DEFAULT);
  assert_null(n->zone_evidence);
  tmc_ir_free(ir);
  /* A cloud named by its provider is a zone beside a grouping word; the
   * same word alone groups. */
  ir = drawio(HEAD LANE("a", "Azure services", 0) LANE("s", "Shared services", 300) TAIL);
  assert_false(bound(ir, "a")->grouping);
  assert_string_equal(bound(ir, "a")->zone_evidence, "azure");
  assert_true(bound(ir, "s")->grouping);
  tmc_ir_free(ir);
  /* The family of other vendors' and people's words: a security group is a
   * firewall's scope (not a grouping for its 'group'), an environment or a
   * Kubernetes cluster by name fences trust; the steps of a workflow or a
   * process drawn as one box group. */
  ir = drawio(HEAD LANE("sg", "Security group sg-web", 0)
                  LANE("env", "Staging environment", 300)
                      LANE("k", "Kubernetes (prod)", 600) LANE("w", "Order workflow", 900)
                          LANE("p", "Claims processing", 1200) TAIL);
  assert_false(bound(ir, "sg")->grouping);
  assert_string_equal(bound(ir, "sg")->zone_evidence, "security group");
  assert_false(bound(ir, "env")->grouping);
  assert_string_equal(bound(ir, "env")->zone_evidence, "environment");
  assert_false(bound(ir, "k")->grouping);
  assert_int_equal(bound(ir, "k")->zone_source, TMC_SOURCE_LABEL_WORD);
  assert_true(bound(ir, "w")->grouping);
  assert_string_equal(bound(ir, "w")->zone_evidence, "workflow");
  assert_true(bound(ir, "p")->grouping);
  tmc_ir_free(ir);
  /* GCP's palette: a logical grouping and an optional component group. */
  ir = drawio(HEAD LANE("lg", "Logical grouping of services", 0)
                  LANE("oc", "Optional component", 300) TAIL);
  assert_true(bound(ir, "lg")->grouping);
  assert_true(bound(ir, "oc")->grouping);
  tmc_ir_free(ir);
}

static void test_grouping_fences_no_trust(void **state) {
  (void)state;
  tmc_ir *ir = drawio(
      HEAD V("out", "Browser", "rounded=0;", -200, 0, 40, 40)
          LANE("g", "Frontend column", 0)
              V("vpc", "Private subnet", "swimlane;html=1;", 400, 0, 400, 400)
                  C("lay", "vpc", "Service layer", "swimlane;html=1;", 20, 40, 300, 300)
                      C("svc", "lay", "Orders", "ellipse;", 20, 40, 40, 40)
                          C("svc2", "lay", "Billing", "ellipse;", 20, 140, 40, 40)
                              E("f1", "out", "ga") E("f2", "ga", "svc") TAIL);
  assert_true(bound(ir, "g")->grouping);
  assert_int_equal(bound(ir, "g")->trust, 0); /* the outside's */
  assert_true(bound(ir, "lay")->grouping);
  assert_int_equal(bound(ir, "lay")->trust, bound(ir, "vpc")->trust);
  assert_string_equal(bound(ir, "lay")->trust_reason,
                      "grouping: the trust of the zone around it");
  /* Into a grouping at top level: nothing crossed. */
  const tmc_flow *f1 = &ir->flows[0], *f2 = &ir->flows[1];
  assert_int_equal(f1->n_crossed, 0);
  assert_false(f1->facts.crosses);
  /* Into the subnet, through its layer: only the subnet is crossed. */
  assert_int_equal(f2->n_crossed, 1);
  assert_string_equal(ir->boundaries[f2->crossed[0]].id, "vpc");
  tmc_ir_free(ir);
}

/* The page's one box around the system, named by what happens in it, with
 * the outside flowing in, is the trust boundary (review13: "Order
 * processing" around the API lost its spoofing findings); beside a zone, or
 * as one of several such boxes, the word decides. */
static void test_one_box_around_the_system(void **state) {
  (void)state;
  static const char *const names[] = {"Order processing", "Claims workflow", "Frontend"};
  for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
    char dot[512];
    snprintf(dot, sizeof dot,
             "digraph g { c [shape=box,label=\"Customer\"];"
             " subgraph cluster_a { label=\"%s\"; api [label=\"API\"];"
             " db [shape=cylinder,label=\"DB\"]; }"
             " c -> api; api -> db; }",
             names[i]);
    tmc_ir *ir = run("one.dot", dot);
    assert_false(bound(ir, "cluster_a")->grouping);
    assert_true(ir->flows[0].facts.crosses);
    tmc_ir_free(ir);
  }
  tmc_ir *ir =
      run("two.dot",
          "digraph g { c [shape=box,label=\"Customer\"];"
          " subgraph cluster_a { label=\"Order processing\"; a [label=\"API\"]; }"
          " subgraph cluster_b { label=\"Billing workflow\"; b [label=\"Biller\"]; }"
          " c -> a; a -> b; }");
  assert_true(bound(ir, "cluster_a")->grouping);
  assert_true(bound(ir, "cluster_b")->grouping);
  tmc_ir_free(ir);
}

static void test_tentative_lines(void **state) {
  (void)state;
  /* A plain line with no endpoints is a boundary when its label names one. */
  tmc_ir *ir = drawio(
      HEAD V("a", "A", "ellipse;", 0, 0, 40, 40) V("b", "B", "ellipse;", 300, 0, 40, 40)
          LOOSE("tb", "Trust boundary", "endArrow=none;") E("f", "a", "b") TAIL);
  const tmc_boundary *tb = bound(ir, "tb");
  assert_int_equal(tb->form, TMC_BOUNDARY_LINE);
  assert_string_equal(tb->why, "line with no endpoints (label word 'trust boundary')");
  assert_int_equal(tb->zone_source, TMC_SOURCE_LABEL_WORD);
  assert_int_equal(ir->flows[0].n_crossed, 1);
  tmc_ir_free(ir);
  /* Variant: a loose arrow labelled with anything else is nothing. */
  ir = drawio(HEAD V("a", "A", "ellipse;", 0, 0, 40, 40)
                  LOOSE("note", "see appendix", "endArrow=classic;") TAIL);
  assert_false(ir_has_boundary(ir, "note"));
  /* named by its label, id beside: draw.io's ids are the tool's */
  assert_true(warned("edge 'see appendix' (id note) is not connected at both ends"));
  tmc_ir_free(ir);
  /* A dashed red loose line needs no word. */
  ir = drawio(HEAD LOOSE("red", "", "dashed=1;strokeColor=#FF3333;") TAIL);
  assert_int_equal(bound(ir, "red")->zone_source, TMC_SOURCE_STYLE);
  tmc_ir_free(ir);
}

static void test_empty_containers(void **state) {
  (void)state;
  tmc_ir *ir = drawio(HEAD V("dmz", "DMZ", "swimlane;html=1;", 0, 0, 200, 200)
                          V("notes", "Notes", "swimlane;html=1;", 300, 0, 200, 200) TAIL);
  assert_true(ir_has_boundary(ir, "dmz"));
  assert_false(bound(ir, "dmz")->tentative);
  assert_string_equal(bound(ir, "dmz")->zone_evidence, "dmz");
  assert_false(ir_has_boundary(ir, "notes"));
  assert_false(has_elem(ir, "notes"));
  tmc_ir_free(ir);
}

static void test_labelled_rectangle_around_shapes(void **state) {
  (void)state;
  /* A plain labelled rectangle around one shape, drawn before it: a zone
   * when its label names one; a flow drawn to it is no flow. */
  tmc_ir *ir = drawio(HEAD V("corp", "Corporate network", "rounded=0;whiteSpace=wrap;", 0,
                             0, 300, 300) V("pc", "Laptop", "ellipse;", 50, 50, 40, 40)
                          V("x", "Partner", "ellipse;", 500, 0, 40, 40)
                              E("f", "x", "corp") E("g", "x", "pc") TAIL);
  assert_false(has_elem(ir, "corp"));
  const tmc_boundary *b = bound(ir, "corp");
  assert_int_equal(b->form, TMC_BOUNDARY_BOX);
  assert_string_equal(b->zone_evidence, "network");
  assert_string_equal(elem(ir, "pc")->id, "pc");
  assert_string_equal(ir->boundaries[elem(ir, "pc")->boundary].id, "corp");
  assert_int_equal(ir->n_flows, 1);
  assert_true(warned("edge 'f' ends at a zone"));
  tmc_ir_free(ir);
  /* Variant: a component with a badge drawn on it stays a component. */
  ir = drawio(HEAD V("web", "Web server", "rounded=0;whiteSpace=wrap;", 0, 0, 200, 100)
                  V("lock", "", "shape=mxgraph.aws4.ssl_padlock;", 10, 10, 20, 20) TAIL);
  assert_true(has_elem(ir, "web"));
  assert_int_equal(ir->n_boundaries, 0);
  tmc_ir_free(ir);
}

static void test_dot_clusters(void **state) {
  (void)state;
  tmc_ir *ir =
      run("t.dot", "digraph g {\n"
                   "  subgraph cluster_a { label=\"Presentation layer\"; a; }\n"
                   "  subgraph cluster_b { label=\"Ops\"; type=grouping; b; }\n"
                   "  subgraph cluster_c { label=\"Ops\"; trust=3; c; }\n"
                   "  subgraph cluster_boundary_API_579e9aae81 { label=\"API\"; d; }\n"
                   "  subgraph cluster_e { label=\"Backend services\"; e; }\n"
                   "  a -> b -> c -> d -> e;\n}\n");
  assert_true(bound(ir, "cluster_a")->grouping);
  assert_true(bound(ir, "cluster_b")->grouping);
  assert_int_equal(bound(ir, "cluster_b")->zone_source, TMC_SOURCE_ATTRIBUTE);
  assert_false(bound(ir, "cluster_c")->grouping);
  assert_int_equal(bound(ir, "cluster_c")->zone_source, TMC_SOURCE_ATTRIBUTE);
  const tmc_boundary *p = bound(ir, "cluster_boundary_API_579e9aae81");
  assert_false(p->grouping);
  assert_int_equal(p->zone_source, TMC_SOURCE_CONVENTION);
  assert_string_equal(bound(ir, "cluster_e")->zone_evidence, "backend");
  tmc_ir_free(ir);
}

static int teardown(void **state) {
  (void)state;
  tmc_diags_free(&diags);
  memset(&diags, 0, sizeof diags);
  return 0;
}

/* Library group stencils decide when the label says nothing (shapes.yaml
 * zone and decoration rows): an AWS VPC group named "Prod" is a trust zone,
 * an auto-scaling group a grouping; a container holding no children still
 * fences the shapes drawn on it, by geometry. */
static void test_group_stencils(void **state) {
  (void)state;
  tmc_ir *ir = drawio(
      HEAD V("vpc", "Prod",
             "shape=mxgraph.aws4.group;grIcon=mxgraph.aws4.group_vpc;container=1;", 0, 0,
             400, 400)
          V("asg", "Workers",
            "shape=mxgraph.aws4.groupCenter;grIcon=mxgraph.aws4.group_auto_scaling_group;"
            "container=1;",
            500, 0, 300, 300) V("fn", "Resize", "ellipse;", 50, 50, 60, 60)
              C("w1", "asg", "Worker one", "ellipse;", 50, 50, 60, 60)
                  V("out", "Outsider", "ellipse;", 900, 50, 60, 60) TAIL);
  const tmc_boundary *vpc = bound(ir, "vpc"), *asg = bound(ir, "asg");
  assert_false(vpc->grouping);
  assert_int_equal(vpc->zone_source, TMC_SOURCE_ICON);
  assert_string_equal(vpc->zone_evidence, "mxgraph.aws4.group_vpc");
  assert_true(asg->grouping);
  assert_int_equal(asg->zone_source, TMC_SOURCE_ICON);
  /* Drawn on the VPC group, not its child: a member by geometry. */
  assert_int_equal(elem(ir, "fn")->boundary, (uint32_t)(vpc - ir->boundaries));
  assert_int_equal(elem(ir, "w1")->boundary, (uint32_t)(asg - ir->boundaries));
  assert_int_equal(elem(ir, "out")->boundary, TMC_NONE);
  tmc_ir_free(ir);
  /* A zone group is that zone whatever grouping word its label adds; a
   * decoration group labelled with one is a grouping either way. */
  ir = drawio(HEAD V("v", "Web tier",
                     "shape=mxgraph.aws4.group;grIcon=mxgraph.aws4.group_security_group;"
                     "container=1;",
                     0, 0, 300, 300) C("w", "v", "Web server", "ellipse;", 20, 20, 60, 60)
                  C("w2", "v", "Web server 2", "ellipse;", 120, 20, 60, 60) TAIL);
  assert_false(bound(ir, "v")->grouping);
  assert_int_equal(bound(ir, "v")->zone_source, TMC_SOURCE_ICON);
  tmc_ir_free(ir);
}

/* An arrow that starts or ends at a container holding shapes reaches what
 * it holds: the lane is a boundary and the arrow one flow per member; one
 * drawn from a lane's edge (no source cell, its start point on the lane)
 * starts from every element of the lane. */
static void test_arrows_through_containers(void **state) {
  (void)state;
  tmc_ir *ir = drawio(
      HEAD V("lane", "Channels", "swimlane;html=1;", 0, 0, 200,
             300) C("mob", "lane", "Mobile app", "ellipse;", 20, 40, 40,
                    40) C("feed", "lane", "Partner feed", "ellipse;", 20, 140, 40,
                          40) C("b1", "lane", "1", "ellipse;", 150, 10, 20, 20)
          V("gw", "Gateway", "ellipse;", 400, 40, 40,
            40) V("svc", "Orders", "container=1;", 600, 0, 200,
                  200) C("api", "svc", "Orders API", "ellipse;", 20, 20, 40,
                         40) E("e1", "lane", "gw")
              E("e2", "gw",
                "svc") "<mxCell id=\"e3\" edge=\"1\" parent=\"1\" target=\"gw\">"
                       "<mxGeometry relative=\"1\" as=\"geometry\"><mxPoint x=\"200\" "
                       "y=\"150\" as=\"sourcePoint\"/></mxGeometry></mxCell>" TAIL);
  assert_true(ir_has_boundary(ir, "lane"));
  assert_true(ir_has_boundary(ir, "svc"));
  assert_false(has_elem(ir, "lane"));
  assert_true(ir_has_flow(ir, "mob", "gw"));
  assert_true(ir_has_flow(ir, "feed", "gw"));
  assert_true(ir_has_flow(ir, "gw", "api"));
  /* The lane's numbered badge is a decoration, with the flows the lane's
   * arrows gave it. e1 and e3 each twice, e2 once; ids say which member. */
  assert_false(has_elem(ir, "b1"));
  assert_int_equal(ir->n_flows, 5);
  bool id_seen = false;
  for (uint32_t i = 0; i < ir->n_flows; i++)
    id_seen |= strcmp(ir->flows[i].id, "e2@api") == 0;
  assert_true(id_seen);
  tmc_ir_free(ir);
}

/* A labelled frame around one unnamed icon (and its caption) is a card or
 * a zone by its words: a C4-style container "Payments API [Container: Go]"
 * around a Kubernetes pod icon, and a GCP-style rounded card "Ledger"
 * around a Cloud SQL icon with its caption, are one element each (the
 * frame's id and label, the caption as detail lines, the icon's kind), and
 * arrows to the icon reach it; "Production VPC" around an EC2 icon and
 * "Data tier" (a grouping) around a bucket stay boundaries. */
static void test_labelled_cards_fold_unless_zones(void **state) {
  (void)state;
  tmc_ir *ir = drawio(
      HEAD V("u", "Users", "shape=umlActor;", 0, 100, 40, 60) V(
          "api", "Payments API [Container: Go]", "rounded=1;html=1;container=1;", 200, 0,
          240,
          90) C("apii", "api", "", "shape=mxgraph.kubernetes.icon;prIcon=pod;", 5, 5, 30,
                30) V("led", "Ledger", "rounded=1;html=1;container=1;", 600, 0, 240, 90)
          C("ledi", "led", "", "shape=mxgraph.gcp2.hexIcon;prIcon=cloud_sql;", 5, 5, 30,
            30) C("ledt", "led", "Cloud SQL for PostgreSQL", "text;html=1;", 40, 5,
                  190, 30) V("vpc", "Production VPC", "rounded=0;html=1;container=1;", 0,
                             300, 200, 90)
              C("vpci", "vpc", "",
                "shape=mxgraph.aws4.resourceIcon;resIcon=mxgraph.aws4.ec2;", 5, 5, 40, 40)
                  V("tier", "Data tier", "rounded=0;html=1;container=1;", 400, 300, 200,
                    90) C("tieri", "tier", "",
                          "shape=mxgraph.aws4.resourceIcon;resIcon=mxgraph.aws4.s3;", 5,
                          5, 40, 40) E("e1", "u", "apii") E("e2", "api", "ledi")
                      E("e3", "u", "vpc") E("e4", "vpci", "tier") TAIL);
  assert_false(ir_has_boundary(ir, "api"));
  assert_false(ir_has_boundary(ir, "led"));
  assert_true(has_elem(ir, "api"));
  assert_false(has_elem(ir, "apii"));
  assert_true(ir_has_flow(ir, "u", "api"));
  assert_true(ir_has_flow(ir, "api", "led"));
  /* the arrow drawn from the frame is the card's own, not a member's */
  bool e2 = false;
  for (uint32_t i = 0; i < ir->n_flows; i++)
    e2 |= strcmp(ir->flows[i].id, "e2") == 0;
  assert_true(e2);
  const tmc_element *led = &ir->elements[tmc_ir_find_element(ir, 0, "led")];
  assert_string_equal(led->name_line, "Ledger");
  assert_string_equal(led->detail_lines, "Cloud SQL for PostgreSQL");
  assert_int_equal(led->kind, TMC_KIND_DATA_STORE);
  assert_true(ir_has_boundary(ir, "vpc"));
  assert_true(ir_has_boundary(ir, "tier"));
  assert_true(has_elem(ir, "vpci"));
  assert_true(has_elem(ir, "tieri"));
  tmc_ir_free(ir);
}

/* A card folds wherever it is drawn in the file (review16: the "two members
 * or more" mark once collided with an element index, so one box more before
 * the card kept it a boundary), and an arrow to it keeps its own id when
 * draw.io ids hold '@' themselves. */
static void test_cards_fold_wherever_drawn(void **state) {
  (void)state;
  tmc_ir *ir = drawio(
      HEAD V("u", "Customer", "shape=umlActor;", 0, 0, 60, 60)
          V("db", "Orders DB", "shape=cylinder3;", 0, 300, 60, 60)
              V("A", "Orders API", "rounded=0;html=1;container=1;fillColor=none;", 200, 0,
                200, 200)
                  C("ic", "A", "",
                    "shape=mxgraph.aws4.resourceIcon;resIcon=mxgraph.aws4.lambda;", 10,
                    10, 60, 60) C("cap", "A", "lambda", "text;html=1;", 0, 80, 100, 20)
                      E("e1", "u", "ic") TAIL);
  assert_false(ir_has_boundary(ir, "A"));
  assert_true(has_elem(ir, "A"));
  assert_true(ir_has_flow(ir, "u", "A"));
  tmc_ir_free(ir);
  ir = drawio(HEAD V("u@x", "Customer", "shape=umlActor;", 0, 0, 60, 60) V(
      "B@b", "Billing API", "rounded=0;html=1;container=1;fillColor=none;", 200, 0, 200,
      200) C("ic@c", "B@b", "",
             "shape=mxgraph.aws4.resourceIcon;resIcon=mxgraph.aws4.lambda;", 10, 10, 60,
             60) C("cap@d", "B@b", "billing", "text;html=1;", 0, 80, 100, 20)
                  E("e@1", "u@x", "ic@c") E("e@2", "ic@c", "u@x") TAIL);
  assert_true(has_elem(ir, "B@b"));
  bool e1 = false, e2 = false;
  for (uint32_t i = 0; i < ir->n_flows; i++) {
    e1 |= strcmp(ir->flows[i].id, "e@1") == 0;
    e2 |= strcmp(ir->flows[i].id, "e@2") == 0;
  }
  assert_true(e1);
  assert_true(e2);
  tmc_ir_free(ir);
}

static const char *flow_id(const tmc_ir *ir, const char *src, const char *dst) {
  for (uint32_t i = 0; i < ir->n_flows; i++)
    if (strcmp(ir->elements[ir->flows[i].src].id, src) == 0 &&
        strcmp(ir->elements[ir->flows[i].dst].id, dst) == 0)
      return ir->flows[i].id;
  fail_msg("no flow %s -> %s", src, dst);
  return NULL;
}

/* review16: what folding a card keeps of the frame. An arrow between two
 * frames (both ends fanned: e1@ai@bi) is the arrow's own once both fold;
 * one between a card and a lane keeps the lane's member (e2@m1, not
 * e2@m1@ai). The frame's written properties (an <object> with owner= and
 * data=) are the card's; and the same card drawn on two pages folds into
 * one element on each, named by page ("Two/A"), as the icon was. */
static void test_card_fold_keeps_the_frame(void **state) {
  (void)state;
  static const char text[] =
      "<mxfile><diagram name=\"One\" id=\"p1\">" HEAD
      "<object id=\"A\" label=\"Orders API\" owner=\"payments\" data=\"pii\"><mxCell "
      "style=\"rounded=0;html=1;container=1;fillColor=none;\" vertex=\"1\" "
      "parent=\"1\"><mxGeometry x=\"200\" y=\"0\" width=\"200\" height=\"200\" "
      "as=\"geometry\"/></mxCell></object>" C(
          "ai", "A", "", "shape=mxgraph.aws4.resourceIcon;resIcon=mxgraph.aws4.lambda;",
          10, 10, 60,
          60) V("B", "Ledger", "rounded=1;html=1;container=1;", 600, 0, 240, 90)
          C("bi", "B", "", "shape=mxgraph.gcp2.hexIcon;prIcon=cloud_sql;", 5, 5, 30, 30)
              V("L", "Channels", "swimlane;html=1;", 0, 300, 200, 300)
                  C("m1", "L", "Mobile app", "ellipse;", 20, 40, 40, 40)
                      C("m2", "L", "Partner feed", "ellipse;", 20, 140, 40, 40)
                          E("e1", "A", "B") E("e2", "L", "A") E("e3", "B", "L") TAIL
      "</diagram><diagram name=\"Two\" id=\"p2\">" HEAD V(
          "A", "Orders API", "rounded=0;html=1;container=1;fillColor=none;", 200, 0, 200,
          200)
          C("ai", "A", "", "shape=mxgraph.aws4.resourceIcon;resIcon=mxgraph.aws4.lambda;",
            10, 10, 60, 60) V("u", "Customer", "shape=umlActor;", 0, 0, 60, 60)
              E("e9", "u", "A") TAIL "</diagram></mxfile>";
  tmc_ir *ir = drawio(text);
  assert_false(ir_has_boundary(ir, "A"));
  assert_false(ir_has_boundary(ir, "B"));
  assert_true(ir_has_boundary(ir, "L"));
  assert_string_equal(flow_id(ir, "A", "B"), "e1");
  assert_string_equal(flow_id(ir, "m1", "A"), "e2@m1");
  assert_string_equal(flow_id(ir, "m2", "A"), "e2@m2");
  assert_string_equal(flow_id(ir, "B", "m1"), "e3@m1");
  assert_string_equal(flow_id(ir, "u", "A"), "e9");
  const tmc_element *a1 = NULL, *a2 = NULL;
  for (uint32_t i = 0; i < ir->n_elements; i++)
    if (strcmp(ir->elements[i].id, "A") == 0)
      *(ir->elements[i].page == 0 ? &a1 : &a2) = &ir->elements[i];
  assert_non_null(a1);
  assert_non_null(a2);
  assert_string_equal(a1->qname, "One/A");
  assert_string_equal(a2->qname, "Two/A");
  assert_string_equal(tmc_props_get(&a1->props, "owner"), "payments");
  assert_string_equal(tmc_props_get(&a1->props, "data"), "pii");
  assert_null(tmc_props_get(&a2->props, "owner"));
  tmc_ir_free(ir);
}

/* review16 item 4: a card's caption is a title and a subtitle at most. A
 * rounded card with a Lambda icon, its name and its runtime folds into one
 * element; a container with one icon and three notes (a legend with a
 * logo, a notes panel) is no card but a boundary around the icon, though
 * arrows end at its notes, and so is a labelled frame around an icon and
 * three notes. */
static void test_card_captions_capped(void **state) {
  (void)state;
  tmc_ir *ir = drawio(
      HEAD V("u", "Customer", "shape=umlActor;", 0, 0, 60,
             60) V("K", "", "rounded=1;html=1;container=1;", 200, 0, 240, 90)
          C("ki", "K", "", "shape=mxgraph.aws4.resourceIcon;resIcon=mxgraph.aws4.lambda;",
            5, 5, 40, 40) C("kt", "K", "Orders API", "text;html=1;", 50, 5, 150, 20)
              C("ks", "K", "AWS Lambda", "text;html=1;", 50, 30, 150,
                20) V("N", "", "rounded=1;html=1;container=1;", 600, 0, 300, 200)
                  C("ni", "N", "",
                    "shape=mxgraph.aws4.resourceIcon;resIcon=mxgraph.aws4.s3;", 5, 5, 40,
                    40) C("n1", "N", "Legend", "text;html=1;", 50, 5, 150, 20)
                      C("n2", "N", "solid line: HTTPS", "text;html=1;", 50, 50, 150,
                        20) C("n3", "N", "dashed line: batch", "text;html=1;", 50, 100,
                              150, 20) V("P", "Payments notes",
                                         "rounded=0;html=1;container=1;fillColor=none;",
                                         0, 300, 300, 200)
                          C("pi", "P", "",
                            "shape=mxgraph.aws4.resourceIcon;resIcon=mxgraph."
                            "aws4.lambda;",
                            5, 5, 40, 40) C("p1", "P", "retries: 3", "text;html=1;", 50,
                                            5, 150, 20) C("p2", "P", "timeout: 30 s",
                                                          "text;html=1;", 50, 50, 150, 20)
                              C("p3", "P", "owner: payments team", "text;html=1;", 50,
                                100, 150, 20) E("e1", "u", "K") E("e2", "K", "n2")
                                  E("e3", "K", "n3") E("e4", "u", "pi") TAIL);
  assert_true(has_elem(ir, "K"));
  assert_false(has_elem(ir, "ki"));
  assert_string_equal(elem(ir, "K")->name_line ? elem(ir, "K")->name_line
                                               : elem(ir, "K")->label,
                      "Orders API");
  assert_true(ir_has_flow(ir, "u", "K"));
  assert_true(ir_has_boundary(ir, "N"));
  assert_false(has_elem(ir, "N"));
  assert_true(has_elem(ir, "ni"));
  assert_true(ir_has_boundary(ir, "P"));
  assert_true(has_elem(ir, "pi"));
  assert_true(ir_has_flow(ir, "u", "pi"));
  tmc_ir_free(ir);
}

/* A rectangle drawn behind two shapes, in `style`. */
#define PANEL(id, label, style, x, y)                                                    \
  V(id, label, style, x, y, 200, 150)                                                    \
  V(id "a", "A " label, "ellipse;", x + 20, y + 40, 40, 40)                              \
  V(id "b", "B " label, "ellipse;", x + 120, y + 40, 40, 40)

#define SECTION                                                                          \
  "rounded=1;fillColor=#BAC8D3;opacity=70;verticalAlign=top;strokeColor=none;"
#define SITE "rounded=1;fillColor=#BAC8D3;opacity=40;strokeColor=none;"

/* What the page's structure says of boxes no word decides: one drawn
 * exactly like a sibling that words make a grouping is a grouping too (the
 * style's settings in any order); one with no text and no boundary style
 * names no trust area, unless it is the backdrop of other boxes. */
static void test_groupings_by_structure(void **state) {
  (void)state;
  tmc_ir *ir = drawio(HEAD V("site", "", SITE, 0, 0, 1000, 600)
                          PANEL("s1", "Step 1", SECTION, 20, 20)
                              PANEL("s2", "Print room", SECTION, 260, 20)
                                  PANEL("s3", "Archive",
                                        "opacity=70;rounded=1;"
                                        "verticalAlign=top;strokeColor=none;"
                                        "fillColor=#BAC8D3;",
                                        500, 20) PANEL("o", "Contractors", SITE, 20, 300)
                                      PANEL("bar", "", "fillColor=#eeeeee;", 1100, 0)
                                          PANEL("d", "", "dashed=1;", 1100, 300) TAIL);
  const tmc_boundary *site = bound(ir, "site");
  assert_true(bound(ir, "s1")->grouping);
  assert_int_equal(bound(ir, "s1")->zone_source, TMC_SOURCE_LABEL_WORD);
  for (const char *id = "s2"; id; id = strcmp(id, "s2") == 0 ? "s3" : NULL) {
    const tmc_boundary *x = bound(ir, id);
    assert_true(x->grouping);
    assert_int_equal(x->zone_source, TMC_SOURCE_STYLE);
    assert_non_null(strstr(x->zone_evidence, "'Step 1'"));
    assert_int_equal(x->parent, (uint32_t)(site - ir->boundaries));
  }
  /* Drawn like the sections but not beside them: says nothing of it. */
  assert_false(bound(ir, "o")->grouping);
  /* The unnamed backdrop holds the sections: the area they lie in. */
  assert_false(site->grouping);
  assert_true(bound(ir, "bar")->grouping);
  assert_string_equal(bound(ir, "bar")->zone_evidence, "no name and no boundary style");
  assert_false(bound(ir, "d")->grouping);
  tmc_ir_free(ir);
  /* Variant: Graphviz clusters, by their pen and fill; a cluster with no
   * label= is no trust zone, one with a dashed outline is. */
  ir = run("t.dot", "digraph g {\n"
                    "  subgraph cluster_p1 { label=\"Phase one\"; color=blue; a; }\n"
                    "  subgraph cluster_p2 { label=\"Ingest\"; color=blue; b; }\n"
                    "  subgraph cluster_p3 { label=\"Scoring\"; color=grey; c; }\n"
                    "  subgraph cluster_4 { d; e; }\n"
                    "  subgraph cluster_5 { style=dashed; f; }\n"
                    "  subgraph cluster_6 { label=\"Web tier\"; g; }\n"
                    "  subgraph cluster_7 { label=\"Card vault\"; h; }\n"
                    "  a -> b -> c -> d -> f -> g -> h;\n}\n");
  assert_true(bound(ir, "cluster_p2")->grouping);
  assert_int_equal(bound(ir, "cluster_p2")->zone_source, TMC_SOURCE_STYLE);
  assert_false(bound(ir, "cluster_p3")->grouping);
  assert_true(bound(ir, "cluster_4")->grouping);
  assert_false(bound(ir, "cluster_5")->grouping);
  /* Drawn alike only by default (no pen or fill set): nothing said. */
  assert_true(bound(ir, "cluster_6")->grouping);
  assert_false(bound(ir, "cluster_7")->grouping);
  tmc_ir_free(ir);
  /* A Mermaid subgraph's id is its title, which Mermaid draws: no text is
   * missing there. */
  ir = run("t.mmd", "flowchart LR\n  subgraph Worker\n    a --> b\n  end\n  c --> a\n");
  assert_false(bound(ir, "Worker")->grouping);
  tmc_ir_free(ir);
}

/* A zone's icon in a plain box's top-left corner says what the box is
 * (Azure, GCP, Kubernetes diagrams draw VNets, VPCs and namespaces so),
 * above a grouping word; an icon elsewhere in the box, or a padlock in its
 * corner, says nothing of the box. */
static void test_zone_icon_in_corner(void **state) {
  (void)state;
  tmc_ir *ir = drawio(
      HEAD PANEL("hub", "Hub", "rounded=0;fillColor=none;strokeColor=#0078D4;", 0, 0) V(
          "ic", "", "image;html=1;image=img/lib/azure2/networking/Virtual_Networks.svg;",
          4, 4, 24,
          24) PANEL("shared", "Shared services", "rounded=0;fillColor=none;", 300, 0)
          V("hex", "", "shape=mxgraph.gcp2.hexIcon;prIcon=virtual_private_cloud;", 290,
            -10, 40, 40) PANEL("mid", "Billing", "rounded=0;fillColor=none;", 600, 0)
              V("ic2", "",
                "image;html=1;image=img/lib/azure2/networking/Virtual_Networks.svg;", 690,
                110, 24, 24) PANEL("lock", "Records", "rounded=0;fillColor=none;", 900, 0)
                  V("pad", "", "shape=mxgraph.aws4.ssl_padlock;", 904, 4, 20, 20)
                      V("ns", "team-a", "swimlane;html=1;", 0, 400, 200, 200)
                          V("nsi", "", "shape=mxgraph.kubernetes.icon;prIcon=ns;", 2, 402,
                            30, 30) TAIL);
  const tmc_boundary *hub = bound(ir, "hub"), *shared = bound(ir, "shared");
  assert_false(hub->grouping);
  assert_int_equal(hub->zone_source, TMC_SOURCE_ICON);
  assert_string_equal(hub->zone_evidence,
                      "img/lib/azure2/networking/Virtual_Networks.svg");
  assert_false(shared->grouping);
  assert_int_equal(shared->zone_source, TMC_SOURCE_ICON);
  assert_int_equal(bound(ir, "mid")->zone_source, TMC_SOURCE_DEFAULT);
  assert_int_equal(bound(ir, "lock")->zone_source, TMC_SOURCE_DEFAULT);
  /* An empty container is kept for its icon, as for a zone word. */
  assert_true(ir_has_boundary(ir, "ns"));
  assert_int_equal(bound(ir, "ns")->zone_source, TMC_SOURCE_ICON);
  tmc_ir_free(ir);
}

/* Columns drawn alike, one of which the arrows treat as a whole: it is a
 * box like its siblings (the arrows reach the shapes on it), and a grouping
 * like the one whose word says so. A card drawn otherwise stays a card. */
static void test_column_arrows_reach(void **state) {
  (void)state;
#define COLUMN "rounded=1;arcSize=2;strokeColor=none;fillColor=#E1F5FE;verticalAlign=top;"
  tmc_ir *ir = drawio(HEAD PANEL("ing", "Ingest stage", COLUMN, 0,
                                 0) PANEL("sc", "Scoring", COLUMN, 300, 0)
                          PANEL("card", "Alerts", "rounded=1;fillColor=#ffffff;", 600, 0)
                              V("src", "Feed", "ellipse;", 300, 400, 40, 40)
                                  E("f1", "src", "sc") E("f2", "src", "card") TAIL);
#undef COLUMN
  assert_false(has_elem(ir, "sc"));
  const tmc_boundary *sc = bound(ir, "sc");
  assert_true(sc->grouping);
  assert_int_equal(sc->zone_source, TMC_SOURCE_STYLE);
  assert_true(ir_has_flow(ir, "src", "sca"));
  assert_true(ir_has_flow(ir, "src", "scb"));
  assert_true(has_elem(ir, "card"));
  assert_true(ir_has_flow(ir, "src", "card"));
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test_teardown(test_zone_and_grouping_words, teardown),
      cmocka_unit_test_teardown(test_grouping_fences_no_trust, teardown),
      cmocka_unit_test_teardown(test_one_box_around_the_system, teardown),
      cmocka_unit_test_teardown(test_tentative_lines, teardown),
      cmocka_unit_test_teardown(test_empty_containers, teardown),
      cmocka_unit_test_teardown(test_labelled_rectangle_around_shapes, teardown),
      cmocka_unit_test_teardown(test_dot_clusters, teardown),
      cmocka_unit_test_teardown(test_group_stencils, teardown),
      cmocka_unit_test_teardown(test_arrows_through_containers, teardown),
      cmocka_unit_test_teardown(test_groupings_by_structure, teardown),
      cmocka_unit_test_teardown(test_zone_icon_in_corner, teardown),
      cmocka_unit_test_teardown(test_column_arrows_reach, teardown),
      cmocka_unit_test_teardown(test_labelled_cards_fold_unless_zones, teardown),
      cmocka_unit_test_teardown(test_cards_fold_wherever_drawn, teardown),
      cmocka_unit_test_teardown(test_card_fold_keeps_the_frame, teardown),
      cmocka_unit_test_teardown(test_card_captions_capped, teardown),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
