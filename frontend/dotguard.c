/* dotguard.c - a byte scan of DOT text for tokens graphviz cannot read in
 * reasonable time. cgraph 2.42's flex lexer re-scans a token each time its
 * buffer grows, so one 4 MB quoted string takes seconds and a 256 MB one hours.
 *
 * The one idea: we track how flex splits tokens, not what they mean. Inside a
 * quoted string a backslash or newline ends flex's run; inside an HTML label
 * '<', '>' and newline do; inside a block comment '*' and newline do; a line
 * comment runs to the end of its line; outside, whitespace and punctuation
 * end a name or number. A run longer than the limit is an error at the line
 * where it starts. */
#include "frontend/dotguard.h"

#include <stdbool.h>

typedef enum { S_CODE, S_QUOTED, S_HTML, S_BLOCK, S_LINE } state;

static bool ends_name(unsigned char c) {
  switch (c) {
  case '{':
  case '}':
  case '[':
  case ']':
  case ';':
  case ',':
  case '=':
  case ':':
  case '"':
  case '<':
  case '>':
    return true;
  default:
    return c <= ' ';
  }
}

/* perf36: the bytes that only lengthen the current run, read a run at a time
 * (most of a file): outside strings, a name's bytes that start nothing ('/'
 * and '#' may start a comment, so they take the byte-at-a-time path); inside
 * a quoted string, all but '\\', '"' and a newline. */
static bool code_plain(unsigned char c) {
  return !ends_name(c) && c != '/' && c != '#';
}

static bool quoted_plain(unsigned char c) {
  return c != '\\' && c != '"' && c != '\n';
}

static int too_long(const char *file, uint32_t start, state s, uint32_t max,
                    tmc_diags *d) {
  tmc_error(d, (tmc_loc){file, start, 0},
            "a %s longer than %u bytes: graphviz's parser cannot read it in "
            "reasonable time (split it, or shorten it)",
            s == S_QUOTED  ? "quoted string without a line break or escape"
            : s == S_HTML  ? "run of HTML label text"
            : s == S_BLOCK ? "comment line"
            : s == S_LINE  ? "comment line"
                           : "name or number",
            max);
  return -1;
}

int tmc_dotguard_check(const char *file, const char *data, size_t len, uint32_t max,
                       tmc_diags *d) {
  state s = S_CODE;
  uint32_t line = 1, start = 1, html_depth = 0;
  size_t run = 0;
  bool line_start = true; /* only blanks so far on this line ('#' lines) */
  for (size_t i = 0; i < len; i++) {
    if (s == S_CODE || s == S_QUOTED) {
      /* A run of plain bytes at once: no newline, no state change, no break.
       * Inside a string line_start is left as it is: only code reads it, and
       * the closing '"' clears it before code resumes. */
      size_t j = i;
      if (s == S_CODE)
        while (j < len && code_plain((unsigned char)data[j]))
          j++;
      else
        while (j < len && quoted_plain((unsigned char)data[j]))
          j++;
      if (j > i) {
        if (run == 0)
          start = line;
        run += j - i;
        if (run > max)
          return too_long(file, start, s, max, d);
        if (s == S_CODE)
          line_start = false;
        if ((i = j) == len)
          break;
      }
    }
    unsigned char c = (unsigned char)data[i];
    unsigned char next = i + 1 < len ? (unsigned char)data[i + 1] : 0;
    bool brk = c == '\n'; /* a newline ends every kind of run */
    switch (s) {
    case S_CODE:
      if (c == '"' || c == '<' || (c == '/' && (next == '*' || next == '/')) ||
          (c == '#' && line_start)) {
        s = c == '"'      ? S_QUOTED
            : c == '<'    ? S_HTML
            : c == '#'    ? S_LINE
            : next == '*' ? S_BLOCK
                          : S_LINE;
        html_depth = c == '<';
        if (c == '/')
          i++;
        brk = true;
      } else if (ends_name(c))
        brk = true;
      break;
    case S_QUOTED:
      if (c == '\\') {
        brk = true;
        if (next == '\n')
          line++;
        i++;
      } else if (c == '"') {
        s = S_CODE;
        brk = true;
      }
      break;
    case S_HTML:
      if (c == '<' || c == '>') {
        brk = true;
        html_depth += c == '<' ? 1 : -1u;
        if (html_depth == 0)
          s = S_CODE;
      }
      break;
    case S_BLOCK:
      if (c == '*') {
        brk = true;
        if (next == '/') {
          s = S_CODE;
          i++;
        }
      }
      break;
    case S_LINE:
      if (c == '\n')
        s = S_CODE;
      break;
    }
    if (brk)
      run = 0;
    else if (run++ == 0)
      start = line;
    if (run > max)
      return too_long(file, start, s, max, d);
    if (c == '\n') {
      line++;
      line_start = true;
    } else if (c != ' ' && c != '\t' && c != '\r')
      line_start = false;
  }
  return 0;
}
