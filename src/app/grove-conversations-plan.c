/* grove-conversations-plan.c: the development plan on the Conversations
 * page: adding and changing needs and their activities, and completing an
 * activity with its evaluation
 *
 * The same dialog adds an item and changes it: opened on an item it is
 * filled in from it, and what it does not show is kept as it was.
 *
 * Completing and evaluating are one step here: the evaluation is asked for
 * while the activity is fresh in the person's mind, and the two are saved
 * as one change of the activity.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "grove-conversations-page-private.h"
#include "grove-ipdr-plan.h"

static GtkWidget *
field (AdwMessageDialog *dialog,
       const char       *name)
{
  return _grove_conversations_find_field (adw_message_dialog_get_extra_child (dialog), name);
}

static GtkWidget *
new_spin (double min,
          double max,
          double step,
          guint  digits,
          double value)
{
  GtkWidget *spin = gtk_spin_button_new_with_range (min, max, step);

  gtk_spin_button_set_digits (GTK_SPIN_BUTTON (spin), digits);
  gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (spin), TRUE);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), value);
  return spin;
}

static void
set_id (AdwMessageDialog *dialog,
        const char       *key,
        gint64            id)
{
  g_object_set_data_full (G_OBJECT (dialog), key, g_memdup2 (&id, sizeof id), g_free);
}

static gint64
get_id (AdwMessageDialog *dialog,
        const char       *key)
{
  return *(gint64 *) g_object_get_data (G_OBJECT (dialog), key);
}

static void
present (AdwMessageDialog *dialog,
         const char       *first)
{
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (field (dialog, first));
}

/* Needs */

static GroveNeed *
find_need (GroveConversationsPage *self,
           gint64                  need_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) needs = grove_ipdr_list_needs (self->store, self->ipdr_id, &error);

  if (needs == NULL)
    g_warning ("Could not read the development plan: %s", error->message);
  for (guint i = 0; needs != NULL && i < needs->len; i++)
    if (((GroveNeed *) g_ptr_array_index (needs, i))->id == need_id)
      return g_ptr_array_steal_index (needs, i);
  return NULL;
}

static void
on_need_changed_cb (AdwMessageDialog *dialog)
{
  _grove_conversations_dialog_check (dialog, (const char *[]) { "capability", NULL }, NULL);
}

static gboolean
add_need (GroveStore  *store,
          gpointer     user_data,
          GError     **error)
{
  const GroveNeed *need = user_data;

  return grove_ipdr_add_need (store, need->ipdr_id, need, error) != 0;
}

static gboolean
update_need (GroveStore  *store,
             gpointer     user_data,
             GError     **error)
{
  return grove_ipdr_update_need (store, user_data, error);
}

static void
on_need_response_cb (AdwMessageDialog       *dialog,
                     const char             *response,
                     GroveConversationsPage *self)
{
  GArray *condition_ids = g_object_get_data (G_OBJECT (dialog), "condition-ids");
  gint64 need_id = get_id (dialog, "need-id");
  g_autoptr(GroveNeed) need = NULL;
  g_autofree char *what = NULL;
  guint condition;

  if (g_strcmp0 (response, _grove_conversations_dialog_get_response (dialog)) != 0 || self->ipdr_id == 0)
    return;
  /* The response can come without the button, so check again. */
  on_need_changed_cb (dialog);
  if (!adw_message_dialog_get_response_enabled (dialog, response))
    return;
  if (need_id == 0)
    {
      need = grove_need_new (NULL);
      need->ipdr_id = self->ipdr_id;
    }
  else if ((need = find_need (self, need_id)) == NULL)
    return;
  g_free (need->capability);
  g_free (need->description);
  need->capability = _grove_conversations_entry_text (field (dialog, "capability"));
  need->description = _grove_conversations_entry_text (field (dialog, "description"));
  need->priority = gtk_drop_down_get_selected (GTK_DROP_DOWN (field (dialog, "priority")));
  need->source = gtk_drop_down_get_selected (GTK_DROP_DOWN (field (dialog, "source")));
  condition = gtk_drop_down_get_selected (GTK_DROP_DOWN (field (dialog, "condition")));
  if (condition < condition_ids->len)
    need->condition_id = g_array_index (condition_ids, gint64, condition);
  if (need_id == 0)
    /* Translators: the amendment log's entry; %s is the capability */
    what = g_strdup_printf (_("Added the development need “%s”"), need->capability);
  else
    /* Translators: the amendment log's entry; %s is the capability */
    what = g_strdup_printf (_("Changed the development need “%s”"), need->capability);
  if (!_grove_conversations_page_write (self, what, need_id == 0 ? add_need : update_need, need))
    return;
  _grove_conversations_page_refresh (self);
  _grove_conversations_page_toast (self, need_id == 0 ? _("Development need added") : _("Development need saved"));
}

/* @need: (nullable): the need to change, or %NULL to add one */
static void
open_need_dialog (GroveConversationsPage *self,
                  const GroveNeed        *need)
{
  GArray *condition_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  const char *priorities[3];
  const char *sources[3];
  AdwMessageDialog *dialog;
  const char *body;
  GtkWidget *form;

  for (guint i = 0; i < 3; i++)
    {
      priorities[i] = grove_need_priority_label (i);
      sources[i] = grove_need_source_label (i);
    }
  form = _grove_conversations_form_new ();
  _grove_conversations_form_add (form, _("Ca_pability"), "capability",
                                 _grove_conversations_entry_new (need != NULL ? need->capability : NULL));
  _grove_conversations_form_add (form, _("_Description"), "description",
                                 _grove_conversations_entry_new (need != NULL ? need->description : NULL));
  _grove_conversations_form_add (form, _("P_riority"), "priority",
                                 _grove_conversations_dropdown_new (priorities, 3, need != NULL ? need->priority
                                                                                 : GROVE_NEED_PRIORITY_MEDIUM));
  _grove_conversations_form_add (form, _("_Found through"), "source",
                                 _grove_conversations_dropdown_new (sources, 3, need != NULL ? need->source
                                                                              : GROVE_NEED_SOURCE_IPDR));
  _grove_conversations_form_add (form, _("Framework co_ndition"), "condition",
                                 _grove_conversations_condition_dropdown_new (self,
                                                                              need != NULL ? need->condition_id : 0,
                                                                              condition_ids));
  _grove_conversations_form_add_note (form, "problem", "error");
  body = _("What the person is to develop, and how much it matters.");
  if (need == NULL)
    dialog = _grove_conversations_dialog_new (self, _("Add a Development Need"), body, form, "add", _("_Add"));
  else
    dialog = _grove_conversations_dialog_new (self, _("Edit the Development Need"), body, form, "save", _("_Save"));
  set_id (dialog, "need-id", need != NULL ? need->id : 0);
  g_object_set_data_full (G_OBJECT (dialog), "condition-ids", condition_ids, (GDestroyNotify) g_array_unref);
  g_signal_connect_swapped (field (dialog, "capability"), "changed", G_CALLBACK (on_need_changed_cb), dialog);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_need_response_cb), self, 0);
  on_need_changed_cb (dialog);
  present (dialog, "capability");
}

void
_grove_conversations_page_add_need (GroveConversationsPage *self)
{
  if (self->ipdr_id != 0)
    open_need_dialog (self, NULL);
}

void
_grove_conversations_page_edit_need (GroveConversationsPage *self,
                                     gint64                  need_id)
{
  g_autoptr(GroveNeed) need = self->ipdr_id != 0 ? find_need (self, need_id) : NULL;

  if (need != NULL)
    open_need_dialog (self, need);
}

/* Activities */

static GroveActivity *
find_activity (GroveConversationsPage *self,
               gint64                  activity_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) activities = grove_ipdr_list_activities (self->store, self->ipdr_id, &error);

  if (activities == NULL)
    g_warning ("Could not read the development plan: %s", error->message);
  for (guint i = 0; activities != NULL && i < activities->len; i++)
    if (((GroveActivity *) g_ptr_array_index (activities, i))->id == activity_id)
      return g_ptr_array_steal_index (activities, i);
  return NULL;
}

static void
on_activity_changed_cb (AdwMessageDialog *dialog)
{
  _grove_conversations_dialog_check (dialog, (const char *[]) { "title", NULL }, "due");
}

static gboolean
add_activity (GroveStore  *store,
              gpointer     user_data,
              GError     **error)
{
  const GroveActivity *activity = user_data;

  return grove_ipdr_add_activity (store, activity->need_id, activity, error) != 0;
}

static gboolean
update_activity (GroveStore  *store,
                 gpointer     user_data,
                 GError     **error)
{
  return grove_ipdr_update_activity (store, user_data, error);
}

static void
read_activity (AdwMessageDialog       *dialog,
               GroveConversationsPage *self,
               GroveActivity          *activity)
{
  g_free (activity->title);
  g_free (activity->provider);
  g_free (activity->due);
  activity->title = _grove_conversations_entry_text (field (dialog, "title"));
  activity->method = gtk_drop_down_get_selected (GTK_DROP_DOWN (field (dialog, "method")));
  activity->provider = _grove_conversations_entry_text (field (dialog, "provider"));
  activity->due = _grove_conversations_entry_text (field (dialog, "due"));
  activity->hours = gtk_spin_button_get_value (GTK_SPIN_BUTTON (field (dialog, "hours")));
  activity->status = gtk_drop_down_get_selected (GTK_DROP_DOWN (field (dialog, "status")));
  /* One marked done here was done today, as far as anyone knows; one no
   * longer done has no completion, and so no evaluation. */
  if (activity->status == GROVE_ACTIVITY_COMPLETED && activity->completed == NULL)
    activity->completed = g_strdup (self->today);
  else if (activity->status != GROVE_ACTIVITY_COMPLETED)
    {
      g_clear_pointer (&activity->completed, g_free);
      activity->rating = 0;
    }
}

static void
on_activity_response_cb (AdwMessageDialog       *dialog,
                         const char             *response,
                         GroveConversationsPage *self)
{
  gint64 activity_id = get_id (dialog, "activity-id");
  g_autoptr(GroveActivity) activity = NULL;
  g_autofree char *what = NULL;

  if (g_strcmp0 (response, _grove_conversations_dialog_get_response (dialog)) != 0 || self->ipdr_id == 0)
    return;
  on_activity_changed_cb (dialog);
  if (!adw_message_dialog_get_response_enabled (dialog, response))
    return;
  if (activity_id == 0)
    {
      activity = grove_activity_new (GROVE_LEARNING_FORMAL, NULL);
      activity->need_id = get_id (dialog, "need-id");
    }
  else if ((activity = find_activity (self, activity_id)) == NULL)
    return;
  read_activity (dialog, self, activity);
  if (activity_id == 0)
    /* Translators: the amendment log's entry; %s is the activity's title */
    what = g_strdup_printf (_("Added the development activity “%s”"), activity->title);
  else
    /* Translators: the amendment log's entry; %s is the activity's title */
    what = g_strdup_printf (_("Changed the development activity “%s”"), activity->title);
  if (!_grove_conversations_page_write (self, what, activity_id == 0 ? add_activity : update_activity, activity))
    return;
  _grove_conversations_page_refresh (self);
  _grove_conversations_page_toast (self, activity_id == 0 ? _("Development activity added")
                                                          : _("Development activity saved"));
}

/* @activity: (nullable): the activity to change, or %NULL to add one to
 * the need @need_id */
static void
open_activity_dialog (GroveConversationsPage *self,
                      gint64                  need_id,
                      const GroveActivity    *activity)
{
  const char *methods[GROVE_LEARNING_N_METHODS];
  const char *statuses[GROVE_ACTIVITY_CANCELLED + 1];
  AdwMessageDialog *dialog;
  const char *body;
  GtkWidget *form;

  for (guint i = 0; i < G_N_ELEMENTS (methods); i++)
    methods[i] = grove_learning_method_label (i);
  for (guint i = 0; i < G_N_ELEMENTS (statuses); i++)
    statuses[i] = grove_activity_status_label (i);
  form = _grove_conversations_form_new ();
  _grove_conversations_form_add (form, _("Ac_tivity"), "title",
                                 _grove_conversations_entry_new (activity != NULL ? activity->title : NULL));
  _grove_conversations_form_add (form, _("_Method"), "method",
                                 _grove_conversations_dropdown_new (methods, G_N_ELEMENTS (methods),
                                                                    activity != NULL ? activity->method
                                                                                     : GROVE_LEARNING_FORMAL));
  _grove_conversations_form_add (form, _("_Provider"), "provider",
                                 _grove_conversations_entry_new (activity != NULL ? activity->provider : NULL));
  _grove_conversations_form_add (form, _("D_ue date"), "due",
                                 _grove_conversations_entry_new (activity != NULL ? activity->due : NULL));
  gtk_entry_set_placeholder_text (GTK_ENTRY (_grove_conversations_find_field (form, "due")), _("YYYY-MM-DD"));
  _grove_conversations_form_add (form, _("_Hours"), "hours",
                                 new_spin (0, 1000, 0.5, 1, activity != NULL ? activity->hours : 0));
  _grove_conversations_form_add (form, _("_Status"), "status",
                                 _grove_conversations_dropdown_new (statuses, G_N_ELEMENTS (statuses),
                                                                    activity != NULL ? activity->status
                                                                                     : GROVE_ACTIVITY_PLANNED));
  _grove_conversations_form_add_note (form, "problem", "error");
  body = _("How the need will be met: a course, coaching, a secondment…");
  if (activity == NULL)
    dialog = _grove_conversations_dialog_new (self, _("Add a Development Activity"), body, form, "add", _("_Add"));
  else
    dialog = _grove_conversations_dialog_new (self, _("Edit the Development Activity"), body, form, "save",
                                              _("_Save"));
  set_id (dialog, "need-id", need_id);
  set_id (dialog, "activity-id", activity != NULL ? activity->id : 0);
  g_signal_connect_swapped (field (dialog, "title"), "changed", G_CALLBACK (on_activity_changed_cb), dialog);
  g_signal_connect_swapped (field (dialog, "due"), "changed", G_CALLBACK (on_activity_changed_cb), dialog);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_activity_response_cb), self, 0);
  on_activity_changed_cb (dialog);
  present (dialog, "title");
}

void
_grove_conversations_page_add_activity (GroveConversationsPage *self,
                                        gint64                  need_id)
{
  if (self->ipdr_id != 0)
    open_activity_dialog (self, need_id, NULL);
}

void
_grove_conversations_page_edit_activity (GroveConversationsPage *self,
                                         gint64                  activity_id)
{
  g_autoptr(GroveActivity) activity = self->ipdr_id != 0 ? find_activity (self, activity_id) : NULL;

  if (activity != NULL)
    open_activity_dialog (self, activity->need_id, activity);
}

/* Completing */

static void
on_complete_changed_cb (AdwMessageDialog *dialog)
{
  /* Completion needs a day: an empty date only disables, as for a title. */
  _grove_conversations_dialog_check (dialog, (const char *[]) { "completed", NULL }, "completed");
}

static void
on_complete_response_cb (AdwMessageDialog       *dialog,
                         const char             *response,
                         GroveConversationsPage *self)
{
  gint64 activity_id = get_id (dialog, "activity-id");
  g_autoptr(GroveActivity) activity = NULL;
  g_autofree char *what = NULL;

  if (g_strcmp0 (response, "complete") != 0 || self->ipdr_id == 0)
    return;
  on_complete_changed_cb (dialog);
  if (!adw_message_dialog_get_response_enabled (dialog, "complete") ||
      (activity = find_activity (self, activity_id)) == NULL)
    return;
  if (activity->status == GROVE_ACTIVITY_COMPLETED)
    /* Translators: the amendment log's entry; %s is the activity's title */
    what = g_strdup_printf (_("Changed the evaluation of the development activity “%s”"), activity->title);
  else
    /* Translators: the amendment log's entry; %s is the activity's title */
    what = g_strdup_printf (_("Completed the development activity “%s”"), activity->title);
  activity->status = GROVE_ACTIVITY_COMPLETED;
  g_free (activity->completed);
  activity->completed = _grove_conversations_entry_text (field (dialog, "completed"));
  activity->hours = gtk_spin_button_get_value (GTK_SPIN_BUTTON (field (dialog, "hours")));
  /* The first item is "not rated yet". */
  activity->rating = gtk_drop_down_get_selected (GTK_DROP_DOWN (field (dialog, "rating")));
  g_free (activity->what_changed);
  activity->what_changed = _grove_conversations_entry_text (field (dialog, "what-changed"));
  if (!_grove_conversations_page_write (self, what, update_activity, activity))
    return;
  _grove_conversations_page_refresh (self);
  _grove_conversations_page_toast (self, g_object_get_data (G_OBJECT (dialog), "done"));
}

void
_grove_conversations_page_complete_activity (GroveConversationsPage *self,
                                             gint64                  activity_id)
{
  g_autoptr(GroveActivity) activity = find_activity (self, activity_id);
  const char *ratings[] = {
    _("Not rated yet"),
    /* Translators: ratings of a development activity, from 1 to 5 */
    _("1 — Not useful"), _("2 — A little useful"), _("3 — Useful"), _("4 — Very useful"), _("5 — Changed my work"),
  };
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;
  GtkWidget *form;
  gboolean completed;

  if (activity == NULL)
    return;
  /* A completed one keeps its day: what changes is how it is evaluated. */
  completed = activity->status == GROVE_ACTIVITY_COMPLETED;
  form = _grove_conversations_form_new ();
  _grove_conversations_form_add (form, _("Completed o_n"), "completed",
                                 _grove_conversations_entry_new (completed && activity->completed != NULL
                                                                 ? activity->completed : self->today));
  _grove_conversations_form_add (form, _("_Hours"), "hours", new_spin (0, 1000, 0.5, 1, activity->hours));
  _grove_conversations_form_add (form, _("_Rating"), "rating",
                                 _grove_conversations_dropdown_new (ratings, G_N_ELEMENTS (ratings), activity->rating));
  _grove_conversations_form_add (form, _("_What changed"), "what-changed",
                                 _grove_conversations_entry_new (activity->what_changed));
  gtk_entry_set_placeholder_text (GTK_ENTRY (_grove_conversations_find_field (form, "what-changed")),
                                  _("What the person does differently in their work now"));
  _grove_conversations_form_add_note (form, "problem", "error");
  /* Translators: %s is the activity's title */
  body = g_strdup_printf (_("“%s”: how useful it was, and what changed in the work because of it."), activity->title);
  if (completed)
    {
      dialog = _grove_conversations_dialog_new (self, _("Change the Evaluation"), body, form, "complete", _("_Save"));
      g_object_set_data (G_OBJECT (dialog), "done", (gpointer) _("Evaluation saved"));
    }
  else
    {
      dialog = _grove_conversations_dialog_new (self, _("Complete the Activity"), body, form, "complete",
                                                _("C_omplete"));
      g_object_set_data (G_OBJECT (dialog), "done", (gpointer) _("Activity completed"));
    }
  set_id (dialog, "activity-id", activity_id);
  g_signal_connect_swapped (field (dialog, "completed"), "changed", G_CALLBACK (on_complete_changed_cb), dialog);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_complete_response_cb), self, 0);
  on_complete_changed_cb (dialog);
  present (dialog, "completed");
}
