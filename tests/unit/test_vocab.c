/* test_vocab.c - the diagram vocabulary parsed from raw attributes: lists,
 * sensitivity, source, and what a flow's protocol says about encryption. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "passes/passes.h"

typedef struct fixture {
  tmc_ir *ir;
  tmc_diags d;
} fixture;

static int setup(void **state) {
  fixture *f = calloc(1, sizeof(*f));
  f->ir = tmc_ir_new("t.dot");
  tmc_ir_add_page(f->ir, "G");
  tmc_ir_add_element(f->ir, 0, "a");
  tmc_ir_add_element(f->ir, 0, "b");
  *state = f;
  return 0;
}

static int teardown(void **state) {
  fixture *f = *state;
  tmc_ir_free(f->ir);
  tmc_diags_free(&f->d);
  free(f);
  return 0;
}

static uint32_t add_flow(fixture *f, const char *k1, const char *v1, const char *k2,
                         const char *v2) {
  uint32_t i = tmc_ir_add_flow(f->ir, 0, 0, 1);
  if (k1)
    tmc_props_set(f->ir, &f->ir->flows[i].props, k1, v1);
  if (k2)
    tmc_props_set(f->ir, &f->ir->flows[i].props, k2, v2);
  return i;
}

static void run(fixture *f) {
  tmc_pass_opts o = TMC_PASS_OPTS_INIT;
  assert_int_equal(tmc_pass_vocab(f->ir, &o, &f->d), 0);
}

static void protocol_implies_encryption(void **state) {
  fixture *f = *state;
  uint32_t https = add_flow(f, "protocol", "HTTPS", NULL, NULL);
  uint32_t http = add_flow(f, "protocol", "http", NULL, NULL);
  uint32_t odd = add_flow(f, "protocol", "carrier pigeon", NULL, NULL);
  uint32_t none = add_flow(f, NULL, NULL, NULL, NULL);
  uint32_t words = add_flow(f, "protocol", "REST over TLS 1.3", NULL, NULL);
  uint32_t told = add_flow(f, "protocol", "http", "encrypted", "yes");
  uint32_t ssh = add_flow(f, "protocol", "ssh", NULL, NULL);
  run(f);
  tmc_flow *v = f->ir->flows;
  assert_int_equal(v[https].encrypted, TMC_TRI_YES);
  assert_string_equal(v[https].protocol, "https");
  assert_string_equal(v[https].encrypted_reason, "protocol=https");
  assert_int_equal(v[http].encrypted, TMC_TRI_NO);
  assert_int_equal(v[ssh].encrypted, TMC_TRI_YES);
  /* Unknown stays unknown: no guessing. */
  assert_int_equal(v[odd].encrypted, TMC_TRI_UNKNOWN);
  assert_int_equal(v[none].encrypted, TMC_TRI_UNKNOWN);
  assert_null(v[none].protocol);
  assert_int_equal(v[words].encrypted, TMC_TRI_YES);
  /* encrypted= beats the protocol. */
  assert_int_equal(v[told].encrypted, TMC_TRI_YES);
  assert_string_equal(v[told].encrypted_reason, "encrypted=");
  assert_int_equal(f->d.warnings, 0);
}

static void yes_no_values(void **state) {
  fixture *f = *state;
  uint32_t a = add_flow(f, "authenticated", "false", "encrypted", "No");
  uint32_t b = add_flow(f, "authenticated", "maybe", NULL, NULL);
  run(f);
  assert_int_equal(f->ir->flows[a].authenticated, TMC_TRI_NO);
  assert_int_equal(f->ir->flows[a].encrypted, TMC_TRI_NO);
  assert_int_equal(f->ir->flows[b].authenticated, TMC_TRI_UNKNOWN);
  /* A value we cannot read is a warning at the flow's line. */
  assert_int_equal(f->d.warnings, 1);
  assert_non_null(strstr(f->d.v[0].msg, "maybe"));
}

static void lists_are_normalised(void **state) {
  fixture *f = *state;
  tmc_element *e = &f->ir->elements[0];
  tmc_props_set(f->ir, &e->props, "data", " PII, Credentials;model-weights,pii,, ");
  tmc_props_set(f->ir, &e->props, "controls", "MFA, rate limiting");
  uint32_t fl = add_flow(f, "data", "Prompts,embeddings", NULL, NULL);
  run(f);
  e = &f->ir->elements[0];
  assert_int_equal(e->data.n, 3);
  assert_string_equal(e->data.v[0], "pii");
  assert_string_equal(e->data.v[1], "credentials");
  assert_string_equal(e->data.v[2], "model_weights");
  assert_int_equal(e->controls.n, 2);
  assert_string_equal(e->controls.v[1], "rate_limiting");
  assert_int_equal(f->ir->flows[fl].data.n, 2);
  assert_string_equal(f->ir->flows[fl].data.v[0], "prompts");
}

static void sensitivity_source_entry_asset(void **state) {
  fixture *f = *state;
  tmc_element *e = &f->ir->elements[0];
  tmc_props_set(f->ir, &e->props, "sensitivity", "Secret");
  tmc_props_set(f->ir, &e->props, "source", "third_party");
  tmc_props_set(f->ir, &e->props, "entry", "yes");
  e = &f->ir->elements[1];
  tmc_props_set(f->ir, &e->props, "sensitivity", "ultra");
  tmc_props_set(f->ir, &e->props, "source", "aliens");
  tmc_props_set(f->ir, &e->props, "asset", "true");
  run(f);
  assert_int_equal(f->ir->elements[0].sensitivity, TMC_SENS_SECRET);
  assert_true(f->ir->elements[0].third_party);
  assert_true(f->ir->elements[0].facts.is_entry);
  assert_false(f->ir->elements[0].facts.is_asset);
  assert_int_equal(f->ir->elements[1].sensitivity, TMC_SENS_UNSET);
  assert_false(f->ir->elements[1].third_party);
  assert_true(f->ir->elements[1].facts.is_asset);
  assert_int_equal(f->d.warnings, 2); /* ultra, aliens */
}

/* Names are canonicalised once, by the vocab pass: an alias the author wrote
 * in data= or controls= is the catalog's id in the IR (and what a data class
 * implies comes with it), while the list keeps the author's spelling for the
 * reports. Names the catalog does not know stay as written, id NULL. */
static void aliases_are_canonical_after_vocab(void **state) {
  fixture *f = *state;
  tmc_catalog *cat = NULL;
  tmc_diags cd = TMC_DIAGS_INIT;
  assert_int_equal(tmc_catalog_new(&cat, &cd), 0);
  tmc_element *e = &f->ir->elements[0];
  tmc_props_set(f->ir, &e->props, "data", "Personal data, tokens, audit, nosuch");
  tmc_props_set(f->ir, &e->props, "controls", "mTLS, 2FA, bogus");
  uint32_t fl = add_flow(f, "data", "prompts", "controls", "TLS");
  tmc_pass_opts o = TMC_PASS_OPTS_INIT;
  o.catalog = cat;
  assert_int_equal(tmc_pass_vocab(f->ir, &o, &f->d), 0);
  e = &f->ir->elements[0];
  assert_string_equal(e->data.v[0], "personal_data"); /* as written, for reports */
  assert_non_null(e->data_canon);
  assert_string_equal(e->data_canon[0].id, "pii");
  assert_int_equal(e->data_canon[0].sensitivity, TMC_SENS_CONFIDENTIAL);
  assert_string_equal(e->data_canon[1].id, "credentials");
  assert_int_equal(e->data_canon[1].sensitivity, TMC_SENS_SECRET);
  assert_string_equal(e->data_canon[2].id, "audit_logs");
  assert_true(e->data_canon[2].logs);
  assert_false(e->data_canon[0].logs);
  assert_null(e->data_canon[3].id);
  assert_string_equal(tmc_canon_id(e->data_canon, &e->data, 0), "pii");
  assert_string_equal(tmc_canon_id(e->data_canon, &e->data, 3), "nosuch");
  assert_string_equal(e->controls.v[0], "mtls");
  assert_string_equal(e->controls_canon[0].id, "authentication");
  assert_string_equal(e->controls_canon[1].id, "mfa");
  assert_null(e->controls_canon[2].id);
  const tmc_flow *x = &f->ir->flows[fl];
  assert_string_equal(x->data_canon[0].id, "user_content");
  assert_string_equal(x->controls_canon[0].id, "encryption_in_transit");
  /* Without a catalog nothing resolves, and ids read as written. */
  assert_null(f->ir->elements[1].data_canon); /* empty list */
  tmc_ir *bare = tmc_ir_new("t.dot");
  tmc_ir_add_page(bare, "G");
  tmc_ir_add_element(bare, 0, "a");
  tmc_props_set(bare, &bare->elements[0].props, "data", "personal_data");
  tmc_pass_opts none = TMC_PASS_OPTS_INIT;
  assert_int_equal(tmc_pass_vocab(bare, &none, &f->d), 0);
  assert_null(bare->elements[0].data_canon[0].id);
  assert_string_equal(
      tmc_canon_id(bare->elements[0].data_canon, &bare->elements[0].data, 0),
      "personal_data");
  tmc_ir_free(bare);
  tmc_catalog_free(cat);
  tmc_diags_free(&cd);
}

/* The message of the one diagnostic containing needle, or NULL. */
static const char *said(const tmc_diags *d, const char *needle) {
  for (uint32_t i = 0; i < d->n; i++)
    if (strstr(d->v[i].msg, needle))
      return d->v[i].msg;
  return NULL;
}

/* Unknown names and values: a near name or a confused one points at the
 * attribute meant; a far name (a team's own) is one warning, at its first
 * use, with how many more carry it; other tools' names say nothing; an
 * unknown value says what was used instead and the value meant. */
static void unknown_names_and_values(void **state) {
  fixture *f = *state;
  tmc_element *a = &f->ir->elements[0], *b = &f->ir->elements[1];
  a->loc = tmc_loc_at("t.dot", 2, 0);
  b->loc = tmc_loc_at("t.dot", 3, 0);
  tmc_props_set(f->ir, &a->props, "exposure", "public");
  tmc_props_set(f->ir, &b->props, "exposure", "internal");
  tmc_props_set(f->ir, &a->props, "penwidth", "2");
  tmc_props_set(f->ir, &a->props, "td.outOfScope", "true");
  tmc_props_set(f->ir, &a->props, "kind", "llm");
  tmc_props_set(f->ir, &a->props, "type", "lmm");
  tmc_props_set(f->ir, &b->props, "tech", "sql-databse");
  tmc_props_set(f->ir, &b->props, "sensitivity", "confidental");
  tmc_props_set(f->ir, &b->props, "source", "thirdparty");
  uint32_t x = tmc_ir_add_boundary(f->ir, 0, "cluster_x", TMC_BOUNDARY_CLUSTER);
  tmc_props_set(f->ir, &f->ir->boundaries[x].props, "type", "groupng");
  tmc_props_set(f->ir, &f->ir->boundaries[x].props, "bgcolor", "grey");
  tmc_props_set(f->ir, &f->ir->boundaries[x].props, "trsut", "2");
  add_flow(f, "protcol", "https", NULL, NULL);
  run(f);
  const char *m = said(&f->d, "'exposure'");
  assert_non_null(m);
  assert_non_null(
      strstr(m, "a: unknown attribute 'exposure' (ignored, here and on 1 more"));
  assert_non_null(strstr(m, "tmc --list-attributes"));
  uint32_t n = 0;
  for (uint32_t i = 0; i < f->d.n; i++)
    n += strstr(f->d.v[i].msg, "exposure") != NULL;
  assert_int_equal(n, 1);
  assert_null(said(&f->d, "penwidth"));
  assert_null(said(&f->d, "bgcolor"));
  assert_null(said(&f->d, "td.outOfScope"));
  assert_non_null(
      said(&f->d, "a: unknown attribute 'kind' (ignored); did you mean 'type'?"));
  assert_non_null(said(
      &f->d, "cluster_x: unknown attribute 'trsut' (ignored); did you mean 'trust'?"));
  assert_non_null(
      said(&f->d, "unknown attribute 'protcol' (ignored); did you mean 'protocol'?"));
  m = said(&f->d, "unknown type 'lmm'");
  assert_non_null(m);
  assert_non_null(strstr(m, "kind process used instead"));
  assert_non_null(strstr(m, "did you mean 'llm'?"));
  m = said(&f->d, "unknown tech 'sql-databse'");
  assert_non_null(m);
  assert_non_null(strstr(m, "no technology used instead; did you mean 'sql_database'?"));
  m = said(&f->d, "unknown sensitivity 'confidental'");
  assert_non_null(m);
  assert_non_null(strstr(m, "treated as unwritten; did you mean 'confidential'?"));
  assert_non_null(said(&f->d, "taken as internal; did you mean 'third_party'?"));
  m = said(&f->d, "boundary 'cluster_x': unknown type 'groupng'");
  assert_non_null(m);
  assert_non_null(strstr(m, "taken for a trust zone; did you mean 'grouping'?"));
  assert_int_equal(f->d.warnings, 9);
}

/* role= has a closed set of values in the vocabulary data (`choices:`): an
 * unknown role gets the role meant, at the value; known ones, whatever the
 * case, say nothing; roles= likewise; a far word, no guess. */
static void role_values_did_you_mean(void **state) {
  fixture *f = *state;
  tmc_element *a = &f->ir->elements[0], *b = &f->ir->elements[1];
  a->loc = tmc_loc_at("t.dot", 2, 0);
  tmc_props_set(f->ir, &a->props, "role", "Agent, retreiver;tool_executor");
  tmc_props_place(&a->props, "role", 2, 7, 12);
  tmc_props_set(f->ir, &b->props, "roles", "credential-holdr zebra");
  run(f);
  const char *m = said(&f->d, "a: unknown role 'retreiver'");
  assert_non_null(m);
  assert_non_null(strstr(m, "did you mean 'retriever'?"));
  for (uint32_t i = 0; i < f->d.n; i++)
    if (strstr(f->d.v[i].msg, "retreiver")) {
      assert_int_equal(f->d.v[i].loc.line, 2);
      assert_int_equal(f->d.v[i].loc.col, 12);
    }
  assert_non_null(
      said(&f->d, "b: unknown roles 'credential-holdr' (ignored; tmc --list-attributes "
                  "lists the values); did you mean 'credential_holder'?"));
  m = said(&f->d, "unknown roles 'zebra'");
  assert_non_null(m);
  assert_null(strstr(m, "did you mean"));
  assert_null(said(&f->d, "'Agent'"));
  assert_null(said(&f->d, "tool_executor"));
  assert_int_equal(f->d.warnings, 3);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test_setup_teardown(protocol_implies_encryption, setup, teardown),
      cmocka_unit_test_setup_teardown(yes_no_values, setup, teardown),
      cmocka_unit_test_setup_teardown(lists_are_normalised, setup, teardown),
      cmocka_unit_test_setup_teardown(sensitivity_source_entry_asset, setup, teardown),
      cmocka_unit_test_setup_teardown(aliases_are_canonical_after_vocab, setup, teardown),
      cmocka_unit_test_setup_teardown(unknown_names_and_values, setup, teardown),
      cmocka_unit_test_setup_teardown(role_values_did_you_mean, setup, teardown),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
