/* grove-rollup.h: a round's results, rolled up the organisation tree
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "grove-assessment.h"
#include "grove-framework.h"
#include "grove-org-unit.h"
#include "grove-store.h"

G_BEGIN_DECLS

/* Why a unit's figures are withheld. The values may be stored by callers
 * (exports): never renumber them. */
typedef enum {
  GROVE_SUPPRESSION_NONE            = 0,
  GROVE_SUPPRESSION_BELOW_THRESHOLD = 1, /* fewer respondents than the threshold */
  GROVE_SUPPRESSION_DIFFERENCING    = 2, /* enough respondents, but showing it would let a
                                          * smaller group be worked out by subtraction */
} GroveSuppression;

/* The figures of one statement, one condition (all its statements' ratings
 * pooled) or one unit overall (all conditions pooled). */
typedef struct {
  guint    respondents;      /* responses counted: for a statement, those that rated it */
  guint    scored;           /* ratings with a score */
  guint    not_observed;     /* ratings of "not observed": counted, never in the mean */
  double   mean;             /* of the scores; NAN when nothing was scored */
  double   percent_positive; /* scores on the top two points of the scale, of all scores; NAN when none */
  guint    distribution[GROVE_SCALE_MAX_POINTS]; /* scores per scale point, in the scale's order */
  gboolean has_change;       /* the unit was shown in the previous round too */
  double   change;           /* mean minus the previous round's mean */
} GroveRollupFigures;

typedef struct {
  gint64            unit_id;
  gint64            parent_id;   /* 0 for the organisation */
  GroveOrgUnitKind  kind;
  const char       *name;
  guint             depth;       /* 0 for the organisation */
  GroveSuppression  suppression;
} GroveRollupUnit;

typedef struct _GroveRollup GroveRollup;

GroveRollup              *grove_rollup_compute             (GroveStore         *store,
                                                            gint64              round_id,
                                                            guint               threshold,
                                                            GError            **error);
void                      grove_rollup_free                (GroveRollup        *self);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GroveRollup, grove_rollup_free)

const GroveRound         *grove_rollup_get_round           (const GroveRollup  *self);
const GroveRound         *grove_rollup_get_previous_round  (const GroveRollup  *self);
const GroveFramework     *grove_rollup_get_framework       (const GroveRollup  *self);
guint                     grove_rollup_get_threshold       (const GroveRollup  *self);

guint                     grove_rollup_get_n_units         (const GroveRollup  *self);
const GroveRollupUnit    *grove_rollup_get_unit            (const GroveRollup  *self,
                                                            guint               index);
const GroveRollupUnit    *grove_rollup_find_unit           (const GroveRollup  *self,
                                                            gint64              unit_id);

const GroveRollupFigures *grove_rollup_get_overall         (const GroveRollup  *self,
                                                            gint64              unit_id);
const GroveRollupFigures *grove_rollup_get_condition       (const GroveRollup  *self,
                                                            gint64              unit_id,
                                                            guint               condition);
const GroveRollupFigures *grove_rollup_get_statement       (const GroveRollup  *self,
                                                            gint64              unit_id,
                                                            guint               condition,
                                                            guint               statement);
gboolean                  grove_rollup_get_target          (const GroveRollup  *self,
                                                            gint64              unit_id,
                                                            guint               condition,
                                                            double             *target);
gboolean                  grove_rollup_get_benchmark       (const GroveRollup  *self,
                                                            guint               condition,
                                                            double             *median,
                                                            double             *upper_quartile);

/* "suppressed (fewer than 5 respondents)", translated. */
char                     *grove_suppression_describe       (GroveSuppression    reason,
                                                            guint               threshold);
/* "below-threshold", "differencing": stable, for files and scripts. */
const char               *grove_suppression_to_string      (GroveSuppression    reason);

G_END_DECLS
