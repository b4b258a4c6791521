/* grove-report-writer.h: flowing text and tables onto A4 pages
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

/* A4 in PostScript points. */
#define GROVE_REPORT_PAGE_WIDTH  595.276
#define GROVE_REPORT_PAGE_HEIGHT 841.89

typedef struct _GroveReportWriter GroveReportWriter;

/* A table column: its share of the text width and its heading. */
typedef struct {
  double      share;
  const char *heading;
} GroveReportColumn;

/* Draws on `cr`, whose target takes pages with cairo_show_page(); the
 * footer says "Page N of `total`", or "Page N" when `total` is 0. */
GroveReportWriter *grove_report_writer_new        (cairo_t                 *cr,
                                                   const char              *footer,
                                                   guint                    total);
/* Lays out every page but draws only `page` (from 1), on a `cr` that takes
 * one page, such as a printer's; cairo_show_page() is never called. */
GroveReportWriter *grove_report_writer_new_for_page (cairo_t               *cr,
                                                     const char            *footer,
                                                     guint                  total,
                                                     guint                  page);
void               grove_report_writer_free       (GroveReportWriter       *self);

void               grove_report_writer_title      (GroveReportWriter       *self,
                                                   const char              *text);
void               grove_report_writer_heading    (GroveReportWriter       *self,
                                                   const char              *text);
/* A paragraph; `label` (nullable) is set in bold before it. */
void               grove_report_writer_paragraph  (GroveReportWriter       *self,
                                                   const char              *label,
                                                   const char              *text);
/* Rows are arrays of n_columns strings (NULL for empty). A row never
 * splits across pages; the headings repeat on each page. */
void               grove_report_writer_table      (GroveReportWriter       *self,
                                                   const GroveReportColumn *columns,
                                                   guint                    n_columns,
                                                   GPtrArray               *rows);
/* Two boxes side by side: a name, a date (nullable: a line to sign on). */
void               grove_report_writer_signatures (GroveReportWriter       *self,
                                                   const char              *labels[2],
                                                   const char              *names[2],
                                                   const char              *dates[2],
                                                   const char              *date_label);
/* Ends the last page and returns how many there were. */
guint              grove_report_writer_finish     (GroveReportWriter       *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GroveReportWriter, grove_report_writer_free)

G_END_DECLS
