/* test-cli-coaching.c: grove-cli coach, request, match and relationship as
 * a coordinator's script would use them
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

static guint
count_lines (const char *text)
{
  guint n = 0;

  for (const char *p = text; *p != '\0'; p++)
    n += *p == '\n';
  return n;
}

static void
test_pool_and_waiting_list (Fixture       *f,
                            gconstpointer  data)
{
  g_auto(GStrv) lines = NULL;

  g_assert_cmpint (cli (f, "demo", NULL), ==, EXIT_OK);
  g_assert_cmpint (cli (f, "coach", "list", NULL), ==, EXIT_OK);
  lines = g_strsplit (f->out, "\n", -1);
  g_assert_cmpstr (lines[0], ==, "id\tname\trole\tused\tcapacity\tactive\tspecialisms\tlanguages\tlocation\taccreditation");
  g_assert_cmpuint (count_lines (f->out), ==, 1 + 10);
  assert_contains (f->out, "English;Welsh");

  /* Fifteen requests, three of them in relationships: twelve wait. */
  g_assert_cmpint (cli (f, "request", "list", NULL), ==, EXIT_OK);
  g_assert_true (g_str_has_prefix (f->out, "id\tname\tkind\trequested\tstatus\tlanguages\twanted\tlast_reason\n"));
  g_assert_cmpuint (count_lines (f->out), ==, 1 + 12);
  assert_contains (f->out, "\twaiting\tWelsh\t");
  g_assert_cmpint (cli (f, "request", "list", "--all", NULL), ==, EXIT_OK);
  g_assert_cmpuint (count_lines (f->out), ==, 1 + 15);
  assert_contains (f->out, "\tclosed\t");

  g_assert_cmpint (cli (f, "coach", "show", NULL), ==, EXIT_USAGE);
  g_assert_cmpint (cli (f, "request", NULL), ==, EXIT_USAGE);
}

static void
test_match (Fixture       *f,
            gconstpointer  data)
{
  g_auto(GStrv) lines = NULL;
  guint locked = 0;

  g_assert_cmpint (cli (f, "demo", NULL), ==, EXIT_OK);
  g_assert_cmpint (cli (f, "match", "--csv", NULL), ==, EXIT_OK);
  lines = g_strsplit (f->out, "\n", -1);
  g_assert_cmpstr (lines[0], ==, "run,request_id,coachee,coach_id,coach,rank,score,specialism,profession,seniority,"
                                 "directorate,location,availability,locked,reason");
  /* A row for each of the twelve waiting: proposed, or left waiting with
   * the reason. */
  g_assert_cmpuint (count_lines (f->out), ==, 1 + 12);
  for (guint i = 1; lines[i] != NULL && lines[i][0] != '\0'; i++)
    {
      g_auto(GStrv) fields = g_strsplit (lines[i], ",", -1);

      g_assert_cmpuint (g_strv_length (fields), ==, 15);
      g_assert_cmpstr (fields[0], ==, "1");
      locked += g_str_equal (fields[13], "yes");
      if (fields[3][0] == '\0')
        g_assert_cmpstr (fields[14], !=, "");
    }
  g_assert_cmpuint (locked, ==, 1);

  g_assert_cmpint (cli (f, "match", NULL), ==, EXIT_OK);
  g_assert_true (g_str_has_prefix (f->out, "Matching run 2 (optimal). Proposals: "));
  assert_contains (f->out, "Specialism fit ");
  assert_contains (f->out, " (locked)\n");

  g_assert_cmpint (cli (f, "match", "--mode", "choice", NULL), ==, EXIT_OK);
  assert_contains (f->out, "(choice)");
  assert_contains (f->out, "\n  2. ");
  g_assert_cmpint (cli (f, "match", "--mode", "best", NULL), ==, EXIT_USAGE);
  g_assert_cmpint (cli (f, "match", "--mode", "choice", "--accept", NULL), ==, EXIT_USAGE);
  g_assert_cmpint (cli (f, "match", "--programme", "7", NULL), ==, EXIT_NOT_FOUND);

  g_assert_cmpint (cli (f, "match", "--mode", "stable", "--accept", "--date", "2026-11-02", NULL), ==, EXIT_OK);
  assert_contains (f->out, "Relationships started: ");
  g_assert_cmpint (cli (f, "relationship", "list", NULL), ==, EXIT_OK);
  assert_contains (f->out, "\t2026-11-02\t\tactive\t0\t0.00\t\n");
}

static void
test_relationships (Fixture       *f,
                    gconstpointer  data)
{
  g_auto(GStrv) lines = NULL;
  g_auto(GStrv) fields = NULL;
  g_autofree char *expected = NULL;
  guint coached = 0, current = 0;

  g_assert_cmpint (cli (f, "demo", NULL), ==, EXIT_OK);
  g_assert_cmpint (cli (f, "match", "--accept", "--date", "2026-11-02", NULL), ==, EXIT_OK);
  g_assert_cmpint (cli (f, "relationship", "list", NULL), ==, EXIT_OK);
  lines = g_strsplit (f->out, "\n", -1);
  g_assert_cmpstr (lines[0], ==, "id\tcoachee\tcoach\tkind\tstarted\tended\tstatus\tsessions\thours\trating");
  fields = g_strsplit (lines[1], "\t", -1);   /* the newest: started by the match */

  g_assert_cmpint (cli (f, "relationship", "fit", fields[0], "poor", "--date", "2026-11-03", NULL), ==, EXIT_DATA);
  assert_contains (f->err, "log a session first");
  g_assert_cmpint (cli (f, "relationship", "log", fields[0], "--minutes", "90", "--note", "Goals agreed",
                        "--date", "2026-11-09", NULL), ==, EXIT_OK);
  g_assert_cmpint (cli (f, "relationship", "log", fields[0], "--minutes", "30", "--date", "2026-11-16", NULL),
                   ==, EXIT_OK);
  g_assert_cmpint (cli (f, "relationship", "log", fields[0], NULL), ==, EXIT_USAGE);
  g_assert_cmpint (cli (f, "relationship", "log", "9999", "--minutes", "30", NULL), ==, EXIT_NOT_FOUND);
  g_assert_cmpint (cli (f, "relationship", "log", fields[0], "--minutes", "30", "--date", "2026-10-01", NULL),
                   ==, EXIT_DATA);
  g_assert_cmpint (cli (f, "relationship", "list", NULL), ==, EXIT_OK);
  expected = g_strdup_printf ("%s\t%s\t%s\t%s\t2026-11-02\t\tactive\t2\t2.00\t\n",
                              fields[0], fields[1], fields[2], fields[3]);
  assert_contains (f->out, expected);

  g_assert_cmpint (cli (f, "relationship", "close", fields[0], "--rating", "9", NULL), ==, EXIT_DATA);
  g_assert_cmpint (cli (f, "relationship", "close", fields[0], "--rating", "5", "--outcome", "Promoted",
                        "--date", "2026-11-20", NULL), ==, EXIT_OK);
  g_assert_cmpint (cli (f, "relationship", "list", "--all", NULL), ==, EXIT_OK);
  assert_contains (f->out, "\t2026-11-02\t2026-11-20\tclosed\t2\t2.00\t5\n");

  /* The coach's totals agree with their relationships, the closed one
   * counted but no longer current. */
  {
    g_auto(GStrv) all = g_strsplit (f->out, "\n", -1);

    for (guint i = 1; all[i] != NULL && all[i][0] != '\0'; i++)
      {
        g_auto(GStrv) row = g_strsplit (all[i], "\t", -1);

        if (g_strcmp0 (row[2], fields[2]) != 0)
          continue;
        coached++;
        current += g_strcmp0 (row[6], "closed") != 0;
      }
  }
  g_assert_cmpuint (coached, >=, 1);
  g_assert_cmpint (cli (f, "relationship", "totals", "--by", "coach", NULL), ==, EXIT_OK);
  g_assert_true (g_str_has_prefix (f->out, "id\tcoach\trelationships\tcurrent\tsessions\thours\n"));
  g_free (expected);
  expected = g_strdup_printf ("\t%s\t%u\t%u\t", fields[2], coached, current);
  assert_contains (f->out, expected);
  g_assert_cmpint (cli (f, "relationship", "totals", "--by", "programme", NULL), ==, EXIT_OK);
  g_assert_true (g_str_has_prefix (f->out, "id\tprogramme\trelationships\tcurrent\tsessions\thours\n1\t"));
  g_assert_cmpint (cli (f, "relationship", "totals", "--by", "planet", NULL), ==, EXIT_USAGE);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/cli/coaching/pool-and-waiting-list", test_pool_and_waiting_list);
  ADD ("/cli/coaching/match", test_match);
  ADD ("/cli/coaching/relationships", test_relationships);
#undef ADD

  return g_test_run ();
}
