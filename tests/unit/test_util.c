/* test_util.c - the arena, the capped buffer and the string helpers. */
#include <setjmp.h>
#include <stdarg.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "ir/util.h"

static void arena_zeroes_and_aligns(void **state) {
  tmc_arena *a = tmc_arena_new();
  for (int i = 1; i < 200; i++) {
    unsigned char *p = tmc_arena_alloc(a, (size_t)i);
    assert_int_equal((uintptr_t)p % _Alignof(max_align_t), 0);
    for (int k = 0; k < i; k++)
      assert_int_equal(p[k], 0);
    memset(p, 0xAB, (size_t)i); /* the next object must not overlap */
  }
  /* A block larger than the arena's block size still works. */
  unsigned char *big = tmc_arena_alloc(a, 1 << 20);
  assert_int_equal(big[0], 0);
  assert_int_equal(big[(1 << 20) - 1], 0);
  big[(1 << 20) - 1] = 1;
  assert_true(tmc_arena_used(a) >= (1 << 20));
  tmc_arena_free(a);
  tmc_arena_free(NULL);
}

static void arena_strings(void **state) {
  tmc_arena *a = tmc_arena_new();
  assert_null(tmc_arena_strdup(a, NULL));
  assert_string_equal(tmc_arena_strdup(a, "abc"), "abc");
  assert_string_equal(tmc_arena_strndup(a, "abcdef", 3), "abc");
  assert_string_equal(tmc_arena_printf(a, "%s-%d", "x", 42), "x-42");
  assert_string_equal(tmc_arena_printf(a, "%s", ""), "");
  tmc_arena_free(a);
}

static void buf_grows_and_detaches(void **state) {
  tmc_buf b = TMC_BUF_INIT;
  for (int i = 0; i < 1000; i++)
    tmc_buf_printf(&b, "%d,", i % 10);
  assert_int_equal(b.len, 2000);
  assert_int_equal(b.data[b.len], 0);
  assert_false(b.overflow);
  tmc_buf_putc(&b, 'Z');
  tmc_buf_puts(&b, "end");
  assert_string_equal(b.data + 2000, "Zend");
  char *p = tmc_buf_detach(&b);
  assert_null(b.data);
  assert_int_equal(b.len, 0);
  assert_int_equal(strlen(p), 2004);
  free(p);
  /* Detaching an empty buffer gives an empty string, not NULL. */
  p = tmc_buf_detach(&b);
  assert_string_equal(p, "");
  free(p);
}

static void buf_limit_drops_and_flags(void **state) {
  tmc_buf b = TMC_BUF_INIT;
  b.limit = 10;
  tmc_buf_puts(&b, "12345678");
  assert_false(b.overflow);
  tmc_buf_puts(&b, "abc"); /* would make 11 */
  assert_true(b.overflow);
  assert_string_equal(b.data, "12345678");
  tmc_buf_putc(&b, 'x'); /* still dropped: a cut report must not go on */
  tmc_buf_printf(&b, "%d", 1);
  assert_int_equal(b.len, 8);
  tmc_buf_clear(&b);
  assert_false(b.overflow);
  assert_int_equal(b.len, 0);
  tmc_buf_puts(&b, "0123456789");
  assert_false(b.overflow);
  assert_int_equal(b.len, 10);
  tmc_buf_free(&b);
}

/* perf33: tmc_buf_room gives the place of n more bytes only when a put of
 * them would neither grow the buffer, flush it nor reach the limit, so a
 * writer that joins its pieces there writes what the pieces would have. */
static void buf_room_only_when_it_fits(void **state) {
  (void)state;
  tmc_buf b = TMC_BUF_INIT;
  assert_null(tmc_buf_room(&b, 1)); /* no memory yet: a put would grow it */
  tmc_buf_puts(&b, "ab");
  size_t room = b.cap - b.len - 1; /* the NUL keeps its byte */
  assert_null(tmc_buf_room(&b, room + 1));
  char *o = tmc_buf_room(&b, 3);
  assert_ptr_equal(o, b.data + 2);
  memcpy(o, "cde", 3);
  tmc_buf_commit(&b, 3);
  assert_int_equal(b.len, 5);
  assert_string_equal(b.data, "abcde");
  b.limit = 7; /* 5 written: 2 more fit, 3 do not */
  assert_non_null(tmc_buf_room(&b, 2));
  assert_null(tmc_buf_room(&b, 3));
  tmc_buf_puts(&b, "xyz"); /* dropped: the buffer is overflowed now */
  assert_true(b.overflow);
  assert_null(tmc_buf_room(&b, 1));
  assert_string_equal(b.data, "abcde");
  tmc_buf_free(&b);
}

/* A sink that collects what it is handed, or fails after `fail_after` bytes. */
typedef struct collector {
  tmc_buf got;
  size_t calls, fail_after;
} collector;

static int collect(void *ctx, const char *data, size_t n) {
  collector *c = ctx;
  c->calls++;
  if (c->fail_after && c->got.len + n > c->fail_after) {
    errno = ENOSPC;
    return -1;
  }
  tmc_buf_put(&c->got, data, n);
  return 0;
}

static void buf_sink_streams_in_chunks(void **state) {
  collector c = {TMC_BUF_INIT, 0, 0};
  tmc_buf b = TMC_BUF_INIT;
  tmc_buf_set_sink(&b, collect, &c);
  tmc_buf want = TMC_BUF_INIT;
  char big[3000];
  memset(big, 'x', sizeof big);
  for (int i = 0; i < 40000; i++) {
    tmc_buf_printf(&b, "%d,", i);
    tmc_buf_printf(&want, "%d,", i);
    tmc_buf_putc(&b, ';');
    tmc_buf_putc(&want, ';');
    if (i % 1000 == 0) {
      tmc_buf_put(&b, big, sizeof big);
      tmc_buf_put(&want, big, sizeof big);
    }
  }
  /* Memory stays one chunk however much was written. */
  assert_true(want.len > 3 * TMC_BUF_SINK_CHUNK);
  assert_int_equal(b.cap, TMC_BUF_SINK_CHUNK);
  assert_true(c.calls >= 2);
  assert_int_equal(tmc_buf_total(&b), want.len);
  assert_int_equal(tmc_buf_flush(&b), 0);
  assert_int_equal(b.len, 0);
  assert_int_equal(c.got.len, want.len);
  assert_memory_equal(c.got.data, want.data, want.len);
  /* A single write larger than a chunk still arrives whole. */
  char *huge = malloc(3 * TMC_BUF_SINK_CHUNK);
  memset(huge, 'y', 3 * TMC_BUF_SINK_CHUNK);
  tmc_buf_put(&b, huge, 3 * TMC_BUF_SINK_CHUNK);
  assert_int_equal(tmc_buf_flush(&b), 0);
  assert_int_equal(c.got.len, want.len + 3 * TMC_BUF_SINK_CHUNK);
  assert_int_equal(c.got.data[c.got.len - 1], 'y');
  free(huge);
  tmc_buf_free(&b);
  tmc_buf_free(&want);
  tmc_buf_free(&c.got);
}

static void buf_sink_limit_and_failure(void **state) {
  /* The limit counts flushed bytes too. */
  collector c = {TMC_BUF_INIT, 0, 0};
  tmc_buf b = TMC_BUF_INIT;
  tmc_buf_set_sink(&b, collect, &c);
  b.limit = TMC_BUF_SINK_CHUNK + 10;
  char *chunk = calloc(1, TMC_BUF_SINK_CHUNK);
  tmc_buf_put(&b, chunk, TMC_BUF_SINK_CHUNK - 1);
  tmc_buf_put(&b, "0123456789", 10); /* flushes the first write */
  assert_false(b.overflow);
  tmc_buf_putc(&b, 'a');
  assert_false(b.overflow);
  tmc_buf_putc(&b, 'b');
  assert_true(b.overflow);
  assert_int_equal(tmc_buf_total(&b), TMC_BUF_SINK_CHUNK + 10);
  tmc_buf_free(&b);
  tmc_buf_free(&c.got);

  /* A failing sink: the error is kept, later writes are dropped, flush says so. */
  collector f = {TMC_BUF_INIT, 0, 100};
  tmc_buf e = TMC_BUF_INIT;
  tmc_buf_set_sink(&e, collect, &f);
  tmc_buf_put(&e, chunk, TMC_BUF_SINK_CHUNK - 1);
  tmc_buf_put(&e, chunk, 10);
  assert_int_equal(e.sink_error, ENOSPC);
  size_t calls = f.calls;
  for (int i = 0; i < 100000; i++)
    tmc_buf_putc(&e, 'z');
  tmc_buf_put(&e, chunk, TMC_BUF_SINK_CHUNK);
  assert_int_equal(f.calls, calls);
  assert_int_equal(tmc_buf_flush(&e), -1);
  assert_int_equal(e.sink_error, ENOSPC);
  assert_int_equal(f.got.len, 0);
  tmc_buf_free(&e);
  tmc_buf_free(&f.got);
  free(chunk);

  /* Without a sink, flush is a no-op that succeeds. */
  tmc_buf m = TMC_BUF_INIT;
  tmc_buf_puts(&m, "abc");
  assert_int_equal(tmc_buf_flush(&m), 0);
  assert_string_equal(m.data, "abc");
  assert_int_equal(tmc_buf_total(&m), 3);
  tmc_buf_free(&m);
}

/* tmc_buf_printf and tmc_arena_printf format plain conversions themselves;
 * the bytes must be exactly snprintf's, and other formats still work. */
/* tmc_dec_before writes exactly the digits, ending at end, and nothing before
 * them: the writers that share it build their text around it. */
static void dec_before_writes_digits_only(void **state) {
  (void)state;
  static const unsigned long long v[] = {0, 7, 10, 4294967295ULL, ULLONG_MAX};
  for (size_t i = 0; i < sizeof v / sizeof v[0]; i++) {
    char d[24], want[24];
    memset(d, '#', sizeof d);
    size_t n = tmc_dec_before(d + sizeof d, v[i]);
    snprintf(want, sizeof want, "%llu", v[i]);
    assert_int_equal(n, strlen(want));
    assert_memory_equal(d + sizeof d - n, want, n);
    for (size_t j = 0; j < sizeof d - n; j++)
      assert_int_equal(d[j], '#');
  }
}

static void printf_matches_libc(void **state) {
  char want[1024];
  tmc_arena *a = tmc_arena_new();
#define SAME(...)                                                                        \
  do {                                                                                   \
    snprintf(want, sizeof want, __VA_ARGS__);                                            \
    tmc_buf b_ = TMC_BUF_INIT;                                                           \
    tmc_buf_printf(&b_, __VA_ARGS__);                                                    \
    assert_string_equal(b_.data ? b_.data : "", want);                                   \
    assert_int_equal(b_.len, strlen(want));                                              \
    assert_string_equal(tmc_arena_printf(a, __VA_ARGS__), want);                         \
    tmc_buf_free(&b_);                                                                   \
  } while (0)
  SAME("plain text");
  SAME("%s -> %s", "a", "b");
  SAME("%s%s", "", "x");
  SAME("100%% %c%c", 'o', 'k');
  SAME("%d %d %d %i", 0, -1, INT_MIN, INT_MAX);
  SAME("%u %u", 0u, UINT_MAX);
  SAME("%ld %lu %lld %llu", LONG_MIN, ULONG_MAX, LLONG_MIN, ULLONG_MAX);
  SAME("%zu:%zd", (size_t)12345, (size_t)7);
  SAME("%s (trust %d) #%u", "zone", -3, 42u);
  /* Not plain: width, flags, precision, hex, floating point. */
  SAME("%5d|%-4s|%02X|%016llx|%.3s|%+d|%.1f", 42, "ab", 10, 0xabcULL, "abcdef", 5, 1.25);
  SAME("%s %x", "mixed", 255u);
  SAME("%s %d %lu %lx", "read first", -7, 8ul, 255ul); /* the last one is not plain */
  SAME("%u %.2s", 3u, "abc");
  /* perf34: longer than tmc_arena_printf's scratch (formatted twice). */
  char longer[600];
  memset(longer, 'w', sizeof longer - 1);
  longer[sizeof longer - 1] = 0;
  SAME("%s|%d|%s", longer, -12, "end");
#undef SAME
  /* An empty result writes nothing. */
  tmc_buf b = TMC_BUF_INIT;
  tmc_buf_printf(&b, "%s", "");
  assert_int_equal(b.len, 0);
  tmc_buf_free(&b);
  tmc_arena_free(a);
}

/* perf34: tmc_buf_printf formats into the free room at once; a text that
 * does not fit there leaves the bytes before it as they were and is written
 * after the buffer grows, and one that passes the limit is dropped whole. */
static void buf_printf_room_and_limit(void **state) {
  char longer[400];
  memset(longer, 'q', sizeof longer - 1);
  longer[sizeof longer - 1] = 0;
  tmc_buf b = TMC_BUF_INIT;
  tmc_buf_puts(&b, "ab");
  size_t cap = b.cap;
  tmc_buf_printf(&b, "<%s>%d", longer, 7); /* more than the room: grows */
  assert_true(b.cap > cap);
  assert_int_equal(b.len, 2 + 1 + strlen(longer) + 2);
  assert_memory_equal(b.data, "ab<", 3);
  assert_string_equal(b.data + b.len - 2, ">7");
  tmc_buf_free(&b);
  tmc_buf c = TMC_BUF_INIT;
  c.limit = 8;
  tmc_buf_puts(&c, "abc");
  tmc_buf_printf(&c, "%s-%u", "def", 12u); /* 6 bytes: 9 > 8, dropped */
  assert_true(c.overflow);
  assert_int_equal(c.len, 3);
  assert_string_equal(c.data, "abc");
  tmc_buf_free(&c);
  tmc_buf d = TMC_BUF_INIT;
  d.limit = 8;
  tmc_buf_puts(&d, "abc");
  tmc_buf_printf(&d, "%s-%u", "de", 12u); /* 5 bytes: exactly the limit */
  assert_false(d.overflow);
  assert_string_equal(d.data, "abcde-12");
  tmc_buf_free(&d);
}

static void text_clean_repairs(void **state) {
  tmc_arena *a = tmc_arena_new();
  /* Valid UTF-8 passes through. */
  assert_string_equal(tmc_text_clean(a, "caf\xC3\xA9 \xE2\x82\xAC", 9),
                      "caf\xC3\xA9 \xE2\x82\xAC");
  /* A stray continuation byte and a truncated sequence become U+FFFD. */
  assert_string_equal(tmc_text_clean(a,
                                     "a\x80"
                                     "b",
                                     3),
                      "a\xEF\xBF\xBD"
                      "b");
  assert_string_equal(tmc_text_clean(a, "a\xE2\x82", 3), "a\xEF\xBF\xBD\xEF\xBF\xBD");
  /* Overlong encodings and surrogates are invalid. */
  assert_string_equal(tmc_text_clean(a, "\xC0\xAF", 2), "\xEF\xBF\xBD\xEF\xBF\xBD");
  assert_string_equal(tmc_text_clean(a, "\xED\xA0\x80", 3),
                      "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
  /* Controls become spaces except tab and newline; DEL too. */
  assert_string_equal(tmc_text_clean(a, "a\x01\x1b[31mb\tc\nd\x7f", 13),
                      "a  [31mb\tc\nd ");
  /* Length is respected: bytes after n are not read. */
  assert_string_equal(tmc_text_clean(a, "abcdef", 2), "ab");
  assert_null(tmc_text_clean(a, NULL, 0));
  tmc_arena_free(a);
}

static void has_word_edges(void **state) {
  assert_true(tmc_has_word("Call the LLM now", "llm"));
  assert_true(tmc_has_word("LLM", "llm"));
  assert_true(tmc_has_word("gpt-4 api", "gpt"));
  assert_true(tmc_has_word("cluster_internal", "internal"));
  assert_true(tmc_has_word("the vector store", "vector store"));
  assert_false(tmc_has_word("shellm", "llm"));
  assert_false(tmc_has_word("llms", "llm"));
  assert_false(tmc_has_word("internally", "internal"));
  /* Non-ASCII letters are word characters: no match inside a word. */
  assert_false(tmc_has_word("\xC3\xA9llm", "llm"));
  assert_false(tmc_has_word(NULL, "x"));
  assert_false(tmc_has_word("x", ""));
  /* A later occurrence at a word edge is found after an embedded one. */
  assert_true(tmc_has_word("modeler model", "model"));
}

static void small_helpers(void **state) {
  assert_true(tmc_streq_nocase("HTTPS", "https"));
  assert_false(tmc_streq_nocase("http", "https"));
  assert_false(tmc_streq_nocase(NULL, "x"));
  char s[] = "  \t hello world \n ";
  assert_string_equal(tmc_trim(s), "hello world");
  /* FNV-1a is stable: fingerprints in reports depend on it. */
  assert_true(tmc_hash64("abc", 3, 0) == 0xe71fa2190541574bULL);
  assert_true(tmc_hash64("abc", 3, 1) != tmc_hash64("abc", 3, 0));
  int *v = NULL;
  uint32_t n = 0, cap = 0;
  for (int i = 0; i < 100; i++)
    *TMC_PUSH(v, n, cap) = i;
  assert_int_equal(n, 100);
  assert_true(cap >= 100);
  assert_int_equal(v[99], 99);
  free(v);
}

/* The pointer map keys on the pointer, not the bytes: two equal strings at
 * different addresses are two keys; it keeps every value across growth. */
static void ptrmap_keys_by_pointer(void **state) {
  (void)state;
  tmc_ptrmap m = TMC_PTRMAP_INIT;
  assert_null(tmc_ptrmap_find(&m, "x"));
  static char a[] = "same", b[] = "same";
  bool added = false;
  *tmc_ptrmap_at(&m, a, &added) = 7;
  assert_true(added);
  assert_int_equal(*tmc_ptrmap_at(&m, a, &added), 7);
  assert_false(added);
  assert_null(tmc_ptrmap_find(&m, b));
  *tmc_ptrmap_at(&m, b, &added) = 8;
  assert_true(added);
  int *keys = tmc_xcalloc(10000, sizeof *keys);
  for (uint32_t i = 0; i < 10000; i++)
    *tmc_ptrmap_at(&m, &keys[i], NULL) = i + 100;
  assert_int_equal(m.n, 10002);
  for (uint32_t i = 0; i < 10000; i++)
    assert_int_equal(*tmc_ptrmap_find(&m, &keys[i]), i + 100);
  assert_int_equal(*tmc_ptrmap_find(&m, a), 7);
  assert_int_equal(*tmc_ptrmap_find(&m, b), 8);
  free(keys);
  tmc_ptrmap_free(&m);
  assert_int_equal(m.n, 0);
  assert_null(tmc_ptrmap_find(&m, a));
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(arena_zeroes_and_aligns),
      cmocka_unit_test(arena_strings),
      cmocka_unit_test(buf_grows_and_detaches),
      cmocka_unit_test(buf_limit_drops_and_flags),
      cmocka_unit_test(buf_room_only_when_it_fits),
      cmocka_unit_test(buf_sink_streams_in_chunks),
      cmocka_unit_test(buf_sink_limit_and_failure),
      cmocka_unit_test(dec_before_writes_digits_only),
      cmocka_unit_test(printf_matches_libc),
      cmocka_unit_test(buf_printf_room_and_limit),
      cmocka_unit_test(text_clean_repairs),
      cmocka_unit_test(has_word_edges),
      cmocka_unit_test(small_helpers),
      cmocka_unit_test(ptrmap_keys_by_pointer),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
