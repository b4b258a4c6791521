/* test-radar.c: the radar chart's layout and drawing, checked in pixels
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <string.h>

#include "chart-pixels.h"
#include "chart-samples.h"
#include "grove-radar-private.h"

/* Sample data with its storage, for one test. */
typedef struct {
  GroveRadarData   data;
  GroveRadarSeries series[3];
  double          *values;
  double          *targets;
  char           **labels;
} Sample;

static Sample *
sample_new (guint    n_axes,
            gboolean long_labels)
{
  Sample *sample = g_new0 (Sample, 1);

  sample->values = g_new0 (double, 3 * n_axes);
  sample->targets = g_new0 (double, n_axes);
  sample->labels = g_new0 (char *, n_axes + 1);
  sample_radar (&sample->data, sample->series, sample->values, sample->targets, sample->labels, n_axes,
                long_labels);
  return sample;
}

static void
sample_free (Sample *sample)
{
  g_strfreev (sample->labels);
  g_free (sample->values);
  g_free (sample->targets);
  g_free (sample);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Sample, sample_free)

static cairo_surface_t *
render (const GroveRadarData *data,
        int                   width,
        int                   height)
{
  cairo_surface_t *surface = chart_surface_new (width, height);
  cairo_t *cr = cairo_create (surface);

  grove_radar_render (data, cr, width, height);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

static void
test_points_have_series_colour (void)
{
  g_autoptr(Sample) sample = sample_new (6, FALSE);
  g_autoptr(GroveRadarLayout) layout = grove_radar_layout_new (&sample->data, NULL, 800, 600);
  cairo_surface_t *surface = render (&sample->data, 800, 600);
  GroveChartStyle style;
  guint checked = 0;

  grove_chart_style_init (&style, GROVE_CHART_THEME_LIGHT);
  for (guint s = 0; s < 3; s++)
    for (guint a = 0; a < 6; a++)
      {
        const GroveRadarPoint *pt = &layout->points[s * 6 + a];
        gboolean covered = FALSE;
        GroveChartSeriesStyle series;

        if (!pt->valid)
          continue;
        /* A later series' marker drawn on the same spot covers this one. */
        for (guint later = s + 1; later < 3; later++)
          {
            const GroveRadarPoint *other = &layout->points[later * 6 + a];

            covered |= other->valid && hypot (other->x - pt->x, other->y - pt->y) < layout->marker_size * 1.5;
          }
        if (covered)
          continue;
        grove_chart_style_get_series (&style, s, &series);
        g_assert_cmpint (chart_pixel_distance (chart_pixel (surface, pt->x, pt->y), chart_rgb (&series.colour)), <=, 2);
        checked++;
      }
  g_assert_cmpuint (checked, >=, 12);
  cairo_surface_destroy (surface);
}

static double
ink_fraction (cairo_surface_t       *surface,
              const GroveRadarPoint *points,
              guint                  n,
              double                 scale,
              double                 cx,
              double                 cy,
              guint32                background)
{
  guint inked = 0, total = 0;

  for (guint a = 0; a < n; a++)
    {
      const GroveRadarPoint *p = &points[a], *q = &points[(a + 1) % n];

      /* Stay clear of the spokes at either end of the edge. */
      for (double t = 0.15; t <= 0.85; t += 0.01, total++)
        {
          double x = cx + scale * (p->x + t * (q->x - p->x) - cx);
          double y = cy + scale * (p->y + t * (q->y - p->y) - cy);

          inked += chart_pixel_distance (chart_pixel (surface, x, y), background) > 60;
        }
    }
  return (double) inked / total;
}

static void
test_target_ring (void)
{
  g_autoptr(Sample) sample = sample_new (6, FALSE);
  g_autoptr(GroveRadarLayout) layout = NULL;
  cairo_surface_t *surface;
  GroveChartStyle style;
  guint32 background;

  for (guint s = 0; s < 3; s++)
    sample->series[s].hidden = TRUE;
  layout = grove_radar_layout_new (&sample->data, NULL, 800, 600);
  surface = render (&sample->data, 800, 600);
  grove_chart_style_init (&style, GROVE_CHART_THEME_LIGHT);
  background = chart_rgb (&style.background);

  g_assert_nonnull (layout->target_points);
  /* The dotted ring is inked along the target, and not a little inside it. */
  g_assert_cmpfloat (ink_fraction (surface, layout->target_points, 6, 1.0, layout->cx, layout->cy, background),
                     >=, 0.3);
  g_assert_cmpfloat (ink_fraction (surface, layout->target_points, 6, 0.9, layout->cx, layout->cy, background),
                     <=, 0.02);
  cairo_surface_destroy (surface);
}

/* Series 0 has no value on axis 3: nothing of it may be drawn out along that
 * axis, neither a marker nor a fill reaching towards the centre. */
static void
test_missing_value_is_a_gap (void)
{
  g_autoptr(Sample) sample = sample_new (6, FALSE);
  g_autoptr(GroveRadarLayout) layout = NULL;
  cairo_surface_t *with, *without;
  double ux, uy;

  g_assert_true (isnan (sample->series[0].values[3]));
  sample->data.targets = NULL;
  sample->series[1].hidden = sample->series[2].hidden = TRUE;
  layout = grove_radar_layout_new (&sample->data, NULL, 800, 600);
  g_assert_false (layout->points[3].valid);
  with = render (&sample->data, 800, 600);
  sample->series[0].hidden = TRUE;
  without = render (&sample->data, 800, 600);

  _grove_radar_direction (3, 6, &ux, &uy);
  for (double f = 0.4; f <= 1.0; f += 0.02)
    {
      double x = layout->cx + f * layout->radius * ux + 3 * -uy;
      double y = layout->cy + f * layout->radius * uy + 3 * ux;

      g_assert_cmphex (chart_pixel (with, x, y), ==, chart_pixel (without, x, y));
    }
  cairo_surface_destroy (with);
  cairo_surface_destroy (without);
}

static void
test_hidden_series_not_drawn (void)
{
  g_autoptr(Sample) sample = sample_new (6, FALSE);
  g_autoptr(GroveRadarLayout) shown = grove_radar_layout_new (&sample->data, NULL, 800, 600);
  g_autoptr(GroveRadarLayout) layout = NULL;
  cairo_surface_t *surface;
  GroveChartSeriesStyle series;
  GroveChartStyle style;

  sample->series[1].hidden = TRUE;
  layout = grove_radar_layout_new (&sample->data, NULL, 800, 600);
  surface = render (&sample->data, 800, 600);
  grove_chart_style_init (&style, GROVE_CHART_THEME_LIGHT);
  grove_chart_style_get_series (&style, 1, &series);
  for (guint a = 0; a < 6; a++)
    {
      const GroveRadarPoint *pt = &shown->points[6 + a];

      g_assert_false (layout->points[6 + a].valid);
      g_assert_cmpint (chart_pixel_distance (chart_pixel (surface, pt->x, pt->y), chart_rgb (&series.colour)), >, 40);
    }
  /* Still in the legend, so that it can be shown again. */
  g_assert_cmpfloat (layout->legend_rects[1].width, >, 0);
  cairo_surface_destroy (surface);
}

static void
assert_inside_canvas (const cairo_rectangle_t *r,
                      double                   width,
                      double                   height,
                      const char              *what)
{
  if (r->x < -0.01 || r->y < -0.01 || r->x + r->width > width + 0.01 || r->y + r->height > height + 0.01)
    g_error ("%s (%.1f,%.1f %.1f×%.1f) leaves the %.0f×%.0f canvas", what, r->x, r->y, r->width, r->height,
             width, height);
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

static gboolean
rects_intersect (const cairo_rectangle_t *a,
                 const cairo_rectangle_t *b)
{
  return a->width > 0 && b->width > 0 && a->x < b->x + b->width && b->x < a->x + a->width &&
         a->y < b->y + b->height && b->y < a->y + a->height;
}

static void
check_layout (const GroveRadarLayout *layout,
              double                  width,
              double                  height)
{
  guint shown = 0;

  g_assert_cmpfloat (layout->radius, >, 0);
  g_assert_cmpfloat (layout->cx - layout->radius, >=, 0);
  g_assert_cmpfloat (layout->cx + layout->radius, <=, width);
  g_assert_cmpfloat (layout->cy - layout->radius, >=, 0);
  g_assert_cmpfloat (layout->cy + layout->radius, <=, height);
  assert_inside_canvas (&layout->legend_bounds, width, height, "the legend");
  for (guint s = 0; s < layout->n_series; s++)
    assert_inside_canvas (&layout->legend_rects[s], width, height, "a legend entry");

  for (guint a = 0; a < layout->n_axes; a++)
    {
      const cairo_rectangle_t *r = &layout->label_rects[a];

      /* Only the smallest canvases may leave labels out, to be shown on
       * pointing; and even they label at least every fourth axis. */
      if (r->width <= 0)
        {
          g_assert_cmpfloat (width, <, 640);
          continue;
        }
      shown++;
      assert_inside_canvas (r, width, height, "a label");
      if (distance_to_rect (r, layout->cx, layout->cy) < layout->radius)
        g_error ("label %u overlaps the plot", a);
      g_assert_false (rects_intersect (r, &layout->legend_bounds));
      g_assert_false (rects_intersect (r, &layout->title_rect));
      for (guint s = 0; s < layout->n_series; s++)
        g_assert_false (rects_intersect (r, &layout->legend_rects[s]));
      for (guint b = a + 1; b < layout->n_axes; b++)
        if (rects_intersect (r, &layout->label_rects[b]))
          g_error ("labels %u and %u overlap", a, b);
    }
  g_assert_false (distance_to_rect (&layout->legend_bounds, layout->cx, layout->cy) < layout->radius);
  g_assert_cmpuint (shown * 4, >=, layout->n_axes);
}

/* Every number of axes at every size, with the longest labels the
 * framework has: no label may touch another, the plot or the legend, and
 * none may leave the canvas. */
static void
test_labels_fit (void)
{
  static const guint axes[] = { 3, 4, 6, 12, 22, 40 };
  static const struct { int width, height; } sizes[] = {
    { 320, 240 }, { 640, 480 }, { 1280, 720 }, { 1920, 1080 }, { 3840, 2160 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (axes); i++)
    for (guint j = 0; j < G_N_ELEMENTS (sizes); j++)
      for (int titled = 0; titled <= 1; titled++)
        {
          g_autoptr(Sample) sample = sample_new (axes[i], TRUE);
          g_autoptr(GroveRadarLayout) layout = NULL;

          if (titled)
            sample->data.title = "Learning culture across the organisation, spring round";
          layout = grove_radar_layout_new (&sample->data, NULL, sizes[j].width, sizes[j].height);
          g_test_message ("%u axes at %d×%d: radius %.0f, font %.1f", axes[i], sizes[j].width, sizes[j].height,
                          layout->radius, layout->font_size);
          check_layout (layout, sizes[j].width, sizes[j].height);
        }
}

/* Portrait and square canvases put the legend below the plot. */
static void
test_legend_placement (void)
{
  g_autoptr(Sample) sample = sample_new (6, FALSE);
  g_autoptr(GroveRadarLayout) wide = grove_radar_layout_new (&sample->data, NULL, 1600, 900);
  g_autoptr(GroveRadarLayout) tall = grove_radar_layout_new (&sample->data, NULL, 600, 900);

  g_assert_true (wide->legend_beside);
  g_assert_cmpfloat (wide->legend_bounds.x, >, wide->cx + wide->radius);
  g_assert_false (tall->legend_beside);
  g_assert_cmpfloat (tall->legend_bounds.y, >, tall->cy + tall->radius);
  check_layout (wide, 1600, 900);
  check_layout (tall, 600, 900);
}

static void
test_hit_testing (void)
{
  g_autoptr(Sample) sample = sample_new (6, FALSE);
  g_autoptr(GroveRadarLayout) layout = grove_radar_layout_new (&sample->data, NULL, 1280, 720);
  const GroveRadarPoint *pt = &layout->points[2 * 6 + 4];
  const cairo_rectangle_t *entry = &layout->legend_rects[1];
  const cairo_rectangle_t *label = &layout->label_rects[5];
  guint series = 99, axis = 99;

  g_assert_true (grove_radar_layout_hit_test (layout, pt->x + 2, pt->y - 1, 8, &series, &axis));
  g_assert_cmpuint (series, ==, 2);
  g_assert_cmpuint (axis, ==, 4);
  g_assert_false (grove_radar_layout_hit_test (layout, 1, 1, 8, NULL, NULL));
  g_assert_cmpint (grove_radar_layout_legend_at (layout, entry->x + entry->width / 2, entry->y + entry->height / 2),
                   ==, 1);
  g_assert_cmpint (grove_radar_layout_legend_at (layout, 1, 1), ==, -1);
  g_assert_cmpint (grove_radar_layout_axis_at (layout, label->x + 1, label->y + 1), ==, 5);
}

static void
test_dark_background (void)
{
  g_autoptr(Sample) sample = sample_new (6, FALSE);
  cairo_surface_t *surface;
  GroveChartColour pixel;
  guint32 rgb;

  sample->data.theme = GROVE_CHART_THEME_DARK;
  surface = render (&sample->data, 640, 480);
  rgb = chart_pixel (surface, 2, 2);
  pixel = (GroveChartColour) { (rgb >> 16 & 0xff) / 255.0, (rgb >> 8 & 0xff) / 255.0, (rgb & 0xff) / 255.0 };
  g_assert_cmpfloat (grove_chart_colour_luminance (&pixel), <, 0.05);
  cairo_surface_destroy (surface);
}

static void
svg_start_element (GMarkupParseContext  *context,
                   const char           *element,
                   const char          **names,
                   const char          **values,
                   gpointer              user_data,
                   GError              **error)
{
  double *size = user_data;

  if (g_markup_parse_context_get_element_stack (context)->next != NULL)
    return;
  g_assert_cmpstr (element, ==, "svg");
  for (guint i = 0; names[i] != NULL; i++)
    if (g_str_equal (names[i], "width"))
      size[0] = g_ascii_strtod (values[i], NULL);
    else if (g_str_equal (names[i], "height"))
      size[1] = g_ascii_strtod (values[i], NULL);
}

static void
test_svg_and_pdf (void)
{
  g_autoptr(Sample) sample = sample_new (6, FALSE);
  g_autofree char *dir = g_dir_make_tmp ("grove-radar-XXXXXX", NULL);
  g_autofree char *svg_path = g_build_filename (dir, "radar.svg", NULL);
  g_autofree char *pdf_path = g_build_filename (dir, "radar.pdf", NULL);
  g_autofree char *png_path = g_build_filename (dir, "radar.png", NULL);
  g_autofree char *svg = NULL, *pdf = NULL;
  GMarkupParser parser = { svg_start_element, NULL, NULL, NULL, NULL };
  GMarkupParseContext *context;
  g_autoptr(GError) error = NULL;
  double size[2] = { 0, 0 };
  gsize pdf_length;

  g_assert_true (grove_radar_write_svg (&sample->data, 640, 480, svg_path, &error));
  g_assert_no_error (error);
  g_assert_true (grove_radar_write_pdf (&sample->data, 640, 480, pdf_path, &error));
  g_assert_true (grove_radar_write_png (&sample->data, 640, 480, png_path, &error));

  g_assert_true (g_file_get_contents (svg_path, &svg, NULL, NULL));
  context = g_markup_parse_context_new (&parser, 0, size, NULL);
  g_assert_true (g_markup_parse_context_parse (context, svg, -1, &error));
  g_assert_true (g_markup_parse_context_end_parse (context, &error));
  g_assert_no_error (error);
  g_markup_parse_context_free (context);
  g_assert_cmpfloat (size[0], ==, 640);
  g_assert_cmpfloat (size[1], ==, 480);

  g_assert_true (g_file_get_contents (pdf_path, &pdf, &pdf_length, NULL));
  g_assert_true (g_str_has_prefix (pdf, "%PDF-"));
  /* Binary streams hold NUL bytes: look at the end by length. */
  while (pdf_length > 0 && g_ascii_isspace (pdf[pdf_length - 1]))
    pdf_length--;
  g_assert_cmpuint (pdf_length, >, 5);
  g_assert_cmpmem (pdf + pdf_length - 5, 5, "%%EOF", 5);

  g_assert_cmpint (g_remove (svg_path), ==, 0);
  g_assert_cmpint (g_remove (pdf_path), ==, 0);
  g_assert_cmpint (g_remove (png_path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* A chart shows a team's results: it is private whatever the umask, even
 * when it replaces a file anyone could read, and nothing is left beside it. */
static void
test_private_file (void)
{
  g_autoptr(Sample) sample = sample_new (6, FALSE);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("grove-radar-XXXXXX", NULL);
  g_autofree char *png_path = g_build_filename (dir, "radar.png", NULL);
  g_autofree char *png = NULL;
  GStatBuf st;
  mode_t saved = umask (022);

  g_assert_true (g_file_set_contents_full (png_path, "old", -1, G_FILE_SET_CONTENTS_NONE, 0644, NULL));
  g_assert_true (grove_radar_write_png (&sample->data, 640, 480, png_path, &error));
  g_assert_no_error (error);
  umask (saved);

  g_assert_cmpint (g_stat (png_path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_true (g_file_get_contents (png_path, &png, NULL, NULL));
  g_assert_cmpmem (png, 4, "\x89PNG", 4);
  g_assert_cmpint (g_remove (png_path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
test_write_error (void)
{
  g_autoptr(Sample) sample = sample_new (6, FALSE);
  g_autoptr(GError) error = NULL;

  g_assert_false (grove_radar_write_png (&sample->data, 640, 480, "/nonexistent/grove/radar.png", &error));
  g_assert_error (error, GROVE_CHART_ERROR, GROVE_CHART_ERROR_WRITE);
  g_assert_nonnull (strstr (error->message, "/nonexistent/grove/radar.png"));
  g_clear_error (&error);
  g_assert_false (grove_radar_write_svg (&sample->data, 640, 480, "/nonexistent/grove/radar.svg", &error));
  g_assert_error (error, GROVE_CHART_ERROR, GROVE_CHART_ERROR_WRITE);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/chart/radar/points-have-series-colour", test_points_have_series_colour);
  g_test_add_func ("/chart/radar/target-ring", test_target_ring);
  g_test_add_func ("/chart/radar/missing-value-is-a-gap", test_missing_value_is_a_gap);
  g_test_add_func ("/chart/radar/hidden-series-not-drawn", test_hidden_series_not_drawn);
  g_test_add_func ("/chart/radar/labels-fit", test_labels_fit);
  g_test_add_func ("/chart/radar/legend-placement", test_legend_placement);
  g_test_add_func ("/chart/radar/hit-testing", test_hit_testing);
  g_test_add_func ("/chart/radar/dark-background", test_dark_background);
  g_test_add_func ("/chart/radar/svg-and-pdf", test_svg_and_pdf);
  g_test_add_func ("/chart/radar/private-file", test_private_file);
  g_test_add_func ("/chart/radar/write-error", test_write_error);

  return g_test_run ();
}
