/* grove-bar-chart.h: horizontal bar charts of counts on any cairo_t
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <glib.h>
#include <pango/pango.h>

#include "grove-chart-output.h"
#include "grove-chart-style.h"

G_BEGIN_DECLS

#define GROVE_BAR_CHART_MAX_SERIES 2

/* The chart borrows every pointer below. One bar per category and series,
 * e.g. needs and the activities planned for them. */
typedef struct {
  const char          *title;         /* nullable */
  const char * const  *labels;        /* n_bars categories, top to bottom */
  guint                n_bars;
  const char * const  *series_names;  /* n_series; a legend when there are two */
  guint                n_series;      /* 1 or 2 */
  const double        *values;        /* n_series * n_bars, series by series; at least 0 */
  GroveChartTheme      theme;
} GroveBarChartData;

typedef struct {
  double             width, height;
  double             font_size;
  guint              n_bars, n_series;
  cairo_rectangle_t  title_rect;      /* empty without a title */
  cairo_rectangle_t  plot_rect;       /* the value axis runs along its bottom */
  cairo_rectangle_t *bar_rects;       /* n_series * n_bars, series by series */
  cairo_rectangle_t *label_rects;     /* n_bars; empty when bars are too thin for text */
  cairo_rectangle_t *value_rects;     /* n_series * n_bars; empty where the count does not fit */
  double             axis_max;        /* the value at the plot's right edge */
  guint              n_ticks;         /* from 0 to axis_max */
  double            *tick_values;
  cairo_rectangle_t *tick_rects;
  cairo_rectangle_t *legend_rects;    /* n_series swatch and name; empty with one series */

  /*< private >*/
  double             swatch_size;
  PangoLayout       *title_text;
  PangoLayout      **label_text;
  PangoLayout      **value_text;
  PangoLayout      **tick_text;
  PangoLayout      **legend_text;
} GroveBarChartLayout;

/* A step of 1, 2 or 5 times a power of ten, whole (counts are), that
 * divides [0, max] into at most max_ticks - 1 steps. */
double               grove_bar_chart_nice_step      (double                     max,
                                                     guint                      max_ticks);

/* The colour-blind-safe colour of a series in a theme. */
void                 grove_bar_chart_series_colour  (GroveChartTheme            theme,
                                                     guint                      series,
                                                     GroveChartColour          *colour);

/* context: nullable, as for grove_radar_layout_new().
 * Returns: (transfer full): free with grove_bar_chart_layout_free(). */
GroveBarChartLayout *grove_bar_chart_layout_new     (const GroveBarChartData   *data,
                                                     PangoContext              *context,
                                                     double                     width,
                                                     double                     height);
void                 grove_bar_chart_layout_free    (GroveBarChartLayout       *layout);
/* The category whose band holds (x, y), for pointing at a bar. */
gboolean             grove_bar_chart_layout_bar_at  (const GroveBarChartLayout *layout,
                                                     double                     x,
                                                     double                     y,
                                                     guint                     *bar);

void                 grove_bar_chart_render         (const GroveBarChartData   *data,
                                                     cairo_t                   *cr,
                                                     double                     width,
                                                     double                     height);
void                 grove_bar_chart_render_layout  (const GroveBarChartData   *data,
                                                     const GroveBarChartLayout *layout,
                                                     cairo_t                   *cr);

/* The size is in pixels for PNG and in points for SVG and PDF. */
gboolean             grove_bar_chart_write          (const GroveBarChartData   *data,
                                                     GroveChartFormat           format,
                                                     int                        width,
                                                     int                        height,
                                                     const char                *path,
                                                     GError                   **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GroveBarChartLayout, grove_bar_chart_layout_free)

G_END_DECLS
