/* grove-coaching-exclusion.c: the pairs never to match, as a coordinator
 * sees and keeps them
 *
 * Adding is grove_coaching_add_exclusion(), next to the rules that read
 * exclusions; turned-down proposals and poor fits add theirs there too.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "grove-coaching-private.h"

void
grove_exclusion_free (GroveExclusion *exclusion)
{
  if (exclusion == NULL)
    return;
  g_free (exclusion->coachee);
  g_free (exclusion->coach);
  g_free (exclusion->reason);
  g_free (exclusion);
}

/**
 * grove_coaching_list_exclusions:
 *
 * Returns: (transfer full) (element-type GroveExclusion): every pair kept
 *   apart, with the people's names and the reason
 */
GPtrArray *
grove_coaching_list_exclusions (GroveStore  *store,
                                GError     **error)
{
  g_autoptr(GPtrArray) exclusions = g_ptr_array_new_with_free_func ((GDestroyNotify) grove_exclusion_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (GROVE_IS_STORE (store), NULL);

  stmt = _grove_store_prepare (store,
    "SELECT e.coachee_id, e.coach_id, a.name, b.name, e.reason FROM coaching_exclusion e"
    " JOIN person a ON a.id = e.coachee_id JOIN person b ON b.id = e.coach_id"
    " ORDER BY a.name, b.name, e.coachee_id, e.coach_id", error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      GroveExclusion *exclusion = g_new0 (GroveExclusion, 1);

      exclusion->coachee_id = sqlite3_column_int64 (stmt, 0);
      exclusion->coach_id = sqlite3_column_int64 (stmt, 1);
      exclusion->coachee = _grove_store_dup_text (stmt, 2);
      exclusion->coach = _grove_store_dup_text (stmt, 3);
      exclusion->reason = _grove_store_dup_text (stmt, 4);
      g_ptr_array_add (exclusions, exclusion);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _grove_store_set_error (store, rc, _("reading exclusions"), error);
      return NULL;
    }
  return g_steal_pointer (&exclusions);
}

/**
 * grove_coaching_remove_exclusion:
 *
 * Lets later runs propose the pair again.
 */
gboolean
grove_coaching_remove_exclusion (GroveStore  *store,
                                 gint64       coachee_person,
                                 gint64       coach_person,
                                 GError     **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (GROVE_IS_STORE (store), FALSE);

  stmt = _grove_store_prepare (store, "DELETE FROM coaching_exclusion WHERE coachee_id = ?1 AND coach_id = ?2", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, coachee_person);
  sqlite3_bind_int64 (stmt, 2, coach_person);
  if (!_grove_store_exec_stmt (store, stmt, _("removing an exclusion"), error))
    return FALSE;
  if (sqlite3_changes (_grove_store_get_handle (store)) == 0)
    {
      g_set_error_literal (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_NOT_FOUND,
                           _("These two are not kept apart: there is no such exclusion."));
      return FALSE;
    }
  return TRUE;
}
