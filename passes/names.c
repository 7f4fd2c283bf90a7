/* names.c - the name a reader sees for every element, and where it came from.
 *
 * Front ends find the text (a label, a text cell under or beside an icon, a
 * card's child cell, C4's c4Name) and record where they found it; this pass
 * runs after classify and settles the rest: an element with a label and no
 * recorded source is named by its label, and an element with nothing to
 * read is named from what it is drawn as, its icon, else its kind, with its
 * id beside so two of them stay apart: "unnamed netbook (22)". A raw id is
 * never the whole name. The source and evidence go into the IR, from which
 * --dump-ir and JSON say how each name was found. */
#include <ctype.h>
#include <string.h>

#include "passes/passes.h"

/* The readable stem of an icon or stencil name, lower case, in buf:
 * "img/lib/clip_art/computers/Netbook_128x128.png" → "netbook",
 * "mxgraph.aws4.lambda_function" → "lambda function". Empty when there is
 * nothing readable. */
static void icon_words(const char *icon, char *buf, size_t n) {
  buf[0] = 0;
  if (!icon || !*icon)
    return;
  const char *s = icon, *slash = strrchr(icon, '/');
  if (slash)
    s = slash + 1;
  else if (strncmp(icon, "mxgraph.", 8) == 0 && strrchr(icon, '.'))
    s = strrchr(icon, '.') + 1;
  size_t len = strcspn(s, ".;?#");
  /* Clip art says its size: "_128x128". */
  for (size_t i = 0; i < len; i++)
    if (s[i] == '_' && isdigit((unsigned char)s[i + 1]) && strchr(s + i, 'x') &&
        (size_t)(strchr(s + i, 'x') - s) < len) {
      len = i;
      break;
    }
  size_t o = 0;
  for (size_t i = 0; i < len && o + 1 < n; i++) {
    char c = s[i] == '_' || s[i] == '-' ? ' ' : (char)tolower((unsigned char)s[i]);
    if (c == ' ' && (o == 0 || buf[o - 1] == ' '))
      continue;
    buf[o++] = c;
  }
  while (o && buf[o - 1] == ' ')
    o--;
  buf[o] = 0;
}

/* Shapes that say nothing about what an element is. */
static bool plain_shape(const char *shape) {
  static const char *const plain[] = {"rect", "rectangle",  "rounded", "image", "label",
                                      "html", "whiteSpace", "ellipse", "text"};
  if (!shape || !*shape)
    return true;
  for (size_t i = 0; i < sizeof plain / sizeof *plain; i++)
    if (strcmp(shape, plain[i]) == 0)
      return true;
  return false;
}

int tmc_pass_names(tmc_ir *ir, const tmc_pass_opts *opts, tmc_diags *d) {
  (void)opts;
  (void)d;
  for (uint32_t i = 0; i < ir->n_elements; i++) {
    tmc_element *e = &ir->elements[i];
    if (e->label && *e->label) {
      if (e->name_source == TMC_SOURCE_NONE)
        e->name_source = TMC_SOURCE_LABEL;
      continue;
    }
    char what[96];
    icon_words(e->icon, what, sizeof what);
    const char *evidence = e->icon;
    tmc_source src = TMC_SOURCE_ICON;
    if (!*what && !plain_shape(e->shape)) {
      icon_words(e->shape, what, sizeof what);
      evidence = e->shape;
      src = TMC_SOURCE_STYLE;
    }
    if (!*what) {
      snprintf(what, sizeof what, "%s", tmc_kind_title(e->kind));
      for (char *p = what; *p; p++)
        *p = (char)tolower((unsigned char)*p);
      evidence = tmc_kind_name(e->kind);
      src = TMC_SOURCE_DEFAULT;
    }
    e->name = tmc_arena_printf(ir->arena, "unnamed %s (%s)", what, e->id);
    e->name_source = src;
    e->name_evidence = evidence;
  }
  return 0;
}
