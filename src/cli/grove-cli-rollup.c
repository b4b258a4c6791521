/* grove-cli-rollup.c: grove-cli rollup --round R [--unit U] [--csv] [--threshold N]
 *
 * Numbers are written with a point for the decimal, whatever the locale, so
 * that scripts read the same output everywhere. Suppressed units say so and
 * why, and show no figures.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "grove-cli.h"
#include "grove-import-csv.h"
#include "grove-org.h"
#include "grove-rollup.h"

typedef struct {
  const GroveRollup *rollup;
  guint              first; /* the units shown: [first, end) in tree order */
  guint              end;
  gboolean           csv;
} Report;

/* "%.2f" in the C locale; "" for no value. */
static char *
format_number (double value,
               int    decimals,
               gboolean signed_)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  const char *format = decimals == 1 ? (signed_ ? "%+.1f" : "%.1f") : (signed_ ? "%+.2f" : "%.2f");

  if (isnan (value))
    return g_strdup ("");
  return g_strdup (g_ascii_formatd (buffer, sizeof buffer, format, value));
}

/* One RFC 4180 field, as the core writes them. */
static char *
csv_field (const char *text)
{
  GString *out = g_string_new (NULL);

  grove_csv_append_field (out, text);
  return g_string_free (out, FALSE);
}

static void
print_csv_row (const Report          *report,
               const GroveRollupUnit *unit,
               guint                  condition)
{
  const GroveFramework *framework = grove_rollup_get_framework (report->rollup);
  const GroveFrameworkCondition *c = g_ptr_array_index (framework->conditions, condition);
  const GroveRollupFigures *figures = grove_rollup_get_condition (report->rollup, unit->unit_id, condition);
  g_autofree char *name = csv_field (unit->name);
  g_autofree char *mean = NULL, *positive = NULL, *change = NULL, *target_text = NULL;
  double target;

  grove_rollup_get_target (report->rollup, unit->unit_id, condition, &target);
  target_text = format_number (target, 2, FALSE);
  g_print ("%" G_GINT64_FORMAT ",%s,%s,%s,%s,", unit->unit_id, name, grove_org_unit_kind_to_string (unit->kind),
           c->key, grove_suppression_to_string (unit->suppression));
  if (figures == NULL)
    {
      g_print (",,,,,,%s\n", target_text);
      return;
    }
  mean = format_number (figures->mean, 2, FALSE);
  positive = format_number (figures->percent_positive, 1, FALSE);
  change = figures->has_change ? format_number (figures->change, 2, TRUE) : g_strdup ("");
  g_print ("%u,%u,%u,%s,%s,%s,%s\n", figures->respondents, figures->scored, figures->not_observed,
           mean, positive, change, target_text);
}

static void
print_csv (const Report *report)
{
  const GroveFramework *framework = grove_rollup_get_framework (report->rollup);

  g_print ("unit_id,unit,kind,condition,status,respondents,scored,not_observed,mean,percent_positive,change,target\n");
  for (guint i = report->first; i < report->end; i++)
    for (guint c = 0; c < framework->conditions->len; c++)
      print_csv_row (report, grove_rollup_get_unit (report->rollup, i), c);
}

static void
print_text_row (const Report          *report,
                const GroveRollupUnit *unit,
                guint                  condition,
                guint                  base_depth)
{
  const GroveRollupFigures *figures = grove_rollup_get_condition (report->rollup, unit->unit_id, condition);
  g_autofree char *mean = NULL, *positive = NULL, *change = NULL, *target_text = NULL;
  int indent = (int) (unit->depth - base_depth) * 2;
  double target;

  if (figures == NULL)
    {
      g_autofree char *why = grove_suppression_describe (unit->suppression,
                                                         grove_rollup_get_threshold (report->rollup));

      g_print ("%*s%s\t%s\n", indent, "", unit->name, why);
      return;
    }
  grove_rollup_get_target (report->rollup, unit->unit_id, condition, &target);
  mean = format_number (figures->mean, 2, FALSE);
  positive = format_number (figures->percent_positive, 1, FALSE);
  change = figures->has_change ? format_number (figures->change, 2, TRUE) : g_strdup ("-");
  target_text = format_number (target, 2, FALSE);
  g_print ("%*s%s\t%s\t%s\t%u\t%s\t%s\n", indent, "", unit->name, mean, positive, figures->respondents,
           change, isnan (target) ? "-" : target_text);
}

static void
print_text (const Report *report)
{
  const GroveRound *round = grove_rollup_get_round (report->rollup);
  const GroveRound *previous = grove_rollup_get_previous_round (report->rollup);
  const GroveFramework *framework = grove_rollup_get_framework (report->rollup);
  guint base_depth = grove_rollup_get_unit (report->rollup, report->first)->depth;

  g_print (_("Round: %s (%s to %s)\n"), round->title, round->opens, round->closes);
  if (previous != NULL)
    g_print (_("Change from: %s\n"), previous->title);
  g_print (_("Anonymity threshold: %u\n"), grove_rollup_get_threshold (report->rollup));

  for (guint c = 0; c < framework->conditions->len; c++)
    {
      const GroveFrameworkCondition *condition = g_ptr_array_index (framework->conditions, c);
      g_autofree char *median_text = NULL, *upper_text = NULL;
      double median, upper;

      g_print ("\n%u. %s\n", c + 1, condition->title);
      g_print ("unit\tmean\tpositive%%\tn\tchange\ttarget\n");
      for (guint i = report->first; i < report->end; i++)
        print_text_row (report, grove_rollup_get_unit (report->rollup, i), c, base_depth);
      if (grove_rollup_get_benchmark (report->rollup, c, &median, &upper))
        {
          median_text = format_number (median, 2, FALSE);
          upper_text = format_number (upper, 2, FALSE);
          g_print (_("Teams: median %s, upper quartile %s\n"), median_text, upper_text);
        }
    }
}

/* The unit and everything below it: a contiguous run in tree order. */
static gboolean
select_units (Report      *report,
              GroveStore  *store,
              const char  *unit_name,
              GError     **error)
{
  guint n = grove_rollup_get_n_units (report->rollup);
  g_autoptr(GroveOrgUnit) unit = NULL;

  report->first = 0;
  report->end = n;
  if (unit_name == NULL)
    return TRUE;
  if ((unit = grove_cli_find_unit (store, unit_name, error)) == NULL)
    return FALSE;
  for (guint i = 0; i < n; i++)
    if (grove_rollup_get_unit (report->rollup, i)->unit_id == unit->id)
      {
        guint depth = grove_rollup_get_unit (report->rollup, i)->depth;

        report->first = i;
        for (report->end = i + 1; report->end < n; report->end++)
          if (grove_rollup_get_unit (report->rollup, report->end)->depth <= depth)
            break;
        return TRUE;
      }
  return TRUE;
}

static int
run_rollup (GroveCli   *cli,
            const char *round_name,
            const char *unit_name,
            guint       threshold,
            gboolean    csv)
{
  g_autoptr(GroveRound) round = NULL;
  g_autoptr(GroveRollup) rollup = NULL;
  Report report = { NULL, 0, 0, csv };
  GError *error = NULL;
  GroveStore *store;

  if ((store = grove_cli_get_store (cli, &error)) == NULL ||
      (round = grove_assessment_find_round (store, round_name, &error)) == NULL ||
      (rollup = grove_rollup_compute (store, round->id, threshold, &error)) == NULL)
    return grove_cli_fail (error);
  report.rollup = rollup;
  if (!select_units (&report, store, unit_name, &error))
    return grove_cli_fail (error);

  if (grove_rollup_get_n_units (rollup) == 0)
    {
      g_print ("%s\n", _("There is no organisation in this database yet, so there is nothing to roll up."));
      return GROVE_CLI_EXIT_OK;
    }
  if (csv)
    print_csv (&report);
  else
    print_text (&report);
  return GROVE_CLI_EXIT_OK;
}

int
grove_cli_rollup (GroveCli  *cli,
                  int        argc,
                  char     **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *round = NULL;
  g_autofree char *unit = NULL;
  g_autofree char *threshold_text = NULL;
  gboolean csv = FALSE;
  guint64 threshold = GROVE_ANONYMITY_THRESHOLD_DEFAULT;
  const GOptionEntry entries[] = {
    { "round", 0, 0, G_OPTION_ARG_STRING, &round, N_("The round's id or title"), N_("ROUND") },
    { "unit", 0, 0, G_OPTION_ARG_STRING, &unit, N_("Only this unit (name or id) and the units inside it"), N_("UNIT") },
    { "csv", 0, 0, G_OPTION_ARG_NONE, &csv, N_("Write CSV, one row per unit and condition"), NULL },
    { "threshold", 0, 0, G_OPTION_ARG_STRING, &threshold_text, N_("The anonymity threshold (default 5)"), N_("N") },
    { NULL }
  };

  context = g_option_context_new (NULL);
  g_option_context_set_summary (context,
                                _("Roll a round's results up from teams to the organisation: per condition, the "
                                  "mean, the percentage of positive scores, the number of respondents and the "
                                  "change since the previous round. Units with fewer respondents than the "
                                  "anonymity threshold are suppressed."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return grove_cli_usage ("%s", error->message);
  if (argc > 1)
    return grove_cli_usage (_("“rollup” takes no arguments besides its options, not “%s”"), argv[1]);
  if (round == NULL)
    return grove_cli_usage (_("“rollup” needs --round"));
  if (threshold_text != NULL &&
      !g_ascii_string_to_unsigned (threshold_text, 10, 1, 1000, &threshold, NULL))
    return grove_cli_usage (_("--threshold wants a whole number from 1 to 1000, not “%s”"), threshold_text);

  return run_rollup (cli, round, unit, (guint) threshold, csv);
}
