/* dot.c - the Graphviz DOT front end, through cgraph.
 *
 * cgraph parses; we copy what we need into the IR and close the graph, so no
 * Agraph_t escapes this file. cgraph keeps no line numbers, so a light
 * pre-scan of the text (dotscan.c) finds the line of every node, edge and
 * cluster; cgraph's error callback delivers messages in pieces, which we join
 * and turn into one diagnostic at the right line. */
#include <graphviz/cgraph.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "frontend/dotscan.h"
#include "frontend/frontend.h"
#include "frontend/text.h"

/* Each node carries its element index, so edges and clusters find it in O(1). */
typedef struct noderec {
  Agrec_t h;
  uint32_t index;
} noderec;

static uint32_t node_index(Agnode_t *n) {
  noderec *r = (noderec *)aggetrec(n, "tmc", 0);
  return r ? r->index : TMC_NONE;
}

/* cgraph reports errors through a global callback; we collect its pieces here
 * for the duration of one parse (the front end is not reentrant, like cgraph). */
static tmc_buf errbuf = TMC_BUF_INIT;
static bool last_parse_ok; /* the previous cgraph parse in this process succeeded */

static int collect_error(char *msg) {
  if (errbuf.len < 8192)
    tmc_buf_puts(&errbuf, msg);
  return 0;
}

/* Turns "Error: <name>: syntax error in line 3 near 'x'\n" into a
 * diagnostic at line 3. */
static void report_cgraph_errors(const char *file, tmc_diags *d) {
  const char *p = errbuf.data ? errbuf.data : "";
  bool any = false;
  while (*p) {
    size_t n = strcspn(p, "\n");
    char *line = tmc_xmalloc(n + 1);
    memcpy(line, p, n);
    line[n] = 0;
    char *msg = tmc_trim(line);
    if (*msg) {
      tmc_loc loc = {file, 0, 0};
      const char *in = strstr(msg, " in line ");
      if (in)
        loc.line = (uint32_t)strtoul(in + 9, NULL, 10);
      bool warn = strncmp(msg, "Warning:", 8) == 0;
      /* Drop cgraph's own prefixes: we print ours. */
      if (strncmp(msg, "Error: ", 7) == 0)
        msg += 7;
      else if (warn)
        msg += 8;
      const char *near = strstr(msg, "syntax error");
      const char *text = near ? near : msg;
      if (warn)
        tmc_warning(d, loc, "graphviz: %s", tmc_trim((char *)text));
      else {
        tmc_error(d, loc, "%s", text);
        any = true;
      }
    }
    free(line);
    p += n;
    if (*p)
      p++;
  }
  if (!any)
    tmc_error(d, (tmc_loc){file, 0, 0}, "not a valid DOT graph");
}

static bool is_cluster(Agraph_t *sg) {
  const char *name = agnameof(sg);
  if (name && strncasecmp(name, "cluster", 7) == 0)
    return true;
  const char *c = agget(sg, "cluster");
  return c && (strcasecmp(c, "true") == 0 || strcmp(c, "1") == 0);
}

/* Every attribute the author set on obj (value differs from the default). */
static void copy_props(tmc_ir *ir, tmc_props *props, Agraph_t *g, void *obj, int kind) {
  for (Agsym_t *sym = agnxtattr(g, kind, NULL); sym; sym = agnxtattr(g, kind, sym)) {
    const char *v = agxget(obj, sym);
    if (!v || (sym->defval && strcmp(v, sym->defval) == 0) || !*v)
      continue;
    tmc_props_set(ir, props, sym->name, v);
  }
}

static const char *label_text(tmc_ir *ir, char *raw, const char *fallback, uint32_t max) {
  if (!raw || !*raw)
    return tmc_text_plain(ir->arena, fallback, false, max);
  if (aghtmlstr(raw))
    return tmc_text_plain(ir->arena, raw, true, max);
  if (strcmp(raw, "\\N") == 0 || strcmp(raw, "\\G") == 0)
    return tmc_text_plain(ir->arena, fallback, false, max);
  return tmc_text_dot_escapes(ir->arena, raw, fallback, max);
}

static void shape_hint(tmc_ir *ir, tmc_element *e, const char *shape, const char *image) {
  static const struct {
    const char *shape;
    tmc_kind kind;
  } map[] = {
      {"ellipse", TMC_KIND_PROCESS},     {"oval", TMC_KIND_PROCESS},
      {"circle", TMC_KIND_PROCESS},      {"doublecircle", TMC_KIND_PROCESS},
      {"Mcircle", TMC_KIND_PROCESS},     {"point", TMC_KIND_PROCESS},
      {"box", TMC_KIND_EXTERNAL},        {"rect", TMC_KIND_EXTERNAL},
      {"rectangle", TMC_KIND_EXTERNAL},  {"square", TMC_KIND_EXTERNAL},
      {"Msquare", TMC_KIND_EXTERNAL},    {"diamond", TMC_KIND_EXTERNAL},
      {"cylinder", TMC_KIND_DATA_STORE}, {"box3d", TMC_KIND_DATA_STORE},
      {"folder", TMC_KIND_DATA_STORE},   {"tab", TMC_KIND_DATA_STORE},
      {"note", TMC_KIND_DATA_STORE},     {"component", TMC_KIND_PROCESS},
  };
  if (!shape || !*shape)
    shape = "ellipse";
  e->shape = tmc_arena_strdup(ir->arena, shape);
  /* pytm draws data stores as shape=none with a cylinder image. */
  if ((strcasecmp(shape, "none") == 0 || strcasecmp(shape, "plaintext") == 0 ||
       strcasecmp(shape, "plain") == 0) &&
      image && *image) {
    e->has_shape_kind = true;
    e->shape_kind = TMC_KIND_DATA_STORE;
    e->shape_reason = "shape=none with an image (pytm data store)";
    return;
  }
  for (size_t i = 0; i < sizeof map / sizeof *map; i++)
    if (strcasecmp(shape, map[i].shape) == 0) {
      e->has_shape_kind = true;
      e->shape_kind = map[i].kind;
      e->shape_reason = tmc_arena_printf(ir->arena, "shape=%s", map[i].shape);
      return;
    }
}

/* Walks clusters depth-first with an explicit stack (graphs can nest deep). */
static int walk_clusters(tmc_ir *ir, Agraph_t *root, const tmc_dotscan *scan,
                         const tmc_frontend_opts *opts, tmc_diags *d,
                         Agraph_t ***graphs) {
  uint32_t n_graphs = 0, cap_graphs = 0;
  typedef struct item {
    Agraph_t *g;
    uint32_t parent;
    uint32_t depth;
  } item;
  item *stack = NULL;
  uint32_t n = 0, cap = 0;
  for (Agraph_t *sg = agfstsubg(root); sg; sg = agnxtsubg(sg))
    *TMC_PUSH(stack, n, cap) = (item){sg, TMC_NONE, 0};
  int rc = 0;
  while (n) {
    item it = stack[--n];
    uint32_t parent = it.parent, depth = it.depth;
    if (is_cluster(it.g)) {
      if (it.depth >= opts->max_depth) {
        tmc_error(d,
                  (tmc_loc){ir->file, tmc_dotscan_cluster_line(scan, agnameof(it.g)), 0},
                  "clusters nest deeper than %u levels", opts->max_depth);
        rc = -1;
        break;
      }
      uint32_t b = tmc_ir_add_boundary(ir, 0, agnameof(it.g), TMC_BOUNDARY_CLUSTER);
      *TMC_PUSH(*graphs, n_graphs, cap_graphs) = it.g;
      tmc_boundary *x = &ir->boundaries[b];
      x->parent = it.parent;
      x->depth = it.depth;
      x->why = "DOT cluster subgraph";
      x->loc = (tmc_loc){ir->file, tmc_dotscan_cluster_line(scan, agnameof(it.g)), 0};
      copy_props(ir, &x->props, it.g, it.g, AGRAPH);
      x->label = label_text(ir, agget(it.g, "label"), agnameof(it.g), opts->max_label);
      parent = b;
      depth = it.depth + 1;
    }
    for (Agraph_t *sg = agfstsubg(it.g); sg; sg = agnxtsubg(sg))
      *TMC_PUSH(stack, n, cap) = (item){sg, parent, depth};
  }
  free(stack);
  return rc;
}

int tmc_dot_parse(tmc_ir *ir, const char *data, size_t len, const tmc_frontend_opts *opts,
                  tmc_diags *d) {
  int rc = 0;
  Agraph_t *g = NULL;
  tmc_dotscan *scan = NULL;
  Agraph_t **graphs = NULL;
  char *copy = NULL;

  tmc_buf_clear(&errbuf);
  agseterr(AGWARN);
  agusererrf prev = agseterrf(collect_error);
  agreseterrors();
  /* cgraph's lexer keeps state across parses: after a successful parse it
   * has already counted the first line of the next input, after a failed
   * one (or in a fresh process) it has not. Measured on graphviz 2.43;
   * tests/unit/test_dot.c pins it by parsing in both orders. */
  agsetfile((char *)ir->file);
  agreadline(last_parse_ok ? 0 : 1);
  /* An input that ends inside a line (say, in a // comment) leaves cgraph's
   * lexer in that state for the next parse: always end with a newline. */
  if (len == 0 || data[len - 1] != '\n') {
    copy = tmc_xmalloc(len + 2);
    memcpy(copy, data, len);
    copy[len] = '\n';
    copy[len + 1] = 0;
  }
  g = agmemread(copy ? copy : data);
  agseterrf(prev);
  last_parse_ok = g && !agerrors();
  if (!g || agerrors()) {
    report_cgraph_errors(ir->file, d);
    rc = -1;
    goto done;
  }
  scan = tmc_dotscan_new(data, len);
  uint32_t page = tmc_ir_add_page(ir, agnameof(g));
  ir->pages[page].loc = (tmc_loc){ir->file, tmc_dotscan_graph_line(scan), 0};
  ir->title = ir->pages[page].name;
  bool directed = agisdirected(g);

  int n_nodes = agnnodes(g), n_edges = agnedges(g);
  if ((uint64_t)n_nodes + (uint64_t)n_edges > opts->max_elements) {
    tmc_error(d, (tmc_loc){ir->file, 1, 0},
              "diagram has %d nodes and %d edges, more than the limit of %u (raise with "
              "--max-elements)",
              n_nodes, n_edges, opts->max_elements);
    rc = -1;
    goto done;
  }

  /* Nodes, in declaration order (cgraph's sequence order). */
  for (Agnode_t *n = agfstnode(g); n; n = agnxtnode(g, n)) {
    const char *name = agnameof(n);
    uint32_t i = tmc_ir_add_element(ir, page, name);
    ((noderec *)agbindrec(n, "tmc", sizeof(noderec), false))->index = i;
    tmc_element *e = &ir->elements[i];
    e->loc = (tmc_loc){ir->file, tmc_dotscan_node_line(scan, name), 0};
    copy_props(ir, &e->props, g, n, AGNODE);
    e->label = label_text(ir, agget(n, "label"), name, opts->max_label);
    shape_hint(ir, e, agget(n, "shape"), agget(n, "image"));
  }

  /* Clusters, then membership: the deepest cluster containing a node wins. */
  if (walk_clusters(ir, g, scan, opts, d, &graphs) < 0) {
    rc = -1;
    goto done;
  }
  for (uint32_t b = 0; b < ir->n_boundaries; b++) {
    Agraph_t *sg = graphs[b];
    for (Agnode_t *n = agfstnode(sg); n; n = agnxtnode(sg, n)) {
      uint32_t e = node_index(n);
      if (e == TMC_NONE)
        continue;
      uint32_t cur = ir->elements[e].boundary;
      if (cur == TMC_NONE || ir->boundaries[cur].depth <= ir->boundaries[b].depth)
        ir->elements[e].boundary = b;
    }
  }

  /* Edges: out-edges of each node, in node order. */
  for (Agnode_t *n = agfstnode(g); n; n = agnxtnode(g, n)) {
    for (Agedge_t *ed = agfstout(g, n); ed; ed = agnxtout(g, ed)) {
      const char *tn = agnameof(aghead(ed)), *sn = agnameof(agtail(ed));
      uint32_t s = node_index(agtail(ed)), t = node_index(aghead(ed));
      uint32_t fi = tmc_ir_add_flow(ir, page, s, t);
      tmc_flow *f = &ir->flows[fi];
      const char *key = agnameof(ed);
      f->id = key && *key ? tmc_arena_printf(ir->arena, "%s -> %s [%s]", sn, tn, key)
                          : tmc_arena_printf(ir->arena, "%s -> %s", sn, tn);
      f->loc = (tmc_loc){ir->file, tmc_dotscan_edge_line(scan, sn, tn), 0};
      copy_props(ir, &f->props, g, ed, AGEDGE);
      const char *dir = agget(ed, "dir");
      f->bidirectional = !directed || (dir && strcasecmp(dir, "both") == 0);
      f->label = label_text(ir, agget(ed, "label"), "", opts->max_label);
    }
  }

done:
  free(copy);
  free(graphs);
  tmc_dotscan_free(scan);
  if (g)
    agclose(g);
  tmc_buf_free(&errbuf);
  return rc;
}
