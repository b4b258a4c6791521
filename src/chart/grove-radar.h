/* grove-radar.h: radar (spider) charts on any cairo_t
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

/* The chart borrows every pointer below: the caller keeps them alive while
 * it lays out or draws. Values are on the scale; NAN is a missing or
 * suppressed value and is drawn as a gap, never as the scale's minimum. */
typedef struct {
  const char   *name;
  const double *values;      /* n_axes values */
  gboolean      hidden;      /* kept in the legend, dimmed, so it can be shown again */
} GroveRadarSeries;

typedef struct {
  const char              *title;        /* nullable */
  const char * const      *axis_labels;  /* n_axes, clockwise from the top */
  guint                    n_axes;       /* at least 3 */
  double                   scale_min;    /* at the centre */
  double                   scale_max;    /* on the outer ring */
  const char * const      *tick_labels;  /* n_ticks rings from min to max; nullable: numbers */
  guint                    n_ticks;      /* 0: one ring per whole number, or 5 */
  const double            *targets;      /* n_axes or NULL; NAN: no target on that axis */
  const char              *target_label; /* legend text of the target; NULL: not in the legend */
  const GroveRadarSeries  *series;
  guint                    n_series;
  GroveChartTheme          theme;
} GroveRadarData;

typedef struct {
  double   x, y;
  gboolean valid;            /* FALSE for a missing value or a hidden series */
} GroveRadarPoint;

/* Where everything goes, in the canvas' coordinates. Computed before
 * drawing so that nothing overlaps, and kept for hit-testing. */
typedef struct {
  double             width, height;
  double             cx, cy, radius;      /* the plot: the outer ring's circle */
  double             font_size;           /* of the axis labels, in pixels */
  double             marker_size;
  double             line_width;
  guint              n_axes;
  guint              n_series;
  cairo_rectangle_t  title_rect;          /* empty without a title */
  cairo_rectangle_t *label_rects;         /* n_axes */
  gboolean          *label_ellipsized;    /* n_axes: the whole label is not shown */
  cairo_rectangle_t *legend_rects;        /* n_series: marker, line sample and name */
  cairo_rectangle_t  target_legend_rect;  /* empty without a target legend entry */
  cairo_rectangle_t  legend_bounds;
  gboolean           legend_beside;       /* beside the plot rather than below it */
  GroveRadarPoint   *points;              /* n_series * n_axes: [series * n_axes + axis] */
  GroveRadarPoint   *target_points;       /* n_axes, or NULL without targets */

  /*< private >*/
  PangoLayout      **axis_text;
  PangoLayout      **legend_text;
  PangoLayout       *target_text;
  PangoLayout       *title_text;
  PangoLayout      **tick_text;
  guint              n_ticks;
  double             legend_font;
  double             tick_font;
} GroveRadarLayout;

/* context: nullable; its font map is used, with Grove's own font options,
 * so that the layout measures the same on every surface.
 * Returns: (transfer full): free with grove_radar_layout_free(). */
GroveRadarLayout *grove_radar_layout_new         (const GroveRadarData   *data,
                                                  PangoContext           *context,
                                                  double                  width,
                                                  double                  height);
void              grove_radar_layout_free        (GroveRadarLayout       *layout);

/* The nearest drawn point within max_distance of (x, y). */
gboolean          grove_radar_layout_hit_test    (const GroveRadarLayout *layout,
                                                  double                  x,
                                                  double                  y,
                                                  double                  max_distance,
                                                  guint                  *series,
                                                  guint                  *axis);
/* The series whose legend entry is at (x, y), or -1. */
int               grove_radar_layout_legend_at   (const GroveRadarLayout *layout,
                                                  double                  x,
                                                  double                  y);
/* The axis whose label is at (x, y), or -1: a place to show a whole label. */
int               grove_radar_layout_axis_at     (const GroveRadarLayout *layout,
                                                  double                  x,
                                                  double                  y);

void              grove_radar_render             (const GroveRadarData   *data,
                                                  cairo_t                *cr,
                                                  double                  width,
                                                  double                  height);
/* Draws with a layout made earlier for the same data and size. */
void              grove_radar_render_layout      (const GroveRadarData   *data,
                                                  const GroveRadarLayout *layout,
                                                  cairo_t                *cr);

gboolean          grove_radar_write_png          (const GroveRadarData   *data,
                                                  int                     width,
                                                  int                     height,
                                                  const char             *path,
                                                  GError                **error);
gboolean          grove_radar_write_svg          (const GroveRadarData   *data,
                                                  int                     width,
                                                  int                     height,
                                                  const char             *path,
                                                  GError                **error);
gboolean          grove_radar_write_pdf          (const GroveRadarData   *data,
                                                  int                     width,
                                                  int                     height,
                                                  const char             *path,
                                                  GError                **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GroveRadarLayout, grove_radar_layout_free)

G_END_DECLS
