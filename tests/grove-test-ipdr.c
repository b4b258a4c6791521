/* grove-test-ipdr.c: a small organisation for the IPDR tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "grove-ipdr.h"
#include "grove-ipdr-notes.h"
#include "grove-ipdr-objective.h"
#include "grove-org.h"
#include "grove-test-ipdr.h"
#include "grove-test-utils.h"

gint64
grove_test_ipdr_add_person (IpdrOrg    *org,
                            const char *name,
                            gint64      unit,
                            gint64      manager)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GrovePerson) person = grove_person_new (name);
  gint64 id;

  person->unit_id = unit;
  person->manager_id = manager;
  id = grove_org_add_person (org->store, person, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

void
grove_test_ipdr_org_set_up (IpdrOrg *org)
{
  g_autoptr(GError) error = NULL;

  org->dir = grove_test_mkdtemp ();
  org->path = g_build_filename (org->dir, "grove.db", NULL);
  org->store = grove_store_open (org->path, &error);
  g_assert_no_error (error);
  org->organisation = grove_org_add_unit (org->store, GROVE_ORG_UNIT_ORGANISATION, "Org", 0, &error);
  org->directorate = grove_org_add_unit (org->store, GROVE_ORG_UNIT_DIRECTORATE, "Operations", org->organisation,
                                         &error);
  org->delivery = grove_org_add_unit (org->store, GROVE_ORG_UNIT_TEAM, "Delivery", org->directorate, &error);
  org->support = grove_org_add_unit (org->store, GROVE_ORG_UNIT_TEAM, "Support", org->directorate, &error);
  g_assert_no_error (error);
  org->head = grove_test_ipdr_add_person (org, "Hana Head", org->directorate, 0);
  org->manager = grove_test_ipdr_add_person (org, "Mo Manager", org->directorate, org->head);
  org->ann = grove_test_ipdr_add_person (org, "Ann Jones", org->delivery, org->manager);
  org->ben = grove_test_ipdr_add_person (org, "Ben Evans", org->delivery, org->manager);
  org->cal = grove_test_ipdr_add_person (org, "Cal Price", org->support, org->ann);
}

void
grove_test_ipdr_org_tear_down (IpdrOrg *org)
{
  g_clear_object (&org->store);
  grove_test_rmdir (org->dir);
  g_free (org->dir);
  g_free (org->path);
}

gint64
grove_test_ipdr_create (IpdrOrg *org,
                        gint64   person)
{
  g_autoptr(GError) error = NULL;
  gint64 id = grove_ipdr_create (org->store, person, "2026-04-01", "2027-03-31", &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

gint64
grove_test_ipdr_add_objective (IpdrOrg    *org,
                               gint64      ipdr,
                               const char *title,
                               const char *due,
                               guint       progress)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GroveObjective) objective = grove_objective_new (title);
  gint64 id;

  objective->measure = g_strdup ("Checked by the team");
  objective->due = g_strdup (due);
  objective->progress = progress;
  objective->status = progress > 0 ? GROVE_OBJECTIVE_IN_PROGRESS : GROVE_OBJECTIVE_NOT_STARTED;
  id = grove_ipdr_add_objective (org->store, ipdr, objective, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

void
grove_test_ipdr_review_year (IpdrOrg *org,
                             gint64   ipdr)
{
  g_autoptr(GError) error = NULL;
  GroveReview review = { 0 };

  grove_test_ipdr_add_objective (org, ipdr, "Publish the service standard", "2026-12-31", 0);
  g_assert_true (grove_ipdr_set_status (org->store, ipdr, GROVE_IPDR_AGREED, &error));
  review.kind = GROVE_REVIEW_MID_YEAR;
  review.held = (char *) "2026-10-01";
  g_assert_true (grove_ipdr_save_review (org->store, ipdr, &review, &error));
  g_assert_true (grove_ipdr_set_status (org->store, ipdr, GROVE_IPDR_MID_YEAR_REVIEWED, &error));
  review.kind = GROVE_REVIEW_END_YEAR;
  review.held = (char *) "2027-03-20";
  g_assert_true (grove_ipdr_save_review (org->store, ipdr, &review, &error));
  g_assert_true (grove_ipdr_set_status (org->store, ipdr, GROVE_IPDR_END_YEAR_REVIEWED, &error));
  g_assert_no_error (error);
}
