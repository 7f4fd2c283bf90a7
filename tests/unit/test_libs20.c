/* test_libs20.c - draw.io libraries people draw architectures in that the
 * shape catalog learnt in fe20 (catalogs/shapes.yaml): ArchiMate 3 and 2.1,
 * whose boxed elements name their type in a second style key (appType=,
 * busType=, techType=) matched with the carrier shape as the Kubernetes
 * icons' prIcon= is; Microsoft Office / 365 icons; Cisco SAFE; Citrix;
 * Veeam; Alibaba Cloud. Each library gets a small drawing as draw.io saves
 * it, with the kinds it means, and a quiet case where the words or the
 * shape must still decide. ArchiMate's structural relations (composition,
 * aggregation, realization, specialization, assignment) are no data flows;
 * its access, serving and flow relations are. Wordings are this file's own. */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "engine_helpers.h"

#define HEAD "<mxGraphModel><root><mxCell id=\"0\"/><mxCell id=\"1\" parent=\"0\"/>"
#define TAIL "</root></mxGraphModel>"
/* A shape at (x, y), 150 x 75 as the ArchiMate palette drops it. */
#define V(id, value, style, x, y)                                                        \
  "<mxCell id=\"" id "\" value=\"" value "\" style=\"" style "\" vertex=\"1\" "          \
  "parent=\"1\"><mxGeometry x=\"" x "\" y=\"" y "\" width=\"150\" height=\"75\" "        \
  "as=\"geometry\"/></mxCell>"
#define E(id, style, s, t)                                                               \
  "<mxCell id=\"" id "\" value=\"\" style=\"" style "\" edge=\"1\" parent=\"1\" "        \
  "source=\"" s "\" target=\"" t "\"><mxGeometry relative=\"1\" as=\"geometry\"/>"       \
  "</mxCell>"

#define AM3 "html=1;outlineConnect=0;whiteSpace=wrap;shape=mxgraph.archimate3."

static bool dropped_says(const tmc_ir *ir, const char *what) {
  for (uint32_t i = 0; i < ir->decorations.n; i++)
    if (strstr(ir->decorations.v[i], what))
      return true;
  return false;
}

/* The matcher: appType= is carried with its box as prIcon= is; a value no
 * row has is named as unknown on the library's box, and a key of the same
 * name on a built-in shape is nothing. */
static void test_carried_keys(void **state) {
  (void)state;
  const tmc_lexicon *lx = tmc_lexicon_builtin();
  tmc_stencil st;
  char unknown[128];
  assert_true(
      tmc_lexicon_stencil_of_style(lx, AM3 "application;appType=comp;archiType=square;",
                                   &st, unknown, sizeof unknown));
  assert_string_equal(st.key, "appType");
  assert_int_equal(st.kind, TMC_KIND_PROCESS);
  assert_true(tmc_lexicon_stencil_of_style(
      lx, "html=1;shape=mxgraph.archimate.business;busType=process", &st, NULL, 0));
  assert_string_equal(st.key, "busType");
  assert_true(
      tmc_lexicon_stencil_of_style(lx, AM3 "tech;techType=device;", &st, NULL, 0));
  assert_int_equal(st.tech, TMC_TECH_DEVICE);
  /* the box alone (a work package) decides nothing */
  assert_false(tmc_lexicon_stencil_of_style(lx, AM3 "application;archiType=rounded;", &st,
                                            unknown, sizeof unknown));
  assert_string_equal(unknown, "");
  assert_false(tmc_lexicon_stencil_of_style(lx, AM3 "application;appType=nosuch;", &st,
                                            unknown, sizeof unknown));
  assert_string_equal(unknown, "mxgraph.archimate3.application;appType=nosuch");
  /* quiet: the same key on a rounded rectangle is no icon */
  assert_false(tmc_lexicon_stencil_of_style(lx, "rounded=1;whiteSpace=wrap;appType=comp;",
                                            &st, unknown, sizeof unknown));
  assert_string_equal(unknown, "");
  /* the older carriers still work */
  assert_true(tmc_lexicon_stencil_of_style(
      lx, "shape=mxgraph.kubernetes.icon;prIcon=etcd;", &st, NULL, 0));
  assert_int_equal(st.kind, TMC_KIND_DATA_STORE);
}

/* ArchiMate 3: a business actor is a person, a component code, a data
 * object and an artifact data kept, a device someone's hardware; generic
 * boxes give way to the words ("PostgreSQL 15" on system software is the
 * store). Structural relations are no flows; access and serving are. */
static void test_archimate3(void **state) {
  (void)state;
  static const char shapes[] = HEAD V(
      "act", "Policyholder", AM3 "application;appType=actor;archiType=square;", "0",
      "0") V("cmp", "Claims portal", AM3 "application;appType=comp;archiType=square;",
             "200", "0") V("svc", "Quote calculation",
                           AM3 "application;appType=serv;archiType=rounded", "400", "0")
      V("dob", "Claim records", AM3 "businessObject;overflow=fill;", "200", "200")
          V("art", "claims-api.war", AM3 "application;appType=artifact;archiType=square;",
            "400", "200") V("nod", "Claims app server",
                            AM3 "application;appType=node;archiType=square;", "0", "400")
              V("dev", "Adjuster field tablet", AM3 "tech;techType=device;", "200", "400")
                  V("sys", "PostgreSQL 15",
                    AM3 "application;appType=sysSw;archiType=square;", "400", "400")
                      V("net", "Branch WAN",
                        AM3 "application;appType=netw;archiType=square;", "600", "400")
                          V("rul", "Claims settled in 5 days",
                            AM3 "application;appType=goal;archiType=oct;", "600", "0");
  /* access (dotted, arrow at the data), serving (open arrow), flow */
  static const char edges[] =
      E("a1",
        "edgeStyle=elbowEdgeStyle;html=1;endArrow=open;elbow=vertical;endFill=0;dashed=1;"
        "dashPattern=1 4;",
        "cmp", "dob")
          E("a2",
            "edgeStyle=elbowEdgeStyle;html=1;endArrow=open;elbow=vertical;endFill=1;",
            "svc", "cmp") E("a3",
                            "edgeStyle=elbowEdgeStyle;html=1;endArrow=block;dashed=1;"
                            "elbow=vertical;endFill=1;dashPattern=6 4;",
                            "act", "cmp")
              E("a4",
                "edgeStyle=elbowEdgeStyle;html=1;endArrow=open;elbow=vertical;endFill=1;",
                "dev", "cmp")
                  E("a5",
                    "edgeStyle=elbowEdgeStyle;html=1;endArrow=open;elbow=vertical;"
                    "endFill=0;dashed=1;startArrow=open;startFill=0;dashPattern=1 4;",
                    "cmp", "sys")
      /* composition, aggregation, assignment, realization, specialization */
      E("r1",
        "html=1;endArrow=diamondThin;endFill=1;edgeStyle=elbowEdgeStyle;elbow=vertical;"
        "endSize=10;",
        "sys", "nod") E("r2",
                        "html=1;endArrow=diamondThin;endFill=0;edgeStyle=elbowEdgeStyle;"
                        "elbow=vertical;endSize=10;",
                        "svc",
                        "cmp") E("r3",
                                 "endArrow=block;html=1;endFill=1;startArrow=oval;"
                                 "startFill=1;edgeStyle=elbowEdgeStyle;elbow=vertical;",
                                 "nod",
                                 "art") E("r4",
                                          "edgeStyle=elbowEdgeStyle;html=1;endArrow="
                                          "block;elbow=vertical;endFill=0;dashed=1;",
                                          "art", "cmp")
          E("r5",
            "endArrow=block;html=1;endFill=0;edgeStyle=elbowEdgeStyle;elbow=vertical;",
            "dev", "nod") TAIL;
  char xml[sizeof shapes + sizeof edges];
  snprintf(xml, sizeof xml, "%s%s", shapes, edges);
  tmc_ir *ir = drawio_analysed(xml, NULL);
  assert_int_equal(kind_at(ir, "act"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "cmp"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "svc"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "dob"), TMC_KIND_DATA_STORE);
  assert_int_equal(kind_at(ir, "art"), TMC_KIND_DATA_STORE);
  assert_int_equal(kind_at(ir, "nod"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "dev"), TMC_KIND_EXTERNAL);
  assert_int_equal(ir->elements[elem(ir, "dev")].tech, TMC_TECH_DEVICE);
  assert_int_equal(kind_at(ir, "sys"), TMC_KIND_DATA_STORE);
  assert_true(ir_has_flow(ir, "cmp", "dob"));
  assert_true(ir_has_flow(ir, "svc", "cmp"));
  assert_true(ir_has_flow(ir, "act", "cmp"));
  assert_true(ir_has_flow(ir, "dev", "cmp"));
  assert_true(ir->flows[flow(ir, "cmp", "sys")].bidirectional);
  assert_false(ir_has_flow(ir, "sys", "nod") || ir_has_flow(ir, "nod", "sys"));
  assert_false(ir_has_flow(ir, "nod", "art") || ir_has_flow(ir, "art", "nod"));
  assert_false(ir_has_flow(ir, "art", "cmp") || ir_has_flow(ir, "cmp", "art"));
  assert_false(ir_has_flow(ir, "dev", "nod") || ir_has_flow(ir, "nod", "dev"));
  assert_int_equal(ir->n_flows, 5);
  assert_true(dropped_says(ir, "composition"));
  assert_true(dropped_says(ir, "aggregation"));
  assert_true(dropped_says(ir, "assignment"));
  assert_true(dropped_says(ir, "realization"));
  tmc_ir_free(ir);
}

/* Quiet: arrows that only look like relations stay flows: a DFD's filled
 * and open arrowheads, a hollow triangle or a diamond between plain boxes
 * (the relations are structure only at an ArchiMate or UML shape), a BPMN message flow
 * (hollow dot, dashed), a Veeam dot-to-dot connector, a plain line; an AI name on a
 * generic ArchiMate box is what its words say. */
static void test_relations_quiet(void **state) {
  (void)state;
  static const char xml[] = HEAD V(
      "a", "Web shop", "rounded=1;whiteSpace=wrap;html=1;", "0",
      "0") V("b", "Orders DB", "shape=cylinder3;whiteSpace=wrap;html=1;", "200",
             "0") V("c", "Payment provider", "rounded=0;whiteSpace=wrap;html=1;", "400",
                    "0") V("d", "Backup proxy", "rounded=1;whiteSpace=wrap;html=1;", "0",
                           "200") V("m", "Llama 3 70B (self-hosted LLM)",
                                    AM3 "application;appType=sysSw;archiType=square;",
                                    "200", "200")
      E("f1", "endArrow=block;html=1;endFill=1;", "a", "b") E(
          "f2", "edgeStyle=orthogonalEdgeStyle;html=1;endArrow=open;endFill=0;", "a", "c")
          E("f3",
            "html=1;dashed=1;endArrow=blockThin;endFill=1;startArrow=oval;startFill=0;",
            "c", "a")
              E("f4", "html=1;endArrow=oval;endFill=1;startArrow=oval;startFill=1;", "d",
                "b") E("f5", "html=1;endArrow=none;", "a", "m")
      /* a hollow triangle and a diamond picked for lines between the boxes
       * of a data-flow drawing: a look, not UML */
      E("f6", "html=1;endArrow=block;endFill=0;", "d", "c")
          E("f7", "html=1;endArrow=diamondThin;endFill=1;", "b", "d") TAIL;
  tmc_ir *ir = drawio_analysed(xml, NULL);
  assert_true(ir_has_flow(ir, "a", "b"));
  assert_true(ir_has_flow(ir, "a", "c"));
  assert_true(ir_has_flow(ir, "c", "a"));
  assert_true(ir_has_flow(ir, "d", "b"));
  assert_true(ir_has_flow(ir, "a", "m"));
  assert_true(ir_has_flow(ir, "d", "c"));
  assert_true(ir_has_flow(ir, "b", "d"));
  assert_int_equal(ir->decorations.n, 0);
  assert_int_equal(kind_at(ir, "m"), TMC_KIND_LLM);
  tmc_ir_free(ir);
}

/* ArchiMate 2.1: the same box carries appType=, busType= and techType=;
 * ArchiMate 4's element box appType= as ArchiMate 3's does. */
static void test_archimate2(void **state) {
  (void)state;
  static const char xml[] = HEAD V(
      "p", "Call-centre agent",
      "html=1;whiteSpace=wrap;fillColor=#ffff99;shape=mxgraph.archimate.application;"
      "appType=actor",
      "0", "0") V("q", "Handle complaint",
                  "html=1;whiteSpace=wrap;fillColor=#ffff99;shape=mxgraph.archimate."
                  "business;busType=process",
                  "200", "0") V("r", "Complaint file",
                                "html=1;whiteSpace=wrap;fillColor=#ffff99;shape=mxgraph."
                                "archimate.businessObject;overflow=fill",
                                "400",
                                "0") V("s", "Agent headset PC",
                                       "html=1;whiteSpace=wrap;fillColor=#99ff99;shape="
                                       "mxgraph.archimate.tech;techType=device",
                                       "0", "200")
      E("e1",
        "edgeStyle=elbowEdgeStyle;html=1;endArrow=open;elbow=vertical;endFill=1;dashed=1",
        "q", "r")
          E("e2",
            "edgeStyle=elbowEdgeStyle;html=1;endArrow=open;elbow=vertical;endFill=1", "p",
            "q")
              E("e3",
                "edgeStyle=elbowEdgeStyle;html=1;endArrow=open;elbow=vertical;endFill=1",
                "s", "q") E("e4",
                            "endArrow=none;html=1;endFill=0;startArrow=diamondThin;"
                            "startFill=1;edgeStyle=elbowEdgeStyle;elbow=vertical",
                            "q", "r") TAIL;
  tmc_ir *ir = drawio_analysed(xml, NULL);
  assert_int_equal(kind_at(ir, "p"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "q"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "r"), TMC_KIND_DATA_STORE);
  assert_int_equal(kind_at(ir, "s"), TMC_KIND_EXTERNAL);
  assert_int_equal(ir->n_flows, 3); /* the composition is none */
  tmc_ir_free(ir);

  /* ArchiMate 4: one element box, appType=passive a data object */
  static const char xml4[] =
      HEAD V("c", "Donor",
             "html=1;whiteSpace=wrap;shape=mxgraph.archimate4.element;appType=actor;"
             "archiType=square;archiDomain=business;",
             "0", "0") V("g", "Gift Aid service",
                         "html=1;whiteSpace=wrap;shape=mxgraph.archimate4.element;"
                         "appType=serv;archiType=rounded;archiDomain=application;",
                         "200", "0")
          V("h", "Declarations",
            "html=1;whiteSpace=wrap;shape=mxgraph.archimate4.element;appType=passive;"
            "archiType=square;archiDomain=application;",
            "400", "0")
              E("e1",
                "edgeStyle=elbowEdgeStyle;html=1;endArrow=open;elbow=vertical;endFill=1;",
                "c", "g") E("e2",
                            "edgeStyle=elbowEdgeStyle;html=1;endArrow=open;elbow="
                            "vertical;endFill=0;dashed=1;dashPattern=1 4;",
                            "g", "h")
                  E("e3",
                    "html=1;startArrow=diamondThin;startFill=0;edgeStyle=elbowEdgeStyle;"
                    "elbow=vertical;startSize=10;endArrow=none;endFill=0;",
                    "g", "h") TAIL;
  ir = drawio_analysed(xml4, NULL);
  assert_int_equal(kind_at(ir, "c"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "g"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "h"), TMC_KIND_DATA_STORE);
  assert_int_equal(ir->n_flows, 2);
  tmc_ir_free(ir);
}

#define OFF                                                                              \
  "shadow=0;dashed=0;html=1;strokeColor=none;fillColor=#505050;labelPosition=center;"    \
  "verticalLabelPosition=bottom;verticalAlign=top;shape=mxgraph.office."

/* Office / 365: people, servers, databases, a site; the Azure cloud icon
 * says where a thing is hosted: an LLM deployment drawn with it is the
 * LLM, a tenant with no kind word Microsoft's service. */
static void test_office(void **state) {
  (void)state;
  static const char xml[] = HEAD V("u", "Underwriters", OFF "users.users;", "0", "0")
      V("w", "Broker web app", OFF "servers.web_server;", "200",
        "0") V("d", "Submissions", OFF "databases.database;", "400", "0")
          V("m", "Claude Sonnet deployment (Bedrock)", OFF "clouds.azure;", "200",
            "200") V("t", "Contoso Entra tenant", OFF "clouds.azure;", "400", "200")
              V("f", "Rating engine database", OFF "servers.server_generic;", "0", "200")
                  V("k", "Signing keys", OFF "security.credentials;", "0", "400")
                      E("e1", "endArrow=classic;html=1;", "u", "w")
                          E("e2", "endArrow=classic;html=1;", "w", "d")
                              E("e3", "endArrow=classic;html=1;", "w", "m")
                                  E("e4", "endArrow=classic;html=1;", "u", "t")
                                      E("e5", "endArrow=classic;html=1;", "w", "f")
                                          E("e6", "endArrow=classic;html=1;", "k", "w")
                                              TAIL;
  tmc_ir *ir = drawio_analysed(xml, NULL);
  assert_int_equal(kind_at(ir, "u"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "w"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "d"), TMC_KIND_DATA_STORE);
  assert_int_equal(kind_at(ir, "m"), TMC_KIND_LLM);
  assert_int_equal(kind_at(ir, "t"), TMC_KIND_EXTERNAL);
  /* a machine icon gives way to its head noun */
  assert_int_equal(kind_at(ir, "f"), TMC_KIND_DATA_STORE);
  assert_int_equal(kind_at(ir, "k"), TMC_KIND_DATA_STORE);
  assert_int_equal(ir->elements[elem(ir, "k")].tech, TMC_TECH_SECRETS_VAULT);
  tmc_ir_free(ir);
}

#define SAFE                                                                             \
  "verticalLabelPosition=bottom;html=1;verticalAlign=top;align=center;shape=mxgraph."    \
  "cisco_safe."
#define CTX                                                                              \
  "verticalLabelPosition=bottom;aspect=fixed;html=1;verticalAlign=top;strokeColor=none;" \
  "outlineConnect=0;shape=mxgraph.citrix."

/* Cisco SAFE and Citrix: network appliances are processes with their
 * technology, people and their devices the outside, storage data. */
static void test_cisco_safe_and_citrix(void **state) {
  (void)state;
  static const char xml[] =
      HEAD V("cu", "Branch staff", SAFE "capability.user;fillColor=#28A8E0;", "0", "0")
          V("fw", "Edge ASA",
            SAFE "architecture.adaptive_security_appliance;fillColor=#6ABD46;", "200",
            "0") V("sv", "Intranet", SAFE "architecture.server;fillColor=#6ABD46;", "400",
                   "0") V("st", "File archive",
                          SAFE "architecture.storage;fillColor=#6ABD46;", "600", "0")
              V("gw", "Remote access gateway", CTX "netscaler_gateway;", "200", "200")
                  V("th", "Remote employees", CTX "users;", "0", "200")
                      V("db", "Session database", CTX "database_server;", "400", "200")
                          E("e1", "endArrow=classic;html=1;", "cu", "fw")
                              E("e2", "endArrow=classic;html=1;", "fw", "sv")
                                  E("e3", "endArrow=classic;html=1;", "sv", "st")
                                      E("e4", "endArrow=classic;html=1;", "th", "gw")
                                          E("e5", "endArrow=classic;html=1;", "gw", "db")
                                              TAIL;
  tmc_ir *ir = drawio_analysed(xml, NULL);
  assert_int_equal(kind_at(ir, "cu"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "fw"), TMC_KIND_PROCESS);
  assert_int_equal(ir->elements[elem(ir, "fw")].tech, TMC_TECH_FIREWALL);
  assert_int_equal(kind_at(ir, "sv"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "st"), TMC_KIND_DATA_STORE);
  assert_int_equal(kind_at(ir, "gw"), TMC_KIND_PROCESS);
  assert_int_equal(ir->elements[elem(ir, "gw")].tech, TMC_TECH_VPN);
  assert_int_equal(kind_at(ir, "th"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "db"), TMC_KIND_DATA_STORE);
  tmc_ir_free(ir);
}

#define VEEAM                                                                            \
  "sketch=0;pointerEvents=1;shadow=0;dashed=0;html=1;strokeColor=none;fillColor=#"       \
  "005F4B;labelPosition=center;verticalLabelPosition=bottom;verticalAlign=top;align="    \
  "center;outlineConnect=0;shape=mxgraph.veeam2."
#define ALI                                                                              \
  "aspect=fixed;html=1;align=center;shadow=0;dashed=0;fillColor=#FF6A00;strokeColor="    \
  "none;shape=mxgraph.alibaba_cloud."

/* Veeam and Alibaba Cloud: backups and repositories are data kept, hosts
 * and compute run code (a host's head noun still decides), storage and
 * databases are stores, the ML platform's words say which part. */
static void test_veeam_and_alibaba(void **state) {
  (void)state;
  static const char xml[] = HEAD V("bs", "Backup server", VEEAM "server;", "0", "0")
      V("rp", "Hardened repository", VEEAM "vbr_repository;", "200",
        "0") V("hv", "Ledger database (ESXi)", VEEAM "esxi_host;", "400", "0")
          V("ec", "Storefront API", ALI "ecs_elastic_compute_service;", "0",
            "200") V("os", "Product images", ALI "oss_object_storage_service;", "200",
                     "200") V("pd", "Orders", ALI "polardb;", "400", "200")
              V("ml", "Ranking training pipeline", ALI "machine_learning;", "600", "200")
                  V("us", "Shoppers", ALI "user;", "0", "400")
                      E("e1", "endArrow=classic;html=1;", "bs", "rp")
                          E("e2", "endArrow=classic;html=1;", "hv", "bs")
                              E("e3", "endArrow=classic;html=1;", "us", "ec")
                                  E("e4", "endArrow=classic;html=1;", "ec", "os")
                                      E("e5", "endArrow=classic;html=1;", "ec", "pd")
                                          E("e6", "endArrow=classic;html=1;", "ml", "ec")
                                              TAIL;
  tmc_ir *ir = drawio_analysed(xml, NULL);
  assert_int_equal(kind_at(ir, "bs"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "rp"), TMC_KIND_DATA_STORE);
  assert_int_equal(kind_at(ir, "hv"), TMC_KIND_DATA_STORE);
  assert_int_equal(kind_at(ir, "ec"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "os"), TMC_KIND_DATA_STORE);
  assert_int_equal(ir->elements[elem(ir, "os")].tech, TMC_TECH_OBJECT_STORAGE);
  assert_int_equal(kind_at(ir, "pd"), TMC_KIND_DATA_STORE);
  assert_int_equal(kind_at(ir, "ml"), TMC_KIND_PIPELINE);
  assert_int_equal(kind_at(ir, "us"), TMC_KIND_EXTERNAL);
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_carried_keys),
      cmocka_unit_test(test_archimate3),
      cmocka_unit_test(test_relations_quiet),
      cmocka_unit_test(test_archimate2),
      cmocka_unit_test(test_office),
      cmocka_unit_test(test_cisco_safe_and_citrix),
      cmocka_unit_test(test_veeam_and_alibaba),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
