/* test_dotscan.c - the pre-scan gives every node, edge and subgraph the line
 * a reader would point at, whatever the DOT looks like. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "frontend/dotscan.h"

static tmc_dotscan *scan(const char *text) {
  return tmc_dotscan_new(text, strlen(text), 0);
}

static void chains_take_the_operator_line(void **state) {
  tmc_dotscan *s = scan("digraph G {\n"     /* 1 */
                        "  a -> b -> c\n"   /* 2 */
                        "  c\n"             /* 3 */
                        "    -> d\n"        /* 4 */
                        "  d [shape=box]\n" /* 5 */
                        "}\n");
  assert_int_equal(tmc_dotscan_graph_line(s), 1);
  assert_int_equal(tmc_dotscan_edge_line(s, "a", "b"), 2);
  assert_int_equal(tmc_dotscan_edge_line(s, "b", "c"), 2);
  assert_int_equal(tmc_dotscan_edge_line(s, "c", "d"), 4);
  /* A node's own statement wins over its first mention in an edge. */
  assert_int_equal(tmc_dotscan_node_line(s, "a"), 2);
  /* c on line 3 starts an edge, not a node statement: first mention wins. */
  assert_int_equal(tmc_dotscan_node_line(s, "c"), 2);
  assert_int_equal(tmc_dotscan_node_line(s, "d"), 5);
  assert_int_equal(tmc_dotscan_node_line(s, "zz"), 0);
  /* Declared: d has a statement of its own; a, b and c only edges name. */
  assert_true(tmc_dotscan_node_declared(s, "d"));
  assert_false(tmc_dotscan_node_declared(s, "a"));
  assert_false(tmc_dotscan_node_declared(s, "c"));
  assert_false(tmc_dotscan_node_declared(s, "zz"));
  tmc_dotscan_free(s);
}

static void strict_and_multi_edges(void **state) {
  tmc_dotscan *s = scan("\n"
                        "strict digraph {\n" /* 2 */
                        "  a -> b\n"         /* 3 */
                        "  a -> b\n"         /* 4 */
                        "  a -> b\n"         /* 5 */
                        "}\n");
  assert_int_equal(tmc_dotscan_graph_line(s), 2);
  /* Successive calls take successive occurrences: multi-edges each get
   * their own line; a strict graph's single edge gets the first. */
  assert_int_equal(tmc_dotscan_edge_line(s, "a", "b"), 3);
  assert_int_equal(tmc_dotscan_edge_line(s, "a", "b"), 4);
  assert_int_equal(tmc_dotscan_edge_line(s, "a", "b"), 5);
  /* Exhausted: falls back to the later node line. */
  assert_int_equal(tmc_dotscan_edge_line(s, "a", "b"), 3);
  tmc_dotscan_free(s);
}

static void undirected_either_order(void **state) {
  tmc_dotscan *s = scan("graph {\n"
                        "  a -- b\n" /* 2 */
                        "}\n");
  assert_int_equal(tmc_dotscan_edge_line(s, "b", "a"), 2);
  tmc_dotscan_free(s);
}

static void ports_and_compass(void **state) {
  tmc_dotscan *s = scan("digraph {\n"
                        "  a:p1:n -> b:s\n"  /* 2 */
                        "  b:e -> \"c\":w\n" /* 3 */
                        "}\n");
  assert_int_equal(tmc_dotscan_edge_line(s, "a", "b"), 2);
  assert_int_equal(tmc_dotscan_edge_line(s, "b", "c"), 3);
  /* The port names are not nodes. */
  assert_int_equal(tmc_dotscan_node_line(s, "p1"), 0);
  assert_int_equal(tmc_dotscan_node_line(s, "n"), 0);
  tmc_dotscan_free(s);
}

static void comments_and_hash_lines(void **state) {
  tmc_dotscan *s = scan("/* a comment\n"      /* 1 */
                        "   -> x -> y */\n"   /* 2 */
                        "digraph {\n"         /* 3 */
                        "# x -> y\n"          /* 4 */
                        "  // y -> z\n"       /* 5 */
                        "  a -> b # b -> c\n" /* 6 */
                        "  /* c -> d */ e\n"  /* 7 */
                        "}\n");
  assert_int_equal(tmc_dotscan_graph_line(s), 3);
  assert_int_equal(tmc_dotscan_node_line(s, "x"), 0);
  assert_int_equal(tmc_dotscan_node_line(s, "z"), 0);
  assert_int_equal(tmc_dotscan_node_line(s, "c"), 0);
  assert_int_equal(tmc_dotscan_node_line(s, "d"), 0);
  assert_int_equal(tmc_dotscan_edge_line(s, "a", "b"), 6);
  assert_int_equal(tmc_dotscan_node_line(s, "e"), 7);
  tmc_dotscan_free(s);
}

static void strings_concatenation_and_escapes(void **state) {
  tmc_dotscan *s = scan("digraph {\n"
                        "  \"web\" + \"app\" -> \"d\\\"b\"\n" /* 2 */
                        "  \"two\n"                           /* 3 */
                        "lines\" -> e\n"                      /* 4 */
                        "  \"cont\\\n"                        /* 5 */
                        "inued\" [label=\"x\" +\n"            /* 6 */
                        "   \"y\"]\n"                         /* 7 */
                        "  f [label=\"-> g\"]\n"              /* 8 */
                        "  <<b>html</b>>\n"                   /* 9 */
                        "}\n");
  assert_int_equal(tmc_dotscan_edge_line(s, "webapp", "d\"b"), 2);
  assert_int_equal(tmc_dotscan_node_line(s, "two\nlines"), 3);
  assert_int_equal(tmc_dotscan_edge_line(s, "two\nlines", "e"), 4);
  /* Backslash-newline is a continuation: the name has no newline. */
  assert_int_equal(tmc_dotscan_node_line(s, "continued"), 5);
  assert_int_equal(tmc_dotscan_node_line(s, "f"), 8);
  assert_int_equal(tmc_dotscan_node_line(s, "g"), 0);
  /* An HTML ID is what is inside the outer brackets. */
  assert_int_equal(tmc_dotscan_node_line(s, "<b>html</b>"), 9);
  tmc_dotscan_free(s);
}

static void edges_into_subgraphs(void **state) {
  tmc_dotscan *s = scan("digraph {\n"
                        "  a -> {b c}\n"                  /* 2 */
                        "  {d e} -> f\n"                  /* 3 */
                        "  g -> subgraph s1 { h -> i }\n" /* 4 */
                        "  {rank=same; j}\n"              /* 5 */
                        "    -> k\n"                      /* 6 */
                        "}\n");
  assert_int_equal(tmc_dotscan_edge_line(s, "a", "b"), 2);
  assert_int_equal(tmc_dotscan_edge_line(s, "a", "c"), 2);
  assert_int_equal(tmc_dotscan_edge_line(s, "d", "f"), 3);
  assert_int_equal(tmc_dotscan_edge_line(s, "e", "f"), 3);
  /* The subgraph's own edge, and the edge from g to each of its nodes. */
  assert_int_equal(tmc_dotscan_edge_line(s, "h", "i"), 4);
  assert_int_equal(tmc_dotscan_edge_line(s, "g", "h"), 4);
  assert_int_equal(tmc_dotscan_edge_line(s, "g", "i"), 4);
  assert_int_equal(tmc_dotscan_edge_line(s, "j", "k"), 6);
  /* "rank" and "same" are an attribute, not nodes. */
  assert_int_equal(tmc_dotscan_node_line(s, "rank"), 0);
  assert_int_equal(tmc_dotscan_node_line(s, "same"), 0);
  assert_int_equal(tmc_dotscan_subgraph_line(s, "s1"), 4);
  /* Three anonymous subgraphs, in text order. */
  assert_int_equal(tmc_dotscan_anon_line(s, 0), 2);
  assert_int_equal(tmc_dotscan_anon_line(s, 1), 3);
  assert_int_equal(tmc_dotscan_anon_line(s, 2), 5);
  assert_int_equal(tmc_dotscan_anon_line(s, 3), 0);
  tmc_dotscan_free(s);
}

static void subgraphs_nesting_and_attributes(void **state) {
  tmc_dotscan *s = scan("digraph {\n"
                        "  node [shape=box]\n"           /* 2 */
                        "  label = \"x -> y\"\n"         /* 3 */
                        "  subgraph cluster_a {\n"       /* 4 */
                        "    subgraph \"cluster b\" {\n" /* 5 */
                        "      n1\n"                     /* 6 */
                        "    }\n"
                        "  }\n"
                        "  subgraph cluster_a { n2 }\n" /* 9 */
                        "}\n");
  assert_int_equal(tmc_dotscan_subgraph_line(s, "cluster_a"), 4); /* the first */
  assert_int_equal(tmc_dotscan_subgraph_line(s, "cluster b"), 5);
  assert_int_equal(tmc_dotscan_node_line(s, "n1"), 6);
  assert_int_equal(tmc_dotscan_node_line(s, "n2"), 9);
  assert_int_equal(tmc_dotscan_node_line(s, "shape"), 0);
  assert_int_equal(tmc_dotscan_node_line(s, "x"), 0);
  uint32_t line;
  assert_int_equal(tmc_dotscan_max_depth(s, &line), 2);
  assert_int_equal(line, 5);
  tmc_dotscan_free(s);
}

static void numbers_split_like_cgraph(void **state) {
  tmc_dotscan *s = scan("digraph {\n"
                        "  1 -> -2.5\n"  /* 2 */
                        "  3abc -> .5\n" /* 3 */
                        "}\n");
  assert_int_equal(tmc_dotscan_edge_line(s, "1", "-2.5"), 2);
  /* cgraph reads 3abc as two IDs, "3" and "abc". */
  assert_int_equal(tmc_dotscan_node_line(s, "3"), 3);
  assert_int_equal(tmc_dotscan_edge_line(s, "abc", ".5"), 3);
  tmc_dotscan_free(s);
}

static void limits_are_measured(void **state) {
  /* 2000 nested braces. */
  size_t n = 2000;
  char *t = malloc(n * 2 + 64);
  strcpy(t, "digraph {\n");
  size_t o = strlen(t);
  for (size_t i = 0; i < n; i++)
    t[o++] = '{';
  for (size_t i = 0; i < n; i++)
    t[o++] = '}';
  strcpy(t + o, "\n}\n");
  tmc_dotscan *s = scan(t);
  uint32_t line;
  assert_int_equal(tmc_dotscan_max_depth(s, &line), 2000);
  assert_int_equal(line, 2);
  tmc_dotscan_free(s);
  free(t);
  /* An edge product over the cap is flagged at its line, not enumerated. */
  const char *big = "digraph {\n a -> b\n {c d e} ->\n {f g h}\n}\n";
  s = tmc_dotscan_new(big, strlen(big), 5);
  assert_int_equal(tmc_dotscan_edges_over(s), 3);
  tmc_dotscan_free(s);
  s = tmc_dotscan_new(big, strlen(big), 10);
  assert_int_equal(tmc_dotscan_edges_over(s), 0);
  tmc_dotscan_free(s);
}

/* Distinct node names and edges add up to the cap on the text itself, so
 * the front end can refuse before cgraph builds anything; names repeated or
 * quoted count once, keywords and attributes not at all. */
static void elements_counted_before_cgraph(void **state) {
  const char *t =
      "digraph {\n node [shape=box]\n a; b\n \"a\" -> b\n rankdir=LR\n c\n d\n}\n";
  tmc_dotscan *s = tmc_dotscan_new(t, strlen(t), 4);
  assert_int_equal(tmc_dotscan_elements_over(s), 7); /* a b, a -> b, c: 4; d: 5 */
  assert_int_equal(tmc_dotscan_edges_over(s), 0);
  tmc_dotscan_free(s);
  s = tmc_dotscan_new(t, strlen(t), 5);
  assert_int_equal(tmc_dotscan_elements_over(s), 0);
  tmc_dotscan_free(s);
  /* An edge product over the cap counts too, at its line. */
  const char *big = "digraph {\n a -> b\n {c d e} ->\n {f g h}\n}\n";
  s = tmc_dotscan_new(big, strlen(big), 5);
  assert_int_equal(tmc_dotscan_elements_over(s), 3);
  tmc_dotscan_free(s);
}

/* Edge operators per statement, for graphviz's parser stack. */
static void longest_edge_chain(void **state) {
  const char *t = "digraph {\n a -> b\n c -> {d -> e -> f} ->\n g -> h; i -> j\n}\n";
  tmc_dotscan *s = tmc_dotscan_new(t, strlen(t), 0);
  uint32_t line;
  /* c -> {..} -> g -> h: three at top level (the two inside are their own). */
  assert_int_equal(tmc_dotscan_max_chain(s, &line), 3);
  assert_int_equal(line, 3);
  tmc_dotscan_free(s);
}

static void second_graph_and_unterminated_input(void **state) {
  tmc_dotscan *s = scan("digraph A { a }\n\ndigraph B {\n b }\n");
  assert_int_equal(tmc_dotscan_extra_graph_line(s), 3);
  assert_int_equal(tmc_dotscan_node_line(s, "b"), 0); /* cgraph ignores it too */
  tmc_dotscan_free(s);
  /* Truncated input never reads past the end. */
  const char *cuts[] = {
      "digraph { a -> \"b", "digraph { a [label=<<b>", "digraph { /* x",
      "digraph { a:",       "digraph { \"x\\",         "digraph { {{{ a ->"};
  for (size_t i = 0; i < sizeof cuts / sizeof *cuts; i++) {
    s = tmc_dotscan_new(cuts[i], strlen(cuts[i]), 0);
    tmc_dotscan_free(s);
  }
  tmc_dotscan_free(NULL);
}

static void error_lines_undo_cgraph_drift(void **state) {
  /* cgraph 2.42 does not count the newlines of a multi-line quoted string:
   * the ';' on line 5 is its line 3. */
  const char *t = "digraph G {\n a [label=\"multi\nline\nstring\"]\n b -> ;\n}\n";
  assert_int_equal(tmc_dotscan_error_line(t, strlen(t), 3, ";", false), 5);
  /* A cgraph that counts them reports 5 itself. */
  assert_int_equal(tmc_dotscan_error_line(t, strlen(t), 5, ";", true), 5);
  /* A lone newline in a string is counted by cgraph too. */
  const char *u = "digraph G {\n a [label=\"\n\"]\n b -> ;\n}\n";
  assert_int_equal(tmc_dotscan_error_line(u, strlen(u), 4, ";", false), 4);
  /* '# N' line markers reset cgraph's counter. */
  const char *m = "digraph G {\n# 100 \"x.dot\"\n a -> ;\n}\n";
  assert_int_equal(tmc_dotscan_error_line(m, strlen(m), 100, ";", false), 3);
  /* Of two tokens on one cgraph line the one named wins. */
  const char *two = "digraph G {\n a [label=\"x\ny\"] -> ;\n}\n";
  assert_int_equal(tmc_dotscan_error_line(two, strlen(two), 2, "->", false), 3);
}

/* p is evaluated once: it may take an edge. */
#define POS(p, l, c)                                                                     \
  do {                                                                                   \
    tmc_dotpos at_ = (p);                                                                \
    assert_int_equal(at_.line, l);                                                       \
    assert_int_equal(at_.col, c);                                                        \
  } while (0)

/* Columns: a node's ID in its statement (else its first mention), an edge's
 * operator, each attribute's name and value (a tab one byte), for nodes
 * (several statements: the last wins), edges (each edge of the statement,
 * several [ ] groups), named and anonymous subgraphs (`x = y` and
 * `graph [..]`); `node [..]` defaults are not placed. */
static void columns_of_ids_and_attributes(void **state) {
  tmc_dotscan *s = scan("\xEF\xBB\xBF"
                        "digraph G {\n"                                  /* 1 */
                        "\tapi [type=process, protocl=\"https\"];\n"     /* 2 */
                        "  api -> databse -> \"x\ny\" [protocol=htps]\n" /* 3, 4 */
                        "  [weight=2];\n"                                /* 5 */
                        "  node [tpye=db];\n"                            /* 6 */
                        "  subgraph cluster_a { trust=hi; graph [tpye=zone]; }\n" /* 7 */
                        "  { rank=same; api [type=llm] }\n"                       /* 8 */
                        "}\n");
  POS(tmc_dotscan_node_pos(s, "api"), 2, 2);
  POS(tmc_dotscan_node_pos(s, "databse"), 3, 10);
  POS(tmc_dotscan_node_pos(s, "x\ny"), 3, 21);
  POS(tmc_dotscan_node_pos(s, "nope"), 0, 0);
  tmc_dotattr a;
  assert_true(tmc_dotscan_node_attr(s, "api", "protocl", &a));
  assert_string_equal(a.key, "protocl");
  POS(a.key_pos, 2, 21);
  POS(a.value_pos, 2, 29);
  assert_true(tmc_dotscan_node_attr(s, "api", "type", &a));
  POS(a.value_pos, 8, 26); /* the later statement */
  assert_false(tmc_dotscan_node_attr(s, "api", "tpye", &a));
  assert_false(tmc_dotscan_node_attr(s, "databse", "protocol", &a));
  uint32_t e1, e2, e3;
  POS(tmc_dotscan_edge_take(s, "api", "databse", &e1), 3, 7);
  POS(tmc_dotscan_edge_take(s, "databse", "x\ny", &e2), 3, 18);
  assert_true(tmc_dotscan_edge_attr(s, e1, "protocol", &a));
  POS(a.value_pos, 4, 14);
  assert_true(tmc_dotscan_edge_attr(s, e2, "weight", &a));
  POS(a.key_pos, 5, 4);
  assert_false(tmc_dotscan_edge_attr(s, e2, "type", &a));
  /* No such edge left: the later node's line, no column, no attributes. */
  POS(tmc_dotscan_edge_take(s, "api", "databse", &e3), 3, 0);
  assert_int_equal(e3, UINT32_MAX);
  assert_false(tmc_dotscan_edge_attr(s, e3, "protocol", &a));
  assert_true(tmc_dotscan_subgraph_attr(s, "cluster_a", 0, "trust", &a));
  POS(a.value_pos, 7, 30);
  assert_true(tmc_dotscan_subgraph_attr(s, "cluster_a", 0, "tpye", &a));
  POS(a.key_pos, 7, 41);
  assert_true(tmc_dotscan_subgraph_attr(s, NULL, 0, "rank", &a));
  POS(a.key_pos, 8, 5);
  assert_false(tmc_dotscan_subgraph_attr(s, NULL, 1, "rank", &a));
  tmc_dotscan_free(s);
}

/* A statement's attributes are its own edges', not those of the statements
 * inside its subgraph operands (cgraph's reading too). */
static void attributes_of_nested_statements(void **state) {
  tmc_dotscan *s = scan("digraph G { a -> { b -> c [y=1] } [x=1]; }");
  uint32_t ab, bc;
  tmc_dotattr at;
  tmc_dotscan_edge_take(s, "a", "b", &ab);
  tmc_dotscan_edge_take(s, "b", "c", &bc);
  assert_true(tmc_dotscan_edge_attr(s, ab, "x", &at));
  assert_false(tmc_dotscan_edge_attr(s, ab, "y", &at));
  assert_true(tmc_dotscan_edge_attr(s, bc, "y", &at));
  assert_false(tmc_dotscan_edge_attr(s, bc, "x", &at));
  tmc_dotscan_free(s);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(chains_take_the_operator_line),
      cmocka_unit_test(strict_and_multi_edges),
      cmocka_unit_test(undirected_either_order),
      cmocka_unit_test(ports_and_compass),
      cmocka_unit_test(comments_and_hash_lines),
      cmocka_unit_test(strings_concatenation_and_escapes),
      cmocka_unit_test(edges_into_subgraphs),
      cmocka_unit_test(subgraphs_nesting_and_attributes),
      cmocka_unit_test(numbers_split_like_cgraph),
      cmocka_unit_test(limits_are_measured),
      cmocka_unit_test(second_graph_and_unterminated_input),
      cmocka_unit_test(elements_counted_before_cgraph),
      cmocka_unit_test(longest_edge_chain),
      cmocka_unit_test(error_lines_undo_cgraph_drift),
      cmocka_unit_test(columns_of_ids_and_attributes),
      cmocka_unit_test(attributes_of_nested_statements),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
