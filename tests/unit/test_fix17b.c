/* test_fix17b.c - words and shapes that named a kind they do not name
 * (review17 items of the first wave): short generative-model product names
 * that are common words or other products, resource-name segments that
 * read as a key vault on a process, a draw.io list of icons that became a
 * pool, and an applicant's own video feed that stopped being a request to
 * the model. Each drawn in wordings the review's probes did not use. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "engine_helpers.h"

/* No AI drawn: a label printer's "image generator", Rockwell's ControlNet
 * fieldbus, a Spanish "imagen" service, a viewer called Veo, a payroll
 * system called Suno: processes, no model, no AI id. */
static void test_generative_false_friends(void **state) {
  (void)state;
  static const char *const names[] = {"Shipping label image generator",
                                      "ControlNet adapter (1756-CNB)",
                                      "Servicio de imagen diagnostica",
                                      "Veo viewer",
                                      "Suno payroll",
                                      "Sora booking service",
                                      "Pika image resizer",
                                      NULL};
  for (size_t i = 0; names[i]; i++) {
    char dot[2048];
    snprintf(dot, sizeof dot,
             "digraph g {\n"
             "  u [type=external, label=\"Warehouse clerk\"];\n"
             "  subgraph cluster_w { label=\"Warehouse\";\n"
             "    app [label=\"Order packing app\"];\n"
             "    x [label=\"%s\"];\n"
             "    db [type=data_store, label=\"Orders DB\"];\n"
             "  }\n"
             "  u -> app [label=\"scan parcel\"];\n"
             "  app -> x [label=\"render request\"];\n"
             "  x -> app [label=\"PNG\"];\n"
             "  app -> db [label=\"status\"];\n"
             "}\n",
             names[i]);
    tmc_ir *ir = analyse_with(dot, cat, NULL);
    assert_int_equal(ir->elements[elem(ir, "x")].kind, TMC_KIND_PROCESS);
    assert_false(any_ai_id(ir));
    tmc_ir_free(ir);
  }
}

/* The same short names with their vendor or version are the models. */
static void test_generative_named_with_vendor(void **state) {
  (void)state;
  static const char *const names[] = {"Imagen 3 (Vertex AI)", "Google Veo 3",
                                      "OpenAI Sora API", "Kling AI video", NULL};
  for (size_t i = 0; names[i]; i++) {
    char dot[2048];
    snprintf(dot, sizeof dot,
             "digraph g {\n"
             "  u [type=external, label=\"Marketing team\"];\n"
             "  app [label=\"Campaign studio\"];\n"
             "  gen [label=\"%s\"];\n"
             "  u -> app [label=\"brief\"];\n"
             "  app -> gen [label=\"prompt\"];\n"
             "  gen -> app [label=\"clips\"];\n"
             "}\n",
             names[i]);
    tmc_ir *ir = analyse_with(dot, cat, NULL);
    const tmc_element *g = &ir->elements[elem(ir, "gen")];
    assert_int_equal(g->kind, TMC_KIND_MODEL);
    assert_true(g->facts.generative);
    tmc_ir_free(ir);
  }
}

/* A name led by a vault type whose next segment is a doer is code that
 * works the vault ("vault-agent-injector", "secrets-sync"); one beside a
 * segment naming what a key-value store keeps is that store ("cart-kv",
 * "kv-ratelimit"); the type's own workload names stay the vault
 * ("kv-claims-bot", "payroll-prod-kv"). */
static void test_vault_name_heads(void **state) {
  (void)state;
  static const char dot[] =
      "digraph v {\n"
      "  subgraph cluster_k { label=\"Kubernetes cluster\";\n"
      "    inj [shape=box, label=\"vault-agent-injector\"];\n"
      "    sync [shape=box, label=\"secrets-sync (CronJob)\"];\n"
      "    cart [shape=box, label=\"cart-kv\"];\n"
      "    rl [shape=box, label=\"kv-ratelimit\"];\n"
      "    bot [shape=box, label=\"claims-bot\"];\n"
      "    kvb [shape=box, label=\"kv-claims-bot\"];\n"
      "    pkv [shape=box, label=\"payroll-prod-kv\"];\n"
      "  }\n"
      "  inj -> bot [label=\"renders secrets file\"];\n"
      "  sync -> bot [label=\"env\"];\n"
      "  bot -> cart; bot -> rl; bot -> kvb [label=\"get secret\"];\n"
      "  bot -> pkv [label=\"get secret\"];\n"
      "}\n";
  tmc_ir *ir = analyse_with(dot, cat, NULL);
  static const char *const code[] = {"inj", "sync", "cart", "rl", NULL};
  for (const char *const *c = code; *c; c++)
    assert_int_not_equal(ir->elements[elem(ir, *c)].tech, TMC_TECH_SECRETS_VAULT);
  assert_int_equal(ir->elements[elem(ir, "inj")].kind, TMC_KIND_PROCESS);
  assert_int_equal(ir->elements[elem(ir, "sync")].kind, TMC_KIND_PROCESS);
  assert_int_equal(ir->elements[elem(ir, "kvb")].tech, TMC_TECH_SECRETS_VAULT);
  assert_int_equal(ir->elements[elem(ir, "pkv")].tech, TMC_TECH_SECRETS_VAULT);
  tmc_ir_free(ir);
}

/* What people photograph and upload is theirs to send: a claimant's
 * "scene photo upload" or "items in view" reaches the model as a request
 * (an inference API, extraction open), not as a camera's view. */
static void test_uploaded_scenes_are_requests(void **state) {
  (void)state;
  static const char *const words[] = {"accident scene photos", "items in view (photo)",
                                      NULL};
  for (size_t i = 0; words[i]; i++) {
    char dot[1024];
    snprintf(dot, sizeof dot,
             "digraph g {\n"
             "  u [type=external, label=\"Policyholder (mobile app)\"];\n"
             "  api [label=\"Claims intake API\"];\n"
             "  m [type=model, label=\"Damage estimate model\"];\n"
             "  u -> api [label=\"photo upload\"];\n"
             "  api -> m [label=\"%s\"];\n"
             "  m -> api [label=\"estimate\"];\n"
             "}\n",
             words[i]);
    tmc_ir *ir = analyse_with(dot, cat, NULL);
    assert_true(ir->elements[elem(ir, "m")].facts.inference_api);
    tmc_ir_free(ir);
  }
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_generative_false_friends),
      cmocka_unit_test(test_generative_named_with_vendor),
      cmocka_unit_test(test_vault_name_heads),
      cmocka_unit_test(test_uploaded_scenes_are_requests),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
