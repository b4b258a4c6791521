/* grove-bar-chart.c: drawing a horizontal bar chart from its layout
 *
 * The second series is hatched as well as coloured, so that the two stay
 * apart without colour vision and in greyscale print.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "grove-bar-chart.h"
#include "grove-chart-private.h"

#include <math.h>

void
grove_bar_chart_series_colour (GroveChartTheme   theme,
                               guint             series,
                               GroveChartColour *colour)
{
  GroveChartStyle style;
  GroveChartSeriesStyle series_style;

  g_return_if_fail (colour != NULL);

  grove_chart_style_init (&style, theme);
  grove_chart_style_get_series (&style, series, &series_style);
  *colour = series_style.colour;
}

static void
draw_bar (cairo_t                 *cr,
          const cairo_rectangle_t *bar,
          guint                    series,
          double                   font,
          const GroveChartStyle   *style)
{
  GroveChartColour colour;
  double spacing = MAX (4.0, font * 0.5);

  if (bar->width <= 0 || bar->height <= 0)
    return;
  grove_bar_chart_series_colour (style->theme, series, &colour);
  cairo_save (cr);
  cairo_rectangle (cr, bar->x, bar->y, bar->width, bar->height);
  grove_chart_set_source_colour (cr, &colour, 1.0);
  cairo_fill_preserve (cr);
  if (series % 2 == 1)
    {
      cairo_clip (cr);
      grove_chart_set_source_colour (cr, &style->background, 0.45);
      cairo_set_line_width (cr, MAX (1.0, spacing * 0.3));
      for (double d = -bar->height; d < bar->width; d += spacing)
        {
          cairo_move_to (cr, bar->x + d, bar->y + bar->height);
          cairo_line_to (cr, bar->x + d + bar->height, bar->y);
        }
      cairo_stroke (cr);
    }
  cairo_new_path (cr);
  cairo_restore (cr);
}

static void
draw_axis (cairo_t                   *cr,
           const GroveBarChartLayout *layout,
           const GroveChartStyle     *style)
{
  const cairo_rectangle_t *plot = &layout->plot_rect;

  cairo_save (cr);
  cairo_set_line_width (cr, 1.0);
  for (guint t = 0; t < layout->n_ticks; t++)
    {
      /* On the half pixel, so that a one-pixel line stays sharp. */
      double x = round (plot->x + plot->width * t / (layout->n_ticks - 1)) + 0.5;

      grove_chart_set_source_colour (cr, t == 0 ? &style->foreground : &style->grid, t == 0 ? 0.8 : 1.0);
      cairo_move_to (cr, x, plot->y);
      cairo_line_to (cr, x, plot->y + plot->height + layout->font_size * 0.25);
      cairo_stroke (cr);
      _grove_chart_text_draw (cr, layout->tick_text[t], &layout->tick_rects[t], &style->foreground, 1.0);
    }
  cairo_restore (cr);
}

static void
draw_legend (cairo_t                   *cr,
             const GroveBarChartLayout *layout,
             const GroveChartStyle     *style)
{
  for (guint s = 0; s < layout->n_series; s++)
    {
      const cairo_rectangle_t *entry = &layout->legend_rects[s];
      cairo_rectangle_t swatch = { entry->x, entry->y + (entry->height - layout->swatch_size) / 2,
                                   layout->swatch_size, layout->swatch_size };
      cairo_rectangle_t box;

      if (layout->legend_text[s] == NULL)
        continue;
      draw_bar (cr, &swatch, s, layout->font_size, style);
      _grove_chart_text_size (layout->legend_text[s], &box.width, &box.height);
      box.x = entry->x + entry->width - box.width;
      box.y = entry->y + (entry->height - box.height) / 2;
      _grove_chart_text_draw (cr, layout->legend_text[s], &box, &style->foreground, 1.0);
    }
}

void
grove_bar_chart_render_layout (const GroveBarChartData   *data,
                               const GroveBarChartLayout *layout,
                               cairo_t                   *cr)
{
  GroveChartStyle style;

  g_return_if_fail (data != NULL && layout != NULL && cr != NULL);
  g_return_if_fail (data->n_bars == layout->n_bars && data->n_series == layout->n_series);

  grove_chart_style_init (&style, data->theme);
  cairo_save (cr);
  grove_chart_set_source_colour (cr, &style.background, 1.0);
  cairo_rectangle (cr, 0, 0, layout->width, layout->height);
  cairo_fill (cr);

  if (layout->title_text != NULL)
    _grove_chart_text_draw (cr, layout->title_text, &layout->title_rect, &style.foreground, 1.0);
  draw_legend (cr, layout, &style);
  draw_axis (cr, layout, &style);
  for (guint b = 0; b < data->n_bars; b++)
    {
      if (layout->label_text[b] != NULL)
        _grove_chart_text_draw (cr, layout->label_text[b], &layout->label_rects[b], &style.foreground, 1.0);
      for (guint s = 0; s < data->n_series; s++)
        {
          guint i = s * data->n_bars + b;

          draw_bar (cr, &layout->bar_rects[i], s, layout->font_size, &style);
          if (layout->value_text[i] != NULL)
            _grove_chart_text_draw (cr, layout->value_text[i], &layout->value_rects[i], &style.foreground, 1.0);
        }
    }
  cairo_restore (cr);
}

void
grove_bar_chart_render (const GroveBarChartData *data,
                        cairo_t                 *cr,
                        double                   width,
                        double                   height)
{
  g_autoptr(GroveBarChartLayout) layout = NULL;

  g_return_if_fail (data != NULL && cr != NULL);

  layout = grove_bar_chart_layout_new (data, NULL, width, height);
  if (layout != NULL)
    grove_bar_chart_render_layout (data, layout, cr);
}

static void
render_cb (gconstpointer  data,
           cairo_t       *cr,
           double         width,
           double         height)
{
  grove_bar_chart_render (data, cr, width, height);
}

gboolean
grove_bar_chart_write (const GroveBarChartData  *data,
                       GroveChartFormat          format,
                       int                       width,
                       int                       height,
                       const char               *path,
                       GError                  **error)
{
  g_return_val_if_fail (data != NULL && path != NULL, FALSE);

  return grove_chart_write (format, render_cb, data, width, height, path, error);
}
