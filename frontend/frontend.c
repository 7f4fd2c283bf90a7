/* frontend.c - format detection and dispatch to the DOT or draw.io front end. */
#include "frontend/frontend.h"

#include "frontend/text.h"

#include <string.h>

tmc_input_format tmc_frontend_detect(const char *data, size_t len) {
  size_t i = 0;
  if (len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0)
    i = 3;
  while (i < len &&
         (data[i] == ' ' || data[i] == '\t' || data[i] == '\r' || data[i] == '\n'))
    i++;
  if (i >= len)
    return TMC_INPUT_UNKNOWN;
  if (data[i] == '<')
    return TMC_INPUT_DRAWIO;
  return TMC_INPUT_DOT;
}

int tmc_frontend_parse(tmc_ir **out, const char *name, const char *data, size_t len,
                       const tmc_frontend_opts *opts, tmc_diags *d) {
  *out = NULL;
  tmc_frontend_opts defaults = TMC_FRONTEND_OPTS_INIT;
  if (!opts)
    opts = &defaults;
  tmc_loc loc = {name, 0, 0};
  tmc_input_format fmt = tmc_frontend_detect(data, len);
  if (fmt == TMC_INPUT_UNKNOWN) {
    tmc_error(d, loc, "empty input: expected a DOT graph or a draw.io diagram");
    return -1;
  }
  if (memchr(data, 0, len)) {
    loc.line = 1;
    for (const char *p = data; *p; p++)
      loc.line += *p == '\n';
    tmc_error(d, loc, "input contains a NUL byte: not a text diagram");
    return -1;
  }
  tmc_ir *ir = tmc_ir_new(name);
  int rc;
  tmc_text_take_cuts();
  if (fmt == TMC_INPUT_DRAWIO) {
    ir->format = TMC_FORMAT_DRAWIO;
    rc = tmc_drawio_parse(ir, data, len, opts, d);
  } else {
    ir->format = TMC_FORMAT_DOT;
    rc = tmc_dot_parse(ir, data, len, opts, d);
  }
  if (rc < 0) {
    tmc_ir_free(ir);
    return rc;
  }
  uint32_t cut = tmc_text_take_cuts();
  if (cut)
    tmc_warning(d, loc,
                "%u label%s longer than %u bytes cut short (raise with --max-label)", cut,
                cut == 1 ? "" : "s", opts->max_label);
  *out = ir;
  return 0;
}
