/* grove-chart-style.h: colours, markers and dashes shared by Grove's charts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

typedef enum {
  GROVE_CHART_THEME_LIGHT,
  GROVE_CHART_THEME_DARK,
  GROVE_CHART_THEME_HIGH_CONTRAST,
} GroveChartTheme;

typedef enum {
  GROVE_CHART_MARKER_CIRCLE,
  GROVE_CHART_MARKER_SQUARE,
  GROVE_CHART_MARKER_DIAMOND,
  GROVE_CHART_MARKER_TRIANGLE,
  GROVE_CHART_MARKER_CROSS,
  GROVE_CHART_MARKER_STAR,
} GroveChartMarker;

typedef struct {
  double red, green, blue;
} GroveChartColour;

/* A series is told apart by colour, marker and dash together, so that it
 * stays distinct without colour vision and in greyscale print. */
typedef struct {
  GroveChartColour  colour;
  GroveChartMarker  marker;
  const double     *dashes;   /* NULL for a solid line */
  int               n_dashes;
} GroveChartSeriesStyle;

typedef struct {
  GroveChartTheme  theme;
  GroveChartColour background;
  GroveChartColour foreground; /* text and axes */
  GroveChartColour grid;       /* scale rings and gridlines */
  double           fill_alpha; /* of series areas */
} GroveChartStyle;

void   grove_chart_style_init          (GroveChartStyle             *style,
                                        GroveChartTheme              theme);
guint  grove_chart_style_n_series      (void);
void   grove_chart_style_get_series    (const GroveChartStyle       *style,
                                        guint                        index,
                                        GroveChartSeriesStyle       *series);

double grove_chart_colour_luminance    (const GroveChartColour      *colour);
double grove_chart_colour_contrast     (const GroveChartColour      *a,
                                        const GroveChartColour      *b);

void   grove_chart_set_source_colour   (cairo_t                     *cr,
                                        const GroveChartColour      *colour,
                                        double                       alpha);
/* Draws a filled marker of the given width centred on (x, y). */
void   grove_chart_draw_marker         (cairo_t                     *cr,
                                        GroveChartMarker             marker,
                                        double                       x,
                                        double                       y,
                                        double                       size);

G_END_DECLS
