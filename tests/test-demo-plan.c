/* test-demo-plan.c: the demo's plan and the objectives that support it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "grove-demo-private.h"
#include "grove-team-objective.h"
#include "grove-test-store.h"
#include "grove-test-utils.h"

typedef struct {
  char       *dir;
  GroveStore *store;
} Fixture;

static GroveStore *
open_store (Fixture    *fx,
            const char *file)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (fx->dir, file, NULL);
  GroveStore *store = grove_store_open (path, &error);

  g_assert_no_error (error);
  return store;
}

static void
fixture_set_up (Fixture       *fx,
                gconstpointer  data)
{
  fx->dir = grove_test_mkdtemp ();
  fx->store = open_store (fx, "one.db");
}

static void
fixture_tear_down (Fixture       *fx,
                   gconstpointer  data)
{
  g_clear_object (&fx->store);
  grove_test_rmdir (fx->dir);
  g_free (fx->dir);
}

static void
generate (GroveStore *store,
          guint       people,
          guint       teams,
          guint64     seed,
          gboolean    ipdrs)
{
  g_autoptr(GError) error = NULL;
  GroveDemoOptions options;

  grove_demo_options_init (&options);
  options.people = people;
  options.teams = teams;
  options.seed = seed;
  options.ipdrs = ipdrs;
  g_assert_true (grove_demo_generate (store, &options, &error));
  g_assert_no_error (error);
}

/* Every plan objective, then every individual objective with what it
 * supports, as text. */
static char *
snapshot (GroveStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) plan = grove_team_objective_list (store, 0, &error);
  GString *out = g_string_new (NULL);
  sqlite3_stmt *stmt = NULL;

  g_assert_no_error (error);
  for (guint i = 0; i < plan->len; i++)
    {
      GroveTeamObjective *o = g_ptr_array_index (plan, i);

      g_string_append_printf (out, "%" G_GINT64_FORMAT "|%" G_GINT64_FORMAT "|%s|%s|%s|%s|%u\n", o->id, o->unit_id,
                              o->title, o->description, o->period_start, o->period_end, o->n_supporting);
    }
  g_assert_cmpint (sqlite3_prepare_v2 (_grove_store_get_handle (store),
                                       "SELECT id, ifnull (plan_objective_id, 0) FROM ipdr_objective ORDER BY id", -1,
                                       &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_string_append_printf (out, "%lld>%lld\n", (long long) sqlite3_column_int64 (stmt, 0),
                            (long long) sqlite3_column_int64 (stmt, 1));
  sqlite3_finalize (stmt);
  return g_string_free (out, FALSE);
}

/* Aligned objectives whose plan objective is not in the person's unit or
 * a unit above it. */
#define MISALIGNED \
  "WITH RECURSIVE up (objective_id, unit_id, depth) AS (" \
  "  SELECT o.id, p.unit_id, 0 FROM ipdr_objective o JOIN ipdr i ON i.id = o.ipdr_id" \
  "  JOIN person p ON p.id = i.person_id WHERE o.plan_objective_id IS NOT NULL" \
  "  UNION ALL SELECT up.objective_id, u.parent_id, up.depth + 1 FROM up JOIN org_unit u ON u.id = up.unit_id" \
  "  WHERE u.parent_id IS NOT NULL AND up.depth < 64) " \
  "SELECT count(*) FROM ipdr_objective o JOIN plan_objective t ON t.id = o.plan_objective_id" \
  " WHERE NOT EXISTS (SELECT 1 FROM up WHERE up.objective_id = o.id AND up.unit_id = t.unit_id)"

static gint64
aligned_at (GroveStore *store,
            int         kind)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM ipdr_objective o"
                                          " JOIN plan_objective t ON t.id = o.plan_objective_id"
                                          " JOIN org_unit u ON u.id = t.unit_id WHERE u.kind = %d", kind);

  return grove_test_query_int (store, sql);
}

static void
test_plan (Fixture       *fx,
           gconstpointer  data)
{
  gint64 objectives, aligned, teams, teams_with;

  generate (fx->store, 60, 8, 1, TRUE);

  /* The organisation's three, one or two for each directorate, one for
   * some teams but not all, all for 2026–27. */
  g_assert_cmpint (grove_test_query_int (fx->store, "SELECT count(*) FROM plan_objective t JOIN org_unit u"
                                                    " ON u.id = t.unit_id WHERE u.kind = 0"), ==, 3);
  g_assert_cmpint (grove_test_query_int (fx->store, "SELECT count(*) FROM org_unit d WHERE d.kind = 1 AND"
                                                    " (SELECT count(*) FROM plan_objective t WHERE t.unit_id = d.id)"
                                                    " NOT BETWEEN 1 AND 2"), ==, 0);
  teams = grove_test_query_int (fx->store, "SELECT count(*) FROM org_unit WHERE kind = 2");
  teams_with = grove_test_query_int (fx->store, "SELECT count(DISTINCT t.unit_id) FROM plan_objective t"
                                                " JOIN org_unit u ON u.id = t.unit_id WHERE u.kind = 2");
  g_assert_cmpint (teams_with, >, 0);
  g_assert_cmpint (teams_with, <, teams);
  g_assert_cmpint (grove_test_query_int (fx->store, "SELECT count(*) FROM plan_objective WHERE"
                                                    " period_start IS NOT '2026-04-01' OR period_end IS NOT '2027-03-31'"),
                   ==, 0);

  /* Many objectives support the plan, at every level, but not all. */
  objectives = grove_test_query_int (fx->store, "SELECT count(*) FROM ipdr_objective");
  aligned = grove_test_query_int (fx->store, "SELECT count(*) FROM ipdr_objective WHERE plan_objective_id IS NOT NULL");
  g_test_message ("%" G_GINT64_FORMAT " of %" G_GINT64_FORMAT " objectives aligned", aligned, objectives);
  g_assert_cmpint (aligned * 100, >=, objectives * 30);
  g_assert_cmpint (aligned * 100, <=, objectives * 80);
  for (int kind = 0; kind <= 2; kind++)
    g_assert_cmpint (aligned_at (fx->store, kind), >, 0);

  /* Each to a plan objective of the person's own unit or one above it. */
  g_assert_cmpint (grove_test_query_int (fx->store, MISALIGNED), ==, 0);

  /* By meaning: a lunch-and-learn supports learning, never the budget. */
  g_assert_cmpint (grove_test_query_int (fx->store, "SELECT count(*) FROM ipdr_objective o JOIN plan_objective t"
                                                    " ON t.id = o.plan_objective_id"
                                                    " WHERE o.title = 'Run two lunch-and-learn sessions'"), >, 0);
  g_assert_cmpint (grove_test_query_int (fx->store, "SELECT count(*) FROM ipdr_objective o JOIN plan_objective t"
                                                    " ON t.id = o.plan_objective_id"
                                                    " WHERE o.title = 'Run two lunch-and-learn sessions' AND t.title"
                                                    " NOT IN ('Become a learning organisation',"
                                                    " 'Share what we learn at team meetings')"), ==, 0);
  /* Nobody supports the backlog of a directorate that has no such
   * objective, nor an objective that is not about it. */
  g_assert_cmpint (grove_test_query_int (fx->store, "SELECT count(*) FROM ipdr_objective o JOIN plan_objective t"
                                                    " ON t.id = o.plan_objective_id"
                                                    " WHERE o.title = 'Reduce the backlog of open cases' AND t.title"
                                                    " NOT IN ('Clear the backlog of open cases by March 2027',"
                                                    " 'Keep open cases below 40')"), ==, 0);
}

static void
test_same_seed_same_plan (Fixture       *fx,
                          gconstpointer  data)
{
  g_autoptr(GroveStore) other = open_store (fx, "two.db");
  g_autoptr(GroveStore) third = open_store (fx, "three.db");
  g_autofree char *one = NULL, *two = NULL, *three = NULL;

  generate (fx->store, 120, 12, 7, TRUE);
  generate (other, 120, 12, 7, TRUE);
  generate (third, 120, 12, 8, TRUE);
  one = snapshot (fx->store);
  two = snapshot (other);
  three = snapshot (third);
  g_assert_cmpstr (one, ==, two);
  g_assert_cmpstr (one, !=, three);
}

static void
test_large (Fixture       *fx,
            gconstpointer  data)
{
  generate (fx->store, 2000, 80, 3, TRUE);
  g_assert_cmpint (grove_test_query_int (fx->store, MISALIGNED), ==, 0);
  /* Every directorate has its own. */
  g_assert_cmpint (grove_test_query_int (fx->store, "SELECT count(*) FROM org_unit d WHERE d.kind = 1 AND NOT EXISTS"
                                                    " (SELECT 1 FROM plan_objective t WHERE t.unit_id = d.id)"), ==, 0);
  for (int kind = 0; kind <= 2; kind++)
    g_assert_cmpint (aligned_at (fx->store, kind), >, 0);
}

static void
test_without_ipdrs (Fixture       *fx,
                    gconstpointer  data)
{
  /* The plan is what IPDR objectives support: none without them. */
  generate (fx->store, 60, 8, 1, FALSE);
  g_assert_cmpint (grove_test_query_int (fx->store, "SELECT count(*) FROM plan_objective"), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/demo-plan/plan", test_plan);
  ADD ("/demo-plan/same-seed-same-plan", test_same_seed_same_plan);
  ADD ("/demo-plan/large", test_large);
  ADD ("/demo-plan/without-ipdrs", test_without_ipdrs);
#undef ADD

  return g_test_run ();
}
