/* test_roles.c - the roles pass: each role from the graph in two or more
 * differently worded and drawn variants, from a role word, from role=; the
 * source and evidence of each; the kind hierarchy and role facts in
 * conditions (`role has agent`, `kind is model`, `has data_store` taking a
 * vector store). */
#include <ctype.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "catalog/cond.h"
#include "engine_helpers.h"
#include "report_helpers.h"

static bool plays(const tmc_ir *ir, const char *id, tmc_role r) {
  return TMC_ROLESET_HAS(ir->elements[elem(ir, id)].roles, r);
}

static const tmc_why *why(const tmc_ir *ir, const char *id, tmc_role r) {
  const tmc_element *e = &ir->elements[elem(ir, id)];
  assert_true(TMC_ROLESET_HAS(e->roles, r));
  assert_non_null(e->role_why);
  return &e->role_why[r];
}

/* An agent loop with tools, drawn with types: the orchestrator is the agent
 * and assembles prompts; the LLM is neither; tools are tool executors. */
static const char agent_typed[] = "digraph a {\n"
                                  "  user [type=external];\n"
                                  "  orch [label=\"Orchestrator\"];\n"
                                  "  llm [type=llm, label=\"Hosted LLM\"];\n"
                                  "  t1 [type=agent_tool, label=\"Calendar\"];\n"
                                  "  user -> orch; orch -> llm; llm -> orch;\n"
                                  "  orch -> t1; t1 -> orch;\n"
                                  "}\n";

/* The same loop in other words, no types, the tool named by a word only and
 * the agent drawn as a plain box the classifier takes for an entity. */
static const char agent_words[] = "digraph b {\n"
                                  "  dev [shape=box, label=\"Ops bot runtime\"];\n"
                                  "  gpt [label=\"GPT-4o\"];\n"
                                  "  sh [label=\"Bash runner\"];\n"
                                  "  dev -> gpt [label=\"prompt\"];\n"
                                  "  gpt -> dev [label=\"tool call\"];\n"
                                  "  dev -> sh [label=\"run(cmd)\"];\n"
                                  "}\n";

/* An LLM that calls a plugin itself, with no code between. */
static const char agent_llm[] = "digraph c {\n"
                                "  u [type=external];\n"
                                "  m [type=llm];\n"
                                "  p [type=agent_tool, label=\"Web plugin\"];\n"
                                "  u -> m; m -> p; p -> m;\n"
                                "}\n";

static void test_agent(void **state) {
  tmc_ir *ir = analyse_with(agent_typed, cat, "roles");
  assert_true(plays(ir, "orch", TMC_ROLE_AGENT));
  assert_true(plays(ir, "orch", TMC_ROLE_PROMPT_ASSEMBLER));
  assert_false(plays(ir, "llm", TMC_ROLE_AGENT));
  assert_true(plays(ir, "t1", TMC_ROLE_TOOL_EXECUTOR));
  const tmc_why *w = why(ir, "orch", TMC_ROLE_AGENT);
  assert_int_equal(w->source, TMC_SOURCE_FLOWS);
  assert_non_null(strstr(w->evidence, "Calendar"));
  tmc_ir_free(ir);

  ir = analyse_with(agent_words, cat, "roles");
  assert_true(plays(ir, "sh", TMC_ROLE_TOOL_EXECUTOR));
  assert_int_equal(why(ir, "sh", TMC_ROLE_TOOL_EXECUTOR)->source, TMC_SOURCE_LABEL_WORD);
  assert_true(plays(ir, "sh", TMC_ROLE_OUTPUT_SINK));
  assert_true(plays(ir, "dev", TMC_ROLE_AGENT));
  assert_false(plays(ir, "gpt", TMC_ROLE_AGENT));
  tmc_ir_free(ir);

  ir = analyse_with(agent_llm, cat, "roles");
  assert_true(plays(ir, "m", TMC_ROLE_AGENT));
  assert_non_null(strstr(why(ir, "m", TMC_ROLE_AGENT)->evidence, "itself"));
  tmc_ir_free(ir);
}

/* RAG: ingestion writes the vector store, the retriever reads it (by a flow
 * out of it, or by a query into it), the app assembles prompts. */
static void test_rag(void **state) {
  static const char rag[] = "digraph r {\n"
                            "  docs [type=data_store];\n"
                            "  job [label=\"Nightly sync\"];\n"
                            "  vs [type=vector_store];\n"
                            "  r1 [label=\"Search svc\"];\n"
                            "  r2 [label=\"Backend\"];\n"
                            "  llm [type=llm];\n"
                            "  docs -> job -> vs;\n"
                            "  vs -> r1 -> llm;\n"
                            "  r2 -> vs [label=\"similarity search\"];\n"
                            "  r2 -> llm;\n"
                            "}\n";
  tmc_ir *ir = analyse_with(rag, cat, "roles");
  assert_true(plays(ir, "job", TMC_ROLE_INGESTION));
  assert_false(plays(ir, "job", TMC_ROLE_RETRIEVER));
  assert_true(plays(ir, "r1", TMC_ROLE_RETRIEVER));
  assert_true(plays(ir, "r2", TMC_ROLE_RETRIEVER));
  assert_false(plays(ir, "r2", TMC_ROLE_INGESTION)); /* a query writes nothing */
  assert_true(plays(ir, "r1", TMC_ROLE_PROMPT_ASSEMBLER));
  tmc_ir_free(ir);
}

/* Trainers: a pipeline writing a model; code that reads a store declaring
 * training_data (not a dataset by kind); an aggregator named by a word; an
 * app that queries a model and gets its answer is none, and neither is a
 * pipeline that sends chunks to an embedding model and gets vectors back. */
static void test_trainer(void **state) {
  static const char t[] = "digraph t {\n"
                          "  ds [type=dataset];\n"
                          "  p [type=pipeline, label=\"Nightly job\"];\n"
                          "  m [type=model];\n"
                          "  tbl [type=data_store, data=training_data];\n"
                          "  fit [label=\"Fit step\"];\n"
                          "  ck [type=data_store, label=\"Checkpoints\"];\n"
                          "  agg [label=\"Federated averaging\"];\n"
                          "  c1 [label=\"Site node\"];\n"
                          "  app [label=\"Shop\"];\n"
                          "  u [type=external];\n"
                          "  ds -> p -> m;\n"
                          "  tbl -> fit -> ck;\n"
                          "  c1 -> agg [label=\"updates\"]; agg -> c1;\n"
                          "  u -> app -> m; m -> app;\n"
                          "  docs [type=data_store, label=\"Policy wiki\"];\n"
                          "  emb [type=pipeline, label=\"Chunk and embed run\"];\n"
                          "  em [type=model, label=\"bge-small encoder\"];\n"
                          "  vs [type=vector_store];\n"
                          "  docs -> emb -> em; em -> emb; emb -> vs;\n"
                          "  tune [type=pipeline, label=\"Tuning run\"];\n"
                          "  tm [type=model];\n"
                          "  ds -> tune; tune -> tm [dir=both];\n"
                          "}\n";
  tmc_ir *ir = analyse_with(t, cat, "roles");
  assert_true(plays(ir, "p", TMC_ROLE_TRAINER));
  assert_true(plays(ir, "fit", TMC_ROLE_TRAINER));
  assert_non_null(strstr(why(ir, "fit", TMC_ROLE_TRAINER)->evidence, "training data"));
  assert_true(plays(ir, "agg", TMC_ROLE_TRAINER));
  assert_int_equal(why(ir, "agg", TMC_ROLE_TRAINER)->source, TMC_SOURCE_LABEL_WORD);
  assert_false(plays(ir, "app", TMC_ROLE_TRAINER));
  assert_true(plays(ir, "m", TMC_ROLE_SERVING_ENDPOINT));
  /* a pipeline that gets vectors back from the model it calls embeds, it
   * does not train; one that sends the model training data does, answered
   * or not */
  assert_false(plays(ir, "emb", TMC_ROLE_TRAINER));
  assert_true(plays(ir, "emb", TMC_ROLE_INGESTION));
  assert_true(plays(ir, "tune", TMC_ROLE_TRAINER));
  tmc_ir_free(ir);
}

/* Sources and holders: a third-party dataset vendor, a package index named
 * by a word, a vault by a word and a store by data=credentials; role=
 * written by the author, and a warning for a role tmc does not know. */
static void test_sources_and_holders(void **state) {
  static const char s[] = "digraph s {\n"
                          "  vendor [type=dataset, source=third_party];\n"
                          "  idx [type=external, label=\"PyPI mirror\"];\n"
                          "  kv [type=data_store, label=\"Key Vault\"];\n"
                          "  cfg [type=data_store, label=\"Config\", data=secrets];\n"
                          "  w [label=\"Worker\", role=\"retriever, nonsense\"];\n"
                          "  vendor -> w; idx -> w; kv -> w; cfg -> w;\n"
                          "}\n";
  tmc_ir *ir = analyse_with(s, cat, "roles");
  assert_true(plays(ir, "vendor", TMC_ROLE_ARTIFACT_SOURCE));
  assert_true(plays(ir, "vendor", TMC_ROLE_THIRD_PARTY));
  assert_true(plays(ir, "idx", TMC_ROLE_ARTIFACT_SOURCE));
  assert_true(plays(ir, "kv", TMC_ROLE_CREDENTIAL_HOLDER));
  assert_true(plays(ir, "cfg", TMC_ROLE_CREDENTIAL_HOLDER));
  assert_int_equal(why(ir, "cfg", TMC_ROLE_CREDENTIAL_HOLDER)->source,
                   TMC_SOURCE_ATTRIBUTE);
  assert_true(plays(ir, "w", TMC_ROLE_RETRIEVER));
  assert_string_equal(why(ir, "w", TMC_ROLE_RETRIEVER)->evidence, "role=retriever");
  assert_false(plays(
      ir, "w", TMC_ROLE_CREDENTIAL_HOLDER)); /* reading a key is not holding a vault */
  bool warned = false;
  for (uint32_t i = 0; i < diags.n; i++)
    warned |= strstr(diags.v[i].msg, "unknown role 'nonsense'") != NULL;
  assert_true(warned);
  tmc_ir_free(ir);
}

/* No AI, no AI roles: a web shop's app, database and browser. */
static void test_no_ai_roles(void **state) {
  static const char shop[] = "digraph w {\n"
                             "  c [type=external, label=\"Customer\"];\n"
                             "  app [label=\"Shop app\"];\n"
                             "  db [type=data_store, label=\"Orders DB\"];\n"
                             "  c -> app -> db; db -> app -> c;\n"
                             "}\n";
  tmc_ir *ir = analyse_with(shop, cat, "roles");
  tmc_roleset ai = TMC_ROLESET(TMC_ROLE_AGENT) | TMC_ROLESET(TMC_ROLE_PROMPT_ASSEMBLER) |
                   TMC_ROLESET(TMC_ROLE_TOOL_EXECUTOR) | TMC_ROLESET(TMC_ROLE_RETRIEVER) |
                   TMC_ROLESET(TMC_ROLE_TRAINER) | TMC_ROLESET(TMC_ROLE_SERVING_ENDPOINT);
  for (uint32_t i = 0; i < ir->n_elements; i++)
    assert_int_equal(ir->elements[i].roles & ai, 0);
  tmc_ir_free(ir);
}

static bool cond(const tmc_ir *ir, const char *text, tmc_target t, uint32_t i) {
  tmc_cond *c = NULL;
  tmc_arena *a = tmc_arena_new();
  unsigned targets = t == TMC_TARGET_FLOW ? TMC_COND_FLOW : TMC_COND_ELEMENT;
  assert_int_equal(tmc_cond_parse(&c, text, targets, NULL, a, (tmc_loc){0}, &diags), 0);
  bool r = tmc_cond_eval(c, ir, t, i);
  tmc_arena_free(a);
  return r;
}

/* Roles and the kind hierarchy in conditions, with evidence. */
static void test_conditions(void **state) {
  tmc_ir *ir = analyse_with(agent_typed, cat, "facts");
  uint32_t orch = elem(ir, "orch"), llm = elem(ir, "llm");
  assert_true(cond(ir, "role has agent", TMC_TARGET_ELEMENT, orch));
  assert_false(cond(ir, "role has agent", TMC_TARGET_ELEMENT, llm));
  assert_true(
      cond(ir, "role has any (retriever, prompt_assembler)", TMC_TARGET_ELEMENT, orch));
  assert_true(cond(ir, "kind is model", TMC_TARGET_ELEMENT, llm));
  assert_false(cond(ir, "kind == model", TMC_TARGET_ELEMENT, llm));
  assert_true(cond(ir, "outputs_to has model", TMC_TARGET_ELEMENT, orch));
  assert_true(cond(ir, "downstream_roles has tool_executor", TMC_TARGET_ELEMENT, orch));
  assert_true(
      cond(ir, "dst_role has tool_executor", TMC_TARGET_FLOW, flow(ir, "orch", "t1")));
  tmc_cond *c = NULL;
  tmc_arena *a = tmc_arena_new();
  assert_int_equal(tmc_cond_parse(&c, "role has agent", TMC_COND_ELEMENT, NULL, a,
                                  (tmc_loc){0}, &diags),
                   0);
  tmc_buf b = TMC_BUF_INIT;
  tmc_cond_explain(c, ir, TMC_TARGET_ELEMENT, orch, &b);
  assert_non_null(strstr(b.data, "plays the role agent (dispatches calls to tool"));
  tmc_buf_free(&b);
  /* errors name what is wrong */
  assert_true(tmc_cond_parse(&c, "role has wizard", TMC_COND_ELEMENT, NULL, a,
                             (tmc_loc){0}, &diags) < 0);
  assert_true(tmc_cond_parse(&c, "trust is model", TMC_COND_ELEMENT, NULL, a,
                             (tmc_loc){0}, &diags) < 0);
  tmc_arena_free(a);
  tmc_ir_free(ir);

  static const char vs[] = "digraph v {\n"
                           "  v [type=vector_store]; p [label=\"Reader\"];\n"
                           "  v -> p;\n"
                           "}\n";
  ir = analyse_with(vs, cat, "facts");
  assert_true(cond(ir, "inputs_from has data_store", TMC_TARGET_ELEMENT, elem(ir, "p")));
  assert_true(cond(ir, "kind is data_store", TMC_TARGET_ELEMENT, elem(ir, "v")));
  tmc_ir_free(ir);
}

/* A box that only the system's zone made a component (a DFD would read it
 * as the outside) and that hands what it gets to people is where model
 * output is shown to them: an output sink, so output handling is checked
 * on the flow into it as when it was read as the outside. Not a box that
 * talks to the LLM itself, nor one that only hands back to the system, nor
 * one whose words made it a component. Two wordings and drawings. */
static void test_zone_box_shows_people(void **state) {
  (void)state;
  static const char helpdesk[] =
      "digraph h {\n"
      "  caller [label=\"Customer\", shape=box];\n"
      "  subgraph cluster_corp { label=\"Helpdesk network\";\n"
      "    pane [label=\"Answer pane\", shape=box];\n"
      "    svc [label=\"Answer service\", shape=box];\n"
      "    digest [label=\"Digest step\", shape=box];\n"
      "    relay [label=\"Relay stage\", shape=box]; }\n"
      "  llm [label=\"GPT-4o\", shape=ellipse];\n"
      "  caller -> pane; pane -> svc; svc -> llm; llm -> svc;\n"
      "  svc -> pane; pane -> caller; svc -> relay; relay -> svc;\n"
      "  llm -> digest; digest -> caller;\n"
      "}\n";
  tmc_ir *ir = analyse_with(helpdesk, cat, "rules");
  const tmc_why *w = why(ir, "pane", TMC_ROLE_OUTPUT_SINK);
  assert_int_equal(w->source, TMC_SOURCE_FLOWS);
  assert_non_null(strstr(w->evidence, "Customer"));
  assert_false(plays(ir, "svc", TMC_ROLE_OUTPUT_SINK));    /* its words decided */
  assert_false(plays(ir, "digest", TMC_ROLE_OUTPUT_SINK)); /* talks to the LLM */
  assert_false(plays(ir, "relay", TMC_ROLE_OUTPUT_SINK));  /* hands back only */
  assert_non_null(finding(ir, "TMC-LLM-006", "svc->pane"));
  tmc_ir_free(ir);

  static const char kiosk[] =
      "digraph k {\n"
      "  node [shape=box];\n"
      "  analyst [label=\"Staff member\"];\n"
      "  subgraph cluster_k { label=\"Kiosk VLAN\";\n"
      "    screen [label=\"Summary screen\"];\n"
      "    orch [label=\"Summariser (LangChain)\"];\n"
      "    arch [label=\"Archive step\"]; }\n"
      "  model [label=\"Claude (Anthropic API)\", shape=ellipse];\n"
      "  analyst -> orch; orch -> model; model -> orch;\n"
      "  orch -> screen; screen -> analyst; orch -> arch;\n"
      "}\n";
  ir = analyse_with(kiosk, cat, "rules");
  assert_true(plays(ir, "screen", TMC_ROLE_OUTPUT_SINK));
  assert_false(plays(ir, "orch", TMC_ROLE_OUTPUT_SINK));
  assert_false(plays(ir, "arch", TMC_ROLE_OUTPUT_SINK));
  assert_non_null(finding(ir, "TMC-LLM-006", "orch->screen"));
  assert_null(finding(ir, "TMC-LLM-006", "orch->arch"));
  tmc_ir_free(ir);
}

/* Code drawn in a box of tools ("our tools", "MCP servers") and called by
 * the agent is one of its tools even when its name says no tool word (a
 * function's name is a tool by its flows, classify's rule: the names here are
 * plain so that only the zone can tell); not
 * when nothing that drives a model calls it (a cron job's helper), and not
 * the agent itself. */
static void test_tools_by_zone(void **state) {
  (void)state;
  static const struct {
    const char *zone, *tool, *caller;
    bool tool_role;
  } cases[] = {
      {"our tools", "Refund issuer", "rt", true},
      {"MCP servers", "Order lookup", "rt", true},
      {"Plugins", "FX converter", "rt", true},
      {"our tools", "Refund issuer", "cron", false},
      {"Billing backend", "Refund issuer", "rt", false},
  };
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    char dot[700];
    snprintf(dot, sizeof dot,
             "digraph g {\n"
             "  subgraph cluster_sys { label=\"Corp VPC\";\n"
             "    rt [label=\"support-agent runtime\"];\n"
             "    cron [label=\"Nightly batch\"];\n"
             "    subgraph cluster_t { label=\"%s\"; t [label=\"%s\"]; } }\n"
             "  m [label=\"Gemini 2.5 Flash\", type=llm];\n"
             "  pay [label=\"Payments provider\", type=external];\n"
             "  rt -> m; m -> rt; %s -> t; t -> pay; }",
             cases[i].zone, cases[i].tool, cases[i].caller);
    tmc_ir *ir = analyse_with(dot, cat, "roles");
    if (plays(ir, "t", TMC_ROLE_TOOL_EXECUTOR) != cases[i].tool_role)
      fail_msg("'%s' in '%s' called by %s: tool %d, want %d", cases[i].tool,
               cases[i].zone, cases[i].caller, plays(ir, "t", TMC_ROLE_TOOL_EXECUTOR),
               cases[i].tool_role);
    if (cases[i].tool_role) {
      const tmc_why *w = why(ir, "t", TMC_ROLE_TOOL_EXECUTOR);
      assert_int_equal(w->source, TMC_SOURCE_ZONE);
      assert_non_null(strstr(w->evidence, cases[i].zone));
    }
    assert_false(plays(ir, "rt", TMC_ROLE_TOOL_EXECUTOR));
    tmc_ir_free(ir);
  }
}

/* A box of tools whose members call one another (the agent calls a refund
 * tool, which calls a ledger tool, which calls a notifier): every member is
 * a tool, in whichever order the diagram declares them, and the whole JSON
 * report is the same for every order of the node statements, with the edge
 * statements forwards or backwards. Two wordings of the box, one with a
 * two-way flow between tools. */
static void test_tools_by_zone_any_order(void **state) {
  (void)state;
  static const struct {
    const char *zone, *link; /* the box's label; how t1 reaches t2 */
  } variants[] = {
      {"our tools", "t1 -> t2;"},
      {"MCP servers", "t1 -> t2 [dir=both];"},
  };
  static const char *const nodes[3] = {"t1 [label=\"Refund issuer\"];",
                                       "t2 [label=\"Ledger writer\"];",
                                       "t3 [label=\"Customer notifier\"];"};
  static const int orders[6][3] = {{0, 1, 2}, {0, 2, 1}, {1, 0, 2},
                                   {1, 2, 0}, {2, 0, 1}, {2, 1, 0}};
  for (size_t v = 0; v < sizeof variants / sizeof *variants; v++) {
    const char *edges[] = {"rt -> m;",       "m -> rt;",  "rt -> t1;",
                           variants[v].link, "t2 -> t3;", "t3 -> pay;"};
    enum { NE = sizeof edges / sizeof *edges };
    char *first = NULL;
    for (size_t o = 0; o < 12; o++) {
      const int *p = orders[o % 6];
      char es[300] = "";
      for (int k = 0; k < NE; k++) {
        strcat(es, edges[o < 6 ? k : NE - 1 - k]);
        strcat(es, " ");
      }
      char dot[900];
      snprintf(dot, sizeof dot,
               "digraph g {\n"
               "  subgraph cluster_sys { label=\"Corp VPC\";\n"
               "    rt [label=\"support-agent runtime\"];\n"
               "    subgraph cluster_t { label=\"%s\"; %s %s %s } }\n"
               "  m [label=\"Gemini 2.5 Flash\", type=llm];\n"
               "  pay [label=\"Payments provider\", type=external];\n"
               "  %s}",
               variants[v].zone, nodes[p[0]], nodes[p[1]], nodes[p[2]], es);
      tmc_ir *ir = analyse_with(dot, cat, NULL);
      static const char *const tools[] = {"t1", "t2", "t3"};
      for (size_t t = 0; t < 3; t++)
        if (!plays(ir, tools[t], TMC_ROLE_TOOL_EXECUTOR))
          fail_msg("'%s', order %zu: %s is no tool", variants[v].zone, o, tools[t]);
      assert_false(plays(ir, "rt", TMC_ROLE_TOOL_EXECUTOR));
      char *c = report_canon(ir, cat);
      if (!first) {
        first = c;
        assert_non_null(
            strstr(first, "element t3 kind=\"process\" roles=[{role:\"tool_executor\""));
        assert_non_null(strstr(first, "\nfinding "));
      } else {
        if (strcmp(first, c) != 0)
          fail_msg("'%s', order %zu: the report differs from order 0:\n%s\n---\n%s",
                   variants[v].zone, o, first, c);
        free(c);
      }
      tmc_ir_free(ir);
    }
    free(first);
  }
}

/* Is line [s, e) a node statement alone ("  id [attrs];"), not a default
 * (node, edge, graph) nor a statement running on to the next line? */
static bool node_line(const char *s, const char *e) {
  while (s < e && (*s == ' ' || *s == '\t'))
    s++;
  const char *id = s;
  while (s < e && (isalnum((unsigned char)*s) || *s == '_'))
    s++;
  size_t n = (size_t)(s - id);
  if (!n || isdigit((unsigned char)*id) ||
      (n == 4 && (strncmp(id, "node", 4) == 0 || strncmp(id, "edge", 4) == 0)) ||
      (n == 5 && strncmp(id, "graph", 5) == 0))
    return false;
  while (s < e && *s == ' ')
    s++;
  if (s == e || *s != '[')
    return false;
  while (e > s && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r' || e[-1] == ';'))
    e--;
  return e > s && e[-1] == ']';
}

/* DOT text with each run of consecutive node statements in reverse order;
 * malloc'd. *moved: whether any run had two or more. */
static char *reverse_node_runs(const char *data, size_t len, bool *moved) {
  const char **at = tmc_xmalloc((len + 2) * sizeof *at);
  size_t n = 0;
  for (const char *p = data; p < data + len;) {
    at[n++] = p;
    const char *nl = memchr(p, '\n', (size_t)(data + len - p));
    p = nl ? nl + 1 : data + len;
  }
  at[n] = data + len;
  tmc_buf b = TMC_BUF_INIT;
  *moved = false;
  for (size_t i = 0; i < n;) {
    size_t j = i;
    while (j < n && at[j + 1][-1] == '\n' && node_line(at[j], at[j + 1] - 1))
      j++;
    if (j - i >= 2)
      *moved = true;
    for (size_t k = j; k > i; k--)
      tmc_buf_put(&b, at[k - 1], (size_t)(at[k] - at[k - 1]));
    if (j == i) {
      tmc_buf_put(&b, at[i], (size_t)(at[i + 1] - at[i]));
      j++;
    }
    i = j;
  }
  free(at);
  char *out = tmc_buf_detach(&b);
  return out ? out : tmc_xstrdup("");
}

struct order_tally {
  int moved; /* diagrams with a run of node statements to reverse */
};

static void check_any_node_order(const char *path, const char *data, size_t len,
                                 void *ctx) {
  size_t l = strlen(path);
  if (l < 4 || strcmp(path + l - 4, ".dot") != 0)
    return;
  bool moved;
  char *other = reverse_node_runs(data, len, &moved);
  if (!moved) {
    free(other);
    return;
  }
  ((struct order_tally *)ctx)->moved++;
  tmc_diags d = TMC_DIAGS_INIT;
  tmc_ir *a = ir_analysed(path, data, len, cat, NULL, &d);
  tmc_ir *b = ir_analysed(path, other, strlen(other), cat, NULL, &d);
  char *ca = report_canon(a, cat), *cb = report_canon(b, cat);
  if (strcmp(ca, cb) != 0)
    fail_msg(
        "%s: the report depends on the order its nodes are declared in:\n%s\n---\n%s",
        path, ca, cb);
  free(ca);
  free(cb);
  tmc_ir_free(a);
  tmc_ir_free(b);
  tmc_diags_free(&d);
  free(other);
}

/* Every drawn DOT diagram of the tuning sets and the examples gives the same
 * report (kinds, roles with their evidence, entries, assets, findings) with
 * its node statements declared in reverse order. */
static void test_any_node_order_on_drawn_sets(void **state) {
  (void)state;
  static const char *const sets[] = {"tests/blind",  "tests/blind2",      "tests/blind5",
                                     "tests/blind6", "tests/blind8",      "tests/paths",
                                     "tests/noai",   "tests/casestudies", "examples"};
  struct order_tally t = {0};
  for_each_diagram(sets, sizeof sets / sizeof *sets, check_any_node_order, &t);
  assert_true(t.moved >= 30);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_agent),
      cmocka_unit_test(test_rag),
      cmocka_unit_test(test_trainer),
      cmocka_unit_test(test_sources_and_holders),
      cmocka_unit_test(test_no_ai_roles),
      cmocka_unit_test(test_conditions),
      cmocka_unit_test(test_zone_box_shows_people),
      cmocka_unit_test(test_tools_by_zone),
      cmocka_unit_test(test_tools_by_zone_any_order),
      cmocka_unit_test(test_any_node_order_on_drawn_sets),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
