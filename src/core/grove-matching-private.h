/* grove-matching-private.h: what the parts of the matching engine share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "grove-matching.h"

G_BEGIN_DECLS

#define GROVE_MATCH_NONE G_MAXUINT

/* The eligible pairs, as compressed rows by request: the pairs of request r
 * are start[r] .. start[r + 1]. Only pairs that pass every hard rule, meet
 * the programme's minimum score and whose coach has a free seat are here,
 * so memory grows with the eligible pairs and nothing else. */
typedef struct {
  guint             n_requests;
  guint             n_coaches;
  gsize            *start;       /* n_requests + 1 */
  guint32          *coach;       /* per pair */
  guint16          *score;       /* per pair */
  guint            *capacity;    /* per coach: seats left once the locks are in */
  guint            *tie;         /* per request: 1 to n, higher for earlier in the waiting list */
  guint            *locked_to;   /* per request: its locked coach, or GROVE_MATCH_NONE */
  GroveMatchReason *reason;      /* per request: why, should it stay unmatched */
  guint64           eligible;    /* pairs that pass the rules and the minimum, full coaches included */
} GroveMatchGraph;

/* Checks the instance and builds its graph; NULL with @error set. */
GroveMatchGraph *_grove_matching_graph_new  (const GroveMatchInstance  *instance,
                                             GError                   **error);
void             _grove_matching_graph_free (GroveMatchGraph           *graph);

/* The first hard rule the pair breaks, capacity and the minimum aside:
 * NONE, NO_COACH (inactive, wrong role, self), LANGUAGE or RULES. */
GroveMatchReason _grove_matching_pair_rule  (const GroveMatchInstance  *instance,
                                             guint                      request,
                                             guint                      coach);

/* Min-cost flow: the coach of each request (GROVE_MATCH_NONE for none) that
 * matches the most requests, then has the highest total score, then favours
 * the earliest in the waiting list. NULL with @error set when the costs
 * would not fit in 64 bits. */
guint           *_grove_matching_flow       (const GroveMatchGraph     *graph,
                                             GError                   **error);

/* The result for an assignment of the graph's requests (locks added). */
GroveMatchResult *_grove_matching_result_new (const GroveMatchInstance *instance,
                                              const GroveMatchGraph    *graph,
                                              const guint              *assignment);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GroveMatchGraph, _grove_matching_graph_free)

G_END_DECLS
