/* test_cond.c - the condition language: parse errors with their column,
 * evaluation over element and flow facts, and evidence in words. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "cli/driver.h"
#include "engine_helpers.h"

static tmc_arena *arena;

static int parse(tmc_cond **out, const char *text, unsigned targets) {
  reset_diags();
  return tmc_cond_parse(out, text, targets, NULL, arena, (tmc_loc){"c.yaml", 3, 11},
                        &diags);
}

/* The column of the first error, relative to the start of the text (1-based). */
static uint32_t err_col(void) {
  assert_true(diags.n > 0);
  return diags.v[0].loc.col - 10;
}

static void test_parse_errors(void **state) {
  tmc_cond *c;
  static const struct {
    const char *text;
    unsigned targets;
    uint32_t col;
    const char *msg;
  } bad[] = {
      {"exposed and nosuch", TMC_COND_ELEMENT, 13, "unknown fact 'nosuch'"},
      {"trust", TMC_COND_ELEMENT, 1, "'trust' is a number"},
      {"trust < high", TMC_COND_ELEMENT, 9, "is a number"},
      {"kind == toaster", TMC_COND_ELEMENT, 9, "unknown element kind 'toaster'"},
      {"(exposed", TMC_COND_ELEMENT, 9, "expected ')'"},
      {"exposed exposed", TMC_COND_ELEMENT, 9, "unexpected 'exposed'"},
      {"data == pii", TMC_COND_ELEMENT, 6, "use 'data has VALUE'"},
      {"exposed has x", TMC_COND_ELEMENT, 9, "not a set"},
      {"crosses", TMC_COND_ELEMENT, 1, "only defined for flows"},
      {"exposed", TMC_COND_ELEMENT | TMC_COND_FLOW, 1, "not defined for flows"},
      {"data_sensitivity >= topsecret", TMC_COND_FLOW, 21, "unknown sensitivity"},
      {"encrypted == maybe", TMC_COND_FLOW, 14, "yes, no or unknown"},
      {"data has any (pii,", TMC_COND_FLOW, 19, "expected a value"},
      {"protocol = http", TMC_COND_FLOW, 10, "not an operator"},
      {"", TMC_COND_FLOW, 1, "empty condition"},
  };
  for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
    assert_true(parse(&c, bad[i].text, bad[i].targets) < 0);
    assert_null(c);
    if (err_col() != bad[i].col || !strstr(diags.v[0].msg, bad[i].msg))
      fail_msg("'%s': got col %u '%s', want col %u '%s'", bad[i].text, err_col(),
               diags.v[0].msg, bad[i].col, bad[i].msg);
    assert_int_equal(diags.v[0].loc.line, 3);
  }
  /* Nesting has a limit, so neither parser nor evaluator recurses unboundedly. */
  char deep[4 * TMC_COND_MAX_DEPTH + 64] = "";
  for (int i = 0; i <= TMC_COND_MAX_DEPTH; i++)
    strcat(deep, "not ");
  strcat(deep, "exposed");
  assert_true(parse(&c, deep, TMC_COND_ELEMENT) < 0);
  assert_non_null(strstr(diags.v[0].msg, "nested deeper"));
  /* A long flat chain is not deep. */
  char flat[8192] = "exposed";
  for (int i = 0; i < 500; i++)
    strcat(flat, " and exposed");
  assert_int_equal(parse(&c, flat, TMC_COND_ELEMENT), 0);
}

static const char dot[] =
    "digraph g {\n"
    "  user [type=external];\n"
    "  subgraph cluster_dmz { label=\"DMZ\"; api [label=\"Chat API\"]; }\n"
    "  subgraph cluster_in { label=internal; llm [type=llm];\n"
    "    db [type=data_store, data=\"pii, logs\", controls=\"encryption at rest\"]; }\n"
    "  user -> api [protocol=http, data=pii];\n"
    "  api -> llm [protocol=https];\n"
    "  api -> db;\n"
    "}\n";

static bool ev(tmc_ir *ir, const char *text, tmc_target kind, uint32_t target) {
  tmc_cond *c;
  unsigned t = kind == TMC_TARGET_FLOW ? TMC_COND_FLOW : TMC_COND_ELEMENT;
  if (parse(&c, text, t) < 0) {
    dump_diags();
    fail_msg("does not parse: %s", text);
  }
  return tmc_cond_eval(c, ir, kind, target);
}

static void test_eval(void **state) {
  tmc_ir *ir = analyse_with(dot, cat, "facts");
  uint32_t api = elem(ir, "api"), db = elem(ir, "db"), llm = elem(ir, "llm");
  uint32_t in = flow(ir, "user", "api"), out = flow(ir, "api", "llm");
  assert_true(ev(ir, "exposed", TMC_TARGET_ELEMENT, api));
  assert_false(ev(ir, "not exposed", TMC_TARGET_ELEMENT, api));
  assert_true(ev(ir, "trust == 1 and kind == process", TMC_TARGET_ELEMENT, api));
  assert_true(ev(ir, "trust >= 2 and ai", TMC_TARGET_ELEMENT, llm));
  assert_true(
      ev(ir, "KIND == LLM or (dfd == store and holds_logs)", TMC_TARGET_ELEMENT, db));
  assert_true(
      ev(ir, "data has pii and not data has credentials", TMC_TARGET_ELEMENT, db));
  assert_true(ev(ir, "controls has any (encryption_at_rest, x)", TMC_TARGET_ELEMENT, db));
  assert_true(ev(ir, "inputs_from has process and upstream has external_entity",
                 TMC_TARGET_ELEMENT, llm));
  assert_false(ev(ir, "downstream has any (llm, data_store)", TMC_TARGET_ELEMENT, llm));
  assert_true(ev(ir, "downstream has any (llm, data_store)", TMC_TARGET_ELEMENT, api));
  assert_true(ev(ir, "n_outputs == 2 and n_inputs == 1", TMC_TARGET_ELEMENT, api));
  assert_true(ev(ir, "crosses and into_higher and src_trust == 0 and dst_trust == 1",
                 TMC_TARGET_FLOW, in));
  assert_true(ev(ir, "encrypted == no and protocol == HTTP and authenticated == unknown",
                 TMC_TARGET_FLOW, in));
  assert_false(ev(ir, "encrypted", TMC_TARGET_FLOW, in)); /* bare tri: only yes */
  assert_true(ev(ir, "encrypted", TMC_TARGET_FLOW, out));
  assert_true(ev(ir, "data_sensitivity >= confidential", TMC_TARGET_FLOW, in));
  assert_false(ev(ir, "data_sensitivity >= secret", TMC_TARGET_FLOW, in));
  assert_true(
      ev(ir, "src_kind == external_entity and dst_dfd == process", TMC_TARGET_FLOW, in));
  tmc_ir_free(ir);
}

static void test_evidence(void **state) {
  tmc_ir *ir = analyse_with(dot, cat, "facts");
  uint32_t in = flow(ir, "user", "api"), db = elem(ir, "db");
  tmc_cond *c;
  tmc_buf b = TMC_BUF_INIT;
  assert_int_equal(
      parse(&c, "crosses and encrypted == no and data has pii", TMC_COND_FLOW), 0);
  tmc_cond_explain(c, ir, TMC_TARGET_FLOW, in, &b);
  assert_string_equal(
      b.data,
      "crosses a trust boundary from trust 0 to trust 1; encrypted=no (protocol=http); "
      "carries pii");
  /* Only the facts that decided: the false branch of an 'or' is left out,
   * and a negation describes what is actually there. */
  tmc_buf_clear(&b);
  assert_int_equal(
      parse(&c, "(holds_logs or ai) and not controls has mfa", TMC_COND_ELEMENT), 0);
  tmc_cond_explain(c, ir, TMC_TARGET_ELEMENT, db, &b);
  assert_string_equal(b.data, "holds logs or audit records; no control mfa declared");
  /* The article before a kind or DFD class agrees with it. */
  tmc_buf_clear(&b);
  assert_int_equal(parse(&c, "src_dfd == entity and dst_dfd == process", TMC_COND_FLOW),
                   0);
  tmc_cond_explain(c, ir, TMC_TARGET_FLOW, in, &b);
  assert_string_equal(b.data, "source is an external entity; target is a process");
  tmc_buf_free(&b);
  tmc_ir_free(ir);
}

/* ---- the definition list ---------------------------------------------------- */

enum { E = TMC_COND_ELEMENT, FL = TMC_COND_FLOW, EF = E | FL };

/* ir/facts.def read the way cond.c reads it: adding a fact there is one line,
 * and this test holds every line to what the rest generates from it. */
static const struct row {
  const char *name, *type;
  unsigned targets;
  const char *yes, *no;
} rows[] = {
#define FACT(name, type, targets, ev, fv, yes, no) {#name, #type, targets, yes, no},
#define STORED(name, ctype, type, targets, yes, no) {#name, #type, targets, yes, no},
#include "ir/facts.def"
#undef STORED
#undef FACT
};
#define N_ROWS (sizeof rows / sizeof *rows)

/* A condition that compares fact name as its type wants. */
static const char *test_of(const struct row *r, char *buf, size_t n) {
  static const struct {
    const char *type, *compare;
  } how[] = {
      {"BOOL", ""},
      {"TRI", " == unknown"},
      {"NUM", " >= 1"},
      {"WORD", " == http"},
      {"KIND", " == process"},
      {"DFD", " == store"},
      {"SENS", " >= internal"},
      {"KINDS", " has any (process, llm)"},
      {"ROLES", " has any (agent, retriever)"},
      {"TECHS", " has any (web_application, sql_database)"},
      {"DATA", " has pii"},
      {"CTRLS", " has encryption_at_rest"},
  };
  for (size_t i = 0; i < sizeof how / sizeof *how; i++)
    if (strcmp(how[i].type, r->type) == 0) {
      snprintf(buf, n, "%s%s", r->name, how[i].compare);
      return buf;
    }
  fail_msg("fact '%s' has unknown type %s", r->name, r->type);
  return NULL;
}

static void test_every_fact_is_one_line(void **state) {
  tmc_ir *ir = analyse_with(dot, cat, "facts");
  assert_true(N_ROWS > 40);
  for (uint32_t i = 0; i < N_ROWS; i++) {
    const struct row *r = &rows[i];
    /* A name, listed by the language in the same place with the same targets. */
    unsigned targets = 0;
    assert_true(r->name[0] != '\0');
    const char *listed = tmc_cond_fact_name(i, &targets);
    assert_non_null(listed);
    assert_string_equal(listed, r->name);
    assert_int_equal(targets, r->targets);
    assert_true(r->targets == E || r->targets == FL || r->targets == EF);
    /* Wording for both outcomes, or none (then cond.c words it by hand). */
    assert_true((r->yes == NULL) == (r->no == NULL));
    /* A type the parser knows: it accepts the fact where it applies and
     * refuses it where it does not. */
    char text[128];
    test_of(r, text, sizeof text);
    tmc_cond *c = NULL;
    for (int k = 0; k < 2; k++) {
      unsigned tg = k ? TMC_COND_FLOW : TMC_COND_ELEMENT;
      if (!(r->targets & tg)) {
        if (parse(&c, text, tg) == 0)
          fail_msg("'%s' parses for a target it does not apply to", text);
        continue;
      }
      if (parse(&c, text, tg) < 0) {
        dump_diags();
        fail_msg("the parser refuses listed fact '%s'", text);
      }
      /* A getter and words on every element or flow: evaluation runs and the
       * evidence says something, true or false, of that very fact alone. */
      uint32_t n = k ? ir->n_flows : ir->n_elements;
      tmc_target kind = k ? TMC_TARGET_FLOW : TMC_TARGET_ELEMENT;
      for (uint32_t x = 0; x < n; x++) {
        tmc_buf b = TMC_BUF_INIT;
        bool v = tmc_cond_eval(c, ir, kind, x);
        tmc_cond_explain(c, ir, kind, x, &b);
        if (!b.data || !*b.data)
          fail_msg("fact '%s' (%s) has no words on target %u", r->name,
                   v ? "true" : "false", x);
        if (r->yes && !strcmp(r->type, "BOOL"))
          assert_string_equal(b.data, v ? r->yes : r->no);
        tmc_buf_free(&b);
      }
    }
  }
  assert_null(tmc_cond_fact_name(N_ROWS, NULL));
  tmc_ir_free(ir);
}

/* The condition language meets canonical names on both sides: a rule's names
 * go through the resolver when it is parsed, the diagram's through the vocab
 * pass; evaluation needs no catalog. */
static const char *res_class(const void *ctx, const char *name) {
  (void)ctx;
  return strcmp(name, "personal") == 0 || strcmp(name, "pii") == 0 ? "pii" : NULL;
}
static const char *res_control(const void *ctx, const char *name) {
  *(int *)ctx += 1; /* counts the look-ups: all happen while parsing */
  return strcmp(name, "mtls") == 0 ? "authentication" : NULL;
}

static void test_resolver_and_aliases(void **state) {
  int lookups = 0;
  tmc_cond_resolver names = {res_class, res_control, &lookups};
  tmc_cond *c = NULL;
  reset_diags();
  assert_int_equal(tmc_cond_parse(&c, "data has personal and controls has mtls",
                                  TMC_COND_ELEMENT, &names, arena, (tmc_loc){"c", 1, 1},
                                  &diags),
                   0);
  assert_int_equal(lookups, 1);
  assert_true(tmc_cond_parse(&c, "controls has nosuch", TMC_COND_ELEMENT, &names, arena,
                             (tmc_loc){"c", 1, 1}, &diags) < 0);
  assert_non_null(strstr(diags.v[0].msg, "unknown control 'nosuch'"));
  assert_true(tmc_cond_parse(&c, "data has nosuch", TMC_COND_ELEMENT, &names, arena,
                             (tmc_loc){"c", 1, 1}, &diags) < 0);
  /* The diagram writes aliases; the vocab pass made them ids. */
  tmc_ir *ir = analyse_with("digraph g { db [type=data_store, data=\"Personal Data\", "
                            "controls=\"authn, SSE\"]; }",
                            cat, "facts");
  uint32_t db = elem(ir, "db");
  lookups = 0;
  assert_int_equal(tmc_cond_parse(&c, "data has pii and controls has mtls",
                                  TMC_COND_ELEMENT, &names, arena, (tmc_loc){"c", 1, 1},
                                  &diags),
                   0);
  assert_true(tmc_cond_eval(c, ir, TMC_TARGET_ELEMENT, db));
  assert_int_equal(lookups, 1); /* evaluation looked nothing up */
  assert_true(ev(ir, "controls has encryption_at_rest", TMC_TARGET_ELEMENT, db));
  tmc_buf b = TMC_BUF_INIT;
  tmc_cond_explain(c, ir, TMC_TARGET_ELEMENT, db, &b);
  assert_string_equal(b.data, "handles pii; declares control authentication");
  tmc_buf_free(&b);
  tmc_ir_free(ir);
}

/* ---- the index (rules pass): what a condition needs of a target ---------- */

static tmc_cond_need need(const char *text, tmc_target kind) {
  tmc_cond *c;
  if (parse(&c, text, kind == TMC_TARGET_FLOW ? TMC_COND_FLOW : TMC_COND_ELEMENT) < 0)
    fail_msg("does not parse: %s", text);
  tmc_cond_need n;
  tmc_cond_need_of(c, kind, NULL, &n);
  return n;
}

static tmc_cond_have have(tmc_kind k0, tmc_roleset r0, tmc_tech t0, uint64_t bools) {
  tmc_cond_have h;
  memset(&h, 0, sizeof h);
  h.kind[0] = (uint8_t)k0, h.roles[0] = r0, h.tech[0] = (uint8_t)t0, h.bools = bools;
  return h;
}

static void test_index_needs(void **state) {
  (void)state;
  tmc_cond_need n;
  tmc_cond_have llm = have(TMC_KIND_LLM, 0, TMC_TECH_NONE, 0),
                model = have(TMC_KIND_MODEL, 0, TMC_TECH_NONE, 0),
                proc = have(TMC_KIND_PROCESS, 0, TMC_TECH_NONE, 0),
                store = have(TMC_KIND_DATA_STORE, 0, TMC_TECH_NONE, 0);
  /* A kind-only condition: evaluated on that kind alone. */
  n = need("kind == llm", TMC_TARGET_ELEMENT);
  assert_true(tmc_cond_may(&n, &llm));
  assert_false(tmc_cond_may(&n, &model));
  assert_false(tmc_cond_may(&n, &proc));
  n = need("kind is model", TMC_TARGET_ELEMENT); /* an llm is a model */
  assert_true(tmc_cond_may(&n, &llm) && tmc_cond_may(&n, &model));
  assert_false(tmc_cond_may(&n, &proc));
  n = need("not kind is model and trust > 1", TMC_TARGET_ELEMENT);
  assert_false(tmc_cond_may(&n, &llm));
  assert_true(tmc_cond_may(&n, &proc));
  n = need("dfd == store or kind == llm", TMC_TARGET_ELEMENT);
  assert_true(tmc_cond_may(&n, &store) && tmc_cond_may(&n, &llm));
  assert_false(tmc_cond_may(&n, &proc));
  /* Roles and yes/no facts: an element playing none of the roles, or with
   * none of the facts, is skipped. */
  n = need("role has agent and (tainted or model_output)", TMC_TARGET_ELEMENT);
  assert_int_equal(n.roles[0], TMC_ROLESET(TMC_ROLE_AGENT));
  assert_int_equal(__builtin_popcountll(n.bools_any), 2);
  assert_int_equal(n.bools_all, 0);
  tmc_cond_have agent =
      have(TMC_KIND_PROCESS, TMC_ROLESET(TMC_ROLE_AGENT), TMC_TECH_NONE, 0);
  assert_false(tmc_cond_may(&n, &agent));
  agent.bools = n.bools_any & (n.bools_any - 1); /* one of the two */
  assert_true(tmc_cond_may(&n, &agent));
  agent.roles[0] = TMC_ROLESET(TMC_ROLE_TRAINER);
  assert_false(tmc_cond_may(&n, &agent));
  n = need("role has agent or (role has trainer and tainted)", TMC_TARGET_ELEMENT);
  agent.roles[0] = TMC_ROLESET(TMC_ROLE_AGENT), agent.bools = 0;
  assert_true(tmc_cond_may(&n, &agent));
  agent.roles[0] = TMC_ROLESET(TMC_ROLE_TRAINER);
  assert_true(tmc_cond_may(&n, &agent));
  assert_false(tmc_cond_may(&n, &proc));
  /* Negation: 'not' needs nothing of a yes/no fact or a role, and a double
   * one needs the fact again. */
  n = need("not (tainted and role has agent)", TMC_TARGET_ELEMENT);
  assert_true(tmc_cond_may(&n, &proc));
  n = need("not (not tainted)", TMC_TARGET_ELEMENT);
  assert_false(tmc_cond_may(&n, &proc));
  /* A branch with no yes/no fact leaves the other's facts unneeded. */
  n = need("tainted or kind == process", TMC_TARGET_ELEMENT);
  assert_int_equal(n.bools_any | n.bools_all, 0);
  assert_true(tmc_cond_may(&n, &llm));
  /* Flows: the source's keys in slot 0, the target's in slot 1. */
  n = need("src_kind == llm and dst_role has tool_executor and not dst_tech has email",
           TMC_TARGET_FLOW);
  tmc_cond_have f = have(TMC_KIND_LLM, 0, TMC_TECH_NONE, 0);
  f.kind[1] = TMC_KIND_PROCESS;
  assert_false(tmc_cond_may(&n, &f));
  f.roles[1] = TMC_ROLESET(TMC_ROLE_TOOL_EXECUTOR);
  assert_true(tmc_cond_may(&n, &f));
  f.kind[0] = TMC_KIND_PROCESS;
  assert_false(tmc_cond_may(&n, &f));
  /* No condition: no need. */
  tmc_cond_need_of(NULL, TMC_TARGET_FLOW, NULL, &n);
  assert_true(tmc_cond_may(&n, &f));
}

/* The index is sound on real diagrams: on every shipped example and case
 * study, every built-in rule that holds on a target is one the index lets
 * through (so the indexed rules pass adds exactly the findings the
 * unindexed one did), and it skips most evaluations. */
static void test_index_sound(void **state) {
  (void)state;
  static const char *const files[] = {
      "examples/rag-chatbot.dot",
      "examples/rag-chatbot.drawio",
      "examples/mlops-platform.dot",
      "examples/mlops-platform.drawio",
      "examples/public-model-hub.dot",
      "examples/sentiment-api.drawio",
      "examples/platform-team/order-routing.dot",
      "tests/casestudies/mathgpt.dot",
      "tests/casestudies/poisongpt.dot",
      "tests/casestudies/shadowray.dot",
      "tests/casestudies/slack-ai.dot",
      "tests/casestudies/tay-poisoning.dot",
  };
  /* the key bits as the rules pass gives them (the facts these rules ask
   * for most), and in facts.def order (keys NULL): both sound, the chosen
   * ones skipping at least as much */
  uint32_t nr = tmc_catalog_n_rules(cat);
  const tmc_cond **conds = calloc(nr + 1, sizeof *conds);
  tmc_cond_keybits chosen[2];
  for (int fl = 0; fl < 2; fl++) {
    for (uint32_t r = 0; r < nr; r++) {
      const tmc_rule *rule = tmc_catalog_rule_at(cat, r);
      conds[r] = (fl ? rule->applies_flows : rule->applies_kinds) ? rule->cond : NULL;
    }
    tmc_cond_keys_choose(&chosen[fl], (const tmc_cond *const *)conds, nr,
                         fl ? TMC_TARGET_FLOW : TMC_TARGET_ELEMENT);
  }
  free(conds);
  uint64_t skipped_by[2] = {0, 0};
  for (int k = 0; k < 2; k++) {
    uint64_t evals = 0, skipped = 0, held = 0;
    for (size_t i = 0; i < sizeof files / sizeof *files; i++) {
      char *text = NULL;
      size_t len = 0;
      reset_diags();
      assert_int_equal(tmc_read_file(&text, &len, files[i], 1 << 24, &diags), 0);
      tmc_ir *ir = ir_analysed(files[i], text, len, cat, "impact", &diags);
      for (int fl = 0; fl < 2; fl++) {
        tmc_target kind = fl ? TMC_TARGET_FLOW : TMC_TARGET_ELEMENT;
        uint32_t n = fl ? ir->n_flows : ir->n_elements;
        uint32_t *order = malloc((n + 1) * sizeof *order);
        tmc_cond_have *h = malloc((n + 1) * sizeof *h);
        for (uint32_t t = 0; t < n; t++)
          order[t] = t;
        const tmc_cond_keybits *keys = k ? &chosen[fl] : NULL;
        tmc_cond_have_of(ir, kind, order, n, keys, ~0ull, h);
        for (uint32_t r = 0; r < tmc_catalog_n_rules(cat); r++) {
          const tmc_rule *rule = tmc_catalog_rule_at(cat, r);
          if (fl ? !rule->applies_flows : !rule->applies_kinds)
            continue;
          tmc_cond_need nd;
          tmc_cond_need_of(rule->cond, kind, keys, &nd);
          for (uint32_t t = 0; t < n; t++) {
            if (!fl && !TMC_KINDSET_HAS(rule->applies_kinds, ir->elements[t].kind))
              continue;
            /* perf28: and the probe of a yes/no fact no key bit holds */
            const void *facts = fl ? (const void *)&ir->flows[t].facts
                                   : (const void *)&ir->elements[t].facts;
            bool keyed = tmc_cond_may(&nd, &h[t]),
                 may = keyed && tmc_cond_probe(&nd, facts),
                 holds = tmc_cond_eval(rule->cond, ir, kind, t);
            evals++;
            skipped += !keyed; /* the key bits' choice is compared below */
            held += holds;
            if (holds && !may)
              fail_msg("%s: %s holds on %s %u but the index skips it (%s)", files[i],
                       rule->id, fl ? "flow" : "element", t, rule->cond_text);
          }
        }
        free(order);
        free(h);
      }
      tmc_ir_free(ir);
      free(text);
    }
    assert_true(held > 0);
    assert_true(skipped * 2 > evals); /* most evaluations are skipped */
    skipped_by[k] = skipped;
  }
  assert_true(skipped_by[1] >= skipped_by[0]);
}

/* review16: a rule keyed on a yes/no fact past the 64th of facts.def's
 * element facts (secrets_vault): facts.def order gives it no bit, so the
 * index lets every target through; keys chosen over the rules that ask for
 * it give it one, and the index then skips the stores without it and keeps
 * the vault, where the condition holds. */
static void test_index_keys_past_64(void **state) {
  (void)state;
  tmc_cond *c;
  assert_int_equal(parse(&c, "secrets_vault and dfd == store", TMC_COND_ELEMENT), 0);
  tmc_cond_need dflt, nd;
  tmc_cond_need_of(c, TMC_TARGET_ELEMENT, NULL, &dflt);
  assert_int_equal(dflt.bools_all | dflt.bools_any, 0); /* no bit in facts.def order */
  assert_int_not_equal(dflt.probe_mask, 0);             /* perf28: a probe instead */
  assert_int_equal(dflt.probe_val, dflt.probe_mask);
  const tmc_cond *conds[] = {NULL, c};
  tmc_cond_keybits keys;
  tmc_cond_keys_choose(&keys, conds, 2, TMC_TARGET_ELEMENT);
  tmc_cond_need_of(c, TMC_TARGET_ELEMENT, &keys, &nd);
  assert_int_equal(__builtin_popcountll(nd.bools_all), 1);
  tmc_ir *ir =
      analyse_with("digraph{app[label=\"Orders service\"]; v[shape=cylinder,"
                   "label=\"HashiCorp Vault\"]; db[shape=cylinder,label=\"Orders "
                   "DB\"]; app->v[label=\"read db password\"]; app->db}",
                   cat, "facts");
  uint32_t order[3] = {elem(ir, "app"), elem(ir, "v"), elem(ir, "db")};
  tmc_cond_have h[3];
  tmc_cond_have_of(ir, TMC_TARGET_ELEMENT, order, 3, &keys, ~0ull, h);
  for (int i = 0; i < 3; i++) {
    bool holds = tmc_cond_eval(c, ir, TMC_TARGET_ELEMENT, order[i]);
    assert_int_equal(holds, i == 1);
    assert_int_equal(tmc_cond_may(&nd, &h[i]), i == 1); /* only the vault */
    assert_true(tmc_cond_may(&dflt, &h[i]) || !holds);
    /* perf28: without a bit the fact is probed in the element's facts, which
     * keeps the vault only too */
    assert_int_equal(tmc_cond_may(&dflt, &h[i]) &&
                         tmc_cond_probe(&dflt, &ir->elements[order[i]].facts),
                     i == 1);
  }
  tmc_ir_free(ir);
}

int main(void) {
  arena = tmc_arena_new();
  if (tmc_catalog_new(&cat, &diags) < 0)
    return 1;
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_parse_errors),
      cmocka_unit_test(test_eval),
      cmocka_unit_test(test_evidence),
      cmocka_unit_test(test_every_fact_is_one_line),
      cmocka_unit_test(test_resolver_and_aliases),
      cmocka_unit_test(test_index_needs),
      cmocka_unit_test(test_index_sound),
      cmocka_unit_test(test_index_keys_past_64),
  };
  int rc = cmocka_run_group_tests(tests, NULL, NULL);
  tmc_arena_free(arena);
  tmc_catalog_free(cat);
  tmc_diags_free(&diags);
  return rc;
}
