/* grove-store-backup.c: backups beside the database, and restoring one
 *
 * A backup is a complete copy in one file (no WAL beside it), written with
 * SQLite's online backup API, so it is consistent even while another program
 * writes. Backups live in a "backups" folder beside the database, named after
 * it and the time in UTC (grove-20261124-142000-123.db), so that their names
 * sort by age and the oldest can be let go.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "grove-store-private.h"

/* The part of a backup's name after "<database>-": UTC date, time, ms. */
static const char stamp_pattern[] = "00000000-000000-000.db";

gboolean
_grove_store_create_private_file (const char  *path,
                                  GError     **error)
{
  g_autofree char *name = g_filename_display_name (path);
  int fd;

  /* The mode given to open() is cut down by the umask but never widened;
   * fchmod() then makes it exactly 0600 whatever the umask was. */
  fd = g_open (path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd < 0 && errno == EEXIST)
    return TRUE;
  if (fd < 0)
    {
      int saved = errno;

      if (saved == ENOENT)
        g_set_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_NO_DIRECTORY,
                     _("Cannot create “%s”: its folder does not exist."), name);
      else if (saved == EACCES || saved == EROFS || saved == EPERM)
        g_set_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_READ_ONLY,
                     _("Cannot create “%s”: the folder is read-only."), name);
      else if (saved == ENOSPC)
        g_set_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_FULL,
                     _("Cannot create “%s”: the disk is full."), name);
      else
        g_set_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_FAILED,
                     _("Cannot create “%s”: %s."), name, g_strerror (saved));
      return FALSE;
    }
  fchmod (fd, 0600);
  close (fd);
  return TRUE;
}

gboolean
_grove_store_copy_database (sqlite3     *source,
                            const char  *target,
                            char       **detail)
{
  g_autofree char *partial = g_strconcat (target, ".partial", NULL);
  g_autoptr(GError) local = NULL;
  sqlite3 *dest = NULL;
  sqlite3_backup *backup;
  int rc;

  g_unlink (partial);
  if (!_grove_store_create_private_file (partial, &local))
    {
      *detail = g_strdup (local->message);
      return FALSE;
    }

  rc = sqlite3_open_v2 (partial, &dest, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOFOLLOW, NULL);
  if (rc == SQLITE_OK)
    {
      backup = sqlite3_backup_init (dest, "main", source, "main");
      if (backup == NULL)
        rc = sqlite3_errcode (dest);
      else
        {
          rc = sqlite3_backup_step (backup, -1);
          sqlite3_backup_finish (backup);
          rc = rc == SQLITE_DONE ? sqlite3_errcode (dest) : rc;
        }
    }
  /* The copy of a WAL database is marked WAL too; a copy must stand alone,
   * one file that can be moved or mailed without its -wal. */
  if (rc == SQLITE_OK)
    rc = sqlite3_exec (dest, "PRAGMA journal_mode = DELETE", NULL, NULL, NULL);
  sqlite3_close (dest);

  if (rc != SQLITE_OK)
    {
      *detail = g_strdup (sqlite3_errstr (rc));
      g_unlink (partial);
      return FALSE;
    }
  if (g_rename (partial, target) != 0)
    {
      *detail = g_strdup (g_strerror (errno));
      g_unlink (partial);
      return FALSE;
    }
  return TRUE;
}

/* "grove" for grove.db: backups of two databases in one folder stay apart. */
static char *
backup_stem (const char *path)
{
  char *base = g_path_get_basename (path);

  if (g_str_has_suffix (base, ".db"))
    base[strlen (base) - 3] = '\0';
  return base;
}

static gboolean
is_backup_name (const char *name,
                const char *stem)
{
  gsize stem_len = strlen (stem);

  if (strlen (name) != stem_len + 1 + strlen (stamp_pattern) ||
      strncmp (name, stem, stem_len) != 0 || name[stem_len] != '-')
    return FALSE;
  for (gsize i = 0; stamp_pattern[i] != '\0'; i++)
    {
      char c = name[stem_len + 1 + i];

      if (stamp_pattern[i] == '0' ? !g_ascii_isdigit (c) : c != stamp_pattern[i])
        return FALSE;
    }
  return TRUE;
}

static int
compare_newest_first (gconstpointer a,
                      gconstpointer b)
{
  return -strcmp (*(const char **) a, *(const char **) b);
}

/* A name that no backup has yet: two backups within a millisecond wait. */
static char *
new_backup_path (const char *path)
{
  g_autofree char *dir = grove_store_get_backup_dir (path);
  g_autofree char *stem = backup_stem (path);

  for (;;)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
      g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
      g_autofree char *name = g_strdup_printf ("%s-%s-%03d.db", stem, stamp,
                                               g_date_time_get_microsecond (now) / 1000);
      g_autofree char *target = g_build_filename (dir, name, NULL);

      if (!g_file_test (target, G_FILE_TEST_EXISTS))
        return g_steal_pointer (&target);
      g_usleep (1000);
    }
}

static void
prune_backups (const char *path,
               guint       keep)
{
  g_auto(GStrv) backups = grove_store_list_backups (path, NULL);
  guint count = backups != NULL ? g_strv_length (backups) : 0;

  for (guint i = keep; i < count; i++)
    g_unlink (backups[i]);
}

/**
 * grove_store_get_backup_dir:
 * @path: the database file
 *
 * Returns: (transfer full): the folder that holds the database's backups
 */
char *
grove_store_get_backup_dir (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);

  return g_build_filename (dir, "backups", NULL);
}

/**
 * grove_store_list_backups:
 * @path: the database file
 *
 * Returns: (transfer full): the database's backups, newest first; empty when
 *   there are none
 */
GStrv
grove_store_list_backups (const char  *path,
                          GError     **error)
{
  g_autofree char *dir = grove_store_get_backup_dir (path);
  g_autofree char *stem = backup_stem (path);
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GDir) folder = NULL;
  g_autoptr(GError) local = NULL;
  const char *name;

  folder = g_dir_open (dir, 0, &local);
  if (folder == NULL && g_error_matches (local, G_FILE_ERROR, G_FILE_ERROR_NOENT))
    return g_new0 (char *, 1);
  if (folder == NULL)
    {
      g_set_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_FAILED,
                   _("Cannot list the backups: %s"), local->message);
      return NULL;
    }

  while ((name = g_dir_read_name (folder)) != NULL)
    if (is_backup_name (name, stem))
      g_ptr_array_add (found, g_build_filename (dir, name, NULL));
  g_ptr_array_sort (found, compare_newest_first);
  g_ptr_array_add (found, NULL);
  return (GStrv) g_ptr_array_free (g_steal_pointer (&found), FALSE);
}

/**
 * grove_store_backup:
 * @keep: how many backups to keep, this one included (at least 1)
 *
 * Copies the database into a new backup (mode 0600) and removes the oldest
 * beyond @keep.
 *
 * Returns: (transfer full): the new backup's path, or %NULL with @error set
 */
char *
grove_store_backup (GroveStore  *self,
                    guint        keep,
                    GError     **error)
{
  const char *path = grove_store_get_path (self);
  g_autofree char *dir = grove_store_get_backup_dir (path);
  g_autofree char *target = NULL;
  g_autofree char *detail = NULL;

  g_return_val_if_fail (GROVE_IS_STORE (self), NULL);
  g_return_val_if_fail (keep > 0, NULL);

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved = errno;
      g_autofree char *name = g_filename_display_name (dir);

      g_set_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_BACKUP,
                   _("Cannot create the backup folder “%s”: %s."), name, g_strerror (saved));
      return NULL;
    }

  target = new_backup_path (path);
  if (!_grove_store_copy_database (_grove_store_get_handle (self), target, &detail))
    {
      g_autofree char *name = g_filename_display_name (target);

      g_set_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_BACKUP,
                   _("The backup “%s” could not be written (%s). The database is unchanged."),
                   name, detail);
      return NULL;
    }

  prune_backups (path, keep);
  return g_steal_pointer (&target);
}

static int
query_text (sqlite3     *db,
            const char  *sql,
            char       **value)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);

  if (rc == SQLITE_OK)
    {
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        {
          *value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
          rc = SQLITE_OK;
        }
    }
  sqlite3_finalize (stmt);
  return rc;
}

/* What a restore must know before it touches the database: that the file is
 * SQLite, holds Grove's tables at a version this build reads, and is whole. */
static sqlite3 *
open_verified_backup (const char  *backup,
                      GError     **error)
{
  g_autofree char *name = g_filename_display_name (backup);
  g_autofree char *tables = NULL;
  g_autofree char *version_text = NULL;
  g_autofree char *check = NULL;
  sqlite3 *db = NULL;
  int version;
  int rc;

  if (!g_file_test (backup, G_FILE_TEST_IS_REGULAR))
    {
      g_set_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_NOT_FOUND,
                   _("Nothing was restored: there is no file “%s”."), name);
      return NULL;
    }

  rc = sqlite3_open_v2 (backup, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOFOLLOW, NULL);
  if (rc == SQLITE_OK)
    rc = query_text (db, "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'org_unit'", &tables);
  if (rc == SQLITE_OK)
    rc = query_text (db, "PRAGMA user_version", &version_text);
  if (rc == SQLITE_OK)
    rc = query_text (db, "PRAGMA integrity_check(1)", &check);
  version = version_text != NULL ? atoi (version_text) : 0;

  if ((rc & 0xff) == SQLITE_CORRUPT || (rc == SQLITE_OK && g_strcmp0 (check, "ok") != 0))
    g_set_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_CORRUPT,
                 _("Nothing was restored: “%s” is damaged (%s)."),
                 name, check != NULL ? check : sqlite3_errstr (rc));
  else if (rc != SQLITE_OK || g_strcmp0 (tables, "1") != 0 || version < 1)
    g_set_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_NOT_A_DATABASE,
                 _("Nothing was restored: “%s” is not a Grove database."), name);
  else if (version > GROVE_STORE_SCHEMA_VERSION)
    g_set_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_TOO_NEW,
                 _("Nothing was restored: “%s” was written by a newer version of Grove (data version %d; "
                   "this version reads up to %d)."),
                 name, version, GROVE_STORE_SCHEMA_VERSION);
  else
    return db;

  sqlite3_close (db);
  return NULL;
}

/**
 * grove_store_verify_backup:
 *
 * Checks that @backup is a whole Grove database that this version can open.
 */
gboolean
grove_store_verify_backup (const char  *backup,
                           GError     **error)
{
  sqlite3 *db = open_verified_backup (backup, error);

  sqlite3_close (db);
  return db != NULL;
}

/* The backup API writes into the open database in one write transaction, so
 * other programs with it open see the old data or the new, never a mix. */
static gboolean
restore_into (GroveStore  *store,
              sqlite3     *source,
              GError     **error)
{
  sqlite3 *db = _grove_store_get_handle (store);
  sqlite3_backup *backup = sqlite3_backup_init (db, "main", source, "main");
  int rc;

  if (backup == NULL)
    {
      _grove_store_set_error (store, sqlite3_errcode (db), _("restoring a backup"), error);
      return FALSE;
    }
  rc = sqlite3_backup_step (backup, -1);
  sqlite3_backup_finish (backup);
  if (rc != SQLITE_DONE)
    {
      _grove_store_set_error (store, rc, _("restoring a backup"), error);
      return FALSE;
    }
  return TRUE;
}

/* A stale -wal beside a new file would be replayed into it. */
static void
remove_journal (const char *path)
{
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);

  g_unlink (wal);
  g_unlink (shm);
}

static gboolean
copy_into_place (sqlite3     *source,
                 const char  *path,
                 const char  *backup,
                 GError     **error)
{
  g_autofree char *detail = NULL;

  remove_journal (path);
  if (!_grove_store_copy_database (source, path, &detail))
    {
      g_autofree char *name = g_filename_display_name (path);
      g_autofree char *from = g_filename_display_name (backup);

      g_set_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_FAILED,
                   _("Could not restore “%s” as “%s” (%s)."), from, name, detail);
      return FALSE;
    }
  return TRUE;
}

/* A database that cannot be opened cannot be copied with SQLite; it is moved
 * aside whole, with its -wal, outside the backups that get pruned. */
static char *
set_aside (const char  *path,
           GError     **error)
{
  g_autofree char *dir = grove_store_get_backup_dir (path);
  g_autofree char *stem = backup_stem (path);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  g_autofree char *base = g_strdup_printf ("%s-%s.unreadable", stem, stamp);
  g_autofree char *target = g_build_filename (dir, base, NULL);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *target_wal = g_strconcat (target, "-wal", NULL);

  if (g_mkdir_with_parents (dir, 0700) != 0 || g_rename (path, target) != 0)
    {
      int saved = errno;
      g_autofree char *name = g_filename_display_name (path);

      g_set_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_BACKUP,
                   _("Nothing was restored: “%s” could not be moved into the backup folder (%s)."),
                   name, g_strerror (saved));
      return NULL;
    }
  g_rename (wal, target_wal);
  remove_journal (path);
  return g_steal_pointer (&target);
}

/**
 * grove_store_restore:
 * @path: the database file, which need not open
 * @backup: the file to restore
 * @keep: how many backups to keep
 * @saved_as: (out) (optional) (transfer full): where the database as it was
 *   is kept; %NULL if there was none
 *
 * Replaces the database with @backup once @backup is known to be a whole
 * Grove database this version reads. The database as it was is backed up
 * first (moved aside whole if it does not open), and the restored one is
 * brought up to date.
 */
gboolean
grove_store_restore (const char  *path,
                     const char  *backup,
                     guint        keep,
                     char       **saved_as,
                     GError     **error)
{
  g_autoptr(GroveStore) store = NULL;
  g_autoptr(GError) local = NULL;
  g_autofree char *saved = NULL;
  sqlite3 *source;
  gboolean ok;

  g_return_val_if_fail (path != NULL && backup != NULL, FALSE);
  g_return_val_if_fail (keep > 0, FALSE);

  if ((source = open_verified_backup (backup, error)) == NULL)
    return FALSE;

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    ok = copy_into_place (source, path, backup, error);
  else if ((store = grove_store_open (path, &local)) != NULL)
    ok = (saved = grove_store_backup (store, keep, error)) != NULL &&
         restore_into (store, source, error);
  else if (g_error_matches (local, GROVE_STORE_ERROR, GROVE_STORE_ERROR_NOT_A_DATABASE) ||
           g_error_matches (local, GROVE_STORE_ERROR, GROVE_STORE_ERROR_CORRUPT) ||
           g_error_matches (local, GROVE_STORE_ERROR, GROVE_STORE_ERROR_TOO_NEW))
    ok = (saved = set_aside (path, error)) != NULL &&
         copy_into_place (source, path, backup, error);
  else
    {
      g_propagate_error (error, g_steal_pointer (&local));
      ok = FALSE;
    }
  sqlite3_close (source);
  g_clear_object (&store);

  /* An older backup is upgraded now, after its own safety copy, so that a
   * restore that reports success is one that opens. */
  if (ok && (store = grove_store_open (path, error)) == NULL)
    ok = FALSE;

  if (ok && saved_as != NULL)
    *saved_as = g_steal_pointer (&saved);
  return ok;
}
