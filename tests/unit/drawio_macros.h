/* drawio_macros.h - string-literal macros that spell a small draw.io page
 * cell by cell (an mxGraphModel, its vertices, children, zones and edges),
 * for the unit tests that draw one. drawio_cells.h adds lookups by cell id;
 * tests that use engine_helpers.h's lookups include this alone. */
#ifndef TMC_TEST_DRAWIO_MACROS_H
#define TMC_TEST_DRAWIO_MACROS_H

#define HEAD "<mxGraphModel><root><mxCell id=\"0\"/><mxCell id=\"1\" parent=\"0\"/>"
#define TAIL "</root></mxGraphModel>"
/* A vertex on the page. */
#define V(id, value, style, x, y, w, h)                                                  \
  "<mxCell id=\"" id "\" value=\"" value "\" style=\"" style                             \
  "\" vertex=\"1\" parent=\"1\"><mxGeometry x=\"" #x "\" y=\"" #y "\" width=\"" #w       \
  "\" height=\"" #h "\" as=\"geometry\"/></mxCell>"
/* A vertex inside another (geometry relative to the parent). */
#define C(id, parent, value, style, x, y, w, h)                                          \
  "<mxCell id=\"" id "\" value=\"" value "\" style=\"" style                             \
  "\" vertex=\"1\" parent=\"" parent "\"><mxGeometry x=\"" #x "\" y=\"" #y               \
  "\" width=\"" #w "\" height=\"" #h "\" as=\"geometry\"/></mxCell>"
/* An edge from cell s to cell t. */
#define E(id, s, t)                                                                      \
  "<mxCell id=\"" id "\" edge=\"1\" parent=\"1\" source=\"" s "\" target=\"" t           \
  "\"><mxGeometry relative=\"1\" as=\"geometry\"/></mxCell>"
/* A draw.io container (a zone) at x, y, w, h. */
#define ZONE(id, value, x, y, w, h)                                                      \
  "<mxCell id=\"" id "\" value=\"" value "\" style=\"rounded=0;whiteSpace=wrap;html=1;"  \
  "dashed=1;fillColor=none;verticalAlign=top;container=1;\" vertex=\"1\" parent=\"1\">"  \
  "<mxGeometry x=\"" #x "\" y=\"" #y "\" width=\"" #w "\" height=\"" #h                  \
  "\" as=\"geometry\"/></mxCell>"
/* Styles of a rounded card and a cylinder. */
#define CARD "rounded=1;whiteSpace=wrap;html=1;"
#define DB "shape=cylinder3;whiteSpace=wrap;html=1;"
/* A labelled edge from cell s to cell t. */
#define LINK(id, s, t, value)                                                            \
  "<mxCell id=\"" id "\" value=\"" value "\" edge=\"1\" parent=\"1\" source=\"" s        \
  "\" target=\"" t "\"><mxGeometry relative=\"1\" as=\"geometry\"/></mxCell>"

/* A UML sequence diagram's lifeline and activation bar, as draw.io's UML
 * palette draws them (test_drawio22, test_fe23). */
#define LIFE                                                                             \
  "shape=umlLifeline;perimeter=lifelinePerimeter;whiteSpace=wrap;html=1;container=1;"    \
  "collapsible=0;recursiveResize=0;outlineConnect=0;"
#define BAR                                                                              \
  "html=1;points=[];perimeter=orthogonalPerimeter;outlineConnect=0;targetShapes="        \
  "umlLifeline;portConstraint=eastwest;"

#endif
