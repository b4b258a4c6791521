/* grove-test-store.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "grove-test-store.h"

#include "grove-store-private.h"

gint64
grove_test_query_int (GroveStore *store,
                      const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_prepare_v2 (_grove_store_get_handle (store), sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}
