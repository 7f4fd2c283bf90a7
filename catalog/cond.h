/* cond.h - the condition language of catalog rules (docs/catalog-format.md):
 * a small boolean expression over the facts of one element or flow, compiled
 * once when a catalog loads and evaluated as data, never as code. The facts
 * are the rows of ir/facts.def.
 *
 * A leaf of the catalog module: it reads the IR and nothing else. The catalog
 * is needed only to check and canonicalise names while parsing, and comes in
 * through a resolver; evaluation compares the canonical ids the vocab pass
 * stored in the IR.
 *
 * Ownership: a compiled tmc_cond lives in the arena given to tmc_cond_parse
 * (the catalog's), and borrows nothing else. Evidence text is appended to the
 * caller's buffer. */
#ifndef TMC_COND_H
#define TMC_COND_H

#include "ir/ir.h"

typedef struct tmc_cond tmc_cond;

/* What a condition may be applied to; a fact must exist for every target the
 * rule applies to. */
enum {
  TMC_COND_ELEMENT = 1 << 0,
  TMC_COND_FLOW = 1 << 1,
};

/* Nesting of parentheses and 'not' a condition may use; deeper is an error,
 * so neither the parser nor the evaluator recurses without bound. */
#define TMC_COND_MAX_DEPTH 64

/* Resolves the names a condition writes after 'data has' and 'controls has'
 * while it is parsed: each function returns the canonical id of name (an
 * alias becomes its id; the string must outlive the compiled condition), or
 * NULL when no data class or control answers to it. ctx is passed through.
 * The catalog supplies one while it loads its rules. */
typedef struct tmc_cond_resolver {
  const char *(*data_class)(const void *ctx, const char *name);
  const char *(*control)(const void *ctx, const char *name);
  const void *ctx;
} tmc_cond_resolver;

/* Compiles text. targets is a TMC_COND_* mask. names, when not NULL, checks
 * data class and control names and turns them into canonical ids; with NULL
 * they are taken as written. loc is where the text starts: errors point at
 * loc.col plus the offset of the bad token (for text on one line). Returns 0
 * and *out, or <0 with errors in d. */
int tmc_cond_parse(tmc_cond **out, const char *text, unsigned targets,
                   const tmc_cond_resolver *names, tmc_arena *arena, tmc_loc loc,
                   tmc_diags *d);

/* Evaluates c on one element or flow after the facts pass. Data classes and
 * controls are compared as the vocab pass canonicalised them. */
bool tmc_cond_eval(const tmc_cond *c, const tmc_ir *ir, tmc_target kind, uint32_t index);

/* Appends to out, in words, the facts that made c evaluate the way it does on
 * this target ("crosses from trust 0 to trust 2; encrypted=no (protocol=http);
 * carries pii"), separated by "; ". A NULL c appends nothing. out is a plain
 * buffer (no sink): phrases are compared where they were written. */
void tmc_cond_explain(const tmc_cond *c, const tmc_ir *ir, tmc_target kind,
                      uint32_t index, tmc_buf *out);

/* tmc_cond_explain for a caller that has evaluated c on this target already:
 * value must be what tmc_cond_eval returned (the rules pass explains every
 * finding, and evaluating its condition a second time was a third of it). */
void tmc_cond_explain_value(const tmc_cond *c, const tmc_ir *ir, tmc_target kind,
                            uint32_t index, bool value, tmc_buf *out);

/* ---- the index: what a target must have for a condition to hold ----------
 * A rule is evaluated only on the targets its condition could hold on. The
 * keys are a few facts read once per target (its kind, roles and technology,
 * a flow's source's and target's, and the yes/no facts some rule asks for);
 * a condition's needs are derived from its tree once. Sound, not exact: a
 * target whose keys meet the needs is evaluated as before; one whose keys do
 * not could never satisfy the condition. Slot 0 is an element target itself,
 * or a flow's source; slot 1 a flow's target. */
typedef struct tmc_cond_have {
  uint64_t bools;       /* a yes/no fact that holds, by the bit tmc_cond_need
                           gives it (the ones asked for only) */
  tmc_roleset roles[2]; /* the roles played */
  uint8_t kind[2];      /* tmc_kind */
  uint8_t tech[2];      /* tmc_tech */
} tmc_cond_have;

typedef struct tmc_cond_need {
  bool never;           /* no target of this kind satisfies it */
  uint64_t bools_all;   /* these facts must all hold */
  uint64_t bools_any;   /* one of these must hold; 0: no such need */
  tmc_kindset kinds[2]; /* the kind must be one of these (every kind: no need) */
  tmc_roleset roles[2]; /* one of these roles must be played; 0: no need */
  tmc_techset techs[2]; /* built on one of these; 0: no need */
  /* perf28: a stored yes/no fact no key bit holds (more such facts are asked
   * than the 64 bits), read in the target's own facts struct
   * (tmc_element_facts or tmc_flow_facts): the byte at probe_at must have
   * probe_val under probe_mask; probe_mask 0: no such need. */
  uint32_t probe_at;
  uint8_t probe_mask, probe_val;
} tmc_cond_need;

/* Which yes/no facts are keys, and by which of the 64 bits: there are more
 * such facts than bits, so the ones the rules at hand ask for most get them
 * (tmc_cond_keys_choose). A NULL tmc_cond_keybits means the first 64 of the
 * target's kind in facts.def order. */
#define TMC_COND_KEY_FACTS 512
typedef struct tmc_cond_keybits {
  int8_t bit[TMC_COND_KEY_FACTS]; /* by fact; -1: no key */
} tmc_cond_keybits;

/* Gives the bits to the yes/no facts that n conditions (each may be NULL)
 * need most often of a target of this kind: a fact every target of a
 * condition must have counts more than one of several it may have. */
void tmc_cond_keys_choose(tmc_cond_keybits *keys, const tmc_cond *const *conds, size_t n,
                          tmc_target kind);

/* What c needs of a target of this kind (TMC_TARGET_ELEMENT or _FLOW), with
 * keys' bits; a NULL c needs nothing. */
void tmc_cond_need_of(const tmc_cond *c, tmc_target kind, const tmc_cond_keybits *keys,
                      tmc_cond_need *out);

/* The keys of a target, with the yes/no facts in want (bits as in needs,
 * with the same keys). order gives the targets (element or flow indices), out
 * one entry each. */
void tmc_cond_have_of(const tmc_ir *ir, tmc_target kind, const uint32_t *order,
                      uint32_t n, const tmc_cond_keybits *keys, uint64_t want,
                      tmc_cond_have *out);

/* Could a target with keys k satisfy a condition with needs n? False means
 * tmc_cond_eval is false there. */
static inline bool tmc_cond_may(const tmc_cond_need *n, const tmc_cond_have *k) {
  if (n->never || (k->bools & n->bools_all) != n->bools_all ||
      (n->bools_any && !(k->bools & n->bools_any)))
    return false;
  for (int s = 0; s < 2; s++)
    if (!TMC_KINDSET_HAS(n->kinds[s], k->kind[s]) ||
        (n->roles[s] && !(n->roles[s] & k->roles[s])) ||
        (n->techs[s] && !(n->techs[s] & TMC_TECHSET(k->tech[s]))))
      return false;
  return true;
}

/* Could a target whose own facts struct (tmc_element_facts or
 * tmc_flow_facts, as the needs were made for) is at facts satisfy a
 * condition with needs n, by n's probe? False means tmc_cond_eval is false
 * there. */
static inline bool tmc_cond_probe(const tmc_cond_need *n, const void *facts) {
  return (((const unsigned char *)facts)[n->probe_at] & n->probe_mask) == n->probe_val;
}

/* Adds to *roles and *techs (either may be NULL) the roles and technologies
 * c's leaves ask about ("role has agent", "talks_to_tech has sql_database"):
 * what --list-rules and --explain show a rule is keyed to. */
void tmc_cond_keys(const tmc_cond *c, tmc_roleset *roles, tmc_techset *techs);

/* The fact names the language knows, for documentation and error hints:
 * returns the i-th name and its targets mask, or NULL past the end. */
const char *tmc_cond_fact_name(uint32_t i, unsigned *targets);

#endif
