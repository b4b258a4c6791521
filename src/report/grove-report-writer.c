/* grove-report-writer.c: flowing text and tables onto A4 pages
 *
 * Pango lays out every block at the text width first, so that the writer
 * knows its height before drawing it and can start a new page instead of
 * cutting it. Layouts are measured in PostScript points, whatever the
 * target's resolution, because the pages are printed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "grove-report-writer.h"

#define MARGIN       56.0
#define FOOTER_SPACE 28.0
#define CELL_PAD     4.0
#define FONT_FAMILY  "Cantarell, DejaVu Sans, sans-serif"

struct _GroveReportWriter {
  cairo_t     *cr;
  char        *footer;
  guint        total;
  guint        page;
  guint        only_page;    /* 0: draw every page */
  double       y;
  gboolean     page_started;
};

static double
text_width (void)
{
  return GROVE_REPORT_PAGE_WIDTH - 2 * MARGIN;
}

static double
bottom (void)
{
  return GROVE_REPORT_PAGE_HEIGHT - MARGIN - FOOTER_SPACE;
}

static PangoLayout *
make_layout (GroveReportWriter *self,
             const char        *markup_or_text,
             gboolean           markup,
             double             size,
             PangoWeight        weight,
             double             width)
{
  PangoLayout *layout = pango_cairo_create_layout (self->cr);
  PangoFontDescription *font = pango_font_description_from_string (FONT_FAMILY);

  pango_font_description_set_size (font, (int) (size * PANGO_SCALE));
  pango_font_description_set_weight (font, weight);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  if (markup)
    pango_layout_set_markup (layout, markup_or_text, -1);
  else
    pango_layout_set_text (layout, markup_or_text != NULL ? markup_or_text : "", -1);
  return layout;
}

static double
layout_height (PangoLayout *layout)
{
  int height;

  pango_layout_get_size (layout, NULL, &height);
  return (double) height / PANGO_SCALE;
}

static void
draw_footer (GroveReportWriter *self)
{
  g_autofree char *text = NULL;
  g_autoptr(PangoLayout) layout = NULL;

  if (self->total > 0)
    /* TRANSLATORS: the footer of a printed page: "Ann Jones, IPDR 2026–27 · Page 2 of 5" */
    text = g_strdup_printf (_("%s · Page %u of %u"), self->footer, self->page, self->total);
  else
    text = g_strdup_printf (_("%s · Page %u"), self->footer, self->page);
  layout = make_layout (self, text, FALSE, 8, PANGO_WEIGHT_NORMAL, text_width ());
  pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
  cairo_set_source_rgb (self->cr, 0.35, 0.35, 0.35);
  cairo_move_to (self->cr, MARGIN, GROVE_REPORT_PAGE_HEIGHT - MARGIN);
  pango_cairo_show_layout (self->cr, layout);
}

static void
start_page (GroveReportWriter *self)
{
  self->page++;
  self->page_started = TRUE;
  self->y = MARGIN;
  /* The pages before and after still have to be laid out, for the page
   * breaks; they are drawn into a group that is thrown away. */
  if (self->only_page != 0 && self->page != self->only_page)
    cairo_push_group (self->cr);
}

static void
end_page (GroveReportWriter *self)
{
  draw_footer (self);
  if (self->only_page == 0)
    cairo_show_page (self->cr);
  else if (self->page != self->only_page)
    cairo_pattern_destroy (cairo_pop_group (self->cr));
  self->page_started = FALSE;
}

/* Makes room for `height` points, on a new page if need be. */
static void
need (GroveReportWriter *self,
      double             height)
{
  if (!self->page_started)
    start_page (self);
  else if (self->y + height > bottom () && self->y > MARGIN)
    {
      end_page (self);
      start_page (self);
    }
}

static void
show (GroveReportWriter *self,
      PangoLayout       *layout,
      double             x,
      double             y)
{
  cairo_set_source_rgb (self->cr, 0.1, 0.1, 0.1);
  cairo_move_to (self->cr, x, y);
  pango_cairo_show_layout (self->cr, layout);
}

GroveReportWriter *
grove_report_writer_new (cairo_t    *cr,
                         const char *footer,
                         guint       total)
{
  GroveReportWriter *self = g_new0 (GroveReportWriter, 1);

  self->cr = cairo_reference (cr);
  self->footer = g_strdup (footer);
  self->total = total;
  return self;
}

GroveReportWriter *
grove_report_writer_new_for_page (cairo_t    *cr,
                                  const char *footer,
                                  guint       total,
                                  guint       page)
{
  GroveReportWriter *self = grove_report_writer_new (cr, footer, total);

  g_return_val_if_fail (page > 0, self);

  self->only_page = page;
  return self;
}

void
grove_report_writer_free (GroveReportWriter *self)
{
  if (self == NULL)
    return;
  cairo_destroy (self->cr);
  g_free (self->footer);
  g_free (self);
}

void
grove_report_writer_title (GroveReportWriter *self,
                           const char        *text)
{
  g_autoptr(PangoLayout) layout = make_layout (self, text, FALSE, 18, PANGO_WEIGHT_BOLD, text_width ());
  double height = layout_height (layout);

  need (self, height);
  show (self, layout, MARGIN, self->y);
  self->y += height + 10;
}

void
grove_report_writer_heading (GroveReportWriter *self,
                             const char        *text)
{
  g_autoptr(PangoLayout) layout = make_layout (self, text, FALSE, 13, PANGO_WEIGHT_BOLD, text_width ());
  double height = layout_height (layout);

  /* Keep a heading with at least a line of what follows. */
  need (self, height + 40);
  self->y += 8;
  show (self, layout, MARGIN, self->y);
  self->y += height + 2;
  cairo_set_source_rgb (self->cr, 0.2, 0.45, 0.3);
  cairo_set_line_width (self->cr, 1);
  cairo_move_to (self->cr, MARGIN, self->y + 0.5);
  cairo_line_to (self->cr, MARGIN + text_width (), self->y + 0.5);
  cairo_stroke (self->cr);
  self->y += 6;
}

void
grove_report_writer_paragraph (GroveReportWriter *self,
                               const char        *label,
                               const char        *text)
{
  g_autofree char *escaped = g_markup_escape_text (text != NULL ? text : "", -1);
  g_autofree char *bold = label != NULL ? g_markup_escape_text (label, -1) : NULL;
  g_autofree char *markup = bold != NULL ? g_strdup_printf ("<b>%s</b> %s", bold, escaped) : g_strdup (escaped);
  g_autoptr(PangoLayout) layout = make_layout (self, markup, TRUE, 10, PANGO_WEIGHT_NORMAL, text_width ());
  double height = layout_height (layout);

  need (self, height);
  show (self, layout, MARGIN, self->y);
  self->y += height + 4;
}

/* Lays out one row's cells; returns the row's height. */
static double
layout_row (GroveReportWriter       *self,
            const GroveReportColumn *columns,
            guint                    n_columns,
            const char * const      *cells,
            gboolean                 heading,
            PangoLayout            **layouts)
{
  double height = 0;

  for (guint c = 0; c < n_columns; c++)
    {
      double width = columns[c].share * text_width () - 2 * CELL_PAD;

      layouts[c] = make_layout (self, cells[c], FALSE, heading ? 9 : 9.5,
                                heading ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL, width);
      height = MAX (height, layout_height (layouts[c]));
    }
  return height + 2 * CELL_PAD;
}

static void
draw_row (GroveReportWriter       *self,
          const GroveReportColumn *columns,
          guint                    n_columns,
          PangoLayout            **layouts,
          double                   height,
          gboolean                 heading)
{
  double x = MARGIN;

  if (heading)
    {
      cairo_set_source_rgb (self->cr, 0.9, 0.94, 0.91);
      cairo_rectangle (self->cr, MARGIN, self->y, text_width (), height);
      cairo_fill (self->cr);
    }
  for (guint c = 0; c < n_columns; c++)
    {
      show (self, layouts[c], x + CELL_PAD, self->y + CELL_PAD);
      x += columns[c].share * text_width ();
    }
  cairo_set_source_rgb (self->cr, 0.75, 0.75, 0.75);
  cairo_set_line_width (self->cr, 0.5);
  cairo_move_to (self->cr, MARGIN, self->y + height);
  cairo_line_to (self->cr, MARGIN + text_width (), self->y + height);
  cairo_stroke (self->cr);
  self->y += height;
}

static void
clear_layouts (PangoLayout **layouts,
               guint         n)
{
  for (guint c = 0; c < n; c++)
    g_clear_object (&layouts[c]);
}

void
grove_report_writer_table (GroveReportWriter       *self,
                           const GroveReportColumn *columns,
                           guint                    n_columns,
                           GPtrArray               *rows)
{
  g_autofree PangoLayout **heads = g_new0 (PangoLayout *, n_columns);
  g_autofree PangoLayout **cells = g_new0 (PangoLayout *, n_columns);
  g_autofree const char **titles = g_new0 (const char *, n_columns);
  double head_height;

  for (guint c = 0; c < n_columns; c++)
    titles[c] = columns[c].heading;
  head_height = layout_row (self, columns, n_columns, titles, TRUE, heads);
  for (guint r = 0; r < rows->len; r++)
    {
      double height = layout_row (self, columns, n_columns, g_ptr_array_index (rows, r), FALSE, cells);
      guint page = self->page;

      need (self, head_height + height);
      if (r == 0 || self->page != page)
        draw_row (self, columns, n_columns, heads, head_height, TRUE);
      draw_row (self, columns, n_columns, cells, height, FALSE);
      clear_layouts (cells, n_columns);
    }
  clear_layouts (heads, n_columns);
  self->y += 6;
}

void
grove_report_writer_signatures (GroveReportWriter *self,
                                const char        *labels[2],
                                const char        *names[2],
                                const char        *dates[2],
                                const char        *date_label)
{
  double box_width = (text_width () - 24) / 2, box_height = 96;

  need (self, box_height + 16);
  self->y += 12;
  for (guint i = 0; i < 2; i++)
    {
      double x = MARGIN + i * (box_width + 24);
      g_autoptr(PangoLayout) label = make_layout (self, labels[i], FALSE, 9, PANGO_WEIGHT_BOLD, box_width - 16);
      g_autoptr(PangoLayout) name = make_layout (self, names[i] != NULL ? names[i] : "", FALSE, 10,
                                                 PANGO_WEIGHT_NORMAL, box_width - 16);
      g_autofree char *when = g_strdup_printf ("%s %s", date_label, dates[i] != NULL ? dates[i] : "");
      g_autoptr(PangoLayout) date = make_layout (self, when, FALSE, 9, PANGO_WEIGHT_NORMAL, box_width - 16);

      cairo_set_source_rgb (self->cr, 0.45, 0.45, 0.45);
      cairo_set_line_width (self->cr, 0.75);
      cairo_rectangle (self->cr, x, self->y, box_width, box_height);
      cairo_stroke (self->cr);
      show (self, label, x + 8, self->y + 8);
      show (self, name, x + 8, self->y + 24);
      /* The line to sign on. */
      cairo_set_source_rgb (self->cr, 0.45, 0.45, 0.45);
      cairo_move_to (self->cr, x + 8, self->y + 66);
      cairo_line_to (self->cr, x + box_width - 8, self->y + 66);
      cairo_stroke (self->cr);
      show (self, date, x + 8, self->y + 72);
    }
  self->y += box_height + 8;
}

guint
grove_report_writer_finish (GroveReportWriter *self)
{
  if (!self->page_started)
    start_page (self);
  end_page (self);
  return self->page;
}
