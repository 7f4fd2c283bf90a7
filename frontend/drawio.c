/* drawio.c - PLACEHOLDER until the draw.io front end lands (issue 3). */
#include "frontend/frontend.h"

int tmc_drawio_parse(tmc_ir *ir, const char *data, size_t len,
                     const tmc_frontend_opts *opts, tmc_diags *d) {
  tmc_error(d, (tmc_loc){ir->file, 1, 1}, "draw.io diagrams are not supported yet");
  return -1;
}
