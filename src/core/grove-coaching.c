/* grove-coaching.c: the pool of coaches and mentors, requests, exclusions,
 * programmes and locked pairs
 *
 * Matching runs are in grove-coaching-match.c, relationships in
 * grove-relationship.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "grove-coaching-private.h"
#include "grove-person.h"

#define COACH_COLUMNS \
  "c.id, c.person_id, p.name, p.location, c.roles, c.capacity," \
  " (SELECT count(*) FROM coaching_relationship r WHERE r.coach_id = c.id AND r.status < 2)," \
  " c.accreditation, c.supervision_hours, c.availability, c.availability_note, c.remote, c.in_person, c.active" \
  " FROM coach c JOIN person p ON p.id = c.person_id"

#define REQUEST_COLUMNS \
  "q.id, q.person_id, p.name, q.programme_id, q.kind, q.goals, q.requested, q.status, q.wants_previous," \
  " q.remote, q.availability, q.front, q.unmatched_reason, q.unmatched_run" \
  " FROM coaching_request q JOIN person p ON p.id = q.person_id"

/* The waiting list's order: back after a poor fit first, then those an
 * earlier run left waiting, then by date. */
#define WAITING_ORDER " ORDER BY q.status, q.front DESC, q.unmatched_run IS NULL, q.requested, q.id"

GroveCoach *
grove_coach_new (gint64 person_id,
                 guint  roles,
                 guint  capacity)
{
  GroveCoach *coach = g_new0 (GroveCoach, 1);

  coach->person_id = person_id;
  coach->roles = roles;
  coach->capacity = capacity;
  coach->remote = TRUE;
  coach->in_person = TRUE;
  coach->active = TRUE;
  return coach;
}

void
grove_coach_free (GroveCoach *coach)
{
  if (coach == NULL)
    return;
  g_free (coach->name);
  g_free (coach->location);
  g_strfreev (coach->languages);
  g_strfreev (coach->specialisms);
  g_free (coach->accreditation);
  g_free (coach->availability_note);
  g_clear_pointer (&coach->locks, g_array_unref);
  g_free (coach);
}

GroveCoachingRequest *
grove_coaching_request_new (gint64          person_id,
                            GroveMatchKind  kind,
                            const char     *requested)
{
  GroveCoachingRequest *request = g_new0 (GroveCoachingRequest, 1);

  request->person_id = person_id;
  request->kind = kind;
  request->requested = g_strdup (requested);
  request->remote = TRUE;
  return request;
}

void
grove_coaching_request_free (GroveCoachingRequest *request)
{
  if (request == NULL)
    return;
  g_free (request->name);
  g_free (request->goals);
  g_strfreev (request->wanted);
  g_strfreev (request->languages);
  g_free (request->requested);
  g_free (request);
}

GroveProgramme *
grove_programme_new (const char *name)
{
  GroveProgramme *programme = g_new0 (GroveProgramme, 1);

  programme->name = g_strdup (name);
  grove_programme_restore_weights (programme);
  return programme;
}

/**
 * grove_programme_restore_weights:
 *
 * Puts back the weights a new programme starts with, leaving its id, name
 * and minimum score; grove_coaching_set_programme() stores them.
 */
void
grove_programme_restore_weights (GroveProgramme *programme)
{
  /* The same as the columns' defaults in the schema, so a programme reads
   * the same whether it was made here or by the first schema step. */
  static const guint defaults[GROVE_MATCH_N_CRITERIA] = { 3, 2, 2, 1, 1, 1 };

  g_return_if_fail (programme != NULL);

  memcpy (programme->weights, defaults, sizeof defaults);
}

void
grove_programme_free (GroveProgramme *programme)
{
  if (programme == NULL)
    return;
  g_free (programme->name);
  g_free (programme);
}

const char *
grove_request_status_to_string (GroveRequestStatus status)
{
  static const char * const names[] = { "waiting", "matched", "closed" };

  g_return_val_if_fail (status <= GROVE_REQUEST_CLOSED, NULL);
  return names[status];
}

const char *
grove_request_status_label (GroveRequestStatus status)
{
  static const char * const labels[] = { N_("Waiting"), N_("Matched"), N_("Closed") };

  g_return_val_if_fail (status <= GROVE_REQUEST_CLOSED, NULL);
  return _(labels[status]);
}

gboolean
_grove_coaching_not_found (const char  *format,
                           gint64       id,
                           GError     **error)
{
  g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, id);

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
  g_set_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_NOT_FOUND, format, number);
#pragma GCC diagnostic pop
  return FALSE;
}

GStrv
_grove_coaching_read_strv (GroveStore  *store,
                           const char  *sql,
                           gint64       id,
                           GError     **error)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  sqlite3_stmt *stmt = _grove_store_prepare (store, sql, error);
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_strv_builder_add (builder, (const char *) sqlite3_column_text (stmt, 0));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _grove_store_set_error (store, rc, _("reading the coaching pool"), error);
      return NULL;
    }
  return g_strv_builder_end (builder);
}

static gboolean
insert_strv (GroveStore          *store,
             const char          *sql,
             gint64               id,
             const char * const  *values,
             GError             **error)
{
  for (guint i = 0; values != NULL && values[i] != NULL; i++)
    {
      sqlite3_stmt *stmt;

      if (values[i][0] == '\0')
        continue;
      stmt = _grove_store_prepare (store, sql, error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, id);
      sqlite3_bind_text (stmt, 2, values[i], -1, SQLITE_TRANSIENT);
      if (!_grove_store_exec_stmt (store, stmt, _("saving the coaching pool"), error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
person_exists (GroveStore  *store,
               gint64       person_id,
               GError     **error)
{
  sqlite3_stmt *stmt = _grove_store_prepare (store, "SELECT 1 FROM person WHERE id = ?1", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, person_id);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if (rc == SQLITE_ROW)
    return TRUE;
  if (rc != SQLITE_DONE)
    _grove_store_set_error (store, rc, _("reading people"), error);
  else
    _grove_coaching_not_found (_("There is no person with id %s."), person_id, error);
  return FALSE;
}

static gboolean
check_availability (guint32   mask,
                    GError  **error)
{
  if (mask < (1u << GROVE_AVAILABILITY_HALF_DAYS))
    return TRUE;
  g_set_error_literal (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_INVALID,
                       _("Availability is given as the half-days of one week, Monday morning to Sunday afternoon."));
  return FALSE;
}

static gboolean
check_coach (const GroveCoach  *coach,
             GError           **error)
{
  if (coach->roles == 0 || coach->roles > GROVE_MATCH_ROLE_BOTH)
    {
      g_set_error_literal (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_INVALID,
                           _("A member of the pool is a coach, a mentor or both."));
      return FALSE;
    }
  if (coach->capacity > 50)
    {
      g_set_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_INVALID,
                   _("A coach can take from 0 to 50 people at once, not %u."), coach->capacity);
      return FALSE;
    }
  if (coach->supervision_hours < 0)
    {
      g_set_error_literal (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_INVALID,
                           _("Supervision and CPD hours cannot be negative."));
      return FALSE;
    }
  return check_availability (coach->availability, error);
}

static gboolean
insert_coach (GroveStore  *store,
              GroveCoach  *coach,
              GError     **error)
{
  sqlite3_stmt *stmt = _grove_store_prepare (store,
    "INSERT INTO coach (person_id, roles, capacity, accreditation, supervision_hours, availability,"
    " availability_note, remote, in_person, active) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, coach->person_id);
  sqlite3_bind_int (stmt, 2, (int) coach->roles);
  sqlite3_bind_int (stmt, 3, (int) coach->capacity);
  _grove_store_bind_text (stmt, 4, coach->accreditation);
  sqlite3_bind_double (stmt, 5, coach->supervision_hours);
  sqlite3_bind_int (stmt, 6, (int) coach->availability);
  _grove_store_bind_text (stmt, 7, coach->availability_note);
  sqlite3_bind_int (stmt, 8, coach->remote ? 1 : 0);
  sqlite3_bind_int (stmt, 9, coach->in_person ? 1 : 0);
  sqlite3_bind_int (stmt, 10, coach->active ? 1 : 0);
  if (!_grove_store_exec_stmt (store, stmt, _("saving the coaching pool"), error))
    return FALSE;
  coach->id = sqlite3_last_insert_rowid (_grove_store_get_handle (store));
  return insert_strv (store, "INSERT OR IGNORE INTO coach_specialism (coach_id, specialism) VALUES (?1, ?2)",
                      coach->id, (const char * const *) coach->specialisms, error);
}

static gboolean
already_in_pool (GroveStore  *store,
                 gint64       person_id,
                 GError     **error)
{
  sqlite3_stmt *stmt = _grove_store_prepare (store, "SELECT id FROM coach WHERE person_id = ?1", error);
  int rc;

  if (stmt == NULL)
    return TRUE;
  sqlite3_bind_int64 (stmt, 1, person_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, (gint64) sqlite3_column_int64 (stmt, 0));

      g_set_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_CONSTRAINT,
                   _("This person is already in the pool (coach %s)."), number);
    }
  else if (rc != SQLITE_DONE)
    _grove_store_set_error (store, rc, _("reading the coaching pool"), error);
  sqlite3_reset (stmt);
  return rc != SQLITE_DONE;
}

/**
 * grove_coaching_add_coach:
 *
 * Adds a person to the pool, with their specialisms, and fills in the id.
 *
 * Returns: the coach's id, or 0 with @error set (nothing is stored)
 */
gint64
grove_coaching_add_coach (GroveStore  *store,
                          GroveCoach  *coach,
                          GError     **error)
{
  g_return_val_if_fail (GROVE_IS_STORE (store), 0);
  g_return_val_if_fail (coach != NULL, 0);

  if (!check_coach (coach, error) || !_grove_store_begin (store, error))
    return 0;
  if (!person_exists (store, coach->person_id, error) ||
      already_in_pool (store, coach->person_id, error) ||
      !insert_coach (store, coach, error) ||
      !_grove_store_commit (store, error))
    {
      _grove_store_rollback (store);
      coach->id = 0;
      return 0;
    }
  return coach->id;
}

gboolean
grove_coaching_set_coach_active (GroveStore  *store,
                                 gint64       coach_id,
                                 gboolean     active,
                                 GError     **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (GROVE_IS_STORE (store), FALSE);

  stmt = _grove_store_prepare (store, "UPDATE coach SET active = ?2 WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, coach_id);
  sqlite3_bind_int (stmt, 2, active ? 1 : 0);
  if (!_grove_store_exec_stmt (store, stmt, _("saving the coaching pool"), error))
    return FALSE;
  if (sqlite3_changes (_grove_store_get_handle (store)) == 0)
    return _grove_coaching_not_found (_("There is no coach with id %s."), coach_id, error);
  return TRUE;
}

static GroveCoach *
coach_from_row (sqlite3_stmt *stmt)
{
  GroveCoach *coach = g_new0 (GroveCoach, 1);

  coach->id = sqlite3_column_int64 (stmt, 0);
  coach->person_id = sqlite3_column_int64 (stmt, 1);
  coach->name = _grove_store_dup_text (stmt, 2);
  coach->location = _grove_store_dup_text (stmt, 3);
  coach->roles = (guint) sqlite3_column_int (stmt, 4);
  coach->capacity = (guint) sqlite3_column_int (stmt, 5);
  coach->used = (guint) sqlite3_column_int (stmt, 6);
  coach->accreditation = _grove_store_dup_text (stmt, 7);
  coach->supervision_hours = sqlite3_column_double (stmt, 8);
  coach->availability = (guint32) sqlite3_column_int (stmt, 9);
  coach->availability_note = _grove_store_dup_text (stmt, 10);
  coach->remote = sqlite3_column_int (stmt, 11) != 0;
  coach->in_person = sqlite3_column_int (stmt, 12) != 0;
  coach->active = sqlite3_column_int (stmt, 13) != 0;
  return coach;
}

/**
 * grove_coaching_list_coaches:
 *
 * Returns: (transfer full) (element-type GroveCoach): the pool by name,
 *   each with the seats in use, specialisms and languages
 */
GPtrArray *
grove_coaching_list_coaches (GroveStore  *store,
                             GError     **error)
{
  g_autoptr(GPtrArray) coaches = g_ptr_array_new_with_free_func ((GDestroyNotify) grove_coach_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (GROVE_IS_STORE (store), NULL);

  stmt = _grove_store_prepare (store, "SELECT " COACH_COLUMNS " ORDER BY p.name, c.id", error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (coaches, coach_from_row (stmt));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _grove_store_set_error (store, rc, _("reading the coaching pool"), error);
      return NULL;
    }
  for (guint i = 0; i < coaches->len; i++)
    {
      GroveCoach *coach = coaches->pdata[i];

      coach->specialisms = _grove_coaching_read_strv (store,
        "SELECT specialism FROM coach_specialism WHERE coach_id = ?1 ORDER BY specialism", coach->id, error);
      if (coach->specialisms == NULL)
        return NULL;
      coach->languages = _grove_coaching_read_strv (store,
        "SELECT language FROM person_language WHERE person_id = ?1 ORDER BY language", coach->person_id, error);
      if (coach->languages == NULL)
        return NULL;
    }
  return g_steal_pointer (&coaches);
}

static gboolean
check_request (const GroveCoachingRequest  *request,
               GError                     **error)
{
  if (request->kind != GROVE_MATCH_COACHING && request->kind != GROVE_MATCH_MENTORING)
    {
      g_set_error_literal (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_INVALID,
                           _("A request is for coaching or for mentoring."));
      return FALSE;
    }
  if (request->requested == NULL || !grove_person_date_is_valid (request->requested))
    {
      g_set_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_INVALID,
                   _("The request date “%s” is not a date: write it as YYYY-MM-DD, for example 2026-04-01."),
                   request->requested != NULL ? request->requested : "");
      return FALSE;
    }
  return check_availability (request->availability, error);
}

static gboolean
insert_request (GroveStore            *store,
                GroveCoachingRequest  *request,
                GError               **error)
{
  sqlite3_stmt *stmt = _grove_store_prepare (store,
    "INSERT INTO coaching_request (person_id, programme_id, kind, goals, requested, wants_previous, remote,"
    " availability) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, request->person_id);
  sqlite3_bind_int64 (stmt, 2, request->programme_id > 0 ? request->programme_id : GROVE_PROGRAMME_DEFAULT);
  sqlite3_bind_int (stmt, 3, request->kind);
  _grove_store_bind_text (stmt, 4, request->goals);
  sqlite3_bind_text (stmt, 5, request->requested, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 6, request->wants_previous ? 1 : 0);
  sqlite3_bind_int (stmt, 7, request->remote ? 1 : 0);
  sqlite3_bind_int (stmt, 8, (int) request->availability);
  if (!_grove_store_exec_stmt (store, stmt, _("saving a coaching request"), error))
    return FALSE;
  request->id = sqlite3_last_insert_rowid (_grove_store_get_handle (store));
  request->status = GROVE_REQUEST_WAITING;
  return insert_strv (store, "INSERT OR IGNORE INTO request_specialism (request_id, specialism) VALUES (?1, ?2)",
                      request->id, (const char * const *) request->wanted, error) &&
         insert_strv (store, "INSERT OR IGNORE INTO request_language (request_id, language) VALUES (?1, ?2)",
                      request->id, (const char * const *) request->languages, error);
}

/**
 * grove_coaching_add_request:
 *
 * Puts a request on the waiting list, with the specialisms it wants and
 * the languages it needs, and fills in its id.
 *
 * Returns: the request's id, or 0 with @error set (nothing is stored)
 */
gint64
grove_coaching_add_request (GroveStore            *store,
                            GroveCoachingRequest  *request,
                            GError               **error)
{
  g_autoptr(GroveProgramme) programme = NULL;

  g_return_val_if_fail (GROVE_IS_STORE (store), 0);
  g_return_val_if_fail (request != NULL, 0);

  if (!check_request (request, error) || !_grove_store_begin (store, error))
    return 0;
  if (request->programme_id > 0)
    programme = grove_coaching_get_programme (store, request->programme_id, error);
  if ((request->programme_id > 0 && programme == NULL) ||
      !person_exists (store, request->person_id, error) ||
      !insert_request (store, request, error) ||
      !_grove_store_commit (store, error))
    {
      _grove_store_rollback (store);
      request->id = 0;
      return 0;
    }
  return request->id;
}

static GroveCoachingRequest *
request_from_row (sqlite3_stmt *stmt)
{
  GroveCoachingRequest *request = g_new0 (GroveCoachingRequest, 1);

  request->id = sqlite3_column_int64 (stmt, 0);
  request->person_id = sqlite3_column_int64 (stmt, 1);
  request->name = _grove_store_dup_text (stmt, 2);
  request->programme_id = sqlite3_column_int64 (stmt, 3);
  request->kind = sqlite3_column_int (stmt, 4);
  request->goals = _grove_store_dup_text (stmt, 5);
  request->requested = _grove_store_dup_text (stmt, 6);
  request->status = sqlite3_column_int (stmt, 7);
  request->wants_previous = sqlite3_column_int (stmt, 8) != 0;
  request->remote = sqlite3_column_int (stmt, 9) != 0;
  request->availability = (guint32) sqlite3_column_int (stmt, 10);
  request->front = sqlite3_column_int (stmt, 11) != 0;
  request->unmatched_reason = sqlite3_column_int (stmt, 12);
  request->unmatched_run = sqlite3_column_int64 (stmt, 13);
  return request;
}

/**
 * grove_coaching_list_requests:
 * @waiting_only: only the waiting list
 *
 * Returns: (transfer full) (element-type GroveCoachingRequest): requests,
 *   waiting first and in waiting-list order, with what they want and need
 */
GPtrArray *
grove_coaching_list_requests (GroveStore  *store,
                              gboolean     waiting_only,
                              GError     **error)
{
  g_autoptr(GPtrArray) requests = g_ptr_array_new_with_free_func ((GDestroyNotify) grove_coaching_request_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (GROVE_IS_STORE (store), NULL);

  stmt = _grove_store_prepare (store, "SELECT " REQUEST_COLUMNS " WHERE q.status <= ?1" WAITING_ORDER, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int (stmt, 1, waiting_only ? GROVE_REQUEST_WAITING : GROVE_REQUEST_CLOSED);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (requests, request_from_row (stmt));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _grove_store_set_error (store, rc, _("reading coaching requests"), error);
      return NULL;
    }
  for (guint i = 0; i < requests->len; i++)
    {
      GroveCoachingRequest *request = requests->pdata[i];

      request->wanted = _grove_coaching_read_strv (store,
        "SELECT specialism FROM request_specialism WHERE request_id = ?1 ORDER BY specialism", request->id, error);
      if (request->wanted == NULL)
        return NULL;
      request->languages = _grove_coaching_read_strv (store,
        "SELECT language FROM request_language WHERE request_id = ?1 ORDER BY language", request->id, error);
      if (request->languages == NULL)
        return NULL;
    }
  return g_steal_pointer (&requests);
}
