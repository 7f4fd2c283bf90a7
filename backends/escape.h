/* escape.h - every back end's escaper, in one place: text from a diagram is
 * attacker-controlled and must stay text in JSON, XML/SVG and Markdown. */
#ifndef TMC_ESCAPE_H
#define TMC_ESCAPE_H

#include "ir/util.h"

/* A JSON string literal, quotes included; control characters as \uXXXX;
 * invalid UTF-8 replaced by U+FFFD. NULL writes null. */
void tmc_json_str(tmc_buf *b, const char *s);
/* perf33: how many bytes from s on tmc_json_str copies as they are
 * (printable ASCII other than '"' and '\\'): all of s when it needs no
 * escaping (s[result] is then its NUL). */
size_t tmc_json_plain_len(const char *s);
/* XML character data / attribute value: & < > " ' escaped, characters XML 1.0
 * forbids dropped, invalid UTF-8 replaced. */
void tmc_xml_text(tmc_buf *b, const char *s);
/* Markdown inline text (CommonMark and GitHub-flavoured): renders as exactly
 * these characters wherever inline text may stand (paragraph, heading, list
 * item, table cell, link text), never as a link, autolink (URL, www., e-mail,
 * @mention), image, emphasis, strikethrough, code, math, heading, list
 * marker, table cell break, raw HTML or entity. `< > &` become entities, the
 * other Markdown punctuation gets a backslash, '@' is followed by U+2060 WORD
 * JOINER (GFM links e-mail addresses even when '@' is escaped). Whitespace
 * runs and control characters collapse to one space and the ends are trimmed
 * (a line break or a trailing space would change the block structure);
 * invalid UTF-8 and bidirectional controls become U+FFFD. NULL writes
 * nothing. */
void tmc_md_text(tmc_buf *b, const char *s);

#endif
