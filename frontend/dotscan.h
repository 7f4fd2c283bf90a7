/* dotscan.h - a light pre-scan of DOT text that finds the line of every node,
 * edge and subgraph, because cgraph keeps none. It tokenizes (comments,
 * '#' lines, quoted and HTML strings, escapes, '+' concatenation) and follows
 * just enough grammar to expand edge statements as cgraph does (chains, ports,
 * subgraph operands), but it does not judge: cgraph remains the parser.
 *
 * It also measures what cgraph cannot be trusted with (nesting depth, edge
 * chains, node and edge counts), so the front end can refuse such input
 * before calling cgraph.
 *
 * Ownership: tmc_dotscan_new copies what it needs; free with tmc_dotscan_free.
 * Returned strings are owned by the scan. */
#ifndef TMC_DOTSCAN_H
#define TMC_DOTSCAN_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct tmc_dotscan tmc_dotscan;

/* Where a token starts: line and 1-based byte column; line 0 when unknown,
 * col 0 when only the line is. (Diagnostics underline the token from the
 * source line itself.) */
typedef struct tmc_dotpos {
  uint32_t line, col;
} tmc_dotpos;

/* An attribute as written: `key = value`. value_pos.line is 0 when no value
 * followed the '='. */
typedef struct tmc_dotattr {
  const char *key; /* owned by the scan */
  tmc_dotpos key_pos, value_pos;
} tmc_dotattr;

/* Scans len bytes of data (need not be NUL-terminated). Edge recording stops
 * after max_edges edges (0 = no cap), and tmc_dotscan_edges_over says where. */
tmc_dotscan *tmc_dotscan_new(const char *data, size_t len, uint32_t max_edges);
void tmc_dotscan_free(tmc_dotscan *s); /* accepts NULL */

/* Line of the graph header (`strict digraph G {`); 1 if none was seen. */
uint32_t tmc_dotscan_graph_line(const tmc_dotscan *s);
/* Line of a node's own statement (`a [..]` or `a;`), else of its first
 * mention in an edge. 0 if unseen. */
uint32_t tmc_dotscan_node_line(const tmc_dotscan *s, const char *name);
/* The same place as a position: the node's ID there. */
tmc_dotpos tmc_dotscan_node_pos(const tmc_dotscan *s, const char *name);
/* The attribute key of a node's statements (`a [key=v]`; the last one when
 * several set it, as cgraph keeps the last value); false when none does
 * (set by `node [..]` defaults, or not at all). */
bool tmc_dotscan_node_attr(const tmc_dotscan *s, const char *name, const char *key,
                           tmc_dotattr *out);
/* Whether a statement of its own names the node (`a [..]`, `a;`), rather
 * than only edges. */
bool tmc_dotscan_node_declared(const tmc_dotscan *s, const char *name);
/* Line of the next not yet taken edge from tail to head, in text order, so
 * the k-th call for the same pair gets the k-th such edge (multi-edges); an
 * edge is at the line of its operator (`->`/`--`). Falls back to head->tail
 * (undirected graphs), then to the later of the two nodes' lines. */
uint32_t tmc_dotscan_edge_line(tmc_dotscan *s, const char *tail, const char *head);
/* tmc_dotscan_edge_line with the operator's column, and in *edge a handle for
 * tmc_dotscan_edge_attr (UINT32_MAX on the fallbacks: no attributes). */
tmc_dotpos tmc_dotscan_edge_take(tmc_dotscan *s, const char *tail, const char *head,
                                 uint32_t *edge);
/* The attribute key of the edge statement of a taken edge (`a -> b [key=v]`). */
bool tmc_dotscan_edge_attr(const tmc_dotscan *s, uint32_t edge, const char *key,
                           tmc_dotattr *out);
/* Line of the first `subgraph NAME`. 0 if unseen. */
uint32_t tmc_dotscan_subgraph_line(const tmc_dotscan *s, const char *name);
/* The attribute key set inside subgraph name (`key = v;` or `graph [key=v]`),
 * or with name NULL inside the k-th anonymous subgraph. */
bool tmc_dotscan_subgraph_attr(const tmc_dotscan *s, const char *name, uint32_t k,
                               const char *key, tmc_dotattr *out);
/* Line of the k-th (0-based, text order) anonymous subgraph: `{ }` or
 * `subgraph { }`. 0 if there are fewer. */
uint32_t tmc_dotscan_anon_line(const tmc_dotscan *s, uint32_t k);
/* Deepest subgraph nesting (0 = none) and the line it is first reached on. */
uint32_t tmc_dotscan_max_depth(const tmc_dotscan *s, uint32_t *line);
/* Line where the edges implied so far first exceeded max_edges; 0 if never. */
uint32_t tmc_dotscan_edges_over(const tmc_dotscan *s);
/* Line where the distinct node names and the edges seen so far first added
 * up to more than max_edges (what cgraph would build: a node per name, an
 * edge per pair; a strict graph's repeated edges count each time); 0 if
 * never. */
uint32_t tmc_dotscan_elements_over(const tmc_dotscan *s);
/* The scan holds every token of the file at once; a file may have this many
 * for each element --max-elements allows (a node with a dozen attributes
 * takes about 40: an average over a diagram stays far below). */
#define TMC_DOTSCAN_TOKENS_PER_ELEMENT 32u
/* Line of the first token past that allowance (only the tokens before it
 * were scanned); 0 if there are fewer. */
uint32_t tmc_dotscan_tokens_over(const tmc_dotscan *s);
/* Distinct node names, edges and subgraphs (named and anonymous) seen: the
 * objects cgraph gives a slot for each attribute name. */
uint64_t tmc_dotscan_objects(const tmc_dotscan *s);
/* Distinct attribute names written anywhere (`k = v` and bare `[k]`): cgraph
 * gives every node, edge or graph a slot for each, so their number times
 * the elements is what reading costs. The k-th (0-based, in text order) and
 * where it is first written, for k < TMC_DOTSCAN_NAMES_KEPT; NULL past that. */
#define TMC_DOTSCAN_NAMES_KEPT 257u
uint32_t tmc_dotscan_attr_names(const tmc_dotscan *s);
const char *tmc_dotscan_attr_name(const tmc_dotscan *s, uint32_t k, tmc_dotpos *pos);
/* Most edge operators in one edge statement (`a -> b -> c` has 2) and the
 * line of that statement's first one: graphviz's parser needs stack for
 * each. */
uint32_t tmc_dotscan_max_chain(const tmc_dotscan *s, uint32_t *line);
/* Line of a second graph after the first one's closing brace (cgraph reads
 * only the first); 0 if none. */
uint32_t tmc_dotscan_extra_graph_line(const tmc_dotscan *s);

/* The real line of a syntax error cgraph reported at cg_line near the token
 * near ("" when cgraph names no token). cgraph 2.42 does not count newlines
 * inside quoted strings, so its line numbers drift after a multi-line
 * string; counts_string_newlines says whether this cgraph does. Among the
 * tokens on that line the last one spelled like near wins. With no near, an
 * unterminated string or comment is blamed at the line where it starts. Scans data again:
 * meant for the error path only. */
uint32_t tmc_dotscan_error_line(const char *data, size_t len, uint32_t cg_line,
                                const char *near, bool counts_string_newlines);

#endif
