/* grove-ratings-import.h: survey responses from a CSV file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "grove-import-csv.h"
#include "grove-store.h"

G_BEGIN_DECLS

gboolean grove_ratings_import_file  (GroveStore            *store,
                                     gint64                 round_id,
                                     const char            *path,
                                     const GroveCsvLimits  *limits,
                                     guint                 *n_responses,
                                     GError               **error);
gboolean grove_ratings_import_bytes (GroveStore            *store,
                                     gint64                 round_id,
                                     GBytes                *data,
                                     const char            *display_name,
                                     const GroveCsvLimits  *limits,
                                     guint                 *n_responses,
                                     GError               **error);

G_END_DECLS
