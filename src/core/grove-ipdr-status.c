/* grove-ipdr-status.c: moving a record through its year, signing it off,
 * and amending it afterwards
 *
 * The rules are set out at the top of grove-ipdr.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "grove-ipdr-private.h"
#include "grove-org-private.h"

static gboolean
count_rows (GroveStore  *store,
            const char  *sql,
            gint64       ipdr_id,
            int          kind,
            gint64      *count,
            GError     **error)
{
  sqlite3_stmt *stmt = _grove_store_prepare (store, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, ipdr_id);
  if (kind >= 0)
    sqlite3_bind_int (stmt, 2, kind);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    *count = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW)
    {
      _grove_store_set_error (store, rc, _("reading the IPDR"), error);
      return FALSE;
    }
  return TRUE;
}

static gboolean
refuse (GError     **error,
        const char  *message)
{
  g_set_error_literal (error, GROVE_IPDR_ERROR, GROVE_IPDR_ERROR_TRANSITION, message);
  return FALSE;
}

/* What the step into `to` needs to have happened. */
static gboolean
check_requirement (GroveStore       *store,
                   const GroveIpdr  *ipdr,
                   GroveIpdrStatus   to,
                   GError          **error)
{
  gint64 n = 0;

  switch (to)
    {
    case GROVE_IPDR_DRAFT:
      return TRUE;
    case GROVE_IPDR_AGREED:
      if (!count_rows (store, "SELECT count(*) FROM ipdr_objective WHERE ipdr_id = ?1", ipdr->id, -1, &n, error))
        return FALSE;
      return n > 0 || refuse (error, _("An IPDR cannot be agreed without at least one objective."));
    case GROVE_IPDR_MID_YEAR_REVIEWED:
    case GROVE_IPDR_END_YEAR_REVIEWED:
      if (!count_rows (store, "SELECT count(*) FROM ipdr_review WHERE ipdr_id = ?1 AND kind = ?2 AND held IS NOT NULL",
                       ipdr->id, to == GROVE_IPDR_MID_YEAR_REVIEWED ? 0 : 1, &n, error))
        return FALSE;
      if (n > 0)
        return TRUE;
      return refuse (error, to == GROVE_IPDR_MID_YEAR_REVIEWED
                              ? _("Record the mid-year review as held before marking the IPDR mid-year reviewed.")
                              : _("Record the end-year review as held before marking the IPDR end-year reviewed."));
    case GROVE_IPDR_CLOSED:
      return ipdr->locked ||
             refuse (error, _("An IPDR can be closed only once both the person and their manager have signed it off."));
    default:
      g_return_val_if_reached (FALSE);
    }
}

/**
 * grove_ipdr_set_status:
 * @status: the next status, or %GROVE_IPDR_DRAFT from %GROVE_IPDR_AGREED
 *
 * Moves the record one step, if what the step needs has happened (see
 * grove-ipdr.c). Setting the status it already has changes nothing.
 *
 * Returns: FALSE with @error set (%GROVE_IPDR_ERROR_TRANSITION for a step
 *   that is not allowed, %GROVE_IPDR_ERROR_LOCKED after sign-off, except for
 *   closing)
 */
gboolean
grove_ipdr_set_status (GroveStore       *store,
                       gint64            id,
                       GroveIpdrStatus   status,
                       GError          **error)
{
  g_autoptr(GroveIpdr) ipdr = NULL;
  sqlite3_stmt *stmt;
  gboolean step_forward, step_back;

  g_return_val_if_fail (GROVE_IS_STORE (store), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if ((guint) status >= GROVE_IPDR_N_STATUSES)
    {
      g_set_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_INVALID,
                   _("%d is not a status of an IPDR."), (int) status);
      return FALSE;
    }
  if ((ipdr = grove_ipdr_get (store, id, error)) == NULL)
    return FALSE;
  if (ipdr->status == status)
    return TRUE;

  step_forward = (guint) status == (guint) ipdr->status + 1;
  step_back = ipdr->status == GROVE_IPDR_AGREED && status == GROVE_IPDR_DRAFT;
  if (!step_forward && !step_back)
    {
      g_set_error (error, GROVE_IPDR_ERROR, GROVE_IPDR_ERROR_TRANSITION,
                   _("An IPDR that is “%s” cannot become “%s”: it moves forward one step at a time (draft, agreed, "
                     "mid-year reviewed, end-year reviewed, closed), and only an agreed one can go back to draft."),
                   grove_ipdr_status_label (ipdr->status), grove_ipdr_status_label (status));
      return FALSE;
    }
  /* Closing is what signing off leads to, so it is the one step a locked
   * record may take. */
  if (status != GROVE_IPDR_CLOSED && !_grove_ipdr_check_writable (store, id, error))
    return FALSE;

  if (!_grove_store_begin (store, error))
    return FALSE;
  if (!check_requirement (store, ipdr, status, error) ||
      (stmt = _grove_store_prepare (store, "UPDATE ipdr SET status = ?2 WHERE id = ?1", error)) == NULL)
    {
      _grove_store_rollback (store);
      return FALSE;
    }
  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_int (stmt, 2, status);
  if (!_grove_store_exec_stmt (store, stmt, _("saving the IPDR"), error))
    {
      _grove_store_rollback (store);
      return FALSE;
    }
  return _grove_store_commit (store, error);
}

static gboolean
check_can_sign (const GroveIpdr  *ipdr,
                GroveIpdrSigner   signer,
                GError          **error)
{
  if (ipdr->status != GROVE_IPDR_END_YEAR_REVIEWED)
    {
      g_set_error (error, GROVE_IPDR_ERROR, GROVE_IPDR_ERROR_SIGN_OFF,
                   _("An IPDR is signed off after its end-year review; this one is “%s”."),
                   grove_ipdr_status_label (ipdr->status));
      return FALSE;
    }
  if (signer == GROVE_IPDR_SIGNER_MANAGER && ipdr->manager_id == 0)
    {
      g_set_error_literal (error, GROVE_IPDR_ERROR, GROVE_IPDR_ERROR_SIGN_OFF,
                           _("This IPDR has no manager to sign it off."));
      return FALSE;
    }
  if ((signer == GROVE_IPDR_SIGNER_PERSON ? ipdr->person_signed : ipdr->manager_signed) != NULL)
    {
      g_set_error (error, GROVE_IPDR_ERROR, GROVE_IPDR_ERROR_SIGN_OFF, _("%s has already signed this IPDR off."),
                   signer == GROVE_IPDR_SIGNER_PERSON ? ipdr->person_name : ipdr->manager_name);
      return FALSE;
    }
  return TRUE;
}

/**
 * grove_ipdr_sign:
 * @signer: who signs: the person or their manager
 * @date: (nullable): the date of signing; %NULL for today
 *
 * Once both have signed (the person alone when the record has no manager),
 * the record is locked: see grove_ipdr_amend().
 *
 * Returns: FALSE with @error set (%GROVE_IPDR_ERROR_SIGN_OFF before the
 *   end-year review, or for a second signature by the same person)
 */
gboolean
grove_ipdr_sign (GroveStore       *store,
                 gint64            id,
                 GroveIpdrSigner   signer,
                 const char       *date,
                 GError          **error)
{
  g_autofree char *today = date == NULL ? grove_ipdr_today () : NULL;
  g_autoptr(GroveIpdr) ipdr = NULL;
  sqlite3_stmt *stmt;
  gboolean lock;

  g_return_val_if_fail (GROVE_IS_STORE (store), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_grove_ipdr_check_date (date, error))
    return FALSE;
  if ((ipdr = grove_ipdr_get (store, id, error)) == NULL || !check_can_sign (ipdr, signer, error))
    return FALSE;

  lock = signer == GROVE_IPDR_SIGNER_PERSON ? (ipdr->manager_signed != NULL || ipdr->manager_id == 0)
                                            : ipdr->person_signed != NULL;
  if (signer == GROVE_IPDR_SIGNER_PERSON)
    stmt = _grove_store_prepare (store, "UPDATE ipdr SET person_signed = ?2, locked = ?3 WHERE id = ?1", error);
  else
    stmt = _grove_store_prepare (store, "UPDATE ipdr SET manager_signed = ?2, locked = ?3 WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_text (stmt, 2, date != NULL ? date : today, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 3, lock ? 1 : 0);
  return _grove_store_exec_stmt (store, stmt, _("signing the IPDR off"), error);
}

static gboolean
set_locked (GroveStore  *store,
            gint64       id,
            gboolean     locked,
            GError     **error)
{
  sqlite3_stmt *stmt = _grove_store_prepare (store, "UPDATE ipdr SET locked = ?2 WHERE id = ?1", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_int (stmt, 2, locked ? 1 : 0);
  return _grove_store_exec_stmt (store, stmt, _("saving the IPDR"), error);
}

static gboolean
log_amendment (GroveStore  *store,
               gint64       id,
               gint64       by_id,
               const char  *what,
               GError     **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *stamp = g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
  g_autofree char *by_name = NULL;
  g_autofree char *clean = g_strstrip (g_strdup (what));
  sqlite3_stmt *stmt;

  if (by_id > 0 && (by_name = _grove_org_get_person_name (store, by_id, error)) == NULL)
    return FALSE;
  stmt = _grove_store_prepare (store,
                               "INSERT INTO ipdr_amendment (ipdr_id, amended_at, by_id, by_name, what) "
                               "VALUES (?1, ?2, ?3, ?4, ?5)",
                               error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_text (stmt, 2, stamp, -1, SQLITE_TRANSIENT);
  _grove_store_bind_id (stmt, 3, by_id);
  _grove_store_bind_text (stmt, 4, by_name);
  sqlite3_bind_text (stmt, 5, clean, -1, SQLITE_TRANSIENT);
  return _grove_store_exec_stmt (store, stmt, _("saving the amendment"), error);
}

/**
 * grove_ipdr_amend:
 * @by_id: who makes the change; 0 when not known
 * @what: why, for the log ("Objective 2's due date moved: project delayed")
 * @func: makes the change with the ordinary write functions
 *
 * Changes a record after sign-off: in one transaction, the record is
 * unlocked, @func runs, the record is locked again and the amendment is
 * logged with who, when and @what. If @func fails nothing is changed or
 * logged. On a record that is not locked the change is logged all the same.
 *
 * Returns: FALSE with @error set when nothing was changed
 */
gboolean
grove_ipdr_amend (GroveStore          *store,
                  gint64               id,
                  gint64               by_id,
                  const char          *what,
                  GroveIpdrAmendFunc   func,
                  gpointer             user_data,
                  GError             **error)
{
  g_autoptr(GroveIpdr) ipdr = NULL;

  g_return_val_if_fail (GROVE_IS_STORE (store), FALSE);
  g_return_val_if_fail (func != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_grove_ipdr_check_text (what, _("Say what the amendment changes and why."), error))
    return FALSE;
  if (!_grove_store_begin (store, error))
    return FALSE;
  if ((ipdr = grove_ipdr_get (store, id, error)) == NULL ||
      (ipdr->locked && !set_locked (store, id, FALSE, error)) ||
      !func (store, user_data, error) ||
      (ipdr->locked && !set_locked (store, id, TRUE, error)) ||
      !log_amendment (store, id, by_id, what, error))
    {
      _grove_store_rollback (store);
      return FALSE;
    }
  return _grove_store_commit (store, error);
}

static gpointer
amendment_from_row (sqlite3_stmt *stmt)
{
  GroveIpdrAmendment *amendment = g_new0 (GroveIpdrAmendment, 1);

  amendment->id = sqlite3_column_int64 (stmt, 0);
  amendment->ipdr_id = sqlite3_column_int64 (stmt, 1);
  amendment->amended_at = _grove_store_dup_text (stmt, 2);
  amendment->by_id = sqlite3_column_int64 (stmt, 3);
  amendment->by_name = _grove_store_dup_text (stmt, 4);
  amendment->what = _grove_store_dup_text (stmt, 5);
  return amendment;
}

/**
 * grove_ipdr_list_amendments:
 *
 * Returns: (transfer full) (element-type GroveIpdrAmendment): the record's
 *   amendments, oldest first
 */
GPtrArray *
grove_ipdr_list_amendments (GroveStore  *store,
                            gint64       id,
                            GError     **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (GROVE_IS_STORE (store), NULL);

  stmt = _grove_store_prepare (store,
                               "SELECT id, ipdr_id, amended_at, by_id, by_name, what FROM ipdr_amendment "
                               "WHERE ipdr_id = ?1 ORDER BY amended_at, id",
                               error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  return _grove_ipdr_read_rows (store, stmt, amendment_from_row, (GDestroyNotify) grove_ipdr_amendment_free,
                                error);
}
