/* test-matching.c: the matching engine against exhaustive search, its rules
 * and properties, stable and choice modes, and the reasons it gives
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "grove-matching.h"

#define MAX_PEOPLE 64

/* An instance and the arrays behind it. */
typedef struct {
  GroveMatchInstance   instance;
  GroveMatchCoach     *coaches;
  GroveMatchRequest   *requests;
  GroveMatchProgramme  programmes[2];
  GroveMatchLock      *locks;
  guint32             *ids;      /* specialisms and languages, 4 per side */
  gint64              *avoid;    /* 2 per request */
  guint32              enter[MAX_PEOPLE];
  guint32              leave[MAX_PEOPLE];
} Case;

static void
case_free (Case *c)
{
  g_free (c->coaches);
  g_free (c->requests);
  g_free (c->locks);
  g_free (c->ids);
  g_free (c->avoid);
  g_free (c);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Case, case_free)

static guint
below (GRand *rand,
       guint  n)
{
  return (guint) g_rand_int_range (rand, 0, (gint32) n);
}

/* A sorted set of up to 3 ids from [0, range). */
static guint
random_set (GRand   *rand,
            guint32 *out,
            guint    range)
{
  guint n = 0;

  for (guint32 id = 0; id < range && n < 3; id++)
    if (below (rand, 3) == 0)
      out[n++] = id;
  return n;
}

static void
random_person (GRand            *rand,
               Case             *c,
               guint             n_people,
               GroveMatchPerson *who)
{
  guint person = below (rand, n_people);

  who->person = person + 1;
  who->line_enter = c->enter[person];
  who->line_leave = c->leave[person];
  who->profession = (gint32) below (rand, 3) - 1;
  who->grade_rank = (int) below (rand, 6) - 1;
  who->directorate = below (rand, 4);
  who->location = (gint32) below (rand, 3) - 1;
  who->remote = below (rand, 2);
  who->availability = below (rand, 16);
}

/* Small numbers of values make ties and refusals common, which is where
 * mistakes hide. */
static Case *
random_case (GRand *rand,
             guint  n_requests,
             guint  n_coaches,
             guint  max_capacity,
             guint  n_people)
{
  Case *c = g_new0 (Case, 1);
  guint parent[MAX_PEOPLE];
  guint n_locks = 0;
  g_autofree guint *locked_seats = g_new0 (guint, n_coaches);

  g_assert_cmpuint (n_people, <=, MAX_PEOPLE);
  for (guint p = 0; p < n_people; p++)
    parent[p] = p == 0 || below (rand, 4) == 0 ? G_MAXUINT : below (rand, p);
  grove_matching_number_lines (n_people, parent, c->enter, c->leave);

  c->coaches = g_new0 (GroveMatchCoach, n_coaches);
  c->requests = g_new0 (GroveMatchRequest, n_requests);
  c->locks = g_new0 (GroveMatchLock, n_requests);
  c->ids = g_new0 (guint32, 8 * (n_requests + n_coaches));
  c->avoid = g_new0 (gint64, 2 * n_requests);
  for (guint i = 0; i < 2; i++)
    {
      for (guint k = 0; k < GROVE_MATCH_N_CRITERIA; k++)
        c->programmes[i].weights[k] = below (rand, 4);
      c->programmes[i].min_score = below (rand, 3) == 0 ? below (rand, 6000) : 0;
    }

  for (guint i = 0; i < n_coaches; i++)
    {
      GroveMatchCoach *coach = &c->coaches[i];
      guint32 *ids = c->ids + 8 * i;

      coach->id = 100 + i;
      random_person (rand, c, n_people, &coach->who);
      coach->roles = 1 + below (rand, 3);
      coach->capacity = below (rand, max_capacity + 1);
      coach->active = below (rand, 8) != 0;
      coach->specialisms = ids;
      coach->n_specialisms = random_set (rand, ids, 5);
      coach->languages = ids + 4;
      coach->n_languages = random_set (rand, ids + 4, 3);
    }
  for (guint i = 0; i < n_requests; i++)
    {
      GroveMatchRequest *request = &c->requests[i];
      guint32 *ids = c->ids + 8 * (n_coaches + i);
      gint64 *avoid = c->avoid + 2 * i;

      request->id = 1000 + i;
      random_person (rand, c, n_people, &request->who);
      request->kind = below (rand, 2);
      request->programme = below (rand, 2);
      request->priority = below (rand, 3);
      request->wanted = ids;
      request->n_wanted = random_set (rand, ids, 5);
      request->languages = ids + 4;
      request->n_languages = below (rand, 3) == 0 ? random_set (rand, ids + 4, 2) : 0;
      request->avoid = avoid;
      if (below (rand, 3) == 0)
        avoid[request->n_avoid++] = 1 + below (rand, n_people);
    }

  /* A few locks, on pairs the rules allow and seats that are there. */
  for (guint r = 0; r < n_requests; r++)
    {
      guint coach = below (rand, n_coaches);

      if (below (rand, 6) != 0)
        continue;
      c->instance = (GroveMatchInstance) { c->coaches, n_coaches, c->requests, n_requests, c->programmes, 2, NULL, 0 };
      if (!grove_matching_pair_allowed (&c->instance, r, coach) ||
          locked_seats[coach] >= c->coaches[coach].capacity)
        continue;
      locked_seats[coach]++;
      c->locks[n_locks++] = (GroveMatchLock) { r, coach };
    }
  c->instance = (GroveMatchInstance) { c->coaches, n_coaches, c->requests, n_requests, c->programmes, 2,
                                       c->locks, n_locks };
  return c;
}

/* --- exhaustive search --- */

typedef struct {
  const GroveMatchInstance *instance;
  guint    *coach_of;     /* per request, or G_MAXUINT */
  guint    *used;
  guint    *tie;
  guint     count, best_count;
  guint64   score, best_score;
  guint64   ties, best_ties;
} Search;

static gboolean
acceptable (const GroveMatchInstance *in,
            guint                     r,
            guint                     c)
{
  return grove_matching_pair_allowed (in, r, c) &&
         grove_matching_score_pair (in, r, c, NULL) >= in->programmes[in->requests[r].programme].min_score;
}

static void
search (Search *s,
        guint   r)
{
  const GroveMatchInstance *in = s->instance;

  if (r == in->n_requests)
    {
      if (s->count > s->best_count ||
          (s->count == s->best_count && (s->score > s->best_score ||
                                         (s->score == s->best_score && s->ties > s->best_ties))))
        {
          s->best_count = s->count;
          s->best_score = s->score;
          s->best_ties = s->ties;
        }
      return;
    }
  if (s->coach_of[r] != G_MAXUINT)  /* locked */
    {
      search (s, r + 1);
      return;
    }
  search (s, r + 1);
  for (guint c = 0; c < in->n_coaches; c++)
    {
      guint score;

      if (s->used[c] >= in->coaches[c].capacity || !acceptable (in, r, c))
        continue;
      score = grove_matching_score_pair (in, r, c, NULL);
      s->used[c]++, s->count++, s->score += score, s->ties += s->tie[r];
      search (s, r + 1);
      s->used[c]--, s->count--, s->score -= score, s->ties -= s->tie[r];
    }
}

/* The tie-breaker's value for each request: n for the first in the waiting
 * list (by priority, then index), 1 for the last. */
static void
waiting_ties (const GroveMatchInstance *in,
              guint                    *tie)
{
  for (guint r = 0; r < in->n_requests; r++)
    {
      guint place = 0;

      for (guint o = 0; o < in->n_requests; o++)
        if (in->requests[o].priority < in->requests[r].priority ||
            (in->requests[o].priority == in->requests[r].priority && o < r))
          place++;
      tie[r] = in->n_requests - place;
    }
}

static void
test_optimal_equals_exhaustive (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20260501);
  guint instances = g_test_thorough () ? 20000 : 3000;

  for (guint i = 0; i < instances; i++)
    {
      g_autoptr(Case) c = random_case (rand, 1 + below (rand, 6), 1 + below (rand, 4), 2, 8);
      const GroveMatchInstance *in = &c->instance;
      g_autoptr(GroveMatchResult) result = NULL;
      g_autoptr(GError) error = NULL;
      guint coach_of[6], used[4] = { 0 }, tie[6];
      Search s = { in, coach_of, used, tie, 0, 0, 0, 0, 0, 0 };
      guint64 ties = 0, locked_score = 0;

      waiting_ties (in, tie);
      for (guint r = 0; r < in->n_requests; r++)
        coach_of[r] = G_MAXUINT;
      for (guint k = 0; k < in->n_locks; k++)
        {
          guint r = in->locks[k].request, co = in->locks[k].coach;

          coach_of[r] = co;
          used[co]++;
          locked_score += grove_matching_score_pair (in, r, co, NULL);
        }
      search (&s, 0);

      result = grove_matching_run_optimal (in, &error);
      g_assert_no_error (error);
      for (guint k = 0; k < result->n_pairs; k++)
        if (!result->pairs[k].locked)
          ties += tie[result->pairs[k].request];
      if (result->n_pairs != s.best_count + in->n_locks ||
          result->total_score != s.best_score + locked_score || ties != s.best_ties)
        g_error ("instance %u: flow found %u pairs, score %" G_GUINT64_FORMAT ", ties %" G_GUINT64_FORMAT
                 "; search found %u, %" G_GUINT64_FORMAT ", %" G_GUINT64_FORMAT,
                 i, result->n_pairs, result->total_score, ties, s.best_count + in->n_locks,
                 s.best_score + locked_score, s.best_ties);
    }
}

/* --- properties on large instances --- */

static void
assert_result_valid (const GroveMatchInstance *in,
                     const GroveMatchResult   *result)
{
  g_autofree guint *used = g_new0 (guint, in->n_coaches);
  g_autofree gboolean *matched = g_new0 (gboolean, in->n_requests);
  guint64 total = 0;

  for (guint k = 0; k < result->n_pairs; k++)
    {
      const GroveMatchPair *pair = &result->pairs[k];

      g_assert_false (matched[pair->request]);
      matched[pair->request] = TRUE;
      g_assert_true (grove_matching_pair_allowed (in, pair->request, pair->coach));
      g_assert_cmpuint (++used[pair->coach], <=, in->coaches[pair->coach].capacity);
      g_assert_cmpuint (pair->score, ==, grove_matching_score_pair (in, pair->request, pair->coach, NULL));
      if (!pair->locked)
        g_assert_cmpuint (pair->score, >=, in->programmes[in->requests[pair->request].programme].min_score);
      total += pair->score;
    }
  g_assert_cmpuint (total, ==, result->total_score);
  for (guint k = 0; k < in->n_locks; k++)
    {
      gboolean found = FALSE;

      for (guint p = 0; p < result->n_pairs; p++)
        found |= result->pairs[p].request == in->locks[k].request && result->pairs[p].coach == in->locks[k].coach &&
                 result->pairs[p].locked;
      g_assert_true (found);
    }
  for (guint r = 0; r < in->n_requests; r++)
    {
      g_assert_true (matched[r] == (result->reasons[r] == GROVE_MATCH_REASON_NONE));
      if (result->reasons[r] != GROVE_MATCH_REASON_ALL_FULL)
        continue;
      /* "All full" must be true: every acceptable coach has no seat left. */
      for (guint c = 0; c < in->n_coaches; c++)
        if (acceptable (in, r, c))
          g_assert_cmpuint (used[c], ==, in->coaches[c].capacity);
    }
}

static void
test_optimal_properties (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);

  for (guint i = 0; i < 20; i++)
    {
      g_autoptr(Case) c = random_case (rand, 400, 60, 5, MAX_PEOPLE);
      g_autoptr(GroveMatchResult) first = NULL;
      g_autoptr(GroveMatchResult) second = NULL;
      g_autoptr(GError) error = NULL;

      first = grove_matching_run_optimal (&c->instance, &error);
      g_assert_no_error (error);
      assert_result_valid (&c->instance, first);

      second = grove_matching_run_optimal (&c->instance, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (first->n_pairs, ==, second->n_pairs);
      g_assert_cmpmem (first->pairs, first->n_pairs * sizeof (GroveMatchPair),
                       second->pairs, second->n_pairs * sizeof (GroveMatchPair));
      g_assert_cmpmem (first->reasons, c->instance.n_requests * sizeof (GroveMatchReason),
                       second->reasons, c->instance.n_requests * sizeof (GroveMatchReason));
    }
}

/* --- stable mode --- */

static gboolean
is_locked (const GroveMatchInstance *in,
           guint                     r)
{
  for (guint k = 0; k < in->n_locks; k++)
    if (in->locks[k].request == r)
      return TRUE;
  return FALSE;
}

static void
test_stable_assign_no_blocking_pair (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (11);

  for (guint i = 0; i < 500; i++)
    {
      guint n_r = 1 + below (rand, 30), n_c = 1 + below (rand, 8);
      g_autofree guint *capacity = g_new (guint, n_c);
      g_autofree guint *start = g_new (guint, n_r + 1);
      g_autofree guint *coach = g_new (guint, n_r * n_c);
      g_autofree guint *rank = g_new (guint, n_r * n_c);
      g_autofree guint *coach_rank = g_new (guint, n_r * n_c);  /* [c * n_r + r] */
      g_autofree guint *assigned = NULL;
      g_autofree guint *used = g_new0 (guint, n_c);
      guint n = 0;

      for (guint c = 0; c < n_c; c++)
        capacity[c] = below (rand, 4);
      /* Coaches rank requests by a random permutation. */
      for (guint c = 0; c < n_c; c++)
        {
          for (guint r = 0; r < n_r; r++)
            coach_rank[c * n_r + r] = r;
          for (guint r = n_r; r-- > 1;)
            {
              guint j = below (rand, r + 1), t = coach_rank[c * n_r + r];

              coach_rank[c * n_r + r] = coach_rank[c * n_r + j];
              coach_rank[c * n_r + j] = t;
            }
        }
      for (guint r = 0; r < n_r; r++)
        {
          guint order[8];

          start[r] = n;
          for (guint c = 0; c < n_c; c++)
            order[c] = c;
          for (guint c = n_c; c-- > 1;)
            {
              guint j = below (rand, c + 1), t = order[c];

              order[c] = order[j];
              order[j] = t;
            }
          for (guint k = 0; k < n_c; k++)
            if (below (rand, 4) != 0)
              {
                coach[n] = order[k];
                rank[n++] = coach_rank[order[k] * n_r + r];
              }
        }
      start[n_r] = n;

      assigned = grove_matching_stable_assign (n_r, n_c, capacity, start, coach, rank);
      for (guint r = 0; r < n_r; r++)
        if (assigned[r] != G_MAXUINT)
          g_assert_cmpuint (++used[assigned[r]], <=, capacity[assigned[r]]);

      /* No blocking pair: for every request and every coach it prefers to
       * its own, that coach is full of requests it ranks higher. */
      for (guint r = 0; r < n_r; r++)
        for (guint k = start[r]; k < start[r + 1] && coach[k] != assigned[r]; k++)
          {
            guint c = coach[k];

            g_assert_cmpuint (used[c], ==, capacity[c]);
            for (guint o = 0; o < n_r; o++)
              if (assigned[o] == c)
                g_assert_cmpuint (coach_rank[c * n_r + o], <, rank[k]);
          }
    }
}

static void
test_stable_mode_no_blocking_pair (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (13);

  for (guint i = 0; i < 20; i++)
    {
      g_autoptr(Case) c = random_case (rand, 200, 30, 4, MAX_PEOPLE);
      const GroveMatchInstance *in = &c->instance;
      g_autoptr(GroveMatchResult) result = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree guint *coach_of = g_new (guint, in->n_requests);
      g_autofree guint *score_of = g_new0 (guint, in->n_requests);
      g_autofree guint *used = g_new0 (guint, in->n_coaches);
      g_autofree guint *tie = g_new (guint, in->n_requests);

      result = grove_matching_run_stable (in, &error);
      g_assert_no_error (error);
      assert_result_valid (in, result);
      waiting_ties (in, tie);
      for (guint r = 0; r < in->n_requests; r++)
        coach_of[r] = G_MAXUINT;
      for (guint k = 0; k < result->n_pairs; k++)
        {
          coach_of[result->pairs[k].request] = result->pairs[k].coach;
          score_of[result->pairs[k].request] = result->pairs[k].score;
          used[result->pairs[k].coach]++;
        }
      for (guint r = 0; r < in->n_requests; r++)
        for (guint co = 0; co < in->n_coaches; co++)
          {
            gboolean request_wants, coach_wants;
            guint s;

            if (coach_of[r] == co || is_locked (in, r) || !acceptable (in, r, co))
              continue;
            s = grove_matching_score_pair (in, r, co, NULL);
            request_wants = coach_of[r] == G_MAXUINT || s > score_of[r] || (s == score_of[r] && co < coach_of[r]);
            coach_wants = used[co] < in->coaches[co].capacity;
            for (guint o = 0; o < in->n_requests && !coach_wants; o++)
              if (coach_of[o] == co && !is_locked (in, o))
                coach_wants = score_of[o] < s || (score_of[o] == s && tie[o] < tie[r]);
            g_assert_false (request_wants && coach_wants);
          }
    }
}

/* --- constructed cases --- */

static const guint32 welsh[] = { 1 };
static const guint32 english_welsh[] = { 0, 1 };
static const guint32 english[] = { 0 };

static GroveMatchProgramme even_programme = { { 1, 1, 1, 1, 1, 1 }, 0 };

static GroveMatchCoach
coach_for (gint64 person,
           guint  capacity)
{
  return (GroveMatchCoach) {
    .id = person, .who = { person, 0, 0, -1, -1, 0, -1, FALSE, 0 }, .roles = GROVE_MATCH_ROLE_BOTH,
    .capacity = capacity, .active = TRUE, .languages = english, .n_languages = 1,
  };
}

static GroveMatchRequest
request_for (gint64 person,
             guint  priority)
{
  return (GroveMatchRequest) {
    .id = person, .who = { person, 0, 0, -1, -1, 0, -1, FALSE, 0 }, .kind = GROVE_MATCH_COACHING,
    .priority = priority,
  };
}

static void
test_reasons (void)
{
  /* People 1..4 in a line: 1 manages 2, 2 manages 3; 4 stands alone. */
  guint parent[5] = { G_MAXUINT, G_MAXUINT, 1, 2, G_MAXUINT };
  guint32 enter[5], leave[5];
  GroveMatchCoach coaches[3];
  GroveMatchRequest requests[6];
  GroveMatchProgramme programmes[2] = { even_programme, even_programme };
  GroveMatchInstance in = { coaches, 3, requests, 6, programmes, 2, NULL, 0 };
  g_autoptr(GroveMatchResult) result = NULL;
  g_autoptr(GError) error = NULL;
  const gint64 avoid_4[] = { 4 };

  grove_matching_number_lines (5, parent, enter, leave);
  coaches[0] = coach_for (1, 1);               /* manages 2 and (through 2) 3 */
  coaches[1] = coach_for (4, 1);
  coaches[2] = coach_for (3, 0);               /* no seats */
  coaches[0].roles = coaches[1].roles = GROVE_MATCH_ROLE_COACH;
  coaches[2].roles = GROVE_MATCH_ROLE_MENTOR;
  for (guint i = 0; i < 3; i++)
    coaches[i].who.line_enter = enter[coaches[i].who.person], coaches[i].who.line_leave = leave[coaches[i].who.person];

  requests[0] = request_for (2, 0);            /* 1 is their manager, 4 excluded: rules */
  requests[0].avoid = avoid_4, requests[0].n_avoid = 1;
  requests[1] = request_for (3, 1);            /* needs Welsh: language */
  requests[1].languages = welsh, requests[1].n_languages = 1;
  requests[2] = request_for (4, 2);            /* mentoring from 3, who has no seat: all full */
  requests[2].kind = GROVE_MATCH_MENTORING;
  coaches[2].languages = english_welsh, coaches[2].n_languages = 2;
  requests[3] = request_for (5, 3);            /* takes coach 1 */
  requests[4] = request_for (6, 4);            /* then coach 4; */
  requests[5] = request_for (7, 5);            /* nothing left: all full */
  for (guint i = 0; i < 6; i++)
    requests[i].who.line_enter = requests[i].who.person < 5 ? enter[requests[i].who.person] : 100,
    requests[i].who.line_leave = requests[i].who.person < 5 ? leave[requests[i].who.person] : 101;

  result = grove_matching_run_optimal (&in, &error);
  g_assert_no_error (error);
  g_assert_cmpint (result->reasons[0], ==, GROVE_MATCH_REASON_RULES);
  g_assert_cmpint (result->reasons[1], ==, GROVE_MATCH_REASON_LANGUAGE);
  g_assert_cmpint (result->reasons[2], ==, GROVE_MATCH_REASON_ALL_FULL);
  g_assert_cmpint (result->reasons[3], ==, GROVE_MATCH_REASON_NONE);
  g_assert_cmpint (result->reasons[4], ==, GROVE_MATCH_REASON_NONE);
  g_assert_cmpint (result->reasons[5], ==, GROVE_MATCH_REASON_ALL_FULL);
  g_clear_pointer (&result, grove_match_result_free);

  /* No mentor with seats besides themselves, and nobody active. */
  coaches[2].active = FALSE;
  result = grove_matching_run_optimal (&in, &error);
  g_assert_cmpint (result->reasons[2], ==, GROVE_MATCH_REASON_NO_COACH);
  g_clear_pointer (&result, grove_match_result_free);

  /* A minimum nobody reaches: the coaches share nothing with the requests. */
  programmes[0].min_score = GROVE_MATCH_SCALE;
  result = grove_matching_run_optimal (&in, &error);
  g_assert_cmpint (result->reasons[3], ==, GROVE_MATCH_REASON_BELOW_MINIMUM);
  g_assert_cmpuint (result->n_pairs, ==, 0);
}

static void
test_tie_favours_longest_waiting (void)
{
  GroveMatchCoach coaches[1] = { coach_for (1, 1) };
  GroveMatchRequest requests[3] = { request_for (2, 5), request_for (3, 1), request_for (4, 3) };
  GroveMatchInstance in = { coaches, 1, requests, 3, &even_programme, 1, NULL, 0 };
  g_autoptr(GroveMatchResult) result = NULL;

  for (guint i = 0; i < 3; i++)
    requests[i].who.line_enter = 10 + 2 * i, requests[i].who.line_leave = 11 + 2 * i;
  coaches[0].who.line_enter = 1, coaches[0].who.line_leave = 2;
  result = grove_matching_run_optimal (&in, NULL);
  g_assert_cmpuint (result->n_pairs, ==, 1);
  g_assert_cmpuint (result->pairs[0].request, ==, 1);
}

static void
test_choice_top_three (void)
{
  static const guint32 wanted[] = { 0, 1, 2, 3 };
  GroveMatchCoach coaches[5];
  GroveMatchRequest requests[1] = { request_for (100, 0) };
  GroveMatchProgramme programme = { { 1, 0, 0, 0, 0, 0 }, 0 };
  GroveMatchInstance in = { coaches, 5, requests, 1, &programme, 1, NULL, 0 };
  g_autoptr(GroveMatchChoices) choices = NULL;
  g_autoptr(GError) error = NULL;
  /* Coach i offers the first `offers[i]` specialisms wanted. */
  const guint offers[5] = { 1, 4, 0, 3, 2 };

  requests[0].wanted = wanted, requests[0].n_wanted = 4;
  requests[0].who.line_enter = 50, requests[0].who.line_leave = 51;
  for (guint i = 0; i < 5; i++)
    {
      coaches[i] = coach_for (i + 1, 1);
      coaches[i].specialisms = wanted, coaches[i].n_specialisms = offers[i];
      coaches[i].who.line_enter = 2 * i, coaches[i].who.line_leave = 2 * i + 1;
    }
  coaches[1].capacity = 0;  /* the best is full: not offered */

  choices = grove_matching_run_choice (&in, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (choices->n_choices, ==, 1);
  g_assert_cmpuint (choices->choices[0].n_options, ==, 3);
  g_assert_cmpuint (choices->choices[0].options[0].coach, ==, 3);
  g_assert_cmpuint (choices->choices[0].options[0].score, ==, 7500);
  g_assert_cmpuint (choices->choices[0].options[0].criteria[GROVE_MATCH_SPECIALISM], ==, 7500);
  g_assert_cmpuint (choices->choices[0].options[1].coach, ==, 4);
  g_assert_cmpuint (choices->choices[0].options[2].coach, ==, 0);
}

static void
test_number_lines (void)
{
  /* 0 → 1 → 2, 0 → 3; 4 alone; 5 ↔ 6 a cycle. */
  guint parent[7] = { G_MAXUINT, 0, 1, 0, G_MAXUINT, 6, 5 };
  guint32 enter[7], leave[7];

#define ABOVE(a, b) (enter[a] < enter[b] && leave[b] <= leave[a])
  grove_matching_number_lines (7, parent, enter, leave);
  g_assert_true (ABOVE (0, 2) && ABOVE (1, 2) && ABOVE (0, 3));
  g_assert_false (ABOVE (2, 0) || ABOVE (3, 2) || ABOVE (1, 3) || ABOVE (0, 4) || ABOVE (4, 4));
  g_assert_true (ABOVE (5, 6) != ABOVE (6, 5));
#undef ABOVE
}

static void
test_bad_lock_refused (void)
{
  GroveMatchCoach coaches[1] = { coach_for (1, 1) };
  GroveMatchRequest requests[2] = { request_for (1, 0), request_for (2, 0) };
  GroveMatchLock self_lock = { 0, 0 };
  GroveMatchLock locks[2] = { { 1, 0 }, { 1, 0 } };
  GroveMatchInstance in = { coaches, 1, requests, 2, &even_programme, 1, &self_lock, 1 };
  g_autoptr(GError) error = NULL;

  requests[1].who.line_enter = 5, requests[1].who.line_leave = 6;
  g_assert_null (grove_matching_run_optimal (&in, &error));
  g_assert_error (error, GROVE_MATCHING_ERROR, GROVE_MATCHING_ERROR_INVALID);
  g_clear_error (&error);
  in.locks = locks, in.n_locks = 2;
  g_assert_null (grove_matching_run_optimal (&in, &error));
  g_assert_error (error, GROVE_MATCHING_ERROR, GROVE_MATCHING_ERROR_INVALID);
}

/* Each hard rule on its own, the reporting line in both directions and at
 * any distance. */
static void
test_hard_rules (void)
{
  /* 0 manages 1, 1 manages 2 (the coachee), 2 manages 3, 3 manages 4;
   * 5 is elsewhere. */
  guint parent[6] = { G_MAXUINT, 0, 1, 2, 3, G_MAXUINT };
  guint32 enter[6], leave[6];
  struct {
    guint    person;
    gboolean active;
    guint    roles;
    gboolean welsh;
    gboolean allowed;
  } cases[] = {
    { 0, TRUE, GROVE_MATCH_ROLE_COACH, TRUE, FALSE },   /* manager's manager */
    { 1, TRUE, GROVE_MATCH_ROLE_COACH, TRUE, FALSE },   /* manager */
    { 2, TRUE, GROVE_MATCH_ROLE_COACH, TRUE, FALSE },   /* self */
    { 3, TRUE, GROVE_MATCH_ROLE_COACH, TRUE, FALSE },   /* direct report */
    { 4, TRUE, GROVE_MATCH_ROLE_COACH, TRUE, FALSE },   /* report of a report */
    { 5, TRUE, GROVE_MATCH_ROLE_COACH, TRUE, TRUE },
    { 5, FALSE, GROVE_MATCH_ROLE_COACH, TRUE, FALSE },  /* inactive */
    { 5, TRUE, GROVE_MATCH_ROLE_MENTOR, TRUE, FALSE },  /* a mentor, for coaching */
    { 5, TRUE, GROVE_MATCH_ROLE_BOTH, TRUE, TRUE },
    { 5, TRUE, GROVE_MATCH_ROLE_COACH, FALSE, FALSE },  /* no Welsh */
  };
  const gint64 avoid[] = { 106 };

  grove_matching_number_lines (6, parent, enter, leave);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      GroveMatchCoach coach = coach_for (100 + cases[i].person, 1);
      GroveMatchRequest request = request_for (102, 0);
      GroveMatchInstance in = { &coach, 1, &request, 1, &even_programme, 1, NULL, 0 };
      g_autoptr(GroveMatchResult) result = NULL;

      coach.who.line_enter = enter[cases[i].person], coach.who.line_leave = leave[cases[i].person];
      request.who.line_enter = enter[2], request.who.line_leave = leave[2];
      coach.active = cases[i].active;
      coach.roles = cases[i].roles;
      coach.languages = cases[i].welsh ? english_welsh : english;
      coach.n_languages = cases[i].welsh ? 2 : 1;
      request.languages = welsh, request.n_languages = 1;
      g_assert_true (grove_matching_pair_allowed (&in, 0, 0) == cases[i].allowed);
      result = grove_matching_run_optimal (&in, NULL);
      g_assert_cmpuint (result->n_pairs, ==, cases[i].allowed ? 1 : 0);
    }

  /* An explicit exclusion, by the coach's person. */
  {
    GroveMatchCoach coach = coach_for (106, 1);
    GroveMatchRequest request = request_for (102, 0);
    GroveMatchInstance in = { &coach, 1, &request, 1, &even_programme, 1, NULL, 0 };

    coach.who.line_enter = 50, coach.who.line_leave = 51;
    request.who.line_enter = enter[2], request.who.line_leave = leave[2];
    g_assert_true (grove_matching_pair_allowed (&in, 0, 0));
    request.avoid = avoid, request.n_avoid = 1;
    g_assert_false (grove_matching_pair_allowed (&in, 0, 0));
  }
}

/* The criteria of a mentoring pair, worked by hand. */
static void
test_mentoring_breakdown (void)
{
  static const guint32 wanted[] = { 1, 2 };
  static const guint32 offered[] = { 2, 7 };
  GroveMatchCoach coach = coach_for (1, 1);
  GroveMatchRequest request = request_for (2, 0);
  GroveMatchProgramme programme = { { 3, 2, 2, 1, 1, 1 }, 0 };
  GroveMatchInstance in = { &coach, 1, &request, 1, &programme, 1, NULL, 0 };
  guint16 criteria[GROVE_MATCH_N_CRITERIA];

  request.kind = GROVE_MATCH_MENTORING;
  request.wanted = wanted, request.n_wanted = 2;
  coach.specialisms = offered, coach.n_specialisms = 2;
  coach.who = (GroveMatchPerson) { 1, 0, 1, 4, 5, 10, 3, FALSE, 0x3 };      /* profession 4, grade 5 */
  request.who = (GroveMatchPerson) { 2, 2, 3, 4, 2, 10, 3, TRUE, 0x6 };     /* same profession, grade 2 */

  /* Specialism 1 of 2 (5000), profession 10000, seniority 10000, the same
   * directorate 0, the same location 10000, one shared half-day 5000:
   * (15000 + 20000 + 20000 + 0 + 10000 + 5000) / 10 = 7000. */
  g_assert_cmpuint (grove_matching_score_pair (&in, 0, 0, criteria), ==, 7000);
  g_assert_cmpuint (criteria[GROVE_MATCH_SPECIALISM], ==, 5000);
  g_assert_cmpuint (criteria[GROVE_MATCH_PROFESSION], ==, 10000);
  g_assert_cmpuint (criteria[GROVE_MATCH_SENIORITY], ==, 10000);
  g_assert_cmpuint (criteria[GROVE_MATCH_DIRECTORATE], ==, 0);
  g_assert_cmpuint (criteria[GROVE_MATCH_LOCATION], ==, 10000);
  g_assert_cmpuint (criteria[GROVE_MATCH_AVAILABILITY], ==, 5000);

  /* For coaching, profession and seniority do not count:
   * (15000 + 0 + 10000 + 5000) / 6 = 5000. */
  request.kind = GROVE_MATCH_COACHING;
  g_assert_cmpuint (grove_matching_score_pair (&in, 0, 0, criteria), ==, 5000);
  g_assert_cmpuint (criteria[GROVE_MATCH_PROFESSION], ==, 0);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/matching/optimal/equals-exhaustive-search", test_optimal_equals_exhaustive);
  g_test_add_func ("/matching/optimal/properties", test_optimal_properties);
  g_test_add_func ("/matching/optimal/tie-favours-longest-waiting", test_tie_favours_longest_waiting);
  g_test_add_func ("/matching/optimal/bad-lock-refused", test_bad_lock_refused);
  g_test_add_func ("/matching/reasons", test_reasons);
  g_test_add_func ("/matching/hard-rules", test_hard_rules);
  g_test_add_func ("/matching/mentoring-breakdown", test_mentoring_breakdown);
  g_test_add_func ("/matching/stable/no-blocking-pair", test_stable_assign_no_blocking_pair);
  g_test_add_func ("/matching/stable/mode-no-blocking-pair", test_stable_mode_no_blocking_pair);
  g_test_add_func ("/matching/choice/top-three", test_choice_top_three);
  g_test_add_func ("/matching/lines", test_number_lines);

  return g_test_run ();
}
