/* grove-needs-chart.h: a unit's learning needs as a bar chart, taken from
 * the needs roll-up
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "grove-bar-chart.h"
#include "grove-needs.h"

G_BEGIN_DECLS

/* One unit's counts in one dimension, most first: every string and number
 * owned, so that it outlives the roll-up it was taken from. */
typedef struct {
  GroveNeedsDimension  dimension;
  gint64               unit_id;
  char                *unit_name;
  char                *title;
  char                *description;  /* for screen readers */
  char                *series_name;  /* what is counted */
  char               **keys;         /* n_bars, as in the roll-up */
  char               **labels;       /* n_bars */
  double              *values;       /* n_bars */
  guint                n_bars;       /* 0: nothing recorded yet */
  guint                people;
} GroveNeedsChart;

const char      *grove_needs_dimension_title   (GroveNeedsDimension    dimension);

/* The group of a unit shown on its own; unit_id 0 is the organisation.
 * Returns: (transfer none) (nullable): NULL when the unit is not shown */
const GroveNeedsGroup *grove_needs_find_group  (GPtrArray             *groups,
                                                gint64                 unit_id);
/* The groups of the unit and of the units shown below it, borrowed.
 * Returns: (transfer container) (element-type GroveNeedsGroup) */
GPtrArray       *grove_needs_subtree           (GPtrArray             *groups,
                                                gint64                 unit_id);
/* Why a unit's needs are not shown, as a sentence. */
char            *grove_needs_describe_suppression (guint               threshold);

/* Returns: (transfer full) (nullable): NULL when the unit is not shown on
 *   its own: its needs are then only within a larger unit's. */
GroveNeedsChart *grove_needs_chart_new         (GPtrArray             *groups,
                                                gint64                 unit_id,
                                                GroveNeedsDimension    dimension);
void             grove_needs_chart_free        (GroveNeedsChart       *chart);
/* Everything stays borrowed from chart. */
void             grove_needs_chart_fill        (const GroveNeedsChart *chart,
                                                GroveChartTheme        theme,
                                                GroveBarChartData     *data);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GroveNeedsChart, grove_needs_chart_free)

G_END_DECLS
