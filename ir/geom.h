/* geom.h - distances between points, segments and boxes in page
 * coordinates (y down), for the passes and front ends that ask what a
 * drawn thing is near: a badge on a flow's line (decorations), a text box
 * beside an arrow (the draw.io front end). Pure functions; no allocation. */
#ifndef TMC_GEOM_H
#define TMC_GEOM_H

#include <stdbool.h>

#include "ir/ir.h"

/* Distance from point p to segment a-b. */
double tmc_seg_point_dist(tmc_point p, tmc_point a, tmc_point b);

/* Distance from segment a-b to box r: 0 when they meet. */
double tmc_seg_rect_dist(tmc_point a, tmc_point b, const tmc_rect *r);

/* Do boxes a and b overlap (touching edges do not)? */
bool tmc_rects_meet(tmc_rect a, tmc_rect b);

/* Box r grown by m on every side. */
tmc_rect tmc_rect_grown(tmc_rect r, double m);

#endif
