/* pipeline.c - the table of passes, in the order they run. */
#include "passes/passes.h"

#include <string.h>

const tmc_pass tmc_passes[] = {
    {"classify", tmc_pass_classify, "decide each element's kind from type=, shape and label"},
    {"vocab", tmc_pass_vocab, "parse the diagram vocabulary: data, sensitivity, controls, ..."},
    {"boundaries", tmc_pass_boundaries,
     "trust levels, boundary membership and the flows that cross boundaries"},
    {"stride", tmc_pass_stride, "STRIDE per element and per flow"},
    {NULL, NULL, NULL},
};

const tmc_pass *tmc_pass_find(const char *name) {
  for (const tmc_pass *p = tmc_passes; p->name; p++)
    if (strcmp(p->name, name) == 0)
      return p;
  return NULL;
}
