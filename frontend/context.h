/* context.h - --context: a team's diagram read in the context of a shared
 * platform's diagram (issue #20 item 3). The platform's boundaries, elements
 * and flows join the team's first page, marked `context`; an element of the
 * team's page whose id is a platform element's id is a reference to it (the
 * team draws a flow to `serving` without redrawing the serving endpoint), and
 * a team boundary whose id is a platform boundary's is that zone (the team's
 * job drawn inside the platform's restricted zone). The context pass later
 * leaves the platform's own findings to the platform's own report.
 *
 * Ownership: the merge copies everything it takes from platform into team's
 * arena; platform is only read and may be freed afterwards. */
#ifndef TMC_CONTEXT_H
#define TMC_CONTEXT_H

#include "ir/ir.h"

/* Merges platform (fresh from a front end, before any pass) into team (the
 * same). Returns 0, or -1 with an error in d when platform cannot serve as a
 * context (an id on two of its pages, nothing in it); team is unchanged then.
 * References whose team declaration says more than the id (attributes the
 * platform's declaration does not have) get a warning: the platform's
 * declaration is the one analysed. */
int tmc_context_merge(tmc_ir *team, const tmc_ir *platform, tmc_diags *d);

#endif
