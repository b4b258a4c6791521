/* grove-ipdr-objective.h: an IPDR's objectives, the SMART check and the
 * at-risk rule
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "grove-store.h"

G_BEGIN_DECLS

/* Stored in the database: never renumber. */
typedef enum {
  GROVE_OBJECTIVE_NOT_STARTED  = 0,
  GROVE_OBJECTIVE_IN_PROGRESS  = 1,
  GROVE_OBJECTIVE_ACHIEVED     = 2,
  GROVE_OBJECTIVE_NOT_ACHIEVED = 3,
  GROVE_OBJECTIVE_DROPPED      = 4,
} GroveObjectiveStatus;

#define GROVE_OBJECTIVE_N_STATUSES 5

/* An objective is at risk when its progress is more than this many points
 * behind the straight line from the period's start (0 %) to its due date
 * (100 %); see grove_objective_is_at_risk(). */
#define GROVE_OBJECTIVE_AT_RISK_MARGIN 15

/* Objectives falling due within this many days are "due" on an agenda. */
#define GROVE_OBJECTIVE_DUE_SOON_DAYS 30

typedef struct {
  gint64                id;                /* 0 until stored */
  gint64                ipdr_id;
  char                 *title;
  char                 *description;       /* may be NULL */
  char                 *measure;           /* how success is measured; may be NULL */
  char                 *due;               /* "YYYY-MM-DD" or NULL */
  GroveObjectiveStatus  status;
  guint                 progress;          /* 0 to 100 */
  gint64                condition_id;      /* a framework condition, or 0 */
  gint64                plan_objective_id; /* the team objective it supports, or 0 */
  gint64                template_id;       /* the template it was copied from, or 0 */
} GroveObjective;

/* What the SMART check can point out. */
typedef enum {
  GROVE_SMART_NO_MEASURE,         /* nothing says how success is measured */
  GROVE_SMART_NO_DUE_DATE,        /* not time-bound */
  GROVE_SMART_DUE_OUTSIDE_PERIOD, /* due before the period starts or after it ends */
  GROVE_SMART_VAGUE_VERB,         /* "improve", "support"… with no measure */
} GroveSmartIssue;

typedef struct {
  GroveSmartIssue  issue;
  char            *advice;  /* a sentence for the manager, translated */
} GroveSmartAdvice;

GroveObjective *grove_objective_new           (const char            *title);
GroveObjective *grove_objective_copy          (const GroveObjective  *objective);
void            grove_objective_free          (GroveObjective        *objective);
void            grove_smart_advice_free       (GroveSmartAdvice      *advice);

const char     *grove_objective_status_to_string (GroveObjectiveStatus status);
const char     *grove_objective_status_label  (GroveObjectiveStatus   status);
/* Achieved, not achieved and dropped objectives are no longer open. */
gboolean        grove_objective_is_open       (const GroveObjective  *objective);

GPtrArray      *grove_objective_check_smart   (const GroveObjective  *objective,
                                               const char            *period_start,
                                               const char            *period_end);
double          grove_objective_expected_progress (const GroveObjective *objective,
                                                   const char         *period_start,
                                                   const char         *today);
gboolean        grove_objective_is_at_risk    (const GroveObjective  *objective,
                                               const char            *period_start,
                                               const char            *today);
gboolean        grove_objective_is_overdue    (const GroveObjective  *objective,
                                               const char            *today);

gint64          grove_ipdr_add_objective      (GroveStore            *store,
                                               gint64                 ipdr_id,
                                               const GroveObjective  *objective,
                                               GError               **error);
gboolean        grove_ipdr_update_objective   (GroveStore            *store,
                                               const GroveObjective  *objective,
                                               GError               **error);
gboolean        grove_ipdr_set_objective_progress (GroveStore         *store,
                                                   gint64              objective_id,
                                                   GroveObjectiveStatus status,
                                                   guint               progress,
                                                   GError            **error);
gboolean        grove_ipdr_delete_objective   (GroveStore            *store,
                                               gint64                 objective_id,
                                               GError               **error);
gint64          grove_ipdr_restore_objective  (GroveStore            *store,
                                               const GroveObjective  *objective,
                                               const gint64          *note_ids,
                                               guint                  n_notes,
                                               GError               **error);
GroveObjective *grove_ipdr_get_objective      (GroveStore            *store,
                                               gint64                 objective_id,
                                               GError               **error);
GPtrArray      *grove_ipdr_list_objectives    (GroveStore            *store,
                                               gint64                 ipdr_id,
                                               GError               **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GroveObjective, grove_objective_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GroveSmartAdvice, grove_smart_advice_free)

G_END_DECLS
