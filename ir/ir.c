/* ir.c - building, querying and checking the IR. The kind table below is the
 * single place a new element kind is described. */
#include "ir/ir.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const tmc_kind_info tmc_kind_infos[TMC_KIND_COUNT] = {
    [TMC_KIND_EXTERNAL] = {"external_entity", "External entity", TMC_DFD_ENTITY, false,
                           "a person, system or service outside the author's control"},
    [TMC_KIND_PROCESS] = {"process", "Process", TMC_DFD_PROCESS, false,
                          "code that runs: a service, application, job or function"},
    [TMC_KIND_DATA_STORE] = {"data_store", "Data store", TMC_DFD_STORE, false,
                             "data at rest: database, bucket, file share, queue, cache"},
    [TMC_KIND_MODEL] = {"model", "ML model", TMC_DFD_PROCESS, true,
                        "a trained machine-learning model, served or embedded"},
    [TMC_KIND_LLM] = {"llm", "LLM", TMC_DFD_PROCESS, true,
                      "a large language model (hosted API or self-hosted)"},
    [TMC_KIND_VECTOR_STORE] = {"vector_store", "Vector store", TMC_DFD_STORE, true,
                               "an embedding / vector database used for retrieval"},
    [TMC_KIND_DATASET] = {"dataset", "Dataset", TMC_DFD_STORE, true,
                          "training, fine-tuning or evaluation data"},
    [TMC_KIND_PIPELINE] = {"pipeline", "ML pipeline", TMC_DFD_PROCESS, true,
                           "a training, ingestion or deployment pipeline"},
    [TMC_KIND_MODEL_REGISTRY] = {"model_registry", "Model registry", TMC_DFD_STORE, true,
                                 "a store of model artifacts and their versions"},
    [TMC_KIND_FEATURE_STORE] = {"feature_store", "Feature store", TMC_DFD_STORE, true,
                                "a store of features served to training and inference"},
    [TMC_KIND_AGENT_TOOL] = {"agent_tool", "Agent tool", TMC_DFD_PROCESS, true,
                             "a tool, plugin or function an LLM agent can invoke"},
};

static const struct {
  const char *alias;
  tmc_kind kind;
} kind_aliases[] = {
    {"external", TMC_KIND_EXTERNAL},
    {"entity", TMC_KIND_EXTERNAL},
    {"actor", TMC_KIND_EXTERNAL},
    {"interactor", TMC_KIND_EXTERNAL},
    {"user", TMC_KIND_EXTERNAL},
    {"external-entity", TMC_KIND_EXTERNAL},
    {"service", TMC_KIND_PROCESS},
    {"server", TMC_KIND_PROCESS},
    {"datastore", TMC_KIND_DATA_STORE},
    {"store", TMC_KIND_DATA_STORE},
    {"database", TMC_KIND_DATA_STORE},
    {"data-store", TMC_KIND_DATA_STORE},
    {"ml_model", TMC_KIND_MODEL},
    {"vectorstore", TMC_KIND_VECTOR_STORE},
    {"vector_db", TMC_KIND_VECTOR_STORE},
    {"vector-store", TMC_KIND_VECTOR_STORE},
    {"registry", TMC_KIND_MODEL_REGISTRY},
    {"model-registry", TMC_KIND_MODEL_REGISTRY},
    {"feature-store", TMC_KIND_FEATURE_STORE},
    {"tool", TMC_KIND_AGENT_TOOL},
    {"agent-tool", TMC_KIND_AGENT_TOOL},
    {"plugin", TMC_KIND_AGENT_TOOL},
    {"training_data", TMC_KIND_DATASET},
    {"data_set", TMC_KIND_DATASET},
};

const char *tmc_kind_name(tmc_kind k) {
  return k < TMC_KIND_COUNT ? tmc_kind_infos[k].name : "?";
}
const char *tmc_kind_title(tmc_kind k) {
  return k < TMC_KIND_COUNT ? tmc_kind_infos[k].title : "?";
}
const char *tmc_kind_description(tmc_kind k) {
  return k < TMC_KIND_COUNT ? tmc_kind_infos[k].description : "";
}

/* The kind hierarchy, as data: a kind and the kind it specialises. Only
 * these two: an llm is a model, a vector store a data store. */
static const struct {
  tmc_kind kind, parent;
} kind_parents[] = {
    {TMC_KIND_LLM, TMC_KIND_MODEL},
    {TMC_KIND_VECTOR_STORE, TMC_KIND_DATA_STORE},
};

tmc_kind tmc_kind_parent(tmc_kind k) {
  for (size_t i = 0; i < sizeof kind_parents / sizeof *kind_parents; i++)
    if (kind_parents[i].kind == k)
      return kind_parents[i].parent;
  return k;
}

bool tmc_kind_is(tmc_kind k, tmc_kind of) {
  for (int depth = 0; depth < TMC_KIND_COUNT; depth++) {
    if (k == of)
      return true;
    tmc_kind p = tmc_kind_parent(k);
    if (p == k)
      return false;
    k = p;
  }
  return false;
}

tmc_kindset tmc_kindset_down(tmc_kind of) {
  tmc_kindset s = 0;
  for (int k = 0; k < TMC_KIND_COUNT; k++)
    if (tmc_kind_is((tmc_kind)k, of))
      s |= TMC_KINDSET(k);
  return s;
}

static const struct {
  const char *name, *description;
} roles[TMC_ROLE_COUNT] = {
#define TMC_ROLE_ROW(name, text, what) [TMC_ROLE_##name] = {text, what},
    TMC_ROLES(TMC_ROLE_ROW)
#undef TMC_ROLE_ROW
};

const char *tmc_role_name(tmc_role r) {
  return (unsigned)r < TMC_ROLE_COUNT ? roles[r].name : "?";
}
const char *tmc_role_description(tmc_role r) {
  return (unsigned)r < TMC_ROLE_COUNT ? roles[r].description : "";
}
bool tmc_role_parse(const char *s, tmc_role *out) {
  for (int r = 0; s && r < TMC_ROLE_COUNT; r++)
    if (tmc_streq_nocase(s, roles[r].name)) {
      *out = (tmc_role)r;
      return true;
    }
  return false;
}

bool tmc_kind_parse(const char *s, tmc_kind *out) {
  if (!s)
    return false;
  for (int k = 0; k < TMC_KIND_COUNT; k++)
    if (tmc_streq_nocase(s, tmc_kind_infos[k].name)) {
      *out = (tmc_kind)k;
      return true;
    }
  for (size_t i = 0; i < sizeof kind_aliases / sizeof *kind_aliases; i++)
    if (tmc_streq_nocase(s, kind_aliases[i].alias)) {
      *out = kind_aliases[i].kind;
      return true;
    }
  return false;
}

const char *tmc_kind_alias(size_t i) {
  return i < sizeof kind_aliases / sizeof *kind_aliases ? kind_aliases[i].alias : NULL;
}

static const char *sens_names[] = {"", "public", "internal", "confidential", "secret"};

const char *tmc_sensitivity_name(tmc_sensitivity s) {
  return (unsigned)s <= TMC_SENS_SECRET ? sens_names[s] : "";
}

bool tmc_sensitivity_parse(const char *s, tmc_sensitivity *out) {
  for (int i = TMC_SENS_PUBLIC; i <= TMC_SENS_SECRET; i++)
    if (tmc_streq_nocase(s, sens_names[i])) {
      *out = (tmc_sensitivity)i;
      return true;
    }
  if (tmc_streq_nocase(s, "restricted") || tmc_streq_nocase(s, "sensitive")) {
    *out = TMC_SENS_CONFIDENTIAL;
    return true;
  }
  return false;
}

const char *tmc_boundary_form_name(tmc_boundary_form f) {
  switch (f) {
  case TMC_BOUNDARY_CLUSTER:
    return "cluster";
  case TMC_BOUNDARY_CONTAINER:
    return "container";
  case TMC_BOUNDARY_BOX:
    return "box";
  case TMC_BOUNDARY_LINE:
    return "line";
  }
  return "?";
}

static const char *stride_names[] = {"Spoofing",        "Tampering",
                                     "Repudiation",     "InformationDisclosure",
                                     "DenialOfService", "ElevationOfPrivilege"};
static const char *stride_letters[] = {"S", "T", "R", "I", "D", "E"};

static int bit_index(unsigned bit) {
  for (int i = 0; i < 6; i++)
    if (bit == (1u << i))
      return i;
  return -1;
}
const char *tmc_stride_name(unsigned bit) {
  int i = bit_index(bit);
  return i < 0 ? "?" : stride_names[i];
}
const char *tmc_stride_letter(unsigned bit) {
  int i = bit_index(bit);
  return i < 0 ? "?" : stride_letters[i];
}

static const char *sev_names[] = {"none", "low", "medium", "high", "critical"};
const char *tmc_severity_name(tmc_severity s) {
  return (unsigned)s <= TMC_SEV_CRITICAL ? sev_names[s] : "?";
}
bool tmc_severity_parse(const char *s, tmc_severity *out) {
  for (int i = 0; i <= TMC_SEV_CRITICAL; i++)
    if (tmc_streq_nocase(s, sev_names[i])) {
      *out = (tmc_severity)i;
      return true;
    }
  return false;
}

const char *tmc_status_name(tmc_status s) {
  switch (s) {
  case TMC_STATUS_OPEN:
    return "open";
  case TMC_STATUS_MITIGATED:
    return "mitigated";
  case TMC_STATUS_ACCEPTED:
    return "accepted";
  }
  return "?";
}

/* ---- lists and properties ------------------------------------------------- */

void tmc_strlist_add(tmc_strlist *l, const char *s) {
  *TMC_PUSH(l->v, l->n, l->cap) = s;
}

bool tmc_strlist_has(const tmc_strlist *l, const char *s) {
  for (uint32_t i = 0; i < l->n; i++)
    if (tmc_streq_nocase(l->v[i], s))
      return true;
  return false;
}

void tmc_strlist_free(tmc_strlist *l) {
  free(l->v);
  memset(l, 0, sizeof(*l));
}

const char *tmc_canon_id(const tmc_canon *r, const tmc_strlist *l, uint32_t i) {
  return r && r[i].id ? r[i].id : l->v[i];
}

bool tmc_canon_has(const tmc_canon *r, const tmc_strlist *l, const char *id) {
  for (uint32_t i = 0; i < l->n; i++)
    if (tmc_streq_nocase(tmc_canon_id(r, l, i), id))
      return true;
  return false;
}

/* tmc_prop.key_tag: FNV-1a over the key folded as tmc_streq_nocase folds
 * it, so keys it calls equal have equal tags. */
static uint32_t key_tag(const char *k) {
  uint32_t h = 2166136261u;
  for (; k && *k; k++)
    h = (h ^ (uint32_t)tolower((unsigned char)*k)) * 16777619u;
  return h;
}

void tmc_props_set(tmc_ir *ir, tmc_props *p, const char *key, const char *value) {
  uint32_t tag = key_tag(key);
  for (uint32_t i = 0; i < p->n; i++)
    if (p->v[i].key_tag == tag && tmc_streq_nocase(p->v[i].key, key)) {
      p->v[i].value = tmc_arena_strdup(ir->arena, value);
      return;
    }
  tmc_prop *x = TMC_PUSH(p->v, p->n, p->cap);
  *x = (tmc_prop){0};
  x->key = tmc_arena_strdup(ir->arena, key);
  x->value = tmc_arena_strdup(ir->arena, value ? value : "");
  x->key_tag = tag;
}

const char *tmc_props_get(const tmc_props *p, const char *key) {
  uint32_t tag = key_tag(key);
  for (uint32_t i = 0; i < p->n; i++)
    if (p->v[i].key_tag == tag && tmc_streq_nocase(p->v[i].key, key))
      return p->v[i].value;
  return NULL;
}

void tmc_props_place(tmc_props *p, const char *key, uint32_t line, uint32_t key_col,
                     uint32_t value_col) {
  uint32_t tag = key_tag(key);
  for (uint32_t i = 0; i < p->n; i++)
    if (p->v[i].key_tag == tag && tmc_streq_nocase(p->v[i].key, key)) {
      p->v[i].line = line;
      p->v[i].key_col = key_col;
      p->v[i].value_col = value_col;
      return;
    }
}

tmc_loc tmc_props_loc(const tmc_props *p, const char *key, bool value, tmc_loc owner) {
  uint32_t tag = key_tag(key);
  for (uint32_t i = 0; key && i < p->n; i++)
    if (p->v[i].key_tag == tag && tmc_streq_nocase(p->v[i].key, key) && p->v[i].line) {
      uint32_t col = value && p->v[i].value_col ? p->v[i].value_col : p->v[i].key_col;
      return (tmc_loc){owner.file, p->v[i].line, col};
    }
  return owner;
}

/* "threat.N" then suffix into key (48 bytes: fits any N and the longest
 * suffix), as snprintf("threat.%u%s") would: every element and flow is asked
 * for its first threat by several passes and back ends, and glibc's snprintf
 * was most of a miss. */
static void threat_key(char *key, uint32_t n, const char *suffix) {
  char d[10];
  size_t nd = tmc_dec_before(d + sizeof d, n);
  memcpy(key, "threat.", 7);
  memcpy(key + 7, d + sizeof d - nd, nd);
  char *q = key + 7 + nd;
  size_t sl = strlen(suffix);
  memcpy(q, suffix, sl + 1);
}

bool tmc_author_threat_get(const tmc_ir *ir, const tmc_props *p, uint32_t n,
                           tmc_author_threat *out) {
  char key[48];
  threat_key(key, n, "");
  const char *t = tmc_props_get(p, key);
  if (!t)
    return false;
  *out = (tmc_author_threat){n, "", "", "", "", NULL, NULL, NULL, false};
  /* "Status; Severity; Type; Title": the title keeps any ';' of its own. */
  const char **field[4] = {&out->status, &out->severity, &out->type, &out->title};
  char *s = tmc_arena_strdup(ir->arena, t);
  for (int k = 0; k < 4 && s; k++) {
    char *semi = k < 3 ? strchr(s, ';') : NULL;
    if (semi)
      *semi = 0;
    *field[k] = tmc_trim(s);
    s = semi ? semi + 1 : NULL;
  }
  threat_key(key, n, ".mitigation");
  out->mitigation = tmc_props_get(p, key);
  threat_key(key, n, ".description");
  out->description = tmc_props_get(p, key);
  threat_key(key, n, ".implemented");
  out->implemented = tmc_props_get(p, key);
  out->mitigated = tmc_streq_nocase(out->status, "mitigated") ||
                   (out->implemented && *out->implemented);
  return true;
}

/* ---- construction --------------------------------------------------------- */

const tmc_format tmc_format_none = {"none", "no front end", "application/octet-stream",
                                    false, false};

tmc_ir *tmc_ir_new(const char *file) {
  tmc_ir *ir = tmc_xcalloc(1, sizeof(*ir));
  ir->arena = tmc_arena_new();
  ir->file = tmc_arena_strdup(ir->arena, file ? file : "<stdin>");
  ir->format = &tmc_format_none;
  ir->title = "";
  return ir;
}

void tmc_element_release(tmc_element *e) {
  free(e->props.v);
  tmc_strlist_free(&e->data);
  tmc_strlist_free(&e->controls);
  tmc_strlist_free(&e->annotations);
}

void tmc_flow_release(tmc_flow *f) {
  free(f->props.v);
  tmc_strlist_free(&f->data);
  tmc_strlist_free(&f->controls);
  tmc_strlist_free(&f->annotations);
}

void tmc_finding_release(tmc_finding *f) {
  tmc_strlist_free(&f->grouped);
  if (f->lists_borrowed) /* the catalog rule's */
    return;
  tmc_strlist_free(&f->atlas);
  tmc_strlist_free(&f->owasp);
  tmc_strlist_free(&f->cwe);
  tmc_strlist_free(&f->capec);
  tmc_strlist_free(&f->mitigations);
}

void tmc_finding_own_lists(tmc_finding *f) {
  if (!f->lists_borrowed)
    return;
  tmc_strlist *l[5] = {&f->atlas, &f->owasp, &f->cwe, &f->capec, &f->mitigations};
  for (int i = 0; i < 5; i++) {
    tmc_strlist copy = {0};
    for (uint32_t j = 0; j < l[i]->n; j++)
      tmc_strlist_add(&copy, l[i]->v[j]);
    *l[i] = copy;
  }
  f->lists_borrowed = false;
}

void tmc_ir_free(tmc_ir *ir) {
  if (!ir)
    return;
  for (uint32_t i = 0; i < ir->n_elements; i++)
    tmc_element_release(&ir->elements[i]);
  for (uint32_t i = 0; i < ir->n_flows; i++)
    tmc_flow_release(&ir->flows[i]);
  tmc_strlist_free(&ir->decorations);
  for (uint32_t i = 0; i < ir->n_boundaries; i++)
    free(ir->boundaries[i].props.v);
  for (uint32_t i = 0; i < ir->n_findings; i++)
    tmc_finding_release(&ir->findings[i]);
  free(ir->pages);
  tmc_free_lines(ir->elements);
  tmc_free_lines(ir->flows);
  free(ir->boundaries);
  free(ir->findings);
  free(ir->paths);
  free(ir->cuts);
  free(ir->gone);
  tmc_arena_free(ir->arena);
  free(ir);
}

static const char *const source_names[TMC_SOURCE_COUNT] = {
#define TMC_SOURCE_NAME(name, text) [TMC_SOURCE_##name] = text,
    TMC_SOURCES(TMC_SOURCE_NAME)
#undef TMC_SOURCE_NAME
};

static const char *const impact_names[] = {
#define TMC_IMPACT_NAME(name, text, words) text,
    TMC_IMPACTS(TMC_IMPACT_NAME)
#undef TMC_IMPACT_NAME
};
static const char *const impact_words[] = {
#define TMC_IMPACT_WORDS(name, text, words) words,
    TMC_IMPACTS(TMC_IMPACT_WORDS)
#undef TMC_IMPACT_WORDS
};

const char *tmc_impact_name(tmc_impact i) {
  return i < TMC_IMPACT_COUNT ? impact_names[i] : "?";
}
const char *tmc_impact_words(tmc_impact i) {
  return i < TMC_IMPACT_COUNT ? impact_words[i] : "?";
}
bool tmc_impact_parse(const char *s, tmc_impact *out) {
  for (int i = 0; s && i < TMC_IMPACT_COUNT; i++)
    if (tmc_streq_nocase(s, impact_names[i]) ||
        (i == TMC_IMPACT_IP_LOSS &&
         (tmc_streq_nocase(s, "ip") || tmc_streq_nocase(s, "ip-loss"))))
      return *out = (tmc_impact)i, true;
  return false;
}

const char *tmc_source_name(tmc_source s) {
  return (unsigned)s < TMC_SOURCE_COUNT ? source_names[s] : "?";
}

static const struct {
  const char *name, *title;
} techs[TMC_TECH_COUNT] = {
#define TMC_TECH_ROW(name, text, title) [TMC_TECH_##name] = {text, title},
    TMC_TECHS(TMC_TECH_ROW)
#undef TMC_TECH_ROW
};

const char *tmc_tech_name(tmc_tech t) {
  return (unsigned)t < TMC_TECH_COUNT ? techs[t].name : "?";
}

const char *tmc_tech_title(tmc_tech t) {
  return (unsigned)t < TMC_TECH_COUNT ? techs[t].title : "?";
}

bool tmc_tech_parse(const char *s, tmc_tech *out) {
  if (!s || !*s)
    return false;
  for (int t = 1; t < TMC_TECH_COUNT; t++) {
    const char *a = s, *b = techs[t].name;
    for (; *a && *b; a++, b++) {
      char c = (char)tolower((unsigned char)*a);
      if (c == '-' || c == ' ')
        c = '_';
      if (c != *b)
        break;
    }
    if (!*a && !*b) {
      *out = (tmc_tech)t;
      return true;
    }
  }
  return false;
}

const char *tmc_convention_name(tmc_convention c) {
  switch (c) {
  case TMC_CONVENTION_UNKNOWN:
    return "";
  case TMC_CONVENTION_DFD:
    return "dfd";
  case TMC_CONVENTION_ARCHITECTURE:
    return "architecture";
  }
  return "?";
}

/* One verdict in words: the wording --dump-ir, JSON and Markdown have always
 * shown, now built from the source and the evidence. */
static void verdict_words(tmc_buf *b, tmc_source s, const char *ev) {
  if (!ev)
    ev = "";
  switch (s) {
  case TMC_SOURCE_NONE:
    return;
  case TMC_SOURCE_ATTRIBUTE:
    tmc_buf_printf(b, "type=%s", ev);
    return;
  case TMC_SOURCE_HEAD_NOUN:
    tmc_buf_printf(b, "head noun '%s'", ev);
    return;
  case TMC_SOURCE_LABEL_WORD:
    tmc_buf_printf(b, "label word '%s'", ev);
    return;
  case TMC_SOURCE_ID_PREFIX:
    tmc_buf_printf(b, "id prefix '%s'", ev);
    return;
  case TMC_SOURCE_SHAPE:
    tmc_buf_printf(b, "shape=%s", ev);
    return;
  case TMC_SOURCE_STYLE:
    tmc_buf_printf(b, "style shape %s", ev);
    return;
  case TMC_SOURCE_ICON:
    tmc_buf_printf(b, "style icon %s", ev);
    return;
  case TMC_SOURCE_CONVENTION:
    tmc_buf_puts(b, ev);
    return;
  case TMC_SOURCE_LABEL:
    tmc_buf_puts(b, "its label");
    return;
  case TMC_SOURCE_TEXT_CELL:
    tmc_buf_puts(b, ev);
    return;
  case TMC_SOURCE_KIND:
    tmc_buf_printf(b, "its kind, %s", ev);
    return;
  case TMC_SOURCE_ZONE:
  case TMC_SOURCE_FLOWS:
  case TMC_SOURCE_DATA:
    tmc_buf_puts(b, ev);
    return;
  case TMC_SOURCE_DEFAULT:
    if (*ev)
      tmc_buf_printf(b, "default (%s; no type, shape or telling label)", ev);
    else
      tmc_buf_puts(b, "default (no type, shape or telling label)");
    return;
  case TMC_SOURCE_COUNT:
    return;
  }
}

void tmc_element_kind_reason(tmc_buf *b, const tmc_element *e) {
  verdict_words(b, e->kind_source, e->kind_evidence);
  if ((e->kind_source == TMC_SOURCE_LABEL_WORD ||
       e->kind_source == TMC_SOURCE_HEAD_NOUN) &&
      e->shape_source != TMC_SOURCE_NONE && e->shape_kind != e->kind) {
    tmc_buf_printf(b, " (%s %s from ",
                   tmc_kind_dfd(e->shape_kind) == tmc_kind_dfd(e->kind) ? "refines"
                                                                        : "over",
                   tmc_kind_name(e->shape_kind));
    verdict_words(b, e->shape_source, e->shape_evidence);
    tmc_buf_putc(b, ')');
  }
}

uint32_t tmc_ir_add_page(tmc_ir *ir, const char *name) {
  tmc_page *p = TMC_PUSH(ir->pages, ir->n_pages, ir->cap_pages);
  memset(p, 0, sizeof(*p));
  p->name = tmc_arena_strdup(ir->arena, name ? name : "");
  return ir->n_pages - 1;
}

uint32_t tmc_ir_add_element(tmc_ir *ir, uint32_t page, const char *id) {
  tmc_element *e = TMC_PUSH_LINES(ir->elements, ir->n_elements, ir->cap_elements);
  memset(e, 0, sizeof(*e));
  e->id = tmc_arena_strdup(ir->arena, id ? id : "");
  e->qname = e->id;
  e->label = "";
  e->page = page;
  e->kind = TMC_KIND_PROCESS;
  e->boundary = TMC_NONE;
  e->facts.entry_hops = TMC_NONE;
  e->facts.taint_origin = TMC_NONE;
  return ir->n_elements - 1;
}

uint32_t tmc_ir_add_flow(tmc_ir *ir, uint32_t page, uint32_t src, uint32_t dst) {
  tmc_flow *f = TMC_PUSH_LINES(ir->flows, ir->n_flows, ir->cap_flows);
  memset(f, 0, sizeof(*f));
  f->id = "";
  f->label = "";
  f->page = page;
  f->src = src;
  f->dst = dst;
  f->encrypted = TMC_TRI_UNKNOWN;
  f->authenticated = TMC_TRI_UNKNOWN;
  f->facts.entry_hops = TMC_NONE;
  f->facts.taint_origin = TMC_NONE;
  return ir->n_flows - 1;
}

uint32_t tmc_ir_add_boundary(tmc_ir *ir, uint32_t page, const char *id,
                             tmc_boundary_form form) {
  tmc_boundary *b = TMC_PUSH(ir->boundaries, ir->n_boundaries, ir->cap_boundaries);
  memset(b, 0, sizeof(*b));
  b->id = tmc_arena_strdup(ir->arena, id ? id : "");
  b->label = "";
  b->page = page;
  b->parent = TMC_NONE;
  b->trust = -1;
  b->trust_reason = "";
  b->form = form;
  b->why = "";
  return ir->n_boundaries - 1;
}

uint32_t tmc_ir_add_finding(tmc_ir *ir) {
  tmc_finding *f = TMC_PUSH(ir->findings, ir->n_findings, ir->cap_findings);
  memset(f, 0, sizeof(*f));
  f->rule_id = f->title = f->description = f->remediation = f->evidence = "";
  f->target = TMC_NONE;
  return ir->n_findings - 1;
}

uint32_t tmc_ir_add_path(tmc_ir *ir) {
  tmc_path *p = TMC_PUSH(ir->paths, ir->n_paths, ir->cap_paths);
  memset(p, 0, sizeof(*p));
  p->entry = p->asset = TMC_NONE;
  p->same_as = TMC_NONE;
  return ir->n_paths - 1;
}

static int cmp_pair(const void *a, const void *b) {
  const uint32_t *x = a, *y = b;
  if (x[0] != y[0])
    return x[0] < y[0] ? -1 : 1;
  return x[1] < y[1] ? -1 : x[1] > y[1];
}

void tmc_ir_set_path_pairs(tmc_ir *ir, const uint32_t *pairs, uint32_t n) {
  uint32_t *v = tmc_arena_alloc(ir->arena, sizeof(uint32_t) * 2 * ((size_t)n + 1));
  if (n)
    memcpy(v, pairs, sizeof(uint32_t) * 2 * n);
  qsort(v, n, 2 * sizeof(uint32_t), cmp_pair);
  uint32_t k = 0;
  for (uint32_t i = 0; i < n; i++)
    if (k == 0 || cmp_pair(&v[2 * (k - 1)], &v[2 * i]) != 0) {
      v[2 * k] = v[2 * i];
      v[2 * k + 1] = v[2 * i + 1];
      k++;
    }
  ir->path_pairs = v;
  ir->n_path_pairs = k;
}

bool tmc_ir_has_path_pair(const tmc_ir *ir, uint32_t entry, uint32_t target) {
  uint32_t key[2] = {entry, target};
  return ir->n_path_pairs &&
         bsearch(key, ir->path_pairs, ir->n_path_pairs, 2 * sizeof(uint32_t), cmp_pair);
}

uint32_t tmc_ir_find_element(const tmc_ir *ir, uint32_t page, const char *id) {
  for (uint32_t i = 0; i < ir->n_elements; i++)
    if (ir->elements[i].page == page && strcmp(ir->elements[i].id, id) == 0)
      return i;
  return TMC_NONE;
}

const char *tmc_element_name(const tmc_element *e) {
  if (e->name && *e->name)
    return e->name;
  return e->label && *e->label ? e->label : e->id;
}

bool tmc_ir_element_before(const tmc_ir *ir, uint32_t a, uint32_t b) {
  const tmc_element *x = &ir->elements[a], *y = &ir->elements[b];
  int c = strcmp(x->id ? x->id : "", y->id ? y->id : "");
  if (c)
    return c < 0;
  return x->page != y->page ? x->page < y->page : a < b;
}

int tmc_ir_element_trust(const tmc_ir *ir, uint32_t element) {
  uint32_t b = ir->elements[element].boundary;
  if (b == TMC_NONE)
    return 0;
  return ir->boundaries[b].trust < 0 ? 0 : ir->boundaries[b].trust;
}

const char *tmc_ir_target_name(const tmc_ir *ir, tmc_target kind, uint32_t index) {
  switch (kind) {
  case TMC_TARGET_ELEMENT:
    return index < ir->n_elements ? tmc_element_name(&ir->elements[index]) : "?";
  case TMC_TARGET_FLOW:
    if (index < ir->n_flows) {
      const tmc_flow *f = &ir->flows[index];
      return tmc_arena_printf(
          ir->arena, "%s %s %s", tmc_element_name(&ir->elements[f->src]),
          f->bidirectional ? "<->" : "->", tmc_element_name(&ir->elements[f->dst]));
    }
    return "?";
  case TMC_TARGET_PATH:
    if (index < ir->n_paths) {
      const tmc_path *p = &ir->paths[index];
      return tmc_arena_printf(ir->arena, "%s => %s",
                              tmc_element_name(&ir->elements[p->entry]),
                              tmc_element_name(&ir->elements[p->asset]));
    }
    return "?";
  }
  return "?";
}

/* ---- checker -------------------------------------------------------------- */

static void TMC_PRINTF(3, 4) bad(tmc_diags *d, const tmc_ir *ir, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  tmc_diag_vadd(d, TMC_DIAG_ERROR, (tmc_loc){ir->file, 0, 0}, fmt, ap);
  va_end(ap);
}

static bool props_clean(const tmc_props *p) {
  for (uint32_t i = 0; i < p->n; i++)
    if (!tmc_text_is_clean(p->v[i].key) || !tmc_text_is_clean(p->v[i].value))
      return false;
  return true;
}

int tmc_ir_check(const tmc_ir *ir, const char *after, tmc_diags *d) {
  int n_bad = 0;
#define BAD(fmt, ...)                                                                    \
  (bad(d, ir, "internal: IR invalid after '%s': " fmt, after, __VA_ARGS__), n_bad++)
  if (!ir->format || !ir->format->name || !ir->format->title || !ir->format->mime)
    BAD("%s", "no input format (the back ends read its name, title and mime type)");
  for (uint32_t i = 0; i < ir->n_elements; i++) {
    const tmc_element *e = &ir->elements[i];
    if (e->page >= ir->n_pages)
      BAD("element %u has page %u", i, e->page);
    if (e->boundary != TMC_NONE && e->boundary >= ir->n_boundaries)
      BAD("element %u has boundary %u", i, e->boundary);
    if ((unsigned)e->kind >= TMC_KIND_COUNT)
      BAD("element %u has kind %d", i, (int)e->kind);
    if (!e->id || !e->label || !e->qname)
      BAD("element %u has a NULL string", i);
    else if (!tmc_text_is_clean(e->id) || !tmc_text_is_clean(e->label) ||
             !props_clean(&e->props))
      BAD("element %u has text that is not repaired (invalid UTF-8 or controls)", i);
  }
  for (uint32_t i = 0; i < ir->n_flows; i++) {
    const tmc_flow *f = &ir->flows[i];
    if (f->src >= ir->n_elements || f->dst >= ir->n_elements)
      BAD("flow %u has endpoints %u, %u", i, f->src, f->dst);
    else if (ir->elements[f->src].page != f->page || ir->elements[f->dst].page != f->page)
      BAD("flow %u joins pages", i);
    for (uint32_t k = 0; k < f->n_crossed; k++)
      if (f->crossed[k] >= ir->n_boundaries)
        BAD("flow %u crosses boundary %u", i, f->crossed[k]);
    if (!tmc_text_is_clean(f->id) || !tmc_text_is_clean(f->label) ||
        !props_clean(&f->props))
      BAD("flow %u has text that is not repaired (invalid UTF-8 or controls)", i);
  }
  for (uint32_t i = 0; i < ir->n_boundaries; i++) {
    if (!tmc_text_is_clean(ir->boundaries[i].id) ||
        !tmc_text_is_clean(ir->boundaries[i].label))
      BAD("boundary %u has text that is not repaired (invalid UTF-8 or controls)", i);
    /* Walk up at most n steps: a longer walk means a cycle. */
    uint32_t b = ir->boundaries[i].parent, steps = 0;
    while (b != TMC_NONE && steps <= ir->n_boundaries) {
      if (b >= ir->n_boundaries) {
        BAD("boundary %u has parent %u", i, b);
        break;
      }
      b = ir->boundaries[b].parent;
      steps++;
    }
    if (steps > ir->n_boundaries)
      BAD("boundary %u is in a parent cycle", i);
  }
  for (uint32_t i = 0; i < ir->n_findings; i++) {
    const tmc_finding *f = &ir->findings[i];
    uint32_t lim = f->target_kind == TMC_TARGET_ELEMENT ? ir->n_elements
                   : f->target_kind == TMC_TARGET_FLOW  ? ir->n_flows
                                                        : ir->n_paths;
    if (f->target >= lim)
      BAD("finding %u (%s) targets %u", i, f->rule_id, f->target);
  }
  for (uint32_t i = 0; i < ir->n_paths; i++) {
    const tmc_path *p = &ir->paths[i];
    for (uint32_t h = 0; h < p->n_hops; h++)
      if (p->hops[h].element >= ir->n_elements ||
          (p->hops[h].flow != TMC_NONE && p->hops[h].flow >= ir->n_flows))
        BAD("path %u hop %u out of range", i, h);
    if (p->same_as != TMC_NONE &&
        (p->same_as >= ir->n_findings ||
         ir->findings[p->same_as].target_kind == TMC_TARGET_PATH))
      BAD("path %u: same_as %u is not an element or flow finding", i, p->same_as);
  }
  for (uint32_t i = 0; ir->bd_order && i < ir->n_boundaries; i++)
    if (ir->bd_order[i] >= ir->n_boundaries)
      BAD("boundary order %u names boundary %u", i, ir->bd_order[i]);
  for (uint32_t i = 0; ir->el_order && i < ir->n_elements; i++)
    if (ir->el_order[i] >= ir->n_elements)
      BAD("element order %u names element %u", i, ir->el_order[i]);
  for (uint32_t i = 0; ir->fl_order && i < ir->n_flows; i++)
    if (ir->fl_order[i] >= ir->n_flows)
      BAD("flow order %u names flow %u", i, ir->fl_order[i]);
  for (uint32_t i = 0; i < ir->n_risk; i++)
    if (ir->risk_order[i] >= ir->n_findings ||
        ir->findings[ir->risk_order[i]].status != TMC_STATUS_OPEN)
      BAD("risk order %u names finding %u, not an open finding", i, ir->risk_order[i]);
  for (uint32_t i = 0; i < ir->n_plan; i++) {
    const tmc_plan_item *it = &ir->plan[i];
    for (uint32_t k = 0; k < it->n_findings; k++)
      if (it->findings[k] >= ir->n_findings)
        BAD("plan item %u (%s) names finding %u", i, it->control, it->findings[k]);
    for (uint32_t k = 0; k < it->n_paths; k++)
      if (it->paths[k] >= ir->n_paths)
        BAD("plan item %u (%s) names path %u", i, it->control, it->paths[k]);
  }
  for (uint32_t i = 0; i < ir->n_vplan; i++) {
    const tmc_vitem *it = &ir->vplan[i];
    if (it->target >= ir->n_elements ||
        (it->entry != TMC_NONE && it->entry >= ir->n_elements) ||
        (it->endpoint != TMC_NONE && it->endpoint >= ir->n_elements))
      BAD("validation item %u (%s) names a missing element", i, it->id);
    for (uint32_t k = 0; k < it->n_findings; k++)
      if (it->findings[k] >= ir->n_findings)
        BAD("validation item %u (%s) names finding %u", i, it->id, it->findings[k]);
  }
#undef BAD
  return n_bad;
}

/* A label short enough to quote in a message: at most 48 bytes, cut at a
 * UTF-8 character boundary, with "..." when cut. */
static const char *short_label(tmc_arena *a, const char *s) {
  size_t n = strlen(s);
  if (n <= 48)
    return s;
  n = 45;
  while (n && ((unsigned char)s[n] & 0xC0) == 0x80)
    n--;
  return tmc_arena_printf(a, "%.*s...", (int)n, s);
}

static bool by_label(const tmc_ir *ir, const char *label, const char *id) {
  return ir->format && ir->format->tool_ids && label && *label && strcmp(label, id) != 0;
}

const char *tmc_element_who(tmc_ir *ir, const tmc_element *e) {
  if (!by_label(ir, e->label, e->id))
    return e->id;
  return tmc_arena_printf(ir->arena, "'%s' (id %s)", short_label(ir->arena, e->label),
                          e->id);
}

const char *tmc_boundary_who(tmc_ir *ir, const tmc_boundary *x) {
  if (!by_label(ir, x->label, x->id))
    return tmc_arena_printf(ir->arena, "'%s'", x->id);
  return tmc_arena_printf(ir->arena, "'%s' (id %s)", short_label(ir->arena, x->label),
                          x->id);
}

const char *tmc_flow_who(tmc_ir *ir, const tmc_flow *f) {
  if (!ir->format || !ir->format->tool_ids)
    return f->id;
  if (f->label && *f->label)
    return tmc_arena_printf(ir->arena, "'%s' (id %s)", short_label(ir->arena, f->label),
                            f->id);
  const tmc_element *a = &ir->elements[f->src], *b = &ir->elements[f->dst];
  return tmc_arena_printf(ir->arena, "'%s' -> '%s' (id %s)",
                          short_label(ir->arena, *a->label ? a->label : a->id),
                          short_label(ir->arena, *b->label ? b->label : b->id), f->id);
}

bool tmc_boundary_label_is_id(const tmc_ir *ir, const tmc_boundary *x) {
  return x->label && x->form == TMC_BOUNDARY_CLUSTER && ir->format &&
         strcmp(ir->format->name, "dot") == 0 && !tmc_props_get(&x->props, "label") &&
         strcmp(x->label, x->id) == 0;
}
