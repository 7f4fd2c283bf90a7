/* test_perf22.c - the word scans' ASCII fast paths (perf22) read a label as
 * the general reading does. An ASCII word is hashed, matched and bounded
 * byte by byte, and entries sharing a label word are compared after it
 * first (phrase_after), heads from the end (suffix_start); a byte of another
 * script next to or inside the words takes the general reading: Turkish "İ"
 * folds to "i", a letter with an accent joins the word it touches, a CJK
 * character is a word of its own. Quiet cases: a plural, two words run
 * together, a double space, an accented letter joined on. Word list and
 * heads table lookups alike; the wordings are this file's own. */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "catalog/lexicon.h"

typedef struct said_row {
  const char *label;
  const char *word; /* what the trainers list says of it, NULL for nothing */
} said_row;

static const said_row said_rows[] = {
    {"Nightly TRAINING PIPELINE 3", "training pipeline"},
    {"Training job", "training job"},
    {"x-training pipeline-y", "training pipeline"},
    {"TRA\xC4\xB0N\xC4\xB0NG PIPEL\xC4\xB0NE",
     "training pipeline"}, /* Turkish capitals */
    {"\xE8\xA8\x93\xE7\xB7\xB4 training pipeline", "training pipeline"}, /* CJK before */
    /* quiet: the phrase is not there as whole words */
    {"Nightly training pipelines", NULL},
    {"trainingpipeline", NULL},
    {"Training  pipeline", NULL},
    {"training\xC3\xA9 pipeline", NULL}, /* "é" joins "training" */
};

typedef struct head_row {
  const char *label;
  const char *head; /* the head noun found, NULL for none */
} head_row;

static const head_row head_rows[] = {
    {"Customer DATABASE", "database"},
    {"Orders DB", "db"},
    {"Feature Store", "feature store"},
    {"Kundendatenbank", "datenbank"},
    {"Base de datos de clientes", "base de datos"},
    {"\xC4\xB0\xC5\x9E SUNUCUSU", "sunucusu"}, /* Turkish capitals before it */
    /* quiet: a store's name run into another word is no head */
    {"documentstore", NULL},
    /* perf23: prepositions in capitals end the name; heads shorter than the
     * entries sharing their word (suffix_start) */
    {"Worker", "worker"},
    {"Celery WORKER", "worker"},
    {"Gateway FOR model serving", "gateway"},
    {"API gateway TO billing", "api gateway"},
    {"Storage Of Record", "storage"},
    /* quiet: shorter than every head it could end */
    {"Wrk", NULL},
    {"Sto", NULL},
};

static void test_said(void **state) {
  (void)state;
  const tmc_lexicon *lx = tmc_lexicon_builtin();
  for (size_t i = 0; i < sizeof said_rows / sizeof *said_rows; i++) {
    const char *w = tmc_lexicon_says(lx, TMC_WORDS_ROLE_TRAINER, said_rows[i].label);
    if (said_rows[i].word)
      assert_string_equal(w ? w : "(none)", said_rows[i].word);
    else
      assert_null(w);
  }
}

static void test_heads(void **state) {
  (void)state;
  const tmc_lexicon *lx = tmc_lexicon_builtin();
  for (size_t i = 0; i < sizeof head_rows / sizeof *head_rows; i++) {
    tmc_kind k;
    tmc_tech t;
    const char *w = NULL;
    bool at_end = false;
    bool found = tmc_lexicon_head(lx, head_rows[i].label, &k, &t, &w, &at_end);
    if (head_rows[i].head) {
      if (!found)
        fail_msg("no head in \"%s\"", head_rows[i].label);
      assert_string_equal(w, head_rows[i].head);
    } else if (found) {
      fail_msg("head \"%s\" in \"%s\"", w, head_rows[i].label);
    }
  }
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_said),
      cmocka_unit_test(test_heads),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
