/* test-coaching.c: the pool, requests, rules and matching runs as stored,
 * and relationships from acceptance to close
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

/* The organisation: head manages ann (Policy) and dai (Delivery); ann
 * manages bob, who manages cat (Skills); dai manages eve and gwen (Data).
 * Gwen speaks Welsh. */
typedef struct {
  char       *dir;
  GroveStore *store;
  gint64      skills, data;
  gint64      head, ann, bob, cat, dai, eve, gwen;
} Fixture;

static gint64
add_person (Fixture    *fx,
            const char *name,
            gint64      unit,
            gint64      manager,
            const char *location)
{
  g_autoptr(GrovePerson) person = grove_person_new (name);
  g_autoptr(GError) error = NULL;
  gint64 id;

  person->unit_id = unit;
  person->manager_id = manager;
  person->location = g_strdup (location);
  person->languages = g_strsplit (g_str_equal (name, "Gwen") ? "cy,en" : "en", ",", -1);
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
  gint64 org, policy, delivery;

  fx->dir = grove_test_mkdtemp ();
  path = g_build_filename (fx->dir, "grove.db", NULL);
  fx->store = grove_store_open (path, &error);
  g_assert_no_error (error);
  org = grove_org_add_unit (fx->store, GROVE_ORG_UNIT_ORGANISATION, "Department for Testing", 0, &error);
  policy = grove_org_add_unit (fx->store, GROVE_ORG_UNIT_DIRECTORATE, "Policy", org, &error);
  delivery = grove_org_add_unit (fx->store, GROVE_ORG_UNIT_DIRECTORATE, "Delivery", org, &error);
  fx->skills = grove_org_add_unit (fx->store, GROVE_ORG_UNIT_TEAM, "Skills", policy, &error);
  fx->data = grove_org_add_unit (fx->store, GROVE_ORG_UNIT_TEAM, "Data", delivery, &error);
  g_assert_no_error (error);

  fx->head = add_person (fx, "Head", policy, 0, "London");
  fx->ann = add_person (fx, "Ann", policy, fx->head, "London");
  fx->bob = add_person (fx, "Bob", fx->skills, fx->ann, "Cardiff");
  fx->cat = add_person (fx, "Cat", fx->skills, fx->bob, "Cardiff");
  fx->dai = add_person (fx, "Dai", delivery, fx->head, "Swansea");
  fx->eve = add_person (fx, "Eve", fx->data, fx->dai, "Swansea");
  fx->gwen = add_person (fx, "Gwen", fx->data, fx->dai, "Swansea");
}

static void
fixture_tear_down (Fixture       *fx,
                   gconstpointer  data)
{
  g_clear_object (&fx->store);
  grove_test_rmdir (fx->dir);
  g_free (fx->dir);
}

static gint64
add_coach (Fixture    *fx,
           gint64      person,
           guint       capacity,
           const char *specialisms)
{
  g_autoptr(GroveCoach) coach = grove_coach_new (person, GROVE_MATCH_ROLE_BOTH, capacity);
  g_autoptr(GError) error = NULL;
  gint64 id;

  coach->specialisms = specialisms != NULL ? g_strsplit (specialisms, ",", -1) : NULL;
  id = grove_coaching_add_coach (fx->store, coach, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static gint64
add_request (Fixture    *fx,
             gint64      person,
             const char *requested,
             const char *languages)
{
  g_autoptr(GroveCoachingRequest) request = grove_coaching_request_new (person, GROVE_MATCH_COACHING, requested);
  g_autoptr(GError) error = NULL;
  gint64 id;

  request->languages = languages != NULL ? g_strsplit (languages, ",", -1) : NULL;
  id = grove_coaching_add_request (fx->store, request, &error);
  g_assert_no_error (error);
  return id;
}

static GroveMatchRun *
match (Fixture        *fx,
       GroveMatchMode  mode)
{
  g_autoptr(GError) error = NULL;
  GroveMatchRun *run = grove_coaching_match (fx->store, 0, mode, &error);

  g_assert_no_error (error);
  g_assert_nonnull (run);
  return run;
}

static const GroveProposal *
proposal_for (GroveMatchRun *run,
              gint64         request)
{
  for (guint i = 0; i < run->proposals->len; i++)
    if (((GroveProposal *) run->proposals->pdata[i])->request_id == request)
      return run->proposals->pdata[i];
  return NULL;
}

static GroveMatchReason
reason_for (GroveMatchRun *run,
            gint64         request)
{
  for (guint i = 0; i < run->unmatched->len; i++)
    if (((GroveUnmatched *) run->unmatched->pdata[i])->request_id == request)
      return ((GroveUnmatched *) run->unmatched->pdata[i])->reason;
  return GROVE_MATCH_REASON_NONE;
}

static void
test_pool (Fixture       *fx,
           gconstpointer  data)
{
  g_autoptr(GroveCoach) again = grove_coach_new (fx->gwen, GROVE_MATCH_ROLE_COACH, 1);
  g_autoptr(GroveCoach) stranger = grove_coach_new (9999, GROVE_MATCH_ROLE_COACH, 1);
  g_autoptr(GroveCoach) too_big = grove_coach_new (fx->eve, GROVE_MATCH_ROLE_COACH, 51);
  g_autoptr(GPtrArray) coaches = NULL;
  g_autoptr(GError) error = NULL;
  GroveCoach *gwen;
  gint64 id = add_coach (fx, fx->gwen, 3, "resilience,leadership");

  g_assert_cmpint (grove_coaching_add_coach (fx->store, again, &error), ==, 0);
  g_assert_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_CONSTRAINT);
  g_clear_error (&error);
  g_assert_cmpint (grove_coaching_add_coach (fx->store, stranger, &error), ==, 0);
  g_assert_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpint (grove_coaching_add_coach (fx->store, too_big, &error), ==, 0);
  g_assert_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (grove_test_query_int (fx->store, "SELECT count(*) FROM coach"), ==, 1);
  g_assert_cmpint (grove_test_query_int (fx->store, "SELECT count(*) FROM coach_specialism"), ==, 2);

  g_assert_true (grove_coaching_set_coach_active (fx->store, id, FALSE, &error));
  coaches = grove_coaching_list_coaches (fx->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (coaches->len, ==, 1);
  gwen = coaches->pdata[0];
  g_assert_cmpstr (gwen->name, ==, "Gwen");
  g_assert_cmpstr (gwen->location, ==, "Swansea");
  g_assert_cmpuint (gwen->capacity, ==, 3);
  g_assert_cmpuint (gwen->used, ==, 0);
  g_assert_false (gwen->active);
  g_assert_cmpstrv (gwen->specialisms, ((const char * const[]) { "leadership", "resilience", NULL }));
  g_assert_cmpstrv (gwen->languages, ((const char * const[]) { "cy", "en", NULL }));
  g_assert_false (grove_coaching_set_coach_active (fx->store, id + 100, TRUE, &error));
  g_assert_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_NOT_FOUND);
}

static void
test_requests (Fixture       *fx,
               gconstpointer  data)
{
  g_autoptr(GroveCoachingRequest) bad = grove_coaching_request_new (fx->bob, GROVE_MATCH_COACHING, "2026-02-30");
  g_autoptr(GPtrArray) requests = NULL;
  g_autoptr(GError) error = NULL;
  gint64 later = add_request (fx, fx->bob, "2026-03-01", NULL);
  gint64 earlier = add_request (fx, fx->eve, "2026-01-15", "cy");

  g_assert_cmpint (grove_coaching_add_request (fx->store, bad, &error), ==, 0);
  g_assert_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_INVALID);
  requests = grove_coaching_list_requests (fx->store, TRUE, &error);
  g_assert_cmpuint (requests->len, ==, 2);
  g_assert_cmpint (((GroveCoachingRequest *) requests->pdata[0])->id, ==, earlier);
  g_assert_cmpint (((GroveCoachingRequest *) requests->pdata[1])->id, ==, later);
  g_assert_cmpstrv (((GroveCoachingRequest *) requests->pdata[0])->languages, ((const char * const[]) { "cy", NULL }));
  g_assert_cmpint (((GroveCoachingRequest *) requests->pdata[0])->programme_id, ==, GROVE_PROGRAMME_DEFAULT);
}

static void
test_match_rules_and_reasons (Fixture       *fx,
                              gconstpointer  data)
{
  g_autoptr(GroveMatchRun) run = NULL;
  g_autoptr(GError) error = NULL;
  const GroveProposal *p;
  gint64 ann, cat, gwen, bob_request, eve_request, dai_request;

  ann = add_coach (fx, fx->ann, 1, NULL);
  cat = add_coach (fx, fx->cat, 1, NULL);
  gwen = add_coach (fx, fx->gwen, 1, NULL);
  /* Bob: Ann manages him and Cat reports to him, so only Gwen. */
  bob_request = add_request (fx, fx->bob, "2026-01-01", NULL);
  /* Eve needs Welsh: only Gwen, who is taken by then. */
  eve_request = add_request (fx, fx->eve, "2026-01-02", "cy");
  dai_request = add_request (fx, fx->dai, "2026-01-03", "fr");

  run = match (fx, GROVE_MATCH_MODE_OPTIMAL);
  g_assert_cmpuint (run->proposals->len, ==, 1);
  p = proposal_for (run, bob_request);
  g_assert_cmpint (p->coach_id, ==, gwen);
  g_assert_cmpstr (p->coachee, ==, "Bob");
  g_assert_cmpstr (p->coach, ==, "Gwen");
  /* (3 × 5000 [nothing wanted] + 10000 [other directorate] + 10000 [both
   * remote] + 5000 [no availability given]) / 6, rounded. */
  g_assert_cmpuint (p->score, ==, 6667);
  g_assert_cmpuint (p->criteria[GROVE_MATCH_DIRECTORATE], ==, 10000);
  g_assert_cmpuint (p->criteria[GROVE_MATCH_SPECIALISM], ==, 5000);
  g_assert_cmpint (reason_for (run, eve_request), ==, GROVE_MATCH_REASON_ALL_FULL);
  g_assert_cmpint (reason_for (run, dai_request), ==, GROVE_MATCH_REASON_LANGUAGE);
  g_assert_cmpint (grove_test_query_int (fx->store, "SELECT unmatched_reason FROM coaching_request WHERE person_id = "
                                                    "(SELECT id FROM person WHERE name = 'Eve')"), ==, 5);
  g_assert_cmpint (grove_test_query_int (fx->store, "SELECT count(*) FROM match_proposal"), ==, 1);
  g_assert_cmpint (grove_test_query_int (fx->store, "SELECT score FROM match_proposal"), ==, 6667);
  g_clear_pointer (&run, grove_match_run_free);

  /* Excluding Bob and Gwen leaves him nobody and lets Eve have her. */
  g_assert_true (grove_coaching_add_exclusion (fx->store, fx->bob, fx->gwen, "Worked together", &error));
  run = match (fx, GROVE_MATCH_MODE_OPTIMAL);
  g_assert_cmpint (reason_for (run, bob_request), ==, GROVE_MATCH_REASON_RULES);
  g_assert_cmpint (proposal_for (run, eve_request)->coach_id, ==, gwen);
  g_assert_cmpint (proposal_for (run, eve_request)->score, ==, 5000);
  g_assert_null (proposal_for (run, bob_request));
  (void) ann, (void) cat;
}

/* Accepting every proposal is all or nothing: one that cannot start leaves
 * the others waiting too. */
static void
test_accept_all (Fixture       *fx,
                 gconstpointer  data)
{
  g_autoptr(GroveMatchRun) run = NULL;
  g_autoptr(GError) error = NULL;
  gint64 bob_request, eve_request;
  guint started = 0;

  add_coach (fx, fx->gwen, 1, NULL);
  add_coach (fx, fx->cat, 1, NULL);
  bob_request = add_request (fx, fx->bob, "2026-01-01", NULL);
  eve_request = add_request (fx, fx->eve, "2026-01-02", NULL);
  run = match (fx, GROVE_MATCH_MODE_OPTIMAL);
  g_assert_cmpuint (run->proposals->len, ==, 2);

  /* Bob's proposal is taken first, alone: the whole list now fails on it. */
  g_assert_cmpint (grove_coaching_accept (fx->store, run->id, bob_request, 0, "2026-02-01", &error), >, 0);
  g_assert_no_error (error);
  g_assert_false (grove_coaching_accept_all (fx->store, run, "2026-02-01", &started, &error));
  g_assert_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_CONSTRAINT);
  g_clear_error (&error);
  g_assert_cmpuint (started, ==, 0);
  g_assert_cmpint (grove_test_query_int (fx->store, "SELECT count(*) FROM coaching_relationship"), ==, 1);
  g_assert_cmpint (grove_test_query_int (fx->store, "SELECT status FROM coaching_request WHERE id = 2"), ==, 0);

  /* Without it, the rest starts. */
  g_ptr_array_remove_index (run->proposals, proposal_for (run, bob_request) == run->proposals->pdata[0] ? 0 : 1);
  g_assert_true (grove_coaching_accept_all (fx->store, run, "2026-02-01", &started, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (started, ==, 1);
  g_assert_cmpint (grove_test_query_int (fx->store, "SELECT count(*) FROM coaching_relationship"), ==, 2);
  g_assert_cmpint (grove_test_query_int (fx->store, "SELECT status FROM coaching_request WHERE id = 2"), ==, 1);
  (void) eve_request;
}

static void
test_accept_and_reject (Fixture       *fx,
                        gconstpointer  data)
{
  g_autoptr(GroveMatchRun) run = NULL;
  g_autoptr(GroveMatchRun) next = NULL;
  g_autoptr(GPtrArray) coaches = NULL;
  g_autoptr(GError) error = NULL;
  gint64 gwen = add_coach (fx, fx->gwen, 1, NULL);
  gint64 cat = add_coach (fx, fx->cat, 1, NULL);
  gint64 bob_request = add_request (fx, fx->bob, "2026-01-01", NULL);
  gint64 eve_request = add_request (fx, fx->eve, "2026-01-02", NULL);
  gint64 relationship;

  run = match (fx, GROVE_MATCH_MODE_OPTIMAL);
  g_assert_cmpint (proposal_for (run, bob_request)->coach_id, ==, gwen);
  g_assert_cmpint (proposal_for (run, eve_request)->coach_id, ==, cat);

  relationship = grove_coaching_accept (fx->store, run->id, bob_request, 0, "2026-02-01", &error);
  g_assert_no_error (error);
  g_assert_cmpint (relationship, >, 0);
  g_assert_cmpint (grove_test_query_int (fx->store, "SELECT status FROM coaching_request WHERE id = 1"), ==, 1);
  g_assert_cmpint (grove_test_query_int (fx->store, "SELECT count(*) FROM coaching_relationship"
                                                    " WHERE started = '2026-02-01' AND status = 0"), ==, 1);
  coaches = grove_coaching_list_coaches (fx->store, &error);
  g_assert_cmpuint (((GroveCoach *) coaches->pdata[1])->used, ==, 1);  /* Gwen, after Cat */

  /* Twice is refused, and so is a pair the run never proposed. */
  g_assert_cmpint (grove_coaching_accept (fx->store, run->id, bob_request, 0, NULL, &error), ==, 0);
  g_assert_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_CONSTRAINT);
  g_clear_error (&error);
  g_assert_cmpint (grove_coaching_accept (fx->store, run->id, eve_request, gwen, NULL, &error), ==, 0);
  g_assert_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Turning Cat down for Eve excludes the pair from then on. */
  g_assert_true (grove_coaching_reject (fx->store, run->id, eve_request, 0, &error));
  g_assert_no_error (error);
  g_assert_cmpint (grove_test_query_int (fx->store, "SELECT count(*) FROM coaching_exclusion e"
                                                    " JOIN person a ON a.id = e.coachee_id AND a.name = 'Eve'"
                                                    " JOIN person b ON b.id = e.coach_id AND b.name = 'Cat'"), ==, 1);
  next = match (fx, GROVE_MATCH_MODE_OPTIMAL);
  g_assert_cmpuint (next->proposals->len, ==, 0);
  g_assert_cmpint (reason_for (next, eve_request), ==, GROVE_MATCH_REASON_ALL_FULL);
}

static void
test_lock_and_choice (Fixture       *fx,
                      gconstpointer  data)
{
  g_autoptr(GroveMatchRun) run = NULL;
  g_autoptr(GroveMatchRun) choice = NULL;
  g_autoptr(GError) error = NULL;
  gint64 gwen = add_coach (fx, fx->gwen, 1, NULL);
  gint64 head = add_coach (fx, fx->head, 1, NULL);
  gint64 bob_request = add_request (fx, fx->bob, "2026-01-01", NULL);
  gint64 eve_request = add_request (fx, fx->eve, "2026-01-02", NULL);
  guint ranked = 0;

  /* Left alone, Bob takes Gwen (the better score) and Eve gets nobody:
   * Head is in both their lines. A lock gives Gwen to Eve instead. */
  g_assert_true (grove_coaching_lock (fx->store, eve_request, gwen, &error));
  run = match (fx, GROVE_MATCH_MODE_OPTIMAL);
  g_assert_true (proposal_for (run, eve_request)->locked);
  g_assert_cmpint (proposal_for (run, eve_request)->coach_id, ==, gwen);
  g_assert_cmpint (reason_for (run, bob_request), ==, GROVE_MATCH_REASON_ALL_FULL);

  g_assert_true (grove_coaching_unlock (fx->store, eve_request, &error));
  choice = match (fx, GROVE_MATCH_MODE_CHOICE);
  for (guint i = 0; i < choice->proposals->len; i++)
    {
      const GroveProposal *p = choice->proposals->pdata[i];

      g_assert_cmpint (p->coach_id, ==, gwen);
      g_assert_cmpuint (p->rank, ==, 0);
      ranked++;
    }
  /* Both are offered Gwen, to choose; nobody else is allowed. */
  g_assert_cmpuint (ranked, ==, 2);
  g_assert_cmpint (grove_test_query_int (fx->store, "SELECT mode FROM match_run ORDER BY id DESC LIMIT 1"), ==, 2);
  (void) head;
}

static void
test_history (Fixture       *fx,
              gconstpointer  data)
{
  g_autoptr(GroveMatchRun) run = NULL;
  g_autoptr(GroveMatchRun) second = NULL;
  g_autoptr(GroveMatchRun) third = NULL;
  g_autoptr(GroveCoachingRequest) again = grove_coaching_request_new (fx->bob, GROVE_MATCH_COACHING, "2026-06-01");
  g_autoptr(GError) error = NULL;
  gint64 gwen = add_coach (fx, fx->gwen, 1, NULL);
  gint64 first = add_request (fx, fx->bob, "2026-01-01", NULL);
  gint64 relationship, later;

  run = match (fx, GROVE_MATCH_MODE_OPTIMAL);
  relationship = grove_coaching_accept (fx->store, run->id, first, 0, "2026-01-10", &error);
  g_assert_no_error (error);
  g_assert_true (grove_relationship_close (fx->store, relationship, "2026-05-01", 5, "Goals met", &error));
  g_assert_no_error (error);

  later = add_request (fx, fx->bob, "2026-06-01", NULL);
  second = match (fx, GROVE_MATCH_MODE_OPTIMAL);
  g_assert_cmpint (reason_for (second, later), ==, GROVE_MATCH_REASON_RULES);

  /* Asking for the same coach again is allowed. */
  again->wants_previous = TRUE;
  g_assert_cmpint (grove_coaching_add_request (fx->store, again, &error), >, 0);
  third = match (fx, GROVE_MATCH_MODE_OPTIMAL);
  g_assert_cmpint (proposal_for (third, again->id)->coach_id, ==, gwen);
  g_assert_cmpint (reason_for (third, later), ==, GROVE_MATCH_REASON_RULES);
}

static void
test_left_waiting_first (Fixture       *fx,
                         gconstpointer  data)
{
  g_autoptr(GroveMatchRun) first = NULL;
  g_autoptr(GroveMatchRun) second = NULL;
  g_autoptr(GroveMatchRun) refused = NULL;
  g_autoptr(GError) error = NULL;
  gint64 gwen = add_coach (fx, fx->gwen, 1, NULL);
  gint64 cat_request = add_request (fx, fx->cat, "2026-02-01", NULL);
  gint64 bob_request;

  /* Nobody active: Cat's request is left waiting by this run. */
  g_assert_true (grove_coaching_set_coach_active (fx->store, gwen, FALSE, &error));
  first = match (fx, GROVE_MATCH_MODE_OPTIMAL);
  g_assert_cmpint (reason_for (first, cat_request), ==, GROVE_MATCH_REASON_NO_COACH);

  /* Bob asked earlier and scores the same with Gwen, but Cat has already
   * been left waiting once: Cat goes first. */
  bob_request = add_request (fx, fx->bob, "2026-01-01", NULL);
  g_assert_true (grove_coaching_set_coach_active (fx->store, gwen, TRUE, &error));
  second = match (fx, GROVE_MATCH_MODE_OPTIMAL);
  g_assert_cmpint (proposal_for (second, cat_request)->coach_id, ==, gwen);
  g_assert_cmpint (proposal_for (second, cat_request)->score, ==, 6667);
  g_assert_cmpint (reason_for (second, bob_request), ==, GROVE_MATCH_REASON_ALL_FULL);

  /* A lock that breaks a rule (Cat reports to Bob) is refused, and the run
   * with it; nothing is stored. */
  add_coach (fx, fx->cat, 1, NULL);
  g_assert_true (grove_coaching_lock (fx->store, bob_request, gwen + 1, &error));
  refused = grove_coaching_match (fx->store, 0, GROVE_MATCH_MODE_OPTIMAL, &error);
  g_assert_null (refused);
  g_assert_error (error, GROVE_MATCHING_ERROR, GROVE_MATCHING_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "Bob"));
  g_assert_nonnull (strstr (error->message, "Cat"));
  g_assert_cmpint (grove_test_query_int (fx->store, "SELECT count(*) FROM match_run"), ==, 2);
}

static gint64
start (Fixture *fx,
       gint64   request,
       gint64   coach)
{
  g_autoptr(GroveMatchRun) run = match (fx, GROVE_MATCH_MODE_OPTIMAL);
  g_autoptr(GError) error = NULL;
  gint64 id = grove_coaching_accept (fx->store, run->id, request, coach, "2026-02-01", &error);

  g_assert_no_error (error);
  return id;
}

static void
test_sessions_and_close (Fixture       *fx,
                         gconstpointer  data)
{
  g_autoptr(GroveRelationship) open = NULL;
  g_autoptr(GroveRelationship) closed = NULL;
  g_autoptr(GPtrArray) sessions = NULL;
  g_autoptr(GPtrArray) coaches = NULL;
  g_autoptr(GError) error = NULL;
  gint64 gwen = add_coach (fx, fx->gwen, 1, NULL);
  gint64 request = add_request (fx, fx->bob, "2026-01-01", "cy");
  gint64 id = start (fx, request, gwen);

  g_assert_cmpint (grove_relationship_log_session (fx->store, id, "2026-02-10", 60, "Goals", &error), >, 0);
  g_assert_cmpint (grove_relationship_log_session (fx->store, id, "2026-03-10", 90, NULL, &error), >, 0);
  g_assert_no_error (error);
  g_assert_cmpint (grove_relationship_log_session (fx->store, id, "2026-01-10", 30, NULL, &error), ==, 0);
  g_assert_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_INVALID);  /* before it started */
  g_clear_error (&error);
  g_assert_cmpint (grove_relationship_log_session (fx->store, id, "2026-03-11", 0, NULL, &error), ==, 0);
  g_assert_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_INVALID);
  g_clear_error (&error);

  open = grove_relationship_get (fx->store, id, &error);
  g_assert_cmpuint (open->sessions, ==, 2);
  g_assert_cmpuint (open->minutes, ==, 150);
  g_assert_cmpint (open->status, ==, GROVE_RELATIONSHIP_ACTIVE);
  sessions = grove_relationship_list_sessions (fx->store, id, &error);
  g_assert_cmpuint (sessions->len, ==, 2);
  g_assert_cmpstr (((GroveCoachingSession *) sessions->pdata[0])->notes, ==, "Goals");

  g_assert_true (grove_relationship_check_fit (fx->store, id, GROVE_FIT_GOOD, "2026-02-10", &error));
  g_assert_true (grove_relationship_set_paused (fx->store, id, TRUE, &error));
  coaches = grove_coaching_list_coaches (fx->store, &error);
  g_assert_cmpuint (((GroveCoach *) coaches->pdata[0])->used, ==, 1);  /* paused still holds the seat */
  g_clear_pointer (&coaches, g_ptr_array_unref);
  g_assert_true (grove_relationship_review (fx->store, id, "2026-04-01", "On track", &error));
  g_assert_false (grove_relationship_close (fx->store, id, "2026-05-01", 6, NULL, &error));
  g_assert_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (grove_relationship_close (fx->store, id, "2026-05-01", 4, "Two of three goals met", &error));
  g_assert_no_error (error);

  closed = grove_relationship_get (fx->store, id, &error);
  g_assert_cmpint (closed->status, ==, GROVE_RELATIONSHIP_CLOSED);
  g_assert_cmpstr (closed->ended, ==, "2026-05-01");
  g_assert_cmpuint (closed->rating, ==, 4);
  g_assert_cmpint (closed->fit, ==, GROVE_FIT_GOOD);
  g_assert_cmpstr (closed->review, ==, "On track");
  g_assert_cmpstr (closed->outcome, ==, "Two of three goals met");
  g_assert_cmpint (grove_test_query_int (fx->store, "SELECT status FROM coaching_request"), ==, GROVE_REQUEST_CLOSED);
  coaches = grove_coaching_list_coaches (fx->store, &error);
  g_assert_cmpuint (((GroveCoach *) coaches->pdata[0])->used, ==, 0);

  g_assert_cmpint (grove_relationship_log_session (fx->store, id, "2026-05-02", 30, NULL, &error), ==, 0);
  g_assert_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_CONSTRAINT);
}

static void
test_poor_fit (Fixture       *fx,
               gconstpointer  data)
{
  g_autoptr(GPtrArray) waiting = NULL;
  g_autoptr(GroveMatchRun) run = NULL;
  g_autoptr(GError) error = NULL;
  gint64 gwen = add_coach (fx, fx->gwen, 1, NULL);
  gint64 late = add_request (fx, fx->eve, "2026-01-20", NULL);
  gint64 id = start (fx, late, gwen);
  gint64 cat = add_coach (fx, fx->cat, 1, NULL);

  add_request (fx, fx->dai, "2026-01-05", NULL);
  g_assert_false (grove_relationship_check_fit (fx->store, id, GROVE_FIT_POOR, "2026-02-02", &error));
  g_assert_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_CONSTRAINT);  /* no session yet */
  g_clear_error (&error);
  g_assert_cmpint (grove_relationship_log_session (fx->store, id, "2026-02-02", 45, NULL, &error), >, 0);
  g_assert_true (grove_relationship_check_fit (fx->store, id, GROVE_FIT_POOR, "2026-02-03", &error));
  g_assert_no_error (error);

  g_assert_cmpint (grove_test_query_int (fx->store, "SELECT status FROM coaching_relationship"), ==, 2);
  g_assert_cmpint (grove_test_query_int (fx->store, "SELECT fit FROM coaching_relationship"), ==, GROVE_FIT_POOR);
  /* Back at the front, ahead of Dai's earlier request. */
  waiting = grove_coaching_list_requests (fx->store, TRUE, &error);
  g_assert_cmpuint (waiting->len, ==, 2);
  g_assert_cmpint (((GroveCoachingRequest *) waiting->pdata[0])->id, ==, late);
  g_assert_true (((GroveCoachingRequest *) waiting->pdata[0])->front);
  /* And never with Gwen again. */
  run = match (fx, GROVE_MATCH_MODE_OPTIMAL);
  g_assert_cmpint (proposal_for (run, late)->coach_id, ==, cat);
}

static void
test_totals (Fixture       *fx,
             gconstpointer  data)
{
  g_autoptr(GPtrArray) by_coach = NULL;
  g_autoptr(GPtrArray) by_team = NULL;
  g_autoptr(GPtrArray) by_programme = NULL;
  g_autoptr(GError) error = NULL;
  gint64 gwen = add_coach (fx, fx->gwen, 2, NULL);
  gint64 bob_request = add_request (fx, fx->bob, "2026-01-01", NULL);
  gint64 cat_request = add_request (fx, fx->cat, "2026-01-02", NULL);
  gint64 first = start (fx, bob_request, gwen);
  gint64 second = start (fx, cat_request, gwen);
  GroveCoachingTotal *t;

  grove_relationship_log_session (fx->store, first, "2026-02-05", 60, NULL, &error);
  grove_relationship_log_session (fx->store, first, "2026-03-05", 30, NULL, &error);
  grove_relationship_log_session (fx->store, second, "2026-02-06", 45, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (grove_relationship_close (fx->store, second, "2026-03-01", 3, NULL, &error));

  by_coach = grove_relationship_totals (fx->store, GROVE_COACHING_BY_COACH, &error);
  g_assert_cmpuint (by_coach->len, ==, 1);
  t = by_coach->pdata[0];
  g_assert_cmpstr (t->name, ==, "Gwen");
  g_assert_cmpuint (t->relationships, ==, 2);
  g_assert_cmpuint (t->active, ==, 1);
  g_assert_cmpuint (t->sessions, ==, 3);
  g_assert_cmpuint (t->minutes, ==, 135);

  by_team = grove_relationship_totals (fx->store, GROVE_COACHING_BY_TEAM, &error);
  g_assert_cmpuint (by_team->len, ==, 1);
  t = by_team->pdata[0];
  g_assert_cmpstr (t->name, ==, "Skills");
  g_assert_cmpint (t->id, ==, fx->skills);
  g_assert_cmpuint (t->minutes, ==, 135);

  by_programme = grove_relationship_totals (fx->store, GROVE_COACHING_BY_PROGRAMME, &error);
  g_assert_cmpuint (by_programme->len, ==, 1);
  t = by_programme->pdata[0];
  g_assert_cmpuint (t->relationships, ==, 2);
  g_assert_cmpuint (t->sessions, ==, 3);
}

static void
test_programmes (Fixture       *fx,
                 gconstpointer  data)
{
  g_autoptr(GroveProgramme) programme = NULL;
  g_autoptr(GroveProgramme) read_back = NULL;
  g_autoptr(GroveProgramme) other = grove_programme_new ("Leadership");
  g_autoptr(GroveProgramme) clash = grove_programme_new ("Leadership");
  g_autoptr(GroveMatchRun) run = NULL;
  g_autoptr(GError) error = NULL;
  gint64 request;

  programme = grove_coaching_get_programme (fx->store, GROVE_PROGRAMME_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (programme->weights[GROVE_MATCH_SPECIALISM], ==, 3);
  programme->weights[GROVE_MATCH_DIRECTORATE] = 0;
  programme->min_score = 9000;
  g_assert_true (grove_coaching_set_programme (fx->store, programme, &error));
  read_back = grove_coaching_get_programme (fx->store, GROVE_PROGRAMME_DEFAULT, &error);
  g_assert_cmpuint (read_back->weights[GROVE_MATCH_DIRECTORATE], ==, 0);
  g_assert_cmpuint (read_back->min_score, ==, 9000);
  programme->weights[GROVE_MATCH_LOCATION] = 101;
  g_assert_false (grove_coaching_set_programme (fx->store, programme, &error));
  g_assert_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_INVALID);
  g_clear_error (&error);

  /* Back to the weights the first schema step stored, as the Preferences
   * offer; the minimum score is not a weight and stays. */
  grove_programme_restore_weights (read_back);
  g_assert_true (grove_coaching_set_programme (fx->store, read_back, &error));
  g_clear_pointer (&read_back, grove_programme_free);
  read_back = grove_coaching_get_programme (fx->store, GROVE_PROGRAMME_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (read_back->name, ==, "Coaching and mentoring");
  g_assert_cmpuint (read_back->weights[GROVE_MATCH_SPECIALISM], ==, 3);
  g_assert_cmpuint (read_back->weights[GROVE_MATCH_PROFESSION], ==, 2);
  g_assert_cmpuint (read_back->weights[GROVE_MATCH_SENIORITY], ==, 2);
  g_assert_cmpuint (read_back->weights[GROVE_MATCH_DIRECTORATE], ==, 1);
  g_assert_cmpuint (read_back->weights[GROVE_MATCH_LOCATION], ==, 1);
  g_assert_cmpuint (read_back->weights[GROVE_MATCH_AVAILABILITY], ==, 1);
  g_assert_cmpuint (read_back->min_score, ==, 9000);

  g_assert_cmpint (grove_coaching_add_programme (fx->store, other, &error), >, GROVE_PROGRAMME_DEFAULT);
  g_assert_cmpint (grove_coaching_add_programme (fx->store, clash, &error), ==, 0);
  g_assert_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_CONSTRAINT);
  g_clear_error (&error);

  /* Better unmatched than badly matched. */
  add_coach (fx, fx->gwen, 1, NULL);
  request = add_request (fx, fx->bob, "2026-01-01", NULL);
  run = match (fx, GROVE_MATCH_MODE_OPTIMAL);
  g_assert_cmpuint (run->proposals->len, ==, 0);
  g_assert_cmpint (reason_for (run, request), ==, GROVE_MATCH_REASON_BELOW_MINIMUM);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/coaching/pool", test_pool);
  ADD ("/coaching/requests/waiting-order", test_requests);
  ADD ("/coaching/match/rules-and-reasons", test_match_rules_and_reasons);
  ADD ("/coaching/match/accept-and-reject", test_accept_and_reject);
  ADD ("/coaching/match/accept-all", test_accept_all);
  ADD ("/coaching/match/lock-and-choice", test_lock_and_choice);
  ADD ("/coaching/match/history", test_history);
  ADD ("/coaching/match/left-waiting-first", test_left_waiting_first);
  ADD ("/coaching/programmes", test_programmes);
  ADD ("/coaching/relationship/sessions-and-close", test_sessions_and_close);
  ADD ("/coaching/relationship/poor-fit", test_poor_fit);
  ADD ("/coaching/relationship/totals", test_totals);
#undef ADD

  return g_test_run ();
}
