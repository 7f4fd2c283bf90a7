/* test_fe25.c - draw.io families that lost elements on drawn diagrams
 * (blind23, fe25). Each case is drawn in this file's own words (other
 * products, other trades), with a quiet near-miss beside it:
 *   - a shape whose label is an HTML table (a header cell, then key/value
 *     rows) that arrows reach is a component named by its header, the rows
 *     its details; one no arrow reaches stays a note for the reader;
 *   - an unlabelled dashed frame is named by the text cell along its top
 *     edge; a text lower in the frame names nothing;
 *   - a diagram that yields no element warns, in any format. */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "drawio_macros.h"
#include "engine_helpers.h"

static const tmc_element *el(const tmc_ir *ir, const char *id) {
  return &ir->elements[elem(ir, id)];
}

static bool has_element(const tmc_ir *ir, const char *id) {
  for (uint32_t i = 0; i < ir->n_elements; i++)
    if (strcmp(ir->elements[i].id, id) == 0)
      return true;
  return false;
}

static bool warned(const char *what) {
  for (uint32_t i = 0; i < diags.n; i++)
    if (diags.v[i].level == TMC_DIAG_WARNING && strstr(diags.v[i].msg, what))
      return true;
  return false;
}

/* An HTML table label as draw.io writes it in a double-quoted value: a
 * header cell spanning two columns, then key/value rows. */
#define TABLE3(head, k1, v1, k2, v2)                                                     \
  "&lt;table border=&quot;1&quot; style=&quot;width:100%;&quot;&gt;&lt;tr&gt;&lt;th "   \
  "colspan=&quot;2&quot;&gt;" head "&lt;/th&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;" k1      \
  "&lt;/td&gt;&lt;td&gt;" v1 "&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;" k2             \
  "&lt;/td&gt;&lt;td&gt;" v2 "&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;"
#define FILL "verticalAlign=top;align=left;overflow=fill;html=1;whiteSpace=wrap;"
/* A frame with no label of its own, as a dashed swimlane with no header. */
#define FRAME "swimlane;startSize=0;dashed=1;fillColor=none;html=1;container=1;"
#define TITLE "text;html=1;align=left;fontStyle=1;"

static void test_html_table_cards_are_components(void **state) {
  (void)state;
  const char *xml =
      HEAD V("ph", TABLE3("Dispensing pharmacists", "device", "counter terminals", "login",
                          "smart card"),
             FILL, 20, 40, 220, 70)
          V("rx", TABLE3("Prescription service", "runs", "Spring Boot on OpenShift", "owner",
                         "pharmacy IT"),
            FILL, 320, 40, 220, 70)
              V("db", TABLE3("Prescriptions database", "engine", "PostgreSQL 15", "keeps",
                             "10 years"),
                FILL, 620, 40, 220, 70)
      /* quiet: a table of notes nothing points at */
      V("notes", TABLE3("Open questions", "retention", "who decides?", "backups",
                        "off-site copy?"),
        FILL, 320, 300, 220, 70) LINK("f1", "ph", "rx", "dispense request")
          LINK("f2", "rx", "db", "read / update") TAIL;
  tmc_ir *ir = drawio_analysed(xml, "names");
  assert_int_equal(ir->n_elements, 3);
  assert_string_equal(el(ir, "rx")->name_line, "Prescription service");
  assert_non_null(strstr(el(ir, "rx")->detail_lines, "Spring Boot on OpenShift"));
  assert_string_equal(el(ir, "db")->name_line, "Prescriptions database");
  assert_false(has_element(ir, "notes"));
  assert_int_equal(ir->n_flows, 2);
  tmc_ir_free(ir);
  ir = drawio_analysed(xml, NULL);
  assert_int_equal(el(ir, "db")->kind, TMC_KIND_DATA_STORE);
  assert_false(warned("no element read"));
  tmc_ir_free(ir);
}

/* The same card written as draw.io does with a single-quoted value (the
 * HTML's own quotes left bare), inside a frame named by its title cell. */
static void test_single_quoted_table_in_titled_frame(void **state) {
  (void)state;
  const char *xml =
      HEAD
      "<mxCell id=\"z\" value=\"\" style=\"" FRAME "\" vertex=\"1\" parent=\"1\">"
      "<mxGeometry x=\"300\" y=\"20\" width=\"400\" height=\"300\" as=\"geometry\"/></mxCell>"
      "<mxCell id=\"zt\" value=\"Courier partners\" style=\"" TITLE "\" vertex=\"1\" "
      "parent=\"z\"><mxGeometry x=\"10\" y=\"4\" width=\"200\" height=\"20\" "
      "as=\"geometry\"/></mxCell>"
      /* quiet: a note further down the frame is no title */
      "<mxCell id=\"zn\" value=\"all parcels tracked\" style=\"" TITLE "\" vertex=\"1\" "
      "parent=\"z\"><mxGeometry x=\"10\" y=\"250\" width=\"200\" height=\"20\" "
      "as=\"geometry\"/></mxCell>"
      "<mxCell id=\"tr\" value='&lt;table&gt;&lt;tr&gt;&lt;th colspan=\"2\"&gt;Tracking "
      "webhook&lt;/th&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;auth&lt;/td&gt;&lt;td&gt;shared "
      "HMAC key&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;' style=\"" FILL "\" vertex=\"1\" "
      "parent=\"z\"><mxGeometry x=\"40\" y=\"80\" width=\"200\" height=\"60\" "
      "as=\"geometry\"/></mxCell>" V("hub", "Dispatch hub API", CARD, 20, 100, 160, 60)
          LINK("f1", "tr", "hub", "status events") TAIL;
  tmc_ir *ir = drawio_analysed(xml, "zones");
  assert_int_equal(ir->n_elements, 2);
  const tmc_element *t = el(ir, "tr");
  assert_string_equal(t->name_line, "Tracking webhook");
  assert_true(t->boundary < ir->n_boundaries);
  assert_string_equal(ir->boundaries[t->boundary].label, "Courier partners");
  assert_false(has_element(ir, "zt"));
  assert_false(has_element(ir, "zn"));
  tmc_ir_free(ir);
}

/* Quiet: a labelled frame keeps its own label; a frame whose only text sits
 * low in it stays unnamed. */
static void test_frame_titles_quiet(void **state) {
  (void)state;
  const char *xml =
      HEAD
      "<mxCell id=\"a\" value=\"Clinic LAN\" style=\"" FRAME "\" vertex=\"1\" parent=\"1\">"
      "<mxGeometry x=\"20\" y=\"20\" width=\"300\" height=\"300\" as=\"geometry\"/></mxCell>"
      "<mxCell id=\"at\" value=\"Wi-Fi for staff\" style=\"" TITLE "\" vertex=\"1\" "
      "parent=\"a\"><mxGeometry x=\"10\" y=\"4\" width=\"200\" height=\"20\" "
      "as=\"geometry\"/></mxCell>"
      "<mxCell id=\"ak\" value=\"Kiosk\" style=\"" CARD "\" vertex=\"1\" parent=\"a\">"
      "<mxGeometry x=\"40\" y=\"80\" width=\"120\" height=\"60\" as=\"geometry\"/></mxCell>"
      "<mxCell id=\"b\" value=\"\" style=\"" FRAME "\" vertex=\"1\" parent=\"1\">"
      "<mxGeometry x=\"400\" y=\"20\" width=\"300\" height=\"300\" as=\"geometry\"/></mxCell>"
      "<mxCell id=\"bt\" value=\"patched monthly\" style=\"" TITLE "\" vertex=\"1\" "
      "parent=\"b\"><mxGeometry x=\"10\" y=\"260\" width=\"200\" height=\"20\" "
      "as=\"geometry\"/></mxCell>"
      "<mxCell id=\"bk\" value=\"Booking server\" style=\"" CARD "\" vertex=\"1\" "
      "parent=\"b\"><mxGeometry x=\"40\" y=\"80\" width=\"120\" height=\"60\" "
      "as=\"geometry\"/></mxCell>" LINK("f1", "ak", "bk", "booking") TAIL;
  tmc_ir *ir = drawio_analysed(xml, "zones");
  assert_string_equal(ir->boundaries[el(ir, "ak")->boundary].label, "Clinic LAN");
  assert_string_equal(ir->boundaries[el(ir, "bk")->boundary].label, "");
  tmc_ir_free(ir);
}

/* A diagram with no element warns, whatever the format; one with an element
 * does not. */
static void test_no_element_warns(void **state) {
  (void)state;
  const char *xml = HEAD V("n", TABLE3("Glossary", "PHI", "health data", "BAA",
                                       "business associate agreement"),
                           FILL, 20, 20, 220, 70) TAIL;
  tmc_ir *ir = drawio_analysed(xml, "names");
  assert_int_equal(ir->n_elements, 0);
  assert_true(warned("no element read"));
  tmc_ir_free(ir);
  ir = analyse_with("digraph { label=\"nothing drawn yet\" }", cat, "names");
  assert_non_null(ir);
  assert_true(warned("no element read"));
  tmc_ir_free(ir);
  /* DOT's own HTML-table label: the header row names the node */
  ir = analyse_with("digraph { w [shape=box, label=<<table><tr><td colspan=\"2\">Label "
                    "printer</td></tr><tr><td>port</td><td>9100</td></tr></table>>]; }",
                    cat, "names");
  assert_non_null(ir);
  assert_false(warned("no element read"));
  assert_string_equal(el(ir, "w")->name_line, "Label printer");
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_html_table_cards_are_components),
      cmocka_unit_test(test_single_quoted_table_in_titled_frame),
      cmocka_unit_test(test_frame_titles_quiet),
      cmocka_unit_test(test_no_element_warns),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
