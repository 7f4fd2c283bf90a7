/* bare_parse.c - the floor tmc is measured against: the same library tmc
 * uses, reading the same file and nothing else (cgraph for DOT, libxml2's tree
 * for draw.io). The benchmark runs it beside tmc so the ratio is meaningful on
 * a noisy machine.
 *
 * usage: tmc-bare-parse FILE */
#include <graphviz/cgraph.h>
#include <libxml/parser.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv) {
  if (argc != 2) {
    fprintf(stderr, "usage: tmc-bare-parse FILE\n");
    return 64;
  }
  FILE *f = fopen(argv[1], "rb");
  if (!f) {
    perror(argv[1]);
    return 74;
  }
  fseek(f, 0, SEEK_END);
  long n = ftell(f);
  fseek(f, 0, SEEK_SET);
  char *data = malloc((size_t)n + 1);
  if (!data || fread(data, 1, (size_t)n, f) != (size_t)n) {
    fclose(f);
    return 74;
  }
  fclose(f);
  data[n] = 0;
  const char *p = data;
  while (*p == ' ' || *p == '\n' || *p == '\t' || *p == '\r')
    p++;
  int count = 0;
  if (*p == '<') {
    xmlDocPtr doc =
        xmlReadMemory(data, (int)n, argv[1], NULL, XML_PARSE_NONET | XML_PARSE_HUGE);
    if (!doc)
      return 2;
    count = xmlDocGetRootElement(doc) != NULL;
    xmlFreeDoc(doc);
  } else {
    Agraph_t *g = agmemread(data);
    if (!g)
      return 2;
    count = agnnodes(g) + agnedges(g);
    agclose(g);
  }
  free(data);
  printf("%d\n", count);
  return 0;
}
