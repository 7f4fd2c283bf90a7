/* test_precision18.c - family preconditions on every rule citing an id
 * (precision18): the fixes made for one rule of a family (no cost ids
 * where nobody sends work, ...) hold on the other rules citing the same
 * ids. Each family: a small system lacking the capability, in wordings
 * of other domains than the tuning sets', asserting none of the family's
 * ids appear; and the same system with the capability, keeping them. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "engine_helpers.h"

static bool cites_any(const tmc_ir *ir, const char *const *ids) {
  for (size_t i = 0; ids[i]; i++)
    if (any_cites(ir, NULL, ids[i]))
      return true;
  return false;
}

/* Cost and denial of service (LLM10, AML.T0034, AML.T0029) need someone
 * who sends the model work: an LLM that only hears a camera or a
 * microphone has no user to run up its bill. People typing in keep it. */
static void test_cost_needs_work_senders(void **state) {
  (void)state;
  static const char *const ids[] = {"LLM10", "AML.T0034", "AML.T0029", NULL};
  static const char *const sensors[][2] = {{"Bird-feeder camera", "frames every 10 s"},
                                           {"Lecture hall microphone", "audio chunks"},
                                           {NULL, NULL}};
  for (size_t i = 0; sensors[i][0]; i++) {
    for (int people = 0; people < 2; people++) {
      char dot[2048];
      snprintf(dot, sizeof dot,
               "digraph g {\n"
               "  s [type=external, label=\"%s\"];\n"
               "  subgraph cluster_c { label=\"Hosted project\";\n"
               "    llm [type=llm, label=\"Scene narrator (Gemini 1.5 Flash API)\"];\n"
               "    log [type=data_store, label=\"Captions table\"];\n"
               "  }\n"
               "  s -> llm [label=\"%s\"];\n"
               "  llm -> log [label=\"caption\"];\n"
               "  %s\n"
               "}\n",
               sensors[i][0], sensors[i][1],
               people ? "u [type=external, label=\"Anyone on the web\"]; "
                        "u -> llm [label=\"ask a question\"];"
                      : "");
      tmc_ir *ir = analyse_with(dot, cat, NULL);
      if (people)
        assert_true(any_cites(ir, "llm", "LLM10"));
      else
        assert_false(cites_any(ir, ids));
      tmc_ir_free(ir);
    }
  }
}

/* Excessive agency (LLM06, AML.T0053, AML.T0086) needs tools: code that
 * reads invoices with a model and posts payables moves money on what a
 * model wrote (LLM05) but gives the model no tool to call; the same
 * payables reached through an agent's payment tool keep LLM06. */
static void test_agency_needs_tools(void **state) {
  (void)state;
  static const char *const ids[] = {"LLM06", "AML.T0053", "AML.T0086", NULL};
  static const char *const payers[] = {"SAP S/4HANA payables posting",
                                       "Banking portal (SEPA transfers)", NULL};
  for (size_t i = 0; payers[i]; i++) {
    for (int tools = 0; tools < 2; tools++) {
      char dot[2048];
      snprintf(
          dot, sizeof dot,
          "digraph g {\n"
          "  sup [type=external, label=\"Suppliers\"];\n"
          "  subgraph cluster_c { label=\"Finance tenant\";\n"
          "    inbox [type=data_store, label=\"AP mailbox (Exchange Online)\"];\n"
          "    rd [type=process, label=\"%s\"];\n"
          "    llm [type=llm, label=\"GPT-4o (Azure OpenAI)\"];\n"
          "    %s\n"
          "    pay [type=process, label=\"%s\"];\n"
          "  }\n"
          "  sup -> inbox [label=\"invoice PDF\"]; inbox -> rd [label=\"new mail\"];\n"
          "  rd -> llm [label=\"extract payee, IBAN, amount\"];\n"
          "  llm -> rd [label=\"JSON fields\"];\n"
          "  %s\n"
          "}\n",
          tools ? "Accounts payable agent (function calling)" : "Invoice reader function",
          tools ? "tool [type=agent_tool, label=\"pay_invoice tool\"];" : "", payers[i],
          tools
              ? "rd -> tool [label=\"tool call\"]; tool -> pay [label=\"payment order\"];"
              : "rd -> pay [label=\"post payable\"];");
      tmc_ir *ir = analyse_with(dot, cat, NULL);
      if (tools)
        assert_true(any_cites(ir, NULL, "LLM06"));
      else
        assert_false(cites_any(ir, ids));
      tmc_ir_free(ir);
    }
  }
}

/* Extraction of what a shipped model memorised (TMC-TRAIN-014: AML.T0024.000,
 * ML04, ML03) needs someone who puts requests to it: a model on a handheld
 * that only sees a dock camera's frames suggests nothing to anyone, even
 * though it learnt from pickers' scans. (Models users type into keep it:
 * test_rules_ml's keyboards.) */
static void test_extraction_needs_work_senders(void **state) {
  (void)state;
  static const char dot[] =
      "digraph g {\n"
      "  subgraph cluster_h { label=\"Handheld scanner (on device)\";\n"
      "    m [type=model, label=\"On-device suggestion model (TFLite)\"];\n"
      "    a [label=\"Picking app\"];\n"
      "  }\n"
      "  subgraph cluster_c { label=\"Cloud\";\n"
      "    d [type=dataset, label=\"Pickers' scans and corrections\"];\n"
      "    t [type=pipeline, label=\"Nightly training job\"];\n"
      "  }\n"
      "  u [type=external, label=\"Dock door camera\"]; u -> m [label=\"video "
      "frames\"];\n"
      "  m -> a [label=\"suggestions\"];\n"
      "  a -> d [label=\"scan logs\"];\n"
      "  d -> t; t -> m [label=\"model file (OTA)\"];\n"
      "}\n";
  tmc_ir *ir = analyse_with(dot, cat, NULL);
  assert_true(ir->elements[elem(ir, "m")].facts.trained_on_people);
  assert_true(ir->elements[elem(ir, "m")].facts.on_device);
  assert_false(any_cites(ir, "m->a", "AML.T0024.000"));
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_cost_needs_work_senders),
      cmocka_unit_test(test_agency_needs_tools),
      cmocka_unit_test(test_extraction_needs_work_senders),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
