/* grove-store.h: the SQLite database behind Grove
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define GROVE_STORE_ERROR (grove_store_error_quark ())

typedef enum {
  GROVE_STORE_ERROR_FAILED,
  GROVE_STORE_ERROR_NO_DIRECTORY,   /* the folder for the file does not exist */
  GROVE_STORE_ERROR_NOT_A_DATABASE, /* the file is something other than SQLite */
  GROVE_STORE_ERROR_CORRUPT,        /* SQLite, but damaged */
  GROVE_STORE_ERROR_READ_ONLY,      /* file or folder cannot be written */
  GROVE_STORE_ERROR_TOO_NEW,        /* written by a newer Grove */
  GROVE_STORE_ERROR_BUSY,           /* another program holds the write lock */
  GROVE_STORE_ERROR_FULL,           /* the disk or the database is full */
  GROVE_STORE_ERROR_BACKUP,         /* the safety copy before a migration failed */
  GROVE_STORE_ERROR_NOT_FOUND,      /* no row with that id or key */
  GROVE_STORE_ERROR_CONSTRAINT,     /* the change would break a rule of the data */
  GROVE_STORE_ERROR_INVALID,        /* a value given by the caller is not acceptable */
} GroveStoreError;

/* The newest schema this build understands; see grove-store-schema.c. */
#define GROVE_STORE_SCHEMA_VERSION 7

/* How many backups `grove_store_backup` keeps unless told otherwise. */
#define GROVE_STORE_DEFAULT_KEEP_BACKUPS 10

#define GROVE_TYPE_STORE (grove_store_get_type ())
G_DECLARE_FINAL_TYPE (GroveStore, grove_store, GROVE, STORE, GObject)

GQuark      grove_store_error_quark        (void);

char       *grove_store_default_path       (void);
GroveStore *grove_store_open               (const char  *path,
                                            GError     **error);
GroveStore *grove_store_open_read_only     (const char  *path,
                                            GError     **error);
gboolean    grove_store_is_read_only       (GroveStore  *self);
const char *grove_store_get_path           (GroveStore  *self);
int         grove_store_get_schema_version (GroveStore  *self);
char       *grove_store_get_backup_path    (GroveStore  *self,
                                            int          from_version);
gboolean    grove_store_check_integrity    (GroveStore  *self,
                                            GError     **error);

/* Backups: grove-store-backup.c */
char       *grove_store_get_backup_dir     (const char  *path);
char       *grove_store_backup             (GroveStore  *self,
                                            guint        keep,
                                            GError     **error);
GStrv       grove_store_list_backups       (const char  *path,
                                            GError     **error);
gboolean    grove_store_verify_backup      (const char  *backup,
                                            GError     **error);
gboolean    grove_store_restore            (const char  *path,
                                            const char  *backup,
                                            guint        keep,
                                            char       **saved_as,
                                            GError     **error);

G_END_DECLS
