/* validation.h - how to prove an AI finding: the `tools:` and `validation:`
 * sections of the catalogs (catalogs/validation.yaml; docs/catalog-format.md,
 * "Validation"). A tool is a red-team tool with the version its names were
 * checked against; a validation entry says which tool, probe, attack or
 * scenario tests a rule or technique, and what counts as success. The
 * validate pass (passes/validate.c) picks entries for findings; this module
 * only loads, checks and looks them up.
 *
 * Ownership: every tool, entry and string belongs to the catalog that loaded
 * it and lives as long as it. */
#ifndef TMC_VALIDATION_H
#define TMC_VALIDATION_H

#include "catalog/catalog.h"

typedef struct tmc_tool {
  const char *id;            /* "garak"; "manual" is the tool of manual review */
  const char *title;         /* "garak, NVIDIA's LLM vulnerability scanner" */
  const char *version;       /* the version the names were checked against, or NULL */
  const char *url, *checked; /* or NULL */
  tmc_loc loc;
} tmc_tool;

/* How a test reaches what it tests. */
typedef enum tmc_vmode {
  TMC_VMODE_ENDPOINT, /* requests to the running system, from the entry point */
  TMC_VMODE_SANDBOX,  /* a copy of the pipeline or data, in a sandbox */
  TMC_VMODE_MANUAL,   /* a person reviews it */
} tmc_vmode;
const char *tmc_vmode_name(tmc_vmode m); /* "endpoint", "sandbox", "manual" */

typedef struct tmc_validation {
  const char *id, *title;
  tmc_strlist rules;      /* rule or goal ids it tests first-hand */
  tmc_strlist techniques; /* ATLAS ids; each also covers its sub-techniques */
  tmc_strlist owasp;      /* OWASP ids: matched when no technique is */
  const tmc_tool *tool;   /* never NULL */
  tmc_vmode mode;
  const char *module;   /* the tool's module for attack classes, or NULL */
  tmc_strlist attack;   /* probes, attack classes or scenarios, as the tool names them */
  const char *probes;   /* garak: the --probes value, or NULL */
  const char *detector; /* what measures success, or NULL (manual) */
  const char *success;  /* what confirms and what refutes, never NULL */
  tmc_loc loc;
  bool user; /* came from a --catalog file */
} tmc_validation;

/* Entries in the order they are tried: --catalog files' first, then the
 * built-in ones in file order. */
uint32_t tmc_catalog_n_validations(const tmc_catalog *c);
const tmc_validation *tmc_catalog_validation_at(const tmc_catalog *c, uint32_t i);
const tmc_validation *tmc_catalog_validation(const tmc_catalog *c, const char *id);
uint32_t tmc_catalog_n_tools(const tmc_catalog *c);
const tmc_tool *tmc_catalog_tool_at(const tmc_catalog *c, uint32_t i);
const tmc_tool *tmc_catalog_tool(const tmc_catalog *c, const char *id);

/* The entry that tests a finding of rule `rule` citing ATLAS ids `atlas` and
 * OWASP ids `owasp`: the first naming the rule, else the first whose
 * technique is one of atlas (in atlas order) or its parent, else the first
 * whose OWASP id is one of owasp; NULL when none does. */
const tmc_validation *tmc_catalog_validation_for(const tmc_catalog *c, const char *rule,
                                                 const tmc_strlist *atlas,
                                                 const tmc_strlist *owasp);

#endif
