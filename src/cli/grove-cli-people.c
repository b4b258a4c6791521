/* grove-cli-people.c: grove-cli people list | import | export
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "grove-cli.h"
#include "grove-org.h"
#include "grove-people-csv.h"
#include "grove-private-file.h"

/* A tab or line break inside a value would shift the columns of a line or
 * split it in two. */
static void
print_field (const char *value,
             gboolean    last)
{
  for (const char *p = value != NULL ? value : ""; *p != '\0'; p++)
    g_print ("%c", *p == '\t' || *p == '\n' || *p == '\r' ? ' ' : *p);
  g_print (last ? "\n" : "\t");
}

static int
list_people (GroveCli   *cli,
             const char *team)
{
  g_autoptr(GPtrArray) everyone = NULL;
  g_autoptr(GPtrArray) units = NULL;
  g_autoptr(GPtrArray) listed = NULL;
  g_autoptr(GroveOrgUnit) unit = NULL;
  g_autoptr(GHashTable) people_by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GHashTable) units_by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  GError *error = NULL;
  GroveStore *store;

  if ((store = grove_cli_get_store (cli, &error)) == NULL ||
      (team != NULL && (unit = grove_cli_find_unit (store, team, &error)) == NULL) ||
      (everyone = grove_org_list_people (store, 0, TRUE, TRUE, &error)) == NULL ||
      (units = grove_org_list_units (store, &error)) == NULL ||
      (listed = unit != NULL ? grove_org_list_people (store, unit->id, TRUE, FALSE, &error)
                             : grove_org_list_people (store, 0, TRUE, FALSE, &error)) == NULL)
    return grove_cli_fail (error);

  for (guint i = 0; i < everyone->len; i++)
    {
      GrovePerson *person = g_ptr_array_index (everyone, i);

      g_hash_table_insert (people_by_id, &person->id, person);
    }
  for (guint i = 0; i < units->len; i++)
    {
      GroveOrgUnit *u = g_ptr_array_index (units, i);

      g_hash_table_insert (units_by_id, &u->id, u);
    }

  /* The header and columns are for scripts, so they are not translated. */
  g_print ("id\tname\temail\tteam\tmanager\tgrade\tprofession\tlocation\n");
  for (guint i = 0; i < listed->len; i++)
    {
      GrovePerson *person = g_ptr_array_index (listed, i);
      GroveOrgUnit *in = g_hash_table_lookup (units_by_id, &person->unit_id);
      GrovePerson *manager = g_hash_table_lookup (people_by_id, &person->manager_id);

      g_print ("%" G_GINT64_FORMAT "\t", person->id);
      print_field (person->name, FALSE);
      print_field (person->email, FALSE);
      print_field (in != NULL ? in->name : NULL, FALSE);
      print_field (manager != NULL ? manager->name : NULL, FALSE);
      print_field (person->grade, FALSE);
      print_field (person->profession, FALSE);
      print_field (person->location, TRUE);
    }
  return GROVE_CLI_EXIT_OK;
}

static int
import_people (GroveCli   *cli,
               const char *path)
{
  GrovePeopleImportResult result;
  GError *error = NULL;
  GroveStore *store;

  if ((store = grove_cli_get_store (cli, &error)) == NULL ||
      !grove_people_import_file (store, path, NULL, &result, &error))
    return grove_cli_fail (error);
  /* Translators: a summary after importing people from a file */
  g_print (_("%u added, %u updated, %u new teams and directorates\n"),
           result.added, result.updated, result.units_added);
  return GROVE_CLI_EXIT_OK;
}

static int
export_people (GroveCli   *cli,
               gboolean    all,
               const char *output)
{
  g_autofree char *csv = NULL;
  GError *error = NULL;
  GroveStore *store;

  if ((store = grove_cli_get_store (cli, &error)) == NULL ||
      (csv = grove_people_export_csv (store, all, &error)) == NULL)
    return grove_cli_fail (error);
  if (output == NULL || g_str_equal (output, "-"))
    {
      fputs (csv, stdout);
      return GROVE_CLI_EXIT_OK;
    }
  /* Personal data: only its owner may read the file. */
  if (!grove_private_file_set_contents (output, csv, strlen (csv), &error))
    return grove_cli_fail (error);
  return GROVE_CLI_EXIT_OK;
}

int
grove_cli_people (GroveCli  *cli,
                  int        argc,
                  char     **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *team = NULL;
  g_autofree char *output = NULL;
  gboolean all = FALSE;
  const GOptionEntry entries[] = {
    { "team", 0, 0, G_OPTION_ARG_STRING, &team,
      N_("Only the people of this unit and the units below it (a name or an id)"), N_("TEAM") },
    { "all", 0, 0, G_OPTION_ARG_NONE, &all, N_("Export the people who have left too"), NULL },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Write the export to FILE instead of the output"), N_("FILE") },
    { NULL }
  };

  /* A command word, the same in every language. */
  context = g_option_context_new (_("list | import FILE.csv | export"));
  g_option_context_set_summary (context,
                                _("“list” shows the people who have not left, one a line, as tab-separated columns: "
                                  "id, name, email, team, manager, grade, profession, location.\n\n"
                                  "“import” reads people from a CSV file with a header row naming its columns: "
                                  "name (required), email, organisation, directorate, team, manager (their email or "
                                  "name), grade, profession, location, languages (separated by “;”), start_date "
                                  "(YYYY-MM-DD or DD/MM/YYYY) and archived (yes or no). Someone already in Grove with "
                                  "the same email is updated; new directorates and teams are created. The file is "
                                  "imported whole or, on any problem, not at all.\n\n"
                                  "“export” writes everyone in that form."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return grove_cli_usage ("%s", error->message);

  if (argc == 2 && g_str_equal (argv[1], "list"))
    return list_people (cli, team);
  if (argc == 3 && g_str_equal (argv[1], "import"))
    return import_people (cli, argv[2]);
  if (argc == 2 && g_str_equal (argv[1], "export"))
    return export_people (cli, all, output);

  return grove_cli_usage (_("expected “people list [--team TEAM]”, “people import FILE.csv” or "
                            "“people export [--all] [-o FILE]”"));
}
