/* grove-coaching-exclusions.c: the pairs never to match
 *
 * Turned-down proposals and poor fits add their pairs; the coordinator can
 * add one with a reason (a conflict of interest, say) or let a pair be
 * proposed again, with "Undo" putting it back with its reason.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "grove-coaching-page-private.h"
#include "grove-coaching-row.h"
#include "grove-org.h"

void
grove_coaching_page_load_exclusions (GroveCoachingPage *self,
                                     GError           **error)
{
  g_autoptr(GPtrArray) exclusions = grove_coaching_list_exclusions (self->store, error);

  g_list_store_remove_all (self->exclusions);
  if (exclusions == NULL)
    return;
  for (guint i = 0; i < exclusions->len; i++)
    {
      GroveExclusion *exclusion = g_ptr_array_index (exclusions, i);
      char **texts = g_new0 (char *, 4);

      texts[0] = g_strdup (exclusion->coachee);
      texts[1] = g_strdup (exclusion->coach);
      texts[2] = g_strdup (exclusion->reason != NULL ? exclusion->reason : "");
      grove_coaching_page_add_row (self->exclusions, exclusion->coachee_id, exclusion->coach_id, texts);
    }
}

static void
exclusion_chosen_cb (GroveCoachingPage *self)
{
  grove_coaching_page_update_actions (self);
}

void
grove_coaching_page_init_exclusions (GroveCoachingPage *self)
{
  GtkFilterListModel *filtered;

  self->exclusions = g_list_store_new (GROVE_TYPE_COACHING_ROW);
  filtered = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (self->exclusions)),
                                        g_object_ref (GTK_FILTER (self->search_filter)));
  self->exclusion_selection = gtk_single_selection_new (G_LIST_MODEL (filtered));
  gtk_single_selection_set_autoselect (self->exclusion_selection, FALSE);
  gtk_single_selection_set_can_unselect (self->exclusion_selection, TRUE);
  g_signal_connect_swapped (self->exclusion_selection, "notify::selected", G_CALLBACK (exclusion_chosen_cb), self);
  gtk_column_view_set_model (self->exclusions_view, GTK_SELECTION_MODEL (self->exclusion_selection));
  grove_coaching_page_add_column (self->exclusions_view, _("Coachee"), 0, 18, FALSE);
  grove_coaching_page_add_column (self->exclusions_view, _("Coach"), 1, 18, FALSE);
  grove_coaching_page_add_column (self->exclusions_view, _("Reason"), 2, 20, TRUE);
}

void
grove_coaching_page_update_exclusion_actions (GroveCoachingPage *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "coaching.add-exclusion", self->store != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "coaching.remove-exclusion",
                                 gtk_single_selection_get_selected_item (self->exclusion_selection) != NULL);
}

/* Removal and its undoing */

typedef struct {
  GroveCoachingPage *page;
  gint64             coachee_id;
  gint64             coach_id;
  char              *reason;
} Removed;

static void
removed_free (gpointer data)
{
  Removed *removed = data;

  g_object_unref (removed->page);
  g_free (removed->reason);
  g_free (removed);
}

static void
undo_remove_cb (AdwToast *toast,
                Removed  *removed)
{
  GroveCoachingPage *self = removed->page;
  g_autoptr(GError) error = NULL;

  if (self->store == NULL)
    return;
  if (!grove_coaching_add_exclusion (self->store, removed->coachee_id, removed->coach_id, removed->reason, &error))
    {
      grove_coaching_page_toast (self, error->message);
      return;
    }
  grove_coaching_page_reload (self);
}

void
grove_coaching_page_remove_exclusion (GtkWidget  *widget,
                                      const char *action_name,
                                      GVariant   *parameter)
{
  GroveCoachingPage *self = GROVE_COACHING_PAGE (widget);
  GroveCoachingRow *row = gtk_single_selection_get_selected_item (self->exclusion_selection);
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  Removed *removed;

  if (row == NULL)
    return;
  removed = g_new0 (Removed, 1);
  removed->page = g_object_ref (self);
  removed->coachee_id = grove_coaching_row_get_id (row);
  removed->coach_id = grove_coaching_row_get_other_id (row);
  removed->reason = grove_coaching_row_get_text (row, 2)[0] != '\0' ? g_strdup (grove_coaching_row_get_text (row, 2))
                                                                     : NULL;
  /* Translators: e.g. "Tom Ray may be proposed for Ann Lee again" */
  message = g_strdup_printf (_("%s may be proposed for %s again"), grove_coaching_row_get_text (row, 1),
                             grove_coaching_row_get_text (row, 0));
  if (!grove_coaching_remove_exclusion (self->store, removed->coachee_id, removed->coach_id, &error))
    {
      grove_coaching_page_toast (self, error->message);
      removed_free (removed);
      return;
    }
  grove_coaching_page_reload (self);
  grove_coaching_page_toast_undo (self, message, G_CALLBACK (undo_remove_cb), removed, removed_free);
}

/* The dialog */

typedef struct {
  GroveCoachingPage *page;
  AdwMessageDialog  *dialog;
  GPtrArray         *people;   /* (element-type GrovePerson) by name */
  GArray            *coaches;  /* (element-type gint64) the people of the pool, by name */
  GtkDropDown       *coachee;
  GtkDropDown       *coach;
  GtkEntry          *reason;
  GtkLabel          *problem;
} ExclusionDialog;

static void
exclusion_dialog_free (ExclusionDialog *dialog)
{
  g_object_unref (dialog->page);
  g_clear_pointer (&dialog->people, g_ptr_array_unref);
  g_clear_pointer (&dialog->coaches, g_array_unref);
  g_free (dialog);
}

static gint64
chosen_coachee (ExclusionDialog *dialog)
{
  guint position = gtk_drop_down_get_selected (dialog->coachee);

  return position < dialog->people->len ? ((GrovePerson *) g_ptr_array_index (dialog->people, position))->id : 0;
}

static gint64
chosen_coach (ExclusionDialog *dialog)
{
  guint position = gtk_drop_down_get_selected (dialog->coach);

  return position < dialog->coaches->len ? g_array_index (dialog->coaches, gint64, position) : 0;
}

static gboolean
already_excluded (GroveCoachingPage *self,
                  gint64             coachee,
                  gint64             coach)
{
  GListModel *rows = G_LIST_MODEL (self->exclusions);

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(GroveCoachingRow) row = g_list_model_get_item (rows, i);

      if (grove_coaching_row_get_id (row) == coachee && grove_coaching_row_get_other_id (row) == coach)
        return TRUE;
    }
  return FALSE;
}

static void
validate (ExclusionDialog *dialog)
{
  gint64 coachee = chosen_coachee (dialog);
  gint64 coach = chosen_coach (dialog);
  const char *problem = NULL;

  if (coachee == 0 || coach == 0)
    problem = _("Choose both people.");
  else if (coachee == coach)
    problem = _("Nobody is matched with themselves: choose two people.");
  else if (already_excluded (dialog->page, coachee, coach))
    problem = _("These two are kept apart already.");
  adw_message_dialog_set_response_enabled (dialog->dialog, "add", problem == NULL);
  gtk_label_set_label (dialog->problem, problem != NULL ? problem : "");
  gtk_widget_set_visible (GTK_WIDGET (dialog->problem), problem != NULL);
}

static void
add_response_cb (AdwMessageDialog *message_dialog,
                 const char       *response,
                 ExclusionDialog  *dialog)
{
  GroveCoachingPage *self = dialog->page;
  g_autofree char *reason = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (dialog->reason))));
  g_autoptr(GError) error = NULL;

  if (!g_str_equal (response, "add") || self->store == NULL)
    return;
  if (!grove_coaching_add_exclusion (self->store, chosen_coachee (dialog), chosen_coach (dialog),
                                     reason[0] != '\0' ? reason : NULL, &error))
    {
      grove_coaching_page_toast (self, error->message);
      return;
    }
  grove_coaching_page_reload (self);
  grove_coaching_page_toast (self, _("They will not be proposed to each other"));
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_utf8_collate ((*(GrovePerson * const *) a)->name, (*(GrovePerson * const *) b)->name);
}

static GtkWidget *
new_list (GtkStringList *names,
          const char    *name)
{
  GtkWidget *drop_down = gtk_drop_down_new (G_LIST_MODEL (names), NULL);

  gtk_drop_down_set_enable_search (GTK_DROP_DOWN (drop_down), TRUE);
  gtk_drop_down_set_expression (GTK_DROP_DOWN (drop_down),
                                gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string"));
  gtk_drop_down_set_selected (GTK_DROP_DOWN (drop_down), GTK_INVALID_LIST_POSITION);
  gtk_widget_set_name (drop_down, name);
  return drop_down;
}

static GtkWidget *
build_fields (ExclusionDialog *dialog)
{
  GtkStringList *people = gtk_string_list_new (NULL);
  GtkStringList *coaches = gtk_string_list_new (NULL);
  GtkWidget *grid = gtk_grid_new ();

  for (guint i = 0; i < dialog->people->len; i++)
    {
      GrovePerson *person = g_ptr_array_index (dialog->people, i);
      gint64 id = person->id;
      GHashTableIter iter;
      GroveCoach *coach;

      gtk_string_list_append (people, person->name);
      g_hash_table_iter_init (&iter, dialog->page->coaches_by_id);
      while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &coach))
        if (coach->person_id == id)
          {
            gtk_string_list_append (coaches, person->name);
            g_array_append_val (dialog->coaches, id);
          }
    }
  gtk_grid_set_row_spacing (GTK_GRID (grid), 6);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  dialog->coachee = GTK_DROP_DOWN (grove_coaching_page_add_field (grid, 0, _("_Person"), new_list (people, "coachee")));
  gtk_widget_set_tooltip_text (GTK_WIDGET (dialog->coachee), _("Who asks for coaching or mentoring"));
  dialog->coach = GTK_DROP_DOWN (grove_coaching_page_add_field (grid, 1, _("Never _with"), new_list (coaches, "coach")));
  gtk_widget_set_tooltip_text (GTK_WIDGET (dialog->coach), _("A coach or mentor of the pool"));
  dialog->reason = GTK_ENTRY (grove_coaching_page_add_field (grid, 2, _("_Reason"), gtk_entry_new ()));
  gtk_widget_set_name (GTK_WIDGET (dialog->reason), "reason");
  gtk_entry_set_activates_default (dialog->reason, TRUE);

  dialog->problem = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_set_name (GTK_WIDGET (dialog->problem), "problem");
  gtk_label_set_wrap (dialog->problem, TRUE);
  gtk_label_set_xalign (dialog->problem, 0);
  gtk_widget_add_css_class (GTK_WIDGET (dialog->problem), "error");
  gtk_grid_attach (GTK_GRID (grid), GTK_WIDGET (dialog->problem), 0, 3, 2, 1);
  return grid;
}

void
grove_coaching_page_add_exclusion (GtkWidget  *widget,
                                   const char *action_name,
                                   GVariant   *parameter)
{
  GroveCoachingPage *self = GROVE_COACHING_PAGE (widget);
  g_autoptr(GError) error = NULL;
  ExclusionDialog *dialog;

  dialog = g_new0 (ExclusionDialog, 1);
  dialog->page = g_object_ref (self);
  dialog->coaches = g_array_new (FALSE, FALSE, sizeof (gint64));
  dialog->people = grove_org_list_people (self->store, 0, TRUE, FALSE, &error);
  if (dialog->people == NULL)
    {
      grove_coaching_page_toast (self, error->message);
      exclusion_dialog_free (dialog);
      return;
    }
  g_ptr_array_sort (dialog->people, compare_names);

  dialog->dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)),
                                                               _("Keep Two People Apart"),
                                                               _("Matching will never propose this pair.")));
  adw_message_dialog_add_responses (dialog->dialog, "cancel", _("_Cancel"), "add", _("_Add"), NULL);
  adw_message_dialog_set_response_appearance (dialog->dialog, "add", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog->dialog, "add");
  adw_message_dialog_set_close_response (dialog->dialog, "cancel");
  adw_message_dialog_set_extra_child (dialog->dialog, build_fields (dialog));
  validate (dialog);

  g_signal_connect_swapped (dialog->coachee, "notify::selected", G_CALLBACK (validate), dialog);
  g_signal_connect_swapped (dialog->coach, "notify::selected", G_CALLBACK (validate), dialog);
  g_signal_connect_data (dialog->dialog, "response", G_CALLBACK (add_response_cb), dialog,
                         (GClosureNotify) (void (*) (void)) exclusion_dialog_free, 0);
  gtk_window_present (GTK_WINDOW (dialog->dialog));
}
