/* grove-conversations-plan-delete.c: deleting development needs and
 * activities on the Conversations page, with Undo
 *
 * What was deleted last is kept until the next delete, so that the toast's
 * Undo can store it again as it was: a need with every one of its
 * activities, or one activity under its need.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "grove-conversations-page-private.h"
#include "grove-ipdr-plan.h"

typedef struct {
  GroveNeed     *need;       /* (nullable): a whole need went */
  GPtrArray     *activities; /* (element-type GroveActivity): the need's, or the one activity */
} DeletedPlan;

void
_grove_conversations_deleted_plan_free (gpointer data)
{
  DeletedPlan *deleted = data;

  if (deleted == NULL)
    return;
  g_clear_pointer (&deleted->need, grove_need_free);
  g_clear_pointer (&deleted->activities, g_ptr_array_unref);
  g_free (deleted);
}

static gboolean
delete_need (GroveStore  *store,
             gpointer     user_data,
             GError     **error)
{
  return grove_ipdr_delete_need (store, ((DeletedPlan *) user_data)->need->id, error);
}

static gboolean
delete_activity (GroveStore  *store,
                 gpointer     user_data,
                 GError     **error)
{
  GroveActivity *activity = g_ptr_array_index (((DeletedPlan *) user_data)->activities, 0);

  return grove_ipdr_delete_activity (store, activity->id, error);
}

static gboolean
restore (GroveStore  *store,
         gpointer     user_data,
         GError     **error)
{
  DeletedPlan *deleted = user_data;

  if (deleted->need != NULL)
    return grove_ipdr_restore_need (store, deleted->need, deleted->activities, error) != 0;
  return grove_ipdr_add_activity (store, ((GroveActivity *) g_ptr_array_index (deleted->activities, 0))->need_id,
                                  g_ptr_array_index (deleted->activities, 0), error) != 0;
}

static void
keep_for_undo (GroveConversationsPage *self,
               DeletedPlan            *deleted,
               const char             *message)
{
  AdwToast *toast;

  _grove_conversations_deleted_plan_free (self->deleted_plan);
  self->deleted_plan = deleted;
  _grove_conversations_page_refresh (self);

  toast = adw_toast_new (message);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "conversations.undo-delete-plan");
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

void
_grove_conversations_page_delete_need (GroveConversationsPage *self,
                                       gint64                  need_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) needs = grove_ipdr_list_needs (self->store, self->ipdr_id, &error);
  g_autoptr(GPtrArray) activities = needs != NULL ? grove_ipdr_list_activities (self->store, self->ipdr_id, &error) : NULL;
  g_autofree char *what = NULL;
  DeletedPlan *deleted;

  if (activities == NULL)
    {
      _grove_conversations_page_toast (self, error->message);
      return;
    }
  deleted = g_new0 (DeletedPlan, 1);
  deleted->activities = g_ptr_array_new_with_free_func ((GDestroyNotify) grove_activity_free);
  for (guint i = 0; i < needs->len && deleted->need == NULL; i++)
    if (((GroveNeed *) g_ptr_array_index (needs, i))->id == need_id)
      deleted->need = g_ptr_array_steal_index (needs, i);
  for (guint i = activities->len; deleted->need != NULL && i > 0; i--)
    if (((GroveActivity *) g_ptr_array_index (activities, i - 1))->need_id == need_id)
      g_ptr_array_insert (deleted->activities, 0, g_ptr_array_steal_index (activities, i - 1));
  if (deleted->need == NULL)
    {
      _grove_conversations_deleted_plan_free (deleted);
      return;
    }
  /* Translators: the amendment log's entry; %s is the capability */
  what = g_strdup_printf (_("Deleted the development need “%s”"), deleted->need->capability);
  if (!_grove_conversations_page_write (self, what, delete_need, deleted))
    {
      _grove_conversations_deleted_plan_free (deleted);
      return;
    }
  keep_for_undo (self, deleted, _("Development need deleted"));
}

void
_grove_conversations_page_delete_activity (GroveConversationsPage *self,
                                           gint64                  activity_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) activities = grove_ipdr_list_activities (self->store, self->ipdr_id, &error);
  g_autofree char *what = NULL;
  DeletedPlan *deleted;

  if (activities == NULL)
    {
      _grove_conversations_page_toast (self, error->message);
      return;
    }
  deleted = g_new0 (DeletedPlan, 1);
  deleted->activities = g_ptr_array_new_with_free_func ((GDestroyNotify) grove_activity_free);
  for (guint i = 0; i < activities->len && deleted->activities->len == 0; i++)
    if (((GroveActivity *) g_ptr_array_index (activities, i))->id == activity_id)
      g_ptr_array_add (deleted->activities, g_ptr_array_steal_index (activities, i));
  if (deleted->activities->len == 0)
    {
      _grove_conversations_deleted_plan_free (deleted);
      return;
    }
  /* Translators: the amendment log's entry; %s is the activity */
  what = g_strdup_printf (_("Deleted the development activity “%s”"),
                          ((GroveActivity *) g_ptr_array_index (deleted->activities, 0))->title);
  if (!_grove_conversations_page_write (self, what, delete_activity, deleted))
    {
      _grove_conversations_deleted_plan_free (deleted);
      return;
    }
  keep_for_undo (self, deleted, _("Development activity deleted"));
}

void
_grove_conversations_page_undo_delete_plan (GroveConversationsPage *self)
{
  DeletedPlan *deleted = g_steal_pointer (&self->deleted_plan);
  g_autofree char *what = NULL;

  if (deleted == NULL)
    return;
  if (deleted->need != NULL ? deleted->need->ipdr_id == self->ipdr_id : TRUE)
    {
      /* Translators: the amendment log's entry; %s is a need or an activity */
      what = g_strdup_printf (_("Restored “%s”"),
                              deleted->need != NULL ? deleted->need->capability
                                                    : ((GroveActivity *) g_ptr_array_index (deleted->activities, 0))->title);
      if (_grove_conversations_page_write (self, what, restore, deleted))
        _grove_conversations_page_refresh (self);
    }
  _grove_conversations_deleted_plan_free (deleted);
}
