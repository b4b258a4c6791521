/* grove-my-team.h: a manager's reports and where each one's IPDR stands
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "grove-ipdr.h"
#include "grove-store.h"

G_BEGIN_DECLS

/* Why someone is high on the list, most urgent first; see grove-my-team.c. */
typedef enum {
  GROVE_ATTENTION_REVIEW_OVERDUE = 0, /* a review's date has passed and it has not been held */
  GROVE_ATTENTION_NO_PLAN        = 1, /* no record for the period, or still a draft a month in */
  GROVE_ATTENTION_BEHIND         = 2, /* objectives at risk, or objectives or activities overdue */
  GROVE_ATTENTION_NONE           = 3,
} GroveAttention;

typedef struct {
  gint64           person_id;
  char            *name;
  gint64           manager_id;
  gboolean         direct;            /* reports to the manager asked about */
  gint64           ipdr_id;           /* the record for the period of the day asked about; 0 for none */
  GroveIpdrStatus  status;
  char            *next_review;       /* the next review not yet held, or NULL */
  gboolean         next_review_scheduled; /* FALSE: the date is when it falls due, not a booking */
  gboolean         review_overdue;
  char            *last_conversation; /* may be NULL */
  guint            objectives;        /* all of the record's */
  guint            on_track;          /* open, neither overdue nor at risk */
  guint            at_risk;           /* open and overdue or at risk */
  guint            overdue_items;     /* open objectives and activities past their due date */
  guint            activities;        /* not counting cancelled ones */
  double           plan_progress;     /* % of those activities completed; NaN when there are none */
  GroveAttention   attention;
} GroveTeamMember;

void       grove_team_member_free (GroveTeamMember  *member);

/* A badge for people: "Review overdue", "No IPDR yet", …; NULL for none. */
const char *grove_attention_label (GroveAttention    attention);

GPtrArray *grove_my_team_list     (GroveStore       *store,
                                   gint64            manager_id,
                                   gboolean          direct_only,
                                   const char       *today,
                                   GError          **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GroveTeamMember, grove_team_member_free)

G_END_DECLS
