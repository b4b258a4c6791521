/* grove-team-objective-item.h: a team objective and who supports it, as a
 * list item
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "grove-team-objective.h"

G_BEGIN_DECLS

#define GROVE_TYPE_TEAM_OBJECTIVE_ITEM (grove_team_objective_item_get_type ())
G_DECLARE_FINAL_TYPE (GroveTeamObjectiveItem, grove_team_objective_item, GROVE, TEAM_OBJECTIVE_ITEM, GObject)

GroveTeamObjectiveItem   *grove_team_objective_item_new           (GroveTeamObjective     *objective,
                                                                   GStrv                   names,
                                                                   GStrv                   titles);
const GroveTeamObjective *grove_team_objective_item_get_objective (GroveTeamObjectiveItem *self);
guint                     grove_team_objective_item_get_n_supporters (GroveTeamObjectiveItem *self);
const char               *grove_team_objective_item_get_supporter (GroveTeamObjectiveItem *self,
                                                                   guint                   n,
                                                                   const char            **title);

G_END_DECLS
