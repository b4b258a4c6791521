/* bench-my-team.c: how long My team takes to open for a manager with 200
 * reports on the large demo database
 *
 *   bench-my-team [--runs N] [--reports N]
 *
 * Builds the benchmark organisation (10,000 people, 500 teams, 1 round,
 * everyone with an IPDR) in a temporary folder, gives one director
 * --reports direct reports taken from elsewhere in the organisation, and
 * times grove_my_team_list() for them on the demo's day: the direct reports,
 * then everyone below. Prints the medians.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <locale.h>
#include <stdlib.h>

#include "grove-demo.h"
#include "grove-my-team.h"
#include "grove-org.h"

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

/* The median time of `runs` lists, in milliseconds; the list's length in
 * `length`. */
static double
time_list (GroveStore  *store,
           gint64       manager,
           gboolean     direct,
           guint        runs,
           guint       *length,
           GError     **error)
{
  g_autofree double *times = g_new (double, runs);

  for (guint i = 0; i < runs; i++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr(GPtrArray) team = grove_my_team_list (store, manager, direct, GROVE_DEMO_IPDR_AS_OF, error);

      if (team == NULL)
        return -1;
      times[i] = (g_get_monotonic_time () - start) / 1e3;
      *length = team->len;
    }
  qsort (times, runs, sizeof *times, compare_doubles);
  return times[runs / 2];
}

static int
run (const char *path,
     guint       runs,
     guint       reports)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GroveStore) store = grove_store_open (path, &error);
  g_autoptr(GPtrArray) people = NULL;
  GroveDemoOptions options;
  gint64 manager = 0, start;
  guint moved = 0, length = 0;
  double direct, below;

  grove_demo_options_init (&options);
  options.people = 10000;
  options.teams = 500;
  options.rounds = 1;
  start = g_get_monotonic_time ();
  if (store == NULL || !grove_demo_generate (store, &options, &error) ||
      (people = grove_org_list_people (store, 0, TRUE, FALSE, &error)) == NULL)
    goto fail;
  g_print ("generate: %.2f s (people 10000, teams 500, rounds 1)\n", (g_get_monotonic_time () - start) / 1e6);

  /* The second person is a director; the reports come from the far end of
   * the list, outside their directorate, so no cycle is made. */
  manager = ((GrovePerson *) g_ptr_array_index (people, 1))->id;
  for (guint i = people->len; i-- > 0 && moved < reports;)
    {
      GrovePerson *person = g_ptr_array_index (people, i);

      if (person->manager_id != 0 && person->id != manager &&
          grove_org_set_manager (store, person->id, manager, NULL))
        moved++;
    }

  if ((direct = time_list (store, manager, TRUE, runs, &length, &error)) < 0)
    goto fail;
  g_print ("my team, %u direct reports: median %.1f ms over %u runs\n", length, direct, runs);
  if ((below = time_list (store, manager, FALSE, runs, &length, &error)) < 0)
    goto fail;
  g_print ("my team, all %u below: median %.1f ms over %u runs\n", length, below, runs);
  return 0;

fail:
  g_printerr ("bench-my-team: %s\n", error->message);
  return 1;
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  int runs = 21, reports = 200;
  int status;
  const GOptionEntry entries[] = {
    { "runs", 0, 0, G_OPTION_ARG_INT, &runs, "Lists to time (default 21)", "N" },
    { "reports", 0, 0, G_OPTION_ARG_INT, &reports, "Direct reports of the manager (default 200)", "N" },
    { NULL }
  };

  setlocale (LC_ALL, "");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || runs < 1 || reports < 1)
    {
      g_printerr ("bench-my-team: %s\n", error != NULL ? error->message : "the counts must be positive");
      return 2;
    }
  if ((dir = g_dir_make_tmp ("grove-bench-XXXXXX", &error)) == NULL)
    {
      g_printerr ("bench-my-team: %s\n", error->message);
      return 1;
    }
  path = g_build_filename (dir, "bench.db", NULL);
  status = run (path, (guint) runs, (guint) reports);
  for (const char *suffix = ""; suffix != NULL; suffix = g_str_equal (suffix, "") ? "-wal" :
                                                        g_str_equal (suffix, "-wal") ? "-shm" : NULL)
    {
      g_autofree char *file = g_strconcat (path, suffix, NULL);
      g_remove (file);
    }
  g_rmdir (dir);
  return status;
}
