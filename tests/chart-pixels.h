/* chart-pixels.h: reading pixels back from image surfaces in chart tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <glib.h>
#include <math.h>
#include <stdlib.h>

#include "grove-chart-style.h"

static inline guint32
chart_pixel (cairo_surface_t *surface,
             double           x,
             double           y)
{
  unsigned char *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  int ix = CLAMP ((int) floor (x), 0, cairo_image_surface_get_width (surface) - 1);
  int iy = CLAMP ((int) floor (y), 0, cairo_image_surface_get_height (surface) - 1);

  return *(guint32 *) (data + iy * stride + ix * 4) & 0x00ffffff;
}

static inline guint32
chart_rgb (const GroveChartColour *colour)
{
  return (guint32) (colour->red * 255 + 0.5) << 16 | (guint32) (colour->green * 255 + 0.5) << 8 |
         (guint32) (colour->blue * 255 + 0.5);
}

/* The largest difference of one channel between two pixels. */
static inline int
chart_pixel_distance (guint32 a,
                      guint32 b)
{
  int d = 0;

  for (int shift = 0; shift <= 16; shift += 8)
    d = MAX (d, abs ((int) (a >> shift & 0xff) - (int) (b >> shift & 0xff)));
  return d;
}

static inline cairo_surface_t *
chart_surface_new (int width,
                   int height)
{
  return cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
}
