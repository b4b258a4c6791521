/* grove-org-unit-item.h: one unit of the organisation, as a tree row
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "grove-org-unit.h"

G_BEGIN_DECLS

#define GROVE_TYPE_ORG_UNIT_ITEM (grove_org_unit_item_get_type ())
G_DECLARE_FINAL_TYPE (GroveOrgUnitItem, grove_org_unit_item, GROVE, ORG_UNIT_ITEM, GObject)

GroveOrgUnitItem *grove_org_unit_item_new            (const GroveOrgUnit *unit,
                                                      guint               n_people);
gint64            grove_org_unit_item_get_id         (GroveOrgUnitItem   *self);
gint64            grove_org_unit_item_get_parent_id  (GroveOrgUnitItem   *self);
GroveOrgUnitKind  grove_org_unit_item_get_kind       (GroveOrgUnitItem   *self);
const char       *grove_org_unit_item_get_kind_label (GroveOrgUnitItem   *self);
const char       *grove_org_unit_item_get_name       (GroveOrgUnitItem   *self);
guint             grove_org_unit_item_get_n_people   (GroveOrgUnitItem   *self);
GListModel       *grove_org_unit_item_get_children   (GroveOrgUnitItem   *self);
void              grove_org_unit_item_add_child      (GroveOrgUnitItem   *self,
                                                      GroveOrgUnitItem   *child);

G_END_DECLS
