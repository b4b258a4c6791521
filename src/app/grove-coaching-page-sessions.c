/* grove-coaching-page-sessions.c: the session log of the chosen relationship
 *
 * Choosing a relationship shows its sessions below the list; "Log Session…"
 * asks for the day, the length and notes, and refuses a day that is not a
 * date before the core is asked, so that the dialog says what is wrong while
 * it is still open. The core checks the rest (the length, a closed
 * relationship, a day before it started) and its message is shown as a toast.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "grove-coaching-page-private.h"
#include "grove-coaching-row.h"
#include "grove-relationship.h"

#define MINUTES_DEFAULT 60
#define MINUTES_MAX     1440

char *
grove_coaching_page_today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%d");
}

void
grove_coaching_page_load_sessions (GroveCoachingPage *self)
{
  GroveCoachingRow *relationship = gtk_single_selection_get_selected_item (self->relationship_selection);
  g_autoptr(GPtrArray) sessions = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *heading = NULL;

  g_list_store_remove_all (self->sessions);
  if (relationship == NULL || self->store == NULL)
    {
      gtk_label_set_label (self->sessions_label, _("Choose a relationship to see its sessions"));
      return;
    }

  sessions = grove_relationship_list_sessions (self->store, grove_coaching_row_get_id (relationship), &error);
  if (sessions == NULL)
    {
      grove_coaching_page_toast (self, error->message);
      return;
    }
  for (guint i = 0; i < sessions->len; i++)
    {
      GroveCoachingSession *session = g_ptr_array_index (sessions, i);
      char **texts = g_new0 (char *, 4);
      g_autoptr(GroveCoachingRow) row = NULL;

      texts[0] = g_strdup (session->held);
      texts[1] = g_strdup_printf ("%u", session->minutes);
      texts[2] = g_strdup (session->notes != NULL ? session->notes : "");
      row = grove_coaching_row_new (session->id, 0, texts);
      g_list_store_append (self->sessions, row);
    }
  /* Translators: the heading of a relationship's session log, e.g.
   * "Sessions of Ann Lee with Tom Ray" */
  heading = g_strdup_printf (_("Sessions of %s with %s"),
                             grove_coaching_row_get_text (relationship, 0),
                             grove_coaching_row_get_text (relationship, 1));
  gtk_label_set_label (self->sessions_label, heading);
}

static void
relationship_chosen_cb (GroveCoachingPage *self)
{
  grove_coaching_page_load_sessions (self);
  grove_coaching_page_update_actions (self);
}

void
grove_coaching_page_init_sessions (GroveCoachingPage *self)
{
  g_autoptr(GtkSelectionModel) sessions = NULL;
  GtkFilterListModel *filtered;

  self->sessions = g_list_store_new (GROVE_TYPE_COACHING_ROW);
  filtered = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (self->relationships)),
                                        g_object_ref (GTK_FILTER (self->search_filter)));
  self->relationship_selection = gtk_single_selection_new (G_LIST_MODEL (filtered));
  gtk_single_selection_set_autoselect (self->relationship_selection, FALSE);
  g_signal_connect_swapped (self->relationship_selection, "notify::selected",
                            G_CALLBACK (relationship_chosen_cb), self);
  gtk_column_view_set_model (self->relationships_view, GTK_SELECTION_MODEL (self->relationship_selection));
  grove_coaching_page_add_column (self->relationships_view, _("Coachee"), 0, 18, TRUE);
  grove_coaching_page_add_column (self->relationships_view, _("Coach"), 1, 18, TRUE);
  grove_coaching_page_add_column (self->relationships_view, _("Started"), 2, 10, FALSE);
  grove_coaching_page_add_column (self->relationships_view, _("Status"), 3, 8, FALSE);
  grove_coaching_page_add_column (self->relationships_view, _("Sessions"), 4, 4, FALSE);
  grove_coaching_page_add_column (self->relationships_view, _("Hours"), 5, 4, FALSE);
  grove_coaching_page_add_column (self->relationships_view, _("Fit"), 6, 10, FALSE);

  sessions = GTK_SELECTION_MODEL (gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->sessions))));
  gtk_column_view_set_model (self->sessions_view, sessions);
  grove_coaching_page_add_column (self->sessions_view, _("Date"), 0, 10, FALSE);
  grove_coaching_page_add_column (self->sessions_view, _("Minutes"), 1, 4, FALSE);
  grove_coaching_page_add_column (self->sessions_view, _("Notes"), 2, 20, TRUE);
}

/* Reading the relationships again drops the choice: choose it again so
 * that its log stays in view. */
void
grove_coaching_page_reload_choosing (GroveCoachingPage *self,
                                     gint64             relationship_id)
{
  GListModel *model = G_LIST_MODEL (self->relationship_selection);

  grove_coaching_page_reload (self);
  for (guint position = 0; position < g_list_model_get_n_items (model); position++)
    {
      g_autoptr(GroveCoachingRow) row = g_list_model_get_item (model, position);

      if (grove_coaching_row_get_id (row) == relationship_id)
        {
          gtk_single_selection_set_selected (self->relationship_selection, position);
          break;
        }
    }
}

/* The dialogs */

typedef struct {
  GroveCoachingPage *page;
  gint64             relationship_id;
  GtkEntry          *date;
  GtkSpinButton     *minutes;
  GtkEntry          *notes;    /* the outcome, when closing */
  GtkSpinButton     *rating;
} LogDialog;

static void
log_dialog_free (LogDialog *dialog)
{
  g_object_unref (dialog->page);
  g_free (dialog);
}

static gboolean
is_date (const char *text)
{
  int year, month, day;
  char end;

  /* YYYY-MM-DD exactly, and a day the calendar has. */
  return strlen (text) == 10
         && sscanf (text, "%4d-%2d-%2d%c", &year, &month, &day, &end) == 3
         && g_date_valid_dmy (day, month, year);
}

static void
date_changed_cb (GtkEditable    *editable,
                 AdwMessageDialog *dialog)
{
  gboolean valid = is_date (gtk_editable_get_text (editable));

  adw_message_dialog_set_response_enabled (dialog, "log", valid);
  if (valid)
    gtk_widget_remove_css_class (GTK_WIDGET (editable), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (editable), "error");
}

static void
log_response_cb (AdwMessageDialog *message_dialog,
                 const char       *response,
                 LogDialog        *dialog)
{
  GroveCoachingPage *self = dialog->page;
  g_autoptr(GError) error = NULL;
  const char *notes = gtk_editable_get_text (GTK_EDITABLE (dialog->notes));

  if (!g_str_equal (response, "log"))
    return;

  if (grove_relationship_log_session (self->store, dialog->relationship_id,
                                      gtk_editable_get_text (GTK_EDITABLE (dialog->date)),
                                      gtk_spin_button_get_value_as_int (dialog->minutes),
                                      notes[0] != '\0' ? notes : NULL, &error) == 0)
    {
      grove_coaching_page_toast (self, error->message);
      return;
    }

  grove_coaching_page_reload_choosing (self, dialog->relationship_id);
  grove_coaching_page_toast (self, _("Session logged"));
}

/* GtkSpinButton's − and + buttons (GTK 4.8) show only an icon and have no
 * name of their own, so a screen reader would say just "button". */
static void
name_step_buttons (GtkWidget *spin)
{
  for (GtkWidget *child = gtk_widget_get_first_child (spin); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      const char *icon = GTK_IS_BUTTON (child) ? gtk_button_get_icon_name (GTK_BUTTON (child)) : NULL;

      if (g_strcmp0 (icon, "value-decrease-symbolic") == 0)
        gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Decrease"), -1);
      else if (g_strcmp0 (icon, "value-increase-symbolic") == 0)
        gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Increase"), -1);
    }
}

GtkWidget *
grove_coaching_page_add_field (GtkWidget  *grid,
                               int         row,
                               const char *title,
                               GtkWidget  *field)
{
  GtkWidget *label = gtk_label_new_with_mnemonic (title);

  gtk_label_set_xalign (GTK_LABEL (label), 1);
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), field);
  gtk_widget_set_hexpand (field, TRUE);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (field),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, label, NULL, -1);
  if (GTK_IS_SPIN_BUTTON (field))
    name_step_buttons (field);
  gtk_grid_attach (GTK_GRID (grid), label, 0, row, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), field, 1, row, 1, 1);
  return field;
}

void
grove_coaching_page_log_session (GtkWidget  *widget,
                                 const char *action_name,
                                 GVariant   *parameter)
{
  GroveCoachingPage *self = GROVE_COACHING_PAGE (widget);
  GroveCoachingRow *relationship = gtk_single_selection_get_selected_item (self->relationship_selection);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *heading = NULL;
  AdwMessageDialog *message_dialog;
  LogDialog *dialog;
  GtkWidget *grid;

  if (relationship == NULL)
    return;

  /* Translators: e.g. "Log a Session of Ann Lee with Tom Ray" */
  heading = g_strdup_printf (_("Log a Session of %s with %s"),
                             grove_coaching_row_get_text (relationship, 0),
                             grove_coaching_row_get_text (relationship, 1));
  message_dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)),
                                                               heading, NULL));
  adw_message_dialog_add_responses (message_dialog,
                                    "cancel", _("_Cancel"),
                                    "log", _("_Log"),
                                    NULL);
  adw_message_dialog_set_response_appearance (message_dialog, "log", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (message_dialog, "log");
  adw_message_dialog_set_close_response (message_dialog, "cancel");

  dialog = g_new0 (LogDialog, 1);
  dialog->page = g_object_ref (self);
  dialog->relationship_id = grove_coaching_row_get_id (relationship);

  grid = gtk_grid_new ();
  gtk_grid_set_row_spacing (GTK_GRID (grid), 6);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  dialog->date = GTK_ENTRY (grove_coaching_page_add_field (grid, 0, _("_Date"), gtk_entry_new ()));
  gtk_editable_set_text (GTK_EDITABLE (dialog->date), today);
  gtk_entry_set_activates_default (dialog->date, TRUE);
  gtk_widget_set_tooltip_text (GTK_WIDGET (dialog->date), _("The day it was held, YYYY-MM-DD"));
  dialog->minutes = GTK_SPIN_BUTTON (grove_coaching_page_add_field (grid, 1, _("_Minutes"),
                                                gtk_spin_button_new_with_range (1, MINUTES_MAX, 5)));
  gtk_spin_button_set_value (dialog->minutes, MINUTES_DEFAULT);
  dialog->notes = GTK_ENTRY (grove_coaching_page_add_field (grid, 2, _("_Notes"), gtk_entry_new ()));
  gtk_entry_set_activates_default (dialog->notes, TRUE);
  adw_message_dialog_set_extra_child (message_dialog, grid);

  g_signal_connect (dialog->date, "changed", G_CALLBACK (date_changed_cb), message_dialog);
  g_signal_connect_data (message_dialog, "response", G_CALLBACK (log_response_cb), dialog,
                         (GClosureNotify) (void (*) (void)) log_dialog_free, 0);
  gtk_window_present (GTK_WINDOW (message_dialog));
}

static void
close_response_cb (AdwMessageDialog *message_dialog,
                   const char       *response,
                   LogDialog        *dialog)
{
  GroveCoachingPage *self = dialog->page;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  g_autoptr(GError) error = NULL;
  const char *outcome = gtk_editable_get_text (GTK_EDITABLE (dialog->notes));

  if (!g_str_equal (response, "close"))
    return;

  if (!grove_relationship_close (self->store, dialog->relationship_id, today,
                                 gtk_spin_button_get_value_as_int (dialog->rating),
                                 outcome[0] != '\0' ? outcome : NULL, &error))
    {
      grove_coaching_page_toast (self, error->message);
      return;
    }
  grove_coaching_page_reload_choosing (self, dialog->relationship_id);
  grove_coaching_page_toast (self, _("Relationship closed"));
}

void
grove_coaching_page_close_relationship (GtkWidget  *widget,
                                        const char *action_name,
                                        GVariant   *parameter)
{
  GroveCoachingPage *self = GROVE_COACHING_PAGE (widget);
  GroveCoachingRow *relationship = gtk_single_selection_get_selected_item (self->relationship_selection);
  g_autofree char *heading = NULL;
  AdwMessageDialog *message_dialog;
  LogDialog *dialog;
  GtkWidget *grid;

  if (relationship == NULL)
    return;

  /* Translators: e.g. "Close the Relationship of Ann Lee with Tom Ray?" */
  heading = g_strdup_printf (_("Close the Relationship of %s with %s?"),
                             grove_coaching_row_get_text (relationship, 0),
                             grove_coaching_row_get_text (relationship, 1));
  message_dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)), heading,
                                                               _("The coach’s seat is freed and no more sessions can be logged.")));
  adw_message_dialog_add_responses (message_dialog,
                                    "cancel", _("_Cancel"),
                                    "close", _("C_lose"),
                                    NULL);
  adw_message_dialog_set_response_appearance (message_dialog, "close", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_close_response (message_dialog, "cancel");

  dialog = g_new0 (LogDialog, 1);
  dialog->page = g_object_ref (self);
  dialog->relationship_id = grove_coaching_row_get_id (relationship);

  grid = gtk_grid_new ();
  gtk_grid_set_row_spacing (GTK_GRID (grid), 6);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  dialog->rating = GTK_SPIN_BUTTON (grove_coaching_page_add_field (grid, 0, _("_Rating"),
                                               gtk_spin_button_new_with_range (1, GROVE_RELATIONSHIP_RATING_MAX, 1)));
  gtk_spin_button_set_value (dialog->rating, GROVE_RELATIONSHIP_RATING_MAX);
  gtk_widget_set_tooltip_text (GTK_WIDGET (dialog->rating), _("How well it went, from 1 to 5"));
  dialog->notes = GTK_ENTRY (grove_coaching_page_add_field (grid, 1, _("_Outcome"), gtk_entry_new ()));
  gtk_widget_set_tooltip_text (GTK_WIDGET (dialog->notes), _("What came of it, against the goals"));
  adw_message_dialog_set_extra_child (message_dialog, grid);

  g_signal_connect_data (message_dialog, "response", G_CALLBACK (close_response_cb), dialog,
                         (GClosureNotify) (void (*) (void)) log_dialog_free, 0);
  gtk_window_present (GTK_WINDOW (message_dialog));
}
