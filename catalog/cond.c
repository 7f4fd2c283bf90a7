/* cond.c - parses and evaluates rule conditions.
 *
 * The one idea: a condition is a tree of AND/OR/NOT nodes over leaves, and a
 * leaf is one test of one fact from a fixed table (name, type, targets). The
 * parser is recursive descent with an explicit depth limit; values are
 * checked and resolved at parse time (a kind name becomes a kind bit, an
 * alias a canonical id), so evaluation is a walk with no string parsing.
 * Evidence is produced by walking the tree again and describing, for each
 * leaf that decided the outcome, the actual value of its fact in words. */
#include "catalog/cond.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* ---- the facts ------------------------------------------------------------ */

typedef enum fact_type {
  T_BOOL,  /* true/false */
  T_NUM,   /* integer */
  T_WORD,  /* free word (protocol) */
  T_KIND,  /* one element kind */
  T_DFD,   /* entity / process / store */
  T_SENS,  /* sensitivity, ordered */
  T_TRI,   /* yes / no / unknown */
  T_KINDS, /* set of element kinds */
  T_DATA,  /* set of data classes */
  T_CTRLS, /* set of controls */
} fact_type;

typedef enum fact_id {
  F_KIND,
  F_DFD,
  F_AI,
  F_TRUST,
  F_IN_BOUNDARY,
  F_ENTRY,
  F_ASSET,
  F_ENTRY_HOPS,
  F_REACHABLE,
  F_EXPOSED,
  F_TAINTED,
  F_TAINTED_VIA_STORE,
  F_INFERENCE_API,
  F_UNTRUSTED_CALLERS,
  F_TRAINING_PATH,
  F_FEEDS_TRAINING,
  F_LOWER_TRUST_CALLERS,
  F_HOLDS_LOGS,
  F_THIRD_PARTY,
  F_THIRD_PARTY_UPSTREAM,
  F_SENSITIVITY,
  F_DATA_SENSITIVITY,
  F_DATA,
  F_CONTROLS,
  F_INPUTS_FROM,
  F_OUTPUTS_TO,
  F_UPSTREAM,
  F_DOWNSTREAM,
  F_DIRECT_DOWNSTREAM,
  F_N_INPUTS,
  F_N_OUTPUTS,
  F_CROSSES,
  F_INTO_HIGHER,
  F_SRC_TRUST,
  F_DST_TRUST,
  F_SRC_KIND,
  F_DST_KIND,
  F_SRC_DFD,
  F_DST_DFD,
  F_SRC_THIRD_PARTY,
  F_DST_THIRD_PARTY,
  F_PROTOCOL,
  F_ENCRYPTED,
  F_AUTHENTICATED,
  F_BIDIRECTIONAL,
} fact_id;

enum { E = TMC_COND_ELEMENT, FL = TMC_COND_FLOW, EF = E | FL };

static const struct fact {
  const char *name;
  fact_id id;
  fact_type type;
  unsigned targets;
} facts[] = {
    {"kind", F_KIND, T_KIND, E},
    {"dfd", F_DFD, T_DFD, E},
    {"ai", F_AI, T_BOOL, E},
    {"trust", F_TRUST, T_NUM, E},
    {"in_boundary", F_IN_BOUNDARY, T_BOOL, E},
    {"entry", F_ENTRY, T_BOOL, E},
    {"asset", F_ASSET, T_BOOL, E},
    {"entry_hops", F_ENTRY_HOPS, T_NUM, EF},
    {"reachable", F_REACHABLE, T_BOOL, E},
    {"exposed", F_EXPOSED, T_BOOL, E},
    {"tainted", F_TAINTED, T_BOOL, EF},
    {"tainted_via_store", F_TAINTED_VIA_STORE, T_BOOL, EF},
    {"inference_api", F_INFERENCE_API, T_BOOL, E},
    {"untrusted_callers", F_UNTRUSTED_CALLERS, T_BOOL, E},
    {"training_path", F_TRAINING_PATH, T_BOOL, E},
    {"feeds_training", F_FEEDS_TRAINING, T_BOOL, E},
    {"lower_trust_callers", F_LOWER_TRUST_CALLERS, T_BOOL, E},
    {"holds_logs", F_HOLDS_LOGS, T_BOOL, E},
    {"third_party", F_THIRD_PARTY, T_BOOL, E},
    {"third_party_upstream", F_THIRD_PARTY_UPSTREAM, T_BOOL, E},
    {"sensitivity", F_SENSITIVITY, T_SENS, EF},
    {"data_sensitivity", F_DATA_SENSITIVITY, T_SENS, EF},
    {"data", F_DATA, T_DATA, EF},
    {"controls", F_CONTROLS, T_CTRLS, EF},
    {"inputs_from", F_INPUTS_FROM, T_KINDS, E},
    {"outputs_to", F_OUTPUTS_TO, T_KINDS, E},
    {"upstream", F_UPSTREAM, T_KINDS, E},
    {"downstream", F_DOWNSTREAM, T_KINDS, E},
    {"direct_downstream", F_DIRECT_DOWNSTREAM, T_KINDS, E},
    {"n_inputs", F_N_INPUTS, T_NUM, E},
    {"n_outputs", F_N_OUTPUTS, T_NUM, E},
    {"crosses", F_CROSSES, T_BOOL, FL},
    {"into_higher", F_INTO_HIGHER, T_BOOL, FL},
    {"src_trust", F_SRC_TRUST, T_NUM, FL},
    {"dst_trust", F_DST_TRUST, T_NUM, FL},
    {"src_kind", F_SRC_KIND, T_KIND, FL},
    {"dst_kind", F_DST_KIND, T_KIND, FL},
    {"src_dfd", F_SRC_DFD, T_DFD, FL},
    {"dst_dfd", F_DST_DFD, T_DFD, FL},
    {"src_third_party", F_SRC_THIRD_PARTY, T_BOOL, FL},
    {"dst_third_party", F_DST_THIRD_PARTY, T_BOOL, FL},
    {"protocol", F_PROTOCOL, T_WORD, FL},
    {"encrypted", F_ENCRYPTED, T_TRI, FL},
    {"authenticated", F_AUTHENTICATED, T_TRI, FL},
    {"bidirectional", F_BIDIRECTIONAL, T_BOOL, FL},
};
#define N_FACTS (sizeof facts / sizeof *facts)

const char *tmc_cond_fact_name(uint32_t i, unsigned *targets) {
  if (i >= N_FACTS)
    return NULL;
  if (targets)
    *targets = facts[i].targets;
  return facts[i].name;
}

/* ---- the tree ------------------------------------------------------------- */

typedef enum node_op { N_AND, N_OR, N_NOT, N_LEAF } node_op;
typedef enum cmp_op { C_BARE, C_EQ, C_NE, C_LT, C_LE, C_GT, C_GE, C_HAS } cmp_op;

struct tmc_cond {
  node_op op;
  struct tmc_cond **kids; /* AND/OR: n children; NOT: one */
  uint32_t n;
  /* Leaf. */
  const struct fact *fact;
  cmp_op cmp;
  long num;           /* T_NUM, T_SENS, T_TRI, T_KIND, T_DFD, T_BOOL: the value */
  const char *word;   /* T_WORD */
  uint32_t mask;      /* T_KINDS: kinds asked for ("has any" ORs them) */
  const char **names; /* T_DATA, T_CTRLS: canonical names asked for */
  uint32_t n_names;
};

/* ---- tokens --------------------------------------------------------------- */

typedef enum tok_kind {
  K_END,
  K_WORD,
  K_NUM,
  K_STR,
  K_OP,
  K_LP,
  K_RP,
  K_COMMA,
  K_BAD
} tok_kind;

typedef struct parser {
  const char *text, *p;
  tok_kind tk;
  const char *ts;     /* token start */
  size_t tn;          /* token length (for K_STR without the quotes) */
  const char *tstart; /* where the token starts in text, quotes included */
  unsigned targets;
  const tmc_catalog *names;
  tmc_arena *arena;
  tmc_loc loc;
  tmc_diags *d;
  int depth;
  bool failed;
} parser;

static bool word_char(int c) {
  return isalnum(c) || c == '_' || c == '-' || c == '.' || c == ':' || c == '/';
}

static void next(parser *ps) {
  const char *p = ps->p;
  while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
    p++;
  ps->tstart = ps->ts = p;
  ps->tn = 0;
  if (!*p) {
    ps->tk = K_END;
  } else if (*p == '(' || *p == ')' || *p == ',') {
    ps->tk = *p == '(' ? K_LP : *p == ')' ? K_RP : K_COMMA;
    ps->tn = 1;
    p++;
  } else if (strchr("=!<>", *p)) {
    ps->tk = K_OP;
    ps->tn = (p[1] == '=') ? 2 : 1;
    if ((*p == '=' || *p == '!') && p[1] != '=')
      ps->tk = K_BAD;
    p += ps->tn;
  } else if (*p == '\'') {
    const char *q = strchr(p + 1, '\'');
    if (!q) {
      ps->tk = K_BAD;
      ps->tn = strlen(p);
      p += ps->tn;
    } else {
      ps->tk = K_STR;
      ps->ts = p + 1;
      ps->tn = (size_t)(q - p - 1);
      p = q + 1;
    }
  } else if (isdigit((unsigned char)*p)) {
    ps->tk = K_NUM;
    while (isdigit((unsigned char)*p))
      p++;
    if (word_char((unsigned char)*p)) {
      while (word_char((unsigned char)*p))
        p++;
      ps->tk = K_WORD;
    }
    ps->tn = (size_t)(p - ps->ts);
  } else if (word_char((unsigned char)*p)) {
    ps->tk = K_WORD;
    while (word_char((unsigned char)*p))
      p++;
    ps->tn = (size_t)(p - ps->ts);
  } else {
    ps->tk = K_BAD;
    ps->tn = 1;
    p++;
  }
  ps->p = p;
}

static void TMC_PRINTF(2, 3) fail(parser *ps, const char *fmt, ...) {
  if (ps->failed)
    return; /* the first error explains; the rest would be noise */
  ps->failed = true;
  tmc_loc at = ps->loc;
  if (at.col && !memchr(ps->text, '\n', (size_t)(ps->tstart - ps->text)))
    at.col += (uint32_t)(ps->tstart - ps->text);
  tmc_buf b = TMC_BUF_INIT;
  va_list ap;
  va_start(ap, fmt);
  tmc_buf_vprintf(&b, fmt, ap);
  va_end(ap);
  tmc_error(ps->d, at, "condition: %s", b.data);
  tmc_buf_free(&b);
}

static bool is_kw(const parser *ps, const char *kw) {
  return ps->tk == K_WORD && strlen(kw) == ps->tn && strncasecmp(ps->ts, kw, ps->tn) == 0;
}

static const char *tok_text(parser *ps) {
  if (ps->tk == K_END)
    return "end of condition";
  return tmc_arena_strndup(ps->arena, ps->ts, ps->tn > 40 ? 40 : ps->tn);
}

/* ---- parsing -------------------------------------------------------------- */

static tmc_cond *new_node(parser *ps, node_op op) {
  tmc_cond *c = tmc_arena_alloc(ps->arena, sizeof *c);
  c->op = op;
  return c;
}

static const struct fact *find_fact(const char *s, size_t n) {
  for (size_t i = 0; i < N_FACTS; i++)
    if (strlen(facts[i].name) == n && strncasecmp(facts[i].name, s, n) == 0)
      return &facts[i];
  return NULL;
}

static const char *type_word(fact_type t) {
  switch (t) {
  case T_BOOL:
    return "a yes/no fact";
  case T_NUM:
    return "a number";
  case T_WORD:
    return "a word";
  case T_KIND:
    return "an element kind";
  case T_DFD:
    return "a DFD class (entity, process, store)";
  case T_SENS:
    return "a sensitivity (public < internal < confidential < secret)";
  case T_TRI:
    return "yes, no or unknown";
  case T_KINDS:
    return "a set of element kinds";
  case T_DATA:
    return "a set of data classes";
  case T_CTRLS:
    return "a set of controls";
  }
  return "?";
}

static bool is_set(fact_type t) {
  return t == T_KINDS || t == T_DATA || t == T_CTRLS;
}

/* Resolves the current value token for a comparison with fact f, into leaf.
 * For sets, appends one more member. Returns false after an error. */
static bool value(parser *ps, tmc_cond *leaf) {
  const struct fact *f = leaf->fact;
  if (ps->tk != K_WORD && ps->tk != K_NUM && ps->tk != K_STR) {
    fail(ps, "expected a value after '%s', found '%s'", f->name, tok_text(ps));
    return false;
  }
  char *v = tmc_arena_strndup(ps->arena, ps->ts, ps->tn);
  switch (f->type) {
  case T_NUM: {
    char *end;
    long n = strtol(v, &end, 10);
    if (ps->tk != K_NUM || *end || n > 1000000) {
      fail(ps, "'%s' is a number; '%s' is not one", f->name, v);
      return false;
    }
    leaf->num = n;
    return true;
  }
  case T_BOOL:
    if (tmc_streq_nocase(v, "yes") || tmc_streq_nocase(v, "true"))
      leaf->num = 1;
    else if (tmc_streq_nocase(v, "no") || tmc_streq_nocase(v, "false"))
      leaf->num = 0;
    else {
      fail(ps, "'%s' is yes or no, not '%s'", f->name, v);
      return false;
    }
    return true;
  case T_TRI:
    if (tmc_streq_nocase(v, "yes") || tmc_streq_nocase(v, "true"))
      leaf->num = TMC_TRI_YES;
    else if (tmc_streq_nocase(v, "no") || tmc_streq_nocase(v, "false"))
      leaf->num = TMC_TRI_NO;
    else if (tmc_streq_nocase(v, "unknown"))
      leaf->num = TMC_TRI_UNKNOWN;
    else {
      fail(ps, "'%s' is yes, no or unknown, not '%s'", f->name, v);
      return false;
    }
    return true;
  case T_WORD:
    for (char *c = v; *c; c++)
      *c = (char)tolower((unsigned char)*c);
    leaf->word = v;
    return true;
  case T_SENS: {
    tmc_sensitivity s;
    if (tmc_streq_nocase(v, "unset") || tmc_streq_nocase(v, "none"))
      s = TMC_SENS_UNSET;
    else if (!tmc_sensitivity_parse(v, &s)) {
      fail(ps, "unknown sensitivity '%s' (public, internal, confidential, secret)", v);
      return false;
    }
    leaf->num = s;
    return true;
  }
  case T_DFD:
    if (tmc_streq_nocase(v, "entity"))
      leaf->num = TMC_DFD_ENTITY;
    else if (tmc_streq_nocase(v, "process"))
      leaf->num = TMC_DFD_PROCESS;
    else if (tmc_streq_nocase(v, "store"))
      leaf->num = TMC_DFD_STORE;
    else {
      fail(ps, "unknown DFD class '%s' (entity, process, store)", v);
      return false;
    }
    return true;
  case T_KIND:
  case T_KINDS: {
    tmc_kind k;
    if (!tmc_kind_parse(v, &k)) {
      fail(ps, "unknown element kind '%s' (see tmc --list-kinds)", v);
      return false;
    }
    if (f->type == T_KIND)
      leaf->num = k;
    else
      leaf->mask |= 1u << k;
    return true;
  }
  case T_DATA:
  case T_CTRLS: {
    const char *canon = v;
    if (ps->names && f->type == T_DATA) {
      const tmc_data_class *dc = tmc_catalog_data_class(ps->names, v);
      if (!dc) {
        fail(ps, "unknown data class '%s' (add it to a data_classes table)", v);
        return false;
      }
      canon = dc->id;
    } else if (ps->names) {
      const tmc_control *x = tmc_catalog_control(ps->names, v);
      if (!x) {
        fail(ps, "unknown control '%s' (see tmc --list-controls)", v);
        return false;
      }
      canon = x->id;
    }
    const char **nv = tmc_arena_alloc(ps->arena, sizeof(char *) * (leaf->n_names + 1));
    if (leaf->n_names)
      memcpy(nv, leaf->names, sizeof(char *) * leaf->n_names);
    nv[leaf->n_names++] = canon;
    leaf->names = nv;
    return true;
  }
  }
  return false;
}

static tmc_cond *parse_or(parser *ps);

static tmc_cond *parse_leaf(parser *ps) {
  if (ps->tk != K_WORD) {
    fail(ps, "expected a fact, 'not' or '(', found '%s'", tok_text(ps));
    return NULL;
  }
  const struct fact *f = find_fact(ps->ts, ps->tn);
  if (!f) {
    fail(ps, "unknown fact '%s'", tok_text(ps));
    return NULL;
  }
  if (!(f->targets & ps->targets)) {
    fail(ps, "fact '%s' is only defined for %s", f->name,
         f->targets == TMC_COND_FLOW ? "flows" : "elements");
    return NULL;
  }
  if ((f->targets & ps->targets) != ps->targets) {
    fail(ps, "fact '%s' is not defined for %s, and this rule applies to both", f->name,
         f->targets == TMC_COND_FLOW ? "elements" : "flows");
    return NULL;
  }
  tmc_cond *leaf = new_node(ps, N_LEAF);
  const char *fact_at = ps->tstart;
  leaf->fact = f;
  next(ps);
  if (ps->tk == K_OP) {
    static const struct {
      const char *op;
      cmp_op cmp;
    } ops[] = {{"==", C_EQ}, {"!=", C_NE}, {"<", C_LT},
               {"<=", C_LE}, {">", C_GT},  {">=", C_GE}};
    for (size_t i = 0; i < sizeof ops / sizeof *ops; i++)
      if (strlen(ops[i].op) == ps->tn && strncmp(ops[i].op, ps->ts, ps->tn) == 0)
        leaf->cmp = ops[i].cmp;
    if (is_set(f->type)) {
      fail(ps, "'%s' is %s: use '%s has VALUE'", f->name, type_word(f->type), f->name);
      return NULL;
    }
    bool ordered = f->type == T_NUM || f->type == T_SENS;
    if (!ordered && leaf->cmp != C_EQ && leaf->cmp != C_NE) {
      fail(ps, "'%s' is %s: compare it with == or !=", f->name, type_word(f->type));
      return NULL;
    }
    next(ps);
    if (!value(ps, leaf))
      return NULL;
    next(ps);
    return leaf;
  }
  if (ps->tk == K_BAD) {
    fail(ps, "'%s' is not an operator (== != < <= > >= has)", tok_text(ps));
    return NULL;
  }
  if (is_kw(ps, "has")) {
    if (!is_set(f->type)) {
      fail(ps, "'%s' is %s, not a set: 'has' needs a set fact", f->name,
           type_word(f->type));
      return NULL;
    }
    leaf->cmp = C_HAS;
    next(ps);
    if (is_kw(ps, "any")) {
      const char *save_p = ps->p;
      next(ps);
      if (ps->tk != K_LP) {
        /* "has any" where any is a value, not the keyword: rewind. */
        ps->p = save_p;
        ps->tk = K_WORD;
      } else {
        next(ps);
        for (;;) {
          if (!value(ps, leaf))
            return NULL;
          next(ps);
          if (ps->tk == K_COMMA) {
            next(ps);
            continue;
          }
          if (ps->tk == K_RP)
            break;
          fail(ps, "expected ',' or ')' in 'has any (...)', found '%s'", tok_text(ps));
          return NULL;
        }
        next(ps);
        return leaf;
      }
    }
    if (!value(ps, leaf))
      return NULL;
    next(ps);
    return leaf;
  }
  if (f->type != T_BOOL && f->type != T_TRI) {
    ps->tstart = fact_at; /* the fact is what needs the comparison */
    fail(ps, "'%s' is %s: compare it (for example '%s %s')", f->name, type_word(f->type),
         f->name,
         is_set(f->type)     ? "has VALUE"
         : f->type == T_NUM  ? ">= 1"
         : f->type == T_SENS ? ">= confidential"
                             : "== VALUE");
    return NULL;
  }
  leaf->cmp = C_BARE;
  return leaf;
}

static tmc_cond *parse_unary(parser *ps) {
  if (++ps->depth > TMC_COND_MAX_DEPTH) {
    fail(ps, "nested deeper than %d levels", TMC_COND_MAX_DEPTH);
    return NULL;
  }
  tmc_cond *r = NULL;
  if (is_kw(ps, "not")) {
    next(ps);
    tmc_cond *kid = parse_unary(ps);
    if (kid) {
      r = new_node(ps, N_NOT);
      r->kids = tmc_arena_alloc(ps->arena, sizeof(tmc_cond *));
      r->kids[0] = kid;
      r->n = 1;
    }
  } else if (ps->tk == K_LP) {
    next(ps);
    r = parse_or(ps);
    if (r && ps->tk != K_RP) {
      fail(ps, "expected ')', found '%s'", tok_text(ps));
      r = NULL;
    }
    if (r)
      next(ps);
  } else {
    r = parse_leaf(ps);
  }
  ps->depth--;
  return r;
}

/* AND and OR nodes are n-ary, so "a and b and c ..." stays one level deep. */
static tmc_cond *parse_chain(parser *ps, node_op op) {
  const char *kw = op == N_OR ? "or" : "and";
  tmc_cond *first = op == N_OR ? parse_chain(ps, N_AND) : parse_unary(ps);
  if (!first || !is_kw(ps, kw))
    return first;
  tmc_cond *c = new_node(ps, op);
  tmc_cond **v = NULL;
  uint32_t cap = 0;
  *TMC_PUSH(v, c->n, cap) = first;
  while (is_kw(ps, kw)) {
    next(ps);
    tmc_cond *k = op == N_OR ? parse_chain(ps, N_AND) : parse_unary(ps);
    if (!k) {
      free(v);
      return NULL;
    }
    *TMC_PUSH(v, c->n, cap) = k;
  }
  c->kids = tmc_arena_alloc(ps->arena, sizeof(tmc_cond *) * c->n);
  memcpy(c->kids, v, sizeof(tmc_cond *) * c->n);
  free(v);
  return c;
}

static tmc_cond *parse_or(parser *ps) {
  return parse_chain(ps, N_OR);
}

int tmc_cond_parse(tmc_cond **out, const char *text, unsigned targets,
                   const tmc_catalog *names, tmc_arena *arena, tmc_loc loc,
                   tmc_diags *d) {
  parser ps = {0};
  ps.text = ps.p = text ? text : "";
  ps.targets = targets ? targets : TMC_COND_ELEMENT;
  ps.names = names;
  ps.arena = arena;
  ps.loc = loc;
  ps.d = d;
  *out = NULL;
  next(&ps);
  if (ps.tk == K_END) {
    fail(&ps, "empty condition (omit 'when' for a rule that always applies)");
    return -1;
  }
  tmc_cond *c = parse_or(&ps);
  if (c && ps.tk != K_END)
    fail(&ps, "unexpected '%s' (conditions join with 'and', 'or')", tok_text(&ps));
  if (ps.failed)
    return -1;
  *out = c;
  return 0;
}

/* ---- evaluation ----------------------------------------------------------- */

typedef struct target {
  const tmc_ir *ir;
  const tmc_catalog *cat;
  const tmc_element *e; /* element target, or NULL */
  const tmc_flow *f;    /* flow target, or NULL */
} target;

static uint32_t kind_bit(tmc_kind k) {
  return 1u << k;
}

/* The value of a scalar fact as a number (bools 0/1, enums by value). */
static long scalar(const target *t, fact_id id) {
  const tmc_ir *ir = t->ir;
  const tmc_element *e = t->e;
  const tmc_flow *f = t->f;
  switch (id) {
  case F_KIND:
    return e->kind;
  case F_DFD:
    return tmc_kind_dfd(e->kind);
  case F_AI:
    return tmc_kind_is_ai(e->kind);
  case F_TRUST:
    return tmc_ir_element_trust(ir, (uint32_t)(e - ir->elements));
  case F_IN_BOUNDARY:
    return e->boundary != TMC_NONE;
  case F_ENTRY:
    return e->facts.is_entry;
  case F_ASSET:
    return e->facts.is_asset;
  case F_ENTRY_HOPS: {
    uint32_t h = e ? e->facts.entry_hops : f->facts.entry_hops;
    return h == TMC_NONE || h > 999 ? 999 : (long)h;
  }
  case F_REACHABLE:
    return e->facts.entry_hops != TMC_NONE;
  case F_EXPOSED:
    return e->facts.exposed;
  case F_TAINTED:
    return e ? e->facts.tainted : f->facts.tainted;
  case F_TAINTED_VIA_STORE:
    return e ? e->facts.tainted_via_store : f->facts.tainted_via_store;
  case F_INFERENCE_API:
    return e->facts.inference_api;
  case F_UNTRUSTED_CALLERS:
    return e->facts.untrusted_callers;
  case F_TRAINING_PATH:
    return e->facts.training_path;
  case F_FEEDS_TRAINING:
    return e->facts.feeds_training;
  case F_LOWER_TRUST_CALLERS:
    return e->facts.lower_trust_callers;
  case F_HOLDS_LOGS:
    return e->facts.holds_logs;
  case F_THIRD_PARTY:
    return e->third_party;
  case F_THIRD_PARTY_UPSTREAM:
    return e->facts.third_party_upstream;
  case F_SENSITIVITY:
    return e ? e->sensitivity : f->sensitivity;
  case F_DATA_SENSITIVITY:
    return e ? e->facts.data_sensitivity : f->facts.data_sensitivity;
  case F_N_INPUTS:
    return e->facts.n_inputs;
  case F_N_OUTPUTS:
    return e->facts.n_outputs;
  case F_CROSSES:
    return f->facts.crosses;
  case F_INTO_HIGHER:
    return f->facts.into_higher;
  case F_SRC_TRUST:
    return f->facts.src_trust;
  case F_DST_TRUST:
    return f->facts.dst_trust;
  case F_SRC_KIND:
    return ir->elements[f->src].kind;
  case F_DST_KIND:
    return ir->elements[f->dst].kind;
  case F_SRC_DFD:
    return tmc_kind_dfd(ir->elements[f->src].kind);
  case F_DST_DFD:
    return tmc_kind_dfd(ir->elements[f->dst].kind);
  case F_SRC_THIRD_PARTY:
    return ir->elements[f->src].third_party;
  case F_DST_THIRD_PARTY:
    return ir->elements[f->dst].third_party;
  case F_ENCRYPTED:
    return f->encrypted;
  case F_AUTHENTICATED:
    return f->authenticated;
  case F_BIDIRECTIONAL:
    return f->bidirectional;
  case F_DATA:
  case F_CONTROLS:
  case F_INPUTS_FROM:
  case F_OUTPUTS_TO:
  case F_UPSTREAM:
  case F_DOWNSTREAM:
  case F_DIRECT_DOWNSTREAM:
  case F_PROTOCOL:
    break; /* not scalars */
  }
  return 0;
}

static uint32_t kinds_of(const target *t, fact_id id) {
  const tmc_element_facts *x = &t->e->facts;
  return id == F_INPUTS_FROM  ? x->inputs_from
         : id == F_OUTPUTS_TO ? x->outputs_to
         : id == F_UPSTREAM   ? x->upstream
         : id == F_DOWNSTREAM ? x->downstream
                              : x->direct_downstream;
}

static const tmc_strlist *names_of(const target *t, fact_id id) {
  if (id == F_DATA)
    return t->e ? &t->e->data : &t->f->data;
  return t->e ? &t->e->controls : &t->f->controls;
}

/* The canonical name of a diagram's data class or control word. */
static const char *canon(const target *t, fact_id id, const char *w) {
  if (!t->cat)
    return w;
  if (id == F_DATA) {
    const tmc_data_class *dc = tmc_catalog_data_class(t->cat, w);
    return dc ? dc->id : w;
  }
  const tmc_control *x = tmc_catalog_control(t->cat, w);
  return x ? x->id : w;
}

static bool set_has(const target *t, fact_id id, const char *name) {
  const tmc_strlist *l = names_of(t, id);
  for (uint32_t i = 0; i < l->n; i++)
    if (tmc_streq_nocase(canon(t, id, l->v[i]), name))
      return true;
  return false;
}

static bool leaf_eval(const tmc_cond *c, const target *t) {
  const struct fact *f = c->fact;
  switch (f->type) {
  case T_KINDS:
    return (kinds_of(t, f->id) & c->mask) != 0;
  case T_DATA:
  case T_CTRLS:
    for (uint32_t i = 0; i < c->n_names; i++)
      if (set_has(t, f->id, c->names[i]))
        return true;
    return false;
  case T_WORD: {
    const char *p = t->f->protocol ? t->f->protocol : "";
    bool eq = tmc_streq_nocase(p, c->word);
    return c->cmp == C_NE ? !eq : eq;
  }
  case T_BOOL:
  case T_TRI:
  case T_NUM:
  case T_SENS:
  case T_KIND:
  case T_DFD:
    break;
  }
  long v = scalar(t, f->id);
  switch (c->cmp) {
  case C_BARE:
    return f->type == T_TRI ? v == TMC_TRI_YES : v != 0;
  case C_EQ:
    return v == c->num;
  case C_NE:
    return v != c->num;
  case C_LT:
    return v < c->num;
  case C_LE:
    return v <= c->num;
  case C_GT:
    return v > c->num;
  case C_GE:
    return v >= c->num;
  case C_HAS:
    break;
  }
  return false;
}

static target make_target(const tmc_ir *ir, const tmc_catalog *cat, tmc_target kind,
                          uint32_t index) {
  target t = {ir, cat, NULL, NULL};
  if (kind == TMC_TARGET_ELEMENT)
    t.e = &ir->elements[index];
  else
    t.f = &ir->flows[index];
  return t;
}

/* A leaf over facts its target does not have (a flow rule's fact asked of an
 * element) is false rather than undefined behaviour. Depth is bounded by
 * TMC_COND_MAX_DEPTH at parse time. */
static bool applicable(const tmc_cond *c, const target *t) {
  return c->fact->targets & (t->e ? TMC_COND_ELEMENT : TMC_COND_FLOW);
}

static bool eval_checked(const tmc_cond *c, const target *t) {
  if (c->op == N_LEAF)
    return applicable(c, t) && leaf_eval(c, t);
  switch (c->op) {
  case N_AND:
    for (uint32_t i = 0; i < c->n; i++)
      if (!eval_checked(c->kids[i], t))
        return false;
    return true;
  case N_OR:
    for (uint32_t i = 0; i < c->n; i++)
      if (eval_checked(c->kids[i], t))
        return true;
    return false;
  case N_NOT:
    return !eval_checked(c->kids[0], t);
  case N_LEAF:
    break;
  }
  return false;
}

bool tmc_cond_eval(const tmc_cond *c, const tmc_ir *ir, const tmc_catalog *cat,
                   tmc_target kind, uint32_t index) {
  if (!c)
    return true;
  if (kind != TMC_TARGET_ELEMENT && kind != TMC_TARGET_FLOW)
    return false;
  target t = make_target(ir, cat, kind, index);
  return eval_checked(c, &t);
}

/* ---- evidence ------------------------------------------------------------- */

static const char *article_kind(tmc_kind k) {
  return tmc_kind_name(k);
}

static const char *tri_word(long v) {
  return v == TMC_TRI_YES ? "yes" : v == TMC_TRI_NO ? "no" : "unknown";
}

static const char *dfd_word(long v) {
  return v == TMC_DFD_ENTITY  ? "external entity"
         : v == TMC_DFD_STORE ? "store"
                              : "process";
}

static void kinds_words(tmc_buf *b, uint32_t mask) {
  bool first = true;
  for (int k = 0; k < TMC_KIND_COUNT; k++)
    if (mask & kind_bit((tmc_kind)k)) {
      tmc_buf_printf(b, "%s%s", first ? "" : ", ", tmc_kind_name((tmc_kind)k));
      first = false;
    }
}

static void names_words(tmc_buf *b, const char **v, uint32_t n) {
  for (uint32_t i = 0; i < n; i++)
    tmc_buf_printf(b, "%s%s", i ? ", " : "", v[i]);
}

/* " (from NAME)": where the outside content came from, when it did. */
static void origin_words(const target *t, long v, tmc_buf *b) {
  uint32_t o = t->e ? t->e->facts.taint_origin : t->f->facts.taint_origin;
  if (v && o < t->ir->n_elements)
    tmc_buf_printf(b, " (from %s)", tmc_element_name(&t->ir->elements[o]));
}

/* Describes the actual value of a leaf's fact on t; held says whether the
 * leaf evaluated true, which picks the wording for tests of membership. */
static void describe(const tmc_cond *c, const target *t, bool held, tmc_buf *b) {
  const struct fact *f = c->fact;
  const tmc_ir *ir = t->ir;
  long v =
      f->type == T_KINDS || f->type == T_DATA || f->type == T_CTRLS || f->type == T_WORD
          ? 0
          : scalar(t, f->id);
  switch (f->id) {
  case F_KIND:
    tmc_buf_printf(b, "kind is %s", tmc_kind_name((tmc_kind)v));
    return;
  case F_DFD:
    tmc_buf_printf(b, "a %s in the data-flow diagram", dfd_word(v));
    return;
  case F_AI:
    tmc_buf_puts(b, v ? "an AI component" : "not an AI component");
    return;
  case F_TRUST:
    tmc_buf_printf(b, "in a trust-%ld zone", v);
    return;
  case F_IN_BOUNDARY:
    tmc_buf_puts(b, v ? "inside a trust boundary" : "outside every trust boundary");
    return;
  case F_ENTRY:
    tmc_buf_puts(b, v ? "an entry point for an attacker" : "not an entry point");
    return;
  case F_ASSET:
    tmc_buf_puts(b, v ? "an asset worth protecting" : "not marked as an asset");
    return;
  case F_ENTRY_HOPS:
  case F_REACHABLE: {
    long h = scalar(t, F_ENTRY_HOPS);
    if (h >= 999)
      tmc_buf_puts(b, "not reachable from any entry point");
    else if (h == 0)
      tmc_buf_puts(b, t->e ? "is itself an entry point" : "starts at an entry point");
    else
      tmc_buf_printf(b, "reachable %ld hop%s from an entry point", h, h == 1 ? "" : "s");
    return;
  }
  case F_EXPOSED:
    tmc_buf_puts(b, v ? "receives a flow from a lower trust zone"
                      : "receives no flow from a lower trust zone");
    return;
  case F_TAINTED:
    if (t->e)
      tmc_buf_puts(b, v ? "receives content that originated outside"
                        : "receives no content that originated outside");
    else
      tmc_buf_puts(b, v ? "carries content that originated outside"
                        : "carries no content that originated outside");
    origin_words(t, v, b);
    return;
  case F_TAINTED_VIA_STORE:
    tmc_buf_puts(b, v ? "outside content reaches it after being stored and retrieved"
                      : "no outside content reaches it through a store");
    origin_words(t, v, b);
    return;
  case F_INFERENCE_API:
    tmc_buf_puts(b, v ? "a model that clients query through an inference API"
                      : "not served through an inference API");
    return;
  case F_UNTRUSTED_CALLERS:
    tmc_buf_puts(b, v ? "outsiders can send it requests (through processes only)"
                      : "no outsider can send it requests");
    return;
  case F_TRAINING_PATH:
    tmc_buf_puts(b,
                 v ? "on a training path (its data feeds a pipeline that trains a model)"
                   : "not on any training path");
    return;
  case F_FEEDS_TRAINING:
    tmc_buf_puts(b, v ? "a training pipeline reads its data with no other store between"
                      : "no training pipeline reads its data directly");
    return;
  case F_LOWER_TRUST_CALLERS:
    tmc_buf_puts(b, v ? "takes requests straight from a lower trust zone or an outsider"
                      : "takes no request straight from a lower trust zone");
    return;
  case F_HOLDS_LOGS:
    tmc_buf_puts(b, v ? "holds logs or audit records" : "holds no logs");
    return;
  case F_THIRD_PARTY:
    tmc_buf_puts(b, v ? "third-party" : "not third-party");
    return;
  case F_THIRD_PARTY_UPSTREAM:
    tmc_buf_puts(b, v ? "fed, directly or transitively, by a third-party element"
                      : "nothing third-party feeds it");
    return;
  case F_SENSITIVITY:
    if (v == TMC_SENS_UNSET)
      tmc_buf_puts(b, "no declared sensitivity");
    else
      tmc_buf_printf(b, "declared sensitivity %s",
                     tmc_sensitivity_name((tmc_sensitivity)v));
    return;
  case F_DATA_SENSITIVITY:
    if (v == TMC_SENS_UNSET)
      tmc_buf_puts(b, "no sensitive data known");
    else
      tmc_buf_printf(b, "%s %s data", t->e ? "handles" : "carries",
                     tmc_sensitivity_name((tmc_sensitivity)v));
    return;
  case F_DATA:
  case F_CONTROLS: {
    const char *what =
        f->id == F_DATA ? (t->e ? "handles" : "carries") : "declares control";
    if (held) {
      tmc_buf_printf(b, "%s ", what);
      bool first = true;
      for (uint32_t i = 0; i < c->n_names; i++)
        if (set_has(t, f->id, c->names[i])) {
          tmc_buf_printf(b, "%s%s", first ? "" : ", ", c->names[i]);
          first = false;
        }
    } else if (f->id == F_DATA) {
      tmc_buf_printf(b, "%s none of: ", what);
      names_words(b, c->names, c->n_names);
    } else {
      tmc_buf_puts(b, c->n_names == 1 ? "no control " : "none of the controls ");
      names_words(b, c->names, c->n_names);
      tmc_buf_puts(b, " declared");
    }
    return;
  }
  case F_INPUTS_FROM:
  case F_OUTPUTS_TO:
  case F_UPSTREAM:
  case F_DOWNSTREAM:
  case F_DIRECT_DOWNSTREAM: {
    static const char *pos[] = {"receives flows from ", "sends flows to ",
                                "has upstream ", "has downstream ",
                                "its data reaches, with no store between, "};
    static const char *neg[] = {
        "receives no flow from ", "sends no flow to ", "has nothing upstream of kind ",
        "has nothing downstream of kind ",
        "its data reaches no element, with no store between, of kind "};
    int i = f->id == F_INPUTS_FROM  ? 0
            : f->id == F_OUTPUTS_TO ? 1
            : f->id == F_UPSTREAM   ? 2
            : f->id == F_DOWNSTREAM ? 3
                                    : 4;
    uint32_t m = kinds_of(t, f->id) & c->mask;
    tmc_buf_puts(b, held ? pos[i] : neg[i]);
    kinds_words(b, held ? m : c->mask);
    return;
  }
  case F_N_INPUTS:
    tmc_buf_printf(b, "%ld incoming flow%s", v, v == 1 ? "" : "s");
    return;
  case F_N_OUTPUTS:
    tmc_buf_printf(b, "%ld outgoing flow%s", v, v == 1 ? "" : "s");
    return;
  case F_CROSSES:
    if (v)
      tmc_buf_printf(b, "crosses a trust boundary from trust %d to trust %d",
                     t->f->facts.src_trust, t->f->facts.dst_trust);
    else
      tmc_buf_puts(b, "stays inside one trust zone");
    return;
  case F_INTO_HIGHER:
    if (v)
      tmc_buf_printf(
          b, "crosses from trust %d into higher trust %d",
          t->f->facts.src_trust < t->f->facts.dst_trust ? t->f->facts.src_trust
                                                        : t->f->facts.dst_trust,
          t->f->facts.src_trust < t->f->facts.dst_trust ? t->f->facts.dst_trust
                                                        : t->f->facts.src_trust);
    else
      tmc_buf_puts(b, "does not cross into higher trust");
    return;
  case F_SRC_TRUST:
    tmc_buf_printf(b, "source in a trust-%ld zone", v);
    return;
  case F_DST_TRUST:
    tmc_buf_printf(b, "target in a trust-%ld zone", v);
    return;
  case F_SRC_KIND:
    tmc_buf_printf(b, "source is a %s", article_kind((tmc_kind)v));
    return;
  case F_DST_KIND:
    tmc_buf_printf(b, "target is a %s", article_kind((tmc_kind)v));
    return;
  case F_SRC_DFD:
    tmc_buf_printf(b, "source is a %s", dfd_word(v));
    return;
  case F_DST_DFD:
    tmc_buf_printf(b, "target is a %s", dfd_word(v));
    return;
  case F_SRC_THIRD_PARTY:
    tmc_buf_puts(b, v ? "source is third-party" : "source is not third-party");
    return;
  case F_DST_THIRD_PARTY:
    tmc_buf_puts(b, v ? "target is third-party" : "target is not third-party");
    return;
  case F_PROTOCOL:
    if (t->f->protocol && *t->f->protocol)
      tmc_buf_printf(b, "protocol=%s", t->f->protocol);
    else
      tmc_buf_puts(b, "no protocol declared");
    return;
  case F_ENCRYPTED:
    tmc_buf_printf(b, "encrypted=%s", tri_word(v));
    if (t->f->encrypted_reason && strcmp(t->f->encrypted_reason, "encrypted=") != 0)
      tmc_buf_printf(b, " (%s)", t->f->encrypted_reason);
    else if (v == TMC_TRI_UNKNOWN)
      tmc_buf_puts(b, " (no protocol= or encrypted= given)");
    return;
  case F_AUTHENTICATED:
    tmc_buf_printf(b, "authenticated=%s", tri_word(v));
    if (v == TMC_TRI_UNKNOWN)
      tmc_buf_puts(b, " (not stated)");
    return;
  case F_BIDIRECTIONAL:
    tmc_buf_puts(b, v ? "bidirectional" : "one-way");
    return;
  }
  (void)ir;
}

/* Phrases collected for one explanation, deduplicated, in order. */
typedef struct phrases {
  char **v;
  uint32_t n, cap;
} phrases;

static void add_phrase(phrases *p, tmc_buf *b) {
  for (uint32_t i = 0; i < p->n; i++)
    if (strcmp(p->v[i], b->data) == 0) {
      tmc_buf_clear(b);
      return;
    }
  *TMC_PUSH(p->v, p->n, p->cap) = tmc_buf_detach(b);
}

/* Collects the leaves that make c evaluate to value on t: for an AND that
 * holds, all of them; for an OR that holds, those that hold; for one that
 * fails, those that fail (and NOT swaps). Depth bounded at parse time. */
static void explain(const tmc_cond *c, const target *t, bool value, phrases *p,
                    tmc_buf *b) {
  switch (c->op) {
  case N_AND:
  case N_OR:
    for (uint32_t i = 0; i < c->n; i++)
      if (eval_checked(c->kids[i], t) == value)
        explain(c->kids[i], t, value, p, b);
    return;
  case N_NOT:
    explain(c->kids[0], t, !value, p, b);
    return;
  case N_LEAF:
    if (!applicable(c, t))
      return;
    describe(c, t, value, b);
    add_phrase(p, b);
    return;
  }
}

void tmc_cond_explain(const tmc_cond *c, const tmc_ir *ir, const tmc_catalog *cat,
                      tmc_target kind, uint32_t index, tmc_buf *out) {
  if (!c || (kind != TMC_TARGET_ELEMENT && kind != TMC_TARGET_FLOW))
    return;
  target t = make_target(ir, cat, kind, index);
  phrases p = {0};
  tmc_buf b = TMC_BUF_INIT;
  explain(c, &t, eval_checked(c, &t), &p, &b);
  for (uint32_t i = 0; i < p.n; i++) {
    tmc_buf_printf(out, "%s%s", i ? "; " : "", p.v[i]);
    free(p.v[i]);
  }
  free(p.v);
  tmc_buf_free(&b);
}
