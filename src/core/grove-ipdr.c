/* grove-ipdr.c: IPDR records, their status, sign-off and amendments
 *
 * A record belongs to one person for one period, by default the reporting
 * year from 1 April. Its status moves forward one step at a time, and each
 * step needs what it says has happened:
 *
 *   draft -> agreed              at least one objective
 *   agreed -> mid-year reviewed  the mid-year review has a held date
 *   mid-year -> end-year         the end-year review has a held date
 *   end-year -> closed           both people have signed it off
 *
 * The one step back allowed is agreed -> draft, to renegotiate objectives
 * before anything has been reviewed against them.
 *
 * Sign-off comes after the end-year review: each person signs once. When
 * both have (or the person alone, for someone with no manager, such as the
 * head of the organisation) the record is locked. Every write to a locked
 * record and to anything on it is refused, except inside grove_ipdr_amend(),
 * which unlocks it for the length of one transaction, makes the change and
 * logs who made it, when and why. Readers never see it unlocked.
 *
 * Objectives are in grove-ipdr-objective.c, needs and activities in
 * grove-ipdr-plan.c, notes and reviews in grove-ipdr-notes.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "grove-ipdr-private.h"
#include "grove-org-private.h"

#define IPDR_SELECT \
  "SELECT i.id, i.person_id, i.manager_id, i.period_start, i.period_end, i.status, i.last_conversation," \
  " i.person_signed, i.manager_signed, i.locked, p.name, m.name " \
  "FROM ipdr i JOIN person p ON p.id = i.person_id LEFT JOIN person m ON m.id = i.manager_id "

G_DEFINE_QUARK (grove-ipdr-error-quark, grove_ipdr_error)

static const char * const status_names[GROVE_IPDR_N_STATUSES] = {
  "draft", "agreed", "mid-year-reviewed", "end-year-reviewed", "closed",
};

void
grove_ipdr_free (GroveIpdr *ipdr)
{
  if (ipdr == NULL)
    return;
  g_free (ipdr->period_start);
  g_free (ipdr->period_end);
  g_free (ipdr->last_conversation);
  g_free (ipdr->person_signed);
  g_free (ipdr->manager_signed);
  g_free (ipdr->person_name);
  g_free (ipdr->manager_name);
  g_free (ipdr);
}

void
grove_ipdr_amendment_free (GroveIpdrAmendment *amendment)
{
  if (amendment == NULL)
    return;
  g_free (amendment->amended_at);
  g_free (amendment->by_name);
  g_free (amendment->what);
  g_free (amendment);
}

const char *
grove_ipdr_status_to_string (GroveIpdrStatus status)
{
  g_return_val_if_fail ((guint) status < GROVE_IPDR_N_STATUSES, NULL);

  return status_names[status];
}

gboolean
grove_ipdr_status_from_string (const char      *text,
                               GroveIpdrStatus *status)
{
  for (guint i = 0; i < GROVE_IPDR_N_STATUSES; i++)
    if (g_strcmp0 (text, status_names[i]) == 0)
      {
        *status = (GroveIpdrStatus) i;
        return TRUE;
      }
  return FALSE;
}

const char *
grove_ipdr_status_label (GroveIpdrStatus status)
{
  switch (status)
    {
    case GROVE_IPDR_DRAFT:
      return _("Draft");
    case GROVE_IPDR_AGREED:
      return _("Agreed");
    case GROVE_IPDR_MID_YEAR_REVIEWED:
      return _("Mid-year reviewed");
    case GROVE_IPDR_END_YEAR_REVIEWED:
      return _("End-year reviewed");
    case GROVE_IPDR_CLOSED:
      return _("Closed");
    default:
      g_return_val_if_reached (NULL);
    }
}

static gpointer
ipdr_from_row (sqlite3_stmt *stmt)
{
  GroveIpdr *ipdr = g_new0 (GroveIpdr, 1);

  ipdr->id = sqlite3_column_int64 (stmt, 0);
  ipdr->person_id = sqlite3_column_int64 (stmt, 1);
  ipdr->manager_id = sqlite3_column_int64 (stmt, 2);
  ipdr->period_start = _grove_store_dup_text (stmt, 3);
  ipdr->period_end = _grove_store_dup_text (stmt, 4);
  ipdr->status = (GroveIpdrStatus) sqlite3_column_int (stmt, 5);
  ipdr->last_conversation = _grove_store_dup_text (stmt, 6);
  ipdr->person_signed = _grove_store_dup_text (stmt, 7);
  ipdr->manager_signed = _grove_store_dup_text (stmt, 8);
  ipdr->locked = sqlite3_column_int (stmt, 9) != 0;
  ipdr->person_name = _grove_store_dup_text (stmt, 10);
  ipdr->manager_name = _grove_store_dup_text (stmt, 11);
  return ipdr;
}

static void
set_not_found (gint64   id,
               GError **error)
{
  g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, id);

  g_set_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_NOT_FOUND, _("There is no IPDR with id %s."), number);
}

/* One row or NOT_FOUND: the statement has its parameters bound. */
static GroveIpdr *
read_one (GroveStore    *store,
          sqlite3_stmt  *stmt,
          gint64         id,
          GError       **error)
{
  g_autoptr(GPtrArray) rows = _grove_ipdr_read_rows (store, stmt, ipdr_from_row,
                                                     (GDestroyNotify) grove_ipdr_free, error);

  if (rows == NULL)
    return NULL;
  if (rows->len == 0)
    {
      set_not_found (id, error);
      return NULL;
    }
  return g_ptr_array_steal_index (rows, 0);
}

GroveIpdr *
grove_ipdr_get (GroveStore  *store,
                gint64       id,
                GError     **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (GROVE_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = _grove_store_prepare (store, IPDR_SELECT "WHERE i.id = ?1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  return read_one (store, stmt, id, error);
}

/**
 * grove_ipdr_find:
 * @person_id: someone stored
 * @date: (nullable): a day in the period; %NULL for today
 *
 * Returns: (transfer full): the person's record for the period that holds
 *   @date, or %NULL with @error set (%GROVE_STORE_ERROR_NOT_FOUND when there
 *   is none)
 */
GroveIpdr *
grove_ipdr_find (GroveStore  *store,
                 gint64       person_id,
                 const char  *date,
                 GError     **error)
{
  g_autofree char *today = date == NULL ? grove_ipdr_today () : NULL;
  g_autofree char *name = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (GROVE_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (date == NULL)
    date = today;
  if ((name = _grove_org_get_person_name (store, person_id, error)) == NULL)
    return NULL;
  stmt = _grove_store_prepare (store,
                               IPDR_SELECT "WHERE i.person_id = ?1 AND i.period_start <= ?2 AND i.period_end >= ?2",
                               error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, person_id);
  sqlite3_bind_text (stmt, 2, date, -1, SQLITE_TRANSIENT);
  rows = _grove_ipdr_read_rows (store, stmt, ipdr_from_row, (GDestroyNotify) grove_ipdr_free, error);
  if (rows == NULL)
    return NULL;
  if (rows->len == 0)
    {
      g_set_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_NOT_FOUND,
                   _("%s has no IPDR for a period that includes %s."), name, date);
      return NULL;
    }
  return g_ptr_array_steal_index (rows, 0);
}

/**
 * grove_ipdr_list_for_person:
 *
 * Returns: (transfer full) (element-type GroveIpdr): the person's records,
 *   the latest period first
 */
GPtrArray *
grove_ipdr_list_for_person (GroveStore  *store,
                            gint64       person_id,
                            GError     **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (GROVE_IS_STORE (store), NULL);

  stmt = _grove_store_prepare (store, IPDR_SELECT "WHERE i.person_id = ?1 ORDER BY i.period_start DESC", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, person_id);
  return _grove_ipdr_read_rows (store, stmt, ipdr_from_row, (GDestroyNotify) grove_ipdr_free, error);
}

gint64
_grove_ipdr_owner (GroveStore  *store,
                   const char  *sql,
                   gint64       id,
                   const char  *what,
                   GError     **error)
{
  sqlite3_stmt *stmt = _grove_store_prepare (store, sql, error);
  gint64 owner = 0;
  int rc;

  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    owner = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  if (rc == SQLITE_DONE)
    {
      g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, id);

      /* TRANSLATORS: the first %s is a kind of row, e.g. "objective" */
      g_set_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_NOT_FOUND, _("There is no %s with id %s."),
                   what, number);
    }
  else if (rc != SQLITE_ROW)
    _grove_store_set_error (store, rc, _("reading the IPDR"), error);
  return owner;
}

gboolean
_grove_ipdr_check_writable (GroveStore  *store,
                            gint64       ipdr_id,
                            GError     **error)
{
  g_autoptr(GroveIpdr) ipdr = grove_ipdr_get (store, ipdr_id, error);
  g_autofree char *period = NULL;

  if (ipdr == NULL)
    return FALSE;
  if (!ipdr->locked)
    return TRUE;
  period = grove_ipdr_format_period (ipdr);
  g_set_error (error, GROVE_IPDR_ERROR, GROVE_IPDR_ERROR_LOCKED,
               _("The IPDR of %s for %s has been signed off and is locked; record the change as an amendment."),
               ipdr->person_name, period);
  return FALSE;
}

gint64
_grove_ipdr_insert (GroveStore       *store,
                    const GroveIpdr  *ipdr,
                    GError          **error)
{
  sqlite3_stmt *stmt;

  stmt = _grove_store_prepare (store,
                               "INSERT INTO ipdr (person_id, manager_id, period_start, period_end, status,"
                               " last_conversation, person_signed, manager_signed, locked) "
                               "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                               error);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, ipdr->person_id);
  _grove_store_bind_id (stmt, 2, ipdr->manager_id);
  _grove_store_bind_text (stmt, 3, ipdr->period_start);
  _grove_store_bind_text (stmt, 4, ipdr->period_end);
  sqlite3_bind_int (stmt, 5, ipdr->status);
  _grove_store_bind_text (stmt, 6, ipdr->last_conversation);
  _grove_store_bind_text (stmt, 7, ipdr->person_signed);
  _grove_store_bind_text (stmt, 8, ipdr->manager_signed);
  sqlite3_bind_int (stmt, 9, ipdr->locked ? 1 : 0);
  if (!_grove_store_exec_stmt (store, stmt, _("saving the IPDR"), error))
    return 0;
  return sqlite3_last_insert_rowid (_grove_store_get_handle (store));
}

static gboolean
check_period (const char  *start,
              const char  *end,
              GError     **error)
{
  if (!_grove_ipdr_check_date (start, error) || !_grove_ipdr_check_date (end, error))
    return FALSE;
  if (start == NULL || end == NULL || g_strcmp0 (end, start) <= 0)
    {
      g_set_error_literal (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_INVALID,
                           _("An IPDR period needs a start date and an end date after it."));
      return FALSE;
    }
  return TRUE;
}

/* Another record of the person's whose period overlaps: a person has one
 * record at a time, so that "the IPDR for a date" has one answer. */
static gboolean
check_no_overlap (GroveStore  *store,
                  gint64       person_id,
                  gint64       except_id,
                  const char  *start,
                  const char  *end,
                  GError     **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = _grove_store_prepare (store,
                               "SELECT period_start, period_end FROM ipdr "
                               "WHERE person_id = ?1 AND id IS NOT ?2 AND period_start <= ?4 AND period_end >= ?3",
                               error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, person_id);
  _grove_store_bind_id (stmt, 2, except_id);
  sqlite3_bind_text (stmt, 3, start, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, end, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    g_set_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_CONSTRAINT,
                 _("The period overlaps the IPDR from %s to %s; a person has one IPDR at a time."),
                 (const char *) sqlite3_column_text (stmt, 0), (const char *) sqlite3_column_text (stmt, 1));
  else if (rc != SQLITE_DONE)
    _grove_store_set_error (store, rc, _("reading the IPDR"), error);
  sqlite3_reset (stmt);
  return rc == SQLITE_DONE;
}

/**
 * grove_ipdr_create:
 * @person_id: someone stored
 * @period_start: (nullable): the first day; %NULL for the reporting year
 *   that holds today
 * @period_end: (nullable): the last day; %NULL with @period_start %NULL
 *
 * Starts a draft record, with the person's line manager now as its manager.
 *
 * Returns: the new record's id, or 0 with @error set
 */
gint64
grove_ipdr_create (GroveStore  *store,
                   gint64       person_id,
                   const char  *period_start,
                   const char  *period_end,
                   GError     **error)
{
  g_autofree char *start = NULL, *end = NULL;
  g_autoptr(GrovePerson) person = NULL;
  GroveIpdr ipdr = { 0 };
  gint64 id;

  g_return_val_if_fail (GROVE_IS_STORE (store), 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  if (period_start == NULL && period_end == NULL)
    grove_ipdr_default_period (NULL, &start, &end);
  else
    {
      start = g_strdup (period_start);
      end = g_strdup (period_end);
    }
  if (!check_period (start, end, error))
    return 0;
  if ((person = grove_org_get_person (store, person_id, error)) == NULL)
    return 0;

  ipdr.person_id = person_id;
  ipdr.manager_id = person->manager_id;
  ipdr.period_start = start;
  ipdr.period_end = end;
  if (!_grove_store_begin (store, error))
    return 0;
  if (!check_no_overlap (store, person_id, 0, start, end, error) ||
      (id = _grove_ipdr_insert (store, &ipdr, error)) == 0)
    {
      _grove_store_rollback (store);
      return 0;
    }
  return _grove_store_commit (store, error) ? id : 0;
}

gboolean
grove_ipdr_set_period (GroveStore  *store,
                       gint64       id,
                       const char  *period_start,
                       const char  *period_end,
                       GError     **error)
{
  g_autoptr(GroveIpdr) ipdr = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (GROVE_IS_STORE (store), FALSE);

  if (!check_period (period_start, period_end, error))
    return FALSE;
  if (!_grove_store_begin (store, error))
    return FALSE;
  if (!_grove_ipdr_check_writable (store, id, error) ||
      (ipdr = grove_ipdr_get (store, id, error)) == NULL ||
      !check_no_overlap (store, ipdr->person_id, id, period_start, period_end, error) ||
      (stmt = _grove_store_prepare (store, "UPDATE ipdr SET period_start = ?2, period_end = ?3 WHERE id = ?1",
                                    error)) == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_text (stmt, 2, period_start, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, period_end, -1, SQLITE_TRANSIENT);
  if (!_grove_store_exec_stmt (store, stmt, _("saving the IPDR"), error))
    goto fail;
  return _grove_store_commit (store, error);

fail:
  _grove_store_rollback (store);
  return FALSE;
}

gboolean
grove_ipdr_delete (GroveStore  *store,
                   gint64       id,
                   GError     **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (GROVE_IS_STORE (store), FALSE);

  if (!_grove_store_begin (store, error))
    return FALSE;
  if (!_grove_ipdr_check_writable (store, id, error) ||
      (stmt = _grove_store_prepare (store, "DELETE FROM ipdr WHERE id = ?1", error)) == NULL)
    {
      _grove_store_rollback (store);
      return FALSE;
    }
  sqlite3_bind_int64 (stmt, 1, id);
  if (!_grove_store_exec_stmt (store, stmt, _("deleting the IPDR"), error))
    {
      _grove_store_rollback (store);
      return FALSE;
    }
  return _grove_store_commit (store, error);
}

gboolean
_grove_ipdr_clear (GroveStore  *store,
                   GError     **error)
{
  static const char * const steps[] = {
    "DELETE FROM ipdr",
    "DELETE FROM objective_template",
    "DELETE FROM plan_objective",
  };

  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      sqlite3_stmt *stmt = _grove_store_prepare (store, steps[i], error);

      if (stmt == NULL || !_grove_store_exec_stmt (store, stmt, _("deleting the IPDR"), error))
        return FALSE;
    }
  return TRUE;
}

gboolean
_grove_ipdr_write_child (GroveStore    *store,
                         const char    *owner_sql,
                         gint64         child_id,
                         const char    *what,
                         sqlite3_stmt  *stmt,
                         GError       **error)
{
  gint64 ipdr_id;

  if (!_grove_store_begin (store, error))
    {
      sqlite3_reset (stmt);
      return FALSE;
    }
  if ((ipdr_id = _grove_ipdr_owner (store, owner_sql, child_id, what, error)) == 0 ||
      !_grove_ipdr_check_writable (store, ipdr_id, error) ||
      !_grove_store_exec_stmt (store, stmt, _("saving the IPDR"), error))
    {
      sqlite3_reset (stmt);
      _grove_store_rollback (store);
      return FALSE;
    }
  return _grove_store_commit (store, error);
}
