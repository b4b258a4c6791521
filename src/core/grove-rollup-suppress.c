/* grove-rollup-suppress.c: which units' figures may be shown
 *
 * Two rules protect respondents.
 *
 * 1. Threshold. A unit with fewer respondents than the threshold is not
 *    shown (GROVE_SUPPRESSION_BELOW_THRESHOLD). Its responses still count in
 *    every unit above it: hiding a team must not change its directorate.
 *
 * 2. Differencing. Figures are sums of counts (respondents, ratings per
 *    scale point), so anyone who sees a unit and some units inside it can
 *    subtract. For a shown unit P, what can be worked out is its *residual*:
 *    the respondents of P who are in no shown unit below it. (Its shown
 *    units are the topmost shown ones on each path down from P: a shown
 *    team inside a shown directorate is already in that directorate's
 *    part.) Every residual is a group that could be isolated, so the rule
 *    is: the residual of every shown unit is empty, or has at least
 *    `threshold` respondents. Then nothing smaller than the threshold can be
 *    worked out from what is shown — the same standard as for a shown unit.
 *
 *    "Two suppressed siblings" is not enough: two teams of 1 and 2 people
 *    together are still 3. Nor is looking only at siblings: with a private
 *    office of 2 beside directorates, hiding one directorate protects
 *    nothing while all of that directorate's teams are shown, because the
 *    directorate is then their sum.
 *
 *    Where a residual is too small, the unit below P that adds the least
 *    information is hidden too (GROVE_SUPPRESSION_DIFFERENCING): of the
 *    topmost shown units below P, the one with the fewest respondents whose
 *    own residual is not empty, so that hiding it really adds people to P's
 *    residual; if every one of them is fully covered by shown units below
 *    it, the smallest is hidden, which makes its own units topmost, and the
 *    choice is made again. Residuals only grow, so this ends; and since the
 *    residual of a shown P can always grow to all of P (at least the
 *    threshold, or P itself would be hidden), it ends with the rule met.
 *
 *    Units are handled deepest first. Hiding a unit Q below P changes only
 *    P's residual (P is the nearest shown unit above Q), so units handled
 *    earlier never need handling again.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "grove-rollup-private.h"

typedef struct {
  GroveRollupTreeNode *nodes;
  guint               *end;  /* one past the last unit of each unit's subtree */
  guint                threshold;
} Tree;

static gboolean
is_shown (const Tree *tree,
          guint       i)
{
  return tree->nodes[i].suppression == GROVE_SUPPRESSION_NONE;
}

/* Respondents of `p` in no shown unit below it. */
static guint
residual (const Tree *tree,
          guint       p)
{
  guint covered = 0;

  for (guint i = p + 1; i < tree->end[p];)
    {
      if (is_shown (tree, i))
        {
          covered += tree->nodes[i].respondents;
          i = tree->end[i]; /* everything below i is inside i */
        }
      else
        i++;
    }
  return tree->nodes[p].respondents - covered;
}

/* The unit to hide next for `p`'s sake, as described above. */
static guint
pick_complement (const Tree *tree,
                 guint       p)
{
  guint best = G_MAXUINT, fallback = G_MAXUINT;

  for (guint i = p + 1; i < tree->end[p];)
    {
      if (!is_shown (tree, i))
        {
          i++;
          continue;
        }
      if (residual (tree, i) > 0)
        {
          if (best == G_MAXUINT || tree->nodes[i].respondents < tree->nodes[best].respondents)
            best = i;
        }
      else if (fallback == G_MAXUINT || tree->nodes[i].respondents < tree->nodes[fallback].respondents)
        fallback = i;
      i = tree->end[i];
    }
  return best != G_MAXUINT ? best : fallback;
}

static void
protect_residual (Tree  *tree,
                  guint  p)
{
  guint r;

  while ((r = residual (tree, p)) > 0 && r < tree->threshold)
    {
      guint q = pick_complement (tree, p);

      /* Cannot happen: with every unit below hidden the residual is all of
       * p, which has at least the threshold since p is shown. */
      g_return_if_fail (q != G_MAXUINT);
      tree->nodes[q].suppression = GROVE_SUPPRESSION_DIFFERENCING;
    }
}

void
_grove_rollup_suppress (GroveRollupTreeNode *nodes,
                        guint                n_nodes,
                        guint                threshold)
{
  g_autofree guint *end = g_new (guint, MAX (n_nodes, 1));
  Tree tree = { nodes, end, threshold };

  for (guint i = 0; i < n_nodes; i++)
    {
      end[i] = i + 1;
      nodes[i].suppression = nodes[i].respondents < threshold ? GROVE_SUPPRESSION_BELOW_THRESHOLD
                                                              : GROVE_SUPPRESSION_NONE;
    }
  /* Children come after their parent, so walking backwards every subtree is
   * complete before its end is passed up. */
  for (guint i = n_nodes; i-- > 0;)
    if (nodes[i].parent != GROVE_ROLLUP_NO_PARENT)
      end[nodes[i].parent] = MAX (end[nodes[i].parent], end[i]);

  for (guint i = n_nodes; i-- > 0;)
    if (is_shown (&tree, i))
      protect_residual (&tree, i);
}
