/* grove-culture-heatmap.c: every team by every condition, taken from a roll-up
 *
 * A suppressed team keeps its row, so that the map shows where it is, but
 * carries no figures: the roll-up has already withheld them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "grove-culture-heatmap.h"

/* The units to draw, [first, end) in tree order: a unit and everything
 * below it are one run, since the roll-up lists the tree depth first. */
static gboolean
find_subtree (const GroveRollup *rollup,
              gint64             within,
              guint             *first,
              guint             *end)
{
  guint n = grove_rollup_get_n_units (rollup);

  *first = 0;
  *end = n;
  if (within == 0)
    return TRUE;
  for (guint i = 0; i < n; i++)
    if (grove_rollup_get_unit (rollup, i)->unit_id == within)
      {
        guint depth = grove_rollup_get_unit (rollup, i)->depth;

        *first = i;
        for (*end = i + 1; *end < n; (*end)++)
          if (grove_rollup_get_unit (rollup, *end)->depth <= depth)
            break;
        return TRUE;
      }
  return FALSE;
}

/**
 * grove_culture_heatmap_new:
 *
 * Returns: (transfer full): every team of the roll-up by every condition
 */
GroveCultureHeatmap *
grove_culture_heatmap_new (const GroveRollup *rollup)
{
  return grove_culture_heatmap_new_within (rollup, 0);
}

/**
 * grove_culture_heatmap_new_within:
 * @within: a unit's id, or 0 for the whole organisation
 *
 * Returns: (transfer full) (nullable): the teams in @within (or @within
 *   itself, a team) by every condition; %NULL when @within is not in the
 *   roll-up
 */
GroveCultureHeatmap *
grove_culture_heatmap_new_within (const GroveRollup *rollup,
                                  gint64             within)
{
  const GroveFramework *framework = grove_rollup_get_framework (rollup);
  const GroveRound *round = grove_rollup_get_round (rollup);
  GroveCultureHeatmap *heatmap;
  g_autoptr(GPtrArray) teams = g_ptr_array_new ();
  g_autoptr(GStrvBuilder) columns = g_strv_builder_new ();
  g_autoptr(GStrvBuilder) rows = g_strv_builder_new ();
  guint first, end;

  if (!find_subtree (rollup, within, &first, &end))
    return NULL;

  heatmap = g_new0 (GroveCultureHeatmap, 1);
  for (guint i = first; i < end; i++)
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

  if (within != 0)
    /* Translators: the chart's title: a team or directorate, then the round */
    heatmap->title = g_strdup_printf (_("%s — %s"), grove_rollup_get_unit (rollup, first)->name, round->title);
  else
    heatmap->title = g_strdup (round->title);
  heatmap->row_labels = g_strv_builder_end (rows);
  heatmap->column_labels = g_strv_builder_end (columns);
  heatmap->n_rows = teams->len;
  heatmap->n_columns = framework->conditions->len;
  heatmap->unit_ids = g_new (gint64, heatmap->n_rows);
  heatmap->values = g_new (double, heatmap->n_rows * heatmap->n_columns);
  heatmap->suppressed = g_new0 (gboolean, heatmap->n_rows * heatmap->n_columns);
  heatmap->respondents = g_new0 (guint, heatmap->n_rows * heatmap->n_columns);
  heatmap->scale_min = grove_framework_scale_min (framework);
  heatmap->scale_max = grove_framework_scale_max (framework);

  for (guint r = 0; r < heatmap->n_rows; r++)
    {
      const GroveRollupUnit *team = g_ptr_array_index (teams, r);

      heatmap->unit_ids[r] = team->unit_id;

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
  g_free (heatmap->unit_ids);
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
