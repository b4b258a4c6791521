/* grove-bar-chart-layout.c: where a bar chart's bars, labels and axis go
 *
 * Categories are labelled on the left, wrapped within a share of the width
 * and ellipsized after as many lines as their band holds; when a band is
 * too thin for any text, the label is left out rather than drawn over its
 * neighbours. The value axis has whole, round ticks, as few as fit side by
 * side. Everything is measured with Pango before it is drawn.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "grove-bar-chart.h"
#include "grove-chart-private.h"

#include <math.h>

#define MIN_FONT   8.5
#define LABEL_FONT 6.0

typedef struct {
  const GroveBarChartData *data;
  PangoContext            *context;
  GroveBarChartLayout     *layout;
  double                   margin, top, bottom, font;
  double                   label_w, value_w, value_h, tick_h;
} Frame;

double
grove_bar_chart_nice_step (double max,
                           guint  max_ticks)
{
  static const double multiples[] = { 1, 2, 5 };

  g_return_val_if_fail (max_ticks >= 2, 1);

  if (!(max > 0))
    return 1;
  for (double power = 1;; power *= 10)
    for (guint i = 0; i < G_N_ELEMENTS (multiples); i++)
      {
        double step = multiples[i] * power;

        if (ceil (max / step) <= max_ticks - 1)
          return step;
      }
}

static double
max_value (const GroveBarChartData *data)
{
  double max = 0;

  for (guint i = 0; i < data->n_series * data->n_bars; i++)
    if (isfinite (data->values[i]))
      max = MAX (max, data->values[i]);
  return max;
}

static void
measure_title (Frame *frame)
{
  GroveBarChartLayout *layout = frame->layout;
  double w, h;

  if (frame->data->title == NULL || frame->data->title[0] == '\0')
    return;
  layout->title_text = _grove_chart_text_new (frame->context, frame->data->title, frame->font * 1.2,
                                              PANGO_WEIGHT_BOLD, layout->width - 2 * frame->margin, 2,
                                              PANGO_ALIGN_CENTER);
  _grove_chart_text_size (layout->title_text, &w, &h);
  layout->title_rect = (cairo_rectangle_t) { (layout->width - w) / 2, frame->top, w, h };
  frame->top += h + frame->font * 0.6;
}

/* Entries side by side when they fit across, else one under the other;
 * names longer than the canvas end with an ellipsis. */
static void
place_legend (Frame *frame)
{
  GroveBarChartLayout *layout = frame->layout;
  double room = layout->width - 2 * frame->margin;
  double gap = frame->font, total = 0, row_h = 0, x;

  if (frame->data->n_series < 2)
    return;
  layout->swatch_size = frame->font * 0.9;
  for (guint s = 0; s < frame->data->n_series; s++)
    {
      cairo_rectangle_t *rect = &layout->legend_rects[s];
      double w, h;

      layout->legend_text[s] = _grove_chart_text_new (frame->context, frame->data->series_names[s],
                                                      frame->font * 0.9, PANGO_WEIGHT_NORMAL,
                                                      room - layout->swatch_size - frame->font * 0.4, 1,
                                                      PANGO_ALIGN_LEFT);
      _grove_chart_text_size (layout->legend_text[s], &w, &h);
      rect->width = layout->swatch_size + frame->font * 0.4 + w;
      rect->height = MAX (h, layout->swatch_size);
      total += rect->width + (s > 0 ? gap : 0);
      row_h = MAX (row_h, rect->height);
    }
  x = frame->margin + MAX (0, (room - total) / 2);
  for (guint s = 0; s < frame->data->n_series; s++)
    {
      cairo_rectangle_t *rect = &layout->legend_rects[s];

      if (total <= room)
        {
          rect->x = x, rect->y = frame->top;
          x += rect->width + gap;
        }
      else
        {
          rect->x = frame->margin, rect->y = frame->top;
          frame->top += rect->height + frame->font * 0.3;
        }
    }
  if (total <= room)
    frame->top += row_h;
  frame->top += frame->font * 0.6;
}

/* The labels' column: as wide as the widest label on one line, up to a
 * share of the canvas that leaves the bars the larger part. */
static void
measure_label_column (Frame *frame)
{
  double widest = 0;

  for (guint b = 0; b < frame->data->n_bars; b++)
    {
      g_autoptr(PangoLayout) text = _grove_chart_text_new (frame->context, frame->data->labels[b], frame->font,
                                                           PANGO_WEIGHT_NORMAL, -1, 0, PANGO_ALIGN_RIGHT);
      double w, h;

      _grove_chart_text_size (text, &w, &h);
      widest = MAX (widest, w);
    }
  frame->label_w = MIN (widest, frame->layout->width * 0.36);
}

/* Room at the end of the longest bar for its count. */
static void
measure_values (Frame *frame)
{
  g_autofree char *number = g_strdup_printf ("%.0f", max_value (frame->data));
  g_autoptr(PangoLayout) text = _grove_chart_text_new (frame->context, number, frame->font * 0.85,
                                                       PANGO_WEIGHT_NORMAL, -1, 0, PANGO_ALIGN_LEFT);

  _grove_chart_text_size (text, &frame->value_w, &frame->value_h);
  frame->value_w += frame->font * 0.3;
}

static PangoLayout *
tick_text (Frame  *frame,
           double  value)
{
  g_autofree char *number = g_strdup_printf ("%.0f", value);

  return _grove_chart_text_new (frame->context, number, frame->font * 0.85, PANGO_WEIGHT_NORMAL, -1, 0,
                                PANGO_ALIGN_CENTER);
}

/* As many ticks as fit with a label's width between them, at most six. */
static void
place_axis (Frame *frame)
{
  GroveBarChartLayout *layout = frame->layout;
  const cairo_rectangle_t *plot = &layout->plot_rect;
  double max = max_value (frame->data), step = 1;
  g_autoptr(PangoLayout) widest = NULL;
  double w, h;
  guint max_ticks;

  widest = tick_text (frame, MAX (max, 1) * 2);
  _grove_chart_text_size (widest, &w, &h);
  max_ticks = (guint) CLAMP (plot->width / (w + frame->font * 1.5) + 1, 2, 6);
  step = grove_bar_chart_nice_step (MAX (max, 1), max_ticks);
  layout->axis_max = step * MAX (1, ceil (max / step));
  layout->n_ticks = (guint) round (layout->axis_max / step) + 1;
  layout->tick_values = g_new0 (double, layout->n_ticks);
  layout->tick_rects = g_new0 (cairo_rectangle_t, layout->n_ticks);
  layout->tick_text = g_new0 (PangoLayout *, layout->n_ticks);
  for (guint t = 0; t < layout->n_ticks; t++)
    {
      cairo_rectangle_t *rect = &layout->tick_rects[t];
      double x = plot->x + plot->width * t / (layout->n_ticks - 1);

      layout->tick_values[t] = step * t;
      layout->tick_text[t] = tick_text (frame, layout->tick_values[t]);
      _grove_chart_text_size (layout->tick_text[t], &rect->width, &rect->height);
      rect->x = CLAMP (x - rect->width / 2, 0, layout->width - rect->width);
      rect->y = plot->y + plot->height + frame->font * 0.4;
    }
}

/* A label takes as many lines as its band holds, smaller than the chart's
 * text if it must, and none when even one line of the smallest does not
 * fit: an unlabelled bar is better than labels written over each other. */
static void
place_label (Frame                   *frame,
             guint                    bar,
             const cairo_rectangle_t *band)
{
  GroveBarChartLayout *layout = frame->layout;
  double font = MIN (frame->font, band->height / 1.3);
  double w, h;
  int lines;

  if (font < LABEL_FONT || frame->label_w < font * 2)
    return;
  lines = MAX (1, (int) (band->height / (font * 1.3)));
  layout->label_text[bar] = _grove_chart_text_new (frame->context, frame->data->labels[bar], font,
                                                   PANGO_WEIGHT_NORMAL, frame->label_w, MIN (lines, 3),
                                                   PANGO_ALIGN_RIGHT);
  _grove_chart_text_size (layout->label_text[bar], &w, &h);
  while (h > band->height && lines > 1)
    {
      g_object_unref (layout->label_text[bar]);
      layout->label_text[bar] = _grove_chart_text_new (frame->context, frame->data->labels[bar], font,
                                                       PANGO_WEIGHT_NORMAL, frame->label_w, --lines,
                                                       PANGO_ALIGN_RIGHT);
      _grove_chart_text_size (layout->label_text[bar], &w, &h);
    }
  if (h > band->height || w > frame->label_w + 1)
    {
      g_clear_object (&layout->label_text[bar]);
      return;
    }
  layout->label_rects[bar] = (cairo_rectangle_t) { frame->margin + frame->label_w - w,
                                                   band->y + (band->height - h) / 2, w, h };
}

static void
place_bars (Frame *frame)
{
  GroveBarChartLayout *layout = frame->layout;
  const GroveBarChartData *data = frame->data;
  const cairo_rectangle_t *plot = &layout->plot_rect;
  double band_h = plot->height / data->n_bars;
  /* A third of each band is left between categories, so that bars of one
   * category read as a group; one bar alone is kept from looking like a
   * slab. */
  double thickness = MIN (band_h * 0.66, frame->font * 3 * data->n_series) / data->n_series;
  /* Each count beside its bar, as large as the bar is thick. */
  double value_font = MIN (MAX (frame->font * 0.85, LABEL_FONT + 1), thickness / 1.2);

  for (guint b = 0; b < data->n_bars; b++)
    {
      cairo_rectangle_t band = { 0, plot->y + band_h * b, layout->width, band_h };
      double y = band.y + (band_h - thickness * data->n_series) / 2;

      place_label (frame, b, &band);
      for (guint s = 0; s < data->n_series; s++)
        {
          guint i = s * data->n_bars + b;
          double value = isfinite (data->values[i]) ? MAX (data->values[i], 0) : 0;
          cairo_rectangle_t *bar = &layout->bar_rects[i];
          g_autofree char *number = g_strdup_printf ("%.0f", value);
          double w, h;

          *bar = (cairo_rectangle_t) { plot->x, y + thickness * s, plot->width * value / layout->axis_max,
                                       thickness };
          if (value_font < LABEL_FONT)
            continue;
          layout->value_text[i] = _grove_chart_text_new (frame->context, number, value_font, PANGO_WEIGHT_NORMAL,
                                                         -1, 0, PANGO_ALIGN_LEFT);
          _grove_chart_text_size (layout->value_text[i], &w, &h);
          layout->value_rects[i] = (cairo_rectangle_t) { bar->x + bar->width + frame->font * 0.3,
                                                         bar->y + (bar->height - h) / 2, w, h };
        }
    }
}

static void
size_plot (Frame *frame)
{
  GroveBarChartLayout *layout = frame->layout;
  double left = frame->margin + (frame->label_w > 0 ? frame->label_w + frame->font * 0.6 : 0);
  double right = layout->width - frame->margin - frame->value_w;

  /* The bars keep at least half of the width. */
  if (right - left < layout->width * 0.5)
    {
      frame->label_w = MAX (0, frame->label_w - (layout->width * 0.5 - (right - left)));
      left = frame->margin + (frame->label_w > 0 ? frame->label_w + frame->font * 0.6 : 0);
    }
  frame->tick_h = frame->font * 0.85 * 1.4 + frame->font * 0.4;
  layout->plot_rect = (cairo_rectangle_t) { left, frame->top, MAX (1, right - left),
                                            MAX (1, layout->height - frame->margin - frame->tick_h - frame->top) };
}

GroveBarChartLayout *
grove_bar_chart_layout_new (const GroveBarChartData *data,
                            PangoContext            *context,
                            double                   width,
                            double                   height)
{
  GroveBarChartLayout *layout;
  Frame frame = { 0 };
  double shorter = MIN (width, height);
  guint n;

  g_return_val_if_fail (data != NULL && data->n_bars > 0 && data->labels != NULL && data->values != NULL, NULL);
  g_return_val_if_fail (data->n_series >= 1 && data->n_series <= GROVE_BAR_CHART_MAX_SERIES, NULL);
  g_return_val_if_fail (data->n_series < 2 || data->series_names != NULL, NULL);
  g_return_val_if_fail (width >= 1 && height >= 1, NULL);

  n = data->n_series * data->n_bars;
  layout = g_new0 (GroveBarChartLayout, 1);
  layout->width = width, layout->height = height;
  layout->n_bars = data->n_bars, layout->n_series = data->n_series;
  layout->bar_rects = g_new0 (cairo_rectangle_t, n);
  layout->value_rects = g_new0 (cairo_rectangle_t, n);
  layout->value_text = g_new0 (PangoLayout *, n);
  layout->label_rects = g_new0 (cairo_rectangle_t, data->n_bars);
  layout->label_text = g_new0 (PangoLayout *, data->n_bars);
  layout->legend_rects = g_new0 (cairo_rectangle_t, data->n_series);
  layout->legend_text = g_new0 (PangoLayout *, data->n_series);

  frame.data = data, frame.layout = layout;
  frame.context = _grove_chart_context_new (context);
  frame.margin = frame.top = MAX (4, MIN (shorter * 0.035, 48));
  /* Bars run across, so the width sets the type; a low canvas caps it so
   * that the bands keep room for their labels. */
  frame.font = layout->font_size = MAX (MIN_FONT, MIN (MIN (width / 64, height / 16), 40));

  measure_title (&frame);
  place_legend (&frame);
  measure_label_column (&frame);
  measure_values (&frame);
  size_plot (&frame);
  place_axis (&frame);
  place_bars (&frame);

  g_object_unref (frame.context);
  return layout;
}

static void
free_texts (PangoLayout **texts,
            guint         n)
{
  for (guint i = 0; texts != NULL && i < n; i++)
    g_clear_object (&texts[i]);
  g_free (texts);
}

void
grove_bar_chart_layout_free (GroveBarChartLayout *layout)
{
  if (layout == NULL)
    return;
  g_clear_object (&layout->title_text);
  free_texts (layout->label_text, layout->n_bars);
  free_texts (layout->value_text, layout->n_bars * layout->n_series);
  free_texts (layout->tick_text, layout->n_ticks);
  free_texts (layout->legend_text, layout->n_series);
  g_free (layout->bar_rects);
  g_free (layout->label_rects);
  g_free (layout->value_rects);
  g_free (layout->tick_values);
  g_free (layout->tick_rects);
  g_free (layout->legend_rects);
  g_free (layout);
}

gboolean
grove_bar_chart_layout_bar_at (const GroveBarChartLayout *layout,
                               double                     x,
                               double                     y,
                               guint                     *bar)
{
  const cairo_rectangle_t *plot;
  double band_h;
  guint b;

  g_return_val_if_fail (layout != NULL, FALSE);

  plot = &layout->plot_rect;
  if (y < plot->y || y >= plot->y + plot->height || x < 0 || x >= layout->width)
    return FALSE;
  band_h = plot->height / layout->n_bars;
  b = MIN ((guint) ((y - plot->y) / band_h), layout->n_bars - 1);
  if (bar != NULL)
    *bar = b;
  return TRUE;
}
