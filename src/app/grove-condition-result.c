/* grove-condition-result.c: one condition's figures, as a table row
 *
 * The numbers are kept for sorting and tests; the texts are what the table
 * shows, formatted once here.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "grove-condition-result.h"

struct _GroveConditionResult
{
  GObject   parent_instance;

  char     *title;
  double    mean;
  double    percent_positive;
  guint     respondents;
  gboolean  has_change;
  double    change;
};

G_DEFINE_FINAL_TYPE (GroveConditionResult, grove_condition_result, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_MEAN_TEXT,
  PROP_POSITIVE_TEXT,
  PROP_RESPONDENTS_TEXT,
  PROP_CHANGE_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static char *
format_change (GroveConditionResult *self)
{
  if (!self->has_change || isnan (self->change))
    return g_strdup ("—");
  /* Rounded as shown, so that "0.0" never carries an arrow. */
  if (round (self->change * 10) > 0)
    return g_strdup_printf ("▲ %.1f", self->change);
  if (round (self->change * 10) < 0)
    return g_strdup_printf ("▼ %.1f", fabs (self->change));
  return g_strdup ("0.0");
}

static void
grove_condition_result_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  GroveConditionResult *self = GROVE_CONDITION_RESULT (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_MEAN_TEXT:
      g_value_take_string (value, isnan (self->mean) ? g_strdup ("—") : g_strdup_printf ("%.1f", self->mean));
      break;
    case PROP_POSITIVE_TEXT:
      /* Translators: a percentage, as in "62%" */
      g_value_take_string (value, isnan (self->percent_positive)
                                  ? g_strdup ("—")
                                  : g_strdup_printf (_("%.0f%%"), self->percent_positive));
      break;
    case PROP_RESPONDENTS_TEXT:
      g_value_take_string (value, g_strdup_printf ("%u", self->respondents));
      break;
    case PROP_CHANGE_TEXT:
      g_value_take_string (value, format_change (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
grove_condition_result_finalize (GObject *object)
{
  GroveConditionResult *self = GROVE_CONDITION_RESULT (object);

  g_clear_pointer (&self->title, g_free);

  G_OBJECT_CLASS (grove_condition_result_parent_class)->finalize (object);
}

static void
grove_condition_result_class_init (GroveConditionResultClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = grove_condition_result_finalize;
  object_class->get_property = grove_condition_result_get_property;

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_MEAN_TEXT] =
    g_param_spec_string ("mean-text", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_POSITIVE_TEXT] =
    g_param_spec_string ("positive-text", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_RESPONDENTS_TEXT] =
    g_param_spec_string ("respondents-text", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_CHANGE_TEXT] =
    g_param_spec_string ("change-text", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
grove_condition_result_init (GroveConditionResult *self)
{
}

/**
 * grove_condition_result_new:
 * @figures: a condition's figures from a roll-up
 *
 * Returns: (transfer full): a new row
 */
GroveConditionResult *
grove_condition_result_new (const char               *title,
                            const GroveRollupFigures *figures)
{
  GroveConditionResult *self = g_object_new (GROVE_TYPE_CONDITION_RESULT, NULL);

  self->title = g_strdup (title);
  self->mean = figures->mean;
  self->percent_positive = figures->percent_positive;
  self->respondents = figures->respondents;
  self->has_change = figures->has_change;
  self->change = figures->change;

  return self;
}

const char *
grove_condition_result_get_title (GroveConditionResult *self)
{
  g_return_val_if_fail (GROVE_IS_CONDITION_RESULT (self), NULL);
  return self->title;
}

double
grove_condition_result_get_mean (GroveConditionResult *self)
{
  g_return_val_if_fail (GROVE_IS_CONDITION_RESULT (self), NAN);
  return self->mean;
}

double
grove_condition_result_get_change (GroveConditionResult *self)
{
  g_return_val_if_fail (GROVE_IS_CONDITION_RESULT (self), NAN);
  return self->change;
}

gboolean
grove_condition_result_has_change (GroveConditionResult *self)
{
  g_return_val_if_fail (GROVE_IS_CONDITION_RESULT (self), FALSE);
  return self->has_change;
}

guint
grove_condition_result_get_respondents (GroveConditionResult *self)
{
  g_return_val_if_fail (GROVE_IS_CONDITION_RESULT (self), 0);
  return self->respondents;
}
