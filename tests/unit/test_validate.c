/* test_validate.c - the validation plan (issue #20): catalogs/validation.yaml
 * loads and every entry's tool and names are there; the validate pass gives
 * every open AI finding of a testable technique a test whose tool and probe
 * the catalog has, aimed at an element reachable from the named entry point,
 * with an id that survives reordering the diagram; a system without AI gets
 * an empty plan; --catalog entries override and are tried first; broken
 * entries are errors at file:line:col. Two differently worded and drawn
 * systems (a chatbot, a scoring API) so no test is tuned to one example. */
#include <setjmp.h>
#include <stdbool.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "catalog/validation.h"
#include "engine_helpers.h"

static const char chat[] =
    "digraph chat {\n"
    "  user [type=external, label=\"Customer\"];\n"
    "  subgraph cluster_dmz { label=\"DMZ\"; ui [label=\"Support chat web app\"]; }\n"
    "  subgraph cluster_in { label=\"Internal\";\n"
    "    bot [type=llm, label=\"Support assistant model\"];\n"
    "    kb [type=vector_store, label=\"Help articles index\"];\n"
    "  }\n"
    "  user -> ui [label=\"question\"]; ui -> user [label=\"answer\"];\n"
    "  ui -> bot [label=\"prompt\"]; bot -> ui [label=\"completion\"];\n"
    "  bot -> kb [label=\"search\"]; kb -> bot [label=\"passages\"];\n"
    "}\n";

/* The same kind of system drawn in another order with other words. */
static const char chat2[] =
    "digraph chat2 {\n"
    "  subgraph cluster_core { label=\"Core network\";\n"
    "    vs [type=vector_store, label=\"Policy embeddings\"];\n"
    "    gpt [type=llm, label=\"Answering LLM\"];\n"
    "  }\n"
    "  gpt -> vs; vs -> gpt;\n"
    "  subgraph cluster_edge { label=\"Edge\"; fe [label=\"Portal frontend\"]; }\n"
    "  fe -> gpt; gpt -> fe;\n"
    "  visitor [type=external, label=\"Visitor\"];\n"
    "  visitor -> fe; fe -> visitor;\n"
    "}\n";

static const char scoring[] =
    "digraph scoring {\n"
    "  partner [type=external, label=\"Partner system\"];\n"
    "  subgraph cluster_dmz { label=\"DMZ\"; api [label=\"Scoring API\"]; }\n"
    "  subgraph cluster_in { label=\"Internal\";\n"
    "    clf [type=model, label=\"Fraud classifier\"];\n"
    "  }\n"
    "  partner -> api [label=\"score request\"]; api -> partner [label=\"score\"];\n"
    "  api -> clf; clf -> api;\n"
    "}\n";

static const char shop[] =
    "digraph shop {\n"
    "  buyer [type=external, label=\"Shopper\"];\n"
    "  subgraph cluster_dmz { label=\"DMZ\"; web [label=\"Storefront\"]; }\n"
    "  subgraph cluster_in { label=\"Internal\";\n"
    "    db [type=data_store, label=\"Orders DB\", data=pii];\n"
    "  }\n"
    "  buyer -> web; web -> buyer; web -> db; db -> web;\n"
    "}\n";

static bool is_ai(const tmc_finding *f) {
  if (f->atlas.n)
    return true;
  for (uint32_t i = 0; i < f->owasp.n; i++)
    if (strncmp(f->owasp.v[i], "LLM", 3) == 0 || strncmp(f->owasp.v[i], "ML", 2) == 0)
      return true;
  return false;
}

static const tmc_vitem *item_of(const tmc_ir *ir, uint32_t finding) {
  for (uint32_t i = 0; i < ir->n_vplan; i++)
    for (uint32_t k = 0; k < ir->vplan[i].n_findings; k++)
      if (ir->vplan[i].findings[k] == finding)
        return &ir->vplan[i];
  return NULL;
}

/* Can `to` be reached from `from` along the flows? */
static bool reaches(const tmc_ir *ir, uint32_t from, uint32_t to) {
  uint8_t *seen = calloc(ir->n_elements + 1, 1);
  uint32_t *q = malloc((ir->n_elements + 1) * sizeof *q), h = 0, t = 0;
  q[t++] = from;
  seen[from] = 1;
  while (h < t) {
    uint32_t e = q[h++];
    for (uint32_t i = 0; i < ir->n_flows; i++) {
      const tmc_flow *f = &ir->flows[i];
      uint32_t nx = f->src == e                       ? f->dst
                    : f->bidirectional && f->dst == e ? f->src
                                                      : TMC_NONE;
      if (nx != TMC_NONE && !seen[nx])
        seen[nx] = 1, q[t++] = nx;
    }
  }
  bool r = seen[to];
  free(seen);
  free(q);
  return r;
}

/* Every entry: its tool is in the catalog, a test names its probe or
 * attack, says what success means; tools name the version they were
 * checked against. */
static void test_catalog_entries(void **state) {
  (void)state;
  assert_true(tmc_catalog_n_validations(cat) >= 15);
  for (uint32_t i = 0; i < tmc_catalog_n_validations(cat); i++) {
    const tmc_validation *v = tmc_catalog_validation_at(cat, i);
    assert_non_null(tmc_catalog_tool(cat, v->tool->id));
    assert_non_null(v->success);
    if (v->mode != TMC_VMODE_MANUAL) {
      assert_true(v->attack.n > 0);
      assert_non_null(v->tool->version);
      assert_non_null(v->detector);
    }
  }
  const tmc_validation *pi = tmc_catalog_validation(cat, "VAL-LLM-PI-DIRECT");
  assert_non_null(pi);
  assert_string_equal(pi->tool->id, "garak");
  assert_string_equal(pi->probes, "promptinject");
  /* Sub-techniques fall under the entry of their parent; the rule wins. */
  tmc_strlist a = {0};
  tmc_strlist_add(&a, "AML.T0024.002");
  assert_string_equal(tmc_catalog_validation_for(cat, "X", &a, NULL)->id,
                      "VAL-ML-EXTRACTION");
  assert_string_equal(tmc_catalog_validation_for(cat, "TMC-LLM-012", &a, NULL)->id,
                      "VAL-MANUAL-THIRD-PARTY-DATA");
  tmc_strlist_free(&a);
  tmc_strlist_add(&a, "AML.T0051.001");
  assert_string_equal(tmc_catalog_validation_for(cat, "X", &a, NULL)->id,
                      "VAL-LLM-PI-INDIRECT");
  tmc_strlist_free(&a);
}

/* Every open AI finding has a test; its target is reachable from the named
 * entry, the endpoint is on the way; and the probe names are the catalog's. */
/* The route of a test that settles an attack path is that path's: it may
 * read back against a flow on its last hop (a compromised reader takes what
 * a store answers), which plain flow reachability does not follow. */
static bool on_a_path(const tmc_ir *ir, const tmc_vitem *it) {
  for (uint32_t k = 0; k < it->n_findings; k++) {
    const tmc_finding *f = &ir->findings[it->findings[k]];
    if (f->target_kind != TMC_TARGET_PATH)
      continue;
    const tmc_path *p = &ir->paths[f->target];
    bool t = false, e = false;
    for (uint32_t h = 0; h < p->n_hops; h++) {
      t |= p->hops[h].element == it->target;
      e |= p->hops[h].element == it->endpoint;
    }
    if (p->entry == it->entry && t && e)
      return true;
  }
  return false;
}

static void check_plan_of(tmc_ir *ir, const char *name);

static void check_plan(const char *dot) {
  tmc_ir *ir = analyse_with(dot, cat, NULL);
  assert_non_null(ir);
  assert_true(ir->n_vplan > 0);
  check_plan_of(ir, "t.dot");
}

static void check_plan_of(tmc_ir *ir, const char *name) {
  for (uint32_t i = 0; i < ir->n_findings; i++) {
    const tmc_finding *f = &ir->findings[i];
    if (f->status != TMC_STATUS_OPEN || !is_ai(f))
      continue;
    const tmc_vitem *it = item_of(ir, i);
    if (!it)
      fail_msg("%s: open AI finding %s has no test", name, f->rule_id);
    /* A threat grouped into this finding (docs/risk.md, "Grouping") keeps
     * the test its own rule has: some item of the finding is that test. */
    for (uint32_t g = 0; g < f->grouped.n; g++) {
      const tmc_rule *r = tmc_catalog_rule(cat, f->grouped.v[g]);
      const tmc_validation *want =
          r ? tmc_catalog_validation_for(cat, r->id, &r->atlas, &r->owasp) : NULL;
      bool found = !want;
      for (uint32_t x = 0; x < ir->n_vplan && !found; x++)
        for (uint32_t k = 0; k < ir->vplan[x].n_findings && !found; k++)
          found = ir->vplan[x].findings[k] == i && ir->vplan[x].how == want;
      if (!found)
        fail_msg("%s: %s grouped into %s lost its test %s", name, f->grouped.v[g],
                 f->rule_id, want->id);
    }
    const tmc_validation *v = it->how;
    assert_ptr_equal(tmc_catalog_validation(cat, v->id), v);
    if (v->mode == TMC_VMODE_MANUAL)
      continue;
    /* No entry point reaches the target: the test is run from inside. */
    if (it->entry == TMC_NONE)
      continue;
    bool starts = ir->elements[it->entry].facts.is_entry;
    for (uint32_t p = 0; p < ir->n_paths && !starts; p++)
      starts = ir->paths[p].entry == it->entry; /* a vendor's response (#16) */
    if (!starts)
      fail_msg("%s: test %s names %s, neither an entry point nor a path's start", name,
               it->id, ir->elements[it->entry].id);
    if (!on_a_path(ir, it) &&
        (!reaches(ir, it->entry, it->target) || !reaches(ir, it->entry, it->endpoint) ||
         !reaches(ir, it->endpoint, it->target)))
      fail_msg("%s: test %s: entry, endpoint and target are not on one route", name,
               it->id);
    assert_non_null(strstr(it->id, v->id));
  }
  tmc_ir_free(ir);
}

static void test_plan_covers_ai_findings(void **state) {
  (void)state;
  check_plan(chat);
  check_plan(chat2);
  check_plan(scoring);
}

/* One blind diagram: its plan entries match its open AI findings; counts
 * the diagrams with a plan into *ctx. */
static void check_plan_on(const char *path, const char *data, size_t len, void *ctx) {
  int *with_plan = ctx;
  tmc_diags d = TMC_DIAGS_INIT;
  tmc_ir *ir = ir_analysed(path, data, len, cat, NULL, &d);
  assert_non_null(ir);
  bool ai = false;
  for (uint32_t i = 0; i < ir->n_findings; i++)
    ai |= ir->findings[i].status == TMC_STATUS_OPEN && is_ai(&ir->findings[i]);
  if (!ai && ir->n_vplan)
    fail_msg("%s: no open AI finding, yet %u plan entries", path, ir->n_vplan);
  if (ai && !ir->n_vplan)
    fail_msg("%s: open AI findings and an empty plan", path);
  *with_plan += ir->n_vplan > 0;
  check_plan_of(ir, path);
  tmc_diags_free(&d);
}

/* The same properties on diagrams nobody wrote for tmc: every blind set's
 * systems (tests/blind*: drawn from a paragraph by someone who never read the
 * rules), both formats. A system with no open AI finding gets an empty plan. */
static void test_plan_on_blind_sets(void **state) {
  (void)state;
  static const char *const sets[] = {"tests/blind",   "tests/blind2",  "tests/blind3",
                                     "tests/blind4",  "tests/blind5",  "tests/blind6",
                                     "tests/blind7",  "tests/blind8",  "tests/blind9",
                                     "tests/blind10", "tests/blind11", "tests/blind12"};
  int with_plan = 0;
  int seen =
      for_each_diagram(sets, sizeof sets / sizeof *sets, check_plan_on, &with_plan);
  assert_true(seen >= 20);
  assert_true(with_plan >= 10);
}

/* Where the tests point, on two wordings of a chatbot and a scoring API. */
static void test_plan_targets(void **state) {
  (void)state;
  const char *const dots[] = {chat, chat2};
  const char *const want[][3] = {{"bot", "ui", "user"}, {"gpt", "fe", "visitor"}};
  for (int k = 0; k < 2; k++) {
    tmc_ir *ir = analyse_with(dots[k], cat, NULL);
    bool direct = false;
    for (uint32_t i = 0; i < ir->n_vplan; i++) {
      const tmc_vitem *it = &ir->vplan[i];
      if (strcmp(((const tmc_validation *)it->how)->id, "VAL-LLM-PI-DIRECT") != 0 ||
          ir->elements[it->target].kind != TMC_KIND_LLM)
        continue;
      direct = true;
      assert_string_equal(ir->elements[it->target].id, want[k][0]);
      assert_string_equal(ir->elements[it->endpoint].id, want[k][1]);
      assert_string_equal(ir->elements[it->entry].id, want[k][2]);
      char id[128];
      snprintf(id, sizeof id, "VAL-LLM-PI-DIRECT:%s:%s", want[k][0], want[k][2]);
      assert_string_equal(it->id, id);
    }
    assert_true(direct);
    tmc_ir_free(ir);
  }
  tmc_ir *ir = analyse_with(scoring, cat, NULL);
  bool extraction = false;
  for (uint32_t i = 0; i < ir->n_vplan; i++)
    if (strcmp(ir->vplan[i].id, "VAL-ML-EXTRACTION:clf:partner") == 0) {
      extraction = true;
      assert_string_equal(ir->elements[ir->vplan[i].endpoint].id, "api");
      assert_string_equal(((const tmc_validation *)ir->vplan[i].how)->tool->id, "art");
    }
  assert_true(extraction);
  tmc_ir_free(ir);
}

/* Ids do not depend on where things are declared: chat and its reordered
 * twin give the same ids (modulo element names), and a rerun is identical. */
static void test_ids_stable(void **state) {
  (void)state;
  tmc_ir *a = analyse_with(scoring, cat, NULL);
  tmc_ir *b = analyse_with(scoring, cat, NULL);
  assert_int_equal(a->n_vplan, b->n_vplan);
  for (uint32_t i = 0; i < a->n_vplan; i++)
    assert_string_equal(a->vplan[i].id, b->vplan[i].id);
  tmc_ir_free(a);
  tmc_ir_free(b);
  static const char reordered[] =
      "digraph scoring {\n"
      "  subgraph cluster_in { label=\"Internal\";\n"
      "    clf [type=model, label=\"Fraud classifier\"];\n"
      "  }\n"
      "  api -> clf; clf -> api;\n"
      "  subgraph cluster_dmz { label=\"DMZ\"; api [label=\"Scoring API\"]; }\n"
      "  partner -> api [label=\"score request\"]; api -> partner [label=\"score\"];\n"
      "  partner [type=external, label=\"Partner system\"];\n"
      "}\n";
  a = analyse_with(scoring, cat, NULL);
  b = analyse_with(reordered, cat, NULL);
  assert_int_equal(a->n_vplan, b->n_vplan);
  for (uint32_t i = 0; i < a->n_vplan; i++)
    assert_string_equal(a->vplan[i].id, b->vplan[i].id);
  tmc_ir_free(a);
  tmc_ir_free(b);
}

static void test_no_ai_empty_plan(void **state) {
  (void)state;
  tmc_ir *ir = analyse_with(shop, cat, NULL);
  assert_true(ir->n_findings > 0);
  assert_int_equal(ir->n_vplan, 0);
  tmc_ir_free(ir);
}

/* A user's entry with a built-in id replaces it and is tried first. */
static void test_user_override(void **state) {
  (void)state;
  tmc_catalog *c = NULL;
  assert_int_equal(tmc_catalog_new(&c, &diags), 0);
  char *path = temp_file("tools:\n"
                         "  - id: inhouse\n"
                         "    title: Our fuzzer\n"
                         "    version: \"2.1\"\n"
                         "validation:\n"
                         "  - id: VAL-ML-EXTRACTION\n"
                         "    title: Steal with our own harness\n"
                         "    techniques: [AML.T0024.002]\n"
                         "    tool: inhouse\n"
                         "    attack: [steal]\n"
                         "    detector: agreement\n"
                         "    success: agreement above 0.8\n");
  assert_int_equal(tmc_catalog_add_file(c, path, &diags), 0);
  const tmc_validation *v = tmc_catalog_validation_at(c, 0);
  assert_string_equal(v->id, "VAL-ML-EXTRACTION");
  assert_string_equal(v->tool->id, "inhouse");
  uint32_t n = 0;
  for (uint32_t i = 0; i < tmc_catalog_n_validations(c); i++)
    n += strcmp(tmc_catalog_validation_at(c, i)->id, "VAL-ML-EXTRACTION") == 0;
  assert_int_equal(n, 1);
  tmc_ir *ir = analyse_with(scoring, c, NULL);
  bool ours = false;
  for (uint32_t i = 0; i < ir->n_vplan; i++)
    ours |= strcmp(((const tmc_validation *)ir->vplan[i].how)->tool->id, "inhouse") == 0;
  assert_true(ours);
  tmc_ir_free(ir);
  unlink(path);
  free(path);
  tmc_catalog_free(c);
}

static void test_loader_errors(void **state) {
  (void)state;
  static const char bad[] = "tools:\n"                      /* 1 */
                            "  - id: t1\n"                  /* 2 */
                            "    title: T\n"                /* 3 */
                            "    colour: red\n"             /* 4 */
                            "validation:\n"                 /* 5 */
                            "  - id: V-1\n"                 /* 6 */
                            "    title: t\n"                /* 7 */
                            "    techniques: [AML.T9999]\n" /* 8 */
                            "    tool: garak\n"             /* 9 */
                            "    attack: [x]\n"             /* 10 */
                            "    success: s\n"              /* 11 */
                            "  - id: V-2\n"                 /* 12 */
                            "    title: t\n"                /* 13 */
                            "    techniques: [AML.T0051]\n" /* 14 */
                            "    tool: nosuchtool\n"        /* 15 */
                            "    success: s\n"              /* 16 */
                            "  - id: V-3\n"                 /* 17 */
                            "    title: t\n"                /* 18 */
                            "    owasp: ['LLM01:2025']\n"   /* 19 */
                            "    tool: garak\n"             /* 20 */
                            "    success: s\n"              /* 21 */
                            "  - id: V-4\n"                 /* 22 */
                            "    title: t\n"                /* 23 */
                            "    rules: [TMC-NOPE-001]\n"   /* 24 */
                            "    tool: manual\n"            /* 25 */
                            "    success: s\n"              /* 26 */
                            "  - id: V-5\n"                 /* 27 */
                            "    title: t\n"                /* 28 */
                            "    techniques: [AML.T0051]\n" /* 29 */
                            "    tool: garak\n"             /* 30 */
                            "    mode: sometimes\n"         /* 31 */
                            "    attack: [x]\n"             /* 32 */
                            "    success: s\n"              /* 33 */
                            "    flavour: mint\n";          /* 34 */
  tmc_catalog *c = NULL;
  assert_int_equal(tmc_catalog_new(&c, &diags), 0);
  char *path = temp_file(bad);
  assert_true(tmc_catalog_add_file(c, path, &diags) < 0);
  assert_true(error_at(path, 4, 5, "unknown tool key 'colour'"));
  assert_true(error_at(path, 8, 0, "'AML.T9999' is not an ATLAS technique"));
  assert_true(error_at(path, 15, 11, "unknown tool 'nosuchtool'"));
  assert_true(error_at(path, 17, 5, "names no probe, attack or scenario"));
  assert_true(error_at(path, 22, 5, "names rule 'TMC-NOPE-001', which no catalog has"));
  assert_true(error_at(path, 34, 5, "unknown validation key 'flavour'"));
  assert_null(tmc_catalog_validation(c, "V-1"));
  assert_null(tmc_catalog_validation(c, "V-2"));
  assert_null(tmc_catalog_validation(c, "V-5"));
  unlink(path);
  free(path);
  tmc_catalog_free(c);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_catalog_entries),
      cmocka_unit_test(test_plan_covers_ai_findings),
      cmocka_unit_test(test_plan_on_blind_sets),
      cmocka_unit_test(test_plan_targets),
      cmocka_unit_test(test_ids_stable),
      cmocka_unit_test(test_no_ai_empty_plan),
      cmocka_unit_test(test_user_override),
      cmocka_unit_test(test_loader_errors),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
