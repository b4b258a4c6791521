/* grove-demo-coaching.c: the demo's coaching pool, waiting list and
 * relationships
 *
 * Coaches and coachees are drawn from the demo's people without
 * repetition. A few pairs are excluded, one is locked, and the first few
 * requests are already in relationships with sessions logged, so that
 * every part of the coaching screens has something to show. The large
 * mode (500 coaches, 5,000 requests) is the matching benchmark's.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "grove-coaching-private.h"
#include "grove-demo-private.h"
#include "grove-org.h"

/* The last is for Welsh speakers only. */
static const char * const specialisms[] = {
  "Leadership", "Resilience", "Career development", "Leading change", "Wellbeing", "Digital skills",
  "Finance", "Policy making", "Project delivery", "New managers", "Confidence", "Working in Welsh",
};

static const char * const accreditations[] = {
  "EMCC Practitioner", "ICF Associate Certified Coach", "ILM Level 5 Certificate", "ILM Level 7 Diploma",
};

static const char * const goals[] = {
  "Step up to leading a team",
  "Prepare for a promotion board",
  "Settle into a new role",
  "Build confidence in speaking to senior audiences",
  "Manage a heavy workload without burning out",
  "Lead the team through a restructure",
  "Plan the next five years of my career",
  "Learn how policy is made",
};

static const char * const notes[] = {
  "Agreed goals and how we will work together.",
  "Looked at what gets in the way; tried a new approach for the week.",
  "Reviewed progress; practised the conversation ahead.",
  "Reflected on the quarter and set the next steps.",
};

typedef struct {
  GroveStore   *store;
  GroveDemoRng  rng;
  GArray       *people;     /* gint64 */
  GArray       *welsh;      /* gboolean, by person index */
  GArray       *coaches;    /* coach ids, in order */
  GArray       *coach_at;   /* person index of each coach */
  GArray       *roles;      /* guint, each coach */
  GArray       *seats;      /* guint, free seats left, each coach */
} Pool;

static gboolean
read_people (Pool    *pool,
             GError **error)
{
  sqlite3_stmt *stmt = _grove_store_prepare (pool->store,
    "SELECT p.id, EXISTS (SELECT 1 FROM person_language l WHERE l.person_id = p.id AND l.language = 'Welsh')"
    " FROM person p ORDER BY p.id", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      gboolean welsh = sqlite3_column_int (stmt, 1) != 0;

      g_array_append_val (pool->people, id);
      g_array_append_val (pool->welsh, welsh);
    }
  sqlite3_reset (stmt);
  if (rc == SQLITE_DONE)
    return TRUE;
  _grove_store_set_error (pool->store, rc, _("reading people"), error);
  return FALSE;
}

/* A few distinct entries of a list. */
static GStrv
pick_some (GroveDemoRng       *rng,
           const char * const *from,
           guint               n_from,
           guint               n)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  guint start = _grove_demo_rng_below (rng, n_from), step = 1 + _grove_demo_rng_below (rng, n_from - 1);

  /* A step that shares a factor with n_from can come back to an entry
   * already taken; the store keeps each specialism once. */
  for (guint i = 0; i < n; i++)
    g_strv_builder_add (builder, from[(start + i * step) % n_from]);
  return g_strv_builder_end (builder);
}

/* A few half-days in the week, or none given. */
static guint32
pick_availability (GroveDemoRng *rng)
{
  guint32 mask = 0;

  if (_grove_demo_rng_chance (rng, 20))
    return 0;
  for (guint i = 0; i < 4; i++)
    mask |= 1u << _grove_demo_rng_below (rng, 10);  /* weekdays only */
  return mask;
}

static gboolean
add_coaches (Pool    *pool,
             guint    n,
             GError **error)
{
  gboolean small = n <= 50;

  for (guint i = 0; i < n; i++)
    {
      guint at = g_array_index (pool->coach_at, guint, i);
      guint roll = _grove_demo_rng_below (&pool->rng, 10);
      g_autoptr(GroveCoach) coach = grove_coach_new (g_array_index (pool->people, gint64, at),
                                                     roll < 5 ? GROVE_MATCH_ROLE_BOTH
                                                              : roll < 8 ? GROVE_MATCH_ROLE_COACH
                                                                         : GROVE_MATCH_ROLE_MENTOR,
                                                     1 + _grove_demo_rng_below (&pool->rng, small ? 2 : 5));

      coach->specialisms = pick_some (&pool->rng, specialisms, G_N_ELEMENTS (specialisms) - 1,
                                      2 + _grove_demo_rng_below (&pool->rng, 3));
      if (g_array_index (pool->welsh, gboolean, at) && _grove_demo_rng_chance (&pool->rng, 50))
        {
          g_autoptr(GStrvBuilder) more = g_strv_builder_new ();

          g_strv_builder_addv (more, (const char **) coach->specialisms);
          g_strv_builder_add (more, "Working in Welsh");
          g_strfreev (coach->specialisms);
          coach->specialisms = g_strv_builder_end (more);
        }
      if (_grove_demo_rng_chance (&pool->rng, 70))
        coach->accreditation = g_strdup (accreditations[_grove_demo_rng_below (&pool->rng,
                                                                               G_N_ELEMENTS (accreditations))]);
      coach->supervision_hours = _grove_demo_rng_below (&pool->rng, 41);
      coach->availability = pick_availability (&pool->rng);
      if (coach->availability == 0)
        coach->availability_note = g_strdup ("Flexible; ask a week ahead");
      coach->in_person = _grove_demo_rng_chance (&pool->rng, 80);
      coach->remote = !coach->in_person || _grove_demo_rng_chance (&pool->rng, 80);
      if (grove_coaching_add_coach (pool->store, coach, error) == 0)
        return FALSE;
      g_array_append_val (pool->coaches, coach->id);
      g_array_append_val (pool->roles, coach->roles);
      g_array_append_val (pool->seats, coach->capacity);
    }
  return TRUE;
}

static GroveCoachingRequest *
add_request (Pool     *pool,
             guint     at,
             guint     day,
             gboolean  welsh,
             GError  **error)
{
  g_autoptr(GDate) date = g_date_new_dmy (1, G_DATE_SEPTEMBER, 2025);
  g_autoptr(GroveCoachingRequest) request = NULL;
  char text[16];

  g_date_add_days (date, day);
  g_date_strftime (text, sizeof text, "%Y-%m-%d", date);
  request = grove_coaching_request_new (g_array_index (pool->people, gint64, at),
                                        _grove_demo_rng_chance (&pool->rng, 35) ? GROVE_MATCH_MENTORING
                                                                               : GROVE_MATCH_COACHING,
                                        text);
  request->goals = g_strdup (goals[_grove_demo_rng_below (&pool->rng, G_N_ELEMENTS (goals))]);
  request->wanted = pick_some (&pool->rng, specialisms, G_N_ELEMENTS (specialisms) - 1,
                               1 + _grove_demo_rng_below (&pool->rng, 2));
  /* Most Welsh speakers are happy either way; some need a Welsh-speaking
   * coach. */
  if (welsh || (g_array_index (pool->welsh, gboolean, at) && _grove_demo_rng_chance (&pool->rng, 40)))
    request->languages = g_strsplit ("Welsh", ",", -1);
  request->remote = _grove_demo_rng_chance (&pool->rng, 70);
  request->availability = pick_availability (&pool->rng);
  if (grove_coaching_add_request (pool->store, request, error) == 0)
    return NULL;
  return g_steal_pointer (&request);
}

/* The hard rules the engine applies, so that the demo's relationships and
 * locks are ones the coordinator could have made. */
static gboolean
pair_allowed (Pool                       *pool,
              const GroveCoachingRequest *request,
              guint                       request_at,
              guint                       coach,
              gboolean                   *allowed,
              GError                    **error)
{
  guint role = request->kind == GROVE_MATCH_MENTORING ? GROVE_MATCH_ROLE_MENTOR : GROVE_MATCH_ROLE_COACH;
  gboolean needs_welsh = request->languages != NULL;
  guint coach_at = g_array_index (pool->coach_at, guint, coach);
  gboolean in_line = FALSE;

  *allowed = FALSE;
  if ((g_array_index (pool->roles, guint, coach) & role) == 0 || coach_at == request_at ||
      g_array_index (pool->seats, guint, coach) == 0 ||
      (needs_welsh && !g_array_index (pool->welsh, gboolean, coach_at)))
    return TRUE;
  if (!grove_org_in_reporting_line (pool->store, g_array_index (pool->people, gint64, coach_at),
                                    g_array_index (pool->people, gint64, request_at), &in_line, error))
    return FALSE;
  *allowed = !in_line;
  return TRUE;
}

/* The first allowed coach from a random place in the pool; -1 for none. */
static gboolean
find_coach (Pool                       *pool,
            const GroveCoachingRequest *request,
            guint                       request_at,
            int                        *coach,
            GError                    **error)
{
  guint n = pool->coaches->len, start = _grove_demo_rng_below (&pool->rng, n);

  *coach = -1;
  for (guint k = 0; k < n; k++)
    {
      guint c = (start + k) % n;
      gboolean allowed;

      if (!pair_allowed (pool, request, request_at, c, &allowed, error))
        return FALSE;
      if (allowed)
        {
          *coach = (int) c;
          return TRUE;
        }
    }
  return TRUE;
}

static gboolean
exec_bound (Pool        *pool,
            const char  *sql,
            gint64       a,
            gint64       b,
            const char  *text,
            const char  *more,
            gint64      *id,
            GError     **error)
{
  sqlite3_stmt *stmt = _grove_store_prepare (pool->store, sql, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, a);
  sqlite3_bind_int64 (stmt, 2, b);
  _grove_store_bind_text (stmt, 3, text);
  _grove_store_bind_text (stmt, 4, more);
  if (!_grove_store_exec_stmt (pool->store, stmt, _("saving the demo organisation"), error))
    return FALSE;
  if (id != NULL)
    *id = sqlite3_last_insert_rowid (_grove_store_get_handle (pool->store));
  return TRUE;
}

static void
date_after (const char *start,
            guint       days,
            char        out[16])
{
  g_autoptr(GDate) date = g_date_new ();

  g_date_set_parse (date, start);
  g_date_add_days (date, days);
  g_date_strftime (out, 16, "%Y-%m-%d", date);
}

/* A relationship already under way: sessions every four weeks; the first
 * of all is closed with its evaluation and the second paused. */
static gboolean
start_relationship (Pool                       *pool,
                    const GroveCoachingRequest *request,
                    guint                       coach,
                    guint                       k,
                    GError                    **error)
{
  guint sessions = 1 + _grove_demo_rng_below (&pool->rng, 3);
  gint64 id = 0;
  char started[16], held[16];

  date_after (request->requested, 14, started);
  if (!exec_bound (pool, "INSERT INTO coaching_relationship (request_id, coach_id, started, fit)"
                         " VALUES (?1, ?2, ?3, 1)", request->id, g_array_index (pool->coaches, gint64, coach),
                   started, NULL, &id, error) ||
      !exec_bound (pool, "UPDATE coaching_request SET status = 1 WHERE id = ?1", request->id, 0, NULL, NULL, NULL,
                   error))
    return FALSE;
  for (guint s = 0; s < sessions; s++)
    {
      date_after (started, 7 + 28 * s, held);
      if (!exec_bound (pool, "INSERT INTO coaching_session (relationship_id, held, minutes, notes)"
                             " VALUES (?1, ?3, ?2, ?4)", id, 60 + 15 * _grove_demo_rng_below (&pool->rng, 3),
                       held, notes[MIN (s, G_N_ELEMENTS (notes) - 1)], NULL, error))
        return FALSE;
    }
  if (k == 0)
    {
      date_after (held, 14, held);
      return exec_bound (pool, "UPDATE coaching_relationship SET status = 2, ended = ?3, rating = 4,"
                               " outcome = ?4 WHERE id = ?1", id, 0, held, "Goals met: leads the team with confidence",
                         NULL, error) &&
             exec_bound (pool, "UPDATE coaching_request SET status = 2 WHERE id = ?1", request->id, 0, NULL, NULL,
                         NULL, error);
    }
  g_array_index (pool->seats, guint, coach)--;
  if (k == 1)
    return exec_bound (pool, "UPDATE coaching_relationship SET status = 1 WHERE id = ?1", id, 0, NULL, NULL, NULL,
                       error);
  return TRUE;
}

/* Request i: the first few start relationships, the next few exclude a
 * coach, and one after them is locked to a coach. */
static gboolean
shape_request (Pool                       *pool,
               const GroveCoachingRequest *request,
               guint                       request_at,
               guint                       i,
               guint                       n_relationships,
               guint                       n_exclusions,
               GError                    **error)
{
  int coach = -1;

  if (i < n_relationships || i == n_relationships + n_exclusions)
    {
      if (!find_coach (pool, request, request_at, &coach, error))
        return FALSE;
      if (coach < 0)
        return TRUE;
      if (i < n_relationships)
        return start_relationship (pool, request, (guint) coach, i, error);
      g_array_index (pool->seats, guint, coach)--;
      return grove_coaching_lock (pool->store, request->id, g_array_index (pool->coaches, gint64, coach), error);
    }
  if (i < n_relationships + n_exclusions)
    {
      guint c = _grove_demo_rng_below (&pool->rng, pool->coaches->len);
      guint at = g_array_index (pool->coach_at, guint, c);

      if (at == request_at)
        return TRUE;
      return _grove_coaching_insert_exclusion (pool->store, g_array_index (pool->people, gint64, request_at),
                                               g_array_index (pool->people, gint64, at),
                                               "Worked closely together before", error);
    }
  return TRUE;
}

static void
pool_clear (Pool *pool)
{
  g_array_unref (pool->people);
  g_array_unref (pool->welsh);
  g_array_unref (pool->coaches);
  g_array_unref (pool->coach_at);
  g_array_unref (pool->roles);
  g_array_unref (pool->seats);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Pool, pool_clear)

/* Every fifth request needs a Welsh-speaking coach, and every fourth coach
 * speaks Welsh, however few Welsh speakers the seed gives: a Welsh speaker
 * not drawn yet takes the place if need be. */
static gboolean
swap_in_welsh (Pool  *pool,
               guint *order,
               guint  n,
               guint  place,
               guint  unused)
{
  for (guint k = unused; k < n && !g_array_index (pool->welsh, gboolean, order[place]); k++)
    if (g_array_index (pool->welsh, gboolean, order[k]))
      {
        guint t = order[place];

        order[place] = order[k], order[k] = t;
      }
  return g_array_index (pool->welsh, gboolean, order[place]);
}

gboolean
_grove_demo_generate_coaching (GroveStore              *store,
                               const GroveDemoOptions  *options,
                               GError                 **error)
{
  g_auto(Pool) pool = {
    store, { 0 }, g_array_new (FALSE, FALSE, sizeof (gint64)), g_array_new (FALSE, FALSE, sizeof (gboolean)),
    g_array_new (FALSE, FALSE, sizeof (gint64)), g_array_new (FALSE, FALSE, sizeof (guint)),
    g_array_new (FALSE, FALSE, sizeof (guint)), g_array_new (FALSE, FALSE, sizeof (guint)),
  };
  g_autofree guint *order = NULL;
  guint n, n_coaches, n_requests, n_relationships, n_exclusions;

  _grove_demo_rng_init (&pool.rng, options->seed, GROVE_DEMO_STREAM_COACHING);
  if (!read_people (&pool, error))
    return FALSE;
  n = pool.people->len;
  /* Everyone appears once at most; a small organisation gets a smaller
   * pool rather than a refusal. */
  n_coaches = MIN (options->coaches, n / 3);
  n_requests = MIN (options->requests, n - n_coaches);
  if (n_coaches == 0)
    return TRUE;

  order = g_new (guint, n);
  for (guint i = 0; i < n; i++)
    order[i] = i;
  for (guint i = 0; i < n_coaches + n_requests; i++)
    {
      guint j = i + _grove_demo_rng_below (&pool.rng, n - i), t = order[i];

      order[i] = order[j], order[j] = t;
    }
  /* A Welsh-speaking coach in every four, for the Welsh-speaking needs. */
  for (guint i = 1; i < n_coaches; i += 4)
    swap_in_welsh (&pool, order, n, i, n_coaches + n_requests);
  g_array_append_vals (pool.coach_at, order, n_coaches);
  if (!add_coaches (&pool, n_coaches, error))
    return FALSE;

  /* Enough to show; few enough that the pool stays mostly free to match. */
  n_relationships = MIN (n_requests / 5, 25);
  n_exclusions = n_requests / 50 + 1;
  for (guint i = 0; i < n_requests; i++)
    {
      gboolean welsh = i % 5 == 2 && swap_in_welsh (&pool, order, n, n_coaches + i, n_coaches + n_requests);
      guint at = order[n_coaches + i];
      g_autoptr(GroveCoachingRequest) request = add_request (&pool, at, _grove_demo_rng_below (&pool.rng, 365),
                                                             welsh, error);

      if (request == NULL ||
          !shape_request (&pool, request, at, i, n_relationships, n_exclusions, error))
        return FALSE;
    }
  return TRUE;
}
