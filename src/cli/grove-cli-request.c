/* grove-cli-request.c: grove-cli request list — the waiting list
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

static int
list_requests (GroveCli *cli,
               gboolean  all)
{
  g_autoptr(GPtrArray) requests = NULL;
  GError *error = NULL;
  GroveStore *store;

  if ((store = grove_cli_get_store (cli, &error)) == NULL ||
      (requests = grove_coaching_list_requests (store, !all, &error)) == NULL)
    return grove_cli_fail (error);

  g_print ("id\tname\tkind\trequested\tstatus\tlanguages\twanted\tlast_reason\n");
  for (guint i = 0; i < requests->len; i++)
    {
      GroveCoachingRequest *request = requests->pdata[i];

      g_print ("%" G_GINT64_FORMAT "\t", request->id);
      print_field (request->name, FALSE);
      g_print ("%s\t%s\t%s\t", request->kind == GROVE_MATCH_MENTORING ? "mentoring" : "coaching",
               request->requested, grove_request_status_to_string (request->status));
      print_list (request->languages, FALSE);
      print_list (request->wanted, FALSE);
      print_field (request->status == GROVE_REQUEST_WAITING && request->unmatched_run != 0
                     ? grove_match_reason_to_string (request->unmatched_reason) : NULL, TRUE);
    }
  return GROVE_CLI_EXIT_OK;
}

int
grove_cli_request (GroveCli  *cli,
                   int        argc,
                   char     **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  gboolean all = FALSE;
  const GOptionEntry entries[] = {
    { "all", 0, 0, G_OPTION_ARG_NONE, &all, N_("Matched and closed requests too, after the waiting list"), NULL },
    { NULL }
  };

  context = g_option_context_new ("list");
  g_option_context_set_summary (context,
                                _("List the waiting list in its order, one request a line, as tab-separated "
                                  "columns: id, name, kind, date requested, status, languages needed, specialisms "
                                  "wanted, and why the last matching run left it waiting."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return grove_cli_usage ("%s", error->message);
  if (argc == 2 && g_str_equal (argv[1], "list"))
    return list_requests (cli, all);
  return grove_cli_usage (_("expected “request list [--all]”"));
}
