/* grove-person.h: someone in the organisation
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Plain data, read and written through grove-org.h. Strings may be NULL
 * where noted; an empty string is stored as NULL. */
typedef struct {
  gint64    id;         /* 0 until stored */
  char     *name;
  char     *email;      /* may be NULL; unique, ignoring case */
  gint64    unit_id;    /* a team or directorate; 0 for none yet */
  gint64    manager_id; /* 0 for none (the head of the organisation) */
  char     *grade;      /* e.g. "HEO", "Grade 7"; may be NULL */
  char     *profession; /* may be NULL */
  char     *location;   /* may be NULL */
  GStrv     languages;  /* (array zero-terminated=1); may be NULL; stored sorted */
  char     *start_date; /* ISO 8601 calendar date "YYYY-MM-DD", or NULL */
  gboolean  archived;   /* has left; kept for the history that refers to them */
} GrovePerson;

GrovePerson *grove_person_new          (const char        *name);
GrovePerson *grove_person_copy         (const GrovePerson *person);
void         grove_person_free         (GrovePerson       *person);

gboolean     grove_person_has_language (const GrovePerson *person,
                                        const char        *language);

/* TRUE for NULL or a real calendar date written "YYYY-MM-DD". */
gboolean     grove_person_date_is_valid (const char       *date);

/* Grades of the Civil Service from the most junior, for comparing
 * seniority; -1 for a grade Grove does not know. */
int          grove_person_grade_rank   (const char        *grade);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GrovePerson, grove_person_free)

G_END_DECLS
