/* grove-team-objective.c: team objectives and objective templates
 *
 * A team objective belongs to a unit; individual objectives point to it so
 * that a manager sees which of them carry the team's plan. A template is
 * applied to many records at once (a team's shared objective): each record
 * gets its own copy, which remembers its template but is then edited,
 * progressed and signed off with the rest of that record. Deleting either
 * keeps the individual objectives and clears their link.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "grove-ipdr-objective.h"
#include "grove-ipdr-private.h"
#include "grove-team-objective.h"

void
grove_supporter_free (GroveSupporter *supporter)
{
  if (supporter == NULL)
    return;
  g_free (supporter->person_name);
  g_free (supporter->title);
  g_free (supporter);
}

void
grove_team_objective_free (GroveTeamObjective *objective)
{
  if (objective == NULL)
    return;
  g_free (objective->title);
  g_free (objective->description);
  g_free (objective->period_start);
  g_free (objective->period_end);
  g_free (objective->unit_name);
  g_free (objective);
}

void
grove_objective_template_free (GroveObjectiveTemplate *template_)
{
  if (template_ == NULL)
    return;
  g_free (template_->title);
  g_free (template_->description);
  g_free (template_->measure);
  g_free (template_->due);
  g_free (template_);
}

/**
 * grove_team_objective_add:
 * @objective: the objective; its id is ignored
 *
 * Returns: the new objective's id, or 0 with @error set
 */
gint64
grove_team_objective_add (GroveStore                *store,
                          const GroveTeamObjective  *objective,
                          GError                   **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (GROVE_IS_STORE (store), 0);
  g_return_val_if_fail (objective != NULL, 0);

  if (!_grove_ipdr_check_text (objective->title, _("A team objective needs a title."), error) ||
      !_grove_ipdr_check_date (objective->period_start, error) ||
      !_grove_ipdr_check_date (objective->period_end, error))
    return 0;
  stmt = _grove_store_prepare (store,
                               "INSERT INTO plan_objective (unit_id, title, description, period_start, period_end) "
                               "VALUES (?1, ?2, ?3, ?4, ?5)",
                               error);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, objective->unit_id);
  _grove_store_bind_text (stmt, 2, objective->title);
  _grove_store_bind_text (stmt, 3, objective->description);
  _grove_store_bind_text (stmt, 4, objective->period_start);
  _grove_store_bind_text (stmt, 5, objective->period_end);
  if (!_grove_store_exec_stmt (store, stmt, _("saving the team objective"), error))
    return 0;
  return sqlite3_last_insert_rowid (_grove_store_get_handle (store));
}

#define TEAM_OBJECTIVE_COLUMNS \
  "SELECT t.id, t.unit_id, t.title, t.description, t.period_start, t.period_end, u.name," \
  "  (SELECT count(*) FROM ipdr_objective o WHERE o.plan_objective_id = t.id) " \
  "FROM plan_objective t JOIN org_unit u ON u.id = t.unit_id "

static gpointer
team_objective_from_row (sqlite3_stmt *stmt)
{
  GroveTeamObjective *objective = g_new0 (GroveTeamObjective, 1);

  objective->id = sqlite3_column_int64 (stmt, 0);
  objective->unit_id = sqlite3_column_int64 (stmt, 1);
  objective->title = _grove_store_dup_text (stmt, 2);
  objective->description = _grove_store_dup_text (stmt, 3);
  objective->period_start = _grove_store_dup_text (stmt, 4);
  objective->period_end = _grove_store_dup_text (stmt, 5);
  objective->unit_name = _grove_store_dup_text (stmt, 6);
  objective->n_supporting = (guint) sqlite3_column_int (stmt, 7);
  return objective;
}

/**
 * grove_team_objective_list:
 * @unit_id: one unit's objectives; 0 for every unit's
 *
 * Returns: (transfer full) (element-type GroveTeamObjective): the
 *   objectives, by unit and then as added
 */
GPtrArray *
grove_team_objective_list (GroveStore  *store,
                           gint64       unit_id,
                           GError     **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (GROVE_IS_STORE (store), NULL);

  stmt = _grove_store_prepare (store,
                               TEAM_OBJECTIVE_COLUMNS
                               "WHERE ?1 IS NULL OR t.unit_id = ?1 ORDER BY u.name, t.id",
                               error);
  if (stmt == NULL)
    return NULL;
  _grove_store_bind_id (stmt, 1, unit_id);
  return _grove_ipdr_read_rows (store, stmt, team_objective_from_row, (GDestroyNotify) grove_team_objective_free,
                                error);
}

GroveTeamObjective *
grove_team_objective_get (GroveStore  *store,
                          gint64       id,
                          GError     **error)
{
  g_autoptr(GPtrArray) rows = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (GROVE_IS_STORE (store), NULL);

  stmt = _grove_store_prepare (store, TEAM_OBJECTIVE_COLUMNS "WHERE t.id = ?1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  rows = _grove_ipdr_read_rows (store, stmt, team_objective_from_row, (GDestroyNotify) grove_team_objective_free,
                                error);
  if (rows == NULL)
    return NULL;
  if (rows->len == 0)
    {
      g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, id);

      g_set_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_NOT_FOUND,
                   _("There is no team objective with id %s."), number);
      return NULL;
    }
  return g_ptr_array_steal_index (rows, 0);
}

/**
 * grove_team_objective_list_for_person:
 *
 * The plan as someone sees it from where they sit: their own unit's
 * objectives first, then each unit above it up to the organisation's.
 *
 * Returns: (transfer full) (element-type GroveTeamObjective): the
 *   objectives, nearest unit first and then as added; empty for someone
 *   in no unit
 */
GPtrArray *
grove_team_objective_list_for_person (GroveStore  *store,
                                      gint64       person_id,
                                      GError     **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (GROVE_IS_STORE (store), NULL);

  /* The depth bound stops a loop in a damaged tree from running forever. */
  stmt = _grove_store_prepare (store,
                               "WITH RECURSIVE chain (id, depth) AS ("
                               "  SELECT unit_id, 0 FROM person WHERE id = ?1 AND unit_id IS NOT NULL "
                               "  UNION ALL SELECT p.parent_id, c.depth + 1 FROM org_unit p JOIN chain c ON p.id = c.id"
                               "  WHERE p.parent_id IS NOT NULL AND c.depth < 64) "
                               TEAM_OBJECTIVE_COLUMNS
                               "JOIN chain c ON c.id = t.unit_id ORDER BY c.depth, t.id",
                               error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, person_id);
  return _grove_ipdr_read_rows (store, stmt, team_objective_from_row, (GDestroyNotify) grove_team_objective_free,
                                error);
}

gboolean
grove_team_objective_delete (GroveStore  *store,
                             gint64       id,
                             GError     **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (GROVE_IS_STORE (store), FALSE);

  if (_grove_ipdr_owner (store, "SELECT id FROM plan_objective WHERE id = ?1", id, _("team objective"), error) == 0)
    return FALSE;
  stmt = _grove_store_prepare (store, "DELETE FROM plan_objective WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  return _grove_store_exec_stmt (store, stmt, _("deleting the team objective"), error);
}

/**
 * grove_team_objective_list_supporting:
 *
 * Returns: (transfer full) (element-type GroveObjective): the individual
 *   objectives aligned to the team objective @id
 */
GPtrArray *
grove_team_objective_list_supporting (GroveStore  *store,
                                      gint64       id,
                                      GError     **error)
{
  g_autoptr(GPtrArray) result = g_ptr_array_new_with_free_func ((GDestroyNotify) grove_objective_free);
  g_autoptr(GArray) ids = NULL;

  g_return_val_if_fail (GROVE_IS_STORE (store), NULL);

  ids = _grove_store_read_ids (store, "SELECT id FROM ipdr_objective WHERE plan_objective_id = ?1 ORDER BY id", id,
                               _("reading the IPDR"), error);
  if (ids == NULL)
    return NULL;
  for (guint i = 0; i < ids->len; i++)
    {
      GroveObjective *objective = grove_ipdr_get_objective (store, g_array_index (ids, gint64, i), error);

      if (objective == NULL)
        return NULL;
      g_ptr_array_add (result, objective);
    }
  return g_steal_pointer (&result);
}

static gpointer
supporter_from_row (sqlite3_stmt *stmt)
{
  GroveSupporter *supporter = g_new0 (GroveSupporter, 1);

  supporter->objective_id = sqlite3_column_int64 (stmt, 0);
  supporter->person_id = sqlite3_column_int64 (stmt, 1);
  supporter->person_name = _grove_store_dup_text (stmt, 2);
  supporter->title = _grove_store_dup_text (stmt, 3);
  return supporter;
}

/**
 * grove_team_objective_list_supporters:
 * @manager_id: whose reports, at any depth below them
 *
 * The objectives of @manager_id's reports that support the team objective
 * @id, with whose they are: what a manager may see of it by name. One
 * query, however many support it.
 *
 * Returns: (transfer full) (element-type GroveSupporter): in the order
 *   they were added
 */
GPtrArray *
grove_team_objective_list_supporters (GroveStore  *store,
                                      gint64       id,
                                      gint64       manager_id,
                                      GError     **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (GROVE_IS_STORE (store), NULL);

  stmt = _grove_store_prepare (store,
                               "WITH RECURSIVE below (id) AS ("
                               "  SELECT id FROM person WHERE manager_id = ?2"
                               "  UNION SELECT p.id FROM person p JOIN below b ON p.manager_id = b.id) "
                               "SELECT o.id, p.id, p.name, o.title FROM ipdr_objective o"
                               " JOIN ipdr i ON i.id = o.ipdr_id JOIN person p ON p.id = i.person_id "
                               "WHERE o.plan_objective_id = ?1 AND p.id IN below ORDER BY o.id",
                               error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_int64 (stmt, 2, manager_id);
  return _grove_ipdr_read_rows (store, stmt, supporter_from_row, (GDestroyNotify) grove_supporter_free, error);
}

gint64
grove_objective_template_add (GroveStore                    *store,
                              const GroveObjectiveTemplate  *template_,
                              GError                       **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (GROVE_IS_STORE (store), 0);
  g_return_val_if_fail (template_ != NULL, 0);

  if (!_grove_ipdr_check_text (template_->title, _("An objective needs a title."), error) ||
      !_grove_ipdr_check_date (template_->due, error))
    return 0;
  stmt = _grove_store_prepare (store,
                               "INSERT INTO objective_template (title, description, measure, due, condition_id,"
                               " plan_objective_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                               error);
  if (stmt == NULL)
    return 0;
  _grove_store_bind_text (stmt, 1, template_->title);
  _grove_store_bind_text (stmt, 2, template_->description);
  _grove_store_bind_text (stmt, 3, template_->measure);
  _grove_store_bind_text (stmt, 4, template_->due);
  _grove_store_bind_id (stmt, 5, template_->condition_id);
  _grove_store_bind_id (stmt, 6, template_->plan_objective_id);
  if (!_grove_store_exec_stmt (store, stmt, _("saving the objective template"), error))
    return 0;
  return sqlite3_last_insert_rowid (_grove_store_get_handle (store));
}

static gpointer
template_from_row (sqlite3_stmt *stmt)
{
  GroveObjectiveTemplate *template_ = g_new0 (GroveObjectiveTemplate, 1);

  template_->id = sqlite3_column_int64 (stmt, 0);
  template_->title = _grove_store_dup_text (stmt, 1);
  template_->description = _grove_store_dup_text (stmt, 2);
  template_->measure = _grove_store_dup_text (stmt, 3);
  template_->due = _grove_store_dup_text (stmt, 4);
  template_->condition_id = sqlite3_column_int64 (stmt, 5);
  template_->plan_objective_id = sqlite3_column_int64 (stmt, 6);
  return template_;
}

GroveObjectiveTemplate *
grove_objective_template_get (GroveStore  *store,
                              gint64       id,
                              GError     **error)
{
  g_autoptr(GPtrArray) rows = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (GROVE_IS_STORE (store), NULL);

  stmt = _grove_store_prepare (store,
                               "SELECT id, title, description, measure, due, condition_id, plan_objective_id "
                               "FROM objective_template WHERE id = ?1",
                               error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  rows = _grove_ipdr_read_rows (store, stmt, template_from_row, (GDestroyNotify) grove_objective_template_free,
                                error);
  if (rows == NULL)
    return NULL;
  if (rows->len == 0)
    {
      g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, id);

      g_set_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_NOT_FOUND,
                   _("There is no objective template with id %s."), number);
      return NULL;
    }
  return g_ptr_array_steal_index (rows, 0);
}

/**
 * grove_objective_template_apply:
 * @ipdr_ids: (array length=n_ipdrs): the records to give the objective
 *
 * Copies the template into each record, in one transaction: if any record
 * is locked or missing, none gets the objective.
 *
 * Returns: (transfer full) (element-type gint64): the new objectives' ids,
 *   in the order of @ipdr_ids; %NULL with @error set
 */
GArray *
grove_objective_template_apply (GroveStore    *store,
                                gint64         template_id,
                                const gint64  *ipdr_ids,
                                guint          n_ipdrs,
                                GError       **error)
{
  g_autoptr(GroveObjectiveTemplate) template_ = NULL;
  g_autoptr(GArray) ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), n_ipdrs);
  GroveObjective copy = { 0 };

  g_return_val_if_fail (GROVE_IS_STORE (store), NULL);
  g_return_val_if_fail (ipdr_ids != NULL || n_ipdrs == 0, NULL);

  if ((template_ = grove_objective_template_get (store, template_id, error)) == NULL)
    return NULL;
  copy.title = template_->title;
  copy.description = template_->description;
  copy.measure = template_->measure;
  copy.due = template_->due;
  copy.condition_id = template_->condition_id;
  copy.plan_objective_id = template_->plan_objective_id;
  copy.template_id = template_->id;

  if (!_grove_store_begin (store, error))
    return NULL;
  for (guint i = 0; i < n_ipdrs; i++)
    {
      gint64 id;

      if (!_grove_ipdr_check_writable (store, ipdr_ids[i], error) ||
          (id = _grove_objective_insert (store, ipdr_ids[i], &copy, error)) == 0)
        {
          _grove_store_rollback (store);
          return NULL;
        }
      g_array_append_val (ids, id);
    }
  if (!_grove_store_commit (store, error))
    return NULL;
  return g_steal_pointer (&ids);
}

/**
 * grove_objective_template_share:
 * @template_: the objective to give; its id is ignored
 * @ipdr_ids: (array length=n_ipdrs): the records to give it to
 *
 * Stores @template_ and copies it into each record, in one transaction, so
 * that a failure leaves neither a template nobody has nor some copies.
 *
 * Returns: (transfer full) (element-type gint64): the new objectives' ids,
 *   in the order of @ipdr_ids; %NULL with @error set
 */
GArray *
grove_objective_template_share (GroveStore                    *store,
                                const GroveObjectiveTemplate  *template_,
                                const gint64                  *ipdr_ids,
                                guint                          n_ipdrs,
                                GError                       **error)
{
  g_autoptr(GArray) ids = NULL;
  gint64 template_id;

  g_return_val_if_fail (GROVE_IS_STORE (store), NULL);
  g_return_val_if_fail (template_ != NULL, NULL);

  if (!_grove_store_begin (store, error))
    return NULL;
  if ((template_id = grove_objective_template_add (store, template_, error)) == 0 ||
      (ids = grove_objective_template_apply (store, template_id, ipdr_ids, n_ipdrs, error)) == NULL)
    {
      _grove_store_rollback (store);
      return NULL;
    }
  if (!_grove_store_commit (store, error))
    return NULL;
  return g_steal_pointer (&ids);
}
