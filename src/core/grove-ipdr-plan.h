/* grove-ipdr-plan.h: an IPDR's development plan: needs, and the activities
 * that meet them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "grove-store.h"

G_BEGIN_DECLS

/* Stored in the database: never renumber any of these. */
typedef enum {
  GROVE_NEED_PRIORITY_LOW    = 0,
  GROVE_NEED_PRIORITY_MEDIUM = 1,
  GROVE_NEED_PRIORITY_HIGH   = 2,
} GroveNeedPriority;

/* Where the need was found. */
typedef enum {
  GROVE_NEED_SOURCE_IPDR         = 0, /* the IPDR conversation */
  GROVE_NEED_SOURCE_WPA          = 1, /* workplace assessment of day-to-day work */
  GROVE_NEED_SOURCE_SKILLS_AUDIT = 2,
} GroveNeedSource;

/* The learning methods of a blended approach, as in the West Midlands Fire
 * Service's organisational learning and development framework. */
typedef enum {
  GROVE_LEARNING_INFORMAL             = 0, /* on the job: observing, being helped, feedback */
  GROVE_LEARNING_FORMAL               = 1, /* courses, education and qualifications */
  GROVE_LEARNING_SECONDMENT_SHADOWING = 2,
  GROVE_LEARNING_OUTDOOR              = 3,
  GROVE_LEARNING_E_LEARNING           = 4, /* and distance learning */
  GROVE_LEARNING_COACHING             = 5,
  GROVE_LEARNING_MENTORING            = 6,
} GroveLearningMethod;

#define GROVE_LEARNING_N_METHODS 7

typedef enum {
  GROVE_ACTIVITY_PLANNED     = 0,
  GROVE_ACTIVITY_IN_PROGRESS = 1,
  GROVE_ACTIVITY_COMPLETED   = 2,
  GROVE_ACTIVITY_CANCELLED   = 3,
} GroveActivityStatus;

typedef struct {
  gint64             id;           /* 0 until stored */
  gint64             ipdr_id;
  char              *capability;   /* what is to be developed, e.g. "Data analysis" */
  char              *description;  /* may be NULL */
  GroveNeedPriority  priority;
  GroveNeedSource    source;
  gint64             condition_id; /* a framework condition, or 0 */
} GroveNeed;

typedef struct {
  gint64               id;           /* 0 until stored */
  gint64               need_id;
  GroveLearningMethod  method;
  char                *title;
  char                *provider;     /* may be NULL */
  char                *due;          /* may be NULL */
  GroveActivityStatus  status;
  double               hours;        /* 0 when not recorded */
  char                *completed;    /* the date, set exactly when completed */
  /* The evaluation, after completion. */
  int                  rating;       /* 1 to 5; 0 before the evaluation */
  char                *what_changed; /* what changed in the work; may be NULL */
} GroveActivity;

GroveNeed     *grove_need_new               (const char          *capability);
void           grove_need_free              (GroveNeed           *need);
GroveActivity *grove_activity_new           (GroveLearningMethod  method,
                                             const char          *title);
void           grove_activity_free          (GroveActivity       *activity);

/* Stable untranslated names ("secondment-shadowing") and labels. */
const char    *grove_learning_method_to_string   (GroveLearningMethod method);
const char    *grove_learning_method_label       (GroveLearningMethod method);
gboolean       grove_learning_method_from_string (const char         *text,
                                                  GroveLearningMethod *method);
const char    *grove_need_priority_label    (GroveNeedPriority    priority);
const char    *grove_need_source_label      (GroveNeedSource      source);
const char    *grove_activity_status_label  (GroveActivityStatus  status);

gint64         grove_ipdr_add_need          (GroveStore          *store,
                                             gint64               ipdr_id,
                                             const GroveNeed     *need,
                                             GError             **error);
gboolean       grove_ipdr_update_need       (GroveStore          *store,
                                             const GroveNeed     *need,
                                             GError             **error);
gint64         grove_ipdr_restore_need      (GroveStore          *store,
                                             const GroveNeed     *need,
                                             GPtrArray           *activities,
                                             GError             **error);
gboolean       grove_ipdr_delete_need       (GroveStore          *store,
                                             gint64               need_id,
                                             GError             **error);
GPtrArray     *grove_ipdr_list_needs        (GroveStore          *store,
                                             gint64               ipdr_id,
                                             GError             **error);

gint64         grove_ipdr_add_activity      (GroveStore          *store,
                                             gint64               need_id,
                                             const GroveActivity *activity,
                                             GError             **error);
gboolean       grove_ipdr_update_activity   (GroveStore          *store,
                                             const GroveActivity *activity,
                                             GError             **error);
gboolean       grove_ipdr_complete_activity (GroveStore          *store,
                                             gint64               activity_id,
                                             const char          *date,
                                             double               hours,
                                             GError             **error);
gboolean       grove_ipdr_evaluate_activity (GroveStore          *store,
                                             gint64               activity_id,
                                             int                  rating,
                                             const char          *what_changed,
                                             GError             **error);
gboolean       grove_ipdr_delete_activity   (GroveStore          *store,
                                             gint64               activity_id,
                                             GError             **error);
GPtrArray     *grove_ipdr_list_activities   (GroveStore          *store,
                                             gint64               ipdr_id,
                                             GError             **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GroveNeed, grove_need_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GroveActivity, grove_activity_free)

G_END_DECLS
