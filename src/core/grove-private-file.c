/* grove-private-file.c: files of personal data, readable by their owner alone
 *
 * An IPDR record or a review calendar names people and says how they are
 * doing, so it is created 0600 on the descriptor (the umask cannot widen
 * it), and written beside the target and renamed over it, so that a full
 * disk never leaves half a file where a good one was.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "grove-private-file.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

struct _GrovePrivateFile
{
  char     *path;
  char     *temporary;
  int       fd;
  int       saved_errno;
  gboolean  committed;
};

static gboolean
set_error (GError     **error,
           const char  *path,
           int          saved_errno)
{
  g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
               _("Could not write “%s”: %s. Check that the folder exists and that you may write to it."),
               path, g_strerror (saved_errno));
  return FALSE;
}

/**
 * grove_private_file_create:
 *
 * Returns: (transfer full) (nullable): the file to write, or %NULL with
 *   @error set when its folder cannot take it
 */
GrovePrivateFile *
grove_private_file_create (const char  *path,
                           GError     **error)
{
  g_autoptr(GrovePrivateFile) file = g_new0 (GrovePrivateFile, 1);

  g_return_val_if_fail (path != NULL, NULL);

  file->path = g_strdup (path);
  file->temporary = g_strconcat (path, ".XXXXXX", NULL);
  file->fd = g_mkstemp_full (file->temporary, O_WRONLY | O_CLOEXEC, 0600);
  if (file->fd < 0)
    {
      int saved_errno = errno;

      g_clear_pointer (&file->temporary, g_free);
      set_error (error, path, saved_errno);
      return NULL;
    }
  if (fchmod (file->fd, 0600) != 0)
    file->saved_errno = errno;
  return g_steal_pointer (&file);
}

gboolean
grove_private_file_write (GrovePrivateFile *file,
                          const void       *data,
                          gsize             length)
{
  const char *bytes = data;

  while (file->saved_errno == 0 && length > 0)
    {
      gssize written = write (file->fd, bytes, length);

      if (written < 0 && errno == EINTR)
        continue;
      if (written <= 0)
        file->saved_errno = written < 0 ? errno : ENOSPC;
      else
        {
          bytes += written;
          length -= (gsize) written;
        }
    }
  return file->saved_errno == 0;
}

gboolean
grove_private_file_commit (GrovePrivateFile  *file,
                           GError           **error)
{
  if (file->saved_errno == 0 && fsync (file->fd) != 0)
    file->saved_errno = errno;
  if (close (file->fd) != 0 && file->saved_errno == 0)
    file->saved_errno = errno;
  file->fd = -1;
  if (file->saved_errno == 0 && g_rename (file->temporary, file->path) != 0)
    file->saved_errno = errno;
  if (file->saved_errno != 0)
    return set_error (error, file->path, file->saved_errno);
  file->committed = TRUE;
  return TRUE;
}

void
grove_private_file_free (GrovePrivateFile *file)
{
  if (file == NULL)
    return;
  if (file->fd >= 0)
    close (file->fd);
  if (!file->committed && file->temporary != NULL)
    g_unlink (file->temporary);
  g_free (file->temporary);
  g_free (file->path);
  g_free (file);
}

/* g_file_set_contents(), but private: see the top of this file. */
gboolean
grove_private_file_set_contents (const char  *path,
                                 const char  *contents,
                                 gssize       length,
                                 GError     **error)
{
  g_autoptr(GrovePrivateFile) file = grove_private_file_create (path, error);

  if (file == NULL)
    return FALSE;
  grove_private_file_write (file, contents, length < 0 ? strlen (contents) : (gsize) length);
  return grove_private_file_commit (file, error);
}
