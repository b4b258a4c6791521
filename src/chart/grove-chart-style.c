/* grove-chart-style.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "grove-chart-style.h"

#include <math.h>

#define RGB(hex) { ((hex) >> 16 & 0xff) / 255.0, ((hex) >> 8 & 0xff) / 255.0, ((hex) & 0xff) / 255.0 }

/* Based on the Okabe–Ito palette, which stays distinguishable with every
 * common colour-vision deficiency. Its sky blue and orange fall below 3:1
 * on white (WCAG 1.4.11), so the light theme uses a neutral grey and a dark
 * amber instead; the dark theme lightens the hues for the same reason. */
static const GroveChartColour light_series[] = {
  RGB (0x0072b2), RGB (0xd55e00), RGB (0x009e73), RGB (0xcc79a7), RGB (0x5e5c64), RGB (0x9a6b00),
};
static const GroveChartColour dark_series[] = {
  RGB (0x56b4e9), RGB (0xff8c42), RGB (0x2ed8a3), RGB (0xe7a3c9), RGB (0x9ad3f5), RGB (0xf0c05a),
};
static const GroveChartColour contrast_series[] = {
  RGB (0x00449e), RGB (0xa33a00), RGB (0x006b4e), RGB (0x8f2f6b), RGB (0x000000), RGB (0x6b4c00),
};

static const double dash_long[] = { 8.0, 4.0 };
static const double dash_short[] = { 3.0, 3.0 };
static const double dash_mixed[] = { 8.0, 3.0, 2.0, 3.0 };

static const struct {
  GroveChartMarker  marker;
  const double     *dashes;
  int               n_dashes;
} shapes[] = {
  { GROVE_CHART_MARKER_CIRCLE, NULL, 0 },
  { GROVE_CHART_MARKER_SQUARE, dash_long, G_N_ELEMENTS (dash_long) },
  { GROVE_CHART_MARKER_DIAMOND, dash_short, G_N_ELEMENTS (dash_short) },
  { GROVE_CHART_MARKER_TRIANGLE, dash_mixed, G_N_ELEMENTS (dash_mixed) },
  { GROVE_CHART_MARKER_CROSS, NULL, 0 },
  { GROVE_CHART_MARKER_STAR, dash_long, G_N_ELEMENTS (dash_long) },
};

G_STATIC_ASSERT (G_N_ELEMENTS (light_series) == G_N_ELEMENTS (shapes));
G_STATIC_ASSERT (G_N_ELEMENTS (dark_series) == G_N_ELEMENTS (shapes));
G_STATIC_ASSERT (G_N_ELEMENTS (contrast_series) == G_N_ELEMENTS (shapes));

void
grove_chart_style_init (GroveChartStyle *style,
                        GroveChartTheme  theme)
{
  static const GroveChartColour white = RGB (0xffffff), black = RGB (0x000000);
  static const GroveChartColour ink = RGB (0x1e1e1e), paper_dark = RGB (0x242424), chalk = RGB (0xf6f5f4);
  static const GroveChartColour grid_light = RGB (0xc0bfbc), grid_dark = RGB (0x5e5c64);

  g_return_if_fail (style != NULL);

  style->theme = theme;
  switch (theme)
    {
    case GROVE_CHART_THEME_DARK:
      style->background = paper_dark;
      style->foreground = chalk;
      style->grid = grid_dark;
      style->fill_alpha = 0.25;
      break;
    case GROVE_CHART_THEME_HIGH_CONTRAST:
      style->background = white;
      style->foreground = black;
      style->grid = black;
      style->fill_alpha = 0.12;
      break;
    case GROVE_CHART_THEME_LIGHT:
    default:
      style->background = white;
      style->foreground = ink;
      style->grid = grid_light;
      style->fill_alpha = 0.18;
      break;
    }
}

guint
grove_chart_style_n_series (void)
{
  return G_N_ELEMENTS (shapes);
}

/* Beyond the sixth series the look repeats; charts with more series than
 * that are unreadable anyway and say so with their legend. */
void
grove_chart_style_get_series (const GroveChartStyle *style,
                              guint                  index,
                              GroveChartSeriesStyle *series)
{
  guint i = index % G_N_ELEMENTS (shapes);

  g_return_if_fail (style != NULL && series != NULL);

  switch (style->theme)
    {
    case GROVE_CHART_THEME_DARK:
      series->colour = dark_series[i];
      break;
    case GROVE_CHART_THEME_HIGH_CONTRAST:
      series->colour = contrast_series[i];
      break;
    case GROVE_CHART_THEME_LIGHT:
    default:
      series->colour = light_series[i];
      break;
    }
  series->marker = shapes[i].marker;
  series->dashes = shapes[i].dashes;
  series->n_dashes = shapes[i].n_dashes;
}

static double
linear (double channel)
{
  return channel <= 0.04045 ? channel / 12.92 : pow ((channel + 0.055) / 1.055, 2.4);
}

/* Relative luminance as WCAG 2 defines it. */
double
grove_chart_colour_luminance (const GroveChartColour *colour)
{
  return 0.2126 * linear (colour->red) + 0.7152 * linear (colour->green) + 0.0722 * linear (colour->blue);
}

double
grove_chart_colour_contrast (const GroveChartColour *a,
                             const GroveChartColour *b)
{
  double la = grove_chart_colour_luminance (a);
  double lb = grove_chart_colour_luminance (b);

  return (MAX (la, lb) + 0.05) / (MIN (la, lb) + 0.05);
}

void
grove_chart_set_source_colour (cairo_t                *cr,
                               const GroveChartColour *colour,
                               double                  alpha)
{
  cairo_set_source_rgba (cr, colour->red, colour->green, colour->blue, alpha);
}

static void
star_path (cairo_t *cr,
           double   x,
           double   y,
           double   r)
{
  for (int i = 0; i < 10; i++)
    {
      double angle = -G_PI / 2 + i * G_PI / 5;
      double radius = i % 2 == 0 ? r : r * 0.45;

      cairo_line_to (cr, x + radius * cos (angle), y + radius * sin (angle));
    }
  cairo_close_path (cr);
}

void
grove_chart_draw_marker (cairo_t          *cr,
                         GroveChartMarker  marker,
                         double            x,
                         double            y,
                         double            size)
{
  double r = size / 2.0;

  cairo_new_sub_path (cr);
  switch (marker)
    {
    case GROVE_CHART_MARKER_SQUARE:
      cairo_rectangle (cr, x - r * 0.85, y - r * 0.85, r * 1.7, r * 1.7);
      break;
    case GROVE_CHART_MARKER_DIAMOND:
      cairo_move_to (cr, x, y - r);
      cairo_line_to (cr, x + r, y);
      cairo_line_to (cr, x, y + r);
      cairo_line_to (cr, x - r, y);
      cairo_close_path (cr);
      break;
    case GROVE_CHART_MARKER_TRIANGLE:
      cairo_move_to (cr, x, y - r);
      cairo_line_to (cr, x + r * 0.95, y + r * 0.75);
      cairo_line_to (cr, x - r * 0.95, y + r * 0.75);
      cairo_close_path (cr);
      break;
    case GROVE_CHART_MARKER_CROSS:
      {
        double t = r * 0.35;

        cairo_move_to (cr, x - t, y - r);
        cairo_line_to (cr, x + t, y - r);
        cairo_line_to (cr, x + t, y - t);
        cairo_line_to (cr, x + r, y - t);
        cairo_line_to (cr, x + r, y + t);
        cairo_line_to (cr, x + t, y + t);
        cairo_line_to (cr, x + t, y + r);
        cairo_line_to (cr, x - t, y + r);
        cairo_line_to (cr, x - t, y + t);
        cairo_line_to (cr, x - r, y + t);
        cairo_line_to (cr, x - r, y - t);
        cairo_line_to (cr, x - t, y - t);
        cairo_close_path (cr);
      }
      break;
    case GROVE_CHART_MARKER_STAR:
      star_path (cr, x, y, r);
      break;
    case GROVE_CHART_MARKER_CIRCLE:
    default:
      cairo_arc (cr, x, y, r, 0, 2 * G_PI);
      break;
    }
  cairo_fill (cr);
}
