/* grove-heatmap.h: heat maps of teams by conditions on any cairo_t
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

/* The chart borrows every pointer below. A cell is a value on the scale,
 * NAN for no data, or suppressed: a group too small to be shown, drawn
 * hatched and never with its value. */
typedef struct {
  const char          *title;             /* nullable */
  const char * const  *row_labels;        /* n_rows, e.g. teams */
  guint                n_rows;
  const char * const  *column_labels;     /* n_columns, e.g. conditions */
  guint                n_columns;
  const double        *values;            /* n_rows * n_columns, row by row */
  const gboolean      *suppressed;        /* n_rows * n_columns, or NULL */
  double               scale_min;
  double               scale_max;
  const char * const  *tick_labels;       /* n_ticks along the colour bar; nullable: numbers */
  guint                n_ticks;           /* 0: one per whole number, or 5 */
  guint                decimals;          /* of the value shown in each cell */
  const char          *suppressed_label;  /* legend text of hatched cells; NULL: no entry */
  const char          *no_data_label;     /* legend text of empty cells; NULL: no entry */
  GroveChartTheme      theme;
} GroveHeatmapData;

typedef struct {
  double             width, height;
  double             font_size;
  guint              n_rows, n_columns;
  cairo_rectangle_t  title_rect;            /* empty without a title */
  cairo_rectangle_t  grid_rect;             /* all cells */
  cairo_rectangle_t *cell_rects;            /* n_rows * n_columns, row by row */
  cairo_rectangle_t *row_label_rects;       /* n_rows; empty when rows are too thin for text */
  cairo_rectangle_t *column_label_rects;    /* n_columns */
  gboolean           columns_rotated;       /* column labels read upwards */
  cairo_rectangle_t  scale_rect;            /* the colour bar */
  cairo_rectangle_t *tick_rects;            /* n_ticks labels beside the colour bar */
  guint              n_ticks;
  cairo_rectangle_t  suppressed_legend_rect;
  cairo_rectangle_t  no_data_legend_rect;
  cairo_rectangle_t  legend_bounds;

  /*< private >*/
  double             cell_font;
  double             swatch_size;
  PangoLayout       *title_text;
  PangoLayout      **row_text;
  PangoLayout      **column_text;
  PangoLayout      **tick_text;
  PangoLayout      **cell_text;
  PangoLayout       *suppressed_text;
  PangoLayout       *no_data_text;
} GroveHeatmapLayout;

/* The colour-blind-safe sequential colour (viridis) of a value. */
void                grove_heatmap_value_colour    (const GroveHeatmapData   *data,
                                                   double                    value,
                                                   GroveChartColour         *colour);

/* context: nullable, as for grove_radar_layout_new().
 * Returns: (transfer full): free with grove_heatmap_layout_free(). */
GroveHeatmapLayout *grove_heatmap_layout_new      (const GroveHeatmapData   *data,
                                                   PangoContext             *context,
                                                   double                    width,
                                                   double                    height);
void                grove_heatmap_layout_free     (GroveHeatmapLayout       *layout);
gboolean            grove_heatmap_layout_cell_at  (const GroveHeatmapLayout *layout,
                                                   double                    x,
                                                   double                    y,
                                                   guint                    *row,
                                                   guint                    *column);

void                grove_heatmap_render          (const GroveHeatmapData   *data,
                                                   cairo_t                  *cr,
                                                   double                    width,
                                                   double                    height);
void                grove_heatmap_render_layout   (const GroveHeatmapData   *data,
                                                   const GroveHeatmapLayout *layout,
                                                   cairo_t                  *cr);

gboolean            grove_heatmap_write_png       (const GroveHeatmapData   *data,
                                                   int                       width,
                                                   int                       height,
                                                   const char               *path,
                                                   GError                  **error);
gboolean            grove_heatmap_write_svg       (const GroveHeatmapData   *data,
                                                   int                       width,
                                                   int                       height,
                                                   const char               *path,
                                                   GError                  **error);
gboolean            grove_heatmap_write_pdf       (const GroveHeatmapData   *data,
                                                   int                       width,
                                                   int                       height,
                                                   const char               *path,
                                                   GError                  **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GroveHeatmapLayout, grove_heatmap_layout_free)

G_END_DECLS
