/* grove-conversations-calendar.c: the team's review dates as a calendar
 * file
 *
 * The same iCalendar file as `grove-cli reviews ics` writes, for the team as
 * the page lists it: direct reports, or everyone below.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "grove-conversations-page-private.h"
#include "grove-ics.h"

static void
on_chooser_response_cb (GroveConversationsPage *self,
                        int                     response,
                        GtkFileChooserNative   *chooser)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *basename = NULL;
  g_autofree char *message = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_clear_object (&self->chooser);
  if (file == NULL)
    return;

  if (!grove_conversations_page_export_reviews_to (self, file, &error))
    {
      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
      return;
    }
  basename = g_file_get_basename (file);
  message = g_strdup_printf (_("Review dates saved as “%s”"), basename);
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
}

void
_grove_conversations_page_choose_export_reviews (GroveConversationsPage *self)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  const char *name;

  if (self->signed_in_person == 0)
    return;
  gtk_file_filter_set_name (filter, _("Calendar files"));
  gtk_file_filter_add_pattern (filter, "*.ics");
  /* Translators: the file name suggested for the review dates; keep ".ics" */
  name = _("Review dates.ics");
  _grove_conversations_page_choose_file (self, _("Export Review Dates"), name, filter,
                                         G_CALLBACK (on_chooser_response_cb));
}

/**
 * grove_conversations_page_export_reviews_to:
 * @file: where to write; a local file, replaced whole and readable only by
 *   its owner
 *
 * Writes the mid-year and end-year review dates of the team shown, direct
 * reports or everyone below as the page lists them, as an iCalendar file.
 *
 * Returns: %FALSE with @error set when nobody is signed in or the file could
 *   not be written
 */
gboolean
grove_conversations_page_export_reviews_to (GroveConversationsPage  *self,
                                            GFile                   *file,
                                            GError                 **error)
{
  g_autofree char *path = NULL;

  g_return_val_if_fail (GROVE_IS_CONVERSATIONS_PAGE (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  path = g_file_get_path (file);
  if (path == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                           _("Review dates can only be saved to a folder on this computer."));
      return FALSE;
    }
  if (self->store == NULL || self->signed_in_person == 0)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, _("Choose who you are first."));
      return FALSE;
    }
  return grove_ics_save_reviews (self->store, self->signed_in_person,
                                 gtk_toggle_button_get_active (self->direct_toggle), self->today, path, error);
}
