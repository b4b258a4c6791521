/* fuzz-people-import.c: libFuzzer target for the people importer
 *
 * One database for the whole run, with a small organisation; each input is
 * imported inside a transaction that is rolled back, so every input meets
 * the same database.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <stdlib.h>

#include "grove-org.h"
#include "grove-people-csv.h"
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
  g_autoptr(GrovePerson) head = grove_person_new ("Ann Lee");
  gint64 org;

  store_dir = g_dir_make_tmp ("grove-fuzz-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (store_dir, "grove.db", NULL);
  atexit (remove_database);
  store = grove_store_open (path, &error);
  g_assert_no_error (error);
  org = grove_org_add_unit (store, GROVE_ORG_UNIT_ORGANISATION, "Org", 0, &error);
  grove_org_add_unit (store, GROVE_ORG_UNIT_TEAM, "Digital Services", org, &error);
  grove_org_add_unit (store, GROVE_ORG_UNIT_DIRECTORATE, "Policy", org, &error);
  g_assert_no_error (error);
  head->email = g_strdup ("ann@example.test");
  grove_org_add_person (store, head, &error);
  g_assert_no_error (error);
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  const GroveCsvLimits limits = { 64 * 1024, 512 };
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GError) error = NULL;
  GrovePeopleImportResult result = { 0 };
  gboolean ok;

  if (store == NULL)
    set_up ();

  g_assert_true (_grove_store_begin (store, &error));
  ok = grove_people_import_bytes (store, bytes, "fuzz.csv", &limits, &result, &error);
  g_assert_true (ok == (error == NULL));
  g_assert_true (ok || (result.added == 0 && result.updated == 0));
  _grove_store_rollback (store);
  return 0;
}
