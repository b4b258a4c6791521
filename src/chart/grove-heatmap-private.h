/* grove-heatmap-private.h: shared between the heat map's layout and drawing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <math.h>

#include "grove-heatmap.h"

G_BEGIN_DECLS

guint _grove_heatmap_n_ticks (const GroveHeatmapData *data);

G_END_DECLS
