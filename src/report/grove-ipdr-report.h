/* grove-ipdr-report.h: the printable IPDR record
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <glib.h>

#include "grove-store.h"

G_BEGIN_DECLS

#define GROVE_TYPE_IPDR_REPORT (grove_ipdr_report_get_type ())
G_DECLARE_FINAL_TYPE (GroveIpdrReport, grove_ipdr_report, GROVE, IPDR_REPORT, GObject)

GroveIpdrReport *grove_ipdr_report_new      (GroveStore       *store,
                                             gint64            ipdr_id,
                                             GError          **error);
/* Draws the record on `cr`, one A4 page per cairo_show_page(); returns
 * the number of pages. `total` is the page count for the footers, 0 when
 * not known yet. */
guint            grove_ipdr_report_render   (GroveIpdrReport  *self,
                                             cairo_t          *cr,
                                             guint             total);
/* Draws page `page` (from 1) alone, without cairo_show_page(); a page past
 * the end draws nothing. */
void             grove_ipdr_report_render_page (GroveIpdrReport *self,
                                                cairo_t         *cr,
                                                guint            page,
                                                guint            total);
guint            grove_ipdr_report_count_pages (GroveIpdrReport *self);
gboolean         grove_ipdr_report_save_pdf (GroveIpdrReport  *self,
                                             const char       *path,
                                             GError          **error);

G_END_DECLS
