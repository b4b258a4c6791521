/* grove-framework-item.h: a stored framework, as a list item
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "grove-framework.h"

G_BEGIN_DECLS

#define GROVE_TYPE_FRAMEWORK_ITEM (grove_framework_item_get_type ())
G_DECLARE_FINAL_TYPE (GroveFrameworkItem, grove_framework_item, GROVE, FRAMEWORK_ITEM, GObject)

GroveFrameworkItem *grove_framework_item_new         (const GroveFramework *framework);
gint64              grove_framework_item_get_id      (GroveFrameworkItem   *self);
const char         *grove_framework_item_get_key     (GroveFrameworkItem   *self);
const char         *grove_framework_item_get_title   (GroveFrameworkItem   *self);
gboolean            grove_framework_item_get_builtin (GroveFrameworkItem   *self);

G_END_DECLS
