/* fuzz_catalog.c - libFuzzer target for the catalog loader: the bytes are a
 * user's --catalog file (or, when they start with "#atlas", an --atlas file),
 * loaded into an empty catalog that holds only a tiny ATLAS, and the loaded
 * rules then run through every pass on a small fixed diagram, so conditions
 * written by an attacker are parsed and evaluated too.
 *
 * Loading the built-in ATLAS (450 KB of YAML) per input would make each run
 * take tens of milliseconds; the tiny one keeps the loader's checks (unknown
 * technique, mitigation, tactic) reachable at a thousand runs a second. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "frontend/frontend.h"
#include "catalog/catalog.h"
#include "passes/passes.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char mini_atlas[] =
    "id: ATLAS\nversion: 9.0.0\nmatrices:\n- id: ATLAS\n  tactics:\n"
    "  - id: AML.TA0002\n    name: Recon\n  techniques:\n"
    "  - id: AML.T0051\n    name: Prompt Injection\n    tactics: [AML.TA0002]\n"
    "  - id: AML.T0051.000\n    name: Direct\n    subtechnique-of: AML.T0051\n"
    "  mitigations:\n  - id: AML.M0015\n    name: Adversarial Input Detection\n"
    "    techniques:\n    - id: AML.T0051.000\n      use: x\n";

static const char diagram[] =
    "digraph g {\n"
    "  user [kind=user, trust=untrusted];\n"
    "  api [kind=api_gateway, controls=\"authentication\"];\n"
    "  llm [kind=llm];\n"
    "  db [kind=vector_store, data=pii];\n"
    "  subgraph cluster_prod { label=prod; trust=internal; api; llm; db }\n"
    "  user -> api [label=\"chat\", protocol=https];\n"
    "  api -> llm; llm -> db [label=\"retrieve\"];\n"
    "}\n";

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  tmc_diags d = TMC_DIAGS_INIT;
  tmc_catalog *c = NULL;
  if (tmc_catalog_new_empty(&c, &d) < 0 ||
      tmc_catalog_load_atlas_memory(c, "mini-atlas.yaml", mini_atlas,
                                    sizeof mini_atlas - 1, &d) < 0)
    abort(); /* the fixed part must always load */
  int rc;
  if (size >= 6 && memcmp(data, "#atlas", 6) == 0)
    rc = tmc_catalog_load_atlas_memory(c, "fuzz.yaml", (const char *)data, size, &d);
  else
    rc = tmc_catalog_add_memory(c, "fuzz.yaml", (const char *)data, size, &d);
  if (rc < 0 && d.errors == 0)
    abort(); /* a loader that fails must say why */
  if (rc == 0) {
    tmc_ir *ir = NULL;
    if (tmc_frontend_parse(&ir, "fixed.dot", diagram, sizeof diagram - 1, NULL, &d) < 0)
      abort();
    tmc_pass_opts popts = TMC_PASS_OPTS_INIT;
    popts.catalog = c;
    if (tmc_analyse(ir, &popts, NULL, &d) == TMC_ANALYSE_BROKEN)
      abort();
    tmc_ir_free(ir);
  }
  tmc_catalog_free(c);
  tmc_diags_free(&d);
  return 0;
}
