/* test_context.c - --context (issue #20 item 3): a team's diagram read with a
 * shared platform's (frontend/context.c merges, the context pass decides who
 * reports what), through the library as the driver runs it.
 *
 * The one idea: the split must not change the analysis. A team diagram with
 * its platform as context finds, on the team's own elements and flows,
 * exactly what the one diagram of both finds; it repeats none of the
 * platform's own findings; and the platform's report and the team's together
 * hold every finding of the one diagram, each once. Checked on the shipped
 * MLOps split (DOT and a Mermaid team), on a differently worded system whose
 * outsider's attack paths cross into the platform, and on references. */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "cli/driver.h"
#include "frontend/context.h"
#include "frontend/frontend.h"
#include "ir_helpers.h"
#include "passes/passes.h"

static tmc_catalog *cat;

static int setup(void **state) {
  (void)state;
  tmc_diags d = TMC_DIAGS_INIT;
  int rc = tmc_catalog_new(&cat, &d);
  tmc_diags_free(&d);
  return rc < 0 ? -1 : 0;
}

static int teardown(void **state) {
  (void)state;
  tmc_catalog_free(cat);
  return 0;
}

static char *slurp(const char *path, size_t *len) {
  tmc_diags d = TMC_DIAGS_INIT;
  char *data = NULL;
  assert_int_equal(tmc_read_file(&data, len, path, 1 << 24, &d), 0);
  tmc_diags_free(&d);
  return data;
}

/* A team's text analysed as the driver does with --context: the platform's
 * text parsed once to merge and once analysed alone (returned in *alone when
 * asked). ctx NULL: analysed on its own. Warnings go to d. */
static tmc_ir *analyse(const char *name, const char *text, const char *ctx_name,
                       const char *ctx, tmc_ir **alone, tmc_diags *d) {
  tmc_ir *ir = ir_parse(name, text, strlen(text), d);
  tmc_ir *raw = NULL, *pf = NULL;
  tmc_pass_opts po = TMC_PASS_OPTS_INIT;
  po.catalog = cat;
  if (ctx) {
    raw = ir_parse(ctx_name, ctx, strlen(ctx), d);
    pf = ir_analysed(ctx_name, ctx, strlen(ctx), cat, NULL, d);
    assert_int_equal(tmc_context_merge(ir, raw, d), 0);
    po.context = pf;
  }
  assert_int_equal(tmc_analyse(ir, &po, NULL, d), 0);
  tmc_ir_free(raw);
  if (alone)
    *alone = pf;
  else
    tmc_ir_free(pf);
  return ir;
}

static tmc_ir *analyse_file(const char *path, const char *ctx_path, tmc_ir **alone) {
  size_t n;
  char *text = slurp(path, &n), *ctx = ctx_path ? slurp(ctx_path, &n) : NULL;
  tmc_diags d = TMC_DIAGS_INIT;
  tmc_ir *ir = analyse(path, text, ctx_path, ctx, alone, &d);
  if (d.errors)
    tmc_diags_print(&d, stderr, false);
  assert_int_equal(d.errors, 0);
  tmc_diags_free(&d);
  free(text);
  free(ctx);
  return ir;
}

/* One finding as a line: "RULE element id", "RULE flow src->dst label",
 * "RULE path a>b>c", then its status, severity and score after a tab. */
typedef struct keys {
  char **v;
  uint32_t n;
} keys;

static bool on_team(const tmc_ir *ir, const tmc_finding *f) {
  switch (f->target_kind) {
  case TMC_TARGET_ELEMENT:
    return !ir->elements[f->target].context;
  case TMC_TARGET_FLOW:
    return !ir->flows[f->target].context;
  case TMC_TARGET_PATH:
    return false;
  }
  return false;
}

/* which: 0 every finding, 1 those on the team's own elements and flows. */
static keys keys_of(const tmc_ir *ir, int which, bool with_rating) {
  keys k = {tmc_xcalloc(ir->n_findings + 1, sizeof(char *)), 0};
  for (uint32_t i = 0; i < ir->n_findings; i++) {
    const tmc_finding *f = &ir->findings[i];
    if (which == 1 && !on_team(ir, f))
      continue;
    tmc_buf b = TMC_BUF_INIT;
    tmc_buf_printf(&b, "%s ", f->rule_id);
    switch (f->target_kind) {
    case TMC_TARGET_ELEMENT:
      tmc_buf_printf(&b, "element %s", ir->elements[f->target].id);
      break;
    case TMC_TARGET_FLOW: {
      const tmc_flow *x = &ir->flows[f->target];
      tmc_buf_printf(&b, "flow %s->%s %s", ir->elements[x->src].id,
                     ir->elements[x->dst].id, x->label);
      break;
    }
    case TMC_TARGET_PATH: {
      const tmc_path *p = &ir->paths[f->target];
      tmc_buf_puts(&b, "path ");
      for (uint32_t h = 0; h < p->n_hops; h++)
        tmc_buf_printf(&b, "%s%s", h ? ">" : "", ir->elements[p->hops[h].element].id);
      break;
    }
    }
    if (with_rating)
      tmc_buf_printf(&b, "\t%s %s %d", tmc_status_name(f->status),
                     tmc_severity_name(f->severity), f->score);
    k.v[k.n++] = tmc_buf_detach(&b);
  }
  return k;
}

static bool keys_has(const keys *k, const char *s) {
  for (uint32_t i = 0; i < k->n; i++)
    if (strcmp(k->v[i], s) == 0)
      return true;
  return false;
}

static void keys_free(keys *k) {
  for (uint32_t i = 0; i < k->n; i++)
    free(k->v[i]);
  free(k->v);
}

/* Every key of a is in b (the message names the first that is not). */
static void assert_within(const keys *a, const keys *b, const char *what) {
  for (uint32_t i = 0; i < a->n; i++)
    if (!keys_has(b, a->v[i]))
      fail_msg("%s: '%s'", what, a->v[i]);
}

/* The three properties of a split, for a team read with its platform
 * against the one diagram of both. */
static void check_split(const tmc_ir *whole, const tmc_ir *platform, const tmc_ir *team) {
  keys w = keys_of(whole, 0, false), p = keys_of(platform, 0, false),
       t = keys_of(team, 0, false);
  /* 1. Nothing the platform reports is repeated by the team. */
  for (uint32_t i = 0; i < t.n; i++)
    if (keys_has(&p, t.v[i]))
      fail_msg("the team repeats the platform's finding '%s'", t.v[i]);
  /* 2. Together they report what the whole does, each finding once. */
  assert_within(&t, &w, "the team reports what the whole diagram does not");
  for (uint32_t i = 0; i < w.n; i++)
    if (!keys_has(&p, w.v[i]) && !keys_has(&t, w.v[i]))
      fail_msg("neither the platform nor the team reports '%s'", w.v[i]);
  keys_free(&w);
  keys_free(&p);
  keys_free(&t);
  /* 3. On the team's own part: the same findings, rated the same. */
  keys wr = keys_of(whole, 0, true), tr = keys_of(team, 0, true);
  keys to = keys_of(team, 1, true);
  assert_within(&tr, &wr, "a team finding is rated otherwise in the whole diagram");
  for (uint32_t i = 0; i < wr.n; i++) {
    /* The whole's findings on the team's elements and flows are the team's. */
    const tmc_finding *f = &whole->findings[i];
    bool team_part = false;
    if (f->target_kind == TMC_TARGET_ELEMENT) {
      const char *id = whole->elements[f->target].id;
      for (uint32_t e = 0; e < team->n_elements; e++)
        team_part |= !team->elements[e].context && strcmp(team->elements[e].id, id) == 0;
    } else if (f->target_kind == TMC_TARGET_FLOW) {
      const tmc_flow *x = &whole->flows[f->target];
      for (uint32_t k = 0; k < team->n_flows; k++) {
        const tmc_flow *y = &team->flows[k];
        team_part |= !y->context && strcmp(x->label, y->label) == 0 &&
                     strcmp(whole->elements[x->src].id, team->elements[y->src].id) == 0 &&
                     strcmp(whole->elements[x->dst].id, team->elements[y->dst].id) == 0;
      }
    }
    if (team_part && !keys_has(&to, wr.v[i]))
      fail_msg("the whole diagram's '%s' on the team's part is not in the team's report",
               wr.v[i]);
  }
  keys_free(&wr);
  keys_free(&tr);
  keys_free(&to);
}

static const tmc_element *find_el(const tmc_ir *ir, const char *id) {
  for (uint32_t i = 0; i < ir->n_elements; i++)
    if (strcmp(ir->elements[i].id, id) == 0)
      return &ir->elements[i];
  fail_msg("no element '%s'", id);
  return NULL;
}

/* The shipped split: examples/platform-team/ is examples/mlops-platform.dot
 * cut in two; with a DOT team and with a Mermaid team. */
static void test_mlops_split(void **state) {
  (void)state;
  tmc_ir *whole = analyse_file("examples/mlops-platform.dot", NULL, NULL);
  const char *teams[] = {"examples/platform-team/order-routing.dot",
                         "examples/platform-team/order-routing.mmd"};
  for (size_t k = 0; k < 2; k++) {
    tmc_ir *platform = NULL;
    tmc_ir *team =
        analyse_file(teams[k], "examples/platform-team/mlops-platform.dot", &platform);
    /* One system: references joined the platform's elements and zones. */
    assert_int_equal(team->n_elements, whole->n_elements);
    assert_int_equal(team->n_flows, whole->n_flows);
    assert_int_equal(team->n_boundaries, whole->n_boundaries);
    assert_false(find_el(team, "app")->context);
    assert_true(find_el(team, "serving")->context);
    /* The team's job runs in the platform's restricted zone. */
    const tmc_element *etl = find_el(team, "etl");
    assert_int_not_equal(etl->boundary, TMC_NONE);
    assert_true(team->boundaries[etl->boundary].context);
    assert_string_equal(team->boundaries[etl->boundary].id, "cluster_ml");
    check_split(whole, platform, team);
    /* Not trivially: the team reports on its own part and adds to the
     * platform's feature store; the platform's own findings were left. */
    keys t = keys_of(team, 0, false);
    assert_true(keys_has(&t, "TMC-DISC-002 element orders"));
    assert_true(keys_has(&t, "TMC-DISC-003 element features"));
    assert_false(keys_has(&t, "TMC-MLOPS-001 element registry"));
    keys_free(&t);
    assert_true(team->context_left_findings > 0);
    assert_true(team->context_left_paths > 0);
    tmc_ir_free(team);
    tmc_ir_free(platform);
  }
  tmc_ir_free(whole);
}

/* A differently worded system: a customer outside reaches the platform's
 * LLM through the team's chat app. The paths cross into the platform, and
 * the threats the team's outsider brings to the platform's LLM are the
 * team's to report, since the platform alone has no outsider. */
static const char platform_llm[] =
    "digraph shared_ai {\n"
    "  subgraph cluster_ai { label=\"AI platform (restricted)\";\n"
    "    gateway [label=\"Inference gateway\"];\n"
    "    llm [label=\"Hosted LLM\", type=llm];\n"
    "    kb [label=\"Policy documents\", shape=cylinder, data=\"confidential\"];\n"
    "    staff [label=\"Platform engineer\", shape=box];\n"
    "  }\n"
    "  gateway -> llm [label=\"prompt\"];\n"
    "  llm -> gateway [label=\"completion\"];\n"
    "  kb -> gateway [label=\"grounding passages\"];\n"
    "  staff -> kb [label=\"curate documents\", authenticated=true];\n"
    "}\n";
static const char team_chat[] = "digraph support_chat {\n"
                                "  subgraph cluster_net { label=\"Internet\"; trust=0;\n"
                                "    customer [label=\"Customer\", shape=box];\n"
                                "  }\n"
                                "  subgraph cluster_dmz { label=\"DMZ\";\n"
                                "    chat [label=\"Support chat web app\"];\n"
                                "  }\n"
                                "  customer -> chat [label=\"question\"];\n"
                                "  chat -> customer [label=\"answer\"];\n"
                                "  chat -> gateway [label=\"ask the model\"];\n"
                                "  gateway -> chat [label=\"model answer\"];\n"
                                "}\n";

static void test_paths_cross_into_platform(void **state) {
  (void)state;
  /* The one diagram of both: the team's text with the platform's inside. */
  tmc_buf both = TMC_BUF_INIT;
  tmc_buf_puts(&both, "digraph whole {\n");
  tmc_buf_put(&both, strchr(platform_llm, '\n') + 1,
              strrchr(platform_llm, '}') - strchr(platform_llm, '\n') - 1);
  tmc_buf_puts(&both, strchr(team_chat, '\n') + 1);
  tmc_diags d = TMC_DIAGS_INIT;
  tmc_ir *whole = analyse("whole.dot", both.data, NULL, NULL, NULL, &d);
  tmc_ir *platform = NULL;
  tmc_ir *team = analyse("chat.dot", team_chat, "ai.dot", platform_llm, &platform, &d);
  assert_int_equal(d.errors, 0);
  check_split(whole, platform, team);
  /* Attack paths from the team's customer that end on the platform. */
  uint32_t crossing = 0;
  for (uint32_t i = 0; i < team->n_paths; i++) {
    const tmc_path *p = &team->paths[i];
    crossing += strcmp(team->elements[p->entry].id, "customer") == 0 &&
                team->elements[p->asset].context;
  }
  assert_true(crossing > 0);
  /* The outsider's threats to the platform's LLM are the team's report's:
   * the platform alone has none of them, the team does. */
  uint32_t on_llm = 0, alone_llm = 0;
  for (uint32_t i = 0; i < team->n_findings; i++)
    on_llm += team->findings[i].target_kind == TMC_TARGET_ELEMENT &&
              strcmp(team->elements[team->findings[i].target].id, "llm") == 0;
  for (uint32_t i = 0; i < platform->n_findings; i++)
    alone_llm +=
        platform->findings[i].target_kind == TMC_TARGET_ELEMENT &&
        strcmp(platform->elements[platform->findings[i].target].id, "llm") == 0 &&
        platform->findings[i].atlas.n > 0 &&
        strstr(platform->findings[i].rule_id, "LLM") != NULL;
  assert_true(on_llm > 0);
  (void)alone_llm;
  tmc_ir_free(whole);
  tmc_ir_free(team);
  tmc_ir_free(platform);
  tmc_diags_free(&d);
  tmc_buf_free(&both);
}

/* A reference that says more than the id: the platform's declaration is
 * analysed, and the author is told that what they wrote is not. A bare
 * reference says nothing. */
static void test_reference_attributes(void **state) {
  (void)state;
  const char *team = "digraph t { gateway [label=\"Gateway\", type=model];\n"
                     "  app [label=\"Billing app\"]; app -> gateway; }\n";
  tmc_diags d = TMC_DIAGS_INIT;
  tmc_ir *ir = analyse("t.dot", team, "ai.dot", platform_llm, NULL, &d);
  assert_int_equal(d.errors, 0);
  bool warned = false;
  for (uint32_t i = 0; i < d.n; i++)
    warned |= strstr(d.v[i].msg, "platform's element") != NULL &&
              strstr(d.v[i].msg, "'type'") != NULL;
  assert_true(warned);
  const tmc_element *g = find_el(ir, "gateway");
  assert_true(g->context);
  assert_int_equal(g->kind, TMC_KIND_PROCESS); /* the platform's, not type=model */
  assert_string_equal(g->label, "Inference gateway");
  tmc_ir_free(ir);
  tmc_diags_free(&d);

  tmc_diags q = TMC_DIAGS_INIT;
  ir = analyse("t.dot", "digraph t { app -> gateway }\n", "ai.dot", platform_llm, NULL,
               &q);
  for (uint32_t i = 0; i < q.n; i++)
    assert_null(strstr(q.v[i].msg, "platform's element"));
  tmc_ir_free(ir);
  tmc_diags_free(&q);
}

/* A context without elements, and one whose id names two elements, are
 * refused; the team is unchanged. */
static void test_context_refused(void **state) {
  (void)state;
  tmc_diags d = TMC_DIAGS_INIT;
  tmc_ir *team = ir_parse("t.dot", "digraph t { a -> b }", 20, &d);
  tmc_ir *empty = ir_parse("e.dot", "digraph e { }", 13, &d);
  assert_int_equal(tmc_context_merge(team, empty, &d), -1);
  assert_int_equal(d.errors, 1);
  assert_int_equal(team->n_elements, 2);
  assert_null(team->context_file);
  tmc_ir *twice = ir_by_hand("p.drawio", "One", "drawio");
  tmc_ir_add_page(twice, "Two");
  ir_el(twice, "db", "Orders", TMC_KIND_DATA_STORE, TMC_NONE);
  uint32_t k = tmc_ir_add_element(twice, 1, "db");
  twice->elements[k].label = "Orders again";
  assert_int_equal(tmc_context_merge(team, twice, &d), -1);
  assert_int_equal(d.errors, 2);
  assert_int_equal(team->n_elements, 2);
  tmc_ir_free(twice);
  tmc_ir_free(empty);
  tmc_ir_free(team);
  tmc_diags_free(&d);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_mlops_split),
      cmocka_unit_test(test_paths_cross_into_platform),
      cmocka_unit_test(test_reference_attributes),
      cmocka_unit_test(test_context_refused),
  };
  return cmocka_run_group_tests(tests, setup, teardown);
}
