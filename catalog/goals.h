/* goals.h - attack goals and AI attack chains, the `goals:` section of the
 * catalogs (catalogs/goals.yaml; docs/catalog-format.md, "Goals and chains").
 *
 * A goal says which elements attack paths end at (a target condition) and
 * what a path to one is called: its id, title, ATLAS/OWASP/CWE ids and
 * impact. A goal with hop patterns is a chain: it names only the paths whose
 * elements, entry to target, match one of its patterns step by step. The
 * paths pass (passes/paths.c) searches and matches; this module only loads
 * and checks the data.
 *
 * Ownership: every goal, pattern and string belongs to the catalog that
 * loaded it and lives as long as it. */
#ifndef TMC_GOALS_H
#define TMC_GOALS_H

#include "catalog/catalog.h"

struct tmc_cond;

/* One step of a hop pattern: it holds on one element of the path when every
 * test it has holds there. */
typedef struct tmc_goal_step {
  struct tmc_cond *when;  /* on the element, or NULL */
  struct tmc_cond *via;   /* on the flow of the hop into it, or NULL */
  struct tmc_cond *from;  /* on the element the hop into it comes from, or NULL */
  int against_flow;       /* the hop into it goes against its flow: 1 yes, 0 no, -1 any */
  tmc_strlist name_has;   /* the element's name has one of these words */
  tmc_strlist name_lacks; /* ... and none of these */
  int name_says;          /* a words.yaml list (tmc_word_list) its name says, or -1 */
  int name_never_says;    /* a words.yaml list its name must not say, or -1 */
  int zone_says;          /* a words.yaml list its name or a zone around it says, or -1 */
  int zone_never_says; /* ... a list neither its name nor a zone around it says, or -1 */
  /* Some element of the path after the entry satisfies it (what a goal's
   * atlas_if any_hop tests), or NULL: a hop names an ATLAS technique only
   * where the path touches AI, as its goal's ids do. */
  struct tmc_cond *path_has;
  /* The path's entry satisfies it, or NULL; some element between the entry
   * and this one (neither included) satisfies it, or NULL. What a hop's text
   * went through before it: typed by a person, or gathered (a page, a mail,
   * a tool's output) decides direct or indirect prompt injection. */
  struct tmc_cond *entry, *earlier;
  /* Some element after this one on the path, the target included, satisfies
   * it, or NULL: what the attacker is after decides the step (a job runner
   * on the way to credentials runs the attacker's code, on the way to a
   * model it trains on their data). */
  struct tmc_cond *later;
  /* No element after this one on the path, the target included, satisfies
   * it, or NULL: a process that hands text on to an LLM and gets its answer
   * back stands for the model's round trip only where the path does not go
   * on to the model itself. */
  struct tmc_cond *later_none;
  /* No element between the entry and this one (neither included) satisfies
   * it, or NULL: that code is reached on the way to the model, not with
   * its answer on the way out. */
  struct tmc_cond *earlier_none;
  /* The step is how the attacker starts: it holds on the path's entry (hop
   * 0, which no flow leads into) and on no other element. */
  bool at_entry;
  /* hop_techniques only: the hop before this one names this technique (or a
   * sub-technique of it), or NULL. The kill chain's order: after a package
   * source is compromised, the hop into what installs it runs it. */
  const char *after;
  /* hop_techniques `also` items only: some later hop of the path names this
   * technique (or a sub-technique of it), or NULL. Tried once every hop has
   * its own technique: what a step leads to names it (content sent in
   * through a public application and then indexed is crafted for
   * retrieval). */
  const char *before;
  /* hop_techniques only: the item names a second technique of a hop whose
   * own technique is `with` (or a sub-technique of it; NULL: any), tried
   * after the hop's own, the first that holds (and differs) wins. */
  bool also;
  /* with also: the item's technique goes beside the further technique an
   * earlier item gave the hop, rather than only where none did (a hop names
   * up to TMC_HOP_ALSO further techniques; the other items each stand in
   * for the one before them). */
  bool beside;
  const char *with;
  /* hop_techniques only: the path's goal has one of these aims (a bit per
   * TMC_GOAL_AIMS member, tmc_goal_aim_bit; 0: any), and none of aims_not.
   * What the attacker is after decides the step: a job runner on a path to
   * credentials runs their code, on a path to a model trains on their data. */
  unsigned aims, aims_not;
  bool optional;    /* may match no element */
  bool repeat;      /* may match several elements in a row */
  const char *text; /* the step in words, for --explain */
  /* How the attacker takes the step (issue #16): the ATLAS technique, or the
   * CAPEC attack pattern of a classic step; the ATLAS tactic it serves (NULL:
   * the technique's first); the control (a controls.yaml id) that breaks that
   * technique at this hop. All NULL on a step that only matches. */
  const char *technique, *tactic, *control;
  /* `control: none`: the attacker is entitled to take this hop (a member of
   * the public using the service anyone may use), so no change there breaks
   * the path: the hop has no control and the cut sets look elsewhere. */
  bool no_control;
} tmc_goal_step;

/* Steps match the path's elements in order, entry first, target last. */
typedef struct tmc_goal_pattern {
  tmc_goal_step *steps;
  uint32_t n_steps;
} tmc_goal_pattern;

#define TMC_GOAL_MAX_STEPS 32 /* steps in one pattern (the matcher's bit sets) */

/* An ATLAS (or OWASP) id that depends on the path: added (or put instead of
 * another) when the entry, or any element after it, satisfies a condition. */
typedef struct tmc_goal_atlas_if {
  bool on_entry;         /* tests the entry; else every element after it */
  bool owasp;            /* add is an OWASP id (atlas_if's LLM ids: only with an LLM) */
  struct tmc_cond *when; /* never NULL */
  const char *when_text;
  const char *add;        /* the id added */
  const char *instead_of; /* the id it replaces in place (of the same list), or NULL */
} tmc_goal_atlas_if;

typedef struct tmc_goal {
  const char *id, *title;
  const char *chain; /* the chain's name in reports, or NULL for a plain goal */
  /* What the attacker achieves (issue #16 item 2): one of TMC_GOAL_AIMS;
   * NULL when the catalog does not say. */
  const char *aim;
  unsigned aim_bit;        /* tmc_goal_aim_bit(aim), read on every path named */
  struct tmc_cond *target; /* the path's last element; never NULL */
  const char *target_text;
  tmc_goal_pattern *patterns; /* none: any path to the target */
  uint32_t n_patterns;
  unsigned stride;
  tmc_strlist atlas, owasp, cwe, capec;
  tmc_goal_atlas_if *atlas_if;
  uint32_t n_atlas_if;
  /* ATLAS ids by which a finding on the path's elements or flows states the
   * same threat (docs/attack-paths.md, "Scores"). */
  tmc_strlist same_threat;
  int impact; /* 1..5; 0 = the asset's own */
  /* The targets where the aim is met further on (`met_further`, a condition
   * on the target; NULL: none): a path of this goal to one, that another
   * found path of the same aim from the same entry goes on from, is shown
   * after the paths that name ends (docs/attack-paths.md). */
  struct tmc_cond *met_further;
  const char *met_further_text;
  /* `names_again: true`: the goal also names a route another goal named
   * first, as a path of its own (a flood rides the route an injection
   * takes: two attacks, two aims); once per entry/target pair, on the pair's
   * most likely such route. */
  bool names_again;
  /* `names_last: true`: tried after every other goal, plain ones too, so it
   * names a route only when no other goal does (and, with names_again, the
   * others' routes again); its paths are shown after every pair's best, as
   * routes named again are: an aim that rides another's route (a flood at
   * a queue or a reservation store) never takes a pair's first reading. */
  bool names_last;
  /* `shown_last: true` (paths30): its paths are shown after every other
   * path found, tails and relayed entries' too: a threat the report tells
   * only where nothing else would leave for it (the public flooding the
   * service they write through, which a report full of other pairs' only
   * paths does not show in their place). */
  bool shown_last;
  const char *description, *remediation;
  tmc_loc loc; /* where it was defined */
  bool user;   /* came from a --catalog file */
} tmc_goal;

/* The `hop_techniques:` section: steps tried in order on every hop a goal's
 * own step gives no technique, the first that holds names the hop's
 * technique, tactic and control (--catalog files' steps come first). */
uint32_t tmc_catalog_n_hop_techniques(const tmc_catalog *c);
const tmc_goal_step *tmc_catalog_hop_technique_at(const tmc_catalog *c, uint32_t i);

/* The aims a goal's `aim:` may name (issue #16 item 2), one line each: the
 * id catalogs write and the words reports name a path's goal with. */
#define TMC_GOAL_AIMS(X)                                                                 \
  X(exfiltrate, "exfiltrate data")                                                       \
  X(tamper_model, "tamper with a model")                                                 \
  X(hijack_model, "hijack a model")                                                      \
  X(act_through_agent, "act through an agent")                                           \
  X(steal_credentials, "steal credentials")                                              \
  X(deny_service, "deny service")                                                        \
  X(act_on_device, "make a device act")

/* Is aim one of TMC_GOAL_AIMS? */
bool tmc_goal_aim_known(const char *aim);

/* The bit of aim in a step's aims (1 << its place in TMC_GOAL_AIMS); 0 for
 * NULL or an aim not in the list. */
unsigned tmc_goal_aim_bit(const char *aim);

/* The words reports name a path's goal with ("exfiltrate data"), from
 * TMC_GOAL_AIMS; NULL for NULL or an aim not in the list. */
const char *tmc_goal_aim_words(const char *aim);

/* Goals sorted by id; chains (goals with patterns) are tried in this order. */
uint32_t tmc_catalog_n_goals(const tmc_catalog *c);
const tmc_goal *tmc_catalog_goal_at(const tmc_catalog *c, uint32_t i);
const tmc_goal *tmc_catalog_goal(const tmc_catalog *c, const char *id);

#endif
