/* grove-test-utils.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "grove-test-utils.h"

#include <glib/gstdio.h>
#include <sys/stat.h>
#include <unistd.h>

char *
grove_test_mkdtemp (void)
{
  g_autoptr(GError) error = NULL;
  /* GLib picks the name from the clock alone; the process id keeps tests
   * running side by side from ever meeting on one name. */
  g_autofree char *template = g_strdup_printf ("grove-test-%d-XXXXXX", (int) getpid ());
  char *dir = g_dir_make_tmp (template, &error);

  g_assert_no_error (error);
  return dir;
}

void
grove_test_rmdir (const char *path)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  if (path == NULL || (dir = g_dir_open (path, 0, NULL)) == NULL)
    return;
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      /* Tests make read-only files and folders on purpose. */
      g_chmod (child, 0700);
      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        grove_test_rmdir (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

char *
grove_test_write_file (const char *dir,
                       const char *name,
                       const char *contents,
                       gssize      length)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (dir, name, NULL);

  g_file_set_contents (path, contents, length, &error);
  g_assert_no_error (error);
  return path;
}

int
grove_test_file_mode (const char *path)
{
  GStatBuf st;

  if (g_stat (path, &st) != 0)
    return -1;
  return st.st_mode & 07777;
}

GBytes *
grove_test_read_bytes (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (contents, length);
}
