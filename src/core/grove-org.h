/* grove-org.h: the organisation tree, its people and their reporting lines
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "grove-org-unit.h"
#include "grove-person.h"
#include "grove-store.h"

G_BEGIN_DECLS

/* Units. */
gint64        grove_org_add_unit          (GroveStore        *store,
                                           GroveOrgUnitKind   kind,
                                           const char        *name,
                                           gint64             parent_id,
                                           GError           **error);
GPtrArray    *grove_org_list_units        (GroveStore        *store,
                                           GError           **error);
GroveOrgUnit *grove_org_get_unit          (GroveStore        *store,
                                           gint64             id,
                                           GError           **error);
GroveOrgUnit *grove_org_find_unit_by_name (GroveStore        *store,
                                           const char        *name,
                                           GError           **error);

/* People. */
gint64        grove_org_add_person        (GroveStore        *store,
                                           GrovePerson       *person,
                                           GError           **error);
gboolean      grove_org_add_people        (GroveStore        *store,
                                           GPtrArray         *people,
                                           GError           **error);
gboolean      grove_org_update_person     (GroveStore        *store,
                                           const GrovePerson *person,
                                           GError           **error);
GrovePerson  *grove_org_get_person        (GroveStore        *store,
                                           gint64             id,
                                           GError           **error);
GPtrArray    *grove_org_list_people       (GroveStore        *store,
                                           gint64             unit_id,
                                           gboolean           include_subunits,
                                           gboolean           include_archived,
                                           GError           **error);
gboolean      grove_org_set_manager       (GroveStore        *store,
                                           gint64             person_id,
                                           gint64             manager_id,
                                           GError           **error);
gboolean      grove_org_archive_person    (GroveStore        *store,
                                           gint64             person_id,
                                           GError           **error);
gboolean      grove_org_restore_person    (GroveStore        *store,
                                           gint64             person_id,
                                           GError           **error);

/* Reporting lines. Coaching and mentoring never pair two people in the same
 * line, so these are the rules' single source. */
GArray       *grove_org_get_manager_chain (GroveStore        *store,
                                           gint64             person_id,
                                           GError           **error);
GArray       *grove_org_get_reports       (GroveStore        *store,
                                           gint64             person_id,
                                           gboolean           direct_only,
                                           GError           **error);
gboolean      grove_org_in_reporting_line (GroveStore        *store,
                                           gint64             a,
                                           gint64             b,
                                           gboolean          *in_line,
                                           GError           **error);

G_END_DECLS
