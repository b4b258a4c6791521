/* grove-rollup-read.c: targets, benchmarks and reading a roll-up
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <stdlib.h>

#include "grove-rollup-private.h"

static int
condition_index (const GroveRollup *self,
                 gint64             condition_id)
{
  for (guint c = 0; c < self->n_conditions; c++)
    {
      GroveFrameworkCondition *condition = g_ptr_array_index (self->framework->conditions, c);

      if (condition->id == condition_id)
        return (int) c;
    }
  return -1;
}

/* A unit without a target of its own for a condition follows its parent,
 * and the organisation follows the organisation-wide target; parents come
 * first, so one pass down the tree settles every unit. */
gboolean
_grove_rollup_read_targets (GroveRollup  *self,
                            GroveStore   *store,
                            GError      **error)
{
  g_autoptr(GArray) targets = grove_assessment_list_targets (store, self->framework->id, error);
  g_autofree double *organisation_wide = NULL;

  if (targets == NULL)
    return FALSE;
  organisation_wide = g_new (double, MAX (self->n_conditions, 1));
  for (guint c = 0; c < self->n_conditions; c++)
    organisation_wide[c] = NAN;
  for (guint i = 0; i < self->n_nodes; i++)
    for (guint c = 0; c < self->n_conditions; c++)
      self->nodes[i].targets[c] = NAN;

  for (guint t = 0; t < targets->len; t++)
    {
      GroveTarget *target = &g_array_index (targets, GroveTarget, t);
      int c = condition_index (self, target->condition_id);
      GroveRollupNode *node = target->unit_id > 0 ? _grove_rollup_lookup_node (self, target->unit_id) : NULL;

      if (c < 0)
        continue;
      if (target->unit_id == 0)
        organisation_wide[c] = target->value;
      else if (node != NULL)
        node->targets[c] = target->value;
    }

  for (guint i = 0; i < self->n_nodes; i++)
    {
      GroveRollupNode *node = &self->nodes[i];
      const double *above = node->parent == GROVE_ROLLUP_NO_PARENT ? organisation_wide
                                                                    : self->nodes[node->parent].targets;

      for (guint c = 0; c < self->n_conditions; c++)
        if (isnan (node->targets[c]))
          node->targets[c] = above[c];
    }
  return TRUE;
}

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

/* Linear interpolation between the closest ranks, as R's default (type 7)
 * and most spreadsheets do, so that people can check the figure. */
static double
quantile (const double *sorted,
          guint         n,
          double        q)
{
  double h = (n - 1) * q;
  guint lo = (guint) floor (h);

  if (lo + 1 >= n)
    return sorted[n - 1];
  return sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]);
}

/* Only shown teams take part: a benchmark built from hidden teams would
 * carry a little of their figures out. */
void
_grove_rollup_compute_benchmarks (GroveRollup *self)
{
  g_autofree double *means = g_new (double, MAX (self->n_nodes, 1));

  self->median = g_new (double, MAX (self->n_conditions, 1));
  self->upper_quartile = g_new (double, MAX (self->n_conditions, 1));
  for (guint c = 0; c < self->n_conditions; c++)
    {
      guint n = 0;

      for (guint i = 0; i < self->n_nodes; i++)
        {
          GroveRollupNode *node = &self->nodes[i];

          if (node->public.kind == GROVE_ORG_UNIT_TEAM && node->public.suppression == GROVE_SUPPRESSION_NONE &&
              !isnan (node->figures[1 + c].mean))
            means[n++] = node->figures[1 + c].mean;
        }
      qsort (means, n, sizeof *means, compare_doubles);
      self->median[c] = n > 0 ? quantile (means, n, 0.5) : NAN;
      self->upper_quartile[c] = n > 0 ? quantile (means, n, 0.75) : NAN;
    }
}

const GroveRound *
grove_rollup_get_round (const GroveRollup *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->round;
}

/**
 * grove_rollup_get_previous_round:
 *
 * Returns: (nullable): the round the changes are measured from, or %NULL
 *   when this is the first round of its framework
 */
const GroveRound *
grove_rollup_get_previous_round (const GroveRollup *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->previous;
}

const GroveFramework *
grove_rollup_get_framework (const GroveRollup *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->framework;
}

guint
grove_rollup_get_threshold (const GroveRollup *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->threshold;
}

guint
grove_rollup_get_n_units (const GroveRollup *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_nodes;
}

/**
 * grove_rollup_get_unit:
 * @index: from 0 to grove_rollup_get_n_units() - 1, in the order of
 *   grove_org_list_units(): the organisation first, each unit before the
 *   units inside it
 */
const GroveRollupUnit *
grove_rollup_get_unit (const GroveRollup *self,
                       guint              index)
{
  g_return_val_if_fail (self != NULL && index < self->n_nodes, NULL);

  return &self->nodes[index].public;
}

const GroveRollupUnit *
grove_rollup_find_unit (const GroveRollup *self,
                        gint64             unit_id)
{
  GroveRollupNode *node;

  g_return_val_if_fail (self != NULL, NULL);

  node = _grove_rollup_lookup_node (self, unit_id);
  return node != NULL ? &node->public : NULL;
}

static const GroveRollupFigures *
get_slot (const GroveRollup *self,
          gint64             unit_id,
          guint              slot)
{
  GroveRollupNode *node = _grove_rollup_lookup_node (self, unit_id);

  if (node == NULL || node->public.suppression != GROVE_SUPPRESSION_NONE)
    return NULL;
  return &node->figures[slot];
}

/**
 * grove_rollup_get_overall:
 *
 * Returns: (nullable): the unit's figures over every statement, or %NULL
 *   when the unit is suppressed (or unknown)
 */
const GroveRollupFigures *
grove_rollup_get_overall (const GroveRollup *self,
                          gint64             unit_id)
{
  g_return_val_if_fail (self != NULL, NULL);

  return get_slot (self, unit_id, 0);
}

/**
 * grove_rollup_get_condition:
 * @condition: the condition's index in the framework
 *
 * Returns: (nullable): the figures, or %NULL when the unit is suppressed
 */
const GroveRollupFigures *
grove_rollup_get_condition (const GroveRollup *self,
                            gint64             unit_id,
                            guint              condition)
{
  g_return_val_if_fail (self != NULL && condition < self->n_conditions, NULL);

  return get_slot (self, unit_id, 1 + condition);
}

/**
 * grove_rollup_get_statement:
 * @statement: the statement's index within its condition
 *
 * Returns: (nullable): the figures, or %NULL when the unit is suppressed
 */
const GroveRollupFigures *
grove_rollup_get_statement (const GroveRollup *self,
                            gint64             unit_id,
                            guint              condition,
                            guint              statement)
{
  g_return_val_if_fail (self != NULL && condition < self->n_conditions, NULL);
  g_return_val_if_fail (self->first_statement[condition] + statement < self->first_statement[condition + 1], NULL);

  return get_slot (self, unit_id, self->first_statement[condition] + statement);
}

/**
 * grove_rollup_get_target:
 * @target: (out): the target that applies to the unit: its own, else its
 *   nearest ancestor's, else the organisation-wide one
 *
 * A target is an aim, not a result, so it is given for suppressed units too.
 *
 * Returns: FALSE when no target applies
 */
gboolean
grove_rollup_get_target (const GroveRollup *self,
                         gint64             unit_id,
                         guint              condition,
                         double            *target)
{
  GroveRollupNode *node;

  g_return_val_if_fail (self != NULL && condition < self->n_conditions && target != NULL, FALSE);

  node = _grove_rollup_lookup_node (self, unit_id);
  *target = node != NULL ? node->targets[condition] : NAN;
  return !isnan (*target);
}

/**
 * grove_rollup_get_benchmark:
 * @median: (out): the median of the condition's mean over the shown teams
 * @upper_quartile: (out): their upper quartile
 *
 * Returns: FALSE when no team is shown
 */
gboolean
grove_rollup_get_benchmark (const GroveRollup *self,
                            guint              condition,
                            double            *median,
                            double            *upper_quartile)
{
  g_return_val_if_fail (self != NULL && condition < self->n_conditions, FALSE);
  g_return_val_if_fail (median != NULL && upper_quartile != NULL, FALSE);

  *median = self->median[condition];
  *upper_quartile = self->upper_quartile[condition];
  return !isnan (*median);
}

const char *
grove_suppression_to_string (GroveSuppression reason)
{
  switch (reason)
    {
    case GROVE_SUPPRESSION_NONE:
      return "shown";
    case GROVE_SUPPRESSION_BELOW_THRESHOLD:
      return "below-threshold";
    case GROVE_SUPPRESSION_DIFFERENCING:
      return "differencing";
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * grove_suppression_describe:
 *
 * Returns: (transfer full) (nullable): why a unit is not shown, for people
 *   to read; %NULL for %GROVE_SUPPRESSION_NONE
 */
char *
grove_suppression_describe (GroveSuppression reason,
                            guint            threshold)
{
  switch (reason)
    {
    case GROVE_SUPPRESSION_NONE:
      return NULL;
    case GROVE_SUPPRESSION_BELOW_THRESHOLD:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "suppressed (fewer than %u respondent)",
                                           "suppressed (fewer than %u respondents)", threshold),
                              threshold);
    case GROVE_SUPPRESSION_DIFFERENCING:
      return g_strdup (_("suppressed (so that a smaller group cannot be worked out by subtraction)"));
    default:
      g_return_val_if_reached (NULL);
    }
}
