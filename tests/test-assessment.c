/* test-assessment.c: rounds, responses and targets, and the schema step
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <math.h>

#include "grove-assessment.h"
#include "grove-framework.h"
#include "grove-org.h"
#include "grove-store-private.h"
#include "grove-test-store.h"
#include "grove-test-utils.h"

typedef struct {
  char       *dir;
  char       *path;
  GroveStore *store;
  gint64      team;
  gint64      directorate;
  gint64      round;
  GroveFramework *framework;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GroveRound) round = NULL;
  gint64 org;

  f->dir = grove_test_mkdtemp ();
  f->path = g_build_filename (f->dir, "grove.db", NULL);
  if (data != NULL)
    return; /* the migration test builds its own */
  f->store = grove_store_open (f->path, &error);
  g_assert_no_error (error);
  org = grove_org_add_unit (f->store, GROVE_ORG_UNIT_ORGANISATION, "Org", 0, &error);
  f->directorate = grove_org_add_unit (f->store, GROVE_ORG_UNIT_DIRECTORATE, "Policy", org, &error);
  f->team = grove_org_add_unit (f->store, GROVE_ORG_UNIT_TEAM, "Strategy Unit", f->directorate, &error);
  f->framework = grove_framework_get_by_key (f->store, GROVE_FRAMEWORK_BUILTIN_KEY, &error);
  g_assert_no_error (error);
  round = grove_round_new ("Survey 2026", f->framework->id, "2026-03-01", "2026-03-31");
  f->round = grove_assessment_add_round (f->store, round, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->store);
  grove_framework_free (f->framework);
  grove_test_rmdir (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

/* A response rating every statement of the built-in framework `score`. */
static GroveResponse *
full_response (Fixture *f,
               gint64   unit,
               int      score)
{
  GroveResponse *response = grove_response_new (f->round, unit);

  for (guint c = 0; c < f->framework->conditions->len; c++)
    {
      GroveFrameworkCondition *condition = g_ptr_array_index (f->framework->conditions, c);

      for (guint s = 0; s < condition->statements->len; s++)
        grove_response_add_rating (response, ((GroveFrameworkStatement *) g_ptr_array_index (condition->statements, s))->id,
                                   score, NULL);
    }
  return response;
}

static void
test_migrate_from_2 (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GroveStore) old = _grove_store_open_at_version (f->path, 2, &error);
  g_autofree char *backup = NULL;

  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_exec (_grove_store_get_handle (old),
                                 "INSERT INTO org_unit (id, kind, name) VALUES (1, 0, 'Kept Org')", NULL, NULL, NULL),
                   ==, SQLITE_OK);
  g_clear_object (&old);

  f->store = grove_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (grove_store_get_schema_version (f->store), ==, GROVE_STORE_SCHEMA_VERSION);
  g_assert_cmpint (grove_test_query_int (f->store, "SELECT count(*) FROM org_unit WHERE name = 'Kept Org'"), ==, 1);
  g_assert_cmpint (grove_test_query_int (f->store, "SELECT count(*) FROM framework"), ==, 1);
  g_assert_cmpint (grove_test_query_int (f->store, "SELECT count(*) FROM assessment_round"), ==, 0);

  backup = grove_store_get_backup_path (f->store, 2);
  g_assert_true (g_file_test (backup, G_FILE_TEST_EXISTS));
  g_assert_cmpint (grove_test_file_mode (backup), ==, 0600);
}

static void
test_rounds (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rounds = NULL;
  g_autoptr(GroveRound) earlier = grove_round_new ("Survey 2025", f->framework->id, "2025-03-01", "2025-03-31");
  g_autoptr(GroveRound) found = NULL;
  g_autoptr(GroveRound) previous = NULL;
  g_autoptr(GroveRound) bad = NULL;

  g_assert_cmpint (grove_assessment_add_round (f->store, earlier, &error), >, 0);
  g_assert_no_error (error);

  rounds = grove_assessment_list_rounds (f->store, &error);
  g_assert_cmpuint (rounds->len, ==, 2);
  g_assert_cmpstr (((GroveRound *) g_ptr_array_index (rounds, 0))->title, ==, "Survey 2025");

  found = grove_assessment_find_round (f->store, "Survey 2026", &error);
  g_assert_no_error (error);
  g_assert_cmpint (found->id, ==, f->round);
  g_assert_true (grove_assessment_get_previous_round (f->store, found, &previous, &error));
  g_assert_cmpint (previous->id, ==, earlier->id);
  g_clear_pointer (&previous, grove_round_free);
  g_assert_true (grove_assessment_get_previous_round (f->store, earlier, &previous, &error));
  g_assert_null (previous);

  bad = grove_round_new ("Survey 2026", f->framework->id, "2026-04-01", "2026-04-30");
  g_assert_cmpint (grove_assessment_add_round (f->store, bad, &error), ==, 0);
  g_assert_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_CONSTRAINT);
  g_clear_error (&error);
  g_clear_pointer (&bad, grove_round_free);

  bad = grove_round_new ("Later", f->framework->id, "2026-04-01", "2026-02-30");
  g_assert_cmpint (grove_assessment_add_round (f->store, bad, &error), ==, 0);
  g_assert_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_clear_pointer (&bad, grove_round_free);

  bad = grove_round_new ("Backwards", f->framework->id, "2026-04-01", "2026-03-01");
  g_assert_cmpint (grove_assessment_add_round (f->store, bad, &error), ==, 0);
  g_assert_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_null (grove_assessment_find_round (f->store, "No such round", &error));
  g_assert_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_NOT_FOUND);
}

static void
test_response_round_trip (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GroveResponse) response = full_response (f, f->team, 4);
  g_autoptr(GroveResponse) read = NULL;
  GroveRating *first;
  gint64 id;

  first = &g_array_index (response->ratings, GroveRating, 0);
  first->score = GROVE_RATING_NOT_OBSERVED;
  first->evidence = g_strdup ("Not seen this year");
  response->submitted = g_strdup ("2026-03-12");

  id = grove_assessment_add_response (f->store, response, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);

  read = grove_assessment_get_response (f->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (read->unit_id, ==, f->team);
  g_assert_cmpstr (read->submitted, ==, "2026-03-12");
  g_assert_cmpuint (read->ratings->len, ==, 22);
  first = &g_array_index (read->ratings, GroveRating, 0);
  g_assert_cmpint (first->score, ==, GROVE_RATING_NOT_OBSERVED);
  g_assert_cmpstr (first->evidence, ==, "Not seen this year");
  g_assert_cmpint (g_array_index (read->ratings, GroveRating, 1).score, ==, 4);
}

static void
test_response_refused (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) batch = g_ptr_array_new_with_free_func ((GDestroyNotify) grove_response_free);
  GroveResponse *bad;

  /* Not a team. */
  g_ptr_array_add (batch, full_response (f, f->directorate, 3));
  g_assert_false (grove_assessment_add_responses (f->store, batch, &error));
  g_assert_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_ptr_array_set_size (batch, 0);

  /* A good response, then one with a score off the scale: neither is kept. */
  g_ptr_array_add (batch, full_response (f, f->team, 3));
  bad = full_response (f, f->team, 3);
  g_array_index (bad->ratings, GroveRating, 5).score = 6;
  g_ptr_array_add (batch, bad);
  g_assert_false (grove_assessment_add_responses (f->store, batch, &error));
  g_assert_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (((GroveResponse *) g_ptr_array_index (batch, 0))->id, ==, 0);

  /* A statement left out. */
  g_array_set_size (bad->ratings, 21);
  g_array_index (bad->ratings, GroveRating, 5).score = 3;
  g_assert_false (grove_assessment_add_responses (f->store, batch, &error));
  g_assert_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_INVALID);

  g_assert_cmpint (grove_test_query_int (f->store, "SELECT count(*) FROM assessment_response"), ==, 0);
  g_assert_cmpint (grove_test_query_int (f->store, "SELECT count(*) FROM assessment_rating"), ==, 0);
}

static void
test_targets (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) targets = NULL;
  GroveFrameworkCondition *c1 = g_ptr_array_index (f->framework->conditions, 0);
  gboolean found = FALSE;
  double value = 0;

  g_assert_true (grove_assessment_set_target (f->store, c1->id, 0, 3.8, &error));
  g_assert_true (grove_assessment_set_target (f->store, c1->id, 0, 3.9, &error));
  g_assert_true (grove_assessment_set_target (f->store, c1->id, f->team, 4.1, &error));
  g_assert_no_error (error);

  g_assert_true (grove_assessment_get_target (f->store, c1->id, 0, &value, &found, &error));
  g_assert_true (found);
  g_assert_cmpfloat (value, ==, 3.9);
  targets = grove_assessment_list_targets (f->store, f->framework->id, &error);
  g_assert_cmpuint (targets->len, ==, 2);
  g_assert_cmpint (g_array_index (targets, GroveTarget, 0).unit_id, ==, 0);

  g_assert_true (grove_assessment_set_target (f->store, c1->id, f->team, NAN, &error));
  g_assert_true (grove_assessment_get_target (f->store, c1->id, f->team, &value, &found, &error));
  g_assert_false (found);

  g_assert_false (grove_assessment_set_target (f->store, c1->id, 0, 11, &error));
  g_assert_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (grove_assessment_set_target (f->store, 9999, 0, 3, &error));
  g_assert_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_NOT_FOUND);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  g_test_add ("/assessment/migrate-from-2", Fixture, "migration", fixture_set_up, test_migrate_from_2, fixture_tear_down);
  ADD ("/assessment/rounds", test_rounds);
  ADD ("/assessment/response-round-trip", test_response_round_trip);
  ADD ("/assessment/response-refused-whole", test_response_refused);
  ADD ("/assessment/targets", test_targets);
#undef ADD

  return g_test_run ();
}
