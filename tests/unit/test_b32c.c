/* test_b32c.c - what blind32's drawings taught (twenty-eighth session,
 * helper b32c), each drawn here in other words and another domain:
 *   - a draw.io style's bare word is a named style wherever it stands:
 *     draw.io's image libraries write "aspect=fixed;...;image;image=...",
 *     and such a cell draws an image, not a plain rectangle the page's
 *     convention reads as a component (a vet practice drawn with the
 *     Active Directory pictures: the X-ray archive on a server's picture
 *     is the store its head says, the vets at their PCs the outside);
 *   - every picture of draw.io's Active Directory library has its row in
 *     the stencil table, found by the style the sidebar writes (not by
 *     another library's picture of the same file name). */
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

/* The style draw.io's Active Directory sidebar writes for picture f. */
#define AD_STYLE(f)                                                                      \
  "aspect=fixed;perimeter=ellipsePerimeter;html=1;align=center;shadow=0;dashed=0;"       \
  "spacingTop=3;image;image=img/lib/active_directory/" f ".svg;"

static void test_image_named_style_mid_style(void **state) {
  (void)state;
  const char *xml = HEAD ZONE("clinic", "Surgery LAN", 300, 0, 500, 400)
      V("vets", "Vets&lt;br&gt;(consulting-room PCs)", AD_STYLE("vista_client"), 20, 40,
        40, 50) V("owners", "Pet owners", AD_STYLE("users"), 20, 200, 40,
                  50) C("xray", "clinic", "X-ray archive&lt;br&gt;(DICOM images)",
                        AD_STYLE("windows_server_2"), 40, 40, 40, 50)
          C("dc", "clinic", "Practice DC", AD_STYLE("domain_controller"), 200, 40, 35, 50)
              C("book", "clinic", "Booking site&lt;br&gt;(WordPress)",
                AD_STYLE("web_server"), 40, 200, 40, 50)
                  C("sw", "clinic", "Core switch", AD_STYLE("switch"), 200, 200, 50, 50)
                      LINK("f1", "vets", "xray", "view scans")
                          LINK("f2", "xray", "dc", "auth")
                              LINK("f3", "owners", "book", "book visit")
                                  LINK("f4", "vets", "sw", "LAN") TAIL;
  tmc_ir *ir = drawio_analysed(xml, "classify");
  /* the bare word "image" after key=value pairs names the shape */
  assert_string_equal(elem_at(ir, "xray")->shape, "image");
  assert_string_equal(elem_at(ir, "vets")->shape, "image");
  assert_int_equal(kind_at(ir, "xray"), TMC_KIND_DATA_STORE);
  assert_int_equal(elem_at(ir, "xray")->kind_source, TMC_SOURCE_HEAD_NOUN);
  assert_int_equal(kind_at(ir, "vets"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "owners"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "dc"), TMC_KIND_DATA_STORE);
  assert_int_equal(kind_at(ir, "book"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "sw"), TMC_KIND_PROCESS);
  for (uint32_t i = 0; i < ir->n_elements; i++)
    assert_int_not_equal(ir->elements[i].kind_source, TMC_SOURCE_CONVENTION);
  tmc_ir_free(ir);
}

static void test_every_active_directory_picture_has_a_row(void **state) {
  (void)state;
  static const char *const pics[] = {"active_directory",
                                     "cd_dvd",
                                     "cell_phone",
                                     "cluster_server",
                                     "community_discussion",
                                     "data_jack",
                                     "database",
                                     "database_cube",
                                     "database_partition_2",
                                     "database_partition_3",
                                     "database_partition_4",
                                     "database_partition_5",
                                     "database_server",
                                     "databases",
                                     "documents",
                                     "domain_controller",
                                     "fax",
                                     "firewall",
                                     "folder",
                                     "folder_open",
                                     "generic_node",
                                     "generic_server",
                                     "hard_disk",
                                     "home",
                                     "home_page",
                                     "input_output_filter",
                                     "interface",
                                     "internet_cloud",
                                     "internet_globe",
                                     "key",
                                     "laptop_client",
                                     "list",
                                     "mac_client",
                                     "mainframe",
                                     "mainframe_host",
                                     "meeting",
                                     "modem",
                                     "my_sites",
                                     "not_secure",
                                     "pda",
                                     "phone",
                                     "printer",
                                     "router",
                                     "secure",
                                     "security",
                                     "server_farm",
                                     "shadowed_router",
                                     "site_collection",
                                     "sql_server",
                                     "sub_site",
                                     "switch",
                                     "tablet_pc",
                                     "tunnel",
                                     "user",
                                     "user_accounts",
                                     "users",
                                     "vista_client",
                                     "vista_terminal",
                                     "web_server",
                                     "wiki_site",
                                     "windows_domain",
                                     "windows_router",
                                     "windows_server",
                                     "windows_server_2",
                                     "wiring_hub",
                                     "workspace_site",
                                     "workstation_client",
                                     "writer",
                                     "writing"};
  const tmc_lexicon *lx = tmc_lexicon_builtin();
  for (size_t i = 0; i < sizeof pics / sizeof *pics; i++) {
    char token[128], style[400];
    snprintf(token, sizeof token, "img/lib/active_directory/%s.svg", pics[i]);
    snprintf(style, sizeof style,
             "aspect=fixed;perimeter=ellipsePerimeter;html=1;align=center;shadow=0;"
             "dashed=0;spacingTop=3;image;image=%s;",
             token);
    tmc_stencil st;
    assert_true(tmc_lexicon_stencil_of_style(lx, style, &st, NULL, 0));
    assert_string_equal(st.token, token);
    assert_true(st.has_kind || st.decoration || st.zone);
  }
  /* people are the outside; the directory a store of accounts; a padlock
   * an annotation */
  tmc_stencil st;
  assert_true(tmc_lexicon_stencil(lx, "img/lib/active_directory/user_accounts.svg", &st));
  assert_int_equal(st.kind, TMC_KIND_EXTERNAL);
  assert_true(
      tmc_lexicon_stencil(lx, "img/lib/active_directory/domain_controller.svg", &st));
  assert_int_equal(st.kind, TMC_KIND_DATA_STORE);
  assert_true(tmc_lexicon_stencil(lx, "img/lib/active_directory/secure.svg", &st));
  assert_true(st.decoration);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_image_named_style_mid_style),
      cmocka_unit_test(test_every_active_directory_picture_has_a_row),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
