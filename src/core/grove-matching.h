/* grove-matching.h: matching coachees and mentees to coaches and mentors
 *
 * The engine works on plain arrays and knows nothing of the database:
 * grove-coaching.h loads an instance from the store and saves the result.
 * Everything here is deterministic: the same instance gives the same result.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define GROVE_MATCHING_ERROR (grove_matching_error_quark ())

typedef enum {
  GROVE_MATCHING_ERROR_INVALID, /* an index out of range, a lock that breaks a rule */
  GROVE_MATCHING_ERROR_TOO_BIG, /* the instance is too large for exact integer costs */
} GroveMatchingError;

/* Scores are integers from 0 to GROVE_MATCH_SCALE, so that totals add up
 * exactly and "equal score" means equal. */
#define GROVE_MATCH_SCALE 10000

/* The soft criteria. The values are stored in the database: never renumber. */
typedef enum {
  GROVE_MATCH_SPECIALISM   = 0, /* the coach's specialisms cover what the request wants */
  GROVE_MATCH_PROFESSION   = 1, /* mentoring only: the same profession */
  GROVE_MATCH_SENIORITY    = 2, /* mentoring only: the mentor's grade is more senior */
  GROVE_MATCH_DIRECTORATE  = 3, /* a different directorate */
  GROVE_MATCH_LOCATION     = 4, /* the same location, or both can meet remotely */
  GROVE_MATCH_AVAILABILITY = 5, /* shared half-days in the week */
  GROVE_MATCH_N_CRITERIA
} GroveMatchCriterion;

typedef enum {
  GROVE_MATCH_ROLE_COACH  = 1 << 0,
  GROVE_MATCH_ROLE_MENTOR = 1 << 1,
  GROVE_MATCH_ROLE_BOTH   = GROVE_MATCH_ROLE_COACH | GROVE_MATCH_ROLE_MENTOR,
} GroveMatchRole;

/* Stored in the database: never renumber. */
typedef enum {
  GROVE_MATCH_COACHING  = 0,
  GROVE_MATCH_MENTORING = 1,
} GroveMatchKind;

/* Why a request was left waiting, most fundamental first. Stored: never
 * renumber. */
typedef enum {
  GROVE_MATCH_REASON_NONE          = 0, /* matched */
  GROVE_MATCH_REASON_NO_COACH      = 1, /* no active coach (or mentor) besides the person themselves */
  GROVE_MATCH_REASON_LANGUAGE      = 2, /* none of them speaks the languages the request needs */
  GROVE_MATCH_REASON_RULES         = 3, /* each is in the reporting line, excluded, or an earlier coach */
  GROVE_MATCH_REASON_BELOW_MINIMUM = 4, /* every eligible pair scores below the programme's minimum */
  GROVE_MATCH_REASON_ALL_FULL      = 5, /* every acceptable coach's seats went to other requests */
} GroveMatchReason;

typedef enum {
  GROVE_MATCH_MODE_OPTIMAL = 0, /* most requests, then the highest total score */
  GROVE_MATCH_MODE_STABLE  = 1, /* no request and coach would both rather have each other */
  GROVE_MATCH_MODE_CHOICE  = 2, /* the best few coaches for each request, to choose from */
} GroveMatchMode;

typedef struct {
  guint weights[GROVE_MATCH_N_CRITERIA]; /* each 0 to 100 */
  guint min_score;                       /* 0 to GROVE_MATCH_SCALE; pairs below are never proposed */
} GroveMatchProgramme;

/* What coaches and requests both describe about a person. Interned ids are
 * the caller's (small integers for strings); -1 or 0 where noted means
 * unknown. */
typedef struct {
  gint64         person;        /* for the rule "never self" */
  guint32        line_enter;    /* the person's interval in the reporting lines, */
  guint32        line_leave;    /*   from grove_matching_number_lines() */
  gint32         profession;    /* -1: unknown */
  int            grade_rank;    /* grove_person_grade_rank(); -1: unknown */
  gint64         directorate;   /* 0: unknown */
  gint32         location;      /* -1: unknown */
  gboolean       remote;        /* happy to meet remotely */
  guint32        availability;  /* bit i: half-day i of the week is free; 0: not given */
} GroveMatchPerson;

typedef struct {
  gint64            id;            /* the caller's, reported back */
  GroveMatchPerson  who;
  guint             roles;         /* GroveMatchRole */
  guint             capacity;      /* free seats for this run */
  gboolean          active;
  const guint32    *specialisms;   /* sorted ascending */
  guint             n_specialisms;
  const guint32    *languages;     /* sorted ascending */
  guint             n_languages;
} GroveMatchCoach;

typedef struct {
  gint64            id;
  GroveMatchPerson  who;
  GroveMatchKind    kind;
  guint             programme;     /* index into the instance's programmes */
  guint             priority;      /* place in the waiting list: 0 first; ties favour the lower */
  const guint32    *wanted;        /* specialisms wanted, sorted ascending */
  guint             n_wanted;
  const guint32    *languages;     /* languages the coach must speak, sorted ascending */
  guint             n_languages;
  const gint64     *avoid;         /* coaches' person ids never to pair with (exclusions,
                                    * earlier coaches), sorted ascending */
  guint             n_avoid;
} GroveMatchRequest;

typedef struct {
  guint request; /* index */
  guint coach;   /* index */
} GroveMatchLock;

typedef struct {
  const GroveMatchCoach     *coaches;
  guint                      n_coaches;
  const GroveMatchRequest   *requests;
  guint                      n_requests;
  const GroveMatchProgramme *programmes;
  guint                      n_programmes;
  const GroveMatchLock      *locks;     /* kept as they are; each takes a seat */
  guint                      n_locks;
} GroveMatchInstance;

typedef struct {
  guint    request;                            /* index */
  guint    coach;                              /* index */
  guint    score;                              /* weighted, 0 to GROVE_MATCH_SCALE */
  guint16  criteria[GROVE_MATCH_N_CRITERIA];   /* each unweighted, 0 to GROVE_MATCH_SCALE */
  gboolean locked;
} GroveMatchPair;

typedef struct {
  GroveMatchPair   *pairs;          /* by request index */
  guint             n_pairs;
  GroveMatchReason *reasons;        /* one per request; NONE for the matched */
  guint             n_requests;
  guint64           total_score;    /* the sum of the pairs' scores */
  guint64           eligible_pairs; /* pairs that pass every rule and the minimum */
} GroveMatchResult;

typedef struct {
  guint            request;
  guint            n_options;                 /* 0 to 3 */
  GroveMatchPair   options[3];                /* best first */
  GroveMatchReason reason;                    /* why there are none, when n_options is 0 */
} GroveMatchChoice;

typedef struct {
  GroveMatchChoice *choices;  /* one per request that is not locked */
  guint             n_choices;
} GroveMatchChoices;

GQuark             grove_matching_error_quark   (void);

/* Numbers a forest given as parent indices (G_MAXUINT for a root) so that
 * a is above b in the tree exactly when enter[a] < enter[b] and
 * leave[b] <= leave[a]: line management in O(1) per pair. A cycle (which the
 * store refuses) is cut where it is first met. */
void               grove_matching_number_lines  (guint                      n,
                                                 const guint               *parent,
                                                 guint32                   *enter,
                                                 guint32                   *leave);

/* TRUE when every hard rule but capacity allows the pair. */
gboolean           grove_matching_pair_allowed  (const GroveMatchInstance  *instance,
                                                 guint                      request,
                                                 guint                      coach);
/* The pair's weighted score; fills @criteria (may be NULL). */
guint              grove_matching_score_pair    (const GroveMatchInstance  *instance,
                                                 guint                      request,
                                                 guint                      coach,
                                                 guint16                   *criteria);

GroveMatchResult  *grove_matching_run_optimal   (const GroveMatchInstance  *instance,
                                                 GError                   **error);
GroveMatchResult  *grove_matching_run_stable    (const GroveMatchInstance  *instance,
                                                 GError                   **error);
GroveMatchChoices *grove_matching_run_choice    (const GroveMatchInstance  *instance,
                                                 GError                   **error);

/* Hospitals/residents, request-proposing (Gale and Shapley 1962; Roth 1984),
 * on explicit preferences. Request r ranks coaches pref_coach[pref_start[r]
 * .. pref_start[r + 1]), best first; pref_rank[k] is the coach's rank of
 * request r for the same entry k (lower is better). Returns (transfer full)
 * the coach of each request, G_MAXUINT for none. */
guint             *grove_matching_stable_assign (guint                      n_requests,
                                                 guint                      n_coaches,
                                                 const guint               *capacity,
                                                 const guint               *pref_start,
                                                 const guint               *pref_coach,
                                                 const guint               *pref_rank);

void               grove_match_result_free      (GroveMatchResult          *result);
void               grove_match_choices_free     (GroveMatchChoices         *choices);

/* Stable, untranslated names for files and scripts. */
const char        *grove_match_criterion_to_string (GroveMatchCriterion     criterion);
const char        *grove_match_reason_to_string    (GroveMatchReason        reason);
const char        *grove_match_mode_to_string      (GroveMatchMode          mode);
/* The same for people to read, translated. */
const char        *grove_match_criterion_label     (GroveMatchCriterion     criterion);
const char        *grove_match_reason_label        (GroveMatchReason        reason);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GroveMatchResult, grove_match_result_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GroveMatchChoices, grove_match_choices_free)

G_END_DECLS
