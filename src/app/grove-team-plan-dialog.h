/* grove-team-plan-dialog.h: The Plan as a manager sees it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "grove-store.h"

G_BEGIN_DECLS

#define GROVE_TYPE_TEAM_PLAN_DIALOG (grove_team_plan_dialog_get_type ())
G_DECLARE_FINAL_TYPE (GroveTeamPlanDialog, grove_team_plan_dialog, GROVE, TEAM_PLAN_DIALOG, AdwWindow)

GtkWidget *grove_team_plan_dialog_new (GtkWindow  *parent,
                                       GroveStore *store,
                                       gint64      manager_id);

G_END_DECLS
