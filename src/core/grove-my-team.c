/* grove-my-team.c: the My team list
 *
 * One query reads every report with their record for the period and the
 * counts that matter, grouped in SQL: a director's list of hundreds must
 * open at once, and a query per person would not. The counts start from
 * the reports' records (CROSS JOIN fixes SQLite's join order), so that the
 * work grows with the team, not with the organisation.
 *
 * "At risk" here is the rule of grove-ipdr-objective.c, written in SQL (keep
 * the two the same), widened to include overdue objectives: either way the
 * objective is not on track. The next review is the earliest one booked and
 * not held; failing a booking, the date the next review falls due (the
 * middle of the period for the mid-year review, its end for the end-year).
 *
 * The list is sorted by what needs attention first:
 *   1. a review whose date has passed without it being held;
 *   2. no record for the period yet, or one still in draft more than
 *      NO_PLAN_GRACE_DAYS into it;
 *   3. objectives at risk or overdue, or activities overdue;
 *   4. everyone else;
 * and within each, the most objectives at risk and items overdue first,
 * then the earliest next review, then by name.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "grove-ipdr-objective.h"
#include "grove-ipdr-private.h"
#include "grove-my-team.h"
#include "grove-org-private.h"

/* A first conversation in the first month is normal; after that, a record
 * still in draft means the year has no agreed objectives. */
#define NO_PLAN_GRACE_DAYS 30

/* ?1 manager, ?2 direct only, ?3 today, ?4 the at-risk margin. */
static const char team_sql[] =
  "WITH RECURSIVE below (id) AS ("
  "  SELECT id FROM person WHERE manager_id = ?1"
  "  UNION SELECT p.id FROM person p JOIN below ON p.manager_id = below.id WHERE ?2 = 0"
  "), rec AS ("
  "  SELECT i.* FROM ipdr i JOIN below b ON b.id = i.person_id"
  "  WHERE i.period_start <= ?3 AND i.period_end >= ?3"
  "), obj AS ("
  "  SELECT o.ipdr_id, count(*) AS n,"
  "    sum(o.status IN (0, 1) AND ("
  "      (o.due IS NOT NULL AND o.due < ?3) OR"
  "      (CASE WHEN o.due IS NULL THEN 0"
  "            WHEN julianday (?3) <= julianday (r.period_start) THEN 0"
  "            WHEN julianday (o.due) <= julianday (r.period_start) OR julianday (?3) >= julianday (o.due) THEN 100"
  "            ELSE 100.0 * (julianday (?3) - julianday (r.period_start))"
  "                       / (julianday (o.due) - julianday (r.period_start)) END) - o.progress > ?4)) AS at_risk,"
  "    sum(o.status IN (0, 1)) AS open,"
  "    sum(o.status IN (0, 1) AND o.due IS NOT NULL AND o.due < ?3) AS overdue"
  "  FROM rec r CROSS JOIN ipdr_objective o ON o.ipdr_id = r.id GROUP BY o.ipdr_id"
  "), act AS ("
  "  SELECT n.ipdr_id, sum(a.status <> 3) AS n, sum(a.status = 2) AS done,"
  "    sum(a.status IN (0, 1) AND a.due IS NOT NULL AND a.due < ?3) AS overdue"
  "  FROM rec r CROSS JOIN ipdr_need n ON n.ipdr_id = r.id CROSS JOIN ipdr_activity a ON a.need_id = n.id"
  "  GROUP BY n.ipdr_id"
  "), rev AS ("
  "  SELECT v.ipdr_id, min (CASE WHEN v.held IS NULL THEN v.scheduled END) AS booked,"
  "    max (v.kind = 0 AND v.held IS NOT NULL) AS mid_held, max (v.kind = 1 AND v.held IS NOT NULL) AS end_held"
  "  FROM rec r CROSS JOIN ipdr_review v ON v.ipdr_id = r.id GROUP BY v.ipdr_id"
  ") "
  "SELECT p.id, p.name, p.manager_id, r.id, r.status, r.period_start, r.period_end, r.last_conversation,"
  "  rev.booked, ifnull (rev.mid_held, 0), ifnull (rev.end_held, 0),"
  "  ifnull (obj.n, 0), ifnull (obj.open, 0), ifnull (obj.at_risk, 0), ifnull (obj.overdue, 0),"
  "  ifnull (act.n, 0), ifnull (act.done, 0), ifnull (act.overdue, 0) "
  "FROM below b JOIN person p ON p.id = b.id"
  "  LEFT JOIN rec r ON r.person_id = p.id"
  "  LEFT JOIN obj ON obj.ipdr_id = r.id"
  "  LEFT JOIN act ON act.ipdr_id = r.id"
  "  LEFT JOIN rev ON rev.ipdr_id = r.id "
  "WHERE p.archived = 0";

void
grove_team_member_free (GroveTeamMember *member)
{
  if (member == NULL)
    return;
  g_free (member->name);
  g_free (member->next_review);
  g_free (member->last_conversation);
  g_free (member);
}

const char *
grove_attention_label (GroveAttention attention)
{
  switch (attention)
    {
    case GROVE_ATTENTION_REVIEW_OVERDUE:
      return _("Review overdue");
    case GROVE_ATTENTION_NO_PLAN:
      return _("No agreed objectives");
    case GROVE_ATTENTION_BEHIND:
      return _("Behind");
    case GROVE_ATTENTION_NONE:
    default:
      return NULL;
    }
}

static char *
midpoint (const char *start,
          const char *end)
{
  return _grove_ipdr_add_days (start, MAX (0, _grove_ipdr_days_between (start, end) / 2));
}

static void
fill_review (GroveTeamMember *m,
             sqlite3_stmt    *stmt,
             const char      *today)
{
  const char *start = (const char *) sqlite3_column_text (stmt, 5);
  const char *end = (const char *) sqlite3_column_text (stmt, 6);

  if (sqlite3_column_type (stmt, 8) != SQLITE_NULL)
    {
      m->next_review = _grove_store_dup_text (stmt, 8);
      m->next_review_scheduled = TRUE;
    }
  else if (!sqlite3_column_int (stmt, 9))
    m->next_review = midpoint (start, end);
  else if (!sqlite3_column_int (stmt, 10))
    m->next_review = g_strdup (end);
  m->review_overdue = m->next_review != NULL && g_strcmp0 (m->next_review, today) < 0;
}

static GroveTeamMember *
member_from_row (sqlite3_stmt *stmt,
                 gint64        manager_id,
                 const char   *today)
{
  GroveTeamMember *m = g_new0 (GroveTeamMember, 1);
  guint done;

  m->person_id = sqlite3_column_int64 (stmt, 0);
  m->name = _grove_store_dup_text (stmt, 1);
  m->manager_id = sqlite3_column_int64 (stmt, 2);
  m->direct = m->manager_id == manager_id;
  m->ipdr_id = sqlite3_column_int64 (stmt, 3);
  m->plan_progress = NAN;
  m->attention = GROVE_ATTENTION_NONE;
  if (m->ipdr_id == 0)
    {
      m->attention = GROVE_ATTENTION_NO_PLAN;
      return m;
    }

  m->status = (GroveIpdrStatus) sqlite3_column_int (stmt, 4);
  m->last_conversation = _grove_store_dup_text (stmt, 7);
  fill_review (m, stmt, today);
  m->objectives = (guint) sqlite3_column_int (stmt, 11);
  m->at_risk = (guint) sqlite3_column_int (stmt, 13);
  m->on_track = (guint) sqlite3_column_int (stmt, 12) - m->at_risk;
  m->overdue_items = (guint) (sqlite3_column_int (stmt, 14) + sqlite3_column_int (stmt, 17));
  m->activities = (guint) sqlite3_column_int (stmt, 15);
  done = (guint) sqlite3_column_int (stmt, 16);
  if (m->activities > 0)
    m->plan_progress = 100.0 * done / m->activities;

  if (m->review_overdue)
    m->attention = GROVE_ATTENTION_REVIEW_OVERDUE;
  else if (m->status == GROVE_IPDR_DRAFT &&
           _grove_ipdr_days_between ((const char *) sqlite3_column_text (stmt, 5), today) > NO_PLAN_GRACE_DAYS)
    m->attention = GROVE_ATTENTION_NO_PLAN;
  else if (m->at_risk > 0 || m->overdue_items > 0)
    m->attention = GROVE_ATTENTION_BEHIND;
  return m;
}

static int
compare_members (gconstpointer a,
                 gconstpointer b)
{
  const GroveTeamMember *x = *(const GroveTeamMember * const *) a;
  const GroveTeamMember *y = *(const GroveTeamMember * const *) b;
  guint x_behind = x->at_risk + x->overdue_items, y_behind = y->at_risk + y->overdue_items;
  int order;

  if (x->attention != y->attention)
    return x->attention < y->attention ? -1 : 1;
  if (x_behind != y_behind)
    return x_behind > y_behind ? -1 : 1;
  if ((x->next_review == NULL) != (y->next_review == NULL))
    return x->next_review == NULL ? 1 : -1;
  if ((order = g_strcmp0 (x->next_review, y->next_review)) != 0)
    return order;
  if ((order = g_utf8_collate (x->name, y->name)) != 0)
    return order;
  return x->person_id < y->person_id ? -1 : x->person_id > y->person_id;
}

/**
 * grove_my_team_list:
 * @manager_id: someone stored
 * @direct_only: only the people who report to @manager_id themselves;
 *   otherwise everyone below them
 * @today: (nullable): the day that chooses the period and what is overdue;
 *   %NULL for today
 *
 * People who have left are not listed.
 *
 * Returns: (transfer full) (element-type GroveTeamMember): the reports,
 *   most in need of attention first (see grove-my-team.c); %NULL with
 *   @error set
 */
GPtrArray *
grove_my_team_list (GroveStore  *store,
                    gint64       manager_id,
                    gboolean     direct_only,
                    const char  *today,
                    GError     **error)
{
  g_autofree char *now = today == NULL ? grove_ipdr_today () : NULL;
  g_autofree char *name = NULL;
  g_autoptr(GPtrArray) members = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (GROVE_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (today == NULL)
    today = now;
  if (!_grove_ipdr_check_date (today, error) || (name = _grove_org_get_person_name (store, manager_id, error)) == NULL)
    return NULL;
  if ((stmt = _grove_store_prepare (store, team_sql, error)) == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, manager_id);
  sqlite3_bind_int (stmt, 2, direct_only ? 1 : 0);
  sqlite3_bind_text (stmt, 3, today, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 4, GROVE_OBJECTIVE_AT_RISK_MARGIN);

  members = g_ptr_array_new_with_free_func ((GDestroyNotify) grove_team_member_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (members, member_from_row (stmt, manager_id, today));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _grove_store_set_error (store, rc, _("reading the reports’ IPDRs"), error);
      return NULL;
    }
  g_ptr_array_sort (members, compare_members);
  return g_steal_pointer (&members);
}
