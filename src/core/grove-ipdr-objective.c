/* grove-ipdr-objective.c: objectives, the SMART check and the at-risk rule
 *
 * The SMART check is advice for the manager, never a reason to refuse an
 * objective: a vague objective agreed is better than none. It looks for
 * what an objective most often lacks — a measure, a due date inside the
 * period, and a result rather than a direction ("improve", "support",
 * "understand", "help", "be aware of" with nothing to measure them by).
 *
 * At risk: progress is expected to grow in a straight line from 0 % on the
 * first day of the period to 100 % on the due date. An open objective is at
 * risk when its recorded
 * progress is more than GROVE_OBJECTIVE_AT_RISK_MARGIN points behind that
 * line. The margin keeps work that comes in steps (a report drafted, then
 * agreed) from being flagged the day after each step was due. Without a
 * due date there is no line, so no risk to see: the SMART check asks for
 * the date instead. My team
 * computes the same rule in SQL (grove-my-team.c): change both together.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "grove-ipdr-private.h"

#define OBJECTIVE_COLUMNS \
  "id, ipdr_id, title, description, measure, due, status, progress, condition_id, plan_objective_id, template_id"

/* Verbs and phrases that name a direction, not a result. Lower case,
 * matched as whole words. */
static const char * const vague_phrases[] = {
  "improve", "improves", "improving", "improved",
  "support", "supports", "supporting",
  "understand", "understanding",
  "help", "helps", "helping",
  "be aware of", "become aware of", "raise awareness",
  "enhance", "enhancing",
};

GroveObjective *
grove_objective_new (const char *title)
{
  GroveObjective *objective = g_new0 (GroveObjective, 1);

  objective->title = g_strdup (title);
  return objective;
}

GroveObjective *
grove_objective_copy (const GroveObjective *objective)
{
  GroveObjective *copy;

  g_return_val_if_fail (objective != NULL, NULL);

  copy = g_memdup2 (objective, sizeof *objective);
  copy->title = g_strdup (objective->title);
  copy->description = g_strdup (objective->description);
  copy->measure = g_strdup (objective->measure);
  copy->due = g_strdup (objective->due);
  return copy;
}

void
grove_objective_free (GroveObjective *objective)
{
  if (objective == NULL)
    return;
  g_free (objective->title);
  g_free (objective->description);
  g_free (objective->measure);
  g_free (objective->due);
  g_free (objective);
}

void
grove_smart_advice_free (GroveSmartAdvice *advice)
{
  if (advice == NULL)
    return;
  g_free (advice->advice);
  g_free (advice);
}

const char *
grove_objective_status_to_string (GroveObjectiveStatus status)
{
  static const char * const names[] = { "not-started", "in-progress", "achieved", "not-achieved", "dropped" };

  g_return_val_if_fail ((guint) status < G_N_ELEMENTS (names), NULL);
  return names[status];
}

const char *
grove_objective_status_label (GroveObjectiveStatus status)
{
  switch (status)
    {
    case GROVE_OBJECTIVE_NOT_STARTED:
      return _("Not started");
    case GROVE_OBJECTIVE_IN_PROGRESS:
      return _("In progress");
    case GROVE_OBJECTIVE_ACHIEVED:
      return _("Achieved");
    case GROVE_OBJECTIVE_NOT_ACHIEVED:
      return _("Not achieved");
    case GROVE_OBJECTIVE_DROPPED:
      return _("Dropped");
    default:
      g_return_val_if_reached (NULL);
    }
}

gboolean
grove_objective_is_open (const GroveObjective *objective)
{
  g_return_val_if_fail (objective != NULL, FALSE);

  return objective->status == GROVE_OBJECTIVE_NOT_STARTED || objective->status == GROVE_OBJECTIVE_IN_PROGRESS;
}

/* The first vague phrase in `text` as a whole word or words, or NULL. */
static const char *
find_vague_phrase (const char *text)
{
  g_autofree char *lower = NULL;

  if (text == NULL)
    return NULL;
  lower = g_utf8_strdown (text, -1);
  for (guint i = 0; i < G_N_ELEMENTS (vague_phrases); i++)
    {
      size_t length = strlen (vague_phrases[i]);

      for (const char *at = strstr (lower, vague_phrases[i]); at != NULL; at = strstr (at + 1, vague_phrases[i]))
        {
          gboolean starts = at == lower || !g_ascii_isalpha (at[-1]);
          gboolean ends = !g_ascii_isalpha (at[length]);

          if (starts && ends)
            return vague_phrases[i];
        }
    }
  return NULL;
}

static void
add_advice (GPtrArray       *advice,
            GroveSmartIssue  issue,
            char            *text)
{
  GroveSmartAdvice *item = g_new0 (GroveSmartAdvice, 1);

  item->issue = issue;
  item->advice = text;
  g_ptr_array_add (advice, item);
}

/**
 * grove_objective_check_smart:
 * @period_start: (nullable): the record's first day
 * @period_end: (nullable): the record's last day
 *
 * Returns: (transfer full) (element-type GroveSmartAdvice): what the
 *   objective lacks, in the order of the #GroveSmartIssue values; empty when
 *   nothing is missing
 */
GPtrArray *
grove_objective_check_smart (const GroveObjective *objective,
                             const char           *period_start,
                             const char           *period_end)
{
  GPtrArray *advice = g_ptr_array_new_with_free_func ((GDestroyNotify) grove_smart_advice_free);
  gboolean no_measure;
  const char *vague;

  g_return_val_if_fail (objective != NULL, advice);

  no_measure = _grove_ipdr_is_blank (objective->measure);
  if (no_measure)
    add_advice (advice, GROVE_SMART_NO_MEASURE,
                g_strdup (_("Say how success will be measured: a number, a standard or something anyone can check.")));
  if (_grove_ipdr_is_blank (objective->due))
    add_advice (advice, GROVE_SMART_NO_DUE_DATE, g_strdup (_("Give the objective a due date, so that it is time-bound.")));
  else if ((period_start != NULL && g_strcmp0 (objective->due, period_start) < 0) ||
           (period_end != NULL && g_strcmp0 (objective->due, period_end) > 0))
    add_advice (advice, GROVE_SMART_DUE_OUTSIDE_PERIOD,
                g_strdup_printf (_("The due date %s is outside the period of the IPDR (%s to %s)."),
                                 objective->due, period_start != NULL ? period_start : "…",
                                 period_end != NULL ? period_end : "…"));
  if (no_measure &&
      ((vague = find_vague_phrase (objective->title)) != NULL ||
       (vague = find_vague_phrase (objective->description)) != NULL))
    add_advice (advice, GROVE_SMART_VAGUE_VERB,
                g_strdup_printf (_("“%s” says which way to go but not where to arrive: say what will be different, "
                                   "and by how much."), vague));
  return advice;
}

/**
 * grove_objective_expected_progress:
 * @period_start: the record's first day
 * @today: the day to measure on
 *
 * Returns: where the straight line from @period_start (0) to the due date
 *   (100) stands on @today, from 0 to 100. Without a due date the line ends
 *   on no day, and the result is 0.
 */
double
grove_objective_expected_progress (const GroveObjective *objective,
                                   const char           *period_start,
                                   const char           *today)
{
  int span, elapsed;

  g_return_val_if_fail (objective != NULL && period_start != NULL && today != NULL, 0);

  if (objective->due == NULL)
    return 0;
  span = _grove_ipdr_days_between (period_start, objective->due);
  elapsed = _grove_ipdr_days_between (period_start, today);
  if (elapsed <= 0)
    return 0;
  if (span <= 0 || elapsed >= span)
    return 100;
  return 100.0 * elapsed / span;
}

gboolean
grove_objective_is_at_risk (const GroveObjective *objective,
                            const char           *period_start,
                            const char           *today)
{
  g_return_val_if_fail (objective != NULL, FALSE);

  return grove_objective_is_open (objective) &&
         grove_objective_expected_progress (objective, period_start, today) - objective->progress >
           GROVE_OBJECTIVE_AT_RISK_MARGIN;
}

gboolean
grove_objective_is_overdue (const GroveObjective *objective,
                            const char           *today)
{
  g_return_val_if_fail (objective != NULL, FALSE);

  return grove_objective_is_open (objective) && objective->due != NULL && g_strcmp0 (objective->due, today) < 0;
}

static gpointer
objective_from_row (sqlite3_stmt *stmt)
{
  GroveObjective *objective = g_new0 (GroveObjective, 1);

  objective->id = sqlite3_column_int64 (stmt, 0);
  objective->ipdr_id = sqlite3_column_int64 (stmt, 1);
  objective->title = _grove_store_dup_text (stmt, 2);
  objective->description = _grove_store_dup_text (stmt, 3);
  objective->measure = _grove_store_dup_text (stmt, 4);
  objective->due = _grove_store_dup_text (stmt, 5);
  objective->status = (GroveObjectiveStatus) sqlite3_column_int (stmt, 6);
  objective->progress = (guint) sqlite3_column_int (stmt, 7);
  objective->condition_id = sqlite3_column_int64 (stmt, 8);
  objective->plan_objective_id = sqlite3_column_int64 (stmt, 9);
  objective->template_id = sqlite3_column_int64 (stmt, 10);
  return objective;
}

static gboolean
check_objective (const GroveObjective  *objective,
                 GError               **error)
{
  if (!_grove_ipdr_check_text (objective->title, _("An objective needs a title."), error) ||
      !_grove_ipdr_check_date (objective->due, error))
    return FALSE;
  if ((guint) objective->status >= GROVE_OBJECTIVE_N_STATUSES || objective->progress > 100)
    {
      g_set_error_literal (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_INVALID,
                           _("Progress is a percentage from 0 to 100."));
      return FALSE;
    }
  return TRUE;
}

static void
bind_objective (sqlite3_stmt         *stmt,
                const GroveObjective *objective)
{
  _grove_store_bind_text (stmt, 2, objective->title);
  _grove_store_bind_text (stmt, 3, objective->description);
  _grove_store_bind_text (stmt, 4, objective->measure);
  _grove_store_bind_text (stmt, 5, objective->due);
  sqlite3_bind_int (stmt, 6, objective->status);
  sqlite3_bind_int (stmt, 7, (int) objective->progress);
  _grove_store_bind_id (stmt, 8, objective->condition_id);
  _grove_store_bind_id (stmt, 9, objective->plan_objective_id);
  _grove_store_bind_id (stmt, 10, objective->template_id);
}

gint64
_grove_objective_insert (GroveStore            *store,
                         gint64                 ipdr_id,
                         const GroveObjective  *objective,
                         GError               **error)
{
  sqlite3_stmt *stmt;

  stmt = _grove_store_prepare (store,
                               "INSERT INTO ipdr_objective (ipdr_id, title, description, measure, due, status,"
                               " progress, condition_id, plan_objective_id, template_id) "
                               "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
                               error);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, ipdr_id);
  bind_objective (stmt, objective);
  if (!_grove_store_exec_stmt (store, stmt, _("saving the objective"), error))
    return 0;
  return sqlite3_last_insert_rowid (_grove_store_get_handle (store));
}

/**
 * grove_ipdr_add_objective:
 * @objective: the objective; its id and ipdr_id are ignored
 *
 * Returns: the new objective's id, or 0 with @error set
 */
gint64
grove_ipdr_add_objective (GroveStore            *store,
                          gint64                 ipdr_id,
                          const GroveObjective  *objective,
                          GError               **error)
{
  gint64 id;

  g_return_val_if_fail (GROVE_IS_STORE (store), 0);
  g_return_val_if_fail (objective != NULL, 0);

  if (!check_objective (objective, error) || !_grove_store_begin (store, error))
    return 0;
  if (!_grove_ipdr_check_writable (store, ipdr_id, error) ||
      (id = _grove_objective_insert (store, ipdr_id, objective, error)) == 0)
    {
      _grove_store_rollback (store);
      return 0;
    }
  return _grove_store_commit (store, error) ? id : 0;
}

/**
 * grove_ipdr_restore_objective:
 * @objective: an objective as it was read, with its record's id
 * @note_ids: (array length=n_notes): the workplace-assessment notes that were
 *   about it when it was deleted
 *
 * Stores a deleted objective again and points its notes back at it, in one
 * transaction: what Undo after a delete needs, since deleting an objective
 * only unlinks its notes. A note deleted in the meantime, moved to another
 * record or linked to another objective since, is left as it is.
 *
 * Returns: the objective's new id, or 0 with @error set when nothing was
 *   stored
 */
gint64
grove_ipdr_restore_objective (GroveStore            *store,
                              const GroveObjective  *objective,
                              const gint64          *note_ids,
                              guint                  n_notes,
                              GError               **error)
{
  sqlite3_stmt *stmt;
  gint64 id;

  g_return_val_if_fail (GROVE_IS_STORE (store), 0);
  g_return_val_if_fail (objective != NULL, 0);
  g_return_val_if_fail (note_ids != NULL || n_notes == 0, 0);

  if (!_grove_store_begin (store, error))
    return 0;
  if ((id = grove_ipdr_add_objective (store, objective->ipdr_id, objective, error)) == 0)
    goto fail;
  for (guint i = 0; i < n_notes; i++)
    {
      stmt = _grove_store_prepare (store,
                                   "UPDATE ipdr_wpa_note SET objective_id = ?1"
                                   " WHERE id = ?2 AND ipdr_id = ?3 AND objective_id IS NULL",
                                   error);
      if (stmt == NULL)
        goto fail;
      sqlite3_bind_int64 (stmt, 1, id);
      sqlite3_bind_int64 (stmt, 2, note_ids[i]);
      sqlite3_bind_int64 (stmt, 3, objective->ipdr_id);
      if (!_grove_store_exec_stmt (store, stmt, _("linking the notes to the objective"), error))
        goto fail;
    }
  return _grove_store_commit (store, error) ? id : 0;

fail:
  _grove_store_rollback (store);
  return 0;
}

#define OBJECTIVE_OWNER "SELECT ipdr_id FROM ipdr_objective WHERE id = ?1"

static gboolean
write_objective (GroveStore    *store,
                 gint64         objective_id,
                 sqlite3_stmt  *stmt,
                 GError       **error)
{
  return _grove_ipdr_write_child (store, OBJECTIVE_OWNER, objective_id, _("objective"), stmt, error);
}

gboolean
grove_ipdr_update_objective (GroveStore            *store,
                             const GroveObjective  *objective,
                             GError               **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (GROVE_IS_STORE (store), FALSE);
  g_return_val_if_fail (objective != NULL, FALSE);

  if (!check_objective (objective, error))
    return FALSE;
  stmt = _grove_store_prepare (store,
                               "UPDATE ipdr_objective SET title = ?2, description = ?3, measure = ?4, due = ?5,"
                               " status = ?6, progress = ?7, condition_id = ?8, plan_objective_id = ?9,"
                               " template_id = ?10 WHERE id = ?1",
                               error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, objective->id);
  bind_objective (stmt, objective);
  return write_objective (store, objective->id, stmt, error);
}

gboolean
grove_ipdr_set_objective_progress (GroveStore            *store,
                                   gint64                 objective_id,
                                   GroveObjectiveStatus   status,
                                   guint                  progress,
                                   GError               **error)
{
  GroveObjective check = { .title = (char *) "-", .status = status, .progress = progress };
  sqlite3_stmt *stmt;

  g_return_val_if_fail (GROVE_IS_STORE (store), FALSE);

  if (!check_objective (&check, error))
    return FALSE;
  stmt = _grove_store_prepare (store, "UPDATE ipdr_objective SET status = ?2, progress = ?3 WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, objective_id);
  sqlite3_bind_int (stmt, 2, status);
  sqlite3_bind_int (stmt, 3, (int) progress);
  return write_objective (store, objective_id, stmt, error);
}

gboolean
grove_ipdr_delete_objective (GroveStore  *store,
                             gint64       objective_id,
                             GError     **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (GROVE_IS_STORE (store), FALSE);

  stmt = _grove_store_prepare (store, "DELETE FROM ipdr_objective WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, objective_id);
  return write_objective (store, objective_id, stmt, error);
}

GroveObjective *
grove_ipdr_get_objective (GroveStore  *store,
                          gint64       objective_id,
                          GError     **error)
{
  g_autoptr(GPtrArray) rows = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (GROVE_IS_STORE (store), NULL);

  stmt = _grove_store_prepare (store, "SELECT " OBJECTIVE_COLUMNS " FROM ipdr_objective WHERE id = ?1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, objective_id);
  rows = _grove_ipdr_read_rows (store, stmt, objective_from_row, (GDestroyNotify) grove_objective_free, error);
  if (rows == NULL)
    return NULL;
  if (rows->len == 0)
    {
      _grove_ipdr_owner (store, OBJECTIVE_OWNER, objective_id, _("objective"), error);
      return NULL;
    }
  return g_ptr_array_steal_index (rows, 0);
}

/**
 * grove_ipdr_list_objectives:
 *
 * Returns: (transfer full) (element-type GroveObjective): the record's
 *   objectives in the order they were added
 */
GPtrArray *
grove_ipdr_list_objectives (GroveStore  *store,
                            gint64       ipdr_id,
                            GError     **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (GROVE_IS_STORE (store), NULL);

  stmt = _grove_store_prepare (store,
                               "SELECT " OBJECTIVE_COLUMNS " FROM ipdr_objective WHERE ipdr_id = ?1 ORDER BY id",
                               error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, ipdr_id);
  return _grove_ipdr_read_rows (store, stmt, objective_from_row, (GDestroyNotify) grove_objective_free, error);
}
