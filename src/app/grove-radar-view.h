/* grove-radar-view.h: a radar chart on screen
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "grove-culture-chart.h"

G_BEGIN_DECLS

#define GROVE_TYPE_RADAR_VIEW (grove_radar_view_get_type ())
G_DECLARE_FINAL_TYPE (GroveRadarView, grove_radar_view, GROVE, RADAR_VIEW, GtkWidget)

GtkWidget               *grove_radar_view_new                (void);
void                     grove_radar_view_set_chart          (GroveRadarView     *self,
                                                              GroveCultureChart  *chart);
const GroveCultureChart *grove_radar_view_get_chart          (GroveRadarView     *self);
gboolean                 grove_radar_view_get_series_hidden  (GroveRadarView     *self,
                                                              guint               series);
void                     grove_radar_view_set_series_hidden  (GroveRadarView     *self,
                                                              guint               series,
                                                              gboolean            hidden);
gboolean                 grove_radar_view_toggle_legend_at   (GroveRadarView     *self,
                                                              double              x,
                                                              double              y);
GroveChartTheme          grove_radar_view_get_theme          (GroveRadarView     *self);
const GroveRadarLayout  *grove_radar_view_get_layout         (GroveRadarView     *self);
void                     grove_radar_view_fill_data          (GroveRadarView     *self,
                                                              GroveChartTheme     theme,
                                                              GroveRadarData     *data,
                                                              GroveRadarSeries   *series);
GdkTexture              *grove_radar_view_render_texture     (GroveRadarView     *self,
                                                              int                 width,
                                                              int                 height,
                                                              GroveChartTheme     theme);
void                     grove_radar_view_copy               (GroveRadarView     *self);

/* The chart theme that matches the desktop's style: dark, high contrast. */
GroveChartTheme          grove_chart_theme_for_style         (void);
/* What every chart widget does: drawn edge to edge and clipped to the
 * rounded corners of a card, with tooltips, and drawn again when the
 * desktop's style changes. */
void                     grove_chart_view_set_up             (GtkWidget          *widget);

G_END_DECLS
