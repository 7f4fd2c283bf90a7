/* test_mermaid.c - the Mermaid flowchart reader and the Markdown fences: one
 * test per syntax form of issue #19 (headers, shapes, subgraphs, link forms,
 * labels, chains, &, styling statements, comments, directives, front
 * matter), the `%% tmc:` vocabulary comments, and the errors with their
 * lines. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "ir_helpers.h"

#define MMD(text, d) ir_parse("t.mmd", (text), sizeof(text) - 1, (d))

/* The flow from a to b (the first), or NULL. */
static const tmc_flow *fl(const tmc_ir *ir, const char *a, const char *b) {
  for (uint32_t i = 0; i < ir->n_flows; i++)
    if (strcmp(ir->elements[ir->flows[i].src].id, a) == 0 &&
        strcmp(ir->elements[ir->flows[i].dst].id, b) == 0)
      return &ir->flows[i];
  return NULL;
}

static const char *zone_of(const tmc_ir *ir, const char *id) {
  uint32_t b = ir_element(ir, id)->boundary;
  return b == TMC_NONE ? "-" : ir->boundaries[b].label;
}

/* Parses text that must fail; returns the first error's message and line. */
static void fails(const char *text, uint32_t line, const char *says) {
  tmc_diags d = TMC_DIAGS_INIT;
  tmc_ir *ir = NULL;
  assert_true(tmc_frontend_parse(&ir, "t.mmd", text, strlen(text), NULL, &d) < 0);
  assert_null(ir);
  uint32_t k = 0;
  while (k < d.n && d.v[k].level != TMC_DIAG_ERROR)
    k++;
  assert_true(k < d.n);
  if (!strstr(d.v[k].msg, says))
    fail_msg("'%s' does not say '%s'", d.v[k].msg, says);
  assert_int_equal(d.v[k].loc.line, line);
  assert_string_equal(d.v[k].loc.file, "t.mmd");
  tmc_diags_free(&d);
}

static void headers_and_directions(void **state) {
  (void)state;
  static const char *const heads[] = {"flowchart TD", "flowchart TB", "flowchart BT",
                                      "flowchart LR", "flowchart RL", "graph TD",
                                      "graph LR",     "flowchart",    "graph TB;"};
  for (size_t i = 0; i < sizeof heads / sizeof *heads; i++) {
    char text[128];
    snprintf(text, sizeof text, "%s\n  a --> b\n", heads[i]);
    tmc_diags d = TMC_DIAGS_INIT;
    tmc_ir *ir = ir_parse("t.mmd", text, strlen(text), &d);
    assert_int_equal(ir->n_elements, 2);
    assert_int_equal(ir->n_flows, 1);
    assert_string_equal(ir->format->name, "mermaid");
    tmc_ir_free(ir);
    tmc_diags_free(&d);
  }
  /* Statements on the header line after ';'. */
  tmc_diags d = TMC_DIAGS_INIT;
  tmc_ir *ir = MMD("graph LR; a-->b; b-->c\n", &d);
  assert_int_equal(ir->n_flows, 2);
  tmc_ir_free(ir);
  tmc_diags_free(&d);
}

static void node_shapes(void **state) {
  (void)state;
  tmc_diags d = TMC_DIAGS_INIT;
  tmc_ir *ir = MMD("flowchart LR\n"
                   "  a[Rect] --> b(Round) --> c([Stadium]) --> d[(Database)]\n"
                   "  e((Circle)) --> f{Decision} --> g[/Lean/] --> h>Flag]\n"
                   "  i{{Hex}} --> j[[Sub]] --> k(((Double))) --> l[\\Back\\]\n"
                   "  m@{ shape: h-cyl, label: \"Message bus\" } --> n@{shape: doc}\n"
                   "  o@{ shape: no-such-shape }\n"
                   "  p\n",
                   &d);
  struct {
    const char *id, *shape, *label;
  } want[] = {
      {"a", "box", "Rect"},
      {"b", "oval", "Round"},
      {"c", "oval", "Stadium"},
      {"d", "cylinder", "Database"},
      {"e", "circle", "Circle"},
      {"f", "diamond", "Decision"},
      {"g", "parallelogram", "Lean"},
      {"h", "cds", "Flag"},
      {"i", "hexagon", "Hex"},
      {"j", "component", "Sub"},
      {"k", "doublecircle", "Double"},
      {"l", "parallelogram", "Back"},
      {"m", "cylinder", "Message bus"},
      {"n", "note", "n"},
      {"o", "box", "o"},
      {"p", "box", "p"},
  };
  for (size_t i = 0; i < sizeof want / sizeof *want; i++) {
    const tmc_element *e = ir_element(ir, want[i].id);
    assert_string_equal(e->shape, want[i].shape);
    assert_string_equal(e->label, want[i].label);
    assert_int_equal(e->notation, TMC_NOTATION_DOT);
  }
  assert_int_equal(ir->n_flows, 10);
  /* The unknown @{shape} is a warning at its line. */
  bool warned = false;
  for (uint32_t k = 0; k < d.n; k++)
    warned |= d.v[k].level == TMC_DIAG_WARNING && d.v[k].loc.line == 6 &&
              strstr(d.v[k].msg, "no-such-shape");
  assert_true(warned);
  tmc_ir_free(ir);
  tmc_diags_free(&d);
}

static void quoted_and_html_labels(void **state) {
  (void)state;
  tmc_diags d = TMC_DIAGS_INIT;
  tmc_ir *ir =
      MMD("graph TD\n"
          "  a[\"App Service (S1)<br/>.NET 8\"] --> b(\"Cache &#40;Valkey&#41;\")\n"
          "  c[Label with <b>bold</b> &amp; break<br>here]\n"
          "  a[\"Redefined\"]\n",
          &d);
  assert_string_equal(ir_element(ir, "a")->label, "Redefined"); /* the last text wins */
  assert_string_equal(ir_element(ir, "b")->label, "Cache (Valkey)");
  assert_string_equal(ir_element(ir, "c")->label, "Label with bold & break here");
  assert_int_equal(ir_element(ir, "a")->loc.line, 2); /* where it was first seen */
  assert_int_equal(ir_element(ir, "a")->loc.col, 3);
  tmc_ir_free(ir);
  tmc_diags_free(&d);
}

static void link_forms(void **state) {
  (void)state;
  tmc_diags d = TMC_DIAGS_INIT;
  tmc_ir *ir = MMD("flowchart LR\n"
                   "  a --> b\n"
                   "  a --- c\n"
                   "  a -.-> d\n"
                   "  a ==> e\n"
                   "  a --o f\n"
                   "  a --x g\n"
                   "  a <--> h\n"
                   "  a ----> i\n"
                   "  a -.- j\n"
                   "  a === k\n"
                   "  a ~~~ l\n"
                   "  a-->m\n"
                   "  a -..-> n\n",
                   &d);
  assert_int_equal(ir->n_elements, 14);
  assert_int_equal(ir->n_flows, 12); /* ~~~ is no flow */
  assert_null(fl(ir, "a", "l"));
  assert_false(fl(ir, "a", "b")->bidirectional);
  assert_true(fl(ir, "a", "c")->bidirectional); /* an open link joins both ways */
  assert_false(fl(ir, "a", "d")->bidirectional);
  assert_false(fl(ir, "a", "e")->bidirectional);
  assert_false(fl(ir, "a", "f")->bidirectional);
  assert_false(fl(ir, "a", "g")->bidirectional);
  assert_true(fl(ir, "a", "h")->bidirectional);
  assert_false(fl(ir, "a", "i")->bidirectional);
  assert_true(fl(ir, "a", "j")->bidirectional);
  assert_true(fl(ir, "a", "k")->bidirectional);
  assert_non_null(fl(ir, "a", "m"));
  assert_non_null(fl(ir, "a", "n"));
  assert_int_equal(fl(ir, "a", "d")->loc.line, 4);
  assert_int_equal(fl(ir, "a", "d")->loc.col, 5);
  tmc_ir_free(ir);
  tmc_diags_free(&d);
}

static void link_labels(void **state) {
  (void)state;
  tmc_diags d = TMC_DIAGS_INIT;
  tmc_ir *ir = MMD("flowchart LR\n"
                   "  a -- sends orders --> b\n"
                   "  a -->|HTTPS| c\n"
                   "  a -. exports CMK ARN .-> d\n"
                   "  a == hot path ==> e\n"
                   "  a -- plain text --- f\n"
                   "  a -->|\"quoted | pipe\"| g\n"
                   "  a ---->|gRPC| h\n",
                   &d);
  assert_string_equal(fl(ir, "a", "b")->label, "sends orders");
  assert_string_equal(fl(ir, "a", "c")->label, "HTTPS");
  assert_string_equal(fl(ir, "a", "d")->label, "exports CMK ARN");
  assert_string_equal(fl(ir, "a", "e")->label, "hot path");
  assert_string_equal(fl(ir, "a", "f")->label, "plain text");
  assert_true(fl(ir, "a", "f")->bidirectional);
  assert_string_equal(fl(ir, "a", "g")->label, "quoted | pipe");
  assert_string_equal(fl(ir, "a", "h")->label, "gRPC");
  tmc_ir_free(ir);
  tmc_diags_free(&d);
}

static void chains_and_ampersands(void **state) {
  (void)state;
  tmc_diags d = TMC_DIAGS_INIT;
  tmc_ir *ir = MMD("flowchart LR\n"
                   "  a --> b --> c -->|last| d\n"
                   "  e & f --> g & h\n"
                   "  i:::cls --> j[J]:::other & k\n",
                   &d);
  assert_int_equal(ir->n_elements, 11);
  assert_int_equal(ir->n_flows, 3 + 4 + 2);
  assert_non_null(fl(ir, "b", "c"));
  assert_string_equal(fl(ir, "c", "d")->label, "last");
  assert_non_null(fl(ir, "e", "h"));
  assert_non_null(fl(ir, "f", "g"));
  assert_non_null(fl(ir, "i", "k"));
  assert_string_equal(ir_element(ir, "j")->label, "J");
  tmc_ir_free(ir);
  tmc_diags_free(&d);
}

static void subgraphs_are_zones(void **state) {
  (void)state;
  tmc_diags d = TMC_DIAGS_INIT;
  tmc_ir *ir = MMD("flowchart TB\n"
                   "  subgraph outer[\"Corporate network\"]\n"
                   "    direction LR\n"
                   "    subgraph inner [Database tier]\n"
                   "      db[(Orders)]\n"
                   "    end\n"
                   "    api[API]\n"
                   "  end\n"
                   "  subgraph \"Internet\"\n"
                   "    user[User]\n"
                   "  end\n"
                   "  subgraph DMZ\n"
                   "    web[Web]\n"
                   "  end\n"
                   "  subgraph Plain words here\n"
                   "    job[Job]\n"
                   "  end\n"
                   "  user --> web --> api --> db\n",
                   &d);
  assert_int_equal(ir->n_boundaries, 5);
  assert_string_equal(ir->boundaries[0].label, "Corporate network");
  assert_string_equal(ir->boundaries[0].id, "outer");
  assert_string_equal(ir->boundaries[1].label, "Database tier");
  assert_int_equal(ir->boundaries[1].parent, 0);
  assert_int_equal(ir->boundaries[1].depth, 1);
  assert_int_equal(ir->boundaries[1].form, TMC_BOUNDARY_CLUSTER);
  assert_string_equal(ir->boundaries[2].label, "Internet");
  assert_string_equal(ir->boundaries[3].label, "DMZ");
  assert_string_equal(ir->boundaries[4].label, "Plain words here");
  assert_string_equal(zone_of(ir, "db"), "Database tier");
  assert_string_equal(zone_of(ir, "api"), "Corporate network");
  assert_string_equal(zone_of(ir, "user"), "Internet");
  assert_string_equal(zone_of(ir, "job"), "Plain words here");
  assert_int_equal(ir->boundaries[1].loc.line, 4);
  tmc_ir_free(ir);
  tmc_diags_free(&d);
}

/* A node belongs to the first subgraph that closes having named it, as in
 * Mermaid: mentioned first outside, then inside, it is inside. */
static void membership_follows_mermaid(void **state) {
  (void)state;
  tmc_diags d = TMC_DIAGS_INIT;
  tmc_ir *ir = MMD("graph TD\n"
                   "  a[A] --> b[B]\n"
                   "  subgraph one\n"
                   "    b --> c\n"
                   "  end\n"
                   "  subgraph two\n"
                   "    c --> d\n"
                   "  end\n",
                   &d);
  assert_string_equal(zone_of(ir, "a"), "-");
  assert_string_equal(zone_of(ir, "b"), "one");
  assert_string_equal(zone_of(ir, "c"), "one");
  assert_string_equal(zone_of(ir, "d"), "two");
  tmc_ir_free(ir);
  tmc_diags_free(&d);
}

/* A link to a subgraph reaches its first member nothing inside feeds; a
 * link from it leaves its last member that feeds nothing inside. */
static void subgraph_as_link_end(void **state) {
  (void)state;
  tmc_diags d = TMC_DIAGS_INIT;
  tmc_ir *ir = MMD("graph TD\n"
                   "  gw[Gateway] --> Pipeline\n"
                   "  subgraph Pipeline [Checks]\n"
                   "    p0 --> p1 --> p2\n"
                   "  end\n"
                   "  Pipeline --> out[Decision]\n"
                   "  x ~~~ Pipeline\n"
                   "  subgraph Empty\n"
                   "  end\n"
                   "  gw --> Empty\n",
                   &d);
  assert_int_equal(ir->n_elements, 6); /* gw p0 p1 p2 out x: no node "Pipeline" */
  assert_non_null(fl(ir, "gw", "p0"));
  assert_non_null(fl(ir, "p2", "out"));
  assert_int_equal(ir->n_flows, 4);
  bool warned = false;
  for (uint32_t k = 0; k < d.n; k++)
    warned |= d.v[k].loc.line == 10 && strstr(d.v[k].msg, "empty subgraph");
  assert_true(warned);
  tmc_ir_free(ir);
  tmc_diags_free(&d);
}

static void styling_comments_directives_front_matter(void **state) {
  (void)state;
  tmc_diags d = TMC_DIAGS_INIT;
  tmc_ir *ir = MMD("---\n"
                   "title: Orders\n"
                   "config:\n"
                   "  theme: base\n"
                   "---\n"
                   "%%{init: {\"layout\": \"elk\"}}%%\n"
                   "%% a comment before the header\n"
                   "flowchart LR\n"
                   "  classDef db fill:#eef,stroke:#333\n"
                   "  classDef default fill:#fff\n"
                   "  class a,b db\n"
                   "  style a fill:#f9f\n"
                   "  linkStyle 0 stroke:#ff3\n"
                   "  click a \"https://example.com\" \"tooltip\"\n"
                   "  %% a --> comment\n"
                   "  %%{ wrap }%%\n"
                   "  accTitle: Orders\n"
                   "  a --> b\n",
                   &d);
  assert_int_equal(ir->n_elements, 2);
  assert_int_equal(ir->n_flows, 1);
  assert_string_equal(ir->title, "Orders");
  assert_int_equal(ir->flows[0].loc.line, 18);
  tmc_ir_free(ir);
  tmc_diags_free(&d);
}

static void tmc_comments_carry_the_vocabulary(void **state) {
  (void)state;
  tmc_diags d = TMC_DIAGS_INIT;
  tmc_ir *ir =
      MMD("flowchart LR\n"
          "  %% tmc: db type=data_store sensitivity=confidential data=pii,orders\n"
          "  %% tmc: web->db protocol=tls encrypted=true\n"
          "  %% tmc: dmz trust=1 note=\"two words\"\n"
          "  %% tmc: e1 authenticated=true\n"
          "  %% tmc: nobody type=llm\n"
          "  subgraph dmz[DMZ]\n"
          "    web[Web]\n"
          "  end\n"
          "  web --> db[(Orders)]\n"
          "  web e1@--> api\n",
          &d);
  const tmc_element *db = ir_element(ir, "db");
  assert_string_equal(tmc_props_get(&db->props, "type"), "data_store");
  assert_string_equal(tmc_props_get(&db->props, "sensitivity"), "confidential");
  assert_string_equal(tmc_props_get(&db->props, "data"), "pii,orders");
  assert_string_equal(tmc_props_get(&fl(ir, "web", "db")->props, "protocol"), "tls");
  assert_string_equal(tmc_props_get(&ir->boundaries[0].props, "trust"), "1");
  assert_string_equal(tmc_props_get(&ir->boundaries[0].props, "note"), "two words");
  assert_string_equal(tmc_props_get(&fl(ir, "web", "api")->props, "authenticated"),
                      "true");
  bool warned = false;
  for (uint32_t k = 0; k < d.n; k++)
    warned |= d.v[k].level == TMC_DIAG_WARNING && d.v[k].loc.line == 6 &&
              strstr(d.v[k].msg, "nobody");
  assert_true(warned);
  tmc_ir_free(ir);
  tmc_diags_free(&d);
}

static void errors_name_their_line(void **state) {
  (void)state;
  fails("graph TD\n  a --> b\n  c[Layer 1 (logging)] --> d\n", 3, "unquoted '('");
  fails("graph TD\n  c[Layer 1 (logging)] --> d\n", 2, "quote the label");
  fails("graph TD\n  a --> \n", 2, "expected a node id");
  fails("graph TD\n  a -> b\n", 2, "not a Mermaid link");
  fails("graph TD\n  a[open --> b\n", 2, "not closed");
  fails("graph TD\n  subgraph x\n  a\n", 2, "not closed with `end`");
  fails("graph TD\n  a\n  end\n", 3, "'end' without");
  fails("sequenceDiagram\n  A->>B: hi\n", 1, "not a flowchart");
  fails("%% only a comment\n", 1, "header");
  fails("graph TD\n  a -- never closed\n", 2, "no link end closes");
}

static void limits_hold(void **state) {
  (void)state;
  tmc_frontend_opts o = TMC_FRONTEND_OPTS_INIT;
  o.max_elements = 5;
  tmc_diags d = TMC_DIAGS_INIT;
  tmc_ir *ir = NULL;
  static const char many[] = "graph TD\n a-->b-->c-->d-->e\n";
  assert_true(tmc_frontend_parse(&ir, "t.mmd", many, sizeof many - 1, &o, &d) < 0);
  assert_non_null(strstr(d.v[0].msg, "--max-elements"));
  tmc_diags_free(&d);
  o = (tmc_frontend_opts)TMC_FRONTEND_OPTS_INIT;
  o.max_depth = 2;
  static const char deep[] =
      "graph TD\nsubgraph a\nsubgraph b\nsubgraph c\nx\nend\nend\nend\n";
  assert_true(tmc_frontend_parse(&ir, "t.mmd", deep, sizeof deep - 1, &o, &d) < 0);
  assert_non_null(strstr(d.v[0].msg, "--max-depth"));
  assert_int_equal(d.v[0].loc.line, 4);
  tmc_diags_free(&d);
  /* Invalid UTF-8 is repaired at the door. */
  static const char bad[] = "graph TD\n a[caf\xC3] --> b\n";
  ir = ir_parse("t.mmd", bad, sizeof bad - 1, &d);
  assert_true(tmc_text_is_clean(ir_element(ir, "a")->label));
  tmc_ir_free(ir);
  tmc_diags_free(&d);
}

static void markdown_fences(void **state) {
  (void)state;
  static const char md[] = "# Architecture\n"
                           "\n"
                           "Some text.\n"
                           "\n"
                           "```mermaid\n"
                           "flowchart LR\n"
                           "  a[User] --> b[API]\n"
                           "```\n"
                           "\n"
                           "```mermaid\n"
                           "sequenceDiagram\n"
                           "  A->>B: hi\n"
                           "```\n"
                           "~~~~ mermaid\n"
                           "graph TD\n"
                           "  c --> d\n"
                           "  d --> e\n"
                           "~~~~\n"
                           "```js\n"
                           "graph TD\n"
                           "```\n";
  tmc_diags d = TMC_DIAGS_INIT;
  tmc_ir *ir = ir_parse("doc.md", md, sizeof md - 1, &d);
  assert_string_equal(ir->format->name, "markdown");
  assert_int_equal(ir->n_pages, 2);
  assert_int_equal(ir->n_elements, 5);
  assert_int_equal(ir->n_flows, 3);
  assert_int_equal(ir_element(ir, "a")->loc.line, 7);
  assert_int_equal(ir_element(ir, "a")->page, 0);
  assert_int_equal(ir_element(ir, "d")->loc.line, 16);
  assert_int_equal(ir_element(ir, "d")->page, 1);
  assert_int_equal(ir->flows[2].loc.line, 17);
  tmc_ir_free(ir);
  tmc_diags_free(&d);
  /* An error inside a fence names the Markdown file's line. */
  static const char bad[] = "# x\n\n```mermaid\ngraph TD\n  a[f(x)] --> b\n```\n";
  ir = NULL;
  assert_true(tmc_frontend_parse(&ir, "doc.md", bad, sizeof bad - 1, NULL, &d) < 0);
  assert_int_equal(d.v[0].loc.line, 5);
  assert_int_equal(d.v[0].loc.col, 6);
  tmc_diags_free(&d);
  static const char none[] = "# x\n\n```mermaid\npie\n  \"a\": 1\n```\n";
  assert_true(tmc_frontend_parse(&ir, "doc.md", none, sizeof none - 1, NULL, &d) < 0);
  assert_non_null(strstr(d.v[d.n - 1].msg, "no Mermaid flowchart"));
  tmc_diags_free(&d);
}

/* The whole pipeline runs on Mermaid, and the shapes mean what they mean in
 * DOT: a cylinder is a data store, a person is an external entity. */
static void analysed_like_dot(void **state) {
  (void)state;
  tmc_diags d = TMC_DIAGS_INIT;
  static const char text[] = "flowchart LR\n"
                             "  subgraph internet[Internet]\n"
                             "    user[Customer]\n"
                             "  end\n"
                             "  subgraph corp[Internal network]\n"
                             "    api((Orders API)) --> db[(Orders DB)]\n"
                             "  end\n"
                             "  user -->|HTTPS| api\n";
  tmc_ir *ir = ir_analysed("t.mmd", text, sizeof text - 1, NULL, "boundaries", &d);
  assert_int_equal(ir_element(ir, "db")->kind, TMC_KIND_DATA_STORE);
  assert_int_equal(ir_element(ir, "api")->kind, TMC_KIND_PROCESS);
  assert_int_equal(ir_element(ir, "user")->kind, TMC_KIND_EXTERNAL);
  assert_true(fl(ir, "user", "api")->n_crossed > 0);
  tmc_ir_free(ir);
  tmc_diags_free(&d);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(headers_and_directions),
      cmocka_unit_test(node_shapes),
      cmocka_unit_test(quoted_and_html_labels),
      cmocka_unit_test(link_forms),
      cmocka_unit_test(link_labels),
      cmocka_unit_test(chains_and_ampersands),
      cmocka_unit_test(subgraphs_are_zones),
      cmocka_unit_test(membership_follows_mermaid),
      cmocka_unit_test(subgraph_as_link_end),
      cmocka_unit_test(styling_comments_directives_front_matter),
      cmocka_unit_test(tmc_comments_carry_the_vocabulary),
      cmocka_unit_test(errors_name_their_line),
      cmocka_unit_test(limits_hold),
      cmocka_unit_test(markdown_fences),
      cmocka_unit_test(analysed_like_dot),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
