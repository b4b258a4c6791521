/* grove-test-store.h: looking inside a test's database
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "grove-store.h"

G_BEGIN_DECLS

/* The first column of the first row of `sql`, which must return a row:
 * tests check the rows themselves, not only what the API says of them. */
gint64 grove_test_query_int (GroveStore *store,
                             const char *sql);

G_END_DECLS
