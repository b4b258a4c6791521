/* test-people-csv.c: importing and exporting people as CSV
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "grove-demo.h"
#include "grove-org.h"
#include "grove-people-csv.h"
#include "grove-test-store.h"
#include "grove-test-utils.h"

typedef struct {
  char       *dir;
  GroveStore *store;
} Fixture;

static GroveStore *
open_store (const char *dir,
            const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (dir, name, NULL);
  GroveStore *store = grove_store_open (path, &error);

  g_assert_no_error (error);
  return store;
}

static void
fixture_set_up (Fixture       *fx,
                gconstpointer  data)
{
  fx->dir = grove_test_mkdtemp ();
  fx->store = open_store (fx->dir, "grove.db");
}

static void
fixture_tear_down (Fixture       *fx,
                   gconstpointer  data)
{
  g_clear_object (&fx->store);
  grove_test_rmdir (fx->dir);
  g_free (fx->dir);
}

static gboolean
import (GroveStore              *store,
        const char              *csv,
        GrovePeopleImportResult *result,
        GError                 **error)
{
  g_autoptr(GBytes) data = g_bytes_new (csv, strlen (csv));

  return grove_people_import_bytes (store, data, "people.csv", NULL, result, error);
}

static gint64
count (GroveStore *store,
       const char *table)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s", table);

  return grove_test_query_int (store, sql);
}

/* What a refused file leaves: exactly what was there before it. */
static void
assert_refused (GroveStore *store,
                const char *csv,
                const char *expected_message)
{
  g_autoptr(GError) error = NULL;
  gint64 people = count (store, "person"), units = count (store, "org_unit");
  g_autofree char *before = grove_people_export_csv (store, TRUE, NULL);
  g_autofree char *after = NULL;

  g_assert_false (import (store, csv, NULL, &error));
  g_assert_error (error, GROVE_CSV_ERROR, GROVE_CSV_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, expected_message);
  g_assert_cmpint (count (store, "person"), ==, people);
  g_assert_cmpint (count (store, "org_unit"), ==, units);
  after = grove_people_export_csv (store, TRUE, NULL);
  g_assert_cmpstr (after, ==, before);
}

/* The demo organisation leaves as CSV and comes back into an empty
 * database exactly as it was: units, people, managers, languages, dates. */
static void
test_round_trip (Fixture       *fx,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GroveStore) copy = open_store (fx->dir, "copy.db");
  g_autofree char *first = NULL, *second = NULL, *third = NULL;
  GroveDemoOptions options;
  GrovePeopleImportResult result;

  grove_demo_options_init (&options);
  options.rounds = 0;
  options.coaches = 0;
  options.ipdrs = FALSE;
  g_assert_true (grove_demo_generate (fx->store, &options, &error));
  g_assert_no_error (error);

  first = grove_people_export_csv (fx->store, TRUE, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (first, "name,email,organisation,directorate,team,manager,grade,"
                                          "profession,location,languages,start_date,archived\r\n"));
  g_assert_true (import (copy, first, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result.added, ==, count (fx->store, "person"));
  g_assert_cmpuint (result.updated, ==, 0);
  g_assert_cmpuint (result.units_added, ==, count (fx->store, "org_unit"));
  second = grove_people_export_csv (copy, TRUE, &error);
  g_assert_cmpstr (second, ==, first);
  g_assert_cmpint (grove_test_query_int (copy, "SELECT count(*) FROM person WHERE manager_id IS NOT NULL"), ==,
                   grove_test_query_int (fx->store, "SELECT count(*) FROM person WHERE manager_id IS NOT NULL"));
  g_assert_cmpint (count (copy, "person_language"), ==, count (fx->store, "person_language"));

  /* Again: everyone is matched by email and nothing changes. */
  g_assert_true (import (copy, first, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result.added, ==, 0);
  g_assert_cmpuint (result.updated, ==, count (fx->store, "person"));
  g_assert_cmpuint (result.units_added, ==, 0);
  third = grove_people_export_csv (copy, TRUE, &error);
  g_assert_cmpstr (third, ==, first);
}

/* An HR extract: its own column names and order, UK dates, a manager named
 * further down the file, units that do not exist yet. */
static void
test_hr_extract (Fixture       *fx,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GrovePerson) ann = NULL;
  GrovePeopleImportResult result;

  g_assert_true (import (fx->store,
                         "Full Name,Email Address,Organisation,Directorate,Team,Line Manager,Grade,Start date,Languages,Left\r\n"
                         "Ann Lee,ann@example.test,Welsh Office,Policy,Skills,ben@example.test,HEO,01/04/2021,Welsh; English,no\r\n"
                         "Ben Ray,ben@example.test,Welsh Office,Policy,,,Grade 7,2019-09-30,English,\r\n"
                         "Cai Hughes,,Welsh Office,,Private Office,Ben Ray,EO,,,yes\r\n",
                         &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result.added, ==, 3);
  g_assert_cmpuint (result.units_added, ==, 4);

  g_assert_cmpint (grove_test_query_int (fx->store, "SELECT count(*) FROM org_unit WHERE kind = 0 AND name = 'Welsh Office'"), ==, 1);
  g_assert_cmpint (grove_test_query_int (fx->store,
                                         "SELECT count(*) FROM org_unit t JOIN org_unit d ON d.id = t.parent_id "
                                         "WHERE t.name = 'Skills' AND t.kind = 2 AND d.name = 'Policy' AND d.kind = 1"), ==, 1);
  g_assert_cmpint (grove_test_query_int (fx->store,
                                         "SELECT count(*) FROM person p JOIN person m ON m.id = p.manager_id "
                                         "WHERE p.name IN ('Ann Lee', 'Cai Hughes') AND m.name = 'Ben Ray'"), ==, 2);
  /* Ben is in his directorate itself; Cai's team hangs from the organisation. */
  g_assert_cmpint (grove_test_query_int (fx->store,
                                         "SELECT count(*) FROM person p JOIN org_unit u ON u.id = p.unit_id "
                                         "WHERE p.name = 'Ben Ray' AND u.kind = 1"), ==, 1);
  g_assert_cmpint (grove_test_query_int (fx->store,
                                         "SELECT count(*) FROM person p JOIN org_unit u ON u.id = p.unit_id "
                                         "JOIN org_unit o ON o.id = u.parent_id WHERE p.name = 'Cai Hughes' AND o.kind = 0"), ==, 1);
  g_assert_cmpint (grove_test_query_int (fx->store, "SELECT archived FROM person WHERE name = 'Cai Hughes'"), ==, 1);

  ann = grove_org_get_person (fx->store, grove_test_query_int (fx->store, "SELECT id FROM person WHERE name = 'Ann Lee'"), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ann->start_date, ==, "2021-04-01");
  g_assert_cmpstr (ann->grade, ==, "HEO");
  g_assert_nonnull (ann->languages);
  g_assert_cmpuint (g_strv_length (ann->languages), ==, 2);
  g_assert_true (grove_person_has_language (ann, "Welsh"));
  g_assert_true (grove_person_has_language (ann, "English"));
}

/* Updating turns a reporting line round: Ann now manages Ben, who managed
 * her. Set one at a time, that would look like a loop halfway. */
static void
test_reporting_line_turned_round (Fixture       *fx,
                                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  GrovePeopleImportResult result;

  g_assert_true (import (fx->store,
                         "name,email,organisation,team,manager\r\n"
                         "Ann Lee,ann@example.test,Office,Team A,ben@example.test\r\n"
                         "Ben Ray,ben@example.test,Office,Team A,\r\n",
                         NULL, &error));
  g_assert_no_error (error);
  g_assert_true (import (fx->store,
                         "email,manager,grade\r\n"
                         "ann@example.test,,SEO\r\n"
                         "ben@example.test,ANN@example.test,HEO\r\n",
                         &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result.updated, ==, 2);
  g_assert_cmpint (grove_test_query_int (fx->store,
                                         "SELECT count(*) FROM person p JOIN person m ON m.id = p.manager_id "
                                         "WHERE p.name = 'Ben Ray' AND m.name = 'Ann Lee'"), ==, 1);
  g_assert_cmpint (grove_test_query_int (fx->store, "SELECT count(*) FROM person WHERE manager_id IS NULL"), ==, 1);
  /* Columns the file lacks are kept: the team and the names. */
  g_assert_cmpint (grove_test_query_int (fx->store, "SELECT count(DISTINCT unit_id) FROM person WHERE unit_id IS NOT NULL"), ==, 1);
  g_assert_cmpint (grove_test_query_int (fx->store, "SELECT count(*) FROM person WHERE grade = 'SEO' AND name = 'Ann Lee'"), ==, 1);
}

/* Each refusal names the file, line and column, and leaves nothing. */
static void
test_refusals (Fixture       *fx,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (import (fx->store,
                         "name,email,organisation,team\r\n"
                         "Ann Lee,ann@example.test,Office,Team A\r\n"
                         "Ann Lee,ann2@example.test,Office,Team B\r\n",
                         NULL, &error));
  g_assert_no_error (error);

  assert_refused (fx->store, "", "people.csv:1: the file is empty; expected a header row with at least a “name” column");
  assert_refused (fx->store, "grade\r\nEO\r\n", "people.csv:1: the header has neither a “name” nor an “email” column");
  assert_refused (fx->store, "email,grade\r\nx@example.test,EO\r\n",
                  "people.csv:2:1: no one in Grove has this email, and without a “name” column no one can be added");
  assert_refused (fx->store, "name,emial\r\nZoe,z@example.test\r\n",
                  "people.csv:1:2: unknown column “emial”; expected one of name, email, organisation, directorate, "
                  "team, manager, grade, profession, location, languages, start_date, archived");
  assert_refused (fx->store, "name,Name\r\nZoe,Zoe\r\n", "people.csv:1:2: a second “name” column; each column may appear once");
  assert_refused (fx->store, "name,start_date\r\nZoe,2024-01-01\r\nYan,31/02/2024\r\n",
                  "people.csv:3:2: expected a date written YYYY-MM-DD or DD/MM/YYYY, found “31/02/2024”");
  assert_refused (fx->store, "name,archived\r\nZoe,perhaps\r\n", "people.csv:2:2: expected yes or no, found “perhaps”");
  assert_refused (fx->store, "name,email\r\nZoe,z@example.test\r\nYan\r\n",
                  "people.csv:3: expected 2 fields, as in the header, found 1");
  assert_refused (fx->store, "name,email\r\n,z@example.test\r\n", "people.csv:2:1: the name is empty");
  assert_refused (fx->store, "name,email\r\nZoe,z@example.test\r\nZoe Jones,Z@example.test\r\n",
                  "people.csv:3:2: this is the person of line 2 again");
  assert_refused (fx->store, "name,organisation,team\r\nZoe,Another Office,Team C\r\n",
                  "people.csv:2:2: expected the organisation “Office”: Grove holds one organisation");
  assert_refused (fx->store, "name,manager\r\nZoe,nobody@example.test\r\n",
                  "people.csv:2:2: no one in this file or in Grove is “nobody@example.test”; "
                  "expected the line manager’s email or name");
  assert_refused (fx->store, "name,manager\r\nZoe,Ann Lee\r\n",
                  "people.csv:2:2: 2 people are called “Ann Lee”: give the manager’s email instead");
  /* A loop inside the file: the whole file is refused at the line that
   * closes it, and the people added before it are gone too. */
  assert_refused (fx->store,
                  "name,email,manager\r\n"
                  "Zoe,z@example.test,y@example.test\r\n"
                  "Yan,y@example.test,z@example.test\r\n",
                  "people.csv:3:3: Yan cannot report to Zoe: Zoe already reports to Yan, directly or indirectly.");
}

static void
test_team_without_organisation (Fixture       *fx,
                                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (import (fx->store, "name,team\r\nZoe,Team A\r\n", NULL, &error));
  g_assert_error (error, GROVE_CSV_ERROR, GROVE_CSV_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "people.csv:2: there is no organisation yet for this person’s team: "
                                       "add an “organisation” column naming it");
  g_assert_cmpint (count (fx->store, "person"), ==, 0);
  g_assert_cmpint (count (fx->store, "org_unit"), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/people-csv/round-trip", Fixture, NULL, fixture_set_up, test_round_trip, fixture_tear_down);
  g_test_add ("/people-csv/hr-extract", Fixture, NULL, fixture_set_up, test_hr_extract, fixture_tear_down);
  g_test_add ("/people-csv/reporting-line-turned-round", Fixture, NULL, fixture_set_up,
              test_reporting_line_turned_round, fixture_tear_down);
  g_test_add ("/people-csv/refusals", Fixture, NULL, fixture_set_up, test_refusals, fixture_tear_down);
  g_test_add ("/people-csv/team-without-organisation", Fixture, NULL, fixture_set_up,
              test_team_without_organisation, fixture_tear_down);

  return g_test_run ();
}
