/* backends.c - the table of report formats. */
#include "backends/backends.h"

#include <string.h>
#include <strings.h>

const tmc_backend tmc_backends[] = {
    {"md", ".md .markdown", tmc_backend_markdown,
     "Markdown threat model (GitHub-flavoured)"},
    {"sarif", ".sarif .sarif.json", tmc_backend_sarif,
     "SARIF 2.1.0 for code-scanning dashboards"},
    {"json", ".json", tmc_backend_json, "the analysed IR as JSON (same as --dump-ir)"},
    {"html", ".html .htm", tmc_backend_html,
     "one self-contained page: the annotated diagram beside the findings"},
    {"plan", ".plan.json", tmc_backend_plan_json,
     "the validation plan: red-team tests for the AI findings, as JSON"},
    {"plan-yaml", ".plan.yaml .plan.yml", tmc_backend_plan_yaml,
     "the validation plan as YAML"},
    {"svg", ".svg", tmc_backend_svg, "annotated diagram"},
    {"png", ".png", tmc_backend_png, "annotated diagram, raster (cairo)"},
    {"pdf", ".pdf", tmc_backend_pdf, "annotated diagram, vector (cairo)"},
    {"otm", ".otm", tmc_backend_otm,
     "Open Threat Model 0.2.0: the model and its threats, for other tools"},
    {NULL, NULL, NULL, NULL},
};

const tmc_backend *tmc_backend_find(const char *name) {
  for (const tmc_backend *b = tmc_backends; b->name; b++)
    if (tmc_streq_nocase(b->name, name))
      return b;
  if (tmc_streq_nocase(name, "markdown"))
    return tmc_backend_find("md");
  return NULL;
}

const tmc_backend *tmc_backend_for_path(const char *path) {
  size_t n = strlen(path);
  const tmc_backend *best = NULL;
  size_t best_len = 0;
  for (const tmc_backend *b = tmc_backends; b->name; b++) {
    const char *e = b->extensions;
    while (*e) {
      size_t l = strcspn(e, " ");
      if (l <= n && l > best_len && strncasecmp(path + n - l, e, l) == 0) {
        best = b;
        best_len = l;
      }
      e += l;
      while (*e == ' ')
        e++;
    }
  }
  return best;
}
