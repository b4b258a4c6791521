/* grove-heatmap.c: drawing a heat map from its layout
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "grove-heatmap-private.h"
#include "grove-chart-private.h"

#define RGB(hex) { ((hex) >> 16 & 0xff) / 255.0, ((hex) >> 8 & 0xff) / 255.0, ((hex) & 0xff) / 255.0 }

/* Viridis (van der Walt and Smith, matplotlib): its lightness rises evenly,
 * so that it reads the same with any colour-vision deficiency and in
 * greyscale print. Low values are dark, high values light. */
static const GroveChartColour viridis[] = {
  RGB (0x440154), RGB (0x482475), RGB (0x414487), RGB (0x355f8d), RGB (0x2a788e), RGB (0x21918c),
  RGB (0x22a884), RGB (0x44bf70), RGB (0x7ad151), RGB (0xbddf26), RGB (0xfde725),
};

static void
ramp_colour (double            t,
             GroveChartColour *colour)
{
  double position = CLAMP (t, 0.0, 1.0) * (G_N_ELEMENTS (viridis) - 1);
  guint i = MIN ((guint) position, G_N_ELEMENTS (viridis) - 2);
  double f = position - i;

  colour->red = viridis[i].red + f * (viridis[i + 1].red - viridis[i].red);
  colour->green = viridis[i].green + f * (viridis[i + 1].green - viridis[i].green);
  colour->blue = viridis[i].blue + f * (viridis[i + 1].blue - viridis[i].blue);
}

void
grove_heatmap_value_colour (const GroveHeatmapData *data,
                            double                  value,
                            GroveChartColour       *colour)
{
  g_return_if_fail (data != NULL && colour != NULL);

  ramp_colour ((value - data->scale_min) / (data->scale_max - data->scale_min), colour);
}

static void
cell_path (cairo_t                 *cr,
           const cairo_rectangle_t *cell,
           double                   inset)
{
  double x = cell->x + inset, y = cell->y + inset;
  double w = MAX (cell->width - 2 * inset, 0), h = MAX (cell->height - 2 * inset, 0);
  double r = MIN (3.0, MIN (w, h) / 4);

  cairo_new_sub_path (cr);
  cairo_arc (cr, x + w - r, y + r, r, -G_PI / 2, 0);
  cairo_arc (cr, x + w - r, y + h - r, r, 0, G_PI / 2);
  cairo_arc (cr, x + r, y + h - r, r, G_PI / 2, G_PI);
  cairo_arc (cr, x + r, y + r, r, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

/* Suppressed: a neutral ground with diagonal hatching, which no value's
 * colour looks like, so a suppressed group is never mistaken for a score. */
static void
draw_hatched (cairo_t                 *cr,
              const cairo_rectangle_t *cell,
              double                   inset,
              double                   font,
              const GroveChartStyle   *style)
{
  double spacing = MAX (4.0, font * 0.45);

  cairo_save (cr);
  cell_path (cr, cell, inset);
  cairo_clip (cr);
  grove_chart_set_source_colour (cr, &style->grid, 0.3);
  cairo_paint (cr);
  grove_chart_set_source_colour (cr, &style->foreground, 0.45);
  cairo_set_line_width (cr, MAX (1.0, font * 0.09));
  for (double d = -cell->height; d < cell->width; d += spacing)
    {
      cairo_move_to (cr, cell->x + d, cell->y + cell->height);
      cairo_line_to (cr, cell->x + d + cell->height, cell->y);
    }
  cairo_stroke (cr);
  cairo_restore (cr);
}

/* No data: an outlined cell with a short dash, drawn as a line so that the
 * chart needs no text of its own. */
static void
draw_empty (cairo_t                 *cr,
            const cairo_rectangle_t *cell,
            double                   inset,
            double                   font,
            const GroveChartStyle   *style)
{
  double cx = cell->x + cell->width / 2, cy = cell->y + cell->height / 2;
  double half = MIN (font * 0.4, cell->width / 4);

  cairo_save (cr);
  cell_path (cr, cell, inset + 0.5);
  grove_chart_set_source_colour (cr, &style->grid, 1.0);
  cairo_set_line_width (cr, 1.0);
  cairo_stroke (cr);
  grove_chart_set_source_colour (cr, &style->foreground, 0.55);
  cairo_set_line_width (cr, MAX (1.0, font * 0.08));
  cairo_move_to (cr, cx - half, cy);
  cairo_line_to (cr, cx + half, cy);
  cairo_stroke (cr);
  cairo_restore (cr);
}

static void
draw_value (cairo_t                 *cr,
            const cairo_rectangle_t *cell,
            double                   inset,
            PangoLayout             *text,
            const GroveChartColour  *fill)
{
  static const GroveChartColour black = RGB (0x000000), white = RGB (0xffffff);
  cairo_rectangle_t box;

  cairo_save (cr);
  cell_path (cr, cell, inset);
  grove_chart_set_source_colour (cr, fill, 1.0);
  cairo_fill (cr);
  cairo_restore (cr);
  if (text == NULL)
    return;
  _grove_chart_text_size (text, &box.width, &box.height);
  box.x = cell->x + (cell->width - box.width) / 2;
  box.y = cell->y + (cell->height - box.height) / 2;
  /* Whichever of black and white stands out more from the cell. */
  _grove_chart_text_draw (cr, text, &box,
                          grove_chart_colour_contrast (fill, &black) >= grove_chart_colour_contrast (fill, &white)
                            ? &black : &white, 1.0);
}

static void
draw_cells (cairo_t                  *cr,
            const GroveHeatmapData   *data,
            const GroveHeatmapLayout *layout,
            const GroveChartStyle    *style)
{
  double inset = MAX (1.0, layout->font_size * 0.08);

  for (guint i = 0; i < data->n_rows * data->n_columns; i++)
    {
      const cairo_rectangle_t *cell = &layout->cell_rects[i];
      GroveChartColour fill;

      if (data->suppressed != NULL && data->suppressed[i])
        draw_hatched (cr, cell, inset, layout->font_size, style);
      else if (!isfinite (data->values[i]))
        draw_empty (cr, cell, inset, layout->font_size, style);
      else
        {
          grove_heatmap_value_colour (data, data->values[i], &fill);
          draw_value (cr, cell, inset, layout->cell_text[i], &fill);
        }
    }
}

static void
draw_labels (cairo_t                  *cr,
             const GroveHeatmapLayout *layout,
             const GroveChartStyle    *style)
{
  if (layout->title_text != NULL)
    _grove_chart_text_draw (cr, layout->title_text, &layout->title_rect, &style->foreground, 1.0);
  for (guint r = 0; r < layout->n_rows; r++)
    if (layout->row_text[r] != NULL)
      _grove_chart_text_draw (cr, layout->row_text[r], &layout->row_label_rects[r], &style->foreground, 1.0);
  for (guint c = 0; c < layout->n_columns; c++)
    {
      const cairo_rectangle_t *rect = &layout->column_label_rects[c];

      if (!layout->columns_rotated)
        {
          _grove_chart_text_draw (cr, layout->column_text[c], rect, &style->foreground, 1.0);
          continue;
        }
      /* Turned a quarter anticlockwise: the text starts next to the grid. */
      cairo_save (cr);
      cairo_translate (cr, rect->x, rect->y + rect->height);
      cairo_rotate (cr, -G_PI / 2);
      _grove_chart_text_draw (cr, layout->column_text[c], &(cairo_rectangle_t) { 0, 0, rect->height, rect->width },
                              &style->foreground, 1.0);
      cairo_restore (cr);
    }
}

static void
draw_scale (cairo_t                  *cr,
            const GroveHeatmapLayout *layout,
            const GroveChartStyle    *style)
{
  const cairo_rectangle_t *bar = &layout->scale_rect;
  cairo_pattern_t *gradient = cairo_pattern_create_linear (0, bar->y + bar->height, 0, bar->y);

  for (guint i = 0; i < G_N_ELEMENTS (viridis); i++)
    cairo_pattern_add_color_stop_rgb (gradient, (double) i / (G_N_ELEMENTS (viridis) - 1),
                                      viridis[i].red, viridis[i].green, viridis[i].blue);
  cairo_save (cr);
  cairo_rectangle (cr, bar->x, bar->y, bar->width, bar->height);
  cairo_set_source (cr, gradient);
  cairo_fill (cr);
  cairo_pattern_destroy (gradient);

  grove_chart_set_source_colour (cr, &style->foreground, 0.6);
  cairo_set_line_width (cr, 1.0);
  for (guint t = 0; t < layout->n_ticks; t++)
    {
      const cairo_rectangle_t *label = &layout->tick_rects[t];
      double y = bar->y + bar->height * (1.0 - (double) t / (layout->n_ticks - 1));

      cairo_move_to (cr, bar->x + bar->width, y);
      cairo_line_to (cr, bar->x + bar->width + layout->font_size * 0.3, y);
      cairo_stroke (cr);
      if (label->width > 0)
        _grove_chart_text_draw (cr, layout->tick_text[t], label, &style->foreground, 1.0);
    }
  cairo_restore (cr);
}

static void
draw_swatch (cairo_t                  *cr,
             const GroveHeatmapLayout *layout,
             const cairo_rectangle_t  *entry,
             PangoLayout              *text,
             gboolean                  suppressed,
             const GroveChartStyle    *style)
{
  cairo_rectangle_t swatch = { entry->x, entry->y + (entry->height - layout->swatch_size) / 2,
                               layout->swatch_size, layout->swatch_size };
  cairo_rectangle_t box;

  if (suppressed)
    draw_hatched (cr, &swatch, 0, layout->font_size, style);
  else
    draw_empty (cr, &swatch, 0, layout->font_size, style);
  _grove_chart_text_size (text, &box.width, &box.height);
  box.x = entry->x + entry->width - box.width;
  box.y = entry->y + (entry->height - box.height) / 2;
  _grove_chart_text_draw (cr, text, &box, &style->foreground, 1.0);
}

void
grove_heatmap_render_layout (const GroveHeatmapData   *data,
                             const GroveHeatmapLayout *layout,
                             cairo_t                  *cr)
{
  GroveChartStyle style;

  g_return_if_fail (data != NULL && layout != NULL && cr != NULL);
  g_return_if_fail (data->n_rows == layout->n_rows && data->n_columns == layout->n_columns);

  grove_chart_style_init (&style, data->theme);
  cairo_save (cr);
  grove_chart_set_source_colour (cr, &style.background, 1.0);
  cairo_rectangle (cr, 0, 0, layout->width, layout->height);
  cairo_fill (cr);

  draw_cells (cr, data, layout, &style);
  draw_labels (cr, layout, &style);
  draw_scale (cr, layout, &style);
  if (layout->suppressed_text != NULL)
    draw_swatch (cr, layout, &layout->suppressed_legend_rect, layout->suppressed_text, TRUE, &style);
  if (layout->no_data_text != NULL)
    draw_swatch (cr, layout, &layout->no_data_legend_rect, layout->no_data_text, FALSE, &style);
  cairo_restore (cr);
}

void
grove_heatmap_render (const GroveHeatmapData *data,
                      cairo_t                *cr,
                      double                  width,
                      double                  height)
{
  g_autoptr(GroveHeatmapLayout) layout = NULL;

  g_return_if_fail (data != NULL && cr != NULL);

  layout = grove_heatmap_layout_new (data, NULL, width, height);
  if (layout != NULL)
    grove_heatmap_render_layout (data, layout, cr);
}

static void
render_cb (gconstpointer  data,
           cairo_t       *cr,
           double         width,
           double         height)
{
  grove_heatmap_render (data, cr, width, height);
}

gboolean
grove_heatmap_write_png (const GroveHeatmapData  *data,
                         int                      width,
                         int                      height,
                         const char              *path,
                         GError                 **error)
{
  return grove_chart_write (GROVE_CHART_FORMAT_PNG, render_cb, data, width, height, path, error);
}

gboolean
grove_heatmap_write_svg (const GroveHeatmapData  *data,
                         int                      width,
                         int                      height,
                         const char              *path,
                         GError                 **error)
{
  return grove_chart_write (GROVE_CHART_FORMAT_SVG, render_cb, data, width, height, path, error);
}

gboolean
grove_heatmap_write_pdf (const GroveHeatmapData  *data,
                         int                      width,
                         int                      height,
                         const char              *path,
                         GError                 **error)
{
  return grove_chart_write (GROVE_CHART_FORMAT_PDF, render_cb, data, width, height, path, error);
}
