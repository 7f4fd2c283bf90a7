/* jsonread.h - a strict JSON reader: what tmc reads back of its own output
 * (a SARIF baseline) and what tests use to look inside reports. It rejects
 * raw control characters, invalid UTF-8, lone surrogates, trailing garbage
 * and nesting deeper than 64.
 *
 * Ownership: tmc_jv_parse returns a tree the caller frees with tmc_jv_free;
 * getters return pointers into it. */
#ifndef TMC_JSONREAD_H
#define TMC_JSONREAD_H

#include "ir/util.h"

typedef enum {
  TMC_JV_NULL,
  TMC_JV_BOOL,
  TMC_JV_NUM,
  TMC_JV_STR,
  TMC_JV_ARR,
  TMC_JV_OBJ
} tmc_jv_type;

typedef struct tmc_jv {
  tmc_jv_type t;
  double num;
  bool b;
  char *str;             /* TMC_JV_STR: decoded UTF-8 */
  struct tmc_jv **items; /* TMC_JV_ARR, TMC_JV_OBJ */
  char **keys;           /* TMC_JV_OBJ */
  size_t n;
} tmc_jv;

/* Parses a NUL-terminated document; NULL unless it is exactly one valid JSON
 * value, with the line and column where reading stopped. */
tmc_jv *tmc_jv_parse(const char *s, uint32_t *err_line, uint32_t *err_col);
void tmc_jv_free(tmc_jv *v); /* accepts NULL */
/* Follows a '/'-separated path of keys and array indices; NULL if absent. */
const tmc_jv *tmc_jv_get(const tmc_jv *v, const char *path);
const char *tmc_jv_str(const tmc_jv *v, const char *path); /* NULL unless a string */
double tmc_jv_num(const tmc_jv *v, const char *path);      /* -1 unless a number */
size_t tmc_jv_len(const tmc_jv *v, const char *path); /* (size_t)-1 unless array/object */
bool tmc_jv_has_str(const tmc_jv *v, const char *path, const char *s); /* array holds s */

#endif
