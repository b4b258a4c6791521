/* grove-export-dialog.h: choose a format and a size, then a file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "grove-chart-output.h"

G_BEGIN_DECLS

#define GROVE_TYPE_EXPORT_DIALOG (grove_export_dialog_get_type ())
G_DECLARE_FINAL_TYPE (GroveExportDialog, grove_export_dialog, GROVE, EXPORT_DIALOG, AdwWindow)

GroveExportDialog *grove_export_dialog_new        (GtkWindow         *parent,
                                                   const char        *chart_title);
GroveChartFormat   grove_export_dialog_get_format (GroveExportDialog *self);
void               grove_export_dialog_set_format (GroveExportDialog *self,
                                                   GroveChartFormat   format);
void               grove_export_dialog_get_size   (GroveExportDialog *self,
                                                   int               *width,
                                                   int               *height);
void               grove_export_dialog_set_size   (GroveExportDialog *self,
                                                   int                width,
                                                   int                height);
void               grove_export_dialog_save_to    (GroveExportDialog *self,
                                                   GFile             *file);

G_END_DECLS
