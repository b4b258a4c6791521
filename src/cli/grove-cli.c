/* grove-cli.c: grove-cli, the same core as the app, from a shell
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <stdio.h>

#include "grove-chart-output.h"
#include "grove-cli.h"
#include "grove-coaching.h"
#include "grove-framework.h"
#include "grove-import-csv.h"
#include "grove-ipdr.h"
#include "grove-org.h"
#include "grove-org-xml.h"

typedef int (*GroveCliCommand) (GroveCli *cli, int argc, char **argv);

static const struct {
  const char      *name;
  GroveCliCommand  run;
  const char      *usage;
} commands[] = {
  { "backup", grove_cli_backup, N_("backup [--keep N]") },
  { "chart", grove_cli_chart, N_("chart --round ROUND --unit UNIT [--compare org,previous,target] [--theme THEME] [--format png|svg|pdf] [--width W] [--height H] -o FILE") },
  { "coach", grove_cli_coach, N_("coach list") },
  { "demo", grove_cli_demo, N_("demo [--people N] [--teams N] [--rounds N] [--coaches N] [--requests N] [--seed S] [--replace]") },
  { "framework", grove_cli_framework, N_("framework list | show ID | import FILE") },
  { "heatmap", grove_cli_heatmap, N_("heatmap --round ROUND [--unit UNIT] [--theme THEME] [--format png|svg|pdf] [--width W] [--height H] -o FILE") },
  { "ipdr", grove_cli_ipdr, N_("ipdr list [--manager PERSON] [--all] | show PERSON [--period YEAR] | agenda PERSON | "
                             "print PERSON -o FILE.pdf") },
  { "match", grove_cli_match, N_("match [--programme ID] [--mode optimal|stable|choice] [--csv] [--accept [--date DATE]]") },
  { "needs", grove_cli_needs, N_("needs [rollup] [--unit UNIT] [--csv] [--threshold N] | "
                                        "chart [--unit UNIT] [--by capability|method|condition] -o FILE") },
  { "org", grove_cli_org, N_("org tree | export [-o FILE.xml] | import FILE.xml") },
  { "people", grove_cli_people, N_("people list [--team TEAM] | import FILE.csv | export [--all] [-o FILE]") },
  { "plan", grove_cli_plan, N_("plan list [--unit UNIT] | add --unit UNIT --title T | share --manager PERSON --title T [--supports ID]") },
  { "ratings", grove_cli_ratings, N_("ratings import ROUND FILE.csv") },
  { "relationship", grove_cli_relationship, N_("relationship list [--all] | log ID --minutes M [--note TEXT] | fit ID good|poor | close ID --rating R [--outcome TEXT] | totals --by coach|team|programme") },
  { "request", grove_cli_request, N_("request list [--all]") },
  { "restore", grove_cli_restore, N_("restore FILE") },
  { "reviews", grove_cli_reviews, N_("reviews ics --manager PERSON [--all] [-o FILE.ics]") },
  { "rollup", grove_cli_rollup, N_("rollup --round ROUND [--unit UNIT] [--csv] [--threshold N]") },
  { "round", grove_cli_round, N_("round list | add --title T --framework F --opens DATE --closes DATE") },
  { "target", grove_cli_target, N_("target list | set CONDITION VALUE [--unit UNIT] | clear CONDITION [--unit UNIT]") },
};

static void
print_help (void)
{
  g_print ("%s\n\n", _("Usage: grove-cli [--db PATH] COMMAND [ARGUMENTS…]"));
  g_print ("%s\n", _("Commands:"));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    g_print ("  %s\n", _(commands[i].usage));
  g_print ("\n%s\n", _("Options:"));
  g_print ("  --db PATH   %s\n", _("the database file (default: the app's own database)"));
  g_print ("  --version   %s\n", _("print the version and exit"));
  g_print ("\n%s\n", _("Each command also takes --help."));
}

GroveStore *
grove_cli_get_store (GroveCli  *cli,
                     GError   **error)
{
  if (cli->store == NULL)
    cli->store = grove_store_open (cli->db_path, error);
  return cli->store;
}

static int
exit_code_for (const GError *error)
{
  if (error->domain == G_OPTION_ERROR)
    return GROVE_CLI_EXIT_USAGE;
  if (error->domain == GROVE_CHART_ERROR)
    return GROVE_CLI_EXIT_FAILURE;
  if (error->domain == GROVE_FRAMEWORK_ERROR || error->domain == GROVE_MATCHING_ERROR)
    return GROVE_CLI_EXIT_DATA;
  if (error->domain == GROVE_IPDR_ERROR)
    return GROVE_CLI_EXIT_DATA;
  if (error->domain == GROVE_ORG_XML_ERROR)
    return error->code == GROVE_ORG_XML_ERROR_IO ? GROVE_CLI_EXIT_FAILURE : GROVE_CLI_EXIT_DATA;
  if (error->domain == GROVE_CSV_ERROR)
    return error->code == GROVE_CSV_ERROR_IO ? GROVE_CLI_EXIT_FAILURE : GROVE_CLI_EXIT_DATA;
  if (error->domain == GROVE_STORE_ERROR)
    {
      switch ((GroveStoreError) error->code)
        {
        case GROVE_STORE_ERROR_NOT_FOUND:
          return GROVE_CLI_EXIT_NOT_FOUND;
        case GROVE_STORE_ERROR_CONSTRAINT:
        case GROVE_STORE_ERROR_INVALID:
          return GROVE_CLI_EXIT_DATA;
        default:
          return GROVE_CLI_EXIT_DATABASE;
        }
    }
  return GROVE_CLI_EXIT_FAILURE;
}

int
grove_cli_fail (GError *error)
{
  int code = exit_code_for (error);

  g_printerr ("grove-cli: %s\n", error->message);
  g_error_free (error);
  return code;
}

gint64
grove_cli_find_person (GroveStore  *store,
                       const char  *text,
                       GError     **error)
{
  g_autoptr(GPtrArray) people = NULL;
  g_autofree char *wanted = g_utf8_casefold (text, -1);
  gint64 found = 0;
  guint matches = 0;
  guint64 number;

  if (g_ascii_string_to_unsigned (text, 10, 1, G_MAXINT64, &number, NULL))
    {
      g_autoptr(GrovePerson) person = grove_org_get_person (store, (gint64) number, error);

      return person != NULL ? person->id : 0;
    }
  if ((people = grove_org_list_people (store, 0, TRUE, TRUE, error)) == NULL)
    return 0;
  for (guint i = 0; i < people->len; i++)
    {
      GrovePerson *person = g_ptr_array_index (people, i);
      g_autofree char *name = g_utf8_casefold (person->name, -1);

      if (g_str_equal (name, wanted))
        {
          found = person->id;
          matches++;
        }
    }
  if (matches == 1)
    return found;
  if (matches == 0)
    g_set_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_NOT_FOUND, _("There is nobody called “%s”."), text);
  else
    g_set_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_INVALID,
                 _("%u people are called “%s”; use the person’s id instead (see “grove-cli people list”)."),
                 matches, text);
  return 0;
}

gboolean
grove_cli_check_date (const char *value)
{
  return value == NULL || grove_person_date_is_valid (value);
}

int
grove_cli_usage (const char *format,
                 ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_printerr ("grove-cli: %s\n", message);
  g_printerr ("%s\n", _("Try “grove-cli --help” for more information."));
  return GROVE_CLI_EXIT_USAGE;
}

static int
run (int    argc,
     char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *db_path = NULL;
  gboolean version = FALSE;
  gboolean help = FALSE;
  GroveCli cli = { NULL, NULL };
  int status = GROVE_CLI_EXIT_USAGE;
  const GOptionEntry entries[] = {
    { "db", 0, 0, G_OPTION_ARG_FILENAME, &db_path, N_("The database file"), N_("PATH") },
    { "version", 0, 0, G_OPTION_ARG_NONE, &version, N_("Print the version and exit"), NULL },
    { "help", 'h', 0, G_OPTION_ARG_NONE, &help, N_("Show help"), NULL },
    { NULL }
  };

  context = g_option_context_new (NULL);
  g_option_context_set_help_enabled (context, FALSE);
  /* Stop at the command name: what follows belongs to the command. */
  g_option_context_set_strict_posix (context, TRUE);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return grove_cli_usage ("%s", error->message);

  if (version)
    {
      g_print ("grove-cli %s\n", PACKAGE_VERSION);
      return GROVE_CLI_EXIT_OK;
    }
  if (help || argc < 2 || g_str_equal (argv[1], "help"))
    {
      print_help ();
      return help || argc >= 2 ? GROVE_CLI_EXIT_OK : GROVE_CLI_EXIT_USAGE;
    }

  cli.db_path = db_path;
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_str_equal (argv[1], commands[i].name))
      {
        status = commands[i].run (&cli, argc - 1, argv + 1);
        g_clear_object (&cli.store);
        return status;
      }

  return grove_cli_usage (_("unknown command “%s”"), argv[1]);
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  return run (argc, argv);
}

GroveOrgUnit *
grove_cli_find_unit (GroveStore  *store,
                     const char  *text,
                     GError     **error)
{
  guint64 number;

  if (g_ascii_string_to_unsigned (text, 10, 1, G_MAXINT64, &number, NULL))
    return grove_org_get_unit (store, (gint64) number, error);
  return grove_org_find_unit_by_name (store, text, error);
}

GroveFramework *
grove_cli_find_framework (GroveStore  *store,
                          const char  *text,
                          GError     **error)
{
  guint64 number;

  if (g_ascii_string_to_unsigned (text, 10, 1, G_MAXINT64, &number, NULL))
    return grove_framework_get (store, (gint64) number, error);
  return grove_framework_get_by_key (store, text, error);
}
