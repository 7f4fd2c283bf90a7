/* test_r2chain.c - the technique each hop of an attack path names (issue
 * #16, round 2 of the twenty-sixth session: causes that recur over the
 * tuning sets, in other words and other domains).
 *
 * (1) An agent steered by planted text (a referral letter in a shared
 *     mailbox, a repair request in a queue) that reads a store itself (a
 *     bookings database, the keys it is handed) with no tool of its own
 *     drawn on the way invokes the query or tool it was given: AI Agent
 *     Tool Invocation (AML.T0053) at the agent beside the indirect
 *     injection. A path on through a drawn tool names it at the tool only,
 *     and a system with no model names no ATLAS id at all.
 * (2) A path to take what a retrieval store holds that reaches it by
 *     poisoning it (RAG Poisoning at the store) reads none of it on the way:
 *     the planted chunk, retrieved with the others, tells the model to hand
 *     them out, indirect prompt injection beside the poisoning at the store.
 *     Someone who asks and reads it back names no injection there.
 * (3) What an agent that calls tools recalls from its own memory, steered
 *     by a partner plugin's answer, leaves by a later tool call: Exfiltration
 *     via AI Agent Tool Invocation (AML.T0086) beside the memory's own step;
 *     the person who asks reads it in the answer instead. */
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
#include "drawio_macros.h"
#include "frontend/frontend.h"
#include "passes/passes.h"
#include "path_helpers.h"

/* (1) A hospital's referral intake; the model's code or a rules engine. */
static const char *referrals(const char *who, const char *brain) {
  static char buf[2048];
  snprintf(buf, sizeof buf,
           "digraph referrals {\n"
           "  gp [label=\"Referring practices\\n(anyone can e-mail referrals@)\", "
           "shape=ellipse];\n"
           "  subgraph cluster_h { label=\"Hospital AWS account\";\n"
           "    box [label=\"referrals@ shared mailbox (Exchange Online)\", "
           "shape=cylinder];\n"
           "    agent [label=\"%s\"];\n"
           "    llm [label=\"%s\", shape=ellipse];\n"
           "    sched [label=\"Outpatient bookings DB (patients, slots)\", "
           "shape=cylinder];\n"
           "    t_mail [label=\"send_letter tool\", shape=hexagon];\n"
           "  }\n"
           "  gp -> box [label=\"referral letter + PDF\"];\n"
           "  box -> agent [label=\"new referrals\"];\n"
           "  agent -> llm [label=\"prompt + tool schemas\"];\n"
           "  llm -> agent [label=\"tool calls\"];\n"
           "  agent -> sched [label=\"find / book slot\"];\n"
           "  sched -> agent [label=\"patients, free slots\"];\n"
           "  agent -> t_mail [label=\"letter\"];\n"
           "  t_mail -> gp [label=\"appointment letter\"];\n"
           "}\n",
           who, brain);
  return buf;
}

static void test_agent_reads_store_itself(void **state) {
  (void)state;
  tmc_ir *ir = analysed(
      referrals("Referral triage agent (LangGraph)", "Claude 3.5 Sonnet (Bedrock)"));
  assert_true(
      hop_names(ir, "gp", "sched", "exfiltrate", "agent", "AML.T0051.001", "AML.T0053"));
  /* a drawn tool is where the invocation is named */
  assert_true(
      hop_names(ir, "gp", "t_mail", "act_through_agent", "t_mail", "AML.T0053", NULL));
  assert_false(
      hop_names(ir, "gp", "t_mail", "act_through_agent", "agent", NULL, "AML.T0053"));
  tmc_ir_free(ir);
  /* no model: no ATLAS step */
  ir = analysed(referrals("Referral triage service (Java)", "Scheduling rules engine"));
  assert_false(any_hop_names(ir, NULL, NULL, "AML.T0053"));
  assert_false(any_hop_names(ir, NULL, NULL, "AML.T0051"));
  tmc_ir_free(ir);
}

/* (1) ... in draw.io: a housing association's repairs agent reads the
 * contractors' API keys it is handed. */
static const char *REPAIRS = HEAD V(
    "u", "Tenants (anyone can open a repair request)", "shape=umlActor;html=1;", 0, 100,
    40, 80) ZONE("z", "Housing association GCP project", 300, 0, 1000,
                 400) C("q", "z", "Repair requests queue (Pub/Sub)", DB, 20, 40, 140, 60)
    C("ag", "z", "Repairs dispatch agent (CrewAI)", CARD, 220, 40, 160, 60)
        C("m", "z", "Gemini 2.0 Flash (Vertex AI)", "ellipse;whiteSpace=wrap;html=1;",
          420, 40, 120, 60) C("k", "z", "Contractor API keys (Secret Manager)", DB, 220,
                              200, 160, 60) LINK("e1", "u", "q", "request text + photos")
            LINK("e2", "q", "ag", "next request") LINK("e3", "ag", "m", "prompt + tools")
                LINK("e4", "m", "ag", "tool calls") LINK("e5", "ag", "k", "read keys")
                    LINK("e6", "k", "ag", "keys")
                        C("t", "z", "post_job_to_contractor tool",
                          "shape=hexagon;whiteSpace=wrap;html=1;", 620, 40, 160, 60)
                            V("c", "Contractor portal (partner)",
                              "rounded=0;whiteSpace=wrap;html=1;", 1400, 40, 140, 60)
                                LINK("e7", "ag", "t", "job")
                                    LINK("e8", "t", "c", "job order") TAIL;

static void test_agent_reads_keys_drawio(void **state) {
  (void)state;
  tmc_ir *ir = analysed_as("t.drawio", REPAIRS);
  assert_true(
      hop_names(ir, "u", "k", "steal_credentials", "ag", "AML.T0051.001", "AML.T0053"));
  assert_true(hop_names(ir, "u", "k", "steal_credentials", "k", "AML.T0055", NULL));
  /* a path that ends at the model names no tool invocation */
  assert_false(hop_names(ir, "u", "m", "hijack_model", "ag", NULL, "AML.T0053"));
  tmc_ir_free(ir);
}

/* (2) A utility's field-service assistant over vendors' manuals (DOT). */
static const char *MANUALS =
    "digraph kb {\n"
    "  vendors [label=\"Equipment vendors\\n(upload manuals via partner portal)\", "
    "shape=ellipse];\n"
    "  techs [label=\"Field technicians\", shape=ellipse];\n"
    "  subgraph cluster_p { label=\"Utility private cloud\";\n"
    "    portal [label=\"Partner upload portal\"];\n"
    "    ingest [label=\"Manual ingestion job (chunk + embed)\"];\n"
    "    idx [label=\"Milvus: manual chunks\", shape=cylinder];\n"
    "    bot [label=\"FieldHelp chat backend (RAG)\"];\n"
    "    llm [label=\"Llama 3.1 8B (Ollama)\", shape=ellipse];\n"
    "  }\n"
    "  vendors -> portal [label=\"PDF manuals\"];\n"
    "  portal -> ingest [label=\"new files\"];\n"
    "  ingest -> idx [label=\"chunks + vectors\"];\n"
    "  techs -> bot [label=\"question\"];\n"
    "  bot -> techs [label=\"answer (markdown)\"];\n"
    "  bot -> idx [label=\"similarity search\"];\n"
    "  idx -> bot [label=\"top-k chunks\"];\n"
    "  bot -> llm [label=\"prompt + chunks\"];\n"
    "  llm -> bot [label=\"answer\"];\n"
    "}\n";

static void test_poisoned_store_leaks_by_injection(void **state) {
  (void)state;
  tmc_ir *ir = analysed(MANUALS);
  assert_true(
      hop_names(ir, "vendors", "idx", "exfiltrate", "idx", "AML.T0070", "AML.T0051.001"));
  /* the technician who asks reads it back: leakage, no injection */
  assert_false(hop_names(ir, "techs", "idx", "exfiltrate", "idx", NULL, "AML.T0051.001"));
  assert_true(hop_names(ir, "techs", "idx", "exfiltrate", "idx", "AML.T0085", NULL));
  tmc_ir_free(ir);
}

/* (2) ... in draw.io: a university's tutor bot indexes students' essays. */
static const char *ESSAYS =
    HEAD V("s", "Students (submit essays)", "shape=umlActor;html=1;", 0, 100, 40, 80)
        ZONE("z", "University Azure tenant", 300, 0, 1200, 400)
            C("up", "z", "Essay submission service", CARD, 20, 40, 160, 60)
                C("emb", "z", "Essay indexer (embeddings)", CARD, 220, 40, 160, 60)
                    C("vs", "z", "pgvector: essay passages", DB, 420, 40, 160, 60)
                        C("tut", "z", "Tutor bot API (retrieval + prompt)", CARD, 620, 40,
                          160, 60) C("m", "z", "GPT-4o mini (Azure OpenAI)",
                                     "ellipse;whiteSpace=wrap;html=1;", 820, 40, 120,
                                     60) LINK("e1", "s", "up", "essay upload")
                            LINK("e2", "up", "emb", "new essays")
                                LINK("e3", "emb", "vs", "passages + vectors")
                                    LINK("e4", "s", "tut", "question")
                                        LINK("e5", "tut", "s", "answer")
                                            LINK("e6", "tut", "vs", "search")
                                                LINK("e7", "vs", "tut", "passages")
                                                    LINK("e8", "tut", "m", "prompt")
                                                        LINK("e9", "m", "tut", "answer")
                                                            TAIL;

static void test_poisoned_store_leaks_by_injection_drawio(void **state) {
  (void)state;
  tmc_ir *ir = analysed_as("t.drawio", ESSAYS);
  assert_true(hop_names(ir, "s", "vs", "exfiltrate", "vs", "AML.T0070", "AML.T0051.001"));
  /* the path that hijacks the model names the injection at the model */
  assert_false(hop_names(ir, "s", "m", "hijack_model", "vs", NULL, "AML.T0051.001"));
  tmc_ir_free(ir);
}

/* (3) A pet-care assistant with a partner shop's plugin (DOT). */
static const char *PETS =
    "digraph pets {\n"
    "  shop [label=\"PetStock partner plugin (third-party API)\", shape=box3d];\n"
    "  owner [label=\"Pet owners (mobile app)\", shape=ellipse];\n"
    "  subgraph cluster_c { label=\"Vetly cloud (GCP)\";\n"
    "    orch [label=\"Vetly assistant orchestrator\"];\n"
    "    llm [label=\"Gemini 1.5 Flash (Vertex AI)\", shape=ellipse];\n"
    "    mem [label=\"Owner memory (Firestore: pets, allergies, address)\", "
    "shape=cylinder];\n"
    "    t_shop [label=\"petstock_search tool\", shape=hexagon];\n"
    "  }\n"
    "  owner -> orch [label=\"chat\"];\n"
    "  orch -> owner [label=\"answer\"];\n"
    "  orch -> llm [label=\"prompt + tools + memory\"];\n"
    "  llm -> orch [label=\"tool calls / memory writes\"];\n"
    "  orch -> mem [label=\"save facts\"];\n"
    "  mem -> orch [label=\"recalled facts\"];\n"
    "  orch -> t_shop [label=\"query\"];\n"
    "  t_shop -> shop [label=\"search request\"];\n"
    "  shop -> t_shop [label=\"offers\"];\n"
    "  t_shop -> orch [label=\"offers\"];\n"
    "}\n";

static void test_memory_leaves_by_tool(void **state) {
  (void)state;
  tmc_ir *ir = analysed(PETS);
  assert_true(
      hop_names(ir, "shop", "mem", "exfiltrate", "mem", "AML.T0080", "AML.T0086"));
  /* the owner who asks reads it in the answer */
  assert_false(
      hop_names(ir, "owner", "mem", "exfiltrate", "mem", "AML.T0080", "AML.T0086"));
  tmc_ir_free(ir);
}

/* (3) ... in draw.io: a recruiting assistant with a job board's plugin. */
static const char *RECRUIT = HEAD V("jb", "JobHub plugin (third-party job board API)",
                                    "shape=hexagon;whiteSpace=wrap;html=1;", 1400, 40,
                                    160, 60) V("rec", "Recruiters",
                                               "shape=umlActor;html=1;", 0, 100, 40, 80)
    ZONE("z", "Talentry AWS account", 300, 0, 1000,
         400) C("ag", "z", "Sourcing agent orchestrator", CARD, 20, 40, 160, 60)
        C("m", "z", "Claude 3.5 Haiku (Bedrock)", "ellipse;whiteSpace=wrap;html=1;", 220,
          40, 120, 60) C("mm", "z", "Candidate memory (DynamoDB: notes, salaries)", DB,
                         20, 200, 200,
                         60) C("t", "z", "jobhub_lookup tool",
                               "shape=hexagon;whiteSpace=wrap;html=1;", 420, 40, 160, 60)
            LINK("e1", "rec", "ag", "request") LINK("e2", "ag", "rec", "shortlist")
                LINK("e3", "ag", "m", "prompt + tools")
                    LINK("e4", "m", "ag", "tool calls") LINK("e5", "ag", "mm", "remember")
                        LINK("e6", "mm", "ag", "recalled notes")
                            LINK("e7", "ag", "t", "lookup") LINK("e8", "t", "jb", "query")
                                LINK("e9", "jb", "t", "postings")
                                    LINK("e10", "t", "ag", "postings") TAIL;

static void test_memory_leaves_by_tool_drawio(void **state) {
  (void)state;
  tmc_ir *ir = analysed_as("t.drawio", RECRUIT);
  assert_true(hop_names(ir, "jb", "mm", "exfiltrate", "mm", "AML.T0080", "AML.T0086"));
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_agent_reads_store_itself),
      cmocka_unit_test(test_agent_reads_keys_drawio),
      cmocka_unit_test(test_poisoned_store_leaks_by_injection),
      cmocka_unit_test(test_poisoned_store_leaks_by_injection_drawio),
      cmocka_unit_test(test_memory_leaves_by_tool),
      cmocka_unit_test(test_memory_leaves_by_tool_drawio),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
