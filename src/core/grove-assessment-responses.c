/* grove-assessment-responses.c: anonymous responses and their ratings
 *
 * Responses arrive by the thousand (a survey export), so they are checked
 * against the round's framework and the organisation held in memory, loaded
 * once per call, rather than with a query per rating.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "grove-assessment-private.h"

typedef struct {
  gint64      round_id;
  char       *round_title;
  GHashTable *statements; /* gint64 statement id -> itself, of the round's framework */
  GHashTable *teams;      /* gint64 unit id -> itself */
  gboolean    points[GROVE_SCALE_MAX_POINTS];
} Checker;

static void
rating_clear (gpointer data)
{
  GroveRating *rating = data;

  g_clear_pointer (&rating->evidence, g_free);
}

/**
 * grove_response_new:
 *
 * Returns: (transfer full): a response with no ratings yet, not stored
 */
GroveResponse *
grove_response_new (gint64 round_id,
                    gint64 unit_id)
{
  GroveResponse *response = g_new0 (GroveResponse, 1);

  response->round_id = round_id;
  response->unit_id = unit_id;
  response->ratings = g_array_new (FALSE, TRUE, sizeof (GroveRating));
  g_array_set_clear_func (response->ratings, rating_clear);
  return response;
}

void
grove_response_add_rating (GroveResponse *response,
                           gint64         statement_id,
                           int            score,
                           const char    *evidence)
{
  GroveRating rating = { statement_id, score, g_strdup (evidence) };

  g_return_if_fail (response != NULL);

  g_array_append_val (response->ratings, rating);
}

void
grove_response_free (GroveResponse *response)
{
  if (response == NULL)
    return;
  g_free (response->submitted);
  g_free (response->source_ref);
  g_array_unref (response->ratings);
  g_free (response);
}

static void
checker_clear (Checker *checker)
{
  g_clear_pointer (&checker->round_title, g_free);
  g_clear_pointer (&checker->statements, g_hash_table_unref);
  g_clear_pointer (&checker->teams, g_hash_table_unref);
  checker->round_id = 0;
}

/* Runs `stmt` (bound by the caller) and puts the first column of each row
 * into `set`. */
static gboolean
collect_ids (GroveStore    *store,
             sqlite3_stmt  *stmt,
             GHashTable    *set,
             GError       **error)
{
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 *id = g_new (gint64, 1);

      *id = sqlite3_column_int64 (stmt, 0);
      g_hash_table_add (set, id);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _grove_store_set_error (store, rc, _("reading assessment rounds"), error);
      return FALSE;
    }
  return TRUE;
}

static gboolean
checker_load (Checker     *checker,
              GroveStore  *store,
              gint64       round_id,
              GError     **error)
{
  g_autoptr(GroveRound) round = NULL;
  sqlite3_stmt *stmt;
  int rc;

  checker_clear (checker);
  if ((round = grove_assessment_get_round (store, round_id, error)) == NULL)
    return FALSE;
  checker->round_id = round_id;
  checker->round_title = g_strdup (round->title);
  checker->statements = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  checker->teams = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  memset (checker->points, 0, sizeof checker->points);

  stmt = _grove_store_prepare (store,
                               "SELECT s.id FROM framework_statement s"
                               " JOIN framework_condition c ON c.id = s.condition_id WHERE c.framework_id = ?1",
                               error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, round->framework_id);
  if (!collect_ids (store, stmt, checker->statements, error))
    return FALSE;

  stmt = _grove_store_prepare (store, "SELECT id FROM org_unit WHERE kind = 2", error);
  if (stmt == NULL || !collect_ids (store, stmt, checker->teams, error))
    return FALSE;

  stmt = _grove_store_prepare (store, "SELECT value FROM framework_scale_point WHERE framework_id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, round->framework_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      int value = sqlite3_column_int (stmt, 0);

      if (value >= 0 && value < GROVE_SCALE_MAX_POINTS)
        checker->points[value] = TRUE;
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _grove_store_set_error (store, rc, _("reading a framework"), error);
      return FALSE;
    }
  return TRUE;
}

/* Where a refused response came from, for the message: its source if it has
 * one, else its place in the batch. */
static char *
describe_response (const GroveResponse *response,
                   guint                index)
{
  if (response->source_ref != NULL)
    return g_strdup (response->source_ref);
  return g_strdup_printf (_("response %u"), index + 1);
}

static gboolean
check_ratings (const Checker        *checker,
               const GroveResponse  *response,
               const char           *where,
               GError              **error)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_int64_hash, g_int64_equal);

  if (response->ratings->len == 0)
    {
      g_set_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_INVALID,
                   _("%s: a response needs at least one rating."), where);
      return FALSE;
    }
  for (guint i = 0; i < response->ratings->len; i++)
    {
      GroveRating *rating = &g_array_index (response->ratings, GroveRating, i);

      if (!g_hash_table_contains (checker->statements, &rating->statement_id))
        {
          g_set_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_INVALID,
                       _("%s: a rating is for a statement that is not in the framework of the round “%s”."),
                       where, checker->round_title);
          return FALSE;
        }
      if (!g_hash_table_add (seen, &rating->statement_id))
        {
          g_set_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_INVALID,
                       _("%s: a statement is rated twice in the same response."), where);
          return FALSE;
        }
      if (rating->score != GROVE_RATING_NOT_OBSERVED &&
          (rating->score < 0 || rating->score >= GROVE_SCALE_MAX_POINTS || !checker->points[rating->score]))
        {
          g_set_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_INVALID,
                       _("%s: %d is not a point of the framework’s rating scale."), where, rating->score);
          return FALSE;
        }
    }
  /* Every statement, so that no figure rests on fewer people than its unit
   * shows: "not observed" is an answer too. */
  if (response->ratings->len != g_hash_table_size (checker->statements))
    {
      g_set_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_INVALID,
                   _("%s: a response rates every statement of the framework (or marks it not observed); "
                     "this one rates %u of %u."),
                   where, response->ratings->len, g_hash_table_size (checker->statements));
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_response (Checker              *checker,
                GroveStore           *store,
                const GroveResponse  *response,
                guint                 index,
                GError              **error)
{
  g_autofree char *where = describe_response (response, index);

  if (checker->round_id != response->round_id &&
      !checker_load (checker, store, response->round_id, error))
    return FALSE;
  if (!g_hash_table_contains (checker->teams, &response->unit_id))
    {
      g_set_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_INVALID,
                   _("%s: responses belong to a team, and there is no team with that id."), where);
      return FALSE;
    }
  if (response->submitted != NULL && !_grove_assessment_date_is_valid (response->submitted))
    {
      g_set_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_INVALID,
                   _("%s: the date submitted “%s” is not a date written YYYY-MM-DD."), where, response->submitted);
      return FALSE;
    }
  return check_ratings (checker, response, where, error);
}

gboolean
_grove_assessment_insert_response (GroveStore     *store,
                                   GroveResponse  *response,
                                   GError        **error)
{
  sqlite3_stmt *stmt = _grove_store_prepare (store,
    "INSERT INTO assessment_response (round_id, unit_id, submitted, source_ref) VALUES (?1, ?2, ?3, ?4)", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, response->round_id);
  sqlite3_bind_int64 (stmt, 2, response->unit_id);
  _grove_store_bind_text (stmt, 3, response->submitted);
  _grove_store_bind_text (stmt, 4, response->source_ref);
  if (!_grove_store_exec_stmt (store, stmt, _("saving a response"), error))
    return FALSE;
  response->id = sqlite3_last_insert_rowid (_grove_store_get_handle (store));

  for (guint i = 0; i < response->ratings->len; i++)
    {
      GroveRating *rating = &g_array_index (response->ratings, GroveRating, i);

      stmt = _grove_store_prepare (store,
        "INSERT INTO assessment_rating (response_id, statement_id, score, evidence) VALUES (?1, ?2, ?3, ?4)", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, response->id);
      sqlite3_bind_int64 (stmt, 2, rating->statement_id);
      if (rating->score == GROVE_RATING_NOT_OBSERVED)
        sqlite3_bind_null (stmt, 3);
      else
        sqlite3_bind_int (stmt, 3, rating->score);
      _grove_store_bind_text (stmt, 4, rating->evidence);
      if (!_grove_store_exec_stmt (store, stmt, _("saving a rating"), error))
        return FALSE;
    }
  return TRUE;
}

/**
 * grove_assessment_add_responses:
 * @responses: (element-type GroveResponse): responses, of any rounds
 *
 * Checks every response (a team, statements of the round's framework, each
 * rated once, scores on its scale), then stores them all in one transaction
 * and fills in their ids. One bad response stores none.
 *
 * Returns: FALSE with @error set when nothing was stored
 */
gboolean
grove_assessment_add_responses (GroveStore  *store,
                                GPtrArray   *responses,
                                GError     **error)
{
  Checker checker = { 0 };
  guint i;

  g_return_val_if_fail (GROVE_IS_STORE (store), FALSE);
  g_return_val_if_fail (responses != NULL, FALSE);

  if (!_grove_store_begin (store, error))
    return FALSE;
  /* The checks run inside the transaction, so that no other program can
   * remove a team or a round between the check and the write. */
  for (i = 0; i < responses->len; i++)
    if (!check_response (&checker, store, g_ptr_array_index (responses, i), i, error))
      goto fail;
  for (i = 0; i < responses->len; i++)
    if (!_grove_assessment_insert_response (store, g_ptr_array_index (responses, i), error))
      goto fail;
  checker_clear (&checker);
  if (!_grove_store_commit (store, error))
    goto clear_ids;
  return TRUE;

fail:
  checker_clear (&checker);
  _grove_store_rollback (store);
clear_ids:
  for (i = 0; i < responses->len; i++)
    ((GroveResponse *) g_ptr_array_index (responses, i))->id = 0;
  return FALSE;
}

/**
 * grove_assessment_add_response:
 *
 * One response with its ratings, in one transaction.
 *
 * Returns: the response's id, or 0 with @error set (nothing is stored)
 */
gint64
grove_assessment_add_response (GroveStore     *store,
                               GroveResponse  *response,
                               GError        **error)
{
  g_autoptr(GPtrArray) one = g_ptr_array_new ();

  g_return_val_if_fail (response != NULL, 0);

  g_ptr_array_add (one, response);
  return grove_assessment_add_responses (store, one, error) ? response->id : 0;
}

static gboolean
load_ratings (GroveStore     *store,
              GroveResponse  *response,
              GError        **error)
{
  sqlite3_stmt *stmt = _grove_store_prepare (store,
    "SELECT g.statement_id, g.score, g.evidence FROM assessment_rating g"
    " JOIN framework_statement s ON s.id = g.statement_id"
    " JOIN framework_condition c ON c.id = s.condition_id"
    " WHERE g.response_id = ?1 ORDER BY c.position, s.position", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, response->id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autofree char *evidence = _grove_store_dup_text (stmt, 2);
      int score = sqlite3_column_type (stmt, 1) == SQLITE_NULL ? GROVE_RATING_NOT_OBSERVED
                                                                : sqlite3_column_int (stmt, 1);

      grove_response_add_rating (response, sqlite3_column_int64 (stmt, 0), score, evidence);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _grove_store_set_error (store, rc, _("reading a response"), error);
      return FALSE;
    }
  return TRUE;
}

/**
 * grove_assessment_get_response:
 *
 * Returns: (transfer full): the response with its ratings in framework
 *   order, or %NULL with @error set
 */
GroveResponse *
grove_assessment_get_response (GroveStore  *store,
                               gint64       id,
                               GError     **error)
{
  g_autoptr(GroveResponse) response = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (GROVE_IS_STORE (store), NULL);

  stmt = _grove_store_prepare (store,
                               "SELECT round_id, unit_id, submitted, source_ref FROM assessment_response WHERE id = ?1",
                               error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      response = grove_response_new (sqlite3_column_int64 (stmt, 0), sqlite3_column_int64 (stmt, 1));
      response->id = id;
      response->submitted = _grove_store_dup_text (stmt, 2);
      response->source_ref = _grove_store_dup_text (stmt, 3);
    }
  sqlite3_reset (stmt);
  if (rc == SQLITE_DONE)
    {
      g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, id);

      g_set_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_NOT_FOUND,
                   _("There is no response with id %s."), number);
      return NULL;
    }
  if (rc != SQLITE_ROW)
    {
      _grove_store_set_error (store, rc, _("reading a response"), error);
      return NULL;
    }
  if (!load_ratings (store, response, error))
    return NULL;
  return g_steal_pointer (&response);
}

/**
 * grove_assessment_count_responses:
 * @unit_id: a team
 * @count: (out): how many responses the team has in the round
 *
 * How many people have answered for a team, so that whoever types answers
 * in can see when the team reaches the anonymity threshold. A count is no
 * figure of anyone's answers, so it is not suppressed.
 */
gboolean
grove_assessment_count_responses (GroveStore  *store,
                                  gint64       round_id,
                                  gint64       unit_id,
                                  guint       *count,
                                  GError     **error)
{
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (GROVE_IS_STORE (store), FALSE);
  g_return_val_if_fail (count != NULL, FALSE);

  stmt = _grove_store_prepare (store,
                               "SELECT count(*) FROM assessment_response WHERE round_id = ?1 AND unit_id = ?2",
                               error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, round_id);
  sqlite3_bind_int64 (stmt, 2, unit_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    *count = (guint) sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW)
    {
      _grove_store_set_error (store, rc, _("reading responses"), error);
      return FALSE;
    }
  return TRUE;
}
