/* test-figures.c: roll-ups turned into chart data, on the demo organisation
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <math.h>

#include "grove-culture-chart.h"
#include "grove-culture-heatmap.h"
#include "grove-culture-suppression.h"
#include "grove-demo.h"
#include "grove-needs-chart.h"
#include "grove-org.h"
#include "grove-test-utils.h"

typedef struct {
  char        *dir;
  GroveStore  *store;
  GroveRollup *rollup;   /* the 2026 round */
  GroveRollup *previous; /* the 2025 round */
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  GroveDemoOptions options;

  f->dir = grove_test_mkdtemp ();
  path = g_build_filename (f->dir, "grove.db", NULL);
  f->store = grove_store_open (path, &error);
  g_assert_no_error (error);
  grove_demo_options_init (&options);
  g_assert_true (grove_demo_generate (f->store, &options, &error));
  f->previous = grove_rollup_compute (f->store, 1, GROVE_ANONYMITY_THRESHOLD_DEFAULT, &error);
  f->rollup = grove_rollup_compute (f->store, 2, GROVE_ANONYMITY_THRESHOLD_DEFAULT, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  grove_rollup_free (f->rollup);
  grove_rollup_free (f->previous);
  g_clear_object (&f->store);
  grove_test_rmdir (f->dir);
  g_free (f->dir);
}

static gint64
unit_id (Fixture    *f,
         const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GroveOrgUnit) unit = grove_org_find_unit_by_name (f->store, name, &error);

  g_assert_no_error (error);
  return unit->id;
}

static void
test_chart_series (Fixture       *f,
                   gconstpointer  data)
{
  gint64 team = unit_id (f, "Digital Services");
  g_autoptr(GroveCultureChart) plain = grove_culture_chart_new (f->rollup, f->previous, team, 0);
  g_autoptr(GroveCultureChart) all = grove_culture_chart_new (f->rollup, f->previous, team,
                                                              GROVE_CULTURE_COMPARE_ORGANISATION |
                                                              GROVE_CULTURE_COMPARE_PREVIOUS |
                                                              GROVE_CULTURE_COMPARE_TARGET);

  g_assert_nonnull (plain);
  g_assert_cmpuint (plain->n_axes, ==, 6);
  g_assert_cmpuint (plain->n_series, ==, 1);
  g_assert_null (plain->targets);
  g_assert_cmpstr (plain->series_names[0], ==, "Digital Services");
  g_assert_cmpstr (plain->title, ==, "Digital Services — Learning culture survey 2026");

  /* The unit, the round before, then the organisation; the targets ring. */
  g_assert_cmpuint (all->n_series, ==, 3);
  g_assert_cmpstr (all->series_names[1], ==, "Learning culture survey 2025");
  g_assert_cmpstr (all->series_names[2], ==, "Department for Learning and Skills");
  g_assert_nonnull (all->targets);
  g_assert_cmpfloat_with_epsilon (all->targets[0], 3.9, 1e-9);
  for (guint c = 0; c < all->n_axes; c++)
    {
      g_assert_cmpfloat_with_epsilon (grove_culture_chart_get_value (all, 0, c),
                                      grove_rollup_get_condition (f->rollup, team, c)->mean, 1e-9);
      g_assert_cmpfloat_with_epsilon (grove_culture_chart_get_value (all, 1, c),
                                      grove_rollup_get_condition (f->previous, team, c)->mean, 1e-9);
      g_assert_cmpfloat_with_epsilon (grove_culture_chart_get_value (all, 2, c),
                                      grove_rollup_get_condition (f->rollup, 1, c)->mean, 1e-9);
    }
}

static void
test_chart_suppressed (Fixture       *f,
                       gconstpointer  data)
{
  gint64 office = unit_id (f, "Private Office");
  const GroveRollupUnit *unit = grove_rollup_find_unit (f->rollup, office);
  g_autofree char *why = NULL;

  g_assert_cmpint (unit->suppression, ==, GROVE_SUPPRESSION_BELOW_THRESHOLD);
  g_assert_null (grove_culture_chart_new (f->rollup, f->previous, office, GROVE_CULTURE_COMPARE_ORGANISATION));
  why = grove_culture_describe_suppression (unit, 5);
  g_assert_cmpstr (why, ==, "Fewer than 5 people answered in this team, so its results are not shown to protect "
                            "their anonymity.");
}

static void
test_heatmap_rows (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GroveCultureHeatmap) all = grove_culture_heatmap_new (f->rollup);
  g_autoptr(GroveCultureHeatmap) policy = grove_culture_heatmap_new_within (f->rollup, unit_id (f, "Policy and Strategy"));
  g_autoptr(GroveCultureHeatmap) one = grove_culture_heatmap_new_within (f->rollup, unit_id (f, "Private Office"));
  guint suppressed_rows = 0;

  /* Every team, suppressed ones kept as rows without figures. */
  g_assert_cmpuint (all->n_rows, ==, 8);
  g_assert_cmpuint (all->n_columns, ==, 6);
  g_assert_cmpstr (all->title, ==, "Learning culture survey 2026");
  for (guint r = 0; r < all->n_rows; r++)
    {
      const GroveRollupUnit *team = grove_rollup_find_unit (f->rollup, all->unit_ids[r]);

      g_assert_cmpstr (all->row_labels[r], ==, team->name);
      g_assert_cmpint (team->kind, ==, GROVE_ORG_UNIT_TEAM);
      for (guint c = 0; c < all->n_columns; c++)
        {
          guint cell = r * all->n_columns + c;

          g_assert_cmpint (all->suppressed[cell], ==, team->suppression != GROVE_SUPPRESSION_NONE);
          if (all->suppressed[cell])
            {
              g_assert_true (isnan (all->values[cell]));
              g_assert_cmpuint (all->respondents[cell], ==, 0);
            }
          else
            g_assert_cmpfloat_with_epsilon (all->values[cell],
                                            grove_rollup_get_condition (f->rollup, team->unit_id, c)->mean, 1e-9);
        }
      suppressed_rows += all->suppressed[r * all->n_columns];
    }
  g_assert_cmpuint (suppressed_rows, ==, 2);

  /* A directorate's teams only, titled with its name. */
  g_assert_cmpuint (policy->n_rows, ==, 3);
  g_assert_cmpstr (policy->row_labels[0], ==, "Adult Skills Policy");
  g_assert_cmpstr (policy->title, ==, "Policy and Strategy — Learning culture survey 2026");

  /* A team alone is one row. */
  g_assert_cmpuint (one->n_rows, ==, 1);
  g_assert_true (one->suppressed[0]);

  g_assert_null (grove_culture_heatmap_new_within (f->rollup, 9999));
}

static GPtrArray *
needs_rollup (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *groups = grove_needs_rollup (f->store, NULL, GROVE_NEEDS_DEFAULT_THRESHOLD, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (groups->len, >, 1);
  return groups;
}

/* Every bar is one count of the unit's group in the dimension, in the
 * roll-up's order, and together they are the unit's total. */
static void
test_needs_chart_counts (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GPtrArray) groups = needs_rollup (f);

  for (guint g = 0; g < groups->len; g++)
    for (GroveNeedsDimension d = 0; d < GROVE_NEEDS_N_DIMENSIONS; d++)
      {
        const GroveNeedsGroup *group = g_ptr_array_index (groups, g);
        g_autoptr(GroveNeedsChart) chart = grove_needs_chart_new (groups, group->unit_id, d);
        GroveBarChartData bars;
        double total = 0;
        guint bar = 0;

        g_assert_nonnull (chart);
        g_assert_cmpstr (chart->unit_name, ==, group->name);
        g_assert_cmpuint (chart->people, ==, group->people);
        for (guint i = 0; i < group->counts->len; i++)
          {
            const GroveNeedsCount *count = g_ptr_array_index (group->counts, i);

            if (count->dimension != d)
              continue;
            g_assert_cmpuint (bar, <, chart->n_bars);
            g_assert_cmpstr (chart->keys[bar], ==, count->key);
            g_assert_cmpfloat (chart->values[bar], ==, count->count);
            total += chart->values[bar++];
          }
        g_assert_cmpuint (bar, ==, chart->n_bars);
        if (d == GROVE_NEEDS_BY_CAPABILITY)
          g_assert_cmpfloat (total, ==, group->needs);
        else if (d == GROVE_NEEDS_BY_METHOD)
          g_assert_cmpfloat (total, ==, group->activities);

        grove_needs_chart_fill (chart, GROVE_CHART_THEME_DARK, &bars);
        g_assert_cmpuint (bars.n_bars, ==, chart->n_bars);
        g_assert_cmpuint (bars.n_series, ==, 1);
        g_assert_true (bars.values == chart->values);
        g_assert_true (g_str_has_suffix (chart->title, group->name));
      }

  /* 0 is the organisation. */
  {
    g_autoptr(GroveNeedsChart) whole = grove_needs_chart_new (groups, 0, GROVE_NEEDS_BY_CAPABILITY);

    g_assert_cmpstr (whole->unit_name, ==, ((GroveNeedsGroup *) g_ptr_array_index (groups, 0))->name);
    g_assert_cmpstr (whole->labels[0], ==, "Digital skills");
    g_assert_cmpfloat (whole->values[0], ==, 15);
  }
}

/* A unit merged upwards has no chart, and no figure of it is anywhere. */
static void
test_needs_chart_suppressed (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GPtrArray) groups = needs_rollup (f);
  g_autoptr(GPtrArray) units = NULL;
  g_autoptr(GError) error = NULL;
  guint hidden = 0;

  units = grove_org_list_units (f->store, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < units->len; i++)
    {
      const GroveOrgUnit *unit = g_ptr_array_index (units, i);
      g_autoptr(GroveNeedsChart) chart = grove_needs_chart_new (groups, unit->id, GROVE_NEEDS_BY_CAPABILITY);
      g_autoptr(GPtrArray) subtree = grove_needs_subtree (groups, unit->id);

      if (grove_needs_find_group (groups, unit->id) != NULL)
        {
          g_assert_nonnull (chart);
          g_assert_cmpuint (subtree->len, >=, 1);
          g_assert_true (((GroveNeedsGroup *) g_ptr_array_index (subtree, 0))->unit_id == unit->id);
          continue;
        }
      hidden++;
      g_assert_null (chart);
      g_assert_cmpuint (subtree->len, ==, 0);
    }
  g_assert_cmpuint (hidden, >, 0);
  g_assert_cmpuint (hidden + groups->len, ==, units->len);

  {
    g_autofree char *reason = grove_needs_describe_suppression (5);

    g_assert_cmpstr (reason, ==, "Fewer than 5 people in this unit have an IPDR for this year, so their needs are "
                                 "counted only in the unit above it, to protect their anonymity.");
  }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/figures/chart/series", test_chart_series);
  ADD ("/figures/chart/suppressed", test_chart_suppressed);
  ADD ("/figures/heatmap/rows", test_heatmap_rows);
  ADD ("/figures/needs/counts", test_needs_chart_counts);
  ADD ("/figures/needs/suppressed", test_needs_chart_suppressed);
#undef ADD

  return g_test_run ();
}
