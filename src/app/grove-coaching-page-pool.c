/* grove-coaching-page-pool.c: the pool of coaches and mentors
 *
 * The coaches as last read are kept by id, so that the edit dialog starts
 * from what is stored. Removing a coach keeps what the core removed until
 * its toast goes, so that "Undo" puts back the same coach, settings and
 * locks included; the core refuses a coach with relationships, and its
 * message says what to do instead.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "grove-coaching-page-private.h"
#include "grove-coaching-row.h"

void
grove_coaching_page_toast_undo (GroveCoachingPage *self,
                                const char        *text,
                                GCallback          undo,
                                gpointer           data,
                                GDestroyNotify     free_data)
{
  AdwToast *toast = adw_toast_new (text);

  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_signal_connect_data (toast, "button-clicked", undo, data, (GClosureNotify) (void (*) (void)) free_data, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static const char *
role_label (guint roles)
{
  if (roles == GROVE_MATCH_ROLE_BOTH)
    return _("Coach and mentor");
  return roles == GROVE_MATCH_ROLE_MENTOR ? _("Mentor") : _("Coach");
}

void
grove_coaching_page_load_coaches (GroveCoachingPage *self,
                                  GError           **error)
{
  g_autoptr(GPtrArray) coaches = grove_coaching_list_coaches (self->store, error);

  g_list_store_remove_all (self->coaches);
  g_hash_table_remove_all (self->coaches_by_id);
  if (coaches == NULL)
    return;
  /* The table first: the pool's filters look coaches up in it as their
   * rows are added. */
  g_ptr_array_set_free_func (coaches, NULL);
  for (guint i = 0; i < coaches->len; i++)
    {
      GroveCoach *coach = g_ptr_array_index (coaches, i);

      g_hash_table_insert (self->coaches_by_id, &coach->id, coach);
    }
  for (guint i = 0; i < coaches->len; i++)
    {
      GroveCoach *coach = g_ptr_array_index (coaches, i);
      char **texts = g_new0 (char *, 7);

      texts[0] = g_strdup (coach->name);
      texts[1] = g_strdup (role_label (coach->roles));
      /* Translators: seats taken of a coach's capacity, e.g. "2 of 3" */
      texts[2] = g_strdup_printf (_("%u of %u"), coach->used, coach->capacity);
      texts[3] = grove_coaching_page_join (coach->specialisms);
      texts[4] = grove_coaching_page_join (coach->languages);
      texts[5] = g_strdup (coach->active ? _("Active") : _("Inactive"));
      grove_coaching_page_add_row (self->coaches, coach->id, coach->person_id, texts);
    }
}

/* The role filter's order. */
static const guint filter_roles[] = { GROVE_MATCH_ROLE_BOTH, GROVE_MATCH_ROLE_COACH, GROVE_MATCH_ROLE_MENTOR };

static gboolean
speaks_welsh (const GroveCoach *coach)
{
  /* Languages are typed in, by their English or Welsh name or their code. */
  for (guint i = 0; coach->languages != NULL && coach->languages[i] != NULL; i++)
    if (g_ascii_strcasecmp (coach->languages[i], "Welsh") == 0 ||
        g_ascii_strcasecmp (coach->languages[i], "Cymraeg") == 0 ||
        g_ascii_strcasecmp (coach->languages[i], "cy") == 0)
      return TRUE;
  return FALSE;
}

static gboolean
filter_pool_cb (gpointer item,
                gpointer user_data)
{
  GroveCoachingPage *self = user_data;
  gint64 id = grove_coaching_row_get_id (item);
  const GroveCoach *coach = g_hash_table_lookup (self->coaches_by_id, &id);
  guint role = gtk_drop_down_get_selected (self->role_filter);

  if (coach == NULL)
    return TRUE;
  if (role < G_N_ELEMENTS (filter_roles) && (coach->roles & filter_roles[role]) == 0)
    return FALSE;
  if (gtk_check_button_get_active (self->free_filter) && coach->used >= coach->capacity)
    return FALSE;
  return !gtk_check_button_get_active (self->welsh_filter) || speaks_welsh (coach);
}

static void
pool_filter_changed_cb (GroveCoachingPage *self)
{
  gtk_filter_changed (GTK_FILTER (self->pool_filter), GTK_FILTER_CHANGE_DIFFERENT);
}

static void
pool_chosen_cb (GroveCoachingPage *self)
{
  grove_coaching_page_update_actions (self);
}

/* Double-click or Enter on a coach edits them, as the Edit button does. */
static void
pool_activated_cb (GroveCoachingPage *self,
                   guint              position)
{
  gtk_single_selection_set_selected (self->pool_selection, position);
  gtk_widget_activate_action (GTK_WIDGET (self), "coaching.edit-coach", NULL);
}

void
grove_coaching_page_init_pool (GroveCoachingPage *self)
{
  g_autoptr(GtkEveryFilter) filters = gtk_every_filter_new ();
  GtkFilterListModel *filtered;

  self->coaches = g_list_store_new (GROVE_TYPE_COACHING_ROW);
  self->coaches_by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL,
                                               (GDestroyNotify) grove_coach_free);
  self->pool_filter = gtk_custom_filter_new (filter_pool_cb, self, NULL);
  gtk_multi_filter_append (GTK_MULTI_FILTER (filters), g_object_ref (GTK_FILTER (self->search_filter)));
  gtk_multi_filter_append (GTK_MULTI_FILTER (filters), g_object_ref (GTK_FILTER (self->pool_filter)));
  filtered = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (self->coaches)),
                                        GTK_FILTER (g_steal_pointer (&filters)));
  self->pool_selection = gtk_single_selection_new (G_LIST_MODEL (filtered));
  gtk_single_selection_set_autoselect (self->pool_selection, FALSE);
  gtk_single_selection_set_can_unselect (self->pool_selection, TRUE);
  g_signal_connect_swapped (self->pool_selection, "notify::selected", G_CALLBACK (pool_chosen_cb), self);
  gtk_column_view_set_model (self->pool_view, GTK_SELECTION_MODEL (self->pool_selection));
  g_signal_connect_swapped (self->pool_view, "activate", G_CALLBACK (pool_activated_cb), self);

  g_signal_connect_swapped (self->role_filter, "notify::selected", G_CALLBACK (pool_filter_changed_cb), self);
  g_signal_connect_swapped (self->free_filter, "toggled", G_CALLBACK (pool_filter_changed_cb), self);
  g_signal_connect_swapped (self->welsh_filter, "toggled", G_CALLBACK (pool_filter_changed_cb), self);

  grove_coaching_page_add_column (self->pool_view, _("Name"), 0, 18, TRUE);
  grove_coaching_page_add_column (self->pool_view, _("Role"), 1, 10, FALSE);
  grove_coaching_page_add_column (self->pool_view, _("Seats Taken"), 2, 4, FALSE);
  grove_coaching_page_add_column (self->pool_view, _("Specialisms"), 3, 20, TRUE);
  grove_coaching_page_add_column (self->pool_view, _("Languages"), 4, 10, FALSE);
  grove_coaching_page_add_column (self->pool_view, _("Status"), 5, 8, FALSE);
}

/* Removal and its undoing */

typedef struct {
  GroveCoachingPage *page;
  GroveCoach        *coach;
} Removed;

static void
removed_free (gpointer data)
{
  Removed *removed = data;

  g_object_unref (removed->page);
  grove_coach_free (removed->coach);
  g_free (removed);
}

static void
undo_remove_cb (AdwToast *toast,
                Removed  *removed)
{
  GroveCoachingPage *self = removed->page;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (self->store == NULL)
    return;
  if (!grove_coaching_restore_coach (self->store, removed->coach, &error))
    {
      grove_coaching_page_toast (self, error->message);
      return;
    }
  grove_coaching_page_reload (self);
  /* Translators: a coach removed from the pool is back, e.g. "Tom Ray is back in the pool" */
  message = g_strdup_printf (_("%s is back in the pool"), removed->coach->name);
  grove_coaching_page_toast (self, message);
}

void
grove_coaching_page_remove_coach (GtkWidget  *widget,
                                  const char *action_name,
                                  GVariant   *parameter)
{
  GroveCoachingPage *self = GROVE_COACHING_PAGE (widget);
  GroveCoachingRow *row = gtk_single_selection_get_selected_item (self->pool_selection);
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  Removed *removed;
  GroveCoach *coach;

  if (row == NULL)
    return;
  coach = grove_coaching_remove_coach (self->store, grove_coaching_row_get_id (row), &error);
  if (coach == NULL)
    {
      grove_coaching_page_toast (self, error->message);
      return;
    }
  removed = g_new0 (Removed, 1);
  removed->page = g_object_ref (self);
  removed->coach = coach;
  grove_coaching_page_drop_proposals (self, 0, coach->id);
  grove_coaching_page_reload (self);
  /* Translators: e.g. "Tom Ray was removed from the pool" */
  message = g_strdup_printf (_("%s was removed from the pool"), coach->name);
  grove_coaching_page_toast_undo (self, message, G_CALLBACK (undo_remove_cb), removed, removed_free);
}
