/* test_lang22.c - labels in other languages and scripts (lang22): the
 * everyday words for people, devices, stores, software and AI in 23
 * languages name the kind they name in English, in DOT and in draw.io.
 * Capitals fold in Greek, Cyrillic, Latin with accents and Vietnamese;
 * scripts written without spaces (Chinese, Japanese, Korean compounds,
 * Thai) match inside a compound; languages that name the head first read
 * it there ("Base de datos de clientes", "Cơ sở dữ liệu khách hàng"), and
 * German, Dutch and Hungarian compounds by their last part. Quiet cases:
 * false friends (a data model, Chinese "client" software, Turkish "kasa")
 * and English words that look like the joining words. Wordings are this
 * file's own (the probe in the ready note uses others). */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "engine_helpers.h"

typedef struct row {
  const char *lang, *label;
  tmc_kind kind;
} row;

/* Each a label and the kind it names. */
static const row rows[] = {
    {"el", "Πελάτες", TMC_KIND_EXTERNAL},
    {"el", "ΒΑΣΗ ΔΕΔΟΜΕΝΩΝ ΠΑΡΑΓΓΕΛΙΩΝ", TMC_KIND_DATA_STORE},
    {"el", "Αισθητήρας υγρασίας", TMC_KIND_EXTERNAL},
    {"ar", "المستخدمون", TMC_KIND_EXTERNAL},
    {"ar", "قاعدة بيانات الطلبات", TMC_KIND_DATA_STORE},
    {"vi", "Nhân viên kho", TMC_KIND_EXTERNAL},
    {"vi", "Cơ Sở Dữ Liệu Đơn Hàng", TMC_KIND_DATA_STORE},
    {"uk", "Водії", TMC_KIND_EXTERNAL},
    {"uk", "Сховище фотографій", TMC_KIND_DATA_STORE},
    {"ru", "Сотрудники склада", TMC_KIND_EXTERNAL},
    {"ru", "База данных заказов", TMC_KIND_DATA_STORE},
    {"ru", "Сервер отчётов", TMC_KIND_PROCESS},
    {"ru", "Большая языковая модель", TMC_KIND_LLM},
    {"ru", "Векторная база", TMC_KIND_VECTOR_STORE},
    {"hi", "किसान", TMC_KIND_EXTERNAL},
    {"hi", "ऑर्डर डेटाबेस", TMC_KIND_DATA_STORE},
    {"sw", "Wakulima", TMC_KIND_EXTERNAL},
    {"sw", "Hifadhidata ya mazao", TMC_KIND_DATA_STORE},
    {"th", "ผู้ใช้", TMC_KIND_EXTERNAL},
    {"th", "ฐานข้อมูลสินค้า", TMC_KIND_DATA_STORE},
    {"th", "พอร์ทัลผู้ใช้", TMC_KIND_PROCESS},
    {"ko", "학생", TMC_KIND_EXTERNAL},
    {"ko", "주문데이터베이스", TMC_KIND_DATA_STORE},
    {"ja", "利用者", TMC_KIND_EXTERNAL},
    {"ja", "注文データベース", TMC_KIND_DATA_STORE},
    {"ja", "社内向け大規模言語モデル", TMC_KIND_LLM},
    {"zh", "租户", TMC_KIND_EXTERNAL},
    {"zh", "订单数据库", TMC_KIND_DATA_STORE},
    {"zh", "湿度传感器", TMC_KIND_EXTERNAL},
    {"zh", "训练数据集", TMC_KIND_DATASET},
    {"tr", "Öğrenciler", TMC_KIND_EXTERNAL},
    {"tr", "Sipariş veritabanı", TMC_KIND_DATA_STORE},
    {"tr", "İNCE AYAR İŞİ", TMC_KIND_PIPELINE},
    {"pl", "Najemcy", TMC_KIND_EXTERNAL},
    {"pl", "Baza danych zamówień", TMC_KIND_DATA_STORE},
    {"cs", "Řidiči", TMC_KIND_EXTERNAL},
    {"cs", "Databáze objednávek", TMC_KIND_DATA_STORE},
    {"hu", "Bérlők", TMC_KIND_EXTERNAL},
    {"hu", "Rendeléstároló", TMC_KIND_DATA_STORE},
    {"ro", "Chiriaşi", TMC_KIND_EXTERNAL}, /* ş with a cedilla */
    {"ro", "Baza de date a comenzilor", TMC_KIND_DATA_STORE},
    {"id", "Petani", TMC_KIND_EXTERNAL},
    {"id", "Basis data pesanan", TMC_KIND_DATA_STORE},
    {"id", "Portal petani", TMC_KIND_PROCESS},
    {"pt", "Motoristas", TMC_KIND_EXTERNAL},
    {"pt", "Banco de dados de pedidos", TMC_KIND_DATA_STORE},
    {"pt", "Modelo de previsão de demanda", TMC_KIND_MODEL},
    {"es", "Inquilinos", TMC_KIND_EXTERNAL},
    {"es", "Base de datos de pedidos", TMC_KIND_DATA_STORE},
    {"es", "Servidor de informes", TMC_KIND_PROCESS},
    {"es", "Terminal de pago", TMC_KIND_EXTERNAL},
    {"fr", "Locataires", TMC_KIND_EXTERNAL},
    {"fr", "Portail locataire", TMC_KIND_PROCESS},
    {"fr", "Fichier d'import", TMC_KIND_DATA_STORE},
    {"de", "Landwirte", TMC_KIND_EXTERNAL},
    {"de", "Bestelldatenbank", TMC_KIND_DATA_STORE},
    {"de", "Großes Sprachmodell", TMC_KIND_LLM},
    {"it", "Dipendenti", TMC_KIND_EXTERNAL},
    {"it", "Database fornitori", TMC_KIND_DATA_STORE},
    {"nl", "Huurders", TMC_KIND_EXTERNAL},
    {"nl", "Bestellingenopslag", TMC_KIND_DATA_STORE},
};

/* Near misses: each must not be the kind beside it. */
static const row quiet[] = {
    {"es", "Modelo de datos", TMC_KIND_MODEL},     /* a data model */
    {"de", "Datenmodell", TMC_KIND_MODEL},         /* a data model */
    {"zh", "数据模型", TMC_KIND_MODEL},            /* a data model */
    {"zh", "客户端", TMC_KIND_EXTERNAL},           /* client software */
    {"tr", "Kasa", TMC_KIND_DATA_STORE},           /* a till, not a vault */
    {"id", "Data pelanggan", TMC_KIND_EXTERNAL},   /* data about customers */
    {"it", "Database clienti", TMC_KIND_EXTERNAL}, /* a database of customers */
    {"th", "ฐานข้อมูลลูกค้า", TMC_KIND_EXTERNAL},      /* a customer database */
    {"ru", "База данных клиентов", TMC_KIND_EXTERNAL},
    {"en", "De-identification service", TMC_KIND_DATA_STORE},
    {"en", "Delivery van tracker", TMC_KIND_EXTERNAL},
    {"en", "Millisekunden counter", TMC_KIND_EXTERNAL},
};

static tmc_kind dot_kind(const char *label) {
  char dot[512];
  snprintf(dot, sizeof dot,
           "digraph g {\n  node [shape=box];\n  x [label=\"%s\"];\n"
           "  b [label=\"Backend\"];\n  b -> x;\n}\n",
           label);
  tmc_ir *ir = analyse_with(dot, cat, NULL);
  assert_non_null(ir);
  tmc_kind k = ir->elements[elem(ir, "x")].kind;
  tmc_ir_free(ir);
  return k;
}

static tmc_kind drawio_kind(const char *label) {
  char xml[1024];
  snprintf(
      xml, sizeof xml,
      "<mxfile><diagram name=\"p\"><mxGraphModel><root><mxCell id=\"0\"/>"
      "<mxCell id=\"1\" parent=\"0\"/>"
      "<mxCell id=\"x\" value=\"%s\" style=\"rounded=0;whiteSpace=wrap;html=1;\" "
      "vertex=\"1\" parent=\"1\"><mxGeometry x=\"300\" y=\"0\" width=\"160\" "
      "height=\"60\" as=\"geometry\"/></mxCell>"
      "<mxCell id=\"b\" value=\"Backend\" style=\"rounded=0;whiteSpace=wrap;html=1;\" "
      "vertex=\"1\" parent=\"1\"><mxGeometry x=\"0\" y=\"0\" width=\"160\" "
      "height=\"60\" as=\"geometry\"/></mxCell>"
      "<mxCell id=\"e\" edge=\"1\" parent=\"1\" source=\"b\" target=\"x\">"
      "<mxGeometry relative=\"1\" as=\"geometry\"/></mxCell>"
      "</root></mxGraphModel></diagram></mxfile>",
      label);
  tmc_ir *ir = drawio_analysed(xml, NULL);
  tmc_kind k = ir->elements[elem(ir, "x")].kind;
  tmc_ir_free(ir);
  return k;
}

static void test_words(void **state) {
  (void)state;
  int bad = 0;
  for (size_t i = 0; i < sizeof rows / sizeof *rows; i++) {
    tmc_kind d = dot_kind(rows[i].label), x = drawio_kind(rows[i].label);
    if (d != rows[i].kind || x != rows[i].kind) {
      print_message("%s '%s': dot %d, draw.io %d, want %d\n", rows[i].lang, rows[i].label,
                    (int)d, (int)x, (int)rows[i].kind);
      bad++;
    }
  }
  assert_int_equal(bad, 0);
}

static void test_quiet(void **state) {
  (void)state;
  int bad = 0;
  for (size_t i = 0; i < sizeof quiet / sizeof *quiet; i++) {
    tmc_kind d = dot_kind(quiet[i].label), x = drawio_kind(quiet[i].label);
    if (d == quiet[i].kind || x == quiet[i].kind) {
      print_message("%s '%s': dot %d, draw.io %d, must not be %d\n", quiet[i].lang,
                    quiet[i].label, (int)d, (int)x, (int)quiet[i].kind);
      bad++;
    }
  }
  assert_int_equal(bad, 0);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_words),
      cmocka_unit_test(test_quiet),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
