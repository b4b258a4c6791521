/* grove-people-csv.h: the organisation's people and units to and from CSV
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "grove-import-csv.h"
#include "grove-store.h"

G_BEGIN_DECLS

typedef struct {
  guint added;         /* people new to Grove */
  guint updated;       /* people already there, matched by email or name */
  guint units_added;   /* directorates and teams created on the way */
} GrovePeopleImportResult;

gboolean grove_people_import_file  (GroveStore              *store,
                                    const char              *path,
                                    const GroveCsvLimits    *limits,
                                    GrovePeopleImportResult *result,
                                    GError                 **error);
gboolean grove_people_import_bytes (GroveStore              *store,
                                    GBytes                  *data,
                                    const char              *display_name,
                                    const GroveCsvLimits    *limits,
                                    GrovePeopleImportResult *result,
                                    GError                 **error);

char    *grove_people_export_csv   (GroveStore              *store,
                                    gboolean                 include_archived,
                                    GError                 **error);

G_END_DECLS
