/* grove-coaching-page-requests.c: the waiting list, and withdrawing a
 * request from it
 *
 * Only a request that is still waiting can be withdrawn: one that is
 * matched has a relationship, which is closed instead. Withdrawing keeps
 * what the core removed until its toast goes, so that "Undo" puts the
 * request back in its place on the list, with its lock.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "grove-coaching-page-private.h"
#include "grove-coaching-row.h"

const char *
grove_coaching_page_kind_label (GroveMatchKind kind)
{
  return kind == GROVE_MATCH_MENTORING ? _("Mentoring") : _("Coaching");
}

void
grove_coaching_page_load_requests (GroveCoachingPage *self,
                                   GError           **error)
{
  g_autoptr(GPtrArray) requests = grove_coaching_list_requests (self->store, FALSE, error);

  g_list_store_remove_all (self->requests);
  if (requests == NULL)
    return;
  for (guint i = 0; i < requests->len; i++)
    {
      GroveCoachingRequest *request = g_ptr_array_index (requests, i);
      char **texts = g_new0 (char *, 8);

      texts[0] = g_strdup (request->name);
      texts[1] = g_strdup (grove_coaching_page_kind_label (request->kind));
      texts[2] = g_strdup (request->goals != NULL ? request->goals : "—");
      texts[3] = grove_coaching_page_join (request->wanted);
      texts[4] = grove_coaching_page_join (request->languages);
      texts[5] = g_strdup (request->requested);
      texts[6] = g_strdup (grove_request_status_label (request->status));
      grove_coaching_page_add_row (self->requests, request->id, request->status, texts);
    }
}

static void
request_chosen_cb (GroveCoachingPage *self)
{
  grove_coaching_page_update_actions (self);
}

void
grove_coaching_page_init_requests (GroveCoachingPage *self)
{
  GtkFilterListModel *filtered;

  self->requests = g_list_store_new (GROVE_TYPE_COACHING_ROW);
  filtered = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (self->requests)),
                                        g_object_ref (GTK_FILTER (self->search_filter)));
  self->request_selection = gtk_single_selection_new (G_LIST_MODEL (filtered));
  gtk_single_selection_set_autoselect (self->request_selection, FALSE);
  gtk_single_selection_set_can_unselect (self->request_selection, TRUE);
  g_signal_connect_swapped (self->request_selection, "notify::selected", G_CALLBACK (request_chosen_cb), self);
  gtk_column_view_set_model (self->requests_view, GTK_SELECTION_MODEL (self->request_selection));

  grove_coaching_page_add_column (self->requests_view, _("Person"), 0, 18, FALSE);
  grove_coaching_page_add_column (self->requests_view, _("Kind"), 1, 4, FALSE);
  grove_coaching_page_add_column (self->requests_view, _("Goals"), 2, 20, TRUE);
  grove_coaching_page_add_column (self->requests_view, _("Specialisms"), 3, 14, TRUE);
  grove_coaching_page_add_column (self->requests_view, _("Languages"), 4, 10, FALSE);
  grove_coaching_page_add_column (self->requests_view, _("Requested"), 5, 10, FALSE);
  grove_coaching_page_add_column (self->requests_view, _("Status"), 6, 8, FALSE);
}

typedef struct {
  GroveCoachingPage    *page;
  GroveCoachingRequest *request;
} Withdrawn;

static void
withdrawn_free (gpointer data)
{
  Withdrawn *withdrawn = data;

  g_object_unref (withdrawn->page);
  grove_coaching_request_free (withdrawn->request);
  g_free (withdrawn);
}

static void
undo_withdraw_cb (AdwToast  *toast,
                  Withdrawn *withdrawn)
{
  GroveCoachingPage *self = withdrawn->page;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (self->store == NULL)
    return;
  if (!grove_coaching_restore_request (self->store, withdrawn->request, &error))
    {
      grove_coaching_page_toast (self, error->message);
      return;
    }
  grove_coaching_page_reload (self);
  /* Translators: e.g. "The request of Ann Lee is back on the waiting list" */
  message = g_strdup_printf (_("The request of %s is back on the waiting list"), withdrawn->request->name);
  grove_coaching_page_toast (self, message);
}

void
grove_coaching_page_withdraw_request (GtkWidget  *widget,
                                      const char *action_name,
                                      GVariant   *parameter)
{
  GroveCoachingPage *self = GROVE_COACHING_PAGE (widget);
  GroveCoachingRow *row = gtk_single_selection_get_selected_item (self->request_selection);
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  GroveCoachingRequest *request;
  Withdrawn *withdrawn;

  if (row == NULL)
    return;
  request = grove_coaching_withdraw_request (self->store, grove_coaching_row_get_id (row), &error);
  if (request == NULL)
    {
      grove_coaching_page_toast (self, error->message);
      return;
    }
  withdrawn = g_new0 (Withdrawn, 1);
  withdrawn->page = g_object_ref (self);
  withdrawn->request = request;
  grove_coaching_page_drop_proposals (self, request->id, 0);
  grove_coaching_page_reload (self);
  /* Translators: e.g. "The request of Ann Lee was withdrawn" */
  message = g_strdup_printf (_("The request of %s was withdrawn"), request->name);
  grove_coaching_page_toast_undo (self, message, G_CALLBACK (undo_withdraw_cb), withdrawn, withdrawn_free);
}
