/* test_fe26.c - draw.io's image cards (blind25 stridewise, fe26). Drawn in
 * this file's own words (a dog-grooming salon, Lucide and Heroicons icons
 * rather than Tabler's, clip art), each with a quiet near-miss:
 *   - draw.io's built-in `label` card (an image beside a bold name and a
 *     detail line) is an element named by its bold line, the rest its
 *     details, as other cards are; so is a captioned shape=image;
 *   - the words of the icon file's name (shapes.yaml image_words) hint its
 *     kind where the label says nothing, and lose to the label's words; the
 *     URL's host and folders say nothing;
 *   - an unlabelled picture nothing flows to (an ornament, a logo in a
 *     corner) is no element; a captioned or wired one, and a library icon
 *     the stencil table knows, stay elements. */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "catalog/lexicon.h"
#include "drawio_macros.h"
#include "engine_helpers.h"

/* A `label` card's value as draw.io writes it in a double-quoted value: a
 * bold name, a line break, a grey detail line. */
#define CARDV(name, detail)                                                              \
  "&lt;b&gt;" name "&lt;/b&gt;&lt;br&gt;&lt;font color=&quot;#888888&quot;&gt;" detail   \
  "&lt;/font&gt;"
/* draw.io's built-in `label` style with an icon set's SVG by URL. */
#define LABEL(icon)                                                                      \
  "label;whiteSpace=wrap;html=1;rounded=1;arcSize=10;image=" icon                        \
  ";imageWidth=24;imageHeight=24;spacingLeft=40;align=left;fontSize=12;"
#define LUCIDE(file) "https://unpkg.com/lucide-static@0.460.0/icons/" file
#define HERO(file)                                                                       \
  "https://raw.githubusercontent.com/tailwindlabs/heroicons/master/optimized/24/"        \
  "outline/" file
#define PICTURE(image)                                                                   \
  "shape=image;html=1;verticalLabelPosition=bottom;verticalAlign=top;imageAspect=0;"     \
  "aspect=fixed;image=" image ";"

static void test_label_cards_are_elements(void **state) {
  (void)state;
  const char *xml = HEAD V("own", CARDV("Dog owners", "book grooming slots"),
                           LABEL(HERO("user-group.svg")), 20, 40, 200, 56)
      V("bill", CARDV("Billing API", "Go 1.22"), LABEL(LUCIDE("database.svg")), 320, 40,
        220, 56)
      /* the words say nothing: the picture decides */
      V("orion", CARDV("Orion", "v2 · nightly"), LABEL(LUCIDE("database-backup.svg")),
        620, 40, 200, 56) V("kes", CARDV("Kestrel", "north depot"),
                            LABEL(LUCIDE("users-round.svg")), 320, 200, 200, 56)
      /* quiet: the host and the folders name a store and people; the file
       * names a hexagon */
      V("nim", CARDV("Nimbus", "since 2019"),
        LABEL("https://users.example.org/database/icons/hexagon.svg"), 620, 200, 200, 56)
      /* quiet: no AI kind from a picture */
      V("sch", CARDV("Scheduler", "every 15 min"), LABEL(LUCIDE("bot.svg")), 20, 200, 200,
        56)
      /* draw.io's own clip art the stencil table lacks, captioned */
      V("night", "Night shift",
        PICTURE("img/lib/clip_art/people/Worker_Woman_128x128.png"), 20, 360, 64, 64)
          LINK("f1", "own", "bill", "booking + card")
              LINK("f2", "bill", "orion", "invoices")
                  LINK("f3", "kes", "bill", "stock levels")
                      LINK("f4", "nim", "bill", "refunds")
                          LINK("f5", "sch", "bill", "reminders")
                              LINK("f6", "night", "orion", "day sheets") TAIL;
  tmc_ir *ir = drawio_analysed(xml, "classify");
  assert_int_equal(ir->n_elements, 7);
  assert_int_equal(ir->n_flows, 6);
  assert_string_equal(elem_at(ir, "bill")->name_line, "Billing API");
  assert_non_null(strstr(elem_at(ir, "bill")->detail_lines, "Go 1.22"));
  assert_string_equal(elem_at(ir, "orion")->name_line, "Orion");
  /* the words outvote the picture */
  assert_int_equal(elem_at(ir, "bill")->kind, TMC_KIND_PROCESS);
  assert_int_equal(elem_at(ir, "own")->kind, TMC_KIND_EXTERNAL);
  /* the picture decides, and says so */
  const tmc_element *o = elem_at(ir, "orion");
  assert_int_equal(o->kind, TMC_KIND_DATA_STORE);
  assert_int_equal(o->kind_source, TMC_SOURCE_ICON);
  assert_non_null(strstr(o->kind_evidence, "database-backup.svg"));
  assert_int_equal(elem_at(ir, "kes")->kind, TMC_KIND_EXTERNAL);
  assert_int_equal(elem_at(ir, "night")->kind, TMC_KIND_EXTERNAL);
  /* quiet */
  assert_int_equal(elem_at(ir, "nim")->kind, TMC_KIND_PROCESS);
  assert_int_not_equal(elem_at(ir, "nim")->kind_source, TMC_SOURCE_ICON);
  assert_false(tmc_kind_is_ai(elem_at(ir, "sch")->kind));
  tmc_ir_free(ir);
}

/* The lookup reads the file's stem only, in any icon set's spelling. */
static void test_image_words_read_the_file_name(void **state) {
  (void)state;
  const tmc_lexicon *lx = tmc_catalog_lexicon(cat);
  tmc_kind k;
  const char *w;
  char file[64];
  assert_true(tmc_lexicon_image_word(lx, "image;image=img/lib/x/PersonOutline.png;", &k,
                                     &w, file, sizeof file));
  assert_int_equal(k, TMC_KIND_EXTERNAL);
  assert_string_equal(file, "PersonOutline.png");
  assert_true(tmc_lexicon_image_word(
      lx, "label;image=https://cdn.example.net/a/Server%20Rack.png?v=2;", &k, &w, NULL,
      0));
  assert_int_equal(k, TMC_KIND_PROCESS);
  assert_true(tmc_lexicon_image_word(lx, "label;image=https://x.test/i/cloud-upload.svg",
                                     &k, &w, NULL, 0));
  assert_int_equal(k, TMC_KIND_EXTERNAL);
  /* quiet: folders, hosts, data: URIs and no image at all */
  assert_false(tmc_lexicon_image_word(
      lx, "label;image=https://db.test/users/hexagon.svg;", &k, &w, NULL, 0));
  assert_false(tmc_lexicon_image_word(
      lx, "shape=image;image=data:image/svg+xml,PHN2Zz4=;", &k, &w, NULL, 0));
  assert_false(tmc_lexicon_image_word(lx, "rounded=1;whiteSpace=wrap;", &k, &w, NULL, 0));
  /* "superuser" is no "user": whole words only */
  assert_false(
      tmc_lexicon_image_word(lx, "image;image=img/x/superuserish.png", &k, &w, NULL, 0));
}

/* Quiet: an unlabelled picture nothing flows to is the drawing's decoration;
 * one an arrow reaches, a captioned one, and a library icon the stencil
 * table knows stay elements. */
static void test_unlabelled_pictures_are_decoration(void **state) {
  (void)state;
  const char *xml = HEAD
      /* a logo in the corner whose file name does not say "logo" */
      V("mark", "", PICTURE("https://cdn.kennelco.test/brand/kennelco-mark.png"), 0, 0,
        80, 30)
      /* an ornament drawn from a data: URI, and an empty `label` card */
      V("orn", "", PICTURE("data:image/svg+xml,PHN2ZyB4bWxucz0iIi8+"), 700, 500, 40, 40)
          V("blank", "", LABEL(LUCIDE("sparkles.svg")), 760, 500, 40, 40)
      /* stays: an arrow reaches it */
      V("cam", "", PICTURE(LUCIDE("cctv.svg")), 20, 100, 48, 48)
      /* stays: captioned, though nothing flows to it */
      V("pos", "Card terminal", PICTURE(LUCIDE("credit-card.svg")), 20, 300, 48, 48)
      /* stays: a library icon the stencil table knows */
      V("sql", "",
        "image;aspect=fixed;html=1;points=[];align=center;fontSize=12;"
        "image=img/lib/azure2/databases/SQL_Database.svg;",
        400, 300, 48, 64) V("desk", CARDV("Front desk app", "tablet"),
                            LABEL(LUCIDE("tablet.svg")), 300, 100, 200, 56)
      /* stays: a named card nothing flows to whose icon's folders (not
       * its file) say a decoration word */
      V("led", CARDV("Ledger", "monthly close"),
        LABEL("https://lock.example.test/arrows/padlock/database.svg"), 300, 400, 200, 56)
          LINK("f1", "cam", "desk", "door camera stills") TAIL;
  tmc_ir *ir = drawio_analysed(xml, "names");
  assert_false(has_element(ir, "mark"));
  assert_false(has_element(ir, "orn"));
  assert_false(has_element(ir, "blank"));
  assert_true(has_element(ir, "cam"));
  assert_true(has_element(ir, "pos"));
  assert_true(has_element(ir, "sql"));
  assert_true(has_element(ir, "desk"));
  assert_true(has_element(ir, "led"));
  bool listed = false;
  for (uint32_t i = 0; i < ir->decorations.n; i++)
    listed |= strstr(ir->decorations.v[i], "cell mark") != NULL;
  assert_true(listed);
  tmc_ir_free(ir);
}

/* A labelled arrow someone drew between two shapes without gluing it (its
 * ends dropped inside the boxes, no source= or target=) is a flow, in the
 * parent's coordinates too; a loose labelled line whose end lies in no
 * shape, or in a zone that holds shapes, or that runs inside one shape,
 * stays a line the zones pass reads (and warns about), and a line styled
 * as a boundary stays a boundary. */
#define LOOSE(id, value, style, x1, y1, x2, y2)                                          \
  "<mxCell id=\"" id "\" value=\"" value "\" style=\"" style "\" edge=\"1\" "            \
  "parent=\"1\"><mxGeometry relative=\"1\" as=\"geometry\"><mxPoint x=\"" #x1            \
  "\" y=\"" #y1 "\" as=\"sourcePoint\"/><mxPoint x=\"" #x2 "\" y=\"" #y2                 \
  "\" as=\"targetPoint\"/></mxGeometry></mxCell>"

static void test_unglued_arrows_between_shapes(void **state) {
  (void)state;
  const char *xml = HEAD V("app", "Kassensystem", CARD, 100, 100, 150, 60)
      ZONE("dc", "Rechenzentrum", 400, 50, 400, 300)
          C("db", "dc", "Bestellungen", DB, 40, 50, 150, 60)
              LOOSE("e1", "Bestellung", "endArrow=classic;html=1;", 245, 130, 445, 135)
                  LOOSE("e2", "Quittung", "endArrow=classic;html=1;", 590, 270, 240, 140)
                      TAIL;
  tmc_ir *ir = drawio_analysed(xml, "classify");
  assert_int_equal(ir->n_flows, 1);
  uint32_t f = flow(ir, "app", "db");
  assert_string_equal(ir->flows[f].label, "Bestellung");
  /* e2 starts in the zone, on no shape: still a loose line, warned about */
  bool warned = false;
  for (uint32_t i = 0; i < diags.n; i++)
    warned |= strstr(diags.v[i].msg, "'Quittung' (id e2) is not connected") != NULL;
  assert_true(warned);
  tmc_ir_free(ir);
  /* quiet: both ends inside one shape, and a dashed red line (a boundary's
   * style) across two shapes, are no flows */
  const char *quiet = HEAD V("a", "Web shop", CARD, 100, 100, 200, 60)
      V("b", "Orders DB", DB, 400, 100, 150, 60)
          LOOSE("in", "note", "endArrow=classic;html=1;", 110, 110, 290, 150)
              LOOSE("tb", "Internet | DMZ", "endArrow=none;dashed=1;strokeColor=#FF0000;",
                    150, 130, 450, 130) TAIL;
  ir = drawio_analysed(quiet, "classify");
  assert_int_equal(ir->n_flows, 0);
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_label_cards_are_elements),
      cmocka_unit_test(test_image_words_read_the_file_name),
      cmocka_unit_test(test_unlabelled_pictures_are_decoration),
      cmocka_unit_test(test_unglued_arrows_between_shapes),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
