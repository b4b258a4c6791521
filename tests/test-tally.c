/* test-tally.c: the rating tallies the roll-up reads always equal the
 * ratings themselves, whatever writes them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "grove-assessment.h"
#include "grove-demo.h"
#include "grove-framework.h"
#include "grove-org.h"
#include "grove-ratings-import.h"
#include "grove-rollup.h"
#include "grove-store-private.h"
#include "grove-store-schema-private.h"
#include "grove-test-store.h"
#include "grove-test-utils.h"

/* The ratings counted afresh, as the tallies should hold them. */
#define RAW_COUNTS \
  "SELECT r.round_id, r.unit_id, g.statement_id, ifnull (g.score, -1), count (*)" \
  " FROM assessment_rating g JOIN assessment_response r ON r.id = g.response_id GROUP BY 1, 2, 3, 4"
#define TALLIES "SELECT round_id, unit_id, statement_id, score, n FROM assessment_tally"

typedef struct {
  char       *dir;
  char       *path;
  GroveStore *store;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = grove_test_mkdtemp ();
  f->path = g_build_filename (f->dir, "grove.db", NULL);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->store);
  grove_test_rmdir (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

static void
open_store (Fixture *f)
{
  g_autoptr(GError) error = NULL;

  f->store = grove_store_open (f->path, &error);
  g_assert_no_error (error);
}

static void
generate_demo (GroveStore *store,
               gboolean    replace,
               guint64     seed)
{
  g_autoptr(GError) error = NULL;
  GroveDemoOptions options;

  grove_demo_options_init (&options);
  options.replace = replace;
  options.seed = seed;
  grove_demo_generate (store, &options, &error);
  g_assert_no_error (error);
}

static void
exec (GroveStore *store,
      const char *sql)
{
  char *message = NULL;

  if (sqlite3_exec (_grove_store_get_handle (store), sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
}

/* Both ways round, so that a tally too many shows as well as one missing;
 * and the total, so that the check is not passed by two empty tables. */
static void
assert_tallies_match (GroveStore *store,
                      gint64      expected_ratings)
{
  g_assert_cmpint (grove_test_query_int (store, "SELECT count (*) FROM (" TALLIES " EXCEPT " RAW_COUNTS ")"), ==, 0);
  g_assert_cmpint (grove_test_query_int (store, "SELECT count (*) FROM (" RAW_COUNTS " EXCEPT " TALLIES ")"), ==, 0);
  g_assert_cmpint (grove_test_query_int (store, "SELECT count (*) FROM assessment_tally WHERE n <= 0"), ==, 0);
  g_assert_cmpint (grove_test_query_int (store, "SELECT count (*) FROM assessment_rating"), ==, expected_ratings);
  g_assert_cmpint (grove_test_query_int (store, "SELECT ifnull (sum (n), 0) FROM assessment_tally"), ==,
                   expected_ratings);
}

static gint64
count_ratings (GroveStore *store)
{
  return grove_test_query_int (store, "SELECT count (*) FROM assessment_rating");
}

static void
test_demo (Fixture       *f,
           gconstpointer  data)
{
  open_store (f);
  generate_demo (f->store, FALSE, 1);
  /* The small demo: two rounds, 100 responses of 22 ratings. */
  assert_tallies_match (f->store, 2200);
  g_assert_cmpint (grove_test_query_int (f->store, "SELECT count (*) FROM assessment_tally WHERE score = -1"), >, 0);

  /* Replacing the organisation clears its rounds, through the cascade. */
  generate_demo (f->store, TRUE, 2);
  assert_tallies_match (f->store, count_ratings (f->store));
  g_assert_cmpint (count_ratings (f->store), >, 0);
}

/* A survey of every statement, one row per respondent of `team`. */
static char *
survey (GroveStore  *store,
        const char  *team,
        guint        rows)
{
  g_autoptr(GroveFramework) framework = grove_framework_get_by_key (store, GROVE_FRAMEWORK_BUILTIN_KEY, NULL);
  GString *text = g_string_new ("team");
  guint k = 0;

  for (guint c = 0; c < framework->conditions->len; c++)
    {
      GroveFrameworkCondition *condition = g_ptr_array_index (framework->conditions, c);

      for (guint s = 0; s < condition->statements->len; s++)
        g_string_append_printf (text, ",%s/%s", condition->key,
                                ((GroveFrameworkStatement *) g_ptr_array_index (condition->statements, s))->key);
    }
  g_string_append (text, "\r\n");
  for (guint r = 0; r < rows; r++)
    {
      g_string_append (text, team);
      for (guint s = 0; s < 22; s++, k++)
        if (k % 7 == 3)
          g_string_append (text, ",NA");
        else
          g_string_append_printf (text, ",%u", 1 + (k * 3 + r) % 5);
      g_string_append (text, "\r\n");
    }
  return g_string_free (text, FALSE);
}

static gboolean
import (GroveStore  *store,
        gint64       round,
        const char  *text,
        GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));

  return grove_ratings_import_bytes (store, round, bytes, "survey.csv", NULL, NULL, error);
}

static void
test_import (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GroveRound) round = NULL;
  g_autoptr(GroveFramework) framework = NULL;
  g_autofree char *good = NULL;
  g_autofree char *bad = NULL;
  gint64 round_id;

  open_store (f);
  generate_demo (f->store, FALSE, 1);
  framework = grove_framework_get_by_key (f->store, GROVE_FRAMEWORK_BUILTIN_KEY, &error);
  round = grove_round_new ("Pulse 2026", framework->id, "2026-06-01", "2026-06-30");
  round_id = grove_assessment_add_round (f->store, round, &error);
  g_assert_no_error (error);

  good = survey (f->store, "Digital Services", 7);
  g_assert_true (import (f->store, round_id, good, &error));
  g_assert_no_error (error);
  assert_tallies_match (f->store, 2200 + 7 * 22);
  g_assert_cmpint (grove_test_query_int (f->store, "SELECT sum (n) FROM assessment_tally t JOIN org_unit u"
                                                   " ON u.id = t.unit_id WHERE u.name = 'Digital Services'"
                                                   " AND t.round_id = (SELECT max (id) FROM assessment_round)"),
                   ==, 7 * 22);

  /* A file refused on its last line stores nothing, tallies included. */
  bad = survey (f->store, "Digital Services", 3);
  bad[strlen (bad) - 3] = '9';
  g_assert_false (import (f->store, round_id, bad, &error));
  g_assert_nonnull (error);
  assert_tallies_match (f->store, 2200 + 7 * 22);
}

static void
test_delete (Fixture       *f,
             gconstpointer  data)
{
  gint64 round_ratings;

  open_store (f);
  generate_demo (f->store, FALSE, 1);

  exec (f->store, "DELETE FROM assessment_rating WHERE response_id = 1"
                  " AND statement_id IN (SELECT statement_id FROM assessment_rating WHERE response_id = 1 LIMIT 3)");
  assert_tallies_match (f->store, 2200 - 3);

  exec (f->store, "DELETE FROM assessment_response WHERE id IN (SELECT id FROM assessment_response"
                  " WHERE round_id = 2 ORDER BY id DESC LIMIT 4)");
  assert_tallies_match (f->store, 2200 - 3 - 4 * 22);

  /* Every response of a team, so its tallies go altogether. */
  exec (f->store, "DELETE FROM assessment_response WHERE unit_id = (SELECT id FROM org_unit"
                  " WHERE name = 'Digital Services')");
  g_assert_cmpint (grove_test_query_int (f->store, "SELECT count (*) FROM assessment_tally t JOIN org_unit u"
                                                   " ON u.id = t.unit_id WHERE u.name = 'Digital Services'"), ==, 0);
  assert_tallies_match (f->store, count_ratings (f->store));

  round_ratings = grove_test_query_int (f->store, "SELECT count (*) FROM assessment_rating g JOIN assessment_response r"
                                                  " ON r.id = g.response_id WHERE r.round_id = 1");
  exec (f->store, "DELETE FROM assessment_round WHERE id = 1");
  g_assert_cmpint (grove_test_query_int (f->store, "SELECT count (*) FROM assessment_tally WHERE round_id = 1"), ==, 0);
  g_assert_cmpint (round_ratings, >, 0);
  assert_tallies_match (f->store, count_ratings (f->store));
}

static void
test_edit (Fixture       *f,
           gconstpointer  data)
{
  open_store (f);
  generate_demo (f->store, FALSE, 1);

  exec (f->store, "UPDATE assessment_rating SET score = 1 WHERE score = 5");
  assert_tallies_match (f->store, 2200);
  g_assert_cmpint (grove_test_query_int (f->store, "SELECT count (*) FROM assessment_tally WHERE score = 5"), ==, 0);

  exec (f->store, "UPDATE assessment_rating SET score = NULL WHERE score = 2 AND response_id % 2 = 0");
  exec (f->store, "UPDATE assessment_rating SET score = 3 WHERE score IS NULL AND response_id % 3 = 0");
  assert_tallies_match (f->store, 2200);

  /* Moved to another team and to another round, with all their ratings. */
  exec (f->store, "UPDATE assessment_response SET unit_id = (SELECT id FROM org_unit WHERE name = 'Human Resources')"
                  " WHERE id % 5 = 0");
  assert_tallies_match (f->store, 2200);
  exec (f->store, "UPDATE assessment_response SET round_id = 3 - round_id WHERE id % 4 = 1");
  assert_tallies_match (f->store, 2200);

  /* A rating moved to another response of the same team. */
  exec (f->store, "DELETE FROM assessment_rating WHERE response_id = 2 AND statement_id = (SELECT min (statement_id)"
                  " FROM assessment_rating WHERE response_id = 2)");
  exec (f->store, "UPDATE assessment_rating SET response_id = 2 WHERE response_id = 3 AND statement_id ="
                  " (SELECT min (statement_id) FROM assessment_rating WHERE response_id = 3)");
  assert_tallies_match (f->store, 2199);
}

/* The roll-up reads the tallies: its counts are the ratings' own. */
static void
test_rollup_reads_tallies (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GroveRollup) rollup = NULL;
  const GroveRollupFigures *overall;
  guint counted = 0;

  open_store (f);
  generate_demo (f->store, FALSE, 1);
  rollup = grove_rollup_compute (f->store, 2, 1, &error);
  g_assert_no_error (error);
  overall = grove_rollup_get_overall (rollup, 1);
  for (guint p = 0; p < GROVE_SCALE_MAX_POINTS; p++)
    counted += overall->distribution[p];
  g_assert_cmpuint (counted, ==, grove_test_query_int (f->store, "SELECT count (*) FROM assessment_rating g"
                                                                 " JOIN assessment_response r ON r.id = g.response_id"
                                                                 " WHERE r.round_id = 2 AND g.score IS NOT NULL"));
  g_assert_cmpuint (overall->not_observed, ==,
                    grove_test_query_int (f->store, "SELECT count (*) FROM assessment_rating g"
                                                    " JOIN assessment_response r ON r.id = g.response_id"
                                                    " WHERE r.round_id = 2 AND g.score IS NULL"));
}

/* A database from before the tallies gets them counted on upgrade. Its
 * rows are written in SQL against the version 3 schema, which never changes,
 * rather than by today's demo generator, which writes today's schema. */
static void
test_upgrade_backfills (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GroveStore) old = _grove_store_open_at_version (f->path, GROVE_SCHEMA_TALLIES - 1, &error);
  gint64 ratings;

  g_assert_no_error (error);
  exec (old, "INSERT INTO org_unit (id, parent_id, kind, name) VALUES"
             " (1, NULL, 0, 'Organisation'), (2, 1, 2, 'Team A'), (3, 1, 2, 'Team B')");
  exec (old, "INSERT INTO assessment_round (id, title, framework_id, opens, closes)"
             " SELECT 1, 'Before', id, '2025-01-01', '2025-02-01' FROM framework LIMIT 1");
  exec (old, "WITH RECURSIVE n (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 60)"
             " INSERT INTO assessment_response (id, round_id, unit_id) SELECT i, 1, 2 + i % 2 FROM n");
  /* Every score from 1 to 5, and "not observed" for one rating in seven. */
  exec (old, "INSERT INTO assessment_rating (response_id, statement_id, score)"
             " SELECT r.id, s.id, CASE WHEN (r.id + s.id) % 7 = 0 THEN NULL ELSE 1 + (r.id * s.id) % 5 END"
             " FROM assessment_response r, framework_statement s");
  ratings = count_ratings (old);
  g_assert_cmpint (ratings, ==, 60 * grove_test_query_int (old, "SELECT count (*) FROM framework_statement"));
  g_assert_cmpint (grove_test_query_int (old, "SELECT count (*) FROM sqlite_schema WHERE name = 'assessment_tally'"),
                   ==, 0);
  g_clear_object (&old);

  open_store (f);
  g_assert_cmpint (grove_store_get_schema_version (f->store), ==, GROVE_STORE_SCHEMA_VERSION);
  assert_tallies_match (f->store, ratings);

  /* And keeps them from then on. */
  exec (f->store, "DELETE FROM assessment_response WHERE id = 1");
  assert_tallies_match (f->store, ratings - grove_test_query_int (f->store, "SELECT count (*) FROM framework_statement"));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/tally/demo", test_demo);
  ADD ("/tally/import", test_import);
  ADD ("/tally/delete", test_delete);
  ADD ("/tally/edit", test_edit);
  ADD ("/tally/rollup", test_rollup_reads_tallies);
  ADD ("/tally/upgrade-backfills", test_upgrade_backfills);
#undef ADD

  return g_test_run ();
}
