/* grove-coaching-page.h: the coaching pool, waiting list, relationships and
 * matching
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "grove-store.h"

G_BEGIN_DECLS

#define GROVE_TYPE_COACHING_PAGE (grove_coaching_page_get_type ())
G_DECLARE_FINAL_TYPE (GroveCoachingPage, grove_coaching_page, GROVE, COACHING_PAGE, AdwBin)

GtkWidget  *grove_coaching_page_new       (void);
GroveStore *grove_coaching_page_get_store (GroveCoachingPage *self);
void        grove_coaching_page_set_store (GroveCoachingPage *self,
                                           GroveStore        *store);
void        grove_coaching_page_reload    (GroveCoachingPage *self);

G_END_DECLS
