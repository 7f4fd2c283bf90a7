/* decorations.c - marks drawn on the system are not parts of it.
 *
 * A numbered badge (a small shape whose label is only a number, "1" … "99")
 * and an icon whose name says a decoration word of catalogs/words.yaml
 * (`decorations`: padlocks, certificates, logos, arrows) are not elements:
 * each becomes an annotation on the element it sits on (the smallest whose
 * box holds its centre, through ir/rectidx), else on the nearest flow whose
 * line passes under it, else it is recorded in ir->decorations so --dump-ir says
 * it was dropped. A padlock is evidence of encryption for a reader, never a
 * claim: nothing reads an annotation as encrypted=true. An unlabelled plain
 * shape a decoration sits on, no bigger than four of it and with no flows,
 * is its background and goes with it. A picture (an image no stencil row
 * names: an icon set's SVG by URL, a logo) with no text and no flows is an
 * ornament, dropped and listed. Decorations that flows start or end
 * at stay elements: someone drew a flow to them. A flow description drawn
 * as a box on a line (a "pill": a sentence on a plain box, one arrow drawn
 * through it; in DOT, a text node cut into a line whose first half has no
 * arrow) is that flow's label, not an element (pill below); a title
 * banner across the page with no flows is dropped, and listed; so is what a
 * legend holds (a boundary named legend or key, words.yaml `legends`) when no
 * flow joins it to anything outside it. Lines drawn through a junction (a
 * point where lines meet) are flows between the shapes at their far ends.
 *
 * Runs after zones and before classify, so no later pass sees them. */
#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "catalog/lexicon.h"
#include "ir/geom.h"
#include "ir/rectidx.h"
#include "passes/passes.h"

/* A label that is only a number of one or two digits. */
static bool badge_number(const char *s) {
  while (isspace((unsigned char)*s))
    s++;
  size_t n = 0;
  while (isdigit((unsigned char)s[n]))
    n++;
  const char *t = s + n;
  while (isspace((unsigned char)*t))
    t++;
  return n >= 1 && n <= 2 && !*t;
}

/* An icon, stencil or shape name as words: '.', '_', '/', '-', ';' and '='
 * read as spaces, case folded, cut to fit buf (n > 0). Whether all of it
 * fitted. */
static bool name_words(const char *name, char *buf, size_t n) {
  size_t i = 0;
  for (; name[i] && i + 1 < n; i++)
    buf[i] = strchr("._/-;=", name[i]) ? ' ' : (char)tolower((unsigned char)name[i]);
  buf[i] = 0;
  return !name[i];
}

/* The word of list `list` an icon, stencil or shape name says (name_words),
 * or NULL. */
static const char *decoration_list_says(const tmc_lexicon *lx, tmc_word_list list,
                                        const char *name) {
  if (!name || !*name)
    return NULL;
  char buf[160];
  name_words(name, buf, sizeof buf);
  return tmc_lexicon_says(lx, list, buf);
}

/* Is shape a control node's whole name (words.yaml control_nodes): draw.io's
 * "rhombus", "startState", "mxgraph.bpmn.gateway2", DOT's "diamond"? A word
 * inside a longer stencil name ("mxgraph.basic.diamond", a shape a caption
 * beside it may name) is no control node (review30). */
static bool control_node(const tmc_lexicon *lx, const char *shape) {
  char buf[160];
  if (strncmp(shape, "mxgraph.", 8) == 0 && strncmp(shape + 8, "bpmn.", 5) == 0)
    shape += 8;
  if (!name_words(shape, buf, sizeof buf))
    return false;
  const char *w = tmc_lexicon_says(lx, TMC_WORDS_CONTROL_NODE, buf);
  return w && strcasecmp(w, buf) == 0;
}

/* b35d: is e named only as a run's start or end as code names its markers
 * (words.yaml control_names): a Python reserved name, LangGraph's
 * "__start__" and "__end__", or a class name in PascalCase, a LlamaIndex
 * workflow's "StopEvent"; its label or, on a DOT node with no label, its
 * id. A plain word ("start", "End") names a flowchart's terminator, which
 * readers of such charts take for a step: it stays. */
static bool control_name(const tmc_lexicon *lx, const tmc_element *e) {
  const char *name = e->label && *e->label ? e->label : e->id;
  if (!name)
    return false;
  size_t n = strlen(name);
  bool dunder = n > 4 && strncmp(name, "__", 2) == 0 && strcmp(name + n - 2, "__") == 0;
  bool pascal =
      isupper((unsigned char)name[0]) && n > 1 && islower((unsigned char)name[1]);
  size_t humps = 0;
  for (size_t i = 1; pascal && i < n; i++)
    humps += isupper((unsigned char)name[i]) != 0;
  if (!dunder && !(pascal && humps))
    return false;
  char buf[40];
  size_t o = 0;
  for (const char *p = dunder ? name + 2 : name; p < name + (dunder ? n - 2 : n); p++) {
    if (*p == '_')
      continue;
    if (o + 1 >= sizeof buf || !isalnum((unsigned char)*p))
      return false;
    buf[o++] = (char)tolower((unsigned char)*p);
  }
  buf[o] = '\0';
  const char *w = o ? tmc_lexicon_says(lx, TMC_WORDS_CONTROL_NAME, buf) : NULL;
  return w && strcmp(w, buf) == 0;
}

/* r37vardar: is e drawn as a workflow engine's DAG export draws a channel or
 * an operator (Nextflow's -with-dag): a DOT dot (shape=point, or any shape
 * fixed at a fifth of an inch or less) with no label of its own, named only
 * by the caption beside it (xlabel), which is code naming a words.yaml
 * `dataflow_operators` word: "Channel.fromPath" (the part before the first
 * dot), "join", "groupTuple" (case folded). The data passes through it. A
 * dot captioned in words (a pytm actor, "LoRa gateway") is an element. */
static bool dataflow_dot(const tmc_lexicon *lx, const tmc_element *e) {
  if (e->notation != TMC_NOTATION_DOT || !e->shape || !e->label)
    return false;
  const char *xlabel = tmc_props_get(&e->props, "xlabel");
  const char *label = tmc_props_get(&e->props, "label");
  if (!xlabel || (label && *label) || strcmp(e->label, xlabel) != 0)
    return false;
  const char *fixed = tmc_props_get(&e->props, "fixedsize"),
             *w = tmc_props_get(&e->props, "width"),
             *h = tmc_props_get(&e->props, "height");
  bool tiny = fixed && strcmp(fixed, "true") == 0 && w && atof(w) > 0 && atof(w) <= 0.2 &&
              (!h || atof(h) <= 0.2);
  if (strcmp(e->shape, "point") != 0 && !tiny)
    return false;
  char buf[40];
  size_t o = 0;
  const char *p = xlabel;
  for (; *p && *p != '.'; p++) {
    if (o + 1 >= sizeof buf || !(isalnum((unsigned char)*p) || *p == '_'))
      return false;
    buf[o++] = (char)tolower((unsigned char)*p);
  }
  buf[o] = '\0';
  /* the rest is code too: a factory's name after the dot, no spaces */
  for (; *p; p++)
    if (!(isalnum((unsigned char)*p) || *p == '_' || *p == '.'))
      return false;
  const char *word = o ? tmc_lexicon_says(lx, TMC_WORDS_DATAFLOW_OPERATOR, buf) : NULL;
  return word && strcmp(word, buf) == 0;
}

/* The decoration word an icon or stencil name says, or NULL. */
static const char *decoration_word(const tmc_lexicon *lx, const char *name) {
  return decoration_list_says(lx, TMC_WORDS_DECORATION, name);
}

/* fe26: is e a picture: a draw.io cell drawing an image (image= in its
 * style: shape=image, the image style, draw.io's `label` card, a box with an
 * image) that no stencil row names a kind for (an icon set's SVG by URL, a
 * data: URI, a logo, clip art the table lacks)? A library icon the table
 * knows (Azure's SQL Database image) is one of the system's parts even
 * unlabelled. */
static bool picture(const tmc_lexicon *lx, const tmc_element *e) {
  if (e->notation != TMC_NOTATION_DRAWIO || !e->style)
    return false;
  bool image = false;
  for (const char *p = e->style; p && *p && !image;) {
    image = strncmp(p, "image=", 6) == 0 && p[6] && p[6] != ';';
    p = strchr(p, ';');
    p = p ? p + 1 : NULL;
  }
  tmc_stencil st;
  return image &&
         !(tmc_lexicon_stencil_of_style(lx, e->style, &st, NULL, 0) && st.has_kind);
}

typedef struct host_ctx {
  const tmc_ir *ir;
  const uint32_t *at; /* item -> element */
  const uint8_t *what;
} host_ctx;

enum { KEEP, DECORATION, BACKGROUND, PILL, TITLE, PICTOGRAM, LEGEND, JUNCTION };

static bool not_decoration(void *ctx, uint32_t item) {
  host_ctx *c = ctx;
  return c->what[c->at[item]] == KEEP;
}

/* How many words a label has. */
static uint32_t words_in(const char *s) {
  uint32_t words = 0;
  for (const char *p = s; *p; p++)
    words += isalpha((unsigned char)*p) && (p == s || !isalnum((unsigned char)p[-1]));
  return words;
}

/* A draw.io box drawn as a pill (a stadium: rounded=1 with an arc of 50 or
 * more, in pixels or per cent, which rounds its ends whole). */
static bool stadium(const char *style) {
  const char *a = style ? strstr(style, "arcSize=") : NULL;
  return a && strstr(style, "rounded=1") && atof(a + strlen("arcSize=")) >= 50;
}

/* A sentence: what a flow carries, not a name. Four words or more, or three
 * on a pill ("Customer completes payment"). */
static bool sentence(const tmc_element *e) {
  uint32_t n = words_in(e->label);
  return n >= 4 || (n == 3 && stadium(e->style));
}

/* d37a: a DOT node drawn as nothing but its text (plaintext, plain, none;
 * not an HTML table drawn as a store), with text of its own: how authors
 * label a line where the layout cannot (splines=ortho places no edge
 * labels), one such node cut into the middle of each line. A node drawn so
 * is a label only where its lines say so (pill). */
static bool text_node(const tmc_element *e) {
  return e->notation == TMC_NOTATION_DOT && e->shape &&
         (strcasecmp(e->shape, "plaintext") == 0 || strcasecmp(e->shape, "plain") == 0 ||
          strcasecmp(e->shape, "none") == 0) &&
         !(e->look & TMC_LOOK_OPEN_TABLE) && !e->blank && *e->label;
}

/* Appends the waypoints of flow f to out, from its end `from` on. */
static void add_pts(tmc_point *out, uint32_t *n, const tmc_flow *f, uint32_t from) {
  for (uint32_t k = 0; k < f->n_pts; k++)
    out[(*n)++] = f->src == from ? f->pts[k] : f->pts[f->n_pts - 1 - k];
}

/* A flow description drawn as a box on a line (Salesforce's pills: "Customer
 * books and pays for a training session"): a plain shape with no icon and no
 * type=, a sentence for a label, and exactly two lines, to two other
 * elements, one plain (no arrowheads) and one with its arrow: one arrow
 * drawn through a label. d37a: so is a DOT text node (text_node) of any
 * length ("new enquiries", "sendMessage") cut into a line so: the half
 * drawn without an arrow says the text is no part of the system. The directed half
 * becomes the flow between the two others, labelled with the box's text; the plain half
 * goes with the box. A process between two arrows (a DFD's "Validate order") has both
 * halves directed and stays; so does a box one of whose lines has arrowheads at both ends
 * (a two-way flow: "inject as env" between a pipeline and its secrets), and a store drawn
 * as a cylinder. */
static bool pill(tmc_ir *ir, const tmc_lexicon *lx, uint32_t i, const uint32_t *first,
                 const uint32_t *second, const uint8_t *what) {
  const tmc_element *e = &ir->elements[i];
  if (first[i] == TMC_NONE || second[i] == TMC_NONE || e->icon)
    return false;
  bool text = text_node(e);
  if (!text && (e->notation != TMC_NOTATION_DRAWIO || !sentence(e)))
    return false;
  /* A text node whose name says people or ends in a person's head noun
   * ("Shop customer", "Walk-in buyers") is an actor drawn plainly (as UML
   * sketches do), one line left without its arrow; a line's text ("new
   * enquiries", "sendMessage", "seller API: new questions") names what
   * moves. Only people: a line's text often names the thing it comes from
   * ("contact form", "satyjy API"), which a head noun of any kind would keep. */
  tmc_kind hk;
  tmc_tech ht;
  const char *hw = NULL;
  bool at_end = false;
  if (text && ((tmc_lexicon_head(lx, e->label, &hk, &ht, &hw, &at_end) && at_end &&
                hk == TMC_KIND_EXTERNAL) ||
               tmc_lexicon_says(lx, TMC_WORDS_PEOPLE, e->label)))
    return false;
  const char *type = tmc_props_get(&e->props, "type");
  if (type && *type)
    return false;
  if (e->style && strstr(e->style, "shape=cylinder"))
    return false;
  tmc_flow *a = &ir->flows[first[i]], *b = &ir->flows[second[i]];
  if (a->plain_line == b->plain_line)
    return false;
  tmc_flow *plain = a->plain_line ? a : b, *dir = a->plain_line ? b : a;
  /* draw.io draws a plain line two-way; a DOT arrowhead=none stays one way
   * as written (fe22), so there only the arrowed half is asked to be one
   * way. */
  if (dir->bidirectional || (!text && !plain->bidirectional))
    return false;
  uint32_t other = plain->src == i ? plain->dst : plain->src;
  uint32_t far = dir->src == i ? dir->dst : dir->src;
  /* Not through another box that was one (a chain of pills stays as drawn). */
  if (other == i || far == i || other == far || what[other] != KEEP || what[far] != KEEP)
    return false;
  tmc_point *pts =
      tmc_arena_alloc(ir->arena, sizeof(tmc_point) * (plain->n_pts + dir->n_pts + 2));
  uint32_t np = 0;
  bool out = dir->src == i; /* the arrow leaves the box: other -> far */
  tmc_point mid = {e->geom.x + e->geom.w / 2, e->geom.y + e->geom.h / 2};
  bool port = plain->src == other ? plain->has_src_port : plain->has_dst_port;
  tmc_point port_at = plain->src == other ? plain->src_port : plain->dst_port;
  if (out) {
    add_pts(pts, &np, plain, other);
    if (e->has_geom)
      pts[np++] = mid;
    add_pts(pts, &np, dir, i);
    dir->src = other;
    dir->has_src_port = port, dir->src_port = port_at;
  } else {
    add_pts(pts, &np, dir, far);
    if (e->has_geom)
      pts[np++] = mid;
    add_pts(pts, &np, plain, i);
    dir->dst = other;
    dir->has_dst_port = port, dir->dst_port = port_at;
  }
  dir->pts = pts;
  dir->n_pts = np;
  dir->has_label_pos = false;
  dir->label = *dir->label ? tmc_arena_printf(ir->arena, "%s; %s", e->label, dir->label)
                           : e->label;
  return true;
}

/* b34a: a name that is only a published port: a port number of two to
 * five digits (at most 65535), the host's and the container's joined by a
 * colon ("8443:443"), and a protocol ("5432/tcp"); spaces around it.
 * PORT_BARE for a number alone, which names a port only when drawn as one
 * (round_port), PORT_MARKED for one a colon or protocol says is a port. */
enum { PORT_NONE, PORT_BARE, PORT_MARKED };
static int port_name(const char *s) {
  bool marked = false;
  while (isspace((unsigned char)*s))
    s++;
  for (int part = 0; part < 2; part++) {
    size_t n = 0;
    unsigned long v = 0;
    while (isdigit((unsigned char)s[n]) && n < 6)
      v = v * 10 + (unsigned long)(s[n++] - '0');
    if (n < 2 || n > 5 || v > 65535 || s[0] == '0')
      return PORT_NONE;
    s += n;
    if (*s != ':')
      break;
    s++, marked = true;
  }
  if (*s == '/' && (strncmp(s + 1, "tcp", 3) == 0 || strncmp(s + 1, "udp", 3) == 0))
    s += 4, marked = true;
  while (isspace((unsigned char)*s))
    s++;
  return *s ? PORT_NONE : marked ? PORT_MARKED : PORT_BARE;
}

/* review30: a bare number is a port only on a circle drawn as one (DOT's
 * circle or an ellipse written so, a draw.io ellipse), as compose
 * visualisers draw ports: a box labelled "78" or networkx's numbered nodes
 * (Graphviz's default ellipse, nothing written) are elements. */
static bool round_port(const tmc_element *e) {
  if (e->notation == TMC_NOTATION_DOT)
    return !(e->look & TMC_LOOK_DEFAULT_SHAPE) &&
           (strcmp(e->shape, "circle") == 0 || strcmp(e->shape, "doublecircle") == 0 ||
            strcmp(e->shape, "ellipse") == 0 || strcmp(e->shape, "oval") == 0);
  return strcmp(e->shape, "ellipse") == 0;
}

/* A junction: a point where lines meet and part (Graphviz shape=point, a
 * draw.io waypoint or an unlabelled dot of 16 px or less), with no name of
 * its own (a DOT node's label defaults to its id) and no type=: JUNCTION_DOT.
 * b34a: so is a published port, a shape named only by its port number
 * ("443", "5432/tcp": docker-compose-viz draws each as a circle between the
 * outside and the service it reaches): the lines into it reach that
 * service, and the port is no part of the system. Or an activity diagram's
 * control node (b34c): a shape with no label at all (a DOT node's written
 * label="") whose shape name says a words.yaml `control_nodes` word
 * (initial and final nodes, decision diamonds, fork bars, BPMN gateways):
 * JUNCTION_CONTROL, which goes even when it has nothing to join; so does a
 * node named only as code names a run's start or end marker, whatever its
 * shape (control_name: a graph exporter's __start__ and __end__). A
 * workflow engine's channel or operator dot (dataflow_dot, r37vardar) is a
 * JUNCTION_DOT: one with nothing to join (a channel factory) stays. */
enum { JUNCTION_NONE, JUNCTION_DOT, JUNCTION_CONTROL };
static int junction_shape(const tmc_lexicon *lx, const tmc_element *e) {
  const char *type = tmc_props_get(&e->props, "type");
  if ((type && *type) || !e->shape)
    return JUNCTION_NONE;
  int port = e->icon ? PORT_NONE : port_name(e->label);
  if (port == PORT_MARKED || (port == PORT_BARE && round_port(e)))
    return JUNCTION_DOT;
  if ((!*e->label || e->blank) && !e->icon && control_node(lx, e->shape))
    return JUNCTION_CONTROL;
  if (!e->icon && control_name(lx, e))
    return JUNCTION_CONTROL;
  if (!e->icon && dataflow_dot(lx, e))
    return JUNCTION_DOT;
  bool unnamed =
      !*e->label || (e->notation == TMC_NOTATION_DOT && strcmp(e->label, e->id) == 0);
  if (!unnamed)
    return JUNCTION_NONE;
  if (strcmp(e->shape, "point") == 0 || strcmp(e->shape, "waypoint") == 0)
    return JUNCTION_DOT;
  return e->notation == TMC_NOTATION_DRAWIO && strcmp(e->shape, "ellipse") == 0 &&
                 !e->icon && e->has_geom && e->geom.w <= 16 && e->geom.h <= 16
             ? JUNCTION_DOT
             : JUNCTION_NONE;
}

/* Copies flow f's properties after those already in to (the first one
 * written wins: tmc_props_get returns the first). */
static void props_append(tmc_props *to, const tmc_props *from) {
  for (uint32_t k = 0; k < from->n; k++)
    *TMC_PUSH(to->v, to->n, to->cap) = from->v[k];
}

/* Does a line through junction j join flow fa's far end to flow fb's: fa
 * can go into j and fb out of it, to two different shapes. Two two-way
 * lines join once (fa before fb), and only when they leave the junction on
 * opposite sides (an angle of more than 90 degrees at it, where the
 * picture says where things are): two lines fanning out to the same side
 * are siblings (an agent's tools), not one line through it. */
static bool joins(const tmc_ir *ir, uint32_t j, uint32_t fa, uint32_t fb,
                  const uint8_t *what) {
  const tmc_flow *in = &ir->flows[fa], *outf = &ir->flows[fb];
  uint32_t x = in->src == j ? in->dst : in->src,
           y = outf->src == j ? outf->dst : outf->src;
  bool into = in->dst == j || in->bidirectional,
       from = outf->src == j || outf->bidirectional;
  if (fa == fb || x == y || x == j || y == j || !into || !from || what[x] != KEEP ||
      what[y] != KEEP)
    return false;
  if (!in->bidirectional || !outf->bidirectional)
    return true;
  if (fa > fb)
    return false;
  const tmc_element *ej = &ir->elements[j], *ex = &ir->elements[x],
                    *ey = &ir->elements[y];
  if (!ej->has_geom || !ex->has_geom || !ey->has_geom)
    return true;
  double jx = ej->geom.x + ej->geom.w / 2, jy = ej->geom.y + ej->geom.h / 2;
  double ax = ex->geom.x + ex->geom.w / 2 - jx, ay = ex->geom.y + ex->geom.h / 2 - jy;
  double bx = ey->geom.x + ey->geom.w / 2 - jx, by = ey->geom.y + ey->geom.h / 2 - jy;
  return ax * bx + ay * by < 0;
}

/* The flows at junction j: its drawn ones, at[start[j] .. start[j+1]], then
 * those joining made through another junction (a decision diamond before a
 * fork bar), on the list from xhead[j] through x[].next. */
typedef struct jflows {
  const uint32_t *start, *at;
  uint32_t *xhead; /* per element: first made-list node, or TMC_NONE */
  struct jnode {
    uint32_t flow, next;
  } * x; /* made-list nodes: a flow made and the next node */
  uint32_t n_x, cap_x;
  uint8_t *hops; /* per flow made: the junctions it crosses */
  uint32_t n_hops, cap_hops;
} jflows;

/* How many junctions one made flow crosses at most: each crossing copies
 * the flow's id, label and points into the next, so a run of junctions
 * joined through without a bound costs its length squared (review: 20k
 * blank diamonds in a row took 11 GB). A longer run stays as drawn past it. */
enum { JOIN_HOPS = 8 };

/* The k-th flow at j, or TMC_NONE past the last; *cur walks the made list. */
static uint32_t jflow_at(const jflows *J, uint32_t j, uint32_t k, uint32_t *cur) {
  uint32_t drawn = J->start[j + 1] - J->start[j];
  if (k < drawn)
    return J->at[J->start[j] + k];
  if (k == drawn)
    *cur = J->xhead[j];
  else if (*cur != TMC_NONE)
    *cur = J->x[*cur].next;
  return *cur == TMC_NONE ? TMC_NONE : J->x[*cur].flow;
}

/* Lines drawn through a junction are flows between the shapes at their far
 * ends: an arrow into the junction and one out of it make one flow from the
 * first's source to the second's target, labelled with both labels; two
 * two-way lines make one two-way flow. The junction and its own lines go.
 * A flow made to or from a junction not yet joined (a decision diamond
 * before a fork bar) joins its lists, so a run of junctions is crossed
 * whatever order they are met in. A control node with nothing to join (an
 * initial node's one arrow) goes with its lines. The flows made are bounded
 * by the diagram's flow count (a junction with a thousand lines in and out
 * would make a million): past that budget a junction stays as drawn.
 * Returns how many junctions were joined or dropped. */
static uint32_t junctions(tmc_ir *ir, const tmc_lexicon *lx, uint8_t *what) {
  uint32_t n = ir->n_elements, nf = ir->n_flows, found = 0;
  uint32_t *deg = tmc_xcalloc(n + 1, sizeof *deg);
  uint8_t *kind = tmc_xcalloc(n + 1, 1);
  bool any = false;
  for (uint32_t i = 0; i < n; i++)
    if (what[i] == KEEP)
      any |= (kind[i] = (uint8_t)junction_shape(lx, &ir->elements[i])) != JUNCTION_NONE;
  if (!any)
    goto out;
  /* The flows at each element, as lists: at[start[i] .. start[i+1]]. */
  for (uint32_t f = 0; f < nf; f++)
    deg[ir->flows[f].src]++, deg[ir->flows[f].dst]++;
  uint32_t *start = tmc_xcalloc(n + 2, sizeof *start);
  for (uint32_t i = 0; i < n; i++)
    start[i + 1] = start[i] + deg[i];
  uint32_t *fill = tmc_xmalloc((n + 1) * sizeof *fill),
           *at = tmc_xmalloc((2 * nf + 1) * sizeof *at);
  memcpy(fill, start, n * sizeof *fill);
  for (uint32_t f = 0; f < nf; f++) {
    at[fill[ir->flows[f].src]++] = f;
    if (ir->flows[f].dst != ir->flows[f].src)
      at[fill[ir->flows[f].dst]++] = f;
  }
  jflows J = {.start = start, .at = at, .xhead = tmc_xmalloc((n + 1) * sizeof(uint32_t))};
  for (uint32_t i = 0; i < n; i++)
    J.xhead[i] = TMC_NONE;
  uint32_t budget = nf + 64;
  /* The lines into and out of the junction at hand (a two-way one is both),
   * in the order they are listed: the pairs looked at are ins x outs. */
  uint32_t *ia = NULL, *oa = NULL, cap_in = 0, cap_out = 0;
  for (uint32_t j = 0; j < n; j++) {
    if (what[j] != KEEP || kind[j] == JUNCTION_NONE)
      continue;
    /* Count first: a junction past the budget, or with nothing to join,
     * stays (a control node goes). The pairs looked at are bounded too:
     * lines in times lines out, at most four times the budget. */
    uint32_t ins = 0, outs = 0, cur = TMC_NONE, f;
    for (uint32_t a = 0; (f = jflow_at(&J, j, a, &cur)) != TMC_NONE; a++) {
      const tmc_flow *x = &ir->flows[f];
      if (x->dst == j || x->bidirectional) {
        *TMC_PUSH(ia, ins, cap_in) = f;
      }
      if (x->src == j || x->bidirectional) {
        *TMC_PUSH(oa, outs, cap_out) = f;
      }
    }
    if ((uint64_t)ins * outs > (uint64_t)budget * 4)
      continue;
    uint32_t made = 0;
    for (uint32_t a = 0; a < ins; a++)
      for (uint32_t b2 = 0; b2 < outs; b2++)
        made += joins(ir, j, ia[a], oa[b2], what);
    if (made > budget || (!made && kind[j] != JUNCTION_CONTROL))
      continue;
    budget -= made;
    for (uint32_t a = 0; a < ins; a++)
      for (uint32_t b2 = 0; b2 < outs; b2++) {
        uint32_t fa = ia[a], fb = oa[b2];
        if (!joins(ir, j, fa, fb, what))
          continue;
        const tmc_flow *in = &ir->flows[fa], *outf = &ir->flows[fb];
        uint32_t x = in->src == j ? in->dst : in->src,
                 y = outf->src == j ? outf->dst : outf->src;
        /* tmc_ir_add_flow may move the array: copy what is read first. */
        bool two_way = in->bidirectional && outf->bidirectional;
        const char *la = in->label, *lb = outf->label;
        const char *id = tmc_arena_printf(ir->arena, "%s+%s", in->id, outf->id);
        const char *cell = in->cell;
        tmc_loc loc = in->loc;
        uint32_t page = in->page;
        uint32_t crossed =
            1u + (fa >= nf ? J.hops[fa - nf] : 0u) + (fb >= nf ? J.hops[fb - nf] : 0u);
        uint32_t nf2 = tmc_ir_add_flow(ir, page, x, y);
        *TMC_PUSH(J.hops, J.n_hops, J.cap_hops) =
            (uint8_t)(crossed < JOIN_HOPS ? crossed : JOIN_HOPS); /* hops[nf2 - nf] */
        tmc_flow *g = &ir->flows[nf2];
        in = &ir->flows[fa], outf = &ir->flows[fb];
        g->id = id;
        g->cell = cell;
        g->loc = loc;
        g->bidirectional = two_way;
        g->label = !*la ? lb
                   : !*lb || strcmp(la, lb) == 0
                       ? la
                       : tmc_arena_printf(ir->arena, "%s; %s", la, lb);
        props_append(&g->props, &in->props);
        props_append(&g->props, &outf->props);
        const tmc_element *je = &ir->elements[j];
        g->pts =
            tmc_arena_alloc(ir->arena, sizeof(tmc_point) * (in->n_pts + outf->n_pts + 1));
        add_pts(g->pts, &g->n_pts, in, x);
        if (je->has_geom)
          g->pts[g->n_pts++] =
              (tmc_point){je->geom.x + je->geom.w / 2, je->geom.y + je->geom.h / 2};
        add_pts(g->pts, &g->n_pts, outf, j);
        /* A far end that is a junction still to join hears of this flow. */
        for (int k = 0; k < 2; k++) {
          uint32_t e = k ? y : x;
          if (e <= j || kind[e] == JUNCTION_NONE || what[e] != KEEP || (k && x == y) ||
              crossed >= JOIN_HOPS)
            continue;
          *TMC_PUSH(J.x, J.n_x, J.cap_x) = (struct jnode){nf2, J.xhead[e]};
          J.xhead[e] = J.n_x - 1;
        }
      }
    what[j] = JUNCTION;
    found++;
    tmc_strlist_add(&ir->decorations,
                    made ? tmc_arena_printf(ir->arena,
                                            "junction '%s': the lines through it joined "
                                            "into %u flows, dropped",
                                            ir->elements[j].id, made)
                         : tmc_arena_printf(ir->arena,
                                            "control node '%s' (%s): nothing to join, "
                                            "dropped",
                                            ir->elements[j].id, ir->elements[j].shape));
  }
  free(ia);
  free(oa);
  free(J.xhead);
  free(J.x);
  free(J.hops);
  free(start);
  free(fill);
  free(at);
out:
  free(deg);
  free(kind);
  return found;
}

/* The legend an element is drawn in: the innermost boundary around it
 * whose label says a legend word (words.yaml `legends`), or TMC_NONE. The
 * walk up is bounded by the boundaries' count (the tree has no cycles, the
 * checker says so). */
static uint32_t legend_of(const tmc_ir *ir, const tmc_lexicon *lx, uint32_t b) {
  for (uint32_t n = 0; b != TMC_NONE && b < ir->n_boundaries && n < ir->n_boundaries;
       n++) {
    if (tmc_lexicon_says(lx, TMC_WORDS_LEGEND, ir->boundaries[b].label))
      return b;
    b = ir->boundaries[b].parent;
  }
  return TMC_NONE;
}

/* Mark what a legend holds ("legend" cluster: 'dashed edge = async', a
 * sample box and arrow): it explains the drawing and is no part of the
 * system. A legend a flow joins to anything outside it is not one (a
 * "Keys" zone whose vault the services read), nor is an element with a
 * written type=. Returns how many were marked. */
static uint32_t legends(tmc_ir *ir, const tmc_lexicon *lx, uint8_t *what) {
  uint32_t nb = ir->n_boundaries, n = ir->n_elements, found = 0;
  if (!nb)
    return 0;
  uint32_t *leg = tmc_xmalloc(nb * sizeof *leg);
  uint8_t *joined = tmc_xcalloc(nb, 1);
  bool any = false;
  for (uint32_t b = 0; b < nb; b++)
    any |= (leg[b] = legend_of(ir, lx, b)) != TMC_NONE;
  if (!any)
    goto out;
  for (uint32_t f = 0; f < ir->n_flows; f++) {
    uint32_t bs = ir->elements[ir->flows[f].src].boundary;
    uint32_t bd = ir->elements[ir->flows[f].dst].boundary;
    uint32_t ls = bs < nb ? leg[bs] : TMC_NONE, ld = bd < nb ? leg[bd] : TMC_NONE;
    if (ls != ld) {
      if (ls != TMC_NONE)
        joined[ls] = 1;
      if (ld != TMC_NONE)
        joined[ld] = 1;
    }
  }
  for (uint32_t i = 0; i < n; i++) {
    const tmc_element *e = &ir->elements[i];
    const char *type = tmc_props_get(&e->props, "type");
    uint32_t l = e->boundary < nb ? leg[e->boundary] : TMC_NONE;
    if (what[i] != KEEP || l == TMC_NONE || joined[l] || (type && *type))
      continue;
    what[i] = LEGEND;
    found++;
    tmc_strlist_add(&ir->decorations,
                    tmc_arena_printf(ir->arena,
                                     "'%s' (%s) in legend '%s': explains the "
                                     "drawing, dropped",
                                     e->label, e->id, ir->boundaries[l].label));
  }
out:
  free(leg);
  free(joined);
  return found;
}

int tmc_pass_decorations(tmc_ir *ir, const tmc_pass_opts *opts, tmc_diags *d) {
  (void)d;
  const tmc_lexicon *lx = tmc_catalog_lexicon(opts ? opts->catalog : NULL);
  uint32_t n = ir->n_elements;
  uint8_t *what = tmc_xcalloc(n + 1, 1);
  uint32_t *ends = tmc_xcalloc(n + 1, sizeof *ends);
  const char **note = tmc_xcalloc(n + 1, sizeof *note);
  /* Flows drawn to it; not those an arrow made through the container it
   * sits in (id edge@member, cell the edge): a lane's numbered badge. */
  uint32_t *first = tmc_xmalloc((n + 1) * sizeof *first);
  uint32_t *second = tmc_xmalloc((n + 1) * sizeof *second);
  for (uint32_t i = 0; i < n; i++)
    first[i] = second[i] = TMC_NONE;
  for (uint32_t i = 0; i < ir->n_flows; i++)
    if (!ir->flows[i].cell || strcmp(ir->flows[i].id, ir->flows[i].cell) == 0) {
      const tmc_flow *f = &ir->flows[i];
      ends[f->src]++, ends[f->dst]++;
      for (int k = 0; k < 2; k++) {
        uint32_t x = k ? f->dst : f->src;
        if (first[x] == TMC_NONE)
          first[x] = i;
        else if (second[x] == TMC_NONE && first[x] != i)
          second[x] = i;
      }
    }
  uint32_t found = 0;
  for (uint32_t i = 0; i < n; i++)
    if (ends[i] == 2 && pill(ir, lx, i, first, second, what)) {
      what[i] = PILL;
      found++;
    }
  free(first);
  free(second);
  found += legends(ir, lx, what);
  found += junctions(ir, lx, what);
  /* A title banner: a plain labelled shape nothing flows to, no taller than
   * a line of large text and as wide as most of its page (draw.io's
   * templates open with "Architecture: Retail > Recommendation Engines"). */
  double *x0 = tmc_xmalloc((ir->n_pages + 1) * sizeof *x0);
  double *x1 = tmc_xmalloc((ir->n_pages + 1) * sizeof *x1);
  uint32_t *count = tmc_xcalloc(ir->n_pages + 1, sizeof *count);
  for (uint32_t p = 0; p < ir->n_pages; p++)
    x0[p] = INFINITY, x1[p] = -INFINITY;
  for (uint32_t i = 0; i < n; i++) {
    const tmc_element *e = &ir->elements[i];
    if (!e->has_geom || e->page >= ir->n_pages)
      continue;
    x0[e->page] = fmin(x0[e->page], e->geom.x);
    x1[e->page] = fmax(x1[e->page], e->geom.x + e->geom.w);
    count[e->page]++;
  }
  for (uint32_t i = 0; i < n; i++) {
    const tmc_element *e = &ir->elements[i];
    const char *type = tmc_props_get(&e->props, "type");
    if (what[i] != KEEP || ends[i] || !e->has_geom || e->page >= ir->n_pages || e->icon ||
        e->notation != TMC_NOTATION_DRAWIO || !*e->label || (type && *type) ||
        count[e->page] < 4 || e->geom.h > 60 ||
        e->geom.w < 0.8 * (x1[e->page] - x0[e->page]))
      continue;
    what[i] = TITLE;
    found++;
    tmc_strlist_add(&ir->decorations,
                    tmc_arena_printf(ir->arena,
                                     "title '%s' (cell %s): a banner across the "
                                     "page, dropped",
                                     e->label, e->id));
  }
  free(x0);
  free(x1);
  free(count);
  for (uint32_t i = 0; i < n; i++) {
    const tmc_element *e = &ir->elements[i];
    const char *type = tmc_props_get(&e->props, "type");
    /* Placed page by page below: an element on no page of the IR's would
     * be dropped without a host or a note. */
    if (ends[i] || !e->has_geom || e->page >= ir->n_pages || (type && *type))
      continue;
    /* fe26: of an icon by URL, the file's name says what is pictured;
     * the host and folders only where the set is kept. */
    const char *icon = e->icon;
    if (icon && strstr(icon, "://"))
      icon = strrchr(icon, '/') + 1;
    const char *w = decoration_word(lx, icon);
    if (!w)
      w = decoration_word(lx, e->shape);
    /* An unlabelled library glyph whose stencil row says decoration (an
     * EIP message drawn on a channel) pictures what flows. */
    tmc_stencil st;
    if (!w && !*e->label && e->style &&
        tmc_lexicon_stencil_of_style(lx, e->style, &st, NULL, 0) && st.decoration &&
        strncmp(st.token, "mxgraph.", 8) == 0)
      w = "glyph";
    if (w)
      note[i] = tmc_arena_printf(ir->arena, "%s (%s)", w, e->icon ? e->icon : e->shape);
    else if (badge_number(e->label) && e->geom.w <= 64 && e->geom.h <= 64)
      note[i] = tmc_arena_printf(ir->arena, "step %s", e->label);
    if (note[i]) {
      what[i] = DECORATION;
      found++;
    } else if (!*e->label && e->notation == TMC_NOTATION_DRAWIO &&
               (e->icon || (e->shape && strncmp(e->shape, "mxgraph.", 8) == 0) ||
                picture(lx, e))) {
      /* An unnamed library icon nothing flows to: inside a named card it
       * only pictures what the card is (Salesforce's channel icons in the
       * "Online store" card); elsewhere it stays an element, unless it is
       * a mere picture (below). */
      note[i] = tmc_arena_printf(ir->arena, "icon %s", e->icon ? e->icon : e->shape);
      what[i] = PICTOGRAM;
      found++;
    }
  }
  if (!found)
    goto done;
  /* The elements that may hold one, by page, in one index each. */
  uint32_t *at = tmc_xmalloc((n + 1) * sizeof *at);
  tmc_rect *r = tmc_xmalloc((n + 1) * sizeof *r);
  for (uint32_t p = 0; p < ir->n_pages; p++) {
    uint32_t m = 0;
    for (uint32_t i = 0; i < n; i++)
      if (ir->elements[i].page == p && ir->elements[i].has_geom) {
        at[m] = i;
        r[m++] = ir->elements[i].geom;
      }
    tmc_rectidx *idx = tmc_rectidx_new(r, m);
    host_ctx c = {ir, at, what};
    for (uint32_t k = 0; k < m; k++) {
      uint32_t i = at[k];
      if (what[i] != DECORATION && what[i] != PICTOGRAM)
        continue;
      const tmc_rect *g = &ir->elements[i].geom;
      tmc_rect centre = {g->x + g->w / 2, g->y + g->h / 2, 0, 0};
      uint32_t h = tmc_rectidx_around(idx, &centre, not_decoration, &c);
      if (what[i] == PICTOGRAM) {
        const tmc_element *b = h != TMC_NONE ? &ir->elements[at[h]] : NULL;
        if (b && *b->label && !b->icon && b->geom.w * b->geom.h > 4 * g->w * g->h) {
          tmc_strlist_add(&ir->elements[at[h]].annotations, note[i]);
          what[i] = DECORATION;
        } else if (picture(lx, &ir->elements[i])) {
          /* fe26: a picture with no text of its own or beside it that no
           * arrow reaches (a logo in a corner, an ornament) is the
           * drawing's decoration, not a part of the system. */
          what[i] = DECORATION;
          tmc_strlist_add(&ir->decorations,
                          tmc_arena_printf(ir->arena,
                                           "picture (cell %s): no text, nothing flows "
                                           "to it, dropped",
                                           ir->elements[i].id));
        } else
          what[i] = KEEP;
        continue;
      }
      if (h != TMC_NONE) {
        const tmc_element *b = &ir->elements[at[h]];
        if (!*b->label && !b->icon && !ends[at[h]] &&
            b->geom.w * b->geom.h <= 4 * g->w * g->h + 1) {
          what[at[h]] = BACKGROUND; /* the badge's own backdrop */
          h = tmc_rectidx_around(idx, &b->geom, not_decoration, &c);
        }
      }
      if (h != TMC_NONE) {
        tmc_strlist_add(&ir->elements[at[h]].annotations, note[i]);
        continue;
      }
      /* Not on an element: on the flow whose straight line passes under
       * it, when there are few enough flows to look (a bound, not a scan of
       * every pair on a huge page). Of several, the nearest (ties: the lower
       * flow id), not the first drawn: the same picture drawn in another
       * order puts it on the same flow. */
      tmc_point pc = {centre.x, centre.y};
      uint32_t under = TMC_NONE;
      double best = INFINITY;
      if ((uint64_t)found * ir->n_flows <= 4000000)
        for (uint32_t f = 0; f < ir->n_flows; f++) {
          tmc_flow *x = &ir->flows[f];
          const tmc_element *s = &ir->elements[x->src], *t = &ir->elements[x->dst];
          if (x->page != p || !s->has_geom || !t->has_geom)
            continue;
          tmc_point a = {s->geom.x + s->geom.w / 2, s->geom.y + s->geom.h / 2};
          tmc_point b = {t->geom.x + t->geom.w / 2, t->geom.y + t->geom.h / 2};
          /* Through the waypoints, when the author bent the line. */
          tmc_point prev = a;
          double dist = INFINITY;
          for (uint32_t k2 = 0; k2 <= x->n_pts; k2++) {
            tmc_point next = k2 < x->n_pts ? x->pts[k2] : b;
            dist = fmin(dist, tmc_seg_point_dist(pc, prev, next));
            prev = next;
          }
          if (dist > fmax(g->w, g->h))
            continue;
          if (under == TMC_NONE || dist < best ||
              (dist == best &&
               strcmp(x->id ? x->id : "",
                      ir->flows[under].id ? ir->flows[under].id : "") < 0))
            under = f, best = dist;
        }
      bool on_flow = under != TMC_NONE;
      if (on_flow)
        tmc_strlist_add(&ir->flows[under].annotations, note[i]);
      if (!on_flow)
        tmc_strlist_add(&ir->decorations,
                        tmc_arena_printf(ir->arena, "%s (cell %s): on nothing, dropped",
                                         note[i], ir->elements[i].id));
    }
    tmc_rectidx_free(idx);
  }
  free(at);
  free(r);
  /* Drop decorations and their backgrounds; no flow touches them. */
  uint32_t *map = tmc_xmalloc((n + 1) * sizeof *map), o = 0;
  for (uint32_t i = 0; i < n; i++) {
    if (what[i] != KEEP) {
      map[i] = TMC_NONE;
      tmc_element_release(&ir->elements[i]);
      continue;
    }
    map[i] = o;
    ir->elements[o++] = ir->elements[i];
  }
  ir->n_elements = o;
  /* Flows through a container to a decoration go with it. */
  uint32_t kept = 0;
  for (uint32_t f = 0; f < ir->n_flows; f++) {
    tmc_flow *x = &ir->flows[f];
    x->src = map[x->src];
    x->dst = map[x->dst];
    if (x->src == TMC_NONE || x->dst == TMC_NONE) {
      tmc_flow_release(x);
      continue;
    }
    ir->flows[kept++] = *x;
  }
  ir->n_flows = kept;
  free(map);
done:
  free(what);
  free(ends);
  free(note);
  return 0;
}
