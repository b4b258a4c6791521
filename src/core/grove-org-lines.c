/* grove-org-lines.c: line management — chains upward, reports downward
 *
 * Matching relies on these to keep a coach out of the coachee's line, so the
 * line must be a tree: every write of a manager goes through
 * _grove_org_check_manager() inside the same transaction.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "grove-org-private.h"

void
_grove_org_set_person_not_found (gint64   id,
                                 GError **error)
{
  g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, id);

  g_set_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_NOT_FOUND,
               _("There is no person with id %s."), number);
}

char *
_grove_org_get_person_name (GroveStore  *store,
                            gint64       id,
                            GError     **error)
{
  sqlite3_stmt *stmt;
  char *name = NULL;
  int rc;

  stmt = _grove_store_prepare (store, "SELECT name FROM person WHERE id = ?1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    name = _grove_store_dup_text (stmt, 0);
  sqlite3_reset (stmt);

  if (rc == SQLITE_DONE)
    _grove_org_set_person_not_found (id, error);
  else if (rc != SQLITE_ROW)
    _grove_store_set_error (store, rc, _("reading people"), error);
  return name;
}

static gboolean
read_id_column (GroveStore    *store,
                sqlite3_stmt  *stmt,
                GArray        *ids,
                GError       **error)
{
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (ids, id);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _grove_store_set_error (store, rc, _("reading reporting lines"), error);
      return FALSE;
    }
  return TRUE;
}

/* One short query per level: chains are a handful of people long, and the
 * walk stops at a repeat, so even a cycle written by another program into
 * the file cannot make it loop. */
static GArray *
walk_up (GroveStore  *store,
         gint64       person_id,
         GError     **error)
{
  g_autoptr(GArray) chain = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  sqlite3_stmt *stmt;
  gint64 current = person_id;

  stmt = _grove_store_prepare (store, "SELECT manager_id FROM person WHERE id = ?1", error);
  if (stmt == NULL)
    return NULL;

  g_hash_table_add (seen, g_memdup2 (&person_id, sizeof person_id));
  for (;;)
    {
      gint64 manager_id;
      int rc;

      sqlite3_bind_int64 (stmt, 1, current);
      rc = sqlite3_step (stmt);
      manager_id = rc == SQLITE_ROW ? sqlite3_column_int64 (stmt, 0) : 0;
      sqlite3_reset (stmt);

      if (rc == SQLITE_DONE && current == person_id)
        {
          _grove_org_set_person_not_found (person_id, error);
          return NULL;
        }
      if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        {
          _grove_store_set_error (store, rc, _("reading reporting lines"), error);
          return NULL;
        }
      if (manager_id == 0 || g_hash_table_contains (seen, &manager_id))
        break;
      g_hash_table_add (seen, g_memdup2 (&manager_id, sizeof manager_id));
      g_array_append_val (chain, manager_id);
      current = manager_id;
    }
  return g_steal_pointer (&chain);
}

static gboolean
array_contains (GArray *ids,
                gint64  id)
{
  for (guint i = 0; i < ids->len; i++)
    if (g_array_index (ids, gint64, i) == id)
      return TRUE;
  return FALSE;
}

gboolean
_grove_org_check_manager (GroveStore  *store,
                          gint64       person_id,
                          gint64       manager_id,
                          GError     **error)
{
  g_autoptr(GArray) above_manager = NULL;
  g_autofree char *person = NULL;
  g_autofree char *manager = NULL;

  if (manager_id == 0)
    return TRUE;
  if (manager_id == person_id)
    {
      person = _grove_org_get_person_name (store, person_id, error);
      if (person != NULL)
        g_set_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_CONSTRAINT,
                     _("%s cannot be their own line manager."), person);
      return FALSE;
    }

  above_manager = walk_up (store, manager_id, error);
  if (above_manager == NULL)
    return FALSE;
  if (person_id == 0 || !array_contains (above_manager, person_id))
    return TRUE;

  person = _grove_org_get_person_name (store, person_id, error);
  if (person == NULL)
    return FALSE;
  manager = _grove_org_get_person_name (store, manager_id, error);
  if (manager == NULL)
    return FALSE;
  g_set_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_CONSTRAINT,
               _("%1$s cannot report to %2$s: %2$s already reports to %1$s, directly or indirectly."),
               person, manager);
  return FALSE;
}

/**
 * grove_org_get_manager_chain:
 * @person_id: someone stored
 *
 * Returns: (transfer full) (element-type gint64): the ids of the person's
 *   line manager, their manager, and so on up to the head of the
 *   organisation, nearest first; empty for the head. %NULL with @error set
 *   (%GROVE_STORE_ERROR_NOT_FOUND for an unknown person).
 */
GArray *
grove_org_get_manager_chain (GroveStore  *store,
                             gint64       person_id,
                             GError     **error)
{
  g_return_val_if_fail (GROVE_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return walk_up (store, person_id, error);
}

/**
 * grove_org_get_reports:
 * @person_id: someone stored
 * @direct_only: only the people the person manages themselves
 *
 * Includes people who have left, since the line is structure: their history
 * stays attached to it.
 *
 * Returns: (transfer full) (element-type gint64): the ids of the people
 *   below @person_id, ascending; %NULL with @error set
 *   (%GROVE_STORE_ERROR_NOT_FOUND for an unknown person)
 */
GArray *
grove_org_get_reports (GroveStore  *store,
                       gint64       person_id,
                       gboolean     direct_only,
                       GError     **error)
{
  g_autoptr(GArray) reports = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree char *name = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (GROVE_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  name = _grove_org_get_person_name (store, person_id, error);
  if (name == NULL)
    return NULL;

  if (direct_only)
    stmt = _grove_store_prepare (store, "SELECT id FROM person WHERE manager_id = ?1 ORDER BY id", error);
  else
    /* UNION, not UNION ALL: a repeated id ends its branch, so the query
     * terminates whatever the file holds. */
    stmt = _grove_store_prepare (store,
                                 "WITH RECURSIVE below (id) AS ("
                                 "  SELECT id FROM person WHERE manager_id = ?1"
                                 "  UNION SELECT p.id FROM person p JOIN below ON p.manager_id = below.id) "
                                 "SELECT id FROM below WHERE id <> ?1 ORDER BY id",
                                 error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, person_id);
  if (!read_id_column (store, stmt, reports, error))
    return NULL;
  return g_steal_pointer (&reports);
}

/**
 * grove_org_in_reporting_line:
 * @a: someone stored
 * @b: someone stored
 * @in_line: (out): TRUE when @a is above @b or @b is above @a, at any
 *   distance; FALSE when @a and @b are the same person, which callers that
 *   must keep people apart check for themselves
 *
 * Returns: FALSE with @error set when the line could not be read
 */
gboolean
grove_org_in_reporting_line (GroveStore  *store,
                             gint64       a,
                             gint64       b,
                             gboolean    *in_line,
                             GError     **error)
{
  g_autoptr(GArray) above_a = NULL;
  g_autoptr(GArray) above_b = NULL;

  g_return_val_if_fail (GROVE_IS_STORE (store), FALSE);
  g_return_val_if_fail (in_line != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  *in_line = FALSE;
  above_a = walk_up (store, a, error);
  if (above_a == NULL)
    return FALSE;
  above_b = walk_up (store, b, error);
  if (above_b == NULL)
    return FALSE;
  *in_line = a != b && (array_contains (above_a, b) || array_contains (above_b, a));
  return TRUE;
}
