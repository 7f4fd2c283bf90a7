/* test_driver.c - the driver's helpers: relative links between reports. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
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

int main(void) {
  const struct CMUnitTest tests[] = {cmocka_unit_test(relative_links)};
  return cmocka_run_group_tests(tests, NULL, NULL);
}
