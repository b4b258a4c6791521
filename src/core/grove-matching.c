/* grove-matching.c: the eligible pairs, the three modes and their results
 *
 * A run first builds the graph of eligible pairs (grove-matching-private.h):
 * every hard rule is checked once per pair here, with the reporting lines
 * already numbered so that "in the line" costs two comparisons. The modes
 * then work on that graph alone: the optimal one by min-cost flow
 * (grove-matching-flow.c), the stable one by deferred acceptance
 * (grove-matching-stable.c), and choice mode by picking each request's
 * best few coaches below.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>

#include "grove-matching-private.h"

G_DEFINE_QUARK (grove-matching-error-quark, grove_matching_error)

void
_grove_matching_graph_free (GroveMatchGraph *graph)
{
  if (graph == NULL)
    return;
  g_free (graph->start);
  g_free (graph->coach);
  g_free (graph->score);
  g_free (graph->capacity);
  g_free (graph->tie);
  g_free (graph->locked_to);
  g_free (graph->reason);
  g_free (graph);
}

static gboolean
set_invalid (GError     **error,
             const char  *message)
{
  g_set_error_literal (error, GROVE_MATCHING_ERROR, GROVE_MATCHING_ERROR_INVALID, message);
  return FALSE;
}

static gboolean
check_instance (const GroveMatchInstance  *instance,
                GError                   **error)
{
  if (instance->n_programmes == 0 && instance->n_requests > 0)
    return set_invalid (error, _("Matching needs at least one programme for its weights."));
  for (guint i = 0; i < instance->n_programmes; i++)
    if (instance->programmes[i].min_score > GROVE_MATCH_SCALE)
      return set_invalid (error, _("A programme’s minimum score is above the highest score possible."));
  for (guint r = 0; r < instance->n_requests; r++)
    if (instance->requests[r].programme >= instance->n_programmes)
      return set_invalid (error, _("A request belongs to a programme that is not part of the matching."));
  return TRUE;
}

/* Locks are kept as they are, so one that breaks a rule is refused rather
 * than quietly dropped: the caller says which pair and why. */
static gboolean
apply_locks (const GroveMatchInstance  *instance,
             GroveMatchGraph           *graph,
             GError                   **error)
{
  for (guint c = 0; c < instance->n_coaches; c++)
    graph->capacity[c] = instance->coaches[c].active ? instance->coaches[c].capacity : 0;
  for (guint r = 0; r < instance->n_requests; r++)
    graph->locked_to[r] = GROVE_MATCH_NONE;

  for (guint i = 0; i < instance->n_locks; i++)
    {
      const GroveMatchLock *lock = &instance->locks[i];

      if (lock->request >= instance->n_requests || lock->coach >= instance->n_coaches)
        return set_invalid (error, _("A locked pair names a request or coach that is not part of the matching."));
      if (graph->locked_to[lock->request] != GROVE_MATCH_NONE)
        return set_invalid (error, _("A request is locked to two coaches."));
      if (_grove_matching_pair_rule (instance, lock->request, lock->coach) != GROVE_MATCH_REASON_NONE)
        return set_invalid (error, _("A locked pair breaks a matching rule (role, language, reporting line or "
                                     "exclusion): unlock it first."));
      if (graph->capacity[lock->coach] == 0)
        return set_invalid (error, _("Locked pairs take more seats than their coach has."));
      graph->capacity[lock->coach]--;
      graph->locked_to[lock->request] = lock->coach;
    }
  return TRUE;
}

typedef struct {
  guint priority;
  guint index;
} Place;

static int
compare_places (const void *a,
                const void *b)
{
  const Place *x = a, *y = b;

  if (x->priority != y->priority)
    return x->priority < y->priority ? -1 : 1;
  return (x->index > y->index) - (x->index < y->index);
}

/* The waiting list as a number per request, n for the first and 1 for the
 * last: the flow's tie-breaker. */
static void
rank_waiting_list (const GroveMatchInstance *instance,
                   guint                    *tie)
{
  guint n = instance->n_requests;
  g_autofree Place *places = g_new (Place, MAX (n, 1));

  for (guint r = 0; r < n; r++)
    places[r] = (Place) { instance->requests[r].priority, r };
  qsort (places, n, sizeof (Place), compare_places);
  for (guint k = 0; k < n; k++)
    tie[places[k].index] = n - k;
}

static void
add_pairs (const GroveMatchInstance *instance,
           GroveMatchGraph          *graph,
           guint                     r,
           GArray                   *coaches,
           GArray                   *scores)
{
  guint min_score = instance->programmes[instance->requests[r].programme].min_score;
  GroveMatchReason furthest = GROVE_MATCH_REASON_NO_COACH;

  for (guint c = 0; c < instance->n_coaches; c++)
    {
      GroveMatchReason rule = _grove_matching_pair_rule (instance, r, c);
      guint score;

      if (rule != GROVE_MATCH_REASON_NONE)
        {
          furthest = MAX (furthest, rule);
          continue;
        }
      score = grove_matching_score_pair (instance, r, c, NULL);
      if (score < min_score)
        {
          furthest = MAX (furthest, GROVE_MATCH_REASON_BELOW_MINIMUM);
          continue;
        }
      /* Eligible: unmatched, it can only be because the coach is full. */
      furthest = GROVE_MATCH_REASON_ALL_FULL;
      graph->eligible++;
      if (graph->capacity[c] > 0)
        {
          guint32 coach = c;
          guint16 value = (guint16) score;

          g_array_append_val (coaches, coach);
          g_array_append_val (scores, value);
        }
    }
  graph->reason[r] = furthest;
}

GroveMatchGraph *
_grove_matching_graph_new (const GroveMatchInstance  *instance,
                           GError                   **error)
{
  g_autoptr(GroveMatchGraph) graph = g_new0 (GroveMatchGraph, 1);
  g_autoptr(GArray) coaches = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_autoptr(GArray) scores = g_array_new (FALSE, FALSE, sizeof (guint16));
  guint n = instance->n_requests;

  if (!check_instance (instance, error))
    return NULL;

  graph->n_requests = n;
  graph->n_coaches = instance->n_coaches;
  graph->start = g_new0 (gsize, n + 1);
  graph->capacity = g_new0 (guint, MAX (instance->n_coaches, 1));
  graph->tie = g_new0 (guint, MAX (n, 1));
  graph->locked_to = g_new (guint, MAX (n, 1));
  graph->reason = g_new0 (GroveMatchReason, MAX (n, 1));
  if (!apply_locks (instance, graph, error))
    return NULL;
  rank_waiting_list (instance, graph->tie);

  for (guint r = 0; r < n; r++)
    {
      if (graph->locked_to[r] == GROVE_MATCH_NONE)
        add_pairs (instance, graph, r, coaches, scores);
      else
        graph->reason[r] = GROVE_MATCH_REASON_NONE;
      graph->start[r + 1] = coaches->len;
    }
  graph->coach = (guint32 *) (void *) g_array_free (g_steal_pointer (&coaches), FALSE);
  graph->score = (guint16 *) (void *) g_array_free (g_steal_pointer (&scores), FALSE);
  return g_steal_pointer (&graph);
}

static void
fill_pair (const GroveMatchInstance *instance,
           GroveMatchPair           *pair,
           guint                     request,
           guint                     coach,
           gboolean                  locked)
{
  pair->request = request;
  pair->coach = coach;
  pair->locked = locked;
  pair->score = grove_matching_score_pair (instance, request, coach, pair->criteria);
}

GroveMatchResult *
_grove_matching_result_new (const GroveMatchInstance *instance,
                            const GroveMatchGraph    *graph,
                            const guint              *assignment)
{
  GroveMatchResult *result = g_new0 (GroveMatchResult, 1);
  guint n = instance->n_requests;

  result->pairs = g_new0 (GroveMatchPair, MAX (n, 1));
  result->reasons = g_new0 (GroveMatchReason, MAX (n, 1));
  result->n_requests = n;
  result->eligible_pairs = graph->eligible;
  for (guint r = 0; r < n; r++)
    {
      gboolean locked = graph->locked_to[r] != GROVE_MATCH_NONE;
      guint coach = locked ? graph->locked_to[r] : assignment[r];

      if (coach == GROVE_MATCH_NONE)
        {
          result->reasons[r] = graph->reason[r];
          continue;
        }
      fill_pair (instance, &result->pairs[result->n_pairs], r, coach, locked);
      result->total_score += result->pairs[result->n_pairs].score;
      result->n_pairs++;
    }
  return result;
}

/**
 * grove_matching_run_optimal:
 *
 * Matches as many requests as the rules and seats allow; among all such
 * matchings, one with the highest total score; among those, one that
 * favours the requests that have waited longest. Locked pairs are part of
 * the result as they are, and take their seats first. See
 * grove-matching-flow.c for the method and the proof.
 *
 * Returns: (transfer full): the result, or %NULL with @error set when the
 *   instance is inconsistent (a lock that breaks a rule, a programme out of
 *   range) or too large for exact costs
 */
GroveMatchResult *
grove_matching_run_optimal (const GroveMatchInstance  *instance,
                            GError                   **error)
{
  g_autoptr(GroveMatchGraph) graph = NULL;
  g_autofree guint *assignment = NULL;

  g_return_val_if_fail (instance != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  graph = _grove_matching_graph_new (instance, error);
  if (graph == NULL)
    return NULL;
  assignment = _grove_matching_flow (graph, error);
  if (assignment == NULL)
    return NULL;
  return _grove_matching_result_new (instance, graph, assignment);
}

/* Best first; equal scores go to the lower index, so the order is total. */
static gboolean
better_option (const GroveMatchGraph *graph,
               gsize                  a,
               gsize                  b)
{
  if (graph->score[a] != graph->score[b])
    return graph->score[a] > graph->score[b];
  return graph->coach[a] < graph->coach[b];
}

static void
choose_for (const GroveMatchInstance *instance,
            const GroveMatchGraph    *graph,
            guint                     r,
            GroveMatchChoice         *choice)
{
  gsize best[G_N_ELEMENTS (choice->options)];
  guint n = 0;

  for (gsize k = graph->start[r]; k < graph->start[r + 1]; k++)
    {
      guint at;

      /* Insertion into a list of three: cheaper than sorting the row. */
      if (n == G_N_ELEMENTS (best) && !better_option (graph, k, best[n - 1]))
        continue;
      at = MIN (n, G_N_ELEMENTS (best) - 1);
      while (at > 0 && better_option (graph, k, best[at - 1]))
        {
          best[at] = best[at - 1];
          at--;
        }
      best[at] = k;
      n = MIN (n + 1, G_N_ELEMENTS (best));
    }
  choice->request = r;
  choice->n_options = n;
  choice->reason = n > 0 ? GROVE_MATCH_REASON_NONE : graph->reason[r];
  for (guint i = 0; i < n; i++)
    fill_pair (instance, &choice->options[i], r, graph->coach[best[i]], FALSE);
}

/**
 * grove_matching_run_choice:
 *
 * For each request that is not locked, its three best coaches with a free
 * seat that every rule allows and that meet the minimum, best first, each
 * with its score breakdown; or, when there are none, the reason. The
 * person chooses; the choice is then recorded as a locked pair.
 *
 * Returns: (transfer full): the choices, in request order, or %NULL with
 *   @error set
 */
GroveMatchChoices *
grove_matching_run_choice (const GroveMatchInstance  *instance,
                           GError                   **error)
{
  g_autoptr(GroveMatchGraph) graph = NULL;
  GroveMatchChoices *choices;

  g_return_val_if_fail (instance != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  graph = _grove_matching_graph_new (instance, error);
  if (graph == NULL)
    return NULL;

  choices = g_new0 (GroveMatchChoices, 1);
  choices->choices = g_new0 (GroveMatchChoice, MAX (instance->n_requests, 1));
  for (guint r = 0; r < instance->n_requests; r++)
    if (graph->locked_to[r] == GROVE_MATCH_NONE)
      choose_for (instance, graph, r, &choices->choices[choices->n_choices++]);
  return choices;
}

void
grove_match_result_free (GroveMatchResult *result)
{
  if (result == NULL)
    return;
  g_free (result->pairs);
  g_free (result->reasons);
  g_free (result);
}

void
grove_match_choices_free (GroveMatchChoices *choices)
{
  if (choices == NULL)
    return;
  g_free (choices->choices);
  g_free (choices);
}
