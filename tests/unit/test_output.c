/* test_output.c - reports are never half-written: a failing run (bad input,
 * unreadable input, an unwritable second destination, a directory in the
 * way, an unimplemented format) leaves every existing report as it was and
 * no temporary file; with several -o, all are written or none; and no path
 * through the driver leaves a file descriptor open (counted in
 * /proc/self/fd before and after each run). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <dirent.h>
#include <sys/stat.h>
#include <unistd.h>

#include "backends/backends.h"
#include "cli/driver.h"

static char dir[256];

static int count_fds(void) {
  DIR *d = opendir("/proc/self/fd");
  if (!d)
    return -1;
  int n = 0;
  while (readdir(d))
    n++;
  closedir(d);
  return n;
}

static char *at(const char *name) {
  static char path[4][512];
  static int k;
  k = (k + 1) % 4;
  snprintf(path[k], sizeof path[k], "%s/%s", dir, name);
  return path[k];
}

static void put(const char *name, const char *text) {
  FILE *f = fopen(at(name), "w");
  assert_non_null(f);
  fputs(text, f);
  fclose(f);
}

static char *get(const char *name) {
  FILE *f = fopen(at(name), "r");
  if (!f)
    return NULL;
  static char buf[4][65536];
  static int k;
  k = (k + 1) % 4;
  size_t n = fread(buf[k], 1, sizeof buf[k] - 1, f);
  buf[k][n] = 0;
  fclose(f);
  return buf[k];
}

/* Names in dir that a run should never leave: tmc's temporary files. */
static int leftovers(void) {
  DIR *d = opendir(dir);
  assert_non_null(d);
  int n = 0;
  struct dirent *e;
  while ((e = readdir(d)))
    if (strstr(e->d_name, ".tmc-")) {
      fprintf(stderr, "left behind: %s\n", e->d_name);
      n++;
    }
  closedir(d);
  return n;
}

static int setup(void **state) {
  (void)state;
  snprintf(dir, sizeof dir, "/tmp/tmc-test-output-XXXXXX");
  assert_non_null(mkdtemp(dir));
  put("good.dot",
      "digraph g {\n  user [kind=user];\n  api;\n  user -> api [label=\"call\"];\n}\n");
  put("bad.dot", "digraph g {\n  a -> ;\n}\n");
  return 0;
}

static int teardown(void **state) {
  (void)state;
  DIR *d = opendir(dir);
  struct dirent *e;
  while (d && (e = readdir(d)))
    if (e->d_name[0] != '.') {
      char p[600];
      snprintf(p, sizeof p, "%s/%s", dir, e->d_name);
      if (rmdir(p) < 0)
        unlink(p);
    }
  if (d)
    closedir(d);
  rmdir(dir);
  return 0;
}

/* Runs tmc on input with the given outputs; checks that no descriptor is
 * left open and no temporary file is left behind; returns the status. */
static int run(const char *input, const char **outs, uint32_t n_outs) {
  tmc_run_opts o;
  tmc_run_opts_init(&o);
  const char *inputs[1] = {input};
  tmc_output outputs[8];
  for (uint32_t i = 0; i < n_outs; i++)
    outputs[i] = (tmc_output){outs[i], NULL};
  o.inputs = inputs;
  o.n_inputs = 1;
  o.outputs = outputs;
  o.n_outputs = n_outs;
  o.verbosity = -1;
  int before = count_fds();
  int status = tmc_run(&o);
  assert_int_equal(count_fds(), before);
  assert_int_equal(leftovers(), 0);
  return status;
}

static void test_success_writes_all(void **state) {
  (void)state;
  put("r.md", "OLD");
  put("r.json", "OLD");
  const char *outs[] = {at("r.md"), at("r.json")};
  assert_int_equal(run(at("good.dot"), outs, 2), TMC_EXIT_OK);
  assert_non_null(strstr(get("r.md"), "# Threat model"));
  assert_non_null(strstr(get("r.json"), "\"elements\""));
}

static void test_bad_input_touches_nothing(void **state) {
  (void)state;
  put("r.md", "OLD");
  const char *outs[] = {at("r.md")};
  assert_int_equal(run(at("bad.dot"), outs, 1), TMC_EXIT_INPUT);
  assert_string_equal(get("r.md"), "OLD");
  assert_int_equal(run(at("missing.dot"), outs, 1), TMC_EXIT_IO);
  assert_string_equal(get("r.md"), "OLD");
}

static void test_unwritable_second_destination(void **state) {
  (void)state;
  put("r.md", "OLD");
  const char *outs[] = {at("r.md"), at("no-such-dir/r.json")};
  assert_int_equal(run(at("good.dot"), outs, 2), TMC_EXIT_IO);
  assert_string_equal(get("r.md"), "OLD");
  /* A directory where the second report should go: all or none still. */
  assert_int_equal(mkdir(at("taken.json"), 0755), 0);
  const char *outs2[] = {at("r.md"), at("taken.json")};
  assert_int_equal(run(at("good.dot"), outs2, 2), TMC_EXIT_IO);
  assert_string_equal(get("r.md"), "OLD");
  /* A new first report is not created either. */
  const char *outs3[] = {at("new.md"), at("no-such-dir/r.json")};
  assert_int_equal(run(at("good.dot"), outs3, 2), TMC_EXIT_IO);
  assert_null(get("new.md"));
}

static void test_unimplemented_format(void **state) {
  (void)state;
  /* A format tmc cannot tell from the extension fails before any write. */
  put("r.md", "OLD");
  const char *unknown[] = {at("r.md"), at("r.bogus")};
  assert_int_equal(run(at("good.dot"), unknown, 2), TMC_EXIT_USAGE);
  assert_string_equal(get("r.md"), "OLD");
  assert_null(get("r.bogus"));
  const tmc_backend *missing = NULL;
  for (const tmc_backend *b = tmc_backends; b->name && !missing; b++)
    if (!b->fn)
      missing = b;
  if (!missing)
    return; /* every format is implemented */
  char name[64];
  snprintf(name, sizeof name, "r.%s", missing->name);
  const char *outs[] = {at("r.md"), at(name)};
  assert_int_equal(run(at("good.dot"), outs, 2), TMC_EXIT_USAGE);
  assert_string_equal(get("r.md"), "OLD");
  assert_null(get(name));
}

static void test_write_all_directly(void **state) {
  (void)state;
  put("a.txt", "OLD-A");
  tmc_diags d = TMC_DIAGS_INIT;
  char a[512], b[512], c[512]; /* at() rotates its buffers: keep copies */
  snprintf(a, sizeof a, "%s", at("a.txt"));
  snprintf(b, sizeof b, "%s", at("b.txt"));
  snprintf(c, sizeof c, "%s", at("no-such-dir/c.txt"));
  tmc_pending v[3] = {{a, "NEW-A", 5}, {b, "NEW-B", 5}, {c, "NEW-C", 5}};
  int before = count_fds();
  assert_true(tmc_write_all(v, 3, &d) < 0);
  assert_int_equal(count_fds(), before);
  assert_string_equal(get("a.txt"), "OLD-A");
  assert_null(get("b.txt"));
  assert_int_equal(leftovers(), 0);
  assert_true(d.errors > 0);
  tmc_diags_free(&d);
  assert_int_equal(tmc_write_all(v, 2, &d), 0);
  assert_int_equal(count_fds(), before);
  assert_string_equal(get("a.txt"), "NEW-A");
  assert_string_equal(get("b.txt"), "NEW-B");
  /* A device is written in place, never replaced. */
  tmc_pending dev = {"/dev/null", "x", 1};
  assert_int_equal(tmc_write_all(&dev, 1, &d), 0);
  struct stat st;
  assert_int_equal(stat("/dev/null", &st), 0);
  assert_true(S_ISCHR(st.st_mode));
  assert_int_equal(count_fds(), before);
  tmc_diags_free(&d);
}

/* -j: each input in a child process, diagnostics through temporary files. */
static void test_parallel_batch(void **state) {
  (void)state;
  char out[512];
  snprintf(out, sizeof out, "%s", at("batch"));
  assert_int_equal(mkdir(out, 0755), 0);
  char good[512], bad[512], other[512];
  snprintf(good, sizeof good, "%s", at("good.dot"));
  snprintf(bad, sizeof bad, "%s", at("bad.dot"));
  /* A second good input under another name: the same name twice would make
   * both write batch/good.dot.md, which the driver refuses. */
  put("other.dot", "digraph o { a -> b }\n");
  snprintf(other, sizeof other, "%s", at("other.dot"));
  tmc_run_opts o;
  tmc_run_opts_init(&o);
  const char *inputs[3] = {good, bad, other};
  o.inputs = inputs;
  o.n_inputs = 3;
  o.outdir = out;
  o.jobs = 2;
  o.verbosity = -1;
  int before = count_fds();
  assert_int_equal(tmc_run(&o), TMC_EXIT_INPUT);
  assert_int_equal(count_fds(), before);
  assert_non_null(get("batch/good.dot.md"));
  assert_non_null(get("batch/other.dot.md"));
  assert_null(get("batch/bad.dot.md"));
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_success_writes_all),
      cmocka_unit_test(test_bad_input_touches_nothing),
      cmocka_unit_test(test_unwritable_second_destination),
      cmocka_unit_test(test_unimplemented_format),
      cmocka_unit_test(test_write_all_directly),
      cmocka_unit_test(test_parallel_batch),
  };
  return cmocka_run_group_tests(tests, setup, teardown);
}
