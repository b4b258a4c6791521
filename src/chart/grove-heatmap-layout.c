/* grove-heatmap-layout.c: where a heat map's cells, labels and legend go
 *
 * Row labels are ellipsized to at most a share of the width; column labels
 * wrap within their column and turn to read upwards when a word does not
 * fit across it. Everything is measured with Pango before it is drawn.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "grove-heatmap-private.h"
#include "grove-chart-private.h"

#define MIN_FONT 7.0

typedef struct {
  const GroveHeatmapData *data;
  PangoContext           *context;
  GroveHeatmapLayout     *layout;
  double                  margin, top, font;
  double                  row_w, col_w, row_h, header_h;
  double                  legend_w;
} Frame;

guint
_grove_heatmap_n_ticks (const GroveHeatmapData *data)
{
  double span = data->scale_max - data->scale_min;

  if (data->n_ticks >= 2)
    return data->n_ticks;
  if (span <= 10 && span == floor (span))
    return (guint) span + 1;
  return 5;
}

static double
text_width (PangoLayout *text)
{
  double w, h;

  _grove_chart_text_size (text, &w, &h);
  return w;
}

static void
measure_title (Frame *frame)
{
  GroveHeatmapLayout *layout = frame->layout;
  double w, h;

  if (frame->data->title == NULL || frame->data->title[0] == '\0')
    return;
  layout->title_text = _grove_chart_text_new (frame->context, frame->data->title, frame->font * 1.25,
                                              PANGO_WEIGHT_BOLD, layout->width - 2 * frame->margin, 2,
                                              PANGO_ALIGN_CENTER);
  _grove_chart_text_size (layout->title_text, &w, &h);
  layout->title_rect = (cairo_rectangle_t) { (layout->width - w) / 2, frame->margin, w, h };
  frame->top += h + frame->font * 0.8;
}

static PangoLayout *
legend_entry (Frame             *frame,
              const char        *label,
              cairo_rectangle_t *rect)
{
  PangoLayout *text;
  double w, h;

  if (label == NULL)
    return NULL;
  text = _grove_chart_text_new (frame->context, label, frame->font * 0.85, PANGO_WEIGHT_NORMAL,
                                frame->font * 8, 3, PANGO_ALIGN_LEFT);
  _grove_chart_text_size (text, &w, &h);
  rect->width = frame->layout->swatch_size + frame->font * 0.4 + w;
  rect->height = MAX (h, frame->layout->swatch_size);
  return text;
}

/* The legend: a colour bar with its scale, then a swatch for suppressed
 * cells and one for cells without data, when the caller names them. */
static void
measure_legend (Frame *frame)
{
  GroveHeatmapLayout *layout = frame->layout;
  const GroveHeatmapData *data = frame->data;
  double ticks_w = 0;

  layout->n_ticks = _grove_heatmap_n_ticks (data);
  layout->tick_text = g_new0 (PangoLayout *, layout->n_ticks);
  layout->tick_rects = g_new0 (cairo_rectangle_t, layout->n_ticks);
  for (guint t = 0; t < layout->n_ticks; t++)
    {
      double value = data->scale_min + (data->scale_max - data->scale_min) * t / (layout->n_ticks - 1);
      g_autofree char *number = g_strdup_printf ("%g", value);
      const char *label = data->tick_labels != NULL && data->n_ticks == layout->n_ticks ? data->tick_labels[t] : number;

      layout->tick_text[t] = _grove_chart_text_new (frame->context, label, frame->font * 0.85, PANGO_WEIGHT_NORMAL,
                                                    -1, 0, PANGO_ALIGN_LEFT);
      _grove_chart_text_size (layout->tick_text[t], &layout->tick_rects[t].width, &layout->tick_rects[t].height);
      ticks_w = MAX (ticks_w, layout->tick_rects[t].width);
    }
  layout->scale_rect.width = frame->font;
  frame->legend_w = frame->font * 1.5 + ticks_w;

  layout->swatch_size = frame->font * 1.1;
  layout->suppressed_text = legend_entry (frame, data->suppressed_label, &layout->suppressed_legend_rect);
  layout->no_data_text = legend_entry (frame, data->no_data_label, &layout->no_data_legend_rect);
  frame->legend_w = MAX (frame->legend_w, layout->suppressed_legend_rect.width);
  frame->legend_w = MAX (frame->legend_w, layout->no_data_legend_rect.width);
}

/* Rows are labelled as wide as the longest label needs, up to a share of
 * the canvas; longer labels end with an ellipsis. */
static void
measure_rows (Frame *frame)
{
  GroveHeatmapLayout *layout = frame->layout;
  double widest = 0;

  for (guint r = 0; r < frame->data->n_rows; r++)
    {
      g_autoptr(PangoLayout) text = _grove_chart_text_new (frame->context, frame->data->row_labels[r], frame->font,
                                                           PANGO_WEIGHT_NORMAL, -1, 0, PANGO_ALIGN_RIGHT);

      widest = MAX (widest, text_width (text));
    }
  frame->row_w = MIN (widest, layout->width * 0.28);
}

static gboolean
columns_across (Frame *frame)
{
  GroveHeatmapLayout *layout = frame->layout;
  double wrap = frame->col_w - frame->font * 0.5;

  if (wrap < frame->font * 3)
    return FALSE;
  for (guint c = 0; c < frame->data->n_columns; c++)
    {
      cairo_rectangle_t *r = &layout->column_label_rects[c];

      g_clear_object (&layout->column_text[c]);
      layout->column_text[c] = _grove_chart_text_new (frame->context, frame->data->column_labels[c], frame->font,
                                                      PANGO_WEIGHT_NORMAL, wrap, 4, PANGO_ALIGN_CENTER);
      _grove_chart_text_size (layout->column_text[c], &r->width, &r->height);
      /* A word wider than the column: better to turn the labels. */
      if (r->width > wrap + 0.5)
        return FALSE;
      frame->header_h = MAX (frame->header_h, r->height);
    }
  return TRUE;
}

/* Turned labels read upwards; the rectangles are those of the turned text. */
static void
columns_upwards (Frame *frame)
{
  GroveHeatmapLayout *layout = frame->layout;
  double line = frame->font * 1.3;
  int lines = MAX (1, (int) ((frame->col_w - frame->font * 0.3) / line));
  double font = MIN (frame->font, MAX ((frame->col_w - 2) / 1.3, 5));

  layout->columns_rotated = TRUE;
  frame->header_h = 0;
  for (guint c = 0; c < frame->data->n_columns; c++)
    {
      cairo_rectangle_t *r = &layout->column_label_rects[c];

      g_clear_object (&layout->column_text[c]);
      layout->column_text[c] = _grove_chart_text_new (frame->context, frame->data->column_labels[c], font,
                                                      PANGO_WEIGHT_NORMAL, layout->height * 0.3, lines,
                                                      PANGO_ALIGN_LEFT);
      _grove_chart_text_size (layout->column_text[c], &r->height, &r->width);
      frame->header_h = MAX (frame->header_h, r->height);
    }
}

static void
size_grid (Frame *frame)
{
  GroveHeatmapLayout *layout = frame->layout;
  double gaps = frame->font * 0.6 + frame->font * 1.2;
  double avail_w = layout->width - 2 * frame->margin - frame->row_w - gaps - frame->legend_w;
  double avail_h;

  frame->col_w = MAX (MIN (avail_w / frame->data->n_columns, frame->font * 9), 1);
  if (!columns_across (frame))
    columns_upwards (frame);
  avail_h = layout->height - frame->top - frame->margin - frame->header_h - frame->font * 0.5;
  frame->row_h = MAX (MIN (avail_h / frame->data->n_rows, frame->font * 2.4), 1);
}

static void
place_rows (Frame                   *frame,
            const cairo_rectangle_t *grid)
{
  GroveHeatmapLayout *layout = frame->layout;
  double font = MIN (frame->font, frame->row_h / 1.3);

  /* Rows too thin for legible text go unlabelled; the app names them on
   * pointing, through the cell rectangles. */
  if (font < 5.5)
    return;
  for (guint r = 0; r < frame->data->n_rows; r++)
    {
      cairo_rectangle_t *rect = &layout->row_label_rects[r];

      layout->row_text[r] = _grove_chart_text_new (frame->context, frame->data->row_labels[r], font,
                                                   PANGO_WEIGHT_NORMAL, frame->row_w, 1, PANGO_ALIGN_RIGHT);
      _grove_chart_text_size (layout->row_text[r], &rect->width, &rect->height);
      rect->width = MIN (rect->width, frame->row_w);
      rect->x = grid->x - frame->font * 0.6 - rect->width;
      rect->y = grid->y + (r + 0.5) * frame->row_h - rect->height / 2;
    }
}

static void
place_columns (Frame                   *frame,
               const cairo_rectangle_t *grid)
{
  for (guint c = 0; c < frame->data->n_columns; c++)
    {
      cairo_rectangle_t *rect = &frame->layout->column_label_rects[c];

      rect->x = grid->x + c * frame->col_w + (frame->col_w - rect->width) / 2;
      rect->y = grid->y - frame->font * 0.5 - rect->height;
    }
}

/* Tick labels closer together than they are tall are thinned out. */
static void
place_ticks (GroveHeatmapLayout *layout,
             double              font)
{
  const cairo_rectangle_t *bar = &layout->scale_rect;
  double spacing = bar->height / (layout->n_ticks - 1);
  guint step = MAX (1, (guint) ceil (layout->tick_rects[0].height * 1.1 / MAX (spacing, 0.1)));

  for (guint t = 0; t < layout->n_ticks; t++)
    {
      cairo_rectangle_t *rect = &layout->tick_rects[t];
      double y = bar->y + bar->height * (1.0 - (double) t / (layout->n_ticks - 1));

      if (t % step != 0)
        {
          *rect = (cairo_rectangle_t) { 0 };
          continue;
        }
      rect->x = bar->x + bar->width + font * 0.5;
      rect->y = y - rect->height / 2;
      _grove_chart_rect_union (&layout->legend_bounds, rect);
    }
}

static void
place_legend (Frame                   *frame,
              const cairo_rectangle_t *grid)
{
  GroveHeatmapLayout *layout = frame->layout;
  double x = grid->x + grid->width + frame->font * 1.2;
  double y;

  layout->scale_rect = (cairo_rectangle_t) { x, grid->y, frame->font, MIN (grid->height, frame->font * 10) };
  layout->legend_bounds = layout->scale_rect;
  place_ticks (layout, frame->font);
  y = layout->scale_rect.y + layout->scale_rect.height + frame->font;
  if (layout->suppressed_text != NULL)
    {
      layout->suppressed_legend_rect.x = x, layout->suppressed_legend_rect.y = y;
      _grove_chart_rect_union (&layout->legend_bounds, &layout->suppressed_legend_rect);
      y += layout->suppressed_legend_rect.height + frame->font * 0.5;
    }
  if (layout->no_data_text != NULL)
    {
      layout->no_data_legend_rect.x = x, layout->no_data_legend_rect.y = y;
      _grove_chart_rect_union (&layout->legend_bounds, &layout->no_data_legend_rect);
    }
}

static void
measure_cells (Frame *frame)
{
  GroveHeatmapLayout *layout = frame->layout;
  const GroveHeatmapData *data = frame->data;
  guint n = data->n_rows * data->n_columns;

  layout->cell_text = g_new0 (PangoLayout *, n);
  layout->cell_font = MIN (frame->font * 0.9, frame->row_h / 1.5);
  if (layout->cell_font < 6)
    return;
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *text = NULL;

      if (!isfinite (data->values[i]) || (data->suppressed != NULL && data->suppressed[i]))
        continue;
      text = g_strdup_printf ("%.*f", (int) data->decimals, data->values[i]);
      layout->cell_text[i] = _grove_chart_text_new (frame->context, text, layout->cell_font, PANGO_WEIGHT_NORMAL,
                                                    -1, 0, PANGO_ALIGN_CENTER);
      /* A value that does not fit its cell is left to the colour. */
      if (text_width (layout->cell_text[i]) > frame->col_w - 4)
        g_clear_object (&layout->cell_text[i]);
    }
}

/* Centres the labelled grid and its legend in the space under the title. */
static void
place_all (Frame *frame)
{
  GroveHeatmapLayout *layout = frame->layout;
  const GroveHeatmapData *data = frame->data;
  double total_w = frame->row_w + frame->font * 1.8 + data->n_columns * frame->col_w + frame->legend_w;
  double total_h = frame->header_h + frame->font * 0.5 + data->n_rows * frame->row_h;
  double x0 = MAX (frame->margin, (layout->width - total_w) / 2);
  double slack = MAX (0, (layout->height - frame->margin - frame->top - total_h) / 2);
  double y0 = frame->top + slack;
  cairo_rectangle_t *grid = &layout->grid_rect;

  /* The title stays with the grid rather than at the canvas' top edge. */
  layout->title_rect.y += slack;

  *grid = (cairo_rectangle_t) {
    x0 + frame->row_w + frame->font * 0.6, y0 + frame->header_h + frame->font * 0.5,
    data->n_columns * frame->col_w, data->n_rows * frame->row_h,
  };
  for (guint r = 0; r < data->n_rows; r++)
    for (guint c = 0; c < data->n_columns; c++)
      layout->cell_rects[r * data->n_columns + c] = (cairo_rectangle_t) {
        grid->x + c * frame->col_w, grid->y + r * frame->row_h, frame->col_w, frame->row_h,
      };
  place_rows (frame, grid);
  place_columns (frame, grid);
  place_legend (frame, grid);
}

GroveHeatmapLayout *
grove_heatmap_layout_new (const GroveHeatmapData *data,
                          PangoContext           *context,
                          double                  width,
                          double                  height)
{
  GroveHeatmapLayout *layout;
  Frame frame = { 0 };
  double shorter = MIN (width, height);

  g_return_val_if_fail (data != NULL && data->n_rows > 0 && data->n_columns > 0, NULL);
  g_return_val_if_fail (data->row_labels != NULL && data->column_labels != NULL && data->values != NULL, NULL);
  g_return_val_if_fail (data->scale_max > data->scale_min, NULL);
  g_return_val_if_fail (width >= 1 && height >= 1, NULL);

  layout = g_new0 (GroveHeatmapLayout, 1);
  layout->width = width, layout->height = height;
  layout->n_rows = data->n_rows, layout->n_columns = data->n_columns;
  layout->cell_rects = g_new0 (cairo_rectangle_t, data->n_rows * data->n_columns);
  layout->row_label_rects = g_new0 (cairo_rectangle_t, data->n_rows);
  layout->column_label_rects = g_new0 (cairo_rectangle_t, data->n_columns);
  layout->row_text = g_new0 (PangoLayout *, data->n_rows);
  layout->column_text = g_new0 (PangoLayout *, data->n_columns);

  frame.data = data, frame.layout = layout;
  frame.context = _grove_chart_context_new (context);
  frame.margin = frame.top = MAX (4, MIN (shorter * 0.035, 48));
  frame.font = layout->font_size = MAX (MIN_FONT, MIN (shorter / 40, 40));

  measure_title (&frame);
  measure_legend (&frame);
  measure_rows (&frame);
  size_grid (&frame);
  place_all (&frame);
  measure_cells (&frame);

  g_object_unref (frame.context);
  return layout;
}

static void
unref_all (PangoLayout **texts,
           guint         n)
{
  for (guint i = 0; texts != NULL && i < n; i++)
    g_clear_object (&texts[i]);
  g_free (texts);
}

void
grove_heatmap_layout_free (GroveHeatmapLayout *layout)
{
  if (layout == NULL)
    return;
  unref_all (layout->row_text, layout->n_rows);
  unref_all (layout->column_text, layout->n_columns);
  unref_all (layout->tick_text, layout->n_ticks);
  unref_all (layout->cell_text, layout->n_rows * layout->n_columns);
  g_clear_object (&layout->title_text);
  g_clear_object (&layout->suppressed_text);
  g_clear_object (&layout->no_data_text);
  g_free (layout->cell_rects);
  g_free (layout->row_label_rects);
  g_free (layout->column_label_rects);
  g_free (layout->tick_rects);
  g_free (layout);
}

gboolean
grove_heatmap_layout_cell_at (const GroveHeatmapLayout *layout,
                              double                    x,
                              double                    y,
                              guint                    *row,
                              guint                    *column)
{
  guint r, c;

  g_return_val_if_fail (layout != NULL, FALSE);

  if (!_grove_chart_rect_contains (&layout->grid_rect, x, y))
    return FALSE;
  r = MIN ((guint) ((y - layout->grid_rect.y) / (layout->grid_rect.height / layout->n_rows)), layout->n_rows - 1);
  c = MIN ((guint) ((x - layout->grid_rect.x) / (layout->grid_rect.width / layout->n_columns)), layout->n_columns - 1);
  if (row != NULL)
    *row = r;
  if (column != NULL)
    *column = c;
  return TRUE;
}
