/* grove-assessment-tally.c: counting ratings once, after a bulk write
 *
 * The tallies are kept by triggers, one rating at a time, which is right
 * for every ordinary write. A generator or an import that adds hundreds of
 * thousands of ratings in one transaction is several times quicker with
 * the insert trigger set aside and every tally counted once at the end,
 * still inside that transaction: a rollback brings the trigger back, and a
 * commit leaves the same tallies the trigger would have.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "grove-assessment-private.h"

#define INSERT_TRIGGER "assessment_rating_tally_insert"

/**
 * _grove_assessment_pause_tallies:
 * @trigger_sql: (out): what _grove_assessment_resume_tallies() needs
 *
 * Inside the caller's transaction, stops counting new ratings.
 */
gboolean
_grove_assessment_pause_tallies (GroveStore  *store,
                                 char       **trigger_sql,
                                 GError     **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = _grove_store_prepare (store, "SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND name = '" INSERT_TRIGGER "'",
                               error);
  if (stmt == NULL)
    return FALSE;
  rc = sqlite3_step (stmt);
  *trigger_sql = rc == SQLITE_ROW ? _grove_store_dup_text (stmt, 0) : NULL;
  sqlite3_reset (stmt);
  if (*trigger_sql == NULL)
    {
      _grove_store_set_error (store, rc == SQLITE_DONE ? SQLITE_CORRUPT : rc, _("counting the ratings"), error);
      return FALSE;
    }
  rc = sqlite3_exec (_grove_store_get_handle (store), "DROP TRIGGER " INSERT_TRIGGER, NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    {
      g_clear_pointer (trigger_sql, g_free);
      _grove_store_set_error (store, rc, _("counting the ratings"), error);
      return FALSE;
    }
  return TRUE;
}

/**
 * _grove_assessment_resume_tallies:
 * @trigger_sql: from _grove_assessment_pause_tallies()
 *
 * Puts the trigger back and counts every rating there is.
 */
gboolean
_grove_assessment_resume_tallies (GroveStore  *store,
                                  const char  *trigger_sql,
                                  GError     **error)
{
  sqlite3 *db = _grove_store_get_handle (store);
  int rc;

  rc = sqlite3_exec (db, trigger_sql, NULL, NULL, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_exec (db,
                       "DELETE FROM assessment_tally;"
                       "INSERT INTO assessment_tally (round_id, unit_id, statement_id, score, n)"
                       "  SELECT r.round_id, r.unit_id, a.statement_id, ifnull (a.score, -1), count (*)"
                       "  FROM assessment_rating a JOIN assessment_response r ON r.id = a.response_id"
                       "  GROUP BY 1, 2, 3, 4",
                       NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    {
      _grove_store_set_error (store, rc, _("counting the ratings"), error);
      return FALSE;
    }
  return TRUE;
}
