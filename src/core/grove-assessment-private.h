/* grove-assessment-private.h: assessment storage for the rest of src/core
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "grove-assessment.h"
#include "grove-store-private.h"

G_BEGIN_DECLS

/* Runs inside the caller's transaction and checks nothing: for generators
 * whose data is right by construction and must be fast. Fills in ->id. */
gboolean _grove_assessment_insert_response (GroveStore     *store,
                                            GroveResponse  *response,
                                            GError        **error);
gboolean _grove_assessment_insert_round    (GroveStore     *store,
                                            GroveRound     *round,
                                            GError        **error);

/* Deletes every round, response, rating and target, inside the caller's
 * transaction: they go with the organisation they describe. */
gboolean _grove_assessment_clear           (GroveStore     *store,
                                            GError        **error);

/* For bulk writes inside one transaction: stop counting each new rating,
 * then count them all at once (grove-assessment-tally.c). */
gboolean _grove_assessment_pause_tallies   (GroveStore     *store,
                                            char          **trigger_sql,
                                            GError        **error);
gboolean _grove_assessment_resume_tallies  (GroveStore     *store,
                                            const char     *trigger_sql,
                                            GError        **error);

/* TRUE for a real calendar date written YYYY-MM-DD. */
gboolean _grove_assessment_date_is_valid   (const char     *text);

G_END_DECLS
