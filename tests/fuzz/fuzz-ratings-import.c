/* fuzz-ratings-import.c: libFuzzer target for the survey importer
 *
 * One database for the whole run, with a team and a round; each input is
 * imported inside a transaction that is rolled back, so every input meets
 * the same database.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <stdlib.h>

#include "grove-assessment.h"
#include "grove-framework.h"
#include "grove-org.h"
#include "grove-ratings-import.h"
#include "grove-store-private.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

static GroveStore *store;
static gint64 round_id;
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
  g_autoptr(GroveFramework) framework = NULL;
  g_autoptr(GroveRound) round = NULL;
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
  framework = grove_framework_get_by_key (store, GROVE_FRAMEWORK_BUILTIN_KEY, &error);
  g_assert_no_error (error);
  round = grove_round_new ("Fuzz", framework->id, "2026-01-01", "2026-12-31");
  round_id = grove_assessment_add_round (store, round, &error);
  g_assert_no_error (error);
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  const GroveCsvLimits limits = { 64 * 1024, 512 };
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GError) error = NULL;
  guint count = 0;
  gboolean ok;

  if (store == NULL)
    set_up ();

  g_assert_true (_grove_store_begin (store, &error));
  ok = grove_ratings_import_bytes (store, round_id, bytes, "fuzz.csv", &limits, &count, &error);
  g_assert_true (ok == (error == NULL));
  g_assert_true (ok || count == 0);
  _grove_store_rollback (store);
  return 0;
}
