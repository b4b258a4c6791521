/* grove-radar-layout.c: where a radar chart's plot, labels and legend go
 *
 * The layout is computed before anything is drawn: labels are measured with
 * Pango and the plot's radius shrinks until every label fits outside the
 * plot without touching another label, the legend or the canvas' edge. Only
 * when that leaves too small a plot does the text get smaller, and only then
 * are labels shortened with an ellipsis.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "grove-radar-private.h"
#include "grove-chart-private.h"

#define MIN_FONT 7.0

typedef struct {
  const GroveRadarData *data;
  PangoContext         *context;
  GroveChartTextCache  *labels;    /* the axis labels' trials share their layouts */
  GroveRadarLayout     *layout;
  cairo_rectangle_t     area;      /* for the plot and its labels */
  double                base_font;
  double                legend_gap;
  double                legend_max_width;
  double                legend_w, legend_h;
} Frame;

/* One way of setting the labels: a font size, a wrap width and, as a last
 * resort, a limit on the number of lines. */
typedef struct {
  double font;
  double wrap;
  double min_wrap_em;
  int    max_lines;
  guint  step;      /* label every step-th axis only */
} Trial;

typedef struct {
  double             font;
  double             radius, cx, cy, gap;
  cairo_rectangle_t *rects;
  PangoLayout      **text;
  gboolean          *ellipsized;
} Placement;

static double
clamp (double value,
       double low,
       double high)
{
  return MAX (low, MIN (value, high));
}

static void
placement_clear (Placement *p,
                 guint      n)
{
  for (guint i = 0; p->text != NULL && i < n; i++)
    g_clear_object (&p->text[i]);
  g_clear_pointer (&p->text, g_free);
  g_clear_pointer (&p->rects, g_free);
  g_clear_pointer (&p->ellipsized, g_free);
}

/* Labels near the top and bottom sit side by side, so they may be no wider
 * than the distance between neighbouring axes; labels at the sides stack
 * and may use the whole wrap width. */
static double
label_wrap (const Trial *trial,
            guint        axis,
            guint        n_axes,
            double       distance)
{
  double ux, uy, chord = 2.0 * distance * sin (G_PI * trial->step / n_axes);

  _grove_radar_direction (axis, n_axes, &ux, &uy);
  if (fabs (uy) < 0.4)
    return trial->wrap;
  return clamp (chord * fabs (uy) - trial->font * 0.4, trial->font * trial->min_wrap_em, trial->wrap);
}

static void
measure_labels (const Frame *frame,
                const Trial *trial,
                double       distance,
                Placement   *p)
{
  guint n = frame->data->n_axes;

  for (guint i = 0; i < n; i++)
    {
      double ux, uy;
      PangoAlignment align;

      g_clear_object (&p->text[i]);
      p->rects[i] = (cairo_rectangle_t) { 0 };
      p->ellipsized[i] = TRUE;
      if (i % trial->step != 0)
        continue;
      _grove_radar_direction (i, n, &ux, &uy);
      align = ux > 0.3 ? PANGO_ALIGN_LEFT : ux < -0.3 ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_CENTER;
      p->text[i] = _grove_chart_text_cache_get (frame->labels, frame->data->axis_labels[i], trial->font,
                                                label_wrap (trial, i, n, distance), trial->max_lines, align);
      _grove_chart_text_size (p->text[i], &p->rects[i].width, &p->rects[i].height);
      p->ellipsized[i] = pango_layout_is_ellipsized (p->text[i]);
    }
}

static double
distance_to_rect (const cairo_rectangle_t *r,
                  double                   x,
                  double                   y)
{
  double dx = MAX (MAX (r->x - x, 0.0), x - (r->x + r->width));
  double dy = MAX (MAX (r->y - y, 0.0), y - (r->y + r->height));

  return hypot (dx, dy);
}

/* A label hangs off the point just beyond the end of its axis, on the side
 * facing away from the centre, then moves outwards until no part of it is
 * nearer to the centre than that point. */
static void
place_labels (Placement *p,
              guint      n)
{
  double distance = p->radius + p->gap;

  for (guint i = 0; i < n; i++)
    {
      cairo_rectangle_t *r = &p->rects[i];
      double ux, uy;

      if (p->text[i] == NULL)
        continue;
      _grove_radar_direction (i, n, &ux, &uy);
      r->x = p->cx + distance * ux - r->width * (1.0 - ux) / 2.0;
      r->y = p->cy + distance * uy - r->height * (1.0 - uy) / 2.0;
      for (int step = 0; step < 8; step++)
        {
          double short_by = distance - distance_to_rect (r, p->cx, p->cy);

          if (short_by <= 0.01)
            break;
          r->x += (short_by + 0.25) * ux;
          r->y += (short_by + 0.25) * uy;
        }
    }
}

static cairo_rectangle_t
placement_bounds (const Placement *p,
                  guint            n)
{
  cairo_rectangle_t bounds = {
    p->cx - p->radius - p->gap / 2, p->cy - p->radius - p->gap / 2,
    2 * p->radius + p->gap, 2 * p->radius + p->gap,
  };

  for (guint i = 0; i < n; i++)
    _grove_chart_rect_union (&bounds, &p->rects[i]);
  return bounds;
}

/* Shrinks the radius until the plot and its labels fit the area, keeping
 * them centred in it. Returns FALSE if they fit only with a useless plot. */
static gboolean
fit_radius (const Frame *frame,
            Placement   *p,
            double       min_radius)
{
  const cairo_rectangle_t *area = &frame->area;
  guint n = frame->data->n_axes;

  p->cx = area->x + area->width / 2;
  p->cy = area->y + area->height / 2;
  p->radius = MIN (area->width, area->height) / 2 - p->gap;
  for (int step = 0; step < 40 && p->radius >= min_radius; step++)
    {
      cairo_rectangle_t bounds;
      double over;

      place_labels (p, n);
      bounds = placement_bounds (p, n);
      p->cx += area->x + area->width / 2 - (bounds.x + bounds.width / 2);
      p->cy += area->y + area->height / 2 - (bounds.y + bounds.height / 2);
      over = MAX (bounds.width - area->width, bounds.height - area->height);
      if (over <= 0.25)
        {
          place_labels (p, n);
          return TRUE;
        }
      p->radius -= MAX (over * 0.6, 0.5);
    }
  return FALSE;
}

static gboolean
labels_overlap (const Placement *p,
                guint            n,
                double           pad)
{
  for (guint i = 0; i < n; i++)
    for (guint j = i + 1; j < n; j++)
      if (_grove_chart_rect_intersects (&p->rects[i], &p->rects[j], pad))
        return TRUE;
  return FALSE;
}

static double
label_gap (const Frame *frame,
           double       font)
{
  return frame->layout->marker_size / 2 + font * 0.45;
}

/* Returns the radius that this trial gives, or -1 if its labels collide. */
static double
run_trial (const Frame *frame,
           const Trial *trial,
           double       min_radius,
           Placement   *p)
{
  guint n = frame->data->n_axes;
  double estimate = MIN (frame->area.width, frame->area.height) * 0.4;

  p->font = trial->font;
  p->gap = label_gap (frame, trial->font);
  /* The wrap of the top and bottom labels depends on the radius, which
   * depends on the labels: a second pass settles it. */
  for (int pass = 0; pass < 2; pass++)
    {
      measure_labels (frame, trial, estimate + p->gap, p);
      if (!fit_radius (frame, p, min_radius))
        return -1;
      if (!labels_overlap (p, n, trial->font * 0.25))
        return p->radius;
      if (p->radius > estimate * 0.95)
        return -1;
      estimate = p->radius;
    }
  return -1;
}

static void
placement_init (Placement *p,
                guint      n)
{
  p->rects = g_new0 (cairo_rectangle_t, n);
  p->text = g_new0 (PangoLayout *, n);
  p->ellipsized = g_new0 (gboolean, n);
}

static void
placement_take (Placement *best,
                Placement *trial,
                guint      n)
{
  placement_clear (best, n);
  *best = *trial;
  placement_init (trial, n);
}

/* Tries the wrap widths at one font size and keeps the largest plot. */
static gboolean
try_font (const Frame *frame,
          double       font,
          int          max_lines,
          double       min_wrap_em,
          guint        step,
          double       min_radius,
          Placement   *scratch,
          Placement   *best)
{
  static const double wraps_em[] = { 14.0, 10.0, 7.0 };
  double best_radius = -1;
  guint n = frame->data->n_axes;

  for (guint w = 0; w < G_N_ELEMENTS (wraps_em); w++)
    {
      Trial trial = { font, MIN (wraps_em[w] * font, frame->area.width * 0.3), min_wrap_em, max_lines, step };
      double radius = run_trial (frame, &trial, min_radius, scratch);

      /* Narrower labels must buy a clearly larger plot: wide ones read better. */
      if (radius > 0 && radius > best_radius * 1.04)
        {
          best_radius = radius;
          placement_take (best, scratch, n);
        }
    }
  return best_radius > 0;
}

/* From the most to the least readable: full labels at a large size, then
 * smaller text, then labels cut to fewer lines. */
static void
choose_labels (const Frame *frame,
               Placement   *best)
{
  /* The last stages label only every other or every fourth axis: on a
   * canvas that small the app shows whole labels on pointing instead. */
  static const struct {
    int max_lines;
    double min_font_scale, min_wrap_em, min_radius_scale;
    guint step;
  } stages[] = {
    { 0, 0.6, 4, 0.45, 1 }, { 3, 0.5, 4, 0.4, 1 }, { 2, 0.45, 4, 0.35, 1 }, { 1, 0.0, 3, 0.3, 1 },
    { 1, 0.0, 2, 0.0, 1 }, { 1, 0.0, 3, 0.0, 2 }, { 1, 0.0, 3, 0.0, 4 },
  };
  double full = MIN (frame->area.width, frame->area.height) / 2;
  guint n = frame->data->n_axes;
  Placement scratch = { 0 };

  placement_init (&scratch, n);
  for (guint s = 0; s < G_N_ELEMENTS (stages); s++)
    {
      double floor_font = MAX (MIN_FONT, frame->base_font * stages[s].min_font_scale);
      double min_radius = MAX (full * stages[s].min_radius_scale, frame->layout->marker_size * 2);

      for (double font = frame->base_font; font >= MIN (floor_font, frame->base_font) - 0.01; font *= 0.9)
        {
          if (try_font (frame, MAX (font, MIN_FONT), stages[s].max_lines, stages[s].min_wrap_em,
                        stages[s].step, min_radius, &scratch, best))
            {
              placement_clear (&scratch, n);
              return;
            }
          if (font <= MIN_FONT)
            break;
        }
    }
  placement_clear (&scratch, n);
}

static void
measure_title (const Frame *frame,
               double      *top)
{
  GroveRadarLayout *layout = frame->layout;
  double margin = *top, w, h;

  if (frame->data->title == NULL || frame->data->title[0] == '\0')
    return;
  layout->title_text = _grove_chart_text_new (frame->context, frame->data->title, frame->base_font * 1.25,
                                              PANGO_WEIGHT_BOLD, layout->width - 2 * margin, 2,
                                              PANGO_ALIGN_CENTER);
  _grove_chart_text_size (layout->title_text, &w, &h);
  layout->title_rect = (cairo_rectangle_t) { (layout->width - w) / 2, margin, w, h };
  *top += h + frame->base_font * 0.8;
}

/* The legend goes beside a wide canvas and below a tall or square one. */
static void
frame_init (Frame                *frame,
            const GroveRadarData *data,
            GroveRadarLayout     *layout)
{
  double w = layout->width, h = layout->height, shorter = MIN (w, h);
  double margin = clamp (shorter * 0.035, 4, 64), top = margin;
  gboolean has_legend = data->n_series > 0 || (data->targets != NULL && data->target_label != NULL);

  frame->data = data;
  frame->layout = layout;
  frame->base_font = clamp (shorter / 40, 8, 64);
  layout->line_width = clamp (frame->base_font / 8, 1, 6);
  layout->marker_size = MAX (frame->base_font * 0.55, 5);
  layout->legend_font = MAX (frame->base_font * 0.9, MIN_FONT);
  frame->legend_gap = frame->base_font * 1.5;

  measure_title (frame, &top);
  if (has_legend)
    {
      layout->legend_beside = w / h >= 1.45;
      frame->legend_max_width = layout->legend_beside ? MIN (layout->legend_font * 16, w * 0.28) : w - 2 * margin;
      _grove_radar_legend_measure (data, frame->context, layout, frame->legend_max_width,
                                   &frame->legend_w, &frame->legend_h);
    }
  frame->area = (cairo_rectangle_t) { margin, top, w - 2 * margin, h - top - margin };
  if (has_legend && layout->legend_beside)
    frame->area.width -= frame->legend_w + frame->legend_gap;
  else if (has_legend)
    frame->area.height -= frame->legend_h + frame->legend_gap;
  frame->area.width = MAX (frame->area.width, 1);
  frame->area.height = MAX (frame->area.height, 1);
}

static void
unref_all (PangoLayout **texts,
           guint         n)
{
  for (guint i = 0; texts != NULL && i < n; i++)
    g_clear_object (&texts[i]);
  g_free (texts);
}

/* A legend in larger type than the labels it explains looks out of place:
 * when the labels had to shrink, so does the legend. A smaller legend only
 * leaves more room, so the plot's fit still holds. */
static void
match_legend_font (Frame            *frame,
                   GroveRadarLayout *layout)
{
  if (frame->legend_h <= 0 || layout->legend_font <= layout->font_size + 0.5)
    return;
  unref_all (layout->legend_text, layout->n_series);
  g_clear_object (&layout->target_text);
  layout->legend_font = MAX (layout->font_size, MIN_FONT);
  _grove_radar_legend_measure (frame->data, frame->context, layout, frame->legend_max_width,
                               &frame->legend_w, &frame->legend_h);
}

static void
shift_plot (GroveRadarLayout *layout,
            double            dx,
            double            dy)
{
  layout->cx += dx, layout->cy += dy;
  for (guint i = 0; i < layout->n_axes; i++)
    layout->label_rects[i].x += dx, layout->label_rects[i].y += dy;
}

/* Centres the plot, its labels and the legend together on the canvas, the
 * legend close to the plot rather than pushed to the canvas' edge. */
static void
place_group (const Frame      *frame,
             GroveRadarLayout *layout,
             const Placement  *p)
{
  cairo_rectangle_t u = placement_bounds (p, layout->n_axes);
  const cairo_rectangle_t *area = &frame->area;
  double gap = frame->legend_gap;

  if (frame->legend_h <= 0)
    return;
  if (layout->legend_beside)
    {
      double x0 = MAX (area->x, (layout->width - (u.width + gap + frame->legend_w)) / 2);
      double ly = clamp (layout->cy - frame->legend_h / 2, area->y, area->y + area->height - frame->legend_h);

      shift_plot (layout, x0 - u.x, 0);
      _grove_radar_legend_move (layout, x0 + u.width + gap, MAX (ly, area->y));
    }
  else
    {
      double y0 = area->y + MAX (0, (area->height + gap + frame->legend_h - (u.height + gap + frame->legend_h)) / 2);

      shift_plot (layout, 0, y0 - u.y);
      _grove_radar_legend_move (layout, area->x, y0 + u.height + gap);
    }
}

static void
compute_points (const GroveRadarData *data,
                GroveRadarLayout     *layout)
{
  for (guint s = 0; s < data->n_series; s++)
    for (guint a = 0; a < data->n_axes; a++)
      {
        GroveRadarPoint *pt = &layout->points[s * data->n_axes + a];
        double v = data->series[s].values != NULL ? data->series[s].values[a] : NAN, ux, uy, r;

        _grove_radar_direction (a, data->n_axes, &ux, &uy);
        pt->valid = !data->series[s].hidden && isfinite (v);
        r = pt->valid ? _grove_radar_value_to_radius (data, layout, v) : 0;
        pt->x = layout->cx + r * ux, pt->y = layout->cy + r * uy;
      }
  if (data->targets == NULL)
    return;
  layout->target_points = g_new0 (GroveRadarPoint, data->n_axes);
  for (guint a = 0; a < data->n_axes; a++)
    {
      GroveRadarPoint *pt = &layout->target_points[a];
      double ux, uy, r;

      _grove_radar_direction (a, data->n_axes, &ux, &uy);
      pt->valid = isfinite (data->targets[a]);
      r = pt->valid ? _grove_radar_value_to_radius (data, layout, data->targets[a]) : 0;
      pt->x = layout->cx + r * ux, pt->y = layout->cy + r * uy;
    }
}

static void
measure_ticks (const Frame      *frame,
               GroveRadarLayout *layout)
{
  const GroveRadarData *data = frame->data;

  layout->n_ticks = _grove_radar_n_ticks (data);
  layout->tick_font = MAX (layout->font_size * 0.8, 6.5);
  layout->tick_text = g_new0 (PangoLayout *, layout->n_ticks);
  for (guint t = 0; t < layout->n_ticks; t++)
    {
      g_autofree char *number = NULL;
      const char *text;

      if (data->tick_labels != NULL && data->n_ticks == layout->n_ticks)
        text = data->tick_labels[t];
      else
        text = number = g_strdup_printf ("%g", _grove_radar_tick_value (data, t));
      layout->tick_text[t] = _grove_chart_text_new (frame->context, text, layout->tick_font,
                                                    PANGO_WEIGHT_NORMAL, -1, 0, PANGO_ALIGN_LEFT);
    }
}

/* When not even one-line labels fit, the plot is drawn without them
 * rather than with labels that cover each other. */
static void
take_labels (const Frame      *frame,
             GroveRadarLayout *layout,
             Placement        *best)
{
  if (best->rects == NULL)
    {
      placement_init (best, layout->n_axes);
      best->font = MIN_FONT;
      best->gap = label_gap (frame, MIN_FONT);
      fit_radius (frame, best, 0);
      best->radius = MAX (best->radius, 1);
      for (guint i = 0; i < layout->n_axes; i++)
        {
          g_clear_object (&best->text[i]);
          best->rects[i] = (cairo_rectangle_t) { 0 };
          best->ellipsized[i] = TRUE;
        }
    }
  layout->label_rects = g_steal_pointer (&best->rects);
  layout->axis_text = g_steal_pointer (&best->text);
  layout->label_ellipsized = g_steal_pointer (&best->ellipsized);
  layout->radius = best->radius;
  layout->cx = best->cx, layout->cy = best->cy;
  layout->font_size = best->font;
}

GroveRadarLayout *
grove_radar_layout_new (const GroveRadarData *data,
                        PangoContext         *context,
                        double                width,
                        double                height)
{
  GroveRadarLayout *layout;
  Placement best = { 0 };
  Frame frame = { 0 };

  g_return_val_if_fail (data != NULL && data->axis_labels != NULL && data->n_axes >= 3, NULL);
  g_return_val_if_fail (data->scale_max > data->scale_min, NULL);
  g_return_val_if_fail (data->n_series == 0 || data->series != NULL, NULL);
  g_return_val_if_fail (width >= 1 && height >= 1, NULL);

  layout = g_new0 (GroveRadarLayout, 1);
  layout->width = width, layout->height = height;
  layout->n_axes = data->n_axes;
  layout->n_series = data->n_series;
  layout->legend_rects = g_new0 (cairo_rectangle_t, data->n_series);
  layout->points = g_new0 (GroveRadarPoint, (gsize) data->n_series * data->n_axes);
  frame.context = _grove_chart_context_new (context);
  frame.labels = _grove_chart_text_cache_new (frame.context);

  frame_init (&frame, data, layout);
  choose_labels (&frame, &best);
  take_labels (&frame, layout, &best);
  match_legend_font (&frame, layout);
  place_group (&frame, layout, &(Placement) { .radius = layout->radius, .cx = layout->cx, .cy = layout->cy,
                                              .gap = label_gap (&frame, layout->font_size),
                                              .rects = layout->label_rects });
  compute_points (data, layout);
  measure_ticks (&frame, layout);

  _grove_chart_text_cache_free (frame.labels);
  g_object_unref (frame.context);
  return layout;
}

void
grove_radar_layout_free (GroveRadarLayout *layout)
{
  if (layout == NULL)
    return;
  unref_all (layout->axis_text, layout->n_axes);
  unref_all (layout->legend_text, layout->n_series);
  unref_all (layout->tick_text, layout->n_ticks);
  g_clear_object (&layout->target_text);
  g_clear_object (&layout->title_text);
  g_free (layout->label_rects);
  g_free (layout->label_ellipsized);
  g_free (layout->legend_rects);
  g_free (layout->points);
  g_free (layout->target_points);
  g_free (layout);
}
