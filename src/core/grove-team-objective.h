/* grove-team-objective.h: team and organisation objectives ("The Plan")
 * that individual objectives support, and templates that give many people
 * the same objective at once
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "grove-store.h"

G_BEGIN_DECLS

/* An objective of a unit: the organisation's plan, a directorate's or a
 * team's. */
typedef struct {
  gint64  id;           /* 0 until stored */
  gint64  unit_id;
  char   *title;
  char   *description;  /* may be NULL */
  char   *period_start; /* "YYYY-MM-DD" or NULL for standing objectives */
  char   *period_end;
  /* Filled in when read from the store. */
  char   *unit_name;
  guint   n_supporting; /* individual objectives aligned to it */
} GroveTeamObjective;

/* A shared objective, copied into each record it is applied to; the copies
 * are then each record's own. */
typedef struct {
  gint64  id;                /* 0 until stored */
  char   *title;
  char   *description;       /* may be NULL */
  char   *measure;           /* may be NULL */
  char   *due;               /* may be NULL */
  gint64  condition_id;      /* 0 for none */
  gint64  plan_objective_id; /* the team objective the copies support, or 0 */
} GroveObjectiveTemplate;

/* A deleted team objective and what pointed to it, so that it can be
 * brought back: see grove_team_objective_remove(). */
typedef struct {
  GroveTeamObjective *objective;
  GArray             *objective_ids; /* (element-type gint64): individual objectives aligned to it */
  GArray             *template_ids;  /* (element-type gint64): templates whose copies support it */
} GroveTeamObjectiveRemoval;

/* An individual objective that supports a team objective, and whose it is. */
typedef struct {
  gint64  objective_id;
  gint64  person_id;
  char   *person_name;
  char   *title;
} GroveSupporter;

void                    grove_supporter_free          (GroveSupporter          *supporter);
void                    grove_team_objective_free     (GroveTeamObjective      *objective);
void                    grove_team_objective_removal_free (GroveTeamObjectiveRemoval *removal);
void                    grove_objective_template_free (GroveObjectiveTemplate  *template_);

gint64                  grove_team_objective_add      (GroveStore              *store,
                                                       const GroveTeamObjective *objective,
                                                       GError                 **error);
GPtrArray              *grove_team_objective_list     (GroveStore              *store,
                                                       gint64                   unit_id,
                                                       GError                 **error);
gboolean                grove_team_objective_delete   (GroveStore              *store,
                                                       gint64                   id,
                                                       GError                 **error);
GroveTeamObjective     *grove_team_objective_get      (GroveStore              *store,
                                                       gint64                   id,
                                                       GError                 **error);
GPtrArray              *grove_team_objective_list_for_person (GroveStore       *store,
                                                              gint64            person_id,
                                                              GError          **error);
GroveTeamObjectiveRemoval *grove_team_objective_remove (GroveStore             *store,
                                                        gint64                  id,
                                                        GError                **error);
gint64                  grove_team_objective_restore  (GroveStore              *store,
                                                       const GroveTeamObjectiveRemoval *removal,
                                                       GError                 **error);
GPtrArray              *grove_team_objective_list_supporting (GroveStore       *store,
                                                              gint64            id,
                                                              GError          **error);
GPtrArray              *grove_team_objective_list_supporters (GroveStore       *store,
                                                              gint64            id,
                                                              gint64            manager_id,
                                                              GError          **error);

gint64                  grove_objective_template_add  (GroveStore              *store,
                                                       const GroveObjectiveTemplate *template_,
                                                       GError                 **error);
GroveObjectiveTemplate *grove_objective_template_get  (GroveStore              *store,
                                                       gint64                   id,
                                                       GError                 **error);
GArray                 *grove_objective_template_apply (GroveStore             *store,
                                                        gint64                  template_id,
                                                        const gint64           *ipdr_ids,
                                                        guint                   n_ipdrs,
                                                        GError                **error);
GArray                 *grove_objective_template_share (GroveStore             *store,
                                                        const GroveObjectiveTemplate *template_,
                                                        const gint64           *ipdr_ids,
                                                        guint                   n_ipdrs,
                                                        GError                **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GroveSupporter, grove_supporter_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GroveTeamObjective, grove_team_objective_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GroveObjectiveTemplate, grove_objective_template_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GroveTeamObjectiveRemoval, grove_team_objective_removal_free)

G_END_DECLS
