/* test-ipdr.c: IPDR records, objectives and the SMART check, development
 * plans, notes, reviews, the status workflow, sign-off and amendments, and
 * objective templates
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <math.h>
#include <string.h>

#include "grove-framework.h"
#include "grove-ipdr.h"
#include "grove-ipdr-notes.h"
#include "grove-ipdr-objective.h"
#include "grove-ipdr-plan.h"
#include "grove-org.h"
#include "grove-store-private.h"
#include "grove-store-schema-private.h"
#include "grove-team-objective.h"
#include "grove-test-ipdr.h"
#include "grove-test-store.h"
#include "grove-test-utils.h"

static void
fixture_set_up (IpdrOrg       *f,
                gconstpointer  data)
{
  grove_test_ipdr_org_set_up (f);
}

static void
fixture_tear_down (IpdrOrg       *f,
                   gconstpointer  data)
{
  grove_test_ipdr_org_tear_down (f);
}

static void
test_create (IpdrOrg       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GroveIpdr) ipdr = NULL;
  g_autoptr(GroveIpdr) found = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autofree char *period = NULL;
  gint64 id = grove_test_ipdr_create (f, f->ann), next;

  ipdr = grove_ipdr_get (f->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (ipdr->person_id, ==, f->ann);
  g_assert_cmpint (ipdr->manager_id, ==, f->manager);
  g_assert_cmpstr (ipdr->person_name, ==, "Ann Jones");
  g_assert_cmpstr (ipdr->manager_name, ==, "Mo Manager");
  g_assert_cmpint (ipdr->status, ==, GROVE_IPDR_DRAFT);
  g_assert_false (ipdr->locked);
  period = grove_ipdr_format_period (ipdr);
  g_assert_cmpstr (period, ==, "2026–27");

  found = grove_ipdr_find (f->store, f->ann, "2027-01-15", &error);
  g_assert_no_error (error);
  g_assert_cmpint (found->id, ==, id);
  g_assert_null (grove_ipdr_find (f->store, f->ann, "2027-04-01", &error));
  g_assert_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* One record at a time: an overlapping period is refused, the next one is not. */
  g_assert_cmpint (grove_ipdr_create (f->store, f->ann, "2027-01-01", "2027-12-31", &error), ==, 0);
  g_assert_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_CONSTRAINT);
  g_clear_error (&error);
  g_assert_cmpint (grove_ipdr_create (f->store, f->ann, "2027-03-31", "2026-04-01", &error), ==, 0);
  g_assert_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (grove_ipdr_create (f->store, f->ann, "2027-02-30", "2028-03-31", &error), ==, 0);
  g_assert_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_INVALID);
  g_clear_error (&error);
  next = grove_ipdr_create (f->store, f->ann, "2027-04-01", "2027-12-31", &error);
  g_assert_no_error (error);
  g_assert_cmpint (next, >, id);

  list = grove_ipdr_list_for_person (f->store, f->ann, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 2);
  g_assert_cmpint (((GroveIpdr *) g_ptr_array_index (list, 0))->id, ==, next);
  g_assert_cmpint (grove_test_query_int (f->store, "SELECT count(*) FROM ipdr"), ==, 2);

  /* The head of the organisation has no manager. */
  g_clear_pointer (&ipdr, grove_ipdr_free);
  ipdr = grove_ipdr_get (f->store, grove_test_ipdr_create (f, f->head), &error);
  g_assert_no_error (error);
  g_assert_cmpint (ipdr->manager_id, ==, 0);
  g_assert_null (ipdr->manager_name);
}

static void
test_default_period (void)
{
  static const struct { const char *date, *start, *end; } cases[] = {
    { "2026-04-01", "2026-04-01", "2027-03-31" },
    { "2026-03-31", "2025-04-01", "2026-03-31" },
    { "2026-12-31", "2026-04-01", "2027-03-31" },
    { "2027-01-01", "2026-04-01", "2027-03-31" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *start = NULL, *end = NULL;

      grove_ipdr_default_period (cases[i].date, &start, &end);
      g_assert_cmpstr (start, ==, cases[i].start);
      g_assert_cmpstr (end, ==, cases[i].end);
    }
}

static void
test_smart (void)
{
  static const struct {
    const char *title, *measure, *due;
    const GroveSmartIssue issues[3];
    guint n_issues;
  } cases[] = {
    { "Publish the service standard", "Published on the intranet", "2026-12-31", { 0 }, 0 },
    { "Publish the service standard", NULL, "2026-12-31", { GROVE_SMART_NO_MEASURE }, 1 },
    { "Publish the service standard", "  ", "2026-12-31", { GROVE_SMART_NO_MEASURE }, 1 },
    { "Publish the service standard", "Published", NULL, { GROVE_SMART_NO_DUE_DATE }, 1 },
    { "Publish the service standard", "Published", "2027-06-30", { GROVE_SMART_DUE_OUTSIDE_PERIOD }, 1 },
    { "Publish the service standard", "Published", "2026-03-31", { GROVE_SMART_DUE_OUTSIDE_PERIOD }, 1 },
    { "Publish the service standard", "Published", "2027-03-31", { 0 }, 0 },
    { "Improve customer service", NULL, NULL,
      { GROVE_SMART_NO_MEASURE, GROVE_SMART_NO_DUE_DATE, GROVE_SMART_VAGUE_VERB }, 3 },
    /* A measure makes the direction concrete. */
    { "Improve customer service", "Complaints answered within 5 days", "2026-09-30", { 0 }, 0 },
    { "Be aware of the new policy", NULL, "2026-09-30", { GROVE_SMART_NO_MEASURE, GROVE_SMART_VAGUE_VERB }, 2 },
    /* Whole words only: "helpdesk" is not "help". */
    { "Move the helpdesk to the new system", NULL, "2026-09-30", { GROVE_SMART_NO_MEASURE }, 1 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GroveObjective) objective = grove_objective_new (cases[i].title);
      g_autoptr(GPtrArray) advice = NULL;

      objective->measure = g_strdup (cases[i].measure);
      objective->due = g_strdup (cases[i].due);
      advice = grove_objective_check_smart (objective, "2026-04-01", "2027-03-31");
      g_test_message ("case %u: %s", i, cases[i].title);
      g_assert_cmpuint (advice->len, ==, cases[i].n_issues);
      for (guint j = 0; j < advice->len; j++)
        {
          GroveSmartAdvice *item = g_ptr_array_index (advice, j);

          g_assert_cmpint (item->issue, ==, cases[i].issues[j]);
          g_assert_cmpuint (strlen (item->advice), >, 10);
        }
    }
}

static void
test_at_risk (void)
{
  g_autoptr(GroveObjective) o = grove_objective_new ("Deliver the pilot");

  /* 2026-04-01 to 2026-12-31 is 274 days; 2026-08-01 is 122 days in, so
   * 100 × 122 / 274 = 44.53 % is expected. */
  o->due = g_strdup ("2026-12-31");
  o->status = GROVE_OBJECTIVE_IN_PROGRESS;
  g_assert_cmpfloat_with_epsilon (grove_objective_expected_progress (o, "2026-04-01", "2026-08-01"),
                                  100.0 * 122 / 274, 1e-9);
  o->progress = 29; /* 15.53 behind */
  g_assert_true (grove_objective_is_at_risk (o, "2026-04-01", "2026-08-01"));
  o->progress = 30; /* 14.53 behind: inside the margin */
  g_assert_false (grove_objective_is_at_risk (o, "2026-04-01", "2026-08-01"));
  g_assert_false (grove_objective_is_overdue (o, "2026-12-31"));
  g_assert_true (grove_objective_is_overdue (o, "2027-01-01"));
  /* Before the period starts nothing is expected. */
  g_assert_cmpfloat (grove_objective_expected_progress (o, "2026-04-01", "2026-03-01"), ==, 0);
  /* Finished objectives are neither at risk nor overdue. */
  o->status = GROVE_OBJECTIVE_ACHIEVED;
  o->progress = 0;
  g_assert_false (grove_objective_is_at_risk (o, "2026-04-01", "2026-12-01"));
  g_assert_false (grove_objective_is_overdue (o, "2027-01-01"));
  /* Without a due date there is no line to be behind. */
  o->status = GROVE_OBJECTIVE_NOT_STARTED;
  g_clear_pointer (&o->due, g_free);
  g_assert_false (grove_objective_is_at_risk (o, "2026-04-01", "2027-03-01"));
}

static void
test_objectives (IpdrOrg       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GroveFramework) framework = grove_framework_get_by_key (f->store, GROVE_FRAMEWORK_BUILTIN_KEY, &error);
  g_autoptr(GroveObjective) objective = grove_objective_new ("Run the user research");
  g_autoptr(GroveObjective) read = NULL;
  g_autoptr(GPtrArray) list = NULL;
  gint64 ipdr = grove_test_ipdr_create (f, f->ann), id;
  gint64 condition;

  g_assert_no_error (error);
  condition = ((GroveFrameworkCondition *) g_ptr_array_index (framework->conditions, 2))->id;
  objective->description = g_strdup ("With the digital team");
  objective->measure = g_strdup ("Ten interviews, findings shared");
  objective->due = g_strdup ("2026-09-30");
  objective->condition_id = condition;
  id = grove_ipdr_add_objective (f->store, ipdr, objective, &error);
  g_assert_no_error (error);

  read = grove_ipdr_get_objective (f->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (read->ipdr_id, ==, ipdr);
  g_assert_cmpstr (read->title, ==, "Run the user research");
  g_assert_cmpstr (read->description, ==, "With the digital team");
  g_assert_cmpstr (read->measure, ==, "Ten interviews, findings shared");
  g_assert_cmpstr (read->due, ==, "2026-09-30");
  g_assert_cmpint (read->condition_id, ==, condition);
  g_assert_cmpint (read->status, ==, GROVE_OBJECTIVE_NOT_STARTED);

  g_assert_true (grove_ipdr_set_objective_progress (f->store, id, GROVE_OBJECTIVE_IN_PROGRESS, 40, &error));
  g_assert_no_error (error);
  g_assert_cmpint (grove_test_query_int (f->store, "SELECT progress FROM ipdr_objective"), ==, 40);
  g_assert_cmpint (grove_test_query_int (f->store, "SELECT status FROM ipdr_objective"), ==, 1);
  g_assert_false (grove_ipdr_set_objective_progress (f->store, id, GROVE_OBJECTIVE_IN_PROGRESS, 101, &error));
  g_assert_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (grove_test_query_int (f->store, "SELECT progress FROM ipdr_objective"), ==, 40);

  /* An objective needs a title and a real date. */
  g_free (objective->title);
  objective->title = g_strdup (" ");
  g_assert_cmpint (grove_ipdr_add_objective (f->store, ipdr, objective, &error), ==, 0);
  g_assert_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_free (objective->title);
  objective->title = g_strdup ("Second");
  g_free (objective->due);
  objective->due = g_strdup ("30/09/2026");
  g_assert_cmpint (grove_ipdr_add_objective (f->store, ipdr, objective, &error), ==, 0);
  g_assert_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (grove_ipdr_add_objective (f->store, 9999, read, &error), ==, 0);
  g_assert_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  list = grove_ipdr_list_objectives (f->store, ipdr, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 1);

  g_assert_true (grove_ipdr_delete_objective (f->store, id, &error));
  g_assert_cmpint (grove_test_query_int (f->store, "SELECT count(*) FROM ipdr_objective"), ==, 0);
  g_assert_false (grove_ipdr_delete_objective (f->store, id, &error));
  g_assert_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_NOT_FOUND);
}

/* Undo after deleting an objective brings back the links of the notes that
 * were about it, and only those. */
static void
test_restore_objective (IpdrOrg       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GroveObjective) old = NULL;
  gint64 ipdr = grove_test_ipdr_create (f, f->ann);
  gint64 objective = grove_test_ipdr_add_objective (f, ipdr, "Chair the team meeting", "2026-10-31", 20);
  gint64 other = grove_test_ipdr_add_objective (f, ipdr, "Write the guidance", "2026-11-30", 0);
  gint64 notes[3], restored;
  GroveWpaNote note = { 0 };

  note.noted = (char *) "2026-06-10";
  note.observation = (char *) "Chaired the meeting; kept to time";
  note.objective_id = objective;
  notes[0] = grove_ipdr_add_wpa_note (f->store, ipdr, &note, &error);
  note.observation = (char *) "Summed up the actions";
  notes[1] = grove_ipdr_add_wpa_note (f->store, ipdr, &note, &error);
  note.observation = (char *) "Drafted the first section";
  note.objective_id = other;
  notes[2] = grove_ipdr_add_wpa_note (f->store, ipdr, &note, &error);
  g_assert_no_error (error);

  old = grove_ipdr_get_objective (f->store, objective, &error);
  g_assert_no_error (error);
  g_assert_true (grove_ipdr_delete_objective (f->store, objective, &error));
  g_assert_cmpint (grove_test_query_int (f->store, "SELECT count(*) FROM ipdr_wpa_note WHERE objective_id IS NULL"), ==, 2);

  /* The third note is about another objective: it stays there. */
  restored = grove_ipdr_restore_objective (f->store, old, notes, G_N_ELEMENTS (notes), &error);
  g_assert_no_error (error);
  g_assert_cmpint (restored, >, 0);
  g_assert_cmpint (grove_test_query_int (f->store, "SELECT count(*) FROM ipdr_objective WHERE title = 'Chair the team meeting'"
                                                   " AND due = '2026-10-31' AND progress = 20"), ==, 1);
  g_assert_cmpint (grove_test_query_int (f->store, "SELECT count(*) FROM ipdr_wpa_note WHERE objective_id = "
                                                   "(SELECT id FROM ipdr_objective WHERE title = 'Chair the team meeting')"), ==, 2);
  g_assert_cmpint (grove_test_query_int (f->store, "SELECT count(*) FROM ipdr_wpa_note WHERE objective_id = "
                                                   "(SELECT id FROM ipdr_objective WHERE title = 'Write the guidance')"), ==, 1);

  /* An objective that cannot be stored links nothing. */
  g_assert_true (grove_ipdr_delete_objective (f->store, restored, &error));
  g_free (old->due);
  old->due = g_strdup ("31/10/2026");
  g_assert_cmpint (grove_ipdr_restore_objective (f->store, old, notes, 2, &error), ==, 0);
  g_assert_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_INVALID);
  g_assert_cmpint (grove_test_query_int (f->store, "SELECT count(*) FROM ipdr_objective"), ==, 1);
  g_assert_cmpint (grove_test_query_int (f->store, "SELECT count(*) FROM ipdr_wpa_note WHERE objective_id IS NULL"), ==, 2);
}

static void
test_learning_methods (void)
{
  static const char * const names[GROVE_LEARNING_N_METHODS] = {
    "informal", "formal", "secondment-shadowing", "outdoor", "e-learning", "coaching", "mentoring",
  };
  GroveLearningMethod method;

  for (guint i = 0; i < GROVE_LEARNING_N_METHODS; i++)
    {
      g_assert_cmpstr (grove_learning_method_to_string ((GroveLearningMethod) i), ==, names[i]);
      g_assert_true (grove_learning_method_from_string (names[i], &method));
      g_assert_cmpint (method, ==, i);
      g_assert_nonnull (grove_learning_method_label ((GroveLearningMethod) i));
    }
  g_assert_false (grove_learning_method_from_string ("osmosis", &method));
}

static void
test_plan (IpdrOrg       *f,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GroveNeed) need = grove_need_new ("Data analysis");
  g_autoptr(GPtrArray) needs = NULL;
  g_autoptr(GPtrArray) activities = NULL;
  gint64 ipdr = grove_test_ipdr_create (f, f->ann), need_id;
  gint64 ids[GROVE_LEARNING_N_METHODS];

  need->priority = GROVE_NEED_PRIORITY_HIGH;
  need->source = GROVE_NEED_SOURCE_WPA;
  need->description = g_strdup ("Spreadsheets and pivot tables");
  need_id = grove_ipdr_add_need (f->store, ipdr, need, &error);
  g_assert_no_error (error);

  /* One activity of each of the seven methods. */
  for (guint i = 0; i < GROVE_LEARNING_N_METHODS; i++)
    {
      g_autofree char *title = g_strdup_printf ("Activity %u", i);
      g_autoptr(GroveActivity) activity = grove_activity_new ((GroveLearningMethod) i, title);

      activity->due = g_strdup ("2026-11-30");
      activity->provider = g_strdup ("Academy");
      ids[i] = grove_ipdr_add_activity (f->store, need_id, activity, &error);
      g_assert_no_error (error);
    }
  g_assert_cmpint (grove_test_query_int (f->store, "SELECT count(DISTINCT method) FROM ipdr_activity"), ==, 7);

  /* Evaluated only once completed. */
  g_assert_false (grove_ipdr_evaluate_activity (f->store, ids[1], 4, "Faster reports", &error));
  g_assert_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (grove_ipdr_complete_activity (f->store, ids[1], "2026-10-12", 14.5, &error));
  g_assert_no_error (error);
  g_assert_false (grove_ipdr_evaluate_activity (f->store, ids[1], 6, "Faster reports", &error));
  g_assert_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (grove_ipdr_evaluate_activity (f->store, ids[1], 4, "Builds the monthly report in an hour", &error));
  g_assert_no_error (error);

  activities = grove_ipdr_list_activities (f->store, ipdr, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (activities->len, ==, 7);
  for (guint i = 0; i < activities->len; i++)
    {
      GroveActivity *a = g_ptr_array_index (activities, i);

      g_assert_cmpint (a->need_id, ==, need_id);
      if (a->id != ids[1])
        {
          g_assert_cmpint (a->status, ==, GROVE_ACTIVITY_PLANNED);
          g_assert_null (a->completed);
          continue;
        }
      g_assert_cmpint (a->method, ==, GROVE_LEARNING_FORMAL);
      g_assert_cmpint (a->status, ==, GROVE_ACTIVITY_COMPLETED);
      g_assert_cmpstr (a->completed, ==, "2026-10-12");
      g_assert_cmpfloat (a->hours, ==, 14.5);
      g_assert_cmpint (a->rating, ==, 4);
      g_assert_cmpstr (a->what_changed, ==, "Builds the monthly report in an hour");
    }

  needs = grove_ipdr_list_needs (f->store, ipdr, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (needs->len, ==, 1);
  g_assert_cmpstr (((GroveNeed *) g_ptr_array_index (needs, 0))->capability, ==, "Data analysis");
  g_assert_cmpint (((GroveNeed *) g_ptr_array_index (needs, 0))->priority, ==, GROVE_NEED_PRIORITY_HIGH);
  g_assert_cmpint (((GroveNeed *) g_ptr_array_index (needs, 0))->source, ==, GROVE_NEED_SOURCE_WPA);

  g_free (need->capability);
  need->capability = g_strdup ("");
  g_assert_cmpint (grove_ipdr_add_need (f->store, ipdr, need, &error), ==, 0);
  g_assert_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_INVALID);
  g_clear_error (&error);

  /* A need goes with its activities. */
  g_assert_true (grove_ipdr_delete_need (f->store, need_id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (grove_test_query_int (f->store, "SELECT count(*) FROM ipdr_activity"), ==, 0);

  /* …and comes back with them all, the evaluation too, or not at all. */
  {
    GroveNeed *old = g_ptr_array_index (needs, 0);
    GroveActivity *bad;
    gint64 restored;

    restored = grove_ipdr_restore_need (f->store, old, activities, &error);
    g_assert_no_error (error);
    g_assert_cmpint (restored, >, 0);
    g_assert_cmpint (grove_test_query_int (f->store, "SELECT count(*) FROM ipdr_need WHERE capability = 'Data analysis'"
                                                     " AND priority = 2 AND source = 1"), ==, 1);
    g_assert_cmpint (grove_test_query_int (f->store, "SELECT count(*) FROM ipdr_activity"), ==, 7);
    g_assert_cmpint (grove_test_query_int (f->store, "SELECT count(*) FROM ipdr_activity WHERE status = 2 AND rating = 4"
                                                     " AND completed = '2026-10-12' AND hours = 14.5"
                                                     " AND what_changed = 'Builds the monthly report in an hour'"), ==, 1);
    g_assert_true (grove_ipdr_delete_need (f->store, restored, &error));
    g_assert_no_error (error);

    bad = g_ptr_array_index (activities, activities->len - 1);
    bad->rating = 9;
    g_assert_cmpint (grove_ipdr_restore_need (f->store, old, activities, &error), ==, 0);
    g_assert_nonnull (error);
    g_clear_error (&error);
    g_assert_cmpint (grove_test_query_int (f->store, "SELECT count(*) FROM ipdr_need"), ==, 0);
    g_assert_cmpint (grove_test_query_int (f->store, "SELECT count(*) FROM ipdr_activity"), ==, 0);
  }
}

static void
test_notes (IpdrOrg       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) notes = NULL;
  g_autoptr(GPtrArray) reviews = NULL;
  g_autoptr(GPtrArray) feedback = NULL;
  gint64 ipdr = grove_test_ipdr_create (f, f->ann);
  gint64 objective = grove_test_ipdr_add_objective (f, ipdr, "Chair the team meeting", "2026-10-31", 20);
  GroveWpaNote note = { 0 };
  GroveReview review = { 0 };
  GroveFeedback from = { 0 };
  GroveReview *read;

  note.noted = (char *) "2026-06-10";
  note.observation = (char *) "Chaired the team meeting; kept to time";
  note.feedback = (char *) "Ask the quieter people first";
  note.objective_id = objective;
  g_assert_cmpint (grove_ipdr_add_wpa_note (f->store, ipdr, &note, &error), >, 0);
  note.noted = (char *) "2026-05-02";
  note.observation = (char *) "Answered a difficult complaint";
  note.objective_id = 0;
  g_assert_cmpint (grove_ipdr_add_wpa_note (f->store, ipdr, &note, &error), >, 0);
  note.observation = (char *) "";
  g_assert_cmpint (grove_ipdr_add_wpa_note (f->store, ipdr, &note, &error), ==, 0);
  g_assert_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_INVALID);
  g_clear_error (&error);

  notes = grove_ipdr_list_wpa_notes (f->store, ipdr, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (notes->len, ==, 2);
  g_assert_cmpstr (((GroveWpaNote *) g_ptr_array_index (notes, 0))->noted, ==, "2026-05-02");
  g_assert_cmpint (((GroveWpaNote *) g_ptr_array_index (notes, 1))->objective_id, ==, objective);

  /* Deleting the objective keeps the note, without the link. */
  g_assert_true (grove_ipdr_delete_objective (f->store, objective, &error));
  g_assert_cmpint (grove_test_query_int (f->store, "SELECT count(*) FROM ipdr_wpa_note WHERE objective_id IS NULL"),
                   ==, 2);

  /* A review keeps the person's reflection beside the manager's view;
   * saving the same kind again replaces it. */
  review.kind = GROVE_REVIEW_MID_YEAR;
  review.scheduled = (char *) "2026-10-01";
  g_assert_true (grove_ipdr_save_review (f->store, ipdr, &review, &error));
  review.held = (char *) "2026-10-02";
  review.summary = (char *) "A good half year";
  review.rating = 4;
  review.went_well = (char *) "The pilot";
  review.went_badly = (char *) "Too many meetings";
  review.learned = (char *) "To say no";
  review.manager_view = (char *) "Ready for more responsibility";
  g_assert_true (grove_ipdr_save_review (f->store, ipdr, &review, &error));
  g_assert_no_error (error);
  review.rating = 6;
  g_assert_false (grove_ipdr_save_review (f->store, ipdr, &review, &error));
  g_assert_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_INVALID);
  g_clear_error (&error);
  reviews = grove_ipdr_list_reviews (f->store, ipdr, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (reviews->len, ==, 1);
  read = g_ptr_array_index (reviews, 0);
  g_assert_cmpstr (read->scheduled, ==, "2026-10-01");
  g_assert_cmpstr (read->held, ==, "2026-10-02");
  g_assert_cmpint (read->rating, ==, 4);
  g_assert_cmpstr (read->went_well, ==, "The pilot");
  g_assert_cmpstr (read->went_badly, ==, "Too many meetings");
  g_assert_cmpstr (read->learned, ==, "To say no");
  g_assert_cmpstr (read->manager_view, ==, "Ready for more responsibility");

  /* 360 feedback, one of them anonymous. */
  from.source = GROVE_FEEDBACK_PEER;
  from.from_name = (char *) "Dee Peer";
  from.received = (char *) "2026-09-01";
  from.text = (char *) "Always ready to help";
  g_assert_cmpint (grove_ipdr_add_feedback (f->store, ipdr, &from, &error), >, 0);
  from.source = GROVE_FEEDBACK_REPORT;
  from.from_name = NULL;
  from.text = (char *) "Clear priorities";
  g_assert_cmpint (grove_ipdr_add_feedback (f->store, ipdr, &from, &error), >, 0);
  from.source = 7;
  g_assert_cmpint (grove_ipdr_add_feedback (f->store, ipdr, &from, &error), ==, 0);
  g_assert_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_INVALID);
  g_clear_error (&error);
  feedback = grove_ipdr_list_feedback (f->store, ipdr, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (feedback->len, ==, 2);
  g_assert_cmpint (grove_test_query_int (f->store, "SELECT count(*) FROM ipdr_feedback WHERE from_name IS NULL"),
                   ==, 1);

  /* Deleting the record takes all of it. */
  g_assert_true (grove_ipdr_delete (f->store, ipdr, &error));
  g_assert_no_error (error);
  g_assert_cmpint (grove_test_query_int (f->store, "SELECT (SELECT count(*) FROM ipdr_wpa_note)"
                                                   " + (SELECT count(*) FROM ipdr_review)"
                                                   " + (SELECT count(*) FROM ipdr_feedback)"), ==, 0);
}

static void
test_status (IpdrOrg       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 ipdr = grove_test_ipdr_create (f, f->ann);
  GroveReview review = { 0 };

  /* Steps are one at a time, and each needs what it says has happened. */
  g_assert_false (grove_ipdr_set_status (f->store, ipdr, GROVE_IPDR_MID_YEAR_REVIEWED, &error));
  g_assert_error (error, GROVE_IPDR_ERROR, GROVE_IPDR_ERROR_TRANSITION);
  g_clear_error (&error);
  g_assert_false (grove_ipdr_set_status (f->store, ipdr, GROVE_IPDR_AGREED, &error));
  g_assert_error (error, GROVE_IPDR_ERROR, GROVE_IPDR_ERROR_TRANSITION);
  g_clear_error (&error);
  grove_test_ipdr_add_objective (f, ipdr, "Publish the standard", "2026-12-31", 0);
  g_assert_true (grove_ipdr_set_status (f->store, ipdr, GROVE_IPDR_AGREED, &error));
  g_assert_no_error (error);
  /* Back to draft to renegotiate, and forward again. */
  g_assert_true (grove_ipdr_set_status (f->store, ipdr, GROVE_IPDR_DRAFT, &error));
  g_assert_true (grove_ipdr_set_status (f->store, ipdr, GROVE_IPDR_AGREED, &error));
  g_assert_false (grove_ipdr_set_status (f->store, ipdr, GROVE_IPDR_MID_YEAR_REVIEWED, &error));
  g_assert_error (error, GROVE_IPDR_ERROR, GROVE_IPDR_ERROR_TRANSITION);
  g_clear_error (&error);
  review.kind = GROVE_REVIEW_MID_YEAR;
  review.scheduled = (char *) "2026-10-01";
  g_assert_true (grove_ipdr_save_review (f->store, ipdr, &review, &error));
  g_assert_false (grove_ipdr_set_status (f->store, ipdr, GROVE_IPDR_MID_YEAR_REVIEWED, &error));
  g_assert_error (error, GROVE_IPDR_ERROR, GROVE_IPDR_ERROR_TRANSITION);
  g_clear_error (&error);
  review.held = (char *) "2026-10-01";
  g_assert_true (grove_ipdr_save_review (f->store, ipdr, &review, &error));
  g_assert_true (grove_ipdr_set_status (f->store, ipdr, GROVE_IPDR_MID_YEAR_REVIEWED, &error));
  g_assert_no_error (error);
  /* No going back once reviewed, nor skipping ahead. */
  g_assert_false (grove_ipdr_set_status (f->store, ipdr, GROVE_IPDR_DRAFT, &error));
  g_assert_error (error, GROVE_IPDR_ERROR, GROVE_IPDR_ERROR_TRANSITION);
  g_clear_error (&error);
  g_assert_false (grove_ipdr_set_status (f->store, ipdr, GROVE_IPDR_CLOSED, &error));
  g_assert_error (error, GROVE_IPDR_ERROR, GROVE_IPDR_ERROR_TRANSITION);
  g_clear_error (&error);
  g_assert_false (grove_ipdr_set_status (f->store, ipdr, (GroveIpdrStatus) 9, &error));
  g_assert_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (grove_test_query_int (f->store, "SELECT status FROM ipdr"), ==, GROVE_IPDR_MID_YEAR_REVIEWED);

  review.kind = GROVE_REVIEW_END_YEAR;
  review.held = (char *) "2027-03-15";
  g_assert_true (grove_ipdr_save_review (f->store, ipdr, &review, &error));
  g_assert_true (grove_ipdr_set_status (f->store, ipdr, GROVE_IPDR_END_YEAR_REVIEWED, &error));
  /* Closing waits for both signatures. */
  g_assert_false (grove_ipdr_set_status (f->store, ipdr, GROVE_IPDR_CLOSED, &error));
  g_assert_error (error, GROVE_IPDR_ERROR, GROVE_IPDR_ERROR_TRANSITION);
  g_clear_error (&error);
  g_assert_cmpint (grove_test_query_int (f->store, "SELECT status FROM ipdr"), ==, GROVE_IPDR_END_YEAR_REVIEWED);
}

static gboolean
move_due_date (GroveStore  *store,
               gpointer     user_data,
               GError     **error)
{
  g_autoptr(GroveObjective) objective = grove_ipdr_get_objective (store, GPOINTER_TO_SIZE (user_data), error);

  if (objective == NULL)
    return FALSE;
  g_free (objective->due);
  objective->due = g_strdup ("2027-02-28");
  return grove_ipdr_update_objective (store, objective, error);
}

static gboolean
change_then_fail (GroveStore  *store,
                  gpointer     user_data,
                  GError     **error)
{
  if (!grove_ipdr_set_objective_progress (store, GPOINTER_TO_SIZE (user_data), GROVE_OBJECTIVE_ACHIEVED, 100, error))
    return FALSE;
  g_set_error_literal (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_INVALID, "changed my mind");
  return FALSE;
}

static void
test_sign_off (IpdrOrg       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) amendments = NULL;
  g_autoptr(GroveIpdr) ipdr = NULL;
  g_autoptr(GroveNeed) need = grove_need_new ("Negotiation");
  gint64 id = grove_test_ipdr_create (f, f->ann), objective;
  GroveIpdrAmendment *amendment;

  /* Not before the end-year review. */
  g_assert_false (grove_ipdr_sign (f->store, id, GROVE_IPDR_SIGNER_PERSON, "2026-05-01", &error));
  g_assert_error (error, GROVE_IPDR_ERROR, GROVE_IPDR_ERROR_SIGN_OFF);
  g_clear_error (&error);
  grove_test_ipdr_review_year (f, id);
  objective = grove_test_query_int (f->store, "SELECT id FROM ipdr_objective");

  g_assert_true (grove_ipdr_sign (f->store, id, GROVE_IPDR_SIGNER_PERSON, "2027-03-21", &error));
  g_assert_no_error (error);
  g_assert_false (grove_ipdr_sign (f->store, id, GROVE_IPDR_SIGNER_PERSON, "2027-03-22", &error));
  g_assert_error (error, GROVE_IPDR_ERROR, GROVE_IPDR_ERROR_SIGN_OFF);
  g_clear_error (&error);
  /* One signature does not lock it. */
  g_assert_cmpint (grove_test_query_int (f->store, "SELECT locked FROM ipdr"), ==, 0);
  g_assert_true (grove_ipdr_set_objective_progress (f->store, objective, GROVE_OBJECTIVE_ACHIEVED, 100, &error));
  g_assert_true (grove_ipdr_sign (f->store, id, GROVE_IPDR_SIGNER_MANAGER, "2027-03-22", &error));
  g_assert_no_error (error);
  ipdr = grove_ipdr_get (f->store, id, &error);
  g_assert_true (ipdr->locked);
  g_assert_cmpstr (ipdr->person_signed, ==, "2027-03-21");
  g_assert_cmpstr (ipdr->manager_signed, ==, "2027-03-22");

  /* Locked: every ordinary write is refused, and nothing changes. */
  g_assert_false (grove_ipdr_set_objective_progress (f->store, objective, GROVE_OBJECTIVE_IN_PROGRESS, 50, &error));
  g_assert_error (error, GROVE_IPDR_ERROR, GROVE_IPDR_ERROR_LOCKED);
  g_clear_error (&error);
  g_assert_cmpint (grove_ipdr_add_need (f->store, id, need, &error), ==, 0);
  g_assert_error (error, GROVE_IPDR_ERROR, GROVE_IPDR_ERROR_LOCKED);
  g_clear_error (&error);
  g_assert_false (grove_ipdr_delete_objective (f->store, objective, &error));
  g_assert_error (error, GROVE_IPDR_ERROR, GROVE_IPDR_ERROR_LOCKED);
  g_clear_error (&error);
  g_assert_false (grove_ipdr_delete (f->store, id, &error));
  g_assert_error (error, GROVE_IPDR_ERROR, GROVE_IPDR_ERROR_LOCKED);
  g_clear_error (&error);
  g_assert_false (grove_ipdr_set_period (f->store, id, "2026-04-01", "2027-04-30", &error));
  g_assert_error (error, GROVE_IPDR_ERROR, GROVE_IPDR_ERROR_LOCKED);
  g_clear_error (&error);
  g_assert_cmpint (grove_test_query_int (f->store, "SELECT progress FROM ipdr_objective"), ==, 100);
  g_assert_cmpint (grove_test_query_int (f->store, "SELECT count(*) FROM ipdr_need"), ==, 0);

  /* An amendment changes it and is logged with who and what. */
  g_assert_true (grove_ipdr_amend (f->store, id, f->manager, "Due date moved: the launch slipped",
                                   move_due_date, GSIZE_TO_POINTER (objective), &error));
  g_assert_no_error (error);
  g_assert_cmpint (grove_test_query_int (f->store, "SELECT due = '2027-02-28' FROM ipdr_objective"), ==, 1);
  g_assert_cmpint (grove_test_query_int (f->store, "SELECT locked FROM ipdr"), ==, 1);
  /* A failed amendment changes nothing and logs nothing. */
  g_assert_false (grove_ipdr_amend (f->store, id, f->manager, "Mark achieved", change_then_fail,
                                    GSIZE_TO_POINTER (objective), &error));
  g_assert_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (grove_test_query_int (f->store, "SELECT status FROM ipdr_objective"), ==, GROVE_OBJECTIVE_ACHIEVED);
  g_assert_cmpint (grove_test_query_int (f->store, "SELECT locked FROM ipdr"), ==, 1);
  g_assert_false (grove_ipdr_amend (f->store, id, f->manager, "  ", move_due_date, GSIZE_TO_POINTER (objective),
                                    &error));
  g_assert_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_INVALID);
  g_clear_error (&error);

  amendments = grove_ipdr_list_amendments (f->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (amendments->len, ==, 1);
  amendment = g_ptr_array_index (amendments, 0);
  g_assert_cmpint (amendment->by_id, ==, f->manager);
  g_assert_cmpstr (amendment->by_name, ==, "Mo Manager");
  g_assert_cmpstr (amendment->what, ==, "Due date moved: the launch slipped");
  g_assert_true (g_regex_match_simple ("^20[0-9]{2}-[01][0-9]-[0-3][0-9]T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$",
                                       amendment->amended_at, 0, 0));

  /* Closing is the one step a locked record takes. */
  g_assert_true (grove_ipdr_set_status (f->store, id, GROVE_IPDR_CLOSED, &error));
  g_assert_no_error (error);
  g_assert_cmpint (grove_test_query_int (f->store, "SELECT status FROM ipdr"), ==, GROVE_IPDR_CLOSED);
}

static void
test_sign_off_without_manager (IpdrOrg       *f,
                               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 id = grove_test_ipdr_create (f, f->head);

  grove_test_ipdr_review_year (f, id);
  g_assert_false (grove_ipdr_sign (f->store, id, GROVE_IPDR_SIGNER_MANAGER, NULL, &error));
  g_assert_error (error, GROVE_IPDR_ERROR, GROVE_IPDR_ERROR_SIGN_OFF);
  g_clear_error (&error);
  g_assert_true (grove_ipdr_sign (f->store, id, GROVE_IPDR_SIGNER_PERSON, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (grove_test_query_int (f->store, "SELECT locked FROM ipdr"), ==, 1);
}

static void
test_templates (IpdrOrg       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GPtrArray) team_objectives = NULL;
  g_autoptr(GPtrArray) supporting = NULL;
  GroveTeamObjective plan = { 0 };
  GroveObjectiveTemplate template_ = { 0 };
  gint64 records[3], plan_id, template_id;

  plan.unit_id = f->delivery;
  plan.title = (char *) "Halve the time to answer a complaint";
  plan_id = grove_team_objective_add (f->store, &plan, &error);
  g_assert_no_error (error);
  template_.title = (char *) "Answer complaints within 10 days";
  template_.measure = (char *) "Nine in ten on time, from the case system";
  template_.due = (char *) "2027-03-31";
  template_.plan_objective_id = plan_id;
  template_id = grove_objective_template_add (f->store, &template_, &error);
  g_assert_no_error (error);

  records[0] = grove_test_ipdr_create (f, f->ann);
  records[1] = grove_test_ipdr_create (f, f->ben);
  records[2] = grove_test_ipdr_create (f, f->cal);
  ids = grove_objective_template_apply (f->store, template_id, records, 3, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ids->len, ==, 3);
  g_assert_cmpint (grove_test_query_int (f->store, "SELECT count(DISTINCT ipdr_id) FROM ipdr_objective "
                                                   "WHERE title = 'Answer complaints within 10 days' "
                                                   "AND plan_objective_id IS NOT NULL AND template_id IS NOT NULL"),
                   ==, 3);

  /* Each copy is its record's own. */
  g_assert_true (grove_ipdr_set_objective_progress (f->store, g_array_index (ids, gint64, 0),
                                                    GROVE_OBJECTIVE_IN_PROGRESS, 60, &error));
  g_assert_cmpint (grove_test_query_int (f->store, "SELECT sum(progress) FROM ipdr_objective"), ==, 60);

  team_objectives = grove_team_objective_list (f->store, f->delivery, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (team_objectives->len, ==, 1);
  g_assert_cmpuint (((GroveTeamObjective *) g_ptr_array_index (team_objectives, 0))->n_supporting, ==, 3);
  supporting = grove_team_objective_list_supporting (f->store, plan_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (supporting->len, ==, 3);

  /* All or nothing: one locked record and no record gets the copy. */
  grove_test_ipdr_review_year (f, records[1]);
  g_assert_true (grove_ipdr_sign (f->store, records[1], GROVE_IPDR_SIGNER_PERSON, NULL, &error));
  g_assert_true (grove_ipdr_sign (f->store, records[1], GROVE_IPDR_SIGNER_MANAGER, NULL, &error));
  g_clear_pointer (&ids, g_array_unref);
  ids = grove_objective_template_apply (f->store, template_id, records, 3, &error);
  g_assert_null (ids);
  g_assert_error (error, GROVE_IPDR_ERROR, GROVE_IPDR_ERROR_LOCKED);
  g_clear_error (&error);
  g_assert_cmpint (grove_test_query_int (f->store, "SELECT count(*) FROM ipdr_objective WHERE template_id IS NOT NULL"),
                   ==, 3);

  /* Deleting the team objective keeps the individual ones. */
  g_assert_true (grove_team_objective_delete (f->store, plan_id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (grove_test_query_int (f->store, "SELECT count(*) FROM ipdr_objective WHERE plan_objective_id IS NULL"),
                   ==, 4);
}

static void
test_updates_and_deletes (IpdrOrg       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GroveNeed) need = grove_need_new ("Drafting");
  g_autoptr(GroveActivity) activity = grove_activity_new (GROVE_LEARNING_FORMAL, "Drafting course");
  g_autoptr(GPtrArray) activities = NULL;
  g_autoptr(GroveObjectiveTemplate) missing = NULL;
  gint64 ipdr = grove_test_ipdr_create (f, f->ann), objective, note_id, feedback_id;
  GroveWpaNote note = { 0 };
  GroveFeedback feedback = { 0 };
  GroveActivity *read;

  need->id = grove_ipdr_add_need (f->store, ipdr, need, &error);
  g_assert_no_error (error);
  g_free (need->capability);
  need->capability = g_strdup ("  Drafting for ministers  ");
  need->priority = GROVE_NEED_PRIORITY_LOW;
  g_assert_true (grove_ipdr_update_need (f->store, need, &error));
  g_assert_no_error (error);
  /* Stored trimmed. */
  g_assert_cmpint (grove_test_query_int (f->store, "SELECT capability = 'Drafting for ministers' AND priority = 0 "
                                                   "FROM ipdr_need"), ==, 1);
  need->id = 4242;
  g_assert_false (grove_ipdr_update_need (f->store, need, &error));
  g_assert_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  activity->id = grove_ipdr_add_activity (f->store, grove_test_query_int (f->store, "SELECT id FROM ipdr_need"),
                                          activity, &error);
  g_assert_no_error (error);
  activity->need_id = grove_test_query_int (f->store, "SELECT id FROM ipdr_need");
  /* Completed means a completion date, and nothing else does. */
  activity->status = GROVE_ACTIVITY_COMPLETED;
  g_assert_false (grove_ipdr_update_activity (f->store, activity, &error));
  g_assert_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_INVALID);
  g_clear_error (&error);
  activity->status = GROVE_ACTIVITY_IN_PROGRESS;
  activity->hours = 3.5;
  g_assert_true (grove_ipdr_update_activity (f->store, activity, &error));
  g_assert_no_error (error);
  activities = grove_ipdr_list_activities (f->store, ipdr, &error);
  read = g_ptr_array_index (activities, 0);
  g_assert_cmpint (read->status, ==, GROVE_ACTIVITY_IN_PROGRESS);
  g_assert_cmpfloat (read->hours, ==, 3.5);
  activity->hours = -1;
  g_assert_false (grove_ipdr_update_activity (f->store, activity, &error));
  g_assert_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (grove_ipdr_delete_activity (f->store, activity->id, &error));
  g_assert_cmpint (grove_test_query_int (f->store, "SELECT count(*) FROM ipdr_activity"), ==, 0);

  objective = grove_test_ipdr_add_objective (f, ipdr, "Draft the annual report", "2026-12-31", 0);
  note.noted = (char *) "2026-05-01";
  note.observation = (char *) "A clear first draft";
  note.objective_id = objective;
  note_id = grove_ipdr_add_wpa_note (f->store, ipdr, &note, &error);
  feedback.received = (char *) "2026-05-02";
  feedback.text = (char *) "Thorough";
  feedback_id = grove_ipdr_add_feedback (f->store, ipdr, &feedback, &error);
  g_assert_no_error (error);
  g_assert_true (grove_ipdr_delete_wpa_note (f->store, note_id, &error));
  g_assert_true (grove_ipdr_delete_feedback (f->store, feedback_id, &error));
  g_assert_no_error (error);
  g_assert_false (grove_ipdr_delete_wpa_note (f->store, note_id, &error));
  g_assert_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpint (grove_test_query_int (f->store, "SELECT (SELECT count(*) FROM ipdr_wpa_note)"
                                                   " + (SELECT count(*) FROM ipdr_feedback)"), ==, 0);

  missing = grove_objective_template_get (f->store, 4242, &error);
  g_assert_null (missing);
  g_assert_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_NOT_FOUND);
}

static void
test_locked_notes (IpdrOrg       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 ipdr = grove_test_ipdr_create (f, f->ann);
  GroveWpaNote note = { 0 };
  GroveReview review = { 0 };

  grove_test_ipdr_review_year (f, ipdr);
  g_assert_true (grove_ipdr_sign (f->store, ipdr, GROVE_IPDR_SIGNER_PERSON, "2027-03-25", &error));
  g_assert_true (grove_ipdr_sign (f->store, ipdr, GROVE_IPDR_SIGNER_MANAGER, "2027-03-25", &error));
  g_assert_no_error (error);

  note.noted = (char *) "2027-03-26";
  note.observation = (char *) "Too late";
  g_assert_cmpint (grove_ipdr_add_wpa_note (f->store, ipdr, &note, &error), ==, 0);
  g_assert_error (error, GROVE_IPDR_ERROR, GROVE_IPDR_ERROR_LOCKED);
  g_clear_error (&error);
  review.kind = GROVE_REVIEW_END_YEAR;
  review.held = (char *) "2027-03-21";
  review.summary = (char *) "Rewritten";
  g_assert_false (grove_ipdr_save_review (f->store, ipdr, &review, &error));
  g_assert_error (error, GROVE_IPDR_ERROR, GROVE_IPDR_ERROR_LOCKED);
  g_clear_error (&error);
  g_assert_cmpint (grove_test_query_int (f->store, "SELECT count(*) FROM ipdr_review WHERE summary IS NOT NULL"), ==, 0);
}

static gboolean
update_note (GroveStore  *store,
             gpointer     user_data,
             GError     **error)
{
  return grove_ipdr_update_wpa_note (store, user_data, error);
}

/* A note and feedback change in place; bad values are refused with nothing
 * changed, and once the record is locked only an amendment changes them. */
static void
test_update_notes (IpdrOrg       *f,
                   gconstpointer  data)
{
#define NOTE_SQL "SELECT count(*) FROM ipdr_wpa_note WHERE noted = '2026-05-03'" \
                 " AND observation = 'A clear second draft' AND feedback = 'Said it reads well'" \
                 " AND objective_id IS NOT NULL"
#define FEEDBACK_SQL "SELECT count(*) FROM ipdr_feedback WHERE source = 2 AND from_name = 'Dee Smith'" \
                     " AND received = '2026-05-04' AND text = 'Thorough and quick'"
  g_autoptr(GError) error = NULL;
  gint64 ipdr = grove_test_ipdr_create (f, f->ann);
  GroveWpaNote note = { .noted = (char *) "2026-05-01", .observation = (char *) "A clear first draft" };
  GroveFeedback feedback = { .received = (char *) "2026-05-02", .text = (char *) "Thorough" };

  note.id = grove_ipdr_add_wpa_note (f->store, ipdr, &note, &error);
  feedback.id = grove_ipdr_add_feedback (f->store, ipdr, &feedback, &error);
  g_assert_no_error (error);

  note.noted = (char *) "2026-05-03";
  note.observation = (char *) "A clear second draft";
  note.feedback = (char *) "Said it reads well";
  note.objective_id = grove_test_ipdr_add_objective (f, ipdr, "Draft the annual report", "2026-12-31", 0);
  g_assert_true (grove_ipdr_update_wpa_note (f->store, &note, &error));
  g_assert_no_error (error);
  g_assert_cmpint (grove_test_query_int (f->store, NOTE_SQL), ==, 1);
  feedback.source = GROVE_FEEDBACK_STAKEHOLDER;
  feedback.from_name = (char *) "Dee Smith";
  feedback.received = (char *) "2026-05-04";
  feedback.text = (char *) "Thorough and quick";
  g_assert_true (grove_ipdr_update_feedback (f->store, &feedback, &error));
  g_assert_no_error (error);
  g_assert_cmpint (grove_test_query_int (f->store, FEEDBACK_SQL), ==, 1);

  /* Refused, each with its reason, and nothing changes. */
  note.noted = (char *) "2026-02-30";
  g_assert_false (grove_ipdr_update_wpa_note (f->store, &note, &error));
  g_assert_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "2026-02-30"));
  g_clear_error (&error);
  note.noted = (char *) "2026-05-05";
  note.observation = (char *) "   ";
  g_assert_false (grove_ipdr_update_wpa_note (f->store, &note, &error));
  g_assert_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_INVALID);
  g_clear_error (&error);
  note.observation = (char *) "Elsewhere";
  note.id = 4242;
  g_assert_false (grove_ipdr_update_wpa_note (f->store, &note, &error));
  g_assert_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  note.id = grove_test_query_int (f->store, "SELECT id FROM ipdr_wpa_note");
  g_assert_cmpint (grove_test_query_int (f->store, NOTE_SQL), ==, 1);

  feedback.received = (char *) "4 May";
  g_assert_false (grove_ipdr_update_feedback (f->store, &feedback, &error));
  g_assert_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_INVALID);
  g_clear_error (&error);
  feedback.received = (char *) "2026-05-04";
  feedback.source = 7;
  g_assert_false (grove_ipdr_update_feedback (f->store, &feedback, &error));
  g_assert_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_INVALID);
  g_clear_error (&error);
  feedback.source = GROVE_FEEDBACK_PEER;
  feedback.text = NULL;
  g_assert_false (grove_ipdr_update_feedback (f->store, &feedback, &error));
  g_assert_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (grove_test_query_int (f->store, FEEDBACK_SQL), ==, 1);

  /* Locked: refused as it is, made as an amendment. */
  grove_test_ipdr_review_year (f, ipdr);
  g_assert_true (grove_ipdr_sign (f->store, ipdr, GROVE_IPDR_SIGNER_PERSON, "2027-03-25", &error));
  g_assert_true (grove_ipdr_sign (f->store, ipdr, GROVE_IPDR_SIGNER_MANAGER, "2027-03-25", &error));
  g_assert_no_error (error);
  feedback.text = (char *) "Rewritten";
  g_assert_false (grove_ipdr_update_feedback (f->store, &feedback, &error));
  g_assert_error (error, GROVE_IPDR_ERROR, GROVE_IPDR_ERROR_LOCKED);
  g_clear_error (&error);
  note.observation = (char *) "Rewritten";
  g_assert_false (grove_ipdr_update_wpa_note (f->store, &note, &error));
  g_assert_error (error, GROVE_IPDR_ERROR, GROVE_IPDR_ERROR_LOCKED);
  g_clear_error (&error);
  g_assert_cmpint (grove_test_query_int (f->store, NOTE_SQL), ==, 1);
  g_assert_cmpint (grove_test_query_int (f->store, FEEDBACK_SQL), ==, 1);
  g_assert_true (grove_ipdr_amend (f->store, ipdr, f->manager, "Observation reworded", update_note, &note, &error));
  g_assert_no_error (error);
  g_assert_cmpint (grove_test_query_int (f->store, "SELECT count(*) FROM ipdr_wpa_note WHERE observation = 'Rewritten'"
                                                   " AND noted = '2026-05-05'"), ==, 1);
  g_assert_cmpint (grove_test_query_int (f->store, "SELECT locked FROM ipdr"), ==, 1);
  g_assert_cmpint (grove_test_query_int (f->store, "SELECT count(*) FROM ipdr_amendment"
                                                   " WHERE what = 'Observation reworded'"), ==, 1);
#undef NOTE_SQL
#undef FEEDBACK_SQL
}

static void
test_migrate_from_3 (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = grove_test_mkdtemp ();
  g_autofree char *path = g_build_filename (dir, "grove.db", NULL);
  g_autoptr(GroveStore) old = _grove_store_open_at_version (path, GROVE_SCHEMA_CONVERSATIONS - 1, &error);
  g_autoptr(GroveStore) store = NULL;

  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_exec (_grove_store_get_handle (old),
                                 "INSERT INTO org_unit (id, kind, name) VALUES (1, 0, 'Kept Org');"
                                 "INSERT INTO person (id, name) VALUES (1, 'Kept Person')", NULL, NULL, NULL),
                   ==, SQLITE_OK);
  g_clear_object (&old);
  store = grove_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (grove_store_get_schema_version (store), ==, GROVE_STORE_SCHEMA_VERSION);
  g_assert_cmpint (grove_test_query_int (store, "SELECT count(*) FROM person WHERE name = 'Kept Person'"), ==, 1);
  g_assert_cmpint (grove_ipdr_create (store, 1, "2026-04-01", "2027-03-31", &error), >, 0);
  g_assert_no_error (error);
  g_clear_object (&store);
  grove_test_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add ((path), IpdrOrg, NULL, fixture_set_up, (func), fixture_tear_down)
  ADD ("/ipdr/create", test_create);
  g_test_add_func ("/ipdr/default-period", test_default_period);
  g_test_add_func ("/ipdr/objective/smart", test_smart);
  g_test_add_func ("/ipdr/objective/at-risk", test_at_risk);
  ADD ("/ipdr/objective/store", test_objectives);
  ADD ("/ipdr/objective/restore", test_restore_objective);
  g_test_add_func ("/ipdr/plan/learning-methods", test_learning_methods);
  ADD ("/ipdr/plan/needs-and-activities", test_plan);
  ADD ("/ipdr/notes/wpa-reviews-feedback", test_notes);
  ADD ("/ipdr/status/workflow", test_status);
  ADD ("/ipdr/sign-off/lock-and-amend", test_sign_off);
  ADD ("/ipdr/sign-off/no-manager", test_sign_off_without_manager);
  ADD ("/ipdr/templates/apply-to-many", test_templates);
  ADD ("/ipdr/updates-and-deletes", test_updates_and_deletes);
  ADD ("/ipdr/sign-off/locks-notes-and-reviews", test_locked_notes);
  ADD ("/ipdr/notes/update-wpa-and-feedback", test_update_notes);
  g_test_add_func ("/ipdr/migrate/from-3", test_migrate_from_3);
#undef ADD

  return g_test_run ();
}
