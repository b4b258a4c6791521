/* test-csv.c: the CSV reader, and importing survey responses
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "grove-assessment.h"
#include "grove-framework.h"
#include "grove-import-csv.h"
#include "grove-org.h"
#include "grove-ratings-import.h"
#include "grove-store-private.h"
#include "grove-test-store.h"
#include "grove-test-utils.h"

/* Reads all of `text`; returns the records, or NULL with `error` set. */
static GPtrArray *
read_all (const char            *text,
          gssize                 length,
          const GroveCsvLimits  *limits,
          GError               **error)
{
  g_autoptr(GBytes) data = g_bytes_new (text, length < 0 ? strlen (text) : (gsize) length);
  g_autoptr(GroveCsvReader) reader = grove_csv_reader_new_for_bytes (data, "t.csv", limits, error);
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func ((GDestroyNotify) grove_csv_record_free);
  GroveCsvRecord *record = NULL;

  if (reader == NULL)
    return NULL;
  while (grove_csv_reader_next (reader, &record, error) && record != NULL)
    g_ptr_array_add (records, record);
  return error != NULL && *error != NULL ? NULL : g_steal_pointer (&records);
}

static const char *
field (GPtrArray *records,
       guint      row,
       guint      column)
{
  return grove_csv_record_get (g_ptr_array_index (records, row), column);
}

static void
test_quoted_fields (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) records =
    read_all ("\xef\xbb\xbfteam,note\r\n\"Digital, Data\",\"She said \"\"yes\"\"\"\r\nx,\r\n", -1, NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (records->len, ==, 3);
  g_assert_cmpstr (field (records, 0, 0), ==, "team");
  g_assert_cmpstr (field (records, 1, 0), ==, "Digital, Data");
  g_assert_cmpstr (field (records, 1, 1), ==, "She said \"yes\"");
  g_assert_cmpstr (field (records, 2, 1), ==, "");
  g_assert_null (field (records, 2, 2));
}

static void
test_embedded_newline (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) records = read_all ("a,b\n\"one\ntwo\",3\n\nlast,4", -1, NULL, &error);
  GroveCsvRecord *last;

  g_assert_no_error (error);
  g_assert_cmpuint (records->len, ==, 3);
  g_assert_cmpstr (field (records, 1, 0), ==, "one\ntwo");
  /* The record after a field with a line break, and a blank line, starts on
   * line 5 of the file. */
  last = g_ptr_array_index (records, 2);
  g_assert_cmpuint (last->line, ==, 5);
  g_assert_cmpstr (field (records, 2, 1), ==, "4");
}

static void
test_bad_quotes (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) records = read_all ("a,b\n1,\"open\n2,3\n", -1, NULL, &error);

  g_assert_null (records);
  g_assert_error (error, GROVE_CSV_ERROR, GROVE_CSV_ERROR_SYNTAX);
  g_assert_true (g_str_has_prefix (error->message, "t.csv:2:2: "));
  g_clear_error (&error);

  records = read_all ("a,b\n1,x\"y\n", -1, NULL, &error);
  g_assert_error (error, GROVE_CSV_ERROR, GROVE_CSV_ERROR_SYNTAX);
  g_clear_error (&error);

  records = read_all ("a,b\n\"1\"x,2\n", -1, NULL, &error);
  g_assert_error (error, GROVE_CSV_ERROR, GROVE_CSV_ERROR_SYNTAX);
}

static void
test_invalid_utf8 (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) records = read_all ("a,b\nok,caf\xe9\n", -1, NULL, &error);

  g_assert_null (records);
  g_assert_error (error, GROVE_CSV_ERROR, GROVE_CSV_ERROR_ENCODING);
  g_assert_true (g_str_has_prefix (error->message, "t.csv:2:2: "));
  g_assert_nonnull (strstr (error->message, "UTF-8"));
}

static void
test_nul_byte (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) records = read_all ("a,b\n1,2\n3,x\0y\n", 15, NULL, &error);

  g_assert_null (records);
  g_assert_error (error, GROVE_CSV_ERROR, GROVE_CSV_ERROR_ENCODING);
  g_assert_true (g_str_has_prefix (error->message, "t.csv:3:2: "));
}

static void
test_limits (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) records = NULL;
  GroveCsvLimits limits = { 64, 8 };

  records = read_all ("a,b\n12345678,x\n", -1, &limits, &error);
  g_assert_no_error (error);
  g_clear_pointer (&records, g_ptr_array_unref);

  records = read_all ("a,b\nx,123456789\n", -1, &limits, &error);
  g_assert_error (error, GROVE_CSV_ERROR, GROVE_CSV_ERROR_TOO_LARGE);
  g_assert_true (g_str_has_prefix (error->message, "t.csv:2:2: "));
  g_clear_error (&error);

  records = read_all ("a,b\n1,2\n1,2\n1,2\n1,2\n1,2\n1,2\n1,2\n1,2\n1,2\n1,2\n1,2\n1,2\n1,2\n1,2\n1,2\n1,2\n", -1,
                      &limits, &error);
  g_assert_error (error, GROVE_CSV_ERROR, GROVE_CSV_ERROR_TOO_LARGE);
}

/* Importing responses */

typedef struct {
  char       *dir;
  GroveStore *store;
  gint64      round;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GroveRound) round = NULL;
  gint64 org, dir;

  f->dir = grove_test_mkdtemp ();
  path = g_build_filename (f->dir, "grove.db", NULL);
  f->store = grove_store_open (path, &error);
  g_assert_no_error (error);
  org = grove_org_add_unit (f->store, GROVE_ORG_UNIT_ORGANISATION, "Org", 0, &error);
  dir = grove_org_add_unit (f->store, GROVE_ORG_UNIT_DIRECTORATE, "Policy", org, &error);
  grove_org_add_unit (f->store, GROVE_ORG_UNIT_TEAM, "Digital Services", dir, &error);
  grove_org_add_unit (f->store, GROVE_ORG_UNIT_TEAM, "Strategy Unit", dir, &error);
  g_assert_no_error (error);
  round = grove_round_new ("Survey 2026", 1, "2026-03-01", "2026-03-31");
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

static const char *statement_keys[] = {
  "value-growth/benefits-of-improvement", "able-to-improve", "value-expertise",
  "review-lessons", "monitor-outcomes", "reflect-on-performance", "receive-feedback",
  "honest-feedback", "share-knowledge", "share-lessons", "develop-others",
  "know-standards", "know-outcomes", "know-capabilities",
  "learning-from-experience", "transfer-formal-learning", "practice-and-repetition",
  "time-and-space", "formal-learning", "experiences", "practice-and-transfer", "people-to-learn-from",
};

/* A header for the built-in framework, and rows of `team` and 22 cells. */
static char *
survey (const char *const *rows)
{
  GString *text = g_string_new ("team");

  for (guint i = 0; i < G_N_ELEMENTS (statement_keys); i++)
    g_string_append_printf (text, ",%s", statement_keys[i]);
  g_string_append (text, ",evidence:benefits-of-improvement\r\n");
  for (; *rows != NULL; rows++)
    g_string_append_printf (text, "%s\r\n", *rows);
  return g_string_free (text, FALSE);
}

#define ROW_OK "Digital Services,4,3,NA,5,4,4,3,2,1,4,,not observed,3,4,5,4,3,4,4,4,4,3,\"Weekly retros, \"\"mostly\"\"\""
#define ROW_2  "strategy unit,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,"

static gboolean
import (Fixture     *f,
        const char  *text,
        guint       *count,
        GError     **error)
{
  g_autoptr(GBytes) data = g_bytes_new (text, strlen (text));

  return grove_ratings_import_bytes (f->store, f->round, data, "survey.csv", NULL, count, error);
}

static void
test_import_good (Fixture       *f,
                  gconstpointer  data)
{
  const char *rows[] = { ROW_OK, ROW_2, NULL };
  g_autofree char *text = survey (rows);
  g_autoptr(GError) error = NULL;
  guint count = 0;

  g_assert_true (import (f, text, &count, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count, ==, 2);
  g_assert_cmpint (grove_test_query_int (f->store, "SELECT count(*) FROM assessment_rating"), ==, 44);
  g_assert_cmpint (grove_test_query_int (f->store, "SELECT count(*) FROM assessment_rating WHERE score IS NULL"), ==, 3);
  g_assert_cmpint (grove_test_query_int (f->store, "SELECT count(*) FROM assessment_rating WHERE evidence = 'Weekly retros, \"mostly\"'"),
                   ==, 1);
  g_assert_cmpint (grove_test_query_int (f->store, "SELECT count(*) FROM assessment_response WHERE source_ref = 'survey.csv:3'"), ==, 1);
}

static void
assert_refused (Fixture    *f,
                const char *text,
                const char *message)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (import (f, text, NULL, &error));
  g_assert_error (error, GROVE_CSV_ERROR, GROVE_CSV_ERROR_INVALID);
  if (!g_str_has_prefix (error->message, message))
    g_error ("expected “%s”, got “%s”", message, error->message);
  g_assert_cmpint (grove_test_query_int (f->store, "SELECT count(*) FROM assessment_response"), ==, 0);
  g_assert_cmpint (grove_test_query_int (f->store, "SELECT count(*) FROM assessment_rating"), ==, 0);
}

static void
test_import_bad_score (Fixture       *f,
                       gconstpointer  data)
{
  const char *rows[] = { ROW_OK, ROW_2, "Strategy Unit,3,7,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,", NULL };
  g_autofree char *text = survey (rows);

  /* Rows 2 and 3 were fine: still nothing of the file is written. */
  assert_refused (f, text, "survey.csv:4:3: expected a score from 1 to 5 or “NA”, found “7”");
}

static void
test_import_bad_header (Fixture       *f,
                        gconstpointer  data)
{
  const char *rows[] = { ROW_2, NULL };
  g_autofree char *text = survey (rows);
  g_autofree char *unknown = g_strconcat ("team,no-such-statement\nStrategy Unit,3\n", NULL);
  g_autofree char *no_team = NULL;
  g_autofree char *twice = NULL;

  assert_refused (f, unknown, "survey.csv:1:2: expected “team”");
  assert_refused (f, "team,value-growth/benefits-of-improvement\nStrategy Unit,3\n",
                  "survey.csv:1: the header has no column for the statement “value-growth/able-to-improve”");
  no_team = g_strdup (text + strlen ("team,"));
  assert_refused (f, "unit,benefits-of-improvement\n", "survey.csv:1:1: expected “team”");
  twice = g_strconcat ("team,team", text + strlen ("team"), NULL);
  assert_refused (f, twice, "survey.csv:1:2: the column “team” comes twice");
}

static void
test_import_unknown_team (Fixture       *f,
                          gconstpointer  data)
{
  const char *rows[] = { ROW_2, "Marketing,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,", NULL };
  const char *directorate[] = { "Policy,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,", NULL };
  const char *short_row[] = { "Strategy Unit,3,3", NULL };
  g_autofree char *text = survey (rows);
  g_autofree char *text2 = survey (directorate);
  g_autofree char *text3 = survey (short_row);

  assert_refused (f, text, "survey.csv:3:1: expected the name or id of a team, found “Marketing”");
  assert_refused (f, text2, "survey.csv:2:1: “Policy” is not a team");
  assert_refused (f, text3, "survey.csv:2: expected 24 fields, as in the header, found 3");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/csv/quoted-fields", test_quoted_fields);
  g_test_add_func ("/csv/embedded-newline", test_embedded_newline);
  g_test_add_func ("/csv/bad-quotes", test_bad_quotes);
  g_test_add_func ("/csv/invalid-utf8", test_invalid_utf8);
  g_test_add_func ("/csv/nul-byte", test_nul_byte);
  g_test_add_func ("/csv/limits", test_limits);
#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/csv/ratings/good", test_import_good);
  ADD ("/csv/ratings/bad-score-writes-nothing", test_import_bad_score);
  ADD ("/csv/ratings/bad-header", test_import_bad_header);
  ADD ("/csv/ratings/unknown-team", test_import_unknown_team);
#undef ADD

  return g_test_run ();
}
