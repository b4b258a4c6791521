/* grove-cli-demo.c: grove-cli demo — a seeded demo organisation
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "grove-cli.h"
#include "grove-coaching.h"
#include "grove-demo.h"

static gboolean
parse_count (const char  *text,
             const char  *option,
             guint       *value)
{
  guint64 number;

  if (text == NULL)
    return TRUE;
  if (!g_ascii_string_to_unsigned (text, 10, 1, G_MAXUINT, &number, NULL))
    {
      grove_cli_usage (_("%s wants a whole number of at least 1, not “%s”"), option, text);
      return FALSE;
    }
  *value = (guint) number;
  return TRUE;
}

/* Like parse_count, but 0 is allowed: none. */
static gboolean
parse_amount (const char  *text,
              const char  *option,
              guint       *value)
{
  guint64 number;

  if (text == NULL)
    return TRUE;
  if (!g_ascii_string_to_unsigned (text, 10, 0, G_MAXUINT, &number, NULL))
    {
      grove_cli_usage (_("%s wants a whole number, not “%s”"), option, text);
      return FALSE;
    }
  *value = (guint) number;
  return TRUE;
}

int
grove_cli_demo (GroveCli  *cli,
                int        argc,
                char     **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *people = NULL;
  g_autofree char *teams = NULL;
  g_autofree char *seed = NULL;
  g_autofree char *rounds = NULL;
  g_autofree char *coaches = NULL;
  g_autofree char *requests = NULL;
  g_autofree char *seed_text = NULL;
  GroveDemoOptions options;
  GError *failure = NULL;
  GroveStore *store;
  g_autoptr(GPtrArray) pool = NULL;
  g_autoptr(GPtrArray) waiting = NULL;
  const GOptionEntry entries[] = {
    { "people", 0, 0, G_OPTION_ARG_STRING, &people, N_("How many people (default 60)"), N_("N") },
    { "teams", 0, 0, G_OPTION_ARG_STRING, &teams, N_("How many teams, the private office included (default 8)"), N_("N") },
    { "seed", 0, 0, G_OPTION_ARG_STRING, &seed, N_("The seed: the same seed gives the same organisation (default 1)"), N_("S") },
    { "rounds", 0, 0, G_OPTION_ARG_STRING, &rounds, N_("How many yearly survey rounds, the last in 2026 (default 2; 0 for none)"), N_("N") },
    { "coaches", 0, 0, G_OPTION_ARG_STRING, &coaches, N_("How many coaches and mentors in the pool, at most a third of the people (default 10; 0 for none)"), N_("N") },
    { "requests", 0, 0, G_OPTION_ARG_STRING, &requests, N_("How many coaching and mentoring requests (default 15)"), N_("N") },
    { "replace", 0, 0, G_OPTION_ARG_NONE, &options.replace, N_("Replace the organisation already in the database, and everyone in it"), NULL },
    { NULL }
  };

  grove_demo_options_init (&options);
  context = g_option_context_new (NULL);
  g_option_context_set_summary (context,
                                _("Fill the database with a fictional public body: directorates, teams and people "
                                  "with grades, professions and line managers, yearly learning-culture survey rounds, and a coaching pool with its waiting list. A database that already holds an "
                                  "organisation is left alone unless --replace is given."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return grove_cli_usage ("%s", error->message);
  if (argc > 1)
    return grove_cli_usage (_("“demo” takes no arguments besides its options, not “%s”"), argv[1]);

  if (!parse_count (people, "--people", &options.people) ||
      !parse_count (teams, "--teams", &options.teams))
    return GROVE_CLI_EXIT_USAGE;
  if (rounds != NULL)
    {
      guint64 number;

      if (!g_ascii_string_to_unsigned (rounds, 10, 0, GROVE_DEMO_MAX_ROUNDS, &number, NULL))
        return grove_cli_usage (_("--rounds wants a whole number from 0 to %d, not “%s”"), GROVE_DEMO_MAX_ROUNDS, rounds);
      options.rounds = (guint) number;
    }
  if (!parse_amount (coaches, "--coaches", &options.coaches) ||
      !parse_amount (requests, "--requests", &options.requests))
    return GROVE_CLI_EXIT_USAGE;
  if (seed != NULL && !g_ascii_string_to_unsigned (seed, 10, 0, G_MAXUINT64, &options.seed, NULL))
    return grove_cli_usage (_("--seed wants a whole number, not “%s”"), seed);

  if ((store = grove_cli_get_store (cli, &failure)) == NULL ||
      !grove_demo_generate (store, &options, &failure))
    return grove_cli_fail (failure);

  /* The counts stand alone so that no language needs plural forms here;
   * the seed is text because gettext cannot see through G_GUINT64_FORMAT. */
  seed_text = g_strdup_printf ("%" G_GUINT64_FORMAT, options.seed);
  g_print (_("Created the demo organisation (seed %s). People: %u. Teams: %u. Survey rounds: %u.\n"),
           seed_text, options.people, options.teams, options.rounds);
  /* A small organisation gets a smaller pool than asked for: say what it got. */
  pool = grove_coaching_list_coaches (store, &failure);
  waiting = pool != NULL ? grove_coaching_list_requests (store, FALSE, &failure) : NULL;
  if (waiting == NULL)
    return grove_cli_fail (failure);
  g_print (_("Coaches and mentors: %u. Requests: %u.\n"), pool->len, waiting->len);
  return GROVE_CLI_EXIT_OK;
}
