/* attackgraph.h - the graph an attacker moves on, shared by the reach pass
 * (entry points, assets, hop counts) and the paths pass (k shortest attack
 * paths), so both agree on which way an attacker can move along a flow.
 *
 * Movement rules (docs/attack-paths.md):
 *   - along every flow, in its direction (attacker content travels with data);
 *   - against a flow from a store into a process or entity: whoever reads a
 *     store can, once compromised, act on it (reverse = true);
 *   - both ways along a bidirectional flow (reverse = true going dst -> src);
 *   - through an external entity only when it is a service the system calls
 *     (not named as a person or device, not built on a client technology
 *     (sets.yaml `clients`: people's apps drawn as the people), something
 *     sends to it) or someone's
 *     client or channel (fed by an outsider, sending on into the system):
 *     a person is where an attacker starts, never a hop (transit);
 *   - self-loops are dropped; parallel arcs between the same two elements
 *     collapse into the cheapest (ties: stable flow order).
 *
 * Everything is ordered by stable ranks (element qname, then the flow's
 * endpoints and id), never by array index, so a diagram whose statements are
 * shuffled yields the same arcs in the same order.
 *
 * Ownership: a tmc_agraph owns its arrays; free with tmc_agraph_free. */
#ifndef TMC_ATTACKGRAPH_H
#define TMC_ATTACKGRAPH_H

#include "catalog/lexicon.h"
#include "ir/ir.h"

typedef struct tmc_agraph_arc {
  uint32_t from, to; /* element indices */
  uint32_t flow;     /* the flow followed */
  bool reverse;      /* followed against the flow's direction */
  uint32_t cost;     /* from the cost function (>= 1); 1 without one */
} tmc_agraph_arc;

typedef struct tmc_agraph {
  uint32_t n; /* nodes = elements */
  uint32_t n_arcs;
  tmc_agraph_arc *arcs; /* grouped by from; within a group by (to rank, flow rank) */
  uint32_t *out;        /* n + 1 offsets: out arcs of u are arcs[out[u] .. out[u+1]) */
  uint32_t *in;         /* n + 1 offsets into in_arcs */
  uint32_t *in_arcs;    /* arc indices grouped by to; within a group by from rank */
  uint32_t *rank;       /* element -> stable rank */
  uint32_t *flow_rank;  /* flow -> stable rank */
  bool *transit;        /* may be a hop in the middle of a path */
} tmc_agraph;

/* Cost of following one arc; must return >= 1. */
typedef uint32_t (*tmc_agraph_cost_fn)(const tmc_ir *ir, const tmc_agraph_arc *a,
                                       void *ctx);

/* The graph is built in two steps, so that it is built once per run: the
 * reach pass builds the moves (ranks, transit, every arc) and the paths pass
 * weighs them with its costs (passes.h, tmc_pass_shared). */

/* The moves graph of ir: stable ranks, transit, and every arc a flow gives,
 * parallel ones included, grouped by from and within a group by (to rank,
 * flow rank), each costing 1; in and in_arcs are NULL. Enough for
 * reachability. lx gives the people words that tell a person from a service
 * (NULL: the built-in words). */
void tmc_agraph_moves(tmc_agraph *g, const tmc_ir *ir, const tmc_lexicon *lx);

/* g from moves (taken: moves is left zeroed, its arrays are g's now): each
 * arc's cost from cost (NULL: 1), parallel arcs collapsed into the cheapest
 * (ties: the lower flow rank), in and in_arcs filled. */
void tmc_agraph_weigh(tmc_agraph *g, tmc_agraph *moves, const tmc_ir *ir,
                      tmc_agraph_cost_fn cost, void *ctx);

/* Both steps at once. Without a cost function every arc costs 1 and ranks
 * are plain indices (enough for reachability, which no order changes). */
void tmc_agraph_build(tmc_agraph *g, const tmc_ir *ir, const tmc_lexicon *lx,
                      tmc_agraph_cost_fn cost, void *ctx);
void tmc_agraph_free(tmc_agraph *g); /* accepts a zeroed graph */

/* Can an attacker follow f against its direction (a read or a two-way flow)? */
bool tmc_agraph_reversible(const tmc_ir *ir, const tmc_flow *f);

/* Is e a person or their device: an external entity whose name says a
 * people word (catalogs/words.yaml people:)? NULL lx: the built-in words. */
bool tmc_agraph_is_person(const tmc_lexicon *lx, const tmc_element *e);

/* Store-class kinds an attacker can read once a reader is compromised. */
bool tmc_agraph_is_store(tmc_kind k);

/* The sensitivity an element's data implies: declared sensitivity= raised by
 * its data classes as the vocab pass resolved them through the catalog; a
 * name the catalog does not know falls back on a built-in list (credentials,
 * secrets → secret; pii, model_weights, training_data, confidential_documents,
 * ... → confidential). */
tmc_sensitivity tmc_agraph_data_sensitivity(const tmc_element *e);

#endif
