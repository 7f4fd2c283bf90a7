/* test_driver.c - the driver's helpers: relative links between reports, and
 * the all-or-nothing streaming of a run's reports. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <dirent.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli/driver.h"

static void relative_links(void **state) {
  char tmpl[] = "/tmp/tmc-driver-XXXXXX";
  assert_non_null(mkdtemp(tmpl));
  char *old = getcwd(NULL, 0);
  assert_int_equal(chdir(tmpl), 0);
  mkdir("out", 0700);
  mkdir("img", 0700);
  mkdir("a", 0700);
  mkdir("a/b", 0700);
  mkdir("x", 0700);
  mkdir("xy", 0700);
  tmc_arena *a = tmc_arena_new();
  assert_string_equal(tmc_relative_href(a, "report.md", "diagram.svg"), "diagram.svg");
  assert_string_equal(tmc_relative_href(a, "out/report.md", "out/d.svg"), "d.svg");
  assert_string_equal(tmc_relative_href(a, "out/report.md", "img/d.svg"), "../img/d.svg");
  assert_string_equal(tmc_relative_href(a, "report.md", "img/d.svg"), "img/d.svg");
  assert_string_equal(tmc_relative_href(a, "a/b/report.md", "d.svg"), "../../d.svg");
  assert_string_equal(tmc_relative_href(a, "xy/r.md", "x/d.svg"), "../x/d.svg");
  assert_string_equal(tmc_relative_href(a, "./out/../out/r.md", "out/d.svg"), "d.svg");
  char abs[4200];
  snprintf(abs, sizeof abs, "%s/img/d.svg", tmpl);
  assert_string_equal(tmc_relative_href(a, "out/r.md", abs), "../img/d.svg");
  tmc_arena_free(a);
  assert_int_equal(chdir(old), 0);
  free(old);
  char cmd[128];
  snprintf(cmd, sizeof cmd, "rm -rf %s", tmpl);
  assert_int_equal(system(cmd), 0);
}

static char *slurp(const char *path) {
  FILE *f = fopen(path, "rb");
  if (!f)
    return NULL;
  tmc_buf b = TMC_BUF_INIT;
  char chunk[4096];
  size_t k;
  while ((k = fread(chunk, 1, sizeof chunk, f)) > 0)
    tmc_buf_put(&b, chunk, k);
  fclose(f);
  return tmc_buf_detach(&b);
}

/* Files in the current directory whose name contains ".tmc-". */
static int temporaries(void) {
  DIR *dir = opendir(".");
  int n = 0;
  for (struct dirent *e; dir && (e = readdir(dir));)
    n += strstr(e->d_name, ".tmc-") != NULL;
  if (dir)
    closedir(dir);
  return n;
}

static char *enter_tmpdir(char *tmpl) {
  assert_non_null(mkdtemp(tmpl));
  char *old = getcwd(NULL, 0);
  assert_int_equal(chdir(tmpl), 0);
  return old;
}

static void leave_tmpdir(char *old, const char *tmpl) {
  assert_int_equal(chdir(old), 0);
  free(old);
  char cmd[128];
  snprintf(cmd, sizeof cmd, "rm -rf %s", tmpl);
  assert_int_equal(system(cmd), 0);
}

/* Reports stream into temporary files while they are written: the
 * destinations keep their old bytes until commit, then all change at once. */
static void outset_streams_then_renames(void **state) {
  char tmpl[] = "/tmp/tmc-outset-XXXXXX";
  char *old = enter_tmpdir(tmpl);
  FILE *f = fopen("a.md", "w");
  fputs("old", f);
  fclose(f);
  tmc_diags d = TMC_DIAGS_INIT;
  tmc_outset *s = NULL;
  const char *paths[] = {"a.md", "b.sarif", "/dev/null"};
  assert_int_equal(tmc_outset_open(&s, paths, 3, &d), 0);
  assert_int_equal(temporaries(), 2); /* none for /dev/null: written in place */
  tmc_buf want = TMC_BUF_INIT;
  for (int i = 0; i < 100000; i++) {
    tmc_buf_printf(tmc_outset_buf(s, 0), "line %d\n", i);
    tmc_buf_printf(&want, "line %d\n", i);
    tmc_buf_puts(tmc_outset_buf(s, 1), "{}");
    tmc_buf_puts(tmc_outset_buf(s, 2), "discarded");
  }
  /* Streamed: the buffer holds one chunk, the rest is in the temporary file. */
  assert_true(want.len > 4 * TMC_BUF_SINK_CHUNK);
  assert_true(tmc_outset_buf(s, 0)->cap <= TMC_BUF_SINK_CHUNK);
  assert_true(tmc_outset_buf(s, 0)->flushed > 0);
  char *a = slurp("a.md");
  assert_string_equal(a, "old");
  free(a);
  assert_null(slurp("b.sarif"));
  assert_int_equal(tmc_outset_commit(s, &d), 0);
  tmc_outset_free(s);
  assert_int_equal(d.n, 0);
  a = slurp("a.md");
  assert_non_null(a);
  assert_int_equal(strlen(a), want.len);
  assert_memory_equal(a, want.data, want.len);
  free(a);
  char *b = slurp("b.sarif");
  assert_int_equal(strlen(b), 200000);
  free(b);
  assert_int_equal(temporaries(), 0);
  tmc_buf_free(&want);
  tmc_diags_free(&d);
  leave_tmpdir(old, tmpl);
}

/* A run that fails leaves every destination as it was and no temporary. */
static void outset_all_or_nothing(void **state) {
  char tmpl[] = "/tmp/tmc-outset-XXXXXX";
  char *old = enter_tmpdir(tmpl);
  FILE *f = fopen("a.md", "w");
  fputs("old", f);
  fclose(f);
  tmc_diags d = TMC_DIAGS_INIT;
  tmc_outset *s = NULL;
  /* A back end failed after writing: the set is freed without commit. */
  const char *paths[] = {"a.md", "c.json"};
  assert_int_equal(tmc_outset_open(&s, paths, 2, &d), 0);
  for (int i = 0; i < 50000; i++)
    tmc_buf_puts(tmc_outset_buf(s, 0), "new bytes ");
  assert_int_equal(temporaries(), 2);
  tmc_outset_free(s);
  char *a = slurp("a.md");
  assert_string_equal(a, "old");
  free(a);
  assert_null(slurp("c.json"));
  assert_int_equal(temporaries(), 0);
  /* A destination that cannot be created: no report is written. */
  const char *bad[] = {"a.md", "no/such/dir/x.md"};
  assert_int_equal(tmc_outset_open(&s, bad, 2, &d), -1);
  tmc_outset_free(s);
  assert_int_equal(d.n, 1);
  assert_non_null(strstr(d.v[0].msg, "cannot write"));
  a = slurp("a.md");
  assert_string_equal(a, "old");
  free(a);
  assert_int_equal(temporaries(), 0);
  tmc_diags_free(&d);
  leave_tmpdir(old, tmpl);
}

/* Standard output is written in place, at commit, with every byte. */
static void outset_stdout_in_place(void **state) {
  char tmpl[] = "/tmp/tmc-outset-XXXXXX";
  char *old = enter_tmpdir(tmpl);
  fflush(stdout);
  int saved = dup(STDOUT_FILENO);
  int fd = open("captured", O_WRONLY | O_CREAT | O_TRUNC, 0600);
  assert_true(fd >= 0);
  dup2(fd, STDOUT_FILENO);
  close(fd);
  tmc_diags d = TMC_DIAGS_INIT;
  tmc_outset *s = NULL;
  const char *paths[] = {"-"};
  assert_int_equal(tmc_outset_open(&s, paths, 1, &d), 0);
  for (int i = 0; i < 100000; i++)
    tmc_buf_printf(tmc_outset_buf(s, 0), "%d\n", i % 10);
  struct stat st;
  assert_int_equal(stat("captured", &st), 0);
  off_t before = st.st_size;
  int rc = tmc_outset_commit(s, &d);
  tmc_outset_free(s);
  dup2(saved, STDOUT_FILENO);
  close(saved);
  assert_int_equal(before, 0); /* nothing reached stdout before commit */
  assert_int_equal(rc, 0);
  assert_int_equal(stat("captured", &st), 0);
  assert_int_equal(st.st_size, 200000);
  assert_int_equal(temporaries(), 0);
  tmc_diags_free(&d);
  leave_tmpdir(old, tmpl);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(relative_links), cmocka_unit_test(outset_streams_then_renames),
      cmocka_unit_test(outset_all_or_nothing), cmocka_unit_test(outset_stdout_in_place)};
  return cmocka_run_group_tests(tests, NULL, NULL);
}
