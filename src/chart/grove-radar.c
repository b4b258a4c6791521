/* grove-radar.c: drawing a radar chart from its layout
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "grove-radar-private.h"
#include "grove-chart-private.h"

guint
_grove_radar_n_ticks (const GroveRadarData *data)
{
  double span = data->scale_max - data->scale_min;

  if (data->n_ticks >= 2)
    return data->n_ticks;
  if (span <= 10 && span == floor (span))
    return (guint) span + 1;
  return 5;
}

double
_grove_radar_tick_value (const GroveRadarData *data,
                         guint                 tick)
{
  return data->scale_min + (data->scale_max - data->scale_min) * tick / (_grove_radar_n_ticks (data) - 1);
}

/* Values outside the scale are drawn on its edge rather than off the plot. */
double
_grove_radar_value_to_radius (const GroveRadarData   *data,
                              const GroveRadarLayout *layout,
                              double                  value)
{
  double t = (value - data->scale_min) / (data->scale_max - data->scale_min);

  return layout->radius * CLAMP (t, 0.0, 1.0);
}

static void
polygon_path (cairo_t                *cr,
              const GroveRadarData   *data,
              const GroveRadarLayout *layout,
              double                  radius)
{
  for (guint a = 0; a < data->n_axes; a++)
    {
      double ux, uy;

      _grove_radar_direction (a, data->n_axes, &ux, &uy);
      cairo_line_to (cr, layout->cx + radius * ux, layout->cy + radius * uy);
    }
  cairo_close_path (cr);
}

/* A calm grid: hairline rings as polygons, so that a straight edge between
 * two equal values reads as equal, and spokes from the centre. */
static void
draw_grid (cairo_t                *cr,
           const GroveRadarData   *data,
           const GroveRadarLayout *layout,
           const GroveChartStyle  *style)
{
  double grid_w = MAX (1.0, layout->line_width * 0.5);

  cairo_save (cr);
  grove_chart_set_source_colour (cr, &style->grid, 1.0);
  cairo_set_line_width (cr, grid_w);
  /* The rings' corners are wide (120° on six axes, wider on more), where a
   * mitre cannot be told from a round join and is cheaper to draw. */
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_MITER);
  for (guint t = 1; t < layout->n_ticks; t++)
    {
      cairo_new_path (cr);
      polygon_path (cr, data, layout, _grove_radar_value_to_radius (data, layout, _grove_radar_tick_value (data, t)));
      cairo_stroke (cr);
    }
  for (guint a = 0; a < data->n_axes; a++)
    {
      double ux, uy;

      _grove_radar_direction (a, data->n_axes, &ux, &uy);
      cairo_move_to (cr, layout->cx, layout->cy);
      cairo_line_to (cr, layout->cx + layout->radius * ux, layout->cy + layout->radius * uy);
    }
  cairo_stroke (cr);
  cairo_restore (cr);
}

/* Tick labels sit just right of the first axis, with a halo of the
 * background so that they stay legible over series. Rings closer together
 * than the text is tall are labelled every other one. */
static void
draw_ticks (cairo_t                *cr,
            const GroveRadarData   *data,
            const GroveRadarLayout *layout,
            const GroveChartStyle  *style)
{
  double spacing = layout->radius / MAX (layout->n_ticks - 1, 1);
  guint every = spacing >= layout->tick_font * 1.3 ? 1 : spacing * 2 >= layout->tick_font * 1.3 ? 2 : 0;

  for (guint t = 1; every > 0 && t < layout->n_ticks; t++)
    {
      double r = _grove_radar_value_to_radius (data, layout, _grove_radar_tick_value (data, t));
      cairo_rectangle_t box;

      if ((layout->n_ticks - 1 - t) % every != 0)
        continue;
      _grove_chart_text_size (layout->tick_text[t], &box.width, &box.height);
      box.x = layout->cx + layout->marker_size * 0.5 + layout->line_width * 2;
      box.y = layout->cy - r - box.height / 2;
      /* A plate of the background keeps the label legible over series: a
       * rectangle costs a fraction of stroking the glyphs' outlines. */
      {
        double pad = layout->tick_font * 0.2;

        grove_chart_set_source_colour (cr, &style->background, 0.85);
        cairo_rectangle (cr, box.x - pad, box.y, box.width + 2 * pad, box.height);
        cairo_fill (cr);
      }
      _grove_chart_text_draw (cr, layout->tick_text[t], &box, &style->foreground, 0.7);
    }
}

/* The outline of a series or target: a segment joins two neighbouring axes
 * only when both have a value, so a missing value leaves a visible gap. */
static void
outline_path (cairo_t               *cr,
              const GroveRadarPoint *points,
              guint                  n)
{
  gboolean all = TRUE;

  for (guint a = 0; a < n; a++)
    all = all && points[a].valid;
  cairo_new_path (cr);
  for (guint a = 0; a < n; a++)
    {
      const GroveRadarPoint *p = &points[a], *q = &points[(a + 1) % n];

      if (all)
        cairo_line_to (cr, p->x, p->y);
      else if (p->valid && q->valid)
        {
          cairo_move_to (cr, p->x, p->y);
          cairo_line_to (cr, q->x, q->y);
        }
    }
  if (all)
    cairo_close_path (cr);
}

/* The area joins only the values there are: it never dips to the centre
 * for a missing value, which would read as the lowest score. */
static void
draw_fill (cairo_t                     *cr,
           const GroveRadarPoint       *points,
           guint                        n,
           const GroveChartSeriesStyle *series,
           const GroveChartStyle       *style)
{
  guint valid = 0;

  cairo_new_path (cr);
  for (guint a = 0; a < n; a++)
    if (points[a].valid)
      {
        cairo_line_to (cr, points[a].x, points[a].y);
        valid++;
      }
  if (valid < 3)
    {
      cairo_new_path (cr);
      return;
    }
  cairo_close_path (cr);
  cairo_save (cr);
  /* With every value there, the outline drawn over the area covers its
   * edge, so smoothing the edge would be work nobody sees; and aliased
   * filling is much the cheaper. With a gap, an edge shows: smooth it. */
  if (valid == n)
    cairo_set_antialias (cr, CAIRO_ANTIALIAS_NONE);
  grove_chart_set_source_colour (cr, &series->colour, style->fill_alpha);
  cairo_fill (cr);
  cairo_restore (cr);
}

void
_grove_radar_target_stroke_style (cairo_t                *cr,
                                  const GroveRadarLayout *layout,
                                  const GroveChartStyle  *style)
{
  /* Dotted: unlike any series' dash, even in greyscale. Square dots, as
   * round ones cost the rasteriser several times as much; and the coarser
   * smoothing, which cannot be told apart on dots this small but takes a
   * third of the time of the finest. */
  double dots[] = { layout->line_width * 1.2, layout->line_width * 1.6 };

  cairo_set_antialias (cr, CAIRO_ANTIALIAS_FAST);
  grove_chart_set_source_colour (cr, &style->foreground, 0.85);
  cairo_set_line_width (cr, layout->line_width * 1.2);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
  cairo_set_dash (cr, dots, G_N_ELEMENTS (dots), 0);
}

static void
draw_target (cairo_t                *cr,
             const GroveRadarLayout *layout,
             const GroveChartStyle  *style)
{
  if (layout->target_points == NULL)
    return;
  cairo_save (cr);
  _grove_radar_target_stroke_style (cr, layout, style);
  outline_path (cr, layout->target_points, layout->n_axes);
  cairo_stroke (cr);
  cairo_restore (cr);
}

static void
draw_outline (cairo_t                     *cr,
              const GroveRadarLayout      *layout,
              const GroveRadarPoint       *points,
              const GroveChartSeriesStyle *series)
{
  double dashes[8];

  for (int i = 0; i < series->n_dashes && i < 8; i++)
    dashes[i] = series->dashes[i] * layout->line_width / 2;
  cairo_save (cr);
  grove_chart_set_source_colour (cr, &series->colour, 1.0);
  cairo_set_line_width (cr, layout->line_width);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_dash (cr, dashes, series->n_dashes, 0);
  /* Short dashes are many small shapes, each smoothed on its own: the
   * coarser smoothing looks the same on them at a fraction of the cost. */
  if (series->n_dashes > 0)
    cairo_set_antialias (cr, CAIRO_ANTIALIAS_FAST);
  outline_path (cr, points, layout->n_axes);
  cairo_stroke (cr);
  cairo_restore (cr);
}

/* Each marker has a ring of the background around it, so that markers of
 * different series on the same spot stay apart. */
static void
draw_markers (cairo_t                     *cr,
              const GroveRadarLayout      *layout,
              const GroveRadarPoint       *points,
              const GroveChartSeriesStyle *series,
              const GroveChartStyle       *style)
{
  for (guint a = 0; a < layout->n_axes; a++)
    {
      if (!points[a].valid)
        continue;
      grove_chart_set_source_colour (cr, &style->background, 1.0);
      grove_chart_draw_marker (cr, series->marker, points[a].x, points[a].y,
                               layout->marker_size + layout->line_width * 1.5);
      grove_chart_set_source_colour (cr, &series->colour, 1.0);
      grove_chart_draw_marker (cr, series->marker, points[a].x, points[a].y, layout->marker_size);
    }
}

static void
draw_series (cairo_t                *cr,
             const GroveRadarData   *data,
             const GroveRadarLayout *layout,
             const GroveChartStyle  *style)
{
  for (guint s = 0; s < data->n_series; s++)
    {
      GroveChartSeriesStyle series;

      grove_chart_style_get_series (style, s, &series);
      if (!data->series[s].hidden)
        draw_fill (cr, &layout->points[s * data->n_axes], data->n_axes, &series, style);
    }
  draw_target (cr, layout, style);
  for (guint s = 0; s < data->n_series; s++)
    {
      GroveChartSeriesStyle series;

      if (data->series[s].hidden)
        continue;
      grove_chart_style_get_series (style, s, &series);
      draw_outline (cr, layout, &layout->points[s * data->n_axes], &series);
      draw_markers (cr, layout, &layout->points[s * data->n_axes], &series, style);
    }
}

static void
draw_labels (cairo_t                *cr,
             const GroveRadarData   *data,
             const GroveRadarLayout *layout,
             const GroveChartStyle  *style)
{
  if (layout->title_text != NULL)
    _grove_chart_text_draw (cr, layout->title_text, &layout->title_rect, &style->foreground, 1.0);
  for (guint a = 0; a < data->n_axes; a++)
    if (layout->axis_text[a] != NULL)
      _grove_chart_text_draw (cr, layout->axis_text[a], &layout->label_rects[a], &style->foreground, 1.0);
}

/* Painting the clip is a plain fill of memory, quicker than filling a
 * rectangle; it is the same when the clip lies inside the chart, as it
 * does on screen and in a file. */
static void
paint_background (cairo_t                *cr,
                  const GroveRadarLayout *layout)
{
  double x1, y1, x2, y2;

  cairo_clip_extents (cr, &x1, &y1, &x2, &y2);
  if (x1 >= 0 && y1 >= 0 && x2 <= layout->width && y2 <= layout->height)
    cairo_paint (cr);
  else
    {
      cairo_rectangle (cr, 0, 0, layout->width, layout->height);
      cairo_fill (cr);
    }
}

void
grove_radar_render_layout (const GroveRadarData   *data,
                           const GroveRadarLayout *layout,
                           cairo_t                *cr)
{
  GroveChartStyle style;

  g_return_if_fail (data != NULL && layout != NULL && cr != NULL);
  g_return_if_fail (data->n_axes == layout->n_axes && data->n_series == layout->n_series);

  grove_chart_style_init (&style, data->theme);
  cairo_save (cr);
  grove_chart_set_source_colour (cr, &style.background, 1.0);
  paint_background (cr, layout);

  draw_grid (cr, data, layout, &style);
  draw_series (cr, data, layout, &style);
  draw_ticks (cr, data, layout, &style);
  draw_labels (cr, data, layout, &style);
  _grove_radar_legend_draw (data, layout, &style, cr);
  cairo_restore (cr);
}

void
grove_radar_render (const GroveRadarData *data,
                    cairo_t              *cr,
                    double                width,
                    double                height)
{
  g_autoptr(GroveRadarLayout) layout = NULL;

  g_return_if_fail (data != NULL && cr != NULL);

  layout = grove_radar_layout_new (data, NULL, width, height);
  if (layout != NULL)
    grove_radar_render_layout (data, layout, cr);
}

static void
render_cb (gconstpointer  data,
           cairo_t       *cr,
           double         width,
           double         height)
{
  grove_radar_render (data, cr, width, height);
}

gboolean
grove_radar_write_png (const GroveRadarData  *data,
                       int                    width,
                       int                    height,
                       const char            *path,
                       GError               **error)
{
  return grove_chart_write (GROVE_CHART_FORMAT_PNG, render_cb, data, width, height, path, error);
}

gboolean
grove_radar_write_svg (const GroveRadarData  *data,
                       int                    width,
                       int                    height,
                       const char            *path,
                       GError               **error)
{
  return grove_chart_write (GROVE_CHART_FORMAT_SVG, render_cb, data, width, height, path, error);
}

gboolean
grove_radar_write_pdf (const GroveRadarData  *data,
                       int                    width,
                       int                    height,
                       const char            *path,
                       GError               **error)
{
  return grove_chart_write (GROVE_CHART_FORMAT_PDF, render_cb, data, width, height, path, error);
}

gboolean
grove_radar_layout_hit_test (const GroveRadarLayout *layout,
                             double                  x,
                             double                  y,
                             double                  max_distance,
                             guint                  *series,
                             guint                  *axis)
{
  double best = max_distance;
  gboolean found = FALSE;

  g_return_val_if_fail (layout != NULL, FALSE);

  for (guint s = 0; s < layout->n_series; s++)
    for (guint a = 0; a < layout->n_axes; a++)
      {
        const GroveRadarPoint *pt = &layout->points[s * layout->n_axes + a];
        double d = hypot (pt->x - x, pt->y - y);

        if (pt->valid && d <= best)
          {
            best = d, found = TRUE;
            if (series != NULL)
              *series = s;
            if (axis != NULL)
              *axis = a;
          }
      }
  return found;
}

int
grove_radar_layout_legend_at (const GroveRadarLayout *layout,
                              double                  x,
                              double                  y)
{
  g_return_val_if_fail (layout != NULL, -1);

  for (guint s = 0; s < layout->n_series; s++)
    if (_grove_chart_rect_contains (&layout->legend_rects[s], x, y))
      return (int) s;
  return -1;
}

int
grove_radar_layout_axis_at (const GroveRadarLayout *layout,
                            double                  x,
                            double                  y)
{
  g_return_val_if_fail (layout != NULL, -1);

  for (guint a = 0; a < layout->n_axes; a++)
    if (_grove_chart_rect_contains (&layout->label_rects[a], x, y))
      return (int) a;
  return -1;
}
