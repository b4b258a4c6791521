/* grove-cli-needs.c: grove-cli needs [rollup] [--unit U] [--csv] [--threshold N]; needs chart
 * is in grove-cli-needs-chart.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "grove-cli.h"
#include "grove-needs.h"
#include "grove-org.h"

/* Keeps the groups of `unit` and the units below it. */
static void
keep_subtree (GPtrArray *groups,
              gint64     unit)
{
  g_autoptr(GHashTable) inside = g_hash_table_new (g_int64_hash, g_int64_equal);

  for (guint i = 0; i < groups->len;)
    {
      GroveNeedsGroup *group = g_ptr_array_index (groups, i);

      /* Parents come before their children. */
      if (group->unit_id == unit || g_hash_table_contains (inside, &group->parent_id))
        {
          g_hash_table_add (inside, &group->unit_id);
          i++;
        }
      else
        g_ptr_array_remove_index (groups, i);
    }
}

static void
print_table (GPtrArray *groups,
             guint      threshold)
{
  g_print (_("Anonymity threshold: %u\n"), threshold);
  for (guint i = 0; i < groups->len; i++)
    {
      GroveNeedsGroup *group = g_ptr_array_index (groups, i);
      int dimension = -1;

      g_print ("\n%s (%s)\n", group->name, grove_org_unit_kind_label (group->kind));
      g_print (g_dngettext (GETTEXT_PACKAGE, "%u person with an IPDR, %u needs, %u activities\n",
                            "%u people with an IPDR, %u needs, %u activities\n", group->people),
               group->people, group->needs, group->activities);
      if (group->merged_units > 0)
        g_print (g_dngettext (GETTEXT_PACKAGE,
                              "Includes %u smaller unit, not shown on its own to protect anonymity.\n",
                              "Includes %u smaller units, not shown on their own to protect anonymity.\n",
                              group->merged_units),
                 group->merged_units);
      for (guint j = 0; j < group->counts->len; j++)
        {
          GroveNeedsCount *count = g_ptr_array_index (group->counts, j);
          static const char *titles[] = { N_("By capability"), N_("By learning method"), N_("By framework condition") };

          if ((int) count->dimension != dimension)
            {
              dimension = (int) count->dimension;
              g_print ("  %s\n", _(titles[dimension]));
            }
          g_print ("    %5u  %s\n", count->count, count->label);
        }
    }
}

int
grove_cli_needs (GroveCli  *cli,
                 int        argc,
                 char     **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) parse_error = NULL;
  g_autoptr(GPtrArray) groups = NULL;
  g_autoptr(GroveOrgUnit) unit = NULL;
  g_autofree char *unit_text = NULL, *date = NULL, *threshold_text = NULL;
  gboolean csv = FALSE;
  guint64 threshold = GROVE_NEEDS_DEFAULT_THRESHOLD;
  GError *error = NULL;
  GroveStore *store;
  const GOptionEntry entries[] = {
    { "unit", 0, 0, G_OPTION_ARG_STRING, &unit_text, N_("Only this unit (name or id) and the units inside it"),
      N_("UNIT") },
    { "csv", 0, 0, G_OPTION_ARG_NONE, &csv, N_("Write CSV, one row per unit and count"), NULL },
    { "threshold", 0, 0, G_OPTION_ARG_STRING, &threshold_text, N_("The anonymity threshold (default 5)"), N_("N") },
    { "date", 0, 0, G_OPTION_ARG_STRING, &date, N_("The day that chooses each person’s IPDR (default: today)"),
      N_("DATE") },
    { NULL }
  };

  if (argc >= 2 && g_str_equal (argv[1], "chart"))
    return grove_cli_needs_chart (cli, argc - 1, argv + 1);

  /* A command word, the same in every language. */
  context = g_option_context_new ("[rollup]");
  g_option_context_set_summary (context,
                                _("Learning-needs analysis: development needs and activities from this year’s IPDRs, "
                                  "counted by capability, learning method and framework condition for each team, "
                                  "directorate and the organisation. Units with fewer people than the anonymity "
                                  "threshold are counted only within the unit above them."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &parse_error))
    return grove_cli_usage ("%s", parse_error->message);
  if (argc > 2 || (argc == 2 && !g_str_equal (argv[1], "rollup")))
    return grove_cli_usage (_("expected “needs [rollup] [--unit UNIT] [--csv] [--threshold N]”"));
  if (!grove_cli_check_date (date))
    return grove_cli_usage (_("--date wants a date written YYYY-MM-DD, not “%s”"), date);
  if (threshold_text != NULL && !g_ascii_string_to_unsigned (threshold_text, 10, 1, 1000, &threshold, NULL))
    return grove_cli_usage (_("--threshold wants a whole number from 1 to 1000, not “%s”"), threshold_text);

  if ((store = grove_cli_get_store (cli, &error)) == NULL)
    return grove_cli_fail (error);
  if (unit_text != NULL)
    {
      if ((unit = grove_cli_find_unit (store, unit_text, &error)) == NULL)
        return grove_cli_fail (error);
    }
  if ((groups = grove_needs_rollup (store, date, (guint) threshold, &error)) == NULL)
    return grove_cli_fail (error);
  if (unit != NULL)
    keep_subtree (groups, unit->id);

  if (csv)
    {
      g_autofree char *text = grove_needs_rollup_to_csv (groups);

      g_print ("%s", text);
      return GROVE_CLI_EXIT_OK;
    }
  if (groups->len == 0)
    {
      g_print ("%s\n", unit != NULL
                         ? _("This unit has too few people with an IPDR to show its needs on its own; they are "
                             "counted in the unit above it.")
                         : _("Too few people have an IPDR for this period to show any needs without identifying "
                             "someone."));
      return GROVE_CLI_EXIT_OK;
    }
  print_table (groups, (guint) threshold);
  return GROVE_CLI_EXIT_OK;
}
