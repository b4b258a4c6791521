/* grove-conversations-notes.c: adding, changing and deleting workplace
 * assessment notes on the Conversations page
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

static GtkWidget *
field (AdwMessageDialog *dialog,
       const char       *name)
{
  return _grove_conversations_find_field (adw_message_dialog_get_extra_child (dialog), name);
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

/* An observation, on a day, is what a note is; feedback is optional. */
static void
on_note_changed_cb (AdwMessageDialog *dialog)
{
  _grove_conversations_dialog_check (dialog, (const char *[]) { "observation", "noted", NULL }, "noted");
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
update_note (GroveStore  *store,
             gpointer     user_data,
             GError     **error)
{
  return grove_ipdr_update_wpa_note (store, user_data, error);
}

static gboolean
delete_note (GroveStore  *store,
             gpointer     user_data,
             GError     **error)
{
  return grove_ipdr_delete_wpa_note (store, ((GroveWpaNote *) user_data)->id, error);
}

static void
on_note_response_cb (AdwMessageDialog       *dialog,
                     const char             *response,
                     GroveConversationsPage *self)
{
  gint64 note_id = *(gint64 *) g_object_get_data (G_OBJECT (dialog), "note-id");
  g_autoptr(GroveWpaNote) note = NULL;
  g_autofree char *what = NULL;

  if (g_strcmp0 (response, _grove_conversations_dialog_get_response (dialog)) != 0 || self->ipdr_id == 0)
    return;
  /* The response can come without the button, so check again. */
  on_note_changed_cb (dialog);
  if (!adw_message_dialog_get_response_enabled (dialog, response))
    return;
  if (note_id == 0)
    {
      note = g_new0 (GroveWpaNote, 1);
      note->ipdr_id = self->ipdr_id;
    }
  else if ((note = find_note (self, note_id)) == NULL)
    return;
  g_free (note->noted);
  g_free (note->observation);
  g_free (note->feedback);
  note->noted = _grove_conversations_entry_text (field (dialog, "noted"));
  note->observation = _grove_conversations_entry_text (field (dialog, "observation"));
  note->feedback = _grove_conversations_entry_text (field (dialog, "feedback"));
  if (note_id == 0)
    /* Translators: the amendment log's entry; %s is the observation */
    what = g_strdup_printf (_("Added the note “%s”"), note->observation);
  else
    /* Translators: the amendment log's entry; %s is the observation */
    what = g_strdup_printf (_("Changed the note “%s”"), note->observation);
  if (!_grove_conversations_page_write (self, what, note_id == 0 ? add_note : update_note, note))
    return;
  _grove_conversations_page_refresh (self);
  _grove_conversations_page_toast (self, note_id == 0 ? _("Note added") : _("Note saved"));
}

/* @note: (nullable): the note to change, or %NULL to add one */
static void
open_note_dialog (GroveConversationsPage *self,
                  const GroveWpaNote     *note)
{
  gint64 note_id = note != NULL ? note->id : 0;
  AdwMessageDialog *dialog;
  const char *body;
  GtkWidget *form = _grove_conversations_form_new ();

  _grove_conversations_form_add (form, _("_Observation"), "observation",
                                 _grove_conversations_entry_new (note != NULL ? note->observation : NULL));
  _grove_conversations_form_add (form, _("_Feedback given"), "feedback",
                                 _grove_conversations_entry_new (note != NULL ? note->feedback : NULL));
  gtk_entry_set_placeholder_text (GTK_ENTRY (_grove_conversations_find_field (form, "feedback")), _("Optional"));
  _grove_conversations_form_add (form, _("_Seen on"), "noted",
                                 _grove_conversations_entry_new (note != NULL ? note->noted : self->today));
  gtk_entry_set_placeholder_text (GTK_ENTRY (_grove_conversations_find_field (form, "noted")), _("YYYY-MM-DD"));
  _grove_conversations_form_add_note (form, "problem", "error");
  body = _("What you saw of the person’s day-to-day work, and the feedback you gave.");
  if (note == NULL)
    dialog = _grove_conversations_dialog_new (self, _("Add a Workplace Assessment Note"), body, form, "add", _("_Add"));
  else
    dialog = _grove_conversations_dialog_new (self, _("Edit the Workplace Assessment Note"), body, form, "save",
                                              _("_Save"));
  g_object_set_data_full (G_OBJECT (dialog), "note-id", g_memdup2 (&note_id, sizeof note_id), g_free);
  g_signal_connect_swapped (field (dialog, "observation"), "changed", G_CALLBACK (on_note_changed_cb), dialog);
  g_signal_connect_swapped (field (dialog, "noted"), "changed", G_CALLBACK (on_note_changed_cb), dialog);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_note_response_cb), self, 0);
  on_note_changed_cb (dialog);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (field (dialog, "observation"));
}

void
_grove_conversations_page_add_note (GroveConversationsPage *self)
{
  if (self->ipdr_id != 0)
    open_note_dialog (self, NULL);
}

void
_grove_conversations_page_edit_note (GroveConversationsPage *self,
                                     gint64                  note_id)
{
  g_autoptr(GroveWpaNote) note = self->ipdr_id != 0 ? find_note (self, note_id) : NULL;

  if (note != NULL)
    open_note_dialog (self, note);
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
