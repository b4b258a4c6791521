/* grove-person.c: someone in the organisation
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "grove-person.h"

/* Delegated grades, then the Senior Civil Service. Mentoring (a more senior
 * mentor) and the demo data (grades fall down the line) rely on this order. */
static const char * const grades[] = {
  "AA", "AO", "EO", "HEO", "SEO", "Grade 7", "Grade 6", "SCS1", "SCS2", "SCS3", "SCS4",
};

/**
 * grove_person_new:
 * @name: the person's full name
 *
 * Returns: (transfer full): a person that is not stored yet
 */
GrovePerson *
grove_person_new (const char *name)
{
  GrovePerson *person = g_new0 (GrovePerson, 1);

  person->name = g_strdup (name);
  return person;
}

/**
 * grove_person_copy:
 *
 * Returns: (transfer full): a deep copy of @person
 */
GrovePerson *
grove_person_copy (const GrovePerson *person)
{
  GrovePerson *copy;

  g_return_val_if_fail (person != NULL, NULL);

  copy = g_memdup2 (person, sizeof *person);
  copy->name = g_strdup (person->name);
  copy->email = g_strdup (person->email);
  copy->grade = g_strdup (person->grade);
  copy->profession = g_strdup (person->profession);
  copy->location = g_strdup (person->location);
  copy->languages = g_strdupv (person->languages);
  copy->start_date = g_strdup (person->start_date);
  return copy;
}

void
grove_person_free (GrovePerson *person)
{
  if (person == NULL)
    return;
  g_free (person->name);
  g_free (person->email);
  g_free (person->grade);
  g_free (person->profession);
  g_free (person->location);
  g_strfreev (person->languages);
  g_free (person->start_date);
  g_free (person);
}

gboolean
grove_person_has_language (const GrovePerson *person,
                           const char        *language)
{
  g_return_val_if_fail (person != NULL, FALSE);
  g_return_val_if_fail (language != NULL, FALSE);

  for (guint i = 0; person->languages != NULL && person->languages[i] != NULL; i++)
    if (g_ascii_strcasecmp (person->languages[i], language) == 0)
      return TRUE;
  return FALSE;
}

gboolean
grove_person_date_is_valid (const char *date)
{
  guint year, month, day;

  if (date == NULL)
    return TRUE;
  /* Only the one spelling, so that dates compare and sort as text. */
  if (strlen (date) != 10 || date[4] != '-' || date[7] != '-')
    return FALSE;
  for (guint i = 0; i < 10; i++)
    if (i != 4 && i != 7 && !g_ascii_isdigit (date[i]))
      return FALSE;

  year = (guint) g_ascii_strtoull (date, NULL, 10);
  month = (guint) g_ascii_strtoull (date + 5, NULL, 10);
  day = (guint) g_ascii_strtoull (date + 8, NULL, 10);
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 &&
         g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year);
}

int
grove_person_grade_rank (const char *grade)
{
  if (grade == NULL)
    return -1;
  for (guint i = 0; i < G_N_ELEMENTS (grades); i++)
    if (g_ascii_strcasecmp (grades[i], grade) == 0)
      return (int) i;
  return -1;
}
