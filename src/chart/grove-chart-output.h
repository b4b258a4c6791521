/* grove-chart-output.h: writing charts to PNG, SVG and PDF files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

#define GROVE_CHART_ERROR (grove_chart_error_quark ())

typedef enum {
  GROVE_CHART_ERROR_WRITE,
  GROVE_CHART_ERROR_FORMAT,
} GroveChartError;

typedef enum {
  GROVE_CHART_FORMAT_PNG,
  GROVE_CHART_FORMAT_SVG,
  GROVE_CHART_FORMAT_PDF,
} GroveChartFormat;

/* Draws one chart of the given size on cr; data is the chart's own struct. */
typedef void (*GroveChartDrawFunc) (gconstpointer  data,
                                    cairo_t       *cr,
                                    double         width,
                                    double         height);

GQuark   grove_chart_error_quark      (void);

/* Guesses the format from the file name's extension (.png, .svg, .pdf). */
gboolean grove_chart_format_for_path  (const char          *path,
                                       GroveChartFormat    *format);

/* Runs draw on a surface of the format and writes it to path. The size is in
 * pixels for PNG and in points (1/72 inch) for SVG and PDF. */
gboolean grove_chart_write            (GroveChartFormat     format,
                                       GroveChartDrawFunc   draw,
                                       gconstpointer        data,
                                       int                  width,
                                       int                  height,
                                       const char          *path,
                                       GError             **error);

G_END_DECLS
