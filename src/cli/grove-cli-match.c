/* grove-cli-match.c: grove-cli match — a matching run over the waiting
 * list, its proposals with their breakdowns, and the reasons of those left
 * waiting; optionally accepting every proposal
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "grove-cli.h"
#include "grove-import-csv.h"
#include "grove-coaching.h"

/* One RFC 4180 field, as the core writes them. */
static char *
csv_field (const char *text)
{
  GString *out = g_string_new (NULL);

  grove_csv_append_field (out, text);
  return g_string_free (out, FALSE);
}

static void
print_csv (const GroveMatchRun *run)
{
  g_print ("run,request_id,coachee,coach_id,coach,rank,score");
  for (guint k = 0; k < GROVE_MATCH_N_CRITERIA; k++)
    g_print (",%s", grove_match_criterion_to_string (k));
  g_print (",locked,reason\n");
  for (guint i = 0; i < run->proposals->len; i++)
    {
      const GroveProposal *p = run->proposals->pdata[i];
      g_autofree char *coachee = csv_field (p->coachee);
      g_autofree char *coach = csv_field (p->coach);

      g_print ("%" G_GINT64_FORMAT ",%" G_GINT64_FORMAT ",%s,%" G_GINT64_FORMAT ",%s,%u,%u",
               run->id, p->request_id, coachee, p->coach_id, coach, p->rank + 1, p->score);
      for (guint k = 0; k < GROVE_MATCH_N_CRITERIA; k++)
        g_print (",%u", p->criteria[k]);
      g_print (",%s,\n", p->locked ? "yes" : "no");
    }
  for (guint i = 0; i < run->unmatched->len; i++)
    {
      const GroveUnmatched *u = run->unmatched->pdata[i];
      g_autofree char *coachee = csv_field (u->coachee);

      g_print ("%" G_GINT64_FORMAT ",%" G_GINT64_FORMAT ",%s,,,,", run->id, u->request_id, coachee);
      for (guint k = 0; k < GROVE_MATCH_N_CRITERIA; k++)
        g_print (",");
      g_print (",,%s\n", grove_match_reason_to_string (u->reason));
    }
}

/* Scores as percentages with two places: the engine's 0 to 10000 exactly. */
static char *
format_score (guint score)
{
  return g_strdup_printf ("%u.%02u", score / 100, score % 100);
}

static void
print_breakdown (const GroveProposal *p)
{
  g_autofree char *score = format_score (p->score);
  g_autoptr(GString) parts = g_string_new (NULL);

  for (guint k = 0; k < GROVE_MATCH_N_CRITERIA; k++)
    {
      g_autofree char *value = format_score (p->criteria[k]);

      g_string_append_printf (parts, "%s%s %s", parts->len > 0 ? " · " : "", grove_match_criterion_label (k),
                              value);
    }
  if (p->rank > 0)
    /* Translators: a further choice in choice mode: its rank, coach, score and breakdown. */
    g_print (_("  %u. %s, %s [%s]\n"), p->rank + 1, p->coach, score, parts->str);
  else
    /* Translators: a proposal: coachee, coach, score and its breakdown by criterion. */
    g_print (_("  %s → %s, %s [%s]%s\n"), p->coachee, p->coach, score, parts->str,
             p->locked ? _(" (locked)") : "");
}

static void
print_run (const GroveMatchRun *run)
{
  g_autofree char *run_id = g_strdup_printf ("%" G_GINT64_FORMAT, run->id);

  g_print (_("Matching run %s (%s). Proposals: %u. Left waiting: %u.\n"), run_id,
           grove_match_mode_to_string (run->mode), run->proposals->len, run->unmatched->len);
  if (run->proposals->len > 0)
    g_print ("%s\n", _("Proposals (score out of 100, and each criterion):"));
  for (guint i = 0; i < run->proposals->len; i++)
    print_breakdown (run->proposals->pdata[i]);
  if (run->unmatched->len > 0)
    g_print ("%s\n", _("Left waiting:"));
  for (guint i = 0; i < run->unmatched->len; i++)
    {
      const GroveUnmatched *u = run->unmatched->pdata[i];

      g_print ("  %s: %s\n", u->coachee, grove_match_reason_label (u->reason));
    }
}

static int
accept_all (GroveStore          *store,
            const GroveMatchRun *run,
            const char          *date,
            gboolean             csv)
{
  guint started = 0;

  /* Each in its own transaction: one that can no longer start (its coach
   * taken meanwhile) leaves the others standing. */
  for (guint i = 0; i < run->proposals->len; i++)
    {
      const GroveProposal *p = run->proposals->pdata[i];
      GError *error = NULL;

      if (grove_coaching_accept (store, run->id, p->request_id, p->coach_id, date, &error) == 0)
        return grove_cli_fail (error);
      started++;
    }
  /* Not among the rows of a CSV file. */
  if (csv)
    g_printerr (_("Relationships started: %u.\n"), started);
  else
    g_print (_("Relationships started: %u.\n"), started);
  return GROVE_CLI_EXIT_OK;
}

static gboolean
parse_mode (const char     *text,
            GroveMatchMode *mode)
{
  for (GroveMatchMode m = GROVE_MATCH_MODE_OPTIMAL; m <= GROVE_MATCH_MODE_CHOICE; m++)
    if (g_strcmp0 (text, grove_match_mode_to_string (m)) == 0)
      {
        *mode = m;
        return TRUE;
      }
  return FALSE;
}

int
grove_cli_match (GroveCli  *cli,
                 int        argc,
                 char     **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GroveMatchRun) run = NULL;
  g_autofree char *mode_text = NULL;
  g_autofree char *date = NULL;
  gint64 programme = 0;
  gboolean csv = FALSE, accept = FALSE;
  GroveMatchMode mode = GROVE_MATCH_MODE_OPTIMAL;
  GError *failure = NULL;
  GroveStore *store;
  const GOptionEntry entries[] = {
    { "programme", 0, 0, G_OPTION_ARG_INT64, &programme, N_("Only this programme's requests (its id)"), N_("ID") },
    { "mode", 0, 0, G_OPTION_ARG_STRING, &mode_text,
      N_("optimal (the most requests, then the best total score), stable, or choice (three coaches each)"),
      N_("MODE") },
    { "csv", 0, 0, G_OPTION_ARG_NONE, &csv, N_("Write CSV, one row per proposal or request left waiting"), NULL },
    { "accept", 0, 0, G_OPTION_ARG_NONE, &accept, N_("Start a relationship for every proposal"), NULL },
    { "date", 0, 0, G_OPTION_ARG_STRING, &date, N_("The day accepted relationships start (default today)"),
      N_("DATE") },
    { NULL }
  };

  context = g_option_context_new (NULL);
  g_option_context_set_summary (context,
                                _("Match the waiting list to the coaching pool and show each proposal with its "
                                  "score broken down by criterion, and why each request left waiting could not "
                                  "be matched. The run is kept, so that its proposals can be accepted later."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return grove_cli_usage ("%s", error->message);
  if (argc > 1)
    return grove_cli_usage (_("“match” takes no arguments besides its options, not “%s”"), argv[1]);
  if (mode_text != NULL && !parse_mode (mode_text, &mode))
    return grove_cli_usage (_("--mode wants optimal, stable or choice, not “%s”"), mode_text);
  if (accept && mode == GROVE_MATCH_MODE_CHOICE)
    return grove_cli_usage (_("--accept needs one coach per request: choice mode offers three"));

  if ((store = grove_cli_get_store (cli, &failure)) == NULL ||
      (run = grove_coaching_match (store, programme, mode, &failure)) == NULL)
    return grove_cli_fail (failure);
  if (csv)
    print_csv (run);
  else
    print_run (run);
  return accept ? accept_all (store, run, date, csv) : GROVE_CLI_EXIT_OK;
}
