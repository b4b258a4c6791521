/* grove-framework.c: frameworks as data, and their storage
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "grove-framework-private.h"
#include "grove-store-private.h"

G_DEFINE_QUARK (grove-framework-error-quark, grove_framework_error)

static void
statement_free (gpointer data)
{
  GroveFrameworkStatement *statement = data;

  g_free (statement->key);
  g_free (statement->text);
  g_free (statement);
}

static void
condition_free (gpointer data)
{
  GroveFrameworkCondition *condition = data;

  g_free (condition->key);
  g_free (condition->title);
  g_free (condition->description);
  g_ptr_array_unref (condition->statements);
  g_free (condition);
}

static void
scale_point_free (gpointer data)
{
  GroveFrameworkScalePoint *point = data;

  g_free (point->label);
  g_free (point);
}

GroveFrameworkCondition *
_grove_framework_condition_new (void)
{
  GroveFrameworkCondition *condition = g_new0 (GroveFrameworkCondition, 1);

  condition->statements = g_ptr_array_new_with_free_func (statement_free);
  return condition;
}

GroveFramework *
_grove_framework_new (void)
{
  GroveFramework *framework = g_new0 (GroveFramework, 1);

  framework->scale = g_ptr_array_new_with_free_func (scale_point_free);
  framework->conditions = g_ptr_array_new_with_free_func (condition_free);
  framework->translations = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                   (GDestroyNotify) g_hash_table_unref);
  return framework;
}

void
grove_framework_free (GroveFramework *framework)
{
  if (framework == NULL)
    return;

  g_free (framework->key);
  g_free (framework->title);
  g_free (framework->description);
  g_free (framework->version);
  g_free (framework->source);
  g_free (framework->not_observed_label);
  g_ptr_array_unref (framework->scale);
  g_ptr_array_unref (framework->conditions);
  g_hash_table_unref (framework->translations);
  g_free (framework);
}

guint
grove_framework_count_statements (const GroveFramework *framework)
{
  guint count = 0;

  g_return_val_if_fail (framework != NULL, 0);

  for (guint i = 0; i < framework->conditions->len; i++)
    {
      const GroveFrameworkCondition *condition = g_ptr_array_index (framework->conditions, i);

      count += condition->statements->len;
    }
  return count;
}

int
grove_framework_scale_min (const GroveFramework *framework)
{
  const GroveFrameworkScalePoint *first;

  g_return_val_if_fail (framework != NULL && framework->scale->len > 0, 0);

  first = g_ptr_array_index (framework->scale, 0);
  return first->value;
}

int
grove_framework_scale_max (const GroveFramework *framework)
{
  const GroveFrameworkScalePoint *last;

  g_return_val_if_fail (framework != NULL && framework->scale->len > 0, 0);

  last = g_ptr_array_index (framework->scale, framework->scale->len - 1);
  return last->value;
}

/**
 * grove_framework_scale_label:
 *
 * Returns: (nullable): the label of the scale point @value, or %NULL if the
 *   scale has no such point
 */
const char *
grove_framework_scale_label (const GroveFramework *framework,
                             int                   value)
{
  g_return_val_if_fail (framework != NULL, NULL);

  for (guint i = 0; i < framework->scale->len; i++)
    {
      const GroveFrameworkScalePoint *point = g_ptr_array_index (framework->scale, i);

      if (point->value == value)
        return point->label;
    }
  return NULL;
}

/* Storage */

static gboolean
key_exists (GroveStore  *store,
            const char  *key,
            gboolean    *exists,
            GError     **error)
{
  sqlite3_stmt *stmt = _grove_store_prepare (store, "SELECT 1 FROM framework WHERE key = ?1", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      _grove_store_set_error (store, rc, _("looking up a framework"), error);
      return FALSE;
    }
  *exists = rc == SQLITE_ROW;
  return TRUE;
}

static gboolean
insert_framework_row (GroveStore      *store,
                      GroveFramework  *framework,
                      GError         **error)
{
  sqlite3_stmt *stmt = _grove_store_prepare (store,
    "INSERT INTO framework (key, title, description, version, source, builtin, not_observed_label) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, framework->key, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, framework->title, -1, SQLITE_TRANSIENT);
  _grove_store_bind_text (stmt, 3, framework->description);
  _grove_store_bind_text (stmt, 4, framework->version);
  _grove_store_bind_text (stmt, 5, framework->source);
  sqlite3_bind_int (stmt, 6, framework->builtin ? 1 : 0);
  sqlite3_bind_text (stmt, 7, framework->not_observed_label, -1, SQLITE_TRANSIENT);
  if (!_grove_store_exec_stmt (store, stmt, _("saving a framework"), error))
    return FALSE;
  framework->id = sqlite3_last_insert_rowid (_grove_store_get_handle (store));
  return TRUE;
}

static gboolean
insert_scale (GroveStore      *store,
              GroveFramework  *framework,
              GError         **error)
{
  for (guint i = 0; i < framework->scale->len; i++)
    {
      GroveFrameworkScalePoint *point = g_ptr_array_index (framework->scale, i);
      sqlite3_stmt *stmt = _grove_store_prepare (store,
        "INSERT INTO framework_scale_point (framework_id, value, label) VALUES (?1, ?2, ?3)", error);

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, framework->id);
      sqlite3_bind_int (stmt, 2, point->value);
      sqlite3_bind_text (stmt, 3, point->label, -1, SQLITE_TRANSIENT);
      if (!_grove_store_exec_stmt (store, stmt, _("saving a framework"), error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
insert_statements (GroveStore               *store,
                   GroveFrameworkCondition  *condition,
                   GError                  **error)
{
  for (guint i = 0; i < condition->statements->len; i++)
    {
      GroveFrameworkStatement *statement = g_ptr_array_index (condition->statements, i);
      sqlite3_stmt *stmt = _grove_store_prepare (store,
        "INSERT INTO framework_statement (condition_id, position, key, text) VALUES (?1, ?2, ?3, ?4)", error);

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, condition->id);
      sqlite3_bind_int (stmt, 2, (int) i);
      sqlite3_bind_text (stmt, 3, statement->key, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 4, statement->text, -1, SQLITE_TRANSIENT);
      if (!_grove_store_exec_stmt (store, stmt, _("saving a framework"), error))
        return FALSE;
      statement->id = sqlite3_last_insert_rowid (_grove_store_get_handle (store));
    }
  return TRUE;
}

static gboolean
insert_conditions (GroveStore      *store,
                   GroveFramework  *framework,
                   GError         **error)
{
  for (guint i = 0; i < framework->conditions->len; i++)
    {
      GroveFrameworkCondition *condition = g_ptr_array_index (framework->conditions, i);
      sqlite3_stmt *stmt = _grove_store_prepare (store,
        "INSERT INTO framework_condition (framework_id, position, key, title, description) "
        "VALUES (?1, ?2, ?3, ?4, ?5)", error);

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, framework->id);
      sqlite3_bind_int (stmt, 2, (int) i);
      sqlite3_bind_text (stmt, 3, condition->key, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 4, condition->title, -1, SQLITE_TRANSIENT);
      _grove_store_bind_text (stmt, 5, condition->description);
      if (!_grove_store_exec_stmt (store, stmt, _("saving a framework"), error))
        return FALSE;
      condition->id = sqlite3_last_insert_rowid (_grove_store_get_handle (store));
      if (!insert_statements (store, condition, error))
        return FALSE;
    }
  return TRUE;
}

static void
clear_ids (GroveFramework *framework)
{
  framework->id = 0;
  for (guint i = 0; i < framework->conditions->len; i++)
    {
      GroveFrameworkCondition *condition = g_ptr_array_index (framework->conditions, i);

      condition->id = 0;
      for (guint j = 0; j < condition->statements->len; j++)
        ((GroveFrameworkStatement *) g_ptr_array_index (condition->statements, j))->id = 0;
    }
}

/**
 * grove_framework_import:
 *
 * Stores @framework, with its scale, conditions and statements, in one
 * transaction, and fills in the ids of @framework.
 *
 * Returns: the framework's id, or 0 with @error set (nothing is stored)
 */
gint64
grove_framework_import (GroveStore      *store,
                        GroveFramework  *framework,
                        GError         **error)
{
  gboolean exists = FALSE;

  g_return_val_if_fail (GROVE_IS_STORE (store), 0);
  g_return_val_if_fail (framework != NULL && framework->key != NULL, 0);

  if (!_grove_store_begin (store, error))
    return 0;

  if (!key_exists (store, framework->key, &exists, error))
    goto fail;
  if (exists)
    {
      g_set_error (error, GROVE_FRAMEWORK_ERROR, GROVE_FRAMEWORK_ERROR_EXISTS,
                   _("A framework with the id “%s” is already stored; nothing was imported."),
                   framework->key);
      goto fail;
    }
  if (!insert_framework_row (store, framework, error) ||
      !insert_scale (store, framework, error) ||
      !insert_conditions (store, framework, error) ||
      !_grove_framework_insert_translations (store, framework, error))
    goto fail;

  if (!_grove_store_commit (store, error))
    {
      clear_ids (framework);
      return 0;
    }
  return framework->id;

fail:
  _grove_store_rollback (store);
  clear_ids (framework);
  return 0;
}

gboolean
_grove_framework_install_builtin (GroveStore  *store,
                                  GError     **error)
{
  g_autoptr(GroveFramework) framework = grove_framework_load_builtin (error);

  if (framework == NULL)
    return FALSE;
  /* This runs in the step that creates frameworks, before the schema had
   * a place for translations; the step that adds one brings them in. */
  g_hash_table_remove_all (framework->translations);
  return grove_framework_import (store, framework, error) != 0;
}

#define FRAMEWORK_COLUMNS \
  "id, key, title, description, version, source, builtin, not_observed_label FROM framework"

static GroveFramework *
read_framework_row (sqlite3_stmt *stmt)
{
  GroveFramework *framework = _grove_framework_new ();

  framework->id = sqlite3_column_int64 (stmt, 0);
  framework->key = _grove_store_dup_text (stmt, 1);
  framework->title = _grove_store_dup_text (stmt, 2);
  framework->description = _grove_store_dup_text (stmt, 3);
  framework->version = _grove_store_dup_text (stmt, 4);
  framework->source = _grove_store_dup_text (stmt, 5);
  framework->builtin = sqlite3_column_int (stmt, 6) != 0;
  framework->not_observed_label = _grove_store_dup_text (stmt, 7);
  return framework;
}

static gboolean
load_scale (GroveStore      *store,
            GroveFramework  *framework,
            GError         **error)
{
  sqlite3_stmt *stmt = _grove_store_prepare (store,
    "SELECT value, label FROM framework_scale_point WHERE framework_id = ?1 ORDER BY value", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, framework->id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      GroveFrameworkScalePoint *point = g_new0 (GroveFrameworkScalePoint, 1);

      point->value = sqlite3_column_int (stmt, 0);
      point->label = _grove_store_dup_text (stmt, 1);
      g_ptr_array_add (framework->scale, point);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _grove_store_set_error (store, rc, _("reading a framework"), error);
      return FALSE;
    }
  return TRUE;
}

/* One query for all statements: the conditions arrive in order, each
 * condition's statements together, so a change of condition id starts the
 * next condition. */
static gboolean
load_conditions (GroveStore      *store,
                 GroveFramework  *framework,
                 GError         **error)
{
  sqlite3_stmt *stmt = _grove_store_prepare (store,
    "SELECT c.id, c.key, c.title, c.description, s.id, s.key, s.text "
    "FROM framework_condition c LEFT JOIN framework_statement s ON s.condition_id = c.id "
    "WHERE c.framework_id = ?1 ORDER BY c.position, s.position", error);
  GroveFrameworkCondition *condition = NULL;
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, framework->id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      if (condition == NULL || condition->id != sqlite3_column_int64 (stmt, 0))
        {
          condition = _grove_framework_condition_new ();
          condition->id = sqlite3_column_int64 (stmt, 0);
          condition->key = _grove_store_dup_text (stmt, 1);
          condition->title = _grove_store_dup_text (stmt, 2);
          condition->description = _grove_store_dup_text (stmt, 3);
          g_ptr_array_add (framework->conditions, condition);
        }
      if (sqlite3_column_type (stmt, 4) != SQLITE_NULL)
        {
          GroveFrameworkStatement *statement = g_new0 (GroveFrameworkStatement, 1);

          statement->id = sqlite3_column_int64 (stmt, 4);
          statement->key = _grove_store_dup_text (stmt, 5);
          statement->text = _grove_store_dup_text (stmt, 6);
          g_ptr_array_add (condition->statements, statement);
        }
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _grove_store_set_error (store, rc, _("reading a framework"), error);
      return FALSE;
    }
  return TRUE;
}

/**
 * grove_framework_list:
 *
 * Returns: (transfer full) (element-type GroveFramework): every stored
 *   framework with its scale but without conditions, the built-in first
 */
GPtrArray *
grove_framework_list (GroveStore  *store,
                      GError     **error)
{
  g_autoptr(GPtrArray) frameworks = g_ptr_array_new_with_free_func ((GDestroyNotify) grove_framework_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (GROVE_IS_STORE (store), NULL);

  stmt = _grove_store_prepare (store, "SELECT " FRAMEWORK_COLUMNS " ORDER BY builtin DESC, title, id", error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (frameworks, read_framework_row (stmt));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _grove_store_set_error (store, rc, _("listing frameworks"), error);
      return NULL;
    }

  for (guint i = 0; i < frameworks->len; i++)
    if (!load_scale (store, g_ptr_array_index (frameworks, i), error) ||
        !_grove_framework_load_translations (store, g_ptr_array_index (frameworks, i), error))
      return NULL;
  return g_steal_pointer (&frameworks);
}

static GroveFramework *
get_framework (GroveStore   *store,
               sqlite3_stmt *stmt,
               const char   *wanted,
               GError      **error)
{
  g_autoptr(GroveFramework) framework = NULL;
  int rc = sqlite3_step (stmt);

  if (rc == SQLITE_ROW)
    framework = read_framework_row (stmt);
  sqlite3_reset (stmt);

  if (rc == SQLITE_DONE)
    {
      g_set_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_NOT_FOUND,
                   _("There is no framework “%s”."), wanted);
      return NULL;
    }
  if (rc != SQLITE_ROW)
    {
      _grove_store_set_error (store, rc, _("reading a framework"), error);
      return NULL;
    }
  if (!load_scale (store, framework, error) || !load_conditions (store, framework, error) ||
      !_grove_framework_load_translations (store, framework, error))
    return NULL;
  return g_steal_pointer (&framework);
}

/**
 * grove_framework_get:
 *
 * Returns: (transfer full): the framework with its scale, conditions and
 *   statements, or %NULL with @error set (%GROVE_STORE_ERROR_NOT_FOUND)
 */
GroveFramework *
grove_framework_get (GroveStore  *store,
                     gint64       id,
                     GError     **error)
{
  g_autofree char *wanted = g_strdup_printf ("%" G_GINT64_FORMAT, id);
  sqlite3_stmt *stmt;

  g_return_val_if_fail (GROVE_IS_STORE (store), NULL);

  stmt = _grove_store_prepare (store, "SELECT " FRAMEWORK_COLUMNS " WHERE id = ?1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  return get_framework (store, stmt, wanted, error);
}

GroveFramework *
grove_framework_get_by_key (GroveStore  *store,
                            const char  *key,
                            GError     **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (GROVE_IS_STORE (store), NULL);
  g_return_val_if_fail (key != NULL, NULL);

  stmt = _grove_store_prepare (store, "SELECT " FRAMEWORK_COLUMNS " WHERE key = ?1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_TRANSIENT);
  return get_framework (store, stmt, key, error);
}
