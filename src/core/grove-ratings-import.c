/* grove-ratings-import.c: survey responses from a CSV file
 *
 * One row per respondent. The header names the columns:
 *
 *   team                      the respondent's team: its name, or its id
 *   CONDITION/STATEMENT       a score, e.g. "value-growth/benefits-of-improvement";
 *   STATEMENT                 the statement's key alone will do when no other
 *                             condition has a statement with that key
 *   evidence:STATEMENT        optional: a note on what the score is based on,
 *                             STATEMENT written either way as above
 *
 * Every statement of the round's framework needs a column, so that every
 * response rates every statement and no figure rests on fewer people than
 * the unit's own count. A score is a point of the framework's scale; an
 * empty cell, "NA", "N/A", "not observed" or the framework's own label for
 * it means the respondent did not observe it.
 *
 * The whole file is read and checked before anything is written, then all
 * of it is stored in one transaction: a file is imported whole or not at
 * all, and a problem is reported with its line and column.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "grove-assessment.h"
#include "grove-framework.h"
#include "grove-org.h"
#include "grove-ratings-import.h"

typedef enum { COLUMN_TEAM, COLUMN_SCORE, COLUMN_EVIDENCE } ColumnKind;

typedef struct {
  ColumnKind  kind;
  guint       statement; /* index into Import.statements */
} Column;

typedef struct {
  GroveCsvReader  *reader;
  const char      *name;
  GroveRound      *round;
  GroveFramework  *framework;
  GPtrArray       *statements;    /* (element-type GroveFrameworkStatement), not owned, framework order */
  GPtrArray       *statement_names; /* "condition/statement", same order */
  GHashTable      *by_name;       /* column name -> index + 1, or 0 when ambiguous */
  GHashTable      *teams_by_name; /* casefolded name -> GPtrArray of GroveOrgUnit (not owned) */
  GHashTable      *teams_by_id;   /* gint64 -> GroveOrgUnit (not owned) */
  GPtrArray       *units;
  GArray          *columns;       /* of Column */
  GPtrArray       *responses;     /* (element-type GroveResponse) */
} Import;

static void
import_clear (Import *import)
{
  g_clear_pointer (&import->reader, grove_csv_reader_free);
  g_clear_pointer (&import->round, grove_round_free);
  g_clear_pointer (&import->framework, grove_framework_free);
  g_clear_pointer (&import->statements, g_ptr_array_unref);
  g_clear_pointer (&import->statement_names, g_ptr_array_unref);
  g_clear_pointer (&import->by_name, g_hash_table_unref);
  g_clear_pointer (&import->teams_by_name, g_hash_table_unref);
  g_clear_pointer (&import->teams_by_id, g_hash_table_unref);
  g_clear_pointer (&import->units, g_ptr_array_unref);
  g_clear_pointer (&import->columns, g_array_unref);
  g_clear_pointer (&import->responses, g_ptr_array_unref);
}

static void
index_statements (Import *import)
{
  import->statements = g_ptr_array_new ();
  import->statement_names = g_ptr_array_new_with_free_func (g_free);
  import->by_name = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint c = 0; c < import->framework->conditions->len; c++)
    {
      GroveFrameworkCondition *condition = g_ptr_array_index (import->framework->conditions, c);

      for (guint s = 0; s < condition->statements->len; s++)
        {
          GroveFrameworkStatement *statement = g_ptr_array_index (condition->statements, s);
          guint index = import->statements->len;
          char *full = g_strconcat (condition->key, "/", statement->key, NULL);

          g_ptr_array_add (import->statements, statement);
          g_ptr_array_add (import->statement_names, full);
          g_hash_table_insert (import->by_name, g_strdup (full), GUINT_TO_POINTER (index + 1));
          /* A short key that two conditions share names neither. */
          if (g_hash_table_contains (import->by_name, statement->key))
            g_hash_table_insert (import->by_name, g_strdup (statement->key), GUINT_TO_POINTER (0));
          else
            g_hash_table_insert (import->by_name, g_strdup (statement->key), GUINT_TO_POINTER (index + 1));
        }
    }
}

static gboolean
index_teams (Import      *import,
             GroveStore  *store,
             GError     **error)
{
  import->units = grove_org_list_units (store, error);
  if (import->units == NULL)
    return FALSE;
  import->teams_by_name = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                 (GDestroyNotify) g_ptr_array_unref);
  import->teams_by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  for (guint i = 0; i < import->units->len; i++)
    {
      GroveOrgUnit *unit = g_ptr_array_index (import->units, i);
      char *key = g_utf8_casefold (unit->name, -1);
      GPtrArray *same = g_hash_table_lookup (import->teams_by_name, key);

      if (same == NULL)
        {
          same = g_ptr_array_new ();
          g_hash_table_insert (import->teams_by_name, key, same);
        }
      else
        g_free (key);
      g_ptr_array_add (same, unit);
      g_hash_table_insert (import->teams_by_id, &unit->id, unit);
    }
  return TRUE;
}

/* Finds what a header cell names; FALSE with `error` set if nothing. */
static gboolean
resolve_statement (Import      *import,
                   const char  *text,
                   guint        column,
                   guint       *index,
                   GError     **error)
{
  gpointer value;

  if (!g_hash_table_lookup_extended (import->by_name, text, NULL, &value))
    {
      grove_csv_set_error (error, GROVE_CSV_ERROR_INVALID, import->name, 1, column,
                           _("expected “team”, a statement of the framework “%s” such as “%s”, or "
                             "“evidence:” and a statement; found “%s”"),
                           import->framework->key, (const char *) g_ptr_array_index (import->statement_names, 0),
                           text);
      return FALSE;
    }
  if (GPOINTER_TO_UINT (value) == 0)
    {
      grove_csv_set_error (error, GROVE_CSV_ERROR_INVALID, import->name, 1, column,
                           _("“%s” is a statement of more than one condition; write CONDITION/%s"),
                           text, text);
      return FALSE;
    }
  *index = GPOINTER_TO_UINT (value) - 1;
  return TRUE;
}

static gboolean
read_header_cell (Import      *import,
                  const char  *raw,
                  guint        column,
                  gboolean    *seen_team,
                  gboolean    *scored,
                  gboolean    *noted,
                  GError     **error)
{
  g_autofree char *text = g_strstrip (g_ascii_strdown (raw, -1));
  Column plan = { COLUMN_TEAM, 0 };
  gboolean *seen;

  if (g_str_equal (text, "team"))
    {
      seen = seen_team;
    }
  else
    {
      gboolean evidence = g_str_has_prefix (text, "evidence:");
      const char *key = evidence ? g_strstrip (text + strlen ("evidence:")) : text;

      if (!resolve_statement (import, key, column, &plan.statement, error))
        return FALSE;
      plan.kind = evidence ? COLUMN_EVIDENCE : COLUMN_SCORE;
      seen = evidence ? &noted[plan.statement] : &scored[plan.statement];
    }
  if (*seen)
    {
      grove_csv_set_error (error, GROVE_CSV_ERROR_INVALID, import->name, 1, column,
                           _("the column “%s” comes twice"), raw);
      return FALSE;
    }
  *seen = TRUE;
  g_array_append_val (import->columns, plan);
  return TRUE;
}

static gboolean
read_header (Import  *import,
             GError **error)
{
  g_autoptr(GroveCsvRecord) header = NULL;
  g_autofree gboolean *scored = g_new0 (gboolean, import->statements->len);
  g_autofree gboolean *noted = g_new0 (gboolean, import->statements->len);
  gboolean seen_team = FALSE;

  if (!grove_csv_reader_next (import->reader, &header, error))
    return FALSE;
  if (header == NULL)
    {
      grove_csv_set_error (error, GROVE_CSV_ERROR_INVALID, import->name, 1, 0,
                           _("the file is empty; expected a header row starting with “team”"));
      return FALSE;
    }
  import->columns = g_array_new (FALSE, FALSE, sizeof (Column));
  for (guint c = 0; c < header->fields->len; c++)
    if (!read_header_cell (import, g_ptr_array_index (header->fields, c), c + 1,
                           &seen_team, scored, noted, error))
      return FALSE;

  if (!seen_team)
    {
      grove_csv_set_error (error, GROVE_CSV_ERROR_INVALID, import->name, header->line, 0,
                           _("the header has no “team” column"));
      return FALSE;
    }
  for (guint s = 0; s < import->statements->len; s++)
    if (!scored[s])
      {
        grove_csv_set_error (error, GROVE_CSV_ERROR_INVALID, import->name, header->line, 0,
                             _("the header has no column for the statement “%s”; every statement needs one "
                               "(leave its cells empty for “not observed”)"),
                             (const char *) g_ptr_array_index (import->statement_names, s));
        return FALSE;
      }
  return TRUE;
}

static gboolean
is_not_observed (Import     *import,
                 const char *text)
{
  g_autofree char *folded = g_utf8_casefold (text, -1);
  g_autofree char *label = g_utf8_casefold (import->framework->not_observed_label, -1);

  return text[0] == '\0' || g_str_equal (folded, "na") || g_str_equal (folded, "n/a") ||
         g_str_equal (folded, "not observed") || g_str_equal (folded, label);
}

static gboolean
parse_score (Import      *import,
             const char  *raw,
             guint        line,
             guint        column,
             int         *score,
             GError     **error)
{
  g_autofree char *text = g_strstrip (g_strdup (raw));
  gint64 value;

  if (is_not_observed (import, text))
    {
      *score = GROVE_RATING_NOT_OBSERVED;
      return TRUE;
    }
  if (!g_ascii_string_to_signed (text, 10, 0, GROVE_SCALE_MAX_POINTS - 1, &value, NULL) ||
      grove_framework_scale_label (import->framework, (int) value) == NULL)
    {
      grove_csv_set_error (error, GROVE_CSV_ERROR_INVALID, import->name, line, column,
                           _("expected a score from %d to %d or “NA”, found “%s”"),
                           grove_framework_scale_min (import->framework),
                           grove_framework_scale_max (import->framework), raw);
      return FALSE;
    }
  *score = (int) value;
  return TRUE;
}

static gboolean
find_team (Import      *import,
           const char  *raw,
           guint        line,
           guint        column,
           gint64      *team_id,
           GError     **error)
{
  g_autofree char *text = g_strstrip (g_strdup (raw));
  g_autofree char *folded = g_utf8_casefold (text, -1);
  GPtrArray *named = g_hash_table_lookup (import->teams_by_name, folded);
  GroveOrgUnit *unit = NULL;
  gint64 id;

  if (named != NULL && named->len > 1)
    {
      grove_csv_set_error (error, GROVE_CSV_ERROR_INVALID, import->name, line, column,
                           _("more than one unit is called “%s”; use the team’s id instead"), text);
      return FALSE;
    }
  if (named != NULL)
    unit = g_ptr_array_index (named, 0);
  else if (g_ascii_string_to_signed (text, 10, 1, G_MAXINT64, &id, NULL))
    unit = g_hash_table_lookup (import->teams_by_id, &id);

  if (unit == NULL)
    {
      grove_csv_set_error (error, GROVE_CSV_ERROR_INVALID, import->name, line, column,
                           _("expected the name or id of a team, found “%s”"), raw);
      return FALSE;
    }
  if (unit->kind != GROVE_ORG_UNIT_TEAM)
    {
      grove_csv_set_error (error, GROVE_CSV_ERROR_INVALID, import->name, line, column,
                           _("“%s” is not a team; responses belong to teams"), text);
      return FALSE;
    }
  *team_id = unit->id;
  return TRUE;
}

/* Scores first, then evidence, so that a note finds its rating whichever
 * column comes first. */
static gboolean
read_cells (Import          *import,
            GroveCsvRecord  *row,
            GroveResponse   *response,
            GError         **error)
{
  g_autofree int *rating_of = g_new (int, import->statements->len);

  for (guint c = 0; c < import->columns->len; c++)
    {
      Column *plan = &g_array_index (import->columns, Column, c);
      guint line = g_array_index (row->lines, guint, c);
      const char *cell = g_ptr_array_index (row->fields, c);
      GroveFrameworkStatement *statement;
      int score;

      if (plan->kind == COLUMN_TEAM && !find_team (import, cell, line, c + 1, &response->unit_id, error))
        return FALSE;
      if (plan->kind != COLUMN_SCORE)
        continue;
      if (!parse_score (import, cell, line, c + 1, &score, error))
        return FALSE;
      statement = g_ptr_array_index (import->statements, plan->statement);
      rating_of[plan->statement] = (int) response->ratings->len;
      grove_response_add_rating (response, statement->id, score, NULL);
    }
  for (guint c = 0; c < import->columns->len; c++)
    {
      Column *plan = &g_array_index (import->columns, Column, c);
      g_autofree char *note = g_strstrip (g_strdup (g_ptr_array_index (row->fields, c)));
      GroveRating *rating;

      if (plan->kind != COLUMN_EVIDENCE || note[0] == '\0')
        continue;
      rating = &g_array_index (response->ratings, GroveRating, rating_of[plan->statement]);
      rating->evidence = g_steal_pointer (&note);
    }
  return TRUE;
}

static gboolean
read_rows (Import  *import,
           GError **error)
{
  import->responses = g_ptr_array_new_with_free_func ((GDestroyNotify) grove_response_free);
  for (;;)
    {
      g_autoptr(GroveCsvRecord) row = NULL;
      g_autoptr(GroveResponse) response = NULL;

      if (!grove_csv_reader_next (import->reader, &row, error))
        return FALSE;
      if (row == NULL)
        return TRUE;
      if (row->fields->len != import->columns->len)
        {
          grove_csv_set_error (error, GROVE_CSV_ERROR_INVALID, import->name, row->line, 0,
                               _("expected %u fields, as in the header, found %u"),
                               import->columns->len, row->fields->len);
          return FALSE;
        }
      response = grove_response_new (import->round->id, 0);
      response->source_ref = g_strdup_printf ("%s:%u", import->name, row->line);
      if (!read_cells (import, row, response, error))
        return FALSE;
      g_ptr_array_add (import->responses, g_steal_pointer (&response));
    }
}

static gboolean
run_import (Import      *import,
            GroveStore  *store,
            gint64       round_id,
            guint       *n_responses,
            GError     **error)
{
  import->name = grove_csv_reader_get_name (import->reader);
  if ((import->round = grove_assessment_get_round (store, round_id, error)) == NULL ||
      (import->framework = grove_framework_get (store, import->round->framework_id, error)) == NULL)
    return FALSE;
  index_statements (import);
  if (!index_teams (import, store, error) || !read_header (import, error) || !read_rows (import, error))
    return FALSE;
  if (import->responses->len == 0)
    {
      grove_csv_set_error (error, GROVE_CSV_ERROR_INVALID, import->name, 2, 0,
                           _("the file has a header but no responses"));
      return FALSE;
    }
  if (!grove_assessment_add_responses (store, import->responses, error))
    return FALSE;
  if (n_responses != NULL)
    *n_responses = import->responses->len;
  return TRUE;
}

/**
 * grove_ratings_import_bytes:
 * @display_name: the file's name, for messages
 * @limits: (nullable): the CSV limits; %NULL for the defaults
 * @n_responses: (out) (optional): how many responses were stored
 *
 * Imports survey responses into the round @round_id. Nothing is written
 * unless the whole file is right.
 *
 * Returns: FALSE with @error set (GROVE_CSV_ERROR with "name:line:column:"
 *   for a problem in the file) when nothing was imported
 */
gboolean
grove_ratings_import_bytes (GroveStore            *store,
                            gint64                 round_id,
                            GBytes                *data,
                            const char            *display_name,
                            const GroveCsvLimits  *limits,
                            guint                 *n_responses,
                            GError               **error)
{
  Import import = { 0 };
  gboolean ok;

  g_return_val_if_fail (GROVE_IS_STORE (store), FALSE);

  import.reader = grove_csv_reader_new_for_bytes (data, display_name, limits, error);
  ok = import.reader != NULL && run_import (&import, store, round_id, n_responses, error);
  import_clear (&import);
  return ok;
}

/**
 * grove_ratings_import_file:
 *
 * As grove_ratings_import_bytes(), from the file at @path.
 */
gboolean
grove_ratings_import_file (GroveStore            *store,
                           gint64                 round_id,
                           const char            *path,
                           const GroveCsvLimits  *limits,
                           guint                 *n_responses,
                           GError               **error)
{
  Import import = { 0 };
  gboolean ok;

  g_return_val_if_fail (GROVE_IS_STORE (store), FALSE);

  import.reader = grove_csv_reader_new_for_file (path, limits, error);
  ok = import.reader != NULL && run_import (&import, store, round_id, n_responses, error);
  import_clear (&import);
  return ok;
}
