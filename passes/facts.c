/* facts.c - derives the facts rule conditions read (docs/catalog-format.md,
 * "How the derived facts are computed"): neighbour and transitive kind sets,
 * third-party origin, taint of outside content through stores and
 * retrieval, data sensitivity propagated along flows, logs, inference APIs.
 * Which facts there are, and how conditions read them, is ir/facts.def; this
 * file only computes the stored ones.
 *
 * The one idea: the diagram is turned once into adjacency arrays in the
 * direction data moves (a bidirectional flow gives an edge each way), and
 * every transitive fact is a monotone worklist over those edges: a value only
 * grows, from a small lattice (kind and role sets, five sensitivities, two taint
 * layers), so each element is revisited a bounded number of times and the
 * pass stays linear in the diagram whatever its cycles. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "catalog/lexicon.h"
#include "passes/flowgraph.h"
#include "passes/passes.h"

typedef tmc_flowedge edge;
typedef tmc_flowgraph graph;

/* What the families in the last walk over the flows (last_flow_facts) read
 * that their walks over the elements or the zones found first: each array
 * one per element (or zone), filled where the family runs, freed by
 * tmc_pass_facts. */
typedef struct last_walks {
  uint32_t *answer_first; /* model_answers: the first model-text neighbour in */
  bool *answer_two;       /* model_answers: ... and it has a second one */
  uint8_t *drives_tool;   /* signs_off_model_output: 0 unasked, 1 drives a tool, 2 not */
  uint8_t *crowd_fed;     /* crowd_fed: a public person sends to it */
  bool *keyed_zone;       /* shared_network_zones: a zone joined with one shared key */
  bool any_keyed_zone;
  bool *commands, *approver, *remote_in, *set_into; /* classic18_marks (there) */
  bool *verdicts_in,
      *weights_in;     /* classic18_records: a model's verdicts, weights land */
  bool *steered_zone;  /* ssrf_zones: a zone where outsiders steer a URL fetcher */
  bool *front_reached; /* front_reach: a public front or code only fronts reach */
  uint8_t *rendered;   /* rendered_answers: 0 unasked, 1 answers rendered, 2 not */
} last_walks;

static bool is_store(const tmc_element *e) {
  return tmc_flowgraph_is_store(e);
}

/* A FIFO of element indices where each element is queued at most once at a
 * time. */
typedef struct queue {
  uint32_t *v;
  bool *queued;
  uint32_t head, tail, n; /* ring buffer of capacity n */
} queue;

static void q_init(queue *q, uint32_t n) {
  q->v = tmc_xcalloc(n + 1, sizeof(uint32_t));
  q->queued = tmc_xcalloc(n + 1, sizeof(bool));
  q->head = q->tail = 0;
  q->n = n + 1;
}
static void q_push(queue *q, uint32_t x) {
  if (q->queued[x])
    return;
  q->queued[x] = true;
  q->v[q->tail] = x;
  q->tail = (q->tail + 1) % q->n;
}
static bool q_pop(queue *q, uint32_t *x) {
  if (q->head == q->tail)
    return false;
  *x = q->v[q->head];
  q->head = (q->head + 1) % q->n;
  q->queued[*x] = false;
  return true;
}
static void q_free(queue *q) {
  free(q->v);
  free(q->queued);
}

/* ---- sensitivity and logs from data classes ------------------------------ */

static tmc_sensitivity max_sens(tmc_sensitivity a, tmc_sensitivity b) {
  return a > b ? a : b;
}

/* The highest sensitivity the data classes of a list imply, as the vocab
 * pass resolved them, credentials (cred: only those; else all but those);
 * *logs (when given) learns whether one holds logs. */
static tmc_sensitivity classes_sens(const tmc_canon *r, const tmc_strlist *data,
                                    bool *logs, bool cred) {
  tmc_sensitivity s = TMC_SENS_UNSET;
  for (uint32_t i = 0; r && i < data->n; i++) {
    bool c = r[i].id && strcmp(r[i].id, "credentials") == 0;
    if (c == cred)
      s = max_sens(s, r[i].sensitivity);
    if (logs && r[i].logs)
      *logs = true;
  }
  return s;
}

/* Does the element's label or id say a word of list (catalogs/words.yaml)? */
static bool label_says(const graph *g, const tmc_element *e, tmc_word_list list) {
  return tmc_flowgraph_label_says(g, e, list);
}

static bool is_model(tmc_kind k) {
  return k == TMC_KIND_MODEL || k == TMC_KIND_LLM;
}

/* Is the flow fi from s into a model a request (something that asks the
 * model and reads its answer)? Not what a camera or sensor captures (it
 * reads no answer back: TMC-ML-016 and TMC-ML-022 say what it opens), nor
 * an admin installing, patching or updating the model, or a technician on
 * its service port (words.yaml admin_access, debug_ports,
 * model_distribution): they reach the machine, they query nothing. Nor a
 * public model hub outside (words.yaml model_hubs): it delivers weights. */
static bool is_request(const tmc_ir *ir, const graph *g, uint32_t s, uint32_t fi) {
  const tmc_element *e = &ir->elements[s];
  const tmc_flow *f = &ir->flows[fi];
  /* rules24 (causes24 D): a training job or a registry hands a model its
   * weights, and so does a flow that deploys or promotes a version
   * (words.yaml model_deploys): it asks it nothing, and whoever sends the
   * job its data or packages (a package index, a crowd-sourced corpus)
   * calls no model */
  if (e->kind == TMC_KIND_PIPELINE || e->kind == TMC_KIND_MODEL_REGISTRY ||
      TMC_ROLESET_HAS(e->roles, TMC_ROLE_TRAINER) ||
      tmc_flowgraph_flow_says(g, f, TMC_WORDS_MODEL_DEPLOYS))
    return false;
  /* mlgen17 (D2): what stands in front of a camera is no caller: a flow
   * saying it brings a camera's view ("camera view", "video feed"), or
   * people and scenes drawn straight into a model that is the camera
   * ("1,900 shelf cameras, YOLOv8n on device") */
  if (tmc_flowgraph_flow_says(g, f, TMC_WORDS_PHYSICAL_VIEWS) ||
      (tmc_kind_dfd(e->kind) == TMC_DFD_ENTITY && f->dst < ir->n_elements &&
       is_model(ir->elements[f->dst].kind) &&
       tmc_flowgraph_label_says(g, &ir->elements[f->dst], TMC_WORDS_SENSORS)))
    return false;
  /* prec26 (causes26 D): a container image pulled from where images are
   * kept (an outside party or a store built on containers, or named as an
   * image registry: "NVIDIA NGC (containers)", "Docker Hub") or a flow
   * saying an image pull brings the code the model runs in, and a flow
   * naming model files or a model format ("engine + ONNX", "weights
   * (.safetensors)") brings its weights: neither asks it anything */
  if ((tmc_kind_dfd(e->kind) != TMC_DFD_PROCESS &&
       (e->tech == TMC_TECH_CONTAINER ||
        tmc_flowgraph_label_says(g, e, TMC_WORDS_IMAGE_REGISTRIES))) ||
      tmc_flowgraph_flow_says(g, f, TMC_WORDS_IMAGE_PULLS) ||
      tmc_flowgraph_flow_says(g, f, TMC_WORDS_MODEL_FILES) ||
      tmc_flowgraph_flow_says(g, f, TMC_WORDS_SAFE_MODEL_FORMATS) ||
      tmc_flowgraph_flow_says(g, f, TMC_WORDS_CODE_MODEL_FORMATS))
    return false;
  /* find33 (blind28 tallowmere): an outside party's data feed the system
   * sends nothing to (words.yaml data_products, on it or the flow: "6h
   * forecast API", "price feed") pushes data into the model: a feed, not
   * a client querying it and reading the answer */
  if (tmc_kind_dfd(e->kind) == TMC_DFD_ENTITY &&
      (tmc_flowgraph_label_says(g, e, TMC_WORDS_DATA_PRODUCTS) ||
       tmc_flowgraph_flow_says(g, f, TMC_WORDS_DATA_PRODUCTS))) {
    bool told = false;
    for (uint32_t k = g->in_start[s]; k < g->in_start[s + 1] && !told; k++)
      told = g->in[k].moves && g->in[k].to != s &&
             tmc_kind_dfd(ir->elements[g->in[k].to].kind) != TMC_DFD_ENTITY;
    if (!told)
      return false;
  }
  return !(tmc_flowgraph_label_says(g, e, TMC_WORDS_SENSORS) ||
           (tmc_kind_dfd(e->kind) == TMC_DFD_ENTITY &&
            tmc_flowgraph_label_says(g, e, TMC_WORDS_MODEL_HUBS)) ||
           e->tech == TMC_TECH_IOT_DEVICE ||
           tmc_flowgraph_flow_says(g, f, TMC_WORDS_ADMIN_ACCESS) ||
           tmc_flowgraph_flow_says(g, f, TMC_WORDS_DEBUG_PORTS) ||
           tmc_flowgraph_flow_says(g, f, TMC_WORDS_MODEL_DISTRIBUTION) ||
           /* r38miram: a remote session from outside onto the box that runs
            * the model (a vendor's "remote support" over TeamViewer, the
            * flow as paths17's remote_session reads it) reaches the
            * machine as an admin's does; it asks the model nothing */
           (tmc_kind_dfd(e->kind) == TMC_DFD_ENTITY &&
            tmc_flowgraph_flow_says(g, f, TMC_WORDS_REMOTE_ACCESS)));
}

/* A model or LLM that clients query through an API: inference_api= says so,
 * or a flow into it uses a web/RPC protocol, or comes from an external entity
 * or from a process whose name says it serves an API, or the model's own name
 * does ("sentiment API"). A pipeline writing a model is not a client, nor is
 * the mobile app or device in the model's own zone that runs it. */
/* models15: does model v download its weights, as an app does its
 * updates: a flow naming a model or its file ("current model", "signed
 * .tflite") from a CDN ("Fastly CDN", "CloudFront")? A server loads its
 * model from a registry or a bucket, an appliance from its vendor's update
 * service; a model fetched from a CDN runs where the public fetches it, on
 * the device, queried by no API. */
static bool downloads_model(const tmc_ir *ir, const graph *g, uint32_t v) {
  for (uint32_t k = g->in_start[v]; k < g->in_start[v + 1]; k++) {
    const tmc_flow *f = &ir->flows[g->in[k].flow];
    const tmc_element *s = &ir->elements[g->in[k].to];
    if (g->in[k].to == v || !f->label)
      continue;
    if (s->tech == TMC_TECH_CDN && !is_model(s->kind) &&
        (tmc_lexicon_says(g->lx, TMC_WORDS_MODEL_UPDATE, f->label) ||
         tmc_lexicon_says(g->lx, TMC_WORDS_MODEL_WORDS, f->label)))
      return true;
  }
  return false;
}

/* b35l: is code s the box beside the cameras or sensors that feed it (a
 * video server taking the cameras' streams)? It hands the model what they
 * capture, with no API anyone queries: a moving flow into it from a camera,
 * sensor or scanner (words.yaml sensors and captures, an IoT device).
 * Linear in s's flows. */
static bool fed_by_capture(const tmc_ir *ir, const graph *g, uint32_t s) {
  /* named as an API ("Photo scoring API" a shop webcam also posts to), it
   * serves one whatever feeds it */
  /* (the bare word: TMC_WORDS_API's wider list names a camera's "video
   * server" an API and gives the model an API nobody queries) */
  if (ir->elements[s].label && tmc_has_word(ir->elements[s].label, "api"))
    return false;
  for (uint32_t k = g->in_start[s]; k < g->in_start[s + 1]; k++) {
    const tmc_element *c = &ir->elements[g->in[k].to];
    if (g->in[k].moves && g->in[k].to != s && !is_model(c->kind) &&
        (c->tech == TMC_TECH_IOT_DEVICE || label_says(g, c, TMC_WORDS_SENSORS) ||
         label_says(g, c, TMC_WORDS_CAPTURES)))
      return true;
  }
  return false;
}

static bool inference_api(const tmc_ir *ir, const graph *g, const bool *captured,
                          uint32_t v, tmc_diags *d) {
  const tmc_element *e = &ir->elements[v];
  if (!is_model(e->kind))
    return false;
  const char *p = tmc_props_get(&e->props, "inference_api");
  if (p && *p) {
    if (tmc_streq_nocase(p, "yes") || tmc_streq_nocase(p, "true"))
      return true;
    if (tmc_streq_nocase(p, "no") || tmc_streq_nocase(p, "false"))
      return false;
    tmc_warning(d, e->loc, "%s: inference_api='%s' is not yes or no", e->id, p);
  }
  /* a training job drawn as a model (the roles pass: it writes a model or
   * a registry from data) is run, not queried: what people send it is
   * code or data, and nothing it answers goes back to them */
  if (TMC_ROLESET_HAS(e->roles, TMC_ROLE_TRAINER))
    return false;
  /* models15: downloaded like an app update, it runs in the app, whatever
   * its name says it serves ("Predict next word") */
  if (downloads_model(ir, g, v))
    return false;
  if (label_says(g, e, TMC_WORDS_API))
    return true;
  for (uint32_t k = g->in_start[v]; k < g->in_start[v + 1]; k++) {
    const tmc_flow *f = &ir->flows[g->in[k].flow];
    const tmc_element *s = &ir->elements[g->in[k].to];
    if (s->kind == TMC_KIND_PIPELINE || s->kind == TMC_KIND_MODEL_REGISTRY)
      continue;
    if (!is_request(ir, g, g->in[k].to, g->in[k].flow))
      continue;
    /* b35l: nor the box the cameras feed, which hands the model what they
     * capture (a pool's video server) */
    if (tmc_kind_dfd(s->kind) == TMC_DFD_PROCESS && captured[g->in[k].to])
      continue;
    /* the app or device that runs the model beside it calls no API
     * (sets.yaml devices) */
    if (TMC_TECHSET_HAS(tmc_lexicon_techs(g->lx, TMC_TECHS_DEVICES), s->tech) &&
        s->boundary != TMC_NONE && s->boundary == e->boundary)
      continue;
    if (f->protocol && tmc_lexicon_says(g->lx, TMC_WORDS_API_PROTOCOL, f->protocol))
      return true;
    if (tmc_kind_dfd(s->kind) == TMC_DFD_ENTITY)
      return true;
    /* an outsider's app drawn as code in the untrusted zone (not an app
     * on a device, which may run the model itself: on_device) */
    if (s->kind == TMC_KIND_PROCESS && s->facts.is_entry &&
        tmc_ir_element_trust(ir, g->in[k].to) == 0 &&
        !TMC_TECHSET_HAS(tmc_lexicon_techs(g->lx, TMC_TECHS_DEVICES), s->tech))
      return true;
    if (s->kind == TMC_KIND_PROCESS && label_says(g, s, TMC_WORDS_API))
      return true;
  }
  return false;
}

/* ---- the transitive facts -------------------------------------------------- */

/* What travels along the edges for the transitive facts: the kinds and the
 * roles of everything on the way. Both only grow. */
typedef struct reachset {
  tmc_kindset kinds;
  tmc_roleset roles;
} reachset;

static reachset self_set(const tmc_element *e) {
  return (reachset){TMC_KINDSET(e->kind), e->roles};
}

/* *to |= add; says whether *to grew. */
static bool grow(reachset *to, reachset add) {
  reachset r = {to->kinds | add.kinds, to->roles | add.roles};
  if (r.kinds == to->kinds && r.roles == to->roles)
    return false;
  *to = r;
  return true;
}

/* set[v] |= the kinds and roles of every element with a path to v
 * (upstream) or from v (downstream). */
static void kinds_closure(tmc_ir *ir, const graph *g, bool upstream, reachset *set) {
  uint32_t n = ir->n_elements;
  queue q;
  q_init(&q, n);
  const uint32_t *st = upstream ? g->out_start : g->in_start;
  const edge *ed = upstream ? g->out : g->in;
  for (uint32_t v = 0; v < n; v++)
    for (uint32_t k = st[v]; k < st[v + 1]; k++)
      if (grow(&set[ed[k].to], self_set(&ir->elements[v])))
        q_push(&q, ed[k].to);
  uint32_t v;
  while (q_pop(&q, &v))
    for (uint32_t k = st[v]; k < st[v + 1]; k++)
      if (grow(&set[ed[k].to], set[v]))
        q_push(&q, ed[k].to);
  q_free(&q);
}

/* Content originates outside at a trust-0 entity, a third-party element or an
 * element the author marked entry=yes (docs/catalog-format.md). Not at every
 * attack-path entry point: the reach pass also counts employees in internal
 * zones as entries, and their questions are not outside content. */
static bool is_origin(const tmc_ir *ir, uint32_t v) {
  const tmc_element *e = &ir->elements[v];
  const char *entry = tmc_props_get(&e->props, "entry");
  bool marked =
      entry && (tmc_streq_nocase(entry, "yes") || tmc_streq_nocase(entry, "true"));
  /* A store the reach pass found to be an entry point ("Public websites",
     "open web pages", a public dataset index) holds what outsiders wrote,
     whatever kind its shape gave it: drawn as an entity it would start
     influence, so drawn as a cylinder or a 3D box it does too. */
  bool outside_store = e->facts.is_entry && tmc_kind_dfd(e->kind) == TMC_DFD_STORE &&
                       tmc_ir_element_trust(ir, v) == 0;
  return marked || e->third_party || outside_store ||
         (tmc_kind_dfd(e->kind) == TMC_DFD_ENTITY && tmc_ir_element_trust(ir, v) == 0);
}

static bool model_load(const tmc_ir *ir, uint32_t src, uint32_t dst);

/* Offers origin o as the name of what reaches w at BFS level lvl: the first
 * level to reach w names it, and among the origins reaching it there, the
 * first in tmc_ir_element_before's order (by id). */
static void name_origin(tmc_ir *ir, uint32_t *at, uint32_t w, uint32_t o, uint32_t lvl) {
  uint32_t *t = &ir->elements[w].facts.taint_origin;
  if (*t == TMC_NONE)
    *t = o, at[w] = lvl;
  else if (at[w] == lvl && o != TMC_NONE && tmc_ir_element_before(ir, o, *t))
    *t = o;
}

/* Two-layer BFS: state (v, 0) = outside content reaches v; (v, 1) = it reached
 * v after passing through a store. Each state is visited once. Queries into a
 * store carry nothing into it. The origin evidence names is the nearest one
 * (fewest flows), ties broken by tmc_ir_element_before (id), so that the same diagram
 * declared in another order names the same origin: the walk goes level by
 * level and every flow into an element reached at the current level is
 * offered, also from a state already seen.
 * Weights a registry or pipeline loads into a model are not content in its
 * prompt: outside content does not travel along a model load (what a
 * poisoned model does is the influence and supply-chain facts'). */
static void taint(tmc_ir *ir, const graph *g) {
  uint32_t n = ir->n_elements;
  uint8_t *seen = tmc_xcalloc(n + 1, 1); /* bit 0: layer 0, bit 1: layer 1 */
  uint32_t *v = tmc_xcalloc(2 * (size_t)n + 1, sizeof(uint32_t));
  uint32_t *at = tmc_xcalloc(n + 1, sizeof(uint32_t)); /* level naming taint_origin */
  uint32_t head = 0, tail = 0;
  for (uint32_t i = 0; i < n; i++) {
    ir->elements[i].facts.taint_origin = TMC_NONE;
    ir->elements[i].facts.origin = is_origin(ir, i);
  }
  /* From here on the pass reads facts.origin: nothing it sets changes what
   * is_origin reads (the entry= attribute, kind, third_party, is_entry,
   * trust), and asking again costs an attribute lookup and a trust each,
   * for every element of several walks (perf22). */
  for (uint32_t o = 0; o < n; o++) {
    if (!ir->elements[o].facts.origin)
      continue;
    unsigned layer = is_store(&ir->elements[o]);
    for (uint32_t k = g->out_start[o]; k < g->out_start[o + 1]; k++) {
      uint32_t w = g->out[k].to;
      if (!g->out[k].moves || model_load(ir, o, w))
        continue;
      name_origin(ir, at, w, o, 1);
      if (seen[w] & (1u << layer))
        continue;
      seen[w] |= (uint8_t)(1u << layer);
      v[tail++] = w * 2 + layer;
    }
  }
  /* states [head, end) are at level lvl; what they reach is at lvl + 1 */
  for (uint32_t lvl = 1, end = tail; head < tail; lvl++, end = tail) {
    for (; head < end; head++) {
      uint32_t x = v[head], e = x / 2, layer = x % 2;
      unsigned next = layer || is_store(&ir->elements[e]);
      for (uint32_t k = g->out_start[e]; k < g->out_start[e + 1]; k++) {
        uint32_t w = g->out[k].to;
        if (!g->out[k].moves || model_load(ir, e, w))
          continue;
        name_origin(ir, at, w, ir->elements[e].facts.taint_origin, lvl + 1);
        if (seen[w] & (1u << next))
          continue;
        seen[w] |= (uint8_t)(1u << next);
        v[tail++] = w * 2 + next;
      }
    }
  }
  for (uint32_t i = 0; i < n; i++) {
    ir->elements[i].facts.tainted = seen[i] != 0;
    ir->elements[i].facts.tainted_via_store = (seen[i] & 2) != 0;
  }
  for (uint32_t i = 0; i < ir->n_flows; i++) {
    tmc_flow *f = &ir->flows[i];
    f->facts.taint_origin = TMC_NONE;
    for (int dir = 0; dir < (f->bidirectional ? 2 : 1); dir++) {
      uint32_t s = dir ? f->dst : f->src;
      const tmc_element *se = &ir->elements[s];
      bool t = se->facts.origin || se->facts.tainted;
      f->facts.tainted |= t;
      f->facts.tainted_via_store |= se->facts.tainted_via_store || (t && is_store(se));
      if (t && f->facts.taint_origin == TMC_NONE)
        f->facts.taint_origin = se->facts.origin ? s : se->facts.taint_origin;
    }
  }
  free(seen);
  free(v);
  free(at);
}

/* What a model holds rather than receives: the weights a registry or a
 * training pipeline hands it. They are at stake in the model's own findings
 * but do not leave it on its prediction flows. */
static bool model_load(const tmc_ir *ir, uint32_t src, uint32_t dst) {
  tmc_kind s = ir->elements[src].kind;
  return is_model(ir->elements[dst].kind) &&
         (s == TMC_KIND_MODEL_REGISTRY || s == TMC_KIND_PIPELINE);
}

/* The two largest sensitivities an element receives, from distinct sources,
 * so that a process can pass on what it received from everyone but the
 * element it is sending to (an answer sent back to the asker does not carry
 * the asker's own question). Only grows. */
typedef struct recv2 {
  tmc_sensitivity m1, m2; /* m1 from s1; m2 the best from any other source */
  uint32_t s1;
} recv2;

static bool recv_add(recv2 *r, tmc_sensitivity x, uint32_t from) {
  if (x > r->m1) {
    if (from != r->s1)
      r->m2 = r->m1;
    r->m1 = x, r->s1 = from;
    return true;
  }
  if (from != r->s1 && x > r->m2) {
    r->m2 = x;
    return true;
  }
  return false;
}

/* auth14. auth_named: the flow's label, protocol or data, or the name of
 * either end, names how the caller authenticates (words.yaml
 * auth_mechanisms or weak_auth: "per-tenant API keys", "ID token (OIDC)",
 * "Employee self-service portal (SSO)", "Admin page (basic auth)"), and
 * none of them says nobody is (auth_denials: "no auth", "anonymous"). A
 * diagram that says how callers prove who they are has answered "is this
 * flow authenticated?" as much as one writing authenticated=yes. An end's
 * name counts as the receiver names the check it makes ("API gateway key
 * check") and the sender the credential it holds ("Merchant shops
 * (server-side, API key)"). weak_auth: the mechanism named is a shared or
 * weak secret (basic auth, a shared login), which authenticates the caller
 * but weakly (TMC-SPOOF-006). An explicit authenticated= always wins. */
static void auth_words(tmc_ir *ir, const graph *g) {
  for (uint32_t i = 0; i < ir->n_flows; i++) {
    tmc_flow *f = &ir->flows[i];
    const tmc_element *s = &ir->elements[f->src], *d = &ir->elements[f->dst];
    bool weak = tmc_flowgraph_flow_says(g, f, TMC_WORDS_WEAK_AUTH) ||
                label_says(g, s, TMC_WORDS_WEAK_AUTH) ||
                label_says(g, d, TMC_WORDS_WEAK_AUTH);
    bool named = weak || tmc_flowgraph_flow_says(g, f, TMC_WORDS_AUTH_MECHANISMS) ||
                 label_says(g, s, TMC_WORDS_AUTH_MECHANISMS) ||
                 label_says(g, d, TMC_WORDS_AUTH_MECHANISMS);
    bool denied = tmc_flowgraph_flow_says(g, f, TMC_WORDS_AUTH_DENIALS) ||
                  label_says(g, s, TMC_WORDS_AUTH_DENIALS) ||
                  label_says(g, d, TMC_WORDS_AUTH_DENIALS);
    named &= !denied && f->authenticated != TMC_TRI_NO;
    f->facts.auth_named = named;
    f->facts.weak_auth = named && weak;
  }
}

/* Does the flow authenticate its caller: authenticated=yes, or its words
 * name how (auth_named)? */
static bool says_authenticated(const tmc_flow *f) {
  return f->authenticated == TMC_TRI_YES ||
         (f->authenticated == TMC_TRI_UNKNOWN && f->facts.auth_named);
}

/* carries_credentials: a flow declaring credentials, or whose label names
 * them ("API key", "bearer token": words.yaml credential_words);
 * broad_key: a flow whose label names an admin, master or root key it is
 * made with (words.yaml broad_keys);
 * gets_credentials: an element such a flow moves data into from anything
 * but a person. Before sensitivity(), which makes such a flow secret. */
static void credentials(tmc_ir *ir, const graph *g) {
  for (uint32_t v = 0; v < ir->n_elements; v++)
    ir->elements[v].facts.gets_credentials = false;
  for (uint32_t i = 0; i < ir->n_flows; i++) {
    tmc_flow *f = &ir->flows[i];
    f->facts.carries_credentials =
        tmc_canon_has(f->data_canon, &f->data, "credentials") ||
        tmc_lexicon_says(g->lx, TMC_WORDS_CREDENTIAL, f->label);
    /* "upsert (admin key)": the key authorizes the write, the chunks are
     * still the content, so this does not make the flow carry credentials
     * (which would hide the content from public_content) */
    f->facts.broad_key = tmc_lexicon_says(g->lx, TMC_WORDS_BROAD_KEY, f->label);
  }
  for (uint32_t v = 0; v < ir->n_elements; v++)
    for (uint32_t k = g->in_start[v]; k < g->in_start[v + 1]; k++)
      /* a person's (or their identity provider's) login is no key handed
       * to the component: it is what the service checks */
      if (g->in[k].moves && !g->in[k].back &&
          tmc_kind_dfd(ir->elements[g->in[k].to].kind) != TMC_DFD_ENTITY &&
          ir->flows[g->in[k].flow].facts.carries_credentials)
        ir->elements[v].facts.gets_credentials = true;
  /* precision16: ... and code asking a store for them ("read secrets
   * (user token)", "fetch API key" into Vault): the answer to a query
   * naming credentials is the credentials */
  for (uint32_t v = 0; v < ir->n_elements; v++)
    for (uint32_t k = g->out_start[v]; k < g->out_start[v + 1]; k++)
      if (!g->out[k].moves && g->out[k].to != v &&
          tmc_kind_dfd(ir->elements[v].kind) != TMC_DFD_ENTITY &&
          is_store(&ir->elements[g->out[k].to]) &&
          ir->flows[g->out[k].flow].facts.carries_credentials)
        ir->elements[v].facts.gets_credentials = true;
}

/* keyed_by_sender: a flow outside content reaches (tainted, set by the taint
 * pass before this one) whose label says it finds the account or identity
 * by the address the message claims ("look up account by From", "map user
 * by e-mail"): a From header or a chat profile's e-mail is what the sender
 * says, not what anyone checked. One pass over the flows. */
static void sender_keys(tmc_ir *ir, const graph *g) {
  for (uint32_t i = 0; i < ir->n_flows; i++) {
    tmc_flow *f = &ir->flows[i];
    f->facts.keyed_by_sender =
        f->facts.tainted && tmc_lexicon_says(g->lx, TMC_WORDS_BY_SENDER, f->label);
  }
}

/* Sensitivity, after docs/catalog-format.md: a flow that declares
 * sensitivity= carries what it declares; any other flow carries what its
 * source passes on, and data= adds the classes it names (it never hides
 * what was known). A store passes on everything it holds: its own data and
 * whatever is written into it (queries write nothing). An external entity
 * passes on its declared data and what it received; a process, model or
 * pipeline only what it received, and not its own holdings (a notebook's
 * credentials do not make its job specs secret, a model's weights do not
 * make its predictions confidential); a model that is not an LLM answers
 * with scores and labels, so only what its flows declare leaves it (an LLM
 * can repeat its context). Nobody echoes back what the receiver sent.
 * Credentials authorize: whoever receives them (from a credential
 * holder, or a flow declaring them) holds them, but passes them on only when
 * it stores them, so a key fetched from a vault does not make every store
 * behind the service secret; a person's own login is data the service keeps. An element's
 * data_sensitivity is the max of what it holds and everything it receives. Values only
 * grow and each element's (m1, m2) can grow at most eight times, so the worklist is
 * linear in the diagram. */
static void sensitivity(tmc_ir *ir, const graph *g) {
  uint32_t n = ir->n_elements;
  queue q;
  q_init(&q, n);
  tmc_sensitivity *held = tmc_xcalloc(n + 1, sizeof *held);
  tmc_sensitivity *held_cred = tmc_xcalloc(n + 1, sizeof *held_cred);
  tmc_sensitivity *consumed = tmc_xcalloc(n + 1, sizeof *consumed);
  recv2 *rv = tmc_xcalloc(n + 1, sizeof *rv);
  /* Per edge direction: 0 forward (src -> dst), 1 back, of each flow; data
   * and credentials apart. */
  tmc_sensitivity *dv = tmc_xcalloc(2 * (size_t)ir->n_flows + 1, sizeof *dv);
  tmc_sensitivity *dc = tmc_xcalloc(2 * (size_t)ir->n_flows + 1, sizeof *dc);
  tmc_sensitivity *decl = tmc_xcalloc(ir->n_flows + 1, sizeof *decl);
  tmc_sensitivity *decl_cred = tmc_xcalloc(ir->n_flows + 1, sizeof *decl_cred);
  bool *fixed = tmc_xcalloc(ir->n_flows + 1, sizeof *fixed);
  for (uint32_t i = 0; i < n; i++) {
    tmc_element *e = &ir->elements[i];
    bool logs = false;
    held[i] =
        max_sens(e->sensitivity, classes_sens(e->data_canon, &e->data, &logs, false));
    held_cred[i] = classes_sens(e->data_canon, &e->data, &logs, true);
    rv[i].s1 = TMC_NONE;
    /* (paths20: an experiment tracker is a journal of training runs, their
     * parameters and environment: words.yaml experiment_trackers) */
    e->facts.holds_logs =
        is_store(e) && (logs || label_says(g, e, TMC_WORDS_LOG) ||
                        label_says(g, e, TMC_WORDS_LOG_COMPOUNDS) ||
                        label_says(g, e, TMC_WORDS_EXPERIMENT_TRACKERS));
  }
  /* ... or a flow into it appends records (a journal of what happened). */
  for (uint32_t i = 0; i < ir->n_flows; i++) {
    tmc_flow *f = &ir->flows[i];
    tmc_element *t = &ir->elements[f->dst];
    if (is_store(t) && !t->facts.holds_logs &&
        tmc_flowgraph_flow_says(g, f, TMC_WORDS_LOG_WRITES))
      t->facts.holds_logs = true;
  }
  for (uint32_t i = 0; i < ir->n_flows; i++) {
    tmc_flow *f = &ir->flows[i];
    decl[i] =
        max_sens(f->sensitivity, classes_sens(f->data_canon, &f->data, NULL, false));
    decl_cred[i] = classes_sens(f->data_canon, &f->data, NULL, true);
    fixed[i] = f->sensitivity != TMC_SENS_UNSET;
  }
  for (uint32_t i = 0; i < n; i++)
    q_push(&q, i);
  uint32_t v;
  while (q_pop(&q, &v)) {
    const tmc_element *ve = &ir->elements[v];
    tmc_dfd dfd = tmc_kind_dfd(ve->kind);
    bool holder = TMC_ROLESET_HAS(ve->roles, TMC_ROLE_CREDENTIAL_HOLDER);
    for (uint32_t k = g->out_start[v]; k < g->out_start[v + 1]; k++) {
      const edge *ed = &g->out[k];
      tmc_sensitivity x, c = decl_cred[ed->flow];
      if (fixed[ed->flow])
        x = decl[ed->flow], c = TMC_SENS_UNSET;
      else {
        if (dfd == TMC_DFD_STORE)
          x = max_sens(held[v], rv[v].m1);
        else if (ve->kind == TMC_KIND_MODEL)
          x = TMC_SENS_UNSET; /* a classifier answers with a score, not its input */
        else {
          x = rv[v].s1 == ed->to ? rv[v].m2 : rv[v].m1;
          if (dfd == TMC_DFD_ENTITY)
            x = max_sens(x, held[v]);
        }
        if (dfd != TMC_DFD_PROCESS)
          c = max_sens(c, held_cred[v]);
        /* what a credential holder hands out is credentials, whatever it
         * is labelled */
        if (holder && dfd == TMC_DFD_STORE && held_cred[v] == TMC_SENS_UNSET)
          c = max_sens(c, x), x = TMC_SENS_UNSET;
        x = max_sens(x, decl[ed->flow]);
        /* a person's own login is what the service keeps (its accounts),
         * not a key it is handed to call someone */
        if (dfd == TMC_DFD_ENTITY)
          x = max_sens(x, c), c = TMC_SENS_UNSET;
      }
      size_t d = 2 * (size_t)ed->flow + ed->back;
      bool grew_x = x > dv[d], grew_c = c > dc[d];
      if (!grew_x && !grew_c)
        continue; /* nothing new (unset is the least value) */
      dv[d] = max_sens(dv[d], x);
      dc[d] = max_sens(dc[d], c);
      uint32_t w = ed->to;
      if (!ed->moves)
        continue; /* a query writes nothing into the store */
      if (grew_c) {
        if (is_store(&ir->elements[w])) {
          if (c > held_cred[w]) {
            held_cred[w] = c;
            q_push(&q, w);
          }
        } else
          consumed[w] = max_sens(consumed[w], c);
      }
      if (!grew_x)
        continue;
      if (model_load(ir, v, w)) {
        if (x > held[w]) {
          held[w] = x;
          q_push(&q, w);
        }
      } else if (recv_add(&rv[w], x, v))
        q_push(&q, w);
    }
  }
  for (uint32_t i = 0; i < n; i++)
    ir->elements[i].facts.data_sensitivity =
        max_sens(max_sens(held[i], rv[i].m1), max_sens(held_cred[i], consumed[i]));
  for (uint32_t i = 0; i < ir->n_flows; i++) {
    tmc_flow *f = &ir->flows[i];
    f->facts.data_sensitivity = fixed[i] ? decl[i]
                                         : max_sens(max_sens(dv[2 * i], dv[2 * i + 1]),
                                                    max_sens(dc[2 * i], dc[2 * i + 1]));
    /* Credentials its label names are secret on the flow itself, but
     * declare nothing about its ends: only data=credentials says that the
     * receiver holds them (a person's login is checked, not kept). */
    if (!fixed[i] && f->facts.carries_credentials)
      f->facts.data_sensitivity = max_sens(f->facts.data_sensitivity, TMC_SENS_SECRET);
  }
  free(held);
  free(held_cred);
  free(consumed);
  free(rv);
  free(dv);
  free(dc);
  free(decl);
  free(decl_cred);
  free(fixed);
  q_free(&q);
}

/* Does v send a flow that moves data into a model or a model registry? */
static bool writes_model(const tmc_ir *ir, const graph *g, uint32_t v) {
  for (uint32_t k = g->out_start[v]; k < g->out_start[v + 1]; k++) {
    tmc_kind w = ir->elements[g->out[k].to].kind;
    if (g->out[k].moves && g->out[k].to != v &&
        (is_model(w) || w == TMC_KIND_MODEL_REGISTRY))
      return true;
  }
  return false;
}

/* Marks in mark[] the n seeds bfs[0..n) (trainers) and everything data moves
 * from into them, through code: a store or an entity ends the walk, so the
 * training set a trainer reads is marked and the database it was exported
 * from is not (feeds_training, trains_llm). bfs has room for every element.
 * Linear. */
static void upstream_through_code(const graph *g, uint32_t *bfs, uint32_t n, bool *mark,
                                  const tmc_ir *ir) {
  uint32_t head = 0, tail = n;
  for (uint32_t i = 0; i < n; i++)
    mark[bfs[i]] = true;
  while (head < tail) {
    uint32_t v = bfs[head++];
    for (uint32_t k = g->in_start[v]; k < g->in_start[v + 1]; k++) {
      uint32_t u = g->in[k].to;
      if (!g->in[k].moves || mark[u])
        continue;
      mark[u] = true;
      if (tmc_kind_dfd(ir->elements[u].kind) == TMC_DFD_PROCESS)
        bfs[tail++] = u;
    }
  }
}

static bool person(const graph *g, const tmc_element *e);
static bool people_head(const graph *g, const tmc_element *e);
static bool in_zone0(const tmc_ir *ir, uint32_t v);

/* training_path: backwards from every trainer (the roles pass: code that
 * turns data into a model or checkpoint). untrusted_callers: forwards from outsiders
 * (trust-0 external entities that are not third-party content sources nor package
 * indexes, hubs or marketplaces the system pulls from, entry=yes),
 * through process-class elements only: a store ends the request chain; people_callers
 * the same from every entity, whatever its zone, and every origin. Plain BFS, each
 * element queued once per walk. */
static void training_and_callers(tmc_ir *ir, const graph *g) {
  uint32_t n = ir->n_elements, head = 0, tail = 0;
  uint32_t *bfs = tmc_xcalloc(n + 1, sizeof(uint32_t));
  for (uint32_t v = 0; v < n; v++) {
    tmc_element *e = &ir->elements[v];
    e->facts.training_path = e->facts.untrusted_callers = e->facts.people_callers = false;
    /* every trainer (the roles pass: a pipeline writing a model, code that
     * turns data into one, an aggregator) starts a training path; not a
     * model a trainer word names (a job drawn as a model: the model it
     * would write is the one at stake, not everything feeding it) unless
     * the diagram shows it writing a model or a registry */
    if (TMC_ROLESET_HAS(e->roles, TMC_ROLE_TRAINER) &&
        (!is_model(e->kind) || writes_model(ir, g, v))) {
      e->facts.training_path = true;
      bfs[tail++] = v;
    }
  }
  uint32_t trainers = tail;
  while (head < tail) {
    uint32_t v = bfs[head++];
    for (uint32_t k = g->in_start[v]; k < g->in_start[v + 1]; k++) {
      tmc_element *w = &ir->elements[g->in[k].to];
      if (g->in[k].moves && !w->facts.training_path) {
        w->facts.training_path = true;
        /* A person who reads a dashboard and starts a job carries no data
         * from the dashboard's sources into training: stop at entities. */
        if (tmc_kind_dfd(w->kind) != TMC_DFD_ENTITY)
          bfs[tail++] = g->in[k].to;
      }
    }
  }
  /* feeds_training: the same walk from the same pipelines, but a store ends
   * it. The training set a pipeline reads is where poisoning is checked; the
   * database the set was exported from is one step further away, and its
   * findings would repeat the training set's. */
  bool *feeds = tmc_xcalloc(n + 1, sizeof(bool));
  upstream_through_code(g, bfs, trainers, feeds, ir);
  for (uint32_t v = 0; v < n; v++)
    ir->elements[v].facts.feeds_training = feeds[v];
  free(feeds);
  head = tail = 0;
  bool *seen = tmc_xcalloc(n + 1, sizeof(bool));
  for (uint32_t v = 0; v < n; v++) {
    const tmc_element *e = &ir->elements[v];
    const char *entry = tmc_props_get(&e->props, "entry");
    bool marked =
        entry && (tmc_streq_nocase(entry, "yes") || tmc_streq_nocase(entry, "true"));
    /* an outsider's app drawn as code in the untrusted zone that reach
     * found to be an entry point calls like an outsider */
    tmc_dfd dfd = tmc_kind_dfd(e->kind);
    bool outsider_code =
        dfd == TMC_DFD_PROCESS && e->facts.is_entry && !is_model(e->kind) &&
        !TMC_TECHSET_HAS(tmc_lexicon_techs(g->lx, TMC_TECHS_DEVICES), e->tech);
    /* a package index or model hub the system pulls from sends it no
     * requests: what it serves is supply chain (outside_source), not an
     * outsider calling in; people ("Marketplace sellers") still call */
    bool pulled_from =
        TMC_ROLESET_HAS(e->roles, TMC_ROLE_ARTIFACT_SOURCE) && !person(g, e);
    if (marked || ((dfd == TMC_DFD_ENTITY || outsider_code) && !e->third_party &&
                   !pulled_from && tmc_ir_element_trust(ir, v) == 0)) {
      seen[v] = true;
      bfs[tail++] = v;
    }
  }
  for (int people = 0; people < 2; people++) {
    /* second round: requests from any person or outside party, insiders
     * and partners included (people_callers) */
    if (people) {
      head = tail = 0;
      memset(seen, 0, (n + 1) * sizeof(bool));
      for (uint32_t v = 0; v < n; v++)
        if (tmc_kind_dfd(ir->elements[v].kind) == TMC_DFD_ENTITY ||
            ir->elements[v].facts.origin) {
          seen[v] = true;
          bfs[tail++] = v;
        }
    }
    while (head < tail) {
      uint32_t v = bfs[head++];
      for (uint32_t k = g->out_start[v]; k < g->out_start[v + 1]; k++) {
        uint32_t w = g->out[k].to;
        tmc_element *we = &ir->elements[w];
        /* what a camera captures, and an admin's install or a
         * technician's service port, are no requests to a model */
        if (is_model(we->kind) && !is_request(ir, g, v, g->out[k].flow))
          continue;
        if (people)
          we->facts.people_callers = true;
        else
          we->facts.untrusted_callers = true;
        if (!seen[w] && tmc_kind_dfd(we->kind) == TMC_DFD_PROCESS) {
          seen[w] = true;
          bfs[tail++] = w;
        }
      }
    }
  }
  free(seen);
  free(bfs);
}

/* A model drawn as loaded into the code that serves it (model -> "KServe
 * InferenceService", "loaded by"): the serving endpoint is its inference
 * API, and whoever can send the endpoint requests can query the model. Its
 * callers become the model's. After training_and_callers (which does not
 * walk from code into a model it only receives from). */
static void served_models(tmc_ir *ir, const graph *g, const bool *captured) {
  for (uint32_t v = 0; v < ir->n_elements; v++) {
    tmc_element *e = &ir->elements[v];
    if (!is_model(e->kind))
      continue;
    for (uint32_t k = g->out_start[v]; k < g->out_start[v + 1]; k++) {
      const tmc_element *s = &ir->elements[g->out[k].to];
      if (!g->out[k].moves || g->out[k].to == v ||
          tmc_kind_dfd(s->kind) != TMC_DFD_PROCESS || is_model(s->kind) ||
          !TMC_ROLESET_HAS(s->roles, TMC_ROLE_SERVING_ENDPOINT) ||
          TMC_ROLESET_HAS(s->roles, TMC_ROLE_TRAINER))
        continue;
      /* b35l: the box the cameras feed, which runs the model on what they
       * capture, serves no inference API (a pool's video server; the
       * managers setting its masks ask the model nothing) */
      if (captured[g->out[k].to] && !label_says(g, e, TMC_WORDS_API))
        continue;
      e->facts.inference_api = true;
      e->facts.untrusted_callers |= s->facts.untrusted_callers;
      e->facts.people_callers |= s->facts.people_callers;
    }
  }
}

/* kinds22 (K4): a message queue or stream is a store whose messages are in
 * flight: what is put there is handed on to whoever consumes it, as a
 * process hands on what it is sent. */
static bool in_flight(const tmc_element *e) {
  return e->kind == TMC_KIND_DATA_STORE &&
         (e->tech == TMC_TECH_QUEUE || e->tech == TMC_TECH_STREAM);
}

/* direct_downstream: kinds an element's data reaches through processes (and
 * message queues: in_flight) only, up to and including the first store or
 * entity on each way. A knowledge base an LLM retrieves from has llm in it;
 * the document store that fills the knowledge base does not, so poisoning is
 * reported once, where retrieval reads. Masks only grow, so each element is
 * queued a bounded number of times. */
static void direct_downstream(tmc_ir *ir, const graph *g) {
  uint32_t n = ir->n_elements;
  queue q;
  q_init(&q, n);
  for (uint32_t v = 0; v < n; v++) {
    tmc_kindset m = 0;
    for (uint32_t k = g->out_start[v]; k < g->out_start[v + 1]; k++)
      if (g->out[k].moves)
        m |= TMC_KINDSET(ir->elements[g->out[k].to].kind);
    ir->elements[v].facts.direct_downstream = m;
    if (m && (tmc_kind_dfd(ir->elements[v].kind) == TMC_DFD_PROCESS ||
              in_flight(&ir->elements[v])))
      q_push(&q, v);
  }
  uint32_t w;
  while (q_pop(&q, &w)) { /* w is a process whose mask grew: tell its feeders */
    tmc_kindset mw = ir->elements[w].facts.direct_downstream;
    for (uint32_t k = g->in_start[w]; k < g->in_start[w + 1]; k++) {
      uint32_t u = g->in[k].to;
      tmc_kindset *mu = &ir->elements[u].facts.direct_downstream;
      if (!g->in[k].moves || (*mu | mw) == *mu)
        continue;
      *mu |= mw;
      if (tmc_kind_dfd(ir->elements[u].kind) == TMC_DFD_PROCESS ||
          in_flight(&ir->elements[u]))
        q_push(&q, u);
    }
  }
  q_free(&q);
}

/* lower_trust_callers: a flow (either way of a two-way one) comes straight
 * from an entity or process in a lower trust zone, or from an outsider. Stores
 * are not callers: reading a lower zone's database, or a model hub, is the
 * reader's request, not someone else's. */
static void lower_trust_callers(tmc_ir *ir, const graph *g) {
  for (uint32_t v = 0; v < ir->n_elements; v++) {
    bool any = false;
    for (uint32_t k = g->in_start[v]; k < g->in_start[v + 1] && !any; k++) {
      uint32_t u = g->in[k].to;
      if (u == v || is_store(&ir->elements[u]))
        continue;
      any = tmc_ir_element_trust(ir, u) < tmc_ir_element_trust(ir, v) ||
            ir->elements[u].facts.origin;
    }
    ir->elements[v].facts.lower_trust_callers = any;
  }
}

/* ---- technology for the classic application rules ------------------------- */

/* Does the flow's label, protocol or a data class it declares say a word of
 * list? */
static bool flow_says(const graph *g, const tmc_flow *f, tmc_word_list list) {
  return tmc_flowgraph_flow_says(g, f, list);
}

/* Does a flow carry (or an element hold) a data class whose canonical id is
 * id? */
static bool has_class(const tmc_canon *c, const tmc_strlist *data, const char *id) {
  for (uint32_t i = 0; c && i < data->n; i++)
    if (c[i].id && strcmp(c[i].id, id) == 0)
      return true;
  return false;
}

/* Does any flow into (in) or out of (!in) v, or the element at its other
 * end (when ends is set), say a word of list? */
static bool edges_say(const tmc_ir *ir, const graph *g, uint32_t v, bool in,
                      tmc_word_list list, bool ends) {
  const uint32_t *st = in ? g->in_start : g->out_start;
  const edge *ed = in ? g->in : g->out;
  for (uint32_t k = st[v]; k < st[v + 1]; k++)
    if (flow_says(g, &ir->flows[ed[k].flow], list) ||
        (ends && label_says(g, &ir->elements[ed[k].to], list)))
      return true;
  return false;
}

/* Does a flow into v from an entity or a process (someone who can choose
 * what it says, not a store or registry v reads) say a word of list? */
static bool callers_say(const tmc_ir *ir, const graph *g, uint32_t v,
                        tmc_word_list list) {
  for (uint32_t k = g->in_start[v]; k < g->in_start[v + 1]; k++)
    if (!is_store(&ir->elements[g->in[k].to]) &&
        flow_says(g, &ir->flows[g->in[k].flow], list))
      return true;
  return false;
}

/* Does v call out to the open web on someone's behalf: exchange flows both
 * ways with the Internet (built on it, named so) or an entity whose name
 * says it is anyone's web pages ("any website", not a person), while someone
 * else sends it requests? A named service on the Internet (a partner's API)
 * is a fixed host, not the open web. Then the hosts v talks to are not a fixed
 * list, and whoever asks it picks them (SSRF). The Internet drawn as the
 * clients' side, alone in front of a shop, is its caller, not a fetch. */
static bool calls_open_web(const tmc_ir *ir, const graph *g, uint32_t v) {
  for (uint32_t k = g->out_start[v]; k < g->out_start[v + 1]; k++) {
    uint32_t w = g->out[k].to;
    const tmc_element *we = &ir->elements[w];
    bool web =
        w != v && label_says(g, we, TMC_WORDS_ANONYMOUS) &&
        (we->tech == TMC_TECH_INTERNET || (tmc_kind_dfd(we->kind) == TMC_DFD_ENTITY &&
                                           !label_says(g, we, TMC_WORDS_PEOPLE)));
    bool answers = false, asked = false;
    for (uint32_t j = g->out_start[w]; web && j < g->out_start[w + 1]; j++)
      answers |= g->out[j].to == v;
    /* asked: a person, an outside party or code people call sends it
     * requests (a model's answer asks nothing) */
    for (uint32_t j = g->in_start[v]; answers && j < g->in_start[v + 1]; j++) {
      uint32_t u = g->in[j].to;
      const tmc_element *ue = &ir->elements[u];
      asked |= u != w && u != v &&
               (tmc_kind_dfd(ue->kind) == TMC_DFD_ENTITY ||
                (tmc_kind_dfd(ue->kind) == TMC_DFD_PROCESS && !is_model(ue->kind) &&
                 ue->facts.people_callers));
    }
    if (asked)
      return true;
  }
  return false;
}

/* families18: does the element say XML? Not where its XML word sits with a
 * clinical note's (words.yaml xml_false_friends: "SOAP note", "progress
 * note"): SOAP is then the note's Subjective/Objective/Assessment/Plan
 * sections, text a model drafts, not an XML envelope. */
static bool says_xml(const graph *g, const tmc_element *e) {
  return label_says(g, e, TMC_WORDS_XML) &&
         !label_says(g, e, TMC_WORDS_XML_FALSE_FRIENDS);
}

/* ... and does a flow into v say XML, with no clinical note's words on it? */
static bool xml_flows_in(const tmc_ir *ir, const graph *g, uint32_t v) {
  for (uint32_t k = g->in_start[v]; k < g->in_start[v + 1]; k++) {
    const tmc_flow *f = &ir->flows[g->in[k].flow];
    if (flow_says(g, f, TMC_WORDS_XML) && !flow_says(g, f, TMC_WORDS_XML_FALSE_FRIENDS))
      return true;
  }
  return false;
}

/* Does an outside party whose name says XML words send v data: a SOAP
 * partner, a SAML identity provider, an RSS feed? Then v parses their XML.
 * Outside: third-party, in a lower trust zone, or an identity provider;
 * a part of the system saying XML is where that part parses it. */
static bool xml_sender(const tmc_ir *ir, const graph *g, uint32_t v) {
  for (uint32_t k = g->in_start[v]; k < g->in_start[v + 1]; k++) {
    uint32_t u = g->in[k].to;
    const tmc_element *ue = &ir->elements[u];
    bool outside = ue->third_party || ue->tech == TMC_TECH_IDENTITY_PROVIDER ||
                   tmc_ir_element_trust(ir, u) < tmc_ir_element_trust(ir, v);
    if (u != v && outside && says_xml(g, ue))
      return true;
  }
  return false;
}

/* Does the store at v hold content each person may read only part of? Its
 * own name says so, or an ingestion job that fills it, or (an index the
 * platform builds, no job drawn) a store that moves its content straight
 * in, reads or is a source that does, is a suite's mail or drives, or is an
 * asset the reach pass read as confidential: what a RAG index serves every
 * asker regardless. */
static bool access_scoped_source(const graph *g, const tmc_element *s) {
  /* A keeper of keys ("Render env / Actions secrets") hands a job the keys
   * it runs with, not documents it indexes (as content_flow says). */
  if (TMC_ROLESET_HAS(s->roles, TMC_ROLE_CREDENTIAL_HOLDER) ||
      s->tech == TMC_TECH_SECRETS_VAULT)
    return false;
  return label_says(g, s, TMC_WORDS_ACCESS_SCOPED) ||
         s->tech == TMC_TECH_WORKSPACE_SUITE ||
         (s->facts.is_asset && s->kind != TMC_KIND_VECTOR_STORE &&
          s->facts.held_sensitivity >= TMC_SENS_CONFIDENTIAL);
}

static bool access_scoped(const tmc_ir *ir, const graph *g, uint32_t v) {
  if (label_says(g, &ir->elements[v], TMC_WORDS_ACCESS_SCOPED))
    return true;
  for (uint32_t k = g->in_start[v]; k < g->in_start[v + 1]; k++) {
    uint32_t u = g->in[k].to;
    if (!g->in[k].moves || u == v)
      continue;
    if (is_store(&ir->elements[u]) && access_scoped_source(g, &ir->elements[u]))
      return true;
    if (!TMC_ROLESET_HAS(ir->elements[u].roles, TMC_ROLE_INGESTION))
      continue;
    for (uint32_t j = g->in_start[u]; j < g->in_start[u + 1]; j++)
      if (g->in[j].moves && g->in[j].to != u &&
          access_scoped_source(g, &ir->elements[g->in[j].to]))
        return true;
  }
  return false;
}

/* Application code: a process or tool (not a model) that is not built on
 * an off-the-shelf product (sets.yaml products: a gateway, a CDN, an
 * identity provider has its own vendor's weaknesses, not the injection, XSS
 * or upload bugs of application code, and a process drawn as one gets
 * none). It can parse, fetch, run commands or handle files. */
static bool runs_code(const graph *g, const tmc_element *e) {
  tmc_kind k = e->kind;
  return tmc_kind_dfd(k) == TMC_DFD_PROCESS && k != TMC_KIND_MODEL && k != TMC_KIND_LLM &&
         !TMC_TECHSET_HAS(tmc_lexicon_techs(g->lx, TMC_TECHS_PRODUCTS), e->tech);
}

/* Does a flow out of v say a URL word (its request to the URL), other than
 * one handing the URL on to code whose name says it fetches (the app that
 * passes a pasted link to the link preview does not fetch it; the preview
 * does)? */
static bool sends_urls(const tmc_ir *ir, const graph *g, uint32_t v) {
  for (uint32_t k = g->out_start[v]; k < g->out_start[v + 1]; k++) {
    const tmc_element *w = &ir->elements[g->out[k].to];
    /* families18: nor one handing a URL to a model (a LoRA URL, an
     * image_url, an audio URL in the request): the model's host fetches it */
    if (flow_says(g, &ir->flows[g->out[k].flow], TMC_WORDS_URL_FETCH) &&
        !(runs_code(g, w) && label_says(g, w, TMC_WORDS_URL_FETCH)) &&
        w->kind != TMC_KIND_MODEL && w->kind != TMC_KIND_LLM)
      return true;
  }
  return false;
}

/* A process next to a store of the SQL (or NoSQL) family: the store's label
 * or id, or the protocol or label of a flow between them, says so. */
static bool query_sink(const tmc_ir *ir, const graph *g, uint32_t v, tmc_word_list list) {
  for (int in = 0; in < 2; in++) {
    const uint32_t *st = in ? g->in_start : g->out_start;
    const edge *ed = in ? g->in : g->out;
    for (uint32_t k = st[v]; k < st[v + 1]; k++) {
      const tmc_element *w = &ir->elements[ed[k].to];
      if (w->kind != TMC_KIND_DATA_STORE && w->kind != TMC_KIND_FEATURE_STORE)
        continue;
      if (label_says(g, w, list) || flow_says(g, &ir->flows[ed[k].flow], list))
        return true;
    }
  }
  return false;
}

/* Does e's head noun name software, not the device its other words name?
 * A head at the end of the name part that is no sensor, actuator or board
 * word and names a process ("service", "dashboard", "app"). */
static bool software_head(const tmc_lexicon *lx, const tmc_element *e) {
  tmc_kind k;
  tmc_tech t;
  const char *word = NULL;
  bool at_end = false;
  const char *name = tmc_element_name(e);
  if (!name || !tmc_lexicon_head(lx, name, &k, &t, &word, &at_end) || !at_end || !word)
    return false;
  return k == TMC_KIND_PROCESS && !tmc_lexicon_says(lx, TMC_WORDS_SENSORS, word) &&
         !tmc_lexicon_says(lx, TMC_WORDS_ACTUATORS, word) &&
         !tmc_lexicon_says(lx, TMC_WORDS_FIELD_DEVICES, word) &&
         !tmc_lexicon_says(lx, TMC_WORDS_DEVICE_BROKERS, word);
}

/* Devices in the physical world (ir/facts.def's device block, words.yaml's
 * device lists). A field device is embedded hardware: an IoT device, code
 * whose name says a board, controller or gateway in the field, a device whose
 * name says it senses or acts (only when nothing names it a web, cloud or
 * user's product: a "usage meter" service is no meter), or code that drives
 * an actuator; never a store, a model, a person or a broker. Of those, a
 * sensor captures the world (an IoT device counts unless its name says it
 * acts or is a controller) and an actuator acts on it. The flows: over a
 * local bus or radio to or from a device, through a debug port into one,
 * carrying firmware to one, and a service in another zone commanding one.
 * Local (each label and its flows, then each flow): linear. */
static void devices(tmc_ir *ir, const graph *g) {
  /* A boundary saying a person's device (the user's phone), or inside one. */
  bool *personal = tmc_xcalloc(ir->n_boundaries + 1, sizeof *personal);
  for (uint32_t b = 0; b < ir->n_boundaries; b++) {
    const char *l = ir->boundaries[b].label;
    personal[b] = l && tmc_lexicon_says(g->lx, TMC_WORDS_PERSONAL_DEVICES, l);
  }
  for (uint32_t v = 0; v < ir->n_elements; v++) {
    tmc_element *e = &ir->elements[v];
    tmc_element_facts *x = &e->facts;
    tmc_dfd dfd = tmc_kind_dfd(e->kind);
    bool held = label_says(g, e, TMC_WORDS_PERSONAL_DEVICES);
    for (uint32_t b = e->boundary; b != TMC_NONE && !held; b = ir->boundaries[b].parent)
      held = personal[b];
    bool thing = dfd != TMC_DFD_STORE && !tmc_kind_is_ai(e->kind) &&
                 (e->tech == TMC_TECH_NONE || e->tech == TMC_TECH_IOT_DEVICE);
    /* paths33: or a probe on a field radio or bus ("Row probes (Dragino
     * LoRaWAN)"; not a liveness probe) */
    bool senses = label_says(g, e, TMC_WORDS_SENSORS) ||
                  (label_says(g, e, TMC_WORDS_FIELD_PROBES) &&
                   label_says(g, e, TMC_WORDS_LOCAL_LINKS));
    bool acts = label_says(g, e, TMC_WORDS_ACTUATORS);
    bool board = label_says(g, e, TMC_WORDS_FIELD_DEVICES);
    /* Software about devices is no device: a process whose head noun is
     * a software word ("Pump status dashboard", "Camera upload service")
     * only names what it handles. */
    if ((senses || acts) && !board && e->kind != TMC_KIND_EXTERNAL &&
        e->tech != TMC_TECH_IOT_DEVICE && software_head(g->lx, e))
      senses = acts = false;
    /* find26: or the system's own metering head-end (head_ends words): the
     * fleet reports there as through a broker */
    x->device_broker = dfd == TMC_DFD_PROCESS || dfd == TMC_DFD_ENTITY
                           ? (label_says(g, e, TMC_WORDS_DEVICE_BROKERS) ||
                              (dfd == TMC_DFD_PROCESS && !e->third_party &&
                               label_says(g, e, TMC_WORDS_HEAD_ENDS))) &&
                                 !board
                           : false;
    x->field_device = thing && !held && !x->device_broker &&
                      (e->tech == TMC_TECH_IOT_DEVICE || board || senses || acts);
    x->actuator = x->field_device && acts;
    /* a phone's camera senses too, in its owner's hand */
    x->sensor = thing && !x->device_broker &&
                (senses || (e->tech == TMC_TECH_IOT_DEVICE && !acts && !board));
  }
  free(personal);
  /* paths30 (causes29 P1): the system's own code a field device publishes
   * to straight, over a device protocol (device_protocols words on the
   * flow or in its name: "tag reads (MQTT 1883)" into "Bin intake service
   * MQTT listener"), is the broker in the drawing: the devices' messages
   * land there, whoever sends them. Not code that hears them from a broker
   * drawn apart (its source is no field device), nor a model. */
  for (uint32_t i = 0; i < ir->n_flows; i++) {
    const tmc_flow *f = &ir->flows[i];
    tmc_element *t = &ir->elements[f->dst];
    const tmc_element *s = &ir->elements[f->src];
    if (f->src == f->dst || !s->facts.field_device || t->facts.device_broker ||
        tmc_kind_dfd(t->kind) != TMC_DFD_PROCESS || t->third_party ||
        tmc_kind_is_ai(t->kind) || t->facts.field_device)
      continue;
    if (flow_says(g, f, TMC_WORDS_DEVICE_PROTOCOLS) ||
        label_says(g, t, TMC_WORDS_DEVICE_PROTOCOLS))
      t->facts.device_broker = true;
  }
  /* ... and the code that drives an actuator (a door controller). */
  for (uint32_t v = 0; v < ir->n_elements; v++) {
    tmc_element *e = &ir->elements[v];
    bool drives = false;
    for (uint32_t k = g->out_start[v]; k < g->out_start[v + 1] && !drives; k++)
      drives = g->out[k].to != v && ir->elements[g->out[k].to].facts.actuator;
    /* outside17: ... or someone else's service that drives one (a lock
     * maker's cloud API that sends the lock its radio command): what the
     * system sends it moves the device all the same. Not a person, and not
     * a field device of the system's. */
    bool theirs = e->kind == TMC_KIND_EXTERNAL && !label_says(g, e, TMC_WORDS_PEOPLE);
    e->facts.drives_actuator =
        drives && !e->facts.actuator && !e->facts.device_broker &&
        (tmc_kind_dfd(e->kind) == TMC_DFD_PROCESS || theirs) &&
        !tmc_kind_is_ai(e->kind) &&
        (e->tech == TMC_TECH_NONE || e->tech == TMC_TECH_IOT_DEVICE);
    e->facts.field_device |= e->facts.drives_actuator && !theirs;
  }
  for (uint32_t i = 0; i < ir->n_flows; i++) {
    tmc_flow *f = &ir->flows[i];
    const tmc_element *s = &ir->elements[f->src], *t = &ir->elements[f->dst];
    bool near = s->facts.field_device || t->facts.field_device;
    f->facts.local_link = near && flow_says(g, f, TMC_WORDS_LOCAL_LINKS);
    f->facts.debug_port = t->facts.field_device && !s->facts.field_device &&
                          flow_says(g, f, TMC_WORDS_DEBUG_PORTS);
    /* ... its label says firmware, or it comes from where firmware is kept */
    f->facts.carries_firmware =
        t->facts.field_device &&
        (flow_says(g, f, TMC_WORDS_FIRMWARE) || label_says(g, s, TMC_WORDS_FIRMWARE));
    tmc_dfd sd = tmc_kind_dfd(s->kind);
    /* A firmware push or a hop over the local radio is no command of its
     * own, unless the flow says it orders the device too ("commands + OTA
     * jobs", "unlock via Zigbee hub"), or, over the local link, the code
     * sending it is no app on a person's phone or device: a cloud service
     * reaching the lock through the home's hub orders it as surely as over
     * the Internet. */
    bool orders = flow_says(g, f, TMC_WORDS_DEVICE_COMMANDS);
    bool client = TMC_TECHSET_HAS(tmc_lexicon_techs(g->lx, TMC_TECHS_CLIENTS), s->tech);
    f->facts.commands_device =
        t->facts.field_device && !s->facts.field_device && f->facts.crosses &&
        (sd == TMC_DFD_PROCESS || s->facts.device_broker) && !f->facts.debug_port &&
        (orders || !f->facts.carries_firmware) &&
        (orders || !f->facts.local_link || !client);
  }
}

/* The facts of ir/facts.def's technology block: what the diagram shows of
 * the precondition of each classic application threat. Words come from
 * catalogs/words.yaml; each fact is local (an element, its flows and their
 * other ends), so the whole is linear in the diagram. Runs after taint,
 * callers and sensitivity, which it reads. */
/* callees15: a model's API a vendor runs, by where it is drawn: a model
 * or LLM whose words name an interface ("voyage-code-3 (Voyage AI
 * embeddings API)"), drawn outside every boundary of a diagram that draws
 * its system inside boundaries, that only answers those who call it. The
 * system calls out to it; it is no model of the system's (its product's
 * name need not be in any list). */
static bool vendor_model_api(const tmc_ir *ir, const graph *g, uint32_t v) {
  const tmc_element *e = &ir->elements[v];
  if (!is_model(e->kind) || e->boundary != TMC_NONE || ir->n_boundaries == 0 ||
      !label_says(g, e, TMC_WORDS_API) || g->out_start[v + 1] == g->out_start[v])
    return false;
  for (uint32_t k = g->out_start[v]; k < g->out_start[v + 1]; k++)
    if (g->out[k].moves && g->out[k].to != v && !g->out[k].paired)
      return false;
  return true;
}

/* A model served by the system's own inference server (words.yaml
 * self_hosted_servers): "vLLM · OpenAI-compatible" names the API it
 * imitates, no vendor that runs it. */
static bool self_hosted_model(const graph *g, const tmc_element *e) {
  return is_model(e->kind) && label_says(g, e, TMC_WORDS_SELF_HOSTED);
}

/* b35b: a classic model a flow installs an update or a download into
 * (words.yaml model_distribution: "monthly model update" from the vendor's
 * portal into "Detection model / vendor NN file"): a copy the system runs
 * itself, whatever vendor its name says supplied it, no vendor's service
 * it calls (as reach.c's is_asset reads it). */
static bool installed_model(const tmc_ir *ir, const graph *g, uint32_t v) {
  if (ir->elements[v].kind != TMC_KIND_MODEL)
    return false;
  /* r37lark: or one its own name says is a file, by the file's format
   * ("Demand model (vendor LightGBM, ONNX)", "churn model.pkl"): a file is
   * loaded and run by whoever holds it; a vendor's service is never named
   * by the format of weights it keeps to itself */
  if (label_says(g, &ir->elements[v], TMC_WORDS_SAFE_MODEL_FORMATS) ||
      label_says(g, &ir->elements[v], TMC_WORDS_CODE_MODEL_FORMATS))
    return true;
  for (uint32_t k = g->in_start[v]; k < g->in_start[v + 1]; k++) {
    const tmc_flow *f = &ir->flows[g->in[k].flow];
    if (g->in[k].moves && g->in[k].to != v && !f->bidirectional &&
        flow_says(g, f, TMC_WORDS_MODEL_DISTRIBUTION))
      return true;
    /* r2vendor: ... or one called by code in its own boundary that loads
     * from a model registry (both in no boundary, or the same: "scorer.py unpickles
     * newest drop file" reading
     * "/srv/sftp/drop model.pkl", calling "Failure model (vendor GBM
     * pipeline)"): the code runs the file it loads, whoever made it */
    const tmc_element *c = &ir->elements[g->in[k].to];
    uint32_t p = g->in[k].to;
    if (!g->in[k].moves || p == v || tmc_kind_dfd(c->kind) != TMC_DFD_PROCESS ||
        c->boundary != ir->elements[v].boundary)
      continue;
    for (uint32_t j = g->in_start[p]; j < g->in_start[p + 1]; j++)
      if (g->in[j].moves && g->in[j].to != p &&
          ir->elements[g->in[j].to].kind == TMC_KIND_MODEL_REGISTRY &&
          !ir->elements[g->in[j].to].third_party)
        return true;
  }
  return false;
}

/* precision22 (F): does the library icon that decided e's kind name a
 * vendor's hosted AI service (words.yaml hosted_services: a box drawn with
 * the Rekognition, Comprehend or Cognitive Services icon and labelled by
 * its use, "Content moderation")? The icon is the product as surely as its
 * name on the label would be: AWS's or Azure's pretrained model, called,
 * not the system's own. Separators in the icon's name are read as spaces
 * ("mxgraph.aws4.comprehend_medical"). */
static bool icon_names_hosted(const tmc_lexicon *lx, const tmc_element *e) {
  if (e->kind_source != TMC_SOURCE_ICON || !e->kind_evidence)
    return false;
  char buf[160];
  size_t n = 0;
  for (; e->kind_evidence[n] && n + 1 < sizeof buf; n++)
    buf[n] = strchr("._/-;=", e->kind_evidence[n]) ? ' ' : e->kind_evidence[n];
  buf[n] = 0;
  return tmc_lexicon_says(lx, TMC_WORDS_HOSTED, buf) != NULL;
}

/* find33 (blind28 moelwyn): does a detail line of store e name a file of
 * keys by its extension (words.yaml key_file_exts: "/etc/flockvision.env
 * on the box" under a name in another language)? The kind is decided; the
 * file it names says what it keeps. A word is a path's last segment, its
 * extension the text after its last dot, said exactly. */
static bool detail_key_file(const tmc_lexicon *lx, const tmc_element *e) {
  const char *p = e->detail_lines;
  while (p && *p) {
    size_t n = strcspn(p, " \t\n,;+&|()\"'`<>[]");
    const char *dot = NULL;
    for (size_t i = 0; i < n; i++)
      if (p[i] == '.')
        dot = p + i;
      else if (p[i] == '/' || p[i] == '\\')
        dot = NULL;
    size_t ext = dot ? (size_t)(p + n - dot - 1) : 0;
    char buf[32];
    if (ext > 0 && ext < sizeof buf) {
      memcpy(buf, dot + 1, ext);
      buf[ext] = '\0';
      const char *w = tmc_lexicon_says(lx, TMC_WORDS_KEY_FILE_EXTS, buf);
      if (w && strlen(w) == ext)
        return true;
    }
    p += n;
    if (*p)
      p++;
  }
  return false;
}

static void app_tech(tmc_ir *ir, const graph *g) {
  const tmc_techset QUERY_DBS = tmc_lexicon_query_databases(g->lx); /* roles.yaml */
  for (uint32_t v = 0; v < ir->n_elements; v++) {
    tmc_element *e = &ir->elements[v];
    tmc_element_facts *x = &e->facts;
    tmc_dfd dfd = tmc_kind_dfd(e->kind);
    bool code = runs_code(g, e);
    bool from_entity = false, from_lower = false;
    /* The technologies of everything it exchanges flows with, by direction. */
    tmc_techset near[2] = {0, 0};
    for (int in = 0; in < 2; in++) {
      const uint32_t *st = in ? g->in_start : g->out_start;
      const edge *ed = in ? g->in : g->out;
      for (uint32_t k = st[v]; k < st[v + 1]; k++)
        if (ed[k].to != v)
          near[in] |= TMC_TECHSET(ir->elements[ed[k].to].tech);
    }
    x->inputs_from_tech = near[1] & ~TMC_TECHSET(TMC_TECH_NONE);
    x->outputs_to_tech = near[0] & ~TMC_TECHSET(TMC_TECH_NONE);
    x->talks_to_tech = x->inputs_from_tech | x->outputs_to_tech;
    x->app_code = code;
    for (uint32_t k = g->in_start[v]; k < g->in_start[v + 1]; k++) {
      uint32_t u = g->in[k].to;
      const tmc_element *ue = &ir->elements[u];
      if (u == v)
        continue;
      from_entity |= tmc_kind_dfd(ue->kind) == TMC_DFD_ENTITY;
      from_lower |=
          !is_store(ue) && tmc_ir_element_trust(ir, u) < tmc_ir_element_trust(ir, v);
    }
    x->from_lower_zone = from_lower;
    /* A web application: its name says so, or a browser calls it; someone
     * outside reaches it, or people use it directly. */
    x->browser_facing =
        e->kind == TMC_KIND_PROCESS && code &&
        (label_says(g, e, TMC_WORDS_WEB_APP) ||
         (from_entity && edges_say(ir, g, v, true, TMC_WORDS_WEB_APP, true))) &&
        (x->untrusted_callers || from_entity);
    bool session_flow = false;
    for (int in = 0; in < 2 && !session_flow; in++) {
      const uint32_t *st = in ? g->in_start : g->out_start;
      const edge *ed = in ? g->in : g->out;
      for (uint32_t k = st[v]; k < st[v + 1] && !session_flow; k++) {
        const tmc_flow *f = &ir->flows[ed[k].flow];
        const tmc_element *w = &ir->elements[ed[k].to];
        session_flow = flow_says(g, f, TMC_WORDS_SESSION) ||
                       has_class(f->data_canon, &f->data, "credentials") ||
                       (is_store(w) && label_says(g, w, TMC_WORDS_SESSION));
      }
    }
    /* Session evidence only: rules-app.yaml's condition says which elements
     * are web applications (these words, or their technology). */
    x->sessions = code && (label_says(g, e, TMC_WORDS_SESSION) || session_flow);
    /* A store of live sessions: its name or a data= name as written says
     * so (data=session_tokens is credentials once canonical). */
    bool says_sessions = label_says(g, e, TMC_WORDS_SESSION_STORE);
    for (uint32_t i = 0; i < e->data.n && !says_sessions; i++)
      says_sessions = tmc_lexicon_says(g->lx, TMC_WORDS_SESSION_STORE, e->data.v[i]);
    x->session_store = dfd == TMC_DFD_STORE && says_sessions;
    x->sql_sink = code && query_sink(ir, g, v, TMC_WORDS_SQL);
    x->nosql_sink = code && query_sink(ir, g, v, TMC_WORDS_NOSQL);
    /* ... or a flow it sends says so (ssh to a host, "run command"): it
     * builds the command lines another machine runs */
    x->runs_commands = code && (label_says(g, e, TMC_WORDS_SHELL) ||
                                edges_say(ir, g, v, false, TMC_WORDS_SHELL, false));
    /* A device configured with its broker's URL connects there; it fetches
     * no URL a caller picks. */
    x->fetches_urls = code && !x->field_device &&
                      (label_says(g, e, TMC_WORDS_URL_FETCH) ||
                       edges_say(ir, g, v, true, TMC_WORDS_URL_FETCH, false) ||
                       sends_urls(ir, g, v) || calls_open_web(ir, g, v));
    x->parses_xml =
        code && (says_xml(g, e) || xml_flows_in(ir, g, v) || xml_sender(ir, g, v));
    x->handles_files = dfd != TMC_DFD_ENTITY && e->kind != TMC_KIND_MODEL &&
                       e->kind != TMC_KIND_LLM &&
                       ((code && label_says(g, e, TMC_WORDS_FILES)) ||
                        callers_say(ir, g, v, TMC_WORDS_FILES));
    /* Objects read from a store whose name says pickle or joblib are
     * deserialised by the reader as much as ones sent over the wire. */
    bool store_says = false;
    for (uint32_t k = g->in_start[v]; k < g->in_start[v + 1] && !store_says; k++)
      store_says = is_store(&ir->elements[g->in[k].to]) &&
                   label_says(g, &ir->elements[g->in[k].to], TMC_WORDS_SERIALIZED);
    x->deserializes =
        dfd == TMC_DFD_PROCESS &&
        (label_says(g, e, TMC_WORDS_SERIALIZED) ||
         edges_say(ir, g, v, true, TMC_WORDS_SERIALIZED, false) || store_says);
    /* A vendor's service: something the system sends data to that a
     * vendor runs (not a person, not where models or packages come from). */
    bool receives = false;
    for (uint32_t k = g->in_start[v]; k < g->in_start[v + 1] && !receives; k++)
      receives = g->in[k].moves && g->in[k].to != v;
    x->vendor_service =
        receives && !TMC_ROLESET_HAS(e->roles, TMC_ROLE_ARTIFACT_SOURCE) &&
        !(dfd == TMC_DFD_ENTITY && label_says(g, e, TMC_WORDS_PEOPLE)) &&
        (e->third_party || e->tech == TMC_TECH_THIRD_PARTY_SAAS ||
         e->tech == TMC_TECH_LLM_API ||
         (label_says(g, e, TMC_WORDS_HOSTED) && !self_hosted_model(g, e) &&
          !installed_model(ir, g, v) &&
          !(dfd == TMC_DFD_PROCESS && label_says(g, e, TMC_WORDS_APPLIANCES))) ||
         (is_model(e->kind) && icon_names_hosted(g->lx, e)) ||
         (dfd == TMC_DFD_ENTITY && TMC_ROLESET_HAS(e->roles, TMC_ROLE_TOOL_EXECUTOR)) ||
         vendor_model_api(ir, g, v));
    /* ... or a tool whose name says someone else wrote it: an MCP server
     * from the community, an open-source connector, a plugin (unless its
     * name says it is the system's own) */
    x->packaged_code =
        e->kind != TMC_KIND_PIPELINE &&
        ((code && label_says(g, e, TMC_WORDS_ROLE_ARTIFACT_SOURCE)) ||
         (dfd == TMC_DFD_PROCESS && TMC_ROLESET_HAS(e->roles, TMC_ROLE_TOOL_EXECUTOR) &&
          label_says(g, e, TMC_WORDS_OUTSIDE_CODE) &&
          !label_says(g, e, TMC_WORDS_OWN_CODE)));
    /* b32d: ... and an agent's tool that is such a package itself (an MCP
     * server, a plugin, a connector), whoever wrote it: a package index
     * that feeds it hands over the tool, not packages it installs */
    x->packaged_tool =
        (e->kind == TMC_KIND_AGENT_TOOL ||
         (dfd == TMC_DFD_PROCESS && TMC_ROLESET_HAS(e->roles, TMC_ROLE_TOOL_EXECUTOR) &&
          !TMC_ROLESET_HAS(e->roles, TMC_ROLE_AGENT))) &&
        label_says(g, e, TMC_WORDS_TOOL_PACKAGES);
    /* d36c: ... and one that runs the code it is handed, no such package:
     * a package index feeding it supplies that code's packages */
    x->runs_handed_code = dfd == TMC_DFD_PROCESS && !is_model(e->kind) &&
                          x->runs_commands && !x->packaged_tool &&
                          TMC_ROLESET_HAS(e->roles, TMC_ROLE_TOOL_EXECUTOR) &&
                          !TMC_ROLESET_HAS(e->roles, TMC_ROLE_AGENT);
    /* paths21: a vault of documents ("M-Files vault") keeps no secrets */
    x->secrets_vault =
        dfd == TMC_DFD_STORE &&
        (e->tech == TMC_TECH_SECRETS_VAULT ||
         (label_says(g, e, TMC_WORDS_VAULT) && !tmc_flowgraph_record_vault(g, e)));
    /* Keys kept where whoever reads the store reads them too: configuration,
     * an environment, a directory of tool manifests (a secrets store by
     * its technology, ".env (API keys)", that no vaults word names). */
    x->plain_keys = dfd == TMC_DFD_STORE && !label_says(g, e, TMC_WORDS_VAULT) &&
                    (e->tech == TMC_TECH_SECRETS_VAULT ||
                     TMC_ROLESET_HAS(e->roles, TMC_ROLE_CREDENTIAL_HOLDER) ||
                     label_says(g, e, TMC_WORDS_CREDENTIAL) ||
                     /* find29: a keys file drawn as a plain store
                      * ("lyklar.env" underlined): its shape kept the
                      * kind, its name still says keys */
                     tmc_named_key_file(g->lx, e) || detail_key_file(g->lx, e));
    /* Anonymous: its name says nobody logs in, or every flow it sends says
     * authenticated=no. */
    bool all_unauth = g->out_start[v + 1] > g->out_start[v];
    for (uint32_t k = g->out_start[v]; k < g->out_start[v + 1]; k++)
      all_unauth &= ir->flows[g->out[k].flow].authenticated == TMC_TRI_NO;
    x->anonymous =
        dfd == TMC_DFD_ENTITY && (e->tech == TMC_TECH_INTERNET ||
                                  label_says(g, e, TMC_WORDS_ANONYMOUS) || all_unauth);
    /* Above its clearance: what it holds, or what any flow brings it (a
     * query carrying a token puts the token before the store too). */
    bool above = e->clearance != TMC_SENS_UNSET && x->data_sensitivity > e->clearance;
    for (uint32_t k = g->in_start[v]; k < g->in_start[v + 1] && !above; k++)
      above = e->clearance != TMC_SENS_UNSET &&
              ir->flows[g->in[k].flow].facts.data_sensitivity > e->clearance;
    x->above_clearance = above;
    x->access_scoped = is_store(e) && access_scoped(ir, g, v);
  }
  for (uint32_t i = 0; i < ir->n_flows; i++) {
    tmc_flow *f = &ir->flows[i];
    const char *tls = tmc_props_get(&f->props, "tls");
    f->facts.weak_tls =
        (f->protocol && tmc_lexicon_says(g->lx, TMC_WORDS_WEAK_TLS, f->protocol)) ||
        (tls && tmc_lexicon_says(g->lx, TMC_WORDS_WEAK_TLS, tls)) ||
        tmc_lexicon_says(g->lx, TMC_WORDS_WEAK_TLS, f->label);
    /* A flow's own clearance only: data above its target's is the target's
     * finding, once, not again on every flow into it. */
    f->facts.above_clearance =
        f->clearance != TMC_SENS_UNSET && f->facts.data_sensitivity > f->clearance;
    /* What the sender writes into this flow is run by the database as a
     * query (text-to-SQL: the query a model wrote). */
    const tmc_element *dst = &ir->elements[f->dst];
    /* a database by technology (roles.yaml query_databases: a warehouse
     * runs SQL too), by its query language or named one ("Warehouse
     * SALES, HR": words.yaml query_stores) */
    bool db = is_store(dst) &&
              (TMC_TECHSET_HAS(QUERY_DBS, dst->tech) ||
               label_says(g, dst, TMC_WORDS_SQL) || label_says(g, dst, TMC_WORDS_NOSQL) ||
               label_says(g, dst, TMC_WORDS_QUERY_STORES));
    /* precision16: ... or the sender is a query tool ("run_query", "SQL
     * runner") whose flow into the database says no write: what it sends
     * is the query, whatever the line says ("HTTPS :8443") */
    const tmc_element *src = &ir->elements[f->src];
    bool query_tool =
        TMC_ROLESET_HAS(src->roles, TMC_ROLE_TOOL_EXECUTOR) &&
        (label_says(g, src, TMC_WORDS_SQL) || label_says(g, src, TMC_WORDS_QUERY)) &&
        !flow_says(g, f, TMC_WORDS_WRITES);
    f->facts.queries_db =
        db && (flow_says(g, f, TMC_WORDS_SQL) || flow_says(g, f, TMC_WORDS_NOSQL) ||
               flow_says(g, f, TMC_WORDS_QUERY) || query_tool);
  }
}

/* The trust zone an element's innermost boundary belongs to (groupings
 * fence nothing): a boundary index, or n_boundaries + page outside every
 * zone of that page. */
static uint32_t zone_slot(const tmc_ir *ir, const tmc_element *e) {
  uint32_t b = e->boundary;
  while (b != TMC_NONE && ir->boundaries[b].grouping)
    b = ir->boundaries[b].parent;
  return b != TMC_NONE ? b : ir->n_boundaries + e->page;
}

/* ssrf_reachable: internal code a URL fetcher outsiders steer can call. The
 * fetcher's place on the network is the attacker's once it fetches what they
 * name, so a service in its zone that takes requests without authenticating
 * them (no flow into it says authenticated=yes or auth_named) answers the attacker; a
 * service outsiders call directly (exposed, taking requests straight from
 * them, an entry point) is the boundary's finding, not this one, and a
 * vendor's service is not on the fetcher's network. Two passes over the elements: linear.
 */
static void ssrf_zones(tmc_ir *ir, last_walks *lw) {
  uint32_t slots = ir->n_boundaries + ir->n_pages + 1;
  bool *steered = lw->steered_zone = tmc_xcalloc(slots, sizeof *steered);
  for (uint32_t v = 0; v < ir->n_elements; v++) {
    const tmc_element *e = &ir->elements[v];
    if (e->facts.fetches_urls && (e->facts.untrusted_callers || e->facts.tainted))
      steered[zone_slot(ir, e)] = true;
  }
}

/* ssrf_reachable of element v, from ssrf_zones' zones. */
static void ssrf_reachable(tmc_ir *ir, const graph *g, const last_walks *lw, uint32_t v) {
  tmc_element *e = &ir->elements[v];
  tmc_element_facts *x = &e->facts;
  /* ... and something calls it: a worker fed only from stores and queues
   * answers no request */
  bool open = g->in_start[v + 1] > g->in_start[v], called = false;
  for (uint32_t k = g->in_start[v]; k < g->in_start[v + 1] && open; k++) {
    open = !says_authenticated(&ir->flows[g->in[k].flow]);
    called |= !is_store(&ir->elements[g->in[k].to]);
  }
  open &= called;
  x->ssrf_reachable = open && e->kind == TMC_KIND_PROCESS && x->app_code &&
                      !x->fetches_urls && !x->exposed && !x->lower_trust_callers &&
                      !x->is_entry && !e->third_party && !x->vendor_service &&
                      lw->steered_zone[zone_slot(ir, e)];
}

/* model_output: text an LLM wrote reaches it. Forwards from every LLM along
 * every flow (a query a model wrote reaches its store too), through code, tools and
 * other models (their output is as influenced as their input), and through an agent
 * or prompt assembler however it was drawn (sets.yaml prompt_builders: an orchestrator
 * drawn as an entity still hands model output on to its tools), up to and including the
 * first store or other
 * entity: what a database or a person does with it later is theirs. A flow carries model
 * output when its source is an LLM or gets model output and passes it on (not a store or
 * entity). Each element is queued once. */
static void model_output(tmc_ir *ir, const graph *g) {
  const tmc_roleset PROMPTS = tmc_lexicon_roles(g->lx, TMC_ROLES_PROMPT_BUILDERS);
  uint32_t n = ir->n_elements, head = 0, tail = 0;
  uint32_t *bfs = tmc_xcalloc(n + 1, sizeof(uint32_t));
  bool *passes = tmc_xcalloc(n + 1, sizeof(bool));
  for (uint32_t v = 0; v < n; v++) {
    ir->elements[v].facts.model_output = false;
    if (ir->elements[v].kind == TMC_KIND_LLM) {
      passes[v] = true;
      bfs[tail++] = v;
    }
  }
  while (head < tail) {
    uint32_t v = bfs[head++];
    for (uint32_t k = g->out_start[v]; k < g->out_start[v + 1]; k++) {
      uint32_t w = g->out[k].to;
      tmc_element *we = &ir->elements[w];
      if (we->facts.model_output)
        continue; /* a query counts: a model-written query reaches the store */
      we->facts.model_output = true;
      if ((tmc_kind_dfd(we->kind) == TMC_DFD_PROCESS || (we->roles & PROMPTS)) &&
          !passes[w]) {
        passes[w] = true;
        bfs[tail++] = w;
      }
    }
  }
  for (uint32_t i = 0; i < ir->n_flows; i++) {
    tmc_flow *f = &ir->flows[i];
    f->facts.model_output = passes[f->src] || (f->bidirectional && passes[f->dst]);
  }
  free(passes);
  free(bfs);
}

/* llmrules13. model_queries: a database that runs a query a model wrote
 * (a flow into it is a query, queries_db, and carries model output:
 * text-to-SQL through the code driving the model). After model_output. */
static void model_queries(tmc_ir *ir) {
  for (uint32_t v = 0; v < ir->n_elements; v++)
    ir->elements[v].facts.model_queries = false;
  for (uint32_t i = 0; i < ir->n_flows; i++) {
    const tmc_flow *f = &ir->flows[i];
    if (f->facts.queries_db && f->facts.model_output)
      ir->elements[f->dst].facts.model_queries = true;
  }
}

/* llmrules13. renders_output also on a screen people work in (words.yaml
 * user_interfaces: "Screening UI", "Review dashboard") that code driving
 * an LLM hands what it produced: the screen renders model text for the
 * person, as a chat product does (TMC-LLM-006 on the flow into it). A
 * person (an entity, no third party's service) must send it something or
 * get something from it; code that talks to an LLM itself is the driver,
 * not its screen. After agent_memory, which sets renders_output. */
static void screens(tmc_ir *ir, const graph *g, uint32_t v) {
  const tmc_roleset DRIVERS = tmc_lexicon_llm_drivers(g->lx); /* roles.yaml */
  tmc_element *e = &ir->elements[v];
  if (e->kind != TMC_KIND_PROCESS || (e->roles & DRIVERS) || e->facts.renders_output ||
      !label_says(g, e, TMC_WORDS_USER_INTERFACES))
    return;
  bool driver = false, people = false, llm = false;
  for (int in = 0; in < 2; in++) {
    const uint32_t *st = in ? g->in_start : g->out_start;
    const edge *ed = in ? g->in : g->out;
    for (uint32_t k = st[v]; k < st[v + 1]; k++) {
      const tmc_element *w = &ir->elements[ed[k].to];
      if (ed[k].to == v)
        continue;
      llm |= tmc_kind_is(w->kind, TMC_KIND_LLM);
      driver |= in && ed[k].moves && (w->roles & DRIVERS) != 0;
      /* an entity of our own side stands for a person here: a partner's
       * system drawn without source=third_party also counts (review13) */
      people |= w->kind == TMC_KIND_EXTERNAL && !w->third_party;
    }
  }
  e->facts.renders_output = driver && people && !llm;
}

/* llmrules13. staff_console: a process whose name says a console staff
 * work in (words.yaml staff_consoles: an admin centre, an approvals or
 * review screen, a back office); sandboxed: code whose name says it runs
 * what it gets inside an isolation layer (words.yaml sandboxes: a sandbox,
 * a microVM, a notebook kernel). */
static void staff_consoles(tmc_ir *ir, const graph *g) {
  for (uint32_t v = 0; v < ir->n_elements; v++) {
    tmc_element *e = &ir->elements[v];
    e->facts.staff_console = tmc_kind_dfd(e->kind) == TMC_DFD_PROCESS &&
                             !tmc_kind_is_ai(e->kind) &&
                             label_says(g, e, TMC_WORDS_STAFF_CONSOLES);
    e->facts.sandboxed = tmc_kind_dfd(e->kind) == TMC_DFD_PROCESS &&
                         !tmc_kind_is(e->kind, TMC_KIND_MODEL) &&
                         label_says(g, e, TMC_WORDS_SANDBOXES);
  }
}

/* paths32. drops_text_off: an outside entity answered nothing whose every
 * flow out says it leaves text behind (words.yaml planted_text: an issue
 * opened, a column comment, a ticket filed). A red-teamer calls text
 * planted where the system later reads it indirect injection, text typed
 * into the system's own chat direct; a person who only drops text off and
 * never hears back did the former (goals.yaml). */
static void text_droppers(tmc_ir *ir, const graph *g) {
  for (uint32_t v = 0; v < ir->n_elements; v++) {
    tmc_element *e = &ir->elements[v];
    e->facts.drops_text_off = false;
    if (tmc_kind_dfd(e->kind) != TMC_DFD_ENTITY || g->in_start[v] != g->in_start[v + 1] ||
        g->out_start[v] == g->out_start[v + 1])
      continue;
    bool all = true;
    for (uint32_t k = g->out_start[v]; k < g->out_start[v + 1] && all; k++)
      all =
          tmc_flowgraph_flow_says(g, &ir->flows[g->out[k].flow], TMC_WORDS_PLANTED_TEXT);
    e->facts.drops_text_off = all;
  }
}

/* llmrules13. open_model_port: a model or LLM served by a self-hosted
 * inference server (words.yaml self_hosted_servers: vLLM, TGI, Ollama),
 * not a third party's, that something calls and that no flow into it says
 * authenticated=yes or names how its caller authenticates (auth_named): such servers
 * answer whoever reaches the port unless given a key. */
static void open_model_ports(tmc_ir *ir, const graph *g, uint32_t v) {
  tmc_element *e = &ir->elements[v];
  e->facts.open_model_port = false;
  if (!is_model(e->kind) || e->third_party || !self_hosted_model(g, e))
    return;
  bool called = false, keyed = false;
  for (uint32_t k = g->in_start[v]; k < g->in_start[v + 1]; k++) {
    const tmc_element *u = &ir->elements[g->in[k].to];
    if (g->in[k].to == v || is_store(u) || is_model(u->kind))
      continue;
    called = true;
    keyed |= says_authenticated(&ir->flows[g->in[k].flow]);
  }
  e->facts.open_model_port = called && !keyed;
}

/* llmrules13. tool_manifests: a store that tells code which tools an agent
 * has and how to call them (plugin manifests, MCP configs, tool
 * descriptions: words.yaml tool_manifests), by its own name or by a flow it
 * hands code ("tool descriptions"). What it says reaches the model as
 * trusted instructions. */
static void tool_manifests(tmc_ir *ir, const graph *g, uint32_t v) {
  tmc_element *e = &ir->elements[v];
  bool says = false, to_code = false;
  for (uint32_t k = g->out_start[v]; k < g->out_start[v + 1]; k++) {
    const tmc_element *w = &ir->elements[g->out[k].to];
    if (g->out[k].to == v || !g->out[k].moves ||
        tmc_kind_dfd(w->kind) != TMC_DFD_PROCESS || tmc_kind_is_ai(w->kind))
      continue;
    to_code = true;
    says |= flow_says(g, &ir->flows[g->out[k].flow], TMC_WORDS_TOOL_MANIFESTS);
  }
  e->facts.tool_manifests =
      is_store(e) && to_code && (says || label_says(g, e, TMC_WORDS_TOOL_MANIFESTS));
}

/* llmrules13. tool_writes: a flow that moves data (no query) from a tool
 * the model calls (a tool executor that is no agent or prompt builder) into
 * a data store that is no memory of the agent, no log, no key store and no
 * output sink (a repository, tickets: TMC-AGENT-016): the tool changes
 * records with the model's arguments. Only a tool that acts (tool_acts: not
 * one named read-only whose flows only read). After tool_actions. */
static void tool_writes(tmc_ir *ir, const graph *g) {
  const tmc_roleset DRIVERS =
      TMC_ROLESET(TMC_ROLE_AGENT) | TMC_ROLESET(TMC_ROLE_PROMPT_ASSEMBLER);
  const tmc_roleset SKIP = TMC_ROLESET(TMC_ROLE_OUTPUT_SINK) |
                           TMC_ROLESET(TMC_ROLE_TOOL_EXECUTOR) |
                           TMC_ROLESET(TMC_ROLE_CREDENTIAL_HOLDER);
  for (uint32_t i = 0; i < ir->n_flows; i++)
    ir->flows[i].facts.tool_writes = false;
  for (uint32_t v = 0; v < ir->n_elements; v++) {
    const tmc_element *e = &ir->elements[v];
    if (!TMC_ROLESET_HAS(e->roles, TMC_ROLE_TOOL_EXECUTOR) || (e->roles & DRIVERS) ||
        !e->facts.tool_acts)
      continue;
    for (uint32_t k = g->out_start[v]; k < g->out_start[v + 1]; k++) {
      const tmc_element *w = &ir->elements[g->out[k].to];
      /* a store a pipeline builds and ships from is TMC-AGENT-016's */
      if (g->out[k].to == v || !g->out[k].moves || w->kind != TMC_KIND_DATA_STORE ||
          (w->roles & SKIP) || w->facts.agent_memory || w->facts.holds_logs ||
          w->facts.secrets_vault || w->facts.plain_keys ||
          TMC_TECHSET_HAS(w->facts.outputs_to_tech, TMC_TECH_CI_CD))
        continue;
      ir->flows[g->out[k].flow].facts.tool_writes = true;
    }
  }
}

/* A step that can hand a model on: code or an outside party (an app
 * store), not a model, a store, a registry or a trainer. */
static bool can_push(const tmc_element *e) {
  tmc_dfd d = tmc_kind_dfd(e->kind);
  return (d == TMC_DFD_PROCESS || d == TMC_DFD_ENTITY) && !is_model(e->kind) &&
         e->kind != TMC_KIND_MODEL_REGISTRY &&
         !TMC_ROLESET_HAS(e->roles, TMC_ROLE_TRAINER);
}

/* Model pushes (after the weights walk; bfs is its scratch, n + 1 long): a
 * step that takes a trainer's model, or a flow carrying weights, and passes
 * it on (an update service, a console, a build that bundles it into an app,
 * the app store that ships the app) carries weights on every flow into a
 * model that answers it nothing (a request gets an answer; a push does
 * not), or whose label says it ships a model (words.yaml model_updates:
 * "model push", "signed APK", "policy, model updates"); the target is such
 * a step in turn. Each element is queued once. */
static void pushes(tmc_ir *ir, const graph *g, uint32_t *bfs) {
  uint32_t n = ir->n_elements, head = 0, tail = 0;
  bool *seen = tmc_xcalloc(n + 1, sizeof(bool));
  for (uint32_t v = 0; v < n; v++) {
    const tmc_element *e = &ir->elements[v];
    if (!can_push(e))
      continue;
    for (uint32_t k = g->in_start[v]; k < g->in_start[v + 1] && !seen[v]; k++)
      seen[v] = g->in[k].moves && g->in[k].to != v &&
                (ir->flows[g->in[k].flow].facts.carries_weights ||
                 TMC_ROLESET_HAS(ir->elements[g->in[k].to].roles, TMC_ROLE_TRAINER));
    if (seen[v])
      bfs[tail++] = v;
  }
  while (head < tail) {
    uint32_t v = bfs[head++];
    for (uint32_t k = g->out_start[v]; k < g->out_start[v + 1]; k++) {
      uint32_t u = g->out[k].to;
      tmc_flow *f = &ir->flows[g->out[k].flow];
      const tmc_element *w = &ir->elements[u];
      if (!g->out[k].moves || u == v || w->facts.holds_logs ||
          !(tmc_flowgraph_flow_says(g, f, TMC_WORDS_MODEL_UPDATE) ||
            /* the model answers it nothing: no edge u -> v (the edge's
             * paired bit, not a scan of a hub model's out-edges) */
            (is_model(w->kind) && !g->out[k].paired)))
        continue;
      f->facts.carries_weights = true;
      if (!seen[u] && can_push(w)) {
        seen[u] = true;
        bfs[tail++] = u;
      }
    }
  }
  free(seen);
}

/* A source whose name says it publishes datasets or corpora and no model
 * (words.yaml dataset_sources, model_words: "Hugging Face Datasets"): what
 * it supplies is data others train on, not code or a pretrained model. */
static bool publishes_data(const graph *g, const tmc_element *e) {
  return label_says(g, e, TMC_WORDS_DATASET_SOURCES) &&
         !label_says(g, e, TMC_WORDS_MODEL_WORDS);
}

/* r37vardar: is entity e named by a store's head: someone else's database
 * ("ResFinder база (јавно Bitbucket складиште)", "CARD database", "NCBI
 * RefSeq archive"), no model word in its name? Drawn as the outside and fed
 * nothing, it publishes data others pull (a reference database). */
static bool names_outside_store(const graph *g, const tmc_element *e) {
  tmc_kind k;
  tmc_tech t;
  const char *w;
  bool at_end;
  return tmc_kind_dfd(e->kind) == TMC_DFD_ENTITY &&
         tmc_lexicon_head(g->lx, e->label, &k, &t, &w, &at_end) &&
         (k == TMC_KIND_DATA_STORE || k == TMC_KIND_DATASET) &&
         !label_says(g, e, TMC_WORDS_MODEL_WORDS);
}

/* A store that holds a dataset, not weights: drawn as a dataset, or named
 * by a dataset word (words.yaml dataset_sources), with no model word in
 * its name ("web-crawled parallel corpus", "toxic-comments dataset"). What
 * a hub or a registry writes into it is data (mlrules13). */
static bool holds_dataset(const graph *g, const tmc_element *e) {
  return is_store(e) && (e->kind == TMC_KIND_DATASET || publishes_data(g, e)) &&
         !label_says(g, e, TMC_WORDS_MODEL_WORDS);
}

/* An outsider named as a public model hub (words.yaml model_hubs), not as
 * one of its datasets. */
static bool model_hub(const graph *g, const tmc_element *e) {
  return tmc_kind_dfd(e->kind) == TMC_DFD_ENTITY &&
         label_says(g, e, TMC_WORDS_MODEL_HUBS) && !publishes_data(g, e);
}

/* find30 (causes29 F3): is AI near e: an AI kind or role (sets.yaml
 * ai_roles), or a model, an LLM or a model registry up- or downstream? A
 * packhouse whose intake service writes "bins, weights, grower code" into
 * its database has none: those weights are the fruit's. */
static bool ai_near(const graph *g, const tmc_element *e) {
  const tmc_kindset M = TMC_KINDSET(TMC_KIND_MODEL) | TMC_KINDSET(TMC_KIND_LLM) |
                        TMC_KINDSET(TMC_KIND_MODEL_REGISTRY);
  return tmc_kind_is_ai(e->kind) ||
         (e->roles & tmc_lexicon_roles(g->lx, TMC_ROLES_AI_ROLES)) ||
         ((e->facts.upstream | e->facts.downstream) & M);
}

/* Does text say a model_files word beyond the bare ones (words.yaml
 * bare_model_files: "weights", "checkpoints"), or a model word beyond them
 * ("YOLO weights" no, "model checkpoints" yes)? */
static bool says_model_files_beyond(const graph *g, const char *text) {
  return text && (tmc_lexicon_says_beyond(g->lx, TMC_WORDS_MODEL_FILES,
                                          TMC_WORDS_BARE_MODEL_FILES, text) ||
                  tmc_lexicon_says_beyond(g->lx, TMC_WORDS_MODEL_WORDS,
                                          TMC_WORDS_BARE_MODEL_FILES, text));
}

/* find30 (causes29 F3): does element e's name say it holds model files
 * (words.yaml model_files)? A name saying only bare words ("Scale
 * weights", "Checkpoint log") does when AI is near it. */
static bool names_model_files(const graph *g, const tmc_element *e) {
  return label_says(g, e, TMC_WORDS_MODEL_FILES) &&
         (says_model_files_beyond(g, e->label) || says_model_files_beyond(g, e->id) ||
          ai_near(g, e));
}

/* ... and does flow f's label (or protocol, or a data name) say it moves
 * model files? Bare words only when AI is near either end. */
static bool flow_names_model_files(const tmc_ir *ir, const graph *g, const tmc_flow *f) {
  if (!flow_says(g, f, TMC_WORDS_MODEL_FILES))
    return false;
  if (says_model_files_beyond(g, f->label) || says_model_files_beyond(g, f->protocol))
    return true;
  for (uint32_t i = 0; i < f->data.n; i++)
    if (says_model_files_beyond(g, f->data.v[i]))
      return true;
  return ai_near(g, &ir->elements[f->src]) || ai_near(g, &ir->elements[f->dst]);
}

static bool service_front(const graph *g, const tmc_element *e);

/* r2vp: is e a job named for fetching the model it puts in place ("Monthly
 * cron: fetch new model": a model update and a model word, no trainer)?
 * What an outside party nothing feeds sends it is a model (by its name
 * alone: supply_extras' fetcher also checks where it writes). Not the
 * model itself ("CXR model weights v3.2" says a model and "weights"). */
static bool model_fetcher_named(const graph *g, const tmc_element *e) {
  return tmc_kind_dfd(e->kind) == TMC_DFD_PROCESS && !is_model(e->kind) &&
         !TMC_ROLESET_HAS(e->roles, TMC_ROLE_TRAINER) &&
         label_says(g, e, TMC_WORDS_MODEL_UPDATE) &&
         label_says(g, e, TMC_WORDS_MODEL_WORDS);
}

/* g31a: is e an outside party (an entity, no person) whose label names the
 * model files it hands out beyond the bare words ("MeterVision portal\n
 * monthly model ZIP (ONNX + TFLite)", "vendor SFTP: model.onnx")? Fed by
 * the system or not (a vendor that retrains on what it is sent), it is a
 * source of models. r2vendor: so is one nothing of the system feeds whose
 * own moving flows carry model files in (a flow naming them: "base weights
 * (.pt) by SFTP"), or, a supplier or in the untrusted zone, puts what it
 * sends into a model registry (a folder of
 * downloaded .onnx files): where the weights come from, whatever its name. */
static bool ships_model_files(const tmc_ir *ir, const graph *g, uint32_t v) {
  const tmc_element *e = &ir->elements[v];
  if (tmc_kind_dfd(e->kind) != TMC_DFD_ENTITY || person(g, e))
    return false;
  if (tmc_lexicon_says_beyond(g->lx, TMC_WORDS_MODEL_FILES, TMC_WORDS_BARE_MODEL_FILES,
                              e->label))
    return true;
  /* (not the organisation's own people: a team or staff uploading a
   * build is an account holder, TMC-PATH-024) */
  if (people_head(g, e) || label_says(g, e, TMC_WORDS_STAFF_ROLES))
    return false;
  for (uint32_t k = g->in_start[v]; k < g->in_start[v + 1]; k++)
    if (g->in[k].moves && g->in[k].to != v)
      return false; /* fed: it may only relay what the system sends */
  /* (into a registry, named as a supplier or drawn in the untrusted zone:
   * a release manager setting a stage is no source) */
  bool outside = label_says(g, e, TMC_WORDS_SUPPLIER) || in_zone0(ir, v);
  /* r2vp: a portal, release page or update server (service_fronts)
   * nothing of the system feeds whose name says a model ("Oven maker
   * customer portal (model + wheel downloads)"): the vendor hands out the
   * model files that are copied onto the serving box */
  if (service_front(g, e) && label_says(g, e, TMC_WORDS_MODEL_WORDS))
    return true;
  for (uint32_t k = g->out_start[v]; k < g->out_start[v + 1]; k++) {
    if (!g->out[k].moves || g->out[k].to == v)
      continue;
    if ((ir->elements[g->out[k].to].kind == TMC_KIND_MODEL_REGISTRY && outside) ||
        flow_names_model_files(ir, g, &ir->flows[g->out[k].flow]) ||
        model_fetcher_named(g, &ir->elements[g->out[k].to]))
      return true;
  }
  return false;
}

/* model_artifacts: stores (not registries, which have their own rules)
 * that hold model weights: data=model_weights, a name that says model files
 * ("model.onnx bucket", "Model versions"), written by a trainer, or written
 * from such a store, store to store (the versions bucket feeding the OTA
 * bucket), or by a CI/CD step that took weights from one or from a model
 * registry (the image or bundle it builds carries the model).
 * loads_model_artifacts: an element such a store sends data to.
 * carries_weights (flows): the flow moves weights on from such a store, a
 * model registry of our own or such a CI/CD step. Each element is queued
 * once. */
static void model_artifacts(tmc_ir *ir, const graph *g) {
  uint32_t n = ir->n_elements, head = 0, tail = 0;
  uint32_t *bfs = tmc_xcalloc(n + 1, sizeof(uint32_t));
  bool *carrier = tmc_xcalloc(n + 1, sizeof(bool)); /* CI/CD holding weights */
  for (uint32_t v = 0; v < n; v++) {
    tmc_element *e = &ir->elements[v];
    e->facts.model_artifacts = e->facts.loads_model_artifacts = false;
    if (e->kind == TMC_KIND_MODEL_REGISTRY && !e->third_party) {
      bfs[tail++] = v; /* not itself flagged: registries have their own rules */
      continue;
    }
    if (!is_store(e) || e->kind == TMC_KIND_MODEL_REGISTRY)
      continue;
    bool art = tmc_canon_has(e->data_canon, &e->data, "model_weights") ||
               names_model_files(g, e);
    /* a log store a trainer writes holds its metrics, not its weights, and
     * a dataset it writes its features or splits; written by a trainer, or
     * by a public model hub outside (a mirror of its weights: words.yaml
     * model_hubs) */
    /* (mlkind18: nor a feature store a notebook writes its feature views
     * into: features, not weights) */
    for (uint32_t k = g->in_start[v];
         k < g->in_start[v + 1] && !art && !e->facts.holds_logs &&
         e->kind != TMC_KIND_DATASET && e->kind != TMC_KIND_FEATURE_STORE;
         k++)
      art = g->in[k].moves &&
            (TMC_ROLESET_HAS(ir->elements[g->in[k].to].roles, TMC_ROLE_TRAINER) ||
             model_hub(g, &ir->elements[g->in[k].to]));
    /* ... or a flow moving data in or out of it says model files (a
     * tracking server's "model files" into a bucket, a "model.pkl
     * download" out of it): the bucket's own name need not */
    for (int in = 0; in < 2 && !art && !e->facts.holds_logs; in++) {
      const uint32_t *st = in ? g->in_start : g->out_start;
      const edge *ed = in ? g->in : g->out;
      for (uint32_t k = st[v]; k < st[v + 1] && !art; k++)
        art = ed[k].moves && ed[k].to != v &&
              flow_names_model_files(ir, g, &ir->flows[ed[k].flow]);
    }
    if (art) {
      e->facts.model_artifacts = true;
      bfs[tail++] = v;
    }
  }
  while (head < tail) {
    uint32_t v = bfs[head++];
    const tmc_element *ve = &ir->elements[v];
    bool registry = ve->kind == TMC_KIND_MODEL_REGISTRY;
    for (uint32_t k = g->out_start[v]; k < g->out_start[v + 1]; k++) {
      uint32_t u = g->out[k].to;
      tmc_element *w = &ir->elements[u];
      /* A log store gets records about the weights (a build's output, a
       * registry's access events), never the weights. */
      if (!g->out[k].moves || u == v || w->facts.holds_logs)
        continue;
      if (ve->facts.model_artifacts)
        w->facts.loads_model_artifacts = true;
      if (is_store(w) && w->kind != TMC_KIND_MODEL_REGISTRY && !holds_dataset(g, w)) {
        if (!w->facts.model_artifacts) {
          w->facts.model_artifacts = true;
          bfs[tail++] = u;
        }
      } else if ((registry || ve->facts.model_artifacts) && !carrier[u] &&
                 w->tech == TMC_TECH_CI_CD && tmc_kind_dfd(w->kind) == TMC_DFD_PROCESS) {
        carrier[u] = true;
        bfs[tail++] = u;
      }
    }
  }
  for (uint32_t i = 0; i < ir->n_flows; i++)
    ir->flows[i].facts.carries_weights = false;
  for (uint32_t v = 0; v < n; v++) {
    const tmc_element *e = &ir->elements[v];
    if (!e->facts.model_artifacts && !carrier[v] &&
        !(e->kind == TMC_KIND_MODEL_REGISTRY && !e->third_party))
      continue;
    for (uint32_t k = g->out_start[v]; k < g->out_start[v + 1]; k++)
      if (g->out[k].moves && g->out[k].to != v &&
          !ir->elements[g->out[k].to].facts.holds_logs)
        ir->flows[g->out[k].flow].facts.carries_weights = true;
  }
  /* aiids33: a store (no log) pushing into a model that answers it
   * nothing, on a flow naming a model and an update ("model update", "new
   * weights"): an OTA bucket holding "firmware + wake-word model" ships
   * the weights, whatever its own name says. One pass over the stores'
   * out-edges (the answer is the edge's paired bit): linear. */
  for (uint32_t v = 0; v < n; v++) {
    const tmc_element *e = &ir->elements[v];
    if (!is_store(e) || e->facts.holds_logs || e->kind == TMC_KIND_DATASET)
      continue;
    for (uint32_t k = g->out_start[v]; k < g->out_start[v + 1]; k++) {
      tmc_flow *f = &ir->flows[g->out[k].flow];
      if (g->out[k].moves && g->out[k].to != v && !g->out[k].paired &&
          is_model(ir->elements[g->out[k].to].kind) &&
          flow_says(g, f, TMC_WORDS_MODEL_UPDATE) &&
          flow_says(g, f, TMC_WORDS_MODEL_WORDS))
        f->facts.carries_weights = true;
    }
  }
  pushes(ir, g, bfs);
  /* ships_model: of those, the ones that send the model out as an update
   * or a download (the flow or its source says so), out of the zone it was
   * in: a registry's "model update" to a model beside it is a deploy */
  for (uint32_t i = 0; i < ir->n_flows; i++) {
    tmc_flow *f = &ir->flows[i];
    /* models15: not into a more trusted zone than the one it left (a
     * registry's "rolling update" into the private cluster that serves it
     * is a deploy inward, not a model shipped out to its consumers) */
    f->facts.ships_model =
        f->facts.carries_weights && f->facts.crosses &&
        tmc_ir_element_trust(ir, f->dst) <= tmc_ir_element_trust(ir, f->src) &&
        (flow_says(g, f, TMC_WORDS_MODEL_DISTRIBUTION) ||
         label_says(g, &ir->elements[f->src], TMC_WORDS_MODEL_DISTRIBUTION));
  }
  free(carrier);
  free(bfs);
}

/* Training as a service: outsiders hand a job its code (a request saying
 * submitted_code words: "job spec + image", an API named "POST /jobs {image,
 * cmd}" that outsiders call), and the trainer that request reaches through
 * code and job queues only (the jobs API, a queue or stream, the scheduler,
 * never another store between) runs it
 * by design: runs_commands; the code that starts it with them: starts_jobs.
 * After app_tech (which sets runs_commands from
 * shell words) and the callers walk. Each element is queued once: linear. */
static void submitted_jobs(tmc_ir *ir, const graph *g) {
  uint32_t n = ir->n_elements, head = 0, tail = 0;
  uint32_t *bfs = tmc_xcalloc(n + 1, sizeof(uint32_t));
  bool *seen = tmc_xcalloc(n + 1, sizeof(bool));
  for (uint32_t v = 0; v < n; v++) {
    const tmc_element *e = &ir->elements[v];
    if (tmc_kind_dfd(e->kind) != TMC_DFD_PROCESS)
      continue;
    bool seed = false;
    /* sources16: not a public index or hub (PyPI's "pip install (training
     * image)"): it publishes packages and images the system pulls, which
     * the supply-chain facts read; nobody submits a job through it */
    for (uint32_t k = g->in_start[v]; k < g->in_start[v + 1] && !seed; k++)
      seed = g->in[k].moves &&
             tmc_kind_dfd(ir->elements[g->in[k].to].kind) == TMC_DFD_ENTITY &&
             !tmc_flowgraph_public_hub(g, &ir->elements[g->in[k].to]) &&
             flow_says(g, &ir->flows[g->in[k].flow], TMC_WORDS_SUBMITTED_CODE);
    if (seed)
      seen[v] = true, bfs[tail++] = v;
  }
  for (uint32_t v = 0; v < n; v++)
    ir->elements[v].facts.starts_jobs = false;
  const tmc_techset QUEUES = tmc_lexicon_techs(g->lx, TMC_TECHS_QUEUES); /* sets.yaml */
  while (head < tail) {
    uint32_t v = bfs[head++];
    tmc_element *e = &ir->elements[v];
    bool trainer = TMC_ROLESET_HAS(e->roles, TMC_ROLE_TRAINER);
    if (trainer)
      e->facts.runs_commands = true;
    for (uint32_t k = g->out_start[v]; k < g->out_start[v + 1]; k++) {
      uint32_t w = g->out[k].to;
      const tmc_element *we = &ir->elements[w];
      /* a job queue between the API and the workers carries the job on */
      bool jobq = is_store(we) && (QUEUES & TMC_TECHSET(we->tech)) && !is_store(e);
      if (!trainer && !is_store(e) && g->out[k].moves &&
          (TMC_ROLESET_HAS(we->roles, TMC_ROLE_TRAINER) ||
           (jobq && TMC_ROLESET_HAS(we->facts.downstream_roles, TMC_ROLE_TRAINER))))
        e->facts.starts_jobs = true;
      if (g->out[k].moves && !seen[w] &&
          (jobq || (tmc_kind_dfd(we->kind) == TMC_DFD_PROCESS && !is_store(we))))
        seen[w] = true, bfs[tail++] = w;
    }
  }
  /* takes_jobs: the code the walk passed that is no trainer and has one
   * downstream (the ingress and the API the jobs come in through) */
  for (uint32_t v = 0; v < n; v++) {
    tmc_element *e = &ir->elements[v];
    e->facts.takes_jobs = seen[v] && !is_store(e) &&
                          !TMC_ROLESET_HAS(e->roles, TMC_ROLE_TRAINER) &&
                          TMC_ROLESET_HAS(e->facts.downstream_roles, TMC_ROLE_TRAINER);
  }
  free(seen);
  free(bfs);
}

/* A classic model the system deploys from its own registry, or that its
 * own trainer writes, is the system's model wherever it runs: a managed
 * endpoint ("Vertex AI Endpoint", "SageMaker endpoint") names the vendor's
 * platform, not the vendor's model. vendor_service (app_tech, from the
 * hosted_services words) is taken back there, so the threats to the
 * system's own model (extraction, a stalled scorer) are asked. LLMs keep
 * it: a vendor's LLM a pipeline only calls is the vendor's. One pass over
 * each model's inbound flows: linear. */
static void own_models_on_platforms(tmc_ir *ir, const graph *g) {
  for (uint32_t v = 0; v < ir->n_elements; v++) {
    tmc_element *e = &ir->elements[v];
    if (e->kind != TMC_KIND_MODEL || e->third_party || !e->facts.vendor_service)
      continue;
    /* mlgen17: nor a vendor's generative model named by its family ("fal.ai
     * SDXL 1.0 + brand LoRA"): the registry hands it an adapter, the model
     * stays the vendor's, as an LLM does */
    if (label_says(g, e, TMC_WORDS_GENERATIVE_MODELS))
      continue;
    bool ours = false;
    for (uint32_t k = g->in_start[v]; k < g->in_start[v + 1] && !ours; k++) {
      const tmc_element *s = &ir->elements[g->in[k].to];
      ours = g->in[k].moves && g->in[k].to != v && !s->third_party &&
             (s->kind == TMC_KIND_MODEL_REGISTRY ||
              TMC_ROLESET_HAS(s->roles, TMC_ROLE_TRAINER));
      /* models15: a trainer the model answers asks it (a vendor's teacher
       * model labelling a distillation's samples): it wrote no model there */
      for (uint32_t j = g->out_start[v]; j < g->out_start[v + 1] && ours; j++)
        if (g->out[j].to == g->in[k].to && g->out[j].moves &&
            ir->elements[g->in[k].to].kind != TMC_KIND_MODEL_REGISTRY)
          ours = false;
    }
    if (ours)
      e->facts.vendor_service = false;
  }
}

static bool trains(const tmc_element *e);
static bool code_like(const tmc_element *e);

/* loads_model_file (mlrules13; after the roles pass, before hosted_models):
 * code, no trainer, that a model drawn as a file sends to: a classic model,
 * not third-party and not an inference API itself, that a trainer or a
 * model registry writes or whose name says model files, and that answers
 * nobody (everything it sends goes to code that sends it nothing: loaded,
 * not asked). One pass over each model's flows, each target's answer read
 * from the edge's paired bit (tmc_flowgraph_build): linear in the edges. */
static void model_files_loaded(tmc_ir *ir, const graph *g) {
  for (uint32_t v = 0; v < ir->n_elements; v++)
    ir->elements[v].facts.loads_model_file = false;
  for (uint32_t u = 0; u < ir->n_elements; u++) {
    const tmc_element *m = &ir->elements[u];
    /* b36d: ... or a folder of ours kept for models that names the file
     * it holds by a loader's format ("MinIO models/ modelo.pkl",
     * "/srv/models/\nfault_q4.joblib"): the model drawn as its file */
    bool folder = m->kind == TMC_KIND_MODEL_REGISTRY && !m->third_party &&
                  label_says(g, m, TMC_WORDS_CODE_MODEL_FORMATS);
    if ((m->kind != TMC_KIND_MODEL && !folder) || m->third_party ||
        m->facts.inference_api || TMC_ROLESET_HAS(m->roles, TMC_ROLE_TRAINER) ||
        TMC_ROLESET_HAS(m->roles, TMC_ROLE_SERVING_ENDPOINT))
      continue;
    bool made = folder || label_says(g, m, TMC_WORDS_MODEL_FILES);
    for (uint32_t k = g->in_start[u]; k < g->in_start[u + 1] && !made; k++) {
      const tmc_element *s = &ir->elements[g->in[k].to];
      made = g->in[k].moves && g->in[k].to != u &&
             (trains(s) || s->kind == TMC_KIND_MODEL_REGISTRY);
    }
    bool loaded = made;
    for (uint32_t k = g->out_start[u]; k < g->out_start[u + 1] && loaded; k++)
      loaded = g->out[k].to == u || !g->out[k].paired; /* paired: it answers u */
    /* rules24: a model drawn reading the data it scores (features from a
     * store, readings from code) runs where it is drawn: what it sends on
     * is its answers, not its weights (an hourly scorer sending alerts) */
    for (uint32_t k = g->in_start[u]; k < g->in_start[u + 1] && loaded; k++) {
      const tmc_element *s = &ir->elements[g->in[k].to];
      loaded = !g->in[k].moves || g->in[k].to == u || trains(s) ||
               s->kind == TMC_KIND_MODEL_REGISTRY || s->facts.model_artifacts ||
               tmc_kind_dfd(s->kind) == TMC_DFD_ENTITY;
    }
    for (uint32_t k = g->out_start[u]; k < g->out_start[u + 1] && loaded; k++) {
      tmc_element *w = &ir->elements[g->out[k].to];
      if (g->out[k].moves && g->out[k].to != u && code_like(w) && !is_model(w->kind) &&
          !trains(w) && !w->third_party)
        w->facts.loads_model_file = true;
    }
  }
}

/* precision20 (D). loads_safe_format: see facts.def. What brings v its
 * models: a moving flow from a model registry, a store of model artifacts,
 * a model (a file drawn beside its loader) or a trainer. A format named on
 * v, on such a flow or on its source decides: a code-free one (ONNX,
 * safetensors, "champion (LightGBM txt)") with no code-running one beside
 * it. One pass over each element's in-flows: linear. */
static void safe_model_loads(tmc_ir *ir, const graph *g) {
  for (uint32_t v = 0; v < ir->n_elements; v++) {
    tmc_element *e = &ir->elements[v];
    bool safe = label_says(g, e, TMC_WORDS_SAFE_MODEL_FORMATS),
         code = label_says(g, e, TMC_WORDS_CODE_MODEL_FORMATS), brought = false;
    for (uint32_t k = g->in_start[v]; k < g->in_start[v + 1] && !code; k++) {
      const tmc_element *s = &ir->elements[g->in[k].to];
      if (!g->in[k].moves || g->in[k].to == v ||
          !(s->kind == TMC_KIND_MODEL_REGISTRY || s->facts.model_artifacts ||
            is_model(s->kind) || trains(s)))
        continue;
      const tmc_flow *f = &ir->flows[g->in[k].flow];
      brought = true;
      safe = safe || flow_says(g, f, TMC_WORDS_SAFE_MODEL_FORMATS) ||
             label_says(g, s, TMC_WORDS_SAFE_MODEL_FORMATS);
      code = code || flow_says(g, f, TMC_WORDS_CODE_MODEL_FORMATS) ||
             label_says(g, s, TMC_WORDS_CODE_MODEL_FORMATS);
    }
    e->facts.loads_safe_format = brought && safe && !code;
  }
}

/* hosts_model (after model_artifacts, which marks the flows that carry
 * weights): a serving endpoint drawn as code that loads the weights it
 * serves (a flow carrying weights in, or one from a trainer), no trainer or
 * code driving an LLM itself, with no model or LLM drawn next to it, nor
 * behind the registry or store it loads from (a model drawn registering
 * itself in MLflow, which promotes to the endpoint): the model is not drawn
 * apart, the serving process stands for it. One pass over the flows marks
 * what a model writes to, then one over each element's flows (whether it
 * answers a model is the in-edge's paired bit, no scan): linear. */
static void hosted_models(tmc_ir *ir, const graph *g) {
  const tmc_roleset NOT = TMC_ROLESET(TMC_ROLE_TRAINER) | TMC_ROLESET(TMC_ROLE_AGENT) |
                          TMC_ROLESET(TMC_ROLE_PROMPT_ASSEMBLER) |
                          TMC_ROLESET(TMC_ROLE_TOOL_EXECUTOR);
  uint8_t *from_model = tmc_xcalloc(ir->n_elements + 1, 1);
  for (uint32_t f = 0; f < ir->n_flows; f++)
    if (is_model(ir->elements[ir->flows[f].src].kind))
      from_model[ir->flows[f].dst] = 1;
  for (uint32_t v = 0; v < ir->n_elements; v++) {
    tmc_element *e = &ir->elements[v];
    e->facts.hosts_model = false;
    if (tmc_kind_dfd(e->kind) != TMC_DFD_PROCESS || is_model(e->kind) ||
        !(TMC_ROLESET_HAS(e->roles, TMC_ROLE_SERVING_ENDPOINT) ||
          e->facts.loads_model_file) ||
        (e->roles & NOT) || e->third_party)
      continue;
    /* a model file it loads (loads_model_file) is its own model, drawn */
    bool loads = e->facts.loads_model_file, beside = false;
    for (uint32_t k = g->in_start[v]; k < g->in_start[v + 1]; k++) {
      const tmc_element *s = &ir->elements[g->in[k].to];
      beside |= (is_model(s->kind) && !(e->facts.loads_model_file && !g->in[k].paired)) ||
                (tmc_kind_dfd(s->kind) == TMC_DFD_STORE && from_model[g->in[k].to] &&
                 g->in[k].moves && ir->flows[g->in[k].flow].facts.carries_weights);
      loads |= g->in[k].moves && (ir->flows[g->in[k].flow].facts.carries_weights ||
                                  TMC_ROLESET_HAS(s->roles, TMC_ROLE_TRAINER));
    }
    for (uint32_t k = g->out_start[v]; k < g->out_start[v + 1] && !beside; k++)
      beside = is_model(ir->elements[g->out[k].to].kind);
    e->facts.hosts_model = loads && !beside;
    /* the model it serves is an asset, as a model drawn apart is (reach
     * decided before the roles were known; asset= as written stays) */
    if (e->facts.hosts_model && !e->facts.is_asset &&
        e->facts.asset_why.source != TMC_SOURCE_ATTRIBUTE) {
      e->facts.is_asset = true;
      e->facts.asset_why = (tmc_why){TMC_SOURCE_FLOWS, "serves a model it loads itself"};
    }
  }
  free(from_model);
}

/* scored_by_model (mlrules13; after hosted_models): backwards from each
 * classic model that no trainer plays and that is not third-party, and
 * from code serving its own (hosts_model), against moving flows, through
 * stores (not weights, registries or logs) and code (no trainer, model or
 * LLM): the stores met hold what the model scores when it decides. Each
 * element is queued once: linear. */
static void scored_by_models(tmc_ir *ir, const graph *g) {
  uint32_t n = ir->n_elements, head = 0, tail = 0;
  uint32_t *bfs = tmc_xcalloc(n + 1, sizeof(uint32_t));
  bool *pushed = tmc_xcalloc(n + 1, sizeof(bool));
  for (uint32_t v = 0; v < n; v++) {
    tmc_element *e = &ir->elements[v];
    e->facts.scored_by_model = e->facts.stores_for_model = false;
    if ((e->kind == TMC_KIND_MODEL || e->facts.hosts_model) && !trains(e) &&
        !e->third_party)
      bfs[tail++] = v, pushed[v] = true;
  }
  while (head < tail) {
    uint32_t v = bfs[head++];
    for (uint32_t k = g->in_start[v]; k < g->in_start[v + 1]; k++) {
      uint32_t u = g->in[k].to;
      tmc_element *w = &ir->elements[u];
      if (!g->in[k].moves || u == v || trains(w) || is_model(w->kind) || w->third_party)
        continue;
      /* aiids34: code writing into a store the model scores from */
      if (ir->elements[v].facts.scored_by_model && code_like(w) && !w->facts.hosts_model)
        w->facts.stores_for_model = true;
      if (pushed[u])
        continue;
      if (is_store(w)) {
        if (w->facts.model_artifacts || w->kind == TMC_KIND_MODEL_REGISTRY ||
            w->facts.holds_logs)
          continue;
        w->facts.scored_by_model = true;
      } else if (!code_like(w)) {
        continue;
      }
      bfs[tail++] = u, pushed[u] = true;
    }
  }
  free(bfs);
  free(pushed);
  /* aiids34: trained_to_serving: a model drawn as its file (no trainer, not
   * third-party), a model registry or a store of weights of our own that a
   * trainer writes into straight and that hands its weights straight to
   * code serving them (hosts_model), to a serving endpoint or to other code
   * of ours that writes no model on: each run's
   * model is what serves next, with no promotion step between. Each
   * element's edges once: linear. */
  bool *writes_models = tmc_xcalloc(n + 1, sizeof(bool));
  for (uint32_t v = 0; v < n; v++)
    for (uint32_t k = g->out_start[v]; k < g->out_start[v + 1] && !writes_models[v];
         k++) {
      const tmc_element *w = &ir->elements[g->out[k].to];
      writes_models[v] =
          g->out[k].moves && g->out[k].to != v &&
          (w->kind == TMC_KIND_MODEL || w->kind == TMC_KIND_MODEL_REGISTRY ||
           (is_store(w) && w->facts.model_artifacts));
    }
  for (uint32_t v = 0; v < n; v++) {
    tmc_element *e = &ir->elements[v];
    e->facts.trained_to_serving = false;
    bool holder = (e->kind == TMC_KIND_MODEL || e->kind == TMC_KIND_MODEL_REGISTRY ||
                   (is_store(e) && e->facts.model_artifacts)) &&
                  !trains(e) && !e->third_party;
    bool written = false, served = false;
    for (uint32_t k = g->in_start[v]; k < g->in_start[v + 1] && holder && !written; k++)
      written = g->in[k].moves && g->in[k].to != v &&
                trains(&ir->elements[g->in[k].to]) &&
                !ir->elements[g->in[k].to].third_party;
    for (uint32_t k = g->out_start[v]; k < g->out_start[v + 1] && written && !served;
         k++) {
      const tmc_element *w = &ir->elements[g->out[k].to];
      /* or the system's own code loading them that passes no model on (a
       * release step writing a registry is the step between) */
      served =
          g->out[k].moves && g->out[k].to != v && !trains(w) &&
          (w->facts.hosts_model || TMC_ROLESET_HAS(w->roles, TMC_ROLE_SERVING_ENDPOINT) ||
           (code_like(w) && !w->third_party && !writes_models[g->out[k].to]));
    }
    /* a registry keeps versions apart unless it (or a flow in or out)
     * says the newest takes the served one's place */
    if (served && e->kind == TMC_KIND_MODEL_REGISTRY) {
      bool latest = label_says(g, e, TMC_WORDS_SERVED_AS_LATEST);
      for (uint32_t k = g->in_start[v]; k < g->in_start[v + 1] && !latest; k++)
        latest = g->in[k].to != v &&
                 flow_says(g, &ir->flows[g->in[k].flow], TMC_WORDS_SERVED_AS_LATEST);
      for (uint32_t k = g->out_start[v]; k < g->out_start[v + 1] && !latest; k++)
        latest = g->out[k].to != v &&
                 flow_says(g, &ir->flows[g->out[k].flow], TMC_WORDS_SERVED_AS_LATEST);
      served = latest;
    }
    e->facts.trained_to_serving = served;
  }
  free(writes_models);
}

/* physical_input: a model, or code serving its own (hosts_model), that a
 * camera, sensor or scanner feeds through code and stores (words.yaml
 * sensors and captures, or an IoT device; not a model, which only passes on
 * its own output): whatever is put in front of the device (a sticker, a
 * doctored form, changed light) is its input, with no API to go through.
 * The walk stops at models, trainers and the stores of models (what a
 * trainer learns from a camera is poisoning, not evasion). Each element is
 * queued once: linear. */
static void physical_input(tmc_ir *ir, const graph *g) {
  uint32_t n = ir->n_elements, head = 0, tail = 0;
  uint32_t *bfs = tmc_xcalloc(n + 1, sizeof(uint32_t));
  bool *seen = tmc_xcalloc(n + 1, sizeof(bool));
  for (uint32_t v = 0; v < n; v++) {
    tmc_element *e = &ir->elements[v];
    e->facts.physical_input = false;
    if (tmc_kind_is_ai(e->kind) || TMC_ROLESET_HAS(e->roles, TMC_ROLE_TRAINER))
      continue;
    /* b34b: or a plant's controller in the field (a PLC, an RTU, a DCS:
     * field_devices that control_systems also name, whatever it also
     * drives): the tags it serves over OPC UA or Modbus are what its
     * sensors read of the burners, pumps and tanks */
    bool controller =
        e->facts.field_device && label_says(g, e, TMC_WORDS_CONTROL_SYSTEMS);
    if (e->facts.sensor || e->tech == TMC_TECH_IOT_DEVICE || controller ||
        label_says(g, e, TMC_WORDS_SENSORS) || label_says(g, e, TMC_WORDS_CAPTURES))
      seen[v] = true, bfs[tail++] = v;
  }
  while (head < tail) {
    uint32_t v = bfs[head++];
    for (uint32_t k = g->out_start[v]; k < g->out_start[v + 1]; k++) {
      uint32_t u = g->out[k].to;
      tmc_element *w = &ir->elements[u];
      if (!g->out[k].moves || seen[u])
        continue;
      seen[u] = true;
      if (w->kind == TMC_KIND_MODEL || w->facts.hosts_model) {
        w->facts.physical_input = !TMC_ROLESET_HAS(w->roles, TMC_ROLE_TRAINER);
        continue;
      }
      tmc_dfd dfd = tmc_kind_dfd(w->kind);
      if (tmc_kind_is_ai(w->kind) || TMC_ROLESET_HAS(w->roles, TMC_ROLE_TRAINER) ||
          w->facts.model_artifacts || (dfd != TMC_DFD_PROCESS && dfd != TMC_DFD_STORE))
        continue;
      bfs[tail++] = u;
    }
  }
  free(seen);
  free(bfs);
}

/* Is v a classic model's output: a model that is no LLM and no trainer, or
 * code serving its own (hosts_model)? */
static bool gives_verdicts(const tmc_element *e) {
  return !TMC_ROLESET_HAS(e->roles, TMC_ROLE_TRAINER) &&
         (e->kind == TMC_KIND_MODEL || (e->facts.hosts_model && e->kind != TMC_KIND_LLM));
}

/* model_verdict: a flow moving a classic model's verdicts into a store (a
 * scores table, a document system filed by the fields it read): from the
 * model, or from code it hands them to without being asked (the model sends
 * the code data and gets nothing back from it: a router after an OCR
 * engine), or from code that asks it and files its answer on a flow
 * saying a verdict (words.yaml verdict_words: "grade + volume per log").
 * Not into a log, a store of
 * model weights or a model registry. Local: linear (a mark per target). */
static void verdict_stores(tmc_ir *ir, const graph *g) {
  bool *sends_to = tmc_xcalloc(ir->n_elements + 1, sizeof(bool));
  for (uint32_t i = 0; i < ir->n_flows; i++)
    ir->flows[i].facts.model_verdict = false;
  /* serving_input: a store moving data straight into such a model */
  for (uint32_t v = 0; v < ir->n_elements; v++) {
    tmc_element *e = &ir->elements[v];
    e->facts.serving_input = false;
    for (uint32_t k = g->out_start[v]; k < g->out_start[v + 1] && is_store(e); k++)
      e->facts.serving_input |= g->out[k].moves && g->out[k].to != v &&
                                gives_verdicts(&ir->elements[g->out[k].to]);
  }
  for (uint32_t v = 0; v < ir->n_elements; v++) {
    const tmc_element *e = &ir->elements[v];
    bool relay = false, asks = false;
    if (!gives_verdicts(e)) {
      if (tmc_kind_dfd(e->kind) != TMC_DFD_PROCESS || tmc_kind_is_ai(e->kind) ||
          (e->roles & (TMC_ROLESET(TMC_ROLE_TRAINER) | TMC_ROLESET(TMC_ROLE_AGENT) |
                       TMC_ROLESET(TMC_ROLE_PROMPT_ASSEMBLER))))
        continue;
      /* v's own targets marked, so a model it answers is known in one look
       * (a scan of each model's out-edges would be quadratic in a hub's fan-out) */
      for (uint32_t k = g->out_start[v]; k < g->out_start[v + 1]; k++)
        sends_to[g->out[k].to] = true;
      for (uint32_t k = g->in_start[v]; k < g->in_start[v + 1] && !relay; k++) {
        uint32_t m = g->in[k].to;
        bool from_model = m != v && g->in[k].moves && gives_verdicts(&ir->elements[m]);
        relay = from_model && !sends_to[m];
        asks |= from_model && sends_to[m];
      }
      for (uint32_t k = g->out_start[v]; k < g->out_start[v + 1]; k++)
        sends_to[g->out[k].to] = false;
      if (!relay && !asks)
        continue;
    }
    for (uint32_t k = g->out_start[v]; k < g->out_start[v + 1]; k++) {
      const tmc_element *w = &ir->elements[g->out[k].to];
      /* find27: code that asks the model and files what it answered
       * ("grade + volume per log" after "grade A/B/C/R"): only the flows
       * saying a verdict are the model's, the rest is the code's own */
      if (!relay && !gives_verdicts(e) &&
          !flow_says(g, &ir->flows[g->out[k].flow], TMC_WORDS_VERDICT_WORDS))
        continue;
      if (g->out[k].moves && g->out[k].to != v && is_store(w) &&
          w->kind != TMC_KIND_MODEL_REGISTRY && !w->facts.holds_logs &&
          !w->facts.model_artifacts)
        ir->flows[g->out[k].flow].facts.model_verdict = true;
    }
  }
  free(sends_to);
}

/* ---- the supply chain ------------------------------------------------------ */

/* r2vendor: a service an organisation runs for others to fetch from or sign
 * in to (words.yaml service_fronts: a vendor's download portal, a maker's
 * customer portal, an update server) is no person, whatever people word its
 * name also says ("Oven maker customer portal"). */
static bool service_front(const graph *g, const tmc_element *e) {
  return tmc_kind_dfd(e->kind) == TMC_DFD_ENTITY &&
         label_says(g, e, TMC_WORDS_SERVICE_FRONTS);
}

/* A public model hub (words.yaml model_hubs) others publish models to is a
 * service, never a person, whatever people word its name also says
 * ("Hugging Face Hub public models"); so is a public package index or
 * image registry (public_sources, sources16: "Public package index
 * (PyPI)"). (Not every artifact source: "Marketplace sellers" are
 * people.) */
static bool published_to(const graph *g, const tmc_element *e) {
  return tmc_flowgraph_public_hub(g, e) || service_front(g, e);
}

/* A person or a device people hold: an entity whose technology (sets.yaml
 * clients) or name says so (a researcher launching a job is nobody's
 * supplier). */
static bool person(const graph *g, const tmc_element *e) {
  return tmc_kind_dfd(e->kind) == TMC_DFD_ENTITY && !published_to(g, e) &&
         (TMC_TECHSET_HAS(tmc_lexicon_techs(g->lx, TMC_TECHS_CLIENTS), e->tech) ||
          label_says(g, e, TMC_WORDS_PEOPLE));
}

/* Code that can run what it is handed: a process, pipeline or tool (a
 * model runtime loading a pickle runs it too), not an LLM. */
static bool code_like(const tmc_element *e) {
  return tmc_kind_dfd(e->kind) == TMC_DFD_PROCESS && e->kind != TMC_KIND_LLM;
}

/* AI code: a model, code playing an AI role (sets.yaml ai_roles), on a
 * training path, loading weights, or with a model, LLM or registry
 * downstream (supplied_egress is the AI supply chain's: a web shop's build
 * reaching the Internet is not). */
static bool ai_code(const graph *g, const tmc_element *e) {
  const tmc_roleset AI = tmc_lexicon_roles(g->lx, TMC_ROLES_AI_ROLES);
  return is_model(e->kind) || (e->roles & AI) || e->facts.training_path ||
         e->facts.loads_model_artifacts ||
         (e->facts.downstream & (TMC_KINDSET(TMC_KIND_MODEL) | TMC_KINDSET(TMC_KIND_LLM) |
                                 TMC_KINDSET(TMC_KIND_MODEL_REGISTRY)));
}

/* The agent's side (sets.yaml agent_side): where a tool's calls out are the
 * agent rules' (tool actions, exfiltration through tools), not a malicious
 * package's egress. */
static bool agent_side(const graph *g, const tmc_element *e) {
  return (e->roles & tmc_lexicon_roles(g->lx, TMC_ROLES_AGENT_SIDE)) != 0;
}

/* Does v have a moving flow out (in: into it) from (to) another element? */
static bool moves_any(const graph *g, uint32_t v, bool in) {
  const uint32_t *st = in ? g->in_start : g->out_start;
  const edge *ed = in ? g->in : g->out;
  for (uint32_t k = st[v]; k < st[v + 1]; k++)
    if (ed[k].moves && ed[k].to != v)
      return true;
  return false;
}

/* In the untrusted zone (a box that only groups, a team or a layer, is
 * part of the organisation, whatever its trust)? */
static bool in_zone0(const tmc_ir *ir, uint32_t v) {
  uint32_t b = ir->elements[v].boundary;
  return b != TMC_NONE && !ir->boundaries[b].grouping && tmc_ir_element_trust(ir, v) == 0;
}

/* Outside every box, on a page that draws zones (zoned, per page)? */
static bool beside_zones(const tmc_ir *ir, const bool *zoned, uint32_t v) {
  const tmc_element *e = &ir->elements[v];
  return e->boundary == TMC_NONE && e->page < ir->n_pages && zoned[e->page];
}

/* On a training path, what is a party of its own: an entity named as a
 * supplier ("Labelling contractor"), not staff or users, wherever drawn;
 * beside the zones (outside), a store nothing writes, in the untrusted
 * zone, named as the outside ("Public URL index") or as a supplier's
 * ("Acquirer SFTP chargeback files"), or code no person or
 * outside party sends requests to (web hosts, a vendor's service the
 * system sends batches to). */
static bool beyond(const graph *g, const tmc_element *e, bool fed, bool zone0,
                   bool outside) {
  /* g31b: ... or a vendor's service by name, that people fill in and the
   * system exports from ("KoboToolbox (field forms)" -> the labels CSV):
   * the vendor keeps what training reads */
  if (tmc_kind_dfd(e->kind) == TMC_DFD_ENTITY)
    return label_says(g, e, TMC_WORDS_SUPPLIER) ||
           label_says(g, e, TMC_WORDS_SAAS_VENDORS);
  if (!outside)
    return false;
  if (is_store(e))
    return !fed && (zone0 || label_says(g, e, TMC_WORDS_TRUST_UNTRUSTED) ||
                    label_says(g, e, TMC_WORDS_SUPPLIER));
  return !e->facts.people_callers;
}

/* An outside party: third-party, an outside source, or an entity in the
 * untrusted zone or beside the zones of a page that draws them (a
 * vendor's portal drawn outside). */
static bool outside_party(const tmc_ir *ir, const bool *zoned, uint32_t v) {
  const tmc_element *e = &ir->elements[v];
  return e->third_party || e->facts.outside_source ||
         (tmc_kind_dfd(e->kind) == TMC_DFD_ENTITY &&
          (in_zone0(ir, v) || beside_zones(ir, zoned, v)));
}

/* precision19 (D4): an outside party the system hands its own model or
 * build to (a flow from its code or stores carrying weights or shipping
 * the model: the release build's signed AAB to Google Play, a model file
 * pushed to a CDN, an MDM or an OTA service, our wheels on a package
 * index) only relays our release: what it hands back is ours, no vendor's
 * update. relay[v] for every such v: one pass over the flows. */
static bool *own_release_relays(const tmc_ir *ir, const graph *g, const bool *zoned) {
  bool *relay = tmc_xcalloc(ir->n_elements + 1, sizeof(bool));
  for (uint32_t v = 0; v < ir->n_elements; v++)
    for (uint32_t k = g->in_start[v]; k < g->in_start[v + 1] && !relay[v]; k++) {
      uint32_t u = g->in[k].to;
      const tmc_flow *f = &ir->flows[g->in[k].flow];
      relay[v] = g->in[k].moves && u != v && !outside_party(ir, zoned, u) &&
                 tmc_kind_dfd(ir->elements[u].kind) != TMC_DFD_ENTITY &&
                 (f->facts.carries_weights || f->facts.ships_model);
    }
  return relay;
}

/* vendor_update: a flow moving data into a classic model, or code serving
 * its own, that is no third party's, when the flow says an update or a
 * download (words.yaml model_distribution) and comes from an outside
 * party, or comes from a person or code that an outside party hands an
 * update to (an admin installing the vendor's quarterly ZIP over RDP).
 * Not from a party that only relays the system's own release (precision19).
 * After supply_chain (outside_source). Local: linear. */
static void vendor_updates(tmc_ir *ir, const graph *g) {
  bool *zoned = tmc_xcalloc(ir->n_pages + 1, sizeof(bool));
  for (uint32_t b = 0; b < ir->n_boundaries; b++)
    if (!ir->boundaries[b].grouping && ir->boundaries[b].page < ir->n_pages)
      zoned[ir->boundaries[b].page] = true;
  for (uint32_t i = 0; i < ir->n_flows; i++) {
    ir->flows[i].facts.vendor_update = false;
    /* paths19: what the flow itself says it carries */
    ir->flows[i].facts.ships_update =
        ir->flows[i].src != ir->flows[i].dst &&
        flow_says(g, &ir->flows[i], TMC_WORDS_MODEL_DISTRIBUTION);
  }
  bool *relay = own_release_relays(ir, g, zoned);
  for (uint32_t v = 0; v < ir->n_elements; v++) {
    const tmc_element *e = &ir->elements[v];
    /* what was handed an update from outside (its own flow in says so) */
    bool handed = false;
    for (uint32_t k = g->in_start[v]; k < g->in_start[v + 1] && !handed; k++)
      handed = g->in[k].moves && g->in[k].to != v && !relay[g->in[k].to] &&
               outside_party(ir, zoned, g->in[k].to) &&
               flow_says(g, &ir->flows[g->in[k].flow], TMC_WORDS_MODEL_DISTRIBUTION) &&
               !flow_says(g, &ir->flows[g->in[k].flow], TMC_WORDS_MAILED_DOCUMENTS);
    bool outside = outside_party(ir, zoned, v) && !relay[v];
    if (!handed && !outside)
      continue;
    for (uint32_t k = g->out_start[v]; k < g->out_start[v + 1]; k++) {
      uint32_t u = g->out[k].to;
      tmc_flow *f = &ir->flows[g->out[k].flow];
      const tmc_element *w = &ir->elements[u];
      if (!g->out[k].moves || u == v || w->third_party || !gives_verdicts(w))
        continue;
      /* fe25: a download of documents ("PDF download (new revisions)" of
       * a maker's manuals into an indexer that embeds them) moves content
       * the model reads, not a model or an engine (words.yaml
       * mailed_documents: pdf, documents, reports); nor is what it was
       * handed so (handed, above) an update it installs. */
      if (!handed && flow_says(g, f, TMC_WORDS_MAILED_DOCUMENTS))
        continue;
      f->facts.vendor_update = handed || flow_says(g, f, TMC_WORDS_MODEL_DISTRIBUTION) ||
                               label_says(g, e, TMC_WORDS_MODEL_DISTRIBUTION);
    }
  }
  free(relay);
  free(zoned);
}

/* loads_code_weights (mlsupply15): a moving flow from h into code (a
 * process, pipeline or model of ours) when h holds weights from outside
 * (h is an outside party or model source, or something moved into h from a
 * model source, or from an outside party as an update, a download or a
 * pickled file) and the flow or h names a format whose loader runs code
 * (words.yaml code_model_formats: "torch.load(base)", "base weights (.pt)")
 * but no code-free one (safe_model_formats). The loading hop is where a
 * reviewer puts CWE-502: the holder only stores the file, the loader runs
 * it. After vendor_updates and model_sources. Local: linear in the edges. */
static void code_weight_loads(tmc_ir *ir, const graph *g) {
  bool *zoned = tmc_xcalloc(ir->n_pages + 1, sizeof(bool));
  for (uint32_t b = 0; b < ir->n_boundaries; b++)
    if (!ir->boundaries[b].grouping && ir->boundaries[b].page < ir->n_pages)
      zoned[ir->boundaries[b].page] = true;
  for (uint32_t i = 0; i < ir->n_flows; i++)
    ir->flows[i].facts.loads_code_weights = false;
  for (uint32_t v = 0; v < ir->n_elements; v++) {
    const tmc_element *h = &ir->elements[v];
    bool outside = h->facts.model_source || outside_party(ir, zoned, v);
    for (uint32_t k = g->in_start[v]; k < g->in_start[v + 1] && !outside; k++) {
      uint32_t u = g->in[k].to;
      const tmc_flow *f = &ir->flows[g->in[k].flow];
      if (!g->in[k].moves || u == v)
        continue;
      outside =
          ir->elements[u].facts.model_source ||
          (outside_party(ir, zoned, u) &&
           (f->facts.vendor_update || flow_says(g, f, TMC_WORDS_MODEL_DISTRIBUTION) ||
            flow_says(g, f, TMC_WORDS_CODE_MODEL_FORMATS)));
    }
    if (!outside || label_says(g, h, TMC_WORDS_SAFE_MODEL_FORMATS))
      continue;
    bool holder_says = label_says(g, h, TMC_WORDS_CODE_MODEL_FORMATS);
    for (uint32_t k = g->out_start[v]; k < g->out_start[v + 1]; k++) {
      uint32_t u = g->out[k].to;
      const tmc_element *c = &ir->elements[u];
      tmc_flow *f = &ir->flows[g->out[k].flow];
      if (!g->out[k].moves || u == v || c->third_party ||
          tmc_kind_dfd(c->kind) != TMC_DFD_PROCESS)
        continue;
      f->facts.loads_code_weights =
          (holder_says || flow_says(g, f, TMC_WORDS_CODE_MODEL_FORMATS)) &&
          !flow_says(g, f, TMC_WORDS_SAFE_MODEL_FORMATS);
    }
  }
  free(zoned);
  /* installs_packages: what it installs is named where it runs, the index
   * need not be drawn */
  for (uint32_t v = 0; v < ir->n_elements; v++) {
    tmc_element *e = &ir->elements[v];
    e->facts.installs_packages = false;
    if (tmc_kind_dfd(e->kind) != TMC_DFD_PROCESS || e->third_party ||
        !(e->facts.training_path || TMC_ROLESET_HAS(e->roles, TMC_ROLE_TRAINER)))
      continue;
    bool says = label_says(g, e, TMC_WORDS_PACKAGE_INSTALLS);
    bool locked = label_says(g, e, TMC_WORDS_PACKAGE_LOCKS);
    for (uint32_t k = g->in_start[v]; k < g->in_start[v + 1]; k++) {
      const tmc_flow *f = &ir->flows[g->in[k].flow];
      says |= flow_says(g, f, TMC_WORDS_PACKAGE_INSTALLS);
      locked |= flow_says(g, f, TMC_WORDS_PACKAGE_LOCKS);
    }
    e->facts.installs_packages = says && !locked;
  }
  /* mlkind18 (A3): shared_node, by the job's name or its boundary's */
  for (uint32_t v = 0; v < ir->n_elements; v++) {
    tmc_element *e = &ir->elements[v];
    e->facts.shared_node = false;
    if (tmc_kind_dfd(e->kind) != TMC_DFD_PROCESS || e->third_party ||
        !(e->kind == TMC_KIND_PIPELINE || TMC_ROLESET_HAS(e->roles, TMC_ROLE_TRAINER)))
      continue;
    e->facts.shared_node = label_says(g, e, TMC_WORDS_SHARED_NODES) ||
                           (e->boundary < ir->n_boundaries &&
                            tmc_lexicon_says(g->lx, TMC_WORDS_SHARED_NODES,
                                             ir->boundaries[e->boundary].label));
  }
}

/* The supply chain, after the roles pass and training_path:
 * outside_source: an element others take things from (a moving flow out)
 * that is no person and is third-party, an artifact source (the roles
 * pass), a source (nothing moves into it) whose name says a package index
 * or marketplace (words.yaml code_sources, artifact_sources: "PyPI" drawn
 * as a component) or, drawn as the outside, a public model hub (model_hubs:
 * "ModelScope", "TensorFlow Hub", "NGC catalog"), or, on a training path, sits outside
 * every trust zone of a page that draws zones (or in the untrusted one) and is no trainer
 * (a public dataset index, web hosts, a labelling vendor: beyond()), or
 * is an entity nothing feeds, on a training path, whose name says it
 * publishes a dataset or corpus (publishes_data), a people word in its
 * name notwithstanding;
 * code_source: such a source that supplies code: its name says a code
 * source, it declares packages or model weights, it is a model or model
 * registry not served through an API (an LLM API returns text, not
 * code) or a public model hub drawn as the outside (as a registry it
 * already is), or it feeds a tool executor;
 * outside_data_upstream: forwards from the other outside sources (data)
 * along every moving flow, up to the trainers and models (what a model
 * says afterwards is its output, not the data);
 * runs_outside_code: code a code source, or a store or step passing its
 * code on, sends to: a CI/CD step or an installer (no trainer, every
 * moving flow out into a store) passes it to what it builds or fills;
 * supplied_egress: a flow from such code, when it is AI code, into the outside (an
 * entity, the untrusted zone, outside every zone) or into a relay (DNS, a gateway, a
 * firewall) that sends there, and such a relay's flow there.
 * Two BFS and sweeps over the edges: linear. */
static void supply_chain(tmc_ir *ir, const graph *g) {
  uint32_t n = ir->n_elements, head = 0, tail = 0;
  uint32_t *bfs = tmc_xcalloc(n + 1, sizeof(uint32_t));
  bool *zoned = tmc_xcalloc(ir->n_pages + 1, sizeof(bool)); /* a page draws zones */
  bool *pushed = tmc_xcalloc(n + 1, sizeof(bool));
  for (uint32_t b = 0; b < ir->n_boundaries; b++)
    if (!ir->boundaries[b].grouping && ir->boundaries[b].page < ir->n_pages)
      zoned[ir->boundaries[b].page] = true;
  for (uint32_t v = 0; v < n; v++) {
    tmc_element *e = &ir->elements[v];
    tmc_element_facts *x = &e->facts;
    x->runs_outside_code = x->outside_data_upstream = false;
    bool zone0 = in_zone0(ir, v), outside = zone0 || beside_zones(ir, zoned, v);
    bool fed = moves_any(g, v, true);
    /* an entity nothing feeds that publishes a dataset or corpus training
     * takes in ("Public URL + caption index (web-scale dataset)"): a
     * source of data, even where a people word ("public") is in its name */
    bool published_set = tmc_kind_dfd(e->kind) == TMC_DFD_ENTITY && !fed &&
                         x->training_path &&
                         (publishes_data(g, e) || names_outside_store(g, e));
    x->outside_source =
        moves_any(g, v, false) &&
        (published_set ||
         (!person(g, e) &&
          (e->third_party || TMC_ROLESET_HAS(e->roles, TMC_ROLE_ARTIFACT_SOURCE) ||
           /* d37a: not a store of keys, whose words name what its keys
            * open (".env file (marketplace, Gemini keys)") */
           (!fed && e->tech != TMC_TECH_SECRETS_VAULT &&
            !label_says(g, e, TMC_WORDS_TRADE_MARKETPLACES) &&
            (label_says(g, e, TMC_WORDS_CODE_SOURCE) ||
             label_says(g, e, TMC_WORDS_ROLE_ARTIFACT_SOURCE) || model_hub(g, e))) ||
           ships_model_files(ir, g, v) ||
           (x->training_path && !trains(e) && beyond(g, e, fed, zone0, outside)))));
    /* a model hub's datasets ("Hugging Face Datasets") are data, not code */
    bool dataset_hub = publishes_data(g, e) && label_says(g, e, TMC_WORDS_MODEL_HUBS);
    x->code_source = x->outside_source && !dataset_hub &&
                     (label_says(g, e, TMC_WORDS_CODE_SOURCE) ||
                      tmc_canon_has(e->data_canon, &e->data, "packages") ||
                      tmc_canon_has(e->data_canon, &e->data, "model_weights") ||
                      ships_model_files(ir, g, v) || /* r2vendor: its flows carry them */
                      (e->kind == TMC_KIND_MODEL && !x->inference_api) ||
                      e->kind == TMC_KIND_MODEL_REGISTRY || model_hub(g, e) ||
                      TMC_ROLESET_HAS(x->outputs_to_roles, TMC_ROLE_TOOL_EXECUTOR));
  }
  /* outside data, forwards; a source of code or models (a hub) sends data
   * too, into the dataset it is pulled into ("datasets.load_dataset" into a
   * corpus): that dataset starts the walk (mlrules13) */
  for (uint32_t v = 0; v < n; v++)
    if (ir->elements[v].facts.outside_source && !ir->elements[v].facts.code_source)
      bfs[tail++] = v, pushed[v] = true;
  for (uint32_t v = 0; v < n; v++) {
    if (!ir->elements[v].facts.code_source)
      continue;
    for (uint32_t k = g->out_start[v]; k < g->out_start[v + 1]; k++) {
      uint32_t w = g->out[k].to;
      if (g->out[k].moves && w != v && !pushed[w] && holds_dataset(g, &ir->elements[w])) {
        ir->elements[w].facts.outside_data_upstream = true;
        bfs[tail++] = w, pushed[w] = true;
      }
    }
  }
  while (head < tail) {
    uint32_t v = bfs[head++];
    for (uint32_t k = g->out_start[v]; k < g->out_start[v + 1]; k++) {
      uint32_t w = g->out[k].to;
      if (!g->out[k].moves || w == v || ir->elements[w].facts.outside_data_upstream)
        continue;
      ir->elements[w].facts.outside_data_upstream = true;
      if (!pushed[w] && !trains(&ir->elements[w]) && !is_model(ir->elements[w].kind))
        bfs[tail++] = w, pushed[w] = true;
    }
  }
  /* outside code, forwards through stores, CI/CD and installers */
  head = tail = 0;
  memset(pushed, 0, (n + 1) * sizeof(bool));
  for (uint32_t v = 0; v < n; v++)
    if (ir->elements[v].facts.code_source)
      bfs[tail++] = v, pushed[v] = true;
  while (head < tail) {
    uint32_t v = bfs[head++];
    for (uint32_t k = g->out_start[v]; k < g->out_start[v + 1]; k++) {
      uint32_t w = g->out[k].to;
      tmc_element *we = &ir->elements[w];
      if (!g->out[k].moves || w == v || we->facts.holds_logs)
        continue;
      bool passes = is_store(we);
      if (code_like(we)) {
        we->facts.runs_outside_code = true;
        bool installer = !trains(we) && we->tech != TMC_TECH_DNS;
        bool any = false;
        for (uint32_t j = g->out_start[w]; j < g->out_start[w + 1] && installer; j++)
          if (g->out[j].moves && g->out[j].to != w)
            any = true, installer = is_store(&ir->elements[g->out[j].to]);
        passes = we->tech == TMC_TECH_CI_CD || (installer && any);
      }
      if (passes && !pushed[w])
        bfs[tail++] = w, pushed[w] = true;
    }
  }
  /* ways out */
  const tmc_techset RELAY = tmc_lexicon_techs(g->lx, TMC_TECHS_RELAYS); /* sets.yaml */
  memset(pushed, 0, (n + 1) * sizeof(bool)); /* now: outside the system */
  for (uint32_t v = 0; v < n; v++) {
    const tmc_element *e = &ir->elements[v];
    pushed[v] = tmc_kind_dfd(e->kind) == TMC_DFD_ENTITY || in_zone0(ir, v) ||
                beside_zones(ir, zoned, v);
  }
  for (uint32_t i = 0; i < ir->n_flows; i++) {
    tmc_flow *f = &ir->flows[i];
    const tmc_element *s = &ir->elements[f->src], *t = &ir->elements[f->dst];
    bool relay_t = code_like(t) && !pushed[f->dst] && (TMC_TECHSET(t->tech) & RELAY);
    bool out_t = false, from_code = false;
    for (uint32_t k = g->out_start[f->dst];
         k < g->out_start[f->dst + 1] && relay_t && !out_t; k++)
      out_t = g->out[k].moves && pushed[g->out[k].to];
    bool relay_s =
        code_like(s) && !s->facts.runs_outside_code && (TMC_TECHSET(s->tech) & RELAY);
    for (uint32_t k = g->in_start[f->src];
         k < g->in_start[f->src + 1] && relay_s && !from_code; k++)
      from_code = g->in[k].moves && ir->elements[g->in[k].to].facts.runs_outside_code &&
                  ai_code(g, &ir->elements[g->in[k].to]) &&
                  !agent_side(g, &ir->elements[g->in[k].to]);
    f->facts.supplied_egress =
        f->src != f->dst &&
        ((s->facts.runs_outside_code && ai_code(g, s) && !agent_side(g, s) &&
          !pushed[f->src] && (pushed[f->dst] || out_t)) ||
         (from_code && pushed[f->dst]));
  }
  free(bfs);
  free(zoned);
  free(pushed);
}

/* evaluation_gate, after model_artifacts (carries_weights): code that takes
 * a candidate's weights in on one flow and data that holds no weights on
 * another (the eval set, a proxy corpus), has a model downstream, and
 * hands what passes on only to code (a CDN, an update or deploy step): a
 * trainer reading a base model and data writes its own model into a store,
 * a registry or the model. (The roles pass may call a gate reading a
 * dataset a trainer.) One sweep over each element's flows: linear. */
static void evaluation_gates(tmc_ir *ir, const graph *g) {
  const tmc_kindset MODELS = TMC_KINDSET(TMC_KIND_MODEL) | TMC_KINDSET(TMC_KIND_LLM);
  for (uint32_t v = 0; v < ir->n_elements; v++) {
    tmc_element *e = &ir->elements[v];
    bool weights = false, data = false;
    e->facts.evaluation_gate = false;
    if (!code_like(e) || is_model(e->kind) || !(e->facts.downstream & MODELS))
      continue;
    bool writes = false;
    for (uint32_t k = g->out_start[v]; k < g->out_start[v + 1] && !writes; k++) {
      const tmc_element *w = &ir->elements[g->out[k].to];
      writes = g->out[k].moves && g->out[k].to != v && !w->facts.holds_logs &&
               (is_store(w) || !code_like(w) || is_model(w->kind));
    }
    if (writes)
      continue;
    for (uint32_t k = g->in_start[v]; k < g->in_start[v + 1]; k++) {
      const tmc_element *u = &ir->elements[g->in[k].to];
      if (!g->in[k].moves || g->in[k].to == v || u->facts.holds_logs)
        continue;
      if (ir->flows[g->in[k].flow].facts.carries_weights)
        weights = true;
      else if (is_store(u) && !u->facts.model_artifacts &&
               u->kind != TMC_KIND_MODEL_REGISTRY && !u->facts.secrets_vault)
        data = true;
    }
    e->facts.evaluation_gate = weights && data;
  }
}

/* trained_on_people, after on_device, deidentified and evaluation_gates:
 * from every store that feeds training and holds what people sent
 * (tainted) or de-identified personal data, to the trainers reading it,
 * then on from a trainer along every moving flow, and from anything else
 * only along flows carrying weights (or out of an evaluation gate, which
 * hands the model on to code): the models and the code serving one
 * (hosts_model) it reaches learnt from those records. Each element is
 * queued once: linear. */
static void trained_on_people(tmc_ir *ir, const graph *g) {
  uint32_t n = ir->n_elements, head = 0, tail = 0;
  uint32_t *bfs = tmc_xcalloc(n + 1, sizeof(uint32_t));
  bool *pushed = tmc_xcalloc(n + 1, sizeof(bool));
  bool *bundled = tmc_xcalloc(n + 1, sizeof(bool)); /* code the weights came to */
  bool *fed = tmc_xcalloc(n + 1, sizeof(bool));     /* reached through an aggregator */
  for (uint32_t v = 0; v < n; v++) {
    tmc_element *e = &ir->elements[v];
    e->facts.trained_on_people = e->facts.learnt_in_rounds = false;
    /* (chat transcripts a trainer reads are its data, logs or not) */
    if (is_store(e) && e->facts.feeds_training && !e->facts.model_artifacts &&
        (e->facts.tainted || e->facts.deidentified))
      bfs[tail++] = v, pushed[v] = true;
  }
  while (head < tail) {
    uint32_t v = bfs[head++];
    const tmc_element *ve = &ir->elements[v];
    bool seed = is_store(ve) && !ve->facts.model_artifacts &&
                ve->kind != TMC_KIND_MODEL_REGISTRY && !trains(ve);
    for (uint32_t k = g->out_start[v]; k < g->out_start[v + 1]; k++) {
      uint32_t u = g->out[k].to;
      tmc_element *w = &ir->elements[u];
      if (!g->out[k].moves || u == v || pushed[u] || w->facts.holds_logs)
        continue;
      /* ... and what a step holding the model pushes into a model that
       * answers it nothing (an update service's "model update"); and
       * (mlrules19, A1) the on-device model that an app the weights came
       * to in an update calls: the model was bundled into that app (a
       * keyboard's .tflite, a camera app's Core ML model), its requests
       * are no way back for them */
      bool go = seed ? trains(w)
                     : trains(ve) || ve->facts.evaluation_gate ||
                           ir->flows[g->out[k].flow].facts.carries_weights ||
                           (is_model(w->kind) && !g->out[k].paired) ||
                           (is_model(w->kind) && w->facts.on_device && bundled[v]);
      if (!go)
        continue;
      bool rounds = fed[v] || ve->facts.aggregates_updates;
      if ((is_model(w->kind) || w->facts.hosts_model) && !trains(w)) {
        w->facts.trained_on_people = true;
        w->facts.learnt_in_rounds |= rounds;
      }
      if (!is_model(w->kind) || trains(w)) { /* a training job drawn as a model */
        bfs[tail++] = u, pushed[u] = true;
        bundled[u] = !seed && ir->flows[g->out[k].flow].facts.carries_weights &&
                     !is_store(w) && !trains(w);
        fed[u] = rounds;
      }
    }
  }
  free(bfs);
  free(pushed);
  free(bundled);
  free(fed);
  /* completes_text: each model's name and flows out, once */
  for (uint32_t v = 0; v < n; v++) {
    tmc_element *e = &ir->elements[v];
    e->facts.completes_text =
        is_model(e->kind) && label_says(g, e, TMC_WORDS_COMPLETION_OUTPUTS);
    for (uint32_t k = g->out_start[v];
         k < g->out_start[v + 1] && is_model(e->kind) && !e->facts.completes_text; k++)
      e->facts.completes_text =
          g->out[k].moves && tmc_flowgraph_flow_says(g, &ir->flows[g->out[k].flow],
                                                     TMC_WORDS_COMPLETION_OUTPUTS);
  }
}

/* Outside sources of models, after supply_chain: model_source on an
 * outside source that publishes models (a third-party model or registry
 * not served through an API; a source whose name says a public model hub,
 * words.yaml model_hubs, or that declares model weights; an LLM or a
 * serving API answers requests, it publishes no weights);
 * takes_outside_models on the code its moving flows reach, directly or
 * through the stores and the unserved, untrained models (a mirrored copy)
 * the weights are put in: the job that fine-tunes or loads them, or a
 * served model of ours drawn as its own server. One BFS,
 * each element queued once: linear. */
static void model_sources(tmc_ir *ir, const graph *g) {
  uint32_t n = ir->n_elements, head = 0, tail = 0;
  uint32_t *bfs = tmc_xcalloc(n + 1, sizeof(uint32_t));
  bool *pushed = tmc_xcalloc(n + 1, sizeof(bool));
  for (uint32_t v = 0; v < n; v++) {
    tmc_element *e = &ir->elements[v];
    tmc_element_facts *x = &e->facts;
    bool served = e->kind == TMC_KIND_LLM || x->inference_api ||
                  label_says(g, e, TMC_WORDS_ROLE_SERVING_ENDPOINT);
    x->takes_outside_models = false;
    x->model_source =
        x->outside_source && !served &&
        (label_says(g, e, TMC_WORDS_MODEL_HUBS) || ships_model_files(ir, g, v) ||
         tmc_canon_has(e->data_canon, &e->data, "model_weights") ||
         (e->third_party &&
          (e->kind == TMC_KIND_MODEL || e->kind == TMC_KIND_MODEL_REGISTRY)));
    if (x->model_source)
      bfs[tail++] = v, pushed[v] = true;
  }
  while (head < tail) {
    uint32_t v = bfs[head++];
    for (uint32_t k = g->out_start[v]; k < g->out_start[v + 1]; k++) {
      uint32_t u = g->out[k].to;
      tmc_element *w = &ir->elements[u];
      if (!g->out[k].moves || u == v || w->facts.holds_logs || pushed[u])
        continue;
      /* rules21 (causes21 F6): a model of ours that is served, drawn as
       * the server that pulls the hub's files itself (vLLM, Ollama, TGI
       * serving a hub repository), loads them as code does, unless the
       * files are said to be code-free (safetensors) on the way */
      bool serves =
          is_model(w->kind) && !w->third_party && !w->facts.vendor_service &&
          (w->kind == TMC_KIND_LLM || w->facts.inference_api ||
           TMC_ROLESET_HAS(w->roles, TMC_ROLE_SERVING_ENDPOINT)) &&
          !label_says(g, &ir->elements[v], TMC_WORDS_SAFE_MODEL_FORMATS) &&
          !flow_says(g, &ir->flows[g->out[k].flow], TMC_WORDS_SAFE_MODEL_FORMATS);
      if (code_like(w) || serves)
        w->facts.takes_outside_models = true;
      bool mirror = w->kind == TMC_KIND_MODEL && !trains(w) && !w->facts.inference_api &&
                    !TMC_ROLESET_HAS(w->roles, TMC_ROLE_SERVING_ENDPOINT);
      if (is_store(w) || mirror)
        bfs[tail++] = u, pushed[u] = true;
    }
  }
  free(bfs);
  free(pushed);
}

/* r2person: is e an entity whose head noun (its kind's evidence, up to a
 * note in parentheses) is exactly a people_heads word ("Records clerk",
 * "Sales team"; not "Microsoft Teams", whose head is the product)? */
static bool people_head(const graph *g, const tmc_element *e) {
  if (e->kind_source != TMC_SOURCE_HEAD_NOUN || !e->kind_evidence)
    return false;
  char w[96];
  size_t n = strcspn(e->kind_evidence, "(");
  while (n && e->kind_evidence[n - 1] == ' ')
    n--;
  if (!n || n >= sizeof w)
    return false;
  memcpy(w, e->kind_evidence, n);
  w[n] = '\0';
  const char *said = tmc_lexicon_says(g->lx, TMC_WORDS_PEOPLE_HEADS, w);
  return said && strlen(said) == n;
}

/* public_person: an entity whose name says a public_people word and no
 * staff is meant (the people list is wider: employees, engineers); person:
 * an entity whose name says a people word (staff too, and their devices).
 * signup: code people send requests to (people_callers) whose name, or a
 * moving flow into it, says a signup word, and where an element sending it
 * requests also reaches a model or LLM downstream: the accounts an AI check
 * (a face match, a fraud score) vouches for. One sweep over the edges. */
static void accounts(tmc_ir *ir, const graph *g) {
  const tmc_kindset MODELS = TMC_KINDSET(TMC_KIND_MODEL) | TMC_KINDSET(TMC_KIND_LLM);
  for (uint32_t v = 0; v < ir->n_elements; v++) {
    tmc_element *e = &ir->elements[v];
    /* (a portal the public posts to stays the public's: r2vendor) */
    e->facts.public_person = tmc_kind_dfd(e->kind) == TMC_DFD_ENTITY && !e->third_party &&
                             !tmc_flowgraph_public_hub(g, e) &&
                             label_says(g, e, TMC_WORDS_PUBLIC_PEOPLE);
    /* r2person: or headed by a role, a job or a team (people_head),
     * whatever other words its name uses ("Records clerk", "Sales team") */
    e->facts.person = tmc_kind_dfd(e->kind) == TMC_DFD_ENTITY && !published_to(g, e) &&
                      (label_says(g, e, TMC_WORDS_PEOPLE) || people_head(g, e)) &&
                      !label_says(g, e, TMC_WORDS_SOURCES_IN);
    e->facts.publishes = tmc_kind_dfd(e->kind) == TMC_DFD_ENTITY && !e->facts.person &&
                         label_says(g, e, TMC_WORDS_SOURCES_IN);
    e->facts.signup = false;
    if (tmc_kind_dfd(e->kind) != TMC_DFD_PROCESS || !e->facts.people_callers)
      continue;
    bool said = label_says(g, e, TMC_WORDS_SIGNUP), ai = false;
    for (uint32_t k = g->in_start[v]; k < g->in_start[v + 1]; k++) {
      const tmc_element *u = &ir->elements[g->in[k].to];
      if (!g->in[k].moves || g->in[k].to == v)
        continue;
      said =
          said || tmc_flowgraph_flow_says(g, &ir->flows[g->in[k].flow], TMC_WORDS_SIGNUP);
      ai = ai || (u->facts.downstream & MODELS);
    }
    e->facts.signup = said && ai;
  }
}

/* precision16. internet_facing: requests from the internet can reach it,
 * the precondition of exploiting a public-facing application (AML.T0049).
 * Where the internet starts: an element drawn in the untrusted zone (trust
 * 0: "Internet", "Public"; a zone saying it has no internet is none, the
 * boundaries pass) or whose own name says so ("public API",
 * "internet-facing", not "no internet access"); an entity at trust 0 that
 * is the public (public_person), named the outside or anonymous ("External
 * user", "Internet", "anonymous visitor") or another organisation's people
 * (a partner's team, a tenant, a vendor: outside_people, suppliers); a public
 * endpoint (sets.yaml
 * public_endpoints: a web application, an API gateway, a CDN) an outsider
 * who is neither staff nor a third party calls straight. From there,
 * forwards through processes only, as untrusted_callers walks (a store
 * ends it). Staff reaching an internal platform (a data scientist's
 * notebook, a safety officer promoting a model) is no internet. After
 * accounts (public_person, person). One BFS: linear. */
static void internet_facing(tmc_ir *ir, const graph *g) {
  uint32_t n = ir->n_elements, head = 0, tail = 0;
  uint32_t *bfs = tmc_xcalloc(n + 1, sizeof(uint32_t));
  const tmc_techset FRONT = tmc_lexicon_techs(g->lx, TMC_TECHS_PUBLIC_ENDPOINTS);
  for (uint32_t v = 0; v < n; v++)
    ir->elements[v].facts.internet_facing = false;
  for (uint32_t v = 0; v < n; v++) {
    tmc_element *e = &ir->elements[v];
    bool entity = tmc_kind_dfd(e->kind) == TMC_DFD_ENTITY;
    bool named = !label_says(g, e, TMC_WORDS_CUT_OFF) &&
                 (label_says(g, e, TMC_WORDS_TRUST_UNTRUSTED) ||
                  label_says(g, e, TMC_WORDS_ANONYMOUS));
    /* a hub or index named public ("public base models") is where things
     * are downloaded from, not a front callers reach; nor does a package
     * index or model hub drawn outside send anyone requests: what comes
     * from it is fetched (supply chain rules, not AML.T0049) */
    bool seed = (in_zone0(ir, v) && !(entity && e->facts.outside_source)) ||
                (!entity && named && !e->third_party && !e->facts.outside_source);
    /* another organisation's people (a partner's team, a vendor's staff)
     * come in from outside the company's network, staff do not */
    if (entity && !seed)
      seed = !e->third_party && !e->facts.outside_source &&
             tmc_ir_element_trust(ir, v) == 0 &&
             (e->facts.public_person || named || label_says(g, e, TMC_WORDS_SUPPLIER) ||
              label_says(g, e, TMC_WORDS_OUTSIDE_PEOPLE));
    if (!seed && !entity && TMC_TECHSET_HAS(FRONT, e->tech))
      for (uint32_t k = g->in_start[v]; k < g->in_start[v + 1] && !seed; k++) {
        const tmc_element *u = &ir->elements[g->in[k].to];
        seed = g->in[k].moves && !g->in[k].back &&
               tmc_kind_dfd(u->kind) == TMC_DFD_ENTITY && !u->third_party &&
               tmc_ir_element_trust(ir, g->in[k].to) == 0 &&
               (u->facts.public_person || !u->facts.person);
      }
    if (!seed)
      continue;
    if (!entity)
      e->facts.internet_facing = true;
    bfs[tail++] = v;
  }
  while (head < tail) {
    uint32_t v = bfs[head++];
    for (uint32_t k = g->out_start[v]; k < g->out_start[v + 1]; k++) {
      uint32_t w = g->out[k].to;
      tmc_element *we = &ir->elements[w];
      if (w == v || we->facts.internet_facing ||
          tmc_kind_dfd(we->kind) == TMC_DFD_ENTITY ||
          (is_model(we->kind) && !is_request(ir, g, v, g->out[k].flow)))
        continue;
      we->facts.internet_facing = true;
      if (tmc_kind_dfd(we->kind) == TMC_DFD_PROCESS)
        bfs[tail++] = w;
    }
  }
  free(bfs);
}

/* precision16. queues_llm_calls: code that puts what its callers send into
 * a store that a worker driving an LLM takes each item from (the worker
 * plays prompt_assembler or agent and nothing but stores, models and tools
 * sends it data: it polls the store: a request tracker, an inbox table, a
 * job queue): each request is still an LLM call, with the store between.
 * Each edge is looked at a bounded number of times: linear. */
static void llm_work_queues(tmc_ir *ir, const graph *g) {
  uint32_t n = ir->n_elements;
  const tmc_roleset DRIVERS =
      TMC_ROLESET(TMC_ROLE_PROMPT_ASSEMBLER) | TMC_ROLESET(TMC_ROLE_AGENT);
  bool *worker = tmc_xcalloc(n + 1, sizeof(bool));
  bool *feeds = tmc_xcalloc(n + 1, sizeof(bool));
  for (uint32_t v = 0; v < n; v++) {
    const tmc_element *e = &ir->elements[v];
    if (!(e->roles & DRIVERS) || e->kind == TMC_KIND_LLM)
      continue;
    bool polls = true, fed = false;
    for (uint32_t k = g->in_start[v]; k < g->in_start[v + 1] && polls; k++) {
      const tmc_element *u = &ir->elements[g->in[k].to];
      if (!g->in[k].moves || g->in[k].to == v)
        continue;
      fed = fed || is_store(u);
      polls = is_store(u) || is_model(u->kind) ||
              TMC_ROLESET_HAS(u->roles, TMC_ROLE_TOOL_EXECUTOR);
    }
    worker[v] = polls && fed;
  }
  for (uint32_t v = 0; v < n; v++) {
    if (!is_store(&ir->elements[v]))
      continue;
    for (uint32_t k = g->out_start[v]; k < g->out_start[v + 1] && !feeds[v]; k++)
      feeds[v] = g->out[k].moves && worker[g->out[k].to];
  }
  for (uint32_t v = 0; v < n; v++) {
    tmc_element *e = &ir->elements[v];
    e->facts.queues_llm_calls = false;
    if (tmc_kind_dfd(e->kind) != TMC_DFD_PROCESS || is_model(e->kind))
      continue;
    for (uint32_t k = g->out_start[v]; k < g->out_start[v + 1]; k++)
      if (g->out[k].moves && g->out[k].to != v && feeds[g->out[k].to])
        e->facts.queues_llm_calls = true;
  }
  free(worker);
  free(feeds);
}

/* llmrules18 (causes18 A2). llm_work_front: the first code of the
 * system's own that outsiders' work reaches and that starts model calls,
 * however the work gets there: straight from outsiders (lower_trust_callers)
 * or out of a drop they write into themselves (a shared mailbox, an upload
 * bucket, an SFTP inbox: a store with lower_trust_callers); and it calls the
 * model's caller, queues work for it (queues_llm_calls), or hands each item
 * to code of ours that does (an upload handler behind the careers site that
 * drops CVs where the screening workflow picks them up). Not the caller
 * itself (its own calls are TMC-LLM-013). After llm_work_queues. One pass
 * over the flows and each element's edges: linear. */
static void llm_work_fronts(tmc_ir *ir, const graph *g) {
  uint32_t n = ir->n_elements;
  bool *caller = tmc_xcalloc(n + 1, sizeof *caller);
  for (uint32_t i = 0; i < ir->n_flows; i++) {
    const tmc_flow *f = &ir->flows[i];
    for (int dir = 0; dir < (f->bidirectional ? 2 : 1); dir++) {
      uint32_t s = dir ? f->dst : f->src, d = dir ? f->src : f->dst;
      const tmc_element *se = &ir->elements[s];
      if (ir->elements[d].kind == TMC_KIND_LLM && s != d && !is_model(se->kind) &&
          tmc_kind_dfd(se->kind) != TMC_DFD_ENTITY && !is_store(se))
        caller[s] = true;
    }
  }
  for (uint32_t v = 0; v < n; v++) {
    tmc_element *e = &ir->elements[v];
    e->facts.llm_work_front = false;
    /* an indexer filling a search index is no queue: people's questions,
     * not the documents, start the calls that read the index */
    if (tmc_kind_dfd(e->kind) != TMC_DFD_PROCESS || is_model(e->kind) || caller[v] ||
        e->facts.staff_console ||
        (e->facts.outputs_to & TMC_KINDSET(TMC_KIND_VECTOR_STORE)) ||
        TMC_ROLESET_HAS(e->facts.outputs_to_roles, TMC_ROLE_RETRIEVER))
      continue;
    bool outside = e->facts.lower_trust_callers;
    for (uint32_t k = g->in_start[v]; k < g->in_start[v + 1] && !outside; k++) {
      const tmc_element *u = &ir->elements[g->in[k].to];
      outside = g->in[k].moves && g->in[k].to != v && is_store(u) &&
                u->facts.lower_trust_callers;
    }
    bool feeds = e->facts.queues_llm_calls;
    for (uint32_t k = g->out_start[v]; k < g->out_start[v + 1] && outside && !feeds;
         k++) {
      uint32_t w = g->out[k].to;
      const tmc_element *we = &ir->elements[w];
      feeds = g->out[k].moves && w != v &&
              (caller[w] ||
               (tmc_kind_dfd(we->kind) == TMC_DFD_PROCESS && !is_model(we->kind) &&
                we->facts.queues_llm_calls && !we->facts.lower_trust_callers));
    }
    e->facts.llm_work_front = outside && feeds;
  }
  free(caller);
}

/* llmrules18 (causes18 A2). stores_model_judgement: code that got a
 * model's answer about outside content (model_output, tainted) writes it
 * into a store, and the flow says a judgement (words.yaml
 * model_judgements: a score, a rank, a verdict, a shortlist): the record
 * later decides something (who is interviewed, what is paid, what is
 * handled first), and what the model was shown could set it. g30d
 * (blind30 harrowfield): or the store's own name says it keeps one ("upsert
 * deal" into "CRM deals (summary, score, questions)"): what the flow is
 * called says how it is written, the store what it holds. */
static void model_judgements(tmc_ir *ir, const graph *g, uint32_t i) {
  tmc_flow *f = &ir->flows[i];
  const tmc_element *s = &ir->elements[f->src], *d = &ir->elements[f->dst];
  f->facts.stores_model_judgement =
      f->facts.model_output && f->facts.tainted && !f->bidirectional && is_store(d) &&
      tmc_kind_dfd(s->kind) == TMC_DFD_PROCESS && !is_model(s->kind) &&
      (flow_says(g, f, TMC_WORDS_MODEL_JUDGEMENTS) ||
       label_says(g, d, TMC_WORDS_MODEL_JUDGEMENTS));
}

/* llmrules18b. model_answer_back: model_output marks a two-way flow for
 * model text either way, but output handling needs to know which end gets
 * the answer. The target answers with model text when it is the LLM, or
 * code that passes model text on (a process or prompt builder with
 * model_output) and got it from a neighbour other than this flow's
 * source: an API gateway between a side panel and the copilot service,
 * not an auth service that only ever heard from the web app. Each
 * element keeps its first model-text neighbour and whether it has two:
 * linear in the edges. */
static void model_answers(tmc_ir *ir, const graph *g, last_walks *lw) {
  const tmc_roleset PROMPTS = tmc_lexicon_roles(g->lx, TMC_ROLES_PROMPT_BUILDERS);
  uint32_t n = ir->n_elements;
  uint32_t *first = lw->answer_first = tmc_xcalloc(n + 1, sizeof *first);
  bool *two = lw->answer_two = tmc_xcalloc(n + 1, sizeof *two);
  for (uint32_t v = 0; v < n; v++) {
    first[v] = TMC_NONE;
    for (uint32_t k = g->in_start[v]; k < g->in_start[v + 1] && !two[v]; k++) {
      uint32_t w = g->in[k].to;
      const tmc_element *we = &ir->elements[w];
      bool passes =
          we->kind == TMC_KIND_LLM ||
          (we->facts.model_output &&
           (tmc_kind_dfd(we->kind) == TMC_DFD_PROCESS || (we->roles & PROMPTS)));
      if (!g->in[k].moves || w == v || !passes || w == first[v])
        continue;
      if (first[v] == TMC_NONE)
        first[v] = w;
      else
        two[v] = true;
    }
  }
}

/* model_answer_back of flow i, from model_answers' neighbours. */
static void model_answer_back(tmc_ir *ir, const graph *g, const last_walks *lw,
                              uint32_t i) {
  const tmc_roleset PROMPTS = tmc_lexicon_roles(g->lx, TMC_ROLES_PROMPT_BUILDERS);
  const uint32_t *first = lw->answer_first;
  const bool *two = lw->answer_two;
  tmc_flow *f = &ir->flows[i];
  const tmc_element *d = &ir->elements[f->dst];
  bool hands_on =
      d->kind == TMC_KIND_LLM ||
      (d->facts.model_output &&
       (tmc_kind_dfd(d->kind) == TMC_DFD_PROCESS || (d->roles & PROMPTS)) &&
       (two[f->dst] || (first[f->dst] != TMC_NONE && first[f->dst] != f->src)));
  f->facts.model_answer_back = f->bidirectional && f->src != f->dst && hands_on;
}

/* llmrules18b. free_tier_people: outside people (an entity, not another
 * organisation's system) whose name says a free, trial or no-sign-up tier. */
static void free_tier_people(tmc_ir *ir, const graph *g, uint32_t v) {
  tmc_element *e = &ir->elements[v];
  e->facts.free_tier_people = tmc_kind_dfd(e->kind) == TMC_DFD_ENTITY &&
                              !is_model(e->kind) &&
                              label_says(g, e, TMC_WORDS_FREE_TIERS);
}

/* precision16. trains_llm: data that trains or fine-tunes an LLM the
 * organisation controls, the precondition of poisoning it (LLM04): the
 * same walk as feeds_training (back from the trainers through processes,
 * a store ends it), from the trainers only whose output is an LLM, or a
 * model store or registry an LLM loads from (one hop). A speech model's
 * training logs, with a vendor's LLM called somewhere downstream of the
 * app that ships the speech model, train no LLM. One BFS: linear. */
static void llm_training(tmc_ir *ir, const graph *g) {
  uint32_t n = ir->n_elements, tail = 0;
  uint32_t *bfs = tmc_xcalloc(n + 1, sizeof(uint32_t));
  /* loads[w]: does store w feed an LLM, asked once per store (0 not asked
   * yet, 1 no, 2 yes): a trainer's parallel flows into a busy store would
   * scan the store's out-edges once each */
  uint8_t *loads = tmc_xcalloc(n + 1, 1);
  for (uint32_t v = 0; v < n; v++) {
    const tmc_element *e = &ir->elements[v];
    if (!TMC_ROLESET_HAS(e->roles, TMC_ROLE_TRAINER))
      continue;
    bool llm = e->kind == TMC_KIND_LLM;
    for (uint32_t k = g->out_start[v]; k < g->out_start[v + 1] && !llm; k++) {
      uint32_t w = g->out[k].to;
      const tmc_element *we = &ir->elements[w];
      if (!g->out[k].moves || w == v)
        continue;
      llm = we->kind == TMC_KIND_LLM;
      if (llm || !is_store(we))
        continue;
      if (!loads[w]) {
        bool to_llm = false;
        for (uint32_t j = g->out_start[w]; j < g->out_start[w + 1] && !to_llm; j++)
          to_llm = g->out[j].moves && ir->elements[g->out[j].to].kind == TMC_KIND_LLM;
        loads[w] = to_llm ? 2 : 1;
      }
      llm = loads[w] == 2;
    }
    if (llm)
      bfs[tail++] = v;
  }
  free(loads);
  bool *trains = tmc_xcalloc(n + 1, sizeof(bool));
  upstream_through_code(g, bfs, tail, trains, ir);
  for (uint32_t v = 0; v < n; v++)
    ir->elements[v].facts.trains_llm = trains[v];
  free(trains);
  free(bfs);
}

/* precision16. sends_model_queries: code sending queries an LLM wrote into
 * a database (a flow out that is queries_db and carries model output: a
 * text-to-SQL tool); queries_billed: one of those databases bills per
 * query or scan (billed_per_use). After llm15_facts. Linear. */
static void query_senders(tmc_ir *ir) {
  for (uint32_t v = 0; v < ir->n_elements; v++)
    ir->elements[v].facts.sends_model_queries = ir->elements[v].facts.queries_billed =
        false;
  for (uint32_t i = 0; i < ir->n_flows; i++) {
    const tmc_flow *f = &ir->flows[i];
    if (!f->facts.queries_db || !f->facts.model_output || f->src == f->dst)
      continue;
    tmc_element *s = &ir->elements[f->src];
    s->facts.sends_model_queries = true;
    s->facts.queries_billed |= ir->elements[f->dst].facts.billed_per_use;
  }
}

/* biometric: a store whose name, or a flow moving data into it, says a
 * biometric word (words.yaml biometric). */
static void biometric(tmc_ir *ir, const graph *g, uint32_t v) {
  tmc_element *e = &ir->elements[v];
  bool said = is_store(e) && label_says(g, e, TMC_WORDS_BIOMETRIC);
  for (uint32_t k = g->in_start[v]; k < g->in_start[v + 1] && !said && is_store(e); k++)
    said = g->in[k].moves &&
           tmc_flowgraph_flow_says(g, &ir->flows[g->in[k].flow], TMC_WORDS_BIOMETRIC);
  e->facts.biometric = said;
}

/* deidentified: a store whose name, a flow moving data into it, or the
 * element writing it says a de-identification word (words.yaml
 * deidentify): personal data was there and a step tried to take it out. */
static void deidentified(tmc_ir *ir, const graph *g) {
  for (uint32_t v = 0; v < ir->n_elements; v++) {
    tmc_element *e = &ir->elements[v];
    bool said = is_store(e) && label_says(g, e, TMC_WORDS_DEIDENTIFY);
    for (uint32_t k = g->in_start[v]; k < g->in_start[v + 1] && !said && is_store(e); k++)
      said =
          g->in[k].moves &&
          (tmc_flowgraph_flow_says(g, &ir->flows[g->in[k].flow], TMC_WORDS_DEIDENTIFY) ||
           label_says(g, &ir->elements[g->in[k].to], TMC_WORDS_DEIDENTIFY));
    e->facts.deidentified = said;
  }
}

/* on_premises: something of the system's own (no vendor's service, not
 * third-party) whose name, or a zone around it, says it runs on the
 * organisation's premises (words.yaml on_premises): bought hardware, so a
 * flood overloads it but runs up no bill. Each boundary's label read once,
 * each element's chain of zones walked: linear in the nesting. */
static void on_premises(tmc_ir *ir, const graph *g) {
  bool *onprem = tmc_xcalloc(ir->n_boundaries + 1, sizeof *onprem);
  for (uint32_t b = 0; b < ir->n_boundaries; b++) {
    const char *l = ir->boundaries[b].label;
    onprem[b] = l && tmc_lexicon_says(g->lx, TMC_WORDS_ON_PREMISES, l);
  }
  for (uint32_t v = 0; v < ir->n_elements; v++) {
    tmc_element *e = &ir->elements[v];
    bool says = label_says(g, e, TMC_WORDS_ON_PREMISES);
    for (uint32_t b = e->boundary; b != TMC_NONE && !says; b = ir->boundaries[b].parent)
      says = onprem[b];
    e->facts.on_premises = says && !e->third_party && !e->facts.vendor_service;
  }
  free(onprem);
}

/* on_device: a model not served through an API that runs where users hold
 * it: its own name says an on-device format or runtime ("classifier.tflite",
 * "Core ML model"), it sits in a zone whose label says it is people's
 * devices ("User's phone", "Vehicle") and names no server side, it is built on or
 * exchanges flows with a mobile app or a device, or it sits in the untrusted zone or in a
 * zone holding a mobile app or device and its weights come from a store,
 * registry or trainer in a more trusted zone (an OTA push; a registry
 * feeding a DMZ server is no device). After app_tech and model_artifacts. */
/* Is boundary b named as users' devices ("User's phone", "Vehicle"; not
 * "Device management backend", a server side the internal or restricted
 * trust words name)? on_device; precision19's device-side queues. */
static bool named_device_zone(const tmc_ir *ir, const graph *g, uint32_t b) {
  const char *l = ir->boundaries[b].label;
  return l && tmc_lexicon_says(g->lx, TMC_WORDS_DEVICE_ZONE, l) &&
         !tmc_lexicon_says(g->lx, TMC_WORDS_TRUST_INTERNAL, l) &&
         !tmc_lexicon_says(g->lx, TMC_WORDS_TRUST_RESTRICTED, l);
}

static void on_device(tmc_ir *ir, const graph *g) {
  const tmc_techset DEVICES = tmc_lexicon_techs(g->lx, TMC_TECHS_DEVICES); /* sets.yaml */
  /* zones holding a mobile app or a device; zones named as devices */
  bool *dev_zone = tmc_xcalloc(ir->n_boundaries + 1, sizeof(bool));
  bool *named = tmc_xcalloc(ir->n_boundaries + 1, sizeof(bool));
  for (uint32_t v = 0; v < ir->n_elements; v++)
    if (ir->elements[v].boundary != TMC_NONE &&
        (TMC_TECHSET(ir->elements[v].tech) & DEVICES))
      dev_zone[ir->elements[v].boundary] = true;
  /* "User's phone", "Vehicle"; not "Device management backend", a server
   * side the internal or restricted trust words name */
  for (uint32_t b = 0; b < ir->n_boundaries; b++)
    named[b] = named_device_zone(ir, g, b);
  for (uint32_t v = 0; v < ir->n_elements; v++) {
    tmc_element *e = &ir->elements[v];
    e->facts.on_device = false;
    /* precision20 (D): nor a vendor's hosted model (a speech-to-text API,
     * a hosted LLM) the system only calls: it runs on the vendor's servers,
     * whatever zone it is drawn in, and no user holds its weights (a model
     * of ours tuned on the vendor's platform is no vendor_service) */
    if (!is_model(e->kind) || e->facts.inference_api || e->third_party ||
        e->facts.vendor_service)
      continue;
    bool dev = (TMC_TECHSET(e->tech) & DEVICES) ||
               label_says(g, e, TMC_WORDS_ON_DEVICE) ||
               downloads_model(ir, g, v) || /* models15 */
               (e->boundary != TMC_NONE && named[e->boundary]);
    /* a device it exchanges flows with; not a camera or sensor in the
     * field that only feeds it (a line camera: the model runs beside the
     * line, in nobody's hand), unless it is a person's (a phone's camera) */
    for (int in = 0; in < 2 && !dev && (e->facts.talks_to_tech & DEVICES); in++) {
      const uint32_t *st = in ? g->in_start : g->out_start;
      const edge *ed = in ? g->in : g->out;
      for (uint32_t k = st[v]; k < st[v + 1] && !dev; k++) {
        const tmc_element *w = &ir->elements[ed[k].to];
        if (ed[k].to == v || !(TMC_TECHSET(w->tech) & DEVICES))
          continue;
        bool field_sensor = (w->facts.sensor || label_says(g, w, TMC_WORDS_SENSORS)) &&
                            !label_says(g, w, TMC_WORDS_PERSONAL_DEVICES);
        dev = !(in && field_sensor);
      }
    }
    int trust = tmc_ir_element_trust(ir, v);
    bool device_side = trust == 0 || (e->boundary != TMC_NONE && dev_zone[e->boundary]);
    for (uint32_t k = g->in_start[v]; k < g->in_start[v + 1] && !dev && device_side;
         k++) {
      uint32_t u = g->in[k].to;
      const tmc_element *ue = &ir->elements[u];
      dev = g->in[k].moves &&
            (ue->kind == TMC_KIND_MODEL_REGISTRY || ue->facts.model_artifacts ||
             TMC_ROLESET_HAS(ue->roles, TMC_ROLE_TRAINER)) &&
            tmc_ir_element_trust(ir, u) > trust;
    }
    e->facts.on_device = dev;
  }
  free(dev_zone);
  free(named);
}

/* Where influence starts: a person or outside party (any entity, whatever
 * its zone: an insider's text can poison as well as an outsider's), a
 * third-party element, or an element marked entry=yes. */
static bool influences(const tmc_ir *ir, uint32_t v) {
  const tmc_element *e = &ir->elements[v];
  return e->facts.origin || e->third_party || tmc_kind_dfd(e->kind) == TMC_DFD_ENTITY;
}

/* influenced: forwards from every element where influence starts, along
 * every flow that moves data, through processes, stores, retrieval and
 * models alike (a model's output is as influenced as its most influenced
 * input). A flow is influenced when its source influences or is influenced.
 * Each element is queued once. */
static void influence(tmc_ir *ir, const graph *g) {
  uint32_t n = ir->n_elements, head = 0, tail = 0;
  uint32_t *bfs = tmc_xcalloc(n + 1, sizeof(uint32_t));
  for (uint32_t v = 0; v < n; v++)
    ir->elements[v].facts.influenced = false;
  for (uint32_t v = 0; v < n; v++)
    if (influences(ir, v))
      for (uint32_t k = g->out_start[v]; k < g->out_start[v + 1]; k++) {
        tmc_element *w = &ir->elements[g->out[k].to];
        if (g->out[k].moves && !w->facts.influenced) {
          w->facts.influenced = true;
          bfs[tail++] = g->out[k].to;
        }
      }
  while (head < tail) {
    uint32_t v = bfs[head++];
    for (uint32_t k = g->out_start[v]; k < g->out_start[v + 1]; k++) {
      tmc_element *w = &ir->elements[g->out[k].to];
      if (g->out[k].moves && !w->facts.influenced) {
        w->facts.influenced = true;
        bfs[tail++] = g->out[k].to;
      }
    }
  }
  for (uint32_t i = 0; i < ir->n_flows; i++) {
    tmc_flow *f = &ir->flows[i];
    f->facts.influenced =
        influences(ir, f->src) || ir->elements[f->src].facts.influenced ||
        (f->bidirectional &&
         (influences(ir, f->dst) || ir->elements[f->dst].facts.influenced));
  }
  free(bfs);
}

/* toolprec15: does the verb a tool's name leads with say what it can do?
 * The label's first word ("get" of "get_order_status", "getWeather()",
 * "Search docs") is one of list (words.yaml tool_read_verbs or
 * tool_send_verbs), and no later word names another action (a callable
 * verb outside list: "search_and_delete", "lookup + create_ticket") nor a
 * write ("get/set"). Words split at spaces, punctuation and camelCase. */
static bool name_verb_is(const graph *g, const tmc_element *e, tmc_word_list list) {
  const char *p = e->label;
  if (!p || label_says(g, e, TMC_WORDS_WRITES))
    return false;
  char tok[32];
  for (int i = 0; *p; i++) {
    while (*p && !isalnum((unsigned char)*p))
      p++;
    if (!*p)
      break;
    size_t n = 0;
    do {
      if (n + 1 < sizeof tok)
        tok[n++] = (char)tolower((unsigned char)*p);
      p++;
    } while (*p && isalnum((unsigned char)*p) &&
             !(isupper((unsigned char)*p) && islower((unsigned char)p[-1])));
    tok[n] = '\0';
    const char *w = tmc_lexicon_says(g->lx, list, tok);
    bool in = w && strcasecmp(w, tok) == 0;
    if (i == 0 && !in)
      return false;
    const char *v = tmc_lexicon_says(g->lx, TMC_WORDS_CALLABLE_VERBS, tok);
    if (i > 0 && !in && v && strcasecmp(v, tok) == 0)
      return false;
  }
  return true;
}

/* Does tool v only read? Leaving out the flows back to what drives it (a
 * model, an agent, code that calls it and is no store), it sends at least
 * one flow and each is a read: a query into a store (a query word:
 * "search", "lookup") or a flow saying read-only. A tool whose name says
 * read-only only reads too. Not one that runs the code or commands it is
 * given, whatever it draws, nor one whose actions are not drawn at all. */
/* precision16: does text name an account or role by the read-only suffix
 * DBAs give them ("askbi_ro", "reporting-ro", "APP_RO")? An identifier
 * (letters or digits before it) ending in "_ro" or "-ro". */
static bool ro_identifier(const char *text) {
  for (const char *p = text; p && *p; p++)
    if ((*p == '_' || *p == '-') && p > text && isalnum((unsigned char)p[-1]) &&
        tolower((unsigned char)p[1]) == 'r' && tolower((unsigned char)p[2]) == 'o' &&
        !isalnum((unsigned char)p[3]) && p[3] != '_' && p[3] != '-')
      return true;
  return false;
}

/* precision16: is every caller of tool v (code sending it data) one whose
 * name says it lets only reads through ("SQL guard (SELECT only)")? The
 * statements the tool runs are the ones that guard passed. */
static bool callers_read_only(const tmc_ir *ir, const graph *g, uint32_t v) {
  uint32_t callers = 0;
  for (uint32_t k = g->in_start[v]; k < g->in_start[v + 1]; k++) {
    const tmc_element *u = &ir->elements[g->in[k].to];
    if (!g->in[k].moves || g->in[k].to == v || is_store(u) || is_model(u->kind))
      continue;
    if (!label_says(g, u, TMC_WORDS_READ_ONLY))
      return false;
    callers++;
  }
  return callers > 0;
}

static bool only_reads(const tmc_ir *ir, const graph *g, uint32_t v) {
  const tmc_element *e = &ir->elements[v];
  if (e->facts.runs_commands)
    return false;
  if (label_says(g, e, TMC_WORDS_READ_ONLY) || ro_identifier(e->label) ||
      callers_read_only(ir, g, v))
    return true;
  /* toolprec15: a tool named for a lookup ("get_order_status") only
   * reads where its actions are not drawn, and its calls to a service
   * that say no write are lookups too; what it moves into a store is
   * still a write. Not one fetching the URLs it is given: the URL
   * carries out whatever the model puts in it. */
  bool named_reads =
      !e->facts.fetches_urls && name_verb_is(g, e, TMC_WORDS_TOOL_READ_VERBS);
  uint32_t reads = 0;
  for (uint32_t k = g->out_start[v]; k < g->out_start[v + 1]; k++) {
    uint32_t w = g->out[k].to;
    const tmc_element *we = &ir->elements[w];
    const tmc_flow *f = &ir->flows[g->out[k].flow];
    if (w == v || is_model(we->kind) || TMC_ROLESET_HAS(we->roles, TMC_ROLE_AGENT) ||
        TMC_ROLESET_HAS(we->roles, TMC_ROLE_PROMPT_ASSEMBLER))
      continue;
    /* a store is never the caller it answers: no scan for one (a tool
     * writing to many stores stays linear) */
    bool caller = false;
    for (uint32_t j = g->in_start[v]; j < g->in_start[v + 1] && !caller && !is_store(we);
         j++)
      caller = g->in[j].to == w;
    if (caller)
      continue;
    /* callees15: a two-way flow with a store saying a query and no write
     * ("query job" between a SQL tool and the warehouse) asks and gets rows
     * back: a read, as a one-way query is */
    bool asks = f->bidirectional && is_store(we) && flow_says(g, f, TMC_WORDS_QUERY) &&
                !flow_says(g, f, TMC_WORDS_WRITES);
    bool looks_up = named_reads && !is_store(we) && !flow_says(g, f, TMC_WORDS_WRITES);
    if (g->out[k].moves && !asks && !looks_up && !flow_says(g, f, TMC_WORDS_READ_ONLY))
      return false;
    reads++;
  }
  return reads > 0 || named_reads;
}

/* tool_acts: a tool executor an LLM drives that can change data or send it
 * out, the precondition of exfiltration and destruction through a tool
 * (AML.T0086, AML.T0101): every tool but one that only reads. An agent acts
 * through the tools it dispatches; one that dispatches none but plays the
 * tool executor itself acts as a tool would. */
static void tool_actions(tmc_ir *ir, const graph *g) {
  for (uint32_t v = 0; v < ir->n_elements; v++) {
    tmc_element *e = &ir->elements[v];
    e->facts.tool_acts = TMC_ROLESET_HAS(e->roles, TMC_ROLE_TOOL_EXECUTOR) &&
                         !TMC_ROLESET_HAS(e->roles, TMC_ROLE_AGENT) &&
                         !only_reads(ir, g, v);
  }
  for (uint32_t v = 0; v < ir->n_elements; v++) {
    tmc_element *e = &ir->elements[v];
    if (!TMC_ROLESET_HAS(e->roles, TMC_ROLE_AGENT))
      continue;
    bool dispatches = false, acts = false;
    for (uint32_t k = g->out_start[v]; k < g->out_start[v + 1]; k++) {
      const tmc_element *t = &ir->elements[g->out[k].to];
      if (g->out[k].to == v || !TMC_ROLESET_HAS(t->roles, TMC_ROLE_TOOL_EXECUTOR) ||
          TMC_ROLESET_HAS(t->roles, TMC_ROLE_AGENT))
        continue;
      dispatches = true;
      acts |= t->facts.tool_acts;
    }
    if (!dispatches)
      acts = TMC_ROLESET_HAS(e->roles, TMC_ROLE_TOOL_EXECUTOR) && !only_reads(ir, g, v);
    e->facts.tool_acts = acts;
  }
  /* callees15: of those, the tools that can change stored data: a flow
   * moving data into a store (not one saying read-only, not a two-way
   * query saying no write) or any flow saying a write word ("create /
   * delete events"). An agent dispatching such a tool changes data too. */
  /* Code or commands it runs can delete anything, and a tool whose
   * actions are not drawn (no flow but back to what drives it) may. */
  for (uint32_t v = 0; v < ir->n_elements; v++) {
    tmc_element *e = &ir->elements[v];
    /* precision19 (D6): code run in a sandbox (words.yaml sandboxes: a
     * gVisor pod, a microVM, a notebook kernel) deletes only what its
     * onward flows reach: where every one says read-only ("boto3, read
     * role", "read-only mount"), it destroys nothing. Elsewhere what it
     * runs can delete anything on its host. */
    bool sandboxed = e->facts.runs_commands && label_says(g, e, TMC_WORDS_SANDBOXES);
    bool changes = e->facts.runs_commands && !sandboxed, ro_all = true;
    uint32_t onward = 0;
    for (uint32_t k = g->out_start[v]; k < g->out_start[v + 1] && !changes; k++) {
      const tmc_flow *f = &ir->flows[g->out[k].flow];
      const tmc_element *we = &ir->elements[g->out[k].to];
      if (g->out[k].to == v || is_model(we->kind) ||
          TMC_ROLESET_HAS(we->roles, TMC_ROLE_AGENT) ||
          TMC_ROLESET_HAS(we->roles, TMC_ROLE_PROMPT_ASSEMBLER))
        continue;
      onward++;
      bool writes = flow_says(g, f, TMC_WORDS_WRITES);
      bool ro = flow_says(g, f, TMC_WORDS_READ_ONLY);
      ro_all = ro_all && ro;
      changes = writes || (g->out[k].moves && is_store(we) && !ro &&
                           !(f->bidirectional && flow_says(g, f, TMC_WORDS_QUERY)));
    }
    if (sandboxed && !changes && !(onward && ro_all))
      changes = true;
    /* toolprec15: one named for sending ("send_email", "notifyOnCall")
     * sends: undrawn, its actions change no stored record */
    /* kinds19 (K4): nor one named as a web search or extraction API
     * (words.yaml web_search: "Tavily search + extract API"): it answers
     * queries from the open web, its undrawn actions keep no record */
    e->facts.tool_changes_data =
        e->facts.tool_acts &&
        (changes || (!onward && !name_verb_is(g, e, TMC_WORDS_TOOL_SEND_VERBS) &&
                     !label_says(g, e, TMC_WORDS_WEB_SEARCH)));
    e->facts.tool_only_sends = e->facts.tool_acts && !changes &&
                               !TMC_ROLESET_HAS(e->roles, TMC_ROLE_AGENT) &&
                               name_verb_is(g, e, TMC_WORDS_TOOL_SEND_VERBS);
    /* llmkind18: one named for switching a thing ("isolate_host",
     * "block_ip", "restart_pod") sends which thing, no content: what it
     * calls learns an id, nothing the model could smuggle out */
    e->facts.tool_only_controls = e->facts.tool_acts && !changes &&
                                  !TMC_ROLESET_HAS(e->roles, TMC_ROLE_AGENT) &&
                                  name_verb_is(g, e, TMC_WORDS_TOOL_CONTROL_VERBS);
    /* precision16: of those, the tools that can delete or overwrite, the
     * precondition of data destruction (AML.T0101): not one named for
     * adding a record ("issue_credit", "create_ticket", "book_slot":
     * words.yaml tool_add_verbs) whose label and flows out say no change
     * or deletion (destroys), nor code it runs */
    bool adds = !e->facts.runs_commands && !label_says(g, e, TMC_WORDS_DESTROYS) &&
                name_verb_is(g, e, TMC_WORDS_TOOL_ADD_VERBS);
    for (uint32_t k = g->out_start[v]; k < g->out_start[v + 1] && adds; k++)
      adds = g->out[k].to == v ||
             !flow_says(g, &ir->flows[g->out[k].flow], TMC_WORDS_DESTROYS);
    /* an agent destroys through the tools it dispatches (below), not by
     * keeping its own transcripts; one dispatching none acts as a tool */
    bool dispatches = false;
    for (uint32_t k = g->out_start[v]; k < g->out_start[v + 1] && !dispatches &&
                                       TMC_ROLESET_HAS(e->roles, TMC_ROLE_AGENT);
         k++) {
      const tmc_element *t = &ir->elements[g->out[k].to];
      dispatches = g->out[k].to != v &&
                   TMC_ROLESET_HAS(t->roles, TMC_ROLE_TOOL_EXECUTOR) &&
                   !TMC_ROLESET_HAS(t->roles, TMC_ROLE_AGENT);
    }
    e->facts.tool_destroys =
        e->facts.tool_changes_data && !e->facts.tool_only_sends && !adds && !dispatches;
  }
  for (uint32_t v = 0; v < ir->n_elements; v++) {
    tmc_element *e = &ir->elements[v];
    if (!TMC_ROLESET_HAS(e->roles, TMC_ROLE_AGENT) || !e->facts.tool_acts)
      continue;
    for (uint32_t k = g->out_start[v]; k < g->out_start[v + 1]; k++) {
      const tmc_element *t = &ir->elements[g->out[k].to];
      if (g->out[k].to != v && TMC_ROLESET_HAS(t->roles, TMC_ROLE_TOOL_EXECUTOR) &&
          t->facts.tool_changes_data)
        e->facts.tool_changes_data = true;
      if (g->out[k].to != v && TMC_ROLESET_HAS(t->roles, TMC_ROLE_TOOL_EXECUTOR) &&
          t->facts.tool_destroys)
        e->facts.tool_destroys = true;
    }
  }
}

/* Does flow fl, moving data from src when moves, count for what its target
 * holds? Not credentials (they authorize, they are not content), nor what
 * a keeper of credentials hands out. */
static bool content_flow(const tmc_ir *ir, uint32_t src, uint32_t fl, bool moves) {
  const tmc_element *s = &ir->elements[src];
  return moves && !ir->flows[fl].facts.carries_credentials &&
         !TMC_ROLESET_HAS(s->roles, TMC_ROLE_CREDENTIAL_HOLDER) &&
         !s->facts.secrets_vault;
}

/* ---- llmrules18 (causes18 D1): stores of what outsiders sent in ---- */
/* precision19: w if an entity; else, for code every moving input of which
 * comes straight from entities, the first of them; else none. Local. */
static uint32_t sole_entity_sender(const tmc_ir *ir, const graph *g, uint32_t w) {
  if (tmc_kind_dfd(ir->elements[w].kind) == TMC_DFD_ENTITY)
    return w;
  if (tmc_kind_dfd(ir->elements[w].kind) != TMC_DFD_PROCESS)
    return TMC_NONE;
  uint32_t first = TMC_NONE;
  for (uint32_t k = g->in_start[w]; k < g->in_start[w + 1]; k++) {
    uint32_t u = g->in[k].to;
    if (!g->in[k].moves || u == w)
      continue;
    if (tmc_kind_dfd(ir->elements[u].kind) != TMC_DFD_ENTITY)
      return TMC_NONE;
    if (first == TMC_NONE)
      first = u;
  }
  return first;
}

/* submitted_store: a store whose every content input is what people
 * outside sent the system (an application and its CV, a broker's mail, a
 * patient's intake form): the flow's outside origin is a party drawn as an
 * entity that reads nothing a model wrote (no model upstream of it), and
 * the flow comes from that party or from code fed by no store and no model,
 * so no record of anyone else is joined in on the way. Whoever reads a
 * model's answers about such a store's items is the organisation the
 * senders wrote to, and no sender gets another's items back through the
 * model: what the model sees there is no one else's data, so the store is
 * no seed of private_upstream (a system of record with no writer drawn, a
 * store people both write and read answers from, still is). One pass over
 * each store's inputs: linear. */
static void submitted_stores(tmc_ir *ir, const graph *g) {
  const tmc_kindset held =
      TMC_KINDSET(TMC_KIND_DATA_STORE) | TMC_KINDSET(TMC_KIND_VECTOR_STORE) |
      TMC_KINDSET(TMC_KIND_DATASET) | TMC_KINDSET(TMC_KIND_FEATURE_STORE) |
      TMC_KINDSET(TMC_KIND_MODEL_REGISTRY) | TMC_KINDSET(TMC_KIND_MODEL) |
      TMC_KINDSET(TMC_KIND_LLM);
  for (uint32_t v = 0; v < ir->n_elements; v++) {
    tmc_element *e = &ir->elements[v];
    e->facts.submitted_store = false;
    if (!is_store(e) || e->kind == TMC_KIND_MODEL_REGISTRY)
      continue;
    bool any = false, all = true;
    for (uint32_t k = g->in_start[v]; k < g->in_start[v + 1] && all; k++) {
      uint32_t w = g->in[k].to, fl = g->in[k].flow;
      if (w == v || !content_flow(ir, w, fl, g->in[k].moves))
        continue;
      any = true;
      const tmc_element *we = &ir->elements[w];
      uint32_t x = ir->flows[fl].facts.taint_origin;
      /* precision19 (causes18 D1): a partner trusted enough to start no
       * taint (an agency's nightly CV export over SFTP) still sent it:
       * the entity itself, or the one sending straight into code that
       * nothing else feeds */
      if (x == TMC_NONE || x >= ir->n_elements)
        x = sole_entity_sender(ir, g, w);
      all = x != TMC_NONE && x < ir->n_elements &&
            tmc_kind_dfd(ir->elements[x].kind) == TMC_DFD_ENTITY &&
            !ir->elements[x].third_party && !(ir->elements[x].facts.upstream & held) &&
            (w == x ||
             (!is_store(we) && !is_model(we->kind) && !(we->facts.upstream & held)));
    }
    /* its items go to the model one at a time, not pooled into an index
     * that serves whoever searches it (an indexer, a retriever, a vector
     * store: a shared index holds everyone's items) */
    /* ... nor into a model's training (a pipeline reads it: the weights
     * hold every sender's items for whoever asks the model) */
    tmc_kindset pools =
        TMC_KINDSET(TMC_KIND_VECTOR_STORE) | TMC_KINDSET(TMC_KIND_DATASET) |
        TMC_KINDSET(TMC_KIND_FEATURE_STORE) | TMC_KINDSET(TMC_KIND_PIPELINE);
    bool pooled = (e->facts.outputs_to & pools) ||
                  TMC_ROLESET_HAS(e->facts.outputs_to_roles, TMC_ROLE_INGESTION) ||
                  TMC_ROLESET_HAS(e->facts.outputs_to_roles, TMC_ROLE_RETRIEVER);
    e->facts.submitted_store = any && all && !pooled;
  }
}

/* precision19 (D1): the public: an outside party named as anyone
 * (anonymous) or as public contributors (words.yaml public_contributors) */
static bool public_party(const graph *g, const tmc_element *x) {
  return tmc_kind_dfd(x->kind) == TMC_DFD_ENTITY &&
         (x->facts.anonymous || label_says(g, x, TMC_WORDS_PUBLIC_CONTRIBUTORS));
}

/* ... does it write into store v, straight or through one piece of code (a
 * forge taking pull requests from forks)? Asked only of stores named for
 * code: local. */
static bool public_writes_in(const tmc_ir *ir, const graph *g, uint32_t v) {
  for (uint32_t k = g->in_start[v]; k < g->in_start[v + 1]; k++) {
    uint32_t u = g->in[k].to;
    if (!g->in[k].moves || u == v)
      continue;
    if (public_party(g, &ir->elements[u]))
      return true;
    if (tmc_kind_dfd(ir->elements[u].kind) != TMC_DFD_PROCESS)
      continue;
    for (uint32_t j = g->in_start[u]; j < g->in_start[u + 1]; j++)
      if (g->in[j].moves && g->in[j].to != u &&
          public_party(g, &ir->elements[g->in[j].to]))
        return true;
  }
  return false;
}

/* precision19 (D1): a timer's or a scheduler's start of a job ("cron",
 * "nightly", "Airflow trigger") from other code carries no content: it
 * does not keep a re-index job fed only by a public repository from
 * being public. */
static bool schedule_trigger(const tmc_ir *ir, const graph *g, uint32_t src, uint32_t dst,
                             uint32_t fl) {
  const tmc_flow *f = &ir->flows[fl];
  return tmc_kind_dfd(ir->elements[src].kind) == TMC_DFD_PROCESS &&
         tmc_kind_dfd(ir->elements[dst].kind) == TMC_DFD_PROCESS &&
         (flow_says(g, f, TMC_WORDS_JOB_SCHEDULERS) ||
          flow_says(g, f, TMC_WORDS_SCHEDULED_RUNS));
}

/* public_content: declared public (sensitivity=public, or only public data
 * classes), or its name says public content (public docs, a static site)
 * and no confidential or secret word, and not a person (what people type is
 * theirs); then, counting down each element's content inputs as they turn
 * out public, code and stores fed only by public content (a help index
 * built from the public docs). private_upstream: a BFS from every store of
 * content that is not public and no keeper of credentials, along flows that
 * move data. Both linear in elements and flows. */
static void public_content(tmc_ir *ir, const graph *g) {
  uint32_t n = ir->n_elements;
  uint32_t *left = tmc_xcalloc(n + 1, sizeof *left);
  queue q;
  q_init(&q, n);
  for (uint32_t v = 0; v < n; v++) {
    tmc_element *e = &ir->elements[v];
    tmc_sensitivity s = tmc_agraph_data_sensitivity(e);
    bool said =
        label_says(g, e, TMC_WORDS_PUBLIC_DATA) &&
        !label_says(g, e, TMC_WORDS_CONFIDENTIAL_DATA) &&
        !label_says(g, e, TMC_WORDS_SECRET_DATA) &&
        !(tmc_kind_dfd(e->kind) == TMC_DFD_ENTITY && label_says(g, e, TMC_WORDS_PEOPLE));
    /* precision19 (D1): an open-source project's repository: code the
     * public contributes to is code anyone reads */
    said =
        said || (is_store(e) && label_says(g, e, TMC_WORDS_CODE_REPOS) &&
                 !label_says(g, e, TMC_WORDS_CONFIDENTIAL_DATA) &&
                 !label_says(g, e, TMC_WORDS_SECRET_DATA) && public_writes_in(ir, g, v));
    for (uint32_t k = g->in_start[v]; k < g->in_start[v + 1]; k++)
      left[v] += g->in[k].to != v &&
                 content_flow(ir, g->in[k].to, g->in[k].flow, g->in[k].moves) &&
                 !schedule_trigger(ir, g, g->in[k].to, v, g->in[k].flow);
    /* rules20 (causes20 F1): code holds what flows into it, so its words
     * seed public content only where nothing does (a static site); "askdata
     * service - retrieves table docs" that also runs SQL on the warehouse
     * is as public as its inputs, which the countdown below decides */
    if (tmc_kind_dfd(e->kind) == TMC_DFD_PROCESS && left[v] > 0)
      said = false;
    e->facts.public_content =
        s == TMC_SENS_PUBLIC || (s == TMC_SENS_UNSET && said && !is_model(e->kind));
    e->facts.private_upstream = false;
    if (e->facts.public_content)
      q_push(&q, v);
  }
  uint32_t v;
  while (q_pop(&q, &v))
    for (uint32_t k = g->out_start[v]; k < g->out_start[v + 1]; k++) {
      uint32_t w = g->out[k].to;
      tmc_element *we = &ir->elements[w];
      if (w == v || we->facts.public_content ||
          !content_flow(ir, v, g->out[k].flow, g->out[k].moves) ||
          schedule_trigger(ir, g, v, w, g->out[k].flow) ||
          tmc_kind_dfd(we->kind) == TMC_DFD_ENTITY || is_model(we->kind) ||
          tmc_agraph_data_sensitivity(we) > TMC_SENS_PUBLIC || --left[w] > 0)
        continue;
      we->facts.public_content = true;
      q_push(&q, w);
    }
  /* precision19 (D1): public content is one nobody is kept from reading
   * (an index of an open-source repository) */
  for (v = 0; v < n; v++)
    if (ir->elements[v].facts.public_content)
      ir->elements[v].facts.access_scoped = false;
  for (v = 0; v < n; v++) {
    const tmc_element *e = &ir->elements[v];
    if (is_store(e) && e->kind != TMC_KIND_MODEL_REGISTRY && !e->facts.public_content &&
        !TMC_ROLESET_HAS(e->roles, TMC_ROLE_CREDENTIAL_HOLDER) &&
        !e->facts.secrets_vault && !e->facts.submitted_store) /* llmrules18 */
      q_push(&q, v);
  }
  while (q_pop(&q, &v))
    for (uint32_t k = g->out_start[v]; k < g->out_start[v + 1]; k++) {
      uint32_t w = g->out[k].to;
      /* llmrules18: a store of public content (job postings, published
       * docs) holds and hands on only that, whatever reaches it */
      if (!g->out[k].moves || w == v || ir->elements[w].facts.private_upstream ||
          (is_store(&ir->elements[w]) && ir->elements[w].facts.public_content))
        continue;
      ir->elements[w].facts.private_upstream = true;
      q_push(&q, w);
    }
  q_free(&q);
  free(left);
}

/* tainted_via_tool: a tool executor that holds outside content (it is an
 * origin or receives such content) sends it data. */
static void tainted_via_tool(tmc_ir *ir, const graph *g, uint32_t v) {
  bool any = false;
  for (uint32_t k = g->in_start[v]; k < g->in_start[v + 1] && !any; k++) {
    const tmc_element *u = &ir->elements[g->in[k].to];
    any = g->in[k].moves && TMC_ROLESET_HAS(u->roles, TMC_ROLE_TOOL_EXECUTOR) &&
          (u->facts.tainted || u->facts.origin);
  }
  ir->elements[v].facts.tainted_via_tool = any;
}

/* What the memory words say about v: bit 0 an agent_memory word, bit 1 a
 * thread_history word, in its name (not a memory word of a name that says
 * in_memory: "in-memory cache") or in the label of a flow between v and
 * code driving an LLM (a prompt builder). */
static unsigned memory_words(const tmc_ir *ir, const graph *g, uint32_t v,
                             tmc_roleset prompts) {
  const tmc_element *e = &ir->elements[v];
  unsigned w =
      (label_says(g, e, TMC_WORDS_AGENT_MEMORY) && !label_says(g, e, TMC_WORDS_IN_MEMORY)
           ? 1u
           : 0u) |
      (label_says(g, e, TMC_WORDS_THREAD_HISTORY) ? 2u : 0u);
  for (int in = 0; in < 2; in++) {
    const uint32_t *st = in ? g->in_start : g->out_start;
    const edge *ed = in ? g->in : g->out;
    for (uint32_t k = st[v]; k < st[v + 1]; k++) {
      if (!(ir->elements[ed[k].to].roles & prompts))
        continue;
      const tmc_flow *f = &ir->flows[ed[k].flow];
      w |= (flow_says(g, f, TMC_WORDS_AGENT_MEMORY) ? 1u : 0u) |
           (flow_says(g, f, TMC_WORDS_THREAD_HISTORY) ? 2u : 0u);
    }
  }
  return w;
}

/* Does text an LLM wrote come into u along a flow that moves data, from
 * anything but a plain model? An embedding model's vectors (or a
 * classifier's scores) are no text, though the model was called by code
 * that had model output: an ingestion job embedding chunks writes no
 * memory. */
/* precision19 (D3): ... from the conversation's side: the LLM, code
 * driving one (prompts), or a store between (a queue of turns to save).
 * A CI pipeline's or a scheduler's trigger ("cron", "run step") into a
 * re-index job carries no conversation, whatever model output reached the
 * pipeline through the forge's webhooks. */
/* b33c: ... and no key store: a two-way flow to a vault is marked for
 * model text either way (model_output), but what comes back from it is a
 * key, whoever read it (an indexer reading the search admin key holds no
 * conversation because the chat side reads the same vault). */
static bool gets_model_text(const tmc_ir *ir, const graph *g, uint32_t u,
                            tmc_roleset prompts) {
  for (uint32_t k = g->in_start[u]; k < g->in_start[u + 1]; k++) {
    const tmc_element *s = &ir->elements[g->in[k].to];
    bool keys = TMC_ROLESET_HAS(s->roles, TMC_ROLE_CREDENTIAL_HOLDER) ||
                s->tech == TMC_TECH_SECRETS_VAULT;
    if (g->in[k].moves && ir->flows[g->in[k].flow].facts.model_output &&
        s->kind != TMC_KIND_MODEL &&
        (s->kind == TMC_KIND_LLM || (s->roles & prompts) || (is_store(s) && !keys)))
      return true;
  }
  return false;
}

/* precision19 (D3): does a person or outside party send u something
 * straight (a moving flow from an entity)? */
static bool takes_from_people(const tmc_ir *ir, const graph *g, uint32_t u) {
  for (uint32_t k = g->in_start[u]; k < g->in_start[u + 1]; k++)
    if (g->in[k].moves && g->in[k].to != u &&
        tmc_kind_dfd(ir->elements[g->in[k].to].kind) == TMC_DFD_ENTITY)
      return true;
  return false;
}

/* Does an agent (code dispatching tool calls) read store v back? */
static bool agent_reads_back(const tmc_ir *ir, const graph *g, uint32_t v) {
  for (uint32_t k = g->out_start[v]; k < g->out_start[v + 1]; k++)
    if (g->out[k].moves &&
        TMC_ROLESET_HAS(ir->elements[g->out[k].to].roles, TMC_ROLE_AGENT))
      return true;
  return false;
}

/* agent_memory, after model_output and the roles pass: a data or vector
 * store that code driving an LLM (sets.yaml prompt_builders, not the LLM
 * itself) reads back (a flow that moves data, not a query into it), written
 * (not queried) by that same code or by code that model output reaches
 * (gets_model_text: a memory writer beside the agent): what one turn
 * produced comes back in a later prompt. A RAG index an ingestion job fills
 * (though the embedding model it calls answered the assembler too) is none,
 * and neither is
 * a cache, a queue or a stream unless its words (memory_words) name it
 * memory or history: a cache of answers keyed by the question never
 * reaches a prompt, and a queue hands each message on once.
 * renders_output, in the same walk: an element fed by flows whose name
 * says a chat or help-desk product (words.yaml renderers).
 * thread_history: a history whose words say one conversation's and no
 * memory word. One walk over each store's edges: linear. */
static void agent_memory(tmc_ir *ir, const graph *g) {
  const tmc_roleset PROMPTS = tmc_lexicon_roles(g->lx, TMC_ROLES_PROMPT_BUILDERS);
  const tmc_techset QUEUES = tmc_lexicon_techs(g->lx, TMC_TECHS_QUEUES); /* sets.yaml */
  bool *reader = tmc_xcalloc(ir->n_elements + 1, sizeof(bool));
  for (uint32_t v = 0; v < ir->n_elements; v++) {
    tmc_element *e = &ir->elements[v];
    e->facts.agent_memory = e->facts.thread_history = false;
    /* a chat or help-desk product renders what it is sent to people */
    e->facts.renders_output = g->in_start[v + 1] > g->in_start[v] &&
                              !tmc_kind_is_ai(e->kind) &&
                              label_says(g, e, TMC_WORDS_RENDERERS);
    if ((e->kind != TMC_KIND_DATA_STORE && e->kind != TMC_KIND_VECTOR_STORE) ||
        TMC_ROLESET_HAS(e->roles, TMC_ROLE_CREDENTIAL_HOLDER) ||
        e->tech == TMC_TECH_SECRETS_VAULT)
      continue;
    /* the prompt builders reading it back, marked (and unmarked below) so
     * the writers are checked against them in one walk */
    bool any_reader = false, written = false, by_writer = false;
    /* precision16: what else writes it: people straight (a repository, a
     * ticket queue, a shared drive people fill is their system of
     * record, not the application's memory), or other code (an
     * ingestion job filling an index the prompt builder only asks:
     * "top-8 table docs" into a vector store is a lookup) */
    bool reader_moves = false, reader_says_write = false, other_writer = false,
         people_write = false, by_record = false;
    for (uint32_t k = g->out_start[v]; k < g->out_start[v + 1]; k++) {
      const tmc_element *r = &ir->elements[g->out[k].to];
      if (g->out[k].moves && (r->roles & PROMPTS) && r->kind != TMC_KIND_LLM)
        any_reader = reader[g->out[k].to] = true;
    }
    /* what its words say it is (memory, a thread's history): asked once */
    unsigned w = any_reader ? memory_words(ir, g, v, PROMPTS) : 0u;
    for (uint32_t k = g->in_start[v]; k < g->in_start[v + 1] && any_reader; k++) {
      uint32_t u = g->in[k].to;
      const tmc_element *ue = &ir->elements[u];
      bool code = g->in[k].moves && u != v && ue->kind != TMC_KIND_LLM &&
                  tmc_kind_dfd(ue->kind) == TMC_DFD_PROCESS;
      /* precision19 (D3): code people send their content through (a
       * forge taking pull requests, a portal) fills a store no word names
       * memory or history for them, whatever the model's comments it
       * relays too: their system of record, as if they wrote it straight
       * (a chat API saving each turn into "earlier turns" stays one) */
      bool front = w == 0 && code && !reader[u] && takes_from_people(ir, g, u);
      /* rules24 (causes24 D): an agent's tool writing the records its
       * action changes (a booking into the TMS, a lead into the CRM) keeps
       * the business's records, which the agent reads back as records: no
       * memory unless a word names the store memory or history */
      bool tool_action = w == 0 && ue->kind == TMC_KIND_AGENT_TOOL;
      bool by = code && !reader[u] && !front && !tool_action && ue->facts.model_output &&
                gets_model_text(ir, g, u, PROMPTS);
      by_writer = by_writer || by;
      if (code && reader[u]) {
        reader_moves = true;
        reader_says_write = reader_says_write ||
                            flow_says(g, &ir->flows[g->in[k].flow], TMC_WORDS_WRITES);
        by_record =
            by_record || flow_says(g, &ir->flows[g->in[k].flow], TMC_WORDS_RECORD_IDS);
      } else if (g->in[k].moves && u != v && !by) {
        other_writer = true;
        people_write = people_write || front || tmc_kind_dfd(ue->kind) == TMC_DFD_ENTITY;
      }
    }
    /* g31c (blind31): a store its own words name memory, that the code
     * driving the model reads and writes back, is that memory, though staff
     * also correct what it holds (the client notes an accountant fixes);
     * one the agent reads and writes a record at a time by its id or
     * reference ("any booking by ref") keeps the business's records, no
     * memory unless a word names it one */
    written =
        by_writer || (reader_moves && (reader_says_write || !other_writer || w != 0));
    if (w == 0 && by_record)
      written = false;
    for (uint32_t k = g->out_start[v]; k < g->out_start[v + 1]; k++)
      reader[g->out[k].to] = false;
    if (!written)
      continue;
    if (people_write && w == 0)
      continue;
    /* kinds17b: a store of actions awaiting a person's approval (its own
     * name says so, words.yaml pending_actions) is read back for the
     * decision on each, not as memory, unless a memory word says memory */
    if (w == 0 && label_says(g, e, TMC_WORDS_PENDING_ACTIONS))
      continue;
    /* Without a memory or history word, what a plain prompt assembler
     * saves and reads back itself is the results it keeps for people
     * ("notes + summaries, 30 days" read back as "my summaries"): memory
     * on structure alone is an agent's store, or one a memory writer
     * beside the prompt builder fills with what the model wrote. */
    e->facts.agent_memory = w != 0 || (!(QUEUES & TMC_TECHSET(e->tech)) &&
                                       (by_writer || agent_reads_back(ir, g, v)));
    e->facts.thread_history = w == 2u;
  }
  free(reader);
  /* paths22: keeps_memory, the code that reads such a memory kept across
   * sessions back (a moving flow out of it into a prompt builder) */
  for (uint32_t v = 0; v < ir->n_elements; v++)
    ir->elements[v].facts.keeps_memory = false;
  for (uint32_t v = 0; v < ir->n_elements; v++) {
    const tmc_element *e = &ir->elements[v];
    if (!e->facts.agent_memory || e->facts.thread_history)
      continue;
    for (uint32_t k = g->out_start[v]; k < g->out_start[v + 1]; k++) {
      tmc_element *r = &ir->elements[g->out[k].to];
      if (g->out[k].moves && g->out[k].to != v && (r->roles & PROMPTS) &&
          r->kind != TMC_KIND_LLM)
        r->facts.keeps_memory = true;
    }
  }
}

/* writes_system_prompt: code driving an LLM (sets.yaml prompt_builders, not
 * the LLM) whose name says a system_prompts word, or that reads a store
 * whose name does, or sends an LLM a flow whose label does. web_search: a
 * service whose name says a web_search word. llm_judge: an LLM or code
 * driving one whose name says an llm_judges word. One walk over each
 * element's edges. */
static void system_prompts(tmc_ir *ir, const graph *g, uint32_t v) {
  const tmc_roleset PROMPTS = tmc_lexicon_roles(g->lx, TMC_ROLES_PROMPT_BUILDERS);
  tmc_element *e = &ir->elements[v];
  e->facts.writes_system_prompt = false;
  /* in the same walk: a web search service by its name (no store, no
   * model; drawn as plain code or as the agent's tool alike: kinds19 makes
   * a "Bing Web Search step" an agent_tool, which still searches the web) */
  e->facts.web_search = !is_store(e) &&
                        (!tmc_kind_is_ai(e->kind) || e->kind == TMC_KIND_AGENT_TOOL) &&
                        label_says(g, e, TMC_WORDS_WEB_SEARCH);
  /* an LLM check: the LLM, or the code driving one, named as one */
  e->facts.llm_judge = (e->kind == TMC_KIND_LLM || (e->roles & PROMPTS)) &&
                       label_says(g, e, TMC_WORDS_LLM_JUDGES);
  if (!(e->roles & PROMPTS) || e->kind == TMC_KIND_LLM)
    return;
  bool says = label_says(g, e, TMC_WORDS_SYSTEM_PROMPTS);
  for (uint32_t k = g->in_start[v]; k < g->in_start[v + 1] && !says; k++) {
    const tmc_element *s = &ir->elements[g->in[k].to];
    says = g->in[k].moves && is_store(s) && label_says(g, s, TMC_WORDS_SYSTEM_PROMPTS);
  }
  for (uint32_t k = g->out_start[v]; k < g->out_start[v + 1] && !says; k++)
    says = ir->elements[g->out[k].to].kind == TMC_KIND_LLM &&
           flow_says(g, &ir->flows[g->out[k].flow], TMC_WORDS_SYSTEM_PROMPTS);
  e->facts.writes_system_prompt = says;
}

/* answered: the flow's target sends its source something back. Each
 * element marks what it sends to, then reads its flows in against the
 * marks: linear in the flows. */
static void answered(tmc_ir *ir, const graph *g) {
  bool *to = tmc_xcalloc(ir->n_elements + 1, sizeof(bool));
  for (uint32_t v = 0; v < ir->n_elements; v++) {
    for (uint32_t k = g->out_start[v]; k < g->out_start[v + 1]; k++)
      to[g->out[k].to] = true;
    for (uint32_t k = g->in_start[v]; k < g->in_start[v + 1]; k++) {
      tmc_flow *f = &ir->flows[g->in[k].flow];
      if (!g->in[k].back) /* the flow itself, not its reverse edge */
        f->facts.answered = f->bidirectional || to[g->in[k].to];
    }
    for (uint32_t k = g->out_start[v]; k < g->out_start[v + 1]; k++)
      to[g->out[k].to] = false;
  }
  free(to);
}

/* Is v a trainer (the roles pass)? */
static bool trains(const tmc_element *e) {
  return TMC_ROLESET_HAS(e->roles, TMC_ROLE_TRAINER);
}

/* mlkinds16: does flow f only bring a held-out set to score each round
 * against ("eval each round", "validation split"): data a trainer
 * evaluates with, not data it learns from (an aggregator that scores the
 * global model on a licensed held-out set still only combines updates)? */
static bool evaluates(const graph *g, const tmc_ir *ir, uint32_t f) {
  if (f >= ir->n_flows)
    return false;
  /* mlrules19 (A1): ... or from a store whose name says what it is for
   * ("Proxy eval corpus", "Golden set (500 labelled calls)"): its name
   * line, not the details that may say what the training data is too */
  const tmc_element *s = &ir->elements[ir->flows[f].src];
  return tmc_lexicon_says(g->lx, TMC_WORDS_EVALUATION_FLOWS, ir->flows[f].label) ||
         (is_store(s) && tmc_lexicon_says(g->lx, TMC_WORDS_EVALUATION_FLOWS,
                                          s->name_line ? s->name_line : s->label));
}

/* Federated learning, after the roles pass's trainers: holds_updates on a
 * store that only trainers with data of their own write (clients: they
 * read a dataset or a store no trainer writes) and that hands data to
 * another trainer; aggregates_updates on a trainer that reads no training
 * data itself and takes updates from another trainer, directly or through
 * such a store. The global model an aggregator writes back holds no
 * updates. Three sweeps over the edges: linear. */
static void federated(tmc_ir *ir, const graph *g) {
  uint32_t n = ir->n_elements;
  bool *by_trainer = tmc_xcalloc(n + 1, sizeof(bool)); /* a trainer writes it */
  bool *own = tmc_xcalloc(n + 1, sizeof(bool));        /* reads data of its own */
  for (uint32_t v = 0; v < n; v++)
    for (uint32_t k = g->in_start[v]; k < g->in_start[v + 1]; k++)
      by_trainer[v] |= g->in[k].moves && trains(&ir->elements[g->in[k].to]);
  /* (own is read for trainers only: the evaluation words are asked of
   * their flows alone, once each until one brings data of its own) */
  for (uint32_t v = 0; v < n; v++)
    for (uint32_t k = g->in_start[v];
         k < g->in_start[v + 1] && !own[v] && trains(&ir->elements[v]); k++) {
      uint32_t u = g->in[k].to;
      own[v] = g->in[k].moves && u != v && is_store(&ir->elements[u]) &&
               (ir->elements[u].kind == TMC_KIND_DATASET || !by_trainer[u]) &&
               !evaluates(g, ir, g->in[k].flow);
    }
  for (uint32_t s = 0; s < n; s++) {
    tmc_element *e = &ir->elements[s];
    e->facts.holds_updates = false;
    if (!is_store(e))
      continue;
    bool writers = false, only = true, reader = false;
    for (uint32_t k = g->in_start[s]; k < g->in_start[s + 1]; k++) {
      uint32_t w = g->in[k].to;
      if (!g->in[k].moves || w == s)
        continue;
      writers = true;
      only &= trains(&ir->elements[w]) && own[w];
    }
    for (uint32_t k = g->out_start[s]; k < g->out_start[s + 1] && !reader; k++)
      reader =
          g->out[k].moves && trains(&ir->elements[g->out[k].to]) && !own[g->out[k].to];
    e->facts.holds_updates = writers && only && reader;
  }
  for (uint32_t v = 0; v < n; v++) {
    tmc_element *e = &ir->elements[v];
    e->facts.aggregates_updates = false;
    if (!trains(e))
      continue;
    bool updates = false, data = false;
    for (uint32_t k = g->in_start[v]; k < g->in_start[v + 1]; k++) {
      const tmc_element *u = &ir->elements[g->in[k].to];
      if (!g->in[k].moves || g->in[k].to == v)
        continue;
      data |=
          (u->kind == TMC_KIND_DATASET ||
           (is_store(u) && tmc_canon_has(u->data_canon, &u->data, "training_data"))) &&
          !evaluates(g, ir, g->in[k].flow);
      updates |= trains(u) || u->facts.holds_updates;
    }
    e->facts.aggregates_updates = updates && !data;
  }
  free(by_trainer);
  free(own);
}

/* Does a model's output leave v: v is a model, a serving endpoint or code
 * that loads model weights, and no trainer itself? */
static bool predicts(const tmc_ir *ir, const graph *g, uint32_t v) {
  const tmc_element *e = &ir->elements[v];
  /* mlrules18 (D2): code that reads weights and writes where weights are
   * kept too (a portal where users upload and download checkpoints, a CI
   * job that promotes versions) moves weights around; it runs no model,
   * and what it sends on is no prediction */
  bool manages = TMC_KINDSET_HAS(e->facts.outputs_to, TMC_KIND_MODEL_REGISTRY);
  for (uint32_t k = g->out_start[v]; k < g->out_start[v + 1] && !manages; k++)
    manages = g->out[k].moves && g->out[k].to != v &&
              ir->elements[g->out[k].to].facts.model_artifacts;
  return !trains(e) &&
         (tmc_kind_is(e->kind, TMC_KIND_MODEL) ||
          TMC_ROLESET_HAS(e->roles, TMC_ROLE_SERVING_ENDPOINT) ||
          ((e->facts.loads_model_artifacts ||
            TMC_KINDSET_HAS(e->facts.inputs_from, TMC_KIND_MODEL_REGISTRY)) &&
           !manages));
}

/* Marks the members of component c (stk[b..sp)) when the component is a
 * feedback loop: at least three elements (a bidirectional flow between a
 * trainer and its model is no loop), a trainer, and a predicting member
 * sending data to a member that is no trainer (predictions go somewhere
 * before they come back: a federated aggregator pushing its model straight
 * to the clients that train it is no feedback loop). */
static void mark_loop(tmc_ir *ir, const graph *g, const uint32_t *stk, uint32_t b,
                      uint32_t sp, const uint32_t *comp, uint32_t c) {
  bool trainer = false, fed_back = false;
  if (sp - b < 3)
    return;
  for (uint32_t i = b; i < sp; i++) {
    uint32_t v = stk[i];
    if (v >= ir->n_elements) /* mltrain16: the outside, one node */
      continue;
    trainer |= trains(&ir->elements[v]);
    if (!predicts(ir, g, v))
      continue;
    for (uint32_t k = g->out_start[v]; k < g->out_start[v + 1] && !fed_back; k++) {
      uint32_t w = g->out[k].to;
      fed_back = g->out[k].moves && w != v && comp[w] == c && !trains(&ir->elements[w]);
    }
  }
  /* the people a loop runs through carry it; they are not on it (what is
   * skewed is the system's model and data) */
  if (trainer && fed_back)
    for (uint32_t i = b; i < sp; i++)
      if (stk[i] < ir->n_elements)
        ir->elements[stk[i]].facts.feedback_loop =
            tmc_kind_dfd(ir->elements[stk[i]].kind) != TMC_DFD_ENTITY;
}

/* mltrain16: is v one of the outside parties the system both shows
 * something to and hears back from (the public, an exchange, a partner's
 * system: an entity of the untrusted zone or beside every zone, no third
 * party's source of code, models or data, no vendor's service, no staff:
 * words.yaml staff_roles)?
 * The world outside joins them: a model that decides which impressions
 * are bought, which claims are paid or which posts are shown changes what
 * the public does next, and the beacons, invoices or clicks that come back
 * from other outsiders are that loop's return (ML08), though no one
 * arrow leads from the first party to the second. */
static bool loop_outsider(const tmc_ir *ir, const graph *g, uint32_t v) {
  const tmc_element *e = &ir->elements[v];
  if (tmc_kind_dfd(e->kind) != TMC_DFD_ENTITY || e->third_party ||
      e->facts.outside_source || e->facts.code_source || e->facts.model_source ||
      e->facts.vendor_service || label_says(g, e, TMC_WORDS_STAFF_ROLES) ||
      tmc_ir_element_trust(ir, v) != 0)
    return false;
  bool shown = false, back = false;
  for (uint32_t k = g->in_start[v]; k < g->in_start[v + 1] && !shown; k++)
    shown = g->in[k].moves && g->in[k].to != v &&
            tmc_kind_dfd(ir->elements[g->in[k].to].kind) != TMC_DFD_ENTITY;
  for (uint32_t k = g->out_start[v]; k < g->out_start[v + 1] && !back; k++)
    back = g->out[k].moves && g->out[k].to != v &&
           tmc_kind_dfd(ir->elements[g->out[k].to].kind) != TMC_DFD_ENTITY;
  return shown && back;
}

/* Can a feedback loop run along the flow v -> w? Loops close through code
 * and stores, and through people only as users of the product: a person
 * shown something by code that trains nothing (a recommendation carousel,
 * a decision) whose actions (clicks, ratings, disputes) are recorded, sent
 * to a store or to code that writes one (records[w]) and trains nothing,
 * carries the model's output back into training. A person who reads an
 * alert and starts a job, directly or from a notebook, carries no data
 * into training (as training_path). */
static bool loop_edge(const tmc_ir *ir, const bool *records, uint32_t v, uint32_t w) {
  const tmc_element *s = &ir->elements[v], *d = &ir->elements[w];
  bool se = tmc_kind_dfd(s->kind) == TMC_DFD_ENTITY,
       de = tmc_kind_dfd(d->kind) == TMC_DFD_ENTITY;
  if (!se && !de)
    return true;
  if (se && de)
    return false;
  if (de) /* shown to the person; mltrain16: or left for them in a store they
           * work from (a worklist the model flags studies in, a review
           * queue), no training data, weights or registry */
    return (tmc_kind_dfd(s->kind) == TMC_DFD_PROCESS && !trains(s)) ||
           (is_store(s) && !s->facts.feeds_training && s->kind != TMC_KIND_DATASET &&
            s->kind != TMC_KIND_MODEL_REGISTRY && !s->facts.model_artifacts);
  return !trains(d) && records[w]; /* what the person did, recorded */
}

/* strong_components: Tarjan's algorithm over the n nodes of a graph given
 * as adjacency lists (node v's successors are adj[ast[v] .. ast[v + 1])),
 * iterative (an explicit stack of (node, next edge) frames, so no
 * recursion however long a cycle). A walk starts at every node root[]
 * allows (NULL: every node); comp[v] gets v's component's number, and
 * done(ctx, members, count, c) is called once per component as it is
 * closed, comp[] already set for its members. Every node and edge is
 * visited once: linear. comp has room for n nodes. */
typedef void (*component_done)(void *ctx, const uint32_t *members, uint32_t count,
                               uint32_t *comp, uint32_t c);
static void strong_components(uint32_t n, const uint32_t *ast, const uint32_t *adj,
                              const bool *root, uint32_t *comp, component_done done,
                              void *ctx) {
  uint32_t counter = 0, sp = 0, ncomp = 0;
  uint32_t *idx = tmc_xcalloc(n + 1, sizeof(uint32_t)); /* 0: not visited */
  uint32_t *low = tmc_xcalloc(n + 1, sizeof(uint32_t));
  uint32_t *stk = tmc_xcalloc(n + 1, sizeof(uint32_t));
  uint32_t *fv = tmc_xcalloc(n + 1, sizeof(uint32_t)),
           *fk = tmc_xcalloc(n + 1, sizeof(uint32_t));
  bool *on = tmc_xcalloc(n + 1, sizeof(bool));
  for (uint32_t r = 0; r < n; r++) {
    if (idx[r] || (root && !root[r]))
      continue;
    uint32_t fp = 0;
    idx[r] = low[r] = ++counter;
    stk[sp++] = r, on[r] = true;
    fv[fp] = r, fk[fp++] = ast[r];
    while (fp) {
      uint32_t v = fv[fp - 1], k = fk[fp - 1];
      if (k < ast[v + 1]) {
        fk[fp - 1]++;
        uint32_t w = adj[k];
        if (!idx[w]) {
          idx[w] = low[w] = ++counter;
          stk[sp++] = w, on[w] = true;
          fv[fp] = w, fk[fp++] = ast[w];
        } else if (on[w] && idx[w] < low[v])
          low[v] = idx[w];
        continue;
      }
      fp--;
      if (fp && low[v] < low[fv[fp - 1]])
        low[fv[fp - 1]] = low[v];
      if (low[v] != idx[v])
        continue;
      uint32_t b = sp;
      do {
        b--;
        on[stk[b]] = false;
        comp[stk[b]] = ncomp;
      } while (stk[b] != v);
      if (done)
        done(ctx, stk + b, sp - b, comp, ncomp);
      ncomp++;
      sp = b;
    }
  }
  free(idx);
  free(low);
  free(stk);
  free(fv);
  free(fk);
  free(on);
}

/* What feedback_loops hands each component: the outside's members join
 * the component of the node standing for them (rep[u] == n), then
 * mark_loop judges it. */
typedef struct loop_ctx {
  tmc_ir *ir;
  const graph *g;
  const uint32_t *rep;
} loop_ctx;

static void loop_component(void *ctx, const uint32_t *members, uint32_t count,
                           uint32_t *comp, uint32_t c) {
  const loop_ctx *lc = ctx;
  uint32_t n = lc->ir->n_elements;
  for (uint32_t i = 0; i < count; i++)
    if (members[i] == n) /* the outside's members are on its component */
      for (uint32_t u = 0; u < n; u++)
        if (lc->rep[u] == n)
          comp[u] = c;
  mark_loop(lc->ir, lc->g, members, 0, count, comp, c);
}

/* feedback_loop: the strongly connected components of the flows that move
 * data along a loop_edge (strong_components), each judged by mark_loop.
 * Every element and edge is visited once: linear. */
static void feedback_loops(tmc_ir *ir, const graph *g) {
  uint32_t n = ir->n_elements;
  uint32_t *comp = tmc_xcalloc(n + 1, sizeof(uint32_t));
  /* records[w]: w is a store, or code that writes one */
  bool *records = tmc_xcalloc(n + 1, sizeof(bool));
  for (uint32_t v = 0; v < n; v++) {
    ir->elements[v].facts.feedback_loop = false;
    comp[v] = TMC_NONE;
    records[v] = is_store(&ir->elements[v]);
    for (uint32_t k = g->out_start[v]; k < g->out_start[v + 1] && !records[v]; k++)
      records[v] = g->out[k].moves && is_store(&ir->elements[g->out[k].to]);
  }
  /* ... or code that hands what it gets to code, training nothing, that
   * writes one (a CRM whose own database is not drawn, read by an extract
   * job that lands it in the lake); one hop further only, so the next
   * pass reads this one's first-hop answers alone */
  bool *writes = tmc_xcalloc(n + 1, sizeof(bool));
  memcpy(writes, records, n * sizeof(bool));
  for (uint32_t v = 0; v < n; v++) {
    const tmc_element *e = &ir->elements[v];
    if (records[v] || tmc_kind_dfd(e->kind) != TMC_DFD_PROCESS || trains(e))
      continue;
    for (uint32_t k = g->out_start[v]; k < g->out_start[v + 1] && !records[v]; k++) {
      const tmc_element *x = &ir->elements[g->out[k].to];
      records[v] = g->out[k].moves && g->out[k].to != v && writes[g->out[k].to] &&
                   tmc_kind_dfd(x->kind) == TMC_DFD_PROCESS && !trains(x);
    }
  }
  free(writes);
  /* mltrain16: the outside parties are one node, n (outside_party); the
   * flows along a loop_edge, theirs redirected to it, as adjacency lists */
  uint32_t *rep = tmc_xcalloc(n + 1, sizeof(uint32_t));
  uint32_t *ast = tmc_xcalloc(n + 3, sizeof(uint32_t)); /* start of each node's list */
  uint32_t n_out = g->out_start[n];
  uint32_t *adj = tmc_xcalloc(n_out + 1, sizeof(uint32_t));
  for (uint32_t v = 0; v < n; v++)
    rep[v] = loop_outsider(ir, g, v) ? n : v;
  rep[n] = n;
  for (int pass = 0; pass < 2; pass++) {
    uint32_t *fill = pass ? tmc_xcalloc(n + 2, sizeof(uint32_t)) : NULL;
    for (uint32_t v = 0; v < n; v++)
      for (uint32_t k = g->out_start[v]; k < g->out_start[v + 1]; k++) {
        uint32_t w = g->out[k].to;
        if (!g->out[k].moves || !loop_edge(ir, records, v, w) || rep[v] == rep[w])
          continue;
        if (pass)
          adj[ast[rep[v]] + fill[rep[v]]++] = rep[w];
        else
          ast[rep[v] + 1]++;
      }
    if (!pass)
      for (uint32_t v = 1; v <= n + 1; v++)
        ast[v] += ast[v - 1];
    free(fill);
  }
  /* walks start at the elements and the outside's node, not at an
   * outsider it stands for (rep[r] != r: no edge leaves or enters one) */
  bool *root = tmc_xcalloc(n + 1, sizeof(bool));
  for (uint32_t r = 0; r <= n; r++)
    root[r] = rep[r] == r;
  loop_ctx lc = {ir, g, rep};
  strong_components(n + 1, ast, adj, root, comp, loop_component, &lc);
  free(root);
  free(rep);
  free(ast);
  free(adj);
  free(comp);
  free(records);
}

/* ---- AI families: payments and model scores -------------------------------- */

/* carries_scores: a flow whose label says model scores, confidences or the
 * headers a scorer stamps them into (words.yaml model_scores), and that
 * is no answer to its target's own request (an API returning scores to its
 * caller returns its product; TMC-ML-001 advises on that). moves_money:
 * where a chain moves money (pays, wires, posts payables, issues
 * invoices): code, a tool or an outside party (not a store, a model, or
 * code that builds prompts, sets.yaml prompt_builders, or feeds an LLM: a
 * chat asked about a payment moves none) whose name says a payments word, or that
 * code or a person
 * sends a flow saying one (what a store or a model hands on is data, not
 * an order); only the first of such a chain, so the bank behind a payment
 * tool is not told again. The rules pair it with a model upstream (issue
 * #15: financial harm at the end of a chain, AML.T0048.000). */
static void payments_and_scores(tmc_ir *ir, const graph *g) {
  const tmc_roleset PROMPTS = tmc_lexicon_roles(g->lx, TMC_ROLES_PROMPT_BUILDERS);
  uint32_t n = ir->n_elements;
  for (uint32_t i = 0; i < ir->n_flows; i++) {
    tmc_flow *f = &ir->flows[i];
    /* an answer to the caller (the flow's target sends its source data) is
     * what the product returns, not scores leaking past it */
    bool says = !f->bidirectional && flow_says(g, f, TMC_WORDS_MODEL_SCORES);
    for (uint32_t k = g->out_start[f->dst]; says && k < g->out_start[f->dst + 1]; k++)
      says = !(g->out[k].moves && g->out[k].to == f->src);
    f->facts.carries_scores = says;
  }
  bool *pays = tmc_xcalloc(n + 1, sizeof *pays);
  for (uint32_t v = 0; v < n; v++) {
    const tmc_element *e = &ir->elements[v];
    if (is_store(e) || is_model(e->kind) || (e->roles & PROMPTS) ||
        TMC_KINDSET_HAS(e->facts.outputs_to, TMC_KIND_LLM))
      continue;
    /* a person is named after their job ("Treasury analyst"): only the
     * orders they send move money */
    pays[v] = label_says(g, e, TMC_WORDS_PAYMENTS) &&
              !(e->kind == TMC_KIND_EXTERNAL && label_says(g, e, TMC_WORDS_PEOPLE));
    for (uint32_t k = g->in_start[v]; k < g->in_start[v + 1] && !pays[v]; k++) {
      const tmc_element *u = &ir->elements[g->in[k].to];
      pays[v] = g->in[k].moves && !is_store(u) && !is_model(u->kind) &&
                flow_says(g, &ir->flows[g->in[k].flow], TMC_WORDS_PAYMENTS);
    }
  }
  for (uint32_t v = 0; v < n; v++) {
    bool first = pays[v];
    for (uint32_t k = g->in_start[v]; k < g->in_start[v + 1] && first; k++)
      first = !(g->in[k].moves && g->in[k].to != v && pays[g->in[k].to]);
    ir->elements[v].facts.moves_money = first;
  }
  free(pays);
}

/* find26. files_officially: code or a tool (not a model, not a third
 * party's) whose name, or a moving flow out of it, says an official filing
 * (words.yaml official_filings: "submit_declaration", "import
 * declaration"). Linear. */
static void official_filers(tmc_ir *ir, const graph *g) {
  for (uint32_t v = 0; v < ir->n_elements; v++) {
    tmc_element *e = &ir->elements[v];
    bool said = tmc_kind_dfd(e->kind) == TMC_DFD_PROCESS && !is_model(e->kind) &&
                !e->third_party && label_says(g, e, TMC_WORDS_OFFICIAL_FILINGS);
    for (uint32_t k = g->out_start[v]; k < g->out_start[v + 1] && !said; k++)
      said = tmc_kind_dfd(e->kind) == TMC_DFD_PROCESS && !is_model(e->kind) &&
             !e->third_party && g->out[k].moves && g->out[k].to != v &&
             flow_says(g, &ir->flows[g->out[k].flow], TMC_WORDS_OFFICIAL_FILINGS);
    e->facts.files_officially = said;
  }
}

/* g30d. changes_accounts: code or a tool (not a model, not a third
 * party's) whose name, or a moving flow out of it, says it changes people's
 * accounts (words.yaml account_changes: "reset pwd, MFA", "unlock
 * account", "add to group"). Per element, from last_element_facts. */
static void account_changers(tmc_ir *ir, const graph *g, uint32_t v) {
  tmc_element *e = &ir->elements[v];
  bool code =
      tmc_kind_dfd(e->kind) == TMC_DFD_PROCESS && !is_model(e->kind) && !e->third_party;
  bool said = code && label_says(g, e, TMC_WORDS_ACCOUNT_CHANGES);
  for (uint32_t k = g->out_start[v]; k < g->out_start[v + 1] && code && !said; k++)
    said = g->out[k].moves && g->out[k].to != v &&
           flow_says(g, &ir->flows[g->out[k].flow], TMC_WORDS_ACCOUNT_CHANGES);
  e->facts.changes_accounts = said;
}

/* renders_pages: code (not a model, not a store) whose name says it renders
 * in a headless browser (words.yaml headless_renderers). The HTML it is given
 * loads every URL it names, so it fetches URLs as well (fetches_urls, which
 * app_tech computed from the other words, TMC-APP-005). Runs after app_tech
 * and before ssrf_reachable, which reads fetches_urls. */
static void headless_renderers(tmc_ir *ir, const graph *g) {
  for (uint32_t v = 0; v < ir->n_elements; v++) {
    tmc_element *e = &ir->elements[v];
    e->facts.renders_pages = tmc_kind_dfd(e->kind) == TMC_DFD_PROCESS &&
                             !is_model(e->kind) && e->facts.app_code &&
                             label_says(g, e, TMC_WORDS_HEADLESS);
    e->facts.fetches_urls |= e->facts.renders_pages;
  }
}

/* parses_files: code (not a model, not a store) whose name says a native
 * media or document parser (words.yaml file_parsers: ffmpeg, ImageMagick,
 * Tesseract, pdfminer, LibreOffice) and that outside content reaches
 * (tainted): the files it opens are someone else's. Linear. */
static void file_parsers(tmc_ir *ir, const graph *g, uint32_t v) {
  tmc_element *e = &ir->elements[v];
  e->facts.parses_files = tmc_kind_dfd(e->kind) == TMC_DFD_PROCESS &&
                          !is_model(e->kind) && !e->third_party && e->facts.tainted &&
                          label_says(g, e, TMC_WORDS_FILE_PARSERS);
}

/* ---- classic families: privileged accounts and reservations --------------- */

/* privileged_access (flows): code or a person reaches a store or another
 * service with an account whose label says owner, admin or superuser
 * (words.yaml privileged_accounts: "upsert (NEON_URL, owner role)").
 * holds_reservations (elements): a store whose name, or a flow into it,
 * says reservation words (words.yaml reservations: "seat holds", "reserve
 * slot"): scarce items held for someone until they pay or confirm. Linear. */
static void privileged_access(tmc_ir *ir, const graph *g, uint32_t i) {
  tmc_flow *f = &ir->flows[i];
  f->facts.privileged_access =
      !is_store(&ir->elements[f->src]) && flow_says(g, f, TMC_WORDS_PRIVILEGED);
}

static void holds_reservations(tmc_ir *ir, const graph *g, uint32_t v) {
  tmc_element *e = &ir->elements[v];
  bool held = is_store(e) && label_says(g, e, TMC_WORDS_RESERVATIONS);
  for (uint32_t k = g->in_start[v]; k < g->in_start[v + 1] && is_store(e) && !held; k++)
    held = g->in[k].to != v &&
           flow_says(g, &ir->flows[g->in[k].flow], TMC_WORDS_RESERVATIONS);
  /* r37lark: ... or a hosted booking system drawn as one outside box (a
   * ticketing SaaS, no person; not code of ours, which TMC-PATH-021's
   * flood reads by its own words) that people's own flow asks to hold
   * ("browse, hold seats, buy"), where no store drawn behind it keeps the
   * holds (that store is the one held) */
  bool asked = false;
  for (uint32_t k = g->in_start[v];
       k < g->in_start[v + 1] && tmc_kind_dfd(e->kind) == TMC_DFD_ENTITY && !asked; k++)
    asked = g->in[k].moves && g->in[k].to != v && !person(g, e) &&
            person(g, &ir->elements[g->in[k].to]) &&
            flow_says(g, &ir->flows[g->in[k].flow], TMC_WORDS_RESERVATIONS);
  for (uint32_t k = g->out_start[v]; k < g->out_start[v + 1] && asked; k++) {
    const tmc_element *s = &ir->elements[g->out[k].to];
    asked = !(is_store(s) &&
              (label_says(g, s, TMC_WORDS_RESERVATIONS) ||
               flow_says(g, &ir->flows[g->out[k].flow], TMC_WORDS_RESERVATIONS)));
  }
  e->facts.holds_reservations = held || asked;
}

/* ledger: a store (not a log, which REPUD-002 covers) whose name says a
 * ledgers word. starts_tainted_job: a batch job or scheduler (technology
 * etl) that outside content does not reach, sending a flow straight to code
 * it does reach (an Airflow DAG starting the Spark job that reads partners'
 * files): a bad delivery stops the run it schedules. Linear. */
static void ledgers_and_schedulers(tmc_ir *ir, const graph *g, uint32_t v) {
  tmc_element *e = &ir->elements[v];
  e->facts.ledger =
      is_store(e) && !e->facts.holds_logs && label_says(g, e, TMC_WORDS_LEDGERS);
  bool starts = false;
  if (e->tech == TMC_TECH_ETL && tmc_kind_dfd(e->kind) == TMC_DFD_PROCESS &&
      !e->facts.tainted)
    for (uint32_t k = g->out_start[v]; k < g->out_start[v + 1] && !starts; k++) {
      const tmc_element *w = &ir->elements[g->out[k].to];
      starts = g->out[k].to != v && tmc_kind_dfd(w->kind) == TMC_DFD_PROCESS &&
               !is_model(w->kind) && w->facts.tainted;
    }
  e->facts.starts_tainted_job = starts;
}

/* ---- classic families: outside parties' files loaded by batch jobs --------- */

/* Does entity e stand for another party's system that delivers data (a
 * partner, a bank, a SaaS exporting records): a DFD entity or a third-party
 * element, not a person (their requests are TMC-REPUD-001's and the
 * injection rules'), not anonymous and no source of packages or models? */
static bool party_system(const tmc_element *e) {
  return (e->third_party || tmc_kind_dfd(e->kind) == TMC_DFD_ENTITY) &&
         !e->facts.person && !e->facts.anonymous && !e->facts.code_source &&
         !e->facts.model_source;
}

/* loads_party_files: a batch job (technology etl) that takes in what another
 * party's system delivers, straight or through the one store it is dropped
 * in (an SFTP folder a bank writes settlement files to, a bucket a vendor's
 * CSV export lands in). Trusted or not, the delivery is another party's
 * output: the job must check its schema, ranges and volume before loading.
 * One pass marks the stores such a system writes to, one over the jobs'
 * in-edges: linear. */
static void party_files(tmc_ir *ir, const graph *g) {
  uint32_t n = ir->n_elements;
  bool *dropped = tmc_xcalloc(n + 1, sizeof *dropped);
  for (uint32_t v = 0; v < n; v++) {
    const tmc_element *e = &ir->elements[v];
    if (!party_system(e))
      continue;
    for (uint32_t k = g->out_start[v]; k < g->out_start[v + 1]; k++)
      if (g->out[k].moves && g->out[k].to != v && is_store(&ir->elements[g->out[k].to]))
        dropped[g->out[k].to] = true;
  }
  for (uint32_t v = 0; v < n; v++) {
    tmc_element *e = &ir->elements[v];
    bool loads = false;
    if (e->tech == TMC_TECH_ETL && tmc_kind_dfd(e->kind) == TMC_DFD_PROCESS &&
        !e->third_party)
      for (uint32_t k = g->in_start[v]; k < g->in_start[v + 1] && !loads; k++) {
        uint32_t u = g->in[k].to;
        loads =
            g->in[k].moves && u != v && (dropped[u] || party_system(&ir->elements[u]));
      }
    e->facts.loads_party_files = loads;
  }
  free(dropped);
}

/* orders_devices: code (a process, not a model, not a device or a broker
 * itself) that sends field devices their commands: straight (a flow that
 * commands_device) or by publishing to a device broker that sends them on
 * (a Lambda publishing relay commands to IoT Core). Who ordered each
 * command is what an unlock or a disconnect must be traced to. Two passes
 * over the edges: linear. */
static void device_orders(tmc_ir *ir, const graph *g) {
  uint32_t n = ir->n_elements;
  bool *relays = tmc_xcalloc(n + 1, sizeof *relays);
  for (uint32_t v = 0; v < n; v++)
    for (uint32_t k = g->out_start[v];
         k < g->out_start[v + 1] && ir->elements[v].facts.device_broker && !relays[v];
         k++)
      relays[v] = ir->flows[g->out[k].flow].facts.commands_device;
  for (uint32_t v = 0; v < n; v++) {
    tmc_element *e = &ir->elements[v];
    bool orders = false;
    if (tmc_kind_dfd(e->kind) == TMC_DFD_PROCESS && !is_model(e->kind) &&
        !e->facts.device_broker && !e->facts.field_device)
      for (uint32_t k = g->out_start[v]; k < g->out_start[v + 1] && !orders; k++) {
        const tmc_flow *f = &ir->flows[g->out[k].flow];
        orders = g->out[k].to != v && ((f->src == v && f->facts.commands_device) ||
                                       (g->out[k].moves && relays[g->out[k].to]));
      }
    e->facts.orders_devices = orders;
  }
  free(relays);
}

/* ---- classic13: schedulers and code behind a front ------------------------ */

/* schedules_jobs: a process (no model, not a vendor's) whose name says a job
 * scheduler (words.yaml job_schedulers) and that sends a flow to other code:
 * the jobs it starts run with their own accounts, and a job definition edited
 * in the scheduler, or a manual run, is code run as them. fronted_callers:
 * the system's own code behind a front (a technology both a public endpoint
 * and a product: an API gateway, a load balancer or ingress, a CDN) that a
 * lower zone or an outsider calls, straight or through a chain of fronts;
 * the front relays every caller's request, so the per-object and per-caller
 * checks are this code's. One walk over the fronts and one pass over the
 * edges: linear. */
static void front_reach(tmc_ir *ir, const graph *g, last_walks *lw) {
  uint32_t n = ir->n_elements, head = 0, tail = 0;
  const tmc_techset FRONT = tmc_lexicon_techs(g->lx, TMC_TECHS_PUBLIC_ENDPOINTS) &
                            tmc_lexicon_techs(g->lx, TMC_TECHS_PRODUCTS);
  bool *reached = lw->front_reached = tmc_xcalloc(n + 1, sizeof *reached);
  uint32_t *bfs = tmc_xcalloc(n + 1, sizeof *bfs);
  for (uint32_t v = 0; v < n; v++) {
    const tmc_element *e = &ir->elements[v];
    if (tmc_kind_dfd(e->kind) == TMC_DFD_PROCESS && (TMC_TECHSET(e->tech) & FRONT) &&
        e->facts.lower_trust_callers && !e->third_party)
      reached[v] = true, bfs[tail++] = v;
  }
  while (head < tail) {
    uint32_t v = bfs[head++];
    for (uint32_t k = g->out_start[v]; k < g->out_start[v + 1]; k++) {
      uint32_t w = g->out[k].to;
      const tmc_element *we = &ir->elements[w];
      if (g->out[k].moves && !reached[w] && tmc_kind_dfd(we->kind) == TMC_DFD_PROCESS &&
          (TMC_TECHSET(we->tech) & FRONT) && !we->third_party)
        reached[w] = true, bfs[tail++] = w;
    }
  }
  free(bfs);
}

/* schedules_jobs, fronted_callers of element v, from front_reach's marks. */
static void schedulers_and_fronts(tmc_ir *ir, const graph *g, const last_walks *lw,
                                  uint32_t v) {
  const tmc_techset FRONT = tmc_lexicon_techs(g->lx, TMC_TECHS_PUBLIC_ENDPOINTS) &
                            tmc_lexicon_techs(g->lx, TMC_TECHS_PRODUCTS);
  const bool *reached = lw->front_reached;
  tmc_element *e = &ir->elements[v];
  bool code =
      tmc_kind_dfd(e->kind) == TMC_DFD_PROCESS && !is_model(e->kind) && !e->third_party;
  bool starts = false, fronted = false;
  if (code && label_says(g, e, TMC_WORDS_JOB_SCHEDULERS))
    for (uint32_t k = g->out_start[v]; k < g->out_start[v + 1] && !starts; k++) {
      const tmc_element *w = &ir->elements[g->out[k].to];
      starts = g->out[k].moves && g->out[k].to != v &&
               tmc_kind_dfd(w->kind) == TMC_DFD_PROCESS && !is_model(w->kind);
    }
  if (code && e->facts.app_code && !(TMC_TECHSET(e->tech) & FRONT))
    for (uint32_t k = g->in_start[v]; k < g->in_start[v + 1] && !fronted; k++)
      fronted = g->in[k].moves && g->in[k].to != v && reached[g->in[k].to];
  e->facts.schedules_jobs = starts;
  e->facts.fronted_callers = fronted;
}

/* keyed_by_sender, by structure: besides a flow saying "by e-mail address"
 * (sender_keys), a flow outside content reaches (tainted) from code into a
 * store whose name says it maps outside identities to ours (words.yaml
 * identity_maps: "Identity & group map", "account links"), which answers
 * the code: the id or address the message gave picks whose rights apply.
 * After answered; one pass over the flows. */
static void identity_lookups(tmc_ir *ir, const graph *g) {
  for (uint32_t i = 0; i < ir->n_flows; i++) {
    tmc_flow *f = &ir->flows[i];
    const tmc_element *s = &ir->elements[f->src], *t = &ir->elements[f->dst];
    if (f->facts.tainted && f->facts.answered && f->src != f->dst &&
        tmc_kind_dfd(s->kind) == TMC_DFD_PROCESS && !is_model(s->kind) && is_store(t) &&
        label_says(g, t, TMC_WORDS_IDENTITY_MAPS))
      f->facts.keyed_by_sender = true;
  }
}

/* ---- classic families: cleartext transport and audit trails ---------------- */

/* cleartext (flows): the label, protocol or a data name says a cleartext
 * protocol (words.yaml cleartext_protocols: "nightly CSV over FTP") and
 * nothing says the flow is encrypted. changes_decisions (flows): someone
 * whose decision must be on record writes it here: a person (or an entity
 * that is no source of packages, models or data), code a person
 * sends requests to straight (a case desk, an admin UI) or code an LLM
 * drives (model_output: a checkout tool the agent calls); the flow says a
 * decision (labels, a verdict, a promotion, an order: words.yaml decisions)
 * or is such a someone's write into a model registry (a release); and it lands
 * where the trail is needed: a store that is not itself a log (a log is the
 * trail), or an outside party or a vendor's service that acts on it (not
 * a person, not a query into a store). A person's request to code is TMC-REPUD-001's. One
 * pass over the edges and one over the flows: linear. */
static void audit_trails(tmc_ir *ir, const graph *g) {
  uint32_t n = ir->n_elements;
  bool *person_fed = tmc_xcalloc(n + 1, sizeof *person_fed);
  bool *passes_on = tmc_xcalloc(n + 1, sizeof *passes_on);
  bool *staff_decides = tmc_xcalloc(ir->n_flows + 1, sizeof *staff_decides);
  for (uint32_t v = 0; v < n; v++) {
    if (tmc_kind_dfd(ir->elements[v].kind) != TMC_DFD_PROCESS)
      continue;
    for (uint32_t k = g->in_start[v]; k < g->in_start[v + 1] && !person_fed[v]; k++)
      person_fed[v] =
          g->in[k].moves && g->in[k].to != v && ir->elements[g->in[k].to].facts.person;
  }
  for (uint32_t i = 0; i < ir->n_flows; i++) {
    tmc_flow *f = &ir->flows[i];
    const tmc_element *s = &ir->elements[f->src], *t = &ir->elements[f->dst];
    f->facts.cleartext =
        f->encrypted != TMC_TRI_YES && flow_says(g, f, TMC_WORDS_CLEARTEXT);
    tmc_dfd sd = tmc_kind_dfd(s->kind), td = tmc_kind_dfd(t->kind);
    bool query = tmc_flowgraph_query_into_store(ir, g->lx, f, f->src, f->dst);
    /* someone drawn outside the code (named a person, or an entity that
     * supplies no packages, models or data: a "Release manager") */
    bool someone = s->facts.person || (sd == TMC_DFD_ENTITY && !s->facts.outside_source &&
                                       !s->facts.publishes && !s->facts.anonymous);
    bool lands = f->src != f->dst && !query &&
                 ((is_store(t) && !t->facts.holds_logs) ||
                  (td == TMC_DFD_ENTITY && !t->facts.person) || t->facts.vendor_service);
    bool actor = someone ||
                 (sd == TMC_DFD_PROCESS && (person_fed[f->src] || s->facts.model_output));
    /* ... or a model's output is sent on with nobody deciding each case
     * (an auto-send relay, auto-approval): the rule and the output that
     * decided must be on record */
    /* ... or (classic19, causes19 C2) code a model drives commits or
     * pushes a change to code others build and run (words.yaml
     * code_changes): which model, prompt and context wrote it must be on
     * record as a release's approver is */
    bool decides = flow_says(g, f, TMC_WORDS_DECISIONS) ||
                   (someone && t->kind == TMC_KIND_MODEL_REGISTRY) ||
                   (sd == TMC_DFD_PROCESS && s->facts.model_output &&
                    (flow_says(g, f, TMC_WORDS_AUTO_ACTIONS) ||
                     label_says(g, t, TMC_WORDS_AUTO_ACTIONS) ||
                     flow_says(g, f, TMC_WORDS_CODE_CHANGES)));
    f->facts.changes_decisions = lands && actor && decides && !s->third_party;
    if (f->facts.changes_decisions)
      passes_on[f->src] = true;
    staff_decides[i] = !f->facts.changes_decisions && decides && f->src != f->dst &&
                       !query && td == TMC_DFD_PROCESS && sd == TMC_DFD_ENTITY &&
                       someone && !s->facts.public_person && !s->third_party;
  }
  /* r2b35: ... or the organisation's own people send a decision straight
   * to code that passes no decision on (an accountant building a payment
   * register in head office's server, an editor rejecting a paper in the
   * submission site): that code is where the trail of who decided must be
   * kept. Code that writes the decision on into a store or to another party
   * is recorded there; a hand edit of money or an account is
   * unattributed_edit's; a member of the public's request to code stays
   * TMC-REPUD-001's. */
  for (uint32_t i = 0; i < ir->n_flows; i++) {
    tmc_flow *f = &ir->flows[i];
    if (staff_decides[i] && !passes_on[f->dst] && !flow_says(g, f, TMC_WORDS_EDITS))
      f->facts.changes_decisions = true;
  }
  free(staff_decides);
  free(passes_on);
  free(person_fed);
}

/* paths14. calls_vendor: the system's own code (no model, no third
 * party's) with a flow to a vendor's service that is no model or LLM (a
 * GDS, a payments or SMS API): every request it passes on spends a metered
 * or rate-limited allowance, so whoever sends it volume exhausts it for
 * everyone (TMC-PATH-021). A vendor's model is TMC-PATH-009/010's. */
static void vendor_callers(tmc_ir *ir, const graph *g, uint32_t v) {
  tmc_element *e = &ir->elements[v];
  e->facts.calls_vendor = false;
  if (tmc_kind_dfd(e->kind) != TMC_DFD_PROCESS || tmc_kind_is_ai(e->kind) ||
      e->third_party || e->facts.vendor_service)
    return;
  for (uint32_t k = g->out_start[v]; k < g->out_start[v + 1]; k++) {
    const tmc_element *u = &ir->elements[g->out[k].to];
    if (!g->out[k].back && g->out[k].to != v && u->facts.vendor_service &&
        !is_model(u->kind))
      e->facts.calls_vendor = true;
  }
}

/* paths14. keys_listed: a store whose label lists what it holds, at least
 * half of the items saying credential words (words.yaml credential): what
 * a reviewer calls a key store whatever its technology ("devbox env
 * GITLAB_TOKEN, AWS_* keys", "credentials & schedules", "CI secrets"), not a
 * database that keeps a few keys among its records ("postgres · videos, API
 * keys, embed domains": one item of four). Items are what the label's
 * separators (, & / + ; · | newline, brackets, " and ") split it into. */
static bool lists_keys(const graph *g, const char *p) {
  char buf[512];
  unsigned items = 0, keys = 0;
  while (*p) {
    size_t n = 0;
    while (*p == ' ')
      p++;
    /* paths26: a file's path ("~/.ngc/config", "./secrets/") is one item:
     * its slashes separate nothing */
    bool path = *p == '~' || *p == '.' || *p == '/';
    /* one item: up to the next separator (a middle dot is two bytes) */
    while (p[n] && (!strchr(",&/+;|()[]\n", p[n]) || (path && p[n] == '/')) &&
           !(p[n] == '\xc2' && p[n + 1] == '\xb7') && strncmp(p + n, " and ", 5) != 0)
      n++;
    size_t m = n < sizeof buf - 1 ? n : sizeof buf - 1;
    memcpy(buf, p, m);
    buf[m] = '\0';
    /* xgoal (cross-31): a slash after a login ("one user/pass", "EHR
     * login / password", "1C login / parol": the item's last word a login's,
     * words.yaml technical_login_suffixes) pairs it with its password: one
     * item, when the two say a credential together. Not a slash between
     * records ("customers / API keys": two items) */
    size_t lw = m;
    while (lw && buf[lw - 1] == ' ')
      lw--;
    size_t ls = lw;
    while (ls && buf[ls - 1] != ' ')
      ls--;
    char last[32];
    if (p[n] == '/' && !path && lw > ls && lw - ls < sizeof last &&
        !tmc_lexicon_says(g->lx, TMC_WORDS_CREDENTIAL, buf)) {
      memcpy(last, buf + ls, lw - ls);
      last[lw - ls] = '\0';
      size_t j = n + 1;
      while (p[j] && !strchr(",&/+;|()[]\n", p[j]) &&
             !(p[j] == '\xc2' && p[j + 1] == '\xb7') && strncmp(p + j, " and ", 5) != 0)
        j++;
      char both[512];
      size_t bm = j < sizeof both - 1 ? j : sizeof both - 1;
      memcpy(both, p, bm);
      both[bm] = '\0';
      if (tmc_lexicon_says(g->lx, TMC_WORDS_TECHNICAL_LOGIN_SUFFIXES, last) &&
          tmc_lexicon_says(g->lx, TMC_WORDS_CREDENTIAL, both)) {
        n = j;
        memcpy(buf, both, bm + 1);
        m = bm;
      }
    }
    /* an item names something: three letters at least (not a DFD
     * number like "D4") */
    unsigned letters = 0;
    for (size_t i = 0; i < m; i++)
      letters += isalpha((unsigned char)buf[i]) != 0;
    bool key = tmc_lexicon_says(g->lx, TMC_WORDS_CREDENTIAL, buf) != NULL;
    /* g30b: ... or a setting whose key says so ("api_token=…",
     * "terminal_key = …"): its words joined by underscores, a key at the end */
    const char *eq = strchr(buf, '=');
    if (!key && eq && eq > buf) {
      char kb[128];
      size_t kn = (size_t)(eq - buf) < sizeof kb - 1 ? (size_t)(eq - buf) : sizeof kb - 1;
      memcpy(kb, buf, kn);
      while (kn && kb[kn - 1] == ' ')
        kn--;
      kb[kn] = '\0';
      for (size_t i = 0; i < kn; i++)
        if (kb[i] == '_' || kb[i] == '.')
          kb[i] = ' ';
      key = tmc_lexicon_says(g->lx, TMC_WORDS_CREDENTIAL, kb) != NULL ||
            (kn >= 4 && strcasecmp(kb + kn - 4, " key") == 0);
    }
    /* paths33: ... or a key file's type, short as it is (".p12", "pfx") */
    if (letters >= 3 || key) {
      items++;
      keys += key;
    }
    p += n;
    if (*p == '\xc2' && p[1] == '\xb7')
      p += 2;
    else if (strncmp(p, " and ", 5) == 0)
      p += 5;
    else if (*p)
      p++;
  }
  return keys > 0 && 2 * keys >= items;
}

static void key_stores(tmc_ir *ir, const graph *g, uint32_t v) {
  tmc_element *e = &ir->elements[v];
  e->facts.keys_listed = false;
  if (!is_store(e) || !e->facts.plain_keys || !e->label)
    return;
  /* g30b (blind30): ... and a label drawn as lines (a config file's one
   * setting a line: "pp.conf\napi_token=…\nterminal_key=…") lists its items
   * line by line too, where the joined label runs them together */
  /* g31d (blind31): a file named as keys or settings by its name line
   * ("wp-config.php\n(DB password, payment key)") holds what its detail
   * lines list: its own name is the file, not one of the items in it */
  e->facts.keys_listed =
      lists_keys(g, e->label) ||
      (e->name_line && e->detail_lines &&
       (lists_keys(
            g, tmc_arena_printf(ir->arena, "%s\n%s", e->name_line, e->detail_lines)) ||
        (tmc_named_key_file(g->lx, e) && lists_keys(g, e->detail_lines))));
}

/* admin_link: a flow out of a person or outside party (no store, no model)
 * whose label says admin or debug access words */
static void admin_link(tmc_ir *ir, const graph *g, uint32_t i) {
  tmc_flow *f = &ir->flows[i];
  const tmc_element *s = &ir->elements[f->src];
  f->facts.admin_link =
      tmc_kind_dfd(s->kind) == TMC_DFD_ENTITY &&
      (flow_says(g, f, TMC_WORDS_ADMIN_ACCESS) || flow_says(g, f, TMC_WORDS_DEBUG_PORTS));
}

/* ---- llm15: cost someone bills per use; model text people read ---------- */

/* A store whose content people read as it is, not one the system only
 * keeps for itself: no log, agent memory or history, keys, model files or
 * vault. */
static bool people_read(const tmc_element *e) {
  return !e->facts.holds_logs && !e->facts.agent_memory && !e->facts.thread_history &&
         !e->facts.secrets_vault && !e->facts.plain_keys && !e->facts.model_artifacts;
}

/* precision21 (D1): is store v, read into prompts by code w, searched as
 * a corpus rather than handed on as the work itself? Retrieval is drawn
 * as a search index (technology or words.yaml search_indexes), as an
 * index an ingestion step fills, or as a read that says a search or a
 * lookup (words.yaml query) on either flow between the two ("full-text
 * search", "matching threads"). A mailbox the code polls ("new mail +
 * attachment") or a chat channel it posts to and hears back from
 * ("approve / deny") holds the request being worked on: its text in the
 * prompt is indirect injection (TMC-LLM-002), not a poisoned corpus. */
static bool searched_by(const tmc_ir *ir, const graph *g, uint32_t v, uint32_t w) {
  const tmc_element *e = &ir->elements[v];
  if (e->tech == TMC_TECH_SEARCH || label_says(g, e, TMC_WORDS_SEARCH_INDEXES))
    return true;
  for (uint32_t k = g->in_start[v]; k < g->in_start[v + 1]; k++)
    if (g->in[k].moves && g->in[k].to != v &&
        TMC_ROLESET_HAS(ir->elements[g->in[k].to].roles, TMC_ROLE_INGESTION))
      return true;
  for (uint32_t k = g->out_start[v]; k < g->out_start[v + 1]; k++)
    if (g->out[k].to == w &&
        flow_says(g, &ir->flows[g->out[k].flow], TMC_WORDS_RETRIEVAL_READS))
      return true;
  for (uint32_t k = g->out_start[w]; k < g->out_start[w + 1]; k++)
    if (g->out[k].to == v &&
        flow_says(g, &ir->flows[g->out[k].flow], TMC_WORDS_RETRIEVAL_READS))
      return true;
  return false;
}

/* Code that moves what it gets on to people: a process, tool or pipeline
 * that is no model and no LLM. */
static bool relays(const tmc_element *e) {
  return tmc_kind_dfd(e->kind) == TMC_DFD_PROCESS && !is_model(e->kind);
}

/* A person who reads what reaches them: named as people or the public
 * (staff, customers, policyholders), not as content sent in ("public web
 * pages": publishes), nor a vendor's API whose name happens to say a
 * people word ("Admin API"). */
static bool reader(const tmc_element *p) {
  return (p->facts.person || (p->facts.public_person && !p->facts.publishes)) &&
         !p->facts.vendor_service && !p->third_party;
}

/* Code that shows people what a store holds: it relays and drives no
 * model (a retriever or the code building prompts answers with what the
 * model wrote, which is the model's output, not the store's). */
static bool passes_on(const tmc_element *e, tmc_roleset builders) {
  return relays(e) && !(e->roles & builders);
}

/* feeds_job_queue: code with a flow into a queue or cache (technology) that
 * a trainer reads with no other store between (feeds_training): a job
 * queue. billed_per_use: its name says a service billed per query, page or
 * call, or it is a data warehouse (technology), and it is not on the
 * organisation's own premises. read_into_prompts:
 * a store people may read as it is (people_read; no queue, stream or
 * mailbox, which hand messages on rather than answer a search) whose data
 * moves into code building prompts. published_to_people: backwards from
 * every person (facts.c accounts: person, not content sent in) along moving
 * edges: code reaching one through code only (reach0), then the stores
 * people read that feed a person or such code (one store), then code
 * reaching those through code only. Two BFS walks, each element queued
 * once per walk; code driving a model is no way to people (passes_on).
 * lands_where_read: a flow moving data (no query) into an element published to
 * people that is no person itself. After accounts, on_premises,
 * agent_memory, holds_logs, model_artifacts and training_and_callers. */
static void llm15_facts(tmc_ir *ir, const graph *g) {
  const tmc_roleset BUILDERS = TMC_ROLESET(TMC_ROLE_PROMPT_ASSEMBLER) |
                               TMC_ROLESET(TMC_ROLE_AGENT) |
                               TMC_ROLESET(TMC_ROLE_RETRIEVER);
  uint32_t n = ir->n_elements;
  for (uint32_t v = 0; v < n; v++) {
    tmc_element *e = &ir->elements[v];
    e->facts.feeds_job_queue = e->facts.read_into_prompts = false;
    e->facts.published_to_people = false;
    /* a warehouse (technology) bills by what it scans or the slots it
     * holds, as surely as a name in the list does (review15: the one fact
     * TMC-LLM-020 and TMC-PATH-023 both read) */
    e->facts.billed_per_use = (label_says(g, e, TMC_WORDS_BILLED_PER_USE) ||
                               e->tech == TMC_TECH_DATA_WAREHOUSE) &&
                              !e->facts.on_premises;
    bool hands_on = e->tech == TMC_TECH_QUEUE || e->tech == TMC_TECH_STREAM ||
                    e->tech == TMC_TECH_EMAIL;
    for (uint32_t k = g->out_start[v]; k < g->out_start[v + 1]; k++) {
      const tmc_element *w = &ir->elements[g->out[k].to];
      if (!g->out[k].moves || g->out[k].to == v)
        continue;
      /* precision19 (D5): not a cache on the users' own devices (the
       * phone's local examples an on-device trainer reads: the phone's
       * compute, nobody's bill) */
      if (relays(e) && is_store(w) && w->facts.feeds_training &&
          (w->tech == TMC_TECH_QUEUE || w->tech == TMC_TECH_CACHE) &&
          !(w->boundary != TMC_NONE && named_device_zone(ir, g, w->boundary)))
        e->facts.feeds_job_queue = true;
      if (is_store(e) && !hands_on && people_read(e) && (w->roles & BUILDERS) &&
          w->kind != TMC_KIND_LLM && searched_by(ir, g, v, g->out[k].to))
        e->facts.read_into_prompts = true;
    }
  }
  /* public_model_api: a request into the model straight from an outsider
   * no staff word names, or from an off-the-shelf front outsiders call */
  for (uint32_t v = 0; v < n; v++) {
    tmc_element *e = &ir->elements[v];
    e->facts.public_model_api = false;
    if (!e->facts.inference_api)
      continue;
    for (uint32_t k = g->in_start[v]; k < g->in_start[v + 1]; k++) {
      uint32_t u = g->in[k].to;
      const tmc_element *s = &ir->elements[u];
      /* an outside party's update or download installed into it (a
       * vendor's base weights) is no call to its inference API */
      if (!g->in[k].moves || u == v || !is_request(ir, g, u, g->in[k].flow) ||
          ir->flows[g->in[k].flow].facts.vendor_update)
        continue;
      bool outsider = tmc_kind_dfd(s->kind) == TMC_DFD_ENTITY && !s->third_party &&
                      tmc_ir_element_trust(ir, u) == 0 &&
                      (!s->facts.person || s->facts.public_person);
      bool front = tmc_kind_dfd(s->kind) == TMC_DFD_PROCESS && !is_model(s->kind) &&
                   !s->facts.app_code &&
                   (s->facts.lower_trust_callers || s->facts.untrusted_callers);
      if (outsider || front)
        e->facts.public_model_api = true;
    }
  }
  bool *reach0 = tmc_xcalloc(n + 1, sizeof(bool));
  uint32_t *bfs = tmc_xcalloc(n + 1, sizeof(uint32_t));
  uint32_t head = 0, tail = 0;
  for (uint32_t v = 0; v < n; v++) {
    const tmc_element *p = &ir->elements[v];
    if (!reader(p))
      continue;
    for (uint32_t k = g->in_start[v]; k < g->in_start[v + 1]; k++) {
      uint32_t u = g->in[k].to;
      if (g->in[k].moves && u != v && passes_on(&ir->elements[u], BUILDERS) &&
          !reach0[u]) {
        reach0[u] = true;
        bfs[tail++] = u;
      }
    }
  }
  while (head < tail) {
    uint32_t v = bfs[head++];
    for (uint32_t k = g->in_start[v]; k < g->in_start[v + 1]; k++) {
      uint32_t u = g->in[k].to;
      if (g->in[k].moves && passes_on(&ir->elements[u], BUILDERS) && !reach0[u]) {
        reach0[u] = true;
        bfs[tail++] = u;
      }
    }
  }
  /* the one store on the way: it feeds a person, or code reaching one */
  head = tail = 0;
  for (uint32_t v = 0; v < n; v++) {
    tmc_element *e = &ir->elements[v];
    if (!is_store(e) || !people_read(e))
      continue;
    for (uint32_t k = g->out_start[v]; k < g->out_start[v + 1]; k++) {
      const tmc_element *w = &ir->elements[g->out[k].to];
      if (g->out[k].moves && g->out[k].to != v && (reader(w) || reach0[g->out[k].to])) {
        e->facts.published_to_people = true;
        bfs[tail++] = v;
        break;
      }
    }
  }
  while (head < tail) {
    uint32_t v = bfs[head++];
    for (uint32_t k = g->in_start[v]; k < g->in_start[v + 1]; k++) {
      uint32_t u = g->in[k].to;
      tmc_element *ue = &ir->elements[u];
      if (g->in[k].moves && passes_on(ue, BUILDERS) && !ue->facts.published_to_people) {
        ue->facts.published_to_people = true;
        bfs[tail++] = u;
      }
    }
  }
  for (uint32_t i = 0; i < ir->n_flows; i++) {
    tmc_flow *f = &ir->flows[i];
    const tmc_element *d = &ir->elements[f->dst];
    f->facts.lands_where_read =
        d->facts.published_to_people && tmc_kind_dfd(d->kind) != TMC_DFD_ENTITY &&
        f->src != f->dst && !tmc_flowgraph_query_into_store(ir, g->lx, f, f->src, f->dst);
  }
  free(bfs);
  free(reach0);
}

/* ---- classic15: who acted, and on whose record ------------------------------ */

/* Does code v act for others: people send it requests (through code), a
 * model drives it, a person sends it data straight, or it answers a caller
 * (a request it takes and replies to) whose content people choose? A batch
 * job reading stores on a timer acts for nobody. */
static bool acts_for_others(const tmc_ir *ir, const graph *g, uint32_t v) {
  const tmc_element *e = &ir->elements[v];
  if (e->facts.people_callers || e->facts.model_output)
    return true;
  for (uint32_t k = g->in_start[v]; k < g->in_start[v + 1]; k++) {
    const tmc_flowedge *ed = &g->in[k];
    if (ed->to == v || !ed->moves)
      continue;
    if (ir->elements[ed->to].facts.person || (ed->paired && e->facts.influenced))
      return true;
  }
  return false;
}

/* acts_for_others(v), asked once per element: shared_identities asks it of
 * a flow's source for every flow out of it, and it walks the source's
 * in-edges (per flow, a busy process was out(v) x in(v): review16 item 3).
 * memo[v]: 0 not asked yet, 1 no, 2 yes. Reads facts shared_identities
 * does not write, so the answer cannot change while the memo lives. */
static bool acts_for_others_memo(const tmc_ir *ir, const graph *g, uint8_t *memo,
                                 uint32_t v) {
  if (!memo[v])
    memo[v] = acts_for_others(ir, g, v) ? 2 : 1;
  return memo[v] == 2;
}

/* Does text hold a name that starts with a service_account_prefixes word
 * and a hyphen or underscore ("svc-desk-research", "sa_reporting")? Only at
 * the start of the name: "orders-svc" names a service. own: text is the
 * code's own label, whose first word is the code's name ("parquet_writer",
 * "file_reader (Python)"), no login, whatever it ends in (review16); a
 * login in its details ("(user capacity_ro)") still is one. */
static bool says_service_account(const graph *g, const char *text, bool own) {
  char word[16];
  const char *name = text; /* the first word */
  while (name && *name && !isalnum((unsigned char)*name))
    name++;
  for (const char *p = text; p && *p; p++) {
    if (!isalnum((unsigned char)*p) ||
        (p > text && (isalnum((unsigned char)p[-1]) || p[-1] == '-' || p[-1] == '_')))
      continue;
    size_t n = 0;
    while (isalnum((unsigned char)p[n]) && n < sizeof word - 1)
      n++;
    if ((p[n] == '-' || p[n] == '_') && isalnum((unsigned char)p[n + 1])) {
      memcpy(word, p, n);
      word[n] = '\0';
      if (tmc_lexicon_says(g->lx, TMC_WORDS_SERVICE_ACCOUNT_PREFIXES, word))
        return true;
    }
    /* llmcls16: a database login named for the code ends in a suffix
     * after an underscore ("askbi_ro", "report_reader"); the name's last
     * part, after its last underscore */
    size_t m = 0;
    while (isalnum((unsigned char)p[m]) || p[m] == '_' || p[m] == '-')
      m++;
    if (own && p == name)
      continue;
    size_t last = m;
    while (last > 0 && p[last - 1] != '_')
      last--;
    if (last > 1 && last < m && isalnum((unsigned char)p[last - 2]) &&
        m - last < sizeof word) {
      size_t k = m - last;
      memcpy(word, p + last, k);
      word[k] = '\0';
      bool plain = true; /* the suffix is letters and digits only */
      for (size_t j = 0; j < k; j++)
        plain &= isalnum((unsigned char)word[j]) != 0;
      if (plain && tmc_lexicon_says(g->lx, TMC_WORDS_SERVICE_ACCOUNT_SUFFIXES, word))
        return true;
      /* classic19 (causes19 C2): a technical login in capitals, its
       * last part saying a login ("RFC_CBM_USER", "ODATA_BATCH",
       * "WF_BATCH_USR"): SAP's and mainframes' naming of the one user an
       * interface runs as (words.yaml technical_login_suffixes) */
      bool caps = true;
      for (size_t j = 0; j < m && caps; j++)
        caps =
            isupper((unsigned char)p[j]) || isdigit((unsigned char)p[j]) || p[j] == '_';
      if (caps && isupper((unsigned char)p[0]) &&
          tmc_lexicon_says(g->lx, TMC_WORDS_TECHNICAL_LOGIN_SUFFIXES, word))
        return true;
    }
  }
  return false;
}

static bool names_service_account(const graph *g, const char *text) {
  return says_service_account(g, text, false);
}

/* Does code v act under one identity of its own by what the diagram says:
 * its name, or a credential a key store hands it (the flow, or the store:
 * "Secret Manager sa-askquay key") saying a service identity word? A
 * caller's flow naming how the caller logs in ("client credentials") says
 * who the caller is, not v. */
static bool named_service_identity(const tmc_ir *ir, const graph *g, uint32_t v) {
  if (label_says(g, &ir->elements[v], TMC_WORDS_SERVICE_IDENTITIES) ||
      label_says(g, &ir->elements[v], TMC_WORDS_DATABASE_LOGINS) || /* llmcls16 */
      says_service_account(g, ir->elements[v].label, true))
    return true;
  for (uint32_t k = g->in_start[v]; k < g->in_start[v + 1]; k++) {
    const tmc_flowedge *ed = &g->in[k];
    const tmc_element *w = &ir->elements[ed->to];
    bool keys = w->facts.secrets_vault || w->facts.plain_keys ||
                TMC_ROLESET_HAS(w->roles, TMC_ROLE_CREDENTIAL_HOLDER);
    if (ed->to != v && keys &&
        (flow_says(g, &ir->flows[ed->flow], TMC_WORDS_SERVICE_IDENTITIES) ||
         label_says(g, w, TMC_WORDS_SERVICE_IDENTITIES) ||
         names_service_account(g, ir->flows[ed->flow].label) ||
         names_service_account(g, w->label)))
      return true;
  }
  return false;
}

/* named_service_identity(v), asked once per element (it walks v's in-edges
 * and reads their labels; asked per flow out of v): memo as
 * acts_for_others_memo's. */
static bool named_service_identity_memo(const tmc_ir *ir, const graph *g, uint8_t *memo,
                                        uint32_t v) {
  if (!memo[v])
    memo[v] = named_service_identity(ir, g, v) ? 2 : 1;
  return memo[v] == 2;
}

/* shared_identity (flows): the system's own code (no model, no outside
 * party's) acting for others writes or reads, under one identity of its
 * own, where the action lands: a store that is no log or key store, or
 * another party's service. The identity is named (a service account, an
 * API app, an integration user: on the flow, the code or the credential
 * handed to it), or, for code a model drives, implied: another party's
 * service it changes something in ("POST /api/tickets", "create / update
 * page") only knows the integration's key. Not where the flow or the code
 * names a per-person delegated token. community_edition (elements): a
 * store or code whose name says a free or community edition that anyone
 * (a person or code) sends changes into. shows_model_verdicts (elements):
 * code that a classic model's verdicts reach (from the model, or from a
 * store a model_verdict flow files them in, or on a flow saying scores)
 * and that shows them to staff who decide: it sends to a person who is not
 * the public, or such a person sends it their reads, or its name says a
 * staff console, or a screen with no member of the public in front of it. names_record
 * (flows): code acting for others passes on a request naming a record by id or number
 * (record_ids, none of record_id_exclusions, no credential), or a person sends one
 * straight to code keeping no sessions, to its owners' code that keeps
 * records (a store, a database, another party's service); a web
 * application people log in to with sessions is TMC-APP-014's.
 * After audit_trails and verdict_stores; a few passes over the flows and
 * each element's edges: linear. */
static void shared_identities(tmc_ir *ir, const graph *g) {
  uint32_t n = ir->n_elements;
  bool *filed = tmc_xcalloc(n + 1, sizeof *filed);
  for (uint32_t i = 0; i < ir->n_flows; i++)
    if (ir->flows[i].facts.model_verdict || ir->flows[i].facts.carries_scores)
      filed[ir->flows[i].dst] = true;
  for (uint32_t v = 0; v < n; v++) {
    tmc_element *e = &ir->elements[v];
    tmc_dfd dfd = tmc_kind_dfd(e->kind);
    e->facts.community_edition = e->facts.shows_model_verdicts = false;
    if (dfd == TMC_DFD_ENTITY || e->third_party)
      continue;
    if (label_says(g, e, TMC_WORDS_COMMUNITY_EDITIONS))
      for (uint32_t k = g->in_start[v]; k < g->in_start[v + 1]; k++)
        e->facts.community_edition |=
            g->in[k].moves && g->in[k].to != v && !is_store(&ir->elements[g->in[k].to]);
    if (dfd != TMC_DFD_PROCESS || is_model(e->kind) || gives_verdicts(e) ||
        TMC_ROLESET_HAS(e->roles, TMC_ROLE_TRAINER))
      continue;
    bool verdicts = false, asked = false, staff = false, public = false;
    for (uint32_t k = g->in_start[v]; k < g->in_start[v + 1] && !verdicts; k++) {
      const tmc_flowedge *ed = &g->in[k];
      const tmc_element *w = &ir->elements[ed->to];
      /* handed over unasked by the model (not the answer of a model v
       * calls), or filed in a store v reads */
      verdicts = ed->to != v && ed->moves &&
                 ((gives_verdicts(w) && !ed->paired) || (is_store(w) && filed[ed->to]) ||
                  (ir->flows[ed->flow].facts.carries_scores && !ed->paired));
      asked |= ed->to != v && ed->moves && ed->paired &&
               (gives_verdicts(w) || ir->flows[ed->flow].facts.carries_scores);
    }
    for (uint32_t k = g->out_start[v]; k < g->out_start[v + 1] && (verdicts || asked);
         k++) {
      const tmc_element *w = &ir->elements[g->out[k].to];
      public |= w->facts.public_person;
      staff |= w->facts.person && !w->facts.public_person;
    }
    /* ... or staff work at it: a person who is not the public sends it
     * their reads and decisions ("reads, signs report") */
    for (uint32_t k = g->in_start[v]; k < g->in_start[v + 1] && verdicts && !staff; k++) {
      const tmc_element *w = &ir->elements[g->in[k].to];
      staff = g->in[k].moves && w->facts.person && !w->facts.public_person;
    }
    /* a screen by its name (a viewer asking the model for its overlay is
     * one too); code handing a verdict it asked for back to whoever asked
     * is an API, not a review */
    e->facts.shows_model_verdicts =
        (verdicts && staff) ||
        ((verdicts || asked) &&
         (label_says(g, e, TMC_WORDS_STAFF_CONSOLES) ||
          (!public && label_says(g, e, TMC_WORDS_USER_INTERFACES))));
  }
  free(filed);
  /* g31b: ... and changes_decisions also where the person deciding on the
   * model's verdicts sends the decision back into the screen that showed
   * them ("duty engineer -> dashboard: closure decision"): what was
   * decided, on which level and model version, is the trail a store or an
   * outside party would need too */
  for (uint32_t i = 0; i < ir->n_flows; i++) {
    tmc_flow *f = &ir->flows[i];
    const tmc_element *s = &ir->elements[f->src], *t = &ir->elements[f->dst];
    if (!f->facts.changes_decisions && f->src != f->dst && s->facts.person &&
        !s->third_party && t->facts.shows_model_verdicts &&
        flow_says(g, f, TMC_WORDS_DECISIONS))
      f->facts.changes_decisions = true;
  }
  /* per element, asked per flow: memos (0 not asked yet), and for each flow
   * whether its target sends anything back to its source (the `paired` bit
   * of its forward edge), so no flow scans its source's out-edges */
  uint8_t *afo = tmc_xcalloc(n + 1, 1), *nsi = tmc_xcalloc(n + 1, 1);
  bool *answered_by = tmc_xcalloc(ir->n_flows + 1, sizeof *answered_by);
  uint8_t *keeps = tmc_xcalloc(n + 1, 1);
  uint32_t *sole = tmc_xcalloc(n + 1, sizeof *sole);
  for (uint32_t k = 0; k < g->out_start[n]; k++)
    if (!g->out[k].back)
      answered_by[g->out[k].flow] = g->out[k].paired;
  for (uint32_t i = 0; i < ir->n_flows; i++) {
    tmc_flow *f = &ir->flows[i];
    const tmc_element *s = &ir->elements[f->src], *t = &ir->elements[f->dst];
    f->facts.shared_identity = false;
    if (f->src == f->dst || tmc_kind_dfd(s->kind) != TMC_DFD_PROCESS ||
        is_model(s->kind) || s->third_party || s->facts.field_device ||
        !acts_for_others_memo(ir, g, afo, f->src))
      continue;
    tmc_dfd td = tmc_kind_dfd(t->kind);
    bool query = tmc_flowgraph_query_into_store(ir, g->lx, f, f->src, f->dst);
    bool outside = !t->facts.person && !is_model(t->kind) &&
                   (t->facts.vendor_service || (t->third_party && td != TMC_DFD_STORE) ||
                    (td == TMC_DFD_ENTITY && !t->facts.anonymous));
    bool store = is_store(t) && !t->facts.holds_logs && !t->facts.secrets_vault &&
                 !t->facts.plain_keys &&
                 !TMC_ROLESET_HAS(t->roles, TMC_ROLE_CREDENTIAL_HOLDER);
    bool changes = !query && (flow_says(g, f, TMC_WORDS_WRITES) ||
                              flow_says(g, f, TMC_WORDS_DECISIONS) ||
                              flow_says(g, f, TMC_WORDS_REMOTE_CHANGES));
    bool named = flow_says(g, f, TMC_WORDS_SERVICE_IDENTITIES) ||
                 flow_says(g, f, TMC_WORDS_DATABASE_LOGINS) || /* llmcls16 */
                 names_service_account(g, f->label) ||
                 named_service_identity_memo(ir, g, nsi, f->src);
    bool delegated = flow_says(g, f, TMC_WORDS_DELEGATED_IDENTITY) ||
                     label_says(g, s, TMC_WORDS_DELEGATED_IDENTITY);
    /* an action, not the answer to a caller: it asks or changes
     * something, or the target sends it nothing (rows handed back to the
     * code that asked are no action) */
    bool answers = answered_by[i];
    /* llmcls16: any flow into a store is a read or a write there, whatever
     * its label ("HTTPS :8443" to the warehouse the rows come back from) */
    f->facts.shared_identity =
        !delegated && (store || outside) && (store || query || changes || !answers) &&
        (named ||
         (s->facts.model_output && outside && changes && !t->facts.model_source));
  }
  /* names_record: a request from code acting for others, or from a person
   * straight into code that keeps no sessions of its own (with sessions it
   * is TMC-APP-014's), into its owners' code that keeps records */
  for (uint32_t i = 0; i < ir->n_flows; i++) {
    tmc_flow *f = &ir->flows[i];
    const tmc_element *s = &ir->elements[f->src], *t = &ir->elements[f->dst];
    tmc_dfd td = tmc_kind_dfd(t->kind);
    f->facts.names_record = false;
    bool code = tmc_kind_dfd(s->kind) == TMC_DFD_PROCESS && !is_model(s->kind) &&
                !s->third_party && !s->facts.field_device;
    bool from = (code && acts_for_others_memo(ir, g, afo, f->src) &&
                 !(t->facts.sessions && t->facts.browser_facing)) ||
                (s->facts.person && !s->third_party && !t->facts.sessions);
    /* find27: a web application people log in to, querying its own
     * store by the id the browser sent ("query by property ref", "SELECT
     * by booking number"): the label says the record is picked by the
     * caller's key, so the object-level check is asked on the query itself
     * (the application's own TMC-APP-014 sits on the code, not the store) */
    if (f->src != f->dst && td == TMC_DFD_STORE && code && s->facts.sessions &&
        (s->facts.browser_facing || s->facts.exposed || s->facts.lower_trust_callers) &&
        !t->third_party && !t->facts.holds_logs && !t->facts.secrets_vault &&
        !f->facts.carries_credentials && flow_says(g, f, TMC_WORDS_RECORD_IDS) &&
        !flow_says(g, f, TMC_WORDS_RECORD_ID_EXCLUSIONS)) {
      f->facts.names_record = true;
      continue;
    }
    if (f->src == f->dst || !from || td != TMC_DFD_PROCESS || is_model(t->kind) ||
        t->third_party || !t->facts.app_code || s->facts.vendor_service ||
        (t->roles &
         (TMC_ROLESET(TMC_ROLE_AGENT) | TMC_ROLESET(TMC_ROLE_PROMPT_ASSEMBLER))) ||
        f->facts.carries_credentials || !flow_says(g, f, TMC_WORDS_RECORD_IDS) ||
        flow_says(g, f, TMC_WORDS_RECORD_ID_EXCLUSIONS))
      continue;
    /* code that only t sends anything answers t: its flow back is a reply
     * (sole[v]: 0 not asked yet, else the one element sending v anything
     * plus one, or UINT32_MAX for none or several; once per element) */
    if (!sole[f->src]) {
      uint32_t one = UINT32_MAX;
      for (uint32_t k = g->in_start[f->src]; k < g->in_start[f->src + 1]; k++)
        if (k == g->in_start[f->src])
          one = g->in[k].to + 1;
        else if (g->in[k].to + 1 != one) {
          one = UINT32_MAX;
          break;
        }
      sole[f->src] = one;
    }
    if (sole[f->src] == f->dst + 1)
      continue;
    /* does t keep records: once per target (memo as afo's) */
    if (!keeps[f->dst]) {
      bool k_ = t->facts.sql_sink || t->facts.nosql_sink;
      for (uint32_t k = g->out_start[f->dst]; k < g->out_start[f->dst + 1] && !k_; k++) {
        const tmc_element *w = &ir->elements[g->out[k].to];
        k_ = g->out[k].to != f->dst &&
             ((is_store(w) && !w->facts.holds_logs && !w->facts.secrets_vault) ||
              w->facts.vendor_service || (w->third_party && !w->facts.person));
      }
      keeps[f->dst] = k_ ? 2 : 1;
    }
    f->facts.names_record = keeps[f->dst] == 2;
  }
  free(afo);
  free(nsi);
  free(answered_by);
  free(sole);
  free(keeps);
}

/* payment_file (flows): the system's code hands a file of payments or
 * collections (payment_files) to a bank or payment provider (another
 * party's, no person), straight or to its own code that sends on to one
 * (an SFTP client, an integration server). b33e: or one of its own people
 * carries the file there by hand (the office uploading the SEPA file the
 * back office wrote to the bank's portal): someone of the organisation's
 * (not the public, not another party) whom its code or a store of its own
 * hands something, the flow to the bank naming the file. One pass over the
 * flows and the targets' edges, a sender's edges in once (memo): linear. */
static bool someone_outside_code(const tmc_element *e);

static bool hands_on_own_output(const tmc_ir *ir, const graph *g, uint32_t v,
                                uint8_t *memo) {
  if (!memo[v]) {
    bool r = false;
    for (uint32_t k = g->in_start[v]; k < g->in_start[v + 1] && !r; k++) {
      const tmc_element *u = &ir->elements[g->in[k].to];
      tmc_dfd ud = tmc_kind_dfd(u->kind);
      r = g->in[k].moves && g->in[k].to != v && !u->third_party && !is_model(u->kind) &&
          !tmc_kind_is_ai(u->kind) && (ud == TMC_DFD_PROCESS || ud == TMC_DFD_STORE);
    }
    memo[v] = r ? 2 : 1;
  }
  return memo[v] == 2;
}

static void payment_files(tmc_ir *ir, const graph *g) {
  uint8_t *memo = tmc_xcalloc(ir->n_elements + 1, sizeof(uint8_t));
  for (uint32_t i = 0; i < ir->n_flows; i++) {
    tmc_flow *f = &ir->flows[i];
    const tmc_element *s = &ir->elements[f->src], *t = &ir->elements[f->dst];
    f->facts.payment_file = false;
    if (f->src == f->dst || s->third_party || is_model(s->kind) ||
        !flow_says(g, f, TMC_WORDS_PAYMENT_FILES))
      continue;
    if (tmc_kind_dfd(s->kind) != TMC_DFD_PROCESS || s->facts.person) {
      /* carried by hand: one of ours (a person, or an office drawn as
       * an entity), to another party's (no person) */
      f->facts.payment_file = someone_outside_code(s) && !s->facts.public_person &&
                              !t->facts.person && !is_model(t->kind) &&
                              (t->third_party || t->kind == TMC_KIND_EXTERNAL) &&
                              hands_on_own_output(ir, g, f->src, memo);
      continue;
    }
    /* a bank is another party's: drawn outside, or named as a vendor's */
    bool bank = !t->facts.person && (t->third_party || t->kind == TMC_KIND_EXTERNAL);
    for (uint32_t k = g->out_start[f->dst]; k < g->out_start[f->dst + 1] && !bank; k++) {
      const tmc_element *w = &ir->elements[g->out[k].to];
      bank = tmc_kind_dfd(t->kind) == TMC_DFD_PROCESS && !t->third_party &&
             g->out[k].to != f->src && !w->facts.person &&
             (w->third_party || w->kind == TMC_KIND_EXTERNAL);
    }
    f->facts.payment_file = bank;
  }
  free(memo);
}

/* charges_cards (flows): the system's own code (no person, model or third
 * party) that people reach (people_callers or untrusted_callers) asks a
 * vendor's service outside (vendor_service, no model) to charge or hold a
 * card (card_charges words on the flow). Linear in the flows. */
static void card_charges(tmc_ir *ir, const graph *g) {
  for (uint32_t i = 0; i < ir->n_flows; i++) {
    tmc_flow *f = &ir->flows[i];
    const tmc_element *s = &ir->elements[f->src], *t = &ir->elements[f->dst];
    f->facts.charges_cards =
        f->src != f->dst && tmc_kind_dfd(s->kind) == TMC_DFD_PROCESS && !s->third_party &&
        !s->facts.person && !is_model(s->kind) && !is_model(t->kind) &&
        (s->facts.people_callers || s->facts.untrusted_callers) &&
        (t->facts.vendor_service || t->third_party) && !t->facts.person &&
        flow_says(g, f, TMC_WORDS_CARD_CHARGES);
  }
}

/* find28 (causes27 F1). publishes_model_output (flows): text a model wrote
 * earlier, kept in a store, goes out as a page people read. The source
 * is such a store (model_output: code driving an LLM wrote into it; not
 * the agent's memory, a thread's history, logs or an index), or the
 * system's own code reading one that shows it (no model, no code that
 * prompts one or acts for one: what those hand on is fresh output,
 * TMC-LLM-006's). The target is a page or the people reading it: the flow
 * or its target says a rendered page or publishing (html_views,
 * publishing: "HTML", "product pages"), or the source is a web application
 * that renders what it reads (output_sink) and the target a person (no
 * index packages are published to, no bank). A store written by a model, read into a
 * page, is stored cross-site scripting wherever that page renders markup (TMC-LLM-222).
 * Each element's in- and out-edges read a bounded number of times:
 * linear. */
static bool keeps_model_text(const tmc_element *e) {
  return is_store(e) && e->kind != TMC_KIND_VECTOR_STORE && e->facts.model_output &&
         !e->facts.agent_memory && !e->facts.thread_history && !e->facts.holds_logs &&
         !e->third_party;
}

static bool shows_stored_model_text(const tmc_ir *ir, const graph *g, uint32_t v) {
  const tmc_element *e = &ir->elements[v];
  if (tmc_kind_dfd(e->kind) != TMC_DFD_PROCESS || is_model(e->kind) ||
      tmc_kind_is_ai(e->kind) || e->third_party || e->facts.model_output ||
      TMC_ROLESET_HAS(e->roles, TMC_ROLE_PROMPT_ASSEMBLER) ||
      TMC_ROLESET_HAS(e->roles, TMC_ROLE_AGENT) ||
      TMC_ROLESET_HAS(e->roles, TMC_ROLE_TOOL_EXECUTOR))
    return false;
  for (uint32_t k = g->in_start[v]; k < g->in_start[v + 1]; k++)
    if (g->in[k].moves && g->in[k].to != v &&
        keeps_model_text(&ir->elements[g->in[k].to]))
      return true;
  return false;
}

/* xaiid: a screen people work in, the system's own: a web application
 * serving pages, a console staff work in, a dashboard (technology bi) or a
 * process whose name says a screen (words.yaml user_interfaces: "Underwriter
 * workbench", "Review dashboard"), that a person or an outside party drawn
 * beside it uses (used: one walk over the flows); not another party's. */
static bool screen(const graph *g, const tmc_element *t, bool used) {
  return used && tmc_kind_dfd(t->kind) == TMC_DFD_PROCESS && !is_model(t->kind) &&
         !tmc_kind_is_ai(t->kind) && !t->third_party && !t->facts.person &&
         !t->facts.vendor_service &&
         (t->facts.browser_facing || t->facts.staff_console || t->tech == TMC_TECH_BI ||
          label_says(g, t, TMC_WORDS_USER_INTERFACES));
}

static void published_model_text(tmc_ir *ir, const graph *g) {
  bool *used = tmc_xcalloc(ir->n_elements + 1, sizeof(bool));
  for (uint32_t i = 0; i < ir->n_flows; i++) {
    const tmc_flow *f = &ir->flows[i];
    ir->flows[i].facts.publishes_model_output = false;
    used[f->dst] |= someone_outside_code(&ir->elements[f->src]);
    used[f->src] |= someone_outside_code(&ir->elements[f->dst]);
  }
  for (uint32_t v = 0; v < ir->n_elements; v++) {
    const tmc_element *s = &ir->elements[v];
    bool kept = keeps_model_text(s);
    /* a key store is no record people read */
    bool keys = s->facts.plain_keys || s->facts.secrets_vault;
    bool shows = !kept && shows_stored_model_text(ir, g, v);
    if (!kept && !shows)
      continue;
    bool web = shows && TMC_ROLESET_HAS(s->roles, TMC_ROLE_OUTPUT_SINK);
    for (uint32_t k = g->out_start[v]; k < g->out_start[v + 1]; k++) {
      uint32_t u = g->out[k].to;
      const tmc_element *t = &ir->elements[u];
      tmc_flow *f = &ir->flows[g->out[k].flow];
      if (!g->out[k].moves || u == v || is_model(t->kind) || tmc_kind_is_ai(t->kind) ||
          is_store(t) || TMC_ROLESET_HAS(t->roles, TMC_ROLE_PROMPT_ASSEMBLER) ||
          TMC_ROLESET_HAS(t->roles, TMC_ROLE_AGENT))
        continue;
      /* people read pages; a bank or an index packages go to reads none
       * ("publish on tag" to PyPI is a release, no page) */
      bool index = t->facts.outside_source || t->third_party || t->facts.vendor_service ||
                   TMC_ROLESET_HAS(t->roles, TMC_ROLE_ARTIFACT_SOURCE) ||
                   label_says(g, t, TMC_WORDS_PUBLIC_SOURCES);
      bool readers = !index && someone_outside_code(t);
      bool page = flow_says(g, f, TMC_WORDS_HTML_VIEWS) ||
                  label_says(g, t, TMC_WORDS_HTML_VIEWS) ||
                  (!index && (tmc_kind_dfd(t->kind) != TMC_DFD_ENTITY || readers) &&
                   (flow_says(g, f, TMC_WORDS_PUBLISHING) ||
                    label_says(g, t, TMC_WORDS_PUBLISHING)));
      f->facts.publishes_model_output =
          page || (web && readers) || (kept && !keys && !index && screen(g, t, used[u]));
    }
  }
  /* A transcript store (a chat log, thread history) is no page, but a
   * console staff work in that reads it shows them every turn the model
   * wrote (a handover screen). */
  for (uint32_t i = 0; i < ir->n_flows; i++) {
    tmc_flow *f = &ir->flows[i];
    const tmc_element *s = &ir->elements[f->src], *t = &ir->elements[f->dst];
    if (f->src != f->dst && t->facts.staff_console && !t->third_party && is_store(s) &&
        s->kind != TMC_KIND_VECTOR_STORE && s->facts.model_output && !s->third_party &&
        !s->facts.agent_memory && (s->facts.holds_logs || s->facts.thread_history))
      f->facts.publishes_model_output = true;
  }
  free(used);
}

/* find33 (blind28). model_text_to_page (flows): the code driving an LLM
 * (a process that gets LLM text, no model, tool or third party, that
 * prompts the LLM or hears it straight) hands that
 * text on to a page, on a flow that carries it (model_output: not the
 * login a chat widget also calls): the system's own code (no model, prompt builder,
 * agent or tool executor, no third party or vendor's service) that the
 * flow or the target says renders markup (html_views: "answer (markdown)
 * + sources") or that is a web site, a CMS or a web UI (web_apps words,
 * technology web_application: "WordPress", "Open WebUI"). Posted as HTML
 * through a CMS's REST API or rendered as Markdown in a chat UI, a script
 * or an image link in the answer runs or calls out in the reader's
 * browser, however far behind a CDN or a proxy the readers are drawn.
 * Either direction of a two-way flow. Each edge read once: linear. */
static bool on_agent_side(const tmc_element *e);

static bool drives_llm_text(const tmc_ir *ir, const graph *g, uint32_t v) {
  const tmc_element *e = &ir->elements[v];
  if (tmc_kind_dfd(e->kind) != TMC_DFD_PROCESS || is_model(e->kind) ||
      tmc_kind_is_ai(e->kind) || e->third_party || !e->facts.model_output ||
      TMC_ROLESET_HAS(e->roles, TMC_ROLE_TOOL_EXECUTOR))
    return false;
  /* the driver itself: it prompts the LLM or hears it straight, not code
   * the model text only passed by (a login service a widget also calls) */
  if (TMC_ROLESET_HAS(e->roles, TMC_ROLE_PROMPT_ASSEMBLER) ||
      TMC_ROLESET_HAS(e->roles, TMC_ROLE_AGENT))
    return true;
  for (uint32_t k = g->in_start[v]; k < g->in_start[v + 1]; k++)
    if (g->in[k].moves && tmc_kind_is(ir->elements[g->in[k].to].kind, TMC_KIND_LLM))
      return true;
  return false;
}

static bool renders_pages(const graph *g, const tmc_element *t) {
  return t->tech == TMC_TECH_WEB_APPLICATION || label_says(g, t, TMC_WORDS_WEB_APP) ||
         label_says(g, t, TMC_WORDS_HTML_VIEWS);
}

static void model_text_to_pages(tmc_ir *ir, const graph *g) {
  for (uint32_t i = 0; i < ir->n_flows; i++)
    ir->flows[i].facts.model_text_to_page = false;
  for (uint32_t v = 0; v < ir->n_elements; v++) {
    if (!drives_llm_text(ir, g, v))
      continue;
    for (uint32_t k = g->out_start[v]; k < g->out_start[v + 1]; k++) {
      const tmc_element *t = &ir->elements[g->out[k].to];
      tmc_flow *f = &ir->flows[g->out[k].flow];
      if (!g->out[k].moves || g->out[k].to == v || !f->facts.model_output ||
          tmc_kind_dfd(t->kind) != TMC_DFD_PROCESS || is_model(t->kind) ||
          tmc_kind_is_ai(t->kind) || t->third_party || t->facts.vendor_service ||
          on_agent_side(t))
        continue;
      if (flow_says(g, f, TMC_WORDS_HTML_VIEWS) || renders_pages(g, t))
        f->facts.model_text_to_page = true;
    }
  }
}

/* find33 (blind28): the classic gaps blind28 showed. value_login (flows):
 * the public's first hop (an entity named as the public, no staff, no
 * third party, no outside source) into the system's own code (no model,
 * no device in the field, no third party's or vendor's service) where
 * accounts hold money: the flow or the target says stored_value, or a
 * store that code reaches through code only says it (a walk back from
 * those stores through code, each element queued once). tag_reader
 * (elements): a device (no model, store or person) named by tag_readers.
 * identity_header (flows): the flow says identity_headers into code.
 * Linear. */
/* Is r a box on site that someone outside the code handles: code (no
 * model, no third party's) that is a device in the field or named as a
 * machine on site (floor_machines, edge_sites), sent flows straight by an
 * entity that is no third party, outside source, sensor or device? */
static bool handled_box(const tmc_ir *ir, const graph *g, uint32_t r) {
  const tmc_element *b = &ir->elements[r];
  if (tmc_kind_dfd(b->kind) != TMC_DFD_PROCESS || is_model(b->kind) ||
      tmc_kind_is_ai(b->kind) || b->third_party ||
      !(b->facts.field_device || label_says(g, b, TMC_WORDS_FLOOR_MACHINES) ||
        label_says(g, b, TMC_WORDS_EDGE_SITES)))
    return false;
  for (uint32_t k = g->in_start[r]; k < g->in_start[r + 1]; k++) {
    const tmc_element *u = &ir->elements[g->in[k].to];
    if (g->in[k].to != r && g->in[k].moves && tmc_kind_dfd(u->kind) == TMC_DFD_ENTITY &&
        !u->third_party && !u->facts.outside_source && !u->facts.sensor &&
        !u->facts.field_device && u->tech != TMC_TECH_IOT_DEVICE)
      return true;
  }
  return false;
}

/* r2vendor: vendor_retrains and retrained_outside. A vendor that delivers
 * the model files the system runs (a flow into a model registry or a model,
 * or one naming model files or a format) and that the system sends its own
 * data to trains the next delivery on that data, pooled with its other
 * customers' (nobody draws the vendor's training): poisoning at the vendor
 * reaches this system's model, and this model's decisions shape part of
 * what it is retrained on. Not a person (an engineer copying a file), not
 * a vendor only sent data (a SaaS, a mail service). The model: one whose
 * caller sends to such a vendor, and loads what that vendor delivers (from
 * the registry it fills, or straight). Each element's flows twice: linear. */
static void vendor_retraining(tmc_ir *ir, const graph *g) {
  for (uint32_t v = 0; v < ir->n_elements; v++) {
    tmc_element *e = &ir->elements[v];
    e->facts.vendor_retrains = e->facts.retrained_outside = false;
    if (tmc_kind_dfd(e->kind) != TMC_DFD_ENTITY || e->facts.person || e->facts.staff)
      continue;
    bool delivers = false;
    for (uint32_t k = g->out_start[v]; k < g->out_start[v + 1] && !delivers; k++) {
      const tmc_element *w = &ir->elements[g->out[k].to];
      const tmc_flow *f = &ir->flows[g->out[k].flow];
      delivers = g->out[k].moves && g->out[k].to != v && !g->out[k].back &&
                 (w->kind == TMC_KIND_MODEL_REGISTRY || w->kind == TMC_KIND_MODEL ||
                  flow_says(g, f, TMC_WORDS_MODEL_FILES) ||
                  flow_says(g, f, TMC_WORDS_CODE_MODEL_FORMATS) ||
                  flow_says(g, f, TMC_WORDS_SAFE_MODEL_FORMATS));
    }
    e->facts.vendor_retrains = delivers;
  }
  /* r38miram: a vendor drawn as two boxes, the portal its customers upload
   * to and the server that ships the next release ("RiverEye customer
   * portal" -> "RiverEye update server"): the box the system's data goes
   * to delivers through the one it hands on to, an outside party that
   * delivers itself (delivers marked in the first sweep; one hop). Then
   * sent: code or a store of the system's own (a monthly export of
   * corrected clips) sends it data. */
  bool *delivers = tmc_xcalloc(ir->n_elements + 1, sizeof(bool));
  for (uint32_t v = 0; v < ir->n_elements; v++)
    delivers[v] = ir->elements[v].facts.vendor_retrains;
  for (uint32_t v = 0; v < ir->n_elements; v++) {
    tmc_element *e = &ir->elements[v];
    if (tmc_kind_dfd(e->kind) != TMC_DFD_ENTITY || e->facts.person || e->facts.staff)
      continue;
    bool via = false, sent = false;
    for (uint32_t k = g->out_start[v]; k < g->out_start[v + 1] && !delivers[v] && !via;
         k++)
      via = g->out[k].moves && g->out[k].to != v && !g->out[k].back &&
            delivers[g->out[k].to];
    for (uint32_t k = g->in_start[v];
         k < g->in_start[v + 1] && (delivers[v] || via) && !sent; k++) {
      const tmc_element *s = &ir->elements[g->in[k].to];
      sent = g->in[k].moves && g->in[k].to != v && !g->in[k].back &&
             tmc_kind_dfd(s->kind) != TMC_DFD_ENTITY && !s->third_party;
    }
    e->facts.vendor_retrains = (delivers[v] || via) && sent;
  }
  free(delivers);
  for (uint32_t v = 0; v < ir->n_elements; v++) {
    tmc_element *m = &ir->elements[v];
    if (m->kind != TMC_KIND_MODEL || m->third_party)
      continue;
    bool on = false;
    for (uint32_t k = g->in_start[v]; k < g->in_start[v + 1] && !on; k++) {
      uint32_t p = g->in[k].to;
      if (!g->in[k].moves || p == v)
        continue;
      /* straight from the vendor */
      if (ir->elements[p].facts.vendor_retrains) {
        for (uint32_t j = g->out_start[v]; j < g->out_start[v + 1] && !on; j++)
          on = g->out[j].moves &&
               tmc_kind_dfd(ir->elements[g->out[j].to].kind) == TMC_DFD_PROCESS;
        continue;
      }
      if (tmc_kind_dfd(ir->elements[p].kind) != TMC_DFD_PROCESS)
        continue;
      /* the caller: sends to a retraining vendor that fills a registry it
       * loads from */
      for (uint32_t j = g->out_start[p]; j < g->out_start[p + 1] && !on; j++) {
        uint32_t x = g->out[j].to;
        if (!g->out[j].moves || !ir->elements[x].facts.vendor_retrains)
          continue;
        for (uint32_t a = g->in_start[p]; a < g->in_start[p + 1] && !on; a++) {
          uint32_t r = g->in[a].to;
          if (!g->in[a].moves || ir->elements[r].kind != TMC_KIND_MODEL_REGISTRY)
            continue;
          for (uint32_t b = g->in_start[r]; b < g->in_start[r + 1] && !on; b++)
            on = g->in[b].moves && g->in[b].to == x;
        }
      }
    }
    m->facts.retrained_outside = on;
  }
}

/* Does code r run a model (hosts_model) or exchange flows with one? */
static bool runs_or_calls_model(const tmc_ir *ir, const graph *g, uint32_t r) {
  if (ir->elements[r].facts.hosts_model)
    return true;
  for (uint32_t k = g->out_start[r]; k < g->out_start[r + 1]; k++)
    if (is_model(ir->elements[g->out[k].to].kind))
      return true;
  for (uint32_t k = g->in_start[r]; k < g->in_start[r + 1]; k++)
    if (is_model(ir->elements[g->in[k].to].kind))
      return true;
  return false;
}

static void find33_facts(tmc_ir *ir, const graph *g) {
  uint32_t n = ir->n_elements, head = 0, tail = 0;
  bool *keeps = tmc_xcalloc(n + 1, sizeof(bool)); /* code reaching stored value */
  uint32_t *bfs = tmc_xcalloc(n + 1, sizeof(uint32_t));
  for (uint32_t v = 0; v < n; v++) {
    tmc_element *e = &ir->elements[v];
    e->facts.tag_reader = !is_model(e->kind) && !tmc_kind_is_ai(e->kind) &&
                          !is_store(e) && !e->facts.person && !e->third_party &&
                          label_says(g, e, TMC_WORDS_TAG_READERS);
    if (is_store(e) && !e->third_party && label_says(g, e, TMC_WORDS_STORED_VALUE))
      keeps[v] = true, bfs[tail++] = v;
  }
  while (head < tail) {
    uint32_t v = bfs[head++];
    for (int in = 0; in < 2; in++) { /* code writing or reading the store */
      const uint32_t *st = in ? g->in_start : g->out_start;
      const edge *ed = in ? g->in : g->out;
      for (uint32_t k = st[v]; k < st[v + 1]; k++) {
        uint32_t u = ed[k].to;
        const tmc_element *ue = &ir->elements[u];
        if (keeps[u] || tmc_kind_dfd(ue->kind) != TMC_DFD_PROCESS || is_model(ue->kind) ||
            tmc_kind_is_ai(ue->kind) || ue->third_party || ue->facts.vendor_service)
          continue;
        keeps[u] = true;
        bfs[tail++] = u;
      }
    }
  }
  for (uint32_t i = 0; i < ir->n_flows; i++) {
    tmc_flow *f = &ir->flows[i];
    const tmc_element *s = &ir->elements[f->src], *t = &ir->elements[f->dst];
    bool code = f->src != f->dst && tmc_kind_dfd(t->kind) == TMC_DFD_PROCESS &&
                !is_model(t->kind) && !tmc_kind_is_ai(t->kind) && !t->third_party &&
                !t->facts.vendor_service;
    f->facts.identity_header = code && flow_says(g, f, TMC_WORDS_IDENTITY_HEADERS);
    f->facts.value_login =
        code && !t->facts.field_device && t->tech != TMC_TECH_IOT_DEVICE &&
        tmc_kind_dfd(s->kind) == TMC_DFD_ENTITY && s->facts.public_person &&
        !s->facts.staff && !s->third_party && !s->facts.outside_source &&
        (keeps[f->dst] || flow_says(g, f, TMC_WORDS_STORED_VALUE) ||
         label_says(g, t, TMC_WORDS_STORED_VALUE));
  }
  /* keys_on_handled_box, keys_for_ai: each store's edges, and each
   * reader's, read once */
  for (uint32_t v = 0; v < n; v++) {
    tmc_element *e = &ir->elements[v];
    e->facts.keys_on_handled_box = e->facts.keys_for_ai = false;
    if (!is_store(e) || !e->facts.plain_keys || e->third_party)
      continue;
    for (int in = 0; in < 2; in++) {
      const uint32_t *st = in ? g->in_start : g->out_start;
      const edge *ed = in ? g->in : g->out;
      for (uint32_t k = st[v]; k < st[v + 1]; k++) {
        uint32_t r = ed[k].to;
        if (r == v || !handled_box(ir, g, r))
          continue;
        e->facts.keys_on_handled_box = true;
        e->facts.keys_for_ai |= runs_or_calls_model(ir, g, r);
      }
    }
  }
  free(keeps);
  free(bfs);
}

/* find28 (causes27 F2). model_drives_machine (flows): code acting on a
 * classic model's answers (a model of the system's own, heard through
 * code; no agent's tool: what an LLM makes a tool do is excessive agency,
 * TMC-AGENT-*) sends a controller or device (a PLC, a DCS, an
 * actuator or what drives one) what it runs by, and no person confirms:
 * nobody drawn outside the code sends the source anything, nor a front
 * end one hop back (an operator's HMI feeding it), a remote-access or
 * admin session being no confirmation. A wrong or steered verdict then
 * changes setpoints or speeds straight away (TMC-ML-203). Each source's
 * in-edges and its front ends' read once: linear. */
static bool confirms(const tmc_flow *f, const tmc_element *u) {
  return someone_outside_code(u) && !f->facts.remote_session && !f->facts.admin_link;
}

/* aiids35 (issue #15, ML08 unmet in blind17, blind22, blind28).
 * world_loop (trainers): the model a trainer produces acts on the world
 * (its answers, through code and stores, switch an actuator or a
 * controller: bit 1; or raise orders in another system, nobody between:
 * bit 2), and the trainer learns from what the world reports back (data
 * from a sensor or field device: bit 1; for orders, from any outside party
 * that is no package or model source: bit 2), with no flow drawn closing
 * the loop: fans warming the rows the probes measure, orders changing the
 * stock the tills count. Each walk queues an element at most once per bit:
 * linear. */
static bool own_classic_model(const tmc_element *e);

static bool acts_physically(const tmc_element *t) {
  return t->facts.actuator || t->facts.drives_actuator ||
         (t->facts.field_device && !t->facts.sensor);
}

static void world_loops(tmc_ir *ir, const graph *g) {
  uint32_t n = ir->n_elements, head = 0, tail = 0;
  uint8_t *act = tmc_xcalloc(n + 1, 1), *fed = tmc_xcalloc(n + 1, 1),
          *reg = tmc_xcalloc(n + 1, 1), *tr = tmc_xcalloc(n + 1, 1);
  uint32_t *bfs = tmc_xcalloc(2 * n + 2, sizeof(uint32_t));
  for (uint32_t v = 0; v < n; v++) {
    const tmc_element *e = &ir->elements[v];
    ir->elements[v].facts.world_loop = false;
    if (trains(e) || e->third_party ||
        !(own_classic_model(e) ||
          (tmc_kind_dfd(e->kind) == TMC_DFD_PROCESS && !tmc_kind_is_ai(e->kind))))
      continue;
    for (uint32_t k = g->out_start[v]; k < g->out_start[v + 1]; k++)
      if (g->out[k].moves && g->out[k].to != v)
        act[v] |= (acts_physically(&ir->elements[g->out[k].to]) ? 1 : 0) |
                  (ir->flows[g->out[k].flow].facts.auto_orders ? 2 : 0);
    if (act[v])
      bfs[tail++] = v;
  }
  /* back from what acts, through code and stores, to the models */
  while (head < tail) {
    uint32_t v = bfs[head++];
    if (is_model(ir->elements[v].kind))
      continue;
    for (uint32_t k = g->in_start[v]; k < g->in_start[v + 1]; k++) {
      uint32_t u = g->in[k].to;
      const tmc_element *ue = &ir->elements[u];
      if (u == v || !g->in[k].moves || trains(ue) ||
          tmc_kind_dfd(ue->kind) == TMC_DFD_ENTITY || (act[u] | act[v]) == act[u] ||
          (is_model(ue->kind) && !own_classic_model(ue)) ||
          ue->kind == TMC_KIND_MODEL_REGISTRY || ue->facts.model_artifacts)
        continue;
      act[u] |= act[v];
      if (tail < 2 * n + 2)
        bfs[tail++] = u;
    }
  }
  /* the trainers of those models: straight, or through a registry or a
   * store of model files */
  for (uint32_t v = 0; v < n; v++) {
    if (!act[v] || !own_classic_model(&ir->elements[v]))
      continue;
    for (uint32_t k = g->in_start[v]; k < g->in_start[v + 1]; k++) {
      const tmc_element *u = &ir->elements[g->in[k].to];
      if (!g->in[k].moves)
        continue;
      if (trains(u))
        tr[g->in[k].to] |= act[v];
      else if (u->kind == TMC_KIND_MODEL_REGISTRY || u->facts.model_artifacts)
        reg[g->in[k].to] |= act[v];
    }
  }
  for (uint32_t v = 0; v < n; v++)
    for (uint32_t k = g->in_start[v]; k < g->in_start[v + 1] && reg[v]; k++)
      if (g->in[k].moves && trains(&ir->elements[g->in[k].to]))
        tr[g->in[k].to] |= reg[v];
  /* forward from what the world reports, through code, stores and the
   * outside services relaying it (a LoRaWAN network) */
  head = tail = 0;
  for (uint32_t v = 0; v < n; v++) {
    const tmc_element *e = &ir->elements[v];
    bool entity = tmc_kind_dfd(e->kind) == TMC_DFD_ENTITY;
    fed[v] = (uint8_t)(((e->facts.sensor || (entity && e->facts.field_device)) ? 1 : 0) |
                       ((entity && !e->facts.outside_source) ? 2 : 0));
    if (fed[v])
      bfs[tail++] = v;
  }
  while (head < tail) {
    uint32_t v = bfs[head++];
    for (uint32_t k = g->out_start[v]; k < g->out_start[v + 1]; k++) {
      uint32_t w = g->out[k].to;
      const tmc_element *we = &ir->elements[w];
      if (w == v || !g->out[k].moves || (fed[w] | fed[v]) == fed[w] || is_model(we->kind))
        continue;
      fed[w] |= fed[v];
      if (!trains(we) && tail < 2 * n + 2)
        bfs[tail++] = w;
    }
  }
  for (uint32_t v = 0; v < n; v++)
    ir->elements[v].facts.world_loop = trains(&ir->elements[v]) && (tr[v] & fed[v]) != 0;
  free(act);
  free(fed);
  free(reg);
  free(tr);
  free(bfs);
}

static void model_driven_machines(tmc_ir *ir, const graph *g) {
  uint8_t *asked = tmc_xcalloc(ir->n_elements + 1, 1); /* 0 unasked, 1 no, 2 yes */
  for (uint32_t i = 0; i < ir->n_flows; i++) {
    tmc_flow *f = &ir->flows[i];
    const tmc_element *s = &ir->elements[f->src], *t = &ir->elements[f->dst];
    f->facts.model_drives_machine = false;
    if (f->src == f->dst || tmc_kind_dfd(s->kind) != TMC_DFD_PROCESS ||
        is_model(s->kind) || s->facts.field_device || s->third_party ||
        !s->facts.hears_own_model || s->kind == TMC_KIND_AGENT_TOOL ||
        TMC_ROLESET_HAS(s->roles, TMC_ROLE_TOOL_EXECUTOR) || is_model(t->kind) ||
        !(t->facts.field_device || t->facts.actuator || t->facts.drives_actuator) ||
        f->facts.acts_on_approval)
      continue;
    if (!asked[f->src]) {
      bool person = false;
      for (uint32_t k = g->in_start[f->src]; k < g->in_start[f->src + 1] && !person;
           k++) {
        uint32_t u = g->in[k].to;
        const tmc_element *ue = &ir->elements[u];
        if (u == f->src)
          continue;
        person = confirms(&ir->flows[g->in[k].flow], ue);
        if (person || tmc_kind_dfd(ue->kind) != TMC_DFD_PROCESS || is_model(ue->kind))
          continue;
        for (uint32_t j = g->in_start[u]; j < g->in_start[u + 1] && !person; j++)
          person = g->in[j].to != u &&
                   confirms(&ir->flows[g->in[j].flow], &ir->elements[g->in[j].to]);
      }
      asked[f->src] = person ? 2 : 1;
    }
    f->facts.model_drives_machine = asked[f->src] == 1;
  }
  free(asked);
}

/* Is e AI code an image or its weights run in: a model, code that serves
 * or loads one, a trainer or a step on a training path? (mltrain16; a
 * serving_endpoint role alone is no proof: "SFTP endpoint") */
static bool runs_ai(const tmc_element *e) {
  return tmc_kind_is(e->kind, TMC_KIND_MODEL) ||
         TMC_ROLESET_HAS(e->roles, TMC_ROLE_TRAINER) || e->facts.hosts_model ||
         e->facts.loads_model_artifacts || e->facts.training_path ||
         e->kind == TMC_KIND_PIPELINE;
}

/* find28 (causes27 F3): code that takes an image and (re)starts what runs
 * a model with it, one hop on (an auto-updater such as Watchtower
 * restarting the model's container): the image it pulls runs the model. */
static bool restarts_ai(const tmc_ir *ir, const graph *g, uint32_t v) {
  const tmc_element *e = &ir->elements[v];
  if (tmc_kind_dfd(e->kind) != TMC_DFD_PROCESS || e->third_party)
    return false;
  for (uint32_t k = g->out_start[v]; k < g->out_start[v + 1]; k++)
    if (g->out[k].moves && g->out[k].to != v && runs_ai(&ir->elements[g->out[k].to]))
      return true;
  return false;
}

/* aiids33: does text name an image by a tag that moves (words.yaml
 * moving_tags right after a colon: "gradenet:latest", "registry.x.io,
 * :latest", "образ :latest")? Only the run of tag characters after each
 * colon is asked, so "latest readings" or a URL's "//" says nothing; a tag
 * is cut at 31 bytes. Linear in the text. */
static bool says_moving_tag(const graph *g, const char *text) {
  for (const char *p = text ? strchr(text, ':') : NULL; p; p = strchr(p + 1, ':')) {
    char tag[32];
    size_t n = 0;
    for (unsigned char c; n + 1 < sizeof tag && (c = (unsigned char)p[1 + n]) &&
                          (isalnum(c) || c == '-' || c == '_' || c == '.');
         n++)
      tag[n] = (char)c;
    tag[n] = 0;
    if (n && tmc_lexicon_says(g->lx, TMC_WORDS_MOVING_TAGS, tag))
      return true;
  }
  return false;
}

/* mltrain16: the model supply chain's hops tmc did not name.
 * brings_weights / brings_code_weights (flows): an outside party (an
 * entity, no staff; or a model source) moving weights in (the flow or its
 * name says model files or a weights format) into the system; code-running
 * when a code_model_formats word is said and no safe_model_formats word.
 * image_has_model: an image store (technology container, or image_registries
 * words) written by code that took weights from a model registry or a
 * weights store. pulls_image: a flow from an image store (or saying
 * image_pulls) into AI code (runs_ai), with no image_pins word on the flow
 * or its source, nor from a key store. secrets_beside_outside_code: AI code
 * (runs_ai) running outside code (runs_outside_code, installs_packages)
 * with a flow either way to a key
 * store or credential holder, or credentials handed to it. Each element's
 * and flow's edges are read a fixed number of times: linear. */
static void supply_extras(tmc_ir *ir, const graph *g) {
  uint32_t n = ir->n_elements;
  bool *took = tmc_xcalloc(n + 1, sizeof(bool)); /* code that took weights */
  for (uint32_t v = 0; v < n; v++) {
    const tmc_element *e = &ir->elements[v];
    if (tmc_kind_dfd(e->kind) != TMC_DFD_PROCESS)
      continue;
    for (uint32_t k = g->in_start[v]; k < g->in_start[v + 1] && !took[v]; k++) {
      const tmc_element *u = &ir->elements[g->in[k].to];
      took[v] = g->in[k].moves && g->in[k].to != v &&
                ((u->kind == TMC_KIND_MODEL_REGISTRY && !u->third_party) ||
                 u->facts.model_artifacts);
    }
  }
  /* b33a: a job that fetches the model it puts in place (its own name says
   * a model update and a model, "Monthly cron: fetch new model", not a
   * firmware or app update alone, and it writes into a model or a store of
   * model files): what an outside party sends it is the weights, whatever
   * the hop's own label ("latest release"). Not a trainer (it makes its
   * model from what it gets: data, not weights). */
  bool *fetcher = tmc_xcalloc(n + 1, sizeof(bool));
  for (uint32_t v = 0; v < n; v++) {
    const tmc_element *e = &ir->elements[v];
    if (tmc_kind_dfd(e->kind) != TMC_DFD_PROCESS ||
        TMC_ROLESET_HAS(e->roles, TMC_ROLE_TRAINER) ||
        !label_says(g, e, TMC_WORDS_MODEL_UPDATE) ||
        !label_says(g, e, TMC_WORDS_MODEL_WORDS))
      continue;
    for (uint32_t k = g->out_start[v]; k < g->out_start[v + 1] && !fetcher[v]; k++) {
      const tmc_element *u = &ir->elements[g->out[k].to];
      fetcher[v] = g->out[k].moves && g->out[k].to != v &&
                   (is_model(u->kind) || (is_store(u) && u->facts.model_artifacts));
    }
  }
  bool *images = tmc_xcalloc(n + 1, sizeof(bool)); /* keeps container images */
  for (uint32_t v = 0; v < n; v++) {
    tmc_element *e = &ir->elements[v];
    e->facts.image_has_model = false;
    images[v] = (is_store(e) || tmc_kind_dfd(e->kind) == TMC_DFD_ENTITY) &&
                e->kind != TMC_KIND_MODEL_REGISTRY &&
                ((is_store(e) && e->tech == TMC_TECH_CONTAINER) ||
                 label_says(g, e, TMC_WORDS_IMAGE_REGISTRIES) ||
                 says_moving_tag(g, tmc_element_name(e)));
    for (uint32_t k = g->in_start[v];
         k < g->in_start[v + 1] && images[v] && is_store(e) && !e->facts.image_has_model;
         k++)
      e->facts.image_has_model = g->in[k].moves && took[g->in[k].to];
  }
  for (uint32_t i = 0; i < ir->n_flows; i++) {
    tmc_flow *f = &ir->flows[i];
    const tmc_element *s = &ir->elements[f->src], *d = &ir->elements[f->dst];
    bool outside = (tmc_kind_dfd(s->kind) == TMC_DFD_ENTITY && !s->facts.staff) ||
                   s->facts.model_source;
    bool weights = outside && tmc_kind_dfd(d->kind) != TMC_DFD_ENTITY &&
                   !d->third_party && f->src != f->dst &&
                   (s->facts.model_source || flow_says(g, f, TMC_WORDS_MODEL_FILES) ||
                    flow_says(g, f, TMC_WORDS_CODE_MODEL_FORMATS) ||
                    label_says(g, s, TMC_WORDS_MODEL_FILES) || fetcher[f->dst]);
    /* a hash, digest or signature named on the hop pins what is taken */
    f->facts.brings_weights = weights && !flow_says(g, f, TMC_WORDS_IMAGE_PINS) &&
                              !label_says(g, s, TMC_WORDS_IMAGE_PINS);
    f->facts.brings_code_weights = weights &&
                                   (flow_says(g, f, TMC_WORDS_CODE_MODEL_FORMATS) ||
                                    label_says(g, s, TMC_WORDS_CODE_MODEL_FORMATS)) &&
                                   !flow_says(g, f, TMC_WORDS_SAFE_MODEL_FORMATS) &&
                                   !label_says(g, s, TMC_WORDS_SAFE_MODEL_FORMATS);
    /* a key store naming the registry's push token keeps no images */
    bool keys = s->facts.secrets_vault || s->facts.plain_keys ||
                TMC_ROLESET_HAS(s->roles, TMC_ROLE_CREDENTIAL_HOLDER) ||
                f->facts.carries_credentials;
    f->facts.pulls_image =
        (images[f->src] || flow_says(g, f, TMC_WORDS_IMAGE_PULLS) ||
         says_moving_tag(g, f->label) ||
         (tmc_kind_dfd(s->kind) != TMC_DFD_PROCESS && says_moving_tag(g, s->label))) &&
        !keys && f->src != f->dst && !d->third_party &&
        tmc_kind_dfd(d->kind) == TMC_DFD_PROCESS &&
        (runs_ai(d) || restarts_ai(ir, g, f->dst)) &&
        !flow_says(g, f, TMC_WORDS_IMAGE_PINS) && !label_says(g, s, TMC_WORDS_IMAGE_PINS);
  }
  /* vendor_image_egress: from code an outside party's image runs in (one
   * pass marking the code, one over the flows: linear) */
  bool *vendor_run = tmc_xcalloc(n + 1, sizeof(bool));
  for (uint32_t i = 0; i < ir->n_flows; i++) {
    const tmc_flow *f = &ir->flows[i];
    const tmc_element *s = &ir->elements[f->src];
    if (f->facts.pulls_image && tmc_kind_dfd(s->kind) == TMC_DFD_ENTITY &&
        !s->facts.staff && !s->facts.person)
      vendor_run[f->dst] = true;
  }
  for (uint32_t i = 0; i < ir->n_flows; i++) {
    tmc_flow *f = &ir->flows[i];
    const tmc_element *d = &ir->elements[f->dst];
    f->facts.vendor_image_egress =
        vendor_run[f->src] && f->src != f->dst && !f->facts.pulls_image &&
        tmc_kind_dfd(d->kind) == TMC_DFD_ENTITY && !d->facts.person && !d->facts.staff;
  }
  free(vendor_run);
  for (uint32_t v = 0; v < n; v++) {
    tmc_element *e = &ir->elements[v];
    bool keys = false;
    if (tmc_kind_dfd(e->kind) == TMC_DFD_PROCESS && !e->third_party && runs_ai(e) &&
        (e->facts.runs_outside_code || e->facts.installs_packages)) {
      keys = e->facts.gets_credentials;
      for (int in = 0; in < 2 && !keys; in++) {
        const uint32_t *st = in ? g->in_start : g->out_start;
        const edge *ed = in ? g->in : g->out;
        for (uint32_t k = st[v]; k < st[v + 1] && !keys; k++) {
          const tmc_element *x = &ir->elements[ed[k].to];
          keys = ed[k].to != v && (x->facts.secrets_vault ||
                                   TMC_ROLESET_HAS(x->roles, TMC_ROLE_CREDENTIAL_HOLDER));
        }
      }
    }
    e->facts.secrets_beside_outside_code = keys;
  }
  free(took);
  free(images);
  free(fetcher);
}

/* A classic model of the system's own: no LLM (jailbreaks are other
 * rules'), no vendor's service, no third party's (mltrain16). */
static bool own_classic_model(const tmc_element *e) {
  return e->kind == TMC_KIND_MODEL && !e->third_party && !e->facts.vendor_service;
}

/* ---- mlgen17: generative models that are no LLM; who can send work ------
 * generative: an LLM, or a model named by a generative family or task
 * (words.yaml generative_models: "fal.ai SDXL 1.0", "DALL-E 3 API",
 * "ElevenLabs voice"), or one prompted (prompt_flows into it) that sends
 * media out (training_media out of it: "4 images"). generated_content: the
 * flows out of a generative model that is no LLM and on through the code
 * it hands its output to, up to the first store (an LLM's text is
 * model_output's). publishing: an element whose label, or a flow out of
 * it, says where content goes out under the organisation's name
 * (publishing: "Sprout Social (scheduled posts)" -> "publish").
 * work_senders: forwards from every entity and origin, through code,
 * models, queues, streams and inbox stores (object storage, file shares,
 * mail: each file is still worked off), not into or through a camera or
 * microphone nor along a flow saying a camera's view: a shelf camera or a
 * consulting-room microphone takes no one's requests, it captures what is
 * in front of it. Each element queued once per walk: linear. */
static bool work_passes(const graph *g, const tmc_element *e) {
  tmc_dfd dfd = tmc_kind_dfd(e->kind);
  if (TMC_ROLESET_HAS(e->roles, TMC_ROLE_TRAINER) || label_says(g, e, TMC_WORDS_SENSORS))
    return false;
  if (dfd == TMC_DFD_PROCESS)
    return true;
  return dfd == TMC_DFD_STORE && !e->facts.model_artifacts &&
         (e->tech == TMC_TECH_QUEUE || e->tech == TMC_TECH_STREAM ||
          e->tech == TMC_TECH_OBJECT_STORAGE || e->tech == TMC_TECH_FILE_SHARE ||
          e->tech == TMC_TECH_EMAIL || e->tech == TMC_TECH_WORKSPACE_SUITE);
}

static void mlgen17_facts(tmc_ir *ir, const graph *g) {
  uint32_t n = ir->n_elements, head = 0, tail = 0;
  uint32_t *bfs = tmc_xcalloc(n + 1, sizeof(uint32_t));
  bool *seen = tmc_xcalloc(n + 1, sizeof(bool));
  for (uint32_t v = 0; v < n; v++) {
    tmc_element *e = &ir->elements[v];
    e->facts.generative = e->kind == TMC_KIND_LLM;
    e->facts.publishing = label_says(g, e, TMC_WORDS_PUBLISHING);
    e->facts.work_senders = false;
    uint32_t o = e->facts.taint_origin;
    const tmc_element *oe = o < n ? &ir->elements[o] : NULL;
    e->facts.skewable = e->facts.feedback_loop ||
                        (e->facts.feeds_training && e->facts.tainted && oe &&
                         tmc_kind_dfd(oe->kind) == TMC_DFD_ENTITY && !oe->facts.staff &&
                         !label_says(g, oe, TMC_WORDS_SUPPLIER) &&
                         !oe->facts.model_source && !oe->facts.code_source);
    e->facts.unlocked_training = false;
    if (TMC_ROLESET_HAS(e->roles, TMC_ROLE_TRAINER) && !e->third_party &&
        tmc_kind_dfd(e->kind) == TMC_DFD_PROCESS && !e->facts.installs_packages &&
        !e->facts.runs_outside_code && label_says(g, e, TMC_WORDS_TRAINING_STACKS)) {
      bool locked = label_says(g, e, TMC_WORDS_PACKAGE_LOCKS) ||
                    label_says(g, e, TMC_WORDS_IMAGE_PINS);
      for (uint32_t k = g->in_start[v]; k < g->in_start[v + 1] && !locked; k++) {
        const tmc_flow *f = &ir->flows[g->in[k].flow];
        locked = tmc_flowgraph_flow_says(g, f, TMC_WORDS_PACKAGE_LOCKS) ||
                 tmc_flowgraph_flow_says(g, f, TMC_WORDS_IMAGE_PINS);
      }
      e->facts.unlocked_training = !locked;
    }
    e->facts.fine_tunes_public = TMC_ROLESET_HAS(e->roles, TMC_ROLE_TRAINER) &&
                                 label_says(g, e, TMC_WORDS_FINE_TUNES) &&
                                 label_says(g, e, TMC_WORDS_PUBLIC_MODEL_FAMILIES);
    if (e->kind == TMC_KIND_MODEL && !TMC_ROLESET_HAS(e->roles, TMC_ROLE_TRAINER)) {
      bool prompted = false, media_out = false;
      for (uint32_t k = g->in_start[v]; k < g->in_start[v + 1]; k++)
        prompted |=
            tmc_flowgraph_flow_says(g, &ir->flows[g->in[k].flow], TMC_WORDS_PROMPT_FLOWS);
      for (uint32_t k = g->out_start[v]; k < g->out_start[v + 1]; k++)
        media_out |= tmc_flowgraph_flow_says(g, &ir->flows[g->out[k].flow],
                                             TMC_WORDS_TRAINING_MEDIA);
      e->facts.generative =
          label_says(g, e, TMC_WORDS_GENERATIVE_MODELS) || (prompted && media_out);
    }
    for (uint32_t k = g->out_start[v]; k < g->out_start[v + 1] && !e->facts.publishing;
         k++)
      e->facts.publishing =
          g->out[k].moves &&
          tmc_flowgraph_flow_says(g, &ir->flows[g->out[k].flow], TMC_WORDS_PUBLISHING);
  }
  /* generated_content: from generative models that are no LLM through code */
  for (uint32_t v = 0; v < n; v++)
    if (ir->elements[v].facts.generative && ir->elements[v].kind != TMC_KIND_LLM)
      seen[v] = true, bfs[tail++] = v;
  while (head < tail) {
    uint32_t v = bfs[head++];
    for (uint32_t k = g->out_start[v]; k < g->out_start[v + 1]; k++) {
      uint32_t w = g->out[k].to;
      const tmc_element *we = &ir->elements[w];
      if (!g->out[k].moves || seen[w] || we->kind == TMC_KIND_MODEL ||
          we->kind == TMC_KIND_LLM || tmc_kind_dfd(we->kind) != TMC_DFD_PROCESS)
        continue;
      seen[w] = true;
      bfs[tail++] = w;
    }
  }
  for (uint32_t i = 0; i < ir->n_flows; i++) {
    tmc_flow *f = &ir->flows[i];
    f->facts.generated_content = f->src < n && f->dst < n && f->src != f->dst &&
                                 (seen[f->src] || (f->bidirectional && seen[f->dst]));
  }
  /* work_senders: states per element, 1 reached by staff's work, 2 by
   * outsiders' (each queued at most once per state) */
  free(bfs);
  uint8_t *got = tmc_xcalloc(n + 1, sizeof *got);
  bfs = tmc_xcalloc(2 * (size_t)n + 1, sizeof(uint32_t));
  head = tail = 0;
  for (uint32_t v = 0; v < n; v++) {
    const tmc_element *e = &ir->elements[v];
    /* not a hub or index publishing weights or packages: what it sends is
     * built in, not asked for */
    if ((tmc_kind_dfd(e->kind) == TMC_DFD_ENTITY || e->facts.origin ||
         e->facts.is_entry) &&
        !label_says(g, e, TMC_WORDS_SENSORS) && !e->facts.model_source &&
        !e->facts.code_source) {
      uint8_t st = e->facts.staff ? 1 : 2;
      got[v] = st;
      bfs[tail++] = 2 * v + (st - 1);
    } else if (tmc_kind_dfd(e->kind) == TMC_DFD_PROCESS && !is_model(e->kind) &&
               e->facts.internet_facing && label_says(g, e, TMC_WORDS_API) &&
               !label_says(g, e, TMC_WORDS_SENSORS)) {
      /* an API the internet reaches takes work from whoever holds its key
       * (a device token baked into an app): as from staff, whom its
       * records do not name */
      ir->elements[v].facts.work_senders = true;
      got[v] = 1;
      bfs[tail++] = 2 * v;
    }
  }
  while (head < tail) {
    uint32_t v = bfs[head] / 2, st = (bfs[head] % 2) + 1;
    head++;
    for (uint32_t k = g->out_start[v]; k < g->out_start[v + 1]; k++) {
      uint32_t w = g->out[k].to;
      tmc_element *we = &ir->elements[w];
      const tmc_flow *f = &ir->flows[g->out[k].flow];
      if (!g->out[k].moves || w == v || f->facts.carries_weights ||
          f->facts.brings_weights ||
          tmc_flowgraph_flow_says(g, f, TMC_WORDS_PHYSICAL_VIEWS) ||
          label_says(g, we, TMC_WORDS_SENSORS) ||
          (is_model(we->kind) && !is_request(ir, g, v, g->out[k].flow)))
        continue;
      we->facts.work_senders = true;
      /* a store passes work on when it is a queue or an inbox, or when
       * outsiders' submissions wait there (pull requests, tickets); a
       * record staff update (a patient record) is read for context */
      bool passes =
          work_passes(g, we) || (st == 2 && tmc_kind_dfd(we->kind) == TMC_DFD_STORE &&
                                 !we->facts.model_artifacts);
      if (passes && !(got[w] & st)) {
        got[w] |= (uint8_t)st;
        bfs[tail++] = 2 * w + (st - 1);
      }
    }
  }
  free(got);
  free(seen);
  free(bfs);
}

/* mltrain16: staff: an entity whose name says the organisation's staff or a
 * contractor's workforce (words.yaml staff_roles). feeds_own_model: code
 * (no model) whose data reaches, through code only, an own_classic_model:
 * one walk back from those models over the flows that move data, each
 * element queued once. hears_own_model: code such a model's answer
 * reaches through code only, one walk forwards.
 * Linear. */
static void mltrain16_facts(tmc_ir *ir, const graph *g) {
  uint32_t n = ir->n_elements, head = 0, tail = 0;
  uint32_t *bfs = tmc_xcalloc(n + 1, sizeof(uint32_t));
  for (uint32_t v = 0; v < n; v++) {
    tmc_element *e = &ir->elements[v];
    /* r2person: not content others publish that names who lists it
     * ("Publisher sites + RSS feeds (whatever the editors list)") */
    e->facts.staff = tmc_kind_dfd(e->kind) == TMC_DFD_ENTITY && !e->facts.publishes &&
                     label_says(g, e, TMC_WORDS_STAFF_ROLES);
    e->facts.outside_technician = tmc_kind_dfd(e->kind) == TMC_DFD_ENTITY &&
                                  label_says(g, e, TMC_WORDS_OUTSIDE_TECHNICIANS);
    e->facts.feeds_own_model = e->facts.hears_own_model = false;
    if (own_classic_model(e))
      bfs[tail++] = v;
  }
  /* hears_own_model: forwards from those models through code only (an
   * answer relayed by a gate to the API that replies), each queued once */
  uint32_t *fwd = tmc_xcalloc(n + 1, sizeof(uint32_t)), fh = 0, ft = 0;
  for (uint32_t i = 0; i < tail; i++)
    fwd[ft++] = bfs[i];
  while (fh < ft) {
    uint32_t v = fwd[fh++];
    for (uint32_t k = g->out_start[v]; k < g->out_start[v + 1]; k++) {
      tmc_element *w = &ir->elements[g->out[k].to];
      if (!g->out[k].moves || w->facts.hears_own_model ||
          tmc_kind_dfd(w->kind) != TMC_DFD_PROCESS ||
          tmc_kind_is(w->kind, TMC_KIND_MODEL))
        continue;
      w->facts.hears_own_model = true;
      fwd[ft++] = g->out[k].to;
    }
  }
  free(fwd);
  /* watches_model: code (no model, no trainer) that hears a model of the
   * system's own and reads a store on its feedback loop, and reports only
   * to people (every flow out goes to a person or staff): a drift monitor
   * fed the outcomes the model selected */
  for (uint32_t v = 0; v < n; v++) {
    tmc_element *e = &ir->elements[v];
    e->facts.watches_model = false;
    if (!e->facts.hears_own_model || trains(e) || tmc_kind_is(e->kind, TMC_KIND_MODEL))
      continue;
    bool reads = false, out = false, people = true;
    for (uint32_t k = g->in_start[v]; k < g->in_start[v + 1] && !reads; k++)
      reads = g->in[k].moves && is_store(&ir->elements[g->in[k].to]) &&
              ir->elements[g->in[k].to].facts.feedback_loop;
    for (uint32_t k = g->out_start[v]; k < g->out_start[v + 1]; k++) {
      const tmc_element *w = &ir->elements[g->out[k].to];
      if (!g->out[k].moves || g->out[k].to == v)
        continue;
      out = true;
      people &=
          tmc_kind_dfd(w->kind) == TMC_DFD_ENTITY && (w->facts.staff || w->facts.person);
    }
    e->facts.watches_model = reads && out && people;
  }
  /* rules22 (causes22 F5): ... and through a plain store that keeps what
   * was sent as it was sent (its name says recordings or uploaded files:
   * recorded calls on a share the transcriber reads), not a store of
   * records code composed (listings, accounts): the recording is what the
   * model decides on. Such a store is walked, not marked (it is no code);
   * each element queued once. */
  bool *held = tmc_xcalloc(n + 1, sizeof *held);
  while (head < tail) {
    uint32_t v = bfs[head++];
    for (uint32_t k = g->in_start[v]; k < g->in_start[v + 1]; k++) {
      uint32_t u = g->in[k].to;
      tmc_element *w = &ir->elements[u];
      if (!g->in[k].moves || w->facts.feeds_own_model || held[u] ||
          tmc_kind_is(w->kind, TMC_KIND_MODEL))
        continue;
      if (w->kind == TMC_KIND_DATA_STORE && !w->facts.holds_logs && !w->third_party &&
          (label_says(g, w, TMC_WORDS_VOICE_RECORDINGS) ||
           label_says(g, w, TMC_WORDS_FILES))) {
        held[u] = true;
        bfs[tail++] = u;
        continue;
      }
      /* aiids33: an outside service relaying what another party sends it
       * (a device-intelligence API fed by the SDK in the customer's app)
       * feeds the model too: what the party sends is what the model
       * decides on. Marked, not walked past: one relay hop. */
      if (tmc_kind_dfd(w->kind) == TMC_DFD_ENTITY && !w->facts.staff) {
        bool relays = false;
        for (uint32_t j = g->in_start[u]; j < g->in_start[u + 1] && !relays; j++)
          relays = g->in[j].moves && g->in[j].to != u &&
                   tmc_kind_dfd(ir->elements[g->in[j].to].kind) == TMC_DFD_ENTITY;
        w->facts.feeds_own_model = relays;
        held[u] = true; /* asked once: the answer rests on u's own inputs */
        continue;
      }
      if (tmc_kind_dfd(w->kind) != TMC_DFD_PROCESS)
        continue;
      w->facts.feeds_own_model = true;
      bfs[tail++] = u;
    }
  }
  free(held);
  /* mlrules19 (A2): submits_to_own_model: an entity that sends a moving
   * flow into code feeding such a model, or into the model itself: what
   * code hearing that model sends it is the verdict on its own input, even
   * where the input went in at another door (the app uploads to a media
   * service, the verdict comes back from the scorer or a notifier). One
   * sweep over the entities' flows: linear. */
  for (uint32_t v = 0; v < n; v++) {
    tmc_element *e = &ir->elements[v];
    e->facts.submits_to_own_model = false;
    if (tmc_kind_dfd(e->kind) != TMC_DFD_ENTITY)
      continue;
    for (uint32_t k = g->out_start[v]; k < g->out_start[v + 1]; k++) {
      const tmc_element *w = &ir->elements[g->out[k].to];
      if (g->out[k].moves && g->out[k].to != v &&
          (w->facts.feeds_own_model || own_classic_model(w))) {
        e->facts.submits_to_own_model = true;
        break;
      }
    }
  }
  free(bfs);
  supply_extras(ir, g);
}

/* precision20 (D): does retrainer t fit anew each time: is the model it
 * trains (a model its output reaches through registries, stores and
 * release code, no other trainer, within MAX_RELEASE_HOPS) named by a
 * from-scratch algorithm ("cbm-score ONNX (IForest + GBM)" two releases
 * on, "fraud-scorer (XGBoost)") and none by a public model family or a
 * fine-tuning word ("EfficientNet-B3" starts from ImageNet weights)? A
 * retrain that fits a gradient-boosted model loads no trained checkpoint.
 * seen[] holds t + 1 for what this walk queued (zeroed by the caller, each
 * trainer its own stamp); bounded by the hops. */
#define MAX_RELEASE_HOPS 6
static bool fits_anew(const tmc_ir *ir, const graph *g, uint32_t t, uint32_t *seen,
                      uint32_t *todo) {
  bool scratch = false, pretrained = false;
  uint32_t head = 0, tail = 0, level_end;
  seen[t] = t + 1;
  todo[tail++] = t;
  for (int hop = 0; hop < MAX_RELEASE_HOPS && head < tail && !pretrained; hop++) {
    level_end = tail;
    for (; head < level_end; head++) {
      uint32_t u = todo[head];
      for (uint32_t k = g->out_start[u]; k < g->out_start[u + 1]; k++) {
        uint32_t w = g->out[k].to;
        const tmc_element *we = &ir->elements[w];
        if (!g->out[k].moves || seen[w] == t + 1 ||
            tmc_kind_dfd(we->kind) == TMC_DFD_ENTITY || trains(we))
          continue;
        seen[w] = t + 1;
        if (is_model(we->kind)) {
          pretrained = pretrained || label_says(g, we, TMC_WORDS_PUBLIC_MODEL_FAMILIES) ||
                       label_says(g, we, TMC_WORDS_FINE_TUNES);
          scratch = scratch || label_says(g, we, TMC_WORDS_FROM_SCRATCH);
          continue; /* the model trained; what it sends on is its answers */
        }
        todo[tail++] = w;
      }
    }
  }
  return scratch && !pretrained;
}

/* g30c (blind30): does trainer v write models, all of them a vendor's
 * hosted service (vendor_service or third-party: "ft:gpt-4.1-mini:acme
 * (hosted by OpenAI)")? Then the vendor trains them and v loads no
 * checkpoint. False when it writes no model. One sweep over v's flows. */
static bool tunes_at_vendor(const tmc_ir *ir, const graph *g, uint32_t v) {
  bool any = false;
  for (uint32_t k = g->out_start[v]; k < g->out_start[v + 1]; k++) {
    const tmc_element *m = &ir->elements[g->out[k].to];
    if (g->out[k].to == v || !is_model(m->kind))
      continue;
    if (!m->facts.vendor_service && !m->third_party)
      return false;
    any = true;
  }
  return any;
}

/* mlrules19 (A4): edge_model, (A1) published_copy: see facts.def. (A3)
 * resumes_checkpoint: a trainer of the
 * system's (no third party's) whose name says it fine-tunes, or retrains naming no
 * algorithm that fits anew each time (from_scratch: XGBoost), and where neither its name
 * nor a flow in or out of it names a safe model format (safetensors, ONNX, weights_only).
 * One sweep over each trainer's flows: linear. */
static void mlrules19_facts(tmc_ir *ir, const graph *g) {
  /* edge_model: each boundary's label once, its ancestors' by a walk up
   * the tree (bounded by --max-depth) */
  bool *site = tmc_xcalloc(ir->n_boundaries + 1, sizeof(bool));
  for (uint32_t b = 0; b < ir->n_boundaries; b++)
    for (uint32_t a = b; a != TMC_NONE && !site[b]; a = ir->boundaries[a].parent)
      site[b] = ir->boundaries[a].label &&
                tmc_lexicon_says(g->lx, TMC_WORDS_EDGE_SITES, ir->boundaries[a].label);
  for (uint32_t v = 0; v < ir->n_elements; v++) {
    tmc_element *e = &ir->elements[v];
    e->facts.edge_model = is_model(e->kind) && !e->third_party &&
                          !e->facts.vendor_service && !e->facts.on_device &&
                          !e->facts.inference_api &&
                          ((e->boundary != TMC_NONE && site[e->boundary]) ||
                           label_says(g, e, TMC_WORDS_EDGE_SITES));
  }
  free(site);
  /* find30 (causes29 F7): floor_model, the boundaries' floor words read
   * once each, an element's chain walked up */
  bool *floor = tmc_xcalloc(ir->n_boundaries + 1, sizeof(bool));
  for (uint32_t b = 0; b < ir->n_boundaries; b++)
    floor[b] = ir->boundaries[b].label &&
               tmc_lexicon_says(g->lx, TMC_WORDS_FLOOR_MACHINES, ir->boundaries[b].label);
  for (uint32_t v = 0; v < ir->n_elements; v++) {
    tmc_element *e = &ir->elements[v];
    e->facts.floor_model = false;
    e->facts.host_model_file = false;
    if (!is_model(e->kind) || e->kind == TMC_KIND_LLM || e->third_party ||
        e->facts.vendor_service || e->facts.on_device || e->facts.edge_model ||
        e->facts.inference_api || !e->facts.physical_input ||
        TMC_ROLESET_HAS(e->roles, TMC_ROLE_TRAINER))
      continue;
    bool said = label_says(g, e, TMC_WORDS_FLOOR_MACHINES);
    for (uint32_t b = e->boundary; b != TMC_NONE && !said; b = ir->boundaries[b].parent)
      said = floor[b];
    /* the code beside it that hands it its input, or the copy that puts
     * it there ("robocopy to every line PC") */
    for (uint32_t k = g->in_start[v]; k < g->in_start[v + 1] && !said; k++)
      said = g->in[k].to != v &&
             (flow_says(g, &ir->flows[g->in[k].flow], TMC_WORDS_FLOOR_MACHINES) ||
              (code_like(&ir->elements[g->in[k].to]) &&
               label_says(g, &ir->elements[g->in[k].to], TMC_WORDS_FLOOR_MACHINES)));
    e->facts.floor_model = said;
    /* b35l: whose file the drawing shows on the host that runs it: loaded
     * from a folder or registry of the system's, or named as the one file
     * it comes in ("Detection model\nvendor NN file") */
    bool file = e->detail_lines && /* rev32: a detail line's word, as classify reads it */
                tmc_lexicon_says(g->lx, TMC_WORDS_MODEL_FILE_FORMS, e->detail_lines);
    for (uint32_t k = g->in_start[v]; k < g->in_start[v + 1] && !file; k++) {
      const tmc_element *h = &ir->elements[g->in[k].to];
      file = g->in[k].to != v && g->in[k].moves && !h->third_party &&
             (h->kind == TMC_KIND_MODEL_REGISTRY || h->facts.model_artifacts);
    }
    e->facts.host_model_file = file;
  }
  free(floor);
  /* published_copy: an unfed dataset read by the system naming others' data */
  for (uint32_t v = 0; v < ir->n_elements; v++) {
    tmc_element *e = &ir->elements[v];
    bool fed = false, read = false;
    e->facts.published_copy = false;
    if (e->kind != TMC_KIND_DATASET)
      continue;
    for (uint32_t k = g->in_start[v]; k < g->in_start[v + 1] && !fed; k++)
      fed = g->in[k].moves && g->in[k].to != v;
    for (uint32_t k = g->out_start[v]; k < g->out_start[v + 1] && !read; k++)
      read = g->out[k].moves && g->out[k].to != v;
    e->facts.published_copy = !fed && read && label_says(g, e, TMC_WORDS_PUBLISHED);
  }
  uint32_t *seen = tmc_xcalloc(ir->n_elements + 1, sizeof *seen);
  uint32_t *todo = tmc_xmalloc((ir->n_elements + 1) * sizeof *todo);
  for (uint32_t v = 0; v < ir->n_elements; v++) {
    tmc_element *e = &ir->elements[v];
    e->facts.resumes_checkpoint = false;
    bool tunes = label_says(g, e, TMC_WORDS_FINE_TUNES);
    if (!trains(e) || e->third_party || is_model(e->kind) ||
        !(tunes || (label_says(g, e, TMC_WORDS_RETRAINS) &&
                    !label_says(g, e, TMC_WORDS_FROM_SCRATCH) &&
                    !fits_anew(ir, g, v, seen, todo))) ||
        label_says(g, e, TMC_WORDS_SAFE_MODEL_FORMATS) ||
        label_says(g, e, TMC_WORDS_HOSTED_TUNING) || tunes_at_vendor(ir, g, v))
      continue;
    bool safe = false;
    for (uint32_t k = g->in_start[v]; k < g->in_start[v + 1] && !safe; k++)
      safe = tmc_flowgraph_flow_says(g, &ir->flows[g->in[k].flow],
                                     TMC_WORDS_SAFE_MODEL_FORMATS);
    for (uint32_t k = g->out_start[v]; k < g->out_start[v + 1] && !safe; k++)
      safe = tmc_flowgraph_flow_says(g, &ir->flows[g->out[k].flow],
                                     TMC_WORDS_SAFE_MODEL_FORMATS);
    e->facts.resumes_checkpoint = !safe;
  }
  free(todo);
  free(seen);
}

/* classic15, the classic families of the hosts and jobs. job_file_transfer
 * (flows): code on a timer (scheduled_runs or job_schedulers words, or an
 * ETL) and, at the other end, another party or a store across a zone
 * boundary, the flow or an end saying a file transfer. sets_device_values
 * (flows): into a field device, an actuator or what drives one (a PLC
 * setting a drive's speed too), saying setpoints. alarm_path (flows):
 * saying alarms (or into something named for them) into what sends on to a
 * person. signs_on_host (elements): code saying it signs (on its name or
 * a flow it sends), none of the signing exclusions on it or that flow,
 * and no key store handing it anything or read by it. broad_rights
 * (elements): the system's code, or an actor (a deployer, an operator)
 * that is no outside party or source, saying broad rights, that
 * sends something on. secrets_in_config (flows): saying Kubernetes
 * Secrets, environment variables or config files, carrying credentials or
 * from code a key store hands credentials to, or from a key store. Each
 * element's edges once, each flow once: linear. */
static void classic_hosts(tmc_ir *ir, const graph *g) {
  uint32_t n = ir->n_elements;
  bool *keyed = tmc_xcalloc(n + 1, sizeof *keyed),
       *pages = tmc_xcalloc(n + 1, sizeof *pages);
  for (uint32_t v = 0; v < n; v++) {
    tmc_element *e = &ir->elements[v];
    for (uint32_t k = g->in_start[v]; k < g->in_start[v + 1]; k++) {
      const tmc_element *w = &ir->elements[g->in[k].to];
      keyed[v] |= g->in[k].to != v && (w->facts.secrets_vault || w->facts.plain_keys);
    }
    for (uint32_t k = g->out_start[v]; k < g->out_start[v + 1]; k++) {
      const tmc_element *w = &ir->elements[g->out[k].to];
      /* a key store it reads from hands it keys as surely */
      keyed[v] |= g->out[k].to != v && (w->facts.secrets_vault || w->facts.plain_keys);
      pages[v] |= g->out[k].to != v &&
                  (w->facts.person || (tmc_kind_dfd(w->kind) == TMC_DFD_ENTITY &&
                                       label_says(g, w, TMC_WORDS_PERSONAL_DEVICES)));
    }
    tmc_dfd dfd = tmc_kind_dfd(e->kind);
    bool code = dfd == TMC_DFD_PROCESS && !is_model(e->kind) && !e->third_party;
    e->facts.signs_on_host = false;
    if (code && !keyed[v] && !label_says(g, e, TMC_WORDS_SIGNING_EXCLUSIONS)) {
      bool signs = label_says(g, e, TMC_WORDS_SIGNING);
      for (uint32_t k = g->out_start[v]; k < g->out_start[v + 1] && !signs; k++) {
        const tmc_flow *f = &ir->flows[g->out[k].flow];
        signs = g->out[k].to != v && flow_says(g, f, TMC_WORDS_SIGNING) &&
                !flow_says(g, f, TMC_WORDS_SIGNING_EXCLUSIONS);
      }
      e->facts.signs_on_host = signs;
    }
    e->facts.broad_rights =
        (code ||
         (dfd == TMC_DFD_ENTITY && !e->third_party && !e->facts.outside_source)) &&
        g->out_start[v] < g->out_start[v + 1] && label_says(g, e, TMC_WORDS_BROAD_RIGHTS);
  }
  for (uint32_t i = 0; i < ir->n_flows; i++) {
    tmc_flow *f = &ir->flows[i];
    const tmc_element *s = &ir->elements[f->src], *t = &ir->elements[f->dst];
    f->facts.job_file_transfer = f->facts.sets_device_values = f->facts.alarm_path =
        f->facts.secrets_in_config = false;
    if (f->src == f->dst)
      continue;
    /* the job at one end, the other party's drop at the other */
    for (int side = 0; side < 2 && !f->facts.job_file_transfer; side++) {
      const tmc_element *job = side ? t : s, *far = side ? s : t;
      bool timed =
          tmc_kind_dfd(job->kind) == TMC_DFD_PROCESS && !is_model(job->kind) &&
          (job->tech == TMC_TECH_ETL || label_says(g, job, TMC_WORDS_SCHEDULED_RUNS) ||
           label_says(g, job, TMC_WORDS_JOB_SCHEDULERS));
      bool other = !is_model(far->kind) &&
                   (far->third_party || tmc_kind_dfd(far->kind) == TMC_DFD_ENTITY ||
                    (is_store(far) && f->facts.crosses));
      /* the job's own name says how it transfers only to a party, not to
       * a store of ours it reads first */
      f->facts.job_file_transfer =
          timed && other &&
          (flow_says(g, f, TMC_WORDS_FILE_TRANSFERS) ||
           label_says(g, far, TMC_WORDS_FILE_TRANSFERS) ||
           (!is_store(far) && label_says(g, job, TMC_WORDS_FILE_TRANSFERS)));
    }
    f->facts.sets_device_values =
        (t->facts.field_device || t->facts.actuator || t->facts.drives_actuator) &&
        flow_says(g, f, TMC_WORDS_SETPOINTS);
    f->facts.alarm_path =
        pages[f->dst] && !t->facts.person &&
        (flow_says(g, f, TMC_WORDS_ALARMS) || label_says(g, t, TMC_WORDS_ALARMS));
    bool secret = f->facts.carries_credentials || s->facts.secrets_vault ||
                  s->facts.plain_keys || (keyed[f->src] && s->facts.gets_credentials);
    f->facts.secrets_in_config =
        secret && flow_says(g, f, TMC_WORDS_PLAIN_SECRET_CARRIERS);
  }
  free(keyed);
  free(pages);
}

/* ---- llmcls16: classic families a drawing makes possible, who acted ------ */

/* Does the flow or either of its ends say a word of list? */
static bool flow_or_ends_say(const graph *g, const tmc_flow *f, const tmc_element *a,
                             const tmc_element *b, tmc_word_list list) {
  return flow_says(g, f, list) || label_says(g, a, list) || label_says(g, b, list);
}

/* Someone drawn outside the code: a person, or an entity that supplies no
 * packages, models or data (a "Release manager", "Editors"). */
static bool someone_outside_code(const tmc_element *e) {
  return e->facts.person ||
         (tmc_kind_dfd(e->kind) == TMC_DFD_ENTITY && !e->facts.outside_source &&
          !e->facts.publishes && !e->facts.anonymous);
}

static bool on_agent_side(const tmc_element *e) {
  return is_model(e->kind) || (e->roles & (TMC_ROLESET(TMC_ROLE_AGENT) |
                                           TMC_ROLESET(TMC_ROLE_PROMPT_ASSEMBLER) |
                                           TMC_ROLESET(TMC_ROLE_TOOL_EXECUTOR))) != 0;
}

/* indexes_everything (ir/facts.def): v's edges once. */
static bool indexes_everything(const tmc_ir *ir, const graph *g, uint32_t v) {
  const tmc_element *e = &ir->elements[v];
  if (tmc_kind_dfd(e->kind) != TMC_DFD_PROCESS || tmc_kind_is_ai(e->kind) ||
      e->third_party || on_agent_side(e) || TMC_ROLESET_HAS(e->roles, TMC_ROLE_TRAINER) ||
      label_says(g, e, TMC_WORDS_TRAINING_TASKS) ||
      !(label_says(g, e, TMC_WORDS_CRAWLERS) ||
        label_says(g, e, TMC_WORDS_SCHEDULED_RUNS) ||
        label_says(g, e, TMC_WORDS_JOB_SCHEDULERS)) ||
      label_says(g, e, TMC_WORDS_PERMISSION_TRIMMING))
    return false;
  bool reads = false, writes = false;
  for (uint32_t k = g->in_start[v]; k < g->in_start[v + 1]; k++) {
    const tmc_element *s = &ir->elements[g->in[k].to];
    const tmc_flow *f = &ir->flows[g->in[k].flow];
    if (g->in[k].to == v || !g->in[k].moves || !is_store(s))
      continue;
    if (flow_says(g, f, TMC_WORDS_PERMISSION_TRIMMING) ||
        label_says(g, s, TMC_WORDS_PERMISSION_TRIMMING))
      return false;
    reads |= !s->third_party && !s->facts.holds_logs && !s->facts.secrets_vault &&
             !s->facts.plain_keys && !s->facts.public_content && !s->facts.agent_memory &&
             s->kind != TMC_KIND_VECTOR_STORE && s->tech != TMC_TECH_QUEUE &&
             s->tech != TMC_TECH_STREAM && !label_says(g, s, TMC_WORDS_SEARCH_INDEXES);
  }
  for (uint32_t k = g->out_start[v]; k < g->out_start[v + 1]; k++) {
    const tmc_element *t = &ir->elements[g->out[k].to];
    const tmc_flow *f = &ir->flows[g->out[k].flow];
    if (g->out[k].to == v || !g->out[k].moves || !is_store(t))
      continue;
    if (flow_says(g, f, TMC_WORDS_PERMISSION_TRIMMING) ||
        label_says(g, t, TMC_WORDS_PERMISSION_TRIMMING))
      return false;
    writes |=
        t->kind == TMC_KIND_VECTOR_STORE || label_says(g, t, TMC_WORDS_SEARCH_INDEXES);
  }
  return reads && writes;
}

/* The element facts of llmcls16 (ir/facts.def says each one's reading):
 * vendor_remote_access, portable_copy, shared_terminal, link_login,
 * override_mode, indexes_everything, read_by_model_tool. ctl (what is
 * or reaches a control system) comes from the caller's walk. */
static void llmcls16_elements(tmc_ir *ir, const graph *g, const uint8_t *ctl) {
  for (uint32_t v = 0; v < ir->n_elements; v++) {
    tmc_element *e = &ir->elements[v];
    tmc_dfd dfd = tmc_kind_dfd(e->kind);
    bool thing = !e->facts.person && !is_model(e->kind); /* a box, no one's person */
    e->facts.vendor_remote_access = e->facts.portable_copy = e->facts.shared_terminal =
        e->facts.link_login = e->facts.override_mode = e->facts.read_by_model_tool =
            false;
    bool from_outside = false, person_in = false, people_in = false, link = false,
         bypass = false, copy = false, tool_reads = false, ours_in = false;
    bool models_up = TMC_KINDSET_HAS(e->facts.upstream, TMC_KIND_MODEL) ||
                     TMC_KINDSET_HAS(e->facts.upstream, TMC_KIND_LLM);
    bool offline = label_says(g, e, TMC_WORDS_OFFLINE_COPIES);
    for (uint32_t k = g->in_start[v]; k < g->in_start[v + 1]; k++) {
      const tmc_flowedge *ed = &g->in[k];
      const tmc_element *u = &ir->elements[ed->to];
      const tmc_flow *f = &ir->flows[ed->flow];
      if (ed->to == v)
        continue;
      bool who = someone_outside_code(u);
      people_in |=
          ed->moves && (u->facts.person || tmc_kind_dfd(u->kind) == TMC_DFD_ENTITY);
      from_outside |= ed->moves && tmc_kind_dfd(u->kind) == TMC_DFD_ENTITY;
      person_in |= ed->moves && who;
      link |= who && flow_says(g, f, TMC_WORDS_LINK_LOGINS);
      bypass |= who && flow_says(g, f, TMC_WORDS_OVERRIDE_MODES);
      bool ours =
          !u->facts.person && !u->third_party && tmc_kind_dfd(u->kind) != TMC_DFD_ENTITY;
      ours_in |= ed->moves && ours;
      copy |= ed->moves && ours && (offline || flow_says(g, f, TMC_WORDS_OFFLINE_COPIES));
      /* a tool's query into the store (its rows come back on the reply) */
      tool_reads |= !ed->moves && TMC_ROLESET_HAS(u->roles, TMC_ROLE_TOOL_EXECUTOR) &&
                    u->facts.model_output && !u->third_party;
    }
    for (uint32_t k = g->out_start[v]; k < g->out_start[v + 1] && !tool_reads; k++) {
      const tmc_element *w = &ir->elements[g->out[k].to];
      tool_reads = g->out[k].to != v && g->out[k].moves &&
                   TMC_ROLESET_HAS(w->roles, TMC_ROLE_TOOL_EXECUTOR) &&
                   w->facts.model_output && !w->third_party;
    }
    if (thing && from_outside && label_says(g, e, TMC_WORDS_REMOTE_ACCESS)) {
      bool lands = false;
      for (uint32_t k = g->out_start[v]; k < g->out_start[v + 1] && !lands; k++)
        lands = g->out[k].to != v && ctl[g->out[k].to] != 0;
      e->facts.vendor_remote_access = lands;
    }
    e->facts.portable_copy = thing && !e->facts.anonymous && !is_store(e) &&
                             !e->third_party && copy &&
                             label_says(g, e, TMC_WORDS_PORTABLE_DEVICES);
    /* a terminal drawn as the device people use is one too ("Library PCs") */
    e->facts.shared_terminal = !is_model(e->kind) && !is_store(e) && people_in &&
                               label_says(g, e, TMC_WORDS_SHARED_TERMINALS);
    e->facts.link_login =
        thing && dfd == TMC_DFD_PROCESS && !e->third_party &&
        (link || (person_in && label_says(g, e, TMC_WORDS_LINK_LOGINS)));
    e->facts.override_mode = thing && !is_store(e) && !e->third_party &&
                             !tmc_kind_is_ai(e->kind) && !models_up &&
                             (bypass || ((person_in || ours_in) &&
                                         label_says(g, e, TMC_WORDS_OVERRIDE_MODES)));
    e->facts.indexes_everything = indexes_everything(ir, g, v);
    e->facts.read_by_model_tool = is_store(e) && tool_reads && !e->third_party &&
                                  !e->facts.holds_logs && !e->facts.secrets_vault &&
                                  !e->facts.plain_keys && !e->facts.agent_memory &&
                                  !e->facts.public_content && e->tech != TMC_TECH_QUEUE &&
                                  e->tech != TMC_TECH_STREAM &&
                                  !TMC_ROLESET_HAS(e->roles, TMC_ROLE_CREDENTIAL_HOLDER);
  }
}

/* left22: people's content sent to a vendor's hosted AI service. A
 * message someone presses "Translate" on, a photo an upload API hands a
 * moderation API, a scanned document sent for extraction: what people
 * wrote, said or uploaded leaves for the vendor, personal data whatever
 * the flow's label rates it. The sender is the system's code people send
 * requests to, so the content is theirs, not a catalogue the system
 * writes; a declared sensitivity, or public words on the flow or sender,
 * keep it quiet. After app_tech and own_models_on_platforms (the
 * vendor_service they settle) and public_content; linear in the flows. */
static void people_content_to_vendor(tmc_ir *ir, const graph *g) {
  for (uint32_t i = 0; i < ir->n_flows; i++) {
    tmc_flow *f = &ir->flows[i];
    const tmc_element *s = &ir->elements[f->src], *t = &ir->elements[f->dst];
    f->facts.people_content_to_vendor = false;
    if (f->src == f->dst || !is_model(t->kind) || !t->facts.vendor_service ||
        t->third_party || s->third_party || tmc_kind_dfd(s->kind) != TMC_DFD_PROCESS ||
        is_model(s->kind) || !s->facts.people_callers || f->sensitivity != TMC_SENS_UNSET)
      continue;
    /* ... or personal data named as such (patient notes, a passport) */
    bool says = flow_says(g, f, TMC_WORDS_PEOPLE_CONTENT) ||
                label_says(g, s, TMC_WORDS_PEOPLE_CONTENT) ||
                flow_says(g, f, TMC_WORDS_PERSONAL_TEXT) ||
                label_says(g, s, TMC_WORDS_PERSONAL_TEXT) ||
                has_class(f->data_canon, &f->data, "user_content");
    bool public = flow_says(g, f, TMC_WORDS_PUBLIC_DATA) ||
                  label_says(g, s, TMC_WORDS_PUBLIC_DATA) || s->facts.public_content;
    f->facts.people_content_to_vendor = says && !public;
  }
}

/* The flow facts of llmcls16: cleartext's bind and port reading,
 * mailed_plain, job_static_key, shared_login, unattributed_edit,
 * tool_returns_outside_text. keyed: a key store hands the element its
 * secrets; feeds_agent: it hands data to code driving an LLM (b35c: or to a tool that
 * does); written: something outside the agent's side that outsiders' text reaches writes
 * into it. */
static void llmcls16_flows(tmc_ir *ir, const graph *g, const bool *keyed,
                           const bool *feeds_agent, const bool *written) {
  uint8_t *relay_memo = tmc_xcalloc(ir->n_elements + 1, sizeof(uint8_t));
  uint8_t *device_memo = tmc_xcalloc(ir->n_elements + 1, sizeof(uint8_t));
  for (uint32_t i = 0; i < ir->n_flows; i++) {
    tmc_flow *f = &ir->flows[i];
    const tmc_element *s = &ir->elements[f->src], *t = &ir->elements[f->dst];
    f->facts.mailed_plain = f->facts.job_static_key = f->facts.shared_login =
        f->facts.unattributed_edit = f->facts.tool_returns_outside_text = false;
    if (f->src == f->dst)
      continue;
    tmc_dfd sd = tmc_kind_dfd(s->kind), td = tmc_kind_dfd(t->kind);
    bool clear = f->encrypted != TMC_TRI_YES;
    if (clear && flow_says(g, f, TMC_WORDS_CLEARTEXT_PORTS) &&
        !flow_says(g, f, TMC_WORDS_TLS_NAMED))
      f->facts.cleartext = true;
    /* records to another organisation as e-mail */
    bool org = !is_model(t->kind) && !t->facts.person &&
               (t->third_party || t->facts.vendor_service || td == TMC_DFD_ENTITY);
    bool mailed = flow_says(g, f, TMC_WORDS_MAIL_ATTACHMENTS) ||
                  (flow_says(g, f, TMC_WORDS_MAILED_DOCUMENTS) &&
                   flow_or_ends_say(g, f, s, t, TMC_WORDS_MAIL_WORDS));
    /* g31d (blind31): ... or by someone of ours forwarding what the
     * system handed them (the treasurer mailing the shop's monthly export
     * to the outside auditor): the records are the system's either way */
    bool relays = false;
    if (mailed && org && sd == TMC_DFD_ENTITY && !s->third_party &&
        !s->facts.vendor_service) {
      /* what the sender is handed does not depend on the flow: its in-edges
       * are read once per sender (memo: 0 not yet, 1 no, 2 yes), or a
       * person with thousands of mailed flows would rescan them each time */
      if (!relay_memo[f->src]) {
        bool r = false;
        for (uint32_t k = g->in_start[f->src]; k < g->in_start[f->src + 1] && !r; k++) {
          const tmc_element *u = &ir->elements[g->in[k].to];
          tmc_dfd ud = tmc_kind_dfd(u->kind);
          r = g->in[k].moves && g->in[k].to != f->src && !u->third_party &&
              !is_model(u->kind) && (ud == TMC_DFD_PROCESS || ud == TMC_DFD_STORE);
        }
        relay_memo[f->src] = r ? 2 : 1;
      }
      relays = relay_memo[f->src] == 2;
    }
    f->facts.mailed_plain =
        clear && org &&
        ((sd != TMC_DFD_ENTITY && !s->third_party && !s->facts.person) || relays) &&
        mailed && !flow_or_ends_say(g, f, s, t, TMC_WORDS_MAIL_PROTECTION) &&
        !flow_or_ends_say(g, f, s, t, TMC_WORDS_TLS_NAMED);
    /* a timed job's static key for another party's API */
    for (int side = 0;
         side < 2 && !f->facts.job_file_transfer && !f->facts.job_static_key; side++) {
      uint32_t jv = side ? f->dst : f->src;
      const tmc_element *job = side ? t : s, *far = side ? s : t;
      bool timed =
          tmc_kind_dfd(job->kind) == TMC_DFD_PROCESS && !is_model(job->kind) &&
          !job->third_party &&
          (job->tech == TMC_TECH_ETL || label_says(g, job, TMC_WORDS_SCHEDULED_RUNS) ||
           label_says(g, job, TMC_WORDS_JOB_SCHEDULERS));
      /* anyone's API, ours too: with no one there to type it, the key
       * sits with the job either way */
      bool other = !is_model(far->kind) && !is_store(far);
      f->facts.job_static_key =
          timed && other && !keyed[jv] &&
          flow_or_ends_say(g, f, s, t, TMC_WORDS_STATIC_CREDENTIALS) &&
          !flow_says(g, f, TMC_WORDS_FETCHED_SECRETS) &&
          !label_says(g, job, TMC_WORDS_FETCHED_SECRETS);
    }
    /* people signing in as one shared login, at code or a terminal; not
     * at an identity provider, where a login "shared" across apps is
     * single sign-on (leftovers17: "shared login for every internal app"
     * to Okta), and what is done is done at the apps behind it. b32d: or
     * at a store they work in straight (a dispatch or booking system drawn
     * as the records it keeps, its app not drawn): the store records the
     * one login for every change; not a vault, where shared passwords are
     * what it keeps, nor a log */
    bool own_records = !is_store(t) || (!t->facts.secrets_vault && !t->facts.holds_logs &&
                                        t->tech != TMC_TECH_SECRETS_VAULT);
    /* b33e: or at a device of ours that people work at (a reception
     * tablet, a counter PC), signed in to the code it reaches as the one
     * login its label or flow names ("Reception iPad, shared wp-admin
     * login"): whoever stands at it is that login. Its callers are read
     * once per device (memo: 0 not yet, 1 no, 2 yes). */
    bool at_device = false;
    if (sd == TMC_DFD_PROCESS && !s->third_party && !is_model(s->kind) &&
        !tmc_kind_is_ai(s->kind) && td == TMC_DFD_PROCESS) {
      if (!device_memo[f->src]) {
        bool r = false;
        for (uint32_t k = g->in_start[f->src]; k < g->in_start[f->src + 1] && !r; k++) {
          const tmc_element *u = &ir->elements[g->in[k].to];
          r = g->in[k].moves && g->in[k].to != f->src && someone_outside_code(u) &&
              !u->third_party && !u->facts.public_person;
        }
        device_memo[f->src] = r ? 2 : 1;
      }
      at_device = device_memo[f->src] == 2;
    }
    bool said = someone_outside_code(s)
                    ? flow_or_ends_say(g, f, s, t, TMC_WORDS_SHARED_LOGINS)
                    : at_device && (flow_says(g, f, TMC_WORDS_SHARED_LOGINS) ||
                                    label_says(g, s, TMC_WORDS_SHARED_LOGINS));
    f->facts.shared_login = said && !t->facts.person && !is_model(t->kind) &&
                            own_records && !t->third_party &&
                            t->tech != TMC_TECH_IDENTITY_PROVIDER;
    /* staff changing what others see or are paid, nobody on record */
    bool query = tmc_flowgraph_query_into_store(ir, g->lx, f, f->src, f->dst);
    /* classic19 (causes19 C2): or into the system's own application that
     * keeps the accounts (a back office, a billing console): staff seldom
     * edit the store itself, and code between records the code's login */
    bool own_app = td == TMC_DFD_PROCESS && !is_model(t->kind) &&
                   !tmc_kind_is_ai(t->kind) && !t->third_party && t->facts.app_code &&
                   !s->facts.public_person;
    bool lands =
        !query && ((is_store(t) && !t->facts.holds_logs && !t->facts.secrets_vault) ||
                   t->facts.vendor_service ||
                   (td == TMC_DFD_ENTITY && !t->facts.person) || own_app);
    f->facts.unattributed_edit =
        lands && someone_outside_code(s) && !s->facts.public_person && !s->third_party &&
        !f->facts.changes_decisions && flow_says(g, f, TMC_WORDS_EDITS) &&
        !flow_says(g, f, TMC_WORDS_ATTRIBUTED) && !label_says(g, t, TMC_WORDS_ATTRIBUTED);
    /* a tool handing back what outsiders wrote into a store it reads; b35c:
     * a line without arrowheads is read both ways (a communication
     * diagram's link from the sandbox to the files it reads) */
    for (int way = 0; way < 1 + f->bidirectional && !f->facts.tool_returns_outside_text;
         way++) {
      uint32_t from = way ? f->dst : f->src, to = way ? f->src : f->dst;
      const tmc_element *fs = &ir->elements[from], *ft = &ir->elements[to];
      f->facts.tool_returns_outside_text =
          is_store(fs) && fs->facts.tainted && written[from] && !fs->facts.agent_memory &&
          !fs->third_party && TMC_ROLESET_HAS(ft->roles, TMC_ROLE_TOOL_EXECUTOR) &&
          !ft->third_party && !is_model(ft->kind) && feeds_agent[to];
    }
  }
  /* r38harrow (blind38 harrowden): ... and the flow on which that tool hands
   * its result back to the code building the prompt (an in-house MCP server
   * over records tenants' notes reach, answering the orchestrator along a
   * line with arrowheads at both ends): where the text lands in the context,
   * the flow a reviewer points at besides the read */
  bool *hands = tmc_xcalloc(ir->n_elements + 1, sizeof(bool));
  for (uint32_t i = 0; i < ir->n_flows; i++) {
    const tmc_flow *f = &ir->flows[i];
    if (f->facts.tool_returns_outside_text)
      hands[is_store(&ir->elements[f->src]) ? f->dst : f->src] = true;
  }
  for (uint32_t i = 0; i < ir->n_flows; i++) {
    tmc_flow *f = &ir->flows[i];
    f->facts.tool_result_outside_text = false;
    for (int way = 0; way < 1 + f->bidirectional && f->src != f->dst; way++) {
      uint32_t from = way ? f->dst : f->src, to = way ? f->src : f->dst;
      const tmc_element *ft = &ir->elements[to];
      f->facts.tool_result_outside_text |=
          hands[from] && !is_model(ft->kind) && !ft->third_party &&
          (ft->roles &
           (TMC_ROLESET(TMC_ROLE_AGENT) | TMC_ROLESET(TMC_ROLE_PROMPT_ASSEMBLER))) != 0;
    }
  }
  free(hands);
  free(relay_memo);
  free(device_memo);
}

/* ---- llmcls17: LLM application families ---------------------------------- */

/* Does code v read context chosen for who asks: a vector store, a
 * retriever, or a store whose sources grant access per person
 * (access_scoped: a drive, a CRM, HR records; not a queue or a stream that
 * hands each message on, nor a cache: the answers it keeps are what is
 * asked about)? v's edges in, once. */
static bool reads_restricted(const tmc_ir *ir, const graph *g, uint32_t v) {
  for (uint32_t k = g->in_start[v]; k < g->in_start[v + 1]; k++) {
    const tmc_element *u = &ir->elements[g->in[k].to];
    if (g->in[k].to == v)
      continue;
    if (u->kind == TMC_KIND_VECTOR_STORE || TMC_ROLESET_HAS(u->roles, TMC_ROLE_RETRIEVER))
      return true;
    if (is_store(u) && u->facts.access_scoped && u->tech != TMC_TECH_CACHE &&
        u->tech != TMC_TECH_QUEUE && u->tech != TMC_TECH_STREAM &&
        !u->facts.public_content && !u->facts.secrets_vault && !u->facts.holds_logs)
      return true;
  }
  return false;
}

/* Is zone b, or a zone around it, a control network (ot[])? */
static bool ot_of(const tmc_ir *ir, const uint8_t *ot, uint32_t b) {
  for (; b != TMC_NONE; b = ir->boundaries[b].parent)
    if (ot[b])
      return true;
  return false;
}

/* aiids17b (ML02). crowd_labels (flows): a flow into a store on a training
 * path (no model registry, no third party's) that says the public's flags
 * (words.yaml crowd_signals; not decisions: a lender's own verdicts are
 * TMC-TRAIN-015's), from the public
 * (public_person) or from a store or code the public writes into: a public
 * person sends to it, or to code that sends to it (two hops, each over a
 * node's in-edges: linear). Reports and votes taken as labels let whoever
 * reports the most (a brigade, a bot farm) choose the labels. */
static void crowd_fed(tmc_ir *ir, const graph *g, last_walks *lw) {
  uint32_t n = ir->n_elements;
  uint8_t *fed = lw->crowd_fed =
      tmc_xcalloc(n + 1, 1); /* 1: a public person sends to it */
  for (uint32_t v = 0; v < n; v++)
    for (uint32_t k = g->in_start[v]; k < g->in_start[v + 1] && !fed[v]; k++)
      fed[v] = g->in[k].moves && g->in[k].to != v &&
               ir->elements[g->in[k].to].facts.public_person;
}

/* crowd_labels of flow i, from crowd_fed's marks. */
static void crowd_labels(tmc_ir *ir, const graph *g, const last_walks *lw, uint32_t i) {
  const uint8_t *fed = lw->crowd_fed;
  tmc_flow *f = &ir->flows[i];
  const tmc_element *s = &ir->elements[f->src], *t = &ir->elements[f->dst];
  f->facts.crowd_labels = false;
  if (f->src == f->dst || !is_store(t) || !t->facts.training_path ||
      t->kind == TMC_KIND_MODEL_REGISTRY || t->third_party || s->third_party)
    return;
  bool public = s->facts.public_person || fed[f->src];
  for (uint32_t k = g->in_start[f->src]; k < g->in_start[f->src + 1] && !public; k++) {
    uint32_t w = g->in[k].to;
    public = g->in[k].moves && w != f->src &&
             tmc_kind_dfd(ir->elements[w].kind) == TMC_DFD_PROCESS && fed[w];
  }
  f->facts.crowd_labels = public && flow_says(g, f, TMC_WORDS_CROWD_SIGNALS);
}

/* aiids17b (LLM09). signs_off_model_output (flows): a person's flow into
 * what holds a model's text (a store or code, no model, no vendor's
 * service) that signs off on it (a person: named as people, or an entity
 * that supplies no packages, models or data): the flow says so (words.yaml sign_offs,
 * decisions), or the person is staff, the code sends them its model-written
 * output, and the code drives a tool (the approval card of an agent: what
 * the person answers is what the agent then does). The person's click is
 * where a confident wrong or planted answer becomes the organisation's act.
 * One pass over the flows and one over each code's out-edges: linear. */
static void signs_off_model_output(tmc_ir *ir, const graph *g, last_walks *lw,
                                   uint32_t i) {
  uint8_t *acts = lw->drives_tool; /* 0 unasked, 1 yes, 2 no */
  tmc_flow *f = &ir->flows[i];
  const tmc_element *s = &ir->elements[f->src], *t = &ir->elements[f->dst];
  f->facts.signs_off_model_output = false;
  /* someone drawn outside the code, named a person or an entity that
   * supplies no packages, models or data ("Maintainers", as audit_trails) */
  bool someone = s->facts.person || (!s->facts.outside_source && !s->facts.publishes &&
                                     !s->facts.anonymous && !s->third_party);
  if (f->src == f->dst || !someone || s->facts.outside_source ||
      tmc_kind_dfd(s->kind) != TMC_DFD_ENTITY || !t->facts.model_output ||
      tmc_kind_is_ai(t->kind) || t->facts.vendor_service || t->third_party ||
      tmc_kind_dfd(t->kind) == TMC_DFD_ENTITY)
    return;
  if (flow_says(g, f, TMC_WORDS_SIGN_OFFS) || flow_says(g, f, TMC_WORDS_DECISIONS)) {
    f->facts.signs_off_model_output = true;
    return;
  }
  if (!s->facts.staff || tmc_kind_dfd(t->kind) != TMC_DFD_PROCESS)
    return;
  uint32_t v = f->dst;
  if (!acts[v]) {
    bool tool = false;
    for (uint32_t k = g->out_start[v]; k < g->out_start[v + 1]; k++) {
      const tmc_element *w = &ir->elements[g->out[k].to];
      tool |= w->kind == TMC_KIND_AGENT_TOOL ||
              (w->roles & TMC_ROLESET(TMC_ROLE_TOOL_EXECUTOR)) != 0;
    }
    acts[v] = tool ? 1 : 2;
  }
  if (acts[v] != 1)
    return;
  /* the code hands the person what it got from the model */
  for (uint32_t k = g->out_start[v]; k < g->out_start[v + 1]; k++)
    if (g->out[k].to == f->src && g->out[k].moves) {
      f->facts.signs_off_model_output = true;
      break;
    }
}

/* llmcls17_facts. answer_cache: a cache whose writer (an edge into it,
 * moving or a query: "get / set") is code driving an LLM that gets model
 * text, reads the cache back (an edge from the cache to it) and reads
 * restricted context (reads_restricted, asked once per writer).
 * keyed_by_sender, by structure: a flow outside content reaches (tainted)
 * from code to a directory or people system (tech identity_provider, or
 * words.yaml people_directories) that answers it, whose label says the
 * lookup key is an address (identity_keys: "asker e-mail", "UPN"): the
 * rights that come back are those of whoever the chat profile or mail
 * claims to be. code_login: a person or a device people work at (a
 * handheld, a scanner, a shared terminal) signing in to code with a short
 * code (code_logins), or anything but a store or a model doing so over a
 * terminal session (terminal_sessions), nothing saying each person's own
 * sign-in. bridges_ot: code or a device in a control network's zone (ot_zones)
 * sending data into another zone that is none, to anything but a person
 * or an entity. auto_orders: a flow raising orders elsewhere
 * (raised_orders) from code acting on a model's answers that no person
 * feeds. One pass over each cache's edges, two over the flows (each
 * ordering flow's source's edges in once), one over the edges. */
static void llmcls17_facts(tmc_ir *ir, const graph *g) {
  const tmc_roleset DRIVERS =
      TMC_ROLESET(TMC_ROLE_PROMPT_ASSEMBLER) | TMC_ROLESET(TMC_ROLE_AGENT);
  uint8_t *restricted = tmc_xcalloc(ir->n_elements + 1, 1); /* 0 unasked, 1 yes, 2 no */
  for (uint32_t v = 0; v < ir->n_elements; v++) {
    tmc_element *e = &ir->elements[v];
    e->facts.answer_cache = false;
    if (e->tech != TMC_TECH_CACHE || e->third_party || !is_store(e))
      continue;
    for (uint32_t k = g->in_start[v]; k < g->in_start[v + 1] && !e->facts.answer_cache;
         k++) {
      uint32_t w = g->in[k].to;
      const tmc_element *we = &ir->elements[w];
      if (w == v || !(we->roles & DRIVERS) || !we->facts.model_output || !g->in[k].paired)
        continue;
      if (!restricted[w])
        restricted[w] = reads_restricted(ir, g, w) ? 1 : 2;
      e->facts.answer_cache = restricted[w] == 1;
    }
  }
  free(restricted);
  const tmc_techset DEVICES = tmc_lexicon_techs(g->lx, TMC_TECHS_DEVICES);
  uint8_t *signed_in = tmc_xcalloc(ir->n_elements + 1, 1);
  for (uint32_t i = 0; i < ir->n_flows; i++) {
    tmc_flow *f = &ir->flows[i];
    const tmc_element *s = &ir->elements[f->src], *t = &ir->elements[f->dst];
    /* code_login: people, or the devices they work at, signing in to the
     * code's own login by a short code or over a terminal session */
    bool device = s->facts.field_device || s->facts.shared_terminal ||
                  TMC_TECHSET_HAS(DEVICES, s->tech);
    bool at_code = f->src != f->dst && tmc_kind_dfd(t->kind) == TMC_DFD_PROCESS &&
                   !is_model(t->kind) && !t->third_party && !t->facts.person;
    /* a terminal session's other end is a terminal someone types at,
     * however it is drawn ("Warehouse handhelds (TN5250 emulator)") */
    /* fix17a (review17 item 6): only a person or a device people work at
     * types at a terminal host (its batch jobs, monitors and APIs do not),
     * and a short code is a shared login for staff and at shared devices,
     * not a customer's card and PIN */
    bool typist = device || someone_outside_code(s);
    bool terminal = typist && !is_store(s) && !is_model(s->kind) &&
                    (flow_says(g, f, TMC_WORDS_TERMINAL_SESSIONS) ||
                     label_says(g, t, TMC_WORDS_TERMINAL_SESSIONS) ||
                     label_says(g, s, TMC_WORDS_TERMINAL_SESSIONS));
    f->facts.code_login =
        at_code &&
        (terminal || ((device || (someone_outside_code(s) && !s->facts.public_person)) &&
                      flow_or_ends_say(g, f, s, t, TMC_WORDS_CODE_LOGINS))) &&
        !flow_or_ends_say(g, f, s, t, TMC_WORDS_PERSONAL_SIGNINS);
    if (f->facts.keyed_by_sender || !f->facts.tainted || !f->facts.answered ||
        f->src == f->dst || tmc_kind_dfd(s->kind) != TMC_DFD_PROCESS ||
        is_model(s->kind) || is_model(t->kind) ||
        !tmc_lexicon_says(g->lx, TMC_WORDS_IDENTITY_KEYS, f->label))
      continue;
    if (f->facts.carries_credentials ||
        flow_or_ends_say(g, f, s, t, TMC_WORDS_PERSONAL_SIGNINS) ||
        !(t->tech == TMC_TECH_IDENTITY_PROVIDER ||
          label_says(g, t, TMC_WORDS_PEOPLE_DIRECTORIES)))
      continue;
    /* fix17a (review17 item 5): a bind with a password is a sign-in, not
     * a claimed address; and code people reach over their own sign-in
     * (SSO, MFA: personal_signins) looks up the address their token
     * gives. The source's edges in read once (signed_in: 0 unasked, 1 no,
     * 2 yes). */
    if (!signed_in[f->src]) {
      bool yes = false;
      for (uint32_t k = g->in_start[f->src]; k < g->in_start[f->src + 1] && !yes; k++)
        yes = g->in[k].to != f->src && someone_outside_code(&ir->elements[g->in[k].to]) &&
              (flow_says(g, &ir->flows[g->in[k].flow], TMC_WORDS_PERSONAL_SIGNINS) ||
               label_says(g, &ir->elements[g->in[k].to], TMC_WORDS_PERSONAL_SIGNINS));
      signed_in[f->src] = yes ? 2 : 1;
    }
    f->facts.keyed_by_sender = signed_in[f->src] == 1;
  }
  free(signed_in);
  /* auto_orders: code acting on a model's answers, fed by no person. A
   * person counts when they feed the source, or feed a front end that
   * feeds it (a chat widget, a portal: code, whose replies may carry the
   * model's answers back): one hop back, as a support bot behind its widget is drawn.
   * fix17a: both answers kept per element (0 unasked, 1 no, 2 yes), so a
   * hub with N feeds in and N order flows out reads its edges in once,
   * and each front end's edges in once: linear, not N x N. */
  uint8_t *fed = tmc_xcalloc(ir->n_elements + 1, 1), /* a person reaches it */
      *front = tmc_xcalloc(ir->n_elements + 1, 1);   /* a person feeds it */
  for (uint32_t i = 0; i < ir->n_flows; i++) {
    tmc_flow *f = &ir->flows[i];
    const tmc_element *s = &ir->elements[f->src], *t = &ir->elements[f->dst];
    f->facts.auto_orders = false;
    if (f->src == f->dst || tmc_kind_dfd(s->kind) != TMC_DFD_PROCESS ||
        is_model(s->kind) || !(s->facts.hears_own_model || s->facts.model_output) ||
        t->facts.person || is_model(t->kind) || !flow_says(g, f, TMC_WORDS_RAISED_ORDERS))
      continue;
    if (!fed[f->src]) {
      bool people = false;
      for (uint32_t k = g->in_start[f->src]; k < g->in_start[f->src + 1] && !people;
           k++) {
        uint32_t u = g->in[k].to;
        const tmc_element *ue = &ir->elements[u];
        if (u == f->src)
          continue;
        people = someone_outside_code(ue);
        if (people || tmc_kind_dfd(ue->kind) != TMC_DFD_PROCESS || is_model(ue->kind))
          continue;
        if (!front[u]) {
          bool p = false;
          for (uint32_t j = g->in_start[u]; j < g->in_start[u + 1] && !p; j++)
            p = g->in[j].to != u && someone_outside_code(&ir->elements[g->in[j].to]);
          front[u] = p ? 2 : 1;
        }
        people = front[u] == 2;
      }
      fed[f->src] = people ? 2 : 1;
    }
    f->facts.auto_orders = fed[f->src] == 1;
  }
  free(fed);
  free(front);
  /* bridges_ot: each boundary's label read once, each element's chain of
   * zones walked once (ot_of), each edge once */
  uint8_t *ot = tmc_xcalloc(ir->n_boundaries + 1, 1);
  /* fix17a: a zone named by a word that is an ordinary place elsewhere
   * (ot_zones_maybe: "Production network", "Shop floor", "Level 2") is a
   * control network only when it, or a zone inside it, holds a control
   * element (an actuator, what drives one, a PLC, SCADA or HMI by name; not
   * any device: a shop's barcode scanner is none): each such element marks its zone and
   * the zones around it, stopping at one already marked, so each zone is marked once */
  uint8_t *holds_ctl = tmc_xcalloc(ir->n_boundaries + 1, 1);
  for (uint32_t v = 0; v < ir->n_elements; v++) {
    const tmc_element *e = &ir->elements[v];
    if (e->boundary == TMC_NONE || e->facts.person ||
        !(e->facts.actuator || e->facts.drives_actuator ||
          label_says(g, e, TMC_WORDS_CONTROL_SYSTEMS)))
      continue;
    for (uint32_t b = e->boundary; b != TMC_NONE && !holds_ctl[b];
         b = ir->boundaries[b].parent)
      holds_ctl[b] = 1;
  }
  for (uint32_t b = 0; b < ir->n_boundaries; b++) {
    const char *l = ir->boundaries[b].label;
    ot[b] = l && (tmc_lexicon_says(g->lx, TMC_WORDS_OT_ZONES, l) ||
                  (holds_ctl[b] && tmc_lexicon_says(g->lx, TMC_WORDS_OT_ZONES_MAYBE, l)));
  }
  free(holds_ctl);
  for (uint32_t v = 0; v < ir->n_elements; v++) {
    tmc_element *e = &ir->elements[v];
    e->facts.bridges_ot = false;
    /* code, or a device drawn as an entity (an edge box, a gateway) */
    bool host =
        (tmc_kind_dfd(e->kind) == TMC_DFD_PROCESS && !e->facts.person) ||
        (!is_store(e) && (e->facts.field_device || TMC_TECHSET_HAS(DEVICES, e->tech)));
    if (!host || is_model(e->kind) || e->third_party || !ot_of(ir, ot, e->boundary))
      continue;
    for (uint32_t k = g->out_start[v]; k < g->out_start[v + 1] && !e->facts.bridges_ot;
         k++) {
      const tmc_element *w = &ir->elements[g->out[k].to];
      e->facts.bridges_ot = g->out[k].moves && g->out[k].to != v &&
                            w->boundary != e->boundary &&
                            tmc_kind_dfd(w->kind) != TMC_DFD_ENTITY && !w->facts.person &&
                            !ot_of(ir, ot, w->boundary);
    }
  }
  free(ot);
}

/* llmcls16_facts: ctl marks what is a control system (a field device, an
 * actuator, what drives one, or a name saying control_systems: bit 0)
 * or sends to one (bit 1), so a gateway's out-edges say whether it lands
 * within two hops of one; keyed, feeds_agent and written as
 * llmcls16_flows reads them. Each element's edges a fixed number of
 * times, each flow once: linear. After shared_identities and
 * classic_hosts (reads changes_decisions, job_file_transfer). */
static void llmcls16_facts(tmc_ir *ir, const graph *g) {
  uint32_t n = ir->n_elements;
  uint8_t *ctl = tmc_xcalloc(n + 1, sizeof *ctl);
  bool *keyed = tmc_xcalloc(n + 1, sizeof *keyed),
       *feeds_agent = tmc_xcalloc(n + 1, sizeof *feeds_agent),
       *written = tmc_xcalloc(n + 1, sizeof *written);
  for (uint32_t v = 0; v < n; v++) {
    const tmc_element *e = &ir->elements[v];
    ctl[v] = !e->facts.person &&
             (e->facts.field_device || e->facts.actuator || e->facts.drives_actuator ||
              label_says(g, e, TMC_WORDS_CONTROL_SYSTEMS));
    for (int in = 0; in < 2; in++) {
      const uint32_t *st = in ? g->in_start : g->out_start;
      const tmc_flowedge *ed = in ? g->in : g->out;
      for (uint32_t k = st[v]; k < st[v + 1]; k++) {
        const tmc_element *w = &ir->elements[ed[k].to];
        if (ed[k].to == v)
          continue;
        keyed[v] |= w->facts.secrets_vault || w->facts.plain_keys ||
                    TMC_ROLESET_HAS(w->roles, TMC_ROLE_CREDENTIAL_HOLDER);
        if (!in)
          feeds_agent[v] |=
              ed[k].moves && (w->roles & (TMC_ROLESET(TMC_ROLE_AGENT) |
                                          TMC_ROLESET(TMC_ROLE_PROMPT_ASSEMBLER))) != 0;
        else
          written[v] |= ed[k].moves && !on_agent_side(w) &&
                        (w->facts.tainted || w->facts.origin || w->facts.person);
      }
    }
  }
  for (uint32_t v = 0; v < n; v++)
    for (uint32_t k = g->out_start[v]; k < g->out_start[v + 1] && !(ctl[v] & 2u); k++)
      if (g->out[k].to != v && (ctl[g->out[k].to] & 1u))
        ctl[v] |= 2u;
  llmcls16_elements(ir, g, ctl);
  /* b35c: a tool executor another tool drives (the sandbox a code-runner
   * tool runs its code in) hands its results to the agent through that
   * tool: one hop, each element's out-edges once */
  bool *via_tool = tmc_xcalloc(n + 1, sizeof *via_tool);
  for (uint32_t v = 0; v < n; v++) {
    via_tool[v] = feeds_agent[v];
    if (!TMC_ROLESET_HAS(ir->elements[v].roles, TMC_ROLE_TOOL_EXECUTOR))
      continue;
    for (uint32_t k = g->out_start[v]; k < g->out_start[v + 1] && !via_tool[v]; k++) {
      uint32_t w = g->out[k].to;
      via_tool[v] = w != v && g->out[k].moves && feeds_agent[w] &&
                    TMC_ROLESET_HAS(ir->elements[w].roles, TMC_ROLE_TOOL_EXECUTOR);
    }
  }
  llmcls16_flows(ir, g, keyed, via_tool, written);
  free(via_tool);
  free(ctl);
  free(keyed);
  free(feeds_agent);
  free(written);
}

/* aiids34: job_stored_token: from code on a timer (an ETL, or its name
 * saying scheduled_runs or job_schedulers words) that reads a store keeping
 * keys outside a vault (plain_keys: a config file, an .env) into another
 * party's service (an entity that is no person, a third party's or a
 * vendor's service; no model, no store): the job acts in that party's
 * account with a standing token kept beside it, with whatever the token
 * allows. Not what job_static_key or job_file_transfer already say. Each
 * element's edges once, each flow once: linear. */
static void job_stored_tokens(tmc_ir *ir, const graph *g) {
  uint32_t n = ir->n_elements;
  bool *plain = tmc_xcalloc(n + 1, sizeof *plain);
  for (uint32_t v = 0; v < n; v++)
    for (int in = 0; in < 2 && !plain[v]; in++) {
      const uint32_t *st = in ? g->in_start : g->out_start;
      const tmc_flowedge *ed = in ? g->in : g->out;
      for (uint32_t k = st[v]; k < st[v + 1] && !plain[v]; k++) {
        const tmc_element *w = &ir->elements[ed[k].to];
        plain[v] = ed[k].to != v && is_store(w) && w->facts.plain_keys;
      }
    }
  for (uint32_t i = 0; i < ir->n_flows; i++) {
    tmc_flow *f = &ir->flows[i];
    const tmc_element *s = &ir->elements[f->src], *t = &ir->elements[f->dst];
    bool timed = tmc_kind_dfd(s->kind) == TMC_DFD_PROCESS && !is_model(s->kind) &&
                 !s->third_party &&
                 (s->tech == TMC_TECH_ETL || label_says(g, s, TMC_WORDS_SCHEDULED_RUNS) ||
                  label_says(g, s, TMC_WORDS_JOB_SCHEDULERS));
    bool party = !is_model(t->kind) && !is_store(t) && !t->facts.person &&
                 !t->facts.public_person &&
                 (tmc_kind_dfd(t->kind) == TMC_DFD_ENTITY || t->third_party ||
                  t->facts.vendor_service);
    f->facts.job_stored_token = f->src != f->dst && timed && party && plain[f->src] &&
                                !f->facts.job_static_key && !f->facts.job_file_transfer;
  }
  free(plain);
}

/* ---- paths17: remote sessions from outside ------------------------------ */

/* remote_session: a flow out of an entity (a person, an outside party) whose
 * label says remote access words, or into a gateway that lands people from
 * outside on a control network (vendor_remote_access): whoever holds the
 * session works on the machines behind it as their operator does
 * (TMC-PATH-026). Each flow once: linear. */
static void paths17_facts(tmc_ir *ir, const graph *g) {
  for (uint32_t i = 0; i < ir->n_flows; i++) {
    tmc_flow *f = &ir->flows[i];
    const tmc_element *s = &ir->elements[f->src], *t = &ir->elements[f->dst];
    f->facts.remote_session =
        tmc_kind_dfd(s->kind) == TMC_DFD_ENTITY &&
        (flow_says(g, f, TMC_WORDS_REMOTE_ACCESS) || t->facts.vendor_remote_access);
  }
}

/* ---- classic17b: staff computers and network gear ---------------------- */

/* A box of the system's own (code or a device, drawn as a process or an
 * entity; no store, model, AI code or outside party's, no person but staff,
 * not the public, nothing saying it is air-gapped: isolated_hosts) whose
 * label
 * says words of list. */
static bool own_box(const graph *g, const tmc_element *e) {
  tmc_dfd dfd = tmc_kind_dfd(e->kind);
  return (dfd == TMC_DFD_PROCESS || dfd == TMC_DFD_ENTITY) &&
         (!e->facts.person || e->facts.staff) &&
         !label_says(g, e, TMC_WORDS_ISOLATED_HOSTS) && !is_store(e) &&
         !is_model(e->kind) && !tmc_kind_is_ai(e->kind) && !e->facts.public_person &&
         !e->third_party && !e->facts.vendor_service;
}

static bool own_box_says(const graph *g, const tmc_element *e, tmc_word_list list) {
  return own_box(g, e) && label_says(g, e, list);
}

/* classic19 (causes19 C1): drawn with a draw.io library icon of network
 * gear (words.yaml network_gear_icons, read in the style as written, or in
 * the style of the one icon a card holds): a router icon captioned "Router
 * de bordo Cisco IR1101" is a router whatever language the caption is in. */
static bool gear_icon(const graph *g, const tmc_element *e) {
  if (e->notation != TMC_NOTATION_DRAWIO)
    return false;
  if (e->inner_icon &&
      tmc_lexicon_says(g->lx, TMC_WORDS_NETWORK_GEAR_ICONS, e->inner_icon))
    return true;
  if (!e->shape || !e->style)
    return false;
  /* only a library stencil or an image can be one (not a rectangle, a
   * cylinder, an ellipse: most boxes, asked nothing more) */
  bool lib = strncmp(e->shape, "mxgraph.", 8) == 0, img = strcmp(e->shape, "image") == 0;
  if (lib && tmc_lexicon_says(g->lx, TMC_WORDS_NETWORK_GEAR_ICONS, e->shape))
    return true;
  /* an image, or a carrier shape (Cisco 2019's rect), names its icon
   * further on in the style: read the whole style only then */
  tmc_stencil st;
  return (img || (lib && tmc_lexicon_stencil(g->lx, e->shape, &st) && st.carrier)) &&
         tmc_lexicon_says(g->lx, TMC_WORDS_NETWORK_GEAR_ICONS, e->style);
}

/* ---- mlrules18: scored decisions, loops, batch models ------------------------
 * skewable (mlgen17) taken back from training data whose trainer the
 * outsiders who write it launch themselves (untrusted_callers on every
 * trainer reading it: a fine-tuning service where each user uploads a
 * dataset and submits a job): what they bring trains their own run, no
 * shared model is skewed over time (ML08 needs a loop or a public stream
 * into one model); a store on a feedback loop keeps it.
 * batch_scored: a model, or code hosting its own, whose label says batch
 * scoring (batch_scoring) and that sends nothing back to what sends to it
 * (an API answers its caller; a batch scorer writes a table).
 * vendor_feed: an entity no person, staff or public, no outside source
 * already, on a training path, that nothing of the system sends to,
 * whose label or a flow out says data_products.
 * auto_orders (llmcls17) also where the code reads the model's answers
 * from a store the model writes ("forecast table" -> "auto_replen" ->
 * "EDI orders"), as through code: the same raised orders, no person
 * feeding the code. Each element's and flow's edges a bounded number of
 * times: linear. */
/* r37lark: code that calls a model on a timer of its own ("Pricing
 * service\nPython, hourly", "nightly scoring job"), whose label says a
 * scheduled run, and that answers none of what sends it data: each sender
 * that is no store, model or registry either hands data it pulls on the
 * schedule (the flow says so: "hourly: sales, basket holds") or hears
 * nothing back from it (an admin page setting floors). Nobody's request is
 * scored and answered: it writes its results on, as a batch scorer does.
 * One pass over c's edges (what c answers stamped c + 1 in mark), each c
 * asked once (memo: 0 not yet, 1 no, 2 yes): a job calling many models is
 * not walked again for each (r2review: in x out x models before). */
static bool scheduled_scorer(const tmc_ir *ir, const graph *g, uint32_t c, uint32_t *mark,
                             uint8_t *memo) {
  if (memo[c])
    return memo[c] == 2;
  const tmc_element *e = &ir->elements[c];
  memo[c] = 1;
  if (!code_like(e) || e->facts.hosts_model ||
      !label_says(g, e, TMC_WORDS_SCHEDULED_RUNS))
    return false;
  for (uint32_t j = g->out_start[c]; j < g->out_start[c + 1]; j++)
    if (g->out[j].moves)
      mark[g->out[j].to] = c + 1;
  for (uint32_t k = g->in_start[c]; k < g->in_start[c + 1]; k++) {
    uint32_t s = g->in[k].to;
    const tmc_element *se = &ir->elements[s];
    if (!g->in[k].moves || s == c || is_store(se) || is_model(se->kind) ||
        flow_says(g, &ir->flows[g->in[k].flow], TMC_WORDS_SCHEDULED_RUNS))
      continue;
    if (mark[s] == c + 1)
      return false;
  }
  memo[c] = 2;
  return true;
}

static void mlrules18_facts(tmc_ir *ir, const graph *g) {
  uint32_t n = ir->n_elements;
  uint32_t *caller = tmc_xcalloc(n + 1, sizeof(uint32_t));   /* v + 1: sends to v */
  uint32_t *answered = tmc_xcalloc(n + 1, sizeof(uint32_t)); /* scheduled_scorer */
  uint8_t *sched = tmc_xcalloc(n + 1, sizeof(uint8_t));
  for (uint32_t v = 0; v < n; v++) {
    tmc_element *e = &ir->elements[v];
    e->facts.batch_scored = (e->kind == TMC_KIND_MODEL || e->facts.hosts_model) &&
                            label_says(g, e, TMC_WORDS_BATCH_SCORING);
    if (e->facts.batch_scored) { /* ... answering none of its callers (a store
                                  * read and written back is a table scored,
                                  * a key store asked no question: diag34) */
      for (uint32_t k = g->in_start[v]; k < g->in_start[v + 1]; k++)
        if (g->in[k].moves &&
            tmc_kind_dfd(ir->elements[g->in[k].to].kind) != TMC_DFD_STORE)
          caller[g->in[k].to] = v + 1;
      for (uint32_t k = g->out_start[v]; k < g->out_start[v + 1]; k++)
        if (g->out[k].moves && g->out[k].to != v && caller[g->out[k].to] == v + 1)
          e->facts.batch_scored = false;
    }
    /* r37lark: ... or a model only such scheduled code calls (stores
     * aside: a feature table read), whatever its label says */
    if (!e->facts.batch_scored && e->kind == TMC_KIND_MODEL && !e->facts.inference_api) {
      bool any = false, all = true;
      for (uint32_t k = g->in_start[v]; k < g->in_start[v + 1] && all; k++) {
        uint32_t s = g->in[k].to;
        if (!g->in[k].moves || s == v || is_store(&ir->elements[s]))
          continue;
        any = true;
        all = scheduled_scorer(ir, g, s, answered, sched);
      }
      e->facts.batch_scored = any && all;
    }
    e->facts.vendor_feed = false;
    if (tmc_kind_dfd(e->kind) == TMC_DFD_ENTITY && e->facts.training_path &&
        !person(g, e) && !e->facts.person && !e->facts.staff && !e->facts.public_person &&
        !e->facts.outside_source) {
      bool told = false, says = label_says(g, e, TMC_WORDS_DATA_PRODUCTS);
      for (uint32_t k = g->in_start[v]; k < g->in_start[v + 1] && !told; k++)
        told = g->in[k].moves && g->in[k].to != v &&
               tmc_kind_dfd(ir->elements[g->in[k].to].kind) != TMC_DFD_ENTITY;
      for (uint32_t k = g->out_start[v]; k < g->out_start[v + 1] && !says && !told; k++)
        says = g->out[k].moves &&
               flow_says(g, &ir->flows[g->out[k].flow], TMC_WORDS_DATA_PRODUCTS);
      e->facts.vendor_feed = says && !told;
    }
    if (!e->facts.skewable || e->facts.feedback_loop || !is_store(e))
      continue;
    bool trainer = false, self_launched = true;
    for (uint32_t k = g->out_start[v]; k < g->out_start[v + 1]; k++) {
      const tmc_element *w = &ir->elements[g->out[k].to];
      if (!g->out[k].moves || g->out[k].to == v || !trains(w))
        continue;
      trainer = true;
      self_launched &= w->facts.untrusted_callers;
    }
    if (trainer && self_launched)
      e->facts.skewable = false;
  }
  free(caller);
  free(answered);
  free(sched);
  /* model_fed[v]: v is a store a model of the system's own writes
   * (0 unasked, 1 no, 2 yes); people[v] as auto_orders' fed */
  uint8_t *model_fed = tmc_xcalloc(n + 1, 1), *people = tmc_xcalloc(n + 1, 1);
  for (uint32_t i = 0; i < ir->n_flows; i++) {
    tmc_flow *f = &ir->flows[i];
    const tmc_element *s = &ir->elements[f->src], *t = &ir->elements[f->dst];
    if (f->facts.auto_orders || f->src == f->dst ||
        tmc_kind_dfd(s->kind) != TMC_DFD_PROCESS || is_model(s->kind) || trains(s) ||
        t->facts.person || is_model(t->kind) || !flow_says(g, f, TMC_WORDS_RAISED_ORDERS))
      continue;
    if (!people[f->src]) {
      bool someone = false, hears = false;
      for (uint32_t k = g->in_start[f->src]; k < g->in_start[f->src + 1]; k++) {
        uint32_t u = g->in[k].to;
        const tmc_element *ue = &ir->elements[u];
        if (u == f->src || !g->in[k].moves)
          continue;
        someone |= someone_outside_code(ue);
        if (!is_store(ue))
          continue;
        if (!model_fed[u]) {
          bool m = false;
          for (uint32_t j = g->in_start[u]; j < g->in_start[u + 1] && !m; j++)
            m = g->in[j].moves && own_classic_model(&ir->elements[g->in[j].to]);
          model_fed[u] = m ? 2 : 1;
        }
        hears |= model_fed[u] == 2;
      }
      people[f->src] = (!someone && hears) ? 2 : 1;
    }
    f->facts.auto_orders = people[f->src] == 2;
  }
  free(model_fed);
  free(people);
}

/* staff_pcs: the organisation's own desktops or laptops (staff_workstations)
 * that send to something (no person, no model): a server, a store, a
 * share, so one phished machine reaches it; not the public's own devices
 * (a member of the public sends into it);
 * shared_post: such computers at a post staff work in turn, said by their
 * label or by the person using them (shared_posts); net_appliance: network
 * gear of its own (network_appliances) that forwards: something sends into
 * it and it sends on (its words, or since classic19 its gear icon);
 * client_db_direct: a flow from staff computers naming a
 * database's port or wire protocol (database_wires), or into a SQL store,
 * of the system's own. Each element's and flow's edges once: linear. */
static void classic17b_facts(tmc_ir *ir, const graph *g) {
  for (uint32_t v = 0; v < ir->n_elements; v++) {
    tmc_element *e = &ir->elements[v];
    e->facts.staff_pcs = e->facts.shared_post = e->facts.net_appliance = false;
    bool pcs = own_box_says(g, e, TMC_WORDS_STAFF_WORKSTATIONS);
    bool gear = own_box_says(g, e, TMC_WORDS_NETWORK_APPLIANCES) ||
                (gear_icon(g, e) && own_box(g, e));
    if (!pcs && !gear)
      continue;
    bool reaches = false, sends_on = false, gets = false, post = false, public = false;
    for (uint32_t k = g->out_start[v]; k < g->out_start[v + 1]; k++) {
      const tmc_element *w = &ir->elements[g->out[k].to];
      if (g->out[k].to == v || !g->out[k].moves)
        continue;
      sends_on = true;
      reaches |= !w->facts.person && !is_model(w->kind) && !w->facts.public_person;
    }
    for (uint32_t k = g->in_start[v]; k < g->in_start[v + 1]; k++) {
      const tmc_element *u = &ir->elements[g->in[k].to];
      if (g->in[k].to == v || !g->in[k].moves)
        continue;
      gets = true;
      public |= u->facts.public_person;
      post |= someone_outside_code(u) && label_says(g, u, TMC_WORDS_SHARED_POSTS);
    }
    e->facts.staff_pcs = pcs && reaches && !public;
    e->facts.shared_post =
        e->facts.staff_pcs && (post || label_says(g, e, TMC_WORDS_SHARED_POSTS));
    e->facts.net_appliance = gear && !pcs && gets && sends_on;
  }
  for (uint32_t i = 0; i < ir->n_flows; i++) {
    tmc_flow *f = &ir->flows[i];
    const tmc_element *s = &ir->elements[f->src], *t = &ir->elements[f->dst];
    f->facts.client_db_direct = f->src != f->dst && s->facts.staff_pcs &&
                                !t->third_party && !is_model(t->kind) &&
                                (flow_says(g, f, TMC_WORDS_DATABASE_WIRES) ||
                                 (is_store(t) && t->tech == TMC_TECH_SQL_DATABASE));
  }
}

/* ---- families18 (causes17b L/C, closing14 "Left") ---------------------------
 * Facts of families classified last session and never started; each reads
 * as ir/facts.def says. Every loop is over the flows once, or over an
 * element's own edges (and, for a review step, that step's edges, asked
 * only of code whose name or flows say a limit): linear in the edges. */

/* outsourced_login / outsourced_ml: the person's out-edges once.
 * rules21 (causes21 F7): the vendor may be said by the zone the people are
 * drawn in ("Labelling vendor (Lima, PE)" around "Labelling workforce"), a
 * boundary label read once per boundary. outsourced_signin: each such
 * flow between the people and the console, where the login happens (the
 * reviewer names the console or the sign-in, not only the people). */
static void outsourced_logins(tmc_ir *ir, const graph *g) {
  bool *vendor_zone = tmc_xcalloc(ir->n_boundaries + 1, sizeof *vendor_zone);
  for (uint32_t b = 0; b < ir->n_boundaries; b++) {
    const char *l = ir->boundaries[b].label;
    vendor_zone[b] = l && tmc_lexicon_says(g->lx, TMC_WORDS_OUTSOURCED_STAFF, l);
  }
  for (uint32_t i = 0; i < ir->n_flows; i++)
    ir->flows[i].facts.outsourced_signin = false;
  for (uint32_t v = 0; v < ir->n_elements; v++) {
    tmc_element *e = &ir->elements[v];
    e->facts.outsourced_login = e->facts.outsourced_ml = false;
    bool said = label_says(g, e, TMC_WORDS_OUTSOURCED_STAFF);
    for (uint32_t b = e->boundary, d = 0; b != TMC_NONE && !said && d < ir->n_boundaries;
         b = ir->boundaries[b].parent, d++)
      said = vendor_zone[b];
    if (tmc_kind_dfd(e->kind) != TMC_DFD_ENTITY || !someone_outside_code(e) ||
        e->facts.outside_source || !said || label_says(g, e, TMC_WORDS_STRONG_SIGNINS))
      continue;
    bool login = false;
    for (uint32_t k = g->out_start[v]; k < g->out_start[v + 1]; k++) {
      const tmc_element *c = &ir->elements[g->out[k].to];
      tmc_flow *f = &ir->flows[g->out[k].flow];
      bool in = g->out[k].to != v && tmc_kind_dfd(c->kind) == TMC_DFD_PROCESS &&
                !tmc_kind_is_ai(c->kind) && !c->third_party && !c->facts.vendor_service &&
                !flow_says(g, f, TMC_WORDS_STRONG_SIGNINS) &&
                !label_says(g, c, TMC_WORDS_STRONG_SIGNINS);
      /* a two-way line drawn from the console is the sign-in too */
      f->facts.outsourced_signin |= in;
      login |= in;
    }
    e->facts.outsourced_login = login;
    e->facts.outsourced_ml =
        login &&
        (e->facts.training_path || TMC_KINDSET_HAS(e->facts.downstream, TMC_KIND_MODEL) ||
         TMC_KINDSET_HAS(e->facts.downstream, TMC_KIND_LLM));
  }
  free(vendor_zone);
}

/* Is r a review step: code or a store (a queue) that someone drawn outside
 * the code sends into, or a staff console? memo: 0 unasked, 1 yes, 2 no. */
static bool review_step(const tmc_ir *ir, const graph *g, uint8_t *memo, uint32_t r) {
  if (!memo[r]) {
    const tmc_element *e = &ir->elements[r];
    bool yes = e->facts.staff_console;
    if (tmc_kind_dfd(e->kind) == TMC_DFD_ENTITY || tmc_kind_is_ai(e->kind))
      yes = false;
    else
      for (uint32_t k = g->in_start[r]; k < g->in_start[r + 1] && !yes; k++) {
        const tmc_element *u = &ir->elements[g->in[k].to];
        yes = g->in[k].to != r && tmc_kind_dfd(u->kind) == TMC_DFD_ENTITY &&
              someone_outside_code(u) && !u->third_party;
      }
    memo[r] = yes ? 1 : 2;
  }
  return memo[r] == 1;
}

/* review_by_threshold: code d whose name or out-flows say a limit, sending
 * to a review step r and also straight to something r sends to (the
 * diamond d -> r -> x, d -> x). stamp marks d's targets. */
static void review_thresholds(tmc_ir *ir, const graph *g) {
  uint32_t *stamp = tmc_xcalloc(ir->n_elements + 1, sizeof(uint32_t));
  uint8_t *memo = tmc_xcalloc(ir->n_elements + 1, 1);
  for (uint32_t d = 0; d < ir->n_elements; d++) {
    tmc_element *e = &ir->elements[d];
    e->facts.review_by_threshold = false;
    if (tmc_kind_dfd(e->kind) != TMC_DFD_PROCESS || tmc_kind_is_ai(e->kind) ||
        e->third_party || g->out_start[d + 1] - g->out_start[d] < 2)
      continue;
    bool limit = label_says(g, e, TMC_WORDS_REVIEW_THRESHOLDS);
    for (uint32_t k = g->out_start[d]; k < g->out_start[d + 1] && !limit; k++)
      limit = flow_says(g, &ir->flows[g->out[k].flow], TMC_WORDS_REVIEW_THRESHOLDS);
    if (!limit)
      continue;
    for (uint32_t k = g->out_start[d]; k < g->out_start[d + 1]; k++)
      if (g->out[k].moves)
        stamp[g->out[k].to] = d + 1;
    bool found = false;
    for (uint32_t k = g->out_start[d]; k < g->out_start[d + 1] && !found; k++) {
      uint32_t r = g->out[k].to;
      if (r == d || !g->out[k].moves || !review_step(ir, g, memo, r))
        continue;
      for (uint32_t j = g->out_start[r]; j < g->out_start[r + 1] && !found; j++) {
        uint32_t x = g->out[j].to;
        found = x != d && x != r && g->out[j].moves && stamp[x] == d + 1 &&
                tmc_kind_dfd(ir->elements[x].kind) != TMC_DFD_ENTITY;
      }
    }
    e->facts.review_by_threshold = found;
  }
  free(stamp);
  free(memo);
}

/* Does a key store handing secrets to v say a write or admin credential? */
static bool keys_say_write(const tmc_ir *ir, const graph *g, uint32_t v) {
  for (uint32_t k = g->in_start[v]; k < g->in_start[v + 1]; k++) {
    const tmc_element *u = &ir->elements[g->in[k].to];
    if (g->in[k].to != v && (u->facts.secrets_vault || u->facts.plain_keys) &&
        (label_says(g, u, TMC_WORDS_WRITE_CREDENTIALS) ||
         flow_says(g, &ir->flows[g->in[k].flow], TMC_WORDS_WRITE_CREDENTIALS)))
      return true;
  }
  return false;
}

/* relays_model_results and read_tool_broad_token: the flows once (a read
 * tool's and its callers' key stores once per tool, memo). */
static void families18_flows(tmc_ir *ir, const graph *g) {
  uint8_t *keys = tmc_xcalloc(ir->n_elements + 1, 1); /* 0 unasked, 1 yes, 2 no */
  /* direct: code a model of the system's own answers in one hop; reply:
   * a flow from it back to who sent it something (its in-neighbours marked
   * per source: each edge read twice, linear) */
  bool *direct = tmc_xcalloc(ir->n_elements + 1, sizeof(bool)),
       *mark = tmc_xcalloc(ir->n_elements + 1, sizeof(bool)),
       *reply = tmc_xcalloc(ir->n_flows + 1, sizeof(bool));
  for (uint32_t v = 0; v < ir->n_elements; v++) {
    for (uint32_t k = g->in_start[v]; k < g->in_start[v + 1]; k++) {
      uint32_t u = g->in[k].to;
      mark[u] = u != v;
      direct[v] |= u != v && g->in[k].moves && own_classic_model(&ir->elements[u]);
    }
    for (uint32_t k = g->out_start[v]; k < g->out_start[v + 1]; k++)
      reply[g->out[k].flow] = mark[g->out[k].to];
    for (uint32_t k = g->in_start[v]; k < g->in_start[v + 1]; k++)
      mark[g->in[k].to] = false;
  }
  for (uint32_t i = 0; i < ir->n_flows; i++) {
    tmc_flow *f = &ir->flows[i];
    const tmc_element *s = &ir->elements[f->src], *t = &ir->elements[f->dst];
    f->facts.relays_model_results = f->facts.read_tool_broad_token = false;
    if (f->src == f->dst)
      continue;
    bool relays = s->facts.hears_own_model && tmc_kind_dfd(s->kind) == TMC_DFD_PROCESS &&
                  !tmc_kind_is_ai(s->kind) && !tmc_kind_is_ai(t->kind) &&
                  f->encrypted != TMC_TRI_YES && !flow_says(g, f, TMC_WORDS_TLS_NAMED) &&
                  !flow_says(g, f, TMC_WORDS_SIGNING);
    /* aiids35: or, whatever its words and zones, the code that got the
     * answer from the model itself (one hop) handing it on to the code or
     * the outside system that acts on it (an HL7 flag to a worklist, a
     * fan switch to the fan controller's cloud): no store (TMC-ML-023's),
     * no person reading it, nor the party who sent the request */
    if (relays &&
        !(tmc_kind_dfd(t->kind) != TMC_DFD_ENTITY && !t->third_party &&
          f->facts.crosses &&
          (f->facts.carries_scores || flow_says(g, f, TMC_WORDS_MODEL_RESULTS)))) {
      relays = direct[f->src] && !reply[i] && !is_store(t) && !t->facts.person;
    }
    f->facts.relays_model_results = relays;
    bool tool = s->kind == TMC_KIND_AGENT_TOOL ||
                (tmc_kind_dfd(s->kind) == TMC_DFD_PROCESS &&
                 TMC_ROLESET_HAS(s->roles, TMC_ROLE_TOOL_EXECUTOR));
    if (!tool || s->facts.tool_changes_data || s->facts.tool_destroys ||
        s->facts.tool_only_sends || tmc_kind_is_ai(t->kind) ||
        (tmc_kind_dfd(t->kind) == TMC_DFD_ENTITY && !t->facts.vendor_service) ||
        !(label_says(g, s, TMC_WORDS_READ_ONLY) ||
          label_says(g, s, TMC_WORDS_READ_TOOL_VERBS)))
      continue;
    bool broad = label_says(g, t, TMC_WORDS_WRITE_CREDENTIALS) ||
                 flow_says(g, f, TMC_WORDS_WRITE_CREDENTIALS) ||
                 label_says(g, s, TMC_WORDS_WRITE_CREDENTIALS);
    if (!broad) {
      uint32_t v = f->src;
      if (!keys[v]) {
        bool w = keys_say_write(ir, g, v);
        for (uint32_t k = g->in_start[v]; k < g->in_start[v + 1] && !w; k++)
          w = g->in[k].to != v && keys_say_write(ir, g, g->in[k].to);
        keys[v] = w ? 1 : 2;
      }
      broad = keys[v] == 1;
    }
    f->facts.read_tool_broad_token = broad;
  }
  free(keys);
  free(direct);
  free(mark);
  free(reply);
}

/* indexes_across_walls (ir/facts.def): v's edges and its index's out-edges. */
static bool indexes_across_walls(const tmc_ir *ir, const graph *g, uint32_t v) {
  const tmc_element *e = &ir->elements[v];
  if (tmc_kind_dfd(e->kind) != TMC_DFD_PROCESS || tmc_kind_is_ai(e->kind) ||
      e->third_party || on_agent_side(e) || TMC_ROLESET_HAS(e->roles, TMC_ROLE_TRAINER) ||
      !(label_says(g, e, TMC_WORDS_CRAWLERS) ||
        label_says(g, e, TMC_WORDS_SCHEDULED_RUNS) ||
        label_says(g, e, TMC_WORDS_JOB_SCHEDULERS)) ||
      label_says(g, e, TMC_WORDS_PERMISSION_TRIMMING))
    return false;
  bool walls = false;
  for (uint32_t k = g->in_start[v]; k < g->in_start[v + 1] && !walls; k++) {
    const tmc_element *s = &ir->elements[g->in[k].to];
    const tmc_flow *f = &ir->flows[g->in[k].flow];
    walls = g->in[k].to != v && g->in[k].moves && !tmc_kind_is_ai(s->kind) &&
            !s->facts.public_content && !s->facts.holds_logs && !s->facts.secrets_vault &&
            s->kind != TMC_KIND_VECTOR_STORE &&
            (label_says(g, s, TMC_WORDS_WALLED_RECORDS) ||
             flow_says(g, f, TMC_WORDS_WALLED_RECORDS)) &&
            !flow_says(g, f, TMC_WORDS_PERMISSION_TRIMMING);
  }
  if (!walls)
    return false;
  for (uint32_t k = g->out_start[v]; k < g->out_start[v + 1]; k++) {
    uint32_t w = g->out[k].to;
    const tmc_element *x = &ir->elements[w];
    if (w == v || !g->out[k].moves ||
        !(x->kind == TMC_KIND_VECTOR_STORE ||
          label_says(g, x, TMC_WORDS_SEARCH_INDEXES)) ||
        label_says(g, x, TMC_WORDS_PERMISSION_TRIMMING) ||
        flow_says(g, &ir->flows[g->out[k].flow], TMC_WORDS_PERMISSION_TRIMMING))
      continue;
    for (uint32_t j = g->out_start[w]; j < g->out_start[w + 1]; j++)
      if (g->out[j].to != w && g->out[j].to != v &&
          on_agent_side(&ir->elements[g->out[j].to]))
        return true;
  }
  return false;
}

/* fleet_device (ir/facts.def): v's label, and whether any edge touches it. */
static bool fleet_device(const tmc_ir *ir, const graph *g, uint32_t v) {
  const tmc_element *e = &ir->elements[v];
  /* a device drawn as an entity (a Pi read as a field device) is one too */
  return (tmc_kind_dfd(e->kind) == TMC_DFD_PROCESS || e->facts.field_device) &&
         !tmc_kind_is_ai(e->kind) && !e->third_party && !e->facts.vendor_service &&
         !e->facts.person && !e->facts.public_person && !e->facts.net_appliance &&
         g->out_start[v + 1] + g->in_start[v + 1] > g->out_start[v] + g->in_start[v] &&
         label_says(g, e, TMC_WORDS_FLEET_HARDWARE) &&
         label_says(g, e, TMC_WORDS_FLEET_SITES) &&
         !label_says(g, e, TMC_WORDS_UNIQUE_DEVICE_CREDENTIALS);
}

static void families18_facts(tmc_ir *ir, const graph *g) {
  outsourced_logins(ir, g);
  review_thresholds(ir, g);
  families18_flows(ir, g);
  for (uint32_t v = 0; v < ir->n_elements; v++) {
    ir->elements[v].facts.indexes_across_walls = indexes_across_walls(ir, g, v);
    ir->elements[v].facts.fleet_device = fleet_device(ir, g, v);
  }
}

/* ---- classic18: who may act on what in shared systems -------------------- */

/* Code of the system's own: a process that is no model, no outside party's
 * and no vendor's service. */
static bool own_code(const tmc_element *e) {
  return tmc_kind_dfd(e->kind) == TMC_DFD_PROCESS && !is_model(e->kind) &&
         !tmc_kind_is_ai(e->kind) && !e->third_party && !e->facts.vendor_service;
}

/* A device in the field, an actuator or what drives one. */
static bool device_end(const tmc_element *e) {
  return e->facts.field_device || e->facts.actuator || e->facts.drives_actuator;
}

/* changes_setpoints, remote_to_devices, device_requests, one_key_for_all,
 * acts_on_approval (ir/facts.def). Two passes over the flows and one over
 * each element's in-edges: linear. */
static void classic18_marks(tmc_ir *ir, last_walks *lw) {
  uint32_t n = ir->n_elements;
  /* commands[v]: v sets devices' values or sends them commands; approver[v]:
   * a person (or staff, or someone drawn outside the code who only sends:
   * "Line managers") sends into v: the approver works there (a person
   * drawn sending to a "person" makes that one a tool too) */
  bool *commands = lw->commands = tmc_xcalloc(n + 1, sizeof *commands);
  bool *approver = lw->approver = tmc_xcalloc(n + 1, sizeof *approver);
  bool *remote_in = lw->remote_in = tmc_xcalloc(n + 1, sizeof *remote_in);
  bool *set_into = lw->set_into =
      tmc_xcalloc(n + 1, sizeof *set_into); /* a device being set */
  for (uint32_t i = 0; i < ir->n_flows; i++) {
    const tmc_flow *f = &ir->flows[i];
    const tmc_element *s = &ir->elements[f->src];
    if (f->src == f->dst)
      continue;
    const tmc_element *t = &ir->elements[f->dst];
    /* setpoints, or commands to what acts on the world (a lock, a relay, a
     * valve): not a reply played on a speaker */
    if (f->facts.sets_device_values ||
        (f->facts.commands_device && (t->facts.actuator || t->facts.drives_actuator)))
      commands[f->src] = true;
    if (f->facts.sets_device_values)
      set_into[f->dst] = true;
    if (s->facts.person || s->facts.staff ||
        (someone_outside_code(s) && !s->third_party && !s->facts.vendor_service &&
         s->facts.n_inputs == 0))
      approver[f->dst] = true;
    if (f->facts.remote_session)
      remote_in[f->dst] = true;
  }
}

/* changes_setpoints of element v, from classic18_marks' marks. */
static void changes_setpoints(tmc_ir *ir, const graph *g, const last_walks *lw,
                              uint32_t v) {
  const tmc_techset PRODUCT = tmc_lexicon_techs(g->lx, TMC_TECHS_PRODUCTS);
  const bool *commands = lw->commands, *approver = lw->approver,
             *remote_in = lw->remote_in, *set_into = lw->set_into;
  tmc_element *e = &ir->elements[v];
  bool setpoints = false;
  /* code of its owners (no broker or IoT service relaying them) taking
   * people's requests, that writes setpoints itself, or says setpoints
   * ("setpoint API", "POST /setpoints") and sends to what drives the
   * devices */
  if (own_code(e) && e->facts.app_code && !(TMC_TECHSET(e->tech) & PRODUCT) &&
      !set_into[v] && !e->facts.actuator &&
      (e->facts.people_callers || approver[v] || remote_in[v])) {
    bool named = label_says(g, e, TMC_WORDS_SETPOINTS);
    for (uint32_t k = g->in_start[v]; k < g->in_start[v + 1] && !named; k++)
      named = g->in[k].to != v &&
              flow_says(g, &ir->flows[g->in[k].flow], TMC_WORDS_SETPOINTS);
    for (uint32_t k = g->out_start[v]; k < g->out_start[v + 1] && !setpoints; k++) {
      const tmc_flow *f = &ir->flows[g->out[k].flow];
      setpoints = f->src == v && g->out[k].to != v &&
                  (f->facts.sets_device_values || (named && commands[g->out[k].to]));
    }
  }
  e->facts.changes_setpoints = setpoints;
}

/* remote_to_devices, device_requests, one_key_for_all, acts_on_approval of
 * flow i, from classic18_marks' marks. */
static void classic18_flow(tmc_ir *ir, const graph *g, const last_walks *lw, uint32_t i) {
  const bool *commands = lw->commands, *approver = lw->approver;
  tmc_flow *f = &ir->flows[i];
  const tmc_element *s = &ir->elements[f->src], *t = &ir->elements[f->dst];
  bool other = f->src != f->dst;
  f->facts.remote_to_devices = other && s->facts.vendor_remote_access && device_end(t);
  f->facts.device_requests = other && own_code(s) && s->facts.untrusted_callers &&
                             !device_end(s) && commands[f->dst] && !t->third_party;
  f->facts.one_key_for_all = other && own_code(s) && s->facts.people_callers &&
                             !t->facts.person && !is_model(t->kind) &&
                             flow_says(g, f, TMC_WORDS_SINGLE_KEYS) &&
                             !flow_or_ends_say(g, f, s, t, TMC_WORDS_PER_PARTY_KEYS);
  f->facts.acts_on_approval = other && !s->facts.public_person && !s->third_party &&
                              !is_model(s->kind) && !is_store(s) && approver[f->src] &&
                              !t->facts.person && !t->facts.staff && !is_store(t) &&
                              !is_model(t->kind) && !tmc_kind_is_ai(t->kind) &&
                              flow_says(g, f, TMC_WORDS_APPROVAL_HANDOFFS);
}

/* Does text say a number of milliseconds ("< 300 ms", "within 50ms",
 * "200 milliseconds")? A digit, optional blanks, then "ms" or "msec" or
 * "millisecond" ending the word. */
static bool says_millis(const char *t) {
  for (const char *p = t; p && *p; p++) {
    if (!isdigit((unsigned char)*p))
      continue;
    const char *q = p;
    while (isdigit((unsigned char)*q))
      q++;
    while (*q == ' ')
      q++;
    size_t m = 0;
    if (strncasecmp(q, "millisecond", 11) == 0)
      m = 11;
    else if (strncasecmp(q, "msec", 4) == 0)
      m = 4;
    else if (strncasecmp(q, "ms", 2) == 0)
      m = 2;
    if (m && (m == 11 || !isalpha((unsigned char)q[m])))
      return true;
    p = q - 1;
  }
  return false;
}

/* parses_uploads, fills_shared_compute, hard_deadline (ir/facts.def). Two
 * passes over the flows, each element's in- and out-edges once: linear. */
static void classic18_loads(tmc_ir *ir, const graph *g) {
  uint32_t n = ir->n_elements;
  const tmc_techset FRONT = tmc_lexicon_techs(g->lx, TMC_TECHS_PUBLIC_ENDPOINTS) &
                            tmc_lexicon_techs(g->lx, TMC_TECHS_PRODUCTS);
  bool *front_files = tmc_xcalloc(n + 1, sizeof *front_files);
  for (uint32_t v = 0; v < n; v++)
    ir->elements[v].facts.parses_uploads = ir->elements[v].facts.hard_deadline = false;
  /* outsiders' files into code: the code reads them, or a front relays them */
  for (int pass = 0; pass < 2; pass++)
    for (uint32_t i = 0; i < ir->n_flows; i++) {
      const tmc_flow *f = &ir->flows[i];
      const tmc_element *s = &ir->elements[f->src];
      tmc_element *t = &ir->elements[f->dst];
      if (f->src == f->dst || !own_code(t))
        continue;
      /* people or another party, not a device capturing the world */
      bool from_outsider = tmc_kind_dfd(s->kind) == TMC_DFD_ENTITY && !s->facts.staff &&
                           !s->facts.sensor && !s->facts.field_device &&
                           flow_says(g, f, TMC_WORDS_OUTSIDER_FILES);
      bool is_front = (TMC_TECHSET(t->tech) & FRONT) != 0;
      if (pass == 0 && from_outsider) {
        if (is_front)
          front_files[f->dst] = true;
        else if (t->facts.app_code)
          t->facts.parses_uploads = true;
      } else if (pass == 1 && front_files[f->src] && !is_front && t->facts.app_code)
        t->facts.parses_uploads = true;
    }
  free(front_files);
}

/* fills_shared_compute of flow i. */
static void fills_shared_compute(tmc_ir *ir, const graph *g, uint32_t i) {
  tmc_flow *f = &ir->flows[i];
  const tmc_element *s = &ir->elements[f->src], *t = &ir->elements[f->dst];
  f->facts.fills_shared_compute =
      f->src != f->dst && !t->third_party && !is_model(t->kind) &&
      (s->facts.people_callers || s->facts.person || someone_outside_code(s)) &&
      (label_says(g, t, TMC_WORDS_COMPUTE_SCHEDULERS) ||
       flow_says(g, f, TMC_WORDS_COMPUTE_SCHEDULERS)) &&
      !flow_or_ends_say(g, f, s, t, TMC_WORDS_PER_USER_QUOTAS);
}

/* hard_deadline of element v (classic18_loads set it false first). */
static void hard_deadline(tmc_ir *ir, const graph *g, uint32_t v) {
  tmc_element *e = &ir->elements[v];
  if (!own_code(e) || !e->facts.app_code)
    return;
  bool outside = false,
       said = says_millis(e->label) || label_says(g, e, TMC_WORDS_RESPONSE_DEADLINES);
  for (uint32_t k = g->in_start[v]; k < g->in_start[v + 1]; k++) {
    const tmc_element *u = &ir->elements[g->in[k].to];
    const tmc_flow *f = &ir->flows[g->in[k].flow];
    if (g->in[k].to == v)
      continue;
    outside |= tmc_kind_dfd(u->kind) == TMC_DFD_ENTITY || u->third_party;
    said |= says_millis(f->label) || flow_says(g, f, TMC_WORDS_RESPONSE_DEADLINES);
  }
  for (uint32_t k = g->out_start[v]; k < g->out_start[v + 1] && !said; k++) {
    const tmc_flow *f = &ir->flows[g->out[k].flow];
    said = g->out[k].to != v &&
           (says_millis(f->label) || flow_says(g, f, TMC_WORDS_RESPONSE_DEADLINES));
  }
  e->facts.hard_deadline = said && (outside || e->facts.untrusted_callers);
}

/* releases_records, orders_from_model, publishes_models (ir/facts.def): one
 * pass over the flows, each element's edges once: linear. */
static void classic18_records(tmc_ir *ir, last_walks *lw) {
  uint32_t n = ir->n_elements;
  bool *verdicts = lw->verdicts_in = tmc_xcalloc(n + 1, sizeof *verdicts);
  bool *weights_in = lw->weights_in = tmc_xcalloc(n + 1, sizeof *weights_in);
  for (uint32_t i = 0; i < ir->n_flows; i++) {
    const tmc_flow *f = &ir->flows[i];
    if (f->src == f->dst)
      continue;
    if (f->facts.model_verdict)
      verdicts[f->dst] = true;
    if (f->facts.carries_weights)
      weights_in[f->dst] = true;
  }
}

/* releases_records, orders_from_model, publishes_models of element v, from
 * classic18_records' marks. */
static void records_facts(tmc_ir *ir, const graph *g, const last_walks *lw, uint32_t v) {
  const bool *verdicts = lw->verdicts_in, *weights_in = lw->weights_in;
  tmc_element *e = &ir->elements[v];
  bool person_in = false, model_in = e->facts.hears_own_model, outside_out = false,
       outsider_reads = false;
  for (uint32_t k = g->in_start[v]; k < g->in_start[v + 1]; k++) {
    const tmc_element *u = &ir->elements[g->in[k].to];
    if (g->in[k].to == v)
      continue;
    person_in |= u->facts.person || u->facts.staff || someone_outside_code(u);
    model_in |= is_store(u) && verdicts[g->in[k].to];
  }
  for (uint32_t k = g->out_start[v]; k < g->out_start[v + 1]; k++) {
    const tmc_element *w = &ir->elements[g->out[k].to];
    if (g->out[k].to == v || !g->out[k].moves)
      continue;
    bool party = tmc_kind_dfd(w->kind) == TMC_DFD_ENTITY || w->third_party;
    outside_out |= party && !w->facts.person && !w->facts.staff;
    outsider_reads |= party && (w->facts.public_person || w->facts.anonymous);
  }
  e->facts.releases_records =
      own_code(e) && e->facts.n_inputs > 0 && label_says(g, e, TMC_WORDS_RECORD_RELEASES);
  e->facts.orders_from_model = own_code(e) && model_in && !person_in && outside_out;
  e->facts.publishes_models =
      is_store(e) && !e->third_party && e->facts.n_inputs > 0 &&
      (weights_in[v] || e->facts.model_artifacts || e->kind == TMC_KIND_MODEL_REGISTRY) &&
      outsider_reads;
}

/* ---- llmrules19 (causes19 A5..A7) -------------------------------------- */

/* A5, A7: relays_to_people (ir/facts.def). A process (no tool a model
 * calls) that talks to no LLM itself (the roles pass may call it a prompt
 * assembler when what it sends ends in a prompt: a forge), gets
 * model text on a moving flow from the code driving the LLM (an agent or a
 * prompt assembler, not one of its tools) and hands what it gets on to
 * people (an entity that is no third party, vendor service, published
 * content or outside source): a contact-centre flow putting the bot's
 * hand-over summary on a human agent's desktop, a forge rendering a review
 * bot's markdown comments for the contributor, a case system showing a
 * drafted note. Not renders_output: a named chat or help-desk product
 * means more to other rules (it is no mailbox: TMC-LLM-028). */
static void relays_to_people(tmc_ir *ir, const graph *g) {
  const tmc_roleset ASKS =
      TMC_ROLESET(TMC_ROLE_AGENT) | TMC_ROLESET(TMC_ROLE_PROMPT_ASSEMBLER);
  for (uint32_t v = 0; v < ir->n_elements; v++) {
    tmc_element *e = &ir->elements[v];
    e->facts.relays_to_people = false;
    if (e->kind != TMC_KIND_PROCESS ||
        TMC_ROLESET_HAS(e->roles, TMC_ROLE_TOOL_EXECUTOR) || !e->facts.model_output)
      continue;
    bool driver = false, people = false, llm = false;
    for (uint32_t k = g->in_start[v]; k < g->in_start[v + 1] && !llm; k++) {
      const tmc_element *u = &ir->elements[g->in[k].to];
      llm = tmc_kind_is(u->kind, TMC_KIND_LLM);
      driver |= g->in[k].to != v && g->in[k].moves && (u->roles & ASKS) != 0;
    }
    for (uint32_t k = g->out_start[v]; k < g->out_start[v + 1] && !llm; k++) {
      const tmc_element *w = &ir->elements[g->out[k].to];
      llm = tmc_kind_is(w->kind, TMC_KIND_LLM);
      /* not the driver itself drawn as an entity (a two-way flow back) */
      people |= g->out[k].to != v && g->out[k].moves && w->kind == TMC_KIND_EXTERNAL &&
                !(w->roles & ASKS) && !w->third_party && !w->facts.vendor_service &&
                !w->facts.publishes && !w->facts.outside_source;
    }
    e->facts.relays_to_people = driver && people && !llm;
  }
}

/* A6: standing_rights (ir/facts.def). One pass over the flows, after
 * shared_identities. */
static void standing_rights(tmc_ir *ir, const graph *g, tmc_roleset drivers) {
  for (uint32_t i = 0; i < ir->n_flows; i++) {
    tmc_flow *f = &ir->flows[i];
    f->facts.standing_rights = false;
    const tmc_element *u = &ir->elements[f->src], *w = &ir->elements[f->dst];
    if (f->src == f->dst || tmc_kind_dfd(u->kind) != TMC_DFD_PROCESS ||
        is_model(u->kind) || u->third_party || u->facts.vendor_service ||
        !u->facts.model_output || !is_store(w) || w->third_party || w->facts.holds_logs ||
        TMC_ROLESET_HAS(w->roles, TMC_ROLE_CREDENTIAL_HOLDER) ||
        w->tech == TMC_TECH_SECRETS_VAULT)
      continue;
    bool tool = u->kind == TMC_KIND_AGENT_TOOL ||
                TMC_ROLESET_HAS(u->roles, TMC_ROLE_TOOL_EXECUTOR);
    /* the code driving the model changes code or files with what it
     * wrote: a fix-up commit pushed into a repository */
    bool pushes = (u->roles & drivers) != 0 && f->facts.model_output &&
                  TMC_ROLESET_HAS(w->roles, TMC_ROLE_OUTPUT_SINK) &&
                  flow_says(g, f, TMC_WORDS_CODE_PUSHES);
    /* b33c: ... or changes what a store holds on the model's answer (a
     * flow saying it updates, closes or deletes records, not only adds:
     * words.yaml destroys), under an identity of its own (shared_identity:
     * a service account named on the flow, the code or the key handed to
     * it): a triage function closing cases on the model's JSON verdict.
     * What a steered answer can change is that account's reach, not the
     * one case the model was shown. Not the model's memory or a thread's
     * history, which it writes as a conversation. */
    bool changes = (u->roles & drivers) != 0 && f->facts.model_output &&
                   f->facts.shared_identity && !w->facts.agent_memory &&
                   !w->facts.thread_history &&
                   !tmc_flowgraph_query_into_store(ir, g->lx, f, f->src, f->dst) &&
                   flow_says(g, f, TMC_WORDS_DESTROYS);
    if (changes) {
      f->facts.standing_rights = true;
      continue;
    }
    if (!tool && !pushes)
      continue;
    bool named = u->facts.gets_credentials || f->facts.carries_credentials ||
                 flow_says(g, f, TMC_WORDS_STANDING_RIGHTS) ||
                 flow_says(g, f, TMC_WORDS_SERVICE_IDENTITIES) ||
                 flow_says(g, f, TMC_WORDS_WRITE_CREDENTIALS) ||
                 label_says(g, u, TMC_WORDS_STANDING_RIGHTS) ||
                 label_says(g, u, TMC_WORDS_SERVICE_IDENTITIES);
    /* model-written code runs as the sandbox: whatever its identity reads */
    bool runs_model_code = tool && (u->facts.runs_commands || u->facts.sandboxed);
    f->facts.standing_rights = named || runs_model_code;
  }
}

/* A7: pulled_public_model (ir/facts.def): each model's own label and its
 * flows in, once. */
static void pulled_public_models(tmc_ir *ir, const graph *g) {
  for (uint32_t v = 0; v < ir->n_elements; v++) {
    tmc_element *e = &ir->elements[v];
    e->facts.pulled_public_model = false;
    /* a model shipped inside an app or a device is built in, not pulled
     * by the runner: its release path says where the weights came from */
    if (!is_model(e->kind) || e->third_party || e->facts.vendor_service ||
        e->facts.on_device || TMC_ROLESET_HAS(e->roles, TMC_ROLE_TRAINER) ||
        !(label_says(g, e, TMC_WORDS_MODEL_PULLS) ||
          /* an LLM's open name says nothing of who runs it (vendors host
           * Mistral and Llama too: "mistral-large-latest"); a pulled one
           * names its runtime */
          (e->kind == TMC_KIND_MODEL &&
           (TMC_ROLESET_HAS(e->roles, TMC_ROLE_THIRD_PARTY) ||
            label_says(g, e, TMC_WORDS_OPEN_WEIGHTS) ||
            label_says(g, e, TMC_WORDS_PUBLIC_MODEL_FAMILIES)))))
      continue;
    /* its weights come from something drawn: a registry, a store of model
     * files, a hub or another party (TMC-SUPPLY-001/013/014 say it there) */
    bool drawn = false;
    for (uint32_t k = g->in_start[v]; k < g->in_start[v + 1] && !drawn; k++) {
      const tmc_element *u = &ir->elements[g->in[k].to];
      const tmc_flow *f = &ir->flows[g->in[k].flow];
      /* or trained here: a training step writes it */
      drawn = u->kind == TMC_KIND_MODEL_REGISTRY || u->kind == TMC_KIND_PIPELINE ||
              TMC_ROLESET_HAS(u->roles, TMC_ROLE_TRAINER) || u->facts.model_artifacts ||
              u->facts.model_source || u->facts.outside_source || u->third_party ||
              f->facts.carries_weights;
    }
    e->facts.pulled_public_model = !drawn;
  }
}

static void llmrules19_facts(tmc_ir *ir, const graph *g) {
  const tmc_roleset DRIVERS = tmc_lexicon_llm_drivers(g->lx); /* roles.yaml */
  relays_to_people(ir, g);
  standing_rights(ir, g, DRIVERS);
  pulled_public_models(ir, g);
}

/* ---- rules20 (causes20 F): findings met without their AI id ------------- */

/* Does code v (agent or tool executor, no model) run packages an outside
 * source supplied? */
static bool agent_runs_packages(const tmc_element *e) {
  return tmc_kind_dfd(e->kind) == TMC_DFD_PROCESS && !is_model(e->kind) &&
         e->facts.runs_outside_code &&
         (TMC_ROLESET_HAS(e->roles, TMC_ROLE_AGENT) ||
          TMC_ROLESET_HAS(e->roles, TMC_ROLE_TOOL_EXECUTOR));
}

/* public_intake, variant_switch, agent_installs, agent_rules_file,
 * run_tracker, biometric_check, feeds_biometric, voice_clone_store (elements) and
 * mail_flow (flows), as facts.def words them. feeds_biometric is a
 * backward walk from every biometric check through code only (each element
 * queued once); the rest look at an element's own edges. Linear. */
static void rules20_facts(tmc_ir *ir, const graph *g) {
  uint32_t n = ir->n_elements;
  const tmc_roleset drivers = TMC_ROLESET(TMC_ROLE_AGENT) |
                              TMC_ROLESET(TMC_ROLE_TOOL_EXECUTOR) |
                              TMC_ROLESET(TMC_ROLE_PROMPT_ASSEMBLER);
  queue q;
  q_init(&q, n);
  for (uint32_t v = 0; v < n; v++) {
    tmc_element *e = &ir->elements[v];
    tmc_dfd dfd = tmc_kind_dfd(e->kind);
    bool code = dfd == TMC_DFD_PROCESS && !is_model(e->kind);
    e->facts.public_intake = e->facts.variant_switch = e->facts.agent_installs =
        e->facts.agent_rules_file = e->facts.biometric_check = e->facts.feeds_biometric =
            e->facts.voice_clone_store = e->facts.run_tracker = false;
    /* the public writes through it: a moving flow straight from a member
     * of the public */
    for (uint32_t k = g->in_start[v];
         k < g->in_start[v + 1] && code && !e->third_party && !e->facts.public_intake;
         k++) {
      const tmc_element *u = &ir->elements[g->in[k].to];
      e->facts.public_intake = g->in[k].moves && g->in[k].to != v &&
                               tmc_kind_dfd(u->kind) == TMC_DFD_ENTITY &&
                               u->facts.public_person;
    }
    /* an experiment or flag service the system's own code asks */
    if ((code || is_store(e)) && label_says(g, e, TMC_WORDS_VARIANT_SWITCHES) &&
        !label_says(g, e, TMC_WORDS_ATTRIBUTED)) {
      bool asked = false;
      for (uint32_t k = g->in_start[v]; k < g->in_start[v + 1] && !asked; k++) {
        const tmc_element *u = &ir->elements[g->in[k].to];
        asked = g->in[k].to != v && tmc_kind_dfd(u->kind) == TMC_DFD_PROCESS &&
                !is_model(u->kind) && !u->third_party;
      }
      for (uint32_t k = g->out_start[v]; k < g->out_start[v + 1] && !asked; k++) {
        const tmc_element *u = &ir->elements[g->out[k].to];
        asked = g->out[k].to != v && tmc_kind_dfd(u->kind) == TMC_DFD_PROCESS &&
                !is_model(u->kind) && !u->third_party;
      }
      e->facts.variant_switch = asked;
    }
    /* packages on their way into a coding agent's tool */
    e->facts.agent_installs = agent_runs_packages(e);
    /* (not the agent's tool manifests: installed plugins are
     * TMC-AGENT-025's and TMC-SUPPLY-008's) */
    if (is_store(e) && e->kind != TMC_KIND_MODEL_REGISTRY && !e->facts.tool_manifests &&
        !TMC_ROLESET_HAS(e->roles, TMC_ROLE_TRAINER))
      for (uint32_t k = g->out_start[v];
           k < g->out_start[v + 1] && !e->facts.agent_installs; k++)
        e->facts.agent_installs = g->out[k].moves && g->out[k].to != v &&
                                  agent_runs_packages(&ir->elements[g->out[k].to]);
    /* an agent's rules file, read into its sessions, that something writes */
    e->facts.agent_rules_file = is_store(e) && !e->third_party &&
                                label_says(g, e, TMC_WORDS_AGENT_RULES_FILES) &&
                                ((e->facts.downstream & TMC_KINDSET(TMC_KIND_LLM)) ||
                                 (e->facts.outputs_to_roles & drivers)) &&
                                (e->facts.n_inputs > 0 || e->facts.tainted);
    /* an experiment tracker training writes its runs into */
    e->facts.run_tracker =
        is_store(e) && !e->third_party && e->kind != TMC_KIND_MODEL_REGISTRY &&
        label_says(g, e, TMC_WORDS_EXPERIMENT_TRACKERS) &&
        (TMC_ROLESET_HAS(e->facts.inputs_from_roles, TMC_ROLE_TRAINER) ||
         (e->facts.inputs_from &
          (TMC_KINDSET(TMC_KIND_PIPELINE) | TMC_KINDSET(TMC_KIND_MODEL) |
           TMC_KINDSET(TMC_KIND_LLM))));
    /* a model that verifies people by voice, face or fingerprint */
    bool says_check = label_says(g, e, TMC_WORDS_BIOMETRIC_MATCHERS) ||
                      (label_says(g, e, TMC_WORDS_BIOMETRIC) &&
                       label_says(g, e, TMC_WORDS_BIOMETRIC_CHECKS));
    e->facts.biometric_check =
        says_check && e->kind != TMC_KIND_LLM &&
        (e->kind == TMC_KIND_MODEL || (code && e->facts.hosts_model)) &&
        (e->facts.people_callers || e->facts.untrusted_callers || e->facts.influenced);
    if (e->facts.biometric_check) {
      e->facts.feeds_biometric = true;
      q_push(&q, v);
    }
  }
  /* back from each check through code only */
  uint32_t v;
  while (q_pop(&q, &v))
    for (uint32_t k = g->in_start[v]; k < g->in_start[v + 1]; k++) {
      uint32_t u = g->in[k].to;
      tmc_element *ue = &ir->elements[u];
      if (!g->in[k].moves || u == v || ue->facts.feeds_biometric ||
          tmc_kind_dfd(ue->kind) != TMC_DFD_PROCESS || is_model(ue->kind))
        continue;
      ue->facts.feeds_biometric = true;
      q_push(&q, u);
    }
  q_free(&q);
  /* recordings of the voices a check hears: written by code that hands
   * the audio to the check, or handed to it from here */
  for (v = 0; v < n; v++) {
    tmc_element *e = &ir->elements[v];
    if (!is_store(e))
      continue;
    bool said = label_says(g, e, TMC_WORDS_VOICE_RECORDINGS), near = false;
    for (uint32_t k = g->in_start[v]; k < g->in_start[v + 1]; k++) {
      if (!g->in[k].moves || g->in[k].to == v)
        continue;
      said = said || tmc_flowgraph_flow_says(g, &ir->flows[g->in[k].flow],
                                             TMC_WORDS_VOICE_RECORDINGS);
      near = near || ir->elements[g->in[k].to].facts.feeds_biometric;
    }
    for (uint32_t k = g->out_start[v]; k < g->out_start[v + 1] && !near; k++)
      near = g->out[k].moves && g->out[k].to != v &&
             ir->elements[g->out[k].to].facts.feeds_biometric;
    e->facts.voice_clone_store = said && near;
  }
  for (uint32_t i = 0; i < ir->n_flows; i++) {
    tmc_flow *f = &ir->flows[i];
    f->facts.mail_flow =
        f->src != f->dst && flow_or_ends_say(g, f, &ir->elements[f->src],
                                             &ir->elements[f->dst], TMC_WORDS_MAIL_WORDS);
    /* aiids34: tool manifests handed on by anything but a store (a store
     * holding them is tool_manifests, TMC-AGENT-025's) */
    f->facts.brings_tool_manifests =
        f->src != f->dst && !is_store(&ir->elements[f->src]) &&
        !is_model(ir->elements[f->src].kind) &&
        tmc_flowgraph_flow_says(g, f, TMC_WORDS_TOOL_MANIFESTS);
  }
}

/* rules22 (causes22 F1-F3). shown_rendered: a store one of whose readers
 * (a moving flow out) shows people what it reads as a page: a chat or
 * help-desk product, or code whose name or flow to a person or such a
 * product says html_views ("EMR system" -> doctor: "summary (HTML card)").
 * personal_text: a BFS from what names personal text (an element or a flow
 * into it saying personal_text words, a step named for stripping such
 * data) along moving content flows, through code, stores and LLMs (a
 * classifier answers with a score), never into public content or keys.
 * scrubs_personal: code named for de-identification. agent_keys: an agent
 * that calls a vendor's service, or whose own tool calls one or sends
 * credentials, or whose name says keys: the keys sit in its configuration.
 * Linear: each element's flows read a bounded number of times. */
static bool shows_rendered(const tmc_ir *ir, const graph *g, uint32_t r) {
  const tmc_element *re = &ir->elements[r];
  if (re->facts.renders_output)
    return true;
  /* code that drives a model itself shows its own answers (TMC-LLM-006);
   * this is records read back by code that only shows them */
  if (tmc_kind_dfd(re->kind) != TMC_DFD_PROCESS || is_model(re->kind) ||
      re->facts.model_output || TMC_ROLESET_HAS(re->roles, TMC_ROLE_PROMPT_ASSEMBLER) ||
      TMC_ROLESET_HAS(re->roles, TMC_ROLE_AGENT))
    return false;
  if (label_says(g, re, TMC_WORDS_HTML_VIEWS))
    return true;
  for (uint32_t k = g->out_start[r]; k < g->out_start[r + 1]; k++) {
    const tmc_element *w = &ir->elements[g->out[k].to];
    if (g->out[k].to != r && g->out[k].moves &&
        (tmc_kind_dfd(w->kind) == TMC_DFD_ENTITY || w->facts.renders_output) &&
        flow_says(g, &ir->flows[g->out[k].flow], TMC_WORDS_HTML_VIEWS))
      return true;
  }
  return false;
}

/* find26 (causes26 F): does what a model wrote come into store v saying a
 * page ("summary (HTML), flag" from the job that prompts the model)? */
static bool html_from_model(const tmc_ir *ir, const graph *g, uint32_t v) {
  for (uint32_t k = g->in_start[v]; k < g->in_start[v + 1]; k++) {
    const tmc_flow *f = &ir->flows[g->in[k].flow];
    if (g->in[k].to != v && g->in[k].moves && f->facts.model_output &&
        flow_says(g, f, TMC_WORDS_HTML_VIEWS))
      return true;
  }
  return false;
}

/* ... and is r code that only shows records (no model, nothing it prompts
 * one with) handing what it reads on to a person or an outside party (a
 * portal's public pages)? It shows the page as the store keeps it. */
static bool shows_to_people(const tmc_ir *ir, const graph *g, uint32_t r) {
  const tmc_element *re = &ir->elements[r];
  if (tmc_kind_dfd(re->kind) != TMC_DFD_PROCESS || is_model(re->kind) ||
      re->facts.model_output || TMC_ROLESET_HAS(re->roles, TMC_ROLE_PROMPT_ASSEMBLER) ||
      TMC_ROLESET_HAS(re->roles, TMC_ROLE_AGENT))
    return false;
  for (uint32_t k = g->out_start[r]; k < g->out_start[r + 1]; k++)
    if (g->out[k].to != r && g->out[k].moves &&
        tmc_kind_dfd(ir->elements[g->out[k].to].kind) == TMC_DFD_ENTITY)
      return true;
  return false;
}

static bool own_service_code(const tmc_element *e) {
  return tmc_kind_dfd(e->kind) == TMC_DFD_PROCESS && !is_model(e->kind) &&
         !e->third_party && !e->facts.vendor_service;
}

static void rules22_facts(tmc_ir *ir, const graph *g) {
  uint32_t n = ir->n_elements;
  queue q;
  q_init(&q, n);
  /* shows_rendered(r) per reader r, asked once each (0: not yet, 1: no,
   * 2: yes): it reads only r, its out-flows and what they reach, none of
   * which this loop writes, and a hub read by many stores walks its
   * out-flows once, not once per store */
  uint8_t *shows = tmc_xcalloc(n + 1, 1);
  for (uint32_t v = 0; v < n; v++) {
    tmc_element *e = &ir->elements[v];
    e->facts.shown_rendered = false;
    /* records, not an index of chunks nor a conversation's memory */
    bool records = is_store(e) && e->kind != TMC_KIND_VECTOR_STORE &&
                   !e->facts.agent_memory && !e->facts.thread_history;
    for (uint32_t k = g->out_start[v]; k < g->out_start[v + 1] && records; k++) {
      uint32_t r = g->out[k].to;
      if (r == v)
        continue;
      if (!shows[r])
        shows[r] = shows_rendered(ir, g, r) ? 2 : 1;
      if (shows[r] == 2)
        e->facts.shown_rendered = true;
    }
    if (records && !e->facts.shown_rendered && html_from_model(ir, g, v))
      for (uint32_t k = g->out_start[v]; k < g->out_start[v + 1]; k++)
        if (g->out[k].to != v && g->out[k].moves && shows_to_people(ir, g, g->out[k].to))
          e->facts.shown_rendered = true;
    e->facts.scrubs_personal =
        own_service_code(e) && label_says(g, e, TMC_WORDS_DEIDENTIFY);
    e->facts.personal_text = false;
  }
  for (uint32_t v = 0; v < n; v++) {
    tmc_element *e = &ir->elements[v];
    bool keys = TMC_ROLESET_HAS(e->roles, TMC_ROLE_CREDENTIAL_HOLDER) ||
                e->facts.secrets_vault || e->facts.keys_listed;
    bool seed = !keys && !e->facts.public_content &&
                (e->facts.scrubs_personal || label_says(g, e, TMC_WORDS_PERSONAL_TEXT));
    for (uint32_t k = g->in_start[v]; k < g->in_start[v + 1] && !seed && !keys; k++)
      seed = g->in[k].moves && !e->facts.public_content &&
             flow_says(g, &ir->flows[g->in[k].flow], TMC_WORDS_PERSONAL_TEXT);
    if (seed) {
      e->facts.personal_text = true;
      q_push(&q, v);
    }
  }
  uint32_t v;
  while (q_pop(&q, &v)) {
    const tmc_element *ve = &ir->elements[v];
    /* a classifier answers with a score, not the text it read (entities
     * are queued only as seeds: "Patients (records)" send theirs in) */
    if (is_model(ve->kind) && ve->kind != TMC_KIND_LLM)
      continue;
    for (uint32_t k = g->out_start[v]; k < g->out_start[v + 1]; k++) {
      uint32_t w = g->out[k].to;
      tmc_element *we = &ir->elements[w];
      if (w == v || we->facts.personal_text || !g->out[k].moves ||
          !content_flow(ir, v, g->out[k].flow, g->out[k].moves) ||
          (is_store(we) && we->facts.public_content) ||
          TMC_ROLESET_HAS(we->roles, TMC_ROLE_CREDENTIAL_HOLDER) ||
          we->facts.secrets_vault || we->facts.keys_listed)
        continue;
      we->facts.personal_text = true;
      if (tmc_kind_dfd(we->kind) != TMC_DFD_ENTITY &&
          !(is_model(we->kind) && we->kind != TMC_KIND_LLM))
        q_push(&q, w);
    }
  }
  q_free(&q);
  free(shows);
  for (v = 0; v < n; v++) {
    tmc_element *e = &ir->elements[v];
    e->facts.agent_keys = false;
    if (!TMC_ROLESET_HAS(e->roles, TMC_ROLE_AGENT) || !own_service_code(e))
      continue;
    bool keys = label_says(g, e, TMC_WORDS_CREDENTIAL);
    for (uint32_t k = g->out_start[v]; k < g->out_start[v + 1] && !keys; k++) {
      uint32_t u = g->out[k].to;
      const tmc_element *ue = &ir->elements[u];
      if (u == v || g->out[k].back)
        continue;
      /* it calls a vendor's service itself: that service's key */
      if ((ue->facts.vendor_service || ue->third_party) &&
          !(tmc_kind_dfd(ue->kind) == TMC_DFD_ENTITY &&
            label_says(g, ue, TMC_WORDS_PEOPLE)))
        keys = true;
      /* ... or its own tool does: the tool runs with the agent's keys */
      if (!TMC_ROLESET_HAS(ue->roles, TMC_ROLE_TOOL_EXECUTOR) || !own_service_code(ue) ||
          ue->facts.packaged_code)
        continue;
      for (uint32_t j = g->out_start[u]; j < g->out_start[u + 1] && !keys; j++) {
        const tmc_element *t = &ir->elements[g->out[j].to];
        keys = g->out[j].to != u && !g->out[j].back &&
               (ir->flows[g->out[j].flow].facts.carries_credentials ||
                ((t->facts.vendor_service || t->third_party) &&
                 !(tmc_kind_dfd(t->kind) == TMC_DFD_ENTITY &&
                   label_says(g, t, TMC_WORDS_PEOPLE))));
      }
    }
    e->facts.agent_keys = keys;
  }
}

/* ---- rules21 (causes21 F1): records staff keep that bills and pay hang on --
 * edits_work_records (elements): the system's own code (no model, no AI
 * kind, not a third party's or a vendor's service) whose name, or a moving
 * flow into it from anything but a store, says time recording, billing,
 * accounting or payroll (words.yaml work_records: "Aderant Expert ewidencja
 * czasu, rozliczenia", "timesheets", "Zeiterfassung"; in its name line
 * where it has one), that staff reach:
 * someone drawn outside the code who is not the public (a person, or an
 * entity that supplies nothing) sends it requests through code only; and
 * nothing on it says the changes are kept with their author (attributed)
 * or that it only reads (read_only).
 * Entries and write-offs are changed after the invoice went out; unless
 * each change is kept with who made it, none can be traced (TMC-REPUD-210).
 * One BFS from every such someone through code, each element queued once,
 * and each candidate's in-edges: linear. */
static void rules21_facts(tmc_ir *ir, const graph *g) {
  uint32_t n = ir->n_elements;
  bool *staff_reach = tmc_xcalloc(n + 1, sizeof *staff_reach);
  queue q;
  q_init(&q, n);
  for (uint32_t v = 0; v < n; v++) {
    const tmc_element *e = &ir->elements[v];
    ir->elements[v].facts.edits_work_records = false;
    if (tmc_kind_dfd(e->kind) == TMC_DFD_ENTITY && someone_outside_code(e) &&
        !e->facts.public_person && !e->third_party && !e->facts.vendor_service)
      q_push(&q, v);
  }
  uint32_t v;
  while (q_pop(&q, &v))
    for (uint32_t k = g->out_start[v]; k < g->out_start[v + 1]; k++) {
      uint32_t u = g->out[k].to;
      const tmc_element *ue = &ir->elements[u];
      if (!g->out[k].moves || u == v || staff_reach[u] ||
          tmc_kind_dfd(ue->kind) != TMC_DFD_PROCESS || is_model(ue->kind))
        continue;
      staff_reach[u] = true;
      q_push(&q, u);
    }
  q_free(&q);
  for (v = 0; v < n; v++) {
    tmc_element *e = &ir->elements[v];
    if (!staff_reach[v] || tmc_kind_is_ai(e->kind) || e->third_party ||
        e->facts.vendor_service || label_says(g, e, TMC_WORDS_ATTRIBUTED) ||
        label_says(g, e, TMC_WORDS_READ_ONLY))
      continue;
    /* the name says it, not a detail line listing what a platform runs
     * ("prod workloads\n(tms, billing, tracking)") */
    bool said = e->name_line ? tmc_lexicon_says(g->lx, TMC_WORDS_WORK_RECORDS,
                                                e->name_line) != NULL
                             : label_says(g, e, TMC_WORDS_WORK_RECORDS);
    for (uint32_t k = g->in_start[v]; k < g->in_start[v + 1] && !said; k++)
      said = g->in[k].moves && g->in[k].to != v &&
             !is_store(&ir->elements[g->in[k].to]) &&
             flow_says(g, &ir->flows[g->in[k].flow], TMC_WORDS_WORK_RECORDS);
    e->facts.edits_work_records = said;
  }
  free(staff_reach);
}

/* ---- classic19 (causes19 C1): one secret across a fleet ----------------------
 * shared_network_key (flows): a network joined with one key everyone on it
 * holds (words.yaml shared_network_keys: a Wi-Fi PSK, WPA2-Personal, an
 * IPsec pre-shared key), said by the flow, by one of its ends, or by a zone
 * it enters from outside (a zone on the target's chain that is not on the
 * source's: "Depots - Wi-Fi WPA2-PSK") by radio (precision20: the flow or
 * its source says radio_links words, or the source is a device); not from a store, not
 * from another party's service. Each boundary's label read once, each flow's two zone
 * chains walked (bounded by the nesting depth): linear. */
static void shared_network_zones(tmc_ir *ir, const graph *g, last_walks *lw) {
  bool *keyed = lw->keyed_zone = tmc_xcalloc(ir->n_boundaries + 1, sizeof *keyed);
  for (uint32_t b = 0; b < ir->n_boundaries; b++) {
    const char *l = ir->boundaries[b].label;
    keyed[b] = l && !ir->boundaries[b].grouping &&
               tmc_lexicon_says(g->lx, TMC_WORDS_SHARED_NETWORK_KEYS, l);
    lw->any_keyed_zone |= keyed[b];
  }
}

/* shared_network_key of flow i, from shared_network_zones' zones. */
static void shared_network_key(tmc_ir *ir, const graph *g, const last_walks *lw,
                               uint32_t i) {
  tmc_flow *f = &ir->flows[i];
  const tmc_element *s = &ir->elements[f->src], *t = &ir->elements[f->dst];
  f->facts.shared_network_key = false;
  if (f->src == f->dst || is_store(s) || s->third_party || s->facts.vendor_service)
    return;
  bool said = flow_or_ends_say(g, f, s, t, TMC_WORDS_SHARED_NETWORK_KEYS);
  for (uint32_t b = t->boundary; lw->any_keyed_zone && !said && b != TMC_NONE;
       b = ir->boundaries[b].parent) {
    if (!lw->keyed_zone[b])
      continue;
    bool inside = false; /* the source is in that zone already */
    for (uint32_t c = s->boundary; c != TMC_NONE && !inside; c = ir->boundaries[c].parent)
      inside = c == b;
    /* precision20 (D): ... joined by radio (or by what is drawn in no zone:
     * forklift terminals beside the yard network), not by a server in
     * another zone of the system reaching a host in this one over the
     * routed network */
    const tmc_techset devices =
        tmc_lexicon_techs(g->lx, TMC_TECHS_DEVICES); /* sets.yaml */
    said =
        !inside && (s->boundary == TMC_NONE || flow_says(g, f, TMC_WORDS_RADIO_LINKS) ||
                    label_says(g, s, TMC_WORDS_RADIO_LINKS) ||
                    (TMC_TECHSET(s->tech) & devices) || s->facts.field_device);
  }
  f->facts.shared_network_key = said;
}

/* aiids33: reads_outside_media of flow i: from a classic model (no LLM,
 * no trainer) whose name says it recognises media (words.yaml recognisers:
 * OCR, speech to text, a plate reader), whose input came from outside
 * (tainted: a caller's audio, a patient's photos), to what is neither a
 * store nor a model: what it read goes on as what was written or said. A
 * model fed only the system's own records is not tainted. */
static void outside_media_readings(tmc_ir *ir, const graph *g, uint32_t i) {
  tmc_flow *f = &ir->flows[i];
  const tmc_element *s = &ir->elements[f->src], *t = &ir->elements[f->dst];
  f->facts.reads_outside_media = f->src != f->dst && s->kind == TMC_KIND_MODEL &&
                                 !TMC_ROLESET_HAS(s->roles, TMC_ROLE_TRAINER) &&
                                 s->facts.tainted && !is_store(t) && !is_model(t->kind) &&
                                 label_says(g, s, TMC_WORDS_RECOGNISERS);
}

/* ---- b33e: files and links people carry ------------------------------- */

/* hand_import (flows): another party (not one of ours: no process or store
 * of the system's, no person of the organisation) hands one of the
 * organisation's people a data file (handed_files), and that person loads
 * something into the system's own code by a flow saying an upload or the
 * file (file_uploads, handed_files). A person's flows out are read once
 * (memo: 0 not yet, 1 no, 2 yes). */
static bool loads_by_hand(const tmc_ir *ir, const graph *g, uint32_t v, uint8_t *memo) {
  if (!memo[v]) {
    bool r = false;
    for (uint32_t k = g->out_start[v]; k < g->out_start[v + 1] && !r; k++) {
      const tmc_element *w = &ir->elements[g->out[k].to];
      const tmc_flow *o = &ir->flows[g->out[k].flow];
      r = g->out[k].moves && g->out[k].to != v &&
          tmc_kind_dfd(w->kind) == TMC_DFD_PROCESS && !w->third_party &&
          !is_model(w->kind) && !tmc_kind_is_ai(w->kind) &&
          (flow_says(g, o, TMC_WORDS_FILE_UPLOADS) ||
           flow_says(g, o, TMC_WORDS_HANDED_FILES));
    }
    memo[v] = r ? 2 : 1;
  }
  return memo[v] == 2;
}

static void hand_imports(tmc_ir *ir, const graph *g, uint32_t i, uint8_t *memo) {
  tmc_flow *f = &ir->flows[i];
  const tmc_element *s = &ir->elements[f->src], *t = &ir->elements[f->dst];
  tmc_dfd sd = tmc_kind_dfd(s->kind);
  /* another party's: an entity, a third party's or a vendor's, or code
   * drawn outside every zone of a page that draws zones (a portal) */
  bool other = sd == TMC_DFD_ENTITY || s->third_party || s->facts.vendor_service ||
               (sd == TMC_DFD_PROCESS && s->boundary == TMC_NONE && ir->n_boundaries > 0);
  f->facts.hand_import =
      f->src != f->dst && other && !s->facts.person && !s->facts.public_person &&
      !is_model(s->kind) && someone_outside_code(t) && !t->third_party &&
      !t->facts.public_person && flow_says(g, f, TMC_WORDS_HANDED_FILES) &&
      loads_by_hand(ir, g, f->dst, memo);
}

/* standing_link (flows): people (a person, the public, or an entity that
 * is someone: no source, no vendor's service, no third party's) are handed
 * a link (access_links) by a store, the system's code or a service outside
 * (no one such, no model), and neither the flow nor its
 * source says the link expires or leads to a sign-in (link_limits); not a
 * mail that carries it (mail_flow: what the link opens is elsewhere), nor
 * an answer a model wrote (model_output: its links are text it cites, not
 * keys), nor a flow said to be authenticated. */
static bool someone(const tmc_element *e) {
  return e->facts.person || e->facts.public_person ||
         (someone_outside_code(e) && !e->third_party && !e->facts.vendor_service);
}

static void standing_links(tmc_ir *ir, const graph *g, uint32_t i) {
  tmc_flow *f = &ir->flows[i];
  const tmc_element *s = &ir->elements[f->src], *t = &ir->elements[f->dst];
  f->facts.standing_link =
      f->src != f->dst && someone(t) && !t->third_party && !someone(s) &&
      !is_model(s->kind) && !tmc_kind_is_ai(s->kind) && !f->facts.mail_flow &&
      !f->facts.model_output && f->authenticated != TMC_TRI_YES &&
      flow_says(g, f, TMC_WORDS_ACCESS_LINKS) &&
      !flow_says(g, f, TMC_WORDS_LINK_LIMITS) && !label_says(g, s, TMC_WORDS_LINK_LIMITS);
}

/* xchain (issue #16). Does code element w show what it is handed to people
 * as a page or a chat: a web application, a browser or mobile client, a chat
 * or help-desk product, or a box that hands what it gets to people
 * (output_sink, no command runner)? */
static bool shows_people_pages(const tmc_element *w) {
  if (tmc_kind_is_ai(w->kind) || is_store(w))
    return false;
  return w->facts.renders_output || w->facts.browser_facing ||
         w->tech == TMC_TECH_WEB_APPLICATION || w->tech == TMC_TECH_BROWSER ||
         w->tech == TMC_TECH_MOBILE_APP ||
         (tmc_kind_dfd(w->kind) == TMC_DFD_PROCESS &&
          TMC_ROLESET_HAS(w->roles, TMC_ROLE_OUTPUT_SINK) && !w->facts.runs_commands);
}

/* answers_rendered of r (memoised in lw->rendered: each element's flows out
 * read once): code driving an LLM (an LLM driver role, or a retriever with an
 * LLM downstream) that shows its answers as pages itself, or hands them to
 * code that does or along a flow that says a page. */
static bool answers_rendered_of(const tmc_ir *ir, const graph *g, const last_walks *lw,
                                uint32_t r) {
  if (lw->rendered[r])
    return lw->rendered[r] == 1;
  const tmc_roleset DRIVERS = tmc_lexicon_llm_drivers(g->lx); /* roles.yaml */
  const tmc_element *re = &ir->elements[r];
  bool yes = false;
  if (tmc_kind_dfd(re->kind) == TMC_DFD_PROCESS && !tmc_kind_is_ai(re->kind) &&
      ((re->roles & DRIVERS) != 0 || TMC_ROLESET_HAS(re->roles, TMC_ROLE_RETRIEVER)) &&
      TMC_KINDSET_HAS(re->facts.downstream, TMC_KIND_LLM)) {
    yes = shows_people_pages(re);
    for (uint32_t k = g->out_start[r]; k < g->out_start[r + 1] && !yes; k++) {
      uint32_t w = g->out[k].to;
      if (w == r || !g->out[k].moves)
        continue;
      yes = shows_people_pages(&ir->elements[w]) ||
            (tmc_kind_dfd(ir->elements[w].kind) != TMC_DFD_STORE &&
             !tmc_kind_is_ai(ir->elements[w].kind) &&
             flow_says(g, &ir->flows[g->out[k].flow], TMC_WORDS_HTML_VIEWS));
    }
  }
  lw->rendered[r] = yes ? 1 : 2;
  return yes;
}

/* xchain (issue #16). answers_rendered: r's own (above); retrieved_into_rendered:
 * a store one of whose readers (a moving flow out) has answers_rendered.
 * Per element, in a walk of its own after last_element_facts' one (it reads
 * renders_output, which that walk sets); linear through the memo. */
static void rendered_answers(tmc_ir *ir, const graph *g, const last_walks *lw,
                             uint32_t v) {
  tmc_element *e = &ir->elements[v];
  e->facts.answers_rendered = answers_rendered_of(ir, g, lw, v);
  bool read = false;
  for (uint32_t k = g->out_start[v]; k < g->out_start[v + 1] && is_store(e) && !read; k++)
    read = g->out[k].to != v && g->out[k].moves &&
           answers_rendered_of(ir, g, lw, g->out[k].to);
  e->facts.retrieved_into_rendered = read;
}

/* ---- the last walks (perf20) ---------------------------------------------
 * Each walk of the pass reads every element (or flow) again, and at 100k
 * elements that is memory traffic, not work. The facts below are ones no
 * other walk of this pass reads and that read only facts already final
 * where they used to run (facts.def's one writer each), so they are all
 * computed here, at the end, in one walk over the elements and one over
 * the flows: one function per fact family, called per element or flow in
 * the order they used to run. A family that another walk reads belongs
 * before that walk, in tmc_pass_facts. */
/* d36c: feeds_tools, r2t: feeds_handed_code (facts.def). v's flows out, and for an
 * outside source the downstream roles of each element it sends to: linear. */
static void tool_feeders(tmc_ir *ir, const graph *g, uint32_t v) {
  const tmc_roleset SIDE = TMC_ROLESET(TMC_ROLE_AGENT) |
                           TMC_ROLESET(TMC_ROLE_TOOL_EXECUTOR) |
                           TMC_ROLESET(TMC_ROLE_PROMPT_ASSEMBLER);
  const tmc_roleset DRIVEN =
      TMC_ROLESET(TMC_ROLE_AGENT) | TMC_ROLESET(TMC_ROLE_TOOL_EXECUTOR);
  tmc_element *e = &ir->elements[v];
  bool feeds = false, handed = false;
  for (uint32_t k = g->out_start[v]; k < g->out_start[v + 1]; k++) {
    const tmc_element *u = &ir->elements[g->out[k].to];
    if (!g->out[k].moves || g->out[k].to == v)
      continue;
    if (u->facts.runs_handed_code) {
      handed = true; /* r2t: feeds_handed_code */
      continue;
    }
    feeds |= (u->roles & SIDE) ||
             (e->facts.outside_source && (u->facts.downstream_roles & DRIVEN));
  }
  e->facts.feeds_tools = feeds;
  e->facts.feeds_handed_code = handed;
}

static void last_element_facts(tmc_ir *ir, const graph *g, const last_walks *lw) {
  for (uint32_t v = 0; v < ir->n_elements; v++) {
    ssrf_reachable(ir, g, lw, v); /* reads app_tech's fetches_urls */
    screens(ir, g, v);            /* llmrules13; after agent_memory's renders_output */
    system_prompts(ir, g, v);
    tainted_via_tool(ir, g, v);
    biometric(ir, g, v);
    holds_reservations(ir, g, v);
    ledgers_and_schedulers(ir, g, v);
    file_parsers(ir, g, v);              /* reads taint */
    schedulers_and_fronts(ir, g, lw, v); /* reads app_code */
    tool_manifests(ir, g, v);            /* llmrules13 */
    open_model_ports(ir, g, v);          /* llmrules13 */
    vendor_callers(ir, g, v);            /* paths14; reads vendor_service */
    key_stores(ir, g, v);                /* paths14; reads plain_keys */
    free_tier_people(ir, g, v);          /* llmrules18b */
    changes_setpoints(ir, g, lw, v);     /* classic18 */
    hard_deadline(ir, g, v);             /* classic18 */
    records_facts(ir, g, lw, v);         /* classic18 (C1) */
    account_changers(ir, g, v);          /* g30d */
    tool_feeders(ir, g, v);              /* d36c; reads runs_handed_code */
  }
  /* xchain: reads renders_output, which screens sets in the walk above for
   * any element, so a walk of its own once that one is done */
  for (uint32_t v = 0; v < ir->n_elements; v++)
    rendered_answers(ir, g, lw, v);
}

static void last_flow_facts(tmc_ir *ir, const graph *g, last_walks *lw) {
  uint8_t *by_hand = tmc_xcalloc(ir->n_elements + 1, sizeof(uint8_t)); /* hand_imports */
  for (uint32_t i = 0; i < ir->n_flows; i++) {
    privileged_access(ir, g, i);
    admin_link(ir, g, i);                 /* paths14 */
    model_judgements(ir, g, i);           /* llmrules18; reads model_output, taint */
    model_answer_back(ir, g, lw, i);      /* llmrules18b */
    signs_off_model_output(ir, g, lw, i); /* aiids17b */
    crowd_labels(ir, g, lw, i);           /* aiids17b */
    classic18_flow(ir, g, lw, i);         /* classic18 */
    fills_shared_compute(ir, g, i);       /* classic18 */
    shared_network_key(ir, g, lw, i);     /* classic19 (C1) */
    outside_media_readings(ir, g, i);     /* aiids33 */
    hand_imports(ir, g, i, by_hand);      /* b33e */
  }
  free(by_hand);
}

/* ---- precision21 (causes21 D): the precondition each id's family needs -- */

/* people_prompt: direct prompt injection needs someone typing to the model.
 * Forwards from every entity that is no content source (not a model hub,
 * not content others publish unless named as people), through code and through the
 * queues, streams and chat channels (words.yaml chat_channels) that only hand messages
 * on, and a store that answers its writer back (answers_sender); a store that keeps what
 * it gets (a mailbox of invoices, a ticket table) ends the walk: what comes out of it is
 * a document the code reads, indirect injection. A model ends it too: its answer is its
 * own text, not the sender's. Each element queued once. */
/* g31c (blind31): a store an outsider writes into that also hands the
 * system's answer back to that same outsider (a shared mailbox people write
 * to and get their reply from, a support inbox that answers the ticket's
 * author) is their conversation with the system, not a document it
 * collects: what the code takes out of it is the sender's own message. Only
 * the entity that wrote in counts (a store code writes and reads back is
 * the code's own). At most ANSWER_SCAN of the store's flows out are read
 * per writer: linear on a hostile fan of writers into one store. */
#define ANSWER_SCAN 64
static bool answers_sender(const tmc_ir *ir, const graph *g, uint32_t store,
                           uint32_t sender) {
  if (tmc_kind_dfd(ir->elements[sender].kind) != TMC_DFD_ENTITY)
    return false;
  uint32_t end = g->out_start[store + 1];
  if (end - g->out_start[store] > ANSWER_SCAN)
    end = g->out_start[store] + ANSWER_SCAN;
  for (uint32_t k = g->out_start[store]; k < end; k++)
    if (g->out[k].to == sender && g->out[k].moves)
      return true;
  return false;
}

/* d37a (blind37): code its name says runs on a clock (words.yaml
 * scheduled_runs, job_schedulers: "Morning script (Python, cron 06:00)",
 * "nightly digest job"), and no model or agent: it gathers what people
 * sent since its last run (enquiries, contact-form messages) into one
 * prompt, as a store keeps them; nobody's turn in a conversation reaches
 * the model through it, so people_prompt's walk ends there, as at a store
 * that keeps what it gets. */
static bool clock_job(const graph *g, const tmc_element *e) {
  return tmc_kind_dfd(e->kind) == TMC_DFD_PROCESS && !tmc_kind_is_ai(e->kind) &&
         !TMC_ROLESET_HAS(e->roles, TMC_ROLE_AGENT) &&
         (label_says(g, e, TMC_WORDS_SCHEDULED_RUNS) ||
          label_says(g, e, TMC_WORDS_JOB_SCHEDULERS));
}

static void people_prompts(tmc_ir *ir, const graph *g) {
  uint32_t n = ir->n_elements, head = 0, tail = 0;
  uint32_t *bfs = tmc_xcalloc(n + 1, sizeof(uint32_t));
  bool *seen = tmc_xcalloc(n + 1, sizeof(bool));
  /* r2review: a clock job (clock_job) ends the walk only on a line from a
   * sender it answers nothing: code that answers who sent it a message
   * converses, whatever its name says of a clock ("Class schedule API",
   * "Batch order chat"), and people's turns reach the model through it.
   * ends[f]: flow f into a clock job that sends nothing back to f's
   * sender. Each clock job's edges twice (what it answers stamped w + 1). */
  bool *clock = tmc_xcalloc(n + 1, sizeof(bool));
  bool *ends = tmc_xcalloc(ir->n_flows + 1, sizeof(bool));
  uint32_t *stamp = tmc_xcalloc(n + 1, sizeof(uint32_t));
  for (uint32_t w = 0; w < n; w++) {
    if (!(clock[w] = clock_job(g, &ir->elements[w])))
      continue;
    for (uint32_t j = g->out_start[w]; j < g->out_start[w + 1]; j++)
      if (g->out[j].moves)
        stamp[g->out[j].to] = w + 1;
    for (uint32_t k = g->in_start[w]; k < g->in_start[w + 1]; k++)
      ends[g->in[k].flow] = stamp[g->in[k].to] != w + 1;
  }
  for (uint32_t v = 0; v < n; v++) {
    tmc_element *e = &ir->elements[v];
    e->facts.people_prompt = e->facts.answers_writer = false;
    /* people named as such count even where a publishing word is in
     * their name ("Website visitors") */
    bool someone = e->facts.person || e->facts.public_person || e->facts.staff;
    /* g31c (blind31): an outside system that is no one, sent nothing back,
     * whose name says content fetched (words.yaml fetched_sources: a
     * forecast API, a scraped page) supplies content; nobody converses
     * through it */
    bool content =
        !someone && (e->facts.publishes || (!moves_any(g, v, true) &&
                                            label_says(g, e, TMC_WORDS_FETCHED_SOURCES)));
    if (tmc_kind_dfd(e->kind) == TMC_DFD_ENTITY && !e->facts.model_source && !content) {
      seen[v] = true;
      bfs[tail++] = v;
    }
  }
  while (head < tail) {
    uint32_t v = bfs[head++];
    for (uint32_t k = g->out_start[v]; k < g->out_start[v + 1]; k++) {
      uint32_t w = g->out[k].to;
      tmc_element *we = &ir->elements[w];
      if (!g->out[k].moves || w == v || tmc_kind_dfd(we->kind) == TMC_DFD_ENTITY)
        continue;
      if (is_model(we->kind) && !is_request(ir, g, v, g->out[k].flow))
        continue;
      if (clock[w] && ends[g->out[k].flow])
        continue;
      we->facts.people_prompt = true;
      if (is_store(we) && answers_sender(ir, g, w, v))
        we->facts.answers_writer = true;
      bool hands_on =
          is_store(we) &&
          (we->tech == TMC_TECH_QUEUE || we->tech == TMC_TECH_STREAM ||
           label_says(g, we, TMC_WORDS_CHAT_CHANNELS) || we->facts.answers_writer);
      if (!seen[w] && !is_model(we->kind) &&
          (tmc_kind_dfd(we->kind) == TMC_DFD_PROCESS || hands_on)) {
        seen[w] = true;
        bfs[tail++] = w;
      }
    }
  }
  free(clock);
  free(ends);
  free(stamp);
  free(seen);
  free(bfs);
}

/* reaches[]: from the readers queued in bfs[0..tail) (each already marked),
 * walk back along moving flows through code, stores and models (an entity
 * ends a way): what lands on a marked element is read by someone it serves.
 * Linear in the flows. */
static void walk_back_to_readers(const tmc_ir *ir, const graph *g, bool *reaches,
                                 uint32_t *bfs, uint32_t tail) {
  for (uint32_t head = 0; head < tail;) {
    uint32_t v = bfs[head++];
    for (uint32_t k = g->in_start[v]; k < g->in_start[v + 1]; k++) {
      uint32_t u = g->in[k].to;
      if (!g->in[k].moves || reaches[u] ||
          tmc_kind_dfd(ir->elements[u].kind) == TMC_DFD_ENTITY)
        continue;
      reaches[u] = true;
      bfs[tail++] = u;
    }
  }
}

/* answers_kept_inside: exfiltration through an inference API (extraction,
 * inversion, membership) needs an outsider who reads the answers. A model,
 * or code serving its own, whose answers are drawn (a moving flow out to
 * something other than a log) and reach, through code, stores and models,
 * only insiders (staff), third parties, models and code no outsider calls:
 * the score written to a claim that adjusters read. A model that draws no
 * answer answers its callers (the usual request arrow), and one that hands
 * its answer back to the code that asked (a reply drawn) answers whoever
 * asked that code, drawn or not: neither is kept inside. called[]: what
 * outsiders (trust-0 entities or an outsider's app, no third party and no
 * staff, or entry=yes) reach through code only, themselves included. */
static void answers_kept_inside(tmc_ir *ir, const graph *g) {
  uint32_t n = ir->n_elements, head = 0, tail = 0;
  uint32_t *bfs = tmc_xcalloc(n + 1, sizeof(uint32_t));
  bool *called = tmc_xcalloc(n + 1, sizeof(bool));
  bool *reaches =
      tmc_xcalloc(n + 1, sizeof(bool)); /* an outsider reads what lands here */
  for (uint32_t v = 0; v < n; v++) {
    const tmc_element *e = &ir->elements[v];
    const char *entry = tmc_props_get(&e->props, "entry");
    bool marked =
        entry && (tmc_streq_nocase(entry, "yes") || tmc_streq_nocase(entry, "true"));
    /* as untrusted_callers' seeds (an outsider's app the reach pass found
     * to be an entry calls like an outsider), less the staff */
    tmc_dfd dfd = tmc_kind_dfd(e->kind);
    bool outsider_code =
        dfd == TMC_DFD_PROCESS && e->facts.is_entry && !is_model(e->kind) &&
        !TMC_TECHSET_HAS(tmc_lexicon_techs(g->lx, TMC_TECHS_DEVICES), e->tech);
    if (marked || ((dfd == TMC_DFD_ENTITY || outsider_code) && !e->third_party &&
                   !e->facts.staff && tmc_ir_element_trust(ir, v) == 0)) {
      called[v] = true;
      bfs[tail++] = v;
    }
  }
  while (head < tail) {
    uint32_t v = bfs[head++];
    for (uint32_t k = g->out_start[v]; k < g->out_start[v + 1]; k++) {
      uint32_t w = g->out[k].to;
      if (!g->out[k].moves || called[w] ||
          tmc_kind_dfd(ir->elements[w].kind) != TMC_DFD_PROCESS)
        continue;
      called[w] = true;
      bfs[tail++] = w;
    }
  }
  /* reaches[]: one walk back from the readers (an entity no staff and no
   * third party; code outsiders call, no model nor code serving one: what
   * reaches a model is its input, not a reader) through code, stores and
   * models (an entity ends a way), so each model asks only its own flows
   * out: linear, however many models are drawn */
  head = tail = 0;
  for (uint32_t v = 0; v < n; v++) {
    const tmc_element *e = &ir->elements[v];
    tmc_dfd dfd = tmc_kind_dfd(e->kind);
    if ((dfd == TMC_DFD_ENTITY && !e->facts.staff && !e->third_party) ||
        (dfd == TMC_DFD_PROCESS && called[v] && !is_model(e->kind) &&
         !e->facts.hosts_model)) {
      reaches[v] = true;
      bfs[tail++] = v;
    }
  }
  walk_back_to_readers(ir, g, reaches, bfs, tail);
  for (uint32_t v = 0; v < n; v++) {
    tmc_element *e = &ir->elements[v];
    e->facts.answers_kept_inside = false;
    if (!(is_model(e->kind) || e->facts.hosts_model) || e->third_party)
      continue;
    bool drawn = false, returned = false, leaks = false;
    for (uint32_t k = g->out_start[v]; k < g->out_start[v + 1]; k++) {
      const tmc_element *w = &ir->elements[g->out[k].to];
      if (!g->out[k].moves || g->out[k].to == v)
        continue;
      drawn |= !(is_store(w) && w->facts.holds_logs);
      returned |= g->out[k].paired && tmc_kind_dfd(w->kind) != TMC_DFD_STORE;
      leaks |= reaches[g->out[k].to];
    }
    e->facts.answers_kept_inside = drawn && !returned && !leaks;
  }
  /* rules22 (causes22 D): answers_reach_outside, for the system prompt's
   * extraction (TMC-LLM-004, TMC-AGENT-021): someone outside must read
   * what the model writes. Readers here are the outside parties (an
   * entity, no third party, not named as staff), staff drawn outside the
   * zones holding the system's code and stores (in no trusted zone, or in
   * one of their own: "Employee laptops"), and the code they call; staff
   * drawn in the system's own trusted zone (a doctor at the clinic's
   * workstation) read it as insiders. A model that draws no answer
   * answers whoever calls it: it may. */
  memset(reaches, 0, (n + 1) * sizeof *reaches);
  memset(called, 0, (n + 1) * sizeof *called);
  /* the zones that hold the system's own code or stores */
  bool *sys_zone = tmc_xcalloc(ir->n_boundaries + 1, sizeof *sys_zone);
  for (uint32_t v = 0; v < n; v++)
    if (ir->elements[v].boundary < ir->n_boundaries &&
        tmc_kind_dfd(ir->elements[v].kind) != TMC_DFD_ENTITY)
      sys_zone[ir->elements[v].boundary] = true;
  head = tail = 0;
  for (uint32_t v = 0; v < n; v++) {
    const tmc_element *e = &ir->elements[v];
    bool insider = e->facts.staff && tmc_ir_element_trust(ir, v) > 0 &&
                   e->boundary < ir->n_boundaries && sys_zone[e->boundary];
    if (tmc_kind_dfd(e->kind) == TMC_DFD_ENTITY && !e->third_party && !insider) {
      called[v] = true;
      bfs[tail++] = v;
    }
  }
  while (head < tail) { /* the code those readers call: it answers them */
    uint32_t v = bfs[head++];
    for (uint32_t k = g->out_start[v]; k < g->out_start[v + 1]; k++) {
      uint32_t w = g->out[k].to;
      if (!g->out[k].moves || called[w] ||
          tmc_kind_dfd(ir->elements[w].kind) != TMC_DFD_PROCESS ||
          is_model(ir->elements[w].kind))
        continue;
      called[w] = true;
      bfs[tail++] = w;
    }
  }
  head = tail = 0;
  for (uint32_t v = 0; v < n; v++)
    if (called[v]) {
      reaches[v] = true;
      bfs[tail++] = v;
    }
  walk_back_to_readers(ir, g, reaches, bfs, tail);
  for (uint32_t v = 0; v < n; v++) {
    tmc_element *e = &ir->elements[v];
    bool drawn = false;
    for (uint32_t k = g->out_start[v]; k < g->out_start[v + 1] && !drawn; k++)
      drawn = g->out[k].moves && g->out[k].to != v;
    e->facts.answers_reach_outside = reaches[v] || (is_model(e->kind) && !drawn);
  }
  free(sys_zone);
  free(reaches);
  free(called);
  free(bfs);
}

/* public_weights_as_is: inversion and membership inference recover what
 * the owner trained into the weights, extraction copies what the owner
 * made. A model of the system's (no vendor's service) that runs open
 * weights fetched from a public hub (a flow from a model source, or
 * pulled_public_model), with no trainer anywhere upstream, no registry,
 * pipeline or trainer feeding it, and no fine-tune or adapter word on it
 * or what feeds it, holds nothing of the owner's: its weights are anyone's
 * download. */
static void public_weights(tmc_ir *ir, const graph *g) {
  for (uint32_t v = 0; v < ir->n_elements; v++) {
    tmc_element *e = &ir->elements[v];
    e->facts.public_weights_as_is = false;
    if (!is_model(e->kind) || e->third_party || e->facts.vendor_service ||
        TMC_ROLESET_HAS(e->facts.upstream_roles, TMC_ROLE_TRAINER) || trains(e) ||
        label_says(g, e, TMC_WORDS_FINE_TUNES) ||
        label_says(g, e, TMC_WORDS_KEPT_ADAPTERS))
      continue;
    /* pulled by a runtime (pulled_public_model) counts only where the
     * model names an open release: "Our tuned model (vLLM)" is served by
     * the same runtime and holds the owner's tuning */
    bool hub = e->facts.pulled_public_model &&
               (label_says(g, e, TMC_WORDS_ROLE_THIRD_PARTY) ||
                label_says(g, e, TMC_WORDS_OPEN_WEIGHTS) ||
                label_says(g, e, TMC_WORDS_PUBLIC_MODEL_FAMILIES));
    bool own = false;
    for (uint32_t k = g->in_start[v]; k < g->in_start[v + 1]; k++) {
      const tmc_element *u = &ir->elements[g->in[k].to];
      if (g->in[k].to == v)
        continue;
      if (u->facts.model_source) {
        hub = true;
        continue;
      }
      own |= u->kind == TMC_KIND_MODEL_REGISTRY || u->kind == TMC_KIND_PIPELINE ||
             trains(u) || label_says(g, u, TMC_WORDS_FINE_TUNES) ||
             label_says(g, u, TMC_WORDS_KEPT_ADAPTERS);
    }
    e->facts.public_weights_as_is = hub && !own;
  }
}

/* manifest_deployer: a CI/CD product whose name says a GitOps deployer
 * (words.yaml manifest_deployers: Argo CD, Flux): it syncs manifests and
 * runs no build step, so no command line is built from what it is sent;
 * and an agent's tool that calls one (or any CI/CD product's API) is an
 * API client, not the runner. */
static void manifest_deployers(tmc_ir *ir, const graph *g) {
  for (uint32_t v = 0; v < ir->n_elements; v++) {
    tmc_element *e = &ir->elements[v];
    e->facts.manifest_deployer =
        e->tech == TMC_TECH_CI_CD && (e->kind == TMC_KIND_AGENT_TOOL ||
                                      label_says(g, e, TMC_WORDS_MANIFEST_DEPLOYERS));
  }
}

/* prec26 (causes26 D): may the edge v -> w carry a model's answer on its
 * way back to whoever asked? Not the training loop: nothing into or out of
 * a pipeline, a model registry or a trainer, and no flow that moves
 * weights, images or an outside party's update (a deploy, "pull main",
 * "engine + ONNX"): a model whose frames are archived, labelled, trained
 * on and deployed again answers nobody along that circle. */
static bool answer_edge(const tmc_ir *ir, const graph *g, uint32_t v,
                        const tmc_flowedge *k) {
  const tmc_element *a = &ir->elements[v], *b = &ir->elements[k->to];
  const tmc_flow *f = &ir->flows[k->flow];
  if (!k->moves || k->to == v)
    return false;
  for (int i = 0; i < 2; i++) {
    const tmc_element *x = i ? b : a;
    if (x->kind == TMC_KIND_PIPELINE || x->kind == TMC_KIND_MODEL_REGISTRY || trains(x))
      return false;
  }
  return !(
      f->facts.carries_weights || f->facts.brings_weights || f->facts.vendor_update ||
      f->facts.pulls_image || flow_says(g, f, TMC_WORDS_MODEL_DEPLOYS) ||
      flow_says(g, f, TMC_WORDS_MODEL_UPDATE) || flow_says(g, f, TMC_WORDS_MODEL_FILES) ||
      flow_says(g, f, TMC_WORDS_SAFE_MODEL_FORMATS) ||
      flow_says(g, f, TMC_WORDS_CODE_MODEL_FORMATS));
}

/* prec26 (causes26 D): answers_callers. Copying a model through its
 * answers (extraction), inverting it or inferring membership needs a
 * caller who sends it inputs of their choosing and gets its answers
 * back. A model (or code serving its own, hosts_model) is queried so
 * when someone that is no model sends it a request (is_request: no
 * camera's frames, no admin's session, no image or weights delivered)
 * and that caller hears back: the model draws no answer at all (the
 * usual request arrow), the request is a two-way flow or an API call
 * (words.yaml api_protocols), the model sends the caller something
 * back, or its answers come round to the caller through code, stores
 * and other models: the caller and the model are on one cycle of the
 * flows that may carry answers (answer_edge), found once for all models
 * as the strongly connected components of those flows. A sorter whose
 * camera frames go in and whose verdicts go to the ejector's PLC, with
 * operators setting its thresholds, answers nobody who asks.
 * inference_api= on the model decides. Linear. */
static void answers_callers(tmc_ir *ir, const graph *g) {
  uint32_t n = ir->n_elements, n_out = g->out_start[n];
  uint32_t *ast = tmc_xcalloc(n + 2, sizeof(uint32_t));
  uint32_t *adj = tmc_xcalloc(n_out + 1, sizeof(uint32_t));
  uint32_t *comp = tmc_xcalloc(n + 1, sizeof(uint32_t));
  for (uint32_t v = 0; v < n; v++) {
    ast[v + 1] = ast[v];
    for (uint32_t k = g->out_start[v]; k < g->out_start[v + 1]; k++)
      if (answer_edge(ir, g, v, &g->out[k]))
        adj[ast[v + 1]++] = g->out[k].to;
  }
  strong_components(n, ast, adj, NULL, comp, NULL, NULL);
  /* heard[v]: v is asked and its callers hear back; asked of every model,
   * code serving its own, and code serving a model drawn apart (a
   * serving endpoint a model is loaded into: served_models) */
  bool *heard = tmc_xcalloc(n + 1, sizeof(bool));
  for (uint32_t v = 0; v < n; v++) {
    const tmc_element *e = &ir->elements[v];
    bool serves = tmc_kind_dfd(e->kind) == TMC_DFD_PROCESS &&
                  TMC_ROLESET_HAS(e->roles, TMC_ROLE_SERVING_ENDPOINT) && !trains(e);
    if (!(is_model(e->kind) || e->facts.hosts_model || serves))
      continue;
    bool drawn = false, asked = false;
    for (uint32_t k = g->out_start[v]; k < g->out_start[v + 1] && !drawn; k++) {
      const tmc_element *w = &ir->elements[g->out[k].to];
      drawn =
          g->out[k].moves && g->out[k].to != v && !(is_store(w) && w->facts.holds_logs);
    }
    for (uint32_t k = g->in_start[v]; k < g->in_start[v + 1] && !heard[v]; k++) {
      uint32_t u = g->in[k].to;
      const tmc_flow *f = &ir->flows[g->in[k].flow];
      if (!g->in[k].moves || u == v || is_model(ir->elements[u].kind) ||
          f->facts.admin_link || f->facts.vendor_update ||
          !is_request(ir, g, u, g->in[k].flow))
        continue;
      asked = true;
      heard[v] =
          !drawn || f->bidirectional || g->in[k].paired || comp[u] == comp[v] ||
          (f->protocol && tmc_lexicon_says(g->lx, TMC_WORDS_API_PROTOCOL, f->protocol));
    }
    heard[v] = heard[v] && asked;
  }
  for (uint32_t v = 0; v < n; v++) {
    tmc_element *e = &ir->elements[v];
    e->facts.answers_callers = false;
    if (!(is_model(e->kind) || e->facts.hosts_model))
      continue;
    const char *p = tmc_props_get(&e->props, "inference_api");
    if (p && (tmc_streq_nocase(p, "yes") || tmc_streq_nocase(p, "true") ||
              tmc_streq_nocase(p, "no") || tmc_streq_nocase(p, "false"))) {
      e->facts.answers_callers =
          tmc_streq_nocase(p, "yes") || tmc_streq_nocase(p, "true");
      continue;
    }
    /* ... or outsiders send it requests and its answers are drawn
     * reaching outsiders (not answers_kept_inside): scores stamped into
     * the mail that internet senders chose reach whoever reads it, and a
     * sender can be among them */
    e->facts.answers_callers =
        heard[v] || (e->facts.untrusted_callers && !e->facts.answers_kept_inside);
    /* a model loaded into the code that serves it is asked through that
     * code (as served_models gives it that code's callers) */
    for (uint32_t k = g->out_start[v];
         k < g->out_start[v + 1] && is_model(e->kind) && !e->facts.answers_callers; k++) {
      const tmc_element *s = &ir->elements[g->out[k].to];
      e->facts.answers_callers = g->out[k].moves && g->out[k].to != v &&
                                 heard[g->out[k].to] && !is_model(s->kind) &&
                                 !e->facts.hosts_model;
    }
  }
  free(heard);
  free(ast);
  free(adj);
  free(comp);
}

static void prec26_facts(tmc_ir *ir, const graph *g) {
  answers_callers(ir, g);
}

static void precision21_facts(tmc_ir *ir, const graph *g) {
  people_prompts(ir, g);
  answers_kept_inside(ir, g);
  public_weights(ir, g);
  manifest_deployers(ir, g);
}

/* prec26 (causes26 D): does model v run on what the team serves itself?
 * Its name, or a flow into or out of it, says a runtime the team runs
 * (words.yaml self_hosted_servers: vLLM, TGI, Ollama, llama.cpp server) or
 * weights only such a runtime loads (local_weights: a GGUF file); or it is
 * named by an open-weights release (open_weights, public_model_families)
 * and its weights come from a public source drawn feeding it (a model hub)
 * or are pulled by name (pulled_public_model): "Llama 3.1 8B Instruct" fed
 * by the Hugging Face Hub. The caller (rules24_facts) rules out what is
 * billed per use all the same (a vendor's, serverless, a managed
 * platform's endpoint). */
static bool self_served(const tmc_ir *ir, const graph *g, uint32_t v) {
  const tmc_element *e = &ir->elements[v];
  if (!is_model(e->kind) || e->third_party || e->facts.vendor_service)
    return false;
  if (label_says(g, e, TMC_WORDS_SELF_HOSTED) ||
      label_says(g, e, TMC_WORDS_LOCAL_WEIGHTS))
    return true;
  bool open = label_says(g, e, TMC_WORDS_OPEN_WEIGHTS) ||
              label_says(g, e, TMC_WORDS_PUBLIC_MODEL_FAMILIES) ||
              e->facts.pulled_public_model;
  for (int in = 0; in < 2; in++) {
    const uint32_t *st = in ? g->in_start : g->out_start;
    const edge *ed = in ? g->in : g->out;
    for (uint32_t k = st[v]; k < st[v + 1]; k++) {
      const tmc_flow *f = &ir->flows[ed[k].flow];
      if (ed[k].to == v)
        continue;
      if (flow_says(g, f, TMC_WORDS_SELF_HOSTED) ||
          flow_says(g, f, TMC_WORDS_LOCAL_WEIGHTS) ||
          (in && open && ir->elements[ed[k].to].facts.model_source))
        return true;
    }
  }
  return open && e->facts.pulled_public_model;
}

/* rules24 (causes24 D): cost harvesting needs a bill that grows with each
 * query. metered: a vendor's or third party's service, a serverless
 * function, or a cloud's managed ML platform (not an open-source platform
 * the team runs itself, words.yaml self_hosted_platforms: an MLflow
 * registry on the broadcaster's own network bills nobody), never on the
 * organisation's own premises. fronts_metered: a reverse walk from every
 * metered model and every LLM off the premises through the code that sends
 * it requests. private_context: a walk forward from every LLM given
 * non-public content (private_upstream), and the code prompting it, along
 * flows that move data through code and stores. device_list_push: see
 * facts.def. All linear. */
static void rules24_facts(tmc_ir *ir, const graph *g) {
  uint32_t n = ir->n_elements;
  queue q;
  q_init(&q, n);
  for (uint32_t v = 0; v < n; v++) {
    tmc_element *e = &ir->elements[v];
    bool platform = e->tech == TMC_TECH_ML_PLATFORM &&
                    !label_says(g, e, TMC_WORDS_SELF_HOSTED_PLATFORMS);
    e->facts.metered = (e->third_party || e->facts.vendor_service ||
                        e->tech == TMC_TECH_SERVERLESS_FUNCTION || platform) &&
                       !e->facts.on_premises;
    e->facts.self_served = self_served(ir, g, v) && !e->facts.metered &&
                           !e->facts.billed_per_use && e->tech != TMC_TECH_ML_PLATFORM;
    e->facts.fronts_metered = false;
    e->facts.private_context = false;
  }
  for (uint32_t v = 0; v < n; v++) {
    const tmc_element *e = &ir->elements[v];
    if (is_model(e->kind) &&
        (e->facts.metered ||
         (e->kind == TMC_KIND_LLM && !e->facts.on_premises && !e->facts.self_served))) {
      ir->elements[v].facts.fronts_metered = true;
      q_push(&q, v);
    }
  }
  uint32_t v;
  while (q_pop(&q, &v))
    for (uint32_t k = g->in_start[v]; k < g->in_start[v + 1]; k++) {
      uint32_t u = g->in[k].to;
      tmc_element *ue = &ir->elements[u];
      if (u == v || !g->in[k].moves || ue->facts.fronts_metered ||
          tmc_kind_dfd(ue->kind) != TMC_DFD_PROCESS || is_model(ue->kind))
        continue;
      ue->facts.fronts_metered = true;
      q_push(&q, u);
    }
  /* the models themselves are no code in front of one */
  for (v = 0; v < n; v++)
    if (is_model(ir->elements[v].kind))
      ir->elements[v].facts.fronts_metered = false;
  for (v = 0; v < n; v++) {
    const tmc_element *e = &ir->elements[v];
    if (e->kind != TMC_KIND_LLM || !e->facts.private_upstream)
      continue;
    ir->elements[v].facts.private_context = true;
    q_push(&q, v);
    /* a model that draws no answer answers the code that prompts it */
    for (uint32_t k = g->in_start[v]; k < g->in_start[v + 1]; k++) {
      uint32_t u = g->in[k].to;
      if (g->in[k].moves && u != v &&
          tmc_kind_dfd(ir->elements[u].kind) == TMC_DFD_PROCESS &&
          !ir->elements[u].facts.private_context) {
        ir->elements[u].facts.private_context = true;
        q_push(&q, u);
      }
    }
  }
  while (q_pop(&q, &v))
    for (uint32_t k = g->out_start[v]; k < g->out_start[v + 1]; k++) {
      uint32_t w = g->out[k].to;
      tmc_element *we = &ir->elements[w];
      if (w == v || !g->out[k].moves || we->facts.private_context ||
          tmc_kind_dfd(we->kind) == TMC_DFD_ENTITY)
        continue;
      we->facts.private_context = true;
      q_push(&q, w);
    }
  q_free(&q);
  for (uint32_t i = 0; i < ir->n_flows; i++) {
    tmc_flow *f = &ir->flows[i];
    const tmc_element *s = &ir->elements[f->src], *t = &ir->elements[f->dst];
    f->facts.device_list_push =
        t->facts.field_device && f->src != f->dst && !s->third_party &&
        tmc_kind_dfd(s->kind) == TMC_DFD_PROCESS && !is_model(s->kind) &&
        !f->facts.crosses && !f->facts.debug_port && !f->facts.carries_firmware &&
        flow_says(g, f, TMC_WORDS_DEVICE_LISTS);
  }
}

int tmc_pass_facts(tmc_ir *ir, const tmc_pass_opts *opts, tmc_diags *d) {
  graph g = {0};
  uint32_t n = ir->n_elements;
  last_walks lw = {.drives_tool = tmc_xcalloc(n + 1, 1),
                   .rendered = tmc_xcalloc(n + 1, 1)};
  /* perf17b: the roles pass's graph, its labels already read, when this
   * tmc_analyse run has one (passes.h, tmc_pass_shared.flows); taken over and
   * freed here as one built here would be. */
  if (opts && opts->shared && opts->shared->flows.out_start) {
    g = opts->shared->flows;
    memset(&opts->shared->flows, 0, sizeof opts->shared->flows);
  } else
    tmc_flowgraph_build(&g, ir, tmc_catalog_lexicon(opts ? opts->catalog : NULL));
  for (uint32_t v = 0; v < n; v++) {
    tmc_element_facts *x = &ir->elements[v].facts;
    x->n_outputs = g.out_start[v + 1] - g.out_start[v];
    x->n_inputs = g.in_start[v + 1] - g.in_start[v];
    x->inputs_from = x->outputs_to = 0;
    x->inputs_from_roles = x->outputs_to_roles = 0;
    for (uint32_t k = g.in_start[v]; k < g.in_start[v + 1]; k++) {
      x->inputs_from |= TMC_KINDSET(ir->elements[g.in[k].to].kind);
      x->inputs_from_roles |= ir->elements[g.in[k].to].roles;
    }
    for (uint32_t k = g.out_start[v]; k < g.out_start[v + 1]; k++) {
      x->outputs_to |= TMC_KINDSET(ir->elements[g.out[k].to].kind);
      x->outputs_to_roles |= ir->elements[g.out[k].to].roles;
    }
  }
  credentials(ir, &g);
  auth_words(ir, &g); /* auth14 */
  sensitivity(ir, &g);
  reachset *up = tmc_xcalloc(n + 1, sizeof *up);
  reachset *down = tmc_xcalloc(n + 1, sizeof *down);
  kinds_closure(ir, &g, true, up);
  kinds_closure(ir, &g, false, down);
  /* rev32: fed_by_capture once per element, not once per flow into each
   * model (a source with many flows into a model, itself with many in, was
   * quadratic: 20k of each took 14 s) */
  bool *captured = tmc_xcalloc(n + 1, sizeof *captured);
  for (uint32_t v = 0; v < n; v++)
    captured[v] = fed_by_capture(ir, &g, v);
  for (uint32_t v = 0; v < n; v++) {
    tmc_element_facts *x = &ir->elements[v].facts;
    x->upstream = up[v].kinds;
    x->downstream = down[v].kinds;
    x->third_party_upstream = TMC_ROLESET_HAS(up[v].roles, TMC_ROLE_THIRD_PARTY);
    x->upstream_roles = up[v].roles;
    x->downstream_roles = down[v].roles;
    x->inference_api = inference_api(ir, &g, captured, v, d);
  }
  free(up);
  free(down);
  taint(ir, &g);
  sender_keys(ir, &g); /* reads taint's tainted */
  training_and_callers(ir, &g);
  served_models(ir, &g, captured);
  free(captured);
  direct_downstream(ir, &g);
  lower_trust_callers(ir, &g);
  devices(ir, &g); /* before app_tech, which reads field_device */
  app_tech(ir, &g);
  own_models_on_platforms(ir, &g); /* takes back app_tech's vendor_service */
  headless_renderers(ir, &g);      /* after app_tech: adds to its fetches_urls */
  official_filers(ir, &g);
  submitted_jobs(ir, &g); /* reads app_tech's runs_commands and the callers */
  payments_and_scores(ir, &g);
  ssrf_zones(ir, &lw); /* reads app_tech's fetches_urls */
  model_output(ir, &g);
  agent_memory(ir, &g); /* reads model_output */
  answered(ir, &g);
  tool_actions(ir, &g);
  submitted_stores(ir, &g);         /* llmrules18; reads taint, upstream */
  public_content(ir, &g);           /* reads app_tech's secrets_vault */
  people_content_to_vendor(ir, &g); /* left22: reads vendor_service, public_content */
  influence(ir, &g);
  model_artifacts(ir, &g);
  model_files_loaded(ir, &g); /* mlrules13: before hosted_models */
  hosted_models(ir, &g);      /* reads carries_weights, loads_model_file */
  safe_model_loads(ir, &g);   /* precision20; reads model_artifacts */
  scored_by_models(ir, &g);   /* mlrules13: reads hosts_model, model_artifacts */
  physical_input(ir, &g);     /* reads hosts_model and devices' sensor */
  verdict_stores(ir, &g);     /* reads hosts_model, holds_logs, model_artifacts */
  on_device(ir, &g);
  on_premises(ir, &g); /* reads app_tech's vendor_service */
  supply_chain(ir, &g);
  model_sources(ir, &g);     /* reads outside_source */
  evaluation_gates(ir, &g);  /* reads carries_weights, model_artifacts */
  vendor_updates(ir, &g);    /* reads outside_source, hosts_model */
  code_weight_loads(ir, &g); /* mlsupply15: reads vendor_update, model_source */
  accounts(ir, &g);
  internet_facing(ir, &g); /* precision16; reads accounts' public_person */
  deidentified(ir, &g);
  federated(ir, &g);
  feedback_loops(ir, &g);     /* reads loads_model_artifacts */
  trained_on_people(ir, &g);  /* reads deidentified, evaluation_gate */
  party_files(ir, &g);        /* reads person, anonymous, code_source, model_source */
  device_orders(ir, &g);      /* reads devices' facts */
  audit_trails(ir, &g);       /* reads person, model_output, holds_logs */
  front_reach(ir, &g, &lw);   /* reads lower_trust_callers */
  identity_lookups(ir, &g);   /* reads taint and answered */
  model_queries(ir);          /* llmrules13; reads model_output, queries_db */
  staff_consoles(ir, &g);     /* llmrules13 */
  text_droppers(ir, &g);      /* paths32 */
  tool_writes(ir, &g);        /* llmrules13; reads agent_memory, tool_acts */
  llm15_facts(ir, &g);        /* llm15; reads accounts, on_premises, memory, logs */
  shared_identities(ir, &g);  /* classic15; reads audit_trails', verdict_stores' */
  payment_files(ir, &g);      /* find27; reads person */
  card_charges(ir, &g);       /* g30b; reads person, callers, vendor_service */
  classic_hosts(ir, &g);      /* classic15; reads devices', credentials' facts */
  llmcls16_facts(ir, &g);     /* llmcls16; reads classic_hosts', audit_trails' */
  job_stored_tokens(ir, &g);  /* aiids34: reads plain_keys, job_static_key */
  query_senders(ir);          /* precision16; reads llm15's billed_per_use */
  llm_training(ir, &g);       /* precision16 */
  llm_work_queues(ir, &g);    /* precision16 */
  llm_work_fronts(ir, &g);    /* llmrules18; reads llm_work_queues' */
  model_answers(ir, &g, &lw); /* llmrules18b; reads model_output, roles */
  mltrain16_facts(ir, &g);    /* mltrain16 */
  mlrules19_facts(ir, &g);    /* mlrules19: reads roles */
  paths17_facts(ir, &g);      /* paths17; reads llmcls16's vendor_remote_access */
  mlgen17_facts(ir, &g);      /* mlgen17; reads model_artifacts, roles */
  llmcls17_facts(ir, &g);     /* llmcls17; reads answered, model_output, taint */
  crowd_fed(ir, &g, &lw);     /* aiids17b; reads public_person */
  classic17b_facts(ir, &g);   /* classic17b */
  mlrules18_facts(ir, &g);    /* mlrules18; reads mlgen17's skewable, auto_orders */
  families18_facts(ir,
                   &g); /* families18; reads staff_console, hears_own_model, tool facts */
  classic18_marks(ir, &lw);          /* classic18 */
  classic18_loads(ir, &g);           /* classic18 (C4) */
  classic18_records(ir, &lw);        /* classic18 (C1) */
  llmrules19_facts(ir, &g);          /* llmrules19; reads person, model_output, roles */
  shared_network_zones(ir, &g, &lw); /* classic19 (C1) */
  last_element_facts(ir, &g, &lw);
  last_flow_facts(ir, &g, &lw);
  rules20_facts(ir, &g); /* rules20; reads roles, runs_outside_code, hosts_model */
  for (uint32_t i = 0; i < ir->n_flows; i++)
    standing_links(ir, &g, i); /* b33e; reads rules20's mail_flow */
  precision21_facts(ir,
                    &g); /* precision21; reads staff, model_source, pulled_public_model */
  rules21_facts(ir, &g); /* rules21; reads person, public_person, vendor_service */
  rules22_facts(ir,
                &g); /* rules22; reads renders_output, public_content, vendor_service */
  rules24_facts(ir,
                &g);    /* rules24; reads on_premises, vendor_service, private_upstream */
  prec26_facts(ir, &g); /* prec26; reads hosts_model, holds_logs, admin_link, weights */
  published_model_text(ir, &g);  /* find28; reads model_output, roles, agent_memory */
  model_driven_machines(ir, &g); /* find28; reads hears_own_model, remote_session */
  world_loops(ir, &g);           /* aiids35; reads devices', auto_orders */
  model_text_to_pages(ir, &g);   /* find33; reads model_output, roles, vendor_service */
  find33_facts(ir, &g);          /* find33; reads public_person, field_device, staff */
  vendor_retraining(ir, &g);     /* r2vendor; reads person, staff, kinds */
  free(lw.answer_first);
  free(lw.answer_two);
  free(lw.drives_tool);
  free(lw.crowd_fed);
  free(lw.keyed_zone);
  free(lw.commands);
  free(lw.approver);
  free(lw.remote_in);
  free(lw.set_into);
  free(lw.verdicts_in);
  free(lw.weights_in);
  free(lw.steered_zone);
  free(lw.front_reached);
  free(lw.rendered);
  tmc_flowgraph_free(&g);
  return 0;
}
