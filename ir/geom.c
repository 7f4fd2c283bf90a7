/* geom.c - distances between points, segments and boxes (geom.h). */
#include "ir/geom.h"

#include <math.h>

double tmc_seg_point_dist(tmc_point p, tmc_point a, tmc_point b) {
  double dx = b.x - a.x, dy = b.y - a.y, l = dx * dx + dy * dy;
  double t = l > 0 ? ((p.x - a.x) * dx + (p.y - a.y) * dy) / l : 0;
  t = t < 0 ? 0 : t > 1 ? 1 : t;
  return hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

double tmc_seg_rect_dist(tmc_point a, tmc_point b, const tmc_rect *r) {
  /* Does the segment meet the box? Clip it to the box (Liang-Barsky): it
   * does when some part of it is left (a segment wholly inside too). */
  double t0 = 0, t1 = 1, dx = b.x - a.x, dy = b.y - a.y;
  double pq[4][2] = {{-dx, a.x - r->x},
                     {dx, r->x + r->w - a.x},
                     {-dy, a.y - r->y},
                     {dy, r->y + r->h - a.y}};
  bool meets = true;
  for (int k = 0; k < 4 && meets; k++) {
    double pk = pq[k][0], qk = pq[k][1];
    if (pk == 0)
      meets = qk >= 0;
    else if (pk < 0)
      t0 = fmax(t0, qk / pk);
    else
      t1 = fmin(t1, qk / pk);
  }
  if (meets && t0 <= t1)
    return 0;
  /* Apart, the least distance is from a corner to the segment or from an
   * end of the segment to the box. */
  double d = INFINITY;
  tmc_point corner[4] = {
      {r->x, r->y}, {r->x + r->w, r->y}, {r->x + r->w, r->y + r->h}, {r->x, r->y + r->h}};
  for (int k = 0; k < 4; k++)
    d = fmin(d, tmc_seg_point_dist(corner[k], a, b));
  for (int k = 0; k < 2; k++) {
    tmc_point q = k ? b : a;
    double ex = fmax(fmax(r->x - q.x, 0), q.x - (r->x + r->w));
    double ey = fmax(fmax(r->y - q.y, 0), q.y - (r->y + r->h));
    d = fmin(d, hypot(ex, ey));
  }
  return d;
}

bool tmc_rects_meet(tmc_rect a, tmc_rect b) {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

tmc_rect tmc_rect_grown(tmc_rect r, double m) {
  return (tmc_rect){r.x - m, r.y - m, r.w + 2 * m, r.h + 2 * m};
}
