/* grove-team-member-item.h: one of a manager's reports, as a list item
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "grove-my-team.h"

G_BEGIN_DECLS

#define GROVE_TYPE_TEAM_MEMBER_ITEM (grove_team_member_item_get_type ())
G_DECLARE_FINAL_TYPE (GroveTeamMemberItem, grove_team_member_item, GROVE, TEAM_MEMBER_ITEM, GObject)

GroveTeamMemberItem   *grove_team_member_item_new        (GroveTeamMember     *member);
const GroveTeamMember *grove_team_member_item_get_member (GroveTeamMemberItem *self);

G_END_DECLS
