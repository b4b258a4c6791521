/* grove-matching-flow.c: the optimal matching, by min-cost flow
 *
 * The network: a source, one node per request (an arc from the source with
 * capacity 1), one node per coach (an arc from each eligible request with
 * capacity 1), and a sink (an arc from each coach with its free seats). A
 * pair's arc costs
 *
 *     -(M + K·score + tie)
 *
 * with integer scores (0 to GROVE_MATCH_SCALE) and tie from n (the first in
 * the waiting list) down to 1 (the last). K exceeds the largest possible
 * sum of ties and M the largest possible sum of K·score + tie, so the cost
 * of a flow orders matchings lexicographically: more pairs first, then a
 * higher total score, then earlier requests. The tie term is the small
 * epsilon: it can never outweigh one point of score, so count and score
 * stay exactly optimal, and among equal ones the flow minimises the sum of
 * the matched requests' places in the waiting list.
 *
 * Successive shortest paths (Ford and Fulkerson; Edmonds and Karp 1972)
 * with Johnson potentials and Dijkstra on a binary heap: each augmentation
 * along a shortest path keeps the flow minimal for its value, and the last
 * one leaves a minimum-cost maximum flow (Ahuja, Magnanti and Orlin,
 * "Network Flows", 1993, ch. 9). It is exact.
 *
 * Speed (5,000 requests × 500 coaches in well under a second) comes from the
 * network's shape, not from approximation. Every augmenting path is
 *
 *     source → unmatched request → coach → (its request → coach)* → sink
 *
 * because a matched request never becomes unmatched again and is reached
 * only through its coach. So Dijkstra runs on the coaches alone: a coach's
 * entry distance is its cheapest arc from a still unmatched request, kept in
 * a per-coach heap that only ever pops (matched requests drop out, once);
 * moving a matched request from coach u to coach v is an arc u → v. Each
 * search stops as soon as the sink is settled, with the potentials of the
 * unsettled nodes raised by the sink's distance (which keeps every reduced
 * cost non-negative), and the whole run stops when the seats or the
 * requests are used up. Memory: the pairs, once by request and once by
 * coach (8 bytes), and O(requests + coaches) besides.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "grove-matching-private.h"

#define INF (G_MAXINT64 / 4)

typedef struct {
  const GroveMatchGraph *graph;
  guint      n;            /* requests */
  guint      c;            /* coaches; the sink is node c */
  gint64     k;            /* weight of one point of score */
  gint64     m;            /* weight of one pair */

  /* Per coach, a min-heap of its unmatched requests by arc cost, each as
   * (GROVE_MATCH_SCALE - score) · n + place in the waiting list. */
  gsize     *heap_start;
  gsize     *heap_len;
  guint64   *heap_keys;
  guint     *by_place;     /* place in the waiting list -> request */

  guint     *assigned;     /* request -> coach or GROVE_MATCH_NONE */
  guint16   *assigned_score;
  guint     *slot_start;   /* coach -> its seats in slots[] */
  guint     *slots;        /* requests held by each coach */
  guint     *used;         /* coach -> seats taken */

  /* Dijkstra over coaches and the sink. */
  gint64    *pi;
  gint64    *dist;
  guint     *prev_coach;   /* GROVE_MATCH_NONE: entered from an unmatched request */
  guint     *prev_request;
  guint     *entry;        /* coach -> the unmatched request it is entered from */
  gboolean  *done;
  guint     *queue;        /* binary heap of nodes by dist */
  guint     *queue_pos;    /* node -> position, GROVE_MATCH_NONE when out */
  guint      queue_len;
} Flow;

static gint64
arc_cost (const Flow *f,
          guint       score,
          guint       request)
{
  return -(f->m + f->k * (gint64) score + (gint64) f->graph->tie[request]);
}

/* Per-coach heaps of guint64 keys. */
static void
key_sift_down (guint64 *keys,
               gsize    len,
               gsize    i)
{
  for (;;)
    {
      gsize l = 2 * i + 1, best = i;

      if (l < len && keys[l] < keys[best])
        best = l;
      if (l + 1 < len && keys[l + 1] < keys[best])
        best = l + 1;
      if (best == i)
        return;
      guint64 t = keys[i];
      keys[i] = keys[best];
      keys[best] = t;
      i = best;
    }
}

/* The coach's cheapest still unmatched request, dropping matched ones. */
static gboolean
coach_entry (Flow   *f,
             guint   coach,
             guint  *request,
             guint  *score)
{
  guint64 *keys = f->heap_keys + f->heap_start[coach];
  gsize *len = &f->heap_len[coach];

  while (*len > 0)
    {
      guint r = f->by_place[keys[0] % f->n];

      if (f->assigned[r] == GROVE_MATCH_NONE)
        {
          *request = r;
          *score = GROVE_MATCH_SCALE - (guint) (keys[0] / f->n);
          return TRUE;
        }
      keys[0] = keys[--*len];
      key_sift_down (keys, *len, 0);
    }
  return FALSE;
}

/* The Dijkstra queue, with decrease-key. */
static void
queue_swap (Flow  *f,
            guint  a,
            guint  b)
{
  guint t = f->queue[a];

  f->queue[a] = f->queue[b];
  f->queue[b] = t;
  f->queue_pos[f->queue[a]] = a;
  f->queue_pos[f->queue[b]] = b;
}

static void
queue_up (Flow  *f,
          guint  i)
{
  while (i > 0 && f->dist[f->queue[(i - 1) / 2]] > f->dist[f->queue[i]])
    {
      queue_swap (f, i, (i - 1) / 2);
      i = (i - 1) / 2;
    }
}

static guint
queue_pop (Flow *f)
{
  guint top = f->queue[0], i = 0;

  f->queue_pos[top] = GROVE_MATCH_NONE;
  if (--f->queue_len == 0)
    return top;
  f->queue[0] = f->queue[f->queue_len];
  f->queue_pos[f->queue[0]] = 0;
  for (;;)
    {
      guint l = 2 * i + 1, best = i;

      if (l < f->queue_len && f->dist[f->queue[l]] < f->dist[f->queue[best]])
        best = l;
      if (l + 1 < f->queue_len && f->dist[f->queue[l + 1]] < f->dist[f->queue[best]])
        best = l + 1;
      if (best == i)
        return top;
      queue_swap (f, i, best);
      i = best;
    }
}

static void
relax (Flow   *f,
       guint   node,
       gint64  d,
       guint   from,
       guint   request)
{
  /* Nothing at or beyond the sink's tentative distance can shorten the
   * path, and the potential update treats it as at the sink's distance. */
  if (f->done[node] || d >= f->dist[node] || d >= f->dist[f->c])
    return;
  f->dist[node] = d;
  f->prev_coach[node] = from;
  f->prev_request[node] = request;
  if (f->queue_pos[node] == GROVE_MATCH_NONE)
    {
      f->queue[f->queue_len] = node;
      f->queue_pos[node] = f->queue_len++;
    }
  queue_up (f, f->queue_pos[node]);
}

static void
settle (Flow  *f,
        guint  u)
{
  const GroveMatchGraph *g = f->graph;

  f->done[u] = TRUE;
  if (f->used[u] < g->capacity[u])
    relax (f, f->c, f->dist[u] + f->pi[u] - f->pi[f->c], u, GROVE_MATCH_NONE);

  /* Moving one of u's requests to another of its coaches: the pair terms
   * M and tie cancel, and what is left is the change of score. */
  for (guint s = 0; s < f->used[u]; s++)
    {
      guint r = f->slots[f->slot_start[u] + s];
      gint64 here = f->k * f->assigned_score[r];

      for (gsize p = g->start[r]; p < g->start[r + 1]; p++)
        {
          guint v = g->coach[p];

          if (v == u || f->done[v])
            continue;
          relax (f, v, f->dist[u] + here - f->k * g->score[p] + f->pi[u] - f->pi[v], u, r);
        }
    }
}

/* Returns FALSE when no augmenting path is left. */
static gboolean
shortest_path (Flow *f)
{
  f->queue_len = 0;
  for (guint v = 0; v <= f->c; v++)
    {
      f->dist[v] = INF;
      f->done[v] = FALSE;
      f->queue_pos[v] = GROVE_MATCH_NONE;
    }
  for (guint v = 0; v < f->c; v++)
    {
      guint r, score;

      if (coach_entry (f, v, &r, &score))
        {
          f->entry[v] = r;
          relax (f, v, arc_cost (f, score, r) - f->pi[v], GROVE_MATCH_NONE, r);
        }
    }
  while (f->queue_len > 0)
    {
      guint u = queue_pop (f);

      if (u == f->c)
        break;
      settle (f, u);
    }
  if (f->dist[f->c] >= INF)
    return FALSE;

  for (guint v = 0; v <= f->c; v++)
    f->pi[v] += MIN (f->dist[v], f->dist[f->c]);
  return TRUE;
}

static void
hold (Flow  *f,
      guint  coach,
      guint  request,
      guint  score)
{
  f->slots[f->slot_start[coach] + f->used[coach]++] = request;
  f->assigned[request] = coach;
  f->assigned_score[request] = (guint16) score;
}

static void
release (Flow  *f,
         guint  coach,
         guint  request)
{
  guint *slots = f->slots + f->slot_start[coach];

  for (guint s = 0; s < f->used[coach]; s++)
    if (slots[s] == request)
      {
        slots[s] = slots[--f->used[coach]];
        return;
      }
  g_assert_not_reached ();
}

static guint
pair_score (const GroveMatchGraph *g,
            guint                  request,
            guint                  coach)
{
  for (gsize p = g->start[request]; p < g->start[request + 1]; p++)
    if (g->coach[p] == coach)
      return g->score[p];
  g_assert_not_reached ();
}

static void
augment (Flow *f)
{
  guint v = f->prev_coach[f->c];

  /* Walk back from the coach with the free seat: each coach on the path
   * takes over one request from the coach before it, and the first takes
   * a new one. */
  while (f->prev_coach[v] != GROVE_MATCH_NONE)
    {
      guint from = f->prev_coach[v], r = f->prev_request[v];

      release (f, from, r);
      hold (f, v, r, pair_score (f->graph, r, v));
      v = from;
    }
  hold (f, v, f->entry[v], pair_score (f->graph, f->entry[v], v));
}

static gboolean
set_weights (Flow    *f,
             guint    seats,
             GError **error)
{
  guint n_free = 0;
  guint64 m, ties = 0;
  double big;

  for (guint r = 0; r < f->n; r++)
    n_free += f->graph->start[r + 1] > f->graph->start[r];
  m = MIN (n_free, seats);
  for (guint64 i = 0; i < m; i++)
    ties += f->n - i;
  /* The costs and distances stay below 2^62 with room to spare. */
  big = ((double) ties + 1) * GROVE_MATCH_SCALE * (double) (m + 1) * (double) (m + 2);
  if (big > 1e18)
    {
      g_set_error_literal (error, GROVE_MATCHING_ERROR, GROVE_MATCHING_ERROR_TOO_BIG,
                           _("There are too many requests and seats to match exactly in one run: "
                             "match one programme at a time."));
      return FALSE;
    }
  f->k = (gint64) ties + 1;
  f->m = f->k * GROVE_MATCH_SCALE * (gint64) m + (gint64) ties + 1;
  return TRUE;
}

static void
build_coach_heaps (Flow *f)
{
  const GroveMatchGraph *g = f->graph;
  gsize *fill = g_new0 (gsize, f->c + 1);

  f->heap_start = g_new0 (gsize, f->c + 1);
  f->heap_len = g_new0 (gsize, MAX (f->c, 1));
  f->heap_keys = g_new (guint64, MAX (g->start[f->n], 1));
  f->by_place = g_new (guint, MAX (f->n, 1));

  for (gsize p = 0; p < g->start[f->n]; p++)
    f->heap_start[g->coach[p] + 1]++;
  for (guint v = 0; v < f->c; v++)
    f->heap_start[v + 1] += f->heap_start[v];
  for (guint r = 0; r < f->n; r++)
    {
      guint place = f->n - g->tie[r];

      f->by_place[place] = r;
      for (gsize p = g->start[r]; p < g->start[r + 1]; p++)
        {
          guint v = g->coach[p];

          f->heap_keys[f->heap_start[v] + fill[v]++] =
            (guint64) (GROVE_MATCH_SCALE - g->score[p]) * f->n + place;
        }
    }
  for (guint v = 0; v < f->c; v++)
    {
      f->heap_len[v] = fill[v];
      for (gsize i = fill[v] / 2; i-- > 0;)
        key_sift_down (f->heap_keys + f->heap_start[v], fill[v], i);
    }
  g_free (fill);
}

static void
flow_clear (Flow *f)
{
  g_free (f->heap_start);
  g_free (f->heap_len);
  g_free (f->heap_keys);
  g_free (f->by_place);
  g_free (f->assigned_score);
  g_free (f->slot_start);
  g_free (f->slots);
  g_free (f->used);
  g_free (f->pi);
  g_free (f->dist);
  g_free (f->prev_coach);
  g_free (f->prev_request);
  g_free (f->entry);
  g_free (f->done);
  g_free (f->queue);
  g_free (f->queue_pos);
}

/* Every arc starts with a non-negative reduced cost when a coach's
 * potential is its cheapest entry and the sink's the least of those. */
static void
initial_potentials (Flow *f)
{
  f->pi[f->c] = 0;
  for (guint v = 0; v < f->c; v++)
    {
      guint r, score;

      f->pi[v] = coach_entry (f, v, &r, &score) ? arc_cost (f, score, r) : 0;
      f->pi[f->c] = MIN (f->pi[f->c], f->pi[v]);
    }
}

guint *
_grove_matching_flow (const GroveMatchGraph  *graph,
                      GError                **error)
{
  Flow f = { graph, graph->n_requests, graph->n_coaches, 0, 0, };
  guint seats = 0, matched = 0, wanting = 0;

  f.assigned = g_new (guint, MAX (f.n, 1));
  for (guint r = 0; r < f.n; r++)
    {
      f.assigned[r] = GROVE_MATCH_NONE;
      wanting += graph->start[r + 1] > graph->start[r];
    }
  f.slot_start = g_new0 (guint, f.c + 1);
  for (guint v = 0; v < f.c; v++)
    f.slot_start[v + 1] = f.slot_start[v] + graph->capacity[v];
  seats = f.slot_start[f.c];
  if (!set_weights (&f, seats, error))
    {
      g_free (f.assigned);
      flow_clear (&f);
      return NULL;
    }

  f.assigned_score = g_new0 (guint16, MAX (f.n, 1));
  f.slots = g_new (guint, MAX (seats, 1));
  f.used = g_new0 (guint, MAX (f.c, 1));
  f.pi = g_new0 (gint64, f.c + 1);
  f.dist = g_new (gint64, f.c + 1);
  f.prev_coach = g_new (guint, f.c + 1);
  f.prev_request = g_new (guint, f.c + 1);
  f.entry = g_new (guint, f.c + 1);
  f.done = g_new (gboolean, f.c + 1);
  f.queue = g_new (guint, f.c + 1);
  f.queue_pos = g_new (guint, f.c + 1);
  build_coach_heaps (&f);
  initial_potentials (&f);

  while (matched < wanting && matched < seats && shortest_path (&f))
    {
      augment (&f);
      matched++;
    }

  flow_clear (&f);
  return f.assigned;
}
