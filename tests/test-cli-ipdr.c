/* test-cli-ipdr.c: grove-cli ipdr, needs and reviews as a script would use
 * them, on the demo organisation as of its own day
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>

#include "grove-test-utils.h"

enum { EXIT_OK = 0, EXIT_USAGE = 2, EXIT_DATA = 3, EXIT_NOT_FOUND = 5 };

/* The day the demo's IPDRs describe (GROVE_DEMO_IPDR_AS_OF). */
#define DAY "2026-11-20"

typedef struct {
  char *dir;
  char *db;
  char *out;
  char *err;
} Fixture;

G_GNUC_NULL_TERMINATED static int cli (Fixture *f, const char *first, ...);

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = grove_test_mkdtemp ();
  f->db = g_build_filename (f->dir, "grove.db", NULL);
  g_assert_cmpint (cli (f, "demo", NULL), ==, EXIT_OK);
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

static const char * const attention_order[] = { "review-overdue", "no-plan", "behind", "" };

static guint
attention_rank (const char *line)
{
  const char *last = strrchr (line, '\t') + 1;

  for (guint i = 0; i < G_N_ELEMENTS (attention_order); i++)
    if (g_str_equal (last, attention_order[i]))
      return i;
  g_error ("no attention column in “%s”", line);
}

static void
test_list (Fixture       *f,
           gconstpointer  data)
{
  g_auto(GStrv) lines = NULL;

  /* The head of the demo organisation, Lucy Bell, has four directors. */
  g_assert_cmpint (cli (f, "ipdr", "list", "--manager", "lucy bell", "--date", DAY, NULL), ==, EXIT_OK);
  lines = g_strsplit (f->out, "\n", -1);
  g_assert_cmpstr (lines[0], ==, "id\tname\treports\tstatus\tnext_review\toverdue\ton_track\tat_risk\tplan_percent\tattention");
  g_assert_cmpuint (g_strv_length (lines), ==, 6); /* the header, four, and "" after the last line */
  for (guint i = 1; lines[i][0] != '\0'; i++)
    {
      assert_contains (lines[i], "\tdirect\t");
      if (i > 1)
        g_assert_cmpuint (attention_rank (lines[i - 1]), <=, attention_rank (lines[i]));
    }
  g_clear_pointer (&lines, g_strfreev);

  /* Everyone below her is everyone else. */
  g_assert_cmpint (cli (f, "ipdr", "list", "--manager", "1", "--all", "--date", DAY, NULL), ==, EXIT_OK);
  lines = g_strsplit (f->out, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 61);
  assert_contains (f->out, "\treview-overdue\n");
  assert_contains (f->out, "\tbehind\n");
  g_assert_cmpint (cli (f, "ipdr", "list", "--date", DAY, NULL), ==, EXIT_OK);
  g_clear_pointer (&lines, g_strfreev);
  lines = g_strsplit (f->out, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 61);

  g_assert_cmpint (cli (f, "ipdr", "list", "--manager", "Nobody Here", NULL), ==, EXIT_NOT_FOUND);
  assert_contains (f->err, "There is nobody called “Nobody Here”.");
  g_assert_cmpint (cli (f, "ipdr", "list", "--date", "2026-02-30", NULL), ==, EXIT_USAGE);
  g_assert_cmpint (cli (f, "ipdr", "frobnicate", NULL), ==, EXIT_USAGE);
}

static void
test_show_and_agenda (Fixture       *f,
                      gconstpointer  data)
{
  g_assert_cmpint (cli (f, "ipdr", "show", "Katie Ahmed", "--date", DAY, NULL), ==, EXIT_OK);
  g_assert_true (g_str_has_prefix (f->out, "IPDR of Katie Ahmed, 2026–27 (2026-04-01 to 2027-03-31)\n"
                                           "Manager: Lucy Bell\n"));
  assert_contains (f->out, "\nObjectives\n  1. ");
  assert_contains (f->out, " — overdue\n");
  assert_contains (f->out, "\nDevelopment plan\n");
  assert_contains (f->out, "\nReviews\n  Mid-year review: held 2026-");
  assert_contains (f->out, "    What they learned: ");

  g_assert_cmpint (cli (f, "ipdr", "show", "3", "--period", "2026", NULL), ==, EXIT_OK);
  assert_contains (f->out, "IPDR of Katie Ahmed, 2026–27");
  g_assert_cmpint (cli (f, "ipdr", "show", "3", "--period", "2025", NULL), ==, EXIT_NOT_FOUND);
  g_assert_cmpint (cli (f, "ipdr", "show", "3", "--date", "2030-01-01", NULL), ==, EXIT_NOT_FOUND);
  g_assert_cmpint (cli (f, "ipdr", "show", "9999", NULL), ==, EXIT_NOT_FOUND);

  g_assert_cmpint (cli (f, "ipdr", "agenda", "katie ahmed", "--date", DAY, NULL), ==, EXIT_OK);
  g_assert_true (g_str_has_prefix (f->out, "Agenda for a conversation with Katie Ahmed on " DAY "\n"
                                           "Since the last conversation: 2026-"));
  assert_contains (f->out, "\nOverdue\n  • ");
  assert_contains (f->out, " (overdue)\n");
}

static void
test_print (Fixture       *f,
            gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "katie.pdf", NULL);
  g_autofree char *missing = g_build_filename (f->dir, "no-folder", "katie.pdf", NULL);
  g_autofree char *pdf = NULL;

  g_assert_cmpint (cli (f, "ipdr", "print", "Katie Ahmed", "--date", DAY, "-o", path, NULL), ==, EXIT_OK);
  assert_contains (f->out, "Wrote the IPDR of Katie Ahmed to ");
  g_assert_true (g_file_get_contents (path, &pdf, NULL, NULL));
  g_assert_true (g_str_has_prefix (pdf, "%PDF-1."));
  g_assert_cmpint (cli (f, "ipdr", "pdf", "3", "--date", DAY, "-o", path, NULL), ==, EXIT_OK);
  /* Without -o there is nowhere to write. */
  g_assert_cmpint (cli (f, "ipdr", "print", "Katie Ahmed", NULL), ==, EXIT_USAGE);
  g_assert_cmpint (cli (f, "ipdr", "print", "Katie Ahmed", "--date", DAY, "-o", missing, NULL), ==, 1);
  assert_contains (f->err, "Could not write “");
}

static void
test_needs (Fixture       *f,
            gconstpointer  data)
{
  g_auto(GStrv) lines = NULL;

  g_assert_cmpint (cli (f, "needs", "rollup", "--csv", "--date", DAY, NULL), ==, EXIT_OK);
  lines = g_strsplit (f->out, "\r\n", -1);
  g_assert_cmpstr (lines[0], ==, "unit,kind,people,needs,activities,dimension,key,label,count");
  g_assert_true (g_str_has_prefix (lines[1], "Department for Learning and Skills,organisation,60,"));
  assert_contains (f->out, ",method,coaching,Coaching,");
  assert_contains (f->out, ",condition,");
  /* The private office is smaller than the threshold: never on its own. */
  g_assert_null (strstr (f->out, "Private Office"));

  g_assert_cmpint (cli (f, "needs", "--unit", "Private Office", "--date", DAY, NULL), ==, EXIT_OK);
  assert_contains (f->out, "too few people");
  g_assert_cmpint (cli (f, "needs", "--unit", "Private Office", "--threshold", "1", "--date", DAY, NULL), ==, EXIT_OK);
  assert_contains (f->out, "\nPrivate Office (Team)\n");
  assert_contains (f->out, "  By learning method\n");
  g_assert_cmpint (cli (f, "needs", "--threshold", "0", NULL), ==, EXIT_USAGE);
  g_assert_cmpint (cli (f, "needs", "--unit", "No Such Unit", NULL), ==, EXIT_NOT_FOUND);
  g_assert_cmpint (cli (f, "needs", "sideways", NULL), ==, EXIT_USAGE);
}

/* The plan: a team objective, a shared objective for a manager's reports
 * that supports it, and the count of supporting objectives going up. */
static void
test_plan (Fixture       *f,
           gconstpointer  data)
{
  g_auto(GStrv) lines = NULL;
  g_autofree char *id = NULL;
  g_autofree char *prefix = NULL;
  const char *added = NULL;
  guint before;

  /* The demo's plan has objectives of its own. */
  g_assert_cmpint (cli (f, "plan", "list", "--unit", "Digital Services", NULL), ==, EXIT_OK);
  lines = g_strsplit (f->out, "\n", -1);
  before = g_strv_length (lines);
  g_strfreev (lines);
  g_assert_cmpint (cli (f, "plan", "add", "--unit", "Digital Services", "--title", "Move every service to the new platform",
                        "--from", "2026-04-01", "--to", "2027-03-31", NULL), ==, EXIT_OK);
  lines = g_strsplit (f->out, "\n", -1);
  g_assert_cmpstr (lines[0], ==, "Added “Move every service to the new platform” to the plan of Digital Services.");
  id = g_strdup (lines[1]);

  g_assert_cmpint (cli (f, "plan", "share", "--manager", "Angharad Prosser", "--title", "Move two services",
                        "--measure", "Both live with no outage", "--due", "2027-02-28", "--supports", id,
                        "--date", DAY, NULL), ==, EXIT_OK);
  assert_contains (f->out, "people the objective “Move two services”.");
  g_assert_cmpint (cli (f, "plan", "list", "--unit", "Digital Services", NULL), ==, EXIT_OK);
  g_strfreev (lines);
  lines = g_strsplit (f->out, "\n", -1);
  g_assert_cmpstr (lines[0], ==, "id\tunit\ttitle\tfrom\tto\tsupporting");
  g_assert_cmpuint (g_strv_length (lines), ==, before + 1);
  prefix = g_strconcat (id, "\t", NULL);
  for (guint i = 1; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], prefix))
      added = lines[i];
  g_assert_nonnull (added);
  /* As many as the manager has direct reports with a record. */
  g_assert_true (g_str_has_suffix (added, "\tDigital Services\tMove every service to the new platform\t2026-04-01\t2027-03-31\t8"));
  g_assert_cmpint (cli (f, "ipdr", "show", "Hannah Baker", NULL), ==, EXIT_OK);
  assert_contains (f->out, "Move two services");

  g_assert_cmpint (cli (f, "plan", "share", "--manager", "Angharad Prosser", "--title", "X", "--supports", "999",
                        "--date", DAY, NULL), ==, EXIT_NOT_FOUND);
  g_assert_cmpint (cli (f, "plan", "share", "--title", "X", NULL), ==, EXIT_USAGE);
  g_assert_cmpint (cli (f, "plan", "add", "--unit", "Nowhere", "--title", "X", NULL), ==, EXIT_NOT_FOUND);
  g_assert_cmpint (cli (f, "plan", "add", "--unit", "Digital Services", "--title", "X", "--from", "soon", NULL), ==, EXIT_USAGE);
}

static void
test_reviews_ics (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "reviews.ics", NULL);
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  guint events = 0, uids = 0, starts = 0;
  GStatBuf st;

  g_assert_cmpint (cli (f, "reviews", "ics", "--manager", "1", "--date", DAY, "-o", path, NULL), ==, EXIT_OK);
  assert_contains (f->out, "Wrote 8 review dates to ");
  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  g_assert_true (g_str_has_prefix (text, "BEGIN:VCALENDAR\r\n"));
  /* Whatever the umask: names and dates are personal. */
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  lines = g_strsplit (text, "\r\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_assert_null (strchr (lines[i], '\n'));
      events += g_str_equal (lines[i], "BEGIN:VEVENT");
      uids += g_str_has_prefix (lines[i], "UID:");
      starts += g_str_has_prefix (lines[i], "DTSTART;VALUE=DATE:20");
    }
  g_assert_cmpuint (events, ==, 8);
  g_assert_cmpuint (uids, ==, 8);
  g_assert_cmpuint (starts, ==, 8);

  /* To standard output, everyone below. */
  g_assert_cmpint (cli (f, "reviews", "ics", "--manager", "1", "--all", "--date", DAY, NULL), ==, EXIT_OK);
  assert_contains (f->out, "END:VCALENDAR\r\n");
  g_assert_cmpint (cli (f, "reviews", "ics", NULL), ==, EXIT_USAGE);
  g_assert_cmpint (cli (f, "reviews", "ics", "--manager", "4242", NULL), ==, EXIT_NOT_FOUND);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/cli/ipdr/list", test_list);
  ADD ("/cli/ipdr/show-and-agenda", test_show_and_agenda);
  ADD ("/cli/ipdr/print", test_print);
  ADD ("/cli/needs", test_needs);
  ADD ("/cli/reviews/ics", test_reviews_ics);
  ADD ("/cli/plan", test_plan);
#undef ADD

  return g_test_run ();
}
