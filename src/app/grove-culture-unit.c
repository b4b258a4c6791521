/* grove-culture-unit.c: one unit of the organisation tree on the Culture page
 *
 * Each unit holds its children, so that a GtkTreeListModel can open it;
 * "suppressed" follows the round shown, for the padlock beside the name.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"


#include "grove-culture-unit.h"

struct _GroveCultureUnit
{
  GObject           parent_instance;

  gint64            id;
  char             *name;
  GroveOrgUnitKind  kind;
  GListStore       *children;  /* (element-type GroveCultureUnit) */
  gboolean          suppressed;
};

G_DEFINE_FINAL_TYPE (GroveCultureUnit, grove_culture_unit, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NAME,
  PROP_KIND_LABEL,
  PROP_SUPPRESSED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
grove_culture_unit_finalize (GObject *object)
{
  GroveCultureUnit *self = GROVE_CULTURE_UNIT (object);

  g_clear_pointer (&self->name, g_free);
  g_clear_object (&self->children);

  G_OBJECT_CLASS (grove_culture_unit_parent_class)->finalize (object);
}

static void
grove_culture_unit_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  GroveCultureUnit *self = GROVE_CULTURE_UNIT (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_KIND_LABEL:
      g_value_set_string (value, grove_org_unit_kind_label (self->kind));
      break;
    case PROP_SUPPRESSED:
      g_value_set_boolean (value, self->suppressed);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
grove_culture_unit_class_init (GroveCultureUnitClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = grove_culture_unit_finalize;
  object_class->get_property = grove_culture_unit_get_property;

  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_KIND_LABEL] =
    g_param_spec_string ("kind-label", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SUPPRESSED] =
    g_param_spec_boolean ("suppressed", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
grove_culture_unit_init (GroveCultureUnit *self)
{
  self->children = g_list_store_new (GROVE_TYPE_CULTURE_UNIT);
}

/**
 * grove_culture_unit_new:
 *
 * Returns: (transfer full): a new item with no children yet
 */
GroveCultureUnit *
grove_culture_unit_new (const GroveOrgUnit *unit)
{
  GroveCultureUnit *self = g_object_new (GROVE_TYPE_CULTURE_UNIT, NULL);

  self->id = unit->id;
  self->name = g_strdup (unit->name);
  self->kind = unit->kind;

  return self;
}

gint64
grove_culture_unit_get_id (GroveCultureUnit *self)
{
  g_return_val_if_fail (GROVE_IS_CULTURE_UNIT (self), 0);

  return self->id;
}

const char *
grove_culture_unit_get_name (GroveCultureUnit *self)
{
  g_return_val_if_fail (GROVE_IS_CULTURE_UNIT (self), NULL);

  return self->name;
}

GroveOrgUnitKind
grove_culture_unit_get_kind (GroveCultureUnit *self)
{
  g_return_val_if_fail (GROVE_IS_CULTURE_UNIT (self), GROVE_ORG_UNIT_TEAM);

  return self->kind;
}

/**
 * grove_culture_unit_get_children:
 *
 * Returns: (transfer none): the units under this one
 */
GListModel *
grove_culture_unit_get_children (GroveCultureUnit *self)
{
  g_return_val_if_fail (GROVE_IS_CULTURE_UNIT (self), NULL);

  return G_LIST_MODEL (self->children);
}

void
grove_culture_unit_add_child (GroveCultureUnit *self,
                              GroveCultureUnit *child)
{
  g_return_if_fail (GROVE_IS_CULTURE_UNIT (self));

  g_list_store_append (self->children, child);
}

gboolean
grove_culture_unit_get_suppressed (GroveCultureUnit *self)
{
  g_return_val_if_fail (GROVE_IS_CULTURE_UNIT (self), FALSE);

  return self->suppressed;
}

void
grove_culture_unit_set_suppressed (GroveCultureUnit *self,
                                   gboolean          suppressed)
{
  g_return_if_fail (GROVE_IS_CULTURE_UNIT (self));

  if (self->suppressed == !!suppressed)
    return;
  self->suppressed = !!suppressed;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUPPRESSED]);
}
