/* grove-ipdr-plan.c: development needs and activities
 *
 * A need says what someone is to develop and where that came from (the
 * IPDR conversation, workplace assessment or a skills audit); activities
 * meet it with one of the seven learning methods. A completed activity has
 * its completion date, and then an evaluation: a rating and what changed in
 * the work, which is what "learning from our learning" is made of.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "grove-ipdr-private.h"

#define NEED_OWNER     "SELECT ipdr_id FROM ipdr_need WHERE id = ?1"
#define ACTIVITY_OWNER "SELECT n.ipdr_id FROM ipdr_activity a JOIN ipdr_need n ON n.id = a.need_id WHERE a.id = ?1"

static const char * const method_names[GROVE_LEARNING_N_METHODS] = {
  "informal", "formal", "secondment-shadowing", "outdoor", "e-learning", "coaching", "mentoring",
};

GroveNeed *
grove_need_new (const char *capability)
{
  GroveNeed *need = g_new0 (GroveNeed, 1);

  need->capability = g_strdup (capability);
  need->priority = GROVE_NEED_PRIORITY_MEDIUM;
  return need;
}

void
grove_need_free (GroveNeed *need)
{
  if (need == NULL)
    return;
  g_free (need->capability);
  g_free (need->description);
  g_free (need);
}

GroveActivity *
grove_activity_new (GroveLearningMethod  method,
                    const char          *title)
{
  GroveActivity *activity = g_new0 (GroveActivity, 1);

  activity->method = method;
  activity->title = g_strdup (title);
  return activity;
}

void
grove_activity_free (GroveActivity *activity)
{
  if (activity == NULL)
    return;
  g_free (activity->title);
  g_free (activity->provider);
  g_free (activity->due);
  g_free (activity->completed);
  g_free (activity->what_changed);
  g_free (activity);
}

const char *
grove_learning_method_to_string (GroveLearningMethod method)
{
  g_return_val_if_fail ((guint) method < GROVE_LEARNING_N_METHODS, NULL);

  return method_names[method];
}

gboolean
grove_learning_method_from_string (const char          *text,
                                   GroveLearningMethod *method)
{
  for (guint i = 0; i < GROVE_LEARNING_N_METHODS; i++)
    if (g_strcmp0 (text, method_names[i]) == 0)
      {
        *method = (GroveLearningMethod) i;
        return TRUE;
      }
  return FALSE;
}

const char *
grove_learning_method_label (GroveLearningMethod method)
{
  switch (method)
    {
    case GROVE_LEARNING_INFORMAL:
      return _("Informal learning");
    case GROVE_LEARNING_FORMAL:
      return _("Formal learning");
    case GROVE_LEARNING_SECONDMENT_SHADOWING:
      return _("Secondment and shadowing");
    case GROVE_LEARNING_OUTDOOR:
      return _("Outdoor learning");
    case GROVE_LEARNING_E_LEARNING:
      return _("Distance learning and e-learning");
    case GROVE_LEARNING_COACHING:
      return _("Coaching");
    case GROVE_LEARNING_MENTORING:
      return _("Mentoring");
    default:
      g_return_val_if_reached (NULL);
    }
}

const char *
grove_need_priority_label (GroveNeedPriority priority)
{
  switch (priority)
    {
    case GROVE_NEED_PRIORITY_LOW:
      return _("Low");
    case GROVE_NEED_PRIORITY_MEDIUM:
      return _("Medium");
    case GROVE_NEED_PRIORITY_HIGH:
      return _("High");
    default:
      g_return_val_if_reached (NULL);
    }
}

const char *
grove_need_source_label (GroveNeedSource source)
{
  switch (source)
    {
    case GROVE_NEED_SOURCE_IPDR:
      return _("IPDR");
    case GROVE_NEED_SOURCE_WPA:
      return _("Workplace assessment");
    case GROVE_NEED_SOURCE_SKILLS_AUDIT:
      return _("Skills audit");
    default:
      g_return_val_if_reached (NULL);
    }
}

const char *
grove_activity_status_label (GroveActivityStatus status)
{
  switch (status)
    {
    case GROVE_ACTIVITY_PLANNED:
      return _("Planned");
    case GROVE_ACTIVITY_IN_PROGRESS:
      return _("In progress");
    case GROVE_ACTIVITY_COMPLETED:
      return _("Completed");
    case GROVE_ACTIVITY_CANCELLED:
      return _("Cancelled");
    default:
      g_return_val_if_reached (NULL);
    }
}

static gboolean
check_need (const GroveNeed  *need,
            GError          **error)
{
  if (!_grove_ipdr_check_text (need->capability, _("A development need names the capability to develop."), error))
    return FALSE;
  if ((guint) need->priority > GROVE_NEED_PRIORITY_HIGH || (guint) need->source > GROVE_NEED_SOURCE_SKILLS_AUDIT)
    {
      g_set_error_literal (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_INVALID,
                           _("Unknown priority or source for a development need."));
      return FALSE;
    }
  return TRUE;
}

static void
bind_need (sqlite3_stmt    *stmt,
           const GroveNeed *need)
{
  g_autofree char *capability = g_strstrip (g_strdup (need->capability));

  _grove_store_bind_text (stmt, 2, capability);
  _grove_store_bind_text (stmt, 3, need->description);
  sqlite3_bind_int (stmt, 4, need->priority);
  sqlite3_bind_int (stmt, 5, need->source);
  _grove_store_bind_id (stmt, 6, need->condition_id);
}

gint64
_grove_need_insert (GroveStore       *store,
                    gint64            ipdr_id,
                    const GroveNeed  *need,
                    GError          **error)
{
  sqlite3_stmt *stmt;

  stmt = _grove_store_prepare (store,
                               "INSERT INTO ipdr_need (ipdr_id, capability, description, priority, source, condition_id) "
                               "VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                               error);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, ipdr_id);
  bind_need (stmt, need);
  if (!_grove_store_exec_stmt (store, stmt, _("saving the development need"), error))
    return 0;
  return sqlite3_last_insert_rowid (_grove_store_get_handle (store));
}

gint64
grove_ipdr_add_need (GroveStore       *store,
                     gint64            ipdr_id,
                     const GroveNeed  *need,
                     GError          **error)
{
  gint64 id;

  g_return_val_if_fail (GROVE_IS_STORE (store), 0);
  g_return_val_if_fail (need != NULL, 0);

  if (!check_need (need, error) || !_grove_store_begin (store, error))
    return 0;
  if (!_grove_ipdr_check_writable (store, ipdr_id, error) || (id = _grove_need_insert (store, ipdr_id, need, error)) == 0)
    {
      _grove_store_rollback (store);
      return 0;
    }
  return _grove_store_commit (store, error) ? id : 0;
}

/**
 * grove_ipdr_restore_need:
 * @need: a need as it was read, with its record's id
 * @activities: (element-type GroveActivity): its activities, as they were
 *
 * Stores a deleted need again with all its activities, completed ones with
 * their evaluations, in one transaction: what Undo after a delete needs.
 *
 * Returns: the need's new id, or 0 with @error set when nothing was stored
 */
gint64
grove_ipdr_restore_need (GroveStore       *store,
                         const GroveNeed  *need,
                         GPtrArray        *activities,
                         GError          **error)
{
  gint64 id;

  g_return_val_if_fail (GROVE_IS_STORE (store), 0);
  g_return_val_if_fail (need != NULL && activities != NULL, 0);

  if (!_grove_store_begin (store, error))
    return 0;
  if ((id = grove_ipdr_add_need (store, need->ipdr_id, need, error)) == 0)
    goto fail;
  for (guint i = 0; i < activities->len; i++)
    if (grove_ipdr_add_activity (store, id, g_ptr_array_index (activities, i), error) == 0)
      goto fail;
  return _grove_store_commit (store, error) ? id : 0;

fail:
  _grove_store_rollback (store);
  return 0;
}

gboolean
grove_ipdr_update_need (GroveStore       *store,
                        const GroveNeed  *need,
                        GError          **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (GROVE_IS_STORE (store), FALSE);
  g_return_val_if_fail (need != NULL, FALSE);

  if (!check_need (need, error))
    return FALSE;
  stmt = _grove_store_prepare (store,
                               "UPDATE ipdr_need SET capability = ?2, description = ?3, priority = ?4, source = ?5,"
                               " condition_id = ?6 WHERE id = ?1",
                               error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, need->id);
  bind_need (stmt, need);
  return _grove_ipdr_write_child (store, NEED_OWNER, need->id, _("development need"), stmt, error);
}

/* Its activities go with it. */
gboolean
grove_ipdr_delete_need (GroveStore  *store,
                        gint64       need_id,
                        GError     **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (GROVE_IS_STORE (store), FALSE);

  stmt = _grove_store_prepare (store, "DELETE FROM ipdr_need WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, need_id);
  return _grove_ipdr_write_child (store, NEED_OWNER, need_id, _("development need"), stmt, error);
}

static gpointer
need_from_row (sqlite3_stmt *stmt)
{
  GroveNeed *need = g_new0 (GroveNeed, 1);

  need->id = sqlite3_column_int64 (stmt, 0);
  need->ipdr_id = sqlite3_column_int64 (stmt, 1);
  need->capability = _grove_store_dup_text (stmt, 2);
  need->description = _grove_store_dup_text (stmt, 3);
  need->priority = (GroveNeedPriority) sqlite3_column_int (stmt, 4);
  need->source = (GroveNeedSource) sqlite3_column_int (stmt, 5);
  need->condition_id = sqlite3_column_int64 (stmt, 6);
  return need;
}

/**
 * grove_ipdr_list_needs:
 *
 * Returns: (transfer full) (element-type GroveNeed): the record's needs,
 *   the highest priority first
 */
GPtrArray *
grove_ipdr_list_needs (GroveStore  *store,
                       gint64       ipdr_id,
                       GError     **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (GROVE_IS_STORE (store), NULL);

  stmt = _grove_store_prepare (store,
                               "SELECT id, ipdr_id, capability, description, priority, source, condition_id "
                               "FROM ipdr_need WHERE ipdr_id = ?1 ORDER BY priority DESC, id",
                               error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, ipdr_id);
  return _grove_ipdr_read_rows (store, stmt, need_from_row, (GDestroyNotify) grove_need_free, error);
}

static gboolean
check_activity (const GroveActivity  *activity,
                GError              **error)
{
  if (!_grove_ipdr_check_text (activity->title, _("A development activity needs a title."), error) ||
      !_grove_ipdr_check_date (activity->due, error) || !_grove_ipdr_check_date (activity->completed, error))
    return FALSE;
  if ((guint) activity->method >= GROVE_LEARNING_N_METHODS || (guint) activity->status > GROVE_ACTIVITY_CANCELLED ||
      !(activity->hours >= 0) || activity->rating < 0 || activity->rating > 5)
    {
      g_set_error_literal (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_INVALID,
                           _("Unknown learning method, status, hours or rating for a development activity."));
      return FALSE;
    }
  if ((activity->status == GROVE_ACTIVITY_COMPLETED) != (activity->completed != NULL) ||
      (activity->rating > 0 && activity->status != GROVE_ACTIVITY_COMPLETED))
    {
      g_set_error_literal (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_INVALID,
                           _("A completed activity needs its completion date, and only a completed one can be "
                             "evaluated."));
      return FALSE;
    }
  return TRUE;
}

static void
bind_activity (sqlite3_stmt        *stmt,
               const GroveActivity *activity)
{
  sqlite3_bind_int (stmt, 2, activity->method);
  _grove_store_bind_text (stmt, 3, activity->title);
  _grove_store_bind_text (stmt, 4, activity->provider);
  _grove_store_bind_text (stmt, 5, activity->due);
  sqlite3_bind_int (stmt, 6, activity->status);
  if (activity->hours > 0)
    sqlite3_bind_double (stmt, 7, activity->hours);
  else
    sqlite3_bind_null (stmt, 7);
  _grove_store_bind_text (stmt, 8, activity->completed);
  if (activity->rating > 0)
    sqlite3_bind_int (stmt, 9, activity->rating);
  else
    sqlite3_bind_null (stmt, 9);
  _grove_store_bind_text (stmt, 10, activity->what_changed);
}

gint64
_grove_activity_insert (GroveStore           *store,
                        gint64                need_id,
                        const GroveActivity  *activity,
                        GError              **error)
{
  sqlite3_stmt *stmt;

  stmt = _grove_store_prepare (store,
                               "INSERT INTO ipdr_activity (need_id, method, title, provider, due, status, hours,"
                               " completed, rating, what_changed) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
                               error);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, need_id);
  bind_activity (stmt, activity);
  if (!_grove_store_exec_stmt (store, stmt, _("saving the development activity"), error))
    return 0;
  return sqlite3_last_insert_rowid (_grove_store_get_handle (store));
}

gint64
grove_ipdr_add_activity (GroveStore           *store,
                         gint64                need_id,
                         const GroveActivity  *activity,
                         GError              **error)
{
  gint64 ipdr_id, id;

  g_return_val_if_fail (GROVE_IS_STORE (store), 0);
  g_return_val_if_fail (activity != NULL, 0);

  if (!check_activity (activity, error) || !_grove_store_begin (store, error))
    return 0;
  if ((ipdr_id = _grove_ipdr_owner (store, NEED_OWNER, need_id, _("development need"), error)) == 0 ||
      !_grove_ipdr_check_writable (store, ipdr_id, error) ||
      (id = _grove_activity_insert (store, need_id, activity, error)) == 0)
    {
      _grove_store_rollback (store);
      return 0;
    }
  return _grove_store_commit (store, error) ? id : 0;
}

gboolean
grove_ipdr_update_activity (GroveStore           *store,
                            const GroveActivity  *activity,
                            GError              **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (GROVE_IS_STORE (store), FALSE);
  g_return_val_if_fail (activity != NULL, FALSE);

  if (!check_activity (activity, error))
    return FALSE;
  stmt = _grove_store_prepare (store,
                               "UPDATE ipdr_activity SET method = ?2, title = ?3, provider = ?4, due = ?5, status = ?6,"
                               " hours = ?7, completed = ?8, rating = ?9, what_changed = ?10 WHERE id = ?1",
                               error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, activity->id);
  bind_activity (stmt, activity);
  return _grove_ipdr_write_child (store, ACTIVITY_OWNER, activity->id, _("development activity"), stmt, error);
}

/**
 * grove_ipdr_complete_activity:
 * @date: (nullable): when it was completed; %NULL for today
 * @hours: the hours it took, or a negative number to keep those recorded
 */
gboolean
grove_ipdr_complete_activity (GroveStore  *store,
                              gint64       activity_id,
                              const char  *date,
                              double       hours,
                              GError     **error)
{
  g_autofree char *today = date == NULL ? grove_ipdr_today () : NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (GROVE_IS_STORE (store), FALSE);

  if (!_grove_ipdr_check_date (date, error))
    return FALSE;
  stmt = _grove_store_prepare (store,
                               "UPDATE ipdr_activity SET status = 2, completed = ?2,"
                               " hours = CASE WHEN ?3 IS NULL THEN hours ELSE ?3 END WHERE id = ?1",
                               error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, activity_id);
  sqlite3_bind_text (stmt, 2, date != NULL ? date : today, -1, SQLITE_TRANSIENT);
  if (hours >= 0 && !isnan (hours))
    sqlite3_bind_double (stmt, 3, hours);
  return _grove_ipdr_write_child (store, ACTIVITY_OWNER, activity_id, _("development activity"), stmt, error);
}

/**
 * grove_ipdr_evaluate_activity:
 * @rating: how useful it was, 1 (not at all) to 5 (very)
 * @what_changed: (nullable): what changed in the person's work
 *
 * Returns: FALSE with @error set, %GROVE_STORE_ERROR_INVALID for an
 *   activity that is not completed
 */
gboolean
grove_ipdr_evaluate_activity (GroveStore  *store,
                              gint64       activity_id,
                              int          rating,
                              const char  *what_changed,
                              GError     **error)
{
  sqlite3_stmt *stmt;
  int changed;

  g_return_val_if_fail (GROVE_IS_STORE (store), FALSE);

  if (rating < 1 || rating > 5)
    {
      g_set_error_literal (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_INVALID,
                           _("An evaluation rates the activity from 1 to 5."));
      return FALSE;
    }
  stmt = _grove_store_prepare (store,
                               "UPDATE ipdr_activity SET rating = ?2, what_changed = ?3 WHERE id = ?1 AND status = 2",
                               error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, activity_id);
  sqlite3_bind_int (stmt, 2, rating);
  _grove_store_bind_text (stmt, 3, what_changed);
  if (!_grove_ipdr_write_child (store, ACTIVITY_OWNER, activity_id, _("development activity"), stmt, error))
    return FALSE;
  changed = sqlite3_changes (_grove_store_get_handle (store));
  if (changed == 0)
    {
      g_set_error_literal (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_INVALID,
                           _("Only a completed activity can be evaluated: mark it completed first."));
      return FALSE;
    }
  return TRUE;
}

gboolean
grove_ipdr_delete_activity (GroveStore  *store,
                            gint64       activity_id,
                            GError     **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (GROVE_IS_STORE (store), FALSE);

  stmt = _grove_store_prepare (store, "DELETE FROM ipdr_activity WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, activity_id);
  return _grove_ipdr_write_child (store, ACTIVITY_OWNER, activity_id, _("development activity"), stmt, error);
}

static gpointer
activity_from_row (sqlite3_stmt *stmt)
{
  GroveActivity *activity = g_new0 (GroveActivity, 1);

  activity->id = sqlite3_column_int64 (stmt, 0);
  activity->need_id = sqlite3_column_int64 (stmt, 1);
  activity->method = (GroveLearningMethod) sqlite3_column_int (stmt, 2);
  activity->title = _grove_store_dup_text (stmt, 3);
  activity->provider = _grove_store_dup_text (stmt, 4);
  activity->due = _grove_store_dup_text (stmt, 5);
  activity->status = (GroveActivityStatus) sqlite3_column_int (stmt, 6);
  activity->hours = sqlite3_column_double (stmt, 7);
  activity->completed = _grove_store_dup_text (stmt, 8);
  activity->rating = sqlite3_column_int (stmt, 9);
  activity->what_changed = _grove_store_dup_text (stmt, 10);
  return activity;
}

/**
 * grove_ipdr_list_activities:
 *
 * Returns: (transfer full) (element-type GroveActivity): the activities of
 *   all the record's needs, need by need (as grove_ipdr_list_needs() orders
 *   them), then by due date
 */
GPtrArray *
grove_ipdr_list_activities (GroveStore  *store,
                            gint64       ipdr_id,
                            GError     **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (GROVE_IS_STORE (store), NULL);

  stmt = _grove_store_prepare (store,
                               "SELECT a.id, a.need_id, a.method, a.title, a.provider, a.due, a.status, a.hours,"
                               " a.completed, a.rating, a.what_changed "
                               "FROM ipdr_activity a JOIN ipdr_need n ON n.id = a.need_id WHERE n.ipdr_id = ?1 "
                               "ORDER BY n.priority DESC, n.id, a.due IS NULL, a.due, a.id",
                               error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, ipdr_id);
  return _grove_ipdr_read_rows (store, stmt, activity_from_row, (GDestroyNotify) grove_activity_free, error);
}
