/* dotscan.h - a light pre-scan of DOT text that finds the line of every node,
 * edge and subgraph, because cgraph keeps none. It tokenizes (comments,
 * quoted and HTML strings, escapes) but does not parse: cgraph remains the
 * judge of what the graph is.
 *
 * Ownership: tmc_dotscan_new copies what it needs; free with tmc_dotscan_free. */
#ifndef TMC_DOTSCAN_H
#define TMC_DOTSCAN_H

#include <stddef.h>
#include <stdint.h>

typedef struct tmc_dotscan tmc_dotscan;

tmc_dotscan *tmc_dotscan_new(const char *data, size_t len);
void tmc_dotscan_free(tmc_dotscan *s); /* accepts NULL */

/* Line of the graph header. */
uint32_t tmc_dotscan_graph_line(const tmc_dotscan *s);
/* Line of a node's own statement (`a [..]`), else of its first mention. 0 if unseen. */
uint32_t tmc_dotscan_node_line(const tmc_dotscan *s, const char *name);
/* Line of the first edge statement joining tail to head (either order for
 * undirected graphs). 0 if unseen. */
uint32_t tmc_dotscan_edge_line(const tmc_dotscan *s, const char *tail, const char *head);
/* Line of `subgraph NAME`. 0 if unseen. */
uint32_t tmc_dotscan_cluster_line(const tmc_dotscan *s, const char *name);

#endif
