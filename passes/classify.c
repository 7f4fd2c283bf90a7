/* classify.c - decides each element's kind and technology, the one place
 * that does.
 *
 * A written type= (tech=) wins. Otherwise every piece of evidence votes for
 * a kind with a weight (catalogs/words.yaml, words: weights): the draw.io
 * stencil or icon (shapes: stencils, then the icons word table), the label's
 * head noun (words: heads, and a kind word ending the name: "Model serving
 * gateway" is a gateway, "Vector store" a vector store), the other kind and
 * technology words of the label (else of the id), the id prefixes other tools
 * write (pytm's actor_), and the shape read by the page's convention (in a
 * DFD a plain rectangle is an external entity, in an architecture picture a
 * component); a process by default. A generic shape (a cylinder, an ellipse)
 * also backs the specific kinds of its class: an ellipse labelled "GPT-4"
 * is an LLM, refined, not a tie. The kind with the most weight wins and
 * records its strongest piece of evidence; when the runner-up comes close
 * (words: weights: coin_toss) the element gets a warning naming both and the
 * type= that settles it.
 *
 * What the program knows is data: words, heads, technologies, weights,
 * shapes, stencils and icons are the catalog's lexicon (catalogs/words.yaml,
 * catalogs/shapes.yaml, extended by --catalog); front ends only record what
 * they saw. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "catalog/lexicon.h"
#include "passes/passes.h"

/* DOT nodes drawn as nothing but an image or an HTML label. */
static const char *lead_words_say(const tmc_lexicon *lx, const tmc_element *e,
                                  tmc_word_list list);

static bool drawn_as_nothing(const char *shape) {
  return shape &&
         (strcasecmp(shape, "none") == 0 || strcasecmp(shape, "plaintext") == 0 ||
          strcasecmp(shape, "plain") == 0);
}

/* Is a store where keys are kept (head_kind: its head's kind): its head
 * names a secrets store ("secrets", "vault", ".env", "env vars": words.yaml
 * heads' secrets_vault row), or a technology word names a vault product
 * ("Doppler config")? What it holds are the keys to the products its label
 * names, not their data ("Kubernetes secrets (Pinecone key)", "Render env /
 * Actions secrets ... WEAVIATE_ADMIN_KEY"): the vendor qualifies the key,
 * the head says what the box is, and its technology stays the vault's. */
static bool keeps_keys(tmc_kind head_kind, tmc_tech head_tech, tmc_tech word_tech) {
  return head_kind == TMC_KIND_DATA_STORE &&
         (head_tech == TMC_TECH_SECRETS_VAULT || word_tech == TMC_TECH_SECRETS_VAULT);
}

/* A plain rectangle: the shape whose meaning is the page's convention. */
static bool plain_rect(const tmc_element *e) {
  if (!e->shape || (e->look & TMC_LOOK_ROUNDED))
    return false;
  if (e->notation == TMC_NOTATION_DOT)
    return strcasecmp(e->shape, "box") == 0 || strcasecmp(e->shape, "rect") == 0 ||
           strcasecmp(e->shape, "rectangle") == 0 || strcasecmp(e->shape, "square") == 0;
  return e->notation == TMC_NOTATION_DRAWIO &&
         (strcmp(e->shape, "rect") == 0 || strcmp(e->shape, "rectangle") == 0);
}

/* Is this a DFD mark (a process circle, an open-sided store)? */
static bool dfd_mark(const tmc_element *e) {
  if (!e->shape)
    return false;
  const char *s = e->shape;
  switch (e->notation) {
  case TMC_NOTATION_NONE:
    return false;
  case TMC_NOTATION_DOT:
    return strcasecmp(s, "ellipse") == 0 || strcasecmp(s, "oval") == 0 ||
           strcasecmp(s, "circle") == 0 || strcasecmp(s, "doublecircle") == 0 ||
           (drawn_as_nothing(s) && (e->look & TMC_LOOK_OPEN_TABLE));
  case TMC_NOTATION_DRAWIO:
    if (e->look & TMC_LOOK_UNMARKED)
      return false;
    return strcmp(s, "ellipse") == 0 || strcmp(s, "doubleEllipse") == 0 ||
           strcmp(s, "partialRectangle") == 0 || strncmp(s, "mxgraph.dfd.", 12) == 0;
  }
  return false;
}

/* Is this token a library icon (not a built-in shape)? */
static bool icon_token(const char *t) {
  return t && (strncmp(t, "mxgraph.", 8) == 0 || strncmp(t, "img/", 4) == 0);
}

/* Decides each page's convention by counting its marks: DFD when its
 * process circles and open stores outnumber its icons, rounded cards and
 * containers; else architecture. On an architecture page whose plain
 * rectangles outnumber its rounded cards, a plain rectangle is a component;
 * beside more rounded cards it keeps the DFD meaning (the outside). */
static void page_conventions(tmc_ir *ir, const tmc_lexicon *lx) {
  enum { N = 6 }; /* kinds18: [5] counts the rectangles a node default drew */
  uint32_t *cnt = tmc_xcalloc(ir->n_pages ? ir->n_pages * N : 1, sizeof *cnt);
  for (uint32_t i = 0; i < ir->n_elements; i++) {
    const tmc_element *e = &ir->elements[i];
    if (e->page >= ir->n_pages)
      continue;
    uint32_t *c = &cnt[e->page * N];
    tmc_stencil st;
    if (dfd_mark(e))
      c[0]++;
    else if (plain_rect(e)) {
      c[4]++;
      c[5] += (e->look & TMC_LOOK_GRAPH_SHAPE) != 0;
    } else if (e->look & TMC_LOOK_ROUNDED)
      c[1]++;
    else if (e->style && tmc_lexicon_stencil_of_style(lx, e->style, &st, NULL, 0) &&
             icon_token(st.token))
      c[2]++;
  }
  for (uint32_t i = 0; i < ir->n_boundaries; i++)
    if (ir->boundaries[i].page < ir->n_pages &&
        ir->boundaries[i].form == TMC_BOUNDARY_CONTAINER)
      cnt[ir->boundaries[i].page * N + 3]++;
  for (uint32_t p = 0; p < ir->n_pages; p++) {
    const uint32_t *c = &cnt[p * N];
    tmc_page *pg = &ir->pages[p];
    /* kinds18 (K2): rectangles a DOT node default drew (node [shape=box])
     * are the diagram's ordinary nodes, as rounded cards are: where they
     * are as many as its ellipses, the ellipses are the exceptions (its
     * people, its devices), not a DFD's processes. */
    pg->convention = c[0] && c[0] > c[1] + c[2] + c[3] + c[5]
                         ? TMC_CONVENTION_DFD
                         : TMC_CONVENTION_ARCHITECTURE;
    /* Where rounded cards are the components, plain rectangles beside them
     * are the other thing: the outside, as in a DFD. */
    pg->rect_component = pg->convention == TMC_CONVENTION_ARCHITECTURE && c[4] > c[1];
    pg->rect_by_default = pg->rect_component && c[0] && c[0] > c[1] + c[2] + c[3];
    char buf[200], dflt[48] = "";
    if (c[5])
      snprintf(dflt, sizeof dflt, " (%u by the node default)", c[5]);
    snprintf(buf, sizeof buf,
             "%u ellipses and open rectangles; %u rounded cards, %u plain rectangles%s, "
             "%u icons, %u containers",
             c[0], c[1], c[4], dflt, c[2], c[3]);
    pg->convention_reason = tmc_arena_strdup(ir->arena, buf);
  }
  free(cnt);
}

/* Per page, whether its boxes may be read as the components of the
 * system's own zones: pages drawn by hand, not by a generator (pytm,
 * threatcl: the zones pass recognised one of their clusters by its id, and
 * their shapes keep their tools' meanings). Nothing is counted: the box
 * rule's own tests (a zone of the system's, no person or outside party
 * named) decide per box. */
static bool *box_pages(const tmc_ir *ir) {
  bool *g = tmc_xcalloc(ir->n_pages ? ir->n_pages : 1, sizeof *g);
  for (uint32_t p = 0; p < ir->n_pages; p++)
    g[p] = true;
  for (uint32_t i = 0; i < ir->n_boundaries; i++)
    if (ir->boundaries[i].page < ir->n_pages &&
        ir->boundaries[i].zone_source == TMC_SOURCE_CONVENTION)
      g[ir->boundaries[i].page] = false;
  return g;
}

/* A text's head noun as the callers that ask what it names, not how much
 * it weighs, read it (tmc_lexicon_head_w's outputs but the weight): one
 * place instead of five throwaway out-parameters in each (review16). */
typedef struct head_noun {
  tmc_kind kind;
  tmc_tech tech;
  const char *word;
  bool at_end; /* it ends the name, not guessed among a long label's first words */
} head_noun;

static bool verb_code_label(const tmc_lexicon *lx, const char *label);

static bool head_of(const tmc_lexicon *lx, const char *text, head_noun *h) {
  double wt;
  memset(h, 0, sizeof *h);
  return tmc_lexicon_head_w(lx, text, &h->kind, &h->tech, &h->word, &h->at_end, &wt);
}

/* Does a name say an outside party: a vendor or SaaS ("Slack (SaaS)",
 * "Vendor cloud - Anthropic"), or a head noun or kind word naming an
 * external entity ("User's phone", "Partner bank")? A zone's name passes
 * the word that made it a zone as place: that word names the place, not a
 * party ("Acme tenant (prod)" is a cloud tenancy, though a tenant who rents
 * is a person). */
static bool names_outsider(const tmc_lexicon *lx, const char *l, const char *place) {
  tmc_kind k;
  tmc_tech t;
  const char *w;
  double wt;
  if (tmc_lexicon_says(lx, TMC_WORDS_HOSTED, l))
    return true;
  head_noun h;
  if (head_of(lx, l, &h) && h.kind == TMC_KIND_EXTERNAL &&
      !(place && strcasecmp(h.word, place) == 0))
    return true;
  if (tmc_lexicon_tech_word(lx, l, &t, &k, &w) &&
      (k == TMC_KIND_EXTERNAL || t == TMC_TECH_THIRD_PARTY_SAAS))
    return true;
  return tmc_lexicon_kind_word_w(lx, l, &k, &w, &wt) && k == TMC_KIND_EXTERNAL &&
         !(place && strcasecmp(w, place) == 0);
}

/* Do a label's technology words name compute the system runs its own code
 * on (sets.yaml compute: a function, a container, a VM), as in
 * "adyen-webhooks (Lambda)"? Then a vendor it names is the one the code
 * talks to, not what the box is. */
static bool own_compute(const tmc_lexicon *lx, const char *l) {
  tmc_tech t;
  tmc_kind k;
  const char *w;
  return tmc_lexicon_tech_word(lx, l, &t, &k, &w) &&
         TMC_TECHSET_HAS(tmc_lexicon_techs(lx, TMC_TECHS_COMPUTE), t);
}

/* Does a node's label name a third party beyond names_outsider: the
 * outside itself ("External data provider", "Outside counsel"), a source
 * of packages, models or data others publish ("pip packages", "Docker Hub
 * images", "Data broker"), or code others wrote ("Off-the-shelf OCR")?
 * Such a box keeps the DFD reading inside any zone: what the AI rules need
 * from it (an entry, an artifact source, an influence) is its being
 * someone else's. Zone names are not read this way: a cluster named
 * "Plugins" may hold the system's own. */
static bool names_third_party(const tmc_lexicon *lx, const char *l) {
  return tmc_lexicon_says(lx, TMC_WORDS_TRUST_UNTRUSTED, l) ||
         tmc_lexicon_says(lx, TMC_WORDS_ROLE_ARTIFACT_SOURCE, l) ||
         tmc_lexicon_says(lx, TMC_WORDS_OUTSIDE_CODE, l);
}

static bool says_exactly(const tmc_lexicon *lx, tmc_word_list list, const char *text,
                         size_t n);

/* Does a zone named the outside also name a part of the system's own
 * network ("edge / public", "Public DMZ", "Public subnet (VPC)")? Then it
 * is the system's public-facing part, and what is drawn in it is the
 * system's (a partner's zone stays theirs). */
static bool own_public_part(const tmc_lexicon *lx, const char *l) {
  const char *w = tmc_lexicon_says(lx, TMC_WORDS_TRUST_PERIMETER, l);
  /* r2kinds: people named by the word ("partner"), not a part of the
   * network whose name says people too ("public web") */
  if (w && !says_exactly(lx, TMC_WORDS_PEOPLE, w, strlen(w)))
    return true;
  return tmc_lexicon_says(lx, TMC_WORDS_TRUST_INTERNAL, l) != NULL;
}

/* Does a zone's name say it belongs to someone else: the outside, a
 * partner's perimeter not also called internal (the system's own DMZ or
 * edge is its own: own_public_part), or an outside party's own? */
static bool foreign_zone(const tmc_lexicon *lx, const tmc_boundary *x) {
  const char *l = x->label;
  /* precision16: not a zone saying it has no internet ("no internet egress") */
  if (tmc_lexicon_says(lx, TMC_WORDS_TRUST_UNTRUSTED, l) && !own_public_part(lx, l) &&
      !tmc_lexicon_says(lx, TMC_WORDS_CUT_OFF, l))
    return true;
  if (tmc_lexicon_says(lx, TMC_WORDS_TRUST_PERIMETER, l) &&
      !tmc_lexicon_says(lx, TMC_WORDS_TRUST_INTERNAL, l) &&
      !tmc_lexicon_says(lx, TMC_WORDS_TRUST_RESTRICTED, l) && !own_public_part(lx, l))
    return true;
  /* The zone word names the place unless it names people's own things too
   * ("User's phone", "Customer devices" stay theirs). */
  const char *place = x->zone_source == TMC_SOURCE_LABEL_WORD ? x->zone_evidence : NULL;
  if (place && tmc_lexicon_says(lx, TMC_WORDS_PEOPLE, place))
    place = NULL;
  return names_outsider(lx, l, place);
}

/* The innermost boundary around e that is not a grouping, or NULL
 * (outside17, kinds18, own_zone). */
static const tmc_boundary *zone_around(const tmc_ir *ir, const tmc_element *e) {
  uint32_t b = e->boundary;
  for (uint32_t steps = 0; b < ir->n_boundaries && steps < ir->n_boundaries; steps++) {
    const tmc_boundary *x = &ir->boundaries[b];
    if (!x->grouping)
      return x;
    b = x->parent;
  }
  return NULL;
}

/* The system's own zone a hand-drawn DOT node sits in, or NULL: its
 * innermost cluster that is a zone (groupings inside it say nothing), unless
 * that zone's name says it is someone else's (foreign_zone). People
 * sketching their architecture draw their own services as boxes inside their
 * VPC, tenant or internal network; the DFD reading (a rectangle is the
 * outside) would make them all external entities. */
static const tmc_boundary *own_zone(const tmc_ir *ir, const tmc_element *e) {
  const tmc_boundary *x = zone_around(ir, e);
  return x && x->form == TMC_BOUNDARY_CLUSTER && !x->foreign ? x : NULL;
}

/* A DOT store shape drawn for a store on purpose (shapes.yaml's store rows
 * that are not loose: the cylinder), so a store whatever its words or zone. */
static bool sure_store_shape(const tmc_lexicon *lx, const char *shape) {
  tmc_kind kind;
  const char *name;
  return shape && tmc_lexicon_dot_shape(lx, shape, &kind, &name) &&
         tmc_kind_dfd(kind) == TMC_DFD_STORE && !tmc_lexicon_dot_loose(lx, shape);
}

/* The kind a label's words name: its head noun's, else a kind word's; *w
 * the word. */
static bool words_kind(const tmc_lexicon *lx, const char *l, tmc_kind *k,
                       const char **w) {
  tmc_tech t;
  bool at_end;
  double wt;
  return tmc_lexicon_head_w(lx, l, k, &t, w, &at_end, &wt) ||
         tmc_lexicon_kind_word_w(lx, l, k, w, &wt);
}

/* Named as a model, an LLM, an agent tool or a model registry (by its head
 * noun, else a kind word): a vendor's model, a plugin others wrote and a
 * public model hub are still that, wherever they are drawn ("Gemini 1.5
 * Pro" beside the page, "TravelPal plugin" outside the network, "Hugging
 * Face Hub" in a cloud: the supply-chain rules read the registry). A head
 * naming something else decides ("Plugin marketplace" is a marketplace). */
static bool names_ai_code(const tmc_lexicon *lx, const char *l) {
  tmc_kind k;
  const char *w;
  if (!words_kind(lx, l, &k, &w))
    return false;
  /* llmkind18 (K3, from kinds17b-k1): a vendor's API named with the LLM
   * family it serves ("Mistral Large 2 Azure AI Foundry serverless API",
   * "Llama 3.1 405B watsonx.ai API") is that LLM (as classify_one's
   * models15 step reads it), wherever it is drawn. */
  tmc_kind lk;
  const char *lw;
  double lwt;
  if (k == TMC_KIND_PROCESS && tmc_lexicon_says(lx, TMC_WORDS_API, w) &&
      tmc_lexicon_says(lx, TMC_WORDS_HOSTED, l) &&
      tmc_lexicon_kind_word_w(lx, l, &lk, &lw, &lwt) && lk == TMC_KIND_LLM)
    return true;
  return k == TMC_KIND_LLM || k == TMC_KIND_MODEL || k == TMC_KIND_AGENT_TOOL ||
         k == TMC_KIND_MODEL_REGISTRY;
}

/* fe23: does label l say an LLM anywhere in it, as a kind word ("Mobile
 * app (on-device LLM)"), or a model with a word for models shipped inside
 * apps ("Scanner (TFLite detector)")? A phone "receiving fraud model
 * alerts" runs no model. */
static bool runs_model(const tmc_lexicon *lx, const char *l) {
  tmc_kind k;
  const char *w;
  double wt;
  return l && tmc_lexicon_kind_word_w(lx, l, &k, &w, &wt) &&
         (k == TMC_KIND_LLM ||
          (k == TMC_KIND_MODEL && tmc_lexicon_says(lx, TMC_WORDS_ON_DEVICE, l)));
}

/* Does label l name an LLM ("Gemini 2.5 Pro (Google AI API)")? A vendor's
 * LLM drawn among the outside services is still the LLM the system calls:
 * the zone says whose it is, not what it is. */
static bool names_llm(const tmc_lexicon *lx, const char *l) {
  tmc_kind k;
  const char *w;
  return words_kind(lx, l, &k, &w) && k == TMC_KIND_LLM;
}

/* Per page, the system's own zone that makes a node left outside every
 * cluster the outside, or NULL: on a hand-drawn DOT page (boxes) that draws
 * at least two nodes inside the system's own zones and no more outside
 * every cluster than inside them, the author drew the system in its
 * clusters and left the others (people, vendors, the web, package indexes)
 * beside them, in whatever shape (ovals, circles, components). Sets
 * sends[i] when element i sends something (a flow from it, or either end
 * of a two-way flow): what feeds the system from beside it is the outside;
 * what only receives there keeps what its words and shape say. Sets
 * clustered[p] when page p draws at least two nodes in the system's own
 * zones however many it leaves outside them: a node drawn dashed beside
 * those clusters is then someone else's (docs/kinds.md, b34a), a weaker
 * sign than the whole page being drawn so, which the outside zone needs. */
static const tmc_boundary **outside_pages(const tmc_ir *ir, const tmc_lexicon *lx,
                                          const bool *boxes, bool *sends,
                                          bool *clustered) {
  uint32_t np = ir->n_pages ? ir->n_pages : 1;
  const tmc_boundary **z = tmc_xcalloc(np, sizeof *z);
  uint32_t *in = tmc_xcalloc(np, sizeof *in), *out = tmc_xcalloc(np, sizeof *out);
  for (uint32_t i = 0; i < ir->n_elements; i++) {
    const tmc_element *e = &ir->elements[i];
    if (e->notation != TMC_NOTATION_DOT || e->page >= ir->n_pages || !boxes[e->page])
      continue;
    if (e->boundary >= ir->n_boundaries) {
      out[e->page]++;
      continue;
    }
    const tmc_boundary *own = own_zone(ir, e);
    if (own) {
      in[e->page]++;
      if (!z[e->page])
        z[e->page] = own;
    }
  }
  for (uint32_t p = 0; p < ir->n_pages; p++) {
    clustered[p] = in[p] >= 2;
    if (in[p] < 2 || out[p] > in[p])
      z[p] = NULL;
  }
  for (uint32_t f = 0; f < ir->n_flows; f++) {
    if (ir->flows[f].src < ir->n_elements)
      sends[ir->flows[f].src] = true;
    if (ir->flows[f].bidirectional && ir->flows[f].dst < ir->n_elements)
      sends[ir->flows[f].dst] = true;
  }
  free(in);
  free(out);
  return z;
}

/* The last two parts of an image path (its folder and file name), lower
 * case, for the icon words; and the file stem with '-' and '_' as spaces,
 * for the technology words. */
static void image_names(const char *path, char *tail, size_t nt, char *stem, size_t ns) {
  const char *end = path + strlen(path), *p = end, *cut = path;
  int slashes = 0;
  while (p > path) {
    p--;
    if (*p == '/' || *p == '\\') {
      if (++slashes == 2) {
        cut = p + 1;
        break;
      }
    }
  }
  size_t n = 0;
  for (const char *q = cut; *q && n + 1 < nt; q++)
    tail[n++] = (char)tolower((unsigned char)*q);
  tail[n] = 0;
  const char *base = strrchr(tail, '/');
  base = base ? base + 1 : tail;
  n = 0;
  for (const char *q = base; *q && *q != '.' && n + 1 < ns; q++)
    stem[n++] = *q == '-' || *q == '_' ? ' ' : *q;
  stem[n] = 0;
}

/* A DOT node drawn as an image: the icon words of its file name decide its
 * kind (evidence: the file name), the technology words its technology
 * (which words on the label refine). */
static void image_kind(const tmc_lexicon *lx, tmc_element *e, tmc_arena *a,
                       double *own_w) {
  const char *img = tmc_props_get(&e->props, "image");
  if (!img || !*img)
    return;
  char tail[160], stem[96];
  image_names(img, tail, sizeof tail, stem, sizeof stem);
  tmc_kind k;
  if (tmc_lexicon_icon_w(lx, tail, &k, own_w)) {
    e->shape_source = TMC_SOURCE_ICON;
    e->shape_kind = k;
    e->shape_evidence = tmc_arena_strdup(a, tail);
  }
  tmc_tech t;
  tmc_kind tk;
  const char *w;
  /* The image's technology is the drawing's (a shape's: the label's
   * technology words still name a more precise one, "SQL Database" on a
   * generic datastore.png). */
  if (*stem && tmc_lexicon_tech_word(lx, stem, &t, &tk, &w)) {
    e->tech = t;
    e->tech_source = TMC_SOURCE_SHAPE;
    e->tech_evidence = tmc_arena_strdup(a, tail);
  }
}

/* The name part of an element's label: its name line where it has one
 * (tmc_element.name_line), else its label, up to a parenthesis: "Argo CD
 * (auto-sync, cluster-admin)" is named Argo CD; the parenthesis says how it
 * runs, and a privilege there ("cluster-admin") is nobody drawn. Into buf. */
static const char *name_part(const tmc_element *e, char *buf, size_t size) {
  const char *n = e->name_line ? e->name_line : e->label;
  /* snprintf(buf, size, "%.*s", ...) without glibc's printf: called for every
   * element by several rules of the read. */
  size_t len = strcspn(n, "(");
  if (len >= size)
    len = size - 1;
  memcpy(buf, n, len);
  buf[len] = '\0';
  return buf;
}

/* d36c: the name part of a product set up with an add-on ("Moodle +
 * PyFeedback plugin": "Moodle"), whose words say whose the box is; else
 * the name part. In buf. */
static const char *product_part(const tmc_lexicon *lx, const tmc_element *e, char *buf,
                                size_t size) {
  name_part(e, buf, size);
  size_t host = tmc_lexicon_addon_host(lx, buf);
  if (host)
    buf[host] = '\0';
  return buf;
}

/* What the drawing alone says: a stencil or icon, a convention, a style
 * shape or a shape. Sets the element's shape_* verdict (source NONE when it
 * says nothing) and, from a stencil, its technology. */
static void drawing_kind(const tmc_lexicon *lx, const tmc_ir *ir, const bool *boxes,
                         const tmc_boundary *const *outside, bool sends, bool gets,
                         bool zoned_page, tmc_element *e, tmc_arena *a,
                         const char **unknown_out, bool *card, double *own_w) {
  tmc_kind k;
  const char *name;
  const tmc_boundary *zone;
  char np[512]; /* the name part (name_part) */
  e->shape_source = TMC_SOURCE_NONE;
  *card = false;
  *own_w = 0;
  bool rect_component = e->page < ir->n_pages && ir->pages[e->page].rect_component;
  bool architecture = e->page < ir->n_pages &&
                      ir->pages[e->page].convention == TMC_CONVENTION_ARCHITECTURE;
  switch (e->notation) {
  case TMC_NOTATION_NONE:
    return;
  case TMC_NOTATION_DOT: {
    /* lanes17: a node whose terraform address names a resource type
     * (frontend/dot.c: "[root] aws_iot_topic_rule.gap_events (expand)") is
     * what that type is, by its row in the stencil table (shapes.yaml,
     * "Infrastructure-as-code resource types"): what the generator meant,
     * like an icon. A type the table lacks leaves the drawing to decide. */
    tmc_stencil rt;
    if (e->icon && tmc_lexicon_stencil(lx, e->icon, &rt) && rt.has_kind) {
      e->shape_source = TMC_SOURCE_ICON;
      e->shape_kind = rt.kind;
      e->shape_evidence = tmc_arena_printf(a, "resource type %s", e->icon);
      *own_w = rt.weight;
      if (rt.tech != TMC_TECH_NONE) {
        e->tech = rt.tech;
        e->tech_source = TMC_SOURCE_ICON;
        e->tech_evidence = e->shape_evidence;
      }
      return;
    }
  }
    /* A node drawn as nothing but an image is what its image names: pytm's
     * stores are datastore_*.png, diagram generators' icons are named by
     * product and category (resources/aws/database/rds.png). An image
     * whose name says nothing leaves the words to decide. Older pytm draws
     * stores as an HTML table open at the sides. */
    if (drawn_as_nothing(e->shape) && (e->look & TMC_LOOK_IMAGE)) {
      image_kind(lx, e, a, own_w);
    } else if (drawn_as_nothing(e->shape) && (e->look & TMC_LOOK_OPEN_TABLE)) {
      e->shape_source = TMC_SOURCE_CONVENTION;
      e->shape_kind = TMC_KIND_DATA_STORE;
      e->shape_evidence = "shape=none with a table open at the sides (pytm data store)";
    } else if (e->page < ir->n_pages && (zone = outside[e->page]) != NULL &&
               e->boundary >= ir->n_boundaries && sends &&
               !(e->look & TMC_LOOK_DEFAULT_SHAPE) && !sure_store_shape(lx, e->shape) &&
               /* kinds26: a registry's name leading it names the image, not
                * a model of the system's ("ghcr.io/.../vllm-openai") */
               (!names_ai_code(lx, e->label) ||
                lead_words_say(lx, e, TMC_WORDS_IMAGE_REGISTRIES)) &&
               /* kinds28 (K4): nor the window people chat with the system
                * in ("Spjallgluggi (Teams)"), drawn beside them */
               !tmc_lexicon_says(lx, TMC_WORDS_CHAT_FRONT_ENDS,
                                 name_part(e, np, sizeof np))) {
      /* Left beside the clusters the system is drawn in, in a shape its
       * author chose, sending something in: not the system's (a cylinder
       * stays a store; a model or tool stays one; Graphviz's default
       * ellipse says nothing). */
      e->shape_source = TMC_SOURCE_ZONE;
      e->shape_kind = TMC_KIND_EXTERNAL;
      e->shape_evidence =
          tmc_arena_printf(a, "outside every cluster (the system is drawn inside '%s')",
                           *zone->label ? zone->label : zone->id);
      *own_w = tmc_lexicon_outside_weight(lx);
    } else if ((e->look & TMC_LOOK_DASHED) && e->boundary >= ir->n_boundaries &&
               (!(sends && gets) || zoned_page) && !sure_store_shape(lx, e->shape) &&
               tmc_lexicon_dot_shape_w(lx, e->shape, &k, &name, own_w) &&
               tmc_kind_dfd(k) != TMC_DFD_STORE) {
      /* b34a: a node outlined dashed or dotted outside every cluster is
       * set apart from the system's parts, as g31d reads draw.io's dashed
       * rectangles: the people and services added by hand to a generated
       * drawing (a compose or deployment export), the vendors and feeds
       * beside a DFD. As a convention weighs: its words still decide a
       * model, an LLM or a store ("gpt-4.1 (dashed)"). One drawn between
       * parts (a dotted "Fraud scoring" step between the shop and its
       * orders) is a part drawn as optional or planned, as DOT's dashes
       * often say (review30), unless the page draws its system inside
       * its own clusters: there what is left beside them dashed is the vendor's
       * console or gateway the system goes through ("lock vendor's cloud
       * console" between the tablet and the locks, a card gateway posting
       * back to the site), however the flows run. Read before the box's
       * architecture default, which would make it a component. */
      e->shape_source = TMC_SOURCE_CONVENTION;
      e->shape_kind = TMC_KIND_EXTERNAL;
      e->shape_evidence = tmc_arena_printf(
          a, "%s drawn dashed outside every cluster (the outside)", name);
      *own_w = 0;
    } else if (plain_rect(e) && rect_component &&
               !((e->look & TMC_LOOK_GRAPH_SHAPE) &&
                 (((zone = zone_around(ir, e)) != NULL &&
                   ((foreign_zone(lx, zone) && !zone->open) ||
                    (ir->pages[e->page].rect_by_default && own_zone(ir, e) != NULL))) ||
                  (ir->pages[e->page].rect_by_default && outside[e->page] != NULL &&
                   e->boundary >= ir->n_boundaries)))) {
      /* kinds18 (K2): the node default's box is a component unless drawn
       * in a zone someone else's name heads ("Mail vendor"); in the
       * system's own zone the zone's rule below says so, naming it; left
       * beside the clusters the system is drawn in, it keeps the DFD
       * reading (a partner's system it only hands files). */
      e->shape_source = TMC_SOURCE_CONVENTION;
      e->shape_kind = TMC_KIND_PROCESS;
      e->shape_evidence = "box on an architecture page (a component)";
    } else if (plain_rect(e) && e->page < ir->n_pages && boxes[e->page] &&
               (own_compute(lx, e->label) ||
                /* b36d: a verb-led code name's object is no person and
                 * no party ("predict_candidates", a workflow's rule) */
                verb_code_label(lx, e->label) ||
                (!tmc_lexicon_says(lx, TMC_WORDS_PEOPLE,
                                   product_part(lx, e, np, sizeof np)) &&
                 !tmc_lexicon_says(lx, TMC_WORDS_SOURCES_IN, e->label) &&
                 !names_outsider(lx, np, NULL) && !names_third_party(lx, np))) &&
               (zone = own_zone(ir, e)) != NULL) {
      /* A box inside the system's own zone is one of its components,
       * unless its words name a person or an outside party ("Employee",
       * "Treasury analyst", "Partner bank"): those keep the DFD reading.
       * kinds33: code others wrote counts in its name part only ("Web
       * rezervacije\n(WordPress + plugin za kampove)" runs a plugin;
       * "Third-party plugins" are theirs; d36c: so does the add-on a
       * product's name joins with "+": "Moodle + PyFeedback plugin").
       * Named as code on the system's compute ("adyen-webhooks (Lambda)")
       * it is the system's code for that party.
       * Where it is drawn is its evidence (source zone, which the roles
       * pass reads). It says "a component", not which kind: it weighs as a
       * rounded card does, so any word naming a kind outvotes it ("Docs
       * index (pgvector)" stays a vector store, "Kaggle" a dataset). */
      e->shape_source = TMC_SOURCE_ZONE;
      e->shape_kind = TMC_KIND_PROCESS;
      e->shape_evidence =
          zone->open
              ? tmc_arena_printf(a,
                                 "box inside '%s', a party's system drawn with its parts "
                                 "(a component)",
                                 *zone->label ? zone->label : zone->id)
              : tmc_arena_printf(a, "box inside the system's zone '%s' (a component)",
                                 *zone->label ? zone->label : zone->id);
      *card = true;
    } else if (tmc_lexicon_dot_shape_w(lx, e->shape, &k, &name, own_w)) {
      e->shape_source = TMC_SOURCE_SHAPE;
      e->shape_kind = k;
      e->shape_evidence = tmc_arena_strdup(a, name);
    }
    return;
  case TMC_NOTATION_DRAWIO:
    break;
  }
  /* b35a: a mind map's node or an underlined text marks no kind (frontend
   * drawio.c unmarked): its words decide, else the flows and the default */
  if (!(e->look & TMC_LOOK_UNMARKED) &&
      tmc_lexicon_drawio_shape_w(lx, e->shape, &k, &name, own_w)) {
    e->shape_source = TMC_SOURCE_STYLE;
    e->shape_kind = k;
    e->shape_evidence = e->shape;
    /* A rounded rectangle is the Gane-Sarson process; a plain one the
     * external entity of a DFD, a component of an architecture picture.
     * shape=rectangle is draw.io's own name for the default rectangle. */
    if ((strcmp(e->shape, "rect") == 0 || strcmp(e->shape, "rectangle") == 0) &&
        (e->look & TMC_LOOK_ROUNDED)) {
      e->shape_source = TMC_SOURCE_CONVENTION;
      e->shape_kind = TMC_KIND_PROCESS;
      e->shape_evidence = "style rounded rectangle";
      /* On an architecture page a rounded card holds a component of any
       * kind: the words on it decide. */
      *card = architecture;
    } else if (plain_rect(e) && (e->look & TMC_LOOK_DASHED) &&
               e->boundary >= ir->n_boundaries) {
      /* g31d (blind31): a plain rectangle drawn dashed outside every
       * boundary is set apart from the system's parts: the vendor's or the
       * agency's service it only calls or hears from ("SumUp Online
       * Payments", "DVSA test booking"), as a DFD draws the outside; its
       * words still decide a model or a store ("GPT-4o (dashed)") */
      e->shape_source = TMC_SOURCE_CONVENTION;
      e->shape_kind = TMC_KIND_EXTERNAL;
      e->shape_evidence = "dashed rectangle outside every boundary (the outside)";
    } else if (plain_rect(e) && rect_component) {
      e->shape_source = TMC_SOURCE_CONVENTION;
      e->shape_kind = TMC_KIND_PROCESS;
      e->shape_evidence = "plain rectangle on an architecture page (a component)";
    } else if (plain_rect(e) && e->page < ir->n_pages && boxes[e->page] &&
               own_compute(lx, e->label) && (zone = zone_around(ir, e)) != NULL &&
               !zone->foreign) {
      /* pure32: on a DFD page a plain rectangle is the outside, but one
       * inside the system's own zone named as code on the system's compute
       * ("Tasting-note writer (Cloud Function)", "Invoice parser (Lambda)")
       * is a component, as the DOT box rule reads it: the outside does not
       * run in our cloud project. It weighs as a card: a word naming a kind
       * still decides. */
      e->shape_source = TMC_SOURCE_ZONE;
      e->shape_kind = TMC_KIND_PROCESS;
      e->shape_evidence =
          tmc_arena_printf(a,
                           "rectangle inside the system's zone '%s' named as code on "
                           "its compute (a component)",
                           *zone->label ? zone->label : zone->id);
      *card = true;
    }
  }
  /* The stencil table: a library icon (or a built-in shape's carried key)
   * decides its kind; a built-in shape's own row only adds a technology. An unknown
   * library token falls back to the icon words, then to the shape, and says so
   * (*unknown_out). */
  tmc_stencil st;
  char unknown[128];
  if (tmc_lexicon_stencil_of_style(lx, e->style, &st, unknown, sizeof unknown)) {
    if (st.tech != TMC_TECH_NONE) {
      e->tech = st.tech;
      e->tech_source = icon_token(st.token) ? TMC_SOURCE_ICON : TMC_SOURCE_STYLE;
      e->tech_evidence = st.token;
    }
    /* A built-in shape's carried key is as specific as an icon: a sequence
     * lifeline's head (umlLifeline;participant=umlEntity) says what it is. */
    if (st.has_kind && (icon_token(st.token) || strchr(st.token, ';'))) {
      e->shape_source = TMC_SOURCE_ICON;
      e->shape_kind = st.kind;
      e->shape_evidence = st.token;
      *own_w = st.weight;
      if (st.weight > 0 && st.weight <= tmc_lexicon_card_weight(lx) &&
          tmc_kind_dfd(st.kind) == TMC_DFD_STORE)
        e->look |= TMC_LOOK_LIGHT_STORE;
      return;
    }
  }
  /* Icons the table lacks: the words in their name (resIcon or prIcon, else
   * the shape) after the library's, which names no kind: "aws3" and
   * "aws3d" hold "s3", and every icon of those libraries read as a bucket
   * (tests/blind29 hronska: people, servers and data centres drawn as AWS
   * 3D stencils all stores). The DFD and flowchart libraries are shapes,
   * not icons. */
  const char *icon = e->icon ? e->icon : e->shape;
  if (icon && strncmp(icon, "mxgraph.", 8) == 0 && !strstr(icon, "mxgraph.dfd.") &&
      !strstr(icon, "mxgraph.flowchart.")) {
    const char *lib_end = strchr(icon + 8, '.');
    const char *part = lib_end && lib_end[1] ? lib_end + 1 : icon + 8;
    char low[128];
    size_t n = 0;
    for (; part[n] && n + 1 < sizeof low; n++)
      low[n] = (char)tolower((unsigned char)part[n]);
    low[n] = 0;
    double w;
    if (tmc_lexicon_icon_w(lx, low, &k, &w)) {
      e->shape_source = TMC_SOURCE_ICON;
      e->shape_kind = k;
      e->shape_evidence = icon;
      *own_w = w;
      return;
    }
  }
  if (*unknown)
    *unknown_out = tmc_arena_strdup(a, unknown);
  /* A card with no icon of its own whose one icon inside is a data icon
   * (a database, a bucket) describes data: it is drawn as a store. */
  if (e->inner_icon && e->shape_source != TMC_SOURCE_ICON &&
      tmc_lexicon_stencil_of_style(lx, e->inner_icon, &st, NULL, 0) && st.has_kind &&
      icon_token(st.token) && tmc_kind_dfd(st.kind) == TMC_DFD_STORE) {
    e->shape_source = TMC_SOURCE_ICON;
    e->shape_kind = st.kind;
    e->shape_evidence = tmc_arena_printf(a, "%s inside it", st.token);
    *card = false;
    *own_w = st.weight;
    if (st.tech != TMC_TECH_NONE && e->tech_source == TMC_SOURCE_NONE) {
      e->tech = st.tech;
      e->tech_source = TMC_SOURCE_ICON;
      e->tech_evidence = e->shape_evidence;
    }
  }
}

/* A DOT store shape drawn for anything (shapes.yaml's loose rows: box3d,
 * note, folder, tab; not the cylinder), so in the outside's zone it is the
 * outside ("Customer app" drawn as a box3d among the customers). */
static bool loose_store(const tmc_lexicon *lx, const tmc_element *e) {
  return e->notation == TMC_NOTATION_DOT && e->shape_source == TMC_SOURCE_SHAPE &&
         tmc_kind_dfd(e->shape_kind) == TMC_DFD_STORE &&
         tmc_lexicon_dot_loose(lx, e->shape);
}

/* A store-shaped element named by a process-class word stays a store
 * unless the word is a store-class kind ("LLM cache" drawn as a cylinder is a
 * data store, not an LLM); the other direction likewise. A loose store
 * shape (a box3d, a folder) keeps no word from voting: it is drawn for
 * cameras and workstations as often as for files. */
/* fe23: nor does a store row no heavier than a card (an entity lifeline
 * named "GPT-4o" is the LLM: the participant's head only says "data" where
 * the words name nothing else). */
static bool compatible(const tmc_lexicon *lx, const tmc_element *e, tmc_kind k) {
  if (e->shape_source == TMC_SOURCE_NONE || loose_store(lx, e) ||
      (e->look & TMC_LOOK_LIGHT_STORE))
    return true;
  tmc_dfd shape = tmc_kind_dfd(e->shape_kind), word = tmc_kind_dfd(k);
  if (shape == TMC_DFD_STORE)
    return word == TMC_DFD_STORE;
  if (word == TMC_DFD_STORE)
    return shape != TMC_DFD_ENTITY || e->shape_kind == TMC_KIND_EXTERNAL;
  return true;
}

/* Is label only word (spaces around it aside, any case)? */
static bool only_word(const char *label, const char *word) {
  while (isspace((unsigned char)*label))
    label++;
  size_t n = strlen(word);
  if (strncasecmp(label, word, n) != 0)
    return false;
  for (label += n; *label; label++)
    if (!isspace((unsigned char)*label))
      return false;
  return true;
}

/* Is a label's name part (before a comma, colon, semicolon, parenthesis,
 * bracket or " - ") nothing but word, any case? "Adyen", "SendGrid
 * (receipts)" and "kafka: order-events" name the product they are; "Stripe
 * card payments" names something done with it. */
static bool names_only(const char *label, const char *word) {
  while (isspace((unsigned char)*label))
    label++;
  size_t n = strlen(word);
  if (!n || strncasecmp(label, word, n) != 0)
    return false;
  const char *p = label + n;
  while (*p == ' ' || *p == '\t' || *p == '\n')
    p++;
  return !*p || strchr(",:;([", *p) || (p > label + n && p[0] == '-' && p[1] == ' ');
}

/* precision22 (E): does the label name a step of a flowchart by its verb
 * and where it sends (words.yaml step_verbs: "✅ Send to LLM", "Forward to
 * OpenAI", "Upload to S3")? The length of the label up to the preposition
 * (words.yaml step_prepositions: "to", "into", "via") after the leading verb
 * (pictographs and marks before it skipped), else 0. */
static size_t step_len(const tmc_lexicon *lx, const char *label) {
  const char *p = label;
  while (*p && !isalnum((unsigned char)*p))
    p++;
  size_t n = 0;
  while (isalpha((unsigned char)p[n]))
    n++;
  if (!n || n >= 32 || p[n] != ' ')
    return 0;
  char verb[32];
  memcpy(verb, p, n);
  verb[n] = 0;
  const char *said = tmc_lexicon_says(lx, TMC_WORDS_STEP_VERBS, verb);
  if (!said || strlen(said) != n)
    return 0;
  const char *q = p + n;
  while (*q == ' ')
    q++;
  /* the word after the verb, then a space (the target's name follows) */
  size_t m = 0;
  while (isalpha((unsigned char)q[m]))
    m++;
  if (!m || m >= sizeof verb || q[m] != ' ')
    return 0;
  char prep[sizeof verb];
  memcpy(prep, q, m);
  prep[m] = 0;
  const char *to = tmc_lexicon_says(lx, TMC_WORDS_STEP_PREPOSITIONS, prep);
  return to && strlen(to) == m ? (size_t)(q - label) : 0;
}

/* The generic kind of each DFD class, which the specific ones refine. */
static bool generic(tmc_kind k) {
  switch (k) {
  case TMC_KIND_EXTERNAL:
  case TMC_KIND_PROCESS:
  case TMC_KIND_DATA_STORE:
    return true;
  case TMC_KIND_MODEL:
  case TMC_KIND_LLM:
  case TMC_KIND_VECTOR_STORE:
  case TMC_KIND_DATASET:
  case TMC_KIND_PIPELINE:
  case TMC_KIND_MODEL_REGISTRY:
  case TMC_KIND_FEATURE_STORE:
  case TMC_KIND_AGENT_TOOL:
    return false;
  case TMC_KIND_COUNT:
    break;
  }
  return false;
}

/* fe24: an icon row that weighs no more than a rounded card (a generic
 * server of the older Microsoft stencils, a value-stream process box) says
 * "something runs here" as a card does: where the words name a model or an
 * LLM of another kind ("bge-m3 embedding server" on a server icon, beside an
 * LLM drawn on the same icon), it adds nothing to the head noun against
 * them, as an unknown stencil did not. */
static bool light_icon_unsaid(const tmc_lexicon *lx, const tmc_element *e, double own_w) {
  tmc_kind k;
  const char *w;
  double wt;
  return e->shape_source == TMC_SOURCE_ICON && own_w > 0 &&
         own_w <= tmc_lexicon_card_weight(lx) && e->label &&
         tmc_lexicon_kind_word_w(lx, e->label, &k, &w, &wt) && tmc_kind_is_ai(k) &&
         k != e->shape_kind;
}

/* The votes for one element: per kind, the total weight and the strongest
 * piece of evidence (the first of equal ones). */
typedef struct ballot {
  double total[TMC_KIND_COUNT];
  double best[TMC_KIND_COUNT];
  tmc_source src[TMC_KIND_COUNT];
  const char *ev[TMC_KIND_COUNT];
  uint32_t order[TMC_KIND_COUNT]; /* when the kind got its first vote */
  uint32_t n;
  bool no_tool; /* the page draws no AI: a word names no agent tool there */
} ballot;

static void vote(ballot *b, tmc_kind k, double w, tmc_source s, const char *ev) {
  if (w <= 0)
    return;
  if (b->no_tool && k == TMC_KIND_AGENT_TOOL &&
      (s == TMC_SOURCE_HEAD_NOUN || s == TMC_SOURCE_LABEL_WORD))
    return;
  if (b->total[k] == 0)
    b->order[k] = ++b->n;
  b->total[k] += w;
  if (w > b->best[k]) {
    b->best[k] = w;
    b->src[k] = s;
    b->ev[k] = ev;
  }
}

/* The winner, and the runner-up (TMC_KIND_COUNT if none). */
static tmc_kind count(const ballot *b, tmc_kind *second) {
  tmc_kind win = TMC_KIND_COUNT;
  *second = TMC_KIND_COUNT;
  for (int k = 0; k < TMC_KIND_COUNT; k++) {
    if (b->total[k] <= 0)
      continue;
    if (win == TMC_KIND_COUNT || b->total[k] > b->total[win] ||
        (b->total[k] == b->total[win] && b->order[k] < b->order[win])) {
      *second = win;
      win = (tmc_kind)k;
    } else if (*second == TMC_KIND_COUNT || b->total[k] > b->total[*second] ||
               (b->total[k] == b->total[*second] && b->order[k] < b->order[*second]))
      *second = (tmc_kind)k;
  }
  return win;
}

static void evidence_words(tmc_buf *out, tmc_source s, const char *ev) {
  tmc_element tmp = {0};
  tmp.kind_source = s;
  tmp.kind_evidence = ev;
  tmc_element_kind_reason(out, &tmp);
}

static void set_tech(tmc_element *e, tmc_tech t, tmc_source s, const char *ev) {
  if (t == TMC_TECH_NONE || e->tech_source == TMC_SOURCE_ATTRIBUTE)
    return;
  /* An icon's technology stands; words add one where the drawing named none. */
  if (e->tech_source == TMC_SOURCE_ICON)
    return;
  e->tech = t;
  e->tech_source = s;
  e->tech_evidence = ev;
}

/* Is this token a function's name as code spells it: lower case, words
 * joined by underscores ("run_shell", "git_commit")? */
static bool snake_token(const char *p, size_t n) {
  bool under = false;
  if (!n || !islower((unsigned char)p[0]) || p[n - 1] == '_')
    return false;
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)p[i];
    if (c == '_')
      under = true;
    else if (!islower(c) && !isdigit(c))
      return false;
  }
  return under;
}

/* Is a label nothing but function names ("issue_refund", "git_commit /
 * git_push", "install_deps (pip / npm)": a remark in parentheses aside)?
 * What an agent calls by such a name is one of its tools. */
static bool function_names(const char *label) {
  size_t names = 0;
  const char *p = label;
  while (*p && *p != '(') {
    while (*p == ' ' || *p == '/' || *p == ',' || *p == '\n')
      p++;
    if (!*p || *p == '(')
      break;
    size_t n = strcspn(p, " /,(\n");
    if (!snake_token(p, n))
      return false;
    names++;
    p += n;
  }
  return names > 0;
}

/* callees15: what an agent calls, read from the name it calls it by. */

/* Is p[0..n) a camelCase name as code spells it ("getWeather",
 * "lookupOrderStatus"): two lower-case letters or more, then a capital that
 * lower-case letters follow, letters and digits only? "iPhone", "eBay" and
 * "macOS" are products. */
static bool camel_token(const char *p, size_t n) {
  size_t lower = 0, i = 0;
  while (i < n && islower((unsigned char)p[i]))
    lower++, i++;
  if (lower < 2 || i == n)
    return false;
  bool hump = false;
  for (; i < n; i++) {
    unsigned char c = (unsigned char)p[i];
    if (!isalnum(c))
      return false;
    if (islower(c) && i > 0 && isupper((unsigned char)p[i - 1]))
      hump = true;
  }
  return hump;
}

/* The lower-cased words of a PascalCase name ("SendEmailTool": "send email
 * tool") into buf, or 0 when it has fewer than two humps or is not one. */
static size_t pascal_words(const char *p, size_t n, char *buf, size_t size) {
  size_t humps = 0, o = 0;
  if (!n || !isupper((unsigned char)p[0]))
    return 0;
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)p[i];
    if (!isalnum(c))
      return 0;
    if (isupper(c) && (i + 1 < n && islower((unsigned char)p[i + 1]))) {
      humps++;
      if (o && o + 1 < size)
        buf[o++] = ' ';
    }
    if (o + 1 < size)
      buf[o++] = (char)tolower(c);
  }
  buf[o] = '\0';
  return humps >= 2 ? o : 0;
}

/* What a label says an agent calls it by. */
typedef struct callable {
  size_t names;           /* how many code names lead the label (0: none) */
  size_t span;            /* the length of the label's part they take */
  bool call;              /* one is written as a call: "writeFile()", "search(q)" */
  bool store;             /* one names a store: "session_cache" */
  const char *verb_store; /* a verb before a store's noun: "search_index" */
  const char *verb; /* the verb one of them starts with ("create_ticket"), or NULL */
  const char *kind; /* the callable word a prefix or a class name says ("function:
                       lookup_order", "SendEmailTool"), or NULL */
} callable;

/* One code name at p: a snake_case or camelCase name, a member of an object
 * ("github.create_issue"), a call ("getWeather()", "search(query)"), or a
 * PascalCase class named as a tool ("SendEmailTool"). Its length, else 0;
 * what it says goes into *c. */
static size_t code_name(const tmc_lexicon *lx, const char *p, callable *c) {
  size_t n = 0;
  /* kinds24 (K): a tool an MCP server exposes, named as MCP clients name
   * it ("github/create_issue", "jira/search_issues"): the server, a slash
   * and the tool, with no space, like a member of an object */
  while (isalnum((unsigned char)p[n]) || p[n] == '_' || p[n] == '.' ||
         (p[n] == '/' && n && isalnum((unsigned char)p[n - 1]) &&
          isalpha((unsigned char)p[n + 1])))
    n++;
  while (n && p[n - 1] == '.') /* a full stop ends a sentence */
    n--;
  if (!n)
    return 0;
  size_t len = n;
  bool call = false;
  if (p[n] == '(') { /* a call: "getWeather()", "lookup(order_id)" */
    const char *close = strchr(p + n, ')');
    if (close && close - (p + n) < 60 &&
        !memchr(p + n, '\n', (size_t)(close - (p + n)))) {
      call = close == p + n + 1 || !memchr(p + n, ' ', (size_t)(close - (p + n)));
      if (call)
        len = (size_t)(close - p) + 1;
    }
  }
  /* the last member of a dotted name is the function ("slack.post_message") */
  const char *last = p;
  for (size_t i = 0; i < n; i++)
    if (p[i] == '.' || p[i] == '/')
      last = p + i + 1;
  size_t ln = (size_t)(p + n - last);
  if (last > p && !islower((unsigned char)p[0]))
    return 0;
  char first[64];
  size_t fn = 0;
  bool ok = false;
  if (snake_token(last, ln)) {
    ok = true;
    fn = strcspn(last, "_");
  } else if (camel_token(last, ln)) {
    ok = true;
    while (fn < ln && islower((unsigned char)last[fn]))
      fn++;
  } else if (call && last == p && (islower((unsigned char)p[0]) || p[n] == '(')) {
    ok = true; /* "refund()", "Search(q)" */
    fn = ln;
  } else if (last > p && ln < 32 && islower((unsigned char)last[0])) {
    /* kinds28 (K4): a member of an object named by one verb ("hubspot.lookup/
     * update", "gcal.book", "sendgrid.send"): the method a client library
     * of that vendor's API is called by; only a verb's (below), so
     * "api.example.com" and "node.js" name none */
    char one[32];
    size_t k = 0;
    while (k < ln && islower((unsigned char)last[k]))
      k++;
    snprintf(one, sizeof one, "%.*s", (int)ln, last);
    const char *v = k == ln ? tmc_lexicon_says(lx, TMC_WORDS_CALLABLE_VERBS, one) : NULL;
    if (v && strcmp(v, one) == 0) {
      ok = true;
      fn = ln;
    }
  } else if (last == p) {
    char words[128];
    const char *kw;
    if (pascal_words(p, n, words, sizeof words) &&
        (kw = tmc_lexicon_says(lx, TMC_WORDS_CALLABLE_KINDS, words)) != NULL &&
        tmc_has_word(words, kw) && strlen(kw) <= strlen(words) &&
        strcmp(words + strlen(words) - strlen(kw), kw) == 0) {
      c->kind = kw; /* "SendEmailTool": a class named as a tool */
      ok = true;
      fn = strcspn(words, " ");
      snprintf(first, sizeof first, "%.*s", (int)(fn < 63 ? fn : 63), words);
      if (!c->verb)
        c->verb = tmc_lexicon_says(lx, TMC_WORDS_CALLABLE_VERBS, first);
      return len;
    }
  }
  if (!ok)
    return 0;
  c->call = c->call || call;
  if (fn && fn < sizeof first) {
    for (size_t i = 0; i < fn; i++)
      first[i] = (char)tolower((unsigned char)last[i]);
    first[fn] = '\0';
    /* a name of two words whose second names a store is the store's name
     * ("session_cache", "call_logs"), or, led by a verb, a function on that
     * store or a store named for what it is for ("search_index",
     * "search_docs"): that verb leads a function's name only when more
     * evidence says so (c->verb_store). A verb leads one where more follows
     * or what follows is no store ("publish_to_wiki", "create_ticket"). */
    head_noun h;
    char rest[128];
    size_t rn = 0;
    for (const char *q = last + fn; q < last + ln && rn + 1 < sizeof rest; q++)
      rest[rn++] = *q == '_' ? ' ' : *q;
    rest[rn] = '\0';
    bool store = rn > 1 && !strchr(rest + 1, ' ') && head_of(lx, rest, &h) &&
                 tmc_kind_dfd(h.kind) == TMC_DFD_STORE;
    const char *v = tmc_lexicon_says(lx, TMC_WORDS_CALLABLE_VERBS, first);
    if (!(v && strcmp(v, first) == 0))
      v = NULL;
    if (v && !store && !c->verb)
      c->verb = v;
    else if (v && store && !c->verb_store)
      c->verb_store = v;
    else if (!v && store)
      c->store = true;
  }
  return len;
}

/* kinds24 (K): the kind of callable a prefix glued to a code name says
 * ("tool:carrier_lookup", "tools.search", "fn_lookup_order",
 * "functions.get_weather", "mcp__github__create_issue"; words.yaml
 * callable_prefixes), the prefix, separator and name one token: its kind
 * word, else NULL; *len the token's length. Not before a word naming a
 * store or a server ("tool_registry", "mcp:server", "fn_orders_db"): what
 * is named there holds tools or data, it is no tool. */
static const char *prefix_callable(const tmc_lexicon *lx, const char *p, size_t *len) {
  size_t n = 0;
  while (isalpha((unsigned char)p[n]))
    n++;
  if (!n || n >= 24)
    return NULL;
  size_t sl = strncmp(p + n, "__", 2) == 0                               ? 2
              : p[n] == ':' || p[n] == '.' || p[n] == '/' || p[n] == '_' ? 1
                                                                         : 0;
  const char *r = p + n + sl;
  size_t rn = 0;
  while (isalnum((unsigned char)r[rn]) || r[rn] == '_' || r[rn] == '-' || r[rn] == '.' ||
         r[rn] == '/' || r[rn] == ':')
    rn++;
  while (rn && (r[rn - 1] == '.' || r[rn - 1] == ':' || r[rn - 1] == '-'))
    rn--;
  if (!sl || rn < 2 || !isalnum((unsigned char)r[0]) || rn >= 120)
    return NULL;
  char pre[32];
  snprintf(pre, sizeof pre, "%.*s", (int)n, p);
  const char *kw = tmc_lexicon_says(lx, TMC_WORDS_CALLABLE_PREFIXES, pre);
  if (!kw || strcasecmp(kw, pre) != 0)
    return NULL;
  char rest[128];
  for (size_t i = 0; i < rn; i++)
    rest[i] = isalnum((unsigned char)r[i]) ? r[i] : ' ';
  rest[rn] = '\0';
  head_noun h;
  if ((head_of(lx, rest, &h) && tmc_kind_dfd(h.kind) == TMC_DFD_STORE) ||
      tmc_lexicon_says(lx, TMC_WORDS_TOOL_SERVERS, rest) ||
      tmc_lexicon_says(lx, TMC_WORDS_TOOL_SERVERS, p))
    return NULL;
  h.kind = TMC_KIND_COUNT;
  if (head_of(lx, rest, &h) && (tmc_kind_is_ai(h.kind) && h.kind != TMC_KIND_AGENT_TOOL))
    return NULL;
  *len = (size_t)(r + rn - p);
  return kw;
}

/* kinds24 (K): the kind of callable an element's id says by its prefix
 * ("tool:carrier_lookup"), where the ids are the author's (DOT, Mermaid),
 * not a drawing tool's; else NULL. */
static const char *id_callable(const tmc_lexicon *lx, const tmc_element *e) {
  size_t len;
  const char *kw;
  if (e->cell || !e->id || !(kw = prefix_callable(lx, e->id, &len)) || e->id[len])
    return NULL;
  return kw;
}

/* Does a label lead with the names code calls it by ("create_ticket (kernel
 * function)", "web_search + fetch_page (Brave Search API)", "getWeather()",
 * "function: lookup_order", "apply_edit writes the patch")? What follows
 * the names (a remark, details) is left to the other evidence. */
static callable callable_name(const tmc_lexicon *lx, const char *label) {
  callable c = {0};
  const char *p = label + strspn(label, " \t\n");
  /* a prefix saying what kind of callable follows ("function: lookup_order",
   * "action: refund", "tool: search") */
  const char *colon = strchr(p, ':');
  if (colon && colon - p < 24 && colon[1] == ' ') {
    char pre[32];
    snprintf(pre, sizeof pre, "%.*s", (int)(colon - p), p);
    const char *kw = tmc_lexicon_says(lx, TMC_WORDS_CALLABLE_KINDS, pre);
    if (kw && strcasecmp(kw, pre) == 0) {
      c.kind = kw;
      c.names = 1;
      c.span = (size_t)(colon - label) + 1;
      p = colon + 1;
      p += strspn(p, " ");
      size_t n = code_name(lx, p, &c);
      if (n)
        c.span = (size_t)(p + n - label);
      return c;
    }
  }
  /* kinds24 (K): ... or glued to it ("tool:carrier_lookup", "tools.search",
   * "mcp__github__create_issue") */
  size_t pl;
  const char *pk = prefix_callable(lx, p, &pl);
  if (pk && (!p[pl] || isspace((unsigned char)p[pl]) || p[pl] == '(' || p[pl] == ',')) {
    c.kind = pk;
    c.names = 1;
    c.span = (size_t)(p + pl - label);
    return c;
  }
  for (;;) {
    size_t n = code_name(lx, p, &c);
    if (!n)
      break;
    c.names++;
    p += n;
    c.span = (size_t)(p - label);
    /* another name joined to it: "a + b", "a / b", "a, b", "a & b" */
    const char *q = p + strspn(p, " ");
    if (*q == '+' || *q == '/' || *q == ',' || *q == '&')
      q++;
    else if (strncmp(q, "and ", 4) == 0)
      q += 3;
    else
      break;
    q += strspn(q, " ");
    p = q;
  }
  if (!c.names)
    c = (callable){0};
  return c;
}

/* b36d: is a label nothing but one code name led by a verb
 * ("predict_candidates", "notify_landlord": a workflow's rule or task id),
 * the b35d reading below? Its object names no person then. */
static bool verb_code_label(const tmc_lexicon *lx, const char *label) {
  callable own = callable_name(lx, label);
  const char *rest = label + own.span;
  rest += strspn(rest, " \t\n");
  return own.names == 1 && own.verb && !own.kind && !own.store && !own.call && !*rest;
}

/* Or does a label's name part (before a remark or a list) end with the kind
 * of callable it is ("Jira action", "Confluence connector", "Calendar
 * skill")? "function" alone ends serverless names ("Azure Function") and
 * says nothing there. The kind word, else NULL. */
static const char *callable_suffix(const tmc_lexicon *lx, const char *label) {
  char name[128];
  size_t n = strcspn(label, "(,:;[\n");
  while (n && label[n - 1] == ' ')
    n--;
  if (!n || n >= sizeof name)
    return NULL;
  memcpy(name, label, n);
  name[n] = '\0';
  /* kinds27 (K): a name ending with the plural ("Community connectors",
   * "Partner plugins") is a group of such callables the agent picks from,
   * drawn as one box: read it as its singular */
  if (n > 3 && tolower((unsigned char)name[n - 1]) == 's' &&
      tolower((unsigned char)name[n - 2]) != 's')
    name[--n] = '\0';
  const char *kw = tmc_lexicon_says(lx, TMC_WORDS_CALLABLE_KINDS, name);
  size_t kn = kw ? strlen(kw) : 0;
  if (!kw || strcasecmp(kw, "function") == 0 || kn >= n ||
      strcasecmp(name + n - kn, kw) != 0 || name[n - kn - 1] != ' ')
    return NULL;
  /* d36c: a product set up with an add-on ("Moodle + PyFeedback plugin")
   * is the product, no callable of its add-on's kind */
  if (tmc_lexicon_addon_host(lx, name))
    return NULL;
  return kw;
}

/* llmkind18 (K4): the code names a label lists as its details, after its
 * last ": ", "(", ") " or line break ("Form filler (content script:
 * fill_form, submit_form)", "Page driver (content script) navigate_to,
 * click_element"), running to the end or a closing parenthesis; names 0
 * when there are none or other words follow.
 * *at where they start. */
static callable detail_names(const tmc_lexicon *lx, const char *label, const char **at) {
  callable c = {0};
  const char *d = NULL;
  for (const char *p = label; *p; p++)
    if ((p[0] == ':' && p[1] == ' ') || p[0] == '(' || p[0] == '\n' ||
        (p[0] == ')' && p[1] == ' '))
      d = p + 1;
  if (!d)
    return c;
  d += strspn(d, " \t");
  c = callable_name(lx, d);
  const char *end = d + c.span;
  end += strspn(end, " .)");
  if (!c.names || *end)
    return (callable){0};
  *at = d;
  return c;
}

static const char *first_detail(const tmc_element *e, char *buf, size_t size);

/* kinds21 (K4): the code names an element's first detail line is made of
 * ("予約照会ツール\nget_booking(PNR, 姓)", "Booking lookup\nget_booking(pnr,
 * surname)"), each maybe written with its arguments or followed by one
 * remark in parentheses, ASCII or full-width ("issue_voucher（上限
 * ¥10,000）"); names 0 when the line says more. */
static callable detail_line_names(const tmc_lexicon *lx, const tmc_element *e,
                                  const char **at) {
  char line[256];
  const char *d = first_detail(e, line, sizeof line);
  d += strspn(d, " \t");
  callable c = callable_name(lx, d);
  if (!c.names)
    return (callable){0};
  const char *end = d + c.span;
  end += strspn(end, " ");
  if (*end == '(' && strchr(end, ')'))
    end = strchr(end, ')') + 1;
  else if (strncmp(end, "\xEF\xBC\x88", 3) == 0 && strstr(end, "\xEF\xBC\x89"))
    end = strstr(end, "\xEF\xBC\x89") + 3;
  end += strspn(end, " .");
  if (*end)
    return (callable){0};
  /* where it starts in the label, which the evidence quotes */
  size_t n = strcspn(d, "(");
  char name[64];
  snprintf(name, sizeof name, "%.*s", (int)(n < 63 ? n : 63), d);
  *at = strstr(e->label, name) ? strstr(e->label, name) : e->label;
  return c;
}

/* llmkind18 (K4): does flow label fl call e by a code name e's details list
 * ("fill_form / submit_form calls" into "Form filler: fill_form,
 * submit_form")? The caller hands on what a model chose by name. */
static bool calls_listed_name(const tmc_lexicon *lx, const char *fl, const char *label) {
  const char *at;
  /* the flow's own label first: it is in hand, the destination's is one
   * more cache miss per flow at 100k (perf19) */
  if (!fl || !callable_name(lx, fl).names || !detail_names(lx, label, &at).names)
    return false;
  char name[64];
  size_t n = strcspn(fl, " /,+&()");
  if (!n || n >= sizeof name)
    return false;
  memcpy(name, fl, n);
  name[n] = '\0';
  return tmc_has_word(at, name);
}

/* cards16 (B4): the part of a label a callable's kind word must end: its
 * name line where it is drawn as a name and detail lines, else the label.
 * What the detail lines add ("Apache Superset 4\n+ chat panel plugin") is
 * how the product is set up, not what it is: a BI tool with a plugin is no
 * plugin an agent calls. */
static const char *callable_name_part(const tmc_element *e) {
  return e->name_line && *e->name_line ? e->name_line : e->label;
}

/* The length of a DFD process number starting a label ("2.0 Load files",
 * "3.1: Validate"; up to three digits a part, two or three parts), spaces
 * before it aside, else 0. A version ("v2.0") or a plain number is none. */
static size_t dotted_number(const char *label) {
  const char *p = label + strspn(label, " "), *q = p;
  int parts = 0;
  for (;;) {
    size_t n = 0;
    while (isdigit((unsigned char)q[n]))
      n++;
    if (n == 0 || n > 3)
      return 0;
    q += n;
    parts++;
    if (*q != '.' || parts == 3)
      break;
    q++;
  }
  if (parts < 2 || (*q != ' ' && *q != ':'))
    return 0;
  return (size_t)(q - p);
}

/* models15: the kind a DFD process's task names. A DFD names a process by
 * what it does, a verb and its object ("1.0 Predict next word", "Score
 * transaction", "Classify image") or that act as a noun ("Next-word
 * prediction", "Seed training"): a model's task (words.yaml model_tasks)
 * is the model doing it, a training step's (training_tasks: "Train on
 * device", "Secure-aggregate + DP noise", "Fine-tune") is a pipeline. Read
 * from the name part after the number (up to a parenthesis, comma, colon,
 * bar or newline), its first words or its last ones only, so an object
 * ("Log predictions") names nothing. Returns TMC_KIND_COUNT when neither
 * says, and the words that did in *said. */
static tmc_kind dfd_task(const tmc_lexicon *lx, const char *label, size_t pn,
                         const char **said) {
  const char *p = label + strspn(label, " ") + pn;
  p += strspn(p, " :\n");
  size_t n = strcspn(p, "(,:;|[\n");
  while (n && p[n - 1] == ' ')
    n--;
  if (!n || n > 120)
    return TMC_KIND_COUNT;
  char name[128], part[128];
  snprintf(name, sizeof name, "%.*s", (int)n, p);
  /* where each word starts; one word alone names no task ("Training" is
   * as often a course people take) */
  size_t starts[32], ns = 0;
  for (size_t i = 0; i < n && ns < 32; i++)
    if (name[i] != ' ' && (i == 0 || name[i - 1] == ' '))
      starts[ns++] = i;
  if (ns < 2)
    return TMC_KIND_COUNT;
  static const struct {
    tmc_word_list list;
    tmc_kind kind;
  } tasks[] = {{TMC_WORDS_TRAINING_TASKS, TMC_KIND_PIPELINE},
               {TMC_WORDS_MODEL_TASKS, TMC_KIND_MODEL}};
  for (size_t t = 0; t < sizeof tasks / sizeof *tasks; t++)
    for (size_t k = ns < 3 ? ns : 3; k >= 1; k--) {
      /* the first k words: a verb said at their start, not the act as a
       * noun naming what a head later serves ("Scoring hub", "Training
       * data", "Inference gateway") */
      snprintf(part, sizeof part, "%.*s", (int)(k < ns ? starts[k] - 1 : n), name);
      const char *w = tmc_lexicon_says(lx, tasks[t].list, part);
      size_t vl = w ? strlen(w) : 0;
      if (w && strncasecmp(part, w, vl) == 0 &&
          !(vl > 3 &&
            (strcasecmp(w + vl - 3, "ing") == 0 || strcasecmp(w + vl - 3, "ion") == 0))) {
        *said = w;
        return tasks[t].kind;
      }
      /* the last k words: a word said at their end naming the act ("Seed
       * training", "Nightly fine-tune"), not a plural or a verb's third
       * person ("Store predictions", "Model trains") */
      const char *tail = name + starts[ns - k];
      size_t tl = strlen(tail), wl;
      w = tmc_lexicon_says(lx, tasks[t].list, tail);
      if (w && (wl = strlen(w)) <= tl && wl > 1 && strcasecmp(tail + tl - wl, w) == 0 &&
          tolower((unsigned char)w[wl - 1]) != 's') {
        *said = w;
        return tasks[t].kind;
      }
    }
  return TMC_KIND_COUNT;
}

/* r37vardar: a step named as a workflow engine names it in code, its words
 * joined by underscores ("TRAIN_XGB", "PREDICT_AMR": Nextflow's processes;
 * "train_model", "score_batch": Airflow's task ids, Snakemake's rules), two
 * to eight parts of letters and digits. Writes the words spaced into buf
 * (size n) for dfd_task to read, as a DFD's name would be written. */
static bool code_step_name(const char *label, char *buf, size_t n) {
  size_t o = 0, parts = 1, len = 0;
  for (const char *p = label; *p; p++) {
    if (o + 1 >= n)
      return false;
    if (*p == '_') {
      if (!len || !p[1] || p[1] == '_')
        return false;
      parts++, len = 0;
      buf[o++] = ' ';
      continue;
    }
    if (!isalnum((unsigned char)*p))
      return false;
    buf[o++] = *p, len++;
  }
  buf[o] = '\0';
  return len && parts >= 2 && parts <= 8;
}

/* Does a label's words name a model (its head, else a kind word), not a
 * model server? */
static bool names_model(const tmc_lexicon *lx, const char *l) {
  tmc_kind k;
  const char *w;
  /* kinds30 (K3): nor a runtime a model is loaded into ("ONNX Runtime") */
  return words_kind(lx, l, &k, &w) && tmc_kind_is(k, TMC_KIND_MODEL) &&
         !tmc_lexicon_says(lx, TMC_WORDS_ROLE_SERVING_ENDPOINT, w) &&
         !tmc_lexicon_says(lx, TMC_WORDS_INFERENCE_RUNTIMES, w);
}

/* Does a label name a store that keeps the versions of models: a version
 * word beside model files or a model ("\\\\eng\\models (versioned .onnx)",
 * "gs://...-ckpts (versioned)")? Drawn as a store, that is a registry, and
 * it draws no model of its own. */
static bool keeps_versions(const tmc_lexicon *lx, const char *l) {
  tmc_kind k;
  const char *w;
  double wt;
  /* the model may be named beside a store's head ("ota-release bucket
   * (wake-word builds)") */
  /* mlkind18 (K6): adapters kept, not one job's outputs */
  return (tmc_lexicon_says(lx, TMC_WORDS_VERSIONED, l) ||
          (tmc_lexicon_says(lx, TMC_WORDS_KEPT_ADAPTERS, l) &&
           !tmc_lexicon_says(lx, TMC_WORDS_RUN_OUTPUTS, l))) &&
         (tmc_lexicon_says(lx, TMC_WORDS_MODEL_FILES, l) || names_model(lx, l) ||
          (tmc_lexicon_kind_word_w(lx, l, &k, &w, &wt) &&
           tmc_kind_is(k, TMC_KIND_MODEL) &&
           !tmc_lexicon_says(lx, TMC_WORDS_ROLE_SERVING_ENDPOINT, w)));
}

/* mlkind18: the word that made keeps_versions(l) hold. */
static const char *versioned_word(const tmc_lexicon *lx, const char *l) {
  const char *w = tmc_lexicon_says(lx, TMC_WORDS_VERSIONED, l);
  return w ? w : tmc_lexicon_says(lx, TMC_WORDS_KEPT_ADAPTERS, l);
}

/* kinds20b (K3): does a label name model files kept in a store's product
 * ("s3://mw-ml-artifacts model weights", "GCS bucket model checkpoints")?
 * Those are the files a server loads, no model drawn beside it: a
 * "KServe InferenceService" reading them is the model served. */
static bool keeps_model_files(const tmc_lexicon *lx, const char *l) {
  tmc_tech t;
  tmc_kind k;
  const char *w;
  return tmc_lexicon_says(lx, TMC_WORDS_MODEL_FILES, l) &&
         tmc_lexicon_tech_word(lx, l, &t, &k, &w) && tmc_kind_dfd(k) == TMC_DFD_STORE;
}

/* The evidence ("type tag '[Software System, SaaS]'") when a label's first
 * bracketed tag ("[...]", as C4 writes an element's type under its name)
 * or its first UML stereotype ("«external»", "<<External System>>", as
 * SysML and UML diagrams mark a block or an actor that is not the
 * system's) says a tag_outside word, else NULL. */
static const char *outside_tag(const tmc_lexicon *lx, const char *l, tmc_arena *a) {
  static const char *const opens[] = {"[", "\xc2\xab", "<<"};
  static const char *const closes[] = {"]", "\xc2\xbb", ">>"};
  for (size_t i = 0; i < sizeof opens / sizeof *opens; i++) {
    const char *open = strstr(l, opens[i]);
    const char *body = open ? open + strlen(opens[i]) : NULL;
    const char *close = body ? strstr(body, closes[i]) : NULL;
    if (!close || close - body > 120)
      continue;
    char tag[128];
    snprintf(tag, sizeof tag, "%.*s", (int)(close - body), body);
    if (!tmc_lexicon_says(lx, TMC_WORDS_TAG_OUTSIDE, tag))
      continue;
    return tmc_arena_printf(a, "type tag '%s%s%s'", opens[i], tag, closes[i]);
  }
  return NULL;
}

/* The word of list that starts at p, a word's start in the label l ("in-house
 * case manager", "AI stylist"), or NULL. */
static const char *word_at(const tmc_lexicon *lx, tmc_word_list list, const char *l,
                           const char *p) {
  /* no word starts inside a character of another script */
  if ((p != l && isalnum((unsigned char)p[-1])) || ((unsigned char)*p & 0xC0) == 0x80)
    return NULL;
  const char *w = tmc_lexicon_says(lx, list, p);
  return w && strncasecmp(p, w, strlen(w)) == 0 ? w : NULL;
}

/* The word of list that is the whole of the label's first parenthesised
 * aside ("Ticket Manager (in-house)", "Paralegal (LLM)"), or NULL. */
static const char *whole_aside(const tmc_lexicon *lx, tmc_word_list list, const char *l) {
  const char *open = strchr(l, '('), *close = open ? strchr(open, ')') : NULL;
  if (!close || close - open >= 40)
    return NULL;
  char aside[48];
  snprintf(aside, sizeof aside, "%.*s", (int)(close - open - 1), open + 1);
  const char *w = tmc_lexicon_says(lx, list, aside);
  return w && strlen(w) == strlen(aside) ? w : NULL;
}

/* kinds18 (K2): the evidence when the author marked e as one of the
 * system's own parts, else NULL: a C4 type tag whose type (before a colon
 * or comma) is a tag_own word ("[Container: React SPA + API]"), a C4
 * stereotype ("«container»", "<<component>>"), draw.io's C4 c4Type, or an
 * own_build word ("in-house case manager"). Not a tag that also says the
 * outside ("[Container, external]"). */
static const char *own_mark(const tmc_lexicon *lx, const tmc_element *e, const char *head,
                            tmc_arena *a) {
  const char *c4 = tmc_props_get(&e->props, "c4Type");
  if (c4 && *c4 && tmc_lexicon_says(lx, TMC_WORDS_TAG_OWN, c4) &&
      !tmc_lexicon_says(lx, TMC_WORDS_TAG_OUTSIDE, c4))
    return tmc_arena_printf(a, "c4Type=%s", c4);
  const char *l = e->label;
  static const char *const opens[] = {"[", "\xc2\xab", "<<"};
  static const char *const closes[] = {"]", "\xc2\xbb", ">>"};
  for (size_t i = 0; i < sizeof opens / sizeof *opens; i++) {
    const char *o = strstr(l, opens[i]);
    if (!o)
      continue;
    o += strlen(opens[i]);
    size_t n = strcspn(o, ":,]\xc2>\n");
    if (!n || n >= 48)
      continue;
    char type[48];
    snprintf(type, sizeof type, "%.*s", (int)n, o);
    const char *w = tmc_lexicon_says(lx, TMC_WORDS_TAG_OWN, type);
    /* the whole type is the word ("Container", not "Shipping container") */
    if (w && strlen(w) == strlen(type) - strspn(type, " ") &&
        !tmc_lexicon_says(lx, TMC_WORDS_TAG_OUTSIDE, o))
      return tmc_arena_printf(a, "type tag '%s%s%s'", opens[i], type, closes[i]);
  }
  /* An own_build word says whose the box is where it is the whole of an
   * aside ("Ticket Manager (in-house)") or modifies the head in the same
   * phrase ("in-house case manager"); in a remark about people ("Appeals
   * team (in-house T&S, Dublin)") it says whom they work for. */
  const char *w = whole_aside(lx, TMC_WORDS_OWN_BUILD, l);
  if (w)
    return tmc_arena_printf(a, "'(%s)'", w);
  /* review29: the list read once over the whole label first; asking at
   * every byte after it was quadratic in the label's length (a 4 KB
   * label of another script: seconds) */
  if (!tmc_lexicon_says(lx, TMC_WORDS_OWN_BUILD, l))
    return NULL;
  for (const char *p = l; *p; p++) {
    if (!(w = word_at(lx, TMC_WORDS_OWN_BUILD, l, p)))
      continue;
    /* the phrase it leads runs to the head: letters, spaces and hyphens */
    const char *q = p + strlen(w);
    size_t n = strspn(q, " -abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");
    char phrase[128];
    snprintf(phrase, sizeof phrase, "%.*s", (int)(n < 127 ? n : 127), q);
    if (head && *head && tmc_has_word(phrase, head))
      return tmc_arena_printf(a, "'%s %s'", w, head);
  }
  return NULL;
}

/* The evidence where a machine plays the person's role head names, else
 * NULL: an ai_made word leads the head's phrase ("AI stylist",
 * "Robo-advisor") or is the whole of the label's aside ("Legal assistant
 * (LLM)"). One role only: a plural head ("AI reviewers" as often the
 * people who review with AI) and roles people hold in AI work (ai_workers:
 * "AI engineer", "GenAI architect") stay people. */
static const char *ai_made(const tmc_lexicon *lx, const char *l, const char *head,
                           tmc_arena *a) {
  size_t hn = head ? strlen(head) : 0;
  if (!hn || (head[hn - 1] == 's' && (hn < 2 || head[hn - 2] != 's')) ||
      tmc_lexicon_says(lx, TMC_WORDS_AI_WORKERS, head))
    return NULL;
  const char *w = whole_aside(lx, TMC_WORDS_AI_MADE, l);
  if (w)
    return tmc_arena_printf(a, "'(%s)'", w);
  /* review29: the list read once over the whole label first; asking at
   * every byte after it was quadratic in the label's length (a 4 KB
   * label of another script: seconds) */
  if (!tmc_lexicon_says(lx, TMC_WORDS_AI_MADE, l))
    return NULL;
  for (const char *p = l; *p; p++) {
    if (!(w = word_at(lx, TMC_WORDS_AI_MADE, l, p)))
      continue;
    /* it leads the head: only spaces or a hyphen between */
    const char *q = p + strlen(w);
    q += strspn(q, " -");
    if (q > p + strlen(w) && strncasecmp(q, head, hn) == 0 &&
        !isalnum((unsigned char)q[hn]))
      return tmc_arena_printf(a, "'%.*s'", (int)(q + hn - p), p);
  }
  return NULL;
}

/* outside17 (B1): the words.yaml aside_outside word the label's first
 * parenthesised remark says ("(OEM, per farm)"), or NULL. */
static const char *outside_aside(const tmc_lexicon *lx, const char *l) {
  const char *open = strchr(l, '('), *close = open ? strchr(open, ')') : NULL;
  if (!close || close - open > 120)
    return NULL;
  char aside[128];
  snprintf(aside, sizeof aside, "%.*s", (int)(close - open - 1), open + 1);
  return tmc_lexicon_says(lx, TMC_WORDS_ASIDE_OUTSIDE, aside);
}

/* kinds27 (K): the party a label's details say runs the box ("Connector
 * back-ends\nrun by connector authors", "Plugin hosts (operated by
 * partners)"): a words.yaml run_by phrase after the name's first word,
 * then words up to a comma, semicolon, parenthesis or line end whose head
 * is people (an external head) of another organisation: not the owner's
 * staff (staff_roles), own_code or own_teams words ("run by the ops team",
 * "operated by our engineers"). Those words, else NULL. */
static const char *run_by_outsiders(const tmc_lexicon *lx, const char *l, tmc_arena *a) {
  /* review29: the list read once over the whole label first; asking at
   * every byte after it was quadratic in the label's length (a 4 KB
   * label of another script: seconds) */
  if (!tmc_lexicon_says(lx, TMC_WORDS_RUN_BY, l))
    return NULL;
  for (const char *p = strchr(l, ' '); p && *p; p++) {
    const char *w = word_at(lx, TMC_WORDS_RUN_BY, l, p);
    if (!w)
      continue;
    const char *q = p + strlen(w);
    if (*q && *q != ' ')
      continue;
    q += strspn(q, " ");
    if (strncasecmp(q, "the ", 4) == 0)
      q += 4;
    char party[96];
    size_t n = strcspn(q, ",;()\n");
    while (n && q[n - 1] == ' ')
      n--;
    if (!n || n >= sizeof party)
      return NULL;
    memcpy(party, q, n);
    party[n] = '\0';
    tmc_kind k;
    tmc_tech t;
    const char *hw;
    bool at_end;
    double wt;
    if (!tmc_lexicon_head_w(lx, party, &k, &t, &hw, &at_end, &wt) ||
        k != TMC_KIND_EXTERNAL || tmc_lexicon_says(lx, TMC_WORDS_STAFF_ROLES, party) ||
        tmc_lexicon_says(lx, TMC_WORDS_OWN_CODE, party) ||
        tmc_lexicon_says(lx, TMC_WORDS_OWN_TEAMS, party))
      return NULL;
    return tmc_arena_printf(a, "%s %s", w, party);
  }
  return NULL;
}

/* kinds18b: the people a parenthesised aside names as whoever is there
 * ("Security control room (24/7 guards)", "Dispatch desk (operators on
 * shift)"): its people word, or NULL. */
static const char *aside_people(const tmc_lexicon *lx, const char *l) {
  const char *open = strchr(l, '('), *close = open ? strchr(open, ')') : NULL;
  if (!close || close - open > 60)
    return NULL;
  char aside[64];
  snprintf(aside, sizeof aside, "%.*s", (int)(close - open - 1), open + 1);
  /* Not a product's part people are named after ("(Django admin)",
   * "(Okta admins)"): no technology in the aside. */
  head_noun h;
  tmc_tech t;
  tmc_kind k;
  const char *w;
  if (!head_of(lx, aside, &h) || h.kind != TMC_KIND_EXTERNAL ||
      tmc_lexicon_tech_word(lx, l, &t, &k, &w))
    return NULL;
  /* ... nor a privilege the box runs with ("(reconciler, cluster-admin)",
   * "(db-owner)"): a people word joined to another by a hyphen. */
  /* ... nor software or a device people use ("(Sage client)", "(kiosk
   * browser)", "(shared laptop)"). */
  /* ... nor a wireless network, whose aside names who joins it ("Venue
   * Wi-Fi (staff + guests, one SSID)"): the network is gear the site runs,
   * not a desk the people staff (r38bhat). */
  char name[128];
  snprintf(name, sizeof name, "%.*s", (int)(open - l < 127 ? open - l : 127), l);
  if (tmc_lexicon_says(lx, TMC_WORDS_RADIO_LINKS, name))
    return NULL;
  const char *at = tmc_lexicon_says(lx, TMC_WORDS_PEOPLE, aside);
  if (!at || tmc_lexicon_says(lx, TMC_WORDS_DEVICES, aside) ||
      tmc_has_word(aside, "client") || tmc_has_word(aside, "clients") ||
      tmc_has_word(aside, "browser"))
    return NULL;
  size_t n = strlen(at);
  for (const char *p = aside; *p; p++)
    if (strncasecmp(p, at, n) == 0 && ((p > aside && p[-1] == '-') || p[n] == '-'))
      return NULL;
  return at;
}

/* kinds18b: does a label count many of what it names ("(212)", "x40",
 * "1.2M", ", 94"): a number alone in parentheses or a comma-separated item,
 * or led by x/\xC3\x97, or ending in k/M? Not a model number inside a name
 * ("SCADAPack 470", "S7-1500"). */
static bool counts_many(const char *l) {
  for (const char *p = l; *p; p++) {
    if (!isdigit((unsigned char)*p) || (p > l && isalnum((unsigned char)p[-1]) &&
                                        !(p - l >= 1 && (p[-1] == 'x' || p[-1] == 'X') &&
                                          (p - l < 2 || !isalnum((unsigned char)p[-2])))))
      continue;
    const char *q = p;
    while (isdigit((unsigned char)*q) ||
           ((*q == '.' || *q == ',') && isdigit((unsigned char)q[1])))
      q++;
    bool times = p > l && (p[-1] == 'x' || p[-1] == 'X');
    if (p - l >= 2 && (unsigned char)p[-2] == 0xC3 && (unsigned char)p[-1] == 0x97)
      times = true;
    bool big = (*q == 'k' || *q == 'K' || *q == 'M') && !isalnum((unsigned char)q[1]);
    if (big)
      q++;
    const char *b = p - (times ? 1 : 0);
    while (b > l && b[-1] == ' ')
      b--;
    const char *r = q;
    while (*r == ' ')
      r++;
    bool alone =
        (b == l || b[-1] == '(' || b[-1] == ',') && (!*r || *r == ')' || *r == ',');
    if (alone || times || big)
      return true;
    p = q - 1;
  }
  return false;
}

/* kinds18b: a fleet of field devices named by a count and the protocol
 * they speak ("HVAC controllers Distech ECY, BACnet/IP (212)", "PLCs
 * (Modbus/TCP, x40)", "Smart meters (DLMS, 1.2M)"): its protocol word, or
 * NULL. */
static const char *device_fleet(const tmc_lexicon *lx, const char *l) {
  const char *w = tmc_lexicon_says(lx, TMC_WORDS_LOCAL_LINKS, l);
  /* kinds33: or the board each one carries ("Washers & dryers x22\nESP32
   * pay/start board in each", "Ticket machines (Arduino, 60)"): a counted
   * thing with a microcontroller in it is a device, whatever it speaks. */
  if (!w)
    w = tmc_lexicon_says(lx, TMC_WORDS_FIELD_DEVICES, l);
  return w && counts_many(l) ? w : NULL;
}

/* callees15: a source of code, models or data others publish (a package
 * index, a model hub; or a role the author wrote): the supply-chain rules
 * read it as drawn, and where it sits does not re-decide its kind. */
static bool supply_source(const tmc_lexicon *lx, const tmc_element *e) {
  const char *role = tmc_props_get(&e->props, "role");
  return (role && *role) || tmc_lexicon_says(lx, TMC_WORDS_CODE_SOURCE, e->label) ||
         tmc_lexicon_says(lx, TMC_WORDS_MODEL_HUBS, e->label) ||
         tmc_lexicon_says(lx, TMC_WORDS_ROLE_ARTIFACT_SOURCE, e->label);
}

/* kinds33: blanks the first occurrence of phrase in l (any case, at word
 * edges, one or more spaces where the phrase has one); false when none. */
static bool blank_phrase(char *l, const char *phrase) {
  for (char *p = l; *p; p++) {
    if (p != l && (isalnum((unsigned char)p[-1]) || (unsigned char)p[-1] >= 0x80))
      continue;
    const char *q = phrase;
    char *t = p;
    while (*q && *t) {
      if (*q == ' ') {
        if (!isspace((unsigned char)*t))
          break;
        while (isspace((unsigned char)*t))
          t++;
        q++;
      } else if (tolower((unsigned char)*q) == tolower((unsigned char)*t)) {
        q++;
        t++;
      } else
        break;
    }
    if (!*q && !(isalnum((unsigned char)*t) || (unsigned char)*t >= 0x80)) {
      memset(p, ' ', (size_t)(t - p));
      return true;
    }
  }
  return false;
}

/* sources16 (B1): the public service an element's name part names
 * (words.yaml public_sources: "pypi.org", "Hugging Face Hub (public base
 * models)", "PyPI / Docker Hub", "Maven Central"), or NULL; none where its
 * label says the system's own mirror, proxy or registry of one
 * (own_mirrors: "PyPI mirror (Nexus)", "Harbor proxy cache of Docker Hub",
 * "HF Hub (private org)"). A hub named only in the details
 * ("bert-base-uncased (Hugging Face Hub)") says where the thing drawn came
 * from, not what it is. */
static const char *public_source(const tmc_lexicon *lx, const tmc_element *e) {
  char np[512];
  const char *w =
      tmc_lexicon_says(lx, TMC_WORDS_PUBLIC_SOURCES, name_part(e, np, sizeof np));
  if (!w)
    return NULL;
  /* kinds33: the way the system gets there ("Hugging Face Hub (through the
   * proxy)") is blanked first: its proxy is no mirror of ours. */
  char l[512];
  snprintf(l, sizeof l, "%s", e->label ? e->label : "");
  const char *r;
  while ((r = tmc_lexicon_says(lx, TMC_WORDS_REACHED_THROUGH, l)) != NULL &&
         blank_phrase(l, r))
    ;
  return tmc_lexicon_says(lx, TMC_WORDS_OWN_MIRRORS, l) ? NULL : w;
}

/* sources16 (B1): the outside party a label's name line names, above the
 * interface drawn on its detail lines ("Port authority | passenger
 * reporting API", "Partner bank\nPayments API (SEPA)"): the name line's
 * head names people, a company or a public body (an external head) and no
 * API word is on it (a "Customer API" is the system's own, for its
 * customers). NULL when not. */
static const char *party_line(const tmc_lexicon *lx, const tmc_element *e) {
  head_noun h;
  if (!e->name_line || !e->detail_lines ||
      tmc_lexicon_says(lx, TMC_WORDS_API, e->name_line) ||
      !head_of(lx, e->name_line, &h) || h.kind != TMC_KIND_EXTERNAL || !h.at_end)
    return NULL;
  return h.word;
}

/* ---- name lines (issue #14, cause 1a) ----------------------------------------------
 * A label drawn as a name and detail lines ("{GitLab 16.11 CE|MRs ·
 * pipelines|job tokens}", "wren-callflow\nNode.js · tool router\nverifies
 * caller", "<b>Ferrule Pair extension</b><br>collects open files") says
 * what the box is on its name line; the details say what it holds, runs on
 * or does. Joined, the head noun came from the last detail ("tokens",
 * "caller", "files"). */

/* The words of s before any parenthesis. */
static unsigned words_before_paren(const char *s) {
  unsigned n = 0;
  for (size_t i = 0; s[i] && s[i] != '('; i++)
    n += !isspace((unsigned char)s[i]) && (i == 0 || isspace((unsigned char)s[i - 1]));
  return n;
}

/* Is a detail line a short bare phrase (three words or fewer, no list or
 * description marks) that may go on the name: "Cloud Healthcare API\nDICOM
 * store" (a service and the part of it drawn), "Order\nService"? */
static bool bare_phrase(const char *s) {
  return words_before_paren(s) <= 3 && !strpbrk(s, ",;:()[]+&") &&
         !strstr(s, "\xC2\xB7") && !strstr(s, " - ");
}

/* The first of an element's detail lines (tmc_element.detail_lines) into
 * buf, "" when none. */
static const char *first_detail(const tmc_element *e, char *buf, size_t size) {
  const char *d = e->detail_lines ? e->detail_lines : "";
  snprintf(buf, size, "%.*s", (int)strcspn(d, "\n"), d);
  return buf;
}

/* The name line an element's head noun is read from, or NULL: none drawn;
 * a name wrapped over lines ("Customer\nDatabase", "External Secrets\n
 * Operator": four words or fewer before a parenthesis), or two lines whose
 * second is a bare phrase (bare_phrase), read whole as before; a first line
 * that only numbers the element ("1.0", "D1": one token with a digit, as
 * DFDs number theirs). */
static const char *name_line_of(const tmc_element *e) {
  const char *n = e->name_line;
  if (!n || !e->detail_lines || words_before_paren(e->label) <= 4)
    return NULL;
  if (!strchr(n, ' ') && strpbrk(n, "0123456789"))
    return NULL;
  if (!strchr(e->detail_lines, '\n') && bare_phrase(e->detail_lines))
    return NULL;
  return n;
}

/* The product or vendor a name line names where it names no head
 * ("GitLab 16.11 CE", "postgres StatefulSet", "Twilio Programmable Voice"):
 * the technology word (its kind into *kind), else the hosted vendor's
 * (*kind TMC_KIND_COUNT: the vendor's vote weighs it); NULL when none. */
static const char *name_product(const tmc_lexicon *lx, const char *name, tmc_kind *kind) {
  tmc_tech t;
  const char *w;
  if (tmc_lexicon_tech_word(lx, name, &t, kind, &w))
    return w;
  *kind = TMC_KIND_COUNT;
  return tmc_lexicon_says(lx, TMC_WORDS_HOSTED, name);
}

/* Does a detail line name the part of a product drawn ("Databricks\n
 * feature store (Unity Catalog)", "Azure\nKey Vault kv-prod"): its first
 * phrase, no list (no "·", "+", "&", "/"), ends in a head noun? A list
 * ("MRs · CI/CD variables · pipelines", "card vault + charges") only says
 * what the product holds or does. */
static bool names_part(const tmc_lexicon *lx, const char *detail) {
  char phrase[256];
  snprintf(phrase, sizeof phrase, "%.*s", (int)strcspn(detail, "(:;,["), detail);
  if (strpbrk(phrase, "+&/") || strstr(phrase, "\xC2\xB7"))
    return false;
  head_noun h;
  /* b36d: people the line names are whose records the product keeps
   * ("Postgres\nriders, rides, payment tokens"), no part of it (a device
   * may be: "AWS\nIoT devices") */
  return head_of(lx, phrase, &h) && h.at_end &&
         !(h.kind == TMC_KIND_EXTERNAL &&
           !tmc_lexicon_says(lx, TMC_WORDS_DEVICES, h.word));
}

/* The head noun of an element (tmc_lexicon_head_w's outputs). A label of
 * one line (or a name wrapped: name_line_of) is read whole. Else its name
 * line's head; where the name line names none but a product or a vendor,
 * none (*product then says which, and votes as a head noun would), unless
 * the product only says where code runs (sets.yaml compute: "fine-tune
 * worker pod") or the next line names the part drawn (names_part); none
 * where it names a kind word (that word votes: "Llama 3.3 70B Instruct |
 * Together AI serverless API"); else the whole label's, as before (a
 * name wrapped: "4× Basler ace2 GigE\ncameras + ring lights"; the later
 * lines may say what it holds: "{plugin directory|manifests|OAuth client
 * secrets}"). (Reading the name line and its next line as one instead, for
 * "wren-callflow | Node.js · tool router | verifies caller", was tried on
 * 2026-12-05: it cost a held-out set 4 % of its attack paths.) */
/* kinds17b (K4): is a detail line a key and its value ("owner: IT infra",
 * "Team: payments", "env: prod", "on-call: #sre")? One word (a hyphen or an
 * underscore joins it), then a colon and a space: the box's metadata, which
 * names no part of it. Two words before a colon are as often a sentence
 * ("verifies caller: ANI match") as a key. */
static bool meta_line(const char *s, size_t n) {
  size_t i = 0;
  while (i < n && (isalnum((unsigned char)s[i]) || s[i] == '-' || s[i] == '_'))
    i++;
  return i > 0 && isalpha((unsigned char)s[0]) && i + 1 < n && s[i] == ':' &&
         s[i + 1] == ' ';
}

/* kinds17b (K4): an element's label without the metadata lines that end it
 * (meta_line): "Practice management | Open Dental server + API service |
 * owner: practice ops" is a service, not an owner. The label itself where
 * no such line ends it (or it would leave nothing). */
static const char *label_sans_meta(const tmc_element *e, char *buf, size_t size) {
  const char *d = e->detail_lines;
  if (!d || !*d || !e->label)
    return e->label;
  size_t len = strlen(e->label), dn = strlen(d);
  bool cut = false;
  for (;;) {
    /* the last detail line still standing: d[ls..dn) */
    while (dn && d[dn - 1] == '\n')
      dn--;
    size_t ls = dn;
    while (ls && d[ls - 1] != '\n')
      ls--;
    size_t ln = dn - ls;
    if (!ln || !meta_line(d + ls, ln) || ln + 1 > len ||
        strncmp(e->label + len - ln, d + ls, ln) != 0)
      break;
    len -= ln;
    while (len && e->label[len - 1] == ' ')
      len--;
    cut = true;
    if (!ls || !len)
      break;
    dn = ls - 1;
  }
  if (!cut || !len || len >= size)
    return e->label;
  snprintf(buf, size, "%.*s", (int)len, e->label);
  return buf;
}

/* kinds19 (K1): does a label's aside say whom the box serves or who uses
 * it ("(for adjusters)", "(used by nurses)"), not who it is? */
static bool aside_says_whom(const char *l) {
  static const char *const lead[] = {"for",     "by",   "to",      "with",    "from",
                                     "via",     "used", "serving", "serves",  "helps",
                                     "assists", "on",   "of",      "answers", "supports"};
  const char *open = strchr(l, '(');
  if (!open)
    return false;
  open += 1 + strspn(open + 1, " ");
  size_t n = strcspn(open, " ,;)");
  for (size_t i = 0; i < sizeof lead / sizeof *lead; i++)
    if (strlen(lead[i]) == n && strncasecmp(open, lead[i], n) == 0)
      return true;
  return false;
}

/* kinds19 (K6): is e a DOT record node (shape record or Mrecord), whose
 * label is fields, the first its name? */
static bool record_node(const tmc_element *e) {
  return e->notation == TMC_NOTATION_DOT && e->shape &&
         (strcasecmp(e->shape, "record") == 0 || strcasecmp(e->shape, "Mrecord") == 0);
}

/* r37vardar: a name with no head (an instrument's make and model:
 * "Illumina MiSeq") whose first aside is wholly a device's head
 * ("(sequencer)", "(секвенцер)", "(handheld)"): the aside says what it is,
 * a device, and is its head. An aside naming anything else says what the
 * product is used for or by, and stays unread here. */
static bool device_aside(const tmc_lexicon *lx, const char *label, tmc_kind *k,
                         tmc_tech *t, const char **w, bool *at_end, double *wt) {
  const char *open = strchr(label, '('), *close = open ? strchr(open, ')') : NULL;
  if (!close || close - open >= 48)
    return false;
  char aside[56];
  snprintf(aside, sizeof aside, "%.*s", (int)(close - open - 1), open + 1);
  tmc_kind ak;
  tmc_tech at;
  const char *aw;
  bool ae;
  double awt;
  if (!tmc_lexicon_head_w(lx, aside, &ak, &at, &aw, &ae, &awt) ||
      ak != TMC_KIND_EXTERNAL || at != TMC_TECH_IOT_DEVICE || strcasecmp(aw, aside) != 0)
    return false;
  *k = ak, *t = at, *w = aw, *at_end = true, *wt = awt;
  return true;
}

/* kinds34: is word w in label l (whole word, any case) followed by a
 * command of a framework's command line: one token of letters, a colon and
 * letters ("draw:run", "queue:work", "db:migrate"), no address ("://")? */
static bool command_after(const char *l, const char *w) {
  size_t n = w ? strlen(w) : 0;
  if (!n)
    return false;
  for (const char *p = l; *p; p++) {
    if (strncasecmp(p, w, n) != 0 ||
        (p > l && (isalnum((unsigned char)p[-1]) || p[-1] == '_')) || p[n] != ' ')
      continue;
    const char *t = p + n + 1;
    size_t len = strcspn(t, " \n,;()");
    const char *c = memchr(t, ':', len);
    if (c && c > t && isalpha((unsigned char)*t) && c + 1 < t + len &&
        isalpha((unsigned char)c[1]) && isalpha((unsigned char)c[-1]))
      return true;
  }
  return false;
}

static bool element_head(const tmc_lexicon *lx, const tmc_element *e, tmc_kind *k,
                         tmc_tech *t, const char **w, bool *at_end, double *wt,
                         const char **product, tmc_kind *product_kind) {
  *product = NULL;
  char lb[1024];
  const char *label = label_sans_meta(e, lb, sizeof lb);
  const char *name = name_line_of(e);
  if (!name) {
    if (tmc_lexicon_head_w(lx, label, k, t, w, at_end, wt)) {
      /* A short name line that names a model by its name and ends in it
       * (an embedding or speech model: "text-embedding-3-large\nAzure
       * OpenAI"), under a joined head that is another AI part only the
       * detail lines name, a vendor's hosting service (words.yaml
       * hosted_services): the detail says where the model is served, not
       * that it is a chat model. */
      tmc_kind nk;
      tmc_tech nt;
      const char *nw;
      bool ne;
      double nwt;
      if (e->name_line && e->detail_lines && tmc_kind_is_ai(*k) && *k != TMC_KIND_MODEL &&
          !tmc_has_word(e->name_line, *w) && tmc_has_word(e->detail_lines, *w) &&
          tmc_lexicon_says(lx, TMC_WORDS_HOSTED, *w) &&
          tmc_lexicon_head_w(lx, e->name_line, &nk, &nt, &nw, &ne, &nwt) && ne &&
          nk == TMC_KIND_MODEL)
        *k = nk, *t = nt, *w = nw, *at_end = ne, *wt = nwt;
      return true;
    }
    if (device_aside(lx, label, k, t, w, at_end, wt))
      return true;
    /* kinds22 (K3): a short label whose one detail line names nothing but
     * what it is built with ("Daraja callback receiver\nFlask", "Feed
     * builder\nGo 1.22") has the name line's head: the joined words end
     * in the product, no head */
    tmc_tech dt;
    tmc_kind dk;
    const char *dw;
    return e->name_line && e->detail_lines && !strchr(e->detail_lines, '\n') &&
           tmc_lexicon_tech_word(lx, e->detail_lines, &dt, &dk, &dw) &&
           names_only(e->detail_lines, dw) &&
           tmc_lexicon_head_w(lx, e->name_line, k, t, w, at_end, wt) && *at_end;
  }
  if (tmc_lexicon_head_w(lx, name, k, t, w, at_end, wt)) {
    /* kinds19 (K6): a DOT record's first field names the element; its
     * other fields are its interfaces or what it holds ("{Clinical
     * database|owners, patients, SOAP notes}"): the name field's head
     * decides, not one the joined fields make. */
    if (record_node(e))
      return true;
    /* The joined label's own head, where it has one, still decides:
     * letting the name line's head outvote it cost a held-out set a tenth
     * of its attack paths and chains (2026-12-05). */
    tmc_kind wk;
    tmc_tech wtch;
    const char *ww;
    bool we;
    double wwt;
    /* kinds20b (K2): ... unless the joined label found its head only by
     * guessing among its first words (none ends its name part) and that
     * word is a detail line's, not the name line's: "IVR / ACD\ncustomer
     * no. via keypad" is the IVR, its detail says whom it serves. */
    /* kinds21 (K1): ... and unless the name line's own head ends it and
     * names software a person works in (words.yaml people_software:
     * "Support console\nReact admin: lookup ...", "SCO terminal app\nNCR
     * SelfServ 90 + overhead camera, scale"), while the joined label's head
     * is a person or a device only its detail lines name: they say who
     * uses it or what is plugged into it. */
    /* kinds30 (K2): ... and unless the name line's head ends it and names a
     * person by a role (no device, no technology: "Quality inspector\n
     * approves each new model") while the joined label's head is an AI
     * part only its detail lines name: what they approve or correct. */
    if (tmc_lexicon_head_w(lx, label, &wk, &wtch, &ww, &we, &wwt) &&
        (we || tmc_has_word(name, ww)) &&
        !(*at_end && *k == TMC_KIND_PROCESS && wk == TMC_KIND_EXTERNAL &&
          !tmc_has_word(name, ww) &&
          tmc_lexicon_says(lx, TMC_WORDS_PEOPLE_SOFTWARE, *w)) &&
        /* kinds34: ... and unless the name line's head ends it and names
         * people (no technology), the element is drawn as a person (a stick
         * figure, a users icon) and the joined label's head is code (no
         * device) that only its detail lines name ("Anglers\niOS / Android
         * app, ~60k MAU", "Patent attorneys & paralegals\nEntra ID SSO"):
         * the detail says what they use or sign in with, the drawing and
         * the name who; g30a: ... or drawn by a shape or icon that says no
         * kind (a card's globe, a DOT table: "Il-plejers\nwebsajt u app"),
         * where the name alone says who */
        !(*at_end && *k == TMC_KIND_EXTERNAL && *t == TMC_TECH_NONE &&
          wk == TMC_KIND_PROCESS && !tmc_has_word(name, ww) &&
          (e->shape_source == TMC_SOURCE_NONE || e->shape_kind == TMC_KIND_EXTERNAL) &&
          !tmc_lexicon_says(lx, TMC_WORDS_DEVICES, ww)) &&
        !(*at_end && *k == TMC_KIND_EXTERNAL && *t == TMC_TECH_NONE &&
          tmc_kind_is_ai(wk) && !tmc_has_word(name, ww) &&
          !tmc_lexicon_says(lx, TMC_WORDS_DEVICES, *w)) &&
        /* b36 (vennela): ... and unless the name line's head ends it and
         * names a unit of work (words.yaml job_heads: "Nightly ingest
         * job\nTesseract OCR (Telugu) -> chunks", "Invoice worker\nDonut
         * model, then rules") while the joined label's head is an AI part
         * only its detail lines name: the model the job runs as one of its
         * steps, not what the box is */
        !(*at_end && *k == TMC_KIND_PROCESS && tmc_kind_is_ai(wk) &&
          !tmc_has_word(name, ww) &&
          says_exactly(lx, TMC_WORDS_JOB_HEADS, *w, strlen(*w))) &&
        /* b35l: ... and unless the name line's head ends it and names a
         * model while the joined label's head is a store word only its
         * detail lines name that says the one file the model comes in
         * (words.yaml model_file_forms: "Detection model\nvendor NN file,
         * replaced monthly"): the detail says how the model is delivered,
         * not a store beside it */
        !(*at_end && (*k == TMC_KIND_MODEL || *k == TMC_KIND_LLM) &&
          wk == TMC_KIND_DATA_STORE && !tmc_has_word(name, ww) &&
          tmc_lexicon_says(lx, TMC_WORDS_MODEL_FILE_FORMS, ww)))
      /* perf27: the joined label's head, as read just now (it was asked a
       * second time) */
      *k = wk, *t = wtch, *w = ww, *at_end = we, *wt = wwt;
    return true;
  }
  char next[512];
  first_detail(e, next, sizeof next);
  *product = name_product(lx, name, product_kind);
  if (*product && !own_compute(lx, name) && !names_part(lx, next))
    return false;
  *product = NULL;
  tmc_kind kk;
  const char *kw;
  double kwt;
  if (tmc_lexicon_kind_word_w(lx, name, &kk, &kw, &kwt))
    return false;
  return tmc_lexicon_head_w(lx, label, k, t, w, at_end, wt) ||
         device_aside(lx, label, k, t, w, at_end, wt);
}

/* xkinds28 (K1): another organisation's service named on its name line
 * by its product or owner alone ("Sage Accounting API", "Postmark",
 * "TalentLMS", "EPO OPS / Espacenet": no head, or only an API word's), whose
 * store head only a detail line names ("every client's ledger", "broadcast
 * stream, 300k subscribers", "training records"): the detail says what that
 * party holds for us, not a store of ours. Not drawn as a store (a cylinder,
 * a note, a store's icon), a name line naming no technology but an outside
 * party's or a hosted vendor's (a product we run: "MLflow\nmodel
 * registry"; "Xero", "Postmark" are theirs), a label no store's ("Postgres"),
 * a name that starts with a capital (a resource of ours is named in lower
 * case: "pos_sales_daily"), and drawn outside the system's own zones (in
 * none, or in someone else's). The name line when so, else NULL. */
static const char *party_holds(const tmc_lexicon *lx, const tmc_ir *ir,
                               const tmc_element *e, tmc_kind head_k,
                               const char *head_w) {
  const char *n = e->name_line;
  if (!head_w || tmc_kind_dfd(head_k) != TMC_DFD_STORE || !n || !e->detail_lines ||
      !*e->detail_lines || tmc_has_word(n, head_w))
    return NULL;
  n += strspn(n, " ");
  if (!isupper((unsigned char)*n) || sure_store_shape(lx, e->shape) ||
      (e->shape_source != TMC_SOURCE_NONE &&
       tmc_kind_dfd(e->shape_kind) == TMC_DFD_STORE))
    return NULL;
  head_noun h;
  if (head_of(lx, n, &h) &&
      !(h.kind == TMC_KIND_PROCESS && tmc_lexicon_says(lx, TMC_WORDS_API, h.word)))
    return NULL;
  tmc_kind k;
  const char *w;
  double wt;
  if (tmc_lexicon_kind_word_w(lx, n, &k, &w, &wt) && k != TMC_KIND_PROCESS &&
      k != TMC_KIND_EXTERNAL)
    return NULL;
  tmc_tech t;
  if ((tmc_lexicon_tech_word(lx, n, &t, &k, &w) && k != TMC_KIND_EXTERNAL &&
       !tmc_lexicon_says(lx, TMC_WORDS_HOSTED, n)) ||
      (tmc_lexicon_tech_word(lx, e->label, &t, &k, &w) &&
       tmc_kind_dfd(k) == TMC_DFD_STORE))
    return NULL;
  const tmc_boundary *z = zone_around(ir, e);
  return !z || foreign_zone(lx, z) ? n : NULL;
}

static bool agent_code(const tmc_lexicon *lx, const char *label);

/* kinds19 (K3): is a vendor's AI service (word, a vendor_models word at
 * the label's word w) named after another vendor's non-AI service the box
 * is ("Twilio Voice + Deepgram (speech in / speech out)": the telephony
 * vendor, the speech model being part of what it does)? */
static bool led_by_other_vendor(const tmc_lexicon *lx, const char *label,
                                const char *word) {
  size_t n = strlen(word);
  const char *at = NULL;
  for (const char *p = label; *p && !at; p++)
    if (strncasecmp(p, word, n) == 0)
      at = p;
  if (!at || at == label || (size_t)(at - label) >= 256)
    return false;
  char before[256];
  memcpy(before, label, (size_t)(at - label));
  before[at - label] = '\0';
  const char *hv = tmc_lexicon_says(lx, TMC_WORDS_HOSTED, before);
  tmc_kind k;
  const char *w;
  double wt;
  return hv && !(tmc_lexicon_kind_word_w(lx, hv, &k, &w, &wt) && tmc_kind_is_ai(k));
}

/* What the drawing around an element says before its own votes. */
typedef struct around {
  bool sends;        /* it sends something (outside_pages) */
  bool agent_called; /* code whose words name an agent calls it */
  bool no_tool;      /* its page draws no AI: no word makes it an agent tool */
  bool model_drawn;  /* its page draws a model its words name, not a server */
  bool tool_call;    /* callees15: its caller's talk with an LLM says tools */
  bool outside_end;  /* callees15: outside every boundary of a page drawing its
                        system in boundaries, at one end of its flows */
  bool beside_zones; /* outside17: outside_end, on a page whose zones (named or
                        styled as zones, not groupings) hold two elements */
  /* kinds19 (K2): on a page whose ids are its names (every node drawn
   * with no label: "human_agents", "account_lookup_api"), the label is read
   * as words ("human agents"), and snake_case there is the author's way of
   * naming everything, no sign of a function: what an agent calls is its
   * tool by the calling flow (tool_call), not by the spelling. */
  bool id_page;
  bool tool_flow;  /* kinds19 (K2): an agent's code calls it with a flow saying
                      a tool call */
  bool runs_drawn; /* kinds30 (K3): it names a model's runtime and exchanges a
                      flow with an element naming a model */
  bool gets;       /* review30: something flows into it (outside_pages) */
  bool zoned_page; /* its hand-drawn DOT page draws two nodes inside the
                      system's own clusters (outside_pages) */
} around;

/* outside17 (B1): the first vendor a name part names when it names
 * nothing but vendors and their services ("Freshservice", "GOV.UK Notify",
 * "Instagram · Pinterest · TikTok", "Slack & Teams"), else NULL: a name
 * going on after the vendor ("Mailgun webhook relay") names the system's
 * own part for it. */
static const char *only_vendors(const tmc_lexicon *lx, const char *np) {
  const char *first = NULL;
  char piece[128];
  const char *p = np;
  while (*p) {
    size_t n = 0;
    /* a piece ends at a separator: ·, &, /, +, |, a comma or " and " */
    while (p[n] && !strchr("&/+|,", p[n]) && strncmp(p + n, "\xc2\xb7", 2) != 0 &&
           strncasecmp(p + n, " and ", 5) != 0)
      n++;
    size_t a = 0, z = n;
    while (a < z && isspace((unsigned char)p[a]))
      a++;
    while (z > a && isspace((unsigned char)p[z - 1]))
      z--;
    if (z > a) {
      if (z - a >= sizeof piece)
        return NULL;
      memcpy(piece, p + a, z - a);
      piece[z - a] = '\0';
      const char *w = tmc_lexicon_says(lx, TMC_WORDS_HOSTED, piece);
      if (!w || strlen(w) != z - a)
        return NULL;
      first = first ? first : w;
    }
    p += n;
    if (!*p)
      break;
    p += strncmp(p, "\xc2\xb7", 2) == 0 ? 2 : strncasecmp(p, " and ", 5) == 0 ? 5 : 1;
  }
  return first;
}

/* outside17 (B1): other organisations' services, platforms and devices are
 * drawn where the system is not, and named by their product or their owner,
 * not by what a component of ours would be called. The evidence when e is
 * drawn as theirs, else NULL (the caller has checked that its words name
 * no model, tool, store or compute of the system's, and no kind but a
 * generic component's):
 * - inside a zone whose name says it holds other organisations' services
 *   (party_zones: "Vendors / SaaS", "Other companies' clouds", "3rd-party
 *   services", "github.com (SaaS)"): whatever is drawn there is theirs,
 *   "Hotelbeds Booking API" and "Reminder service" too (not a zone merely
 *   named the outside: "Internet-facing", "Vendor cloud", "Android phone
 *   (not ours)" hold the system's own parts as often);
 * - outside every boundary of a page that draws its system inside zones
 *   (not groupings, not frames kept by default), at one end of its flows
 *   (only sends, only receives, or only talks with the one element that
 *   calls it: ar.beside_zones), with no head noun, named by no
 *   kind word at all ("GOV.UK Pay", "Civil enforcement officers' handhelds
 *   (CT45)": a name only its owner gives) or by a vendor's or an outside
 *   party's word ("Freshservice (ticketing SaaS)", "Instagram · TikTok").
 * Weighs as a node left beside DOT clusters does (tmc_lexicon_outside_weight):
 * more than a generic head ("service", "API", "app") or an icon. */
static const char *drawn_as_theirs(const tmc_ir *ir, const tmc_lexicon *lx, around ar,
                                   const tmc_element *e, bool head, tmc_kind k_word,
                                   tmc_kind tw_kind, tmc_arena *a) {
  const tmc_boundary *z = zone_around(ir, e);
  const char *w;
  /* kinds20a (K1): not a zone that draws one party's system open: its
   * parts keep their own kinds (open_zones) */
  if (z && !z->open &&
      (w = tmc_lexicon_says(lx, TMC_WORDS_PARTY_ZONES, z->label)) != NULL)
    return tmc_arena_printf(a, "in '%s' (word '%s': other organisations' services)",
                            z->label, w);
  char np[512];
  name_part(e, np, sizeof np);
  /* A head noun beside the zones names the system's own part for that
   * party ("Mailgun webhook relay"); Graphviz's default ellipse, which
   * nobody chose, says nothing either way. */
  if (!ar.beside_zones || head)
    return NULL;
  /* The name part names only vendors ("Instagram · TikTok"), or a remark
   * does ("Freshservice (ticketing SaaS)"); a name going on after a vendor
   * ("Mailgun webhook relay") is the system's own part for it. */
  w = only_vendors(lx, np);
  if (!w && tmc_lexicon_says(lx, TMC_WORDS_HOSTED, np))
    return NULL;
  if (!w)
    w = tmc_lexicon_says(lx, TMC_WORDS_HOSTED, e->label);
  if (w || names_outsider(lx, np, NULL))
    return tmc_arena_printf(a,
                            "'%s' drawn outside the system's boundaries, at one end of "
                            "its flows",
                            w ? w : np);
  /* Named by nothing at all, it is theirs where it sends in (what only
   * receives keeps what its shape says, as beside DOT clusters). kinds22
   * (K1): the default ellipse a node an edge made before the graph's node
   * defaults were set is drawn in (nobody chose it) says nothing to keep:
   * beside the zones at one end of the flows it is theirs either way ("OTP
   * SimplePay", "NAV Online Számla" a shop and a till only report to). */
  if (k_word == TMC_KIND_COUNT &&
      ((ar.sends && !(e->look & TMC_LOOK_DEFAULT_SHAPE)) ||
       (e->look & TMC_LOOK_MISSED_DEFAULT)) &&
      (tw_kind == TMC_KIND_COUNT || tw_kind == TMC_KIND_PROCESS ||
       tw_kind == TMC_KIND_EXTERNAL))
    return "named by no kind word, drawn outside the system's boundaries at one end of "
           "its flows";
  return NULL;
}

/* outside17 (B2): the resource type a resource name leads or ends with, as
 * cloud naming conventions build names from the type's abbreviation and a
 * workload ("kv-desk-agent", "akv_payments_prod", "orders-prod-kv": Azure's
 * Key Vault; words.yaml vault_names), or NULL. The name is the name part's
 * first word when it is one token of segments joined by hyphens or
 * underscores; the type segment is its first or its last. What the rest
 * names is the workload the resource serves ("desk agent"), not what it is.
 * *word gets the segment. */
static const char *vault_name(const tmc_lexicon *lx, const tmc_element *e, char *word,
                              size_t size) {
  char np[512];
  const char *p = name_part(e, np, sizeof np);
  p += strspn(p, " \t");
  size_t n = strcspn(p, " \t(,:;[");
  size_t first = strcspn(p, "-_");
  if (first >= n || n >= 120)
    return NULL;
  size_t last = n;
  while (last > 0 && p[last - 1] != '-' && p[last - 1] != '_')
    last--;
  for (int end = 0; end < 2; end++) {
    size_t at = end ? last : 0, len = end ? n - last : first;
    if (!len || len >= size)
      continue;
    memcpy(word, p + at, len);
    word[len] = '\0';
    const char *w = tmc_lexicon_says(lx, TMC_WORDS_VAULT_NAMES, word);
    if (!w || strlen(w) != len)
      continue;
    /* fix17b (review17 item 4): the segment beside the type names what the
     * thing is when it is a doer after a leading type ("vault-agent",
     * "secrets-rotator": code working the vault) or what a key-value store
     * keeps ("kv-sessions", "cart-kv"): no key vault. */
    size_t b = end ? last - 1 : first + 1, e2 = b;
    if (end) {
      while (b > 0 && p[b - 1] != '-' && p[b - 1] != '_')
        b--;
    } else {
      while (e2 < n && p[e2] != '-' && p[e2] != '_')
        e2++;
    }
    size_t blen = (end ? last - 1 : e2) - b;
    char next[64];
    if (!blen || blen >= sizeof next)
      return w;
    memcpy(next, p + b, blen);
    next[blen] = '\0';
    const char *c = tmc_lexicon_says(lx, TMC_WORDS_VAULT_NAME_CONTENTS, next);
    const char *dw = end ? NULL : tmc_lexicon_says(lx, TMC_WORDS_VAULT_NAME_DOERS, next);
    if ((c && strlen(c) == blen) || (dw && strlen(dw) == blen))
      return NULL;
    return w;
  }
  return NULL;
}

/* kinds28 (K1, K2): is e's name a verb's phrase done to what its head
 * names: a step's name ("Reset password", "Learn Password", "Rotate signing
 * keys", "Scan uploads"), its first word a callable_verbs or kept_acts
 * word and the head written right after it or after one more word ("Reset
 * admin password")? "Render env / Actions secrets" (the product Render)
 * names the secrets kept there. */
static bool act_on_kept(const tmc_lexicon *lx, const tmc_element *e, const char *head) {
  char np[512], first[64];
  const char *p = name_part(e, np, sizeof np);
  p += strspn(p, " ");
  size_t n = strcspn(p, " _,;:/\n"); /* "reset_password": a function's name */
  if (n == 0 || n >= sizeof first || (p[n] != ' ' && p[n] != '_'))
    return false;
  snprintf(first, sizeof first, "%.*s", (int)n, p);
  const char *v = tmc_lexicon_says(lx, TMC_WORDS_CALLABLE_VERBS, first);
  if (!v || strlen(v) != n)
    v = tmc_lexicon_says(lx, TMC_WORDS_KEPT_ACTS, first);
  if (!v || strlen(v) != n)
    return false;
  const char *rest = p + n + strspn(p + n, " _");
  size_t hn = strlen(head), words = 0; /* the words before the head */
  for (size_t i = 0; rest[i] && words <= 1; i++) {
    if ((i == 0 || rest[i - 1] == ' ' || rest[i - 1] == '_') &&
        strncasecmp(rest + i, head, hn) == 0 && !isalnum((unsigned char)rest[i + hn]))
      return true;
    words += rest[i] != ' ' && rest[i] != '_' &&
             (i == 0 || rest[i - 1] == ' ' || rest[i - 1] == '_');
  }
  return false;
}

/* kinds28 (K1): is text[0..n) exactly one entry of list (any case)? */
static bool says_exactly(const tmc_lexicon *lx, tmc_word_list list, const char *text,
                         size_t n) {
  char w[96];
  if (!n || n >= sizeof w)
    return false;
  memcpy(w, text, n);
  w[n] = '\0';
  const char *said = tmc_lexicon_says(lx, list, w);
  return said && strlen(said) == n;
}

/* kinds28 (K1): is the file name f[0..n) (a path's last segment) a file
 * of keys or settings by its name? By its extension (key_file_exts: "pem",
 * "env", any part after the first dot: ".env.production"), by its whole
 * name (key_file_names: "id_rsa"), or by a word of its name (split at - and
 * _) saying settings with a data format's or a script's extension
 * ("wp-config.php", "settings.py") or saying keys with a data format's
 * ("sa-key.json", "lyklar.yaml"; "keys.py" is code). */
static bool key_file_name(const tmc_lexicon *lx, const char *f, size_t n) {
  if (says_exactly(lx, TMC_WORDS_KEY_FILE_NAMES, f, n))
    return true;
  bool dot = *f == '.'; /* a dot file: its name is what a part after a dot is */
  if (dot)
    f++, n--;
  if (!n)
    return false;
  size_t stem = strcspn(f, ".");
  if (stem > n)
    stem = n;
  if (stem == n)
    return dot && says_exactly(lx, TMC_WORDS_KEY_FILE_EXTS, f, n);
  size_t last = n;
  while (last > stem && f[last - 1] != '.')
    last--;
  for (size_t i = stem; i < n;) { /* each part after a dot */
    size_t j = i + 1;
    while (j < n && f[j] != '.')
      j++;
    if (says_exactly(lx, TMC_WORDS_KEY_FILE_EXTS, f + i + 1, j - i - 1))
      return true;
    i = j;
  }
  if (dot && says_exactly(lx, TMC_WORDS_KEY_FILE_EXTS, f, stem))
    return true;
  bool data = says_exactly(lx, TMC_WORDS_CONFIG_FILE_EXTS, f + last, n - last);
  bool code = says_exactly(lx, TMC_WORDS_CODE_FILE_EXTS, f + last, n - last);
  if (!data && !code)
    return false;
  for (size_t i = 0; i < stem;) {
    size_t j = i;
    while (j < stem && f[j] != '-' && f[j] != '_')
      j++;
    /* a script's name ends with what it is ("wp-config.php"; "config_
     * loader.py" is the loader) */
    if ((data || j == stem) &&
        (says_exactly(lx, TMC_WORDS_CONFIG_FILE_STEMS, f + i, j - i) ||
         (data && says_exactly(lx, TMC_WORDS_KEY_FILE_STEMS, f + i, j - i))))
      return true;
    i = j + 1;
  }
  return says_exactly(lx, TMC_WORDS_CONFIG_FILE_STEMS, f, stem) ||
         (data && says_exactly(lx, TMC_WORDS_KEY_FILE_STEMS, f, stem));
}

/* kinds28 (K2): the first word of e's name part that is a folder by its
 * path ("wp-content/uploads", "/var/www/media/", "\\\\nas\\scans"): a path of
 * two segments or more (or one ending with its separator) whose last names
 * what files are kept in (folder_names: uploads, attachments, backups), or
 * NULL. Not an address ("https://...", "s3://" is a bucket's) nor an API's
 * route ("/api/v1/uploads"). Into buf. */
static const char *folder_path(const tmc_lexicon *lx, const tmc_element *e, char *buf,
                               size_t size) {
  char np[512];
  const char *p = name_part(e, np, sizeof np);
  while (*p) {
    size_t n = strcspn(p, " \t\n,;+&|\"'`<>[]");
    size_t seps = 0;
    for (size_t i = 0; i < n; i++)
      seps += p[i] == '/' || p[i] == '\\';
    bool address = false; /* "https://...", "s3://..." */
    for (size_t i = 0; i + 2 < n && !address; i++)
      address = p[i] == ':' && p[i + 1] == '/' && p[i + 2] == '/';
    if (n && n < size && seps && !address) {
      size_t end = n;
      bool dir = false;
      while (end && (p[end - 1] == '/' || p[end - 1] == '\\'))
        end--, dir = true;
      size_t seg = end;
      while (seg && p[seg - 1] != '/' && p[seg - 1] != '\\')
        seg--;
      bool route = false;
      for (size_t i = 0; i < end;) { /* an API's route: a segment "api", "v1" */
        size_t j = i;
        while (j < end && p[j] != '/' && p[j] != '\\')
          j++;
        route |= (j - i == 3 && strncasecmp(p + i, "api", 3) == 0) ||
                 (j - i >= 2 && j - i <= 3 && (p[i] == 'v' || p[i] == 'V') &&
                  isdigit((unsigned char)p[i + 1]));
        i = j + 1;
      }
      if (!route && end > seg && (seg > 0 || dir) && (seps > 1 || seg > 1 || dir) &&
          says_exactly(lx, TMC_WORDS_FOLDER_NAMES, p + seg, end - seg)) {
        memcpy(buf, p, n);
        buf[n] = '\0';
        return buf;
      }
    }
    p += n;
    if (*p)
      p++;
  }
  return NULL;
}

/* kinds30 (K4): the address of an object store's container leading e's
 * name part ("gs://vela-adapters (latest/)", "s3://acme-train-images",
 * "swift: tray-images", "swift: labels/ coco_boxes.json"): a scheme of
 * bucket_schemes before "://", or before ": " and a container's name
 * written as code writes one (no capital, a '/', '-', '_' or '.' in it:
 * "SWIFT: MT103 messages" is the bank network), with the path words that
 * follow it (written so too). Into buf; *end is where the address ends in
 * the name part (a head after it names what reads it: "s3://raw-events
 * loader job"). Else NULL. */
static bool coded_token(const char *c, size_t n) {
  bool coded = false;
  for (size_t i = 0; i < n; i++) {
    if (isupper((unsigned char)c[i]))
      return false;
    coded |= c[i] == '/' || c[i] == '-' || c[i] == '_' || c[i] == '.';
  }
  return coded;
}

static const char *bucket_name(const tmc_lexicon *lx, const tmc_element *e, char *buf,
                               size_t size, size_t *end) {
  char np[512];
  const char *start = name_part(e, np, sizeof np), *p = start;
  while (*p && !isalnum((unsigned char)*p))
    p++;
  size_t n = 0;
  while (isalnum((unsigned char)p[n]))
    n++;
  if (!n || p[n] != ':' || !says_exactly(lx, TMC_WORDS_BUCKET_SCHEMES, p, n))
    return NULL;
  const char *c = p + n + 1;
  if (c[0] == '/' && c[1] == '/') {
    c += 2;
    if (!isalnum((unsigned char)*c))
      return NULL;
    c += strcspn(c, " \t\n");
  } else {
    c += strspn(c, " ");
    size_t cn = strcspn(c, " \t\n");
    if (!cn || !isalnum((unsigned char)*c) || !coded_token(c, cn))
      return NULL;
    c += cn;
  }
  for (;;) { /* path words after it ("labels/ coco_boxes.json") */
    const char *t = c + strspn(c, " \t\n");
    size_t tn = strcspn(t, " \t\n");
    if (!tn || !coded_token(t, tn))
      break;
    c = t + tn;
  }
  size_t len = (size_t)(c - p);
  if (len >= size)
    len = size - 1;
  memcpy(buf, p, len);
  buf[len] = '\0';
  *end = (size_t)(c - start);
  return buf;
}

/* b36: is p[0..n) one word the lexicon reads as a store's head by itself
 * ("file", "fájl", "ఫైలు": a head that ends the word)? */
static bool store_word(const tmc_lexicon *lx, const char *p, size_t n) {
  char w[96];
  if (!n || n >= sizeof w)
    return false;
  memcpy(w, p, n);
  w[n] = '\0';
  tmc_kind k;
  tmc_tech t;
  const char *hw;
  bool at_end;
  return tmc_lexicon_head(lx, w, &k, &t, &hw, &at_end) && at_end &&
         tmc_kind_dfd(k) == TMC_DFD_STORE && strlen(hw) == n;
}

/* kinds28 (K1): does nothing but the names of the variables a file keeps
 * ("deploy.env HF_TOKEN, DB_URL") or another file ("tls.crt + tls.key")
 * follow p in its clause (to a comma, a semicolon or a line's end)? A
 * word there says what the file is read by or for ("settings.yaml
 * loader"), unless it is a file_places word (kinds33): the clause then
 * says where the file lies, *place its start. */
static bool ends_clause(const tmc_lexicon *lx, const char *p, const char **place) {
  *place = NULL;
  while (*p && !strchr(",;\n", *p)) {
    if (strchr(" \t+&|", *p)) {
      p++;
      continue;
    }
    size_t n = strcspn(p, " \t\n,;+&|");
    bool var = true, file = false;
    for (size_t i = 0; i < n; i++) {
      var &= isupper((unsigned char)p[i]) || isdigit((unsigned char)p[i]) || p[i] == '_';
      file |= p[i] == '.' && i > 0 && i + 1 < n;
    }
    /* kinds33: the clause going on to say where the file lies ("...
     * /etc/flockvision.env ar y blwch", "deploy.env on the build box") */
    if (!var && !file) {
      /* b36 (vennela): ... or the one word saying it is a file, in the
       * label's language (".env ఫైలు", "lyklar.env fájl", "deploy.env
       * Datei"): a store head of its own, nothing that reads the file */
      if (store_word(lx, p, n)) {
        p += n;
        continue;
      }
      if (!says_exactly(lx, TMC_WORDS_FILE_PLACES, p, n))
        return false;
      *place = p;
      return true;
    }
    p += n;
  }
  return true;
}

/* g30d: is e's label a process's environment listed by its variables
 * ("service env OPENAI_API_KEY, HUBSPOT_TOKEN", "worker env\nSTRIPE_KEY,
 * DB_PASSWORD")? An env_words entry (one or two words) on the name line,
 * followed by nothing but variables' names (capitals, digits and '_', at
 * least one with a '_'), whatever precedes it (whose environment it is).
 * The env words, into buf; else NULL. */
static bool var_name(const char *t, size_t n) {
  bool under = false;
  for (size_t i = 0; i < n; i++) {
    if (!isupper((unsigned char)t[i]) && !isdigit((unsigned char)t[i]) && t[i] != '_')
      return false;
    under |= t[i] == '_';
  }
  return n > 1 && under && isupper((unsigned char)t[0]);
}

/* b35c: where the last word of a class name written as code's are starts
 * ("ProcessEnvironment": 7, "WorkerEnv": 6), else 0 (no word in lower case
 * before a capital: "env", "ENV", "Environment"). */
static size_t camel_tail(const char *t, size_t n) {
  size_t at = 0;
  for (size_t i = 1; i + 1 < n; i++)
    if (islower((unsigned char)t[i - 1]) && isupper((unsigned char)t[i]) &&
        islower((unsigned char)t[i + 1]))
      at = i;
  return at;
}

static const char *env_of_vars(const tmc_lexicon *lx, const tmc_element *e, char *buf,
                               size_t size) {
  const char *sep = " \t\n,;+&|()[]:=\"'`";
  const char *l = e->label;
  if (!l)
    return NULL;
  const char *p = l;
  while (*p) {
    p += strspn(p, sep);
    size_t n = strcspn(p, sep);
    if (!n)
      break;
    /* one word, or two ("env vars") */
    const char *q = p + n;
    size_t gap = strspn(q, " \t"), n2 = gap && q[gap] ? strcspn(q + gap, sep) : 0;
    size_t len = 0;
    size_t tail = camel_tail(p, n);
    if (n2 && says_exactly(lx, TMC_WORDS_ENV_WORDS, p, n + gap + n2))
      len = n + gap + n2;
    else if (says_exactly(lx, TMC_WORDS_ENV_WORDS, p, n))
      len = n;
    /* b35c: ... or a class name ending in one, a UML object's type
     * ("env : ProcessEnvironment", "WorkerEnv") */
    else if (tail && says_exactly(lx, TMC_WORDS_ENV_WORDS, p + tail, n - tail))
      len = n;
    /* in the name line: a detail line saying "env: AWS_KEY, HF_TOKEN" lists
     * what a process is given, the process stays (blind2 finetune_jobs) */
    if (len && e->name_line && (size_t)(p - l) >= strlen(e->name_line))
      break;
    if (len) {
      const char *r = p + len;
      size_t vars = 0;
      bool only = true;
      while (*r && only) {
        r += strspn(r, sep);
        size_t m = strcspn(r, sep);
        if (!m)
          break;
        only = var_name(r, m);
        vars += only;
        r += m;
      }
      if (only && vars && len < size) {
        memcpy(buf, p, len);
        buf[len] = '\0';
        return buf;
      }
    }
    p += n;
  }
  return NULL;
}

/* kinds28 (K1): the first word of e's name part that is a file of keys or
 * settings by its name (key_file_name; a path's last segment: "~/.aws/
 * credentials.json", "/etc/ssl/private/server.key"), copied into buf, or
 * NULL. A word ends at a space or a list's mark (, ; + & | quotes). The
 * clause saying where it lies, if any, goes to place (kinds33). */
static const char *key_file_at(const tmc_lexicon *lx, const tmc_element *e, char *buf,
                               size_t size, char *place, size_t psize) {
  char np[512];
  if (place && psize)
    *place = '\0';
  const char *p = name_part(e, np, sizeof np);
  while (*p) {
    size_t n = strcspn(p, " \t\n,;+&|\"'`<>[]");
    if (n) {
      size_t seg = n;
      while (seg > 0 && p[seg - 1] != '/' && p[seg - 1] != '\\')
        seg--;
      const char *f = p + seg;
      size_t fn = n - seg;
      while (fn && strchr(".:", f[fn - 1])) /* a sentence's full stop, a colon */
        fn--;
      const char *at;
      if (fn && fn < size && key_file_name(lx, f, fn) && ends_clause(lx, p + n, &at)) {
        memcpy(buf, f, fn);
        buf[fn] = '\0';
        if (at && place && psize)
          snprintf(place, psize, "%.*s", (int)strcspn(at, ",;\n"), at);
        return buf;
      }
    }
    p += n;
    if (*p)
      p++;
  }
  return NULL;
}

static const char *key_file(const tmc_lexicon *lx, const tmc_element *e, char *buf,
                            size_t size) {
  return key_file_at(lx, e, buf, size, NULL, 0);
}

/* kinds30: does a file of code leading e's name part carry the vendor's
 * word w in its name ("openai_client.py", "anthropic-client.ts",
 * "gemini_wrapper.js": a code_file_exts extension)? That is the code
 * calling the vendor's API, not the vendor's model. */
static bool vendor_code_file(const tmc_lexicon *lx, const tmc_element *e, const char *w) {
  if (!tmc_lexicon_says(lx, TMC_WORDS_HOSTED, w))
    return false;
  char np[512];
  const char *p = name_part(e, np, sizeof np);
  p += strspn(p, " \t\n");
  size_t n = strcspn(p, " \t\n,;+&|\"'`<>[]");
  size_t dot = n;
  while (dot && p[dot - 1] != '.')
    dot--;
  if (dot < 2 || dot >= n ||
      !says_exactly(lx, TMC_WORDS_CODE_FILE_EXTS, p + dot, n - dot))
    return false;
  char stem[128];
  if (dot - 1 >= sizeof stem)
    return false;
  memcpy(stem, p, dot - 1);
  stem[dot - 1] = '\0';
  return tmc_has_word(stem, w);
}

/* find29: is e named as a file of keys or settings (key_file), whatever
 * decided its kind? A box drawn as a store keeps its shape's reading
 * (kinds28), but the file it names still keeps keys (facts.c, plain_keys). */
bool tmc_named_key_file(const tmc_lexicon *lx, const tmc_element *e) {
  char buf[128];
  return key_file(lx, e, buf, sizeof buf) != NULL;
}

/* kinds17b (K2): does word w lead label l, followed by another word on the
 * same line ("Customer memories ...": a modifier of what follows)? */
static bool modifies_next(const char *l, const char *w) {
  size_t n = strlen(w);
  while (*l == ' ')
    l++;
  if (!n || strncasecmp(l, w, n) != 0 || l[n] != ' ')
    return false;
  return isalpha((unsigned char)l[n + 1]);
}

/* ---- mlkind18 (K6) ----------------------------------------------------
 * A screen people work in (words.yaml user_interfaces: "Open OnDemand
 * portal", "ML console", "Model upload UI") that passes their uploads and
 * job forms on: what it writes into a registry is what they uploaded, not
 * a model it trained; the job it submits trains. */
static bool people_screen(const tmc_lexicon *lx, const tmc_element *e) {
  return tmc_lexicon_says(lx, TMC_WORDS_USER_INTERFACES, e->label) &&
         !tmc_lexicon_says(lx, TMC_WORDS_ROLE_TRAINER, e->label);
}

/* Does a registry's kind word name a public model hub on a store drawn as
 * one whose label says the system's copy of its files ("~/.cache/huggingface (shared
 * NFS)", "HF hub mirror, snapshots")? The hub's name says whose models the store keeps:
 * the store is the system's, holding model files (facts.c model_artifacts),
 * no registry the system publishes to. */
static bool hub_copy(const tmc_lexicon *lx, const tmc_element *e, tmc_kind k,
                     const char *word) {
  return k == TMC_KIND_MODEL_REGISTRY && e->shape_source != TMC_SOURCE_NONE &&
         tmc_kind_dfd(e->shape_kind) == TMC_DFD_STORE &&
         tmc_lexicon_says(lx, TMC_WORDS_MODEL_HUBS, word) &&
         tmc_lexicon_says(lx, TMC_WORDS_MODEL_CACHES, e->label);
}
/* ---- end mlkind18 ---- */

/* kinds35 (K1): a vendor or platform word in the aside of a component the
 * system's own zone holds ("Head unit (Android Automotive, voice client)",
 * "sorter control PC (telegram interface to WMS)", "metadata ingestion
 * (Salesforce help text)") says what the component runs on or talks to,
 * not that it is that party's: drawn as a component there, it stays one.
 * Named in the name part ("Stripe", "SendGrid (receipts)") the word still
 * names the party. */
/* An aside of nothing but the party ("Payments (Stripe)") says whose the
 * box is: the party's. */
/* r38miram: is word w in label l (whole word, any case) written right after
 * "for" or "to" ("export for vendor", "copy to the supplier"): the one
 * the thing goes to? */
static bool recipient_word(const char *l, const char *w) {
  size_t n = strlen(w);
  for (const char *p = l; n && *p; p++) {
    if (strncasecmp(p, w, n) != 0 || isalnum((unsigned char)p[n]) ||
        (p > l && isalnum((unsigned char)p[-1])))
      continue;
    const char *q = p;
    while (q > l && q[-1] == ' ')
      q--;
    static const char *const arts[] = {"the ", "a ", "our ", "their "};
    for (size_t i = 0; i < sizeof arts / sizeof *arts; i++) {
      size_t an = strlen(arts[i]);
      if ((size_t)(p - l) >= an && strncasecmp(p - an, arts[i], an) == 0) {
        q = p - an;
        while (q > l && q[-1] == ' ')
          q--;
        break;
      }
    }
    if ((q - l >= 3 && strncasecmp(q - 3, "for", 3) == 0 &&
         (q - l == 3 || !isalnum((unsigned char)q[-4]))) ||
        (q - l >= 2 && strncasecmp(q - 2, "to", 2) == 0 &&
         (q - l == 2 || !isalnum((unsigned char)q[-3]))))
      return true;
  }
  return false;
}

static bool aside_party(const tmc_ir *ir, const tmc_element *e, const char *word) {
  char np[512];
  const tmc_boundary *z = zone_around(ir, e);
  /* r38miram: ... and so on a box no shape names at all (draw.io's folder)
   * whose aside names the party as whom it is for ("Corrected clips
   * (monthly export for vendor)", "(copy to supplier)"): the recipient */
  if (!(word && z && !z->foreign &&
        ((e->shape_source == TMC_SOURCE_NONE && recipient_word(e->label, word)) ||
         (e->shape_source != TMC_SOURCE_NONE && e->shape_kind == TMC_KIND_PROCESS)) &&
        strchr(e->label, '(') != NULL &&
        !tmc_has_word(name_part(e, np, sizeof np), word) && !tmc_has_word(e->id, word)))
    return false;
  for (const char *p = strchr(e->label, '('); p; p = strchr(p + 1, '(')) {
    const char *q = p + 1 + strspn(p + 1, " ");
    size_t n = strlen(word);
    if (strncasecmp(q, word, n) == 0 && q[n + strspn(q + n, " ")] == ')')
      return false;
  }
  return true;
}

/* r2kinds: does a boundary around e name the vendor w ("Freshdesk agent
 * portal" in a cluster "Freshdesk production")? Then the diagram draws the vendor's own
 * system, and its parts are the system's. Walks up the boundary tree,
 * bounded by the boundaries' count. */
static bool own_vendor(const tmc_ir *ir, const tmc_element *e, const char *w) {
  uint32_t b = e->boundary;
  for (uint32_t n = 0; b < ir->n_boundaries && n < ir->n_boundaries; n++) {
    const tmc_boundary *x = &ir->boundaries[b];
    if (x->label && tmc_has_word(x->label, w))
      return true;
    b = x->parent;
  }
  return false;
}

/* r2kinds (issue #15): the vendor whose product e is, where its name says
 * so, else NULL: a SaaS vendor's name (words.yaml saas_vendors: "Dynamics
 * 365", "Omantel") leads the name part, before a head saying what such
 * products do (vendor_products: "Dynamics 365 Customer Service"), with no word
 * between saying code of the system's own made for the vendor
 * (vendor_glue: "Salesforce sync service"), or is the whole of the label's
 * first parenthesised aside after that head ("SMS gateway (Omantel)"). (Not
 * a name line of nothing but the vendor above details naming the head,
 * "Dynamics 365\nCustomer Service": blind8's paths go through such a CRM
 * as a component the pipeline pulls from.) */
static const char *vendor_product(const tmc_lexicon *lx, const tmc_element *e,
                                  const char *head, const tmc_ir *ir) {
  if (!head || !tmc_lexicon_says(lx, TMC_WORDS_VENDOR_PRODUCTS, head))
    return NULL;
  char np[512], aside[64];
  const char *name = name_part(e, np, sizeof np);
  const char *w;
  const char *open = strchr(e->label, '('), *close = open ? strchr(open, ')') : NULL;
  if (close && close - open - 1 < (ptrdiff_t)sizeof aside) {
    snprintf(aside, sizeof aside, "%.*s", (int)(close - open - 1), open + 1);
    size_t n = strspn(aside, " ");
    if ((w = tmc_lexicon_says(lx, TMC_WORDS_SAAS_VENDORS, aside + n)) != NULL &&
        strlen(w) == strlen(aside + n) && tmc_has_word(name, head))
      return own_vendor(ir, e, w) ? NULL : w;
  }
  /* the vendor's name: the name's first one to three words, whole */
  if (!tmc_lexicon_says(lx, TMC_WORDS_SAAS_VENDORS, name))
    return NULL;
  char lead[128];
  size_t end = 0;
  for (int n = 0; n < 3 && name[end]; n++) {
    end += strspn(name + end, " ");
    end += strcspn(name + end, " ");
    if (end >= sizeof lead)
      return NULL;
    memcpy(lead, name, end);
    lead[end] = '\0';
    if (!(w = tmc_lexicon_says(lx, TMC_WORDS_SAAS_VENDORS, lead)) || strlen(w) != end)
      continue;
    if (tmc_lexicon_says(lx, TMC_WORDS_VENDOR_GLUE, name + end) ||
        !tmc_has_word(name + end, head))
      return NULL;
    return own_vendor(ir, e, w) ? NULL : w;
  }
  return NULL;
}

/* Whether the first `span` bytes of a code name ("update_applicant",
 * "tools.carrier_lookup") say `word` once its `_` and `.` are read as spaces
 * (what the head word was found in; longer names are cut at 255 bytes). */
static bool code_name_says(const char *code, size_t span, const char *word) {
  char name[256];
  size_t n = span < sizeof name ? span : sizeof name - 1;
  for (size_t i = 0; i < n; i++)
    name[i] = code[i] == '_' || code[i] == '.' ? ' ' : code[i];
  name[n] = '\0';
  return tmc_has_word(name, word);
}

static void classify_read(const tmc_lexicon *lx, tmc_ir *ir, const bool *boxes,
                          const tmc_boundary *const *outside, around ar, tmc_element *e,
                          tmc_diags *d) {
  bool sends = ar.sends;
  /* kinds19 (K2): the names code calls things by, as written (the id on a
   * page of ids, where the label is read as words) */
  const char *code_label = ar.id_page ? e->id : e->label;
  tmc_arena *a = ir->arena;
  e->tech = TMC_TECH_NONE;
  e->tech_source = TMC_SOURCE_NONE;
  e->tech_evidence = NULL;
  const char *unknown = NULL;
  bool card;
  double own_w;
  e->look &= ~(unsigned)TMC_LOOK_LIGHT_STORE;
  drawing_kind(lx, ir, boxes, outside, sends, ar.gets, ar.zoned_page, e, a, &unknown,
               &card, &own_w);
  /* kinds33: a draw.io shape whose row gives it a hint's weight under a
   * shape's (the note: drawn for a file of keys, a UML artifact, a model
   * file) says "a store" only where nothing else says what is kept: it is
   * no store drawn as one (its head and the key-file rules decide). b35d:
   * so is a DOT store shape drawn for anything (loose_store: a note, a
   * folder), where the key-file and environment rules below would else be
   * skipped and the head ("container app env\nSLATE_KEY, GRAPH_SECRET":
   * 'app') outvote the shape. */
  const bool hint_store =
      (e->notation == TMC_NOTATION_DRAWIO && e->shape_source == TMC_SOURCE_STYLE &&
       own_w > 0 && own_w < tmc_lexicon_weight(lx, TMC_SOURCE_SHAPE) &&
       tmc_kind_dfd(e->shape_kind) == TMC_DFD_STORE) ||
      loose_store(lx, e);
  /* A shape's own weight stands while the shape decides; a heavy "not
   * ours" (a cloud) does not outvote a model's or a tool's name, and where
   * the head already names the outside ("Customer") the head is the
   * evidence. A light one (fe20: Office's Azure cloud icon, which says
   * where a thing is hosted, not what it is) keeps its lightness. */
  bool heavy = own_w > tmc_lexicon_weight(lx, e->shape_source);
  if (own_w > 0 &&
      ((e->shape_source != TMC_SOURCE_SHAPE && e->shape_source != TMC_SOURCE_STYLE &&
        e->shape_source != TMC_SOURCE_ZONE && e->shape_source != TMC_SOURCE_ICON) ||
       (heavy && e->shape_kind == TMC_KIND_EXTERNAL &&
        e->shape_source != TMC_SOURCE_ZONE && names_ai_code(lx, e->label))))
    own_w = 0;
  /* fe23: a person's device drawn as an icon (a phone, a tablet, a
   * workstation, an edge device) says whose device; a model or an LLM its words name runs
   * on it ("Mobile app (on-device LLM)" on a phone): the words decide, as
   * on a card. */
  if (e->shape_source == TMC_SOURCE_ICON && e->shape_kind == TMC_KIND_EXTERNAL &&
      (e->tech == TMC_TECH_DEVICE || e->tech == TMC_TECH_MOBILE_APP ||
       e->tech == TMC_TECH_IOT_DEVICE) &&
      e->tech_source == TMC_SOURCE_ICON && runs_model(lx, e->label)) {
    own_w = tmc_lexicon_card_weight(lx);
    heavy = false;
  }
  /* perf28: the element's head, where this asks it, is kept for the
   * technology words below (the tech= and type= reads between change
   * nothing element_head reads: the label and its lines, the notation and
   * the shape) */
  struct {
    bool asked, head, at_end;
    tmc_kind k, product_kind;
    tmc_tech t;
    const char *w, *product;
    double wt;
  } eh = {0};
  if (own_w > 0 && heavy && e->shape_kind == TMC_KIND_EXTERNAL) {
    eh.asked = true;
    eh.head = element_head(lx, e, &eh.k, &eh.t, &eh.w, &eh.at_end, &eh.wt, &eh.product,
                           &eh.product_kind);
    if (eh.head && eh.k == TMC_KIND_EXTERNAL)
      own_w = 0;
  }
  const char *tech = tmc_props_get(&e->props, "tech");
  if (tech && *tech) {
    tmc_tech t;
    if (tmc_tech_parse(tech, &t)) {
      e->tech = t;
      e->tech_source = TMC_SOURCE_ATTRIBUTE;
      e->tech_evidence = tech;
    } /* else the vocab pass warns, saying what was decided instead */
  }
  const char *type = tmc_props_get(&e->props, "type");
  tmc_kind k;
  tmc_tech tk;
  const char *word;
  bool typed = false;
  if (type && *type) {
    if (tmc_kind_parse(type, &k)) {
      e->kind = k;
      e->kind_source = TMC_SOURCE_ATTRIBUTE;
      e->kind_evidence = type;
      typed = true;
    } /* else the vocab pass warns, saying what was decided instead */
  }
  /* Technology words: the label's head first, then any word. */
  bool at_end = false;
  double hw = 0;
  const char *product; /* what a name line without a head names */
  tmc_kind product_kind;
  bool head;
  if (eh.asked) {
    head = eh.head;
    k = eh.k, tk = eh.t, word = eh.w, at_end = eh.at_end, hw = eh.wt;
    product = eh.product, product_kind = eh.product_kind;
  } else
    head = element_head(lx, e, &k, &tk, &word, &at_end, &hw, &product, &product_kind);
  /* kinds28 (K1, K2): a credential or a folder heading a name its verb
   * leads ("Reset password", "Rotate signing keys", "Scan uploads",
   * "reset_password") names the step done to it, a screen or a job: no
   * store, and no technology of one. */
  if (head && k == TMC_KIND_DATA_STORE &&
      (tk == TMC_TECH_SECRETS_VAULT || tk == TMC_TECH_FILE_SHARE) &&
      act_on_kept(lx, e, word))
    head = false;
  /* kinds30 (K4): a name part that is an object store container's address
   * ("gs://vela-adapters (latest/)", "swift: models/") names a bucket: a
   * store, whatever a word of its path says it holds ("models/": what is
   * kept there, below) or whatever it is drawn as. Where a head follows
   * the address ("s3://raw-events loader job": its ':' hid it from the head
   * reader) that head names the box, what it reads the address. */
  char bk[256];
  size_t bend = 0;
  const char *bucket = bucket_name(lx, e, bk, sizeof bk, &bend);
  if (bucket && !typed) {
    char np[512];
    name_part(e, np, sizeof np);
    head_noun after;
    head = true;
    at_end = true;
    hw = 0;
    if (bend >= strlen(np) || !head_of(lx, np + bend, &after)) {
      k = TMC_KIND_DATA_STORE;
      tk = TMC_TECH_OBJECT_STORAGE;
      word =
          tmc_arena_printf(a, "%s (an object store's container, by its address)", bucket);
    } else { /* the head after the address, which the address hid */
      k = after.kind;
      tk = after.tech;
      word = after.word;
      at_end = after.at_end;
    }
  }
  /* xkinds28 (K1): a party's service whose detail says what it holds */
  const char *party_name =
      head && !bucket && !typed ? party_holds(lx, ir, e, k, word) : NULL;
  const char *party_held = NULL;
  if (party_name) {
    party_held = tmc_arena_strdup(a, word);
    head = false;
  }
  product = product ? tmc_arena_strdup(a, product) : NULL;
  const char *head_word = head ? tmc_arena_strdup(a, word) : NULL;
  const char *head_said = head_word; /* the head as written (head_word may explain) */
  tmc_kind head_kind = head ? k : TMC_KIND_COUNT;
  tmc_tech head_tech = head ? tk : TMC_TECH_NONE;
  if (head && tk != TMC_TECH_NONE)
    set_tech(e, tk, TMC_SOURCE_HEAD_NOUN, head_word);
  tmc_kind tw_kind = TMC_KIND_COUNT;
  const char *tw = NULL;
  tmc_tech tw_tech = TMC_TECH_NONE;
  if (tmc_lexicon_tech_word(lx, e->label, &tk, &tw_kind, &word) ||
      tmc_lexicon_tech_word(lx, e->id, &tk, &tw_kind, &word)) {
    tw = tmc_arena_strdup(a, word);
    tw_tech = tk;
    if (!(head && keeps_keys(head_kind, head_tech, TMC_TECH_NONE)))
      set_tech(e, tk, TMC_SOURCE_LABEL_WORD, tw);
  }
  if (typed)
    return;
  /* kinds17b (K2): a people word leading a name ahead of another word
   * modifies it ("Customer memories Firestore", "Patient records Cloud SQL",
   * "User sessions Redis"): where the head came from inside the name (not
   * its end) and the label names a store's product, the box is that store,
   * holding the people's things, not the people. */
  if (head && head_kind == TMC_KIND_EXTERNAL && !at_end && tw &&
      tmc_kind_dfd(tw_kind) == TMC_DFD_STORE && modifies_next(e->label, head_said)) {
    head_kind = tw_kind;
    head_tech = tw_tech;
    head_word = tmc_arena_printf(a, "%s ('%s' only says whose)", tw, head_said);
  }
  /* kinds18 (K2): a people word heading a part the author marked as the
   * system's own (a C4 container or component tag, "in-house") names whom
   * it serves ("Session Manager [Container: WPF app]", "Underwriter
   * Workbench [Container: React SPA]"): it is a component (a store whose
   * name it modifies, "Patient records [Container: PostgreSQL]", is one
   * already, above). */
  const char *mine;
  if (head && head_kind == TMC_KIND_EXTERNAL &&
      (mine = own_mark(lx, e, head_said, a)) != NULL) {
    head_kind = TMC_KIND_PROCESS;
    head_tech = TMC_TECH_NONE;
    head_word = tmc_arena_printf(a, "%s (%s: the system's own part)", head_said, mine);
  }
  /* A person's role a machine plays ("AI stylist", "Robo-advisor",
   * "Legal assistant (LLM)") is software the system runs, not a person. */
  const char *bot;
  if (head && head_kind == TMC_KIND_EXTERNAL &&
      (bot = ai_made(lx, e->label, head_said, a)) != NULL) {
    head_kind = TMC_KIND_PROCESS;
    head_tech = TMC_TECH_NONE;
    head_word = tmc_arena_printf(a, "%s (%s: software playing the role)", head_said, bot);
  }
  /* kinds34: a role whose word also names the software the role works in
   * (words.yaml app_roles: "DrawDesk lottery admin\nLaravel 10, PHP 8.2"),
   * on a label naming the framework it is built with (web_frameworks), is
   * that software; and a person's word followed by a command of a
   * framework's command line ("artisan draw:run", "butler sync:all") names
   * the program run, not a person. */
  const char *framework = NULL;
  if (head && head_kind == TMC_KIND_EXTERNAL &&
      ((tmc_lexicon_says(lx, TMC_WORDS_APP_ROLES, head_said) &&
        (framework = tmc_lexicon_says(lx, TMC_WORDS_WEB_FRAMEWORKS, e->label)) != NULL) ||
       command_after(e->label, head_said))) {
    head_kind = TMC_KIND_PROCESS;
    head_tech = TMC_TECH_NONE;
    head_word =
        framework ? tmc_arena_printf(a, "%s (built with '%s': the software of the role)",
                                     head_said, framework)
                  : tmc_arena_printf(a, "%s (a program its command follows)", head_said);
  }
  /* sources16 (B1): a public index or hub others publish packages, images,
   * models or data to, named as what the box is, is that service: outside
   * the system, whatever shape or card it is drawn as, wherever it is
   * drawn, and whatever kind its product word names ("Hugging Face Hub" is
   * no registry of the system's, "PyPI" no component of it). Which way
   * its arrows point says nothing here: a download is drawn from the
   * puller to the hub as often as back. The supply-chain facts read what
   * it sends (facts.c, supply_chain); the reach pass makes it an entry
   * point where it sends in. */
  const char *pub;
  if ((pub = public_source(lx, e)) != NULL) {
    e->kind = TMC_KIND_EXTERNAL;
    e->kind_source = TMC_SOURCE_LABEL_WORD;
    e->kind_evidence =
        tmc_arena_printf(a, "%s (a public index or hub others publish to)", pub);
    return;
  }
  /* outside17 (B2): a resource named by its type's abbreviation is that
   * resource: "kv-desk-agent" is the desk agent's key vault (a store of
   * secrets, an asset), not an agent. The name is the author's own
   * spelling of what the box is, surer than the shape it is drawn as. */
  char vw[64];
  const char *vn;
  if ((vn = vault_name(lx, e, vw, sizeof vw)) != NULL &&
      !(e->shape_source != TMC_SOURCE_NONE &&
        tmc_kind_dfd(e->shape_kind) == TMC_DFD_STORE &&
        e->shape_kind != TMC_KIND_DATA_STORE)) {
    e->kind = TMC_KIND_DATA_STORE;
    e->kind_source = TMC_SOURCE_HEAD_NOUN;
    e->kind_evidence =
        tmc_arena_printf(a, "%s (a resource named by its type: a key vault)", vn);
    set_tech(e, TMC_TECH_SECRETS_VAULT, TMC_SOURCE_HEAD_NOUN, e->kind_evidence);
    return;
  }
  /* kinds28 (K1): a file of keys or settings named as what the box is
   * ("lyklar.env", "deploy.env HF_TOKEN, DB_URL", "wp-config.php", "SA
   * key.json") is that file: a store of secrets, whatever the code reading
   * it or the vendor its keys open (a script's extension, "php", is no
   * process here). Not where the name's head is of another class
   * ("settings.yaml loader"), nor on a store drawn as a specific one. */
  char kf[128], kplace[256];
  const char *kfn;
  /* kinds33: a head in the clause saying where the file lies ("deploy.env
   * on the build server") names the place, not the box */
  if ((kfn = key_file_at(lx, e, kf, sizeof kf, kplace, sizeof kplace)) != NULL &&
      (!head || tmc_kind_dfd(head_kind) == TMC_DFD_STORE ||
       (*kplace && tmc_has_word(kplace, head_said)) ||
       /* b33a: ... nor does an outside party only its detail lines name
        * (".env\nkọ́kọ́rọ́ API Africa's Talking": whose keys it holds,
        * where a head of the file's own language was not read) */
       (head_kind == TMC_KIND_EXTERNAL && e->name_line &&
        !tmc_has_word(e->name_line, head_said))) &&
      /* drawn as a store already, the store's own words and shape keep
       * deciding what it holds (blind19 saltmarsh "~/.npmrc ~/.aws | SSH
       * key, GitLab PAT" on a cylinder); a note only hints at one */
      !(e->shape_source != TMC_SOURCE_NONE &&
        tmc_kind_dfd(e->shape_kind) == TMC_DFD_STORE && !hint_store)) {
    e->kind = TMC_KIND_DATA_STORE;
    e->kind_source = TMC_SOURCE_HEAD_NOUN;
    e->kind_evidence =
        tmc_arena_printf(a, "%s (a file of keys or settings, by its name)", kfn);
    set_tech(e, TMC_TECH_SECRETS_VAULT, TMC_SOURCE_HEAD_NOUN, e->kind_evidence);
    return;
  }
  /* g30d: ... and a process's environment listed by its variables
   * ("service env OPENAI_API_KEY, HUBSPOT_TOKEN"), whoever's it is ("service",
   * "worker" before it say whose), unless drawn as a specific store */
  if ((kfn = env_of_vars(lx, e, kf, sizeof kf)) != NULL &&
      !(e->shape_source != TMC_SOURCE_NONE &&
        tmc_kind_dfd(e->shape_kind) == TMC_DFD_STORE && !hint_store)) {
    e->kind = TMC_KIND_DATA_STORE;
    e->kind_source = TMC_SOURCE_HEAD_NOUN;
    e->kind_evidence = tmc_arena_printf(
        a, "%s (a process's environment, listed by its variables: keys or settings)",
        kfn);
    set_tech(e, TMC_TECH_SECRETS_VAULT, TMC_SOURCE_HEAD_NOUN, e->kind_evidence);
    return;
  }
  /* kinds28 (K2): ... and a folder named by its path ("wp-content/uploads
   * (death certs, IDs)") keeps the files put there: a store. */
  if ((!head || tmc_kind_dfd(head_kind) == TMC_DFD_STORE) &&
      (kfn = folder_path(lx, e, kf, sizeof kf)) != NULL &&
      !(e->shape_source != TMC_SOURCE_NONE &&
        tmc_kind_dfd(e->shape_kind) == TMC_DFD_STORE && !hint_store)) {
    e->kind = TMC_KIND_DATA_STORE;
    e->kind_source = TMC_SOURCE_HEAD_NOUN;
    e->kind_evidence = tmc_arena_printf(a, "%s (a folder, by its path)", kfn);
    set_tech(e, TMC_TECH_FILE_SHARE, TMC_SOURCE_HEAD_NOUN, e->kind_evidence);
    return;
  }
  /* A pipeline named by a CI/CD product and no training word ("Jenkins
   * pipeline", "Pipeline (CircleCI)") builds and ships code: a CI/CD
   * process, not an ML pipeline. (A data product's pipeline, "Dataflow
   * pipeline", is as often read as the ML pipeline it feeds: it stays.) */
  if (head && head_kind == TMC_KIND_PIPELINE && tw && e->tech == TMC_TECH_CI_CD &&
      !tmc_lexicon_says(lx, TMC_WORDS_ROLE_TRAINER, e->label)) {
    head_kind = TMC_KIND_PROCESS;
    head_word = tmc_arena_printf(a, "%s (%s)", head_word, tw);
  }
  /* A vendor's interface: a head naming an API on a label naming a service
   * a vendor hosts ("Stripe Refunds API") is outside the system, unless
   * its words name a model ("Bedrock API" stays the model's). */
  tmc_kind aik;
  const char *aiw, *vendor = NULL;
  double aiwt;
  if (head && head_kind == TMC_KIND_PROCESS &&
      tmc_lexicon_says(lx, TMC_WORDS_API, head_said) &&
      ((vendor = tmc_lexicon_says(lx, TMC_WORDS_HOSTED, e->label)) != NULL ||
       (vendor = party_line(lx, e)) != NULL) &&
      !(tmc_lexicon_kind_word_w(lx, e->label, &aik, &aiw, &aiwt) &&
        tmc_kind_is_ai(aik))) {
    head_kind = TMC_KIND_EXTERNAL;
    head_word = tmc_arena_printf(a, "%s (%s's)", head_word, vendor);
  }
  /* models15: a vendor's API named with the model it serves ("Llama 3.3
   * 70B Instruct | Together AI serverless API", "Deepgram API | Nova-2 STT
   * · Aura TTS", "Groq API (Mixtral 8x7B)") is that model, the vendor's,
   * whatever else the page draws: the vendor serves it per call. An LLM
   * family, or a model by a word heavier than a plain one (its product);
   * a plain word ("Vendor moderation API (image classifier)") says what
   * the API does as often as which model it is. */
  /* kinds19 (K3): ... and so is one named by a vendor's AI service
   * (words.yaml vendor_models: "Hive Moderation API", "Azure Face API",
   * "Perspective API"), the vendor's model wherever it is drawn: a model
   * of the system's own beside it is another model, not the one served. */
  if (head && head_kind == TMC_KIND_PROCESS &&
      tmc_lexicon_says(lx, TMC_WORDS_API, head_said) &&
      ((vendor = tmc_lexicon_says(lx, TMC_WORDS_HOSTED, e->label)) != NULL ||
       (tw && tw_tech == TMC_TECH_THIRD_PARTY_SAAS && tw_kind == TMC_KIND_MODEL &&
        (vendor = tw) != NULL)) &&
      tmc_lexicon_kind_word_w(lx, e->label, &aik, &aiw, &aiwt) &&
      (aik == TMC_KIND_LLM ||
       (aik == TMC_KIND_MODEL && aiwt > tmc_lexicon_weight(lx, TMC_SOURCE_LABEL_WORD))) &&
      /* kinds20b (K2): not a relay in front of models ("LLM gateway\n
       * LiteLLM proxy ... holds vendor key"): a gateway relays to the
       * model it names, it is none */
      !TMC_TECHSET_HAS(tmc_lexicon_techs(lx, TMC_TECHS_RELAYS), head_tech)) {
    head_kind = aik;
    head_word = tmc_arena_printf(a, "%s (%s's %s)", head_word, vendor, aiw);
  }
  /* callees15: ... and so is an interface by where it is drawn: a head
   * naming an API or a place others publish to or from (outside_interfaces:
   * "portal", "SFTP drop", "hub") on an element no boundary holds, on a
   * page that draws its system inside boundaries, that only sends in, only
   * receives, or only answers the one element that calls it ("Shopify
   * Admin API", "Weerzone Pro weather forecast API", "Tri-County Union
   * Catalogue (regional SFTP drop)"); or where the label names a vendor
   * ("Clarifract update portal (vendor, HTTPS download)"). Not one whose
   * words name a model (a vendor's model API stays the model). */
  /* g31a: ... a place files are fetched from or dropped into (a portal, an
   * SFTP site: no API word) names on its detail lines the model files it
   * hands out ("MeterVision portal\nmonthly model ZIP (ONNX + TFLite)"):
   * what it delivers, not what it is; only its name line's words count */
  bool files_place = head && e->name_line && e->detail_lines &&
                     tmc_has_word(e->name_line, head_said) &&
                     tmc_lexicon_says(lx, TMC_WORDS_OUTSIDE_INTERFACES, head_said) &&
                     !tmc_lexicon_says(lx, TMC_WORDS_API, head_said);
  if (head && head_kind != TMC_KIND_EXTERNAL &&
      (ar.outside_end ||
       (tmc_lexicon_says(lx, TMC_WORDS_OUTSIDE_INTERFACES, head_said) &&
        (vendor = tmc_lexicon_says(lx, TMC_WORDS_HOSTED, e->label)) != NULL)) &&
      (tmc_lexicon_says(lx, TMC_WORDS_API, head_said) ||
       tmc_lexicon_says(lx, TMC_WORDS_OUTSIDE_INTERFACES, head_said) ||
       (ar.outside_end &&
        tmc_lexicon_says(lx, TMC_WORDS_OUTSIDE_INTERFACES, e->label))) &&
      !(tmc_lexicon_kind_word_w(lx, files_place ? e->name_line : e->label, &aik, &aiw,
                                &aiwt) &&
        tmc_kind_is_ai(aik)) &&
      !own_compute(lx, e->label) && !supply_source(lx, e)) {
    head_kind = TMC_KIND_EXTERNAL;
    head_word = ar.outside_end
                    ? tmc_arena_printf(a,
                                       "%s (drawn outside the system's boundaries, "
                                       "at one end of its flows)",
                                       head_word)
                    : tmc_arena_printf(a, "%s (%s's)", head_word, vendor);
  }
  /* An interface named for the model it serves ("bge-large embedding
   * server", "Embedding API (text-embedding-3-large)"): a head naming an
   * API or a server on a label naming a model by a word heavier than a
   * plain one (its family, its product) is that model in production, where
   * the page draws no model apart (then it is that model's server). */
  tmc_kind mk;
  const char *mw;
  double mwt;
  if (head && head_kind == TMC_KIND_PROCESS && !ar.model_drawn &&
      tmc_lexicon_says(lx, TMC_WORDS_API, head_said) &&
      tmc_lexicon_kind_word_w(lx, e->label, &mk, &mw, &mwt) && mk == TMC_KIND_MODEL &&
      mwt > tmc_lexicon_weight(lx, TMC_SOURCE_LABEL_WORD)) {
    head_kind = TMC_KIND_MODEL;
    head_word = tmc_arena_printf(a, "%s (serving %s)", head_word, mw);
  }
  /* A model server's name as the head, on a page that draws the model it
   * serves by name, is the server ("Triton inference server" beside "Churn
   * model"): a process. */
  if (head && head_kind == TMC_KIND_MODEL && ar.model_drawn &&
      tmc_lexicon_says(lx, TMC_WORDS_ROLE_SERVING_ENDPOINT, head_said) &&
      !tmc_lexicon_says(lx, TMC_WORDS_MODEL_ENDPOINTS, head_said) /* mlkind18 */) {
    head_kind = TMC_KIND_PROCESS;
    head_word = tmc_arena_printf(a, "%s (the server of a model drawn)", head_word);
  }
  /* A model named by its family: a "model" head with a word naming an LLM
   * ("Bedrock Model anthropic.claude-3-5-sonnet", "Chat model (GPT-4o)")
   * is that LLM, as an llm is a model. */
  tmc_kind lk = TMC_KIND_COUNT;
  const char *lw_word = NULL;
  double lw_w = 0;
  if (head && head_kind == TMC_KIND_MODEL &&
      tmc_lexicon_kind_word_w(lx, e->label, &lk, &lw_word, &lw_w) && lk == TMC_KIND_LLM) {
    head_kind = TMC_KIND_LLM;
    head_word = tmc_arena_printf(a, "%s (of %s)", head_word, lw_word);
  }
  /* An LLM called with tools: a head naming a tool or an interface
   * ("tools", "function calling", "API") on a label naming an LLM and how
   * it calls tools ("GPT-4.1 chat completions + tools", "Claude 3.5 Sonnet
   * API (tool use)") is that LLM; the tools are what it calls, drawn apart.
   * Not a tool server's or a plugin's head (an MCP server the model uses). */
  if (head &&
      (head_kind == TMC_KIND_AGENT_TOOL ||
       (head_kind == TMC_KIND_PROCESS &&
        tmc_lexicon_says(lx, TMC_WORDS_API, head_said))) &&
      tmc_lexicon_says(lx, TMC_WORDS_LLM_TOOL_USE, e->label) &&
      !tmc_lexicon_says(lx, TMC_WORDS_TOOL_SERVERS, e->label) &&
      tmc_lexicon_kind_word_w(lx, e->label, &lk, &lw_word, &lw_w) && lk == TMC_KIND_LLM) {
    head_kind = TMC_KIND_LLM;
    head_word = tmc_arena_printf(a, "%s (%s, called with tools)", head_word, lw_word);
  }
  /* kinds19 (K1): "agents" whose aside says they are people ("Agents
   * (human, Manila BPO)", "Agent pool (contractors)") are those people: the
   * word names staff as often as an AI agent, and the aside settles it. */
  const char *agent_crew;
  if (head && head_kind == TMC_KIND_PROCESS &&
      (strcasecmp(head_said, "agent") == 0 || strcasecmp(head_said, "agents") == 0) &&
      compatible(lx, e, TMC_KIND_EXTERNAL) && !aside_says_whom(e->label) &&
      (agent_crew = aside_people(lx, e->label)) != NULL) {
    head_kind = TMC_KIND_EXTERNAL;
    head_word =
        tmc_arena_printf(a, "%s (people: '%s', an aside says)", head_word, agent_crew);
  }
  /* llmkind18 (K4): agent or tool by what the box does, not by the word
   * "tool". One whose label says it drives a model's tools ("builds the
   * prompt, runs the tool loop", "dispatches tool calls") is the agent:
   * its "tool" names what it drives. One offered to a model as a tool
   * ("Rating Engine API (exposed to the model as tool rate_risk)", "Orders
   * service, registered as a function", "Semantic Kernel plugin") is a
   * tool, whatever its head (an API, a service) says. */
  const char *drives_tools = tmc_lexicon_says(lx, TMC_WORDS_TOOL_DRIVERS, e->label);
  const char *exposed =
      drives_tools ? NULL : tmc_lexicon_says(lx, TMC_WORDS_TOOL_EXPOSURES, e->label);
  if (head && exposed &&
      (head_kind == TMC_KIND_PROCESS || head_kind == TMC_KIND_AGENT_TOOL)) {
    head_kind = TMC_KIND_AGENT_TOOL;
    head_word = tmc_arena_printf(a, "%s ('%s': a model's tool)", head_word, exposed);
  }
  if (head && drives_tools && head_kind == TMC_KIND_AGENT_TOOL) {
    head_kind = TMC_KIND_PROCESS;
    head_word = tmc_arena_printf(a, "%s ('%s': the agent)", head_word, drives_tools);
  }
  /* end llmkind18 (K4) */
  /* kinds20b (K5): a browser code drives is no person's browser: one named
   * with an automation framework or a hosted headless browser ("browser
   * (Playwright, reads docs pages)", "Puppeteer headless Chrome"), drawn in
   * a tool server or called by an agent with a tool call, is a browsing
   * tool the agent uses (an agent tool); named so elsewhere, code of the
   * system's (a process). A plain "web browser" stays the person's. */
  const char *driven = NULL;
  bool tool_zone = e->boundary < ir->n_boundaries &&
                   tmc_lexicon_says(lx, TMC_WORDS_TOOL_SERVERS,
                                    ir->boundaries[e->boundary].label) != NULL;
  if (head && head_kind == TMC_KIND_EXTERNAL && head_tech == TMC_TECH_BROWSER &&
      ((driven = tmc_lexicon_says(lx, TMC_WORDS_DRIVEN_BROWSERS, e->label)) != NULL ||
       tool_zone || (ar.agent_called && (ar.tool_flow || ar.tool_call)))) {
    bool tool = tool_zone || ar.agent_called;
    head_kind = tool ? TMC_KIND_AGENT_TOOL : TMC_KIND_PROCESS;
    head_tech = TMC_TECH_NONE;
    head_word = tmc_arena_printf(
        a, "%s (%s%s%s)", head_word, driven ? driven : "", driven ? ": " : "",
        tool ? "a browser an agent uses" : "a browser code drives");
  }
  /* kinds24 (K): a unit of work named by what it runs: a job's head
   * (job_heads) with a word naming training ("Monthly LoRA fine-tune
   * SageMaker job", "Nightly retraining Airflow DAG") is that training
   * step; the platform between the two says where it runs. */
  tmc_kind ran;
  const char *ran_word;
  double ran_w;
  if (head && head_kind == TMC_KIND_PROCESS &&
      tmc_lexicon_says(lx, TMC_WORDS_JOB_HEADS, head_said) &&
      tmc_lexicon_kind_word_w(lx, e->label, &ran, &ran_word, &ran_w) &&
      ran == TMC_KIND_PIPELINE && !tmc_has_word(head_said, ran_word) &&
      (tmc_lexicon_says(lx, TMC_WORDS_ROLE_TRAINER, ran_word) ||
       tmc_lexicon_says(lx, TMC_WORDS_TRAINING_TASKS, ran_word))) {
    head_kind = TMC_KIND_PIPELINE;
    head_word = tmc_arena_printf(a, "%s (a %s)", head_word, ran_word);
  }
  /* kinds26 (K): a step whose words say training and what it trains with,
   * a learning library or training hardware ("dockcast-train nightly
   * LightGBM", "gpu-02: training server PyTorch", "«job» Savaitinis mokymas
   * XGBoost"), is the training step: the library names what it fits, not
   * a model drawn, and a server head its compute. Not a store or what a
   * head names otherwise (people, the outside, an LLM), nor a step that
   * also says it serves or predicts (the model it runs). */
  const char *fit_word = NULL;
  {
    const char *tt, *fw;
    if (!typed &&
        (!head || head_kind == TMC_KIND_PROCESS || head_kind == TMC_KIND_MODEL) &&
        !(e->shape_source != TMC_SOURCE_NONE &&
          tmc_kind_dfd(e->shape_kind) == TMC_DFD_STORE && !loose_store(lx, e)) &&
        (tt = tmc_lexicon_says(lx, TMC_WORDS_TRAINING_TASKS, e->label)) != NULL &&
        ((fw = tmc_lexicon_says(lx, TMC_WORDS_ML_FRAMEWORKS, e->label)) != NULL ||
         (fw = tmc_lexicon_says(lx, TMC_WORDS_TRAINING_COMPUTE, e->label)) != NULL) &&
        !tmc_lexicon_says(lx, TMC_WORDS_ROLE_SERVING_ENDPOINT, e->label) &&
        !tmc_lexicon_says(lx, TMC_WORDS_MODEL_TASKS, e->label)) {
      tmc_kind dk;
      const char *dw;
      double dwt;
      if (!(tmc_lexicon_kind_word_w(lx, e->label, &dk, &dw, &dwt) &&
            (dk == TMC_KIND_DATASET || tmc_kind_dfd(dk) == TMC_DFD_STORE)))
        fit_word = tmc_arena_printf(a, "%s with %s (a training step)", tt, fw);
    }
  }
  if (fit_word && head) {
    head_kind = TMC_KIND_PIPELINE;
    head_word = tmc_arena_printf(a, "%s (%s)", head_word, fit_word);
  }
  /* kinds26 (K): a label led by a container registry's name ("GitHub
   * Container Registry ghcr.io/ggml-org/llama.cpp:server", "ECR:
   * vllm-openai image") is that registry: the model or LLM server named
   * after it is the image it holds, no model of the system's. */
  const char *image_reg = lead_words_say(lx, e, TMC_WORDS_IMAGE_REGISTRIES);
  if (image_reg && head && tmc_kind_is_ai(head_kind))
    head = false;
  /* kinds26 (K): where a label says a file or object that keeps keys in
   * plain (plain_secret_carriers: a Kubernetes Secret, an env file), an
   * outside party or vendor it names is whose keys they are: the thing
   * drawn is the store of them (a head naming the outside votes none). */
  /* kinds26 (K): two bare plural nouns joined ("Suppliers & forwarders
   * (FR / IT, e-mail)", "Lieferanten und Spediteure") where the first
   * names people or an outside party are a group of outside parties: the
   * second is one more of them, not software its word can also name (a
   * log forwarder). */
  if (head && head_kind == TMC_KIND_PROCESS && !typed) {
    char np2[512], first[256];
    const char *nm = name_part(e, np2, sizeof np2);
    static const char *const joins[] = {" & ", " and ", " + ",   " / ",  " und ", " et ",
                                        " y ", " e ",   " och ", " og ", " ja ",  " ir "};
    for (size_t j = 0; j < sizeof joins / sizeof *joins; j++) {
      const char *at = strstr(nm, joins[j]);
      if (!at || at == nm)
        continue;
      const char *second = at + strlen(joins[j]);
      size_t sl = strlen(second);
      while (sl && (second[sl - 1] == ' ' || second[sl - 1] == '\n'))
        sl--;
      size_t fl = (size_t)(at - nm);
      head_noun h1;
      if (sl == strlen(head_said) && strncasecmp(second, head_said, sl) == 0 &&
          !strchr(head_said, ' ') && tolower((unsigned char)head_said[sl - 1]) == 's' &&
          fl < sizeof first && !memchr(nm, ' ', fl)) {
        snprintf(first, sizeof first, "%.*s", (int)fl, nm);
        if (head_of(lx, first, &h1) && h1.kind == TMC_KIND_EXTERNAL &&
            strcasecmp(h1.word, first) == 0) {
          head_kind = TMC_KIND_EXTERNAL;
          head_word = tmc_arena_printf(
              a, "%s (joined to '%s': a group of outside parties)", head_word, first);
        }
      }
      break;
    }
  }
  bool key_holder =
      !typed && tmc_lexicon_says(lx, TMC_WORDS_PLAIN_SECRET_CARRIERS, e->label);
  if (key_holder && head && head_kind == TMC_KIND_EXTERNAL &&
      !tmc_lexicon_says(lx, TMC_WORDS_PEOPLE, head_said))
    head = false;
  /* A store named by what it holds: a generic store head with a word
   * naming a store of one kind ("Training data bucket", "Embeddings table
   * (k-NN)", "Model versions bucket") is a store of that kind. */
  tmc_kind held;
  const char *hw_word;
  double hw_w;
  if (head && head_kind == TMC_KIND_DATA_STORE &&
      !keeps_keys(head_kind, head_tech, tw_tech) &&
      tmc_lexicon_kind_word_w(lx, e->label, &held, &hw_word, &hw_w) &&
      held != TMC_KIND_DATA_STORE && tmc_kind_dfd(held) == TMC_DFD_STORE &&
      !tmc_has_word(head_said, hw_word)) {
    head_kind = held;
    head_word = tmc_arena_printf(a, "%s (of %s)", head_word, hw_word);
  }
  /* mlkind18 (K6): a hub's name as the head of the system's copy of its
   * files ("Hugging Face cache (NFS)") names whose files it keeps. */
  if (head && hub_copy(lx, e, head_kind, head_said)) {
    head_kind = TMC_KIND_DATA_STORE;
    head_word = tmc_arena_printf(a, "%s (a copy of the hub's files)", head_word);
  }
  /* ... and one that keeps the versions of models ("ota-release bucket
   * (wake-word builds)", "Blob container model releases") is their
   * registry, whatever it is drawn as. */
  if (head && head_kind == TMC_KIND_DATA_STORE && keeps_versions(lx, e->label)) {
    head_kind = TMC_KIND_MODEL_REGISTRY;
    head_word = tmc_arena_printf(a, "%s (versions of models kept)", head_word);
  }

  /* callees15: a code name an agent calls leading the label is its name:
   * a head inside it is what the function acts on ("publish_to_wiki" is no
   * wiki) and votes nothing; a head after it is in its details ("apply_edit
   * writes the patch") and weighs as a word. */
  callable callee = {0};
  double head_cap = 0;
  bool tool_called = false;     /* kinds19 (K2) */
  const char *tool_does = NULL; /* kinds19 (K4) */
  const char *id_kind = NULL;   /* kinds24 (K) */
  if (ar.agent_called) {
    callee = callable_name(lx, code_label);
    if (!callee.names &&
        (callee.kind = callable_suffix(lx, callable_name_part(e))) == NULL)
      callee = (callable){0};
    /* kinds24 (K): an id naming the node by the kind of callable it is
     * ("tool:carrier_lookup", "fn_quote"), the author's name in code for
     * what the agent calls */
    id_kind = id_callable(lx, e);
    if (head && callee.names &&
        (callee.verb || callee.kind || callee.call || id_kind ||
         (ar.tool_call && !callee.store))) {
      if (code_name_says(code_label, callee.span, head_said))
        head = false;
      else
        head_cap = tmc_lexicon_weight(lx, TMC_SOURCE_LABEL_WORD);
    }
    /* kinds19 (K2): a service named as people name services ("Account
     * lookup API", "Order status service") that an agent calls with a flow
     * saying a tool call is that tool: its head says how it is built, as a
     * word weighs. Not code that is itself an agent. */
    if (head && !callee.names && !callee.kind && ar.tool_flow &&
        head_kind == TMC_KIND_PROCESS && !agent_code(lx, e->label)) {
      tool_called = true;
      head_cap = tmc_lexicon_weight(lx, TMC_SOURCE_LABEL_WORD);
    }
    /* kinds19 (K4): ... and so is one whose words say what an agent's
     * tools do, web search and extraction ("Tavily search + extract API",
     * "SerpAPI", "Firecrawl") or running the code a model wrote ("Python
     * sandbox (gVisor pod)", "E2B code interpreter"): an agent calls it for
     * what the model chose, whatever its head or product says. Not code
     * that is itself an agent ("Web-search agent"). */
    if (!callee.names && !callee.kind && !agent_code(lx, e->label) &&
        (!head || head_kind == TMC_KIND_PROCESS || head_kind == TMC_KIND_EXTERNAL) &&
        ((tool_does = tmc_lexicon_says(lx, TMC_WORDS_WEB_SEARCH, e->label)) != NULL ||
         (tool_does = tmc_lexicon_says(lx, TMC_WORDS_SANDBOXES, e->label)) != NULL)) {
      tool_called = true;
      head_cap = tmc_lexicon_weight(lx, TMC_SOURCE_LABEL_WORD);
    }
  }

  /* b35d: ... and a label that is nothing but one code name led by a verb
   * ("build_training_table", "update_applicant", "grant_fee_waiver (refund)":
   * the task or step ids a workflow or agent graph exporter writes as its
   * labels), whoever calls it, names what that code does: the head inside
   * it is the verb's object (no table, no applicant) and votes nothing. A
   * verb before a store's one word ("search_index") is left to its words. */
  if (head && !ar.agent_called) {
    callable own = callable_name(lx, code_label);
    const char *rest = code_label + own.span;
    rest += strspn(rest, " \t\n");
    if (own.names == 1 && own.verb && !own.kind && !own.store && !own.call &&
        (!*rest || *rest == '(')) {
      if (code_name_says(code_label, own.span, head_said))
        head = false;
    }
  }

  ballot b = {0};
  /* d36c: no word makes a product set up with an add-on ("Moodle +
   * PyFeedback plugin") the add-on: its "plugin" names no agent tool */
  b.no_tool = ar.no_tool || tmc_lexicon_addon_host(lx, callable_name_part(e));
  /* A store drawn as one that keeps models' versions is their registry,
   * surer than the model its words name (the store's shape backs it). */
  if (e->shape_source != TMC_SOURCE_NONE &&
      tmc_kind_dfd(e->shape_kind) == TMC_DFD_STORE && keeps_versions(lx, e->label))
    vote(&b, TMC_KIND_MODEL_REGISTRY, tmc_lexicon_weight(lx, TMC_SOURCE_HEAD_NOUN),
         TMC_SOURCE_LABEL_WORD,
         tmc_arena_printf(a, "%s (versions of models kept)",
                          versioned_word(lx, e->label)));
  /* kinds19 (K7): a device broker named on a messaging icon ("IoT Hub
   * ventisca-iot-we" on Service Bus's, "Mosquitto" on a queue's) is the
   * broker, a service that routes devices' messages: a process, as its
   * technology word says, where the icon only says messaging. */
  const char *broker = NULL;
  /* kinds22 (K4): a message channel's icon (EIP's messageChannel: the pipe
   * between endpoints, also drawn as a LAN bus) named as a queue, by a
   * store head ("Coada tichete", "Ticket queue") or a queue product that
   * keeps messages ("RabbitMQ", "Kafka topic"), is that queue: it holds
   * what it is sent until it is taken. A broker product that routes
   * ("Mosquitto", "MQTT broker") keeps the icon's reading. */
  bool queue_named = e->shape_source == TMC_SOURCE_ICON &&
                     e->shape_kind == TMC_KIND_PROCESS &&
                     (e->tech == TMC_TECH_QUEUE || e->tech == TMC_TECH_STREAM) &&
                     ((head && tmc_kind_dfd(head_kind) == TMC_DFD_STORE) ||
                      (tw && tmc_kind_dfd(tw_kind) == TMC_DFD_STORE &&
                       (tw_tech == TMC_TECH_QUEUE || tw_tech == TMC_TECH_STREAM)));
  if (queue_named)
    vote(&b, TMC_KIND_DATA_STORE,
         own_w > 0 ? own_w : tmc_lexicon_weight(lx, TMC_SOURCE_ICON), TMC_SOURCE_ICON,
         tmc_arena_printf(a, "%s named as a queue ('%s': it holds the messages)",
                          e->shape_evidence, head ? head_said : tw));
  else if (e->shape_source == TMC_SOURCE_ICON &&
           tmc_kind_dfd(e->shape_kind) == TMC_DFD_STORE &&
           (e->tech == TMC_TECH_QUEUE || e->tech == TMC_TECH_STREAM) &&
           (broker = tmc_lexicon_says(lx, TMC_WORDS_DEVICE_BROKERS, e->label)) != NULL)
    vote(&b, TMC_KIND_PROCESS,
         own_w > 0 ? own_w : tmc_lexicon_weight(lx, TMC_SOURCE_ICON),
         TMC_SOURCE_LABEL_WORD,
         tmc_arena_printf(a, "%s (a device broker, on %s)", broker, e->shape_evidence));
  else if (e->shape_source == TMC_SOURCE_ICON && !light_icon_unsaid(lx, e, own_w))
    vote(&b, e->shape_kind, own_w > 0 ? own_w : tmc_lexicon_weight(lx, TMC_SOURCE_ICON),
         TMC_SOURCE_ICON, e->shape_evidence);
  /* A store drawn as one is a store whatever its head says, unless it is a
   * thing of its class: a cylinder named "Users" is the users table, one
   * named "OTA model CDN" the files the CDN serves. Among DOT's store shapes
   * only those shapes.yaml does not call loose are that sure (the cylinder;
   * box3d, note, folder are drawn for anything: a note named "open web
   * pages" is the web, outside). */
  /* fe22: a store row that weighs no more than a rounded card (a UML
   * entity lifeline's head, ArchiMate's data object) says only "data": the
   * head decides ("GPT-4o model" on an entity head is the model). */
  if (head && e->shape_source != TMC_SOURCE_NONE &&
      tmc_kind_dfd(e->shape_kind) == TMC_DFD_STORE &&
      tmc_kind_dfd(head_kind) != TMC_DFD_STORE &&
      (e->notation != TMC_NOTATION_DOT || sure_store_shape(lx, e->shape)) &&
      !(e->shape_source == TMC_SOURCE_ICON && own_w > 0 &&
        own_w <= tmc_lexicon_card_weight(lx)) &&
      /* kinds33: nor a draw.io hint of a store (a note: "<<artifact>>
       * Spieciaus modelis" is the model): its head decides */
      !hint_store)
    head = false;
  /* A head guessed among the first words of a long label weighs as a word;
   * a head with its own weight (a client technology) no more than that; so
   * does a one-word label that is nothing but its head on a library icon
   * ("API" on AWS's External SDK icon): the icon says which API. On an
   * icon whose row says its label names the part drawn (a platform's, a
   * monitoring product's: its shapes.yaml weight), a head of another class
   * says which part ("Logs" on CloudWatch's icon: its log store), as any
   * head does. */
  /* kinds18b: a head naming only a class of field device counted by the
   * dozen in its protocol's words ("PLCs (Modbus/TCP, x40)") names the
   * plant's devices, not one step of our code: the fleet votes below. */
  if (head && tmc_lexicon_says(lx, TMC_WORDS_FIELD_DEVICES, head_said) &&
      device_fleet(lx, e->label))
    head = false;
  /* r2kinds (issue #15): a process head after a SaaS vendor's name, or
   * before an aside naming only the vendor, says what the vendor's product
   * does ("Dynamics 365 Customer Service", "SMS gateway (Omantel)"): the
   * box is that vendor's, as a name of nothing but the vendor is. Not code
   * of the system's own named for one: its compute ("(Lambda)") or an AI
   * word says so. */
  const char *vp;
  if (head && head_kind == TMC_KIND_PROCESS && compatible(lx, e, TMC_KIND_EXTERNAL) &&
      !own_compute(lx, e->label) && !names_ai_code(lx, e->label) &&
      (vp = vendor_product(lx, e, head_said, ir)) != NULL) {
    head = false;
    vote(&b, TMC_KIND_EXTERNAL, tmc_lexicon_weight(lx, TMC_SOURCE_HEAD_NOUN),
         TMC_SOURCE_HEAD_NOUN,
         tmc_arena_printf(a, "%s (the vendor's product: '%s' says what it does)", vp,
                          head_said));
  }
  if (head) {
    bool bare = e->shape_source == TMC_SOURCE_ICON && !strpbrk(head_word, " -") &&
                only_word(e->label, head_word) &&
                !(own_w > 0 && tmc_kind_dfd(head_kind) != tmc_kind_dfd(e->shape_kind));
    double w = tmc_lexicon_weight(lx, at_end && !bare ? TMC_SOURCE_HEAD_NOUN
                                                      : TMC_SOURCE_LABEL_WORD);
    w = hw > 0 && hw < w ? hw : w;
    w = head_cap > 0 && head_cap < w ? head_cap : w; /* callees15 */
    /* A head that is a kind word with a weight of its own weighs that when
     * more ("Model Registry" over SageMaker's Model icon): the word votes
     * once, as the head. */
    tmc_kind sk;
    const char *sw_word;
    double sw_w;
    if (tmc_lexicon_kind_word_w(lx, e->label, &sk, &sw_word, &sw_w) && sk == head_kind &&
        strcasecmp(sw_word, head_said) == 0 && sw_w > w)
      w = sw_w;
    vote(&b, head_kind, w, TMC_SOURCE_HEAD_NOUN, head_word);
  } else if (fit_word)
    vote(&b, TMC_KIND_PIPELINE, tmc_lexicon_weight(lx, TMC_SOURCE_HEAD_NOUN),
         TMC_SOURCE_LABEL_WORD, fit_word);
  if (tmc_lexicon_id_prefix(lx, e->id, &k, &word))
    vote(&b, k, tmc_lexicon_weight(lx, TMC_SOURCE_ID_PREFIX), TMC_SOURCE_ID_PREFIX,
         tmc_arena_strdup(a, word));
  /* The drawing votes before the words: on equal weight it wins. */
  double sw = 0;
  if (e->shape_source != TMC_SOURCE_NONE && e->shape_source != TMC_SOURCE_ICON) {
    /* A rounded card on an architecture page, a DOT box read only by the
     * zone it is in, or Graphviz's default ellipse that nobody chose, says
     * little: the words on it decide. */
    sw = card                                 ? tmc_lexicon_card_weight(lx)
         : own_w > 0                          ? own_w
         : (e->look & TMC_LOOK_DEFAULT_SHAPE) ? tmc_lexicon_weight(lx, TMC_SOURCE_DEFAULT)
                                              : tmc_lexicon_weight(lx, e->shape_source);
    vote(&b, e->shape_kind, sw, e->shape_source, e->shape_evidence);
  }
  /* What is drawn inside a tool server (a cluster or container named "MCP
   * server mcp-larch", words.yaml tool_servers) is a tool it exposes to an
   * agent, where its own words name nothing surer. */
  const char *ts;
  if (e->boundary < ir->n_boundaries && compatible(lx, e, TMC_KIND_AGENT_TOOL) &&
      (ts = tmc_lexicon_says(lx, TMC_WORDS_TOOL_SERVERS,
                             ir->boundaries[e->boundary].label)) != NULL)
    vote(&b, TMC_KIND_AGENT_TOOL, tmc_lexicon_weight(lx, TMC_SOURCE_ZONE),
         TMC_SOURCE_ZONE,
         tmc_arena_printf(a, "in '%s' (word '%s': a tool server's tools)",
                          ir->boundaries[e->boundary].label, ts));
  /* A component drawn in a zone whose name says it is the outside (the
   * internet, clients, a third party) is outside the system, when only a
   * convention (a box, a card) or nothing at all said it was a component. */
  /* r38miram: ... and so is one whose built-in shape already says the
   * outside (a cloud: "RiverEye update server", "DFO reporting portal" in a
   * zone "Outside"): the zone agrees with the shape, over a head noun that
   * only says what kind of service the other party runs. Not where the
   * words name a technology the system runs for itself ("Model CDN
   * (Bunny.net)" the release is published to: its own channel). */
  bool outside_shape = e->shape_source == TMC_SOURCE_STYLE &&
                       e->shape_kind == TMC_KIND_EXTERNAL && head_tech == TMC_TECH_NONE &&
                       (tw_tech == TMC_TECH_NONE || tw_kind == TMC_KIND_EXTERNAL);
  if ((((e->shape_source == TMC_SOURCE_NONE || e->shape_source == TMC_SOURCE_CONVENTION ||
         outside_shape) &&
        compatible(lx, e, TMC_KIND_EXTERNAL)) ||
       loose_store(lx, e) ||
       (plain_rect(e) && tmc_lexicon_says(lx, TMC_WORDS_PEOPLE, e->label))) &&
      e->boundary < ir->n_boundaries &&
      (word = tmc_lexicon_says(lx, TMC_WORDS_TRUST_UNTRUSTED,
                               ir->boundaries[e->boundary].label)) != NULL &&
      !own_public_part(lx, ir->boundaries[e->boundary].label) &&
      !names_llm(lx, e->label)) {
    vote(&b, TMC_KIND_EXTERNAL, tmc_lexicon_weight(lx, TMC_SOURCE_ZONE), TMC_SOURCE_ZONE,
         tmc_arena_printf(a, "in zone '%s' (word '%s')",
                          ir->boundaries[e->boundary].label, word));
    /* There a label naming a person ("Customer app", "User's browser") is
     * that person's own software: the outside, whatever its head noun. */
    const char *pw = tmc_lexicon_says(lx, TMC_WORDS_PEOPLE, e->label);
    if (pw)
      vote(&b, TMC_KIND_EXTERNAL, tmc_lexicon_weight(lx, TMC_SOURCE_LABEL_WORD),
           TMC_SOURCE_LABEL_WORD, tmc_arena_strdup(a, pw));
  }
  /* precision22 (E): a flowchart step named by its verb and its target
   * ("✅ Send to LLM"): only the words before the preposition may name a
   * kind, and the id (a short name for the step) none. */
  char step_buf[256];
  size_t step = step_len(lx, e->label);
  const char *kind_text = e->label;
  if (step && step < sizeof step_buf) {
    memcpy(step_buf, e->label, step);
    step_buf[step] = 0;
    kind_text = step_buf;
  }
  double lw;
  tmc_kind k_word = TMC_KIND_COUNT; /* the kind a label word names, if any */
  /* precision22 (B): an id is a short name for what the label says in
   * full (Mermaid's `Models[Data Models app/models.py]`): a kind the
   * label's false friend voids ("data models") is not named by the id. */
  if (tmc_lexicon_kind_word_w(lx, kind_text, &k, &word, &lw) ||
      (!step && tmc_lexicon_kind_word_w(lx, e->id, &k, &word, &lw) &&
       !tmc_lexicon_false_friend(lx, e->label, k))) {
    k_word = k;
    /* A model server on a page that draws the model it serves is the
     * server; where no model is drawn, it is the model in production. */
    /* kinds30 (K3): ... and so is a box naming the runtime a model is
     * loaded into that sends that model, drawn and named, its input
     * ("Line PC: casing-check app (.NET, ONNX Runtime)" sending "CasingNet
     * v7 convnext_tiny.onnx" its tensors): the code it runs in. Named
     * alone, the runtime says the box runs a model (the model). */
    bool server =
        k == TMC_KIND_MODEL &&
        ((ar.model_drawn && tmc_lexicon_says(lx, TMC_WORDS_ROLE_SERVING_ENDPOINT, word) &&
          !tmc_lexicon_says(lx, TMC_WORDS_MODEL_ENDPOINTS, word)) /* mlkind18 */
         || (ar.runs_drawn && tmc_lexicon_says(lx, TMC_WORDS_INFERENCE_RUNTIMES, word)));
    /* A word inside the head's phrase modifies the head ("Model training"
     * is training): it votes no other kind. */
    bool modifier = head && (strcasecmp(word, head_said) == 0 ||
                             (k != head_kind && tmc_has_word(head_said, word)));
    /* sources16 (B2): people or a party the head names work in the tool
     * the rest of the label names ("Transcription contractors (correct
     * transcripts in a web tool)", "Annotators\nlabelling tool"): a tool
     * word beyond the name part says what they use, not what they are. */
    char np[512];
    bool used = head && head_kind == TMC_KIND_EXTERNAL && k == TMC_KIND_AGENT_TOOL &&
                !tmc_has_word(name_part(e, np, sizeof np), word);
    /* kinds30 (K2): ... and so does a plain AI kind word there, after a
     * name part the people word ends ("QA lead\n(signs off new model)",
     * "Records clerk (corrects model labels)"): what they approve or
     * correct, not what they are. Not a word with a weight of its own, a
     * model's family or server ("nsfw-vit-s student (Triton)", "cameras\n
     * YOLOv8n TensorRT engine"): that names what the box runs; nor a
     * people's device or app ("Mobile app (on-device LLM)": the LLM runs
     * there), a head with a technology. */
    used = used || (head && head_kind == TMC_KIND_EXTERNAL &&
                    head_tech == TMC_TECH_NONE && at_end && tmc_kind_is_ai(k) &&
                    lw <= tmc_lexicon_weight(lx, TMC_SOURCE_LABEL_WORD) &&
                    tmc_has_word(name_part(e, np, sizeof np), head_said) &&
                    !tmc_has_word(np, word) && !tmc_has_word(e->id, word));
    /* kinds33: ... and on a box drawn as the outside by a built-in shape
     * (a cloud: someone else's service; not a device's icon, where "Mobile
     * app (on-device LLM)" says what runs there) a plain AI kind word
     * beyond its name part says what that party does with what it is sent
     * ("API adborth
     * FlockVision\n(ail-hyfforddi eu model)": they retrain their model;
     * "update portal (engine + model packages)"), not what the box is:
     * only the plain word (model_words: "model", "weights"). A model's
     * name ("Codestral 25.01\n(Mistral La Plateforme API)") or the word
     * in the name part ("Vendor model API") still names it. */
    used =
        used ||
        (e->shape_source == TMC_SOURCE_STYLE && e->shape_kind == TMC_KIND_EXTERNAL &&
         tmc_kind_is_ai(k) && lw <= tmc_lexicon_weight(lx, TMC_SOURCE_LABEL_WORD) &&
         says_exactly(lx, TMC_WORDS_MODEL_WORDS, word, strlen(word)) &&
         (!head || head_kind == TMC_KIND_PROCESS || head_kind == TMC_KIND_EXTERNAL) &&
         !tmc_has_word(name_part(e, np, sizeof np), word) && !tmc_has_word(e->id, word));
    /* llmkind18 (K4): not the tool word of a box that drives tools */
    bool driver = drives_tools && k == TMC_KIND_AGENT_TOOL;
    /* mlkind18 (K5): an endpoint word under a head naming an LLM ("Ollama
     * / Local LLM | local model endpoint") says how that LLM is served */
    bool served_llm = head && head_kind == TMC_KIND_LLM && k == TMC_KIND_MODEL &&
                      tmc_lexicon_says(lx, TMC_WORDS_ROLE_SERVING_ENDPOINT, word);
    /* kinds19 (K3): a vendor's AI service named after another vendor's
     * service the box is says what that service does: no kind */
    bool part = k == TMC_KIND_MODEL && tw && tw_tech == TMC_TECH_THIRD_PARTY_SAAS &&
                tw_kind == TMC_KIND_MODEL && led_by_other_vendor(lx, e->label, word);
    if (part)
      k_word = TMC_KIND_COUNT;
    /* kinds21 (K3): a vendor's model named beside the compute the box runs
     * on, after its name ("Indicizzatore notturno (Cloud Run job,
     * text-embedding-005)", "nightly indexer\nLambda + titan embeddings"),
     * is the model that code calls per request, not what the box is: a job
     * embedding documents through the vendor's API. Named in the name
     * itself ("text-embedding-005 (Vertex AI)") it is the model. */
    bool calls_vendor =
        k == TMC_KIND_MODEL && tmc_lexicon_says(lx, TMC_WORDS_HOSTED, word) &&
        own_compute(lx, e->label) && !tmc_has_word(name_part(e, np, sizeof np), word);
    if (calls_vendor)
      k_word = TMC_KIND_COUNT;
    /* kinds26 (K): the library a training step fits with names no model */
    /* kinds26 (K): the vendor a key opens, named on where the key is kept
     * ("meteomatics creds (k8s Secret)", ".env: Stripe key"), is whose key
     * it is, not the thing drawn */
    char kfb[128];
    bool keyed = (k == TMC_KIND_EXTERNAL && key_holder) ||
                 /* ... and the AI vendor a key file is named for
                  * ("azure-openai.key", "gemini.env") is whose key it
                  * holds: a file, never that model */
                 (tmc_kind_is_ai(k) && key_file(lx, e, kfb, sizeof kfb)) ||
                 /* kinds30: ... and so is one a code file is named for
                  * ("openai_client.py"): the code calling it */
                 (tmc_kind_is_ai(k) && vendor_code_file(lx, e, word));
    bool fitted =
        (fit_word && k == TMC_KIND_MODEL) || (image_reg && tmc_kind_is_ai(k)) || keyed;
    if (compatible(lx, e, k) && !server && !modifier && !used && !driver && !served_llm &&
        !part && !calls_vendor && !fitted && !hub_copy(lx, e, k, word) &&
        !(k == TMC_KIND_EXTERNAL && !tmc_lexicon_says(lx, TMC_WORDS_PEOPLE, word) &&
          aside_party(ir, e, word)))
      vote(&b, k, lw, TMC_SOURCE_LABEL_WORD, tmc_arena_strdup(a, word));
    /* kinds19 (K5): a store (drawn or headed as one) whose words name the
     * store it is beside a heavier word of another kind is that store: the
     * embedding model that filled it ("ELN index pgvector (Titan
     * embeddings)", "Qdrant (nomic-embed-text vectors)") says what wrote
     * its vectors, not what it is. */
    tmc_kind sk2;
    const char *sw2;
    double swt2;
    uint32_t stores = 0;
    for (int j = 0; j < TMC_KIND_COUNT; j++)
      if (j != TMC_KIND_DATA_STORE && tmc_kind_dfd((tmc_kind)j) == TMC_DFD_STORE)
        stores |= 1u << j;
    if (tmc_kind_dfd(k) != TMC_DFD_STORE &&
        ((e->shape_source != TMC_SOURCE_NONE &&
          tmc_kind_dfd(e->shape_kind) == TMC_DFD_STORE) ||
         (head && tmc_kind_dfd(head_kind) == TMC_DFD_STORE)) &&
        tmc_lexicon_kind_word_among(lx, e->label, stores, &sk2, &sw2, &swt2) &&
        compatible(lx, e, sk2))
      vote(&b, sk2, swt2, TMC_SOURCE_LABEL_WORD, tmc_arena_strdup(a, sw2));
  } else if (tw && compatible(lx, e, tw_kind) &&
             !(head && strcasecmp(tw, head_said) == 0)) {
    /* A label naming nothing but its product ("elasticsearch", "kafka:
     * order-events", "redis (sessions)") on a box drawn as a component of
     * any kind is that product, as a head noun names what a box is (a
     * shape the author chose, a DFD's rectangle, still says whose it is);
     * a vendor's service is the vendor's (below). */
    /* g30a: ... or naming nothing but it as its UML type ("orders :
     * PostgreSQL") */
    size_t type_at = tmc_lexicon_typed_at(e->label);
    bool named =
        !head &&
        (names_only(e->label, tw) || (type_at && names_only(e->label + type_at, tw))) &&
        (card || e->shape_source == TMC_SOURCE_NONE ||
         e->shape_source == TMC_SOURCE_CONVENTION);
    bool by_vendor = named && tmc_lexicon_says(lx, TMC_WORDS_HOSTED, e->label);
    if (!by_vendor && !(tw_kind == TMC_KIND_EXTERNAL && aside_party(ir, e, tw)))
      vote(&b, tw_kind,
           named ? tmc_lexicon_weight(lx, TMC_SOURCE_HEAD_NOUN)
                 : tmc_lexicon_tech_word_weight(lx),
           named ? TMC_SOURCE_HEAD_NOUN : TMC_SOURCE_LABEL_WORD,
           named ? tmc_arena_printf(a, "%s (the product named)", tw) : tw);
  }
  /* A name line naming no head but a product ("GitLab 16.11 CE", "postgres
   * StatefulSet", "Grafana\nops dashboards + leak alarms") is that product,
   * as a head noun says; its detail lines only describe it. Not a product
   * of another class where the words name a model ("Azure\nGPT-4o
   * deployment": the model). */
  /* cards16 (B4): ... but a tool word in its details ("Apache Superset 4\n+
   * chat panel plugin", "Metabase\nwith AI plugin") says how the product is
   * extended, not that it is an agent's tool: the product still votes. */
  /* kinds22 (K2): ... unless the product is a vendor's hosted service
   * ("SendGrid\noutbound + Inbound Parse", "Twilio\nSMS + voice"): the
   * vendor, as a name of nothing but the vendor is (below) */
  const char *pv = product ? tmc_lexicon_says(lx, TMC_WORDS_HOSTED, product) : NULL;
  bool product_vendor = pv && strlen(pv) == strlen(product) && !own_compute(lx, e->label);
  if (!head && product && product_kind != TMC_KIND_COUNT && !product_vendor &&
      compatible(lx, e, product_kind) &&
      !(tmc_kind_is_ai(k_word) && k_word != TMC_KIND_AGENT_TOOL &&
        !tmc_kind_is_ai(product_kind)))
    vote(&b, product_kind, tmc_lexicon_weight(lx, TMC_SOURCE_HEAD_NOUN),
         TMC_SOURCE_HEAD_NOUN,
         tmc_arena_printf(a, "%s (the product its name line names)", product));
  /* A service a vendor hosts ("Stripe", "Twilio SMS", "SendGrid") is outside
   * the system the diagram draws: an external entity, as a label word
   * weighs, unless its words name a model or LLM (a vendor's model is still
   * a model: "Azure OpenAI") or it is drawn as a store, or its words name
   * compute the system runs its own code on ("adyen-webhooks (Lambda)",
   * "stripe-sync (Cloud Run)": the system's code for the vendor). */
  /* ... and unless a false friend of the outside says the vendor's name is
   * a plain word there ("End of workday summary job"), as kind words heed */
  /* g30b: ... and the vendor a config file's key names ("pp.conf
   * adyen_terminal_key=…", "STRIPE_SECRET_KEY") is whom the value is for:
   * the file is no vendor */
  if ((word = tmc_lexicon_says_named(lx, TMC_WORDS_HOSTED, e->label)) != NULL &&
      !tmc_kind_is_ai(k_word) && !(head && tmc_kind_is_ai(head_kind)) &&
      compatible(lx, e, TMC_KIND_EXTERNAL) && !own_compute(lx, e->label) &&
      !tmc_lexicon_false_friend(lx, e->label, TMC_KIND_EXTERNAL) &&
      !aside_party(ir, e, word)) {
    /* Named as nothing but the vendor ("Adyen", "SendGrid (receipts)"),
     * it is the vendor, as a head noun says: more than a box drawn as any
     * component. */
    /* kinds24 (K): ... or a name line of nothing but the vendor
     * ("TriumphPay\ncarrier payments (ACH)"): its details say what it
     * does for the system */
    bool vendor_named =
        !head && (names_only(e->label, word) ||
                  (product && (product_kind == TMC_KIND_COUNT || product_vendor)) ||
                  (e->name_line && names_only(e->name_line, word)));
    vote(&b, TMC_KIND_EXTERNAL,
         tmc_lexicon_weight(lx,
                            vendor_named ? TMC_SOURCE_HEAD_NOUN : TMC_SOURCE_LABEL_WORD),
         vendor_named ? TMC_SOURCE_HEAD_NOUN : TMC_SOURCE_LABEL_WORD,
         vendor_named ? tmc_arena_printf(a, "%s (the vendor named)", word)
                      : tmc_arena_strdup(a, word));
  }
  /* A type tag the author wrote under the name (C4's "[Software System,
   * SaaS]") saying someone else's system decides, as a generator's id
   * prefix does, unless its words name a model (a vendor's LLM API stays
   * an LLM). */
  const char *tag = NULL;
  if (!tmc_kind_is_ai(k_word) && !(head && tmc_kind_is_ai(head_kind)) &&
      compatible(lx, e, TMC_KIND_EXTERNAL) &&
      (tag = outside_tag(lx, e->label, a)) != NULL)
    vote(&b, TMC_KIND_EXTERNAL, tmc_lexicon_weight(lx, TMC_SOURCE_ID_PREFIX),
         TMC_SOURCE_CONVENTION, tag);
  /* outside17 (B1): ... and a remark in parentheses after the name saying
   * whose it is ("Turbine SCADA (OEM, per farm)", "HR suite (vendor-hosted)",
   * "Parcel tracking (3rd-party)"), as a head noun weighs: the author says
   * what the box is, surer than the convention a box is drawn by, less
   * than a type tag; where no vendor's word said it already. */
  const char *aside;
  if (!tag && !tmc_kind_is_ai(k_word) && !(head && tmc_kind_is_ai(head_kind)) &&
      compatible(lx, e, TMC_KIND_EXTERNAL) && !own_compute(lx, e->label) &&
      !tmc_lexicon_says(lx, TMC_WORDS_HOSTED, e->label) &&
      (aside = outside_aside(lx, e->label)) != NULL)
    vote(&b, TMC_KIND_EXTERNAL, tmc_lexicon_weight(lx, TMC_SOURCE_HEAD_NOUN),
         TMC_SOURCE_LABEL_WORD,
         tmc_arena_printf(a, "%s (an aside saying whose it is)", aside));
  /* kinds27 (K): ... and so do details saying another organisation's
   * people run it ("Connector back-ends\nrun by connector authors"): their
   * servers, whatever the name's head says they are built as. */
  else if (!tag && !tmc_kind_is_ai(k_word) && !(head && tmc_kind_is_ai(head_kind)) &&
           compatible(lx, e, TMC_KIND_EXTERNAL) && !own_compute(lx, e->label) &&
           (aside = run_by_outsiders(lx, e->label, a)) != NULL)
    vote(&b, TMC_KIND_EXTERNAL, tmc_lexicon_weight(lx, TMC_SOURCE_HEAD_NOUN),
         TMC_SOURCE_LABEL_WORD,
         tmc_arena_printf(a, "%s (details saying whose servers these are)", aside));
  /* callees15: a place others publish to or from, named with no head
   * ("Acquirer SFTP drop"), at one end of the flows outside the system's
   * boundaries, is theirs, as such a head is (above). */
  const char *oi;
  if (!head && ar.outside_end && compatible(lx, e, TMC_KIND_EXTERNAL) &&
      !supply_source(lx, e) &&
      (oi = tmc_lexicon_says(lx, TMC_WORDS_OUTSIDE_INTERFACES, e->label)) != NULL &&
      !tmc_kind_is_ai(k_word) && !own_compute(lx, e->label))
    vote(&b, TMC_KIND_EXTERNAL, tmc_lexicon_weight(lx, TMC_SOURCE_HEAD_NOUN),
         TMC_SOURCE_ZONE,
         tmc_arena_printf(a,
                          "'%s' drawn outside the system's boundaries, at one end "
                          "of its flows",
                          oi));
  /* A function an agent calls by its code name is one of its tools. */
  /* callees15: by a name that says what it does (a verb leads it:
   * "create_ticket", "fetch_page") or what kind of callable it is
   * ("function: lookup_order", "SendEmailTool", "Jira action") or written
   * as a call ("writeFile()"), as surely
   * as a head noun; and a compute icon it runs on (a Function App, a
   * Lambda) backs it, as a generic shape backs the kinds of its class. By
   * other code names alone ("web_search"), as a word. */
  if (ar.agent_called && compatible(lx, e, TMC_KIND_AGENT_TOOL) &&
      (callee.verb || callee.kind || callee.call || (ar.tool_call && callee.names) ||
       (!ar.id_page && function_names(e->label)))) {
    bool sure =
        callee.verb || callee.kind || callee.call || (ar.tool_call && !callee.store);
    double tw_w =
        tmc_lexicon_weight(lx, sure ? TMC_SOURCE_HEAD_NOUN : TMC_SOURCE_LABEL_WORD);
    vote(&b, TMC_KIND_AGENT_TOOL, tw_w, TMC_SOURCE_FLOWS,
         callee.kind
             ? tmc_arena_printf(a, "named as a callable ('%s': %s) an agent calls",
                                e->label, callee.kind)
             : tmc_arena_printf(a, "a function name ('%.*s') an agent calls",
                                (int)callee.span, code_label));
    if (sure && e->shape_source == TMC_SOURCE_ICON &&
        tmc_kind_dfd(e->shape_kind) == TMC_DFD_PROCESS && generic(e->shape_kind))
      b.total[TMC_KIND_AGENT_TOOL] +=
          own_w > 0 ? own_w : tmc_lexicon_weight(lx, TMC_SOURCE_ICON);
  }
  /* kinds24 (K): ... and by an id its author gave it as the agent's code
   * names it, as surely as a generator's id prefix says what it meant */
  if (id_kind && compatible(lx, e, TMC_KIND_AGENT_TOOL))
    vote(&b, TMC_KIND_AGENT_TOOL, tmc_lexicon_weight(lx, TMC_SOURCE_ID_PREFIX),
         TMC_SOURCE_ID_PREFIX,
         tmc_arena_printf(a, "%.*s (an id naming what an agent calls)",
                          (int)(strlen(id_kind) +
                                (strncmp(e->id + strlen(id_kind), "__", 2) == 0 ? 2 : 1)),
                          e->id));
  if (tool_called && compatible(lx, e, TMC_KIND_AGENT_TOOL))
    vote(&b, TMC_KIND_AGENT_TOOL, tmc_lexicon_weight(lx, TMC_SOURCE_HEAD_NOUN),
         TMC_SOURCE_FLOWS,
         tool_does
             ? tmc_arena_printf(a, "'%s': what an agent's tools do, an agent calls it",
                                tool_does)
             : tmc_arena_printf(a, "'%s' an agent calls with a tool call", head_said));
  /* llmkind18 (K4): offered to a model as a tool with no head to say so;
   * and a box listing the code names it is called by in its details
   * ("Form filler (content script: fill_form, submit_form)"), called so by
   * an agent's side, as surely as one leading with them. */
  if (!head && exposed && compatible(lx, e, TMC_KIND_AGENT_TOOL))
    vote(&b, TMC_KIND_AGENT_TOOL, tmc_lexicon_weight(lx, TMC_SOURCE_HEAD_NOUN),
         TMC_SOURCE_LABEL_WORD, tmc_arena_printf(a, "'%s': a model's tool", exposed));
  const char *dn_at = NULL;
  callable dn = {0};
  if (ar.agent_called && !callee.names && !callee.kind &&
      compatible(lx, e, TMC_KIND_AGENT_TOOL) &&
      ((dn = detail_names(lx, e->label, &dn_at)).names ||
       (dn = detail_line_names(lx, e, &dn_at)).names) &&
      (dn.verb || dn.kind || dn.call || ar.tool_call))
    vote(&b, TMC_KIND_AGENT_TOOL, tmc_lexicon_weight(lx, TMC_SOURCE_HEAD_NOUN),
         TMC_SOURCE_FLOWS,
         tmc_arena_printf(a, "function names ('%.*s') a model's calls reach it by",
                          (int)dn.span, dn_at));
  /* end llmkind18 (K4) */
  /* A DFD numbers its stores: "D1 members, accounts" is the store D1, as a
   * generator's id prefix names what it meant. The number says a store,
   * not which: it backs a store of one kind the words named ("D2 | Qdrant
   * - chunks" is a vector store), as a generic shape does. */
  const char *num;
  tmc_kind nk;
  if (e->page < ir->n_pages && ir->pages[e->page].convention == TMC_CONVENTION_DFD &&
      tmc_lexicon_label_number(lx, e->label, &nk, &num, a)) {
    double nw = tmc_lexicon_weight(lx, TMC_SOURCE_ID_PREFIX);
    bool backed = false;
    if (generic(nk))
      for (int j = 0; j < TMC_KIND_COUNT; j++)
        if (j != (int)nk && b.total[j] > 0 &&
            tmc_kind_dfd((tmc_kind)j) == tmc_kind_dfd(nk)) {
          b.total[j] += nw;
          backed = true;
        }
    if (!backed)
      vote(&b, nk, nw, TMC_SOURCE_CONVENTION,
           tmc_arena_printf(a, "numbered '%s' (as a DFD numbers a %s)", num,
                            tmc_kind_name(nk)));
  }
  /* It numbers its processes with a dot ("2.0 Load carrier files", "3.1
   * Validate"): drawn as a process, the number says what it is, whatever
   * its words say it handles. */
  size_t pn = dotted_number(e->label);
  bool dfd_page =
      e->page < ir->n_pages && ir->pages[e->page].convention == TMC_CONVENTION_DFD;
  /* models15: the number says a process, its task says which ("1.0 Predict
   * next word" is the model, "2.0 Train on device" a training step), as
   * the words of a numbered store say which store; a process drawn as one
   * on a DFD page without a number is named by its task the same way,
   * weighing as a head noun. */
  const char *task_w = NULL;
  tmc_kind task = TMC_KIND_COUNT;
  /* r37vardar: a step named in code ("TRAIN_XGB", a pipeline DAG's
   * process) is named by its task on any page and in any process shape,
   * Graphviz's default ellipse included: an exporter writes no shape. */
  char code_words[128];
  bool code_step = false;
  if (dfd_page &&
      (pn ||
       ((e->shape_source == TMC_SOURCE_SHAPE || e->shape_source == TMC_SOURCE_STYLE) &&
        !(e->look & TMC_LOOK_DEFAULT_SHAPE) && e->shape_kind == TMC_KIND_PROCESS)))
    task = dfd_task(lx, e->label, pn, &task_w);
  else if ((e->shape_source == TMC_SOURCE_NONE || e->shape_kind == TMC_KIND_PROCESS) &&
           (code_step = code_step_name(e->label, code_words, sizeof code_words)))
    task = dfd_task(lx, code_words, 0, &task_w);
  if (pn && dfd_page &&
      (e->shape_source == TMC_SOURCE_NONE ||
       tmc_kind_dfd(e->shape_kind) == TMC_DFD_PROCESS))
    vote(&b, task != TMC_KIND_COUNT ? task : TMC_KIND_PROCESS,
         tmc_lexicon_weight(lx, TMC_SOURCE_ID_PREFIX), TMC_SOURCE_CONVENTION,
         task != TMC_KIND_COUNT
             ? tmc_arena_printf(a, "numbered '%.*s', its task '%s' (as a DFD names a %s)",
                                (int)pn, e->label + strspn(e->label, " "), task_w,
                                tmc_kind_name(task))
             : tmc_arena_printf(a, "numbered '%.*s' (as a DFD numbers a process)",
                                (int)pn, e->label + strspn(e->label, " ")));
  else if (task != TMC_KIND_COUNT && !pn)
    vote(&b, task, tmc_lexicon_weight(lx, TMC_SOURCE_HEAD_NOUN), TMC_SOURCE_LABEL_WORD,
         tmc_arena_printf(a,
                          code_step ? "%s (a step named by its task in code)"
                                    : "%s (a DFD process named by its task)",
                          task_w));
  /* A generic shape backs the specific kinds of its class others named;
   * so does a store's icon (a bucket, a database) the store it is named as
   * ("Training dataset" on S3's icon is a dataset kept in a bucket). */
  double bw = sw;
  if (e->shape_source == TMC_SOURCE_ICON && e->shape_kind == TMC_KIND_DATA_STORE)
    bw = own_w > 0 ? own_w : tmc_lexicon_weight(lx, TMC_SOURCE_ICON);
  if (bw > 0 && generic(e->shape_kind))
    for (int j = 0; j < TMC_KIND_COUNT; j++)
      if (j != (int)e->shape_kind && b.total[j] > 0 &&
          tmc_kind_dfd((tmc_kind)j) == tmc_kind_dfd(e->shape_kind))
        b.total[j] += bw;
  /* kinds26 (K): a DOT node's class (Graphviz's SVG class names:
   * class="store confidential", "people", "vendor", "svc job") is what its
   * author filed it under, as an id prefix a generator writes: each class
   * name that is a kind's word votes so (a drilling contractor's card whose
   * detail line says "daily logs (PDF)" is filed under people), and backs
   * the specific kinds of its class the words named, as a generic shape
   * does ("store" under "Weaviate chunks + vectors": the vector store). A
   * vendor's class names no other kind than a model its words name. */
  const char *cls =
      e->notation == TMC_NOTATION_DOT ? tmc_props_get(&e->props, "class") : NULL;
  tmc_kind lk_ai;
  const char *lw_ai;
  bool ai_named =
      cls && words_kind(lx, e->label, &lk_ai, &lw_ai) && tmc_kind_is_ai(lk_ai);
  for (const char *c = cls; c && *c && !typed;) {
    c += strspn(c, " ,");
    size_t cn = strcspn(c, " ,");
    char name[48];
    tmc_kind ck;
    const char *cw;
    if (cn > 0 && cn < sizeof name) {
      snprintf(name, sizeof name, "%.*s", (int)cn, c);
      if (words_kind(lx, name, &ck, &cw) && strcasecmp(cw, name) == 0 &&
          !(ai_named && !tmc_kind_is_ai(ck))) {
        double cwt = tmc_lexicon_weight(lx, TMC_SOURCE_ID_PREFIX);
        if (generic(ck))
          for (int j = 0; j < TMC_KIND_COUNT; j++)
            if (j != (int)ck && b.total[j] > 0 &&
                tmc_kind_dfd((tmc_kind)j) == tmc_kind_dfd(ck))
              b.total[j] += cwt;
        vote(&b, ck, cwt, TMC_SOURCE_CONVENTION,
             tmc_arena_printf(a, "class=\"%s\" (the author's class for it)", name));
      }
    }
    c += cn;
  }
  if (unknown) {
    /* The table lacks the drawing's stencil: whatever decides says so. */
    char buf[200];
    snprintf(buf, sizeof buf, "unknown stencil %s", unknown);
    unknown = tmc_arena_strdup(a, buf);
  }
  /* kinds18b: a place named only by the people who staff it ("Night
   * reception (porters)") is those people; a fleet of field devices named
   * by its count and protocol is the devices, external (an entry where they
   * send): with no head or kind word that says otherwise, or a head naming
   * only the device class (a PLC counted by the dozen is the plant's, not
   * one step of our code). As a head noun weighs. */
  const char *crew = NULL, *fleet = NULL;
  if (!head && k_word == TMC_KIND_COUNT && compatible(lx, e, TMC_KIND_EXTERNAL) &&
      !sure_store_shape(lx, e->shape) &&
      ((crew = aside_people(lx, e->label)) != NULL ||
       (fleet = device_fleet(lx, e->label)) != NULL) &&
      !own_compute(lx, e->label) && !names_ai_code(lx, e->label))
    vote(&b, TMC_KIND_EXTERNAL, tmc_lexicon_weight(lx, TMC_SOURCE_HEAD_NOUN),
         TMC_SOURCE_LABEL_WORD,
         crew ? tmc_arena_printf(a, "%s (the people an aside says are there)", crew)
              : tmc_arena_printf(a, "%s (field devices counted by the dozen)", fleet));
  /* end kinds18b */
  /* xkinds28 (K1): a party's service, named alone on its name line, whose
   * detail line says what it holds: as a head noun weighs */
  if (party_name && compatible(lx, e, TMC_KIND_EXTERNAL))
    vote(&b, TMC_KIND_EXTERNAL, tmc_lexicon_weight(lx, TMC_SOURCE_HEAD_NOUN),
         TMC_SOURCE_LABEL_WORD,
         tmc_arena_printf(a,
                          "'%s' names another organisation's service; '%s' on a detail "
                          "line says what it holds",
                          party_name, party_held));
  /* outside17 (B1): someone else's service by where it is drawn. */
  const char *party;
  if (!tmc_kind_is_ai(k_word) && !(head && head_kind != TMC_KIND_PROCESS) &&
      compatible(lx, e, TMC_KIND_EXTERNAL) && !sure_store_shape(lx, e->shape) &&
      !names_ai_code(lx, e->label) && !own_compute(lx, e->label) &&
      !supply_source(lx, e) &&
      (party = drawn_as_theirs(ir, lx, ar, e, head, k_word, tw ? tw_kind : TMC_KIND_COUNT,
                               a)))
    vote(&b, TMC_KIND_EXTERNAL, tmc_lexicon_outside_weight(lx), TMC_SOURCE_ZONE, party);
  /* fe26: a picture no stencil row knows (an icon set's SVG by URL on a
   * `label` card, clip art the table lacks): the words of its file name
   * (shapes.yaml image_words) are a hint the label's words outvote. Voted
   * after them, so on equal weight the words win. */
  char file[96];
  const char *iw;
  tmc_kind ik;
  if (e->notation == TMC_NOTATION_DRAWIO && e->shape_source != TMC_SOURCE_ICON &&
      tmc_lexicon_image_word(lx, e->style, &ik, &iw, file, sizeof file)) {
    /* kinds27 (K): ... but a person's picture on a card whose name line
     * names nothing ("Runners", "Riders") and whose head is the software a
     * person works in, said by its detail line only ("iOS / Android app"),
     * is those people: the detail says what they use, the picture who. */
    tmc_kind ak;
    tmc_tech pt;
    const char *pw;
    bool pe;
    double pwt;
    bool people_app = ik == TMC_KIND_EXTERNAL && head && head_kind == TMC_KIND_PROCESS &&
                      e->name_line && *e->name_line && e->detail_lines &&
                      !tmc_has_word(e->name_line, head_said) &&
                      tmc_lexicon_says(lx, TMC_WORDS_PEOPLE_SOFTWARE, head_said) &&
                      !tmc_lexicon_head_w(lx, e->name_line, &ak, &pt, &pw, &pe, &pwt) &&
                      !tmc_lexicon_kind_word_w(lx, e->name_line, &ak, &pw, &pwt) &&
                      compatible(lx, e, TMC_KIND_EXTERNAL);
    vote(&b, ik,
         people_app ? tmc_lexicon_weight(lx, TMC_SOURCE_HEAD_NOUN)
                    : tmc_lexicon_icon_file_weight(lx),
         TMC_SOURCE_ICON,
         people_app ? tmc_arena_printf(a,
                                       "%s (its file name says '%s'; the name line names "
                                       "no part, '%s' is what they use)",
                                       file, iw, head_said)
                    : tmc_arena_printf(a, "%s (its file name says '%s')", file, iw));
  }
  /* The default leans every element a little towards a process. */
  vote(&b, TMC_KIND_PROCESS, tmc_lexicon_weight(lx, TMC_SOURCE_DEFAULT),
       TMC_SOURCE_DEFAULT, unknown);
  tmc_kind second, win = count(&b, &second);
  if (win == TMC_KIND_COUNT) { /* a lexicon without weights: nothing votes */
    e->kind = TMC_KIND_PROCESS;
    e->kind_source = TMC_SOURCE_DEFAULT;
    e->kind_evidence = unknown;
    return;
  }
  e->kind = win;
  e->kind_source = b.src[win];
  e->kind_evidence = b.ev[win];
  /* kinds21 (K4): a store named by a search engine that says it is searched
   * by vectors ("TI passage index Azure AI Search (vectors + keywords)",
   * "srch-clausebank Azure AI Search (hybrid)", "Elasticsearch (dense
   * vectors)") is the vector store a RAG system retrieves from; named by
   * the engine alone it is as often a keyword index, a store. */
  const char *engine, *vec;
  if (win == TMC_KIND_DATA_STORE && compatible(lx, e, TMC_KIND_VECTOR_STORE) &&
      (engine = tmc_lexicon_says(lx, TMC_WORDS_SEARCH_INDEXES, e->label)) != NULL &&
      !tmc_lexicon_says(lx, TMC_WORDS_VECTOR_WORDS, engine) &&
      (vec = tmc_lexicon_says(lx, TMC_WORDS_VECTOR_WORDS, e->label)) != NULL) {
    e->kind = TMC_KIND_VECTOR_STORE;
    e->kind_source = TMC_SOURCE_LABEL_WORD;
    e->kind_evidence = tmc_arena_printf(a, "%s ('%s': searched by vectors)", engine, vec);
  }
  /* fe24: an icon's technology is its reading of the icon's kind (a
   * generic server: a VM; a generic database: SQL). Where the words made the
   * element an AI part or a vector store instead ("Claude Sonnet 4.5 /
   * Amazon Bedrock" on a server icon, "Vespa index" on a database icon),
   * that reading no longer holds: the words' technology, or none, stands
   * (a vector index is no SQL database a model-written query runs on). */
  if (e->shape_source == TMC_SOURCE_ICON && e->tech_source == TMC_SOURCE_ICON &&
      e->kind != e->shape_kind &&
      (tmc_kind_is_ai(e->kind) || e->kind == TMC_KIND_VECTOR_STORE)) {
    e->tech = TMC_TECH_NONE;
    e->tech_source = TMC_SOURCE_NONE;
    e->tech_evidence = NULL;
    if (tw_tech != TMC_TECH_NONE) {
      e->tech = tw_tech;
      e->tech_source = TMC_SOURCE_LABEL_WORD;
      e->tech_evidence = tw;
    } else if (head && head_tech != TMC_TECH_NONE && head_kind == e->kind) {
      e->tech = head_tech;
      e->tech_source = TMC_SOURCE_HEAD_NOUN;
      e->tech_evidence = head_word;
    }
  }
  if (d && second != TMC_KIND_COUNT && b.src[second] != TMC_SOURCE_DEFAULT &&
      b.total[second] >= tmc_lexicon_coin_toss(lx) * b.total[win]) {
    tmc_buf w1 = TMC_BUF_INIT, w2 = TMC_BUF_INIT;
    evidence_words(&w1, b.src[win], b.ev[win]);
    evidence_words(&w2, b.src[second], b.ev[second]);
    tmc_warning(d, e->loc,
                "kind of '%s' is a coin toss between %s (%s) and %s (%s); write "
                "type=%s or type=%s",
                *e->label ? e->label : e->id, tmc_kind_name(win), w1.data,
                tmc_kind_name(second), w2.data, tmc_kind_name(win),
                tmc_kind_name(second));
    tmc_buf_free(&w1);
    tmc_buf_free(&w2);
  }
}

/* kinds19 (K2): an element on a page of ids is read by its id's words
 * ("account_lookup_api": account lookup api, "human_agents": human
 * agents), as the author would have labelled it; the label (the id) stays
 * what reports show. */
static void classify_one(const tmc_lexicon *lx, tmc_ir *ir, const bool *boxes,
                         const tmc_boundary *const *outside, around ar, tmc_element *e,
                         tmc_diags *d) {
  if (!ar.id_page || !strchr(e->label, '_')) {
    classify_read(lx, ir, boxes, outside, ar, e, d);
    return;
  }
  const char *label = e->label;
  char *words = tmc_arena_strdup(ir->arena, label);
  for (char *p = words; *p; p++)
    if (*p == '_')
      *p = ' ';
  e->label = words;
  classify_read(lx, ir, boxes, outside, ar, e, d);
  e->label = label;
}

/* kinds19 (K2): per page, whether its ids are its names: three elements or
 * more, at most one in five with a label of its own (DOT's label-less
 * nodes carry their id as the label), and one id at least spelt as code
 * spells names ("genesys_flow"). One walk over the elements. */
static bool *id_pages(const tmc_ir *ir) {
  uint32_t np = ir->n_pages ? ir->n_pages : 1;
  uint32_t *n = tmc_xcalloc(np, sizeof *n), *named = tmc_xcalloc(np, sizeof *named);
  bool *snake = tmc_xcalloc(np, sizeof *snake), *ids = tmc_xcalloc(np, sizeof *ids);
  for (uint32_t i = 0; i < ir->n_elements; i++) {
    const tmc_element *e = &ir->elements[i];
    if (e->page >= np)
      continue;
    n[e->page]++;
    if (e->cell || !e->id || strcmp(e->label, e->id) != 0)
      named[e->page]++;
    else if (snake_token(e->id, strlen(e->id)))
      snake[e->page] = true;
  }
  for (uint32_t p = 0; p < np; p++)
    ids[p] = n[p] >= 3 && snake[p] && named[p] * 5 <= n[p];
  free(n);
  free(named);
  free(snake);
  return ids;
}

/* Do a label's words name an agent (its loop, its runtime), not a person
 * ("Support agent" staff: a head naming people)? */
static bool agent_code(const tmc_lexicon *lx, const char *label) {
  head_noun h;
  /* kinds18b: not by an agent word a false friend holds ("Route planner",
   * "Build agent"): those name no agent a model runs. */
  char buf[1024];
  const char *l =
      tmc_lexicon_without_false_friends(lx, label, TMC_KIND_AGENT_TOOL, buf, sizeof buf);
  return tmc_lexicon_says(lx, TMC_WORDS_ROLE_AGENT, l) &&
         !(head_of(lx, label, &h) && h.kind == TMC_KIND_EXTERNAL);
}

/* perf23: agent_code of element v's label, asked once per classify run
 * (memo[v]: 0 not yet, 1 no, 2 yes): the flows' callers, ai_pages and
 * llm_pages asked it of the same labels three times and more (a false
 * friends' copy and two word scans each). Outside classify_one, which
 * reads a label on a page of ids with its '_' as spaces for a while, every
 * label is the one drawn. */
static bool agent_code_of(const tmc_lexicon *lx, const tmc_ir *ir, uint8_t *memo,
                          uint32_t v) {
  if (!memo[v])
    memo[v] = agent_code(lx, ir->elements[v].label) ? 2 : 1;
  return memo[v] == 2;
}

/* Does the page's drawing hold AI (a model, an LLM, a registry, a vector or
 * feature store, a training pipeline) beside an element's own kind, or
 * words naming an agent? Per page, after every element's first vote. */
static bool *ai_pages(const tmc_ir *ir, const tmc_lexicon *lx, uint8_t *agent) {
  bool *ai = tmc_xcalloc(ir->n_pages ? ir->n_pages : 1, sizeof *ai);
  uint32_t *n = tmc_xcalloc(ir->n_pages ? ir->n_pages : 1, sizeof *n);
  for (uint32_t i = 0; i < ir->n_elements; i++)
    if (ir->elements[i].page < ir->n_pages)
      n[ir->elements[i].page]++;
  /* Two elements or one draw too little of a system to tell: their
   * words stand. */
  for (uint32_t p = 0; p < ir->n_pages; p++)
    ai[p] = n[p] < 3;
  free(n);
  for (uint32_t i = 0; i < ir->n_elements; i++) {
    const tmc_element *e = &ir->elements[i];
    if (e->page >= ir->n_pages)
      continue;
    if ((tmc_kind_is_ai(e->kind) && e->kind != TMC_KIND_AGENT_TOOL &&
         e->kind != TMC_KIND_DATASET) ||
        (e->kind != TMC_KIND_EXTERNAL && agent_code_of(lx, ir, agent, i)))
      ai[e->page] = true;
  }
  return ai;
}

/* dotattr22: the pages that draw an LLM or agent code (three elements or
 * fewer draw too little to tell: their words stand), where an agent's
 * tools have something to call them. */
static bool *llm_pages(const tmc_ir *ir, const tmc_lexicon *lx, uint8_t *agent) {
  bool *llm = tmc_xcalloc(ir->n_pages ? ir->n_pages : 1, sizeof *llm);
  uint32_t *n = tmc_xcalloc(ir->n_pages ? ir->n_pages : 1, sizeof *n);
  for (uint32_t i = 0; i < ir->n_elements; i++)
    if (ir->elements[i].page < ir->n_pages)
      n[ir->elements[i].page]++;
  for (uint32_t p = 0; p < ir->n_pages; p++)
    llm[p] = n[p] < 3;
  free(n);
  for (uint32_t i = 0; i < ir->n_elements; i++) {
    const tmc_element *e = &ir->elements[i];
    if (e->page < ir->n_pages &&
        (e->kind == TMC_KIND_LLM ||
         (e->kind != TMC_KIND_EXTERNAL && agent_code_of(lx, ir, agent, i))))
      llm[e->page] = true;
  }
  return llm;
}

/* Was the element's kind made by a word (its head or a label word)? */
static bool by_word(const tmc_element *e) {
  return e->kind_source == TMC_SOURCE_HEAD_NOUN ||
         e->kind_source == TMC_SOURCE_LABEL_WORD;
}

/* A store only its drawing or a generic word made one, holding data a
 * training step learns from: not plumbing (sets.yaml: a queue, a stream,
 * a logging product, a secrets vault) and not saying secrets, model files
 * or code (packages); nor logs, unless logs says a training step reads it
 * (mlkinds16: click, impression and interaction logs are what models
 * learn from, "Improvement logs bucket" -> "monthly training set"). */
static bool plain_store(const tmc_lexicon *lx, const tmc_element *e, bool logs) {
  if (e->kind != TMC_KIND_DATA_STORE || e->kind_source == TMC_SOURCE_ATTRIBUTE ||
      e->kind_source == TMC_SOURCE_ID_PREFIX)
    return false;
  /* (a head "logs" names what it holds, no logging product: "search logs") */
  if (TMC_TECHSET_HAS(tmc_lexicon_techs(lx, TMC_TECHS_PLUMBING),
                      e->tech) && /* sets.yaml */
      !(logs && e->tech == TMC_TECH_LOGGING && e->tech_source == TMC_SOURCE_HEAD_NOUN))
    return false;
  const char *l = e->label;
  return (logs || !tmc_lexicon_says(lx, TMC_WORDS_LOG, l)) &&
         !tmc_lexicon_says(lx, TMC_WORDS_VAULT, l) &&
         !tmc_lexicon_says(lx, TMC_WORDS_SECRET_DATA, l) &&
         !tmc_lexicon_says(lx, TMC_WORDS_MODEL_FILES, l) &&
         /* mlgen17: "Bynder DAM asset library" keeps media, not code */
         (!tmc_lexicon_says(lx, TMC_WORDS_CODE_SOURCE, l) ||
          tmc_lexicon_says(lx, TMC_WORDS_DATA_LIBRARIES, l));
}

/* A training step: a pipeline a trainer's word names, else one that
 * neither only ingests documents nor is an ETL or a CI/CD product's.
 * registers: it writes into a model registry (a flow to one). */
static bool trains(const tmc_lexicon *lx, const tmc_element *e, bool registers) {
  if (e->kind != TMC_KIND_PIPELINE)
    return false;
  /* "nightly refit (Airflow)": a trainer's word outweighs the scheduler;
   * mlkinds16: and writing a model into a registry (ml_positions) says
   * training whatever runs it ("rank-builder (Spark)"). kinds20b (K8):
   * so does a registry named as one beside it ("nightly LTR training
   * (Airflow 02:30)" -> "MLflow model registry"), and a trainer's word
   * in a DOT id the author chose ("trainer"). */
  if (tmc_lexicon_says(lx, TMC_WORDS_ROLE_TRAINER, e->label) ||
      tmc_lexicon_says(lx, TMC_WORDS_ROLE_TRAINER, e->id) ||
      e->kind_source == TMC_SOURCE_FLOWS || registers)
    return true;
  return e->tech != TMC_TECH_ETL && e->tech != TMC_TECH_CI_CD &&
         !tmc_lexicon_says(lx, TMC_WORDS_ROLE_INGESTION, e->label);
}

/* Does a flow bring a training step its data: from a dataset, or saying a
 * dataset word ("dataset download")? */
static bool brings_dataset(const tmc_lexicon *lx, const tmc_ir *ir, const tmc_flow *x) {
  tmc_kind k;
  const char *w;
  double wt;
  return ir->elements[x->src].kind == TMC_KIND_DATASET ||
         (tmc_lexicon_kind_word_w(lx, x->label, &k, &w, &wt) && k == TMC_KIND_DATASET);
}

/* mlkind18 (K6): does the flow come from a public model hub outside
 * (words.yaml model_hubs: "Hugging Face Hub", "TF Hub", "model zoo"), not
 * saying data ("HF datasets")? */
static bool hub_fills(const tmc_lexicon *lx, const tmc_ir *ir, const tmc_flow *x) {
  const tmc_element *s = &ir->elements[x->src];
  tmc_kind k;
  const char *w;
  double wt;
  return tmc_kind_dfd(s->kind) == TMC_DFD_ENTITY &&
         tmc_lexicon_says(lx, TMC_WORDS_MODEL_HUBS, s->label) &&
         !(tmc_lexicon_kind_word_w(lx, x->label, &k, &w, &wt) && k == TMC_KIND_DATASET) &&
         !tmc_lexicon_says(lx, TMC_WORDS_DATASET_SOURCES, s->label);
}

/* Stores a training step reads are what it trains on, when nothing drawn
 * brings it a dataset already: datasets ("events_90d (BigQuery)" the nightly
 * refit reads, "s3://.../features" a training Job reads and writes). Read:
 * a flow from the store, a two-way flow, or a flow from the step whose label
 * says a query word ("read / write features"). Two walks over the flows. */
static void training_stores(tmc_ir *ir, const tmc_lexicon *lx) {
  uint32_t n = ir->n_elements;
  uint32_t *read_by = tmc_xmalloc((n + 1) * sizeof *read_by);
  bool *has_data = tmc_xcalloc(n + 1, sizeof *has_data);
  for (uint32_t i = 0; i < n; i++)
    read_by[i] = TMC_NONE;
  bool *serves = tmc_xcalloc(n + 1, sizeof *serves);   /* mlkinds16 */
  bool *hub_fed = tmc_xcalloc(n + 1, sizeof *hub_fed); /* mlkind18 */
  bool *reg = tmc_xcalloc(n + 1, sizeof *reg);         /* kinds20b (K8) */
  /* kinds22 (K4): per store, the process of the system's that writes it
   * (TMC_NONE: none yet, n: more than one), and whether one reads it back */
  uint32_t *writer = tmc_xmalloc((n + 1) * sizeof *writer);
  bool *live = tmc_xcalloc(n + 1, sizeof *live);
  for (uint32_t i = 0; i < n; i++)
    writer[i] = TMC_NONE;
  /* b34b: a host people log in to (shell_hosts: an HPC login node) is
   * their hands on a store, no application keeping its records there */
  bool *shell = tmc_xcalloc(n + 1, sizeof *shell);
  for (uint32_t i = 0; i < n; i++)
    shell[i] = ir->elements[i].kind == TMC_KIND_PROCESS &&
               tmc_lexicon_says(lx, TMC_WORDS_SHELL_HOSTS, ir->elements[i].label);
  for (uint32_t f = 0; f < ir->n_flows; f++) {
    const tmc_flow *x = &ir->flows[f];
    if (x->src < n && x->dst < n && ir->elements[x->dst].kind == TMC_KIND_MODEL_REGISTRY)
      reg[x->src] = true;
    if (x->src < n && x->dst < n && x->src != x->dst &&
        ir->elements[x->src].kind == TMC_KIND_PROCESS && !shell[x->src])
      writer[x->dst] = writer[x->dst] == TMC_NONE ? x->src : writer[x->dst];
    if (x->src < n && x->dst < n && x->bidirectional &&
        ir->elements[x->dst].kind == TMC_KIND_PROCESS && !shell[x->dst])
      writer[x->src] = writer[x->src] == TMC_NONE ? x->dst : writer[x->src];
  }
  /* kinds22 (K4): a store the system's own code both writes and reads back
   * ("Resep & profil (Cloud SQL MySQL)" the mobile API keeps recipes and
   * profiles in: a two-way flow, or flows both ways with one process) is
   * the production database the app runs on, whatever a training step
   * also reads from it: a store, not a dataset (a dataset is a set
   * prepared for training, which the live app neither keeps nor reads). */
  /* kinds23 (K): a process that loads a model from a model or registry
   * ("Dịch vụ dự báo" reading "MinIO models/ model.pkl") serves it live;
   * a store it reads its inputs from too (the sensor time series both
   * the nightly job and the hourly forecast read) is the production store
   * the live predictions run on, not a set prepared for training. */
  bool *infers = tmc_xcalloc(n + 1, sizeof *infers);
  bool *model_read = tmc_xcalloc(n + 1, sizeof *model_read); /* kinds24 (K) */
  bool *brought = tmc_xcalloc(n + 1, sizeof *brought);       /* kinds24 (K) */
  bool *fresh = tmc_xcalloc(n + 1, sizeof *fresh); /* kinds26: live predictions read it */
  bool *builds = tmc_xcalloc(n + 1, sizeof *builds); /* the step's own table */
  for (uint32_t f = 0; f < ir->n_flows; f++) {
    const tmc_flow *x = &ir->flows[f];
    if (x->src < n && x->dst < n && ir->elements[x->dst].kind == TMC_KIND_PROCESS &&
        (ir->elements[x->src].kind == TMC_KIND_MODEL ||
         ir->elements[x->src].kind == TMC_KIND_MODEL_REGISTRY))
      infers[x->dst] = true;
  }
  for (uint32_t f = 0; f < ir->n_flows; f++) {
    const tmc_flow *x = &ir->flows[f];
    if (x->src >= n || x->dst >= n || x->src == x->dst)
      continue;
    if (infers[x->dst] && ir->elements[x->src].kind == TMC_KIND_DATA_STORE)
      fresh[x->src] = true;
    /* kinds24 (K): ... and so is one the model served reads itself (the
     * forecast service the registry's model.pkl made the model), unless
     * its flow into the training step says it brings a dataset */
    if (ir->elements[x->dst].kind == TMC_KIND_MODEL &&
        ir->elements[x->src].kind == TMC_KIND_DATA_STORE)
      fresh[x->src] = model_read[x->src] = true;
    if (x->bidirectional && ir->elements[x->dst].kind == TMC_KIND_DATA_STORE &&
        ir->elements[x->src].kind == TMC_KIND_PROCESS && !shell[x->src])
      live[x->dst] = true;
    if (ir->elements[x->src].kind == TMC_KIND_DATA_STORE &&
        (x->bidirectional
             ? ir->elements[x->dst].kind == TMC_KIND_PROCESS && !shell[x->dst]
             : writer[x->src] == x->dst))
      live[x->src] = true;
  }
  for (uint32_t f = 0; f < ir->n_flows; f++) {
    const tmc_flow *x = &ir->flows[f];
    /* mlkind18 (K6): what a public model hub fills ("/scratch/hf-cache",
     * "base model mirror", "~/.cache/huggingface") holds the models a job
     * starts from, not data it learns from: never its dataset. */
    if (x->src < n && x->dst < n && hub_fills(lx, ir, x))
      hub_fed[x->dst] = true;
    /* mlkinds16: a store that serves the outside (creatives to browsers,
     * downloads to customers) is the system's live content, whatever a
     * training step also reads from it. */
    if (x->src < n && x->dst < n && ir->elements[x->dst].kind == TMC_KIND_EXTERNAL &&
        /* mlgen17: annotators or reviewers reading the frames are the
         * system's own work, not its public */
        !tmc_lexicon_says(lx, TMC_WORDS_STAFF_ROLES, ir->elements[x->dst].label))
      serves[x->src] = true;
    /* A table the step both builds and reads back (a two-way flow, or
     * one from the step saying a query word: "build / read") is the set it
     * trains on; the stores it joins into that table (the historian, the
     * repair log) are the live records it draws from, stores not datasets */
    if (x->src < n && x->dst < n && x->src != x->dst &&
        (x->bidirectional || tmc_lexicon_says(lx, TMC_WORDS_QUERY, x->label)) &&
        trains(lx, &ir->elements[x->src], reg[x->src]) &&
        (ir->elements[x->dst].kind == TMC_KIND_DATASET ||
         plain_store(lx, &ir->elements[x->dst], false)))
      builds[x->src] = true;
    if (x->src < n && x->dst < n && brings_dataset(lx, ir, x)) {
      has_data[x->dst] = true;
      /* A plain store whose flow into the step says what it brings ("12
       * months labelled history") is that dataset itself. */
      if (trains(lx, &ir->elements[x->dst], reg[x->dst]) &&
          plain_store(lx, &ir->elements[x->src], true)) {
        read_by[x->src] = x->dst;
        brought[x->src] = true;
      }
    }
  }
  for (uint32_t f = 0; f < ir->n_flows; f++) {
    const tmc_flow *x = &ir->flows[f];
    if (x->src >= n || x->dst >= n)
      continue;
    const tmc_element *s = &ir->elements[x->src], *t = &ir->elements[x->dst];
    /* mlgen17: media a camera or a photographer captured ("shelf_frames",
     * "brand-approved images") are the examples themselves, also beside a
     * labels set the step reads too */
    bool into_step = trains(lx, t, reg[x->dst]);
    /* asked only where it decides (a step that has its data already): two
     * word lookups per flow were most of this walk (perf21) */
    bool media = into_step && has_data[x->dst] &&
                 (tmc_lexicon_says(lx, TMC_WORDS_TRAINING_MEDIA, s->label) ||
                  (x->label && tmc_lexicon_says(lx, TMC_WORDS_TRAINING_MEDIA, x->label)));
    if (into_step && ((!has_data[x->dst] && !builds[x->dst]) || media) &&
        plain_store(lx, s, true) && !serves[x->src])
      read_by[x->src] = x->dst;
    else if (trains(lx, s, reg[x->src]) && !has_data[x->src] &&
             plain_store(lx, t, false) &&
             (x->bidirectional || tmc_lexicon_says(lx, TMC_WORDS_QUERY, x->label)))
      read_by[x->dst] = x->src;
  }
  /* kinds24 (K): an element nothing but the default made a process (no
   * shape, no word: a picture, "Correccions parells àudio / text revisat")
   * that a flow saying it keeps what it gets writes into ("desa parells":
   * saves the pairs) and that sends only to training steps is what those
   * steps learn from. Two walks over the flows. */
  uint8_t *kept = tmc_xcalloc(n + 1, sizeof *kept); /* 1 saved into, 2 sends elsewhere */
  for (uint32_t f = 0; f < ir->n_flows; f++) {
    const tmc_flow *x = &ir->flows[f];
    if (x->src >= n || x->dst >= n || x->src == x->dst)
      continue;
    if (x->label && tmc_lexicon_says(lx, TMC_WORDS_STORED_INTO, x->label))
      kept[x->dst] |= 1;
    if (x->bidirectional || !trains(lx, &ir->elements[x->dst], reg[x->dst]))
      kept[x->src] |= 2;
  }
  for (uint32_t f = 0; f < ir->n_flows; f++) {
    const tmc_flow *x = &ir->flows[f];
    if (x->src >= n || x->dst >= n || x->src == x->dst || kept[x->src] != 1 ||
        read_by[x->src] != TMC_NONE)
      continue;
    const tmc_element *s = &ir->elements[x->src];
    if (s->kind == TMC_KIND_PROCESS && s->kind_source == TMC_SOURCE_DEFAULT &&
        s->shape_source == TMC_SOURCE_NONE &&
        trains(lx, &ir->elements[x->dst], reg[x->dst]))
      read_by[x->src] = x->dst;
  }
  free(kept);
  for (uint32_t i = 0; i < n; i++) {
    /* kinds26 (K): a store named for keeping everything over time
     * (history_stores: "trips lake s3://grindle-trips", "image archive")
     * is what a training step learns from, whatever the live model also
     * reads of its latest rows ("last 6 h"): not a production database. */
    if (read_by[i] == TMC_NONE || hub_fed[i] || live[i] ||
        (fresh[i] && !brought[i] &&
         !tmc_lexicon_says(lx, TMC_WORDS_HISTORY_STORES, ir->elements[i].label)))
      continue;
    tmc_element *e = &ir->elements[i];
    const tmc_element *step = &ir->elements[read_by[i]];
    e->kind = TMC_KIND_DATASET;
    e->kind_source = TMC_SOURCE_FLOWS;
    e->kind_evidence = tmc_arena_printf(ir->arena, "read by the training step '%s'",
                                        *step->label ? step->label : step->id);
  }
  free(shell);
  free(read_by);
  free(has_data);
  free(serves);
  free(hub_fed);
  free(reg);
  free(writer);
  free(live);
  free(infers);
  free(model_read);
  free(brought);
  free(fresh);
  free(builds);
}

/* kinds20b (K3): an experiment tracker (words.yaml experiment_trackers)
 * drawn as a service by its icon or a technology word, not its head, that
 * code or people read runs back from (a flow out of it, or a two-way
 * flow, to something that is no store) and that writes into no store
 * drawn beside it, is the store of those runs (source flows): "MLflow
 * tracking (runs, params, artifacts)" two-way with the notebooks. One
 * flow walk. */
static void tracker_stores(tmc_ir *ir, const tmc_lexicon *lx) {
  uint32_t n = ir->n_elements;
  bool *read_back = tmc_xcalloc(n + 1, sizeof *read_back);
  bool *writes = tmc_xcalloc(n + 1, sizeof *writes);
  for (uint32_t f = 0; f < ir->n_flows; f++) {
    const tmc_flow *x = &ir->flows[f];
    if (x->src >= n || x->dst >= n || x->src == x->dst)
      continue;
    for (int way = 0; way < (x->bidirectional ? 2 : 1); way++) {
      uint32_t s = way ? x->dst : x->src, t = way ? x->src : x->dst;
      if (tmc_kind_dfd(ir->elements[t].kind) == TMC_DFD_STORE)
        writes[s] = true;
      else
        read_back[s] = true;
    }
  }
  for (uint32_t i = 0; i < n; i++) {
    tmc_element *e = &ir->elements[i];
    const char *w;
    if (e->kind != TMC_KIND_PROCESS || !read_back[i] || writes[i] ||
        e->kind_source == TMC_SOURCE_ATTRIBUTE ||
        e->kind_source == TMC_SOURCE_HEAD_NOUN ||
        (w = tmc_lexicon_says(lx, TMC_WORDS_EXPERIMENT_TRACKERS, e->label)) == NULL)
      continue;
    e->kind_evidence = tmc_arena_printf(
        ir->arena, "'%s': an experiment tracker its readers read runs back from (not %s)",
        w, e->kind_evidence ? e->kind_evidence : "process");
    e->kind = TMC_KIND_DATA_STORE;
    e->kind_source = TMC_SOURCE_FLOWS;
  }
  free(read_back);
  free(writes);
}

/* A per-page flag for element i (false off the IR's pages). */
static bool page_flag(const tmc_ir *ir, const bool *flags, uint32_t i) {
  return ir->elements[i].page < ir->n_pages && flags[ir->elements[i].page];
}

/* ---- mlkinds16: ML kinds by graph position ------------------------------
 * Which ML part a box is follows from who reads and writes what as much as
 * from its name: a step that reads data and writes a model into a store is
 * the training step, that store the registry; code that loads a model from
 * the registry and answers callers, where the page draws no model, is the
 * model served; a store a step writes vectors into (got from a model) is
 * the vector index; one a job writes features into, read where a model is
 * called, the feature store. Three walks over the flows, once per graph. */

/* May the flows decide e's kind again: not one the author wrote (type=, a
 * generator's id prefix), a zone or the outside decided, or the flows
 * already did. */
static bool movable(const tmc_element *e) {
  /* kinds26 (K): a DOT box the system's own zone made a component (source
   * zone, a process: "dockcast-serve 15-min forecasts") weighs as a card:
   * its place said only that it is the system's, so its flows may say
   * which part it is; a zone that made it the outside decided. */
  return e->kind_source != TMC_SOURCE_ATTRIBUTE &&
         e->kind_source != TMC_SOURCE_ID_PREFIX &&
         (e->kind_source != TMC_SOURCE_ZONE || e->kind == TMC_KIND_PROCESS) &&
         e->kind_source != TMC_SOURCE_FLOWS;
}

/* A store data are read from for training or serving: not model files, a
 * registry, code or secrets. */
static bool data_source(const tmc_lexicon *lx, const tmc_element *e) {
  return (e->kind == TMC_KIND_DATA_STORE || e->kind == TMC_KIND_DATASET ||
          e->kind == TMC_KIND_FEATURE_STORE) &&
         !tmc_lexicon_says(lx, TMC_WORDS_MODEL_FILES, e->label) &&
         !tmc_lexicon_says(lx, TMC_WORDS_CODE_SOURCE, e->label) &&
         !tmc_lexicon_says(lx, TMC_WORDS_VAULT, e->label) &&
         !tmc_lexicon_says(lx, TMC_WORDS_SECRET_DATA, e->label);
}

/* Code whose product builds or moves data, not models (a CI/CD system, an
 * ETL tool), unless a trainer's word names what it does ("CI runner (GPU)
 * build + fine-tune job"). */
static bool builds_only(const tmc_lexicon *lx, const tmc_element *e) {
  return e->tech == TMC_TECH_CI_CD &&
         !tmc_lexicon_says(lx, TMC_WORDS_ROLE_TRAINER, e->label);
}

/* A notebook, by its technology or its head ("JupyterHub notebooks (k8s
 * pods, GPU pool)"). */
static bool notebook(const tmc_lexicon *lx, const tmc_element *e) {
  head_noun h;
  return e->tech == TMC_TECH_NOTEBOOK ||
         (head_of(lx, e->label, &h) && h.tech == TMC_TECH_NOTEBOOK);
}

/* Was e made an external entity only by a head guessed among the first
 * words of a long label ("recs-api user tower + ANN + pins": 'user'
 * modifies the tower), not one ending its name ("Data scientist")? */
static bool guessed_head(const tmc_lexicon *lx, const tmc_element *e) {
  head_noun h;
  return e->kind_source == TMC_SOURCE_HEAD_NOUN && head_of(lx, e->label, &h) && !h.at_end;
}

/* kinds20b (K2): was e's kind decided by its name line's head while its
 * whole label, read as one, guesses a person among its first words ("recs-
 * api\nuser tower + ANN": 'user')? */
static bool guessed_person(const tmc_lexicon *lx, const tmc_element *e) {
  head_noun h;
  return e->kind_source == TMC_SOURCE_HEAD_NOUN && e->name_line && e->detail_lines &&
         head_of(lx, e->label, &h) && !h.at_end && h.kind == TMC_KIND_EXTERNAL &&
         !tmc_has_word(e->name_line, h.word);
}

/* kinds21 (K3): does a label name a model by a kind word (an algorithm or
 * a family: "CatBoost v4", "XGBoost", "random forest"), not a model
 * server's word? */
static bool names_algorithm(const tmc_lexicon *lx, const char *l) {
  tmc_kind k;
  const char *w;
  double wt;
  return tmc_lexicon_kind_word_w(lx, l, &k, &w, &wt) && k == TMC_KIND_MODEL &&
         !tmc_lexicon_says(lx, TMC_WORDS_ROLE_SERVING_ENDPOINT, w);
}

/* kinds26 (K): does a label say a model's task (model_tasks), also (with
 * plural) as a plural noun of what it puts out ("dockcast-serve 15-min
 * forecasts", "churn-api hourly predictions")? The plural is asked only of
 * code loading a model the system's own training step put in its registry:
 * elsewhere it names what a step hands on (a DFD's "Send
 * recommendations"), or a vendor's model a service only relays. */
static bool says_task(const tmc_lexicon *lx, const char *l, bool plural) {
  if (tmc_lexicon_says(lx, TMC_WORDS_MODEL_TASKS, l))
    return true;
  if (!plural)
    return false;
  for (const char *p = l; p && *p;) {
    while (*p && !isalpha((unsigned char)*p))
      p++;
    size_t n = 0;
    while (isalpha((unsigned char)p[n]) || p[n] == '-')
      n++;
    char w[48];
    if (n > 3 && n < sizeof w && (p[n - 1] == 's' || p[n - 1] == 'S')) {
      snprintf(w, sizeof w, "%.*s", (int)(n - 1), p);
      const char *t = tmc_lexicon_says(lx, TMC_WORDS_MODEL_TASKS, w);
      if (t && strlen(t) == n - 1)
        return true;
    }
    p += n;
  }
  return false;
}

static void repos(tmc_ir *ir, tmc_element *e, tmc_kind k, const char *why,
                  const tmc_element *other) {
  e->kind_evidence =
      tmc_arena_printf(ir->arena, "%s '%s' (not %s)", why,
                       *other->label ? other->label : other->id, tmc_kind_name(e->kind));
  e->kind = k;
  e->kind_source = TMC_SOURCE_FLOWS;
}

static bool has_letters(const char *l);

/* A store named by a search engine alone (words.yaml search_indexes:
 * "Azure AI Search\none index, all matters", "OpenSearch domain") is as
 * often a keyword index; one that code fills while the same code sends
 * its text to an embedding model drawn beside it (a model, no LLM,
 * whose label or the flow to it says vectors: "text-embedding-3-large",
 * "chunks / vectors") is searched by those vectors: the vector store a RAG
 * system retrieves from. */
static void embedded_indexes(tmc_ir *ir, const tmc_lexicon *lx) {
  uint32_t n = ir->n_elements;
  bool *embeds = tmc_xcalloc(n + 1, sizeof *embeds); /* code that calls an embedder */
  uint32_t *embedder = tmc_xmalloc((n + 1) * sizeof *embedder);
  for (uint32_t i = 0; i < n; i++)
    embedder[i] = TMC_NONE;
  for (uint32_t f = 0; f < ir->n_flows; f++) {
    const tmc_flow *x = &ir->flows[f];
    if (x->src >= n || x->dst >= n || x->src == x->dst)
      continue;
    for (int way = 0; way < 2; way++) {
      uint32_t c = way ? x->dst : x->src, m = way ? x->src : x->dst;
      const tmc_element *ce = &ir->elements[c], *me = &ir->elements[m];
      if ((ce->kind != TMC_KIND_PROCESS && ce->kind != TMC_KIND_PIPELINE) ||
          me->kind != TMC_KIND_MODEL)
        continue;
      /* embedding words only: a search engine's words ("hybrid", "knn",
       * "vector") also name classic models ("support vector machine") */
      if (tmc_lexicon_says(lx, TMC_WORDS_EMBEDDING_FLOWS, me->label) ||
          tmc_lexicon_says(lx, TMC_WORDS_EMBEDDING_FLOWS, x->label)) {
        embeds[c] = true;
        if (embedder[c] == TMC_NONE)
          embedder[c] = m;
      }
    }
  }
  for (uint32_t f = 0; f < ir->n_flows; f++) {
    const tmc_flow *x = &ir->flows[f];
    if (x->src >= n || x->dst >= n || x->src == x->dst)
      continue;
    /* written into by that code with an arrow that says nothing else
     * (one that says what goes in, "text chunks", decides by its words) */
    for (int way = 0; way < (x->bidirectional ? 2 : 1); way++) {
      uint32_t c = way ? x->dst : x->src, st = way ? x->src : x->dst;
      tmc_element *se = &ir->elements[st];
      if (!embeds[c] || has_letters(x->label) || se->kind != TMC_KIND_DATA_STORE ||
          !movable(se) || !compatible(lx, se, TMC_KIND_VECTOR_STORE) ||
          !tmc_lexicon_says(lx, TMC_WORDS_SEARCH_INDEXES, se->label))
        continue;
      repos(ir, se, TMC_KIND_VECTOR_STORE,
            "a search engine's index filled by code that embeds through",
            &ir->elements[embedder[c]]);
    }
  }
  free(embedder);
  free(embeds);
}

enum {
  P_READS_DATA = 1,          /* a flow brings it data from a store */
  P_TO_MODEL = 2,            /* it sends a model something */
  P_FROM_MODEL = 4,          /* a model sends it something */
  P_MODEL_IN = 8,            /* a flow into it carries a model */
  P_VECTORS_IN = 16,         /* ... embeddings */
  P_FEATURES_IN = 32,        /* ... features */
  P_OTHER_IN = 64,           /* a flow from anything but a registry */
  P_OUT = 128,               /* it sends something */
  P_READ_BY_MODEL = 256,     /* a model, or code that calls one, reads it */
  P_FROM_CODE = 512,         /* a process or a pipeline of the system's sends to it */
  P_READ_BY_TRAINING = 1024, /* a training step reads it: its data, not a feature store */
  P_FEATURES_READ = 2048,    /* read out as features by a model or code calling one */
  P_TRAINED_IN = 4096,       /* kinds24: a training step writes into it, saying nothing */
  P_FROM_STEP = 8192,        /* r2uva: a training step sends to it */
  P_PROMOTED_IN = 16384      /* r2uva: the system's code promotes or deploys into it */
};

/* kinds24 (K): does a label hold a letter (of any script)? A step's
 * number ("9") or nothing says nothing of what a flow carries. */
static bool has_letters(const char *l) {
  for (const unsigned char *p = (const unsigned char *)l; p && *p; p++)
    if (isalpha(*p) || *p >= 0x80)
      return true;
  return false;
}

/* g31b: is e kept for models by its drawing and its words: a store's
 * shape whose head names models ("models/\n(latest.json)" on a folder), a
 * registry, or a store naming model files? */
static bool keeps_models(const tmc_lexicon *lx, const tmc_element *e) {
  if (e->kind == TMC_KIND_MODEL_REGISTRY)
    return true;
  bool store_shape =
      e->shape_source != TMC_SOURCE_NONE && tmc_kind_dfd(e->shape_kind) == TMC_DFD_STORE;
  return (e->kind == TMC_KIND_MODEL && e->kind_source == TMC_SOURCE_HEAD_NOUN &&
          store_shape) ||
         (e->kind == TMC_KIND_DATA_STORE &&
          tmc_lexicon_says(lx, TMC_WORDS_MODEL_FILES, e->label));
}

/* r3odesa: a path's separator, POSIX or Windows */
static bool path_sep(char c) {
  return c == '/' || c == '\\';
}

/* r3odesa: does a path start at a root: "/", "~/", a Windows drive
 * ("D:\\models", "C:/ml") or a share's "\\\\nas\\..." (a UNC path)? */
static bool rooted_path(const char *p, size_t n) {
  return (n > 0 && path_sep(p[0])) || (n > 1 && p[0] == '~' && path_sep(p[1])) ||
         (n > 2 && isalpha((unsigned char)p[0]) && p[1] == ':' && path_sep(p[2]));
}

/* Is the path segment seg[0..n) one model word, whole ("models",
 * "weights"; not "models-old")? A segment too long for any word is none. */
static bool segment_names_models(const tmc_lexicon *lx, const char *seg, size_t n) {
  char buf[64];
  if (n >= sizeof buf)
    return false;
  snprintf(buf, sizeof buf, "%.*s", (int)n, seg);
  const char *w = tmc_lexicon_says(lx, TMC_WORDS_MODEL_WORDS, buf);
  return w && strlen(w) == n;
}

/* b36d: does a label name a folder that keeps models by its path: a token
 * ending in a slash (no address's "://") one of whose segments is a model
 * word ("/srv/models/kestrel/", "NAS models/", "weights/")? A directory is
 * where model files wait to be loaded, never a model that runs.
 * r37vardar: on an element drawn as a store (a folder, a cylinder), an
 * absolute path too ("NAS: /models", "/srv/ml/weights"): the shape says it
 * is kept, the path where; elsewhere such a path may be an API's route
 * ("GET /v1/models"). r37lark: so is, on any shape, an absolute path ("/",
 * "~/") whose last segment is one ("/incoming/models" on an SFTP drop,
 * "~/models"): a file would end in its extension ("/srv/models/fraud.onnx").
 * r3odesa: a Windows path alike, its separators backslashes, from a drive
 * or a share ("D:\\ml\\models", "\\\\nas\\ml\\weights\\"). */
static bool model_folder_path(const tmc_lexicon *lx, const char *l, bool store_shape) {
  for (const char *p = l; p && *p;) {
    p += strspn(p, " \n\t");
    size_t n = strcspn(p, " \n\t");
    const char *tok = p;
    p += n;
    bool address = false;
    for (size_t k = 0; k + 2 < n; k++)
      address |= tok[k] == ':' && tok[k + 1] == '/' && tok[k + 2] == '/';
    if (address)
      continue;
    size_t last = n; /* the last segment's start, after its separator */
    while (last > 0 && !path_sep(tok[last - 1]))
      last--;
    /* r3odesa: a wildcard for its files ("\\\\lab\\models\\*.joblib",
     * "D:\\models\\*.onnx") names the folder they are in: the path up to
     * it, as if it ended in its separator. Only a file pattern (a dot
     * after the star): a star ending an API's route names no folder. */
    const char *star = last < n ? memchr(tok + last, '*', n - last) : NULL;
    if (last > 0 && star && memchr(star, '.', (size_t)(tok + n - star)))
      n = last;
    bool rooted = rooted_path(tok, n);
    if (rooted && last > 0 && last < n && segment_names_models(lx, tok + last, n - last))
      return true;
    if (n > 1 && (path_sep(tok[n - 1]) || (store_shape && rooted))) {
      /* each segment between separators, asked whole */
      for (size_t a = 0; a < n;) {
        size_t b = a;
        while (b < n && !path_sep(tok[b]))
          b++;
        if (b > a && segment_names_models(lx, tok + a, b - a))
          return true;
        a = b + 1;
      }
    }
  }
  return false;
}

/* g31b: the step fitting a model, read as the model by the library or
 * algorithm its label names ("ღამის სწავლება\n(XGBoost, cron 01:00)", its
 * head in a language the catalogs do not know): code that reads data from
 * a store and writes into a store kept for models that something else
 * reads. A model writes no models into a folder; what reads the history
 * and does is the training step (what it writes becomes the registry
 * below where its arrow says a model, or nothing). Not a label saying a
 * model's task or serving ("XGBoost scorer"): the model run on a
 * schedule. */
static void fitting_steps(tmc_ir *ir, const tmc_lexicon *lx, const uint16_t *pos) {
  uint32_t n = ir->n_elements;
  for (uint32_t f = 0; f < ir->n_flows; f++) {
    const tmc_flow *x = &ir->flows[f];
    if (x->src >= n || x->dst >= n || x->src == x->dst)
      continue;
    tmc_element *e = &ir->elements[x->src];
    const tmc_element *t = &ir->elements[x->dst];
    if (e->kind != TMC_KIND_MODEL || e->kind_source != TMC_SOURCE_LABEL_WORD ||
        !(pos[x->src] & P_READS_DATA) || !(pos[x->dst] & P_OUT) || !keeps_models(lx, t) ||
        !(names_algorithm(lx, e->label) ||
          tmc_lexicon_says(lx, TMC_WORDS_ML_FRAMEWORKS, e->label)) ||
        tmc_lexicon_says(lx, TMC_WORDS_MODEL_TASKS, e->label) ||
        tmc_lexicon_says(lx, TMC_WORDS_ROLE_SERVING_ENDPOINT, e->label))
      continue;
    repos(ir, e, TMC_KIND_PIPELINE, "reads data and writes a model into", t);
  }
}

/* b33b: a product others sell as a service that teams also install
 * themselves (words.yaml self_hostable: "ODK Central (lot report form)"),
 * made an outside party by that word, drawn inside the system's own zone
 * (not a zone someone else's name heads) is the system's server there: a
 * process, its place the evidence. Drawn outside, it stays the vendor's. */
static void self_hosted(tmc_ir *ir, const tmc_lexicon *lx) {
  for (uint32_t i = 0; i < ir->n_elements; i++) {
    tmc_element *e = &ir->elements[i];
    const tmc_boundary *own;
    const char *w;
    if (e->kind != TMC_KIND_EXTERNAL ||
        (e->kind_source != TMC_SOURCE_HEAD_NOUN &&
         e->kind_source != TMC_SOURCE_LABEL_WORD) ||
        !e->kind_evidence ||
        (w = tmc_lexicon_says(lx, TMC_WORDS_SELF_HOSTABLE, e->kind_evidence)) == NULL ||
        (own = own_zone(ir, e)) == NULL)
      continue;
    e->kind = TMC_KIND_PROCESS;
    e->kind_source = TMC_SOURCE_ZONE;
    e->kind_evidence = tmc_arena_printf(
        ir->arena,
        "'%s', a product teams also run themselves, inside the system's zone '%s'", w,
        *own->label ? own->label : own->id);
  }
}

static void ml_positions(tmc_ir *ir, const tmc_lexicon *lx, const bool *ai) {
  uint32_t n = ir->n_elements, np = ir->n_pages ? ir->n_pages : 1;
  uint16_t *pos = tmc_xcalloc(n + 1, sizeof *pos);
  uint32_t *writer = tmc_xmalloc((n + 1) * sizeof *writer);     /* of a model into it */
  uint32_t *vwriter = tmc_xmalloc((n + 1) * sizeof *vwriter);   /* of vectors into it */
  uint32_t *registry = tmc_xmalloc((n + 1) * sizeof *registry); /* it loads from */
  uint32_t *model = tmc_xmalloc((n + 1) * sizeof *model);       /* it sends to */
  bool *has_model = tmc_xcalloc(np, sizeof *has_model);
  bool *source = tmc_xcalloc(n + 1, sizeof *source); /* data_source, once each */
  for (uint32_t i = 0; i < n; i++) {
    writer[i] = vwriter[i] = registry[i] = model[i] = TMC_NONE;
    source[i] = data_source(lx, &ir->elements[i]);
  }
  tmc_listset asked = {0};
  tmc_listset_add(&asked, TMC_WORDS_MODEL_WORDS);
  tmc_listset_add(&asked, TMC_WORDS_MODEL_FILES);
  tmc_listset_add(&asked, TMC_WORDS_CODE_MODEL_FORMATS);
  tmc_listset_add(&asked, TMC_WORDS_SAFE_MODEL_FORMATS);
  tmc_listset_add(&asked, TMC_WORDS_EMBEDDING_FLOWS);
  tmc_listset_add(&asked, TMC_WORDS_FEATURE_FLOWS);
  tmc_listset_add(&asked, TMC_WORDS_MODEL_DEPLOYS);
  bool *saves = tmc_xcalloc(ir->n_flows + 1, sizeof *saves); /* a model file's format */
  for (uint32_t f = 0; f < ir->n_flows; f++) {
    const tmc_flow *x = &ir->flows[f];
    if (x->src >= n || x->dst >= n || x->src == x->dst)
      continue;
    /* every list asked of the flow's label in one walk over it */
    tmc_listset said = tmc_lexicon_says_lists(lx, &asked, x->label);
    saves[f] = tmc_listset_has(&said, TMC_WORDS_MODEL_FILES) ||
               tmc_listset_has(&said, TMC_WORDS_CODE_MODEL_FORMATS) ||
               tmc_listset_has(&said, TMC_WORDS_SAFE_MODEL_FORMATS);
    bool model_in = tmc_listset_has(&said, TMC_WORDS_MODEL_WORDS) ||
                    tmc_listset_has(&said, TMC_WORDS_MODEL_FILES) ||
                    tmc_listset_has(&said, TMC_WORDS_CODE_MODEL_FORMATS) ||
                    tmc_listset_has(&said, TMC_WORDS_SAFE_MODEL_FORMATS);
    for (int way = 0; way < (x->bidirectional ? 2 : 1); way++) {
      uint32_t s = way ? x->dst : x->src, t = way ? x->src : x->dst;
      const tmc_element *se = &ir->elements[s], *te = &ir->elements[t];
      pos[s] |= P_OUT;
      if (tmc_kind_is(te->kind, TMC_KIND_MODEL)) {
        pos[s] |= P_TO_MODEL;
        if (model[s] == TMC_NONE)
          model[s] = t;
      }
      if (tmc_kind_is(se->kind, TMC_KIND_MODEL))
        pos[t] |= P_FROM_MODEL;
      if (source[s])
        pos[t] |= P_READS_DATA;
      if (se->kind != TMC_KIND_MODEL_REGISTRY)
        pos[t] |= P_OTHER_IN;
      if (se->kind == TMC_KIND_PROCESS || se->kind == TMC_KIND_PIPELINE)
        pos[t] |= P_FROM_CODE;
      if (model_in) {
        pos[t] |= P_MODEL_IN;
        if (writer[t] == TMC_NONE)
          writer[t] = s;
      }
      if (tmc_listset_has(&said, TMC_WORDS_EMBEDDING_FLOWS)) {
        pos[t] |= P_VECTORS_IN;
        if (vwriter[t] == TMC_NONE)
          vwriter[t] = s;
      }
      if (tmc_listset_has(&said, TMC_WORDS_FEATURE_FLOWS))
        pos[t] |= P_FEATURES_IN;
      if (te->kind == TMC_KIND_PIPELINE)
        pos[s] |= P_READ_BY_TRAINING;
      if (se->kind == TMC_KIND_PIPELINE)
        pos[t] |= P_FROM_STEP;
      if ((se->kind == TMC_KIND_PROCESS || se->kind == TMC_KIND_PIPELINE) &&
          tmc_listset_has(&said, TMC_WORDS_MODEL_DEPLOYS))
        pos[t] |= P_PROMOTED_IN;
      /* kinds24 (K): an arrow with no words (or only a step's number) from
       * a training step: what it makes, its model */
      if (se->kind == TMC_KIND_PIPELINE && !has_letters(x->label))
        pos[t] |= P_TRAINED_IN;
    }
  }
  fitting_steps(ir, lx, pos);
  /* The registry: a plain store a model loads from, on a page that draws
   * AI, that a training step (by its words, or code reading data) writes a
   * model into ("model.pkl (joblib)" from the weekly retrain), or whose
   * name says model files and that code of the system's writes
   * ("s3://...-models (SavedModel per day)" feeding the endpoint). Not a
   * store only people or an API fetch checkpoints from (one job's
   * results), nor a mirror only an outside hub fills. kinds20b (K3): nor
   * the bucket a step writes weights into while it registers the version
   * in a registry drawn apart ("s3://...-artifacts model weights" beside
   * "SageMaker Model Registry"): the registry keeps the versions, the
   * bucket their files. */
  bool *registers = tmc_xcalloc(n + 1, sizeof *registers);
  for (uint32_t f = 0; f < ir->n_flows; f++) {
    const tmc_flow *x = &ir->flows[f];
    if (x->src < n && x->dst < n && ir->elements[x->dst].kind == TMC_KIND_MODEL_REGISTRY)
      registers[x->src] = true;
  }
  /* r38onega: the code of the system that reads each store one way and
   * takes something else in too (two arrows in at least) and answers, on a
   * page that draws no model yet, named for a model's task or by no head
   * at all: a service loading what is kept there to work on other input
   * ("Сервис оценки букс" reading the newest file of "MinIO бакет
   * моделей" and the historian's fresh readings). Not a training step, a
   * build or a notebook; not an API handing the files out ("Job API"
   * presigning checkpoint downloads), nor a service beside the model a
   * page draws ("sentiment-svc" calling its classifier). */
  bool *modelled = tmc_xcalloc(np, sizeof *modelled);
  for (uint32_t i = 0; i < n; i++)
    if (ir->elements[i].page < np && ir->elements[i].kind != TMC_KIND_EXTERNAL &&
        tmc_kind_is(ir->elements[i].kind, TMC_KIND_MODEL))
      modelled[ir->elements[i].page] = true;
  uint8_t *ins = tmc_xcalloc(n + 1, sizeof *ins);
  for (uint32_t f = 0; f < ir->n_flows; f++) {
    const tmc_flow *x = &ir->flows[f];
    if (x->src < n && x->dst < n && x->src != x->dst && ins[x->dst] < 2)
      ins[x->dst]++;
  }
  uint32_t *loader = tmc_xmalloc((n + 1) * sizeof *loader);
  char npart0[512];
  for (uint32_t i = 0; i < n; i++)
    loader[i] = TMC_NONE;
  for (uint32_t f = 0; f < ir->n_flows; f++) {
    const tmc_flow *x = &ir->flows[f];
    if (x->src >= n || x->dst >= n || x->src == x->dst || x->bidirectional)
      continue;
    const tmc_element *c = &ir->elements[x->dst];
    if (c->kind == TMC_KIND_PROCESS && movable(c) && ins[x->dst] >= 2 &&
        (pos[x->dst] & P_OUT) && !(pos[x->dst] & P_READ_BY_TRAINING) && c->page < np &&
        !modelled[c->page] &&
        (c->kind_source != TMC_SOURCE_HEAD_NOUN ||
         tmc_lexicon_says(lx, TMC_WORDS_MODEL_TASKS,
                          name_part(c, npart0, sizeof npart0))) &&
        !builds_only(lx, c) && !notebook(lx, c) && !people_screen(lx, c) &&
        loader[x->src] == TMC_NONE)
      loader[x->src] = x->dst;
  }
  free(ins);
  free(modelled);
  for (uint32_t i = 0; i < n; i++) {
    tmc_element *e = &ir->elements[i];
    uint32_t w = writer[i];
    /* kinds26 (K): ... also where only a word of its label said a model
     * ("git-01: Gitea + LFS repo \"sorter-models\"" the training server
     * pushes its ONNX files into and the inference server pulls from):
     * what a training step writes its model into and another model loads
     * is where the versions are kept, not a third model. */
    /* kinds34: ... and one its head names models on a store's shape that
     * lets the head decide ("Модели\n(MinIO bucket models/, latest.cbm)" on
     * a folder), fed a model by a training step ("нов модел всяка нощ")
     * and read by something: the shape says where the models are kept, so
     * what reads it need not be a model yet (code loading it is the model
     * served, below). Not a store its shape made one whose words say
     * checkpoints or models ("s3://ml-models/...", "/results\ncheckpoints"):
     * one job's output, as the tuning sets keep it. */
    bool drawn_store =
        e->kind == TMC_KIND_MODEL && e->kind_source == TMC_SOURCE_HEAD_NOUN &&
        e->shape_source != TMC_SOURCE_NONE &&
        tmc_kind_dfd(e->shape_kind) == TMC_DFD_STORE && (pos[i] & P_MODEL_IN) &&
        (pos[i] & P_OUT) && w != TMC_NONE && ir->elements[w].kind == TMC_KIND_PIPELINE;
    bool named_model = drawn_store || (e->kind == TMC_KIND_MODEL &&
                                       e->kind_source == TMC_SOURCE_LABEL_WORD &&
                                       (pos[i] & P_MODEL_IN) && w != TMC_NONE &&
                                       ir->elements[w].kind == TMC_KIND_PIPELINE);
    /* b36d: ... or a model its words made whose name is a folder's path
     * naming models ("/srv/models/kestrel/\nbattery_fault_q4.joblib",
     * "NAS models/\ngblup_<date>.rds"), that something reads: where the
     * model files are kept, whoever puts them there (a training step, an
     * engineer copying a vendor's file by hand) */
    bool store_shape = e->shape_source != TMC_SOURCE_NONE &&
                       tmc_kind_dfd(e->shape_kind) == TMC_DFD_STORE;
    if (e->kind == TMC_KIND_MODEL &&
        (e->kind_source == TMC_SOURCE_LABEL_WORD ||
         e->kind_source == TMC_SOURCE_HEAD_NOUN) &&
        movable(e) && (pos[i] & P_OUT) && page_flag(ir, ai, i) &&
        (model_folder_path(lx, e->name_line ? e->name_line : e->label, store_shape) ||
         /* r37lark: or a detail line's path, under a name line that names
          * no model ("SFTP drop\n/incoming/models"): the path is where the
          * named thing keeps its files ("Fraud model\n/srv/models" stays
          * the model its name line says) */
         (e->name_line && e->detail_lines &&
          !tmc_lexicon_says(lx, TMC_WORDS_MODEL_WORDS, e->name_line) &&
          model_folder_path(lx, e->detail_lines, store_shape)))) {
      repos(ir, e, TMC_KIND_MODEL_REGISTRY, "a folder's path naming models,", e);
      continue;
    }
    /* r38onega: ... also a plain store a training step writes a model
     * into ("модель, если recall лучше") that code of the system loads to
     * work on other input, before anything downstream is known to be a
     * model: the registry the served model loads from (below) */
    bool loaded = e->kind == TMC_KIND_DATA_STORE && (pos[i] & P_MODEL_IN) &&
                  !(pos[i] & P_READ_BY_TRAINING) && w != TMC_NONE &&
                  ir->elements[w].kind == TMC_KIND_PIPELINE && loader[i] != TMC_NONE;
    if ((e->kind != TMC_KIND_DATA_STORE && !named_model) || !movable(e) ||
        (model[i] == TMC_NONE && !drawn_store && !loaded) || !page_flag(ir, ai, i) ||
        (writer[i] != TMC_NONE && registers[writer[i]]))
      continue;
    if ((pos[i] & P_MODEL_IN) && w != TMC_NONE &&
        (ir->elements[w].kind == TMC_KIND_PIPELINE ||
         (ir->elements[w].kind == TMC_KIND_PROCESS && (pos[w] & P_READS_DATA))))
      repos(ir, e, TMC_KIND_MODEL_REGISTRY, "the model the training step writes, kept by",
            &ir->elements[w]);
    else if ((pos[i] & P_FROM_CODE) &&
             tmc_lexicon_says(lx, TMC_WORDS_MODEL_FILES, e->label))
      repos(ir, e, TMC_KIND_MODEL_REGISTRY, "model files loaded by the model",
            &ir->elements[model[i]]);
    /* kinds24 (K): ... or one a training step writes into with an arrow
     * saying nothing ("Adapter bucket" between the monthly fine-tune and
     * the LLM it serves): what a training step hands a model it loads is
     * the model's versions */
    else if ((pos[i] & P_TRAINED_IN) && !(pos[i] & P_READ_BY_TRAINING))
      repos(ir, e, TMC_KIND_MODEL_REGISTRY, "what the training step makes, loaded by",
            &ir->elements[model[i]]);
    /* r2uva: ... or a plain store named by an ML platform a team runs
     * itself ("MLflow" followed by words tmc does not read, "Kubeflow
     * artifacts") that the system's code promotes or deploys into
     * ("register + promote") and a model loads from: the platform keeps
     * the versions that are served. Not one only read back for runs. */
    else if (e->kind == TMC_KIND_DATA_STORE && model[i] != TMC_NONE &&
             (pos[i] & P_PROMOTED_IN) && !(pos[i] & P_READ_BY_TRAINING) &&
             tmc_lexicon_says(lx, TMC_WORDS_SELF_HOSTED_PLATFORMS, e->label))
      repos(ir, e, TMC_KIND_MODEL_REGISTRY, "the platform's versions promoted to",
            &ir->elements[model[i]]);
  }
  free(registers);
  free(loader);
  /* r2vendor: ... or a plain store whose name says model files
   * ("/srv/sftp/drop\nmodel.pkl" on a folder) that code calling a model
   * reads and no code of the system writes: the drop that code loads the
   * model from, filled from outside (a vendor's engineer uploading each
   * month). Not one a training step reads, nor one the system's own job
   * writes ("s3://ml-models/...\nmodel.joblib" from the monthly retrain:
   * that job's output, as the tuning sets keep it). */
  for (uint32_t f = 0; f < ir->n_flows; f++) {
    const tmc_flow *x = &ir->flows[f];
    if (x->src >= n || x->dst >= n || x->src == x->dst)
      continue;
    tmc_element *e = &ir->elements[x->src];
    const tmc_element *c = &ir->elements[x->dst];
    if (e->kind == TMC_KIND_DATA_STORE && movable(e) && page_flag(ir, ai, x->src) &&
        !(pos[x->src] & (P_READ_BY_TRAINING | P_FROM_CODE)) &&
        c->kind == TMC_KIND_PROCESS && model[x->dst] != TMC_NONE &&
        tmc_lexicon_says(lx, TMC_WORDS_MODEL_FILES, e->label))
      repos(ir, e, TMC_KIND_MODEL_REGISTRY, "model files loaded by the code calling",
            &ir->elements[model[x->dst]]);
  }
  /* The training step: code that reads data from a store and writes into
   * a model registry. Not a notebook: people work there, and what trains
   * is the job they start. */
  for (uint32_t f = 0; f < ir->n_flows; f++) {
    const tmc_flow *x = &ir->flows[f];
    if (x->src >= n || x->dst >= n || x->src == x->dst)
      continue;
    tmc_element *s = &ir->elements[x->src];
    const tmc_element *t = &ir->elements[x->dst];
    /* r2uva: ... or code a training step hands its model to that writes
     * it into the registry ("evaluate_register" after "train_xgboost" in
     * an exported DAG), named as code by a verb as a task is: the last
     * step of the same job, deciding what serves. Not a gate or a
     * server named in words ("Eval gate accuracy >= 0.92", "MLflow
     * tracking server"): the tuning sets keep those processes. */
    if (s->kind == TMC_KIND_PROCESS && movable(s) &&
        ((pos[x->src] & P_READS_DATA) ||
         ((pos[x->src] & P_FROM_STEP) && verb_code_label(lx, s->label))) &&
        !builds_only(lx, s) && !notebook(lx, s) && !people_screen(lx, s) &&
        t->kind == TMC_KIND_MODEL_REGISTRY &&
        !tmc_lexicon_says(lx, TMC_WORDS_MODEL_HUBS, t->label))
      repos(ir, s, TMC_KIND_PIPELINE, "reads data and writes a model into", t);
    /* b33b: ... or saves a model file straight into the model that is
     * served, its arrow naming the file's format ("Monthly training
     * (Python script)" -> "model.joblib": "joblib.dump"): code that reads
     * the data and writes the model's file fits it. Not a model another
     * party keeps. */
    else if (s->kind == TMC_KIND_PROCESS && movable(s) && (pos[x->src] & P_READS_DATA) &&
             saves[f] && !builds_only(lx, s) && !notebook(lx, s) &&
             !people_screen(lx, s) && t->kind == TMC_KIND_MODEL && !t->third_party &&
             page_flag(ir, ai, x->dst))
      repos(ir, s, TMC_KIND_PIPELINE, "reads data and saves the model file of", t);
  }
  free(saves);
  for (uint32_t i = 0; i < n; i++)
    if (ir->elements[i].page < np && ir->elements[i].kind != TMC_KIND_EXTERNAL &&
        tmc_kind_is(ir->elements[i].kind, TMC_KIND_MODEL))
      has_model[ir->elements[i].page] = true;
  /* Where registries are read from, and what reads stores where a model is
   * called. */
  for (uint32_t f = 0; f < ir->n_flows; f++) {
    const tmc_flow *x = &ir->flows[f];
    if (x->src >= n || x->dst >= n || x->src == x->dst)
      continue;
    const tmc_element *s = &ir->elements[x->src], *t = &ir->elements[x->dst];
    if (s->kind == TMC_KIND_MODEL_REGISTRY && registry[x->dst] == TMC_NONE &&
        !tmc_lexicon_says(lx, TMC_WORDS_MODEL_HUBS, s->label))
      registry[x->dst] = x->src;
    if (tmc_kind_dfd(s->kind) == TMC_DFD_STORE && t->kind != TMC_KIND_PIPELINE &&
        (tmc_kind_is(t->kind, TMC_KIND_MODEL) || (pos[x->dst] & P_TO_MODEL) ||
         registry[x->dst] != TMC_NONE)) {
      pos[x->src] |= P_READ_BY_MODEL;
      /* ... the feature vector a fraud scorer reads out of "online
       * features (Redis)"; not a source a feature store itself is filled
       * from ("product catalogue -> Feast: item features") */
      if (tmc_lexicon_says(lx, TMC_WORDS_FEATURE_FLOWS, x->label) &&
          tmc_kind_dfd(t->kind) != TMC_DFD_STORE)
        pos[x->src] |= P_FEATURES_READ;
    }
  }
  /* kinds26 (K): registries the system's own training step writes into */
  bool *own_trained = tmc_xcalloc(n + 1, sizeof *own_trained);
  for (uint32_t f = 0; f < ir->n_flows; f++) {
    const tmc_flow *x = &ir->flows[f];
    if (x->src < n && x->dst < n && ir->elements[x->src].kind == TMC_KIND_PIPELINE &&
        ir->elements[x->dst].kind == TMC_KIND_MODEL_REGISTRY)
      own_trained[x->dst] = true;
  }
  /* g31b: how many elements of the system's code load from each registry
   * (a training step reading its last version aside) */
  uint32_t *readers = tmc_xcalloc(n + 1, sizeof *readers);
  for (uint32_t f = 0; f < ir->n_flows; f++) {
    const tmc_flow *x = &ir->flows[f];
    if (x->src < n && x->dst < n && x->src != x->dst &&
        ir->elements[x->src].kind == TMC_KIND_MODEL_REGISTRY &&
        ir->elements[x->dst].kind != TMC_KIND_PIPELINE && readers[x->src] < 2)
      readers[x->src]++;
  }
  /* The model served: code that loads a model from the registry, takes
   * something else in and answers, on a page that draws no model of the
   * system's ("recs-api: user tower + ANN", "1.0 PE triage inference");
   * a head naming a person on it was a modifier ("user tower"). */
  char npart[512];
  for (uint32_t i = 0; i < n; i++) {
    tmc_element *e = &ir->elements[i];
    if (registry[i] == TMC_NONE || e->page >= np || !movable(e) || builds_only(lx, e) ||
        !(pos[i] & P_OTHER_IN) || !(pos[i] & P_OUT))
      continue;
    /* mlkind18 (K5): a box drawn in a store shape drawn for anything (a
     * box3d, a note) that a model is deployed to from the registry, named
     * as an endpoint ("risk-prod\nendpoint", "challenger / shadow
     * endpoint"), that takes requests in and answers, is that model
     * deployed, also beside other models: no store answers, and nobody
     * draws a model's server as a store. */
    if (e->kind == TMC_KIND_DATA_STORE && e->kind_source == TMC_SOURCE_SHAPE &&
        loose_store(lx, e) && (pos[i] & P_FROM_CODE) &&
        tmc_lexicon_says(lx, TMC_WORDS_ROLE_SERVING_ENDPOINT, e->label)) {
      repos(ir, e, TMC_KIND_MODEL, "answers its callers as the model deployed from",
            &ir->elements[registry[i]]);
      continue;
    }
    if (has_model[e->page])
      continue;
    if ((e->kind == TMC_KIND_PROCESS && e->kind_source != TMC_SOURCE_HEAD_NOUN &&
         (tmc_lexicon_says(lx, TMC_WORDS_ROLE_SERVING_ENDPOINT, e->label) ||
          says_task(lx, e->label, own_trained[registry[i]]))) ||
        (e->kind == TMC_KIND_EXTERNAL && guessed_head(lx, e)) ||
        /* kinds21 (K3): ... also a service its head names ("fraud scoring
         * service\nCatBoost v4 + SHAP") whose words say a model's task and
         * name the model by its algorithm or family: the registry's
         * versions are what it runs */
        (e->kind == TMC_KIND_PROCESS &&
         tmc_lexicon_says(lx, TMC_WORDS_MODEL_TASKS, e->label) &&
         names_algorithm(lx, e->label)) ||
        /* kinds20b (K2): ... also where its name line's head now names it
         * ("recs-api\nuser tower + ANN + pins": the api), the person
         * guessed in its details a modifier still */
        (e->kind == TMC_KIND_PROCESS && guessed_person(lx, e)) ||
        /* kinds24 (K): ... also a service saying a model's task and the
         * model file it loads ("Dịch vụ dự báo sụt oxy\nnạp model.pkl mỗi
         * giờ": a forecast service loading model.pkl hourly) */
        (e->kind == TMC_KIND_PROCESS &&
         tmc_lexicon_says(lx, TMC_WORDS_MODEL_TASKS, e->label) &&
         tmc_lexicon_says(lx, TMC_WORDS_MODEL_FILES, e->label)) ||
        /* b36d: ... also one naming the model file it loads, in a format
         * only a loader reads ("Frost warning service (loads model.pkl
         * hourly)" from "S3 models/"): the registry's file is what it runs */
        (e->kind == TMC_KIND_PROCESS &&
         tmc_lexicon_says(lx, TMC_WORDS_CODE_MODEL_FORMATS, e->label) &&
         !tmc_lexicon_says(lx, TMC_WORDS_TRAINING_TASKS, e->label)) ||
        /* kinds30 (K4): ... also a service naming the format of the model
         * files it loads ("seedling-counter (ONNX, FastAPI on Nova)" loading
         * from "swift: models/ (promote = copy to prod/)"): those files are
         * the model it runs */
        (e->kind == TMC_KIND_PROCESS && e->kind_source != TMC_SOURCE_HEAD_NOUN &&
         tmc_lexicon_says(lx, TMC_WORDS_SAFE_MODEL_FORMATS, e->label)) ||
        /* g31b: ... also, whatever its words say (a language the catalogs
         * do not know, "Hourly assessment (danger level 1-5)"), the one
         * step of the system's code loading what the system's own
         * training step writes into the registry: what else would it run
         * (a head naming it otherwise still decides; not code handing the
         * training step what it learns on, "On-device learner": a
         * federated client trains). r3odesa: a head naming it a service
         * decides too, unless its name says a model's task ("Prediction
         * service", "Служба прогнозу\n(завантажує найновіший файл)"):
         * a service named for predicting that alone loads what the
         * system trains runs that model */
        (e->kind == TMC_KIND_PROCESS &&
         (e->kind_source != TMC_SOURCE_HEAD_NOUN ||
          tmc_lexicon_says(lx, TMC_WORDS_MODEL_TASKS,
                           name_part(e, npart, sizeof npart))) &&
         own_trained[registry[i]] && readers[registry[i]] == 1 &&
         !(pos[i] & P_READ_BY_TRAINING) &&
         !tmc_lexicon_says(lx, TMC_WORDS_TRAINING_TASKS, e->label)) ||
        /* g31a: ... also a service its head names whose name part names
         * that format ("Damage ONNX service", "MeterVision ONNX xidməti"):
         * the service is the model file it loads, run */
        (e->kind == TMC_KIND_PROCESS && e->kind_source == TMC_SOURCE_HEAD_NOUN &&
         tmc_lexicon_says(lx, TMC_WORDS_SAFE_MODEL_FORMATS,
                          name_part(e, npart, sizeof npart))))
      repos(ir, e, TMC_KIND_MODEL, "loads the model it serves from",
            &ir->elements[registry[i]]);
  }
  free(readers);
  /* The vector index and the feature store. */
  for (uint32_t i = 0; i < n; i++) {
    tmc_element *e = &ir->elements[i];
    if (e->kind != TMC_KIND_DATA_STORE || !movable(e))
      continue;
    uint32_t w = vwriter[i];
    /* kinds24 (K): features named by the store itself ("Hourly features
     * (per cow, 60 days)") that code writes: the arrows need not say so */
    bool fed = ((pos[i] & P_FEATURES_IN) ||
                ((pos[i] & P_FROM_CODE) &&
                 tmc_lexicon_says(lx, TMC_WORDS_FEATURE_FLOWS,
                                  name_line_of(e) ? name_line_of(e) : e->label))) &&
               (pos[i] & P_READ_BY_MODEL);
    if ((pos[i] & P_VECTORS_IN) && w != TMC_NONE &&
        ((pos[w] & P_FROM_MODEL) || tmc_kind_is(ir->elements[w].kind, TMC_KIND_MODEL) ||
         ir->elements[w].kind == TMC_KIND_PIPELINE))
      repos(ir, e, TMC_KIND_VECTOR_STORE, "embeddings written by", &ir->elements[w]);
    /* kinds19 (K7): not a broker, queue or stream that features pass
     * through on their way (sets.yaml plumbing: Event Hubs, Kafka, an IoT
     * hub): it routes messages, it keeps no features to look up */
    else if ((fed || (pos[i] & P_FEATURES_READ)) && !(pos[i] & P_READ_BY_TRAINING) &&
             !TMC_TECHSET_HAS(tmc_lexicon_techs(lx, TMC_TECHS_PLUMBING), e->tech))
      repos(ir, e, TMC_KIND_FEATURE_STORE,
            "features written in, read where a model is called:", e);
  }
  free(own_trained);
  free(pos);
  free(writer);
  free(vwriter);
  free(registry);
  free(model);
  free(has_model);
  free(source);
}

/* callees15: may e be on an agent's side: code, not the outside and not a
 * model (a store's head may have misread code: "SQL runner")? */
static bool can_drive(const tmc_element *e) {
  return e->kind != TMC_KIND_EXTERNAL && !tmc_kind_is(e->kind, TMC_KIND_MODEL);
}

/* callees15: the code on an agent's side, by its flows, once every element
 * has its first kind: what sends an LLM something and gets the LLM's answer
 * (prompts and replies, tool calls and their results), and what talks to an
 * LLM only through one element that does nothing else (an LLM gateway or
 * proxy between the two: the element that gets the answer acts on it).
 * Per element of the side: whether its talk with the LLM says tools
 * (tool_talk, tool_calls, llm_tool_use words: "tool schemas", "tool
 * calls"), and the
 * labels of the answers it gets ("SQL + chart spec", "completion / patch /
 * command"), at most a few hundred bytes each. Two walks over the flows. */
typedef struct llm_talk {
  bool *side;
  bool *tools;      /* its talk with the LLM says tools */
  tmc_buf *answers; /* what the LLM answers it, label after label */
  bool *relayed;    /* kinds17b: on the side only as a relay's other end */
  bool *dispatch;   /* b35d: on the side as the dispatcher of its tool calls */
} llm_talk;

static void answer(llm_talk *t, uint32_t v, const char *label) {
  if (label && *label && tmc_buf_total(&t->answers[v]) < 400) {
    tmc_buf_puts(&t->answers[v], label);
    tmc_buf_putc(&t->answers[v], '\n');
  }
}

static llm_talk agent_sides(const tmc_ir *ir, const tmc_lexicon *lx) {
  uint32_t n = ir->n_elements;
  llm_talk t = {tmc_xcalloc(n + 1, sizeof *t.side), tmc_xcalloc(n + 1, sizeof *t.tools),
                tmc_xcalloc(n + 1, sizeof *t.answers),
                tmc_xcalloc(n + 1, sizeof *t.relayed),
                tmc_xcalloc(n + 1, sizeof *t.dispatch)};
  uint8_t *talk = tmc_xcalloc(n + 1, sizeof *talk); /* 1: sends an LLM, 2: gets */
  uint32_t *other = tmc_xmalloc((n + 1) * sizeof *other);
  uint8_t *with = tmc_xcalloc(n + 1, sizeof *with); /* 1: to other, 2: from, 4: many */
  for (uint32_t i = 0; i < n; i++)
    other[i] = TMC_NONE;
  for (uint32_t f = 0; f < ir->n_flows; f++) {
    const tmc_flow *x = &ir->flows[f];
    if (x->src >= n || x->dst >= n || x->src == x->dst)
      continue;
    const tmc_element *s = &ir->elements[x->src], *d = &ir->elements[x->dst];
    bool sl = tmc_kind_is(s->kind, TMC_KIND_LLM), dl = tmc_kind_is(d->kind, TMC_KIND_LLM);
    uint32_t code = dl && can_drive(s) ? x->src : sl && can_drive(d) ? x->dst : TMC_NONE;
    if (code == TMC_NONE)
      continue;
    talk[code] |= x->bidirectional ? 3 : code == x->src ? 1 : 2;
    if (code == x->dst || x->bidirectional)
      answer(&t, code, x->label);
    if (tmc_lexicon_says(lx, TMC_WORDS_TOOL_CALLS, x->label) ||
        tmc_lexicon_says(lx, TMC_WORDS_LLM_TOOL_USE, x->label) ||
        tmc_lexicon_says(lx, TMC_WORDS_TOOL_TALK, x->label))
      t.tools[code] = true;
  }
  for (uint32_t i = 0; i < n; i++)
    t.side[i] = talk[i] == 3;
  /* a relay: on the side, and every flow not to or from an LLM joins it to
   * one element, both ways */
  for (uint32_t f = 0; f < ir->n_flows; f++) {
    const tmc_flow *x = &ir->flows[f];
    if (x->src >= n || x->dst >= n || x->src == x->dst)
      continue;
    for (int end = 0; end < 2; end++) {
      uint32_t v = end ? x->dst : x->src, w = end ? x->src : x->dst;
      if (!t.side[v] || tmc_kind_is(ir->elements[w].kind, TMC_KIND_LLM))
        continue;
      if (other[v] == TMC_NONE)
        other[v] = w;
      else if (other[v] != w)
        with[v] |= 4;
      with[v] |= x->bidirectional ? 3 : end ? 2 : 1;
    }
  }
  for (uint32_t v = 0; v < n; v++) {
    uint32_t p = other[v];
    /* an agent (by its words) is no relay: it acts on the answers itself */
    if (t.side[v] && with[v] == 3 && p != TMC_NONE && !t.side[p] &&
        !agent_code(lx, ir->elements[v].label) && can_drive(&ir->elements[p])) {
      t.side[p] = true;
      t.relayed[p] = true;
      t.tools[p] = t.tools[v];
      if (t.answers[v].data)
        answer(&t, p, t.answers[v].data);
    }
  }
  /* g30c (blind30): code the side hands its tool calls to, two ways, whose
   * words name a tool dispatcher ("Skill router (MCP client)"), is on the
   * side too and passes on its talk: what it calls by a function's name is
   * the model's choice. One walk over the flows, one hop. b35d: two ways is
   * also an arrow each way (a graph export draws agent -> tools and tools
   * -> agent as two edges: `asked` marks what the side sends to, a second
   * walk what answers it), and a dispatcher is also named only as an agent
   * framework names its tool step (tool_nodes: LangGraph's "tools"). */
  uint8_t *asked = tmc_xcalloc(n + 1, sizeof *asked); /* 1: the side sends it */
  for (int walk = 0; walk < 2; walk++)
    for (uint32_t f = 0; f < ir->n_flows; f++) {
      const tmc_flow *x = &ir->flows[f];
      if (x->src >= n || x->dst >= n || x->src == x->dst)
        continue;
      for (int end = 0; end < 2; end++) {
        uint32_t v = end ? x->dst : x->src, w = end ? x->src : x->dst;
        if (!talk[v] || talk[v] != 3 || t.side[w] || !t.tools[v] ||
            !can_drive(&ir->elements[w]))
          continue;
        if (!x->bidirectional) {
          /* one way: the side's call out (first walk), its answer back
           * from what the side called (second walk) */
          if (walk == 0 && end == 0)
            asked[w] = 1;
          if (walk == 0 || end == 0 || !asked[w])
            continue;
        } else if (walk) {
          continue;
        }
        const char *l = ir->elements[w].label;
        bool node = says_exactly(lx, TMC_WORDS_TOOL_NODES, l, strlen(l));
        if (!node && !tmc_lexicon_says(lx, TMC_WORDS_TOOL_DISPATCHERS, l))
          continue;
        t.side[w] = true;
        t.tools[w] = true;
        t.dispatch[w] = node;
        if (t.answers[v].data)
          answer(&t, w, t.answers[v].data);
      }
    }
  free(asked);
  free(talk);
  free(other);
  free(with);
  return t;
}

static void llm_talk_free(llm_talk *t, uint32_t n) {
  for (uint32_t i = 0; i < n; i++)
    tmc_buf_free(&t->answers[i]);
  free(t->answers);
  free(t->tools);
  free(t->side);
  free(t->relayed);
  free(t->dispatch);
}

/* callees15: does the flow's label hand on what the LLM answered its
 * source: a word of what a model writes for code to carry out
 * (model_actions) in one of those answers too ("SQL (as generated)" after
 * "SQL + chart spec", "patch" after "completion / patch / command")? The
 * source runs the model's answer through its callee. */
static bool hands_on_answer(const tmc_lexicon *lx, const char *label,
                            const char *answers) {
  if (!answers)
    return false;
  char w[48];
  for (const char *p = label; *p;) {
    while (*p && !isalpha((unsigned char)*p))
      p++;
    size_t n = 0;
    while (isalpha((unsigned char)p[n]))
      n++;
    if (n >= 3 && n < sizeof w) {
      for (size_t i = 0; i < n; i++)
        w[i] = (char)tolower((unsigned char)p[i]);
      w[n] = '\0';
      const char *act = tmc_lexicon_says(lx, TMC_WORDS_MODEL_ACTIONS, w);
      if (act && strcmp(act, w) == 0 && tmc_has_word(answers, w))
        return true;
    }
    p += n;
  }
  return false;
}

/* g31a: are a and b outside every boundary and named by one party: their
 * name parts (name line, else label) lead with the same word of three
 * letters or more ("MeterVision SFTP", "MeterVision portal")? */
static bool same_party(const tmc_element *a, const tmc_element *b, uint32_t nb) {
  if (a->boundary < nb || b->boundary < nb)
    return false;
  const char *p = a->name_line ? a->name_line : a->label;
  const char *q = b->name_line ? b->name_line : b->label;
  if (!p || !q)
    return false;
  size_t n = strcspn(p, " \t\n(,:");
  if (n < 3 || strcspn(q, " \t\n(,:") != n)
    return false;
  for (size_t i = 0; i < n; i++)
    if (tolower((unsigned char)p[i]) != tolower((unsigned char)q[i]))
      return false;
  return true;
}

/* callees15: the elements at one end of the system's flows, outside it:
 * no boundary holds them, on a page where boundaries hold two elements or
 * more, and each only sends (a source), only receives (a drop), or only
 * exchanges with one element (a service it calls and that answers). Two
 * walks over the flows. */
static bool *outside_ends(const tmc_ir *ir) {
  uint32_t n = ir->n_elements, np = ir->n_pages ? ir->n_pages : 1;
  bool *end = tmc_xcalloc(n + 1, sizeof *end);
  uint32_t *held = tmc_xcalloc(np, sizeof *held);
  uint32_t *partner = tmc_xmalloc((n + 1) * sizeof *partner);
  uint8_t *way = tmc_xcalloc(n + 1, sizeof *way); /* 1: sends, 2: gets, 4: many */
  for (uint32_t i = 0; i < n; i++) {
    partner[i] = TMC_NONE;
    if (ir->elements[i].boundary < ir->n_boundaries && ir->elements[i].page < np)
      held[ir->elements[i].page]++;
  }
  for (uint32_t f = 0; f < ir->n_flows; f++) {
    const tmc_flow *x = &ir->flows[f];
    if (x->src >= n || x->dst >= n || x->src == x->dst)
      continue;
    /* g31a: a flow between two places of one party outside every boundary
     * (a vendor's SFTP drop feeding the same vendor's download portal, "the
     * vendor retrains": "MeterVision SFTP" -> "MeterVision portal") is
     * inside that party: where each meets the system is read from the
     * flows that reach it */
    if (same_party(&ir->elements[x->src], &ir->elements[x->dst], ir->n_boundaries))
      continue;
    for (int e = 0; e < 2; e++) {
      uint32_t v = e ? x->dst : x->src, w = e ? x->src : x->dst;
      way[v] |= x->bidirectional ? 3 : e ? 2 : 1;
      if (partner[v] == TMC_NONE)
        partner[v] = w;
      else if (partner[v] != w)
        way[v] |= 4;
    }
  }
  for (uint32_t i = 0; i < n; i++) {
    const tmc_element *e = &ir->elements[i];
    end[i] = e->boundary >= ir->n_boundaries && e->page < np && held[e->page] >= 2 &&
             way[i] && ((way[i] & 3) != 3 || !(way[i] & 4));
  }
  free(held);
  free(partner);
  free(way);
  return end;
}

/* outside17 (B1): a device that captures the physical world (words.yaml
 * sensors: a ceiling microphone array, a door camera, a badge reader) and
 * that nothing of the system's feeds, only people and the world before it,
 * is hardware at the system's edge: an external entity (and an entry point
 * where it sends in), when nothing surer than its drawing or the default
 * made it a process and its name leads with the device (the first four
 * words of its name part: "Ceiling mic array Shure MXA310"; "Exam kiosks
 * Safe Exam Browser + webcam" is a kiosk with a webcam, and a browser is
 * software). One fed by the system (a home hub the agent answers through,
 * a kiosk the app drives) runs the system's software: it stays. One walk
 * over the flows. */
static const char *lead_words_say(const tmc_lexicon *lx, const tmc_element *e,
                                  tmc_word_list list) {
  char np[512];
  const char *p = name_part(e, np, sizeof np);
  char lead[160];
  size_t n = 0;
  for (int words = 0; *p && words < 4 && n + 1 < sizeof lead; words++) {
    while (*p == ' ' && n + 1 < sizeof lead)
      lead[n++] = *p++;
    while (*p && *p != ' ' && n + 1 < sizeof lead)
      lead[n++] = *p++;
  }
  lead[n] = '\0';
  return tmc_lexicon_says(lx, list, lead);
}

/* Marks, for both ends of flow x (both ways where it is drawn so), what
 * flows between it and the system's own elements: 1 fed by ours, 2 sends to
 * ours (a device that only sends in is the outside where it starts). */
static void mark_ways(const tmc_ir *ir, const tmc_flow *x, uint8_t *way) {
  for (int d = 0; d < (x->bidirectional ? 2 : 1); d++) {
    uint32_t s = d ? x->dst : x->src, t = d ? x->src : x->dst;
    if (ir->elements[s].kind != TMC_KIND_EXTERNAL)
      way[t] |= 1;
    if (ir->elements[t].kind != TMC_KIND_EXTERNAL)
      way[s] |= 2;
  }
}

static void capture_devices(tmc_ir *ir, const tmc_lexicon *lx) {
  uint32_t n = ir->n_elements;
  uint8_t *way = tmc_xcalloc(n + 1, 1); /* 1: fed by ours, 2: sends to ours */
  for (uint32_t f = 0; f < ir->n_flows; f++) {
    const tmc_flow *x = &ir->flows[f];
    if (x->src >= n || x->dst >= n || x->src == x->dst)
      continue;
    mark_ways(ir, x, way);
  }
  for (uint32_t i = 0; i < n; i++) {
    tmc_element *e = &ir->elements[i];
    const char *w;
    if (e->kind != TMC_KIND_PROCESS || way[i] != 2 ||
        (e->kind_source != TMC_SOURCE_DEFAULT && e->kind_source != TMC_SOURCE_SHAPE &&
         e->kind_source != TMC_SOURCE_STYLE && e->kind_source != TMC_SOURCE_CONVENTION &&
         e->kind_source != TMC_SOURCE_ZONE) ||
        (w = lead_words_say(lx, e, TMC_WORDS_SENSORS)) == NULL ||
        tmc_lexicon_says(lx, TMC_WORDS_WEB_APP, e->label))
      continue;
    e->kind = TMC_KIND_EXTERNAL;
    e->kind_source = TMC_SOURCE_FLOWS;
    e->kind_evidence = tmc_arena_printf(
        ir->arena, "'%s': a capture device only the outside feeds, sending in", w);
  }
  free(way);
}

/* kinds28 (K3): on a DOT page that draws its system inside clusters, a
 * node left outside them in the shape the page draws the outside in (the
 * shape of an external entity beside the clusters, drawn by no node inside a
 * cluster: "Kaupungin talous (SAP, SFTP)" a doublecircle like Paytrail and
 * Suomi.fi) is the outside too, though it only receives: a shape legend, as
 * a fill is (style_legend). Only what the shape or the default made a
 * process; a node whose words name a kind keeps it, and people's computers
 * keep the reading their direction gives them. */
static void shape_legend(tmc_ir *ir, const tmc_lexicon *lx) {
  uint32_t n = ir->n_elements, na = 0;
  uint32_t *anchors = tmc_xmalloc((n + 1) * sizeof *anchors);        /* outside, beside */
  bool *clustered = tmc_xcalloc(ir->n_pages + 1, sizeof *clustered); /* draws in them */
  for (uint32_t j = 0; j < n; j++) {
    const tmc_element *o = &ir->elements[j];
    if (o->notation == TMC_NOTATION_DOT && o->boundary < ir->n_boundaries &&
        o->page < ir->n_pages)
      clustered[o->page] = true;
  }
  for (uint32_t j = 0; j < n; j++) {
    const tmc_element *o = &ir->elements[j];
    if (o->notation == TMC_NOTATION_DOT && o->kind == TMC_KIND_EXTERNAL &&
        o->boundary >= ir->n_boundaries && o->shape && *o->shape &&
        !(o->look & TMC_LOOK_DEFAULT_SHAPE) && o->page < ir->n_pages &&
        clustered[o->page])
      anchors[na++] = j;
  }
  free(clustered);
  for (uint32_t i = 0; i < n && na; i++) {
    tmc_element *e = &ir->elements[i];
    if (e->notation != TMC_NOTATION_DOT || e->kind != TMC_KIND_PROCESS ||
        e->boundary < ir->n_boundaries || !e->shape || !*e->shape ||
        (e->look & TMC_LOOK_DEFAULT_SHAPE) ||
        (e->kind_source != TMC_SOURCE_SHAPE && e->kind_source != TMC_SOURCE_DEFAULT) ||
        /* people's computers are read by which way they send
         * (devices_outside): a wall display only receiving keeps its reading */
        tmc_lexicon_says(lx, TMC_WORDS_USER_DEVICES, e->label))
      continue;
    const tmc_element *anchor = NULL;
    for (uint32_t k = 0; k < na && !anchor; k++) {
      const tmc_element *o = &ir->elements[anchors[k]];
      if (o->page == e->page && strcasecmp(o->shape, e->shape) == 0)
        anchor = o;
    }
    bool inside = false; /* a node in a cluster drawn so: the shape is no legend */
    for (uint32_t j = 0; j < n && anchor && !inside; j++) {
      const tmc_element *o = &ir->elements[j];
      inside = o->page == e->page && o->notation == TMC_NOTATION_DOT &&
               o->boundary < ir->n_boundaries && o->shape &&
               strcasecmp(o->shape, e->shape) == 0;
    }
    if (inside || !anchor)
      continue;
    e->kind = TMC_KIND_EXTERNAL;
    e->kind_source = TMC_SOURCE_CONVENTION;
    e->kind_evidence = tmc_arena_printf(
        ir->arena, "drawn as a %s outside the clusters, as '%s' is, who is outside",
        e->shape, *anchor->label ? anchor->label : anchor->id);
  }
  free(anchors);
}

/* pure32: the file name e's name part is, or NULL: one word (no space)
 * whose last part after a dot is a data or document format's extension
 * (words.yaml config_file_exts, data_file_exts: "sysprompt_v7.txt",
 * "golden_replies.jsonl", "reject-threshold.json"), with a letter before
 * the dot; no address ("https://...", "docs.example.com"). A name with
 * other words ("Loader (reads model.pkl)", "loads scores.csv") is not one:
 * the file is what that element reads or writes, not what it is. */
static const char *file_name_of(const tmc_lexicon *lx, const tmc_element *e, char *buf,
                                size_t size) {
  const char *n = name_part(e, buf, size);
  n += strspn(n, " \t");
  size_t len = strlen(n);
  while (len && (n[len - 1] == ' ' || n[len - 1] == '\t'))
    len--;
  if (!len || memchr(n, ' ', len) || memchr(n, '\t', len) || strstr(n, "://"))
    return NULL;
  size_t dot = len;
  while (dot && n[dot - 1] != '.')
    dot--;
  if (dot < 2 || dot == len)
    return NULL;
  bool letter = false;
  for (size_t i = 0; i + 1 < dot && !letter; i++)
    letter = isalpha((unsigned char)n[i]) != 0;
  if (!letter)
    return NULL;
  if (!says_exactly(lx, TMC_WORDS_CONFIG_FILE_EXTS, n + dot, len - dot) &&
      !says_exactly(lx, TMC_WORDS_DATA_FILE_EXTS, n + dot, len - dot))
    return NULL;
  memmove(buf, n, len);
  buf[len] = '\0';
  return buf;
}

/* pure32: an element named by a file name (file_name_of) that the vote made
 * a process or an outside party, by its drawing alone or its aside's words
 * ("cupping_scores.csv (our tasting panel)" drawn as an ellipse), is a
 * file the system keeps: a store. A kind the author wrote stands, and so
 * does a process an outside party's flow starts: a workflow named by its
 * file that outsiders' events trigger ("fixbot.yml" on issues opened) runs.
 * One walk over the flows, one over the elements. */
static void file_name_stores(tmc_ir *ir, const tmc_lexicon *lx) {
  uint32_t n = ir->n_elements;
  bool *triggered = tmc_xcalloc(n + 1, sizeof *triggered);
  for (uint32_t f = 0; f < ir->n_flows; f++) {
    const tmc_flow *x = &ir->flows[f];
    if (x->src < n && x->dst < n && x->src != x->dst &&
        ir->elements[x->src].kind == TMC_KIND_EXTERNAL)
      triggered[x->dst] = true;
  }
  for (uint32_t i = 0; i < n; i++) {
    tmc_element *e = &ir->elements[i];
    char buf[256];
    const char *f;
    if ((e->kind != TMC_KIND_PROCESS && e->kind != TMC_KIND_EXTERNAL) ||
        e->kind_source == TMC_SOURCE_ATTRIBUTE ||
        (e->kind == TMC_KIND_PROCESS && triggered[i]) ||
        !(f = file_name_of(lx, e, buf, sizeof buf)))
      continue;
    e->kind = TMC_KIND_DATA_STORE;
    e->kind_source = TMC_SOURCE_LABEL_WORD;
    e->kind_evidence = tmc_arena_printf(ir->arena, "'%s': named by a file name", f);
  }
  free(triggered);
}

/* kinds20a (K6): the computers people work on (words.yaml user_devices:
 * "Dienstlaptops Lehrkräfte + Sekretariate", "Laptops der Lehrkräfte",
 * "postes de travail", "Staff laptops") drawn outside every zone of a page
 * that draws its system in zones (zoned), sending into it, are those
 * people's devices: an external entity, when nothing surer than the drawing
 * or the default made them a process and their name leads with the device
 * (lead_words_say). Inside a zone they stay the system's own endpoints
 * ("Front-desk PCs" on the practice LAN). One walk over the flows. */
static void devices_outside(tmc_ir *ir, const tmc_lexicon *lx, const bool *zoned) {
  uint32_t n = ir->n_elements;
  bool *feeds = tmc_xcalloc(n + 1, sizeof *feeds); /* sends to a non-external */
  for (uint32_t f = 0; f < ir->n_flows; f++) {
    const tmc_flow *x = &ir->flows[f];
    if (x->src >= n || x->dst >= n || x->src == x->dst)
      continue;
    if (ir->elements[x->dst].kind != TMC_KIND_EXTERNAL)
      feeds[x->src] = true;
    if (x->bidirectional && ir->elements[x->src].kind != TMC_KIND_EXTERNAL)
      feeds[x->dst] = true;
  }
  for (uint32_t i = 0; i < n; i++) {
    tmc_element *e = &ir->elements[i];
    const char *w;
    if (e->kind != TMC_KIND_PROCESS || !feeds[i] || e->boundary < ir->n_boundaries ||
        e->page >= ir->n_pages || !zoned[e->page] ||
        (e->kind_source != TMC_SOURCE_DEFAULT && e->kind_source != TMC_SOURCE_SHAPE &&
         e->kind_source != TMC_SOURCE_STYLE && e->kind_source != TMC_SOURCE_CONVENTION) ||
        (w = lead_words_say(lx, e, TMC_WORDS_USER_DEVICES)) == NULL)
      continue;
    e->kind = TMC_KIND_EXTERNAL;
    e->kind_source = TMC_SOURCE_ZONE;
    e->kind_evidence = tmc_arena_printf(
        ir->arena,
        "'%s': people's devices outside every zone of a page that draws its system "
        "in zones, sending in",
        w);
  }
  free(feeds);
}

/* b34b: the converse of devices_outside. A computer people work on
 * (user_devices: "Site engineer's laptop", "Planner's workstation") that
 * only its picture made an external entity (a laptop or desktop icon of a
 * network library: the file name's word, an icon), drawn inside a zone
 * that holds the system's own parts, between a person drawn apart who uses
 * it and the system it sends into, is the system's own endpoint on that
 * network: a process, as the front-desk PCs on a practice LAN are. The
 * person is the entity; the laptop is where their work enters. Two walks
 * over the flows, one over the elements. */
static void devices_inside(tmc_ir *ir, const tmc_lexicon *lx) {
  uint32_t n = ir->n_elements;
  uint8_t *ends =
      tmc_xcalloc(n + 1, sizeof *ends); /* 1 a person sends in, 2 feeds ours */
  bool *ours = tmc_xcalloc(ir->n_boundaries + 1, sizeof *ours); /* holds our parts */
  for (uint32_t i = 0; i < n; i++) {
    const tmc_element *o = &ir->elements[i];
    if (o->boundary < ir->n_boundaries && o->kind != TMC_KIND_EXTERNAL)
      ours[o->boundary] = true;
  }
  for (uint32_t f = 0; f < ir->n_flows; f++) {
    const tmc_flow *x = &ir->flows[f];
    if (x->src >= n || x->dst >= n || x->src == x->dst)
      continue;
    const tmc_element *s = &ir->elements[x->src], *t = &ir->elements[x->dst];
    if (s->kind == TMC_KIND_EXTERNAL && s->boundary != t->boundary)
      ends[x->dst] |= 1;
    if (t->kind != TMC_KIND_EXTERNAL && t->boundary < ir->n_boundaries &&
        t->boundary == s->boundary)
      ends[x->src] |= 2;
  }
  for (uint32_t i = 0; i < n; i++) {
    tmc_element *e = &ir->elements[i];
    if (e->kind != TMC_KIND_EXTERNAL || e->kind_source != TMC_SOURCE_ICON ||
        ends[i] != 3 || e->boundary >= ir->n_boundaries ||
        ir->boundaries[e->boundary].grouping || !ours[e->boundary] ||
        !tmc_lexicon_says(lx, TMC_WORDS_USER_DEVICES, e->label))
      continue;
    const tmc_boundary *z = &ir->boundaries[e->boundary];
    e->kind = TMC_KIND_PROCESS;
    e->kind_source = TMC_SOURCE_ZONE;
    e->kind_evidence = tmc_arena_printf(
        ir->arena,
        "a person's computer drawn inside '%s' with the system's own parts, between "
        "its user and them (over the picture: %s)",
        z->label && *z->label ? z->label : z->id,
        e->kind_evidence ? e->kind_evidence : "");
  }
  free(ours);
  free(ends);
}

/* ---- kinds18 (K1): a style legend drawn without a legend box ------------
 * People mark the outsiders of a diagram by a fill colour of their own
 * (fenlow: pink for the card processor, the device-intelligence vendor,
 * the app on cardholders' phones and the fraud analysts) while the
 * system's own parts keep the page's ordinary fill. Where a fill colour
 * the author chose for a few elements is worn by an element surely
 * outside (a person or party its head names, a type tag says, an
 * attribute), and by nothing surely the system's (a store, a model, code
 * on its compute, a part in its own zone), what a generic word alone made
 * a process in that fill is outside too: its owner is told by colour. */

/* The fill colour an element was drawn in, as the author set it: DOT's
 * fillcolor (the front end keeps only values other than the node default),
 * draw.io's fillColor style key; into buf, lower case; NULL when none. */
static const char *fill_of(const tmc_element *e, char *buf, size_t size) {
  const char *v = NULL;
  size_t n = 0;
  if (e->notation == TMC_NOTATION_DOT) {
    v = tmc_props_get(&e->props, "fillcolor");
    n = v ? strlen(v) : 0;
  } else if (e->style) {
    const char *k = strstr(e->style, "fillColor=");
    if (k && (k == e->style || k[-1] == ';')) {
      v = k + 10;
      n = strcspn(v, ";");
    }
  }
  if (!v || !n || n >= size || strncasecmp(v, "none", n) == 0)
    return NULL;
  for (size_t i = 0; i < n; i++)
    buf[i] = (char)tolower((unsigned char)v[i]);
  buf[n] = '\0';
  return buf;
}

typedef struct styled {
  uint32_t page, i;
  const char *fill;
} styled;

static int by_page_fill(const void *a, const void *b) {
  const styled *x = a, *y = b;
  if (x->page != y->page)
    return x->page < y->page ? -1 : 1;
  int c = strcmp(x->fill, y->fill);
  return c ? c : (x->i > y->i) - (x->i < y->i);
}

/* Surely outside: an external entity by its words or its author (a head,
 * a type tag, type=), not by a shape or a place. */
static bool surely_outside(const tmc_element *e) {
  return e->kind == TMC_KIND_EXTERNAL &&
         (e->kind_source == TMC_SOURCE_HEAD_NOUN ||
          e->kind_source == TMC_SOURCE_ATTRIBUTE ||
          e->kind_source == TMC_SOURCE_ID_PREFIX ||
          (e->kind_source == TMC_SOURCE_CONVENTION && e->kind_evidence &&
           strncmp(e->kind_evidence, "type tag", 8) == 0));
}

/* May the fill decide e: a process only a generic word, a shape or the
 * page made one (not type=, not code on the system's compute, not a part
 * the author marked as the system's, not in the system's own zone). */
static bool fill_movable(const tmc_ir *ir, const tmc_lexicon *lx, const tmc_element *e) {
  /* fe25: own_zone reads DOT's clusters only; a draw.io container or box
   * zone whose name says nothing of the outside ("Copperline AWS
   * (us-west-2)") is the system's own as well, and what is drawn in it
   * keeps its kind whatever swatch it shares with an outside party. */
  const tmc_boundary *z = zone_around(ir, e);
  bool own_drawn = z && z->form != TMC_BOUNDARY_CLUSTER && z->form != TMC_BOUNDARY_LINE &&
                   *z->label && !foreign_zone(lx, z);
  return e->kind == TMC_KIND_PROCESS && e->kind_source != TMC_SOURCE_ATTRIBUTE &&
         e->kind_source != TMC_SOURCE_FLOWS && e->kind_source != TMC_SOURCE_ICON &&
         !own_compute(lx, e->label) && !names_ai_code(lx, e->label) &&
         /* kinds24 (K): nor code whose words name an agent (its loop, its
          * orchestration: "Copper API\norchestrator · tool loop"): an
          * agent the system runs, whatever fill it shares with its users */
         !agent_code(lx, e->label) && !own_mark(lx, e, NULL, ir->arena) &&
         own_zone(ir, e) == NULL && !own_drawn;
}

static void style_legend(tmc_ir *ir, const tmc_lexicon *lx) {
  styled *v = tmc_xcalloc(ir->n_elements ? ir->n_elements : 1, sizeof *v);
  uint32_t *on_page = tmc_xcalloc(ir->n_pages ? ir->n_pages : 1, sizeof *on_page);
  uint32_t n = 0;
  char buf[64];
  for (uint32_t i = 0; i < ir->n_elements; i++) {
    const tmc_element *e = &ir->elements[i];
    if (e->page >= ir->n_pages)
      continue;
    on_page[e->page]++;
    /* kinds28 (K3): a library stencil's fill paints its glyph ("Cab unit"
     * on a truck sign, "Crews" on a man sign, both #37474F): the icon set's
     * colour, no swatch of a legend */
    if (e->notation == TMC_NOTATION_DRAWIO && e->shape &&
        strncmp(e->shape, "mxgraph.", 8) == 0 && !strstr(e->shape, "mxgraph.dfd.") &&
        !strstr(e->shape, "mxgraph.flowchart.") && !strstr(e->shape, "mxgraph.basic."))
      continue;
    const char *f = fill_of(e, buf, sizeof buf);
    if (f)
      v[n++] = (styled){e->page, i, tmc_arena_strdup(ir->arena, f)};
  }
  if (n > 1)
    qsort(v, n, sizeof *v, by_page_fill);
  for (uint32_t a = 0, z; a < n; a = z) {
    z = a + 1;
    while (z < n && v[z].page == v[a].page && strcmp(v[z].fill, v[a].fill) == 0)
      z++;
    /* a few elements in a fill of their own: a legend, not the page's style */
    if (2 * (z - a) >= on_page[v[a].page] || z - a < 2)
      continue;
    uint32_t anchor = TMC_NONE;
    bool ours = false;
    for (uint32_t k = a; k < z && !ours; k++) {
      const tmc_element *e = &ir->elements[v[k].i];
      if (surely_outside(e))
        anchor = anchor == TMC_NONE ? v[k].i : anchor;
      else if (e->kind != TMC_KIND_EXTERNAL && !fill_movable(ir, lx, e))
        ours = true;
    }
    if (ours || anchor == TMC_NONE)
      continue;
    const tmc_element *x = &ir->elements[anchor];
    for (uint32_t k = a; k < z; k++) {
      tmc_element *e = &ir->elements[v[k].i];
      if (e->kind != TMC_KIND_PROCESS)
        continue;
      e->kind = TMC_KIND_EXTERNAL;
      e->kind_source = TMC_SOURCE_CONVENTION;
      e->kind_evidence = tmc_arena_printf(
          ir->arena, "drawn in the fill of '%s' (%s), who is outside (not %s: %s)",
          *x->label ? x->label : x->id, v[a].fill, tmc_kind_name(TMC_KIND_PROCESS),
          e->kind_evidence ? e->kind_evidence : "default");
    }
  }
  free(on_page);
  free(v);
}

/* kinds18 (K1): a source drawn as someone else's (its icon or shape says
 * the outside: a corporate data centre, a DFD square) that a generic
 * process head outvoted ("Agency CV export (nightly)": an export is
 * something a program does), sitting in a zone other than the one holding
 * most of the page (the system's), and only sending into the system, is
 * that other organisation's: the drawing, the zone and the flow direction
 * agree. */
static uint32_t top_zone(const tmc_ir *ir, uint32_t b) {
  for (uint32_t steps = 0; b < ir->n_boundaries && steps < ir->n_boundaries; steps++) {
    uint32_t p = ir->boundaries[b].parent;
    if (p >= ir->n_boundaries)
      return b;
    b = p;
  }
  return b;
}

static void theirs_by_drawing(tmc_ir *ir) {
  if (!ir->n_boundaries)
    return;
  uint32_t *in = tmc_xcalloc(ir->n_elements ? ir->n_elements : 1, sizeof *in);
  uint32_t *held = tmc_xcalloc(ir->n_boundaries, sizeof *held);
  uint32_t *main_zone = tmc_xcalloc(ir->n_pages ? ir->n_pages : 1, sizeof *main_zone);
  for (uint32_t f = 0; f < ir->n_flows; f++) {
    const tmc_flow *x = &ir->flows[f];
    if (x->src >= ir->n_elements || x->dst >= ir->n_elements)
      continue;
    in[x->dst]++;
    if (x->bidirectional)
      in[x->src]++;
  }
  for (uint32_t i = 0; i < ir->n_elements; i++) {
    uint32_t t = top_zone(ir, ir->elements[i].boundary);
    if (t < ir->n_boundaries)
      held[t]++;
  }
  for (uint32_t p = 0; p < ir->n_pages; p++)
    main_zone[p] = TMC_NONE;
  for (uint32_t b = 0; b < ir->n_boundaries; b++) {
    uint32_t p = ir->boundaries[b].page;
    if (p < ir->n_pages && ir->boundaries[b].parent >= ir->n_boundaries &&
        (main_zone[p] == TMC_NONE || held[b] > held[main_zone[p]]))
      main_zone[p] = b;
  }
  for (uint32_t i = 0; i < ir->n_elements; i++) {
    tmc_element *e = &ir->elements[i];
    uint32_t t = top_zone(ir, e->boundary);
    if (e->kind != TMC_KIND_PROCESS || e->kind_source != TMC_SOURCE_HEAD_NOUN || in[i] ||
        e->shape_kind != TMC_KIND_EXTERNAL || e->shape_source == TMC_SOURCE_NONE ||
        e->shape_source == TMC_SOURCE_DEFAULT || t >= ir->n_boundaries ||
        e->page >= ir->n_pages || t == main_zone[e->page] ||
        held[t] >= held[main_zone[e->page]])
      continue;
    e->kind = TMC_KIND_EXTERNAL;
    e->kind_source = e->shape_source;
    e->kind_evidence = tmc_arena_printf(
        ir->arena,
        "%s, in '%s' beside the system's zone, only sending in (not process: %s)",
        e->shape_evidence ? e->shape_evidence : "drawn as the outside",
        ir->boundaries[t].label, e->kind_evidence ? e->kind_evidence : "head");
  }
  free(main_zone);
  free(held);
  free(in);
}

/* outside17 (B1): per page, whether zones (boundaries that are not
 * groupings) hold two of its elements or more, and a word, a style, a
 * stencil or an attribute made one of its boundaries a zone (not only the
 * zones pass's default: graphviz's "cluster0", an unnamed frame). A page
 * drawing its system in such zones says that what it leaves beside them is
 * not the system. */
static bool *zoned_pages(const tmc_ir *ir) {
  uint32_t np = ir->n_pages ? ir->n_pages : 1;
  uint32_t *held = tmc_xcalloc(np, sizeof *held);
  bool *named = tmc_xcalloc(np, sizeof *named);
  bool *zoned = tmc_xcalloc(np, sizeof *zoned);
  for (uint32_t b = 0; b < ir->n_boundaries; b++) {
    const tmc_boundary *x = &ir->boundaries[b];
    if (!x->grouping && x->page < np && x->zone_source != TMC_SOURCE_DEFAULT)
      named[x->page] = true;
  }
  for (uint32_t i = 0; i < ir->n_elements; i++) {
    const tmc_element *e = &ir->elements[i];
    if (e->page < np && zone_around(ir, e) && ++held[e->page] >= 2)
      zoned[e->page] = named[e->page];
  }
  free(held);
  free(named);
  return zoned;
}

/* kinds20a (K9): a DOT node drawn as a box3d that nothing but its shape made
 * a store (no word voted for a store, no flow reads or writes it: shapes.yaml
 * node rows) is a node or a device drawn as a box is, on a hand-drawn page:
 * in the system's own zone one of its components ("key-card encoder" the
 * lock server drives, "Firecracker microVM", "prod workloads"); in a zone
 * named someone else's, or outside every zone, the outside, as a box is
 * ("SAP IS-U billing, legacy host", "Merchant order APIs"). In any other
 * zone (a grouping's member, a zone of generated pages) the shape's
 * reading stands. One walk over the
 * flows. */
static void node_boxes(tmc_ir *ir, const tmc_lexicon *lx, const bool *boxes) {
  uint32_t n = ir->n_elements;
  bool *stored = tmc_xcalloc(n + 1, sizeof *stored);
  uint8_t *way = tmc_xcalloc(n + 1, 1); /* kinds26: 1 fed by ours, 2 sends to ours */
  for (uint32_t f = 0; f < ir->n_flows; f++) {
    const tmc_flow *x = &ir->flows[f];
    if (x->src >= n || x->dst >= n || x->src == x->dst)
      continue;
    mark_ways(ir, x, way);
    if (!x->label || !*x->label)
      continue;
    if (tmc_lexicon_says(lx, TMC_WORDS_WRITES, x->label) ||
        tmc_lexicon_says(lx, TMC_WORDS_QUERY, x->label) ||
        tmc_lexicon_says(lx, TMC_WORDS_STORE_CHANGES, x->label) ||
        tmc_lexicon_says(lx, TMC_WORDS_LOG_WRITES, x->label))
      stored[x->src] = stored[x->dst] = true;
    /* "git push" into it, "image pull" out of it: it keeps them; "SFTP
     * push" out of it says nothing of what it keeps */
    if (tmc_lexicon_says(lx, TMC_WORDS_STORED_INTO, x->label))
      stored[x->dst] = true;
    if (tmc_lexicon_says(lx, TMC_WORDS_READ_OUT_OF, x->label))
      stored[x->src] = true;
  }
  for (uint32_t i = 0; i < n; i++) {
    tmc_element *e = &ir->elements[i];
    if (e->notation != TMC_NOTATION_DOT || e->kind != TMC_KIND_DATA_STORE ||
        e->kind_source != TMC_SOURCE_SHAPE || stored[i] || e->page >= ir->n_pages ||
        !boxes[e->page] || !tmc_lexicon_dot_node(lx, e->shape))
      continue;
    const tmc_boundary *own = own_zone(ir, e), *z = zone_around(ir, e);
    const char *sensor;
    /* kinds26 (K): a device there whose name leads with what it measures
     * or captures (sensors: "Värmemätare (Kamstrup, 14 000 st)", heat
     * meters the collectors read) that only sends in, fed by nothing of the
     * system's, is the hardware at its edge, as capture_devices reads one
     * drawn as a box: the outside, where the readings enter */
    if (own && way[i] == 2 &&
        (sensor = lead_words_say(lx, e, TMC_WORDS_SENSORS)) != NULL) {
      e->kind = TMC_KIND_EXTERNAL;
      e->kind_source = TMC_SOURCE_FLOWS;
      e->kind_evidence = tmc_arena_printf(
          ir->arena, "'%s': a field device on %s only the outside feeds, sending in",
          sensor, e->shape);
    } else if (own) {
      e->kind = TMC_KIND_PROCESS;
      e->kind_source = TMC_SOURCE_ZONE;
      e->kind_evidence = tmc_arena_printf(
          ir->arena,
          "%s inside the system's zone '%s' (a node or device: no word or flow says "
          "it stores)",
          e->shape, *own->label ? own->label : own->id);
    } else if (z && z->foreign) {
      e->kind = TMC_KIND_EXTERNAL;
      e->kind_source = TMC_SOURCE_ZONE;
      e->kind_evidence = tmc_arena_printf(
          ir->arena,
          "%s in '%s', someone else's zone (a node: no word or flow says it stores)",
          e->shape, *z->label ? z->label : z->id);
    } else if (!z) {
      e->kind = TMC_KIND_EXTERNAL;
      e->kind_source = TMC_SOURCE_SHAPE;
      e->kind_evidence = tmc_arena_printf(
          ir->arena,
          "%s outside every zone, read as a box (a node: no word or flow says it "
          "stores)",
          e->shape);
    }
  }
  free(stored);
  free(way);
}

/* kinds20a (K1): is e drawn as a store before any vote: a store shape
 * drawn on purpose (DOT's cylinder, draw.io's store shapes) or a head
 * naming a store ("guest profiles DB")? */
static bool drawn_store(const tmc_lexicon *lx, const tmc_element *e) {
  tmc_kind k;
  const char *name;
  double w;
  if (e->notation == TMC_NOTATION_DOT && sure_store_shape(lx, e->shape))
    return true;
  if (e->notation == TMC_NOTATION_DRAWIO && e->shape && !(e->look & TMC_LOOK_UNMARKED) &&
      tmc_lexicon_drawio_shape_w(lx, e->shape, &k, &name, &w) &&
      tmc_kind_dfd(k) == TMC_DFD_STORE)
    return true;
  head_noun h;
  return head_of(lx, e->label, &h) && tmc_kind_dfd(h.kind) == TMC_DFD_STORE;
}

/* kinds20a (K1): is a zone named for a vendor: other organisations'
 * services (party_zones: "vendor SaaS"), a remark saying whose
 * (aside_outside: "vendor-hosted", "third-party") or a vendor's name
 * (hosted_services)? Not a person's device ("On each phone") nor the
 * internet: those hold people and their things, not a vendor's system. */
static bool vendor_zone(const tmc_lexicon *lx, const tmc_boundary *z) {
  return tmc_lexicon_says(lx, TMC_WORDS_PARTY_ZONES, z->label) ||
         tmc_lexicon_says(lx, TMC_WORDS_ASIDE_OUTSIDE, z->label) ||
         tmc_lexicon_says(lx, TMC_WORDS_HOSTED, z->label);
}

/* kinds20a (K1): marks the zones named for a vendor (vendor_zone) that draw that party's
 * system open: a flow joins a store drawn as one and another element, both with that zone
 * as their innermost. "Protel Air (PMS, vendor-hosted)" around the PMS and its database,
 * "VoxSentry biometrics SaaS" around a matcher and its voiceprints: the author drew the
 * vendor's system with its parts, each a kind of its own (a third party's process, store,
 * model); a zone of black boxes ("vendor SaaS" with a channel manager and a payment page)
 * holds the vendors themselves. One walk over the flows. */
static void open_zones(tmc_ir *ir, const tmc_lexicon *lx) {
  /* Each element's drawn_store and each zone's vendor_zone asked once (0:
   * not yet, 1: no, 2: yes): an element is an end of several flows, and
   * reading its head each time was over a quarter of classify's head lookups
   * (perf22). Nothing here changes what they read. */
  uint8_t *store = tmc_xcalloc(ir->n_elements + 1, 1);
  uint8_t *vendor = tmc_xcalloc(ir->n_boundaries + 1, 1);
  for (uint32_t f = 0; f < ir->n_flows; f++) {
    const tmc_flow *x = &ir->flows[f];
    if (x->src >= ir->n_elements || x->dst >= ir->n_elements || x->src == x->dst)
      continue;
    const tmc_element *s = &ir->elements[x->src], *t = &ir->elements[x->dst];
    const tmc_boundary *z = zone_around(ir, s);
    if (!z || z != zone_around(ir, t) || z->open)
      continue;
    for (int end = 0; end < 2; end++) {
      uint32_t v = end ? x->dst : x->src;
      if (!store[v])
        store[v] = drawn_store(lx, &ir->elements[v]) ? 2 : 1;
    }
    if (store[x->src] == store[x->dst])
      continue;
    uint32_t zb = (uint32_t)(z - ir->boundaries);
    if (!vendor[zb])
      vendor[zb] = vendor_zone(lx, z) ? 2 : 1;
    if (vendor[zb] != 2)
      continue;
    ir->boundaries[zb].open = true;
  }
  free(store);
  free(vendor);
  /* an open zone is not foreign: its boxes are components (own_zone) */
  for (uint32_t b = 0; b < ir->n_boundaries; b++)
    if (ir->boundaries[b].open)
      ir->boundaries[b].foreign = false;
}

/* kinds21 (K5): the pool of examples waiting to be labelled: a plain store
 * handing a step that writes into a dataset its examples to label, by the
 * flow's words (words.yaml labelling_flows: "uncertain-scans (GCS: image,
 * barcode, top-3)" -> "labelling tasks" -> Label Studio -> "labelled
 * images"). What lands there becomes training data: a dataset (source
 * flows). An archive only exported to a labelling tool stays a store (blind8
 * vision_qc's "Image NAS", "USB export, weekly"). One walk over the flows for
 * the steps, one for the pools. */
static void labelling_pools(tmc_ir *ir, const tmc_lexicon *lx) {
  uint32_t n = ir->n_elements;
  uint32_t *fills = tmc_xmalloc((n + 1) * sizeof *fills); /* a dataset it writes */
  for (uint32_t i = 0; i < n; i++)
    fills[i] = TMC_NONE;
  for (uint32_t f = 0; f < ir->n_flows; f++) {
    const tmc_flow *x = &ir->flows[f];
    if (x->src < n && x->dst < n && x->src != x->dst &&
        ir->elements[x->src].kind == TMC_KIND_PROCESS &&
        ir->elements[x->dst].kind == TMC_KIND_DATASET && fills[x->src] == TMC_NONE)
      fills[x->src] = x->dst;
  }
  for (uint32_t f = 0; f < ir->n_flows; f++) {
    const tmc_flow *x = &ir->flows[f];
    if (x->src >= n || x->dst >= n || x->src == x->dst || fills[x->dst] == TMC_NONE)
      continue;
    tmc_element *e = &ir->elements[x->src];
    const tmc_element *step = &ir->elements[x->dst];
    const char *w =
        x->label ? tmc_lexicon_says(lx, TMC_WORDS_LABELLING_FLOWS, x->label) : NULL;
    if (!w || e->kind != TMC_KIND_DATA_STORE || !movable(e) || !plain_store(lx, e, false))
      continue;
    e->kind = TMC_KIND_DATASET;
    e->kind_source = TMC_SOURCE_FLOWS;
    e->kind_evidence = tmc_arena_printf(ir->arena, "labelled in '%s' ('%s') for '%s'",
                                        *step->label ? step->label : step->id, w,
                                        *ir->elements[fills[x->dst]].label
                                            ? ir->elements[fills[x->dst]].label
                                            : ir->elements[fills[x->dst]].id);
  }
  free(fills);
}

/* kinds21 (K5): a store only its version words made a model registry
 * ("sco-releases (GCS: model + manifest.json)") that code fed from a
 * registry drawn apart writes into is where that code ships packages for
 * devices to pull: the registry keeps the versions, this bucket one
 * release's files (a data store). One written by people or a job with no
 * registry before it ("ota-release bucket (wake-word + app builds)") stays
 * the registry. Two walks over the flows. */
static void release_buckets(tmc_ir *ir, const tmc_lexicon *lx) {
  uint32_t n = ir->n_elements;
  uint32_t *from_reg = tmc_xmalloc((n + 1) * sizeof *from_reg); /* it reads */
  for (uint32_t i = 0; i < n; i++)
    from_reg[i] = TMC_NONE;
  for (uint32_t f = 0; f < ir->n_flows; f++) {
    const tmc_flow *x = &ir->flows[f];
    if (x->src < n && x->dst < n && x->src != x->dst &&
        ir->elements[x->src].kind == TMC_KIND_MODEL_REGISTRY &&
        ir->elements[x->dst].kind == TMC_KIND_PROCESS && from_reg[x->dst] == TMC_NONE)
      from_reg[x->dst] = x->src;
  }
  for (uint32_t f = 0; f < ir->n_flows; f++) {
    const tmc_flow *x = &ir->flows[f];
    if (x->src >= n || x->dst >= n || x->src == x->dst || from_reg[x->src] == TMC_NONE ||
        from_reg[x->src] == x->dst)
      continue;
    tmc_element *e = &ir->elements[x->dst];
    tmc_kind k;
    const char *w;
    double wt;
    if (e->kind != TMC_KIND_MODEL_REGISTRY || !movable(e) ||
        !keeps_versions(lx, e->label) ||
        (tmc_lexicon_kind_word_w(lx, e->label, &k, &w, &wt) &&
         k == TMC_KIND_MODEL_REGISTRY))
      continue;
    const tmc_element *r = &ir->elements[from_reg[x->src]];
    e->kind = TMC_KIND_DATA_STORE;
    e->kind_source = TMC_SOURCE_FLOWS;
    e->kind_evidence =
        tmc_arena_printf(ir->arena, "packages '%s' ships from the registry '%s'",
                         *ir->elements[x->src].label ? ir->elements[x->src].label
                                                     : ir->elements[x->src].id,
                         *r->label ? r->label : r->id);
  }
  free(from_reg);
}

/* kinds24 (K): is a drawn like t: the same shape the author chose (not the
 * page's ordinary node or Graphviz's default), or the same fill on the same
 * shape? */
static bool drawn_alike(const tmc_element *a, const tmc_element *t) {
  char fa[64], ft[64];
  const char *xa = fill_of(a, fa, sizeof fa), *xt = fill_of(t, ft, sizeof ft);
  unsigned plain =
      TMC_LOOK_DEFAULT_SHAPE | TMC_LOOK_GRAPH_SHAPE | TMC_LOOK_MISSED_DEFAULT;
  bool same_shape = a->notation == t->notation &&
                    (a->shape && t->shape ? strcasecmp(a->shape, t->shape) == 0
                                          : !a->shape && !t->shape);
  if (!same_shape)
    return false;
  if (a->shape && !(a->look & plain) && !(t->look & plain))
    return !xa || !xt || strcmp(xa, xt) == 0;
  return xa && xt && strcmp(xa, xt) == 0;
}

/* The prefix of an id up to its first ':', '.' or '/' (with it), naming
 * the group the author filed it in ("tool:", "tools."); 0 when none. */
static size_t id_group(const tmc_element *e) {
  if (e->cell || !e->id)
    return 0;
  size_t n = strcspn(e->id, ":./");
  return e->id[n] && n ? n + 1 : 0;
}

/* kinds24 (K): what an agent's code calls beside its tools, drawn as they
 * are and named as code names them ("prequal_700credit" beside the
 * hexagons "inventory_search" and "book_test_drive"; or filed under the
 * same id prefix: "tool:dat_post" beside "tool:book_carrier"), is one of
 * them: the author drew the agent's tools alike. Only a process no
 * written type, icon or agent word made one; a tool its words made one
 * stands for its group only where the page draws AI (a tool word alone
 * names a tool people use elsewhere). One walk over the flows, then each
 * caller's callees against its first tools of each drawing. */
/* kinds30 (K5): does the code name l[0..span) (snake_case or a member's,
 * read as words) end with a word naming the outside, a person or a party
 * ("dispatch_contractor", "notify_landlord")? */
static bool code_object(const tmc_lexicon *lx, const char *l, size_t span) {
  char words[128];
  size_t n = 0;
  bool joined = false;
  for (size_t i = 0; i < span && n + 1 < sizeof words; i++) {
    joined |= l[i] == '_' || l[i] == '.';
    words[n++] = l[i] == '_' || l[i] == '.' ? ' ' : l[i];
  }
  words[n] = '\0';
  head_noun h;
  return joined && head_of(lx, words, &h) && h.kind == TMC_KIND_EXTERNAL;
}

/* kinds34: is e drawn in an outline of the author's choosing (a hexagon, a
 * parallelogram), not the plain box or ellipse anything is drawn as? */
static bool chosen_outline(const tmc_element *e) {
  static const char *const plain[] = {"rect",      "box",     "rectangle", "ellipse",
                                      "oval",      "rounded", "square",    "circle",
                                      "plaintext", "plain"};
  if (!e->shape || (e->look & (TMC_LOOK_DEFAULT_SHAPE | TMC_LOOK_GRAPH_SHAPE |
                               TMC_LOOK_MISSED_DEFAULT)))
    return false;
  for (size_t i = 0; i < sizeof plain / sizeof *plain; i++)
    if (strcasecmp(e->shape, plain[i]) == 0)
      return false;
  return true;
}

static void tools_drawn_alike(tmc_ir *ir, const tmc_lexicon *lx, const bool *side,
                              const bool *tool_talk) {
  uint32_t n = ir->n_elements;
  bool *replies = tmc_xcalloc(n + 1, sizeof *replies); /* kinds34: sends to the side */
  typedef struct call {
    uint32_t s, t;
  } call;
  call *v = tmc_xmalloc((ir->n_flows * 2 + 1) * sizeof *v);
  uint32_t m = 0;
  for (uint32_t f = 0; f < ir->n_flows; f++) {
    const tmc_flow *x = &ir->flows[f];
    if (x->src >= n || x->dst >= n || x->src == x->dst)
      continue;
    for (int way = 0; way < (x->bidirectional ? 2 : 1); way++) {
      uint32_t s = way ? x->dst : x->src, t = way ? x->src : x->dst;
      const tmc_element *se = &ir->elements[s];
      if (side[t])
        replies[s] = true;
      if ((side[s] || (se->kind != TMC_KIND_EXTERNAL && agent_code(lx, se->label))) &&
          (ir->elements[t].kind == TMC_KIND_AGENT_TOOL ||
           ir->elements[t].kind == TMC_KIND_PROCESS ||
           ir->elements[t].kind == TMC_KIND_EXTERNAL /* kinds30 (K5) */))
        v[m++] = (call){s, t};
    }
  }
  /* by caller (a counting sort keeps it linear) */
  uint32_t *start = tmc_xcalloc(n + 2, sizeof *start);
  for (uint32_t i = 0; i < m; i++)
    start[v[i].s + 1]++;
  for (uint32_t i = 0; i < n; i++)
    start[i + 1] += start[i];
  uint32_t *at = tmc_xmalloc((n + 1) * sizeof *at),
           *callee = tmc_xmalloc((m + 1) * sizeof *callee);
  memcpy(at, start, n * sizeof *at);
  for (uint32_t i = 0; i < m; i++)
    callee[at[v[i].s]++] = v[i].t;
  enum { TOOLS = 8 };
  for (uint32_t s = 0; s < n; s++) {
    uint32_t tools[TOOLS], nt = 0;
    for (uint32_t j = start[s]; j < start[s + 1] && nt < TOOLS; j++) {
      const tmc_element *t = &ir->elements[callee[j]];
      if (t->kind == TMC_KIND_AGENT_TOOL && t->kind_source != TMC_SOURCE_CONVENTION)
        tools[nt++] = callee[j];
    }
    for (uint32_t j = start[s]; nt && j < start[s + 1]; j++) {
      tmc_element *e = &ir->elements[callee[j]];
      const char *cl = e->name_line ? e->name_line : e->label;
      callable c = {0};
      /* kinds30 (K5): ... and one an outside party's word made outside
       * only from inside its code name ("dispatch_contractor (email job +
       * approve PO <= $750)" beside "create_work_order"): the function's
       * object, not what the box is */
      bool object = e->kind == TMC_KIND_EXTERNAL &&
                    e->kind_source == TMC_SOURCE_HEAD_NOUN &&
                    (c = callable_name(lx, cl)).names == 1 && code_object(lx, cl, c.span);
      /* kinds34: ... and an outside party only its place beside the
       * system's zones made one ("CharterNow\n3rd-party: books charters",
       * a hexagon as the agent's own "tides_and_rules" is) that answers the
       * code whose talk with its LLM says tools: a plugin the agent calls,
       * drawn as its tools are, named by its product */
      bool plugin = e->kind == TMC_KIND_EXTERNAL && e->kind_source == TMC_SOURCE_ZONE &&
                    side[s] && tool_talk[s] && replies[callee[j]] && chosen_outline(e);
      if ((e->kind != TMC_KIND_PROCESS && !object && !plugin) ||
          e->kind_source == TMC_SOURCE_ATTRIBUTE || e->kind_source == TMC_SOURCE_ICON ||
          agent_code(lx, e->label))
        continue;
      if (!object)
        c = callable_name(lx, cl);
      size_t g = id_group(e);
      for (uint32_t k = 0; k < nt; k++) {
        const tmc_element *t = &ir->elements[tools[k]];
        size_t tg = id_group(t);
        bool filed = g && g == tg && strncasecmp(e->id, t->id, g) == 0;
        if (!drawn_alike(e, t) || !(filed || c.names || plugin))
          continue;
        e->kind_evidence = tmc_arena_printf(
            ir->arena,
            "drawn like '%s' and called alike by '%s', an agent's tools (not %s: %s)",
            *t->label ? t->label : t->id,
            *ir->elements[s].label ? ir->elements[s].label : ir->elements[s].id,
            tmc_kind_name(e->kind), e->kind_evidence ? e->kind_evidence : "default");
        e->kind = TMC_KIND_AGENT_TOOL;
        e->kind_source = TMC_SOURCE_CONVENTION;
        break;
      }
    }
  }
  free(v);
  free(start);
  free(at);
  free(callee);
  free(replies);
}

/* kinds26 (K): is e's name led by a verb saying an action (callable_verbs,
 * in several languages: "Send SMS", "Kanselahin at i-refund", "Baguhin ang
 * payout")? Its verb, or NULL. */
static const char *verb_led(const tmc_lexicon *lx, const tmc_element *e) {
  char np[512], first[64];
  const char *p = name_part(e, np, sizeof np);
  p += strspn(p, " ");
  size_t n = strcspn(p, " ,;:/\n");
  if (n == 0 || n >= sizeof first)
    return NULL;
  snprintf(first, sizeof first, "%.*s", (int)n, p);
  const char *w = tmc_lexicon_says(lx, TMC_WORDS_CALLABLE_VERBS, first);
  return w && strlen(w) == n ? w : NULL;
}

/* kinds26 (K): what code whose talk with its LLM says tools ("prompt +
 * tool schemas", "tool call") calls, two or more boxes drawn alike, each
 * named by a phrase its verb leads ("Tingnan ang padala", "Kanselahin at
 * i-refund", "Magpadala ng SMS"; "Check balance", "Send SMS"), is its
 * tools: the actions the model chooses among, named as people name them.
 * Only what nothing surer than its drawing or the default decided (a
 * vendor a tool's aside names, inside the system's zone, is the tool
 * reaching it: "Baguhin ang payout (GCash / bangko)"). One walk over the
 * flows per caller's callees. */
static void verb_tools(tmc_ir *ir, const tmc_lexicon *lx, const llm_talk *talk) {
  uint32_t n = ir->n_elements;
  uint32_t *first =
      tmc_xmalloc((n + 1) * sizeof *first); /* a first candidate per caller */
  uint32_t *count = tmc_xcalloc(n + 1, sizeof *count);
  uint32_t *by = tmc_xmalloc((n + 1) * sizeof *by); /* the caller of a candidate */
  for (uint32_t i = 0; i < n; i++)
    first[i] = by[i] = TMC_NONE;
  for (int pass = 0; pass < 2; pass++)
    for (uint32_t f = 0; f < ir->n_flows; f++) {
      const tmc_flow *x = &ir->flows[f];
      if (x->src >= n || x->dst >= n || x->src == x->dst || !talk->side[x->src] ||
          !talk->tools[x->src])
        continue;
      tmc_element *e = &ir->elements[x->dst];
      bool weak =
          e->kind == TMC_KIND_PROCESS &&
          (e->kind_source == TMC_SOURCE_DEFAULT || e->kind_source == TMC_SOURCE_STYLE ||
           e->kind_source == TMC_SOURCE_SHAPE ||
           e->kind_source == TMC_SOURCE_CONVENTION || e->kind_source == TMC_SOURCE_ZONE);
      const tmc_boundary *z = zone_around(ir, e);
      bool reaches = e->kind == TMC_KIND_EXTERNAL &&
                     e->kind_source == TMC_SOURCE_LABEL_WORD && z && !z->foreign &&
                     !foreign_zone(lx, z);
      if (!(weak || reaches) || agent_code(lx, e->label) || !verb_led(lx, e))
        continue;
      if (pass == 0) {
        if (first[x->src] == TMC_NONE)
          first[x->src] = x->dst;
        else if (first[x->src] != x->dst && by[x->dst] != x->src &&
                 drawn_alike(e, &ir->elements[first[x->src]]))
          count[x->src]++;
        by[x->dst] = x->src;
        continue;
      }
      if (count[x->src] == 0 || by[x->dst] != x->src ||
          !drawn_alike(e, &ir->elements[first[x->src]]))
        continue;
      const tmc_element *s = &ir->elements[x->src];
      e->kind_evidence = tmc_arena_printf(
          ir->arena,
          "'%s' leads its name, called with others drawn alike by '%s', whose talk with "
          "its "
          "LLM says tools (not %s: %s)",
          verb_led(lx, e), *s->label ? s->label : s->id, tmc_kind_name(e->kind),
          e->kind_evidence ? e->kind_evidence : "default");
      e->kind = TMC_KIND_AGENT_TOOL;
      e->kind_source = TMC_SOURCE_CONVENTION;
    }
  free(first);
  free(count);
  free(by);
}

int tmc_pass_classify(tmc_ir *ir, const tmc_pass_opts *opts, tmc_diags *d) {
  const tmc_lexicon *lx = tmc_catalog_lexicon(opts ? opts->catalog : NULL);
  page_conventions(ir, lx);
  /* perf18: own_zone asks this of a zone for every box drawn in it. */
  for (uint32_t b = 0; b < ir->n_boundaries; b++)
    ir->boundaries[b].foreign = ir->boundaries[b].form == TMC_BOUNDARY_CLUSTER &&
                                !ir->boundaries[b].grouping &&
                                foreign_zone(lx, &ir->boundaries[b]);
  open_zones(ir, lx); /* kinds20a (K1) */
  bool *boxes = box_pages(ir);
  bool *sends = tmc_xcalloc(ir->n_elements ? ir->n_elements : 1, sizeof *sends);
  bool *gets = tmc_xcalloc(ir->n_elements ? ir->n_elements : 1, sizeof *gets);
  bool *called = tmc_xcalloc(ir->n_elements ? ir->n_elements : 1, sizeof *called);
  bool *drawn = tmc_xcalloc(ir->n_pages ? ir->n_pages : 1, sizeof *drawn);
  bool *clustered = tmc_xcalloc(ir->n_pages ? ir->n_pages : 1, sizeof *clustered);
  const tmc_boundary **outside = outside_pages(ir, lx, boxes, sends, clustered);
  bool *ends = outside_ends(ir);               /* callees15 */
  bool *zoned = zoned_pages(ir);               /* outside17 */
  for (uint32_t f = 0; f < ir->n_flows; f++) { /* review30: what flows in */
    if (ir->flows[f].dst < ir->n_elements)
      gets[ir->flows[f].dst] = true;
    if (ir->flows[f].bidirectional && ir->flows[f].src < ir->n_elements)
      gets[ir->flows[f].src] = true;
  }
  bool *ids = id_pages(ir); /* kinds19 (K2) */
  /* kinds19 (K2): what an agent calls with a flow saying a tool call
   * ("tool call (APIM key)", "function call", "invoke tool") is called as a
   * tool, whatever its name is spelt like: the calling flow says what the
   * callee is to its caller. (What an LLM answers, "completion / tool
   * calls", says what it chose, not whom it calls: the caller must be an
   * agent's code, by its words here, by its talk with an LLM below.) */
  bool *tool_flow = tmc_xcalloc(ir->n_elements ? ir->n_elements : 1, sizeof *tool_flow);
  uint8_t *agent = tmc_xcalloc(ir->n_elements + 1, sizeof *agent); /* agent_code_of */
  /* Called by code whose words name an agent (its loop, its runtime). */
  for (uint32_t f = 0; f < ir->n_flows; f++) {
    const tmc_flow *x = &ir->flows[f];
    if (x->src < ir->n_elements && x->dst < ir->n_elements &&
        agent_code_of(lx, ir, agent, x->src)) {
      called[x->dst] = true;
      if (x->src != x->dst && x->label &&
          tmc_lexicon_says(lx, TMC_WORDS_TOOL_CALLS, x->label))
        tool_flow[x->dst] = true;
    }
  }
  /* Pages that draw a model by its name: a model server there serves it.
   * A page found once is not asked again (perf20: names_model reads the
   * label's words, 3 000 instructions an element). */
  for (uint32_t i = 0; i < ir->n_elements; i++)
    if (ir->elements[i].page < ir->n_pages && !drawn[ir->elements[i].page] &&
        names_model(lx, ir->elements[i].label) &&
        !keeps_versions(lx, ir->elements[i].label) &&
        !keeps_model_files(lx, ir->elements[i].label))
      drawn[ir->elements[i].page] = true;
  /* kinds30 (K3): what names a model's runtime and sends an element naming
   * a model (not a store of models' versions) its input runs that model:
   * the runtime's word names no model of its own. The runtime is asked of
   * each label once, a model of the few ends beside one. */
  bool *runs = tmc_xcalloc(ir->n_elements + 1, sizeof *runs);
  bool *runtime = tmc_xcalloc(ir->n_elements + 1, sizeof *runtime);
  for (uint32_t i = 0; i < ir->n_elements; i++)
    runtime[i] =
        tmc_lexicon_says(lx, TMC_WORDS_INFERENCE_RUNTIMES, ir->elements[i].label);
  for (uint32_t f = 0; f < ir->n_flows; f++) {
    const tmc_flow *x = &ir->flows[f];
    if (x->src >= ir->n_elements || x->dst >= ir->n_elements || x->src == x->dst)
      continue;
    for (int way = 0; way < (x->bidirectional ? 2 : 1); way++) {
      uint32_t r = way ? x->dst : x->src, m = way ? x->src : x->dst;
      const char *ml = ir->elements[m].label;
      if (runtime[r] && !runs[r] && !runtime[m] && names_model(lx, ml) &&
          !keeps_versions(lx, ml) && !keeps_model_files(lx, ml))
        runs[r] = true;
    }
  }
  free(runtime);
  for (uint32_t i = 0; i < ir->n_elements; i++)
    classify_one(lx, ir, boxes, outside,
                 (around){sends[i], called[i], false, page_flag(ir, drawn, i),
                          tool_flow[i], ends[i], ends[i] && page_flag(ir, zoned, i),
                          page_flag(ir, ids, i), tool_flow[i], runs[i], gets[i],
                          page_flag(ir, clustered, i)},
                 &ir->elements[i], d);
  /* callees15: what code on an agent's side (by its flows: it exchanges
   * prompts and replies with an LLM) calls by a function's name is decided
   * again as called by an agent: its tools. */
  llm_talk talk = agent_sides(ir, lx);
  bool *side = talk.side;
  /* ... and code there that only its words made a plain store ("ask-quay
   * FastAPI · SQL runner": the head read 'sql') is code: a store neither
   * sends an LLM prompts nor acts on its answers. A store of a kind (a
   * knowledge base an LLM reads and fills) is that store. */
  for (uint32_t i = 0; i < ir->n_elements; i++) {
    tmc_element *e = &ir->elements[i];
    tmc_tech st;
    tmc_kind sk;
    const char *sw;
    if (side[i] && e->kind == TMC_KIND_DATA_STORE && by_word(e) &&
        e->shape_source != TMC_SOURCE_ICON &&
        /* kinds26 (K): keys an LLM server reads at its start (".env pada
         * hos g6 HF_TOKEN, kata laluan DB" two-way with the llama.cpp
         * server) are a store of them, whatever flows both ways */
        e->tech != TMC_TECH_SECRETS_VAULT &&
        /* kinds17b (K2): a database named by its product ("Customer
         * memories Cloud SQL for PostgreSQL") beyond a relay is the relay's
         * store, not code misread (a relay's one other end: a chat service
         * that keeps its memories there) */
        !(talk.relayed[i] && tmc_lexicon_tech_word(lx, e->label, &st, &sk, &sw) &&
          tmc_kind_dfd(sk) == TMC_DFD_STORE) &&
        !(e->shape_source != TMC_SOURCE_NONE &&
          tmc_kind_dfd(e->shape_kind) == TMC_DFD_STORE)) {
      e->kind_evidence = tmc_arena_printf(
          ir->arena, "exchanges prompts and replies with an LLM (not %s: %s)",
          tmc_kind_name(e->kind), e->kind_evidence ? e->kind_evidence : "");
      e->kind = TMC_KIND_PROCESS;
      e->kind_source = TMC_SOURCE_FLOWS;
    }
  }
  bool *rechosen = tmc_xcalloc(ir->n_elements + 1, sizeof *rechosen); /* kinds34 */
  /* What the side calls by a name that says an action ("create_ticket",
   * "run_query": a verb other than a query word) or a kind of callable
   * ("function: lookup_order") is a tool the model chooses. One that only
   * looks things up ("search_docs", "get_context") or names no verb may be
   * a step the code always takes (a RAG app's retrieval): a tool when the
   * side's talk with the LLM says tools, or when the call hands on what
   * the LLM answered. */
  for (uint32_t f = 0; f < ir->n_flows; f++) {
    const tmc_flow *x = &ir->flows[f];
    if (x->src >= ir->n_elements || x->dst >= ir->n_elements || x->src == x->dst)
      continue;
    for (int way = 0; way < (x->bidirectional ? 2 : 1); way++) {
      uint32_t s = way ? x->dst : x->src, t = way ? x->src : x->dst;
      tmc_element *e = &ir->elements[t];
      /* kinds34: what code whose words name an agent ("tool loop") called
       * was decided with no word of its talk with the LLM: where that talk
       * says tools ("prompt + tool specs", "tool call"), it is decided again
       * as chosen by the model ("tides_and_rules\nours: tide tables"), once */
      bool again = called[t] && !rechosen[t] && talk.tools[s] && !tool_flow[t] &&
                   e->kind != TMC_KIND_AGENT_TOOL && !page_flag(ir, ids, t);
      if (!side[s] || (called[t] && !again) || tmc_kind_is(e->kind, TMC_KIND_MODEL) ||
          talk.dispatch[t])
        continue;
      callable c = callable_name(lx, e->label);
      const char *kind = c.kind    ? c.kind
                         : c.names ? NULL
                                   : callable_suffix(lx, callable_name_part(e));
      if (!kind)
        kind = id_callable(lx, e); /* kinds24 (K) */
      /* kinds21 (K4): a box its name line calls a tool, in any language
       * ("予約照会ツール", "Booking lookup tool"), whose detail line is the
       * function it is called by ("get_booking(PNR, 姓)"), is chosen by
       * that name as any tool is */
      const char *dl_at;
      head_noun nh;
      bool named_tool = false;
      if (!c.names && !kind && (c = detail_line_names(lx, e, &dl_at)).names)
        named_tool = e->name_line && head_of(lx, e->name_line, &nh) &&
                     nh.kind == TMC_KIND_AGENT_TOOL;
      /* kinds19 (K2): the call itself saying a tool call ("tool call (APIM
       * key)") chooses it, whatever it is named */
      bool says_call =
          way == 0 && x->label && tmc_lexicon_says(lx, TMC_WORDS_TOOL_CALLS, x->label);
      if (!c.names && !kind && !says_call)
        continue;
      bool acts = c.verb && !tmc_lexicon_says(lx, TMC_WORDS_QUERY, c.verb);
      /* kinds19 (K2): on a page of ids, the side's talk saying tools does
       * not make everything it calls by an id a tool (its call platform,
       * its speech model): the call to this one must say so. */
      bool chosen = (talk.tools[s] && !page_flag(ir, ids, t)) || says_call ||
                    named_tool || hands_on_answer(lx, x->label, talk.answers[s].data);
      if (!kind && !acts && !chosen)
        continue;
      called[t] = rechosen[t] = true;
      classify_one(lx, ir, boxes, outside,
                   (around){sends[t], true, false, page_flag(ir, drawn, t), chosen,
                            ends[t], ends[t] && page_flag(ir, zoned, t),
                            page_flag(ir, ids, t), says_call || tool_flow[t], runs[t],
                            gets[t], page_flag(ir, clustered, t)},
                   e, NULL);
    }
  }
  free(rechosen);
  /* llmkind18 (K4): code a flow calls by a function name its own details
   * list ("fill_form / submit_form calls" into "Form filler: fill_form,
   * submit_form") is called as a tool: the caller hands on what a model
   * chose, by the tool's name. One pass over the flows. */
  for (uint32_t f = 0; f < ir->n_flows; f++) {
    const tmc_flow *x = &ir->flows[f];
    if (x->src >= ir->n_elements || x->dst >= ir->n_elements || x->src == x->dst ||
        called[x->dst] || tmc_kind_is(ir->elements[x->dst].kind, TMC_KIND_MODEL) ||
        !calls_listed_name(lx, x->label, ir->elements[x->dst].label))
      continue;
    uint32_t t = x->dst;
    called[t] = true;
    classify_one(lx, ir, boxes, outside,
                 (around){sends[t], true, false, page_flag(ir, drawn, t), true, ends[t],
                          ends[t] && page_flag(ir, zoned, t), page_flag(ir, ids, t),
                          false, runs[t], gets[t], page_flag(ir, clustered, t)},
                 &ir->elements[t], NULL);
  }
  /* end llmkind18 (K4) */
  /* b35d: a step named only as an agent framework names its tool step
   * ("tools": LangGraph's ToolNode) that the side hands its tool calls to
   * passes each call on: code on the agent's side, not one of its tools,
   * whatever its word said */
  for (uint32_t i = 0; i < ir->n_elements; i++) {
    tmc_element *e = &ir->elements[i];
    if (talk.dispatch[i] && e->kind == TMC_KIND_AGENT_TOOL && by_word(e)) {
      e->kind_evidence = tmc_arena_printf(
          ir->arena, "'%s': the step an agent hands the model's tool calls to", e->label);
      e->kind = TMC_KIND_PROCESS;
      e->kind_source = TMC_SOURCE_FLOWS;
    }
  }
  tools_drawn_alike(ir, lx, side, talk.tools); /* kinds24 (K) */
  verb_tools(ir, lx, &talk);                   /* kinds26 (K) */
  llm_talk_free(&talk, ir->n_elements);
  /* On a page that draws no AI, "tool" names a tool people use, not an
   * agent's ("Installer laptop commissioning tool"): what a word alone made
   * an agent tool there is decided again without that word. */
  bool *ai = ai_pages(ir, lx, agent);
  for (uint32_t i = 0; i < ir->n_elements; i++) {
    tmc_element *e = &ir->elements[i];
    if (e->kind == TMC_KIND_AGENT_TOOL && by_word(e) && e->page < ir->n_pages &&
        !ai[e->page])
      classify_one(lx, ir, boxes, outside,
                   (around){sends[i], called[i], true, page_flag(ir, drawn, i), false,
                            ends[i], ends[i] && page_flag(ir, zoned, i),
                            page_flag(ir, ids, i), false, runs[i], gets[i],
                            page_flag(ir, clustered, i)},
                   e, NULL);
  }
  /* dotattr22: on a page that draws no LLM and no agent code, nothing
   * calls an agent's tools: a "tool" people use directly (a person sends
   * into it: "Outil de correction des transcriptions", "Labelling tool")
   * is an application of theirs, decided again without that word. */
  bool *llm = llm_pages(ir, lx, agent);
  bool *used = tmc_xcalloc(ir->n_elements + 1, sizeof *used);
  for (uint32_t f = 0; f < ir->n_flows; f++) {
    const tmc_flow *x = &ir->flows[f];
    if (x->src < ir->n_elements && x->dst < ir->n_elements &&
        ir->elements[x->src].kind == TMC_KIND_EXTERNAL)
      used[x->dst] = true;
  }
  for (uint32_t i = 0; i < ir->n_elements; i++) {
    tmc_element *e = &ir->elements[i];
    if (e->kind == TMC_KIND_AGENT_TOOL && by_word(e) && used[i] && !called[i] &&
        e->page < ir->n_pages && !llm[e->page])
      classify_one(lx, ir, boxes, outside,
                   (around){sends[i], called[i], true, page_flag(ir, drawn, i), false,
                            ends[i], ends[i] && page_flag(ir, zoned, i),
                            page_flag(ir, ids, i), false, runs[i], gets[i],
                            page_flag(ir, clustered, i)},
                   e, NULL);
  }
  free(used);
  free(llm);
  free(runs);
  capture_devices(ir, lx);  /* outside17 */
  style_legend(ir, lx);     /* kinds18 */
  theirs_by_drawing(ir);    /* kinds18 */
  self_hosted(ir, lx);      /* b33b */
  ml_positions(ir, lx, ai); /* mlkinds16 */
  embedded_indexes(ir, lx);
  tracker_stores(ir, lx); /* kinds20b (K3) */
  training_stores(ir, lx);
  labelling_pools(ir, lx);        /* kinds21 (K5) */
  release_buckets(ir, lx);        /* kinds21 (K5) */
  node_boxes(ir, lx, boxes);      /* kinds20a (K9) */
  devices_outside(ir, lx, zoned); /* kinds20a (K6) */
  devices_inside(ir, lx);         /* b34b */
  shape_legend(ir, lx);           /* kinds28 (K3) */
  file_name_stores(ir, lx);       /* pure32 */
  free(ai);
  free(outside);
  free(ends);
  free(zoned);
  free(clustered);
  free(called);
  free(drawn);
  free(sends);
  free(gets);
  free(boxes);
  free(ids);
  free(tool_flow);
  free(agent);
  return 0;
}
