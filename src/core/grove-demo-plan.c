/* grove-demo-plan.c: the demo's plan — organisation, directorate and team
 * objectives for 2026–27, and the individual objectives that support them
 *
 * The organisation has three objectives; each directorate one or two of its
 * own; about one team in three one more. An individual objective supports
 * the nearest plan objective, in the person's own unit or above it, that it
 * obviously serves: "Reduce the backlog of open cases" a directorate's
 * backlog objective, "Run two lunch-and-learn sessions" the organisation's
 * learning objective. About a third are left unaligned, as in any real year.
 *
 * The titles are fictional content, like the IPDRs', and stay in English.
 *
 * Alignment is one UPDATE per plan objective and title it serves, over the
 * people of its unit and the units below, so that the benchmark
 * organisation's tens of thousands of objectives are never read one by one.
 * Which of them is left unaligned comes from a hash of its id salted from
 * this part's own stream, so the IPDRs drawn before are untouched.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "grove-demo-private.h"
#include "grove-org-unit.h"

#define PERIOD_START "2026-04-01"
#define PERIOD_END   "2027-03-31"

/* Percent of the objectives a plan objective could take that it does. */
#define ALIGNED_SHARE 65
/* Percent of teams with an objective of their own. */
#define TEAMS_WITH_OBJECTIVE 35
#define MAX_SERVED 3

/* Titles exactly as grove-demo-ipdr.c gives them. */
#define ANSWER_CORRESPONDENCE "Answer correspondence within 15 working days"
#define SERVICE_STANDARDS     "Publish the team’s service standards"
#define STAKEHOLDERS          "Improve stakeholder engagement"
#define RECORDS_MIGRATION     "Deliver the records migration"
#define LUNCH_AND_LEARN       "Run two lunch-and-learn sessions"
#define BACKLOG               "Reduce the backlog of open cases"
#define NEW_STARTERS          "Support the new starters in the team"
#define ANNUAL_REPORT         "Write the annual performance report"
#define PROCUREMENT           "Complete the procurement of the new system"
#define RISK_REGISTER         "Review the risk register each quarter"

typedef struct {
  const char *title;
  const char *description;
  const char *serves[MAX_SERVED]; /* individual objectives' titles; NULL-terminated if fewer */
} PlanSpec;

static const PlanSpec organisation_plan[] = {
  { "Become a learning organisation",
    "Make time for learning in every team, share what we learn and use it in our work.",
    { LUNCH_AND_LEARN, NEW_STARTERS } },
  { "Provide services people can rely on",
    "Answer people promptly, meet the standards we publish and put things right quickly when they go wrong.",
    { ANSWER_CORRESPONDENCE, SERVICE_STANDARDS } },
  { "Spend public money well",
    "Plan and buy carefully, manage our risks and report openly on what we achieve.",
    { PROCUREMENT, RISK_REGISTER, ANNUAL_REPORT } },
};

static const PlanSpec directorate_plan[] = {
  { "Clear the backlog of open cases by March 2027",
    "Bring every team’s open cases down to what it can handle in a month, and answer new ones on time.",
    { BACKLOG, ANSWER_CORRESPONDENCE } },
  { "Work openly with our partners",
    "Involve providers, employers and learners early, and tell them what changed because of what they said.",
    { STAKEHOLDERS } },
  { "Move our information to the new records system",
    "Every current file in the new system, and the old shared drives closed by the end of the year.",
    { RECORDS_MIGRATION } },
  { "Keep our risks and spending under control",
    "Risks reviewed each quarter and contracts let on time and within budget.",
    { RISK_REGISTER, PROCUREMENT } },
  { "Report clearly on our performance",
    "Publish what we delivered against the business plan, in plain language.",
    { ANNUAL_REPORT } },
  { "Help new colleagues settle in quickly",
    "A named buddy and an induction plan for everyone who joins.",
    { NEW_STARTERS } },
};

static const PlanSpec team_plan[] = {
  { "Answer every enquiry within 15 working days", "Measured each month from the case system.",
    { ANSWER_CORRESPONDENCE } },
  { "Publish and meet our service standards", "Standards on the intranet and a quarterly check against them.",
    { SERVICE_STANDARDS } },
  { "Finish the move to the new records system", "All our files moved and checked by December.",
    { RECORDS_MIGRATION } },
  { "Keep open cases below 40", "Counted at the end of each month.",
    { BACKLOG } },
  { "Share what we learn at team meetings", "Ten minutes at every team meeting for something one of us learned.",
    { LUNCH_AND_LEARN } },
};

typedef struct {
  gint64          id;
  gint64          unit_id;
  const PlanSpec *spec;
} PlanObjective;

typedef struct {
  GroveStore   *store;
  GroveDemoRng  rng;
  GArray       *added; /* PlanObjective, the organisation's first and teams' last */
} Generator;

static gboolean
add_objective (Generator       *g,
               gint64           unit_id,
               const PlanSpec  *spec,
               GError         **error)
{
  sqlite3_stmt *stmt = _grove_store_prepare (g->store,
                                             "INSERT INTO plan_objective"
                                             " (unit_id, title, description, period_start, period_end)"
                                             " VALUES (?1, ?2, ?3, ?4, ?5)",
                                             error);
  PlanObjective added = { 0, unit_id, spec };

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, unit_id);
  _grove_store_bind_text (stmt, 2, spec->title);
  _grove_store_bind_text (stmt, 3, spec->description);
  _grove_store_bind_text (stmt, 4, PERIOD_START);
  _grove_store_bind_text (stmt, 5, PERIOD_END);
  if (!_grove_store_exec_stmt (g->store, stmt, _("saving the team objective"), error))
    return FALSE;
  added.id = sqlite3_last_insert_rowid (_grove_store_get_handle (g->store));
  g_array_append_val (g->added, added);
  return TRUE;
}

static gboolean
add_unit_objectives (Generator          *g,
                     gint64              unit_id,
                     GroveOrgUnitKind    kind,
                     GError            **error)
{
  switch (kind)
    {
    case GROVE_ORG_UNIT_ORGANISATION:
      for (guint i = 0; i < G_N_ELEMENTS (organisation_plan); i++)
        if (!add_objective (g, unit_id, &organisation_plan[i], error))
          return FALSE;
      return TRUE;
    case GROVE_ORG_UNIT_DIRECTORATE:
      {
        guint first = _grove_demo_rng_below (&g->rng, G_N_ELEMENTS (directorate_plan));
        guint second = (first + 1 + _grove_demo_rng_below (&g->rng, G_N_ELEMENTS (directorate_plan) - 1)) %
                       G_N_ELEMENTS (directorate_plan);

        return add_objective (g, unit_id, &directorate_plan[first], error) &&
               (_grove_demo_rng_chance (&g->rng, 50) ||
                add_objective (g, unit_id, &directorate_plan[second], error));
      }
    case GROVE_ORG_UNIT_TEAM:
    default:
      if (!_grove_demo_rng_chance (&g->rng, TEAMS_WITH_OBJECTIVE))
        return TRUE;
      return add_objective (g, unit_id, &team_plan[_grove_demo_rng_below (&g->rng, G_N_ELEMENTS (team_plan))],
                            error);
    }
}

/* A share of the unaligned objectives with @title held by anyone in the
 * objective's unit or below: the hash keeps the choice the same whichever
 * plan objective asks, so what one leaves, the next one up leaves too. */
static gboolean
align (Generator            *g,
       const PlanObjective  *objective,
       const char           *title,
       guint                 salt,
       GError              **error)
{
  /* The + keeps SQLite off the index of plan_objective_id, which would
   * have it scan every objective not yet aligned, and so walks the records
   * of the unit's people instead. */
  sqlite3_stmt *stmt = _grove_store_prepare (g->store,
                                             "UPDATE ipdr_objective SET plan_objective_id = ?1"
                                             " WHERE +plan_objective_id IS NULL AND title = ?2"
                                             " AND (id + ?3) * 2654435761 / 65536 % 100 < ?4"
                                             " AND ipdr_id IN ("
                                             "  WITH RECURSIVE below (id, depth) AS ("
                                             "   SELECT ?5, 0"
                                             "   UNION ALL SELECT u.id, b.depth + 1 FROM org_unit u"
                                             "   JOIN below b ON u.parent_id = b.id WHERE b.depth < 64)"
                                             "  SELECT i.id FROM below b JOIN person p ON p.unit_id = b.id"
                                             "  JOIN ipdr i ON i.person_id = p.id)",
                                             error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, objective->id);
  _grove_store_bind_text (stmt, 2, title);
  sqlite3_bind_int64 (stmt, 3, salt);
  sqlite3_bind_int (stmt, 4, ALIGNED_SHARE);
  sqlite3_bind_int64 (stmt, 5, objective->unit_id);
  return _grove_store_exec_stmt (g->store, stmt, _("aligning objectives to the plan"), error);
}

gboolean
_grove_demo_generate_plan (GroveStore              *store,
                           const GroveDemoOptions  *options,
                           GError                 **error)
{
  g_autoptr(GArray) added = g_array_new (FALSE, FALSE, sizeof (PlanObjective));
  g_autoptr(GArray) units = g_array_new (FALSE, FALSE, sizeof (gint64));
  Generator g = { store, { 0 }, added };
  sqlite3_stmt *stmt;
  guint salt;
  int rc;

  _grove_demo_rng_init (&g.rng, options->seed, GROVE_DEMO_STREAM_PLAN);
  /* Small enough that (id + salt) times the hash's constant stays within
   * 63 bits, where SQLite would turn it into a float. */
  salt = _grove_demo_rng_below (&g.rng, 1u << 30);
  if ((stmt = _grove_store_prepare (store, "SELECT id, kind FROM org_unit ORDER BY kind, id", error)) == NULL)
    return FALSE;
  /* Read first: the inserts below reuse the cached statements. */
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 pair[2] = { sqlite3_column_int64 (stmt, 0), sqlite3_column_int64 (stmt, 1) };

      g_array_append_vals (units, pair, 2);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _grove_store_set_error (store, rc, _("reading the organisation"), error);
      return FALSE;
    }
  for (guint i = 0; i + 1 < units->len; i += 2)
    if (!add_unit_objectives (&g, g_array_index (units, gint64, i),
                              (GroveOrgUnitKind) g_array_index (units, gint64, i + 1), error))
      return FALSE;

  /* Nearest first: a team's objective before its directorate's, and both
   * before the organisation's. */
  for (guint i = added->len; i > 0; i--)
    {
      const PlanObjective *objective = &g_array_index (added, PlanObjective, i - 1);

      for (guint s = 0; s < MAX_SERVED && objective->spec->serves[s] != NULL; s++)
        if (!align (&g, objective, objective->spec->serves[s], salt, error))
          return FALSE;
    }
  return TRUE;
}
