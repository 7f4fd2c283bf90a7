/* ir.h - tmc's intermediate representation: one analysed diagram.
 *
 * Front ends fill pages, elements, flows and boundaries (with raw properties
 * and source locations); passes derive kinds, vocabulary, facts, findings and
 * attack paths; back ends only read. Everything refers to everything else by
 * index (uint32_t, TMC_NONE for "none"), never by pointer, because the arrays
 * move when they grow.
 *
 * Ownership: the tmc_ir owns all of it. Strings live in ir->arena; arrays are
 * grown with tmc_grow and freed by tmc_ir_free. Strings of a finding that come
 * from a catalog rule point into the catalog, which the driver keeps alive
 * until the back ends are done. */
#ifndef TMC_IR_H
#define TMC_IR_H

#include "ir/diag.h"
#include "ir/util.h"

#define TMC_NONE UINT32_MAX

/* ---- element kinds -------------------------------------------------------- */

/* Adding a kind: add it here and to the table in ir.c (name, DFD class,
 * description); switches over tmc_kind have no default, so the compiler
 * names every place that must learn about it. */
typedef enum tmc_kind {
  TMC_KIND_EXTERNAL,       /* external entity / interactor */
  TMC_KIND_PROCESS,        /* process, service, application */
  TMC_KIND_DATA_STORE,     /* database, bucket, file share, queue */
  TMC_KIND_MODEL,          /* a trained ML model (served or embedded) */
  TMC_KIND_LLM,            /* a large language model */
  TMC_KIND_VECTOR_STORE,   /* embedding / vector database */
  TMC_KIND_DATASET,        /* training or evaluation data */
  TMC_KIND_PIPELINE,       /* training / ingestion / ML pipeline */
  TMC_KIND_MODEL_REGISTRY, /* model registry, artifact store for models */
  TMC_KIND_FEATURE_STORE,  /* feature store */
  TMC_KIND_AGENT_TOOL,     /* a tool or plugin an LLM agent can call */
  TMC_KIND_COUNT
} tmc_kind;

/* The classic DFD class of a kind, for the STRIDE-per-element chart. */
typedef enum tmc_dfd {
  TMC_DFD_ENTITY,
  TMC_DFD_PROCESS,
  TMC_DFD_STORE,
} tmc_dfd;

const char *tmc_kind_name(tmc_kind k);        /* "vector_store" */
const char *tmc_kind_title(tmc_kind k);       /* "Vector store" */
const char *tmc_kind_description(tmc_kind k); /* one line, for --list-kinds */
/* The kind table (ir/ir.c, the one place a kind is described), visible so
 * the two questions every pass asks of every element are inline (perf20:
 * a call each was 27 M instructions of a 10k run). */
typedef struct tmc_kind_info {
  const char *name, *title; /* tmc_kind_name, tmc_kind_title */
  tmc_dfd dfd;              /* its DFD class */
  bool ai;                  /* an AI component */
  const char *description;  /* one line, for --list-kinds */
} tmc_kind_info;
extern const tmc_kind_info tmc_kind_infos[TMC_KIND_COUNT];
static inline tmc_dfd tmc_kind_dfd(tmc_kind k) {
  return k < TMC_KIND_COUNT ? tmc_kind_infos[k].dfd : TMC_DFD_PROCESS;
}
static inline bool tmc_kind_is_ai(tmc_kind k) {
  return k < TMC_KIND_COUNT && tmc_kind_infos[k].ai;
}
/* Parses a kind name, accepting common aliases ("datastore", "external_entity",
 * "actor"); returns false when unknown. */
bool tmc_kind_parse(const char *s, tmc_kind *out);
/* The i-th other name tmc_kind_parse accepts ("database"), NULL past the
 * last: for did-you-mean over everything an author may write. */
const char *tmc_kind_alias(size_t i);

/* ---- sets of kinds, roles and technologies --------------------------------- */

/* A set of element kinds, one bit per tmc_kind (the facts inputs_from,
 * upstream, ..., a rule's applies_to). Kinds only: what else an element is
 * goes into its own set type below, never into spare kind bits. */
typedef uint32_t tmc_kindset;
_Static_assert(TMC_KIND_COUNT <= 32, "tmc_kindset holds one bit per kind");
#define TMC_KINDSET(k) ((tmc_kindset)1u << (k)) /* the set holding kind k */
#define TMC_KINDSET_HAS(s, k) (((s)&TMC_KINDSET(k)) != 0)

/* Roles an element plays whatever its kind, inferred by the roles pass from
 * the graph, from role words of its label (catalogs/words.yaml) or from a
 * written role=, each with its source and evidence like a kind. Rules read
 * them (`role has agent`), and they travel along flows the way kinds do (the
 * facts pass closes role sets over the graph as it closes kind sets). One
 * definition list: X(NAME, "name", "what it means") */
#define TMC_ROLES(X)                                                                     \
  X(THIRD_PARTY, "third_party", "content or code from outside (source=third_party)")     \
  X(PROMPT_ASSEMBLER, "prompt_assembler", "puts what it receives into an LLM's prompt")  \
  X(AGENT, "agent", "lets a model choose tool calls and dispatches them")                \
  X(TOOL_EXECUTOR, "tool_executor",                                                      \
    "runs what an agent asks: tool, tool server, plugin, sandbox, browser")              \
  X(RETRIEVER, "retriever", "reads a knowledge base or vector store for prompts")        \
  X(INGESTION, "ingestion", "writes documents or embeddings into a knowledge base")      \
  X(TRAINER, "trainer", "turns data into a model or checkpoint (aggregators too)")       \
  X(SERVING_ENDPOINT, "serving_endpoint", "answers clients' inference requests")         \
  X(ARTIFACT_SOURCE, "artifact_source",                                                  \
    "supplies packages, models, datasets, plugins or images from outside")               \
  X(CREDENTIAL_HOLDER, "credential_holder", "holds secrets: vault, key store, env")      \
  X(OUTPUT_SINK, "output_sink",                                                          \
    "interprets or renders what it gets: SQL, shell, IDE, browser, mail, tickets")

typedef enum tmc_role {
#define TMC_ROLE_ENUM(name, text, what) TMC_ROLE_##name,
  TMC_ROLES(TMC_ROLE_ENUM)
#undef TMC_ROLE_ENUM
      TMC_ROLE_COUNT
} tmc_role;
typedef uint32_t tmc_roleset; /* one bit per tmc_role */
_Static_assert(TMC_ROLE_COUNT <= 32, "tmc_roleset holds one bit per role");
#define TMC_ROLESET(r) ((tmc_roleset)1u << (r))
#define TMC_ROLESET_HAS(s, r) (((s)&TMC_ROLESET(r)) != 0)
const char *tmc_role_name(tmc_role r);        /* "prompt_assembler" */
const char *tmc_role_description(tmc_role r); /* one line */
bool tmc_role_parse(const char *s, tmc_role *out);

/* The kind hierarchy: an llm is a model, a vector store is a data store.
 * tmc_kind_parent is the kind k specialises (k itself at the top);
 * tmc_kind_is says whether k is `of` or a kind below it; tmc_kindset_down is
 * the set of `of` and every kind below it. */
tmc_kind tmc_kind_parent(tmc_kind k);
bool tmc_kind_is(tmc_kind k, tmc_kind of);
tmc_kindset tmc_kindset_down(tmc_kind of);

/* Technologies an element is built on (issue #14 item 4): what it runs as,
 * whatever its kind, for rules that key classic threats to the product (a
 * load balancer, a secrets vault). One definition list; the names are what
 * the catalogs (shapes: stencils tech, words: technologies) and tech= write.
 * X(NAME, "name", "Title") */
#define TMC_TECHS(X)                                                                     \
  X(NONE, "", "")                                                                        \
  X(WEB_APPLICATION, "web_application", "Web application")                               \
  X(BROWSER, "browser", "Browser")                                                       \
  X(MOBILE_APP, "mobile_app", "Mobile app")                                              \
  X(API_GATEWAY, "api_gateway", "API gateway")                                           \
  X(LOAD_BALANCER, "load_balancer", "Load balancer")                                     \
  X(SERVERLESS_FUNCTION, "serverless_function", "Serverless function")                   \
  X(CONTAINER, "container", "Container")                                                 \
  X(KUBERNETES, "kubernetes", "Kubernetes")                                              \
  X(VM, "vm", "Virtual machine")                                                         \
  X(SQL_DATABASE, "sql_database", "SQL database")                                        \
  X(NOSQL_DATABASE, "nosql_database", "NoSQL database")                                  \
  X(DATA_WAREHOUSE, "data_warehouse", "Data warehouse")                                  \
  X(OBJECT_STORAGE, "object_storage", "Object storage")                                  \
  X(FILE_SHARE, "file_share", "File share")                                              \
  X(QUEUE, "queue", "Queue")                                                             \
  X(STREAM, "stream", "Stream")                                                          \
  X(CACHE, "cache", "Cache")                                                             \
  X(SEARCH, "search", "Search index")                                                    \
  X(SECRETS_VAULT, "secrets_vault", "Secrets vault")                                     \
  X(IDENTITY_PROVIDER, "identity_provider", "Identity provider")                         \
  X(CI_CD, "ci_cd", "CI/CD")                                                             \
  X(LOGGING, "logging", "Logging / SIEM")                                                \
  X(MONITORING, "monitoring", "Monitoring")                                              \
  X(CDN, "cdn", "CDN")                                                                   \
  X(DNS, "dns", "DNS")                                                                   \
  X(FIREWALL, "firewall", "Firewall")                                                    \
  X(WAF, "waf", "Web application firewall")                                              \
  X(VPN, "vpn", "VPN")                                                                   \
  X(INTERNET, "internet", "Internet")                                                    \
  X(EMAIL, "email", "Email")                                                             \
  X(IOT_DEVICE, "iot_device", "IoT device")                                              \
  X(DEVICE, "device", "Device")                                                          \
  X(USER, "user", "Person")                                                              \
  X(ETL, "etl", "ETL / data processing")                                                 \
  X(NOTEBOOK, "notebook", "Notebook")                                                    \
  X(BI, "bi", "BI / dashboards")                                                         \
  X(ML_PLATFORM, "ml_platform", "ML platform")                                           \
  X(LLM_API, "llm_api", "LLM API")                                                       \
  X(THIRD_PARTY_SAAS, "third_party_saas", "Third-party SaaS")                            \
  X(WORKSPACE_SUITE, "workspace_suite", "Mail, drives or chat of a SaaS suite")          \
  X(TELEMETRY, "telemetry", "Telemetry / metrics / event ingest")

typedef enum tmc_tech {
#define TMC_TECH_ENUM(name, text, title) TMC_TECH_##name,
  TMC_TECHS(TMC_TECH_ENUM)
#undef TMC_TECH_ENUM
      TMC_TECH_COUNT
} tmc_tech;
typedef uint64_t tmc_techset; /* one bit per tmc_tech */
#define TMC_TECHSET(t) ((tmc_techset)1u << (t))
#define TMC_TECHSET_HAS(s, t) (((s)&TMC_TECHSET(t)) != 0)
const char *tmc_tech_name(tmc_tech t);  /* "sql_database"; "" for NONE */
const char *tmc_tech_title(tmc_tech t); /* "SQL database" */
/* Parses a technology name (any case, '-' or ' ' for '_'); false when unknown. */
bool tmc_tech_parse(const char *s, tmc_tech *out);
_Static_assert(TMC_TECH_COUNT <= 64, "tmc_techset holds one bit per technology");

/* ---- business impact ------------------------------------------------------ */

/* What harm to the business a threat to an asset carries (PASTA's
 * risk-centric view, issue #20): written impact= on an asset, else inferred
 * by the impact pass from its data and kind. One definition list:
 * X(NAME, "name", "words a product owner reads") */
#define TMC_IMPACTS(X)                                                                   \
  X(REPUTATION, "reputation", "reputation")                                              \
  X(IP_LOSS, "ip_loss", "IP loss")                                                       \
  X(REGULATORY, "regulatory", "regulatory exposure")                                     \
  X(PRIVACY, "privacy", "privacy harm")                                                  \
  X(FINANCIAL, "financial", "financial loss")                                            \
  X(SAFETY, "safety", "safety")                                                          \
  X(AVAILABILITY, "availability", "loss of service")

typedef enum tmc_impact {
#define TMC_IMPACT_ENUM(name, text, words) TMC_IMPACT_##name,
  TMC_IMPACTS(TMC_IMPACT_ENUM)
#undef TMC_IMPACT_ENUM
      TMC_IMPACT_COUNT
} tmc_impact;
typedef unsigned tmc_impactset; /* one bit per tmc_impact */
#define TMC_IMPACTSET(i) ((tmc_impactset)1u << (i))
const char *tmc_impact_name(tmc_impact i);  /* "ip_loss" */
const char *tmc_impact_words(tmc_impact i); /* "IP loss" */
bool tmc_impact_parse(const char *s, tmc_impact *out);

/* ---- where an inferred value came from ----------------------------------- */

/* The one definition list of inference sources: every value a pass infers
 * (an element's kind, ...) records which of these decided it, plus the
 * evidence text (the word, the shape, the icon), so reports can say why and
 * tests can assert how. X(NAME, "name") */
#define TMC_SOURCES(X)                                                                   \
  X(NONE, "none")             /* not inferred yet */                                     \
  X(ATTRIBUTE, "attribute")   /* the author wrote it: type=model (evidence: value) */    \
  X(HEAD_NOUN, "head_noun")   /* the label's head noun: 'gateway' */                     \
  X(LABEL_WORD, "label_word") /* a word of the label or id: 'ledger' */                  \
  X(ID_PREFIX, "id_prefix")   /* an id prefix other tools write: 'actor_' */             \
  X(SHAPE, "shape")           /* a DOT shape: 'cylinder' */                              \
  X(STYLE, "style")           /* a draw.io style shape: 'partialRectangle' */            \
  X(ICON, "icon")             /* a draw.io icon: 'mxgraph.aws4.s3' */                    \
  X(CONVENTION, "convention") /* a drawing convention (evidence: its description) */     \
  X(LABEL, "label")           /* the element's own label (names) */                      \
  X(TEXT_CELL, "text_cell")   /* a text cell inside, under or beside it (names) */       \
  X(KIND, "kind")             /* follows from the element's kind: 'data_store' */        \
  X(ZONE, "zone")             /* where it is drawn: 'outside every boundary' */          \
  X(FLOWS, "flows")           /* its drawn flows: 'only receives from the system' */     \
  X(DATA, "data")             /* the data it holds: 'pii' (impact) */                    \
  X(DEFAULT, "default")       /* nothing told: the default */

typedef enum tmc_source {
#define TMC_SOURCE_ENUM(name, text) TMC_SOURCE_##name,
  TMC_SOURCES(TMC_SOURCE_ENUM)
#undef TMC_SOURCE_ENUM
      TMC_SOURCE_COUNT
} tmc_source;
const char *tmc_source_name(tmc_source s); /* "label_word" */

/* One inferred verdict's provenance: which source decided it and the
 * evidence (the word, the value written, the kind, the zone); evidence is an
 * arena or catalog string, NULL when the source is NONE or DEFAULT. */
typedef struct tmc_why {
  tmc_source source;
  const char *evidence;
} tmc_why;

/* ---- small value types ---------------------------------------------------- */

typedef enum tmc_tri {
  TMC_TRI_UNKNOWN = -1,
  TMC_TRI_NO = 0,
  TMC_TRI_YES = 1,
} tmc_tri;

typedef enum tmc_sensitivity {
  TMC_SENS_UNSET,
  TMC_SENS_PUBLIC,
  TMC_SENS_INTERNAL,
  TMC_SENS_CONFIDENTIAL,
  TMC_SENS_SECRET,
} tmc_sensitivity;
const char *tmc_sensitivity_name(tmc_sensitivity s); /* "" for unset */
bool tmc_sensitivity_parse(const char *s, tmc_sensitivity *out);

typedef struct tmc_strlist {
  const char **v; /* arena strings */
  uint32_t n, cap;
} tmc_strlist;
void tmc_strlist_add(tmc_strlist *l, const char *s);       /* s must outlive the list */
bool tmc_strlist_has(const tmc_strlist *l, const char *s); /* case-insensitive */
void tmc_strlist_free(tmc_strlist *l);

/* What the vocab pass resolved one name of a data= or controls= list to, so
 * no later pass looks aliases up again. The list keeps the author's spelling
 * for reports; this holds the canonical meaning. */
typedef struct tmc_canon {
  const char *id;              /* the catalog's canonical id ("pii" for
                                  "personal_data"); NULL when it knows none */
  tmc_sensitivity sensitivity; /* data classes: what the class implies */
  bool logs;                   /* data classes: a store holding it holds logs */
  tmc_impactset impact;        /* data classes: the business impact it implies */
} tmc_canon;
/* The canonical id of l->v[i] given l's resolutions r (which may be NULL: an
 * IR built by hand): the id when the catalog knew the name, else the name as
 * written. */
const char *tmc_canon_id(const tmc_canon *r, const tmc_strlist *l, uint32_t i);
/* Does l name id (a canonical id), directly or through an alias? */
bool tmc_canon_has(const tmc_canon *r, const tmc_strlist *l, const char *id);

typedef struct tmc_prop {
  const char *key, *value;     /* arena strings */
  uint32_t line;               /* where it is written, when the front end knows
                                  (tmc_props_place); 0 = at its owner's loc */
  uint32_t key_col, value_col; /* 1-based byte columns; 0 = unknown */
  /* The key's case-folded hash (tmc_props_set sets it): a lookup compares it
   * before the key's text, which sits elsewhere in the arena (perf19: at
   * 100k elements each key read was a cache miss). Whoever copies a prop
   * copies it too. */
  uint32_t key_tag;
} tmc_prop;

typedef struct tmc_props {
  tmc_prop *v;
  uint32_t n, cap;
} tmc_props;

typedef struct tmc_point {
  double x, y;
} tmc_point;

typedef struct tmc_rect {
  double x, y, w, h; /* absolute page coordinates, y down */
} tmc_rect;

/* ---- the diagram ---------------------------------------------------------- */

/* The drawing convention a page follows (classify pass): in a DFD a plain
 * rectangle is an external entity, in an architecture picture a component. */
typedef enum tmc_convention {
  TMC_CONVENTION_UNKNOWN,      /* not classified yet */
  TMC_CONVENTION_DFD,          /* ellipses, open rectangles, few icons */
  TMC_CONVENTION_ARCHITECTURE, /* icons, rounded cards, containers; or no DFD shape */
} tmc_convention;
const char *tmc_convention_name(tmc_convention c); /* "dfd", "architecture" */

typedef struct tmc_page {
  const char *name; /* page name ("Page-1"); DOT: the graph name */
  const char *id;   /* draw.io diagram id, or NULL */
  tmc_loc loc;
  tmc_convention convention;     /* classify pass */
  const char *convention_reason; /* what it counted, or NULL */
  bool rect_component;           /* a plain rectangle here is a component */
  bool rect_by_default;          /* kinds18: ... only because a DOT node default
                                    drew the rectangles (node [shape=box]) */
} tmc_page;

typedef enum tmc_boundary_form {
  TMC_BOUNDARY_CLUSTER,   /* DOT cluster subgraph: members by declaration */
  TMC_BOUNDARY_CONTAINER, /* draw.io container/group/swimlane: members by parent */
  TMC_BOUNDARY_BOX,       /* draw.io rectangle, not a container: members by geometry */
  TMC_BOUNDARY_LINE,      /* draw.io line/curve: flows crossing it cross the boundary */
} tmc_boundary_form;
const char *tmc_boundary_form_name(tmc_boundary_form f);

typedef struct tmc_boundary {
  const char *id;    /* cluster name / cell id */
  const char *label; /* plain text */
  uint32_t page;
  uint32_t parent; /* enclosing boundary, TMC_NONE at top level */
  uint32_t depth;  /* 0 for top level */
  int trust;       /* 0 (untrusted) .. 4 (restricted); -1 before inference */
  const char *trust_reason;
  tmc_boundary_form form;
  const char *why; /* why this shape counts as a boundary */
  /* Trust zone or visual grouping (zones pass): a grouping (a layer, a
   * column, a lane named by function) fences no trust, so flows crossing it
   * cross nothing and it has its enclosing zone's trust. The source says
   * what decided (attribute, label word, style, default) and the evidence
   * which word or style. */
  bool grouping;
  tmc_source zone_source;
  const char *zone_evidence;
  /* The drawing alone does not make this a boundary (a line, or an empty
   * container, with no boundary style): the zones pass keeps it only when
   * its label names a zone. */
  bool tentative;
  bool device_frame; /* fe23: a phone, tablet or browser frame drawn around an app:
                        where the app runs, not the system's own fence (reach) */
  tmc_loc loc;
  const char *cell;  /* draw.io cell id, NULL for DOT */
  const char *style; /* the draw.io style as written (a group stencil), or NULL */
  tmc_props props;
  bool has_geom;
  tmc_rect geom;
  tmc_point *pts; /* TMC_BOUNDARY_LINE: the polyline, in arena */
  uint32_t n_pts;
  bool context; /* from the --context diagram */
  /* cards16: a labelled frame around one shape and its caption (draw.io):
   * the zones pass folds it into that shape, one element with the frame's
   * id and label, unless its label or stencil says a zone or a grouping. */
  bool card;
  /* The classify pass: the zone's name says it is someone else's (an outside
   * party's, the internet), read once per zone instead of once per box. */
  bool foreign;
  /* kinds20a (K1): a zone named someone else's that draws their system open
   * (a store inside and a part of the zone using it: "Protel Air (PMS,
   * vendor-hosted)" around the PMS and its database): its parts keep the
   * kinds their shapes and words give, as the system's own do. */
  bool open;
} tmc_boundary;

/* Which facts struct a STORED row of ir/facts.def puts a field into. */
#define TMC_FACT_FIELD_E_E(ctype, type, name) ctype name TMC_FACT_WIDTH_##type;
#define TMC_FACT_FIELD_E_FL(ctype, type, name)
#define TMC_FACT_FIELD_E_EF(ctype, type, name) ctype name TMC_FACT_WIDTH_##type;
#define TMC_FACT_FIELD_FL_E(ctype, type, name)
#define TMC_FACT_FIELD_FL_FL(ctype, type, name) ctype name TMC_FACT_WIDTH_##type;
#define TMC_FACT_FIELD_FL_EF(ctype, type, name) ctype name TMC_FACT_WIDTH_##type;
/* A yes/no fact is one bit (perf17): the element's 120-odd facts in 16 bytes
 * instead of 120, so the passes that walk every element and its neighbours
 * (facts, rules) read a third fewer cache lines of each. Read and write them
 * as any bool; only their address cannot be taken. The other types keep
 * their C type's width. */
#define TMC_FACT_WIDTH_BOOL : 1
#define TMC_FACT_WIDTH_NUM
#define TMC_FACT_WIDTH_SENS
#define TMC_FACT_WIDTH_KINDS
#define TMC_FACT_WIDTH_ROLES
#define TMC_FACT_WIDTH_TECHS

/* Facts the analysis derives about an element, read by rule conditions: a
 * few written by hand here, the rest one field per STORED row of
 * ir/facts.def whose targets include elements. */
typedef struct tmc_element_facts {
  bool is_entry; /* an attacker can start here (fact 'entry') */
  bool is_asset; /* worth protecting (fact 'asset') */
  /* What an asset holds, as written (sensitivity=, data=) or read from its
   * words (reach pass); UNSET: unknown, which counts as medium impact. */
  tmc_sensitivity held_sensitivity;
  uint32_t entry_hops;   /* hops from the nearest entry point; TMC_NONE = unreachable */
  uint32_t taint_origin; /* the nearest origin whose content reaches it (ties: lowest id),
                            or TMC_NONE */
  bool origin; /* outside content starts here: trust-0 entity, third party, entry=yes */
#define FACT(...)
#define STORED(name, ctype, type, targets, yes, no)                                      \
  TMC_FACT_FIELD_E_##targets(ctype, type, name)
#include "ir/facts.def"
#undef STORED
#undef FACT
  /* how reach decided is_entry, is_asset and held_sensitivity (read by the
   * back ends only: after the facts the passes read) */
  tmc_why entry_why, asset_why, sensitivity_why;
} tmc_element_facts;

/* Which vocabulary an element's shape word is in: which table of
 * catalogs/shapes.yaml the classify pass looks it up in. */
typedef enum tmc_notation {
  TMC_NOTATION_NONE,   /* no shape recorded (an IR built by hand) */
  TMC_NOTATION_DOT,    /* a Graphviz shape= (shapes: dot) */
  TMC_NOTATION_DRAWIO, /* a draw.io style shape (shapes: drawio, icons) */
} tmc_notation;

/* What else a front end saw of how an element is drawn (tmc_element.look). */
enum {
  TMC_LOOK_ROUNDED = 1 << 0,    /* draw.io rounded=1 */
  TMC_LOOK_IMAGE = 1 << 1,      /* DOT image= (pytm draws stores as an image) */
  TMC_LOOK_OPEN_TABLE = 1 << 2, /* DOT HTML label: a table open at the sides (sides=TB) */
  TMC_LOOK_ENCLOSES = 1 << 3,   /* draw.io: a labelled rectangle wholly around other
                                   shapes, a zone if its label names one (zones pass) */
  TMC_LOOK_DEFAULT_SHAPE = 1 << 4, /* DOT: no shape written, Graphviz's default ellipse */
  TMC_LOOK_GRAPH_SHAPE = 1 << 5,   /* DOT: the shape the graph's node default gives
                                      (node [shape=box]): the diagram's ordinary shape */
  TMC_LOOK_MISSED_DEFAULT = 1 << 6, /* DOT: the default ellipse on a graph that sets a
                                       node shape default: an edge made the node before
                                       node [shape=...] (kinds22) */
  TMC_LOOK_LIGHT_STORE = 1 << 7,    /* classify: drawn as a store whose stencil row weighs
                                       no more than a card (a UML entity lifeline, an
                                       ArchiMate data object): it says "data" only where
                                       no word says what else */
  TMC_LOOK_DEVICE_FRAME = 1 << 8,   /* draw.io: a phone, tablet or browser frame drawn
                                       behind shapes, with no arrows (fe23) */
  TMC_LOOK_DASHED = 1 << 9,         /* draw.io dashed=1 on a shape (not a container),
                                       DOT style=dashed or dotted on a node: drawn
                                       apart from the system's parts (g31d, b34a) */
  TMC_LOOK_UNMARKED = 1 << 10,      /* draw.io: a built-in shape that marks no kind: a
                                       mind map's or tree's node in its template's
                                       ellipse, pill or underline (treeFolding=1), or a
                                       partialRectangle drawn with one side or none, an
                                       underlined text (b35a) */
};

typedef struct tmc_element {
  /* What the passes after classify read of every element and of its
   * neighbours, on every walk over the graph (facts, rules, paths), kept
   * together first: 192 bytes, three cache lines of an element array
   * tmc_ir_add_element keeps line-aligned (perf19; the size is a multiple
   * of 64). At 100k elements the array is larger than the cache, so each
   * walk costs what it touches. */
  _Alignas(TMC_LINE) tmc_kind kind;
  uint32_t boundary; /* innermost enclosing boundary, TMC_NONE outside all */
  tmc_roleset roles; /* the roles it plays (roles pass) */
  /* What it is built on (classify pass; tech= wins), with source and
   * evidence like the kind (source NONE and TMC_TECH_NONE when unknown). */
  tmc_tech tech;
  bool third_party; /* source=third_party (vocabulary) */
  tmc_element_facts facts;
  /* The rest: what a pass reads of an element once (its label, its words,
   * its drawing) or only the back ends do. */
  const char *id;    /* DOT node name / draw.io cell id; unique per page */
  const char *qname; /* "Page/id" where the id repeats across pages, else id */
  const char *label; /* plain text, never NULL */
  /* The label's name line, where the label has more lines than it: the
   * first non-empty line ("Twilio" of "Twilio\n(inbound calls)"), record
   * field ("{GitLab 16.11 CE|MRs · pipelines}"), HTML row or leading bold
   * run ("<b>wren</b><br>Node.js"), as plain text; NULL when the label is
   * one line or its reader knows no lines. The classify pass reads the head
   * noun there first; the detail lines after it are weaker evidence. The
   * label stays the full text for everything else. */
  const char *name_line;
  const char *detail_lines; /* the lines after the name line, '\n' between them
                               (NULL with it) */
  /* The name reports show (tmc_element_name): NULL while the label is it;
   * set when nothing was there to read ("unnamed netbook (22)"). How the
   * name was found: its own label, a text cell (the label then holds that
   * text), a written attribute (C4's c4Name) or a default; the evidence
   * names the cell, attribute or icon. */
  const char *name;
  tmc_source name_source;
  const char *name_evidence;
  uint32_t page;
  /* (kind itself is first, with the fields the analysis reads most) */
  tmc_source kind_source;    /* what decided the kind (classify pass) */
  const char *kind_evidence; /* the word, shape, icon or value; NULL for a default */
  /* What the drawing alone suggested, kept when a label word refined it
   * (source NONE when the drawing says nothing). */
  tmc_source shape_source;
  tmc_kind shape_kind;
  const char *shape_evidence;
  /* What the front end saw of the drawing; the classify pass decides. */
  const char *shape;     /* DOT shape / draw.io style shape word, or NULL */
  tmc_notation notation; /* the vocabulary shape is in */
  bool blank;            /* drawn with no text: a DOT label="" (its label here is its
                            id), a draw.io cell with no value */
  const char *icon;      /* draw.io resIcon/prIcon style value, or NULL; DOT: the
                            infrastructure-as-code resource type a node's address
                            names (terraform graph: aws_s3_bucket) */
  /* draw.io: the style of the one unlabelled library icon drawn inside it (a
   * card's icon placeholder), or NULL; the classify pass reads a data icon
   * there as the card's kind. */
  const char *inner_icon;
  unsigned look;          /* TMC_LOOK_* bits */
  const char *style;      /* the draw.io style as written, or NULL */
  tmc_source tech_source; /* how tech was decided (tech itself is first) */
  const char *tech_evidence;
  tmc_loc loc;
  const char *cell; /* draw.io cell id, NULL for DOT */
  tmc_props props;  /* every attribute the author set, raw */
  bool has_geom;
  tmc_rect geom;
  /* The vocabulary, parsed from props by the vocab pass. */
  tmc_strlist data;      /* data classes held/handled, as written */
  tmc_canon *data_canon; /* one per data.v[i] (arena), or NULL */
  tmc_sensitivity sensitivity;
  tmc_sensitivity clearance; /* clearance=: the most sensitive data it may hold */
  tmc_strlist controls;      /* declared control names, as written */
  tmc_canon *controls_canon; /* one per controls.v[i] (arena), or NULL */
  /* Decorations drawn on it (decorations pass): "step 3", "padlock
   * (mxgraph.aws4.encrypted_data)". Evidence for a reader, never a claim. */
  tmc_strlist annotations;
  /* Business impact (impact pass): impact= as written, else inferred for an
   * asset from its data and kind; owner= as written, else inferred from its
   * kind (mlops, data, product); each with source and evidence (source NONE
   * and 0 / NULL when there is none). */
  tmc_impactset impact;
  tmc_why impact_why;
  const char *owner;
  tmc_why owner_why;
  bool context;      /* from the --context diagram (the shared platform's): its
                        findings belong to the platform's own report */
  tmc_why *role_why; /* per role: source and evidence (arena,
                        TMC_ROLE_COUNT long), NULL while it plays none */
} tmc_element;

/* Facts about a flow: a few by hand, the rest one field per STORED row of
 * ir/facts.def whose targets include flows. */
typedef struct tmc_flow_facts {
  uint32_t entry_hops;   /* hops from the nearest entry point to the source */
  uint32_t taint_origin; /* the origin of the outside content it carries, or TMC_NONE */
  bool query;            /* a request into a store that writes nothing (label says so) */
#define FACT(...)
#define STORED(name, ctype, type, targets, yes, no)                                      \
  TMC_FACT_FIELD_FL_##targets(ctype, type, name)
#include "ir/facts.def"
#undef STORED
#undef FACT
} tmc_flow_facts;

/* How the author's tool routes an edge (draw.io's edgeStyle). */
typedef enum tmc_route {
  TMC_ROUTE_STRAIGHT,   /* straight segments through the waypoints (the default) */
  TMC_ROUTE_ORTHOGONAL, /* orthogonalEdgeStyle: right angles through the waypoints */
  TMC_ROUTE_ELBOW_H,    /* elbowEdgeStyle: horizontal, vertical, horizontal */
  TMC_ROUTE_ELBOW_V,    /* elbowEdgeStyle with elbow=vertical */
} tmc_route;

typedef struct tmc_flow {
  /* What the walks over every flow read (facts, rules, paths), first: one
   * cache line of a flow array tmc_ir_add_flow keeps line-aligned (perf19;
   * the size is a multiple of 64), the label and data words the next. */
  _Alignas(TMC_LINE) uint32_t src; /* element indices */
  uint32_t dst;
  tmc_tri encrypted;
  tmc_tri authenticated;
  tmc_sensitivity sensitivity;
  tmc_sensitivity clearance; /* clearance=: the most sensitive data it may carry */
  bool bidirectional;
  bool plain_line; /* drawn with no arrowhead at either end (draw.io, DOT) */
  tmc_flow_facts facts;
  const char *label;     /* plain text, never NULL */
  const char *protocol;  /* lower case, or NULL */
  tmc_strlist data;      /* as written */
  tmc_canon *data_canon; /* one per data.v[i] (arena), or NULL */
  /* Boundaries crossed, outermost first: exited on the source side, entered
   * on the target side, and boundary lines the segment cuts. */
  uint32_t *crossed; /* arena */
  uint32_t n_crossed;
  uint32_t page;
  const char *id;  /* "a -> b" for DOT; cell id for draw.io */
  const char *key; /* the author's own name for it (DOT key=), or NULL */
  tmc_loc loc;
  const char *cell; /* draw.io cell id */
  tmc_props props;
  /* Vocabulary (the rest of it is above). */
  const char *encrypted_reason;
  tmc_strlist controls;      /* as written */
  tmc_canon *controls_canon; /* one per controls.v[i] (arena), or NULL */
  tmc_strlist annotations;   /* decorations drawn on its line, as for elements */
  tmc_point *pts;            /* draw.io waypoints, absolute, in arena, from src to dst */
  uint32_t n_pts;
  tmc_route route; /* how draw.io routes it (edgeStyle): the picture keeps it */
  bool context;    /* drawn by the --context diagram, between two of its elements */
  /* draw.io connection points (exitX/exitY, entryX/entryY): where the line
   * leaves src and meets dst, as fractions of the element's box. */
  bool has_src_port, has_dst_port;
  /* draw.io label position, as the author placed it: label_at is the edge
   * geometry's x (-1 at the source end .. 1 at the target end, 0 the middle),
   * label_normal its y (px, perpendicular to the line, positive to the right
   * of the direction of travel), label_off the offset point (px). */
  bool has_label_pos;
  tmc_point src_port, dst_port;
  double label_at, label_normal;
  tmc_point label_off;
} tmc_flow;

/* ---- findings ------------------------------------------------------------- */

enum {
  TMC_STRIDE_S = 1 << 0,
  TMC_STRIDE_T = 1 << 1,
  TMC_STRIDE_R = 1 << 2,
  TMC_STRIDE_I = 1 << 3,
  TMC_STRIDE_D = 1 << 4,
  TMC_STRIDE_E = 1 << 5,
};
/* "Spoofing", "Tampering", ... for a single bit; letters for a mask ("STRIDE"). */
const char *tmc_stride_name(unsigned bit);
const char *tmc_stride_letter(unsigned bit);

typedef enum tmc_severity {
  TMC_SEV_NONE,
  TMC_SEV_LOW,
  TMC_SEV_MEDIUM,
  TMC_SEV_HIGH,
  TMC_SEV_CRITICAL,
} tmc_severity;
const char *tmc_severity_name(tmc_severity s);
bool tmc_severity_parse(const char *s, tmc_severity *out);

typedef enum tmc_status {
  TMC_STATUS_OPEN,
  TMC_STATUS_MITIGATED,
  TMC_STATUS_ACCEPTED,
} tmc_status;
const char *tmc_status_name(tmc_status s);

typedef enum tmc_target {
  TMC_TARGET_ELEMENT,
  TMC_TARGET_FLOW,
  TMC_TARGET_PATH,
} tmc_target;

typedef enum tmc_baseline_state {
  TMC_BASELINE_NONE,      /* no baseline given */
  TMC_BASELINE_NEW,       /* not in the baseline */
  TMC_BASELINE_UNCHANGED, /* in the baseline too */
} tmc_baseline_state;

/* A finding of the baseline that this run no longer produces. */
typedef struct tmc_gone {
  const char *rule_id, *fingerprint;
  const char *where;   /* the target's fully-qualified id, as the baseline said */
  const char *message; /* the baseline's message */
} tmc_gone;

/* The most open findings one element or flow carries (issue #15: a reviewer
 * signs a target off in one sitting): above it, the calibrate pass groups
 * related threats into one finding (passes/risk.c, docs/risk.md). */
enum { TMC_FINDINGS_PER_TARGET = 8 };

typedef struct tmc_finding {
  const char *rule_id;
  const char *title;
  const char *description; /* may point into the catalog */
  const char *remediation;
  tmc_target target_kind;
  uint32_t target; /* element, flow or path index */
  unsigned stride; /* TMC_STRIDE_* mask */
  tmc_strlist atlas, owasp, cwe,
      capec;               /* ids: "AML.T0051.001", "LLM01:2025", "CWE-306", "CAPEC-94" */
  tmc_strlist mitigations; /* control names that close it */
  int likelihood, impact;  /* 1..5 */
  int score;               /* likelihood x impact after adjustments, 1..25 */
  tmc_severity severity;
  tmc_status status;
  const char *status_by; /* the control that mitigates, or the acceptance justification */
  uint32_t by_author;    /* the author's threat.N on its target that mitigates it
                            (passes/authors.c), or 0 */
  const char *evidence;  /* the facts that made the rule fire, in words */
  const char
      *risk_reason; /* how the risk pass adjusted likelihood and impact, in words */
  const void *rule; /* the catalog rule (struct tmc_rule), or NULL */
  const char *fingerprint;     /* stable identity "hash:k" (identify pass), or NULL */
  tmc_baseline_state baseline; /* against --baseline, when one was given */
  bool lists_borrowed; /* atlas..mitigations are the rule's lists: read-only, not freed */
  bool per_pair;       /* on a flow, said of the pair of its ends (a once_per_pair rule):
                          identified by the pair, not by the flow (docs/fingerprints.md) */
  /* The rule ids of the related threats on the same target this finding
   * states too (the calibrate pass groups a family's when a target has more
   * than a report lists: docs/risk.md, "Grouping"); its ids, STRIDE letters
   * and controls include theirs. Owned (freed with the finding); empty when
   * nothing was grouped into it. */
  tmc_strlist grouped;
} tmc_finding;

/* ---- attack paths --------------------------------------------------------- */

/* A further technique at a hop: its id, name and tactic (catalog strings,
 * all NULL when the slot is unused). */
#define TMC_HOP_ALSO 3
typedef struct tmc_hop_also {
  const char *technique, *name, *tactic;
} tmc_hop_also;

typedef struct tmc_hop {
  uint32_t element;  /* element reached at this hop */
  uint32_t flow;     /* flow used to reach it; TMC_NONE for the entry */
  bool reverse;      /* the flow was followed against its direction (a read) */
  uint32_t boundary; /* boundary crossed by that flow (innermost entered), or TMC_NONE */
  const char *weakness; /* why this hop is easy for an attacker, in words */
  /* The kill-chain step (paths pass, from catalogs/goals.yaml): the ATLAS
   * technique, or CAPEC attack pattern, the attacker uses to take this hop,
   * its name, the ATLAS tactic it serves ("Initial Access") and the control
   * (controls.yaml id) that breaks that technique here. Catalog strings; all
   * NULL on the entry. On a hop no goal or hop technique names, the first
   * three are NULL and control is the fix of the hop's weakness: every hop
   * after the entry names a control (the cut sets and the path plan read it)
   * unless uncut. */
  const char *technique, *technique_name, *tactic, *control;
  /* The step says `control: none`: the attacker is entitled to take the hop
   * (a member of the public reaching the service anyone may use), control is
   * NULL and no cut or plan change is advised on it. */
  bool uncut;
  /* The other techniques the attacker uses at the same hop (hop_techniques
   * items with `also:`, in catalog order, at most TMC_HOP_ALSO; the unused
   * slots all NULL): a payment tool the model invokes is both AI Agent Tool
   * Invocation and Financial Harm; a member of the public whose votes are
   * trained on both opens accounts and crafts what they send. The hop's
   * control still breaks the first technique. Catalog strings. */
  tmc_hop_also also[TMC_HOP_ALSO];
} tmc_hop;

typedef struct tmc_path {
  uint32_t entry, asset; /* element indices */
  tmc_hop *hops;         /* arena; hops[0] is the entry */
  uint32_t n_hops;
  const char *chain; /* named AI chain ("indirect prompt injection"), or NULL */
  const char *goal;  /* what the attacker achieves at the end, in words ("exfiltrate
                        data", the goal's aim: catalog/goals.h), or NULL when a
                        --catalog goal names no aim */
  double cost;       /* lower is easier for the attacker */
  int likelihood, impact, score;
  tmc_severity severity;
  uint32_t rank;    /* 1-based among paths to the same asset */
  bool more_exist;  /* more paths than were kept for this entry/asset pair */
  bool insider;     /* the entry is inside a trusted zone (an employee, an engineer) */
  uint32_t same_as; /* a chain's: the finding on one of its elements or flows that
                       states the same threat (the chain scores at least as high when
                       it starts outside), or TMC_NONE */
} tmc_path;

typedef struct tmc_cut {
  uint32_t asset;
  uint32_t *flows; /* arena: the smallest set of flows whose fixing breaks every path */
  uint32_t n_flows;
  const char *
      *controls;    /* arena: the control that fixes each of flows[] ("authentication") */
  uint32_t *closes; /* arena: how many of the paths each of flows[] is on */
  uint32_t paths_total;
  const char *advice; /* "adding authentication on X closes 7 of 9 paths" */
} tmc_cut;

/* ---- the mitigation plan -------------------------------------------------- */

/* One control to add (plan pass): the open findings that name it and the
 * attack paths it hardens. Items are in plan order, most risk removed first. */
typedef struct tmc_plan_item {
  const char *control; /* canonical control id (the catalog's, else as written) */
  uint32_t *findings;  /* arena: open findings it closes, in risk order */
  uint32_t n_findings;
  uint32_t *paths; /* arena: paths through what it protects, in path order */
  uint32_t n_paths;
  int risk; /* sum of the scores of the findings it closes */
} tmc_plan_item;

/* One change of the path plan (plan pass, issue #16 item 5): the control that
 * breaks the technique of the hop along a flow, and the attack paths whose
 * hop it breaks. The changes are the fewest the plan found that close the
 * most paths, weighted by their scores. */
typedef struct tmc_path_fix {
  uint32_t flow;
  const char *control; /* controls.yaml id, the hop's own */
  uint32_t *paths;     /* arena: paths it closes, in path order */
  uint32_t n_paths;
} tmc_path_fix;

/* ---- the validation plan -------------------------------------------------- */

/* One red-team test to run (validate pass, issue #20): the catalog's
 * validation entry (which tool, probe and success criterion), the element it
 * tests, the entry point it starts from and the element it sends to, and the
 * open findings it confirms or refutes. Items are in plan order: tests by a
 * tool first, highest risk first, then manual reviews. */
typedef struct tmc_vitem {
  const char *id;     /* stable: "VAL-ML-EXTRACTION:model:client" (arena) */
  const void *how;    /* the catalog's tmc_validation (catalog/validation.h) */
  uint32_t target;    /* element under test */
  uint32_t entry;     /* entry point it starts from, TMC_NONE when none reaches it */
  uint32_t endpoint;  /* what it sends to: the element after the entry on the
                         shortest way to target (target when entry is target) */
  uint32_t *findings; /* arena: open findings it confirms or refutes, risk order */
  uint32_t n_findings;
  int risk; /* the highest score among them */
} tmc_vitem;

/* ---- the whole thing ------------------------------------------------------ */

/* What the input was, as the front end that read it describes itself: the
 * head of its row in the front-end table (frontend/frontend.c), static data
 * that outlives every IR. Back ends read this instead of switching on a
 * format, so a new front end needs no back-end change. */
typedef struct tmc_format {
  const char *name;  /* "dot": the JSON report's "format", --list-inputs */
  const char *title; /* "Graphviz DOT": the Markdown summary's "(Graphviz DOT, ...)" */
  const char *mime;  /* "text/vnd.graphviz": SARIF's artifact mimeType */
  bool has_geometry; /* the author placed every shape: drawings keep that layout */
  bool tool_ids;     /* ids are the drawing tool's ("7", a UUID), not typed by the
                        author: diagnostics name things by label, id beside */
} tmc_format;

/* The format of an IR no front end filled (one built by hand in a test). */
extern const tmc_format tmc_format_none;

typedef struct tmc_ir {
  tmc_arena *arena;
  const char *file;         /* display name of the input */
  const tmc_format *format; /* never NULL; tmc_format_none until a front end sets it */
  const char *title;        /* graph name / first page name */
  tmc_page *pages;
  uint32_t n_pages, cap_pages;
  tmc_element *elements;
  uint32_t n_elements, cap_elements;
  tmc_flow *flows;
  uint32_t n_flows, cap_flows;
  tmc_boundary *boundaries;
  uint32_t n_boundaries, cap_boundaries;
  tmc_finding *findings;
  uint32_t n_findings, cap_findings;
  tmc_path *paths;
  uint32_t n_paths, cap_paths;
  /* Every entry/target pair the paths pass found a path for, whether paths[]
   * shows it or the report's limit left it out (tmc_ir_set_path_pairs):
   * pair i is path_pairs[2i] -> path_pairs[2i+1], element indices, sorted,
   * each pair once (arena). */
  uint32_t *path_pairs;
  uint32_t n_path_pairs;
  tmc_cut *cuts;
  uint32_t n_cuts, cap_cuts;
  /* Decorations that sat on nothing (decorations pass): "step 4 (cell 28)". */
  tmc_strlist decorations;
  bool has_baseline; /* --baseline was given: findings carry a baseline state */
  tmc_gone *gone;    /* baseline findings this run no longer produces */
  uint32_t n_gone, cap_gone;

  /* The order every report shows (order pass; NULL before it runs). After
   * it, paths[] is in display order too: paths[i] is "path i+1" everywhere. */
  uint32_t *bd_order;   /* arena: boundaries by trust (lowest first), then label */
  uint32_t *el_order;   /* arena: elements by zone (outside first), then name */
  uint32_t *fl_order;   /* arena: flows by their endpoints' order, then label */
  uint32_t *risk_order; /* arena: open findings, highest risk first */
  uint32_t n_risk;
  tmc_plan_item *plan; /* arena: the mitigation plan (plan pass), in plan order */
  uint32_t n_plan;
  uint32_t plan_unnamed;    /* open findings that name no control */
  tmc_path_fix *path_fixes; /* arena: the path plan (plan pass), in pick order */
  uint32_t n_path_fixes, path_fixes_close; /* how many paths the changes close together */
  const char *path_plan; /* arena: "These 3 changes close 11 of 14 attack paths: ..." */
  tmc_vitem *vplan;      /* arena: the validation plan (validate pass), in plan order */
  uint32_t n_vplan;
  /* --context (frontend/context.c, the context pass): the platform diagram
   * this one was read with, and what the context pass left to the
   * platform's own report (findings and attack paths it reports itself). */
  const char *context_file; /* arena; NULL without --context */
  uint32_t context_elements;
  uint32_t context_left_findings, context_left_paths;
} tmc_ir;

tmc_ir *tmc_ir_new(const char *file);
void tmc_ir_free(tmc_ir *ir); /* accepts NULL */
/* What one element, flow or finding owns outside the arena, freed when a pass
 * drops it (the decorations pass, the context pass) and by tmc_ir_free: one
 * list, so a new owned field cannot be forgotten in one of them. A finding
 * whose lists are borrowed from its rule owns nothing. */
void tmc_element_release(tmc_element *e);
void tmc_flow_release(tmc_flow *f);
void tmc_finding_release(tmc_finding *f);
/* Gives f its own copies of the ids and controls it borrowed from its rule
 * (lists_borrowed), so a pass may add to them without writing the catalog. */
void tmc_finding_own_lists(tmc_finding *f);

/* Adders return the new item's index; the item is zeroed except for indices
 * set to TMC_NONE and strings set to "". The pointer from tmc_ir_element()
 * etc. is valid until the next add of the same type. */
uint32_t tmc_ir_add_page(tmc_ir *ir, const char *name);
uint32_t tmc_ir_add_element(tmc_ir *ir, uint32_t page, const char *id);
uint32_t tmc_ir_add_flow(tmc_ir *ir, uint32_t page, uint32_t src, uint32_t dst);
uint32_t tmc_ir_add_boundary(tmc_ir *ir, uint32_t page, const char *id,
                             tmc_boundary_form form);
uint32_t tmc_ir_add_finding(tmc_ir *ir);
uint32_t tmc_ir_add_path(tmc_ir *ir);
/* Records the entry/target pairs of every path found (pairs[2i] ->
 * pairs[2i+1], n pairs, any order, repeats allowed) as ir->path_pairs. */
void tmc_ir_set_path_pairs(tmc_ir *ir, const uint32_t *pairs, uint32_t n);
/* Did the paths pass find a path from entry to target (shown or not)? */
bool tmc_ir_has_path_pair(const tmc_ir *ir, uint32_t entry, uint32_t target);

/* Properties: keys compare case-insensitively; set replaces. Strings copied. */
void tmc_props_set(tmc_ir *ir, tmc_props *p, const char *key, const char *value);
const char *tmc_props_get(const tmc_props *p, const char *key); /* NULL if absent */
/* Records where key's name and value are written (line, 1-based columns; a
 * column 0 when unknown); nothing when key is not set. */
void tmc_props_place(tmc_props *p, const char *key, uint32_t line, uint32_t key_col,
                     uint32_t value_col);
/* Where a diagnostic about key should point: its value (value true) or its
 * name as placed, else owner (the element's, flow's or boundary's loc). */
tmc_loc tmc_props_loc(const tmc_props *p, const char *key, bool value, tmc_loc owner);

/* A threat the model's author wrote (Threat Dragon, OTM), which the front end
 * keeps on its element or flow as threat.N = "Status; Severity; Type; Title"
 * with threat.N.mitigation, .description, .id and .implemented (the OTM
 * mitigations marked implemented). Strings in the IR's arena, "" or NULL. */
typedef struct tmc_author_threat {
  uint32_t n;                    /* the N of threat.N, from 1 */
  const char *status, *severity; /* as written, trimmed ("" when absent) */
  const char *type, *title;      /* the category ("Spoofing", "Generic") */
  const char *mitigation;        /* or NULL */
  const char *description;       /* or NULL */
  const char *implemented;       /* or NULL */
  bool mitigated; /* status Mitigated (any case), or a mitigation implemented */
} tmc_author_threat;
/* Reads threat.n of p; false when p has none. */
bool tmc_author_threat_get(const tmc_ir *ir, const tmc_props *p, uint32_t n,
                           tmc_author_threat *out);

/* Lookup by id within a page; TMC_NONE when absent. Linear unless indexed. */
uint32_t tmc_ir_find_element(const tmc_ir *ir, uint32_t page, const char *id);

/* Appends to b why the element has its kind, in the words the reports use
 * ("label word 'ledger' (refines data_store from shape=cylinder)"), built
 * from kind_source and kind_evidence. */
void tmc_element_kind_reason(tmc_buf *b, const tmc_element *e);

/* The name a report uses for an element: its name when one was given
 * (names pass), else its label, else its id. */
const char *tmc_element_name(const tmc_element *e);
/* Is a boundary's label only its id: a DOT cluster with no label= written
 * (the front end names it by its id, "cluster_dmz"), which says nothing
 * the author chose to show? */
bool tmc_boundary_label_is_id(const tmc_ir *ir, const tmc_boundary *x);

/* Trust of the zone an element sits in: its boundary's trust, 0 outside all. */
int tmc_ir_element_trust(const tmc_ir *ir, uint32_t element);
/* Does element a come before element b in an order that does not depend on
 * the order the diagram declares them in (by id, then page; the index only
 * where a page repeats an id)? Passes that name one of several equally good
 * neighbours or origins in evidence pick the first in this order. */
bool tmc_ir_element_before(const tmc_ir *ir, uint32_t a, uint32_t b);
/* The label of an element's or flow's target for messages: "Web App" or "A -> B". */
const char *tmc_ir_target_name(const tmc_ir *ir, tmc_target kind, uint32_t index);
/* How a diagnostic names an element, a flow or a boundary: where the author
 * typed the ids (DOT, Mermaid), the id (a boundary's quoted: 'cluster_a');
 * where the drawing tool made them (format->tool_ids: draw.io, Threat
 * Dragon), the label with the id beside, "'Orders DB' (id 7)" (a flow
 * without a label by its ends, "'Customer' -> 'API' (id e1)"). In ir's
 * arena. */
const char *tmc_element_who(tmc_ir *ir, const tmc_element *e);
const char *tmc_flow_who(tmc_ir *ir, const tmc_flow *f);
const char *tmc_boundary_who(tmc_ir *ir, const tmc_boundary *x);

/* Checks the invariants (indices in range, boundary tree acyclic, ...). Each
 * violation is a diagnostic naming the pass that broke it; returns the count.
 * The driver runs it after every pass in debug builds. */
int tmc_ir_check(const tmc_ir *ir, const char *after, tmc_diags *d);

#endif
