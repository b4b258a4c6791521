/* grove-coaching.h: the coaching pool, requests, exclusions and matching runs
 *
 * Relationships that a run starts, and their sessions, are in
 * grove-relationship.h.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "grove-matching.h"
#include "grove-store.h"

G_BEGIN_DECLS

/* Stored: never renumber. */
typedef enum {
  GROVE_REQUEST_WAITING = 0,
  GROVE_REQUEST_MATCHED = 1,
  GROVE_REQUEST_CLOSED  = 2,
} GroveRequestStatus;

/* The default programme every database starts with. */
#define GROVE_PROGRAMME_DEFAULT 1

/* Half-days in the availability masks: Monday morning is bit 0, Sunday
 * afternoon bit 13. */
#define GROVE_AVAILABILITY_HALF_DAYS 14

typedef struct {
  gint64    id;                /* 0 until stored */
  gint64    person_id;
  char     *name;              /* the person's; filled in when read */
  char     *location;          /* the person's; filled in when read */
  GStrv     languages;         /* the person's; filled in when read */
  guint     roles;             /* GroveMatchRole */
  guint     capacity;          /* relationships at once */
  guint     used;              /* active and paused relationships; filled in when read */
  GStrv     specialisms;       /* may be NULL */
  char     *accreditation;     /* may be NULL */
  double    supervision_hours; /* supervision and CPD, this year */
  guint32   availability;      /* bit i: half-day i, Monday morning first */
  char     *availability_note; /* may be NULL */
  gboolean  remote;
  gboolean  in_person;
  gboolean  active;
  GArray   *locks;             /* (element-type gint64) requests locked to it; filled in when removed */
} GroveCoach;

typedef struct {
  gint64              id;              /* 0 until stored */
  gint64              person_id;
  char               *name;            /* filled in when read */
  gint64              programme_id;    /* 0: the default programme */
  GroveMatchKind      kind;
  char               *goals;           /* may be NULL */
  GStrv               wanted;          /* specialisms; may be NULL */
  GStrv               languages;       /* the coach must speak these; may be NULL */
  char               *requested;       /* YYYY-MM-DD */
  GroveRequestStatus  status;
  gboolean            wants_previous;  /* may be paired again with an earlier coach */
  gboolean            remote;
  guint32             availability;
  gboolean            front;           /* back after a poor fit: first in the list */
  GroveMatchReason    unmatched_reason;
  gint64              unmatched_run;   /* 0 when never left waiting by a run */
  gint64              locked_coach;    /* filled in when withdrawn; 0 for none */
} GroveCoachingRequest;

typedef struct {
  gint64  coachee_id;                  /* people */
  gint64  coach_id;
  char   *coachee;                     /* names */
  char   *coach;
  char   *reason;                      /* may be NULL */
} GroveExclusion;

typedef struct {
  gint64  id;                          /* 0 until stored */
  char   *name;
  guint   weights[GROVE_MATCH_N_CRITERIA];
  guint   min_score;                   /* 0 to GROVE_MATCH_SCALE */
} GroveProgramme;

typedef struct {
  gint64            request_id;
  gint64            coach_id;
  char             *coachee;           /* names */
  char             *coach;
  guint             rank;              /* choice mode: 0 to 2, best first; otherwise 0 */
  guint             score;             /* weighted, 0 to GROVE_MATCH_SCALE */
  guint16           criteria[GROVE_MATCH_N_CRITERIA];
  gboolean          locked;
} GroveProposal;

typedef struct {
  gint64            request_id;
  char             *coachee;
  GroveMatchReason  reason;
} GroveUnmatched;

typedef struct {
  gint64          id;                  /* the run, as stored */
  GroveMatchMode  mode;
  GPtrArray      *proposals;           /* (element-type GroveProposal); choice mode: up to 3 per request */
  GPtrArray      *unmatched;           /* (element-type GroveUnmatched) */
  guint64         total_score;
  guint64         eligible_pairs;
} GroveMatchRun;

GroveCoach           *grove_coach_new              (gint64          person_id,
                                                    guint           roles,
                                                    guint           capacity);
void                  grove_coach_free             (GroveCoach     *coach);
GroveCoachingRequest *grove_coaching_request_new   (gint64          person_id,
                                                    GroveMatchKind  kind,
                                                    const char     *requested);
void                  grove_coaching_request_free  (GroveCoachingRequest *request);
GroveProgramme       *grove_programme_new          (const char     *name);
void                  grove_programme_free         (GroveProgramme *programme);
void                  grove_programme_restore_weights (GroveProgramme *programme);
void                  grove_match_run_free         (GroveMatchRun  *run);
void                  grove_exclusion_free         (GroveExclusion *exclusion);

const char           *grove_request_status_to_string (GroveRequestStatus status);
const char           *grove_request_status_label     (GroveRequestStatus status);

/* The pool. */
gint64      grove_coaching_add_coach        (GroveStore            *store,
                                             GroveCoach            *coach,
                                             GError               **error);
gboolean    grove_coaching_set_coach_active (GroveStore            *store,
                                             gint64                 coach_id,
                                             gboolean               active,
                                             GError               **error);
GPtrArray  *grove_coaching_list_coaches     (GroveStore            *store,
                                             GError               **error);

/* Adds (id 0) or edits a member of the pool, with the person's location
 * and languages as given. */
gint64      grove_coaching_save_coach       (GroveStore            *store,
                                             GroveCoach            *coach,
                                             GError               **error);
/* Takes a coach out of the pool and returns it as it was, for
 * grove_coaching_restore_coach(); one with relationships stays. */
GroveCoach *grove_coaching_remove_coach     (GroveStore            *store,
                                             gint64                 coach_id,
                                             GError               **error);
gboolean    grove_coaching_restore_coach    (GroveStore            *store,
                                             const GroveCoach      *coach,
                                             GError               **error);

/* Requests, in waiting-list order. */
gint64      grove_coaching_add_request      (GroveStore            *store,
                                             GroveCoachingRequest  *request,
                                             GError               **error);
GPtrArray  *grove_coaching_list_requests    (GroveStore            *store,
                                             gboolean               waiting_only,
                                             GError               **error);

/* Takes a waiting request off the list and returns it as it was, for
 * grove_coaching_restore_request(). */
GroveCoachingRequest *grove_coaching_withdraw_request (GroveStore   *store,
                                             gint64                 request_id,
                                             GError               **error);
gboolean    grove_coaching_restore_request  (GroveStore            *store,
                                             const GroveCoachingRequest *request,
                                             GError               **error);

/* Rules and weights. */
gboolean    grove_coaching_add_exclusion    (GroveStore            *store,
                                             gint64                 coachee_person,
                                             gint64                 coach_person,
                                             const char            *reason,
                                             GError               **error);
gint64      grove_coaching_add_programme    (GroveStore            *store,
                                             GroveProgramme        *programme,
                                             GError               **error);
/* By the coachee's name, then the coach's. */
GPtrArray  *grove_coaching_list_exclusions  (GroveStore            *store,
                                             GError               **error);
gboolean    grove_coaching_remove_exclusion (GroveStore            *store,
                                             gint64                 coachee_person,
                                             gint64                 coach_person,
                                             GError               **error);
GroveProgramme *grove_coaching_get_programme (GroveStore           *store,
                                             gint64                 id,
                                             GError               **error);
GPtrArray  *grove_coaching_list_programmes  (GroveStore            *store,
                                             GError               **error);
gboolean    grove_coaching_set_programme    (GroveStore            *store,
                                             const GroveProgramme  *programme,
                                             GError               **error);
gboolean    grove_coaching_lock             (GroveStore            *store,
                                             gint64                 request_id,
                                             gint64                 coach_id,
                                             GError               **error);
gboolean    grove_coaching_unlock           (GroveStore            *store,
                                             gint64                 request_id,
                                             GError               **error);

/* Matching over the waiting list (of one programme, or all for 0); the run
 * and its proposals are stored and the requests left waiting get their
 * reason. */
GroveMatchRun *grove_coaching_match         (GroveStore            *store,
                                             gint64                 programme_id,
                                             GroveMatchMode         mode,
                                             GError               **error);
/* Starts the relationship of a proposal of the run; @coach_id 0 takes the
 * run's (first) proposal for the request. Returns the relationship's id. */
gint64      grove_coaching_accept           (GroveStore            *store,
                                             gint64                 run_id,
                                             gint64                 request_id,
                                             gint64                 coach_id,
                                             const char            *date,
                                             GError               **error);
/* Starts every proposal of the run, all or none. */
gboolean    grove_coaching_accept_all       (GroveStore            *store,
                                             const GroveMatchRun   *run,
                                             const char            *date,
                                             guint                 *n_started,
                                             GError               **error);
/* Refuses a proposal: the pair is excluded from later runs. */
gboolean    grove_coaching_reject           (GroveStore            *store,
                                             gint64                 run_id,
                                             gint64                 request_id,
                                             gint64                 coach_id,
                                             GError               **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GroveCoach, grove_coach_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GroveCoachingRequest, grove_coaching_request_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GroveProgramme, grove_programme_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GroveMatchRun, grove_match_run_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GroveExclusion, grove_exclusion_free)

G_END_DECLS
