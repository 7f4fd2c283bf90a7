/* roles.c - the roles each element plays beside its kind (tmc_role in
 * ir/ir.h): prompt assembler, agent, tool executor, retriever, ingestion,
 * trainer, serving endpoint, artifact source, credential holder, output sink.
 *
 * The one idea: a role is what an element does with its neighbours, so the
 * graph decides first and words only fill in. Each role is recorded once,
 * with the first source that decided it (a written role=, then the graph,
 * then a role word of catalogs/words.yaml) and its evidence, as kinds are.
 * Rules pair a role with what reaches the element (`role has agent and ...`),
 * so a role by itself raises nothing. Inference runs in a fixed number of
 * sweeps over adjacency arrays (tool executors before the agents that call
 * them), linear in the diagram; where one element's new role can decide its
 * neighbour's (a tool calling the next tool), the sweep is a worklist, so no
 * role depends on the order the diagram declares its elements in. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "catalog/lexicon.h"
#include "passes/flowgraph.h"
#include "passes/passes.h"

typedef tmc_flowedge adj;
typedef tmc_flowgraph graph;

static bool is_store(const tmc_element *e) {
  return tmc_flowgraph_is_store(e);
}

/* Code the author runs: a process-class element that is not a model. */
static bool is_code(const tmc_element *e) {
  return tmc_kind_dfd(e->kind) == TMC_DFD_PROCESS &&
         !tmc_kind_is(e->kind, TMC_KIND_MODEL);
}

/* What can dispatch tool calls: code, or an element drawn as an entity whose
 * flows say otherwise (an orchestrator drawn as a plain box): sending tool
 * calls for an LLM is evidence enough. */
static bool can_dispatch(const tmc_element *e) {
  return is_code(e) || e->kind == TMC_KIND_EXTERNAL;
}

/* Records that e plays r, unless something decided it already (the first
 * source wins: attribute, graph, word). */
static void play(tmc_ir *ir, tmc_element *e, tmc_role r, tmc_source s, const char *ev) {
  if (TMC_ROLESET_HAS(e->roles, r))
    return;
  if (!e->role_why)
    e->role_why = tmc_arena_alloc(ir->arena, sizeof(tmc_why) * TMC_ROLE_COUNT);
  e->roles |= TMC_ROLESET(r);
  e->role_why[r] = (tmc_why){s, ev};
}

static const char *name_of(const tmc_ir *ir, uint32_t v) {
  return tmc_element_name(&ir->elements[v]);
}

/* Of u and w (either may be TMC_NONE), the one evidence names: the first in
 * an order that does not move with the order the diagram declares its
 * elements and flows in (tmc_ir_element_before: by id). */
static uint32_t first_of(const tmc_ir *ir, uint32_t u, uint32_t w) {
  if (u == TMC_NONE)
    return w;
  return w == TMC_NONE || tmc_ir_element_before(ir, u, w) ? u : w;
}

/* The neighbour (out: data goes there; in: data comes from there, queries
 * included as reads) whose kind is of `kinds` (with the kind hierarchy) or
 * that plays a role of `roles`, the first by first_of when several do, else
 * TMC_NONE. moving: only flows that carry data that way. */
static uint32_t neighbour(const tmc_ir *ir, const graph *g, uint32_t v, bool out,
                          tmc_kindset kinds, tmc_roleset roles, bool moving) {
  const uint32_t *st = out ? g->out_start : g->in_start;
  const adj *ed = out ? g->out : g->in;
  uint32_t best = TMC_NONE;
  for (uint32_t k = st[v]; k < st[v + 1]; k++) {
    const tmc_element *w = &ir->elements[ed[k].to];
    if (ed[k].to == v || (moving && !ed[k].moves))
      continue;
    if (TMC_KINDSET_HAS(kinds, w->kind) || (w->roles & roles))
      best = first_of(ir, best, ed[k].to);
  }
  return best;
}

/* sources16 (B1): is u an outside entity named as a public index or hub
 * (words.yaml public_sources, model_hubs: "pypi.org", "Hugging Face Hub")?
 * What it sends is packages, images or model files others published,
 * handed over as a registry hands over a model: no request for a model to
 * answer, no text for a prompt. */
static bool public_hub(const tmc_ir *ir, const graph *g, uint32_t u) {
  const tmc_element *w = &ir->elements[u];
  return w->kind == TMC_KIND_EXTERNAL && tmc_flowgraph_public_hub(g, w);
}

/* The first element (first_of) that sends v requests along a moving flow:
 * an entity or code (the kinds), not a public hub handing it files. */
static uint32_t requester(const tmc_ir *ir, const graph *g, uint32_t v,
                          tmc_kindset kinds) {
  uint32_t best = TMC_NONE;
  for (uint32_t k = g->in_start[v]; k < g->in_start[v + 1]; k++) {
    uint32_t u = g->in[k].to;
    if (u == v || !g->in[k].moves || !TMC_KINDSET_HAS(kinds, ir->elements[u].kind) ||
        public_hub(ir, g, u))
      continue;
    best = first_of(ir, best, u);
  }
  return best;
}

/* A reader of a store: data comes in from it, or v sends it a query. */
static uint32_t reads_from(const tmc_ir *ir, const graph *g, uint32_t v,
                           tmc_kindset kinds) {
  uint32_t u = neighbour(ir, g, v, false, kinds, 0, false);
  if (u != TMC_NONE)
    return u;
  for (uint32_t k = g->out_start[v]; k < g->out_start[v + 1]; k++)
    if (!g->out[k].moves && TMC_KINDSET_HAS(kinds, ir->elements[g->out[k].to].kind))
      u = first_of(ir, u, g->out[k].to);
  return u;
}

static bool holds_training_data(const tmc_element *e);
static bool holds(const tmc_element *e, const char *cls);

/* Does code v read training data straight from a store? */
static bool reads_training_data(const tmc_ir *ir, const graph *g, uint32_t v) {
  for (uint32_t k = g->in_start[v]; k < g->in_start[v + 1]; k++)
    if (holds_training_data(&ir->elements[g->in[k].to]))
      return true;
  return false;
}

/* A dataset outside the system: third-party, in the untrusted zone, or
 * beside every box of a diagram that draws zones (a public index of URLs).
 * Code reading one fetches it (a downloader filling shards), it does not
 * train on it. */
static bool outside_system(const tmc_ir *ir, uint32_t s) {
  const tmc_element *e = &ir->elements[s];
  if (e->third_party)
    return true;
  if (e->boundary == TMC_NONE)
    return ir->n_boundaries > 0;
  return !ir->boundaries[e->boundary].grouping && tmc_ir_element_trust(ir, s) == 0;
}

/* Does v write a store, model or registry, or send to code that reads no
 * training data itself? */
static bool produces(const tmc_ir *ir, const graph *g, uint32_t v) {
  for (uint32_t k = g->out_start[v]; k < g->out_start[v + 1]; k++) {
    uint32_t w = g->out[k].to;
    const tmc_element *we = &ir->elements[w];
    if (!g->out[k].moves || w == v || we->kind == TMC_KIND_EXTERNAL)
      continue;
    if (is_store(we) || tmc_kind_is(we->kind, TMC_KIND_MODEL) ||
        !reads_training_data(ir, g, w))
      return true;
  }
  return false;
}

/* precision20 (D): does code v write model files: a store named for them
 * or holding model_weights, or a flow into a store saying so ("checkpoints",
 * "new model.joblib")? */
static bool writes_model_files(const tmc_ir *ir, const graph *g, uint32_t v) {
  for (uint32_t k = g->out_start[v]; k < g->out_start[v + 1]; k++) {
    const tmc_element *w = &ir->elements[g->out[k].to];
    if (!g->out[k].moves || g->out[k].to == v || !is_store(w))
      continue;
    if (holds(w, "model_weights") ||
        tmc_flowgraph_label_says(g, w, TMC_WORDS_MODEL_FILES) ||
        tmc_flowgraph_flow_says(g, &ir->flows[g->out[k].flow], TMC_WORDS_MODEL_FILES))
      return true;
  }
  return false;
}

/* precision20 (D): does code v take models in: from a model registry, or
 * from a store named for model files or holding model_weights? */
static bool takes_models(const tmc_ir *ir, const graph *g, uint32_t v) {
  for (uint32_t k = g->in_start[v]; k < g->in_start[v + 1]; k++) {
    const tmc_element *s = &ir->elements[g->in[k].to];
    if (g->in[k].moves && g->in[k].to != v &&
        (s->kind == TMC_KIND_MODEL_REGISTRY ||
         (is_store(s) && (holds(s, "model_weights") ||
                          tmc_flowgraph_label_says(g, s, TMC_WORDS_MODEL_FILES)))))
      return true;
  }
  return false;
}

/* precision20 (D): does code v send what it makes to code that reads no
 * training data itself and writes a model or a registry (a federated
 * client's update to the aggregation server that writes the global
 * model)? */
static bool feeds_model_writer(const tmc_ir *ir, const graph *g, uint32_t v) {
  for (uint32_t k = g->out_start[v]; k < g->out_start[v + 1]; k++) {
    uint32_t w = g->out[k].to;
    if (!g->out[k].moves || w == v || !is_code(&ir->elements[w]) ||
        reads_training_data(ir, g, w))
      continue;
    for (uint32_t j = g->out_start[w]; j < g->out_start[w + 1]; j++) {
      tmc_kind wk = ir->elements[g->out[j].to].kind;
      if (g->out[j].moves && g->out[j].to != w &&
          (tmc_kind_is(wk, TMC_KIND_MODEL) || wk == TMC_KIND_MODEL_REGISTRY))
        return true;
    }
  }
  return false;
}

/* Does the store hold training data: a dataset, or data=training_data? */
static bool holds_training_data(const tmc_element *e) {
  return e->kind == TMC_KIND_DATASET ||
         (is_store(e) && tmc_canon_has(e->data_canon, &e->data, "training_data"));
}

static bool holds(const tmc_element *e, const char *cls) {
  return tmc_canon_has(e->data_canon, &e->data, cls);
}

static const tmc_word_list role_words[TMC_ROLE_COUNT] = {
    [TMC_ROLE_THIRD_PARTY] = TMC_WORDS_ROLE_THIRD_PARTY, /* named public models */
    [TMC_ROLE_PROMPT_ASSEMBLER] = TMC_WORDS_ROLE_PROMPT_ASSEMBLER,
    [TMC_ROLE_AGENT] = TMC_WORDS_ROLE_AGENT,
    [TMC_ROLE_TOOL_EXECUTOR] = TMC_WORDS_ROLE_TOOL_EXECUTOR,
    [TMC_ROLE_RETRIEVER] = TMC_WORDS_ROLE_RETRIEVER,
    [TMC_ROLE_INGESTION] = TMC_WORDS_ROLE_INGESTION,
    [TMC_ROLE_TRAINER] = TMC_WORDS_ROLE_TRAINER,
    [TMC_ROLE_SERVING_ENDPOINT] = TMC_WORDS_ROLE_SERVING_ENDPOINT,
    [TMC_ROLE_ARTIFACT_SOURCE] = TMC_WORDS_ROLE_ARTIFACT_SOURCE,
    [TMC_ROLE_CREDENTIAL_HOLDER] = TMC_WORDS_ROLE_CREDENTIAL_HOLDER,
    [TMC_ROLE_OUTPUT_SINK] = TMC_WORDS_ROLE_OUTPUT_SINK,
};

/* The role word text (a label or an id) says for role r, or NULL; *vetoed
 * when a false friend of the role's kind was in it. */
static const char *says_in(const graph *g, const char *text, tmc_role r, bool *vetoed) {
  tmc_word_list l = role_words[r];
  *vetoed = false;
  /* a role's words next to a false friend of the kind they stand for mean
   * something else, as they do for the kind: people or a refurbishment for
   * a trainer's ("Personal trainers", "Store refit planner"), people or
   * software on a machine for an agent's or a tool's ("Agent desk for the
   * support agents", "Monitoring agent") */
  /* ... only the words the false friend covers: the rest of the text
   * still speaks ("Training pipeline (triggered by the CI pipeline)") */
  tmc_kind fk = r == TMC_ROLE_TRAINER                                ? TMC_KIND_PIPELINE
                : r == TMC_ROLE_AGENT || r == TMC_ROLE_TOOL_EXECUTOR ? TMC_KIND_AGENT_TOOL
                                                                     : TMC_KIND_COUNT;
  char buf[512], own[512];
  /* d36c: the add-on a product's name joins with "+" ("Moodle + PyFeedback
   * plugin") is how the product is set up: its words make it no agent and
   * no tool */
  size_t host = fk == TMC_KIND_AGENT_TOOL ? tmc_lexicon_addon_host(g->lx, text) : 0;
  size_t clause = strcspn(text, ",;:([\n");
  if (host && strlen(text) < sizeof own) {
    memcpy(own, text, strlen(text) + 1);
    memset(own + host, ' ', clause - host);
    text = own;
  }
  if (fk == TMC_KIND_COUNT || !tmc_lexicon_false_friend(g->lx, text, fk))
    return tmc_lexicon_says(g->lx, l, text);
  *vetoed = true;
  const char *rest = tmc_lexicon_without_false_friends(g->lx, text, fk, buf, sizeof buf);
  if (rest == text) /* too long to blank: the false friend decides */
    return NULL;
  /* and only in the name before its details: "Store refit scheduler
   * (trainer rooms)" is no trainer, "Training pipeline (started by the CI
   * pipeline)" is one */
  char *details = strchr(buf, '(');
  if (details)
    *details = '\0';
  return tmc_lexicon_says(g->lx, l, rest);
}

/* The role word e's label or id says, or NULL. */
static const char *says(const graph *g, const tmc_element *e, tmc_role r) {
  tmc_word_list l = role_words[r];
  /* the memo (the role lists, each label walked once for all) says whether
   * a word is there; only then is it looked for */
  if (l == TMC_WORD_LIST_COUNT || !tmc_flowgraph_label_says(g, e, l))
    return NULL;
  bool vetoed;
  const char *w = says_in(g, e->label, r, &vetoed);
  /* the id only when the label said nothing of its own accord: a label
   * whose false friend spoke is not overruled by its id, and an id reads
   * its false friends as the label does ("personal_trainer_app") */
  if (w || vetoed)
    return w;
  return says_in(g, e->id, r, &vetoed);
}

/* role=agent,retriever: the author says so. */
static void written(tmc_ir *ir, tmc_element *e, tmc_diags *d) {
  if (e->third_party)
    play(ir, e, TMC_ROLE_THIRD_PARTY, TMC_SOURCE_ATTRIBUTE, "source=third_party");
  const char *p = tmc_props_get(&e->props, "role");
  if (!p)
    p = tmc_props_get(&e->props, "roles");
  if (!p || !*p)
    return;
  char *copy = tmc_arena_strdup(ir->arena, p);
  for (char *save = NULL, *w = strtok_r(copy, ", ;", &save); w;
       w = strtok_r(NULL, ", ;", &save)) {
    tmc_role r;
    /* An unknown role: the vocab pass warned, with the role meant. */
    if (tmc_role_parse(w, &r))
      play(ir, e, r, TMC_SOURCE_ATTRIBUTE, tmc_arena_printf(ir->arena, "role=%s", w));
  }
}

static const tmc_kindset LLMS = TMC_KINDSET(TMC_KIND_LLM);

/* Is s a store that a training pipeline or trainer writes (checkpoints,
 * adapters)? What it hands on is a model, not prompt text. */
static bool trained_into(const tmc_ir *ir, const graph *g, uint32_t s) {
  if (!is_store(&ir->elements[s]))
    return false;
  for (uint32_t k = g->in_start[s]; k < g->in_start[s + 1]; k++) {
    const tmc_element *w = &ir->elements[g->in[k].to];
    if (g->in[k].moves &&
        (w->kind == TMC_KIND_PIPELINE || TMC_ROLESET_HAS(w->roles, TMC_ROLE_TRAINER)))
      return true;
  }
  return false;
}

/* callees15: the LLM v talks to through a relay, else TMC_NONE: code v
 * sends to (an LLM gateway or proxy) that sends to an LLM and whose every
 * other flow, in and out, joins it to v alone. v builds the prompts and
 * acts on the answers; the relay only passes them on. */
static uint32_t llm_via_relay(const tmc_ir *ir, const graph *g, uint32_t v) {
  for (uint32_t k = g->out_start[v]; k < g->out_start[v + 1]; k++) {
    uint32_t r = g->out[k].to;
    /* an agent is no relay: it acts on the answers itself */
    if (r == v || !g->out[k].moves || !is_code(&ir->elements[r]) ||
        TMC_ROLESET_HAS(ir->elements[r].roles, TMC_ROLE_AGENT) ||
        says(g, &ir->elements[r], TMC_ROLE_AGENT))
      continue;
    uint32_t llm = TMC_NONE;
    bool only_v = true, back = false;
    for (int way = 0; way < 2 && only_v; way++) {
      const uint32_t *st = way ? g->in_start : g->out_start;
      const adj *ed = way ? g->in : g->out;
      for (uint32_t j = st[r]; j < st[r + 1] && only_v; j++) {
        uint32_t w = ed[j].to;
        if (tmc_kind_is(ir->elements[w].kind, TMC_KIND_LLM)) {
          if (!way)
            llm = first_of(ir, llm, w);
        } else if (w != v) {
          only_v = false;
        } else if (!way) {
          back = true;
        }
      }
    }
    if (only_v && back && llm != TMC_NONE)
      return llm;
  }
  return TMC_NONE;
}

/* precision22 (G): a cloud identity drawn as a box, named so by its head
 * (words.yaml identity_boxes: "Managed identity", "EC2 Role Bedrock + S3"):
 * code assumes it or authenticates as it, so its arrows to a model, a
 * vector store or a dataset say what it may reach, no data it moves: it
 * takes no role from its flows (no prompts built, nothing indexed or
 * trained). */
static bool identity_box(const graph *g, const tmc_element *e) {
  return e->kind_source == TMC_SOURCE_HEAD_NOUN && e->kind_evidence &&
         tmc_lexicon_says(g->lx, TMC_WORDS_IDENTITY_BOXES, e->kind_evidence);
}

/* Code that sends an LLM what it got from elsewhere builds its prompts. */
static void assembles_prompts(tmc_ir *ir, const graph *g, uint32_t v) {
  tmc_element *e = &ir->elements[v];
  uint32_t llm = neighbour(ir, g, v, true, LLMS, 0, true);
  if (llm == TMC_NONE) /* callees15 */
    llm = llm_via_relay(ir, g, v);
  /* a trainer writing an LLM hands it weights, not prompts (one named as a
   * trainer too: a policy-tuning job fed by a reward model) */
  if (llm == TMC_NONE || TMC_ROLESET_HAS(e->roles, TMC_ROLE_TRAINER) ||
      says(g, e, TMC_ROLE_TRAINER))
    return;
  if (identity_box(g, e))
    return;
  uint32_t from = TMC_NONE;
  for (uint32_t k = g->in_start[v]; k < g->in_start[v + 1]; k++) {
    uint32_t s = g->in[k].to;
    /* what a registry or a training pipeline hands on is a model being
     * deployed, not prompt text */
    tmc_kind sk = ir->elements[s].kind;
    if (s == v || tmc_kind_is(sk, TMC_KIND_LLM) || sk == TMC_KIND_MODEL_REGISTRY ||
        sk == TMC_KIND_PIPELINE || trained_into(ir, g, s) || public_hub(ir, g, s))
      continue;
    from = first_of(ir, from, s);
  }
  if (from != TMC_NONE)
    play(ir, e, TMC_ROLE_PROMPT_ASSEMBLER, TMC_SOURCE_FLOWS,
         tmc_arena_printf(ir->arena, "puts what '%s' sends into prompts to '%s'",
                          name_of(ir, from), name_of(ir, llm)));
}

/* Code drawn as a plain box that DOT reads as an entity: inside a zone the
 * system trusts, not named as a person, it is the system's own software,
 * and what it does with an LLM's prompts decides its role as for code. A
 * person who pastes into a chat model stays a person. */
static bool drawn_as_entity(const tmc_ir *ir, const graph *g, uint32_t v) {
  const tmc_element *e = &ir->elements[v];
  return e->kind == TMC_KIND_EXTERNAL && e->boundary != TMC_NONE && !e->third_party &&
         tmc_ir_element_trust(ir, v) > 0 &&
         !tmc_lexicon_says(g->lx, TMC_WORDS_PEOPLE, e->label);
}

/* Does someone outside (an entity, not a third party's service) send v
 * requests, and does v also get something from elsewhere (the answers it
 * shows them)? */
static bool people_ask(const tmc_ir *ir, const graph *g, uint32_t v) {
  bool person = false, other = false;
  for (uint32_t k = g->in_start[v]; k < g->in_start[v + 1]; k++) {
    const tmc_element *s = &ir->elements[g->in[k].to];
    if (s->kind == TMC_KIND_EXTERNAL && !s->third_party)
      person = true;
    else if (g->in[k].to != v)
      other = true;
  }
  return person && other;
}

/* Roles from the element's own kind and its neighbours' kinds (first sweep:
 * nothing here reads another element's roles). */
/* stamp: one slot per element, which from_kinds sets to v + 1 on v's
 * senders (zeroed once by the caller; no slot is ever v + 1 beforehand). */
static void from_kinds(tmc_ir *ir, const graph *g, uint32_t v, uint32_t *stamp) {
  tmc_element *e = &ir->elements[v];
  tmc_arena *a = ir->arena;
  uint32_t u;
  if (e->kind == TMC_KIND_AGENT_TOOL)
    play(ir, e, TMC_ROLE_TOOL_EXECUTOR, TMC_SOURCE_KIND, "agent_tool");
  /* a store or an entity declaring credentials keeps them for others (a
   * vault, an env file, a key service); code declaring them uses its own */
  if (holds(e, "credentials") && !is_code(e) && e->kind != TMC_KIND_AGENT_TOOL)
    play(ir, e, TMC_ROLE_CREDENTIAL_HOLDER, TMC_SOURCE_ATTRIBUTE, "data=credentials");
  /* a store built as a secrets vault (a Kubernetes Secret, Key Vault, a
   * secrets manager: its technology, whatever its name) keeps them too */
  if (e->tech == TMC_TECH_SECRETS_VAULT && is_store(e))
    play(ir, e, TMC_ROLE_CREDENTIAL_HOLDER, TMC_SOURCE_KIND, "technology secrets_vault");
  /* A training job drawn as a model (an ML platform's icon on "train-churn
   * (weekly)"): it reads a store and stores what it makes in a model
   * registry. A served model registers nothing; the registry's own copy
   * of what it serves comes in, never goes out. */
  if (tmc_kind_is(e->kind, TMC_KIND_MODEL) &&
      (u = neighbour(ir, g, v, true, TMC_KINDSET(TMC_KIND_MODEL_REGISTRY), 0, true)) !=
          TMC_NONE) {
    for (uint32_t k = g->in_start[v]; k < g->in_start[v + 1]; k++) {
      const tmc_element *s = &ir->elements[g->in[k].to];
      if (g->in[k].moves && g->in[k].to != v && is_store(s) &&
          s->kind != TMC_KIND_MODEL_REGISTRY && g->in[k].to != u) {
        play(ir, e, TMC_ROLE_TRAINER, TMC_SOURCE_FLOWS,
             tmc_arena_printf(a, "reads '%s' and writes model registry '%s'",
                              tmc_element_name(s), name_of(ir, u)));
        break;
      }
    }
  }
  if (tmc_kind_is(e->kind, TMC_KIND_MODEL) &&
      !TMC_ROLESET_HAS(e->roles, TMC_ROLE_TRAINER) &&
      (u = requester(ir, g, v,
                     TMC_KINDSET(TMC_KIND_EXTERNAL) | TMC_KINDSET(TMC_KIND_PROCESS))) !=
          TMC_NONE)
    play(ir, e, TMC_ROLE_SERVING_ENDPOINT, TMC_SOURCE_FLOWS,
         tmc_arena_printf(a, "answers requests from '%s'", name_of(ir, u)));
  if (e->third_party && g->out_start[v + 1] > g->out_start[v] &&
      (e->kind == TMC_KIND_MODEL_REGISTRY || e->kind == TMC_KIND_DATASET ||
       holds(e, "packages") || holds(e, "model_weights") || holds(e, "training_data")) &&
      !tmc_flowgraph_ci_releases_into(ir, g, v)) /* leftovers17 */
    play(ir, e, TMC_ROLE_ARTIFACT_SOURCE, TMC_SOURCE_FLOWS,
         tmc_arena_printf(a, "a third-party %s that others take %s from",
                          tmc_kind_name(e->kind),
                          holds(e, "packages") ? "packages" : "models or data"));
  /* A web application that answers people renders what it gets into the
   * pages their browsers load: model text reaching it is output to encode
   * (XSS, image-link leaks). A person who sends it requests gets its pages
   * back, drawn or not (a chat widget drawn with the question only). */
  if (e->tech == TMC_TECH_WEB_APPLICATION && g->in_start[v + 1] > g->in_start[v] &&
      (neighbour(ir, g, v, true, TMC_KINDSET(TMC_KIND_EXTERNAL), 0, true) != TMC_NONE ||
       people_ask(ir, g, v)))
    play(ir, e, TMC_ROLE_OUTPUT_SINK, e->tech_source,
         tmc_arena_printf(a, "a web application (%s) renders what it gets into pages",
                          e->tech_evidence ? e->tech_evidence : "web_application"));
  /* Likewise a box that only the system's zone made a component (classify:
   * a DFD reads a box as the outside) and that hands what it gets to people
   * (a chat widget, a report viewer): drawn as the outside, model output
   * reaching it left the system there; as a component it is where that
   * output is shown to them. Not code that talks to an LLM itself (an
   * agent posting to a chat): its own flows to people carry that output. */
  /* kinds18 (K2): ... or that only the graph's node default (node
   * [shape=box]: the diagram's ordinary shape) made one. */
  if (e->kind == TMC_KIND_PROCESS &&
      (e->kind_source == TMC_SOURCE_ZONE ||
       (e->kind_source == TMC_SOURCE_CONVENTION && (e->look & TMC_LOOK_GRAPH_SHAPE))) &&
      g->in_start[v + 1] > g->in_start[v] &&
      neighbour(ir, g, v, true, LLMS, 0, false) == TMC_NONE &&
      neighbour(ir, g, v, false, LLMS, 0, false) == TMC_NONE &&
      (u = neighbour(ir, g, v, true, TMC_KINDSET(TMC_KIND_EXTERNAL), 0, true)) !=
          TMC_NONE)
    play(ir, e, TMC_ROLE_OUTPUT_SINK, TMC_SOURCE_FLOWS,
         tmc_arena_printf(a, "a box in the system's zone that hands what it gets to '%s'",
                          name_of(ir, u)));
  if (drawn_as_entity(ir, g, v))
    assembles_prompts(ir, g, v);
  if (!is_code(e) || e->kind == TMC_KIND_AGENT_TOOL || identity_box(g, e))
    return;
  /* Code that writes a model, an LLM or a model registry from data: a
   * trainer. A pipeline writing one always is; other code only when the model
   * does not answer it (an app that queries a model writes to it too). */
  /* Sending an LLM a prompt writes to it too, and so does an app feeding
   * a model features: only training data into a model, or anything stored
   * into a registry, makes a trainer. What v reads is the same for every
   * model it writes: one walk over its senders (a hub writing thousands of
   * models stays linear), which also stamps them for "answered". */
  bool store_in = false, training_in = false;
  for (uint32_t j = g->in_start[v]; j < g->in_start[v + 1]; j++) {
    const tmc_element *s = &ir->elements[g->in[j].to];
    stamp[g->in[j].to] = v + 1;
    /* mlkind18 (K6): a store named for model files ("/results checkpoints,
     * adapters") brings a model to copy on, no data to learn from: the job
     * publishing it into a registry is no trainer (TMC-MLOPS-009's
     * promotion step) */
    store_in = store_in || (is_store(s) && s->kind != TMC_KIND_MODEL_REGISTRY &&
                            !tmc_lexicon_says(g->lx, TMC_WORDS_MODEL_FILES, s->label));
    training_in = training_in || holds_training_data(s);
  }
  /* precision19 (D2): a pipeline that fills a vector store is an indexer
   * (a nightly re-index, an hourly search-index refresh, an embedding
   * DAG): what it sends a model is chunks to embed, even drawn one way,
   * unless it is training data. One more look at v's own out-flows. */
  bool indexes = false;
  for (uint32_t k = g->out_start[v]; k < g->out_start[v + 1] && !indexes; k++)
    indexes = g->out[k].moves && g->out[k].to != v &&
              ir->elements[g->out[k].to].kind == TMC_KIND_VECTOR_STORE;
  uint32_t wrote = TMC_NONE;
  for (uint32_t k = g->out_start[v]; k < g->out_start[v + 1]; k++) {
    uint32_t w = g->out[k].to;
    const tmc_element *we = &ir->elements[w];
    if (!g->out[k].moves ||
        !(tmc_kind_is(we->kind, TMC_KIND_MODEL) || we->kind == TMC_KIND_MODEL_REGISTRY))
      continue;
    bool answered = ir->flows[g->out[k].flow].bidirectional || stamp[w] == v + 1;
    bool from_data = we->kind == TMC_KIND_MODEL_REGISTRY
                         ? store_in
                         : we->kind == TMC_KIND_MODEL && training_in;
    /* A pipeline the model answers is calling it (chunks sent to an
     * embedding model, vectors back), not training it, unless what it
     * sends is training data. */
    if ((e->kind == TMC_KIND_PIPELINE && (!answered || from_data) &&
         (from_data || !indexes || we->kind == TMC_KIND_MODEL_REGISTRY)) ||
        (!answered && from_data))
      wrote = first_of(ir, wrote, w);
  }
  if (wrote != TMC_NONE)
    play(ir, e, TMC_ROLE_TRAINER, TMC_SOURCE_FLOWS,
         tmc_arena_printf(a, "writes %s '%s'", tmc_kind_name(ir->elements[wrote].kind),
                          name_of(ir, wrote)));
  /* Code that reads training data and produces something: an artifact, or
   * an update for code that combines updates without reading training data
   * itself (a federated aggregator). A notebook that reads the training set
   * and starts the pipeline that reads it too is no trainer. */
  uint32_t read = TMC_NONE;
  for (uint32_t k = g->in_start[v]; k < g->in_start[v + 1]; k++)
    if (holds_training_data(&ir->elements[g->in[k].to]) &&
        !outside_system(ir, g->in[k].to))
      read = first_of(ir, read, g->in[k].to);
  /* precision20 (D): ... what it makes must be a model. A pipeline is a
   * job the diagram draws as one: whatever it produces from training data
   * was learnt; so is what a job on training hardware makes (a GPU pod
   * writing its outputs), and what code taking models in as well sends on
   * (an evaluation gate reading checkpoints and an eval set, publishing
   * the winner). Other code reading a dataset may only use the data (a
   * worker that puts stored transcripts into prompts, a reporting service,
   * a labelling desk writing verdicts back): it trains only when it writes
   * model files (a checkpoint bucket, "model.joblib", data=model_weights)
   * or hands its update to code that writes the model (a federated client
   * and its aggregation server). */
  bool job = e->kind == TMC_KIND_PIPELINE || takes_models(ir, g, v) ||
             tmc_flowgraph_label_says(g, e, TMC_WORDS_TRAINING_COMPUTE);
  if (read != TMC_NONE &&
      (job ? produces(ir, g, v)
           : writes_model_files(ir, g, v) || feeds_model_writer(ir, g, v)))
    play(ir, e, TMC_ROLE_TRAINER, TMC_SOURCE_FLOWS,
         tmc_arena_printf(a, "reads training data from '%s'", name_of(ir, read)));
  const tmc_kindset VEC = TMC_KINDSET(TMC_KIND_VECTOR_STORE);
  if ((u = reads_from(ir, g, v, VEC)) != TMC_NONE)
    play(ir, e, TMC_ROLE_RETRIEVER, TMC_SOURCE_FLOWS,
         tmc_arena_printf(a, "reads vector store '%s'", name_of(ir, u)));
  if ((u = neighbour(ir, g, v, true, VEC, 0, true)) != TMC_NONE)
    play(ir, e, TMC_ROLE_INGESTION, TMC_SOURCE_FLOWS,
         tmc_arena_printf(a, "writes into vector store '%s'", name_of(ir, u)));
  assembles_prompts(ir, g, v);
}

/* Is an LLM next to v, either way? */
static uint32_t llm_near(const tmc_ir *ir, const graph *g, uint32_t v) {
  uint32_t u = neighbour(ir, g, v, true, LLMS, 0, false);
  return u != TMC_NONE ? u : neighbour(ir, g, v, false, LLMS, 0, false);
}

/* Is v called by a model or by the code that talks to one (a plugin gateway
 * that dispatches for the agent calls tools too)? A tool that calls the next
 * tool makes that one a tool too, where the next is code (a refund executor
 * calling a ledger action) and through_tools: llmkind18 (K3): an outside
 * service that only a tool calls is that tool's target, the system it acts
 * on ("Microsoft Defender for Endpoint | machine actions API" behind an
 * isolate_host tool), not a tool of the model's, whatever its name says. */
static bool called_for_model(const tmc_ir *ir, const graph *g, uint32_t v,
                             bool through_tools) {
  for (uint32_t k = g->in_start[v]; k < g->in_start[v + 1]; k++) {
    uint32_t s = g->in[k].to;
    if (tmc_kind_is(ir->elements[s].kind, TMC_KIND_LLM) ||
        TMC_ROLESET_HAS(ir->elements[s].roles, TMC_ROLE_AGENT) ||
        (through_tools && s != v &&
         TMC_ROLESET_HAS(ir->elements[s].roles, TMC_ROLE_TOOL_EXECUTOR) &&
         is_code(&ir->elements[s])) ||
        (can_dispatch(&ir->elements[s]) && llm_near(ir, g, s) != TMC_NONE))
      return true;
  }
  return false;
}

/* Does v send data only back to those who send it something (a served
 * model's answers), none on to anything that did not ask (a registry it
 * writes, the job its rewards train)? Whether the target asked is the
 * edge's paired bit (tmc_flowgraph_build): one pass over v's edges out. */
static bool only_answers(const graph *g, uint32_t v) {
  for (uint32_t k = g->out_start[v]; k < g->out_start[v + 1]; k++)
    if (g->out[k].moves && g->out[k].to != v && !g->out[k].paired)
      return false;
  return true;
}

/* callees15: is word w, in a tool an agent calls by its function's name
 * (classify: kind source flows), only part of that code name, glued to
 * others by underscores ("create_ticket", "publish_to_wiki")? There it names
 * what the function acts on, whose own box is the sink (the ticket system,
 * the wiki); what runs commands says so by its facts (runs_commands). */
static bool in_code_name(const tmc_element *e, const char *w) {
  if (e->kind != TMC_KIND_AGENT_TOOL || e->kind_source != TMC_SOURCE_FLOWS)
    return false;
  size_t n = strlen(w);
  bool seen = false;
  for (const char *p = e->label; n && *p; p++) {
    if (strncasecmp(p, w, n) != 0)
      continue;
    if (!((p > e->label && p[-1] == '_') || p[n] == '_'))
      return false;
    seen = true;
  }
  return seen;
}

/* b33c: the fronts of people's conversations: code (no tool) that people
 * send their requests to and hear back from (a chat app, a Teams or Slack
 * app, a web front: a moving flow from an entity it answers). One pass
 * over the in-edges; front[v] for each element, n + 1 long, the caller's. */
static void people_fronts(const tmc_ir *ir, const graph *g, bool *front) {
  for (uint32_t v = 0; v < ir->n_elements; v++) {
    const tmc_element *e = &ir->elements[v];
    front[v] = false;
    if (!is_code(e) || e->kind == TMC_KIND_AGENT_TOOL)
      continue;
    for (uint32_t k = g->in_start[v]; k < g->in_start[v + 1] && !front[v]; k++)
      front[v] = g->in[k].to != v && g->in[k].moves && g->in[k].paired &&
                 tmc_kind_dfd(ir->elements[g->in[k].to].kind) == TMC_DFD_ENTITY;
  }
}

/* llmcls17. Does v send data to anything but a model or a store: a
 * service, a tool, a person, another agent (something a dispatched call
 * or a message can change), or change what a store holds? One pass over v's edges out.
 * b33c: not the answer v sends back to the front that asked it (front:
 * people_fronts; the front sends v the request, v's flow back is its
 * reply): a RAG orchestrator answering the chat app in front of it acts on
 * nothing, whatever its name. */
static bool acts_on_something(const tmc_ir *ir, const graph *g, uint32_t v,
                              const bool *front) {
  for (uint32_t k = g->out_start[v]; k < g->out_start[v + 1]; k++) {
    const tmc_element *w = &ir->elements[g->out[k].to];
    if (g->out[k].to == v || !g->out[k].moves || tmc_kind_is(w->kind, TMC_KIND_MODEL))
      continue;
    if (g->out[k].paired && front[g->out[k].to] &&
        !TMC_ROLESET_HAS(w->roles, TMC_ROLE_TOOL_EXECUTOR))
      continue;
    if (!is_store(w))
      return true;
    /* fix17a (review17 item 7): a store the agent changes (runs UPDATE,
     * DELETE, MERGE on: store_changes) is its tool, unlike one it files
     * its text or its logs in */
    const char *l = ir->flows[g->out[k].flow].label;
    if (!w->facts.holds_logs && l && tmc_lexicon_says(g->lx, TMC_WORDS_STORE_CHANGES, l))
      return true;
  }
  return false;
}

/* llmkind18 (K3): does e's name say it is a tool (its head noun is a tool
 * executor's word, or a word naming a tool's kind: "WebDigest plugin
 * summarises any URL", "Translate plugin service", "Zapier MCP server"),
 * not only mention what an API acts on ("Microsoft Defender for Endpoint
 * machine actions API" is an API)? */
static bool named_as_tool(const graph *g, const tmc_element *e) {
  tmc_kind k;
  tmc_tech t;
  const char *w;
  bool at_end;
  double wt;
  if (tmc_lexicon_head_w(g->lx, e->label, &k, &t, &w, &at_end, &wt) &&
      (k == TMC_KIND_AGENT_TOOL ||
       tmc_lexicon_says(g->lx, TMC_WORDS_ROLE_TOOL_EXECUTOR, w) != NULL))
    return true;
  return tmc_lexicon_kind_word_w(g->lx, e->label, &k, &w, &wt) &&
         k == TMC_KIND_AGENT_TOOL;
}

/* Role words, where the kind can play the role and the graph agrees enough
 * (second sweep, words_sweep: tool words need a model-driven caller). */
static void from_words(tmc_ir *ir, const graph *g, uint32_t v, const bool *front) {
  tmc_element *e = &ir->elements[v];
  bool code = is_code(e) || e->kind == TMC_KIND_AGENT_TOOL;
  bool outputs = g->out_start[v + 1] > g->out_start[v];
  bool inputs = g->in_start[v + 1] > g->in_start[v];
  const char *w;
  for (int r = 0; r < TMC_ROLE_COUNT; r++) {
    if (TMC_ROLESET_HAS(e->roles, r) ||
        TMC_KINDSET_HAS(tmc_lexicon_not_by_word(g->lx, (tmc_role)r), e->kind) ||
        !(w = says(g, e, (tmc_role)r)))
      continue;
    bool ok = false;
    switch ((tmc_role)r) {
    case TMC_ROLE_THIRD_PARTY:
      /* a named public model (Mistral 7B, BERT-base): weights from outside */
      ok = e->kind == TMC_KIND_MODEL || e->kind == TMC_KIND_LLM;
      break;
    case TMC_ROLE_PROMPT_ASSEMBLER:
      ok = code && llm_near(ir, g, v) != TMC_NONE;
      break;
    case TMC_ROLE_AGENT:
      /* llmcls17: the word alone ("Scribe orchestrator", "Summary agent")
       * makes no agent of code with nothing to act on: one whose only
       * outlets are models and stores it files its text in has no tools
       * or permissions to misuse (no LLM06, no AML.T0053) */
      ok = code && llm_near(ir, g, v) != TMC_NONE && acts_on_something(ir, g, v, front);
      break;
    case TMC_ROLE_TOOL_EXECUTOR:
      /* llmkind18 (K4): not code whose label says it drives the tools
       * ("runs the tool loop"): its "tool" is what it dispatches */
      ok = called_for_model(ir, g, v,
                            e->kind != TMC_KIND_EXTERNAL || named_as_tool(g, e)) &&
           (code || e->kind == TMC_KIND_EXTERNAL) &&
           !tmc_lexicon_says(g->lx, TMC_WORDS_TOOL_DRIVERS, e->label);
      break;
    case TMC_ROLE_RETRIEVER:
    case TMC_ROLE_INGESTION:
      ok = code && outputs;
      break;
    case TMC_ROLE_TRAINER:
      /* a training job drawn as a model still trains when it sends what it
       * makes on (a registry, the job its rewards train); a model whose
       * name says how it was made ("DistilBERT fine-tune", "monthly refit")
       * and that only answers who asks it is the trained model, served */
      /* g31a: ... and so does an outside party, not people, that the
       * system sends data to and whose words say it retrains on it ("Acme
       * SFTP\ncorrections, for retraining"): a vendor training on our data
       * trains the model it ships back */
      ok = (code || (e->kind == TMC_KIND_MODEL && !only_answers(g, v)) ||
            (e->kind == TMC_KIND_EXTERNAL && inputs &&
             !tmc_lexicon_says(g->lx, TMC_WORDS_PEOPLE, e->label))) &&
           outputs;
      break;
    case TMC_ROLE_SERVING_ENDPOINT:
      ok = (code || tmc_kind_is(e->kind, TMC_KIND_MODEL)) && inputs;
      break;
    case TMC_ROLE_ARTIFACT_SOURCE:
      /* leftovers17: not where the system's own CI releases; d37a: nor a
       * store of keys, whose words name what its keys open (".env file
       * (marketplace, Gemini, Telegram keys)"), as keeps_keys reads them,
       * nor a marketplace where goods are traded (trade_marketplaces) */
      ok = outputs && !is_code(e) && e->tech != TMC_TECH_SECRETS_VAULT &&
           !tmc_lexicon_says(g->lx, TMC_WORDS_TRADE_MARKETPLACES, e->label) &&
           !tmc_flowgraph_ci_releases_into(ir, g, v);
      break;
    case TMC_ROLE_CREDENTIAL_HOLDER:
      /* paths21: not a vault of documents ("M-Files vault") */
      ok = !tmc_flowgraph_record_vault(g, e);
      break;
    case TMC_ROLE_OUTPUT_SINK:
      /* a sink runs or shows what it gets (a repository's code, a ticket,
       * a shell); roles.yaml's not_by_word kinds (a model registry named
       * "model repo") were skipped above */
      ok = inputs && !in_code_name(e, w);
      break;
    case TMC_ROLE_COUNT:
      break;
    }
    if (ok)
      play(ir, e, (tmc_role)r, TMC_SOURCE_LABEL_WORD, w);
  }
}

/* The words sweep over every element. A tool word needs a caller that
 * drives a model (called_for_model), and a caller may become one in this very
 * sweep, by its own word (an agent, or a tool that calls the next tool: a
 * refund executor calling a ledger action). So the sweep is a worklist: an
 * element that starts playing the agent or a tool here queues the elements
 * it sends to again, and the roles do not depend on the order the diagram
 * declares its elements in. A role once played stays and the other roles'
 * conditions read no other element's roles, so a second look only adds a
 * tool; each element gains those two roles once at most, so each queues its
 * neighbours at most twice: linear in the diagram. */
static void words_sweep(tmc_ir *ir, const graph *g) {
  const tmc_roleset CALLERS =
      TMC_ROLESET(TMC_ROLE_AGENT) | TMC_ROLESET(TMC_ROLE_TOOL_EXECUTOR);
  uint32_t n = ir->n_elements, head = 0, len = n;
  uint32_t *queue = tmc_xmalloc((n + 1) * sizeof *queue);
  bool *queued = tmc_xmalloc((n + 1) * sizeof *queued);
  bool *front = tmc_xmalloc((n + 1) * sizeof *front);
  people_fronts(ir, g, front);
  for (uint32_t v = 0; v < n; v++)
    queue[v] = v, queued[v] = true;
  while (len) {
    uint32_t v = queue[head];
    head = (head + 1) % (n + 1), len--, queued[v] = false;
    tmc_roleset before = ir->elements[v].roles & CALLERS;
    from_words(ir, g, v, front);
    if ((ir->elements[v].roles & CALLERS) == before)
      continue;
    for (uint32_t k = g->out_start[v]; k < g->out_start[v + 1]; k++) {
      uint32_t w = g->out[k].to;
      if (!queued[w] && !TMC_ROLESET_HAS(ir->elements[w].roles, TMC_ROLE_TOOL_EXECUTOR))
        queued[w] = true, queue[(head + len++) % (n + 1)] = w;
    }
  }
  free(front);
  free(queued);
  free(queue);
}

/* The agent: code that dispatches tool calls and talks to an LLM. An LLM
 * that calls a tool itself is the agent only when no code between does.
 * Runs after the kinds sweep and again after the words sweep (tools named
 * by a word); a role once played stays, so the second run only adds. */
static void agents(tmc_ir *ir, const graph *g) {
  const tmc_roleset TOOLS = TMC_ROLESET(TMC_ROLE_TOOL_EXECUTOR);
  for (uint32_t v = 0; v < ir->n_elements; v++) {
    tmc_element *e = &ir->elements[v];
    if (!can_dispatch(e) || TMC_ROLESET_HAS(e->roles, TMC_ROLE_TOOL_EXECUTOR))
      continue;
    uint32_t t = neighbour(ir, g, v, true, 0, TOOLS, true), m = llm_near(ir, g, v);
    if (m == TMC_NONE && t != TMC_NONE) /* callees15: through an LLM gateway */
      m = llm_via_relay(ir, g, v);
    if (t != TMC_NONE && m != TMC_NONE)
      play(ir, e, TMC_ROLE_AGENT, TMC_SOURCE_FLOWS,
           tmc_arena_printf(ir->arena, "dispatches calls to tool '%s' for LLM '%s'",
                            name_of(ir, t), name_of(ir, m)));
  }
  /* Each LLM's tool is found before any LLM plays the agent here, so that
   * one LLM made the agent does not hide a tool from another declared after
   * it. */
  uint32_t *tool = tmc_xmalloc((ir->n_elements + 1) * sizeof *tool);
  for (uint32_t v = 0; v < ir->n_elements; v++) {
    tool[v] = TMC_NONE;
    if (ir->elements[v].kind != TMC_KIND_LLM)
      continue;
    for (uint32_t k = g->out_start[v]; k < g->out_start[v + 1]; k++) {
      uint32_t t = g->out[k].to;
      /* a tool that is itself the agent (an orchestrator that also routes
       * tools) is the code between: the LLM only answers it */
      if (TMC_ROLESET_HAS(ir->elements[t].roles, TMC_ROLE_TOOL_EXECUTOR) &&
          !TMC_ROLESET_HAS(ir->elements[t].roles, TMC_ROLE_AGENT) &&
          neighbour(ir, g, t, false, 0, TMC_ROLESET(TMC_ROLE_AGENT), false) == TMC_NONE)
        tool[v] = first_of(ir, tool[v], t);
    }
  }
  for (uint32_t v = 0; v < ir->n_elements; v++)
    if (tool[v] != TMC_NONE)
      play(ir, &ir->elements[v], TMC_ROLE_AGENT, TMC_SOURCE_FLOWS,
           tmc_arena_printf(ir->arena, "calls tool '%s' itself", name_of(ir, tool[v])));
  free(tool);
}

/* Tools called by name of the call: code an agent (or code next to an LLM
 * that dispatches for it) sends a flow whose label says a tool call
 * (words.yaml tool_calls: "tool call", "function call") carries out what the
 * model chose, whatever its own name says ("Vehicle command gateway"). Code
 * that talks to an LLM itself is the dispatcher, not the tool, and is left
 * alone, as is the LLM's answer to that code ("reply / tool call"). After the
 * words sweep, so agents named by a word are known; one pass over the flows. */
static void tool_calls(tmc_ir *ir, const graph *g) {
  /* whether each caller is code next to an LLM, asked once per caller (0
   * not yet, 1 yes, 2 no): a router fanning out to many services is asked
   * once, not once per service (llm_near walks all its flows) */
  uint8_t *near = tmc_xcalloc(ir->n_elements + 1, sizeof *near);
  for (uint32_t v = 0; v < ir->n_elements; v++) {
    tmc_element *e = &ir->elements[v];
    if (!is_code(e) ||
        (e->roles &
         (TMC_ROLESET(TMC_ROLE_TOOL_EXECUTOR) | TMC_ROLESET(TMC_ROLE_AGENT))) ||
        llm_near(ir, g, v) != TMC_NONE)
      continue;
    uint32_t by = TMC_NONE;
    const char *w = NULL;
    for (uint32_t k = g->in_start[v]; k < g->in_start[v + 1]; k++) {
      uint32_t s = g->in[k].to;
      const tmc_element *c = &ir->elements[s];
      const char *said;
      if (!near[s])
        near[s] = can_dispatch(c) && llm_near(ir, g, s) != TMC_NONE ? 1 : 2;
      if (s == v || !(TMC_ROLESET_HAS(c->roles, TMC_ROLE_AGENT) || near[s] == 1) ||
          !(said = tmc_lexicon_says(g->lx, TMC_WORDS_TOOL_CALLS,
                                    ir->flows[g->in[k].flow].label)))
        continue;
      if (first_of(ir, by, s) == s)
        by = s, w = said;
    }
    if (by != TMC_NONE)
      play(ir, e, TMC_ROLE_TOOL_EXECUTOR, TMC_SOURCE_FLOWS,
           tmc_arena_printf(ir->arena, "'%s' sends it a %s", name_of(ir, by), w));
  }
  free(near);
}

/* Tools drawn together: code inside a boundary whose label says a tool word
 * ("our tools", "MCP servers", "Plugins"), called by a model or the code
 * that talks to one, is one of the agent's tools even when its own name is
 * only a function's ("issue_refund"). After the words sweep, so the agents
 * that call it are known; an agent itself is not its own tool. A tool such a
 * box makes may be what calls the next one in it (a refund tool calling a
 * ledger tool), so the box's members are a worklist: one that becomes a tool
 * queues the members it calls again, and the result does not depend on the
 * order they were declared in. Each element looks at its enclosing
 * boundaries once (bounded by their count) and is queued at most once per
 * caller that becomes a tool: linear in the diagram. */
/* The tool word a zone's name says (TMC_WORDS_ROLE_TOOL_EXECUTOR), or NULL.
 * var32: a word inside a product's name the zone is named for is that
 * product's, not a word for an agent's tools: the jobs in a "GitHub Actions"
 * or "Gitea Actions" zone are CI steps, even when one of them calls a model
 * (an evaluation job). */
static const char *zone_tool_word(const tmc_lexicon *lx, const char *label) {
  const char *w = tmc_lexicon_says(lx, TMC_WORDS_ROLE_TOOL_EXECUTOR, label);
  tmc_tech t;
  tmc_kind k;
  const char *product;
  if (w && tmc_lexicon_tech_word(lx, label, &t, &k, &product) && tmc_has_word(product, w))
    return NULL;
  return w;
}

static void tools_by_zone(tmc_ir *ir, const graph *g) {
  uint32_t n = ir->n_elements, head = 0, len = 0;
  const char **zone = tmc_xcalloc(n + 1, sizeof *zone),
             **word = tmc_xcalloc(n + 1, sizeof *word);
  uint32_t *queue = tmc_xmalloc((n + 1) * sizeof *queue);
  bool *queued = tmc_xcalloc(n + 1, sizeof *queued);
  for (uint32_t v = 0; v < n; v++) {
    tmc_element *e = &ir->elements[v];
    if (!is_code(e) ||
        (e->roles & (TMC_ROLESET(TMC_ROLE_TOOL_EXECUTOR) | TMC_ROLESET(TMC_ROLE_AGENT))))
      continue;
    uint32_t b = e->boundary;
    for (uint32_t k = 0; !word[v] && b != TMC_NONE && k < ir->n_boundaries; k++) {
      zone[v] = ir->boundaries[b].label;
      word[v] = zone_tool_word(g->lx, zone[v]);
      b = ir->boundaries[b].parent;
    }
    if (word[v])
      queued[v] = true, queue[len++] = v;
  }
  while (len) {
    uint32_t v = queue[head];
    head = (head + 1) % (n + 1), len--, queued[v] = false;
    if (TMC_ROLESET_HAS(ir->elements[v].roles, TMC_ROLE_TOOL_EXECUTOR) ||
        !called_for_model(ir, g, v, true))
      continue;
    play(ir, &ir->elements[v], TMC_ROLE_TOOL_EXECUTOR, TMC_SOURCE_ZONE,
         tmc_arena_printf(ir->arena, "in '%s' (word '%s'), called for a model", zone[v],
                          word[v]));
    for (uint32_t k = g->out_start[v]; k < g->out_start[v + 1]; k++) {
      uint32_t w = g->out[k].to;
      if (word[w] && !queued[w] &&
          !TMC_ROLESET_HAS(ir->elements[w].roles, TMC_ROLE_TOOL_EXECUTOR))
        queued[w] = true, queue[(head + len++) % (n + 1)] = w;
    }
  }
  free(queued);
  free(queue);
  free(word);
  free(zone);
}

/* A retriever the words of its own name do not show: code, a tool or an
 * agent that searches a store for what goes into a model's context (a
 * "search_enterprise plugin" sending a "semantic search" to a "Semantic
 * index", or any of them reading a search index for an agent). The flow's
 * label says a retrieval word (words.yaml retrievers), or the store is a
 * search index (technology search) and v is on an agent's side (sets.yaml
 * agent_side: a tool, an agent or a prompt assembler). What the store holds is retrieved
 * into prompts: RAG poisoning (TMC-RAG-001) and access (TMC-RAG-002) apply
 * to it. After the agents sweep. */
static void searches(tmc_ir *ir, const graph *g) {
  const tmc_roleset AGENT_SIDE = tmc_lexicon_roles(g->lx, TMC_ROLES_AGENT_SIDE);
  for (uint32_t v = 0; v < ir->n_elements; v++) {
    tmc_element *e = &ir->elements[v];
    if (TMC_ROLESET_HAS(e->roles, TMC_ROLE_RETRIEVER) ||
        !(is_code(e) || e->kind == TMC_KIND_AGENT_TOOL))
      continue;
    /* rules24 (causes24 D): retrieval looks up what a question needs. Code
     * nobody sends anything but stores and models (a nightly job building a
     * prompt from one shop's reviews and its catalogue) asks no question: a
     * search index it reads is only where its records are kept. An agent,
     * or a tool it runs, asks its own questions; a flow saying a retrieval
     * word still says retrieval. */
    bool asked = e->kind == TMC_KIND_AGENT_TOOL ||
                 TMC_ROLESET_HAS(e->roles, TMC_ROLE_AGENT) ||
                 TMC_ROLESET_HAS(e->roles, TMC_ROLE_TOOL_EXECUTOR);
    for (uint32_t k = g->in_start[v]; k < g->in_start[v + 1] && !asked; k++) {
      const tmc_element *s = &ir->elements[g->in[k].to];
      asked = g->in[k].to != v && !is_store(s) && s->kind != TMC_KIND_LLM &&
              s->kind != TMC_KIND_MODEL;
    }
    /* the store named: the first by first_of (queries before answers) */
    uint32_t best = TMC_NONE;
    const char *bw = NULL;
    for (int way = 0; way < 2 && best == TMC_NONE; way++) {
      const uint32_t *st = way ? g->in_start : g->out_start;
      const adj *ed = way ? g->in : g->out;
      for (uint32_t k = st[v]; k < st[v + 1]; k++) {
        const tmc_element *s = &ir->elements[ed[k].to];
        /* out: a query (it moves no data); in: the answer */
        if (ed[k].to == v || !is_store(s) || (!way && ed[k].moves))
          continue;
        const char *w = tmc_lexicon_says(g->lx, TMC_WORDS_ROLE_RETRIEVER,
                                         ir->flows[ed[k].flow].label);
        if ((w || (s->tech == TMC_TECH_SEARCH && (e->roles & AGENT_SIDE) && asked)) &&
            first_of(ir, best, ed[k].to) != best)
          best = ed[k].to, bw = w;
      }
    }
    if (best != TMC_NONE)
      play(ir, e, TMC_ROLE_RETRIEVER, TMC_SOURCE_FLOWS,
           tmc_arena_printf(ir->arena, "searches '%s'%s%s%s", name_of(ir, best),
                            bw ? " ('" : " (a search index)", bw ? bw : "",
                            bw ? "')" : ""));
  }
}

/* Does s send data to t along a flow? */
static bool sends_to(const graph *g, uint32_t s, uint32_t t) {
  for (uint32_t k = g->out_start[s]; k < g->out_start[s + 1]; k++)
    if (g->out[k].moves && g->out[k].to == t)
      return true;
  return false;
}

/* An aggregator: a trainer that reads no training data itself. */
static bool aggregator(const tmc_ir *ir, const graph *g, uint32_t t) {
  return TMC_ROLESET_HAS(ir->elements[t].roles, TMC_ROLE_TRAINER) &&
         !reads_training_data(ir, g, t);
}

/* A federated client: code that gets its model from an aggregator
 * (directly, or from a store the aggregator writes), reads data of its own
 * from a store, sends what it made back (directly, or into a store the
 * aggregator reads), and takes no requests from people or other code. A
 * batch scorer writing predictions for a training job that reads labelled
 * data is no client: that job is no aggregator. Third sweep, after the
 * words: an aggregator may be a trainer by its word only. */
static void federated_clients(tmc_ir *ir, const graph *g) {
  /* Every client is found before any plays the trainer, so that a client
   * made a trainer here is no aggregator to another declared after it; an
   * element with two aggregators or data stores names the first by first_of
   * (and sends its updates back to that aggregator). */
  uint32_t n = ir->n_elements;
  uint32_t *aggs = tmc_xmalloc((n + 1) * sizeof *aggs),
           *datas = tmc_xmalloc((n + 1) * sizeof *datas),
           *store_agg = tmc_xmalloc((n + 1) * sizeof *store_agg);
  /* Who is an aggregator, and which one writes each store, decided once
   * (no role changes before the last loop): asked per in-edge, each scans
   * a trainer's or a store's whole in-list, quadratic on a hub that many
   * clients share. Linear in the edges. */
  bool *agg_of = tmc_xcalloc(n + 1, sizeof *agg_of);
  for (uint32_t v = 0; v < n; v++)
    agg_of[v] = aggregator(ir, g, v);
  for (uint32_t s = 0; s < n; s++) {
    store_agg[s] = TMC_NONE;
    if (!is_store(&ir->elements[s]))
      continue;
    for (uint32_t j = g->in_start[s]; j < g->in_start[s + 1]; j++)
      if (g->in[j].moves && agg_of[g->in[j].to])
        store_agg[s] = first_of(ir, store_agg[s], g->in[j].to);
  }
  for (uint32_t v = 0; v < n; v++) {
    tmc_element *e = &ir->elements[v];
    aggs[v] = TMC_NONE;
    if (!is_code(e) || e->kind == TMC_KIND_AGENT_TOOL ||
        TMC_ROLESET_HAS(e->roles, TMC_ROLE_TRAINER))
      continue;
    uint32_t agg = TMC_NONE, data = TMC_NONE;
    bool requests = false;
    for (uint32_t k = g->in_start[v]; k < g->in_start[v + 1] && !requests; k++) {
      uint32_t s = g->in[k].to;
      if (s == v || !g->in[k].moves)
        continue;
      if (agg_of[s]) {
        agg = first_of(ir, agg, s);
        continue;
      }
      if (!is_store(&ir->elements[s])) {
        requests = true;
        continue;
      }
      uint32_t t = store_agg[s];
      if (t != TMC_NONE)
        agg = first_of(ir, agg, t);
      else
        data = first_of(ir, data, s);
    }
    if (requests || agg == TMC_NONE || data == TMC_NONE)
      continue;
    bool back = false;
    for (uint32_t k = g->out_start[v]; k < g->out_start[v + 1] && !back; k++) {
      uint32_t w = g->out[k].to;
      back = g->out[k].moves &&
             (w == agg || (is_store(&ir->elements[w]) && sends_to(g, w, agg)));
    }
    if (back)
      aggs[v] = agg, datas[v] = data;
  }
  for (uint32_t v = 0; v < n; v++)
    if (aggs[v] != TMC_NONE)
      play(ir, &ir->elements[v], TMC_ROLE_TRAINER, TMC_SOURCE_FLOWS,
           tmc_arena_printf(ir->arena,
                            "trains on '%s' with the model from '%s' and sends it "
                            "back updates (federated learning)",
                            name_of(ir, datas[v]), name_of(ir, aggs[v])));
  free(aggs);
  free(datas);
  free(store_agg);
  free(agg_of);
}

/* The SQL or NoSQL word a flow's label says, or NULL. */
static const char *says_query_language(const graph *g, const char *label) {
  const char *w = tmc_lexicon_says(g->lx, TMC_WORDS_SQL, label);
  return w ? w : tmc_lexicon_says(g->lx, TMC_WORDS_NOSQL, label);
}

/* Does an LLM hand v a query language (its answer says "SQL")? */
static bool gets_model_queries(const tmc_ir *ir, const graph *g, uint32_t v) {
  for (uint32_t k = g->in_start[v]; k < g->in_start[v + 1]; k++)
    if (g->in[k].to != v && tmc_kind_is(ir->elements[g->in[k].to].kind, TMC_KIND_LLM) &&
        says_query_language(g, ir->flows[g->in[k].flow].label))
      return true;
  return false;
}

/* A database that code driving an LLM (an agent, a prompt assembler, a
 * tool) sends the SQL or NoSQL the model wrote: text-to-SQL makes it a sink
 * of model output. Both ends must say so: the model's answer to that code
 * says a query language, and so does the flow into the database. Code that
 * stores an answer in Postgres, or runs a lookup it wrote itself, makes no
 * sink. Last sweep, once agents and tools are known. */
static void query_sinks(tmc_ir *ir, const graph *g) {
  const tmc_roleset DRIVERS = tmc_lexicon_llm_drivers(g->lx); /* roles.yaml */
  const tmc_techset DATABASES = tmc_lexicon_query_databases(g->lx);
  /* each database's driver: the first by first_of when several send it
   * queries, not the first declared */
  uint32_t *by = tmc_xmalloc((ir->n_elements + 1) * sizeof *by);
  const char **said = tmc_xcalloc(ir->n_elements + 1, sizeof *said);
  for (uint32_t v = 0; v < ir->n_elements; v++)
    by[v] = TMC_NONE;
  for (uint32_t v = 0; v < ir->n_elements; v++) {
    const tmc_element *e = &ir->elements[v];
    if (!(e->roles & DRIVERS) || tmc_kind_is(e->kind, TMC_KIND_LLM) ||
        !gets_model_queries(ir, g, v))
      continue;
    for (uint32_t k = g->out_start[v]; k < g->out_start[v + 1]; k++) {
      uint32_t t = g->out[k].to;
      const tmc_element *w = &ir->elements[t];
      const char *fl = ir->flows[g->out[k].flow].label;
      /* a database: built on one (a warehouse runs SQL too), or named by
       * its query language or as a database ("Warehouse SALES, HR") */
      if (t == v || !is_store(w) ||
          !(TMC_TECHSET_HAS(DATABASES, w->tech) || says_query_language(g, w->label) ||
            tmc_lexicon_says(g->lx, TMC_WORDS_QUERY_STORES, w->label)))
        continue;
      const char *word = says_query_language(g, fl);
      /* a read-only role or replica: the model's queries change nothing */
      if (word && !tmc_lexicon_says(g->lx, TMC_WORDS_READ_ONLY, fl) &&
          !tmc_lexicon_says(g->lx, TMC_WORDS_READ_ONLY, w->label) &&
          first_of(ir, by[t], v) != by[t])
        by[t] = v, said[t] = word;
    }
  }
  for (uint32_t t = 0; t < ir->n_elements; t++)
    if (by[t] != TMC_NONE)
      play(ir, &ir->elements[t], TMC_ROLE_OUTPUT_SINK, TMC_SOURCE_FLOWS,
           tmc_arena_printf(ir->arena, "runs the %s queries '%s' sends it", said[t],
                            name_of(ir, by[t])));
  free(by);
  free(said);
}

int tmc_pass_roles(tmc_ir *ir, const tmc_pass_opts *opts, tmc_diags *d) {
  graph own = {0};
  /* In a tmc_analyse run the graph is built into the run's shared products
   * with every word list memoized, and left there for the facts pass (which
   * reads every label too); on its own, the memo holds the role lists only. */
  tmc_pass_shared *sh = opts ? opts->shared : NULL;
  graph *g = sh ? &sh->flows : &own;
  tmc_flowgraph_free(g);
  tmc_flowgraph_build(g, ir, tmc_catalog_lexicon(opts ? opts->catalog : NULL));
  if (!sh) {
    /* the role lists: each label read once for all */
    own.said_lists = (tmc_listset){{0}};
    for (int r = 0; r < TMC_ROLE_COUNT; r++)
      tmc_listset_add(&own.said_lists, role_words[r]);
  }
  for (uint32_t v = 0; v < ir->n_elements; v++) {
    ir->elements[v].roles = 0;
    ir->elements[v].role_why = NULL;
    written(ir, &ir->elements[v], d);
  }
  uint32_t *stamp = tmc_xcalloc(ir->n_elements + 1, sizeof *stamp);
  for (uint32_t v = 0; v < ir->n_elements; v++)
    from_kinds(ir, g, v, stamp);
  free(stamp);
  agents(ir, g); /* tools by kind, so that tool words can see their agents */
  words_sweep(ir, g);
  tool_calls(ir, g);
  agents(ir, g);
  tools_by_zone(ir, g);
  searches(ir, g);
  federated_clients(ir, g);
  query_sinks(ir, g);
  tmc_flowgraph_free(&own);
  return 0;
}
