/* grove-person-item.c: someone in the organisation, as a list item
 *
 * The people page lists these in a column view. The item carries the names
 * of the person's team and line manager, looked up once when the list is
 * built, so that a row never reads the database while it scrolls, and a
 * case-folded copy of the fields that search looks in, so that a key press
 * does not fold ten thousand names again.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "grove-person-item.h"

struct _GrovePersonItem
{
  GObject   parent_instance;

  gint64    id;
  char     *name;
  char     *email;
  char     *grade;
  int       grade_rank;
  char     *profession;
  char     *location;
  GStrv     languages;
  char     *start_date;
  gint64    unit_id;
  char     *team;
  gint64    manager_id;
  char     *manager_name;
  char     *search_key;
};

G_DEFINE_FINAL_TYPE (GrovePersonItem, grove_person_item, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NAME,
  PROP_EMAIL,
  PROP_GRADE,
  PROP_PROFESSION,
  PROP_LOCATION,
  PROP_TEAM,
  PROP_MANAGER_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
append_folded (GString    *key,
               const char *text)
{
  g_autofree char *folded = NULL;

  if (text == NULL)
    return;
  folded = g_utf8_casefold (text, -1);
  /* A separator no one types keeps a search from matching across fields. */
  g_string_append (key, folded);
  g_string_append_c (key, '\n');
}

static void
grove_person_item_finalize (GObject *object)
{
  GrovePersonItem *self = GROVE_PERSON_ITEM (object);

  g_free (self->name);
  g_free (self->email);
  g_free (self->grade);
  g_free (self->profession);
  g_free (self->location);
  g_strfreev (self->languages);
  g_free (self->start_date);
  g_free (self->team);
  g_free (self->manager_name);
  g_free (self->search_key);

  G_OBJECT_CLASS (grove_person_item_parent_class)->finalize (object);
}

/* Empty rather than NULL, so that the column sorters put blanks together. */
static void
set_string (GValue     *value,
            const char *text)
{
  g_value_set_string (value, text != NULL ? text : "");
}

static void
grove_person_item_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  GrovePersonItem *self = GROVE_PERSON_ITEM (object);

  switch (prop_id)
    {
    case PROP_NAME:
      set_string (value, self->name);
      break;
    case PROP_EMAIL:
      set_string (value, self->email);
      break;
    case PROP_GRADE:
      set_string (value, self->grade);
      break;
    case PROP_PROFESSION:
      set_string (value, self->profession);
      break;
    case PROP_LOCATION:
      set_string (value, self->location);
      break;
    case PROP_TEAM:
      set_string (value, self->team);
      break;
    case PROP_MANAGER_NAME:
      set_string (value, self->manager_name);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
grove_person_item_class_init (GrovePersonItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = grove_person_item_finalize;
  object_class->get_property = grove_person_item_get_property;

  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_EMAIL] =
    g_param_spec_string ("email", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_GRADE] =
    g_param_spec_string ("grade", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_PROFESSION] =
    g_param_spec_string ("profession", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_LOCATION] =
    g_param_spec_string ("location", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_TEAM] =
    g_param_spec_string ("team", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_MANAGER_NAME] =
    g_param_spec_string ("manager-name", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
grove_person_item_init (GrovePersonItem *self)
{
}

/**
 * grove_person_item_new:
 * @person: the person to copy
 * @team: (nullable): the name of the person's unit
 * @manager_name: (nullable): the name of the person's line manager
 *
 * Returns: (transfer full): a new item
 */
GrovePersonItem *
grove_person_item_new (const GrovePerson *person,
                       const char        *team,
                       const char        *manager_name)
{
  GrovePersonItem *self;
  g_autoptr(GString) key = g_string_new (NULL);

  g_return_val_if_fail (person != NULL, NULL);

  self = g_object_new (GROVE_TYPE_PERSON_ITEM, NULL);
  self->id = person->id;
  self->name = g_strdup (person->name);
  self->email = g_strdup (person->email);
  self->grade = g_strdup (person->grade);
  self->grade_rank = grove_person_grade_rank (person->grade);
  self->profession = g_strdup (person->profession);
  self->location = g_strdup (person->location);
  self->languages = g_strdupv (person->languages);
  self->start_date = g_strdup (person->start_date);
  self->unit_id = person->unit_id;
  self->team = g_strdup (team);
  self->manager_id = person->manager_id;
  self->manager_name = g_strdup (manager_name);

  append_folded (key, person->name);
  append_folded (key, person->email);
  append_folded (key, person->grade);
  append_folded (key, person->profession);
  append_folded (key, person->location);
  self->search_key = g_string_free (g_steal_pointer (&key), FALSE);

  return self;
}

gint64
grove_person_item_get_id (GrovePersonItem *self)
{
  g_return_val_if_fail (GROVE_IS_PERSON_ITEM (self), 0);

  return self->id;
}

const char *
grove_person_item_get_name (GrovePersonItem *self)
{
  g_return_val_if_fail (GROVE_IS_PERSON_ITEM (self), NULL);

  return self->name;
}

/* The getters below return NULL for what is not known. */

const char *
grove_person_item_get_email (GrovePersonItem *self)
{
  g_return_val_if_fail (GROVE_IS_PERSON_ITEM (self), NULL);

  return self->email;
}

const char *
grove_person_item_get_grade (GrovePersonItem *self)
{
  g_return_val_if_fail (GROVE_IS_PERSON_ITEM (self), NULL);

  return self->grade;
}

/**
 * grove_person_item_get_grade_rank:
 *
 * Returns: the seniority of the grade, as grove_person_grade_rank() gives it
 */
int
grove_person_item_get_grade_rank (GrovePersonItem *self)
{
  g_return_val_if_fail (GROVE_IS_PERSON_ITEM (self), -1);

  return self->grade_rank;
}

const char *
grove_person_item_get_profession (GrovePersonItem *self)
{
  g_return_val_if_fail (GROVE_IS_PERSON_ITEM (self), NULL);

  return self->profession;
}

const char *
grove_person_item_get_location (GrovePersonItem *self)
{
  g_return_val_if_fail (GROVE_IS_PERSON_ITEM (self), NULL);

  return self->location;
}

/**
 * grove_person_item_get_languages:
 *
 * Returns: (transfer none) (nullable) (array zero-terminated=1): the languages
 */
const char * const *
grove_person_item_get_languages (GrovePersonItem *self)
{
  g_return_val_if_fail (GROVE_IS_PERSON_ITEM (self), NULL);

  return (const char * const *) self->languages;
}

/**
 * grove_person_item_get_start_date:
 *
 * Returns: (nullable): the start date, "YYYY-MM-DD"
 */
const char *
grove_person_item_get_start_date (GrovePersonItem *self)
{
  g_return_val_if_fail (GROVE_IS_PERSON_ITEM (self), NULL);

  return self->start_date;
}

gint64
grove_person_item_get_unit_id (GrovePersonItem *self)
{
  g_return_val_if_fail (GROVE_IS_PERSON_ITEM (self), 0);

  return self->unit_id;
}

const char *
grove_person_item_get_team (GrovePersonItem *self)
{
  g_return_val_if_fail (GROVE_IS_PERSON_ITEM (self), NULL);

  return self->team;
}

gint64
grove_person_item_get_manager_id (GrovePersonItem *self)
{
  g_return_val_if_fail (GROVE_IS_PERSON_ITEM (self), 0);

  return self->manager_id;
}

const char *
grove_person_item_get_manager_name (GrovePersonItem *self)
{
  g_return_val_if_fail (GROVE_IS_PERSON_ITEM (self), NULL);

  return self->manager_name;
}

/**
 * grove_person_item_matches:
 * @folded_text: what was searched for, already passed through g_utf8_casefold()
 *
 * Returns: whether the name, email, grade, profession or location contains
 *   @folded_text, ignoring case
 */
gboolean
grove_person_item_matches (GrovePersonItem *self,
                           const char      *folded_text)
{
  g_return_val_if_fail (GROVE_IS_PERSON_ITEM (self), FALSE);

  return folded_text == NULL || strstr (self->search_key, folded_text) != NULL;
}
