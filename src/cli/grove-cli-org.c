/* grove-cli-org.c: grove-cli org tree
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gio/gunixoutputstream.h>
#include <glib/gi18n.h>

#include "grove-cli.h"
#include "grove-org.h"
#include "grove-org-xml.h"

static int
print_tree (GroveCli *cli)
{
  g_autoptr(GPtrArray) units = NULL;
  g_autoptr(GHashTable) index_of = NULL;
  g_autofree guint *totals = NULL;
  GError *error = NULL;
  GroveStore *store;

  if ((store = grove_cli_get_store (cli, &error)) == NULL ||
      (units = grove_org_list_units (store, &error)) == NULL)
    return grove_cli_fail (error);

  /* Units come parents first, so adding each total to its parent's from the
   * end backwards counts every unit with all the units below it. */
  index_of = g_hash_table_new (g_int64_hash, g_int64_equal);
  totals = g_new0 (guint, MAX (units->len, 1));
  for (guint i = 0; i < units->len; i++)
    {
      GroveOrgUnit *unit = g_ptr_array_index (units, i);

      g_hash_table_insert (index_of, &unit->id, GUINT_TO_POINTER (i));
      totals[i] = unit->n_people;
    }
  for (guint i = units->len; i-- > 0;)
    {
      GroveOrgUnit *unit = g_ptr_array_index (units, i);
      gpointer parent;

      if (g_hash_table_lookup_extended (index_of, &unit->parent_id, NULL, &parent))
        totals[GPOINTER_TO_UINT (parent)] += totals[i];
    }

  if (units->len == 0)
    {
      g_print ("%s\n", _("There is no organisation in this database yet. “grove-cli demo” creates one to try Grove with."));
      return GROVE_CLI_EXIT_OK;
    }
  g_print ("%s\n", _("Unit (kind, id): people, counting the units below"));
  for (guint i = 0; i < units->len; i++)
    {
      GroveOrgUnit *unit = g_ptr_array_index (units, i);

      g_print ("%*s%s (%s, %" G_GINT64_FORMAT "): %u\n", (int) unit->depth * 2, "",
               unit->name, grove_org_unit_kind_to_string (unit->kind), unit->id, totals[i]);
    }
  return GROVE_CLI_EXIT_OK;
}

static int
export_xml (GroveCli   *cli,
            const char *output)
{
  g_autoptr(GOutputStream) out = NULL;
  GError *error = NULL;
  GroveStore *store;

  if ((store = grove_cli_get_store (cli, &error)) == NULL)
    return grove_cli_fail (error);
  if (output != NULL && !g_str_equal (output, "-"))
    return grove_org_xml_export_file (store, output, &error) ? GROVE_CLI_EXIT_OK : grove_cli_fail (error);
  out = g_unix_output_stream_new (1, FALSE);
  return grove_org_xml_export (store, out, &error) ? GROVE_CLI_EXIT_OK : grove_cli_fail (error);
}

static int
import_xml (GroveCli   *cli,
            const char *path)
{
  GroveOrgXmlResult result;
  GError *error = NULL;
  GroveStore *store;

  if ((store = grove_cli_get_store (cli, &error)) == NULL ||
      !grove_org_xml_import_file (store, path, &result, &error))
    return grove_cli_fail (error);
  g_print (_("Imported %u rows of %u kinds.\n"), result.rows, result.tables);
  return GROVE_CLI_EXIT_OK;
}

int
grove_cli_org (GroveCli  *cli,
               int        argc,
               char     **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *output = NULL;
  const GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("export: write to FILE instead of the output"), N_("FILE") },
    { NULL }
  };

  context = g_option_context_new (_("tree | export [-o FILE.xml] | import FILE.xml"));
  g_option_context_set_summary (context,
                                _("“tree” shows the organisation: its directorates and teams, with how many people "
                                  "are in each.\n\n"
                                  "“export” writes everything in the database — the organisation, its people, "
                                  "frameworks, survey rounds and answers, IPDRs and the coaching pool — as one "
                                  "XML file, readable by you alone.\n\n"
                                  "“import” reads such a file into a database that holds no organisation yet, "
                                  "such as a new file given with --db: all of it, or on any problem nothing."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return grove_cli_usage ("%s", error->message);

  if (argc == 2 && g_str_equal (argv[1], "tree"))
    return print_tree (cli);
  if (argc == 2 && g_str_equal (argv[1], "export"))
    return export_xml (cli, output);
  if (argc == 3 && g_str_equal (argv[1], "import"))
    return import_xml (cli, argv[2]);

  return grove_cli_usage (_("expected “org tree”, “org export [-o FILE.xml]” or “org import FILE.xml”"));
}
