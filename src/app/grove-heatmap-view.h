/* grove-heatmap-view.h: a heat map of teams by conditions on screen
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "grove-culture-chart.h"

G_BEGIN_DECLS

#define GROVE_TYPE_HEATMAP_VIEW (grove_heatmap_view_get_type ())
G_DECLARE_FINAL_TYPE (GroveHeatmapView, grove_heatmap_view, GROVE, HEATMAP_VIEW, GtkWidget)

GtkWidget                 *grove_heatmap_view_new         (void);
void                       grove_heatmap_view_set_heatmap (GroveHeatmapView    *self,
                                                           GroveCultureHeatmap *heatmap);
const GroveCultureHeatmap *grove_heatmap_view_get_heatmap (GroveHeatmapView    *self);
const GroveHeatmapLayout  *grove_heatmap_view_get_layout  (GroveHeatmapView    *self);

G_END_DECLS
