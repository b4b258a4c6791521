/* grove-window.h: the main window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "grove-application.h"
#include "grove-store.h"

G_BEGIN_DECLS

#define GROVE_TYPE_WINDOW (grove_window_get_type ())
G_DECLARE_FINAL_TYPE (GroveWindow, grove_window, GROVE, WINDOW, AdwApplicationWindow)

GroveWindow *grove_window_new             (GroveApplication *application,
                                           GroveStore       *store);
GroveStore  *grove_window_get_store       (GroveWindow      *self);
void         grove_window_show_open_error (GroveWindow      *self,
                                           const GError     *error);

G_END_DECLS
