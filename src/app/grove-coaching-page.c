/* grove-coaching-page.c: the coaching pool, waiting list, relationships and
 * matching
 *
 * Four tables share one search: the coaches of the pool, the requests in
 * waiting-list order, the relationships, and the proposals of the last
 * matching run with the requests it left waiting and why. A proposal is
 * accepted, rejected or locked one at a time, each through the core, which
 * writes it in one transaction; the other tables are then read again so that
 * seats, statuses and relationships stay true to the database.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "grove-coaching.h"
#include "grove-coaching-page-private.h"
#include "grove-coaching-row.h"
#include "grove-relationship.h"


G_DEFINE_FINAL_TYPE (GroveCoachingPage, grove_coaching_page, ADW_TYPE_BIN)

/* Columns of the proposals: the criteria follow the score. */
enum {
  PROPOSAL_COACHEE,
  PROPOSAL_COACH,
  PROPOSAL_SCORE,
  PROPOSAL_LOCKED,
  PROPOSAL_CRITERIA,
};

void
grove_coaching_page_toast (GroveCoachingPage *self,
                           const char        *text)
{
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (text));
}

static void
setup_cell_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *list_item,
               gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  /* Narrow windows scroll the table sideways rather than shrink names into
   * ellipses. */
  gtk_label_set_width_chars (GTK_LABEL (label), GPOINTER_TO_INT (user_data));
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 40);
  gtk_list_item_set_child (list_item, label);
}

static void
bind_cell_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              gpointer                  user_data)
{
  GroveCoachingRow *row = gtk_list_item_get_item (list_item);
  GtkWidget *label = gtk_list_item_get_child (list_item);
  const char *text = grove_coaching_row_get_text (row, GPOINTER_TO_UINT (user_data));

  gtk_label_set_label (GTK_LABEL (label), text);
  gtk_widget_set_tooltip_text (label, text[0] != '\0' ? text : NULL);
}

/* @min_chars: the narrowest the column's text may become. */
void
grove_coaching_page_add_column (GtkColumnView *view,
                                const char    *title,
                                guint          column,
                                int            min_chars,
                                gboolean       expand)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkColumnViewColumn) view_column = NULL;

  g_signal_connect (factory, "setup", G_CALLBACK (setup_cell_cb), GINT_TO_POINTER (min_chars));
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cell_cb), GUINT_TO_POINTER (column));
  view_column = gtk_column_view_column_new (title, g_steal_pointer (&factory));
  gtk_column_view_column_set_expand (view_column, expand);
  gtk_column_view_column_set_resizable (view_column, TRUE);
  gtk_column_view_append_column (view, view_column);
}

static gboolean
filter_row_cb (gpointer item,
               gpointer user_data)
{
  GroveCoachingPage *self = user_data;

  return grove_coaching_row_matches (item, self->search_text);
}

/* The searched, read-only model of a table. */
static GtkSelectionModel *
searched_model (GroveCoachingPage *self,
                GListStore        *rows)
{
  GtkFilterListModel *filtered = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (rows)),
                                                            g_object_ref (GTK_FILTER (self->search_filter)));

  return GTK_SELECTION_MODEL (gtk_no_selection_new (G_LIST_MODEL (filtered)));
}

char *
grove_coaching_page_join (GStrv strv)
{
  return strv != NULL && strv[0] != NULL ? g_strjoinv (", ", strv) : g_strdup ("—");
}

void
grove_coaching_page_add_row (GListStore *store,
                             gint64      id,
                             gint64      other_id,
                             GStrv       texts)
{
  g_autoptr(GroveCoachingRow) row = grove_coaching_row_new (id, other_id, texts);

  g_list_store_append (store, row);
}

static void
load_relationships (GroveCoachingPage *self,
                    GError           **error)
{
  g_autoptr(GPtrArray) relationships = grove_relationship_list (self->store, 0, GROVE_RELATIONSHIP_CLOSED, error);

  g_list_store_remove_all (self->relationships);
  g_hash_table_remove_all (self->relationships_by_id);
  if (relationships == NULL)
    return;
  for (guint i = 0; i < relationships->len; i++)
    {
      GroveRelationship *relationship = g_ptr_array_index (relationships, i);

      g_hash_table_insert (self->relationships_by_id, &relationship->id, relationship);
    }
  /* The table owns them now; rows are added once it is whole, because
   * choosing one looks it up. */
  g_ptr_array_set_free_func (relationships, NULL);
  for (guint i = 0; i < relationships->len; i++)
    {
      GroveRelationship *relationship = g_ptr_array_index (relationships, i);
      char **texts = g_new0 (char *, 8);

      texts[0] = g_strdup (relationship->coachee);
      texts[1] = g_strdup (relationship->coach);
      texts[2] = g_strdup (relationship->started);
      texts[3] = g_strdup (grove_relationship_status_label (relationship->status));
      texts[4] = g_strdup_printf ("%u", relationship->sessions);
      texts[5] = g_strdup_printf ("%.1f", relationship->minutes / 60.0);
      texts[6] = g_strdup (grove_coaching_page_fit_label (relationship->fit));
      grove_coaching_page_add_row (self->relationships, relationship->id, relationship->status, texts);
    }
}

static char *
format_score (guint score)
{
  /* Translators: a match score as a percentage, e.g. "87%" */
  return g_strdup_printf (_("%.0f%%"), score * 100.0 / GROVE_MATCH_SCALE);
}

static void
show_run (GroveCoachingPage *self)
{
  guint n_unmatched;
  g_autofree char *heading = NULL;

  g_list_store_remove_all (self->proposals);
  g_list_store_remove_all (self->unmatched);
  if (self->run == NULL)
    {
      gtk_stack_set_visible_child_name (self->proposals_stack, "none");
      return;
    }

  for (guint i = 0; i < self->run->proposals->len; i++)
    {
      GroveProposal *proposal = g_ptr_array_index (self->run->proposals, i);
      char **texts = g_new0 (char *, PROPOSAL_CRITERIA + GROVE_MATCH_N_CRITERIA + 1);

      texts[PROPOSAL_COACHEE] = g_strdup (proposal->coachee);
      texts[PROPOSAL_COACH] = g_strdup (proposal->coach);
      texts[PROPOSAL_SCORE] = format_score (proposal->score);
      texts[PROPOSAL_LOCKED] = g_strdup (proposal->locked ? _("Locked") : "");
      for (guint c = 0; c < GROVE_MATCH_N_CRITERIA; c++)
        texts[PROPOSAL_CRITERIA + c] = format_score (proposal->criteria[c]);
      grove_coaching_page_add_row (self->proposals, proposal->request_id, proposal->coach_id, texts);
    }

  n_unmatched = self->run->unmatched->len;
  for (guint i = 0; i < n_unmatched; i++)
    {
      GroveUnmatched *unmatched = g_ptr_array_index (self->run->unmatched, i);
      char **texts = g_new0 (char *, 3);

      texts[0] = g_strdup (unmatched->coachee);
      texts[1] = g_strdup (grove_match_reason_label (unmatched->reason));
      grove_coaching_page_add_row (self->unmatched, unmatched->request_id, 0, texts);
    }
  heading = g_strdup_printf (ngettext ("%u request left waiting", "%u requests left waiting", n_unmatched),
                             n_unmatched);
  gtk_label_set_label (self->unmatched_label, heading);
  gtk_stack_set_visible_child_name (self->proposals_stack, "run");
}

/* Proposals of the last run that name a request or coach no longer there
 * (the core has dropped their rows) cannot be accepted: take them off. */
void
grove_coaching_page_drop_proposals (GroveCoachingPage *self,
                                    gint64             request_id,
                                    gint64             coach_id)
{
  if (self->run == NULL)
    return;
  for (guint i = self->run->proposals->len; i > 0; i--)
    {
      GroveProposal *proposal = g_ptr_array_index (self->run->proposals, i - 1);

      if (proposal->request_id == request_id || proposal->coach_id == coach_id)
        g_ptr_array_remove_index (self->run->proposals, i - 1);
    }
  for (guint i = self->run->unmatched->len; i > 0; i--)
    if (((GroveUnmatched *) g_ptr_array_index (self->run->unmatched, i - 1))->request_id == request_id)
      g_ptr_array_remove_index (self->run->unmatched, i - 1);
  show_run (self);
}

void
grove_coaching_page_update_actions (GroveCoachingPage *self)
{
  gboolean chosen = gtk_single_selection_get_selected_item (self->proposal_selection) != NULL;
  GroveCoachingRow *relationship = gtk_single_selection_get_selected_item (self->relationship_selection);
  gboolean open = relationship != NULL
                  && grove_coaching_row_get_other_id (relationship) != GROVE_RELATIONSHIP_CLOSED;

  gboolean coach = gtk_single_selection_get_selected_item (self->pool_selection) != NULL;
  GroveCoachingRow *request = gtk_single_selection_get_selected_item (self->request_selection);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "coaching.run", self->store != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "coaching.add-coach", self->store != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "coaching.edit-coach", coach);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "coaching.remove-coach", coach);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "coaching.add-request", self->store != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "coaching.withdraw-request", request != NULL
                                 && grove_coaching_row_get_other_id (request) == GROVE_REQUEST_WAITING);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "coaching.accept", chosen);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "coaching.reject", chosen);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "coaching.lock", chosen);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "coaching.accept-all",
                                 self->run != NULL && self->run->proposals->len > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "coaching.log-session", open);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "coaching.close-relationship", open);
  grove_coaching_page_update_fit_actions (self);
  grove_coaching_page_update_exclusion_actions (self);
}

void
grove_coaching_page_reload (GroveCoachingPage *self)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (GROVE_IS_COACHING_PAGE (self));

  if (self->store == NULL)
    {
      g_list_store_remove_all (self->coaches);
      g_hash_table_remove_all (self->coaches_by_id);
      g_list_store_remove_all (self->requests);
      g_list_store_remove_all (self->relationships);
      g_hash_table_remove_all (self->relationships_by_id);
      g_list_store_remove_all (self->exclusions);
    }
  else
    {
      grove_coaching_page_load_coaches (self, &error);
      if (error == NULL)
        grove_coaching_page_load_requests (self, &error);
      if (error == NULL)
        grove_coaching_page_load_exclusions (self, &error);
      if (error == NULL)
        load_relationships (self, &error);
      if (error != NULL)
        grove_coaching_page_toast (self, error->message);
    }
  grove_coaching_page_update_actions (self);
}

static void
run_cb (GtkWidget  *widget,
        const char *action_name,
        GVariant   *parameter)
{
  GroveCoachingPage *self = GROVE_COACHING_PAGE (widget);
  g_autoptr(GError) error = NULL;
  GroveMatchRun *run;

  run = grove_coaching_match (self->store, 0, GROVE_MATCH_MODE_OPTIMAL, &error);
  if (run == NULL)
    {
      grove_coaching_page_toast (self, error->message);
      return;
    }
  g_clear_pointer (&self->run, grove_match_run_free);
  self->run = run;
  show_run (self);
  adw_view_stack_set_visible_child_name (self->view_stack, "proposals");
  grove_coaching_page_reload (self);
}

/* The proposal chosen, and its place in the run. */
static GroveProposal *
chosen_proposal (GroveCoachingPage *self,
                 guint             *index)
{
  GroveCoachingRow *row = gtk_single_selection_get_selected_item (self->proposal_selection);

  if (row == NULL || self->run == NULL)
    return NULL;
  for (guint i = 0; i < self->run->proposals->len; i++)
    {
      GroveProposal *proposal = g_ptr_array_index (self->run->proposals, i);

      if (proposal->request_id == grove_coaching_row_get_id (row)
          && proposal->coach_id == grove_coaching_row_get_other_id (row))
        {
          *index = i;
          return proposal;
        }
    }
  return NULL;
}

static void
proposal_action_cb (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  GroveCoachingPage *self = GROVE_COACHING_PAGE (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  GroveProposal *proposal;
  guint index = 0;

  proposal = chosen_proposal (self, &index);
  if (proposal == NULL)
    return;

  if (g_str_equal (action_name, "coaching.accept"))
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");

      if (grove_coaching_accept (self->store, self->run->id, proposal->request_id,
                                 proposal->coach_id, today, &error) == 0)
        goto failed;
      /* Translators: a relationship was started, e.g. "Ann Lee is now coached by Tom Ray" */
      message = g_strdup_printf (_("%s is now coached by %s"), proposal->coachee, proposal->coach);
      g_ptr_array_remove_index (self->run->proposals, index);
    }
  else if (g_str_equal (action_name, "coaching.reject"))
    {
      if (!grove_coaching_reject (self->store, self->run->id, proposal->request_id,
                                  proposal->coach_id, &error))
        goto failed;
      /* Translators: e.g. "Tom Ray will not be proposed for Ann Lee again" */
      message = g_strdup_printf (_("%s will not be proposed for %s again"), proposal->coach, proposal->coachee);
      g_ptr_array_remove_index (self->run->proposals, index);
    }
  else
    {
      if (!grove_coaching_lock (self->store, proposal->request_id, proposal->coach_id, &error))
        goto failed;
      /* Translators: e.g. "Ann Lee and Tom Ray are locked together" */
      message = g_strdup_printf (_("%s and %s are locked together"), proposal->coachee, proposal->coach);
      proposal->locked = TRUE;
    }

  show_run (self);
  grove_coaching_page_reload (self);
  grove_coaching_page_toast (self, message);
  return;

failed:
  grove_coaching_page_toast (self, error->message);
}

static void
accept_all_cb (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  GroveCoachingPage *self = GROVE_COACHING_PAGE (widget);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *message = NULL;
  g_autoptr(GError) error = NULL;
  guint started = 0;

  if (self->run == NULL)
    return;
  if (!grove_coaching_accept_all (self->store, self->run, today, &started, &error))
    {
      grove_coaching_page_toast (self, error->message);
      return;
    }
  g_ptr_array_set_size (self->run->proposals, 0);
  show_run (self);
  grove_coaching_page_reload (self);
  message = g_strdup_printf (ngettext ("%u relationship started", "%u relationships started", started), started);
  grove_coaching_page_toast (self, message);
}

static void
search_changed_cb (GroveCoachingPage *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  g_clear_pointer (&self->search_text, g_free);
  if (text[0] != '\0')
    self->search_text = g_utf8_casefold (text, -1);
  gtk_filter_changed (GTK_FILTER (self->search_filter), GTK_FILTER_CHANGE_DIFFERENT);
}

GroveStore *
grove_coaching_page_get_store (GroveCoachingPage *self)
{
  g_return_val_if_fail (GROVE_IS_COACHING_PAGE (self), NULL);
  return self->store;
}

void
grove_coaching_page_set_store (GroveCoachingPage *self,
                               GroveStore        *store)
{
  g_return_if_fail (GROVE_IS_COACHING_PAGE (self));
  g_return_if_fail (store == NULL || GROVE_IS_STORE (store));

  if (!g_set_object (&self->store, store))
    return;
  g_clear_pointer (&self->run, grove_match_run_free);
  show_run (self);
  grove_coaching_page_reload (self);
}

static void
grove_coaching_page_dispose (GObject *object)
{
  GroveCoachingPage *self = GROVE_COACHING_PAGE (object);

  if (self->proposal_selection != NULL)
    g_signal_handlers_disconnect_by_data (self->proposal_selection, self);
  if (self->relationship_selection != NULL)
    g_signal_handlers_disconnect_by_data (self->relationship_selection, self);
  if (self->pool_selection != NULL)
    g_signal_handlers_disconnect_by_data (self->pool_selection, self);
  if (self->request_selection != NULL)
    g_signal_handlers_disconnect_by_data (self->request_selection, self);
  if (self->exclusion_selection != NULL)
    g_signal_handlers_disconnect_by_data (self->exclusion_selection, self);
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), GROVE_TYPE_COACHING_PAGE);

  g_clear_pointer (&self->run, grove_match_run_free);
  g_clear_object (&self->store);
  g_clear_object (&self->coaches);
  g_clear_object (&self->requests);
  g_clear_object (&self->relationships);
  g_clear_object (&self->proposals);
  g_clear_object (&self->unmatched);
  g_clear_object (&self->search_filter);
  g_clear_object (&self->proposal_selection);
  g_clear_object (&self->relationship_selection);
  g_clear_object (&self->sessions);
  g_clear_object (&self->pool_selection);
  g_clear_object (&self->request_selection);
  g_clear_object (&self->exclusion_selection);
  g_clear_object (&self->exclusions);
  g_clear_object (&self->pool_filter);
  g_clear_pointer (&self->coaches_by_id, g_hash_table_unref);
  g_clear_pointer (&self->relationships_by_id, g_hash_table_unref);
  g_clear_pointer (&self->search_text, g_free);

  G_OBJECT_CLASS (grove_coaching_page_parent_class)->dispose (object);
}

static void
grove_coaching_page_class_init (GroveCoachingPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = grove_coaching_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/grove-coaching-page.ui");
  gtk_widget_class_bind_template_child (widget_class, GroveCoachingPage, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, GroveCoachingPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, GroveCoachingPage, run_button);
  gtk_widget_class_bind_template_child (widget_class, GroveCoachingPage, accept_button);
  gtk_widget_class_bind_template_child (widget_class, GroveCoachingPage, view_stack);
  gtk_widget_class_bind_template_child (widget_class, GroveCoachingPage, pool_view);
  gtk_widget_class_bind_template_child (widget_class, GroveCoachingPage, requests_view);
  gtk_widget_class_bind_template_child (widget_class, GroveCoachingPage, relationships_view);
  gtk_widget_class_bind_template_child (widget_class, GroveCoachingPage, proposals_stack);
  gtk_widget_class_bind_template_child (widget_class, GroveCoachingPage, proposals_view);
  gtk_widget_class_bind_template_child (widget_class, GroveCoachingPage, unmatched_view);
  gtk_widget_class_bind_template_child (widget_class, GroveCoachingPage, unmatched_label);
  gtk_widget_class_bind_template_child (widget_class, GroveCoachingPage, sessions_view);
  gtk_widget_class_bind_template_child (widget_class, GroveCoachingPage, sessions_label);
  gtk_widget_class_bind_template_child (widget_class, GroveCoachingPage, log_button);
  gtk_widget_class_bind_template_child (widget_class, GroveCoachingPage, close_button);
  gtk_widget_class_bind_template_child (widget_class, GroveCoachingPage, accept_all_button);
  gtk_widget_class_bind_template_child (widget_class, GroveCoachingPage, add_coach_button);
  gtk_widget_class_bind_template_child (widget_class, GroveCoachingPage, edit_coach_button);
  gtk_widget_class_bind_template_child (widget_class, GroveCoachingPage, remove_coach_button);
  gtk_widget_class_bind_template_child (widget_class, GroveCoachingPage, add_request_button);
  gtk_widget_class_bind_template_child (widget_class, GroveCoachingPage, withdraw_button);
  gtk_widget_class_bind_template_child (widget_class, GroveCoachingPage, fit_button);
  gtk_widget_class_bind_template_child (widget_class, GroveCoachingPage, role_filter);
  gtk_widget_class_bind_template_child (widget_class, GroveCoachingPage, free_filter);
  gtk_widget_class_bind_template_child (widget_class, GroveCoachingPage, welsh_filter);
  gtk_widget_class_bind_template_child (widget_class, GroveCoachingPage, exclusions_view);
  gtk_widget_class_bind_template_child (widget_class, GroveCoachingPage, pause_button);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);

  gtk_widget_class_install_action (widget_class, "coaching.run", NULL, run_cb);
  gtk_widget_class_install_action (widget_class, "coaching.accept", NULL, proposal_action_cb);
  gtk_widget_class_install_action (widget_class, "coaching.reject", NULL, proposal_action_cb);
  gtk_widget_class_install_action (widget_class, "coaching.lock", NULL, proposal_action_cb);
  gtk_widget_class_install_action (widget_class, "coaching.accept-all", NULL, accept_all_cb);
  gtk_widget_class_install_action (widget_class, "coaching.log-session", NULL, grove_coaching_page_log_session);
  gtk_widget_class_install_action (widget_class, "coaching.close-relationship", NULL,
                                   grove_coaching_page_close_relationship);
  gtk_widget_class_install_action (widget_class, "coaching.add-coach", NULL, grove_coaching_page_edit_coach);
  gtk_widget_class_install_action (widget_class, "coaching.edit-coach", NULL, grove_coaching_page_edit_coach);
  gtk_widget_class_install_action (widget_class, "coaching.remove-coach", NULL, grove_coaching_page_remove_coach);
  gtk_widget_class_install_action (widget_class, "coaching.add-request", NULL, grove_coaching_page_add_request);
  gtk_widget_class_install_action (widget_class, "coaching.check-fit", NULL, grove_coaching_page_check_fit);
  gtk_widget_class_install_action (widget_class, "coaching.pause", NULL, grove_coaching_page_pause);
  gtk_widget_class_install_action (widget_class, "coaching.add-exclusion", NULL, grove_coaching_page_add_exclusion);
  gtk_widget_class_install_action (widget_class, "coaching.remove-exclusion", NULL,
                                   grove_coaching_page_remove_exclusion);
  gtk_widget_class_install_action (widget_class, "coaching.withdraw-request", NULL,
                                   grove_coaching_page_withdraw_request);
}

static void
selection_changed_cb (GroveCoachingPage *self)
{
  grove_coaching_page_update_actions (self);
}

static void
grove_coaching_page_init (GroveCoachingPage *self)
{
  g_autoptr(GtkSelectionModel) unmatched = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->relationships = g_list_store_new (GROVE_TYPE_COACHING_ROW);
  self->relationships_by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL,
                                                     (GDestroyNotify) grove_relationship_free);
  self->proposals = g_list_store_new (GROVE_TYPE_COACHING_ROW);
  self->unmatched = g_list_store_new (GROVE_TYPE_COACHING_ROW);
  self->search_filter = gtk_custom_filter_new (filter_row_cb, self, NULL);

  grove_coaching_page_init_pool (self);

  grove_coaching_page_init_requests (self);
  grove_coaching_page_init_exclusions (self);

  grove_coaching_page_init_sessions (self);

  self->proposal_selection = gtk_single_selection_new (
    G_LIST_MODEL (gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (self->proposals)),
                                             g_object_ref (GTK_FILTER (self->search_filter)))));
  gtk_single_selection_set_autoselect (self->proposal_selection, FALSE);
  g_signal_connect_swapped (self->proposal_selection, "notify::selected",
                            G_CALLBACK (selection_changed_cb), self);
  gtk_column_view_set_model (self->proposals_view, GTK_SELECTION_MODEL (self->proposal_selection));
  grove_coaching_page_add_column (self->proposals_view, _("Coachee"), PROPOSAL_COACHEE, 18, TRUE);
  grove_coaching_page_add_column (self->proposals_view, _("Coach"), PROPOSAL_COACH, 18, TRUE);
  grove_coaching_page_add_column (self->proposals_view, _("Score"), PROPOSAL_SCORE, 4, FALSE);
  grove_coaching_page_add_column (self->proposals_view, _("Lock"), PROPOSAL_LOCKED, 8, FALSE);
  for (guint c = 0; c < GROVE_MATCH_N_CRITERIA; c++)
    grove_coaching_page_add_column (self->proposals_view, grove_match_criterion_label (c), PROPOSAL_CRITERIA + c, 4, FALSE);

  unmatched = searched_model (self, self->unmatched);
  gtk_column_view_set_model (self->unmatched_view, unmatched);
  grove_coaching_page_add_column (self->unmatched_view, _("Person"), 0, 18, FALSE);
  grove_coaching_page_add_column (self->unmatched_view, _("Why It Is Waiting"), 1, 24, TRUE);

  grove_coaching_page_update_actions (self);
}

GtkWidget *
grove_coaching_page_new (void)
{
  return g_object_new (GROVE_TYPE_COACHING_PAGE, NULL);
}
