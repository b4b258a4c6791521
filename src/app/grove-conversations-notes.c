/* grove-conversations-notes.c: adding and deleting workplace assessment
 * notes on the Conversations page
 *
 * A deleted note can be brought back from the toast that says it went: it
 * is kept here until the next delete, and stored again as it was.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "grove-conversations-page-private.h"
#include "grove-ipdr-notes.h"

static char *
entry_text (GtkWidget *entry)
{
  g_autofree char *text = g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry)));

  g_strstrip (text);
  return *text != '\0' ? g_steal_pointer (&text) : NULL;
}

/* An observation is what a note is; feedback is optional. */
static void
on_observation_changed_cb (GtkEditable      *observation,
                           AdwMessageDialog *dialog)
{
  g_autofree char *text = entry_text (GTK_WIDGET (observation));

  adw_message_dialog_set_response_enabled (dialog, "add", text != NULL);
}

static gboolean
add_note (GroveStore  *store,
          gpointer     user_data,
          GError     **error)
{
  const GroveWpaNote *note = user_data;

  return grove_ipdr_add_wpa_note (store, note->ipdr_id, note, error) != 0;
}

static gboolean
delete_note (GroveStore  *store,
             gpointer     user_data,
             GError     **error)
{
  return grove_ipdr_delete_wpa_note (store, ((GroveWpaNote *) user_data)->id, error);
}

static void
on_add_response_cb (AdwMessageDialog       *dialog,
                    const char             *response,
                    GroveConversationsPage *self)
{
  GtkWidget *box = adw_message_dialog_get_extra_child (dialog);
  g_autofree char *observation = entry_text (gtk_widget_get_first_child (box));
  g_autofree char *feedback = entry_text (gtk_widget_get_last_child (box));
  g_autofree char *what = NULL;
  GroveWpaNote note = { 0 };

  if (g_strcmp0 (response, "add") != 0 || observation == NULL || self->ipdr_id == 0)
    return;
  note.ipdr_id = self->ipdr_id;
  note.noted = self->today;
  note.observation = observation;
  note.feedback = feedback;
  /* Translators: the amendment log's entry; %s is the observation */
  what = g_strdup_printf (_("Added the note “%s”"), observation);
  if (!_grove_conversations_page_write (self, what, add_note, &note))
    return;
  _grove_conversations_page_refresh (self);
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (_("Note added")));
}

static GtkWidget *
new_entry (const char *label)
{
  GtkWidget *entry = gtk_entry_new ();

  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  return entry;
}

void
_grove_conversations_page_add_note (GroveConversationsPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog;
  GtkWidget *box;
  GtkWidget *observation;

  if (self->ipdr_id == 0)
    return;
  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   _("Add a Workplace Assessment Note"),
                                   _("What you saw of the person’s day-to-day work, and the feedback you gave."));
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  observation = new_entry (_("Observation"));
  gtk_entry_set_activates_default (GTK_ENTRY (observation), TRUE);
  gtk_box_append (GTK_BOX (box), observation);
  gtk_box_append (GTK_BOX (box), new_entry (_("Feedback given (optional)")));
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), box);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"), "add", _("_Add"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "add", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "add");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "add", FALSE);
  g_signal_connect (observation, "changed", G_CALLBACK (on_observation_changed_cb), dialog);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_add_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (observation);
}

static GroveWpaNote *
find_note (GroveConversationsPage *self,
           gint64                  note_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) notes = grove_ipdr_list_wpa_notes (self->store, self->ipdr_id, &error);

  for (guint i = 0; notes != NULL && i < notes->len; i++)
    {
      GroveWpaNote *note = g_ptr_array_index (notes, i);

      if (note->id == note_id)
        return g_ptr_array_steal_index (notes, i);
    }
  return NULL;
}

void
_grove_conversations_page_delete_note (GroveConversationsPage *self,
                                       gint64                  note_id)
{
  g_autoptr(GroveWpaNote) note = find_note (self, note_id);
  g_autofree char *what = NULL;
  AdwToast *toast;

  if (note == NULL)
    return;
  what = g_strdup_printf (_("Deleted the note “%s”"), note->observation);
  if (!_grove_conversations_page_write (self, what, delete_note, note))
    return;
  g_clear_pointer (&self->deleted_note, grove_wpa_note_free);
  self->deleted_note = g_steal_pointer (&note);
  _grove_conversations_page_refresh (self);

  toast = adw_toast_new (_("Note deleted"));
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "conversations.undo-delete");
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

void
_grove_conversations_page_undo_delete (GroveConversationsPage *self)
{
  g_autoptr(GroveWpaNote) note = g_steal_pointer (&self->deleted_note);
  g_autofree char *what = NULL;

  if (note == NULL || note->ipdr_id != self->ipdr_id)
    return;
  what = g_strdup_printf (_("Restored the note “%s”"), note->observation);
  if (!_grove_conversations_page_write (self, what, add_note, note))
    return;
  _grove_conversations_page_refresh (self);
}
