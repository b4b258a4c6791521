/* grove-coaching-match.c: matching runs over the waiting list, and what the
 * coordinator does with their proposals
 *
 * A run reads, matches and writes in one transaction, so that its
 * proposals describe the pool as it was read; they are kept with the run,
 * so that accepting one later is checked against what was proposed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "grove-coaching-load-private.h"
#include "grove-person.h"

static void
proposal_free (GroveProposal *proposal)
{
  g_free (proposal->coachee);
  g_free (proposal->coach);
  g_free (proposal);
}

static void
unmatched_free (GroveUnmatched *unmatched)
{
  g_free (unmatched->coachee);
  g_free (unmatched);
}

void
grove_match_run_free (GroveMatchRun *run)
{
  if (run == NULL)
    return;
  g_clear_pointer (&run->proposals, g_ptr_array_unref);
  g_clear_pointer (&run->unmatched, g_ptr_array_unref);
  g_free (run);
}

static void
add_proposal (GroveMatchRun         *run,
              GroveCoachingInstance *in,
              const GroveMatchPair  *pair,
              guint                  rank)
{
  GroveProposal *proposal = g_new0 (GroveProposal, 1);
  const GroveMatchRequest *request = &in->instance.requests[pair->request];
  const GroveMatchCoach *coach = &in->instance.coaches[pair->coach];

  proposal->request_id = request->id;
  proposal->coach_id = coach->id;
  proposal->coachee = g_strdup (_grove_coaching_instance_name (in, request->who.person));
  proposal->coach = g_strdup (_grove_coaching_instance_name (in, coach->who.person));
  proposal->rank = rank;
  proposal->score = pair->score;
  memcpy (proposal->criteria, pair->criteria, sizeof proposal->criteria);
  proposal->locked = pair->locked;
  g_ptr_array_add (run->proposals, proposal);
}

static void
add_unmatched (GroveMatchRun         *run,
               GroveCoachingInstance *in,
               guint                  request,
               GroveMatchReason       reason)
{
  GroveUnmatched *unmatched = g_new0 (GroveUnmatched, 1);
  const GroveMatchRequest *r = &in->instance.requests[request];

  unmatched->request_id = r->id;
  unmatched->coachee = g_strdup (_grove_coaching_instance_name (in, r->who.person));
  unmatched->reason = reason;
  g_ptr_array_add (run->unmatched, unmatched);
}

/* The engine refuses a lock that breaks a rule without saying which; the
 * coordinator needs the names to unlock it. */
static gboolean
check_locks (GroveCoachingInstance  *in,
             GError                **error)
{
  for (guint k = 0; k < in->instance.n_locks; k++)
    {
      const GroveMatchLock *lock = &in->instance.locks[k];

      if (!grove_matching_pair_allowed (&in->instance, lock->request, lock->coach))
        {
          g_set_error (error, GROVE_MATCHING_ERROR, GROVE_MATCHING_ERROR_INVALID,
                       _("%s is locked to %s, which a matching rule forbids (role, language, reporting line or "
                         "exclusion): unlock the pair first."),
                       _grove_coaching_instance_name (in, in->instance.requests[lock->request].who.person),
                       _grove_coaching_instance_name (in, in->instance.coaches[lock->coach].who.person));
          return FALSE;
        }
    }
  return TRUE;
}

static GroveMatchRun *
run_engine (GroveCoachingInstance  *in,
            GroveMatchMode          mode,
            GError                **error)
{
  g_autoptr(GroveMatchRun) run = g_new0 (GroveMatchRun, 1);

  run->mode = mode;
  run->proposals = g_ptr_array_new_with_free_func ((GDestroyNotify) proposal_free);
  run->unmatched = g_ptr_array_new_with_free_func ((GDestroyNotify) unmatched_free);
  if (mode == GROVE_MATCH_MODE_CHOICE)
    {
      g_autoptr(GroveMatchChoices) choices = grove_matching_run_choice (&in->instance, error);

      if (choices == NULL)
        return NULL;
      /* Locked requests have their coach already: they are shown as such. */
      for (guint k = 0; k < in->instance.n_locks; k++)
        {
          GroveMatchPair pair = { in->instance.locks[k].request, in->instance.locks[k].coach, 0, { 0, }, TRUE };

          pair.score = grove_matching_score_pair (&in->instance, pair.request, pair.coach, pair.criteria);
          add_proposal (run, in, &pair, 0);
        }
      for (guint i = 0; i < choices->n_choices; i++)
        {
          const GroveMatchChoice *choice = &choices->choices[i];

          for (guint k = 0; k < choice->n_options; k++)
            add_proposal (run, in, &choice->options[k], k);
          if (choice->n_options == 0)
            add_unmatched (run, in, choice->request, choice->reason);
        }
    }
  else
    {
      g_autoptr(GroveMatchResult) result = mode == GROVE_MATCH_MODE_STABLE
        ? grove_matching_run_stable (&in->instance, error)
        : grove_matching_run_optimal (&in->instance, error);

      if (result == NULL)
        return NULL;
      for (guint k = 0; k < result->n_pairs; k++)
        add_proposal (run, in, &result->pairs[k], 0);
      for (guint r = 0; r < result->n_requests; r++)
        if (result->reasons[r] != GROVE_MATCH_REASON_NONE)
          add_unmatched (run, in, r, result->reasons[r]);
      run->total_score = result->total_score;
      run->eligible_pairs = result->eligible_pairs;
    }
  return g_steal_pointer (&run);
}

static gboolean
save_run (GroveStore     *store,
          GroveMatchRun  *run,
          GError        **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *ran = g_date_time_format_iso8601 (now);
  sqlite3_stmt *stmt = _grove_store_prepare (store,
    "INSERT INTO match_run (ran, mode, matched, waiting, total_score) VALUES (?1, ?2, ?3, ?4, ?5)", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, ran, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 2, run->mode);
  sqlite3_bind_int (stmt, 3, (int) run->proposals->len);
  sqlite3_bind_int (stmt, 4, (int) run->unmatched->len);
  sqlite3_bind_int64 (stmt, 5, (gint64) run->total_score);
  if (!_grove_store_exec_stmt (store, stmt, _("saving a matching run"), error))
    return FALSE;
  run->id = sqlite3_last_insert_rowid (_grove_store_get_handle (store));

  for (guint i = 0; i < run->proposals->len; i++)
    {
      const GroveProposal *p = run->proposals->pdata[i];

      stmt = _grove_store_prepare (store,
        "INSERT INTO match_proposal (run_id, request_id, coach_id, rank, score, specialism, profession, seniority,"
        " directorate, location, availability, locked) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
        error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, run->id);
      sqlite3_bind_int64 (stmt, 2, p->request_id);
      sqlite3_bind_int64 (stmt, 3, p->coach_id);
      sqlite3_bind_int (stmt, 4, (int) p->rank);
      sqlite3_bind_int (stmt, 5, (int) p->score);
      for (guint k = 0; k < GROVE_MATCH_N_CRITERIA; k++)
        sqlite3_bind_int (stmt, 6 + (int) k, p->criteria[k]);
      sqlite3_bind_int (stmt, 12, p->locked ? 1 : 0);
      if (!_grove_store_exec_stmt (store, stmt, _("saving a matching run"), error))
        return FALSE;
    }
  for (guint i = 0; i < run->unmatched->len; i++)
    {
      const GroveUnmatched *u = run->unmatched->pdata[i];

      stmt = _grove_store_prepare (store,
        "UPDATE coaching_request SET unmatched_reason = ?2, unmatched_run = ?3 WHERE id = ?1", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, u->request_id);
      sqlite3_bind_int (stmt, 2, u->reason);
      sqlite3_bind_int64 (stmt, 3, run->id);
      if (!_grove_store_exec_stmt (store, stmt, _("saving a matching run"), error))
        return FALSE;
    }
  return TRUE;
}

/**
 * grove_coaching_match:
 * @programme_id: one programme's waiting list, or 0 for all
 *
 * Matches the waiting list against the pool: optimal (the most requests,
 * then the highest total score, then the longest waiting), stable, or
 * choice mode (up to three coaches per request). Locked pairs are kept.
 * The run, its proposals with their breakdowns, and the reasons of the
 * requests left waiting are stored in one transaction.
 *
 * Returns: (transfer full): the run, or %NULL with @error set
 */
GroveMatchRun *
grove_coaching_match (GroveStore      *store,
                      gint64           programme_id,
                      GroveMatchMode   mode,
                      GError         **error)
{
  g_autoptr(GroveCoachingInstance) in = NULL;
  g_autoptr(GroveMatchRun) run = NULL;

  g_return_val_if_fail (GROVE_IS_STORE (store), NULL);
  g_return_val_if_fail (mode <= GROVE_MATCH_MODE_CHOICE, NULL);

  if (!_grove_store_begin (store, error))
    return NULL;
  in = _grove_coaching_load (store, programme_id, error);
  if (in != NULL && check_locks (in, error))
    run = run_engine (in, mode, error);
  if (run == NULL || !save_run (store, run, error) || !_grove_store_commit (store, error))
    {
      _grove_store_rollback (store);
      return NULL;
    }
  return g_steal_pointer (&run);
}

/* The coach the run proposed for the request (the given one, or its
 * first); FALSE with NOT_FOUND when it proposed no such pair. */
static gboolean
find_proposal (GroveStore  *store,
               gint64       run_id,
               gint64       request_id,
               gint64      *coach_id,
               GError     **error)
{
  sqlite3_stmt *stmt = _grove_store_prepare (store,
    "SELECT coach_id FROM match_proposal WHERE run_id = ?1 AND request_id = ?2 AND (?3 = 0 OR coach_id = ?3)"
    " ORDER BY rank LIMIT 1", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, run_id);
  sqlite3_bind_int64 (stmt, 2, request_id);
  sqlite3_bind_int64 (stmt, 3, *coach_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    *coach_id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  if (rc == SQLITE_ROW)
    return TRUE;
  if (rc != SQLITE_DONE)
    _grove_store_set_error (store, rc, _("reading a matching run"), error);
  else
    {
      g_autofree char *run = g_strdup_printf ("%" G_GINT64_FORMAT, run_id);
      g_autofree char *request = g_strdup_printf ("%" G_GINT64_FORMAT, request_id);

      g_set_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_NOT_FOUND,
                   _("Matching run %s made no such proposal for request %s."), run, request);
    }
  return FALSE;
}

static gboolean
coach_has_seat (GroveStore  *store,
                gint64       coach_id,
                GError     **error)
{
  sqlite3_stmt *stmt = _grove_store_prepare (store,
    "SELECT c.active, c.capacity - (SELECT count(*) FROM coaching_relationship r"
    " WHERE r.coach_id = c.id AND r.status < 2) FROM coach c WHERE c.id = ?1", error);
  gboolean active = FALSE;
  int rc, free_seats = 0;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, coach_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    active = sqlite3_column_int (stmt, 0) != 0, free_seats = sqlite3_column_int (stmt, 1);
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW)
    {
      _grove_store_set_error (store, rc, _("reading the coaching pool"), error);
      return FALSE;
    }
  if (active && free_seats > 0)
    return TRUE;
  g_set_error_literal (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_CONSTRAINT,
                       active ? _("This coach has no free seat any more: close or pause a relationship first.")
                              : _("This coach is no longer active in the pool."));
  return FALSE;
}

static gboolean
start_relationship (GroveStore  *store,
                    gint64       request_id,
                    gint64       coach_id,
                    const char  *date,
                    gint64      *relationship_id,
                    GError     **error)
{
  sqlite3_stmt *stmt = _grove_store_prepare (store,
    "INSERT INTO coaching_relationship (request_id, coach_id, started) VALUES (?1, ?2, ?3)", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, request_id);
  sqlite3_bind_int64 (stmt, 2, coach_id);
  sqlite3_bind_text (stmt, 3, date, -1, SQLITE_TRANSIENT);
  if (!_grove_store_exec_stmt (store, stmt, _("starting a relationship"), error))
    return FALSE;
  *relationship_id = sqlite3_last_insert_rowid (_grove_store_get_handle (store));

  stmt = _grove_store_prepare (store,
    "UPDATE coaching_request SET status = 1, front = 0, unmatched_reason = 0 WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, request_id);
  if (!_grove_store_exec_stmt (store, stmt, _("starting a relationship"), error))
    return FALSE;
  return grove_coaching_unlock (store, request_id, error);
}

static gboolean
check_waiting (GroveStore  *store,
               gint64       request_id,
               gint64      *person,
               GError     **error)
{
  GroveRequestStatus status = GROVE_REQUEST_WAITING;

  if (!_grove_coaching_request_state (store, request_id, person, &status, error))
    return FALSE;
  if (status == GROVE_REQUEST_WAITING)
    return TRUE;
  g_set_error_literal (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_CONSTRAINT,
                       _("This request is no longer on the waiting list."));
  return FALSE;
}

/**
 * grove_coaching_accept:
 * @date: (nullable): the day the relationship starts, YYYY-MM-DD; %NULL
 *   for today
 *
 * Starts the relationship a run proposed, in one transaction: the
 * relationship is stored, the request leaves the waiting list and its lock,
 * if any, is lifted. The coach must still have a free seat.
 *
 * Returns: the relationship's id, or 0 with @error set
 */
gint64
grove_coaching_accept (GroveStore  *store,
                       gint64       run_id,
                       gint64       request_id,
                       gint64       coach_id,
                       const char  *date,
                       GError     **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  gint64 person = 0, relationship = 0;

  g_return_val_if_fail (GROVE_IS_STORE (store), 0);

  if (date != NULL && !grove_person_date_is_valid (date))
    {
      g_set_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_INVALID,
                   _("The start date “%s” is not a date: write it as YYYY-MM-DD, for example 2026-04-01."), date);
      return 0;
    }
  if (!_grove_store_begin (store, error))
    return 0;
  if (!check_waiting (store, request_id, &person, error) ||
      !find_proposal (store, run_id, request_id, &coach_id, error) ||
      !coach_has_seat (store, coach_id, error) ||
      !start_relationship (store, request_id, coach_id, date != NULL ? date : today, &relationship, error) ||
      !_grove_store_commit (store, error))
    {
      _grove_store_rollback (store);
      return 0;
    }
  return relationship;
}

/**
 * grove_coaching_accept_all:
 * @run: a run in optimal or stable mode; its proposals, as they are now,
 *   are the ones accepted
 * @date: (nullable): the day the relationships start; %NULL for today
 * @n_started: (out) (optional): how many relationships were started
 *
 * Starts every proposal of @run in one transaction: if any of them cannot
 * start (a coach has no seat left, a request is no longer waiting), none
 * does, so that a list of proposals is never left half accepted.
 */
gboolean
grove_coaching_accept_all (GroveStore           *store,
                           const GroveMatchRun  *run,
                           const char           *date,
                           guint                *n_started,
                           GError              **error)
{
  g_return_val_if_fail (GROVE_IS_STORE (store), FALSE);
  g_return_val_if_fail (run != NULL, FALSE);

  if (run->mode == GROVE_MATCH_MODE_CHOICE)
    {
      g_set_error_literal (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_INVALID,
                           _("A run in choice mode offers several coaches for each request: accept them one at a time."));
      return FALSE;
    }
  if (!_grove_store_begin (store, error))
    return FALSE;
  for (guint i = 0; i < run->proposals->len; i++)
    {
      const GroveProposal *proposal = g_ptr_array_index (run->proposals, i);

      if (grove_coaching_accept (store, run->id, proposal->request_id, proposal->coach_id, date, error) == 0)
        {
          _grove_store_rollback (store);
          return FALSE;
        }
    }
  if (!_grove_store_commit (store, error))
    {
      _grove_store_rollback (store);
      return FALSE;
    }
  if (n_started != NULL)
    *n_started = run->proposals->len;
  return TRUE;
}

/**
 * grove_coaching_reject:
 * @coach_id: the coach proposed, or 0 for the run's first proposal
 *
 * Turns a proposal down: the pair is excluded from every later run, and a
 * lock on it is lifted.
 */
gboolean
grove_coaching_reject (GroveStore  *store,
                       gint64       run_id,
                       gint64       request_id,
                       gint64       coach_id,
                       GError     **error)
{
  gint64 person = 0, coach_person = 0;

  g_return_val_if_fail (GROVE_IS_STORE (store), FALSE);

  if (!_grove_store_begin (store, error))
    return FALSE;
  if (!check_waiting (store, request_id, &person, error) ||
      !find_proposal (store, run_id, request_id, &coach_id, error) ||
      !_grove_coaching_coach_person (store, coach_id, &coach_person, error) ||
      !_grove_coaching_insert_exclusion (store, person, coach_person, _("Proposal turned down"), error) ||
      !grove_coaching_unlock (store, request_id, error) ||
      !_grove_store_commit (store, error))
    {
      _grove_store_rollback (store);
      return FALSE;
    }
  return TRUE;
}
