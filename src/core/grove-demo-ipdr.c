/* grove-demo-ipdr.c: the demo's IPDRs
 *
 * Everyone has a record for the reporting year 2026–27, with their line
 * manager. The demo is seen as of GROVE_DEMO_IPDR_AS_OF, in November: most
 * records are agreed and past their mid-year review, a few are still in
 * draft. Objectives progress roughly on schedule, but about one in seven is
 * well behind and one in ten is past its due date and not achieved, so that
 * My team and the agenda have something to show. Each person has one or
 * two development needs with activities of the seven learning methods,
 * some completed and evaluated, and a few WPA notes.
 *
 * The large benchmark database gets the same, through the cached
 * statements of the one transaction grove_demo_generate() holds.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "grove-demo-private.h"
#include "grove-ipdr-private.h"

#define PERIOD_START "2026-04-01"
#define PERIOD_END   "2027-03-31"
/* Days from PERIOD_START to GROVE_DEMO_IPDR_AS_OF. */
#define DAYS_IN      233
#define PERIOD_DAYS  364

typedef struct {
  const char *title;
  const char *measure; /* NULL: left for the SMART check to point out */
} ObjectiveSpec;

static const ObjectiveSpec objectives[] = {
  { "Answer correspondence within 15 working days", "Nine in ten answered on time, from the case system" },
  { "Publish the team’s service standards", "Standards on the intranet, agreed by the director" },
  { "Improve stakeholder engagement", NULL },
  { "Deliver the records migration", "All files moved and checked; old share closed" },
  { "Run two lunch-and-learn sessions", "Two sessions held, feedback collected" },
  { "Reduce the backlog of open cases", "Fewer than 40 cases open at month end" },
  { "Support the new starters in the team", NULL },
  { "Write the annual performance report", "Report cleared by the board" },
  { "Complete the procurement of the new system", "Contract signed within budget" },
  { "Review the risk register each quarter", "Four reviews minuted" },
};

static const char * const capabilities[] = {
  "Data analysis", "Presenting", "Project management", "Coaching others", "Negotiation",
  "Drafting for ministers", "Digital skills", "Managing people", "Welsh language", "Financial management",
};

static const char * const activity_titles[GROVE_LEARNING_N_METHODS] = {
  "Work alongside an experienced colleague",
  "Accredited course",
  "Shadow a colleague in another directorate",
  "Team outdoor challenge day",
  "Online module",
  "Six coaching sessions",
  "Monthly mentoring conversations",
};

static const char * const providers[] = { "Civil Service Learning", "In-house", "Local college", NULL };

static const char * const observations[] = {
  "Chaired the team meeting and kept it to time",
  "Handled a difficult call from a member of the public calmly",
  "Briefing to the director was clear, but long",
  "Helped a new colleague with the case system unasked",
  "Missed the deadline for the monthly return",
};

static const char * const feedback_texts[] = {
  "Start with the recommendation, then the evidence.",
  "Well done: say so at the team meeting so that others learn from it.",
  "Agree the deadline with the finance team earlier next month.",
};

typedef struct {
  GroveStore   *store;
  GroveDemoRng  rng;
  GArray       *conditions; /* gint64: the built-in framework's conditions */
} Generator;

static char *
day_of_period (guint days)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 1, G_DATE_APRIL, 2026);
  g_date_add_days (&date, MIN (days, PERIOD_DAYS));
  return g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (&date), g_date_get_month (&date),
                          g_date_get_day (&date));
}

static gboolean
read_conditions (Generator  *g,
                 GError    **error)
{
  sqlite3_stmt *stmt = _grove_store_prepare (g->store,
                                             "SELECT c.id FROM framework_condition c JOIN framework f"
                                             " ON f.id = c.framework_id ORDER BY f.id, c.position LIMIT 6",
                                             error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (g->conditions, id);
    }
  sqlite3_reset (stmt);
  return rc == SQLITE_DONE || (_grove_store_set_error (g->store, rc, _("reading a framework"), error), FALSE);
}

static gboolean
add_objectives (Generator  *g,
                gint64      ipdr,
                guint       count,
                GError    **error)
{
  guint first = _grove_demo_rng_below (&g->rng, G_N_ELEMENTS (objectives));

  for (guint i = 0; i < count; i++)
    {
      const ObjectiveSpec *spec = &objectives[(first + i * 3) % G_N_ELEMENTS (objectives)];
      guint roll = _grove_demo_rng_below (&g->rng, 100);
      /* Most fall due after now; some fell due earlier. */
      guint due_day = roll < 6 || (roll >= 14 && roll < 30)
                      ? 120 + _grove_demo_rng_below (&g->rng, DAYS_IN - 120)
                      : DAYS_IN + 7 + _grove_demo_rng_below (&g->rng, PERIOD_DAYS - DAYS_IN - 7);
      g_autofree char *due = day_of_period (due_day);
      double expected = due_day <= DAYS_IN ? 100 : 100.0 * DAYS_IN / due_day;
      GroveObjective o = { 0 };

      o.title = (char *) spec->title;
      o.measure = (char *) spec->measure;
      o.due = due;
      if (roll < 6) /* overdue */
        o.progress = 50 + _grove_demo_rng_below (&g->rng, 40);
      else if (roll < 14) /* well behind the line */
        {
          double behind = 25 + _grove_demo_rng_below (&g->rng, 20);

          o.progress = (guint) MAX (0, expected - behind);
        }
      else if (roll < 30) /* done */
        o.progress = 100;
      else
        {
          double ahead = _grove_demo_rng_below (&g->rng, 25);

          o.progress = (guint) MIN (99, expected - 10 + ahead);
        }
      o.status = o.progress >= 100 ? GROVE_OBJECTIVE_ACHIEVED
                 : o.progress > 0 ? GROVE_OBJECTIVE_IN_PROGRESS : GROVE_OBJECTIVE_NOT_STARTED;
      if (_grove_demo_rng_chance (&g->rng, 30))
        o.condition_id = g_array_index (g->conditions, gint64, _grove_demo_rng_below (&g->rng, g->conditions->len));
      if (_grove_objective_insert (g->store, ipdr, &o, error) == 0)
        return FALSE;
    }
  return TRUE;
}

static gboolean
add_activity (Generator  *g,
              gint64      need,
              GError    **error)
{
  GroveActivity a = { 0 };
  guint due_day = 90 + _grove_demo_rng_below (&g->rng, PERIOD_DAYS - 90);
  guint roll = _grove_demo_rng_below (&g->rng, 100);
  g_autofree char *due = day_of_period (due_day);
  g_autofree char *completed = NULL;

  a.method = (GroveLearningMethod) _grove_demo_rng_below (&g->rng, GROVE_LEARNING_N_METHODS);
  a.title = (char *) activity_titles[a.method];
  a.provider = (char *) providers[_grove_demo_rng_below (&g->rng, G_N_ELEMENTS (providers))];
  a.due = due;
  if (due_day < DAYS_IN && roll < 90)
    {
      a.status = GROVE_ACTIVITY_COMPLETED;
      completed = day_of_period (due_day - _grove_demo_rng_below (&g->rng, 20));
      a.completed = completed;
      a.hours = 2 + _grove_demo_rng_below (&g->rng, 30);
      if (_grove_demo_rng_chance (&g->rng, 60))
        {
          a.rating = 3 + (int) _grove_demo_rng_below (&g->rng, 3);
          a.what_changed = (char *) "Uses it every week in the team’s work";
        }
    }
  else if (roll < 40)
    a.status = GROVE_ACTIVITY_IN_PROGRESS;
  else if (roll < 45)
    a.status = GROVE_ACTIVITY_CANCELLED;
  return _grove_activity_insert (g->store, need, &a, error) != 0;
}

static gboolean
add_plan (Generator  *g,
          gint64      ipdr,
          GError    **error)
{
  guint n_needs = 1 + _grove_demo_rng_below (&g->rng, 2);
  guint first = _grove_demo_rng_below (&g->rng, G_N_ELEMENTS (capabilities));

  for (guint i = 0; i < n_needs; i++)
    {
      GroveNeed n = { 0 };
      gint64 need;

      n.capability = (char *) capabilities[(first + i * 7) % G_N_ELEMENTS (capabilities)];
      n.priority = (GroveNeedPriority) _grove_demo_rng_below (&g->rng, 3);
      n.source = (GroveNeedSource) _grove_demo_rng_below (&g->rng, 3);
      if (_grove_demo_rng_chance (&g->rng, 60))
        n.condition_id = g_array_index (g->conditions, gint64, _grove_demo_rng_below (&g->rng, g->conditions->len));
      if ((need = _grove_need_insert (g->store, ipdr, &n, error)) == 0)
        return FALSE;
      for (guint a = 1 + _grove_demo_rng_below (&g->rng, 2); a > 0; a--)
        if (!add_activity (g, need, error))
          return FALSE;
    }
  return TRUE;
}

static gboolean
add_notes (Generator  *g,
           gint64      ipdr,
           GError    **error)
{
  for (guint i = _grove_demo_rng_below (&g->rng, 3); i > 0; i--)
    {
      g_autofree char *noted = day_of_period (20 + _grove_demo_rng_below (&g->rng, DAYS_IN - 20));
      GroveWpaNote note = { 0 };

      note.noted = noted;
      note.observation = (char *) observations[_grove_demo_rng_below (&g->rng, G_N_ELEMENTS (observations))];
      note.feedback = (char *) feedback_texts[_grove_demo_rng_below (&g->rng, G_N_ELEMENTS (feedback_texts))];
      if (_grove_wpa_note_insert (g->store, ipdr, &note, error) == 0)
        return FALSE;
    }
  return TRUE;
}

/* The mid-year review: held in the autumn once the record says so;
 * otherwise booked for the weeks ahead, except for one in four booked in
 * October and still not held. */
static gboolean
add_review (Generator        *g,
            gint64            ipdr,
            GroveIpdrStatus   status,
            GError          **error)
{
  g_autofree char *scheduled = NULL, *held = NULL;
  GroveReview review = { 0 };

  review.kind = GROVE_REVIEW_MID_YEAR;
  if (status >= GROVE_IPDR_MID_YEAR_REVIEWED)
    {
      scheduled = day_of_period (170 + _grove_demo_rng_below (&g->rng, 30));
      held = g_strdup (scheduled);
      review.held = held;
      review.rating = 2 + (int) _grove_demo_rng_below (&g->rng, 4);
      review.summary = (char *) "Good progress on most objectives; agreed where to focus for the rest of the year.";
      review.went_well = (char *) "Delivered the first milestone on time.";
      review.went_badly = (char *) "Too little time kept for learning.";
      review.learned = (char *) "Asking for help early saves time later.";
      review.manager_view = (char *) "On track overall; keep building confidence in presenting.";
    }
  else if (_grove_demo_rng_chance (&g->rng, 25))
    scheduled = day_of_period (185 + _grove_demo_rng_below (&g->rng, 30));
  else
    scheduled = day_of_period (DAYS_IN + 3 + _grove_demo_rng_below (&g->rng, 50));
  review.scheduled = scheduled;
  return _grove_review_insert (g->store, ipdr, &review, error);
}

static gboolean
add_record (Generator  *g,
            gint64      person,
            gint64      manager,
            GError    **error)
{
  g_autofree char *conversation = NULL;
  GroveIpdr ipdr = { 0 };
  guint roll = _grove_demo_rng_below (&g->rng, 100);
  gint64 id;

  ipdr.person_id = person;
  ipdr.manager_id = manager;
  ipdr.period_start = (char *) PERIOD_START;
  ipdr.period_end = (char *) PERIOD_END;
  ipdr.status = roll < 8 ? GROVE_IPDR_DRAFT : roll < 35 ? GROVE_IPDR_AGREED : GROVE_IPDR_MID_YEAR_REVIEWED;
  if (ipdr.status != GROVE_IPDR_DRAFT)
    {
      conversation = day_of_period (150 + _grove_demo_rng_below (&g->rng, DAYS_IN - 150));
      ipdr.last_conversation = conversation;
    }
  if ((id = _grove_ipdr_insert (g->store, &ipdr, error)) == 0)
    return FALSE;
  /* A draft may not have its objectives yet. */
  if (ipdr.status == GROVE_IPDR_DRAFT && _grove_demo_rng_chance (&g->rng, 50))
    return add_review (g, id, ipdr.status, error);
  return add_objectives (g, id, 2 + _grove_demo_rng_below (&g->rng, 3), error) &&
         add_plan (g, id, error) && add_notes (g, id, error) && add_review (g, id, ipdr.status, error) &&
         (conversation == NULL ||
          _grove_conversation_insert (g->store, id, conversation, "Talked through progress and next steps.",
                                      error) != 0);
}

gboolean
_grove_demo_generate_ipdrs (GroveStore              *store,
                            const GroveDemoOptions  *options,
                            GError                 **error)
{
  g_autoptr(GArray) conditions = g_array_new (FALSE, FALSE, sizeof (gint64));
  Generator g = { store, { 0 }, conditions };
  sqlite3_stmt *stmt;
  g_autoptr(GArray) people = g_array_new (FALSE, FALSE, sizeof (gint64));
  int rc;

  _grove_demo_rng_init (&g.rng, options->seed, GROVE_DEMO_STREAM_IPDR);
  if (!read_conditions (&g, error))
    return FALSE;
  if ((stmt = _grove_store_prepare (store, "SELECT id, ifnull (manager_id, 0) FROM person ORDER BY id", error)) == NULL)
    return FALSE;
  /* Read first: the inserts below reuse the cached statements. */
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 pair[2] = { sqlite3_column_int64 (stmt, 0), sqlite3_column_int64 (stmt, 1) };

      g_array_append_vals (people, pair, 2);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _grove_store_set_error (store, rc, _("reading people"), error);
      return FALSE;
    }
  for (guint i = 0; i + 1 < people->len; i += 2)
    if (!add_record (&g, g_array_index (people, gint64, i), g_array_index (people, gint64, i + 1), error))
      return FALSE;
  return TRUE;
}
