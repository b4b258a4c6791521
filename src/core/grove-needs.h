/* grove-needs.h: the learning-needs analysis: development needs and
 * activities rolled up from people to teams, directorates and the
 * organisation
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "grove-org-unit.h"
#include "grove-store.h"

G_BEGIN_DECLS

/* The anonymity threshold unless the caller chooses another: as for the
 * culture survey, groups of fewer people are not shown on their own. */
#define GROVE_NEEDS_DEFAULT_THRESHOLD 5

typedef enum {
  GROVE_NEEDS_BY_CAPABILITY, /* needs, by the capability named */
  GROVE_NEEDS_BY_METHOD,     /* activities not cancelled, by learning method */
  GROVE_NEEDS_BY_CONDITION,  /* needs linked to a framework condition, by condition */
} GroveNeedsDimension;

#define GROVE_NEEDS_N_DIMENSIONS 3

typedef struct {
  GroveNeedsDimension  dimension;
  char                *key;   /* stable: the capability in lower case, the method's name, the condition's key */
  char                *label; /* for people */
  guint                count;
} GroveNeedsCount;

/* One unit shown on its own: its figures cover everyone below it, including
 * the units merged into it because they are too small to show. */
typedef struct {
  gint64            unit_id;
  gint64            parent_id;    /* 0 for the organisation */
  GroveOrgUnitKind  kind;
  char             *name;
  guint             depth;        /* below the organisation */
  guint             people;       /* with a record for the period */
  guint             needs;
  guint             activities;   /* not cancelled */
  guint             merged_units; /* units below it shown only within its figures */
  GPtrArray        *counts;       /* (element-type GroveNeedsCount) by dimension, then most first, then label */
} GroveNeedsGroup;

void        grove_needs_group_free       (GroveNeedsGroup     *group);

/* "capability", "method", "condition": stable, for files. */
const char *grove_needs_dimension_to_string (GroveNeedsDimension dimension);

GPtrArray  *grove_needs_rollup           (GroveStore          *store,
                                          const char          *date,
                                          guint                threshold,
                                          GError             **error);
char       *grove_needs_rollup_to_csv    (GPtrArray           *groups);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GroveNeedsGroup, grove_needs_group_free)

G_END_DECLS
