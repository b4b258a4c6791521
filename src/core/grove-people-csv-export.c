/* grove-people-csv-export.c: the organisation's people as CSV
 *
 * The columns grove-people-csv.c reads, so that an export imports back into
 * an empty database as it was: units by name, managers by email (or name).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "grove-import-csv.h"
#include "grove-org.h"
#include "grove-people-csv.h"

/**
 * grove_people_export_csv:
 * @include_archived: whether people who have left are written too
 *
 * Returns: (transfer full): CSV (RFC 4180, CRLF, a header row) in the form
 *   grove_people_import_bytes() reads, one row per person in the order they
 *   were added; NULL with @error set
 */
char *
grove_people_export_csv (GroveStore  *store,
                         gboolean     include_archived,
                         GError     **error)
{
  g_autoptr(GPtrArray) units = NULL;
  g_autoptr(GPtrArray) people = NULL;
  g_autoptr(GHashTable) unit_by_id = NULL;
  g_autoptr(GHashTable) person_by_id = NULL;
  GroveOrgUnit *root = NULL;
  GString *out;

  g_return_val_if_fail (GROVE_IS_STORE (store), NULL);

  if ((units = grove_org_list_units (store, error)) == NULL ||
      (people = grove_org_list_people (store, 0, TRUE, TRUE, error)) == NULL)
    return NULL;
  g_ptr_array_set_free_func (people, (GDestroyNotify) grove_person_free);
  unit_by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  person_by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  for (guint i = 0; i < units->len; i++)
    {
      GroveOrgUnit *unit = g_ptr_array_index (units, i);

      g_hash_table_insert (unit_by_id, &unit->id, unit);
      if (unit->kind == GROVE_ORG_UNIT_ORGANISATION && root == NULL)
        root = unit;
    }
  for (guint i = 0; i < people->len; i++)
    {
      GrovePerson *person = g_ptr_array_index (people, i);

      g_hash_table_insert (person_by_id, &person->id, person);
    }

  out = g_string_new ("name,email,organisation,directorate,team,manager,grade,profession,location,"
                      "languages,start_date,archived\r\n");
  for (guint i = 0; i < people->len; i++)
    {
      GrovePerson *person = g_ptr_array_index (people, i);
      GroveOrgUnit *unit = g_hash_table_lookup (unit_by_id, &person->unit_id);
      GroveOrgUnit *parent = unit != NULL ? g_hash_table_lookup (unit_by_id, &unit->parent_id) : NULL;
      GrovePerson *manager = g_hash_table_lookup (person_by_id, &person->manager_id);
      g_autofree char *languages = person->languages != NULL ? g_strjoinv (";", person->languages) : NULL;

      if (person->archived && !include_archived)
        continue;
      grove_csv_append_field (out, person->name);
      g_string_append_c (out, ',');
      grove_csv_append_field (out, person->email);
      g_string_append_c (out, ',');
      grove_csv_append_field (out, root != NULL ? root->name : NULL);
      g_string_append_c (out, ',');
      if (unit != NULL && unit->kind == GROVE_ORG_UNIT_DIRECTORATE)
        grove_csv_append_field (out, unit->name);
      else if (parent != NULL && parent->kind == GROVE_ORG_UNIT_DIRECTORATE)
        grove_csv_append_field (out, parent->name);
      g_string_append_c (out, ',');
      if (unit != NULL && unit->kind == GROVE_ORG_UNIT_TEAM)
        grove_csv_append_field (out, unit->name);
      g_string_append_c (out, ',');
      if (manager != NULL)
        grove_csv_append_field (out, manager->email != NULL ? manager->email : manager->name);
      g_string_append_c (out, ',');
      grove_csv_append_field (out, person->grade);
      g_string_append_c (out, ',');
      grove_csv_append_field (out, person->profession);
      g_string_append_c (out, ',');
      grove_csv_append_field (out, person->location);
      g_string_append_c (out, ',');
      grove_csv_append_field (out, languages);
      g_string_append_c (out, ',');
      grove_csv_append_field (out, person->start_date);
      g_string_append (out, person->archived ? ",yes\r\n" : ",\r\n");
    }
  return g_string_free (out, FALSE);
}
