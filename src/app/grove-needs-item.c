/* grove-needs-item.c: one row of the learning-needs table
 *
 * A capability, learning method or framework condition with its count and
 * its share of the unit's total, as text the table shows.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "grove-needs-item.h"

struct _GroveNeedsItem
{
  GObject  parent_instance;

  char    *label;
  guint    count;
  guint    total;
};

G_DEFINE_FINAL_TYPE (GroveNeedsItem, grove_needs_item, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_LABEL,
  PROP_COUNT_TEXT,
  PROP_SHARE_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
grove_needs_item_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  GroveNeedsItem *self = GROVE_NEEDS_ITEM (object);

  switch (prop_id)
    {
    case PROP_LABEL:
      g_value_set_string (value, self->label);
      break;
    case PROP_COUNT_TEXT:
      g_value_take_string (value, g_strdup_printf ("%u", self->count));
      break;
    case PROP_SHARE_TEXT:
      /* Translators: a share of the unit's total, in per cent */
      g_value_take_string (value, g_strdup_printf (_("%.0f%%"), self->total > 0 ? 100.0 * self->count / self->total : 0));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
grove_needs_item_finalize (GObject *object)
{
  GroveNeedsItem *self = GROVE_NEEDS_ITEM (object);

  g_free (self->label);

  G_OBJECT_CLASS (grove_needs_item_parent_class)->finalize (object);
}

static void
grove_needs_item_class_init (GroveNeedsItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = grove_needs_item_get_property;
  object_class->finalize = grove_needs_item_finalize;

  properties[PROP_LABEL] =
    g_param_spec_string ("label", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_COUNT_TEXT] =
    g_param_spec_string ("count-text", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SHARE_TEXT] =
    g_param_spec_string ("share-text", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
grove_needs_item_init (GroveNeedsItem *self)
{
}

/**
 * grove_needs_item_new:
 * @total: the unit's total in the same dimension, for the share
 */
GroveNeedsItem *
grove_needs_item_new (const char *label,
                      guint       count,
                      guint       total)
{
  GroveNeedsItem *self = g_object_new (GROVE_TYPE_NEEDS_ITEM, NULL);

  self->label = g_strdup (label);
  self->count = count;
  self->total = total;
  return self;
}

const char *
grove_needs_item_get_label (GroveNeedsItem *self)
{
  g_return_val_if_fail (GROVE_IS_NEEDS_ITEM (self), NULL);

  return self->label;
}

guint
grove_needs_item_get_count (GroveNeedsItem *self)
{
  g_return_val_if_fail (GROVE_IS_NEEDS_ITEM (self), 0);

  return self->count;
}
