/* chart-gallery.c: writes sample charts as PNG files to look at them
 *
 *   chart-gallery DIRECTORY
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "chart-samples.h"

static void
write_radar (const char      *dir,
             const char      *name,
             GroveChartTheme  theme,
             guint            n,
             gboolean         long_labels,
             int              width,
             int              height)
{
  g_autofree double *values = g_new0 (double, 3 * n);
  g_autofree double *targets = g_new0 (double, n);
  g_autofree char **labels = g_new0 (char *, n + 1);
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;
  GroveRadarSeries series[3];
  GroveRadarData data;

  sample_radar (&data, series, values, targets, labels, n, long_labels);
  data.theme = theme;
  data.title = n == 6 ? "Learning culture: Digital Services" : NULL;
  if (!grove_radar_write_png (&data, width, height, path, &error))
    g_printerr ("%s\n", error->message);
  else
    g_print ("%s\n", path);
  for (guint a = 0; a < n; a++)
    g_free (labels[a]);
}

static void
write_heatmap (const char      *dir,
               const char      *name,
               GroveChartTheme  theme,
               int              width,
               int              height)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;
  GroveHeatmapData data;
  double values[48];
  gboolean suppressed[48];

  sample_heatmap (&data, values, suppressed);
  data.theme = theme;
  data.title = width >= 640 ? "Learning culture by team" : NULL;
  if (!grove_heatmap_write_png (&data, width, height, path, &error))
    g_printerr ("%s\n", error->message);
  else
    g_print ("%s\n", path);
}

int
main (int    argc,
      char **argv)
{
  const char *dir = argc > 1 ? argv[1] : ".";

  write_radar (dir, "radar-6-light.png", GROVE_CHART_THEME_LIGHT, 6, FALSE, 1280, 720);
  write_radar (dir, "radar-6-dark.png", GROVE_CHART_THEME_DARK, 6, FALSE, 1280, 720);
  write_radar (dir, "radar-6-square.png", GROVE_CHART_THEME_LIGHT, 6, FALSE, 800, 800);
  write_radar (dir, "radar-6-contrast.png", GROVE_CHART_THEME_HIGH_CONTRAST, 6, FALSE, 1280, 720);
  write_radar (dir, "radar-22-long.png", GROVE_CHART_THEME_LIGHT, 22, TRUE, 1920, 1080);
  write_radar (dir, "radar-40-long.png", GROVE_CHART_THEME_LIGHT, 40, TRUE, 1920, 1080);
  write_radar (dir, "radar-6-small.png", GROVE_CHART_THEME_LIGHT, 6, FALSE, 320, 240);
  write_radar (dir, "radar-22-small.png", GROVE_CHART_THEME_LIGHT, 22, TRUE, 320, 240);
  write_radar (dir, "radar-3-long.png", GROVE_CHART_THEME_LIGHT, 3, TRUE, 640, 480);
  write_heatmap (dir, "heatmap-light.png", GROVE_CHART_THEME_LIGHT, 1280, 720);
  write_heatmap (dir, "heatmap-dark.png", GROVE_CHART_THEME_DARK, 1280, 720);
  write_heatmap (dir, "heatmap-narrow.png", GROVE_CHART_THEME_LIGHT, 640, 480);
  write_heatmap (dir, "heatmap-small.png", GROVE_CHART_THEME_LIGHT, 320, 240);
  return 0;
}
