/* grove-test-utils.h: what every Grove test needs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* A fresh private folder for one test; remove it with grove_test_rmdir(). */
char    *grove_test_mkdtemp     (void);
void     grove_test_rmdir       (const char  *path);

/* Writes `contents` to `dir`/`name` and returns the full path. */
char    *grove_test_write_file  (const char  *dir,
                                 const char  *name,
                                 const char  *contents,
                                 gssize       length);

/* The file's mode bits (0600 …), or -1 if it cannot be read. */
int      grove_test_file_mode   (const char  *path);

/* The whole file as bytes, for "untouched" checks. */
GBytes  *grove_test_read_bytes  (const char  *path);

G_END_DECLS
