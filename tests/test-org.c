/* test-org.c: the organisation tree, people and reporting lines
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "grove-org.h"
#include "grove-test-utils.h"

typedef struct {
  char       *dir;
  GroveStore *store;
  gint64      org, policy, delivery, skills_team, data_team, private_office;
} Fixture;

static void
fixture_set_up (Fixture       *fx,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  fx->dir = grove_test_mkdtemp ();
  path = g_build_filename (fx->dir, "grove.db", NULL);
  fx->store = grove_store_open (path, &error);
  g_assert_no_error (error);

  fx->org = grove_org_add_unit (fx->store, GROVE_ORG_UNIT_ORGANISATION, "Department for Testing", 0, &error);
  g_assert_no_error (error);
  fx->policy = grove_org_add_unit (fx->store, GROVE_ORG_UNIT_DIRECTORATE, "Policy", fx->org, &error);
  g_assert_no_error (error);
  fx->delivery = grove_org_add_unit (fx->store, GROVE_ORG_UNIT_DIRECTORATE, "Delivery", fx->org, &error);
  g_assert_no_error (error);
  fx->skills_team = grove_org_add_unit (fx->store, GROVE_ORG_UNIT_TEAM, "Skills", fx->policy, &error);
  g_assert_no_error (error);
  fx->data_team = grove_org_add_unit (fx->store, GROVE_ORG_UNIT_TEAM, "Data", fx->delivery, &error);
  g_assert_no_error (error);
  fx->private_office = grove_org_add_unit (fx->store, GROVE_ORG_UNIT_TEAM, "Private Office", fx->org, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fx,
                   gconstpointer  data)
{
  g_clear_object (&fx->store);
  grove_test_rmdir (fx->dir);
  g_free (fx->dir);
}

static gint64
add (Fixture    *fx,
     const char *name,
     gint64      unit_id,
     gint64      manager_id)
{
  g_autoptr(GrovePerson) person = grove_person_new (name);
  g_autoptr(GError) error = NULL;
  gint64 id;

  person->unit_id = unit_id;
  person->manager_id = manager_id;
  id = grove_org_add_person (fx->store, person, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  g_assert_cmpint (person->id, ==, id);
  return id;
}

static guint
count_people (Fixture *fx)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) people = grove_org_list_people (fx->store, 0, TRUE, TRUE, &error);

  g_assert_no_error (error);
  return people->len;
}

static void
assert_ids (GArray       *ids,
            const gint64 *expected,
            guint         n_expected)
{
  g_assert_nonnull (ids);
  g_assert_cmpuint (ids->len, ==, n_expected);
  for (guint i = 0; i < n_expected; i++)
    g_assert_cmpint (g_array_index (ids, gint64, i), ==, expected[i]);
}

static void
test_units_tree_order (Fixture       *fx,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) units = grove_org_list_units (fx->store, &error);
  static const char * const names[] = { "Department for Testing", "Delivery", "Data", "Policy", "Skills", "Private Office" };
  static const guint depths[] = { 0, 1, 2, 1, 2, 1 };
  GroveOrgUnit *skills;

  g_assert_no_error (error);
  g_assert_cmpuint (units->len, ==, G_N_ELEMENTS (names));
  for (guint i = 0; i < units->len; i++)
    {
      GroveOrgUnit *unit = g_ptr_array_index (units, i);

      g_assert_cmpstr (unit->name, ==, names[i]);
      g_assert_cmpuint (unit->depth, ==, depths[i]);
    }

  add (fx, "Ann Smith", fx->skills_team, 0);
  add (fx, "Bob Jones", fx->skills_team, 0);
  g_clear_pointer (&units, g_ptr_array_unref);
  units = grove_org_list_units (fx->store, &error);
  g_assert_no_error (error);
  skills = g_ptr_array_index (units, 4);
  g_assert_cmpstr (skills->name, ==, "Skills");
  g_assert_cmpuint (skills->n_people, ==, 2);
  g_assert_cmpint (skills->parent_id, ==, fx->policy);
  g_assert_cmpint (skills->kind, ==, GROVE_ORG_UNIT_TEAM);
}

static void
test_units_rules (Fixture       *fx,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GroveOrgUnit) found = NULL;
  g_autoptr(GPtrArray) units = NULL;
  gint64 id;

  /* A second organisation, a directorate below a directorate, a team below
   * a team, a directorate without a parent, a duplicate name. */
  id = grove_org_add_unit (fx->store, GROVE_ORG_UNIT_ORGANISATION, "Another Department", 0, &error);
  g_assert_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_CONSTRAINT);
  g_assert_cmpint (id, ==, 0);
  g_clear_error (&error);

  grove_org_add_unit (fx->store, GROVE_ORG_UNIT_DIRECTORATE, "Sub-directorate", fx->policy, &error);
  g_assert_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_CONSTRAINT);
  g_clear_error (&error);

  grove_org_add_unit (fx->store, GROVE_ORG_UNIT_TEAM, "Sub-team", fx->skills_team, &error);
  g_assert_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_CONSTRAINT);
  g_clear_error (&error);

  grove_org_add_unit (fx->store, GROVE_ORG_UNIT_DIRECTORATE, "Orphan", 0, &error);
  g_assert_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_INVALID);
  g_clear_error (&error);

  grove_org_add_unit (fx->store, GROVE_ORG_UNIT_TEAM, "skills", fx->policy, &error);
  g_assert_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_CONSTRAINT);
  g_clear_error (&error);

  grove_org_add_unit (fx->store, GROVE_ORG_UNIT_TEAM, "   ", fx->policy, &error);
  g_assert_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_INVALID);
  g_clear_error (&error);

  grove_org_add_unit (fx->store, GROVE_ORG_UNIT_TEAM, "Ghost", 9999, &error);
  g_assert_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* The same team name is allowed in another directorate, which makes the
   * name ambiguous. */
  id = grove_org_add_unit (fx->store, GROVE_ORG_UNIT_TEAM, "Skills", fx->delivery, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  found = grove_org_find_unit_by_name (fx->store, "SKILLS", &error);
  g_assert_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_INVALID);
  g_assert_null (found);
  g_clear_error (&error);

  found = grove_org_find_unit_by_name (fx->store, "data", &error);
  g_assert_no_error (error);
  g_assert_cmpint (found->id, ==, fx->data_team);
  g_clear_pointer (&found, grove_org_unit_free);

  found = grove_org_find_unit_by_name (fx->store, "Nowhere", &error);
  g_assert_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  units = grove_org_list_units (fx->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (units->len, ==, 7);
}

static void
test_people_round_trip (Fixture       *fx,
                        gconstpointer  data)
{
  g_autoptr(GrovePerson) ann = grove_person_new ("  Ann Smith ");
  g_autoptr(GrovePerson) got = NULL;
  g_autoptr(GError) error = NULL;
  const char *languages[] = { "Welsh", "English", "Welsh", NULL };
  gint64 boss;

  boss = add (fx, "Bob Jones", fx->policy, 0);
  ann->email = g_strdup ("ann.smith@example.invalid");
  ann->unit_id = fx->skills_team;
  ann->manager_id = boss;
  ann->grade = g_strdup ("HEO");
  ann->profession = g_strdup ("Policy");
  ann->location = g_strdup ("Cardiff");
  ann->languages = g_strdupv ((char **) languages);
  ann->start_date = g_strdup ("2019-09-02");
  g_assert_cmpint (grove_org_add_person (fx->store, ann, &error), >, 0);
  g_assert_no_error (error);

  got = grove_org_get_person (fx->store, ann->id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (got->name, ==, "Ann Smith");
  g_assert_cmpstr (got->email, ==, "ann.smith@example.invalid");
  g_assert_cmpint (got->unit_id, ==, fx->skills_team);
  g_assert_cmpint (got->manager_id, ==, boss);
  g_assert_cmpstr (got->grade, ==, "HEO");
  g_assert_cmpstr (got->profession, ==, "Policy");
  g_assert_cmpstr (got->location, ==, "Cardiff");
  g_assert_cmpstr (got->start_date, ==, "2019-09-02");
  g_assert_false (got->archived);
  /* Stored once each, sorted. */
  g_assert_cmpuint (g_strv_length (got->languages), ==, 2);
  g_assert_cmpstr (got->languages[0], ==, "English");
  g_assert_cmpstr (got->languages[1], ==, "Welsh");
  g_assert_true (grove_person_has_language (got, "welsh"));

  /* Update every field, languages replaced, not merged. */
  g_free (got->grade);
  got->grade = g_strdup ("SEO");
  g_clear_pointer (&got->location, g_free);
  g_strfreev (got->languages);
  got->languages = g_strsplit ("Polish", ",", -1);
  got->unit_id = fx->data_team;
  got->manager_id = 0;
  g_assert_true (grove_org_update_person (fx->store, got, &error));
  g_assert_no_error (error);
  g_clear_pointer (&got, grove_person_free);

  got = grove_org_get_person (fx->store, ann->id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (got->grade, ==, "SEO");
  g_assert_null (got->location);
  g_assert_cmpint (got->unit_id, ==, fx->data_team);
  g_assert_cmpint (got->manager_id, ==, 0);
  g_assert_cmpuint (g_strv_length (got->languages), ==, 1);
  g_assert_cmpstr (got->languages[0], ==, "Polish");
  g_clear_pointer (&got, grove_person_free);

  got = grove_org_get_person (fx->store, 4242, &error);
  g_assert_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_NOT_FOUND);
  g_assert_null (got);
}

static void
test_people_refused (Fixture       *fx,
                     gconstpointer  data)
{
  static const struct {
    const char       *name;
    const char       *email;
    const char       *start_date;
    gboolean          in_organisation;
    int               code;
  } cases[] = {
    { "", NULL, NULL, FALSE, GROVE_STORE_ERROR_INVALID },
    { "Bad Email", "not-an-address", NULL, FALSE, GROVE_STORE_ERROR_INVALID },
    { "Taken Email", "ANN@example.invalid", NULL, FALSE, GROVE_STORE_ERROR_CONSTRAINT },
    { "Bad Date", NULL, "2023-02-30", FALSE, GROVE_STORE_ERROR_INVALID },
    { "Short Date", NULL, "2023-2-3", FALSE, GROVE_STORE_ERROR_INVALID },
    { "Whole Organisation", NULL, NULL, TRUE, GROVE_STORE_ERROR_INVALID },
  };
  g_autoptr(GrovePerson) ann = grove_person_new ("Ann");

  ann->email = g_strdup ("ann@example.invalid");
  g_assert_cmpint (grove_org_add_person (fx->store, ann, NULL), >, 0);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GrovePerson) person = grove_person_new (cases[i].name);
      g_autoptr(GError) error = NULL;

      person->email = g_strdup (cases[i].email);
      person->start_date = g_strdup (cases[i].start_date);
      person->unit_id = cases[i].in_organisation ? fx->org : fx->skills_team;
      g_assert_cmpint (grove_org_add_person (fx->store, person, &error), ==, 0);
      g_assert_error (error, GROVE_STORE_ERROR, cases[i].code);
      g_assert_cmpint (person->id, ==, 0);
    }
  g_assert_cmpuint (count_people (fx), ==, 1);
}

/* head ← director ← leader ← member, and a second member under the leader. */
static void
add_line (Fixture *fx,
          gint64   ids[5])
{
  ids[0] = add (fx, "Head", fx->private_office, 0);
  ids[1] = add (fx, "Director", fx->policy, ids[0]);
  ids[2] = add (fx, "Leader", fx->skills_team, ids[1]);
  ids[3] = add (fx, "Member One", fx->skills_team, ids[2]);
  ids[4] = add (fx, "Member Two", fx->skills_team, ids[2]);
}

static void
test_lines_chain_and_reports (Fixture       *fx,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) chain = NULL;
  g_autoptr(GArray) reports = NULL;
  gint64 ids[5];
  gint64 outsider;
  gboolean in_line = TRUE;

  add_line (fx, ids);
  outsider = add (fx, "Outsider", fx->data_team, ids[0]);

  chain = grove_org_get_manager_chain (fx->store, ids[3], &error);
  g_assert_no_error (error);
  assert_ids (chain, (gint64[]) { ids[2], ids[1], ids[0] }, 3);
  g_clear_pointer (&chain, g_array_unref);
  chain = grove_org_get_manager_chain (fx->store, ids[0], &error);
  assert_ids (chain, NULL, 0);

  reports = grove_org_get_reports (fx->store, ids[1], TRUE, &error);
  g_assert_no_error (error);
  assert_ids (reports, (gint64[]) { ids[2] }, 1);
  g_clear_pointer (&reports, g_array_unref);
  reports = grove_org_get_reports (fx->store, ids[1], FALSE, &error);
  g_assert_no_error (error);
  assert_ids (reports, (gint64[]) { ids[2], ids[3], ids[4] }, 3);
  g_clear_pointer (&reports, g_array_unref);
  reports = grove_org_get_reports (fx->store, ids[0], FALSE, &error);
  assert_ids (reports, (gint64[]) { ids[1], ids[2], ids[3], ids[4], outsider }, 5);
  g_clear_pointer (&reports, g_array_unref);

  g_assert_true (grove_org_in_reporting_line (fx->store, ids[3], ids[1], &in_line, &error));
  g_assert_true (in_line);
  g_assert_true (grove_org_in_reporting_line (fx->store, ids[0], ids[4], &in_line, &error));
  g_assert_true (in_line);
  /* Peers and cousins are not in each other's line. */
  g_assert_true (grove_org_in_reporting_line (fx->store, ids[3], ids[4], &in_line, &error));
  g_assert_false (in_line);
  g_assert_true (grove_org_in_reporting_line (fx->store, outsider, ids[2], &in_line, &error));
  g_assert_false (in_line);
  g_assert_no_error (error);

  g_assert_false (grove_org_in_reporting_line (fx->store, 999, ids[0], &in_line, &error));
  g_assert_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_null (grove_org_get_reports (fx->store, 999, FALSE, &error));
  g_assert_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_NOT_FOUND);
}

static void
test_lines_cycle_refused (Fixture       *fx,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GrovePerson) a = NULL;
  g_autoptr(GArray) chain = NULL;
  gint64 ids[3];

  ids[0] = add (fx, "Ann Smith", fx->policy, 0);
  ids[1] = add (fx, "Bob Jones", fx->skills_team, ids[0]);
  ids[2] = add (fx, "Carys Evans", fx->skills_team, ids[1]);

  /* A would report to C, who reports to B, who reports to A. */
  g_assert_false (grove_org_set_manager (fx->store, ids[0], ids[2], &error));
  g_assert_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_CONSTRAINT);
  g_assert_cmpstr (error->message, ==,
                   "Ann Smith cannot report to Carys Evans: Carys Evans already reports to Ann Smith, "
                   "directly or indirectly.");
  g_clear_error (&error);

  /* The same through a full update. */
  a = grove_org_get_person (fx->store, ids[0], &error);
  a->manager_id = ids[1];
  g_assert_false (grove_org_update_person (fx->store, a, &error));
  g_assert_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_CONSTRAINT);
  g_assert_nonnull (strstr (error->message, "Bob Jones already reports to Ann Smith"));
  g_clear_error (&error);

  /* Nothing changed. */
  g_clear_pointer (&a, grove_person_free);
  a = grove_org_get_person (fx->store, ids[0], &error);
  g_assert_no_error (error);
  g_assert_cmpint (a->manager_id, ==, 0);
  chain = grove_org_get_manager_chain (fx->store, ids[2], &error);
  assert_ids (chain, (gint64[]) { ids[1], ids[0] }, 2);

  /* Moving a report sideways is fine. */
  g_assert_true (grove_org_set_manager (fx->store, ids[2], ids[0], &error));
  g_assert_no_error (error);
}

static void
test_lines_self_refused (Fixture       *fx,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GrovePerson) ann = NULL;
  gint64 id = add (fx, "Ann Smith", fx->policy, 0);

  g_assert_false (grove_org_set_manager (fx->store, id, id, &error));
  g_assert_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_CONSTRAINT);
  g_assert_cmpstr (error->message, ==, "Ann Smith cannot be their own line manager.");
  g_clear_error (&error);

  ann = grove_org_get_person (fx->store, id, &error);
  g_assert_cmpint (ann->manager_id, ==, 0);
  g_assert_false (grove_org_set_manager (fx->store, id, 777, &error));
  g_assert_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_NOT_FOUND);
}

static void
test_people_batch_all_or_nothing (Fixture       *fx,
                                  gconstpointer  data)
{
  g_autoptr(GPtrArray) batch = g_ptr_array_new_with_free_func ((GDestroyNotify) grove_person_free);
  g_autoptr(GError) error = NULL;
  GrovePerson *bad;

  for (guint i = 0; i < 5; i++)
    {
      GrovePerson *person = grove_person_new (NULL);

      person->name = g_strdup_printf ("Person %u", i);
      person->email = g_strdup_printf ("person%u@example.invalid", i);
      person->unit_id = fx->data_team;
      person->languages = g_strsplit ("English", ",", -1);
      g_ptr_array_add (batch, person);
    }
  /* The fourth repeats the second's address (checked against rows written
   * earlier in the same batch). */
  bad = g_ptr_array_index (batch, 3);
  g_free (bad->email);
  bad->email = g_strdup ("Person1@example.invalid");

  g_assert_false (grove_org_add_people (fx->store, batch, &error));
  g_assert_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_CONSTRAINT);
  g_assert_nonnull (strstr (error->message, "Person 4 of 5 (Person 3)"));
  g_clear_error (&error);
  g_assert_cmpuint (count_people (fx), ==, 0);
  for (guint i = 0; i < batch->len; i++)
    g_assert_cmpint (((GrovePerson *) g_ptr_array_index (batch, i))->id, ==, 0);

  g_free (bad->email);
  bad->email = g_strdup ("person3@example.invalid");
  g_assert_true (grove_org_add_people (fx->store, batch, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_people (fx), ==, 5);
  g_assert_cmpint (((GrovePerson *) g_ptr_array_index (batch, 4))->id, >, 0);
}

static void
test_people_list_and_archive (Fixture       *fx,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = NULL;
  gint64 ids[5];

  add_line (fx, ids);

  list = grove_org_list_people (fx->store, fx->policy, FALSE, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 1);
  g_clear_pointer (&list, g_ptr_array_unref);
  list = grove_org_list_people (fx->store, fx->policy, TRUE, FALSE, &error);
  g_assert_cmpuint (list->len, ==, 4);
  g_clear_pointer (&list, g_ptr_array_unref);

  /* A manager of people still here cannot leave. */
  g_assert_false (grove_org_archive_person (fx->store, ids[2], &error));
  g_assert_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_CONSTRAINT);
  g_clear_error (&error);

  g_assert_true (grove_org_archive_person (fx->store, ids[4], &error));
  g_assert_no_error (error);
  list = grove_org_list_people (fx->store, fx->skills_team, FALSE, FALSE, &error);
  g_assert_cmpuint (list->len, ==, 2);
  g_clear_pointer (&list, g_ptr_array_unref);
  list = grove_org_list_people (fx->store, fx->skills_team, FALSE, TRUE, &error);
  g_assert_cmpuint (list->len, ==, 3);
  g_assert_true (((GrovePerson *) g_ptr_array_index (list, 2))->archived);
  g_clear_pointer (&list, g_ptr_array_unref);

  /* Nobody may report to someone who has left. */
  g_assert_false (grove_org_set_manager (fx->store, ids[3], ids[4], &error));
  g_assert_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_CONSTRAINT);
  g_clear_error (&error);

  g_assert_true (grove_org_restore_person (fx->store, ids[4], &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_people (fx), ==, 5);

  list = grove_org_list_people (fx->store, 31337, FALSE, FALSE, &error);
  g_assert_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_NOT_FOUND);
  g_assert_null (list);
}

static void
test_person_helpers (void)
{
  g_assert_true (grove_person_date_is_valid (NULL));
  g_assert_true (grove_person_date_is_valid ("2024-02-29"));
  g_assert_false (grove_person_date_is_valid ("2023-02-29"));
  g_assert_false (grove_person_date_is_valid ("2023-13-01"));
  g_assert_false (grove_person_date_is_valid ("20230101"));
  g_assert_cmpint (grove_person_grade_rank ("AA"), <, grove_person_grade_rank ("EO"));
  g_assert_cmpint (grove_person_grade_rank ("Grade 7"), <, grove_person_grade_rank ("grade 6"));
  g_assert_cmpint (grove_person_grade_rank ("SCS1"), <, grove_person_grade_rank ("SCS2"));
  g_assert_cmpint (grove_person_grade_rank ("Captain"), ==, -1);
  g_assert_cmpstr (grove_org_unit_kind_to_string (GROVE_ORG_UNIT_DIRECTORATE), ==, "directorate");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/org/units/tree-order", test_units_tree_order);
  ADD ("/org/units/rules", test_units_rules);
  ADD ("/org/people/round-trip", test_people_round_trip);
  ADD ("/org/people/refused", test_people_refused);
  ADD ("/org/people/batch-all-or-nothing", test_people_batch_all_or_nothing);
  ADD ("/org/people/list-and-archive", test_people_list_and_archive);
  ADD ("/org/lines/chain-and-reports", test_lines_chain_and_reports);
  ADD ("/org/lines/cycle-refused", test_lines_cycle_refused);
  ADD ("/org/lines/self-refused", test_lines_self_refused);
#undef ADD
  g_test_add_func ("/org/person/helpers", test_person_helpers);

  return g_test_run ();
}
