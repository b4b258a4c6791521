/* grove-matching-score.c: the hard rules and the soft criteria of a pair
 *
 * Hard rules decide whether a pair may exist at all; soft criteria, each
 * from 0 to GROVE_MATCH_SCALE and weighted by the request's programme, say
 * how good it is. Everything here is O(1) per pair apart from the sorted
 * list intersections, which are a handful of entries long, so scoring all
 * 2.5 million pairs of the benchmark takes a few tens of milliseconds.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "grove-matching-private.h"

#define HALF (GROVE_MATCH_SCALE / 2)

/**
 * grove_matching_number_lines:
 * @n: people
 * @parent: (array length=n): each person's line manager as an index, or
 *   G_MAXUINT for none
 * @enter: (out caller-allocates) (array length=n):
 * @leave: (out caller-allocates) (array length=n):
 *
 * An Euler tour of the line-management forest, iterative so that a long
 * line cannot overflow the stack. Afterwards a is above b, at any distance,
 * exactly when enter[a] < enter[b] and leave[b] <= leave[a].
 */
void
grove_matching_number_lines (guint        n,
                             const guint *parent,
                             guint32     *enter,
                             guint32     *leave)
{
  g_autofree guint *child_start = g_new0 (guint, n + 1);
  g_autofree guint *children = g_new (guint, MAX (n, 1));
  g_autofree guint *fill = g_new (guint, n + 1);
  g_autofree guint *stack = g_new (guint, MAX (n, 1));
  g_autofree guint *next_child = g_new (guint, MAX (n, 1));
  g_autofree gboolean *seen = g_new0 (gboolean, MAX (n, 1));
  guint32 clock = 0;

  for (guint i = 0; i < n; i++)
    if (parent[i] < n && parent[i] != i)
      child_start[parent[i] + 1]++;
  for (guint i = 0; i < n; i++)
    child_start[i + 1] += child_start[i];
  memcpy (fill, child_start, (n + 1) * sizeof (guint));
  for (guint i = 0; i < n; i++)
    if (parent[i] < n && parent[i] != i)
      children[fill[parent[i]]++] = i;

  /* Roots first; then anyone left over sits on a cycle, which is cut at the
   * first person met so that everyone is numbered once. */
  for (guint pass = 0; pass < 2; pass++)
    for (guint root = 0; root < n; root++)
      {
        guint depth = 0;

        if (seen[root] || (pass == 0 && parent[root] < n && parent[root] != root))
          continue;
        seen[root] = TRUE;
        enter[root] = clock++;
        stack[depth] = root;
        next_child[depth++] = child_start[root];
        while (depth > 0)
          {
            guint top = stack[depth - 1];

            if (next_child[depth - 1] < child_start[top + 1])
              {
                guint child = children[next_child[depth - 1]++];

                if (seen[child])
                  continue;
                seen[child] = TRUE;
                enter[child] = clock++;
                stack[depth] = child;
                next_child[depth++] = child_start[child];
              }
            else
              {
                leave[top] = clock;
                depth--;
              }
          }
      }
}

static gboolean
is_above (const GroveMatchPerson *a,
          const GroveMatchPerson *b)
{
  return a->line_enter < b->line_enter && b->line_leave <= a->line_leave;
}

static gboolean
is_subset (const guint32 *needed,
           guint          n_needed,
           const guint32 *offered,
           guint          n_offered)
{
  guint j = 0;

  for (guint i = 0; i < n_needed; i++)
    {
      while (j < n_offered && offered[j] < needed[i])
        j++;
      if (j == n_offered || offered[j] != needed[i])
        return FALSE;
    }
  return TRUE;
}

static guint
count_common (const guint32 *a,
              guint          n_a,
              const guint32 *b,
              guint          n_b)
{
  guint i = 0, j = 0, common = 0;

  while (i < n_a && j < n_b)
    {
      if (a[i] < b[j])
        i++;
      else if (a[i] > b[j])
        j++;
      else
        common++, i++, j++;
    }
  return common;
}

static gboolean
contains_id (const gint64 *sorted,
             guint         n,
             gint64        id)
{
  guint lo = 0, hi = n;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (sorted[mid] < id)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo < n && sorted[lo] == id;
}

GroveMatchReason
_grove_matching_pair_rule (const GroveMatchInstance *instance,
                           guint                     request,
                           guint                     coach)
{
  const GroveMatchRequest *r = &instance->requests[request];
  const GroveMatchCoach *c = &instance->coaches[coach];
  guint role = r->kind == GROVE_MATCH_MENTORING ? GROVE_MATCH_ROLE_MENTOR : GROVE_MATCH_ROLE_COACH;

  if (!c->active || (c->roles & role) == 0 || c->who.person == r->who.person)
    return GROVE_MATCH_REASON_NO_COACH;
  if (!is_subset (r->languages, r->n_languages, c->languages, c->n_languages))
    return GROVE_MATCH_REASON_LANGUAGE;
  /* Neither the coachee's managers, nor anyone who reports to them. */
  if (is_above (&c->who, &r->who) || is_above (&r->who, &c->who) ||
      contains_id (r->avoid, r->n_avoid, c->who.person))
    return GROVE_MATCH_REASON_RULES;
  return GROVE_MATCH_REASON_NONE;
}

/**
 * grove_matching_pair_allowed:
 *
 * Returns: TRUE when every hard rule except capacity allows @coach for
 *   @request: active, the right role, not the person themselves, speaking
 *   the languages needed, outside the reporting line both ways, neither
 *   excluded nor an earlier coach the request did not ask for
 */
gboolean
grove_matching_pair_allowed (const GroveMatchInstance *instance,
                             guint                     request,
                             guint                     coach)
{
  g_return_val_if_fail (instance != NULL, FALSE);
  g_return_val_if_fail (request < instance->n_requests && coach < instance->n_coaches, FALSE);

  return _grove_matching_pair_rule (instance, request, coach) == GROVE_MATCH_REASON_NONE;
}

static guint
score_availability (guint32 a,
                    guint32 b)
{
  guint shared;

  if (a == 0 || b == 0)
    return HALF;  /* not given: neither a reason for nor against */
  shared = (guint) __builtin_popcount (a & b);
  /* Two shared half-days leave room to rearrange a session. */
  return shared >= 2 ? GROVE_MATCH_SCALE : shared == 1 ? HALF : 0;
}

static void
score_criteria (const GroveMatchRequest *r,
                const GroveMatchCoach   *c,
                guint16                 *criteria)
{
  const GroveMatchPerson *a = &r->who, *b = &c->who;

  criteria[GROVE_MATCH_SPECIALISM] =
    r->n_wanted == 0 ? HALF
                     : (guint16) (GROVE_MATCH_SCALE * count_common (r->wanted, r->n_wanted, c->specialisms,
                                                                    c->n_specialisms) / r->n_wanted);
  criteria[GROVE_MATCH_PROFESSION] =
    a->profession >= 0 && a->profession == b->profession ? GROVE_MATCH_SCALE : 0;
  criteria[GROVE_MATCH_SENIORITY] =
    a->grade_rank >= 0 && b->grade_rank > a->grade_rank ? GROVE_MATCH_SCALE : 0;
  criteria[GROVE_MATCH_DIRECTORATE] =
    a->directorate <= 0 || b->directorate <= 0 ? HALF : a->directorate != b->directorate ? GROVE_MATCH_SCALE : 0;
  criteria[GROVE_MATCH_LOCATION] =
    (a->location >= 0 && a->location == b->location) || (a->remote && b->remote) ? GROVE_MATCH_SCALE : 0;
  criteria[GROVE_MATCH_AVAILABILITY] = (guint16) score_availability (a->availability, b->availability);
}

static gboolean
criterion_applies (GroveMatchKind      kind,
                   GroveMatchCriterion criterion)
{
  return kind == GROVE_MATCH_MENTORING ||
         (criterion != GROVE_MATCH_PROFESSION && criterion != GROVE_MATCH_SENIORITY);
}

/**
 * grove_matching_score_pair:
 * @criteria: (out caller-allocates) (array fixed-size=6) (nullable): each
 *   criterion unweighted; 0 for those that do not apply (profession and
 *   seniority are for mentoring)
 *
 * The weighted mean of the criteria that apply, by the weights of the
 * request's programme, rounded to an integer. With every weight 0 nothing
 * is preferred and every pair scores GROVE_MATCH_SCALE.
 *
 * Returns: the score, 0 to GROVE_MATCH_SCALE
 */
guint
grove_matching_score_pair (const GroveMatchInstance *instance,
                           guint                     request,
                           guint                     coach,
                           guint16                  *criteria)
{
  const GroveMatchRequest *r;
  const GroveMatchProgramme *programme;
  guint16 values[GROVE_MATCH_N_CRITERIA];
  guint64 sum = 0, weights = 0;

  g_return_val_if_fail (instance != NULL, 0);
  g_return_val_if_fail (request < instance->n_requests && coach < instance->n_coaches, 0);

  r = &instance->requests[request];
  programme = &instance->programmes[r->programme];
  score_criteria (r, &instance->coaches[coach], values);
  for (guint i = 0; i < GROVE_MATCH_N_CRITERIA; i++)
    {
      if (!criterion_applies (r->kind, i))
        {
          values[i] = 0;
          continue;
        }
      sum += (guint64) programme->weights[i] * values[i];
      weights += programme->weights[i];
    }
  if (criteria != NULL)
    memcpy (criteria, values, sizeof values);
  return weights == 0 ? GROVE_MATCH_SCALE : (guint) ((sum + weights / 2) / weights);
}

const char *
grove_match_criterion_to_string (GroveMatchCriterion criterion)
{
  static const char * const names[] = {
    "specialism", "profession", "seniority", "directorate", "location", "availability",
  };

  g_return_val_if_fail (criterion < GROVE_MATCH_N_CRITERIA, NULL);
  return names[criterion];
}

const char *
grove_match_criterion_label (GroveMatchCriterion criterion)
{
  static const char * const labels[] = {
    N_("Specialism fit"), N_("Same profession"), N_("More senior grade"), N_("Different directorate"),
    N_("Location"), N_("Availability"),
  };

  g_return_val_if_fail (criterion < GROVE_MATCH_N_CRITERIA, NULL);
  return _(labels[criterion]);
}

const char *
grove_match_reason_to_string (GroveMatchReason reason)
{
  static const char * const names[] = {
    "matched", "no-coach", "language", "rules", "below-minimum", "all-full",
  };

  g_return_val_if_fail (reason <= GROVE_MATCH_REASON_ALL_FULL, NULL);
  return names[reason];
}

const char *
grove_match_reason_label (GroveMatchReason reason)
{
  static const char * const labels[] = {
    N_("Matched"),
    N_("No active coach or mentor in the pool for this kind of request"),
    N_("No eligible coach speaks the languages this request needs"),
    N_("Every coach who fits is in the person’s reporting line, excluded or an earlier coach"),
    N_("Only pairs below the programme’s minimum score"),
    N_("All eligible coaches are full"),
  };

  g_return_val_if_fail (reason <= GROVE_MATCH_REASON_ALL_FULL, NULL);
  return _(labels[reason]);
}

const char *
grove_match_mode_to_string (GroveMatchMode mode)
{
  static const char * const names[] = { "optimal", "stable", "choice" };

  g_return_val_if_fail (mode <= GROVE_MATCH_MODE_CHOICE, NULL);
  return names[mode];
}
