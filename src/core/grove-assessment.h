/* grove-assessment.h: assessment rounds, anonymous responses, targets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "grove-store.h"

G_BEGIN_DECLS

/* A group with fewer respondents than this is never shown. The preference
 * may raise it; nothing may show figures for a smaller group whatever the
 * preference says. */
#define GROVE_ANONYMITY_THRESHOLD_DEFAULT 5

/* The score of a rating whose respondent chose "not observed". */
#define GROVE_RATING_NOT_OBSERVED (-1)

/* A framework's scale has at most this many points (0 to 10). */
#define GROVE_SCALE_MAX_POINTS 11

typedef struct {
  gint64  id;           /* 0 until stored */
  char   *title;        /* unique */
  gint64  framework_id;
  char   *opens;        /* YYYY-MM-DD */
  char   *closes;       /* YYYY-MM-DD, not before opens */
  guint   n_responses;  /* filled in when read from the store */
} GroveRound;

typedef struct {
  gint64  statement_id;
  int     score;        /* a value of the framework's scale, or GROVE_RATING_NOT_OBSERVED */
  char   *evidence;     /* may be NULL */
} GroveRating;

/* One anonymous respondent in one team in one round. It carries no person:
 * the respondent cannot be found again, by design. */
typedef struct {
  gint64  id;           /* 0 until stored */
  gint64  round_id;
  gint64  unit_id;      /* a team */
  char   *submitted;    /* YYYY-MM-DD, may be NULL */
  char   *source_ref;   /* where it came from ("survey.csv:14"), may be NULL */
  GArray *ratings;      /* (element-type GroveRating) */
} GroveResponse;

/* A standing aim for one condition, the same in every round. unit_id 0 is
 * the organisation-wide target; a unit without a target of its own follows
 * its nearest ancestor's. */
typedef struct {
  gint64  condition_id;
  gint64  unit_id;      /* 0: organisation-wide */
  double  value;
} GroveTarget;

GroveRound    *grove_round_new              (const char     *title,
                                             gint64          framework_id,
                                             const char     *opens,
                                             const char     *closes);
void           grove_round_free             (GroveRound     *round);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GroveRound, grove_round_free)

GroveResponse *grove_response_new           (gint64          round_id,
                                             gint64          unit_id);
void           grove_response_add_rating    (GroveResponse  *response,
                                             gint64          statement_id,
                                             int             score,
                                             const char     *evidence);
void           grove_response_free          (GroveResponse  *response);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GroveResponse, grove_response_free)

/* Rounds. */
gboolean       grove_assessment_date_is_valid (const char   *text);
gint64         grove_assessment_add_round   (GroveStore     *store,
                                             GroveRound     *round,
                                             GError        **error);
GPtrArray     *grove_assessment_list_rounds (GroveStore     *store,
                                             GError        **error);
GroveRound    *grove_assessment_get_round   (GroveStore     *store,
                                             gint64          id,
                                             GError        **error);
GroveRound    *grove_assessment_find_round  (GroveStore     *store,
                                             const char     *id_or_title,
                                             GError        **error);
gboolean       grove_assessment_get_previous_round (GroveStore        *store,
                                                    const GroveRound  *round,
                                                    GroveRound       **previous,
                                                    GError           **error);

/* Responses. */
gint64         grove_assessment_add_response  (GroveStore     *store,
                                               GroveResponse  *response,
                                               GError        **error);
gboolean       grove_assessment_add_responses (GroveStore     *store,
                                               GPtrArray      *responses,
                                               GError        **error);
GroveResponse *grove_assessment_get_response  (GroveStore     *store,
                                               gint64          id,
                                               GError        **error);
gboolean       grove_assessment_count_responses (GroveStore   *store,
                                                 gint64        round_id,
                                                 gint64        unit_id,
                                                 guint        *count,
                                                 GError      **error);

/* Targets. */
gboolean       grove_assessment_set_target   (GroveStore     *store,
                                              gint64          condition_id,
                                              gint64          unit_id,
                                              double          value,
                                              GError        **error);
gboolean       grove_assessment_get_target   (GroveStore     *store,
                                              gint64          condition_id,
                                              gint64          unit_id,
                                              double         *value,
                                              gboolean       *found,
                                              GError        **error);
GArray        *grove_assessment_list_targets (GroveStore     *store,
                                              gint64          framework_id,
                                              GError        **error);

G_END_DECLS
