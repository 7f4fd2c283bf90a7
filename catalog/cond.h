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

/* Adds to *roles and *techs (either may be NULL) the roles and technologies
 * c's leaves ask about ("role has agent", "talks_to_tech has sql_database"):
 * what --list-rules and --explain show a rule is keyed to. */
void tmc_cond_keys(const tmc_cond *c, tmc_roleset *roles, tmc_techset *techs);

/* The fact names the language knows, for documentation and error hints:
 * returns the i-th name and its targets mask, or NULL past the end. */
const char *tmc_cond_fact_name(uint32_t i, unsigned *targets);

#endif
