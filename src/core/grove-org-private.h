/* grove-org-private.h: organisation storage for the rest of src/core
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "grove-org.h"
#include "grove-store-private.h"

G_BEGIN_DECLS

/* These run inside the caller's transaction and check nothing: they are for
 * generators whose data is right by construction and must be fast. */
gint64   _grove_org_insert_unit   (GroveStore        *store,
                                   GroveOrgUnitKind   kind,
                                   const char        *name,
                                   gint64             parent_id,
                                   GError           **error);
gboolean _grove_org_insert_person (GroveStore        *store,
                                   GrovePerson       *person,
                                   GError           **error);

/* TRUE in *empty when there are neither units nor people. */
gboolean _grove_org_is_empty      (GroveStore        *store,
                                   gboolean          *empty,
                                   GError           **error);
/* Deletes every person and unit, inside the caller's transaction. */
gboolean _grove_org_clear         (GroveStore        *store,
                                   GError           **error);

/* Shared by grove-org*.c. */
void     _grove_org_set_person_not_found (gint64       id,
                                          GError     **error);
/* The person's name for messages, or NULL with @error set. */
char    *_grove_org_get_person_name      (GroveStore  *store,
                                          gint64       id,
                                          GError     **error);
/* Refuses, with a message naming both, a manager that would put @person_id
 * above themselves: themselves, or anyone who reports to them. */
gboolean _grove_org_check_manager        (GroveStore  *store,
                                          gint64       person_id,
                                          gint64       manager_id,
                                          GError     **error);

G_END_DECLS
