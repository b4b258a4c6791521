/* test-coaching-pool.c: editing the pool, and removing coaches and
 * withdrawing requests so that they can be put back as they were
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "grove-coaching.h"
#include "grove-org.h"
#include "grove-relationship.h"
#include "grove-test-store.h"
#include "grove-test-utils.h"

typedef struct {
  char       *dir;
  GroveStore *store;
  gint64      ann, bob, cat;
} Fixture;

static gint64
add_person (Fixture    *fx,
            const char *name)
{
  g_autoptr(GrovePerson) person = grove_person_new (name);
  g_autoptr(GError) error = NULL;
  gint64 id;

  person->location = g_strdup ("Cardiff");
  person->languages = g_strsplit ("English", ",", -1);
  id = grove_org_add_person (fx->store, person, &error);
  g_assert_no_error (error);
  return id;
}

static void
fixture_set_up (Fixture       *fx,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  fx->dir = grove_test_mkdtemp ();
  path = g_build_filename (fx->dir, "grove.db", NULL);
  fx->store = grove_store_open (path, &error);
  g_assert_no_error (error);
  fx->ann = add_person (fx, "Ann");
  fx->bob = add_person (fx, "Bob");
  fx->cat = add_person (fx, "Cat");
}

static void
fixture_tear_down (Fixture       *fx,
                   gconstpointer  data)
{
  g_clear_object (&fx->store);
  grove_test_rmdir (fx->dir);
  g_free (fx->dir);
}

/* @sql with its one "?" replaced by @id. */
static gint64
count (Fixture    *fx,
       const char *sql,
       gint64      id)
{
  g_auto(GStrv) parts = g_strsplit (sql, "?", 2);
  g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, id);
  g_autofree char *query = g_strjoin (number, parts[0], parts[1], NULL);

  g_assert_nonnull (parts[1]);
  return grove_test_query_int (fx->store, query);
}

static gint64
save_coach (Fixture  *fx,
            gint64    person)
{
  g_autoptr(GroveCoach) coach = grove_coach_new (person, GROVE_MATCH_ROLE_COACH, 2);
  g_autoptr(GError) error = NULL;
  gint64 id;

  coach->specialisms = g_strsplit ("leadership, resilience", ",", -1);
  coach->languages = g_strsplit ("Welsh,English", ",", -1);
  coach->location = g_strdup ("Swansea");
  coach->accreditation = g_strdup ("EMCC Practitioner");
  id = grove_coaching_save_coach (fx->store, coach, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

/* Saving adds, then edits in place; the location and languages are the
 * person's. */
static void
test_save_coach (Fixture       *fx,
                 gconstpointer  data)
{
  g_autoptr(GroveCoach) edit = NULL;
  g_autoptr(GroveCoach) missing = grove_coach_new (fx->bob, GROVE_MATCH_ROLE_MENTOR, 1);
  g_autoptr(GError) error = NULL;
  gint64 id = save_coach (fx, fx->ann);

  g_assert_cmpint (count (fx, "SELECT count(*) FROM coach_specialism WHERE coach_id = ?", id), ==, 2);
  g_assert_cmpint (count (fx, "SELECT count(*) FROM person_language WHERE person_id = ?"
                          " AND language = 'Welsh'", fx->ann), ==, 1);
  g_assert_cmpint (count (fx, "SELECT location = 'Swansea' FROM person WHERE id = ?", fx->ann), ==, 1);

  edit = grove_coach_new (fx->ann, GROVE_MATCH_ROLE_BOTH, 5);
  edit->id = id;
  edit->specialisms = g_strsplit ("change", ",", -1);
  edit->remote = FALSE;
  edit->active = FALSE;
  g_assert_cmpint (grove_coaching_save_coach (fx->store, edit, &error), ==, id);
  g_assert_no_error (error);
  g_assert_cmpint (count (fx, "SELECT roles * 100 + capacity * 10 + remote * 2 + active FROM coach WHERE id = ?",
                          id), ==, 350);
  g_assert_cmpint (count (fx, "SELECT count(*) FROM coach_specialism WHERE coach_id = ?", id), ==, 1);
  g_assert_cmpint (count (fx, "SELECT count(*) FROM person_language WHERE person_id = ?", fx->ann), ==, 0);
  g_assert_cmpint (count (fx, "SELECT location IS NULL FROM person WHERE id = ?", fx->ann), ==, 1);

  /* A bad capacity stores nothing, languages included. */
  missing->id = id + 100;
  missing->languages = g_strsplit ("Welsh", ",", -1);
  g_assert_cmpint (grove_coaching_save_coach (fx->store, missing, &error), ==, 0);
  g_assert_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_NOT_FOUND);
  g_assert_cmpint (count (fx, "SELECT count(*) FROM person_language WHERE person_id = ?", fx->bob), ==, 1);
}

/* Removing and restoring gives back the same row, specialisms and lock. */
static void
test_remove_and_restore_coach (Fixture       *fx,
                               gconstpointer  data)
{
  g_autoptr(GroveCoachingRequest) request = grove_coaching_request_new (fx->bob, GROVE_MATCH_COACHING, "2026-03-01");
  g_autoptr(GroveCoach) removed = NULL;
  g_autoptr(GError) error = NULL;
  const char *row_sql = "SELECT roles * 10 + capacity FROM coach WHERE id = ?";
  gint64 id = save_coach (fx, fx->ann);

  g_assert_cmpint (grove_coaching_add_request (fx->store, request, &error), >, 0);
  g_assert_true (grove_coaching_lock (fx->store, request->id, id, &error));
  g_assert_no_error (error);

  removed = grove_coaching_remove_coach (fx->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (removed->name, ==, "Ann");
  g_assert_cmpuint (removed->locks->len, ==, 1);
  g_assert_cmpint (count (fx, "SELECT count(*) FROM coach WHERE id = ?", id), ==, 0);
  g_assert_cmpint (count (fx, "SELECT count(*) FROM coaching_lock WHERE coach_id = ?", id), ==, 0);

  g_assert_true (grove_coaching_restore_coach (fx->store, removed, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count (fx, row_sql, id), ==, GROVE_MATCH_ROLE_COACH * 10 + 2);
  g_assert_cmpint (count (fx, "SELECT count(*) FROM coach_specialism WHERE coach_id = ?", id), ==, 2);
  g_assert_cmpint (count (fx, "SELECT accreditation = 'EMCC Practitioner' FROM coach WHERE id = ?",
                          id), ==, 1);
  g_assert_cmpint (count (fx, "SELECT coach_id FROM coaching_lock WHERE request_id = ?",
                          request->id), ==, id);
}

/* A coach with a relationship stays, and the message says what to do. */
static void
test_remove_coach_in_use (Fixture       *fx,
                          gconstpointer  data)
{
  g_autoptr(GroveCoachingRequest) request = grove_coaching_request_new (fx->bob, GROVE_MATCH_COACHING, "2026-03-01");
  g_autoptr(GroveCoach) removed = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id = save_coach (fx, fx->ann);
  gint64 relationship;

  g_assert_cmpint (grove_coaching_add_request (fx->store, request, &error), >, 0);
  g_assert_true (grove_coaching_lock (fx->store, request->id, id, &error));
  {
    g_autoptr(GroveMatchRun) run = grove_coaching_match (fx->store, 0, GROVE_MATCH_MODE_OPTIMAL, &error);

    g_assert_no_error (error);
    relationship = grove_coaching_accept (fx->store, run->id, request->id, id, "2026-03-02", &error);
    g_assert_no_error (error);
  }

  removed = grove_coaching_remove_coach (fx->store, id, &error);
  g_assert_null (removed);
  g_assert_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_CONSTRAINT);
  g_assert_nonnull (strstr (error->message, "Ann has 1 current relationship"));
  g_clear_error (&error);

  g_assert_true (grove_relationship_close (fx->store, relationship, "2026-04-01", 4, NULL, &error));
  removed = grove_coaching_remove_coach (fx->store, id, &error);
  g_assert_null (removed);
  g_assert_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_CONSTRAINT);
  g_assert_nonnull (strstr (error->message, "inactive"));
  g_assert_cmpint (count (fx, "SELECT count(*) FROM coach WHERE id = ?", id), ==, 1);
}

static void
test_withdraw_and_restore_request (Fixture       *fx,
                                   gconstpointer  data)
{
  g_autoptr(GroveCoachingRequest) request = grove_coaching_request_new (fx->bob, GROVE_MATCH_COACHING, "2026-03-01");
  g_autoptr(GroveCoachingRequest) withdrawn = NULL;
  g_autoptr(GError) error = NULL;
  gint64 coach = save_coach (fx, fx->ann);

  request->goals = g_strdup ("Lead a team");
  request->wanted = g_strsplit ("leadership", ",", -1);
  request->languages = g_strsplit ("Welsh", ",", -1);
  g_assert_cmpint (grove_coaching_add_request (fx->store, request, &error), >, 0);
  g_assert_true (grove_coaching_lock (fx->store, request->id, coach, &error));

  withdrawn = grove_coaching_withdraw_request (fx->store, request->id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (withdrawn->locked_coach, ==, coach);
  g_assert_cmpint (count (fx, "SELECT count(*) FROM coaching_request WHERE id = ?", request->id), ==, 0);
  g_assert_cmpint (count (fx, "SELECT count(*) FROM request_language WHERE request_id = ?",
                          request->id), ==, 0);

  g_assert_true (grove_coaching_restore_request (fx->store, withdrawn, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count (fx, "SELECT requested = '2026-03-01' FROM coaching_request WHERE goals = 'Lead a team'"
                          " AND id = ?", request->id), ==, 1);
  g_assert_cmpint (count (fx, "SELECT count(*) FROM request_language WHERE request_id = ?",
                          request->id), ==, 1);
  g_assert_cmpint (count (fx, "SELECT count(*) FROM request_specialism WHERE request_id = ?",
                          request->id), ==, 1);
  g_assert_cmpint (count (fx, "SELECT coach_id FROM coaching_lock WHERE request_id = ?",
                          request->id), ==, coach);

  /* Once matched it has a relationship and cannot be withdrawn. */
  {
    g_autoptr(GroveMatchRun) run = grove_coaching_match (fx->store, 0, GROVE_MATCH_MODE_OPTIMAL, &error);

    g_assert_no_error (error);
    g_assert_cmpint (grove_coaching_accept (fx->store, run->id, request->id, coach, "2026-03-02", &error), >, 0);
  }
  g_clear_pointer (&withdrawn, grove_coaching_request_free);
  withdrawn = grove_coaching_withdraw_request (fx->store, request->id, &error);
  g_assert_null (withdrawn);
  g_assert_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_CONSTRAINT);
}

static void
test_exclusions (Fixture       *fx,
                 gconstpointer  data)
{
  g_autoptr(GPtrArray) exclusions = NULL;
  g_autoptr(GError) error = NULL;
  GroveExclusion *first;

  g_assert_true (grove_coaching_add_exclusion (fx->store, fx->cat, fx->ann, "Same project", &error));
  g_assert_true (grove_coaching_add_exclusion (fx->store, fx->bob, fx->ann, NULL, &error));
  exclusions = grove_coaching_list_exclusions (fx->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (exclusions->len, ==, 2);
  first = exclusions->pdata[0];
  g_assert_cmpstr (first->coachee, ==, "Bob");
  g_assert_cmpstr (first->coach, ==, "Ann");
  g_assert_null (first->reason);
  g_assert_cmpstr (((GroveExclusion *) exclusions->pdata[1])->reason, ==, "Same project");

  g_assert_true (grove_coaching_remove_exclusion (fx->store, fx->cat, fx->ann, &error));
  g_assert_cmpint (count (fx, "SELECT count(*) FROM coaching_exclusion WHERE coachee_id = ?", fx->cat), ==, 0);
  g_assert_cmpint (count (fx, "SELECT count(*) FROM coaching_exclusion WHERE coachee_id = ?", fx->bob), ==, 1);
  g_assert_false (grove_coaching_remove_exclusion (fx->store, fx->cat, fx->ann, &error));
  g_assert_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_NOT_FOUND);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/coaching/pool/save", test_save_coach);
  ADD ("/coaching/pool/remove-and-restore", test_remove_and_restore_coach);
  ADD ("/coaching/pool/remove-in-use", test_remove_coach_in_use);
  ADD ("/coaching/requests/withdraw-and-restore", test_withdraw_and_restore_request);
  ADD ("/coaching/exclusions", test_exclusions);
#undef ADD

  return g_test_run ();
}
