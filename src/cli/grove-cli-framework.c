/* grove-cli-framework.c: grove-cli framework list | show | import
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "grove-cli.h"
#include "grove-framework.h"

static int
list_frameworks (GroveCli *cli)
{
  g_autoptr(GPtrArray) frameworks = NULL;
  GError *error = NULL;
  GroveStore *store;

  if ((store = grove_cli_get_store (cli, &error)) == NULL ||
      (frameworks = grove_framework_list (store, &error)) == NULL)
    return grove_cli_fail (error);

  g_print ("id\tkey\tversion\ttitle\n");
  for (guint i = 0; i < frameworks->len; i++)
    {
      const GroveFramework *framework = g_ptr_array_index (frameworks, i);

      g_print ("%" G_GINT64_FORMAT "\t%s\t%s\t%s\n", framework->id, framework->key,
               framework->version != NULL ? framework->version : "", framework->title);
    }
  return GROVE_CLI_EXIT_OK;
}

static void
print_framework (const GroveFramework *framework)
{
  g_print ("%s\n", framework->title);
  g_print (_("Id: %s\n"), framework->key);
  if (framework->version != NULL)
    g_print (_("Version: %s\n"), framework->version);
  if (framework->description != NULL)
    g_print ("\n%s\n", framework->description);

  g_print ("\n%s\n", _("Scale:"));
  for (guint i = 0; i < framework->scale->len; i++)
    {
      const GroveFrameworkScalePoint *point = g_ptr_array_index (framework->scale, i);

      g_print ("  %d  %s\n", point->value, point->label);
    }
  g_print ("  -  %s\n", framework->not_observed_label);

  for (guint i = 0; i < framework->conditions->len; i++)
    {
      const GroveFrameworkCondition *condition = g_ptr_array_index (framework->conditions, i);

      g_print ("\n%u. %s\n", i + 1, condition->title);
      for (guint j = 0; j < condition->statements->len; j++)
        {
          const GroveFrameworkStatement *statement = g_ptr_array_index (condition->statements, j);

          g_print ("   %u.%u %s\n", i + 1, j + 1, statement->text);
        }
    }
}

static int
show_framework (GroveCli   *cli,
                const char *id)
{
  g_autoptr(GroveFramework) framework = NULL;
  GError *error = NULL;
  GroveStore *store;

  if ((store = grove_cli_get_store (cli, &error)) == NULL ||
      (framework = grove_cli_find_framework (store, id, &error)) == NULL)
    return grove_cli_fail (error);

  /* In the language of the rest of the output. */
  grove_framework_localize (framework, NULL);
  print_framework (framework);
  return GROVE_CLI_EXIT_OK;
}

static int
import_framework (GroveCli   *cli,
                  const char *path)
{
  g_autoptr(GroveFramework) framework = NULL;
  GError *error = NULL;
  g_autofree char *id = NULL;
  GroveStore *store;
  guint statements;

  /* Read and check the file before touching the database. */
  if ((framework = grove_framework_load_file (path, &error)) == NULL ||
      (store = grove_cli_get_store (cli, &error)) == NULL ||
      grove_framework_import (store, framework, &error) == 0)
    return grove_cli_fail (error);

  /* The counts stand alone so that no language needs plural forms here. */
  statements = grove_framework_count_statements (framework);
  id = g_strdup_printf ("%" G_GINT64_FORMAT, framework->id);
  g_print (_("Imported framework “%s” (id %s). Conditions: %u. Statements: %u.\n"),
           framework->key, id, framework->conditions->len, statements);
  return GROVE_CLI_EXIT_OK;
}

int
grove_cli_framework (GroveCli  *cli,
                     int        argc,
                     char     **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;

  context = g_option_context_new (_("list | show ID | import FILE"));
  g_option_context_set_summary (context, _("List, show and import learning-culture frameworks."));
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return grove_cli_usage ("%s", error->message);

  if (argc == 2 && g_str_equal (argv[1], "list"))
    return list_frameworks (cli);
  if (argc == 3 && g_str_equal (argv[1], "show"))
    return show_framework (cli, argv[2]);
  if (argc == 3 && g_str_equal (argv[1], "import"))
    return import_framework (cli, argv[2]);

  return grove_cli_usage (_("expected “framework list”, “framework show ID” or “framework import FILE”"));
}
