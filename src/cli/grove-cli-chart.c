/* grove-cli-chart.c: grove-cli chart and heatmap, a round's results drawn
 * to PNG, SVG or PDF
 *
 * Only what the roll-up lets out is drawn. A suppressed unit asked for by
 * name is refused, with the reason; suppressed teams in a heat map and
 * comparisons that cannot be shown are drawn as gaps or left out, and
 * named on standard error so that whoever made the file knows.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "grove-chart-output.h"
#include "grove-cli.h"
#include "grove-culture-chart.h"
#include "grove-culture-heatmap.h"
#include "grove-culture-suppression.h"
#include "grove-org.h"

/* Large enough for print, small enough that a PNG stays in memory. */
#define MIN_SIDE 64
#define MAX_SIDE 8000

/* What both commands take besides their own options. */
typedef struct {
  char            *round;
  char            *unit;
  char            *format_text;
  char            *theme_text;
  char            *width_text;
  char            *height_text;
  char            *threshold_text;
  char            *output;
  GroveChartFormat format;
  GroveChartTheme  theme;
  int              width;
  int              height;
  guint            threshold;
} Options;

static void
options_clear (Options *options)
{
  g_free (options->round);
  g_free (options->unit);
  g_free (options->format_text);
  g_free (options->theme_text);
  g_free (options->width_text);
  g_free (options->height_text);
  g_free (options->threshold_text);
  g_free (options->output);
}

static gboolean
parse_side (const char *text,
            const char *option,
            int         fallback,
            int        *side)
{
  guint64 value;

  if (text == NULL)
    {
      *side = fallback;
      return TRUE;
    }
  if (!g_ascii_string_to_unsigned (text, 10, MIN_SIDE, MAX_SIDE, &value, NULL))
    {
      grove_cli_usage (_("%s wants a whole number of pixels from %d to %d, not “%s”"),
                       option, MIN_SIDE, MAX_SIDE, text);
      return FALSE;
    }
  *side = (int) value;
  return TRUE;
}

static gboolean
parse_format (Options *options)
{
  static const char * const names[] = { "png", "svg", "pdf" };

  if (options->format_text == NULL)
    {
      if (grove_chart_format_for_path (options->output, &options->format))
        return TRUE;
      grove_cli_usage (_("give --format png, svg or pdf, or an output file name ending in one of them"));
      return FALSE;
    }
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_ascii_strcasecmp (options->format_text, names[i]) == 0)
      {
        options->format = (GroveChartFormat) i;
        return TRUE;
      }
  grove_cli_usage (_("--format wants png, svg or pdf, not “%s”"), options->format_text);
  return FALSE;
}

static gboolean
parse_theme (Options *options)
{
  options->theme = GROVE_CHART_THEME_LIGHT;
  if (options->theme_text == NULL || g_str_equal (options->theme_text, "light"))
    return TRUE;
  if (g_str_equal (options->theme_text, "dark"))
    options->theme = GROVE_CHART_THEME_DARK;
  else if (g_str_equal (options->theme_text, "high-contrast"))
    options->theme = GROVE_CHART_THEME_HIGH_CONTRAST;
  else
    {
      grove_cli_usage (_("--theme wants light, dark or high-contrast, not “%s”"), options->theme_text);
      return FALSE;
    }
  return TRUE;
}

/* Checks what both commands share; prints the usage error itself. */
static gboolean
check_options (Options    *options,
               const char *command,
               int         argc,
               char      **argv)
{
  guint64 threshold = GROVE_ANONYMITY_THRESHOLD_DEFAULT;

  if (argc > 1)
    {
      grove_cli_usage (_("“%s” takes no arguments besides its options, not “%s”"), command, argv[1]);
      return FALSE;
    }
  if (options->round == NULL)
    {
      grove_cli_usage (_("“%s” needs --round"), command);
      return FALSE;
    }
  if (options->output == NULL)
    {
      grove_cli_usage (_("“%s” needs -o FILE, the file to write"), command);
      return FALSE;
    }
  if (options->threshold_text != NULL &&
      !g_ascii_string_to_unsigned (options->threshold_text, 10, 1, 1000, &threshold, NULL))
    {
      grove_cli_usage (_("--threshold wants a whole number from 1 to 1000, not “%s”"), options->threshold_text);
      return FALSE;
    }
  options->threshold = (guint) threshold;

  return parse_format (options) && parse_theme (options) &&
         parse_side (options->width_text, "--width", 1600, &options->width) &&
         parse_side (options->height_text, "--height", 1000, &options->height);
}

static GroveRollup *
compute_rollup (GroveCli       *cli,
                const Options  *options,
                GError        **error)
{
  g_autoptr(GroveRound) round = NULL;
  GroveStore *store;

  if ((store = grove_cli_get_store (cli, error)) == NULL ||
      (round = grove_assessment_find_round (store, options->round, error)) == NULL)
    return NULL;
  return grove_rollup_compute (store, round->id, options->threshold, error);
}

/* A unit by id or name, as in the roll-up; NULL with an error otherwise. */
static const GroveRollupUnit *
find_unit (GroveCli           *cli,
           const GroveRollup  *rollup,
           const char         *name,
           GError            **error)
{
  g_autoptr(GroveOrgUnit) unit = NULL;
  const GroveRollupUnit *found;

  if ((unit = grove_cli_find_unit (cli->store, name, error)) == NULL)
    return NULL;
  if ((found = grove_rollup_find_unit (rollup, unit->id)) == NULL)
    g_set_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_NOT_FOUND,
                 _("“%s” is not in the roll-up of this round."), unit->name);
  return found;
}

/* Exit 3: a refusal of the value asked for, not a fault. */
static int
refuse_suppressed (const GroveRollup     *rollup,
                   const GroveRollupUnit *unit)
{
  g_autofree char *why = grove_culture_describe_suppression (unit, grove_rollup_get_threshold (rollup));

  g_printerr (_("grove-cli: the results of “%s” in “%s” are suppressed and cannot be charted. %s\n"),
              unit->name, grove_rollup_get_round (rollup)->title, why);
  return GROVE_CLI_EXIT_DATA;
}

static void
note_suppressed (const GroveRollup     *rollup,
                 const GroveRollupUnit *unit,
                 const char            *round_title)
{
  g_autofree char *why = grove_culture_describe_suppression (unit, grove_rollup_get_threshold (rollup));

  g_printerr (_("grove-cli: “%s” in “%s” is left out: %s\n"), unit->name, round_title, why);
}

static void
draw_radar (gconstpointer  data,
            cairo_t       *cr,
            double         width,
            double         height)
{
  grove_radar_render (data, cr, width, height);
}

static void
draw_heatmap (gconstpointer  data,
              cairo_t       *cr,
              double         width,
              double         height)
{
  grove_heatmap_render (data, cr, width, height);
}

static gboolean
parse_compare (const char          *text,
               GroveCultureCompare *compare)
{
  g_auto(GStrv) names = NULL;

  *compare = 0;
  if (text == NULL)
    return TRUE;
  names = g_strsplit (text, ",", -1);
  for (guint i = 0; names[i] != NULL; i++)
    {
      const char *name = g_strstrip (names[i]);

      if (g_str_equal (name, "org"))
        *compare |= GROVE_CULTURE_COMPARE_ORGANISATION;
      else if (g_str_equal (name, "previous"))
        *compare |= GROVE_CULTURE_COMPARE_PREVIOUS;
      else if (g_str_equal (name, "target"))
        *compare |= GROVE_CULTURE_COMPARE_TARGET;
      else
        {
          grove_cli_usage (_("--compare wants org, previous or target (or several, with commas), not “%s”"), name);
          return FALSE;
        }
    }
  return TRUE;
}

/* Comparisons the roll-up withholds are left out of the chart: say so. */
static void
note_left_out (const GroveRollup     *rollup,
               const GroveRollup     *previous,
               const GroveRollupUnit *unit,
               GroveCultureCompare    compare)
{
  const GroveRollupUnit *other;

  if ((compare & GROVE_CULTURE_COMPARE_PREVIOUS) && previous != NULL &&
      (other = grove_rollup_find_unit (previous, unit->unit_id)) != NULL &&
      other->suppression != GROVE_SUPPRESSION_NONE)
    note_suppressed (previous, other, grove_rollup_get_round (previous)->title);
  if (compare & GROVE_CULTURE_COMPARE_ORGANISATION)
    for (guint i = 0; i < grove_rollup_get_n_units (rollup); i++)
      {
        other = grove_rollup_get_unit (rollup, i);
        if (other->kind == GROVE_ORG_UNIT_ORGANISATION && other->suppression != GROVE_SUPPRESSION_NONE)
          note_suppressed (rollup, other, grove_rollup_get_round (rollup)->title);
      }
}

static int
run_chart (GroveCli            *cli,
           const Options       *options,
           GroveCultureCompare  compare)
{
  g_autoptr(GroveRollup) rollup = NULL;
  g_autoptr(GroveRollup) previous = NULL;
  g_autoptr(GroveCultureChart) chart = NULL;
  g_autofree GroveRadarSeries *series = NULL;
  const GroveRollupUnit *unit;
  GError *error = NULL;
  GroveRadarData data;

  if ((rollup = compute_rollup (cli, options, &error)) == NULL ||
      (unit = find_unit (cli, rollup, options->unit, &error)) == NULL)
    return grove_cli_fail (error);
  if (unit->suppression != GROVE_SUPPRESSION_NONE)
    return refuse_suppressed (rollup, unit);

  if ((compare & GROVE_CULTURE_COMPARE_PREVIOUS) && grove_rollup_get_previous_round (rollup) != NULL &&
      (previous = grove_rollup_compute (cli->store, grove_rollup_get_previous_round (rollup)->id,
                                        options->threshold, &error)) == NULL)
    return grove_cli_fail (error);
  note_left_out (rollup, previous, unit, compare);

  chart = grove_culture_chart_new (rollup, previous, unit->unit_id, compare);
  g_assert (chart != NULL);
  series = g_new0 (GroveRadarSeries, chart->n_series);
  grove_culture_chart_fill (chart, NULL, NULL, options->theme, &data, series);
  if (!grove_chart_write (options->format, draw_radar, &data, options->width, options->height,
                          options->output, &error))
    return grove_cli_fail (error);
  return GROVE_CLI_EXIT_OK;
}

static int
run_heatmap (GroveCli      *cli,
             const Options *options)
{
  g_autoptr(GroveRollup) rollup = NULL;
  g_autoptr(GroveCultureHeatmap) heatmap = NULL;
  const GroveRollupUnit *unit = NULL;
  GError *error = NULL;
  GroveHeatmapData data;

  if ((rollup = compute_rollup (cli, options, &error)) == NULL ||
      (options->unit != NULL && (unit = find_unit (cli, rollup, options->unit, &error)) == NULL))
    return grove_cli_fail (error);
  if (unit != NULL && unit->suppression != GROVE_SUPPRESSION_NONE)
    return refuse_suppressed (rollup, unit);

  heatmap = grove_culture_heatmap_new_within (rollup, unit != NULL ? unit->unit_id : 0);
  if (heatmap->n_rows == 0)
    {
      g_printerr ("grove-cli: %s\n", _("There are no teams to draw in this round."));
      return GROVE_CLI_EXIT_DATA;
    }
  for (guint r = 0; r < heatmap->n_rows; r++)
    {
      const GroveRollupUnit *team = grove_rollup_find_unit (rollup, heatmap->unit_ids[r]);

      if (team->suppression != GROVE_SUPPRESSION_NONE)
        {
          g_autofree char *why = grove_culture_describe_suppression (team, grove_rollup_get_threshold (rollup));

          g_printerr (_("grove-cli: “%s” is drawn without figures: %s\n"), team->name, why);
        }
    }

  grove_culture_heatmap_fill (heatmap, options->theme, &data);
  if (!grove_chart_write (options->format, draw_heatmap, &data, options->width, options->height,
                          options->output, &error))
    return grove_cli_fail (error);
  return GROVE_CLI_EXIT_OK;
}

static GOptionContext *
context_new (Options           *options,
             const GOptionEntry *extra,
             const char        *summary)
{
  const GOptionEntry entries[] = {
    { "round", 0, 0, G_OPTION_ARG_STRING, &options->round, N_("The round's id or title"), N_("ROUND") },
    { "format", 0, 0, G_OPTION_ARG_STRING, &options->format_text, N_("png, svg or pdf (default: from the file name)"), N_("FORMAT") },
    { "theme", 0, 0, G_OPTION_ARG_STRING, &options->theme_text, N_("light (the default), dark or high-contrast"), N_("THEME") },
    { "width", 0, 0, G_OPTION_ARG_STRING, &options->width_text, N_("Width in pixels (default 1600)"), N_("W") },
    { "height", 0, 0, G_OPTION_ARG_STRING, &options->height_text, N_("Height in pixels (default 1000)"), N_("H") },
    { "threshold", 0, 0, G_OPTION_ARG_STRING, &options->threshold_text, N_("The anonymity threshold (default 5)"), N_("N") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &options->output, N_("The file to write; it is made readable by you alone"), N_("FILE") },
    { NULL }
  };
  GOptionContext *context = g_option_context_new (NULL);

  g_option_context_set_summary (context, summary);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_add_main_entries (context, extra, GETTEXT_PACKAGE);
  return context;
}

int
grove_cli_chart (GroveCli  *cli,
                 int        argc,
                 char     **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *compare_text = NULL;
  Options options = { 0 };
  GroveCultureCompare compare;
  int status;
  const GOptionEntry entries[] = {
    { "unit", 0, 0, G_OPTION_ARG_STRING, &options.unit, N_("The team or directorate (name or id)"), N_("UNIT") },
    { "compare", 0, 0, G_OPTION_ARG_STRING, &compare_text, N_("Draw it against org, previous or target; several with commas"), N_("WITH") },
    { NULL }
  };

  context = context_new (&options, entries,
                         _("Draw a unit's results for a round as a radar chart, one axis per condition. "
                           "A unit whose results are suppressed for anonymity is refused."));
  if (!g_option_context_parse (context, &argc, &argv, &error))
    status = grove_cli_usage ("%s", error->message);
  else if (!check_options (&options, "chart", argc, argv) || !parse_compare (compare_text, &compare))
    status = GROVE_CLI_EXIT_USAGE;
  else if (options.unit == NULL)
    status = grove_cli_usage (_("“chart” needs --unit"));
  else
    status = run_chart (cli, &options, compare);

  options_clear (&options);
  return status;
}

int
grove_cli_heatmap (GroveCli  *cli,
                   int        argc,
                   char     **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  Options options = { 0 };
  int status;
  const GOptionEntry entries[] = {
    { "unit", 0, 0, G_OPTION_ARG_STRING, &options.unit, N_("Only the teams in this unit (name or id)"), N_("UNIT") },
    { NULL }
  };

  context = context_new (&options, entries,
                         _("Draw a round's results as a heat map of teams by conditions. Teams whose "
                           "results are suppressed for anonymity are drawn without figures."));
  if (!g_option_context_parse (context, &argc, &argv, &error))
    status = grove_cli_usage ("%s", error->message);
  else if (!check_options (&options, "heatmap", argc, argv))
    status = GROVE_CLI_EXIT_USAGE;
  else
    status = run_heatmap (cli, &options);

  options_clear (&options);
  return status;
}
