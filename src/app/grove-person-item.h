/* grove-person-item.h: someone in the organisation, as a list item
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "grove-person.h"

G_BEGIN_DECLS

#define GROVE_TYPE_PERSON_ITEM (grove_person_item_get_type ())
G_DECLARE_FINAL_TYPE (GrovePersonItem, grove_person_item, GROVE, PERSON_ITEM, GObject)

GrovePersonItem    *grove_person_item_new              (const GrovePerson *person,
                                                        const char        *team,
                                                        const char        *manager_name);
gint64              grove_person_item_get_id           (GrovePersonItem   *self);
const char         *grove_person_item_get_name         (GrovePersonItem   *self);
const char         *grove_person_item_get_email        (GrovePersonItem   *self);
const char         *grove_person_item_get_grade        (GrovePersonItem   *self);
int                 grove_person_item_get_grade_rank   (GrovePersonItem   *self);
const char         *grove_person_item_get_profession   (GrovePersonItem   *self);
const char         *grove_person_item_get_location     (GrovePersonItem   *self);
const char * const *grove_person_item_get_languages    (GrovePersonItem   *self);
const char         *grove_person_item_get_start_date   (GrovePersonItem   *self);
gint64              grove_person_item_get_unit_id      (GrovePersonItem   *self);
const char         *grove_person_item_get_team         (GrovePersonItem   *self);
gint64              grove_person_item_get_manager_id   (GrovePersonItem   *self);
const char         *grove_person_item_get_manager_name (GrovePersonItem   *self);
gboolean            grove_person_item_matches          (GrovePersonItem   *self,
                                                        const char        *folded_text);

G_END_DECLS
