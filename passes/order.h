/* order.h - the one display order every report shows: boundaries by trust,
 * then label; elements by zone, then
 * name; flows by their endpoints' order, then label; attack paths by score,
 * likelihood and severity, then asset and entry; open findings by risk. The
 * order pass computes it once into the IR (and puts ir->paths in that order,
 * so path i+1 is the same path in Markdown, SVG and SARIF); a report built
 * from an IR that did not run the pass computes the same orders here.
 *
 * Every order is total over values (severity, score, names, ids, with the
 * diagram's declaration order as the last tie-break), never over addresses.
 *
 * Ownership: every array is allocated in the arena passed in. */
#ifndef TMC_ORDER_H
#define TMC_ORDER_H

#include "ir/ir.h"

typedef struct tmc_order {
  uint32_t *bd_order, *bd_rank;     /* display order of boundaries and its inverse */
  uint32_t *el_order, *el_rank;     /* display order of elements and its inverse */
  uint32_t *fl_order, *fl_rank;     /* ... of flows */
  uint32_t *path_order, *path_rank; /* ... of paths */
  uint32_t *rule_rank;  /* per finding: rank of its rule id among the distinct ids */
  uint32_t n_rules;     /* distinct rule ids */
  uint32_t *risk_order; /* open findings, highest risk first */
  uint32_t n_risk;
} tmc_order;

/* Computes every order from the IR's values alone; arrays in a. */
void tmc_order_compute(tmc_order *o, const tmc_ir *ir, tmc_arena *a);
/* Only the rule ranks (per finding; the count of distinct ids in *n_rules),
 * for a report reading the other orders from the IR. */
uint32_t *tmc_order_rule_ranks(const tmc_ir *ir, tmc_arena *a, uint32_t *n_rules);

/* Puts items 0 .. n-1 in order of their nk (1..8) integer keys, row i of
 * keys (keys[i * nk .. i * nk + nk)) being item i's, each larger first, then
 * by item number: idx[0 .. n) receives the items in that order. Linear (a
 * radix sort of the keys packed into 128 bits); returns false, leaving idx
 * alone, when the keys' ranges need more bits than that together. */
bool tmc_order_sort_ints(const int *keys, int nk, uint32_t n, uint32_t *idx);
/* rank[i] = the rank of s[i] (NULL as "") among the distinct strings of
 * s[0 .. n) in strcmp order, equal strings equal ranks: strings shared by
 * pointer (catalog titles, kind names) are compared once per pointer. */
void tmc_order_str_ranks(const char *const *s, uint32_t n, uint32_t *rank);

#endif
