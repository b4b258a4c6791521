/* test-org-xml.c: everything in a database as XML, and back
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "grove-demo.h"
#include "grove-org.h"
#include "grove-org-xml.h"
#include "grove-store-private.h"
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

static char *
export (GroveStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GOutputStream) output = g_memory_output_stream_new_resizable ();

  g_assert_true (grove_org_xml_export (store, output, &error));
  g_assert_no_error (error);
  g_assert_true (g_output_stream_write_all (output, "", 1, NULL, NULL, NULL));
  g_assert_true (g_output_stream_close (output, NULL, NULL));
  return g_memory_output_stream_steal_data (G_MEMORY_OUTPUT_STREAM (output));
}

static gboolean
import (GroveStore         *store,
        const char         *xml,
        goffset             max_size,
        GroveOrgXmlResult  *result,
        GError            **error)
{
  g_autoptr(GInputStream) input = g_memory_input_stream_new_from_data (g_strdup (xml), strlen (xml), g_free);

  return grove_org_xml_import (store, input, "org.xml", max_size, result, error);
}

/* What only the triggers write, compared whole. */
static char *
tallies (GroveStore *store)
{
  sqlite3_stmt *stmt = _grove_store_prepare (store,
                                             "SELECT group_concat (t, ';') FROM (SELECT quote (round_id) || ',' || "
                                             "quote (unit_id) || ',' || quote (statement_id) || ',' || quote (score) "
                                             "|| ',' || quote (n) AS t FROM assessment_tally ORDER BY 1)",
                                             NULL);
  char *text;

  g_assert_nonnull (stmt);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  text = _grove_store_dup_text (stmt, 0);
  sqlite3_reset (stmt);
  return text;
}

/* The whole demonstration — organisation, surveys, IPDRs, coaching — leaves
 * and comes back byte for byte, with the tallies made again to match. */
static void
test_round_trip (Fixture       *fx,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GroveStore) copy = open_store (fx->dir, "copy.db");
  g_autofree char *first = NULL, *second = NULL;
  g_autofree char *tallies_before = NULL, *tallies_after = NULL;
  GroveDemoOptions options;
  GroveOrgXmlResult result;

  grove_demo_options_init (&options);
  g_assert_true (grove_demo_generate (fx->store, &options, &error));
  g_assert_no_error (error);
  first = export (fx->store);
  g_assert_true (g_str_has_prefix (first, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<grove-organisation schema=\""));
  g_assert_null (strstr (first, "<assessment_tally"));
  g_assert_nonnull (strstr (first, "<coaching_session "));
  g_assert_nonnull (strstr (first, "<ipdr_objective "));

  g_assert_true (import (copy, first, 0, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpint (result.rows, >, 3000);
  g_assert_cmpint (result.tables, >, 25);
  second = export (copy);
  g_assert_cmpstr (second, ==, first);

  tallies_before = tallies (fx->store);
  tallies_after = tallies (copy);
  g_assert_cmpuint (strlen (tallies_before), >, 1000);
  g_assert_cmpstr (tallies_after, ==, tallies_before);
}

/* The tables are read once per store, and again when they change: here by
 * another connection, as a newer Grove would add one. */
static void
test_schema_change (Fixture       *fx,
                    gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fx->dir, "grove.db", NULL);
  g_autofree char *before = export (fx->store);
  g_autofree char *after = NULL;
  sqlite3 *other = NULL;

  g_assert_null (strstr (before, "<extra_note "));
  g_assert_cmpint (sqlite3_open (path, &other), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (other, "CREATE TABLE extra_note (id INTEGER PRIMARY KEY, body TEXT);"
                                        "INSERT INTO extra_note (body) VALUES ('kept');",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (other);
  after = export (fx->store);
  g_assert_nonnull (strstr (after, "<extra_note id=\"1\" body=\"kept\"/>"));
}

/* Text that XML mangles unless it is written with care. */
static void
test_awkward_text (Fixture       *fx,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GroveStore) copy = open_store (fx->dir, "copy.db");
  g_autoptr(GrovePerson) person = grove_person_new ("Siân \"Sid\" O'Neil <&amp;> &#38;\tTab\nLine\r\nEnd  x");
  g_autofree char *first = NULL, *second = NULL;
  gint64 org;

  org = grove_org_add_unit (fx->store, GROVE_ORG_UNIT_ORGANISATION, "Llywodraeth Cymru & Co", 0, &error);
  g_assert_no_error (error);
  person->unit_id = grove_org_add_unit (fx->store, GROVE_ORG_UNIT_TEAM, "  Spaced  ", org, &error);
  g_assert_no_error (error);
  grove_org_add_person (fx->store, person, &error);
  g_assert_no_error (error);

  first = export (fx->store);
  g_assert_nonnull (strstr (first, "&#9;Tab&#10;Line&#13;&#10;End  x"));
  g_assert_true (import (copy, first, 0, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (grove_test_query_int (copy, "SELECT count(*) FROM person WHERE name = "
                                               "'Siân \"Sid\" O''Neil <&amp;> &#38;' || char (9) || 'Tab' || char (10) || "
                                               "'Line' || char (13, 10) || 'End  x'"), ==, 1);
  second = export (copy);
  g_assert_cmpstr (second, ==, first);
}

static void
assert_refused (GroveStore *store,
                const char *xml,
                int         code,
                const char *expected_message)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = export (store);
  g_autofree char *after = NULL;

  g_assert_false (import (store, xml, 4096, NULL, &error));
  g_assert_error (error, GROVE_ORG_XML_ERROR, code);
  if (!g_str_has_prefix (error->message, expected_message))
    g_error ("expected a message starting “%s”, got “%s”", expected_message, error->message);
  after = export (store);
  g_assert_cmpstr (after, ==, before);
}

#define HEAD "<?xml version=\"1.0\"?>\n<grove-organisation schema=\"" G_STRINGIFY (GROVE_STORE_SCHEMA_VERSION) "\">\n"

/* Each refusal names the line and what was expected, and the database is
 * the new one it was. */
static void
test_refusals (Fixture       *fx,
               gconstpointer  data)
{
  g_autofree char *huge = NULL;

  assert_refused (fx->store, "", GROVE_ORG_XML_ERROR_PARSE, "org.xml:1: the file is empty");
  assert_refused (fx->store,
                  "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n"
                  " <!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n]>\n"
                  "<grove-organisation schema=\"7\"><org_unit id=\"1\" kind=\"0\" name=\"&lol2;\"/></grove-organisation>\n",
                  GROVE_ORG_XML_ERROR_PARSE, "org.xml:2: a DOCTYPE declaration is not allowed");
  assert_refused (fx->store,
                  "<?xml version=\"1.0\"?>\n<!DOCTYPE x SYSTEM \"http://example.test/x.dtd\">\n<grove-organisation/>\n",
                  GROVE_ORG_XML_ERROR_PARSE, "org.xml:2: a DOCTYPE declaration is not allowed");
  assert_refused (fx->store, "<?xml version=\"1.0\"?>\n<framework id=\"x\"/>\n", GROVE_ORG_XML_ERROR_INVALID,
                  "org.xml:2: expected the <grove-organisation> element, found <framework>");
  assert_refused (fx->store, "<grove-organisation schema=\"6\"/>\n", GROVE_ORG_XML_ERROR_VERSION,
                  "org.xml:1: the file holds data version 6, and this version of Grove reads data version");
  assert_refused (fx->store, "<grove-organisation/>\n", GROVE_ORG_XML_ERROR_INVALID,
                  "org.xml:1: the <grove-organisation> element has no “schema” attribute");
  assert_refused (fx->store, HEAD "  <org_unit id=\"1\" kind=\"0\" name=\"Org\"/>\n  <orgunit id=\"2\"/>\n",
                  GROVE_ORG_XML_ERROR_INVALID, "org.xml:4: <orgunit> is not a kind of row Grove keeps");
  assert_refused (fx->store, HEAD "  <org_unit id=\"1\" kind=\"0\" title=\"Org\"/>\n",
                  GROVE_ORG_XML_ERROR_INVALID, "org.xml:3: <org_unit> has no “title”");
  assert_refused (fx->store, HEAD "  <org_unit id=\"one\" kind=\"0\" name=\"Org\"/>\n",
                  GROVE_ORG_XML_ERROR_INVALID, "org.xml:3: the “id” of <org_unit> must be a number, not “one”");
  assert_refused (fx->store, HEAD "  <org_unit id=\"1\" kind=\"7\" name=\"Org\"/>\n",
                  GROVE_ORG_XML_ERROR_INVALID, "org.xml:3: this <org_unit> was refused: CHECK constraint failed");
  assert_refused (fx->store, HEAD "  <org_unit id=\"1\" kind=\"0\" name=\"Org\"/>\n"
                                  "  <org_unit id=\"2\" parent_id=\"9\" kind=\"2\" name=\"Team\"/>\n</grove-organisation>\n",
                  GROVE_ORG_XML_ERROR_INVALID, "org.xml: a <org_unit> (row 2) refers to a <org_unit> that the file does not hold");
  assert_refused (fx->store, HEAD "  <org_unit id=\"1\" kind=\"0\" name=\"Org\"><person/></org_unit>\n",
                  GROVE_ORG_XML_ERROR_INVALID, "org.xml:3: a row holds no elements, found <person>");
  assert_refused (fx->store, HEAD "  hello\n", GROVE_ORG_XML_ERROR_INVALID, "org.xml:3: text outside the rows");
  /* Cut short: libxml2's own words for it, with the line. */
  assert_refused (fx->store, HEAD "  <org_unit id=\"1\" kind=\"0\" name=\"Org\"/>\n", GROVE_ORG_XML_ERROR_PARSE,
                  "org.xml:");
  huge = g_strnfill (8192, ' ');
  assert_refused (fx->store, huge, GROVE_ORG_XML_ERROR_PARSE, "org.xml: the file is larger than 0 MiB");

  /* None of it touched the new database's own framework. */
  g_assert_cmpint (grove_test_query_int (fx->store, "SELECT count(*) FROM framework"), ==, 1);
  g_assert_cmpint (grove_test_query_int (fx->store, "SELECT count(*) FROM framework_statement"), >, 20);
}

/* A database in use is never overwritten. */
static void
test_not_empty (Fixture       *fx,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GroveStore) other = open_store (fx->dir, "other.db");
  g_autofree char *xml = NULL;

  grove_org_add_unit (other, GROVE_ORG_UNIT_ORGANISATION, "Other Office", 0, &error);
  g_assert_no_error (error);
  xml = export (other);
  grove_org_add_unit (fx->store, GROVE_ORG_UNIT_ORGANISATION, "Office", 0, &error);
  g_assert_no_error (error);
  assert_refused (fx->store, xml, GROVE_ORG_XML_ERROR_NOT_EMPTY,
                  "Nothing was imported: this database already holds data (org_unit).");
  g_assert_cmpint (grove_test_query_int (fx->store, "SELECT count(*) FROM org_unit WHERE name = 'Office'"), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/org-xml/round-trip", Fixture, NULL, fixture_set_up, test_round_trip, fixture_tear_down);
  g_test_add ("/org-xml/schema-change", Fixture, NULL, fixture_set_up, test_schema_change, fixture_tear_down);
  g_test_add ("/org-xml/awkward-text", Fixture, NULL, fixture_set_up, test_awkward_text, fixture_tear_down);
  g_test_add ("/org-xml/refusals", Fixture, NULL, fixture_set_up, test_refusals, fixture_tear_down);
  g_test_add ("/org-xml/not-empty", Fixture, NULL, fixture_set_up, test_not_empty, fixture_tear_down);

  return g_test_run ();
}
