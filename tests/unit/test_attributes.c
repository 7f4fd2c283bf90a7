/* test_attributes.c - the diagram vocabulary (catalog/attributes.c,
 * catalogs/attributes.yaml): the built-in one knows what the vocab pass
 * reads and what other tools write; a name authors confuse with an attribute
 * and a near misspelling both lead to the attribute meant; a --catalog file
 * adds and replaces attributes, and its mistakes are errors at file:line:col. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "catalog/attributes.h"
#include "engine_helpers.h"

static void test_builtin(void **state) {
  (void)state;
  const tmc_attrs *v = tmc_attrs_builtin();
  assert_true(tmc_attrs_n(v) >= 20);
  for (uint32_t i = 1; i < tmc_attrs_n(v); i++) /* sorted: --list-attributes is stable */
    assert_true(strcmp(tmc_attrs_at(v, i - 1)->name, tmc_attrs_at(v, i)->name) < 0);
  /* Every attribute a pass reads is in it. */
  static const char *const read[] = {
      "accept", "asset",     "authenticated", "clearance", "controls",
      "data",   "encrypted", "entry",         "impact",    "inference_api",
      "owner",  "protocol",  "role",          "roles",     "sensitivity",
      "source", "tech",      "tls",           "trust",     "type"};
  for (size_t i = 0; i < sizeof read / sizeof *read; i++)
    assert_non_null(tmc_attrs_find(v, read[i]));
  const tmc_attribute *p = tmc_attrs_find(v, "protocol");
  assert_int_equal(p->on, TMC_ATTR_ON_FLOW);
  assert_int_equal(tmc_attrs_find(v, "trust")->on, TMC_ATTR_ON_BOUNDARY);
  assert_non_null(strstr(p->values, "https"));
  assert_string_equal(p->loc.file, "attributes.yaml");
  /* Other tools' names, exactly: graphviz is case-sensitive. */
  assert_true(tmc_attrs_foreign(v, "penwidth"));
  assert_true(tmc_attrs_foreign(v, "URL"));
  assert_true(tmc_attrs_foreign(v, "c4Type"));
  assert_false(tmc_attrs_foreign(v, "c4type"));
  assert_false(tmc_attrs_foreign(v, "protocol"));
  /* The attribute meant: a confused name however far, a near spelling. */
  assert_string_equal(tmc_attrs_meant(v, "kind")->name, "type");
  assert_string_equal(tmc_attrs_meant(v, "Kind")->name, "type");
  assert_string_equal(tmc_attrs_meant(v, "trust_level")->name, "trust");
  assert_string_equal(tmc_attrs_meant(v, "protocl")->name, "protocol");
  assert_string_equal(tmc_attrs_meant(v, "sensitivty")->name, "sensitivity");
  assert_null(tmc_attrs_meant(v, "zebra"));
  /* role='s closed set is every role tmc knows, no more (ir/ir.h's list). */
  for (const char *const *k = (const char *const[]){"role", "roles", NULL}; *k; k++) {
    const tmc_attribute *r = tmc_attrs_find(v, *k);
    assert_int_equal(r->choices.n, TMC_ROLE_COUNT);
    for (int i = 0; i < TMC_ROLE_COUNT; i++)
      assert_true(tmc_strlist_has(&r->choices, tmc_role_name((tmc_role)i)));
  }
  assert_int_equal(p->choices.n, 0); /* open: checked in code */
  /* Without a catalog, the built-in vocabulary. */
  assert_ptr_equal(tmc_catalog_attributes(NULL), v);
}

/* The built-in catalog and a --catalog file of text (*path: its name, to
 * unlink and free). */
static tmc_catalog *catalog_with(const char *text, char **path) {
  tmc_catalog *c = NULL;
  reset_diags();
  assert_int_equal(tmc_catalog_new(&c, &diags), 0);
  *path = temp_file(text);
  assert_int_equal(tmc_catalog_add_file(c, *path, &diags), 0);
  return c;
}

static void test_user_file(void **state) {
  (void)state;
  static const char text[] = "attributes:\n"
                             "  - name: team\n"
                             "    on: [element]\n"
                             "    values: a team's name\n"
                             "    meaning: who runs it\n"
                             "    confused: [squad]\n"
                             "  - name: owner\n"
                             "    on: element\n"
                             "    values: a team\n"
                             "    meaning: replaced\n"
                             "foreign_attributes:\n"
                             "  ourtool: [x_ref]\n";
  char *path = NULL;
  tmc_catalog *c = catalog_with(text, &path);
  const tmc_attrs *v = tmc_catalog_attributes(c);
  assert_non_null(tmc_attrs_find(v, "team"));
  assert_non_null(tmc_attrs_find(v, "protocol")); /* the built-in ones stay */
  assert_string_equal(tmc_attrs_find(v, "owner")->meaning, "replaced");
  assert_string_equal(tmc_attrs_find(v, "owner")->loc.file, path);
  assert_string_equal(tmc_attrs_meant(v, "squad")->name, "team");
  assert_true(tmc_attrs_foreign(v, "x_ref"));
  assert_true(tmc_attrs_foreign(v, "penwidth"));
  /* The vocab pass reads the catalog's vocabulary: tem= is near team=. */
  tmc_ir *ir = analyse_with("digraph g { a [tem=ops, x_ref=7, squad=ops]; }", c, "vocab");
  bool near = false, confused = false;
  for (uint32_t i = 0; i < diags.n; i++) {
    near |= strstr(diags.v[i].msg, "'tem' (ignored); did you mean 'team'?") != NULL;
    confused |= strstr(diags.v[i].msg, "'squad' (ignored); did you mean 'team'?") != NULL;
    assert_null(strstr(diags.v[i].msg, "x_ref"));
  }
  assert_true(near);
  assert_true(confused);
  tmc_ir_free(ir);
  unlink(path);
  free(path);
  tmc_catalog_free(c);
}

/* The role list is the IR's (TMC_ROLES), written nowhere else: role= and
 * roles= take their choices from it and --list-attributes' values say them;
 * a --catalog entry for role= that gives no choices keeps them, so an
 * unknown role is still warned about (it silenced the warning once). */
static void test_roles_one_list(void **state) {
  (void)state;
  const tmc_attribute *r = tmc_attrs_find(tmc_attrs_builtin(), "role");
  for (int i = 0; i < TMC_ROLE_COUNT; i++)
    assert_non_null(strstr(r->values, tmc_role_name((tmc_role)i)));
  assert_null(strstr(r->values, "{choices}"));
  static const char text[] = "attributes:\n"
                             "  - name: role\n"
                             "    on: [element]\n"
                             "    values: our roles\n"
                             "    meaning: what it does for us\n";
  char *path = NULL;
  tmc_catalog *c = catalog_with(text, &path);
  r = tmc_attrs_find(tmc_catalog_attributes(c), "role");
  assert_string_equal(r->meaning, "what it does for us");
  assert_int_equal(r->choices.n, TMC_ROLE_COUNT);
  tmc_ir *ir = analyse_with("digraph g { a [role=\"agent, retreiver\"]; }", c, "vocab");
  bool warned = false;
  for (uint32_t i = 0; i < diags.n; i++)
    warned |= strstr(diags.v[i].msg, "unknown role 'retreiver'") != NULL &&
              strstr(diags.v[i].msg, "did you mean 'retriever'?") != NULL;
  assert_true(warned);
  tmc_ir_free(ir);
  unlink(path);
  free(path);
  /* choices_of names only a set tmc defines. */
  path = temp_file("attributes:\n"
                   "  - name: colour\n"
                   "    on: [element]\n"
                   "    values: v\n"
                   "    meaning: m\n"
                   "    choices_of: colours\n");
  assert_true(tmc_catalog_add_file(c, path, &diags) < 0);
  assert_true(error_at(path, 6, 17, "'choices_of' names a set tmc defines: roles"));
  assert_null(tmc_attrs_find(tmc_catalog_attributes(c), "colour"));
  unlink(path);
  free(path);
  tmc_catalog_free(c);
}

static void test_errors(void **state) {
  (void)state;
  static const char bad[] = "attributes:\n"                 /* 1 */
                            "  - name: ok\n"                /* 2 */
                            "    on: [element, cloud]\n"    /* 3 */
                            "    values: v\n"               /* 4 */
                            "    meaning: m\n"              /* 5 */
                            "  - name: no meaning\n"        /* 6 */
                            "    on: [flow]\n"              /* 7 */
                            "    values: v\n"               /* 8 */
                            "  - name: x\n"                 /* 9 */
                            "    on: [flow]\n"              /* 10 */
                            "    values: v\n"               /* 11 */
                            "    meaning: m\n"              /* 12 */
                            "    colour: red\n"             /* 13 */
                            "  - name: y\n"                 /* 14 */
                            "    on: [flow]\n"              /* 15 */
                            "    values: v\n"               /* 16 */
                            "  - plain\n"                   /* 17 */
                            "foreign_attributes: [a, b]\n"; /* 18 */
  tmc_catalog *c = NULL;
  reset_diags();
  assert_int_equal(tmc_catalog_new(&c, &diags), 0);
  char *path = temp_file(bad);
  assert_true(tmc_catalog_add_file(c, path, &diags) < 0);
  assert_true(error_at(path, 3, 9, "'on' names element, flow or boundary"));
  assert_true(error_at(path, 6, 11, "'name' must be an attribute name"));
  assert_true(error_at(path, 13, 5, "unknown attribute key 'colour'"));
  assert_true(error_at(path, 14, 5, "needs a name, on, values and meaning"));
  assert_true(error_at(path, 17, 5, "an attribute must be a mapping"));
  assert_true(error_at(path, 18, 21, "'foreign_attributes' must be a mapping"));
  const tmc_attrs *v = tmc_catalog_attributes(c);
  assert_null(tmc_attrs_find(v, "ok")); /* nothing broken is kept */
  assert_null(tmc_attrs_find(v, "x"));
  unlink(path);
  free(path);
  tmc_catalog_free(c);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_builtin),
      cmocka_unit_test(test_user_file),
      cmocka_unit_test(test_roles_one_list),
      cmocka_unit_test(test_errors),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
