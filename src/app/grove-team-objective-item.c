/* grove-team-objective-item.c: a team objective and who supports it, as a
 * list item
 *
 * The item owns what was read with the plan: the objective, and the people
 * whose objectives support it with those objectives' titles, so that a row
 * never reads the database itself.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "grove-team-objective-item.h"

struct _GroveTeamObjectiveItem
{
  GObject             parent_instance;

  GroveTeamObjective *objective;
  GStrv               names;  /* whose objectives support it */
  GStrv               titles; /* those objectives, in the same order */
};

G_DEFINE_FINAL_TYPE (GroveTeamObjectiveItem, grove_team_objective_item, G_TYPE_OBJECT)

static void
grove_team_objective_item_finalize (GObject *object)
{
  GroveTeamObjectiveItem *self = GROVE_TEAM_OBJECTIVE_ITEM (object);

  g_clear_pointer (&self->objective, grove_team_objective_free);
  g_clear_pointer (&self->names, g_strfreev);
  g_clear_pointer (&self->titles, g_strfreev);

  G_OBJECT_CLASS (grove_team_objective_item_parent_class)->finalize (object);
}

static void
grove_team_objective_item_class_init (GroveTeamObjectiveItemClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = grove_team_objective_item_finalize;
}

static void
grove_team_objective_item_init (GroveTeamObjectiveItem *self)
{
}

/**
 * grove_team_objective_item_new:
 * @objective: (transfer full): the objective to show
 * @names: (transfer full) (nullable): the people whose objectives support it
 * @titles: (transfer full) (nullable): their objectives, as many as @names
 *
 * Returns: (transfer full): a new item
 */
GroveTeamObjectiveItem *
grove_team_objective_item_new (GroveTeamObjective *objective,
                               GStrv               names,
                               GStrv               titles)
{
  GroveTeamObjectiveItem *self;

  g_return_val_if_fail (objective != NULL, NULL);
  g_return_val_if_fail ((names == NULL ? 0 : g_strv_length (names)) == (titles == NULL ? 0 : g_strv_length (titles)),
                        NULL);

  self = g_object_new (GROVE_TYPE_TEAM_OBJECTIVE_ITEM, NULL);
  self->objective = objective;
  self->names = names;
  self->titles = titles;
  return self;
}

const GroveTeamObjective *
grove_team_objective_item_get_objective (GroveTeamObjectiveItem *self)
{
  g_return_val_if_fail (GROVE_IS_TEAM_OBJECTIVE_ITEM (self), NULL);

  return self->objective;
}

guint
grove_team_objective_item_get_n_supporters (GroveTeamObjectiveItem *self)
{
  g_return_val_if_fail (GROVE_IS_TEAM_OBJECTIVE_ITEM (self), 0);

  return self->names != NULL ? g_strv_length (self->names) : 0;
}

/**
 * grove_team_objective_item_get_supporter:
 * @title: (out): the supporting objective's title
 *
 * Returns: the name of the @n-th person whose objective supports it
 */
const char *
grove_team_objective_item_get_supporter (GroveTeamObjectiveItem  *self,
                                         guint                    n,
                                         const char             **title)
{
  g_return_val_if_fail (GROVE_IS_TEAM_OBJECTIVE_ITEM (self), NULL);
  g_return_val_if_fail (n < grove_team_objective_item_get_n_supporters (self), NULL);

  if (title != NULL)
    *title = self->titles[n];
  return self->names[n];
}
