/* blind.c - tmc-blindscore: tmc's analysis against what a reviewer expected.
 *
 * Reads the blind set's expectation files (tests/blind/README.md: kinds,
 * assets and entry points; the findings a reviewer insists on, each as a list
 * of ids any one of which satisfies it; the attack paths; the ids that must
 * not appear), runs tmc on the diagram beside each, and counts what it meets.
 * The one idea: an expectation is met by the evidence a reviewer would accept
 * at that place — a finding on the element, on a flow into or out of it, or
 * on an attack path ending there, citing one of the ids (an ATLAS
 * sub-technique counts for its parent; a STRIDE letter by the finding's
 * STRIDE category) — so tmc is not held to one spelling of where a threat
 * lives, but is held to the threat.
 *
 * Prints one row per diagram and the totals: the measures issues #15 and #16
 * name. With --floors FILE, exits 1 when a total falls below its floor or a
 * count that must stay low rises above its ceiling (a ratchet). */
#include "tests/score/common.h"

#include "catalog/goals.h"

enum {
  M_FIND,   /* expected findings met */
  M_AIID,   /* expectations naming an ATLAS/OWASP id, met with such an id */
  M_PATH,   /* expected attack paths found */
  M_GOAL,   /* expected paths found with the goal a `goal` line names */
  M_CHAIN,  /* ATLAS ids of expected chains that a hop of the found path names */
  M_KIND,   /* kinds right */
  M_ASSET,  /* assets recognised */
  M_ENTRY,  /* entry points recognised */
  M_ABSURD, /* findings citing an id a `none` line forbids (a count) */
  M_UNREAD, /* reports a reviewer cannot sign off in one sitting (a count) */
  M_COUNT
};
static const char *const m_name[M_COUNT] = {"findings", "ai_ids",    "paths",  "goals",
                                            "chains",   "kind",      "assets", "entries",
                                            "absurd",   "unreadable"};
/* Counts are ceilings in the floors file; the rest are shares with floors. */
static bool is_count(int m) {
  return m == M_ABSURD || m == M_UNREAD;
}

typedef struct tally {
  double hit[M_COUNT], all[M_COUNT];
} tally;

/* An id any finding could cite: an ATLAS technique, an OWASP entry, a CWE. */
static bool is_ai_id(const char *id) {
  return strncmp(id, "AML.", 4) == 0 || strncmp(id, "LLM", 3) == 0 ||
         strncmp(id, "ML", 2) == 0;
}

/* Is t id, or a sub-technique of it ("AML.T0051.001" for "AML.T0051")? */
static bool technique_is(const char *t, const char *id) {
  size_t n = strlen(id);
  return t && (strcasecmp(t, id) == 0 || (strncasecmp(t, id, n) == 0 && t[n] == '.'));
}

/* The aim of path p (catalogs/goals.yaml `aim:`): its finding's goal's. */
static const char *path_aim(const tmc_ir *ir, const tmc_catalog *cat, uint32_t p) {
  for (uint32_t i = 0; i < ir->n_findings; i++) {
    const tmc_finding *f = &ir->findings[i];
    if (f->target_kind == TMC_TARGET_PATH && f->target == p) {
      const tmc_goal *g = tmc_catalog_goal(cat, f->rule_id);
      return g ? g->aim : NULL;
    }
  }
  return NULL;
}

/* How many of the chain's ids ("AML.T0066|AML.T0051.001") some hop of path p
 * names; *n_ids gets how many there are. */
static unsigned chain_met(const tmc_path *p, const char *chain, unsigned *n_ids) {
  char ids[1024];
  snprintf(ids, sizeof ids, "%s", chain ? chain : "");
  unsigned met = 0;
  *n_ids = 0;
  for (char *save = NULL, *id = strtok_r(ids, "|", &save); id;
       id = strtok_r(NULL, "|", &save)) {
    id = score_trim(id);
    if (!*id)
      continue;
    ++*n_ids;
    bool hit = false;
    for (uint32_t h = 0; p && h < p->n_hops && !hit; h++) { /* its own and further ones */
      hit = technique_is(p->hops[h].technique, id);
      for (uint32_t k = 0; k < TMC_HOP_ALSO && !hit; k++)
        hit = technique_is(p->hops[h].also[k].technique, id);
    }
    met += hit;
  }
  return met;
}

/* Does l hold id, or a sub-technique of it ("AML.T0051.001" for "AML.T0051")? */
static bool cites(const tmc_strlist *l, const char *id) {
  size_t n = strlen(id);
  for (uint32_t i = 0; i < l->n; i++)
    if (strcasecmp(l->v[i], id) == 0 ||
        (strncasecmp(l->v[i], id, n) == 0 && l->v[i][n] == '.' &&
         strncmp(id, "AML.", 4) == 0))
      return true;
  return false;
}

static unsigned stride_bit(const char *s) {
  static const char letters[] = "STRIDE";
  if (strlen(s) != 1 || !strchr(letters, s[0]))
    return 0;
  return 1u << (strchr(letters, s[0]) - letters);
}

/* Does finding f satisfy one of the '|'-separated ids in alts? With ai_only,
 * only ATLAS and OWASP ids count. */
static bool satisfies(const tmc_finding *f, const char *alts, bool ai_only) {
  char buf[1024];
  snprintf(buf, sizeof buf, "%s", alts);
  for (char *save = NULL, *id = strtok_r(buf, "|", &save); id;
       id = strtok_r(NULL, "|", &save)) {
    id = score_trim(id);
    if (ai_only && !is_ai_id(id))
      continue;
    unsigned bit = stride_bit(id);
    if (bit ? (f->stride & bit) != 0
            : cites(&f->atlas, id) || cites(&f->owasp, id) || cites(&f->cwe, id) ||
                  cites(&f->capec, id))
      return true;
  }
  return false;
}

/* The flow a "src->dst" locator names, or TMC_NONE. */
static uint32_t locate_flow(const tmc_ir *ir, const char *loc) {
  const char *arrow = strstr(loc, "->");
  if (!arrow)
    return TMC_NONE;
  char src[512];
  snprintf(src, sizeof src, "%.*s", (int)(arrow - loc), loc);
  uint32_t s = score_locate(ir, "", score_trim(src));
  char dstbuf[512];
  snprintf(dstbuf, sizeof dstbuf, "%s", arrow + 2);
  uint32_t d = score_locate(ir, "", score_trim(dstbuf));
  for (uint32_t i = 0; i < ir->n_flows && s != TMC_NONE && d != TMC_NONE; i++)
    if ((ir->flows[i].src == s && ir->flows[i].dst == d) ||
        (ir->flows[i].bidirectional && ir->flows[i].src == d && ir->flows[i].dst == s))
      return i;
  return TMC_NONE;
}

/* Does flow a go where flow b does: b itself, or a flow drawn beside it
 * between the same two elements the same way (or a line both ways between
 * them)? A "src->dst" locator names the pair, not one of its parallel
 * flows: the scorer finds the first drawn, and a finding on another of
 * them is as much at "src->dst". */
static bool same_pair(const tmc_ir *ir, uint32_t a, uint32_t b) {
  if (b == TMC_NONE)
    return false;
  if (a == b)
    return true;
  const tmc_flow *x = &ir->flows[a], *y = &ir->flows[b];
  return (x->src == y->src && x->dst == y->dst) ||
         ((x->bidirectional || y->bidirectional) && x->src == y->dst && x->dst == y->src);
}

/* Is finding f at the place an expectation names: element e (or a flow
 * touching it, or a path ending there), or flow fl (or its target element)? */
static bool at_place(const tmc_ir *ir, const tmc_finding *f, uint32_t e, uint32_t fl) {
  switch (f->target_kind) {
  case TMC_TARGET_ELEMENT:
    return f->target == e || (fl != TMC_NONE && f->target == ir->flows[fl].dst);
  case TMC_TARGET_FLOW:
    return same_pair(ir, f->target, fl) ||
           (e != TMC_NONE &&
            (ir->flows[f->target].src == e || ir->flows[f->target].dst == e));
  case TMC_TARGET_PATH:
    return e != TMC_NONE && ir->paths[f->target].asset == e;
  }
  return false;
}

/* Scores one expectation file; returns 0, 1 when its diagram is absent, -1
 * when the file or the diagram could not be read. */
static int score_one(const char *expect, const char *root, const tmc_catalog *cat,
                     tally *t, bool verbose) {
  /* The diagram sits beside its expectations: NAME.dot or NAME.drawio. */
  char base[4096], file[4200];
  snprintf(base, sizeof base, "%s", expect);
  char *dot = strrchr(base, '.');
  if (dot)
    *dot = 0;
  tmc_ir *ir = NULL;
  bool absent = true;
  static const char *const exts[] = {".dot", ".drawio"};
  for (size_t i = 0; i < 2 && absent; i++) {
    snprintf(file, sizeof file, "%s%s", base, exts[i]);
    ir = score_run(root, file, cat, &absent);
  }
  if (!ir)
    return absent ? 1 : -1;
  char path[4300];
  snprintf(path, sizeof path, "%s/%s", root, expect);
  FILE *fp = fopen(path, "r");
  if (!fp) {
    perror(path);
    tmc_ir_free(ir);
    return -1;
  }
  memset(t, 0, sizeof *t);
  bool *asset = calloc(ir->n_elements + 1, 1), *entry = calloc(ir->n_elements + 1, 1);
  /* getline, not a fixed buffer: a long comment line (a draw.io file's
   * "# cell ids:" list) read in pieces would make its second piece look like
   * a malformed record. */
  char *buf = NULL, goal[1024] = "";
  size_t cap = 0;
  int lineno = 0, rc = 0;
  while (getline(&buf, &cap, fp) != -1) {
    lineno++;
    buf[strcspn(buf, "\r\n")] = 0;
    char *s = score_trim(buf);
    if (!*s || *s == '#')
      continue;
    char *f[6];
    int n = score_fields(s, f, 6);
    if (strcmp(f[0], "goal") != 0 && strcmp(f[0], "path") != 0)
      goal[0] = 0;
    uint32_t e = n >= 2 ? score_locate(ir, "", f[1]) : TMC_NONE;
    if (strcmp(f[0], "kind") == 0 && n >= 3) {
      tmc_kind want;
      if (!tmc_kind_parse(f[2], &want)) {
        fprintf(stderr, "%s:%d: error: unknown kind '%s'\n", expect, lineno, f[2]);
        rc = -1;
        continue;
      }
      bool ok = e != TMC_NONE && ir->elements[e].kind == want;
      t->all[M_KIND]++, t->hit[M_KIND] += ok;
      if (verbose && !ok)
        printf("  kind %s: want %s, got %s\n", f[1], f[2],
               e == TMC_NONE ? "(no element)" : tmc_kind_name(ir->elements[e].kind));
    } else if (strcmp(f[0], "asset") == 0 || strcmp(f[0], "entry") == 0) {
      bool is_asset = f[0][0] == 'a';
      bool ok = e != TMC_NONE && (is_asset ? ir->elements[e].facts.is_asset
                                           : ir->elements[e].facts.is_entry);
      int m = is_asset ? M_ASSET : M_ENTRY;
      t->all[m]++, t->hit[m] += ok;
      if (e != TMC_NONE)
        (is_asset ? asset : entry)[e] = true;
      if (verbose && !ok)
        printf("  %s %s: not recognised\n", f[0], f[1]);
    } else if (strcmp(f[0], "finding") == 0 && n >= 3) {
      uint32_t fl = strstr(f[1], "->") ? locate_flow(ir, f[1]) : TMC_NONE;
      if (fl != TMC_NONE)
        e = TMC_NONE;
      bool met = false, met_ai = false, names_ai = false;
      char ids[1024];
      snprintf(ids, sizeof ids, "%s", f[2]);
      for (char *save = NULL, *id = strtok_r(ids, "|", &save); id;
           id = strtok_r(NULL, "|", &save))
        names_ai |= is_ai_id(score_trim(id));
      for (uint32_t i = 0; i < ir->n_findings && (e != TMC_NONE || fl != TMC_NONE); i++) {
        const tmc_finding *fd = &ir->findings[i];
        if (!at_place(ir, fd, e, fl))
          continue;
        met |= satisfies(fd, f[2], false);
        met_ai |= names_ai && satisfies(fd, f[2], true);
      }
      t->all[M_FIND]++, t->hit[M_FIND] += met;
      if (names_ai)
        t->all[M_AIID]++, t->hit[M_AIID] += met_ai;
      if (verbose && (!met || (names_ai && !met_ai)))
        printf("  finding %s %s: %s (%s)\n", f[1], f[2],
               met ? "met without an AI id" : "missing", n >= 4 ? f[3] : "");
    } else if (strcmp(f[0], "goal") == 0 && n >= 4) {
      /* Names the goal of the path line right below it (tests/paths). */
      snprintf(goal, sizeof goal, "%s\t%s\t%s", f[1], f[2], f[3]);
      continue;
    } else if (strcmp(f[0], "path") == 0 && n >= 3) {
      uint32_t to = score_locate(ir, "", f[2]);
      /* The path with the goal asked for, else the first found; its chain
       * is scored against the expected one (each id named by some hop). */
      const char *want = NULL;
      size_t el = strlen(f[1]), tl = strlen(f[2]);
      if (*goal && strncmp(goal, f[1], el) == 0 && goal[el] == '\t' &&
          strncmp(goal + el + 1, f[2], tl) == 0 && goal[el + 1 + tl] == '\t')
        want = goal + el + tl + 2;
      /* Without a goal line, the pair's shown path whose hops name most
       * of the expected chain: the report shows every one of them, and
       * which comes first says how likely it is, not which one it is. */
      uint32_t best = TMC_NONE;
      bool aimed = false;
      unsigned best_met = 0;
      for (uint32_t p = 0; p < ir->n_paths && !aimed && e != TMC_NONE; p++) {
        if (ir->paths[p].entry != e || ir->paths[p].asset != to)
          continue;
        const char *aim = path_aim(ir, cat, p);
        aimed = want && aim && strcmp(aim, want) == 0;
        unsigned n_ids = 0,
                 met = want ? 0 : chain_met(&ir->paths[p], n >= 5 ? f[4] : NULL, &n_ids);
        if (best == TMC_NONE || aimed || met > best_met)
          best = p, best_met = met;
      }
      bool found = best != TMC_NONE;
      t->all[M_PATH]++, t->hit[M_PATH] += found;
      if (want)
        t->all[M_GOAL]++, t->hit[M_GOAL] += aimed;
      unsigned n_ids = 0, met = chain_met(found ? &ir->paths[best] : NULL,
                                          n >= 5 ? f[4] : NULL, &n_ids);
      t->all[M_CHAIN] += n_ids, t->hit[M_CHAIN] += met;
      bool cut = false; /* found by the search, left out by the report's limit */
      for (uint32_t q = 0; q < ir->n_path_pairs && !found && e != TMC_NONE; q++)
        cut |= ir->path_pairs[2 * q] == e && ir->path_pairs[2 * q + 1] == to;
      if (verbose && !found)
        printf("  path %s -> %s: not %s (%s)\n", f[1], f[2], cut ? "shown" : "found",
               n >= 4 ? f[3] : "");
      else if (verbose && want && !aimed)
        printf("  path %s -> %s: goal %s, got %s (%s)\n", f[1], f[2], want,
               path_aim(ir, cat, best) ? path_aim(ir, cat, best) : "none",
               n >= 4 ? f[3] : "");
      if (verbose && found && met < n_ids) {
        printf("  path %s -> %s: chain %u of %u (%s); hops:", f[1], f[2], met, n_ids,
               f[4]);
        /* the entry's own step counts too (how the attacker starts) */
        for (uint32_t h = 0; h < ir->paths[best].n_hops; h++) {
          const tmc_hop *hp = &ir->paths[best].hops[h];
          if (h == 0 && !hp->technique)
            continue;
          printf(h ? " %s" : " (entry %s", hp->technique ? hp->technique : "-");
          for (uint32_t k = 0; k < TMC_HOP_ALSO && hp->also[k].technique; k++)
            printf("+%s", hp->also[k].technique);
          if (h == 0)
            printf(")");
        }
        printf("\n");
      }
    } else if (strcmp(f[0], "none") == 0 && n >= 2) {
      /* Every finding citing the forbidden prefix is one absurd finding. */
      size_t len = strlen(f[1]);
      for (uint32_t i = 0; i < ir->n_findings; i++) {
        const tmc_finding *fd = &ir->findings[i];
        const tmc_strlist *lists[] = {&fd->atlas, &fd->owasp, &fd->cwe, &fd->capec};
        bool bad = false;
        for (size_t l = 0; l < 4 && !bad; l++)
          for (uint32_t k = 0; k < lists[l]->n && !bad; k++)
            bad = strncasecmp(lists[l]->v[k], f[1], len) == 0;
        t->hit[M_ABSURD] += bad;
        if (verbose && bad)
          printf("  absurd: %s cites %s* (%s)\n", fd->rule_id, f[1], n >= 3 ? f[2] : "");
      }
    } else {
      fprintf(stderr, "%s:%d: error: unknown or short line '%s'\n", expect, lineno, f[0]);
      rc = -1;
    }
  }
  free(buf);
  fclose(fp);
  free(asset);
  free(entry);
  /* Readable in one sitting (issue #15): at most 20 % of the open findings
   * critical, at most 8 open findings on one target, at most 15 paths. The
   * count is of the IR's open findings, which SARIF and JSON list one by
   * one, not of the rows the Markdown shows in full (it names the rest of a
   * target's on one line): the calibrate pass groups related threats so a
   * target carries at most TMC_FINDINGS_PER_TARGET (docs/risk.md,
   * "Grouping"). */
  uint32_t open = 0, crit = 0, worst = 0;
  uint32_t *per_el = calloc(ir->n_elements + 1, sizeof *per_el);
  uint32_t *per_fl = calloc(ir->n_flows + 1, sizeof *per_fl);
  for (uint32_t i = 0; i < ir->n_findings; i++) {
    const tmc_finding *fd = &ir->findings[i];
    if (fd->status != TMC_STATUS_OPEN)
      continue;
    open++;
    crit += fd->severity == TMC_SEV_CRITICAL;
    uint32_t *c = fd->target_kind == TMC_TARGET_ELEMENT ? &per_el[fd->target]
                  : fd->target_kind == TMC_TARGET_FLOW  ? &per_fl[fd->target]
                                                        : NULL;
    if (c && ++*c > worst)
      worst = *c;
  }
  free(per_el);
  free(per_fl);
  bool unreadable = (open && crit * 5 > open) || worst > 8 || ir->n_paths > 15;
  t->hit[M_UNREAD] = unreadable;
  if (verbose && unreadable)
    printf("  unreadable: %u of %u open findings critical, %u open on one target, %u "
           "paths\n",
           crit, open, worst, ir->n_paths);
  tmc_ir_free(ir);
  return rc;
}

int main(int argc, char **argv) {
  score_args a;
  if (score_parse_args(&a, argc, argv, "tmc-blindscore", "EXPECT"))
    return 64;
  const char *floors = a.floors, *root = a.root;
  bool verbose = a.verbose;
  int first = a.first;
  tmc_diags d = TMC_DIAGS_INIT;
  tmc_catalog *cat = NULL;
  if (tmc_catalog_new(&cat, &d) < 0) {
    tmc_diags_print(&d, stderr, false);
    return 70;
  }
  tally sum;
  memset(&sum, 0, sizeof sum);
  int status = 0, present = 0;
  printf("%-32s", "diagram");
  for (int m = 0; m < M_COUNT; m++)
    printf(" %10s", m_name[m]);
  printf("\n");
  for (int i = first; i < argc; i++) {
    tally t;
    if (verbose)
      printf("%s:\n", argv[i]);
    int rc = score_one(argv[i], root, cat, &t, verbose);
    if (rc < 0)
      status = 2;
    if (rc != 0)
      continue;
    present++;
    const char *b = strrchr(argv[i], '/');
    printf("%-32.32s", b ? b + 1 : argv[i]);
    for (int m = 0; m < M_COUNT; m++) {
      sum.hit[m] += t.hit[m], sum.all[m] += t.all[m];
      if (is_count(m))
        printf(" %10.0f", t.hit[m]);
      else if (t.all[m])
        printf(" %4.0f of %3.0f", t.hit[m], t.all[m]);
      else
        printf(" %10s", "-");
    }
    printf("\n");
  }
  printf("%-32s", "total");
  double total[M_COUNT];
  for (int m = 0; m < M_COUNT; m++) {
    total[m] = is_count(m) ? sum.hit[m] : sum.all[m] ? sum.hit[m] / sum.all[m] : -1;
    if (is_count(m))
      printf(" %10.0f", total[m]);
    else if (total[m] >= 0)
      printf(" %9.0f%%", 100 * total[m]);
    else
      printf(" %10s", "-");
  }
  printf("\n");
  if (floors && status == 0 && present) {
    double floor[M_COUNT];
    if (score_read_floors(floors, m_name, M_COUNT, floor) < 0)
      status = 2;
    for (int m = 0; m < M_COUNT && status == 0; m++) {
      if (floor[m] < 0 || total[m] < 0)
        continue;
      if (is_count(m) ? total[m] > floor[m] + 1e-9 : total[m] + 1e-9 < floor[m]) {
        fprintf(stderr, "tmc-blindscore: %s is %.3g, %s %.3g\n", m_name[m], total[m],
                is_count(m) ? "above its ceiling" : "below its floor", floor[m]);
        status = 1;
      }
    }
  }
  tmc_catalog_free(cat);
  tmc_diags_free(&d);
  if (status == 0 && !present) {
    printf("tmc-blindscore: none of the diagrams is present; skipped\n");
    return 77;
  }
  return status;
}
