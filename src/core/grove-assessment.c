/* grove-assessment.c: assessment rounds and targets
 *
 * Responses and their ratings are in grove-assessment-responses.c, the
 * roll-up of a round in grove-rollup.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "grove-assessment-private.h"

#define ROUND_COLUMNS \
  "r.id, r.title, r.framework_id, r.opens, r.closes," \
  " (SELECT count(*) FROM assessment_response p WHERE p.round_id = r.id) FROM assessment_round r"

GroveRound *
grove_round_new (const char *title,
                 gint64      framework_id,
                 const char *opens,
                 const char *closes)
{
  GroveRound *round = g_new0 (GroveRound, 1);

  round->title = g_strdup (title);
  round->framework_id = framework_id;
  round->opens = g_strdup (opens);
  round->closes = g_strdup (closes);
  return round;
}

void
grove_round_free (GroveRound *round)
{
  if (round == NULL)
    return;
  g_free (round->title);
  g_free (round->opens);
  g_free (round->closes);
  g_free (round);
}

gboolean
_grove_assessment_date_is_valid (const char *text)
{
  guint64 year, month, day;
  char part[5];

  if (text == NULL || strlen (text) != 10 || text[4] != '-' || text[7] != '-')
    return FALSE;
  for (guint i = 0; i < 10; i++)
    if (i != 4 && i != 7 && !g_ascii_isdigit (text[i]))
      return FALSE;

  memcpy (part, text, 4), part[4] = '\0';
  year = g_ascii_strtoull (part, NULL, 10);
  memcpy (part, text + 5, 2), part[2] = '\0';
  month = g_ascii_strtoull (part, NULL, 10);
  memcpy (part, text + 8, 2), part[2] = '\0';
  day = g_ascii_strtoull (part, NULL, 10);
  return year >= 1 && month >= 1 && month <= 12 &&
         g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year);
}

/**
 * grove_assessment_date_is_valid:
 * @text: (nullable): a date as a round's dates are written
 *
 * Whether @text is a real day written YYYY-MM-DD, as a round's opening and
 * closing dates must be: forms can say which field is wrong before the
 * store says why.
 */
gboolean
grove_assessment_date_is_valid (const char *text)
{
  return _grove_assessment_date_is_valid (text);
}

static GroveRound *
round_from_row (sqlite3_stmt *stmt)
{
  GroveRound *round = g_new0 (GroveRound, 1);

  round->id = sqlite3_column_int64 (stmt, 0);
  round->title = _grove_store_dup_text (stmt, 1);
  round->framework_id = sqlite3_column_int64 (stmt, 2);
  round->opens = _grove_store_dup_text (stmt, 3);
  round->closes = _grove_store_dup_text (stmt, 4);
  round->n_responses = (guint) sqlite3_column_int (stmt, 5);
  return round;
}

static gboolean
framework_exists (GroveStore  *store,
                  gint64       framework_id,
                  GError     **error)
{
  sqlite3_stmt *stmt = _grove_store_prepare (store, "SELECT 1 FROM framework WHERE id = ?1", error);
  g_autofree char *number = NULL;
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, framework_id);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if (rc == SQLITE_ROW)
    return TRUE;
  if (rc != SQLITE_DONE)
    {
      _grove_store_set_error (store, rc, _("looking up a framework"), error);
      return FALSE;
    }
  number = g_strdup_printf ("%" G_GINT64_FORMAT, framework_id);
  g_set_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_NOT_FOUND,
               _("There is no framework with id %s."), number);
  return FALSE;
}

static gboolean
check_round (const GroveRound  *round,
             GError           **error)
{
  if (round->title == NULL || round->title[strspn (round->title, " \t\n\r\f\v")] == '\0')
    {
      g_set_error_literal (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_INVALID,
                           _("An assessment round needs a title."));
      return FALSE;
    }
  if (!_grove_assessment_date_is_valid (round->opens) || !_grove_assessment_date_is_valid (round->closes))
    {
      g_set_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_INVALID,
                   _("The round “%s” needs opening and closing dates written YYYY-MM-DD, such as 2026-03-31."),
                   round->title);
      return FALSE;
    }
  if (strcmp (round->closes, round->opens) < 0)
    {
      g_set_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_INVALID,
                   _("The round “%s” cannot close (%s) before it opens (%s)."),
                   round->title, round->closes, round->opens);
      return FALSE;
    }
  return TRUE;
}

gboolean
_grove_assessment_insert_round (GroveStore  *store,
                                GroveRound  *round,
                                GError     **error)
{
  sqlite3_stmt *stmt = _grove_store_prepare (store,
    "INSERT INTO assessment_round (title, framework_id, opens, closes) VALUES (?1, ?2, ?3, ?4)", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, round->title, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, round->framework_id);
  sqlite3_bind_text (stmt, 3, round->opens, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, round->closes, -1, SQLITE_TRANSIENT);
  if (!_grove_store_exec_stmt (store, stmt, _("saving the assessment round"), error))
    return FALSE;
  round->id = sqlite3_last_insert_rowid (_grove_store_get_handle (store));
  return TRUE;
}

static gboolean
title_is_free (GroveStore  *store,
               const char  *title,
               GError     **error)
{
  sqlite3_stmt *stmt = _grove_store_prepare (store, "SELECT 1 FROM assessment_round WHERE title = ?1", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, title, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if (rc == SQLITE_DONE)
    return TRUE;
  if (rc == SQLITE_ROW)
    g_set_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_CONSTRAINT,
                 _("There is already an assessment round called “%s”; choose another title."), title);
  else
    _grove_store_set_error (store, rc, _("reading assessment rounds"), error);
  return FALSE;
}

/**
 * grove_assessment_add_round:
 *
 * Stores @round and fills in its id.
 *
 * Returns: the round's id, or 0 with @error set (nothing is stored)
 */
gint64
grove_assessment_add_round (GroveStore  *store,
                            GroveRound  *round,
                            GError     **error)
{
  g_return_val_if_fail (GROVE_IS_STORE (store), 0);
  g_return_val_if_fail (round != NULL, 0);

  if (!check_round (round, error) || !_grove_store_begin (store, error))
    return 0;
  if (!framework_exists (store, round->framework_id, error) ||
      !title_is_free (store, round->title, error) ||
      !_grove_assessment_insert_round (store, round, error))
    {
      _grove_store_rollback (store);
      round->id = 0;
      return 0;
    }
  if (!_grove_store_commit (store, error))
    {
      round->id = 0;
      return 0;
    }
  return round->id;
}

/**
 * grove_assessment_list_rounds:
 *
 * Returns: (transfer full) (element-type GroveRound): every round, the
 *   earliest closing first
 */
GPtrArray *
grove_assessment_list_rounds (GroveStore  *store,
                              GError     **error)
{
  g_autoptr(GPtrArray) rounds = g_ptr_array_new_with_free_func ((GDestroyNotify) grove_round_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (GROVE_IS_STORE (store), NULL);

  stmt = _grove_store_prepare (store, "SELECT " ROUND_COLUMNS " ORDER BY r.closes, r.opens, r.id", error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (rounds, round_from_row (stmt));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _grove_store_set_error (store, rc, _("reading assessment rounds"), error);
      return NULL;
    }
  return g_steal_pointer (&rounds);
}

static GroveRound *
read_one_round (GroveStore    *store,
                sqlite3_stmt  *stmt,
                GError       **error)
{
  GroveRound *round = NULL;
  int rc = sqlite3_step (stmt);

  if (rc == SQLITE_ROW)
    round = round_from_row (stmt);
  else if (rc != SQLITE_DONE)
    _grove_store_set_error (store, rc, _("reading assessment rounds"), error);
  sqlite3_reset (stmt);
  return round;
}

/**
 * grove_assessment_get_round:
 *
 * Returns: (transfer full): the round, or %NULL with @error set
 *   (%GROVE_STORE_ERROR_NOT_FOUND if there is none with @id)
 */
GroveRound *
grove_assessment_get_round (GroveStore  *store,
                            gint64       id,
                            GError     **error)
{
  g_autoptr(GError) local = NULL;
  sqlite3_stmt *stmt;
  GroveRound *round;

  g_return_val_if_fail (GROVE_IS_STORE (store), NULL);

  stmt = _grove_store_prepare (store, "SELECT " ROUND_COLUMNS " WHERE r.id = ?1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  round = read_one_round (store, stmt, &local);
  if (round == NULL && local == NULL)
    {
      g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, id);

      g_set_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_NOT_FOUND,
                   _("There is no assessment round with id %s."), number);
    }
  else if (local != NULL)
    g_propagate_error (error, g_steal_pointer (&local));
  return round;
}

/**
 * grove_assessment_find_round:
 * @id_or_title: a round's id, or its exact title
 *
 * For scripts and people alike: "3" and "Learning culture survey 2026" both
 * name a round. An id wins over a title that happens to be a number.
 *
 * Returns: (transfer full): the round, or %NULL with @error set
 */
GroveRound *
grove_assessment_find_round (GroveStore  *store,
                             const char  *id_or_title,
                             GError     **error)
{
  g_autoptr(GError) local = NULL;
  sqlite3_stmt *stmt;
  GroveRound *round;
  gint64 id;

  g_return_val_if_fail (GROVE_IS_STORE (store), NULL);
  g_return_val_if_fail (id_or_title != NULL, NULL);

  if (g_ascii_string_to_signed (id_or_title, 10, 1, G_MAXINT64, &id, NULL))
    {
      round = grove_assessment_get_round (store, id, &local);
      if (round != NULL || !g_error_matches (local, GROVE_STORE_ERROR, GROVE_STORE_ERROR_NOT_FOUND))
        {
          if (local != NULL)
            g_propagate_error (error, g_steal_pointer (&local));
          return round;
        }
      g_clear_error (&local);
    }

  stmt = _grove_store_prepare (store, "SELECT " ROUND_COLUMNS " WHERE r.title = ?1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, id_or_title, -1, SQLITE_TRANSIENT);
  round = read_one_round (store, stmt, &local);
  if (local != NULL)
    g_propagate_error (error, g_steal_pointer (&local));
  else if (round == NULL)
    g_set_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_NOT_FOUND,
                 _("There is no assessment round called “%s”."), id_or_title);
  return round;
}

/**
 * grove_assessment_get_previous_round:
 * @previous: (out) (transfer full) (nullable): the round of the same
 *   framework that closed most recently before @round closed, or %NULL
 *
 * Returns: FALSE with @error set when the store could not be read
 */
gboolean
grove_assessment_get_previous_round (GroveStore        *store,
                                     const GroveRound  *round,
                                     GroveRound       **previous,
                                     GError           **error)
{
  g_autoptr(GError) local = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (GROVE_IS_STORE (store), FALSE);
  g_return_val_if_fail (round != NULL && previous != NULL, FALSE);

  /* Ties on the closing date are broken by id, so that two rounds closing
   * the same day still form a chain rather than each other's predecessor. */
  stmt = _grove_store_prepare (store,
                               "SELECT " ROUND_COLUMNS " WHERE r.framework_id = ?1 AND r.id <> ?2"
                               " AND (r.closes < ?3 OR (r.closes = ?3 AND r.id < ?2))"
                               " ORDER BY r.closes DESC, r.id DESC LIMIT 1",
                               error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, round->framework_id);
  sqlite3_bind_int64 (stmt, 2, round->id);
  sqlite3_bind_text (stmt, 3, round->closes, -1, SQLITE_TRANSIENT);
  *previous = read_one_round (store, stmt, &local);
  if (local != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local));
      return FALSE;
    }
  return TRUE;
}

/* Targets */

static gboolean
check_target_place (GroveStore  *store,
                    gint64       condition_id,
                    gint64       unit_id,
                    GError     **error)
{
  sqlite3_stmt *stmt = _grove_store_prepare (store,
    "SELECT (SELECT count(*) FROM framework_condition WHERE id = ?1),"
    "       (SELECT count(*) FROM org_unit WHERE id = ?2)", error);
  int rc, conditions = 0, units = 0;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, condition_id);
  sqlite3_bind_int64 (stmt, 2, unit_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      conditions = sqlite3_column_int (stmt, 0);
      units = sqlite3_column_int (stmt, 1);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW)
    {
      _grove_store_set_error (store, rc, _("reading targets"), error);
      return FALSE;
    }
  if (conditions == 0 || (unit_id > 0 && units == 0))
    {
      g_set_error_literal (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_NOT_FOUND,
                           conditions == 0 ? _("There is no such framework condition for the target.")
                                           : _("There is no such organisation unit for the target."));
      return FALSE;
    }
  return TRUE;
}

/**
 * grove_assessment_set_target:
 * @unit_id: the unit, or 0 for the organisation-wide target
 * @value: the aim, on the framework's scale; NAN removes the target
 *
 * Returns: FALSE with @error set when nothing was changed
 */
gboolean
grove_assessment_set_target (GroveStore  *store,
                             gint64       condition_id,
                             gint64       unit_id,
                             double       value,
                             GError     **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (GROVE_IS_STORE (store), FALSE);

  if (!isnan (value) && (value < 0 || value > GROVE_SCALE_MAX_POINTS - 1))
    {
      g_set_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_INVALID,
                   _("A target must lie on the rating scale, between 0 and %d."), GROVE_SCALE_MAX_POINTS - 1);
      return FALSE;
    }
  if (!_grove_store_begin (store, error))
    return FALSE;
  if (!check_target_place (store, condition_id, unit_id, error))
    goto fail;

  stmt = _grove_store_prepare (store,
                               "DELETE FROM assessment_target WHERE condition_id = ?1 AND unit_id IS ?2", error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, condition_id);
  _grove_store_bind_id (stmt, 2, unit_id);
  if (!_grove_store_exec_stmt (store, stmt, _("saving a target"), error))
    goto fail;

  if (!isnan (value))
    {
      stmt = _grove_store_prepare (store,
                                   "INSERT INTO assessment_target (condition_id, unit_id, value) VALUES (?1, ?2, ?3)",
                                   error);
      if (stmt == NULL)
        goto fail;
      sqlite3_bind_int64 (stmt, 1, condition_id);
      _grove_store_bind_id (stmt, 2, unit_id);
      sqlite3_bind_double (stmt, 3, value);
      if (!_grove_store_exec_stmt (store, stmt, _("saving a target"), error))
        goto fail;
    }
  return _grove_store_commit (store, error);

fail:
  _grove_store_rollback (store);
  return FALSE;
}

/**
 * grove_assessment_get_target:
 * @found: (out): whether @unit_id has a target of its own for the condition
 *
 * Reads the target set on exactly this unit (0: organisation-wide); the
 * roll-up applies the inheritance.
 */
gboolean
grove_assessment_get_target (GroveStore  *store,
                             gint64       condition_id,
                             gint64       unit_id,
                             double      *value,
                             gboolean    *found,
                             GError     **error)
{
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (GROVE_IS_STORE (store), FALSE);
  g_return_val_if_fail (value != NULL && found != NULL, FALSE);

  stmt = _grove_store_prepare (store,
                               "SELECT value FROM assessment_target WHERE condition_id = ?1 AND unit_id IS ?2", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, condition_id);
  _grove_store_bind_id (stmt, 2, unit_id);
  rc = sqlite3_step (stmt);
  *found = rc == SQLITE_ROW;
  *value = *found ? sqlite3_column_double (stmt, 0) : NAN;
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      _grove_store_set_error (store, rc, _("reading targets"), error);
      return FALSE;
    }
  return TRUE;
}

/**
 * grove_assessment_list_targets:
 *
 * Returns: (transfer full) (element-type GroveTarget): the targets for the
 *   conditions of the framework, organisation-wide ones first
 */
GArray *
grove_assessment_list_targets (GroveStore  *store,
                               gint64       framework_id,
                               GError     **error)
{
  g_autoptr(GArray) targets = g_array_new (FALSE, TRUE, sizeof (GroveTarget));
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (GROVE_IS_STORE (store), NULL);

  stmt = _grove_store_prepare (store,
                               "SELECT t.condition_id, t.unit_id, t.value FROM assessment_target t"
                               " JOIN framework_condition c ON c.id = t.condition_id"
                               " WHERE c.framework_id = ?1 ORDER BY t.unit_id IS NOT NULL, t.unit_id, c.position",
                               error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, framework_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      GroveTarget target = { sqlite3_column_int64 (stmt, 0), sqlite3_column_int64 (stmt, 1),
                             sqlite3_column_double (stmt, 2) };

      g_array_append_val (targets, target);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _grove_store_set_error (store, rc, _("reading targets"), error);
      return NULL;
    }
  return g_steal_pointer (&targets);
}

gboolean
_grove_assessment_clear (GroveStore  *store,
                         GError     **error)
{
  static const char * const steps[] = {
    "DELETE FROM assessment_target",
    "DELETE FROM assessment_round", /* responses and ratings cascade */
  };

  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      sqlite3_stmt *stmt = _grove_store_prepare (store, steps[i], error);

      if (stmt == NULL || !_grove_store_exec_stmt (store, stmt, _("removing assessment results"), error))
        return FALSE;
    }
  return TRUE;
}
