/* test-cli-assessment.c: grove-cli round, ratings and rollup as a script
 * would use them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "grove-test-utils.h"

enum { EXIT_OK = 0, EXIT_USAGE = 2, EXIT_DATA = 3, EXIT_NOT_FOUND = 5 };

typedef struct {
  char *dir;
  char *db;
  char *out;
  char *err;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = grove_test_mkdtemp ();
  f->db = g_build_filename (f->dir, "grove.db", NULL);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  grove_test_rmdir (f->dir);
  g_free (f->dir);
  g_free (f->db);
  g_free (f->out);
  g_free (f->err);
}

G_GNUC_NULL_TERMINATED static int
cli (Fixture    *f,
     const char *first,
     ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  const char *arg;
  va_list args;
  int wait_status = 0;

  g_ptr_array_add (argv, (char *) g_getenv ("GROVE_CLI"));
  g_ptr_array_add (argv, (char *) "--db");
  g_ptr_array_add (argv, f->db);
  g_ptr_array_add (argv, (char *) first);
  va_start (args, first);
  while ((arg = va_arg (args, const char *)) != NULL)
    g_ptr_array_add (argv, (char *) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  g_clear_pointer (&f->out, g_free);
  g_clear_pointer (&f->err, g_free);
  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL, &f->out, &f->err, &wait_status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status));
  return WEXITSTATUS (wait_status);
}

static void
assert_contains (const char *haystack,
                 const char *needle)
{
  if (strstr (haystack, needle) == NULL)
    g_error ("expected “%s” in:\n%s", needle, haystack);
}

static void
test_demo_rounds_and_rollup (Fixture       *f,
                             gconstpointer  data)
{
  g_auto(GStrv) lines = NULL;

  g_assert_cmpint (cli (f, "demo", NULL), ==, EXIT_OK);
  g_assert_cmpint (cli (f, "round", "list", NULL), ==, EXIT_OK);
  lines = g_strsplit (f->out, "\n", -1);
  g_assert_cmpstr (lines[0], ==, "id\tframework\topens\tcloses\tresponses\ttitle");
  g_assert_true (g_str_has_prefix (lines[1], "1\t1\t2025-03-01\t2025-03-31\t"));
  g_assert_true (g_str_has_suffix (lines[2], "\tLearning culture survey 2026"));

  g_assert_cmpint (cli (f, "rollup", "--round", "Learning culture survey 2026", NULL), ==, EXIT_OK);
  assert_contains (f->out, "Change from: Learning culture survey 2025\n");
  assert_contains (f->out, "\n1. We value growth\nunit\tmean\tpositive%\tn\tchange\ttarget\n");
  assert_contains (f->out, "Private Office\tsuppressed (fewer than 5 respondents)\n");

  g_assert_cmpint (cli (f, "rollup", "--round", "2", "--csv", NULL), ==, EXIT_OK);
  g_clear_pointer (&lines, g_strfreev);
  lines = g_strsplit (f->out, "\n", -1);
  g_assert_cmpstr (lines[0], ==,
                   "unit_id,unit,kind,condition,status,respondents,scored,not_observed,mean,percent_positive,change,target");
  g_assert_true (g_str_has_prefix (lines[1], "1,Department for Learning and Skills,organisation,value-growth,shown,"));
  assert_contains (f->out, ",Private Office,team,value-growth,below-threshold,,,,,,,3.90\n");

  /* A lower threshold shows the small office. */
  g_assert_cmpint (cli (f, "rollup", "--round", "2", "--unit", "Private Office", "--threshold", "1", NULL), ==, EXIT_OK);
  g_assert_null (strstr (f->out, "suppressed"));
}

static void
test_round_add_and_import (Fixture       *f,
                           gconstpointer  data)
{
  GString *csv;
  g_autofree char *path = NULL;
  g_autofree char *bad = NULL;

  g_assert_cmpint (cli (f, "demo", "--rounds", "0", NULL), ==, EXIT_OK);
  g_assert_cmpint (cli (f, "round", "add", "--title", "Pulse 2026", "--opens", "2026-06-01", "--closes", "2026-06-30",
                        NULL), ==, EXIT_OK);
  g_assert_cmpstr (f->out, ==, "Added the assessment round “Pulse 2026” (id 1).\n");

  csv = g_string_new ("team,benefits-of-improvement,able-to-improve,value-expertise,review-lessons,monitor-outcomes,"
                      "reflect-on-performance,receive-feedback,honest-feedback,share-knowledge,share-lessons,"
                      "develop-others,know-standards,know-outcomes,know-capabilities,learning-from-experience,"
                      "transfer-formal-learning,practice-and-repetition,time-and-space,formal-learning,experiences,"
                      "practice-and-transfer,people-to-learn-from\n");
  for (guint i = 0; i < 6; i++)
    g_string_append (csv, "Digital Services,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,NA\n");
  path = grove_test_write_file (f->dir, "survey.csv", csv->str, -1);
  g_string_append (csv, "Digital Services,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,9\n");
  bad = grove_test_write_file (f->dir, "bad.csv", csv->str, -1);
  g_string_free (csv, TRUE);

  g_assert_cmpint (cli (f, "ratings", "import", "Pulse 2026", bad, NULL), ==, EXIT_DATA);
  g_assert_cmpstr (f->err, ==, "grove-cli: bad.csv:8:23: expected a score from 1 to 5 or “NA”, found “9”\n");
  g_assert_cmpint (cli (f, "round", "list", NULL), ==, EXIT_OK);
  assert_contains (f->out, "\t0\tPulse 2026\n");

  g_assert_cmpint (cli (f, "ratings", "import", "1", path, NULL), ==, EXIT_OK);
  g_assert_cmpstr (f->out, ==, "Imported survey.csv into the round “Pulse 2026”. Responses: 6.\n");
  g_assert_cmpint (cli (f, "rollup", "--round", "1", "--unit", "Digital Services", "--csv", NULL), ==, EXIT_OK);
  assert_contains (f->out, ",Digital Services,team,value-growth,shown,6,18,0,4.00,100.0,,\n");
}

/* Targets: the organisation's, a unit's own, and a unit's taken away again;
 * a value off the scale or an unknown condition refused. */
static void
test_targets (Fixture       *f,
              gconstpointer  data)
{
  g_assert_cmpint (cli (f, "demo", NULL), ==, EXIT_OK);
  g_assert_cmpint (cli (f, "target", "set", "value-growth", "4.25", NULL), ==, EXIT_OK);
  g_assert_cmpint (cli (f, "target", "set", "value-growth", "3.5", "--unit", "Digital Services", NULL), ==, EXIT_OK);
  g_assert_cmpint (cli (f, "target", "list", NULL), ==, EXIT_OK);
  g_assert_true (g_str_has_prefix (f->out, "condition\tunit\ttarget\n"));
  assert_contains (f->out, "\nvalue-growth\t\t4.25\n");
  assert_contains (f->out, "\nvalue-growth\tDigital Services\t3.50\n");
  g_assert_cmpint (cli (f, "target", "clear", "value-growth", "--unit", "Digital Services", NULL), ==, EXIT_OK);
  g_assert_cmpint (cli (f, "target", "list", NULL), ==, EXIT_OK);
  g_assert_null (strstr (f->out, "Digital Services"));

  g_assert_cmpint (cli (f, "target", "set", "value-growth", "6", NULL), ==, EXIT_DATA);
  assert_contains (f->err, "from 1 to 5, not “6”");
  g_assert_cmpint (cli (f, "target", "set", "no-such-condition", "3", NULL), ==, EXIT_NOT_FOUND);
  g_assert_cmpint (cli (f, "target", "set", "value-growth", "3", "--unit", "Nowhere", NULL), ==, EXIT_NOT_FOUND);
  g_assert_cmpint (cli (f, "target", "set", "value-growth", NULL), ==, EXIT_USAGE);
}

static void
test_errors (Fixture       *f,
             gconstpointer  data)
{
  g_assert_cmpint (cli (f, "rollup", NULL), ==, EXIT_USAGE);
  g_assert_cmpint (cli (f, "rollup", "--round", "1", "--threshold", "0", NULL), ==, EXIT_USAGE);
  g_assert_cmpint (cli (f, "rollup", "--round", "No such round", NULL), ==, EXIT_NOT_FOUND);
  assert_contains (f->err, "There is no assessment round called “No such round”.");
  g_assert_cmpint (cli (f, "ratings", "import", "1", NULL), ==, EXIT_USAGE);
  g_assert_cmpint (cli (f, "round", "add", "--title", "X", NULL), ==, EXIT_USAGE);
  g_assert_cmpint (cli (f, "round", "add", "--title", "X", "--opens", "2026-13-01", "--closes", "2026-12-01", NULL),
                   ==, EXIT_DATA);
  g_assert_cmpint (cli (f, "round", "add", "--title", "X", "--framework", "nope", "--opens", "2026-01-01",
                        "--closes", "2026-12-01", NULL), ==, EXIT_NOT_FOUND);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/cli/assessment/demo-rounds-and-rollup", test_demo_rounds_and_rollup);
  ADD ("/cli/assessment/round-add-and-import", test_round_add_and_import);
  ADD ("/cli/assessment/errors", test_errors);
  ADD ("/cli/assessment/targets", test_targets);
#undef ADD

  return g_test_run ();
}
