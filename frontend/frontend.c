/* frontend.c - format detection and dispatch to the DOT or draw.io front end. */
#include "frontend/frontend.h"

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

/* Text hygiene at the one door every diagram string passes: names, ids,
 * labels and attributes come out of the front ends valid UTF-8 without
 * controls or bidi overrides, so no back end sees them raw (each escapes
 * again for its own syntax). Labels were cleaned already; ids and attributes
 * are copied raw by the front ends, so they are repaired here. */
#define REPAIR(s) ((s) = tmc_text_repair(ir->arena, (s)))

static void repair_props(tmc_ir *ir, tmc_props *p) {
  for (uint32_t i = 0; i < p->n; i++) {
    REPAIR(p->v[i].key);
    REPAIR(p->v[i].value);
  }
}

static void repair_list(tmc_ir *ir, tmc_strlist *l) {
  for (uint32_t i = 0; i < l->n; i++)
    REPAIR(l->v[i]);
}

static void repair_ir(tmc_ir *ir) {
  REPAIR(ir->file);
  REPAIR(ir->title);
  for (uint32_t i = 0; i < ir->n_pages; i++) {
    REPAIR(ir->pages[i].name);
    REPAIR(ir->pages[i].id);
  }
  for (uint32_t i = 0; i < ir->n_boundaries; i++) {
    tmc_boundary *b = &ir->boundaries[i];
    REPAIR(b->id);
    REPAIR(b->label);
    REPAIR(b->cell);
    REPAIR(b->why);
    REPAIR(b->trust_reason);
    repair_props(ir, &b->props);
  }
  for (uint32_t i = 0; i < ir->n_elements; i++) {
    tmc_element *e = &ir->elements[i];
    REPAIR(e->id);
    REPAIR(e->qname);
    REPAIR(e->label);
    REPAIR(e->shape);
    REPAIR(e->shape_reason);
    REPAIR(e->kind_reason);
    REPAIR(e->cell);
    repair_props(ir, &e->props);
    repair_list(ir, &e->data);
    repair_list(ir, &e->controls);
  }
  for (uint32_t i = 0; i < ir->n_flows; i++) {
    tmc_flow *f = &ir->flows[i];
    REPAIR(f->id);
    REPAIR(f->label);
    REPAIR(f->cell);
    REPAIR(f->protocol);
    REPAIR(f->encrypted_reason);
    repair_props(ir, &f->props);
    repair_list(ir, &f->data);
    repair_list(ir, &f->controls);
  }
}

/* Cut labels were warned about by the front ends, each at its own line, so
 * only the repair is left; opts and d stay for the callers' sake. */
void tmc_frontend_finish(tmc_ir *ir, const tmc_frontend_opts *opts, tmc_diags *d) {
  (void)opts;
  (void)d;
  repair_ir(ir);
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
  tmc_frontend_finish(ir, opts, d);
  *out = ir;
  return 0;
}
