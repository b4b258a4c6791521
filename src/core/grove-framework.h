/* grove-framework.h: learning-culture frameworks (conditions, statements, scale)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "grove-store.h"

G_BEGIN_DECLS

#define GROVE_FRAMEWORK_ERROR (grove_framework_error_quark ())

typedef enum {
  GROVE_FRAMEWORK_ERROR_IO,        /* the file could not be read */
  GROVE_FRAMEWORK_ERROR_PARSE,     /* not well-formed XML, or forbidden XML (DTD, entities) */
  GROVE_FRAMEWORK_ERROR_INVALID,   /* well-formed, but not what framework.rng allows */
  GROVE_FRAMEWORK_ERROR_EXISTS,    /* a framework with that id is already stored */
  GROVE_FRAMEWORK_ERROR_TOO_LARGE, /* the file is larger than any framework needs to be */
} GroveFrameworkError;

/* The id of the framework that ships with Grove and is put into every new
 * database. */
#define GROVE_FRAMEWORK_BUILTIN_KEY "civil-service-learning-culture"

typedef struct {
  gint64  id;      /* 0 until stored */
  char   *key;     /* stable id from the XML, unique within its condition */
  char   *text;
} GroveFrameworkStatement;

typedef struct {
  gint64     id;          /* 0 until stored */
  char      *key;         /* stable id from the XML, unique within the framework */
  char      *title;
  char      *description; /* may be NULL */
  GPtrArray *statements;  /* (element-type GroveFrameworkStatement), in order */
} GroveFrameworkCondition;

typedef struct {
  int   value;
  char *label;
} GroveFrameworkScalePoint;

/* A framework as read from XML or from the database. Plain data: reading it
 * needs no store. */
typedef struct {
  gint64     id;                 /* 0 until stored */
  char      *key;                /* e.g. GROVE_FRAMEWORK_BUILTIN_KEY */
  char      *title;
  char      *description;        /* may be NULL */
  char      *version;            /* may be NULL */
  char      *source;             /* where it came from (file name), may be NULL */
  gboolean   builtin;
  GPtrArray *scale;              /* (element-type GroveFrameworkScalePoint), ascending */
  char      *not_observed_label; /* label of the "not observed" answer */
  GPtrArray *conditions;         /* (element-type GroveFrameworkCondition), in order;
                                  * empty in the summaries of grove_framework_list() */
  GHashTable *translations;      /* language → (path → text); see "Translations" below */
} GroveFramework;

GQuark          grove_framework_error_quark      (void);

void            grove_framework_free             (GroveFramework *framework);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GroveFramework, grove_framework_free)

GroveFramework *grove_framework_load_file        (const char   *path,
                                                  GError      **error);
GroveFramework *grove_framework_load_bytes       (GBytes       *xml,
                                                  const char   *display_name,
                                                  GError      **error);
GroveFramework *grove_framework_load_builtin     (GError      **error);

guint           grove_framework_count_statements (const GroveFramework *framework);
int             grove_framework_scale_min        (const GroveFramework *framework);
int             grove_framework_scale_max        (const GroveFramework *framework);
const char     *grove_framework_scale_label      (const GroveFramework *framework,
                                                  int                   value);

/* Translations. The text above is English; a framework file may carry
 * each text again in other languages (xml:lang="cy"). A text is named by a
 * path: "title", "description", "not-observed", "point/3",
 * "condition/KEY/title", "condition/KEY/description" and
 * "statement/CONDITION-KEY/STATEMENT-KEY". Languages are spelt as gettext
 * spells them ("cy", "cy_GB"). */
char          **grove_framework_dup_languages    (const GroveFramework *framework);
const char     *grove_framework_get_text         (const GroveFramework *framework,
                                                  const char           *path,
                                                  const char           *language);
const char     *grove_framework_pick_language    (const GroveFramework *framework,
                                                  const char * const   *languages);
void            grove_framework_localize         (GroveFramework       *framework,
                                                  const char * const   *languages);

/* Storage. */
gint64          grove_framework_import           (GroveStore     *store,
                                                  GroveFramework *framework,
                                                  GError        **error);
GPtrArray      *grove_framework_list             (GroveStore     *store,
                                                  GError        **error);
GroveFramework *grove_framework_get              (GroveStore     *store,
                                                  gint64          id,
                                                  GError        **error);
GroveFramework *grove_framework_get_by_key       (GroveStore     *store,
                                                  const char     *key,
                                                  GError        **error);

G_END_DECLS
