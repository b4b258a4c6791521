/* grove-cli-round.c: grove-cli round list | add
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "grove-assessment.h"
#include "grove-cli.h"
#include "grove-framework.h"

static int
list_rounds (GroveCli *cli)
{
  g_autoptr(GPtrArray) rounds = NULL;
  GError *error = NULL;
  GroveStore *store;

  if ((store = grove_cli_get_store (cli, &error)) == NULL ||
      (rounds = grove_assessment_list_rounds (store, &error)) == NULL)
    return grove_cli_fail (error);

  g_print ("id\tframework\topens\tcloses\tresponses\ttitle\n");
  for (guint i = 0; i < rounds->len; i++)
    {
      const GroveRound *round = g_ptr_array_index (rounds, i);

      g_print ("%" G_GINT64_FORMAT "\t%" G_GINT64_FORMAT "\t%s\t%s\t%u\t%s\n", round->id, round->framework_id,
               round->opens, round->closes, round->n_responses, round->title);
    }
  return GROVE_CLI_EXIT_OK;
}

static int
add_round (GroveCli   *cli,
           const char *title,
           const char *framework_id,
           const char *opens,
           const char *closes)
{
  g_autoptr(GroveFramework) framework = NULL;
  g_autoptr(GroveRound) round = NULL;
  g_autofree char *id = NULL;
  GError *error = NULL;
  GroveStore *store;

  if (title == NULL || opens == NULL || closes == NULL)
    return grove_cli_usage (_("“round add” needs --title, --opens and --closes"));
  if ((store = grove_cli_get_store (cli, &error)) == NULL ||
      (framework = grove_cli_find_framework (store, framework_id != NULL ? framework_id : GROVE_FRAMEWORK_BUILTIN_KEY,
                                   &error)) == NULL)
    return grove_cli_fail (error);

  round = grove_round_new (title, framework->id, opens, closes);
  if (grove_assessment_add_round (store, round, &error) == 0)
    return grove_cli_fail (error);

  id = g_strdup_printf ("%" G_GINT64_FORMAT, round->id);
  g_print (_("Added the assessment round “%s” (id %s).\n"), round->title, id);
  return GROVE_CLI_EXIT_OK;
}

int
grove_cli_round (GroveCli  *cli,
                 int        argc,
                 char     **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  g_autofree char *framework = NULL;
  g_autofree char *opens = NULL;
  g_autofree char *closes = NULL;
  const GOptionEntry entries[] = {
    { "title", 0, 0, G_OPTION_ARG_STRING, &title, N_("The round's title, unique"), N_("TITLE") },
    { "framework", 0, 0, G_OPTION_ARG_STRING, &framework, N_("The framework's id or key (default: the built-in one)"), N_("F") },
    { "opens", 0, 0, G_OPTION_ARG_STRING, &opens, N_("The day the round opens, YYYY-MM-DD"), N_("DATE") },
    { "closes", 0, 0, G_OPTION_ARG_STRING, &closes, N_("The day the round closes, YYYY-MM-DD"), N_("DATE") },
    { NULL }
  };

  context = g_option_context_new (_("list | add"));
  g_option_context_set_summary (context, _("List assessment rounds, or add one to import survey responses into."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return grove_cli_usage ("%s", error->message);

  if (argc == 2 && g_str_equal (argv[1], "list"))
    return list_rounds (cli);
  if (argc == 2 && g_str_equal (argv[1], "add"))
    return add_round (cli, title, framework, opens, closes);

  return grove_cli_usage (_("expected “round list” or “round add --title T --opens DATE --closes DATE”"));
}
