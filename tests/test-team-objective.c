/* test-team-objective.c: the plan as someone sees it, sharing an objective
 * in one transaction, and bringing a deleted team objective back
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "grove-ipdr.h"
#include "grove-ipdr-objective.h"
#include "grove-org.h"
#include "grove-team-objective.h"
#include "grove-test-ipdr.h"
#include "grove-test-store.h"

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

static gint64
add_team_objective (IpdrOrg    *f,
                    gint64      unit,
                    const char *title)
{
  g_autoptr(GError) error = NULL;
  GroveTeamObjective objective = { 0 };
  gint64 id;

  objective.unit_id = unit;
  objective.title = (char *) title;
  id = grove_team_objective_add (f->store, &objective, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static void
test_for_person (IpdrOrg       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) plan = NULL;
  g_autoptr(GroveTeamObjective) got = NULL;
  const char *expected[] = { "Answer within a week", "Fewer complaints", "Be open", "Cut costs" };
  gint64 record = grove_test_ipdr_create (f, f->ann);
  gint64 objective = grove_test_ipdr_add_objective (f, record, "Clear the backlog", "2027-01-31", 0);
  g_autoptr(GroveObjective) aligned = NULL;
  gint64 team;

  add_team_objective (f, f->organisation, "Be open");
  add_team_objective (f, f->support, "Not Ann's team");
  add_team_objective (f, f->directorate, "Fewer complaints");
  team = add_team_objective (f, f->delivery, "Answer within a week");
  add_team_objective (f, f->organisation, "Cut costs");

  aligned = grove_ipdr_get_objective (f->store, objective, &error);
  g_assert_no_error (error);
  aligned->plan_objective_id = team;
  g_assert_true (grove_ipdr_update_objective (f->store, aligned, &error));
  g_assert_no_error (error);

  /* Ann's team first, then each unit above it; never the team beside it. */
  plan = grove_team_objective_list_for_person (f->store, f->ann, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (plan->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < plan->len; i++)
    g_assert_cmpstr (((GroveTeamObjective *) g_ptr_array_index (plan, i))->title, ==, expected[i]);
  g_assert_cmpstr (((GroveTeamObjective *) g_ptr_array_index (plan, 0))->unit_name, ==, "Delivery");
  g_assert_cmpuint (((GroveTeamObjective *) g_ptr_array_index (plan, 0))->n_supporting, ==, 1);
  g_assert_cmpstr (((GroveTeamObjective *) g_ptr_array_index (plan, 3))->unit_name, ==, "Org");

  got = grove_team_objective_get (f->store, team, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (got->title, ==, "Answer within a week");
  g_assert_cmpuint (got->n_supporting, ==, 1);
  g_assert_null (grove_team_objective_get (f->store, team + 100, &error));
  g_assert_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_NOT_FOUND);
}

/* A manager sees by name whose objectives support a team objective only
 * below themselves; others are not theirs to see. */
static void
test_supporters (IpdrOrg       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) mine = NULL;
  g_autoptr(GPtrArray) anns = NULL;
  g_autoptr(GPtrArray) none = NULL;
  gint64 team = add_team_objective (f, f->directorate, "Fewer complaints");
  gint64 people[] = { f->manager, f->ann, f->cal, f->ben };
  const char *titles[] = { "Lead the complaints review", "Answer within a week", "Fix the top three causes",
                           "Not aligned" };
  const GroveSupporter *supporter;

  for (guint i = 0; i < G_N_ELEMENTS (people); i++)
    {
      gint64 record = grove_test_ipdr_create (f, people[i]);
      gint64 id = grove_test_ipdr_add_objective (f, record, titles[i], "2027-01-31", 0);
      g_autoptr(GroveObjective) objective = grove_ipdr_get_objective (f->store, id, &error);

      g_assert_no_error (error);
      objective->plan_objective_id = i < 3 ? team : 0;
      g_assert_true (grove_ipdr_update_objective (f->store, objective, &error));
      g_assert_no_error (error);
    }

  /* Mo's own objective is not one of a report's; Cal reports to Ann. */
  mine = grove_team_objective_list_supporters (f->store, team, f->manager, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (mine->len, ==, 2);
  supporter = g_ptr_array_index (mine, 0);
  g_assert_cmpint (supporter->person_id, ==, f->ann);
  g_assert_cmpstr (supporter->person_name, ==, "Ann Jones");
  g_assert_cmpstr (supporter->title, ==, "Answer within a week");
  supporter = g_ptr_array_index (mine, 1);
  g_assert_cmpstr (supporter->person_name, ==, "Cal Price");
  g_assert_cmpstr (supporter->title, ==, "Fix the top three causes");

  anns = grove_team_objective_list_supporters (f->store, team, f->ann, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (anns->len, ==, 1);
  g_assert_cmpstr (((GroveSupporter *) g_ptr_array_index (anns, 0))->person_name, ==, "Cal Price");

  none = grove_team_objective_list_supporters (f->store, team, f->cal, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (none->len, ==, 0);
}

static void
test_share (IpdrOrg       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;
  GroveObjectiveTemplate template_ = { 0 };
  gint64 records[2];
  gint64 team = add_team_objective (f, f->delivery, "Answer within a week");

  records[0] = grove_test_ipdr_create (f, f->ann);
  records[1] = grove_test_ipdr_create (f, f->ben);
  template_.title = (char *) "Answer every complaint within five days";
  template_.measure = (char *) "From the case system";
  template_.due = (char *) "2027-03-31";
  template_.plan_objective_id = team;
  ids = grove_objective_template_share (f->store, &template_, records, 2, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ids->len, ==, 2);
  g_assert_cmpint (grove_test_query_int (f->store, "SELECT count(*) FROM objective_template"), ==, 1);
  g_assert_cmpint (grove_test_query_int (f->store,
                                         "SELECT count(DISTINCT o.ipdr_id) FROM ipdr_objective o "
                                         "JOIN objective_template t ON t.id = o.template_id "
                                         "WHERE o.title = t.title AND o.measure = 'From the case system' "
                                         "AND o.due = '2027-03-31' AND o.plan_objective_id = t.plan_objective_id"),
                   ==, 2);

  /* A locked record: no copies, and no template left over either. */
  grove_test_ipdr_review_year (f, records[1]);
  g_assert_true (grove_ipdr_sign (f->store, records[1], GROVE_IPDR_SIGNER_PERSON, NULL, &error));
  g_assert_true (grove_ipdr_sign (f->store, records[1], GROVE_IPDR_SIGNER_MANAGER, NULL, &error));
  g_assert_no_error (error);
  g_clear_pointer (&ids, g_array_unref);
  ids = grove_objective_template_share (f->store, &template_, records, 2, &error);
  g_assert_null (ids);
  g_assert_error (error, GROVE_IPDR_ERROR, GROVE_IPDR_ERROR_LOCKED);
  g_clear_error (&error);
  g_assert_cmpint (grove_test_query_int (f->store, "SELECT count(*) FROM objective_template"), ==, 1);
  g_assert_cmpint (grove_test_query_int (f->store, "SELECT count(*) FROM ipdr_objective WHERE template_id IS NOT NULL"),
                   ==, 2);

  /* A template that cannot be stored is not applied. */
  template_.title = (char *) "  ";
  ids = grove_objective_template_share (f->store, &template_, records, 1, &error);
  g_assert_null (ids);
  g_assert_nonnull (error);
  g_assert_cmpint (grove_test_query_int (f->store, "SELECT count(*) FROM ipdr_objective WHERE template_id IS NOT NULL"),
                   ==, 2);
}

static void
test_remove_and_restore (IpdrOrg       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GroveTeamObjectiveRemoval) removal = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GroveObjective) moved = NULL;
  GroveObjectiveTemplate template_ = { 0 };
  GroveTeamObjective objective = { 0 };
  gint64 records[2];
  gint64 team, other, restored;

  objective.unit_id = f->delivery;
  objective.title = (char *) "Answer within a week";
  objective.description = (char *) "Most complaints are about waiting.";
  objective.period_start = (char *) "2026-04-01";
  objective.period_end = (char *) "2027-03-31";
  team = grove_team_objective_add (f->store, &objective, &error);
  g_assert_no_error (error);
  other = add_team_objective (f, f->directorate, "Fewer complaints");
  records[0] = grove_test_ipdr_create (f, f->ann);
  records[1] = grove_test_ipdr_create (f, f->ben);
  template_.title = (char *) "Answer every complaint within five days";
  template_.plan_objective_id = team;
  ids = grove_objective_template_share (f->store, &template_, records, 2, &error);
  g_assert_no_error (error);

  removal = grove_team_objective_remove (f->store, team, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (removal->objective_ids->len, ==, 2);
  g_assert_cmpuint (removal->template_ids->len, ==, 1);
  g_assert_cmpint (grove_test_query_int (f->store, "SELECT count(*) FROM plan_objective"), ==, 1);
  g_assert_cmpint (grove_test_query_int (f->store, "SELECT count(*) FROM ipdr_objective WHERE plan_objective_id IS NULL"),
                   ==, 2);

  /* Aligned elsewhere in the meantime: that choice stands. */
  moved = grove_ipdr_get_objective (f->store, g_array_index (ids, gint64, 1), &error);
  moved->plan_objective_id = other;
  g_assert_true (grove_ipdr_update_objective (f->store, moved, &error));
  g_assert_no_error (error);

  restored = grove_team_objective_restore (f->store, removal, &error);
  g_assert_no_error (error);
  g_assert_cmpint (restored, ==, team);
  g_assert_cmpint (grove_test_query_int (f->store, "SELECT count(*) FROM plan_objective WHERE title = "
                                                   "'Answer within a week' AND description IS NOT NULL "
                                                   "AND period_start = '2026-04-01' AND period_end = '2027-03-31'"),
                   ==, 1);
  g_assert_cmpint (grove_test_query_int (f->store, "SELECT plan_objective_id FROM ipdr_objective ORDER BY id LIMIT 1"),
                   ==, team);
  g_assert_cmpint (grove_test_query_int (f->store, "SELECT plan_objective_id FROM ipdr_objective ORDER BY id DESC "
                                                   "LIMIT 1"),
                   ==, other);
  g_assert_cmpint (grove_test_query_int (f->store, "SELECT plan_objective_id FROM objective_template"), ==, team);

  /* Removing an objective that is not there changes nothing. */
  g_assert_null (grove_team_objective_remove (f->store, team + 100, &error));
  g_assert_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpint (grove_test_query_int (f->store, "SELECT count(*) FROM plan_objective"), ==, 2);
}

static void
test_restore_after_reuse (IpdrOrg       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GroveTeamObjectiveRemoval) removal = NULL;
  gint64 team = add_team_objective (f, f->delivery, "Answer within a week");
  gint64 record = grove_test_ipdr_create (f, f->ann);
  gint64 objective = grove_test_ipdr_add_objective (f, record, "Clear the backlog", NULL, 0);
  g_autoptr(GroveObjective) aligned = grove_ipdr_get_objective (f->store, objective, &error);
  gint64 taken, restored;

  aligned->plan_objective_id = team;
  g_assert_true (grove_ipdr_update_objective (f->store, aligned, &error));
  removal = grove_team_objective_remove (f->store, team, &error);
  g_assert_no_error (error);
  /* The highest id is free again once deleted, so the next one takes it. */
  taken = add_team_objective (f, f->support, "Someone else's");
  g_assert_cmpint (taken, ==, team);

  restored = grove_team_objective_restore (f->store, removal, &error);
  g_assert_no_error (error);
  g_assert_cmpint (restored, !=, team);
  g_assert_cmpint (grove_test_query_int (f->store, "SELECT plan_objective_id FROM ipdr_objective"), ==, restored);
  g_assert_cmpint (grove_test_query_int (f->store, "SELECT count(*) FROM plan_objective"), ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add ((path), IpdrOrg, NULL, fixture_set_up, (func), fixture_tear_down)
  ADD ("/team-objective/for-person", test_for_person);
  ADD ("/team-objective/supporters", test_supporters);
  ADD ("/team-objective/share", test_share);
  ADD ("/team-objective/remove-and-restore", test_remove_and_restore);
  ADD ("/team-objective/restore-after-reuse", test_restore_after_reuse);
#undef ADD

  return g_test_run ();
}
