/* grove-conversations-record.c: one report's IPDR on the Conversations page
 *
 * The record is read afresh each time someone is selected, so that it shows
 * what the last conversation stored; a record has tens of rows, not
 * thousands, so plain list boxes are enough here.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "grove-agenda.h"
#include "grove-conversations-page-private.h"
#include "grove-ipdr-notes.h"
#include "grove-ipdr-objective.h"
#include "grove-team-objective.h"
#include "grove-ipdr-plan.h"

static void
clear_list (GtkListBox *list)
{
  GtkListBoxRow *row;

  /* The placeholder goes first: it is a child too, but not a row. */
  gtk_list_box_set_placeholder (list, NULL);
  while ((row = gtk_list_box_get_row_at_index (list, 0)) != NULL)
    gtk_list_box_remove (list, GTK_WIDGET (row));
}

static void
set_placeholder (GtkListBox *list,
                 const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_set_margin_top (label, 12);
  gtk_widget_set_margin_bottom (label, 12);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_list_box_set_placeholder (list, label);
}

static void
set_row_text (GtkWidget  *row,
              const char *title,
              const char *subtitle)
{
  /* What people typed is text, not markup. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (ADW_IS_EXPANDER_ROW (row))
    adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle != NULL ? subtitle : "");
  else
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle != NULL ? subtitle : "");
}

static GtkWidget *
add_row (GtkListBox *list,
         const char *title,
         const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  set_row_text (row, title, subtitle);
  gtk_list_box_append (list, row);
  return row;
}

static GtkWidget *
new_badge (const char *text,
           const char *style)
{
  GtkWidget *badge = gtk_label_new (text);

  gtk_widget_set_valign (badge, GTK_ALIGN_CENTER);
  /* "Development activity" would squeeze the title on a phone. */
  gtk_label_set_wrap (GTK_LABEL (badge), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (badge), 12);
  gtk_label_set_justify (GTK_LABEL (badge), GTK_JUSTIFY_RIGHT);
  gtk_label_set_xalign (GTK_LABEL (badge), 1);
  gtk_widget_add_css_class (badge, "caption-heading");
  gtk_widget_add_css_class (badge, style);
  return badge;
}

static void
fill_agenda (GroveConversationsPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GroveAgenda) agenda = grove_agenda_build (self->store, self->ipdr_id, self->today, &error);

  clear_list (self->agenda_list);
  set_placeholder (self->agenda_list, _("Nothing in particular to talk about"));
  if (agenda == NULL)
    {
      g_warning ("Could not build the agenda: %s", error->message);
      return;
    }
  for (guint i = 0; i < agenda->items->len; i++)
    {
      const GroveAgendaItem *item = g_ptr_array_index (agenda->items, i);
      g_autofree char *date = grove_ipdr_format_date (item->date);
      g_autofree char *subtitle = NULL;
      GtkWidget *row;

      /* The detail already says when, in a sentence of its own. */
      subtitle = g_strdup (item->detail != NULL ? item->detail : date);
      row = add_row (self->agenda_list, item->title, subtitle);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 new_badge (grove_agenda_item_kind_label (item->kind),
                                            item->overdue ? "error" : "dim-label"));
    }
}

static GtkWidget *
new_progress_bar (guint progress)
{
  GtkWidget *bar = gtk_level_bar_new_for_interval (0, 100);

  gtk_level_bar_set_value (GTK_LEVEL_BAR (bar), progress);
  gtk_widget_set_size_request (bar, 80, -1);
  gtk_widget_set_valign (bar, GTK_ALIGN_CENTER);
  return bar;
}

/* A flat button on a row acting on the row's item, @id. */
GtkWidget *
_grove_conversations_row_button_new (const char *icon_name,
                                     const char *label,
                                     const char *action,
                                     gint64      id)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), g_variant_new_int64 (id));
  return button;
}

/* Activating @row, by a click or with Enter, runs @action on its item:
 * opening the item's editor. */
void
_grove_conversations_row_set_action (GtkWidget  *row,
                                     const char *action,
                                     GVariant   *target)
{
  /* The target first: a name without one is checked, and found wanting. */
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (row), target);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), action);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
}

static void
add_objective_buttons (GtkWidget            *row,
                       const GroveObjective *objective)
{
  GtkWidget *buttons[] = {
    new_progress_bar (objective->progress),
    _grove_conversations_row_button_new ("document-edit-symbolic", _("Edit Objective"),
                                         "conversations.edit-objective", objective->id),
    _grove_conversations_row_button_new ("user-trash-symbolic", _("Delete Objective"),
                                         "conversations.delete-objective", objective->id),
  };

  /* An expander row puts each new action before the ones already there:
   * given last first, they line up with the other rows'. */
  for (guint i = 0; i < G_N_ELEMENTS (buttons); i++)
    if (ADW_IS_EXPANDER_ROW (row))
      adw_expander_row_add_action (ADW_EXPANDER_ROW (row), buttons[G_N_ELEMENTS (buttons) - 1 - i]);
    else
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), buttons[i]);
}

static void
fill_objectives (GroveConversationsPage *self,
                 const GroveIpdr        *ipdr)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) objectives = grove_ipdr_list_objectives (self->store, ipdr->id, &error);

  clear_list (self->objectives_list);
  set_placeholder (self->objectives_list, _("No objectives yet"));
  if (objectives == NULL)
    {
      g_warning ("Could not read the objectives: %s", error->message);
      return;
    }
  for (guint i = 0; i < objectives->len; i++)
    {
      const GroveObjective *objective = g_ptr_array_index (objectives, i);
      g_autoptr(GPtrArray) advice = grove_objective_check_smart (objective, ipdr->period_start, ipdr->period_end);
      g_autofree char *due = grove_ipdr_format_date (objective->due);
      g_autofree char *subtitle = NULL;
      GtkWidget *row;

      if (due != NULL)
        /* Translators: an objective's status, how far along it is and when it is due */
        subtitle = g_strdup_printf (_("%s · %u%% done · due %s"),
                                    grove_objective_status_label (objective->status), objective->progress, due);
      else
        subtitle = g_strdup_printf (_("%s · %u%% done"),
                                    grove_objective_status_label (objective->status), objective->progress);
      if (objective->plan_objective_id != 0)
        {
          g_autoptr(GroveTeamObjective) supports = grove_team_objective_get (self->store, objective->plan_objective_id,
                                                                             NULL);
          g_autofree char *first = g_steal_pointer (&subtitle);

          /* Translators: the team objective an individual objective supports */
          subtitle = g_strdup_printf (_("%s\nSupports: %s"), first,
                                      supports != NULL ? supports->title : _("a team objective"));
        }
      if (advice == NULL || advice->len == 0)
        {
          row = add_row (self->objectives_list, objective->title, subtitle);
          add_objective_buttons (row, objective);
          /* With advice, activating the row shows the advice instead. */
          _grove_conversations_row_set_action (row, "conversations.edit-objective",
                                               g_variant_new_int64 (objective->id));
          continue;
        }
      /* Advice on making it SMART is tucked under the objective. */
      row = adw_expander_row_new ();
      set_row_text (row, objective->title, subtitle);
      add_objective_buttons (row, objective);
      for (guint j = 0; j < advice->len; j++)
        {
          const GroveSmartAdvice *item = g_ptr_array_index (advice, j);
          GtkWidget *advice_row = adw_action_row_new ();

          set_row_text (advice_row, item->advice, NULL);
          adw_action_row_add_prefix (ADW_ACTION_ROW (advice_row), gtk_image_new_from_icon_name ("dialog-information-symbolic"));
          adw_expander_row_add_row (ADW_EXPANDER_ROW (row), advice_row);
        }
      gtk_list_box_append (self->objectives_list, row);
    }
}

static char *
describe_activity (const GroveActivity *activity)
{
  g_autofree char *due = grove_ipdr_format_date (activity->due);
  g_autofree char *completed = grove_ipdr_format_date (activity->completed);

  if (completed != NULL && activity->rating > 0)
    /* Translators: an activity's learning method, when it was completed and its rating */
    return g_strdup_printf (_("%s · completed %s · rated %d of 5"), grove_learning_method_label (activity->method),
                            completed, activity->rating);
  if (completed != NULL)
    return g_strdup_printf (_("%s · completed %s"), grove_learning_method_label (activity->method), completed);
  if (due != NULL)
    /* Translators: an activity's learning method, its status and when it is due */
    return g_strdup_printf (_("%s · %s · due %s"), grove_learning_method_label (activity->method),
                            grove_activity_status_label (activity->status), due);
  return g_strdup_printf ("%s · %s", grove_learning_method_label (activity->method),
                          grove_activity_status_label (activity->status));
}

static void
fill_plan (GroveConversationsPage *self,
           const GroveIpdr        *ipdr)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) needs = grove_ipdr_list_needs (self->store, ipdr->id, &error);
  g_autoptr(GPtrArray) activities = NULL;

  clear_list (self->plan_list);
  set_placeholder (self->plan_list, _("No development needs yet"));
  if (needs != NULL)
    activities = grove_ipdr_list_activities (self->store, ipdr->id, &error);
  if (activities == NULL)
    {
      g_warning ("Could not read the development plan: %s", error->message);
      return;
    }
  for (guint i = 0; i < needs->len; i++)
    {
      const GroveNeed *need = g_ptr_array_index (needs, i);
      GtkWidget *row = adw_expander_row_new ();
      guint n_activities = 0;

      for (guint j = 0; j < activities->len; j++)
        {
          const GroveActivity *activity = g_ptr_array_index (activities, j);
          g_autofree char *subtitle = NULL;
          GtkWidget *activity_row;

          if (activity->need_id != need->id)
            continue;
          subtitle = describe_activity (activity);
          activity_row = adw_action_row_new ();
          set_row_text (activity_row, activity->title, subtitle);
          _grove_conversations_row_set_action (activity_row, "conversations.edit-activity",
                                               g_variant_new_int64 (activity->id));
          if (activity->status == GROVE_ACTIVITY_PLANNED || activity->status == GROVE_ACTIVITY_IN_PROGRESS)
            adw_action_row_add_suffix (ADW_ACTION_ROW (activity_row),
                                       _grove_conversations_row_button_new ("object-select-symbolic",
                                                                            _("Complete the Activity"),
                                                                            "conversations.complete-activity",
                                                                            activity->id));
          else if (activity->status == GROVE_ACTIVITY_COMPLETED)
            adw_action_row_add_suffix (ADW_ACTION_ROW (activity_row),
                                       _grove_conversations_row_button_new ("starred-symbolic",
                                                                            _("Change the Evaluation"),
                                                                            "conversations.complete-activity",
                                                                            activity->id));
          adw_action_row_add_suffix (ADW_ACTION_ROW (activity_row),
                                     _grove_conversations_row_button_new ("user-trash-symbolic",
                                                                          _("Delete the Activity"),
                                                                          "conversations.delete-activity",
                                                                          activity->id));
          adw_expander_row_add_row (ADW_EXPANDER_ROW (row), activity_row);
          n_activities++;
        }
      {
        g_autofree char *subtitle =
          g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s priority · %u activity", "%s priority · %u activities",
                                        n_activities),
                           grove_need_priority_label (need->priority), n_activities);

        set_row_text (row, need->capability, subtitle);
      }
      /* An expander row puts each action before the last: delete ends up
       * last. Activating the row opens or closes it, so the need has a
       * button of its own for changing it. */
      adw_expander_row_add_action (ADW_EXPANDER_ROW (row),
                                   _grove_conversations_row_button_new ("user-trash-symbolic", _("Delete the Need"),
                                                                        "conversations.delete-need", need->id));
      adw_expander_row_add_action (ADW_EXPANDER_ROW (row),
                                   _grove_conversations_row_button_new ("document-edit-symbolic", _("Edit the Need"),
                                                                        "conversations.edit-need", need->id));
      adw_expander_row_add_action (ADW_EXPANDER_ROW (row),
                                   _grove_conversations_row_button_new ("list-add-symbolic", _("Add an Activity"),
                                                                        "conversations.add-activity", need->id));
      adw_expander_row_set_enable_expansion (ADW_EXPANDER_ROW (row), n_activities > 0);
      /* What was just added is worth seeing. */
      adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), n_activities > 0);
      gtk_list_box_append (self->plan_list, row);
    }
}

static void
fill_notes (GroveConversationsPage *self,
            const GroveIpdr        *ipdr)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) notes = grove_ipdr_list_wpa_notes (self->store, ipdr->id, &error);

  clear_list (self->notes_list);
  set_placeholder (self->notes_list, _("No notes yet"));
  if (notes == NULL)
    {
      g_warning ("Could not read the notes: %s", error->message);
      return;
    }
  for (guint i = 0; i < notes->len; i++)
    {
      const GroveWpaNote *note = g_ptr_array_index (notes, i);
      g_autofree char *noted = grove_ipdr_format_date (note->noted);
      g_autofree char *subtitle = NULL;

      if (note->feedback != NULL)
        /* Translators: when a note was made, and the feedback given */
        subtitle = g_strdup_printf (_("%s · Feedback: %s"), noted, note->feedback);
      GtkWidget *row = add_row (self->notes_list, note->observation, subtitle != NULL ? subtitle : noted);

      _grove_conversations_row_set_action (row, "conversations.edit-note", g_variant_new_int64 (note->id));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 _grove_conversations_row_button_new ("user-trash-symbolic", _("Delete Note"),
                                                                      "conversations.delete-note", note->id));
    }
}

static void
show_no_record (GroveConversationsPage *self,
                const GroveTeamMember  *member)
{
  g_autofree char *description =
    g_strdup_printf (_("%s has no IPDR for this year yet."), member->name);

  self->ipdr_id = 0;
  self->locked = FALSE;
  adw_status_page_set_title (self->record_status, _("No IPDR Yet"));
  adw_status_page_set_description (self->record_status, description);
  gtk_stack_set_visible_child_name (self->record_stack, "none");
}

void
_grove_conversations_page_show_record (GroveConversationsPage *self,
                                       const GroveTeamMember  *member)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GroveIpdr) ipdr = NULL;
  g_autofree char *period = NULL;
  g_autofree char *status = NULL;
  g_autofree char *last = NULL;

  if (member == NULL)
    {
      self->ipdr_id = 0;
      self->locked = FALSE;
      adw_status_page_set_title (self->record_status, _("No One Selected"));
      adw_status_page_set_description (self->record_status, NULL);
      gtk_stack_set_visible_child_name (self->record_stack, "none");
      return;
    }
  if (member->ipdr_id == 0 || (ipdr = grove_ipdr_get (self->store, member->ipdr_id, &error)) == NULL)
    {
      if (error != NULL)
        g_warning ("Could not read the IPDR: %s", error->message);
      show_no_record (self, member);
      return;
    }

  self->ipdr_id = ipdr->id;
  self->locked = ipdr->locked;
  period = grove_ipdr_format_period (ipdr);
  last = grove_ipdr_format_date (ipdr->last_conversation);
  if (ipdr->locked)
    /* Translators: the record's period, for a record signed off by both */
    status = g_strdup_printf (_("Signed off and locked · %s"), period);
  else if (last != NULL)
    /* Translators: the record's status, its period and the day of the last conversation */
    status = g_strdup_printf (_("%s · %s · Last conversation %s"), grove_ipdr_status_label (ipdr->status), period, last);
  else
    status = g_strdup_printf (_("%s · %s · No conversation yet"), grove_ipdr_status_label (ipdr->status), period);
  gtk_label_set_text (self->name_label, member->name);
  gtk_label_set_text (self->status_label, status);

  fill_agenda (self);
  fill_objectives (self, ipdr);
  fill_plan (self, ipdr);
  fill_notes (self, ipdr);
  _grove_conversations_page_fill_reviews (self);
  _grove_conversations_page_fill_status (self, ipdr);
  gtk_stack_set_visible_child_name (self->record_stack, "record");
}
