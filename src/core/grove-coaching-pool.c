/* grove-coaching-pool.c: editing the pool, and taking coaches and requests
 * out of it so that they can be put back
 *
 * A removal returns everything it deleted (the row, its specialisms or
 * languages, and the locks that the cascade drops) so that "Undo" puts the
 * same ids back and later runs see no difference. A coach with
 * relationships on record stays: the relationships name it, and their
 * history is kept.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "grove-coaching-private.h"

static gboolean
exec_with_id (GroveStore  *store,
              const char  *sql,
              gint64       id,
              const char  *what,
              GError     **error)
{
  sqlite3_stmt *stmt = _grove_store_prepare (store, sql, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  return _grove_store_exec_stmt (store, stmt, what, error);
}

/* Replaces @id's rows of a list table with @values, blanks left out. */
static gboolean
write_strv (GroveStore          *store,
            const char          *delete_sql,
            const char          *insert_sql,
            gint64               id,
            const char * const  *values,
            GError             **error)
{
  if (!exec_with_id (store, delete_sql, id, _("saving the coaching pool"), error))
    return FALSE;
  for (guint i = 0; values != NULL && values[i] != NULL; i++)
    {
      g_autofree char *value = g_strstrip (g_strdup (values[i]));
      sqlite3_stmt *stmt;

      if (value[0] == '\0')
        continue;
      stmt = _grove_store_prepare (store, insert_sql, error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, id);
      sqlite3_bind_text (stmt, 2, value, -1, SQLITE_TRANSIENT);
      if (!_grove_store_exec_stmt (store, stmt, _("saving the coaching pool"), error))
        return FALSE;
    }
  return TRUE;
}

/* Typed lists come with spaces after the commas. */
static gboolean
write_specialisms (GroveStore        *store,
                   const GroveCoach  *coach,
                   GError           **error)
{
  return write_strv (store, "DELETE FROM coach_specialism WHERE coach_id = ?1",
                     "INSERT OR IGNORE INTO coach_specialism (coach_id, specialism) VALUES (?1, ?2)",
                     coach->id, (const char * const *) coach->specialisms, error);
}

static gboolean
update_coach_row (GroveStore        *store,
                  const GroveCoach  *coach,
                  GError           **error)
{
  sqlite3_stmt *stmt = _grove_store_prepare (store,
    "UPDATE coach SET roles = ?2, capacity = ?3, accreditation = ?4, remote = ?5, in_person = ?6, active = ?7"
    " WHERE id = ?1", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, coach->id);
  sqlite3_bind_int (stmt, 2, (int) coach->roles);
  sqlite3_bind_int (stmt, 3, (int) coach->capacity);
  _grove_store_bind_text (stmt, 4, coach->accreditation);
  sqlite3_bind_int (stmt, 5, coach->remote ? 1 : 0);
  sqlite3_bind_int (stmt, 6, coach->in_person ? 1 : 0);
  sqlite3_bind_int (stmt, 7, coach->active ? 1 : 0);
  if (!_grove_store_exec_stmt (store, stmt, _("saving the coaching pool"), error))
    return FALSE;
  if (sqlite3_changes (_grove_store_get_handle (store)) == 0)
    return _grove_coaching_not_found (_("There is no coach with id %s."), coach->id, error);
  return write_specialisms (store, coach, error);
}

/* Where they are and what they speak belong to the person, so the People
 * page shows the same. */
static gboolean
write_person_details (GroveStore        *store,
                      const GroveCoach  *coach,
                      GError           **error)
{
  sqlite3_stmt *stmt = _grove_store_prepare (store, "UPDATE person SET location = ?2 WHERE id = ?1", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, coach->person_id);
  _grove_store_bind_text (stmt, 2, coach->location);
  if (!_grove_store_exec_stmt (store, stmt, _("saving a person’s location"), error))
    return FALSE;
  return write_strv (store, "DELETE FROM person_language WHERE person_id = ?1",
                     "INSERT OR IGNORE INTO person_language (person_id, language) VALUES (?1, ?2)",
                     coach->person_id, (const char * const *) coach->languages, error);
}

/**
 * grove_coaching_save_coach:
 *
 * Adds the coach (when its id is 0, filling it in) or stores its role,
 * capacity, specialisms, accreditation, ways of meeting and whether it is
 * active; the person's location and languages are set to the coach's.
 *
 * Returns: the coach's id, or 0 with @error set (nothing is stored)
 */
gint64
grove_coaching_save_coach (GroveStore  *store,
                           GroveCoach  *coach,
                           GError     **error)
{
  gboolean adding;

  g_return_val_if_fail (GROVE_IS_STORE (store), 0);
  g_return_val_if_fail (coach != NULL, 0);

  adding = coach->id == 0;
  if (!_grove_store_begin (store, error))
    return 0;
  if ((adding ? grove_coaching_add_coach (store, coach, error) == 0 || !write_specialisms (store, coach, error)
              : !update_coach_row (store, coach, error)) ||
      !write_person_details (store, coach, error) ||
      !_grove_store_commit (store, error))
    {
      _grove_store_rollback (store);
      if (adding)
        coach->id = 0;
      return 0;
    }
  return coach->id;
}

/* Refuses, naming the coach, while relationships point at it. */
static gboolean
check_no_relationships (GroveStore        *store,
                        const GroveCoach  *coach,
                        GError           **error)
{
  sqlite3_stmt *stmt = _grove_store_prepare (store,
    "SELECT count(*) FILTER (WHERE status < 2), count(*) FROM coaching_relationship WHERE coach_id = ?1", error);
  int current, all;
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, coach->id);
  rc = sqlite3_step (stmt);
  current = sqlite3_column_int (stmt, 0);
  all = sqlite3_column_int (stmt, 1);
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW)
    {
      _grove_store_set_error (store, rc, _("reading the coaching pool"), error);
      return FALSE;
    }
  if (current > 0)
    g_set_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_CONSTRAINT,
                 g_dngettext (GETTEXT_PACKAGE,
                              "%s has %d current relationship: close it first, or mark %s inactive so that no new one starts.",
                              "%s has %d current relationships: close them first, or mark %s inactive so that no new one starts.",
                              current),
                 coach->name, current, coach->name);
  else if (all > 0)
    g_set_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_CONSTRAINT,
                 _("%s has past relationships on record, which keep their coach: mark %s inactive instead."),
                 coach->name, coach->name);
  return all == 0;
}

static GroveCoach *
read_coach (GroveStore  *store,
            gint64       coach_id,
            GError     **error)
{
  sqlite3_stmt *stmt = _grove_store_prepare (store,
    "SELECT c.person_id, p.name, c.roles, c.capacity, c.accreditation, c.supervision_hours, c.availability,"
    " c.availability_note, c.remote, c.in_person, c.active FROM coach c JOIN person p ON p.id = c.person_id"
    " WHERE c.id = ?1", error);
  g_autoptr(GroveCoach) coach = NULL;
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, coach_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      coach = grove_coach_new (sqlite3_column_int64 (stmt, 0), (guint) sqlite3_column_int (stmt, 2),
                               (guint) sqlite3_column_int (stmt, 3));
      coach->id = coach_id;
      coach->name = _grove_store_dup_text (stmt, 1);
      coach->accreditation = _grove_store_dup_text (stmt, 4);
      coach->supervision_hours = sqlite3_column_double (stmt, 5);
      coach->availability = (guint32) sqlite3_column_int (stmt, 6);
      coach->availability_note = _grove_store_dup_text (stmt, 7);
      coach->remote = sqlite3_column_int (stmt, 8) != 0;
      coach->in_person = sqlite3_column_int (stmt, 9) != 0;
      coach->active = sqlite3_column_int (stmt, 10) != 0;
    }
  sqlite3_reset (stmt);
  if (rc == SQLITE_DONE)
    _grove_coaching_not_found (_("There is no coach with id %s."), coach_id, error);
  else if (rc != SQLITE_ROW)
    _grove_store_set_error (store, rc, _("reading the coaching pool"), error);
  if (coach == NULL)
    return NULL;

  coach->specialisms = _grove_coaching_read_strv (store,
    "SELECT specialism FROM coach_specialism WHERE coach_id = ?1 ORDER BY specialism", coach_id, error);
  if (coach->specialisms == NULL)
    return NULL;
  return g_steal_pointer (&coach);
}

/**
 * grove_coaching_remove_coach:
 *
 * Takes a coach with no relationships out of the pool, with its
 * specialisms, locks and proposals.
 *
 * Returns: (transfer full): the coach as it was, with its locks, or NULL
 *   with @error set (nothing is changed)
 */
GroveCoach *
grove_coaching_remove_coach (GroveStore  *store,
                             gint64       coach_id,
                             GError     **error)
{
  g_autoptr(GroveCoach) coach = NULL;

  g_return_val_if_fail (GROVE_IS_STORE (store), NULL);

  if (!_grove_store_begin (store, error))
    return NULL;
  coach = read_coach (store, coach_id, error);
  if (coach == NULL ||
      !check_no_relationships (store, coach, error) ||
      (coach->locks = _grove_store_read_ids (store,
                                             "SELECT request_id FROM coaching_lock WHERE coach_id = ?1 "
                                             "ORDER BY request_id",
                                             coach_id, _("reading the coaching pool"), error)) == NULL ||
      !exec_with_id (store, "DELETE FROM coach WHERE id = ?1", coach_id, _("removing a coach from the pool"), error) ||
      !_grove_store_commit (store, error))
    {
      _grove_store_rollback (store);
      return NULL;
    }
  return g_steal_pointer (&coach);
}

/* Requests taken or withdrawn meanwhile, or locked to another coach since,
 * keep what they have now. */
static gboolean
insert_locks (GroveStore  *store,
              GArray      *request_ids,
              gint64       coach_id,
              GError     **error)
{
  for (guint i = 0; request_ids != NULL && i < request_ids->len; i++)
    {
      sqlite3_stmt *stmt = _grove_store_prepare (store,
        "INSERT OR IGNORE INTO coaching_lock (request_id, coach_id) SELECT ?1, ?2"
        " WHERE EXISTS (SELECT 1 FROM coaching_request WHERE id = ?1 AND status = 0)", error);

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, g_array_index (request_ids, gint64, i));
      sqlite3_bind_int64 (stmt, 2, coach_id);
      if (!_grove_store_exec_stmt (store, stmt, _("saving the coaching pool"), error))
        return FALSE;
    }
  return TRUE;
}

/**
 * grove_coaching_restore_coach:
 * @coach: as grove_coaching_remove_coach() returned it
 *
 * Puts a removed coach back under the same id, with its specialisms and
 * locks.
 */
gboolean
grove_coaching_restore_coach (GroveStore        *store,
                              const GroveCoach  *coach,
                              GError           **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (GROVE_IS_STORE (store), FALSE);
  g_return_val_if_fail (coach != NULL && coach->id > 0, FALSE);

  if (!_grove_store_begin (store, error))
    return FALSE;
  stmt = _grove_store_prepare (store,
    "INSERT INTO coach (id, person_id, roles, capacity, accreditation, supervision_hours, availability,"
    " availability_note, remote, in_person, active) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)", error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, coach->id);
  sqlite3_bind_int64 (stmt, 2, coach->person_id);
  sqlite3_bind_int (stmt, 3, (int) coach->roles);
  sqlite3_bind_int (stmt, 4, (int) coach->capacity);
  _grove_store_bind_text (stmt, 5, coach->accreditation);
  sqlite3_bind_double (stmt, 6, coach->supervision_hours);
  sqlite3_bind_int (stmt, 7, (int) coach->availability);
  _grove_store_bind_text (stmt, 8, coach->availability_note);
  sqlite3_bind_int (stmt, 9, coach->remote ? 1 : 0);
  sqlite3_bind_int (stmt, 10, coach->in_person ? 1 : 0);
  sqlite3_bind_int (stmt, 11, coach->active ? 1 : 0);
  if (!_grove_store_exec_stmt (store, stmt, _("putting a coach back in the pool"), error) ||
      !write_specialisms (store, coach, error) ||
      !insert_locks (store, coach->locks, coach->id, error) ||
      !_grove_store_commit (store, error))
    goto fail;
  return TRUE;

fail:
  _grove_store_rollback (store);
  return FALSE;
}

static GroveCoachingRequest *
read_request (GroveStore  *store,
              gint64       request_id,
              GError     **error)
{
  sqlite3_stmt *stmt = _grove_store_prepare (store,
    "SELECT q.person_id, p.name, q.programme_id, q.kind, q.goals, q.requested, q.status, q.wants_previous,"
    " q.remote, q.availability, q.front, q.unmatched_reason, q.unmatched_run,"
    " (SELECT coach_id FROM coaching_lock l WHERE l.request_id = q.id)"
    " FROM coaching_request q JOIN person p ON p.id = q.person_id WHERE q.id = ?1", error);
  g_autoptr(GroveCoachingRequest) request = NULL;
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, request_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      g_autofree char *requested = _grove_store_dup_text (stmt, 5);

      request = grove_coaching_request_new (sqlite3_column_int64 (stmt, 0), sqlite3_column_int (stmt, 3), requested);
      request->id = request_id;
      request->name = _grove_store_dup_text (stmt, 1);
      request->programme_id = sqlite3_column_int64 (stmt, 2);
      request->goals = _grove_store_dup_text (stmt, 4);
      request->status = sqlite3_column_int (stmt, 6);
      request->wants_previous = sqlite3_column_int (stmt, 7) != 0;
      request->remote = sqlite3_column_int (stmt, 8) != 0;
      request->availability = (guint32) sqlite3_column_int (stmt, 9);
      request->front = sqlite3_column_int (stmt, 10) != 0;
      request->unmatched_reason = sqlite3_column_int (stmt, 11);
      request->unmatched_run = sqlite3_column_int64 (stmt, 12);
      request->locked_coach = sqlite3_column_int64 (stmt, 13);
    }
  sqlite3_reset (stmt);
  if (rc == SQLITE_DONE)
    _grove_coaching_not_found (_("There is no coaching request with id %s."), request_id, error);
  else if (rc != SQLITE_ROW)
    _grove_store_set_error (store, rc, _("reading coaching requests"), error);
  if (request == NULL)
    return NULL;

  request->wanted = _grove_coaching_read_strv (store,
    "SELECT specialism FROM request_specialism WHERE request_id = ?1 ORDER BY specialism", request_id, error);
  if (request->wanted == NULL)
    return NULL;
  request->languages = _grove_coaching_read_strv (store,
    "SELECT language FROM request_language WHERE request_id = ?1 ORDER BY language", request_id, error);
  if (request->languages == NULL)
    return NULL;
  return g_steal_pointer (&request);
}

/**
 * grove_coaching_withdraw_request:
 *
 * Takes a request that is still waiting off the list, with what it wants,
 * its lock and its proposals; a matched or closed one has a relationship
 * that keeps it.
 *
 * Returns: (transfer full): the request as it was, or NULL with @error set
 */
GroveCoachingRequest *
grove_coaching_withdraw_request (GroveStore  *store,
                                 gint64       request_id,
                                 GError     **error)
{
  g_autoptr(GroveCoachingRequest) request = NULL;

  g_return_val_if_fail (GROVE_IS_STORE (store), NULL);

  if (!_grove_store_begin (store, error))
    return NULL;
  request = read_request (store, request_id, error);
  if (request != NULL && request->status != GROVE_REQUEST_WAITING)
    {
      g_set_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_CONSTRAINT,
                   _("The request of %s is no longer waiting: it has a relationship, which can be closed instead."),
                   request->name);
      g_clear_pointer (&request, grove_coaching_request_free);
    }
  if (request == NULL ||
      !exec_with_id (store, "DELETE FROM coaching_request WHERE id = ?1", request_id,
                     _("withdrawing a coaching request"), error) ||
      !_grove_store_commit (store, error))
    {
      _grove_store_rollback (store);
      return NULL;
    }
  return g_steal_pointer (&request);
}

static gboolean
insert_request_row (GroveStore                  *store,
                    const GroveCoachingRequest  *request,
                    GError                     **error)
{
  sqlite3_stmt *stmt = _grove_store_prepare (store,
    "INSERT INTO coaching_request (id, person_id, programme_id, kind, goals, requested, status, wants_previous,"
    " remote, availability, front, unmatched_reason, unmatched_run)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12,"
    " (SELECT id FROM match_run WHERE id = ?13))", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, request->id);
  sqlite3_bind_int64 (stmt, 2, request->person_id);
  sqlite3_bind_int64 (stmt, 3, request->programme_id > 0 ? request->programme_id : GROVE_PROGRAMME_DEFAULT);
  sqlite3_bind_int (stmt, 4, request->kind);
  _grove_store_bind_text (stmt, 5, request->goals);
  sqlite3_bind_text (stmt, 6, request->requested, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 7, request->status);
  sqlite3_bind_int (stmt, 8, request->wants_previous ? 1 : 0);
  sqlite3_bind_int (stmt, 9, request->remote ? 1 : 0);
  sqlite3_bind_int (stmt, 10, (int) request->availability);
  sqlite3_bind_int (stmt, 11, request->front ? 1 : 0);
  sqlite3_bind_int (stmt, 12, request->unmatched_reason);
  sqlite3_bind_int64 (stmt, 13, request->unmatched_run);
  return _grove_store_exec_stmt (store, stmt, _("putting a coaching request back"), error);
}

/**
 * grove_coaching_restore_request:
 * @request: as grove_coaching_withdraw_request() returned it
 *
 * Puts a withdrawn request back in its place on the waiting list, under the
 * same id, with what it wants and its lock (when its coach is still in the
 * pool).
 */
gboolean
grove_coaching_restore_request (GroveStore                  *store,
                                const GroveCoachingRequest  *request,
                                GError                     **error)
{
  g_autoptr(GArray) locked = g_array_new (FALSE, FALSE, sizeof (gint64));
  gint64 coach_person;

  g_return_val_if_fail (GROVE_IS_STORE (store), FALSE);
  g_return_val_if_fail (request != NULL && request->id > 0, FALSE);

  g_array_append_val (locked, request->id);
  if (!_grove_store_begin (store, error))
    return FALSE;
  if (!insert_request_row (store, request, error) ||
      !write_strv (store, "DELETE FROM request_specialism WHERE request_id = ?1",
                   "INSERT OR IGNORE INTO request_specialism (request_id, specialism) VALUES (?1, ?2)",
                   request->id, (const char * const *) request->wanted, error) ||
      !write_strv (store, "DELETE FROM request_language WHERE request_id = ?1",
                   "INSERT OR IGNORE INTO request_language (request_id, language) VALUES (?1, ?2)",
                   request->id, (const char * const *) request->languages, error))
    goto fail;
  /* A lock whose coach has left the pool meanwhile has nothing to keep. */
  if (request->locked_coach > 0 &&
      _grove_coaching_coach_person (store, request->locked_coach, &coach_person, NULL) &&
      !insert_locks (store, locked, request->locked_coach, error))
    goto fail;
  if (!_grove_store_commit (store, error))
    goto fail;
  return TRUE;

fail:
  _grove_store_rollback (store);
  return FALSE;
}
