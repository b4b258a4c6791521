/* grove-relationship-end.c: the fit check, pausing, the review and the
 * close of a relationship, and the roll-ups of hours for reporting
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "grove-coaching-private.h"
#include "grove-person.h"
#include "grove-relationship.h"

/* Sessions per relationship, joined by the roll-ups. */
#define SESSION_TOTALS \
  " LEFT JOIN (SELECT relationship_id, count(*) AS n, sum (minutes) AS m FROM coaching_session" \
  "  GROUP BY relationship_id) s ON s.relationship_id = r.id"

#define TOTAL_COLUMNS \
  "count(r.id), coalesce (sum (r.status < 2), 0), coalesce (sum (s.n), 0), coalesce (sum (s.m), 0)"

typedef struct {
  gint64                   request_id;
  gint64                   coachee;
  gint64                   coach;      /* the coach's person */
  GroveRelationshipStatus  status;
  char                    *started;
  guint                    sessions;
} State;

static void
state_clear (State *state)
{
  g_free (state->started);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (State, state_clear)

static gboolean
read_state (GroveStore  *store,
            gint64       id,
            State       *state,
            GError     **error)
{
  sqlite3_stmt *stmt = _grove_store_prepare (store,
    "SELECT r.request_id, q.person_id, c.person_id, r.status, r.started,"
    " (SELECT count(*) FROM coaching_session s WHERE s.relationship_id = r.id)"
    " FROM coaching_relationship r JOIN coaching_request q ON q.id = r.request_id"
    " JOIN coach c ON c.id = r.coach_id WHERE r.id = ?1", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      state->request_id = sqlite3_column_int64 (stmt, 0);
      state->coachee = sqlite3_column_int64 (stmt, 1);
      state->coach = sqlite3_column_int64 (stmt, 2);
      state->status = sqlite3_column_int (stmt, 3);
      state->started = _grove_store_dup_text (stmt, 4);
      state->sessions = (guint) sqlite3_column_int (stmt, 5);
    }
  sqlite3_reset (stmt);
  if (rc == SQLITE_ROW)
    {
      if (state->status != GROVE_RELATIONSHIP_CLOSED)
        return TRUE;
      g_set_error_literal (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_CONSTRAINT,
                           _("This relationship is closed; nothing more can be recorded in it."));
      return FALSE;
    }
  if (rc == SQLITE_DONE)
    return _grove_coaching_not_found (_("There is no relationship with id %s."), id, error);
  _grove_store_set_error (store, rc, _("reading relationships"), error);
  return FALSE;
}

static gboolean
check_date (const State  *state,
            const char   *date,
            GError      **error)
{
  if (date == NULL || !grove_person_date_is_valid (date))
    {
      g_set_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_INVALID,
                   _("“%s” is not a date: write it as YYYY-MM-DD, for example 2026-04-01."),
                   date != NULL ? date : "");
      return FALSE;
    }
  if (g_strcmp0 (date, state->started) < 0)
    {
      g_set_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_INVALID,
                   _("%s is before the relationship started (%s)."), date, state->started);
      return FALSE;
    }
  return TRUE;
}

static gboolean
run_update (GroveStore  *store,
            const char  *sql,
            gint64       id,
            const char  *text,
            const char  *date,
            gint         number,
            GError     **error)
{
  sqlite3_stmt *stmt = _grove_store_prepare (store, sql, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  _grove_store_bind_text (stmt, 2, text);
  _grove_store_bind_text (stmt, 3, date);
  sqlite3_bind_int (stmt, 4, number);
  return _grove_store_exec_stmt (store, stmt, _("saving a relationship"), error);
}

static gboolean
end_in_poor_fit (GroveStore   *store,
                 gint64        id,
                 const State  *state,
                 const char   *date,
                 GError      **error)
{
  return run_update (store, "UPDATE coaching_relationship SET fit = ?4, status = 2, ended = ?3 WHERE id = ?1",
                     id, NULL, date, GROVE_FIT_POOR, error) &&
         run_update (store, "UPDATE coaching_request SET status = 0, front = 1, unmatched_reason = 0,"
                            " unmatched_run = NULL WHERE id = ?1", state->request_id, NULL, NULL, 0, error) &&
         _grove_coaching_insert_exclusion (store, state->coachee, state->coach,
                                           _("Poor fit after the first session"), error);
}

/**
 * grove_relationship_check_fit:
 * @fit: %GROVE_FIT_GOOD or %GROVE_FIT_POOR
 * @date: the day of the check, YYYY-MM-DD
 *
 * Records the fit check, which follows the first session. A poor fit ends
 * the relationship that day, frees the seat, keeps the pair apart from now
 * on and puts the request back at the front of the waiting list.
 */
gboolean
grove_relationship_check_fit (GroveStore  *store,
                              gint64       relationship_id,
                              GroveFit     fit,
                              const char  *date,
                              GError     **error)
{
  g_auto(State) state = { 0, };
  gboolean ok;

  g_return_val_if_fail (GROVE_IS_STORE (store), FALSE);
  g_return_val_if_fail (fit == GROVE_FIT_GOOD || fit == GROVE_FIT_POOR, FALSE);

  if (!_grove_store_begin (store, error))
    return FALSE;
  ok = read_state (store, relationship_id, &state, error) && check_date (&state, date, error);
  if (ok && state.sessions == 0)
    {
      g_set_error_literal (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_CONSTRAINT,
                           _("The fit is checked after the first session: log a session first."));
      ok = FALSE;
    }
  if (ok)
    ok = fit == GROVE_FIT_POOR
      ? end_in_poor_fit (store, relationship_id, &state, date, error)
      : run_update (store, "UPDATE coaching_relationship SET fit = ?4 WHERE id = ?1", relationship_id, NULL, NULL,
                    GROVE_FIT_GOOD, error);
  if (!ok || !_grove_store_commit (store, error))
    {
      _grove_store_rollback (store);
      return FALSE;
    }
  return TRUE;
}

/**
 * grove_relationship_set_paused:
 *
 * A paused relationship keeps its seat: the coach is still committed.
 */
gboolean
grove_relationship_set_paused (GroveStore  *store,
                               gint64       relationship_id,
                               gboolean     paused,
                               GError     **error)
{
  g_auto(State) state = { 0, };

  g_return_val_if_fail (GROVE_IS_STORE (store), FALSE);

  if (!_grove_store_begin (store, error))
    return FALSE;
  if (!read_state (store, relationship_id, &state, error) ||
      !run_update (store, "UPDATE coaching_relationship SET status = ?4 WHERE id = ?1", relationship_id, NULL, NULL,
                   paused ? GROVE_RELATIONSHIP_PAUSED : GROVE_RELATIONSHIP_ACTIVE, error) ||
      !_grove_store_commit (store, error))
    {
      _grove_store_rollback (store);
      return FALSE;
    }
  return TRUE;
}

/**
 * grove_relationship_review:
 * @review: what the review found; replaces an earlier one
 */
gboolean
grove_relationship_review (GroveStore  *store,
                           gint64       relationship_id,
                           const char  *date,
                           const char  *review,
                           GError     **error)
{
  g_auto(State) state = { 0, };

  g_return_val_if_fail (GROVE_IS_STORE (store), FALSE);

  if (!_grove_store_begin (store, error))
    return FALSE;
  if (!read_state (store, relationship_id, &state, error) || !check_date (&state, date, error) ||
      !run_update (store, "UPDATE coaching_relationship SET review = ?2, reviewed = ?3 WHERE id = ?1",
                   relationship_id, review, date, 0, error) ||
      !_grove_store_commit (store, error))
    {
      _grove_store_rollback (store);
      return FALSE;
    }
  return TRUE;
}

/**
 * grove_relationship_close:
 * @rating: 1 to %GROVE_RELATIONSHIP_RATING_MAX, how well it went
 * @outcome: (nullable): what came of it, against the goals
 *
 * Ends the relationship with its evaluation: the coach's seat is free
 * again and the request is closed.
 */
gboolean
grove_relationship_close (GroveStore  *store,
                          gint64       relationship_id,
                          const char  *date,
                          guint        rating,
                          const char  *outcome,
                          GError     **error)
{
  g_auto(State) state = { 0, };

  g_return_val_if_fail (GROVE_IS_STORE (store), FALSE);

  if (rating < 1 || rating > GROVE_RELATIONSHIP_RATING_MAX)
    {
      g_set_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_INVALID,
                   _("The rating goes from 1 to %d, not %u."), GROVE_RELATIONSHIP_RATING_MAX, rating);
      return FALSE;
    }
  if (!_grove_store_begin (store, error))
    return FALSE;
  if (!read_state (store, relationship_id, &state, error) || !check_date (&state, date, error) ||
      !run_update (store, "UPDATE coaching_relationship SET status = 2, ended = ?3, rating = ?4, outcome = ?2"
                          " WHERE id = ?1", relationship_id, outcome, date, (gint) rating, error) ||
      !run_update (store, "UPDATE coaching_request SET status = 2 WHERE id = ?1", state.request_id, NULL, NULL, 0,
                   error) ||
      !_grove_store_commit (store, error))
    {
      _grove_store_rollback (store);
      return FALSE;
    }
  return TRUE;
}

/**
 * grove_relationship_totals:
 * @by: coach (every coach in the pool), team (the coachee's, those with a
 *   relationship) or programme (every programme)
 *
 * Returns: (transfer full) (element-type GroveCoachingTotal): by name
 */
GPtrArray *
grove_relationship_totals (GroveStore             *store,
                           GroveCoachingGrouping   by,
                           GError                **error)
{
  g_autoptr(GPtrArray) totals = g_ptr_array_new_with_free_func ((GDestroyNotify) grove_coaching_total_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (GROVE_IS_STORE (store), NULL);
  g_return_val_if_fail (by <= GROVE_COACHING_BY_PROGRAMME, NULL);

  if (by == GROVE_COACHING_BY_COACH)
    stmt = _grove_store_prepare (store, "SELECT c.id, p.name, " TOTAL_COLUMNS
      " FROM coach c JOIN person p ON p.id = c.person_id LEFT JOIN coaching_relationship r ON r.coach_id = c.id"
      SESSION_TOTALS " GROUP BY c.id ORDER BY p.name, c.id", error);
  else if (by == GROVE_COACHING_BY_TEAM)
    stmt = _grove_store_prepare (store, "SELECT u.id, u.name, " TOTAL_COLUMNS
      " FROM coaching_relationship r JOIN coaching_request q ON q.id = r.request_id"
      " JOIN person p ON p.id = q.person_id JOIN org_unit u ON u.id = p.unit_id"
      SESSION_TOTALS " GROUP BY u.id ORDER BY u.name, u.id", error);
  else
    stmt = _grove_store_prepare (store, "SELECT g.id, g.name, " TOTAL_COLUMNS
      " FROM coaching_programme g LEFT JOIN coaching_request q ON q.programme_id = g.id"
      " LEFT JOIN coaching_relationship r ON r.request_id = q.id"
      SESSION_TOTALS " GROUP BY g.id ORDER BY g.name, g.id", error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      GroveCoachingTotal *total = g_new0 (GroveCoachingTotal, 1);

      total->id = sqlite3_column_int64 (stmt, 0);
      total->name = _grove_store_dup_text (stmt, 1);
      total->relationships = (guint) sqlite3_column_int (stmt, 2);
      total->active = (guint) sqlite3_column_int (stmt, 3);
      total->sessions = (guint) sqlite3_column_int (stmt, 4);
      total->minutes = (guint) sqlite3_column_int (stmt, 5);
      g_ptr_array_add (totals, total);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _grove_store_set_error (store, rc, _("reading relationships"), error);
      return NULL;
    }
  return g_steal_pointer (&totals);
}
