/* grove-private-file.h: files of personal data, readable by their owner alone
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A file being written: a temporary file beside the target, mode 0600
 * whatever the umask, renamed over the target only when complete. */
typedef struct _GrovePrivateFile GrovePrivateFile;

GrovePrivateFile *grove_private_file_create  (const char        *path,
                                              GError           **error);
/* Appends @length bytes; a failure is kept and reported by _commit(). */
gboolean          grove_private_file_write   (GrovePrivateFile  *file,
                                              const void        *data,
                                              gsize              length);
/* Syncs, closes and renames into place; FALSE leaves the target as it was. */
gboolean          grove_private_file_commit  (GrovePrivateFile  *file,
                                              GError           **error);
/* Removes the temporary file unless committed, and frees. */
void              grove_private_file_free    (GrovePrivateFile  *file);

gboolean          grove_private_file_set_contents (const char   *path,
                                                   const char   *contents,
                                                   gssize        length,
                                                   GError      **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GrovePrivateFile, grove_private_file_free)

G_END_DECLS
