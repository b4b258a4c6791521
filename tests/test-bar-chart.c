/* test-bar-chart.c: the bar chart's lengths, axis, labels and colours
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <string.h>

#include "chart-pixels.h"
#include "grove-bar-chart.h"
#include "grove-chart-private.h"

#define MAX_BARS 40

typedef struct {
  GroveBarChartData data;
  const char       *labels[MAX_BARS];
  double            values[2 * MAX_BARS];
} Sample;

static const char * const series_names[] = { "Development needs", "Activities planned" };

/* Long and short labels, words longer than the label column among them. */
static const char * const label_words[] = {
  "Coaching", "Facilitating workshops with partners across the region",
  "Data analysis", "Welsh language", "Safeguarding", "Project management and governance of large programmes",
  "Writing", "Antidisestablishmentarianism-style-unbreakable-word",
};

static void
sample_bars (Sample *s,
             guint   n_bars,
             guint   n_series)
{
  memset (s, 0, sizeof *s);
  for (guint b = 0; b < n_bars; b++)
    {
      s->labels[b] = label_words[b % G_N_ELEMENTS (label_words)];
      s->values[b] = (double) ((b * 7 + 3) % 23);
      s->values[n_bars + b] = (double) ((b * 5 + 1) % 11);
    }
  s->data = (GroveBarChartData) {
    .title = "Learning needs by capability — Digital Services",
    .labels = s->labels,
    .n_bars = n_bars,
    .series_names = series_names,
    .n_series = n_series,
    .values = s->values,
    .theme = GROVE_CHART_THEME_LIGHT,
  };
}

static cairo_surface_t *
render (const GroveBarChartData *data,
        int                      width,
        int                      height)
{
  cairo_surface_t *surface = chart_surface_new (width, height);
  cairo_t *cr = cairo_create (surface);

  grove_bar_chart_render (data, cr, width, height);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

static void
test_nice_step (void)
{
  static const struct { double max; guint ticks; double step; } cases[] = {
    { 0, 6, 1 }, { 1, 6, 1 }, { 4, 6, 1 }, { 5, 6, 1 }, { 6, 6, 2 }, { 9, 6, 2 }, { 11, 6, 5 },
    { 23, 6, 5 }, { 26, 6, 10 }, { 230, 6, 50 }, { 7, 2, 10 }, { 1234, 5, 500 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_assert_cmpfloat (grove_bar_chart_nice_step (cases[i].max, cases[i].ticks), ==, cases[i].step);
}

static gboolean
inside (const cairo_rectangle_t *r,
        double                   width,
        double                   height)
{
  return r->width <= 0 || r->height <= 0 ||
         (r->x >= -0.5 && r->y >= -0.5 && r->x + r->width <= width + 0.5 && r->y + r->height <= height + 0.5);
}

/* Every text and bar inside the canvas, no two texts over each other, no
 * text over a bar, bars as long as their value on the axis. */
static void
check_layout (const Sample              *s,
              const GroveBarChartLayout *layout,
              double                     width,
              double                     height)
{
  g_autoptr(GPtrArray) texts = g_ptr_array_new ();
  const cairo_rectangle_t *plot = &layout->plot_rect;
  guint n = s->data.n_series * s->data.n_bars;

  g_assert_true (inside (&layout->title_rect, width, height));
  g_assert_true (inside (plot, width, height));
  g_assert_cmpfloat (plot->width, >=, width * 0.4);
  g_assert_cmpfloat (layout->axis_max, >=, 1);
  g_assert_cmpuint (layout->n_ticks, >=, 2);
  g_assert_cmpuint (layout->n_ticks, <=, 6);
  g_assert_cmpfloat (layout->tick_values[layout->n_ticks - 1], ==, layout->axis_max);

  g_ptr_array_add (texts, (gpointer) &layout->title_rect);
  for (guint t = 0; t < layout->n_ticks; t++)
    g_ptr_array_add (texts, &layout->tick_rects[t]);
  for (guint b = 0; b < s->data.n_bars; b++)
    g_ptr_array_add (texts, &layout->label_rects[b]);
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (texts, &layout->value_rects[i]);
  for (guint i = 0; i < s->data.n_series; i++)
    g_ptr_array_add (texts, &layout->legend_rects[i]);

  for (guint i = 0; i < texts->len; i++)
    {
      const cairo_rectangle_t *a = g_ptr_array_index (texts, i);

      g_assert_true (inside (a, width, height));
      for (guint j = i + 1; j < texts->len; j++)
        g_assert_false (_grove_chart_rect_intersects (a, g_ptr_array_index (texts, j), 0));
      for (guint k = 0; k < n; k++)
        g_assert_false (_grove_chart_rect_intersects (a, &layout->bar_rects[k], -0.5));
    }
  for (guint i = 0; i < n; i++)
    {
      const cairo_rectangle_t *bar = &layout->bar_rects[i];

      g_assert_true (inside (bar, width, height));
      g_assert_cmpfloat_with_epsilon (bar->x, plot->x, 1e-9);
      g_assert_cmpfloat_with_epsilon (bar->width, plot->width * s->values[i] / layout->axis_max, 1e-6);
      g_assert_cmpfloat (bar->y, >=, plot->y - 1e-6);
      g_assert_cmpfloat (bar->y + bar->height, <=, plot->y + plot->height + 1e-6);
    }
}

static void
test_layout_sizes (void)
{
  static const int sizes[][2] = { { 320, 240 }, { 360, 480 }, { 640, 480 }, { 1280, 720 }, { 1920, 1080 },
                                  { 3840, 2160 }, { 240, 320 } };
  static const guint bars[] = { 1, 2, 5, 12, 25, 40 };

  for (guint z = 0; z < G_N_ELEMENTS (sizes); z++)
    for (guint b = 0; b < G_N_ELEMENTS (bars); b++)
      for (guint series = 1; series <= 2; series++)
        {
          Sample s;
          g_autoptr(GroveBarChartLayout) layout = NULL;

          sample_bars (&s, bars[b], series);
          layout = grove_bar_chart_layout_new (&s.data, NULL, sizes[z][0], sizes[z][1]);
          g_assert_nonnull (layout);
          check_layout (&s, layout, sizes[z][0], sizes[z][1]);
        }
}

/* Where there is room, every bar is labelled, on one line if it fits. */
static void
test_labels_shown_when_room (void)
{
  Sample s;
  g_autoptr(GroveBarChartLayout) layout = NULL;

  sample_bars (&s, 12, 2);
  layout = grove_bar_chart_layout_new (&s.data, NULL, 1280, 720);
  for (guint b = 0; b < 12; b++)
    {
      g_assert_cmpfloat (layout->label_rects[b].width, >, 0);
      /* Right-aligned against the bars. */
      g_assert_cmpfloat (layout->label_rects[b].x + layout->label_rects[b].width, <=, layout->plot_rect.x);
    }
  for (guint i = 0; i < 24; i++)
    g_assert_cmpfloat (layout->value_rects[i].width, >, 0);
  g_assert_cmpfloat (layout->legend_rects[0].width, >, 0);
  g_assert_cmpfloat (layout->legend_rects[1].width, >, 0);
  /* Side by side, on one row. */
  g_assert_cmpfloat (layout->legend_rects[0].y, ==, layout->legend_rects[1].y);
}

static void
test_bar_pixels (void)
{
  static const GroveChartTheme themes[] = { GROVE_CHART_THEME_LIGHT, GROVE_CHART_THEME_DARK,
                                            GROVE_CHART_THEME_HIGH_CONTRAST };

  for (guint t = 0; t < G_N_ELEMENTS (themes); t++)
    {
      Sample s;
      g_autoptr(GroveBarChartLayout) layout = NULL;
      cairo_surface_t *surface;
      GroveChartStyle style;
      GroveChartColour colour;

      sample_bars (&s, 6, 1);
      s.data.theme = themes[t];
      grove_chart_style_init (&style, themes[t]);
      layout = grove_bar_chart_layout_new (&s.data, NULL, 800, 600);
      surface = render (&s.data, 800, 600);
      grove_bar_chart_series_colour (themes[t], 0, &colour);

      for (guint b = 0; b < 6; b++)
        {
          const cairo_rectangle_t *bar = &layout->bar_rects[b];

          if (bar->width < 4)
            continue;
          g_assert_cmpint (chart_pixel_distance (chart_pixel (surface, bar->x + bar->width / 2, bar->y + bar->height / 2),
                                                 chart_rgb (&colour)), <=, 2);
          /* Beyond the bar's end and its count, the background. */
          g_assert_cmpint (chart_pixel_distance (chart_pixel (surface, layout->plot_rect.x + layout->plot_rect.width - 2,
                                                              bar->y + bar->height / 2),
                                                 chart_rgb (&style.background)), <=, 2);
        }
      g_assert_cmpint (chart_pixel_distance (chart_pixel (surface, 1, 1), chart_rgb (&style.background)), <=, 0);
      cairo_surface_destroy (surface);
    }
}

/* The second series is hatched: its bars hold both its colour and a lighter
 * stripe, which the first series' do not. */
static void
test_second_series_hatched (void)
{
  Sample s;
  g_autoptr(GroveBarChartLayout) layout = NULL;
  cairo_surface_t *surface;
  GroveChartColour first, second;
  guint matches[2] = { 0, 0 }, pixels[2] = { 0, 0 };

  sample_bars (&s, 3, 2);
  s.values[0] = s.values[3] = 20;
  layout = grove_bar_chart_layout_new (&s.data, NULL, 800, 600);
  surface = render (&s.data, 800, 600);
  grove_bar_chart_series_colour (GROVE_CHART_THEME_LIGHT, 0, &first);
  grove_bar_chart_series_colour (GROVE_CHART_THEME_LIGHT, 1, &second);
  for (guint series = 0; series < 2; series++)
    {
      const cairo_rectangle_t *bar = &layout->bar_rects[series * 3];
      guint32 want = chart_rgb (series == 0 ? &first : &second);

      for (double x = bar->x + 2; x < bar->x + bar->width - 2; x += 1)
        {
          pixels[series]++;
          if (chart_pixel_distance (chart_pixel (surface, x, bar->y + bar->height / 2), want) <= 2)
            matches[series]++;
        }
    }
  g_assert_cmpuint (matches[0], ==, pixels[0]);
  g_assert_cmpuint (matches[1], >, pixels[1] / 4);
  g_assert_cmpuint (matches[1], <, pixels[1] * 9 / 10);
  cairo_surface_destroy (surface);
}

/* Zero everywhere still has an axis, and no bar. */
static void
test_all_zero (void)
{
  Sample s;
  g_autoptr(GroveBarChartLayout) layout = NULL;

  sample_bars (&s, 4, 1);
  memset (s.values, 0, sizeof s.values);
  layout = grove_bar_chart_layout_new (&s.data, NULL, 640, 480);
  g_assert_cmpfloat (layout->axis_max, ==, 1);
  for (guint b = 0; b < 4; b++)
    g_assert_cmpfloat (layout->bar_rects[b].width, ==, 0);
}

static void
test_bar_at (void)
{
  Sample s;
  g_autoptr(GroveBarChartLayout) layout = NULL;
  guint bar = G_MAXUINT;

  sample_bars (&s, 5, 2);
  layout = grove_bar_chart_layout_new (&s.data, NULL, 800, 600);
  for (guint b = 0; b < 5; b++)
    {
      const cairo_rectangle_t *r = &layout->bar_rects[5 + b];

      g_assert_true (grove_bar_chart_layout_bar_at (layout, r->x + 1, r->y + r->height / 2, &bar));
      g_assert_cmpuint (bar, ==, b);
    }
  g_assert_false (grove_bar_chart_layout_bar_at (layout, 10, 1, &bar));
}

static void
test_write_files (void)
{
  static const struct { GroveChartFormat format; const char *name; const char *magic; } files[] = {
    { GROVE_CHART_FORMAT_PNG, "bars.png", "\x89PNG" },
    { GROVE_CHART_FORMAT_SVG, "bars.svg", "<?xml" },
    { GROVE_CHART_FORMAT_PDF, "bars.pdf", "%PDF" },
  };
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("grove-test-bars-XXXXXX", &error);
  Sample s;

  g_assert_no_error (error);
  sample_bars (&s, 8, 2);
  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autofree char *path = g_build_filename (dir, files[i].name, NULL);
      g_autofree char *contents = NULL;
      gsize length;

      g_assert_true (grove_bar_chart_write (&s.data, files[i].format, 640, 480, path, &error));
      g_assert_no_error (error);
      g_assert_true (g_file_get_contents (path, &contents, &length, &error));
      g_assert_cmpuint (length, >, 100);
      g_assert_true (g_str_has_prefix (contents, files[i].magic));
      g_unlink (path);
    }
  g_assert_false (grove_bar_chart_write (&s.data, GROVE_CHART_FORMAT_PNG, 640, 480, "/nonexistent/dir/x.png", &error));
  g_assert_error (error, GROVE_CHART_ERROR, GROVE_CHART_ERROR_WRITE);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/bar-chart/nice-step", test_nice_step);
  g_test_add_func ("/bar-chart/layout/sizes", test_layout_sizes);
  g_test_add_func ("/bar-chart/layout/labels", test_labels_shown_when_room);
  g_test_add_func ("/bar-chart/layout/all-zero", test_all_zero);
  g_test_add_func ("/bar-chart/layout/bar-at", test_bar_at);
  g_test_add_func ("/bar-chart/pixels/bars", test_bar_pixels);
  g_test_add_func ("/bar-chart/pixels/hatched", test_second_series_hatched);
  g_test_add_func ("/bar-chart/write", test_write_files);

  return g_test_run ();
}
