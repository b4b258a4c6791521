/* grove-store-schema-private.h: the schema steps, one per version
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "grove-store-private.h"

G_BEGIN_DECLS

/* The version each part of the schema arrived in, for tests and for
 * migrations that need to know. */
#define GROVE_SCHEMA_COACHING 4

/* Brings the schema from `version - 1` to `version`, inside the caller's
 * transaction. */
gboolean _grove_store_schema_step        (GroveStore  *self,
                                          int          version,
                                          GError     **error);
gboolean _grove_store_schema_set_version (GroveStore  *self,
                                          int          version,
                                          GError     **error);

G_END_DECLS
