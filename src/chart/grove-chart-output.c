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

static cairo_status_t
append_bytes (void                *closure,
              const unsigned char *bytes,
              unsigned int         length)
{
  g_byte_array_append (closure, bytes, length);
  return CAIRO_STATUS_SUCCESS;
}

/* Drawn into memory rather than by cairo into the file: cairo would create
 * the file with whatever mode the umask leaves, and a chart of a team's
 * answers is personal data. */
static cairo_surface_t *
surface_new (GroveChartFormat  format,
             int               width,
             int               height,
             GByteArray       *bytes)
{
  switch (format)
    {
    case GROVE_CHART_FORMAT_SVG:
      {
        cairo_surface_t *surface = cairo_svg_surface_create_for_stream (append_bytes, bytes, width, height);

        /* Pixels rather than points, so that an SVG opened in a browser has
         * the size that was asked for. */
        cairo_svg_surface_set_document_unit (surface, CAIRO_SVG_UNIT_PX);
        return surface;
      }
    case GROVE_CHART_FORMAT_PDF:
      return cairo_pdf_surface_create_for_stream (append_bytes, bytes, width, height);
    case GROVE_CHART_FORMAT_PNG:
    default:
      return cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
    }
}

static gboolean
set_write_error (GError     **error,
                 const char  *path,
                 const char  *reason)
{
  g_set_error (error, GROVE_CHART_ERROR, GROVE_CHART_ERROR_WRITE,
               _("Could not write the chart to “%s”: %s. Check that the folder exists and that you may write to it."),
               path, reason);
  return FALSE;
}

/* Written beside the target and renamed over it, so that a failed write
 * leaves no half chart; the mode is set on the descriptor, since the umask
 * may take bits from the one asked for at creation. */
static gboolean
write_private (const char  *path,
               GByteArray  *bytes,
               GError     **error)
{
  g_autofree char *temporary = g_strconcat (path, ".XXXXXX", NULL);
  gsize written = 0;
  int saved_errno = 0;
  int fd;

  fd = g_mkstemp_full (temporary, O_WRONLY, 0600);
  if (fd < 0)
    return set_write_error (error, path, g_strerror (errno));

  if (fchmod (fd, 0600) != 0)
    saved_errno = errno;
  while (saved_errno == 0 && written < bytes->len)
    {
      gssize n = write (fd, bytes->data + written, bytes->len - written);

      if (n < 0 && errno != EINTR)
        saved_errno = errno;
      else if (n > 0)
        written += (gsize) n;
    }
  if (fsync (fd) != 0 && saved_errno == 0)
    saved_errno = errno;
  if (close (fd) != 0 && saved_errno == 0)
    saved_errno = errno;
  if (saved_errno == 0 && g_rename (temporary, path) != 0)
    saved_errno = errno;

  if (saved_errno != 0)
    {
      g_unlink (temporary);
      return set_write_error (error, path, g_strerror (saved_errno));
    }
  return TRUE;
}

/**
 * grove_chart_write:
 *
 * The file is created with mode 0600 whatever the umask: charts show
 * people's answers.
 */
gboolean
grove_chart_write (GroveChartFormat     format,
                   GroveChartDrawFunc   draw,
                   gconstpointer        data,
                   int                  width,
                   int                  height,
                   const char          *path,
                   GError             **error)
{
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
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

  surface = surface_new (format, width, height, bytes);
  cr = cairo_create (surface);
  draw (data, cr, width, height);
  status = cairo_status (cr);
  cairo_destroy (cr);

  if (status == CAIRO_STATUS_SUCCESS && format == GROVE_CHART_FORMAT_PNG)
    status = cairo_surface_write_to_png_stream (surface, append_bytes, bytes);
  /* SVG and PDF are complete only once the surface finishes. */
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    return set_write_error (error, path, cairo_status_to_string (status));
  return write_private (path, bytes, error);
}
