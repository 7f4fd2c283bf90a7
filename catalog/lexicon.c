/* lexicon.c - loads and looks up the word and shape tables (catalogs/words.yaml,
 * catalogs/shapes.yaml, and the same sections of --catalog files).
 *
 * The one idea: a table is an ordered list of entries (text, kind), and an
 * entry's index is its precedence, so a lookup returns the matching entry
 * with the lowest index. Word tables are hashed by their entry's first word:
 * a lookup walks the text's words once and, at each, tries only the entries
 * starting with that word, so the cost grows with the text, not the table.
 * Shape tables are hashed by the whole name. */
#include "catalog/lexicon.h"

#include <ctype.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <yaml.h>

#include "catalog/load.h"

typedef enum index_mode {
  BY_FIRST_WORD, /* whole-word phrases in a text */
  BY_LAST_WORD,  /* whole-word phrases ending a text's head phrase */
  BY_NAME,       /* the whole string, case-insensitively */
  NO_INDEX,      /* prefixes and substrings: scanned in order */
} index_mode;

/* Flags of a stencil row. */
enum {
  F_KIND = 1,
  F_ZONE = 2,
  F_DECORATION = 4,
  F_CARRIER = 8,
  F_LOOSE = 16,
  F_NODE = 32,
  F_FIRST = 64,     /* a head noun only where it starts the name (heads: first: true) */
  F_LEADS = 128,    /* a head noun where it starts the name too (heads: leads: true) */
  F_COMPOUND = 256, /* a head noun ending a compound word too (heads: compound: true) */
  F_PERSON = 512    /* a head noun naming a person (heads: person: true) */
};
enum {
  TMC_CARRIED_MAX = 16
}; /* style keys stencil rows may carry (prIcon, appType, ...) */

typedef struct entry {
  const char *text; /* lexicon's arena */
  tmc_kind kind;
  tmc_tech tech;    /* TMC_TECH_NONE unless the row names one */
  unsigned flags;   /* F_* (stencils; F_KIND on every row of the other tables, and
                       F_LOOSE on a DOT shape row saying loose: true, F_NODE
                       one saying node: true) */
  const char *note; /* stencils: the row's note, or NULL */
  uint32_t ref;     /* stems: the stencil row the stem stands for */
  double weight;    /* kinds: the entry's own weight, 0 for its source's */
  uint32_t hash;    /* of the lower-cased first word (BY_FIRST_WORD) or name (BY_NAME) */
  uint32_t key_len;
  uint32_t len;
  uint32_t chars; /* the characters of text (և as its two letters), for suffix_start */
  uint32_t dup_h; /* while loading, not BY_NAME: dup_hash(text), kept for dup_grow */
  bool key_ascii; /* BY_FIRST_WORD: is the first word all ASCII? (phrase_after) */
  uint32_t next;  /* hash chain, TMC_NONE at the end */
} entry;

typedef struct table {
  index_mode mode;
  entry *v;
  uint32_t n, cap;
  uint32_t *heads; /* nb buckets, each a chain of entry indices */
  uint32_t nb;
  uint32_t *firsts; /* BY_LAST_WORD: the entries flagged F_FIRST or F_LEADS */
  uint32_t n_firsts;
  uint32_t *compounds; /* BY_LAST_WORD: the entries flagged F_COMPOUND */
  uint32_t n_compounds;
  /* Their indexes, so a head lookup asks only the entries that can match
   * (a walk over every flagged entry per lookup made classify 40x slower
   * at 100k): firsts by the hash of their first word (fw_*), compounds by
   * that of their last three characters (c3_*; shorter ones in c3_short).
   * Chains list lower indices first; next links are by entry index. */
  uint32_t *fw_heads, *fw_next, fw_nb;
  uint32_t *c3_heads, *c3_next, c3_nb;
  uint32_t *c3_short, n_c3_short;
  /* While catalogs load: every entry by its whole text in ASCII lower case
   * (open addressing, index + 1, 0 empty), so adding an entry finds its
   * earlier spelling at once; a linear search made loading quadratic in a
   * list's length (words.yaml has thousands of heads). */
  uint32_t *dup;
  uint32_t dup_cap;
} table;

/* An entry of a word list in the index of every list (tmc_lexicon_says_lists). */
typedef struct list_ref {
  uint32_t hash;    /* the entry's (of its lower-cased first word) */
  uint16_t list;    /* tmc_word_list */
  uint16_t key_len; /* the entry's first word's bytes, where tail_mask is not 0 */
  uint32_t k;       /* the entry's index in its list */
  uint32_t next;    /* hash chain, TMC_NONE at the end */
  /* perf23: up to four ASCII bytes after an ASCII first word, lower-cased
   * (tail), and which of them there are (tail_mask, 0: none): a label word
   * whose next bytes differ there starts no such entry (tail_differs), so
   * most of the entries sharing a word are passed over without reading
   * them (tmc_lexicon_says_lists filling the passes' label memos asked
   * about seven per label word, "training", "model" and "data" starting
   * dozens each). */
  uint32_t tail, tail_mask;
} list_ref;
_Static_assert(TMC_WORD_LIST_COUNT <= UINT16_MAX, "list_ref.list holds a tmc_word_list");

struct tmc_lexicon {
  tmc_arena *arena;
  table kinds[TMC_TABLE_COUNT];
  table lists[TMC_WORD_LIST_COUNT];
  /* Every list's entries hashed together by their first word: a label's
   * word is looked up once for all lists (tmc_lexicon_says_lists), not once
   * per list. Rebuilt with the lists' own indexes after each load. */
  list_ref *all;
  uint32_t *all_heads, all_nb;             /* all_nb buckets (a power of two), or 0 */
  double weight[TMC_SOURCE_COUNT];         /* words: weights */
  double tech_word;                        /* words: weights: tech_word */
  double card;                             /* words: weights: card */
  double outside;                          /* words: weights: outside */
  double icon_file;                        /* words: weights: icon_file */
  double coin_toss;                        /* words: weights: coin_toss */
  tmc_kindset not_by_word[TMC_ROLE_COUNT]; /* roles: not_by_word (with the kinds below) */
  tmc_roleset llm_drivers;                 /* roles: llm_drivers */
  tmc_techset query_databases;             /* roles: query_databases */
  tmc_techset techs[TMC_TECH_SET_COUNT];   /* sets: the technology sets */
  tmc_roleset roles[TMC_ROLE_SET_COUNT];   /* sets: the role sets */
  table word_sets[TMC_WORD_SET_COUNT];     /* sets: the word sets, by name */
  /* The style keys stencil rows carry with their carrier shape, in the
   * order rows first name them: "mxgraph.kubernetes.icon;prIcon=pod" makes
   * prIcon one, "mxgraph.archimate3.application;appType=comp" appType. */
  const char *carried[TMC_CARRIED_MAX];
  uint32_t n_carried;
  /* perf35: a words: or shapes: section loaded since the last
   * tmc_lexicon_index. Indexing every table after each section (the
   * built-in catalogs hold dozens) was a third of a small diagram's run. */
  bool unindexed;
};

static const char *const list_keys[TMC_WORD_LIST_COUNT] = {
#define TMC_WORD_LIST_KEY(name, key) [TMC_WORDS_##name] = key,
    TMC_WORD_LISTS(TMC_WORD_LIST_KEY)
#undef TMC_WORD_LIST_KEY
};

/* Each kind table: its section, its key there, and the key of an item's list. */
static const struct {
  const char *section, *key, *items;
  index_mode mode;
} tables[TMC_TABLE_COUNT] = {
    [TMC_TABLE_KIND_WORDS] = {"words", "kinds", "words", BY_FIRST_WORD},
    [TMC_TABLE_FALSE_FRIENDS] = {"words", "false_friends", "words", BY_FIRST_WORD},
    [TMC_TABLE_ID_PREFIXES] = {"words", "id_prefixes", "prefixes", NO_INDEX},
    [TMC_TABLE_LABEL_NUMBERS] = {"words", "label_numbers", "prefixes", NO_INDEX},
    [TMC_TABLE_DOT] = {"shapes", "dot", "shapes", BY_NAME},
    [TMC_TABLE_DRAWIO] = {"shapes", "drawio", "shapes", BY_NAME},
    [TMC_TABLE_ICONS] = {"shapes", "icons", "contains", NO_INDEX},
    [TMC_TABLE_HEADS] = {"words", "heads", "words", BY_LAST_WORD},
    [TMC_TABLE_TECH_WORDS] = {"words", "technologies", "words", BY_FIRST_WORD},
    [TMC_TABLE_STENCILS] = {"shapes", "stencils", "token", BY_NAME},
    [TMC_TABLE_STEMS] = {NULL, NULL, NULL, BY_NAME}, /* derived from stencils */
    [TMC_TABLE_IMAGE_WORDS] = {"shapes", "image_words", "words", BY_FIRST_WORD},
    [TMC_TABLE_STENCIL_WORDS] = {"shapes", "stencil_words", "words", BY_FIRST_WORD},
};

static const char *const tech_set_keys[TMC_TECH_SET_COUNT] = {
#define TMC_TECH_SET_KEY(name, key) [TMC_TECHS_##name] = key,
    TMC_TECH_SETS(TMC_TECH_SET_KEY)
#undef TMC_TECH_SET_KEY
};

static const char *const role_set_keys[TMC_ROLE_SET_COUNT] = {
#define TMC_ROLE_SET_KEY(name, key) [TMC_ROLES_##name] = key,
    TMC_ROLE_SETS(TMC_ROLE_SET_KEY)
#undef TMC_ROLE_SET_KEY
};

static const char *const word_set_keys[TMC_WORD_SET_COUNT] = {
#define TMC_WORD_SET_KEY(name, key) [TMC_WORDSET_##name] = key,
    TMC_WORD_SETS(TMC_WORD_SET_KEY)
#undef TMC_WORD_SET_KEY
};

const char *tmc_word_set_key(tmc_word_set s) {
  return (unsigned)s < TMC_WORD_SET_COUNT ? word_set_keys[s] : "?";
}

const char *tmc_tech_set_key(tmc_tech_set s) {
  return (unsigned)s < TMC_TECH_SET_COUNT ? tech_set_keys[s] : "?";
}

const char *tmc_role_set_key(tmc_role_set s) {
  return (unsigned)s < TMC_ROLE_SET_COUNT ? role_set_keys[s] : "?";
}

const char *tmc_word_list_key(tmc_word_list list) {
  return (unsigned)list < TMC_WORD_LIST_COUNT ? list_keys[list] : "?";
}

/* ---- tables --------------------------------------------------------------- */

/* perf30: an ASCII letter or digit lower-cased (isalnum and lower_ascii in
 * the C locale), 0 for any other byte: word_at's loop reads one table entry
 * per byte instead of a range test, isalnum and lower_ascii; word_char one.
 * isalnum's call per byte was a third of word_at's cost. */
static const unsigned char alnum_fold[256] = {
    ['0'] = '0', ['1'] = '1', ['2'] = '2', ['3'] = '3', ['4'] = '4', ['5'] = '5',
    ['6'] = '6', ['7'] = '7', ['8'] = '8', ['9'] = '9', ['A'] = 'a', ['a'] = 'a',
    ['B'] = 'b', ['b'] = 'b', ['C'] = 'c', ['c'] = 'c', ['D'] = 'd', ['d'] = 'd',
    ['E'] = 'e', ['e'] = 'e', ['F'] = 'f', ['f'] = 'f', ['G'] = 'g', ['g'] = 'g',
    ['H'] = 'h', ['h'] = 'h', ['I'] = 'i', ['i'] = 'i', ['J'] = 'j', ['j'] = 'j',
    ['K'] = 'k', ['k'] = 'k', ['L'] = 'l', ['l'] = 'l', ['M'] = 'm', ['m'] = 'm',
    ['N'] = 'n', ['n'] = 'n', ['O'] = 'o', ['o'] = 'o', ['P'] = 'p', ['p'] = 'p',
    ['Q'] = 'q', ['q'] = 'q', ['R'] = 'r', ['r'] = 'r', ['S'] = 's', ['s'] = 's',
    ['T'] = 't', ['t'] = 't', ['U'] = 'u', ['u'] = 'u', ['V'] = 'v', ['v'] = 'v',
    ['W'] = 'w', ['w'] = 'w', ['X'] = 'x', ['x'] = 'x', ['Y'] = 'y', ['y'] = 'y',
    ['Z'] = 'z', ['z'] = 'z',
};

/* The same characters tmc_has_word treats as part of a word. */
static bool word_char(unsigned char c) {
  return alnum_fold[c] != 0 || c >= 0x80;
}

/* ASCII letters lower-cased, as tolower in the C locale tmc runs in, without
 * its call per byte (the word scans fold every byte of every label). */
static unsigned char lower_ascii(unsigned char c) {
  return c >= 'A' && c <= 'Z' ? (unsigned char)(c + ('a' - 'A')) : c;
}

/* ---- letters of other scripts (lang22) --------------------------------------
 * Engineers label diagrams in their own languages. Words match whatever the
 * case, so capitals fold in the scripts whose case pairs sit side by side
 * (Latin-1 and Latin Extended, Greek, Cyrillic, Vietnamese's Latin Extended
 * Additional), with the spellings a label writes for one letter folded
 * together (Greek without its accents, as capitals are written; Russian е
 * for ё; Romanian ş and ţ with a cedilla for ș and ț). Scripts written
 * without spaces between words (Chinese, Japanese, Korean compounds, Thai)
 * have no word boundaries to match on: each of their characters is a word,
 * so "データベース" is found in "顧客データベース". */

/* The code point of the UTF-8 sequence at p and its length in *n (1 on a
 * byte that starts none: labels are repaired UTF-8, so only at a string's
 * cut end). */
static uint32_t decode(const unsigned char *p, size_t *n) {
  if (p[0] < 0x80) {
    *n = 1;
    return p[0];
  }
  if (p[0] >= 0xC2 && p[0] < 0xE0 && (p[1] & 0xC0) == 0x80) {
    *n = 2;
    return (uint32_t)(p[0] & 0x1F) << 6 | (p[1] & 0x3F);
  }
  if (p[0] >= 0xE0 && p[0] < 0xF0 && (p[1] & 0xC0) == 0x80 && (p[2] & 0xC0) == 0x80) {
    *n = 3;
    return (uint32_t)(p[0] & 0x0F) << 12 | (uint32_t)(p[1] & 0x3F) << 6 | (p[2] & 0x3F);
  }
  if (p[0] >= 0xF0 && p[0] < 0xF5 && (p[1] & 0xC0) == 0x80 && (p[2] & 0xC0) == 0x80 &&
      (p[3] & 0xC0) == 0x80) {
    *n = 4;
    return (uint32_t)(p[0] & 0x07) << 18 | (uint32_t)(p[1] & 0x3F) << 12 |
           (uint32_t)(p[2] & 0x3F) << 6 | (p[3] & 0x3F);
  }
  *n = 1;
  return p[0];
}

/* Code point c lower-cased, and folded with the other spellings of its
 * letter (see above). */
static uint32_t fold(uint32_t c) {
  if (c < 0x80)
    return lower_ascii((unsigned char)c);
  if (c >= 0xC0 && c <= 0xDE && c != 0xD7)
    return c + 0x20;
  if (c == 0x130) /* Turkish dotted capital I */
    return 'i';
  if (c == 0x178)
    return 0xFF;
  if (c == 0x15E || c == 0x15F || c == 0x218) /* ş, ș */
    return 0x219;
  if (c == 0x162 || c == 0x163 || c == 0x21A) /* ţ, ț */
    return 0x21B;
  if ((c >= 0x100 && c <= 0x137 && c != 0x131) || (c >= 0x14A && c <= 0x177))
    return c | 1u;
  if ((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E))
    return (c & 1u) ? c + 1 : c;
  if (c == 0x1A0 || c == 0x1AF || (c >= 0x200 && c <= 0x21F))
    return (c & 1u) ? c : c + 1;
  /* Greek: capitals to small letters, accents and final sigma away */
  if (c >= 0x391 && c <= 0x3A9)
    c += 0x20;
  switch (c) {
  case 0x386:
  case 0x3AC:
    return 0x3B1;
  case 0x388:
  case 0x3AD:
    return 0x3B5;
  case 0x389:
  case 0x3AE:
    return 0x3B7;
  case 0x38A:
  case 0x3AF:
  case 0x390:
  case 0x3CA:
    return 0x3B9;
  case 0x38C:
  case 0x3CC:
    return 0x3BF;
  case 0x38E:
  case 0x3CD:
  case 0x3B0:
  case 0x3CB:
    return 0x3C5;
  case 0x38F:
  case 0x3CE:
    return 0x3C9;
  case 0x3C2:
    return 0x3C3;
  default:
    break;
  }
  /* b32b: Arabic script: the letters Persian writes its own way (yeh
   * U+06CC, keheh U+06A9) and an Arabic keyboard writes as Arabic yeh and
   * kaf (or alef maksura for a final yeh) are one letter each; heh with
   * yeh above (U+06C0, the ezafe "ۀ") is its heh; the zero-width non-joiner
   * and zero-width space between a compound's parts are a space (a word
   * apart, cjk_punct) */
  if (c >= 0x600 && c <= 0x6FF) {
    if (c == 0x6CC || c == 0x649)
      return 0x64A;
    if (c == 0x6A9)
      return 0x643;
    if (c == 0x6C0)
      return 0x647;
    return c;
  }
  /* b33b: so is Ethiopic's wordspace "፡" (U+1361), which Amharic writes
   * between words where Latin writes a space: "የሞዴል፡ፋይል" matches "የሞዴል ፋይል" */
  if (c == 0x200B || c == 0x200C || c == 0x1361)
    return ' ';
  /* Cyrillic */
  if (c == 0x401 || c == 0x451)
    return 0x435;
  if (c >= 0x400 && c <= 0x40F)
    return c + 0x50;
  if (c >= 0x410 && c <= 0x42F)
    return c + 0x20;
  if ((c >= 0x460 && c <= 0x481) || (c >= 0x48A && c <= 0x4BF) ||
      (c >= 0x4D0 && c <= 0x52F))
    return c | 1u;
  /* Latin Extended Additional (Vietnamese) */
  if (c >= 0x1E00 && c <= 0x1EFF)
    return c | 1u;
  /* b32a: Armenian capitals (Ա..Ֆ) to small letters */
  if (c >= 0x531 && c <= 0x556)
    return c + 0x30;
  /* b33b: Ethiopic letters Amharic pronounces alike and writes either way
   * ("ሃላፊ" and "ኃላፊ", "ሰራተኛ" and "ሠራተኛ", "ፀሐፊ" and "ጸሃፊ"): the orders of
   * ሐ and ኀ as those of ሀ, ሠ as ሰ, ዐ as አ, ፀ as ጸ */
  if (c >= 0x1210 && c <= 0x1216)
    return c - 0x10;
  if (c >= 0x1280 && c <= 0x1286)
    return c - 0x80;
  if (c >= 0x1220 && c <= 0x1227)
    return c + 0x10;
  if (c >= 0x12D0 && c <= 0x12D6)
    return c - 0x30;
  if (c >= 0x1340 && c <= 0x1346)
    return c - 0x08;
  return c;
}

/* b32a: does the Armenian ligature և (U+0587) start at s? */
static bool ligature(const char *s) {
  return (unsigned char)s[0] == 0xD6 && (unsigned char)s[1] == 0x87;
}

/* b32a: the Armenian ligature և is the two letters ե and ւ, as its capital
 * (ԵՒ) and the classical spelling write it: the folded character at s + *i,
 * *i moved past it, with the second letter of a ligature kept in *rest
 * (0: none) and given first on the next call. So "Երևան" and "ԵՐԵՒԱՆ" hash
 * and match alike. */
static uint32_t fold_next(const char *s, size_t *i, uint32_t *rest) {
  if (*rest) {
    uint32_t c = *rest;
    *rest = 0;
    return c;
  }
  size_t k;
  uint32_t c = fold(decode((const unsigned char *)s + *i, &k));
  *i += k;
  if (c == 0x587) {
    *rest = 0x582;
    return 0x565;
  }
  return c;
}

/* Written without spaces between words: Thai, Lao, Myanmar, Khmer, kana,
 * CJK ideographs, Hangul syllables and half-width kana. */
static bool spaceless(uint32_t c) {
  return (c >= 0x0E00 && c <= 0x0EFF) || (c >= 0x1000 && c <= 0x109F) ||
         (c >= 0x1780 && c <= 0x17FF) || (c >= 0x3040 && c <= 0x30FF) ||
         (c >= 0x31F0 && c <= 0x31FF) || (c >= 0x3400 && c <= 0x4DBF) ||
         (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xAC00 && c <= 0xD7AF) ||
         (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFF66 && c <= 0xFF9F);
}

/* A mark that belongs to the character before it (Thai vowels and tone
 * marks above and below, kana voicing marks, the long-vowel bar): no word
 * starts at it. */
static bool mark(uint32_t c) {
  return c == 0x0E31 || (c >= 0x0E34 && c <= 0x0E3A) || (c >= 0x0E47 && c <= 0x0E4E) ||
         (c >= 0x3099 && c <= 0x309C) || c == 0x30FC || c == 0xFF70 || c == 0xFF9E ||
         c == 0xFF9F;
}

/* The start of the character ending s[0..n). */
static size_t char_start(const char *s, size_t n) {
  size_t b = n - 1;
  while (b && ((unsigned char)s[b] & 0xC0) == 0x80 && n - b < 4)
    b--;
  return b;
}

/* kinds21 (K4): the length of the CJK or full-width punctuation mark at s
 * (U+3000..U+303F: "、", "。", "「"; U+30FB "・"; U+FF01..U+FF0F, U+FF1A..
 * U+FF20: "（", "）", "＋", "，", "："), else 0. Labels drawn in Japanese or
 * Chinese put them between words as English puts spaces and commas
 * ("Azure AI Search（ベクトル＋キーワード）"): the scans step over them, as
 * over ASCII punctuation, though their bytes are not ASCII.
 * b32a: so do the marks other scripts write beside their words without a
 * space: the en and em dashes ("NAS—backups"), curly quotes, and
 * Armenian's own comma, full stop and hyphen ("է՝", "պահեստ։",
 * "հաշիվ֊ապրանքագիր"). Not guillemets: a UML stereotype ("«component»",
 * "«mobile app»") names the notation, not what the element is, and read
 * as words it would decide kinds.
 * b32b: and the marks that part words in labels of other scripts without
 * being letters: Arabic-script punctuation (U+060C "،" comma, U+061B "؛"
 * semicolon, U+061F "؟", U+066A..U+066D, U+06D4 full stop: "(Python، سرور
 * داخلی)" reads "Python"); the zero-width non-joiner U+200C, which Persian
 * writes between the parts of a compound and before a suffix
 * ("پایگاه‌داده", "عکس‌ها", "نمونه‌ی": read as "پایگاه
 * داده", "عکس" and its plural ending, fold() taking it for a space) and the zero-width
 * space U+200B; the hamza above U+0654 that NFC left on a heh, the ezafe ("نمونهٔ زعفران";
 * match_len, ezafe()); U+FFFD, which stands for what the front ends' door repaired (an
 * invalid byte, a bidi override), no letter of any word. */
static size_t cjk_punct(const char *s) {
  const unsigned char *u = (const unsigned char *)s;
  if (u[0] == 0xE3 &&
      ((u[1] == 0x80 && u[2] >= 0x80 && u[2] <= 0xBF) || (u[1] == 0x83 && u[2] == 0xBB)))
    return 3;
  if (u[0] == 0xEF && u[1] == 0xBC &&
      ((u[2] >= 0x81 && u[2] <= 0x8F) || (u[2] >= 0x9A && u[2] <= 0xA0)))
    return 3;
  if ((u[0] == 0xD5 && u[1] == 0x9D) || (u[0] == 0xD6 && (u[1] == 0x89 || u[1] == 0x8A)))
    return 2; /* Armenian ՝ ։ ֊ */
  if (u[0] == 0xE2 && u[1] == 0x80 &&
      (u[2] == 0x93 || u[2] == 0x94 || (u[2] >= 0x98 && u[2] <= 0x9F)))
    return 3; /* – — ‘ ’ ‚ ‛ “ ” „ ‟ */
  if ((u[0] == 0xD8 && (u[1] == 0x8C || u[1] == 0x9B || u[1] == 0x9F)) ||
      (u[0] == 0xD9 && ((u[1] >= 0xAA && u[1] <= 0xAD) || u[1] == 0x94)) ||
      (u[0] == 0xDB && u[1] == 0x94))
    return 2;
  if ((u[0] == 0xE2 && u[1] == 0x80 && (u[2] == 0x8B || u[2] == 0x8C)) ||
      (u[0] == 0xEF && u[1] == 0xBF && u[2] == 0xBD))
    return 3;
  /* b33b: Ethiopic punctuation U+1360..U+1368 (Amharic, Tigrinya): the
   * wordspace "፡" that joins words where a space would ("የስልጠና፡ዳታ", an
   * unquoted DOT id), the comma "፣", full stop "።", semicolon "፤", colons
   * "፥" "፦", question mark "፧" and the section and paragraph marks */
  if (u[0] == 0xE1 && u[1] == 0x8D && u[2] >= 0xA0 && u[2] <= 0xA8)
    return 3;
  return 0;
}

/* Is there a word boundary between the word characters ending s[0..n) and
 * starting s + n? Only where one side is written without spaces. */
static bool katakana(uint32_t c) {
  return (c >= 0x30A0 && c <= 0x30FA) || c == 0x30FC || (c >= 0x31F0 && c <= 0x31FF) ||
         (c >= 0xFF66 && c <= 0xFF9F);
}

static bool hangul(uint32_t c) {
  return c >= 0xAC00 && c <= 0xD7AF;
}

/* b33b: an Ethiopic syllable (U+1200..U+135A and the supplement
 * U+1380..U+1399, the extended blocks U+2D80..U+2DDE and U+AB01..U+AB2E) */
static bool ethiopic(uint32_t c) {
  return (c >= 0x1200 && c <= 0x135A) || (c >= 0x1380 && c <= 0x1399) ||
         (c >= 0x2D80 && c <= 0x2DDE) || (c >= 0xAB01 && c <= 0xAB2E);
}

/* b33b: does s[0..n) end in an Amharic proclitic written onto the word it
 * governs, at that word's start, with two more syllables of it at s + n?
 * The genitive "የ" (of: "የስልጠና ዳታ", the data of training, training data)
 * and the prepositions "ለ" (for), "በ" (by, in) and "ከ" (from) are one
 * syllable each, a closed class as the joining words of preposition() are:
 * the word after one is a word of its own, so "የሞዴል ፋይል" holds "ሞዴል ፋይል"
 * and "ለገዢዎች" "ገዢዎች". The catalogs' words split alike, so a root that
 * starts with the same syllable ("በጀት") still matches as written. */
static bool proclitic(const char *s, size_t n, uint32_t prev, uint32_t next) {
  if (prev != 0x12E8 && prev != 0x1208 && prev != 0x1260 && prev != 0x12A8)
    return false;
  size_t k;
  if (!ethiopic(next) || n < 3 || !ethiopic(decode((const unsigned char *)s + n + 3, &k)))
    return false;
  /* the proclitic starts its word: nothing Ethiopic before it */
  return n == 3 || !ethiopic(decode((const unsigned char *)s + char_start(s, n - 3), &k));
}

static bool joint(const char *s, size_t n) {
  /* ASCII on both sides (most labels): no boundary, as the tests below
   * would find, without decoding */
  if ((unsigned char)s[n] < 0x80 && (!n || (unsigned char)s[n - 1] < 0x80))
    return false;
  /* full-width punctuation is a word of its own, as ASCII punctuation is
   * none: "Elasticsearch（向量）" reads "Elasticsearch" and "向量" */
  if (cjk_punct(s + n) || (n && cjk_punct(s + char_start(s, n))))
    return true;
  size_t k;
  uint32_t next = decode((const unsigned char *)s + n, &k);
  if (next < 0x80 && (!n || (unsigned char)s[n - 1] < 0x80))
    return false;
  if (mark(next))
    return false;
  uint32_t prev = n ? decode((const unsigned char *)s + char_start(s, n), &k) : 0;
  /* A run of katakana (loanwords: "ログイン" is login, not "ログ" log and
   * more) or of Hangul (Korean puts spaces between its words) is one word;
   * kanji, hiragana and Thai, written without spaces, a character each. */
  if ((katakana(prev) && katakana(next)) || (hangul(prev) && hangul(next)))
    return false;
  if (proclitic(s, n, prev, next))
    return true;
  return spaceless(next) || (n && spaceless(prev));
}

/* b32b: does p (after a zero-width non-joiner) start an inflection of
 * the Persian word before it: the plural "ها"/"های"/"هایی", the ezafe or
 * indefinite "ی"/"ای"/"یی"/"ایی", a possessive ("اش", "ام", "ات", "مان",
 * "تان", "شان", "هایش", "هایشان")? Such a word is still the word before it
 * ("پایگاه‌داده‌ها" holds "پایگاه داده"); another part after
 * the non-joiner makes another word ("مدل‌سازی" is modelling, no model;
 * "عکس‌برداری" photography). A closed class, as the joining words of
 * preposition() are. The letters are compared folded (Arabic yeh for Persian yeh). */
static bool inflection(const char *p) {
  static const uint32_t forms[][6] = {
      {0x647, 0x627},                             /* ها */
      {0x647, 0x627, 0x64A},                      /* های */
      {0x647, 0x627, 0x64A, 0x64A},               /* هایی */
      {0x647, 0x627, 0x64A, 0x634},               /* هایش */
      {0x647, 0x627, 0x64A, 0x634, 0x627, 0x646}, /* هایشان */
      {0x64A},                                    /* ی */
      {0x627, 0x64A},                             /* ای */
      {0x64A, 0x64A},                             /* یی */
      {0x627, 0x64A, 0x64A},                      /* ایی */
      {0x627, 0x634},                             /* اش */
      {0x627, 0x645},                             /* ام */
      {0x627, 0x62A},                             /* ات */
      {0x645, 0x627, 0x646},                      /* مان */
      {0x62A, 0x627, 0x646},                      /* تان */
      {0x634, 0x627, 0x646},                      /* شان */
  };
  uint32_t got[7];
  size_t n = 0;
  for (size_t i = 0; n < 7;) {
    size_t k;
    uint32_t c = decode((const unsigned char *)p + i, &k);
    if (c < 0x620 || c > 0x6FF || cjk_punct(p + i))
      break;
    got[n++] = fold(c);
    i += k;
  }
  for (size_t f = 0; f < sizeof forms / sizeof *forms; f++) {
    size_t m = 0;
    while (m < 6 && forms[f][m])
      m++;
    if (m == n && memcmp(forms[f], got, n * sizeof *got) == 0)
      return true;
  }
  return false;
}

/* Does a word end at s + n (s[0..n) ending in a word character)? A word
 * runs on through a zero-width non-joiner into another part of a compound
 * (inflection). */
static bool word_ends(const char *s, size_t n) {
  const unsigned char *u = (const unsigned char *)s + n;
  if (u[0] == 0xE2 && u[1] == 0x80 && u[2] == 0x8C)
    return inflection(s + n + 3);
  return !word_char((unsigned char)s[n]) || joint(s, n);
}

/* FNV-1a over the folded characters of s[0..n) (ASCII: the lower-cased
 * bytes). */
static uint32_t hash_lower(const char *s, size_t n) {
  uint32_t h = 2166136261u;
  for (size_t i = 0; i < n;) {
    unsigned char b = (unsigned char)s[i];
    if (b < 0x80) { /* an ASCII byte folds to itself lower-cased */
      h = (h ^ lower_ascii(b)) * 16777619u;
      i++;
      continue;
    }
    uint32_t rest = 0;
    do {
      uint32_t c = fold_next(s, &i, &rest);
      if (c < 0x80) {
        h = (h ^ c) * 16777619u;
        continue;
      }
      for (int sh = 16; sh >= 0; sh -= 8)
        h = (h ^ ((c >> sh) & 0xFF)) * 16777619u;
    } while (rest);
  }
  return h;
}

/* The length of s's first word: a run of word characters, or one
 * character (with its marks) of a script written without spaces. */
static size_t first_word_len(const char *s) {
  size_t n = 0;
  /* perf35: a run of ASCII letters and digits has no boundary inside
   * (joint), so it is read without asking */
  while (alnum_fold[(unsigned char)s[n]])
    n++;
  if (n && s[n] && word_char((unsigned char)s[n]) && joint(s, n))
    return n;
  while (s[n] && word_char((unsigned char)s[n])) {
    size_t k = 1;
    if ((unsigned char)s[n] >= 0x80)
      decode((const unsigned char *)s + n, &k);
    n += k;
    if (s[n] && word_char((unsigned char)s[n]) && joint(s, n))
      break;
  }
  return n;
}

/* first_word_len(s), with hash_lower over that word in *h: the scans over a
 * label's words ask both of every word. An ASCII letter or digit folds to
 * itself lower-cased and joins the next ASCII one (joint), so a run of them
 * is read in one pass; anything else takes the general reading. */
static size_t word_at(const char *s, uint32_t *h, bool *ascii) {
  uint32_t x = 2166136261u;
  size_t n = 0;
  unsigned char c;
  while ((c = alnum_fold[(unsigned char)s[n]]) != 0) {
    x = (x ^ c) * 16777619u;
    n++;
  }
  *ascii = true;
  if (s[n] && word_char((unsigned char)s[n]) && (!n || !joint(s, n))) {
    n = first_word_len(s);
    x = hash_lower(s, n);
    *ascii = false;
  }
  *h = x;
  return n;
}

/* s[0..n) without the non-word bytes and punctuation marks (cjk_punct:
 * "Գնորդներ։", "顧客）") that end it. */
static size_t trim_end(const char *s, size_t n) {
  for (;;) {
    while (n && !word_char((unsigned char)s[n - 1]))
      n--;
    size_t c = n ? char_start(s, n) : 0;
    if (!n || (unsigned char)s[n - 1] < 0x80 || cjk_punct(s + c) != n - c)
      return n;
    n = c;
  }
}

/* The start of s's last word (s[0..n) without trailing non-word bytes). */
static size_t last_word_start(const char *s, size_t n) {
  n = trim_end(s, n);
  size_t b = n;
  while (b && word_char((unsigned char)s[b - 1])) {
    /* perf35: an ASCII letter or digit before an ASCII byte (or the end)
     * starts its own character and meets no boundary (joint) */
    if (alnum_fold[(unsigned char)s[b - 1]] && (b == n || (unsigned char)s[b] < 0x80)) {
      b--;
      continue;
    }
    size_t c = char_start(s, b);
    if (b < n && joint(s, b))
      break;
    b = c;
  }
  return b;
}

/* b32b: does the label's character r at p write a Persian ezafe that a
 * phrase of the catalogs leaves out (y its next character, folded)? Between
 * the words of a phrase a word ending in heh takes it as a non-joiner and
 * yeh ("پوشه‌ی مدل‌ها": the folder of models) or as a hamza above
 * ("پوشهٔ مدل‌ها"): "پوشه مدل‌ها" matches both. */
static bool ezafe(const char *p, uint32_t r, uint32_t y) {
  const unsigned char *u = (const unsigned char *)p;
  if (r == 0x654) /* left after NFC composition: on a heh */
    return true;
  return r == 0x200C && y == ' ' &&
         ((u[3] == 0xDB && u[4] == 0x8C) ||
          (u[3] == 0xD9 && (u[4] == 0x8A || u[4] == 0x89))) &&
         u[5] == ' ';
}

/* What an entry's " * " may not stand for: punctuation of any script (a
 * dash, Ethiopic, Armenian, Arabic, CJK and full-width stops and commas)
 * ends the word; a word of WILD_WORD_MAX bytes or more, or a joining word
 * (preposition()'s, with the conjunctions and adverbs a sentence puts
 * between "shared" and "login"), is none. */
#define WILD_WORD_MAX 48
static bool wild_stop(uint32_t r) {
  return (r >= 0x2000 && r <= 0x206F) || (r >= 0x3000 && r <= 0x303F) ||
         (r >= 0xFF01 && r <= 0xFF0F) || (r >= 0xFF1A && r <= 0xFF20) ||
         (r >= 0x1360 && r <= 0x1368) || (r >= 0x55A && r <= 0x55F) || r == 0x589 ||
         r == 0x60C || r == 0x61B || r == 0x61F || r == 0x6D4 || r == 0xA0;
}

static int preposition(const char *w, size_t n);

static bool wild_joining(const char *p, size_t n) {
  /* beside preposition()'s: what a sentence puts between two words */
  static const char *const words[] = {"after", "before", "then",  "when",    "if",
                                      "but",   "as",     "is",    "are",     "was",
                                      "not",   "no",     "than",  "during",  "upon",
                                      "once",  "each",   "until", "without", "through"};
  if (preposition(p, n))
    return true;
  for (size_t i = 0; i < sizeof words / sizeof *words; i++)
    if (strlen(words[i]) == n && strncasecmp(p, words[i], n) == 0)
      return true;
  return false;
}

/* b33e: the bytes of the label's word at p that an entry's " * " stands
 * for: one word, or words joined without a space by a hyphen, dot, slash,
 * underscore or apostrophe ("till", "wp-admin", "back-office"); 0 where no
 * word starts at p. */
static size_t any_word_len(const char *p) {
  size_t n = 0;
  while (n < WILD_WORD_MAX) {
    unsigned char c = (unsigned char)p[n];
    if (c >= 0x80) {
      size_t a;
      uint32_t r = decode((const unsigned char *)p + n, &a);
      if (wild_stop(r))
        break;
      n += a;
    } else if (word_char(c) ||
               (n && c && strchr("-./_'", c) && word_char((unsigned char)p[n + 1])))
      n++;
    else
      break;
  }
  /* a word longer than any one a label puts there (a spaceless run of
   * another script), or a joining word ("shared after login" is no login) */
  if (n >= WILD_WORD_MAX || wild_joining(p, n))
    return 0;
  return n;
}

/* Is text[j] an entry's wildcard: a '*' standing alone between spaces
 * ("shared * login"), not one inside a word ("sql*net")? */
static bool wildcard_at(const char *text, size_t j, size_t len) {
  return text[j] == '*' && j && text[j - 1] == ' ' &&
         (j + 1 == len || text[j + 1] == ' ');
}

/* Does s hold a wildcard word (wildcard_at) anywhere? */
static bool has_wildcard(const char *s) {
  size_t len = strlen(s);
  for (size_t j = 0; j < len; j++)
    if (wildcard_at(s, j, len))
      return true;
  return false;
}

/* The bytes of p that text matches from its start, character by folded
 * character (0: none). A wildcard of text (wildcard_at) matches one word of
 * p (any_word_len). */
static size_t match_len(const char *p, const char *text, size_t len) {
  size_t i = 0, j = 0;
  uint32_t rp = 0, rt = 0; /* a ligature's second letter still to compare */
  while (j < len || rt) {
    unsigned char c = (unsigned char)p[i], d = (unsigned char)text[j];
    if (c < 0x80 && d < 0x80 && !rp && !rt) { /* ASCII folds to itself lower-cased */
      if (!c || lower_ascii(c) != lower_ascii(d)) {
        size_t w = d == '*' && wildcard_at(text, j, len) ? any_word_len(p + i) : 0;
        if (!w)
          return 0;
        i += w, j++;
        continue;
      }
      i++, j++;
      continue;
    }
    if (!p[i] && !rp)
      return 0;
    size_t jn = j;
    uint32_t rtn = rt;
    uint32_t y = fold_next(text, &jn, &rtn);
    if (!rp) { /* b32b: an ezafe the phrase leaves out */
      size_t a;
      uint32_t r = decode((const unsigned char *)p + i, &a);
      if ((r == 0x200C || r == 0x654) && ezafe(p + i, r, y)) {
        i += r == 0x654 ? a : 5;
        continue;
      }
    }
    if (d == '*' && !rp && !rt &&
        wildcard_at(text, j, len)) { /* a word of another script */
      size_t w = any_word_len(p + i);
      if (!w)
        return 0;
      i += w, j++;
      continue;
    }
    uint32_t x = fold_next(p, &i, &rp);
    if (x != y)
      return 0;
    j = jn, rt = rtn;
  }
  return rp ? 0 : i; /* half a ligature of p matched: no character boundary */
}

static void free_head_indexes(table *t) {
  free(t->fw_heads), free(t->fw_next), free(t->c3_heads), free(t->c3_next);
  free(t->c3_short);
  t->fw_heads = t->fw_next = t->c3_heads = t->c3_next = t->c3_short = NULL;
  t->fw_nb = t->c3_nb = t->n_c3_short = 0;
}

/* The start of the last three characters of s[0..n), or SIZE_MAX when it
 * has fewer. */
static size_t last3_start(const char *s, size_t n) {
  size_t at = n;
  for (int c = 0; c < 3; c++) {
    if (!at)
      return SIZE_MAX;
    at = char_start(s, at);
  }
  return at;
}

static uint32_t *bucket_array(uint32_t nb) {
  uint32_t *b = tmc_xmalloc(nb * sizeof *b);
  for (uint32_t i = 0; i < nb; i++)
    b[i] = TMC_NONE;
  return b;
}

static uint32_t buckets_for(uint32_t n) {
  uint32_t nb = 16;
  while (nb < 2 * n)
    nb *= 2;
  return nb;
}

/* The firsts and compounds indexes of a BY_LAST_WORD table. */
static void index_heads(table *t) {
  free_head_indexes(t);
  if (!t->n)
    return;
  t->fw_nb = buckets_for(t->n_firsts);
  t->fw_heads = bucket_array(t->fw_nb);
  t->fw_next = tmc_xmalloc(t->n * sizeof *t->fw_next);
  for (uint32_t j = t->n_firsts; j-- > 0;) {
    uint32_t i = t->firsts[j];
    const entry *e = &t->v[i];
    uint32_t b = hash_lower(e->text, first_word_len(e->text)) & (t->fw_nb - 1);
    t->fw_next[i] = t->fw_heads[b];
    t->fw_heads[b] = i;
  }
  t->c3_nb = buckets_for(t->n_compounds);
  t->c3_heads = bucket_array(t->c3_nb);
  t->c3_next = tmc_xmalloc(t->n * sizeof *t->c3_next);
  for (uint32_t j = t->n_compounds; j-- > 0;) {
    uint32_t i = t->compounds[j];
    const entry *e = &t->v[i];
    size_t at = last3_start(e->text, e->len);
    if (at == SIZE_MAX) {
      t->c3_short = tmc_xrealloc(t->c3_short, (t->n_c3_short + 1) * sizeof *t->c3_short);
      t->c3_short[t->n_c3_short++] = i;
      continue;
    }
    uint32_t b = hash_lower(e->text + at, e->len - at) & (t->c3_nb - 1);
    t->c3_next[i] = t->c3_heads[b];
    t->c3_heads[b] = i;
  }
}

static void index_table(table *t) {
  free(t->heads);
  t->heads = NULL;
  t->nb = 0;
  free(t->firsts);
  free(t->compounds);
  t->firsts = t->compounds = NULL;
  t->n_firsts = t->n_compounds = 0;
  free_head_indexes(t);
  if (t->mode == BY_LAST_WORD)
    for (uint32_t i = 0; i < t->n; i++) {
      if (t->v[i].flags & (F_FIRST | F_LEADS)) {
        t->firsts = tmc_xrealloc(t->firsts, (t->n_firsts + 1) * sizeof *t->firsts);
        t->firsts[t->n_firsts++] = i;
      }
      if (t->v[i].flags & F_COMPOUND) {
        t->compounds =
            tmc_xrealloc(t->compounds, (t->n_compounds + 1) * sizeof *t->compounds);
        t->compounds[t->n_compounds++] = i;
      }
    }
  if (t->mode == BY_LAST_WORD)
    index_heads(t);
  if (t->mode == NO_INDEX || (!t->n && t->mode != BY_NAME))
    return;
  uint32_t nb = 16;
  while (nb < 2 * t->n)
    nb *= 2;
  t->heads = tmc_xmalloc(nb * sizeof *t->heads);
  t->nb = nb;
  for (uint32_t b = 0; b < nb; b++)
    t->heads[b] = TMC_NONE;
  for (uint32_t i = t->n; i-- > 0;) { /* chains list lower indices first */
    entry *e = &t->v[i];
    size_t start = 0;
    if (t->mode == BY_LAST_WORD) {
      start = last_word_start(e->text, e->len);
      e->key_len = (uint32_t)(e->len - start);
    } else
      e->key_len =
          (uint32_t)(t->mode == BY_FIRST_WORD ? first_word_len(e->text) : e->len);
    e->key_ascii = true;
    for (uint32_t j = 0; j < e->key_len && e->key_ascii; j++)
      e->key_ascii = (unsigned char)e->text[start + j] < 0x80;
    e->hash = hash_lower(e->text + start, e->key_len);
    e->next = t->heads[e->hash & (nb - 1)];
    t->heads[e->hash & (nb - 1)] = i;
  }
}

static uint32_t find_name(const table *t, const char *name, bool any_case);

/* The entry of t whose text is text (any case), or TMC_NONE. Name tables
 * are indexed as they grow (the stencil table is large); the word tables are
 * scanned, length and first letter first: every word added is looked for
 * (a word listed again takes the new kind), and with thousands of words the
 * scan's strcasecmp was most of loading the catalog. */
/* FNV-1a over s with ASCII letters lower-cased: strcasecmp's equality. */
static uint32_t dup_hash(const char *s) {
  uint32_t h = 2166136261u;
  for (; *s; s++) /* lower_ascii: tolower in the C locale, without a call */
    h = (h ^ lower_ascii((unsigned char)*s)) * 16777619u;
  return h;
}

static void dup_put(table *t, uint32_t i) {
  uint32_t m = t->dup_cap - 1, k = t->v[i].dup_h & m;
  while (t->dup[k])
    k = (k + 1) & m;
  t->dup[k] = i + 1;
}

/* Keeps t->dup at most half full, rebuilt from the entries when it grows. */
static void dup_grow(table *t) {
  if ((uint64_t)(t->n + 1) * 2 <= t->dup_cap)
    return;
  uint32_t cap = t->dup_cap ? t->dup_cap : 64;
  while ((uint64_t)(t->n + 1) * 2 > cap)
    cap *= 2;
  free(t->dup);
  t->dup = tmc_xcalloc(cap, sizeof *t->dup);
  t->dup_cap = cap;
  for (uint32_t i = 0; i < t->n; i++)
    dup_put(t, i);
}

/* The entry of a table not BY_NAME whose text is text (any case), h being
 * dup_hash(text), or TMC_NONE. */
static uint32_t dup_find(const table *t, const char *text, uint32_t h) {
  if (!t->dup_cap)
    return TMC_NONE; /* nothing added yet */
  uint32_t m = t->dup_cap - 1;
  for (uint32_t k = h & m; t->dup[k]; k = (k + 1) & m)
    if (strcasecmp(t->v[t->dup[k] - 1].text, text) == 0)
      return t->dup[k] - 1;
  return TMC_NONE;
}

static uint32_t table_find(const table *t, const char *text) {
  if (t->mode == BY_NAME)
    return find_name(t, text, true);
  return t->dup_cap ? dup_find(t, text, dup_hash(text)) : TMC_NONE;
}

/* Adds text with kind (and tech) and returns its entry; the same text (any
 * case) already there takes the new kind in place and keeps its precedence. */
static entry *table_add_tech(tmc_lexicon *lx, table *t, const char *text, tmc_kind kind,
                             tmc_tech tech) {
  /* perf35: the text's hash once, for the search and the insertion both, and
   * kept in the entry for dup_grow's rehashing */
  uint32_t h = t->mode == BY_NAME ? 0 : dup_hash(text);
  uint32_t i = t->mode == BY_NAME ? find_name(t, text, true) : dup_find(t, text, h);
  entry *e;
  if (i != TMC_NONE) {
    e = &t->v[i];
  } else {
    if (t->mode != BY_NAME)
      dup_grow(t);
    e = TMC_PUSH(t->v, t->n, t->cap);
    memset(e, 0, sizeof *e);
    e->text = tmc_arena_strdup(lx->arena, text);
    e->len = (uint32_t)strlen(text);
    for (size_t j = 0; j < e->len; e->chars++) {
      size_t c = 1;
      if ((unsigned char)e->text[j] >= 0x80) /* ASCII: one byte, no decoding */
        decode((const unsigned char *)e->text + j, &c);
      e->chars += ligature(e->text + j); /* b32a: և is two letters */
      j += c;
    }
    e->ref = TMC_NONE;
    e->dup_h = h;
    if (t->mode != BY_NAME)
      dup_put(t, t->n - 1);
    if (t->mode == BY_NAME) {
      if (2 * t->n > t->nb) {
        index_table(t); /* grows the buckets; links every entry */
      } else {
        e->key_len = e->len;
        e->hash = hash_lower(e->text, e->len);
        e->next = t->heads[e->hash & (t->nb - 1)];
        t->heads[e->hash & (t->nb - 1)] = t->n - 1;
      }
    }
  }
  e->kind = kind;
  e->tech = tech;
  e->flags = F_KIND;
  return e;
}

/* The bytes of p the phrase of e matches as whole words (0: none). */
static size_t phrase_len(const char *p, const entry *e) {
  size_t n = match_len(p, e->text, e->len);
  return n && word_ends(p, n) ? n : 0;
}

static bool phrase_at(const char *p, const entry *e) {
  return phrase_len(p, e) != 0;
}

/* perf23: the (up to) four bytes after a label word of n bytes at p,
 * lower-cased, as list_ref.tail holds an entry's; *mask says which are known:
 * the ASCII ones up to the first other byte, the end of the text included
 * (a 0 matches no entry's byte). */
static uint32_t text_tail(const char *p, size_t n, uint32_t *mask) {
  uint32_t tail = 0, m = 0;
  for (int j = 0; j < 4; j++) {
    unsigned char c = (unsigned char)p[n + j];
    if (c >= 0x80)
      break;
    tail |= (uint32_t)lower_ascii(c) << 8 * j;
    m |= UINT32_C(0xFF) << 8 * j;
    if (!c)
      break;
  }
  *mask = m;
  return tail;
}

/* Is phrase_after(p, n, ascii, e) surely false by the bytes after the word
 * (p's tail and mask from text_tail)? Where both words are ASCII of one
 * length, phrase_after compares what follows them with match_len, which
 * stops at the first ASCII byte that differs from the entry's (lower-cased)
 * or at the text's end; a byte of another script may fold to ASCII, so only
 * the bytes before one are compared here. */
static bool tail_differs(bool ascii, size_t n, uint32_t tail, uint32_t mask,
                         uint32_t key_len, uint32_t e_tail, uint32_t e_mask) {
  return ascii && key_len == n && ((tail ^ e_tail) & mask & e_mask) != 0;
}

/* phrase_at(p, e) where p starts with a word of n bytes (ascii: all ASCII)
 * whose hash is that of e's first word. The entries a word's hash finds
 * mostly share that word and differ after it ("training data", "training
 * job", ...): when both words are ASCII of one length their characters
 * line up, so what follows them is compared first and the word itself only
 * where that matches. */
static bool phrase_after(const char *p, size_t n, bool ascii, const entry *e) {
  if (!ascii || !e->key_ascii || e->key_len != n || e->len <= n)
    return phrase_at(p, e);
  size_t m = match_len(p + n, e->text + n, e->len - n);
  return m && match_len(p, e->text, n) == n && word_ends(p, n + m);
}

/* kinds17b (K3): the length of an environment variable's name starting at p
 * ("OPENAI_API_KEY", "SHOPIFY_ADMIN_TOKEN", "HF_TOKEN"): capitals and digits
 * joined by underscores, at least one underscore between them; else 0. A
 * name a value is kept under says which vendor the key opens, not what the
 * box holding it is ("Secret Manager OPENAI_API_KEY" is no model). */
static size_t env_name_len(const char *p) {
  size_t n = 0, joins = 0, caps = 0;
  for (; p[n]; n++) {
    unsigned char c = (unsigned char)p[n];
    if (c == '_') {
      if (!n || !isalnum((unsigned char)p[n + 1]))
        break;
      joins++;
    } else if (isupper(c)) {
      caps++;
    } else if (!isdigit(c)) {
      break;
    }
  }
  if (n && word_char((unsigned char)p[n]))
    return 0; /* runs on into lower case: "OPENAI_key" is no such name */
  if (joins && caps >= 2)
    return n;
  /* g30b (blind30): a setting's key in a config file's `key=value` line,
   * lower case ("adyen_terminal_key=…", "stripe_secret=…"): the name says
   * which vendor or part the value is for, not what keeps the file */
  for (n = joins = 0; p[n]; n++) {
    unsigned char c = (unsigned char)p[n];
    if (c == '_' || c == '.') {
      if (!n || !isalnum((unsigned char)p[n + 1]))
        break;
      joins++;
    } else if (!islower(c) && !isdigit(c)) {
      break;
    }
  }
  size_t eq = n;
  while (p[eq] == ' ')
    eq++;
  return joins && n && p[eq] == '=' ? n : 0;
}

/* find30 (causes29 F3): is e an entry of t, the same phrase in any case? A
 * linear scan: the lists it is asked about are a few words long. */
static bool entry_listed(const table *t, const entry *e) {
  for (uint32_t i = 0; i < t->n; i++)
    if (t->v[i].len == e->len && strncasecmp(t->v[i].text, e->text, e->len) == 0)
      return true;
  return false;
}

/* The lowest index of an entry of t (BY_FIRST_WORD) that occurs in text as a
 * whole word and whose kind is not in the skip mask; TMC_NONE if none. With
 * all set, ORs every matching entry's kind bit into *all instead. With
 * unweighted >= 0 (the weight of an entry without its own), the heaviest
 * such entry instead, the first listed among equals. An entry also listed
 * in except (NULL: none) does not count. */
static uint32_t find_words_w(const table *t, const char *text, uint32_t skip,
                             uint32_t *all, double unweighted, bool no_env,
                             const table *except) {
  uint32_t best = TMC_NONE;
  double best_w = 0;
  if (!text || !t->nb)
    return best;
  const char *p = text;
  while (*p) {
    if (!word_char((unsigned char)*p)) {
      p++;
      continue;
    }
    size_t pl = cjk_punct(p); /* kinds21 (K4) */
    if (pl) {
      p += pl;
      continue;
    }
    /* kinds17b (K3): where kinds and technologies are read (no_env), an
     * environment variable's name among other words is no word of the label
     * (alone, it is the only name drawn). Other word lists still read it:
     * "GITLAB_TOKEN" still says a credential is kept there. */
    size_t env = no_env && (p == text || p[-1] != '_') ? env_name_len(p) : 0;
    if (env && (p != text || p[env])) {
      p += env;
      continue;
    }
    uint32_t h;
    bool ascii;
    size_t n = word_at(p, &h, &ascii);
    for (uint32_t k = t->heads[h & (t->nb - 1)]; k != TMC_NONE; k = t->v[k].next) {
      const entry *e = &t->v[k];
      double w = e->weight > 0 ? e->weight : unweighted;
      bool better = best == TMC_NONE || (unweighted >= 0 && w > best_w) ||
                    ((unweighted < 0 || w == best_w) && k < best);
      if (e->hash != h || (!all && !better) || (skip >> e->kind & 1u) ||
          !phrase_after(p, n, ascii, e) || (except && entry_listed(except, e)))
        continue;
      if (all) {
        *all |= 1u << e->kind;
      } else {
        best = k;
        best_w = w;
      }
    }
    p += n;
  }
  return best;
}

static uint32_t find_words(const table *t, const char *text, uint32_t skip,
                           uint32_t *all) {
  return find_words_w(t, text, skip, all, -1, false, NULL);
}

static uint32_t find_name(const table *t, const char *name, bool any_case) {
  if (!name || !t->nb)
    return TMC_NONE;
  size_t n = strlen(name);
  uint32_t h = hash_lower(name, n);
  for (uint32_t k = t->heads[h & (t->nb - 1)]; k != TMC_NONE; k = t->v[k].next) {
    const entry *e = &t->v[k];
    if (e->hash == h && e->len == n &&
        (any_case ? strcasecmp(e->text, name) : strcmp(e->text, name)) == 0)
      return k;
  }
  return TMC_NONE;
}

/* ---- lookups -------------------------------------------------------------- */

bool tmc_lexicon_kind_word(const tmc_lexicon *lx, const char *text, tmc_kind *kind,
                           const char **word) {
  double w;
  return tmc_lexicon_kind_word_w(lx, text, kind, word, &w);
}

bool tmc_lexicon_kind_word_w(const tmc_lexicon *lx, const char *text, tmc_kind *kind,
                             const char **word, double *weight) {
  if (!text || !*text)
    return false;
  uint32_t skip = 0;
  find_words(&lx->kinds[TMC_TABLE_FALSE_FRIENDS], text, 0, &skip);
  /* Two kind words: the heavier decides ("spam-bert student (Triton)" is
   * served by Triton, weight 10, over bert's 5), else the first listed. */
  uint32_t k = find_words_w(&lx->kinds[TMC_TABLE_KIND_WORDS], text, skip, NULL,
                            lx->weight[TMC_SOURCE_LABEL_WORD], true, NULL);
  if (k == TMC_NONE)
    return false;
  *kind = lx->kinds[TMC_TABLE_KIND_WORDS].v[k].kind;
  *word = lx->kinds[TMC_TABLE_KIND_WORDS].v[k].text;
  *weight = lx->kinds[TMC_TABLE_KIND_WORDS].v[k].weight;
  if (*weight <= 0)
    *weight = lx->weight[TMC_SOURCE_LABEL_WORD];
  return true;
}

bool tmc_lexicon_kind_word_among(const tmc_lexicon *lx, const char *text, uint32_t kinds,
                                 tmc_kind *kind, const char **word, double *weight) {
  if (!text || !*text)
    return false;
  uint32_t skip = 0;
  find_words(&lx->kinds[TMC_TABLE_FALSE_FRIENDS], text, 0, &skip);
  uint32_t k = find_words_w(&lx->kinds[TMC_TABLE_KIND_WORDS], text, skip | ~kinds, NULL,
                            lx->weight[TMC_SOURCE_LABEL_WORD], true, NULL);
  if (k == TMC_NONE)
    return false;
  *kind = lx->kinds[TMC_TABLE_KIND_WORDS].v[k].kind;
  *word = lx->kinds[TMC_TABLE_KIND_WORDS].v[k].text;
  *weight = lx->kinds[TMC_TABLE_KIND_WORDS].v[k].weight;
  if (*weight <= 0)
    *weight = lx->weight[TMC_SOURCE_LABEL_WORD];
  return true;
}

bool tmc_lexicon_false_friend(const tmc_lexicon *lx, const char *text, tmc_kind kind) {
  uint32_t found = 0;
  if (text && *text)
    find_words(&lx->kinds[TMC_TABLE_FALSE_FRIENDS], text, 0, &found);
  return found >> kind & 1u;
}

const char *tmc_lexicon_without_false_friends(const tmc_lexicon *lx, const char *text,
                                              tmc_kind kind, char *buf, size_t n) {
  const table *t = &lx->kinds[TMC_TABLE_FALSE_FRIENDS];
  size_t len = text ? strlen(text) : 0;
  if (!len || !t->nb || len >= n)
    return text;
  memcpy(buf, text, len + 1);
  for (const char *p = text; *p;) {
    if (!word_char((unsigned char)*p)) {
      p++;
      continue;
    }
    size_t pl = cjk_punct(p); /* kinds21 (K4) */
    if (pl) {
      p += pl;
      continue;
    }
    uint32_t h;
    bool ascii;
    size_t w = word_at(p, &h, &ascii);
    for (uint32_t k = t->heads[h & (t->nb - 1)]; k != TMC_NONE; k = t->v[k].next) {
      const entry *e = &t->v[k];
      size_t m = e->hash == h && e->kind == kind ? phrase_len(p, e) : 0;
      if (m)
        memset(buf + (p - text), ' ', m);
    }
    p += w;
  }
  return buf;
}

bool tmc_lexicon_id_prefix(const tmc_lexicon *lx, const char *id, tmc_kind *kind,
                           const char **prefix) {
  const table *t = &lx->kinds[TMC_TABLE_ID_PREFIXES];
  for (uint32_t i = 0; id && i < t->n; i++)
    if (strncasecmp(id, t->v[i].text, t->v[i].len) == 0) {
      *kind = t->v[i].kind;
      *prefix = t->v[i].text;
      return true;
    }
  return false;
}

bool tmc_lexicon_label_number(const tmc_lexicon *lx, const char *label, tmc_kind *kind,
                              const char **number, tmc_arena *a) {
  const table *t = &lx->kinds[TMC_TABLE_LABEL_NUMBERS];
  if (!label)
    return false;
  while (isspace((unsigned char)*label))
    label++;
  size_t n = 0;
  while (isalpha((unsigned char)label[n]))
    n++;
  size_t d = n;
  while (isdigit((unsigned char)label[d]))
    d++;
  if (!n || d == n || d - n > 3 || isalnum((unsigned char)label[d]) || label[d] == '.')
    return false;
  for (uint32_t i = 0; i < t->n; i++)
    if (t->v[i].len == n && strncasecmp(label, t->v[i].text, n) == 0) {
      *kind = t->v[i].kind;
      *number = tmc_arena_strndup(a, label, d);
      return true;
    }
  return false;
}

static bool shape_in(const table *t, const char *shape, bool any_case, tmc_kind *kind,
                     const char **name, double *weight) {
  uint32_t k = find_name(t, shape, any_case);
  if (k == TMC_NONE)
    return false;
  *kind = t->v[k].kind;
  *name = t->v[k].text;
  if (weight)
    *weight = t->v[k].weight;
  return true;
}

bool tmc_lexicon_dot_shape(const tmc_lexicon *lx, const char *shape, tmc_kind *kind,
                           const char **name) {
  return shape_in(&lx->kinds[TMC_TABLE_DOT], shape, true, kind, name, NULL);
}

bool tmc_lexicon_dot_loose(const tmc_lexicon *lx, const char *shape) {
  const table *t = &lx->kinds[TMC_TABLE_DOT];
  uint32_t k = find_name(t, shape, true);
  return k != TMC_NONE && (t->v[k].flags & F_LOOSE);
}

bool tmc_lexicon_person_head(const tmc_lexicon *lx, const char *word, size_t n) {
  char w[96];
  if (!word || !n || n >= sizeof w)
    return false;
  memcpy(w, word, n);
  w[n] = '\0';
  const table *t = &lx->kinds[TMC_TABLE_HEADS];
  uint32_t k = table_find(t, w);
  return k != TMC_NONE && (t->v[k].flags & F_PERSON) && t->v[k].kind == TMC_KIND_EXTERNAL;
}

bool tmc_lexicon_dot_node(const tmc_lexicon *lx, const char *shape) {
  const table *t = &lx->kinds[TMC_TABLE_DOT];
  uint32_t k = shape ? find_name(t, shape, true) : TMC_NONE;
  return k != TMC_NONE && (t->v[k].flags & F_NODE);
}

tmc_kindset tmc_lexicon_not_by_word(const tmc_lexicon *lx, tmc_role r) {
  return (unsigned)r < TMC_ROLE_COUNT ? lx->not_by_word[r] : 0;
}

tmc_roleset tmc_lexicon_llm_drivers(const tmc_lexicon *lx) {
  return lx->llm_drivers;
}

tmc_techset tmc_lexicon_query_databases(const tmc_lexicon *lx) {
  return lx->query_databases;
}

tmc_techset tmc_lexicon_techs(const tmc_lexicon *lx, tmc_tech_set s) {
  return (unsigned)s < TMC_TECH_SET_COUNT ? lx->techs[s] : 0;
}

tmc_roleset tmc_lexicon_roles(const tmc_lexicon *lx, tmc_role_set s) {
  return (unsigned)s < TMC_ROLE_SET_COUNT ? lx->roles[s] : 0;
}

bool tmc_lexicon_in_set(const tmc_lexicon *lx, tmc_word_set s, const char *word) {
  return (unsigned)s < TMC_WORD_SET_COUNT &&
         find_name(&lx->word_sets[s], word, true) != TMC_NONE;
}

uint32_t tmc_lexicon_set_size(const tmc_lexicon *lx, tmc_word_set s) {
  return (unsigned)s < TMC_WORD_SET_COUNT ? lx->word_sets[s].n : 0;
}

bool tmc_lexicon_drawio_shape(const tmc_lexicon *lx, const char *shape, tmc_kind *kind,
                              const char **name) {
  return shape_in(&lx->kinds[TMC_TABLE_DRAWIO], shape, false, kind, name, NULL);
}

bool tmc_lexicon_dot_shape_w(const tmc_lexicon *lx, const char *shape, tmc_kind *kind,
                             const char **name, double *weight) {
  return shape_in(&lx->kinds[TMC_TABLE_DOT], shape, true, kind, name, weight);
}

bool tmc_lexicon_drawio_shape_w(const tmc_lexicon *lx, const char *shape, tmc_kind *kind,
                                const char **name, double *weight) {
  return shape_in(&lx->kinds[TMC_TABLE_DRAWIO], shape, false, kind, name, weight);
}

bool tmc_lexicon_icon(const tmc_lexicon *lx, const char *name, tmc_kind *kind) {
  double w;
  return tmc_lexicon_icon_w(lx, name, kind, &w);
}

bool tmc_lexicon_icon_w(const tmc_lexicon *lx, const char *name, tmc_kind *kind,
                        double *weight) {
  const table *t = &lx->kinds[TMC_TABLE_ICONS];
  for (uint32_t i = 0; name && i < t->n; i++)
    if (strstr(name, t->v[i].text)) {
      *kind = t->v[i].kind;
      *weight = t->v[i].weight;
      return true;
    }
  return false;
}

/* ---- head nouns ------------------------------------------------------------ */

/* The entry of t (BY_LAST_WORD) that ends p[0..end) at a word boundary, the
 * longest if several do ("tool server" before "server"); TMC_NONE if none. */
/* Where the phrase of e ends p[0..end) as folded characters (a folded
 * letter may differ in bytes: Turkish "İ" and "i"), else SIZE_MAX. */
static size_t suffix_start(const char *p, size_t end, const entry *e) {
  size_t at = end, chars = e->chars;
  /* perf23: p[0..end) holds at most end characters, so an entry of more
   * ends none of it (the walk back below ran to the start to say so: the
   * longer heads sharing a label's last word, "celery worker" for
   * "Worker 7") */
  if (chars > end)
    return SIZE_MAX;
  /* An ASCII entry against ASCII text lines up byte for byte from the end;
   * the heads a last word finds mostly differ before it, so comparing from
   * the end rejects them at once. A byte of another script in the text
   * takes the general reading (it may fold to an ASCII letter). */
  if (chars == e->len && end >= e->len) {
    const char *q = p + end - e->len;
    size_t i = e->len;
    while (i && (unsigned char)q[i - 1] < 0x80) {
      i--;
      if (lower_ascii((unsigned char)q[i]) != lower_ascii((unsigned char)e->text[i]))
        return SIZE_MAX;
    }
    if (!i)
      return end - e->len;
  }
  while (chars && at) {
    at = char_start(p, at);
    size_t u = 1 + ligature(p + at); /* b32a: e->chars counts և twice */
    if (u > chars)
      return SIZE_MAX;
    chars -= u;
  }
  if (chars || match_len(p + at, e->text, e->len) != end - at)
    return SIZE_MAX;
  return at;
}

/* A compound written as one run of katakana or Hangul ends with its head,
 * as an English phrase does ("주문데이터베이스" is an order database,
 * "予約照会ツール" a tool): the longest entry of t that is the run's
 * p[b..end) tail after at least one more character, of at least 2 Hangul
 * syllables or 3 katakana (a shorter tail is as often the start of another
 * loanword read backwards: "ダイアログ" is no log). TMC_NONE if none. */
static uint32_t run_head_at(const table *t, const char *p, size_t b, size_t end) {
  size_t k;
  uint32_t last = decode((const unsigned char *)p + char_start(p, end), &k);
  bool kana = katakana(last);
  if (!kana && !hangul(last))
    return TMC_NONE;
  uint32_t best = TMC_NONE;
  size_t chars = 0;
  for (size_t at = end; at > b;) {
    at = char_start(p, at);
    chars++;
    if (at == b || chars < (kana ? 3u : 2u))
      continue;
    uint32_t h = hash_lower(p + at, end - at);
    for (uint32_t i = t->heads[h & (t->nb - 1)]; i != TMC_NONE; i = t->v[i].next) {
      const entry *e = &t->v[i];
      if (e->hash == h && !(e->flags & F_FIRST) && e->len == end - at &&
          match_len(p + at, e->text, e->len) == end - at)
        best = i; /* the longest: at walks back */
    }
  }
  return best;
}

static uint32_t head_at(const table *t, const char *p, size_t end) {
  end = trim_end(p, end);
  size_t b = last_word_start(p, end);
  if (b == end || !t->nb)
    return TMC_NONE;
  uint32_t h = hash_lower(p + b, end - b), best = TMC_NONE;
  size_t best_len = 0;
  for (uint32_t k = t->heads[h & (t->nb - 1)]; k != TMC_NONE; k = t->v[k].next) {
    const entry *e = &t->v[k];
    if (e->hash != h || (e->flags & F_FIRST))
      continue;
    size_t at = suffix_start(p, end, e);
    if (at == SIZE_MAX || (at && word_char((unsigned char)p[at - 1]) && !joint(p, at)))
      continue;
    if (best == TMC_NONE || end - at > best_len)
      best = k, best_len = end - at;
  }
  if (best == TMC_NONE)
    best = run_head_at(t, p, b, end);
  return best;
}

/* lang22: the entry of t flagged F_COMPOUND that ends the last word of
 * p[0..end) after at least three other letters of it, the longest if
 * several do ("Kundendatenbank", "Dokumentumtároló", "Factuurarchief":
 * German, Dutch and Hungarian join a noun to its head in one word). */
/* Compound entry i against p[b..end) for compound_at: keeps it in *best
 * when it ends the word after at least three other characters and is
 * longer than *best (among equals the first listed, as a walk in list order
 * finds it). */
static void compound_try(const table *t, uint32_t i, const char *p, size_t b, size_t end,
                         uint32_t *best, size_t *best_len) {
  size_t at = suffix_start(p, end, &t->v[i]);
  if (at == SIZE_MAX || at <= b)
    return;
  size_t before = 0;
  for (size_t j = b; j < at; before++) {
    size_t c;
    decode((const unsigned char *)p + j, &c);
    j += c;
  }
  if (before >= 3 && (end - at > *best_len || (end - at == *best_len && i < *best)))
    *best = i, *best_len = end - at;
}

static uint32_t compound_at(const table *t, const char *p, size_t end) {
  end = trim_end(p, end);
  size_t b = last_word_start(p, end);
  uint32_t best = TMC_NONE;
  size_t best_len = 0;
  if (b >= end || !t->c3_heads)
    return best;
  /* an entry of three or more characters ending p[..end) ends with p's
   * last three */
  size_t l3 = last3_start(p, end);
  if (l3 != SIZE_MAX && l3 >= b)
    for (uint32_t i = t->c3_heads[hash_lower(p + l3, end - l3) & (t->c3_nb - 1)];
         i != TMC_NONE; i = t->c3_next[i])
      compound_try(t, i, p, b, end, &best, &best_len);
  for (uint32_t k = 0; k < t->n_c3_short; k++)
    compound_try(t, t->c3_short[k], p, b, end, &best, &best_len);
  return best;
}

/* lang22: the entry of t flagged F_FIRST that ends text[0..end) as whole
 * words, the longest if several do; TMC_NONE if none. */
static uint32_t tail_first(const table *t, const char *text, size_t end) {
  uint32_t best = TMC_NONE;
  if (!t->nb || !end)
    return best;
  /* an entry ending text[..end) as whole words has text's last word as its
   * own: the table's index by last word holds it */
  size_t b = last_word_start(text, end);
  if (b >= end)
    return best;
  uint32_t h = hash_lower(text + b, end - b);
  for (uint32_t i = t->heads[h & (t->nb - 1)]; i != TMC_NONE; i = t->v[i].next) {
    const entry *e = &t->v[i];
    if (e->hash != h || !(e->flags & F_FIRST) || e->len >= end)
      continue;
    size_t at = suffix_start(text, end, e);
    if (at == SIZE_MAX || at == 0 || at != end - e->len ||
        (word_char((unsigned char)text[at - 1]) && !joint(text, at)))
      continue;
    if (best == TMC_NONE || e->len > t->v[best].len ||
        (e->len == t->v[best].len && i < best))
      best = i;
  }
  return best;
}

/* lead_at for two flags in one walk of the first word's chain: best[i] is
 * lead_at(t, text, n, flags[i]). tmc_lexicon_head_w asks for F_FIRST and,
 * where nothing else is its head, F_LEADS of the same clause; one walk
 * (the hash, the chain) serves both (perf27). */
static void leads_at(const table *t, const char *text, size_t n, const unsigned flags[2],
                     uint32_t best[2]) {
  size_t best_len[2] = {0, 0};
  best[0] = best[1] = TMC_NONE;
  if (!t->fw_heads || !word_char((unsigned char)*text))
    return;
  /* an entry starting text as whole words has text's first word as its
   * own */
  uint32_t h = hash_lower(text, first_word_len(text));
  for (uint32_t i = t->fw_heads[h & (t->fw_nb - 1)]; i != TMC_NONE; i = t->fw_next[i]) {
    const entry *e = &t->v[i];
    if (!(e->flags & (flags[0] | flags[1])))
      continue;
    size_t m = match_len(text, e->text, e->len);
    if (!m || m > n || !word_ends(text, m))
      continue;
    for (int j = 0; j < 2; j++)
      if ((e->flags & flags[j]) && (m > best_len[j] || (m == best_len[j] && i < best[j])))
        best[j] = i, best_len[j] = m;
  }
}

/* lang22: the entry of t flagged (with flag) F_FIRST or F_LEADS that starts text[0..n) as
 * whole words, the longest if several do; TMC_NONE if none. Languages that name the head
 * first and what it holds after it ("Cơ sở dữ liệu khách hàng", "Database clienti",
 * "ฐานข้อมูลลูกค้า": a customer database) read their head where the name starts, and their
 * words for people, written after another noun, name what it holds. */
static uint32_t lead_at(const table *t, const char *text, size_t n, unsigned flag) {
  const unsigned flags[2] = {flag, flag};
  uint32_t best[2];
  leads_at(t, text, n, flags, best);
  return best[0];
}

/* Words after which a noun phrase's head is behind: "Access to User's
 * WiFi" is an access, "Gateway for model serving" a gateway. Other
 * languages join a name's head to what follows with their own such words
 * ("Servidor de aplicaciones", "Portale per i clienti", "Hifadhidata ya
 * wateja", "Datenbank für Kunden", "Fichier d'export"): those count with
 * a space or an elision after them (lang22), so that a word spelt alike
 * inside another ("de-identified") stays a word. Not Dutch "van" (a
 * delivery van), "pro" ("Gemini Pro"), "a", "en", "mit". Returns 1 for
 * an English one, 2 for another language's, else 0. */
static int preposition(const char *w, size_t n) {
  static const char *const preps[] = {"to",   "from", "of",  "for", "with", "via",
                                      "into", "onto", "on",  "in",  "by",   "at",
                                      "over", "per",  "and", "or"};
  static const char *const joins[] = {
      "de",  "del", "della",  "dello", "dei", "degli", "delle", "di",   "da",
      "do",  "dos", "das",    "du",    "des", "d",     "pour",  "para", "con",
      "com", "dla", "pentru", "cu",    "din", "für",   "von",   "zum",  "zur",
      "ya",  "wa",  "la",     "za",    "cha", "vya",   "kwa"};
  if (n > 6)
    return 0; /* longer than every word above (most words are) */
  /* perf23: the first letter first (a strlen per word each was 5 % of a
   * head lookup); strncasecmp folds it as tolower does */
  int first = tolower((unsigned char)w[0]);
  for (size_t i = 0; i < sizeof preps / sizeof *preps; i++)
    if (first == preps[i][0] && strlen(preps[i]) == n && strncasecmp(w, preps[i], n) == 0)
      return 1;
  if (w[n] != ' ' &&
      !(n == 1 && (w[n] == '\'' || strncmp(w + n, "\xE2\x80\x99", 3) == 0)))
    return 0;
  if (n == 1 && w[n] == ' ')
    return 0; /* "d" alone is no elision */
  /* Dutch "van", "voor", "met" before an article ("Fine-tuning van het
   * model"): "van" alone is as often the vehicle */
  if ((n == 3 && (match_len(w, "van", 3) == 3 || match_len(w, "met", 3) == 3)) ||
      (n == 4 && match_len(w, "voor", 4) == 4)) {
    const char *a = w + n + 1;
    size_t an = first_word_len(a);
    if (a[an] == ' ' &&
        ((an == 2 && match_len(a, "de", 2) == 2) ||
         (an == 3 && (match_len(a, "het", 3) == 3 || match_len(a, "een", 3) == 3))))
      return 2;
  }
  for (size_t i = 0; i < sizeof joins / sizeof *joins; i++)
    if (strlen(joins[i]) == n && match_len(w, joins[i], n) == n)
      return 2;
  return 0;
}

/* kinds22 (K1): does the token at t (up to a space or a separator) end in
 * a Hungarian case that joins it to the name before it as "with" or "in"
 * does in English ("Forgókapuk QR-olvasóval": turnstiles with QR readers;
 * "Beléptető a felhőben")? Instrumental -val/-vel after a vowel, or after
 * a doubled consonant its v became ("kóddal", "karszalaggal"); inessive
 * -ban/-ben. Only a token holding one of Hungarian's accented vowels counts,
 * so that English words spelt alike ("retrieval", "level", "urban") stay
 * words. */
static bool hungarian_case(const char *t) {
  size_t n = strcspn(t, " ,;:()[]\n");
  if (n < 5)
    return false;
  bool accented = false;
  for (size_t i = 0; i + 1 < n && !accented; i++) {
    unsigned char a = (unsigned char)t[i], b = (unsigned char)t[i + 1];
    accented =
        (a == 0xC3 && (b == 0xA1 || b == 0xA9 || b == 0xAD || b == 0xB3 || b == 0xB6 ||
                       b == 0xBA || b == 0xBC || b == 0x81 || b == 0x89 || b == 0x8D ||
                       b == 0x93 || b == 0x96 || b == 0x9A || b == 0x9C)) ||
        (a == 0xC5 && (b == 0x91 || b == 0xB1 || b == 0x90 || b == 0xB0));
  }
  if (!accented)
    return false;
  const char *z = t + n;
  if (strncasecmp(z - 3, "ban", 3) == 0 || strncasecmp(z - 3, "ben", 3) == 0)
    return true;
  if (strncasecmp(z - 2, "al", 2) != 0 && strncasecmp(z - 2, "el", 2) != 0)
    return false;
  unsigned char c = (unsigned char)z[-3], d = (unsigned char)z[-4];
  if (c == 'v' || c == 'V')
    return d >= 0x80 || strchr("aeiouAEIOU", d) != NULL;
  return isalpha(c) && !strchr("aeiouAEIOU", c) && tolower(c) == tolower(d);
}

/* The end of the longest kind word that starts at a word of text[0..at]
 * and runs past the word at (a preposition inside a name, "base de datos",
 * "copia de seguridad", "bill of materials"), else 0. */
static size_t phrase_across(const tmc_lexicon *lx, const char *text, size_t at,
                            size_t w) {
  const table *t = &lx->kinds[TMC_TABLE_KIND_WORDS];
  size_t end = 0;
  if (!t->nb)
    return 0;
  for (size_t s = 0; s < at;) {
    if (!word_char((unsigned char)text[s])) {
      s++;
      continue;
    }
    size_t n = first_word_len(text + s);
    uint32_t h = hash_lower(text + s, n);
    for (uint32_t k = t->heads[h & (t->nb - 1)]; k != TMC_NONE; k = t->v[k].next) {
      if (t->v[k].hash != h)
        continue;
      size_t m = phrase_len(text + s, &t->v[k]);
      if (m && s + m > at + w && s + m > end)
        end = s + m;
    }
    s += n;
  }
  return end;
}

/* Does a path or an address start at p ("/aws/lambda/score-review",
 * "s3://bucket/prefix"): a slash before a word, or a word running into
 * "://" before the next space? */
static bool path_at(const char *p) {
  if (p[0] == '/')
    return word_char((unsigned char)p[1]);
  size_t n = strcspn(p, " \n");
  for (size_t i = 0; i + 2 < n; i++)
    if (p[i] == ':' && p[i + 1] == '/' && p[i + 2] == '/')
      return true;
  return false;
}

/* b32a: does a mark that ends a label's name part as a comma or " - " does
 * start at text + n: an en or em dash between spaces ("NAS — backups"),
 * Armenian's comma or full stop ("Պահուստ՝ ամեն գիշեր"), or the full-width
 * parenthesis, comma, colon or semicolon and the ideographic comma and
 * bracket ("患者 （微信小程序）": patients, through a mini-program), or (b33b)
 * Ethiopic's comma, full stop, semicolon, colons and question mark? */
static bool name_mark(const char *text, size_t n) {
  const unsigned char *u = (const unsigned char *)text + n;
  if ((u[0] == 0xD5 && u[1] == 0x9D) || (u[0] == 0xD6 && u[1] == 0x89))
    return true;
  /* b33b: U+1362..U+1367 ("ጣቢያዎች፣ ሲዳማ"), not the wordspace */
  if (u[0] == 0xE1 && u[1] == 0x8D && u[2] >= 0xA2 && u[2] <= 0xA7)
    return true;
  if ((u[0] == 0xEF && u[1] == 0xBC &&
       (u[2] == 0x88 || u[2] == 0x8C || u[2] == 0x9A || u[2] == 0x9B)) ||
      (u[0] == 0xE3 && u[1] == 0x80 && (u[2] == 0x81 || u[2] == 0x90)))
    return true;
  return n && text[n - 1] == ' ' && u[0] == 0xE2 && u[1] == 0x80 &&
         (u[2] == 0x93 || u[2] == 0x94) && u[3] == ' ';
}

/* The head phrase of a label: up to the first comma, colon, semicolon,
 * parenthesis, bracket, " - ", preposition or path after a space
 * ("CloudWatch Logs /aws/lambda/score-review" names the logs): the name
 * part, before any description. */
static size_t head_phrase_len(const tmc_lexicon *lx, const char *text) {
  size_t n = 0;
  for (; text[n]; n++) {
    char c = text[n];
    if (c == ',' || c == ':' || c == ';' || c == '(' || c == '[' || c == '\n' ||
        (c == '-' && n && text[n - 1] == ' ' && text[n + 1] == ' ') ||
        (n && text[n - 1] == ' ' && path_at(text + n)) || name_mark(text, n) ||
        /* b32b: the Arabic-script comma and semicolon ("،", "؛") */
        ((unsigned char)c == 0xD8 &&
         ((unsigned char)text[n + 1] == 0x8C || (unsigned char)text[n + 1] == 0x9B)))
      break;
    if (n && word_char((unsigned char)c) && !word_char((unsigned char)text[n - 1]) &&
        text[n - 1] == ' ') {
      size_t w = first_word_len(text + n);
      int prep = preposition(text + n, w);
      /* kinds22 (K1): a Hungarian "with" or "in" case after a head ends
       * the name as a preposition does */
      if (!prep && hungarian_case(text + n) &&
          head_at(&lx->kinds[TMC_TABLE_HEADS], text, n) != TMC_NONE)
        break;
      if (prep) {
        /* lang22: unless a kind word runs across another language's
         * ("Base de datos de clientes" names a database) */
        size_t across = prep == 2 ? phrase_across(lx, text, n, w) : 0;
        /* ... and only where a head ends the words before it ("Servidor
         * de informes"): elsewhere the word may be a name's or another
         * language's ("Banco do Brasil", "La Poste") */
        if (prep == 2 && across <= n &&
            head_at(&lx->kinds[TMC_TABLE_HEADS], text, n) == TMC_NONE &&
            lead_at(&lx->kinds[TMC_TABLE_HEADS], text, n, F_FIRST | F_LEADS) == TMC_NONE)
          continue;
        if (across <= n)
          break;
        n = across - 1;
      }
    }
  }
  return n;
}

/* The words of text[0..n). */
static uint32_t count_words(const char *text, size_t n) {
  uint32_t words = 0;
  for (size_t i = 0; i < n; i++)
    words += word_char((unsigned char)text[i]) &&
             (i == 0 || !word_char((unsigned char)text[i - 1]));
  return words;
}

/* Does the head of len bytes ending text[0..n) (trailing separators aside)
 * follow a token that starts with a digit ("10GB Disk", "2 TB storage")? */
static bool after_quantity(const char *text, size_t n, size_t len) {
  while (n && !word_char((unsigned char)text[n - 1]))
    n--;
  if (n < len)
    return false;
  size_t i = n - len;
  while (i && text[i - 1] == ' ')
    i--;
  size_t b = i;
  while (b && (word_char((unsigned char)text[b - 1]) || text[b - 1] == '.'))
    b--;
  return b < i && isdigit((unsigned char)text[b]);
}

bool tmc_lexicon_head(const tmc_lexicon *lx, const char *text, tmc_kind *kind,
                      tmc_tech *tech, const char **word, bool *at_end) {
  double w;
  return tmc_lexicon_head_w(lx, text, kind, tech, word, at_end, &w);
}

/* The length of a pictograph starting at p (an emoji: a 4-byte UTF-8
 * sequence, or U+2190..U+2BFF's arrows, symbols and dingbats, and their
 * variation selector U+FE0F), else 0. */
static size_t pictograph(const unsigned char *p) {
  if (p[0] >= 0xF0 && p[0] <= 0xF4 && p[1] && p[2] && p[3])
    return 4;
  if (p[0] == 0xE2 && p[1] >= 0x86 && p[1] <= 0xAF && p[2])
    return 3;
  if (p[0] == 0xEF && p[1] == 0xB8 && p[2] == 0x8F)
    return 3;
  return 0;
}

/* Past the pictographs and spaces a label starts with ("🔍 OpenSearch ..."):
 * an icon drawn in the text, not one of its words. */
static const char *past_pictographs(const char *text) {
  const unsigned char *p = (const unsigned char *)text;
  for (;;) {
    size_t n = pictograph(p);
    if (n)
      p += n;
    else if (*p == ' ')
      p++;
    else
      break;
  }
  return (const char *)p;
}

/* UML's and SysML's typed name, "name : Type" (a part, an instance, a
 * role: "sceneNet : SceneClassifier", "«part» releases : firmware bucket",
 * "orders : PostgreSQL"), after any stereotype: one identifier, then a
 * colon with a space after it and, unless the identifier is written as
 * code (camelCase, snake_case), one before it too, so that a name and its
 * description ("Kafka: events") stay as they are. The offset of the type,
 * else 0: the type says what the element is, the identifier what it is
 * called. */
size_t tmc_lexicon_typed_at(const char *text) {
  size_t i = 0;
  for (int s = 0; s < 2; s++) { /* "«part»", "<<block>>" and the spaces after */
    const char *close = NULL;
    if (strncmp(text + i, "\xc2\xab", 2) == 0)
      close = strstr(text + i, "\xc2\xbb");
    else if (strncmp(text + i, "<<", 2) == 0)
      close = strstr(text + i, ">>");
    if (!close || close - (text + i) > 40)
      break;
    i = (size_t)(close - text) + 2;
    while (text[i] == ' ' || text[i] == '\n')
      i++;
  }
  size_t b = i;
  bool code = false;
  for (; isalnum((unsigned char)text[i]) || text[i] == '_' || text[i] == '-'; i++)
    code =
        code || text[i] == '_' ||
        (i > b && islower((unsigned char)text[i - 1]) && isupper((unsigned char)text[i]));
  if (i == b || !isalpha((unsigned char)text[b]))
    return 0;
  bool spaced = text[i] == ' ';
  while (text[i] == ' ')
    i++;
  if (text[i] != ':' || text[i + 1] != ' ' || !(spaced || code))
    return 0;
  i++;
  while (text[i] == ' ')
    i++;
  return isalpha((unsigned char)text[i]) ? i : 0;
}

/* A type written as code's class names are ("SceneClassifier",
 * "TelemetryStore"), its words apart ("Scene Classifier") in out: true
 * when a word was split, the type's first clause copied up to size. b35c:
 * an abbreviation written in capitals is a word of its own where a word
 * in lower case follows it ("E2BSandbox", "OpenAIChat": "E2B Sandbox",
 * "OpenAI Chat") or where it ends the name after one ("RouteWeatherMCP":
 * "Route Weather MCP"). A capital run between lower-case letters is split
 * before its last capital ("PostgreSQLs": "PostgreSQ Ls", as "OpenAIChat"
 * is; harmless, since a product's whole word is tried first by the caller). */
static bool camel_apart(const char *type, char *out, size_t size) {
  size_t o = 0;
  bool split = false;
  for (size_t i = 0; type[i] && !strchr(",;([\n", type[i]) && o + 2 < size; i++) {
    const unsigned char *t = (const unsigned char *)type;
    bool word_then_caps = i && islower(t[i - 1]) && isupper(t[i]) && isupper(t[i + 1]);
    if (word_then_caps) { /* "...rMCP": a split only where the capitals end the name */
      size_t j = i;
      while (isupper(t[j]) || isdigit(t[j]))
        j++;
      word_then_caps = !isalnum(t[j]);
    }
    if (word_then_caps || (i && isupper(t[i - 1]) && isupper(t[i]) && islower(t[i + 1]) &&
                           i >= 2 && (isupper(t[i - 2]) || isdigit(t[i - 2])))) {
      out[o++] = ' ';
      split = true;
    } else if (i && islower((unsigned char)type[i - 1]) &&
               isupper((unsigned char)type[i]) && islower((unsigned char)type[i + 1])) {
      out[o++] = ' ';
      split = true;
    }
    out[o++] = type[i];
  }
  out[o] = 0;
  return split;
}

size_t tmc_lexicon_addon_host(const tmc_lexicon *lx, const char *text) {
  size_t clause = text ? strcspn(text, ",;:([\n") : 0, plus = 0;
  for (size_t i = 1; i + 1 < clause; i++)
    if (text[i] == '+' && text[i - 1] != '+' && text[i + 1] != '+' &&
        (text[i - 1] == ' ' || text[i + 1] == ' '))
      plus = i;
  if (!plus || plus >= 256)
    return 0;
  char tail[256];
  snprintf(tail, sizeof tail, "%.*s", (int)(clause - plus - 1), text + plus + 1);
  if (!tmc_lexicon_says(lx, TMC_WORDS_ADDONS, tail))
    return 0;
  while (plus && text[plus - 1] == ' ')
    plus--;
  return plus;
}

bool tmc_lexicon_head_w(const tmc_lexicon *lx, const char *text, tmc_kind *kind,
                        tmc_tech *tech, const char **word, bool *at_end, double *weight) {
  const table *t = &lx->kinds[TMC_TABLE_HEADS];
  if (!text || !*text || !t->nb)
    return false;
  text = past_pictographs(text);
  /* kinds-g30a: a typed name's type has the head where it has one; a
   * class name's words are read apart, unless it names a product
   * ("PostgreSQL", "OpenSearch") */
  size_t ty = tmc_lexicon_typed_at(text);
  if (ty) {
    if (tmc_lexicon_head_w(lx, text + ty, kind, tech, word, at_end, weight))
      return true;
    char apart[256];
    tmc_tech pt;
    tmc_kind pk;
    const char *pw;
    char whole[128]; /* the type's word as written ("PostgreSQL", "GraphQL") */
    size_t wn = strcspn(text + ty, " ,;([\n");
    snprintf(whole, sizeof whole, "%.*s", (int)(wn < sizeof whole ? wn : 0), text + ty);
    if (camel_apart(text + ty, apart, sizeof apart) &&
        !tmc_lexicon_tech_word(lx, apart, &pt, &pk, &pw) &&
        !(*whole && tmc_lexicon_tech_word(lx, whole, &pt, &pk, &pw)) &&
        tmc_lexicon_head_w(lx, apart, kind, tech, word, at_end, weight))
      return true;
  }
  size_t n = head_phrase_len(lx, text);
  /* The head noun ends the phrase ("Model serving gateway"). Labels whose
   * lines were joined carry a description after the name ("Output Scanner
   * Blocks unsafe model output"): in a phrase of more than four words, then
   * the rightmost head among the first four, where a name ends. */
  /* lang22: a head that only starts a name ("Servidor de aplicaciones",
   * "Terminal de pago": its phrase may hold a joining word), else the head
   * ending the name, else the one ending it before a word for what it holds
   * written after it ("Database clienti"), else one ending a compound word
   * ("Kundendatenbank"), else one starting it where the rest is in the
   * genitive ("База данных клиентов"). */
  size_t clause = strcspn(text, ",;:([\n");
  static const unsigned lead_flags[2] = {F_FIRST, F_LEADS};
  uint32_t leads[2]; /* the F_FIRST and the F_LEADS head starting the clause */
  leads_at(t, text, clause, lead_flags, leads);
  uint32_t k = leads[0], words = 0;
  bool lead = k != TMC_NONE;
  if (!lead)
    k = head_at(t, text, n);
  /* kinds24 (K): a head-first phrase ending the name outvotes the shorter
   * head it ends with ("MLflow registre de models": a registry, not
   * models), as the longest head does (below, where none ends it) */
  if (k != TMC_NONE && !lead) {
    size_t tail = n;
    while (tail && !word_char((unsigned char)text[tail - 1]))
      tail--;
    uint32_t f = tail_first(t, text, tail);
    if (f != TMC_NONE && t->v[f].len > t->v[k].len && t->v[f].kind != TMC_KIND_EXTERNAL &&
        memchr(t->v[f].text, ' ', t->v[f].len))
      k = f;
  }
  if (k == TMC_NONE && !lead) {
    size_t tail = n;
    while (tail && !word_char((unsigned char)text[tail - 1]))
      tail--;
    uint32_t f = tail_first(t, text, tail);
    if (f != TMC_NONE)
      k = head_at(t, text, tail - t->v[f].len);
    /* kinds24 (K): ... and where nothing before it is a head, such a head
     * phrase (its joining word inside it) ending the name after a product
     * written first is the head ("MLflow registre de models", "Vertex
     * ajuste fino"): a phrase says what it is, not what it holds. Not
     * people: written after another noun they name whose it is. */
    if (k == TMC_NONE && f != TMC_NONE && t->v[f].kind != TMC_KIND_EXTERNAL &&
        memchr(t->v[f].text, ' ', t->v[f].len))
      k = f;
    if (k == TMC_NONE)
      k = compound_at(t, text, n);
    if (k == TMC_NONE && (k = leads[1]) != TMC_NONE)
      lead = true;
  }
  /* Joined lines end with specs as often as with names ("EC2 Instance
   * Ubuntu 22.04 Flask Application Port 8080 10GB Disk"): a head after a
   * quantity ("10GB", "500") at the end of a long label is a spec's. */
  if (k != TMC_NONE && !lead && after_quantity(text, n, t->v[k].len) &&
      strcspn(text, "(") > 0 && count_words(text, n) > 4)
    k = TMC_NONE;
  *at_end = k != TMC_NONE;
  /* Long by its words up to a parenthesis: a description after a comma
   * ("Assistant orchestrator builds prompt, tool list from plugins") makes
   * the label long although its name part is short. */
  size_t wn = strcspn(text, "(");
  for (size_t i = 0; i < wn; i++)
    words += word_char((unsigned char)text[i]) &&
             (i == 0 || !word_char((unsigned char)text[i - 1]));
  if (k == TMC_NONE && words > 4) {
    size_t ends[4], m = 0, i = 0;
    while (i < n && m < 4) {
      while (i < n && !word_char((unsigned char)text[i]))
        i++;
      if (i >= n)
        break;
      /* A count is no word of the name ("4x Basler ace2 GigE cameras",
       * "2× A100"): a short token starting with a digit. */
      size_t start = i;
      /* kinds17b (K3): an environment variable's name is no word here */
      size_t env = (!i || text[i - 1] != '_') ? env_name_len(text + i) : 0;
      if (env) {
        i += env;
        continue;
      }
      while (i < n && word_char((unsigned char)text[i]))
        i++;
      if (isdigit((unsigned char)text[start]) && i - start <= 4)
        continue;
      /* "promote-model.yml" is one word here: no head ends inside it. */
      if (i < n &&
          (text[i] == '-' || text[i] == '.' || text[i] == '_' || text[i] == '/') &&
          i + 1 < n && word_char((unsigned char)text[i + 1]))
        continue;
      ends[m++] = i;
    }
    while (m-- > 0 && k == TMC_NONE)
      k = head_at(t, text, ends[m]);
  }
  /* kinds17b (K6): a product whose name holds a preposition ("Microsoft
   * Defender for Endpoint machine actions API", "Azure Database for
   * PostgreSQL admin API", "Google Workspace for Education Directory API"):
   * where nothing before the preposition is a head, an interface word
   * ending the name's first clause is its head. */
  if (k == TMC_NONE && word_char((unsigned char)text[n])) {
    size_t c = n;
    while (text[c] && !strchr(",;:([\n|", text[c]) &&
           strncmp(text + c, "\xC2\xB7", 2) != 0 && strncmp(text + c, " - ", 3) != 0)
      c++;
    uint32_t a = head_at(t, text, c);
    if (a != TMC_NONE && tmc_lexicon_says(lx, TMC_WORDS_API, t->v[a].text))
      k = a;
  }
  /* kinds21 (K4): languages that put the head first ("Strumento \"cedolini e
   * ferie\"", "Herramienta de reservas", "Outil de réservation"): where no
   * head ends the phrase, a first word listed as such a head (words.yaml
   * leading_heads) is its head. */
  if (k == TMC_NONE) {
    size_t f = 0;
    while (text[f] && word_char((unsigned char)text[f]))
      f++;
    uint32_t a = f ? head_at(t, text, f) : TMC_NONE;
    const char *lw = a != TMC_NONE
                         ? tmc_lexicon_says(lx, TMC_WORDS_LEADING_HEADS, t->v[a].text)
                         : NULL;
    if (lw && strlen(lw) == t->v[a].len)
      k = a;
  }
  if (k == TMC_NONE)
    return false;
  /* d36c: an add-on joined by "+" to the product it extends ("Moodle +
   * PyFeedback plugin"): the product's head, else none */
  const char *aw = tmc_lexicon_says(lx, TMC_WORDS_ADDONS, t->v[k].text);
  size_t host = aw && strlen(aw) == t->v[k].len ? tmc_lexicon_addon_host(lx, text) : 0;
  if (host) {
    char buf[256];
    snprintf(buf, sizeof buf, "%.*s", (int)host, text);
    return tmc_lexicon_head_w(lx, buf, kind, tech, word, at_end, weight);
  }
  /* "Data model" is no model: a false friend of the head's kind voids it. */
  uint32_t skip = 0;
  find_words(&lx->kinds[TMC_TABLE_FALSE_FRIENDS], text, 0, &skip);
  if (skip >> t->v[k].kind & 1u)
    return false;
  *kind = t->v[k].kind;
  *tech = t->v[k].tech;
  *word = t->v[k].text;
  *weight = t->v[k].weight;
  return true;
}

bool tmc_lexicon_tech_word(const tmc_lexicon *lx, const char *text, tmc_tech *tech,
                           tmc_kind *kind, const char **word) {
  const table *t = &lx->kinds[TMC_TABLE_TECH_WORDS];
  uint32_t k = find_words_w(t, text, 0, NULL, -1, true, NULL);
  if (k == TMC_NONE)
    return false;
  *tech = t->v[k].tech;
  *kind = t->v[k].kind;
  *word = t->v[k].text;
  return true;
}

double tmc_lexicon_weight(const tmc_lexicon *lx, tmc_source s) {
  return (unsigned)s < TMC_SOURCE_COUNT ? lx->weight[s] : 0;
}

double tmc_lexicon_tech_word_weight(const tmc_lexicon *lx) {
  return lx->tech_word;
}

double tmc_lexicon_card_weight(const tmc_lexicon *lx) {
  return lx->card;
}

double tmc_lexicon_outside_weight(const tmc_lexicon *lx) {
  return lx->outside;
}

double tmc_lexicon_coin_toss(const tmc_lexicon *lx) {
  return lx->coin_toss;
}

double tmc_lexicon_icon_file_weight(const tmc_lexicon *lx) {
  return lx->icon_file;
}

/* ---- stencils ------------------------------------------------------------ */

static void stencil_out(const table *t, uint32_t k, const char *key, tmc_stencil *out) {
  const entry *e = &t->v[k];
  out->token = e->text;
  out->key = key;
  out->note = e->note;
  out->has_kind = (e->flags & F_KIND) != 0;
  out->kind = e->kind;
  out->tech = e->tech;
  out->zone = (e->flags & F_ZONE) != 0;
  out->decoration = (e->flags & F_DECORATION) != 0;
  out->carrier = (e->flags & F_CARRIER) != 0;
  out->weight = e->weight;
}

/* The row of token, or (for an image path) of its file stem. */
static bool stencil_find(const tmc_lexicon *lx, const char *token, const char *key,
                         tmc_stencil *out) {
  const table *t = &lx->kinds[TMC_TABLE_STENCILS];
  uint32_t k = find_name(t, token, true);
  if (k != TMC_NONE) {
    stencil_out(t, k, key, out);
    return true;
  }
  /* fe28: a library drawn as one family ("mxgraph.pid.vessels.*": every
   * tank, drum and silo of the P&ID vessels library) by a row whose token
   * ends ".*": the longest such prefix of a library token at a dot, past
   * "mxgraph.<library>", so a row for one stencil still wins over its
   * family's. */
  if (strncmp(token, "mxgraph.", 8) == 0 && !strchr(token, ';')) {
    char fam[160];
    size_t n = strlen(token);
    if (n + 2 < sizeof fam) {
      memcpy(fam, token, n + 1);
      for (char *dot = strrchr(fam, '.'); dot && dot > fam + 8; dot = strrchr(fam, '.')) {
        dot[1] = '*';
        dot[2] = 0;
        k = find_name(t, fam, true);
        if (k != TMC_NONE) {
          stencil_out(t, k, key, out);
          return true;
        }
        *dot = 0;
      }
    }
  }
  if (strncmp(token, "img/", 4) != 0)
    return false;
  const char *slash = strrchr(token, '/'), *dot = strrchr(token, '.');
  const char *b = slash ? slash + 1 : token;
  char stem[128];
  size_t n = dot && dot > b ? (size_t)(dot - b) : strlen(b);
  if (!n || n >= sizeof stem)
    return false;
  memcpy(stem, b, n);
  stem[n] = 0;
  k = find_name(&lx->kinds[TMC_TABLE_STEMS], stem, true);
  if (k == TMC_NONE)
    return false;
  stencil_out(t, lx->kinds[TMC_TABLE_STEMS].v[k].ref, "image stem", out);
  return true;
}

bool tmc_lexicon_stencil(const tmc_lexicon *lx, const char *token, tmc_stencil *out) {
  memset(out, 0, sizeof *out);
  return token && *token && stencil_find(lx, token, "token", out);
}

/* The value of key in a draw.io style ("a;k=v;b"), into out; false if absent
 * or too long. */
/* A style's "key=value" pairs, the first of each key asked for: the style
 * is scanned once for every key the stencil lookup reads (shape, the own
 * and carried icon keys, image), where a scan per key read the whole style
 * a dozen times per element (perf21). */
enum { STYLE_SHAPE, STYLE_RES_ICON, STYLE_GR_ICON, STYLE_IMAGE, STYLE_CARRIED };
typedef struct style_keys {
  const char *name[STYLE_CARRIED + TMC_CARRIED_MAX];
  size_t len[STYLE_CARRIED + TMC_CARRIED_MAX];
  const char *val[STYLE_CARRIED + TMC_CARRIED_MAX]; /* NULL: not in the style */
  size_t vlen[STYLE_CARRIED + TMC_CARRIED_MAX];
  uint32_t n;
} style_keys;

static void style_scan(style_keys *k, const char *style) {
  for (uint32_t i = 0; i < k->n; i++)
    k->val[i] = NULL, k->len[i] = strlen(k->name[i]);
  for (const char *p = style; p && *p;) {
    const char *end = strchr(p, ';');
    size_t n = end ? (size_t)(end - p) : strlen(p);
    const char *eq = memchr(p, '=', n);
    if (eq) {
      size_t kn = (size_t)(eq - p);
      for (uint32_t i = 0; i < k->n; i++)
        if (!k->val[i] && k->len[i] == kn && memcmp(p, k->name[i], kn) == 0)
          k->val[i] = eq + 1, k->vlen[i] = n - kn - 1;
    }
    p = end ? end + 1 : NULL;
  }
}

/* The value of key i into out, as the first "key=" of the style gives it:
 * false when there is none, it is empty or longer than out holds. */
static bool style_key(const style_keys *k, uint32_t i, char *out, size_t outn) {
  if (!k->val[i] || k->vlen[i] >= outn)
    return false;
  memcpy(out, k->val[i], k->vlen[i]);
  out[k->vlen[i]] = 0;
  return k->vlen[i] > 0;
}

/* Copies the first token no row matched into unknown. */
static void note_unknown(char *unknown, size_t un, const char *token) {
  if (unknown && un && !*unknown)
    snprintf(unknown, un, "%s", token);
}

bool tmc_lexicon_device_zone_style(const tmc_lexicon *lx, const char *style) {
  tmc_stencil st;
  return style && tmc_lexicon_stencil_of_style(lx, style, &st, NULL, 0) && st.zone &&
         (st.tech == TMC_TECH_DEVICE || st.tech == TMC_TECH_MOBILE_APP ||
          st.tech == TMC_TECH_BROWSER);
}

bool tmc_lexicon_stencil_of_style(const tmc_lexicon *lx, const char *style,
                                  tmc_stencil *out, char *unknown, size_t un) {
  memset(out, 0, sizeof *out);
  if (unknown && un)
    *unknown = 0;
  if (!style || !*style)
    return false;
  char shape[160], v[256], key[420];
  style_keys sk = {.name = {"shape", "resIcon", "grIcon", "image"}, .n = STYLE_CARRIED};
  for (uint32_t i = 0; i < lx->n_carried; i++)
    sk.name[sk.n++] = lx->carried[i];
  style_scan(&sk, style);
  if (!style_key(&sk, STYLE_SHAPE, shape, sizeof shape)) {
    size_t n = strcspn(style, ";");
    if (n && n < sizeof shape && !memchr(style, '=', n)) {
      memcpy(shape, style, n);
      shape[n] = 0;
    } else
      shape[0] = 0;
  }
  tmc_stencil s;
  /* resIcon and grIcon name the icon themselves. */
  static const char *const own[] = {"resIcon", "grIcon"};
  for (size_t i = 0; i < sizeof own / sizeof *own; i++)
    if (style_key(&sk, STYLE_RES_ICON + (uint32_t)i, v, sizeof v)) {
      if (stencil_find(lx, v, own[i], &s) && !s.carrier) {
        *out = s;
        return true;
      }
      note_unknown(unknown, un, v);
    }
  /* The carried keys (prIcon, prType, ArchiMate's appType, ...: those the
   * table's "carrier;key=value" rows name) mean something only with their
   * carrier shape; an aws4 product card's prIcon is an aws4 name of its
   * own. A value no row has is unknown only on a library shape: a built-in
   * shape's key of the same name is no icon. */
  for (uint32_t i = 0; i < lx->n_carried; i++)
    if (style_key(&sk, STYLE_CARRIED + i, v, sizeof v)) {
      snprintf(key, sizeof key, "%s;%s=%s", shape, lx->carried[i], v);
      if ((stencil_find(lx, key, lx->carried[i], &s) ||
           (strncmp(v, "mxgraph.", 8) == 0 && stencil_find(lx, v, lx->carried[i], &s))) &&
          !s.carrier) {
        *out = s;
        return true;
      }
      if (strncmp(shape, "mxgraph.", 8) == 0 || strncmp(v, "mxgraph.", 8) == 0)
        note_unknown(unknown, un, key);
    }
  if (*shape && stencil_find(lx, shape, "shape", &s) && !s.carrier) {
    *out = s;
    return true;
  }
  if (strncmp(shape, "mxgraph.", 8) == 0 && !stencil_find(lx, shape, "shape", &s))
    note_unknown(unknown, un, shape);
  if (style_key(&sk, STYLE_IMAGE, v, sizeof v) && strncmp(v, "data:", 5) != 0) {
    if (stencil_find(lx, v, "image", &s) && !s.carrier) {
      *out = s;
      return true;
    }
    note_unknown(unknown, un, v);
  }
  return false;
}

/* fe26: an icon set's file name is its picture's name ("users.svg",
 * "database-export.svg", "PersonOutline.png", "Worker_Man_128x128.png"):
 * its stem, %XX escapes decoded, split into lower-case words at every
 * character that is no letter or digit and between a lower-case letter and
 * a capital. The host and the folders say where the set is kept
 * ("cdn.jsdelivr.net/npm/@tabler/icons/outline"), not what is pictured:
 * they are never read. */
bool tmc_lexicon_image_word(const tmc_lexicon *lx, const char *style, tmc_kind *kind,
                            const char **word, char *file, size_t fn) {
  if (file && fn)
    *file = 0;
  if (!style || !*style)
    return false;
  char v[512], words[256];
  style_keys sk = {.name = {"shape", "resIcon", "grIcon", "image"}, .n = STYLE_CARRIED};
  style_scan(&sk, style);
  const char *b = v;
  size_t end;
  bool stencil = false;
  if (style_key(&sk, STYLE_IMAGE, v, sizeof v) && strncmp(v, "data:", 5) != 0) {
    v[strcspn(v, "?#")] = 0; /* a URL's query says nothing of the picture */
    for (const char *p = v; *p; p++)
      if (*p == '/' || *p == '\\')
        b = p + 1;
    const char *dot = strrchr(b, '.');
    end = dot && dot > b ? (size_t)(dot - b) : strlen(b);
  } else if ((style_key(&sk, STYLE_RES_ICON, v, sizeof v) ||
              style_key(&sk, STYLE_SHAPE, v, sizeof v)) &&
             strncmp(v, "mxgraph.", 8) == 0 && strrchr(v, '.')[1]) {
    /* fe30: a library stencil the table has no row for (a name an author
     * or a generator wrote, a library newer than the table:
     * "mxgraph.cisco.misc.ip_camera") is named by the words of its last
     * part, never its library's, in a list of its own (stencil_words). */
    b = strrchr(v, '.') + 1;
    end = strlen(b);
    stencil = true;
  } else
    return false;
  if (file && fn)
    snprintf(file, fn, "%s", stencil ? v : b);
  size_t n = 0;
  unsigned char prev = 0;
  for (size_t i = 0; i < end && n + 2 < sizeof words; i++) {
    unsigned char c = (unsigned char)b[i];
    if (c == '%' && i + 2 < end && isxdigit((unsigned char)b[i + 1]) &&
        isxdigit((unsigned char)b[i + 2])) {
      char hex[3] = {b[i + 1], b[i + 2], 0};
      c = (unsigned char)strtoul(hex, NULL, 16);
      i += 2;
    }
    if (c < 0x80 && !isalnum(c))
      c = ' ';
    else if (isupper(c) && prev && islower(prev))
      words[n++] = ' ';
    words[n++] = (char)(c < 0x80 ? tolower(c) : c);
    prev = c;
  }
  words[n] = 0;
  const table *t = &lx->kinds[stencil ? TMC_TABLE_STENCIL_WORDS : TMC_TABLE_IMAGE_WORDS];
  uint32_t k = find_words(t, words, 0, NULL);
  if (k == TMC_NONE)
    return false;
  *kind = t->v[k].kind;
  *word = t->v[k].text;
  return true;
}

const char *tmc_lexicon_says(const tmc_lexicon *lx, tmc_word_list list,
                             const char *text) {
  if ((unsigned)list >= TMC_WORD_LIST_COUNT)
    return NULL;
  uint32_t k = find_words(&lx->lists[list], text, 0, NULL);
  return k == TMC_NONE ? NULL : lx->lists[list].v[k].text;
}

const char *tmc_lexicon_says_named(const tmc_lexicon *lx, tmc_word_list list,
                                   const char *text) {
  if ((unsigned)list >= TMC_WORD_LIST_COUNT)
    return NULL;
  uint32_t k = find_words_w(&lx->lists[list], text, 0, NULL, -1, true, NULL);
  return k == TMC_NONE ? NULL : lx->lists[list].v[k].text;
}

const char *tmc_lexicon_says_beyond(const tmc_lexicon *lx, tmc_word_list list,
                                    tmc_word_list except, const char *text) {
  if ((unsigned)list >= TMC_WORD_LIST_COUNT || (unsigned)except >= TMC_WORD_LIST_COUNT)
    return NULL;
  const table *t = &lx->lists[list];
  uint32_t k = find_words_w(t, text, 0, NULL, -1, false, &lx->lists[except]);
  return k == TMC_NONE ? NULL : t->v[k].text;
}

/* Equal to asking tmc_lexicon_says list by list: an entry matches where its
 * first word's hash and length and then its whole phrase do (find_words's
 * test), and a list is said when any of its entries matches at any word. */
_Static_assert(TMC_WORD_LIST_COUNT < 64 * TMC_LISTSET_WORDS,
               "a list set keeps one bit free after the last list");

static bool listset_empty(const tmc_listset *s) {
  for (int i = 0; i < TMC_LISTSET_WORDS; i++)
    if (s->w[i])
      return false;
  return true;
}

tmc_listset tmc_lexicon_says_lists(const tmc_lexicon *lx, const tmc_listset *lists,
                                   const char *text) {
  tmc_listset said = {{0}}, want; /* want: asked and not yet said */
  if (!text || !lx->all_nb)
    return said;
  for (int i = 0; i < TMC_LISTSET_WORDS; i++)
    want.w[i] = lists ? lists->w[i] : ~UINT64_C(0);
  for (const char *p = text; *p;) {
    if (!word_char((unsigned char)*p)) {
      p++;
      continue;
    }
    size_t pl = cjk_punct(p); /* kinds21 (K4) */
    if (pl) {
      p += pl;
      continue;
    }
    uint32_t h, tail = 0, tmask = 0;
    bool ascii, tailed = false; /* the tail read when an entry first asks it */
    size_t n = word_at(p, &h, &ascii);
    for (uint32_t i = lx->all_heads[h & (lx->all_nb - 1)]; i != TMC_NONE;
         i = lx->all[i].next) {
      const list_ref *r = &lx->all[i];
      uint64_t bit = UINT64_C(1) << (r->list % 64);
      if (r->hash != h || !(want.w[r->list / 64] & bit))
        continue;
      if (!tailed)
        tail = text_tail(p, n, &tmask), tailed = true;
      if (tail_differs(ascii, n, tail, tmask, r->key_len, r->tail, r->tail_mask))
        continue;
      const entry *e = &lx->lists[r->list].v[r->k];
      if (phrase_after(p, n, ascii, e)) {
        said.w[r->list / 64] |= bit;
        want.w[r->list / 64] &= ~bit;
        if (listset_empty(&want)) /* every list asked has spoken */
          return said;
      }
    }
    p += n;
  }
  return said;
}

/* Hashes every word list's entries into lx->all (after index_table has set
 * each entry's hash and key length). */
static void index_all_lists(tmc_lexicon *lx) {
  uint32_t n = 0, nb = 16, at = 0;
  for (int w = 0; w < TMC_WORD_LIST_COUNT; w++)
    n += lx->lists[w].nb ? lx->lists[w].n : 0;
  while (nb < 2 * n)
    nb *= 2;
  free(lx->all);
  free(lx->all_heads);
  lx->all = tmc_xmalloc((n + 1) * sizeof *lx->all);
  lx->all_heads = tmc_xmalloc(nb * sizeof *lx->all_heads);
  lx->all_nb = nb;
  for (uint32_t b = 0; b < nb; b++)
    lx->all_heads[b] = TMC_NONE;
  for (int w = 0; w < TMC_WORD_LIST_COUNT; w++)
    for (uint32_t k = 0; lx->lists[w].nb && k < lx->lists[w].n; k++) {
      const entry *e = &lx->lists[w].v[k];
      uint32_t h = e->hash, tail = 0, mask = 0;
      /* the tail where phrase_after compares it first (an ASCII first word
       * with more after it); none for a first word too long to keep */
      /* (up to a wildcard, which matches other bytes: match_len) */
      for (uint32_t j = 0;
           e->key_ascii && e->key_len <= UINT16_MAX && j < 4 && e->key_len + j < e->len &&
           (unsigned char)e->text[e->key_len + j] < 0x80 &&
           e->text[e->key_len + j] != '*';
           j++) {
        tail |= (uint32_t)lower_ascii((unsigned char)e->text[e->key_len + j]) << 8 * j;
        mask |= UINT32_C(0xFF) << 8 * j;
      }
      lx->all[at] = (list_ref){h,
                               (uint16_t)w,
                               (uint16_t)(mask ? e->key_len : 0),
                               k,
                               lx->all_heads[h & (nb - 1)],
                               tail,
                               mask};
      lx->all_heads[h & (nb - 1)] = at++;
    }
}

uint32_t tmc_lexicon_n_entries(const tmc_lexicon *lx, tmc_kind_table t) {
  return (unsigned)t < TMC_TABLE_COUNT ? lx->kinds[t].n : 0;
}

const char *tmc_lexicon_entry(const tmc_lexicon *lx, tmc_kind_table t, uint32_t i,
                              tmc_kind *kind) {
  if ((unsigned)t >= TMC_TABLE_COUNT || i >= lx->kinds[t].n)
    return NULL;
  if (kind)
    *kind = lx->kinds[t].v[i].kind;
  return lx->kinds[t].v[i].text;
}

/* ---- loading -------------------------------------------------------------- */

tmc_lexicon *tmc_lexicon_new(void) {
  tmc_lexicon *lx = tmc_xcalloc(1, sizeof *lx);
  lx->arena = tmc_arena_new();
  for (int t = 0; t < TMC_TABLE_COUNT; t++)
    lx->kinds[t].mode = tables[t].mode;
  for (int l = 0; l < TMC_WORD_LIST_COUNT; l++)
    lx->lists[l].mode = BY_FIRST_WORD;
  for (int w = 0; w < TMC_WORD_SET_COUNT; w++)
    lx->word_sets[w].mode = BY_NAME;
  return lx;
}

void tmc_lexicon_free(tmc_lexicon *lx) {
  if (!lx)
    return;
  for (int t = 0; t < TMC_TABLE_COUNT; t++)
    free(lx->kinds[t].v), free(lx->kinds[t].heads), free(lx->kinds[t].firsts),
        free(lx->kinds[t].compounds), free(lx->kinds[t].dup),
        free_head_indexes(&lx->kinds[t]);
  for (int l = 0; l < TMC_WORD_LIST_COUNT; l++)
    free(lx->lists[l].v), free(lx->lists[l].heads), free(lx->lists[l].dup);
  for (int w = 0; w < TMC_WORD_SET_COUNT; w++)
    free(lx->word_sets[w].v), free(lx->word_sets[w].heads), free(lx->word_sets[w].dup);
  free(lx->all);
  free(lx->all_heads);
  tmc_arena_free(lx->arena);
  free(lx);
}

bool tmc_lexicon_is_section(const char *key) {
  return key && (strcmp(key, "words") == 0 || strcmp(key, "shapes") == 0 ||
                 strcmp(key, "roles") == 0 || strcmp(key, "sets") == 0);
}

/* The loader (catalog/load.h) fills a tmc_lexicon: l->into. */
static tmc_lexicon *lx_of(const ld *l) {
  return l->into;
}

/* Checks one word or shape of table t (or of a word list when t < 0) and adds
 * it. Icon words are kept lower case: icon names are matched lower-cased. */
/* Adds one word with its kind, technology and own weight (0: its source's).
 * A word already in the table takes all three from the later entry, as it
 * takes its kind: re-listed with a weight, it weighs that. */
static void add_text(ld *l, table *tab, int t, const yaml_node_t *n, tmc_kind kind,
                     tmc_tech tech, unsigned flags, double weight) {
  const char *s = tmc_ld_scalar(n);
  if (!s || !*s) {
    tmc_ld_err(l, n, "a word or shape must be a non-empty string");
    return;
  }
  if (tab->mode == BY_FIRST_WORD && !word_char((unsigned char)s[0])) {
    tmc_ld_err(l, n, "'%s' must start with a letter or digit (words match whole words)",
               s);
    return;
  }
  /* Only phrases read word by word (match_len) know the wildcard: in a head
   * noun, a shape name or an icon substring a '*' would be a plain character
   * that no label writes, so the entry would silently never match. */
  if (t >= 0 && tab->mode != BY_FIRST_WORD && has_wildcard(s)) {
    tmc_ld_err(l, n,
               "'%s': a '*' word matches only in word lists and phrase tables, "
               "not in '%s'",
               s, tables[t].key);
    return;
  }
  if (t == TMC_TABLE_ICONS) {
    char *low = tmc_arena_strdup(lx_of(l)->arena, s);
    for (char *p = low; *p; p++)
      *p = (char)tolower((unsigned char)*p);
    s = low;
  }
  entry *e = table_add_tech(lx_of(l), tab, s, kind, tech);
  e->flags |= flags;
  e->weight = weight;
}

/* A list of strings (a lone string counts as a one-item list). */
static void add_texts(ld *l, table *tab, int t, const yaml_node_t *n, tmc_kind kind,
                      tmc_tech tech, unsigned flags, double weight) {
  if (n->type == YAML_SCALAR_NODE) {
    add_text(l, tab, t, n, kind, tech, flags, weight);
    return;
  }
  if (n->type != YAML_SEQUENCE_NODE) {
    tmc_ld_err(l, n, "expected a list of strings");
    return;
  }
  /* An item that is a list (a YAML alias, *name, of words another list
   * anchors, &name) adds its words: words two lists share are written once.
   * One level: a list inside that is an error. */
  for (yaml_node_item_t *it = n->data.sequence.items.start;
       it < n->data.sequence.items.top; it++) {
    const yaml_node_t *m = tmc_ld_node(l, *it);
    if (m->type != YAML_SEQUENCE_NODE) {
      add_text(l, tab, t, m, kind, tech, flags, weight);
      continue;
    }
    for (yaml_node_item_t *jt = m->data.sequence.items.start;
         jt < m->data.sequence.items.top; jt++)
      add_text(l, tab, t, tmc_ld_node(l, *jt), kind, tech, flags, weight);
  }
}

/* A technology name or an error; TMC_TECH_NONE for an error. */
static tmc_tech tech_of(ld *l, const yaml_node_t *n) {
  tmc_tech tech;
  if (!tmc_ld_scalar(n) || !tmc_tech_parse(tmc_ld_scalar(n), &tech)) {
    tmc_ld_err(l, n, "unknown technology '%s' (see tmc --list-technologies)",
               tmc_ld_scalar(n) ? tmc_ld_scalar(n) : "?");
    return TMC_TECH_NONE;
  }
  return tech;
}

static bool yes(ld *l, const yaml_node_t *n) {
  const char *v = tmc_ld_scalar(n);
  if (v && (strcmp(v, "true") == 0 || strcmp(v, "yes") == 0))
    return true;
  if (!v || (strcmp(v, "false") != 0 && strcmp(v, "no") != 0))
    tmc_ld_err(l, n, "expected true or false");
  return false;
}

/* Records key (n bytes) as a carried key of token's row, once; false (an
 * error said) when there are too many. */
static bool carried_key(ld *l, const yaml_node_t *m, const char *token, const char *key,
                        size_t n) {
  tmc_lexicon *lx = lx_of(l);
  for (uint32_t i = 0; i < lx->n_carried; i++)
    if (strlen(lx->carried[i]) == n && strncmp(lx->carried[i], key, n) == 0)
      return true;
  if (lx->n_carried == TMC_CARRIED_MAX) {
    tmc_ld_err(l, m, "stencil '%s': more than %d carried keys", token, TMC_CARRIED_MAX);
    return false;
  }
  char *k = tmc_arena_alloc(lx->arena, n + 1);
  memcpy(k, key, n);
  k[n] = 0;
  lx->carried[lx->n_carried++] = k;
  return true;
}

/* The stencil table: a list of {token, kind, tech, zone, decoration, carrier,
 * note}. An image path's file stem is indexed too, for the folders the
 * table does not list. */
static void load_stencils(ld *l, const yaml_node_t *seq) {
  table *t = &lx_of(l)->kinds[TMC_TABLE_STENCILS],
        *stems = &lx_of(l)->kinds[TMC_TABLE_STEMS];
  if (seq->type != YAML_SEQUENCE_NODE) {
    tmc_ld_err(l, seq, "'stencils' must be a list of {token: ..., kind: ..., ...}");
    return;
  }
  for (yaml_node_item_t *it = seq->data.sequence.items.start;
       it < seq->data.sequence.items.top; it++) {
    const yaml_node_t *m = tmc_ld_node(l, *it);
    if (m->type != YAML_MAPPING_NODE) {
      tmc_ld_err(l, m,
                 "an entry of 'stencils' must be a mapping {token: ..., kind: ..., ...}");
      continue;
    }
    const char *token = NULL, *note = NULL;
    tmc_kind kind = TMC_KIND_PROCESS;
    tmc_tech tech = TMC_TECH_NONE;
    unsigned flags = 0;
    double weight = 0;
    int errors = l->errors;
    for (yaml_node_pair_t *p = m->data.mapping.pairs.start; p < m->data.mapping.pairs.top;
         p++) {
      const yaml_node_t *k = tmc_ld_node(l, p->key), *v = tmc_ld_node(l, p->value);
      const char *key = tmc_ld_scalar(k);
      if (!key)
        tmc_ld_err(l, k, "a key of 'stencils' must be a string");
      else if (strcmp(key, "token") == 0)
        token = tmc_ld_scalar(v);
      else if (strcmp(key, "kind") == 0) {
        if (!tmc_ld_scalar(v) || !tmc_kind_parse(tmc_ld_scalar(v), &kind))
          tmc_ld_err(l, v, "unknown kind '%s' (see tmc --list-kinds)",
                     tmc_ld_scalar(v) ? tmc_ld_scalar(v) : "?");
        flags |= F_KIND;
      } else if (strcmp(key, "tech") == 0)
        tech = tech_of(l, v);
      else if (strcmp(key, "zone") == 0)
        flags |= yes(l, v) ? F_ZONE : 0;
      else if (strcmp(key, "decoration") == 0)
        flags |= yes(l, v) ? F_DECORATION : 0;
      else if (strcmp(key, "carrier") == 0)
        flags |= yes(l, v) ? F_CARRIER : 0;
      else if (strcmp(key, "note") == 0)
        note = tmc_ld_scalar(v);
      else if (strcmp(key, "weight") == 0) {
        char *end = NULL;
        weight = tmc_ld_scalar(v) ? strtod(tmc_ld_scalar(v), &end) : -1;
        if (!tmc_ld_scalar(v) || end == tmc_ld_scalar(v) || *end || weight <= 0)
          tmc_ld_err(l, v, "a weight must be a number > 0");
      } else
        tmc_ld_err(l, k,
                   "unknown key '%s' in 'stencils' (token, kind, tech, zone, decoration, "
                   "carrier, weight, note)",
                   key);
    }
    if (!token || !*token) {
      tmc_ld_err(l, m, "an entry of 'stencils' needs a token");
      continue;
    }
    if ((flags & F_KIND) && (flags & (F_DECORATION | F_CARRIER))) {
      tmc_ld_err(l, m, "stencil '%s': a decoration or carrier has no kind", token);
      continue;
    }
    if (!(flags & (F_KIND | F_ZONE | F_DECORATION | F_CARRIER))) {
      tmc_ld_err(l, m, "stencil '%s' needs a kind, or zone, decoration or carrier: true",
                 token);
      continue;
    }
    if (l->errors != errors)
      continue;
    /* "carrier;key=value": key is carried with its carrier shape. */
    const char *semi = strchr(token, ';'), *eq = semi ? strchr(semi, '=') : NULL;
    if (semi && (!eq || eq == semi + 1 || strchr(semi + 1, ';'))) {
      tmc_ld_err(l, m, "stencil '%s': a carried icon is written shape;key=value", token);
      continue;
    }
    if (semi && !carried_key(l, m, token, semi + 1, (size_t)(eq - semi - 1)))
      continue;
    entry *e = table_add_tech(lx_of(l), t, token, kind, tech);
    e->flags = flags;
    e->weight = weight;
    e->note = note ? tmc_arena_strdup(lx_of(l)->arena, note) : NULL;
    uint32_t row = (uint32_t)(e - t->v);
    if (strncmp(token, "img/", 4) == 0) {
      const char *slash = strrchr(token, '/'), *dot = strrchr(token, '.');
      const char *b = slash + 1;
      size_t n = dot && dot > b ? (size_t)(dot - b) : strlen(b);
      char *stem = tmc_arena_alloc(lx_of(l)->arena, n + 1);
      memcpy(stem, b, n);
      stem[n] = 0;
      /* The first folder listed keeps a stem; naming the same path again
       * (a --catalog file) moves its stem along. */
      uint32_t k = table_find(stems, stem);
      if (k == TMC_NONE)
        table_add_tech(lx_of(l), stems, stem, kind, TMC_TECH_NONE)->ref = row;
    }
  }
}

/* words: weights: {source: weight, ..., coin_toss: ratio}. */
static void load_weights(ld *l, const yaml_node_t *m) {
  if (m->type != YAML_MAPPING_NODE) {
    tmc_ld_err(l, m, "'weights' must be a mapping {source: weight, coin_toss: ratio}");
    return;
  }
  for (yaml_node_pair_t *p = m->data.mapping.pairs.start; p < m->data.mapping.pairs.top;
       p++) {
    const yaml_node_t *k = tmc_ld_node(l, p->key), *v = tmc_ld_node(l, p->value);
    const char *key = tmc_ld_scalar(k), *val = tmc_ld_scalar(v);
    char *end = NULL;
    double w = val ? strtod(val, &end) : 0;
    if (!val || end == val || *end || w < 0) {
      tmc_ld_err(l, v, "a weight must be a number >= 0");
      continue;
    }
    if (key && strcmp(key, "coin_toss") == 0) {
      lx_of(l)->coin_toss = w;
      continue;
    }
    if (key && strcmp(key, "tech_word") == 0) {
      lx_of(l)->tech_word = w;
      continue;
    }
    if (key && strcmp(key, "card") == 0) {
      lx_of(l)->card = w;
      continue;
    }
    if (key && strcmp(key, "outside") == 0) {
      lx_of(l)->outside = w;
      continue;
    }
    if (key && strcmp(key, "icon_file") == 0) {
      lx_of(l)->icon_file = w;
      continue;
    }
    int s = 0;
    while (s < TMC_SOURCE_COUNT &&
           !(key && strcmp(key, tmc_source_name((tmc_source)s)) == 0))
      s++;
    if (s == TMC_SOURCE_COUNT || s == TMC_SOURCE_NONE || s == TMC_SOURCE_ATTRIBUTE) {
      tmc_ld_err(l, k,
                 "unknown key '%s' in 'weights' (an inference source but none and "
                 "attribute, or tech_word, card, outside, icon_file or coin_toss)",
                 key ? key : "?");
      continue;
    }
    lx_of(l)->weight[s] = w;
  }
}

/* A kind word ending a label's name is its head noun too ("Vector store"):
 * each phrase joins the heads table with its kind (a heads: entry loaded later, as
 * the built-in words.yaml's is, takes it back: it names the head's kind). */
static void add_head(ld *l, const char *w, tmc_kind kind) {
  table *h = &lx_of(l)->kinds[TMC_TABLE_HEADS];
  if (!w || !*w || !word_char((unsigned char)*w) ||
      has_wildcard(w)) /* a head is matched whole: the phrase stays a kind word */
    return;
  uint32_t k = table_find(h, w);
  if (k != TMC_NONE) /* a head re-mapped as a kind word follows it */
    h->v[k].kind = kind;
  /* Only phrases join: a single kind word is often a product ("XGBoost"),
   * which names what a thing uses, not what it is; heads: lists the single
   * words that are heads. */
  else if (w[first_word_len(w)])
    table_add_tech(lx_of(l), h, w, kind, TMC_TECH_NONE);
}

static void add_heads(ld *l, const yaml_node_t *items, tmc_kind kind) {
  if (items->type == YAML_SCALAR_NODE)
    add_head(l, tmc_ld_scalar(items), kind);
  else if (items->type == YAML_SEQUENCE_NODE)
    for (yaml_node_item_t *it = items->data.sequence.items.start;
         it < items->data.sequence.items.top; it++)
      add_head(l, tmc_ld_scalar(tmc_ld_node(l, *it)), kind);
}

/* A kind table: a list of {kind: K, <items>: [...]}. */
static void load_kind_table(ld *l, int t, const yaml_node_t *seq) {
  if (seq->type != YAML_SEQUENCE_NODE) {
    tmc_ld_err(l, seq, "'%s' must be a list of {kind: ..., %s: [...]}", tables[t].key,
               tables[t].items);
    return;
  }
  for (yaml_node_item_t *it = seq->data.sequence.items.start;
       it < seq->data.sequence.items.top; it++) {
    const yaml_node_t *m = tmc_ld_node(l, *it);
    if (m->type != YAML_MAPPING_NODE) {
      tmc_ld_err(l, m, "an entry of '%s' must be a mapping {kind: ..., %s: [...]}",
                 tables[t].key, tables[t].items);
      continue;
    }
    const yaml_node_t *kn = NULL, *items = NULL;
    tmc_tech tech = TMC_TECH_NONE;
    double weight = 0;
    bool loose = false, node = false, first = false, leads = false, compound = false,
         person = false;
    for (yaml_node_pair_t *p = m->data.mapping.pairs.start; p < m->data.mapping.pairs.top;
         p++) {
      const yaml_node_t *k = tmc_ld_node(l, p->key), *v = tmc_ld_node(l, p->value);
      const char *key = tmc_ld_scalar(k);
      if (key && strcmp(key, "kind") == 0)
        kn = v;
      else if (key && strcmp(key, "loose") == 0 && t == TMC_TABLE_DOT)
        loose = yes(l, v);
      else if (key && strcmp(key, "node") == 0 && t == TMC_TABLE_DOT)
        node = yes(l, v);
      else if (key && strcmp(key, "first") == 0 && t == TMC_TABLE_HEADS)
        first = yes(l, v);
      else if (key && strcmp(key, "leads") == 0 && t == TMC_TABLE_HEADS)
        leads = yes(l, v);
      else if (key && strcmp(key, "compound") == 0 && t == TMC_TABLE_HEADS)
        compound = yes(l, v);
      else if (key && strcmp(key, "person") == 0 && t == TMC_TABLE_HEADS)
        person = yes(l, v);
      else if (key && strcmp(key, "tech") == 0 &&
               (t == TMC_TABLE_HEADS || t == TMC_TABLE_TECH_WORDS))
        tech = tech_of(l, v);
      else if (key && strcmp(key, "weight") == 0 &&
               (t == TMC_TABLE_KIND_WORDS || t == TMC_TABLE_HEADS || t == TMC_TABLE_DOT ||
                t == TMC_TABLE_DRAWIO || t == TMC_TABLE_ICONS)) {
        char *end = NULL;
        weight = tmc_ld_scalar(v) ? strtod(tmc_ld_scalar(v), &end) : -1;
        if (!tmc_ld_scalar(v) || end == tmc_ld_scalar(v) || *end || weight <= 0)
          tmc_ld_err(l, v, "a weight must be a number > 0");
      } else if (key && strcmp(key, tables[t].items) == 0)
        items = v;
      else
        tmc_ld_err(l, k, "unknown key '%s' in '%s' (kind, %s)", key ? key : "?",
                   tables[t].key, tables[t].items);
    }
    tmc_kind kind;
    if (!kn || !tmc_ld_scalar(kn)) {
      tmc_ld_err(l, kn ? kn : m, "an entry of '%s' needs a kind", tables[t].key);
      continue;
    }
    if (!tmc_kind_parse(tmc_ld_scalar(kn), &kind)) {
      tmc_ld_err(l, kn, "unknown kind '%s' (see tmc --list-kinds)", tmc_ld_scalar(kn));
      continue;
    }
    if (!items) {
      tmc_ld_err(l, m, "an entry of '%s' needs '%s'", tables[t].key, tables[t].items);
      continue;
    }
    if (t == TMC_TABLE_TECH_WORDS && tech == TMC_TECH_NONE) {
      tmc_ld_err(l, m, "an entry of 'technologies' needs a tech");
      continue;
    }
    /* The entry's own weight (a product name is surer than a plain word),
     * on every word it lists, a word listed before included. */
    add_texts(l, &lx_of(l)->kinds[t], t, items, kind, tech,
              (loose ? F_LOOSE : 0) | (node ? F_NODE : 0) | (first ? F_FIRST : 0) |
                  (leads ? F_LEADS : 0) | (compound ? F_COMPOUND : 0) |
                  (person ? F_PERSON : 0),
              weight);
    if (t == TMC_TABLE_KIND_WORDS)
      add_heads(l, items, kind);
  }
}

/* Adds the bit of the kind, role or technology s names to *bits; false when
 * it names none. */
typedef bool (*name_to_bit)(const char *s, uint64_t *bits);

static bool kind_bits(const char *s, uint64_t *bits) {
  tmc_kind of;
  if (!tmc_kind_parse(s, &of))
    return false;
  for (int k = 0; k < TMC_KIND_COUNT; k++) /* the kinds below it too: an llm is a model */
    if (tmc_kind_is((tmc_kind)k, of))
      *bits |= TMC_KINDSET(k);
  return true;
}

static bool role_bits(const char *s, uint64_t *bits) {
  tmc_role r;
  if (!tmc_role_parse(s, &r))
    return false;
  *bits |= TMC_ROLESET(r);
  return true;
}

static bool tech_bits(const char *s, uint64_t *bits) {
  tmc_tech t;
  if (!tmc_tech_parse(s, &t))
    return false;
  *bits |= TMC_TECHSET(t);
  return true;
}

/* The set a list of names spells, each read by parse; a name it does not
 * know is an error saying what it should be. */
static uint64_t name_set(ld *l, const yaml_node_t *seq, name_to_bit parse,
                         const char *what) {
  uint64_t bits = 0;
  if (seq->type != YAML_SEQUENCE_NODE) {
    tmc_ld_err(l, seq, "expected a list of %s names", what);
    return 0;
  }
  for (yaml_node_item_t *it = seq->data.sequence.items.start;
       it < seq->data.sequence.items.top; it++) {
    const yaml_node_t *n = tmc_ld_node(l, *it);
    const char *s = tmc_ld_scalar(n);
    if (!s || !parse(s, &bits))
      tmc_ld_err(l, n, "unknown %s '%s'", what, s ? s : "?");
  }
  return bits;
}

/* roles: what the roles pass knows beside the role words; a --catalog file
 * adds to each set. */
static void load_roles(ld *l, const yaml_node_t *m) {
  tmc_lexicon *lx = lx_of(l);
  for (yaml_node_pair_t *p = m->data.mapping.pairs.start; p < m->data.mapping.pairs.top;
       p++) {
    const yaml_node_t *k = tmc_ld_node(l, p->key), *v = tmc_ld_node(l, p->value);
    const char *key = tmc_ld_scalar(k);
    if (key && strcmp(key, "llm_drivers") == 0)
      lx->llm_drivers |= (tmc_roleset)name_set(l, v, role_bits, "role");
    else if (key && strcmp(key, "query_databases") == 0)
      lx->query_databases |= name_set(l, v, tech_bits, "technology");
    else if (key && strcmp(key, "not_by_word") == 0 && v->type == YAML_MAPPING_NODE)
      for (yaml_node_pair_t *q = v->data.mapping.pairs.start;
           q < v->data.mapping.pairs.top; q++) {
        const yaml_node_t *rn = tmc_ld_node(l, q->key);
        tmc_role r;
        if (!tmc_ld_scalar(rn) || !tmc_role_parse(tmc_ld_scalar(rn), &r))
          tmc_ld_err(l, rn, "unknown role '%s'",
                     tmc_ld_scalar(rn) ? tmc_ld_scalar(rn) : "?");
        else
          lx->not_by_word[r] |=
              (tmc_kindset)name_set(l, tmc_ld_node(l, q->value), kind_bits, "kind");
      }
    else if (key && strcmp(key, "not_by_word") == 0)
      tmc_ld_err(l, v, "'not_by_word' must be a mapping {role: [kind, ...]}");
    else
      tmc_ld_err(l, k,
                 "unknown key '%s' in 'roles' (not_by_word, llm_drivers, "
                 "query_databases)",
                 key ? key : "?");
  }
}

/* A word set's words: a list of single words (letters and digits), each
 * looked up whole. */
static void add_set_words(ld *l, table *t, const yaml_node_t *seq) {
  if (seq->type != YAML_SEQUENCE_NODE) {
    tmc_ld_err(l, seq, "expected a list of words");
    return;
  }
  for (yaml_node_item_t *it = seq->data.sequence.items.start;
       it < seq->data.sequence.items.top; it++) {
    const yaml_node_t *n = tmc_ld_node(l, *it);
    const char *w = tmc_ld_scalar(n);
    size_t k = 0;
    while (w && w[k] && word_char((unsigned char)w[k]))
      k++;
    if (!w || !*w || w[k])
      tmc_ld_err(l, n, "'%s' must be one word (letters and digits)", w ? w : "?");
    else
      table_add_tech(lx_of(l), t, w, TMC_KIND_PROCESS, TMC_TECH_NONE);
  }
}

/* sets: the named technology, role and word sets (TMC_TECH_SETS,
 * TMC_ROLE_SETS, TMC_WORD_SETS); a --catalog file adds to each. */
static void load_sets(ld *l, const yaml_node_t *m) {
  tmc_lexicon *lx = lx_of(l);
  for (yaml_node_pair_t *p = m->data.mapping.pairs.start; p < m->data.mapping.pairs.top;
       p++) {
    const yaml_node_t *k = tmc_ld_node(l, p->key), *v = tmc_ld_node(l, p->value);
    const char *key = tmc_ld_scalar(k);
    bool known = false;
    for (int s = 0; key && s < TMC_TECH_SET_COUNT; s++)
      if (strcmp(key, tech_set_keys[s]) == 0)
        lx->techs[s] |= name_set(l, v, tech_bits, "technology"), known = true;
    for (int s = 0; key && s < TMC_ROLE_SET_COUNT; s++)
      if (strcmp(key, role_set_keys[s]) == 0)
        lx->roles[s] |= (tmc_roleset)name_set(l, v, role_bits, "role"), known = true;
    for (int s = 0; key && s < TMC_WORD_SET_COUNT; s++)
      if (strcmp(key, word_set_keys[s]) == 0)
        add_set_words(l, &lx->word_sets[s], v), known = true;
    if (!known) {
      tmc_buf b = TMC_BUF_INIT;
      for (int s = 0; s < TMC_TECH_SET_COUNT; s++)
        tmc_buf_printf(&b, "%s%s", b.len ? ", " : "", tech_set_keys[s]);
      for (int s = 0; s < TMC_ROLE_SET_COUNT; s++)
        tmc_buf_printf(&b, ", %s", role_set_keys[s]);
      for (int s = 0; s < TMC_WORD_SET_COUNT; s++)
        tmc_buf_printf(&b, ", %s", word_set_keys[s]);
      tmc_ld_err(l, k, "unknown key '%s' in 'sets' (%s)", key ? key : "?", b.data);
      tmc_buf_free(&b);
    }
  }
}

int tmc_lexicon_load(tmc_lexicon *lx, struct yaml_document_s *doc, const char *key,
                     struct yaml_node_s *v, const char *file, tmc_diags *d) {
  ld l = {0};
  l.into = lx;
  l.doc = doc;
  l.file = file;
  l.d = d;
  if (!tmc_lexicon_is_section(key))
    return 0;
  if (v->type != YAML_MAPPING_NODE) {
    tmc_ld_err(&l, v, "'%s' must be a mapping", key);
    return l.errors;
  }
  if (strcmp(key, "roles") == 0) {
    load_roles(&l, v);
    return l.errors;
  }
  if (strcmp(key, "sets") == 0) {
    load_sets(&l, v);
    return l.errors;
  }
  for (yaml_node_pair_t *p = v->data.mapping.pairs.start; p < v->data.mapping.pairs.top;
       p++) {
    const yaml_node_t *kn = tmc_ld_node(&l, p->key), *vn = tmc_ld_node(&l, p->value);
    const char *sub = tmc_ld_scalar(kn);
    bool known = false;
    for (int t = 0; sub && t < TMC_TABLE_COUNT; t++)
      if (tables[t].section && strcmp(tables[t].section, key) == 0 &&
          strcmp(tables[t].key, sub) == 0) {
        if (t == TMC_TABLE_STENCILS)
          load_stencils(&l, vn);
        else
          load_kind_table(&l, t, vn);
        known = true;
      }
    if (sub && strcmp(key, "words") == 0 && strcmp(sub, "weights") == 0) {
      load_weights(&l, vn);
      known = true;
    }
    for (int w = 0; sub && strcmp(key, "words") == 0 && w < TMC_WORD_LIST_COUNT; w++)
      if (strcmp(list_keys[w], sub) == 0) {
        add_texts(&l, &lx->lists[w], -1, vn, TMC_KIND_PROCESS, TMC_TECH_NONE, 0, 0);
        known = true;
      }
    if (!known) {
      tmc_buf b = TMC_BUF_INIT;
      for (int t = 0; t < TMC_TABLE_COUNT; t++)
        if (tables[t].section && strcmp(tables[t].section, key) == 0)
          tmc_buf_printf(&b, "%s%s", b.len ? ", " : "", tables[t].key);
      for (int w = 0; strcmp(key, "words") == 0 && w < TMC_WORD_LIST_COUNT; w++)
        tmc_buf_printf(&b, ", %s", list_keys[w]);
      if (strcmp(key, "words") == 0)
        tmc_buf_puts(&b, ", weights");
      tmc_ld_err(&l, kn, "unknown key '%s' in '%s' (%s)", sub ? sub : "?", key, b.data);
      tmc_buf_free(&b);
    }
  }
  lx->unindexed = true;
  return l.errors;
}

void tmc_lexicon_index(tmc_lexicon *lx) {
  if (!lx->unindexed)
    return;
  for (int t = 0; t < TMC_TABLE_COUNT; t++)
    index_table(&lx->kinds[t]);
  for (int w = 0; w < TMC_WORD_LIST_COUNT; w++)
    index_table(&lx->lists[w]);
  index_all_lists(lx);
  lx->unindexed = false;
}

/* ---- the built-in lexicon ------------------------------------------------- */

static tmc_lexicon *builtin;
static pthread_once_t builtin_once = PTHREAD_ONCE_INIT;

static int load_lexicon(void *into, yaml_document_t *doc, const char *key, yaml_node_t *v,
                        const char *file, tmc_diags *d) {
  return tmc_lexicon_load(into, doc, key, v, file, d);
}

/* Loads the words: and shapes: sections of every embedded catalog file. */
static void build_builtin(void) {
  static const char *const names[] = {"words", "shapes", "roles", "sets", NULL};
  tmc_lexicon *lx = tmc_lexicon_new();
  tmc_ld_embedded_sections(names, load_lexicon, lx);
  tmc_lexicon_index(lx);
  builtin = lx;
}

const tmc_lexicon *tmc_lexicon_builtin(void) {
  pthread_once(&builtin_once, build_builtin);
  return builtin;
}
