/* grove-culture-page.h: learning-culture results by unit and round
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "grove-chart-output.h"
#include "grove-store.h"

G_BEGIN_DECLS

#define GROVE_TYPE_CULTURE_PAGE (grove_culture_page_get_type ())
G_DECLARE_FINAL_TYPE (GroveCulturePage, grove_culture_page, GROVE, CULTURE_PAGE, AdwBin)

GtkWidget  *grove_culture_page_new          (void);
GroveStore *grove_culture_page_get_store    (GroveCulturePage  *self);
void        grove_culture_page_set_store    (GroveCulturePage  *self,
                                             GroveStore        *store);
void        grove_culture_page_reload       (GroveCulturePage  *self);
gboolean    grove_culture_page_select_unit  (GroveCulturePage  *self,
                                             gint64             unit_id);
gint64      grove_culture_page_get_unit_id  (GroveCulturePage  *self);
void        grove_culture_page_step_unit    (GroveCulturePage  *self,
                                             int                delta);
void        grove_culture_page_step_round   (GroveCulturePage  *self,
                                             int                delta);
GtkWindow  *grove_culture_page_present      (GroveCulturePage  *self);
GtkWindow  *grove_culture_page_get_present_window (GroveCulturePage *self);
gboolean    grove_culture_page_export_chart (GroveCulturePage  *self,
                                             GroveChartFormat   format,
                                             int                width,
                                             int                height,
                                             const char        *path,
                                             GError           **error);

G_END_DECLS
