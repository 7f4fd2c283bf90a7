/* markdown.c - FIRST CUT of the Markdown report (issue 8 replaces it):
 * elements, boundaries, crossing flows and threats, so the pipeline runs
 * end to end. */
#include "backends/backends.h"

#include <string.h>

/* Escapes Markdown and HTML metacharacters so a label stays text. */
static void md(tmc_buf *b, const char *s) {
  for (; s && *s; s++) {
    unsigned char c = (unsigned char)*s;
    if (c == '<')
      tmc_buf_puts(b, "&lt;");
    else if (c == '>')
      tmc_buf_puts(b, "&gt;");
    else if (c == '&')
      tmc_buf_puts(b, "&amp;");
    else if (c == '|')
      tmc_buf_puts(b, "\\|");
    else if (c == '\n' || c == '\r')
      tmc_buf_putc(b, ' ');
    else if (strchr("\\`*_{}[]()#+-.!~", c))
      tmc_buf_printf(b, "\\%c", c);
    else
      tmc_buf_putc(b, (char)c);
  }
}

int tmc_backend_markdown(tmc_buf *b, const tmc_ir *ir, const tmc_report_ctx *ctx,
                         tmc_diags *d) {
  tmc_buf_puts(b, "# Threat model: ");
  md(b, ir->title && *ir->title ? ir->title : ir->file);
  tmc_buf_puts(b, "\n\n## Elements\n\n| Element | Kind | Boundary | Why this kind |\n|---|---|---|---|\n");
  for (uint32_t i = 0; i < ir->n_elements; i++) {
    const tmc_element *e = &ir->elements[i];
    tmc_buf_puts(b, "| ");
    md(b, tmc_element_name(e));
    tmc_buf_printf(b, " | %s | ", tmc_kind_name(e->kind));
    md(b, e->boundary == TMC_NONE ? "(outside)" : ir->boundaries[e->boundary].label);
    tmc_buf_puts(b, " | ");
    md(b, e->kind_reason);
    tmc_buf_puts(b, " |\n");
  }
  tmc_buf_puts(b, "\n## Trust boundaries\n\n| Boundary | Trust | Inside |\n|---|---|---|\n");
  for (uint32_t i = 0; i < ir->n_boundaries; i++) {
    const tmc_boundary *x = &ir->boundaries[i];
    tmc_buf_puts(b, "| ");
    md(b, x->label);
    tmc_buf_printf(b, " | %d | ", x->trust);
    md(b, x->parent == TMC_NONE ? "" : ir->boundaries[x->parent].label);
    tmc_buf_puts(b, " |\n");
  }
  tmc_buf_puts(b, "\n## Flows crossing trust boundaries\n\n| Flow | From trust | To trust |\n|---|---|---|\n");
  for (uint32_t i = 0; i < ir->n_flows; i++) {
    const tmc_flow *f = &ir->flows[i];
    if (!f->facts.crosses)
      continue;
    tmc_buf_puts(b, "| ");
    md(b, tmc_ir_target_name(ir, TMC_TARGET_FLOW, i));
    tmc_buf_printf(b, " | %d | %d |\n", f->facts.src_trust, f->facts.dst_trust);
  }
  tmc_buf_puts(b, "\n## Threats\n\n| Target | Rule | Threat | Severity | Status |\n|---|---|---|---|---|\n");
  for (uint32_t i = 0; i < ir->n_findings; i++) {
    const tmc_finding *f = &ir->findings[i];
    tmc_buf_puts(b, "| ");
    md(b, tmc_ir_target_name(ir, f->target_kind, f->target));
    tmc_buf_puts(b, " | ");
    md(b, f->rule_id);
    tmc_buf_puts(b, " | ");
    md(b, f->title);
    tmc_buf_printf(b, " | %s | %s |\n", tmc_severity_name(f->severity),
                   tmc_status_name(f->status));
  }
  return 0;
}
