/* grove-team-member-item.c: one of a manager's reports, as a list item
 *
 * The item owns the member read by grove_my_team_list(), so that a row
 * shows what was read with the list and never reads the database itself.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "grove-team-member-item.h"

struct _GroveTeamMemberItem
{
  GObject          parent_instance;

  GroveTeamMember *member;
};

G_DEFINE_FINAL_TYPE (GroveTeamMemberItem, grove_team_member_item, G_TYPE_OBJECT)

static void
grove_team_member_item_finalize (GObject *object)
{
  GroveTeamMemberItem *self = GROVE_TEAM_MEMBER_ITEM (object);

  g_clear_pointer (&self->member, grove_team_member_free);

  G_OBJECT_CLASS (grove_team_member_item_parent_class)->finalize (object);
}

static void
grove_team_member_item_class_init (GroveTeamMemberItemClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = grove_team_member_item_finalize;
}

static void
grove_team_member_item_init (GroveTeamMemberItem *self)
{
}

/**
 * grove_team_member_item_new:
 * @member: (transfer full): the member to show
 *
 * Returns: (transfer full): a new item
 */
GroveTeamMemberItem *
grove_team_member_item_new (GroveTeamMember *member)
{
  GroveTeamMemberItem *self;

  g_return_val_if_fail (member != NULL, NULL);

  self = g_object_new (GROVE_TYPE_TEAM_MEMBER_ITEM, NULL);
  self->member = member;
  return self;
}

const GroveTeamMember *
grove_team_member_item_get_member (GroveTeamMemberItem *self)
{
  g_return_val_if_fail (GROVE_IS_TEAM_MEMBER_ITEM (self), NULL);

  return self->member;
}
