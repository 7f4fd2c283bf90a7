/* test_blind30b.c - what blind30's no-AI systems taught (g30b, issues #15,
 * #16), each in wordings and domains of this file's own: a DOT edge label's
 * \E, \T and \H are its ends' names, as Graphviz draws them. */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "drawio_macros.h"
#include "engine_helpers.h"

static const char *flow_label(const tmc_ir *ir, const char *src, const char *dst) {
  return ir->flows[flow(ir, src, dst)].label;
}

/* DOT, a library's lending desk: a graph-wide default edge label "\T to
 * \H" names both ends, "\E" the edge, "\G" the graph; an escaped record
 * label stays as written; a label of its own is kept; in an undirected
 * graph \E joins the ends with "--". */
static void test_dot_edge_name_escapes(void **state) {
  (void)state;
  static const char dot[] = "digraph lending {\n"
                            " node [shape=record]; edge [label=\"\\T to \\H\"];\n"
                            " desk [label=\"{Loans desk|renew \\| return\\l}\"];\n"
                            " cat [label=\"Catalogue\", shape=cylinder];\n"
                            " patron [label=\"Patrons\", shape=box];\n"
                            " desk -> cat;\n"
                            " cat -> desk [label=\"\\E (holds)\"];\n"
                            " patron -> desk [label=\"loan request\"];\n"
                            " desk -> patron [label=\"\\G: due date\"];\n"
                            "}\n";
  tmc_ir *ir = analyse_with(dot, cat, "classify");
  assert_string_equal(flow_label(ir, "desk", "cat"), "desk to cat");
  assert_string_equal(flow_label(ir, "cat", "desk"), "cat->desk (holds)");
  assert_string_equal(flow_label(ir, "patron", "desk"), "loan request");
  assert_string_equal(flow_label(ir, "desk", "patron"), "lending: due date");
  assert_string_equal(elem_at(ir, "desk")->label, "Loans desk renew | return");
  tmc_ir_free(ir);
  static const char undirected[] = "graph g {\n"
                                   " a [label=\"Till\"]; b [label=\"Stock list\"];\n"
                                   " a -- b [label=\"\\E\"];\n"
                                   "}\n";
  ir = analyse_with(undirected, cat, "classify");
  assert_string_equal(ir->flows[0].label, "a--b");
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_dot_edge_name_escapes),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
