/* grove-cli-relationship.c: grove-cli relationship — list, log a session,
 * the fit check, close with an evaluation, and the roll-ups of hours
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "grove-cli.h"
#include "grove-relationship.h"

typedef struct {
  gboolean  all;
  gint      minutes;
  gint      rating;
  char     *note;
  char     *outcome;
  char     *date;
  char     *by;
} Options;

static void
options_clear (Options *options)
{
  g_free (options->note);
  g_free (options->outcome);
  g_free (options->date);
  g_free (options->by);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Options, options_clear)

static void
print_field (const char *value,
             gboolean    last)
{
  for (const char *p = value != NULL ? value : ""; *p != '\0'; p++)
    g_print ("%c", *p == '\t' || *p == '\n' || *p == '\r' ? ' ' : *p);
  g_print (last ? "\n" : "\t");
}

/* Hours with two places, from whole minutes. */
static char *
format_hours (guint minutes)
{
  return g_strdup_printf ("%u.%02u", minutes / 60, (minutes % 60) * 100 / 60);
}

static int
list (GroveStore     *store,
      const Options  *options)
{
  g_autoptr(GPtrArray) relationships = NULL;
  GError *error = NULL;

  relationships = grove_relationship_list (store, 0, options->all ? GROVE_RELATIONSHIP_CLOSED
                                                                  : GROVE_RELATIONSHIP_PAUSED, &error);
  if (relationships == NULL)
    return grove_cli_fail (error);
  g_print ("id\tcoachee\tcoach\tkind\tstarted\tended\tstatus\tsessions\thours\trating\n");
  for (guint i = 0; i < relationships->len; i++)
    {
      GroveRelationship *r = relationships->pdata[i];
      g_autofree char *hours = format_hours (r->minutes);

      g_print ("%" G_GINT64_FORMAT "\t", r->id);
      print_field (r->coachee, FALSE);
      print_field (r->coach, FALSE);
      g_print ("%s\t%s\t", r->kind == GROVE_MATCH_MENTORING ? "mentoring" : "coaching", r->started);
      print_field (r->ended, FALSE);
      g_print ("%s\t%u\t%s\t", grove_relationship_status_to_string (r->status), r->sessions, hours);
      if (r->rating > 0)
        g_print ("%u\n", r->rating);
      else
        g_print ("\n");
    }
  return GROVE_CLI_EXIT_OK;
}

static int
totals (GroveStore    *store,
        const Options *options)
{
  static const char * const groupings[] = { "coach", "team", "programme" };
  g_autoptr(GPtrArray) rows = NULL;
  GError *error = NULL;
  guint by = 0;

  while (by < G_N_ELEMENTS (groupings) && g_strcmp0 (options->by, groupings[by]) != 0)
    by++;
  if (by == G_N_ELEMENTS (groupings))
    return grove_cli_usage (_("--by wants coach, team or programme, not “%s”"), options->by ? options->by : "");
  if ((rows = grove_relationship_totals (store, by, &error)) == NULL)
    return grove_cli_fail (error);
  g_print ("id\t%s\trelationships\tcurrent\tsessions\thours\n", groupings[by]);
  for (guint i = 0; i < rows->len; i++)
    {
      GroveCoachingTotal *t = rows->pdata[i];
      g_autofree char *hours = format_hours (t->minutes);

      g_print ("%" G_GINT64_FORMAT "\t", t->id);
      print_field (t->name, FALSE);
      g_print ("%u\t%u\t%u\t%s\n", t->relationships, t->active, t->sessions, hours);
    }
  return GROVE_CLI_EXIT_OK;
}

static char *
today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%d");
}

/* log, fit and close: a change to one relationship. */
static int
change (GroveStore     *store,
        const char     *what,
        const char     *id_text,
        const char     *fit_text,
        const Options  *options)
{
  g_autofree char *date = options->date != NULL ? g_strdup (options->date) : today ();
  GError *error = NULL;
  guint64 id;
  gboolean ok;

  if (!g_ascii_string_to_unsigned (id_text, 10, 1, G_MAXINT64, &id, NULL))
    return grove_cli_usage (_("expected a relationship’s id, not “%s”"), id_text);
  if (g_str_equal (what, "log"))
    {
      if (options->minutes <= 0)
        return grove_cli_usage (_("“relationship log” needs --minutes"));
      ok = grove_relationship_log_session (store, (gint64) id, date, (guint) options->minutes, options->note,
                                           &error) > 0;
    }
  else if (g_str_equal (what, "fit"))
    {
      if (g_strcmp0 (fit_text, "good") != 0 && g_strcmp0 (fit_text, "poor") != 0)
        return grove_cli_usage (_("expected “relationship fit ID good” or “relationship fit ID poor”"));
      ok = grove_relationship_check_fit (store, (gint64) id, g_str_equal (fit_text, "good") ? GROVE_FIT_GOOD
                                                                                            : GROVE_FIT_POOR,
                                         date, &error);
    }
  else
    {
      if (options->rating <= 0)
        return grove_cli_usage (_("“relationship close” needs --rating, from 1 to 5"));
      ok = grove_relationship_close (store, (gint64) id, date, (guint) options->rating, options->outcome, &error);
    }
  return ok ? GROVE_CLI_EXIT_OK : grove_cli_fail (error);
}

int
grove_cli_relationship (GroveCli  *cli,
                        int        argc,
                        char     **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(Options) options = { FALSE, 0, 0, NULL, NULL, NULL, NULL };
  GError *failure = NULL;
  GroveStore *store;
  const GOptionEntry entries[] = {
    { "all", 0, 0, G_OPTION_ARG_NONE, &options.all, N_("list: closed relationships too"), NULL },
    { "minutes", 0, 0, G_OPTION_ARG_INT, &options.minutes, N_("log: how long the session lasted"), N_("M") },
    { "note", 0, 0, G_OPTION_ARG_STRING, &options.note, N_("log: notes on the session"), N_("TEXT") },
    { "date", 0, 0, G_OPTION_ARG_STRING, &options.date, N_("The day, YYYY-MM-DD (default today)"), N_("DATE") },
    { "rating", 0, 0, G_OPTION_ARG_INT, &options.rating, N_("close: how well it went, 1 to 5"), N_("R") },
    { "outcome", 0, 0, G_OPTION_ARG_STRING, &options.outcome, N_("close: what came of it, against the goals"),
      N_("TEXT") },
    { "by", 0, 0, G_OPTION_ARG_STRING, &options.by, N_("totals: coach, team or programme"), N_("GROUP") },
    { NULL }
  };

  context = g_option_context_new ("list | log ID | fit ID good|poor | close ID | totals");
  g_option_context_set_summary (context,
                                _("List coaching and mentoring relationships, log a session, record the fit check "
                                  "after the first session (a poor fit ends the relationship and puts the request "
                                  "back at the front of the waiting list), close one with its evaluation, or total "
                                  "the hours by coach, team or programme."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return grove_cli_usage ("%s", error->message);
  if (argc < 2)
    return grove_cli_usage (_("expected “relationship list”, “log”, “fit”, “close” or “totals”"));
  if ((store = grove_cli_get_store (cli, &failure)) == NULL)
    return grove_cli_fail (failure);

  if (argc == 2 && g_str_equal (argv[1], "list"))
    return list (store, &options);
  if (argc == 2 && g_str_equal (argv[1], "totals"))
    return totals (store, &options);
  if (argc == 3 && (g_str_equal (argv[1], "log") || g_str_equal (argv[1], "close")))
    return change (store, argv[1], argv[2], NULL, &options);
  if (argc == 4 && g_str_equal (argv[1], "fit"))
    return change (store, argv[1], argv[2], argv[3], &options);
  return grove_cli_usage (_("expected “relationship list”, “log”, “fit”, “close” or “totals”"));
}
