/* grove-radar-legend.c: the radar's legend, one entry per series and one
 * for the target; each entry is a rectangle that the app can hit-test to
 * show or hide its series.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "grove-radar-private.h"
#include "grove-chart-private.h"

/* Width of the line-and-marker sample before each name, in ems. */
#define SAMPLE_EM 2.4
#define SAMPLE_GAP_EM 0.5

static double
entry_width (PangoLayout *text,
             double       font,
             double      *height)
{
  double w, h;

  _grove_chart_text_size (text, &w, &h);
  *height = MAX (h, font);
  return font * (SAMPLE_EM + SAMPLE_GAP_EM) + w;
}

/* Entries flow in rows when the legend is below the plot and stack in a
 * column beside it; positions are relative to the legend's top-left corner
 * until _grove_radar_legend_move() puts it in place. */
static void
arrange (GroveRadarLayout  *layout,
         cairo_rectangle_t **entries,
         guint              n,
         double             max_width,
         double            *width,
         double            *height)
{
  double font = layout->legend_font, x = 0, y = 0, row_h = 0, w = 0;
  double col_gap = font * 1.5, row_gap = font * 0.5;
  guint row_start = 0;

  for (guint i = 0; i <= n; i++)
    {
      gboolean new_row = i == n || (i > row_start &&
                                    (layout->legend_beside || x + entries[i]->width > max_width));

      if (new_row)
        {
          /* Rows are centred under the plot. */
          double shift = layout->legend_beside ? 0 : (max_width - (x - col_gap)) / 2;

          for (guint j = row_start; j < i; j++)
            {
              entries[j]->x += shift;
              entries[j]->y = y + (row_h - entries[j]->height) / 2;
            }
          w = MAX (w, x - col_gap);
          if (i == n)
            break;
          y += row_h + row_gap;
          x = 0, row_h = 0, row_start = i;
        }
      entries[i]->x = x;
      x += entries[i]->width + col_gap;
      row_h = MAX (row_h, entries[i]->height);
    }
  *width = layout->legend_beside ? w : max_width;
  *height = n > 0 ? y + row_h : 0;
}

void
_grove_radar_legend_measure (const GroveRadarData *data,
                             PangoContext         *context,
                             GroveRadarLayout     *layout,
                             double                max_width,
                             double               *width,
                             double               *height)
{
  double font = layout->legend_font;
  double text_max = MAX (max_width - font * (SAMPLE_EM + SAMPLE_GAP_EM), font * 3);
  g_autofree cairo_rectangle_t **entries = g_new0 (cairo_rectangle_t *, data->n_series + 1);
  guint n = 0;

  layout->legend_text = g_new0 (PangoLayout *, data->n_series);
  for (guint s = 0; s < data->n_series; s++)
    {
      layout->legend_text[s] = _grove_chart_text_new (context, data->series[s].name, font, PANGO_WEIGHT_NORMAL,
                                                      text_max, 1, PANGO_ALIGN_LEFT);
      layout->legend_rects[s].width = entry_width (layout->legend_text[s], font, &layout->legend_rects[s].height);
      entries[n++] = &layout->legend_rects[s];
    }
  if (data->targets != NULL && data->target_label != NULL)
    {
      cairo_rectangle_t *r = &layout->target_legend_rect;

      layout->target_text = _grove_chart_text_new (context, data->target_label, font, PANGO_WEIGHT_NORMAL,
                                                   text_max, 1, PANGO_ALIGN_LEFT);
      r->width = entry_width (layout->target_text, font, &r->height);
      entries[n++] = r;
    }
  arrange (layout, entries, n, max_width, width, height);
  layout->legend_bounds = (cairo_rectangle_t) { 0, 0, n > 0 ? *width : 0, *height };
}

void
_grove_radar_legend_move (GroveRadarLayout *layout,
                          double            dx,
                          double            dy)
{
  for (guint s = 0; s < layout->n_series; s++)
    layout->legend_rects[s].x += dx, layout->legend_rects[s].y += dy;
  layout->target_legend_rect.x += dx;
  layout->target_legend_rect.y += dy;
  layout->legend_bounds.x += dx;
  layout->legend_bounds.y += dy;
}

static void
draw_sample (cairo_t                     *cr,
             const GroveRadarLayout      *layout,
             const cairo_rectangle_t     *entry,
             const GroveChartSeriesStyle *series,
             const GroveChartStyle       *style)
{
  double font = layout->legend_font, lw = layout->line_width;
  double y = entry->y + entry->height / 2, x0 = entry->x, x1 = entry->x + font * SAMPLE_EM;
  double dashes[8];

  for (int i = 0; i < series->n_dashes && i < 8; i++)
    dashes[i] = series->dashes[i] * lw / 2;
  cairo_set_line_width (cr, lw);
  cairo_set_dash (cr, dashes, series->n_dashes, 0);
  cairo_move_to (cr, x0, y);
  cairo_line_to (cr, x1, y);
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);

  grove_chart_set_source_colour (cr, &style->background, 1.0);
  grove_chart_draw_marker (cr, series->marker, (x0 + x1) / 2, y, layout->marker_size + lw * 1.5);
  grove_chart_set_source_colour (cr, &series->colour, 1.0);
  grove_chart_draw_marker (cr, series->marker, (x0 + x1) / 2, y, layout->marker_size);
}

static void
draw_text (cairo_t                 *cr,
           PangoLayout             *text,
           const cairo_rectangle_t *entry,
           const GroveChartColour  *colour,
           double                   alpha)
{
  cairo_rectangle_t box;

  _grove_chart_text_size (text, &box.width, &box.height);
  box.x = entry->x + entry->width - box.width;
  box.y = entry->y + (entry->height - box.height) / 2;
  _grove_chart_text_draw (cr, text, &box, colour, alpha);
}

void
_grove_radar_legend_draw (const GroveRadarData   *data,
                          const GroveRadarLayout *layout,
                          const GroveChartStyle  *style,
                          cairo_t                *cr)
{
  for (guint s = 0; s < data->n_series; s++)
    {
      const cairo_rectangle_t *entry = &layout->legend_rects[s];
      /* A hidden series stays in the legend, faded, as a switch to show it. */
      double alpha = data->series[s].hidden ? 0.4 : 1.0;
      GroveChartSeriesStyle series;

      grove_chart_style_get_series (style, s, &series);
      /* The group is only as large as the clip: keep it to the entry. */
      cairo_save (cr);
      cairo_rectangle (cr, entry->x - layout->marker_size, entry->y - layout->marker_size,
                       entry->width + 2 * layout->marker_size, entry->height + 2 * layout->marker_size);
      cairo_clip (cr);
      cairo_push_group (cr);
      grove_chart_set_source_colour (cr, &series.colour, 1.0);
      draw_sample (cr, layout, entry, &series, style);
      draw_text (cr, layout->legend_text[s], entry, &style->foreground, 1.0);
      cairo_pop_group_to_source (cr);
      cairo_paint_with_alpha (cr, alpha);
      cairo_restore (cr);
    }
  if (layout->target_text != NULL)
    {
      const cairo_rectangle_t *entry = &layout->target_legend_rect;
      double y = entry->y + entry->height / 2;

      cairo_save (cr);
      _grove_radar_target_stroke_style (cr, layout, style);
      cairo_move_to (cr, entry->x + layout->line_width, y);
      cairo_line_to (cr, entry->x + layout->legend_font * SAMPLE_EM, y);
      cairo_stroke (cr);
      cairo_restore (cr);
      draw_text (cr, layout->target_text, entry, &style->foreground, 1.0);
    }
}
