/* grove-relationship.h: coaching and mentoring relationships, their
 * sessions, fit check, review and close, and the roll-ups of hours
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "grove-coaching.h"

G_BEGIN_DECLS

/* Stored: never renumber. Active and paused relationships take a seat. */
typedef enum {
  GROVE_RELATIONSHIP_ACTIVE = 0,
  GROVE_RELATIONSHIP_PAUSED = 1,
  GROVE_RELATIONSHIP_CLOSED = 2,
} GroveRelationshipStatus;

/* Stored: never renumber. */
typedef enum {
  GROVE_FIT_UNCHECKED = 0,
  GROVE_FIT_GOOD      = 1,
  GROVE_FIT_POOR      = 2,
} GroveFit;

/* The best rating a closed relationship can be given. */
#define GROVE_RELATIONSHIP_RATING_MAX 5

typedef struct {
  gint64                   id;
  gint64                   request_id;
  gint64                   coach_id;
  gint64                   programme_id;
  char                    *coachee;      /* names */
  char                    *coach;
  GroveMatchKind           kind;
  char                    *started;      /* YYYY-MM-DD */
  char                    *ended;        /* NULL unless closed */
  GroveRelationshipStatus  status;
  GroveFit                 fit;
  char                    *review;       /* may be NULL */
  char                    *reviewed;     /* YYYY-MM-DD or NULL */
  guint                    rating;       /* 1 to 5; 0 for none */
  char                    *outcome;      /* against the goals; may be NULL */
  guint                    sessions;
  guint                    minutes;      /* of all its sessions */
} GroveRelationship;

typedef struct {
  gint64  id;
  char   *held;      /* YYYY-MM-DD */
  guint   minutes;
  char   *notes;     /* may be NULL */
} GroveCoachingSession;

/* Who the figures of a roll-up are grouped by. */
typedef enum {
  GROVE_COACHING_BY_COACH     = 0,
  GROVE_COACHING_BY_TEAM      = 1, /* the coachee's team */
  GROVE_COACHING_BY_PROGRAMME = 2,
} GroveCoachingGrouping;

typedef struct {
  gint64  id;              /* the coach, unit or programme */
  char   *name;
  guint   relationships;   /* of any status */
  guint   active;          /* active or paused */
  guint   sessions;
  guint   minutes;
} GroveCoachingTotal;

void        grove_relationship_free           (GroveRelationship     *relationship);
void        grove_coaching_session_free       (GroveCoachingSession  *session);
void        grove_coaching_total_free         (GroveCoachingTotal    *total);
const char *grove_relationship_status_to_string (GroveRelationshipStatus status);
const char *grove_relationship_status_label     (GroveRelationshipStatus status);

/* Newest first; @coach_id 0 for every coach, @status_max CLOSED for all or
 * PAUSED for the current ones. */
GPtrArray  *grove_relationship_list           (GroveStore            *store,
                                               gint64                 coach_id,
                                               GroveRelationshipStatus status_max,
                                               GError               **error);
GroveRelationship *grove_relationship_get     (GroveStore            *store,
                                               gint64                 id,
                                               GError               **error);
gint64      grove_relationship_log_session    (GroveStore            *store,
                                               gint64                 relationship_id,
                                               const char            *held,
                                               guint                  minutes,
                                               const char            *notes,
                                               GError               **error);
GPtrArray  *grove_relationship_list_sessions  (GroveStore            *store,
                                               gint64                 relationship_id,
                                               GError               **error);
/* After the first session. A poor fit closes the relationship and puts the
 * request back at the front of the waiting list, away from this coach. */
gboolean    grove_relationship_check_fit      (GroveStore            *store,
                                               gint64                 relationship_id,
                                               GroveFit               fit,
                                               const char            *date,
                                               GError               **error);
gboolean    grove_relationship_set_paused     (GroveStore            *store,
                                               gint64                 relationship_id,
                                               gboolean               paused,
                                               GError               **error);
gboolean    grove_relationship_review         (GroveStore            *store,
                                               gint64                 relationship_id,
                                               const char            *date,
                                               const char            *review,
                                               GError               **error);
/* Ends it with an evaluation, freeing the coach's seat and closing the
 * request. */
gboolean    grove_relationship_close          (GroveStore            *store,
                                               gint64                 relationship_id,
                                               const char            *date,
                                               guint                  rating,
                                               const char            *outcome,
                                               GError               **error);
GPtrArray  *grove_relationship_totals         (GroveStore            *store,
                                               GroveCoachingGrouping  by,
                                               GError               **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GroveRelationship, grove_relationship_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GroveCoachingSession, grove_coaching_session_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GroveCoachingTotal, grove_coaching_total_free)

G_END_DECLS
