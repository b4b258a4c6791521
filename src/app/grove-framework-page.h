/* grove-framework-page.h: the framework browser
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "grove-store.h"

G_BEGIN_DECLS

#define GROVE_TYPE_FRAMEWORK_PAGE (grove_framework_page_get_type ())
G_DECLARE_FINAL_TYPE (GroveFrameworkPage, grove_framework_page, GROVE, FRAMEWORK_PAGE, AdwBin)

GtkWidget  *grove_framework_page_new       (void);
GroveStore *grove_framework_page_get_store (GroveFrameworkPage *self);
void        grove_framework_page_set_store (GroveFrameworkPage *self,
                                            GroveStore         *store);
void        grove_framework_page_reload    (GroveFrameworkPage *self);

G_END_DECLS
