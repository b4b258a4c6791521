/* grove-coaching-rules.c: what steers matching — exclusions, programmes
 * with their weights and minimum score, locked pairs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "grove-coaching-private.h"

#define PROGRAMME_COLUMNS \
  "id, name, weight_specialism, weight_profession, weight_seniority, weight_directorate, weight_location," \
  " weight_availability, min_score FROM coaching_programme"

static gboolean
read_pair_of_ids (GroveStore  *store,
                  const char  *sql,
                  gint64       id,
                  gint64      *first,
                  gint64      *second,
                  const char  *missing,
                  GError     **error)
{
  sqlite3_stmt *stmt = _grove_store_prepare (store, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      *first = sqlite3_column_int64 (stmt, 0);
      if (second != NULL)
        *second = sqlite3_column_int64 (stmt, 1);
    }
  sqlite3_reset (stmt);
  if (rc == SQLITE_ROW)
    return TRUE;
  if (rc != SQLITE_DONE)
    _grove_store_set_error (store, rc, _("reading the coaching pool"), error);
  else
    _grove_coaching_not_found (missing, id, error);
  return FALSE;
}

gboolean
_grove_coaching_request_state (GroveStore          *store,
                               gint64               request_id,
                               gint64              *person_id,
                               GroveRequestStatus  *status,
                               GError             **error)
{
  gint64 value = 0;

  if (!read_pair_of_ids (store, "SELECT person_id, status FROM coaching_request WHERE id = ?1", request_id,
                         person_id, &value, _("There is no coaching request with id %s."), error))
    return FALSE;
  *status = (GroveRequestStatus) value;
  return TRUE;
}

gboolean
_grove_coaching_coach_person (GroveStore  *store,
                              gint64       coach_id,
                              gint64      *person_id,
                              GError     **error)
{
  return read_pair_of_ids (store, "SELECT person_id FROM coach WHERE id = ?1", coach_id, person_id, NULL,
                           _("There is no coach with id %s."), error);
}

gboolean
_grove_coaching_insert_exclusion (GroveStore  *store,
                                  gint64       coachee_person,
                                  gint64       coach_person,
                                  const char  *reason,
                                  GError     **error)
{
  sqlite3_stmt *stmt;

  if (coachee_person == coach_person)
    {
      g_set_error_literal (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_INVALID,
                           _("Nobody is matched with themselves, so there is nothing to exclude."));
      return FALSE;
    }
  stmt = _grove_store_prepare (store,
    "INSERT INTO coaching_exclusion (coachee_id, coach_id, reason) VALUES (?1, ?2, ?3)"
    " ON CONFLICT (coachee_id, coach_id) DO UPDATE SET reason = coalesce (excluded.reason, reason)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, coachee_person);
  sqlite3_bind_int64 (stmt, 2, coach_person);
  _grove_store_bind_text (stmt, 3, reason);
  return _grove_store_exec_stmt (store, stmt, _("saving an exclusion"), error);
}

/**
 * grove_coaching_add_exclusion:
 * @coachee_person: the person who asks
 * @coach_person: the person never to propose to them
 * @reason: (nullable): why, for the coordinator
 *
 * Keeps a pair apart in every later run. Adding it again replaces the
 * reason.
 */
gboolean
grove_coaching_add_exclusion (GroveStore  *store,
                              gint64       coachee_person,
                              gint64       coach_person,
                              const char  *reason,
                              GError     **error)
{
  g_return_val_if_fail (GROVE_IS_STORE (store), FALSE);

  if (!_grove_store_begin (store, error))
    return FALSE;
  if (!_grove_coaching_insert_exclusion (store, coachee_person, coach_person, reason, error) ||
      !_grove_store_commit (store, error))
    {
      _grove_store_rollback (store);
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_programme (const GroveProgramme  *programme,
                 GError               **error)
{
  if (programme->name == NULL || programme->name[strspn (programme->name, " \t\n\r")] == '\0')
    {
      g_set_error_literal (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_INVALID, _("A programme needs a name."));
      return FALSE;
    }
  for (guint i = 0; i < GROVE_MATCH_N_CRITERIA; i++)
    if (programme->weights[i] > 100)
      {
        g_set_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_INVALID,
                     _("The weight of “%s” is %u; weights go from 0 to 100."),
                     grove_match_criterion_label (i), programme->weights[i]);
        return FALSE;
      }
  if (programme->min_score > GROVE_MATCH_SCALE)
    {
      g_set_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_INVALID,
                   _("The minimum score is %u; it goes from 0 to %d."), programme->min_score, GROVE_MATCH_SCALE);
      return FALSE;
    }
  return TRUE;
}

static void
bind_programme (sqlite3_stmt         *stmt,
                const GroveProgramme *programme)
{
  sqlite3_bind_text (stmt, 1, programme->name, -1, SQLITE_TRANSIENT);
  for (guint i = 0; i < GROVE_MATCH_N_CRITERIA; i++)
    sqlite3_bind_int (stmt, 2 + (int) i, (int) programme->weights[i]);
  sqlite3_bind_int (stmt, 8, (int) programme->min_score);
}

static gboolean
report_programme_error (GroveStore            *store,
                        int                    rc,
                        const GroveProgramme  *programme,
                        GError               **error)
{
  if (rc == SQLITE_CONSTRAINT)
    g_set_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_CONSTRAINT,
                 _("There is already a programme called “%s”; choose another name."), programme->name);
  else
    _grove_store_set_error (store, rc, _("saving a programme"), error);
  return FALSE;
}

/**
 * grove_coaching_add_programme:
 *
 * Returns: the new programme's id, or 0 with @error set
 */
gint64
grove_coaching_add_programme (GroveStore      *store,
                              GroveProgramme  *programme,
                              GError         **error)
{
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (GROVE_IS_STORE (store), 0);
  g_return_val_if_fail (programme != NULL, 0);

  if (!check_programme (programme, error))
    return 0;
  stmt = _grove_store_prepare (store,
    "INSERT INTO coaching_programme (name, weight_specialism, weight_profession, weight_seniority,"
    " weight_directorate, weight_location, weight_availability, min_score) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    error);
  if (stmt == NULL)
    return 0;
  bind_programme (stmt, programme);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return report_programme_error (store, rc, programme, error);
  programme->id = sqlite3_last_insert_rowid (_grove_store_get_handle (store));
  return programme->id;
}

/**
 * grove_coaching_set_programme:
 *
 * Saves a programme's name, weights and minimum score.
 */
gboolean
grove_coaching_set_programme (GroveStore            *store,
                              const GroveProgramme  *programme,
                              GError               **error)
{
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (GROVE_IS_STORE (store), FALSE);
  g_return_val_if_fail (programme != NULL, FALSE);

  if (!check_programme (programme, error))
    return FALSE;
  stmt = _grove_store_prepare (store,
    "UPDATE coaching_programme SET name = ?1, weight_specialism = ?2, weight_profession = ?3,"
    " weight_seniority = ?4, weight_directorate = ?5, weight_location = ?6, weight_availability = ?7,"
    " min_score = ?8 WHERE id = ?9", error);
  if (stmt == NULL)
    return FALSE;
  bind_programme (stmt, programme);
  sqlite3_bind_int64 (stmt, 9, programme->id);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return report_programme_error (store, rc, programme, error);
  if (sqlite3_changes (_grove_store_get_handle (store)) == 0)
    return _grove_coaching_not_found (_("There is no programme with id %s."), programme->id, error);
  return TRUE;
}

static GroveProgramme *
programme_from_row (sqlite3_stmt *stmt)
{
  GroveProgramme *programme = g_new0 (GroveProgramme, 1);

  programme->id = sqlite3_column_int64 (stmt, 0);
  programme->name = _grove_store_dup_text (stmt, 1);
  for (guint i = 0; i < GROVE_MATCH_N_CRITERIA; i++)
    programme->weights[i] = (guint) sqlite3_column_int (stmt, 2 + (int) i);
  programme->min_score = (guint) sqlite3_column_int (stmt, 8);
  return programme;
}

/**
 * grove_coaching_list_programmes:
 *
 * Returns: (transfer full) (element-type GroveProgramme): by id
 */
GPtrArray *
grove_coaching_list_programmes (GroveStore  *store,
                                GError     **error)
{
  g_autoptr(GPtrArray) programmes = g_ptr_array_new_with_free_func ((GDestroyNotify) grove_programme_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (GROVE_IS_STORE (store), NULL);

  stmt = _grove_store_prepare (store, "SELECT " PROGRAMME_COLUMNS " ORDER BY id", error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (programmes, programme_from_row (stmt));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _grove_store_set_error (store, rc, _("reading programmes"), error);
      return NULL;
    }
  return g_steal_pointer (&programmes);
}

/**
 * grove_coaching_get_programme:
 *
 * Returns: (transfer full): the programme, or %NULL with @error set
 */
GroveProgramme *
grove_coaching_get_programme (GroveStore  *store,
                              gint64       id,
                              GError     **error)
{
  GroveProgramme *programme = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (GROVE_IS_STORE (store), NULL);

  stmt = _grove_store_prepare (store, "SELECT " PROGRAMME_COLUMNS " WHERE id = ?1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    programme = programme_from_row (stmt);
  sqlite3_reset (stmt);
  if (rc == SQLITE_DONE)
    _grove_coaching_not_found (_("There is no programme with id %s."), id, error);
  else if (rc != SQLITE_ROW)
    _grove_store_set_error (store, rc, _("reading programmes"), error);
  return programme;
}

/**
 * grove_coaching_lock:
 *
 * Keeps @request_id with @coach_id in every run until it is accepted or
 * unlocked; the run optimises the rest around it. A lock replaces the
 * request's earlier one. Whether the pair breaks a rule is checked by the
 * run, which refuses it with the reason.
 */
gboolean
grove_coaching_lock (GroveStore  *store,
                     gint64       request_id,
                     gint64       coach_id,
                     GError     **error)
{
  sqlite3_stmt *stmt;
  gint64 person = 0, coach_person = 0;
  GroveRequestStatus status = GROVE_REQUEST_WAITING;

  g_return_val_if_fail (GROVE_IS_STORE (store), FALSE);

  if (!_grove_store_begin (store, error))
    return FALSE;
  if (!_grove_coaching_request_state (store, request_id, &person, &status, error) ||
      !_grove_coaching_coach_person (store, coach_id, &coach_person, error))
    goto fail;
  if (status != GROVE_REQUEST_WAITING)
    {
      g_set_error_literal (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_CONSTRAINT,
                           _("Only a request on the waiting list can be locked to a coach."));
      goto fail;
    }
  stmt = _grove_store_prepare (store, "INSERT OR REPLACE INTO coaching_lock (request_id, coach_id) VALUES (?1, ?2)",
                               error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, request_id);
  sqlite3_bind_int64 (stmt, 2, coach_id);
  if (!_grove_store_exec_stmt (store, stmt, _("saving a locked pair"), error) ||
      !_grove_store_commit (store, error))
    goto fail;
  return TRUE;

fail:
  _grove_store_rollback (store);
  return FALSE;
}

gboolean
grove_coaching_unlock (GroveStore  *store,
                       gint64       request_id,
                       GError     **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (GROVE_IS_STORE (store), FALSE);

  stmt = _grove_store_prepare (store, "DELETE FROM coaching_lock WHERE request_id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, request_id);
  return _grove_store_exec_stmt (store, stmt, _("saving a locked pair"), error);
}

gboolean
_grove_coaching_clear (GroveStore  *store,
                       GError     **error)
{
  /* Children first: relationships are kept from deletion by their rows. */
  static const char * const steps[] = {
    "DELETE FROM coaching_session",
    "DELETE FROM coaching_relationship",
    "DELETE FROM match_proposal",
    "DELETE FROM coaching_lock",
    "DELETE FROM coaching_request",
    "DELETE FROM match_run",
    "DELETE FROM coaching_exclusion",
    "DELETE FROM coach",
  };

  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      sqlite3_stmt *stmt = _grove_store_prepare (store, steps[i], error);

      if (stmt == NULL || !_grove_store_exec_stmt (store, stmt, _("removing the coaching pool"), error))
        return FALSE;
    }
  return TRUE;
}
