/* grove-needs-item.h: one row of the learning-needs table
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define GROVE_TYPE_NEEDS_ITEM (grove_needs_item_get_type ())
G_DECLARE_FINAL_TYPE (GroveNeedsItem, grove_needs_item, GROVE, NEEDS_ITEM, GObject)

GroveNeedsItem *grove_needs_item_new       (const char     *label,
                                            guint           count,
                                            guint           total);
const char     *grove_needs_item_get_label (GroveNeedsItem *self);
guint           grove_needs_item_get_count (GroveNeedsItem *self);

G_END_DECLS
