/* grove-framework-item.c: a stored framework, as a list item
 *
 * Only what the framework selector shows and what is needed to fetch the
 * whole framework again: the summaries from grove_framework_list() carry no
 * conditions.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "grove-framework-item.h"

struct _GroveFrameworkItem
{
  GObject   parent_instance;

  gint64    id;
  char     *key;
  char     *title;
  gboolean  builtin;
};

G_DEFINE_FINAL_TYPE (GroveFrameworkItem, grove_framework_item, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_KEY,
  PROP_TITLE,
  PROP_BUILTIN,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
grove_framework_item_finalize (GObject *object)
{
  GroveFrameworkItem *self = GROVE_FRAMEWORK_ITEM (object);

  g_clear_pointer (&self->key, g_free);
  g_clear_pointer (&self->title, g_free);

  G_OBJECT_CLASS (grove_framework_item_parent_class)->finalize (object);
}

static void
grove_framework_item_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  GroveFrameworkItem *self = GROVE_FRAMEWORK_ITEM (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_KEY:
      g_value_set_string (value, self->key);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_BUILTIN:
      g_value_set_boolean (value, self->builtin);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
grove_framework_item_class_init (GroveFrameworkItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = grove_framework_item_finalize;
  object_class->get_property = grove_framework_item_get_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_KEY] =
    g_param_spec_string ("key", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_BUILTIN] =
    g_param_spec_boolean ("builtin", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
grove_framework_item_init (GroveFrameworkItem *self)
{
}

/**
 * grove_framework_item_new:
 * @framework: a framework, or the summary of one
 *
 * Returns: (transfer full): a new item naming @framework
 */
GroveFrameworkItem *
grove_framework_item_new (const GroveFramework *framework)
{
  GroveFrameworkItem *self;

  g_return_val_if_fail (framework != NULL, NULL);

  self = g_object_new (GROVE_TYPE_FRAMEWORK_ITEM, NULL);
  self->id = framework->id;
  self->key = g_strdup (framework->key);
  self->title = g_strdup (framework->title != NULL ? framework->title : framework->key);
  self->builtin = framework->builtin;

  return self;
}

gint64
grove_framework_item_get_id (GroveFrameworkItem *self)
{
  g_return_val_if_fail (GROVE_IS_FRAMEWORK_ITEM (self), 0);

  return self->id;
}

const char *
grove_framework_item_get_key (GroveFrameworkItem *self)
{
  g_return_val_if_fail (GROVE_IS_FRAMEWORK_ITEM (self), NULL);

  return self->key;
}

const char *
grove_framework_item_get_title (GroveFrameworkItem *self)
{
  g_return_val_if_fail (GROVE_IS_FRAMEWORK_ITEM (self), NULL);

  return self->title;
}

gboolean
grove_framework_item_get_builtin (GroveFrameworkItem *self)
{
  g_return_val_if_fail (GROVE_IS_FRAMEWORK_ITEM (self), FALSE);

  return self->builtin;
}
