/* fuzz-org-xml.c: libFuzzer target for the organisation XML import
 *
 * One new database for the whole run; each input is imported inside a
 * transaction that is rolled back, so every input meets the same empty
 * database.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <stdlib.h>

#include "grove-org-xml.h"
#include "grove-store-private.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

static GroveStore *store;
static char *store_dir;

/* libFuzzer leaves through exit(): the database goes with it. */
static void
remove_database (void)
{
  const char *names[] = { "grove.db", "grove.db-wal", "grove.db-shm" };

  g_clear_object (&store);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = g_build_filename (store_dir, names[i], NULL);

      g_unlink (path);
    }
  g_rmdir (store_dir);
  g_clear_pointer (&store_dir, g_free);
}

static void
set_up (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  store_dir = g_dir_make_tmp ("grove-fuzz-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (store_dir, "grove.db", NULL);
  atexit (remove_database);
  store = grove_store_open (path, &error);
  g_assert_no_error (error);
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GInputStream) input = g_memory_input_stream_new_from_data (data, size, NULL);
  g_autoptr(GError) error = NULL;
  GroveOrgXmlResult result = { 0 };
  gboolean ok;

  if (store == NULL)
    set_up ();

  g_assert_true (_grove_store_begin (store, &error));
  ok = grove_org_xml_import (store, input, "fuzz.xml", 1024 * 1024, &result, &error);
  g_assert_true (ok == (error == NULL));
  g_assert_true (ok || result.rows == 0);
  _grove_store_rollback (store);
  return 0;
}
