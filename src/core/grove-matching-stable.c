/* grove-matching-stable.c: a stable matching from ranked preferences
 *
 * The hospitals/residents problem with requests as residents and coaches as
 * hospitals: deferred acceptance with the requests proposing (Gale and
 * Shapley, "College admissions and the stability of marriage", 1962;
 * Roth 1984). The result has no blocking pair — no request and coach that
 * both find each other acceptable and would both rather be together than
 * with what they have — and among stable matchings it is the best for every
 * request. O(pairs × capacity) at worst, and far less in practice.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>

#include "grove-matching-private.h"

/**
 * grove_matching_stable_assign:
 * @capacity: (array length=n_coaches): seats per coach
 * @pref_start: (array): n_requests + 1 offsets into @pref_coach
 * @pref_coach: (array): each request's acceptable coaches, best first
 * @pref_rank: (array): for each entry of @pref_coach, the coach's rank of
 *   that request (lower is better; distinct for one coach's requests)
 *
 * Returns: (transfer full) (array length=n_requests): the coach of each
 *   request, or G_MAXUINT
 */
guint *
grove_matching_stable_assign (guint        n_requests,
                              guint        n_coaches,
                              const guint *capacity,
                              const guint *pref_start,
                              const guint *pref_coach,
                              const guint *pref_rank)
{
  guint *assigned = g_new (guint, MAX (n_requests, 1));
  g_autofree guint *next = g_new (guint, MAX (n_requests, 1));
  g_autofree guint *held_rank = g_new (guint, MAX (n_requests, 1));
  g_autofree guint *slot_start = g_new0 (guint, n_coaches + 1);
  g_autofree guint *slots = NULL;
  g_autofree guint *used = g_new0 (guint, MAX (n_coaches, 1));
  g_autofree guint *free_list = g_new (guint, MAX (n_requests, 1));
  guint n_free = 0;

  for (guint c = 0; c < n_coaches; c++)
    slot_start[c + 1] = slot_start[c] + capacity[c];
  slots = g_new (guint, MAX (slot_start[n_coaches], 1));

  /* Proposing from the last request down makes the first propose first. */
  for (guint r = n_requests; r-- > 0;)
    {
      assigned[r] = GROVE_MATCH_NONE;
      next[r] = pref_start[r];
      free_list[n_free++] = r;
    }

  while (n_free > 0)
    {
      guint r = free_list[--n_free];
      guint k, c, *held, worst = 0;

      if (next[r] == pref_start[r + 1])
        continue;  /* refused by everyone it accepts: stays unmatched */
      k = next[r]++;
      c = pref_coach[k];
      held = slots + slot_start[c];
      if (capacity[c] == 0)
        {
          free_list[n_free++] = r;
          continue;
        }
      if (used[c] < capacity[c])
        {
          held[used[c]++] = r;
          assigned[r] = c;
          held_rank[r] = pref_rank[k];
          continue;
        }
      for (guint s = 1; s < used[c]; s++)
        if (held_rank[held[s]] > held_rank[held[worst]])
          worst = s;
      if (held_rank[held[worst]] > pref_rank[k])
        {
          guint bumped = held[worst];

          assigned[bumped] = GROVE_MATCH_NONE;
          free_list[n_free++] = bumped;
          held[worst] = r;
          assigned[r] = c;
          held_rank[r] = pref_rank[k];
        }
      else
        free_list[n_free++] = r;
    }
  return assigned;
}

typedef struct {
  guint  score;
  guint  tie;
  gsize  pair;
} Ranked;

/* Coaches prefer higher scores, then the request that has waited longer. */
static int
compare_for_coach (const void *a,
                   const void *b)
{
  const Ranked *x = a, *y = b;

  if (x->score != y->score)
    return x->score > y->score ? -1 : 1;
  return (x->tie < y->tie) - (x->tie > y->tie);
}

/* Requests prefer higher scores, then the lower coach index. */
static int
compare_for_request (const void *a,
                     const void *b)
{
  const Ranked *x = a, *y = b;

  if (x->score != y->score)
    return x->score > y->score ? -1 : 1;
  return (x->tie > y->tie) - (x->tie < y->tie);
}

/* Each coach's rank of each of its requests, stored by pair. */
static guint *
rank_by_coaches (const GroveMatchGraph *g)
{
  gsize n_pairs = g->start[g->n_requests];
  guint *rank = g_new (guint, MAX (n_pairs, 1));
  g_autofree gsize *start = g_new0 (gsize, g->n_coaches + 1);
  g_autofree gsize *fill = NULL;
  g_autofree Ranked *list = g_new (Ranked, MAX (n_pairs, 1));

  for (gsize p = 0; p < n_pairs; p++)
    start[g->coach[p] + 1]++;
  for (guint c = 0; c < g->n_coaches; c++)
    start[c + 1] += start[c];
  fill = g_memdup2 (start, (g->n_coaches + 1) * sizeof (gsize));
  for (guint r = 0; r < g->n_requests; r++)
    for (gsize p = g->start[r]; p < g->start[r + 1]; p++)
      list[fill[g->coach[p]]++] = (Ranked) { g->score[p], g->tie[r], p };
  for (guint c = 0; c < g->n_coaches; c++)
    {
      qsort (list + start[c], start[c + 1] - start[c], sizeof (Ranked), compare_for_coach);
      for (gsize i = start[c]; i < start[c + 1]; i++)
        rank[list[i].pair] = (guint) (i - start[c]);
    }
  return rank;
}

/**
 * grove_matching_run_stable:
 *
 * A stable matching of the instance, with preferences from the scores:
 * each request ranks the coaches it may have by score, and each coach its
 * requests by score and then by their place in the waiting list. Only
 * pairs that every rule allows and that meet the minimum are acceptable.
 * Locked pairs are kept and take their seats first.
 *
 * Returns: (transfer full): the result, or %NULL with @error set
 */
GroveMatchResult *
grove_matching_run_stable (const GroveMatchInstance  *instance,
                           GError                   **error)
{
  g_autoptr(GroveMatchGraph) g = NULL;
  g_autofree guint *coach_rank = NULL;
  g_autofree guint *pref_start = NULL;
  g_autofree guint *pref_coach = NULL;
  g_autofree guint *pref_rank = NULL;
  g_autofree guint *assigned = NULL;
  g_autofree Ranked *row = NULL;
  gsize n_pairs;

  g_return_val_if_fail (instance != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  g = _grove_matching_graph_new (instance, error);
  if (g == NULL)
    return NULL;

  n_pairs = g->start[g->n_requests];
  coach_rank = rank_by_coaches (g);
  pref_start = g_new (guint, g->n_requests + 1);
  pref_coach = g_new (guint, MAX (n_pairs, 1));
  pref_rank = g_new (guint, MAX (n_pairs, 1));
  row = g_new (Ranked, MAX (g->n_coaches, 1));
  for (guint r = 0; r < g->n_requests; r++)
    {
      gsize len = g->start[r + 1] - g->start[r];

      pref_start[r] = (guint) g->start[r];
      for (gsize i = 0; i < len; i++)
        {
          gsize p = g->start[r] + i;

          row[i] = (Ranked) { g->score[p], g->coach[p], p };
        }
      qsort (row, len, sizeof (Ranked), compare_for_request);
      for (gsize i = 0; i < len; i++)
        {
          pref_coach[g->start[r] + i] = g->coach[row[i].pair];
          pref_rank[g->start[r] + i] = coach_rank[row[i].pair];
        }
    }
  pref_start[g->n_requests] = (guint) n_pairs;

  assigned = grove_matching_stable_assign (g->n_requests, g->n_coaches, g->capacity,
                                           pref_start, pref_coach, pref_rank);
  return _grove_matching_result_new (instance, g, assigned);
}
