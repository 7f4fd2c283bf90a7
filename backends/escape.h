/* escape.h - every back end's escaper, in one place: text from a diagram is
 * attacker-controlled and must stay text in JSON, XML/SVG and Markdown. */
#ifndef TMC_ESCAPE_H
#define TMC_ESCAPE_H

#include "ir/util.h"

/* A JSON string literal, quotes included; control characters as \uXXXX;
 * invalid UTF-8 replaced by U+FFFD. NULL writes null. */
void tmc_json_str(tmc_buf *b, const char *s);
/* XML character data / attribute value: & < > " ' escaped, characters XML 1.0
 * forbids dropped, invalid UTF-8 replaced. */
void tmc_xml_text(tmc_buf *b, const char *s);

#endif
