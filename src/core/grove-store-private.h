/* grove-store-private.h: what the rest of src/core needs of the connection
 *
 * Only files of the storage layer (src/core) include this header; SQL never
 * leaves src/core.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <sqlite3.h>

#include "grove-store.h"

G_BEGIN_DECLS

/* The schema version in which each part arrived (see grove-store-schema.c),
 * so that a test of an upgrade names the step it starts before. */
enum {
  GROVE_SCHEMA_ORGANISATION = 1,
  GROVE_SCHEMA_FRAMEWORKS,
  GROVE_SCHEMA_ASSESSMENT,
  GROVE_SCHEMA_TALLIES,
  GROVE_SCHEMA_FRAMEWORK_TRANSLATIONS,
  GROVE_SCHEMA_CONVERSATIONS,
  GROVE_SCHEMA_COACHING,
};

sqlite3      *_grove_store_get_handle  (GroveStore  *self);

/* Returns a cached statement, reset and with its bindings cleared. The store
 * owns it: never finalize it. `sql` must be a string literal, because the
 * cache is keyed on its address. */
sqlite3_stmt *_grove_store_prepare     (GroveStore  *self,
                                        const char  *sql,
                                        GError     **error);

/* Transactions nest: the outermost is BEGIN IMMEDIATE … COMMIT, inner ones are
 * savepoints, so a public write that calls another stays one transaction. */
gboolean      _grove_store_begin       (GroveStore  *self,
                                        GError     **error);
gboolean      _grove_store_commit      (GroveStore  *self,
                                        GError     **error);
void          _grove_store_rollback    (GroveStore  *self);

/* Turns the SQLite result `rc` into a GroveStoreError with a message for
 * people; `what` says what was being done ("saving the person"). */
void          _grove_store_set_error   (GroveStore  *self,
                                        int          rc,
                                        const char  *what,
                                        GError     **error);

/* Steps a statement that returns no rows; reports failure with `what`. */
gboolean      _grove_store_exec_stmt   (GroveStore   *self,
                                        sqlite3_stmt *stmt,
                                        const char   *what,
                                        GError      **error);

/* The first column of every row of `sql` (a literal, as for
 * _grove_store_prepare()) with `id` bound as ?1, as gint64; reports
 * failure with `what`. */
GArray       *_grove_store_read_ids    (GroveStore   *self,
                                        const char   *sql,
                                        gint64        id,
                                        const char   *what,
                                        GError      **error);

/* Binds a UTF-8 string, or NULL when `value` is NULL or empty. */
void          _grove_store_bind_text   (sqlite3_stmt *stmt,
                                        int           column,
                                        const char   *value);
/* Binds an id, or NULL when `id` is 0 or less. */
void          _grove_store_bind_id     (sqlite3_stmt *stmt,
                                        int           column,
                                        gint64        id);
/* Copies a text column, NULL for SQL NULL. */
char         *_grove_store_dup_text    (sqlite3_stmt *stmt,
                                        int           column);

/* For tests of migrations: opens (creating if needed) at an older schema. */
GroveStore   *_grove_store_open_at_version (const char  *path,
                                            int          version,
                                            GError     **error);

/* Creates `path` as an empty file only its owner can read, whatever the
 * umask; an existing file is left as it is. */
gboolean      _grove_store_create_private_file (const char  *path,
                                                GError     **error);

/* Copies the database behind `source` into a new private file `target`
 * (replaced only once the copy is complete) with the online backup API. On
 * failure returns FALSE with `detail` saying why, for a message. */
gboolean      _grove_store_copy_database (sqlite3     *source,
                                          const char  *target,
                                          char       **detail);

/* Called once by the schema, after the step that creates frameworks. */
typedef gboolean (*GroveStoreSeedFunc) (GroveStore *self, GError **error);

G_END_DECLS
