/* grove-condition-result.h: one condition's figures, as a table row
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "grove-rollup.h"

G_BEGIN_DECLS

#define GROVE_TYPE_CONDITION_RESULT (grove_condition_result_get_type ())
G_DECLARE_FINAL_TYPE (GroveConditionResult, grove_condition_result, GROVE, CONDITION_RESULT, GObject)

GroveConditionResult *grove_condition_result_new            (const char               *title,
                                                             const GroveRollupFigures *figures);
const char           *grove_condition_result_get_title      (GroveConditionResult     *self);
double                grove_condition_result_get_mean       (GroveConditionResult     *self);
double                grove_condition_result_get_change     (GroveConditionResult     *self);
gboolean              grove_condition_result_has_change     (GroveConditionResult     *self);
guint                 grove_condition_result_get_respondents (GroveConditionResult    *self);

G_END_DECLS
