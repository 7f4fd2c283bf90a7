/* catalog.h - the knowledge the passes apply and the reports cite: threat
 * rules (catalogs/\*.yaml), MITRE ATLAS (catalogs/ATLAS.yaml), OWASP Top 10
 * lists, CWE/CAPEC names, controls and NIST AI RMF subcategories.
 *
 * The default catalogs are compiled into the binary; tmc_catalog_add_file
 * adds or overrides rules from a user's file. Every rule is parsed and checked
 * when it loads (unknown fact, unknown ATLAS/OWASP id → file:line error).
 *
 * Ownership: a tmc_catalog owns every string and table reachable from it;
 * findings point into it, so it must outlive the IRs analysed with it. */
#ifndef TMC_CATALOG_H
#define TMC_CATALOG_H

#include "ir/ir.h"

typedef struct tmc_tactic {
  const char *id, *name, *url;
} tmc_tactic;

typedef struct tmc_technique {
  const char *id, *name, *url;
  const char *full_name;   /* "Parent: Sub" for sub-techniques, else the name */
  const char *parent;      /* for sub-techniques, else NULL */
  tmc_strlist tactics;     /* tactic ids (inherited from the parent for sub-techniques) */
  tmc_strlist mitigations; /* AML.M ids */
} tmc_technique;

typedef struct tmc_mitigation {
  const char *id, *name, *url;
} tmc_mitigation;

/* OWASP entries, CWE, CAPEC and NIST subcategories share this shape. */
typedef struct tmc_ref {
  const char *id, *title, *url;
} tmc_ref;

/* path_pref values run 1 .. TMC_PATH_PREF_NONE - 1; a control without one
 * comes after every control with one. */
enum { TMC_PATH_PREF_NONE = 100 };

typedef struct tmc_control {
  const char *id;    /* the name users write in controls= ("authentication") */
  const char *title; /* "Authenticate callers" */
  const char *description;
  const char *advice;  /* in a few words of advice ("prompt injection filtering");
                          the title, first letter lowered, when the file gives none */
  int path_pref;       /* path_pref: among path changes closing as much, lower is
                          advised first; TMC_PATH_PREF_NONE when unset */
  tmc_strlist aliases; /* other names users write */
  tmc_strlist atlas;   /* AML.M ids it corresponds to */
  tmc_strlist nist;    /* NIST AI RMF subcategories it serves ("MEASURE 2.7") */
  bool on_endpoints;   /* declared on an element, it also covers its flows */
  bool inbound_only;   /* on_endpoints: inbound: only the flows into it */
  tmc_loc loc;         /* where it was defined */
} tmc_control;

/* A data class diagrams write in data= ("pii"), and what it implies. */
typedef struct tmc_data_class {
  const char *id, *title;
  tmc_sensitivity sensitivity;
  bool logs;            /* a store holding it holds logs */
  tmc_strlist aliases;  /* other names diagrams write */
  tmc_impactset impact; /* the business impact a threat to it carries */
} tmc_data_class;

/* An ATLAS case study: a real incident and the techniques used, in order. */
typedef struct tmc_case_study {
  const char *id, *name, *url;
  tmc_strlist techniques; /* AML.T ids of its procedure steps, in order, unique */
} tmc_case_study;

/* A family of related threats (families:): when a target has more open
 * findings than a report lists, the calibrate pass shows a family's as one
 * finding that keeps every member's ids (passes/risk.c). */
typedef struct tmc_family {
  const char *id, *title; /* "prompt-injection", "prompt injection" */
  tmc_strlist ids;        /* ATLAS, OWASP, CWE ids (a parent or "LLM01" covers its
                             sub-techniques and editions) a member cites */
  tmc_loc loc;            /* where it was defined */
} tmc_family;

struct tmc_cond; /* a compiled condition; see catalog/cond.h */

/* ids_if: some of a rule's ATLAS or OWASP ids that its findings cite only
 * where a further condition holds on the target (a pretrained model's
 * transfer-learning attack only where something fine-tunes it), so one rule
 * and its id keep their findings while an id the system makes impossible is
 * left out. */
typedef struct tmc_rule_ids_if {
  struct tmc_cond *cond;
  const char *cond_text;
  const char **ids; /* the rule's own strings (atlas: or owasp: items) */
  uint32_t n_ids;
} tmc_rule_ids_if;

typedef struct tmc_rule {
  const char *id, *title;
  tmc_kindset applies_kinds; /* the element kinds it applies to */
  bool applies_flows;
  struct tmc_cond *cond; /* NULL = always */
  const char *cond_text;
  unsigned stride;
  tmc_strlist atlas, owasp, cwe, capec;
  tmc_strlist controls; /* control ids that mitigate */
  int likelihood, impact;
  /* The highest severity its findings may reach (max_severity:), NONE for no
   * limit: a generic rule that fires on the diagram's shape alone asks the
   * reviewer to check something, and is never "fix before release". */
  tmc_severity max_severity;
  /* Rules whose finding on the same target states the same threat less
   * precisely (supersedes:): when this rule fires there, theirs is dropped
   * (the rules pass), so a target gets one finding per threat. */
  tmc_strlist supersedes;
  /* once_per_pair: a flow rule said once per pair of elements, whichever
   * way and however many times the pair is drawn: on one of the pair's
   * flows its condition holds on, chosen by what the author wrote on them
   * (passes/rules.c), and identified by the pair, not the flow
   * (passes/identity.c), so a parallel flow never moves its fingerprint. */
  bool once_per_pair;
  tmc_rule_ids_if *ids_if; /* in the arena */
  uint32_t n_ids_if;
  const char *description, *remediation;
  tmc_loc loc; /* where the rule was defined */
  bool user;   /* came from a --catalog file */
} tmc_rule;

typedef struct tmc_catalog tmc_catalog;

/* Loads the built-in catalogs. Returns 0, or <0 with errors in d. */
int tmc_catalog_new(tmc_catalog **out, tmc_diags *d);
/* A catalog with nothing in it, for the catalog fuzz target and tests that
 * load their own small ATLAS and rules (loading the built-in ATLAS per input
 * would make fuzzing too slow). */
int tmc_catalog_new_empty(tmc_catalog **out, tmc_diags *d);
/* Adds rules (and controls) from a user's YAML file, overriding rules with the
 * same id. */
int tmc_catalog_add_file(tmc_catalog *c, const char *path, tmc_diags *d);
/* The same from bytes in memory (need not be NUL-terminated); name is the file
 * name diagnostics cite. tmc_catalog_add_file reads the file and calls this. */
int tmc_catalog_add_memory(tmc_catalog *c, const char *name, const char *data,
                           size_t size, tmc_diags *d);
/* Replaces the built-in ATLAS data with a newer ATLAS.yaml. */
int tmc_catalog_load_atlas(tmc_catalog *c, const char *path, tmc_diags *d);
/* The same from bytes in memory; name is what diagnostics cite. */
int tmc_catalog_load_atlas_memory(tmc_catalog *c, const char *name, const char *data,
                                  size_t size, tmc_diags *d);
void tmc_catalog_free(tmc_catalog *c);

const char *tmc_catalog_version(const tmc_catalog *c);
const char *tmc_catalog_atlas_version(const tmc_catalog *c);

uint32_t tmc_catalog_n_rules(const tmc_catalog *c);
uint32_t tmc_catalog_n_families(const tmc_catalog *c); /* in the order they are tried */
const tmc_family *tmc_catalog_family_at(const tmc_catalog *c, uint32_t i);
const tmc_rule *tmc_catalog_rule_at(const tmc_catalog *c, uint32_t i); /* sorted by id */
const tmc_rule *tmc_catalog_rule(const tmc_catalog *c, const char *id);
const tmc_technique *tmc_catalog_technique(const tmc_catalog *c, const char *id);
const tmc_tactic *tmc_catalog_tactic(const tmc_catalog *c, const char *id);
uint32_t tmc_catalog_n_tactics(const tmc_catalog *c);
const tmc_tactic *tmc_catalog_tactic_at(const tmc_catalog *c,
                                        uint32_t i); /* ATLAS matrix order */
const tmc_mitigation *tmc_catalog_mitigation(const tmc_catalog *c, const char *id);
/* OWASP ("LLM01:2025", "ML01:2023"), CWE ("CWE-79"), CAPEC ("CAPEC-94"), NIST
 * ("GOVERN 1.1"). */
const tmc_ref *tmc_catalog_ref(const tmc_catalog *c, const char *id);
uint32_t tmc_catalog_n_controls(const tmc_catalog *c);
const tmc_control *tmc_catalog_control_at(const tmc_catalog *c, uint32_t i);
/* Finds a control by id or alias, case-insensitively: for names people write
 * (the vocab pass resolves a diagram's controls= with it, once). */
const tmc_control *tmc_catalog_control(const tmc_catalog *c, const char *name);
/* Finds a control by its canonical id only (a rule's or finding's
 * mitigations), no aliases. */
const tmc_control *tmc_catalog_control_id(const tmc_catalog *c, const char *id);
/* A control (id or alias) in the words of advice ("prompt injection
 * filtering", its advice:); the name itself when c is NULL or no control
 * answers to it. */
const char *tmc_catalog_control_advice(const tmc_catalog *c, const char *name);
/* How specific a control is as a change on an attack path, lower first (its
 * path_pref:): among changes that close as much, the one aimed at the
 * technique (provenance, injection screening) is advised before the generic
 * (authentication, input validation). TMC_PATH_PREF_NONE when c is NULL, no
 * control answers to the name, or it sets none. */
int tmc_catalog_control_pref(const tmc_catalog *c, const char *name);
/* The page a reader should open for an id: ATLAS, OWASP, CWE or CAPEC. */
const char *tmc_catalog_url(const tmc_catalog *c, const char *id);
/* The name a report shows for an id of any table (technique full name,
 * OWASP/CWE/CAPEC title, control title), or NULL. */
const char *tmc_catalog_name(const tmc_catalog *c, const char *id);
/* Finds a data class by id or alias, case-insensitively. */
const tmc_data_class *tmc_catalog_data_class(const tmc_catalog *c, const char *name);
uint32_t tmc_catalog_n_techniques(const tmc_catalog *c);
const tmc_technique *tmc_catalog_technique_at(const tmc_catalog *c,
                                              uint32_t i); /* by id */
uint32_t tmc_catalog_n_mitigations(const tmc_catalog *c);
const tmc_mitigation *tmc_catalog_mitigation_at(const tmc_catalog *c, uint32_t i);
/* Reference entries (OWASP, CWE, CAPEC, NIST), sorted by id. */
uint32_t tmc_catalog_n_refs(const tmc_catalog *c);
const tmc_ref *tmc_catalog_ref_at(const tmc_catalog *c, uint32_t i);
uint32_t tmc_catalog_n_case_studies(const tmc_catalog *c);
const tmc_case_study *tmc_catalog_case_study_at(const tmc_catalog *c, uint32_t i);

#endif
