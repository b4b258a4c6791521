/* bench-rollup.c: how long rolling up one round takes on a large database
 *
 *   bench-rollup [--db PATH] [--runs N] [--people N] [--teams N] [--rounds N]
 *
 * Without --db, builds the benchmark organisation (10,000 people, 500 teams,
 * 5 rounds) in a temporary folder and removes it afterwards; with --db, uses
 * that database as it is if it already holds rounds, or fills it first. The
 * round measured is the latest, so its change from the one before is part
 * of the work. Prints the generation time and the median of the runs, in
 * wall-clock time and in processor time (which a busy machine disturbs less).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <locale.h>
#include <stdlib.h>
#include <time.h>

#include "grove-assessment.h"
#include "grove-demo.h"
#include "grove-rollup.h"

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
thread_ms (void)
{
  struct timespec now;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &now);
  return now.tv_sec * 1e3 + now.tv_nsec / 1e6;
}

static GroveStore *
prepare_store (const char *path,
               guint       people,
               guint       teams,
               guint       rounds,
               GError    **error)
{
  g_autoptr(GroveStore) store = grove_store_open (path, error);
  g_autoptr(GPtrArray) existing = NULL;
  GroveDemoOptions options;
  gint64 start;

  if (store == NULL || (existing = grove_assessment_list_rounds (store, error)) == NULL)
    return NULL;
  if (existing->len > 0)
    return g_steal_pointer (&store);

  grove_demo_options_init (&options);
  options.people = people;
  options.teams = teams;
  options.rounds = rounds;
  start = g_get_monotonic_time ();
  if (!grove_demo_generate (store, &options, error))
    return NULL;
  g_print ("generate: %.2f s (people %u, teams %u, rounds %u)\n",
           (g_get_monotonic_time () - start) / 1e6, people, teams, rounds);
  return g_steal_pointer (&store);
}

static gint64
count_ratings (GroveStore *store)
{
  g_autoptr(GPtrArray) rounds = grove_assessment_list_rounds (store, NULL);
  gint64 responses = 0;

  for (guint i = 0; rounds != NULL && i < rounds->len; i++)
    responses += ((GroveRound *) g_ptr_array_index (rounds, i))->n_responses;
  return responses;
}

static int
run (const char *path,
     guint       runs,
     guint       people,
     guint       teams,
     guint       rounds)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GroveStore) store = prepare_store (path, people, teams, rounds, &error);
  g_autoptr(GPtrArray) all = NULL;
  g_autofree double *times = g_new (double, runs);
  g_autofree double *cpu = g_new (double, runs);
  GroveRound *latest;

  if (store == NULL || (all = grove_assessment_list_rounds (store, &error)) == NULL)
    {
      g_printerr ("bench-rollup: %s\n", error->message);
      return 1;
    }
  latest = g_ptr_array_index (all, all->len - 1);
  for (guint i = 0; i < runs; i++)
    {
      gint64 start = g_get_monotonic_time ();
      double cpu_start = thread_ms ();
      g_autoptr(GroveRollup) rollup = grove_rollup_compute (store, latest->id, GROVE_ANONYMITY_THRESHOLD_DEFAULT,
                                                            &error);

      if (rollup == NULL)
        {
          g_printerr ("bench-rollup: %s\n", error->message);
          return 1;
        }
      times[i] = (g_get_monotonic_time () - start) / 1e3;
      cpu[i] = thread_ms () - cpu_start;
    }
  qsort (times, runs, sizeof *times, compare_doubles);
  qsort (cpu, runs, sizeof *cpu, compare_doubles);
  g_print ("database: %u rounds, %" G_GINT64_FORMAT " responses (22 ratings each with the built-in framework)\n",
           all->len, count_ratings (store));
  g_print ("rollup of “%s” (%u responses): median %.1f ms, min %.1f ms, max %.1f ms over %u runs; "
           "processor time median %.1f ms\n",
           latest->title, latest->n_responses, times[runs / 2], times[0], times[runs - 1], runs, cpu[runs / 2]);
  return 0;
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *db = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  int runs = 21, people = 10000, teams = 500, rounds = 5;
  int status;
  const GOptionEntry entries[] = {
    { "db", 0, 0, G_OPTION_ARG_FILENAME, &db, "Use (or fill) this database", "PATH" },
    { "runs", 0, 0, G_OPTION_ARG_INT, &runs, "Roll-ups to time (default 21)", "N" },
    { "people", 0, 0, G_OPTION_ARG_INT, &people, "People (default 10000)", "N" },
    { "teams", 0, 0, G_OPTION_ARG_INT, &teams, "Teams (default 500)", "N" },
    { "rounds", 0, 0, G_OPTION_ARG_INT, &rounds, "Rounds (default 5)", "N" },
    { NULL }
  };

  setlocale (LC_ALL, "");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || runs < 1 || people < 1 || teams < 2 || rounds < 1)
    {
      g_printerr ("bench-rollup: %s\n", error != NULL ? error->message : "the counts must be positive");
      return 2;
    }
  if (db == NULL)
    {
      dir = g_dir_make_tmp ("grove-bench-XXXXXX", &error);
      if (dir == NULL)
        {
          g_printerr ("bench-rollup: %s\n", error->message);
          return 1;
        }
      path = g_build_filename (dir, "bench.db", NULL);
    }
  status = run (db != NULL ? db : path, (guint) runs, (guint) people, (guint) teams, (guint) rounds);
  if (dir != NULL)
    {
      g_autofree char *wal = g_strconcat (path, "-wal", NULL);
      g_autofree char *shm = g_strconcat (path, "-shm", NULL);

      g_unlink (path);
      g_unlink (wal);
      g_unlink (shm);
      g_rmdir (dir);
    }
  return status;
}
