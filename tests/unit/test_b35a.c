/* test_b35a.c - what blind35's Khmer mind map taught (b35a): a draw.io mind
 * map (or tree) draws every node in its template's shapes (the central
 * ellipse, rounded pills, underlined leaves: a partialRectangle with its
 * bottom side alone), so the shapes name no kind and the words decide; a
 * partialRectangle with one side or none is an underlined text, not a
 * DFD store, anywhere. Labels in scripts written without spaces (Khmer,
 * Burmese, Lao, Thai) carry the zero-width spaces their keyboards type
 * between words, and Indic labels carry zero-width joiners and non-joiners
 * inside words: between such letters they are dropped, so the catalogs'
 * words match as written. Khmer and Lao name the head first, Burmese last.
 * Each case in a domain and wording of this file's own (a tutoring
 * school's homework helper in Thai, a rice cooperative's yield model in
 * Khmer, a council's planning portal in English, a Hindi billing store). */
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
#include "path_helpers.h"

/* U+200B ZERO WIDTH SPACE, U+200C ZERO WIDTH NON-JOINER, U+200D ZERO WIDTH
 * JOINER, as UTF-8 (spelt apart so no hex escape runs on into a letter) */
#define ZW "\xE2\x80\x8B"
#define ZWNJ "\xE2\x80\x8C"
#define ZWJ "\xE2\x80\x8D"

/* draw.io's Mind Map template: every node folds and moves with its
 * subtree and carries the style its new branches get, as JSON */
#define TREE                                                                             \
  "treeFolding=1;treeMoving=1;newEdgeStyle={&quot;edgeStyle&quot;:&quot;"                \
  "entityRelationEdgeStyle&quot;,&quot;curved&quot;:1};"
#define MM_CENTRE "ellipse;html=1;" TREE
#define MM_PILL "html=1;rounded=1;arcSize=50;" TREE
#define UNDERLINE                                                                        \
  "whiteSpace=wrap;html=1;shape=partialRectangle;top=0;left=0;bottom=1;right=0;"         \
  "points=[[0,1],[1,1]];fillColor=none;align=center;verticalAlign=bottom;"
#define MM_LEAF UNDERLINE TREE
/* a curved branch with the arrowheads the drawer added */
#define BRANCH(id, s, t, value, arrows)                                                  \
  "<mxCell id=\"" id "\" value=\"" value "\" style=\"edgeStyle=entityRelationEdgeStyle;" \
  "curved=1;" arrows "\" edge=\"1\" parent=\"1\" source=\"" s "\" target=\"" t           \
  "\"><mxGeometry relative=\"1\" as=\"geometry\"/></mxCell>"
#define ONE_WAY "startArrow=none;endArrow=block;"
#define BOTH_WAYS "startArrow=block;endArrow=block;"
#define NO_HEADS "startArrow=none;endArrow=none;"

/* The kind of text's head noun, TMC_KIND_COUNT when it has none. */
static tmc_kind head_kind(const char *text) {
  tmc_kind k;
  tmc_tech t;
  const char *w;
  bool at_end;
  return tmc_lexicon_head(tmc_catalog_lexicon(cat), text, &k, &t, &w, &at_end)
             ? k
             : TMC_KIND_COUNT;
}

/* Does any element's label still hold a zero-width character? */
static bool zero_width_left(const tmc_ir *ir) {
  for (uint32_t i = 0; i < ir->n_elements; i++)
    if (strstr(ir->elements[i].label, ZW) || strstr(ir->elements[i].label, ZWNJ) ||
        strstr(ir->elements[i].label, ZWJ))
      return true;
  return false;
}

/* Khmer and Lao heads first, Burmese heads last, matched a character at a
 * time. */
static void test_heads_without_spaces(void **state) {
  (void)state;
  /* "database of members", "members of the database" would be a store
   * too, but "the job of importing files" is the job */
  assert_int_equal(head_kind("មូលដ្ឋានទិន្នន័យសមាជិក"), TMC_KIND_DATA_STORE);
  assert_int_equal(head_kind("ការងារនាំចូលឯកសារ"), TMC_KIND_PROCESS);
  assert_int_equal(head_kind("អតិថិជនហាងកាហ្វេ"), TMC_KIND_EXTERNAL);
  assert_int_equal(head_kind("ម៉ូដែលភាសាធំ"), TMC_KIND_LLM);
  assert_int_equal(head_kind("សន្ទស្សន៍វ៉ិចទ័រ"), TMC_KIND_VECTOR_STORE);
  /* Lao: the customers' database, the app's users */
  assert_int_equal(head_kind("ຖານຂໍ້ມູນລູກຄ້າ"), TMC_KIND_DATA_STORE);
  assert_int_equal(head_kind("ຜູ້ໃຊ້ແອັບ"), TMC_KIND_EXTERNAL);
  /* Burmese names the head last: the customers' database, the shop's staff */
  assert_int_equal(head_kind("ဖောက်သည်ဒေတာဘေ့စ်"), TMC_KIND_DATA_STORE);
  assert_int_equal(head_kind("ဆိုင်ဝန်ထမ်းများ"), TMC_KIND_EXTERNAL);
}

/* draw.io, a tutoring school's homework helper drawn as a Thai mind map,
 * its words parted by zero-width spaces as typed: the students' pill, the
 * vector store's and the LLM's pills, underlined leaves for the lesson
 * files, the background indexing job and the academic staff. Each is what
 * its words say: the underlines are no stores, the pills no processes. */
static void test_thai_mind_map_drawio(void **state) {
  (void)state;
  static const char xml[] = HEAD V("hub", "ผู้ช่วย" ZW "การบ้าน", MM_CENTRE, 400, 300, 180,
                                   90) V("kids", "นักเรียน", MM_PILL, 150, 150, 140, 40)
      V("vec", "ฐาน" ZW "ข้อมูล" ZW "เวกเตอร์ (pgvector)", MM_PILL, 150, 420, 200,
        40) V("lm", "โมเดล" ZW "ภาษา (Typhoon)", MM_PILL, 700, 150, 160, 40)
          V("idx", "งาน" ZW "เบื้อง" ZW "หลัง" ZW "ทำ" ZW "ดัชนี", MM_LEAF, 150, 560, 200, 30)
              V("files", "ไฟล์" ZW "บท" ZW "เรียน", MM_LEAF, 150, 660, 160, 30)
                  V("teach", "พนักงาน" ZW "ฝ่าย" ZW "วิชาการ", MM_LEAF, 150, 760, 160, 30)
                      BRANCH("b1", "kids", "hub", "คำถาม", NO_HEADS)
                          BRANCH("b2", "hub", "lm", "", BOTH_WAYS)
                              BRANCH("b3", "vec", "hub", "", BOTH_WAYS)
                                  BRANCH("b4", "teach", "files", "", ONE_WAY)
                                      BRANCH("b5", "files", "idx", "", ONE_WAY)
                                          BRANCH("b6", "idx", "vec", "", ONE_WAY) TAIL;
  tmc_ir *ir = drawio_analysed(xml, "rules");
  assert_false(zero_width_left(ir));
  assert_int_equal(kind_at(ir, "kids"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "teach"), TMC_KIND_EXTERNAL);
  assert_int_equal(elem_at(ir, "teach")->kind_source, TMC_SOURCE_HEAD_NOUN);
  assert_int_equal(kind_at(ir, "vec"), TMC_KIND_VECTOR_STORE);
  assert_int_equal(kind_at(ir, "lm"), TMC_KIND_LLM);
  assert_int_equal(kind_at(ir, "idx"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "files"), TMC_KIND_DATA_STORE);
  assert_int_equal(kind_at(ir, "hub"), TMC_KIND_PROCESS);
  /* the lesson files reach the LLM through retrieval: indirect injection */
  assert_true(any_cites(ir, NULL, "AML.T0051"));
  tmc_ir_free(ir);
}

/* DOT, a rice cooperative's yield forecast labelled in Khmer with
 * zero-width spaces between words: member farmers use the cooperative's
 * phone app, which keeps their plots in a database a yield model reads;
 * the cooperative's staff key in harvests. A classic model: no LLM ids. */
static void test_khmer_cooperative_dot(void **state) {
  (void)state;
  static const char dot[] =
      "digraph coop {\n"
      " node [shape=box];\n"
      " farmers [label=\"កសិករ" ZW "សមាជិក\"];\n"
      " staff [label=\"បុគ្គលិក" ZW "សហករណ៍\"];\n"
      " subgraph cluster_coop { label=\"ម៉ាស៊ីនមេ​សហករណ៍ "
      "(cloud "
      "VPS)\"; "
      "style=dashed;\n"
      "  app [label=\"កម្មវិធី" ZW "ទូរស័ព្ទ" ZW "សហករណ៍\"];\n"
      "  plots [label=\"មូលដ្ឋាន" ZW "ទិន្នន័យ" ZW "ដី" ZW "ស្រែ\\n(PostgreSQL)\"];\n"
      "  yield [label=\"ម៉ូដែល" ZW "ព្យាករណ៍" ZW "ទិន្នផល" ZW "ស្រូវ\"];\n"
      " }\n"
      " farmers -> app [label=\"ទំហំ" ZW "ដី\"]; staff -> plots;\n"
      " app -> plots; plots -> yield; yield -> app;\n"
      "}\n";
  tmc_ir *ir = analyse_with(dot, cat, "rules");
  assert_false(zero_width_left(ir));
  assert_int_equal(kind_at(ir, "farmers"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "staff"), TMC_KIND_EXTERNAL);
  assert_true(elem_at(ir, "staff")->facts.staff);
  assert_int_equal(kind_at(ir, "app"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "plots"), TMC_KIND_DATA_STORE);
  assert_int_equal(kind_at(ir, "yield"), TMC_KIND_MODEL);
  assert_false(any_llm_id(ir));
  tmc_ir_free(ir);
}

/* draw.io, a council's planning portal drawn as an English mind map: the
 * applicants and the overnight scan job as underlined leaves are a person
 * and a process; a cylinder the drawer chose in the map still says store.
 * Beside it, outside any tree, an underline alone ("Planning officers") is
 * text naming people, while a partialRectangle with its top and bottom
 * drawn is a DFD's store. */
static void test_english_tree_and_underlines_drawio(void **state) {
  (void)state;
  static const char xml[] = HEAD V("portal", "Planning portal", MM_CENTRE, 400, 300, 180,
                                   90) V("appl", "Applicants", MM_LEAF, 100, 150, 140, 30)
      V("scan", "Overnight scan job", MM_LEAF, 100, 450, 160, 30)
          V("dec", "Decisions", "shape=cylinder3;whiteSpace=wrap;html=1;" TREE, 700, 450,
            100, 70) V("off", "Planning officers", UNDERLINE, 700, 150, 160, 30)
              V("notes", "Consultation comments",
                "shape=partialRectangle;whiteSpace=wrap;html=1;left=0;right=0;"
                "fillColor=none;",
                700, 600, 180, 40) BRANCH("p1", "appl", "portal", "plans", ONE_WAY)
                  BRANCH("p2", "portal", "scan", "uploads", ONE_WAY)
                      BRANCH("p3", "scan", "dec", "", ONE_WAY)
                          LINK("p4", "off", "portal", "reviews")
                              LINK("p5", "portal", "notes", "comments") TAIL;
  tmc_ir *ir = drawio_analysed(xml, "classify");
  assert_int_equal(kind_at(ir, "appl"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "scan"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "dec"), TMC_KIND_DATA_STORE);
  assert_int_equal(kind_at(ir, "off"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "notes"), TMC_KIND_DATA_STORE);
  assert_int_equal(elem_at(ir, "notes")->kind_source, TMC_SOURCE_STYLE);
  tmc_ir_free(ir);
}

/* DOT, Hindi labels with a zero-width non-joiner and joiner typed inside
 * words (the half form kept, a ligature broken): the billing storage and
 * the customers' database are the words written without them. */
static void test_indic_joiners_dot(void **state) {
  (void)state;
  static const char dot[] = "digraph bills {\n"
                            " node [shape=box];\n"
                            " api [label=\"Billing API\"];\n"
                            " bills [label=\"बिल स्" ZWNJ "टोरेज\"];\n"
                            " cust [label=\"ग्राहक डेटा" ZWJ "बेस\"];\n"
                            " api -> bills; api -> cust;\n"
                            "}\n";
  tmc_ir *ir = analyse_with(dot, cat, "classify");
  assert_false(zero_width_left(ir));
  assert_int_equal(kind_at(ir, "bills"), TMC_KIND_DATA_STORE);
  assert_int_equal(kind_at(ir, "cust"), TMC_KIND_DATA_STORE);
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_heads_without_spaces),
      cmocka_unit_test(test_thai_mind_map_drawio),
      cmocka_unit_test(test_khmer_cooperative_dot),
      cmocka_unit_test(test_english_tree_and_underlines_drawio),
      cmocka_unit_test(test_indic_joiners_dot),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
