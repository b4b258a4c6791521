/* grove-conversations-export.c: the record shown, printed or as a PDF
 *
 * The PDF is the printable record of src/report, the same as
 * `grove-cli ipdr print` writes, so a record looks the same whichever way
 * it was made.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "grove-conversations-page-private.h"
#include "grove-ipdr-report.h"
#include "grove-report-writer.h"

/* "IPDR Gwen White.pdf": a name that says whose it is, and no slash. */
static char *
suggest_name (GroveConversationsPage *self)
{
  g_autofree char *name = g_strdup (gtk_label_get_text (self->name_label));

  g_strdelimit (name, "/\\", '-');
  /* Translators: the file name suggested for a person's record; keep ".pdf" */
  return g_strdup_printf (_("IPDR %s.pdf"), name);
}

static void
on_chooser_response_cb (GroveConversationsPage *self,
                        int                     response,
                        GtkFileChooserNative   *chooser)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_clear_object (&self->chooser);
  if (file == NULL)
    return;

  if (!grove_conversations_page_export_pdf_to (self, file, &error))
    adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
  else
    {
      g_autofree char *basename = g_file_get_basename (file);
      g_autofree char *message = g_strdup_printf (_("Record saved as “%s”"), basename);

      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
    }
}

void
_grove_conversations_page_choose_export (GroveConversationsPage *self)
{
  g_autofree char *name = NULL;

  if (self->ipdr_id == 0)
    return;
  name = suggest_name (self);
  _grove_conversations_page_choose_file (self, _("Export Record"), name, NULL, G_CALLBACK (on_chooser_response_cb));
}

/* One chooser at a time: a new one takes the place of one still open.
 * @callback gets the page first, then the response and the chooser. */
void
_grove_conversations_page_choose_file (GroveConversationsPage *self,
                                       const char             *title,
                                       const char             *name,
                                       GtkFileFilter          *filter,
                                       GCallback               callback)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  self->chooser = gtk_file_chooser_native_new (title, GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                               GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  if (filter != NULL)
    gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
  g_signal_connect_object (self->chooser, "response", callback, self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/**
 * grove_conversations_page_export_pdf_to:
 * @file: where to write; a local file
 *
 * Writes the record shown as a PDF.
 *
 * Returns: %FALSE with @error set when nothing is shown or the file could
 *   not be written
 */
gboolean
grove_conversations_page_export_pdf_to (GroveConversationsPage  *self,
                                        GFile                   *file,
                                        GError                 **error)
{
  g_autoptr(GroveIpdrReport) report = NULL;
  g_autofree char *path = NULL;

  g_return_val_if_fail (GROVE_IS_CONVERSATIONS_PAGE (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  path = g_file_get_path (file);
  if (path == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                           _("A record can only be saved to a folder on this computer."));
      return FALSE;
    }
  if (self->ipdr_id == 0)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, _("Choose someone with an IPDR first."));
      return FALSE;
    }
  report = grove_ipdr_report_new (self->store, self->ipdr_id, error);
  return report != NULL && grove_ipdr_report_save_pdf (report, path, error);
}

static void
on_draw_page_cb (GtkPrintOperation *operation,
                 GtkPrintContext   *context,
                 int                page_nr,
                 GroveIpdrReport   *report)
{
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  double scale = gtk_print_context_get_width (context) / GROVE_REPORT_PAGE_WIDTH;
  int n_pages;

  g_object_get (operation, "n-pages", &n_pages, NULL);
  /* The record is laid out on A4; a letter page shows it a little smaller. */
  cairo_save (cr);
  cairo_scale (cr, scale, scale);
  grove_ipdr_report_render_page (report, cr, page_nr + 1, n_pages);
  cairo_restore (cr);
}

/**
 * grove_conversations_page_new_print_operation:
 *
 * A print operation for the record shown, one page of the printable record
 * to a sheet.
 *
 * Returns: (transfer full) (nullable): the operation, or %NULL with @error
 *   set when nothing is shown
 */
GtkPrintOperation *
grove_conversations_page_new_print_operation (GroveConversationsPage  *self,
                                              GError                 **error)
{
  g_autoptr(GroveIpdrReport) report = NULL;
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);
  g_autofree char *name = NULL;
  GtkPrintOperation *operation;

  g_return_val_if_fail (GROVE_IS_CONVERSATIONS_PAGE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (self->ipdr_id == 0)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, _("Choose someone with an IPDR first."));
      return NULL;
    }
  report = grove_ipdr_report_new (self->store, self->ipdr_id, error);
  if (report == NULL)
    return NULL;

  operation = gtk_print_operation_new ();
  gtk_page_setup_set_paper_size (setup, a4);
  gtk_print_operation_set_default_page_setup (operation, setup);
  /* The record keeps its own margins, wider than any printer's. */
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_n_pages (operation, grove_ipdr_report_count_pages (report));
  name = suggest_name (self);
  gtk_print_operation_set_job_name (operation, name);
  g_signal_connect_data (operation, "draw-page", G_CALLBACK (on_draw_page_cb), g_steal_pointer (&report),
                         (GClosureNotify) (void (*) (void)) g_object_unref, 0);
  return operation;
}

static void
on_print_done_cb (GtkPrintOperation       *operation,
                  GtkPrintOperationResult  result,
                  GroveConversationsPage  *self)
{
  g_autoptr(GError) error = NULL;

  if (result != GTK_PRINT_OPERATION_RESULT_ERROR)
    return;
  gtk_print_operation_get_error (operation, &error);
  if (error != NULL)
    adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
}

void
_grove_conversations_page_print (GroveConversationsPage *self)
{
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  operation = grove_conversations_page_new_print_operation (self, &error);
  if (operation == NULL)
    {
      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
      return;
    }
  /* The dialog does not hold up the main loop. */
  gtk_print_operation_set_allow_async (operation, TRUE);
  g_signal_connect_object (operation, "done", G_CALLBACK (on_print_done_cb), self, 0);
  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                               GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, &error) == GTK_PRINT_OPERATION_RESULT_ERROR)
    adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
}
