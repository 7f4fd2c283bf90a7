/* catalog_pack.c - build tool: loads each built-in catalog with libyaml, as
 * the catalog loader would at run time, and writes the documents' node tables
 * as C arrays (catalog/packed.h), so tmc rebuilds each document without
 * parsing it.
 *
 * The one idea: a document is nodes of fixed size plus strings; the strings
 * go to one pool (each once), the nodes to an array of numbers, the sequence
 * items and mapping pairs to arrays of node numbers, so the run time only
 * points into them. A file libyaml cannot load is written with no nodes: tmc
 * then parses it and reports the error as before.
 *
 * usage: tmc-catalog-pack OUT.c FILE.yaml...  (the names are the files' base
 * names, as cmake/embed.cmake names them) */
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <yaml.h>

typedef struct pool {
  unsigned char *data;
  size_t len, cap;
  uint32_t *slot; /* open addressing: offset + 1, 0 empty */
  size_t n_slots, used;
} pool;

static void oom(void) {
  fputs("tmc-catalog-pack: out of memory\n", stderr);
  exit(1);
}

static void *xrealloc(void *p, size_t n) {
  p = realloc(p, n ? n : 1);
  if (!p)
    oom();
  return p;
}

static uint64_t hash(const unsigned char *s, size_t n) {
  uint64_t h = 1469598103934665603ull;
  for (size_t i = 0; i < n; i++)
    h = (h ^ s[i]) * 1099511628211ull;
  return h ^ n;
}

static void grow_slots(pool *p);

/* The offset of s (n bytes, then a NUL) in the pool, added once. A stored
 * string's length is found from its NUL: values with a NUL inside are not
 * shared. */
static uint32_t intern(pool *p, const unsigned char *s, size_t n) {
  bool plain = memchr(s, 0, n) == NULL;
  if (plain) {
    if (2 * (p->used + 1) > p->n_slots)
      grow_slots(p);
    size_t i = hash(s, n) & (p->n_slots - 1);
    for (; p->slot[i]; i = (i + 1) & (p->n_slots - 1)) {
      const unsigned char *t = p->data + p->slot[i] - 1;
      if (strlen((const char *)t) == n && memcmp(t, s, n) == 0)
        return p->slot[i] - 1;
    }
    p->slot[i] = (uint32_t)p->len + 1;
    p->used++;
  }
  if (p->len + n + 1 > p->cap) {
    p->cap = 2 * (p->len + n + 1);
    p->data = xrealloc(p->data, p->cap);
  }
  uint32_t off = (uint32_t)p->len;
  if (n)
    memcpy(p->data + p->len, s, n);
  p->data[p->len + n] = 0;
  p->len += n + 1;
  return off;
}

static void grow_slots(pool *p) {
  size_t n = p->n_slots ? 2 * p->n_slots : 4096;
  uint32_t *old = p->slot;
  size_t old_n = p->n_slots;
  p->slot = calloc(n, sizeof *p->slot);
  if (!p->slot)
    oom();
  p->n_slots = n;
  for (size_t j = 0; j < old_n; j++) {
    if (!old[j])
      continue;
    const unsigned char *t = p->data + old[j] - 1;
    size_t i = hash(t, strlen((const char *)t)) & (n - 1);
    while (p->slot[i])
      i = (i + 1) & (n - 1);
    p->slot[i] = old[j];
  }
  free(old);
}

/* Writes n numbers (node numbers and offsets: none is negative) as a C
 * array, twenty to a line. */
static void put_numbers(FILE *o, const char *type, const char *name, const uint32_t *v,
                        size_t n) {
  fprintf(o, "static const %s %s[] = {", type, name);
  for (size_t i = 0; i < n; i++)
    fprintf(o, "%s%lu,", i % 20 ? "" : "\n", (unsigned long)v[i]);
  fprintf(o, "\n0};\n");
}

typedef struct nums {
  uint32_t *v;
  size_t n, cap;
} nums;

static void push(nums *a, uint32_t x) {
  if (a->n == a->cap) {
    a->cap = a->cap ? 2 * a->cap : 1024;
    a->v = xrealloc(a->v, a->cap * sizeof *a->v);
  }
  a->v[a->n++] = x;
}

static void push_mark(nums *a, yaml_mark_t m) {
  push(a, (uint32_t)m.index);
  push(a, (uint32_t)m.line);
  push(a, (uint32_t)m.column);
}

static int pack(FILE *o, const char *path, int i) {
  FILE *f = fopen(path, "rb");
  if (!f) {
    fprintf(stderr, "tmc-catalog-pack: cannot open %s\n", path);
    return -1;
  }
  yaml_parser_t p;
  yaml_document_t doc;
  yaml_parser_initialize(&p);
  yaml_parser_set_input_file(&p, f);
  bool ok = yaml_parser_load(&p, &doc);
  yaml_parser_delete(&p);
  fclose(f);
  pool s = {0};
  nums nodes = {0}, items = {0}, pairs = {0};
  uint32_t n_nodes = 0;
  intern(&s, (const unsigned char *)"", 0);
  if (ok && yaml_document_get_root_node(&doc)) {
    for (yaml_node_t *n = doc.nodes.start; n < doc.nodes.top; n++, n_nodes++) {
      push(&nodes, (uint32_t)n->type);
      const unsigned char *tag = n->tag ? n->tag : (const unsigned char *)"";
      uint32_t tag_off = intern(&s, tag, strlen((const char *)tag));
      switch (n->type) {
      case YAML_SCALAR_NODE:
        push(&nodes, (uint32_t)n->data.scalar.style);
        push(&nodes, tag_off);
        push(&nodes, intern(&s, n->data.scalar.value, n->data.scalar.length));
        push(&nodes, (uint32_t)n->data.scalar.length);
        break;
      case YAML_SEQUENCE_NODE:
        push(&nodes, (uint32_t)n->data.sequence.style);
        push(&nodes, tag_off);
        push(&nodes, (uint32_t)items.n);
        push(&nodes,
             (uint32_t)(n->data.sequence.items.top - n->data.sequence.items.start));
        for (yaml_node_item_t *q = n->data.sequence.items.start;
             q < n->data.sequence.items.top; q++)
          push(&items, (uint32_t)*q);
        break;
      case YAML_MAPPING_NODE:
        push(&nodes, (uint32_t)n->data.mapping.style);
        push(&nodes, tag_off);
        push(&nodes, (uint32_t)pairs.n / 2);
        push(&nodes, (uint32_t)(n->data.mapping.pairs.top - n->data.mapping.pairs.start));
        for (yaml_node_pair_t *q = n->data.mapping.pairs.start;
             q < n->data.mapping.pairs.top; q++) {
          push(&pairs, (uint32_t)q->key);
          push(&pairs, (uint32_t)q->value);
        }
        break;
      case YAML_NO_NODE:
        push(&nodes, 0);
        push(&nodes, tag_off);
        push(&nodes, 0);
        push(&nodes, 0);
        break;
      }
      push_mark(&nodes, n->start_mark);
      push_mark(&nodes, n->end_mark);
    }
  }
  nums marks = {0};
  if (n_nodes) {
    push(&marks, (uint32_t)doc.start_implicit);
    push(&marks, (uint32_t)doc.end_implicit);
    push_mark(&marks, doc.start_mark);
    push_mark(&marks, doc.end_mark);
  }
  if (ok)
    yaml_document_delete(&doc);
  char name[64];
  snprintf(name, sizeof name, "pool%d", i);
  fprintf(o, "static const unsigned char %s[] = {", name);
  for (size_t j = 0; j < s.len; j++)
    fprintf(o, "%s%u,", j % 24 ? "" : "\n", s.data[j]);
  fprintf(o, "\n0};\n");
  snprintf(name, sizeof name, "nodes%d", i);
  put_numbers(o, "uint32_t", name, nodes.v, nodes.n);
  snprintf(name, sizeof name, "items%d", i);
  put_numbers(o, "int", name, items.v, items.n);
  snprintf(name, sizeof name, "pairs%d", i);
  put_numbers(o, "int", name, pairs.v, pairs.n);
  const char *base = strrchr(path, '/');
  base = base ? base + 1 : path;
  fprintf(o, "#define DOC%d {\"%s\", pool%d, nodes%d, %u, items%d, pairs%d, {", i, base,
          i, i, n_nodes, i, i);
  for (size_t j = 0; j < 8; j++)
    fprintf(o, "%u,", j < marks.n ? marks.v[j] : 0);
  fprintf(o, "}}\n");
  free(s.data);
  free(s.slot);
  free(nodes.v);
  free(items.v);
  free(pairs.v);
  free(marks.v);
  return 0;
}

int main(int argc, char **argv) {
  if (argc < 2) {
    fputs("usage: tmc-catalog-pack OUT.c FILE.yaml...\n", stderr);
    return 2;
  }
  char *tmp = malloc(strlen(argv[1]) + 5);
  if (!tmp)
    return 1;
  sprintf(tmp, "%s.tmp", argv[1]);
  FILE *o = fopen(tmp, "w");
  if (!o) {
    fprintf(stderr, "tmc-catalog-pack: cannot write %s\n", tmp);
    free(tmp);
    return 1;
  }
  fputs("/* generated by tools/catalog_pack.c: do not edit */\n"
        "#include <stddef.h>\n#include <stdint.h>\n\n#include \"catalog/packed.h\"\n",
        o);
  int err = 0;
  for (int i = 2; i < argc && !err; i++)
    err = pack(o, argv[i], i - 2);
  fputs("const struct tmc_packed_doc tmc_packed_docs[] = {\n", o);
  for (int i = 2; i < argc; i++)
    fprintf(o, "    DOC%d,\n", i - 2);
  fputs("    {0}};\n", o);
  err |= fclose(o) != 0;
  if (!err)
    err = rename(tmp, argv[1]) != 0;
  if (err)
    remove(tmp);
  free(tmp);
  return err ? 1 : 0;
}
