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
