/* grove-framework-text.c: a framework's text in other languages
 *
 * The English wording is the framework's own and stays in the structs; other
 * languages sit beside it, each text named by a path built from the stable
 * ids of the XML ("statement/value-growth/able-to-improve") rather than by
 * database ids, so that a translation means the same thing in a file, in any
 * database and in memory.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "grove-framework-private.h"
#include "grove-store-private.h"

gboolean
_grove_framework_add_translation (GroveFramework *framework,
                                  const char     *language,
                                  const char     *path,
                                  const char     *text)
{
  GHashTable *texts = g_hash_table_lookup (framework->translations, language);

  if (texts == NULL)
    {
      texts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
      g_hash_table_insert (framework->translations, g_strdup (language), texts);
    }
  if (g_hash_table_contains (texts, path))
    return FALSE;
  g_hash_table_insert (texts, g_strdup (path), g_strdup (text));
  return TRUE;
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/**
 * grove_framework_dup_languages:
 *
 * Returns: (transfer full): the languages @framework has text in besides
 *   English, sorted
 */
char **
grove_framework_dup_languages (const GroveFramework *framework)
{
  GHashTableIter iter;
  gpointer language;
  GPtrArray *languages;

  g_return_val_if_fail (framework != NULL, NULL);

  languages = g_ptr_array_new ();
  g_hash_table_iter_init (&iter, framework->translations);
  while (g_hash_table_iter_next (&iter, &language, NULL))
    g_ptr_array_add (languages, g_strdup (language));
  g_ptr_array_sort (languages, compare_strings);
  g_ptr_array_add (languages, NULL);
  return (char **) g_ptr_array_free (languages, FALSE);
}

static const GroveFrameworkCondition *
find_condition (const GroveFramework *framework,
                const char           *key)
{
  for (guint i = 0; i < framework->conditions->len; i++)
    {
      const GroveFrameworkCondition *condition = g_ptr_array_index (framework->conditions, i);

      if (g_strcmp0 (condition->key, key) == 0)
        return condition;
    }
  return NULL;
}

static const char *
english_text (const GroveFramework *framework,
              const char           *path)
{
  g_auto(GStrv) parts = g_strsplit (path, "/", 3);
  const GroveFrameworkCondition *condition;

  switch (g_strv_length (parts))
    {
    case 1:
      if (g_str_equal (path, "title"))
        return framework->title;
      if (g_str_equal (path, "description"))
        return framework->description;
      if (g_str_equal (path, "not-observed"))
        return framework->not_observed_label;
      return NULL;
    case 2:
      if (!g_str_equal (parts[0], "point"))
        return NULL;
      return grove_framework_scale_label (framework, (int) g_ascii_strtoll (parts[1], NULL, 10));
    case 3:
      if ((condition = find_condition (framework, parts[1])) == NULL)
        return NULL;
      if (g_str_equal (parts[0], "condition"))
        return g_str_equal (parts[2], "title") ? condition->title
             : g_str_equal (parts[2], "description") ? condition->description
             : NULL;
      if (!g_str_equal (parts[0], "statement"))
        return NULL;
      for (guint i = 0; i < condition->statements->len; i++)
        {
          const GroveFrameworkStatement *statement = g_ptr_array_index (condition->statements, i);

          if (g_strcmp0 (statement->key, parts[2]) == 0)
            return statement->text;
        }
      return NULL;
    default:
      return NULL;
    }
}

/**
 * grove_framework_get_text:
 * @path: which text, e.g. "condition/value-growth/title"
 * @language: (nullable): e.g. "cy"; %NULL for English
 *
 * Returns: (nullable): the text at @path in @language, or in English when
 *   it has not been translated into @language; %NULL if there is no such
 *   text
 */
const char *
grove_framework_get_text (const GroveFramework *framework,
                          const char           *path,
                          const char           *language)
{
  GHashTable *texts;
  const char *text;

  g_return_val_if_fail (framework != NULL, NULL);
  g_return_val_if_fail (path != NULL, NULL);

  if (language != NULL &&
      (texts = g_hash_table_lookup (framework->translations, language)) != NULL &&
      (text = g_hash_table_lookup (texts, path)) != NULL)
    return text;
  return english_text (framework, path);
}

/* English needs no translation; "C" is the untranslated program, which is
 * English too. */
static gboolean
is_english (const char *name)
{
  return g_str_equal (name, "C") || g_str_equal (name, "POSIX") ||
         (g_str_has_prefix (name, "en") && strchr ("_.@", name[2]) != NULL);
}

/**
 * grove_framework_pick_language:
 * @languages: (nullable) (array zero-terminated=1): the reader's languages,
 *   most wanted first, as g_get_language_names() gives them; %NULL for
 *   g_get_language_names()
 *
 * Returns: (nullable): the first of @languages that @framework has text
 *   in, or %NULL for English (when English comes first, or no language
 *   matches)
 */
const char *
grove_framework_pick_language (const GroveFramework *framework,
                               const char * const   *languages)
{
  g_return_val_if_fail (framework != NULL, NULL);

  if (languages == NULL)
    languages = g_get_language_names ();
  for (guint i = 0; languages[i] != NULL; i++)
    {
      gpointer language;

      if (is_english (languages[i]))
        return NULL;
      if (g_hash_table_lookup_extended (framework->translations, languages[i], &language, NULL))
        return language;
    }
  return NULL;
}

static void
replace_text (char       **text,
              GHashTable  *texts,
              const char  *path)
{
  const char *translated = g_hash_table_lookup (texts, path);

  if (translated != NULL)
    {
      g_free (*text);
      *text = g_strdup (translated);
    }
}

static void
localize_condition (GroveFrameworkCondition *condition,
                    GHashTable              *texts)
{
  g_autofree char *title = g_strdup_printf ("condition/%s/title", condition->key);
  g_autofree char *description = g_strdup_printf ("condition/%s/description", condition->key);

  replace_text (&condition->title, texts, title);
  replace_text (&condition->description, texts, description);
  for (guint i = 0; i < condition->statements->len; i++)
    {
      GroveFrameworkStatement *statement = g_ptr_array_index (condition->statements, i);
      g_autofree char *path = g_strdup_printf ("statement/%s/%s", condition->key, statement->key);

      replace_text (&statement->text, texts, path);
    }
}

/**
 * grove_framework_localize:
 * @languages: (nullable): as for grove_framework_pick_language()
 *
 * Puts the text in the best of @languages in place of the English, text by
 * text: what is not translated stays English. For a copy that is shown, not
 * one that is stored or exported.
 */
void
grove_framework_localize (GroveFramework     *framework,
                          const char * const *languages)
{
  const char *language;
  GHashTable *texts;

  g_return_if_fail (framework != NULL);

  if ((language = grove_framework_pick_language (framework, languages)) == NULL)
    return;
  texts = g_hash_table_lookup (framework->translations, language);

  replace_text (&framework->title, texts, "title");
  replace_text (&framework->description, texts, "description");
  replace_text (&framework->not_observed_label, texts, "not-observed");
  for (guint i = 0; i < framework->scale->len; i++)
    {
      GroveFrameworkScalePoint *point = g_ptr_array_index (framework->scale, i);
      g_autofree char *path = g_strdup_printf ("point/%d", point->value);

      replace_text (&point->label, texts, path);
    }
  for (guint i = 0; i < framework->conditions->len; i++)
    localize_condition (g_ptr_array_index (framework->conditions, i), texts);
}

/* Storage */

gboolean
_grove_framework_insert_translations (GroveStore      *store,
                                      GroveFramework  *framework,
                                      GError         **error)
{
  GHashTableIter languages;
  gpointer language;
  gpointer texts;

  g_hash_table_iter_init (&languages, framework->translations);
  while (g_hash_table_iter_next (&languages, &language, &texts))
    {
      GHashTableIter paths;
      gpointer path;
      gpointer text;

      g_hash_table_iter_init (&paths, texts);
      while (g_hash_table_iter_next (&paths, &path, &text))
        {
          sqlite3_stmt *stmt = _grove_store_prepare (store,
            "INSERT INTO framework_translation (framework_id, language, path, text) "
            "VALUES (?1, ?2, ?3, ?4)", error);

          if (stmt == NULL)
            return FALSE;
          sqlite3_bind_int64 (stmt, 1, framework->id);
          sqlite3_bind_text (stmt, 2, language, -1, SQLITE_TRANSIENT);
          sqlite3_bind_text (stmt, 3, path, -1, SQLITE_TRANSIENT);
          sqlite3_bind_text (stmt, 4, text, -1, SQLITE_TRANSIENT);
          if (!_grove_store_exec_stmt (store, stmt, _("saving a framework"), error))
            return FALSE;
        }
    }
  return TRUE;
}

gboolean
_grove_framework_load_translations (GroveStore      *store,
                                    GroveFramework  *framework,
                                    GError         **error)
{
  sqlite3_stmt *stmt = _grove_store_prepare (store,
    "SELECT language, path, text FROM framework_translation WHERE framework_id = ?1", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, framework->id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    _grove_framework_add_translation (framework,
                                      (const char *) sqlite3_column_text (stmt, 0),
                                      (const char *) sqlite3_column_text (stmt, 1),
                                      (const char *) sqlite3_column_text (stmt, 2));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _grove_store_set_error (store, rc, _("reading a framework"), error);
      return FALSE;
    }
  return TRUE;
}

gboolean
_grove_framework_install_builtin_translations (GroveStore  *store,
                                               GError     **error)
{
  g_autoptr(GroveFramework) framework = grove_framework_load_builtin (error);
  sqlite3_stmt *stmt;
  int rc;

  if (framework == NULL)
    return FALSE;
  stmt = _grove_store_prepare (store, "SELECT id FROM framework WHERE key = ?1 AND builtin = 1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, framework->key, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    framework->id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      _grove_store_set_error (store, rc, _("upgrading the database"), error);
      return FALSE;
    }
  /* The paths name conditions and statements by their XML ids, which the
   * stored copy shares, so the shipped translations fit it as they are. */
  return rc == SQLITE_DONE || _grove_framework_insert_translations (store, framework, error);
}
