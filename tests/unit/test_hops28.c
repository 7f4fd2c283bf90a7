/* test_hops28.c - a hop names every technique that applies to it, not one
 * beside its own (round 2 of session 28, cause "public feedback becomes
 * labels"): a member of the public whose votes, ratings, clicks or reports
 * are later trained on both crafts what they send (AML.T0043.004, a trigger)
 * and opens the many accounts it takes to send it in bulk (AML.T0021,
 * Establish Accounts), at the same first hop. Small diagrams worded unlike
 * the blind sets (a podcast app, a Jakarta forum, a city's pothole map), DOT
 * and draw.io, run through the whole pipeline with the built-in catalog. */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "catalog/catalog.h"
#include "catalog/goals.h"
#include "drawio_macros.h"
#include "frontend/frontend.h"
#include "passes/passes.h"
#include "path_helpers.h"

/* Does some path from entry to target that tampers with a model take its
 * first hop with every one of ids (NULL-terminated) among its own technique
 * and its further ones? */
static bool first_hop_names_all(const tmc_ir *ir, const char *entry, const char *target,
                                const char *const *ids) {
  for (uint32_t i = 0; i < ir->n_paths; i++) {
    const tmc_path *p = &ir->paths[i];
    if (p->entry != el(ir, entry) || p->asset != el(ir, target) || p->n_hops < 2)
      continue;
    if (!aim_of(ir, i) || strcmp(aim_of(ir, i), "tamper_model") != 0)
      continue;
    bool all = true;
    for (const char *const *id = ids; *id && all; id++)
      all = technique_is(p->hops[1].technique, *id) || hop_also_is(&p->hops[1], *id);
    if (all)
      return true;
  }
  return false;
}

static const char *const both[] = {"AML.T0021", "AML.T0043.004", NULL};
static const char *const accounts[] = {"AML.T0021", NULL};

/* A podcast app's listeners rate episodes and skip them; the ratings land in
 * a store a weekly job retrains the episode recommender on. `who` is who
 * rates. */
static const char *podcast(const char *who) {
  static char buf[1400];
  snprintf(
      buf, sizeof buf,
      "digraph g {\n"
      "  fans [shape=box, label=\"%s\"];\n"
      "  subgraph cluster_c { label=\"Podcast platform (AWS)\"; trust=2;\n"
      "    gw [label=\"Listening API (Fastify)\"];\n"
      "    evs [shape=cylinder, label=\"Star ratings and skips (DynamoDB)\"];\n"
      "    fit [label=\"Weekly retrain job\", type=pipeline];\n"
      "    rec [label=\"Episode recommender\", type=model]; }\n"
      "  fans -> gw [label=\"1-5 star ratings, skip events\"];\n"
      "  gw -> evs [label=\"rating events\"]; evs -> fit [label=\"training rows\"];\n"
      "  fit -> rec [label=\"new weights\"]; gw -> rec [label=\"listener id\"];\n"
      "  rec -> gw [label=\"next episodes\"];\n"
      "}\n",
      who);
  return buf;
}

static void test_listeners_ratings_take_accounts_dot(void **state) {
  (void)state;
  tmc_ir *ir = analysed_shown_as("t.dot", podcast("Listeners (public)"), 100);
  /* both at once: the second no longer displaces the first */
  assert_true(first_hop_names_all(ir, "fans", "rec", both));
  tmc_ir_free(ir);
  /* quiet: the company's own curators rate episodes; staff open no
     accounts to send their ratings */
  ir = analysed_shown_as("t.dot", podcast("Editorial curators (employees)"), 100);
  assert_false(first_hop_names_all(ir, "fans", "rec", accounts));
  tmc_ir_free(ir);
}

/* A Jakarta neighbourhood forum on draw.io: its users ("Pengguna", Indonesian)
 * up-vote and flag posts; the votes feed a store a nightly job trains the
 * feed ranker on. */
#define FORUM(who)                                                                       \
  HEAD V("u", who, "shape=umlActor;html=1;", 0, 100, 30, 60)                             \
      ZONE("z", "Forum backend (GCP)", 200, 0, 900, 400)                                 \
          C("api", "z", "Forum API", CARD, 20, 40, 160, 60)                              \
              C("votes", "z", "Votes and flags (BigQuery)", DB, 220, 40, 160, 60)        \
                  C("train", "z", "Nightly ranker training (Vertex AI pipeline)", CARD,  \
                    420, 40, 160,                                                        \
                    60) C("rank", "z", "Feed ranking model", CARD, 620, 40, 160, 60)     \
                      LINK("e1", "u", "api", "up-votes, down-votes, flags")              \
                          LINK("e2", "api", "votes", "vote events")                      \
                              LINK("e3", "votes", "train", "labels")                     \
                                  LINK("e4", "train", "rank", "model weights")           \
                                      LINK("e5", "api", "rank", "user id")               \
                                          LINK("e6", "rank", "api", "ranked posts") TAIL

static void test_forum_votes_take_accounts_drawio(void **state) {
  (void)state;
  tmc_ir *ir = analysed_shown_as("t.drawio", FORUM("Pengguna forum"), 100);
  assert_true(first_hop_names_all(ir, "u", "rank", accounts));
  assert_true(first_hop_names_all(ir, "u", "rank", both));
  tmc_ir_free(ir);
}

/* Citizens report potholes with photos through a public map;
 * the reports become the labels a monthly job retrains the road-damage
 * classifier on, and the classifier is also asked about each new photo. A
 * report is content and a vote at once: both techniques, and on the
 * query path (no training on the way) neither. */
static void test_citizen_reports_take_accounts(void **state) {
  (void)state;
  static const char *dot =
      "digraph g {\n"
      "  res [shape=box, label=\"Citizens\"];\n"
      "  subgraph cluster_c { label=\"City IT\"; trust=2;\n"
      "    map [label=\"Pothole map service\"];\n"
      "    rep [shape=cylinder, label=\"Pothole reports and photos\"];\n"
      "    job [label=\"Monthly retrain job\", type=pipeline];\n"
      "    cls [label=\"Road damage classifier\", type=model]; }\n"
      "  res -> map [label=\"report + photo\"]; map -> rep [label=\"reports\"];\n"
      "  rep -> job [label=\"labelled photos\"]; job -> cls [label=\"weights\"];\n"
      "  map -> cls [label=\"photo\"]; cls -> map [label=\"damage class\"];\n"
      "}\n";
  tmc_ir *ir = analysed_shown_as("t.dot", dot, 100);
  assert_true(first_hop_names_all(ir, "res", "cls", both));
  for (uint32_t i = 0; i < ir->n_paths; i++) {
    const tmc_path *p = &ir->paths[i];
    if (aim_of(ir, i) && strcmp(aim_of(ir, i), "tamper_model") != 0 && p->n_hops > 1)
      assert_false(hop_also_is(&p->hops[1], "AML.T0021"));
  }
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_listeners_ratings_take_accounts_dot),
      cmocka_unit_test(test_forum_votes_take_accounts_drawio),
      cmocka_unit_test(test_citizen_reports_take_accounts),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
