/* grove-person-details.h: what is known about one person, read-only
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "grove-person-item.h"
#include "grove-store.h"

G_BEGIN_DECLS

#define GROVE_TYPE_PERSON_DETAILS (grove_person_details_get_type ())
G_DECLARE_FINAL_TYPE (GrovePersonDetails, grove_person_details, GROVE, PERSON_DETAILS, AdwBin)

GtkWidget *grove_person_details_new  (void);
void       grove_person_details_show (GrovePersonDetails *self,
                                      GroveStore         *store,
                                      GrovePersonItem    *person);

G_END_DECLS
