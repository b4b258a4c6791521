/* grove-condition-item.c: one framework condition, as a list item
 *
 * The sidebar of the framework page lists these; the statements travel with
 * the condition as a string list, in the framework's order.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gtk/gtk.h>

#include "grove-condition-item.h"

struct _GroveConditionItem
{
  GObject        parent_instance;

  guint          number;
  char          *key;
  char          *title;
  char          *description;
  GtkStringList *statements;
};

G_DEFINE_FINAL_TYPE (GroveConditionItem, grove_condition_item, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NUMBER,
  PROP_KEY,
  PROP_TITLE,
  PROP_DESCRIPTION,
  PROP_STATEMENTS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
grove_condition_item_finalize (GObject *object)
{
  GroveConditionItem *self = GROVE_CONDITION_ITEM (object);

  g_clear_pointer (&self->key, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->description, g_free);
  g_clear_object (&self->statements);

  G_OBJECT_CLASS (grove_condition_item_parent_class)->finalize (object);
}

static void
grove_condition_item_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  GroveConditionItem *self = GROVE_CONDITION_ITEM (object);

  switch (prop_id)
    {
    case PROP_NUMBER:
      g_value_set_uint (value, self->number);
      break;
    case PROP_KEY:
      g_value_set_string (value, self->key);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;
    case PROP_STATEMENTS:
      g_value_set_object (value, self->statements);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
grove_condition_item_class_init (GroveConditionItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = grove_condition_item_finalize;
  object_class->get_property = grove_condition_item_get_property;

  properties[PROP_NUMBER] =
    g_param_spec_uint ("number", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_KEY] =
    g_param_spec_string ("key", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_STATEMENTS] =
    g_param_spec_object ("statements", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
grove_condition_item_init (GroveConditionItem *self)
{
  self->statements = gtk_string_list_new (NULL);
}

/**
 * grove_condition_item_new:
 * @number: the condition's place in its framework, counting from 1
 * @condition: the condition to copy
 *
 * Returns: (transfer full): a new item holding a copy of @condition
 */
GroveConditionItem *
grove_condition_item_new (guint                          number,
                          const GroveFrameworkCondition *condition)
{
  GroveConditionItem *self;

  g_return_val_if_fail (condition != NULL, NULL);

  self = g_object_new (GROVE_TYPE_CONDITION_ITEM, NULL);
  self->number = number;
  self->key = g_strdup (condition->key);
  self->title = g_strdup (condition->title);
  self->description = g_strdup (condition->description);

  for (guint i = 0; condition->statements != NULL && i < condition->statements->len; i++)
    {
      const GroveFrameworkStatement *statement = g_ptr_array_index (condition->statements, i);

      gtk_string_list_append (self->statements, statement->text);
    }

  return self;
}

guint
grove_condition_item_get_number (GroveConditionItem *self)
{
  g_return_val_if_fail (GROVE_IS_CONDITION_ITEM (self), 0);

  return self->number;
}

const char *
grove_condition_item_get_key (GroveConditionItem *self)
{
  g_return_val_if_fail (GROVE_IS_CONDITION_ITEM (self), NULL);

  return self->key;
}

const char *
grove_condition_item_get_title (GroveConditionItem *self)
{
  g_return_val_if_fail (GROVE_IS_CONDITION_ITEM (self), NULL);

  return self->title;
}

const char *
grove_condition_item_get_description (GroveConditionItem *self)
{
  g_return_val_if_fail (GROVE_IS_CONDITION_ITEM (self), NULL);

  return self->description;
}

/**
 * grove_condition_item_get_statements:
 *
 * Returns: (transfer none): the statement texts, in order, as #GtkStringObject
 */
GListModel *
grove_condition_item_get_statements (GroveConditionItem *self)
{
  g_return_val_if_fail (GROVE_IS_CONDITION_ITEM (self), NULL);

  return G_LIST_MODEL (self->statements);
}
