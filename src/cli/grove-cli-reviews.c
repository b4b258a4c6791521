/* grove-cli-reviews.c: grove-cli reviews ics --manager PERSON [--all] [-o FILE.ics]
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "grove-cli.h"
#include "grove-ics.h"
#include "grove-private-file.h"

int
grove_cli_reviews (GroveCli  *cli,
                   int        argc,
                   char     **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) parse_error = NULL;
  g_autoptr(GPtrArray) events = NULL;
  g_autofree char *manager_text = NULL, *output = NULL, *date = NULL, *text = NULL;
  gboolean all = FALSE;
  GError *error = NULL;
  GroveStore *store;
  gint64 manager;
  const GOptionEntry entries[] = {
    { "manager", 0, 0, G_OPTION_ARG_STRING, &manager_text, N_("Whose reports (a name or an id)"), N_("PERSON") },
    { "all", 0, 0, G_OPTION_ARG_NONE, &all, N_("Everyone below the manager, not only direct reports"), NULL },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Write to FILE instead of standard output"), N_("FILE") },
    { "date", 0, 0, G_OPTION_ARG_STRING, &date, N_("The day that chooses each IPDR (default: today)"), N_("DATE") },
    { NULL }
  };

  /* A command word, the same in every language. */
  context = g_option_context_new ("ics");
  g_option_context_set_summary (context,
                                _("Write the mid-year and end-year review dates of a manager’s reports as an "
                                  "iCalendar file, to import into a calendar. Reviews not booked yet are on the day "
                                  "they fall due."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &parse_error))
    return grove_cli_usage ("%s", parse_error->message);
  if (argc != 2 || !g_str_equal (argv[1], "ics") || manager_text == NULL)
    return grove_cli_usage (_("expected “reviews ics --manager PERSON [-o FILE.ics]”"));
  if (!grove_cli_check_date (date))
    return grove_cli_usage (_("--date wants a date written YYYY-MM-DD, not “%s”"), date);

  if ((store = grove_cli_get_store (cli, &error)) == NULL ||
      (manager = grove_cli_find_person (store, manager_text, &error)) == 0 ||
      (events = grove_ics_review_events (store, manager, !all, date, &error)) == NULL)
    return grove_cli_fail (error);
  text = grove_ics_format (events, NULL);
  if (output == NULL)
    {
      g_print ("%s", text);
      return GROVE_CLI_EXIT_OK;
    }
  /* Names and review dates are personal: readable only by their owner. */
  if (!grove_private_file_set_contents (output, text, -1, &error))
    return grove_cli_fail (error);
  g_print (g_dngettext (GETTEXT_PACKAGE, "Wrote %u review date to %s.\n", "Wrote %u review dates to %s.\n",
                        events->len),
           events->len, output);
  return GROVE_CLI_EXIT_OK;
}
