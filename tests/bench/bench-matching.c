/* bench-matching.c: how long the matching engine takes on a large pool
 *
 *   bench-matching [--runs N] [--requests N] [--coaches N] [--seed S] [--db PATH]
 *
 * Builds a pool like the demo's benchmark one, in memory: 10,000 people in
 * a line-management tree, 500 coaches and mentors with 1 to 5 seats each
 * (about 1,500 seats), 5,000 requests, a tenth of them needing Welsh. Every
 * pair is eligible unless a hard rule forbids it. Prints the eligible pairs,
 * the median time of each mode over the runs (wall clock, and the process's
 * CPU time, which a busy machine disturbs less), and the peak memory of the
 * process (VmHWM).
 *
 * With --db, it then also times the whole stored path — reading the pool
 * and the waiting list, matching, and saving the run — on the demo's
 * benchmark pool (grove-cli demo --people 10000 --teams 500 --coaches 500
 * --requests 5000), generated into PATH unless it is already there.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "grove-coaching.h"
#include "grove-demo.h"
#include "grove-matching.h"

#define N_SPECIALISMS 12
#define N_LOCATIONS   7
#define WELSH         1

typedef struct {
  GroveMatchInstance   instance;
  GroveMatchCoach     *coaches;
  GroveMatchRequest   *requests;
  GroveMatchProgramme  programmes[2];
  guint32             *ids;
  guint32             *enter;
  guint32             *leave;
} Pool;

static guint
pick (GRand *rand,
      guint  n)
{
  return (guint) g_rand_int_range (rand, 0, (gint32) n);
}

static guint
random_set (GRand   *rand,
            guint32 *out,
            guint    range,
            guint    max)
{
  guint n = 0;

  for (guint32 id = 0; id < range && n < max; id++)
    if (pick (rand, range) < max)
      out[n++] = id;
  return n;
}

static void
random_person (GRand            *rand,
               Pool             *pool,
               guint             person,
               GroveMatchPerson *who)
{
  who->person = person + 1;
  who->line_enter = pool->enter[person];
  who->line_leave = pool->leave[person];
  who->profession = (gint32) pick (rand, 9);
  who->grade_rank = (int) pick (rand, 8);
  who->directorate = 1 + pick (rand, 9);
  who->location = (gint32) pick (rand, N_LOCATIONS);
  who->remote = pick (rand, 3) != 0;
  who->availability = (guint32) pick (rand, 1 << 10);
}

static void
build_pool (Pool    *pool,
            guint    n_requests,
            guint    n_coaches,
            guint64  seed)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed ((guint32) seed);
  guint n_people = MAX (10000, n_requests + n_coaches);
  g_autofree guint *parent = g_new (guint, n_people);

  /* Everyone's manager has a lower id, about eight reports each. */
  for (guint p = 0; p < n_people; p++)
    parent[p] = p == 0 ? G_MAXUINT : pick (rand, (p + 7) / 8);
  pool->enter = g_new (guint32, n_people);
  pool->leave = g_new (guint32, n_people);
  grove_matching_number_lines (n_people, parent, pool->enter, pool->leave);

  pool->coaches = g_new0 (GroveMatchCoach, n_coaches);
  pool->requests = g_new0 (GroveMatchRequest, n_requests);
  pool->ids = g_new0 (guint32, 8 * (n_coaches + n_requests));
  pool->programmes[0] = (GroveMatchProgramme) { { 4, 0, 0, 2, 1, 1 }, 0 };
  pool->programmes[1] = (GroveMatchProgramme) { { 3, 2, 2, 1, 1, 1 }, 0 };

  for (guint c = 0; c < n_coaches; c++)
    {
      GroveMatchCoach *coach = &pool->coaches[c];
      guint32 *ids = pool->ids + 8 * c;

      random_person (rand, pool, pick (rand, n_people), &coach->who);
      coach->id = c + 1;
      coach->roles = 1 + pick (rand, 3);
      coach->capacity = 1 + pick (rand, 5);
      coach->active = TRUE;
      coach->specialisms = ids;
      coach->n_specialisms = random_set (rand, ids, N_SPECIALISMS, 4);
      coach->languages = ids + 4;
      ids[4] = 0;
      coach->n_languages = 1;
      if (pick (rand, 10) < 3)
        ids[4 + coach->n_languages++] = WELSH;
    }
  for (guint r = 0; r < n_requests; r++)
    {
      GroveMatchRequest *request = &pool->requests[r];
      guint32 *ids = pool->ids + 8 * (n_coaches + r);

      random_person (rand, pool, pick (rand, n_people), &request->who);
      request->id = r + 1;
      request->kind = pick (rand, 3) == 0 ? GROVE_MATCH_MENTORING : GROVE_MATCH_COACHING;
      request->programme = request->kind;
      request->priority = r;
      request->wanted = ids;
      request->n_wanted = random_set (rand, ids, N_SPECIALISMS, 2);
      request->languages = ids + 4;
      if (pick (rand, 10) == 0)
        ids[4 + request->n_languages++] = WELSH;
    }
  pool->instance = (GroveMatchInstance) {
    pool->coaches, n_coaches, pool->requests, n_requests, pool->programmes, 2, NULL, 0,
  };
}

static long
peak_memory_kib (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL) ||
      (line = strstr (status, "VmHWM:")) == NULL)
    return -1;
  return strtol (line + 6, NULL, 10);
}

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
cpu_seconds (void)
{
  struct timespec now;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &now);
  return (double) now.tv_sec + (double) now.tv_nsec / 1e9;
}

static double
median_time (const GroveMatchInstance *instance,
             GroveMatchMode            mode,
             guint                     runs,
             guint                    *matched,
             guint64                  *eligible,
             double                   *cpu)
{
  g_autofree double *times = g_new (double, runs);
  g_autofree double *cpu_times = g_new (double, runs);

  for (guint i = 0; i < runs; i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 start = g_get_monotonic_time ();
      double cpu_start = cpu_seconds ();

      if (mode == GROVE_MATCH_MODE_CHOICE)
        {
          g_autoptr(GroveMatchChoices) choices = grove_matching_run_choice (instance, &error);

          g_assert_no_error (error);
          *matched = choices->n_choices;
        }
      else
        {
          g_autoptr(GroveMatchResult) result = mode == GROVE_MATCH_MODE_OPTIMAL
                                               ? grove_matching_run_optimal (instance, &error)
                                               : grove_matching_run_stable (instance, &error);

          g_assert_no_error (error);
          *matched = result->n_pairs;
          *eligible = result->eligible_pairs;
        }
      times[i] = (g_get_monotonic_time () - start) / 1e6;
      cpu_times[i] = cpu_seconds () - cpu_start;
    }
  qsort (times, runs, sizeof (double), compare_doubles);
  qsort (cpu_times, runs, sizeof (double), compare_doubles);
  *cpu = cpu_times[runs / 2];
  return times[runs / 2];
}

static int
bench_store (const char *path,
             guint       runs)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GroveStore) store = NULL;
  g_autofree double *times = g_new (double, runs);
  g_autofree double *cpu_times = g_new (double, runs);
  gboolean fresh = !g_file_test (path, G_FILE_TEST_EXISTS);
  guint proposals = 0, waiting = 0;

  store = grove_store_open (path, &error);
  if (store != NULL && fresh)
    {
      GroveDemoOptions options;
      gint64 start = g_get_monotonic_time ();

      grove_demo_options_init (&options);
      options.people = 10000, options.teams = 500, options.rounds = 0;
      options.coaches = 500, options.requests = 5000;
      if (grove_demo_generate (store, &options, &error))
        g_print ("generated %s in %.3f s\n", path, (g_get_monotonic_time () - start) / 1e6);
    }
  for (guint i = 0; error == NULL && i < runs; i++)
    {
      gint64 start = g_get_monotonic_time ();
      double cpu_start = cpu_seconds ();
      g_autoptr(GroveMatchRun) run = grove_coaching_match (store, 0, GROVE_MATCH_MODE_OPTIMAL, &error);

      times[i] = (g_get_monotonic_time () - start) / 1e6;
      cpu_times[i] = cpu_seconds () - cpu_start;
      if (run != NULL)
        proposals = run->proposals->len, waiting = run->unmatched->len;
    }
  if (error != NULL)
    {
      g_printerr ("bench-matching: %s\n", error->message);
      return 1;
    }
  qsort (times, runs, sizeof (double), compare_doubles);
  qsort (cpu_times, runs, sizeof (double), compare_doubles);
  g_print ("stored optimal run (load, match, save): %.3f s median of %u (CPU %.3f s), %u proposed, %u waiting\n",
           times[runs / 2], runs, cpu_times[runs / 2], proposals, waiting);
  g_print ("peak memory after the stored runs: %ld KiB\n", peak_memory_kib ());
  return 0;
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(GError) error = NULL;
  gint runs = 5, n_requests = 5000, n_coaches = 500;
  gint64 seed = 1;
  g_autofree char *db = NULL;
  const GOptionEntry entries[] = {
    { "db", 0, 0, G_OPTION_ARG_FILENAME, &db, "Also time stored runs on the demo pool in this database", "PATH" },
    { "runs", 0, 0, G_OPTION_ARG_INT, &runs, "Runs per mode (median reported)", "N" },
    { "requests", 0, 0, G_OPTION_ARG_INT, &n_requests, "Requests (default 5000)", "N" },
    { "coaches", 0, 0, G_OPTION_ARG_INT, &n_coaches, "Coaches (default 500)", "N" },
    { "seed", 0, 0, G_OPTION_ARG_INT64, &seed, "Seed (default 1)", "S" },
    { NULL }
  };
  Pool pool = { 0 };
  guint seats = 0, matched = 0;
  guint64 eligible = 0;
  double t, cpu;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || runs < 1 || n_requests < 1 || n_coaches < 1)
    {
      g_printerr ("bench-matching: %s\n", error != NULL ? error->message : "counts must be at least 1");
      return 2;
    }

  build_pool (&pool, (guint) n_requests, (guint) n_coaches, (guint64) seed);
  for (gint c = 0; c < n_coaches; c++)
    seats += pool.coaches[c].capacity;
  g_print ("pool: %d requests, %d coaches, %u seats\n", n_requests, n_coaches, seats);

  t = median_time (&pool.instance, GROVE_MATCH_MODE_OPTIMAL, (guint) runs, &matched, &eligible, &cpu);
  g_print ("eligible pairs: %" G_GUINT64_FORMAT "\n", eligible);
  g_print ("optimal: %.3f s median of %d (CPU %.3f s), %u matched\n", t, runs, cpu, matched);
  g_print ("peak memory after optimal: %ld KiB\n", peak_memory_kib ());
  t = median_time (&pool.instance, GROVE_MATCH_MODE_STABLE, (guint) runs, &matched, &eligible, &cpu);
  g_print ("stable: %.3f s median of %d (CPU %.3f s), %u matched\n", t, runs, cpu, matched);
  t = median_time (&pool.instance, GROVE_MATCH_MODE_CHOICE, (guint) runs, &matched, &eligible, &cpu);
  g_print ("choice: %.3f s median of %d (CPU %.3f s), %u requests\n", t, runs, cpu, matched);
  g_print ("peak memory after all modes: %ld KiB\n", peak_memory_kib ());

  g_free (pool.coaches);
  g_free (pool.requests);
  g_free (pool.ids);
  g_free (pool.enter);
  g_free (pool.leave);
  return db != NULL ? bench_store (db, (guint) runs) : 0;
}
