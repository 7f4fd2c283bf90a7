/* jsonread.c - the strict JSON reader. Recursive descent with a depth bound
 * (64), so hostile nesting cannot exhaust the stack. */
#include "ir/jsonread.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct jp {
  const char *s;
  bool bad;
  int depth;
} jp;

void tmc_jv_free(tmc_jv *v) {
  if (!v)
    return;
  for (size_t i = 0; i < v->n; i++) {
    tmc_jv_free(v->items[i]);
    if (v->keys)
      free(v->keys[i]);
  }
  free(v->items);
  free(v->keys);
  free(v->str);
  free(v);
}

static void ws(jp *p) {
  while (*p->s == ' ' || *p->s == '\n' || *p->s == '\t' || *p->s == '\r')
    p->s++;
}

static void put_utf8(char **o, unsigned cp) {
  *o += tmc_utf8_put(*o, cp);
}

static unsigned hex4(jp *p) {
  unsigned v = 0;
  for (int i = 0; i < 4; i++) {
    char c = *p->s;
    if (!c) { /* never step past the terminator */
      p->bad = true;
      return 0;
    }
    p->s++;
    v <<= 4;
    if (c >= '0' && c <= '9')
      v |= (unsigned)(c - '0');
    else if (c >= 'a' && c <= 'f')
      v |= (unsigned)(c - 'a' + 10);
    else if (c >= 'A' && c <= 'F')
      v |= (unsigned)(c - 'A' + 10);
    else
      p->bad = true;
  }
  return v;
}

/* A raw UTF-8 sequence must be well formed (no overlong, no surrogates). */
static size_t utf8_len(const unsigned char *s) {
  unsigned c = s[0], cp, min;
  size_t len;
  if (c < 0x80)
    return 1;
  if ((c & 0xE0) == 0xC0)
    len = 2, min = 0x80, cp = c & 0x1F;
  else if ((c & 0xF0) == 0xE0)
    len = 3, min = 0x800, cp = c & 0x0F;
  else if ((c & 0xF8) == 0xF0)
    len = 4, min = 0x10000, cp = c & 0x07;
  else
    return 0;
  for (size_t i = 1; i < len; i++) {
    if ((s[i] & 0xC0) != 0x80)
      return 0;
    cp = (cp << 6) | (s[i] & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
    return 0;
  return len;
}

static char *jstring(jp *p) {
  if (*p->s != '"') {
    p->bad = true;
    return NULL;
  }
  p->s++;
  /* Decoding never makes a string longer; find its raw end first. */
  size_t raw = 0;
  while (p->s[raw] && p->s[raw] != '"')
    raw += p->s[raw] == '\\' && p->s[raw + 1] ? 2 : 1;
  char *out = tmc_xmalloc(raw + 5), *o = out;
  while (*p->s != '"') {
    unsigned char c = (unsigned char)*p->s;
    if (c < 0x20) { /* raw control character or end of input */
      p->bad = true;
      break;
    }
    if (c != '\\') {
      size_t l = utf8_len((const unsigned char *)p->s);
      if (!l) {
        p->bad = true;
        break;
      }
      memcpy(o, p->s, l);
      o += l;
      p->s += l;
      continue;
    }
    p->s++;
    if (!*p->s) { /* a backslash at the very end */
      p->bad = true;
      break;
    }
    char e = *p->s++;
    switch (e) {
    case '"':
    case '\\':
    case '/':
      *o++ = e;
      break;
    case 'b':
      *o++ = '\b';
      break;
    case 'f':
      *o++ = '\f';
      break;
    case 'n':
      *o++ = '\n';
      break;
    case 'r':
      *o++ = '\r';
      break;
    case 't':
      *o++ = '\t';
      break;
    case 'u': {
      unsigned cp = hex4(p);
      if (cp >= 0xD800 && cp <= 0xDBFF && p->s[0] == '\\' && p->s[1] == 'u') {
        p->s += 2;
        unsigned lo = hex4(p);
        if (lo < 0xDC00 || lo > 0xDFFF) { /* a high surrogate needs a low one */
          p->bad = true;
          break;
        }
        cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
      } else if (cp >= 0xD800 && cp <= 0xDFFF) {
        p->bad = true;
      }
      put_utf8(&o, cp);
      break;
    }
    default:
      p->bad = true;
    }
    if (p->bad)
      break;
  }
  if (!p->bad)
    p->s++;
  *o = 0;
  return out;
}

static tmc_jv *jvalue(jp *p);

static tmc_jv *jnew(tmc_jv_type t) {
  tmc_jv *v = tmc_xcalloc(1, sizeof(tmc_jv));
  v->t = t;
  return v;
}

static void jpush(tmc_jv *v, char *key, tmc_jv *item) {
  /* Capacity doubles at powers of two, so n pushes cost O(n). */
  if ((v->n & (v->n - 1)) == 0) {
    size_t cap = v->n ? v->n * 2 : 4;
    v->items = tmc_xrealloc(v->items, cap * sizeof(tmc_jv *));
    if (v->t == TMC_JV_OBJ)
      v->keys = tmc_xrealloc(v->keys, cap * sizeof(char *));
  }
  if (v->t == TMC_JV_OBJ)
    v->keys[v->n] = key;
  else
    free(key);
  v->items[v->n++] = item;
}

static tmc_jv *jvalue(jp *p) {
  ws(p);
  if (p->bad || ++p->depth > 64) {
    p->bad = true;
    return NULL;
  }
  tmc_jv *v = NULL;
  if (*p->s == '{' || *p->s == '[') {
    bool obj = *p->s == '{';
    v = jnew(obj ? TMC_JV_OBJ : TMC_JV_ARR);
    p->s++;
    ws(p);
    if (*p->s == (obj ? '}' : ']')) {
      p->s++;
    } else {
      for (;;) {
        char *key = NULL;
        ws(p);
        if (obj) {
          key = jstring(p);
          ws(p);
          if (*p->s != ':') /* never step past the terminating NUL */
            p->bad = true;
          else
            p->s++;
        }
        tmc_jv *item = jvalue(p);
        jpush(v, key, item);
        if (p->bad)
          break;
        ws(p);
        if (*p->s == ',') {
          p->s++;
          continue;
        }
        if (*p->s != (obj ? '}' : ']'))
          p->bad = true;
        else
          p->s++;
        break;
      }
    }
  } else if (*p->s == '"') {
    v = jnew(TMC_JV_STR);
    v->str = jstring(p);
  } else if (strncmp(p->s, "true", 4) == 0 || strncmp(p->s, "false", 5) == 0) {
    v = jnew(TMC_JV_BOOL);
    v->b = *p->s == 't';
    p->s += v->b ? 4 : 5;
  } else if (strncmp(p->s, "null", 4) == 0) {
    v = jnew(TMC_JV_NULL);
    p->s += 4;
  } else if (*p->s == '-' || (*p->s >= '0' && *p->s <= '9')) {
    char *end;
    v = jnew(TMC_JV_NUM);
    v->num = strtod(p->s, &end);
    p->s = end;
  } else {
    p->bad = true;
  }
  p->depth--;
  return v;
}

tmc_jv *tmc_jv_parse(const char *s, uint32_t *err_line, uint32_t *err_col) {
  jp p = {s, false, 0};
  tmc_jv *v = jvalue(&p);
  ws(&p);
  if (p.bad || *p.s) {
    tmc_jv_free(v);
    if (err_line) {
      /* Where the reader stopped: count lines up to there. */
      uint32_t line = 1, col = 1;
      for (const char *q = s; q < p.s && *q; q++) {
        if (*q == '\n')
          line++, col = 1;
        else
          col++;
      }
      *err_line = line;
      if (err_col)
        *err_col = col;
    }
    return NULL;
  }
  return v;
}

/* Follows a '/'-separated path of keys and array indices; NULL if absent. */
const tmc_jv *tmc_jv_get(const tmc_jv *v, const char *path) {
  char buf[512];
  snprintf(buf, sizeof buf, "%s", path);
  for (char *tok = strtok(buf, "/"); tok && v; tok = strtok(NULL, "/")) {
    const tmc_jv *next = NULL;
    if (v->t == TMC_JV_ARR) {
      char *end;
      unsigned long i = strtoul(tok, &end, 10);
      if (!*end && i < v->n)
        next = v->items[i];
    } else if (v->t == TMC_JV_OBJ) {
      for (size_t i = 0; i < v->n; i++)
        if (strcmp(v->keys[i], tok) == 0)
          next = v->items[i];
    }
    v = next;
  }
  return v;
}

const char *tmc_jv_str(const tmc_jv *v, const char *path) {
  const tmc_jv *x = tmc_jv_get(v, path);
  return x && x->t == TMC_JV_STR ? x->str : NULL;
}

double tmc_jv_num(const tmc_jv *v, const char *path) {
  const tmc_jv *x = tmc_jv_get(v, path);
  return x && x->t == TMC_JV_NUM ? x->num : -1;
}

size_t tmc_jv_len(const tmc_jv *v, const char *path) {
  const tmc_jv *x = tmc_jv_get(v, path);
  return x && (x->t == TMC_JV_ARR || x->t == TMC_JV_OBJ) ? x->n : (size_t)-1;
}

bool tmc_jv_has_str(const tmc_jv *v, const char *path, const char *s) {
  const tmc_jv *x = tmc_jv_get(v, path);
  for (size_t i = 0; x && x->t == TMC_JV_ARR && i < x->n; i++)
    if (x->items[i]->t == TMC_JV_STR && strcmp(x->items[i]->str, s) == 0)
      return true;
  return false;
}
