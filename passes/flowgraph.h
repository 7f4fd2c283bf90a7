/* flowgraph.h - the diagram's flows as adjacency lists, for the passes that
 * walk where data goes (facts, roles).
 *
 * Each flow is an edge out of its source and into its target, and a
 * bidirectional flow is also the reverse edge. An edge that is a query into a
 * store (its label says a query word, catalogs/words.yaml `query`) moves no
 * data into the store: `moves` is false, so walks that follow data skip it.
 *
 * Ownership: tmc_flowgraph_build allocates the arrays, tmc_flowgraph_free
 * releases them; the lexicon is borrowed. */
#ifndef TMC_FLOWGRAPH_H
#define TMC_FLOWGRAPH_H

#include "catalog/lexicon.h"
#include "ir/ir.h"

typedef struct tmc_flowedge {
  uint32_t flow, to; /* along flow, to (out[]) or from (in[]) element `to` */
  bool moves;        /* false: a query into a store, which writes nothing there */
  bool back;         /* the dst -> src direction of a bidirectional flow */
  bool paired;       /* `to` has an edge (any flow, moving or not) the other way:
                      * in out[] of u, to -> u exists (to answers u); in in[] of
                      * u, u -> to exists. Set once by tmc_flowgraph_build, so
                      * "does w answer u" costs no scan of a hub's edges */
} tmc_flowedge;

typedef struct tmc_flowgraph {
  const tmc_lexicon *lx;          /* query words, and the passes' other word lists */
  uint32_t *out_start, *in_start; /* CSR offsets, n_elements + 1 */
  tmc_flowedge *out, *in;         /* in[]: .to is the element data comes from */
  /* What labels say, each read once for all of said_lists on first use
   * (tmc_flowgraph_label_says): el_said[v] holds the lists element v's label
   * or id says a word of, fl_said[i] those flow i's label, protocol or a
   * data name does; the bit after the last list marks an entry filled.
   * said_lists is every list after tmc_flowgraph_build: a pass that asks
   * labels about a few lists only narrows it (the others are then looked up
   * each time they are asked). */
  tmc_listset said_lists, *el_said, *fl_said;
  const tmc_element *elements; /* the ir's, to index the memos */
  const tmc_flow *flows;
} tmc_flowgraph;

/* Does an element hold data (a store, in the DFD sense)? Inline: the facts
 * pass asks it of every neighbour it looks at (perf20). */
static inline bool tmc_flowgraph_is_store(const tmc_element *e) {
  return tmc_kind_dfd(e->kind) == TMC_DFD_STORE;
}
/* Is the src -> dst direction of f a query into a store (a non-store asking
 * a store, its label a query word and no write word)? It moves no data in:
 * the one test every reader of "does this flow put data there" shares. */
bool tmc_flowgraph_query_into_store(const tmc_ir *ir, const tmc_lexicon *lx,
                                    const tmc_flow *f, uint32_t src, uint32_t dst);

/* Builds g over ir's flows, reading query words from lx. */
void tmc_flowgraph_build(tmc_flowgraph *g, const tmc_ir *ir, const tmc_lexicon *lx);
void tmc_flowgraph_free(tmc_flowgraph *g);

/* Does element e's label or id say a word of list (e one of the graph's
 * ir's elements)? Does flow f's label, protocol or a data name it declares?
 * Each label is walked once for all of said_lists, on first use: the
 * _fill functions (flowgraph.c) do that, or look up a list outside
 * said_lists; the inline part answers from a filled memo, which is almost
 * every asking (the facts pass asks a few hundred times per element:
 * perf20, a call each was 1 % of a run's instructions). */
bool tmc_flowgraph_label_fill(const tmc_flowgraph *g, const tmc_element *e,
                              tmc_word_list list);
bool tmc_flowgraph_flow_fill(const tmc_flowgraph *g, const tmc_flow *f,
                             tmc_word_list list);

/* The free bit after the last word list (tmc_listset) marks a memo filled. */
#define TMC_FLOWGRAPH_FILLED_WORD (TMC_WORD_LIST_COUNT / 64)
#define TMC_FLOWGRAPH_FILLED_BIT (UINT64_C(1) << (TMC_WORD_LIST_COUNT % 64))

static inline bool tmc_flowgraph_memo_says(const tmc_flowgraph *g, const tmc_listset *m,
                                           tmc_word_list list) {
  return (m->w[TMC_FLOWGRAPH_FILLED_WORD] & TMC_FLOWGRAPH_FILLED_BIT) &&
         tmc_listset_has(&g->said_lists, list);
}

static inline bool tmc_flowgraph_label_says(const tmc_flowgraph *g, const tmc_element *e,
                                            tmc_word_list list) {
  const tmc_listset *m = &g->el_said[e - g->elements];
  return tmc_flowgraph_memo_says(g, m, list) ? tmc_listset_has(m, list)
                                             : tmc_flowgraph_label_fill(g, e, list);
}

static inline bool tmc_flowgraph_flow_says(const tmc_flowgraph *g, const tmc_flow *f,
                                           tmc_word_list list) {
  const tmc_listset *m = &g->fl_said[f - g->flows];
  return tmc_flowgraph_memo_says(g, m, list) ? tmc_listset_has(m, list)
                                             : tmc_flowgraph_flow_fill(g, f, list);
}

/* Is a public index or hub others publish packages, images or models to
 * named (words.yaml public_sources, model_hubs: "pypi.org", "Hugging Face
 * Hub")? The one test the roles, facts and attack-graph passes share:
 * what such a source sends is files others published, not requests, and it
 * is a service, never a person. tmc_is_public_hub reads a name;
 * tmc_flowgraph_public_hub an element's label or id, as
 * tmc_flowgraph_label_says does. */
bool tmc_is_public_hub(const tmc_lexicon *lx, const char *name);
bool tmc_flowgraph_public_hub(const tmc_flowgraph *g, const tmc_element *e);

/* paths21 (P1): is e a vault of documents or records (words.yaml
 * record_vaults: "M-Files vault", "Autodesk Vault", "evidence vault") whose
 * label says no credential word? Its "vault" then names no secrets vault:
 * the roles pass gives it no credential_holder role by that word, the facts
 * pass no secrets_vault, so a path there takes documents, not keys. */
bool tmc_flowgraph_record_vault(const tmc_flowgraph *g, const tmc_element *e);

/* leftovers17 (review16 item 8e): does the system's own CI/CD (code built
 * on a CI/CD product) release into element v: a moving flow from it saying
 * an own_releases word ("docker push shop:1.4", "npm publish @acme/ui",
 * "publish on tag")? Then the index or hub holds the system's own images,
 * packages or models: a public service still, and a source of code the
 * system fetches (facts: code_source, which spares it TMC-SPOOF-002), but
 * no artifact source of others' code (roles: an outsider's upload there is
 * another arrow), so no malicious package's path starts there. */
bool tmc_flowgraph_ci_releases_into(const tmc_ir *ir, const tmc_flowgraph *g, uint32_t v);

#endif
