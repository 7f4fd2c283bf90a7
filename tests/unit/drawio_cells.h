/* drawio_cells.h - shared by the unit tests that draw small draw.io pages
 * cell by cell (test_names, test_zones): macros that spell an mxGraphModel
 * and its vertices, children and edges as string literals, and lookups of
 * the element a test names by its cell id. Include after <cmocka.h>. */
#ifndef TMC_TEST_DRAWIO_CELLS_H
#define TMC_TEST_DRAWIO_CELLS_H

#include <stdbool.h>
#include <string.h>

#include "ir/ir.h"

#define HEAD "<mxGraphModel><root><mxCell id=\"0\"/><mxCell id=\"1\" parent=\"0\"/>"
#define TAIL "</root></mxGraphModel>"
/* A vertex on the page. */
#define V(id, value, style, x, y, w, h)                                                  \
  "<mxCell id=\"" id "\" value=\"" value "\" style=\"" style                             \
  "\" vertex=\"1\" parent=\"1\"><mxGeometry x=\"" #x "\" y=\"" #y "\" width=\"" #w       \
  "\" height=\"" #h "\" as=\"geometry\"/></mxCell>"
/* A vertex inside another (geometry relative to the parent). */
#define C(id, parent, value, style, x, y, w, h)                                          \
  "<mxCell id=\"" id "\" value=\"" value "\" style=\"" style                             \
  "\" vertex=\"1\" parent=\"" parent "\"><mxGeometry x=\"" #x "\" y=\"" #y               \
  "\" width=\"" #w "\" height=\"" #h "\" as=\"geometry\"/></mxCell>"
/* An edge from cell s to cell t. */
#define E(id, s, t)                                                                      \
  "<mxCell id=\"" id "\" edge=\"1\" parent=\"1\" source=\"" s "\" target=\"" t           \
  "\"><mxGeometry relative=\"1\" as=\"geometry\"/></mxCell>"

/* The element with cell id `id`; fails the test when there is none. */
static inline const tmc_element *elem(const tmc_ir *ir, const char *id) {
  for (uint32_t i = 0; i < ir->n_elements; i++)
    if (strcmp(ir->elements[i].id, id) == 0)
      return &ir->elements[i];
  fail_msg("no element '%s'", id);
  return NULL;
}

static inline bool has_elem(const tmc_ir *ir, const char *id) {
  for (uint32_t i = 0; i < ir->n_elements; i++)
    if (strcmp(ir->elements[i].id, id) == 0)
      return true;
  return false;
}

#endif
