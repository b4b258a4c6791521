/* grove-chart-output.c: one drawing, three file formats
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "grove-chart-output.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <sys/stat.h>
#include <unistd.h>

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

/* A chart shows a team's results: it is written to a private temporary
 * file beside the target, 0600 whatever the umask, and renamed over the
 * target only when complete, so a full disk never leaves half a chart. */
typedef struct {
  int fd;
  int saved_errno;
} Output;

static cairo_status_t
write_cb (void                *closure,
          const unsigned char *data,
          unsigned int         length)
{
  Output *out = closure;

  while (length > 0)
    {
      ssize_t written = write (out->fd, data, length);

      if (written < 0 && errno == EINTR)
        continue;
      if (written <= 0)
        {
          out->saved_errno = written < 0 ? errno : ENOSPC;
          return CAIRO_STATUS_WRITE_ERROR;
        }
      data += written;
      length -= (unsigned int) written;
    }
  return CAIRO_STATUS_SUCCESS;
}

static cairo_surface_t *
surface_new (GroveChartFormat  format,
             int               width,
             int               height,
             Output           *out)
{
  switch (format)
    {
    case GROVE_CHART_FORMAT_SVG:
      {
        cairo_surface_t *surface = cairo_svg_surface_create_for_stream (write_cb, out, width, height);

        /* Pixels rather than points, so that an SVG opened in a browser has
         * the size that was asked for. */
        cairo_svg_surface_set_document_unit (surface, CAIRO_SVG_UNIT_PX);
        return surface;
      }
    case GROVE_CHART_FORMAT_PDF:
      return cairo_pdf_surface_create_for_stream (write_cb, out, width, height);
    case GROVE_CHART_FORMAT_PNG:
    default:
      return cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
    }
}

static gboolean
set_write_error (GError         **error,
                 const char      *path,
                 const char      *detail)
{
  g_set_error (error, GROVE_CHART_ERROR, GROVE_CHART_ERROR_WRITE,
               _("Could not write the chart to “%s”: %s. Check that the folder exists and that you may write to it."),
               path, detail);
  return FALSE;
}

static cairo_status_t
draw_to (GroveChartFormat     format,
         GroveChartDrawFunc   draw,
         gconstpointer        data,
         int                  width,
         int                  height,
         Output              *out)
{
  cairo_surface_t *surface = surface_new (format, width, height, out);
  cairo_status_t status;
  cairo_t *cr = cairo_create (surface);

  draw (data, cr, width, height);
  status = cairo_status (cr);
  cairo_destroy (cr);

  if (status == CAIRO_STATUS_SUCCESS && format == GROVE_CHART_FORMAT_PNG)
    status = cairo_surface_write_to_png_stream (surface, write_cb, out);
  /* SVG and PDF write when the surface finishes, so that is when a full disk
   * shows. */
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  return status;
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
  g_autofree char *temp = NULL;
  Output out = { -1, 0 };
  cairo_status_t status;

  g_return_val_if_fail (draw != NULL && path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (width <= 0 || height <= 0)
    {
      g_set_error (error, GROVE_CHART_ERROR, GROVE_CHART_ERROR_FORMAT,
                   _("A chart cannot be %d by %d: both sides must be at least one pixel."), width, height);
      return FALSE;
    }

  temp = g_strconcat (path, ".XXXXXX", NULL);
  out.fd = g_mkstemp_full (temp, O_WRONLY | O_CLOEXEC, 0600);
  if (out.fd < 0)
    return set_write_error (error, path, g_strerror (errno));
  fchmod (out.fd, 0600);

  status = draw_to (format, draw, data, width, height, &out);
  if (status == CAIRO_STATUS_SUCCESS && fsync (out.fd) != 0)
    out.saved_errno = errno;
  if (close (out.fd) != 0 && out.saved_errno == 0)
    out.saved_errno = errno;
  if (status == CAIRO_STATUS_SUCCESS && out.saved_errno == 0 && g_rename (temp, path) != 0)
    out.saved_errno = errno;

  if (status != CAIRO_STATUS_SUCCESS || out.saved_errno != 0)
    {
      g_unlink (temp);
      return set_write_error (error, path, out.saved_errno != 0 ? g_strerror (out.saved_errno)
                                                                : cairo_status_to_string (status));
    }
  return TRUE;
}
