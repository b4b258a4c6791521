/* grove-culture-heatmap.h: every team by every condition, taken from a roll-up
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "grove-heatmap.h"
#include "grove-rollup.h"

G_BEGIN_DECLS

/* Teams by conditions for one round. Suppressed rows carry no values. */
typedef struct {
  char     *title;
  char    **row_labels;
  gint64   *unit_ids;      /* n_rows: each row's team */
  guint     n_rows;
  char    **column_labels;
  guint     n_columns;
  double   *values;
  gboolean *suppressed;
  guint    *respondents;
  double    scale_min, scale_max;
} GroveCultureHeatmap;

GroveCultureHeatmap *grove_culture_heatmap_new        (const GroveRollup         *rollup);
GroveCultureHeatmap *grove_culture_heatmap_new_within (const GroveRollup         *rollup,
                                                       gint64                     within);
void                 grove_culture_heatmap_free       (GroveCultureHeatmap       *heatmap);
void                 grove_culture_heatmap_fill       (const GroveCultureHeatmap *heatmap,
                                                       GroveChartTheme            theme,
                                                       GroveHeatmapData          *data);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GroveCultureHeatmap, grove_culture_heatmap_free)

G_END_DECLS
