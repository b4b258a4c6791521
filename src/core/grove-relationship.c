/* grove-relationship.c: relationships from accepted proposals, their
 * sessions, and their end
 *
 * A coach's seats in use are counted from the relationships that are
 * active or paused, never stored, so that closing one frees its seat by
 * itself.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "grove-coaching-private.h"
#include "grove-person.h"
#include "grove-relationship.h"

#define RELATIONSHIP_COLUMNS \
  "r.id, r.request_id, r.coach_id, q.programme_id, pq.name, pc.name, q.kind, r.started, r.ended, r.status," \
  " r.fit, r.review, r.reviewed, r.rating, r.outcome," \
  " (SELECT count(*) FROM coaching_session s WHERE s.relationship_id = r.id)," \
  " (SELECT coalesce (sum (minutes), 0) FROM coaching_session s WHERE s.relationship_id = r.id)" \
  " FROM coaching_relationship r JOIN coaching_request q ON q.id = r.request_id" \
  " JOIN person pq ON pq.id = q.person_id JOIN coach c ON c.id = r.coach_id JOIN person pc ON pc.id = c.person_id"

void
grove_relationship_free (GroveRelationship *relationship)
{
  if (relationship == NULL)
    return;
  g_free (relationship->coachee);
  g_free (relationship->coach);
  g_free (relationship->started);
  g_free (relationship->ended);
  g_free (relationship->review);
  g_free (relationship->reviewed);
  g_free (relationship->outcome);
  g_free (relationship);
}

void
grove_coaching_session_free (GroveCoachingSession *session)
{
  if (session == NULL)
    return;
  g_free (session->held);
  g_free (session->notes);
  g_free (session);
}

void
grove_coaching_total_free (GroveCoachingTotal *total)
{
  if (total == NULL)
    return;
  g_free (total->name);
  g_free (total);
}

const char *
grove_relationship_status_to_string (GroveRelationshipStatus status)
{
  static const char * const names[] = { "active", "paused", "closed" };

  g_return_val_if_fail (status <= GROVE_RELATIONSHIP_CLOSED, NULL);
  return names[status];
}

const char *
grove_relationship_status_label (GroveRelationshipStatus status)
{
  static const char * const labels[] = { N_("Active"), N_("Paused"), N_("Closed") };

  g_return_val_if_fail (status <= GROVE_RELATIONSHIP_CLOSED, NULL);
  return _(labels[status]);
}

static GroveRelationship *
relationship_from_row (sqlite3_stmt *stmt)
{
  GroveRelationship *r = g_new0 (GroveRelationship, 1);

  r->id = sqlite3_column_int64 (stmt, 0);
  r->request_id = sqlite3_column_int64 (stmt, 1);
  r->coach_id = sqlite3_column_int64 (stmt, 2);
  r->programme_id = sqlite3_column_int64 (stmt, 3);
  r->coachee = _grove_store_dup_text (stmt, 4);
  r->coach = _grove_store_dup_text (stmt, 5);
  r->kind = sqlite3_column_int (stmt, 6);
  r->started = _grove_store_dup_text (stmt, 7);
  r->ended = _grove_store_dup_text (stmt, 8);
  r->status = sqlite3_column_int (stmt, 9);
  r->fit = sqlite3_column_int (stmt, 10);
  r->review = _grove_store_dup_text (stmt, 11);
  r->reviewed = _grove_store_dup_text (stmt, 12);
  r->rating = (guint) sqlite3_column_int (stmt, 13);
  r->outcome = _grove_store_dup_text (stmt, 14);
  r->sessions = (guint) sqlite3_column_int (stmt, 15);
  r->minutes = (guint) sqlite3_column_int (stmt, 16);
  return r;
}

/**
 * grove_relationship_list:
 *
 * Returns: (transfer full) (element-type GroveRelationship): the newest
 *   first, each with its sessions and minutes counted
 */
GPtrArray *
grove_relationship_list (GroveStore               *store,
                         gint64                    coach_id,
                         GroveRelationshipStatus   status_max,
                         GError                  **error)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) grove_relationship_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (GROVE_IS_STORE (store), NULL);

  stmt = _grove_store_prepare (store, "SELECT " RELATIONSHIP_COLUMNS
                               " WHERE (?1 = 0 OR r.coach_id = ?1) AND r.status <= ?2"
                               " ORDER BY r.started DESC, r.id DESC", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, coach_id);
  sqlite3_bind_int (stmt, 2, status_max);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (list, relationship_from_row (stmt));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _grove_store_set_error (store, rc, _("reading relationships"), error);
      return NULL;
    }
  return g_steal_pointer (&list);
}

/**
 * grove_relationship_get:
 *
 * Returns: (transfer full): the relationship, or %NULL with @error set
 */
GroveRelationship *
grove_relationship_get (GroveStore  *store,
                        gint64       id,
                        GError     **error)
{
  GroveRelationship *relationship = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (GROVE_IS_STORE (store), NULL);

  stmt = _grove_store_prepare (store, "SELECT " RELATIONSHIP_COLUMNS " WHERE r.id = ?1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    relationship = relationship_from_row (stmt);
  sqlite3_reset (stmt);
  if (rc == SQLITE_DONE)
    _grove_coaching_not_found (_("There is no relationship with id %s."), id, error);
  else if (rc != SQLITE_ROW)
    _grove_store_set_error (store, rc, _("reading relationships"), error);
  return relationship;
}

static gboolean
check_date (const char  *date,
            GError     **error)
{
  if (date != NULL && grove_person_date_is_valid (date))
    return TRUE;
  g_set_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_INVALID,
               _("“%s” is not a date: write it as YYYY-MM-DD, for example 2026-04-01."), date != NULL ? date : "");
  return FALSE;
}

/* The relationship's status and start, for the checks of each change. */
static gboolean
read_state (GroveStore               *store,
            gint64                    id,
            GroveRelationshipStatus  *status,
            char                    **started,
            GError                  **error)
{
  sqlite3_stmt *stmt = _grove_store_prepare (store,
    "SELECT status, started FROM coaching_relationship WHERE id = ?1", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      *status = sqlite3_column_int (stmt, 0);
      *started = _grove_store_dup_text (stmt, 1);
    }
  sqlite3_reset (stmt);
  if (rc == SQLITE_ROW)
    return TRUE;
  if (rc == SQLITE_DONE)
    return _grove_coaching_not_found (_("There is no relationship with id %s."), id, error);
  _grove_store_set_error (store, rc, _("reading relationships"), error);
  return FALSE;
}

static gboolean
check_open (GroveStore  *store,
            gint64       id,
            const char  *date,
            GError     **error)
{
  GroveRelationshipStatus status = GROVE_RELATIONSHIP_ACTIVE;
  g_autofree char *started = NULL;

  if (!read_state (store, id, &status, &started, error))
    return FALSE;
  if (status == GROVE_RELATIONSHIP_CLOSED)
    {
      g_set_error_literal (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_CONSTRAINT,
                           _("This relationship is closed; nothing more can be recorded in it."));
      return FALSE;
    }
  if (date != NULL && g_strcmp0 (date, started) < 0)
    {
      g_set_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_INVALID,
                   _("%s is before the relationship started (%s)."), date, started);
      return FALSE;
    }
  return TRUE;
}

/**
 * grove_relationship_log_session:
 * @minutes: 1 to 1440
 * @notes: (nullable):
 *
 * Returns: the session's id, or 0 with @error set
 */
gint64
grove_relationship_log_session (GroveStore  *store,
                                gint64       relationship_id,
                                const char  *held,
                                guint        minutes,
                                const char  *notes,
                                GError     **error)
{
  sqlite3_stmt *stmt;
  gint64 id;

  g_return_val_if_fail (GROVE_IS_STORE (store), 0);

  if (!check_date (held, error))
    return 0;
  if (minutes < 1 || minutes > 24 * 60)
    {
      g_set_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_INVALID,
                   _("A session lasts from 1 to 1440 minutes, not %u."), minutes);
      return 0;
    }
  if (!_grove_store_begin (store, error))
    return 0;
  if (!check_open (store, relationship_id, held, error) ||
      (stmt = _grove_store_prepare (store, "INSERT INTO coaching_session (relationship_id, held, minutes, notes)"
                                           " VALUES (?1, ?2, ?3, ?4)", error)) == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, relationship_id);
  sqlite3_bind_text (stmt, 2, held, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 3, (int) minutes);
  _grove_store_bind_text (stmt, 4, notes);
  if (!_grove_store_exec_stmt (store, stmt, _("saving a session"), error))
    goto fail;
  id = sqlite3_last_insert_rowid (_grove_store_get_handle (store));
  if (!_grove_store_commit (store, error))
    goto fail;
  return id;

fail:
  _grove_store_rollback (store);
  return 0;
}

/**
 * grove_relationship_list_sessions:
 *
 * Returns: (transfer full) (element-type GroveCoachingSession): the
 *   earliest first
 */
GPtrArray *
grove_relationship_list_sessions (GroveStore  *store,
                                  gint64       relationship_id,
                                  GError     **error)
{
  g_autoptr(GPtrArray) sessions = g_ptr_array_new_with_free_func ((GDestroyNotify) grove_coaching_session_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (GROVE_IS_STORE (store), NULL);

  stmt = _grove_store_prepare (store, "SELECT id, held, minutes, notes FROM coaching_session"
                               " WHERE relationship_id = ?1 ORDER BY held, id", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, relationship_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      GroveCoachingSession *session = g_new0 (GroveCoachingSession, 1);

      session->id = sqlite3_column_int64 (stmt, 0);
      session->held = _grove_store_dup_text (stmt, 1);
      session->minutes = (guint) sqlite3_column_int (stmt, 2);
      session->notes = _grove_store_dup_text (stmt, 3);
      g_ptr_array_add (sessions, session);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _grove_store_set_error (store, rc, _("reading sessions"), error);
      return NULL;
    }
  return g_steal_pointer (&sessions);
}
