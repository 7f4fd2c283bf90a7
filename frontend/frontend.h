/* frontend.h - turning a diagram's bytes into the IR.
 *
 * Front ends are rows in one table, like the back ends: each row says what
 * its format is (the tmc_format the IR records and the back ends read), how
 * sure it is that some bytes are its format (sniff), and how to parse them.
 * tmc_frontend_parse asks every row and hands the bytes to the most
 * confident; rows without a parser name formats tmc recognises but does not
 * read (JSON, YAML, Mermaid, images), so such input is refused by name
 * instead of reaching a parser that would misread it. Front ends own the
 * foreign libraries: nothing from cgraph or libxml2 survives into the IR.
 *
 * Ownership: on success *out is a new IR the caller frees with tmc_ir_free.
 * On failure (negative return) *out is NULL and the reasons are in d. The
 * table and the formats in it are static. */
#ifndef TMC_FRONTEND_H
#define TMC_FRONTEND_H

#include "ir/ir.h"

typedef struct tmc_frontend_opts {
  size_t max_inflated;   /* cap on the decompressed draw.io pages of one file, bytes */
  uint32_t max_elements; /* cap on elements + flows */
  uint32_t max_label;    /* labels longer than this are cut, with a warning */
  uint32_t max_depth;    /* cap on boundary nesting */
} tmc_frontend_opts;
#define TMC_FRONTEND_OPTS_INIT                                                           \
  { 64u * 1024 * 1024, 1000000, 4096, 64 }

/* How sure a front end is that the input is its format, from the first bytes
 * and the file name as given: 0 (not mine) to 100 (certain). Reads at most
 * len bytes; data need not be NUL-terminated. */
typedef int (*tmc_sniff_fn)(const char *name, const char *data, size_t len);

/* Fills an empty IR and returns 0, or <0 after adding at least one error to d. */
typedef int (*tmc_parse_fn)(tmc_ir *ir, const char *data, size_t len,
                            const tmc_frontend_opts *opts, tmc_diags *d);

typedef struct tmc_frontend {
  tmc_format format;      /* name, title, mime, has_geometry: what the IR records */
  const char *extensions; /* space-separated: ".dot .gv" */
  tmc_sniff_fn sniff;
  tmc_parse_fn parse; /* NULL: recognised but not read, refused by name */
} tmc_frontend;

/* The input formats, readable ones first; terminated by a row with
 * format.name NULL. */
extern const tmc_frontend tmc_frontends[];
const tmc_frontend *tmc_frontend_find(const char *name); /* NULL if none */

/* The row of `rows` (terminated as tmc_frontends) most confident about the
 * input; on a tie the earlier row. NULL when every row says 0. */
const tmc_frontend *tmc_frontend_pick(const tmc_frontend *rows, const char *name,
                                      const char *data, size_t len);
/* tmc_frontend_pick over tmc_frontends. */
const tmc_frontend *tmc_frontend_detect(const char *name, const char *data, size_t len);

/* Detects the format and parses with the chosen row. Blank input, input no
 * row reads (JSON, an image, ...) and text with a NUL byte are errors. */
int tmc_frontend_parse(tmc_ir **out, const char *name, const char *data, size_t len,
                       const tmc_frontend_opts *opts, tmc_diags *d);

/* What every successful parse ends with (tmc_frontend_parse calls it; a
 * caller of one front end directly must too): repairs every string in the IR
 * (tmc_text_repair). Labels cut at max_label were warned about already, by
 * the front ends, one warning per label at its line. */
void tmc_frontend_finish(tmc_ir *ir, const tmc_frontend_opts *opts, tmc_diags *d);

/* The front ends' parsers (tmc_parse_fn), one file each. */
int tmc_dot_parse(tmc_ir *ir, const char *data, size_t len, const tmc_frontend_opts *opts,
                  tmc_diags *d);
int tmc_drawio_parse(tmc_ir *ir, const char *data, size_t len,
                     const tmc_frontend_opts *opts, tmc_diags *d);
/* draw.io's editable exports (drawio_embed.c): the diagram a .drawio.svg
 * carries in its content attribute, a .drawio.png in its mxfile text chunk. */
int tmc_drawio_svg_parse(tmc_ir *ir, const char *data, size_t len,
                         const tmc_frontend_opts *opts, tmc_diags *d);
int tmc_drawio_png_parse(tmc_ir *ir, const char *data, size_t len,
                         const tmc_frontend_opts *opts, tmc_diags *d);

int tmc_mermaid_parse(tmc_ir *ir, const char *data, size_t len,
                      const tmc_frontend_opts *opts, tmc_diags *d);
int tmc_threatdragon_parse(tmc_ir *ir, const char *data, size_t len,
                           const tmc_frontend_opts *opts, tmc_diags *d);
int tmc_otm_parse(tmc_ir *ir, const char *data, size_t len, const tmc_frontend_opts *opts,
                  tmc_diags *d);
int tmc_markdown_parse(tmc_ir *ir, const char *data, size_t len,
                       const tmc_frontend_opts *opts, tmc_diags *d);

/* The sniffers (tmc_sniff_fn), in frontend/sniff.c. */
int tmc_sniff_dot(const char *name, const char *data, size_t len);
int tmc_sniff_drawio(const char *name, const char *data, size_t len);
int tmc_sniff_json(const char *name, const char *data, size_t len);
int tmc_sniff_yaml(const char *name, const char *data, size_t len);
int tmc_sniff_mermaid(const char *name, const char *data, size_t len);
int tmc_sniff_markdown(const char *name, const char *data, size_t len);
int tmc_sniff_threatdragon(const char *name, const char *data, size_t len);
int tmc_sniff_otm(const char *name, const char *data, size_t len);
int tmc_sniff_drawio_svg(const char *name, const char *data, size_t len);
int tmc_sniff_drawio_png(const char *name, const char *data, size_t len);
int tmc_sniff_png(const char *name, const char *data, size_t len);
int tmc_sniff_jpeg(const char *name, const char *data, size_t len);
int tmc_sniff_gif(const char *name, const char *data, size_t len);
int tmc_sniff_pdf(const char *name, const char *data, size_t len);
int tmc_sniff_zip(const char *name, const char *data, size_t len);
int tmc_sniff_gzip(const char *name, const char *data, size_t len);
int tmc_sniff_bzip2(const char *name, const char *data, size_t len);
int tmc_sniff_xz(const char *name, const char *data, size_t len);
int tmc_sniff_zstd(const char *name, const char *data, size_t len);
int tmc_sniff_7z(const char *name, const char *data, size_t len);
int tmc_sniff_webp(const char *name, const char *data, size_t len);
int tmc_sniff_bmp(const char *name, const char *data, size_t len);
int tmc_sniff_tiff(const char *name, const char *data, size_t len);
int tmc_sniff_ole(const char *name, const char *data, size_t len);
int tmc_sniff_sqlite(const char *name, const char *data, size_t len);
int tmc_sniff_elf(const char *name, const char *data, size_t len);
int tmc_sniff_exe(const char *name, const char *data, size_t len);

#endif
