/* test-cli-storage.c: grove-cli backup and restore, and what it says when
 * the database cannot be used
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <sqlite3.h>

#include "grove-test-utils.h"

enum { EXIT_OK = 0, EXIT_USAGE = 2, EXIT_DATA = 3, EXIT_DATABASE = 4, EXIT_NOT_FOUND = 5 };

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

/* Runs grove-cli --db f->db with the arguments given (NULL-terminated). */
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
  va_start (args, first);
  for (arg = first; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (char *) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  g_clear_pointer (&f->out, g_free);
  g_clear_pointer (&f->err, g_free);
  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                &f->out, &f->err, &wait_status, &error);
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
exec_raw (const char *path,
          const char *sql)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
}

/* The path after "prefix" on the line of `text` that has it. */
static char *
path_after (const char *text,
            const char *prefix)
{
  const char *start = strstr (text, prefix);

  g_assert_nonnull (start);
  start += strlen (prefix);
  return g_strndup (start, strcspn (start, "\n"));
}

static void
test_backup_and_restore (Fixture       *f,
                         gconstpointer  data)
{
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *kept = NULL;

  g_assert_cmpint (cli (f, "demo", NULL), ==, EXIT_OK);
  g_assert_cmpint (cli (f, "backup", NULL), ==, EXIT_OK);
  first = path_after (f->out, "Backed up to ");
  g_assert_cmpint (grove_test_file_mode (first), ==, 0600);

  /* A change after the backup goes away again with the restore. */
  exec_raw (f->db, "UPDATE org_unit SET name = 'Renamed Services' WHERE name = 'Digital Services'");
  g_assert_cmpint (cli (f, "org", "tree", NULL), ==, EXIT_OK);
  assert_contains (f->out, "Renamed Services");
  g_assert_cmpint (cli (f, "restore", first, NULL), ==, EXIT_OK);
  assert_contains (f->out, "Restored");
  kept = path_after (f->out, "The database as it was is kept in ");
  g_assert_true (g_file_test (kept, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpint (cli (f, "org", "tree", NULL), ==, EXIT_OK);
  assert_contains (f->out, "Digital Services");
  g_assert_null (strstr (f->out, "Renamed Services"));

  /* --keep 1 leaves only the newest. */
  g_assert_cmpint (cli (f, "backup", "--keep", "1", NULL), ==, EXIT_OK);
  second = path_after (f->out, "Backed up to ");
  g_assert_true (g_file_test (second, G_FILE_TEST_IS_REGULAR));
  g_assert_false (g_file_test (first, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (kept, G_FILE_TEST_EXISTS));

  g_assert_cmpint (cli (f, "backup", "--keep", "0", NULL), ==, EXIT_USAGE);
  g_assert_cmpint (cli (f, "backup", "extra", NULL), ==, EXIT_USAGE);
  g_assert_cmpint (cli (f, "restore", NULL), ==, EXIT_USAGE);
}

static void
test_restore_refused (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *garbage = grove_test_write_file (f->dir, "notes.db", "not a database", -1);
  g_autofree char *missing = g_build_filename (f->dir, "missing.db", NULL);
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;

  g_assert_cmpint (cli (f, "demo", NULL), ==, EXIT_OK);
  before = grove_test_read_bytes (f->db);

  g_assert_cmpint (cli (f, "restore", garbage, NULL), ==, EXIT_DATA);
  assert_contains (f->err, "grove-cli: Nothing was restored: “");
  assert_contains (f->err, "notes.db” is not a Grove database.");
  g_assert_cmpint (cli (f, "restore", missing, NULL), ==, EXIT_NOT_FOUND);
  assert_contains (f->err, "there is no file");

  after = grove_test_read_bytes (f->db);
  g_assert_true (g_bytes_equal (before, after));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/cli/backup/backup-and-restore", test_backup_and_restore);
  ADD ("/cli/backup/restore-refused", test_restore_refused);
#undef ADD

  return g_test_run ();
}
