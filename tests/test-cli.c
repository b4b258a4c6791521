/* test-cli.c: grove-cli as a script would use it: output and exit codes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <sqlite3.h>

#include "grove-test-utils.h"

enum {
  EXIT_OK = 0,
  EXIT_USAGE = 2,
  EXIT_DATA = 3,
  EXIT_DATABASE = 4,
  EXIT_NOT_FOUND = 5,
};

typedef struct {
  char *dir;
  char *db;
  char *out;
  char *err;
  int   status;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->dir = grove_test_mkdtemp ();
  fixture->db = g_build_filename (fixture->dir, "grove.db", NULL);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  grove_test_rmdir (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->db);
  g_free (fixture->out);
  g_free (fixture->err);
}

/* Runs grove-cli with the arguments given (NULL-terminated); `--db` is
 * added first unless the first argument is "-". Keeps stdout, stderr and
 * the exit status in the fixture. */
G_GNUC_NULL_TERMINATED static int
cli (Fixture    *fixture,
     const char *first,
     ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  const char *arg;
  va_list args;
  int wait_status = 0;

  g_ptr_array_add (argv, (char *) g_getenv ("GROVE_CLI"));
  if (g_strcmp0 (first, "-") != 0)
    {
      g_ptr_array_add (argv, (char *) "--db");
      g_ptr_array_add (argv, fixture->db);
      g_ptr_array_add (argv, (char *) first);
    }
  va_start (args, first);
  while ((arg = va_arg (args, const char *)) != NULL)
    g_ptr_array_add (argv, (char *) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  g_clear_pointer (&fixture->out, g_free);
  g_clear_pointer (&fixture->err, g_free);
  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                &fixture->out, &fixture->err, &wait_status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status));
  fixture->status = WEXITSTATUS (wait_status);
  return fixture->status;
}

static void
assert_contains (const char *haystack,
                 const char *needle)
{
  if (strstr (haystack, needle) == NULL)
    g_error ("expected “%s” in:\n%s", needle, haystack);
}

static void
test_version_and_help (Fixture       *fixture,
                       gconstpointer  data)
{
  g_assert_cmpint (cli (fixture, "-", "--version", NULL), ==, EXIT_OK);
  g_assert_true (g_str_has_prefix (fixture->out, "grove-cli "));

  g_assert_cmpint (cli (fixture, "-", "--help", NULL), ==, EXIT_OK);
  assert_contains (fixture->out, "framework list");

  g_assert_cmpint (cli (fixture, "-", NULL), ==, EXIT_USAGE);
  g_assert_cmpint (cli (fixture, "frobnicate", NULL), ==, EXIT_USAGE);
  assert_contains (fixture->err, "unknown command “frobnicate”");
  g_assert_cmpint (cli (fixture, "-", "--no-such-option", NULL), ==, EXIT_USAGE);
  g_assert_cmpint (cli (fixture, "framework", "show", NULL), ==, EXIT_USAGE);
  g_assert_cmpint (cli (fixture, "framework", "--help", NULL), ==, EXIT_OK);
}

static void
test_framework_list_and_show (Fixture       *fixture,
                              gconstpointer  data)
{
  g_auto(GStrv) lines = NULL;

  g_assert_cmpint (cli (fixture, "framework", "list", NULL), ==, EXIT_OK);
  lines = g_strsplit (fixture->out, "\n", -1);
  g_assert_cmpstr (lines[0], ==, "id\tkey\tversion\ttitle");
  g_assert_cmpstr (lines[1], ==, "1\tcivil-service-learning-culture\t2018\tCivil Service learning culture framework");
  g_assert_cmpstr (lines[2], ==, "");

  g_assert_cmpint (cli (fixture, "framework", "show", "1", NULL), ==, EXIT_OK);
  assert_contains (fixture->out, "\n1. We value growth\n");
  assert_contains (fixture->out, "\n4. We know what ‘good’ looks like\n");
  assert_contains (fixture->out, "\n6. We have the opportunity to develop\n");
  assert_contains (fixture->out, "   6.5 We have access to people we can learn from\n");
  assert_contains (fixture->out, "  5  Strongly agree\n");

  g_assert_cmpint (cli (fixture, "framework", "show", "civil-service-learning-culture", NULL), ==, EXIT_OK);
  assert_contains (fixture->out, "2. We know our strengths and weaknesses");

  /* The framework's own words follow the reader's language. */
  g_setenv ("LANGUAGE", "cy", TRUE);
  g_assert_cmpint (cli (fixture, "framework", "show", "1", NULL), ==, EXIT_OK);
  g_unsetenv ("LANGUAGE");
  assert_contains (fixture->out, "\n1. Rydym yn gwerthfawrogi twf\n");
  assert_contains (fixture->out, "   6.5 Mae gennym fynediad at bobl y gallwn ddysgu ganddynt\n");
  assert_contains (fixture->out, "  5  Cytuno’n gryf\n");

  g_assert_cmpint (cli (fixture, "framework", "show", "99", NULL), ==, EXIT_NOT_FOUND);
  assert_contains (fixture->err, "There is no framework “99”");
  g_assert_cmpstr (fixture->out, ==, "");
}

static void
test_framework_import (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autofree char *good = grove_test_write_file (fixture->dir, "wellbeing.xml",
    "<framework id=\"wellbeing\">\n"
    "  <title>Wellbeing</title>\n"
    "  <scale><point value=\"1\">No</point><point value=\"2\">Yes</point>"
    "<not-observed>Unsure</not-observed></scale>\n"
    "  <condition id=\"rest\"><title>We rest</title>"
    "<statement id=\"breaks\">We take breaks.</statement></condition>\n"
    "</framework>\n", -1);
  g_autofree char *bad = grove_test_write_file (fixture->dir, "bad.xml",
    "<framework id=\"bad\">\n  <title>Bad</title>\n  <condition/>\n</framework>\n", -1);

  g_assert_cmpint (cli (fixture, "framework", "import", good, NULL), ==, EXIT_OK);
  assert_contains (fixture->out, "Imported framework “wellbeing”");
  assert_contains (fixture->out, "(id 2). Conditions: 1. Statements: 1.");

  g_assert_cmpint (cli (fixture, "framework", "list", NULL), ==, EXIT_OK);
  assert_contains (fixture->out, "\twellbeing\t\tWellbeing\n");

  g_assert_cmpint (cli (fixture, "framework", "import", good, NULL), ==, EXIT_DATA);
  assert_contains (fixture->err, "already stored");

  g_assert_cmpint (cli (fixture, "framework", "import", bad, NULL), ==, EXIT_DATA);
  assert_contains (fixture->err, "grove-cli: bad.xml:3:");

  g_assert_cmpint (cli (fixture, "framework", "import", "/nonexistent/x.xml", NULL), ==, EXIT_DATA);
}

static void
test_database_errors (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autofree char *missing = g_build_filename (fixture->dir, "no-folder", "grove.db", NULL);
  g_autofree char *text = grove_test_write_file (fixture->dir, "notes.txt", "just some notes\n", -1);
  sqlite3 *db = NULL;

  g_assert_cmpint (cli (fixture, "-", "--db", missing, "framework", "list", NULL), ==, EXIT_DATABASE);
  assert_contains (fixture->err, "folder does not exist");

  g_assert_cmpint (cli (fixture, "-", "--db", text, "framework", "list", NULL), ==, EXIT_DATABASE);
  assert_contains (fixture->err, "not a Grove database");

  g_assert_cmpint (sqlite3_open (fixture->db, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA user_version = 1000", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  g_assert_cmpint (cli (fixture, "framework", "list", NULL), ==, EXIT_DATABASE);
  assert_contains (fixture->err, "newer version of Grove");
}

static void
test_demo_org_and_people (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autofree char *first = NULL;
  g_auto(GStrv) lines = NULL;

  g_assert_cmpint (cli (fixture, "org", "tree", NULL), ==, EXIT_OK);
  assert_contains (fixture->out, "no organisation in this database");

  g_assert_cmpint (cli (fixture, "demo", NULL), ==, EXIT_OK);
  g_assert_cmpstr (fixture->out, ==, "Created the demo organisation (seed 1). People: 60. Teams: 8. Survey rounds: 2.\n"
                   "Coaches and mentors: 10. Requests: 15.\n");
  /* A second run would mix two organisations: refused, unless replacing. */
  g_assert_cmpint (cli (fixture, "demo", "--seed", "2", NULL), ==, EXIT_DATA);
  assert_contains (fixture->err, "already holds an organisation");
  g_assert_cmpint (cli (fixture, "demo", "--replace", NULL), ==, EXIT_OK);

  g_assert_cmpint (cli (fixture, "org", "tree", NULL), ==, EXIT_OK);
  assert_contains (fixture->out, "\nDepartment for Learning and Skills (organisation, ");
  assert_contains (fixture->out, "): 60\n");
  assert_contains (fixture->out, "\n  Private Office (team, ");

  g_assert_cmpint (cli (fixture, "people", "list", NULL), ==, EXIT_OK);
  lines = g_strsplit (fixture->out, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 1 + 60 + 1);
  g_assert_cmpstr (lines[0], ==, "id\tname\temail\tteam\tmanager\tgrade\tprofession\tlocation");
  /* The head comes first, in the private office, with no manager. */
  assert_contains (lines[1], "\tPrivate Office\t\tSCS2\t");
  first = g_strdup (fixture->out);
  g_assert_cmpint (cli (fixture, "people", "list", NULL), ==, EXIT_OK);
  g_assert_cmpstr (fixture->out, ==, first);

  g_assert_cmpint (cli (fixture, "people", "list", "--team", "Digital Services", NULL), ==, EXIT_OK);
  assert_contains (fixture->out, "\tDigital Services\t");
  g_assert_null (strstr (fixture->out, "\tHuman Resources\t"));

  g_assert_cmpint (cli (fixture, "people", "list", "--team", "Nowhere", NULL), ==, EXIT_NOT_FOUND);
  assert_contains (fixture->err, "no organisation unit called “Nowhere”");
  g_assert_cmpint (cli (fixture, "people", "list", "--team", "9999", NULL), ==, EXIT_NOT_FOUND);
  g_assert_cmpint (cli (fixture, "demo", "--people", "many", NULL), ==, EXIT_USAGE);
  g_assert_cmpint (cli (fixture, "demo", "--people", "5", "--teams", "8", NULL), ==, EXIT_DATA);
  g_assert_cmpint (cli (fixture, "people", NULL), ==, EXIT_USAGE);
  g_assert_cmpint (cli (fixture, "org", "forest", NULL), ==, EXIT_USAGE);
}

/* An export imports back into an empty database as it was; a bad file is
 * refused with its line and column, exit code 3, and nothing written. */
static void
test_people_import_export (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autofree char *export_path = g_build_filename (fixture->dir, "people.csv", NULL);
  g_autofree char *bad_path = NULL;
  g_autofree char *first = NULL;
  g_autofree char *copy_db = g_build_filename (fixture->dir, "copy.db", NULL);
  g_autofree char *original_db = g_strdup (fixture->db);

  g_assert_cmpint (cli (fixture, "demo", "--rounds", "0", "--coaches", "0", NULL), ==, EXIT_OK);
  g_assert_cmpint (cli (fixture, "people", "export", "--all", "-o", export_path, NULL), ==, EXIT_OK);
  g_assert_cmpint (grove_test_file_mode (export_path), ==, 0600);
  g_assert_cmpint (cli (fixture, "people", "export", "--all", NULL), ==, EXIT_OK);
  first = g_strdup (fixture->out);
  g_assert_true (g_str_has_prefix (first, "name,email,organisation,directorate,team,manager,"));

  g_free (fixture->db);
  fixture->db = g_strdup (copy_db);
  g_assert_cmpint (cli (fixture, "people", "import", export_path, NULL), ==, EXIT_OK);
  g_assert_cmpstr (fixture->out, ==, "60 added, 0 updated, 12 new teams and directorates\n");
  g_assert_cmpint (cli (fixture, "people", "export", "--all", NULL), ==, EXIT_OK);
  g_assert_cmpstr (fixture->out, ==, first);

  bad_path = grove_test_write_file (fixture->dir, "bad.csv",
                                    "name,email,start_date\r\nZoe Quinn,zoe@example.test,2024-01-01\r\n"
                                    "Yan Li,yan@example.test,soon\r\n", -1);
  g_assert_cmpint (cli (fixture, "people", "import", bad_path, NULL), ==, EXIT_DATA);
  assert_contains (fixture->err, "bad.csv:3:3: expected a date written YYYY-MM-DD or DD/MM/YYYY, found “soon”");
  g_assert_cmpint (cli (fixture, "people", "export", "--all", NULL), ==, EXIT_OK);
  g_assert_cmpstr (fixture->out, ==, first);
  g_assert_cmpint (cli (fixture, "people", "import", "/nonexistent/people.csv", NULL), !=, EXIT_OK);
  g_assert_cmpint (cli (fixture, "people", "import", NULL), ==, EXIT_USAGE);

  g_free (fixture->db);
  fixture->db = g_steal_pointer (&original_db);
}

/* Everything leaves as XML and comes back into a new database as it was;
 * a database in use, or a bad file, is refused with exit code 3. */
static void
test_org_export_import (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autofree char *xml_path = g_build_filename (fixture->dir, "grove.xml", NULL);
  g_autofree char *copy_db = g_build_filename (fixture->dir, "copy.db", NULL);
  g_autofree char *original_db = g_strdup (fixture->db);
  g_autofree char *first = NULL;
  g_autofree char *bad = NULL;

  g_assert_cmpint (cli (fixture, "demo", NULL), ==, EXIT_OK);
  g_assert_cmpint (cli (fixture, "org", "export", "-o", xml_path, NULL), ==, EXIT_OK);
  g_assert_cmpint (grove_test_file_mode (xml_path), ==, 0600);
  g_assert_cmpint (cli (fixture, "org", "export", NULL), ==, EXIT_OK);
  first = g_strdup (fixture->out);
  g_assert_true (g_str_has_prefix (first, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<grove-organisation "));
  g_assert_cmpint (cli (fixture, "org", "import", xml_path, NULL), ==, EXIT_DATA);
  assert_contains (fixture->err, "Nothing was imported: this database already holds data");

  g_free (fixture->db);
  fixture->db = g_strdup (copy_db);
  bad = grove_test_write_file (fixture->dir, "bad.xml", "<grove-organisation schema=\"7\">\n<nonsense/>\n", -1);
  g_assert_cmpint (cli (fixture, "org", "import", bad, NULL), ==, EXIT_DATA);
  assert_contains (fixture->err, "bad.xml:2: <nonsense> is not a kind of row Grove keeps");
  g_assert_cmpint (cli (fixture, "org", "import", xml_path, NULL), ==, EXIT_OK);
  assert_contains (fixture->out, "Imported ");
  g_assert_cmpint (cli (fixture, "org", "export", NULL), ==, EXIT_OK);
  g_assert_cmpstr (fixture->out, ==, first);
  g_assert_cmpint (cli (fixture, "org", "import", NULL), ==, EXIT_USAGE);

  g_free (fixture->db);
  fixture->db = g_steal_pointer (&original_db);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_assert_nonnull (g_getenv ("GROVE_CLI"));

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/cli/version-and-help", test_version_and_help);
  ADD ("/cli/framework/list-and-show", test_framework_list_and_show);
  ADD ("/cli/framework/import", test_framework_import);
  ADD ("/cli/database-errors", test_database_errors);
  ADD ("/cli/demo-org-and-people", test_demo_org_and_people);
  ADD ("/cli/people-import-export", test_people_import_export);
  ADD ("/cli/org-export-import", test_org_export_import);
#undef ADD

  return g_test_run ();
}
