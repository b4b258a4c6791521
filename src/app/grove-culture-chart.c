/* grove-culture-chart.c: what the Culture page charts, taken from roll-ups
 *
 * The roll-up has already withheld every suppressed unit's figures, so a
 * chart made here can only show what may be shown: a comparison whose unit
 * is suppressed is left out rather than drawn as gaps.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "grove-culture-chart.h"

typedef struct {
  char   *name;
  double *values;
  guint  *respondents;
} Series;

static void
series_clear (gpointer data)
{
  Series *series = data;

  g_free (series->name);
  g_free (series->values);
  g_free (series->respondents);
}

static const GroveRollupUnit *
find_organisation (const GroveRollup *rollup)
{
  for (guint i = 0; i < grove_rollup_get_n_units (rollup); i++)
    {
      const GroveRollupUnit *unit = grove_rollup_get_unit (rollup, i);

      if (unit->kind == GROVE_ORG_UNIT_ORGANISATION)
        return unit;
    }

  return NULL;
}

/* A unit's condition means, or FALSE when the unit is absent or withheld. */
static gboolean
take_series (const GroveRollup *rollup,
             gint64             unit_id,
             const char        *name,
             guint              n_axes,
             GArray            *all)
{
  const GroveRollupUnit *unit = grove_rollup_find_unit (rollup, unit_id);
  Series series;

  if (unit == NULL || unit->suppression != GROVE_SUPPRESSION_NONE)
    return FALSE;

  series.name = g_strdup (name);
  series.values = g_new (double, n_axes);
  series.respondents = g_new0 (guint, n_axes);
  for (guint c = 0; c < n_axes; c++)
    {
      const GroveRollupFigures *figures = grove_rollup_get_condition (rollup, unit_id, c);

      series.values[c] = figures != NULL ? figures->mean : NAN;
      series.respondents[c] = figures != NULL ? figures->respondents : 0;
    }
  g_array_append_val (all, series);

  return TRUE;
}

static double *
take_targets (const GroveRollup *rollup,
              gint64             unit_id,
              guint              n_axes)
{
  double *targets = g_new (double, n_axes);
  gboolean any = FALSE;

  for (guint c = 0; c < n_axes; c++)
    {
      if (grove_rollup_get_target (rollup, unit_id, c, &targets[c]))
        any = TRUE;
      else
        targets[c] = NAN;
    }
  if (!any)
    g_clear_pointer (&targets, g_free);

  return targets;
}

static char *
describe_chart (const GroveCultureChart *chart,
                const char              *unit_name,
                const char              *round_title)
{
  GString *text = g_string_new (NULL);

  g_string_printf (text,
                   ngettext ("Radar chart of %u condition for %s, round %s.",
                             "Radar chart of %u conditions for %s, round %s.",
                             chart->n_axes),
                   chart->n_axes, unit_name, round_title);
  for (guint s = 1; s < chart->n_series; s++)
    {
      g_string_append_c (text, ' ');
      g_string_append_printf (text, _("Compared with %s."), chart->series_names[s]);
    }
  if (chart->targets != NULL)
    {
      g_string_append_c (text, ' ');
      g_string_append (text, _("The target is shown as a ring."));
    }
  g_string_append_c (text, ' ');
  g_string_append (text, _("The table of conditions beside it holds the same figures."));

  return g_string_free (text, FALSE);
}

static void
take_axes (GroveCultureChart    *chart,
           const GroveFramework *framework)
{
  chart->n_axes = framework->conditions->len;
  chart->axis_labels = g_new0 (char *, chart->n_axes + 1);
  for (guint c = 0; c < chart->n_axes; c++)
    {
      const GroveFrameworkCondition *condition = g_ptr_array_index (framework->conditions, c);

      chart->axis_labels[c] = g_strdup (condition->title);
    }
  chart->scale_min = grove_framework_scale_min (framework);
  chart->scale_max = grove_framework_scale_max (framework);
}

/**
 * grove_culture_chart_new:
 * @previous: (nullable): the roll-up of the round before, for its series
 *
 * Returns: (transfer full) (nullable): the chart, or %NULL when the unit is
 *   suppressed or not in the roll-up
 */
GroveCultureChart *
grove_culture_chart_new (const GroveRollup   *rollup,
                         const GroveRollup   *previous,
                         gint64               unit_id,
                         GroveCultureCompare  compare)
{
  const GroveRollupUnit *unit = grove_rollup_find_unit (rollup, unit_id);
  const GroveRollupUnit *organisation = find_organisation (rollup);
  const GroveRound *round = grove_rollup_get_round (rollup);
  g_autoptr(GArray) all = g_array_new (FALSE, FALSE, sizeof (Series));
  GroveCultureChart *chart;

  g_array_set_clear_func (all, series_clear);
  chart = g_new0 (GroveCultureChart, 1);
  take_axes (chart, grove_rollup_get_framework (rollup));

  if (unit == NULL || !take_series (rollup, unit_id, unit->name, chart->n_axes, all))
    {
      grove_culture_chart_free (chart);
      return NULL;
    }

  if ((compare & GROVE_CULTURE_COMPARE_PREVIOUS) && previous != NULL)
    take_series (previous, unit_id, grove_rollup_get_round (previous)->title, chart->n_axes, all);
  if ((compare & GROVE_CULTURE_COMPARE_ORGANISATION) && organisation != NULL &&
      organisation->unit_id != unit_id)
    take_series (rollup, organisation->unit_id, organisation->name, chart->n_axes, all);
  if (compare & GROVE_CULTURE_COMPARE_TARGET)
    chart->targets = take_targets (rollup, unit_id, chart->n_axes);

  chart->n_series = all->len;
  chart->series_names = g_new0 (char *, all->len + 1);
  chart->values = g_new (double, all->len * chart->n_axes);
  chart->respondents = g_new (guint, all->len * chart->n_axes);
  for (guint s = 0; s < all->len; s++)
    {
      Series *series = &g_array_index (all, Series, s);

      chart->series_names[s] = g_steal_pointer (&series->name);
      memcpy (chart->values + s * chart->n_axes, series->values, sizeof (double) * chart->n_axes);
      memcpy (chart->respondents + s * chart->n_axes, series->respondents, sizeof (guint) * chart->n_axes);
    }

  /* Translators: the chart's title: a team or directorate, then the round */
  chart->title = g_strdup_printf (_("%s — %s"), unit->name, round->title);
  chart->description = describe_chart (chart, unit->name, round->title);

  return chart;
}

void
grove_culture_chart_free (GroveCultureChart *chart)
{
  if (chart == NULL)
    return;

  g_free (chart->title);
  g_free (chart->description);
  g_strfreev (chart->axis_labels);
  g_free (chart->targets);
  g_strfreev (chart->series_names);
  g_free (chart->values);
  g_free (chart->respondents);
  g_free (chart);
}

double
grove_culture_chart_get_value (const GroveCultureChart *chart,
                               guint                    series,
                               guint                    axis)
{
  g_return_val_if_fail (series < chart->n_series && axis < chart->n_axes, NAN);

  return chart->values[series * chart->n_axes + axis];
}

void
grove_culture_chart_fill (const GroveCultureChart *chart,
                          const double            *values,
                          const gboolean          *hidden,
                          GroveChartTheme          theme,
                          GroveRadarData          *data,
                          GroveRadarSeries        *series)
{
  if (values == NULL)
    values = chart->values;

  for (guint s = 0; s < chart->n_series; s++)
    {
      series[s].name = chart->series_names[s];
      series[s].values = values + s * chart->n_axes;
      series[s].hidden = hidden != NULL ? hidden[s] : FALSE;
    }

  *data = (GroveRadarData) {
    .title = chart->title,
    .axis_labels = (const char * const *) chart->axis_labels,
    .n_axes = chart->n_axes,
    .scale_min = chart->scale_min,
    .scale_max = chart->scale_max,
    .targets = chart->targets,
    .target_label = chart->targets != NULL ? _("Target") : NULL,
    .series = series,
    .n_series = chart->n_series,
    .theme = theme,
  };
}

/**
 * grove_culture_heatmap_new:
 *
 * Returns: (transfer full): every team of the roll-up by every condition
 */
GroveCultureHeatmap *
grove_culture_heatmap_new (const GroveRollup *rollup)
{
  const GroveFramework *framework = grove_rollup_get_framework (rollup);
  GroveCultureHeatmap *heatmap = g_new0 (GroveCultureHeatmap, 1);
  g_autoptr(GPtrArray) teams = g_ptr_array_new ();
  g_autoptr(GStrvBuilder) columns = g_strv_builder_new ();
  g_autoptr(GStrvBuilder) rows = g_strv_builder_new ();

  for (guint i = 0; i < grove_rollup_get_n_units (rollup); i++)
    {
      const GroveRollupUnit *unit = grove_rollup_get_unit (rollup, i);

      if (unit->kind == GROVE_ORG_UNIT_TEAM)
        {
          g_ptr_array_add (teams, (gpointer) unit);
          g_strv_builder_add (rows, unit->name);
        }
    }
  for (guint c = 0; c < framework->conditions->len; c++)
    g_strv_builder_add (columns, ((GroveFrameworkCondition *) g_ptr_array_index (framework->conditions, c))->title);

  heatmap->title = g_strdup (grove_rollup_get_round (rollup)->title);
  heatmap->row_labels = g_strv_builder_end (rows);
  heatmap->column_labels = g_strv_builder_end (columns);
  heatmap->n_rows = teams->len;
  heatmap->n_columns = framework->conditions->len;
  heatmap->values = g_new (double, heatmap->n_rows * heatmap->n_columns);
  heatmap->suppressed = g_new0 (gboolean, heatmap->n_rows * heatmap->n_columns);
  heatmap->respondents = g_new0 (guint, heatmap->n_rows * heatmap->n_columns);
  heatmap->scale_min = grove_framework_scale_min (framework);
  heatmap->scale_max = grove_framework_scale_max (framework);

  for (guint r = 0; r < heatmap->n_rows; r++)
    {
      const GroveRollupUnit *team = g_ptr_array_index (teams, r);

      for (guint c = 0; c < heatmap->n_columns; c++)
        {
          const GroveRollupFigures *figures = grove_rollup_get_condition (rollup, team->unit_id, c);
          guint cell = r * heatmap->n_columns + c;

          heatmap->suppressed[cell] = team->suppression != GROVE_SUPPRESSION_NONE;
          heatmap->values[cell] = figures != NULL && !heatmap->suppressed[cell] ? figures->mean : NAN;
          heatmap->respondents[cell] = figures != NULL && !heatmap->suppressed[cell] ? figures->respondents : 0;
        }
    }

  return heatmap;
}

void
grove_culture_heatmap_free (GroveCultureHeatmap *heatmap)
{
  if (heatmap == NULL)
    return;

  g_free (heatmap->title);
  g_strfreev (heatmap->row_labels);
  g_strfreev (heatmap->column_labels);
  g_free (heatmap->values);
  g_free (heatmap->suppressed);
  g_free (heatmap->respondents);
  g_free (heatmap);
}

void
grove_culture_heatmap_fill (const GroveCultureHeatmap *heatmap,
                            GroveChartTheme            theme,
                            GroveHeatmapData          *data)
{
  *data = (GroveHeatmapData) {
    .title = heatmap->title,
    .row_labels = (const char * const *) heatmap->row_labels,
    .n_rows = heatmap->n_rows,
    .column_labels = (const char * const *) heatmap->column_labels,
    .n_columns = heatmap->n_columns,
    .values = heatmap->values,
    .suppressed = heatmap->suppressed,
    .scale_min = heatmap->scale_min,
    .scale_max = heatmap->scale_max,
    .decimals = 1,
    .suppressed_label = _("Suppressed: too few answers"),
    .no_data_label = _("No answers"),
    .theme = theme,
  };
}

char *
grove_culture_describe_suppression (const GroveRollupUnit *unit,
                                    guint                  threshold)
{
  gboolean team = unit->kind == GROVE_ORG_UNIT_TEAM;

  if (unit->suppression == GROVE_SUPPRESSION_DIFFERENCING)
    return g_strdup (team
                     ? _("Showing this team’s results would let the answers of a smaller group be worked out from the others, so they are not shown to protect their anonymity.")
                     : _("Showing these results would let the answers of a smaller group be worked out from the others, so they are not shown to protect their anonymity."));

  if (team)
    return g_strdup_printf (ngettext ("Fewer than %u person answered in this team, so its results are not shown to protect their anonymity.",
                                      "Fewer than %u people answered in this team, so its results are not shown to protect their anonymity.",
                                      threshold),
                            threshold);

  return g_strdup_printf (ngettext ("Fewer than %u person answered here, so the results are not shown to protect their anonymity.",
                                    "Fewer than %u people answered here, so the results are not shown to protect their anonymity.",
                                    threshold),
                          threshold);
}
