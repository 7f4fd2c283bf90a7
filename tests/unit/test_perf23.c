/* test_perf23.c - the shortcuts perf23 took in the word scans answer as the
 * full reading does. tmc_lexicon_says_lists passes over an entry whose bytes
 * after a shared first word differ from the label's (case aside; a byte of
 * another script, which may fold to ASCII, is read the full way), so every
 * list it says of a label is one tmc_lexicon_says says, and no other (the
 * head shortcuts, suffix_start and preposition, are checked with the other
 * head rows in test_perf22.c). Quiet cases: a plural, a
 * word cut short, a non-breaking space, a text ending inside an entry. The
 * wordings are this file's own. */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "catalog/lexicon.h"

static const char *const labels[] = {
    "Model REGISTRY 12",
    "nightly training DATA export",
    "MODEL REG\xC4\xB0STRY", /* Turkish capital I folds to i */
    "training\xC2\xA0"
    "data lake", /* a non-breaking space after the word */
    "Feature store",
    "feature sto", /* ends inside an entry */
    "model registries and feature stores",
    "Vector DB",
    "Ticket tool 6",
    "Orders DB 40",
    "RAG orchestrator 4",
    "Partner uploads 0",
    "Web client / API gateway (OAuth)",
    "\xE8\xA8\x93\xE7\xB7\xB4 training data", /* CJK before */
    "model",
    "Model s",
};

static void test_lists_agree(void **state) {
  (void)state;
  const tmc_lexicon *lx = tmc_lexicon_builtin();
  for (size_t i = 0; i < sizeof labels / sizeof *labels; i++) {
    tmc_listset said = tmc_lexicon_says_lists(lx, NULL, labels[i]);
    for (int l = 0; l < TMC_WORD_LIST_COUNT; l++) {
      bool one = tmc_lexicon_says(lx, (tmc_word_list)l, labels[i]) != NULL;
      if (one != tmc_listset_has(&said, (tmc_word_list)l))
        fail_msg("list %d of \"%s\": says %d, says_lists %d", l, labels[i], one, !one);
    }
  }
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_lists_agree),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
