/* grove-culture-chart.h: what the Culture page charts, taken from roll-ups
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "grove-heatmap.h"
#include "grove-radar.h"
#include "grove-rollup.h"

G_BEGIN_DECLS

/* What a unit's own results are drawn against. */
typedef enum {
  GROVE_CULTURE_COMPARE_ORGANISATION = 1 << 0,
  GROVE_CULTURE_COMPARE_PREVIOUS     = 1 << 1,
  GROVE_CULTURE_COMPARE_TARGET       = 1 << 2,
} GroveCultureCompare;

/* One radar chart: every string and number it needs, owned, so that it
 * outlives the roll-ups it was taken from. Series 0 is the unit itself. */
typedef struct {
  char    *title;
  char    *description;   /* for screen readers */
  char   **axis_labels;   /* n_axes, NULL-terminated */
  guint    n_axes;
  double   scale_min, scale_max;
  double  *targets;       /* n_axes, or NULL */
  char   **series_names;  /* n_series, NULL-terminated */
  guint    n_series;
  double  *values;        /* n_series * n_axes; NAN where there is nothing to show */
  guint   *respondents;   /* n_series * n_axes */
} GroveCultureChart;

/* Teams by conditions for one round. Suppressed rows carry no values. */
typedef struct {
  char     *title;
  char    **row_labels;
  guint     n_rows;
  char    **column_labels;
  guint     n_columns;
  double   *values;
  gboolean *suppressed;
  guint    *respondents;
  double    scale_min, scale_max;
} GroveCultureHeatmap;

GroveCultureChart   *grove_culture_chart_new          (const GroveRollup        *rollup,
                                                       const GroveRollup        *previous,
                                                       gint64                    unit_id,
                                                       GroveCultureCompare       compare);
void                 grove_culture_chart_free         (GroveCultureChart        *chart);
double               grove_culture_chart_get_value    (const GroveCultureChart  *chart,
                                                       guint                     series,
                                                       guint                     axis);
/* Fills data (and series, an array of n_series) to draw the chart; values
 * replaces the chart's own, for a transition. Everything stays borrowed. */
void                 grove_culture_chart_fill         (const GroveCultureChart  *chart,
                                                       const double             *values,
                                                       const gboolean           *hidden,
                                                       GroveChartTheme           theme,
                                                       GroveRadarData           *data,
                                                       GroveRadarSeries         *series);

GroveCultureHeatmap *grove_culture_heatmap_new        (const GroveRollup        *rollup);
void                 grove_culture_heatmap_free       (GroveCultureHeatmap      *heatmap);
void                 grove_culture_heatmap_fill       (const GroveCultureHeatmap *heatmap,
                                                       GroveChartTheme           theme,
                                                       GroveHeatmapData         *data);

/* Why a suppressed unit's results are not shown, as a sentence. */
char                *grove_culture_describe_suppression (const GroveRollupUnit  *unit,
                                                         guint                   threshold);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GroveCultureChart, grove_culture_chart_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GroveCultureHeatmap, grove_culture_heatmap_free)

G_END_DECLS
