/* grove-org-unit.c: one unit of the organisation tree
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "grove-org-unit.h"

/**
 * grove_org_unit_new:
 * @kind: what the unit is
 * @name: its name, shown to people
 * @parent_id: the unit above it, 0 for none
 *
 * Returns: (transfer full): a unit that is not stored yet
 */
GroveOrgUnit *
grove_org_unit_new (GroveOrgUnitKind  kind,
                    const char       *name,
                    gint64            parent_id)
{
  GroveOrgUnit *unit = g_new0 (GroveOrgUnit, 1);

  unit->kind = kind;
  unit->name = g_strdup (name);
  unit->parent_id = parent_id;
  return unit;
}

/**
 * grove_org_unit_copy:
 *
 * Returns: (transfer full): a deep copy of @unit
 */
GroveOrgUnit *
grove_org_unit_copy (const GroveOrgUnit *unit)
{
  GroveOrgUnit *copy;

  g_return_val_if_fail (unit != NULL, NULL);

  copy = g_memdup2 (unit, sizeof *unit);
  copy->name = g_strdup (unit->name);
  return copy;
}

void
grove_org_unit_free (GroveOrgUnit *unit)
{
  if (unit == NULL)
    return;
  g_free (unit->name);
  g_free (unit);
}

gboolean
grove_org_unit_kind_is_valid (int kind)
{
  return kind >= GROVE_ORG_UNIT_ORGANISATION && kind <= GROVE_ORG_UNIT_TEAM;
}

const char *
grove_org_unit_kind_to_string (GroveOrgUnitKind kind)
{
  switch (kind)
    {
    case GROVE_ORG_UNIT_ORGANISATION:
      return "organisation";
    case GROVE_ORG_UNIT_DIRECTORATE:
      return "directorate";
    case GROVE_ORG_UNIT_TEAM:
      return "team";
    default:
      g_return_val_if_reached (NULL);
    }
}

const char *
grove_org_unit_kind_label (GroveOrgUnitKind kind)
{
  switch (kind)
    {
    case GROVE_ORG_UNIT_ORGANISATION:
      return _("Organisation");
    case GROVE_ORG_UNIT_DIRECTORATE:
      return _("Directorate");
    case GROVE_ORG_UNIT_TEAM:
      return _("Team");
    default:
      g_return_val_if_reached (NULL);
    }
}
