/* grove-conversations-objective-edit.c: changing and deleting an objective
 * on the Conversations page
 *
 * The dialog shows the SMART advice as the objective is written, so the
 * manager sees what is missing before saving rather than after. A deleted
 * objective is kept until the next delete, so the toast can bring it back.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "grove-conversations-page-private.h"
#include "grove-ipdr-notes.h"
#include "grove-ipdr-objective.h"

typedef struct {
  GroveObjective *objective;     /* as it was when the dialog opened */
  char           *period_start;
  char           *period_end;
  GArray         *condition_ids; /* (element-type gint64): 0 first, for none */
  GArray         *plan_ids;      /* (element-type gint64): the team objectives offered, 0 first */
  GtkWidget      *form;
} ObjectiveForm;

static void
objective_form_free (ObjectiveForm *form)
{
  grove_objective_free (form->objective);
  g_free (form->period_start);
  g_free (form->period_end);
  g_array_unref (form->condition_ids);
  g_array_unref (form->plan_ids);
  g_free (form);
}

static GtkWidget *
field (ObjectiveForm *form,
       const char    *name)
{
  return _grove_conversations_find_field (form->form, name);
}

/* The objective as the dialog has it now. */
static GroveObjective *
read_form (ObjectiveForm *form)
{
  GroveObjective *objective = grove_objective_copy (form->objective);
  guint condition = gtk_drop_down_get_selected (GTK_DROP_DOWN (field (form, "condition")));
  guint supports = gtk_drop_down_get_selected (GTK_DROP_DOWN (field (form, "supports")));

  g_free (objective->title);
  g_free (objective->description);
  g_free (objective->measure);
  g_free (objective->due);
  objective->title = _grove_conversations_entry_text (field (form, "title"));
  objective->description = _grove_conversations_entry_text (field (form, "description"));
  objective->measure = _grove_conversations_entry_text (field (form, "measure"));
  objective->due = _grove_conversations_entry_text (field (form, "due"));
  objective->status = gtk_drop_down_get_selected (GTK_DROP_DOWN (field (form, "status")));
  objective->progress = gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (field (form, "progress")));
  if (condition < form->condition_ids->len)
    objective->condition_id = g_array_index (form->condition_ids, gint64, condition);
  if (supports < form->plan_ids->len)
    objective->plan_objective_id = g_array_index (form->plan_ids, gint64, supports);
  return objective;
}

static void
update_form (AdwMessageDialog *dialog)
{
  ObjectiveForm *form = g_object_get_data (G_OBJECT (dialog), "form");
  g_autoptr(GroveObjective) objective = read_form (form);
  gboolean due_ok = _grove_conversations_date_is_valid_or_empty (field (form, "due"));
  g_autofree char *problem = NULL;
  g_autoptr(GString) advice = g_string_new (NULL);

  if (!due_ok)
    /* Translators: %s is what was typed as a date */
    problem = g_strdup_printf (_("“%s” is not a date: write it as YYYY-MM-DD, for example 2027-03-31."),
                               objective->due);
  else if (objective->title == NULL)
    problem = g_strdup (_("An objective needs a title."));
  if (due_ok)
    gtk_widget_remove_css_class (field (form, "due"), "error");
  else
    gtk_widget_add_css_class (field (form, "due"), "error");
  _grove_conversations_form_set_note (field (form, "problem"), problem);

  if (due_ok && objective->title != NULL)
    {
      g_autoptr(GPtrArray) issues = grove_objective_check_smart (objective, form->period_start, form->period_end);

      for (guint i = 0; issues != NULL && i < issues->len; i++)
        {
          const GroveSmartAdvice *item = g_ptr_array_index (issues, i);

          g_string_append_printf (advice, "%s%s", advice->len > 0 ? "\n" : "", item->advice);
        }
    }
  _grove_conversations_form_set_note (field (form, "advice"), advice->str);
  adw_message_dialog_set_response_enabled (dialog, "save", problem == NULL);
}

static gboolean
update_objective (GroveStore  *store,
                  gpointer     user_data,
                  GError     **error)
{
  return grove_ipdr_update_objective (store, user_data, error);
}

static void
on_response_cb (AdwMessageDialog       *dialog,
                const char             *response,
                GroveConversationsPage *self)
{
  ObjectiveForm *form = g_object_get_data (G_OBJECT (dialog), "form");
  g_autoptr(GroveObjective) objective = NULL;
  g_autofree char *what = NULL;

  if (g_strcmp0 (response, "save") != 0 || self->ipdr_id != form->objective->ipdr_id)
    return;
  /* The response can come without the button, so check again. */
  update_form (dialog);
  if (!adw_message_dialog_get_response_enabled (dialog, "save"))
    return;
  objective = read_form (form);
  /* Translators: the amendment log's entry; %s is the objective's title */
  what = g_strdup_printf (_("Changed the objective “%s”"), objective->title);
  if (!_grove_conversations_page_write (self, what, update_objective, objective))
    return;
  _grove_conversations_page_refresh (self);
  _grove_conversations_page_toast (self, _("Objective saved"));
}

static void
build_form (GroveConversationsPage *self,
            ObjectiveForm          *form,
            AdwMessageDialog       *dialog)
{
  const GroveObjective *objective = form->objective;
  const char *statuses[GROVE_OBJECTIVE_N_STATUSES];
  GtkWidget *progress = gtk_spin_button_new_with_range (0, 100, 5);
  GtkWidget *entries[4];

  for (guint i = 0; i < G_N_ELEMENTS (statuses); i++)
    statuses[i] = grove_objective_status_label (i);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (progress), objective->progress);
  gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (progress), TRUE);

  form->form = _grove_conversations_form_new ();
  entries[0] = _grove_conversations_form_add (form->form, _("_Objective"), "title",
                                              _grove_conversations_entry_new (objective->title));
  entries[1] = _grove_conversations_form_add (form->form, _("_Description"), "description",
                                              _grove_conversations_entry_new (objective->description));
  entries[2] = _grove_conversations_form_add (form->form, _("_Measure"), "measure",
                                              _grove_conversations_entry_new (objective->measure));
  entries[3] = _grove_conversations_form_add (form->form, _("D_ue date"), "due",
                                              _grove_conversations_entry_new (objective->due));
  gtk_entry_set_placeholder_text (GTK_ENTRY (entries[3]), _("YYYY-MM-DD"));
  _grove_conversations_form_add (form->form, _("S_tatus"), "status",
                                 _grove_conversations_dropdown_new (statuses, G_N_ELEMENTS (statuses), objective->status));
  _grove_conversations_form_add (form->form, _("_Progress (0–100)"), "progress", progress);
  _grove_conversations_form_add (form->form, _("Framework co_ndition"), "condition",
                                 _grove_conversations_condition_dropdown_new (self, objective->condition_id,
                                                                              form->condition_ids));
  _grove_conversations_form_add (form->form, _("Su_pports"), "supports",
                                 _grove_conversations_plan_dropdown_new (self, objective->plan_objective_id,
                                                                         form->plan_ids));
  _grove_conversations_form_add_note (form->form, "problem", "error");
  _grove_conversations_form_add_note (form->form, "advice", "dim-label");

  for (guint i = 0; i < G_N_ELEMENTS (entries); i++)
    g_signal_connect_swapped (entries[i], "changed", G_CALLBACK (update_form), dialog);
  g_signal_connect_swapped (progress, "value-changed", G_CALLBACK (update_form), dialog);
  g_signal_connect_swapped (field (form, "status"), "notify::selected", G_CALLBACK (update_form), dialog);
}

void
_grove_conversations_page_edit_objective (GroveConversationsPage *self,
                                          gint64                  objective_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GroveIpdr) ipdr = NULL;
  ObjectiveForm *form;
  AdwMessageDialog *dialog;
  GroveObjective *objective;

  if (self->ipdr_id == 0)
    return;
  if ((objective = grove_ipdr_get_objective (self->store, objective_id, &error)) == NULL ||
      (ipdr = grove_ipdr_get (self->store, objective->ipdr_id, &error)) == NULL)
    {
      grove_objective_free (objective);
      _grove_conversations_page_toast (self, error->message);
      return;
    }
  form = g_new0 (ObjectiveForm, 1);
  form->objective = objective;
  form->period_start = g_strdup (ipdr->period_start);
  form->period_end = g_strdup (ipdr->period_end);
  form->condition_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  form->plan_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  dialog = _grove_conversations_dialog_new (self, _("Edit Objective"),
                                            self->locked ? _("The record is signed off: saving records the change as an amendment.")
                                                         : NULL,
                                            NULL, "save", _("_Save"));
  g_object_set_data_full (G_OBJECT (dialog), "form", form, (GDestroyNotify) objective_form_free);
  build_form (self, form, dialog);
  adw_message_dialog_set_extra_child (dialog, form->form);
  update_form (dialog);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (field (form, "title"));
}

static gboolean
delete_objective (GroveStore  *store,
                  gpointer     user_data,
                  GError     **error)
{
  return grove_ipdr_delete_objective (store, ((GroveObjective *) user_data)->id, error);
}

/* Deleting an objective only unlinks the notes about it; Undo links them
 * again, so they are remembered. */
static GArray *
list_notes_about (GroveConversationsPage  *self,
                  const GroveObjective    *objective,
                  GError                 **error)
{
  g_autoptr(GPtrArray) notes = grove_ipdr_list_wpa_notes (self->store, objective->ipdr_id, error);
  g_autoptr(GArray) ids = NULL;

  if (notes == NULL)
    return NULL;
  ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  for (guint i = 0; i < notes->len; i++)
    {
      const GroveWpaNote *note = g_ptr_array_index (notes, i);

      if (note->objective_id == objective->id)
        g_array_append_val (ids, note->id);
    }
  return g_steal_pointer (&ids);
}

void
_grove_conversations_page_delete_objective (GroveConversationsPage *self,
                                            gint64                  objective_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GroveObjective) objective = grove_ipdr_get_objective (self->store, objective_id, &error);
  g_autoptr(GArray) notes = NULL;
  g_autofree char *what = NULL;
  AdwToast *toast;

  if (objective == NULL || (notes = list_notes_about (self, objective, &error)) == NULL)
    {
      _grove_conversations_page_toast (self, error->message);
      return;
    }
  what = g_strdup_printf (_("Deleted the objective “%s”"), objective->title);
  if (!_grove_conversations_page_write (self, what, delete_objective, objective))
    return;
  g_clear_pointer (&self->deleted_objective, grove_objective_free);
  g_clear_pointer (&self->deleted_objective_notes, g_array_unref);
  self->deleted_objective = g_steal_pointer (&objective);
  self->deleted_objective_notes = g_steal_pointer (&notes);
  _grove_conversations_page_refresh (self);

  toast = adw_toast_new (_("Objective deleted"));
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "conversations.undo-delete-objective");
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static gboolean
restore_objective (GroveStore  *store,
                   gpointer     user_data,
                   GError     **error)
{
  GroveConversationsPage *self = user_data;
  GArray *notes = self->deleted_objective_notes;

  return grove_ipdr_restore_objective (store, self->deleted_objective,
                                       (const gint64 *) (gpointer) notes->data, notes->len, error) != 0;
}

void
_grove_conversations_page_undo_delete_objective (GroveConversationsPage *self)
{
  g_autofree char *what = NULL;
  gboolean restored;

  if (self->deleted_objective == NULL || self->deleted_objective->ipdr_id != self->ipdr_id)
    {
      g_clear_pointer (&self->deleted_objective, grove_objective_free);
      g_clear_pointer (&self->deleted_objective_notes, g_array_unref);
      return;
    }
  what = g_strdup_printf (_("Restored the objective “%s”"), self->deleted_objective->title);
  restored = _grove_conversations_page_write (self, what, restore_objective, self);
  g_clear_pointer (&self->deleted_objective, grove_objective_free);
  g_clear_pointer (&self->deleted_objective_notes, g_array_unref);
  if (!restored)
    return;
  _grove_conversations_page_refresh (self);
}
