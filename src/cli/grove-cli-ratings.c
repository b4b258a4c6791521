/* grove-cli-ratings.c: grove-cli ratings import ROUND FILE.csv
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "grove-assessment.h"
#include "grove-cli.h"
#include "grove-ratings-import.h"

static int
import_ratings (GroveCli   *cli,
                const char *round_name,
                const char *path)
{
  g_autoptr(GroveRound) round = NULL;
  g_autofree char *name = g_filename_display_basename (path);
  GError *error = NULL;
  GroveStore *store;
  guint count = 0;

  if ((store = grove_cli_get_store (cli, &error)) == NULL ||
      (round = grove_assessment_find_round (store, round_name, &error)) == NULL ||
      !grove_ratings_import_file (store, round->id, path, NULL, &count, &error))
    return grove_cli_fail (error);

  /* The count stands alone so that no language needs plural forms here. */
  g_print (_("Imported %s into the round “%s”. Responses: %u.\n"), name, round->title, count);
  return GROVE_CLI_EXIT_OK;
}

int
grove_cli_ratings (GroveCli  *cli,
                   int        argc,
                   char     **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;

  context = g_option_context_new (_("import ROUND FILE.csv"));
  g_option_context_set_summary (context,
                                _("Import survey responses, one row per respondent: a “team” column, then a column "
                                  "per statement (CONDITION/STATEMENT, or STATEMENT alone where it is unique) with a "
                                  "score, or empty or “NA” for not observed, and optional “evidence:STATEMENT” "
                                  "columns. ROUND is the round’s id or title. A file with any problem is not "
                                  "imported at all."));
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return grove_cli_usage ("%s", error->message);

  if (argc == 4 && g_str_equal (argv[1], "import"))
    return import_ratings (cli, argv[2], argv[3]);

  return grove_cli_usage (_("expected “ratings import ROUND FILE.csv”"));
}
