/* grove-cli-needs-chart.c: grove-cli needs chart, a unit's learning needs
 * drawn as a bar chart to PNG, SVG or PDF
 *
 * A unit too small to be shown on its own is refused, with the reason, as
 * the roll-up keeps it only within the unit above it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "grove-cli.h"
#include "grove-needs-chart.h"
#include "grove-org.h"

#define MIN_SIDE 64
#define MAX_SIDE 8000

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
parse_dimension (const char          *text,
                 GroveNeedsDimension *dimension)
{
  *dimension = GROVE_NEEDS_BY_CAPABILITY;
  if (text == NULL)
    return TRUE;
  for (guint i = 0; i < GROVE_NEEDS_N_DIMENSIONS; i++)
    if (g_str_equal (text, grove_needs_dimension_to_string (i)))
      {
        *dimension = (GroveNeedsDimension) i;
        return TRUE;
      }
  grove_cli_usage (_("--by wants capability, method or condition, not “%s”"), text);
  return FALSE;
}

static gboolean
parse_format (const char       *text,
              const char       *output,
              GroveChartFormat *format)
{
  static const char * const names[] = { "png", "svg", "pdf" };

  if (text == NULL)
    {
      if (grove_chart_format_for_path (output, format))
        return TRUE;
      grove_cli_usage (_("give --format png, svg or pdf, or an output file name ending in one of them"));
      return FALSE;
    }
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_ascii_strcasecmp (text, names[i]) == 0)
      {
        *format = (GroveChartFormat) i;
        return TRUE;
      }
  grove_cli_usage (_("--format wants png, svg or pdf, not “%s”"), text);
  return FALSE;
}

static int
draw (GroveCli            *cli,
      const char          *unit_text,
      const char          *date,
      guint                threshold,
      GroveNeedsDimension  dimension,
      GroveChartFormat     format,
      int                  width,
      int                  height,
      const char          *output)
{
  g_autoptr(GroveOrgUnit) unit = NULL;
  g_autoptr(GPtrArray) groups = NULL;
  g_autoptr(GroveNeedsChart) chart = NULL;
  GError *error = NULL;
  GroveBarChartData data;
  GroveStore *store;
  guint64 number;

  if ((store = grove_cli_get_store (cli, &error)) == NULL)
    return grove_cli_fail (error);
  if (unit_text != NULL)
    {
      unit = g_ascii_string_to_unsigned (unit_text, 10, 1, G_MAXINT64, &number, NULL)
               ? grove_org_get_unit (store, (gint64) number, &error)
               : grove_org_find_unit_by_name (store, unit_text, &error);
      if (unit == NULL)
        return grove_cli_fail (error);
    }
  if ((groups = grove_needs_rollup (store, date, threshold, &error)) == NULL)
    return grove_cli_fail (error);
  if ((chart = grove_needs_chart_new (groups, unit != NULL ? unit->id : 0, dimension)) == NULL)
    {
      g_autofree char *reason = grove_needs_describe_suppression (threshold);

      g_printerr (_("grove-cli: the needs of “%s” are not shown on their own and cannot be charted. %s\n"),
                  unit != NULL ? unit->name : "", reason);
      return GROVE_CLI_EXIT_DATA;
    }
  if (chart->n_bars == 0)
    {
      g_printerr (dimension == GROVE_NEEDS_BY_METHOD
                    ? _("grove-cli: “%s” has nothing to chart: no development activities are recorded yet.\n")
                    : _("grove-cli: “%s” has nothing to chart: no development needs are recorded yet.\n"),
                  chart->unit_name);
      return GROVE_CLI_EXIT_DATA;
    }
  grove_needs_chart_fill (chart, GROVE_CHART_THEME_LIGHT, &data);
  if (!grove_bar_chart_write (&data, format, width, height, output, &error))
    return grove_cli_fail (error);
  return GROVE_CLI_EXIT_OK;
}

int
grove_cli_needs_chart (GroveCli  *cli,
                       int        argc,
                       char     **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) parse_error = NULL;
  g_autofree char *unit = NULL, *by = NULL, *format_text = NULL, *width_text = NULL, *height_text = NULL;
  g_autofree char *threshold_text = NULL, *date = NULL, *output = NULL;
  guint64 threshold = GROVE_NEEDS_DEFAULT_THRESHOLD;
  GroveNeedsDimension dimension;
  GroveChartFormat format;
  int width, height;
  const GOptionEntry entries[] = {
    { "unit", 0, 0, G_OPTION_ARG_STRING, &unit, N_("The team or directorate (name or id); default: the organisation"),
      N_("UNIT") },
    { "by", 0, 0, G_OPTION_ARG_STRING, &by, N_("capability (the default), method or condition"), N_("DIMENSION") },
    { "format", 0, 0, G_OPTION_ARG_STRING, &format_text, N_("png, svg or pdf (default: from the file name)"),
      N_("FORMAT") },
    { "width", 0, 0, G_OPTION_ARG_STRING, &width_text, N_("Width in pixels (default 1600)"), N_("W") },
    { "height", 0, 0, G_OPTION_ARG_STRING, &height_text, N_("Height in pixels (default 1000)"), N_("H") },
    { "threshold", 0, 0, G_OPTION_ARG_STRING, &threshold_text, N_("The anonymity threshold (default 5)"), N_("N") },
    { "date", 0, 0, G_OPTION_ARG_STRING, &date, N_("The day that chooses each person’s IPDR (default: today)"),
      N_("DATE") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("The file to write; it is made readable by you alone"),
      N_("FILE") },
    { NULL }
  };

  context = g_option_context_new (NULL);
  g_option_context_set_summary (context,
                                _("Draw a unit's learning needs as a bar chart: needs by capability or by framework "
                                  "condition, or activities by learning method. A unit with fewer people than the "
                                  "anonymity threshold is refused: its needs are counted only in the unit above it."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &parse_error))
    return grove_cli_usage ("%s", parse_error->message);
  if (argc > 1)
    return grove_cli_usage (_("“%s” takes no arguments besides its options, not “%s”"), "needs chart", argv[1]);
  if (output == NULL)
    return grove_cli_usage (_("“%s” needs -o FILE, the file to write"), "needs chart");
  if (!grove_cli_check_date (date))
    return grove_cli_usage (_("--date wants a date written YYYY-MM-DD, not “%s”"), date);
  if (threshold_text != NULL && !g_ascii_string_to_unsigned (threshold_text, 10, 1, 1000, &threshold, NULL))
    return grove_cli_usage (_("--threshold wants a whole number from 1 to 1000, not “%s”"), threshold_text);
  if (!parse_dimension (by, &dimension) || !parse_format (format_text, output, &format) ||
      !parse_side (width_text, "--width", 1600, &width) || !parse_side (height_text, "--height", 1000, &height))
    return GROVE_CLI_EXIT_USAGE;

  return draw (cli, unit, date, (guint) threshold, dimension, format, width, height, output);
}
