/* catalog.c - PLACEHOLDER until the catalog loader lands (issue 4): an empty
 * catalog, so the pipeline links and runs. */
#include "passes/catalog.h"

#include <stdlib.h>

struct tmc_catalog {
  int unused;
};

int tmc_catalog_new(tmc_catalog **out, tmc_diags *d) {
  *out = tmc_xcalloc(1, sizeof(tmc_catalog));
  return 0;
}
int tmc_catalog_add_file(tmc_catalog *c, const char *path, tmc_diags *d) {
  tmc_error(d, (tmc_loc){path, 0, 0}, "catalog files are not supported yet");
  return -1;
}
int tmc_catalog_load_atlas(tmc_catalog *c, const char *path, tmc_diags *d) {
  tmc_error(d, (tmc_loc){path, 0, 0}, "--atlas is not supported yet");
  return -1;
}
void tmc_catalog_free(tmc_catalog *c) {
  free(c);
}
const char *tmc_catalog_version(const tmc_catalog *c) {
  return "none";
}
const char *tmc_catalog_atlas_version(const tmc_catalog *c) {
  return "none";
}
uint32_t tmc_catalog_n_rules(const tmc_catalog *c) {
  return 0;
}
const tmc_rule *tmc_catalog_rule_at(const tmc_catalog *c, uint32_t i) {
  return NULL;
}
const tmc_rule *tmc_catalog_rule(const tmc_catalog *c, const char *id) {
  return NULL;
}
const tmc_technique *tmc_catalog_technique(const tmc_catalog *c, const char *id) {
  return NULL;
}
const tmc_tactic *tmc_catalog_tactic(const tmc_catalog *c, const char *id) {
  return NULL;
}
uint32_t tmc_catalog_n_tactics(const tmc_catalog *c) {
  return 0;
}
const tmc_tactic *tmc_catalog_tactic_at(const tmc_catalog *c, uint32_t i) {
  return NULL;
}
const tmc_mitigation *tmc_catalog_mitigation(const tmc_catalog *c, const char *id) {
  return NULL;
}
const tmc_ref *tmc_catalog_ref(const tmc_catalog *c, const char *id) {
  return NULL;
}
uint32_t tmc_catalog_n_controls(const tmc_catalog *c) {
  return 0;
}
const tmc_control *tmc_catalog_control_at(const tmc_catalog *c, uint32_t i) {
  return NULL;
}
const tmc_control *tmc_catalog_control(const tmc_catalog *c, const char *name) {
  return NULL;
}
const char *tmc_catalog_url(const tmc_catalog *c, const char *id) {
  return NULL;
}
