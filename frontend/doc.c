/* doc.c - JSON (jansson) and YAML (libyaml) documents into one tree with
 * positions. Both builders are bounded: nesting deeper than
 * TMC_DOC_MAX_DEPTH and more than max_nodes values are errors; the YAML
 * builder is iterative, the JSON one recurses at most TMC_DOC_MAX_DEPTH deep
 * (jansson itself stops at 2048). YAML aliases are not expanded (a value
 * that is an alias reads as null, with a warning), so a "billion laughs"
 * file costs what its text costs. */
#include "frontend/doc.h"

#include <jansson.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <yaml.h>

static uint32_t add(tmc_doc *doc, tmc_doc_type t, uint32_t parent, uint32_t *last,
                    const char *key) {
  uint32_t k = doc->n;
  tmc_doc_node *n = TMC_PUSH(doc->v, doc->n, doc->cap);
  *n = (tmc_doc_node){t, key, NULL, 0, 0, 0, TMC_NONE, TMC_NONE, 0};
  if (parent != TMC_NONE) {
    if (*last == TMC_NONE)
      doc->v[parent].first = k;
    else
      doc->v[*last].next = k;
    *last = k;
    doc->v[parent].n++;
  }
  return k;
}

/* ---- JSON ------------------------------------------------------------------ */

typedef struct pos {
  uint32_t line, col;
} pos;

/* The start of every value of valid JSON text, in document order (keys are
 * not values: a string followed by ':' is skipped). Columns count bytes. */
static pos *value_starts(const char *s, size_t n, uint32_t *count) {
  pos *v = NULL;
  uint32_t nv = 0, cap = 0, line = 1;
  size_t bol = 0;
  for (size_t i = 0; i < n;) {
    char c = s[i];
    if (c == '\n') {
      line++;
      bol = ++i;
      continue;
    }
    if (c == ' ' || c == '\t' || c == '\r' || c == ',' || c == ':' || c == '}' ||
        c == ']') {
      i++;
      continue;
    }
    pos here = {line, (uint32_t)(i - bol + 1)};
    if (c == '{' || c == '[') {
      *TMC_PUSH(v, nv, cap) = here;
      i++;
      continue;
    }
    if (c == '"') {
      size_t k = i + 1;
      while (k < n && s[k] != '"') {
        if (s[k] == '\\')
          k++;
        k++;
      }
      k++;
      size_t j = k;
      while (j < n && (s[j] == ' ' || s[j] == '\t' || s[j] == '\r' || s[j] == '\n'))
        j++;
      if (!(j < n && s[j] == ':'))
        *TMC_PUSH(v, nv, cap) = here;
      i = k;
      continue;
    }
    *TMC_PUSH(v, nv, cap) = here; /* number, true, false, null */
    while (i < n && s[i] != ',' && s[i] != '}' && s[i] != ']' && s[i] != '\n' &&
           s[i] != ' ' && s[i] != '\t' && s[i] != '\r')
      i++;
  }
  *count = nv;
  return v;
}

typedef struct jctx {
  tmc_doc *doc;
  pos *pos;
  uint32_t npos, next;
  uint32_t max_nodes;
  tmc_diags *d;
  bool failed;
} jctx;

static uint32_t from_json(jctx *j, json_t *x, uint32_t parent, uint32_t *last,
                          const char *key, uint32_t depth) {
  tmc_doc *doc = j->doc;
  if (j->failed)
    return TMC_NONE;
  pos p = j->next < j->npos ? j->pos[j->next] : (pos){0, 0};
  j->next++;
  if (depth > TMC_DOC_MAX_DEPTH || doc->n >= j->max_nodes) {
    tmc_error(j->d, (tmc_loc){doc->file, p.line, p.col},
              depth > TMC_DOC_MAX_DEPTH
                  ? "values nest deeper than %u levels"
                  : "more than %u values (raise with --max-elements)",
              depth > TMC_DOC_MAX_DEPTH ? TMC_DOC_MAX_DEPTH : j->max_nodes);
    j->failed = true;
    return TMC_NONE;
  }
  tmc_doc_type t = TMC_DOC_NULL;
  switch (json_typeof(x)) {
  case JSON_OBJECT:
    t = TMC_DOC_MAP;
    break;
  case JSON_ARRAY:
    t = TMC_DOC_SEQ;
    break;
  case JSON_STRING:
    t = TMC_DOC_STR;
    break;
  case JSON_INTEGER:
  case JSON_REAL:
    t = TMC_DOC_NUM;
    break;
  case JSON_TRUE:
  case JSON_FALSE:
    t = TMC_DOC_BOOL;
    break;
  case JSON_NULL:
    t = TMC_DOC_NULL;
    break;
  }
  uint32_t k = add(doc, t, parent, last, key);
  doc->v[k].line = p.line;
  doc->v[k].col = p.col;
  char buf[64];
  switch (t) {
  case TMC_DOC_STR:
    doc->v[k].text =
        tmc_arena_strndup(doc->arena, json_string_value(x), json_string_length(x));
    break;
  case TMC_DOC_NUM:
    doc->v[k].num = json_number_value(x);
    if (json_is_integer(x))
      snprintf(buf, sizeof buf, "%" JSON_INTEGER_FORMAT, json_integer_value(x));
    else
      snprintf(buf, sizeof buf, "%.17g", json_real_value(x));
    doc->v[k].text = tmc_arena_strdup(doc->arena, buf);
    break;
  case TMC_DOC_BOOL:
    doc->v[k].num = json_is_true(x);
    doc->v[k].text = json_is_true(x) ? "true" : "false";
    break;
  case TMC_DOC_NULL:
    break;
  case TMC_DOC_MAP: {
    uint32_t lc = TMC_NONE;
    const char *ck;
    json_t *cv;
    json_object_foreach(x, ck, cv) {
      from_json(j, cv, k, &lc, tmc_arena_strdup(doc->arena, ck), depth + 1);
    }
    break;
  }
  case TMC_DOC_SEQ: {
    uint32_t lc = TMC_NONE;
    size_t i;
    json_t *cv;
    json_array_foreach(x, i, cv) {
      from_json(j, cv, k, &lc, NULL, depth + 1);
    }
    break;
  }
  }
  return k;
}

int tmc_doc_json(tmc_doc *doc, const char *file, const char *data, size_t len,
                 uint32_t max_nodes, tmc_diags *d) {
  memset(doc, 0, sizeof *doc);
  doc->arena = tmc_arena_new();
  doc->file = file; /* the caller's (the IR's): locations outlive the doc */
  json_error_t err;
  json_t *root = json_loadb(data, len, JSON_REJECT_DUPLICATES | JSON_ALLOW_NUL, &err);
  if (!root) {
    tmc_error(d,
              (tmc_loc){doc->file, err.line > 0 ? (uint32_t)err.line : 0,
                        err.column > 0 ? (uint32_t)err.column : 0},
              "not valid JSON: %s", err.text);
    return -1;
  }
  jctx j = {doc, NULL, 0, 0, max_nodes, d, false};
  j.pos = value_starts(data, len, &j.npos);
  uint32_t last = TMC_NONE;
  from_json(&j, root, TMC_NONE, &last, NULL, 0);
  free(j.pos);
  json_decref(root);
  return j.failed ? -1 : 0;
}

/* ---- YAML ------------------------------------------------------------------ */

static tmc_doc_type plain_type(const char *s, double *num) {
  if (!strcmp(s, "true") || !strcmp(s, "True") || !strcmp(s, "TRUE")) {
    *num = 1;
    return TMC_DOC_BOOL;
  }
  if (!strcmp(s, "false") || !strcmp(s, "False") || !strcmp(s, "FALSE")) {
    *num = 0;
    return TMC_DOC_BOOL;
  }
  if (!*s || !strcmp(s, "~") || !strcmp(s, "null") || !strcmp(s, "Null") ||
      !strcmp(s, "NULL"))
    return TMC_DOC_NULL;
  char *end;
  double v = strtod(s, &end);
  if (end != s && !*end &&
      (s[0] == '-' || s[0] == '+' || s[0] == '.' || (s[0] >= '0' && s[0] <= '9'))) {
    *num = v;
    return TMC_DOC_NUM;
  }
  return TMC_DOC_STR;
}

typedef struct yframe {
  uint32_t node, last;
  const char *key; /* a map's pending key, NULL when the next scalar is a key */
  bool map;
} yframe;

int tmc_doc_yaml(tmc_doc *doc, const char *file, const char *data, size_t len,
                 uint32_t max_nodes, tmc_diags *d) {
  memset(doc, 0, sizeof *doc);
  doc->arena = tmc_arena_new();
  doc->file = file; /* the caller's (the IR's): locations outlive the doc */
  yaml_parser_t p;
  if (!yaml_parser_initialize(&p)) {
    tmc_error(d, (tmc_loc){doc->file, 0, 0}, "cannot start the YAML parser");
    return -1;
  }
  yaml_parser_set_input_string(&p, (const unsigned char *)data, len);
  yframe *st = NULL;
  uint32_t ns = 0, cs = 0;
  int rc = 0;
  bool done = false, have_root = false;
  while (!done) {
    yaml_event_t ev;
    if (!yaml_parser_parse(&p, &ev)) {
      tmc_error(d,
                (tmc_loc){doc->file, (uint32_t)p.problem_mark.line + 1,
                          (uint32_t)p.problem_mark.column + 1},
                "not valid YAML: %s%s%s", p.problem ? p.problem : "syntax error",
                p.context ? " " : "", p.context ? p.context : "");
      rc = -1;
      break;
    }
    uint32_t line = (uint32_t)ev.start_mark.line + 1,
             col = (uint32_t)ev.start_mark.column + 1;
    yframe *top = ns ? &st[ns - 1] : NULL;
    switch (ev.type) {
    case YAML_STREAM_END_EVENT:
    case YAML_DOCUMENT_END_EVENT:
      done = ev.type == YAML_STREAM_END_EVENT || have_root;
      break;
    case YAML_SCALAR_EVENT:
    case YAML_ALIAS_EVENT:
    case YAML_SEQUENCE_START_EVENT:
    case YAML_MAPPING_START_EVENT: {
      const char *text =
          ev.type == YAML_SCALAR_EVENT
              ? tmc_arena_strndup(doc->arena, (const char *)ev.data.scalar.value,
                                  ev.data.scalar.length)
              : NULL;
      if (top && top->map && !top->key) { /* a key */
        if (ev.type != YAML_SCALAR_EVENT) {
          tmc_error(d, (tmc_loc){doc->file, line, col},
                    "a YAML key that is not a plain value");
          rc = -1;
          done = true;
          break;
        }
        top->key = text;
        break;
      }
      if (!top && have_root) {
        done = true; /* a second document: only the first is read */
        break;
      }
      if (ns > TMC_DOC_MAX_DEPTH || doc->n >= max_nodes) {
        tmc_error(d, (tmc_loc){doc->file, line, col},
                  ns > TMC_DOC_MAX_DEPTH
                      ? "values nest deeper than %u levels"
                      : "more than %u values (raise with --max-elements)",
                  ns > TMC_DOC_MAX_DEPTH ? TMC_DOC_MAX_DEPTH : max_nodes);
        rc = -1;
        done = true;
        break;
      }
      tmc_doc_type t = TMC_DOC_NULL;
      double num = 0;
      if (ev.type == YAML_SCALAR_EVENT)
        t = ev.data.scalar.style == YAML_PLAIN_SCALAR_STYLE ? plain_type(text, &num)
                                                            : TMC_DOC_STR;
      else if (ev.type == YAML_SEQUENCE_START_EVENT)
        t = TMC_DOC_SEQ;
      else if (ev.type == YAML_MAPPING_START_EVENT)
        t = TMC_DOC_MAP;
      else
        tmc_warning(d, (tmc_loc){doc->file, line, col},
                    "YAML alias '*%s' read as an empty value (aliases are not expanded)",
                    (const char *)ev.data.alias.anchor);
      const char *key = top && top->map ? top->key : NULL;
      uint32_t dummy = TMC_NONE;
      uint32_t k =
          add(doc, t, top ? top->node : TMC_NONE, top ? &top->last : &dummy, key);
      have_root = true;
      doc->v[k].line = line;
      doc->v[k].col = col;
      doc->v[k].num = num;
      if (t == TMC_DOC_STR || t == TMC_DOC_NUM || t == TMC_DOC_BOOL)
        doc->v[k].text = text;
      if (top && top->map)
        top->key = NULL;
      if (t == TMC_DOC_SEQ || t == TMC_DOC_MAP)
        *TMC_PUSH(st, ns, cs) = (yframe){k, TMC_NONE, NULL, t == TMC_DOC_MAP};
      break;
    }
    case YAML_SEQUENCE_END_EVENT:
    case YAML_MAPPING_END_EVENT:
      if (ns)
        ns--;
      break;
    case YAML_NO_EVENT:
    case YAML_STREAM_START_EVENT:
    case YAML_DOCUMENT_START_EVENT:
      break;
    }
    yaml_event_delete(&ev);
  }
  free(st);
  yaml_parser_delete(&p);
  if (rc == 0 && !doc->n) {
    tmc_error(d, (tmc_loc){doc->file, 1, 1}, "an empty YAML document");
    rc = -1;
  }
  return rc;
}

void tmc_doc_free(tmc_doc *doc) {
  free(doc->v);
  tmc_arena_free(doc->arena);
  memset(doc, 0, sizeof *doc);
}

/* ---- queries --------------------------------------------------------------- */

uint32_t tmc_doc_get(const tmc_doc *doc, uint32_t m, const char *key) {
  if (m == TMC_NONE || m >= doc->n || doc->v[m].type != TMC_DOC_MAP)
    return TMC_NONE;
  TMC_DOC_EACH(doc, m, c)
  if (doc->v[c].key && strcmp(doc->v[c].key, key) == 0)
    return c;
  return TMC_NONE;
}

uint32_t tmc_doc_path(const tmc_doc *doc, uint32_t m, ...) {
  va_list ap;
  va_start(ap, m);
  for (const char *k = va_arg(ap, const char *); k && m != TMC_NONE;
       k = va_arg(ap, const char *))
    m = tmc_doc_get(doc, m, k);
  va_end(ap);
  return m;
}

const char *tmc_doc_str(const tmc_doc *doc, uint32_t k) {
  return k == TMC_NONE || k >= doc->n ? NULL : doc->v[k].text;
}

bool tmc_doc_true(const tmc_doc *doc, uint32_t k) {
  const char *s = tmc_doc_str(doc, k);
  return s && (strcmp(s, "true") == 0 || strcmp(s, "True") == 0 || strcmp(s, "yes") == 0);
}

bool tmc_doc_num(const tmc_doc *doc, uint32_t k, double *out) {
  if (k == TMC_NONE || k >= doc->n)
    return false;
  if (doc->v[k].type == TMC_DOC_NUM) {
    *out = doc->v[k].num;
    return true;
  }
  double n;
  if (doc->v[k].type == TMC_DOC_STR && doc->v[k].text &&
      plain_type(doc->v[k].text, &n) == TMC_DOC_NUM) {
    *out = n;
    return true;
  }
  return false;
}

bool tmc_doc_is(const tmc_doc *doc, uint32_t k, tmc_doc_type t) {
  return k != TMC_NONE && k < doc->n && doc->v[k].type == t;
}

tmc_loc tmc_doc_loc(const tmc_doc *doc, uint32_t k) {
  if (k == TMC_NONE || k >= doc->n)
    return (tmc_loc){doc->file, 0, 0};
  return (tmc_loc){doc->file, doc->v[k].line, doc->v[k].col};
}
