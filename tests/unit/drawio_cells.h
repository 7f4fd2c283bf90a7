/* drawio_cells.h - shared by the unit tests that draw small draw.io pages
 * cell by cell (test_names, test_zones): the macros of drawio_macros.h
 * and lookups of the element a test names by its cell id. Include after
 * <cmocka.h>. */
#ifndef TMC_TEST_DRAWIO_CELLS_H
#define TMC_TEST_DRAWIO_CELLS_H

#include <stdbool.h>
#include <string.h>

#include "drawio_macros.h"
#include "ir/ir.h"

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
