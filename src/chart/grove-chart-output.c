/* grove-chart-output.c: one drawing, three file formats
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "grove-chart-output.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <glib/gi18n-lib.h>

G_DEFINE_QUARK (grove-chart-error-quark, grove_chart_error)

gboolean
grove_chart_format_for_path (const char       *path,
                             GroveChartFormat *format)
{
  g_autofree char *lower = NULL;

  g_return_val_if_fail (path != NULL && format != NULL, FALSE);

  lower = g_ascii_strdown (path, -1);
  if (g_str_has_suffix (lower, ".png"))
    *format = GROVE_CHART_FORMAT_PNG;
  else if (g_str_has_suffix (lower, ".svg"))
    *format = GROVE_CHART_FORMAT_SVG;
  else if (g_str_has_suffix (lower, ".pdf"))
    *format = GROVE_CHART_FORMAT_PDF;
  else
    return FALSE;
  return TRUE;
}

static cairo_surface_t *
surface_new (GroveChartFormat  format,
             int               width,
             int               height,
             const char       *path)
{
  switch (format)
    {
    case GROVE_CHART_FORMAT_SVG:
      {
        cairo_surface_t *surface = cairo_svg_surface_create (path, width, height);

        /* Pixels rather than points, so that an SVG opened in a browser has
         * the size that was asked for. */
        cairo_svg_surface_set_document_unit (surface, CAIRO_SVG_UNIT_PX);
        return surface;
      }
    case GROVE_CHART_FORMAT_PDF:
      return cairo_pdf_surface_create (path, width, height);
    case GROVE_CHART_FORMAT_PNG:
    default:
      return cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
    }
}

static gboolean
set_write_error (GError         **error,
                 const char      *path,
                 cairo_status_t   status)
{
  g_set_error (error, GROVE_CHART_ERROR, GROVE_CHART_ERROR_WRITE,
               _("Could not write the chart to “%s”: %s. Check that the folder exists and that you may write to it."),
               path, cairo_status_to_string (status));
  return FALSE;
}

gboolean
grove_chart_write (GroveChartFormat     format,
                   GroveChartDrawFunc   draw,
                   gconstpointer        data,
                   int                  width,
                   int                  height,
                   const char          *path,
                   GError             **error)
{
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  g_return_val_if_fail (draw != NULL && path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (width <= 0 || height <= 0)
    {
      g_set_error (error, GROVE_CHART_ERROR, GROVE_CHART_ERROR_FORMAT,
                   _("A chart cannot be %d by %d: both sides must be at least one pixel."), width, height);
      return FALSE;
    }

  surface = surface_new (format, width, height, path);
  cr = cairo_create (surface);
  draw (data, cr, width, height);
  status = cairo_status (cr);
  cairo_destroy (cr);

  if (status == CAIRO_STATUS_SUCCESS && format == GROVE_CHART_FORMAT_PNG)
    status = cairo_surface_write_to_png (surface, path);
  /* SVG and PDF write when the surface finishes, so that is when a full disk
   * or a missing folder shows. */
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    return set_write_error (error, path, status);
  return TRUE;
}
