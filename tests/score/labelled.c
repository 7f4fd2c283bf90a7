/* score.c - tmc-labelscore: how well tmc understands diagrams people draw.
 *
 * Reads truth files (tests/labelled/README.md: one line per element a reader
 * sees, with its name, kind, and whether it is an asset or an entry point;
 * decorations to ignore; zones; the attack paths a reviewer expects), runs
 * tmc's front end and passes on each diagram the truth names, and scores what
 * tmc concluded against what the reader wrote. The one idea: a truth line is
 * matched to an IR element by its locator (draw.io cell id or DOT node name,
 * on the page the truth names), never by label, so a wrong name is scored as
 * a wrong name, not as a missing element.
 *
 * Prints a table per file and the means; with --floors FILE, exits 1 when a
 * mean falls below its floor (a ratchet: raise the floors as tmc improves).
 * Exits 77 (skipped) when none of the diagrams is present. */
#include "tests/score/common.h"

enum {
  M_KIND,
  M_NAME,
  M_ASSET_R,
  M_ASSET_P,
  M_ENTRY_R,
  M_ENTRY_P,
  M_PATH,
  M_PATH_SHOWN,
  M_PATH_DIAGRAM,
  M_ZONE,
  M_COUNT
};
static const char *const m_name[M_COUNT] = {
    "kind",         "name", "asset_recall", "asset_precis", "entry_recall",
    "entry_precis", "path", "path_shown",   "path_diagram", "zone"};

typedef struct score {
  double hit[M_COUNT], all[M_COUNT];
} score;

typedef struct truth_el {
  char *page, *loc, *name, *kind;
  bool asset, entry;
} truth_el;

typedef struct truth {
  char *file, *style;
  truth_el *el;
  size_t n_el;
  char **ignore_page, **ignore_loc;
  size_t n_ignore;
  char **path_page, **path_entry, **path_asset;
  size_t n_path;
  char **zone_page, **zone_loc;
  bool *zone_boundary; /* boundary (a trust zone), else grouping */
  size_t n_zone;
} truth;

static bool yes(const char *s) {
  return strcasecmp(s, "yes") == 0;
}

/* Returns 0, or -1 with a file:line message on stderr. */
static int read_truth(const char *path, truth *t) {
  FILE *fp = fopen(path, "r");
  if (!fp) {
    perror(path);
    return -1;
  }
  memset(t, 0, sizeof *t);
  /* getline, not a fixed buffer: a long comment line (a draw.io file's
   * "# cell ids:" list) read in pieces would make its second piece look like
   * a malformed record. */
  char *buf = NULL, page[1024] = "";
  size_t cap = 0;
  int lineno = 0, rc = 0;
  while (getline(&buf, &cap, fp) != -1) {
    lineno++;
    buf[strcspn(buf, "\r\n")] = 0;
    char *s = buf;
    if (strncmp(s, "# file:", 7) == 0) {
      t->file = score_strdup(score_trim(s + 7));
      continue;
    }
    if (strncmp(s, "# style:", 8) == 0) {
      t->style = score_strdup(score_trim(s + 8));
      continue;
    }
    if (strncmp(s, "# page:", 7) == 0) {
      snprintf(page, sizeof page, "%s", score_trim(s + 7));
      continue;
    }
    if (*score_trim(s) == 0 || *score_trim(s) == '#')
      continue;
    char *f[8];
    int n = score_fields(s, f, 8);
    if (strcmp(f[0], "element") == 0 && n >= 6) {
      t->el = score_grow(t->el, t->n_el, sizeof *t->el);
      truth_el *e = &t->el[t->n_el++];
      e->page = score_strdup(page);
      e->loc = score_strdup(f[1]);
      e->name = score_strdup(f[2]);
      e->kind = score_strdup(f[3]);
      tmc_kind k;
      if (!tmc_kind_parse(e->kind, &k)) {
        fprintf(stderr, "%s:%d: error: unknown kind '%s' (tmc --list-kinds)\n", path,
                lineno, e->kind);
        rc = -1;
      }
      e->asset = yes(f[4]);
      e->entry = yes(f[5]);
    } else if (strcmp(f[0], "ignore") == 0 && n >= 2) {
      t->ignore_page = score_grow(t->ignore_page, t->n_ignore, sizeof(char *));
      t->ignore_loc = score_grow(t->ignore_loc, t->n_ignore, sizeof(char *));
      t->ignore_page[t->n_ignore] = score_strdup(page);
      t->ignore_loc[t->n_ignore++] = score_strdup(f[1]);
    } else if (strcmp(f[0], "path") == 0 && n >= 3) {
      t->path_page = score_grow(t->path_page, t->n_path, sizeof(char *));
      t->path_entry = score_grow(t->path_entry, t->n_path, sizeof(char *));
      t->path_asset = score_grow(t->path_asset, t->n_path, sizeof(char *));
      t->path_page[t->n_path] = score_strdup(page);
      t->path_entry[t->n_path] = score_strdup(f[1]);
      t->path_asset[t->n_path++] = score_strdup(f[2]);
    } else if (strcmp(f[0], "zone") == 0 && n >= 4) {
      t->zone_page = score_grow(t->zone_page, t->n_zone, sizeof(char *));
      t->zone_loc = score_grow(t->zone_loc, t->n_zone, sizeof(char *));
      t->zone_boundary = score_grow(t->zone_boundary, t->n_zone, sizeof(bool));
      t->zone_page[t->n_zone] = score_strdup(page);
      t->zone_loc[t->n_zone] = score_strdup(f[1]);
      t->zone_boundary[t->n_zone++] = strcmp(f[3], "boundary") == 0;
    } else {
      fprintf(stderr, "%s:%d: error: unknown or short truth line '%s'\n", path, lineno,
              f[0]);
      rc = -1;
    }
  }
  free(buf);
  fclose(fp);
  if (!t->file) {
    fprintf(stderr, "%s:1: error: no '# file:' line\n", path);
    rc = -1;
  }
  return rc;
}

static void free_truth(truth *t) {
  for (size_t i = 0; i < t->n_el; i++) {
    free(t->el[i].page);
    free(t->el[i].loc);
    free(t->el[i].name);
    free(t->el[i].kind);
  }
  for (size_t i = 0; i < t->n_ignore; i++) {
    free(t->ignore_page[i]);
    free(t->ignore_loc[i]);
  }
  for (size_t i = 0; i < t->n_path; i++) {
    free(t->path_page[i]);
    free(t->path_entry[i]);
    free(t->path_asset[i]);
  }
  free(t->el);
  free(t->ignore_page);
  free(t->ignore_loc);
  for (size_t i = 0; i < t->n_zone; i++) {
    free(t->zone_page[i]);
    free(t->zone_loc[i]);
  }
  free(t->zone_page);
  free(t->zone_loc);
  free(t->zone_boundary);
  free(t->path_page);
  free(t->path_entry);
  free(t->path_asset);
  free(t->file);
  free(t->style);
}

/* Scores one truth file into sc; returns 0, 1 when its diagram is absent, or
 * -1 when tmc could not read it. */
static int score_one(const truth *t, const char *root, const tmc_catalog *cat, score *sc,
                     bool verbose) {
  bool absent;
  tmc_ir *ir = score_run(root, t->file, cat, &absent);
  if (!ir)
    return absent ? 1 : -1;
  memset(sc, 0, sizeof *sc);
  bool *labelled = calloc(ir->n_elements + 1, 1);
  for (size_t i = 0; i < t->n_el; i++) {
    const truth_el *te = &t->el[i];
    uint32_t e = score_locate(ir, te->page, te->loc);
    const tmc_element *ie = e == TMC_NONE ? NULL : &ir->elements[e];
    if (ie)
      labelled[e] = true;
    sc->all[M_KIND]++, sc->all[M_NAME]++;
    tmc_kind want;
    bool kind_ok = ie && tmc_kind_parse(te->kind, &want) && ie->kind == want;
    /* A truth name "-" means there is nothing to read (README): any name is
     * right that is not the raw cell id and not empty. */
    bool name_ok =
        ie && (strcmp(te->name, "-") == 0
                   ? *tmc_element_name(ie) && strcmp(tmc_element_name(ie), ie->id) != 0
                   : score_same_name(tmc_element_name(ie), te->name));
    sc->hit[M_KIND] += kind_ok;
    sc->hit[M_NAME] += name_ok;
    if (te->asset)
      sc->all[M_ASSET_R]++, sc->hit[M_ASSET_R] += ie && ie->facts.is_asset;
    if (te->entry)
      sc->all[M_ENTRY_R]++, sc->hit[M_ENTRY_R] += ie && ie->facts.is_entry;
    if (ie && ie->facts.is_asset)
      sc->all[M_ASSET_P]++, sc->hit[M_ASSET_P] += te->asset;
    if (ie && ie->facts.is_entry)
      sc->all[M_ENTRY_P]++, sc->hit[M_ENTRY_P] += te->entry;
    if (verbose && (!kind_ok || !name_ok || !ie || te->asset != ie->facts.is_asset ||
                    te->entry != ie->facts.is_entry))
      printf("  %-24s want %s '%s'%s%s; got %s%s%s%s%s%s\n", te->loc, te->kind, te->name,
             te->asset ? " asset" : "", te->entry ? " entry" : "",
             ie ? tmc_kind_name(ie->kind) : "(no element)", name_ok ? "" : " '",
             name_ok || !ie ? "" : tmc_element_name(ie), name_ok ? "" : "'",
             ie && ie->facts.is_asset ? " asset" : "",
             ie && ie->facts.is_entry ? " entry" : "");
  }
  /* What tmc made an element of a decoration counts against asset and entry
   * precision like any other wrong conclusion. */
  for (size_t i = 0; i < t->n_ignore; i++) {
    uint32_t e = score_locate(ir, t->ignore_page[i], t->ignore_loc[i]);
    if (e == TMC_NONE || labelled[e])
      continue;
    labelled[e] = true;
    sc->all[M_ASSET_P] += ir->elements[e].facts.is_asset;
    sc->all[M_ENTRY_P] += ir->elements[e].facts.is_entry;
  }
  free(labelled);
  /* A diagram scores its path measures when the reader expects at least one
   * path. path: the share of expected entry → asset pairs tmc found a path
   * for, shown or left out by the report's limit (--max-paths; the report
   * says how many more it found); path_shown: those among the paths the
   * report shows; path_diagram: 1 when the report shows a path for at least
   * one expected pair (issue #14's "an attack path on every diagram with an
   * entry, an asset and flows between them"), so its mean is the share of
   * such diagrams. */
  bool any_shown = false;
  for (size_t i = 0; i < t->n_path; i++) {
    uint32_t en = score_locate(ir, t->path_page[i], t->path_entry[i]);
    uint32_t as = score_locate(ir, t->path_page[i], t->path_asset[i]);
    bool shown = false;
    for (uint32_t p = 0; p < ir->n_paths && !shown; p++)
      shown = ir->paths[p].entry == en && ir->paths[p].asset == as && en != TMC_NONE;
    bool found = shown || (en != TMC_NONE && tmc_ir_has_path_pair(ir, en, as));
    any_shown |= shown;
    sc->all[M_PATH]++, sc->all[M_PATH_SHOWN]++;
    sc->hit[M_PATH] += found;
    sc->hit[M_PATH_SHOWN] += shown;
    if (verbose && !shown)
      printf("  path %s -> %s: %s\n", t->path_entry[i], t->path_asset[i],
             found ? "found, not shown" : "not found");
  }
  if (t->n_path)
    sc->all[M_PATH_DIAGRAM] = 1, sc->hit[M_PATH_DIAGRAM] = any_shown;
  /* Zones: a trust zone must be a boundary that is not a grouping; a
   * grouping must be a grouping, or nothing (not a boundary, not an
   * element). */
  for (size_t i = 0; i < t->n_zone; i++) {
    uint32_t b = TMC_NONE;
    for (uint32_t j = 0; j < ir->n_boundaries && b == TMC_NONE; j++)
      if (strcmp(ir->boundaries[j].id, t->zone_loc[i]) == 0 &&
          (!*t->zone_page[i] || ir->n_pages < 2 ||
           strcmp(ir->pages[ir->boundaries[j].page].name, t->zone_page[i]) == 0))
        b = j;
    bool ok = t->zone_boundary[i] ? b != TMC_NONE && !ir->boundaries[b].grouping
              : b != TMC_NONE
                  ? ir->boundaries[b].grouping
                  : score_locate(ir, t->zone_page[i], t->zone_loc[i]) == TMC_NONE;
    sc->all[M_ZONE]++;
    sc->hit[M_ZONE] += ok;
    if (verbose && !ok)
      printf("  zone %s: want %s; got %s\n", t->zone_loc[i],
             t->zone_boundary[i] ? "boundary" : "grouping",
             b != TMC_NONE ? (ir->boundaries[b].grouping ? "grouping" : "boundary")
             : score_locate(ir, t->zone_page[i], t->zone_loc[i]) != TMC_NONE
                 ? "an element"
                 : "nothing");
  }
  tmc_ir_free(ir);
  return 0;
}

int main(int argc, char **argv) {
  score_args a;
  if (score_parse_args(&a, argc, argv, "tmc-labelscore", "TRUTH"))
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
  score sum, n;
  memset(&sum, 0, sizeof sum);
  memset(&n, 0, sizeof n);
  int status = 0, present = 0, absent = 0;
  printf("%-64s", "file");
  for (int m = 0; m < M_COUNT; m++)
    printf(" %12s", m_name[m]);
  printf("\n");
  for (int i = first; i < argc; i++) {
    truth t;
    if (read_truth(argv[i], &t) < 0) {
      status = 2;
      free_truth(&t);
      continue;
    }
    score sc;
    if (verbose)
      printf("%s:\n", argv[i]);
    int rc = score_one(&t, root, cat, &sc, verbose);
    if (rc == 0) {
      present++;
      const char *base = strrchr(t.file, '/');
      printf("%-64.64s", base ? base + 1 : t.file);
      for (int m = 0; m < M_COUNT; m++) {
        if (sc.all[m] == 0) {
          printf(" %12s", "-");
          continue;
        }
        double v = sc.hit[m] / sc.all[m];
        printf(" %12.2f", v);
        sum.hit[m] += v, n.hit[m]++;
      }
      printf("\n");
    } else if (rc < 0)
      status = 2;
    else
      absent++;
    free_truth(&t);
  }
  printf("%-64s", "mean");
  double mean[M_COUNT];
  for (int m = 0; m < M_COUNT; m++) {
    mean[m] = n.hit[m] ? sum.hit[m] / n.hit[m] : -1;
    if (mean[m] < 0)
      printf(" %12s", "-");
    else
      printf(" %12.2f", mean[m]);
  }
  printf("\n");
  /* The floors are means over the whole set: over a part of it (no
   * ../shared/corpus on a user's machine) they would compare different
   * things, so they hold only when every diagram is there. */
  if (floors && absent)
    printf("tmc-labelscore: %d of %d diagrams absent; floors not applied\n", absent,
           present + absent);
  if (floors && status == 0 && present && !absent) {
    double floor[M_COUNT];
    if (score_read_floors(floors, m_name, M_COUNT, floor) < 0)
      status = 2;
    else
      for (int m = 0; m < M_COUNT; m++)
        if (floor[m] >= 0 && mean[m] >= 0 && mean[m] + 1e-9 < floor[m]) {
          fprintf(stderr, "tmc-labelscore: %s fell to %.2f, below its floor %.2f\n",
                  m_name[m], mean[m], floor[m]);
          status = 1;
        }
  }
  tmc_catalog_free(cat);
  tmc_diags_free(&d);
  if (status == 0 && !present) {
    printf("tmc-labelscore: none of the diagrams is present; skipped\n");
    return 77;
  }
  return status;
}
