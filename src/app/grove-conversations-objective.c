/* grove-conversations-objective.c: adding an objective from the
 * Conversations page
 *
 * The dialog asks only for what makes an objective SMART at a glance — what,
 * how it is measured, by when; the record then shows the advice on the rest.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "grove-conversations-page-private.h"
#include "grove-ipdr-objective.h"
#include "grove-person.h"

static char *
entry_text (GtkWidget *entry)
{
  g_autofree char *text = g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry)));

  g_strstrip (text);
  return *text != '\0' ? g_steal_pointer (&text) : NULL;
}

static GtkWidget *
nth_entry (AdwMessageDialog *dialog,
           guint             n)
{
  GtkWidget *entry = gtk_widget_get_first_child (adw_message_dialog_get_extra_child (dialog));

  while (n-- > 0)
    entry = gtk_widget_get_next_sibling (entry);
  return entry;
}

/* A title, and a due date that is a date when there is one. */
static void
on_entry_changed_cb (GtkEditable      *editable,
                     AdwMessageDialog *dialog)
{
  g_autofree char *title = entry_text (nth_entry (dialog, 0));
  g_autofree char *due = entry_text (nth_entry (dialog, 2));
  gboolean due_ok = due == NULL || grove_person_date_is_valid (due);

  if (due_ok)
    gtk_widget_remove_css_class (nth_entry (dialog, 2), "error");
  else
    gtk_widget_add_css_class (nth_entry (dialog, 2), "error");
  adw_message_dialog_set_response_enabled (dialog, "add", title != NULL && due_ok);
}

static gboolean
add_objective (GroveStore  *store,
               gpointer     user_data,
               GError     **error)
{
  const GroveObjective *objective = user_data;

  return grove_ipdr_add_objective (store, objective->ipdr_id, objective, error) != 0;
}

static void
on_response_cb (AdwMessageDialog       *dialog,
                const char             *response,
                GroveConversationsPage *self)
{
  g_autofree char *title = entry_text (nth_entry (dialog, 0));
  g_autoptr(GroveObjective) objective = NULL;
  g_autofree char *what = NULL;

  if (g_strcmp0 (response, "add") != 0 || title == NULL || self->ipdr_id == 0)
    return;
  objective = grove_objective_new (title);
  objective->measure = entry_text (nth_entry (dialog, 1));
  objective->due = entry_text (nth_entry (dialog, 2));
  objective->ipdr_id = self->ipdr_id;
  /* Translators: the amendment log's entry; %s is the objective's title */
  what = g_strdup_printf (_("Added the objective “%s”"), objective->title);
  if (!_grove_conversations_page_write (self, what, add_objective, objective))
    return;
  _grove_conversations_page_refresh (self);
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (_("Objective added")));
}

static GtkWidget *
new_entry (AdwMessageDialog *dialog,
           const char       *label)
{
  GtkWidget *entry = gtk_entry_new ();

  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  g_signal_connect (entry, "changed", G_CALLBACK (on_entry_changed_cb), dialog);
  return entry;
}

void
_grove_conversations_page_add_objective (GroveConversationsPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  AdwMessageDialog *dialog;
  GtkWidget *box;

  if (self->ipdr_id == 0)
    return;
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                       _("Add an Objective"),
                                                       _("What is to be achieved, how success will be measured, and by when.")));
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  gtk_box_append (GTK_BOX (box), new_entry (dialog, _("Objective")));
  gtk_box_append (GTK_BOX (box), new_entry (dialog, _("Measure of success (optional)")));
  gtk_box_append (GTK_BOX (box), new_entry (dialog, _("Due date, YYYY-MM-DD (optional)")));
  adw_message_dialog_set_extra_child (dialog, box);
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "add", _("_Add"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "add", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "add");
  adw_message_dialog_set_close_response (dialog, "cancel");
  adw_message_dialog_set_response_enabled (dialog, "add", FALSE);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (gtk_widget_get_first_child (box));
}
