/* grove-org.c: storing the organisation tree and its people
 *
 * Writing people is in grove-org-people.c, reporting lines (chains, reports,
 * the check against cycles) in grove-org-lines.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "grove-org-private.h"

#define PERSON_COLUMNS \
  "id, name, email, unit_id, manager_id, grade, profession, location, start_date, archived"

static gboolean
is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;
  for (; *text != '\0'; text++)
    if (!g_ascii_isspace (*text))
      return FALSE;
  return TRUE;
}

static GroveOrgUnit *
unit_from_row (sqlite3_stmt *stmt)
{
  GroveOrgUnit *unit = g_new0 (GroveOrgUnit, 1);

  unit->id = sqlite3_column_int64 (stmt, 0);
  unit->parent_id = sqlite3_column_int64 (stmt, 1);
  unit->kind = (GroveOrgUnitKind) sqlite3_column_int (stmt, 2);
  unit->name = _grove_store_dup_text (stmt, 3);
  return unit;
}

static void
set_unit_not_found (gint64   id,
                    GError **error)
{
  g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, id);

  g_set_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_NOT_FOUND,
               _("There is no organisation unit with id %s."), number);
}

GroveOrgUnit *
grove_org_get_unit (GroveStore  *store,
                    gint64       id,
                    GError     **error)
{
  sqlite3_stmt *stmt;
  GroveOrgUnit *unit = NULL;
  int rc;

  g_return_val_if_fail (GROVE_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = _grove_store_prepare (store, "SELECT id, parent_id, kind, name FROM org_unit WHERE id = ?1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    unit = unit_from_row (stmt);
  else if (rc == SQLITE_DONE)
    set_unit_not_found (id, error);
  else
    _grove_store_set_error (store, rc, _("reading the organisation"), error);
  sqlite3_reset (stmt);
  return unit;
}

/**
 * grove_org_find_unit_by_name:
 * @name: the unit's name, compared ignoring ASCII case
 *
 * Names are unique only among the units of one parent, so two teams in
 * different directorates may share a name: that is reported as
 * %GROVE_STORE_ERROR_INVALID, asking for the id instead.
 *
 * Returns: (transfer full): the unit, or %NULL with @error set
 */
GroveOrgUnit *
grove_org_find_unit_by_name (GroveStore  *store,
                             const char  *name,
                             GError     **error)
{
  sqlite3_stmt *stmt;
  g_autoptr(GroveOrgUnit) unit = NULL;
  guint found = 0;
  int rc;

  g_return_val_if_fail (GROVE_IS_STORE (store), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  stmt = _grove_store_prepare (store,
                               "SELECT id, parent_id, kind, name FROM org_unit "
                               "WHERE name = ?1 COLLATE NOCASE ORDER BY id",
                               error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    if (found++ == 0)
      unit = unit_from_row (stmt);
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      _grove_store_set_error (store, rc, _("reading the organisation"), error);
      return NULL;
    }
  if (found == 0)
    {
      g_set_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_NOT_FOUND,
                   _("There is no organisation unit called “%s”."), name);
      return NULL;
    }
  if (found > 1)
    {
      g_set_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_INVALID,
                   _("%u organisation units are called “%s”; use the unit’s id instead."),
                   found, name);
      return NULL;
    }
  return g_steal_pointer (&unit);
}

static void
append_subtree (GPtrArray    *ordered,
                GHashTable   *children,
                GroveOrgUnit *unit,
                guint         depth)
{
  GPtrArray *below = g_hash_table_lookup (children, &unit->id);

  unit->depth = depth;
  g_ptr_array_add (ordered, unit);
  for (guint i = 0; below != NULL && i < below->len; i++)
    append_subtree (ordered, children, g_ptr_array_index (below, i), depth + 1);
}

/**
 * grove_org_list_units:
 *
 * Lists every unit depth first from the organisation down, siblings by kind
 * (teams directly under the organisation come after its directorates) and
 * then by name, with #GroveOrgUnit.depth and #GroveOrgUnit.n_people filled in.
 *
 * Returns: (transfer full) (element-type GroveOrgUnit): the units
 */
GPtrArray *
grove_org_list_units (GroveStore  *store,
                      GError     **error)
{
  g_autoptr(GPtrArray) all = g_ptr_array_new_with_free_func ((GDestroyNotify) grove_org_unit_free);
  g_autoptr(GHashTable) children = NULL;
  GPtrArray *ordered;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (GROVE_IS_STORE (store), NULL);

  stmt = _grove_store_prepare (store,
                               "SELECT u.id, u.parent_id, u.kind, u.name,"
                               "  (SELECT count(*) FROM person p WHERE p.unit_id = u.id AND p.archived = 0) "
                               "FROM org_unit u ORDER BY u.kind, u.name COLLATE NOCASE, u.id",
                               error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      GroveOrgUnit *unit = unit_from_row (stmt);

      unit->n_people = (guint) sqlite3_column_int (stmt, 4);
      g_ptr_array_add (all, unit);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _grove_store_set_error (store, rc, _("reading the organisation"), error);
      return NULL;
    }

  /* The tree is built here rather than with a recursive query so that the
   * order stays the same on any SQL backend. */
  children = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, (GDestroyNotify) g_ptr_array_unref);
  for (guint i = 0; i < all->len; i++)
    {
      GroveOrgUnit *unit = g_ptr_array_index (all, i);
      GPtrArray *below = g_hash_table_lookup (children, &unit->parent_id);

      if (below == NULL)
        {
          below = g_ptr_array_new ();
          g_hash_table_insert (children, &unit->parent_id, below);
        }
      g_ptr_array_add (below, unit);
    }

  ordered = g_ptr_array_new_full (all->len, (GDestroyNotify) grove_org_unit_free);
  for (guint i = 0; i < all->len; i++)
    {
      GroveOrgUnit *unit = g_ptr_array_index (all, i);

      if (unit->parent_id == 0)
        append_subtree (ordered, children, unit, 0);
    }
  /* The units now belong to `ordered`. */
  g_ptr_array_set_free_func (all, NULL);
  return ordered;
}

gint64
_grove_org_insert_unit (GroveStore        *store,
                        GroveOrgUnitKind   kind,
                        const char        *name,
                        gint64             parent_id,
                        GError           **error)
{
  sqlite3_stmt *stmt;

  stmt = _grove_store_prepare (store, "INSERT INTO org_unit (parent_id, kind, name) VALUES (?1, ?2, ?3)", error);
  if (stmt == NULL)
    return 0;
  _grove_store_bind_id (stmt, 1, parent_id);
  sqlite3_bind_int (stmt, 2, kind);
  sqlite3_bind_text (stmt, 3, name, -1, SQLITE_TRANSIENT);
  if (!_grove_store_exec_stmt (store, stmt, _("saving the organisation unit"), error))
    return 0;
  return sqlite3_last_insert_rowid (_grove_store_get_handle (store));
}

static gboolean
check_unit_parent (GroveStore        *store,
                   GroveOrgUnitKind   kind,
                   const char        *name,
                   gint64             parent_id,
                   GError           **error)
{
  g_autoptr(GroveOrgUnit) parent = NULL;
  gboolean fits;

  if (kind == GROVE_ORG_UNIT_ORGANISATION)
    {
      g_autoptr(GPtrArray) units = NULL;

      if (parent_id != 0)
        {
          g_set_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_INVALID,
                       _("The organisation “%s” cannot sit inside another unit."), name);
          return FALSE;
        }
      /* One database holds one organisation: everything that rolls up
       * (culture scores, learning needs) rolls up to it. */
      units = grove_org_list_units (store, error);
      if (units == NULL)
        return FALSE;
      if (units->len > 0)
        {
          GroveOrgUnit *root = g_ptr_array_index (units, 0);

          g_set_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_CONSTRAINT,
                       _("Cannot add the organisation “%s”: this database already holds the organisation “%s”."),
                       name, root->name);
          return FALSE;
        }
      return TRUE;
    }

  if (parent_id == 0)
    {
      g_set_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_INVALID,
                   kind == GROVE_ORG_UNIT_DIRECTORATE
                     ? _("The directorate “%s” needs the organisation as its parent unit.")
                     : _("The team “%s” needs a directorate or the organisation as its parent unit."),
                   name);
      return FALSE;
    }
  parent = grove_org_get_unit (store, parent_id, error);
  if (parent == NULL)
    return FALSE;

  if (kind == GROVE_ORG_UNIT_DIRECTORATE)
    fits = parent->kind == GROVE_ORG_UNIT_ORGANISATION;
  else
    fits = parent->kind != GROVE_ORG_UNIT_TEAM;
  if (!fits)
    {
      g_set_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_CONSTRAINT,
                   kind == GROVE_ORG_UNIT_DIRECTORATE
                     ? _("The directorate “%s” cannot sit inside “%s”: a directorate belongs directly to the organisation.")
                     : _("The team “%s” cannot sit inside the team “%s”: a team belongs to a directorate or to the organisation."),
                   name, parent->name);
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_unit_name_free (GroveStore  *store,
                      const char  *name,
                      gint64       parent_id,
                      GError     **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = _grove_store_prepare (store,
                               "SELECT 1 FROM org_unit WHERE parent_id IS ?1 AND name = ?2 COLLATE NOCASE",
                               error);
  if (stmt == NULL)
    return FALSE;
  _grove_store_bind_id (stmt, 1, parent_id);
  sqlite3_bind_text (stmt, 2, name, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);

  if (rc == SQLITE_ROW)
    {
      g_set_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_CONSTRAINT,
                   _("There is already a unit called “%s” in the same place of the organisation."), name);
      return FALSE;
    }
  if (rc != SQLITE_DONE)
    {
      _grove_store_set_error (store, rc, _("reading the organisation"), error);
      return FALSE;
    }
  return TRUE;
}

/**
 * grove_org_add_unit:
 * @kind: organisation, directorate or team
 * @name: shown to people; unique among the units of @parent_id
 * @parent_id: 0 for the organisation; the organisation for a directorate;
 *   a directorate or the organisation for a team
 *
 * Returns: the new unit's id, or 0 with @error set
 */
gint64
grove_org_add_unit (GroveStore        *store,
                    GroveOrgUnitKind   kind,
                    const char        *name,
                    gint64             parent_id,
                    GError           **error)
{
  g_autofree char *clean = NULL;
  gint64 id;

  g_return_val_if_fail (GROVE_IS_STORE (store), 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  if (!grove_org_unit_kind_is_valid (kind))
    {
      g_set_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_INVALID,
                   _("%d is not a kind of organisation unit."), (int) kind);
      return 0;
    }
  if (is_blank (name))
    {
      g_set_error_literal (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_INVALID,
                           _("An organisation unit needs a name."));
      return 0;
    }
  clean = g_strstrip (g_strdup (name));

  if (!_grove_store_begin (store, error))
    return 0;
  if (!check_unit_parent (store, kind, clean, parent_id, error) ||
      !check_unit_name_free (store, clean, parent_id, error) ||
      (id = _grove_org_insert_unit (store, kind, clean, parent_id, error)) == 0)
    {
      _grove_store_rollback (store);
      return 0;
    }
  if (!_grove_store_commit (store, error))
    return 0;
  return id;
}

gboolean
_grove_org_is_empty (GroveStore  *store,
                     gboolean    *empty,
                     GError     **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = _grove_store_prepare (store,
                               "SELECT EXISTS (SELECT 1 FROM person) OR EXISTS (SELECT 1 FROM org_unit)",
                               error);
  if (stmt == NULL)
    return FALSE;
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    *empty = sqlite3_column_int (stmt, 0) == 0;
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW)
    {
      _grove_store_set_error (store, rc, _("reading the organisation"), error);
      return FALSE;
    }
  return TRUE;
}

gboolean
_grove_org_clear (GroveStore  *store,
                  GError     **error)
{
  /* In this order because the foreign keys RESTRICT deletes and SQLite checks
   * RESTRICT row by row, not at the end of the statement. */
  static const char * const steps[] = {
    "UPDATE person SET manager_id = NULL WHERE manager_id IS NOT NULL",
    "DELETE FROM person",
    "DELETE FROM org_unit WHERE kind = 2",
    "DELETE FROM org_unit WHERE kind = 1",
    "DELETE FROM org_unit",
  };

  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      sqlite3_stmt *stmt = _grove_store_prepare (store, steps[i], error);

      if (stmt == NULL || !_grove_store_exec_stmt (store, stmt, _("removing the organisation"), error))
        return FALSE;
    }
  return TRUE;
}

/* People. */

static GrovePerson *
person_from_row (sqlite3_stmt *stmt)
{
  GrovePerson *person = g_new0 (GrovePerson, 1);

  person->id = sqlite3_column_int64 (stmt, 0);
  person->name = _grove_store_dup_text (stmt, 1);
  person->email = _grove_store_dup_text (stmt, 2);
  person->unit_id = sqlite3_column_int64 (stmt, 3);
  person->manager_id = sqlite3_column_int64 (stmt, 4);
  person->grade = _grove_store_dup_text (stmt, 5);
  person->profession = _grove_store_dup_text (stmt, 6);
  person->location = _grove_store_dup_text (stmt, 7);
  person->start_date = _grove_store_dup_text (stmt, 8);
  person->archived = sqlite3_column_int (stmt, 9) != 0;
  return person;
}

/* Reads every language row once and hands each to its person, so a list of
 * ten thousand people costs two queries, not ten thousand and one. */
static gboolean
attach_languages (GroveStore  *store,
                  GPtrArray   *people,
                  GError     **error)
{
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GHashTable) found = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);
  GHashTableIter iter;
  gpointer key, value;
  sqlite3_stmt *stmt;
  int rc;

  for (guint i = 0; i < people->len; i++)
    {
      GrovePerson *person = g_ptr_array_index (people, i);

      g_hash_table_insert (by_id, &person->id, person);
    }

  /* One person is read often (every check of a reporting line): reading
   * everyone's languages for them would make each read as slow as a list. */
  if (people->len == 1)
    stmt = _grove_store_prepare (store, "SELECT person_id, language FROM person_language "
                                        "WHERE person_id = ?1 ORDER BY language", error);
  else
    stmt = _grove_store_prepare (store, "SELECT person_id, language FROM person_language ORDER BY person_id, language", error);
  if (stmt == NULL)
    return FALSE;
  if (people->len == 1)
    sqlite3_bind_int64 (stmt, 1, ((GrovePerson *) g_ptr_array_index (people, 0))->id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      GrovePerson *person = g_hash_table_lookup (by_id, &id);
      GPtrArray *languages;

      if (person == NULL)
        continue;
      languages = g_hash_table_lookup (found, person);
      if (languages == NULL)
        {
          languages = g_ptr_array_new ();
          g_hash_table_insert (found, person, languages);
        }
      g_ptr_array_add (languages, _grove_store_dup_text (stmt, 1));
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _grove_store_set_error (store, rc, _("reading people"), error);
      return FALSE;
    }

  g_hash_table_iter_init (&iter, found);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      GrovePerson *person = key;

      g_ptr_array_add (value, NULL);
      g_strfreev (person->languages);
      person->languages = (GStrv) g_ptr_array_steal (value, NULL);
    }
  return TRUE;
}

static GPtrArray *
collect_people (GroveStore    *store,
                sqlite3_stmt  *stmt,
                GError       **error)
{
  g_autoptr(GPtrArray) people = g_ptr_array_new_with_free_func ((GDestroyNotify) grove_person_free);
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (people, person_from_row (stmt));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _grove_store_set_error (store, rc, _("reading people"), error);
      return NULL;
    }
  if (people->len > 0 && !attach_languages (store, people, error))
    return NULL;
  return g_steal_pointer (&people);
}

/**
 * grove_org_get_person:
 *
 * Returns: (transfer full): the person, or %NULL with @error set
 *   (%GROVE_STORE_ERROR_NOT_FOUND for an unknown id)
 */
GrovePerson *
grove_org_get_person (GroveStore  *store,
                      gint64       id,
                      GError     **error)
{
  g_autoptr(GPtrArray) people = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (GROVE_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = _grove_store_prepare (store, "SELECT " PERSON_COLUMNS " FROM person WHERE id = ?1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  people = collect_people (store, stmt, error);
  if (people == NULL)
    return NULL;
  if (people->len == 0)
    {
      _grove_org_set_person_not_found (id, error);
      return NULL;
    }
  return g_ptr_array_steal_index (people, 0);
}

/**
 * grove_org_list_people:
 * @unit_id: a unit, or 0 for everyone
 * @include_subunits: also the people of the units below @unit_id
 * @include_archived: also people who have left
 *
 * Returns: (transfer full) (element-type GrovePerson): the people, by id,
 *   or %NULL with @error set (%GROVE_STORE_ERROR_NOT_FOUND for an unknown unit)
 */
GPtrArray *
grove_org_list_people (GroveStore  *store,
                       gint64       unit_id,
                       gboolean     include_subunits,
                       gboolean     include_archived,
                       GError     **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (GROVE_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (unit_id == 0)
    stmt = _grove_store_prepare (store,
                                 "SELECT " PERSON_COLUMNS " FROM person "
                                 "WHERE ?1 OR archived = 0 ORDER BY id",
                                 error);
  else
    {
      g_autoptr(GroveOrgUnit) unit = grove_org_get_unit (store, unit_id, error);

      if (unit == NULL)
        return NULL;
      if (include_subunits)
        stmt = _grove_store_prepare (store,
                                     "WITH RECURSIVE below (id) AS ("
                                     "  SELECT ?2 UNION SELECT u.id FROM org_unit u JOIN below ON u.parent_id = below.id) "
                                     "SELECT " PERSON_COLUMNS " FROM person "
                                     "WHERE (?1 OR archived = 0) AND unit_id IN below ORDER BY id",
                                     error);
      else
        stmt = _grove_store_prepare (store,
                                     "SELECT " PERSON_COLUMNS " FROM person "
                                     "WHERE (?1 OR archived = 0) AND unit_id = ?2 ORDER BY id",
                                     error);
    }
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int (stmt, 1, include_archived ? 1 : 0);
  if (unit_id != 0)
    sqlite3_bind_int64 (stmt, 2, unit_id);
  return collect_people (store, stmt, error);
}
