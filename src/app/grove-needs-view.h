/* grove-needs-view.h: a unit's learning needs, as a bar chart and a table
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "grove-needs.h"
#include "grove-store.h"

G_BEGIN_DECLS

#define GROVE_TYPE_NEEDS_VIEW (grove_needs_view_get_type ())
G_DECLARE_FINAL_TYPE (GroveNeedsView, grove_needs_view, GROVE, NEEDS_VIEW, AdwBin)

GtkWidget           *grove_needs_view_new           (void);
void                 grove_needs_view_set_store     (GroveNeedsView       *self,
                                                     GroveStore           *store);
void                 grove_needs_view_set_threshold (GroveNeedsView       *self,
                                                     guint                 threshold);
/* unit_id 0 is the organisation. The roll-up is worked out when first
 * needed and kept until the store or the threshold changes, or forget. */
void                 grove_needs_view_set_unit      (GroveNeedsView       *self,
                                                     gint64                unit_id);
void                 grove_needs_view_forget        (GroveNeedsView       *self);
GroveNeedsDimension  grove_needs_view_get_dimension (GroveNeedsView       *self);
void                 grove_needs_view_set_dimension (GroveNeedsView       *self,
                                                     GroveNeedsDimension   dimension);
/* The chosen unit and the units shown below it, as the core writes them. */
gboolean             grove_needs_view_export_csv    (GroveNeedsView       *self,
                                                     const char           *path,
                                                     GError              **error);

G_END_DECLS
