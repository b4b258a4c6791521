/* grove-org-people.c: adding and changing people
 *
 * Each public function is one transaction, and the checks run inside it, so
 * that another program writing between the check and the write cannot
 * slip a cycle or a duplicate past them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "grove-org-private.h"

static gboolean
is_blank (const char *text)
{
  return text == NULL || text[strspn (text, " \t\n\r\f\v")] == '\0';
}

/* Deliberately loose: the address is for people to read and for exports,
 * and only the mail system can say whether it works. */
static gboolean
looks_like_email (const char *email)
{
  const char *at = strchr (email, '@');

  return at != NULL && at != email && at[1] != '\0' && strchr (at + 1, '@') == NULL &&
         strpbrk (email, " \t\n\r,;<>") == NULL;
}

static gboolean
check_email_free (GroveStore         *store,
                  const GrovePerson  *person,
                  GError            **error)
{
  g_autofree char *holder = NULL;
  sqlite3_stmt *stmt;
  int rc;

  stmt = _grove_store_prepare (store,
                               "SELECT name FROM person WHERE email = ?1 COLLATE NOCASE AND id IS NOT ?2",
                               error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, person->email, -1, SQLITE_TRANSIENT);
  _grove_store_bind_id (stmt, 2, person->id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    holder = _grove_store_dup_text (stmt, 0);
  sqlite3_reset (stmt);

  if (rc == SQLITE_ROW)
    {
      g_set_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_CONSTRAINT,
                   _("The email address “%s” already belongs to %s."), person->email, holder);
      return FALSE;
    }
  if (rc != SQLITE_DONE)
    {
      _grove_store_set_error (store, rc, _("reading people"), error);
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_unit (GroveStore         *store,
            const GrovePerson  *person,
            GError            **error)
{
  g_autoptr(GroveOrgUnit) unit = NULL;

  if (person->unit_id == 0)
    return TRUE;
  unit = grove_org_get_unit (store, person->unit_id, error);
  if (unit == NULL)
    return FALSE;
  if (unit->kind == GROVE_ORG_UNIT_ORGANISATION)
    {
      g_set_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_INVALID,
                   _("%s cannot belong to the organisation “%s” as a whole: choose a directorate or a team."),
                   person->name, unit->name);
      return FALSE;
    }
  return TRUE;
}

/* Someone who has left manages nobody who is still here, so the lines that
 * matching and the conversation planner follow are all of present people. */
static gboolean
check_manager_present (GroveStore  *store,
                       const char  *person_name,
                       gint64       manager_id,
                       GError     **error)
{
  g_autoptr(GrovePerson) manager = NULL;

  if (manager_id == 0)
    return TRUE;
  manager = grove_org_get_person (store, manager_id, error);
  if (manager == NULL)
    return FALSE;
  if (manager->archived)
    {
      g_set_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_CONSTRAINT,
                   _("%s cannot report to %s, who has left the organisation."),
                   person_name, manager->name);
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_manages_nobody_present (GroveStore  *store,
                              gint64       person_id,
                              const char  *person_name,
                              GError     **error)
{
  sqlite3_stmt *stmt;
  int count = 0;
  int rc;

  stmt = _grove_store_prepare (store, "SELECT count(*) FROM person WHERE manager_id = ?1 AND archived = 0", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, person_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    count = sqlite3_column_int (stmt, 0);
  sqlite3_reset (stmt);

  if (rc != SQLITE_ROW)
    {
      _grove_store_set_error (store, rc, _("reading people"), error);
      return FALSE;
    }
  if (count > 0)
    {
      g_set_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_CONSTRAINT,
                   g_dngettext (GETTEXT_PACKAGE,
                                "%s still manages %d person: give them a new line manager first.",
                                "%s still manages %d people: give them a new line manager first.",
                                count),
                   person_name, count);
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_person (GroveStore         *store,
              const GrovePerson  *person,
              GError            **error)
{
  if (is_blank (person->name))
    {
      g_set_error_literal (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_INVALID,
                           _("A person needs a name."));
      return FALSE;
    }
  if (!is_blank (person->email) && !looks_like_email (person->email))
    {
      g_set_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_INVALID,
                   _("“%s” is not an email address."), person->email);
      return FALSE;
    }
  if (!is_blank (person->start_date) && !grove_person_date_is_valid (person->start_date))
    {
      g_set_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_INVALID,
                   _("The start date “%s” is not a date: write it as YYYY-MM-DD, for example 2024-04-01."),
                   person->start_date);
      return FALSE;
    }
  for (guint i = 0; person->languages != NULL && person->languages[i] != NULL; i++)
    if (is_blank (person->languages[i]))
      {
        g_set_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_INVALID,
                     _("A language of %s is empty."), person->name);
        return FALSE;
      }

  if (!is_blank (person->email) && !check_email_free (store, person, error))
    return FALSE;
  if (!check_unit (store, person, error))
    return FALSE;
  if (!person->archived && !check_manager_present (store, person->name, person->manager_id, error))
    return FALSE;
  if (person->archived && person->id > 0 &&
      !check_manages_nobody_present (store, person->id, person->name, error))
    return FALSE;
  return _grove_org_check_manager (store, person->id, person->manager_id, error);
}

static gboolean
write_languages (GroveStore         *store,
                 const GrovePerson  *person,
                 GError            **error)
{
  sqlite3_stmt *stmt;

  if (person->id > 0)
    {
      stmt = _grove_store_prepare (store, "DELETE FROM person_language WHERE person_id = ?1", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, person->id);
      if (!_grove_store_exec_stmt (store, stmt, _("saving a person’s languages"), error))
        return FALSE;
    }

  for (guint i = 0; person->languages != NULL && person->languages[i] != NULL; i++)
    {
      g_autofree char *language = g_strstrip (g_strdup (person->languages[i]));

      /* OR IGNORE: the same language twice is the same fact. */
      stmt = _grove_store_prepare (store,
                                   "INSERT OR IGNORE INTO person_language (person_id, language) VALUES (?1, ?2)",
                                   error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, person->id);
      sqlite3_bind_text (stmt, 2, language, -1, SQLITE_TRANSIENT);
      if (!_grove_store_exec_stmt (store, stmt, _("saving a person’s languages"), error))
        return FALSE;
    }
  return TRUE;
}

static void
bind_person (sqlite3_stmt      *stmt,
             const GrovePerson *person)
{
  g_autofree char *name = g_strstrip (g_strdup (person->name));
  g_autofree char *email = person->email != NULL ? g_strstrip (g_strdup (person->email)) : NULL;

  _grove_store_bind_text (stmt, 1, name);
  _grove_store_bind_text (stmt, 2, email);
  _grove_store_bind_id (stmt, 3, person->unit_id);
  _grove_store_bind_id (stmt, 4, person->manager_id);
  _grove_store_bind_text (stmt, 5, person->grade);
  _grove_store_bind_text (stmt, 6, person->profession);
  _grove_store_bind_text (stmt, 7, person->location);
  _grove_store_bind_text (stmt, 8, person->start_date);
  sqlite3_bind_int (stmt, 9, person->archived ? 1 : 0);
}

gboolean
_grove_org_insert_person (GroveStore   *store,
                          GrovePerson  *person,
                          GError      **error)
{
  sqlite3_stmt *stmt;

  stmt = _grove_store_prepare (store,
                               "INSERT INTO person (name, email, unit_id, manager_id, grade, profession,"
                               "  location, start_date, archived) "
                               "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                               error);
  if (stmt == NULL)
    return FALSE;
  bind_person (stmt, person);
  if (!_grove_store_exec_stmt (store, stmt, _("saving a person"), error))
    return FALSE;
  person->id = sqlite3_last_insert_rowid (_grove_store_get_handle (store));
  if (!write_languages (store, person, error))
    {
      person->id = 0;
      return FALSE;
    }
  return TRUE;
}

static gboolean
add_checked (GroveStore   *store,
             GrovePerson  *person,
             GError      **error)
{
  if (person->id != 0)
    {
      g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, person->id);

      g_set_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_INVALID,
                   _("%s is already stored (id %s)."), person->name, number);
      return FALSE;
    }
  return check_person (store, person, error) && _grove_org_insert_person (store, person, error);
}

/**
 * grove_org_add_person:
 * @person: a person not yet stored (id 0); on success its id is set
 *
 * Returns: the new id, or 0 with @error set
 */
gint64
grove_org_add_person (GroveStore   *store,
                      GrovePerson  *person,
                      GError      **error)
{
  g_return_val_if_fail (GROVE_IS_STORE (store), 0);
  g_return_val_if_fail (person != NULL, 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  if (!_grove_store_begin (store, error))
    return 0;
  if (!add_checked (store, person, error))
    {
      _grove_store_rollback (store);
      return 0;
    }
  if (!_grove_store_commit (store, error))
    {
      person->id = 0;
      return 0;
    }
  return person->id;
}

/**
 * grove_org_add_people:
 * @people: (element-type GrovePerson): people not yet stored; on success
 *   each one's id is set
 *
 * Adds all of @people or, if any one is refused, none of them: an import is
 * never left half done. The error names the person that was refused.
 *
 * Returns: FALSE with @error set when nothing was added
 */
gboolean
grove_org_add_people (GroveStore  *store,
                      GPtrArray   *people,
                      GError     **error)
{
  guint i;

  g_return_val_if_fail (GROVE_IS_STORE (store), FALSE);
  g_return_val_if_fail (people != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_grove_store_begin (store, error))
    return FALSE;
  for (i = 0; i < people->len; i++)
    {
      GrovePerson *person = g_ptr_array_index (people, i);

      if (!add_checked (store, person, error))
        {
          g_prefix_error (error, _("Nothing was added. Person %u of %u (%s): "),
                          i + 1, people->len, person->name != NULL ? person->name : "");
          break;
        }
    }
  if (i == people->len && _grove_store_commit (store, error))
    return TRUE;

  if (i < people->len)
    _grove_store_rollback (store);
  for (guint j = 0; j < i; j++)
    ((GrovePerson *) g_ptr_array_index (people, j))->id = 0;
  return FALSE;
}

/**
 * grove_org_update_person:
 * @person: a stored person with the new values of every field
 *
 * Returns: FALSE with @error set when nothing was changed
 */
gboolean
grove_org_update_person (GroveStore         *store,
                         const GrovePerson  *person,
                         GError            **error)
{
  g_autofree char *stored_name = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (GROVE_IS_STORE (store), FALSE);
  g_return_val_if_fail (person != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_grove_store_begin (store, error))
    return FALSE;
  if ((stored_name = _grove_org_get_person_name (store, person->id, error)) == NULL ||
      !check_person (store, person, error) ||
      (stmt = _grove_store_prepare (store,
                                    "UPDATE person SET name = ?1, email = ?2, unit_id = ?3, manager_id = ?4,"
                                    "  grade = ?5, profession = ?6, location = ?7, start_date = ?8, archived = ?9 "
                                    "WHERE id = ?10",
                                    error)) == NULL)
    goto fail;
  bind_person (stmt, person);
  sqlite3_bind_int64 (stmt, 10, person->id);
  if (!_grove_store_exec_stmt (store, stmt, _("saving a person"), error) ||
      !write_languages (store, person, error))
    goto fail;
  return _grove_store_commit (store, error);

fail:
  _grove_store_rollback (store);
  return FALSE;
}

/**
 * grove_org_set_manager:
 * @manager_id: the new line manager, or 0 for none
 *
 * Refuses (%GROVE_STORE_ERROR_CONSTRAINT) a change that would make anyone
 * their own manager, directly or through others, or a manager who has left.
 *
 * Returns: FALSE with @error set when nothing was changed
 */
gboolean
grove_org_set_manager (GroveStore  *store,
                       gint64       person_id,
                       gint64       manager_id,
                       GError     **error)
{
  g_autofree char *name = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (GROVE_IS_STORE (store), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_grove_store_begin (store, error))
    return FALSE;
  if ((name = _grove_org_get_person_name (store, person_id, error)) == NULL ||
      !_grove_org_check_manager (store, person_id, manager_id, error) ||
      !check_manager_present (store, name, manager_id, error) ||
      (stmt = _grove_store_prepare (store, "UPDATE person SET manager_id = ?2 WHERE id = ?1", error)) == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, person_id);
  _grove_store_bind_id (stmt, 2, manager_id);
  if (!_grove_store_exec_stmt (store, stmt, _("saving a line manager"), error))
    goto fail;
  return _grove_store_commit (store, error);

fail:
  _grove_store_rollback (store);
  return FALSE;
}

static gboolean
set_archived (GroveStore  *store,
              gint64       person_id,
              gboolean     archived,
              GError     **error)
{
  g_autoptr(GrovePerson) person = NULL;
  sqlite3_stmt *stmt;

  if (!_grove_store_begin (store, error))
    return FALSE;
  if ((person = grove_org_get_person (store, person_id, error)) == NULL)
    goto fail;
  if (archived
      ? !check_manages_nobody_present (store, person_id, person->name, error)
      : !check_manager_present (store, person->name, person->manager_id, error))
    goto fail;
  stmt = _grove_store_prepare (store, "UPDATE person SET archived = ?2 WHERE id = ?1", error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, person_id);
  sqlite3_bind_int (stmt, 2, archived ? 1 : 0);
  if (!_grove_store_exec_stmt (store, stmt, _("saving a person"), error))
    goto fail;
  return _grove_store_commit (store, error);

fail:
  _grove_store_rollback (store);
  return FALSE;
}

/**
 * grove_org_archive_person:
 *
 * Marks someone as having left. They keep their history (IPDRs, coaching)
 * but drop out of lists and matching. Refused while they still manage
 * anyone who has not left.
 *
 * Returns: FALSE with @error set when nothing was changed
 */
gboolean
grove_org_archive_person (GroveStore  *store,
                          gint64       person_id,
                          GError     **error)
{
  g_return_val_if_fail (GROVE_IS_STORE (store), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return set_archived (store, person_id, TRUE, error);
}

/**
 * grove_org_restore_person:
 *
 * Brings back someone who was archived. Refused while their line manager has
 * left; give them another manager first.
 *
 * Returns: FALSE with @error set when nothing was changed
 */
gboolean
grove_org_restore_person (GroveStore  *store,
                          gint64       person_id,
                          GError     **error)
{
  g_return_val_if_fail (GROVE_IS_STORE (store), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return set_archived (store, person_id, FALSE, error);
}
