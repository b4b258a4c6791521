/* grove-coaching-row.h: one row of a list on the Coaching page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define GROVE_TYPE_COACHING_ROW (grove_coaching_row_get_type ())
G_DECLARE_FINAL_TYPE (GroveCoachingRow, grove_coaching_row, GROVE, COACHING_ROW, GObject)

/* @texts: the row's columns, in the order the list shows them. */
GroveCoachingRow *grove_coaching_row_new       (gint64             id,
                                                gint64             other_id,
                                                GStrv              texts);
gint64            grove_coaching_row_get_id       (GroveCoachingRow *self);
gint64            grove_coaching_row_get_other_id (GroveCoachingRow *self);
const char       *grove_coaching_row_get_text     (GroveCoachingRow *self,
                                                   guint             column);
gboolean          grove_coaching_row_matches      (GroveCoachingRow *self,
                                                   const char       *folded);

G_END_DECLS
