/* grove-radar-private.h: shared between the radar's layout and drawing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <math.h>

#include "grove-radar.h"

G_BEGIN_DECLS

/* Axis i points this way from the centre: up first, then clockwise. */
static inline void
_grove_radar_direction (guint   axis,
                        guint   n_axes,
                        double *ux,
                        double *uy)
{
  double angle = 2.0 * G_PI * axis / n_axes;

  *ux = sin (angle);
  *uy = -cos (angle);
}

double _grove_radar_tick_value  (const GroveRadarData *data,
                                 guint                 tick);
guint  _grove_radar_n_ticks     (const GroveRadarData *data);
double _grove_radar_value_to_radius (const GroveRadarData   *data,
                                     const GroveRadarLayout *layout,
                                     double                  value);

void   _grove_radar_legend_measure (const GroveRadarData *data,
                                    PangoContext         *context,
                                    GroveRadarLayout     *layout,
                                    double                max_width,
                                    double               *width,
                                    double               *height);
void   _grove_radar_legend_move    (GroveRadarLayout     *layout,
                                    double                dx,
                                    double                dy);
void   _grove_radar_legend_draw    (const GroveRadarData   *data,
                                    const GroveRadarLayout *layout,
                                    const GroveChartStyle  *style,
                                    cairo_t                *cr);
/* The target ring's look, shared by the ring and its legend sample. */
void   _grove_radar_target_stroke_style (cairo_t                *cr,
                                         const GroveRadarLayout *layout,
                                         const GroveChartStyle  *style);

G_END_DECLS
