/* grove-help-window.h: the user guide, inside the application
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define GROVE_TYPE_HELP_WINDOW (grove_help_window_get_type ())
G_DECLARE_FINAL_TYPE (GroveHelpWindow, grove_help_window, GROVE, HELP_WINDOW, AdwWindow)

GroveHelpWindow *grove_help_window_new        (GtkWindow       *parent);
gboolean         grove_help_window_show_topic (GroveHelpWindow *self,
                                               const char      *topic);
const char      *grove_help_window_get_topic  (GroveHelpWindow *self);

G_END_DECLS
