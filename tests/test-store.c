/* test-store.c: opening, migrating and guarding the database
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include "grove-framework.h"
#include "grove-org.h"
#include "grove-store-private.h"
#include "grove-test-store.h"
#include "grove-test-utils.h"

typedef struct {
  char *dir;
  char *path;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->dir = grove_test_mkdtemp ();
  fixture->path = g_build_filename (fixture->dir, "grove.db", NULL);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  grove_test_rmdir (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->path);
}

static void
exec_sql (GroveStore *store,
          const char *sql)
{
  g_assert_cmpint (sqlite3_exec (_grove_store_get_handle (store), sql, NULL, NULL, NULL), ==, SQLITE_OK);
}

/* Raw access, for setting up files Grove itself would never write. */
static void
exec_raw (const char *path,
          const char *sql)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
}

static void
test_create (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GroveStore) store = NULL;
  g_autofree char *backup = NULL;

  umask (022); /* the mode must not depend on the umask */
  store = grove_store_open (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (store);

  g_assert_cmpstr (grove_store_get_path (store), ==, fixture->path);
  g_assert_cmpint (grove_store_get_schema_version (store), ==, GROVE_STORE_SCHEMA_VERSION);
  g_assert_cmpint (grove_test_file_mode (fixture->path), ==, 0600);
  g_assert_cmpint (grove_test_query_int (store, "PRAGMA foreign_keys"), ==, 1);
  g_assert_cmpint (grove_test_query_int (store, "PRAGMA user_version"), ==, GROVE_STORE_SCHEMA_VERSION);
  g_assert_cmpint (grove_test_query_int (store, "SELECT count(*) FROM framework WHERE builtin = 1"), ==, 1);
  g_assert_true (grove_store_check_integrity (store, &error));
  g_assert_no_error (error);

  /* A new database has nothing to lose, so it gets no backup. */
  backup = grove_store_get_backup_path (store, 1);
  g_assert_false (g_file_test (backup, G_FILE_TEST_EXISTS));
}

/* Everything Grove writes beside the database holds the same personal data,
 * so all of it is private whatever the umask. */
static void
test_private_files (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GroveStore) store = NULL;
  g_autoptr(GroveStore) old = NULL;
  g_autofree char *wal = g_strconcat (fixture->path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (fixture->path, "-shm", NULL);
  g_autofree char *backup = NULL;
  g_autofree char *backup_dir = NULL;
  g_autofree char *migration_backup = NULL;
  mode_t saved = umask (022);

  old = _grove_store_open_at_version (fixture->path, 1, &error);
  g_assert_no_error (error);
  exec_sql (old, "INSERT INTO org_unit (kind, name) VALUES (0, 'Private')");
  g_clear_object (&old);

  store = grove_store_open (fixture->path, &error);
  g_assert_no_error (error);
  exec_sql (store, "UPDATE org_unit SET name = 'Still private'");
  backup = grove_store_backup (store, 10, &error);
  g_assert_no_error (error);
  backup_dir = grove_store_get_backup_dir (fixture->path);
  migration_backup = grove_store_get_backup_path (store, 1);

  g_assert_cmpint (grove_test_file_mode (fixture->path), ==, 0600);
  g_assert_cmpint (grove_test_file_mode (wal), ==, 0600);
  g_assert_cmpint (grove_test_file_mode (shm), ==, 0600);
  g_assert_cmpint (grove_test_file_mode (migration_backup), ==, 0600);
  g_assert_cmpint (grove_test_file_mode (backup), ==, 0600);
  g_assert_cmpint (grove_test_file_mode (backup_dir), ==, 0700);
  umask (saved);
}

static void
test_wal_and_busy_timeout (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GroveStore) store = grove_store_open (fixture->path, &error);
  sqlite3_stmt *stmt = NULL;

  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_prepare_v2 (_grove_store_get_handle (store), "PRAGMA journal_mode", -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "wal");
  sqlite3_finalize (stmt);
  g_assert_cmpint (grove_test_query_int (store, "PRAGMA busy_timeout"), >=, 1000);

  /* The WAL holds personal data too: it is as private as the database. */
  exec_sql (store, "INSERT INTO org_unit (kind, name) VALUES (0, 'Org')");
  {
    g_autofree char *wal = g_strconcat (fixture->path, "-wal", NULL);

    g_assert_true (g_file_test (wal, G_FILE_TEST_EXISTS));
    g_assert_cmpint (grove_test_file_mode (wal), ==, 0600);
  }
}

static void
test_reopen (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GroveStore) first = grove_store_open (fixture->path, &error);
  g_autoptr(GroveStore) second = NULL;

  g_assert_no_error (error);
  exec_sql (first, "INSERT INTO org_unit (kind, name) VALUES (0, 'Reopened Org')");
  g_clear_object (&first);

  second = grove_store_open (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (grove_test_query_int (second, "SELECT count(*) FROM org_unit WHERE name = 'Reopened Org'"), ==, 1);
  /* Reopening must not install the built-in framework twice. */
  g_assert_cmpint (grove_test_query_int (second, "SELECT count(*) FROM framework"), ==, 1);
}

static void
test_default_path (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GroveStore) store = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *default_path = grove_store_default_path ();

  /* main() pointed XDG_DATA_HOME at a fresh folder with no grove/ in it. */
  expected = g_build_filename (g_get_user_data_dir (), "grove", "grove.db", NULL);
  g_assert_cmpstr (default_path, ==, expected);

  store = grove_store_open (NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (grove_store_get_path (store), ==, expected);
  g_assert_cmpint (grove_test_file_mode (expected), ==, 0600);
  dir = g_path_get_dirname (expected);
  g_assert_cmpint (grove_test_file_mode (dir), ==, 0700);
}

static void
test_migrate_backup_first (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GroveStore) old = NULL;
  g_autoptr(GroveStore) store = NULL;
  g_autofree char *backup = NULL;
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;

  old = _grove_store_open_at_version (fixture->path, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (grove_store_get_schema_version (old), ==, 1);
  exec_sql (old, "INSERT INTO org_unit (id, kind, name) VALUES (1, 0, 'Old Org');"
                 "INSERT INTO person (name, unit_id) VALUES ('Ann Old', 1)");
  g_clear_object (&old);

  store = grove_store_open (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (grove_store_get_schema_version (store), ==, GROVE_STORE_SCHEMA_VERSION);
  g_assert_cmpint (grove_test_query_int (store, "SELECT count(*) FROM person WHERE name = 'Ann Old'"), ==, 1);
  g_assert_cmpint (grove_test_query_int (store, "SELECT count(*) FROM framework WHERE builtin = 1"), ==, 1);

  /* The copy is the database as it was before the step, and private. */
  backup = grove_store_get_backup_path (store, 1);
  g_assert_true (g_str_has_suffix (backup, "grove.db.bak-v1"));
  g_assert_cmpint (grove_test_file_mode (backup), ==, 0600);
  g_assert_cmpint (sqlite3_open_v2 (backup, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT (SELECT user_version FROM pragma_user_version), "
                                           "(SELECT count(*) FROM person WHERE name = 'Ann Old'), "
                                           "(SELECT count(*) FROM sqlite_schema WHERE name = 'framework')",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, 1);
  g_assert_cmpint (sqlite3_column_int (stmt, 1), ==, 1);
  g_assert_cmpint (sqlite3_column_int (stmt, 2), ==, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
}

static void
test_migrate_failure_keeps_data (Fixture       *fixture,
                                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GroveStore) old = NULL;
  g_autoptr(GroveStore) store = NULL;

  /* A table in the way makes step 2 fail half-way through its DDL. */
  old = _grove_store_open_at_version (fixture->path, 1, &error);
  g_assert_no_error (error);
  exec_sql (old, "INSERT INTO org_unit (kind, name) VALUES (0, 'Kept Org');"
                 "CREATE TABLE framework_statement (x);");
  g_clear_object (&old);

  store = grove_store_open (fixture->path, &error);
  g_assert_null (store);
  g_assert_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_FAILED);
  g_clear_error (&error);

  old = _grove_store_open_at_version (fixture->path, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (grove_store_get_schema_version (old), ==, 1);
  g_assert_cmpint (grove_test_query_int (old, "SELECT count(*) FROM org_unit WHERE name = 'Kept Org'"), ==, 1);
  g_assert_cmpint (grove_test_query_int (old, "SELECT count(*) FROM sqlite_schema WHERE name IN ('framework', 'framework_condition')"), ==, 0);
}

static void
test_newer_version_refused (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GroveStore) store = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;

  exec_raw (fixture->path, "CREATE TABLE future (x); INSERT INTO future VALUES (42); PRAGMA user_version = 99;");
  before = grove_test_read_bytes (fixture->path);

  store = grove_store_open (fixture->path, &error);
  g_assert_null (store);
  g_assert_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_TOO_NEW);
  g_assert_nonnull (strstr (error->message, "newer version of Grove"));
  g_assert_nonnull (strstr (error->message, "99"));

  after = grove_test_read_bytes (fixture->path);
  g_assert_true (g_bytes_equal (before, after));
}

static void
test_not_a_database (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GroveStore) store = NULL;
  g_autoptr(GBytes) after = NULL;
  const char *text = "name,email\nAnn,ann@example.invalid\n";
  g_autofree char *path = grove_test_write_file (fixture->dir, "people.csv", text, -1);

  store = grove_store_open (path, &error);
  g_assert_null (store);
  g_assert_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_NOT_A_DATABASE);
  g_assert_nonnull (strstr (error->message, "people.csv"));

  after = grove_test_read_bytes (path);
  g_assert_cmpmem (g_bytes_get_data (after, NULL), g_bytes_get_size (after), text, strlen (text));
}

static void
test_corrupt (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GroveStore) store = grove_store_open (fixture->path, &error);
  g_autoptr(GBytes) bytes = NULL;
  g_autofree guint8 *damaged = NULL;
  gsize size;

  g_assert_no_error (error);
  g_clear_object (&store);

  /* Keep SQLite's 100-byte header, so it is still "an SQLite file", and
   * wreck the schema page behind it. */
  bytes = grove_test_read_bytes (fixture->path);
  damaged = g_memdup2 (g_bytes_get_data (bytes, &size), g_bytes_get_size (bytes));
  g_assert_cmpuint (size, >, 4096);
  memset (damaged + 100, 0xa5, 4096 - 100);
  g_assert_true (g_file_set_contents (fixture->path, (char *) damaged, size, NULL));

  store = grove_store_open (fixture->path, &error);
  g_assert_null (store);
  g_assert_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_CORRUPT);
  g_assert_nonnull (strstr (error->message, "damaged"));
}

static void
test_missing_directory (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GroveStore) store = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "no-such-folder", "grove.db", NULL);

  store = grove_store_open (path, &error);
  g_assert_null (store);
  g_assert_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_NO_DIRECTORY);
  g_assert_nonnull (strstr (error->message, "folder does not exist"));
}

static void
test_read_only (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GroveStore) store = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "locked", "grove.db", NULL);
  g_autofree char *dir = g_path_get_dirname (path);

  /* Permissions do not bind the superuser: run the case as "nobody". */
  if (geteuid () == 0 && !g_test_subprocess ())
    {
      g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
      g_test_trap_assert_passed ();
      return;
    }
  if (geteuid () == 0)
    {
      g_assert_cmpint (chown (fixture->dir, 65534, 65534), ==, 0);
      g_assert_cmpint (setgid (65534), ==, 0);
      g_assert_cmpint (setuid (65534), ==, 0);
    }

  /* A new file in a folder that cannot be written. */
  g_assert_cmpint (g_mkdir (dir, 0500), ==, 0);
  store = grove_store_open (path, &error);
  g_assert_null (store);
  g_assert_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_READ_ONLY);
  g_assert_nonnull (strstr (error->message, "read-only"));
  g_clear_error (&error);

  /* An existing database that cannot be written. */
  store = grove_store_open (fixture->path, &error);
  g_assert_no_error (error);
  g_clear_object (&store);
  g_assert_cmpint (g_chmod (fixture->path, 0400), ==, 0);
  store = grove_store_open (fixture->path, &error);
  g_assert_null (store);
  g_assert_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_READ_ONLY);
  g_assert_nonnull (strstr (error->message, "is read-only"));
}

/* What cannot be written can still be looked at: a read-only file in a
 * read-only folder opens read-only, shows its data, refuses every write
 * and is left exactly as it was. */
static void
test_open_read_only (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GroveStore) store = NULL;
  g_autofree char *dir = g_build_filename (fixture->dir, "shelf", NULL);
  g_autofree char *path = g_build_filename (dir, "grove.db", NULL);
  g_autofree char *old_path = g_build_filename (fixture->dir, "old.db", NULL);
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;

  if (geteuid () == 0 && !g_test_subprocess ())
    {
      g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
      g_test_trap_assert_passed ();
      return;
    }
  if (geteuid () == 0)
    {
      g_assert_cmpint (chown (fixture->dir, 65534, 65534), ==, 0);
      g_assert_cmpint (setgid (65534), ==, 0);
      g_assert_cmpint (setuid (65534), ==, 0);
    }

  g_assert_cmpint (g_mkdir (dir, 0700), ==, 0);
  store = grove_store_open (path, &error);
  g_assert_no_error (error);
  grove_org_add_unit (store, GROVE_ORG_UNIT_ORGANISATION, "Archive Office", 0, &error);
  g_assert_no_error (error);
  g_assert_false (grove_store_is_read_only (store));
  g_clear_object (&store);
  g_assert_cmpint (g_chmod (path, 0400), ==, 0);
  g_assert_cmpint (g_chmod (dir, 0500), ==, 0);
  before = grove_test_read_bytes (path);

  store = grove_store_open (path, &error);
  g_assert_null (store);
  g_assert_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_READ_ONLY);
  g_clear_error (&error);

  store = grove_store_open_read_only (path, &error);
  g_assert_no_error (error);
  g_assert_true (grove_store_is_read_only (store));
  g_assert_cmpint (grove_store_get_schema_version (store), ==, GROVE_STORE_SCHEMA_VERSION);
  g_assert_cmpint (grove_test_query_int (store, "SELECT count(*) FROM org_unit WHERE name = 'Archive Office'"), ==, 1);
  g_assert_cmpint (grove_org_add_unit (store, GROVE_ORG_UNIT_TEAM, "New Team", 1, &error), <=, 0);
  g_assert_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_READ_ONLY);
  g_clear_error (&error);
  g_clear_object (&store);
  after = grove_test_read_bytes (path);
  g_assert_true (g_bytes_equal (before, after));
  g_assert_cmpint (g_chmod (dir, 0700), ==, 0);

  /* An older database would need an upgrade, which is a write. */
  store = _grove_store_open_at_version (old_path, GROVE_STORE_SCHEMA_VERSION - 1, &error);
  g_assert_no_error (error);
  g_clear_object (&store);
  store = grove_store_open_read_only (old_path, &error);
  g_assert_null (store);
  g_assert_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_READ_ONLY);
  g_assert_nonnull (strstr (error->message, "older version of Grove"));
  g_clear_error (&error);

  store = grove_store_open_read_only (path, &error);
  g_assert_no_error (error);
  g_clear_object (&store);
  g_remove (path);
  store = grove_store_open_read_only (path, &error);
  g_assert_null (store);
  g_assert_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_FAILED);
}

static void
test_constraint_message (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GroveStore) store = grove_store_open (fixture->path, &error);
  sqlite3_stmt *stmt;

  g_assert_no_error (error);
  /* A person in a unit that does not exist: foreign keys are enforced. */
  stmt = _grove_store_prepare (store, "INSERT INTO person (name, unit_id) VALUES ('Nobody', 4242)", &error);
  g_assert_no_error (error);
  g_assert_false (_grove_store_exec_stmt (store, stmt, "saving a person", &error));
  g_assert_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_CONSTRAINT);
  g_assert_nonnull (strstr (error->message, "saving a person"));
  g_assert_cmpint (grove_test_query_int (store, "SELECT count(*) FROM person"), ==, 0);
}

/* The database may not grow beyond a few pages: a write of many rows stops
 * half-way, and must leave nothing of itself behind. */
static void
test_disk_full (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GroveStore) store = grove_store_open (fixture->path, &error);
  g_autoptr(GPtrArray) people = g_ptr_array_new_with_free_func ((GDestroyNotify) grove_person_free);
  g_autofree char *limit = NULL;
  gint64 org, team;

  g_assert_no_error (error);
  org = grove_org_add_unit (store, GROVE_ORG_UNIT_ORGANISATION, "Full Org", 0, &error);
  g_assert_no_error (error);
  team = grove_org_add_unit (store, GROVE_ORG_UNIT_TEAM, "Full Team", org, &error);
  g_assert_no_error (error);
  for (int i = 0; i < 3000; i++)
    {
      GrovePerson *person = grove_person_new ("Someone with a long enough name to fill pages");

      person->email = g_strdup_printf ("person%d@example.invalid", i);
      person->unit_id = team;
      g_ptr_array_add (people, person);
    }

  limit = g_strdup_printf ("PRAGMA max_page_count = %" G_GINT64_FORMAT,
                           grove_test_query_int (store, "PRAGMA page_count") + 8);
  exec_sql (store, limit);
  g_assert_false (grove_org_add_people (store, people, &error));
  g_assert_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_FULL);
  g_assert_nonnull (strstr (error->message, "full"));
  g_assert_nonnull (strstr (error->message, "nothing was changed"));
  g_clear_error (&error);

  g_assert_cmpint (grove_test_query_int (store, "SELECT count(*) FROM person"), ==, 0);
  g_assert_true (grove_store_check_integrity (store, &error));

  /* Room again: the same write goes through, so nothing was left open. */
  exec_sql (store, "PRAGMA max_page_count = 1073741823");
  g_assert_true (grove_org_add_people (store, people, &error));
  g_assert_no_error (error);
  g_assert_cmpint (grove_test_query_int (store, "SELECT count(*) FROM person"), ==, 3000);
}

static void
test_nested_rollback (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GroveStore) store = grove_store_open (fixture->path, &error);

  g_assert_no_error (error);
  g_assert_true (_grove_store_begin (store, &error));
  exec_sql (store, "INSERT INTO org_unit (kind, name) VALUES (0, 'Outer')");
  g_assert_true (_grove_store_begin (store, &error));
  exec_sql (store, "INSERT INTO org_unit (kind, name) VALUES (0, 'Inner')");
  _grove_store_rollback (store);
  g_assert_true (_grove_store_commit (store, &error));
  g_assert_no_error (error);

  g_assert_cmpint (grove_test_query_int (store, "SELECT count(*) FROM org_unit WHERE name = 'Outer'"), ==, 1);
  g_assert_cmpint (grove_test_query_int (store, "SELECT count(*) FROM org_unit WHERE name = 'Inner'"), ==, 0);

  /* And an outer rollback takes everything with it. */
  g_assert_true (_grove_store_begin (store, &error));
  exec_sql (store, "INSERT INTO org_unit (kind, name) VALUES (0, 'Gone')");
  _grove_store_rollback (store);
  g_assert_cmpint (grove_test_query_int (store, "SELECT count(*) FROM org_unit WHERE name = 'Gone'"), ==, 0);
}

static void
test_second_writer_busy (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GroveStore) store = grove_store_open (fixture->path, &error);
  sqlite3 *other = NULL;

  g_assert_no_error (error);
  /* Another program holds the write lock and does not let go. */
  g_assert_cmpint (sqlite3_open (fixture->path, &other), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (other, "BEGIN IMMEDIATE", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_busy_timeout (_grove_store_get_handle (store), 50);

  g_assert_false (_grove_store_begin (store, &error));
  g_assert_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_BUSY);
  g_assert_nonnull (strstr (error->message, "another program"));

  sqlite3_exec (other, "ROLLBACK", NULL, NULL, NULL);
  sqlite3_close (other);
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *home = grove_test_mkdtemp ();
  int status;

  g_setenv ("XDG_DATA_HOME", home, TRUE);
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/store/create", test_create);
  ADD ("/store/private-files", test_private_files);
  ADD ("/store/wal-and-busy-timeout", test_wal_and_busy_timeout);
  ADD ("/store/reopen", test_reopen);
  ADD ("/store/default-path", test_default_path);
  ADD ("/store/migrate/backup-first", test_migrate_backup_first);
  ADD ("/store/migrate/failure-keeps-data", test_migrate_failure_keeps_data);
  ADD ("/store/errors/newer-version-refused", test_newer_version_refused);
  ADD ("/store/errors/not-a-database", test_not_a_database);
  ADD ("/store/errors/corrupt", test_corrupt);
  ADD ("/store/errors/missing-directory", test_missing_directory);
  ADD ("/store/errors/read-only", test_read_only);
  ADD ("/store/open-read-only", test_open_read_only);
  ADD ("/store/errors/constraint", test_constraint_message);
  ADD ("/store/errors/second-writer-busy", test_second_writer_busy);
  ADD ("/store/errors/disk-full", test_disk_full);
  ADD ("/store/transaction/nested-rollback", test_nested_rollback);
#undef ADD

  status = g_test_run ();
  grove_test_rmdir (home);
  return status;
}
