/* grove-heatmap-table.h: a heat map's figures as a table
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "grove-culture-heatmap.h"

G_BEGIN_DECLS

#define GROVE_TYPE_HEATMAP_TABLE (grove_heatmap_table_get_type ())
G_DECLARE_FINAL_TYPE (GroveHeatmapTable, grove_heatmap_table, GROVE, HEATMAP_TABLE, AdwBin)

GtkWidget *grove_heatmap_table_new         (void);
void       grove_heatmap_table_set_heatmap (GroveHeatmapTable         *self,
                                            const GroveCultureHeatmap *heatmap);
char      *grove_heatmap_table_dup_cell    (GroveHeatmapTable         *self,
                                            guint                      row,
                                            guint                      column);

G_END_DECLS
