/* bench-radar.c: how long one radar chart takes to lay out and draw
 *
 * Renders a 6-axis, 3-series chart at 1920×1080 to an image surface N times
 * (default 200) and prints the median time per render, layout included:
 * the wall-clock time, and the processor time of this thread, which a busy
 * machine disturbs much less when comparing two versions.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <stdlib.h>
#include <time.h>

#include "chart-samples.h"

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
thread_ms (void)
{
  struct timespec now;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &now);
  return now.tv_sec * 1e3 + now.tv_nsec / 1e6;
}

int
main (int    argc,
      char **argv)
{
  int runs = argc > 1 ? MAX (atoi (argv[1]), 1) : 200;
  g_autofree double *times = g_new0 (double, runs);
  g_autofree double *cpu = g_new0 (double, runs);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1920, 1080);
  double values[18], targets[6];
  char *labels[7] = { NULL };
  GroveRadarSeries series[3];
  GroveRadarData data;

  sample_radar (&data, series, values, targets, labels, 6, FALSE);
  /* The first render loads fonts; it is not what a redraw costs. */
  for (int i = -3; i < runs; i++)
    {
      cairo_t *cr = cairo_create (surface);
      gint64 start = g_get_monotonic_time ();
      double cpu_start = thread_ms ();

      grove_radar_render (&data, cr, 1920, 1080);
      cairo_surface_flush (surface);
      if (i >= 0)
        {
          times[i] = (g_get_monotonic_time () - start) / 1000.0;
          cpu[i] = thread_ms () - cpu_start;
        }
      cairo_destroy (cr);
    }
  qsort (times, runs, sizeof (double), compare_doubles);
  qsort (cpu, runs, sizeof (double), compare_doubles);
  g_print ("radar 6 axes, 3 series, 1920x1080: median %.3f ms per render (%d runs, min %.3f, max %.3f); "
           "processor time median %.3f ms\n",
           times[runs / 2], runs, times[0], times[runs - 1], cpu[runs / 2]);

  for (guint a = 0; a < 6; a++)
    g_free (labels[a]);
  cairo_surface_destroy (surface);
  return 0;
}
