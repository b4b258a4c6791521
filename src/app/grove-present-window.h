/* grove-present-window.h: one chart, full screen, for a meeting
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "grove-culture-chart.h"

G_BEGIN_DECLS

#define GROVE_TYPE_PRESENT_WINDOW (grove_present_window_get_type ())
G_DECLARE_FINAL_TYPE (GrovePresentWindow, grove_present_window, GROVE, PRESENT_WINDOW, AdwWindow)

GrovePresentWindow *grove_present_window_new  (GtkWindow          *parent);
void                grove_present_window_show (GrovePresentWindow *self,
                                               GroveCultureChart  *chart,
                                               const char         *unit_name,
                                               const char         *round_title,
                                               const char         *suppressed_reason);

G_END_DECLS
