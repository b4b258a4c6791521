/* grove-org-unit-item.c: one unit of the organisation, as a tree row
 *
 * The people page shows the organisation as a tree; each item carries the
 * units directly below it, which the tree model expands, and the number of
 * people in the unit and every unit below it, since choosing a unit shows
 * all of them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "grove-org-unit-item.h"

struct _GroveOrgUnitItem
{
  GObject           parent_instance;

  gint64            id;
  gint64            parent_id;
  GroveOrgUnitKind  kind;
  char             *name;
  guint             n_people;
  GListStore       *children;  /* (element-type GroveOrgUnitItem) */
};

G_DEFINE_FINAL_TYPE (GroveOrgUnitItem, grove_org_unit_item, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NAME,
  PROP_KIND_LABEL,
  PROP_N_PEOPLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
grove_org_unit_item_finalize (GObject *object)
{
  GroveOrgUnitItem *self = GROVE_ORG_UNIT_ITEM (object);

  g_clear_pointer (&self->name, g_free);
  g_clear_object (&self->children);

  G_OBJECT_CLASS (grove_org_unit_item_parent_class)->finalize (object);
}

static void
grove_org_unit_item_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  GroveOrgUnitItem *self = GROVE_ORG_UNIT_ITEM (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_KIND_LABEL:
      g_value_set_string (value, grove_org_unit_item_get_kind_label (self));
      break;
    case PROP_N_PEOPLE:
      g_value_set_uint (value, self->n_people);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
grove_org_unit_item_class_init (GroveOrgUnitItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = grove_org_unit_item_finalize;
  object_class->get_property = grove_org_unit_item_get_property;

  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_KIND_LABEL] =
    g_param_spec_string ("kind-label", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_PEOPLE] =
    g_param_spec_uint ("n-people", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
grove_org_unit_item_init (GroveOrgUnitItem *self)
{
  self->children = g_list_store_new (GROVE_TYPE_ORG_UNIT_ITEM);
}

/**
 * grove_org_unit_item_new:
 * @unit: the unit to copy
 * @n_people: the people in @unit and in every unit below it
 *
 * Returns: (transfer full): a new item, without children yet
 */
GroveOrgUnitItem *
grove_org_unit_item_new (const GroveOrgUnit *unit,
                         guint               n_people)
{
  GroveOrgUnitItem *self;

  g_return_val_if_fail (unit != NULL, NULL);

  self = g_object_new (GROVE_TYPE_ORG_UNIT_ITEM, NULL);
  self->id = unit->id;
  self->parent_id = unit->parent_id;
  self->kind = unit->kind;
  self->name = g_strdup (unit->name);
  self->n_people = n_people;

  return self;
}

gint64
grove_org_unit_item_get_id (GroveOrgUnitItem *self)
{
  g_return_val_if_fail (GROVE_IS_ORG_UNIT_ITEM (self), 0);

  return self->id;
}

gint64
grove_org_unit_item_get_parent_id (GroveOrgUnitItem *self)
{
  g_return_val_if_fail (GROVE_IS_ORG_UNIT_ITEM (self), 0);

  return self->parent_id;
}

GroveOrgUnitKind
grove_org_unit_item_get_kind (GroveOrgUnitItem *self)
{
  g_return_val_if_fail (GROVE_IS_ORG_UNIT_ITEM (self), GROVE_ORG_UNIT_TEAM);

  return self->kind;
}

const char *
grove_org_unit_item_get_kind_label (GroveOrgUnitItem *self)
{
  g_return_val_if_fail (GROVE_IS_ORG_UNIT_ITEM (self), NULL);

  return grove_org_unit_kind_label (self->kind);
}

const char *
grove_org_unit_item_get_name (GroveOrgUnitItem *self)
{
  g_return_val_if_fail (GROVE_IS_ORG_UNIT_ITEM (self), NULL);

  return self->name;
}

/**
 * grove_org_unit_item_get_n_people:
 *
 * Returns: the people in this unit and in every unit below it
 */
guint
grove_org_unit_item_get_n_people (GroveOrgUnitItem *self)
{
  g_return_val_if_fail (GROVE_IS_ORG_UNIT_ITEM (self), 0);

  return self->n_people;
}

/**
 * grove_org_unit_item_get_children:
 *
 * Returns: (transfer none): the units directly below, as #GroveOrgUnitItem
 */
GListModel *
grove_org_unit_item_get_children (GroveOrgUnitItem *self)
{
  g_return_val_if_fail (GROVE_IS_ORG_UNIT_ITEM (self), NULL);

  return G_LIST_MODEL (self->children);
}

/**
 * grove_org_unit_item_add_child:
 * @child: a unit directly below this one
 */
void
grove_org_unit_item_add_child (GroveOrgUnitItem *self,
                               GroveOrgUnitItem *child)
{
  g_return_if_fail (GROVE_IS_ORG_UNIT_ITEM (self));
  g_return_if_fail (GROVE_IS_ORG_UNIT_ITEM (child));

  g_list_store_append (self->children, child);
}
