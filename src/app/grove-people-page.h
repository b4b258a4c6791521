/* grove-people-page.h: the organisation's units and people
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "grove-store.h"

G_BEGIN_DECLS

#define GROVE_TYPE_PEOPLE_PAGE (grove_people_page_get_type ())
G_DECLARE_FINAL_TYPE (GrovePeoplePage, grove_people_page, GROVE, PEOPLE_PAGE, AdwBin)

GtkWidget  *grove_people_page_new       (void);
GroveStore *grove_people_page_get_store (GrovePeoplePage *self);
void        grove_people_page_set_store (GrovePeoplePage *self,
                                         GroveStore      *store);
void        grove_people_page_reload    (GrovePeoplePage *self);

gboolean    grove_people_page_import_file (GrovePeoplePage *self,
                                           GFile           *file,
                                           GError         **error);
gboolean    grove_people_page_export_to   (GrovePeoplePage *self,
                                           GFile           *file,
                                           GError         **error);

G_END_DECLS
