/* test-backup.c: backups beside the database, and restoring them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <sys/stat.h>

#include "grove-org.h"
#include "grove-store-private.h"
#include "grove-test-store.h"
#include "grove-test-utils.h"

typedef struct {
  char       *dir;
  char       *path;
  GroveStore *store;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = grove_test_mkdtemp ();
  f->path = g_build_filename (f->dir, "grove.db", NULL);
  f->store = grove_store_open (f->path, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->store);
  grove_test_rmdir (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

/* One database holds one organisation; the units tests count are teams in it. */
static void
add_unit (GroveStore *store,
          const char *name)
{
  g_autoptr(GError) error = NULL;
  gint64 root = grove_test_query_int (store, "SELECT coalesce(max(id), 0) FROM org_unit WHERE kind = 0");

  if (root == 0)
    root = grove_org_add_unit (store, GROVE_ORG_UNIT_ORGANISATION, "Organisation", 0, &error);
  g_assert_no_error (error);
  g_assert_cmpint (grove_org_add_unit (store, GROVE_ORG_UNIT_TEAM, name, root, &error), >, 0);
  g_assert_no_error (error);
}

static gint64
count_units (GroveStore *store,
             const char *name)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM org_unit WHERE name = '%s'", name);

  return grove_test_query_int (store, sql);
}

/* Counts rows in a file without Grove: a backup must stand on its own. */
static int
count_units_in_file (const char *path)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  int count;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT count(*) FROM org_unit", -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  count = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return count;
}

static void
test_backup_creates_private_copy (Fixture       *f,
                                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *backup = NULL;
  g_autofree char *dir = g_build_filename (f->dir, "backups", NULL);
  g_autofree char *base = NULL;
  g_autofree char *wal = NULL;

  add_unit (f->store, "Kept");
  backup = grove_store_backup (f->store, GROVE_STORE_DEFAULT_KEEP_BACKUPS, &error);
  g_assert_no_error (error);

  g_assert_true (g_str_has_prefix (backup, dir));
  g_assert_null (strchr (backup + strlen (dir) + 1, G_DIR_SEPARATOR));
  base = g_path_get_basename (backup);
  g_assert_true (g_regex_match_simple ("^grove-[0-9]{8}-[0-9]{6}-[0-9]{3}\\.db$", base, 0, 0));
  g_assert_cmpint (grove_test_file_mode (backup), ==, 0600);
  g_assert_cmpint (grove_test_file_mode (dir), ==, 0700);
  /* One file, no journal beside it, and the data in it. */
  wal = g_strconcat (backup, "-wal", NULL);
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
  g_assert_cmpint (count_units_in_file (backup), ==, 2);
}

static void
test_backup_keeps_last (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) made = g_ptr_array_new_with_free_func (g_free);
  g_auto(GStrv) listed = NULL;
  g_autofree char *dir = g_build_filename (f->dir, "backups", NULL);
  g_autofree char *other = NULL;
  g_autofree char *notes = NULL;

  /* Another database's backups and the user's own files are not ours. */
  g_assert_cmpint (g_mkdir (dir, 0700), ==, 0);
  other = grove_test_write_file (dir, "other-20000101-000000-000.db", "x", -1);
  notes = grove_test_write_file (dir, "grove-notes.db", "x", -1);

  for (int i = 0; i < 5; i++)
    {
      g_ptr_array_add (made, grove_store_backup (f->store, 3, &error));
      g_assert_no_error (error);
    }

  listed = grove_store_list_backups (f->path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length (listed), ==, 3);
  /* Newest first: the last three made, in reverse. */
  g_assert_cmpstr (listed[0], ==, g_ptr_array_index (made, 4));
  g_assert_cmpstr (listed[1], ==, g_ptr_array_index (made, 3));
  g_assert_cmpstr (listed[2], ==, g_ptr_array_index (made, 2));
  g_assert_false (g_file_test (g_ptr_array_index (made, 0), G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (other, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (notes, G_FILE_TEST_EXISTS));
}

static void
test_list_without_folder (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) listed = grove_store_list_backups (f->path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (listed);
  g_assert_cmpuint (g_strv_length (listed), ==, 0);
}

static void
test_restore (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GroveStore) other = NULL;
  g_autofree char *backup = NULL;
  g_autofree char *saved = NULL;

  add_unit (f->store, "Before");
  backup = grove_store_backup (f->store, 10, &error);
  g_assert_no_error (error);
  add_unit (f->store, "After");

  /* Another program has the database open throughout, as the app would. */
  other = grove_store_open (f->path, &error);
  g_assert_no_error (error);

  g_assert_true (grove_store_restore (f->path, backup, 10, &saved, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_units (other, "Before"), ==, 1);
  g_assert_cmpint (count_units (other, "After"), ==, 0);
  g_assert_cmpint (count_units (f->store, "After"), ==, 0);
  g_assert_true (grove_store_check_integrity (other, &error));

  /* The database as it was is a backup of its own. */
  g_assert_nonnull (saved);
  g_assert_cmpstr (saved, !=, backup);
  g_assert_cmpint (grove_test_file_mode (saved), ==, 0600);
  g_assert_cmpint (count_units_in_file (saved), ==, 3);
}

static void
test_restore_older_version (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GroveStore) old = NULL;
  g_autoptr(GroveStore) reopened = NULL;
  g_autofree char *old_path = g_build_filename (f->dir, "old.db", NULL);

  old = _grove_store_open_at_version (old_path, 1, &error);
  g_assert_no_error (error);
  add_unit (old, "From version 1");
  g_clear_object (&old);
  g_clear_object (&f->store);

  g_assert_true (grove_store_restore (f->path, old_path, 10, NULL, &error));
  g_assert_no_error (error);
  reopened = grove_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (grove_store_get_schema_version (reopened), ==, GROVE_STORE_SCHEMA_VERSION);
  g_assert_cmpint (count_units (reopened, "From version 1"), ==, 1);
}

static void
test_restore_over_unreadable (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GroveStore) reopened = NULL;
  g_autoptr(GBytes) kept = NULL;
  g_autofree char *backup = NULL;
  g_autofree char *saved = NULL;
  const char *garbage = "this is not a database at all, but it was once";

  add_unit (f->store, "Good");
  backup = grove_store_backup (f->store, 10, &error);
  g_assert_no_error (error);
  g_clear_object (&f->store);
  g_assert_true (g_file_set_contents (f->path, garbage, -1, NULL));

  g_assert_true (grove_store_restore (f->path, backup, 10, &saved, &error));
  g_assert_no_error (error);
  reopened = grove_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (count_units (reopened, "Good"), ==, 1);

  /* The unreadable file is kept whole, outside the backups that rotate. */
  g_assert_true (g_str_has_suffix (saved, ".unreadable"));
  kept = grove_test_read_bytes (saved);
  g_assert_cmpmem (g_bytes_get_data (kept, NULL), g_bytes_get_size (kept), garbage, strlen (garbage));
}

typedef struct {
  const char *name;
  const char *setup_sql; /* NULL: the file holds `contents` */
  const char *contents;
  gint        code;
} RefusedCase;

static const RefusedCase refused_cases[] = {
  { "garbage", NULL, "team,score\nDigital,4\n", GROVE_STORE_ERROR_NOT_A_DATABASE },
  { "empty", NULL, "", GROVE_STORE_ERROR_NOT_A_DATABASE },
  { "other-sqlite", "CREATE TABLE recipes (name TEXT);", NULL, GROVE_STORE_ERROR_NOT_A_DATABASE },
  { "newer", "CREATE TABLE org_unit (id INTEGER); PRAGMA user_version = 99;", NULL, GROVE_STORE_ERROR_TOO_NEW },
  { "damaged", "damage", NULL, GROVE_STORE_ERROR_CORRUPT },
  { "missing", "missing", NULL, GROVE_STORE_ERROR_NOT_FOUND },
};

/* A copy of a real backup with its pages after the header overwritten. */
static void
write_damaged (Fixture    *f,
               const char *target)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *backup = NULL;
  g_autofree guint8 *damaged = NULL;
  gsize size;

  for (int i = 0; i < 40; i++)
    {
      g_autofree char *name = g_strdup_printf ("Filler %d", i);

      add_unit (f->store, name);
    }
  backup = grove_store_backup (f->store, 10, &error);
  g_assert_no_error (error);
  bytes = grove_test_read_bytes (backup);
  damaged = g_memdup2 (g_bytes_get_data (bytes, &size), g_bytes_get_size (bytes));
  g_assert_cmpuint (size, >, 8192);
  memset (damaged + 4096, 0x5a, size - 4096);
  g_assert_true (g_file_set_contents (target, (char *) damaged, size, NULL));
  g_unlink (backup);
}

static void
test_restore_refused (Fixture       *f,
                      gconstpointer  data)
{
  const RefusedCase *c = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  g_auto(GStrv) backups = NULL;
  g_autofree char *source = g_build_filename (f->dir, "candidate.db", NULL);

  add_unit (f->store, "Current");
  if (c->setup_sql == NULL)
    g_assert_true (g_file_set_contents (source, c->contents, -1, NULL));
  else if (g_str_equal (c->setup_sql, "damage"))
    write_damaged (f, source);
  else if (!g_str_equal (c->setup_sql, "missing"))
    {
      sqlite3 *db = NULL;

      g_assert_cmpint (sqlite3_open (source, &db), ==, SQLITE_OK);
      g_assert_cmpint (sqlite3_exec (db, c->setup_sql, NULL, NULL, NULL), ==, SQLITE_OK);
      sqlite3_close (db);
    }
  g_clear_object (&f->store);
  before = grove_test_read_bytes (f->path);

  g_assert_false (grove_store_verify_backup (source, &error));
  g_assert_error (error, GROVE_STORE_ERROR, c->code);
  g_clear_error (&error);
  g_assert_false (grove_store_restore (f->path, source, 10, NULL, &error));
  g_assert_error (error, GROVE_STORE_ERROR, c->code);
  g_assert_true (g_str_has_prefix (error->message, "Nothing was restored"));

  /* Not a byte changed, and no backup was made for a restore not done. */
  after = grove_test_read_bytes (f->path);
  g_assert_true (g_bytes_equal (before, after));
  backups = grove_store_list_backups (f->path, NULL);
  g_assert_cmpuint (g_strv_length (backups), ==, 0);
}

int
main (int    argc,
      char **argv)
{
  /* Backups must be private whatever the user's umask. */
  umask (022);
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/backup/creates-private-copy", test_backup_creates_private_copy);
  ADD ("/backup/keeps-last", test_backup_keeps_last);
  ADD ("/backup/list-without-folder", test_list_without_folder);
  ADD ("/backup/restore/live", test_restore);
  ADD ("/backup/restore/older-version", test_restore_older_version);
  ADD ("/backup/restore/over-unreadable", test_restore_over_unreadable);
#undef ADD
  for (guint i = 0; i < G_N_ELEMENTS (refused_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/backup/restore/refused/%s", refused_cases[i].name);

      g_test_add (path, Fixture, &refused_cases[i], fixture_set_up, test_restore_refused, fixture_tear_down);
    }

  return g_test_run ();
}
