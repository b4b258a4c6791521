/* grove-cli-target.c: grove-cli target list | set | clear
 *
 * Targets are standing aims per condition, the organisation's and any
 * unit's own; a unit without one follows the nearest unit above it. The
 * radar charts draw them as the dashed ring.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "grove-assessment.h"
#include "grove-cli.h"
#include "grove-framework.h"
#include "grove-org.h"

static GroveFrameworkCondition *
find_condition (GroveFramework *framework,
                const char     *key)
{
  for (guint c = 0; c < framework->conditions->len; c++)
    {
      GroveFrameworkCondition *condition = g_ptr_array_index (framework->conditions, c);

      if (g_str_equal (condition->key, key))
        return condition;
    }
  return NULL;
}

static int
list_targets (GroveStore     *store,
              GroveFramework *framework)
{
  g_autoptr(GArray) targets = NULL;
  g_autoptr(GPtrArray) units = NULL;
  GError *error = NULL;

  if ((targets = grove_assessment_list_targets (store, framework->id, &error)) == NULL ||
      (units = grove_org_list_units (store, &error)) == NULL)
    return grove_cli_fail (error);

  /* For scripts: not translated. */
  g_print ("condition\tunit\ttarget\n");
  for (guint i = 0; i < targets->len; i++)
    {
      const GroveTarget *target = &g_array_index (targets, GroveTarget, i);
      const char *condition_key = "";
      const char *unit_name = "";
      char value[G_ASCII_DTOSTR_BUF_SIZE];

      for (guint c = 0; c < framework->conditions->len; c++)
        {
          GroveFrameworkCondition *condition = g_ptr_array_index (framework->conditions, c);

          if (condition->id == target->condition_id)
            condition_key = condition->key;
        }
      for (guint u = 0; u < units->len && target->unit_id != 0; u++)
        if (((GroveOrgUnit *) g_ptr_array_index (units, u))->id == target->unit_id)
          unit_name = ((GroveOrgUnit *) g_ptr_array_index (units, u))->name;
      g_ascii_formatd (value, sizeof value, "%.2f", target->value);
      g_print ("%s\t%s\t%s\n", condition_key, unit_name, value);
    }
  return GROVE_CLI_EXIT_OK;
}

int
grove_cli_target (GroveCli  *cli,
                  int        argc,
                  char     **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) option_error = NULL;
  g_autoptr(GroveFramework) framework = NULL;
  g_autoptr(GroveOrgUnit) unit = NULL;
  g_autofree char *framework_id = NULL;
  g_autofree char *unit_name = NULL;
  GroveFrameworkCondition *condition;
  GError *error = NULL;
  GroveStore *store;
  double value = NAN;
  double low, high;
  const GOptionEntry entries[] = {
    { "framework", 0, 0, G_OPTION_ARG_STRING, &framework_id, N_("The framework (id or key; default: the built-in one)"), N_("FRAMEWORK") },
    { "unit", 0, 0, G_OPTION_ARG_STRING, &unit_name, N_("set, clear: the unit's own target (name or id); default: the organisation's"), N_("UNIT") },
    { NULL }
  };

  context = g_option_context_new (_("list | set CONDITION VALUE | clear CONDITION"));
  g_option_context_set_summary (context,
                                _("Targets: what each condition should reach, on the framework's scale. The "
                                  "organisation has its own, and any team or directorate may have its own too; a "
                                  "unit without one follows the nearest unit above it. CONDITION is a condition's "
                                  "key, as “framework show” lists them."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &option_error))
    return grove_cli_usage ("%s", option_error->message);

  if (!((argc == 2 && g_str_equal (argv[1], "list")) ||
        (argc == 4 && g_str_equal (argv[1], "set")) ||
        (argc == 3 && g_str_equal (argv[1], "clear"))))
    return grove_cli_usage (_("expected “target list”, “target set CONDITION VALUE” or “target clear CONDITION”"));

  if ((store = grove_cli_get_store (cli, &error)) == NULL ||
      (framework = grove_cli_find_framework (store, framework_id != NULL ? framework_id : GROVE_FRAMEWORK_BUILTIN_KEY,
                                   &error)) == NULL ||
      (unit_name != NULL && (unit = grove_cli_find_unit (store, unit_name, &error)) == NULL))
    return grove_cli_fail (error);
  if (g_str_equal (argv[1], "list"))
    return list_targets (store, framework);

  if ((condition = find_condition (framework, argv[2])) == NULL)
    {
      g_printerr ("grove-cli: ");
      g_printerr (_("The framework “%s” has no condition “%s”; “framework show” lists them.\n"), framework->key, argv[2]);
      return GROVE_CLI_EXIT_NOT_FOUND;
    }
  if (g_str_equal (argv[1], "set"))
    {
      char *end = NULL;

      low = ((GroveFrameworkScalePoint *) g_ptr_array_index (framework->scale, 0))->value;
      high = ((GroveFrameworkScalePoint *) g_ptr_array_index (framework->scale, framework->scale->len - 1))->value;
      value = g_ascii_strtod (argv[3], &end);
      if (end == argv[3] || *end != '\0' || !(value >= low && value <= high))
        {
          g_printerr ("grove-cli: ");
          g_printerr (_("A target is a number on the framework’s scale, from %g to %g, not “%s”.\n"), low, high, argv[3]);
          return GROVE_CLI_EXIT_DATA;
        }
    }
  if (!grove_assessment_set_target (store, condition->id, unit != NULL ? unit->id : 0, value, &error))
    return grove_cli_fail (error);
  return GROVE_CLI_EXIT_OK;
}
