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

/* review15: code that talks to its LLM only through a gateway or proxy
 * that does nothing else (roles.c llm_via_relay, callees15) still builds
 * the prompts and dispatches the tools; the relay is no agent. Two
 * gateways, worded differently (fails without llm_via_relay). */
static void test_agent_through_gateway(void **state) {
  (void)state;
  static const char *const gw[] = {"LiteLLM proxy", "Azure API Management (AI gateway)"};
  for (size_t i = 0; i < 2; i++) {
    char dot[768];
    snprintf(dot, sizeof dot,
             "digraph g {\n"
             "  user [type=external, label=\"Customer\"];\n"
             "  orch [label=\"Claims assistant backend\"];\n"
             "  gw [label=\"%s\"];\n"
             "  llm [type=llm, label=\"Hosted LLM\"];\n"
             "  t1 [type=agent_tool, label=\"Refunds tool\"];\n"
             "  user -> orch; orch -> gw; gw -> llm; llm -> gw; gw -> orch;\n"
             "  orch -> t1; t1 -> orch;\n"
             "}\n",
             gw[i]);
    tmc_ir *ir = analyse_with(dot, cat, "roles");
    if (!plays(ir, "orch", TMC_ROLE_AGENT) ||
        !plays(ir, "orch", TMC_ROLE_PROMPT_ASSEMBLER))
      fail_msg("%s: the code behind the gateway is no agent", gw[i]);
    assert_false(plays(ir, "gw", TMC_ROLE_AGENT));
    tmc_ir_free(ir);
  }
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
    bool by_kind; /* a tool server's zone makes the kind (classify), the
                   * role follows from it; other tool zones make the role */
  } cases[] = {
      {"our tools", "Refund issuer", "rt", true, false},
      {"MCP servers", "Order lookup", "rt", true, true},
      {"Plugins", "FX converter", "rt", true, false},
      {"our tools", "Refund issuer", "cron", false, false},
      {"Billing backend", "Refund issuer", "rt", false, false},
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
      /* The zone made the role, or (a tool server's zone, classify) the
       * kind the role follows from: either way the zone is the evidence,
       * and which of the two is fixed per case. */
      const tmc_why *w = why(ir, "t", TMC_ROLE_TOOL_EXECUTOR);
      const tmc_element *te = NULL;
      for (uint32_t k = 0; k < ir->n_elements; k++)
        if (strcmp(ir->elements[k].id, "t") == 0)
          te = &ir->elements[k];
      assert_non_null(te);
      if (cases[i].by_kind) {
        assert_int_equal(w->source, TMC_SOURCE_KIND);
        assert_int_equal(te->kind_source, TMC_SOURCE_ZONE);
        assert_non_null(strstr(te->kind_evidence, cases[i].zone));
      } else {
        assert_int_equal(w->source, TMC_SOURCE_ZONE);
        assert_non_null(strstr(w->evidence, cases[i].zone));
      }
    }
    assert_false(plays(ir, "rt", TMC_ROLE_TOOL_EXECUTOR));
    tmc_ir_free(ir);
  }
}

/* t1, t2 and t3 are tools and the agent rt is none (the permutation tests:
 * what and o name the variant and order). */
static void three_tools(const tmc_ir *ir, const char *what, size_t o) {
  static const char *const tools[] = {"t1", "t2", "t3"};
  for (size_t t = 0; t < 3; t++)
    if (!plays(ir, tools[t], TMC_ROLE_TOOL_EXECUTOR))
      fail_msg("'%s', order %zu: %s is no tool", what, o, tools[t]);
  assert_false(plays(ir, "rt", TMC_ROLE_TOOL_EXECUTOR));
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
  for (size_t v = 0; v < sizeof variants / sizeof *variants; v++) {
    const char *edges[] = {"rt -> m;",       "m -> rt;",  "rt -> t1;",
                           variants[v].link, "t2 -> t3;", "t3 -> pay;"};
    char *first = NULL;
    for (size_t o = 0; o < 12; o++) {
      const int *p = report_orders[o % 6];
      char es[300];
      report_edges(es, sizeof es, edges, sizeof edges / sizeof *edges, o);
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
      three_tools(ir, variants[v].zone, o);
      report_same(&first, report_canon(ir, cat), variants[v].zone, o);
      assert_non_null(
          strstr(first, "element t3 kind=\"process\" roles=[{role:\"tool_executor\""));
      assert_non_null(strstr(first, "\nfinding "));
      tmc_ir_free(ir);
    }
    free(first);
  }
}

/* Tools named by their own words that call one another (the agent calls a
 * refund executor, which calls a ledger action, which calls a bash runner):
 * each is a tool whatever order the diagram declares them in, because each
 * one's caller is a tool by its own word too (words_sweep). The whole JSON
 * report is the same for every order of the node statements, with the edge
 * statements forwards or backwards. Two wordings, one with a two-way flow
 * and an LLM as the agent's caller drawn the other way. Fails when the words
 * sweep takes the elements once in declaration order. */
static void test_tool_words_any_order(void **state) {
  (void)state;
  static const struct {
    const char *agent, *t1, *t2, *t3, *link; /* link: how t1 reaches t2 */
  } variants[] = {
      {"support-agent runtime", "Refund executor", "Ledger action", "Bash runner",
       "t1 -> t2;"},
      {"Ops copilot orchestrator", "Payout actions service", "Headless browser worker",
       "Terminal session service", "t1 -> t2 [dir=both];"},
  };
  for (size_t v = 0; v < sizeof variants / sizeof *variants; v++) {
    char nodes[3][120];
    snprintf(nodes[0], sizeof nodes[0], "t1 [label=\"%s\"];", variants[v].t1);
    snprintf(nodes[1], sizeof nodes[1], "t2 [label=\"%s\"];", variants[v].t2);
    snprintf(nodes[2], sizeof nodes[2], "t3 [label=\"%s\"];", variants[v].t3);
    const char *edges[] = {"rt -> m;", "m -> rt;", "rt -> t1;", variants[v].link,
                           "t2 -> t3;"};
    char *first = NULL;
    for (size_t o = 0; o < 12; o++) {
      const int *p = report_orders[o % 6];
      char es[300];
      report_edges(es, sizeof es, edges, sizeof edges / sizeof *edges, o);
      char dot[900];
      snprintf(dot, sizeof dot,
               "digraph g {\n"
               "  rt [label=\"%s\"];\n"
               "  %s %s %s\n"
               "  m [label=\"Claude Sonnet\", type=llm];\n"
               "  %s}",
               variants[v].agent, nodes[p[0]], nodes[p[1]], nodes[p[2]], es);
      tmc_ir *ir = analyse_with(dot, cat, NULL);
      three_tools(ir, variants[v].agent, o);
      assert_int_equal(why(ir, "t3", TMC_ROLE_TOOL_EXECUTOR)->source,
                       TMC_SOURCE_LABEL_WORD);
      report_same(&first, report_canon(ir, cat), variants[v].agent, o);
      tmc_ir_free(ir);
    }
    free(first);
  }
}

/* Where two elements could be named or decide a role, the order the diagram
 * declares them in does not choose: two LLMs that call one plugin
 * themselves are both the agent (the one declared first, made the agent,
 * hid the tool from the other); a prompt builder fed by a user and a store
 * names the same one of them, a trainer writing a model and a registry
 * the same one, and a database two bots send the SQL an LLM wrote the same
 * bot, whichever flow or element comes first. Fails when the sweeps keep the
 * first match. */
static void test_no_first_match(void **state) {
  (void)state;
  static const char *const graphs[3][2] = {
      {"digraph g { u [type=external, label=\"Analyst\"]; m1 [type=llm, "
       "label=\"GPT-4o\"];"
       " m2 [type=llm, label=\"Claude\"]; p [type=agent_tool, label=\"Web plugin\"];"
       " u -> m1; u -> m2; m1 -> p; m2 -> p; p -> m1; }",
       "digraph g { p [type=agent_tool, label=\"Web plugin\"]; m2 [type=llm,"
       " label=\"Claude\"]; m1 [type=llm, label=\"GPT-4o\"]; u [type=external,"
       " label=\"Analyst\"]; p -> m1; m2 -> p; m1 -> p; u -> m2; u -> m1; }"},
      {"digraph g { subgraph cluster_c { label=\"Corp VPC\"; app [label=\"Chat "
       "backend\"];"
       " kb [type=data_store, label=\"FAQ store\"]; tr [type=pipeline, label=\"Tuner\"];"
       " ds [type=dataset]; reg [type=model_registry]; } u [type=external];"
       " l [type=llm, label=\"Llama\"]; mm [type=model, label=\"Ranker\"];"
       " u -> app; kb -> app; app -> l; l -> app; ds -> tr; tr -> mm; tr -> reg; }",
       "digraph g { l [type=llm, label=\"Llama\"]; mm [type=model, label=\"Ranker\"];"
       " u [type=external]; subgraph cluster_c { label=\"Corp VPC\"; reg "
       "[type=model_registry];"
       " ds [type=dataset]; tr [type=pipeline, label=\"Tuner\"]; kb [type=data_store,"
       " label=\"FAQ store\"]; app [label=\"Chat backend\"]; } tr -> reg; tr -> mm;"
       " ds -> tr; l -> app; app -> l; kb -> app; u -> app; }"},
      {"digraph g { u [type=external]; l [type=llm, label=\"GPT-4o\"]; zb "
       "[label=\"Reporting"
       " bot\"]; ab [label=\"Analytics bot\"]; db [type=data_store, label=\"Sales DB\","
       " tech=sql_database]; u -> zb; u -> ab; zb -> l; l -> zb [label=\"SQL\"]; ab -> l;"
       " l -> ab [label=\"SQL\"]; zb -> db [label=\"SQL query\"];"
       " ab -> db [label=\"SQL query\"]; }",
       "digraph g { db [type=data_store, label=\"Sales DB\", tech=sql_database];"
       " ab [label=\"Analytics bot\"]; zb [label=\"Reporting bot\"]; l [type=llm,"
       " label=\"GPT-4o\"]; u [type=external]; ab -> db [label=\"SQL query\"];"
       " zb -> db [label=\"SQL query\"]; l -> ab [label=\"SQL\"]; ab -> l;"
       " l -> zb [label=\"SQL\"]; zb -> l; u -> ab; u -> zb; }"},
  };
  for (int g = 0; g < 3; g++) {
    char *first = NULL;
    for (int o = 0; o < 2; o++) {
      tmc_ir *ir = analyse_with(graphs[g][o], cat, NULL);
      if (g == 0) {
        assert_true(plays(ir, "m1", TMC_ROLE_AGENT));
        assert_true(plays(ir, "m2", TMC_ROLE_AGENT));
      } else if (g == 1) {
        assert_true(plays(ir, "app", TMC_ROLE_PROMPT_ASSEMBLER));
        assert_true(plays(ir, "tr", TMC_ROLE_TRAINER));
      } else {
        assert_true(plays(ir, "db", TMC_ROLE_OUTPUT_SINK));
      }
      char *c = report_canon(ir, cat);
      if (!first)
        first = c;
      else {
        if (strcmp(first, c) != 0)
          fail_msg(
              "graph %d: the report differs with its statements reversed:\n%s\n---\n%s",
              g, first, c);
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

/* Is line [s, e) an edge statement alone ("  a -> b [attrs];", quoted ids
 * allowed), or several on one line: an edge operator outside quotes, no
 * braces, no HTML label, comment or graph attribute, brackets closed? */
static bool edge_line(const char *s, const char *e) {
  while (s < e && (*s == ' ' || *s == '\t'))
    s++;
  if (s == e || !(isalnum((unsigned char)*s) || *s == '_' || *s == '"') ||
      (e - s >= 4 && (strncmp(s, "node", 4) == 0 || strncmp(s, "edge", 4) == 0)) ||
      (e - s >= 5 && strncmp(s, "graph", 5) == 0) ||
      (e - s >= 8 && strncmp(s, "subgraph", 8) == 0))
    return false;
  bool quoted = false, edge = false;
  int depth = 0;
  for (const char *p = s; p < e; p++) {
    if (quoted) {
      if (*p == '\\' && p + 1 < e)
        p++;
      else if (*p == '"')
        quoted = false;
      continue;
    }
    if (*p == '"')
      quoted = true;
    else if (*p == '{' || *p == '}' || *p == '<' || *p == '#' ||
             (*p == '/' && p + 1 < e && p[1] == '/') || (*p == '=' && depth == 0))
      return false;
    else if (*p == '[')
      depth++;
    else if (*p == ']')
      depth--;
    else if (*p == '-' && p + 1 < e && (p[1] == '>' || p[1] == '-') && depth == 0)
      edge = true;
  }
  return edge && !quoted && depth == 0;
}

static bool stmt_line(const char *s, const char *e) {
  return node_line(s, e) || edge_line(s, e);
}

/* DOT text with each run of consecutive lines `line` accepts (node
 * statements, or node and edge statements) in reverse order; malloc'd.
 * *moved: whether any run had two or more. */
static char *reverse_runs(const char *data, size_t len,
                          bool (*line)(const char *, const char *), bool *moved) {
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
    while (j < n && at[j + 1][-1] == '\n' && line(at[j], at[j + 1] - 1))
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
  int moved, stmts; /* diagrams with a run of node (node or edge) statements to reverse */
  int cells;        /* draw.io diagrams with cells to move */
};

static void check_any_node_order(const char *path, const char *data, size_t len,
                                 void *ctx) {
  size_t l = strlen(path);
  if (l < 4 || strcmp(path + l - 4, ".dot") != 0)
    return;
  tmc_diags d = TMC_DIAGS_INIT;
  tmc_ir *a = ir_analysed(path, data, len, cat, NULL, &d);
  char *ca = report_canon(a, cat);
  /* the node statements reversed, then the node and edge statements */
  for (int how = 0; how < 2; how++) {
    bool moved;
    char *other = reverse_runs(data, len, how ? stmt_line : node_line, &moved);
    if (moved) {
      struct order_tally *t = ctx;
      *(how ? &t->stmts : &t->moved) += 1;
      tmc_ir *b = ir_analysed(path, other, strlen(other), cat, NULL, &d);
      char *cb = report_canon(b, cat);
      if (strcmp(ca, cb) != 0)
        fail_msg(
            "%s: the report depends on the order its %s are declared in:\n%s\n---\n%s",
            path, how ? "nodes and edges" : "nodes", ca, cb);
      free(cb);
      tmc_ir_free(b);
    }
    free(other);
  }
  free(ca);
  tmc_ir_free(a);
  tmc_diags_free(&d);
}

/* One cell of a draw.io page as written: an <mxCell> or an <object> /
 * <UserObject> wrapping one, [s, e) of the text. */
typedef struct drawn_cell {
  const char *s, *e;
  char id[96], parent[96];
  bool edge, geom;
  double x, y, w, h, ax, ay; /* as written (relative to the parent); absolute */
  int state;                 /* 0 not placed, 1 placed; absolute origin: 2 known */
} drawn_cell;

/* The value of attribute `name` in [s, e) into out (cut to its size), or
 * false. Values are XML-escaped, so a quote ends one. */
static bool cell_attr(const char *s, const char *e, const char *name, char *out,
                      size_t size) {
  char key[32];
  snprintf(key, sizeof key, " %s=\"", name);
  size_t kl = strlen(key);
  for (const char *p = s; p + kl <= e; p++)
    if (memcmp(p, key, kl) == 0) {
      const char *v = p + kl, *q = memchr(v, '"', (size_t)(e - v));
      if (!q)
        return false;
      size_t n = (size_t)(q - v) < size - 1 ? (size_t)(q - v) : size - 1;
      memcpy(out, v, n);
      out[n] = 0;
      return true;
    }
  return false;
}

static const char *find_in(const char *s, const char *e, const char *what) {
  size_t l = strlen(what);
  for (const char *p = s; p + l <= e; p++)
    if (memcmp(p, what, l) == 0)
      return p;
  return NULL;
}

static void cell_origin(drawn_cell *c, size_t n, size_t i, int depth) {
  if (c[i].state & 2 || depth > 64)
    return;
  c[i].ax = c[i].x, c[i].ay = c[i].y;
  for (size_t k = 0; k < n; k++)
    if (strcmp(c[k].id, c[i].parent) == 0 && !c[k].edge && c[k].geom) {
      cell_origin(c, n, k, depth + 1);
      c[i].ax += c[k].ax, c[i].ay += c[k].ay;
    }
  c[i].state |= 2;
}

static bool cells_overlap(const drawn_cell *a, const drawn_cell *b) {
  if (!a->geom || !b->geom)
    return true;
  return a->ax < b->ax + b->w && b->ax < a->ax + a->w && a->ay < b->ay + b->h &&
         b->ay < a->ay + a->h;
}

/* A draw.io file (pages not compressed) with each page's cells in another
 * order that draws the same picture: the shapes in reverse order except that
 * shapes whose boxes overlap keep theirs (what is drawn on what) and a
 * parent comes before its children; the edges after them in reverse order,
 * their labels last. malloc'd; *moved: whether any page had cells to move. */
static char *reverse_cells(const char *data, size_t len, bool *moved) {
  tmc_buf b = TMC_BUF_INIT;
  const char *at = data, *end = data + len;
  *moved = false;
  for (const char *r; (r = find_in(at, end, "<root>")) != NULL;) {
    r += strlen("<root>");
    const char *re = find_in(r, end, "</root>");
    if (!re)
      break;
    tmc_buf_put(&b, at, (size_t)(r - at));
    drawn_cell *c = NULL;
    uint32_t n = 0, cap = 0;
    for (const char *p = r; p < re;) {
      while (p < re && *p != '<')
        p++;
      if (p >= re)
        break;
      const char *close = NULL;
      if (strncmp(p, "<mxCell", 7) == 0) {
        const char *gt = memchr(p, '>', (size_t)(re - p));
        if (!gt)
          break;
        close = gt[-1] == '/' ? gt + 1 : find_in(gt, re, "</mxCell>");
        if (close && gt[-1] != '/')
          close += strlen("</mxCell>");
      } else {
        const char *tag = strncmp(p, "<object", 7) == 0        ? "</object>"
                          : strncmp(p, "<UserObject", 11) == 0 ? "</UserObject>"
                                                               : NULL;
        close = tag ? find_in(p, re, tag) : NULL;
        if (close)
          close += strlen(tag);
      }
      if (!close) { /* something this walk does not know: leave the page */
        n = 0;
        break;
      }
      drawn_cell *x = TMC_PUSH(c, n, cap);
      memset(x, 0, sizeof *x);
      x->s = p, x->e = close;
      cell_attr(p, close, "id", x->id, sizeof x->id);
      cell_attr(p, close, "parent", x->parent, sizeof x->parent);
      char v[64];
      x->edge = cell_attr(p, close, "edge", v, sizeof v) && strcmp(v, "1") == 0;
      const char *g = find_in(p, close, "<mxGeometry");
      if (g) {
        const char *ge = memchr(g, '>', (size_t)(close - g));
        char w[64] = "", h[64] = "", gx[64] = "0", gy[64] = "0";
        cell_attr(g, ge, "x", gx, sizeof gx);
        cell_attr(g, ge, "y", gy, sizeof gy);
        x->geom = cell_attr(g, ge, "width", w, sizeof w) &&
                  cell_attr(g, ge, "height", h, sizeof h);
        x->x = atof(gx), x->y = atof(gy), x->w = atof(w), x->h = atof(h);
      }
      p = close;
    }
    /* the layers (no parent, or the root's child) stay first, in order */
    size_t layers = 0;
    while (layers < n && (!*c[layers].parent || strcmp(c[layers].parent, "0") == 0))
      layers++;
    if (n - layers < 2) {
      tmc_buf_put(&b, r, (size_t)(re - r));
    } else {
      for (size_t i = 0; i < n; i++)
        cell_origin(c, n, i, 0);
      for (size_t i = 0; i < layers; i++)
        tmc_buf_printf(&b, "\n%.*s", (int)(c[i].e - c[i].s), c[i].s);
      /* shapes: repeatedly the last one whose constraints are placed */
      size_t left = 0;
      for (size_t i = layers; i < n; i++) {
        bool label = false;
        for (size_t k = layers; k < n; k++)
          label |= c[k].edge && strcmp(c[k].id, c[i].parent) == 0;
        c[i].state &= ~1;
        if (c[i].edge || label)
          c[i].state |= 4; /* an edge or an edge's label: later */
        else
          left++;
      }
      while (left) {
        size_t pick = n;
        for (size_t i = n; i-- > layers && pick == n;) {
          if (c[i].state & 5)
            continue;
          bool ready = true;
          for (size_t k = layers; k < n && ready; k++)
            if (!(c[k].state & 5) && k != i &&
                ((k < i && cells_overlap(&c[k], &c[i])) ||
                 strcmp(c[k].id, c[i].parent) == 0))
              ready = false;
          if (ready)
            pick = i;
        }
        if (pick == n) /* a cycle of parents: the rest as written */
          for (size_t i = layers; i < n; i++)
            if (!(c[i].state & 5))
              pick = pick == n ? i : pick;
        c[pick].state |= 1, left--;
        if (pick != n - 1 || left)
          *moved = true;
        tmc_buf_printf(&b, "\n%.*s", (int)(c[pick].e - c[pick].s), c[pick].s);
      }
      for (size_t i = n; i-- > layers;)
        if (c[i].edge)
          tmc_buf_printf(&b, "\n%.*s", (int)(c[i].e - c[i].s), c[i].s);
      for (size_t i = layers; i < n; i++)
        if ((c[i].state & 4) && !c[i].edge)
          tmc_buf_printf(&b, "\n%.*s", (int)(c[i].e - c[i].s), c[i].s);
      tmc_buf_puts(&b, "\n");
    }
    free(c);
    at = re;
  }
  tmc_buf_put(&b, at, (size_t)(end - at));
  char *out = tmc_buf_detach(&b);
  return out ? out : tmc_xstrdup("");
}

static void check_any_cell_order(const char *path, const char *data, size_t len,
                                 void *ctx) {
  size_t l = strlen(path);
  if (l < 7 || strcmp(path + l - 7, ".drawio") != 0)
    return;
  bool moved;
  char *other = reverse_cells(data, len, &moved);
  if (moved) {
    ((struct order_tally *)ctx)->cells++;
    tmc_diags d = TMC_DIAGS_INIT;
    tmc_ir *a = ir_analysed(path, data, len, cat, NULL, &d);
    tmc_ir *b = ir_analysed(path, other, strlen(other), cat, NULL, &d);
    char *ca = report_canon(a, cat), *cb = report_canon(b, cat);
    if (strcmp(ca, cb) != 0)
      fail_msg("%s: the report depends on the order its cells are drawn in:\n%s\n---\n%s",
               path, ca, cb);
    free(ca);
    free(cb);
    tmc_ir_free(a);
    tmc_ir_free(b);
    tmc_diags_free(&d);
  }
  free(other);
}

/* Every drawn diagram of the tuning sets and the examples gives the same
 * report (kinds, roles with their evidence, entries, assets, findings with
 * theirs) drawn in another order: a draw.io file with its cells reversed
 * where that changes nothing in the picture (reverse_cells), a DOT file with
 * its node statements declared in reverse order, and with its node and edge
 * statements reversed together (edges reach an element in another order:
 * the neighbour a role's evidence names, the origin a finding's evidence
 * names do not move). */
static void test_any_order_on_drawn_sets(void **state) {
  (void)state;
  static const char *const sets[] = {"tests/blind",  "tests/blind2",      "tests/blind5",
                                     "tests/blind6", "tests/blind7",      "tests/blind8",
                                     "tests/blind9", "tests/blind11",     "tests/paths",
                                     "tests/noai",   "tests/casestudies", "examples"};
  struct order_tally t = {0};
  for_each_diagram(sets, sizeof sets / sizeof *sets, check_any_cell_order, &t);
  assert_true(t.cells >= 30);
  for_each_diagram(sets, sizeof sets / sizeof *sets, check_any_node_order, &t);
  assert_true(t.moved >= 30);
  assert_true(t.stmts >= 40);
}

/* A tool named by the call that reaches it, not by its own name: the flow
 * from code driving an LLM says a tool call ("function call", "tool_use"),
 * so the service it reaches carries out what the model chose; that makes
 * its caller the agent. The same words from code with no LLM near make no
 * tool, and the code that talks to the LLM is the dispatcher, never its own
 * tool; an LLM answering an orchestrator that also routes tools is no
 * agent itself. */
static void test_tool_by_call(void **state) {
  static const char d[] =
      "digraph t {\n"
      "  user [type=external, label=\"Bank customer\"];\n"
      "  eng [label=\"Chat service\"];\n"
      "  m [type=llm, label=\"Hosted chat model\", source=third_party];\n"
      "  pay [label=\"Payments service\"];\n"
      "  led [type=data_store, label=\"Ledger DB\"];\n"
      "  user -> eng -> user;\n"
      "  eng -> m [label=\"messages + schemas\"]; m -> eng [label=\"function_call "
      "JSON\"];\n"
      "  eng -> pay [label=\"function call: transfer\"]; pay -> led; pay -> eng;\n"
      "  cron [label=\"Nightly scheduler\"]; wk [label=\"Report worker\"];\n"
      "  cron -> wk [label=\"tool_use batch\"];\n"
      "}\n";
  tmc_ir *ir = analyse_with(d, cat, NULL);
  assert_true(plays(ir, "pay", TMC_ROLE_TOOL_EXECUTOR));
  /* kinds19 (K2): the call makes it an agent tool by kind already (source
   * flows); the role follows from that kind */
  assert_int_equal(ir->elements[elem(ir, "pay")].kind, TMC_KIND_AGENT_TOOL);
  assert_int_equal(ir->elements[elem(ir, "pay")].kind_source, TMC_SOURCE_FLOWS);
  assert_true(why(ir, "pay", TMC_ROLE_TOOL_EXECUTOR)->source == TMC_SOURCE_FLOWS ||
              why(ir, "pay", TMC_ROLE_TOOL_EXECUTOR)->source == TMC_SOURCE_KIND);
  assert_true(plays(ir, "eng", TMC_ROLE_AGENT));
  assert_false(plays(ir, "eng", TMC_ROLE_TOOL_EXECUTOR));
  assert_false(plays(ir, "m", TMC_ROLE_AGENT));
  assert_false(plays(ir, "wk", TMC_ROLE_TOOL_EXECUTOR));
  tmc_ir_free(ir);

  /* the orchestrator routes tools and talks to the model: the model only
   * answers it, and is no agent of its own */
  static const char o[] = "digraph o {\n"
                          "  p [type=external, label=\"Driver\"];\n"
                          "  orch [label=\"Dialog orchestrator and tool router\"];\n"
                          "  m [type=llm, label=\"Vendor LLM\", source=third_party];\n"
                          "  gw [label=\"Car command gateway\"];\n"
                          "  p -> orch; orch -> m [label=\"prompt\"]; m -> orch "
                          "[label=\"reply / tool call\"];\n"
                          "  orch -> gw [label=\"invoke tool\"]; gw -> orch;\n"
                          "}\n";
  ir = analyse_with(o, cat, NULL);
  assert_true(plays(ir, "orch", TMC_ROLE_AGENT));
  assert_true(plays(ir, "gw", TMC_ROLE_TOOL_EXECUTOR));
  assert_false(plays(ir, "m", TMC_ROLE_AGENT));
  tmc_ir_free(ir);
}

/* A router fanning out to many services beside an LLM: whether the router
 * is code next to an LLM is asked once, not once per service it calls (the
 * tool-call sweep was quadratic in the fan-out: 2.6 s of CPU in the roles
 * pass for 20 000 services). The one flow saying a function call still
 * makes its service a tool. No test asserts time (bench/ measures it): a
 * quadratic walk here shows as this test taking seconds, not as a failure. */
static void test_tool_by_call_fan_out(void **state) {
  (void)state;
  enum { N = 20000 };
  tmc_buf b = TMC_BUF_INIT;
  tmc_buf_puts(&b, "digraph f {\n  user [type=external, label=\"Customer\"];\n"
                   "  hub [label=\"Request router\"];\n"
                   "  m [type=llm, label=\"Assistant LLM\"];\n  user -> hub;\n");
  for (int i = 0; i < N; i++)
    tmc_buf_printf(&b, "  hub -> w%d [label=\"job\"];\n", i);
  tmc_buf_puts(&b, "  hub -> pay [label=\"function call: refund\"];\n"
                   "  hub -> m; m -> hub;\n}\n");
  tmc_ir *ir = analyse_with(b.data, cat, "roles");
  assert_true(plays(ir, "pay", TMC_ROLE_TOOL_EXECUTOR));
  assert_false(plays(ir, "w7", TMC_ROLE_TOOL_EXECUTOR));
  tmc_ir_free(ir);
  tmc_buf_free(&b);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_agent),
      cmocka_unit_test(test_agent_through_gateway),
      cmocka_unit_test(test_rag),
      cmocka_unit_test(test_trainer),
      cmocka_unit_test(test_sources_and_holders),
      cmocka_unit_test(test_no_ai_roles),
      cmocka_unit_test(test_conditions),
      cmocka_unit_test(test_zone_box_shows_people),
      cmocka_unit_test(test_tools_by_zone),
      cmocka_unit_test(test_tools_by_zone_any_order),
      cmocka_unit_test(test_tool_words_any_order),
      cmocka_unit_test(test_no_first_match),
      cmocka_unit_test(test_any_order_on_drawn_sets),
      cmocka_unit_test(test_tool_by_call),
      cmocka_unit_test(test_tool_by_call_fan_out),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
