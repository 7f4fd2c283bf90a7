/* rectidx.h - rectangles indexed for containment queries: which of them lie
 * wholly inside a box, and which is the smallest one around a box. The
 * draw.io front end asks the first for every shape that might fence others,
 * the boundaries pass the second for every box and element; both must stay
 * near-linear on hostile layouts (a column of 40 000 shapes, 3 000 concentric
 * boxes), which a scan by left edge alone is not.
 *
 * Items are numbered 0..n-1 in the order given; queries report item numbers
 * and break ties by them, so results never depend on how the index is built.
 *
 * Ownership: tmc_rectidx_new copies the rectangles; free with
 * tmc_rectidx_free. */
#ifndef TMC_RECTIDX_H
#define TMC_RECTIDX_H

#include "ir/ir.h"

typedef struct tmc_rectidx tmc_rectidx;

tmc_rectidx *tmc_rectidx_new(const tmc_rect *rects, uint32_t n);
void tmc_rectidx_free(tmc_rectidx *x); /* accepts NULL */

/* Called for each item a query finds; returns false to stop (inside) or to
 * reject the item (around). */
typedef bool (*tmc_rectidx_fn)(void *ctx, uint32_t item);

/* Calls fn for every item numbered first or more that lies wholly inside r
 * (left and top edges within r, right and bottom edges not past r's) and
 * whose area w*h is below `below`, until fn returns false. */
void tmc_rectidx_inside(const tmc_rectidx *x, const tmc_rect *r, double below,
                        uint32_t first, tmc_rectidx_fn fn, void *ctx);

/* The item that wholly contains r and for which ok(ctx, item) holds (ok may
 * be NULL) with the smallest area, the lowest number among equal areas; or
 * TMC_NONE. */
uint32_t tmc_rectidx_around(const tmc_rectidx *x, const tmc_rect *r, tmc_rectidx_fn ok,
                            void *ctx);

/* Index nodes visited by every query of this process so far: tests hold the
 * front end and passes to a work bound with it instead of timing them. */
uint64_t tmc_rectidx_work(void);

#endif
