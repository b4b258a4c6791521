/* grove-ipdr-report.c: the printable IPDR record
 *
 * The whole record, read once from the store: a header, the objectives, the
 * development plan, WPA notes, reviews with the person's reflection, 360
 * feedback, conversation notes, amendments after sign-off, and a signature
 * block for both people. Drawn with Cairo and Pango on any surface: a PDF
 * file here, a printer's through GtkPrintOperation in the app.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>

#include "grove-ipdr.h"
#include "grove-ipdr-notes.h"
#include "grove-ipdr-objective.h"
#include "grove-ipdr-plan.h"
#include "grove-ipdr-report.h"
#include "grove-private-file.h"
#include "grove-report-writer.h"

struct _GroveIpdrReport {
  GObject     parent_instance;
  GroveIpdr  *ipdr;
  GPtrArray  *objectives, *needs, *activities, *notes, *reviews, *feedback, *conversations, *amendments;
};

G_DEFINE_FINAL_TYPE (GroveIpdrReport, grove_ipdr_report, G_TYPE_OBJECT)

static void
grove_ipdr_report_finalize (GObject *object)
{
  GroveIpdrReport *self = GROVE_IPDR_REPORT (object);

  g_clear_pointer (&self->ipdr, grove_ipdr_free);
  g_clear_pointer (&self->objectives, g_ptr_array_unref);
  g_clear_pointer (&self->needs, g_ptr_array_unref);
  g_clear_pointer (&self->activities, g_ptr_array_unref);
  g_clear_pointer (&self->notes, g_ptr_array_unref);
  g_clear_pointer (&self->reviews, g_ptr_array_unref);
  g_clear_pointer (&self->feedback, g_ptr_array_unref);
  g_clear_pointer (&self->conversations, g_ptr_array_unref);
  g_clear_pointer (&self->amendments, g_ptr_array_unref);
  G_OBJECT_CLASS (grove_ipdr_report_parent_class)->finalize (object);
}

static void
grove_ipdr_report_class_init (GroveIpdrReportClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = grove_ipdr_report_finalize;
}

static void
grove_ipdr_report_init (GroveIpdrReport *self)
{
}

/**
 * grove_ipdr_report_new:
 *
 * Returns: (transfer full): the record read from @store, or %NULL with
 *   @error set
 */
GroveIpdrReport *
grove_ipdr_report_new (GroveStore  *store,
                       gint64       ipdr_id,
                       GError     **error)
{
  g_autoptr(GroveIpdrReport) self = g_object_new (GROVE_TYPE_IPDR_REPORT, NULL);

  if ((self->ipdr = grove_ipdr_get (store, ipdr_id, error)) == NULL ||
      (self->objectives = grove_ipdr_list_objectives (store, ipdr_id, error)) == NULL ||
      (self->needs = grove_ipdr_list_needs (store, ipdr_id, error)) == NULL ||
      (self->activities = grove_ipdr_list_activities (store, ipdr_id, error)) == NULL ||
      (self->notes = grove_ipdr_list_wpa_notes (store, ipdr_id, error)) == NULL ||
      (self->reviews = grove_ipdr_list_reviews (store, ipdr_id, error)) == NULL ||
      (self->feedback = grove_ipdr_list_feedback (store, ipdr_id, error)) == NULL ||
      (self->conversations = grove_ipdr_list_conversations (store, ipdr_id, error)) == NULL ||
      (self->amendments = grove_ipdr_list_amendments (store, ipdr_id, error)) == NULL)
    return NULL;
  return g_steal_pointer (&self);
}

/* Rows own their cells: an array of n strings. */
static GPtrArray *
new_rows (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
}

static void
add_row (GPtrArray *rows,
         guint      n,
         ...)
{
  char **cells = g_new0 (char *, n + 1);
  va_list args;

  va_start (args, n);
  for (guint i = 0; i < n; i++)
    {
      const char *cell = va_arg (args, const char *);

      /* An empty cell is "" rather than NULL, which would end the strv. */
      cells[i] = g_strdup (cell != NULL ? cell : "");
    }
  va_end (args);
  g_ptr_array_add (rows, cells);
}

static void
render_header (GroveIpdrReport   *self,
               GroveReportWriter *w)
{
  g_autofree char *period = grove_ipdr_format_period (self->ipdr);
  g_autofree char *dates = g_strdup_printf ("%s (%s – %s)", period, self->ipdr->period_start,
                                            self->ipdr->period_end);

  grove_report_writer_title (w, _("Individual Performance and Development Review"));
  grove_report_writer_paragraph (w, _("Name:"), self->ipdr->person_name);
  grove_report_writer_paragraph (w, _("Line manager:"), self->ipdr->manager_name != NULL ? self->ipdr->manager_name
                                                                                          : _("none"));
  grove_report_writer_paragraph (w, _("Period:"), dates);
  grove_report_writer_paragraph (w, _("Status:"), grove_ipdr_status_label (self->ipdr->status));
  if (self->ipdr->last_conversation != NULL)
    grove_report_writer_paragraph (w, _("Last conversation:"), self->ipdr->last_conversation);
}

static void
render_objectives (GroveIpdrReport   *self,
                   GroveReportWriter *w)
{
  static const GroveReportColumn columns[] = {
    { 0.05, "#" }, { 0.50, N_("Objective and measure of success") }, { 0.16, N_("Due") },
    { 0.16, N_("Status") }, { 0.13, N_("Progress") },
  };
  GroveReportColumn translated[G_N_ELEMENTS (columns)];
  g_autoptr(GPtrArray) rows = new_rows ();

  grove_report_writer_heading (w, _("Objectives"));
  if (self->objectives->len == 0)
    {
      grove_report_writer_paragraph (w, NULL, _("No objectives recorded."));
      return;
    }
  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    translated[i] = (GroveReportColumn) { columns[i].share, _(columns[i].heading) };
  for (guint i = 0; i < self->objectives->len; i++)
    {
      GroveObjective *o = g_ptr_array_index (self->objectives, i);
      g_autofree char *number = g_strdup_printf ("%u", i + 1);
      g_autofree char *progress = g_strdup_printf ("%u%%", o->progress);
      g_autofree char *what = o->measure != NULL ? g_strdup_printf ("%s\n%s %s", o->title, _("Measure:"), o->measure)
                                                 : g_strdup (o->title);

      add_row (rows, 5, number, what, o->due, grove_objective_status_label (o->status), progress);
    }
  grove_report_writer_table (w, translated, G_N_ELEMENTS (translated), rows);
}

static void
render_plan (GroveIpdrReport   *self,
             GroveReportWriter *w)
{
  static const GroveReportColumn columns[] = {
    { 0.19, N_("Method") }, { 0.28, N_("Activity") }, { 0.16, N_("Due") }, { 0.16, N_("Status") },
    { 0.21, N_("Evaluation") },
  };
  GroveReportColumn translated[G_N_ELEMENTS (columns)];

  grove_report_writer_heading (w, _("Development plan"));
  if (self->needs->len == 0)
    grove_report_writer_paragraph (w, NULL, _("No development needs recorded."));
  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    translated[i] = (GroveReportColumn) { columns[i].share, _(columns[i].heading) };
  for (guint i = 0; i < self->needs->len; i++)
    {
      GroveNeed *need = g_ptr_array_index (self->needs, i);
      g_autoptr(GPtrArray) rows = new_rows ();
      /* TRANSLATORS: "High priority; found through: Workplace assessment" */
      g_autofree char *about = g_strdup_printf (_("%s priority; found through: %s"),
                                                grove_need_priority_label (need->priority),
                                                grove_need_source_label (need->source));

      grove_report_writer_paragraph (w, need->capability, about);
      if (need->description != NULL)
        grove_report_writer_paragraph (w, NULL, need->description);
      for (guint j = 0; j < self->activities->len; j++)
        {
          GroveActivity *a = g_ptr_array_index (self->activities, j);
          g_autofree char *title = a->provider != NULL ? g_strdup_printf ("%s (%s)", a->title, a->provider)
                                                       : g_strdup (a->title);
          g_autofree char *evaluation = a->rating > 0 ? g_strdup_printf (_("%d of 5. %s"), a->rating,
                                                                         a->what_changed != NULL ? a->what_changed : "")
                                                      : NULL;

          if (a->need_id == need->id)
            add_row (rows, 5, grove_learning_method_label (a->method), title,
                     a->completed != NULL ? a->completed : a->due, grove_activity_status_label (a->status), evaluation);
        }
      if (rows->len > 0)
        grove_report_writer_table (w, translated, G_N_ELEMENTS (translated), rows);
    }
}

static void
render_notes (GroveIpdrReport   *self,
              GroveReportWriter *w)
{
  static const GroveReportColumn columns[] = { { 0.16, N_("Date") }, { 0.42, N_("Observation") },
                                               { 0.42, N_("Feedback") } };
  GroveReportColumn translated[G_N_ELEMENTS (columns)];
  g_autoptr(GPtrArray) rows = new_rows ();

  grove_report_writer_heading (w, _("Workplace assessment notes"));
  if (self->notes->len == 0)
    {
      grove_report_writer_paragraph (w, NULL, _("No notes recorded."));
      return;
    }
  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    translated[i] = (GroveReportColumn) { columns[i].share, _(columns[i].heading) };
  for (guint i = 0; i < self->notes->len; i++)
    {
      GroveWpaNote *note = g_ptr_array_index (self->notes, i);

      add_row (rows, 3, note->noted, note->observation, note->feedback);
    }
  grove_report_writer_table (w, translated, G_N_ELEMENTS (translated), rows);
}

static void
render_reviews (GroveIpdrReport   *self,
                GroveReportWriter *w)
{
  grove_report_writer_heading (w, _("Reviews"));
  if (self->reviews->len == 0)
    grove_report_writer_paragraph (w, NULL, _("No reviews recorded."));
  for (guint i = 0; i < self->reviews->len; i++)
    {
      GroveReview *r = g_ptr_array_index (self->reviews, i);
      g_autofree char *when = r->held != NULL ? g_strdup_printf (_("held on %s"), r->held)
                              : g_strdup_printf (_("booked for %s"), r->scheduled != NULL ? r->scheduled : "—");
      g_autofree char *rating = r->rating > 0 ? g_strdup_printf (_("%d of 5"), r->rating) : NULL;

      grove_report_writer_paragraph (w, grove_review_kind_label (r->kind), when);
      if (rating != NULL)
        grove_report_writer_paragraph (w, _("Overall rating:"), rating);
      if (r->summary != NULL)
        grove_report_writer_paragraph (w, _("Summary:"), r->summary);
      if (r->went_well != NULL)
        grove_report_writer_paragraph (w, _("What went well:"), r->went_well);
      if (r->went_badly != NULL)
        grove_report_writer_paragraph (w, _("What did not go well:"), r->went_badly);
      if (r->learned != NULL)
        grove_report_writer_paragraph (w, _("What I learned:"), r->learned);
      if (r->manager_view != NULL)
        grove_report_writer_paragraph (w, _("The manager’s view:"), r->manager_view);
    }
}

static void
render_other (GroveIpdrReport   *self,
              GroveReportWriter *w)
{
  const GroveReportColumn feedback_columns[] = { { 0.16, _("Date") }, { 0.24, _("From") }, { 0.60, _("Feedback") } };
  const GroveReportColumn note_columns[] = { { 0.16, _("Date") }, { 0.84, _("Notes") } };
  const GroveReportColumn amend_columns[] = { { 0.24, _("When (UTC)") }, { 0.22, _("By") }, { 0.54, _("Change") } };
  g_autoptr(GPtrArray) feedback = new_rows ();
  g_autoptr(GPtrArray) conversations = new_rows ();
  g_autoptr(GPtrArray) amendments = new_rows ();

  for (guint i = 0; i < self->feedback->len; i++)
    {
      GroveFeedback *f = g_ptr_array_index (self->feedback, i);
      g_autofree char *from = f->from_name != NULL
        ? g_strdup_printf ("%s (%s)", f->from_name, grove_feedback_source_label (f->source))
        : g_strdup (grove_feedback_source_label (f->source));

      add_row (feedback, 3, f->received, from, f->text);
    }
  if (feedback->len > 0)
    {
      grove_report_writer_heading (w, _("360 feedback"));
      grove_report_writer_table (w, feedback_columns, G_N_ELEMENTS (feedback_columns), feedback);
    }
  for (guint i = 0; i < self->conversations->len; i++)
    {
      GroveConversation *c = g_ptr_array_index (self->conversations, i);

      add_row (conversations, 2, c->held, c->notes);
    }
  if (conversations->len > 0)
    {
      grove_report_writer_heading (w, _("Conversations"));
      grove_report_writer_table (w, note_columns, G_N_ELEMENTS (note_columns), conversations);
    }
  for (guint i = 0; i < self->amendments->len; i++)
    {
      GroveIpdrAmendment *a = g_ptr_array_index (self->amendments, i);

      add_row (amendments, 3, a->amended_at, a->by_name, a->what);
    }
  if (amendments->len > 0)
    {
      grove_report_writer_heading (w, _("Amendments after sign-off"));
      grove_report_writer_table (w, amend_columns, G_N_ELEMENTS (amend_columns), amendments);
    }
}

static char *
make_footer (GroveIpdrReport *self)
{
  g_autofree char *period = grove_ipdr_format_period (self->ipdr);

  /* TRANSLATORS: the footer of each page: the person's name, the period */
  return g_strdup_printf (_("IPDR of %s, %s"), self->ipdr->person_name, period);
}

static guint
render_with (GroveIpdrReport   *self,
             GroveReportWriter *w)
{
  const char *labels[2] = { _("Signed by the person"), _("Signed by the line manager") };
  const char *names[2], *dates[2];

  render_header (self, w);
  render_objectives (self, w);
  render_plan (self, w);
  render_notes (self, w);
  render_reviews (self, w);
  render_other (self, w);

  grove_report_writer_heading (w, _("Sign-off"));
  names[0] = self->ipdr->person_name;
  names[1] = self->ipdr->manager_name;
  dates[0] = self->ipdr->person_signed;
  dates[1] = self->ipdr->manager_signed;
  grove_report_writer_signatures (w, labels, names, dates, _("Date:"));
  return grove_report_writer_finish (w);
}

guint
grove_ipdr_report_render (GroveIpdrReport *self,
                          cairo_t         *cr,
                          guint            total)
{
  g_autofree char *footer = NULL;
  g_autoptr(GroveReportWriter) w = NULL;

  g_return_val_if_fail (GROVE_IS_IPDR_REPORT (self), 0);

  footer = make_footer (self);
  w = grove_report_writer_new (cr, footer, total);
  return render_with (self, w);
}

/* Printing asks for one page at a time, each on a context of its own. */
void
grove_ipdr_report_render_page (GroveIpdrReport *self,
                               cairo_t         *cr,
                               guint            page,
                               guint            total)
{
  g_autofree char *footer = NULL;
  g_autoptr(GroveReportWriter) w = NULL;

  g_return_if_fail (GROVE_IS_IPDR_REPORT (self));
  g_return_if_fail (page > 0);

  footer = make_footer (self);
  w = grove_report_writer_new_for_page (cr, footer, total, page);
  render_with (self, w);
}

static cairo_status_t
discard (void                *closure,
         const unsigned char *data,
         unsigned int         length)
{
  return CAIRO_STATUS_SUCCESS;
}

/* A dry run on a PDF surface that writes nowhere: the same fonts and
 * metrics as the real one, so the same page breaks. */
guint
grove_ipdr_report_count_pages (GroveIpdrReport *self)
{
  cairo_surface_t *surface = cairo_pdf_surface_create_for_stream (discard, NULL, GROVE_REPORT_PAGE_WIDTH,
                                                                  GROVE_REPORT_PAGE_HEIGHT);
  cairo_t *cr = cairo_create (surface);
  guint pages = grove_ipdr_report_render (self, cr, 0);

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return pages;
}

static cairo_status_t
write_private (void                *closure,
               const unsigned char *data,
               unsigned int         length)
{
  return grove_private_file_write (closure, data, length) ? CAIRO_STATUS_SUCCESS : CAIRO_STATUS_WRITE_ERROR;
}

/* The record is personal: written 0600 whatever the umask, and only put in
 * place once whole (see grove-private-file.c). */
gboolean
grove_ipdr_report_save_pdf (GroveIpdrReport  *self,
                            const char       *path,
                            GError          **error)
{
  g_autoptr(GrovePrivateFile) file = NULL;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  guint total;

  g_return_val_if_fail (GROVE_IS_IPDR_REPORT (self), FALSE);

  file = grove_private_file_create (path, error);
  if (file == NULL)
    return FALSE;
  total = grove_ipdr_report_count_pages (self);
  surface = cairo_pdf_surface_create_for_stream (write_private, file, GROVE_REPORT_PAGE_WIDTH,
                                                 GROVE_REPORT_PAGE_HEIGHT);
  cr = cairo_create (surface);
  grove_ipdr_report_render (self, cr, total);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_FAILED,
                   _("Could not write the PDF “%s”: %s. Check that the folder exists and that you may write to it."),
                   path, cairo_status_to_string (status));
      return FALSE;
    }
  return grove_private_file_commit (file, error);
}
