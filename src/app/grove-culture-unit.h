/* grove-culture-unit.h: one unit of the organisation tree on the Culture page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "grove-org-unit.h"

G_BEGIN_DECLS

#define GROVE_TYPE_CULTURE_UNIT (grove_culture_unit_get_type ())
G_DECLARE_FINAL_TYPE (GroveCultureUnit, grove_culture_unit, GROVE, CULTURE_UNIT, GObject)

GroveCultureUnit *grove_culture_unit_new            (const GroveOrgUnit *unit);
gint64            grove_culture_unit_get_id         (GroveCultureUnit   *self);
const char       *grove_culture_unit_get_name       (GroveCultureUnit   *self);
GroveOrgUnitKind  grove_culture_unit_get_kind       (GroveCultureUnit   *self);
GListModel       *grove_culture_unit_get_children   (GroveCultureUnit   *self);
void              grove_culture_unit_add_child      (GroveCultureUnit   *self,
                                                     GroveCultureUnit   *child);
gboolean          grove_culture_unit_get_suppressed (GroveCultureUnit   *self);
void              grove_culture_unit_set_suppressed (GroveCultureUnit   *self,
                                                     gboolean            suppressed);

G_END_DECLS
