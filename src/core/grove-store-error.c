/* grove-store-error.c: SQLite result codes turned into messages for people
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "grove-store-private.h"

G_DEFINE_QUARK (grove-store-error-quark, grove_store_error)

static gboolean
parent_directory_exists (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);

  return g_file_test (dir, G_FILE_TEST_IS_DIR);
}

void
_grove_store_set_error (GroveStore  *self,
                        int          rc,
                        const char  *what,
                        GError     **error)
{
  const char *path = self != NULL ? grove_store_get_path (self) : "";
  sqlite3 *db = self != NULL ? _grove_store_get_handle (self) : NULL;
  const char *detail = db != NULL ? sqlite3_errmsg (db) : sqlite3_errstr (rc);
  g_autofree char *name = g_filename_display_name (path);

  switch (rc & 0xff)
    {
    case SQLITE_NOTADB:
      g_set_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_NOT_A_DATABASE,
                   _("“%s” is not a Grove database: it is not an SQLite file. Choose another file."),
                   name);
      break;
    case SQLITE_CORRUPT:
      g_set_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_CORRUPT,
                   _("“%s” is damaged (%s). Restore it from a backup."),
                   name, detail);
      break;
    case SQLITE_READONLY:
      g_set_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_READ_ONLY,
                   _("Cannot write to “%s” while %s: the file or its folder is read-only."),
                   name, what);
      break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      g_set_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_BUSY,
                   _("“%s” is in use by another program, so nothing was changed while %s. Try again in a moment."),
                   name, what);
      break;
    case SQLITE_FULL:
      g_set_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_FULL,
                   _("The disk holding “%s” is full, so nothing was changed while %s. Free some space and try again."),
                   name, what);
      break;
    case SQLITE_CONSTRAINT:
      g_set_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_CONSTRAINT,
                   _("Nothing was changed while %s: %s."),
                   what, detail);
      break;
    case SQLITE_CANTOPEN:
      if (!parent_directory_exists (path))
        g_set_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_NO_DIRECTORY,
                     _("Cannot open “%s”: its folder does not exist."), name);
      else
        g_set_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_FAILED,
                     _("Cannot open “%s” (%s)."), name, detail);
      break;
    default:
      g_set_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_FAILED,
                   _("Error while %s in “%s”: %s."), what, name, detail);
      break;
    }
}
