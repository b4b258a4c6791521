/* grove-condition-item.h: one framework condition, as a list item
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "grove-framework.h"

G_BEGIN_DECLS

#define GROVE_TYPE_CONDITION_ITEM (grove_condition_item_get_type ())
G_DECLARE_FINAL_TYPE (GroveConditionItem, grove_condition_item, GROVE, CONDITION_ITEM, GObject)

GroveConditionItem *grove_condition_item_new             (guint                          number,
                                                          const GroveFrameworkCondition *condition);
guint               grove_condition_item_get_number      (GroveConditionItem *self);
const char         *grove_condition_item_get_key         (GroveConditionItem *self);
const char         *grove_condition_item_get_title       (GroveConditionItem *self);
const char         *grove_condition_item_get_description (GroveConditionItem *self);
GListModel         *grove_condition_item_get_statements  (GroveConditionItem *self);

G_END_DECLS
