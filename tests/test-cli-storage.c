/* test-cli-storage.c: grove-cli backup and restore, and what it says when
 * the database cannot be used
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <unistd.h>

#include "grove-test-utils.h"

enum { EXIT_OK = 0, EXIT_USAGE = 2, EXIT_DATA = 3, EXIT_DATABASE = 4, EXIT_NOT_FOUND = 5 };

typedef struct {
  char *dir;
  char *db;
  char *out;
  char *err;
  sqlite3 *holder; /* another program's connection, holding the write lock */
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
  sqlite3_close (f->holder);
  grove_test_rmdir (f->dir);
  g_free (f->dir);
  g_free (f->db);
  g_free (f->out);
  g_free (f->err);
}

/* Runs grove-cli --db f->db with `args`; `setup` runs in the child before
 * grove-cli starts, to give it the limits of the case. */
static int
run_cli (Fixture               *f,
         GSpawnChildSetupFunc   setup,
         const char * const    *args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  int wait_status = 0;

  g_ptr_array_add (argv, (char *) g_getenv ("GROVE_CLI"));
  g_ptr_array_add (argv, (char *) "--db");
  g_ptr_array_add (argv, f->db);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (char *) args[i]);
  g_ptr_array_add (argv, NULL);

  g_clear_pointer (&f->out, g_free);
  g_clear_pointer (&f->err, g_free);
  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, setup, NULL,
                &f->out, &f->err, &wait_status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status));
  return WEXITSTATUS (wait_status);
}

G_GNUC_NULL_TERMINATED static int
cli (Fixture    *f,
     const char *first,
     ...)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  const char *arg;
  va_list ap;

  va_start (ap, first);
  for (arg = first; arg != NULL; arg = va_arg (ap, const char *))
    g_ptr_array_add (args, (char *) arg);
  va_end (ap);
  g_ptr_array_add (args, NULL);
  return run_cli (f, NULL, (const char * const *) args->pdata);
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

/* --- What grove-cli says when the database cannot be used --- */

static gint64
query_int (const char *path,
           const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return value;
}

static void
make_demo (Fixture *f)
{
  g_assert_cmpint (cli (f, "demo", "--rounds", "0", NULL), ==, EXIT_OK);
}

static void
prepare_garbage (Fixture *f)
{
  g_assert_true (g_file_set_contents (f->db, "name,email\nAnn,ann@example.invalid\n", -1, NULL));
}

static void
prepare_newer (Fixture *f)
{
  exec_raw (f->db, "CREATE TABLE org_unit (id INTEGER); PRAGMA user_version = 99;");
}

static void
prepare_damaged (Fixture *f)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree guint8 *damaged = NULL;
  gsize size;

  make_demo (f);
  bytes = grove_test_read_bytes (f->db);
  damaged = g_memdup2 (g_bytes_get_data (bytes, &size), g_bytes_get_size (bytes));
  memset (damaged + 100, 0xa5, 4096 - 100);
  g_assert_true (g_file_set_contents (f->db, (char *) damaged, size, NULL));
}

/* Permissions do not bind the superuser: those cases run grove-cli as
 * "nobody", who must own the files as the user would. */
static void
give_to_nobody (Fixture *f)
{
  if (geteuid () == 0)
    {
      g_assert_cmpint (chown (f->dir, 65534, 65534), ==, 0);
      g_assert_cmpint (chown (f->db, 65534, 65534), ==, 0);
    }
}

static void
as_nobody (gpointer data)
{
  if (geteuid () == 0 && (setgid (65534) != 0 || setuid (65534) != 0))
    _exit (99);
}

static void
prepare_read_only_file (Fixture *f)
{
  make_demo (f);
  give_to_nobody (f);
  g_assert_cmpint (g_chmod (f->db, 0400), ==, 0);
}

static void
prepare_read_only_folder (Fixture *f)
{
  make_demo (f);
  give_to_nobody (f);
  g_assert_cmpint (g_chmod (f->dir, 0500), ==, 0);
}

static void
prepare_locked (Fixture *f)
{
  make_demo (f);
  g_assert_cmpint (sqlite3_open (f->db, &f->holder), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (f->holder, "BEGIN IMMEDIATE", NULL, NULL, NULL), ==, SQLITE_OK);
}

typedef struct {
  const char            *name;
  void                 (*prepare) (Fixture *f);
  GSpawnChildSetupFunc   setup;
  const char            *args[10];
  const char            *message;
  gboolean               untouched; /* the file is as it was, byte for byte */
} FaultCase;

static const FaultCase fault_cases[] = {
  { "garbage", prepare_garbage, NULL, { "org", "tree" },
    "is not a Grove database: it is not an SQLite file. Choose another file.", TRUE },
  { "newer-version", prepare_newer, NULL, { "org", "tree" },
    "was written by a newer version of Grove (data version 99; this version reads up to", TRUE },
  { "damaged", prepare_damaged, NULL, { "org", "tree" },
    "is damaged", TRUE },
  { "read-only-file", prepare_read_only_file, as_nobody, { "round", "add", "--title", "New", "--opens",
    "2026-01-01", "--closes", "2026-02-01" },
    "is read-only, so Grove cannot save changes to it.", TRUE },
  { "read-only-folder", prepare_read_only_folder, as_nobody, { "round", "add", "--title", "New", "--opens",
    "2026-01-01", "--closes", "2026-02-01" },
    "the file or its folder is read-only.", TRUE },
  { "locked", prepare_locked, NULL, { "round", "add", "--title", "New", "--opens",
    "2026-01-01", "--closes", "2026-02-01" },
    "is in use by another program, so nothing was changed", FALSE },
};

static void
test_storage_fault (Fixture       *f,
                    gconstpointer  data)
{
  const FaultCase *c = data;
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autofree char *expected = NULL;

  /* Valgrind, following grove-cli into "nobody", could not write its report
   * into the build tree; the normal run covers these cases. */
  if (c->setup == as_nobody && geteuid () == 0 && g_getenv ("GROVE_VALGRIND") != NULL)
    {
      g_test_skip ("runs as another user, whom valgrind cannot follow here");
      return;
    }

  c->prepare (f);
  before = grove_test_read_bytes (f->db);

  g_assert_cmpint (run_cli (f, c->setup, c->args), ==, EXIT_DATABASE);
  expected = g_strdup_printf ("grove-cli: “%s” ", f->db);
  if (!g_str_has_prefix (f->err, expected) && strstr (f->err, f->db) == NULL)
    g_error ("expected the database named in:\n%s", f->err);
  assert_contains (f->err, c->message);
  g_assert_cmpstr (f->out, ==, "");

  sqlite3_close (f->holder);
  f->holder = NULL;
  if (c->untouched)
    {
      after = grove_test_read_bytes (f->db);
      g_assert_true (g_bytes_equal (before, after));
    }
  else
    {
      /* Whole, and without any part of the change that failed. */
      g_assert_cmpint (g_chmod (f->dir, 0700), ==, 0);
      g_assert_cmpint (query_int (f->db, "SELECT count(*) FROM pragma_integrity_check WHERE integrity_check = 'ok'"), ==, 1);
      g_assert_cmpint (query_int (f->db, "SELECT count(*) FROM assessment_round WHERE title = 'New'"), ==, 0);
    }
}

/* A real full disk: a 512 KiB tmpfs in a mount namespace of its own. The
 * database lives and dies there, so the script copies it out for a look. */
static const char disk_full_script[] =
  "set -e\n"
  "mount -t tmpfs -o size=512k tmpfs \"$1/small\"\n"
  "\"$GROVE_CLI\" --db \"$1/small/grove.db\" round list >/dev/null\n"
  "status=0\n"
  "\"$GROVE_CLI\" --db \"$1/small/grove.db\" demo --people 4000 --teams 60 2>\"$1/err\" || status=$?\n"
  "echo $status >\"$1/status\"\n"
  "for f in grove.db grove.db-wal; do [ ! -e \"$1/small/$f\" ] || cp \"$1/small/$f\" \"$1/$f\"; done\n";

static void
test_disk_full (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *small = g_build_filename (f->dir, "small", NULL);
  g_autofree char *err_path = g_build_filename (f->dir, "err", NULL);
  g_autofree char *status_path = g_build_filename (f->dir, "status", NULL);
  g_autofree char *err = NULL;
  g_autofree char *status = NULL;
  const char *argv[] = { "unshare", "--user", "--map-root-user", "--mount", "sh", "-c", disk_full_script,
                         "sh", f->dir, NULL };
  int wait_status = 0;

  g_assert_cmpint (g_mkdir (small, 0700), ==, 0);
  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, &wait_status, NULL) ||
      !g_file_get_contents (status_path, &status, NULL, NULL))
    {
      g_test_skip ("no mount namespace for a small file system here");
      return;
    }

  g_assert_cmpint (atoi (status), ==, EXIT_DATABASE);
  g_assert_true (g_file_get_contents (err_path, &err, NULL, NULL));
  assert_contains (err, "The disk holding “");
  assert_contains (err, "is full, so nothing was changed");
  /* Whole, and with nobody of the 4,000 stored. */
  g_assert_cmpint (query_int (f->db, "SELECT count(*) FROM pragma_integrity_check WHERE integrity_check = 'ok'"), ==, 1);
  g_assert_cmpint (query_int (f->db, "SELECT count(*) FROM person"), ==, 0);
  g_assert_cmpint (query_int (f->db, "SELECT count(*) FROM framework"), ==, 1);
}

/* --- Two programs writing one database --- */

static const char survey_header[] =
  "team,benefits-of-improvement,able-to-improve,value-expertise,review-lessons,monitor-outcomes,"
  "reflect-on-performance,receive-feedback,honest-feedback,share-knowledge,share-lessons,"
  "develop-others,know-standards,know-outcomes,know-capabilities,learning-from-experience,"
  "transfer-formal-learning,practice-and-repetition,time-and-space,formal-learning,experiences,"
  "practice-and-transfer,people-to-learn-from\n";

static GSubprocess *
spawn_cli (Fixture            *f,
           const char * const *args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  GSubprocess *process;

  g_ptr_array_add (argv, (char *) g_getenv ("GROVE_CLI"));
  g_ptr_array_add (argv, (char *) "--db");
  g_ptr_array_add (argv, f->db);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (char *) args[i]);
  g_ptr_array_add (argv, NULL);

  process = g_subprocess_newv ((const char * const *) argv->pdata,
                               G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE, &error);
  g_assert_no_error (error);
  return process;
}

static void
assert_finished_ok (GSubprocess *process,
                    const char  *expected_out)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  g_assert_true (g_subprocess_communicate_utf8 (process, NULL, NULL, &out, &err, &error));
  g_assert_no_error (error);
  if (g_subprocess_get_exit_status (process) != EXIT_OK)
    g_error ("grove-cli failed: %s", err);
  assert_contains (out, expected_out);
}

/* Three imports at once: each waits its turn for the write lock, and every
 * response of every file is stored once. */
static void
test_concurrent_imports (Fixture       *f,
                         gconstpointer  data)
{
  const guint rows = 500;
  GSubprocess *imports[3];
  g_autoptr(GString) csv = g_string_new (survey_header);
  g_autofree char *path = NULL;

  make_demo (f);
  g_assert_cmpint (cli (f, "round", "add", "--title", "Pulse", "--opens", "2026-06-01", "--closes", "2026-06-30",
                        NULL), ==, EXIT_OK);
  for (guint i = 0; i < rows; i++)
    g_string_append_printf (csv, "Digital Services,%u,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,3,NA\n", 1 + i % 5);
  path = grove_test_write_file (f->dir, "survey.csv", csv->str, -1);

  for (guint i = 0; i < G_N_ELEMENTS (imports); i++)
    imports[i] = spawn_cli (f, (const char *[]) { "ratings", "import", "Pulse", path, NULL });
  for (guint i = 0; i < G_N_ELEMENTS (imports); i++)
    {
      assert_finished_ok (imports[i], "Responses: 500.");
      g_object_unref (imports[i]);
    }

  g_assert_cmpint (query_int (f->db, "SELECT count(*) FROM pragma_integrity_check WHERE integrity_check = 'ok'"), ==, 1);
  g_assert_cmpint (query_int (f->db, "SELECT count(*) FROM assessment_response"), ==, 3 * rows);
  g_assert_cmpint (query_int (f->db, "SELECT count(*) FROM assessment_rating"), ==, 3 * rows * 22);
}

/* Another program holds the write lock for a moment: grove-cli waits for
 * it rather than failing, then makes its change. */
static void
test_waits_for_lock (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GSubprocess) process = NULL;
  gint64 start;

  make_demo (f);
  g_assert_cmpint (sqlite3_open (f->db, &f->holder), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (f->holder, "BEGIN IMMEDIATE", NULL, NULL, NULL), ==, SQLITE_OK);

  start = g_get_monotonic_time ();
  process = spawn_cli (f, (const char *[]) { "round", "add", "--title", "Waited", "--opens", "2026-01-01",
                                             "--closes", "2026-02-01", NULL });
  g_usleep (G_USEC_PER_SEC);
  g_assert_cmpint (sqlite3_exec (f->holder, "COMMIT", NULL, NULL, NULL), ==, SQLITE_OK);
  assert_finished_ok (process, "Added the assessment round “Waited”");
  g_assert_cmpint (g_get_monotonic_time () - start, >=, G_USEC_PER_SEC);
  g_assert_cmpint (query_int (f->db, "SELECT count(*) FROM assessment_round WHERE title = 'Waited'"), ==, 1);
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
  ADD ("/cli/storage/disk-full", test_disk_full);
  ADD ("/cli/concurrency/imports", test_concurrent_imports);
  ADD ("/cli/concurrency/waits-for-lock", test_waits_for_lock);
#undef ADD
  for (guint i = 0; i < G_N_ELEMENTS (fault_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/cli/storage/%s", fault_cases[i].name);

      g_test_add (path, Fixture, &fault_cases[i], fixture_set_up, test_storage_fault, fixture_tear_down);
    }

  return g_test_run ();
}
