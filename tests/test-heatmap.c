/* test-heatmap.c: the heat map's colours, hatching and labels, in pixels
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <string.h>

#include "chart-pixels.h"
#include "chart-samples.h"

typedef struct {
  GroveHeatmapData data;
  double           values[48];
  gboolean         suppressed[48];
} Sample;

static cairo_surface_t *
render (const GroveHeatmapData *data,
        int                     width,
        int                     height)
{
  cairo_surface_t *surface = chart_surface_new (width, height);
  cairo_t *cr = cairo_create (surface);

  grove_heatmap_render (data, cr, width, height);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

/* Away from the value's text and from the cell's rounded corner. */
static void
cell_sample_point (const cairo_rectangle_t *cell,
                   double                  *x,
                   double                  *y)
{
  *x = cell->x + cell->width * 0.12 + 3;
  *y = cell->y + cell->height / 2;
}

static void
test_cells_have_value_colour (void)
{
  Sample s;
  g_autoptr(GroveHeatmapLayout) layout = NULL;
  cairo_surface_t *surface;

  sample_heatmap (&s.data, s.values, s.suppressed);
  layout = grove_heatmap_layout_new (&s.data, NULL, 1280, 720);
  surface = render (&s.data, 1280, 720);
  for (guint i = 0; i < 48; i++)
    {
      GroveChartColour colour;
      double x, y;

      if (s.suppressed[i] || isnan (s.values[i]))
        continue;
      grove_heatmap_value_colour (&s.data, s.values[i], &colour);
      cell_sample_point (&layout->cell_rects[i], &x, &y);
      g_assert_cmpint (chart_pixel_distance (chart_pixel (surface, x, y), chart_rgb (&colour)), <=, 2);
    }
  cairo_surface_destroy (surface);
}

/* The ends of the scale are far apart, and lightness rises with value, as
 * it must for the scale to read without colour. */
static void
test_scale_is_sequential (void)
{
  Sample s;
  double previous = -1;

  sample_heatmap (&s.data, s.values, s.suppressed);
  for (double v = 1; v <= 5.001; v += 0.25)
    {
      GroveChartColour colour;
      double luminance;

      grove_heatmap_value_colour (&s.data, v, &colour);
      luminance = grove_chart_colour_luminance (&colour);
      g_assert_cmpfloat (luminance, >, previous);
      previous = luminance;
    }
}

/* A suppressed cell shows hatching on a neutral ground: two tones, neither
 * of them the colour its value would have had. */
static void
test_suppressed_cells_hatched (void)
{
  Sample s;
  g_autoptr(GroveHeatmapLayout) layout = NULL;
  cairo_surface_t *surface;

  sample_heatmap (&s.data, s.values, s.suppressed);
  layout = grove_heatmap_layout_new (&s.data, NULL, 1280, 720);
  surface = render (&s.data, 1280, 720);
  for (guint c = 0; c < 6; c++)
    {
      const cairo_rectangle_t *cell = &layout->cell_rects[2 * 6 + c];
      GroveChartColour colour;
      guint32 lightest = 0, darkest = 0xffffff;
      int lightest_sum = -1, darkest_sum = 1000;

      g_assert_true (s.suppressed[2 * 6 + c]);
      grove_heatmap_value_colour (&s.data, s.values[2 * 6 + c], &colour);
      for (double x = cell->x + 4; x < cell->x + cell->width - 4; x += 1)
        {
          guint32 p = chart_pixel (surface, x, cell->y + cell->height / 2);
          int sum = (p >> 16 & 0xff) + (p >> 8 & 0xff) + (p & 0xff);

          g_assert_cmpint (chart_pixel_distance (p, chart_rgb (&colour)), >, 30);
          if (sum > lightest_sum)
            lightest_sum = sum, lightest = p;
          if (sum < darkest_sum)
            darkest_sum = sum, darkest = p;
        }
      g_assert_cmpint (chart_pixel_distance (lightest, darkest), >, 40);
    }
  cairo_surface_destroy (surface);
}

/* Cell values are printed in black or white, whichever stands out. */
static void
test_value_text_contrast (void)
{
  Sample s;
  g_autoptr(GroveHeatmapLayout) layout = NULL;
  cairo_surface_t *surface;

  sample_heatmap (&s.data, s.values, s.suppressed);
  layout = grove_heatmap_layout_new (&s.data, NULL, 1280, 720);
  surface = render (&s.data, 1280, 720);
  for (guint i = 0; i < 48; i++)
    {
      const cairo_rectangle_t *cell = &layout->cell_rects[i];
      GroveChartColour colour;
      gboolean dark_cell;
      guint extreme = 0;

      if (s.suppressed[i] || isnan (s.values[i]))
        continue;
      g_assert_nonnull (layout->cell_text[i]);
      grove_heatmap_value_colour (&s.data, s.values[i], &colour);
      dark_cell = grove_chart_colour_luminance (&colour) < 0.18;
      for (double x = cell->x + cell->width * 0.3; x < cell->x + cell->width * 0.7; x++)
        for (double y = cell->y + cell->height * 0.3; y < cell->y + cell->height * 0.7; y++)
          extreme = MAX (extreme, chart_pixel (surface, x, y) == (dark_cell ? 0xffffffu : 0x000000u));
      g_assert_cmpuint (extreme, ==, 1);
    }
  cairo_surface_destroy (surface);
}

static gboolean
rects_intersect (const cairo_rectangle_t *a,
                 const cairo_rectangle_t *b)
{
  return a->width > 0 && b->width > 0 && a->x < b->x + b->width && b->x < a->x + a->width &&
         a->y < b->y + b->height && b->y < a->y + a->height;
}

static void
check_inside (const cairo_rectangle_t *r,
              double                   width,
              double                   height)
{
  if (r->width <= 0)
    return;
  g_assert_cmpfloat (r->x, >=, -0.01);
  g_assert_cmpfloat (r->y, >=, -0.01);
  g_assert_cmpfloat (r->x + r->width, <=, width + 0.01);
  g_assert_cmpfloat (r->y + r->height, <=, height + 0.01);
}

static void
test_labels_fit (void)
{
  static const struct { int width, height; } sizes[] = {
    { 320, 240 }, { 640, 480 }, { 800, 800 }, { 1280, 720 }, { 1920, 1080 }, { 3840, 2160 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      Sample s;
      g_autoptr(GroveHeatmapLayout) layout = NULL;
      g_autoptr(GPtrArray) labels = g_ptr_array_new ();
      double w = sizes[i].width, h = sizes[i].height;

      sample_heatmap (&s.data, s.values, s.suppressed);
      s.data.title = "Learning culture by team";
      layout = grove_heatmap_layout_new (&s.data, NULL, w, h);
      for (guint r = 0; r < 8; r++)
        g_ptr_array_add (labels, &layout->row_label_rects[r]);
      for (guint c = 0; c < 6; c++)
        g_ptr_array_add (labels, &layout->column_label_rects[c]);
      for (guint t = 0; t < layout->n_ticks; t++)
        g_ptr_array_add (labels, &layout->tick_rects[t]);
      g_ptr_array_add (labels, &layout->suppressed_legend_rect);
      g_ptr_array_add (labels, &layout->no_data_legend_rect);
      g_ptr_array_add (labels, &layout->scale_rect);
      g_ptr_array_add (labels, &layout->title_rect);

      check_inside (&layout->grid_rect, w, h);
      check_inside (&layout->legend_bounds, w, h);
      for (guint a = 0; a < labels->len; a++)
        {
          const cairo_rectangle_t *ra = labels->pdata[a];

          check_inside (ra, w, h);
          g_assert_false (rects_intersect (ra, &layout->grid_rect));
          for (guint b = a + 1; b < labels->len; b++)
            if (rects_intersect (ra, labels->pdata[b]))
              g_error ("%.0f×%.0f: labels %u and %u overlap", w, h, a, b);
        }
      for (guint r = 0; r < 8; r++)
        g_assert_cmpfloat (layout->row_label_rects[r].width, >, 0);
    }
}

static void
test_cell_at (void)
{
  Sample s;
  g_autoptr(GroveHeatmapLayout) layout = NULL;
  const cairo_rectangle_t *cell;
  guint row = 99, column = 99;

  sample_heatmap (&s.data, s.values, s.suppressed);
  layout = grove_heatmap_layout_new (&s.data, NULL, 1280, 720);
  cell = &layout->cell_rects[5 * 6 + 3];
  g_assert_true (grove_heatmap_layout_cell_at (layout, cell->x + 2, cell->y + 2, &row, &column));
  g_assert_cmpuint (row, ==, 5);
  g_assert_cmpuint (column, ==, 3);
  g_assert_false (grove_heatmap_layout_cell_at (layout, 1, 1, NULL, NULL));
}

static void
test_files (void)
{
  Sample s;
  g_autofree char *dir = g_dir_make_tmp ("grove-heatmap-XXXXXX", NULL);
  g_autofree char *svg_path = g_build_filename (dir, "heatmap.svg", NULL);
  g_autofree char *pdf_path = g_build_filename (dir, "heatmap.pdf", NULL);
  g_autofree char *png_path = g_build_filename (dir, "heatmap.png", NULL);
  g_autofree char *svg = NULL, *pdf = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;

  sample_heatmap (&s.data, s.values, s.suppressed);
  s.data.theme = GROVE_CHART_THEME_DARK;
  g_assert_true (grove_heatmap_write_svg (&s.data, 800, 600, svg_path, &error));
  g_assert_true (grove_heatmap_write_pdf (&s.data, 800, 600, pdf_path, &error));
  g_assert_true (grove_heatmap_write_png (&s.data, 800, 600, png_path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (svg_path, &svg, NULL, NULL));
  g_assert_nonnull (strstr (svg, "<svg"));
  g_assert_nonnull (strstr (svg, "width=\"800"));
  g_assert_true (g_file_get_contents (pdf_path, &pdf, &length, NULL));
  g_assert_true (g_str_has_prefix (pdf, "%PDF-"));
  g_assert_cmpint (g_remove (svg_path), ==, 0);
  g_assert_cmpint (g_remove (pdf_path), ==, 0);
  g_assert_cmpint (g_remove (png_path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/chart/heatmap/cells-have-value-colour", test_cells_have_value_colour);
  g_test_add_func ("/chart/heatmap/scale-is-sequential", test_scale_is_sequential);
  g_test_add_func ("/chart/heatmap/suppressed-cells-hatched", test_suppressed_cells_hatched);
  g_test_add_func ("/chart/heatmap/value-text-contrast", test_value_text_contrast);
  g_test_add_func ("/chart/heatmap/labels-fit", test_labels_fit);
  g_test_add_func ("/chart/heatmap/cell-at", test_cell_at);
  g_test_add_func ("/chart/heatmap/files", test_files);

  return g_test_run ();
}
