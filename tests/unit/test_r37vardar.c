/* test_r37vardar.c - what blind37's veterinary lab taught (thirty-third
 * session, helper r37vardar), drawn here in other words and another domain:
 *   - a workflow engine's DAG export (Nextflow's -with-dag) draws its
 *     channels and operators as dots captioned in code ("channel.of",
 *     "Channel.fromPath", "combine"): they are junctions, and a store drawn
 *     into a channel reaches the steps reading it; a dot captioned in words
 *     ("Field gateway") stays an element;
 *   - a step named in code, its words joined by underscores ("TRAIN_RF",
 *     "CLASSIFY_TUMOUR"), is named by its task as a DFD's process is, in
 *     Graphviz's default ellipse too; a store so named ("train_data") stays
 *     a store;
 *   - staff and users in Macedonian, Serbian/Croatian and Bulgarian are
 *     people, whatever they are drawn as; a lab instrument named by its make
 *     and model with an aside saying the device ("(hematology analyzer)",
 *     "(секвенцер)") is a device outside the software;
 *   - a folder drawn as a store whose name is an absolute path naming
 *     models ("NAS: /srv/ml/models") that a training step writes and a model
 *     reads is the registry, and weights on a network share (a NAS) can be
 *     copied (ML05); a route named so on a process ("GET /v1/models") is no
 *     folder;
 *   - someone else's database drawn as the outside, named by a store's head
 *     ("CARD database (public download)") and fed nothing, is an outside
 *     source of data when what it sends reaches training: the data supply
 *     chain (TMC-SUPPLY-011, AML.T0010.002); store heads in Serbian
 *     ("Skladište gena") and Macedonian ("база"). */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "path_helpers.h"

/* A hospital's tumour classification, exported from Nextflow and completed
 * by hand. */
static const char *const PATHOLOGY =
    "digraph \"dag\" {\n"
    "c0 [shape=point,label=\"\",fixedsize=true,width=0.1,xlabel=\"channel.of\"];\n"
    "s1 [label=\"QC_READS\"];\n"
    "c0 -> s1 [label=\"samples\"];\n"
    "c1 [shape=point,label=\"\",fixedsize=true,width=0.1,xlabel=\"Channel.fromPath\"];\n"
    "o1 [shape=circle,label=\"\",fixedsize=true,width=0.1,xlabel=\"combine\"];\n"
    "s1 -> o1;\n"
    "c1 -> o1 [label=\"labels_csv\"];\n"
    "s2 [label=\"TRAIN_RF\"];\n"
    "o1 -> s2;\n"
    "s3 [label=\"CLASSIFY_TUMOUR\"];\n"
    "o1 -> s3;\n"
    "c2 [shape=point,label=\"\",fixedsize=true,width=0.1,xlabel=\"Channel.fromPath\"];\n"
    "c2 -> s3 [label=\"rf_model\"];\n"
    "end1 [shape=point];\n"
    "s3 -> end1;\n"
    "gw [shape=point, label=\"\", xlabel=\"Field gateway\"];\n"
    "labels [label=\"Pathology labels\", shape=cylinder];\n"
    "models [label=\"Model share\", shape=folder];\n"
    "portal [label=\"Clinician portal\", shape=box];\n"
    "train_data [label=\"train_data\", shape=cylinder];\n"
    "sensor [label=\"Sensor\", shape=box];\n"
    "labels -> c1;\n"
    "s2 -> models;\n"
    "models -> c2;\n"
    "end1 -> portal;\n"
    "sensor -> gw; gw -> portal;\n"
    "s1 -> train_data;\n"
    "}\n";

/* Is there a flow from src to dst? */
static bool has_flow(const tmc_ir *ir, const char *src, const char *dst) {
  uint32_t s = tmc_ir_find_element(ir, 0, src), d = tmc_ir_find_element(ir, 0, dst);
  for (uint32_t f = 0; f < ir->n_flows; f++)
    if (ir->flows[f].src == s && ir->flows[f].dst == d)
      return true;
  return false;
}

static void test_dataflow_dots_are_junctions(void **state) {
  (void)state;
  tmc_ir *ir = analysed(PATHOLOGY);
  assert_non_null(ir);
  /* the operator and the channels with lines in and out go */
  assert_int_equal(tmc_ir_find_element(ir, 0, "o1"), TMC_NONE);
  assert_int_equal(tmc_ir_find_element(ir, 0, "c1"), TMC_NONE);
  assert_int_equal(tmc_ir_find_element(ir, 0, "c2"), TMC_NONE);
  /* the labels reach both steps through the channel and the operator; the
   * model share reaches the classifier */
  assert_true(has_flow(ir, "labels", "s2"));
  assert_true(has_flow(ir, "labels", "s3"));
  assert_true(has_flow(ir, "s1", "s2"));
  assert_true(has_flow(ir, "models", "s3"));
  /* a channel factory with nothing to join stays as drawn */
  assert_int_not_equal(tmc_ir_find_element(ir, 0, "c0"), TMC_NONE);
  /* a dot captioned in words is an element */
  assert_int_not_equal(tmc_ir_find_element(ir, 0, "gw"), TMC_NONE);
  assert_true(has_flow(ir, "sensor", "gw"));
  tmc_ir_free(ir);
}

static void test_code_named_steps_by_task(void **state) {
  (void)state;
  tmc_ir *ir = analysed(PATHOLOGY);
  assert_non_null(ir);
  assert_int_equal(ir->elements[el(ir, "s2")].kind, TMC_KIND_PIPELINE);
  assert_int_equal(ir->elements[el(ir, "s3")].kind, TMC_KIND_MODEL);
  assert_int_equal(ir->elements[el(ir, "s1")].kind, TMC_KIND_PROCESS);
  assert_int_equal(ir->elements[el(ir, "train_data")].kind, TMC_KIND_DATA_STORE);
  /* what the training step reads is its dataset */
  assert_int_equal(ir->elements[el(ir, "labels")].kind, TMC_KIND_DATASET);
  tmc_ir_free(ir);
}

/* A clinic's blood tests in Serbian and Macedonian, drawn as a DFD. */
static const char *const CLINIC =
    "digraph {\n"
    "  subgraph cluster_k { label=\"Klinika\";\n"
    "    lab [label=\"Laboranti\\n(unos rezultata)\", shape=ellipse];\n"
    "    vrab [label=\"Вработени (рецепција)\", shape=ellipse];\n"
    "    an [label=\"Sysmex XN-1000\\n(hematology analyzer)\", shape=box3d];\n"
    "    seq [label=\"Oxford MinION (секвенцер)\", shape=box3d];\n"
    "    bill [label=\"Acme X (billing)\", shape=box3d];\n"
    "    lis [label=\"LIS\", shape=box];\n"
    "    db [label=\"Rezultati\", shape=cylinder];\n"
    "  }\n"
    "  lab -> lis; vrab -> lis; an -> lis; seq -> lis; lis -> bill; lis -> db;\n"
    "}\n";

static void test_south_slavic_people_and_instruments(void **state) {
  (void)state;
  tmc_ir *ir = analysed(CLINIC);
  assert_non_null(ir);
  assert_int_equal(ir->elements[el(ir, "lab")].kind, TMC_KIND_EXTERNAL);
  assert_int_equal(ir->elements[el(ir, "vrab")].kind, TMC_KIND_EXTERNAL);
  assert_int_equal(ir->elements[el(ir, "an")].kind, TMC_KIND_EXTERNAL);
  assert_int_equal(ir->elements[el(ir, "seq")].kind, TMC_KIND_EXTERNAL);
  assert_true(ir->elements[el(ir, "lab")].facts.is_entry);
  /* an aside saying what a product is for is no device */
  assert_int_not_equal(ir->elements[el(ir, "bill")].kind, TMC_KIND_EXTERNAL);
  tmc_ir_free(ir);
}

/* A dairy's milk-yield forecasts: weights kept on the office NAS. */
static const char *const DAIRY =
    "digraph {\n"
    "  subgraph cluster_o { label=\"Office\";\n"
    "    yields [label=\"Yield history\", shape=cylinder];\n"
    "    fit [label=\"Weekly retrain (LightGBM)\", shape=box];\n"
    "    w [label=\"NAS: /srv/ml/models\\n(one file per herd)\", shape=folder];\n"
    "    fc [label=\"Yield forecast model\", shape=box];\n"
    "    api [label=\"GET /v1/models\", shape=box];\n"
    "  }\n"
    "  farmer [label=\"Farmers\", shape=ellipse];\n"
    "  yields -> fit; fit -> w; w -> fc; fc -> farmer; farmer -> api; api -> fc;\n"
    "}\n";

/* Does a finding of rule_id at element id name the id? */
static bool finding_names(const tmc_ir *ir, const char *rule_id, const char *id,
                          const char *want) {
  uint32_t e = el(ir, id);
  for (uint32_t i = 0; i < ir->n_findings; i++) {
    const tmc_finding *f = &ir->findings[i];
    if (f->target_kind != TMC_TARGET_ELEMENT || f->target != e ||
        strcmp(f->rule_id, rule_id) != 0)
      continue;
    for (uint32_t k = 0; k < f->owasp.n; k++)
      if (strcmp(f->owasp.v[k], want) == 0)
        return true;
  }
  return false;
}

static void test_model_folder_on_a_share(void **state) {
  (void)state;
  tmc_ir *ir = analysed(DAIRY);
  assert_non_null(ir);
  assert_int_equal(ir->elements[el(ir, "w")].kind, TMC_KIND_MODEL_REGISTRY);
  assert_int_equal(ir->elements[el(ir, "w")].tech, TMC_TECH_FILE_SHARE);
  assert_true(finding_names(ir, "TMC-MLOPS-005", "w", "ML05:2023"));
  assert_int_not_equal(ir->elements[el(ir, "api")].kind, TMC_KIND_MODEL_REGISTRY);
  tmc_ir_free(ir);
}

/* A research lab's resistance model fed from a public gene database. */
static const char *const CARD =
    "digraph {\n"
    "  card [label=\"CARD database\\n(public download)\", shape=box];\n"
    "  subgraph cluster_s { label=\"Research server\";\n"
    "    fetch [label=\"Monthly fetch script\", shape=box];\n"
    "    ref [label=\"Skladište gena\", shape=box];\n"
    "    mk [label=\"Интерна база\", shape=box];\n"
    "    annot [label=\"Annotate isolates\", shape=box];\n"
    "    fit [label=\"Resistance model training\", shape=box];\n"
    "    reg [label=\"Model registry\", shape=cylinder];\n"
    "    pred [label=\"Resistance predictor model\", shape=box];\n"
    "  }\n"
    "  card -> fetch [label=\"wget latest\"]; fetch -> ref; ref -> annot;\n"
    "  mk -> annot; annot -> fit; fit -> reg; reg -> pred; annot -> pred;\n"
    "}\n";

/* Is there a finding of rule_id on the flow src -> dst naming atlas id? */
static bool flow_finding(const tmc_ir *ir, const char *rule_id, const char *src,
                         const char *dst, const char *want) {
  uint32_t s = el(ir, src), d = el(ir, dst);
  for (uint32_t i = 0; i < ir->n_findings; i++) {
    const tmc_finding *f = &ir->findings[i];
    if (f->target_kind != TMC_TARGET_FLOW || ir->flows[f->target].src != s ||
        ir->flows[f->target].dst != d || strcmp(f->rule_id, rule_id) != 0)
      continue;
    for (uint32_t k = 0; k < f->atlas.n; k++)
      if (strcmp(f->atlas.v[k], want) == 0)
        return true;
  }
  return false;
}

static void test_outside_database_supplies_data(void **state) {
  (void)state;
  tmc_ir *ir = analysed(CARD);
  assert_non_null(ir);
  const tmc_element *card = &ir->elements[el(ir, "card")];
  assert_int_equal(card->kind, TMC_KIND_EXTERNAL);
  assert_true(card->facts.outside_source);
  assert_false(card->facts.code_source);
  assert_true(flow_finding(ir, "TMC-SUPPLY-011", "card", "fetch", "AML.T0010.002"));
  assert_int_equal(ir->elements[el(ir, "ref")].kind, TMC_KIND_DATA_STORE);
  assert_int_equal(ir->elements[el(ir, "mk")].kind, TMC_KIND_DATA_STORE);
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_dataflow_dots_are_junctions),
      cmocka_unit_test(test_code_named_steps_by_task),
      cmocka_unit_test(test_south_slavic_people_and_instruments),
      cmocka_unit_test(test_model_folder_on_a_share),
      cmocka_unit_test(test_outside_database_supplies_data),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
