/* grove-cli-backup.c: grove-cli backup [--keep N] and grove-cli restore FILE
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "grove-cli.h"

int
grove_cli_backup (GroveCli  *cli,
                  int        argc,
                  char     **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) parse_error = NULL;
  g_autofree char *target = NULL;
  g_autofree char *name = NULL;
  int keep = GROVE_STORE_DEFAULT_KEEP_BACKUPS;
  GError *error = NULL;
  GroveStore *store;
  const GOptionEntry entries[] = {
    { "keep", 0, 0, G_OPTION_ARG_INT, &keep, N_("How many backups to keep (default 10)"), N_("N") },
    { NULL }
  };

  context = g_option_context_new (NULL);
  g_option_context_set_summary (context,
                                _("Copy the database into the “backups” folder beside it, keeping the newest "
                                  "N backups. The copy is consistent even while the app is saving."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &parse_error))
    return grove_cli_usage ("%s", parse_error->message);
  if (argc != 1)
    return grove_cli_usage (_("expected “backup [--keep N]”"));
  if (keep < 1)
    return grove_cli_usage (_("--keep must be 1 or more"));

  if ((store = grove_cli_get_store (cli, &error)) == NULL ||
      (target = grove_store_backup (store, (guint) keep, &error)) == NULL)
    return grove_cli_fail (error);

  name = g_filename_display_name (target);
  g_print (_("Backed up to %s\n"), name);
  return GROVE_CLI_EXIT_OK;
}

int
grove_cli_restore (GroveCli  *cli,
                   int        argc,
                   char     **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) parse_error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *saved = NULL;
  g_autofree char *from = NULL;
  GError *error = NULL;

  context = g_option_context_new (_("FILE"));
  g_option_context_set_summary (context,
                                _("Replace the database with a backup. The backup is checked first; the database "
                                  "as it was is backed up before it is replaced."));
  if (!g_option_context_parse (context, &argc, &argv, &parse_error))
    return grove_cli_usage ("%s", parse_error->message);
  if (argc != 2)
    return grove_cli_usage (_("expected “restore FILE”"));

  /* A refused backup is a refused input file, not a database problem. */
  if (!grove_store_verify_backup (argv[1], &error))
    {
      int code = g_error_matches (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_NOT_FOUND)
                 ? GROVE_CLI_EXIT_NOT_FOUND : GROVE_CLI_EXIT_DATA;

      grove_cli_fail (error);
      return code;
    }

  path = cli->db_path != NULL ? g_strdup (cli->db_path) : grove_store_default_path ();
  if (!grove_store_restore (path, argv[1], GROVE_STORE_DEFAULT_KEEP_BACKUPS, &saved, &error))
    return grove_cli_fail (error);

  from = g_filename_display_name (argv[1]);
  g_print (_("Restored %s\n"), from);
  if (saved != NULL)
    {
      g_autofree char *name = g_filename_display_name (saved);

      g_print (_("The database as it was is kept in %s\n"), name);
    }
  return GROVE_CLI_EXIT_OK;
}
