/* grove-store.c: opening, migrating and guarding the SQLite database
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "grove-store-private.h"
#include "grove-store-schema-private.h"

struct _GroveStore
{
  GObject     parent_instance;

  sqlite3    *db;
  char       *path;
  GHashTable *statements; /* const char *sql (by address) -> sqlite3_stmt * */
  guint       depth;      /* open transactions, outermost first */
  int         schema_version;
  gboolean    read_only;
};

G_DEFINE_FINAL_TYPE (GroveStore, grove_store, G_TYPE_OBJECT)

/* Long enough to ride out a CLI import while the app saves, short enough that
 * a stuck lock is reported while the user still remembers what they did. */
#define BUSY_TIMEOUT_MS 5000

static const char sqlite_magic[16] = "SQLite format 3";

static void
finalize_statement (gpointer data)
{
  sqlite3_finalize (data);
}

sqlite3 *
_grove_store_get_handle (GroveStore *self)
{
  g_return_val_if_fail (GROVE_IS_STORE (self), NULL);

  return self->db;
}

sqlite3_stmt *
_grove_store_prepare (GroveStore  *self,
                      const char  *sql,
                      GError     **error)
{
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (GROVE_IS_STORE (self), NULL);

  stmt = g_hash_table_lookup (self->statements, sql);
  if (stmt != NULL)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return stmt;
    }

  rc = sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      _grove_store_set_error (self, rc, _("preparing a query"), error);
      return NULL;
    }

  g_hash_table_insert (self->statements, (gpointer) sql, stmt);
  return stmt;
}

static gboolean
exec_fixed (GroveStore  *self,
            const char  *sql,
            const char  *what,
            GError     **error)
{
  int rc = sqlite3_exec (self->db, sql, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    {
      _grove_store_set_error (self, rc, what, error);
      return FALSE;
    }
  return TRUE;
}

gboolean
_grove_store_exec_stmt (GroveStore    *self,
                        sqlite3_stmt  *stmt,
                        const char    *what,
                        GError       **error)
{
  int rc;

  do
    rc = sqlite3_step (stmt);
  while (rc == SQLITE_ROW);

  if (rc != SQLITE_DONE)
    {
      _grove_store_set_error (self, rc, what, error);
      sqlite3_reset (stmt);
      return FALSE;
    }
  sqlite3_reset (stmt);
  return TRUE;
}

GArray *
_grove_store_read_ids (GroveStore    *self,
                       const char    *sql,
                       gint64         id,
                       const char    *what,
                       GError       **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt = _grove_store_prepare (self, sql, error);
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 value = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (ids, value);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _grove_store_set_error (self, rc, what, error);
      return NULL;
    }
  return g_steal_pointer (&ids);
}

gboolean
_grove_store_begin (GroveStore  *self,
                    GError     **error)
{
  /* IMMEDIATE takes the write lock now, so a second writer waits (busy
   * timeout) or fails here, before any work is done, never half-way. */
  const char *sql = self->depth == 0 ? "BEGIN IMMEDIATE" : "SAVEPOINT grove_nested";

  if (!exec_fixed (self, sql, _("starting a change"), error))
    return FALSE;
  self->depth++;
  return TRUE;
}

gboolean
_grove_store_commit (GroveStore  *self,
                     GError     **error)
{
  const char *sql;

  g_return_val_if_fail (self->depth > 0, FALSE);

  sql = self->depth == 1 ? "COMMIT" : "RELEASE grove_nested";
  if (!exec_fixed (self, sql, _("saving a change"), error))
    {
      _grove_store_rollback (self);
      return FALSE;
    }
  self->depth--;
  return TRUE;
}

void
_grove_store_rollback (GroveStore *self)
{
  g_return_if_fail (self->depth > 0);

  if (self->depth == 1)
    sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
  else
    sqlite3_exec (self->db, "ROLLBACK TO grove_nested; RELEASE grove_nested", NULL, NULL, NULL);
  self->depth--;
}

void
_grove_store_bind_text (sqlite3_stmt *stmt,
                        int           column,
                        const char   *value)
{
  if (value == NULL || value[0] == '\0')
    sqlite3_bind_null (stmt, column);
  else
    sqlite3_bind_text (stmt, column, value, -1, SQLITE_TRANSIENT);
}

void
_grove_store_bind_id (sqlite3_stmt *stmt,
                      int           column,
                      gint64        id)
{
  if (id <= 0)
    sqlite3_bind_null (stmt, column);
  else
    sqlite3_bind_int64 (stmt, column, id);
}

char *
_grove_store_dup_text (sqlite3_stmt *stmt,
                       int           column)
{
  const unsigned char *text = sqlite3_column_text (stmt, column);

  return text != NULL ? g_strdup ((const char *) text) : NULL;
}

/* SQLite only notices a foreign file when it first reads a page; looking at
 * the header ourselves gives the clearer message before SQLite touches it. */
static gboolean
check_header (const char  *path,
              GError     **error)
{
  g_autofree char *name = g_filename_display_name (path);
  char header[sizeof sqlite_magic];
  ssize_t got;
  int fd;

  fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  if (fd < 0)
    {
      if (errno == EACCES)
        g_set_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_READ_ONLY,
                     _("Cannot read “%s”: permission denied."), name);
      else
        g_set_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_FAILED,
                     _("Cannot read “%s”: %s."), name, g_strerror (errno));
      return FALSE;
    }
  got = read (fd, header, sizeof header);
  close (fd);

  if (got == 0)
    return TRUE; /* an empty file is a new database */
  if (got != (ssize_t) sizeof header || memcmp (header, sqlite_magic, sizeof header) != 0)
    {
      g_set_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_NOT_A_DATABASE,
                   _("“%s” is not a Grove database: it is not an SQLite file. Choose another file."),
                   name);
      return FALSE;
    }
  return TRUE;
}

static gboolean
read_int_pragma (GroveStore  *self,
                 const char  *sql,
                 int         *value,
                 GError     **error)
{
  sqlite3_stmt *stmt;
  int rc;

  rc = sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        {
          *value = sqlite3_column_int (stmt, 0);
          rc = SQLITE_OK;
        }
      sqlite3_finalize (stmt);
    }
  if (rc != SQLITE_OK)
    {
      _grove_store_set_error (self, rc, _("reading the database"), error);
      return FALSE;
    }
  return TRUE;
}

char *
grove_store_get_backup_path (GroveStore *self,
                             int         from_version)
{
  g_return_val_if_fail (GROVE_IS_STORE (self), NULL);

  return g_strdup_printf ("%s.bak-v%d", self->path, from_version);
}

/* A consistent copy of the old schema to go back to if an upgrade goes
 * wrong; a copy of the same version replaces the older one only once it is
 * complete. */
static gboolean
backup_before_migration (GroveStore  *self,
                         int          from_version,
                         GError     **error)
{
  g_autofree char *target = grove_store_get_backup_path (self, from_version);
  g_autofree char *name = g_filename_display_name (target);
  g_autofree char *detail = NULL;

  if (!_grove_store_copy_database (self->db, target, &detail))
    {
      g_set_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_BACKUP,
                   _("The database was not upgraded, because its safety copy “%s” could not be written (%s)."),
                   name, detail);
      return FALSE;
    }
  return TRUE;
}

static gboolean
migrate (GroveStore  *self,
         int          target,
         GError     **error)
{
  if (self->schema_version > 0 && self->schema_version < target &&
      !backup_before_migration (self, self->schema_version, error))
    return FALSE;

  while (self->schema_version < target)
    {
      int next = self->schema_version + 1;

      if (!_grove_store_begin (self, error))
        return FALSE;
      if (!_grove_store_schema_step (self, next, error) ||
          !_grove_store_schema_set_version (self, next, error))
        {
          _grove_store_rollback (self);
          return FALSE;
        }
      if (!_grove_store_commit (self, error))
        return FALSE;
      self->schema_version = next;
    }
  return TRUE;
}

static gboolean
configure_connection (GroveStore  *self,
                      GError     **error)
{
  int count;

  sqlite3_extended_result_codes (self->db, TRUE);
  sqlite3_busy_timeout (self->db, BUSY_TIMEOUT_MS);

  if (!exec_fixed (self, "PRAGMA foreign_keys = ON", _("opening the database"), error))
    return FALSE;
  /* Reading the schema is the first real page read: a foreign or damaged
   * file is reported here, before anything is written. */
  if (!read_int_pragma (self, "SELECT count(*) FROM sqlite_schema", &count, error) ||
      !read_int_pragma (self, "PRAGMA user_version", &self->schema_version, error))
    return FALSE;

  if (self->schema_version > GROVE_STORE_SCHEMA_VERSION)
    {
      g_autofree char *name = g_filename_display_name (self->path);

      g_set_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_TOO_NEW,
                   _("“%s” was written by a newer version of Grove (data version %d; this version reads up to %d). "
                     "It has not been changed. Update Grove to open it."),
                   name, self->schema_version, GROVE_STORE_SCHEMA_VERSION);
      return FALSE;
    }

  /* WAL lets the app read while the CLI writes; NORMAL sync is safe with WAL
   * (a power cut may lose the last commit, never corrupt the file). */
  /* A round's roll-up reads its ratings (some 150,000 rows in a large
   * organisation) and the previous round's; with SQLite's default 2 MiB cache
   * every roll-up would read them from the file again. 32 MiB holds both. */
  return exec_fixed (self, "PRAGMA journal_mode = WAL", _("opening the database"), error) &&
         exec_fixed (self, "PRAGMA synchronous = NORMAL", _("opening the database"), error) &&
         exec_fixed (self, "PRAGMA cache_size = -32768", _("opening the database"), error);
}

static GroveStore *
open_store (const char  *path,
            int          target_version,
            GError     **error)
{
  g_autoptr(GroveStore) self = NULL;
  int rc;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (GROVE_TYPE_STORE, NULL);
  self->path = g_strdup (path);

  if (g_file_test (path, G_FILE_TEST_EXISTS))
    {
      if (!check_header (path, error))
        return NULL;
    }
  else if (!_grove_store_create_private_file (path, error))
    return NULL;

  rc = sqlite3_open_v2 (path, &self->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOFOLLOW, NULL);
  if (rc != SQLITE_OK)
    {
      _grove_store_set_error (self, rc, _("opening the database"), error);
      return NULL;
    }

  /* SQLite quietly opens a write-protected file read-only; say so now rather
   * than at the first save. */
  if (sqlite3_db_readonly (self->db, "main") == 1)
    {
      g_autofree char *name = g_filename_display_name (path);

      g_set_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_READ_ONLY,
                   _("“%s” is read-only, so Grove cannot save changes to it. Check its permissions or choose another file."),
                   name);
      return NULL;
    }

  if (!configure_connection (self, error) || !migrate (self, target_version, error))
    return NULL;

  return g_steal_pointer (&self);
}

static void
grove_store_finalize (GObject *object)
{
  GroveStore *self = (GroveStore *) object;

  g_clear_pointer (&self->statements, g_hash_table_unref);
  if (self->db != NULL)
    sqlite3_close (self->db);
  g_clear_pointer (&self->path, g_free);

  G_OBJECT_CLASS (grove_store_parent_class)->finalize (object);
}

static void
grove_store_class_init (GroveStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = grove_store_finalize;
}

static void
grove_store_init (GroveStore *self)
{
  self->statements = g_hash_table_new_full (NULL, NULL, NULL, finalize_statement);
}

/**
 * grove_store_default_path:
 *
 * Returns: (transfer full): `$XDG_DATA_HOME/grove/grove.db`
 */
char *
grove_store_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "grove", "grove.db", NULL);
}

/**
 * grove_store_open:
 * @path: (nullable): the database file; %NULL for the default, whose folder
 *   is created if needed
 *
 * Opens the database, creating it (mode 0600) if it does not exist, and brings
 * its schema up to date, after a backup copy if it had data.
 *
 * Returns: (transfer full): the store, or %NULL with @error set
 */
GroveStore *
grove_store_open (const char  *path,
                  GError     **error)
{
  g_autofree char *default_path = NULL;

  if (path == NULL)
    {
      g_autofree char *dir = NULL;

      default_path = grove_store_default_path ();
      dir = g_path_get_dirname (default_path);
      if (g_mkdir_with_parents (dir, 0700) != 0)
        {
          g_autofree char *name = g_filename_display_name (dir);

          g_set_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_NO_DIRECTORY,
                       _("Cannot create the folder “%s”: %s."), name, g_strerror (errno));
          return NULL;
        }
      path = default_path;
    }

  return open_store (path, GROVE_STORE_SCHEMA_VERSION, error);
}

GroveStore *
_grove_store_open_at_version (const char  *path,
                              int          version,
                              GError     **error)
{
  g_return_val_if_fail (version >= 0 && version <= GROVE_STORE_SCHEMA_VERSION, NULL);

  return open_store (path, version, error);
}

static int
open_read_only_connection (GroveStore *self,
                           gboolean    immutable)
{
  g_autofree char *escaped = g_uri_escape_string (self->path, "/", FALSE);
  g_autofree char *uri = g_strdup_printf ("file:%s?%s", escaped, immutable ? "immutable=1" : "mode=ro");
  int count;
  int rc;

  g_clear_pointer (&self->db, sqlite3_close);
  rc = sqlite3_open_v2 (uri, &self->db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | SQLITE_OPEN_NOFOLLOW, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_exec (self->db, "SELECT count(*) FROM sqlite_schema", NULL, &count, NULL);
  return rc;
}

/**
 * grove_store_open_read_only:
 * @path: an existing database file
 *
 * Opens a database only to look at it: a file in a folder Grove may not
 * write, a copy on read-only media. Nothing is created, upgraded or
 * written; every write is refused with %GROVE_STORE_ERROR_READ_ONLY.
 *
 * Returns: (transfer full): the store, or %NULL with @error set
 */
GroveStore *
grove_store_open_read_only (const char  *path,
                            GError     **error)
{
  g_autoptr(GroveStore) self = NULL;
  g_autofree char *name = NULL;
  int rc;

  g_return_val_if_fail (path != NULL, NULL);

  self = g_object_new (GROVE_TYPE_STORE, NULL);
  self->path = g_strdup (path);
  self->read_only = TRUE;
  name = g_filename_display_name (path);
  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      g_set_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_FAILED, _("Cannot open “%s”: there is no such file."), name);
      return NULL;
    }
  if (!check_header (path, error))
    return NULL;

  /* A database in WAL mode needs its shared-memory file to be read; where
   * that cannot be made (a read-only folder), the file is taken as it is
   * on disk, which is what read-only media hold anyway. */
  rc = open_read_only_connection (self, FALSE);
  if ((rc & 0xff) == SQLITE_CANTOPEN || (rc & 0xff) == SQLITE_READONLY)
    rc = open_read_only_connection (self, TRUE);
  if (rc != SQLITE_OK)
    {
      _grove_store_set_error (self, rc, _("opening the database"), error);
      return NULL;
    }
  sqlite3_extended_result_codes (self->db, TRUE);
  sqlite3_busy_timeout (self->db, BUSY_TIMEOUT_MS);
  if (!read_int_pragma (self, "PRAGMA user_version", &self->schema_version, error) ||
      !exec_fixed (self, "PRAGMA cache_size = -32768", _("opening the database"), error))
    return NULL;
  if (self->schema_version > GROVE_STORE_SCHEMA_VERSION)
    {
      g_set_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_TOO_NEW,
                   _("“%s” was written by a newer version of Grove (data version %d; this version reads up to %d). "
                     "It has not been changed. Update Grove to open it."),
                   name, self->schema_version, GROVE_STORE_SCHEMA_VERSION);
      return NULL;
    }
  if (self->schema_version < GROVE_STORE_SCHEMA_VERSION)
    {
      g_set_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_READ_ONLY,
                   _("“%s” was written by an older version of Grove and needs upgrading before it can be shown, "
                     "which a file opened read-only cannot be. Open a copy of it instead."),
                   name);
      return NULL;
    }
  return g_steal_pointer (&self);
}

gboolean
grove_store_is_read_only (GroveStore *self)
{
  g_return_val_if_fail (GROVE_IS_STORE (self), FALSE);

  return self->read_only;
}

const char *
grove_store_get_path (GroveStore *self)
{
  g_return_val_if_fail (GROVE_IS_STORE (self), NULL);

  return self->path;
}

int
grove_store_get_schema_version (GroveStore *self)
{
  g_return_val_if_fail (GROVE_IS_STORE (self), 0);

  return self->schema_version;
}

gboolean
grove_store_check_integrity (GroveStore  *self,
                             GError     **error)
{
  sqlite3_stmt *stmt;
  g_autofree char *result = NULL;
  int rc;

  g_return_val_if_fail (GROVE_IS_STORE (self), FALSE);

  stmt = _grove_store_prepare (self, "PRAGMA integrity_check(1)", error);
  if (stmt == NULL)
    return FALSE;
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    result = _grove_store_dup_text (stmt, 0);
  sqlite3_reset (stmt);

  if (rc != SQLITE_ROW)
    {
      _grove_store_set_error (self, rc, _("checking the database"), error);
      return FALSE;
    }
  if (g_strcmp0 (result, "ok") != 0)
    {
      g_autofree char *name = g_filename_display_name (self->path);

      g_set_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_CORRUPT,
                   _("“%s” is damaged (%s). Restore it from a backup."), name, result);
      return FALSE;
    }
  return TRUE;
}
