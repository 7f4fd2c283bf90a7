/* fuzz_e2e.c - libFuzzer target for the whole compiler: detection, either
 * front end, every pass (with the IR checker after each), and every back end
 * into memory (PNG and PDF on small inputs only). Nothing is written to disk. */
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "backends/backends.h"
#include "frontend/frontend.h"
#include "catalog/catalog.h"
#include "passes/passes.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static tmc_catalog *catalog;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  tmc_diags d = TMC_DIAGS_INIT;
  if (!catalog && tmc_catalog_new(&catalog, &d) < 0)
    abort(); /* the built-in catalog must always load */
  char *text = malloc(size + 1);
  if (!text)
    return 0;
  memcpy(text, data, size);
  text[size] = 0;
  tmc_frontend_opts opts = TMC_FRONTEND_OPTS_INIT;
  opts.max_inflated = 1u << 20;
  opts.max_elements = 500; /* layout and paths stay cheap per run */
  tmc_ir *ir = NULL;
  if (tmc_frontend_parse(&ir, "fuzz", text, size, &opts, &d) == 0) {
    tmc_pass_opts popts = TMC_PASS_OPTS_INIT;
    popts.catalog = catalog;
    if (tmc_analyse(ir, &popts, NULL, &d) == TMC_ANALYSE_BROKEN)
      abort(); /* a pass that fails stops the analysis; the back ends still run */
    tmc_report_ctx ctx = {0};
    ctx.catalog = catalog;
    ctx.diags = &d;
    ctx.input_uri = "fuzz.dot";
    ctx.srcroot = "/src";
    ctx.layout = "dot";
    for (const tmc_backend *b = tmc_backends; b->name; b++) {
      if (!b->fn)
        continue;
      /* PNG and PDF replay the scene the SVG back end builds, through cairo,
       * and each lays the graph out again: on every input they would cut
       * the runs per second several times over for little new code. */
      bool cairo = strcmp(b->name, "png") == 0 || strcmp(b->name, "pdf") == 0;
      if (cairo && size > 2048)
        continue;
      tmc_buf out = TMC_BUF_INIT;
      out.limit = 64u << 20;
      b->fn(&out, ir, &ctx, &d);
      tmc_buf_free(&out);
    }
  }
  tmc_ir_free(ir);
  tmc_diags_free(&d);
  free(text);
  return 0;
}
