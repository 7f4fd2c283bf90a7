/* html.c - the threat model as one self-contained HTML page: the annotated
 * diagram (the scene, written inline by svg.c) on the left, the findings on
 * the right; click an element, flow or attack path (or Tab to it and press
 * Enter) to list its findings; filters by severity, STRIDE letter, ATLAS
 * tactic and status; an attack path stepped through hop by hop on the
 * picture; the threats the model's author wrote (Threat Dragon, OTM) beside
 * tmc's; the assumptions to confirm, the mitigation plan and the
 * validation plan below.
 *
 * The one idea: every finding is written out as HTML here, and the page's
 * one script (a constant, below) only shows, hides and highlights what is
 * already there; nothing from the diagram ever reaches the script, and
 * every string goes through tmc_xml_text into text or a quoted attribute.
 * The page loads nothing (a Content-Security-Policy says so), works without
 * the script (every section is shown, as in print), and the same IR gives
 * the same bytes. What comes first, what a number means, the anchors and
 * what a condensed report leaves out are the report model's (report.h),
 * shared with Markdown: report.html#el-x is report.md#el-x. */
#include "backends/backends.h"
#include "backends/escape.h"
#include "backends/report.h"
#include "backends/scene.h"
#include "catalog/validation.h"

#include <stdlib.h>
#include <string.h>

/* In a condensed report (report.h), at most this many attack-path sections,
 * names per assumption and findings per plan item. */
enum { CONDENSED_PATHS = 100, CONDENSED_NAMES = 20, CONDENSED_PLAN = 20 };

typedef struct html {
  tmc_buf *b;
  const tmc_ir *ir;
  const tmc_catalog *cat; /* may be NULL */
  const tmc_report_view *v;
  tmc_arena *a;
} html;

static void put(html *h, const char *s) {
  tmc_buf_puts(h->b, s);
}

static void text(html *h, const char *s) {
  tmc_xml_text(h->b, s);
}

/* ---- the page's style and script (constants: nothing from the diagram) ------- */

static const char style[] =
    "*{box-sizing:border-box}\n"
    "body{margin:0;font:14px/1.45 Helvetica,Arial,sans-serif;color:#212529;"
    "background:#fff}\n"
    "header{padding:10px 16px;border-bottom:1px solid #dee2e6}\n"
    "header h1{font-size:20px;margin:0 0 4px}\n"
    "header p{margin:0;color:#5c636a}\n"
    ".filters{display:flex;flex-wrap:wrap;gap:6px 14px;align-items:center;"
    "padding:8px 16px;border-bottom:1px solid #dee2e6;background:#f8f9fa}\n"
    ".filters fieldset{border:0;margin:0;padding:0;display:flex;gap:6px;"
    "align-items:center}\n"
    ".filters legend{float:left;font-weight:bold;margin-right:4px}\n"
    ".filters label{white-space:nowrap}\n"
    "main{display:grid;grid-template-columns:minmax(0,3fr) minmax(320px,2fr)}\n"
    ".pic{overflow:auto;max-height:calc(100vh - 90px);position:sticky;top:0;"
    "border-right:1px solid #dee2e6}\n"
    ".pic svg{display:block;max-width:none}\n"
    ".side{padding:8px 16px;overflow:auto;max-height:calc(100vh - 90px)}\n"
    ".side.one .target:not(.sel){display:none}\n"
    ".target{border-top:1px solid #dee2e6;padding:6px 0}\n"
    ".target h2{font-size:16px;margin:4px 0}\n"
    ".meta{color:#5c636a;margin:0 0 4px}\n"
    ".findings{list-style:none;margin:0;padding:0}\n"
    ".finding{border-left:4px solid #adb5bd;padding:2px 8px;margin:6px 0}\n"
    ".finding p{margin:2px 0}\n"
    ".finding[hidden]{display:none}\n"
    ".sev-critical{border-color:#a4161a}.sev-high{border-color:#d9480f}\n"
    ".sev-medium{border-color:#b8860b}.sev-low{border-color:#1971c2}\n"
    ".st-mitigated,.st-accepted{opacity:.8}\n"
    ".author{border-left:4px dashed #6c757d;padding:2px 8px;margin:6px 0}\n"
    ".author p{margin:2px 0}\n"
    ".tag{display:inline-block;border-radius:8px;padding:0 6px;font-size:12px;"
    "background:#e9ecef}\n"
    ".tag.critical{background:#a4161a;color:#fff}.tag.high{background:#d9480f;"
    "color:#fff}\n"
    ".tag.medium{background:#fff3bf}.tag.low{background:#dbeafe}\n"
    ".rule{font-family:monospace;font-size:12px;color:#5c636a}\n"
    ".none{color:#5c636a;font-style:italic}\n"
    ".hops li{cursor:pointer}.hops li[aria-current]{font-weight:bold;"
    "background:#fde2ec}\n"
    "[data-r]{cursor:pointer}\n"
    "[data-r]:focus{outline:3px solid #1864ab;outline-offset:2px}\n"
    "g.picked>path:first-of-type{stroke:#1864ab;stroke-width:5px}\n"
    "g.hop-now>path:first-of-type{stroke:#d6336c;stroke-width:6px}\n"
    "g.hop-flow>path{stroke:#d6336c}\n"
    ".below{padding:8px 16px;border-top:1px solid #dee2e6}\n"
    "table{border-collapse:collapse}td,th{border:1px solid #dee2e6;padding:3px 6px;"
    "vertical-align:top;text-align:left}\n"
    "button{font:inherit}\n"
    "@media print{.filters,.steps,#hint,button{display:none}"
    "main{display:block}.pic,.side{max-height:none;overflow:visible;position:static;"
    "border:0}.pic svg{max-width:100%;height:auto}"
    ".side.one .target:not(.sel){display:block}.finding[hidden]{display:block}"
    ".target{break-inside:avoid}}\n";

/* Shows the section of what was clicked (g[data-r] in the picture, a
 * #anchor link, the page's own #fragment), filters findings by the
 * checkboxes' data-f values, steps through a path's hops. */
static const char script[] =
    "(function(){'use strict';\n"
    "var d=document,side=d.getElementById('side');\n"
    "function all(s,r){return Array.prototype.slice.call((r||d).querySelectorAll(s));}\n"
    "function marks(c){all('.'+c).forEach(function(e){e.classList.remove(c);});}\n"
    "function groups(a){return all('svg [data-r]').filter(function(g){"
    "return g.getAttribute('data-r')===a;});}\n"
    "function step(sec,i){var hs=all('.hops li',sec);if(!hs.length)return;\n"
    " i=Math.max(0,Math.min(hs.length-1,i));sec.setAttribute('data-at',i);\n"
    " marks('hop-now');marks('hop-flow');\n"
    " hs.forEach(function(li,k){if(k===i)li.setAttribute('aria-current','step');"
    "else li.removeAttribute('aria-current');});\n"
    " var li=hs[i];groups(li.getAttribute('data-el')).forEach(function(g){"
    "g.classList.add('hop-now');});\n"
    " if(li.getAttribute('data-fl'))groups(li.getAttribute('data-fl')).forEach("
    "function(g){g.classList.add('hop-flow');});\n"
    " var n=sec.querySelector('.stepno');if(n)n.textContent='hop '+(i+1)+' of '+"
    "hs.length;}\n"
    "function show(a){var s=d.getElementById(a);\n"
    " if(!s||!s.classList.contains('target'))return false;\n"
    " marks('sel');marks('picked');marks('hop-now');marks('hop-flow');\n"
    " side.classList.add('one');s.classList.add('sel');\n"
    " groups(a).forEach(function(g){g.classList.add('picked');});\n"
    " if(s.classList.contains('path'))step(s,0);\n"
    " var h=s.querySelector('h2');h.setAttribute('tabindex','-1');h.focus();\n"
    " return true;}\n"
    "function showAll(){side.classList.remove('one');marks('sel');marks('picked');"
    "marks('hop-now');marks('hop-flow');}\n"
    "all('svg [data-r]').forEach(function(g){\n"
    " g.addEventListener('click',function(e){e.preventDefault();e.stopPropagation();"
    "show(g.getAttribute('data-r'));});\n"
    " g.addEventListener('keydown',function(e){if(e.key==='Enter'||e.key===' '){"
    "e.preventDefault();show(g.getAttribute('data-r'));}});});\n"
    "all('section.path').forEach(function(s){\n"
    " all('button[data-step]',s).forEach(function(b){b.addEventListener('click',"
    "function(){show(s.id);step(s,(+s.getAttribute('data-at')||0)+"
    "(+b.getAttribute('data-step')));});});\n"
    " all('.hops li',s).forEach(function(li,k){function go(){show(s.id);step(s,k);}\n"
    "  li.addEventListener('click',go);li.addEventListener('keydown',function(e){"
    "if(e.key==='Enter'||e.key===' '){e.preventDefault();go();}});});});\n"
    "d.getElementById('show-all').addEventListener('click',showAll);\n"
    "function on(f){return all('input[data-f=\"'+f+'\"]:checked').map(function(i){"
    "return i.value;});}\n"
    "function filter(){var sev=on('sev'),st=on('status'),str=on('stride'),"
    "tac=d.getElementById('f-tactic').value;\n"
    " all('li.finding').forEach(function(li){var x=li.getAttribute('data-stride'),"
    "t=' '+li.getAttribute('data-tactic')+' ';\n"
    "  var ok=sev.indexOf(li.getAttribute('data-sev'))>=0&&"
    "st.indexOf(li.getAttribute('data-status'))>=0&&\n"
    "   (str.length===6||x.split('').some(function(c){return str.indexOf(c)>=0;}))&&"
    "(!tac||t.indexOf(' '+tac+' ')>=0);\n"
    "  li.hidden=!ok;});\n"
    " all('section.target').forEach(function(s){var c=s.querySelector('.count');"
    "if(c)c.textContent=all('li.finding:not([hidden])',s).length;});}\n"
    "all('[data-f]').forEach(function(i){i.addEventListener('change',filter);});\n"
    "function hash(){var a=decodeURIComponent(location.hash.slice(1));if(a)show(a);}\n"
    "window.addEventListener('hashchange',hash);hash();filter();\n"
    "})();\n";

/* ---- findings ---------------------------------------------------------------- */

static const char *sev_name(tmc_severity s) {
  return s == TMC_SEV_NONE ? "low" : tmc_severity_name(s); /* shown as the picture does */
}

/* One reference list: "ATLAS: <a>AML.T0051 LLM Prompt Injection</a>, ...". */
static void refs(html *h, const char *what, const tmc_strlist *l) {
  if (!l->n)
    return;
  put(h, "<p class=\"refs\">");
  text(h, what);
  put(h, ": ");
  for (uint32_t i = 0; i < l->n; i++) {
    if (i)
      put(h, ", ");
    const char *u = tmc_report_ref_url(h->cat, l->v[i], h->a);
    const char *name = h->cat ? tmc_catalog_name(h->cat, l->v[i]) : NULL;
    if (u) {
      put(h, "<a href=\"");
      text(h, u);
      put(h, "\" rel=\"noopener noreferrer\">");
    }
    text(h, l->v[i]);
    if (name && *name) {
      put(h, " ");
      text(h, name);
    }
    if (u)
      put(h, "</a>");
  }
  put(h, "</p>\n");
}

/* The ATLAS tactics a finding serves, space-separated ids, for the filter. */
static void tactics_of(html *h, const tmc_finding *f, tmc_buf *out) {
  for (uint32_t i = 0; i < f->atlas.n && h->cat; i++) {
    const tmc_technique *t = tmc_catalog_technique(h->cat, f->atlas.v[i]);
    for (uint32_t k = 0; t && k < t->tactics.n; k++) {
      if (out->len)
        tmc_buf_putc(out, ' ');
      tmc_buf_puts(out, t->tactics.v[k]);
    }
  }
}

static void finding(html *h, uint32_t fi) {
  const tmc_finding *f = &h->ir->findings[fi];
  const char *sev = sev_name(f->severity), *st = tmc_status_name(f->status);
  char letters[8];
  size_t nl = 0;
  for (unsigned bit = 0; bit < 6; bit++)
    if (f->stride & (1u << bit))
      letters[nl++] = "STRIDE"[bit];
  letters[nl] = 0;
  tmc_buf tac = TMC_BUF_INIT;
  tactics_of(h, f, &tac);
  tmc_buf_printf(h->b,
                 "<li class=\"finding sev-%s st-%s\" data-sev=\"%s\" data-status=\"%s\" "
                 "data-stride=\"%s\" data-tactic=\"",
                 sev, st, sev, st, letters);
  text(h, tac.data ? tac.data : "");
  tmc_buf_free(&tac);
  tmc_buf_printf(h->b, "\">\n<p><span class=\"tag %s\">%s</span> <strong>", sev, sev);
  text(h, f->title);
  put(h, "</strong> <span class=\"rule\">");
  text(h, f->rule_id);
  tmc_buf_printf(h->b, "</span> <span class=\"tag\">%s</span></p>\n", st);
  if (f->stride) {
    put(h, "<p>STRIDE: ");
    bool first = true;
    for (unsigned bit = 0; bit < 6; bit++)
      if (f->stride & (1u << bit)) {
        put(h, first ? "" : ", ");
        put(h, tmc_stride_name(1u << bit));
        first = false;
      }
    put(h, "</p>\n");
  }
  refs(h, "ATLAS", &f->atlas);
  refs(h, "OWASP", &f->owasp);
  refs(h, "CWE", &f->cwe);
  refs(h, "CAPEC", &f->capec);
  if (f->evidence && *f->evidence) {
    put(h, "<p>Evidence: ");
    text(h, f->evidence);
    put(h, "</p>\n");
  }
  if (f->mitigations.n) {
    put(h, "<p>Closed by: ");
    for (uint32_t i = 0; i < f->mitigations.n; i++) {
      const tmc_control *c =
          h->cat ? tmc_catalog_control_id(h->cat, f->mitigations.v[i]) : NULL;
      if (i)
        put(h, ", ");
      if (c && c->title) {
        text(h, c->title);
        put(h, " (<code>");
        text(h, f->mitigations.v[i]);
        put(h, "</code>)");
      } else {
        put(h, "<code>");
        text(h, f->mitigations.v[i]);
        put(h, "</code>");
      }
    }
    put(h, "</p>\n");
  }
  if (f->status != TMC_STATUS_OPEN) {
    put(h, f->status == TMC_STATUS_MITIGATED ? "<p>Mitigated by: " : "<p>Accepted: ");
    text(h, f->status_by && *f->status_by ? f->status_by : "(no reason given)");
    put(h, "</p>\n");
  }
  put(h, "</li>\n");
}

/* A target's findings: the first TMC_REPORT_PER_TARGET in full (report.h),
 * the rest one click away. */
static void findings(html *h, const uint32_t *start, const uint32_t *find, uint32_t t) {
  uint32_t n = start[t + 1] - start[t];
  tmc_buf_printf(h->b,
                 "<p class=\"meta\"><span class=\"count\">%u</span> of %u finding%s", n,
                 n, n == 1 ? "" : "s");
  put(h, "</p>\n");
  if (!n) {
    put(h, "<p class=\"none\">No findings.</p>\n");
    return;
  }
  put(h, "<ul class=\"findings\">\n");
  uint32_t shown = tmc_report_shown(n);
  for (uint32_t k = 0; k < shown; k++)
    finding(h, find[start[t] + k]);
  put(h, "</ul>\n");
  if (n > shown) {
    tmc_buf_printf(h->b, "<details><summary>%u more</summary>\n<ul class=\"findings\">\n",
                   n - shown);
    for (uint32_t k = shown; k < n; k++)
      finding(h, find[start[t] + k]);
    put(h, "</ul></details>\n");
  }
}

/* The threats the model's author wrote on one element or flow (Threat
 * Dragon, OTM), after tmc's findings and marked as the author's, as the
 * Markdown report lists them: what they wrote, as text (titles are
 * untrusted), and which of tmc's findings on the target each one closes
 * (passes/authors.c). Not li.finding: the filters are for tmc's findings. */
static void author_threats(html *h, const tmc_props *p, const uint32_t *start,
                           const uint32_t *find, uint32_t t) {
  tmc_author_threat a;
  if (!tmc_author_threat_get(h->ir, p, 1, &a))
    return;
  put(h, "<h3>Threats the model's author wrote</h3>\n<p class=\"meta\">Theirs, not "
         "tmc's findings.</p>\n<ul class=\"findings authors\">\n");
  for (uint32_t k = 1; tmc_author_threat_get(h->ir, p, k, &a); k++) {
    tmc_buf_printf(h->b,
                   "<li class=\"author st-%s\">\n<p><span class=\"tag\">author</span> "
                   "<strong>",
                   a.mitigated ? "mitigated" : "open");
    text(h, a.title);
    put(h, "</strong>");
    const char *what[] = {a.type, a.severity, a.status};
    for (size_t i = 0; i < sizeof what / sizeof *what; i++)
      if (what[i] && *what[i]) {
        put(h, " \xC2\xB7 ");
        text(h, what[i]);
      }
    if (a.implemented && *a.implemented) {
      put(h, " (implemented: ");
      text(h, a.implemented);
      put(h, ")");
    }
    put(h, "</p>\n");
    if (a.mitigation && *a.mitigation) {
      put(h, "<p>Mitigation: ");
      text(h, a.mitigation);
      put(h, "</p>\n");
    }
    bool any = false;
    for (uint32_t i = start[t]; i < start[t + 1]; i++) {
      const tmc_finding *f = &h->ir->findings[find[i]];
      if (f->by_author != k)
        continue;
      put(h, any ? ", " : "<p>Closes tmc's ");
      put(h, "<span class=\"rule\">");
      text(h, f->rule_id);
      put(h, "</span>");
      any = true;
    }
    put(h, any ? "</p>\n</li>\n" : "</li>\n");
  }
  put(h, "</ul>\n");
}

/* One sentence in the header on the threats the model's author wrote (the
 * report model's counts, which the Markdown report's sentence reads too). */
static void author_summary(html *h) {
  uint32_t n = h->v->n_author, mitigated = h->v->n_author_mitigated,
           closed = h->v->n_author_closes;
  if (!n)
    return;
  tmc_buf_printf(h->b,
                 "<p>The model's author wrote %u threat%s of their own (%u marked "
                 "mitigated), listed after tmc's findings on their element or flow; "
                 "%u of tmc's findings match one the author mitigated.</p>\n",
                 n, n == 1 ? "" : "s", mitigated, closed);
}

static void link_to(html *h, const char *anchor, const char *label) {
  put(h, "<a href=\"#");
  text(h, anchor);
  put(h, "\">");
  text(h, label);
  put(h, "</a>");
}

/* ---- sections ------------------------------------------------------------------ */

/* --context: an element or flow of the platform's diagram shows only what
 * this diagram adds; the platform's report has the rest. */
static void platform_note(html *h, bool platform, const tmc_loc *loc) {
  if (!platform)
    return;
  put(h, " \xC2\xB7 the platform's (");
  text(h, loc->file ? loc->file : "");
  if (loc->line)
    tmc_buf_printf(h->b, " line %u", loc->line);
  put(h, "): what this diagram adds; the platform's own report has its findings");
}

static void element_section(html *h, uint32_t e) {
  const tmc_ir *ir = h->ir;
  const tmc_element *x = &ir->elements[e];
  put(h, "<section class=\"target element\" id=\"");
  text(h, h->v->el_anchor[e]);
  put(h, "\">\n<h2>");
  text(h, h->v->el_head[e]);
  put(h, "</h2>\n<p class=\"meta\">");
  text(h, tmc_kind_title(x->kind));
  if (x->boundary != TMC_NONE && x->boundary < ir->n_boundaries) {
    put(h, " in ");
    text(h, ir->boundaries[x->boundary].label);
  } else
    put(h, " outside every boundary");
  tmc_buf_printf(h->b, " (trust %d)", tmc_ir_element_trust(ir, e));
  if (x->facts.is_entry)
    put(h, " \xC2\xB7 entry point");
  if (x->facts.is_asset)
    put(h, " \xC2\xB7 asset");
  platform_note(h, x->context, &x->loc);
  put(h, "</p>\n");
  findings(h, h->v->el_start, h->v->el_find, e);
  author_threats(h, &x->props, h->v->el_start, h->v->el_find, e);
  put(h, "</section>\n");
}

static void flow_section(html *h, uint32_t i) {
  const tmc_flow *f = &h->ir->flows[i];
  put(h, "<section class=\"target flow\" id=\"");
  text(h, h->v->fl_anchor[i]);
  put(h, "\">\n<h2>");
  text(h, h->v->fl_head[i]);
  put(h, "</h2>\n<p class=\"meta\">Data flow");
  if (f->protocol) {
    put(h, " over ");
    text(h, f->protocol);
  }
  if (f->facts.crosses)
    tmc_buf_printf(h->b, " \xC2\xB7 crosses a trust boundary (trust %d to %d)",
                   f->facts.src_trust, f->facts.dst_trust);
  platform_note(h, f->context, &f->loc);
  put(h, "</p>\n");
  findings(h, h->v->fl_start, h->v->fl_find, i);
  author_threats(h, &f->props, h->v->fl_start, h->v->fl_find, i);
  put(h, "</section>\n");
}

static void path_section(html *h, uint32_t pi) {
  const tmc_ir *ir = h->ir;
  const tmc_path *p = &ir->paths[pi];
  put(h, "<section class=\"target path\" id=\"");
  text(h, h->v->path_anchor[pi]);
  put(h, "\">\n<h2>");
  text(h, h->v->path_head[pi]);
  tmc_buf_printf(h->b, "</h2>\n<p class=\"meta\">Attack path, %s, score %d",
                 sev_name(p->severity), p->score);
  if (p->chain || p->goal) {
    tmc_buf g = TMC_BUF_INIT;
    tmc_report_path_goal(&g, p);
    put(h, ": ");
    text(h, g.len ? g.data : "");
    tmc_buf_free(&g);
  }
  put(h,
      "</p>\n<p class=\"steps\"><button type=\"button\" data-step=\"-1\">Previous "
      "hop</button> <button type=\"button\" data-step=\"1\">Next hop</button> "
      "<span class=\"stepno\" aria-live=\"polite\"></span></p>\n<ol class=\"hops\">\n");
  for (uint32_t k = 0; k < p->n_hops; k++) {
    const tmc_hop *hop = &p->hops[k];
    if (hop->element >= ir->n_elements)
      continue;
    put(h, "<li tabindex=\"0\" data-el=\"");
    text(h, h->v->el_anchor[hop->element]);
    put(h, "\"");
    if (hop->flow < ir->n_flows) {
      put(h, " data-fl=\"");
      text(h, h->v->fl_anchor[hop->flow]);
      put(h, "\"");
    }
    put(h, ">");
    text(h, h->v->el_head[hop->element]);
    if (hop->weakness && *hop->weakness) {
      put(h, " \xE2\x80\x94 ");
      text(h, hop->weakness);
    }
    if (hop->technique && *hop->technique) {
      put(h, " [");
      if (hop->tactic) {
        text(h, hop->tactic);
        put(h, ": ");
      }
      const char *u = tmc_report_ref_url(h->cat, hop->technique, h->a);
      if (u) {
        put(h, "<a href=\"");
        text(h, u);
        put(h, "\" rel=\"noopener noreferrer\">");
      }
      text(h, hop->technique);
      if (hop->technique_name) {
        put(h, " ");
        text(h, hop->technique_name);
      }
      if (u)
        put(h, "</a>");
      for (uint32_t j = 0;
           j < TMC_HOP_ALSO && hop->also[j].technique && *hop->also[j].technique;
           j++) { /* further techniques at the same hop */
        const tmc_hop_also *x = &hop->also[j];
        put(h, j + 1 < TMC_HOP_ALSO && hop->also[j + 1].technique ? ", " : ", and ");
        if (x->tactic) {
          text(h, x->tactic);
          put(h, ": ");
        }
        text(h, x->technique);
        if (x->name) {
          put(h, " ");
          text(h, x->name);
        }
      }
      if (hop->control) {
        put(h, "; broken by <code>");
        text(h, hop->control);
        put(h, "</code>");
      }
      put(h, "]");
    }
    put(h, "</li>\n");
  }
  put(h, "</ol>\n");
  findings(h, h->v->pa_start, h->v->pa_find, pi);
  put(h, "</section>\n");
}

/* A zone: its trust and every element inside it (nested zones included),
 * each linked to its section with its open findings counted. */
static void zone_section(html *h, uint32_t z) {
  const tmc_ir *ir = h->ir;
  const tmc_report_view *v = h->v;
  const tmc_boundary *bd = &ir->boundaries[z];
  put(h, "<section class=\"target zone\" id=\"");
  text(h, v->bd_anchor[z]);
  put(h, "\">\n<h2>");
  text(h, bd->label && *bd->label ? bd->label : bd->id);
  tmc_buf_printf(h->b, "</h2>\n<p class=\"meta\">%s, trust %d",
                 bd->grouping ? "Grouping" : "Trust zone", bd->trust);
  if (bd->trust_reason && *bd->trust_reason) {
    put(h, " (");
    text(h, bd->trust_reason);
    put(h, ")");
  }
  put(h, "</p>\n<ul class=\"members\">\n");
  uint32_t listed = 0, more = 0;
  for (uint32_t j = 0; j < ir->n_elements; j++) {
    uint32_t e = v->el_order[j], b = ir->elements[e].boundary;
    for (uint32_t d = 0; b != TMC_NONE && b < ir->n_boundaries && b != z && d < 64; d++)
      b = ir->boundaries[b].parent;
    if (b != z)
      continue;
    if (listed >= TMC_REPORT_CONDENSED_SECTIONS || !v->el_shown[e]) {
      more++;
      continue;
    }
    const tmc_report_tally *y = &v->el_tally[e];
    put(h, "<li>");
    link_to(h, v->el_anchor[e], v->el_head[e]);
    tmc_buf_printf(h->b, ": %u open finding%s", y->open, y->open == 1 ? "" : "s");
    if (y->open)
      tmc_buf_printf(h->b, " (worst %s)", sev_name(y->worst));
    put(h, "</li>\n");
    listed++;
  }
  if (!listed && !more)
    put(h, "<li class=\"none\">No element inside.</li>\n");
  put(h, "</ul>\n");
  if (more)
    tmc_buf_printf(h->b, "<p>and %u more elements without a section here</p>\n", more);
  put(h, "</section>\n");
}

/* The filters: every severity, STRIDE letter and status; the ATLAS tactics
 * the findings cite, in the ATLAS matrix order. */
static void filters(html *h) {
  static const char *const sevs[] = {"critical", "high", "medium", "low"};
  static const char *const stats[] = {"open", "mitigated", "accepted"};
  put(h, "<nav class=\"filters\" aria-label=\"Filter the findings\">\n"
         "<fieldset><legend>Severity</legend>");
  for (size_t i = 0; i < 4; i++)
    tmc_buf_printf(h->b,
                   "<label><input type=\"checkbox\" data-f=\"sev\" value=\"%s\" "
                   "checked> %s</label>",
                   sevs[i], sevs[i]);
  put(h, "</fieldset>\n<fieldset><legend>STRIDE</legend>");
  for (unsigned bit = 0; bit < 6; bit++)
    tmc_buf_printf(h->b,
                   "<label title=\"%s\"><input type=\"checkbox\" data-f=\"stride\" "
                   "value=\"%c\" checked> %c</label>",
                   tmc_stride_name(1u << bit), "STRIDE"[bit], "STRIDE"[bit]);
  put(h, "</fieldset>\n<fieldset><legend>Status</legend>");
  for (size_t i = 0; i < 3; i++)
    tmc_buf_printf(h->b,
                   "<label><input type=\"checkbox\" data-f=\"status\" value=\"%s\" "
                   "checked> %s</label>",
                   stats[i], stats[i]);
  put(h, "</fieldset>\n<fieldset><legend><label for=\"f-tactic\">ATLAS "
         "tactic</label></legend><select id=\"f-tactic\" data-f=\"tactic\">"
         "<option value=\"\">any</option>");
  /* Which tactics some finding serves. */
  uint32_t nt = h->cat ? tmc_catalog_n_tactics(h->cat) : 0;
  bool *used = tmc_xcalloc(nt + 1, sizeof *used);
  for (uint32_t i = 0; i < h->ir->n_findings && nt; i++) {
    const tmc_finding *f = &h->ir->findings[i];
    for (uint32_t k = 0; k < f->atlas.n; k++) {
      const tmc_technique *t = tmc_catalog_technique(h->cat, f->atlas.v[k]);
      for (uint32_t j = 0; t && j < t->tactics.n; j++)
        for (uint32_t q = 0; q < nt; q++)
          if (strcmp(tmc_catalog_tactic_at(h->cat, q)->id, t->tactics.v[j]) == 0)
            used[q] = true;
    }
  }
  for (uint32_t q = 0; q < nt; q++) {
    if (!used[q])
      continue;
    const tmc_tactic *t = tmc_catalog_tactic_at(h->cat, q);
    put(h, "<option value=\"");
    text(h, t->id);
    put(h, "\">");
    text(h, t->name ? t->name : t->id);
    put(h, "</option>");
  }
  free(used);
  put(h, "</select></fieldset>\n<button type=\"button\" id=\"show-all\">Show every "
         "section</button>\n</nav>\n");
}

static void assumptions(html *h) {
  static const char *const confirm[TMC_ASSUME_COUNT] = {
      "<code>type=</code>",
      "<code>role=</code>",
      "a label on the shape",
      "<code>trust=</code> on the zone",
      "<code>entry=true</code> / <code>entry=false</code>",
      "<code>asset=true</code> / <code>asset=false</code>",
      "<code>sensitivity=</code> or <code>data=</code>",
      "<code>impact=</code>",
      "<code>owner=</code>"};
  const tmc_report_view *v = h->v;
  put(h, "<section class=\"below\" id=\"assumptions-to-confirm\">\n<h2>Assumptions to "
         "confirm</h2>\n");
  if (!v->n_assumptions) {
    put(h, "<p>Nothing was inferred: every kind, name, entry point, asset and "
           "sensitivity is written in the diagram.</p>\n</section>\n");
    return;
  }
  put(h, "<p>What tmc read from the drawing because the diagram does not say it. "
         "Confirm or change each by writing the attribute in the last column: a "
         "written value always wins.</p>\n<table>\n<tr><th>Assumed</th><th>Value</th>"
         "<th>Elements</th><th>Because</th><th>Confirm or change with</th></tr>\n");
  uint32_t rows = v->n_assumptions;
  if (v->condensed && rows > TMC_REPORT_CONDENSED_SECTIONS * 2)
    rows = TMC_REPORT_CONDENSED_SECTIONS * 2;
  for (uint32_t i = 0; i < rows; i++) {
    const tmc_report_assumption *g = &v->assumptions[i];
    tmc_buf_printf(h->b, "<tr><td>%s</td><td>", tmc_assume_title[g->what]);
    text(h, g->value);
    put(h, "</td><td>");
    uint32_t max = g->n > CONDENSED_NAMES && v->condensed ? CONDENSED_NAMES : g->n;
    for (uint32_t k = 0; k < max; k++) {
      uint32_t x = g->items[k];
      if (k)
        put(h, ", ");
      if (g->what == TMC_ASSUME_ZONE) {
        const tmc_boundary *bd = &h->ir->boundaries[x];
        text(h, bd->label && *bd->label ? bd->label : bd->id);
      } else if (v->el_shown[x])
        link_to(h, v->el_anchor[x], v->el_head[x]);
      else
        text(h, v->el_head[x]);
    }
    if (max < g->n)
      tmc_buf_printf(h->b, ", \xE2\x80\xA6 and %u more", g->n - max);
    put(h, "</td><td>");
    text(h, g->because);
    tmc_buf_printf(h->b, "</td><td>%s</td></tr>\n", confirm[g->what]);
  }
  put(h, "</table>\n");
  if (rows < v->n_assumptions)
    tmc_buf_printf(h->b,
                   "<p>\xE2\x80\xA6 and %u more assumptions: the JSON report lists "
                   "every inferred value.</p>\n",
                   v->n_assumptions - rows);
  put(h, "</section>\n");
}

static void plan(html *h) {
  const tmc_report_view *v = h->v;
  const tmc_ir *ir = h->ir;
  put(h, "<section class=\"below\" id=\"mitigation-plan\">\n<h2>Mitigation plan</h2>\n");
  if (!v->n_plan) {
    put(h, "<p>No open finding names a control to add.</p>\n");
  } else {
    put(h, "<p>One control per item, the one that removes the most risk first.</p>\n"
           "<ol>\n");
  }
  for (uint32_t i = 0; i < v->n_plan; i++) {
    const tmc_plan_item *it = &v->plan[i];
    const tmc_control *c = h->cat ? tmc_catalog_control_id(h->cat, it->control) : NULL;
    put(h, "<li><strong>");
    text(h, c && c->title ? c->title : it->control);
    put(h, "</strong> (<code>");
    text(h, it->control);
    tmc_buf_printf(h->b, "</code>): closes %u open finding%s (risk %d)", it->n_findings,
                   it->n_findings == 1 ? "" : "s", it->risk);
    if (it->n_paths) {
      put(h, "; hardens ");
      uint32_t maxp = it->n_paths > CONDENSED_PLAN ? CONDENSED_PLAN : it->n_paths;
      for (uint32_t q = 0; q < maxp; q++) {
        uint32_t p = it->paths[q];
        if (q)
          put(h, ", ");
        if (p < ir->n_paths)
          link_to(h, v->path_anchor[p],
                  tmc_arena_printf(h->a, "path %u", tmc_report_path_number(v, p)));
      }
      if (maxp < it->n_paths)
        tmc_buf_printf(h->b, " and %u more", it->n_paths - maxp);
    }
    put(h, "\n<details><summary>What it closes</summary><ul>\n");
    uint32_t maxf =
        v->condensed && it->n_findings > CONDENSED_PLAN ? CONDENSED_PLAN : it->n_findings;
    for (uint32_t q = 0; q < maxf; q++) {
      const tmc_finding *f = &ir->findings[it->findings[q]];
      tmc_buf_printf(h->b, "<li><span class=\"tag %s\">%s</span> ", sev_name(f->severity),
                     sev_name(f->severity));
      text(h, f->title);
      put(h, " on ");
      const char *an = NULL, *hd = "?";
      bool shown = true;
      switch (f->target_kind) {
      case TMC_TARGET_ELEMENT:
        if (f->target < ir->n_elements)
          an = v->el_anchor[f->target], hd = v->el_head[f->target],
          shown = v->el_shown[f->target];
        break;
      case TMC_TARGET_FLOW:
        if (f->target < ir->n_flows)
          an = v->fl_anchor[f->target], hd = v->fl_head[f->target],
          shown = v->fl_shown[f->target];
        break;
      case TMC_TARGET_PATH:
        if (f->target < ir->n_paths)
          an = v->path_anchor[f->target], hd = v->path_head[f->target];
        break;
      }
      if (an && shown)
        link_to(h, an, hd);
      else
        text(h, hd);
      put(h, "</li>\n");
    }
    if (maxf < it->n_findings)
      tmc_buf_printf(h->b, "<li>\xE2\x80\xA6 and %u more</li>\n", it->n_findings - maxf);
    put(h, "</ul></details></li>\n");
  }
  if (v->n_plan)
    put(h, "</ol>\n");
  if (v->plan_unnamed)
    tmc_buf_printf(h->b, "<p>%u open finding%s name%s no control.</p>\n", v->plan_unnamed,
                   v->plan_unnamed == 1 ? "" : "s", v->plan_unnamed == 1 ? "s" : "");
  put(h, "</section>\n");
}

/* An element by name, linked to its section when it has one. */
static void el_link(html *h, uint32_t e) {
  if (e >= h->ir->n_elements)
    return;
  if (h->v->el_shown[e])
    link_to(h, h->v->el_anchor[e], h->v->el_head[e]);
  else
    text(h, h->v->el_head[e]);
}

/* The rules of the findings a test settles, each once, in risk order. */
static void settles(html *h, const tmc_vitem *it) {
  for (uint32_t k = 0; k < it->n_findings; k++) {
    const char *rule = h->ir->findings[it->findings[k]].rule_id;
    bool again = false;
    for (uint32_t j = 0; j < k && !again; j++)
      again = strcmp(h->ir->findings[it->findings[j]].rule_id, rule) == 0;
    if (again)
      continue;
    if (k)
      put(h, ", ");
    put(h, "<span class=\"rule\">");
    text(h, rule);
    put(h, "</span>");
  }
}

/* The validation plan (validate pass, issue #20): the red-team tests as a
 * table like the Markdown report's, then the manual reviews. The garak
 * commands and PyRIT stubs are the Markdown report's and the plan file's. */
static void validation(html *h) {
  const tmc_ir *ir = h->ir;
  put(h, "<section class=\"below\" id=\"validate-these-findings\">\n"
         "<h2>Validate these findings</h2>\n");
  uint32_t tests = 0, manual = 0, settled = 0;
  for (uint32_t i = 0; i < ir->n_vplan; i++) {
    const tmc_validation *how = ir->vplan[i].how;
    manual += how->mode == TMC_VMODE_MANUAL;
    tests += how->mode != TMC_VMODE_MANUAL;
    settled += ir->vplan[i].n_findings;
  }
  if (!ir->n_vplan) {
    put(h, "<p>No open AI finding to validate.</p>\n</section>\n");
    return;
  }
  tmc_buf_printf(h->b,
                 "<p>%u red-team test%s and %u manual review%s settle the %u open AI "
                 "finding%s. tmc plans; people run the tools. The Markdown report "
                 "adds a garak command per endpoint and PyRIT stubs; "
                 "<code>-o NAME.plan.json</code> writes the plan for a CI job.</p>\n",
                 tests, tests == 1 ? "" : "s", manual, manual == 1 ? "" : "s", settled,
                 settled == 1 ? "" : "s");
  uint32_t max = h->v->condensed && tests > CONDENSED_PATHS ? CONDENSED_PATHS : tests;
  if (tests) {
    put(h, "<table>\n<tr><th>#</th><th>Test</th><th>Tool</th><th>Probe or attack</th>"
           "<th>Point it at</th><th>Success means</th><th>Settles</th></tr>\n");
    uint32_t row = 0;
    for (uint32_t i = 0; i < ir->n_vplan && row < max; i++) {
      const tmc_vitem *it = &ir->vplan[i];
      const tmc_validation *how = it->how;
      if (how->mode == TMC_VMODE_MANUAL)
        continue;
      tmc_buf_printf(h->b, "<tr id=\"val-%u\"><td>%u</td><td>", row + 1, row + 1);
      row++;
      text(h, how->title);
      put(h, " (<code>");
      text(h, it->id);
      put(h, "</code>)</td><td>");
      text(h, how->tool->id);
      if (how->tool->version) {
        put(h, " ");
        text(h, how->tool->version);
      }
      put(h, "</td><td>");
      for (uint32_t a = 0; a < how->attack.n; a++) {
        if (a)
          put(h, ", ");
        put(h, "<code>");
        if (how->module) {
          text(h, how->module);
          put(h, ".");
        }
        text(h, how->attack.v[a]);
        put(h, "</code>");
      }
      put(h, "</td><td>");
      el_link(h, it->target);
      if (it->endpoint != TMC_NONE && it->endpoint != it->target) {
        put(h, " through ");
        el_link(h, it->endpoint);
      }
      if (it->entry != TMC_NONE && it->entry != it->target) {
        put(h, ", as ");
        el_link(h, it->entry);
      }
      if (how->mode == TMC_VMODE_SANDBOX)
        put(h, " (in a sandbox copy)");
      put(h, "</td><td>");
      if (how->detector) {
        text(h, how->detector);
        put(h, ": ");
      }
      text(h, how->success);
      put(h, "</td><td>");
      settles(h, it);
      put(h, "</td></tr>\n");
    }
    put(h, "</table>\n");
    if (max < tests)
      tmc_buf_printf(h->b, "<p>\xE2\x80\xA6 and %u more tests in the plan file.</p>\n",
                     tests - max);
  }
  if (manual) {
    put(h, "<h3>Manual review</h3>\n<p>No tool here tests these; a person reviews "
           "them.</p>\n<ul>\n");
    uint32_t shown = 0;
    for (uint32_t i = 0; i < ir->n_vplan; i++) {
      const tmc_vitem *it = &ir->vplan[i];
      const tmc_validation *how = it->how;
      if (how->mode != TMC_VMODE_MANUAL)
        continue;
      if (h->v->condensed && shown == CONDENSED_PATHS) {
        tmc_buf_printf(h->b, "<li>\xE2\x80\xA6 and %u more in the plan file</li>\n",
                       manual - shown);
        break;
      }
      shown++;
      put(h, "<li><strong>");
      text(h, how->title);
      put(h, "</strong> on ");
      el_link(h, it->target);
      put(h, " (");
      settles(h, it);
      put(h, "): ");
      text(h, how->success);
      put(h, "</li>\n");
    }
    put(h, "</ul>\n");
  }
  put(h, "</section>\n");
}

int tmc_backend_html(tmc_buf *out, const tmc_ir *ir, const tmc_report_ctx *ctx,
                     tmc_diags *d) {
  const tmc_scene *s = NULL;
  tmc_scene *own_scene = NULL;
  if (tmc_scene_get(&s, &own_scene, ir, ctx, d) < 0)
    return -1;
  tmc_report_view *own_view = NULL;
  const tmc_report_view *v = tmc_report_view_get(ir, ctx, &own_view);
  html hh = {out, ir, ctx ? ctx->catalog : NULL, v, tmc_arena_new()}, *h = &hh;

  put(h, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
         "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
         "style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">\n"
         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
         "<meta name=\"generator\" content=\"tmc " TMC_VERSION "\">\n<title>");
  text(h, s->title);
  put(h, "</title>\n<style>\n");
  put(h, style);
  put(h, "</style>\n</head>\n<body>\n<header>\n<h1>");
  text(h, s->title);
  uint32_t counts[TMC_SEV_CRITICAL + 1] = {0};
  for (uint32_t i = 0; i < ir->n_findings; i++)
    if (ir->findings[i].status == TMC_STATUS_OPEN)
      counts[ir->findings[i].severity]++;
  tmc_buf_printf(h->b,
                 "</h1>\n<p>Open findings: %u critical, %u high, %u medium, %u low "
                 "\xC2\xB7 %u attack path%s \xC2\xB7 %u element%s, %u flow%s</p>\n",
                 counts[TMC_SEV_CRITICAL], counts[TMC_SEV_HIGH], counts[TMC_SEV_MEDIUM],
                 counts[TMC_SEV_LOW] + counts[TMC_SEV_NONE], ir->n_paths,
                 ir->n_paths == 1 ? "" : "s", ir->n_elements,
                 ir->n_elements == 1 ? "" : "s", ir->n_flows,
                 ir->n_flows == 1 ? "" : "s");
  if (v->condensed)
    tmc_buf_printf(h->b,
                   "<p>A big diagram: this page has sections for the %u elements and %u "
                   "flows of the highest-risk open findings (as the Markdown report); "
                   "the JSON and SARIF reports list every finding.</p>\n",
                   v->n_el_shown, v->n_fl_shown);
  author_summary(h);
  put(h, "</header>\n");
  filters(h);
  put(h, "<main>\n<div class=\"pic\">\n");
  tmc_svg_opts o = {true, "g-", "", true};
  tmc_svg_write(out, s, &o);
  put(h,
      "</div>\n<div class=\"side\" id=\"side\">\n<p id=\"hint\">Click an element, "
      "flow, zone or attack path in the picture, or Tab to it and press Enter, to list "
      "its findings.</p>\n");
  /* Paths first (the most important story), then elements and flows in the
   * report model's order. */
  uint32_t np = ir->n_paths;
  if (v->condensed && np > CONDENSED_PATHS)
    np = CONDENSED_PATHS;
  for (uint32_t j = 0; j < np; j++)
    path_section(h, v->path_order[j]);
  for (uint32_t j = 0; j < ir->n_elements; j++)
    if (v->el_shown[v->el_order[j]])
      element_section(h, v->el_order[j]);
  for (uint32_t j = 0; j < ir->n_flows; j++)
    if (v->fl_shown[v->fl_order[j]])
      flow_section(h, v->fl_order[j]);
  for (uint32_t j = 0; j < ir->n_boundaries && j < TMC_REPORT_CONDENSED_SECTIONS; j++)
    zone_section(h, v->bd_order[j]);
  put(h, "</div>\n</main>\n");
  assumptions(h);
  plan(h);
  validation(h);
  put(h, "<footer class=\"below\"><p>Generated by tmc " TMC_VERSION
         ". Everything is in this file: it loads nothing.</p></footer>\n<script>\n");
  put(h, script);
  put(h, "</script>\n</body>\n</html>\n");

  tmc_arena_free(h->a);
  tmc_report_view_free(own_view);
  tmc_scene_free(own_scene);
  if (out->overflow) {
    tmc_error(d, (tmc_loc){ir->file, 0, 0}, "the HTML report exceeds its size limit");
    return -1;
  }
  return 0;
}
