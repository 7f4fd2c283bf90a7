/* reach.c - where an attacker starts, what is worth reaching, and how far
 * everything is from the starting points: the element facts entry, asset,
 * entry_hops (hence reachable) and exposed, and the flow fact entry_hops, which
 * rule conditions and the paths pass read.
 *
 * The one idea: distances are a multi-source breadth-first search over the
 * attacker's movement graph (passes/attackgraph.h), the same graph the paths
 * pass searches, so "reachable" here and "has an attack path" there agree. */
#include <stdlib.h>
#include <string.h>

#include "catalog/lexicon.h"
#include "passes/attackgraph.h"
#include "passes/passes.h"

/* An explicit entry=/asset= wins both ways: yes forces, no opts out. The
 * vocab pass already warned about values that are neither. */
static tmc_tri declared(const tmc_element *e, const char *key) {
  static const char *yes[] = {"true", "yes", "1", "on", "y"};
  static const char *no[] = {"false", "no", "0", "off", "n", "none"};
  const char *v = tmc_props_get(&e->props, key);
  if (!v)
    return TMC_TRI_UNKNOWN;
  for (size_t i = 0; i < sizeof yes / sizeof *yes; i++)
    if (tmc_streq_nocase(v, yes[i]))
      return TMC_TRI_YES;
  for (size_t i = 0; i < sizeof no / sizeof *no; i++)
    if (tmc_streq_nocase(v, no[i]))
      return TMC_TRI_NO;
  return TMC_TRI_UNKNOWN;
}

/* What the inference reads of an element besides itself: the lexicon and
 * how many flows arrive at it and leave it (a two-way flow counts both). */
typedef struct seen {
  tmc_ir *ir;
  const tmc_lexicon *lx;
  uint32_t *n_in, *n_out;
  uint32_t
      *sends_in; /* a flow out of it whose label says it pushes data in, or TMC_NONE */
  unsigned char *fronted; /* FRONT_* bits: what the flows drawn to it come from */
  bool *no_way_in;        /* per page: nothing on it is an entry by the usual
                             rules (set after a first round) */
  bool *zones;    /* per page: the page draws a zone for a reason, so "outside" says
                     something */
  bool *deployed; /* a model the system's own registry or training step writes */
  bool *device;   /* per boundary: device_zone's answer (perf30: read once, not per
                     element inside it) */
} seen;

static tmc_why why(tmc_source s, const char *evidence) {
  return (tmc_why){s, evidence};
}

/* The first word of list in the element's label, else in its id. */
static const char *says(const seen *c, const tmc_element *e, tmc_word_list list) {
  const char *w = tmc_lexicon_says(c->lx, list, e->label);
  if (!w && e->id != e->label)
    w = tmc_lexicon_says(c->lx, list, e->id);
  return w;
}

/* The word of list that the element's library icon names ("Content
 * moderation" on Rekognition's icon, mxgraph.aws4.rekognition_2: a vendor's
 * pretrained API), its name's dots, underscores and slashes read as spaces;
 * or NULL. */
static const char *icon_says(const seen *c, const tmc_element *e, tmc_word_list list) {
  if (!e->icon || e->shape_source != TMC_SOURCE_ICON)
    return NULL;
  char *n = tmc_arena_strdup(c->ir->arena, e->icon);
  for (char *p = n; *p; p++)
    if (*p == '.' || *p == '_' || *p == '/' || *p == '=' || *p == ';')
      *p = ' ';
  return tmc_lexicon_says(c->lx, list, n);
}

/* The word naming a step that takes in what outsiders send ("Label import",
 * "Nightly repo indexer"), or NULL. */
static const char *intake(const tmc_lexicon *lx, const char *label) {
  const char *w = tmc_lexicon_says(lx, TMC_WORDS_SOURCES_IN, label);
  return w ? w : tmc_lexicon_says(lx, TMC_WORDS_ROLE_INGESTION, label);
}

static const char *declared_words(const seen *c, const tmc_element *e, const char *key) {
  return tmc_arena_printf(c->ir->arena, "%s=%s", key, tmc_props_get(&e->props, key));
}

/* Kinds that hold what an attacker is after. */
static bool holder(tmc_kind k) {
  return tmc_agraph_is_store(k) || k == TMC_KIND_MODEL || k == TMC_KIND_LLM;
}

/* Is the element in the least-trusted zone of a page that draws zones? */
/* fe23: is boundary b a person's device drawn around an app (a phone or
 * tablet frame, by its stencil row or as the front end drew it)? */
static bool device_zone_of(const seen *c, uint32_t b) {
  const tmc_boundary *x = &c->ir->boundaries[b];
  return x->device_frame || tmc_lexicon_device_zone_style(c->lx, x->style);
}

/* device_zone_of(c, b) as infer read it once per boundary: the pass asked it
 * of each element's zone, and the stencil reading of the zone's style was
 * nearly 1 % of a 100k draw.io run (perf30). Nothing here changes a zone. */
static bool device_zone(const seen *c, uint32_t b) {
  return c->device[b];
}

static bool in_outside(const seen *c, uint32_t i) {
  const tmc_element *e = &c->ir->elements[i];
  /* fe23: what runs in a person's device (an app in a phone frame) is on
   * the outside's side, whatever else the page draws */
  if (e->boundary < c->ir->n_boundaries && device_zone(c, e->boundary) &&
      tmc_ir_element_trust(c->ir, i) == 0)
    return true;
  return e->page < c->ir->n_pages && c->zones[e->page] &&
         tmc_ir_element_trust(c->ir, i) == 0;
}

/* The zone evidence of an element of the least-trusted zone, or NULL when it
 * is not in one (or the diagram draws no zones). */
static const char *outside(const seen *c, uint32_t i) {
  const tmc_element *e = &c->ir->elements[i];
  if (!in_outside(c, i))
    return NULL;
  if (e->boundary == TMC_NONE)
    return "outside every boundary";
  return tmc_arena_printf(c->ir->arena, "in zone '%s' (trust 0)",
                          c->ir->boundaries[e->boundary].label);
}

/* What a flow drawn into an element says of what is in front of it. */
enum {
  FRONT_ANY = 1,     /* from a person or device, or from anything no more trusted */
  FRONT_NEAR = 2,    /* from something nearer the outside (nearer_outside) */
  FRONT_OURS = 4,    /* kinds20a: from an element that is no external entity (the
                        system calls it) */
  INTO_OURS = 8,     /* kinds20a: it sends to an element that is no external
                        entity (into the system) */
  FROM_OUTSIDE = 16, /* paths28: from an external entity */
};

/* Technologies outsiders connect to directly (sets.yaml public_endpoints). */
static bool public_endpoint(const seen *c, tmc_tech t) {
  return TMC_TECHSET_HAS(tmc_lexicon_techs(c->lx, TMC_TECHS_PUBLIC_ENDPOINTS), t);
}

/* The compute an icon names (a VM, a container, a function): what runs on
 * it is said by its words ("Browsing Compute Engine" is the shop's browsing
 * front end; sets.yaml compute). */
static bool compute_tech(const seen *c, tmc_tech t) {
  return TMC_TECHSET_HAS(tmc_lexicon_techs(c->lx, TMC_TECHS_COMPUTE), t);
}

/* Technologies of people and the devices they hold (sets.yaml clients). */
static bool client_tech(const seen *c, tmc_tech t) {
  return TMC_TECHSET_HAS(tmc_lexicon_techs(c->lx, TMC_TECHS_CLIENTS), t);
}

/* r38wherry: the head noun that made e an external entity when it names a
 * person (tmc_lexicon_person_head: "Hirers & enquirers (WhatsApp)" is
 * headed by 'enquirers'), as the kind evidence spells it up to its
 * parenthesis, in n; NULL when it names none. The app or channel such a
 * label also names ("WhatsApp") is how they reach the system, not what
 * they are. */
static const char *person_head(const seen *c, const tmc_element *e, size_t *n) {
  if (e->kind != TMC_KIND_EXTERNAL || e->kind_source != TMC_SOURCE_HEAD_NOUN ||
      !e->kind_evidence)
    return NULL;
  const char *w = e->kind_evidence;
  *n = strcspn(w, "(");
  while (*n && w[*n - 1] == ' ')
    (*n)--;
  return tmc_lexicon_person_head(c->lx, w, *n) ? w : NULL;
}

/* A person or a device: an external entity whose words or head noun say so,
 * or any element built on a client technology. */
static bool person(const seen *c, const tmc_element *e) {
  size_t n;
  return client_tech(c, e->tech) ||
         (e->kind == TMC_KIND_EXTERNAL &&
          (says(c, e, TMC_WORDS_PEOPLE) || person_head(c, e, &n)));
}

/* Is src, which a flow is drawn from into dst, nearer the outside than dst:
 * what fronts a channel? A person or device, anything less trusted, an
 * external entity, something in the page's outside zone, or a public
 * endpoint itself (the CDN before the web app). Not a neighbour of equal
 * trust inside the system: a backend pushing to the shop, a recommender
 * feeding the cart, are behind the channel they write to, not in front of
 * it. */
static bool nearer_outside(const seen *c, uint32_t src, uint32_t dst) {
  const tmc_element *s = &c->ir->elements[src];
  return person(c, s) || s->kind == TMC_KIND_EXTERNAL || public_endpoint(c, s->tech) ||
         tmc_ir_element_trust(c->ir, src) < tmc_ir_element_trust(c->ir, dst) ||
         in_outside(c, src);
}

/* Is a channel (a public endpoint, a device or client app) behind something
 * drawn in front of it? Any flow from something no more trusted puts it
 * behind, except on a page where that leaves no way in at all: there the
 * author drew the system and its channels but nobody outside, and only
 * something nearer the outside fronts a channel (a backend or a
 * recommender writing to the shop is behind it, not in front). */
static bool fronted(const seen *c, uint32_t i) {
  const tmc_element *e = &c->ir->elements[i];
  bool open = e->page < c->ir->n_pages && c->no_way_in[e->page];
  return (c->fronted[i] & (open ? FRONT_NEAR : FRONT_ANY)) != 0;
}

/* The outsider word (words.yaml `trust_untrusted`: third party, external,
 * public, ...) an agent's tool's label, or the label of a zone around it,
 * says ("partner plugins (third party, hosted by them)"), or NULL: the tool
 * runs on another party's servers, whatever trust the zone's other words
 * gave it ('partner' makes a perimeter). Walks the boundary chain upwards
 * (bounded by the boundaries' count: the tree has no cycles, the checker
 * says so). */
static const char *hosted_by_others(const seen *c, const tmc_element *e,
                                    const char **zone) {
  const char *w = says(c, e, TMC_WORDS_TRUST_UNTRUSTED);
  /* r2kinds: ... or says another party hosts or publishes it
   * ("VetNearMe skill partner-hosted", "TradeQuote plugin by AutoValu") */
  if (!w)
    w = says(c, e, TMC_WORDS_TOOLS_ELSEWHERE);
  /* b35c: ... or that the system installs it as others release it
   * ("community, from npm, unpinned"), unless it says it is its own */
  if (!w && (w = says(c, e, TMC_WORDS_TOOLS_FROM_OTHERS)) != NULL &&
      says(c, e, TMC_WORDS_OWN_CODE))
    w = NULL;
  *zone = NULL;
  uint32_t b = e->boundary;
  for (uint32_t n = 0; !w && b != TMC_NONE && n < c->ir->n_boundaries; n++) {
    const tmc_boundary *x = &c->ir->boundaries[b];
    if ((w = tmc_lexicon_says(c->lx, TMC_WORDS_TRUST_UNTRUSTED, x->label)) ||
        (w = tmc_lexicon_says(c->lx, TMC_WORDS_TOOLS_ELSEWHERE, x->label)))
      *zone = x->label;
    b = x->parent;
  }
  return w;
}

/* Entry points: where an outsider's input starts. People and devices, the
 * least-trusted zone and third-party sources that send data in; not a
 * hosted service the system only calls and hears back from (a vendor API,
 * a SaaS: issue #16 treats its manipulated answer as its own entry). */
static bool is_entry(const seen *c, uint32_t i, tmc_why *w) {
  const tmc_element *e = &c->ir->elements[i];
  tmc_tri d = declared(e, "entry");
  if (d != TMC_TRI_UNKNOWN) {
    *w = why(TMC_SOURCE_ATTRIBUTE, declared_words(c, e, "entry"));
    return d == TMC_TRI_YES;
  }
  if (e->third_party) {
    *w = why(TMC_SOURCE_ATTRIBUTE, declared_words(c, e, "source"));
    return true;
  }
  const char *zone = outside(c, i);
  bool external = e->kind == TMC_KIND_EXTERNAL;
  /* Said of a channel nothing is in front of: nothing at all, or only the
   * system behind it on a page that draws no other way in. */
  const char *nothing = c->fronted[i] & FRONT_ANY
                            ? "only the system behind it drawn in front of it, and no "
                              "other way in on its page"
                            : "nothing drawn in front of it";
  /* A public endpoint: a front-end technology (web app, load balancer, API
   * gateway, CDN) with nothing drawn in front of it is where outsiders
   * connect, zones drawn or not. */
  if (!external && public_endpoint(c, e->tech) && !fronted(c, i)) {
    *w = why(TMC_SOURCE_FLOWS,
             tmc_arena_printf(c->ir->arena, "a public endpoint (%s) with %s",
                              tmc_tech_name(e->tech), nothing));
    return true;
  }
  /* A compute icon named by what runs on it, a web front end ("Browsing
   * Compute Engine", "Storefront container"): the same. */
  const char *web;
  if (!external && compute_tech(c, e->tech) && !fronted(c, i) &&
      (web = says(c, e, TMC_WORDS_WEB_APP))) {
    *w = why(TMC_SOURCE_FLOWS,
             tmc_arena_printf(c->ir->arena, "a public endpoint (%s named '%s') with %s",
                              tmc_tech_name(e->tech), web, nothing));
    return true;
  }
  /* A device or a client app drawn as a component (a connected car, a
   * sensor, a mobile app) with nothing drawn in front of it: its owner or
   * the world around it feeds it, so input starts there, zones drawn or
   * not. A store is never the device itself ("Sensor history" holds what
   * sensors sent; its writers are the way in). */
  if (!external && tmc_kind_dfd(e->kind) != TMC_DFD_STORE && client_tech(c, e->tech) &&
      !fronted(c, i)) {
    *w = why(TMC_SOURCE_FLOWS, tmc_arena_printf(c->ir->arena, "a %s with %s",
                                                tmc_tech_name(e->tech), nothing));
    return true;
  }
  /* A queue or stream (sets.yaml channels) nothing drawn writes to, that
   * the system reads: its messages come from producers outside the drawing
   * (a Kafka topic other teams fill), so input starts there, zones drawn or
   * not. */
  if (TMC_TECHSET_HAS(tmc_lexicon_techs(c->lx, TMC_TECHS_CHANNELS), e->tech) &&
      !c->n_in[i] && c->n_out[i]) {
    *w = why(TMC_SOURCE_FLOWS,
             tmc_arena_printf(c->ir->arena,
                              "a %s nothing drawn writes to, read by the system",
                              tmc_tech_name(e->tech)));
    return true;
  }
  /* Likewise a dataset others publish (a public web-scale URL index, a
   * Kaggle download): nothing drawn writes it, the system reads it and its
   * words say whose it is, so what it holds comes from outside. */
  const char *word;
  if (e->kind == TMC_KIND_DATASET && !c->n_in[i] && c->n_out[i] &&
      (word = says(c, e, TMC_WORDS_PUBLISHED))) {
    *w = why(TMC_SOURCE_FLOWS,
             tmc_arena_printf(c->ir->arena,
                              "a dataset others publish ('%s'), nothing drawn writes "
                              "to it, read by the system",
                              word));
    return true;
  }
  /* An agent's tool or plugin another party runs (its name or its zone says
   * so) that hands something back: its output is outsider text wherever its
   * zone's trust puts it (a partner's plugin answering the agent). */
  const char *in_zone;
  if (e->kind == TMC_KIND_AGENT_TOOL && c->n_out[i] &&
      (word = hosted_by_others(c, e, &in_zone))) {
    *w = in_zone ? why(TMC_SOURCE_ZONE,
                       tmc_arena_printf(c->ir->arena,
                                        "a tool another party runs (zone '%s' says '%s')",
                                        in_zone, word))
                 : why(TMC_SOURCE_LABEL_WORD, word);
    return true;
  }
  if (!external && !zone) {
    *w = why(TMC_SOURCE_DEFAULT, NULL);
    return false;
  }

  bool receives = c->n_in[i] > 0, sends = c->n_out[i] > 0;
  size_t head_n;
  const char *head = external ? person_head(c, e, &head_n) : NULL;
  if (head)
    head = tmc_arena_printf(c->ir->arena, "%.*s", (int)head_n, head);
  /* Nor is an outside party's box the system only sends to that hands on
   * to other outside parties only, whatever its name says it takes in (a
   * vendor's "customer portal (training data uploads)" passing the uploads
   * to the vendor's update server): the uploads are the system's own, and
   * the box that sends into the system is the way in. This comes ahead of
   * the words: a people word there ("customer portal") only says whom the
   * box serves; not where the people word is what the box is. */
  if (external && receives && sends && !client_tech(c, e->tech) &&
      !(e->kind_source == TMC_SOURCE_HEAD_NOUN &&
        (says(c, e, TMC_WORDS_PEOPLE) || head)) &&
      !e->third_party && (c->fronted[i] & FRONT_OURS) &&
      !(c->fronted[i] & FROM_OUTSIDE) && !(c->fronted[i] & INTO_OURS) &&
      c->sends_in[i] == TMC_NONE) {
    *w = why(TMC_SOURCE_FLOWS,
             "only the system sends to it, and it sends on to outsiders only");
    return false;
  }
  if (external && ((word = says(c, e, TMC_WORDS_PEOPLE)) || (word = head))) {
    /* A device the system only sends to (a phone that gets text messages)
     * is where output ends; a person who only receives still acts on it,
     * and a people word listed before the devices names whose it is. */
    if (receives && !sends && tmc_lexicon_says(c->lx, TMC_WORDS_DEVICES, word)) {
      *w = why(TMC_SOURCE_FLOWS,
               tmc_arena_printf(c->ir->arena,
                                "a device ('%s') that only receives from the system",
                                word));
      return false;
    }
    *w = why(TMC_SOURCE_LABEL_WORD, word);
    return true;
  }
  if ((word = says(c, e, TMC_WORDS_SOURCES_IN))) {
    *w = why(TMC_SOURCE_LABEL_WORD, word);
    return true;
  }
  if (c->sends_in[i] != TMC_NONE) {
    const tmc_flow *f = &c->ir->flows[c->sends_in[i]];
    const char *fw = tmc_lexicon_says(c->lx, TMC_WORDS_SOURCES_IN, f->label);
    const tmc_element *to = &c->ir->elements[f->dst];
    *w = why(
        TMC_SOURCE_FLOWS,
        fw ? tmc_arena_printf(c->ir->arena, "sends '%s' (flow word '%s')", f->label, fw)
           : tmc_arena_printf(c->ir->arena,
                              "sends to '%s' (word '%s'), which takes in "
                              "what outsiders send",
                              to->label, intake(c->lx, to->label)));
    return true;
  }
  /* kinds20a (K1): not a hosted service only outsiders send to that sends
   * into the system (a payment provider's hosted fields the guest's browser
   * posts card numbers to, telling the system the outcome): nothing of the
   * system calls it, so what it hands in is what the outside gave it (one
   * that talks only with external entities stays what it was). */
  if (receives && (word = says(c, e, TMC_WORDS_HOSTED)) &&
      !((c->fronted[i] & INTO_OURS) && !(c->fronted[i] & FRONT_OURS))) {
    *w = why(TMC_SOURCE_LABEL_WORD, word);
    return false;
  }
  if (receives && !sends) {
    *w = why(TMC_SOURCE_FLOWS, "only receives flows from the system");
    return false;
  }
  /* A data store outside that only the system writes (a SaaS CRM its tool
   * updates and reads back) is a hosted service it calls, not a source:
   * whatever is in it, the system put there or its other writers are drawn.
   * Not a hub or registry others publish to (a model source the system
   * pulls from: its request is no write). */
  if (e->kind == TMC_KIND_DATA_STORE && receives && !(c->fronted[i] & FRONT_ANY) &&
      !says(c, e, TMC_WORDS_MODEL_SOURCE)) {
    *w = why(TMC_SOURCE_FLOWS, "a store outside that only the system writes to");
    return false;
  }
  /* A model or LLM outside is a service the system calls (a vendor's
   * hosted model), unless all it does is send data in. */
  if ((e->kind == TMC_KIND_MODEL || e->kind == TMC_KIND_LLM) && receives) {
    *w = why(TMC_SOURCE_KIND, tmc_kind_name(e->kind));
    return false;
  }
  /* paths28 (P4): an outside service the system hands what it sends to
   * people, which hands it on to them only (an SMS gateway texting boaters
   * their gate PIN, a push service): only the system sends to it and it
   * sends nothing into the system, so it is where output leaves, not a way
   * in; the people it reaches are (and their paths are no relay's). */
  if (external && receives && sends && !e->third_party && (c->fronted[i] & FRONT_OURS) &&
      !(c->fronted[i] & FROM_OUTSIDE) && !(c->fronted[i] & INTO_OURS)) {
    *w = why(TMC_SOURCE_FLOWS,
             "only the system sends to it, and it sends on to outsiders only");
    return false;
  }
  if (external) {
    *w = why(TMC_SOURCE_KIND, tmc_kind_name(e->kind));
    return true;
  }
  /* A component drawn outside, with no word or flow saying it sends data
   * in: its input starts elsewhere when something outside already talks to
   * it (the web server behind the user), and nowhere when it sends
   * nothing. */
  if (c->fronted[i] & FRONT_ANY) {
    *w = why(TMC_SOURCE_FLOWS, "behind what sends to it from outside");
    return false;
  }
  if (!sends) {
    *w = why(TMC_SOURCE_FLOWS, "outside, but sends nothing into the system");
    return false;
  }
  /* paths26: a store of keys drawn outside (an .env or key file drawn as a
   * note beside the system, its arrows only leaving it) hands the system
   * its own secrets: where credentials are stolen, not where an author's
   * content comes in. */
  if (tmc_kind_dfd(e->kind) == TMC_DFD_STORE && !receives &&
      (e->tech == TMC_TECH_SECRETS_VAULT || (word = says(c, e, TMC_WORDS_CREDENTIAL)))) {
    *w =
        why(TMC_SOURCE_FLOWS,
            tmc_arena_printf(
                c->ir->arena, "a store of keys ('%s') that only hands them to the system",
                e->tech == TMC_TECH_SECRETS_VAULT ? tmc_tech_name(e->tech) : word));
    return false;
  }
  *w = why(TMC_SOURCE_ZONE, zone);
  return true;
}

/* Assets: every store, dataset, model, registry, vector or feature store
 * and LLM of the system, whatever it holds; a model or LLM the system only
 * calls as a vendor's service is not its asset (one its own registry or
 * training step deploys to a vendor's platform is). */
static bool is_asset(const seen *c, uint32_t i, tmc_why *w) {
  const tmc_element *e = &c->ir->elements[i];
  tmc_tri d = declared(e, "asset");
  if (d != TMC_TRI_UNKNOWN) {
    *w = why(TMC_SOURCE_ATTRIBUTE, declared_words(c, e, "asset"));
    return d == TMC_TRI_YES;
  }
  if (!holder(e->kind)) {
    *w = why(TMC_SOURCE_KIND, tmc_kind_name(e->kind));
    return false;
  }
  if (e->kind == TMC_KIND_MODEL || e->kind == TMC_KIND_LLM) {
    const char *word = says(c, e, TMC_WORDS_HOSTED);
    if (!word)
      word = icon_says(c, e, TMC_WORDS_HOSTED);
    if (e->third_party) {
      *w = why(TMC_SOURCE_ATTRIBUTE, declared_words(c, e, "source"));
      return false;
    }
    /* A platform's name ("fraud-scorer Vertex AI endpoint") hosts the
     * system's own model when its own registry or training step deploys
     * it there: the weights are the system's. */
    /* r37lark: nor does a vendor's word on a model its name says is a
     * file by its format ("vendor LightGBM, ONNX"): the copy the system
     * loads and runs, its asset (facts.c installed_model) */
    if (word && !c->deployed[i] && e->kind == TMC_KIND_MODEL &&
        (says(c, e, TMC_WORDS_SAFE_MODEL_FORMATS) ||
         says(c, e, TMC_WORDS_CODE_MODEL_FORMATS)))
      word = NULL;
    if (word && !c->deployed[i]) {
      *w = why(TMC_SOURCE_LABEL_WORD, word);
      return false;
    }
    /* kinds19 (K3): a vendor's AI service by its product (the classify
     * pass gave it the vendor's technology: "azure_speech_to_text" on a
     * page of ids, "Hive Moderation API") is the vendor's model too */
    if (e->tech == TMC_TECH_THIRD_PARTY_SAAS && e->tech_source != TMC_SOURCE_NONE &&
        !c->deployed[i]) {
      *w = why(e->tech_source, e->tech_evidence);
      return false;
    }
    /* fe23: a model in a person's device (an app's on-device model, in a
     * phone frame) is the system's own copy shipped there: an asset. */
    const char *zone = e->boundary < c->ir->n_boundaries && device_zone(c, e->boundary)
                           ? NULL
                           : outside(c, i);
    if (zone) {
      *w = why(TMC_SOURCE_ZONE, zone);
      return false;
    }
  }
  *w = why(TMC_SOURCE_KIND, tmc_kind_name(e->kind));
  return true;
}

/* What an asset holds: as written (sensitivity=, a data= class), else the
 * first sensitivity list of the lexicon with a word in its name, else
 * unknown (UNSET), which risk and paths score as medium impact. */
static tmc_sensitivity held(const seen *c, const tmc_element *e, tmc_why *w) {
  tmc_sensitivity s = tmc_agraph_data_sensitivity(e);
  if (s != TMC_SENS_UNSET) {
    *w = why(TMC_SOURCE_ATTRIBUTE, e->sensitivity == s
                                       ? declared_words(c, e, "sensitivity")
                                       : declared_words(c, e, "data"));
    return s;
  }
  static const struct {
    tmc_word_list list;
    tmc_sensitivity s;
  } by_words[] = {
      {TMC_WORDS_SECRET_DATA, TMC_SENS_SECRET},
      {TMC_WORDS_CONFIDENTIAL_DATA, TMC_SENS_CONFIDENTIAL},
      {TMC_WORDS_INTERNAL_DATA, TMC_SENS_INTERNAL},
      {TMC_WORDS_PUBLIC_DATA, TMC_SENS_PUBLIC},
  };
  for (size_t k = 0; k < sizeof by_words / sizeof *by_words; k++) {
    const char *word = says(c, e, by_words[k].list);
    if (word) {
      *w = why(TMC_SOURCE_LABEL_WORD, word);
      return by_words[k].s;
    }
  }
  *w = why(TMC_SOURCE_DEFAULT, NULL);
  return TMC_SENS_UNSET;
}

static void infer(tmc_ir *ir, const tmc_pass_opts *opts) {
  seen c = {0};
  c.ir = ir;
  c.lx = tmc_catalog_lexicon(opts ? opts->catalog : NULL);
  c.zones = tmc_xcalloc(ir->n_pages + 1, sizeof *c.zones);
  c.device = tmc_xcalloc(ir->n_boundaries + 1, sizeof *c.device);
  for (uint32_t b = 0; b < ir->n_boundaries; b++)
    c.device[b] = device_zone_of(&c, b);
  /* Outside only says "untrusted" on a page that draws a zone for a
   * reason (a zone word, a boundary style or stencil, a generator's
   * convention, trust=): boxes drawn only by default (a header panel, an
   * unnamed wrapper, Graphviz's abstract clusters) leave the rest of the
   * page outside by accident, not by the author's saying. */
  /* fe23: nor does a person's device drawn around an app (a phone frame):
   * it says where the app runs, not that the system's own parts beside it
   * stand outside (a page drawing one phone frame and no other zone had its
   * self-hosted LLM and its stores fall outside, no assets). */
  for (uint32_t b = 0; b < ir->n_boundaries; b++) {
    const tmc_boundary *x = &ir->boundaries[b];
    if (x->page < ir->n_pages && !x->grouping && x->zone_source != TMC_SOURCE_DEFAULT &&
        !device_zone(&c, b))
      c.zones[x->page] = true;
  }
  c.fronted = tmc_xcalloc(ir->n_elements + 1, sizeof *c.fronted);
  c.deployed = tmc_xcalloc(ir->n_elements + 1, sizeof *c.deployed);
  c.no_way_in = tmc_xcalloc(ir->n_pages + 1, sizeof *c.no_way_in);
  c.n_in = tmc_xcalloc(ir->n_elements + 1, sizeof *c.n_in);
  c.n_out = tmc_xcalloc(ir->n_elements + 1, sizeof *c.n_out);
  c.sends_in = tmc_xmalloc((ir->n_elements + 1) * sizeof *c.sends_in);
  for (uint32_t i = 0; i < ir->n_elements; i++)
    c.sends_in[i] = TMC_NONE;
  for (uint32_t i = 0; i < ir->n_flows; i++) {
    const tmc_flow *f = &ir->flows[i];
    if (f->src == f->dst)
      continue;
    c.n_out[f->src]++, c.n_in[f->dst]++;
    /* deployed by the system: from its own registry, or by its own
     * pipeline to a model (a pipeline calling a vendor's LLM deploys
     * nothing: "enrich via Azure OpenAI (gpt-4o deployment)") */
    /* g30c (blind30): and a job of the system's that fine-tunes writing
     * to an LLM ("monthly fine-tune job" -> "ft:gpt-4.1-mini:acme"): the
     * tuned weights are the system's, wherever the vendor serves them */
    const tmc_element *fs = &ir->elements[f->src], *fd = &ir->elements[f->dst];
    if (!fs->third_party &&
        (fs->kind == TMC_KIND_MODEL_REGISTRY ||
         (fs->kind == TMC_KIND_PIPELINE && fd->kind == TMC_KIND_MODEL) ||
         ((fs->kind == TMC_KIND_PIPELINE || fs->kind == TMC_KIND_PROCESS) &&
          fd->kind == TMC_KIND_LLM && !f->bidirectional &&
          tmc_lexicon_says(c.lx, TMC_WORDS_FINE_TUNES, fs->label)) ||
         /* b35b: and a classic model a vendor's update or download is
          * installed into ("monthly model update" from the vendor's portal
          * into "Detection model / vendor NN file"): the copy the system
          * runs, its asset, however its name says the vendor */
         (fd->kind == TMC_KIND_MODEL && !f->bidirectional &&
          tmc_lexicon_says(c.lx, TMC_WORDS_MODEL_DISTRIBUTION, f->label))))
      c.deployed[f->dst] = true;
    /* Sends data in: the flow says so ("payment webhook"), or an outsider
     * writes to a step that takes in what outsiders send ("Label import"). */
    /* b35b: so does a party that installs its update or download into a
     * model or a store of the system's ("monthly model update" from the
     * vendor's portal): it sends the weights in */
    /* r38wherry: a two-way line an outsider's side is drawn from, into the
     * system, saying it sends in ("webhook / send": a messaging relay posting
     * what people write and taking the replies) sends in as a one-way one
     * does: its author drew it from the side that starts the exchange */
    bool pushed_in = f->bidirectional && fs->kind == TMC_KIND_EXTERNAL &&
                     fd->kind != TMC_KIND_EXTERNAL &&
                     tmc_lexicon_says(c.lx, TMC_WORDS_SOURCES_IN, f->label);
    if (c.sends_in[f->src] == TMC_NONE && (!f->bidirectional || pushed_in) &&
        (tmc_lexicon_says(c.lx, TMC_WORDS_SOURCES_IN, f->label) ||
         ((fd->kind == TMC_KIND_MODEL || tmc_kind_dfd(fd->kind) == TMC_DFD_STORE) &&
          fs->kind == TMC_KIND_EXTERNAL &&
          tmc_lexicon_says(c.lx, TMC_WORDS_MODEL_DISTRIBUTION, f->label)) ||
         (ir->elements[f->src].kind == TMC_KIND_EXTERNAL &&
          intake(c.lx, ir->elements[f->dst].label))))
      c.sends_in[f->src] = i;
    if (f->bidirectional)
      c.n_out[f->dst]++, c.n_in[f->src]++;
    /* In front: the end a flow is drawn from (a two-way line too: its
     * author drew it from the side that starts the exchange), when that end
     * is nearer the outside. */
    if (person(&c, &ir->elements[f->src]) ||
        tmc_ir_element_trust(ir, f->src) <= tmc_ir_element_trust(ir, f->dst))
      c.fronted[f->dst] |= FRONT_ANY;
    if (nearer_outside(&c, f->src, f->dst))
      c.fronted[f->dst] |= FRONT_NEAR;
    if (ir->elements[f->src].kind != TMC_KIND_EXTERNAL)
      c.fronted[f->dst] |= FRONT_OURS;
    else
      c.fronted[f->dst] |= FROM_OUTSIDE;
    if (ir->elements[f->dst].kind != TMC_KIND_EXTERNAL)
      c.fronted[f->src] |= INTO_OURS;
    if (f->bidirectional && ir->elements[f->dst].kind != TMC_KIND_EXTERNAL)
      c.fronted[f->src] |= FRONT_OURS;
    if (f->bidirectional && ir->elements[f->src].kind != TMC_KIND_EXTERNAL)
      c.fronted[f->dst] |= INTO_OURS;
    if (f->bidirectional && ir->elements[f->dst].kind == TMC_KIND_EXTERNAL)
      c.fronted[f->src] |= FROM_OUTSIDE;
  }
  /* A first round by the usual rules; a page it leaves with no way in gets
   * a second, where only what is nearer the outside fronts a channel. */
  bool *way_in = tmc_xcalloc(ir->n_pages + 1, sizeof *way_in);
  for (uint32_t i = 0; i < ir->n_elements; i++) {
    tmc_element_facts *x = &ir->elements[i].facts;
    x->is_entry = is_entry(&c, i, &x->entry_why);
    if (x->is_entry && ir->elements[i].page < ir->n_pages)
      way_in[ir->elements[i].page] = true;
  }
  for (uint32_t p = 0; p < ir->n_pages; p++)
    c.no_way_in[p] = !way_in[p];
  free(way_in);
  for (uint32_t i = 0; i < ir->n_elements; i++) {
    tmc_element_facts *x = &ir->elements[i].facts;
    if (ir->elements[i].page < ir->n_pages && c.no_way_in[ir->elements[i].page])
      x->is_entry = is_entry(&c, i, &x->entry_why);
    x->is_asset = is_asset(&c, i, &x->asset_why);
    x->held_sensitivity = TMC_SENS_UNSET;
    x->sensitivity_why = why(TMC_SOURCE_NONE, NULL);
    if (x->is_asset)
      x->held_sensitivity = held(&c, &ir->elements[i], &x->sensitivity_why);
  }
  free(c.n_in);
  free(c.n_out);
  free(c.sends_in);
  free(c.fronted);
  free(c.deployed);
  free(c.no_way_in);
  free(c.zones);
  free(c.device);
}

int tmc_pass_reach(tmc_ir *ir, const tmc_pass_opts *opts, tmc_diags *d) {
  /* The moves graph, built once per run: left in the run's shared context
   * for the paths pass when there is one (passes.h). */
  tmc_agraph own = {0}, *mg = opts && opts->shared ? &opts->shared->moves : &own;
  tmc_agraph_free(mg);
  tmc_agraph_moves(mg, ir, tmc_catalog_lexicon(opts ? opts->catalog : NULL));
  const tmc_agraph *g = mg;
  uint32_t *queue = tmc_xmalloc(sizeof(uint32_t) * (ir->n_elements + 1));
  uint32_t head = 0, tail = 0;
  infer(ir, opts);
  for (uint32_t i = 0; i < ir->n_elements; i++) {
    tmc_element *e = &ir->elements[i];
    e->facts.exposed = false;
    e->facts.entry_hops = TMC_NONE;
    if (e->facts.is_entry) {
      e->facts.entry_hops = 0;
      queue[tail++] = i;
    }
  }
  /* Entries expand even when they are external; anything else only if an
   * attacker can pass through it. Each element is queued once. */
  while (head < tail) {
    uint32_t u = queue[head++];
    uint32_t du = ir->elements[u].facts.entry_hops;
    if (du > 0 && !g->transit[u])
      continue;
    for (uint32_t a = g->out[u]; a < g->out[u + 1]; a++) {
      tmc_element *v = &ir->elements[g->arcs[a].to];
      if (v->facts.entry_hops == TMC_NONE) {
        v->facts.entry_hops = du + 1;
        queue[tail++] = g->arcs[a].to;
      }
    }
  }
  for (uint32_t i = 0; i < ir->n_flows; i++) {
    tmc_flow *f = &ir->flows[i];
    const tmc_element *s = &ir->elements[f->src], *t = &ir->elements[f->dst];
    /* The attacker uses a flow from the end where it already is. */
    uint32_t h = TMC_NONE;
    if (s->facts.entry_hops != TMC_NONE &&
        (s->facts.entry_hops == 0 || g->transit[f->src]))
      h = s->facts.entry_hops;
    if (tmc_agraph_reversible(ir, f) && t->facts.entry_hops < h &&
        (t->facts.entry_hops == 0 || g->transit[f->dst]))
      h = t->facts.entry_hops;
    f->facts.entry_hops = h;
    /* Exposed: a flow arrives from lower trust, or straight from an entry
     * point (which is the lowest trust there is, boundaries drawn or not). */
    if (f->src == f->dst)
      continue;
    if ((f->facts.crosses && f->facts.src_trust < f->facts.dst_trust) ||
        s->facts.is_entry)
      ir->elements[f->dst].facts.exposed = true;
    if (f->bidirectional &&
        ((f->facts.crosses && f->facts.dst_trust < f->facts.src_trust) ||
         t->facts.is_entry))
      ir->elements[f->src].facts.exposed = true;
  }
  free(queue);
  if (mg == &own)
    tmc_agraph_free(&own);
  return 0;
}
