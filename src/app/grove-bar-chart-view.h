/* grove-bar-chart-view.h: a unit's learning needs as a bar chart on screen
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "grove-needs-chart.h"

G_BEGIN_DECLS

#define GROVE_TYPE_BAR_CHART_VIEW (grove_bar_chart_view_get_type ())
G_DECLARE_FINAL_TYPE (GroveBarChartView, grove_bar_chart_view, GROVE, BAR_CHART_VIEW, GtkWidget)

GtkWidget                 *grove_bar_chart_view_new        (void);
void                       grove_bar_chart_view_set_chart  (GroveBarChartView *self,
                                                            GroveNeedsChart   *chart);
const GroveNeedsChart     *grove_bar_chart_view_get_chart  (GroveBarChartView *self);
const GroveBarChartLayout *grove_bar_chart_view_get_layout (GroveBarChartView *self);

G_END_DECLS
