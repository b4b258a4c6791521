/* grove-cli-plan.c: grove-cli plan list | add | share
 *
 * "The Plan": the objectives of the organisation, a directorate or a team,
 * which individual objectives support, and shared objectives given to a
 * manager's whole team at once (each copy then the person's own).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "grove-cli.h"
#include "grove-ipdr.h"
#include "grove-org.h"
#include "grove-team-objective.h"

typedef struct {
  char     *unit;
  char     *title;
  char     *description;
  char     *measure;
  char     *due;
  char     *from;
  char     *to;
  char     *manager;
  char     *supports;
  char     *date;
  gboolean  all;
} Options;

static void
options_clear (Options *options)
{
  g_free (options->unit);
  g_free (options->title);
  g_free (options->description);
  g_free (options->measure);
  g_free (options->due);
  g_free (options->from);
  g_free (options->to);
  g_free (options->manager);
  g_free (options->supports);
  g_free (options->date);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Options, options_clear)

static int
list_plan (GroveCli      *cli,
           const Options *options)
{
  g_autoptr(GroveOrgUnit) unit = NULL;
  g_autoptr(GPtrArray) objectives = NULL;
  GError *error = NULL;
  GroveStore *store;

  if ((store = grove_cli_get_store (cli, &error)) == NULL ||
      (options->unit != NULL && (unit = grove_cli_find_unit (store, options->unit, &error)) == NULL) ||
      (objectives = grove_team_objective_list (store, unit != NULL ? unit->id : 0, &error)) == NULL)
    return grove_cli_fail (error);

  /* The header and columns are for scripts, so they are not translated. */
  g_print ("id\tunit\ttitle\tfrom\tto\tsupporting\n");
  for (guint i = 0; i < objectives->len; i++)
    {
      GroveTeamObjective *objective = g_ptr_array_index (objectives, i);

      g_print ("%" G_GINT64_FORMAT "\t%s\t%s\t%s\t%s\t%u\n", objective->id, objective->unit_name, objective->title,
               objective->period_start != NULL ? objective->period_start : "",
               objective->period_end != NULL ? objective->period_end : "", objective->n_supporting);
    }
  return GROVE_CLI_EXIT_OK;
}

static int
add_plan (GroveCli      *cli,
          const Options *options)
{
  g_autoptr(GroveOrgUnit) unit = NULL;
  GroveTeamObjective objective = { 0 };
  GError *error = NULL;
  GroveStore *store;
  gint64 id;

  if (options->unit == NULL || options->title == NULL)
    return grove_cli_usage (_("“plan add” needs --unit and --title"));
  if ((options->from != NULL && !grove_cli_check_date (options->from)) ||
      (options->to != NULL && !grove_cli_check_date (options->to)))
    return grove_cli_usage (_("--from and --to want dates written YYYY-MM-DD"));
  if ((store = grove_cli_get_store (cli, &error)) == NULL ||
      (unit = grove_cli_find_unit (store, options->unit, &error)) == NULL)
    return grove_cli_fail (error);

  objective.unit_id = unit->id;
  objective.title = options->title;
  objective.description = options->description;
  objective.period_start = options->from;
  objective.period_end = options->to;
  if ((id = grove_team_objective_add (store, &objective, &error)) <= 0)
    return grove_cli_fail (error);
  g_print (_("Added “%s” to the plan of %s.\n"), options->title, unit->name);
  g_print ("%" G_GINT64_FORMAT "\n", id);
  return GROVE_CLI_EXIT_OK;
}

/* Everyone below the manager with a record for the day: those without one
 * are named, so that nobody is left out unnoticed. */
static int
share_objective (GroveCli      *cli,
                 const Options *options)
{
  g_autofree char *today = options->date != NULL ? g_strdup (options->date) : grove_ipdr_today ();
  g_autoptr(GArray) reports = NULL;
  g_autoptr(GArray) ipdr_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) created = NULL;
  GroveObjectiveTemplate template_ = { 0 };
  GError *error = NULL;
  GroveStore *store;
  gint64 manager_id;
  gint64 template_id;
  guint64 supports = 0;
  guint skipped = 0;

  if (options->manager == NULL || options->title == NULL)
    return grove_cli_usage (_("“plan share” needs --manager and --title"));
  if (options->date != NULL && !grove_cli_check_date (options->date))
    return grove_cli_usage (_("--date wants a date written YYYY-MM-DD, not “%s”"), options->date);
  if (options->due != NULL && !grove_cli_check_date (options->due))
    return grove_cli_usage (_("--due wants a date written YYYY-MM-DD, not “%s”"), options->due);
  if (options->supports != NULL && !g_ascii_string_to_unsigned (options->supports, 10, 1, G_MAXINT64, &supports, NULL))
    return grove_cli_usage (_("--supports wants the id of an objective of the plan, not “%s”"), options->supports);
  if ((store = grove_cli_get_store (cli, &error)) == NULL ||
      (manager_id = grove_cli_find_person (store, options->manager, &error)) <= 0 ||
      (reports = grove_org_get_reports (store, manager_id, !options->all, &error)) == NULL)
    return grove_cli_fail (error);

  if (supports > 0)
    {
      g_autoptr(GPtrArray) plan = grove_team_objective_list (store, 0, &error);
      gboolean found = FALSE;

      if (plan == NULL)
        return grove_cli_fail (error);
      for (guint i = 0; i < plan->len && !found; i++)
        found = ((GroveTeamObjective *) g_ptr_array_index (plan, i))->id == (gint64) supports;
      if (!found)
        {
          g_printerr ("grove-cli: ");
          g_printerr (_("There is no objective %s in the plan; “plan list” shows them.\n"), options->supports);
          return GROVE_CLI_EXIT_NOT_FOUND;
        }
    }
  for (guint i = 0; i < reports->len; i++)
    {
      gint64 person_id = g_array_index (reports, gint64, i);
      g_autoptr(GroveIpdr) ipdr = grove_ipdr_find (store, person_id, today, NULL);

      if (ipdr != NULL)
        g_array_append_val (ipdr_ids, ipdr->id);
      else
        skipped++;
    }
  if (ipdr_ids->len == 0)
    {
      g_printerr ("grove-cli: %s\n", _("None of these reports has an IPDR for that day; nothing was shared."));
      return GROVE_CLI_EXIT_DATA;
    }

  template_.title = options->title;
  template_.description = options->description;
  template_.measure = options->measure;
  template_.due = options->due;
  template_.plan_objective_id = (gint64) supports;
  if ((template_id = grove_objective_template_add (store, &template_, &error)) <= 0 ||
      (created = grove_objective_template_apply (store, template_id, (const gint64 *) (gpointer) ipdr_ids->data,
                                                 ipdr_ids->len, &error)) == NULL)
    return grove_cli_fail (error);

  g_print (g_dngettext (GETTEXT_PACKAGE, "Gave %u person the objective “%s”.\n", "Gave %u people the objective “%s”.\n",
                        created->len),
           created->len, options->title);
  if (skipped > 0)
    g_print (g_dngettext (GETTEXT_PACKAGE, "%u person has no IPDR for that day and was left out.\n",
                          "%u people have no IPDR for that day and were left out.\n", skipped),
             skipped);
  return GROVE_CLI_EXIT_OK;
}

int
grove_cli_plan (GroveCli  *cli,
                int        argc,
                char     **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(Options) options = { 0 };
  const GOptionEntry entries[] = {
    { "unit", 0, 0, G_OPTION_ARG_STRING, &options.unit, N_("list, add: the unit (name or id)"), N_("UNIT") },
    { "title", 0, 0, G_OPTION_ARG_STRING, &options.title, N_("add, share: the objective"), N_("TEXT") },
    { "description", 0, 0, G_OPTION_ARG_STRING, &options.description, N_("add, share: more about it"), N_("TEXT") },
    { "from", 0, 0, G_OPTION_ARG_STRING, &options.from, N_("add: when it starts, YYYY-MM-DD"), N_("DATE") },
    { "to", 0, 0, G_OPTION_ARG_STRING, &options.to, N_("add: when it ends, YYYY-MM-DD"), N_("DATE") },
    { "manager", 0, 0, G_OPTION_ARG_STRING, &options.manager, N_("share: whose reports receive it (name or id)"), N_("PERSON") },
    { "all", 0, 0, G_OPTION_ARG_NONE, &options.all, N_("share: everyone below the manager, not only direct reports"), NULL },
    { "measure", 0, 0, G_OPTION_ARG_STRING, &options.measure, N_("share: how success will be measured"), N_("TEXT") },
    { "due", 0, 0, G_OPTION_ARG_STRING, &options.due, N_("share: the due date, YYYY-MM-DD"), N_("DATE") },
    { "supports", 0, 0, G_OPTION_ARG_STRING, &options.supports, N_("share: the plan objective it supports (its id)"), N_("ID") },
    { "date", 0, 0, G_OPTION_ARG_STRING, &options.date, N_("share: the day that chooses each person’s IPDR (default: today)"), N_("DATE") },
    { NULL }
  };

  /* Command words, the same in every language. */
  context = g_option_context_new ("list | add | share");
  g_option_context_set_summary (context,
                                _("The plan: objectives of the organisation, a directorate or a team, which "
                                  "individual objectives support.\n\n"
                                  "“list” shows them with how many individual objectives support each; “add” adds "
                                  "one to a unit; “share” gives the same objective to every report of a manager "
                                  "who has an IPDR for today, each copy then the person’s own."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return grove_cli_usage ("%s", error->message);

  if (argc == 2 && g_str_equal (argv[1], "list"))
    return list_plan (cli, &options);
  if (argc == 2 && g_str_equal (argv[1], "add"))
    return add_plan (cli, &options);
  if (argc == 2 && g_str_equal (argv[1], "share"))
    return share_objective (cli, &options);

  return grove_cli_usage (_("expected “plan list”, “plan add” or “plan share”"));
}
