/* test_paths.c - the reach and paths passes: entry points, assets, hop counts,
 * k shortest attack paths, AI chains and cut sets, on small hand-checked
 * graphs (from DOT strings run through the real front end and passes) and on
 * generated dense and large graphs built directly in the IR. */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "catalog/catalog.h"
#include "catalog/goals.h"
#include "frontend/frontend.h"
#include "ir_helpers.h"
#include "passes/attackgraph.h"
#include "passes/passes.h"
#include "passes/plan.h"

/* The built-in catalog, loaded once: the paths pass searches for its goals
 * (catalogs/goals.yaml). */
static tmc_catalog *cat;

/* The STRIDE letters of the finding analyse_max adds (0: none given). */
static unsigned finding_stride;

static int load_catalog(void **state) {
  (void)state;
  tmc_diags d = TMC_DIAGS_INIT;
  int rc = tmc_catalog_new(&cat, &d);
  tmc_diags_free(&d);
  return rc;
}

static int free_catalog(void **state) {
  (void)state;
  tmc_catalog_free(cat);
  return 0;
}

/* Parses DOT and runs the passes the paths pass depends on, then paths with
 * k paths per pair. Findings are added first when `finding_on` names an
 * element (an open finding of that severity), to test hop weighting. */
/* The passes run before the paths pass: up to reach, unless a test names a
 * later one (sources16: the facts pass, for what only facts say of an
 * entry, such as a public hub's being a source of models). */
static const char *upto;

static tmc_ir *analyse_max(const char *dot, uint32_t k, uint32_t max_paths,
                           const char *finding_on, tmc_severity sev, tmc_status status) {
  tmc_diags d = TMC_DIAGS_INIT;
  tmc_ir *ir = ir_analysed("t.dot", dot, strlen(dot), cat, upto ? upto : "reach", &d);
  tmc_pass_opts po = TMC_PASS_OPTS_INIT;
  po.paths_k = k;
  po.max_paths = max_paths;
  po.catalog = cat;
  if (finding_on) {
    uint32_t e = tmc_ir_find_element(ir, 0, finding_on);
    assert_int_not_equal(e, TMC_NONE);
    uint32_t f = tmc_ir_add_finding(ir);
    ir->findings[f].rule_id = "TEST-1";
    ir->findings[f].target_kind = TMC_TARGET_ELEMENT;
    ir->findings[f].target = e;
    ir->findings[f].severity = sev;
    ir->findings[f].status = status;
    ir->findings[f].stride = finding_stride;
  }
  assert_int_equal(tmc_pass_paths(ir, &po, &d), 0);
  assert_int_equal(tmc_ir_check(ir, "paths", &d), 0);
  assert_int_equal(d.errors, 0);
  tmc_diags_free(&d);
  return ir;
}

static tmc_ir *analyse_with(const char *dot, uint32_t k, const char *finding_on,
                            tmc_severity sev, tmc_status status) {
  return analyse_max(dot, k, 0, finding_on, sev, status);
}

static tmc_ir *analyse(const char *dot, uint32_t k) {
  return analyse_with(dot, k, NULL, TMC_SEV_NONE, TMC_STATUS_OPEN);
}

static uint32_t el(const tmc_ir *ir, const char *id) {
  uint32_t e = tmc_ir_find_element(ir, 0, id);
  assert_int_not_equal(e, TMC_NONE);
  return e;
}

/* "a b c" for a path's elements, in an arena string. */
static const char *hops_of(const tmc_ir *ir, const tmc_path *p) {
  tmc_buf b = TMC_BUF_INIT;
  for (uint32_t h = 0; h < p->n_hops; h++)
    tmc_buf_printf(&b, "%s%s", h ? " " : "", ir->elements[p->hops[h].element].id);
  const char *s = tmc_arena_strdup(ir->arena, b.data ? b.data : "");
  tmc_buf_free(&b);
  return s;
}

static const tmc_path *find_path(const tmc_ir *ir, const char *hops) {
  for (uint32_t i = 0; i < ir->n_paths; i++)
    if (strcmp(hops_of(ir, &ir->paths[i]), hops) == 0)
      return &ir->paths[i];
  return NULL;
}

static uint32_t count_pair(const tmc_ir *ir, uint32_t entry, uint32_t asset) {
  uint32_t n = 0;
  for (uint32_t i = 0; i < ir->n_paths; i++)
    n += ir->paths[i].entry == entry && ir->paths[i].asset == asset;
  return n;
}

static const tmc_cut *cut_of(const tmc_ir *ir, uint32_t asset) {
  for (uint32_t i = 0; i < ir->n_cuts; i++)
    if (ir->cuts[i].asset == asset)
      return &ir->cuts[i];
  return NULL;
}

/* Does path p take flow f by a hop whose technique control breaks? */
static bool hop_broken_by(const tmc_path *p, uint32_t f, const char *control) {
  for (uint32_t h = 1; h < p->n_hops; h++)
    if (p->hops[h].flow == f && p->hops[h].control &&
        strcmp(p->hops[h].control, control) == 0)
      return true;
  return false;
}

/* Every cut-set recommendation names a control that breaks the technique of
 * the hop it cuts (issue #16 item 5): it closes exactly the paths to its
 * target that take that flow by a hop its control breaks, at least one. The
 * path plan's changes likewise: each closes exactly the paths it lists,
 * together the number the plan says, and when they leave paths open with
 * room for another change, no change to one flow closes any of those. */
static bool cuts_break_their_hops(const tmc_ir *ir, const char *name) {
  for (uint32_t c = 0; c < ir->n_cuts; c++) {
    const tmc_cut *cut = &ir->cuts[c];
    for (uint32_t k = 0; k < cut->n_flows; k++) {
      uint32_t n = 0;
      for (uint32_t i = 0; i < ir->n_paths; i++)
        n += ir->paths[i].asset == cut->asset &&
             hop_broken_by(&ir->paths[i], cut->flows[k], cut->controls[k]);
      if (n == 0 || n != cut->closes[k]) {
        print_error("%s: cut of %s: %s on flow %u breaks %u paths' hops, says %u\n", name,
                    ir->elements[cut->asset].id, cut->controls[k], cut->flows[k], n,
                    cut->closes[k]);
        return false;
      }
    }
  }
  if (!ir->plan) /* the plan pass did not run */
    return true;
  if (!ir->n_paths)
    return ir->n_path_fixes == 0;
  if (!ir->path_plan || !strstr(ir->path_plan, "attack path") ||
      ir->n_path_fixes > TMC_PATH_PLAN_MAX)
    return false;
  uint8_t *closed = calloc(ir->n_paths + 1, 1);
  for (uint32_t x = 0; x < ir->n_path_fixes; x++) {
    const tmc_path_fix *fx = &ir->path_fixes[x];
    uint32_t n = 0;
    for (uint32_t i = 0; i < ir->n_paths; i++)
      if (hop_broken_by(&ir->paths[i], fx->flow, fx->control))
        n++, closed[i] = 1;
    for (uint32_t k = 0; k < fx->n_paths; k++)
      n -= hop_broken_by(&ir->paths[fx->paths[k]], fx->flow, fx->control);
    if (n || !fx->n_paths) {
      print_error("%s: path plan: %s on flow %u lists paths its hop does not break\n",
                  name, fx->control, fx->flow);
      free(closed);
      return false;
    }
  }
  uint32_t total = 0;
  bool more = false;
  for (uint32_t i = 0; i < ir->n_paths; i++) {
    total += closed[i];
    for (uint32_t h = 1; h < ir->paths[i].n_hops && !closed[i]; h++)
      more |= ir->paths[i].hops[h].control != NULL;
  }
  free(closed);
  if (total != ir->path_fixes_close || (more && ir->n_path_fixes < TMC_PATH_PLAN_MAX)) {
    print_error("%s: path plan closes %u, says %u%s\n", name, total, ir->path_fixes_close,
                more ? "; an open path could be closed" : "");
    return false;
  }
  return true;
}

/* A loop's second pass (r2tamper, paths.c loop_walk): the model tampered
 * with comes back around a loop to where its entry started; an element seen
 * twice is seen at most twice, on a path that tampers with a model, with a
 * training step or a pipeline between its two visits. */
static bool loop_pass_ok(const tmc_ir *ir, const tmc_path *p, uint32_t h) {
  /* r2agent: ... or a store an agent reads back for whoever wrote into it */
  bool exfil = p->goal && strcmp(p->goal, "exfiltrate data") == 0 && h == p->n_hops - 1;
  if (exfil) {
    for (uint32_t x = 1; x < h; x++)
      if (TMC_ROLESET_HAS(ir->elements[p->hops[x].element].roles, TMC_ROLE_AGENT))
        return true;
    return false;
  }
  if (!p->goal || strcmp(p->goal, "tamper with a model") != 0)
    return false;
  uint32_t first = 0;
  while (p->hops[first].element != p->hops[h].element)
    first++;
  bool trains = false;
  for (uint32_t x = first + 1; x < h; x++) {
    const tmc_element *e = &ir->elements[p->hops[x].element];
    trains |= e->kind == TMC_KIND_PIPELINE || TMC_ROLESET_HAS(e->roles, TMC_ROLE_TRAINER);
    if (p->hops[x].element == p->hops[h].element)
      return false;
  }
  return trains;
}

/* Every path is loopless (but a loop's second pass: loop_pass_ok), starts at
 * its entry, ends at its asset, and each hop's flow really joins the previous
 * element to this one. */
static void assert_paths_sane(const tmc_ir *ir) {
  uint8_t *seen = calloc(ir->n_elements + 1, 1);
  tmc_agraph g;
  tmc_agraph_build(&g, ir, NULL, NULL, NULL);
  for (uint32_t i = 0; i < ir->n_paths; i++) {
    const tmc_path *p = &ir->paths[i];
    assert_true(p->n_hops >= 2);
    assert_int_equal(p->hops[0].element, p->entry);
    assert_int_equal(p->hops[p->n_hops - 1].element, p->asset);
    assert_int_equal(p->hops[0].flow, TMC_NONE);
    memset(seen, 0, ir->n_elements + 1);
    for (uint32_t h = 0; h < p->n_hops; h++) {
      assert_true(!seen[p->hops[h].element] ||
                  (seen[p->hops[h].element] == 1 && loop_pass_ok(ir, p, h)));
      seen[p->hops[h].element]++;
      if (h == 0)
        continue;
      const tmc_flow *f = &ir->flows[p->hops[h].flow];
      uint32_t from = p->hops[h - 1].element, to = p->hops[h].element;
      if (p->hops[h].reverse)
        assert_true(f->src == to && f->dst == from);
      else
        assert_true(f->src == from && f->dst == to);
      /* Through an external entity only when it is a service the system
       * calls or someone's client (attackgraph.c), never through a person. */
      if (h + 1 < p->n_hops && ir->elements[to].kind == TMC_KIND_EXTERNAL)
        assert_true(g.transit[to]);
    }
    assert_true(p->likelihood >= 1 && p->likelihood <= 5);
    assert_true(p->impact >= 1 && p->impact <= 5);
    assert_int_equal(p->score, p->likelihood * p->impact);
  }
  free(seen);
  tmc_agraph_free(&g);
  assert_true(cuts_break_their_hops(ir, "t.dot"));
  /* One finding per path, pointing at it. */
  uint32_t n = 0;
  for (uint32_t i = 0; i < ir->n_findings; i++)
    if (ir->findings[i].target_kind == TMC_TARGET_PATH) {
      assert_int_equal(ir->findings[i].target, n);
      assert_int_equal(ir->findings[i].score, ir->paths[n].score);
      n++;
    }
  assert_int_equal(n, ir->n_paths);
}

/* ---- RAG: the indirect prompt injection chain ------------------------------ */

static const char *rag =
    "digraph rag {\n"
    "  employee [shape=box, label=\"Employee\"];\n"
    "  authors [shape=box, label=\"Document authors\", source=third_party];\n"
    "  subgraph cluster_internal { label=\"Internal network\";\n"
    "    chat [label=\"Chat UI backend\"]; orchestrator [label=\"RAG orchestrator\"];\n"
    "    ingest [label=\"Ingestion pipeline\"];\n"
    "    docs [shape=cylinder, label=\"Document store\", data=\"confidential_documents\","
    "          sensitivity=confidential];\n"
    "    vectors [shape=cylinder, label=\"Vector DB\", sensitivity=confidential];\n"
    "    llm [label=\"LLM\", type=llm]; }\n"
    "  employee -> chat [protocol=https, authenticated=true];\n"
    "  chat -> orchestrator [protocol=http];\n"
    "  authors -> docs [protocol=https];\n"
    "  docs -> ingest; ingest -> vectors;\n"
    "  orchestrator -> vectors [dir=both];\n"
    "  orchestrator -> llm [protocol=https];\n"
    "}\n";

static void test_rag_facts(void **state) {
  tmc_ir *ir = analyse(rag, 3);
  assert_true(ir->elements[el(ir, "employee")].facts.is_entry);
  assert_true(ir->elements[el(ir, "authors")].facts.is_entry);
  assert_false(ir->elements[el(ir, "chat")].facts.is_entry);
  assert_true(ir->elements[el(ir, "docs")].facts.is_asset);
  assert_true(ir->elements[el(ir, "vectors")].facts.is_asset);
  /* The system's own LLM is an asset whatever it holds (issue #14 item 6). */
  assert_true(ir->elements[el(ir, "llm")].facts.is_asset);
  assert_int_equal(ir->elements[el(ir, "llm")].facts.asset_why.source, TMC_SOURCE_KIND);
  assert_int_equal(ir->elements[el(ir, "chat")].facts.entry_hops, 1);
  assert_int_equal(ir->elements[el(ir, "orchestrator")].facts.entry_hops, 2);
  assert_int_equal(ir->elements[el(ir, "vectors")].facts.entry_hops, 3);
  assert_true(ir->elements[el(ir, "chat")].facts.exposed);
  assert_true(ir->elements[el(ir, "docs")].facts.exposed);
  assert_false(ir->elements[el(ir, "orchestrator")].facts.exposed);
  /* Flow entry_hops: from the end the attacker uses it from. */
  for (uint32_t i = 0; i < ir->n_flows; i++)
    if (ir->flows[i].src == el(ir, "chat"))
      assert_int_equal(ir->flows[i].facts.entry_hops, 1);
  tmc_ir_free(ir);
}

static void test_rag_paths(void **state) {
  tmc_ir *ir = analyse(rag, 3);
  assert_paths_sane(ir);
  /* The expert's drawing: poisoned documents reach the LLM through the
   * vector store and retrieval. */
  const tmc_path *ipi = find_path(ir, "authors docs ingest vectors orchestrator llm");
  assert_non_null(ipi);
  assert_string_equal(ipi->chain, "indirect prompt injection");
  assert_true(ipi->hops[4].reverse); /* retrieval follows the two-way flow back */
  assert_false(ipi->hops[3].reverse);
  bool found_finding = false;
  for (uint32_t i = 0; i < ir->n_findings; i++) {
    const tmc_finding *f = &ir->findings[i];
    if (f->target_kind == TMC_TARGET_PATH && &ir->paths[f->target] == ipi) {
      assert_string_equal(f->rule_id, "TMC-PATH-002");
      assert_true(tmc_strlist_has(&f->atlas, "AML.T0051.001"));
      assert_non_null(strstr(f->evidence, "Vector DB"));
      found_finding = true;
    }
  }
  assert_true(found_finding);
  /* The employee reaches the vector store through the chat backend. */
  assert_non_null(find_path(ir, "employee chat orchestrator vectors"));
  /* A direct prompt path to the LLM hijacks the model (issue #16). */
  const tmc_path *direct = find_path(ir, "employee chat orchestrator llm");
  assert_non_null(direct);
  assert_string_equal(direct->chain, "hijack a model");
  assert_string_equal(direct->hops[3].technique, "AML.T0051.000");
  assert_string_equal(direct->hops[3].tactic, "Execution");
  assert_string_equal(direct->hops[3].control, "prompt_injection_filter");
  /* Third-party authors write straight into the document store. */
  const tmc_path *up = find_path(ir, "authors docs");
  assert_non_null(up);
  assert_null(up->chain);
  assert_int_not_equal(up->hops[1].boundary, TMC_NONE);
  assert_non_null(strstr(up->hops[1].weakness, "into higher trust"));

  /* Cut for the vector store: one hop on each of the two routes. */
  const tmc_cut *c = cut_of(ir, el(ir, "vectors"));
  assert_non_null(c);
  assert_int_equal(c->paths_total, 2);
  assert_int_equal(c->n_flows, 2);
  assert_non_null(strstr(c->advice, "adding authentication on Chat UI backend -> RAG "
                                    "orchestrator closes 1 of 2 paths"));
  assert_non_null(strstr(c->advice, "content validation at ingestion"));
  /* Cut for the LLM: the injection chain and the employee's direct route
   * (the LLM being an asset) share their last hop; the employee's route read
   * as a flood (names_again) is cut by rate limits, not by screening. */
  c = cut_of(ir, el(ir, "llm"));
  assert_non_null(c);
  assert_int_equal(c->n_flows, 2); /* both routes end on orchestrator -> llm */
  assert_int_equal(c->paths_total, 3);
  assert_string_equal(c->controls[0], "prompt_injection_filter");
  assert_string_equal(c->controls[1], "rate_limiting");
  tmc_ir_free(ir);
}

/* The shipped example shows the paths an expert would draw (read from the
 * source tree: ctest runs the unit tests there). */
static void test_example_rag(void **state) {
  FILE *fp = fopen("examples/rag-chatbot.dot", "rb");
  if (!fp)
    skip();
  static char buf[1 << 16];
  size_t n = fread(buf, 1, sizeof buf - 1, fp);
  fclose(fp);
  buf[n] = 0;
  tmc_ir *ir = analyse(buf, 3);
  assert_paths_sane(ir);
  const tmc_path *ipi =
      find_path(ir, "partner portal docs ingest vectors orchestrator llm");
  assert_non_null(ipi);
  assert_string_equal(ipi->chain, "indirect prompt injection");
  assert_non_null(find_path(ir, "employee chat orchestrator vectors"));
  assert_non_null(find_path(ir, "partner portal docs"));
  const tmc_cut *c = cut_of(ir, el(ir, "vectors"));
  assert_non_null(c);
  assert_non_null(strstr(c->advice, "adding authentication on Chat UI backend -> RAG "
                                    "orchestrator closes 1 of 2 paths"));
  /* The LLM is reached by the injection chain and by the employee's direct
   * prompts: screening what enters the LLM breaks the technique of both. */
  c = cut_of(ir, el(ir, "llm"));
  assert_non_null(c);
  assert_true(c->paths_total >= 2); /* the injection chain and direct routes */
  assert_string_equal(c->controls[0], "prompt_injection_filter");
  tmc_ir_free(ir);
}

/* ---- entry and asset rules ------------------------------------------------- */

static void test_entry_asset_rules(void **state) {
  tmc_ir *ir =
      analyse("digraph g {\n"
              "  web [label=\"Public web\"];\n"                  /* trust 0: entry */
              "  ops [shape=box, label=\"Ops\", entry=false];\n" /* opted out */
              "  subgraph cluster_dmz { label=\"DMZ\";\n"
              "    api [label=\"API\"]; hook [label=\"Hook\", entry=true]; }\n"
              "  subgraph cluster_net { label=\"Internet\";\n"
              "    bot [label=\"Bot\"]; }\n" /* trust-0 zone */
              "  subgraph cluster_int { label=\"Internal\";\n"
              "    db [shape=cylinder, label=\"Users\", data=\"pii\"];\n"
              "    cache [shape=cylinder, label=\"Cache\"];\n"
              "    keep [shape=cylinder, label=\"Keep\", asset=true];\n"
              "    skip [shape=cylinder, label=\"Skip\", data=credentials, asset=no]; }\n"
              "  web -> api; ops -> api; bot -> api; api -> db; api -> cache;\n"
              "  api -> keep; api -> skip; hook -> api;\n"
              "}\n",
              3);
  assert_true(ir->elements[el(ir, "web")].facts.is_entry);
  assert_false(ir->elements[el(ir, "ops")].facts.is_entry);
  assert_true(ir->elements[el(ir, "hook")].facts.is_entry);
  assert_true(ir->elements[el(ir, "bot")].facts.is_entry);
  assert_false(ir->elements[el(ir, "api")].facts.is_entry);
  assert_true(ir->elements[el(ir, "db")].facts.is_asset);
  /* Every store is an asset, its sensitivity read from its name; one whose
   * name says nothing is of unknown sensitivity (medium impact), not public. */
  const tmc_element *cache = &ir->elements[el(ir, "cache")];
  assert_true(cache->facts.is_asset);
  assert_int_equal(cache->facts.held_sensitivity, TMC_SENS_INTERNAL);
  assert_int_equal(cache->facts.sensitivity_why.source, TMC_SOURCE_LABEL_WORD);
  assert_string_equal(cache->facts.sensitivity_why.evidence, "cache");
  const tmc_element *keep = &ir->elements[el(ir, "keep")];
  assert_true(keep->facts.is_asset);
  assert_int_equal(keep->facts.asset_why.source, TMC_SOURCE_ATTRIBUTE);
  assert_int_equal(keep->facts.held_sensitivity, TMC_SENS_UNSET);
  assert_int_equal(keep->facts.sensitivity_why.source, TMC_SOURCE_DEFAULT);
  assert_false(ir->elements[el(ir, "skip")].facts.is_asset);
  assert_int_equal(count_pair(ir, el(ir, "ops"), el(ir, "db")), 0);
  assert_int_equal(count_pair(ir, el(ir, "web"), el(ir, "db")), 1);
  assert_paths_sane(ir);
  tmc_ir_free(ir);

  /* Without any boundary, "outside" means nothing: only the external
   * entity is an entry. */
  ir = analyse("digraph g { u [shape=box]; a; s [shape=cylinder, data=secrets];"
               " u -> a -> s; }",
               3);
  assert_true(ir->elements[el(ir, "u")].facts.is_entry);
  assert_false(ir->elements[el(ir, "a")].facts.is_entry);
  assert_int_equal(ir->n_paths, 1);
  assert_int_equal(ir->paths[0].impact, 5); /* secrets */
  tmc_ir_free(ir);
}

/* ---- graph shapes ----------------------------------------------------------- */

static void test_cycles_selfloops_disconnected(void **state) {
  tmc_ir *ir = analyse("digraph g {\n"
                       "  x [shape=box]; y [shape=box];\n"
                       "  subgraph cluster_i { label=internal;\n"
                       "    a; b; c; s [shape=cylinder, sensitivity=secret];\n"
                       "    lone [shape=cylinder, sensitivity=secret]; q; }\n"
                       "  x -> a; a -> a; a -> b; b -> c; c -> a; c -> c; b -> b;\n"
                       "  c -> s; s -> s; q -> lone; y -> y;\n"
                       "}\n",
                       5);
  assert_paths_sane(ir);
  /* Only one loopless way in: the cycles add none. */
  assert_int_equal(count_pair(ir, el(ir, "x"), el(ir, "s")), 1);
  assert_false(ir->paths[0].more_exist);
  assert_non_null(find_path(ir, "x a b c s"));
  /* The disconnected part: no path, no cut, unreachable. */
  assert_int_equal(ir->elements[el(ir, "lone")].facts.entry_hops, TMC_NONE);
  assert_int_equal(ir->elements[el(ir, "q")].facts.entry_hops, TMC_NONE);
  assert_null(cut_of(ir, el(ir, "lone")));
  assert_int_equal(ir->elements[el(ir, "s")].facts.entry_hops, 4);
  tmc_ir_free(ir);
}

static void test_reverse_and_bidirectional(void **state) {
  tmc_ir *ir =
      analyse("digraph g {\n"
              "  u [shape=box];\n"
              "  subgraph cluster_i { label=internal;\n"
              "    p; q; s [shape=cylinder, data=pii]; t [shape=cylinder, data=pii];\n"
              "    w [shape=cylinder, data=pii]; }\n"
              "  u -> p;\n"
              "  s -> p;\n"            /* p reads s: a compromised p can act on it */
              "  q -> p [dir=both];\n" /* two-way: p reaches q */
              "  q -> t;\n"
              "  w -> q;\n" /* q reads w */
              "  t -> w;\n"
              "}\n",
              3);
  assert_paths_sane(ir);
  const tmc_path *ps = find_path(ir, "u p s");
  assert_non_null(ps);
  assert_true(ps->hops[2].reverse);
  const tmc_path *pt = find_path(ir, "u p q t");
  assert_non_null(pt);
  assert_true(pt->hops[2].reverse);
  assert_false(pt->hops[3].reverse);
  /* Two ways to w: q reads it (reverse), or t writes it. */
  const tmc_path *w1 = find_path(ir, "u p q w");
  assert_non_null(w1);
  assert_true(w1->hops[3].reverse);
  assert_non_null(find_path(ir, "u p q t w"));
  /* A store does not move against a write: nothing goes t -> q. */
  assert_null(find_path(ir, "u p q t w q"));
  tmc_ir_free(ir);
}

/* Five parallel routes from the entry to the store; the unauthenticated one
 * through m3 is the easiest. */
static const char *ladder =
    "digraph g {\n"
    "  e [shape=box];\n"
    "  subgraph cluster_i { label=internal;\n"
    "    m1; m2; m3; m4; m5; s [shape=cylinder, sensitivity=confidential]; }\n"
    "  e -> m1 [authenticated=yes]; e -> m2 [authenticated=yes];\n"
    "  e -> m3 [authenticated=no, protocol=http]; e -> m4 [authenticated=yes];\n"
    "  e -> m5 [authenticated=yes];\n"
    "  m1 -> s; m2 -> s; m3 -> s; m4 -> s; m5 -> s;\n"
    "}\n";

static void test_ranking_k_more_exist(void **state) {
  tmc_ir *ir = analyse(ladder, 3);
  assert_paths_sane(ir);
  assert_int_equal(ir->n_paths, 3);
  assert_string_equal(hops_of(ir, &ir->paths[0]), "e m3 s");
  assert_int_equal(ir->paths[0].rank, 1);
  assert_int_equal(ir->paths[1].rank, 2);
  assert_int_equal(ir->paths[2].rank, 3);
  assert_true(ir->paths[0].cost < ir->paths[1].cost);
  assert_true(ir->paths[0].likelihood > ir->paths[1].likelihood);
  for (uint32_t i = 0; i < 3; i++)
    assert_true(ir->paths[i].more_exist);
  /* Equal-cost routes come in stable name order. */
  assert_string_equal(hops_of(ir, &ir->paths[1]), "e m1 s");
  assert_string_equal(hops_of(ir, &ir->paths[2]), "e m2 s");
  tmc_ir_free(ir);

  ir = analyse(ladder, 5);
  assert_int_equal(ir->n_paths, 5);
  for (uint32_t i = 0; i < 5; i++)
    assert_false(ir->paths[i].more_exist);
  /* The cut: every route must be closed, and none can be closed with less. */
  const tmc_cut *c = cut_of(ir, el(ir, "s"));
  assert_non_null(c);
  assert_int_equal(c->paths_total, 5);
  assert_int_equal(c->n_flows, 5);
  tmc_ir_free(ir);

  ir = analyse(ladder, 1);
  assert_int_equal(ir->n_paths, 1);
  assert_true(ir->paths[0].more_exist);
  tmc_ir_free(ir);
}

static void test_findings_weigh_hops(void **state) {
  /* An open critical finding on m4 makes the route through it the easiest
   * of the authenticated ones; a mitigated one makes it the hardest. */
  tmc_ir *ir = analyse_with(ladder, 5, "m4", TMC_SEV_CRITICAL, TMC_STATUS_OPEN);
  assert_string_equal(hops_of(ir, &ir->paths[1]), "e m4 s");
  assert_non_null(strstr(ir->paths[1].hops[1].weakness, "TEST-1"));
  tmc_ir_free(ir);
  ir = analyse_with(ladder, 5, "m1", TMC_SEV_HIGH, TMC_STATUS_MITIGATED);
  assert_string_equal(hops_of(ir, &ir->paths[4]), "e m1 s");
  tmc_ir_free(ir);
}

/* A finding that says only that nobody records who did what (STRIDE R: a
 * missing audit trail of the payments a clerk orders) does not make the step
 * through it easier, nor, closed, harder: the ranking, the likelihood and the
 * hop's words are those without it. One that says R and T (a grouped
 * finding) still weighs. */
static const tmc_path *first_to(const tmc_ir *ir, const char *asset) {
  uint32_t t = el(ir, asset);
  for (uint32_t i = 0; i < ir->n_paths; i++)
    if (ir->paths[i].asset == t)
      return &ir->paths[i];
  fail_msg("no path to %s", asset);
  return NULL;
}

static void test_repudiation_weighs_no_hop(void **state) {
  (void)state;
  static const char *desk =
      "digraph g {\n"
      "  clerk [shape=box, label=\"Accounts clerk\"];\n"
      "  subgraph cluster_c { label=\"corporate network\";\n"
      "    payrun [label=\"Payment run service\"];\n"
      "    approvals [label=\"Approval queue\"];\n"
      "    vendors [shape=cylinder, label=\"Vendor bank details\",\n"
      "             sensitivity=confidential]; }\n"
      "  clerk -> payrun [authenticated=yes];\n"
      "  clerk -> approvals [authenticated=yes];\n"
      "  payrun -> vendors; approvals -> vendors;\n"
      "}\n";
  tmc_ir *plain = analyse(desk, 2);
  const char *first = hops_of(plain, first_to(plain, "vendors"));
  int likelihood = first_to(plain, "vendors")->likelihood;
  bool via_payrun = strcmp(first, "clerk payrun vendors") == 0;
  const char *other = via_payrun ? "approvals" : "payrun";
  finding_stride = TMC_STRIDE_R;
  tmc_ir *r = analyse_with(desk, 2, other, TMC_SEV_CRITICAL, TMC_STATUS_OPEN);
  assert_string_equal(hops_of(r, first_to(r, "vendors")), first);
  assert_int_equal(first_to(r, "vendors")->likelihood, likelihood);
  for (uint32_t i = 0; i < r->n_paths; i++)
    for (uint32_t h = 0; h < r->paths[i].n_hops; h++) {
      const char *w = r->paths[i].hops[h].weakness;
      assert_false(w && strstr(w, "TEST-1"));
    }
  tmc_ir_free(r);
  r = analyse_with(desk, 2, via_payrun ? "payrun" : "approvals", TMC_SEV_HIGH,
                   TMC_STATUS_MITIGATED);
  assert_string_equal(hops_of(r, first_to(r, "vendors")), first);
  tmc_ir_free(r);
  /* R and T: the tampering half makes the other route the easier one. */
  finding_stride = TMC_STRIDE_R | TMC_STRIDE_T;
  r = analyse_with(desk, 2, other, TMC_SEV_CRITICAL, TMC_STATUS_OPEN);
  assert_string_not_equal(hops_of(r, first_to(r, "vendors")), first);
  tmc_ir_free(r);
  finding_stride = 0;
  tmc_ir_free(plain);
}

/* Hand-checked: paths e1-a-c-s, e2-b-c-s, e2-d-s. Smallest cut: c -> s plus
 * one flow of the d route; no single flow is on all three. */
/* More disjoint paths than the advice names flows: it must not claim to
 * close them all. */
static void test_cut_set_cap(void **state) {
  tmc_buf b = TMC_BUF_INIT;
  tmc_buf_puts(&b,
               "digraph g {\n  subgraph cluster_i { label=internal; s [shape=cylinder, "
               "data=credentials]; }\n");
  for (int i = 0; i < 70; i++)
    tmc_buf_printf(&b, "  e%d [shape=box]; e%d -> s;\n", i, i);
  tmc_buf_puts(&b, "}\n");
  tmc_ir *ir = analyse_max(b.data, 1, 100, NULL, TMC_SEV_NONE, TMC_STATUS_OPEN);
  tmc_buf_free(&b);
  const tmc_cut *c = cut_of(ir, el(ir, "s"));
  assert_non_null(c);
  assert_int_equal(c->paths_total, 70);
  assert_int_equal(c->n_flows, 64);
  assert_null(strstr(c->advice, "close all"));
  assert_non_null(strstr(c->advice, "together they close 64 of 70; 6 stay open"));
  tmc_ir_free(ir);
}

static void test_cut_set(void **state) {
  tmc_ir *ir = analyse("digraph g {\n"
                       "  e1 [shape=box]; e2 [shape=box];\n"
                       "  subgraph cluster_i { label=internal;\n"
                       "    a; b; c; d; s [shape=cylinder, data=credentials]; }\n"
                       "  e1 -> a; a -> c; e2 -> b; b -> c; c -> s; e2 -> d; d -> s;\n"
                       "}\n",
                       3);
  assert_paths_sane(ir);
  uint32_t s = el(ir, "s");
  assert_int_equal(count_pair(ir, el(ir, "e1"), s), 1);
  assert_int_equal(count_pair(ir, el(ir, "e2"), s), 2);
  const tmc_cut *c = cut_of(ir, s);
  assert_non_null(c);
  assert_int_equal(c->paths_total, 3);
  assert_int_equal(c->n_flows, 2);
  const tmc_flow *f0 = &ir->flows[c->flows[0]];
  assert_int_equal(f0->src, el(ir, "c"));
  assert_int_equal(f0->dst, s);
  assert_int_equal(c->closes[0], 2);
  assert_int_equal(c->closes[1], 1);
  /* Every path contains a cut flow. */
  for (uint32_t i = 0; i < ir->n_paths; i++) {
    bool hit = false;
    for (uint32_t h = 1; h < ir->paths[i].n_hops; h++)
      for (uint32_t k = 0; k < c->n_flows; k++)
        hit |= ir->paths[i].hops[h].flow == c->flows[k];
    assert_true(hit);
  }
  assert_non_null(strstr(c->advice, "closes 2 of 3 paths"));
  assert_non_null(strstr(c->advice, "together they close all 3"));
  tmc_ir_free(ir);
}

/* ---- AI chains ---------------------------------------------------------- */

static void test_backdoor_and_extraction(void **state) {
  /* sources16: a public model hub is the outside (an external entity);
   * that it hands out models is the facts pass's model_source */
  upto = "facts";
  tmc_ir *ir =
      analyse("digraph g {\n"
              "  hub [shape=box, label=\"Public model hub\", source=third_party];\n"
              "  client [shape=box, label=\"Anonymous client\"];\n"
              "  subgraph cluster_ml { label=internal;\n"
              "    nb [label=\"Notebook\"]; train [label=\"Training pipeline\"];\n"
              "    reg [label=\"Model registry\", shape=cylinder];\n"
              "    serve [label=\"Fraud model\", type=model];\n"
              "    api [label=\"Inference API\"]; }\n"
              "  hub -> nb [protocol=https]; nb -> train; train -> reg; reg -> serve;\n"
              "  client -> api [protocol=https]; api -> serve;\n"
              "}\n",
              3);
  assert_paths_sane(ir);
  const tmc_path *bd = find_path(ir, "hub nb train reg serve");
  assert_non_null(bd);
  assert_string_equal(bd->chain, "backdoored model reaching production");
  const tmc_path *ex = find_path(ir, "client api serve");
  assert_non_null(ex);
  assert_string_equal(ex->chain, "model extraction and inversion");
  for (uint32_t i = 0; i < ir->n_findings; i++) {
    const tmc_finding *f = &ir->findings[i];
    if (f->target_kind != TMC_TARGET_PATH)
      continue;
    if (&ir->paths[f->target] == bd) {
      assert_string_equal(f->rule_id, "TMC-PATH-003");
      assert_true(tmc_strlist_has(&f->atlas, "AML.T0010.003"));
      /* A fraud model is no LLM: OWASP's ML supply chain, not the LLM one. */
      assert_true(tmc_strlist_has(&f->owasp, "ML06:2023"));
      assert_false(tmc_strlist_has(&f->owasp, "LLM03:2025"));
    } else if (&ir->paths[f->target] == ex) {
      assert_string_equal(f->rule_id, "TMC-PATH-004");
      assert_true(tmc_strlist_has(&f->atlas, "AML.T0024.002"));
    }
  }
  const tmc_cut *c = cut_of(ir, el(ir, "serve"));
  assert_non_null(c);
  assert_int_equal(c->n_flows, 2);
  bool provenance = false;
  for (uint32_t k = 0; k < c->n_flows; k++)
    provenance |= strcmp(c->controls[k], "model_provenance") == 0;
  assert_true(provenance);
  tmc_ir_free(ir);
  upto = NULL;
}

/* Tampering ends at the system's own copies: a vendor's model zoo the
 * pipeline downloads from is where a poisoned model enters, never the target
 * of a poisoning chain that runs backwards from an insider (worded unlike
 * test_backdoor_and_extraction: a zoo, a researcher, a fine-tuning job). */
static void test_no_tampering_of_a_vendor_source(void **state) {
  tmc_ir *ir = analyse(
      "digraph g {\n"
      "  zoo [shape=box, label=\"Vendor model zoo\", source=third_party];\n"
      "  researcher [shape=box, label=\"Researcher\"];\n"
      "  subgraph cluster_lab { label=\"ML lab network\";\n"
      "    lab [label=\"Lab workstation\"];\n"
      "    ft [label=\"Fine-tuning job\", type=pipeline];\n"
      "    ds [label=\"Curated corpus\", type=dataset];\n"
      "    m [label=\"Ranking model\", type=model]; }\n"
      "  researcher -> lab [protocol=https]; lab -> ds; zoo -> lab [protocol=https];\n"
      "  lab -> zoo [label=\"search\"]; zoo -> ft; ds -> ft; ft -> m;\n"
      "}\n",
      3);
  assert_paths_sane(ir);
  bool own = false;
  for (uint32_t i = 0; i < ir->n_findings; i++) {
    const tmc_finding *f = &ir->findings[i];
    if (f->target_kind != TMC_TARGET_PATH || strcmp(f->rule_id, "TMC-PATH-007") != 0)
      continue;
    const tmc_path *p = &ir->paths[f->target];
    uint32_t end = p->hops[p->n_hops - 1].element;
    assert_string_not_equal(ir->elements[end].id, "zoo");
    own |=
        strcmp(ir->elements[end].id, "ds") == 0 || strcmp(ir->elements[end].id, "m") == 0;
  }
  assert_true(own); /* the chain to the lab's own corpus or model stays */
  tmc_ir_free(ir);
}

/* A package index's hop is fixed by pinning dependencies whichever name the
 * diagram gives its data: "libraries" is an alias of the data class
 * "packages", which the vocab pass canonicalised. */
static void test_package_alias(void **state) {
  static const char *names[] = {"packages", "libraries"};
  for (int i = 0; i < 2; i++) {
    char dot[1024];
    snprintf(dot, sizeof dot,
             "digraph g {\n"
             "  pypi [label=\"Public package index\", shape=cylinder, "
             "source=third_party, data=\"%s\"];\n"
             "  subgraph cluster_in { label=internal;\n"
             "    ft [label=\"Fine-tuning pipeline\", type=pipeline];\n"
             "    reg [label=\"Model registry\", type=model_registry, asset=yes, "
             "data=model_weights]; }\n"
             "  pypi -> ft [label=\"pip install\", protocol=https, data=\"%s\"];\n"
             "  ft -> reg [label=\"publish\"];\n"
             "}\n",
             names[i], names[i]);
    tmc_ir *ir = analyse(dot, 3);
    const tmc_cut *c = cut_of(ir, el(ir, "reg"));
    assert_non_null(c);
    bool pin = false;
    for (uint32_t k = 0; k < c->n_flows; k++)
      pin |= strcmp(c->controls[k], "dependency_pinning") == 0;
    if (!pin)
      fail_msg("data=%s: the package index's hop is not fixed by dependency_pinning",
               names[i]);
    tmc_ir_free(ir);
  }
}

/* ---- scores: who starts, and chains as severe as their findings ------------ */

/* One route from each kind of entry to the same secret store: an outsider
 * (outside every boundary), an employee (an entity in a trust-1 zone) and a
 * third party drawn inside that zone (still outside our control). */
static const tmc_finding *finding_of(const tmc_ir *ir, const tmc_path *p) {
  for (uint32_t i = 0; i < ir->n_findings; i++)
    if (ir->findings[i].target_kind == TMC_TARGET_PATH &&
        &ir->paths[ir->findings[i].target] == p)
      return &ir->findings[i];
  return NULL;
}

/* Outsiders in the middle of a path (issue #16 item 1): a person's own
 * client (a mobile app drawn as an outsider) and a vendor's service the
 * system calls are hops; a person the system sends to is not. */
static const char *relays =
    "digraph g {\n"
    "  user [shape=box, label=\"App user\"];\n"
    "  app [shape=box, label=\"Mobile app\"];\n"
    "  ocr [shape=box, label=\"OCR service\"];\n"
    "  cust [shape=box, label=\"Customer\"];\n"
    "  subgraph cluster_i { label=internal; trust=2;\n"
    "    api; db [shape=cylinder, label=\"Orders\"];\n"
    "    scans [shape=cylinder, label=\"Scans\"]; notes [shape=cylinder]; }\n"
    "  user -> app; app -> user; app -> api [authenticated=no]; api -> app;\n"
    "  api -> db; api -> ocr; ocr -> api; ocr -> scans;\n"
    "  api -> cust; cust -> notes;\n"
    "}\n";

static void test_outsiders_as_hops(void **state) {
  tmc_ir *ir = analyse(relays, 3);
  assert_paths_sane(ir);
  /* The user is who attacks, through their app: no second path from the
   * app itself, which is still an entry point of the report. */
  assert_non_null(find_path(ir, "user app api db"));
  assert_true(ir->elements[el(ir, "app")].facts.is_entry);
  for (uint32_t i = 0; i < ir->n_paths; i++)
    assert_int_not_equal(ir->paths[i].entry, el(ir, "app"));
  /* The vendor's OCR service is a hop to what only it writes. */
  assert_non_null(find_path(ir, "user app api ocr scans"));
  /* A customer the API writes to is no way into the notes store. */
  assert_int_equal(count_pair(ir, el(ir, "user"), el(ir, "notes")), 0);
  tmc_ir_free(ir);
  (void)state;
}

/* The same in other words: an admin drawn as a person using a "staff
 * laptop" outsider, a SaaS in the middle, and a partner (a person) who
 * only ever hears back. */
static const char *relays2 =
    "digraph g {\n"
    "  staff [shape=box, label=\"Shop staff\"];\n"
    "  console [shape=box, label=\"Staff laptop\"];\n"
    "  crm [shape=box, label=\"Hosted CRM\"];\n"
    "  partner [shape=box, label=\"Partner\"];\n"
    "  subgraph cluster_v { label=vpc; trust=2;\n"
    "    web; leads [shape=cylinder]; reports [shape=cylinder]; }\n"
    "  staff -> console; console -> web; web -> crm; crm -> leads;\n"
    "  web -> partner; partner -> web; partner -> reports;\n"
    "}\n";

static void test_outsiders_as_hops_variant(void **state) {
  tmc_ir *ir = analyse(relays2, 3);
  assert_paths_sane(ir);
  assert_non_null(find_path(ir, "staff console web crm leads"));
  for (uint32_t i = 0; i < ir->n_paths; i++) {
    assert_int_not_equal(ir->paths[i].entry, el(ir, "console"));
    for (uint32_t h = 1; h + 1 < ir->paths[i].n_hops; h++)
      assert_int_not_equal(ir->paths[i].hops[h].element, el(ir, "partner"));
  }
  tmc_ir_free(ir);
  (void)state;
}

/* At most 30 % of the shown paths are critical; the rest say why they are
 * high. Five outsiders one unauthenticated hop from a secret store. */
static const char *many_critical =
    "digraph g {\n"
    "  u1 [shape=box, label=\"User one\"]; u2 [shape=box, label=\"User two\"];\n"
    "  u3 [shape=box, label=\"User three\"]; u4 [shape=box, label=\"User four\"];\n"
    "  u5 [shape=box, label=\"User five\"];\n"
    "  subgraph cluster_i { label=internal; trust=2;\n"
    "    s [shape=cylinder, data=credentials]; }\n"
    "  u1 -> s [authenticated=no]; u2 -> s [authenticated=no];\n"
    "  u3 -> s [authenticated=no]; u4 -> s [authenticated=no];\n"
    "  u5 -> s [authenticated=no];\n"
    "}\n";

static void test_critical_share(void **state) {
  tmc_ir *ir = analyse(many_critical, 3);
  assert_paths_sane(ir);
  assert_int_equal(ir->n_paths, 5);
  uint32_t crit = 0, lowered = 0;
  for (uint32_t i = 0; i < ir->n_paths; i++) {
    const tmc_finding *f = finding_of(ir, &ir->paths[i]);
    crit += ir->paths[i].severity == TMC_SEV_CRITICAL;
    if (strstr(f->risk_reason, "likelihood lowered")) {
      lowered++;
      assert_int_equal(ir->paths[i].severity, TMC_SEV_HIGH);
    }
  }
  assert_int_equal(crit, 1); /* 30 % of 5, at least one */
  assert_int_equal(lowered, 4);
  tmc_ir_free(ir);
  (void)state;
}

/* ---- goals on the full pipeline (roles and facts included) ------------------- */

static tmc_ir *analysed_all(const char *dot) {
  tmc_diags d = TMC_DIAGS_INIT;
  tmc_ir *ir = ir_analysed("t.dot", dot, strlen(dot), cat, "paths", &d);
  tmc_diags_free(&d);
  return ir;
}

static tmc_ir *analysed_shown(const char *dot, uint32_t max_paths) {
  tmc_diags d = TMC_DIAGS_INIT;
  tmc_ir *ir = ir_analysed("t.dot", dot, strlen(dot), cat, "risk", &d);
  tmc_pass_opts po = TMC_PASS_OPTS_INIT;
  po.max_paths = max_paths;
  po.catalog = cat;
  assert_int_equal(tmc_pass_paths(ir, &po, &d), 0);
  assert_int_equal(d.errors, 0);
  tmc_diags_free(&d);
  return ir;
}

/* The path from entry to target named by chain, or NULL. */
static const tmc_path *chain_path(const tmc_ir *ir, const char *entry, const char *target,
                                  const char *chain) {
  for (uint32_t i = 0; i < ir->n_paths; i++)
    if (ir->paths[i].entry == el(ir, entry) && ir->paths[i].asset == el(ir, target) &&
        ir->paths[i].chain && strcmp(ir->paths[i].chain, chain) == 0)
      return &ir->paths[i];
  return NULL;
}

static bool path_has_technique(const tmc_path *p, const char *tech) {
  for (uint32_t h = 1; h < p->n_hops; h++)
    if (p->hops[h].technique && strcmp(p->hops[h].technique, tech) == 0)
      return true;
  return false;
}

/* Act through an agent: web content read by a browse tool reaches the agent
 * that asks a hosted model (drawn outside every zone) and dispatches its tool
 * calls; a shell runner the agent calls is where the damage is. The model is
 * a leaf of the agent (a path cannot pass the agent twice), so the agent
 * stands for the model's round trip. */
static const char *agent_acts =
    "digraph g {\n"
    "  web [shape=box, label=\"Public web pages\"];\n"
    "  llm [label=\"Claude API\", type=llm];\n"
    "  subgraph cluster_c { label=\"Corporate\"; trust=2;\n"
    "    agent [label=\"Agent orchestrator\", role=agent];\n"
    "    browse [label=\"Browse tool\", type=agent_tool];\n"
    "    shell [label=\"Shell runner\", role=tool_executor];\n"
    "    keys [shape=cylinder, label=\"Secrets vault\"]; }\n"
    "  agent -> browse; browse -> web; web -> browse; browse -> agent;\n"
    "  agent -> llm; llm -> agent; agent -> shell; shell -> agent;\n"
    "  keys -> agent;\n"
    "}\n";

static void test_goal_act_through_agent(void **state) {
  tmc_ir *ir = analysed_all(agent_acts);
  assert_paths_sane(ir);
  const tmc_path *p = chain_path(ir, "web", "shell", "act through an agent");
  assert_non_null(p);
  /* Planted where the browse tool fetches it (retrieval content crafting,
   * not infiltration through our own public app), into the agent's prompt,
   * then the shell runner runs the attacker's commands (a process that runs
   * commands: Command and Scripting Interpreter, not a tool's invocation). */
  assert_true(path_has_technique(p, "AML.T0066"));
  assert_false(path_has_technique(p, "AML.T0093"));
  assert_true(path_has_technique(p, "AML.T0051.001"));
  assert_true(path_has_technique(p, "AML.T0050"));
  /* The vendor's model outside every zone is a target (hijack a model). */
  assert_non_null(chain_path(ir, "web", "llm", "hijack a model"));
  /* The vault ends a path (credential theft), never relays one. */
  assert_non_null(chain_path(ir, "web", "keys", "steal credentials"));
  for (uint32_t i = 0; i < ir->n_paths; i++)
    for (uint32_t h = 1; h + 1 < ir->paths[i].n_hops; h++)
      assert_int_not_equal(ir->paths[i].hops[h].element, el(ir, "keys"));
  tmc_ir_free(ir);
  (void)state;
}

/* The same goal in other words: an invoice mailbox read by an extraction
 * service that prompts GPT and posts what it answers to an ERP drawn as an
 * outsider (a system outside ours the model's output reaches). */
static const char *agent_acts2 =
    "digraph g {\n"
    "  supplier [shape=box, label=\"Supplier\"];\n"
    "  gpt [label=\"GPT-4o\", type=llm];\n"
    "  erp [shape=box, label=\"ERP system\"];\n"
    "  subgraph cluster_f { label=\"Finance\"; trust=2;\n"
    "    inbox [shape=cylinder, label=\"Invoice inbox\"];\n"
    "    extract [label=\"Field extraction agent\", role=agent]; }\n"
    "  supplier -> inbox; inbox -> extract; extract -> gpt; gpt -> extract;\n"
    "  extract -> erp;\n"
    "}\n";

static void test_goal_act_through_agent_variant(void **state) {
  tmc_ir *ir = analysed_all(agent_acts2);
  assert_paths_sane(ir);
  const tmc_path *p = chain_path(ir, "supplier", "erp", "act through an agent");
  assert_non_null(p);
  assert_true(path_has_technique(p, "AML.T0048")); /* the action leaves the system */
  tmc_ir_free(ir);
  (void)state;
}

/* Credentials in a job's environment (data=credentials on code), reachable
 * from an exposed job API: credential theft at secret impact. */
static const char *env_creds =
    "digraph g {\n"
    "  cust [shape=box, label=\"Customer\"];\n"
    "  subgraph cluster_p { label=\"Platform\"; trust=2;\n"
    "    jobs [label=\"Job API\"];\n"
    "    worker [label=\"Training worker\", data=credentials]; }\n"
    "  cust -> jobs [authenticated=no]; jobs -> worker;\n"
    "}\n";

/* ... and the same with a model the worker trains: the path touches AI, so
 * its hop and its finding name ATLAS's Unsecured Credentials. */
static const char *env_creds_ai =
    "digraph g {\n"
    "  client [shape=box, label=\"API client\"];\n"
    "  subgraph cluster_p { label=\"Platform\"; trust=2;\n"
    "    submit [label=\"Submit endpoint\"];\n"
    "    runner [label=\"Job runner\", data=credentials];\n"
    "    weights [shape=box, label=\"Fine-tuned model\", type=model]; }\n"
    "  client -> submit [authenticated=no]; submit -> runner; runner -> weights;\n"
    "}\n";

static void test_goal_steal_credentials(void **state) {
  tmc_ir *ir = analysed_all(env_creds);
  assert_paths_sane(ir);
  const tmc_path *p = chain_path(ir, "cust", "worker", "steal credentials");
  assert_non_null(p);
  assert_int_equal(p->impact, 5);
  /* No AI on the way: a classic step (CAPEC), and no ATLAS id anywhere. */
  assert_true(path_has_technique(p, "CAPEC-1"));
  for (uint32_t h = 0; h < p->n_hops; h++)
    assert_false(p->hops[h].technique && strncmp(p->hops[h].technique, "AML.", 4) == 0);
  const tmc_finding *f = finding_of(ir, p);
  assert_non_null(f);
  assert_int_equal(f->atlas.n, 0);
  assert_true(tmc_strlist_has(&f->cwe, "CWE-522"));
  tmc_ir_free(ir);

  /* A cloud node's metadata endpoint hands out its role's keys: stealing
   * them is the goal, in two wordings (a service named so, an IMDS store). */
  static const char *const meta[] = {
      "digraph g {\n"
      "  analyst [shape=box, label=\"Analyst\"];\n"
      "  subgraph cluster_k { label=\"Compute cluster\"; trust=2;\n"
      "    gate [label=\"Batch API\"]; runner [label=\"Container runner\"];\n"
      "    meta [shape=cylinder, label=\"Instance metadata service (role "
      "credentials)\"]; }\n"
      "  analyst -> gate; gate -> runner; runner -> meta; meta -> runner;\n"
      "}\n",
      "digraph g {\n"
      "  subgraph cluster_n { label=\"GPU node\"; trust=2;\n"
      "    meta [shape=cylinder, label=\"IMDS\"]; pod [label=\"Notebook pod\"]; }\n"
      "  student [shape=box, label=\"Student\"];\n"
      "  student -> pod [label=\"run cell\"]; pod -> meta [dir=both];\n"
      "}\n"};
  const char *const who[] = {"analyst", "student"};
  for (int k = 0; k < 2; k++) {
    ir = analysed_all(meta[k]);
    assert_non_null(chain_path(ir, who[k], "meta", "steal credentials"));
    tmc_ir_free(ir);
  }

  ir = analysed_all(env_creds_ai);
  assert_paths_sane(ir);
  p = chain_path(ir, "client", "runner", "steal credentials");
  assert_non_null(p);
  assert_true(path_has_technique(p, "AML.T0055"));
  f = finding_of(ir, p);
  assert_non_null(f);
  assert_true(tmc_strlist_has(&f->atlas, "AML.T0055"));
  tmc_ir_free(ir);
  (void)state;
}

/* A goal's ids follow what its path touches (issue #16): the backdoor chain
 * cites OWASP's LLM supply chain only when it ends at an LLM; a vendor's
 * model the system only calls is not ours to have extracted. */
static const char *ids_follow_path =
    "digraph g {\n"
    "  weights [shape=box, label=\"Community weights hub\", source=third_party];\n"
    "  owner [shape=box, label=\"Phone owner\"];\n"
    "  rival [shape=box, label=\"Rival lab\"];\n"
    "  subgraph cluster_dc { label=\"Our cloud\"; trust=2;\n"
    "    tune [label=\"Fine-tune job\", type=pipeline];\n"
    "    store [label=\"Model store\", type=model_registry];\n"
    "    chat [label=\"Support chat LLM\", type=llm];\n"
    "    front [label=\"Chat front end\"];\n"
    "    ocr [label=\"Rekognition OCR\", type=model]; }\n"
    "  subgraph cluster_hand { label=\"Customer handset\"; trust=1;\n"
    "    app [label=\"Scanner app\"];\n"
    "    leafnet [label=\"Bundled classifier\", type=model]; }\n"
    "  weights -> tune; tune -> chat; tune -> store; store -> leafnet;\n"
    "  rival -> front [authenticated=no]; front -> chat; front -> ocr;\n"
    "  owner -> app; app -> leafnet;\n"
    "}\n";

static void test_goal_ids_follow_path(void **state) {
  tmc_ir *ir = analysed_all(ids_follow_path);
  assert_paths_sane(ir);
  /* To the LLM: LLM03 beside ML06. */
  const tmc_path *p =
      chain_path(ir, "weights", "chat", "backdoored model reaching production");
  assert_non_null(p);
  assert_true(tmc_strlist_has(&finding_of(ir, p)->owasp, "LLM03:2025"));
  assert_true(tmc_strlist_has(&finding_of(ir, p)->owasp, "ML06:2023"));
  /* The vendor's OCR model: no extraction chain (it is not our asset). */
  for (uint32_t i = 0; i < ir->n_paths; i++)
    if (ir->paths[i].asset == el(ir, "ocr"))
      assert_string_not_equal(finding_of(ir, &ir->paths[i])->rule_id, "TMC-PATH-004");
  /* Our own LLM behind an anonymous front end: the rival's text hijacks it,
   * the goal met at the model (its extraction is the element findings'). */
  assert_null(chain_path(ir, "rival", "chat", "model extraction and inversion"));
  assert_non_null(chain_path(ir, "rival", "chat", "hijack a model"));
  tmc_ir_free(ir);
  (void)state;
}

/* A service the system calls (a hosted model drawn as an outsider, a SaaS)
 * is a hop, not an entry point; its compromised or manipulated response is
 * a path start of its own, one step less likely (issue #16 item 1). Two
 * wordings: a hosted LLM and a payment SaaS. */
static void test_vendor_response_starts(void **state) {
  static const char *dots[] = {
      "digraph g {\n"
      "  user [shape=box, label=\"Shop visitor\"];\n"
      "  gpt [shape=box, label=\"OpenAI GPT-4o\", type=external_entity];\n"
      "  subgraph cluster_b { label=\"Backend\"; trust=2;\n"
      "    api [label=\"Order assistant API\"];\n"
      "    db [shape=cylinder, label=\"Orders DB\"]; }\n"
      "  user -> api [authenticated=yes]; api -> gpt; gpt -> api; api -> db;\n"
      "}\n",
      "digraph g {\n"
      "  buyer [shape=box, label=\"Customer\"];\n"
      "  psp [shape=box, label=\"Payment provider (SaaS)\"];\n"
      "  subgraph cluster_c { label=\"Checkout\"; trust=2;\n"
      "    co [label=\"Checkout service\"];\n"
      "    ledger [shape=cylinder, label=\"Ledger\"]; }\n"
      "  buyer -> co [authenticated=yes]; co -> psp [dir=both]; co -> ledger;\n"
      "}\n"};
  static const char *vendor[] = {"gpt", "psp"}, *asset[] = {"db", "ledger"};
  for (int k = 0; k < 2; k++) {
    tmc_ir *ir = analysed_all(dots[k]);
    assert_paths_sane(ir);
    uint32_t v = el(ir, vendor[k]);
    assert_false(ir->elements[v].facts.is_entry); /* a hop, not an entry */
    const tmc_path *p = NULL;
    for (uint32_t i = 0; i < ir->n_paths && !p; i++)
      if (ir->paths[i].entry == v && ir->paths[i].asset == el(ir, asset[k]))
        p = &ir->paths[i];
    if (!p)
      fail_msg("%s: no path from the called service's response", vendor[k]);
    const tmc_finding *f = finding_of(ir, p);
    assert_non_null(strstr(f->risk_reason, "-1: starts at a compromised or manipulated"));
    assert_non_null(strstr(p->hops[0].weakness, "a service the system calls"));
    tmc_ir_free(ir);
  }
  (void)state;
}

/* A person's own tool is not their target: an analyst's notebook (they log in
 * to it directly) holds keys, yet no path of theirs ends there; a store they
 * write to still is one. */
static const char *own_tool_dot =
    "digraph g {\n"
    "  subgraph cluster_o { label=\"Office\"; trust=1;\n"
    "    analyst [shape=box, label=\"Data analyst\"]; }\n"
    "  subgraph cluster_p { label=\"Platform\"; trust=2;\n"
    "    nb [label=\"Jupyter notebook\", data=credentials];\n"
    "    wh [shape=cylinder, label=\"Warehouse\", data=pii]; }\n"
    "  analyst -> nb [authenticated=yes]; nb -> wh; analyst -> wh;\n"
    "}\n";

static void test_own_tool_is_no_target(void **state) {
  tmc_ir *ir = analysed_all(own_tool_dot);
  assert_paths_sane(ir);
  assert_int_equal(count_pair(ir, el(ir, "analyst"), el(ir, "nb")), 0);
  assert_true(count_pair(ir, el(ir, "analyst"), el(ir, "wh")) > 0);
  tmc_ir_free(ir);
  (void)state;
}

static const char *who =
    "digraph g {\n"
    "  out [shape=box, label=\"Internet user\"];\n"
    "  subgraph cluster_corp { label=\"Corporate\"; trust=1;\n"
    "    emp [shape=box, label=\"Employee\"];\n"
    "    vendor [shape=box, label=\"Vendor\", source=third_party]; }\n"
    "  subgraph cluster_i { label=internal; trust=2;\n"
    "    a; b; c; s [shape=cylinder, data=credentials]; }\n"
    "  out -> a [authenticated=no]; emp -> b [authenticated=no];\n"
    "  vendor -> c [authenticated=no];\n"
    "  a -> s; b -> s; c -> s;\n"
    "}\n";

static void test_insider_scores(void **state) {
  tmc_ir *ir = analyse(who, 3);
  assert_paths_sane(ir);
  const tmc_path *po = find_path(ir, "out a s"), *pe = find_path(ir, "emp b s"),
                 *pv = find_path(ir, "vendor c s");
  assert_non_null(po);
  assert_non_null(pe);
  assert_non_null(pv);
  assert_false(po->insider);
  assert_true(pe->insider);
  assert_false(pv->insider); /* a third party is no insider wherever it is drawn */
  /* The employee's hops are no harder than the outsider's (unauthenticated
   * across one boundary into higher trust, then inside one zone), yet the
   * path is one step less likely and at most 3: never critical. */
  assert_true(po->likelihood >= 4);
  assert_int_equal(pe->likelihood, po->likelihood - 1 > 3 ? 3 : po->likelihood - 1);
  assert_true(pe->likelihood <= 3);
  assert_int_not_equal(pe->severity, TMC_SEV_CRITICAL);
  assert_int_equal(po->impact, 5); /* credentials are secret */
  const tmc_finding *fe = finding_of(ir, pe), *fo = finding_of(ir, po);
  /* As likely as the outsider's, unless the critical share lowered it (the
   * outsider's path ranks first and keeps critical). */
  if (!strstr(finding_of(ir, pv)->risk_reason, "likelihood lowered"))
    assert_int_equal(pv->likelihood, po->likelihood);
  assert_null(strstr(finding_of(ir, pv)->risk_reason, "insider"));
  assert_non_null(strstr(fe->risk_reason, "starts inside Corporate, an insider"));
  assert_null(strstr(fo->risk_reason, "insider"));
  assert_non_null(strstr(fo->risk_reason, "secret asset"));
  /* The ranking follows: the outsider's path to the store comes first. */
  assert_int_equal(ir->paths[0].entry, el(ir, "out"));
  tmc_ir_free(ir);
}

/* The RAG chain from a third party (outside) and the same chain from an
 * employee (inside), with a finding on the LLM that states the threat. */
static const char *chain_floor =
    "digraph g {\n"
    "  authors [shape=box, label=\"Authors\", source=third_party];\n"
    "  subgraph cluster_corp { label=\"Corporate\"; trust=1;\n"
    "    emp [shape=box, label=\"Employee\"]; }\n"
    "  subgraph cluster_i { label=internal; trust=2;\n"
    "    docs [shape=cylinder, label=\"Docs\"]; ingest [label=\"Ingest\"];\n"
    "    vectors [shape=cylinder, label=\"Vectors\"]; orch [label=\"Orchestrator\"];\n"
    "    llm [label=\"LLM\", type=llm]; }\n"
    "  authors -> docs [authenticated=yes, protocol=https];\n"
    "  emp -> docs [authenticated=yes, protocol=https];\n"
    "  docs -> ingest [authenticated=yes]; ingest -> vectors [authenticated=yes];\n"
    "  vectors -> orch [authenticated=yes]; orch -> llm [authenticated=yes];\n"
    "}\n";

/* Runs the passes up to reach, adds a finding of `rule` on `on` citing
 * `atlas` with the given scores and status, then the paths pass. */
static tmc_ir *analyse_floor(const char *atlas, int l, int i, tmc_status status,
                             uint32_t *fi) {
  tmc_diags d = TMC_DIAGS_INIT;
  tmc_ir *ir = ir_analysed("t.dot", chain_floor, strlen(chain_floor), cat, "reach", &d);
  tmc_pass_opts po = TMC_PASS_OPTS_INIT;
  po.catalog = cat;
  *fi = tmc_ir_add_finding(ir);
  tmc_finding *f = &ir->findings[*fi];
  f->rule_id = "TEST-IPI";
  f->target_kind = TMC_TARGET_ELEMENT;
  f->target = el(ir, "llm");
  tmc_strlist_add(&f->atlas, atlas);
  f->likelihood = l;
  f->impact = i;
  f->score = l * i;
  f->severity = l * i >= 20 ? TMC_SEV_CRITICAL : TMC_SEV_HIGH;
  f->status = status;
  assert_int_equal(tmc_pass_paths(ir, &po, &d), 0);
  assert_int_equal(tmc_ir_check(ir, "paths", &d), 0);
  assert_int_equal(d.errors, 0);
  tmc_diags_free(&d);
  return ir;
}

static void test_chain_as_severe_as_its_finding(void **state) {
  uint32_t fi;
  tmc_ir *ir = analyse_floor("AML.T0051.001", 4, 5, TMC_STATUS_OPEN, &fi);
  assert_paths_sane(ir);
  const tmc_path *out = find_path(ir, "authors docs ingest vectors orch llm");
  const tmc_path *in = find_path(ir, "emp docs ingest vectors orch llm");
  assert_non_null(out);
  assert_non_null(in);
  assert_string_equal(out->chain, "indirect prompt injection");
  assert_string_equal(in->chain, "indirect prompt injection");
  /* Five authenticated hops make the path itself unlikely; from outside the
   * chain is as severe as the finding that states its threat. */
  assert_int_equal(out->score, 20);
  assert_int_equal(out->likelihood, 4);
  assert_int_equal(out->impact, 5);
  assert_int_equal(out->severity, TMC_SEV_CRITICAL);
  assert_int_equal(out->same_as, fi);
  const tmc_finding *f = finding_of(ir, out);
  assert_int_equal(f->score, 20);
  assert_int_equal(f->severity, TMC_SEV_CRITICAL);
  assert_non_null(strstr(f->risk_reason, "raised to TEST-IPI on LLM"));
  /* From inside, the chain names the same finding but keeps its own score. */
  assert_int_equal(in->same_as, fi);
  assert_true(in->score < 20);
  assert_true(in->likelihood <= 3);
  tmc_ir_free(ir);

  /* A finding about another threat sets no floor. */
  ir = analyse_floor("AML.T0051.000", 4, 5, TMC_STATUS_OPEN, &fi);
  out = find_path(ir, "authors docs ingest vectors orch llm");
  assert_non_null(out);
  assert_int_equal(out->same_as, TMC_NONE);
  assert_true(out->score < 20);
  tmc_ir_free(ir);

  /* Nor does one a declared control closes. */
  ir = analyse_floor("AML.T0051.001", 4, 5, TMC_STATUS_MITIGATED, &fi);
  out = find_path(ir, "authors docs ingest vectors orch llm");
  assert_non_null(out);
  assert_int_equal(out->same_as, TMC_NONE);
  assert_true(out->score < 20);
  tmc_ir_free(ir);
}

/* ---- scale and determinism ------------------------------------------------- */

static uint32_t lcg(uint64_t *s) {
  *s = *s * 6364136223846793005ull + 1442695040888963407ull;
  return (uint32_t)(*s >> 33);
}

/* n elements (the first n_ent external entities outside, the last n_asset
 * confidential stores), m flows picked by a fixed generator. */
static tmc_ir *generated(uint32_t n, uint32_t n_ent, uint32_t n_asset, uint32_t m,
                         uint64_t seed) {
  tmc_ir *ir = tmc_ir_new("gen");
  tmc_ir_add_page(ir, "gen");
  uint32_t b = tmc_ir_add_boundary(ir, 0, "cluster_i", TMC_BOUNDARY_CLUSTER);
  ir->boundaries[b].label = "internal";
  char id[32];
  for (uint32_t i = 0; i < n; i++) {
    snprintf(id, sizeof id, "n%06u", i);
    uint32_t e = tmc_ir_add_element(ir, 0, id);
    tmc_element *x = &ir->elements[e];
    if (i < n_ent) {
      x->kind = TMC_KIND_EXTERNAL;
    } else {
      x->boundary = b;
      if (i >= n - n_asset) {
        x->kind = TMC_KIND_DATA_STORE;
        x->sensitivity = TMC_SENS_CONFIDENTIAL;
      }
    }
  }
  for (uint32_t i = 0; i < m; i++) {
    uint32_t s = lcg(&seed) % n, t = lcg(&seed) % n;
    uint32_t f = tmc_ir_add_flow(ir, 0, s, t);
    ir->flows[f].bidirectional = lcg(&seed) % 10 == 0;
    ir->flows[f].authenticated = (tmc_tri)(lcg(&seed) % 3 - 1);
  }
  return ir;
}

static void run_generated(tmc_ir *ir, uint32_t k, tmc_diags *d) {
  tmc_pass_opts po = TMC_PASS_OPTS_INIT;
  po.paths_k = k;
  po.catalog = cat;
  assert_int_equal(tmc_pass_boundaries(ir, &po, d), 0);
  assert_int_equal(tmc_pass_reach(ir, &po, d), 0);
  assert_int_equal(tmc_pass_paths(ir, &po, d), 0);
  assert_int_equal(tmc_ir_check(ir, "paths", d), 0);
}

static void test_dense(void **state) {
  /* 400 elements, 12,000 flows: far too many simple paths to enumerate. */
  tmc_ir *ir = generated(400, 20, 20, 12000, 42);
  tmc_diags d = TMC_DIAGS_INIT;
  run_generated(ir, 3, &d);
  assert_int_equal(d.errors, 0);
  assert_paths_sane(ir);
  /* The default cap a report shows: one path per entry/asset pair first,
   * and this graph has far more than 15 pairs. */
  assert_int_equal(ir->n_paths, 15);
  for (uint32_t i = 0; i < ir->n_paths; i++) {
    assert_int_equal(count_pair(ir, ir->paths[i].entry, ir->paths[i].asset), 1);
    if (i)
      assert_true(ir->paths[i - 1].score >= ir->paths[i].score);
  }
  /* The cap is reported, not silent. */
  bool noted = false;
  for (uint32_t i = 0; i < d.n; i++)
    noted |= d.v[i].level == TMC_DIAG_NOTE && strstr(d.v[i].msg, "attack paths") != NULL;
  assert_true(noted);
  for (uint32_t i = 0; i < ir->n_cuts; i++)
    assert_true(ir->cuts[i].n_flows >= 1);
  tmc_diags_free(&d);
  tmc_ir_free(ir);
}

static void test_large(void **state) {
  /* 100,000 elements: the work limit keeps it bounded; what it finds is
   * still sane, and a cut short search says so. */
  tmc_ir *ir = generated(100000, 2000, 2000, 200000, 7);
  tmc_diags d = TMC_DIAGS_INIT;
  run_generated(ir, 3, &d);
  assert_paths_sane(ir);
  assert_true(ir->n_paths > 0);
  assert_true(ir->n_paths <= 100);
  bool noted = false;
  for (uint32_t i = 0; i < d.n; i++)
    noted |= d.v[i].level == TMC_DIAG_NOTE && strstr(d.v[i].msg, "attack paths") != NULL;
  assert_true(noted);
  tmc_diags_free(&d);
  tmc_ir_free(ir);
}

/* The same diagram with its statements in another order gives the same
 * paths, ranks and advice. */
static char *signature(const char *dot) {
  tmc_ir *ir = analyse(dot, 3);
  tmc_buf b = TMC_BUF_INIT;
  for (uint32_t i = 0; i < ir->n_paths; i++) {
    const tmc_path *p = &ir->paths[i];
    tmc_buf_printf(&b, "%s|%s|%u|%d|%d\n", hops_of(ir, p), p->chain ? p->chain : "",
                   p->rank, p->score, p->more_exist);
  }
  for (uint32_t i = 0; i < ir->n_cuts; i++)
    tmc_buf_printf(&b, "%s: %s\n", ir->elements[ir->cuts[i].asset].id,
                   ir->cuts[i].advice);
  tmc_ir_free(ir);
  return tmc_buf_detach(&b);
}

static void test_determinism(void **state) {
  static const char *stmts[] = {"e1 [shape=box]",
                                "e2 [shape=box]",
                                "a",
                                "b",
                                "c",
                                "d",
                                "s [shape=cylinder, data=pii]",
                                "t [shape=cylinder, data=secrets]",
                                "e1 -> a",
                                "e1 -> b",
                                "a -> c",
                                "b -> c",
                                "c -> s",
                                "a -> d",
                                "b -> d",
                                "d -> s",
                                "e2 -> d",
                                "d -> t",
                                "c -> t",
                                "s -> c",
                                "a -> b",
                                "b -> a"};
  enum { N = sizeof stmts / sizeof *stmts };
  uint32_t order[N];
  char *first = NULL;
  uint64_t seed = 1;
  for (int round = 0; round < 6; round++) {
    for (uint32_t i = 0; i < N; i++)
      order[i] = i;
    for (uint32_t i = N - 1; round && i > 0; i--) {
      uint32_t j = lcg(&seed) % (i + 1), x = order[i];
      order[i] = order[j];
      order[j] = x;
    }
    tmc_buf b = TMC_BUF_INIT;
    tmc_buf_puts(&b, "digraph g {\n");
    for (uint32_t i = 0; i < N; i++)
      tmc_buf_printf(&b, "  %s;\n", stmts[order[i]]);
    tmc_buf_puts(&b, "}\n");
    char *sig = signature(b.data);
    tmc_buf_free(&b);
    if (!first) {
      first = sig;
      assert_non_null(strstr(first, "e1 a c s"));
    } else {
      assert_string_equal(sig, first);
      free(sig);
    }
  }
  free(first);
}

static void test_no_entries_no_assets(void **state) {
  tmc_ir *ir = analyse("digraph g { a -> b; }", 3);
  assert_int_equal(ir->n_paths, 0);
  assert_int_equal(ir->n_cuts, 0);
  tmc_ir_free(ir);
  ir = analyse(ladder, 0); /* --paths 0 turns the search off */
  assert_int_equal(ir->n_paths, 0);
  tmc_ir_free(ir);
}

/* The report shows 15 paths; every entry/asset pair the search found is
 * still recorded (ir->path_pairs), so a reader of the IR can tell "not shown"
 * from "not found" (issue #14: 24 pairs here, from 6 people to 4 stores). */
static void test_pairs_beyond_shown(void **state) {
  (void)state;
  tmc_ir *ir =
      analyse("digraph G {\n"
              "u1 [type=external_entity]; u2 [type=external_entity];\n"
              "u3 [type=external_entity]; u4 [type=external_entity];\n"
              "u5 [type=external_entity]; u6 [type=external_entity];\n"
              "app [type=process];\n"
              "d1 [type=data_store]; d2 [type=data_store];\n"
              "d3 [type=data_store]; d4 [type=data_store];\n"
              "u1 -> app; u2 -> app; u3 -> app; u4 -> app; u5 -> app; u6 -> app;\n"
              "app -> d1; app -> d2; app -> d3; app -> d4;\n"
              "}\n",
              3);
  assert_int_equal(ir->n_paths, 15);
  assert_int_equal(ir->n_path_pairs, 24);
  for (int u = 1; u <= 6; u++)
    for (int d = 1; d <= 4; d++) {
      char un[4], dn[4];
      snprintf(un, sizeof un, "u%d", u);
      snprintf(dn, sizeof dn, "d%d", d);
      assert_true(tmc_ir_has_path_pair(ir, el(ir, un), el(ir, dn)));
    }
  assert_false(tmc_ir_has_path_pair(ir, el(ir, "d1"), el(ir, "u1")));
  tmc_ir_free(ir);
}

/* ---- the path plan and what every drawn diagram must meet ------------------- */

static tmc_ir *analysed(const char *name, const char *text, size_t len) {
  tmc_diags d = TMC_DIAGS_INIT;
  tmc_ir *ir = ir_analysed(name, text, len, cat, NULL, &d);
  tmc_diags_free(&d);
  return ir;
}

/* Two outsiders: a reseller's requests fan out from one API to two stores,
 * a supplier's feed writes one of them. Two changes close all three paths:
 * the reseller's way in (two paths, the most severe weight first) and the
 * supplier's; no third is needed and none is advised. (A member of the
 * public's way in is no place to cut: test_public_way_in_is_no_cut.) */
static const char *shop =
    "digraph shop {\n"
    "  reseller [shape=box, label=\"Reseller integration\"];\n"
    "  supplier [shape=box, label=\"Supplier feed\", source=third_party];\n"
    "  subgraph cluster_in { label=\"Internal network\";\n"
    "    api [label=\"Storefront API\"];\n"
    "    orders [shape=cylinder, label=\"Orders DB\", sensitivity=confidential];\n"
    "    catalog [shape=cylinder, label=\"Product catalog DB\", sensitivity=internal]; "
    "}\n"
    "  reseller -> api [protocol=https];\n"
    "  api -> orders; api -> catalog;\n"
    "  supplier -> catalog [label=\"nightly prices\"];\n"
    "}\n";

/* The same shape in other words and another order: a patient portal. */
static const char *clinic =
    "digraph clinic {\n"
    "  subgraph cluster_core { label=\"Clinic network\";\n"
    "    labs [shape=cylinder, label=\"Lab results store\", sensitivity=internal];\n"
    "    records [shape=cylinder, label=\"Patient records\", sensitivity=secret];\n"
    "    portal [label=\"Patient portal backend\"]; }\n"
    "  lab [shape=box, label=\"Partner laboratory upload\", source=third_party];\n"
    "  patient [shape=box, label=\"Patient\"];\n"
    "  lab -> labs [label=\"results upload\"];\n"
    "  portal -> labs; portal -> records;\n"
    "  patient -> portal [protocol=https];\n"
    "}\n";

static void check_two_changes(const char *dot, const char *way_in, const char *feed) {
  tmc_ir *ir = analysed("t.dot", dot, strlen(dot));
  assert_true(ir->n_paths >= 3);
  assert_true(cuts_break_their_hops(ir, "t.dot"));
  assert_int_equal(ir->n_path_fixes, 2);
  assert_int_equal(ir->path_fixes_close, ir->n_paths);
  char want[64];
  snprintf(want, sizeof want, "These 2 changes close all %u attack paths", ir->n_paths);
  assert_non_null(strstr(ir->path_plan, want));
  /* The way in closes more (and more severe) paths: it comes first. */
  const tmc_flow *f0 = &ir->flows[ir->path_fixes[0].flow];
  const tmc_flow *f1 = &ir->flows[ir->path_fixes[1].flow];
  assert_string_equal(ir->elements[f0->src].id, way_in);
  assert_string_equal(ir->elements[f1->src].id, feed);
  assert_true(ir->path_fixes[0].n_paths >= 2);
  tmc_ir_free(ir);
}

static void test_path_plan(void **state) {
  (void)state;
  check_two_changes(shop, "reseller", "supplier");
  check_two_changes(clinic, "patient", "lab");
}

/* A flow taken by two techniques is two candidate fixes: the control that
 * breaks one does not close the path that takes the flow the other way. A
 * job that downloads weights holding credentials: the download is where a
 * model enters (model provenance) and where the job's keys are stolen
 * (secrets management); the plan names both on the one flow, each with only
 * its own paths. Drawn here, and as the shipped public-model-hub example. */
static void check_one_flow_two_fixes(const tmc_ir *ir, const char *name) {
  assert_true(cuts_break_their_hops(ir, name));
  bool found = false;
  for (uint32_t x = 0; x < ir->n_path_fixes; x++)
    for (uint32_t y = x + 1; y < ir->n_path_fixes; y++)
      found |= ir->path_fixes[x].flow == ir->path_fixes[y].flow &&
               strcmp(ir->path_fixes[x].control, ir->path_fixes[y].control) != 0;
  if (!found)
    fail_msg("%s: %s", name, ir->path_plan);
}

static void test_cut_by_technique(void **state) {
  (void)state;
  static const char *dot =
      "digraph zoo {\n"
      "  subgraph cluster_ml { label=\"ML platform\";\n"
      "    fetch [label=\"Weights fetcher\", data=\"credentials\"];\n"
      "    store [shape=cylinder, label=\"Checkpoint store\", data=\"model_weights\"];\n"
      "    serve [label=\"Scoring model\", type=model]; }\n"
      "  zoo [label=\"Vendor model zoo\", type=model_registry, source=third_party,\n"
      "       data=\"model_weights\"];\n"
      "  zoo -> fetch [label=\"pull checkpoint\", protocol=https];\n"
      "  fetch -> store; store -> serve [label=\"load\"];\n"
      "}\n";
  tmc_ir *ir = analysed("t.dot", dot, strlen(dot));
  check_one_flow_two_fixes(ir, "t.dot");
  tmc_ir_free(ir);
  FILE *fp = fopen("examples/public-model-hub.dot", "rb");
  assert_non_null(fp);
  char *data = malloc(1 << 16);
  assert_non_null(data);
  size_t len = fread(data, 1, 1 << 16, fp);
  fclose(fp);
  ir = analysed("examples/public-model-hub.dot", data, len);
  check_one_flow_two_fixes(ir, "examples/public-model-hub.dot");
  tmc_ir_free(ir);
  free(data);
}

/* The technique of an agent's or model's hop follows where the text came
 * from (issue #16 "How to test it"): gathered (a supplier's mail read from an
 * inbox service, a third-party plugin's output, forum posts a crawler
 * fetches) is indirect injection, with the plugin's own step AI Agent Tool
 * Data Poisoning and the crawled source's Retrieval Content Crafting; typed
 * by the person the path starts at and relayed by the system's own console
 * is direct. */
static const tmc_path *path_from_to(const tmc_ir *ir, const char *entry,
                                    const char *target) {
  for (uint32_t i = 0; i < ir->n_paths; i++)
    if (ir->paths[i].entry == el(ir, entry) && ir->paths[i].asset == el(ir, target))
      return &ir->paths[i];
  return NULL;
}

static const char *hop_technique_at(const tmc_ir *ir, const tmc_path *p, const char *id) {
  for (uint32_t h = 1; h < p->n_hops; h++)
    if (p->hops[h].element == el(ir, id))
      return p->hops[h].technique ? p->hops[h].technique : "";
  return "";
}

static void test_gathered_or_typed(void **state) {
  (void)state;
  static const char *inbox =
      "digraph g {\n"
      "  vendor [shape=box, label=\"Vendor\"];\n"
      "  clerk [shape=box, label=\"Clerk\"];\n"
      "  inbox [shape=box, label=\"Shared inbox service\"];\n"
      "  subgraph cluster_ap { label=\"Payables\"; trust=2;\n"
      "    reader [label=\"Inbox reader\"]; console [label=\"Review console\"];\n"
      "    agent [label=\"Payables agent\", role=agent]; llm [label=\"Llama\", "
      "type=llm]; }\n"
      "  vendor -> inbox; reader -> inbox [label=\"fetch new mail\"];\n"
      "  inbox -> reader [label=\"mail\"]; reader -> agent;\n"
      "  clerk -> console; console -> agent; agent -> llm; llm -> agent;\n"
      "}\n";
  tmc_ir *ir = analysed_all(inbox);
  const tmc_path *p = path_from_to(ir, "vendor", "llm");
  assert_non_null(p);
  assert_string_equal(hop_technique_at(ir, p, "agent"), "AML.T0051.001");
  assert_string_equal(hop_technique_at(ir, p, "llm"), "AML.T0051.001");
  p = path_from_to(ir, "clerk", "llm");
  assert_non_null(p);
  assert_string_equal(hop_technique_at(ir, p, "agent"), "AML.T0051.000");
  tmc_ir_free(ir);

  static const char *plugin =
      "digraph g {\n"
      "  user [shape=box, label=\"Employee\"];\n"
      "  weather [label=\"Weather plugin (community)\", type=agent_tool,\n"
      "           source=third_party];\n"
      "  subgraph cluster_a { label=\"Assistant\"; trust=2;\n"
      "    chat [label=\"Chat front end\"]; asst [label=\"Assistant runtime\", "
      "role=agent];\n"
      "    model [label=\"Chat model\", type=llm]; }\n"
      "  user -> chat; chat -> asst; asst -> model; model -> asst;\n"
      "  asst -> weather; weather -> asst;\n"
      "}\n";
  ir = analysed_all(plugin);
  p = path_from_to(ir, "weather", "model");
  assert_non_null(p);
  /* The plugin's data is what the attacker poisons (the entry's own step),
   * and its output read back by the runtime is indirect injection. */
  assert_string_equal(p->hops[0].technique, "AML.T0099");
  assert_string_equal(hop_technique_at(ir, p, "asst"), "AML.T0051.001");
  assert_string_equal(hop_technique_at(ir, p, "model"), "AML.T0051.001");
  p = path_from_to(ir, "user", "model");
  assert_non_null(p);
  assert_string_equal(hop_technique_at(ir, p, "asst"), "AML.T0051.000");
  tmc_ir_free(ir);

  static const char *crawl =
      "digraph g {\n"
      "  posts [shape=cylinder, label=\"Forum posts\", source=third_party];\n"
      "  subgraph cluster_a { label=\"Support\"; trust=2;\n"
      "    crawler [label=\"Crawler job\"]; bot [label=\"Answer bot\", role=agent];\n"
      "    llm [label=\"Answer model\", type=llm]; }\n"
      "  crawler -> posts [label=\"GET\"]; posts -> crawler [label=\"HTML\"];\n"
      "  crawler -> bot; bot -> llm; llm -> bot;\n"
      "}\n";
  ir = analysed_all(crawl);
  p = path_from_to(ir, "posts", "llm");
  assert_non_null(p);
  assert_string_equal(hop_technique_at(ir, p, "crawler"), "AML.T0066");
  assert_string_equal(hop_technique_at(ir, p, "bot"), "AML.T0051.001");
  assert_string_equal(hop_technique_at(ir, p, "llm"), "AML.T0051.001");
  tmc_ir_free(ir);
}

/* A worker that ingests a partner's mail is no query interface: the
 * partner's text reaching the model through the agent is a hijack, not
 * model extraction; and the worker's own path (it is an entry point, drawn
 * outside every zone) is the tail of the partner's, shown after it. */
static void test_ingestion_is_no_query(void **state) {
  (void)state;
  static const char *feed =
      "digraph g {\n"
      "  partner [shape=box, label=\"Partner\"];\n"
      "  feed [label=\"Feed ingestion worker\"];\n"
      "  subgraph cluster_c { label=\"Core\"; trust=2;\n"
      "    agent [label=\"Claims agent\", role=agent];\n"
      "    llm [label=\"Claims LLM\", type=llm]; }\n"
      "  partner -> feed; feed -> agent; agent -> llm; llm -> agent;\n"
      "}\n";
  tmc_ir *ir = analysed_all(feed);
  assert_true(ir->elements[el(ir, "feed")].facts.is_entry);
  assert_non_null(chain_path(ir, "partner", "llm", "hijack a model"));
  assert_null(chain_path(ir, "partner", "llm", "model extraction and inversion"));
  tmc_ir_free(ir);
  /* Shown one path only: the partner's, not the worker's tail of it. */
  ir = analyse_max(feed, 3, 1, NULL, TMC_SEV_NONE, TMC_STATUS_OPEN);
  assert_int_equal(ir->n_paths, 1);
  assert_int_equal(ir->paths[0].entry, el(ir, "partner"));
  tmc_ir_free(ir);
}

/* The rule id of path p's finding. */
static const char *path_rule(const tmc_ir *ir, const tmc_path *p) {
  for (uint32_t i = 0; i < ir->n_findings; i++)
    if (ir->findings[i].target_kind == TMC_TARGET_PATH &&
        &ir->paths[ir->findings[i].target] == p)
      return ir->findings[i].rule_id;
  return "";
}

static bool path_cites(const tmc_ir *ir, const tmc_path *p, const char *id) {
  for (uint32_t i = 0; i < ir->n_findings; i++)
    if (ir->findings[i].target_kind == TMC_TARGET_PATH &&
        &ir->paths[ir->findings[i].target] == p)
      return tmc_strlist_has(&ir->findings[i].atlas, id) ||
             tmc_strlist_has(&ir->findings[i].owasp, id);
  return false;
}

/* Precision (issue #16): a model that runs on the grower's phone, loaded
 * from the cloud, has no inference API: a path to it is the model copied
 * from the device (TMC-PATH-011, AML.T0044), never extraction through an API
 * (TMC-PATH-004: AML.T0040, AML.T0024) nor denial of service. And LLM08
 * (vector and embedding weaknesses) only where a vector store is on the
 * injection path: a ticket store is no embedding index. */
static void test_on_device_and_llm08(void **state) {
  (void)state;
  static const char *phone =
      "digraph g {\n"
      "  grower [shape=box, label=\"Grower\"];\n"
      "  subgraph cluster_phone { label=\"Grower's phone\";\n"
      "    app [label=\"Android app\"]; clf [label=\"Plant classifier\", type=model]; }\n"
      "  subgraph cluster_cloud { label=\"Cloud\"; trust=2;\n"
      "    store [shape=cylinder, label=\"Model bucket\", data=\"model_weights\"]; }\n"
      "  grower -> app; app -> clf; clf -> app; store -> clf [label=\"OTA update\"];\n"
      "}\n";
  tmc_ir *ir = analysed_all(phone);
  assert_true(ir->elements[el(ir, "clf")].facts.on_device);
  const tmc_path *p = path_from_to(ir, "grower", "clf");
  assert_non_null(p);
  assert_string_equal(path_rule(ir, p), "TMC-PATH-011");
  assert_true(path_cites(ir, p, "AML.T0044"));
  for (uint32_t i = 0; i < ir->n_paths; i++)
    for (uint32_t h = 1; h < ir->paths[i].n_hops; h++)
      assert_false(ir->paths[i].hops[h].technique &&
                   (strcmp(ir->paths[i].hops[h].technique, "AML.T0040") == 0 ||
                    strcmp(ir->paths[i].hops[h].technique, "AML.T0029") == 0));
  for (uint32_t i = 0; i < ir->n_findings; i++)
    if (ir->findings[i].target_kind == TMC_TARGET_PATH) {
      assert_string_not_equal(ir->findings[i].rule_id, "TMC-PATH-004");
      assert_string_not_equal(ir->findings[i].rule_id, "TMC-PATH-010");
    }
  tmc_ir_free(ir);

  static const char *tickets =
      "digraph g {\n"
      "  customer [shape=box, label=\"Customer\"];\n"
      "  subgraph cluster_s { label=\"Service desk\"; trust=2;\n"
      "    portal [label=\"Ticket portal\"];\n"
      "    tickets [shape=cylinder, label=\"Ticket store\"];\n"
      "    triage [label=\"Triage agent\", role=agent]; llm [label=\"LLM\", type=llm]; "
      "}\n"
      "  customer -> portal; portal -> tickets; tickets -> triage; triage -> llm;\n"
      "  llm -> triage;\n"
      "}\n";
  ir = analysed_all(tickets);
  p = chain_path(ir, "customer", "llm", "indirect prompt injection");
  assert_non_null(p);
  assert_true(path_cites(ir, p, "LLM01:2025"));
  assert_false(path_cites(ir, p, "LLM08:2025"));
  tmc_ir_free(ir);
  /* The RAG system above has its vector store on the chain: LLM08 stays. */
  ir = analysed_all(rag);
  bool llm08 = false;
  for (uint32_t i = 0; i < ir->n_paths; i++)
    llm08 |= ir->paths[i].chain &&
             strcmp(ir->paths[i].chain, "indirect prompt injection") == 0 &&
             path_cites(ir, &ir->paths[i], "LLM08:2025");
  assert_true(llm08);
  tmc_ir_free(ir);
}

/* Every built-in goal says which of issue #16's six aims it serves (the
 * path tests score a path's goal by it), and a catalog naming another is an
 * error at the line. */
static void test_goal_aims(void **state) {
  (void)state;
  for (uint32_t i = 0; i < tmc_catalog_n_goals(cat); i++) {
    const tmc_goal *g = tmc_catalog_goal_at(cat, i);
    if (!g->aim || !tmc_goal_aim_known(g->aim))
      fail_msg("%s has no known aim", g->id);
  }
  assert_true(tmc_goal_aim_known("steal_credentials"));
  assert_false(tmc_goal_aim_known("exfiltration"));
}

/* What the drawn-sets test counts across files. */
struct drawn_tally {
  int with_paths;
  uint32_t hops, named;
};

/* One drawn diagram against the "Done when" below, counted into *ctx. */
static void check_paths_of(const char *path, const char *data, size_t len, void *ctx) {
  struct drawn_tally *t = ctx;
  tmc_ir *ir = analysed(path, data, len);
  uint32_t crit = 0;
  for (uint32_t i = 0; i < ir->n_paths; i++) {
    const tmc_path *p = &ir->paths[i];
    uint32_t pn = 0;
    for (uint32_t h = 1; h < p->n_hops; h++) {
      const char *te = p->hops[h].technique;
      bool ok = te && (strncmp(te, "AML.T", 5) == 0 || strncmp(te, "CAPEC-", 6) == 0) &&
                p->hops[h].tactic && (p->hops[h].control || p->hops[h].uncut);
      pn += ok;
    }
    t->hops += p->n_hops - 1, t->named += pn;
    if (pn * 100 < (p->n_hops - 1) * 95)
      fail_msg("%s: path %u names a technique on %u of %u hops", path, i + 1, pn,
               p->n_hops - 1);
    crit += p->severity == TMC_SEV_CRITICAL;
  }
  if (ir->n_paths > 15)
    fail_msg("%s: %u paths shown", path, ir->n_paths);
  uint32_t allowed = ir->n_paths * 30 / 100;
  if (crit > (allowed < 1 ? 1 : allowed))
    fail_msg("%s: %u of %u paths critical", path, crit, ir->n_paths);
  if (!cuts_break_their_hops(ir, path))
    fail_msg("%s: a cut or the path plan names a control its hop does not break", path);
  t->with_paths += ir->n_paths > 0;
  tmc_ir_free(ir);
}

/* Issue #16 "Done when", on every diagram drawn by someone else (the blind
 * sets, tests/paths) and the shipped examples, both formats: every hop of
 * every path names a technique (ATLAS, or CAPEC for a classic step) on at
 * least 95 % of its hops; no report shows more than 15 paths by default, nor
 * more than 30 % of them critical (at least one may be); every cut-set
 * recommendation and the path plan name a control that breaks the technique
 * of the hop they cut. */
static void test_paths_on_drawn_sets(void **state) {
  (void)state;
  static const char *const sets[] = {
      "tests/blind",   "tests/blind2",  "tests/blind3", "tests/blind4", "tests/blind5",
      "tests/blind6",  "tests/blind7",  "tests/blind8", "tests/blind9", "tests/blind10",
      "tests/blind11", "tests/blind12", "tests/paths",  "examples"};
  struct drawn_tally t = {0};
  int seen = for_each_diagram(sets, sizeof sets / sizeof *sets, check_paths_of, &t);
  assert_true(seen >= 40);
  assert_true(t.with_paths >= 30);
  assert_true(t.named * 100 >= t.hops * 95);
}

/* ---- kill-chain steps by family (issue #16 item 3, chains slice) ----------- */

/* The technique the path from entry to target names at element id ("" when
 * none); id may be the entry (its own step, hop 0). */
static const char *step_at(const tmc_ir *ir, const char *entry, const char *target,
                           const char *id) {
  const tmc_path *p = path_from_to(ir, entry, target);
  assert_non_null(p);
  for (uint32_t h = 0; h < p->n_hops; h++)
    if (p->hops[h].element == el(ir, id))
      return p->hops[h].technique ? p->hops[h].technique : "";
  return "";
}

/* The hop's technique of the steps this session named (issue #16 item 3,
 * chains slice), each on a diagram worded unlike the tuning sets': a
 * connector that reads a ticket an outsider wrote and hands it to the
 * editor's agent plugin is indirect injection, and the terminal that plugin
 * drives runs the attacker's commands (and is the tool it invokes); a plain
 * service an agent calls is a tool it invokes, the store behind it data
 * from an agent's tool; an ingestion job writing a vector index is RAG
 * poisoning; a detector queried through its API is evaded, another model
 * of ours extracted; a job runner on the way to a secrets vault runs code,
 * it does not poison training data. */
static bool technique_prefix(const char *t, const char *id) {
  return strncmp(t, id, strlen(id)) == 0;
}

static const char *also_at(const tmc_ir *ir, const tmc_path *p, const char *id) {
  for (uint32_t h = 1; h < p->n_hops; h++)
    if (p->hops[h].element == el(ir, id))
      return p->hops[h].also[0].technique ? p->hops[h].also[0].technique : "";
  return "";
}

static void test_chain_steps_by_role(void **state) {
  (void)state;
  static const char *ide =
      "digraph g {\n"
      "  reporter [shape=box, label=\"Bug reporter (public)\"];\n"
      "  tracker [shape=box, label=\"YouTrack cloud\", source=third_party];\n"
      "  subgraph cluster_ws { label=\"Workstation\"; trust=2;\n"
      "    conn [label=\"Tracker connector\", type=agent_tool];\n"
      "    plug [label=\"Editor agent plugin\", type=agent_tool];\n"
      "    term [label=\"Shell runner (executes commands)\"]; }\n"
      "  subgraph cluster_cloud { label=\"Cloud\"; trust=2;\n"
      "    gw [label=\"Model gateway\", role=agent]; llm [label=\"Coder model\",\n"
      "    type=llm]; }\n"
      "  reporter -> tracker [label=\"issue\"]; tracker -> conn [label=\"issue body\"];\n"
      "  conn -> plug [label=\"issue text\"]; plug -> gw; gw -> llm; llm -> gw;\n"
      "  gw -> plug [label=\"tool calls\"]; plug -> term [label=\"command\"];\n"
      "}\n";
  tmc_ir *ir = analysed_all(ide);
  const tmc_path *p = path_from_to(ir, "reporter", "term");
  assert_non_null(p);
  assert_string_equal(hop_technique_at(ir, p, "conn"), "AML.T0051.001");
  assert_string_equal(hop_technique_at(ir, p, "term"), "AML.T0050");
  assert_string_equal(also_at(ir, p, "term"), "AML.T0053");
  tmc_ir_free(ir);

  static const char *desk =
      "digraph g {\n"
      "  guest [shape=box, label=\"Hotel guest\"];\n"
      "  subgraph cluster_h { label=\"Hotel\"; trust=2;\n"
      "    front [label=\"Chat page\"]; bot [label=\"Concierge\", role=agent];\n"
      "    llm [label=\"LLM\", type=llm]; look [label=\"Reservation lookup\"];\n"
      "    db [shape=cylinder, label=\"Reservations\", sensitivity=confidential];\n"
      "    docs [shape=cylinder, label=\"Policy documents\"];\n"
      "    ingest [label=\"Document ingestion job\", role=ingestion];\n"
      "    idx [label=\"Policy index\", type=vector_store]; }\n"
      "  guest -> front; front -> bot; bot -> llm; llm -> bot; bot -> look;\n"
      "  look -> db [label=\"query\"]; db -> look [label=\"rows\"];\n"
      "  guest -> docs [label=\"upload\"]; docs -> ingest; ingest -> idx;\n"
      "  idx -> bot [label=\"chunks\"];\n"
      "}\n";
  ir = analysed_all(desk);
  p = path_from_to(ir, "guest", "db");
  assert_non_null(p);
  assert_string_equal(hop_technique_at(ir, p, "look"), "AML.T0053");
  assert_string_equal(hop_technique_at(ir, p, "db"), "AML.T0085.001");
  p = path_from_to(ir, "guest", "idx");
  assert_non_null(p);
  assert_string_equal(hop_technique_at(ir, p, "ingest"), "AML.T0070");
  assert_string_equal(hop_technique_at(ir, p, "idx"), "AML.T0070");
  tmc_ir_free(ir);

  static const char *scoring =
      "digraph g {\n"
      "  sender [shape=box, label=\"Mail sender\"];\n"
      "  client [shape=box, label=\"Partner app\"];\n"
      "  subgraph cluster_s { label=\"Scoring\"; trust=2;\n"
      "    mta [label=\"Mail gateway\"]; det [label=\"Phishing detector\", type=model];\n"
      "    api [label=\"Prediction API\"]; rec [label=\"Product ranking model\",\n"
      "    type=model]; }\n"
      "  sender -> mta; mta -> det [label=\"message\"];\n"
      "  client -> api; api -> rec [label=\"features\"];\n"
      "}\n";
  ir = analysed_all(scoring);
  p = path_from_to(ir, "sender", "det");
  assert_non_null(p);
  assert_string_equal(hop_technique_at(ir, p, "det"), "AML.T0040");
  assert_string_equal(also_at(ir, p, "det"), "AML.T0015");
  p = path_from_to(ir, "client", "rec");
  assert_non_null(p);
  assert_string_equal(hop_technique_at(ir, p, "rec"), "AML.T0040");
  assert_string_equal(also_at(ir, p, "rec"), "AML.T0024.002");
  tmc_ir_free(ir);

  static const char *jobs =
      "digraph g {\n"
      "  team [shape=box, label=\"Partner data team\"];\n"
      "  subgraph cluster_p { label=\"Platform\"; trust=2;\n"
      "    api [label=\"Jobs API\"]; run [label=\"Training job runner\", role=trainer];\n"
      "    vault [shape=cylinder, label=\"Kubernetes Secret\", tech=secrets_vault];\n"
      "    data [label=\"Training set\", type=dataset]; m [label=\"Model\", type=model]; "
      "}\n"
      "  team -> api [label=\"job spec\"]; api -> run [label=\"job\"];\n"
      "  vault -> run [label=\"env\"]; data -> run; run -> m;\n"
      "}\n";
  ir = analysed_all(jobs);
  p = path_from_to(ir, "team", "vault");
  assert_non_null(p);
  assert_string_equal(hop_technique_at(ir, p, "vault"), "AML.T0055");
  for (uint32_t h = 0; h < p->n_hops; h++) /* no poisoning on the way to keys */
    assert_false(p->hops[h].technique &&
                 (technique_prefix(p->hops[h].technique, "AML.T0020") ||
                  technique_prefix(p->hops[h].technique, "AML.T0010.002")));
  tmc_ir_free(ir);

  /* A checkpoint that runs code as it loads, in a job handed keys, reads
   * them; a mail tool the hijacked agent calls carries data out. */
  static const char *loads =
      "digraph g {\n"
      "  hub [shape=box, label=\"Model hub (community checkpoints)\",\n"
      "       source=third_party, type=model_registry];\n"
      "  pages [shape=box, label=\"Web pages\"];\n"
      "  rcpt [shape=box, label=\"Mail recipients\"];\n"
      "  subgraph cluster_p { label=\"Platform\"; trust=2;\n"
      "    job [label=\"Fine-tune worker\", role=trainer];\n"
      "    keys [shape=cylinder, label=\"Job secrets\", tech=secrets_vault];\n"
      "    fetch [label=\"Reader tool\", type=agent_tool];\n"
      "    asst [label=\"Assistant agent\", role=agent]; llm [label=\"LLM\", type=llm];\n"
      "    mail [label=\"Send mail tool\", type=agent_tool]; }\n"
      "  keys -> job [label=\"AWS access keys\"];\n"
      "  hub -> job [label=\"checkpoint (pickle)\"];\n"
      "  pages -> fetch [label=\"page\"]; fetch -> asst [label=\"page text\"];\n"
      "  asst -> llm; llm -> asst; asst -> mail [label=\"send(to, body)\"];\n"
      "  mail -> rcpt;\n"
      "}\n";
  ir = analysed_all(loads);
  p = chain_path(ir, "hub", "job", "steal credentials from a running job");
  assert_non_null(p);
  assert_string_equal(hop_technique_at(ir, p, "job"), "AML.T0011.000");
  assert_string_equal(also_at(ir, p, "job"), "AML.T0055");
  p = path_from_to(ir, "pages", "mail");
  assert_non_null(p);
  assert_string_equal(hop_technique_at(ir, p, "mail"), "AML.T0053");
  assert_string_equal(also_at(ir, p, "mail"), "AML.T0086");
  tmc_ir_free(ir);

  /* A web search service feeding the code that retrieves for the model:
   * pages crafted to rank are what it hands on. */
  static const char *search =
      "digraph g {\n"
      "  sites [shape=box, label=\"Internet sites\"];\n"
      "  serp [shape=box, label=\"Bing Web Search API\"];\n"
      "  subgraph cluster_r { label=\"Research\"; trust=2;\n"
      "    svc [label=\"Answer service\", role=retriever];\n"
      "    llm [label=\"Answer LLM\", type=llm]; }\n"
      "  sites -> serp [label=\"crawled\"]; serp -> svc [label=\"top results\"];\n"
      "  svc -> llm [label=\"prompt + results\"]; llm -> svc;\n"
      "}\n";
  ir = analysed_all(search);
  p = path_from_to(ir, "sites", "llm");
  assert_non_null(p);
  assert_string_equal(hop_technique_at(ir, p, "serp"), "AML.T0066");
  tmc_ir_free(ir);
}

/* A member of the public reaching the service anyone may use takes a hop
 * with no control (issue #16 item 5: authenticating it stops nobody who can
 * sign up): the hop still names its technique, and the cut set advises
 * nothing on it; it cuts the path where the harm is done (the path plan
 * reads the same candidates, passes/fixes.c). */
static void test_public_way_in_is_no_cut(void **state) {
  (void)state;
  static const char *dot =
      "digraph g {\n"
      "  buyer [shape=box, label=\"Marketplace buyers\"];\n"
      "  subgraph cluster_m { label=\"Marketplace\"; trust=2;\n"
      "    web [label=\"Listing service\"];\n"
      "    events [shape=cylinder, label=\"Review events\"];\n"
      "    train [label=\"Ranking trainer\", role=trainer];\n"
      "    rank [label=\"Ranking model\", type=model]; }\n"
      "  buyer -> web [label=\"reviews\"]; web -> events [label=\"review events\"];\n"
      "  events -> train [label=\"training rows\"]; train -> rank [label=\"weights\"];\n"
      "}\n";
  tmc_ir *ir = analysed_all(dot);
  const tmc_path *p = path_from_to(ir, "buyer", "rank");
  assert_non_null(p);
  assert_int_equal(p->hops[1].element, el(ir, "web"));
  assert_non_null(p->hops[1].technique);
  assert_null(p->hops[1].control);
  assert_true(p->hops[1].uncut);
  uint32_t into_web = p->hops[1].flow;
  /* (the model's cut: paths30's flood of the listing service itself,
   * TMC-PATH-044, is cut there by a rate limit, which stops a flood) */
  for (uint32_t i = 0; i < ir->n_cuts; i++)
    for (uint32_t k = 0; k < ir->cuts[i].n_flows; k++)
      assert_false(ir->cuts[i].asset == el(ir, "rank") &&
                   ir->cuts[i].flows[k] == into_web);
  tmc_ir_free(ir);
}

/* How the attacker starts, at the entry itself (at_entry): a data supplier
 * whose labels train the model is the data supply chain, then the labels
 * poison training and the trainer's output is the poisoned model; a package
 * channel is the software supply chain, then the job that installs it runs
 * it (after: the hop that follows a compromised source). */
static void test_chain_sources(void **state) {
  (void)state;
  static const char *dot =
      "digraph g {\n"
      "  agency [shape=box, label=\"Annotation agency (outsourced)\"];\n"
      "  mirror [shape=box, label=\"Conda channel\", source=third_party,"
      " data=\"packages\"];\n"
      "  subgraph cluster_ml { label=\"ML\"; trust=2;\n"
      "    labels [shape=cylinder, label=\"Labelled images\", type=dataset];\n"
      "    fit [label=\"Nightly fit job\", type=pipeline];\n"
      "    weights [label=\"Defect detector\", type=model]; }\n"
      "  agency -> labels; labels -> fit; mirror -> fit; fit -> weights;\n"
      "}\n";
  tmc_ir *ir = analysed_all(dot);
  assert_paths_sane(ir);
  assert_string_equal(step_at(ir, "agency", "weights", "agency"), "AML.T0010.002");
  assert_string_equal(step_at(ir, "agency", "weights", "labels"), "AML.T0020");
  assert_string_equal(step_at(ir, "agency", "weights", "weights"), "AML.T0018.000");
  assert_string_equal(step_at(ir, "mirror", "weights", "mirror"), "AML.T0010.001");
  assert_string_equal(step_at(ir, "mirror", "weights", "fit"), "AML.T0011.001");
  tmc_ir_free(ir);
}

/* Where a poisoned or manipulated model lands and is served: a trainer's
 * checkpoint bucket (model weights) is the poisoned model, the store the
 * users' feedback waits in on the way to training is poisoned training
 * data, and the model loaded from either is eroded (Impact); anyone else
 * writing a model catalogue manipulates the model. */
static void test_chain_model_lands(void **state) {
  (void)state;
  static const char *dot =
      "digraph g {\n"
      "  users [shape=box, label=\"App users\"];\n"
      "  scientist [shape=box, label=\"Research scientist\"];\n"
      "  subgraph cluster_p { label=\"Platform\"; trust=2;\n"
      "    app [label=\"Feedback API\"]; queue [shape=cylinder, label=\"Feedback "
      "table\"];\n"
      "    tuner [label=\"Fine-tune worker\", role=trainer];\n"
      "    ckpt [shape=cylinder, label=\"Checkpoint bucket\", data=\"model_weights\"];\n"
      "    server [label=\"Reply model\", type=llm]; nb [label=\"Notebook server\"];\n"
      "    reg [label=\"Model catalogue\", type=model_registry];\n"
      "    svc [label=\"Scoring model\", type=model]; }\n"
      "  users -> app; app -> queue; queue -> tuner; tuner -> ckpt; ckpt -> server;\n"
      "  scientist -> nb; nb -> reg [label=\"register\"]; reg -> svc "
      "[label=\"deploy\"];\n"
      "}\n";
  tmc_ir *ir = analysed_all(dot);
  assert_paths_sane(ir);
  assert_string_equal(step_at(ir, "users", "server", "queue"), "AML.T0020");
  assert_string_equal(step_at(ir, "users", "server", "ckpt"), "AML.T0018.000");
  assert_string_equal(step_at(ir, "users", "server", "server"), "AML.T0031");
  assert_string_equal(step_at(ir, "scientist", "svc", "reg"), "AML.T0018");
  assert_string_equal(step_at(ir, "scientist", "svc", "svc"), "AML.T0031");
  tmc_ir_free(ir);
}

/* What a hijacked agent reaches, by what it is: its long-term memory is
 * poisoned context, a store its tool reads and the index it retrieves from
 * are data from AI services, a store it reads itself leaks, a runner of
 * shell scripts runs the attacker's commands and a web app that renders its
 * replies carries them out. */
static void test_chain_agent_reaches(void **state) {
  (void)state;
  static const char *dot =
      "digraph g {\n"
      "  visitor [shape=box, label=\"Website visitor\"];\n"
      "  subgraph cluster_a { label=\"Assistant\"; trust=2;\n"
      "    web [label=\"Support chat app\"]; bot [label=\"Support bot\", role=agent];\n"
      "    llm [label=\"Reply LLM\", type=llm];\n"
      "    notes [shape=cylinder, label=\"Bot memory (long-term)\"];\n"
      "    kb [label=\"Help index\", type=vector_store];\n"
      "    lookup [label=\"CRM lookup tool\", type=agent_tool];\n"
      "    crm [shape=cylinder, label=\"CRM records\", sensitivity=confidential];\n"
      "    orders [shape=cylinder, label=\"Orders DB\", sensitivity=confidential];\n"
      "    runner [label=\"Script runner (bash)\"];\n"
      "    review [label=\"Agent review web app\", role=output_sink]; }\n"
      "  visitor -> web; web -> bot; bot -> llm; llm -> bot; bot -> notes;\n"
      "  notes -> bot; bot -> kb [dir=both]; bot -> lookup; lookup -> crm [dir=both];\n"
      "  bot -> orders [dir=both]; bot -> runner; bot -> review;\n"
      "}\n";
  tmc_ir *ir = analysed_all(dot);
  assert_paths_sane(ir);
  assert_string_equal(step_at(ir, "visitor", "notes", "notes"), "AML.T0080.000");
  assert_string_equal(step_at(ir, "visitor", "crm", "crm"), "AML.T0085.001");
  assert_string_equal(step_at(ir, "visitor", "kb", "kb"), "AML.T0085.000");
  assert_string_equal(step_at(ir, "visitor", "orders", "orders"), "AML.T0057");
  assert_string_equal(step_at(ir, "visitor", "runner", "runner"), "AML.T0050");
  assert_string_equal(step_at(ir, "visitor", "review", "review"), "AML.T0077");
  /* The visitor's own step is none: a person the attacker is names no
   * technique; the hop into the system does. */
  assert_string_equal(step_at(ir, "visitor", "orders", "visitor"), "");
  /* Each hop's control breaks its technique, and the cut sets use it. */
  const tmc_path *p = path_from_to(ir, "visitor", "runner");
  assert_string_equal(p->hops[p->n_hops - 1].control, "sandboxing");
  p = path_from_to(ir, "visitor", "review");
  assert_string_equal(p->hops[p->n_hops - 1].control, "output_encoding");
  tmc_ir_free(ir);
}

/* The same shapes without AI: a parts supplier filling a warehouse table, an
 * orchestrator service, a report runner: every step, the entry's included,
 * is classic (no ATLAS id). */
static void test_chain_sources_without_ai(void **state) {
  (void)state;
  static const char *dot =
      "digraph g {\n"
      "  supplier [shape=box, label=\"Parts supplier (vendor feed)\"];\n"
      "  npm [shape=box, label=\"npm registry\", source=third_party, "
      "data=\"packages\"];\n"
      "  subgraph cluster_w { label=\"Warehouse\"; trust=2;\n"
      "    feed [label=\"Order orchestrator\"];\n"
      "    stock [shape=cylinder, label=\"Stock table\"];\n"
      "    build [label=\"Build job\"];\n"
      "    report [label=\"Report runner (bash)\"]; }\n"
      "  supplier -> feed; feed -> stock; stock -> report; npm -> build; build -> "
      "report;\n"
      "}\n";
  tmc_ir *ir = analysed_all(dot);
  assert_paths_sane(ir);
  assert_true(ir->n_paths > 0);
  for (uint32_t i = 0; i < ir->n_paths; i++)
    for (uint32_t h = 0; h < ir->paths[i].n_hops; h++)
      assert_false(ir->paths[i].hops[h].technique &&
                   strncmp(ir->paths[i].hops[h].technique, "AML.", 4) == 0);
  tmc_ir_free(ir);
}

/* The agent tool supply chain: a connector's author publishes where the
 * system takes tool definitions from (an extension marketplace drawn as a
 * store), the runtime that loads them is poisoned by them, and the model
 * they reach is injected. Without a tool word (a marketplace of goods, a
 * package channel) the publishing step is not named. */
static void test_chain_tool_supply(void **state) {
  (void)state;
  static const char *dot =
      "digraph g {\n"
      "  author [shape=box, label=\"Connector author\"];\n"
      "  subgraph cluster_a { label=\"Workspace AI\"; trust=2;\n"
      "    dir [shape=cylinder, label=\"Extension marketplace (connector "
      "manifests)\"];\n"
      "    rt [label=\"Copilot runtime\", role=agent];\n"
      "    llm [label=\"Workspace LLM\", type=llm]; }\n"
      "  author -> dir [label=\"publish\"]; dir -> rt [label=\"tool definitions\"];\n"
      "  rt -> llm; llm -> rt;\n"
      "}\n";
  tmc_ir *ir = analysed_all(dot);
  assert_paths_sane(ir);
  assert_string_equal(step_at(ir, "author", "llm", "dir"), "AML.T0104");
  assert_string_equal(step_at(ir, "author", "llm", "rt"), "AML.T0110");
  assert_string_equal(step_at(ir, "author", "llm", "llm"), "AML.T0051.001");
  tmc_ir_free(ir);
  static const char *goods =
      "digraph g {\n"
      "  seller [shape=box, label=\"Seller\"];\n"
      "  subgraph cluster_a { label=\"Shop AI\"; trust=2;\n"
      "    listings [shape=cylinder, label=\"Marketplace listings\"];\n"
      "    rt [label=\"Listing assistant\", role=agent];\n"
      "    llm [label=\"Shop LLM\", type=llm]; }\n"
      "  seller -> listings; listings -> rt; rt -> llm; llm -> rt;\n"
      "}\n";
  ir = analysed_all(goods);
  assert_string_not_equal(step_at(ir, "seller", "llm", "listings"), "AML.T0104");
  assert_string_not_equal(step_at(ir, "seller", "llm", "rt"), "AML.T0110");
  tmc_ir_free(ir);
  /* The publisher submits through a review step the system runs: the hop
   * into the plugin store is still where the poisoned tool is published. */
  static const char *reviewed =
      "digraph g {\n"
      "  devs [shape=box, label=\"Third-party plugin developers\"];\n"
      "  subgraph cluster_a { label=\"Assistant backend\"; trust=2;\n"
      "    review [label=\"Submission review (static scan)\"];\n"
      "    store [shape=cylinder, label=\"Plugin marketplace (manifests, "
      "descriptions)\"];\n"
      "    router [label=\"Tool router\", role=agent];\n"
      "    model [label=\"Assistant LLM\", type=llm]; }\n"
      "  devs -> review [label=\"submit\"]; review -> store [label=\"publish\"];\n"
      "  store -> router [label=\"installed manifests\"]; router -> model; model -> "
      "router;\n"
      "}\n";
  ir = analysed_all(reviewed);
  assert_paths_sane(ir);
  assert_string_equal(step_at(ir, "devs", "model", "store"), "AML.T0104");
  assert_string_equal(step_at(ir, "devs", "model", "router"), "AML.T0110");
  tmc_ir_free(ir);
}

/* A tuning service: the tenant's job runs on a trainer (its role says AI:
 * the path touches AI though no element is drawn as a model). On the way to
 * the cluster's secrets the trainer runs the tenant's code (AML.T0050) and
 * the secrets are Unsecured Credentials, the hop's and the finding's id
 * alike; checkpoints read back out of their archive are AI Artifact
 * Collection. */
static void test_chain_jobs_and_checkpoints(void **state) {
  (void)state;
  static const char *dot =
      "digraph g {\n"
      "  tenant [shape=box, label=\"Tenant\"];\n"
      "  subgraph cluster_p { label=\"Tuning service\"; trust=2;\n"
      "    api [label=\"Download API\"];\n"
      "    cluster [label=\"Training cluster\", role=trainer];\n"
      "    arch [shape=cylinder, label=\"Checkpoint archive\"];\n"
      "    env [shape=cylinder, label=\"Cluster secrets (env)\", data=credentials]; }\n"
      "  tenant -> api [authenticated=no]; api -> cluster [label=\"submit job\"];\n"
      "  cluster -> arch; arch -> api [label=\"weights\"]; env -> cluster [dir=both];\n"
      "}\n";
  tmc_ir *ir = analysed_all(dot);
  assert_paths_sane(ir);
  const tmc_path *p = chain_path(ir, "tenant", "env", "steal credentials");
  assert_non_null(p);
  assert_string_equal(step_at(ir, "tenant", "env", "cluster"), "AML.T0050");
  assert_string_equal(step_at(ir, "tenant", "env", "env"), "AML.T0055");
  assert_true(path_cites(ir, p, "AML.T0055"));
  bool collected = false;
  for (uint32_t i = 0; i < ir->n_paths; i++) {
    const tmc_path *q = &ir->paths[i];
    const tmc_hop *last = &q->hops[q->n_hops - 1];
    if (q->entry == el(ir, "tenant") && q->asset == el(ir, "arch") && last->reverse)
      collected |= last->technique && strcmp(last->technique, "AML.T0035") == 0;
  }
  assert_true(collected);
  tmc_ir_free(ir);
}

/* ---- goals where the damage is done (goals session): each family in words
 * the blind sets do not use ------------------------------------------------- */

/* A batch executor that runs tenants' code holds keys from a vault: a tenant's
 * code, a checkpoint from a model hub and a caller-chosen dataset link each
 * reach its environment. A service that reads the same vault but runs
 * nothing it is handed is no such target. */
static const char *job_env =
    "digraph g {\n"
    "  tenant [shape=box, label=\"Tenant developer\"];\n"
    "  hub [shape=box, label=\"Public model hub\", type=model_registry];\n"
    "  link [shape=box, label=\"Caller-supplied data URL\"];\n"
    "  subgraph cluster_p { label=\"Compute\"; trust=2;\n"
    "    gw [label=\"Jobs gateway\"];\n"
    "    q [shape=cylinder, label=\"Run queue\"];\n"
    "    exec [label=\"Batch executor (runs user code)\"];\n"
    "    vault [shape=cylinder, label=\"Secrets vault\"];\n"
    "    billing [label=\"Billing service\"];\n"
    "    out [label=\"Tuned model\", type=model]; }\n"
    "  tenant -> gw [label=\"submit script\"]; gw -> q; q -> exec;\n"
    "  hub -> exec [label=\"base weights\"]; link -> exec [label=\"download\"];\n"
    "  vault -> exec [label=\"env\"]; vault -> billing [label=\"env\"];\n"
    "  gw -> billing [label=\"usage\"]; exec -> out;\n"
    "}\n";

static void test_goal_job_credentials(void **state) {
  (void)state;
  tmc_ir *ir = analysed_all(job_env);
  assert_paths_sane(ir);
  const char *chain = "steal credentials from a running job";
  const tmc_path *p = chain_path(ir, "tenant", "exec", chain);
  assert_non_null(p);
  assert_string_equal(hop_technique_at(ir, p, "exec"), "AML.T0050");
  assert_string_equal(path_rule(ir, p), "TMC-PATH-012");
  assert_true(path_cites(ir, p, "AML.T0055"));
  p = chain_path(ir, "hub", "exec", chain);
  assert_non_null(p);
  assert_string_equal(hop_technique_at(ir, p, "exec"), "AML.T0011.000");
  p = chain_path(ir, "link", "exec", chain);
  assert_non_null(p);
  assert_string_equal(hop_technique_at(ir, p, "exec"), "CAPEC-664");
  for (uint32_t i = 0; i < ir->n_paths; i++)
    assert_int_not_equal(ir->paths[i].asset, el(ir, "billing"));
  tmc_ir_free(ir);
}

/* Functions of a server an outsider's input abuses, on a system without AI:
 * an avatar importer that fetches any URL (forged requests) and a price-list
 * upload parsed as XML (external entities); classic ids only. */
static const char *server_functions =
    "digraph g {\n"
    "  buyer [shape=box, label=\"Buyer\"];\n"
    "  subgraph cluster_s { label=\"Shop\"; trust=2;\n"
    "    web [label=\"Storefront\"];\n"
    "    avatar [label=\"Avatar importer (URL fetcher)\"];\n"
    "    prices [label=\"Price list upload (XML parser)\"];\n"
    "    db [shape=cylinder, label=\"Orders DB\"]; }\n"
    "  buyer -> web [label=\"HTTPS\"]; web -> avatar [label=\"image link\"];\n"
    "  web -> prices [label=\"uploaded file\"]; web -> db;\n"
    "}\n";

static void test_goal_server_functions(void **state) {
  (void)state;
  tmc_ir *ir = analysed_all(server_functions);
  assert_paths_sane(ir);
  const tmc_path *p = chain_path(ir, "buyer", "avatar", "forge requests from a server");
  assert_non_null(p);
  assert_string_equal(hop_technique_at(ir, p, "avatar"), "CAPEC-664");
  const tmc_finding *f = finding_of(ir, p);
  assert_non_null(f);
  assert_true(tmc_strlist_has(&f->cwe, "CWE-918"));
  p = chain_path(ir, "buyer", "prices", "read server files through XML");
  assert_non_null(p);
  f = finding_of(ir, p);
  assert_non_null(f);
  assert_true(tmc_strlist_has(&f->cwe, "CWE-611"));
  for (uint32_t i = 0; i < ir->n_paths; i++)
    for (uint32_t h = 0; h < ir->paths[i].n_hops; h++)
      assert_false(ir->paths[i].hops[h].technique &&
                   strncmp(ir->paths[i].hops[h].technique, "AML.", 4) == 0);
  tmc_ir_free(ir);
}

/* One vendor's plugin answers into the router that runs the tools the model
 * picks, and its text steers the next call: the router dispatches to the
 * drive tool. The model's round trip through the router is no loopless
 * path, so the router stands for it. */
static const char *plugin_steers =
    "digraph g {\n"
    "  user [shape=box, label=\"Staff user\"];\n"
    "  weather [label=\"Weather plugin (vendor)\", type=agent_tool, "
    "source=third_party];\n"
    "  subgraph cluster_a { label=\"Assistant\"; trust=2;\n"
    "    chat [label=\"Chat orchestrator\"];\n"
    "    llm [label=\"Hosted LLM\", type=llm];\n"
    "    router [label=\"Tool router\"];\n"
    "    drive [label=\"Drive tool\", type=agent_tool];\n"
    "    files [shape=cylinder, label=\"Team files\"]; }\n"
    "  user -> chat; chat -> llm; llm -> chat [label=\"tool calls\"];\n"
    "  chat -> router [label=\"call\"]; router -> chat [label=\"tool result\"];\n"
    "  router -> weather; weather -> router [label=\"forecast text\"];\n"
    "  router -> drive [label=\"call\"]; drive -> files; files -> drive;\n"
    "}\n";

static void test_goal_plugin_steers_plugin(void **state) {
  (void)state;
  tmc_ir *ir = analysed_all(plugin_steers);
  assert_paths_sane(ir);
  const tmc_path *p = chain_path(ir, "weather", "drive", "act through an agent");
  assert_non_null(p);
  assert_true(path_has_technique(p, "AML.T0053"));
  tmc_ir_free(ir);
}

/* Hidden text in a bug report makes the triage agent's git tool push to the
 * repository: acting through the agent on the code, not reading a store. */
static const char *agent_pushes =
    "digraph g {\n"
    "  reporter [shape=box, label=\"Bug reporter\"];\n"
    "  subgraph cluster_c { label=\"Engineering\"; trust=2;\n"
    "    tracker [label=\"Bug tracker\"];\n"
    "    triage [label=\"Triage agent\", role=agent];\n"
    "    model [label=\"Code model\", type=llm];\n"
    "    push [label=\"git push tool\", type=agent_tool];\n"
    "    repo [shape=cylinder, label=\"Product repository\"]; }\n"
    "  reporter -> tracker; tracker -> triage [label=\"new bug\"];\n"
    "  triage -> model; model -> triage; triage -> push [label=\"patch\"];\n"
    "  push -> repo [label=\"commit\"];\n"
    "}\n";

static void test_goal_agent_pushes_to_repository(void **state) {
  (void)state;
  tmc_ir *ir = analysed_all(agent_pushes);
  assert_paths_sane(ir);
  const tmc_path *p = chain_path(ir, "reporter", "repo", "act through an agent");
  assert_non_null(p);
  assert_string_equal(hop_technique_at(ir, p, "repo"), "AML.T0053");
  tmc_ir_free(ir);
}

/* A public base image is built in, pushed to the image registry the
 * deployer reads and rolled out to the service that serves the model; so is
 * a contributor's change the CI builds from the repository. */
static const char *build_to_serving =
    "digraph g {\n"
    "  hub [shape=box, label=\"Public container hub\", role=artifact_source];\n"
    "  contributor [shape=box, label=\"Contributor\"];\n"
    "  subgraph cluster_b { label=\"Platform\"; trust=2;\n"
    "    src [shape=cylinder, label=\"Service repository\"];\n"
    "    ci [label=\"CI build\"];\n"
    "    reg [shape=cylinder, label=\"Image registry\"];\n"
    "    deploy [label=\"Deployer\"];\n"
    "    scoring [label=\"Scoring service\"];\n"
    "    churn [label=\"Churn model\", type=model]; }\n"
    "  contributor -> src [label=\"merge request\"]; src -> ci; hub -> ci "
    "[label=\"FROM\"];\n"
    "  ci -> reg [label=\"push\"]; reg -> deploy; deploy -> scoring "
    "[label=\"rollout\"];\n"
    "  scoring -> churn; churn -> scoring;\n"
    "}\n";

static void test_goal_build_reaches_serving(void **state) {
  (void)state;
  tmc_ir *ir = analysed_all(build_to_serving);
  assert_paths_sane(ir);
  const char *chain = "backdoored build reaching serving";
  const tmc_path *p = chain_path(ir, "hub", "scoring", chain);
  assert_non_null(p);
  assert_string_equal(p->hops[0].technique ? p->hops[0].technique : "", "AML.T0010.004");
  assert_non_null(chain_path(ir, "contributor", "scoring", chain));
  tmc_ir_free(ir);
}

/* A model's decision pays out with no person between: an applicant's
 * crafted input gets the approval (a model decision with financial effect);
 * a report writer fed by the same model acts on nothing. */
static const char *decision_acts =
    "digraph g {\n"
    "  applicant [shape=box, label=\"Applicant\"];\n"
    "  subgraph cluster_l { label=\"Lending\"; trust=2;\n"
    "    portal [label=\"Loan portal\"];\n"
    "    risk [label=\"Credit risk model\", type=model];\n"
    "    engine [label=\"Loan approval engine (auto-approve)\"];\n"
    "    report [label=\"Monthly report writer\"]; }\n"
    "  applicant -> portal; portal -> risk; risk -> engine [label=\"score\"];\n"
    "  risk -> report;\n"
    "}\n";

static void test_goal_model_decision_acts(void **state) {
  (void)state;
  tmc_ir *ir = analysed_all(decision_acts);
  assert_paths_sane(ir);
  const tmc_path *p =
      chain_path(ir, "applicant", "engine", "act through a model's decision");
  assert_non_null(p);
  assert_string_equal(hop_technique_at(ir, p, "risk"), "AML.T0015");
  assert_string_equal(hop_technique_at(ir, p, "engine"), "AML.T0048.000");
  assert_null(chain_path(ir, "applicant", "report", "act through a model's decision"));
  tmc_ir_free(ir);
}

/* Crawled pages steer the prompt a report builder sends a model with the
 * accounts it read; the draft is stored and a dashboard renders it: data
 * leaves in a URL the dashboard loads. */
static const char *rendered_leak =
    "digraph g {\n"
    "  pages [shape=box, label=\"Crawled web pages\"];\n"
    "  subgraph cluster_r { label=\"Reporting\"; trust=2;\n"
    "    crawler [label=\"Crawler\"];\n"
    "    builder [label=\"Report builder\", role=prompt_assembler];\n"
    "    model [label=\"Hosted LLM\", type=llm];\n"
    "    accounts [shape=cylinder, label=\"Account notes\"];\n"
    "    drafts [shape=cylinder, label=\"Drafts\"];\n"
    "    dash [label=\"Dashboard web UI\", role=output_sink]; }\n"
    "  analyst [shape=box, label=\"Analyst\"];\n"
    "  pages -> crawler; crawler -> builder; accounts -> builder;\n"
    "  builder -> model; model -> builder; builder -> drafts; drafts -> dash;\n"
    "  dash -> analyst;\n"
    "}\n";

static void test_goal_rendered_output_leak(void **state) {
  (void)state;
  tmc_ir *ir = analysed_all(rendered_leak);
  assert_paths_sane(ir);
  const tmc_path *p =
      chain_path(ir, "pages", "dash", "exfiltrate through rendered output");
  assert_non_null(p);
  assert_string_equal(hop_technique_at(ir, p, "dash"), "AML.T0077");
  tmc_ir_free(ir);
}

/* Shown paths name every target before a second entry's path to one:
 * sixteen partners reach a confidential store near them and, farther, a
 * ledger of unknown sensitivity; the near store's sixteen pairs outrank every
 * ledger path, yet the default fifteen shown include the ledger. */
static void test_shown_targets_before_pairs(void **state) {
  (void)state;
  tmc_buf b = TMC_BUF_INIT;
  tmc_buf_puts(&b, "digraph g {\n");
  for (int i = 0; i < 16; i++)
    tmc_buf_printf(&b, "  p%d [shape=box, label=\"Partner %d\"]; p%d -> api;\n", i, i, i);
  tmc_buf_puts(&b, "  subgraph cluster_i { label=\"Internal\"; trust=2;\n"
                   "    api [label=\"Intake API\"];\n"
                   "    near [shape=cylinder, label=\"Customer DB\", "
                   "sensitivity=confidential];\n"
                   "    svc [label=\"Ledger service\"];\n"
                   "    far [shape=cylinder, label=\"Ledger\"]; }\n"
                   "  api -> near; near -> api; api -> svc; svc -> far;\n}\n");
  tmc_ir *ir = analyse(b.data, 1);
  tmc_buf_free(&b);
  assert_int_equal(ir->n_paths, 15);
  bool far = false;
  for (uint32_t i = 0; i < ir->n_paths; i++)
    far |= ir->paths[i].asset == el(ir, "far");
  assert_true(far);
  tmc_ir_free(ir);
}

/* The action that leaves the system: money moved at a bank the payment tool
 * calls is Financial Harm (AML.T0048.000); a note written into an outside
 * CRM is External Harms in general. */
static void test_chain_financial_harm(void **state) {
  (void)state;
  static const char *dot =
      "digraph g {\n"
      "  vendor [shape=box, label=\"Invoice sender\"];\n"
      "  bank [shape=box, label=\"Bank (SEPA transfers)\"];\n"
      "  crm [shape=box, label=\"CRM SaaS\"];\n"
      "  subgraph cluster_f { label=\"Finance\"; trust=2;\n"
      "    inbox [shape=cylinder, label=\"Invoice inbox\"];\n"
      "    agent [label=\"Payables agent\", role=agent];\n"
      "    llm [label=\"Payables LLM\", type=llm];\n"
      "    pay [label=\"Payment tool\", type=agent_tool];\n"
      "    note [label=\"CRM note tool\", type=agent_tool]; }\n"
      "  vendor -> inbox; inbox -> agent; agent -> llm; llm -> agent;\n"
      "  agent -> pay; pay -> bank; agent -> note; note -> crm;\n"
      "}\n";
  tmc_ir *ir = analysed_all(dot);
  assert_paths_sane(ir);
  assert_string_equal(step_at(ir, "vendor", "bank", "pay"), "AML.T0053");
  assert_string_equal(step_at(ir, "vendor", "bank", "bank"), "AML.T0048.000");
  assert_string_equal(step_at(ir, "vendor", "crm", "crm"), "AML.T0048");
  tmc_ir_free(ir);
}

/* A federated participant starts paths (issue #16): each site's trainer
 * sends its model delta to the federation server that averages them into
 * the shared model; a compromised site's backdoored delta reaches the
 * registry and the served model. It is another organisation's node: one
 * step less likely, never an insider's path. */
static const char *federated =
    "digraph g {\n"
    "  subgraph cluster_s1 { label=\"Site 1 (clinic)\"; trust=1;\n"
    "    rec1 [shape=cylinder, label=\"Site 1 records\", type=dataset];\n"
    "    tr1 [label=\"Site 1 local trainer\", type=pipeline]; }\n"
    "  subgraph cluster_s2 { label=\"Site 2 (clinic)\"; trust=1;\n"
    "    rec2 [shape=cylinder, label=\"Site 2 records\", type=dataset];\n"
    "    tr2 [label=\"Site 2 local trainer\", type=pipeline]; }\n"
    "  subgraph cluster_c { label=\"Consortium cloud\"; trust=2;\n"
    "    fed [label=\"Federation server (averages deltas)\", role=trainer];\n"
    "    reg [label=\"Shared model registry\", type=model_registry];\n"
    "    triage [label=\"Triage model\", type=model]; }\n"
    "  rec1 -> tr1; rec2 -> tr2;\n"
    "  tr1 -> fed [label=\"model delta\"]; tr2 -> fed [label=\"model delta\"];\n"
    "  fed -> tr1 [label=\"global weights\"]; fed -> tr2 [label=\"global weights\"];\n"
    "  fed -> reg; reg -> triage;\n"
    "}\n";

static void test_federated_participant_starts(void **state) {
  (void)state;
  tmc_ir *ir = analysed_all(federated);
  assert_paths_sane(ir);
  assert_true(ir->elements[el(ir, "fed")].facts.aggregates_updates);
  const tmc_path *p = path_from_to(ir, "tr2", "triage");
  if (!p)
    p = path_from_to(ir, "tr2", "reg");
  assert_non_null(p);
  assert_non_null(strstr(p->hops[0].weakness, "federated participant"));
  assert_false(p->insider);
  tmc_ir_free(ir);
}

/* A participant's training step drawn as a pipeline is a path start whose
 * paths are the tails of the outsiders' that pass through it, as a
 * process's are: the phone owner's typed text poisons the on-device trainer
 * and its delta the registry, so of the 15 shown the owner's path to the
 * registry names who starts it and the trainer's tail of it waits. */
static void test_pipeline_participant_is_a_tail(void **state) {
  (void)state;
  static const char *drawn =
      "digraph g {\n"
      "  owner [shape=box, label=\"Phone owner\"];\n"
      "  guest [shape=box, label=\"Shared-device guest\"];\n"
      "  ops [shape=box, label=\"Vendor ops staff\"];\n"
      "  subgraph cluster_p { label=\"Owner's phone\"; trust=1;\n"
      "    app [label=\"Keyboard app\"];\n"
      "    nw [label=\"Next-word model (on device)\", type=model];\n"
      "    hist [shape=cylinder, label=\"Typed history\", type=dataset];\n"
      "    tr [label=\"On-device trainer\", type=pipeline]; }\n"
      "  subgraph cluster_c { label=\"Vendor cloud\"; trust=2;\n"
      "    agg [label=\"Federation server (averages deltas)\", role=trainer];\n"
      "    reg [label=\"Global model registry\", type=model_registry];\n"
      "    cdn [label=\"Update endpoint\"]; }\n"
      "  owner -> app; guest -> app; ops -> reg;\n"
      "  app -> nw; nw -> app; app -> hist; hist -> tr;\n"
      "  nw -> tr [label=\"current weights\"];\n"
      "  tr -> agg [label=\"weight delta\"];\n"
      "  agg -> reg; reg -> cdn; cdn -> nw [label=\"model update\"];\n"
      "}\n";
  tmc_ir *ir = analysed_shown(drawn, 0);
  assert_int_equal(ir->n_paths, 15);
  assert_non_null(chain_path(ir, "owner", "reg", "tamper with a model"));
  assert_null(chain_path(ir, "tr", "reg", "tamper with a model"));
  tmc_ir_free(ir);
}

/* An entry point another entry point sends to is a relay: a letter writer's
 * mail lands in a scanning mailbox drawn outside, which a scan worker (an
 * entry point too, entry=true) polls. The relays' paths are the writer's cut
 * short, or end where the writer cannot go without a loop (the reply tool
 * mailing the mailbox back): a report that cannot show every path shows a
 * relay's path only as the one path of its goal. */
static void test_relayed_entries_shown_last(void **state) {
  (void)state;
  tmc_buf b = TMC_BUF_INIT;
  tmc_buf_puts(&b, "digraph g {\n"
                   "  writer [shape=box, label=\"Letter writer\"];\n"
                   "  mailbox [shape=box, label=\"Scanning mailbox\"];\n"
                   "  scan [label=\"Scan worker\", entry=true];\n"
                   "  subgraph cluster_c { label=\"Claims\"; trust=2;\n"
                   "    agent [label=\"Claims agent\", role=agent];\n"
                   "    model [label=\"Claims LLM\", type=llm];\n"
                   "    pay [label=\"Payout tool\", type=agent_tool];\n"
                   "    reply [label=\"Reply tool\", type=agent_tool];\n");
  for (int i = 0; i < 14; i++)
    tmc_buf_printf(&b, "    db%d [shape=cylinder, label=\"Claim file %d\"];\n", i, i);
  tmc_buf_puts(
      &b, "  }\n"
          "  writer -> mailbox [label=\"letter\"]; mailbox -> scan [label=\"poll\"];\n"
          "  mailbox -> writer [label=\"receipt\"];\n"
          "  scan -> agent [label=\"scanned text\"];\n"
          "  agent -> model; model -> agent; agent -> pay; agent -> reply;\n"
          "  reply -> mailbox [label=\"outgoing mail\"];\n");
  for (int i = 0; i < 14; i++)
    tmc_buf_printf(&b, "  db%d -> agent;\n", i);
  tmc_buf_puts(&b, "}\n");
  tmc_ir *ir = analysed_all(b.data);
  tmc_buf_free(&b);
  assert_paths_sane(ir);
  uint32_t mailbox = el(ir, "mailbox"), scan = el(ir, "scan");
  assert_true(ir->elements[mailbox].facts.is_entry && ir->elements[scan].facts.is_entry);
  assert_int_equal(ir->n_paths, 15);
  for (uint32_t i = 0; i < ir->n_paths; i++) {
    const tmc_path *p = &ir->paths[i];
    if (p->entry != mailbox && p->entry != scan)
      continue;
    const char *rule = path_rule(ir, p);
    for (uint32_t j = 0; j < ir->n_paths; j++)
      if (j != i && strcmp(path_rule(ir, &ir->paths[j]), rule) == 0)
        fail_msg("a relay's path %s is shown beside another %s path", hops_of(ir, p),
                 rule);
  }
  tmc_ir_free(ir);
}

/* A service the system calls, drawn between the people and the system (a
 * voice or messaging vendor relaying what they say), starts paths of its own
 * (its manipulated response, issue #16 item 1), but the vendor must be
 * compromised first: a report that cannot show every path shows the entry
 * points' pairs before any of the vendor's, as it does a relay's. Twilio
 * Voice between customers and an order bot; WhatsApp Business through
 * Twilio between patients and a clinic bot. */
static void test_vendor_starts_shown_after_entries(void **state) {
  (void)state;
  static const char *const drawn[][5] = {
      {"Customers", "Twilio Voice + Deepgram", "Order bot", "transcript turns",
       "Orders db"},
      {"Patients", "WhatsApp Business API (Twilio)", "Clinic bot", "chat turns",
       "Appointments"},
  };
  for (size_t k = 0; k < sizeof drawn / sizeof *drawn; k++) {
    tmc_buf b = TMC_BUF_INIT;
    tmc_buf_printf(&b,
                   "digraph g {\n"
                   "  people [shape=box, label=\"%s\"];\n"
                   "  partners [shape=box, label=\"Partner shops\"];\n"
                   "  relay [shape=box, label=\"%s\"];\n"
                   "  subgraph cluster_c { label=\"Back office\"; trust=2;\n"
                   "    bot [label=\"%s\"];\n"
                   "    papp [label=\"Partner service\"];\n",
                   drawn[k][0], drawn[k][1], drawn[k][2]);
    for (int i = 0; i < 8; i++)
      tmc_buf_printf(&b, "    d%d [shape=cylinder, label=\"%s %d\"];\n", i, drawn[k][4],
                     i);
    tmc_buf_printf(
        &b,
        "  }\n"
        "  people -> relay [label=\"speech\"]; relay -> people [label=\"reply\"];\n"
        "  relay -> bot [label=\"%s\"]; bot -> relay [label=\"reply\"];\n"
        "  partners -> papp [label=\"orders\"];\n",
        drawn[k][3]);
    for (int i = 0; i < 8; i++)
      tmc_buf_printf(&b, "  bot -> d%d; papp -> d%d;\n", i, i);
    tmc_buf_puts(&b, "}\n");
    tmc_ir *all = analysed_shown(b.data, 100);
    uint32_t relay = el(all, "relay");
    assert_false(all->elements[relay].facts.is_entry);
    bool starts = false;
    for (uint32_t i = 0; i < all->n_paths; i++)
      starts |= all->paths[i].entry == relay;
    assert_true(starts); /* the vendor's paths are found ... */
    tmc_ir_free(all);
    tmc_ir *ir = analysed_all(b.data);
    tmc_buf_free(&b);
    assert_paths_sane(ir);
    assert_int_equal(ir->n_paths, 15);
    uint32_t people = 0;
    for (uint32_t i = 0; i < ir->n_paths; i++) {
      assert_int_not_equal(ir->paths[i].entry, el(ir, "relay")); /* ... shown last */
      people += ir->paths[i].entry == el(ir, "people");
    }
    assert_int_equal(people, 7);
    tmc_ir_free(ir);
  }
}

/* A package straight from a public index runs its install script where it
 * is installed: a build box that pulls gems for a ranking model's service
 * (the path touches AI: ATLAS's malicious package) and, with no model
 * anywhere, the same pull on a plain web build (a classic step, no ATLAS
 * id). */
static void test_goal_package_installed(void **state) {
  (void)state;
  static const char *const dots[] = {
      "digraph g {\n"
      "  gems [shape=box, label=\"Public gem server\", role=artifact_source];\n"
      "  subgraph cluster_b { label=\"Build\"; trust=2;\n"
      "    box [label=\"Build box\"];\n"
      "    rank [label=\"Ranking model\", type=model]; }\n"
      "  gems -> box [label=\"gem install\"]; box -> rank [label=\"bundle\"];\n"
      "}\n",
      "digraph g {\n"
      "  gems [shape=box, label=\"Public gem server\", role=artifact_source];\n"
      "  subgraph cluster_b { label=\"Build\"; trust=2;\n"
      "    box [label=\"Build box\"];\n"
      "    site [shape=cylinder, label=\"Static site bucket\"]; }\n"
      "  gems -> box [label=\"gem install\"]; box -> site [label=\"upload\"];\n"
      "}\n"};
  const char *want[] = {"AML.T0011.001", "CAPEC-538"};
  for (int k = 0; k < 2; k++) {
    tmc_ir *ir = analysed_all(dots[k]);
    assert_paths_sane(ir);
    const tmc_path *p = chain_path(ir, "gems", "box", "malicious package installed");
    assert_non_null(p);
    assert_string_equal(hop_technique_at(ir, p, "box"), want[k]);
    assert_true(path_cites(ir, p, "AML.T0011.001") == (k == 0));
    tmc_ir_free(ir);
  }
}

/* A ticket's hidden text reaches an IDE assistant (a tool whose edits an AI
 * gateway's model chooses; no agent or model on the path itself), which
 * applies them to the working copy that is pushed to the company's git
 * server: the assistant acts on the code outside. */
static void test_goal_agent_change_pushed(void **state) {
  (void)state;
  static const char *dot =
      "digraph g {\n"
      "  ticket [shape=box, label=\"Ticket author\"];\n"
      "  gitlab [shape=box, label=\"Company GitLab\", type=external_entity];\n"
      "  subgraph cluster_d { label=\"Dev box\"; trust=2;\n"
      "    tracker [label=\"Ticket tracker\"];\n"
      "    ide [label=\"IDE assistant\", type=agent_tool];\n"
      "    gw [label=\"AI gateway\"];\n"
      "    llm [label=\"Code LLM\", type=llm];\n"
      "    wc [shape=cylinder, label=\"Working copy\"]; }\n"
      "  ticket -> tracker; tracker -> ide [label=\"ticket text\"];\n"
      "  ide -> gw; gw -> llm; llm -> gw; gw -> ide [label=\"edits\"];\n"
      "  ide -> wc [label=\"apply edits\"]; wc -> gitlab [label=\"git push\"];\n"
      "}\n";
  tmc_ir *ir = analysed_all(dot);
  assert_paths_sane(ir);
  assert_non_null(chain_path(ir, "ticket", "gitlab", "act through an agent"));
  tmc_ir_free(ir);
}

/* The second technique of a hop (hop_techniques `also:`), on the element
 * reached: "" when the hop names none. */
static const char *hop_also_at(const tmc_ir *ir, const tmc_path *p, const char *id) {
  for (uint32_t h = 0; h < p->n_hops; h++)
    if (p->hops[h].element == el(ir, id))
      return p->hops[h].also[0].technique ? p->hops[h].also[0].technique : "";
  return "";
}

/* Two techniques on one hop: a refund tool the model invokes moves money
 * (AI Agent Tool Invocation and Financial Harm); a store the hijacked agent
 * reads leaves through the mail tool it can call (LLM Data Leakage and
 * Exfiltration via AI Agent Tool Invocation); a shell tool runs what it is
 * told (Tool Invocation and Command and Scripting Interpreter). */
static void test_chain_second_techniques(void **state) {
  (void)state;
  static const char *dot =
      "digraph g {\n"
      "  writer [shape=box, label=\"Complaint writer\"];\n"
      "  subgraph cluster_s { label=\"Service backend\"; trust=2;\n"
      "    inbox [shape=cylinder, label=\"Complaints inbox\"];\n"
      "    bot [label=\"Complaints copilot\", role=agent];\n"
      "    llm [label=\"Hosted LLM\", type=llm];\n"
      "    refund [label=\"Refund payout tool\", type=agent_tool];\n"
      "    mail [label=\"Mail sender tool\", type=agent_tool];\n"
      "    sh [label=\"Shell exec tool\", type=agent_tool];\n"
      "    crm [shape=cylinder, label=\"Contracts DB\"]; }\n"
      "  writer -> inbox [label=\"complaint\"]; inbox -> bot [label=\"new complaint\"];\n"
      "  bot -> llm; llm -> bot; bot -> refund [label=\"refund call\"];\n"
      "  bot -> mail [label=\"reply\"]; bot -> sh [label=\"command\"];\n"
      "  crm -> bot [label=\"contract lookup\"];\n"
      "}\n";
  tmc_ir *ir = analysed_all(dot);
  assert_paths_sane(ir);
  const tmc_path *p = path_from_to(ir, "writer", "refund");
  assert_non_null(p);
  assert_string_equal(hop_technique_at(ir, p, "refund"), "AML.T0053");
  assert_string_equal(hop_also_at(ir, p, "refund"), "AML.T0048.000");
  p = path_from_to(ir, "writer", "crm");
  assert_non_null(p);
  assert_string_equal(hop_technique_at(ir, p, "crm"), "AML.T0057");
  assert_string_equal(hop_also_at(ir, p, "crm"), "AML.T0086");
  p = path_from_to(ir, "writer", "sh");
  assert_non_null(p);
  assert_string_equal(hop_technique_at(ir, p, "sh"), "AML.T0053");
  assert_string_equal(hop_also_at(ir, p, "sh"), "AML.T0050");
  /* The mail tool moves no money: one technique. */
  p = path_from_to(ir, "writer", "mail");
  assert_non_null(p);
  assert_string_equal(hop_also_at(ir, p, "mail"), "");
  tmc_ir_free(ir);
}

/* A package index known only by its name (a "npm registry" box drawn as a
 * process outside every zone, no role or data written): the software
 * supply chain at the entry, the install step runs the package, and the
 * job that imports it with keys in reach is where the keys are read (Data
 * from Local System beside the package's execution). The installer that
 * takes an --registry URL from its configuration is no SSRF target. */
static void test_chain_package_index_by_name(void **state) {
  (void)state;
  static const char *dot =
      "digraph g {\n"
      "  reg [shape=component, label=\"npm registry (registry.npmjs.org)\"];\n"
      "  subgraph cluster_b { label=\"Build host\"; trust=2;\n"
      "    inst [label=\"npm install --registry url\"];\n"
      "    mods [shape=folder, label=\"node_modules\"];\n"
      "    keys [shape=note, label=\"Deploy keys\", data=credentials];\n"
      "    tune [label=\"Fine-tuning job\", role=trainer];\n"
      "    ckpt [shape=cylinder, label=\"Checkpoints\", data=model_weights]; }\n"
      "  reg -> inst [label=\"tarballs\"]; inst -> mods [label=\"installs\"];\n"
      "  mods -> tune [label=\"require\"]; keys -> tune [label=\"keys\"];\n"
      "  tune -> ckpt [label=\"weights\"];\n"
      "}\n";
  tmc_ir *ir = analysed_all(dot);
  assert_paths_sane(ir);
  const tmc_path *p =
      chain_path(ir, "reg", "tune", "steal credentials from a running job");
  assert_non_null(p);
  assert_string_equal(p->hops[0].technique, "AML.T0010.001");
  assert_string_equal(hop_technique_at(ir, p, "inst"), "AML.T0011.001");
  assert_string_equal(hop_technique_at(ir, p, "tune"), "AML.T0011.001");
  assert_string_equal(hop_also_at(ir, p, "tune"), "AML.T0037");
  for (uint32_t i = 0; i < ir->n_paths; i++)
    assert_string_not_equal(path_rule(ir, &ir->paths[i]), "TMC-PATH-013");
  tmc_ir_free(ir);
}

/* Stored injection through a tool: a shopper's case text is saved in the
 * case store, which a help-desk connector (the agent's tool) reads and hands
 * to the assistant's model, which then invokes that connector: the
 * connector is where the attacker's text acts, and its hop says the stored
 * text reaches the model (indirect prompt injection) beside the invocation. */
static void test_goal_stored_injection_tool(void **state) {
  (void)state;
  static const char *dot =
      "digraph g {\n"
      "  shopper [shape=box, label=\"Shopper\"];\n"
      "  subgraph cluster_h { label=\"Help desk SaaS\"; trust=1;\n"
      "    form [label=\"Contact form\"];\n"
      "    cases [shape=cylinder, label=\"Case records\"];\n"
      "    conn [label=\"Help desk connector\", type=agent_tool]; }\n"
      "  subgraph cluster_a { label=\"Agent host\"; trust=2;\n"
      "    asst [label=\"Desk assistant\", role=agent];\n"
      "    model [label=\"Assistant LLM\", type=llm]; }\n"
      "  shopper -> form [label=\"case text\"]; form -> cases [label=\"save\"];\n"
      "  cases -> conn [label=\"case content\"]; conn -> asst [label=\"tool results\"];\n"
      "  asst -> conn [label=\"tool calls\"]; asst -> model; model -> asst;\n"
      "}\n";
  tmc_ir *ir = analysed_all(dot);
  assert_paths_sane(ir);
  const tmc_path *p = chain_path(ir, "shopper", "conn", "act through an agent");
  assert_non_null(p);
  assert_string_equal(hop_technique_at(ir, p, "conn"), "AML.T0053");
  assert_string_equal(hop_also_at(ir, p, "conn"), "AML.T0051.001");
  tmc_ir_free(ir);
}

/* A source drawn outside every zone of a diagram whose zones are drawn only
 * by default (no zone word: the reach pass names no entry point there)
 * still starts paths: a public image crawl's hosts feed the collector whose
 * shards become the training set (Publish Poisoned Datasets at the start,
 * then the tampered model); its paths come after the entry points'. A
 * person outside is an entry point as ever, never such a source. The
 * source is drawn in Graphviz's default shape: a shape its author chose
 * would make it the outside, an entry point (classify's outside-every-
 * cluster rule). */
static void test_source_outside_zones_starts(void **state) {
  (void)state;
  static const char *dot =
      "digraph g {\n"
      "  crawl [label=\"Photo sites across the web\"];\n"
      "  analyst [shape=ellipse, label=\"Data analyst\"];\n"
      "  subgraph cluster_c { label=\"Collection\";\n"
      "    fetch [label=\"Crawler fetch job\"];\n"
      "    raw [shape=cylinder, label=\"Raw photo shards\"];\n"
      "    curated [shape=cylinder, label=\"Curated training corpus\"]; }\n"
      "  subgraph cluster_t { label=\"Modelling\";\n"
      "    fit [label=\"Nightly fit job\", role=trainer];\n"
      "    reg [label=\"Model registry\", type=model_registry];\n"
      "    served [label=\"Photo tagging model\", type=model]; }\n"
      "  crawl -> fetch [label=\"photos over HTTPS\"]; fetch -> raw; raw -> curated;\n"
      "  curated -> fit; fit -> reg; reg -> served [label=\"deploy\"];\n"
      "  analyst -> reg [label=\"approve\"];\n"
      "}\n";
  tmc_ir *ir = analysed_all(dot);
  assert_paths_sane(ir);
  assert_false(ir->elements[el(ir, "crawl")].facts.is_entry);
  const tmc_path *p = chain_path(ir, "crawl", "served", "tamper with a model");
  assert_non_null(p);
  assert_string_equal(p->hops[0].technique, "AML.T0019");
  assert_string_equal(hop_technique_at(ir, p, "served"), "AML.T0031");
  for (uint32_t i = 0; i < ir->n_paths; i++)
    assert_int_not_equal(ir->paths[i].entry, el(ir, "fetch"));
  tmc_ir_free(ir);
}

/* The goal is named where it is met (tests/paths/README.md): an LLM an
 * anonymous visitor's text reaches is hijacked, not queried for extraction
 * (a classifier still is); a path that goes on from the LLM through stored
 * content to a store of ours is the store's exfiltration, not a hijack. */
static void test_goal_met_at_target(void **state) {
  (void)state;
  static const char *dot =
      "digraph g {\n"
      "  visitor [shape=ellipse, label=\"Anonymous visitor\"];\n"
      "  subgraph cluster_a { label=\"App VPC\"; trust=2;\n"
      "    api [label=\"Public chat API\"];\n"
      "    bot [label=\"Chat LLM\", type=llm];\n"
      "    clf [label=\"Toxicity classifier\", type=model];\n"
      "    notes [shape=cylinder, label=\"Shared notes\"];\n"
      "    hist [shape=cylinder, label=\"Conversation history\", "
      "sensitivity=confidential]; }\n"
      "  visitor -> api [label=\"message\", authenticated=no];\n"
      "  api -> bot [label=\"prompt\"]; api -> clf [label=\"score\"];\n"
      "  visitor -> notes [label=\"note\"]; notes -> bot [label=\"context\"];\n"
      "  bot -> hist [label=\"turns\"];\n"
      "}\n";
  tmc_ir *ir = analysed_all(dot);
  assert_paths_sane(ir);
  for (uint32_t i = 0; i < ir->n_paths; i++) {
    const tmc_path *p = &ir->paths[i];
    const char *rule = path_rule(ir, p);
    if (p->asset == el(ir, "bot"))
      assert_string_not_equal(rule, "TMC-PATH-004");
    if (p->asset == el(ir, "hist"))
      assert_string_not_equal(rule, "TMC-PATH-002");
  }
  const tmc_path *p = path_from_to(ir, "visitor", "clf");
  assert_non_null(p);
  assert_string_equal(path_rule(ir, p), "TMC-PATH-004");
  assert_non_null(path_from_to(ir, "visitor", "hist"));
  tmc_ir_free(ir);
}

/* A camera drawn as the way a person's face reaches the model on the door
 * unit is where a physical attack starts (a printed photo, a patch): its
 * own paths, not the person's client; how it starts is Physical
 * Environment Access, the hop into the model (and into the code that acts
 * on its answer) is evasion, and no "model copied from a device" chain
 * starts at it (a camera holds no copy). */
static void test_sensor_starts_physical(void **state) {
  (void)state;
  static const char *dot =
      "digraph g {\n"
      "  visitor [shape=ellipse, label=\"Visitor\"];\n"
      "  subgraph cluster_door { label=\"Door unit\";\n"
      "    cam [label=\"Entrance camera\"];\n"
      "    ctl [label=\"Door controller app\"];\n"
      "    net [label=\"Face match network (on-device)\", type=model];\n"
      "    lock [label=\"Lock actuator service\"]; }\n"
      "  subgraph cluster_hq { label=\"HQ\";\n"
      "    log [shape=cylinder, label=\"Entry log\"]; }\n"
      "  visitor -> cam [label=\"shows face\"]; cam -> ctl [label=\"frames\"];\n"
      "  ctl -> net [label=\"face crop\"]; net -> ctl [label=\"match\"];\n"
      "  ctl -> lock [label=\"open\"]; ctl -> log [label=\"event\"];\n"
      "}\n";
  tmc_ir *ir = analysed_all(dot);
  assert_paths_sane(ir);
  uint32_t cam = el(ir, "cam");
  assert_int_equal(ir->elements[cam].tech, TMC_TECH_IOT_DEVICE);
  const tmc_path *p = path_from_to(ir, "cam", "net");
  assert_non_null(p);
  assert_string_equal(p->hops[0].technique, "AML.T0041");
  assert_string_equal(hop_technique_at(ir, p, "net"), "AML.T0015");
  assert_null(chain_path(ir, "cam", "net", "steal a model from a device"));
  p = path_from_to(ir, "cam", "log");
  assert_non_null(p);
  assert_string_equal(hop_technique_at(ir, p, "ctl"), "AML.T0015");
  tmc_ir_free(ir);
}

/* Of two sources outside every zone that the reach pass named no entry
 * point, the one whose name says it is a party others' data comes from (an
 * outsourced annotation shop) is shown with the entry points; an unnamed
 * box waits for the slots left. */
static void test_named_source_shown(void **state) {
  (void)state;
  static const char *dot =
      "digraph g {\n"
      "  shopper [shape=ellipse, label=\"Shopper\"];\n"
      "  shop [label=\"Outsourced annotation shop\"];\n"
      "  card [label=\"Summary card\"];\n"
      "  subgraph cluster_p { label=\"Platform\";\n"
      "    api [label=\"Orders API\"];\n"
      "    orders [shape=cylinder, label=\"Orders DB\"];\n"
      "    imp [label=\"Label intake\"];\n"
      "    labels [shape=cylinder, label=\"Label store\"];\n"
      "    notes [shape=cylinder, label=\"Notes store\"]; }\n"
      "  shopper -> api; api -> orders; shop -> imp; imp -> labels;\n"
      "  card -> notes;\n"
      "}\n";
  tmc_ir *ir = analyse_max(dot, 3, 2, NULL, TMC_SEV_NONE, TMC_STATUS_OPEN);
  assert_int_equal(ir->n_paths, 2);
  bool shop_shown = false;
  for (uint32_t i = 0; i < ir->n_paths; i++) {
    shop_shown |= ir->paths[i].entry == el(ir, "shop");
    assert_int_not_equal(ir->paths[i].entry, el(ir, "card"));
  }
  assert_true(shop_shown);
  tmc_ir_free(ir);
}

/* A supplier's mailed document is read by an extractor that asks a model
 * for the fields and hands them on to the payables service that pays (a
 * SaaS drawn outside the zone): the
 * attacker's text moves money through the model's answer (act through an
 * agent, Financial Harm at the payables system), not a rendered-output
 * leak. */
static void test_goal_extractor_feeds_payables(void **state) {
  (void)state;
  static const char *dot =
      "digraph g {\n"
      "  vendor [shape=ellipse, label=\"Vendor (anyone who can mail us)\"];\n"
      "  subgraph cluster_f { label=\"Finance cloud\"; trust=2;\n"
      "    inbox [shape=folder, label=\"Bills inbox\"];\n"
      "    reader [label=\"Bill reader\", role=prompt_assembler];\n"
      "    model [label=\"Hosted LLM\", type=llm];\n"
      "    check [label=\"Duplicate check\"]; }\n"
      "  ap [shape=box, label=\"NetSuite accounts payable (SaaS)\"];\n"
      "  vendor -> inbox [label=\"bill PDF\"]; inbox -> reader [label=\"attachment\"];\n"
      "  reader -> model [label=\"prompt + text\"]; model -> reader [label=\"fields\"];\n"
      "  reader -> check [label=\"bill fields\"]; check -> ap [label=\"post bill\"];\n"
      "}\n";
  tmc_ir *ir = analysed_all(dot);
  assert_paths_sane(ir);
  const tmc_path *p = chain_path(ir, "vendor", "ap", "act through an agent");
  assert_non_null(p);
  assert_string_equal(hop_technique_at(ir, p, "ap"), "AML.T0048.000");
  tmc_ir_free(ir);
}

/* A secrets store an agent's tool reaches is where credentials are stolen,
 * even when its name also makes it a sink of model output (a Jira token
 * among the workflow's secrets): steal credentials, not act through an
 * agent, is the path's goal. */
static void test_goal_secrets_sink_is_theft(void **state) {
  (void)state;
  static const char *dot =
      "digraph g {\n"
      "  author [type=external, label=\"Issue author (anyone)\"];\n"
      "  subgraph cluster_ci { label=\"CI runners\"; trust=2;\n"
      "    agent [label=\"Triage agent loop\"];\n"
      "    runner [type=agent_tool, label=\"shell runner\"];\n"
      "    sec [type=data_store, label=\"Workflow secrets (JIRA_TOKEN, DEPLOY_KEY)\"]; "
      "}\n"
      "  m [type=llm, label=\"Hosted LLM\", source=third_party];\n"
      "  author -> agent [label=\"issue text\"]; agent -> m [label=\"prompt\"];\n"
      "  m -> agent [label=\"tool call\"]; agent -> runner [label=\"tool call: run\"];\n"
      "  runner -> agent [label=\"output\"];\n"
      "  runner -> sec [label=\"writes the command output\"];\n"
      "  sec -> runner [label=\"tokens\"];\n"
      "}\n";
  tmc_ir *ir = analysed_all(dot);
  assert_paths_sane(ir);
  assert_non_null(chain_path(ir, "author", "sec", "steal credentials"));
  assert_null(chain_path(ir, "author", "sec", "act through an agent"));
  tmc_ir_free(ir);
}

/* A pair keeps its most likely path of each aim a goal names (issue #16
 * goals): customers who query the model through the API also feed the
 * events it is retrained on, a longer and less likely path than the API's
 * several routes, but another attack (tamper_model, not extraction). Two
 * wordings: a churn model behind replicas, a fraud scorer behind a cache. */
static void test_pair_keeps_each_aim(void **state) {
  (void)state;
  static const char *const dots[] = {
      "digraph g {\n"
      "  users [shape=box, label=\"Customers\"];\n"
      "  subgraph cluster_p { label=\"Production\"; trust=1;\n"
      "    api [label=\"Churn API\"]; r1 [label=\"Replica one\"];\n"
      "    r2 [label=\"Replica two\"]; r3 [label=\"Replica three\"];\n"
      "    model [label=\"Churn model\", type=model];\n"
      "    events [label=\"Event collector\"];\n"
      "    log [shape=cylinder, label=\"Event log\"];\n"
      "    train [label=\"Weekly training job\", type=pipeline];\n"
      "    reg [shape=cylinder, label=\"Model registry\", type=model_registry]; }\n"
      "  users -> api; api -> model; api -> r1; api -> r2; api -> r3;\n"
      "  r1 -> model; r2 -> model; r3 -> model;\n"
      "  users -> events; events -> log; log -> train; train -> reg; reg -> model;\n"
      "}\n",
      "digraph g {\n"
      "  buyers [shape=box, label=\"Buyers\"];\n"
      "  subgraph cluster_q { label=\"Payments platform\"; trust=1;\n"
      "    gw [label=\"Checkout gateway\"]; cache [label=\"Score cache\"];\n"
      "    shadow [label=\"Shadow scorer\"];\n"
      "    fraud [label=\"Fraud scorer\", type=model];\n"
      "    disputes [label=\"Dispute form\"];\n"
      "    labels [shape=cylinder, label=\"Dispute labels\", type=dataset];\n"
      "    fit [label=\"Nightly refit\", type=pipeline];\n"
      "    store [shape=cylinder, label=\"Model store\", type=model_registry]; }\n"
      "  buyers -> gw; gw -> fraud; gw -> cache; cache -> fraud; gw -> shadow;\n"
      "  shadow -> fraud;\n"
      "  buyers -> disputes; disputes -> labels; labels -> fit; fit -> store;\n"
      "  store -> fraud;\n"
      "}\n"};
  static const char *const ends[][2] = {{"users", "model"}, {"buyers", "fraud"}};
  for (size_t d = 0; d < sizeof dots / sizeof *dots; d++) {
    tmc_ir *ir = analysed_all(dots[d]);
    uint32_t e = el(ir, ends[d][0]), t = el(ir, ends[d][1]);
    bool query = false, tamper = false;
    for (uint32_t i = 0; i < ir->n_paths; i++) {
      const tmc_path *p = &ir->paths[i];
      if (p->entry != e || p->asset != t)
        continue;
      query |= p->chain && strcmp(p->chain, "model extraction and inversion") == 0;
      tamper |= p->chain && strcmp(p->chain, "tamper with a model") == 0;
    }
    if (!query || !tamper)
      fail_msg("wording %zu: extraction %d, tampering %d", d, query, tamper);
    assert_true(count_pair(ir, e, t) <= 3);
    tmc_ir_free(ir);
  }
}

/* What a model steered by planted content (a fetched web page, a partner's
 * feed) reads leaves in the answer a web front end renders (AML.T0077 beside
 * AML.T0057), where the code that asks the model calls no agent tool; not
 * where the entry is a person asking (the answer is theirs), and a tool
 * that sends mail keeps AML.T0086 (test_chain_second_techniques). Three
 * wordings, the third's entry ("Internet") a people word, its pages fetched
 * on the way. */
static void test_chain_rendered_leak(void **state) {
  (void)state;
  static const char *const dots[] = {
      "digraph g {\n"
      "  pages [shape=box3d, label=\"Public web pages\"];\n"
      "  analyst [shape=ellipse, label=\"Analyst\"];\n"
      "  subgraph cluster_s { label=\"Research app\"; trust=2;\n"
      "    ui [label=\"Answer web UI (React SPA)\"];\n"
      "    orch [label=\"Answer orchestrator (FastAPI)\"];\n"
      "    fetch [label=\"Page fetcher\"];\n"
      "    hist [shape=cylinder, label=\"Conversation history (Postgres)\"]; }\n"
      "  llm [label=\"OpenAI API GPT-4o\"];\n"
      "  analyst -> ui [label=\"question\"]; ui -> analyst [label=\"answer "
      "(markdown)\"];\n"
      "  ui -> orch [label=\"question\"]; orch -> ui [label=\"answer\"];\n"
      "  orch -> fetch [label=\"URLs\"]; fetch -> pages [label=\"GET\"]; pages -> fetch "
      "[label=\"HTML\"];\n"
      "  fetch -> orch [label=\"page text\"];\n"
      "  orch -> llm [label=\"prompt\"]; llm -> orch [label=\"completion\"];\n"
      "  orch -> hist [label=\"turns\"]; hist -> orch [label=\"earlier turns\"];\n"
      "}\n",
      "digraph g {\n"
      "  feed [shape=box, label=\"Partner news feed (third party)\", "
      "source=third_party];\n"
      "  reader [shape=ellipse, label=\"Subscriber\"];\n"
      "  subgraph cluster_s { label=\"Digest service\"; trust=2;\n"
      "    portal [label=\"Digest portal (web app)\"];\n"
      "    svc [label=\"Digest builder (prompt assembly)\"];\n"
      "    notes [shape=cylinder, label=\"Saved notes (MongoDB)\"]; }\n"
      "  model [label=\"Claude via Bedrock\"];\n"
      "  reader -> portal; portal -> reader [label=\"digest page\"];\n"
      "  portal -> svc; svc -> portal [label=\"digest\"];\n"
      "  feed -> svc [label=\"articles\"];\n"
      "  svc -> model [label=\"prompt\"]; model -> svc [label=\"summary\"];\n"
      "  notes -> svc [label=\"notes\"]; svc -> notes [label=\"new notes\"];\n"
      "}\n",
      "digraph g {\n"
      "  net [shape=box, label=\"Internet (any page a search hit points to)\"];\n"
      "  subgraph cluster_s { label=\"Answer service\"; trust=2;\n"
      "    page [label=\"Answer page (web app)\"];\n"
      "    worker [label=\"Answer worker (prompt assembly)\"];\n"
      "    grab [label=\"Web fetch step\"];\n"
      "    turns [shape=cylinder, label=\"Conversation store\"]; }\n"
      "  gpt [label=\"GPT-4o (OpenAI API)\"];\n"
      "  page -> worker [label=\"question\"]; worker -> page [label=\"answer\"];\n"
      "  worker -> grab [label=\"URLs\"]; grab -> net [label=\"GET\"]; net -> grab "
      "[label=\"HTML\"];\n"
      "  grab -> worker [label=\"page text\"];\n"
      "  worker -> gpt [label=\"prompt\"]; gpt -> worker [label=\"completion\"];\n"
      "  worker -> turns [label=\"turns\"]; turns -> worker [label=\"earlier turns\"];\n"
      "}\n"};
  static const char *const ends[][3] = {
      {"pages", "hist", "analyst"}, {"feed", "notes", NULL}, {"net", "turns", NULL}};
  for (size_t d = 0; d < sizeof dots / sizeof *dots; d++) {
    tmc_ir *ir = analysed_all(dots[d]);
    assert_paths_sane(ir);
    const tmc_path *p = path_from_to(ir, ends[d][0], ends[d][1]);
    assert_non_null(p);
    assert_string_equal(hop_technique_at(ir, p, ends[d][1]), "AML.T0057");
    assert_string_equal(hop_also_at(ir, p, ends[d][1]), "AML.T0077");
    if (ends[d][2]) {
      p = path_from_to(ir, ends[d][2], ends[d][1]);
      assert_non_null(p);
      assert_string_equal(hop_also_at(ir, p, ends[d][1]), "");
    }
    tmc_ir_free(ir);
  }
}

/* A person who asks an agent and is handed its answer back gets what the
 * agent's tool read (a customer record) in that answer: LLM data leakage
 * beside the collection, though the agent can also send mail (that channel,
 * AML.T0086, is for paths from planted content, or from a person the
 * drawing hands nothing back: their text is only dropped off, as an issue
 * opened or words spoken into a recorded call). Drawn in draw.io, other
 * words than the DOT corpora this family came from; the quiet case is the
 * same drawing without the answer to the person. */
#define CELL(id, value, style, x)                                                        \
  "<mxCell id=\"" id "\" value=\"" value "\" style=\"" style "\" vertex=\"1\" "          \
  "parent=\"1\"><mxGeometry x=\"" x "\" y=\"0\" width=\"120\" height=\"60\" "            \
  "as=\"geometry\"/></mxCell>"
#define EDGE(id, src, dst, value)                                                        \
  "<mxCell id=\"" id "\" value=\"" value "\" edge=\"1\" source=\"" src                   \
  "\" target=\"" dst                                                                     \
  "\" parent=\"1\"><mxGeometry relative=\"1\" as=\"geometry\"/></mxCell>"
#define HELPDESK_AGENT(answer)                                                           \
  "<mxfile><diagram id=\"p\" name=\"Page-1\"><mxGraphModel><root>"                       \
  "<mxCell id=\"0\"/><mxCell id=\"1\" parent=\"0\"/>" CELL(                              \
      "staff", "Service desk staff", "shape=umlActor;",                                  \
      "0") CELL("chat", "Helpdesk chat (web)", "rounded=1;",                             \
                "150") CELL("orch", "Copilot AI agent (LangGraph)", "rounded=1;", "300") \
      CELL("claude", "Claude 3.5 Sonnet (Anthropic API)", "rounded=1;",                  \
           "450") CELL("lookup", "lookup_customer tool", "rounded=1;", "600")            \
          CELL("recs", "Customer records (Postgres)", "shape=cylinder3;",                \
               "750") CELL("mailer", "send_email tool", "rounded=1;",                    \
                           "900") CELL("cust", "Customers", "shape=umlActor;",           \
                                       "1050") EDGE("e1", "staff", "chat", "question")   \
              answer EDGE("e3", "chat", "orch", "question") EDGE(                        \
                  "e4", "orch", "chat", "reply") EDGE("e5", "orch", "claude", "prompt")  \
                  EDGE("e6", "claude", "orch",                                           \
                       "tool calls") EDGE("e7", "orch", "lookup", "customer id")         \
                      EDGE("e8", "lookup", "recs", "select") EDGE("e9", "recs",          \
                                                                  "lookup", "rows")      \
                          EDGE("e10", "lookup", "orch",                                  \
                               "record") EDGE("e11", "orch", "mailer", "to, body")       \
                              EDGE("e12", "mailer", "cust",                              \
                                   "e-mail") "</root></mxGraphModel></diagram></mxfile>"

static void test_chain_asker_leak(void **state) {
  (void)state;
  static const char asks[] = HELPDESK_AGENT(EDGE("e2", "chat", "staff", "answer"));
  static const char drops[] = HELPDESK_AGENT("");
  const char *const texts[] = {asks, drops};
  const size_t lens[] = {sizeof asks - 1, sizeof drops - 1};
  for (size_t d = 0; d < 2; d++) {
    tmc_ir *ir = analysed("helpdesk.drawio", texts[d], lens[d]);
    assert_non_null(ir);
    const tmc_path *p = path_from_to(ir, "staff", "recs");
    assert_non_null(p);
    assert_string_equal(hop_technique_at(ir, p, "recs"), "AML.T0085.001");
    assert_string_equal(hop_also_at(ir, p, "recs"), d == 0 ? "AML.T0057" : "AML.T0086");
    tmc_ir_free(ir);
  }
}
#undef HELPDESK_AGENT
#undef EDGE
#undef CELL

/* paths32: text a person leaves where the system reads it later on its own
 * (a ticket filed, an issue opened), answered nothing, reaches the model as
 * planted content: indirect injection, though no store is drawn on the way
 * and a webhook handler relays it. A question typed to the same handler is
 * the person's own prompt: direct. DOT, other words than the draw.io
 * drawings (a GitHub issue, a column comment) the family came from. */
static void test_planted_text_is_indirect(void **state) {
  (void)state;
  static const char *const verbs[] = {"files a ticket", "asks a question"};
  for (size_t d = 0; d < 2; d++) {
    tmc_buf b = TMC_BUF_INIT;
    tmc_buf_printf(&b,
                   "digraph g {\n"
                   "  reporter [shape=box, label=\"Bug reporters (anyone with a GitLab "
                   "account)\"];\n"
                   "  subgraph cluster_s { label=\"Support platform\"; trust=1;\n"
                   "    hook [label=\"Ticket webhook handler\"];\n"
                   "    triage [label=\"Triage AI agent (LangChain)\"];\n"
                   "    tagger [label=\"set_priority tool\"]; }\n"
                   "  llm [label=\"GPT-4o (OpenAI API)\"];\n"
                   "  reporter -> hook [label=\"%s\"];\n"
                   "  hook -> triage [label=\"ticket text\"];\n"
                   "  triage -> llm [label=\"prompt\"]; llm -> triage [label=\"tool "
                   "calls\"];\n"
                   "  triage -> tagger [label=\"priority\"];\n}\n",
                   verbs[d]);
    tmc_ir *ir = analysed_all(b.data);
    tmc_buf_free(&b);
    assert_non_null(ir);
    const tmc_path *p = path_from_to(ir, "reporter", "tagger");
    assert_non_null(p);
    assert_string_equal(hop_technique_at(ir, p, "triage"),
                        d == 0 ? "AML.T0051.001" : "AML.T0051.000");
    assert_string_equal(hop_technique_at(ir, p, "tagger"), "AML.T0053");
    tmc_ir_free(ir);
  }
}

/* A goal that names only pairs' second paths (the partners' route to the
 * scorer through the request archive, plain exfiltration, where the direct
 * route is the extraction chain of the same aim) takes no place before a
 * pair's best: with more pairs than a report shows, all 15 shown are
 * different pairs. (Not a queue: a flood through a queue is a denial of
 * service of its own, another aim; test_flood_through_queue.) */
static void test_goal_best_no_pair_second(void **state) {
  (void)state;
  tmc_buf b = TMC_BUF_INIT;
  tmc_buf_puts(&b, "digraph g {\n");
  for (int i = 0; i < 16; i++)
    tmc_buf_printf(&b, "  p%d [shape=box, label=\"Partner %d\"]; p%d -> api;\n", i, i, i);
  tmc_buf_puts(&b, "  subgraph cluster_i { label=\"Internal\"; trust=2;\n"
                   "    api [label=\"Scoring API\"];\n"
                   "    model [label=\"Fraud scorer\", type=model];\n"
                   "    q [shape=cylinder, label=\"Request archive\", asset=false];\n"
                   "    w [label=\"Batch worker\"]; }\n"
                   "  api -> model; api -> q; q -> w; w -> model;\n}\n");
  tmc_ir *ir = analysed_all(b.data);
  tmc_buf_free(&b);
  assert_int_equal(ir->n_paths, 15);
  for (uint32_t i = 0; i < ir->n_paths; i++)
    for (uint32_t j = i + 1; j < ir->n_paths; j++)
      if (ir->paths[i].entry == ir->paths[j].entry &&
          ir->paths[i].asset == ir->paths[j].asset)
        fail_msg("paths %u and %u: one pair twice while a pair is not shown", i + 1,
                 j + 1);
  tmc_ir_free(ir);
}

/* A person's own app or device drawn as the people (a client technology:
 * "Shoppers web + iOS/Android", a rider app) that the system answers is no
 * service an attacker passes through: the merchandisers' rules reach the
 * shoppers' carousel, not the events the shoppers' app sends (that path is
 * the shoppers' own). Two wordings. */
static void test_client_app_is_no_relay(void **state) {
  (void)state;
  static const char *const dots[] = {
      "digraph g {\n"
      "  shoppers [shape=tab, label=\"Shoppers web + iOS/Android\"];\n"
      "  merch [shape=tab, label=\"Merchandising team\"];\n"
      "  subgraph cluster_e { label=\"edge\"; style=dashed;\n"
      "    bff [label=\"storefront BFF\"]; col [label=\"Event collector\"]; }\n"
      "  subgraph cluster_d { label=\"data\"; style=dashed;\n"
      "    events [shape=cylinder, label=\"events topic (Kafka)\"];\n"
      "    rules [shape=cylinder, label=\"boost rules\"];\n"
      "    recs [label=\"recs service\"]; }\n"
      "  shoppers -> bff; bff -> shoppers [label=\"carousel\"]; bff -> recs; recs -> "
      "bff;\n"
      "  shoppers -> col [label=\"clicks\"]; col -> events;\n"
      "  merch -> rules; rules -> recs;\n"
      "}\n",
      "digraph g {\n"
      "  riders [shape=box, label=\"Riders (rider app)\", tech=mobile_app];\n"
      "  ops [shape=box, label=\"Dispatch operators\"];\n"
      "  subgraph cluster_a { label=\"platform\"; style=dashed;\n"
      "    gw [label=\"Ride API gateway\"]; trips [shape=cylinder, label=\"Trip log\"];\n"
      "    pricing [label=\"Pricing service\"]; cfg [shape=cylinder, label=\"Surge "
      "settings\"]; }\n"
      "  riders -> gw; gw -> riders [label=\"quote\"]; gw -> pricing; pricing -> gw;\n"
      "  riders -> trips [label=\"GPS pings\"];\n"
      "  ops -> cfg; cfg -> pricing;\n"
      "}\n"};
  static const char *const ends[][3] = {{"merch", "shoppers", "events"},
                                        {"ops", "riders", "trips"}};
  for (size_t d = 0; d < sizeof dots / sizeof *dots; d++) {
    tmc_ir *ir = analysed_all(dots[d]);
    assert_paths_sane(ir);
    uint32_t app = el(ir, ends[d][1]), store = el(ir, ends[d][2]);
    bool own = false;
    for (uint32_t i = 0; i < ir->n_paths; i++) {
      const tmc_path *p = &ir->paths[i];
      for (uint32_t h = 1; h + 1 < p->n_hops; h++)
        if (p->hops[h].element == app)
          fail_msg("wording %zu: path %u passes through %s", d, i + 1, ends[d][1]);
      own |= p->entry == app && p->asset == store;
    }
    assert_true(own);
    tmc_ir_free(ir);
  }
}

/* ---- tenth session: retrieval, training sets, ... --------------------------- */

/* The stored injection chain cites RAG poisoning only where retrieval is
 * drawn (an index, or code that retrieves for the model): text that waits in
 * a queue between a webhook and its worker, or in an issue tracker an agent
 * reads, is stored, not retrieved from an index attackers write to. */
static void test_chain_rag_only_with_retrieval(void **state) {
  (void)state;
  static const char *queue =
      "digraph g {\n"
      "  cust [shape=box, label=\"Customers\"];\n"
      "  subgraph cluster_p { label=\"Platform\"; trust=2;\n"
      "    hook [label=\"Webhook intake\"];\n"
      "    topic [shape=cylinder, label=\"Pub/Sub tickets topic\"];\n"
      "    worker [label=\"Translation worker\"]; }\n"
      "  llm [label=\"GPT-4o API\", type=llm];\n"
      "  cust -> hook; hook -> topic; topic -> worker; worker -> llm; llm -> worker;\n"
      "}\n";
  tmc_ir *ir = analysed_all(queue);
  const tmc_path *p = chain_path(ir, "cust", "llm", "indirect prompt injection");
  assert_non_null(p);
  assert_true(path_cites(ir, p, "AML.T0051.001"));
  assert_false(path_cites(ir, p, "AML.T0070"));
  tmc_ir_free(ir);
  static const char *tracker =
      "digraph g {\n"
      "  players [shape=box, label=\"Game players\"];\n"
      "  subgraph cluster_b { label=\"Build farm\"; trust=2;\n"
      "    issues [shape=cylinder, label=\"Issue tracker\"];\n"
      "    bot [label=\"Patch bot orchestrator\", role=agent]; }\n"
      "  model [label=\"Mistral Large\", type=llm];\n"
      "  players -> issues [label=\"bug reports\"]; issues -> bot; bot -> model;\n"
      "  model -> bot;\n"
      "}\n";
  ir = analysed_all(tracker);
  p = chain_path(ir, "players", "model", "indirect prompt injection");
  assert_non_null(p);
  assert_false(path_cites(ir, p, "AML.T0070"));
  tmc_ir_free(ir);
  /* With an index between them, planted text is retrieved: RAG poisoning. */
  static const char *index =
      "digraph g {\n"
      "  authors [shape=box, label=\"Outside authors\"];\n"
      "  subgraph cluster_k { label=\"Knowledge\"; trust=2;\n"
      "    ingest [label=\"Ingestion job\"];\n"
      "    vec [label=\"Embeddings index\", type=vector_store];\n"
      "    rag [label=\"Answer service\", role=agent]; }\n"
      "  llm [label=\"Claude API\", type=llm];\n"
      "  authors -> ingest; ingest -> vec; vec -> rag; rag -> llm; llm -> rag;\n"
      "}\n";
  ir = analysed_all(index);
  p = chain_path(ir, "authors", "llm", "indirect prompt injection");
  assert_non_null(p);
  assert_true(path_cites(ir, p, "AML.T0070"));
  tmc_ir_free(ir);
}

/* Written into a training set is poisoned training data, even where a
 * trainer also writes the set (pseudo-labels, labels from a desk): the hop
 * is AML.T0020, not Manipulate AI Model. (Since classic10, a dataset is no
 * store of model artifacts whoever writes it; the hop must say so either
 * way.) */
static void test_training_set_hop_is_poisoning(void **state) {
  (void)state;
  static const char *drawn[] = {
      "digraph g {\n"
      "  acq [shape=box, label=\"Acquirer\", type=external_entity];\n"
      "  analysts [shape=box, label=\"Fraud analysts\"];\n"
      "  subgraph cluster_r { label=\"Risk ML\"; trust=2;\n"
      "    loader [label=\"chargeback-loader\"];\n"
      "    desk [label=\"Case desk\", role=trainer];\n"
      "    labeled [label=\"payments_labeled table\", type=dataset];\n"
      "    train [label=\"nightly-train (XGBoost)\", type=pipeline];\n"
      "    reg [label=\"Model registry\", type=model_registry];\n"
      "    scorer [label=\"fraud scorer\", type=model]; }\n"
      "  acq -> loader; loader -> labeled; labeled -> train; train -> reg;\n"
      "  reg -> scorer; analysts -> desk; desk -> labeled [label=\"labels\"];\n"
      "}\n",
      "digraph g {\n"
      "  crowd [shape=box, label=\"Crowd raters\"];\n"
      "  subgraph cluster_m { label=\"ML\"; trust=2;\n"
      "    api [label=\"Rating intake API\"];\n"
      "    corpus [label=\"Ratings corpus\", type=dataset];\n"
      "    fit [label=\"Self-training job\", role=trainer];\n"
      "    ranker [label=\"Served ranker\", type=model]; }\n"
      "  crowd -> api; api -> corpus; corpus -> fit;\n"
      "  fit -> corpus [label=\"pseudo-labels\"]; fit -> ranker;\n"
      "}\n",
  };
  static const char *ends[][3] = {{"acq", "labeled", "scorer"},
                                  {"crowd", "corpus", "ranker"}};
  for (size_t i = 0; i < sizeof drawn / sizeof *drawn; i++) {
    tmc_ir *ir = analysed_all(drawn[i]);
    const tmc_path *p = path_from_to(ir, ends[i][0], ends[i][2]);
    assert_non_null(p);
    assert_string_equal(hop_technique_at(ir, p, ends[i][1]), "AML.T0020");
    tmc_ir_free(ir);
  }
}

/* A federated server (aggregates_updates) is where a flood of fake clients'
 * junk updates denies service: the last hop is Denial of AI Service, and
 * chaff data is what is sent; the updates come through a client that trains
 * (whoever edits the round's configuration floods nothing). */
static void test_goal_federated_flood(void **state) {
  (void)state;
  static const char *drawn[] = {
      "digraph g {\n"
      "  users [shape=box, label=\"App users\"];\n"
      "  subgraph cluster_phone { label=\"User phones\";\n"
      "    app [label=\"Notes app\"];\n"
      "    cache [shape=cylinder, label=\"on-device text cache\", type=dataset];\n"
      "    client [label=\"federated client\", type=pipeline]; }\n"
      "  subgraph cluster_srv { label=\"Backend\"; trust=2;\n"
      "    server [label=\"Flower server (FedAvg)\"];\n"
      "    ckpt [shape=cylinder, label=\"global checkpoints\"]; }\n"
      "  users -> app; app -> cache; cache -> client;\n"
      "  server -> client [label=\"global weights\"];\n"
      "  client -> server [label=\"weight delta\"]; server -> ckpt;\n"
      "  researchers [shape=box, label=\"ML researchers\"];\n"
      "  cfg [shape=cylinder, label=\"round config\"];\n"
      "  researchers -> cfg; cfg -> server [label=\"round plan\"];\n"
      "}\n",
      "digraph g {\n"
      "  owners [shape=box, label=\"Device owners\"];\n"
      "  subgraph cluster_dev { label=\"Owners' tablets\";\n"
      "    kbd [label=\"Keyboard\"];\n"
      "    local [label=\"local trainer\", type=pipeline]; }\n"
      "  subgraph cluster_cloud { label=\"Cloud\"; trust=2;\n"
      "    agg [label=\"update averaging step\", type=pipeline];\n"
      "    reg [label=\"Global model versions\", type=model_registry]; }\n"
      "  owners -> kbd; kbd -> local [label=\"typed words\"];\n"
      "  agg -> local [label=\"global weights\"];\n"
      "  local -> agg [label=\"clipped weight delta\"]; agg -> reg;\n"
      "}\n",
  };
  static const char *ends[][2] = {{"users", "server"}, {"owners", "agg"}};
  for (size_t i = 0; i < sizeof drawn / sizeof *drawn; i++) {
    tmc_ir *ir = analysed_all(drawn[i]);
    assert_true(ir->elements[el(ir, ends[i][1])].facts.aggregates_updates);
    const tmc_path *p =
        chain_path(ir, ends[i][0], ends[i][1], "deny service to federated training");
    assert_non_null(p);
    const tmc_hop *last = &p->hops[p->n_hops - 1];
    assert_string_equal(last->technique, "AML.T0029");
    assert_non_null(last->also[0].technique);
    assert_string_equal(last->also[0].technique, "AML.T0046");
    /* Who edits the round's configuration sends no updates: no flood. */
    if (i == 0)
      assert_null(
          chain_path(ir, "researchers", "server", "deny service to federated training"));
    tmc_ir_free(ir);
  }
}

/* A model drawn for the job that trains (role trainer) is where the poison
 * is used, not where tampering is met (met_further): when the path goes on
 * to the model served from it, that path is shown and the one that stops
 * at the trainer waits with the tails. */
static void test_goal_met_further_on(void **state) {
  (void)state;
  static const char *drawn[] = {
      "digraph g {\n"
      "  shops [shape=box, label=\"Partner shops\"];\n"
      "  subgraph cluster_p { label=\"Payments\"; trust=2;\n"
      "    api [label=\"payments-api\"];\n"
      "    sales [shape=cylinder, label=\"Sales table\"];\n"
      "    train [label=\"nightly-train (XGBoost)\", type=model];\n"
      "    reg [label=\"Model registry\", type=model_registry];\n"
      "    serve [label=\"risk scorer\", type=model]; }\n"
      "  shops -> api; api -> sales; sales -> train; train -> reg; reg -> serve;\n"
      "  api -> serve [label=\"predict\"]; serve -> api [label=\"score\"];\n"
      "}\n",
      "digraph g {\n"
      "  clinics [shape=box, label=\"Clinics\"];\n"
      "  subgraph cluster_h { label=\"Hospital cloud\"; trust=2;\n"
      "    intake [label=\"intake service\"];\n"
      "    visits [shape=cylinder, label=\"visits warehouse\"];\n"
      "    retrain [label=\"weekly retrain\", type=model];\n"
      "    store [label=\"Model store\", type=model_registry];\n"
      "    triage [label=\"triage model\", type=model]; }\n"
      "  clinics -> intake; intake -> visits; visits -> retrain;\n"
      "  retrain -> store; store -> triage;\n"
      "  intake -> triage [label=\"score\"]; triage -> intake;\n"
      "}\n",
  };
  static const char *ends[][3] = {{"shops", "train", "serve"},
                                  {"clinics", "retrain", "triage"}};
  for (size_t i = 0; i < sizeof drawn / sizeof *drawn; i++) {
    tmc_ir *ir = analysed_shown(drawn[i], 4);
    assert_true(
        TMC_ROLESET_HAS(ir->elements[el(ir, ends[i][1])].roles, TMC_ROLE_TRAINER));
    assert_non_null(chain_path(ir, ends[i][0], ends[i][2], "tamper with a model"));
    assert_null(chain_path(ir, ends[i][0], ends[i][1], "tamper with a model"));
    tmc_ir_free(ir);
  }
}

/* When fewer paths are shown than found, a pair that reaches the model
 * served under a goal met further on (poisoned labels are met where the
 * model trained on them is served) is shown before the other pairs' best
 * (the entry's pairs to the data stores, the training set, the registry):
 * it tells the poisoning to its end. */
static void test_shown_model_served_first(void **state) {
  (void)state;
  static const char *drawn[] = {
      "digraph g {\n"
      "  reviewers [shape=box, label=\"Claims reviewers\"];\n"
      "  web [shape=box, label=\"Policyholders\"];\n"
      "  subgraph cluster_c { label=\"claims platform\";\n"
      "    portal [label=\"Claims portal\"];\n"
      "    verdicts [shape=cylinder, label=\"Reviewer verdicts table\"];\n"
      "    trainer [label=\"Weekly retrain job\", type=training_pipeline];\n"
      "    registry [shape=cylinder, label=\"Model registry\", type=model_registry];\n"
      "    scorer [label=\"Claim fraud scorer\", type=model];\n"
      "    claims [shape=cylinder, label=\"Claims DB\", sensitivity=confidential];\n"
      "    docs [shape=cylinder, label=\"Claim documents\", sensitivity=confidential]; "
      "}\n"
      "  reviewers -> portal [authenticated=yes];\n"
      "  web -> portal [authenticated=yes];\n"
      "  portal -> verdicts [label=\"verdicts as labels\"];\n"
      "  verdicts -> trainer [label=\"training labels\"];\n"
      "  trainer -> registry [label=\"model version\"];\n"
      "  registry -> scorer [label=\"deploy\"];\n"
      "  portal -> scorer [label=\"score claim\"];\n"
      "  portal -> claims; portal -> docs;\n"
      "}\n",
      "digraph g {\n"
      "  drivers [shape=box, label=\"Fleet drivers\"];\n"
      "  dispatch [shape=box, label=\"Dispatchers\"];\n"
      "  subgraph cluster_f { label=\"fleet cloud\";\n"
      "    app [label=\"Trip app backend\"];\n"
      "    feedback [shape=cylinder, label=\"Route feedback store\"];\n"
      "    fit [label=\"Nightly ETA fit\", type=training_pipeline];\n"
      "    models [shape=cylinder, label=\"Model store\", type=model_registry];\n"
      "    eta [label=\"ETA model\", type=model];\n"
      "    trips [shape=cylinder, label=\"Trip history\", sensitivity=confidential];\n"
      "    people [shape=cylinder, label=\"Driver records\", sensitivity=confidential]; "
      "}\n"
      "  drivers -> app [authenticated=yes];\n"
      "  dispatch -> app [authenticated=yes];\n"
      "  app -> feedback [label=\"route corrections\"];\n"
      "  feedback -> fit; fit -> models; models -> eta;\n"
      "  app -> eta [label=\"predict\"];\n"
      "  app -> trips; app -> people;\n"
      "}\n",
  };
  static const char *ends[][3] = {{"reviewers", "web", "scorer"},
                                  {"drivers", "dispatch", "eta"}};
  for (size_t i = 0; i < sizeof drawn / sizeof *drawn; i++) {
    tmc_ir *ir = analysed_shown(drawn[i], 6);
    assert_int_equal(ir->n_paths, 6);
    assert_non_null(chain_path(ir, ends[i][0], ends[i][2], "tamper with a model"));
    assert_non_null(chain_path(ir, ends[i][1], ends[i][2], "tamper with a model"));
    tmc_ir_free(ir);
  }
}

/* Stored injection (TMC-PATH-002) is text an LLM reads: a route whose store
 * hands the LLM its weights (a checkpoint bucket the hub fills) or whose
 * stored posts a fine-tune job learns from is no injection; the trained route
 * is tampering with the model (TMC-PATH-007). */
static void test_stored_injection_not_through_weights(void **state) {
  (void)state;
  static const char *lab =
      "digraph g {\n"
      "  hub [shape=box, label=\"Public model hub\"];\n"
      "  writers [shape=box, label=\"Forum members\"];\n"
      "  subgraph cluster_l { label=\"lab\"; trust=2;\n"
      "    weights [shape=cylinder, label=\"Checkpoint bucket (weights)\"];\n"
      "    posts [shape=cylinder, label=\"Forum posts table\"];\n"
      "    tune [label=\"Fine-tune job\", type=training_pipeline];\n"
      "    llm [label=\"Assistant LLM (vLLM)\", type=llm];\n"
      "    api [label=\"Assistant API\"]; }\n"
      "  hub -> weights [label=\"model weights\"];\n"
      "  weights -> llm [label=\"load weights\"];\n"
      "  writers -> api; api -> posts; posts -> tune;\n"
      "  tune -> llm [label=\"fine-tuned weights\"];\n"
      "  api -> llm; llm -> api;\n"
      "}\n";
  tmc_ir *ir = analysed_shown(lab, 0);
  assert_null(chain_path(ir, "hub", "llm", "indirect prompt injection"));
  assert_null(chain_path(ir, "writers", "llm", "indirect prompt injection"));
  assert_non_null(chain_path(ir, "writers", "llm", "tamper with a model"));
  tmc_ir_free(ir);
}

/* A hub's model copied as is into a store of model files that serving loads
 * at start (no registry, no training on the way) is a backdoored model
 * reaching production, not text for the model to read: the weights are the
 * attack (a gated Hugging Face model pinned into Artifactory and loaded by
 * vLLM; a model cache bucket loaded by TGI; a model zoo's file on a weights
 * volume that Ollama serves). */
static void test_hub_weights_loaded_as_is(void **state) {
  (void)state;
  static const char *drawn[] = {
      "digraph g {\n"
      "  hub [shape=box, label=\"Hugging Face Hub\"];\n"
      "  staff [shape=box, label=\"Staff\"];\n"
      "  subgraph cluster_d { label=\"Datacentre\"; trust=2;\n"
      "    cache [shape=cylinder, label=\"Model cache bucket (safetensors)\"];\n"
      "    app [label=\"Summary app\"];\n"
      "    tgi [label=\"TGI inference server\", type=llm]; }\n"
      "  hub -> cache [label=\"snapshot download\"];\n"
      "  cache -> tgi [label=\"load at start\"];\n"
      "  staff -> app; app -> tgi; tgi -> app;\n"
      "}\n",
      "digraph g {\n"
      "  zoo [shape=box, label=\"Public model zoo\", type=model_registry];\n"
      "  users [shape=box, label=\"Customers\"];\n"
      "  subgraph cluster_k { label=\"Cluster\"; trust=2;\n"
      "    vol [shape=cylinder, label=\"Weights volume (GGUF checkpoints)\"];\n"
      "    chat [label=\"Chat API\"];\n"
      "    ollama [label=\"Ollama\", type=llm]; }\n"
      "  zoo -> vol [label=\"model file\"];\n"
      "  vol -> ollama [label=\"mount\"];\n"
      "  users -> chat; chat -> ollama; ollama -> chat;\n"
      "}\n",
  };
  static const char *ends[][2] = {{"hub", "tgi"}, {"zoo", "ollama"}};
  for (size_t i = 0; i < sizeof drawn / sizeof *drawn; i++) {
    tmc_ir *ir = analysed_shown(drawn[i], 0);
    assert_non_null(
        chain_path(ir, ends[i][0], ends[i][1], "backdoored model reaching production"));
    assert_null(chain_path(ir, ends[i][0], ends[i][1], "hijack a model"));
    tmc_ir_free(ir);
  }
}

/* A vendor's model or engine update installed as shipped (vendor_update) is
 * the model replaced: a backdoored model reaching production, not a flood
 * of it (an install queries nothing). An admin installs the speech engine
 * vendor's quarterly package over RDP; a sensor maker's update server
 * downloads a new anomaly model straight onto the plant's box. */
static void test_vendor_update_replaces_model(void **state) {
  (void)state;
  static const char *const drawn[] = {
      "digraph g {\n"
      "  vendor [shape=box, type=external, label=\"Nuance support portal (engine "
      "downloads)\"];\n"
      "  clerks [shape=ellipse, type=external, label=\"Call agents\"];\n"
      "  subgraph cluster_o { label=\"Contact centre\"; trust=2;\n"
      "    it [label=\"IT operations\"];\n"
      "    asr [label=\"Speech recognition engine\", type=model];\n"
      "    crm [label=\"CRM notes\"]; }\n"
      "  vendor -> it [label=\"quarterly update package\"];\n"
      "  it -> asr [label=\"installs (RDP)\"];\n"
      "  clerks -> asr [label=\"call audio\"]; asr -> crm [label=\"transcript\"];\n"
      "}\n",
      "digraph g {\n"
      "  vendor [shape=box, type=external, label=\"Sensor maker update server\"];\n"
      "  ops [shape=ellipse, type=external, label=\"Plant operators\"];\n"
      "  subgraph cluster_p { label=\"Plant\"; trust=2;\n"
      "    asr [label=\"Vibration anomaly model\", type=model];\n"
      "    scada [label=\"SCADA historian\"]; }\n"
      "  vendor -> asr [label=\"firmware and model update download\"];\n"
      "  ops -> scada; scada -> asr [label=\"readings\"];\n"
      "}\n",
  };
  for (size_t i = 0; i < sizeof drawn / sizeof *drawn; i++) {
    tmc_ir *ir = analysed_all(drawn[i]);
    const tmc_path *p =
        chain_path(ir, "vendor", "asr", "backdoored model reaching production");
    if (!p)
      fail_msg("drawing %zu: the vendor's update is no backdoor", i);
    assert_string_equal(p->hops[p->n_hops - 1].technique, "AML.T0010.001");
    assert_null(chain_path(ir, "vendor", "asr", "deny service to an AI endpoint"));
    tmc_ir_free(ir);
  }
}

/* A tool that reads what an outsider planted where it looks (an issue in a
 * tracker, drawn as a store or as the SaaS it is, a wiki page its search
 * finds) and hands it to the agent: the hop
 * into the tool is AI Agent Tool Data Poisoning, the hop into the model the
 * injection (not the injection three times). */
static void test_chain_tool_reads_planted(void **state) {
  (void)state;
  static const char *drawn[] = {
      "digraph g {\n"
      "  players [shape=box, label=\"Players\"];\n"
      "  subgraph cluster_r { label=\"Runner\"; trust=2;\n"
      "    issues [shape=cylinder, label=\"Issue tracker\"];\n"
      "    reader [label=\"read_issue tool\", type=agent_tool];\n"
      "    bot [label=\"Patch agent\", role=agent]; }\n"
      "  llm [label=\"Mistral API\", type=llm];\n"
      "  players -> issues [label=\"bug report\"]; issues -> reader;\n"
      "  bot -> reader; reader -> bot [label=\"tool result\"];\n"
      "  bot -> llm; llm -> bot;\n"
      "}\n",
      "digraph g {\n"
      "  authors [shape=box, label=\"Page authors\"];\n"
      "  subgraph cluster_w { label=\"Intranet\"; trust=2;\n"
      "    wiki [shape=cylinder, label=\"Team wiki\"];\n"
      "    search [label=\"wiki_search\", type=agent_tool];\n"
      "    helper [label=\"Handbook bot\", role=agent]; }\n"
      "  model [label=\"GPT-4o\", type=llm];\n"
      "  authors -> wiki [label=\"edits\"]; wiki -> search [label=\"matching pages\"];\n"
      "  helper -> search; search -> helper [label=\"pages\"];\n"
      "  helper -> model; model -> helper;\n"
      "}\n",
      "digraph g {\n"
      "  reporters [shape=box, label=\"Bug reporters\"];\n"
      "  tracker [shape=box, label=\"YouTrack Cloud\"];\n"
      "  subgraph cluster_r { label=\"Runner\"; trust=2;\n"
      "    issue_tool [label=\"tracker: read issue\", type=agent_tool];\n"
      "    loop [label=\"Agent loop\", role=agent]; }\n"
      "  model [label=\"Mistral Large API\", type=llm];\n"
      "  reporters -> tracker [label=\"bug report\"];\n"
      "  tracker -> issue_tool [label=\"issue + comments\"];\n"
      "  loop -> issue_tool; issue_tool -> loop [label=\"tool result\"];\n"
      "  loop -> model; model -> loop;\n"
      "}\n",
  };
  static const char *ends[][4] = {{"players", "reader", "bot", "llm"},
                                  {"authors", "search", "helper", "model"},
                                  {"reporters", "issue_tool", "loop", "model"}};
  for (size_t i = 0; i < sizeof drawn / sizeof *drawn; i++) {
    tmc_ir *ir = analysed_all(drawn[i]);
    const tmc_path *p = path_from_to(ir, ends[i][0], ends[i][3]);
    assert_non_null(p);
    assert_string_equal(hop_technique_at(ir, p, ends[i][1]), "AML.T0099");
    assert_string_equal(hop_technique_at(ir, p, ends[i][2]), "AML.T0051.001");
    tmc_ir_free(ir);
  }
}

/* A tool the hijacked agent invokes that buys (a checkout, a purchase) moves
 * money: Financial Harm beside the tool invocation. */
static void test_chain_checkout_tool_pays(void **state) {
  (void)state;
  static const char *drawn[] = {
      "digraph g {\n"
      "  offers [label=\"Offers plugin (third-party)\", type=agent_tool];\n"
      "  subgraph cluster_a { label=\"Assistant\"; trust=2;\n"
      "    planner [label=\"Planner\", role=agent];\n"
      "    checkout [label=\"Checkout plugin\", type=agent_tool]; }\n"
      "  llm [label=\"Planner LLM\", type=llm];\n"
      "  planner -> offers; offers -> planner; planner -> llm; llm -> planner;\n"
      "  planner -> checkout [label=\"place_order\"];\n"
      "}\n",
      "digraph g {\n"
      "  sellers [shape=box, label=\"Marketplace sellers\"];\n"
      "  subgraph cluster_b { label=\"Shopping agent\"; trust=2;\n"
      "    listings [shape=cylinder, label=\"Listings\"];\n"
      "    agent [label=\"Shopping agent\", role=agent];\n"
      "    buy [label=\"purchase tool\", type=agent_tool]; }\n"
      "  llm [label=\"Claude API\", type=llm];\n"
      "  sellers -> listings; listings -> agent; agent -> llm; llm -> agent;\n"
      "  agent -> buy;\n"
      "}\n",
  };
  static const char *ends[][2] = {{"offers", "checkout"}, {"sellers", "buy"}};
  for (size_t i = 0; i < sizeof drawn / sizeof *drawn; i++) {
    tmc_ir *ir = analysed_all(drawn[i]);
    const tmc_path *p = chain_path(ir, ends[i][0], ends[i][1], "act through an agent");
    assert_non_null(p);
    const tmc_hop *last = &p->hops[p->n_hops - 1];
    assert_string_equal(last->technique, "AML.T0053");
    assert_non_null(last->also[0].technique);
    assert_string_equal(last->also[0].technique, "AML.T0048.000");
    tmc_ir_free(ir);
  }
}

/* Flooding a model billed per request (a managed ML platform's endpoint, a
 * vendor's service) is cost harvesting beside the denial, as the finding
 * says; a model on our own box is only slowed. */
static void test_chain_flood_billed(void **state) {
  (void)state;
  static const char *billed =
      "digraph g {\n"
      "  shops [shape=box, label=\"Merchants\"];\n"
      "  subgraph cluster_p { label=\"Payments\"; trust=2;\n"
      "    api [label=\"payments-api\"];\n"
      "    scorer [label=\"fraud scorer (Vertex AI endpoint)\", type=model]; }\n"
      "  shops -> api; api -> scorer; scorer -> api;\n"
      "}\n";
  static const char *own =
      "digraph g {\n"
      "  shops [shape=box, label=\"Merchants\"];\n"
      "  subgraph cluster_p { label=\"Payments\"; trust=2;\n"
      "    api [label=\"payments-api\"];\n"
      "    scorer [label=\"risk model (on the GPU box)\", type=model, asset=false]; }\n"
      "  shops -> api; api -> scorer; scorer -> api;\n"
      "}\n";
  const char *drawn[] = {billed, own};
  for (size_t i = 0; i < 2; i++) {
    tmc_ir *ir = analysed_all(drawn[i]);
    const tmc_path *p =
        chain_path(ir, "shops", "scorer", "deny service to an AI endpoint");
    assert_non_null(p);
    const tmc_hop *last = &p->hops[p->n_hops - 1];
    assert_string_equal(last->technique, "AML.T0029");
    if (i == 0) {
      assert_non_null(last->also[0].technique);
      assert_string_equal(last->also[0].technique, "AML.T0034");
    } else
      assert_null(last->also[0].technique);
    tmc_ir_free(ir);
  }
}

/* A store whose label lists mostly keys, tokens or secrets is where
 * credentials are stolen (keys_listed: TMC-PATH-006), whatever its
 * technology; a database keeping a few keys among its records is where data
 * is taken. Wordings the tuning sets do not use: CI secrets of a GitHub
 * Actions setup, a .env file with a password and a Stripe key, Airflow-like
 * connection strings after a DFD number; against an order database that
 * also lists API keys. */
static void test_keys_listed_store(void **state) {
  (void)state;
  static const struct {
    const char *label;
    bool keys;
  } drawn[] = {
      {"CI secrets (GitHub Actions)", true},
      {".env file: DB password, Stripe live key", true},
      {"D7 | connection strings & variables", true},
      {"orders, customers, API keys, invoices", false},
  };
  for (size_t i = 0; i < sizeof drawn / sizeof drawn[0]; i++) {
    char dot[1024];
    snprintf(dot, sizeof dot,
             "digraph g {\n"
             "  users [shape=ellipse, label=\"Customers\"];\n"
             "  subgraph cluster_s { label=\"Shop\"; trust=2;\n"
             "    app [label=\"web app\"];\n"
             "    s [shape=cylinder, label=\"%s\"]; }\n"
             "  users -> app [label=\"HTTPS\"]; app -> s [label=\"read\"];\n"
             "}\n",
             drawn[i].label);
    tmc_ir *ir = analysed_all(dot);
    const tmc_path *p = chain_path(ir, "users", "s", "steal credentials");
    if (drawn[i].keys != (p != NULL))
      fail_msg("'%s': %s", drawn[i].label,
               p ? "read as a key store" : "not read as a key store");
    tmc_ir_free(ir);
  }
}

/* A person's admin or debug access to the machine a model runs on
 * (admin_link: RDP, a serial console; the tuning set's "service laptop" is
 * neither wording here) is where the model is replaced (TMC-PATH-003,
 * AML.T0018 on that hop), not where it is flooded: it asks nothing. A
 * request over an ordinary flow from the same kind of person still floods. */
static void test_admin_link_tampers(void **state) {
  (void)state;
  static const struct {
    const char *who, *flow;
    bool admin;
  } drawn[] = {
      {"Integrator support engineer", "RDP session", true},
      {"Field engineer", "JTAG / serial console", true},
      {"Line operators", "inspection request", false},
  };
  for (size_t i = 0; i < sizeof drawn / sizeof drawn[0]; i++) {
    char dot[1024];
    snprintf(dot, sizeof dot,
             "digraph g {\n"
             "  tech [shape=ellipse, label=\"%s\"];\n"
             "  subgraph cluster_p { label=\"Plant floor\"; trust=2;\n"
             "    m [label=\"defect detector (YOLOv8 on edge PC)\", type=model];\n"
             "    plc [label=\"line PLC\"]; }\n"
             "  tech -> m [label=\"%s\"]; m -> plc [label=\"reject\"];\n"
             "}\n",
             drawn[i].who, drawn[i].flow);
    tmc_ir *ir = analysed_all(dot);
    const tmc_path *tamper =
        chain_path(ir, "tech", "m", "replace a model on its machine");
    const tmc_path *flood = chain_path(ir, "tech", "m", "deny service to an AI endpoint");
    if (drawn[i].admin) {
      if (!tamper)
        fail_msg("'%s': no tampering over admin access", drawn[i].flow);
      assert_string_equal(tamper->hops[tamper->n_hops - 1].technique, "AML.T0018");
      assert_null(flood);
    } else {
      assert_null(tamper);
      assert_non_null(flood);
    }
    tmc_ir_free(ir);
  }
}

/* Denial of service where no model is (TMC-PATH-021): what an outsider's
 * volume exhausts for everyone, as a second reading of the route another
 * aim takes there (names_last, names_again). Three wordings none of the
 * tuning sets uses: appointment slots held in a Memcached store, a RabbitMQ
 * intake queue, a quote service spending a carrier's rate API. Each pair's
 * first reading stays the other aim's; a staff member's console into the
 * same queue is no flood of outsiders, and a system calling no vendor, with
 * no queue, holds or parser, gets none. */
static void test_flood_non_ai(void **state) {
  (void)state;
  static const struct {
    const char *dot, *entry, *target;
  } drawn[] = {
      {"digraph g {\n"
       "  patients [shape=ellipse, label=\"Patients (web)\"];\n"
       "  subgraph cluster_c { label=\"Clinic cloud\"; trust=2;\n"
       "    book [label=\"booking service\"];\n"
       "    slots [shape=cylinder, label=\"appointment slots (Memcached)\"];\n"
       "    db [shape=cylinder, label=\"patient records\", data=pii]; }\n"
       "  patients -> book [label=\"book slot\"]; book -> slots [label=\"reserve "
       "slot\"];\n"
       "  book -> db [label=\"visit\"];\n"
       "}\n",
       "patients", "slots"},
      {"digraph g {\n"
       "  citizens [shape=box, label=\"Citizens\"];\n"
       "  subgraph cluster_m { label=\"Permits\"; trust=2;\n"
       "    form [label=\"permit form API\"];\n"
       "    q [shape=cylinder, label=\"RabbitMQ intake queue\"];\n"
       "    worker [label=\"permit worker\"]; }\n"
       "  citizens -> form [label=\"application\"]; form -> q [label=\"publish\"];\n"
       "  q -> worker [label=\"consume\"];\n"
       "}\n",
       "citizens", "q"},
      {"digraph g {\n"
       "  shippers [shape=ellipse, label=\"Shipping customers\"];\n"
       "  rates [shape=box, style=dashed, label=\"Carrier rate API (SaaS)\"];\n"
       "  subgraph cluster_s { label=\"Freight portal\"; trust=2;\n"
       "    lb [label=\"load balancer\"]; quote [label=\"quote service\"];\n"
       "    quotes [shape=cylinder, label=\"quotes\", data=pii]; }\n"
       "  shippers -> lb [label=\"quote request\"]; lb -> quote; quote -> rates "
       "[label=\"rate "
       "lookup\"];\n"
       "  quote -> quotes [label=\"save quote\"];\n"
       "}\n",
       "shippers", "quote"},
  };
  for (size_t i = 0; i < sizeof drawn / sizeof drawn[0]; i++) {
    tmc_ir *ir = analysed_shown(drawn[i].dot, 100);
    uint32_t e = el(ir, drawn[i].entry), t = el(ir, drawn[i].target);
    int first = -1, flood = -1;
    for (uint32_t p = 0; p < ir->n_paths; p++) {
      if (ir->paths[p].entry != e || ir->paths[p].asset != t)
        continue;
      bool dos = ir->paths[p].chain && strcmp(ir->paths[p].chain, "deny service") == 0;
      if (first < 0)
        first = (int)p;
      if (dos && flood < 0)
        flood = (int)p;
    }
    if (flood < 0)
      fail_msg("case %zu: no flood of %s at %s", i, drawn[i].entry, drawn[i].target);
    /* A classic flood: CAPEC's, no ATLAS denial of AI service. */
    const tmc_path *fp = &ir->paths[flood];
    assert_non_null(fp->hops[fp->n_hops - 1].technique);
    assert_string_equal(fp->hops[fp->n_hops - 1].technique, "CAPEC-125");
    /* Another aim's reading of a pair it also reaches comes first. */
    if (i < 2)
      assert_true(first != flood);
    tmc_ir_free(ir);
  }
  /* No queue, holds, parser or vendor: nothing to exhaust by this goal. */
  tmc_ir *ir = analysed_shown("digraph g {\n"
                              "  users [shape=box, label=\"Members\"];\n"
                              "  subgraph cluster_s { label=\"Club\"; trust=2;\n"
                              "    web [label=\"members site\"];\n"
                              "    db [shape=cylinder, label=\"members\", data=pii]; }\n"
                              "  users -> web; web -> db;\n"
                              "}\n",
                              100);
  for (uint32_t p = 0; p < ir->n_paths; p++)
    assert_false(ir->paths[p].chain && strcmp(ir->paths[p].chain, "deny service") == 0);
  tmc_ir_free(ir);
}

/* A queue or stream between the callers and the AI endpoint does not stop
 * a flood: every message queued is worked off and billed (scripted tickets
 * through a webhook and an SQS queue burn an LLM's monthly budget; events
 * through a Kafka topic swamp a scoring model). Nor does the folder or
 * bucket uploads wait in: a hot folder on an SMB share an OCR engine polls,
 * an S3 drop bucket a transcription worker reads. */
static void test_flood_through_queue(void **state) {
  (void)state;
  static const char *const drawn[] = {
      "digraph g {\n"
      "  people [shape=box, label=\"Customers\"];\n"
      "  llm [label=\"Claude API\", type=llm];\n"
      "  subgraph cluster_s { label=\"Support cloud\"; trust=2;\n"
      "    intake [label=\"webhook intake\"];\n"
      "    q [label=\"SQS tickets queue\"];\n"
      "    worker [label=\"summarise worker\"];\n"
      "    notes [shape=cylinder, label=\"Ticket notes\"]; }\n"
      "  people -> intake [label=\"new ticket\"]; intake -> q [label=\"enqueue\"];\n"
      "  q -> worker [label=\"poll\"]; worker -> llm [label=\"ticket text\"];\n"
      "  llm -> worker [label=\"summary\"]; worker -> notes;\n"
      "}\n",
      "digraph g {\n"
      "  people [shape=box, label=\"Merchants\"];\n"
      "  subgraph cluster_p { label=\"Risk platform\"; trust=2;\n"
      "    events [label=\"events API\"];\n"
      "    topic [label=\"Kafka payments topic\"];\n"
      "    scoring [label=\"scoring consumer\"];\n"
      "    llm [label=\"fraud model (SageMaker endpoint)\", type=model]; }\n"
      "  people -> events [label=\"payment events\"]; events -> topic;\n"
      "  topic -> scoring [label=\"consume\"]; scoring -> llm [label=\"features\"];\n"
      "  llm -> scoring [label=\"score\"];\n"
      "}\n",
      "digraph g {\n"
      "  people [shape=ellipse, label=\"Policyholders\"];\n"
      "  subgraph cluster_m { label=\"Mailroom\"; trust=2;\n"
      "    portal [label=\"Claims upload portal\"];\n"
      "    hot [shape=folder, label=\"hot folder (SMB share)\"];\n"
      "    llm [label=\"OCR engine\", type=model];\n"
      "    router [label=\"claims router\"]; }\n"
      "  people -> portal [label=\"PDF upload\"]; portal -> hot [label=\"PDF\"];\n"
      "  hot -> llm [label=\"polls every 30 s\"]; llm -> router [label=\"text\"];\n"
      "}\n",
      "digraph g {\n"
      "  people [shape=box, label=\"Podcast hosts\"];\n"
      "  subgraph cluster_t { label=\"Transcripts\"; trust=2;\n"
      "    upload [label=\"upload API\"];\n"
      "    drop [shape=cylinder, label=\"audio drop bucket (S3)\"];\n"
      "    worker [label=\"transcribe worker\"];\n"
      "    llm [label=\"Whisper large-v3\", type=model];\n"
      "    out [shape=cylinder, label=\"Transcripts table\"]; }\n"
      "  people -> upload [label=\"audio file\"]; upload -> drop [label=\"put "
      "object\"];\n"
      "  drop -> worker [label=\"object created\"]; worker -> llm [label=\"audio\"];\n"
      "  llm -> worker [label=\"text\"]; worker -> out;\n"
      "}\n",
  };
  for (size_t i = 0; i < sizeof drawn / sizeof *drawn; i++) {
    tmc_ir *ir = analysed_all(drawn[i]);
    if (!chain_path(ir, "people", "llm", "deny service to an AI endpoint"))
      fail_msg("drawing %zu: no flood of the endpoint", i);
    tmc_ir_free(ir);
  }
}

/* A route two goals name (issue #16: the visitors' questions that hijack
 * the LLM also flood it): the flood goal (names_again) names it once more
 * as a path of its own, whose hops relay a flood (CAPEC-125, broken by rate
 * limits) and end in a denial (AML.T0029); the hijack path keeps its own.
 * Drawn twice: an LLM behind a chat API, and a plain model behind two
 * services that the extraction chain names first. */
static void test_goal_named_again_flood(void **state) {
  (void)state;
  static const char *llm =
      "digraph g {\n"
      "  visitors [shape=box, label=\"Website visitors\"];\n"
      "  subgraph cluster_a { label=\"App VPC\"; trust=2;\n"
      "    chat [label=\"chat-api\"];\n"
      "    gen [label=\"Mistral 7B on our GPU\", type=llm]; }\n"
      "  visitors -> chat; chat -> gen; gen -> chat; chat -> visitors;\n"
      "}\n";
  static const char *model =
      "digraph g {\n"
      "  buyers [shape=box, label=\"Shoppers\"];\n"
      "  subgraph cluster_s { label=\"Storefront\"; trust=2;\n"
      "    edge_gw [label=\"edge gateway\"];\n"
      "    quote [label=\"quote service\"];\n"
      "    price [label=\"price model\", type=model]; }\n"
      "  buyers -> edge_gw; edge_gw -> quote; quote -> price; price -> quote;\n"
      "}\n";
  const char *drawn[] = {llm, model};
  const char *from[] = {"visitors", "buyers"}, *to[] = {"gen", "price"};
  for (size_t i = 0; i < 2; i++) {
    tmc_ir *ir = analysed_all(drawn[i]);
    const tmc_path *p = chain_path(ir, from[i], to[i], "deny service to an AI endpoint");
    assert_non_null(p);
    assert_string_equal(p->hops[p->n_hops - 1].technique, "AML.T0029");
    for (uint32_t h = 1; h + 1 < p->n_hops; h++) {
      assert_string_equal(p->hops[h].technique, "CAPEC-125");
      assert_string_equal(p->hops[h].control, "rate_limiting");
    }
    /* The route's first reading stays. */
    const tmc_path *q = i == 0 ? chain_path(ir, from[i], to[i], "hijack a model") : NULL;
    uint32_t others = 0;
    for (uint32_t j = 0; j < ir->n_paths; j++)
      others += ir->paths[j].entry == el(ir, from[i]) &&
                ir->paths[j].asset == el(ir, to[i]) && &ir->paths[j] != p;
    assert_true(others >= 1);
    if (i == 0)
      assert_non_null(q);
    tmc_ir_free(ir);
  }
  /* No flood through a job that ingests documents on its schedule, nor from
   * a service the system calls (one answer to our call). */
  static const char *batch =
      "digraph g {\n"
      "  writers [shape=box, label=\"Docs writers\"];\n"
      "  search [shape=box, label=\"Web search API (SaaS)\"];\n"
      "  subgraph cluster_a { label=\"Help centre\"; trust=2;\n"
      "    ingest [label=\"nightly ingestion job\", role=ingestion];\n"
      "    bot [label=\"answer service\"];\n"
      "    gen [label=\"Llama 3 on our GPU\", type=llm]; }\n"
      "  writers -> ingest; ingest -> gen; bot -> search; search -> bot;\n"
      "  bot -> gen; gen -> bot;\n"
      "}\n";
  tmc_ir *ir = analysed_all(batch);
  assert_null(chain_path(ir, "writers", "gen", "deny service to an AI endpoint"));
  assert_null(chain_path(ir, "search", "gen", "deny service to an AI endpoint"));
  tmc_ir_free(ir);
}

/* A pair with more routes than it keeps marks only its own paths as having
 * more: the route it names again (names_again) is counted once, not twice,
 * so the paths of the pair kept just before it (the visitors' one hop into
 * the LLM: one route, nothing left out) do not claim more than they show. */
static void test_named_again_more_is_own(void **state) {
  (void)state;
  static const char d[] =
      "digraph g {\n"
      "  visitors [shape=box, label=\"Website visitors\"];\n"
      "  staff [shape=box, label=\"Support staff\"];\n"
      "  subgraph cluster_a { label=\"App VPC\"; trust=2;\n"
      "    s1 [label=\"chat-api\"]; s2 [label=\"search-api\"];\n"
      "    s3 [label=\"ticket-api\"]; s4 [label=\"notes-api\"];\n"
      "    s5 [label=\"macro-api\"];\n"
      "    gen [label=\"Mistral 7B on our GPU\", type=llm]; }\n"
      "  visitors -> gen; gen -> visitors;\n"
      "  staff -> s1 -> gen; staff -> s2 -> gen; staff -> s3 -> gen;\n"
      "  staff -> s4 -> gen; staff -> s5 -> gen;\n"
      "}\n";
  tmc_ir *ir = analysed_all(d);
  uint32_t visitors = 0, staff_more = 0;
  for (uint32_t i = 0; i < ir->n_paths; i++) {
    const tmc_path *p = &ir->paths[i];
    if (p->asset != el(ir, "gen"))
      continue;
    if (p->entry == el(ir, "visitors")) {
      visitors++;
      assert_false(p->more_exist);
    } else if (p->entry == el(ir, "staff"))
      staff_more += p->more_exist;
  }
  assert_true(visitors >= 2); /* the hijack and the flood named again */
  assert_true(staff_more >= 1);
  tmc_ir_free(ir);
}

/* ---- twelfth session (paths15): floods and the hop's technique ------------ */

/* A flood waits in a mailbox or a chat channel as it waits in a queue: each
 * message is worked off and sent to the model in turn (issue #16, blind10's
 * flood of long e-mails through a shared mailbox). The hop into the mailbox
 * relays the flood (CAPEC-125), not an injection, and a hosted LLM's denial
 * is billed (AML.T0034 beside AML.T0029). Three wordings: a Gmail inbox a
 * poller reads, a Teams channel a bot answers, an Outlook shared mailbox. */
static void test_flood_through_mailbox(void **state) {
  (void)state;
  static const char *const drawn[] = {
      "digraph g {\n"
      "  people [shape=box, label=\"Members of the public\"];\n"
      "  llm [label=\"Claude 3.5 Sonnet (Anthropic API)\", type=llm];\n"
      "  subgraph cluster_s { label=\"Helpdesk cloud\"; trust=2;\n"
      "    box [shape=cylinder, label=\"support@ inbox (Gmail)\"];\n"
      "    poll [label=\"mail poller (Apps Script)\"];\n"
      "    bot [label=\"reply drafter\"]; }\n"
      "  people -> box [label=\"e-mail\"]; box -> poll [label=\"new message\"];\n"
      "  poll -> bot [label=\"body\"]; bot -> llm [label=\"prompt\"];\n"
      "  llm -> bot [label=\"draft\"];\n"
      "}\n",
      "digraph g {\n"
      "  people [shape=box, label=\"Partner staff (guest accounts)\"];\n"
      "  subgraph cluster_s { label=\"M365 tenant\"; trust=2;\n"
      "    box [shape=cylinder, label=\"#claims-intake Teams channel\"];\n"
      "    bot [label=\"intake bot (Bot Framework)\"];\n"
      "    llm [label=\"GPT-4o mini (Azure OpenAI)\", type=llm]; }\n"
      "  people -> box [label=\"posts\"]; box -> bot [label=\"message event\"];\n"
      "  bot -> llm [label=\"prompt\"]; llm -> bot [label=\"answer\"];\n"
      "}\n",
      "digraph g {\n"
      "  people [shape=box, label=\"Tenants\"];\n"
      "  llm [label=\"Gemini 1.5 Flash (Vertex AI)\", type=llm];\n"
      "  subgraph cluster_s { label=\"Lettings office\"; trust=2;\n"
      "    box [shape=cylinder, label=\"repairs shared mailbox (Outlook)\"];\n"
      "    flow [label=\"Power Automate flow\"];\n"
      "    triage [label=\"repair triage service\"]; }\n"
      "  people -> box [label=\"repair request mail\"]; box -> flow [label=\"when a new "
      "email arrives\"];\n"
      "  flow -> triage; triage -> llm [label=\"mail text\"]; llm -> triage;\n"
      "}\n",
  };
  for (size_t i = 0; i < sizeof drawn / sizeof *drawn; i++) {
    tmc_ir *ir = analysed_all(drawn[i]);
    const tmc_path *p = chain_path(ir, "people", "llm", "deny service to an AI endpoint");
    if (!p)
      fail_msg("drawing %zu: no flood of the endpoint through the mailbox", i);
    assert_int_equal(p->hops[1].element, el(ir, "box"));
    assert_string_equal(p->hops[1].technique, "CAPEC-125");
    const tmc_hop *last = &p->hops[p->n_hops - 1];
    assert_string_equal(last->technique, "AML.T0029");
    assert_non_null(last->also[0].technique);
    assert_string_equal(last->also[0].technique, "AML.T0034");
    tmc_ir_free(ir);
  }
}

/* Code that hands the text on to the model's caller and gets the model's
 * answer back (a workflow, an orchestrator: model_output, the LLM
 * downstream) stands for the model's round trip, which a loopless path
 * cannot draw: the injection reaches the model there (AML.T0051.001). What
 * it then writes with nobody deciding each case (changes_decisions: an
 * invoice auto-posted, a report approved automatically, a ticket
 * auto-closed) is the model's decision acted on: act through an agent,
 * Financial Harm where the store keeps invoices or expenses, External Harms
 * elsewhere (issue #16; blind10's claim auto-accepted with the payee the
 * model extracted). Three wordings, none a claim. */
static void test_model_answer_acted_on(void **state) {
  (void)state;
  static const char *const drawn[] = {
      "digraph g {\n"
      "  sup [shape=box, label=\"Suppliers\"];\n"
      "  llm [label=\"Claude 3 Haiku (Bedrock)\", type=llm];\n"
      "  subgraph cluster_f { label=\"Finance AWS account\"; trust=2;\n"
      "    box [shape=cylinder, label=\"ap@ invoices mailbox\"];\n"
      "    wf [label=\"invoice workflow (Temporal)\"];\n"
      "    ext [label=\"invoice field extractor\"];\n"
      "    led [shape=cylinder, label=\"AP ledger (Postgres)\"]; }\n"
      "  sup -> box [label=\"PDF invoice\"]; box -> wf [label=\"new mail\"];\n"
      "  wf -> ext [label=\"invoice text\"]; ext -> llm [label=\"extraction prompt\"];\n"
      "  llm -> ext [label=\"JSON: IBAN, amount\"]; ext -> wf [label=\"fields\"];\n"
      "  wf -> led [label=\"post invoice (auto-post)\"];\n"
      "}\n",
      "digraph g {\n"
      "  emp [shape=box, label=\"Employees\"];\n"
      "  subgraph cluster_x { label=\"Expenses\"; trust=2;\n"
      "    up [label=\"receipt upload API\"];\n"
      "    bucket [shape=cylinder, label=\"receipts bucket (S3)\"];\n"
      "    dag [label=\"expense workflow (Step Functions)\"];\n"
      "    reader [label=\"receipt reader service\"];\n"
      "    gem [label=\"Gemini 1.5 Flash\", type=llm];\n"
      "    exp [shape=cylinder, label=\"expense reports table\"]; }\n"
      "  emp -> up [label=\"photo of receipt\"]; up -> bucket; bucket -> dag;\n"
      "  dag -> reader [label=\"receipt image\"]; reader -> gem [label=\"prompt + "
      "image\"];\n"
      "  gem -> reader [label=\"merchant, total\"]; reader -> dag [label=\"line "
      "items\"];\n"
      "  dag -> exp [label=\"report approved automatically under 50 EUR\"];\n"
      "}\n",
      "digraph g {\n"
      "  cust [shape=box, label=\"Forum posters\"];\n"
      "  llm [label=\"Mistral Large (La Plateforme)\", type=llm];\n"
      "  subgraph cluster_s { label=\"Support\"; trust=2;\n"
      "    tix [shape=cylinder, label=\"ticket queue table\"];\n"
      "    orch [label=\"triage orchestrator (n8n)\"];\n"
      "    cls [label=\"ticket classifier prompt service\"];\n"
      "    desk [shape=cylinder, label=\"helpdesk tickets (Zammad DB)\"]; }\n"
      "  cust -> tix [label=\"new thread\"]; tix -> orch [label=\"unread\"];\n"
      "  orch -> cls [label=\"thread text\"]; cls -> llm [label=\"prompt\"]; llm -> cls "
      "[label=\"category\"];\n"
      "  cls -> orch [label=\"category, priority\"];\n"
      "  orch -> desk [label=\"close as duplicate (auto-close)\"];\n"
      "}\n",
  };
  static const char *const ends[][3] = {
      {"sup", "wf", "led"}, {"emp", "dag", "exp"}, {"cust", "orch", "desk"}};
  static const char *const harm[] = {"AML.T0048.000", "AML.T0048.000", "AML.T0048"};
  for (size_t i = 0; i < sizeof drawn / sizeof *drawn; i++) {
    tmc_ir *ir = analysed_all(drawn[i]);
    const tmc_path *p = chain_path(ir, ends[i][0], ends[i][2], "act through an agent");
    if (!p)
      fail_msg("drawing %zu: the model's answer acted on is no act through an agent", i);
    bool injected = false;
    for (uint32_t h = 1; h < p->n_hops; h++)
      injected |= p->hops[h].element == el(ir, ends[i][1]) && p->hops[h].technique &&
                  strcmp(p->hops[h].technique, "AML.T0051.001") == 0;
    if (!injected)
      fail_msg("drawing %zu: no injection at the model's round trip (%s)", i, ends[i][1]);
    assert_string_equal(p->hops[p->n_hops - 1].technique, harm[i]);
    tmc_ir_free(ir);
  }
}

/* An organisation that delivers data over a feed, a file drop, a webhook
 * or an import (publishes), whose data is trained on, starts the data
 * supply chain (AML.T0010.002) as a named supplier does: the attacker is
 * whoever compromises that delivery (blind10's studios' metadata feed).
 * Three wordings, none naming a supplier or a partner. */
static void test_feed_supplier_data_supply_chain(void **state) {
  (void)state;
  static const char *const drawn[] = {
      "digraph g {\n"
      "  feed [shape=box, label=\"Merchants (nightly product feed, SFTP)\"];\n"
      "  subgraph cluster_p { label=\"Search platform\"; trust=2;\n"
      "    cat [shape=cylinder, label=\"product catalogue\"];\n"
      "    ts [shape=cylinder, label=\"ranking training set\"];\n"
      "    job [label=\"weekly training job\"];\n"
      "    rank [label=\"search ranker\", type=model]; }\n"
      "  feed -> cat [label=\"products.xml\"]; cat -> ts [label=\"item features\"];\n"
      "  ts -> job; job -> rank [label=\"new weights\"];\n"
      "}\n",
      "digraph g {\n"
      "  brk [shape=box, label=\"Credit bureau webhook\"];\n"
      "  subgraph cluster_r { label=\"Risk\"; trust=2;\n"
      "    ing [label=\"bureau listener\"];\n"
      "    feat [shape=cylinder, label=\"applicant features (Parquet)\"];\n"
      "    tr [label=\"monthly retrain (SageMaker)\", role=trainer];\n"
      "    pd [label=\"PD model\", type=model]; }\n"
      "  brk -> ing [label=\"score updates\"]; ing -> feat; feat -> tr; tr -> pd;\n"
      "}\n",
      "digraph g {\n"
      "  edi [shape=box, label=\"Carriers (EDI import)\"];\n"
      "  subgraph cluster_l { label=\"Logistics\"; trust=2;\n"
      "    ship [shape=cylinder, label=\"shipment events table\"];\n"
      "    pipe [label=\"ETA model training pipeline\", type=pipeline];\n"
      "    eta [label=\"ETA predictor\", type=model]; }\n"
      "  edi -> ship [label=\"214 status messages\"]; ship -> pipe; pipe -> eta;\n"
      "}\n",
  };
  static const char *const ends[][2] = {{"feed", "rank"}, {"brk", "pd"}, {"edi", "eta"}};
  for (size_t i = 0; i < sizeof drawn / sizeof *drawn; i++) {
    tmc_ir *ir = analysed_all(drawn[i]);
    const tmc_path *p = chain_path(ir, ends[i][0], ends[i][1], "tamper with a model");
    if (!p)
      fail_msg("drawing %zu: no poisoning from the feed to the model", i);
    if (!p->hops[0].technique || strcmp(p->hops[0].technique, "AML.T0010.002") != 0)
      fail_msg("drawing %zu: the feed starts no data supply chain (%s)", i,
               p->hops[0].technique ? p->hops[0].technique : "none");
    tmc_ir_free(ir);
  }
}

/* Booked appointments are held for someone as seats are: a store of them,
 * named in the language the diagram is drawn in, is where a flood of
 * bookings or forged cancellations empties the calendar (TMC-PATH-021; blind10's
 * Dutch "D1 Afspraken" that forged SMS replies cancel). Three wordings: a
 * German practice calendar, a Spanish citas table, an English appointment
 * book fed by an SMS webhook. */
static void test_flood_booked_appointments(void **state) {
  (void)state;
  static const char *const drawn[] = {
      "digraph g {\n"
      "  pat [shape=box, label=\"Patienten\"];\n"
      "  subgraph cluster_p { label=\"Praxis-Cloud\"; trust=2;\n"
      "    web [label=\"Online-Buchung\"];\n"
      "    store [shape=cylinder, label=\"Termine (Praxiskalender)\"]; }\n"
      "  pat -> web [label=\"Termin buchen\"]; web -> store;\n"
      "}\n",
      "digraph g {\n"
      "  pat [shape=box, label=\"Clientes\"];\n"
      "  subgraph cluster_p { label=\"Taller\"; trust=2;\n"
      "    web [label=\"portal de reservas\"];\n"
      "    store [shape=cylinder, label=\"citas (MySQL)\"]; }\n"
      "  pat -> web [label=\"pedir cita\"]; web -> store;\n"
      "}\n",
      "digraph g {\n"
      "  pat [shape=box, label=\"SMS provider\"];\n"
      "  subgraph cluster_p { label=\"Dental group\"; trust=2;\n"
      "    web [label=\"inbound SMS webhook\"];\n"
      "    store [shape=cylinder, label=\"appointment book\"]; }\n"
      "  pat -> web [label=\"reply C to cancel\"]; web -> store;\n"
      "}\n",
  };
  for (size_t i = 0; i < sizeof drawn / sizeof *drawn; i++) {
    tmc_ir *ir = analysed_shown(drawn[i], 100);
    if (!chain_path(ir, "pat", "store", "deny service"))
      fail_msg("drawing %zu: no flood of the booked appointments", i);
    tmc_ir_free(ir);
  }
}

/* A flood of crafted inputs at a model that judges what outsiders send is
 * chaff (AML.T0046 beside the denial): its detections swamp the reviewers,
 * and a scorer past its time budget lets the rest through (blind12's card
 * testing at scale). Three detectors worded differently; a price model
 * flooded the same way is denied, not spammed. */
static void test_flood_detector_chaff(void **state) {
  (void)state;
  static const char *const names[] = {"spam filter (fastText)", "malware classifier",
                                      "bot detection model", "price model"};
  for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
    char dot[1024];
    snprintf(dot, sizeof dot,
             "digraph g {\n"
             "  senders [shape=box, label=\"Anyone on the internet\"];\n"
             "  subgraph cluster_a { label=\"Edge\"; trust=2;\n"
             "    api [label=\"intake API\"];\n"
             "    det [label=\"%s\", type=model];\n"
             "    desk [label=\"review desk\"]; }\n"
             "  analysts [shape=box, label=\"Analysts\"];\n"
             "  senders -> api; api -> det; det -> api; det -> desk [label=\"alerts\"];\n"
             "  analysts -> desk;\n"
             "}\n",
             names[i]);
    tmc_ir *ir = analysed_shown(dot, 100);
    const tmc_path *p =
        chain_path(ir, "senders", "det", "deny service to an AI endpoint");
    if (!p)
      fail_msg("%s: no flood of the model", names[i]);
    const tmc_hop *last = &p->hops[p->n_hops - 1];
    assert_string_equal(last->technique, "AML.T0029");
    bool chaff =
        last->also[0].technique && strcmp(last->also[0].technique, "AML.T0046") == 0;
    if (chaff != (i < 3))
      fail_msg("%s: chaff %d", names[i], chaff);
    tmc_ir_free(ir);
  }
}

/* The bill run up through what a model writes (TMC-PATH-023): a question
 * that makes the model write an unbounded scan, repeated, spends a
 * warehouse's quota (AML.T0034, and the assistant denied: AML.T0029); the
 * log table the questions are appended to is no scan, and a warehouse no
 * model writes queries for is the classic goals' (blind10's text-to-SQL on
 * BigQuery). Three warehouses: Snowflake, Athena, Redshift Serverless. */
static void test_model_written_query_bill(void **state) {
  (void)state;
  static const char *const warehouse[] = {"Snowflake warehouse (sales, HR)",
                                          "Athena over the S3 data lake",
                                          "Redshift Serverless (finance)"};
  for (size_t i = 0; i < sizeof warehouse / sizeof *warehouse; i++) {
    char dot[1200];
    snprintf(dot, sizeof dot,
             "digraph g {\n"
             "  staff [shape=box, label=\"Store managers\"];\n"
             "  llm [label=\"GPT-4.1 (OpenAI API)\", type=llm];\n"
             "  subgraph cluster_a { label=\"Analytics\"; trust=2;\n"
             "    bot [label=\"text-to-SQL service\"];\n"
             "    wh [shape=cylinder, label=\"%s\", tech=data_warehouse];\n"
             "    log [shape=cylinder, label=\"question log table\", "
             "tech=data_warehouse]; }\n"
             "  staff -> bot [label=\"question\"]; bot -> llm [label=\"schema + "
             "question\"];\n"
             "  llm -> bot [label=\"SQL\"]; bot -> wh [label=\"run SQL\"]; wh -> bot "
             "[label=\"rows\"];\n"
             "  bot -> log [label=\"question, SQL\"]; bot -> staff [label=\"table\"];\n"
             "}\n",
             warehouse[i]);
    tmc_ir *ir = analysed_shown(dot, 100);
    const tmc_path *p = chain_path(ir, "staff", "wh", "run up the bill through a model");
    if (!p)
      fail_msg("%s: no bill run up through the model's queries", warehouse[i]);
    const tmc_hop *last = &p->hops[p->n_hops - 1];
    assert_string_equal(last->technique, "AML.T0034");
    assert_non_null(last->also[0].technique);
    assert_string_equal(last->also[0].technique, "AML.T0029");
    assert_null(chain_path(ir, "staff", "log", "run up the bill through a model"));
    tmc_ir_free(ir);
  }
  /* review15: the goal reads billed_per_use, the fact TMC-LLM-020 reads
   * too: a store only its name says is billed per query (no warehouse
   * technology drawn) is one; a warehouse in the company's own data
   * centre bills nobody per scan. */
  static const char *const metered[][2] = {{"Amazon Athena query results", "1"},
                                           {"pay-per-query lakehouse tables", "1"},
                                           {"Teradata warehouse (on-premises)", "0"}};
  for (size_t i = 0; i < sizeof metered / sizeof *metered; i++) {
    char dot[1200];
    snprintf(dot, sizeof dot,
             "digraph g {\n"
             "  staff [shape=box, label=\"Store managers\"];\n"
             "  llm [label=\"GPT-4.1 (OpenAI API)\", type=llm];\n"
             "  subgraph cluster_a { label=\"Analytics\"; trust=2;\n"
             "    bot [label=\"text-to-SQL service\"];\n"
             "    wh [shape=cylinder, label=\"%s\"%s]; }\n"
             "  staff -> bot [label=\"question\"]; bot -> llm [label=\"schema + "
             "question\"];\n"
             "  llm -> bot [label=\"SQL\"]; bot -> wh [label=\"run SQL\"]; wh -> bot "
             "[label=\"rows\"];\n"
             "  bot -> staff [label=\"table\"];\n"
             "}\n",
             metered[i][0], metered[i][1][0] == '1' ? "" : ", tech=data_warehouse");
    tmc_ir *ir = analysed_shown(dot, 100);
    bool bill = chain_path(ir, "staff", "wh", "run up the bill through a model") != NULL;
    if (bill != (metered[i][1][0] == '1'))
      fail_msg("%s: bill run up %d", metered[i][0], bill);
    tmc_ir_free(ir);
  }
  /* No model writes the reports' queries: no such goal. */
  tmc_ir *ir =
      analysed_shown("digraph g {\n"
                     "  staff [shape=box, label=\"Store managers\"];\n"
                     "  subgraph cluster_a { label=\"Analytics\"; trust=2;\n"
                     "    bi [label=\"reporting service\"];\n"
                     "    wh [shape=cylinder, label=\"Snowflake warehouse\", "
                     "tech=data_warehouse]; }\n"
                     "  staff -> bi; bi -> wh [label=\"run report\"]; wh -> bi;\n"
                     "}\n",
                     100);
  for (uint32_t i = 0; i < ir->n_paths; i++)
    if (ir->paths[i].chain &&
        strcmp(ir->paths[i].chain, "run up the bill through a model") == 0)
      fail_msg("path %u: a bill run up through a model where none is drawn", i + 1);
  tmc_ir_free(ir);
}

/* An outsider that signs in with a key or account of its own (a scanning
 * bureau's SSH key, a partner's API token) starts paths of its own, not the
 * tail of the paths of whoever sends to it: whoever steals that account
 * uploads what the upstream sender cannot (blind10's compromised bureau
 * account flooding the extraction with huge PDFs). Shown among ten where
 * every slot is contested; the same bureau without a key stays a tail. */
static void test_own_account_no_tail(void **state) {
  (void)state;
  static const char *const label[] = {"PDF batches (SSH key)", "claim files (API token)",
                                      "PDF batches"};
  for (size_t i = 0; i < sizeof label / sizeof *label; i++) {
    tmc_buf b = TMC_BUF_INIT;
    tmc_buf_printf(&b,
                   "digraph g {\n"
                   "  cl [shape=box, label=\"Policyholders\"];\n"
                   "  bur [shape=box, label=\"Scanning bureau\"];\n"
                   "  subgraph cluster_a { label=\"Claims cloud\"; trust=2;\n"
                   "    sftp [label=\"SFTP endpoint\"];\n"
                   "    inbox [shape=cylinder, label=\"scans bucket (S3)\"];\n"
                   "    wk [label=\"extract worker\"];\n"
                   "    db [shape=cylinder, label=\"claims DB\", data=pii];\n"
                   "    web [label=\"claims portal\"];\n"
                   "    docs [shape=cylinder, label=\"policy documents\", data=pii];\n"
                   "    acct [shape=cylinder, label=\"accounts\", data=pii];\n"
                   "    s0 [shape=cylinder, label=\"ledger 0\", data=pii];\n"
                   "    s1 [shape=cylinder, label=\"ledger 1\", data=pii];\n"
                   "    s2 [shape=cylinder, label=\"ledger 2\", data=pii];\n"
                   "    s3 [shape=cylinder, label=\"ledger 3\", data=pii];\n"
                   "    s4 [shape=cylinder, label=\"ledger 4\", data=pii];\n"
                   "    s5 [shape=cylinder, label=\"ledger 5\", data=pii];\n"
                   "  }\n"
                   "  cl -> bur [label=\"paper letters\"];\n"
                   "  bur -> sftp [label=\"%s\"];\n"
                   "  sftp -> inbox; inbox -> wk; wk -> db;\n"
                   "  cl -> web;\n"
                   "  web -> s0;\n"
                   "  web -> s1;\n"
                   "  web -> s2;\n"
                   "  web -> s3;\n"
                   "  web -> s4;\n"
                   "  web -> s5;\n"
                   " web -> docs; web -> acct; web -> db;\n"
                   "}\n",
                   label[i]);
    tmc_ir *ir = analysed_shown(b.data, 10);
    tmc_buf_free(&b);
    bool shown = false;
    for (uint32_t p = 0; p < ir->n_paths; p++)
      shown |= ir->paths[p].entry == el(ir, "bur") && ir->paths[p].asset == el(ir, "db");
    if (shown != (i < 2))
      fail_msg("'%s': the bureau's own path %s", label[i], shown ? "shown" : "not shown");
    tmc_ir_free(ir);
  }
}

/* The keys a hijacked agent that calls tools reads leave the way its data
 * does: by a tool it invokes (AML.T0086 beside AML.T0055; blind9's patchbot
 * posting the environment as an issue comment). The agent's tool that only
 * reads what it is pointed at (a fetch, a tracker reader) and hands it to
 * the agent runs no attacker's code (no AML.T0050). Two wordings. */
static void test_agent_keys_leave_by_tool(void **state) {
  (void)state;
  static const char *const drawn[] = {
      "digraph g {\n"
      "  web [shape=box, label=\"Public web pages\"];\n"
      "  llm [label=\"Claude API\", type=llm];\n"
      "  subgraph cluster_c { label=\"Corporate\"; trust=2;\n"
      "    agent [label=\"Research agent\", role=agent];\n"
      "    browse [label=\"fetch_url\", type=agent_tool];\n"
      "    mail [label=\"send_email\", type=agent_tool];\n"
      "    keys [shape=cylinder, label=\"API keys file (.env)\", data=credentials]; }\n"
      "  agent -> browse; browse -> web; web -> browse; browse -> agent;\n"
      "  agent -> llm; llm -> agent; agent -> mail; mail -> agent;\n"
      "  keys -> agent [label=\"reads\"];\n"
      "}\n",
      "digraph g {\n"
      "  issues [shape=box, label=\"Issue authors (public repo)\"];\n"
      "  llm [label=\"GPT-4o\", type=llm];\n"
      "  subgraph cluster_c { label=\"CI runner\"; trust=2;\n"
      "    tracker [shape=cylinder, label=\"issue tracker\"];\n"
      "    agent [label=\"coding agent loop\", role=agent];\n"
      "    read [label=\"read_issue\", type=agent_tool];\n"
      "    post [label=\"post_comment\", type=agent_tool];\n"
      "    keys [shape=cylinder, label=\"~/.netrc (deploy token)\", data=credentials]; "
      "}\n"
      "  issues -> tracker; tracker -> read; read -> agent; agent -> read;\n"
      "  agent -> llm; llm -> agent; agent -> post; post -> tracker;\n"
      "  keys -> agent [label=\"loaded at start\"];\n"
      "}\n",
  };
  static const char *const ends[][3] = {{"web", "browse", "keys"},
                                        {"issues", "read", "keys"}};
  for (size_t i = 0; i < sizeof drawn / sizeof *drawn; i++) {
    tmc_ir *ir = analysed_all(drawn[i]);
    const tmc_path *p = chain_path(ir, ends[i][0], ends[i][2], "steal credentials");
    if (!p)
      fail_msg("drawing %zu: no credential theft", i);
    const tmc_hop *last = &p->hops[p->n_hops - 1];
    assert_string_equal(last->technique, "AML.T0055");
    assert_non_null(last->also[0].technique);
    assert_string_equal(last->also[0].technique, "AML.T0086");
    for (uint32_t h = 1; h < p->n_hops; h++)
      if (p->hops[h].element == el(ir, ends[i][1]) && p->hops[h].technique &&
          strcmp(p->hops[h].technique, "AML.T0050") == 0)
        fail_msg("drawing %zu: the reading tool %s runs code", i, ends[i][1]);
    tmc_ir_free(ir);
  }
}

/* A public model hub anyone can publish to is where the attacker publishes
 * the poisoned model the system takes (AML.T0058 beside AML.T0010.003 at the
 * entry, blind9/blind12's Hugging Face bases), named as a hub even when drawn
 * as a plain outsider; a model vendor's own portal is compromised, not
 * published to. Three hubs worded differently (none Hugging Face), one
 * vendor registry. */
static void test_public_hub_publishes_poison(void **state) {
  (void)state;
  static const char *const names[] = {"TensorFlow Hub (pretrained encoder)",
                                      "Civitai (base checkpoint)", "ModelScope model zoo",
                                      "Acme Vision model registry (licensed weights)"};
  for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
    char dot[800];
    snprintf(dot, sizeof dot,
             "digraph g {\n"
             "  hub [shape=box, label=\"%s\"];\n"
             "  subgraph cluster_m { label=\"ML\"; trust=2;\n"
             "    ft [label=\"fine-tune job\", type=pipeline];\n"
             "    reg [label=\"model registry\", type=model_registry];\n"
             "    srv [label=\"classifier\", type=model]; }\n"
             "  hub -> ft [label=\"download weights\"]; ft -> reg; reg -> srv;\n"
             "}\n",
             names[i]);
    tmc_ir *ir = analysed_all(dot);
    const tmc_path *p =
        chain_path(ir, "hub", "srv", "backdoored model reaching production");
    if (!p)
      fail_msg("%s: no backdoored model reaching production", names[i]);
    if (!p->hops[0].technique || strcmp(p->hops[0].technique, "AML.T0010.003") != 0)
      fail_msg("%s: the source's own step is %s", names[i],
               p->hops[0].technique ? p->hops[0].technique : "none");
    bool published = p->hops[0].also[0].technique &&
                     strcmp(p->hops[0].also[0].technique, "AML.T0058") == 0;
    if (published != (i < 3))
      fail_msg("%s: published %d", names[i], published);
    tmc_ir_free(ir);
  }
}

/* What an outsider sends in that a later hop poisons training data with is
 * crafted to plant a trigger (AML.T0043.004 beside the way in), on a path
 * that tampers with a model only: the same way in on the way to querying
 * the model names no trigger (blind9/blind4 poisoning chains). Three
 * wordings of who sends and what is kept. */
static void test_poison_way_in_plants_trigger(void **state) {
  (void)state;
  static const char *const w[][3] = {
      {"Reviewers", "product reviews table", "review scores"},
      {"App users", "thumbs feedback log", "feedback"},
      {"Citizen reporters", "incident reports (Postgres)", "report"}};
  for (size_t i = 0; i < sizeof w / sizeof *w; i++) {
    char dot[1000];
    snprintf(dot, sizeof dot,
             "digraph g {\n"
             "  ppl [shape=box, label=\"%s\"];\n"
             "  subgraph cluster_s { label=\"Platform\"; trust=2;\n"
             "    api [label=\"public API\"];\n"
             "    st [shape=cylinder, label=\"%s\"];\n"
             "    tr [label=\"nightly retrain job\", type=pipeline];\n"
             "    m [label=\"ranking model\", type=model]; }\n"
             "  ppl -> api [label=\"%s\"]; api -> st; st -> tr; tr -> m; api -> m; m -> "
             "api;\n"
             "}\n",
             w[i][0], w[i][1], w[i][2]);
    tmc_ir *ir = analysed_shown(dot, 100);
    const tmc_path *p = chain_path(ir, "ppl", "m", "tamper with a model");
    if (!p)
      fail_msg("%s: no poisoning path", w[i][0]);
    assert_non_null(p->hops[1].also[0].technique);
    assert_string_equal(p->hops[1].also[0].technique, "AML.T0043.004");
    const tmc_path *q = chain_path(ir, "ppl", "m", "model extraction and inversion");
    bool trigger = false;
    for (uint32_t k = 0; q && k < TMC_HOP_ALSO; k++)
      trigger |= q->hops[1].also[k].technique &&
                 strcmp(q->hops[1].also[k].technique, "AML.T0043.004") == 0;
    if (trigger)
      fail_msg("%s: a trigger planted on the way to a query", w[i][0]);
    tmc_ir_free(ir);
  }
}

/* Code that sends what outsiders send to a model (not an LLM) and acts on
 * the verdict it gets back stands for the model's round trip: input crafted
 * to pass the model gets through there (AML.T0015; blind5's face
 * verification, blind3's scorers). Three wordings. */
static void test_verdict_round_trip_evaded(void **state) {
  (void)state;
  static const char *const w[][5] = {
      {"Applicants", "onboarding API", "face verification service", "liveness model",
       "verified accounts"},
      {"Claimants", "claims portal", "claims service", "fraud scorer", "payouts table"},
      {"Borrowers", "loan app backend", "underwriting service", "credit risk model",
       "approved loans"}};
  for (size_t i = 0; i < sizeof w / sizeof *w; i++) {
    char dot[1000];
    snprintf(dot, sizeof dot,
             "digraph g {\n"
             "  ppl [shape=box, label=\"%s\"];\n"
             "  subgraph cluster_s { label=\"Bank\"; trust=2;\n"
             "    api [label=\"%s\"];\n"
             "    svc [label=\"%s\"];\n"
             "    mdl [label=\"%s\", type=model];\n"
             "    st [shape=cylinder, label=\"%s\", data=pii]; }\n"
             "  ppl -> api; api -> svc; svc -> mdl; mdl -> svc [label=\"score\"]; svc -> "
             "st;\n"
             "}\n",
             w[i][0], w[i][1], w[i][2], w[i][3], w[i][4]);
    tmc_ir *ir = analysed_all(dot);
    bool evaded = false;
    for (uint32_t p = 0; p < ir->n_paths; p++) {
      const tmc_path *x = &ir->paths[p];
      if (x->entry != el(ir, "ppl") || x->asset != el(ir, "st"))
        continue;
      for (uint32_t h = 1; h < x->n_hops; h++)
        evaded |= x->hops[h].element == el(ir, "svc") && x->hops[h].technique &&
                  strcmp(x->hops[h].technique, "AML.T0015") == 0;
    }
    if (!evaded)
      fail_msg("%s: the verdict's round trip is not evaded", w[i][2]);
    tmc_ir_free(ir);
  }
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_rag_facts),
      cmocka_unit_test(test_rag_paths),
      cmocka_unit_test(test_example_rag),
      cmocka_unit_test(test_entry_asset_rules),
      cmocka_unit_test(test_cycles_selfloops_disconnected),
      cmocka_unit_test(test_reverse_and_bidirectional),
      cmocka_unit_test(test_ranking_k_more_exist),
      cmocka_unit_test(test_findings_weigh_hops),
      cmocka_unit_test(test_repudiation_weighs_no_hop),
      cmocka_unit_test(test_cut_set),
      cmocka_unit_test(test_cut_set_cap),
      cmocka_unit_test(test_backdoor_and_extraction),
      cmocka_unit_test(test_pair_keeps_each_aim),
      cmocka_unit_test(test_no_tampering_of_a_vendor_source),
      cmocka_unit_test(test_goal_ids_follow_path),
      cmocka_unit_test(test_vendor_response_starts),
      cmocka_unit_test(test_insider_scores),
      cmocka_unit_test(test_outsiders_as_hops),
      cmocka_unit_test(test_outsiders_as_hops_variant),
      cmocka_unit_test(test_client_app_is_no_relay),
      cmocka_unit_test(test_critical_share),
      cmocka_unit_test(test_goal_act_through_agent),
      cmocka_unit_test(test_goal_act_through_agent_variant),
      cmocka_unit_test(test_goal_steal_credentials),
      cmocka_unit_test(test_own_tool_is_no_target),
      cmocka_unit_test(test_chain_as_severe_as_its_finding),
      cmocka_unit_test(test_dense),
      cmocka_unit_test(test_large),
      cmocka_unit_test(test_determinism),
      cmocka_unit_test(test_no_entries_no_assets),
      cmocka_unit_test(test_package_alias),
      cmocka_unit_test(test_pairs_beyond_shown),
      cmocka_unit_test(test_goal_aims),
      cmocka_unit_test(test_gathered_or_typed),
      cmocka_unit_test(test_on_device_and_llm08),
      cmocka_unit_test(test_ingestion_is_no_query),
      cmocka_unit_test(test_path_plan),
      cmocka_unit_test(test_cut_by_technique),
      cmocka_unit_test(test_paths_on_drawn_sets),
      cmocka_unit_test(test_chain_sources),
      cmocka_unit_test(test_chain_steps_by_role),
      cmocka_unit_test(test_public_way_in_is_no_cut),
      cmocka_unit_test(test_chain_model_lands),
      cmocka_unit_test(test_chain_agent_reaches),
      cmocka_unit_test(test_chain_sources_without_ai),
      cmocka_unit_test(test_chain_tool_supply),
      cmocka_unit_test(test_chain_jobs_and_checkpoints),
      cmocka_unit_test(test_goal_job_credentials),
      cmocka_unit_test(test_goal_server_functions),
      cmocka_unit_test(test_goal_plugin_steers_plugin),
      cmocka_unit_test(test_goal_agent_pushes_to_repository),
      cmocka_unit_test(test_goal_build_reaches_serving),
      cmocka_unit_test(test_goal_model_decision_acts),
      cmocka_unit_test(test_goal_rendered_output_leak),
      cmocka_unit_test(test_shown_targets_before_pairs),
      cmocka_unit_test(test_goal_best_no_pair_second),
      cmocka_unit_test(test_chain_financial_harm),
      cmocka_unit_test(test_federated_participant_starts),
      cmocka_unit_test(test_pipeline_participant_is_a_tail),
      cmocka_unit_test(test_relayed_entries_shown_last),
      cmocka_unit_test(test_vendor_starts_shown_after_entries),
      cmocka_unit_test(test_goal_package_installed),
      cmocka_unit_test(test_goal_agent_change_pushed),
      cmocka_unit_test(test_chain_second_techniques),
      cmocka_unit_test(test_chain_rendered_leak),
      cmocka_unit_test(test_chain_asker_leak),
      cmocka_unit_test(test_planted_text_is_indirect),
      cmocka_unit_test(test_chain_package_index_by_name),
      cmocka_unit_test(test_goal_stored_injection_tool),
      cmocka_unit_test(test_source_outside_zones_starts),
      cmocka_unit_test(test_goal_met_at_target),
      cmocka_unit_test(test_sensor_starts_physical),
      cmocka_unit_test(test_named_source_shown),
      cmocka_unit_test(test_goal_extractor_feeds_payables),
      cmocka_unit_test(test_goal_secrets_sink_is_theft),
      cmocka_unit_test(test_chain_rag_only_with_retrieval),
      cmocka_unit_test(test_training_set_hop_is_poisoning),
      cmocka_unit_test(test_goal_federated_flood),
      cmocka_unit_test(test_goal_met_further_on),
      cmocka_unit_test(test_shown_model_served_first),
      cmocka_unit_test(test_stored_injection_not_through_weights),
      cmocka_unit_test(test_hub_weights_loaded_as_is),
      cmocka_unit_test(test_vendor_update_replaces_model),
      cmocka_unit_test(test_chain_tool_reads_planted),
      cmocka_unit_test(test_chain_checkout_tool_pays),
      cmocka_unit_test(test_chain_flood_billed),
      cmocka_unit_test(test_flood_through_queue),
      cmocka_unit_test(test_flood_non_ai),
      cmocka_unit_test(test_keys_listed_store),
      cmocka_unit_test(test_admin_link_tampers),
      cmocka_unit_test(test_goal_named_again_flood),
      cmocka_unit_test(test_named_again_more_is_own),
      cmocka_unit_test(test_flood_through_mailbox),
      cmocka_unit_test(test_model_answer_acted_on),
      cmocka_unit_test(test_feed_supplier_data_supply_chain),
      cmocka_unit_test(test_flood_booked_appointments),
      cmocka_unit_test(test_flood_detector_chaff),
      cmocka_unit_test(test_model_written_query_bill),
      cmocka_unit_test(test_own_account_no_tail),
      cmocka_unit_test(test_agent_keys_leave_by_tool),
      cmocka_unit_test(test_public_hub_publishes_poison),
      cmocka_unit_test(test_poison_way_in_plants_trigger),
      cmocka_unit_test(test_verdict_round_trip_evaded),
  };
  return cmocka_run_group_tests(tests, load_catalog, free_catalog);
}
