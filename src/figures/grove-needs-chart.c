/* grove-needs-chart.c: a unit's learning needs as a bar chart
 *
 * The roll-up holds only the units that may be shown: a unit merged into
 * a larger one for anonymity has no group, so it gets no chart and no
 * figure of it can be drawn.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "grove-needs-chart.h"

const char *
grove_needs_dimension_title (GroveNeedsDimension dimension)
{
  switch (dimension)
    {
    case GROVE_NEEDS_BY_METHOD:
      return _("Activities by Learning Method");
    case GROVE_NEEDS_BY_CONDITION:
      return _("Needs by Framework Condition");
    case GROVE_NEEDS_BY_CAPABILITY:
    default:
      return _("Needs by Capability");
    }
}

const GroveNeedsGroup *
grove_needs_find_group (GPtrArray *groups,
                        gint64     unit_id)
{
  g_return_val_if_fail (groups != NULL, NULL);

  for (guint i = 0; i < groups->len; i++)
    {
      const GroveNeedsGroup *group = g_ptr_array_index (groups, i);

      if (group->unit_id == unit_id || (unit_id == 0 && group->parent_id == 0))
        return group;
    }
  return NULL;
}

GPtrArray *
grove_needs_subtree (GPtrArray *groups,
                     gint64     unit_id)
{
  g_autoptr(GHashTable) inside = g_hash_table_new (g_int64_hash, g_int64_equal);
  const GroveNeedsGroup *top = grove_needs_find_group (groups, unit_id);
  GPtrArray *subtree = g_ptr_array_new ();

  if (top == NULL)
    return subtree;
  /* Parents come before their children in the roll-up. */
  for (guint i = 0; i < groups->len; i++)
    {
      GroveNeedsGroup *group = g_ptr_array_index (groups, i);

      if (group == top || g_hash_table_contains (inside, &group->parent_id))
        {
          g_hash_table_add (inside, &group->unit_id);
          g_ptr_array_add (subtree, group);
        }
    }
  return subtree;
}

char *
grove_needs_describe_suppression (guint threshold)
{
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "Fewer than %u person in this unit has an IPDR for this year, so their needs "
                                       "are counted only in the unit above it, to protect their anonymity.",
                                       "Fewer than %u people in this unit have an IPDR for this year, so their needs "
                                       "are counted only in the unit above it, to protect their anonymity.",
                                       threshold),
                          threshold);
}

static char *
describe (const GroveNeedsChart *chart)
{
  if (chart->n_bars == 0)
    /* Translators: the chart's description for screen readers: what it counts, then the unit */
    return g_strdup_printf (_("%s for %s: none recorded yet."), chart->series_name, chart->unit_name);
  /* Translators: what the chart counts, the unit, how many bars, then the largest bar and its count */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "%s for %s, bar chart of %u category; the most: %s, %g. The table below has every count.",
                                       "%s for %s, bar chart of %u categories; the most: %s, %g. The table below has every count.",
                                       chart->n_bars),
                          chart->series_name, chart->unit_name, chart->n_bars, chart->labels[0], chart->values[0]);
}

GroveNeedsChart *
grove_needs_chart_new (GPtrArray           *groups,
                       gint64               unit_id,
                       GroveNeedsDimension  dimension)
{
  const GroveNeedsGroup *group;
  GroveNeedsChart *chart;
  g_autoptr(GStrvBuilder) keys = g_strv_builder_new ();
  g_autoptr(GStrvBuilder) labels = g_strv_builder_new ();
  g_autoptr(GArray) values = g_array_new (FALSE, FALSE, sizeof (double));

  g_return_val_if_fail (groups != NULL, NULL);

  if ((group = grove_needs_find_group (groups, unit_id)) == NULL)
    return NULL;

  /* The roll-up has them most first already. */
  for (guint i = 0; i < group->counts->len; i++)
    {
      const GroveNeedsCount *count = g_ptr_array_index (group->counts, i);
      double value = count->count;

      if (count->dimension != dimension)
        continue;
      g_strv_builder_add (keys, count->key);
      g_strv_builder_add (labels, count->label != NULL ? count->label : count->key);
      g_array_append_val (values, value);
    }

  chart = g_new0 (GroveNeedsChart, 1);
  chart->dimension = dimension;
  chart->unit_id = group->unit_id;
  chart->unit_name = g_strdup (group->name);
  chart->people = group->people;
  chart->series_name = g_strdup (dimension == GROVE_NEEDS_BY_METHOD ? _("Activities") : _("Development needs"));
  /* Translators: the chart's title: what it counts, then the team, directorate or organisation */
  chart->title = g_strdup_printf (_("%s — %s"), grove_needs_dimension_title (dimension), group->name);
  chart->keys = g_strv_builder_end (keys);
  chart->labels = g_strv_builder_end (labels);
  chart->n_bars = values->len;
  chart->values = (double *) g_array_free (g_steal_pointer (&values), FALSE);
  chart->description = describe (chart);
  return chart;
}

void
grove_needs_chart_free (GroveNeedsChart *chart)
{
  if (chart == NULL)
    return;
  g_free (chart->unit_name);
  g_free (chart->title);
  g_free (chart->description);
  g_free (chart->series_name);
  g_strfreev (chart->keys);
  g_strfreev (chart->labels);
  g_free (chart->values);
  g_free (chart);
}

void
grove_needs_chart_fill (const GroveNeedsChart *chart,
                        GroveChartTheme        theme,
                        GroveBarChartData     *data)
{
  g_return_if_fail (chart != NULL && data != NULL);

  *data = (GroveBarChartData) {
    .title = chart->title,
    .labels = (const char * const *) chart->labels,
    .n_bars = chart->n_bars,
    .series_names = (const char * const *) &chart->series_name,
    .n_series = 1,
    .values = chart->values,
    .theme = theme,
  };
}
