/* drawio_pieces.h - the draw.io text the rule-family tests (test_rules20,
 * test_rules21) build their diagrams from, for CHECK_DRAWIO (want_helpers.h):
 * one page of boxes 120 x 60 at a position, zones and arrows. */
#ifndef TMC_TEST_DRAWIO_PIECES_H
#define TMC_TEST_DRAWIO_PIECES_H

/* draw.io pieces: a page, a box (id, caption, style), a box inside a zone,
 * a zone, an arrow. */
#define PAGE(cells)                                                                      \
  "<mxfile><diagram id=\"p\" name=\"Page-1\"><mxGraphModel><root>"                       \
  "<mxCell id=\"0\"/><mxCell id=\"1\" parent=\"0\"/>" cells                              \
  "</root></mxGraphModel></diagram></mxfile>"
#define BOX(id, label, style, x, y)                                                      \
  "<mxCell id=\"" id "\" value=\"" label "\" style=\"" style "\" vertex=\"1\""           \
  " parent=\"1\"><mxGeometry x=\"" #x "\" y=\"" #y "\" width=\"120\" height=\"60\""      \
  " as=\"geometry\"/></mxCell>"
#define INBOX(id, zone, label, style, x, y)                                              \
  "<mxCell id=\"" id "\" value=\"" label "\" style=\"" style "\" vertex=\"1\""           \
  " parent=\"" zone "\"><mxGeometry x=\"" #x "\" y=\"" #y "\" width=\"120\""             \
  " height=\"60\" as=\"geometry\"/></mxCell>"
#define ZONE(id, label, x, y, w, h)                                                      \
  "<mxCell id=\"" id "\" value=\"" label "\" style=\"rounded=0;whiteSpace=wrap;html=1;"  \
  "dashed=1;fillColor=none;verticalAlign=top;container=1;\" vertex=\"1\" parent=\"1\">"  \
  "<mxGeometry x=\"" #x "\" y=\"" #y "\" width=\"" #w "\" height=\"" #h                  \
  "\" as=\"geometry\"/></mxCell>"
#define ARROW(id, label, s, t)                                                           \
  "<mxCell id=\"" id "\" value=\"" label "\" edge=\"1\" source=\"" s "\" target=\"" t    \
  "\" parent=\"1\"><mxGeometry relative=\"1\" as=\"geometry\"/></mxCell>"
#define PERSON "shape=umlActor;"
#define CODE "rounded=1;"
#define STORE "shape=cylinder3;"
#define CLOUD "ellipse;shape=cloud;" /* an outside service, as draw.io draws one */

#endif
