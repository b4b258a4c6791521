/* grove-org-unit.h: one unit of the organisation tree
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The values are stored in the database: never renumber them. */
typedef enum {
  GROVE_ORG_UNIT_ORGANISATION = 0, /* the root; has no parent */
  GROVE_ORG_UNIT_DIRECTORATE  = 1, /* its parent is the organisation */
  GROVE_ORG_UNIT_TEAM         = 2, /* its parent is a directorate or the organisation */
} GroveOrgUnitKind;

typedef struct {
  gint64            id;        /* 0 until stored */
  gint64            parent_id; /* 0 for the organisation */
  GroveOrgUnitKind  kind;
  char             *name;
  /* Filled in by grove_org_list_units(), 0 elsewhere. */
  guint             depth;     /* 0 for the organisation */
  guint             n_people;  /* people (not archived) directly in this unit */
} GroveOrgUnit;

GroveOrgUnit *grove_org_unit_new            (GroveOrgUnitKind    kind,
                                             const char         *name,
                                             gint64              parent_id);
GroveOrgUnit *grove_org_unit_copy           (const GroveOrgUnit *unit);
void          grove_org_unit_free           (GroveOrgUnit       *unit);

gboolean      grove_org_unit_kind_is_valid  (int                 kind);
/* A stable, untranslated name for files and scripts: "organisation",
 * "directorate", "team". */
const char   *grove_org_unit_kind_to_string (GroveOrgUnitKind    kind);
/* The same for people to read, translated. */
const char   *grove_org_unit_kind_label     (GroveOrgUnitKind    kind);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GroveOrgUnit, grove_org_unit_free)

G_END_DECLS
