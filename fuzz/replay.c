/* replay.c - runs a fuzz target's entry point on every file named on the
 * command line (or in the directories named), so the corpora and crash
 * reproducers the project keeps run as ordinary tests under any compiler. */
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int run_file(const char *path) {
  FILE *f = fopen(path, "rb");
  if (!f) {
    perror(path);
    return 1;
  }
  size_t cap = 1 << 16, n = 0, r;
  uint8_t *buf = malloc(cap);
  while (buf && (r = fread(buf + n, 1, cap - n, f)) > 0) {
    n += r;
    if (n == cap) {
      uint8_t *nb = realloc(buf, cap *= 2);
      if (!nb) {
        free(buf);
        buf = NULL;
        break;
      }
      buf = nb;
    }
  }
  fclose(f);
  if (!buf)
    return 1;
  LLVMFuzzerTestOneInput(buf, n);
  free(buf);
  return 0;
}

static int cmp(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

int main(int argc, char **argv) {
  int failed = 0, count = 0;
  for (int i = 1; i < argc; i++) {
    struct stat st;
    if (stat(argv[i], &st) < 0) {
      perror(argv[i]);
      return 1;
    }
    if (!S_ISDIR(st.st_mode)) {
      failed |= run_file(argv[i]);
      count++;
      continue;
    }
    DIR *dir = opendir(argv[i]);
    if (!dir)
      return 1;
    char **names = NULL;
    size_t n = 0;
    struct dirent *e;
    while ((e = readdir(dir))) {
      if (e->d_name[0] == '.')
        continue;
      names = realloc(names, sizeof(char *) * (n + 1));
      size_t l = strlen(argv[i]) + strlen(e->d_name) + 2;
      names[n] = malloc(l);
      snprintf(names[n++], l, "%s/%s", argv[i], e->d_name);
    }
    closedir(dir);
    if (n)
      qsort(names, n, sizeof(char *), cmp); /* same order every run */
    for (size_t k = 0; k < n; k++) {
      failed |= run_file(names[k]);
      count++;
      free(names[k]);
    }
    free(names);
  }
  printf("replayed %d inputs\n", count);
  return failed;
}
