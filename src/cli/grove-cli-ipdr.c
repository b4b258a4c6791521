/* grove-cli-ipdr.c: grove-cli ipdr list | show | agenda | print
 *
 * `list` is for scripts: tab-separated columns with an untranslated header,
 * numbers in the C locale. `show` and `agenda` are for people.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "grove-agenda.h"
#include "grove-cli.h"
#include "grove-ipdr.h"
#include "grove-ipdr-report.h"
#include "grove-my-team.h"
#include "grove-org.h"

static const char * const attention_names[] = { "review-overdue", "no-plan", "behind", "" };

static void
print_member (const GroveTeamMember *m)
{
  char progress[G_ASCII_DTOSTR_BUF_SIZE] = "";

  if (!isnan (m->plan_progress))
    g_ascii_formatd (progress, sizeof progress, "%.0f", m->plan_progress);
  g_print ("%" G_GINT64_FORMAT "\t%s\t%s\t%s\t%s\t%s\t%u\t%u\t%s\t%s\n", m->person_id, m->name,
           m->direct ? "direct" : "below", m->ipdr_id != 0 ? grove_ipdr_status_to_string (m->status) : "",
           m->next_review != NULL ? m->next_review : "", m->review_overdue ? "overdue" : "", m->on_track,
           m->at_risk, progress, attention_names[m->attention]);
}

/* Without --manager, everyone below the head of the organisation. */
static gboolean
find_heads (GroveStore  *store,
            GArray      *heads,
            GError     **error)
{
  g_autoptr(GPtrArray) people = grove_org_list_people (store, 0, TRUE, FALSE, error);

  if (people == NULL)
    return FALSE;
  for (guint i = 0; i < people->len; i++)
    {
      GrovePerson *person = g_ptr_array_index (people, i);

      if (person->manager_id == 0)
        g_array_append_val (heads, person->id);
    }
  return TRUE;
}

static int
list_team (GroveCli   *cli,
           const char *manager_text,
           gboolean    all,
           const char *date)
{
  g_autoptr(GArray) managers = g_array_new (FALSE, FALSE, sizeof (gint64));
  GError *error = NULL;
  GroveStore *store;
  gint64 manager;

  if ((store = grove_cli_get_store (cli, &error)) == NULL)
    return grove_cli_fail (error);
  if (manager_text != NULL)
    {
      if ((manager = grove_cli_find_person (store, manager_text, &error)) == 0)
        return grove_cli_fail (error);
      g_array_append_val (managers, manager);
    }
  else if (!find_heads (store, managers, &error))
    return grove_cli_fail (error);

  g_print ("id\tname\treports\tstatus\tnext_review\toverdue\ton_track\tat_risk\tplan_percent\tattention\n");
  for (guint i = 0; i < managers->len; i++)
    {
      g_autoptr(GPtrArray) team = grove_my_team_list (store, g_array_index (managers, gint64, i),
                                                      manager_text != NULL && !all, date, &error);

      if (team == NULL)
        return grove_cli_fail (error);
      for (guint j = 0; j < team->len; j++)
        print_member (g_ptr_array_index (team, j));
    }
  return GROVE_CLI_EXIT_OK;
}

static int
show_agenda (GroveCli   *cli,
             const char *person_text,
             const char *date)
{
  g_autoptr(GroveIpdr) ipdr = NULL;
  g_autoptr(GroveAgenda) agenda = NULL;
  GError *error = NULL;
  GroveStore *store;
  gint64 person;
  int kind = -1;

  if ((store = grove_cli_get_store (cli, &error)) == NULL ||
      (person = grove_cli_find_person (store, person_text, &error)) == 0 ||
      (ipdr = grove_ipdr_find (store, person, date, &error)) == NULL ||
      (agenda = grove_agenda_build (store, ipdr->id, date, &error)) == NULL)
    return grove_cli_fail (error);

  g_print (_("Agenda for a conversation with %s on %s\n"), agenda->person_name, agenda->today);
  g_print (_("Since the last conversation: %s\n"), agenda->since);
  if (agenda->items->len == 0)
    g_print ("\n%s\n", _("Nothing is due, at risk or new since the last conversation."));
  for (guint i = 0; i < agenda->items->len; i++)
    {
      GroveAgendaItem *item = g_ptr_array_index (agenda->items, i);

      if ((int) item->kind != kind)
        {
          kind = (int) item->kind;
          g_print ("\n%s\n", grove_agenda_item_kind_label (item->kind));
        }
      g_print ("  • %s%s\n", item->title, item->overdue ? _(" (overdue)") : "");
      if (item->detail != NULL)
        g_print ("    %s\n", item->detail);
    }
  return GROVE_CLI_EXIT_OK;
}

static int
print_record (GroveCli   *cli,
              const char *person_text,
              const char *date,
              const char *output)
{
  g_autoptr(GroveIpdr) ipdr = NULL;
  g_autoptr(GroveIpdrReport) report = NULL;
  GError *error = NULL;
  GroveStore *store;
  gint64 person;

  if ((store = grove_cli_get_store (cli, &error)) == NULL ||
      (person = grove_cli_find_person (store, person_text, &error)) == 0 ||
      (ipdr = grove_ipdr_find (store, person, date, &error)) == NULL ||
      (report = grove_ipdr_report_new (store, ipdr->id, &error)) == NULL ||
      !grove_ipdr_report_save_pdf (report, output, &error))
    return grove_cli_fail (error);
  g_print (_("Wrote the IPDR of %s to %s.\n"), ipdr->person_name, output);
  return GROVE_CLI_EXIT_OK;
}

int
grove_cli_ipdr (GroveCli  *cli,
                int        argc,
                char     **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *manager = NULL, *period = NULL, *date = NULL, *output = NULL;
  gboolean all = FALSE;
  const GOptionEntry entries[] = {
    { "manager", 0, 0, G_OPTION_ARG_STRING, &manager,
      N_("list: the reports of this person (a name or an id); default: everyone"), N_("PERSON") },
    { "all", 0, 0, G_OPTION_ARG_NONE, &all, N_("list: everyone below the manager, not only direct reports"), NULL },
    { "period", 0, 0, G_OPTION_ARG_STRING, &period, N_("show: the record whose period starts in YEAR"), N_("YEAR") },
    { "date", 0, 0, G_OPTION_ARG_STRING, &date, N_("The day to look from, YYYY-MM-DD (default: today)"), N_("DATE") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("print: the PDF file to write"), N_("FILE") },
    { NULL }
  };

  /* Command words, the same in every language. */
  context = g_option_context_new ("list | show PERSON | agenda PERSON | print PERSON -o FILE.pdf");
  g_option_context_set_summary (context,
                                _("IPDRs: list a manager’s reports with where each record stands, most in need of "
                                  "attention first; show a person’s whole record; or build the agenda for the next "
                                  "conversation with them; or write it as a PDF to print."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return grove_cli_usage ("%s", error->message);
  if (!grove_cli_check_date (date))
    return grove_cli_usage (_("--date wants a date written YYYY-MM-DD, not “%s”"), date);

  if (argc == 2 && g_str_equal (argv[1], "list"))
    return list_team (cli, manager, all, date);
  if (argc == 3 && g_str_equal (argv[1], "show"))
    return grove_cli_ipdr_show (cli, argv[2], period, date);
  if (argc == 3 && g_str_equal (argv[1], "agenda"))
    return show_agenda (cli, argv[2], date);
  /* "pdf" is the same command, under the name scripts may know it by. */
  if (argc == 3 && (g_str_equal (argv[1], "print") || g_str_equal (argv[1], "pdf")) && output != NULL)
    return print_record (cli, argv[2], date, output);

  return grove_cli_usage (_("expected “ipdr list”, “ipdr show PERSON”, “ipdr agenda PERSON” or "
                            "“ipdr print PERSON -o FILE.pdf”"));
}
