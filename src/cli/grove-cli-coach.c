/* grove-cli-coach.c: grove-cli coach list — the coaching pool
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "grove-cli.h"
#include "grove-coaching.h"

/* Tabs and line breaks inside a value would shift the columns. */
static void
print_field (const char *value,
             gboolean    last)
{
  for (const char *p = value != NULL ? value : ""; *p != '\0'; p++)
    g_print ("%c", *p == '\t' || *p == '\n' || *p == '\r' ? ' ' : *p);
  g_print (last ? "\n" : "\t");
}

static void
print_list (GStrv    values,
            gboolean last)
{
  g_autofree char *joined = values != NULL ? g_strjoinv (";", values) : NULL;

  print_field (joined, last);
}

static const char *
roles_to_string (guint roles)
{
  return roles == GROVE_MATCH_ROLE_BOTH ? "both" : roles == GROVE_MATCH_ROLE_MENTOR ? "mentor" : "coach";
}

static int
list_coaches (GroveCli *cli)
{
  g_autoptr(GPtrArray) coaches = NULL;
  GError *error = NULL;
  GroveStore *store;

  if ((store = grove_cli_get_store (cli, &error)) == NULL ||
      (coaches = grove_coaching_list_coaches (store, &error)) == NULL)
    return grove_cli_fail (error);

  /* The header and columns are for scripts, so they are not translated. */
  g_print ("id\tname\trole\tused\tcapacity\tactive\tspecialisms\tlanguages\tlocation\taccreditation\n");
  for (guint i = 0; i < coaches->len; i++)
    {
      GroveCoach *coach = coaches->pdata[i];

      g_print ("%" G_GINT64_FORMAT "\t", coach->id);
      print_field (coach->name, FALSE);
      g_print ("%s\t%u\t%u\t%s\t", roles_to_string (coach->roles), coach->used, coach->capacity,
               coach->active ? "yes" : "no");
      print_list (coach->specialisms, FALSE);
      print_list (coach->languages, FALSE);
      print_field (coach->location, FALSE);
      print_field (coach->accreditation, TRUE);
    }
  return GROVE_CLI_EXIT_OK;
}

int
grove_cli_coach (GroveCli  *cli,
                 int        argc,
                 char     **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;

  context = g_option_context_new ("list");
  g_option_context_set_summary (context,
                                _("List the coaching pool, one coach or mentor a line, as tab-separated columns: "
                                  "id, name, role, seats used, capacity, active, specialisms, languages, location, "
                                  "accreditation."));
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return grove_cli_usage ("%s", error->message);
  if (argc == 2 && g_str_equal (argv[1], "list"))
    return list_coaches (cli);
  return grove_cli_usage (_("expected “coach list”"));
}
