/* grove-test-ipdr.h: a small organisation for the IPDR tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "grove-store.h"

G_BEGIN_DECLS

/* Head ─ Manager ─┬─ Ann ── Cal
 *                 └─ Ben
 * Ann and Ben are in "Delivery", Cal in "Support", both teams of the
 * directorate "Operations". */
typedef struct {
  char       *dir;
  char       *path;
  GroveStore *store;
  gint64      organisation, directorate, delivery, support;
  gint64      head, manager, ann, ben, cal;
} IpdrOrg;

void    grove_test_ipdr_org_set_up     (IpdrOrg     *org);
void    grove_test_ipdr_org_tear_down  (IpdrOrg     *org);

/* Adds a person to `unit` reporting to `manager` (0 for none). */
gint64  grove_test_ipdr_add_person     (IpdrOrg     *org,
                                        const char  *name,
                                        gint64       unit,
                                        gint64       manager);

/* A record for the reporting year 2026–27, which must succeed. */
gint64  grove_test_ipdr_create         (IpdrOrg     *org,
                                        gint64       person);

/* Adds an objective, which must succeed. */
gint64  grove_test_ipdr_add_objective  (IpdrOrg     *org,
                                        gint64       ipdr,
                                        const char  *title,
                                        const char  *due,
                                        guint        progress);

/* Takes a record to end-year reviewed, ready for sign-off. */
void    grove_test_ipdr_review_year    (IpdrOrg     *org,
                                        gint64       ipdr);

G_END_DECLS
