/* grove-people-page-transfer.c: people in from and out to CSV files
 *
 * The same files as `grove-cli people import` and `people export`: an HR
 * extract comes in whole or not at all, and a refused one is explained
 * with its line and column, so that it can be put right and tried again.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "grove-people-csv.h"
#include "grove-people-page-private.h"
#include "grove-private-file.h"

static void
toast (GrovePeoplePage *self,
       const char      *text)
{
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (text));
}

static GtkWindow *
parent_window (GrovePeoplePage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

/**
 * grove_people_page_import_file:
 * @file: a local CSV file
 *
 * Imports the people of @file and shows them.
 *
 * Returns: %FALSE with @error set when nothing was imported
 */
gboolean
grove_people_page_import_file (GrovePeoplePage  *self,
                               GFile            *file,
                               GError          **error)
{
  g_autofree char *path = NULL;
  g_autofree char *message = NULL;
  GrovePeopleImportResult result;

  g_return_val_if_fail (GROVE_IS_PEOPLE_PAGE (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (self->store == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_INITIALIZED, _("No database is open."));
      return FALSE;
    }
  if ((path = g_file_get_path (file)) == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                           _("People can only be imported from a file on this computer."));
      return FALSE;
    }
  if (!grove_people_import_file (self->store, path, NULL, &result, error))
    return FALSE;

  grove_people_page_reload (self);
  /* Translators: after importing people; the first two are counts of people */
  message = g_strdup_printf (_("Imported: %u added, %u updated, %u new teams and directorates"),
                             result.added, result.updated, result.units_added);
  toast (self, message);
  return TRUE;
}

/**
 * grove_people_page_export_to:
 * @file: where to write; a local file, readable by its owner alone
 *
 * Writes everyone, those who have left included, as CSV.
 *
 * Returns: %FALSE with @error set when nothing was written
 */
gboolean
grove_people_page_export_to (GrovePeoplePage  *self,
                             GFile            *file,
                             GError          **error)
{
  g_autofree char *path = NULL;
  g_autofree char *csv = NULL;

  g_return_val_if_fail (GROVE_IS_PEOPLE_PAGE (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (self->store == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_INITIALIZED, _("No database is open."));
      return FALSE;
    }
  if ((path = g_file_get_path (file)) == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                           _("People can only be exported to a folder on this computer."));
      return FALSE;
    }
  return (csv = grove_people_export_csv (self->store, TRUE, error)) != NULL &&
         grove_private_file_set_contents (path, csv, strlen (csv), error);
}

static void
show_import_error (GrovePeoplePage *self,
                   const GError    *error)
{
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent_window (self), _("Could Not Import People"), NULL));
  /* Nothing was written, and that is worth saying as plainly as the fault. */
  adw_message_dialog_format_body (dialog, _("%s\n\nNothing was imported. Correct the file and import it again."),
                                  error->message);
  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_import_response_cb (GrovePeoplePage      *self,
                       int                   response,
                       GtkFileChooserNative *chooser)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_clear_object (&self->chooser);
  if (file != NULL && !grove_people_page_import_file (self, file, &error))
    show_import_error (self, error);
}

static void
on_export_response_cb (GrovePeoplePage      *self,
                       int                   response,
                       GtkFileChooserNative *chooser)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_clear_object (&self->chooser);
  if (file == NULL)
    return;
  if (!grove_people_page_export_to (self, file, &error))
    toast (self, error->message);
  else
    {
      g_autofree char *basename = g_file_get_basename (file);
      g_autofree char *message = g_strdup_printf (_("People saved as “%s”"), basename);

      toast (self, message);
    }
}

static GtkFileChooserNative *
new_chooser (GrovePeoplePage      *self,
             const char           *title,
             GtkFileChooserAction  action,
             const char           *accept)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  self->chooser = gtk_file_chooser_native_new (title, parent_window (self), action, accept, _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  gtk_file_filter_set_name (filter, _("CSV files"));
  gtk_file_filter_add_mime_type (filter, "text/csv");
  gtk_file_filter_add_suffix (filter, "csv");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  return self->chooser;
}

void
_grove_people_page_choose_import (GtkWidget  *widget,
                                  const char *action_name,
                                  GVariant   *parameter)
{
  GrovePeoplePage *self = GROVE_PEOPLE_PAGE (widget);
  GtkFileChooserNative *chooser;

  if (self->store == NULL)
    return;
  chooser = new_chooser (self, _("Import People"), GTK_FILE_CHOOSER_ACTION_OPEN, _("_Import"));
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_import_response_cb), self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

void
_grove_people_page_choose_export (GtkWidget  *widget,
                                  const char *action_name,
                                  GVariant   *parameter)
{
  GrovePeoplePage *self = GROVE_PEOPLE_PAGE (widget);
  GtkFileChooserNative *chooser;

  if (self->store == NULL)
    return;
  chooser = new_chooser (self, _("Export People"), GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"));
  /* Translators: the file name suggested for an export of people; keep ".csv" */
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), _("people.csv"));
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_export_response_cb), self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}
