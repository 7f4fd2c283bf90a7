/* cond.c - parses and evaluates rule conditions.
 *
 * The one idea: a condition is a tree of AND/OR/NOT nodes over leaves, and a
 * leaf is one test of one fact from a fixed table (name, type, targets)
 * generated from ir/facts.def, as are the getter and the default wording.
 * The parser is recursive descent with an explicit depth limit; values are
 * checked and resolved at parse time (a kind name becomes a kind bit, an
 * alias a canonical id through the caller's resolver), so evaluation is a
 * walk with no string parsing and no catalog: it compares the canonical ids
 * the vocab pass stored. Evidence is produced by walking the tree again and
 * describing, for each leaf that decided the outcome, the actual value of its
 * fact in words. */
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
  T_ROLES, /* set of roles (tmc_role) */
  T_TECHS, /* set of technologies (tmc_tech) */
  T_DATA,  /* set of data classes */
  T_CTRLS, /* set of controls */
} fact_type;

typedef enum fact_id {
#define FACT(name, ...) F_##name,
#define STORED(name, ...) F_##name,
#include "ir/facts.def"
#undef STORED
#undef FACT
} fact_id;

enum { E = TMC_COND_ELEMENT, FL = TMC_COND_FLOW, EF = E | FL };

static const struct fact {
  const char *name;
  size_t len; /* strlen(name): find_fact compares it first, without strlen */
  fact_id id;
  fact_type type;
  unsigned targets;
  const char *yes, *no; /* wording (ir/facts.def); NULL: describe_special() */
} facts[] = {
#define FACT(name, type, targets, ev, fv, yes, no)                                       \
  {#name, sizeof #name - 1, F_##name, T_##type, targets, yes, no},
#define STORED(name, ctype, type, targets, yes, no)                                      \
  {#name, sizeof #name - 1, F_##name, T_##type, targets, yes, no},
#include "ir/facts.def"
#undef STORED
#undef FACT
};
#define N_FACTS (sizeof facts / sizeof *facts)
_Static_assert(N_FACTS <= TMC_COND_KEY_FACTS, "tmc_cond_keybits holds a bit per fact");

const char *tmc_cond_fact_name(uint32_t i, unsigned *targets) {
  if (i >= N_FACTS)
    return NULL;
  if (targets)
    *targets = facts[i].targets;
  return facts[i].name;
}

/* ---- the tree ------------------------------------------------------------- */

typedef enum node_op { N_AND, N_OR, N_NOT, N_LEAF } node_op;
typedef enum cmp_op { C_BARE, C_EQ, C_NE, C_LT, C_LE, C_GT, C_GE, C_HAS, C_IS } cmp_op;

struct tmc_cond {
  node_op op;
  struct tmc_cond **kids; /* AND/OR: n children; NOT: one */
  uint32_t n;
  /* Leaf. */
  const struct fact *fact;
  cmp_op cmp;
  long num;           /* T_NUM, T_SENS, T_TRI, T_KIND, T_DFD, T_BOOL: the value */
  const char *word;   /* T_WORD */
  tmc_kindset mask;   /* T_KINDS: kinds asked for ("has any" ORs them), each with
                         the kinds below it; T_KIND with 'is': the kind and those
                         below it */
  tmc_roleset roles;  /* T_ROLES: roles asked for */
  tmc_techset techs;  /* T_TECHS: technologies asked for */
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
  const tmc_cond_resolver *names;
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
    if (facts[i].len == n && strncasecmp(facts[i].name, s, n) == 0)
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
  case T_ROLES:
    return "a set of roles";
  case T_TECHS:
    return "a set of technologies";
  case T_DATA:
    return "a set of data classes";
  case T_CTRLS:
    return "a set of controls";
  }
  return "?";
}

static bool is_set(fact_type t) {
  return t == T_KINDS || t == T_ROLES || t == T_TECHS || t == T_DATA || t == T_CTRLS;
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
      leaf->num = k, leaf->mask = tmc_kindset_down(k);
    else
      leaf->mask |= tmc_kindset_down(k); /* an llm is a model */
    return true;
  }
  case T_ROLES: {
    tmc_role r;
    if (!tmc_role_parse(v, &r)) {
      fail(ps, "unknown role '%s' (see tmc --list-kinds)", v);
      return false;
    }
    leaf->roles |= TMC_ROLESET(r);
    return true;
  }
  case T_TECHS: {
    tmc_tech te;
    if (!tmc_tech_parse(v, &te) || te == TMC_TECH_NONE) {
      fail(ps, "unknown technology '%s' (see tmc --list-technologies)", v);
      return false;
    }
    leaf->techs |= TMC_TECHSET(te);
    return true;
  }
  case T_DATA:
  case T_CTRLS: {
    const char *canon = v;
    if (ps->names && f->type == T_DATA) {
      canon = ps->names->data_class(ps->names->ctx, v);
      if (!canon) {
        fail(ps, "unknown data class '%s' (add it to a data_classes table)", v);
        return false;
      }
    } else if (ps->names) {
      canon = ps->names->control(ps->names->ctx, v);
      if (!canon) {
        fail(ps, "unknown control '%s' (see tmc --list-controls)", v);
        return false;
      }
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
    fail(ps, "'%s' is not an operator (== != < <= > >= has is)", tok_text(ps));
    return NULL;
  }
  if (is_kw(ps, "is")) {
    if (f->type != T_KIND) {
      fail(ps, "'%s' is %s: 'is' needs a kind fact (kind is model)", f->name,
           type_word(f->type));
      return NULL;
    }
    leaf->cmp = C_IS;
    next(ps);
    if (!value(ps, leaf))
      return NULL;
    next(ps);
    return leaf;
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
                   const tmc_cond_resolver *names, tmc_arena *arena, tmc_loc loc,
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
  const tmc_element *e; /* element target, or NULL */
  const tmc_flow *f;    /* flow target, or NULL */
} target;

/* entry_hops as conditions see it: unreachable is 999, not TMC_NONE. */
static long clamp_hops(uint32_t h) {
  return h == TMC_NONE || h > 999 ? 999 : (long)h;
}

/* How a STORED fact is read, by the targets it has. */
#define GET_E(name) (long)e->facts.name
#define GET_FL(name) (long)f->facts.name
#define GET_EF(name) (e ? (long)e->facts.name : (long)f->facts.name)

/* The value of a fact as a number: bools 0/1, enums by value, kind sets as
 * their bits; 0 for the facts that are not numbers (data, controls,
 * protocol). Generated from ir/facts.def; applicable() has checked that the
 * fact exists for the target, so e or f is the one that is set. */
static long scalar(const target *t, fact_id id) {
  const tmc_ir *ir = t->ir;
  const tmc_element *e = t->e;
  const tmc_flow *f = t->f;
  (void)ir;
  switch (id) {
#define FACT(name, type, targets, ev, fv, yes, no)                                       \
  case F_##name:                                                                         \
    return e ? (long)(ev) : (long)(fv);
#define STORED(name, ctype, type, targets, yes, no)                                      \
  case F_##name:                                                                         \
    return GET_##targets(name);
#include "ir/facts.def"
#undef STORED
#undef FACT
  }
  return 0;
}

/* The list a set fact reads, and what the vocab pass resolved it to. */
static const tmc_strlist *names_of(const target *t, fact_id id, const tmc_canon **canon) {
  if (id == F_data) {
    *canon = t->e ? t->e->data_canon : t->f->data_canon;
    return t->e ? &t->e->data : &t->f->data;
  }
  *canon = t->e ? t->e->controls_canon : t->f->controls_canon;
  return t->e ? &t->e->controls : &t->f->controls;
}

/* Does the target's list hold name (a canonical id, or as written when the
 * condition was parsed without a resolver)? The IR side is canonical too: the
 * vocab pass's id, or the author's word when the catalog knew none. */
static bool set_has(const target *t, fact_id id, const char *name) {
  const tmc_canon *r;
  const tmc_strlist *l = names_of(t, id, &r);
  for (uint32_t i = 0; i < l->n; i++) {
    const char *w = tmc_canon_id(r, l, i);
    if (w == name || tmc_streq_nocase(w, name))
      return true;
  }
  return false;
}

static bool leaf_eval(const tmc_cond *c, const target *t) {
  const struct fact *f = c->fact;
  switch (f->type) {
  case T_KINDS:
    return ((tmc_kindset)scalar(t, f->id) & c->mask) != 0;
  case T_ROLES:
    return ((tmc_roleset)scalar(t, f->id) & c->roles) != 0;
  case T_TECHS:
    return ((tmc_techset)scalar(t, f->id) & c->techs) != 0;
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
  case C_IS:
    return TMC_KINDSET_HAS(c->mask, v);
  case C_HAS:
    break;
  }
  return false;
}

static target make_target(const tmc_ir *ir, tmc_target kind, uint32_t index) {
  target t = {ir, NULL, NULL};
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

static bool eval_checked(const tmc_cond *c, const target *t);

/* One kid of an AND, OR or NOT: leaves, the common case, are tested here
 * rather than through another call of the recursive eval_checked. */
static bool eval_kid(const tmc_cond *k, const target *t) {
  return k->op == N_LEAF ? applicable(k, t) && leaf_eval(k, t) : eval_checked(k, t);
}

static bool eval_checked(const tmc_cond *c, const target *t) {
  switch (c->op) {
  case N_AND:
    for (uint32_t i = 0; i < c->n; i++)
      if (!eval_kid(c->kids[i], t))
        return false;
    return true;
  case N_OR:
    for (uint32_t i = 0; i < c->n; i++)
      if (eval_kid(c->kids[i], t))
        return true;
    return false;
  case N_NOT:
    return !eval_kid(c->kids[0], t);
  case N_LEAF:
    return applicable(c, t) && leaf_eval(c, t);
  }
  return false;
}

bool tmc_cond_eval(const tmc_cond *c, const tmc_ir *ir, tmc_target kind, uint32_t index) {
  if (!c)
    return true;
  if (kind != TMC_TARGET_ELEMENT && kind != TMC_TARGET_FLOW)
    return false;
  target t = make_target(ir, kind, index);
  return eval_checked(c, &t);
}

/* ---- the index ------------------------------------------------------------ */

#define ALL_KINDS ((tmc_kindset)((1ull << TMC_KIND_COUNT) - 1))

/* The bit of a yes/no fact among those a target kind has (its place among
 * the BOOL facts defined for it), or -1 when it is none or past 64. */
/* The facts.def order's bits: the first 64 yes/no facts of the targets. */
static void default_keys(tmc_cond_keybits *keys, unsigned targets) {
  int b = 0;
  for (size_t i = 0; i < N_FACTS; i++) {
    bool counts = facts[i].type == T_BOOL && (facts[i].targets & targets) && b < 64;
    keys->bit[facts[i].id] = (int8_t)(counts ? b++ : -1);
  }
}

static int bool_bit(const tmc_cond_keybits *keys, fact_id id) {
  return keys->bit[id];
}

/* The key slot a fact reads (the element or the flow's source: 0; the flow's
 * target: 1), or -1 when it is no key. */
static int key_slot(fact_id id) {
  if (id == F_kind || id == F_dfd || id == F_role || id == F_tech || id == F_src_kind ||
      id == F_src_dfd || id == F_src_role || id == F_src_tech)
    return 0;
  if (id == F_dst_kind || id == F_dst_dfd || id == F_dst_role || id == F_dst_tech)
    return 1;
  return -1;
}

static void need_any(tmc_cond_need *n) {
  memset(n, 0, sizeof *n);
  n->kinds[0] = n->kinds[1] = ALL_KINDS;
}

/* Of two "one of" masks that must both hold, the one to keep (either is
 * sound): the one with fewer members, the first on a tie; 0 is no need. */
static uint64_t pick(uint64_t a, uint64_t b) {
  if (!a || !b)
    return a ? a : b;
  return __builtin_popcountll(b) < __builtin_popcountll(a) ? b : a;
}

/* Both a and b must hold: a becomes their conjunction (sound, not exact). */
static void need_and(tmc_cond_need *a, const tmc_cond_need *b) {
  a->never |= b->never;
  a->bools_all |= b->bools_all;
  a->bools_any = pick(a->bools_any, b->bools_any);
  if (!a->probe_mask)
    a->probe_at = b->probe_at, a->probe_mask = b->probe_mask, a->probe_val = b->probe_val;
  for (int s = 0; s < 2; s++) {
    a->kinds[s] &= b->kinds[s];
    a->roles[s] = (tmc_roleset)pick(a->roles[s], b->roles[s]);
    a->techs[s] = pick(a->techs[s], b->techs[s]);
  }
}

/* a or b must hold: a becomes their disjunction. A branch that can never
 * hold adds nothing. */
static void need_or(tmc_cond_need *a, const tmc_cond_need *b) {
  if (b->never)
    return;
  if (a->never) {
    *a = *b;
    return;
  }
  /* A branch holds only if one of its "witness" facts holds: all of
   * bools_all, else one of bools_any. */
  uint64_t wa = a->bools_all ? a->bools_all : a->bools_any;
  uint64_t wb = b->bools_all ? b->bools_all : b->bools_any;
  a->bools_any = wa && wb ? wa | wb : 0;
  a->bools_all &= b->bools_all;
  /* a probe both branches need stays */
  if (a->probe_at != b->probe_at || a->probe_mask != b->probe_mask ||
      a->probe_val != b->probe_val)
    a->probe_at = 0, a->probe_mask = 0, a->probe_val = 0;
  for (int s = 0; s < 2; s++) {
    a->kinds[s] |= b->kinds[s];
    a->roles[s] = a->roles[s] && b->roles[s] ? a->roles[s] | b->roles[s] : 0;
    a->techs[s] = a->techs[s] && b->techs[s] ? a->techs[s] | b->techs[s] : 0;
  }
}

/* The kinds a kind or DFD leaf holds on (neg: fails on), or every kind when
 * the comparison is none the index reads. */
static tmc_kindset leaf_kinds(const tmc_cond *c, bool neg) {
  tmc_kindset m = ALL_KINDS;
  if (c->fact->type == T_KIND && (c->cmp == C_EQ || c->cmp == C_NE))
    m = TMC_KINDSET(c->num);
  else if (c->fact->type == T_KIND && c->cmp == C_IS)
    m = c->mask;
  else if (c->fact->type == T_DFD && (c->cmp == C_EQ || c->cmp == C_NE)) {
    m = 0;
    for (int k = 0; k < TMC_KIND_COUNT; k++)
      if ((long)tmc_kind_dfd((tmc_kind)k) == c->num)
        m |= TMC_KINDSET(k);
  } else
    return ALL_KINDS;
  if ((c->cmp == C_NE) != neg)
    m = ALL_KINDS & ~m;
  return m;
}

/* Where a stored yes/no fact's bit is in the facts struct of a target of
 * these targets: its byte and bit, found by setting it alone in a zeroed
 * struct (a one-bit field has no address, so offsetof cannot say). False
 * when the fact is not a stored yes/no fact of that struct. */
#define PROBE_ROW_BOOL(side, targets, name) PROBE_##side##_##targets(name)
#define PROBE_ROW_NUM(side, targets, name)
#define PROBE_ROW_SENS(side, targets, name)
#define PROBE_ROW_KINDS(side, targets, name)
#define PROBE_ROW_ROLES(side, targets, name)
#define PROBE_ROW_TECHS(side, targets, name)
#define PROBE_SET(name)                                                                  \
  case F_##name:                                                                         \
    z.name = 1;                                                                          \
    break;
#define PROBE_E_E(name) PROBE_SET(name)
#define PROBE_E_EF(name) PROBE_SET(name)
#define PROBE_E_FL(name)
#define PROBE_FL_FL(name) PROBE_SET(name)
#define PROBE_FL_EF(name) PROBE_SET(name)
#define PROBE_FL_E(name)

static bool bit_of(const unsigned char *z, size_t n, uint32_t *at, uint8_t *mask) {
  for (size_t i = 0; i < n; i++)
    if (z[i]) {
      if (z[i] & (z[i] - 1))
        return false; /* not one bit: no probe */
      for (size_t j = i + 1; j < n; j++)
        if (z[j])
          return false;
      *at = (uint32_t)i, *mask = z[i];
      return true;
    }
  return false;
}

static bool bool_probe(fact_id id, unsigned targets, uint32_t *at, uint8_t *mask) {
  if (targets == TMC_COND_ELEMENT) {
    tmc_element_facts z;
    memset(&z, 0, sizeof z);
    switch (id) {
#define FACT(...)
#define STORED(name, ctype, type, targets, yes, no) PROBE_ROW_##type(E, targets, name)
#include "ir/facts.def"
#undef STORED
#undef FACT
    default:
      return false;
    }
    return bit_of((const unsigned char *)&z, sizeof z, at, mask);
  }
  tmc_flow_facts z;
  memset(&z, 0, sizeof z);
  switch (id) {
#define FACT(...)
#define STORED(name, ctype, type, targets, yes, no) PROBE_ROW_##type(FL, targets, name)
#include "ir/facts.def"
#undef STORED
#undef FACT
  default:
    return false;
  }
  return bit_of((const unsigned char *)&z, sizeof z, at, mask);
}

/* What a leaf needs when it holds (neg: when it fails). */
static void need_leaf(const tmc_cond *c, unsigned targets, const tmc_cond_keybits *keys,
                      bool neg, tmc_cond_need *out) {
  need_any(out);
  if (!(c->fact->targets & targets)) {
    out->never = !neg; /* a fact the target lacks is false */
    return;
  }
  int slot = key_slot(c->fact->id);
  switch (c->fact->type) {
  case T_BOOL: {
    bool yes =
        c->cmp == C_BARE || (c->cmp == C_EQ && c->num) || (c->cmp == C_NE && !c->num);
    bool no = (c->cmp == C_EQ && !c->num) || (c->cmp == C_NE && c->num);
    int b = bool_bit(keys, c->fact->id);
    if (b >= 0 && (neg ? no : yes))
      out->bools_all = 1ull << b;
    else if (b < 0 && (yes || no) &&
             bool_probe(c->fact->id, targets, &out->probe_at, &out->probe_mask))
      out->probe_val = (neg ? no : yes) ? out->probe_mask : 0;
    return;
  }
  case T_KIND:
  case T_DFD:
    if (slot >= 0)
      out->kinds[slot] = leaf_kinds(c, neg);
    return;
  case T_ROLES:
    if (slot >= 0 && !neg)
      out->roles[slot] = c->roles;
    return;
  case T_TECHS:
    if (slot >= 0 && !neg)
      out->techs[slot] = c->techs;
    return;
  case T_NUM:
  case T_WORD:
  case T_SENS:
  case T_TRI:
  case T_KINDS:
  case T_DATA:
  case T_CTRLS:
    return;
  }
}

/* What c needs to hold (neg: to fail). Recursion is bounded by
 * TMC_COND_MAX_DEPTH, as in eval_checked. */
static void need_node(const tmc_cond *c, unsigned targets, const tmc_cond_keybits *keys,
                      bool neg, tmc_cond_need *out) {
  switch (c->op) {
  case N_LEAF:
    need_leaf(c, targets, keys, neg, out);
    return;
  case N_NOT:
    need_node(c->kids[0], targets, keys, !neg, out);
    return;
  case N_AND:
  case N_OR: {
    /* not (a and b) is (not a) or (not b), and the other way round */
    bool conj = (c->op == N_AND) != neg;
    need_any(out);
    out->never = !conj; /* the identity: nothing needed / no way to hold */
    for (uint32_t i = 0; i < c->n; i++) {
      tmc_cond_need k;
      need_node(c->kids[i], targets, keys, neg, &k);
      if (conj)
        need_and(out, &k);
      else
        need_or(out, &k);
    }
    return;
  }
  }
}

static unsigned targets_of(tmc_target kind) {
  return kind == TMC_TARGET_ELEMENT ? TMC_COND_ELEMENT : TMC_COND_FLOW;
}

void tmc_cond_need_of(const tmc_cond *c, tmc_target kind, const tmc_cond_keybits *keys,
                      tmc_cond_need *out) {
  tmc_cond_keybits dflt;
  if (!keys)
    default_keys(&dflt, targets_of(kind)), keys = &dflt;
  need_any(out);
  if (c)
    need_node(c, targets_of(kind), keys, false, out);
}

/* Each yes/no fact's score is counted one window of 64 facts at a time (the
 * needs have 64 bits); the best 64 then get the bits, ties in facts.def
 * order, so the choice is deterministic. */
void tmc_cond_keys_choose(tmc_cond_keybits *keys, const tmc_cond *const *conds, size_t n,
                          tmc_target kind) {
  unsigned targets = targets_of(kind);
  uint32_t score[N_FACTS] = {0};
  fact_id cand[N_FACTS];
  size_t nc = 0;
  for (size_t i = 0; i < N_FACTS; i++)
    if (facts[i].type == T_BOOL && (facts[i].targets & targets))
      cand[nc++] = facts[i].id;
  for (size_t w = 0; w < nc; w += 64) {
    tmc_cond_keybits win;
    memset(win.bit, -1, sizeof win.bit);
    for (size_t j = w; j < nc && j < w + 64; j++)
      win.bit[cand[j]] = (int8_t)(j - w);
    for (size_t r = 0; r < n; r++) {
      if (!conds[r])
        continue;
      tmc_cond_need nd;
      need_any(&nd);
      need_node(conds[r], targets, &win, false, &nd);
      for (size_t j = w; j < nc && j < w + 64; j++) {
        uint64_t m = 1ull << (j - w);
        score[cand[j]] += (nd.bools_all & m) ? 2 : (nd.bools_any & m) ? 1 : 0;
      }
    }
  }
  memset(keys->bit, -1, sizeof keys->bit);
  for (int b = 0; b < 64; b++) {
    size_t best = nc;
    for (size_t j = 0; j < nc; j++)
      if (keys->bit[cand[j]] < 0 && score[cand[j]] > 0 &&
          (best == nc || score[cand[j]] > score[cand[best]]))
        best = j;
    if (best == nc)
      break;
    keys->bit[cand[best]] = (int8_t)b;
  }
}

void tmc_cond_have_of(const tmc_ir *ir, tmc_target kind, const uint32_t *order,
                      uint32_t n, const tmc_cond_keybits *keys, uint64_t want,
                      tmc_cond_have *out) {
  tmc_cond_keybits dflt;
  if (!keys)
    default_keys(&dflt, targets_of(kind)), keys = &dflt;
  /* the facts asked for, by bit */
  fact_id ids[64];
  int bits[64], nb = 0;
  for (size_t i = 0; i < N_FACTS && nb < 64; i++) {
    int b = bool_bit(keys, facts[i].id);
    if (b >= 0 && (want >> b & 1))
      ids[nb] = facts[i].id, bits[nb++] = b;
  }
  for (uint32_t j = 0; j < n; j++) {
    target t = make_target(ir, kind, order[j]);
    tmc_cond_have *k = &out[j];
    memset(k, 0, sizeof *k);
    const tmc_element *ends[2] = {t.e, NULL};
    if (!t.e)
      ends[0] = &ir->elements[t.f->src], ends[1] = &ir->elements[t.f->dst];
    for (int s = 0; s < 2; s++)
      if (ends[s]) {
        k->kind[s] = (uint8_t)ends[s]->kind;
        k->tech[s] = (uint8_t)ends[s]->tech;
        k->roles[s] = ends[s]->roles;
      }
    for (int i = 0; i < nb; i++)
      if (scalar(&t, ids[i]))
        k->bools |= 1ull << bits[i];
  }
}

/* ---- evidence ------------------------------------------------------------- */

/* Appends a, m and z: the evidence is mostly fixed words around one value,
 * and putting them is several times cheaper than formatting them (this runs
 * once per finding). */
static void words(tmc_buf *b, const char *a, const char *m, const char *z) {
  tmc_buf_puts(b, a);
  tmc_buf_puts(b, m);
  tmc_buf_puts(b, z);
}

/* words() for a row whose text before the value ends in the article "a":
 * "source is a external entity" reads "source is an external entity". */
static void article_words(tmc_buf *b, const char *a, const char *m, const char *z) {
  size_t n = strlen(a);
  bool article =
      n >= 2 && a[n - 2] == 'a' && a[n - 1] == ' ' && (n == 2 || a[n - 3] == ' ');
  if (article && m[0] && strchr("aeiou", m[0])) {
    tmc_buf_put(b, a, n - 2);
    words(b, "an ", m, z);
    return;
  }
  words(b, a, m, z);
}

static const char *tri_word(long v) {
  return v == TMC_TRI_YES ? "yes" : v == TMC_TRI_NO ? "no" : "unknown";
}

static const char *dfd_word(long v) {
  return v == TMC_DFD_ENTITY  ? "external entity"
         : v == TMC_DFD_STORE ? "store"
                              : "process";
}

static void kinds_words(tmc_buf *b, tmc_kindset mask) {
  bool first = true;
  for (int k = 0; k < TMC_KIND_COUNT; k++)
    if (TMC_KINDSET_HAS(mask, k)) {
      words(b, first ? "" : ", ", tmc_kind_name((tmc_kind)k), "");
      first = false;
    }
}

/* The roles of mask in words; with e (the element the fact is about) and
 * its evidence for each, "agent (dispatches calls to tool 'Shell' ...)". */
static void roles_words(tmc_buf *b, tmc_roleset mask, const tmc_element *e) {
  bool first = true;
  for (int r = 0; r < TMC_ROLE_COUNT; r++)
    if (TMC_ROLESET_HAS(mask, r)) {
      words(b, first ? "" : ", ", tmc_role_name((tmc_role)r), "");
      if (e && e->role_why && TMC_ROLESET_HAS(e->roles, r) && e->role_why[r].evidence) {
        const tmc_why *w = &e->role_why[r];
        words(b, " (", w->source == TMC_SOURCE_LABEL_WORD ? "label word '" : "",
              w->evidence);
        tmc_buf_puts(b, w->source == TMC_SOURCE_LABEL_WORD ? "')" : ")");
      }
      first = false;
    }
}

/* The technologies of mask in words; with e (the element the fact is about)
 * and its own technology among them, where that came from: "web application
 * (label word 'flask')". */
static void techs_words(tmc_buf *b, tmc_techset mask, const tmc_element *e) {
  bool first = true;
  for (int k = 1; k < TMC_TECH_COUNT; k++)
    if (TMC_TECHSET_HAS(mask, k)) {
      words(b, first ? "" : ", ", tmc_tech_title((tmc_tech)k), "");
      if (e && e->tech == (tmc_tech)k && e->tech_evidence)
        words(b, e->tech_source == TMC_SOURCE_LABEL_WORD ? " (label word '" : " (",
              e->tech_evidence, e->tech_source == TMC_SOURCE_LABEL_WORD ? "')" : ")");
      first = false;
    }
}

static void names_words(tmc_buf *b, const char **v, uint32_t n) {
  for (uint32_t i = 0; i < n; i++)
    words(b, i ? ", " : "", v[i], "");
}

/* " (from NAME)": where the outside content came from, when it did. */
static void origin_words(const target *t, long v, tmc_buf *b) {
  uint32_t o = t->e ? t->e->facts.taint_origin : t->f->facts.taint_origin;
  if (v && o < t->ir->n_elements)
    words(b, " (from ", tmc_element_name(&t->ir->elements[o]), ")");
}

/* The facts whose row in ir/facts.def has no wording: what they say depends
 * on more than their own value (the target, another fact, the condition's
 * names). */
static void describe_special(const tmc_cond *c, const target *t, bool held, tmc_buf *b) {
  const struct fact *f = c->fact;
  long v = scalar(t, f->id);
  if (f->id == F_entry_hops || f->id == F_reachable) {
    long h = scalar(t, F_entry_hops);
    if (h >= 999)
      tmc_buf_puts(b, "not reachable from any entry point");
    else if (h == 0)
      tmc_buf_puts(b, t->e ? "is itself an entry point" : "starts at an entry point");
    else
      tmc_buf_printf(b, "reachable %ld hop%s from an entry point", h, h == 1 ? "" : "s");
  } else if (f->id == F_tainted) {
    if (t->e)
      tmc_buf_puts(b, v ? "receives content that originated outside"
                        : "receives no content that originated outside");
    else
      tmc_buf_puts(b, v ? "carries content that originated outside"
                        : "carries no content that originated outside");
    origin_words(t, v, b);
  } else if (f->id == F_tainted_via_store) {
    tmc_buf_puts(b, v ? "outside content reaches it after being stored and retrieved"
                      : "no outside content reaches it through a store");
    origin_words(t, v, b);
  } else if (f->id == F_data_sensitivity) {
    if (v == TMC_SENS_UNSET)
      tmc_buf_puts(b, "no sensitive data known");
    else
      words(b, t->e ? "handles " : "carries ", tmc_sensitivity_name((tmc_sensitivity)v),
            " data");
  } else if (f->id == F_data || f->id == F_controls) {
    const char *what =
        f->id == F_data ? (t->e ? "handles" : "carries") : "declares control";
    if (held) {
      words(b, what, " ", "");
      bool first = true;
      for (uint32_t i = 0; i < c->n_names; i++)
        if (set_has(t, f->id, c->names[i])) {
          words(b, first ? "" : ", ", c->names[i], "");
          first = false;
        }
    } else if (f->id == F_data) {
      words(b, what, " none of: ", "");
      names_words(b, c->names, c->n_names);
    } else {
      tmc_buf_puts(b, c->n_names == 1 ? "no control " : "none of the controls ");
      names_words(b, c->names, c->n_names);
      tmc_buf_puts(b, " declared");
    }
  } else if (f->id == F_n_inputs || f->id == F_n_outputs) {
    tmc_buf_printf(b, "%ld %s flow%s", v, f->id == F_n_inputs ? "incoming" : "outgoing",
                   v == 1 ? "" : "s");
  } else if (f->id == F_crosses) {
    if (v)
      tmc_buf_printf(b, "crosses a trust boundary from trust %d to trust %d",
                     t->f->facts.src_trust, t->f->facts.dst_trust);
    else
      tmc_buf_puts(b, "stays inside one trust zone");
  } else if (f->id == F_into_higher) {
    int lo = t->f->facts.src_trust, hi = t->f->facts.dst_trust;
    if (v)
      tmc_buf_printf(b, "crosses from trust %d into higher trust %d", lo < hi ? lo : hi,
                     lo < hi ? hi : lo);
    else
      tmc_buf_puts(b, "does not cross into higher trust");
  } else if (f->id == F_protocol) {
    if (t->f->protocol && *t->f->protocol)
      words(b, "protocol=", t->f->protocol, "");
    else
      tmc_buf_puts(b, "no protocol declared");
  } else if (f->id == F_encrypted) {
    words(b, "encrypted=", tri_word(v), "");
    if (t->f->encrypted_reason && strcmp(t->f->encrypted_reason, "encrypted=") != 0)
      words(b, " (", t->f->encrypted_reason, ")");
    else if (v == TMC_TRI_UNKNOWN)
      tmc_buf_puts(b, " (no protocol= or encrypted= given)");
  }
}

/* Describes the actual value of a leaf's fact on t with the wording of its
 * row in ir/facts.def (see there for what yes and no mean by type); held
 * says whether the leaf evaluated true, which picks the wording for tests of
 * membership. */
static void describe(const tmc_cond *c, const target *t, bool held, tmc_buf *b) {
  const struct fact *f = c->fact;
  if (!f->yes) {
    describe_special(c, t, held, b);
    return;
  }
  long v = scalar(t, f->id);
  switch (f->type) {
  case T_BOOL:
    tmc_buf_puts(b, v ? f->yes : f->no);
    return;
  case T_NUM:
    tmc_buf_printf(b, "%s%ld%s", f->yes, v, f->no);
    return;
  case T_KIND:
    article_words(b, f->yes, tmc_kind_name((tmc_kind)v), f->no);
    return;
  case T_DFD:
    article_words(b, f->yes, dfd_word(v), f->no);
    return;
  case T_SENS:
    if (v == TMC_SENS_UNSET)
      tmc_buf_puts(b, f->no);
    else
      words(b, f->yes, tmc_sensitivity_name((tmc_sensitivity)v), "");
    return;
  case T_TRI:
    words(b, f->yes, tri_word(v), v == TMC_TRI_UNKNOWN ? f->no : "");
    return;
  case T_KINDS:
    tmc_buf_puts(b, held ? f->yes : f->no);
    kinds_words(b, held ? (tmc_kindset)v & c->mask : c->mask);
    return;
  case T_ROLES: {
    /* the element whose roles these are, for the evidence of each */
    const tmc_element *who = f->id == F_role       ? t->e
                             : f->id == F_src_role ? &t->ir->elements[t->f->src]
                             : f->id == F_dst_role ? &t->ir->elements[t->f->dst]
                                                   : NULL;
    tmc_buf_puts(b, held ? f->yes : f->no);
    roles_words(b, held ? (tmc_roleset)v & c->roles : c->roles, held ? who : NULL);
    return;
  }
  case T_TECHS: {
    /* the element whose technology this is, for its evidence */
    const tmc_element *who = f->id == F_tech       ? t->e
                             : f->id == F_src_tech ? &t->ir->elements[t->f->src]
                             : f->id == F_dst_tech ? &t->ir->elements[t->f->dst]
                                                   : NULL;
    tmc_buf_puts(b, held ? f->yes : f->no);
    techs_words(b, held ? (tmc_techset)v & c->techs : c->techs, held ? who : NULL);
    return;
  }
  case T_WORD:
  case T_DATA:
  case T_CTRLS:
    describe_special(c, t, held, b); /* facts.def gives them no wording */
    return;
  }
}

/* Phrases written for one explanation, straight into the output buffer:
 * where each starts and ends there, so a phrase already written is taken
 * back instead of repeated. A fixed array covers every condition the
 * catalogs have (a phrase per leaf); past it, phrases are kept without the
 * check rather than lost. No allocation per phrase: this runs for every
 * finding of the rules pass. */
enum { MAX_SPANS = 64 };
typedef struct phrases {
  tmc_buf *out;
  size_t at[MAX_SPANS], len[MAX_SPANS];
  uint32_t n;
} phrases;

/* Describes leaf c into p->out after a "; " (none before the first); takes
 * the phrase back when an earlier one of this explanation says the same. */
static void add_phrase(phrases *p, const tmc_cond *c, const target *t, bool held) {
  tmc_buf *b = p->out;
  size_t mark = b->len;
  if (p->n)
    tmc_buf_puts(b, "; ");
  size_t start = b->len;
  describe(c, t, held, b);
  size_t n = b->len - start;
  for (uint32_t i = 0; i < p->n && i < MAX_SPANS; i++)
    if (p->len[i] == n && memcmp(b->data + p->at[i], b->data + start, n) == 0) {
      b->len = mark;
      if (b->data)
        b->data[mark] = 0;
      return;
    }
  if (p->n < MAX_SPANS)
    p->at[p->n] = start, p->len[p->n] = n;
  p->n++;
}

/* Collects the leaves that make c evaluate to value on t: for an AND that
 * holds, all of them; for an OR that holds, those that hold; for one that
 * fails, those that fail (and NOT swaps). Depth bounded at parse time. */
static void explain(const tmc_cond *c, const target *t, bool value, phrases *p) {
  switch (c->op) {
  case N_AND:
  case N_OR: {
    /* value is c's own: every kid of an AND that holds holds, every kid of
     * an OR that fails fails, so only the other two ask their kids again
     * (this runs for every finding of the rules pass) */
    bool all = (c->op == N_AND) == value;
    for (uint32_t i = 0; i < c->n; i++)
      if (all || eval_checked(c->kids[i], t) == value)
        explain(c->kids[i], t, value, p);
    return;
  }
  case N_NOT:
    explain(c->kids[0], t, !value, p);
    return;
  case N_LEAF:
    if (!applicable(c, t))
      return;
    add_phrase(p, c, t, value);
    return;
  }
}

void tmc_cond_keys(const tmc_cond *c, tmc_roleset *roles, tmc_techset *techs) {
  /* A worklist, not recursion (conditions nest up to TMC_COND_MAX_DEPTH). */
  const tmc_cond **stack = NULL;
  uint32_t n = 0, cap = 0;
  if (c)
    *TMC_PUSH(stack, n, cap) = c;
  while (n) {
    const tmc_cond *x = stack[--n];
    if (x->op != N_LEAF) {
      for (uint32_t i = 0; i < x->n; i++)
        *TMC_PUSH(stack, n, cap) = x->kids[i];
      continue;
    }
    if (x->fact->type == T_ROLES && roles)
      *roles |= x->roles;
    if (x->fact->type == T_TECHS && techs)
      *techs |= x->techs;
  }
  free(stack);
}

void tmc_cond_explain(const tmc_cond *c, const tmc_ir *ir, tmc_target kind,
                      uint32_t index, tmc_buf *out) {
  if (!c || (kind != TMC_TARGET_ELEMENT && kind != TMC_TARGET_FLOW))
    return;
  target t = make_target(ir, kind, index);
  tmc_cond_explain_value(c, ir, kind, index, eval_checked(c, &t), out);
}

void tmc_cond_explain_value(const tmc_cond *c, const tmc_ir *ir, tmc_target kind,
                            uint32_t index, bool value, tmc_buf *out) {
  if (!c || (kind != TMC_TARGET_ELEMENT && kind != TMC_TARGET_FLOW))
    return;
  target t = make_target(ir, kind, index);
  phrases p;
  p.out = out, p.n = 0;
  explain(c, &t, value, &p);
}
