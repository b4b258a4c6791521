/* grove-culture-suppression.c: why a unit's results are not shown
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "grove-culture-suppression.h"

char *
grove_culture_describe_suppression (const GroveRollupUnit *unit,
                                    guint                  threshold)
{
  gboolean team = unit->kind == GROVE_ORG_UNIT_TEAM;

  if (unit->suppression == GROVE_SUPPRESSION_DIFFERENCING)
    return g_strdup (team
                     ? _("Showing this team’s results would let the answers of a smaller group be worked out from the others, so they are not shown to protect their anonymity.")
                     : _("Showing these results would let the answers of a smaller group be worked out from the others, so they are not shown to protect their anonymity."));

  if (team)
    return g_strdup_printf (ngettext ("Fewer than %u person answered in this team, so its results are not shown to protect their anonymity.",
                                      "Fewer than %u people answered in this team, so its results are not shown to protect their anonymity.",
                                      threshold),
                            threshold);

  return g_strdup_printf (ngettext ("Fewer than %u person answered here, so the results are not shown to protect their anonymity.",
                                    "Fewer than %u people answered here, so the results are not shown to protect their anonymity.",
                                    threshold),
                          threshold);
}
