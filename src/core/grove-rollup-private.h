/* grove-rollup-private.h: the anonymity rules, apart from the arithmetic
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "grove-framework.h"
#include "grove-rollup.h"
#include "grove-store-private.h"

G_BEGIN_DECLS

#define GROVE_ROLLUP_NO_PARENT G_MAXUINT

typedef struct {
  guint            parent;      /* index of the parent, GROVE_ROLLUP_NO_PARENT for the root */
  guint            respondents; /* in the unit and all units below it */
  GroveSuppression suppression; /* set by _grove_rollup_suppress() */
} GroveRollupTreeNode;

/* Decides which units are shown. `nodes` are in tree order: every parent
 * before its children, and each unit's subtree contiguous (depth first), as
 * grove_org_list_units() gives them. The rule is described in
 * grove-rollup-suppress.c. */
void _grove_rollup_suppress (GroveRollupTreeNode *nodes,
                             guint                n_nodes,
                             guint                threshold);

/* The roll-up itself, shared by grove-rollup.c (computing it) and
 * grove-rollup-read.c (targets, benchmarks and the accessors). */
typedef struct {
  GroveRollupUnit     public;
  guint               parent;   /* index, GROVE_ROLLUP_NO_PARENT for the root */
  guint               respondents;
  GroveRollupFigures *figures;  /* n_slots of them, in the rollup's array */
  double             *targets;  /* one per condition, NAN for none */
} GroveRollupNode;

struct _GroveRollup
{
  GroveRound         *round;
  GroveRound         *previous;
  GroveFramework     *framework;
  GPtrArray          *units;        /* (element-type GroveOrgUnit), owns the names */
  guint               threshold;

  guint               n_conditions;
  guint               n_statements;
  guint               n_slots;      /* 1 + conditions + statements */
  guint              *first_statement; /* per condition: its first statement's slot */
  int                 point_index[GROVE_SCALE_MAX_POINTS]; /* score -> scale position, -1 if none */

  GroveRollupNode    *nodes;
  guint               n_nodes;
  GroveRollupFigures *figures;      /* n_nodes * n_slots */
  double             *targets;      /* n_nodes * n_conditions */
  GHashTable         *node_of;      /* gint64 unit id -> node index + 1 */
  GHashTable         *slot_of;      /* gint64 statement id -> slot */
  gint64              min_statement_id;
  gint64              n_statement_ids;
  guint              *slot_by_id;   /* statement id - min_statement_id -> slot, 0 for none */

  double             *median;       /* per condition, NAN when no team is shown */
  double             *upper_quartile;
};

GroveRollupNode *_grove_rollup_lookup_node        (const GroveRollup  *self,
                                                   gint64              unit_id);
gboolean         _grove_rollup_read_targets       (GroveRollup        *self,
                                                   GroveStore         *store,
                                                   GError            **error);
void             _grove_rollup_compute_benchmarks (GroveRollup        *self);

G_END_DECLS
