/* grove-people-csv.c: the organisation's people and units to and from CSV
 *
 * One row per person, as an HR system exports them. The header names the
 * columns, in any order and any case ("Start date" is start_date):
 *
 *   name           required
 *   email          matches the row to someone already in Grove
 *   organisation   needed only while Grove holds no organisation yet
 *   directorate    created under the organisation when new
 *   team           created under the directorate (or the organisation) when new
 *   manager        the line manager's email, or their name when unique
 *   grade, profession, location
 *   languages      separated by ";" (or ",")
 *   start_date     YYYY-MM-DD, or DD/MM/YYYY as UK systems write it
 *   archived       yes/no, true/false, 1/0; empty for no
 *
 * A row whose email (or, without one, whose name) is already in Grove
 * updates that person: the columns the file has replace what was stored,
 * and the ones it lacks are kept. Any other row adds a person. Managers are
 * resolved after every row is read, so a row may name a manager further
 * down the file.
 *
 * The whole file goes in one transaction: it is imported whole or not at
 * all, and the first problem is reported as "file:line:column: message".
 * The export writes the same columns, so an export imports back as it was.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include "grove-org.h"
#include "grove-people-csv.h"
#include "grove-store-private.h"

typedef enum {
  COL_NAME, COL_EMAIL, COL_ORGANISATION, COL_DIRECTORATE, COL_TEAM, COL_MANAGER,
  COL_GRADE, COL_PROFESSION, COL_LOCATION, COL_LANGUAGES, COL_START_DATE, COL_ARCHIVED,
  N_COLUMNS
} Column;

static const char * const column_names[N_COLUMNS] = {
  "name", "email", "organisation", "directorate", "team", "manager",
  "grade", "profession", "location", "languages", "start_date", "archived",
};

typedef struct {
  const char *name;
  Column      column;
} Alias;

/* What HR extracts commonly call the same things. */
static const Alias aliases[] = {
  { "full_name", COL_NAME },
  { "email_address", COL_EMAIL },
  { "organization", COL_ORGANISATION },
  { "line_manager", COL_MANAGER },
  { "line_manager_email", COL_MANAGER },
  { "unit", COL_TEAM },
  { "language", COL_LANGUAGES },
  { "start", COL_START_DATE },
  { "left", COL_ARCHIVED },
};

typedef struct {
  GroveStore     *store;
  GroveCsvReader *reader;
  const char     *name;
  guint           columns[N_COLUMNS];  /* field index + 1; 0 when absent */
  guint           n_fields;            /* in the header */
  GPtrArray      *units;               /* (element-type GroveOrgUnit) */
  GHashTable     *unit_by_key;         /* "parent id/casefolded name" -> GroveOrgUnit */
  GPtrArray      *people;              /* (element-type GrovePerson): everyone, stored */
  GHashTable     *by_email;            /* casefolded email -> GrovePerson */
  GHashTable     *by_name;             /* casefolded name -> GPtrArray of GrovePerson */
  GHashTable     *rows_by_person;      /* GrovePerson -> line of the file that set it */
  GPtrArray      *managers;            /* (element-type ManagerRef) */
  GrovePeopleImportResult result;
} Import;

typedef struct {
  GrovePerson *person;
  char        *reference;
  guint        line;
} ManagerRef;

static void
manager_ref_free (ManagerRef *ref)
{
  g_free (ref->reference);
  g_free (ref);
}

static void
import_clear (Import *import)
{
  g_clear_pointer (&import->reader, grove_csv_reader_free);
  g_clear_pointer (&import->units, g_ptr_array_unref);
  g_clear_pointer (&import->unit_by_key, g_hash_table_unref);
  g_clear_pointer (&import->people, g_ptr_array_unref);
  g_clear_pointer (&import->by_email, g_hash_table_unref);
  g_clear_pointer (&import->by_name, g_hash_table_unref);
  g_clear_pointer (&import->rows_by_person, g_hash_table_unref);
  g_clear_pointer (&import->managers, g_ptr_array_unref);
}

static char *
header_key (const char *cell)
{
  g_autofree char *folded = g_utf8_casefold (cell, -1);
  char *key = g_strdup (g_strstrip (folded));

  for (char *p = key; *p != '\0'; p++)
    if (*p == ' ' || *p == '-')
      *p = '_';
  return key;
}

static gboolean
read_header (Import  *import,
             GError **error)
{
  g_autoptr(GroveCsvRecord) header = NULL;

  if (!grove_csv_reader_next (import->reader, &header, error))
    return FALSE;
  if (header == NULL)
    {
      grove_csv_set_error (error, GROVE_CSV_ERROR_INVALID, import->name, 1, 0,
                           _("the file is empty; expected a header row with at least a “name” column"));
      return FALSE;
    }
  for (guint f = 0; f < header->fields->len; f++)
    {
      g_autofree char *key = header_key (g_ptr_array_index (header->fields, f));
      int column = -1;

      for (guint c = 0; c < N_COLUMNS && column < 0; c++)
        if (g_str_equal (key, column_names[c]))
          column = c;
      for (guint a = 0; a < G_N_ELEMENTS (aliases) && column < 0; a++)
        if (g_str_equal (key, aliases[a].name))
          column = aliases[a].column;
      if (column < 0)
        {
          grove_csv_set_error (error, GROVE_CSV_ERROR_INVALID, import->name, header->line, f + 1,
                               _("unknown column “%s”; expected one of name, email, organisation, directorate, "
                                 "team, manager, grade, profession, location, languages, start_date, archived"),
                               (const char *) g_ptr_array_index (header->fields, f));
          return FALSE;
        }
      if (import->columns[column] != 0)
        {
          grove_csv_set_error (error, GROVE_CSV_ERROR_INVALID, import->name, header->line, f + 1,
                               _("a second “%s” column; each column may appear once"), column_names[column]);
          return FALSE;
        }
      import->columns[column] = f + 1;
    }
  import->n_fields = header->fields->len;
  if (import->columns[COL_NAME] == 0 && import->columns[COL_EMAIL] == 0)
    {
      grove_csv_set_error (error, GROVE_CSV_ERROR_INVALID, import->name, header->line, 0,
                           _("the header has neither a “name” nor an “email” column"));
      return FALSE;
    }
  return TRUE;
}

static void
index_person (Import      *import,
              GrovePerson *person)
{
  g_autofree char *name = g_utf8_casefold (person->name, -1);
  GPtrArray *same = g_hash_table_lookup (import->by_name, name);

  if (person->email != NULL)
    g_hash_table_insert (import->by_email, g_utf8_casefold (person->email, -1), person);
  if (same == NULL)
    {
      same = g_ptr_array_new ();
      g_hash_table_insert (import->by_name, g_steal_pointer (&name), same);
    }
  g_ptr_array_add (same, person);
}

static char *
unit_key (gint64      parent_id,
          const char *name)
{
  g_autofree char *folded = g_utf8_casefold (name, -1);

  return g_strdup_printf ("%" G_GINT64_FORMAT "/%s", parent_id, folded);
}

static void
index_unit (Import       *import,
            GroveOrgUnit *unit)
{
  g_hash_table_insert (import->unit_by_key, unit_key (unit->parent_id, unit->name), unit);
}

static gboolean
load (Import  *import,
      GError **error)
{
  if ((import->units = grove_org_list_units (import->store, error)) == NULL ||
      (import->people = grove_org_list_people (import->store, 0, TRUE, TRUE, error)) == NULL)
    return FALSE;
  g_ptr_array_set_free_func (import->people, (GDestroyNotify) grove_person_free);
  import->by_email = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  import->by_name = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_ptr_array_unref);
  import->rows_by_person = g_hash_table_new (NULL, NULL);
  import->managers = g_ptr_array_new_with_free_func ((GDestroyNotify) manager_ref_free);
  import->unit_by_key = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; i < import->units->len; i++)
    index_unit (import, g_ptr_array_index (import->units, i));
  for (guint i = 0; i < import->people->len; i++)
    index_person (import, g_ptr_array_index (import->people, i));
  return TRUE;
}

/* The cell of `column`, trimmed; NULL when the file has no such column. */
static const char *
cell (Import         *import,
      GroveCsvRecord *row,
      Column          column,
      char          **storage)
{
  if (import->columns[column] == 0)
    return NULL;
  g_free (*storage);
  *storage = g_strstrip (g_strdup (g_ptr_array_index (row->fields, import->columns[column] - 1)));
  return *storage;
}

static guint
cell_line (Import         *import,
           GroveCsvRecord *row,
           Column          column)
{
  return g_array_index (row->lines, guint, import->columns[column] - 1);
}

static void
set_cell_error (Import          *import,
                GroveCsvRecord  *row,
                Column           column,
                GError         **error,
                const char      *message)
{
  grove_csv_set_error (error, GROVE_CSV_ERROR_INVALID, import->name,
                       cell_line (import, row, column), import->columns[column], "%s", message);
}

static GroveOrgUnit *
find_unit (Import     *import,
           gint64      parent_id,
           const char *name)
{
  g_autofree char *key = unit_key (parent_id, name);

  return g_hash_table_lookup (import->unit_by_key, key);
}

static GroveOrgUnit *
find_or_add_unit (Import            *import,
                  GroveOrgUnitKind   kind,
                  const char        *name,
                  gint64             parent_id,
                  GError           **error)
{
  GroveOrgUnit *unit = find_unit (import, parent_id, name);
  gint64 id;

  if (unit != NULL)
    return unit;
  if ((id = grove_org_add_unit (import->store, kind, name, parent_id, error)) <= 0)
    return NULL;
  unit = grove_org_unit_new (kind, name, parent_id);
  unit->id = id;
  g_ptr_array_add (import->units, unit);
  index_unit (import, unit);
  import->result.units_added++;
  return unit;
}

/* The person's unit from the organisation, directorate and team cells,
 * created as needed; -1 with `error` set when they do not fit. */
static gint64
resolve_unit (Import          *import,
              GroveCsvRecord  *row,
              GError         **error)
{
  g_autofree char *organisation_cell = NULL, *directorate_cell = NULL, *team_cell = NULL;
  const char *organisation = cell (import, row, COL_ORGANISATION, &organisation_cell);
  const char *directorate = cell (import, row, COL_DIRECTORATE, &directorate_cell);
  const char *team = cell (import, row, COL_TEAM, &team_cell);
  GroveOrgUnit *root = NULL, *parent;

  for (guint i = 0; i < import->units->len && root == NULL; i++)
    if (((GroveOrgUnit *) g_ptr_array_index (import->units, i))->kind == GROVE_ORG_UNIT_ORGANISATION)
      root = g_ptr_array_index (import->units, i);

  if (organisation != NULL && organisation[0] != '\0')
    {
      if (root == NULL)
        root = find_or_add_unit (import, GROVE_ORG_UNIT_ORGANISATION, organisation, 0, error);
      else if (find_unit (import, 0, organisation) != root)
        {
          g_autofree char *message = g_strdup_printf (_("expected the organisation “%s”: Grove holds one organisation"),
                                                      root->name);
          set_cell_error (import, row, COL_ORGANISATION, error, message);
          return -1;
        }
      if (root == NULL)
        return -1;
    }
  if ((directorate == NULL || directorate[0] == '\0') && (team == NULL || team[0] == '\0'))
    return 0;
  if (root == NULL)
    {
      grove_csv_set_error (error, GROVE_CSV_ERROR_INVALID, import->name, row->line, 0,
                           _("there is no organisation yet for this person’s team: "
                             "add an “organisation” column naming it"));
      return -1;
    }

  parent = root;
  if (directorate != NULL && directorate[0] != '\0')
    {
      GroveOrgUnit *found = find_unit (import, root->id, directorate);

      if (found != NULL && found->kind != GROVE_ORG_UNIT_DIRECTORATE)
        {
          g_autofree char *message = g_strdup_printf (_("“%s” is a team, not a directorate"), directorate);
          set_cell_error (import, row, COL_DIRECTORATE, error, message);
          return -1;
        }
      if ((parent = find_or_add_unit (import, GROVE_ORG_UNIT_DIRECTORATE, directorate, root->id, error)) == NULL)
        return -1;
    }
  if (team == NULL || team[0] == '\0')
    return parent->id;
  if (parent == root)
    {
      GroveOrgUnit *found = find_unit (import, root->id, team);

      /* A team column naming a directorate places the person in it. */
      if (found != NULL)
        return found->id;
    }
  parent = find_or_add_unit (import, GROVE_ORG_UNIT_TEAM, team, parent->id, error);
  return parent != NULL ? parent->id : -1;
}

static gboolean
parse_archived (const char *text,
                gboolean   *archived)
{
  static const char * const yes[] = { "yes", "y", "true", "1", "archived", "left" };
  static const char * const no[] = { "", "no", "n", "false", "0" };
  g_autofree char *folded = g_utf8_casefold (text, -1);

  for (guint i = 0; i < G_N_ELEMENTS (yes); i++)
    if (g_str_equal (folded, yes[i]))
      return *archived = TRUE, TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (no); i++)
    if (g_str_equal (folded, no[i]))
      return *archived = FALSE, TRUE;
  return FALSE;
}

/* "YYYY-MM-DD" as it is, "DD/MM/YYYY" turned round; NULL when neither. */
static char *
parse_date (const char *text)
{
  guint day, month, year;
  char end;

  if (grove_person_date_is_valid (text))
    return g_strdup (text);
  if (sscanf (text, "%u/%u/%u%c", &day, &month, &year, &end) == 3 && year >= 1000 && year <= 9999)
    {
      g_autofree char *iso = g_strdup_printf ("%04u-%02u-%02u", year, month, day);

      if (grove_person_date_is_valid (iso))
        return g_steal_pointer (&iso);
    }
  return NULL;
}

static GStrv
parse_languages (const char *text)
{
  g_auto(GStrv) parts = g_strsplit_set (text, ";,", -1);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; parts[i] != NULL; i++)
    if (g_strstrip (parts[i])[0] != '\0')
      g_strv_builder_add (builder, parts[i]);
  return g_strv_builder_end (builder);
}

static void
replace (char      **field,
         const char *value)
{
  if (value == NULL)
    return;
  g_free (*field);
  *field = value[0] != '\0' ? g_strdup (value) : NULL;
}

/* The row's values over `person`, which is new or as stored. */
static gboolean
read_fields (Import          *import,
             GroveCsvRecord  *row,
             GrovePerson     *person,
             GError         **error)
{
  g_autofree char *storage = NULL;
  const char *text;

  replace (&person->name, cell (import, row, COL_NAME, &storage));
  replace (&person->email, cell (import, row, COL_EMAIL, &storage));
  replace (&person->grade, cell (import, row, COL_GRADE, &storage));
  replace (&person->profession, cell (import, row, COL_PROFESSION, &storage));
  replace (&person->location, cell (import, row, COL_LOCATION, &storage));
  if ((text = cell (import, row, COL_LANGUAGES, &storage)) != NULL)
    {
      g_strfreev (person->languages);
      person->languages = parse_languages (text);
    }
  if ((text = cell (import, row, COL_START_DATE, &storage)) != NULL)
    {
      g_autofree char *date = text[0] != '\0' ? parse_date (text) : NULL;

      if (text[0] != '\0' && date == NULL)
        {
          g_autofree char *message = g_strdup_printf (_("expected a date written YYYY-MM-DD or DD/MM/YYYY, found “%s”"),
                                                      text);
          set_cell_error (import, row, COL_START_DATE, error, message);
          return FALSE;
        }
      g_free (person->start_date);
      person->start_date = g_steal_pointer (&date);
    }
  if ((text = cell (import, row, COL_ARCHIVED, &storage)) != NULL && !parse_archived (text, &person->archived))
    {
      g_autofree char *message = g_strdup_printf (_("expected yes or no, found “%s”"), text);
      set_cell_error (import, row, COL_ARCHIVED, error, message);
      return FALSE;
    }
  return TRUE;
}

/* Someone already in Grove that the row is about, or NULL. */
static GrovePerson *
match_person (Import          *import,
              GroveCsvRecord  *row,
              GError         **error)
{
  g_autofree char *email_cell = NULL, *name_cell = NULL;
  const char *email = cell (import, row, COL_EMAIL, &email_cell);
  const char *name = cell (import, row, COL_NAME, &name_cell);
  g_autofree char *key = NULL;
  GrovePerson *found;
  GPtrArray *same;

  if (email != NULL && email[0] != '\0')
    {
      key = g_utf8_casefold (email, -1);
      found = g_hash_table_lookup (import->by_email, key);
    }
  else if (name == NULL)
    {
      set_cell_error (import, row, COL_EMAIL, error, _("the email is empty, and the file has no “name” column"));
      return NULL;
    }
  else
    {
      key = g_utf8_casefold (name, -1);
      same = g_hash_table_lookup (import->by_name, key);
      found = same != NULL && same->len == 1 ? g_ptr_array_index (same, 0) : NULL;
    }
  if (found != NULL && g_hash_table_contains (import->rows_by_person, found))
    {
      g_autofree char *message = g_strdup_printf (_("this is the person of line %u again"),
                                                  GPOINTER_TO_UINT (g_hash_table_lookup (import->rows_by_person, found)));
      set_cell_error (import, row, email != NULL && email[0] != '\0' ? COL_EMAIL : COL_NAME, error, message);
      return NULL;
    }
  return found;
}

static gboolean
read_row (Import          *import,
          GroveCsvRecord  *row,
          GError         **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GrovePerson) copy = NULL;
  g_autofree char *storage = NULL;
  GrovePerson *stored, *person;
  const char *manager;
  gint64 unit_id;

  if (row->fields->len != import->n_fields)
    {
      grove_csv_set_error (error, GROVE_CSV_ERROR_INVALID, import->name, row->line, 0,
                           _("expected %u fields, as in the header, found %u"),
                           import->n_fields, row->fields->len);
      return FALSE;
    }
  if (import->columns[COL_NAME] != 0 && cell (import, row, COL_NAME, &storage)[0] == '\0')
    {
      set_cell_error (import, row, COL_NAME, error, _("the name is empty"));
      return FALSE;
    }
  stored = match_person (import, row, &local_error);
  if (local_error != NULL)
    return g_propagate_error (error, g_steal_pointer (&local_error)), FALSE;
  if (stored == NULL && import->columns[COL_NAME] == 0)
    {
      set_cell_error (import, row, COL_EMAIL, error,
                      _("no one in Grove has this email, and without a “name” column no one can be added"));
      return FALSE;
    }
  if ((unit_id = resolve_unit (import, row, error)) < 0)
    return FALSE;

  copy = stored != NULL ? grove_person_copy (stored) : grove_person_new ("");
  if (!read_fields (import, row, copy, error))
    return FALSE;
  if (import->columns[COL_DIRECTORATE] != 0 || import->columns[COL_TEAM] != 0)
    copy->unit_id = unit_id;

  /* Managers come later, once everyone is in. */
  if (stored == NULL)
    copy->manager_id = 0;
  if (stored != NULL ? !grove_org_update_person (import->store, copy, &local_error)
                     : grove_org_add_person (import->store, copy, &local_error) <= 0)
    {
      grove_csv_set_error (error, GROVE_CSV_ERROR_INVALID, import->name, row->line, 0, "%s", local_error->message);
      return FALSE;
    }
  if (stored != NULL)
    {
      GPtrArray *same;
      g_autofree char *old_name = g_utf8_casefold (stored->name, -1);

      /* Re-index under the new name and email. */
      if (stored->email != NULL)
        {
          g_autofree char *old_email = g_utf8_casefold (stored->email, -1);
          g_hash_table_remove (import->by_email, old_email);
        }
      if ((same = g_hash_table_lookup (import->by_name, old_name)) != NULL)
        g_ptr_array_remove (same, stored);
      person = g_steal_pointer (&copy);
      g_ptr_array_add (import->people, person);
      g_ptr_array_remove_fast (import->people, stored);
      import->result.updated++;
    }
  else
    {
      person = g_steal_pointer (&copy);
      g_ptr_array_add (import->people, person);
      import->result.added++;
    }
  index_person (import, person);
  g_hash_table_insert (import->rows_by_person, person, GUINT_TO_POINTER (row->line));

  if ((manager = cell (import, row, COL_MANAGER, &storage)) != NULL)
    {
      ManagerRef *ref = g_new0 (ManagerRef, 1);

      ref->person = person;
      ref->reference = g_strdup (manager);
      ref->line = cell_line (import, row, COL_MANAGER);
      g_ptr_array_add (import->managers, ref);
    }
  return TRUE;
}

static gboolean
resolve_manager (Import      *import,
                 ManagerRef  *ref,
                 gint64      *manager_id,
                 GError     **error)
{
  g_autofree char *key = g_utf8_casefold (ref->reference, -1);
  guint column = import->columns[COL_MANAGER];
  GrovePerson *manager = NULL;

  *manager_id = 0;
  if (ref->reference[0] == '\0')
    return TRUE;
  if (strchr (ref->reference, '@') != NULL)
    manager = g_hash_table_lookup (import->by_email, key);
  else
    {
      GPtrArray *same = g_hash_table_lookup (import->by_name, key);

      if (same != NULL && same->len > 1)
        {
          grove_csv_set_error (error, GROVE_CSV_ERROR_INVALID, import->name, ref->line, column,
                               _("%u people are called “%s”: give the manager’s email instead"),
                               same->len, ref->reference);
          return FALSE;
        }
      if (same != NULL && same->len == 1)
        manager = g_ptr_array_index (same, 0);
    }
  if (manager == NULL)
    {
      grove_csv_set_error (error, GROVE_CSV_ERROR_INVALID, import->name, ref->line, column,
                           _("no one in this file or in Grove is “%s”; expected the line manager’s email or name"),
                           ref->reference);
      return FALSE;
    }
  *manager_id = manager->id;
  return TRUE;
}

/* Every manager the file gives is first cleared, then set: reporting lines
 * that the file turns round (Ann now manages Ben, who managed her) would
 * otherwise look like a loop halfway through. */
static gboolean
set_managers (Import  *import,
              GError **error)
{
  g_autofree gint64 *ids = g_new0 (gint64, import->managers->len + 1);

  for (guint i = 0; i < import->managers->len; i++)
    {
      ManagerRef *ref = g_ptr_array_index (import->managers, i);

      if (!resolve_manager (import, ref, &ids[i], error))
        return FALSE;
      if (ref->person->manager_id != 0 && !grove_org_set_manager (import->store, ref->person->id, 0, error))
        return FALSE;
    }
  for (guint i = 0; i < import->managers->len; i++)
    {
      ManagerRef *ref = g_ptr_array_index (import->managers, i);
      g_autoptr(GError) local_error = NULL;

      if (ids[i] == 0)
        continue;
      if (!grove_org_set_manager (import->store, ref->person->id, ids[i], &local_error))
        {
          grove_csv_set_error (error, GROVE_CSV_ERROR_INVALID, import->name, ref->line,
                               import->columns[COL_MANAGER], "%s", local_error->message);
          return FALSE;
        }
    }
  return TRUE;
}

static gboolean
run_import (Import                  *import,
            GrovePeopleImportResult *result,
            GError                 **error)
{
  import->name = grove_csv_reader_get_name (import->reader);
  if (!read_header (import, error) || !_grove_store_begin (import->store, error))
    return FALSE;
  if (!load (import, error))
    goto fail;
  for (;;)
    {
      g_autoptr(GroveCsvRecord) row = NULL;

      if (!grove_csv_reader_next (import->reader, &row, error))
        goto fail;
      if (row == NULL)
        break;
      if (!read_row (import, row, error))
        goto fail;
    }
  if (!set_managers (import, error) || !_grove_store_commit (import->store, error))
    goto fail;
  if (result != NULL)
    *result = import->result;
  return TRUE;

fail:
  _grove_store_rollback (import->store);
  return FALSE;
}

/**
 * grove_people_import_bytes:
 * @display_name: the file's name for messages
 * @limits: (nullable): the reader's limits, NULL for the defaults
 * @result: (out) (optional): what was added and updated
 *
 * Imports people (and the directorates and teams they belong to) from CSV,
 * all of them or, on any problem, none.
 *
 * Returns: FALSE with @error set (GROVE_CSV_ERROR or GROVE_STORE_ERROR) when
 *   nothing was imported
 */
gboolean
grove_people_import_bytes (GroveStore              *store,
                           GBytes                  *data,
                           const char              *display_name,
                           const GroveCsvLimits    *limits,
                           GrovePeopleImportResult *result,
                           GError                 **error)
{
  Import import = { .store = store };
  gboolean ok;

  g_return_val_if_fail (GROVE_IS_STORE (store), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  import.reader = grove_csv_reader_new_for_bytes (data, display_name, limits, error);
  ok = import.reader != NULL && run_import (&import, result, error);
  import_clear (&import);
  return ok;
}

/**
 * grove_people_import_file:
 *
 * As grove_people_import_bytes(), from the file at @path.
 */
gboolean
grove_people_import_file (GroveStore              *store,
                          const char              *path,
                          const GroveCsvLimits    *limits,
                          GrovePeopleImportResult *result,
                          GError                 **error)
{
  Import import = { .store = store };
  gboolean ok;

  g_return_val_if_fail (GROVE_IS_STORE (store), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  import.reader = grove_csv_reader_new_for_file (path, limits, error);
  ok = import.reader != NULL && run_import (&import, result, error);
  import_clear (&import);
  return ok;
}
