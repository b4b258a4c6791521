/* grove-rollup.c: a round's results, rolled up the organisation tree
 *
 * Two queries read a whole round (responses per team, and the tallies of its
 * ratings per team, statement and score), and the rest is arithmetic in
 * memory: the
 * counts per scale point add up the tree, and every mean and percentage is
 * worked out from them at the end, so that a directorate's figures are
 * exactly those of all its respondents together (not a mean of means).
 *
 * Each unit has one slot of figures overall, one per condition and one per
 * statement. Which units are shown is decided in grove-rollup-suppress.c;
 * the figures of the others are wiped before the roll-up is handed out, so
 * no caller can show them by mistake.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "grove-assessment-private.h"
#include "grove-org.h"
#include "grove-rollup-private.h"

void
grove_rollup_free (GroveRollup *self)
{
  if (self == NULL)
    return;
  grove_round_free (self->round);
  grove_round_free (self->previous);
  grove_framework_free (self->framework);
  g_clear_pointer (&self->units, g_ptr_array_unref);
  g_free (self->first_statement);
  g_free (self->slot_by_id);
  g_free (self->nodes);
  g_free (self->figures);
  g_free (self->targets);
  g_clear_pointer (&self->node_of, g_hash_table_unref);
  g_clear_pointer (&self->slot_of, g_hash_table_unref);
  g_free (self->median);
  g_free (self->upper_quartile);
  g_free (self);
}

/* Statement ids of one framework are close together (imported at once), so
 * an array from the smallest to the largest is small and faster than a
 * hash table for every rating. */
static void
index_statement_ids (GroveRollup *self)
{
  GHashTableIter iter;
  gpointer key, value;
  gint64 lo = G_MAXINT64, hi = 0;

  g_hash_table_iter_init (&iter, self->slot_of);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      lo = MIN (lo, *(gint64 *) key);
      hi = MAX (hi, *(gint64 *) key);
    }
  self->min_statement_id = lo <= hi ? lo : 0;
  self->n_statement_ids = lo <= hi ? hi - lo + 1 : 0;
  self->slot_by_id = g_new0 (guint, MAX (self->n_statement_ids, 1));
  g_hash_table_iter_init (&iter, self->slot_of);
  while (g_hash_table_iter_next (&iter, &key, &value))
    self->slot_by_id[*(gint64 *) key - lo] = GPOINTER_TO_UINT (value);
}

static void
layout_framework (GroveRollup *self)
{
  guint slot;

  self->n_conditions = self->framework->conditions->len;
  self->n_statements = grove_framework_count_statements (self->framework);
  self->n_slots = 1 + self->n_conditions + self->n_statements;
  self->first_statement = g_new0 (guint, self->n_conditions + 1);
  self->slot_of = g_hash_table_new (g_int64_hash, g_int64_equal);

  slot = 1 + self->n_conditions;
  for (guint c = 0; c < self->n_conditions; c++)
    {
      GroveFrameworkCondition *condition = g_ptr_array_index (self->framework->conditions, c);

      self->first_statement[c] = slot;
      for (guint s = 0; s < condition->statements->len; s++, slot++)
        {
          GroveFrameworkStatement *statement = g_ptr_array_index (condition->statements, s);

          g_hash_table_insert (self->slot_of, &statement->id, GUINT_TO_POINTER (slot));
        }
    }
  self->first_statement[self->n_conditions] = slot;
  index_statement_ids (self);

  for (guint p = 0; p < GROVE_SCALE_MAX_POINTS; p++)
    self->point_index[p] = -1;
  for (guint p = 0; p < self->framework->scale->len; p++)
    {
      GroveFrameworkScalePoint *point = g_ptr_array_index (self->framework->scale, p);

      if (point->value >= 0 && point->value < GROVE_SCALE_MAX_POINTS)
        self->point_index[point->value] = (int) p;
    }
}

static void
layout_units (GroveRollup *self)
{
  self->n_nodes = self->units->len;
  self->nodes = g_new0 (GroveRollupNode, MAX (self->n_nodes, 1));
  self->figures = g_new0 (GroveRollupFigures, (gsize) MAX (self->n_nodes, 1) * self->n_slots);
  self->targets = g_new (double, (gsize) MAX (self->n_nodes, 1) * MAX (self->n_conditions, 1));
  self->node_of = g_hash_table_new (g_int64_hash, g_int64_equal);

  for (guint i = 0; i < self->n_nodes; i++)
    {
      GroveOrgUnit *unit = g_ptr_array_index (self->units, i);
      GroveRollupNode *node = &self->nodes[i];
      gpointer parent;

      node->public.unit_id = unit->id;
      node->public.parent_id = unit->parent_id;
      node->public.kind = unit->kind;
      node->public.name = unit->name;
      node->public.depth = unit->depth;
      node->figures = &self->figures[(gsize) i * self->n_slots];
      node->targets = &self->targets[(gsize) i * MAX (self->n_conditions, 1)];
      node->parent = g_hash_table_lookup_extended (self->node_of, &unit->parent_id, NULL, &parent)
                       ? GPOINTER_TO_UINT (parent) - 1 : GROVE_ROLLUP_NO_PARENT;
      g_hash_table_insert (self->node_of, &unit->id, GUINT_TO_POINTER (i + 1));
    }
}

GroveRollupNode *
_grove_rollup_lookup_node (const GroveRollup *self,
                           gint64             unit_id)
{
  guint index = GPOINTER_TO_UINT (g_hash_table_lookup (self->node_of, &unit_id));

  return index > 0 ? &self->nodes[index - 1] : NULL;
}

static gboolean
read_respondents (GroveRollup  *self,
                  GroveStore   *store,
                  GError      **error)
{
  sqlite3_stmt *stmt = _grove_store_prepare (store,
    "SELECT unit_id, count(*) FROM assessment_response WHERE round_id = ?1 GROUP BY unit_id", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, self->round->id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      GroveRollupNode *node = _grove_rollup_lookup_node (self, sqlite3_column_int64 (stmt, 0));

      if (node != NULL)
        node->respondents += (guint) sqlite3_column_int (stmt, 1);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _grove_store_set_error (store, rc, _("reading the results of the round"), error);
      return FALSE;
    }
  return TRUE;
}

static void
count_rating (GroveRollup *self,
              GroveRollupNode *node,
              guint        slot,
              gboolean     observed,
              int          score,
              guint        count)
{
  GroveRollupFigures *statement = &node->figures[slot];
  int point;

  if (!observed)
    {
      statement->not_observed += count;
      return;
    }
  point = score >= 0 && score < GROVE_SCALE_MAX_POINTS ? self->point_index[score] : -1;
  if (point >= 0)
    statement->distribution[point] += count;
}

/* The tallies (grove-store-schema.c) hold the ratings already counted per
 * team, statement and score, so a round is a few rows per team and
 * statement rather than one per rating. They arrive team by team, in the
 * order of their key: the team is looked up only when it changes, and the
 * statement's slot through an array indexed by statement id. */
static gboolean
read_ratings (GroveRollup  *self,
              GroveStore   *store,
              GError      **error)
{
  sqlite3_stmt *stmt = _grove_store_prepare (store,
    "SELECT unit_id, statement_id, score, n FROM assessment_tally WHERE round_id = ?1", error);
  GroveRollupNode *node = NULL;
  gint64 unit_id = 0;
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, self->round->id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 statement_id = sqlite3_column_int64 (stmt, 1) - self->min_statement_id;
      int score = sqlite3_column_int (stmt, 2);
      guint slot;

      if (sqlite3_column_int64 (stmt, 0) != unit_id || node == NULL)
        {
          unit_id = sqlite3_column_int64 (stmt, 0);
          node = _grove_rollup_lookup_node (self, unit_id);
        }
      if (node == NULL || statement_id < 0 || statement_id >= self->n_statement_ids ||
          (slot = self->slot_by_id[statement_id]) == 0)
        continue;
      count_rating (self, node, slot, score != GROVE_RATING_NOT_OBSERVED, score,
                    (guint) sqlite3_column_int (stmt, 3));
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _grove_store_set_error (store, rc, _("reading the results of the round"), error);
      return FALSE;
    }
  return TRUE;
}

static void
add_counts (GroveRollupFigures       *into,
            const GroveRollupFigures *from)
{
  into->not_observed += from->not_observed;
  for (guint p = 0; p < GROVE_SCALE_MAX_POINTS; p++)
    into->distribution[p] += from->distribution[p];
}

/* Statements into conditions into overall, within one unit. */
static void
pool_unit (GroveRollup *self,
           GroveRollupNode *node)
{
  for (guint c = 0; c < self->n_conditions; c++)
    {
      for (guint slot = self->first_statement[c]; slot < self->first_statement[c + 1]; slot++)
        add_counts (&node->figures[1 + c], &node->figures[slot]);
      add_counts (&node->figures[0], &node->figures[1 + c]);
    }
}

/* Every unit into its parent; children come after parents, so walking
 * backwards finishes each unit before adding it upwards. Teams hold the
 * responses; directorates and the organisation only sums. */
static void
roll_up_tree (GroveRollup *self)
{
  for (guint i = self->n_nodes; i-- > 0;)
    {
      GroveRollupNode *node = &self->nodes[i];
      GroveRollupNode *parent;

      pool_unit (self, node);
      if (node->parent == GROVE_ROLLUP_NO_PARENT)
        continue;
      parent = &self->nodes[node->parent];
      parent->respondents += node->respondents;
      for (guint slot = 1 + self->n_conditions; slot < self->n_slots; slot++)
        add_counts (&parent->figures[slot], &node->figures[slot]);
    }
}

static void
finish_figures (GroveRollup        *self,
                GroveRollupFigures *figures,
                guint               respondents,
                gboolean            is_statement)
{
  guint n_points = self->framework->scale->len;
  double sum = 0;
  guint scored = 0, positive = 0;

  for (guint p = 0; p < n_points; p++)
    {
      GroveFrameworkScalePoint *point = g_ptr_array_index (self->framework->scale, p);

      scored += figures->distribution[p];
      sum += (double) point->value * figures->distribution[p];
      /* "Positive" is the top two points: Agree and Strongly agree on the
       * usual five. */
      if (p + 2 >= n_points)
        positive += figures->distribution[p];
    }
  figures->scored = scored;
  figures->respondents = is_statement ? scored + figures->not_observed : respondents;
  figures->mean = scored > 0 ? sum / scored : NAN;
  figures->percent_positive = scored > 0 ? 100.0 * positive / scored : NAN;
}

static void
finish_all (GroveRollup *self)
{
  for (guint i = 0; i < self->n_nodes; i++)
    for (guint slot = 0; slot < self->n_slots; slot++)
      finish_figures (self, &self->nodes[i].figures[slot], self->nodes[i].respondents,
                      slot > self->n_conditions);
}

static void
suppress (GroveRollup *self)
{
  g_autofree GroveRollupTreeNode *tree = g_new0 (GroveRollupTreeNode, MAX (self->n_nodes, 1));

  for (guint i = 0; i < self->n_nodes; i++)
    {
      tree[i].parent = self->nodes[i].parent;
      tree[i].respondents = self->nodes[i].respondents;
    }
  _grove_rollup_suppress (tree, self->n_nodes, self->threshold);

  for (guint i = 0; i < self->n_nodes; i++)
    {
      GroveRollupNode *node = &self->nodes[i];

      node->public.suppression = tree[i].suppression;
      if (node->public.suppression == GROVE_SUPPRESSION_NONE)
        continue;
      /* Wiped, not just flagged: a caller that forgets to look at the flag
       * still has nothing to show. */
      node->respondents = 0;
      memset (node->figures, 0, sizeof (GroveRollupFigures) * self->n_slots);
      for (guint slot = 0; slot < self->n_slots; slot++)
        node->figures[slot].mean = node->figures[slot].percent_positive = NAN;
    }
}

static void
compare_with (GroveRollup       *self,
              const GroveRollup *before)
{
  for (guint i = 0; i < self->n_nodes; i++)
    {
      GroveRollupNode *node = &self->nodes[i];
      GroveRollupNode *old = _grove_rollup_lookup_node (before, node->public.unit_id);

      if (node->public.suppression != GROVE_SUPPRESSION_NONE ||
          old == NULL || old->public.suppression != GROVE_SUPPRESSION_NONE)
        continue;
      for (guint slot = 0; slot < self->n_slots; slot++)
        {
          GroveRollupFigures *now = &node->figures[slot];

          now->has_change = !isnan (now->mean) && !isnan (old->figures[slot].mean);
          now->change = now->has_change ? now->mean - old->figures[slot].mean : 0;
        }
    }
}

static GroveRollup *
compute_round (GroveStore  *store,
               GroveRound  *round,
               GPtrArray   *units,
               guint        threshold,
               GError     **error)
{
  g_autoptr(GroveRollup) self = g_new0 (GroveRollup, 1);

  self->round = round;
  self->units = g_ptr_array_ref (units);
  self->threshold = threshold;
  self->framework = grove_framework_get (store, round->framework_id, error);
  if (self->framework == NULL)
    return NULL;
  layout_framework (self);
  layout_units (self);
  if (!read_respondents (self, store, error) || !read_ratings (self, store, error))
    return NULL;
  roll_up_tree (self);
  finish_all (self);
  suppress (self);
  return g_steal_pointer (&self);
}

/**
 * grove_rollup_compute:
 * @threshold: the anonymity threshold, at least 1; usually
 *   %GROVE_ANONYMITY_THRESHOLD_DEFAULT
 *
 * Rolls up the round @round_id from statements to conditions and from teams
 * to the organisation, with the change since the previous round of the same
 * framework, the benchmarks across teams and the targets. Units with too few
 * respondents, or that would give such a group away by subtraction, are
 * suppressed and have no figures.
 *
 * Returns: (transfer full): the roll-up, or %NULL with @error set
 */
GroveRollup *
grove_rollup_compute (GroveStore  *store,
                      gint64       round_id,
                      guint        threshold,
                      GError     **error)
{
  g_autoptr(GroveRollup) self = NULL;
  g_autoptr(GroveRollup) before = NULL;
  g_autoptr(GPtrArray) units = NULL;
  GroveRound *round, *previous = NULL;

  g_return_val_if_fail (GROVE_IS_STORE (store), NULL);
  g_return_val_if_fail (threshold >= 1, NULL);

  if ((round = grove_assessment_get_round (store, round_id, error)) == NULL)
    return NULL;
  if (!grove_assessment_get_previous_round (store, round, &previous, error) ||
      (units = grove_org_list_units (store, error)) == NULL)
    {
      grove_round_free (round);
      return NULL;
    }
  if ((self = compute_round (store, round, units, threshold, error)) == NULL)
    {
      grove_round_free (previous);
      return NULL;
    }
  if (previous != NULL)
    {
      if ((before = compute_round (store, previous, units, threshold, error)) == NULL)
        return NULL;
      compare_with (self, before);
      self->previous = g_steal_pointer (&before->round);
    }
  if (!_grove_rollup_read_targets (self, store, error))
    return NULL;
  _grove_rollup_compute_benchmarks (self);
  return g_steal_pointer (&self);
}
