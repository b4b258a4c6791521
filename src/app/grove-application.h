/* grove-application.h: the Grove application
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "grove-store.h"

G_BEGIN_DECLS

#define GROVE_TYPE_APPLICATION (grove_application_get_type ())
G_DECLARE_FINAL_TYPE (GroveApplication, grove_application, GROVE, APPLICATION, AdwApplication)

GroveApplication *grove_application_new           (void);
GroveStore       *grove_application_get_store     (GroveApplication *self);
GSettings        *grove_application_get_settings  (GroveApplication *self);
char             *grove_application_dup_db_path   (GroveApplication *self);
void              grove_application_open_read_only (GroveApplication *self);

G_END_DECLS
