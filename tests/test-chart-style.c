/* test-chart-style.c: palette, contrast and markers, checked in pixels
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "grove-chart-style.h"

static const GroveChartTheme themes[] = {
  GROVE_CHART_THEME_LIGHT, GROVE_CHART_THEME_DARK, GROVE_CHART_THEME_HIGH_CONTRAST,
};

static void
test_contrast (void)
{
  for (guint t = 0; t < G_N_ELEMENTS (themes); t++)
    {
      GroveChartStyle style;

      grove_chart_style_init (&style, themes[t]);
      /* Text: WCAG AA for normal text; high contrast: AAA. */
      g_assert_cmpfloat (grove_chart_colour_contrast (&style.foreground, &style.background), >=,
                         themes[t] == GROVE_CHART_THEME_HIGH_CONTRAST ? 7.0 : 4.5);
      for (guint i = 0; i < grove_chart_style_n_series (); i++)
        {
          GroveChartSeriesStyle series;

          grove_chart_style_get_series (&style, i, &series);
          /* Graphical objects: WCAG 1.4.11 asks for 3:1. */
          if (grove_chart_colour_contrast (&series.colour, &style.background) < 3.0)
            g_error ("theme %u series %u: contrast %.2f below 3:1", t, i,
                     grove_chart_colour_contrast (&series.colour, &style.background));
        }
    }
}

static void
test_series_distinct (void)
{
  GroveChartStyle style;

  grove_chart_style_init (&style, GROVE_CHART_THEME_LIGHT);
  for (guint i = 0; i < grove_chart_style_n_series (); i++)
    for (guint j = i + 1; j < grove_chart_style_n_series (); j++)
      {
        GroveChartSeriesStyle a, b;

        grove_chart_style_get_series (&style, i, &a);
        grove_chart_style_get_series (&style, j, &b);
        /* Without colour, the marker still tells them apart. */
        g_assert_cmpint (a.marker, !=, b.marker);
        g_assert_false (a.colour.red == b.colour.red && a.colour.green == b.colour.green &&
                        a.colour.blue == b.colour.blue);
      }
}

static guint32
pixel_at (cairo_surface_t *surface,
          int              x,
          int              y)
{
  unsigned char *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);

  return *(guint32 *) (data + y * stride + x * 4) & 0x00ffffff;
}

static void
test_markers_draw (void)
{
  GroveChartStyle style;

  grove_chart_style_init (&style, GROVE_CHART_THEME_LIGHT);
  for (guint i = 0; i < grove_chart_style_n_series (); i++)
    {
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 40, 40);
      cairo_t *cr = cairo_create (surface);
      GroveChartSeriesStyle series;
      guint32 expected;

      grove_chart_style_get_series (&style, i, &series);
      grove_chart_set_source_colour (cr, &style.background, 1.0);
      cairo_paint (cr);
      grove_chart_set_source_colour (cr, &series.colour, 1.0);
      grove_chart_draw_marker (cr, series.marker, 20, 20, 16);
      cairo_destroy (cr);
      cairo_surface_flush (surface);

      expected = (guint32) (series.colour.red * 255 + 0.5) << 16 |
                 (guint32) (series.colour.green * 255 + 0.5) << 8 |
                 (guint32) (series.colour.blue * 255 + 0.5);
      /* The centre is the series' colour, the corners are untouched, and
       * nothing is drawn outside the marker's box. */
      g_assert_cmphex (pixel_at (surface, 20, 20), ==, expected);
      g_assert_cmphex (pixel_at (surface, 1, 1), ==, 0xffffff);
      g_assert_cmphex (pixel_at (surface, 20, 3), ==, 0xffffff);
      g_assert_cmphex (pixel_at (surface, 37, 20), ==, 0xffffff);
      cairo_surface_destroy (surface);
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/chart/style/contrast", test_contrast);
  g_test_add_func ("/chart/style/series-distinct", test_series_distinct);
  g_test_add_func ("/chart/style/markers-draw", test_markers_draw);

  return g_test_run ();
}
