/* test-needs.c: the learning-needs analysis, against figures worked out by
 * hand, and its anonymity rules
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "grove-framework.h"
#include "grove-ipdr.h"
#include "grove-ipdr-plan.h"
#include "grove-needs.h"
#include "grove-org.h"
#include "grove-test-store.h"
#include "grove-test-utils.h"

typedef struct {
  char       *dir;
  GroveStore *store;
  gint64      cond[2];
} Fixture;

typedef struct {
  const char *capability;
  int         condition;  /* index into Fixture.cond, or -1 */
  int         methods[2]; /* learning methods, -1 for none; +10 for a cancelled one */
} NeedSpec;

static gint64
add_person (Fixture    *f,
            const char *name,
            gint64      unit)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GrovePerson) person = grove_person_new (name);
  gint64 id;

  person->unit_id = unit;
  id = grove_org_add_person (f->store, person, &error);
  g_assert_no_error (error);
  return id;
}

/* Someone in `unit` with a record for 2026–27 holding `needs`. */
static gint64
add_person_with_needs (Fixture        *f,
                       const char     *name,
                       gint64          unit,
                       const NeedSpec *needs,
                       guint           n_needs)
{
  g_autoptr(GError) error = NULL;
  gint64 person = add_person (f, name, unit);
  gint64 ipdr = grove_ipdr_create (f->store, person, "2026-04-01", "2027-03-31", &error);

  g_assert_no_error (error);
  for (guint i = 0; i < n_needs; i++)
    {
      g_autoptr(GroveNeed) need = grove_need_new (needs[i].capability);
      gint64 need_id;

      need->condition_id = needs[i].condition >= 0 ? f->cond[needs[i].condition] : 0;
      need_id = grove_ipdr_add_need (f->store, ipdr, need, &error);
      g_assert_no_error (error);
      for (guint m = 0; m < 2; m++)
        {
          g_autoptr(GroveActivity) activity = NULL;

          if (needs[i].methods[m] < 0)
            continue;
          activity = grove_activity_new ((GroveLearningMethod) (needs[i].methods[m] % 10), "Activity");
          activity->status = needs[i].methods[m] >= 10 ? GROVE_ACTIVITY_CANCELLED : GROVE_ACTIVITY_PLANNED;
          grove_ipdr_add_activity (f->store, need_id, activity, &error);
          g_assert_no_error (error);
        }
    }
  return person;
}

/* Organisation (18 people with a record)
 *   Operations: Data (5), Delivery (6), Support (2)
 *   Policy: "Strategy, Policy" (5) */
static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GroveFramework) framework = NULL;
  gint64 org, ops, policy, delivery, support, team_data, strategy, gone;
  const NeedSpec a1[] = { { " data Analysis ", -1, { GROVE_LEARNING_FORMAL, GROVE_LEARNING_E_LEARNING } },
                          { "Presenting", -1, { -1, -1 } } };
  const NeedSpec a2[] = { { "Data analysis", -1, { GROVE_LEARNING_COACHING, -1 } },
                          { "presenting", -1, { -1, -1 } } };
  const NeedSpec a3[] = { { "Data analysis", -1, { GROVE_LEARNING_COACHING + 10, -1 } } };
  const NeedSpec a[] = { { "Data analysis", -1, { -1, -1 } } };
  const NeedSpec s1[] = { { "Data analysis", -1, { -1, -1 } } };
  const NeedSpec s2[] = { { "Negotiation", 0, { GROVE_LEARNING_MENTORING, -1 } } };
  const NeedSpec d1[] = { { "Coding", 1, { GROVE_LEARNING_INFORMAL, -1 } } };
  const NeedSpec d[] = { { "Coding", -1, { -1, -1 } } };
  const NeedSpec p1[] = { { "Presenting", 0, { GROVE_LEARNING_FORMAL, -1 } } };
  const NeedSpec p[] = { { "Presenting", 0, { -1, -1 } } };

  f->dir = grove_test_mkdtemp ();
  {
    g_autofree char *path = g_build_filename (f->dir, "grove.db", NULL);
    f->store = grove_store_open (path, &error);
  }
  g_assert_no_error (error);
  framework = grove_framework_get_by_key (f->store, GROVE_FRAMEWORK_BUILTIN_KEY, &error);
  g_assert_no_error (error);
  f->cond[0] = ((GroveFrameworkCondition *) g_ptr_array_index (framework->conditions, 0))->id;
  f->cond[1] = ((GroveFrameworkCondition *) g_ptr_array_index (framework->conditions, 1))->id;

  org = grove_org_add_unit (f->store, GROVE_ORG_UNIT_ORGANISATION, "Org", 0, &error);
  ops = grove_org_add_unit (f->store, GROVE_ORG_UNIT_DIRECTORATE, "Operations", org, &error);
  policy = grove_org_add_unit (f->store, GROVE_ORG_UNIT_DIRECTORATE, "Policy", org, &error);
  delivery = grove_org_add_unit (f->store, GROVE_ORG_UNIT_TEAM, "Delivery", ops, &error);
  support = grove_org_add_unit (f->store, GROVE_ORG_UNIT_TEAM, "Support", ops, &error);
  team_data = grove_org_add_unit (f->store, GROVE_ORG_UNIT_TEAM, "Data", ops, &error);
  strategy = grove_org_add_unit (f->store, GROVE_ORG_UNIT_TEAM, "Strategy, Policy", policy, &error);
  g_assert_no_error (error);

  add_person_with_needs (f, "A1", delivery, a1, 2);
  add_person_with_needs (f, "A2", delivery, a2, 2);
  add_person_with_needs (f, "A3", delivery, a3, 1);
  for (guint i = 4; i <= 6; i++)
    {
      g_autofree char *name = g_strdup_printf ("A%u", i);
      add_person_with_needs (f, name, delivery, a, 1);
    }
  add_person_with_needs (f, "S1", support, s1, 1);
  add_person_with_needs (f, "S2", support, s2, 1);
  add_person_with_needs (f, "D1", team_data, d1, 1);
  for (guint i = 2; i <= 5; i++)
    {
      g_autofree char *name = g_strdup_printf ("D%u", i);
      add_person_with_needs (f, name, team_data, d, 1);
    }
  add_person_with_needs (f, "P1", strategy, p1, 1);
  for (guint i = 2; i <= 5; i++)
    {
      g_autofree char *name = g_strdup_printf ("P%u", i);
      add_person_with_needs (f, name, strategy, p, 1);
    }

  /* Not counted: no record, a record of another year, someone who left. */
  add_person (f, "No record", delivery);
  {
    gint64 old = add_person (f, "Last year", delivery);
    grove_ipdr_create (f->store, old, "2025-04-01", "2026-03-31", &error);
    g_assert_no_error (error);
  }
  gone = add_person_with_needs (f, "Gone", delivery, a, 1);
  g_assert_true (grove_org_archive_person (f->store, gone, &error));
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

/* "key=count" for each count of `dimension`, in order, joined by " ". */
static char *
counts_of (const GroveNeedsGroup *group,
           GroveNeedsDimension    dimension)
{
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; i < group->counts->len; i++)
    {
      const GroveNeedsCount *count = g_ptr_array_index (group->counts, i);

      if (count->dimension != dimension)
        continue;
      g_string_append_printf (out, "%s%s=%u", out->len > 0 ? " " : "", count->key, count->count);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
assert_group (const GroveNeedsGroup *group,
              const char            *name,
              guint                  people,
              guint                  needs,
              guint                  activities,
              guint                  merged,
              const char            *capabilities,
              const char            *methods,
              const char            *conditions)
{
  g_autofree char *c = counts_of (group, GROVE_NEEDS_BY_CAPABILITY);
  g_autofree char *m = counts_of (group, GROVE_NEEDS_BY_METHOD);
  g_autofree char *k = counts_of (group, GROVE_NEEDS_BY_CONDITION);

  g_assert_cmpstr (group->name, ==, name);
  g_assert_cmpuint (group->people, ==, people);
  g_assert_cmpuint (group->needs, ==, needs);
  g_assert_cmpuint (group->activities, ==, activities);
  g_assert_cmpuint (group->merged_units, ==, merged);
  g_assert_cmpstr (c, ==, capabilities);
  g_assert_cmpstr (m, ==, methods);
  g_assert_cmpstr (k, ==, conditions);
}

static void
test_rollup (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) groups = grove_needs_rollup (f->store, "2026-10-01", GROVE_NEEDS_DEFAULT_THRESHOLD, &error);
  g_autoptr(GroveFramework) framework = grove_framework_get_by_key (f->store, GROVE_FRAMEWORK_BUILTIN_KEY, NULL);
  const char *key0 = ((GroveFrameworkCondition *) g_ptr_array_index (framework->conditions, 0))->key;
  const char *key1 = ((GroveFrameworkCondition *) g_ptr_array_index (framework->conditions, 1))->key;
  g_autofree char *org_conditions = g_strdup_printf ("%s=6 %s=1", key0, key1);
  g_autofree char *ops_conditions = NULL;
  g_autofree char *ops_01 = g_strdup_printf ("%s=1 %s=1", key0, key1);
  g_autofree char *ops_10 = g_strdup_printf ("%s=1 %s=1", key1, key0);
  g_autofree char *policy_conditions = g_strdup_printf ("%s=5", key0);

  g_assert_no_error (error);
  /* Support (2) is too small and is merged into Operations; Data (5) is
   * large enough, but Operations less Delivery and Data would be Support,
   * so Data is merged as well. */
  g_assert_cmpuint (groups->len, ==, 5);
  assert_group (g_ptr_array_index (groups, 0), "Org", 18, 20, 6, 0,
                "data analysis=7 presenting=7 coding=5 negotiation=1",
                "formal=2 coaching=1 e-learning=1 informal=1 mentoring=1", org_conditions);
  /* Two conditions, one need each: in the order of their titles. */
  ops_conditions = counts_of (g_ptr_array_index (groups, 1), GROVE_NEEDS_BY_CONDITION);
  g_assert_true (g_str_equal (ops_conditions, ops_01) || g_str_equal (ops_conditions, ops_10));
  assert_group (g_ptr_array_index (groups, 1), "Operations", 13, 15, 5, 2,
                "data analysis=7 coding=5 presenting=2 negotiation=1",
                "coaching=1 e-learning=1 formal=1 informal=1 mentoring=1", ops_conditions);
  assert_group (g_ptr_array_index (groups, 2), "Delivery", 6, 8, 3, 0,
                "data analysis=6 presenting=2", "coaching=1 e-learning=1 formal=1", "");
  assert_group (g_ptr_array_index (groups, 3), "Policy", 5, 5, 1, 0, "presenting=5", "formal=1", policy_conditions);
  assert_group (g_ptr_array_index (groups, 4), "Strategy, Policy", 5, 5, 1, 0, "presenting=5", "formal=1",
                policy_conditions);
  /* One spelling of a capability, whichever way people wrote it. */
  g_assert_cmpstr (((GroveNeedsCount *) g_ptr_array_index (((GroveNeedsGroup *) g_ptr_array_index (groups, 0))->counts,
                                                            0))->label, ==, "Data analysis");
}

static void
test_thresholds (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) all = grove_needs_rollup (f->store, "2026-10-01", 1, &error);
  g_autoptr(GPtrArray) none = grove_needs_rollup (f->store, "2026-10-01", 19, &error);
  g_autoptr(GPtrArray) org_only = grove_needs_rollup (f->store, "2026-10-01", 18, &error);
  g_autoptr(GPtrArray) last_year = grove_needs_rollup (f->store, "2025-10-01", 1, &error);

  g_assert_no_error (error);
  /* A threshold of one shows every unit. */
  g_assert_cmpuint (all->len, ==, 7);
  g_assert_cmpstr (((GroveNeedsGroup *) g_ptr_array_index (all, 4))->name, ==, "Support");
  g_assert_cmpuint (((GroveNeedsGroup *) g_ptr_array_index (all, 4))->people, ==, 2);
  g_assert_cmpuint (none->len, ==, 0);
  g_assert_cmpuint (org_only->len, ==, 1);
  g_assert_cmpuint (((GroveNeedsGroup *) g_ptr_array_index (org_only, 0))->merged_units, ==, 2);
  /* Last year's record has no needs, and one person is below any use. */
  g_assert_cmpuint (last_year->len, ==, 3); /* Org, Operations, Delivery */
  g_assert_cmpuint (((GroveNeedsGroup *) g_ptr_array_index (last_year, 0))->people, ==, 1);
  g_assert_cmpuint (((GroveNeedsGroup *) g_ptr_array_index (last_year, 0))->needs, ==, 0);
}

static void
test_csv (Fixture       *f,
          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) groups = grove_needs_rollup (f->store, "2026-10-01", 5, &error);
  g_autofree char *csv = grove_needs_rollup_to_csv (groups);
  g_auto(GStrv) lines = g_strsplit (csv, "\r\n", -1);
  guint rows = 0;

  g_assert_no_error (error);
  g_assert_cmpstr (lines[0], ==, "unit,kind,people,needs,activities,dimension,key,label,count");
  g_assert_cmpstr (lines[1], ==, "Org,organisation,18,20,6,capability,data analysis,Data analysis,7");
  g_assert_nonnull (strstr (csv, "\r\nDelivery,team,6,8,3,method,e-learning,Distance learning and e-learning,1\r\n"));
  g_assert_nonnull (strstr (csv, "\r\n\"Strategy, Policy\",team,5,5,1,capability,presenting,Presenting,5\r\n"));
  for (guint i = 0; i < groups->len; i++)
    rows += ((GroveNeedsGroup *) g_ptr_array_index (groups, i))->counts->len;
  g_assert_cmpuint (g_strv_length (lines), ==, rows + 2); /* the header, and "" after the last CRLF */
  g_assert_cmpstr (lines[rows + 1], ==, "");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/needs/rollup/hand-worked", Fixture, NULL, fixture_set_up, test_rollup, fixture_tear_down);
  g_test_add ("/needs/rollup/thresholds", Fixture, NULL, fixture_set_up, test_thresholds, fixture_tear_down);
  g_test_add ("/needs/rollup/csv", Fixture, NULL, fixture_set_up, test_csv, fixture_tear_down);

  return g_test_run ();
}
