/* markdown.c - Markdown files with Mermaid flowcharts in them: docs-as-code.
 *
 * Every fenced block whose info string is `mermaid` and whose diagram is a
 * flowchart becomes one page, read by the Mermaid reader with the block's
 * line offset, so every diagnostic names the Markdown file's own line.
 * Blocks of other Mermaid diagrams (sequence, class, ...) are passed over
 * with a note; a file with no flowchart at all is an error. The rest of the
 * Markdown is not read. */
#include "frontend/frontend.h"
#include "frontend/mermaid.h"

#include <string.h>

/* The fence opening at [i, e): up to three spaces, then three or more ` or
 * ~; returns its length (0: none) and its character in *ch. */
static size_t fence(const char *s, size_t i, size_t e, char *ch, size_t *after) {
  size_t k = i;
  while (k < e && k - i < 3 && s[k] == ' ')
    k++;
  if (k >= e || (s[k] != '`' && s[k] != '~'))
    return 0;
  *ch = s[k];
  size_t f = k;
  while (k < e && s[k] == *ch)
    k++;
  if (k - f < 3)
    return 0;
  *after = k;
  return k - f;
}

/* Is the block a flowchart? Its first line that is not blank, front matter,
 * a %% comment or a directive starts with flowchart or graph. */
static bool is_flowchart(const char *s, size_t n) {
  size_t i = 0;
  bool front = false;
  while (i < n) {
    size_t e = i;
    while (e < n && s[e] != '\n')
      e++;
    size_t k = i;
    while (k < e && (s[k] == ' ' || s[k] == '\t' || s[k] == '\r'))
      k++;
    if (e - k >= 3 && memcmp(s + k, "---", 3) == 0)
      front = !front;
    else if (!front && k < e && !(e - k >= 2 && memcmp(s + k, "%%", 2) == 0))
      return (e - k >= 9 && memcmp(s + k, "flowchart", 9) == 0) ||
             (e - k >= 5 && memcmp(s + k, "graph", 5) == 0);
    i = e + 1;
  }
  return false;
}

int tmc_markdown_parse(tmc_ir *ir, const char *data, size_t len,
                       const tmc_frontend_opts *opts, tmc_diags *d) {
  uint32_t line = 0, blocks = 0, others = 0;
  size_t i = 0;
  while (i < len) {
    size_t e = i;
    while (e < len && data[e] != '\n')
      e++;
    line++;
    char ch;
    size_t after, fl = fence(data, i, e, &ch, &after);
    if (!fl) {
      i = e + 1;
      continue;
    }
    /* The info string: "mermaid", maybe followed by more words. */
    size_t k = after;
    while (k < e && data[k] == ' ')
      k++;
    bool mermaid =
        e - k >= 7 && memcmp(data + k, "mermaid", 7) == 0 &&
        (k + 7 == e || data[k + 7] == ' ' || data[k + 7] == '\r' || data[k + 7] == '{');
    uint32_t open_line = line;
    size_t body = e < len ? e + 1 : len, end = len, next = len;
    uint32_t body_lines = 0;
    /* The closing fence: the same character, at least as long. */
    for (size_t j = body; j < len;) {
      size_t je = j;
      while (je < len && data[je] != '\n')
        je++;
      char c2;
      size_t a2, f2 = fence(data, j, je, &c2, &a2);
      size_t rest = a2;
      while (f2 && rest < je && (data[rest] == ' ' || data[rest] == '\r'))
        rest++;
      if (f2 && c2 == ch && f2 >= fl && rest == je) {
        end = j;
        next = je + 1;
        break;
      }
      body_lines++;
      j = je + 1;
    }
    line += body_lines + (next <= len && end < len ? 1 : 0);
    if (mermaid) {
      if (is_flowchart(data + body, end - body)) {
        blocks++;
        const char *name = tmc_arena_printf(ir->arena, "mermaid block %u (line %u)",
                                            blocks + others, open_line);
        if (tmc_mermaid_parse_block(ir, data + body, end - body, open_line, name, opts,
                                    d) < 0)
          return -1;
      } else {
        others++;
        tmc_note(d, (tmc_loc){ir->file, open_line, 1},
                 "mermaid block %u is not a flowchart: passed over", blocks + others);
      }
    }
    i = next;
  }
  if (!blocks) {
    tmc_error(d, (tmc_loc){ir->file, 1, 1},
              "no Mermaid flowchart in this Markdown file: tmc reads ```mermaid blocks "
              "that start with `flowchart` or `graph`");
    return -1;
  }
  if (ir->n_pages && !*ir->title)
    ir->title = ir->pages[0].name;
  return 0;
}
