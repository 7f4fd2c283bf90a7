/* gen.c - writes a synthetic data-flow diagram of N elements, in DOT or
 * draw.io, for the benchmark: nested trust zones, every element kind, about
 * two flows per element (mostly local, some long-range), sensitive stores and
 * AI chains. Deterministic: the same N and format give the same bytes.
 *
 * `fan` writes, in DOT, the two fan-out stars review13 found quadratic
 * (perf14): N model files loaded by one service that writes N stores, and N
 * services asking one model named by its refit, which also writes a
 * registry. Every hub check there must cost O(edges), not O(N) per edge.
 *
 * usage: tmc-bench-gen dot|drawio|fan N > file */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define GROUP 50 /* elements per zone group */

static uint64_t rng = 0x9E3779B97F4A7C15ULL;
static uint32_t next_rand(void) {
  rng ^= rng << 13;
  rng ^= rng >> 7;
  rng ^= rng << 17;
  return (uint32_t)(rng >> 11);
}

/* The role of element i within its group of GROUP: the first few form an AI
 * chain (outsider docs → ingestion → vector store → orchestrator → LLM →
 * tool → sensitive DB); the rest cycle through every kind. */
typedef struct role {
  const char *label, *type, *shape, *attrs;
  int zone; /* 0 outside, 1 internal, 2 restricted */
} role;

static const role chain[] = {
    {"Partner uploads", "external_entity", "box", "source=third_party", 0},
    {"Document store", "data_store", "cylinder",
     "data=confidential_documents;sensitivity=confidential", 1},
    {"Ingestion pipeline", "pipeline", "ellipse", "", 1},
    {"Vector DB", "vector_store", "cylinder", "data=embeddings", 1},
    {"RAG orchestrator", "process", "ellipse", "", 1},
    {"LLM", "llm", "ellipse", "", 1},
    {"Ticket tool", "agent_tool", "ellipse", "", 1},
    {"Customer DB", "data_store", "cylinder", "data=pii,credentials;sensitivity=secret",
     2},
};
static const role others[] = {
    {"Web client", "external_entity", "box", "", 0},
    {"API service", "process", "ellipse", "", 1},
    {"Orders DB", "data_store", "cylinder", "data=pii;sensitivity=confidential", 2},
    {"Scoring model", "model", "ellipse", "", 1},
    {"Training data", "dataset", "cylinder", "data=training_data", 2},
    {"Training pipeline", "pipeline", "ellipse", "", 2},
    {"Model registry", "model_registry", "cylinder", "data=model_weights", 2},
    {"Feature store", "feature_store", "cylinder", "", 2},
    {"Audit log", "data_store", "cylinder", "data=logs", 2},
    {"Worker", "process", "ellipse", "controls=authentication", 1},
};
#define N_CHAIN (sizeof chain / sizeof *chain)
#define N_OTHERS (sizeof others / sizeof *others)

static const role *role_of(uint32_t i) {
  uint32_t k = i % GROUP;
  return k < N_CHAIN ? &chain[k] : &others[(k - N_CHAIN) % N_OTHERS];
}

/* Writes `key=value;key=value` attributes in the target syntax. */
static void attrs(FILE *out, const char *a, int drawio) {
  char buf[256];
  snprintf(buf, sizeof buf, "%s", a);
  for (char *tok = strtok(buf, ";"); tok; tok = strtok(NULL, ";")) {
    char *eq = strchr(tok, '=');
    if (!eq)
      continue;
    *eq = 0;
    if (drawio)
      fprintf(out, " %s=\"%s\"", tok, eq + 1);
    else
      fprintf(out, ", %s=\"%s\"", tok, eq + 1);
  }
}

typedef struct flow {
  uint32_t s, t;
  const char *proto;
} flow;

static flow *make_flows(uint32_t n, uint32_t *count) {
  flow *v = malloc(sizeof(flow) * (size_t)n * 2 + 16);
  uint32_t c = 0;
  for (uint32_t i = 0; i < n; i++) {
    uint32_t k = i % GROUP;
    if (k + 1 < N_CHAIN && i + 1 < n) /* the AI chain, in order */
      v[c++] = (flow){i, i + 1, k == 0 ? "https" : "http"};
    else if (i + 1 < n) {
      uint32_t t = i + 1 + next_rand() % 8;
      v[c++] = (flow){i, t < n ? t : i + 1, (next_rand() % 3) ? "https" : "http"};
    }
    uint32_t t =
        (next_rand() % 10 == 0) ? next_rand() % n : (i + 1 + next_rand() % GROUP) % n;
    if (t != i)
      v[c++] = (flow){i, t, (next_rand() % 2) ? "grpcs" : "http"};
  }
  *count = c;
  return v;
}

static void gen_dot(FILE *out, uint32_t n) {
  fprintf(out, "digraph bench_%u {\n", n);
  uint32_t groups = (n + GROUP - 1) / GROUP;
  for (uint32_t g = 0; g < groups; g++) {
    uint32_t lo = g * GROUP, hi = lo + GROUP < n ? lo + GROUP : n;
    for (uint32_t i = lo; i < hi; i++)
      if (role_of(i)->zone == 0) {
        const role *r = role_of(i);
        fprintf(out, "  n%u [label=\"%s %u\", shape=%s, type=%s", i, r->label, i,
                r->shape, r->type);
        attrs(out, r->attrs, 0);
        fprintf(out, "];\n");
      }
    fprintf(out, "  subgraph cluster_internal_%u {\n    label=\"Internal zone %u\";\n", g,
            g);
    for (uint32_t i = lo; i < hi; i++)
      if (role_of(i)->zone == 1) {
        const role *r = role_of(i);
        fprintf(out, "    n%u [label=\"%s %u\", shape=%s, type=%s", i, r->label, i,
                r->shape, r->type);
        attrs(out, r->attrs, 0);
        fprintf(out, "];\n");
      }
    fprintf(out,
            "    subgraph cluster_restricted_%u {\n      label=\"Restricted zone %u\";\n",
            g, g);
    for (uint32_t i = lo; i < hi; i++)
      if (role_of(i)->zone == 2) {
        const role *r = role_of(i);
        fprintf(out, "      n%u [label=\"%s %u\", shape=%s, type=%s", i, r->label, i,
                r->shape, r->type);
        attrs(out, r->attrs, 0);
        fprintf(out, "];\n");
      }
    fprintf(out, "    }\n  }\n");
  }
  uint32_t nf;
  flow *f = make_flows(n, &nf);
  for (uint32_t i = 0; i < nf; i++)
    fprintf(out, "  n%u -> n%u [protocol=%s];\n", f[i].s, f[i].t, f[i].proto);
  fprintf(out, "}\n");
  free(f);
}

/* draw.io: per group an "Internal" container holding a "Restricted"
 * container; children's geometry is relative to their container. */
static void gen_drawio(FILE *out, uint32_t n) {
  fprintf(out,
          "<mxfile host=\"tmc-bench\">\n  <diagram id=\"bench\" name=\"Bench %u\">\n"
          "    <mxGraphModel>\n      <root>\n        <mxCell id=\"0\"/>\n"
          "        <mxCell id=\"1\" parent=\"0\"/>\n",
          n);
  uint32_t groups = (n + GROUP - 1) / GROUP;
  const double gw = 1400, gh = 700;
  for (uint32_t g = 0; g < groups; g++) {
    double gx = (g % 10) * (gw + 200), gy = (g / 10) * (gh + 300);
    fprintf(
        out,
        "        <mxCell id=\"z%u\" value=\"Internal zone %u\" style=\"swimlane;dashed=1;"
        "container=1;\" vertex=\"1\" parent=\"1\">\n          <mxGeometry x=\"%g\" "
        "y=\"%g\" width=\"%g\" height=\"%g\" as=\"geometry\"/>\n        </mxCell>\n",
        g, g, gx + 150, gy, gw, gh);
    fprintf(
        out,
        "        <mxCell id=\"r%u\" value=\"Restricted zone %u\" "
        "style=\"swimlane;dashed=1;"
        "container=1;\" vertex=\"1\" parent=\"z%u\">\n          <mxGeometry x=\"700\" "
        "y=\"40\" width=\"680\" height=\"640\" as=\"geometry\"/>\n        </mxCell>\n",
        g, g, g);
    uint32_t lo = g * GROUP, hi = lo + GROUP < n ? lo + GROUP : n;
    for (uint32_t i = lo; i < hi; i++) {
      const role *r = role_of(i);
      uint32_t k = i - lo;
      double x, y;
      char parent[32];
      if (r->zone == 0) {
        x = gx;
        y = gy + 20 + (k % 10) * 60;
        snprintf(parent, sizeof parent, "1");
      } else if (r->zone == 1) {
        x = 20 + (k % 5) * 130;
        y = 40 + (k / 5) * 60;
        snprintf(parent, sizeof parent, "z%u", g);
      } else {
        x = 20 + (k % 5) * 130;
        y = 40 + (k / 5) * 60;
        snprintf(parent, sizeof parent, "r%u", g);
      }
      const char *style = strcmp(r->shape, "cylinder") == 0
                              ? "shape=cylinder3;whiteSpace=wrap;"
                          : strcmp(r->shape, "box") == 0 ? "rounded=0;whiteSpace=wrap;"
                                                         : "ellipse;whiteSpace=wrap;";
      fprintf(out, "        <object id=\"n%u\" label=\"%s %u\" type=\"%s\"", i, r->label,
              i, r->type);
      attrs(out, r->attrs, 1);
      fprintf(out,
              ">\n          <mxCell style=\"%s\" vertex=\"1\" parent=\"%s\">\n"
              "            <mxGeometry x=\"%g\" y=\"%g\" width=\"110\" height=\"50\" "
              "as=\"geometry\"/>\n          </mxCell>\n        </object>\n",
              style, parent, x, y);
    }
  }
  uint32_t nf;
  flow *f = make_flows(n, &nf);
  for (uint32_t i = 0; i < nf; i++)
    fprintf(out,
            "        <object id=\"e%u\" label=\"\" protocol=\"%s\">\n          <mxCell "
            "style=\"endArrow=classic;html=1;\" edge=\"1\" parent=\"1\" source=\"n%u\" "
            "target=\"n%u\">\n            <mxGeometry relative=\"1\" as=\"geometry\"/>\n"
            "          </mxCell>\n        </object>\n",
            i, f[i].proto, f[i].s, f[i].t);
  free(f);
  fprintf(out, "      </root>\n    </mxGraphModel>\n  </diagram>\n</mxfile>\n");
}

/* The fan-out stars (see the top of the file), N leaves each. */
static void gen_fan(FILE *out, uint32_t n) {
  fprintf(out, "digraph fan {\n  hub [label=\"Valuation service\"];\n");
  for (uint32_t i = 0; i < n; i++)
    fprintf(out,
            "  m%u [type=model, label=\"AVM %u model.pkl\"]; m%u -> hub;\n"
            "  s%u [shape=cylinder, label=\"Valuations %u\"]; hub -> s%u;\n",
            i, i, i, i, i, i);
  fprintf(out, "  m [type=model, label=\"Churn model (monthly refit)\"];\n");
  for (uint32_t i = 0; i < n; i++)
    fprintf(out,
            "  a%u [label=\"Service %u\"]; a%u -> m [label=\"score\"];"
            " m -> a%u [label=\"score\"];\n",
            i, i, i, i);
  fprintf(out, "  reg [shape=cylinder, label=\"Model registry\"];"
               " m -> reg [label=\"weights\"];\n}\n");
}

int main(int argc, char **argv) {
  if (argc != 3 ||
      (strcmp(argv[1], "dot") && strcmp(argv[1], "drawio") && strcmp(argv[1], "fan"))) {
    fprintf(stderr, "usage: tmc-bench-gen dot|drawio|fan N\n");
    return 64;
  }
  uint32_t n = (uint32_t)strtoul(argv[2], NULL, 10);
  if (n == 0) {
    fprintf(stderr, "tmc-bench-gen: N must be positive\n");
    return 64;
  }
  if (strcmp(argv[1], "dot") == 0)
    gen_dot(stdout, n);
  else if (strcmp(argv[1], "fan") == 0)
    gen_fan(stdout, n);
  else
    gen_drawio(stdout, n);
  return 0;
}
