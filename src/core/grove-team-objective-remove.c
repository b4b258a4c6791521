/* grove-team-objective-remove.c: deleting a team objective so that it can
 * be brought back
 *
 * Deleting a team objective clears the link of every individual objective
 * and template that supported it (ON DELETE SET NULL). To undo that, the
 * links are read in the same transaction as the delete, and restoring puts
 * back only those still cleared: an objective aligned elsewhere since keeps
 * its new alignment.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "grove-ipdr-private.h"
#include "grove-team-objective.h"

void
grove_team_objective_removal_free (GroveTeamObjectiveRemoval *removal)
{
  if (removal == NULL)
    return;
  grove_team_objective_free (removal->objective);
  g_clear_pointer (&removal->objective_ids, g_array_unref);
  g_clear_pointer (&removal->template_ids, g_array_unref);
  g_free (removal);
}

/**
 * grove_team_objective_remove:
 *
 * Deletes the team objective @id, as grove_team_objective_delete() does,
 * and returns what grove_team_objective_restore() needs to bring it back.
 *
 * Returns: (transfer full): the objective and its links; %NULL with
 *   @error set
 */
GroveTeamObjectiveRemoval *
grove_team_objective_remove (GroveStore  *store,
                             gint64       id,
                             GError     **error)
{
  g_autoptr(GroveTeamObjectiveRemoval) removal = g_new0 (GroveTeamObjectiveRemoval, 1);

  g_return_val_if_fail (GROVE_IS_STORE (store), NULL);

  if (!_grove_store_begin (store, error))
    return NULL;
  if ((removal->objective = grove_team_objective_get (store, id, error)) == NULL ||
      (removal->objective_ids = _grove_store_read_ids (store,
                                                       "SELECT id FROM ipdr_objective WHERE plan_objective_id = ?1 "
                                                       "ORDER BY id",
                                                       id, _("reading the team objective"), error)) == NULL ||
      (removal->template_ids = _grove_store_read_ids (store,
                                                      "SELECT id FROM objective_template WHERE plan_objective_id = ?1 "
                                                      "ORDER BY id",
                                                      id, _("reading the team objective"), error)) == NULL ||
      !grove_team_objective_delete (store, id, error))
    {
      _grove_store_rollback (store);
      return NULL;
    }
  if (!_grove_store_commit (store, error))
    return NULL;
  return g_steal_pointer (&removal);
}

static gboolean
relink (GroveStore    *store,
        const char    *sql,
        gint64         id,
        const GArray  *row_ids,
        GError       **error)
{
  sqlite3_stmt *stmt = _grove_store_prepare (store, sql, error);

  if (stmt == NULL)
    return FALSE;
  for (guint i = 0; i < row_ids->len; i++)
    {
      sqlite3_bind_int64 (stmt, 1, id);
      sqlite3_bind_int64 (stmt, 2, g_array_index (row_ids, gint64, i));
      if (!_grove_store_exec_stmt (store, stmt, _("restoring the team objective"), error))
        return FALSE;
    }
  return TRUE;
}

/**
 * grove_team_objective_restore:
 * @removal: what grove_team_objective_remove() returned
 *
 * Brings the team objective back, under its old id unless another has
 * taken it since, and aligns to it again the objectives and templates that
 * supported it and have not been aligned elsewhere since; one transaction.
 *
 * Returns: the objective's id, or 0 with @error set (for example when its
 *   unit has gone)
 */
gint64
grove_team_objective_restore (GroveStore                       *store,
                              const GroveTeamObjectiveRemoval  *removal,
                              GError                          **error)
{
  const GroveTeamObjective *objective;
  sqlite3_stmt *stmt;
  gint64 id;

  g_return_val_if_fail (GROVE_IS_STORE (store), 0);
  g_return_val_if_fail (removal != NULL && removal->objective != NULL, 0);

  objective = removal->objective;
  if (!_grove_store_begin (store, error))
    return 0;
  stmt = _grove_store_prepare (store,
                               "INSERT INTO plan_objective (id, unit_id, title, description, period_start, period_end) "
                               "VALUES ((SELECT CASE WHEN EXISTS (SELECT 1 FROM plan_objective WHERE id = ?1)"
                               "          THEN NULL ELSE ?1 END), ?2, ?3, ?4, ?5, ?6)",
                               error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, objective->id);
  sqlite3_bind_int64 (stmt, 2, objective->unit_id);
  _grove_store_bind_text (stmt, 3, objective->title);
  _grove_store_bind_text (stmt, 4, objective->description);
  _grove_store_bind_text (stmt, 5, objective->period_start);
  _grove_store_bind_text (stmt, 6, objective->period_end);
  if (!_grove_store_exec_stmt (store, stmt, _("restoring the team objective"), error))
    goto fail;
  id = sqlite3_last_insert_rowid (_grove_store_get_handle (store));
  if ((removal->objective_ids != NULL &&
       !relink (store, "UPDATE ipdr_objective SET plan_objective_id = ?1 WHERE id = ?2 AND plan_objective_id IS NULL",
                id, removal->objective_ids, error)) ||
      (removal->template_ids != NULL &&
       !relink (store, "UPDATE objective_template SET plan_objective_id = ?1 WHERE id = ?2 AND plan_objective_id IS NULL",
                id, removal->template_ids, error)))
    goto fail;
  if (!_grove_store_commit (store, error))
    return 0;
  return id;

fail:
  _grove_store_rollback (store);
  return 0;
}
