/* fuzz_frontend.c - libFuzzer target for one front end, chosen at compile
 * time (TMC_FUZZ_FORMATS, the front-end rows' names: "dot", "mermaid
 * markdown"): the bytes go straight to that front end, skipping detection
 * among the others, so each target explores its own parser. A target of
 * several rows (Mermaid and the Markdown fences around it) lets their own
 * sniffers pick, the first row when none claims the bytes. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "frontend/frontend.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  /* Front ends take NUL-terminated text, as the driver gives them. */
  char *text = malloc(size + 1);
  if (!text)
    return 0;
  memcpy(text, data, size);
  text[size] = 0;
  tmc_frontend_opts opts = TMC_FRONTEND_OPTS_INIT;
  opts.max_inflated = 1u << 20; /* keep each run small and fast */
  opts.max_elements = 20000;
  tmc_diags d = TMC_DIAGS_INIT;
  tmc_frontend rows[8] = {0};
  size_t nrows = 0;
  char names[] = TMC_FUZZ_FORMATS;
  for (char *t = strtok(names, " "); t && nrows + 1 < 8; t = strtok(NULL, " "))
    rows[nrows++] = *tmc_frontend_find(t);
  const tmc_frontend *fe = tmc_frontend_pick(rows, "fuzz", text, size);
  if (!fe)
    fe = &rows[0];
  fe = tmc_frontend_find(fe->format.name); /* the IR records the table's row */
  tmc_ir *ir = tmc_ir_new("fuzz");
  ir->format = &fe->format;
  int rc = fe->parse(ir, text, size, &opts, &d);
  /* A front end that succeeds must leave a valid IR (once the door every
   * parse passes has repaired its text); one that fails must say why. */
  if (rc == 0)
    tmc_frontend_finish(ir, &opts, &d);
  if (rc == 0 && tmc_ir_check(ir, "front end", &d) > 0)
    abort();
  if (rc < 0 && d.errors == 0)
    abort();
  tmc_ir_free(ir);
  tmc_diags_free(&d);
  free(text);
  return 0;
}
