/* grove-culture-suppression.h: why a unit's results are not shown
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "grove-rollup.h"

G_BEGIN_DECLS

/* Why a suppressed unit's results are not shown, as a sentence. */
char *grove_culture_describe_suppression (const GroveRollupUnit *unit,
                                          guint                  threshold);

G_END_DECLS
