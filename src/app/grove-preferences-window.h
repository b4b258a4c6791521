/* grove-preferences-window.h: the application's preferences
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "grove-store.h"

G_BEGIN_DECLS

#define GROVE_TYPE_PREFERENCES_WINDOW (grove_preferences_window_get_type ())
G_DECLARE_FINAL_TYPE (GrovePreferencesWindow, grove_preferences_window, GROVE, PREFERENCES_WINDOW, AdwPreferencesWindow)

GrovePreferencesWindow *grove_preferences_window_new (GtkWindow  *parent,
                                                      GSettings  *settings,
                                                      GroveStore *store);

G_END_DECLS
