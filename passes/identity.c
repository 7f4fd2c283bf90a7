/* identity.c - stable identities for findings, and the pass that gives each
 * finding its fingerprint "hash:k" (k numbers findings that would otherwise
 * share a hash, in finding order, which the rules pass keeps sorted by rule
 * and target id).
 *
 * What goes into the hash is what identifies a thing to its author, never
 * where it sits or what its container is called (docs/fingerprints.md):
 * element ids; for a flow its source and target ids and its label, or its
 * DOT key= when it has one; for a finding said of a pair of elements (a
 * once_per_pair rule's) the pair's two ids only; the page's draw.io id (not
 * its name; DOT has one graph, whose name is left out). Renaming the graph or a page,
 * reordering lines and inserting a parallel flow keep every fingerprint; renaming an id
 * changes the fingerprints of what it names.
 *
 * The one idea for speed: a diagram has hundreds of thousands of findings
 * but far fewer targets, so a target's name parts are built once
 * (tmc_identities) and each finding costs one short FNV-1a run; the
 * fingerprints are written without printf into one arena block. */
#include "passes/identity.h"

#include <stdlib.h>
#include <string.h>

#include "passes/passes.h"

static const char *page_name(const tmc_ir *ir, uint32_t page) {
  return page < ir->n_pages && ir->pages[page].name ? ir->pages[page].name : "";
}

/* The page's part of an identity: draw.io's page id, which survives renaming
 * the page; the name only where a page has no id but there are several
 * pages; "" for a one-page diagram (a DOT graph, whatever it is called). */
static const char *page_key(const tmc_ir *ir, uint32_t page) {
  if (page >= ir->n_pages)
    return "";
  const tmc_page *p = &ir->pages[page];
  if (p->id && *p->id)
    return p->id;
  return ir->n_pages > 1 && p->name ? p->name : "";
}

/* An element's id as its identity: the bare id, or "page-key/id" where the
 * same id is used on several pages (the front end then qualified qname). */
static const char *element_key(const tmc_ir *ir, uint32_t i, tmc_arena *a) {
  if (i >= ir->n_elements)
    return "?";
  const tmc_element *e = &ir->elements[i];
  if (!e->qname || strcmp(e->qname, e->id) == 0)
    return e->id;
  return tmc_arena_printf(a, "%s/%s", page_key(ir, e->page), e->id);
}

static const char *element_fq(const tmc_ir *ir, uint32_t i) {
  if (i >= ir->n_elements)
    return "?";
  const tmc_element *e = &ir->elements[i];
  return e->qname ? e->qname : e->id;
}

static const char *kind_word(tmc_target k) {
  switch (k) {
  case TMC_TARGET_ELEMENT:
    return "element";
  case TMC_TARGET_FLOW:
    return "flow";
  case TMC_TARGET_PATH:
    return "path";
  }
  return "path";
}

/* FNV-1a over a string and its NUL: the NUL separates the parts. */
static uint64_t hash_part(const char *s, uint64_t h) {
  return tmc_hash64(s, strlen(s) + 1, h);
}

/* A target as reports show it (fq, page name) and as its identity hashes it
 * (key, extra, pkey); arena strings. */
typedef struct target_id {
  const char *fq, *page; /* shown */
  const char *key;       /* element ids: "id", "src -> dst", "a -> b -> c" */
  const char *extra;     /* a flow's key= or label */
  const char *pkey;      /* page_key */
} target_id;

static target_id target_of(const tmc_ir *ir, tmc_target kind, uint32_t target,
                           tmc_arena *a) {
  target_id t = {"?", "", "?", "", ""};
  switch (kind) {
  case TMC_TARGET_ELEMENT:
    if (target < ir->n_elements) {
      t.fq = element_fq(ir, target);
      t.page = page_name(ir, ir->elements[target].page);
      t.key = element_key(ir, target, a);
      t.pkey = page_key(ir, ir->elements[target].page);
    }
    break;
  case TMC_TARGET_FLOW:
    if (target < ir->n_flows) {
      const tmc_flow *fl = &ir->flows[target];
      t.fq = tmc_arena_printf(a, "%s -> %s", element_fq(ir, fl->src),
                              element_fq(ir, fl->dst));
      t.page = page_name(ir, fl->page);
      t.key = tmc_arena_printf(a, "%s -> %s", element_key(ir, fl->src, a),
                               element_key(ir, fl->dst, a));
      t.pkey = page_key(ir, fl->page);
      /* Parallel flows are told apart by what the author wrote on them: the
       * key= when given, else the label; never by their order in the file. */
      t.extra = fl->key && *fl->key ? fl->key : fl->label ? fl->label : "";
    }
    break;
  case TMC_TARGET_PATH:
    if (target < ir->n_paths) {
      const tmc_path *p = &ir->paths[target];
      tmc_buf b = TMC_BUF_INIT, k = TMC_BUF_INIT;
      for (uint32_t h = 0; h < p->n_hops; h++) {
        if (h) {
          tmc_buf_puts(&b, " -> ");
          tmc_buf_puts(&k, " -> ");
        }
        tmc_buf_puts(&b, element_fq(ir, p->hops[h].element));
        tmc_buf_puts(&k, element_key(ir, p->hops[h].element, a));
      }
      t.fq = tmc_arena_strdup(a, b.data ? b.data : "");
      t.key = tmc_arena_strdup(a, k.data ? k.data : "");
      tmc_buf_free(&b);
      tmc_buf_free(&k);
      if (p->asset < ir->n_elements) {
        t.page = page_name(ir, ir->elements[p->asset].page);
        t.pkey = page_key(ir, ir->elements[p->asset].page);
      }
    }
    break;
  }
  return t;
}

/* A finding said of a pair of elements (a once_per_pair rule's, on one of
 * the flows between them): identified by the pair's two ids, the lower
 * first, and nothing of the flow that carries it, so inserting, relabelling,
 * reversing or reordering parallel flows never moves its fingerprint. The
 * "<->" keeps it apart from a flow's "src -> dst". */
static target_id pair_of(const tmc_ir *ir, uint32_t flow, tmc_arena *a) {
  target_id t = target_of(ir, TMC_TARGET_FLOW, flow, a);
  if (flow < ir->n_flows) {
    const tmc_flow *fl = &ir->flows[flow];
    const char *s = element_key(ir, fl->src, a), *d = element_key(ir, fl->dst, a);
    bool swap = strcmp(s, d) > 0;
    t.key = tmc_arena_printf(a, "%s <-> %s", swap ? d : s, swap ? s : d);
    t.extra = "";
  }
  return t;
}

static void finish(const target_id *t, const char *rule_id, uint64_t h_rule_kind,
                   tmc_identity *out) {
  out->rule_id = rule_id;
  out->fq = t->fq;
  out->page = t->page;
  uint64_t h = hash_part(t->key, h_rule_kind);
  h = hash_part(t->extra, h);
  out->hash = hash_part(t->pkey, h);
}

static const char *rule_of(const tmc_finding *f) {
  return f->rule_id && *f->rule_id ? f->rule_id : "tmc";
}

void tmc_finding_identity(const tmc_ir *ir, const tmc_finding *f, tmc_arena *a,
                          tmc_identity *out) {
  target_id t = f->per_pair && f->target_kind == TMC_TARGET_FLOW
                    ? pair_of(ir, f->target, a)
                    : target_of(ir, f->target_kind, f->target, a);
  const char *rule = rule_of(f);
  finish(&t, rule, hash_part(kind_word(f->target_kind), hash_part(rule, 0)), out);
}

struct tmc_identities {
  const tmc_ir *ir;
  tmc_arena *a;
  target_id *el, *fl, *pa; /* per target, fq NULL until first asked */
  const char *last_rule;   /* the rule and kind whose hash is memoised */
  tmc_target last_kind;
  uint64_t last_hash;
};

tmc_identities *tmc_identities_new(const tmc_ir *ir) {
  tmc_identities *c = tmc_xcalloc(1, sizeof *c);
  c->ir = ir;
  c->a = tmc_arena_new();
  c->el = tmc_xcalloc(ir->n_elements + 1, sizeof *c->el);
  c->fl = tmc_xcalloc(ir->n_flows + 1, sizeof *c->fl);
  c->pa = tmc_xcalloc(ir->n_paths + 1, sizeof *c->pa);
  return c;
}

void tmc_identities_get(tmc_identities *c, const tmc_finding *f, tmc_identity *out) {
  const tmc_ir *ir = c->ir;
  target_id *slot = NULL;
  switch (f->target_kind) {
  case TMC_TARGET_ELEMENT:
    slot = f->target < ir->n_elements ? &c->el[f->target] : NULL;
    break;
  case TMC_TARGET_FLOW:
    slot = f->target < ir->n_flows ? &c->fl[f->target] : NULL;
    break;
  case TMC_TARGET_PATH:
    slot = f->target < ir->n_paths ? &c->pa[f->target] : NULL;
    break;
  }
  target_id t;
  if (f->per_pair && f->target_kind == TMC_TARGET_FLOW) {
    t = pair_of(ir, f->target, c->a); /* a few per diagram: not kept */
  } else {
    t = slot && slot->fq ? *slot : target_of(ir, f->target_kind, f->target, c->a);
    if (slot)
      *slot = t;
  }
  const char *rule = rule_of(f);
  if (rule != c->last_rule || f->target_kind != c->last_kind) {
    c->last_rule = rule;
    c->last_kind = f->target_kind;
    c->last_hash = hash_part(kind_word(f->target_kind), hash_part(rule, 0));
  }
  finish(&t, rule, c->last_hash, out);
}

void tmc_identities_free(tmc_identities *c) {
  if (!c)
    return;
  tmc_arena_free(c->a);
  free(c->el);
  free(c->fl);
  free(c->pa);
  free(c);
}

/* Occurrence counts per identity hash: open addressing on the hash, at
 * most half full; a zero count marks an empty slot, so any hash value,
 * zero included, is a key. Hash and count share a slot: one cache miss. */
typedef struct count_slot {
  uint64_t hash;
  uint32_t n;
} count_slot;

static uint32_t *count_of(count_slot *t, uint32_t mask, uint64_t hash) {
  uint32_t h = (uint32_t)((hash * 0x9E3779B97F4A7C15ULL) >> 32) & mask;
  while (t[h].n && t[h].hash != hash)
    h = (h + 1) & mask;
  t[h].hash = hash;
  return &t[h].n;
}

/* "%016llx:%u" without printf: the pass writes one per finding. */
static size_t put_fingerprint(char *p, uint64_t hash, uint32_t k) {
  static const char hex[] = "0123456789abcdef";
  for (int i = 15; i >= 0; i--, hash >>= 4)
    p[i] = hex[hash & 15];
  p[16] = ':';
  char digits[10];
  size_t n = tmc_dec_before(digits + sizeof digits, k);
  memcpy(p + 17, digits + sizeof digits - n, n);
  p[17 + n] = 0;
  return (size_t)17 + (size_t)n + 1;
}

int tmc_pass_identify(tmc_ir *ir, const tmc_pass_opts *opts, tmc_diags *d) {
  uint32_t n = ir->n_findings;
  if (!n)
    return 0;
  /* The occurrence number k counts the earlier findings (in finding order)
   * with the same identity: one pass with a count per distinct hash. */
  uint32_t cap = 64;
  while (cap < 2 * (uint64_t)n && cap < (1u << 31))
    cap *= 2;
  count_slot *cnt = tmc_xcalloc(cap, sizeof *cnt);
  /* Every fingerprint in one arena block: 16 hex digits, ':', k, NUL. */
  char *block = tmc_arena_alloc(ir->arena, (size_t)n * 28);
  tmc_identities *c = tmc_identities_new(ir);
  for (uint32_t i = 0; i < n; i++) {
    tmc_identity id;
    tmc_identities_get(c, &ir->findings[i], &id);
    uint32_t *k = count_of(cnt, cap - 1, id.hash);
    ir->findings[i].fingerprint = block;
    block += put_fingerprint(block, id.hash, ++*k);
  }
  tmc_identities_free(c);
  free(cnt);
  return 0;
}
