/* identity.h - what names a finding across runs: the rule, the kind of
 * target, the target's ids in the diagram (never its line or position), a
 * flow's key= or label, and its page's draw.io id (never a graph or page
 * name); docs/fingerprints.md. SARIF's partialFingerprints and --baseline both rest on
 * it, so an alert survives reordering and moved lines and is new when an element is
 * renamed.
 *
 * Ownership: strings in tmc_identity are in the arena passed in. */
#ifndef TMC_IDENTITY_H
#define TMC_IDENTITY_H

#include "ir/ir.h"

typedef struct tmc_identity {
  const char *rule_id; /* never NULL */
  const char *fq;      /* fully-qualified target: "id", "src -> dst", "a -> b -> c" */
  const char *page;    /* page name as shown, "" when none (not hashed) */
  uint64_t hash;       /* FNV-1a over rule, target kind, target ids, flow key= or label,
                          page id */
} tmc_identity;

void tmc_finding_identity(const tmc_ir *ir, const tmc_finding *f, tmc_arena *a,
                          tmc_identity *out);

/* The same identities for many findings at a cost per finding of one short
 * hash: each target's fully-qualified name is built once and shared by all
 * its findings, and the hash of rule and target kind is reused while
 * consecutive findings share them. Strings in the identities belong to the
 * cache. */
typedef struct tmc_identities tmc_identities;
tmc_identities *tmc_identities_new(const tmc_ir *ir);
void tmc_identities_get(tmc_identities *c, const tmc_finding *f, tmc_identity *out);
void tmc_identities_free(tmc_identities *c); /* accepts NULL */

#endif
