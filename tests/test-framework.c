/* test-framework.c: the framework loader and its storage
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "grove-framework.h"
#include "grove-store-private.h"
#include "grove-test-store.h"
#include "grove-test-utils.h"

/* The six conditions and every statement, as the Civil Service framework
 * words them. */
static const struct {
  const char *title;
  const char *statements[6];
} civil_service[] = {
  { "We value growth", {
      "We recognise the benefits of continuous improvement",
      "We believe we are able to improve and have the agility to change,",
      "We value expertise; innovation, and knowledge" } },
  { "We know our strengths and weaknesses", {
      "We systematically review lessons learned.",
      "We monitor & review outcomes, and evidence of impact.",
      "We reflect on our own performance, and our success and failures.",
      "We receive continuous, timely, and effective feedback." } },
  { "We support each other to develop", {
      "We give honest and open feedback,",
      "We share knowledge and information.",
      "We share lessons learned",
      "We help to develop others." } },
  { "We know what ‘good’ looks like", {
      "We know the standards that should be met.",
      "We know the outcomes we and others should deliver,",
      "We know the capabilities required to deliver the outcomes, and meet the standards." } },
  { "We know how to develop", {
      "We understand that learning primarily comes from experiences, and from those around us.",
      "We understand how to transfer formal learning into the workplace",
      "We understand that developing skills and changing behaviour requires practice and repetition" } },
  { "We have the opportunity to develop", {
      "We have time and space to learn",
      "We have access to high quality formal learning",
      "We have the opportunity to have experiences",
      "We have the opportunity to practice & transfer learning",
      "We have access to people we can learn from" } },
};

#define SMALL_FRAMEWORK \
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" \
  "<framework id=\"fire-service-values\" version=\"1\">\n" \
  "  <title>Fire service values</title>\n" \
  "  <scale>\n" \
  "    <point value=\"1\">Never</point>\n" \
  "    <point value=\"2\">Sometimes</point>\n" \
  "    <point value=\"3\">Always</point>\n" \
  "    <not-observed>Not seen</not-observed>\n" \
  "  </scale>\n" \
  "  <condition id=\"learning\">\n" \
  "    <title>We learn from every incident</title>\n" \
  "    <statement id=\"debrief\">We hold a hot debrief\n     after every incident.</statement>\n" \
  "  </condition>\n" \
  "  <condition id=\"sharing\">\n" \
  "    <title>We share what we learn</title>\n" \
  "    <description>Across watches and stations.</description>\n" \
  "    <statement id=\"notes\">Debrief notes reach every watch.</statement>\n" \
  "    <statement id=\"visits\">We visit other stations.</statement>\n" \
  "  </condition>\n" \
  "</framework>\n"

static GroveFramework *
load_string (const char  *xml,
             GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (xml, strlen (xml));

  return grove_framework_load_bytes (bytes, "test.xml", error);
}

static void
assert_civil_service (const GroveFramework *framework)
{
  g_assert_cmpstr (framework->key, ==, GROVE_FRAMEWORK_BUILTIN_KEY);
  g_assert_cmpuint (framework->conditions->len, ==, G_N_ELEMENTS (civil_service));
  g_assert_cmpuint (grove_framework_count_statements (framework), ==, 22);

  for (guint i = 0; i < G_N_ELEMENTS (civil_service); i++)
    {
      const GroveFrameworkCondition *condition = g_ptr_array_index (framework->conditions, i);
      guint expected = 0;

      g_assert_cmpstr (condition->title, ==, civil_service[i].title);
      while (expected < G_N_ELEMENTS (civil_service[i].statements) && civil_service[i].statements[expected] != NULL)
        expected++;
      g_assert_cmpuint (condition->statements->len, ==, expected);
      for (guint j = 0; j < expected; j++)
        {
          const GroveFrameworkStatement *statement = g_ptr_array_index (condition->statements, j);

          g_assert_cmpstr (statement->text, ==, civil_service[i].statements[j]);
        }
    }

  g_assert_cmpint (grove_framework_scale_min (framework), ==, 1);
  g_assert_cmpint (grove_framework_scale_max (framework), ==, 5);
  g_assert_cmpstr (grove_framework_scale_label (framework, 1), ==, "Strongly disagree");
  g_assert_cmpstr (grove_framework_scale_label (framework, 5), ==, "Strongly agree");
  g_assert_null (grove_framework_scale_label (framework, 6));
  g_assert_cmpstr (framework->not_observed_label, ==, "Not observed");
}

static void
test_builtin_loads (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GroveFramework) framework = grove_framework_load_builtin (&error);

  g_assert_no_error (error);
  g_assert_true (framework->builtin);
  assert_civil_service (framework);
}

static void
test_builtin_installed (void)
{
  g_autofree char *dir = grove_test_mkdtemp ();
  g_autofree char *path = g_build_filename (dir, "grove.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GroveStore) store = grove_store_open (path, &error);
  g_autoptr(GPtrArray) frameworks = NULL;
  g_autoptr(GroveFramework) stored = NULL;
  GroveFramework *summary;

  g_assert_no_error (error);
  frameworks = grove_framework_list (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (frameworks->len, ==, 1);
  summary = g_ptr_array_index (frameworks, 0);
  g_assert_true (summary->builtin);
  g_assert_cmpuint (summary->conditions->len, ==, 0);
  g_assert_cmpuint (summary->scale->len, ==, 5);

  stored = grove_framework_get (store, summary->id, &error);
  g_assert_no_error (error);
  assert_civil_service (stored);
  g_assert_cmpint (((GroveFrameworkCondition *) g_ptr_array_index (stored->conditions, 0))->id, >, 0);

  g_clear_object (&store);
  grove_test_rmdir (dir);
}

static void
test_import_round_trip (void)
{
  g_autofree char *dir = grove_test_mkdtemp ();
  g_autofree char *db = g_build_filename (dir, "grove.db", NULL);
  g_autofree char *file = grove_test_write_file (dir, "fire.xml", SMALL_FRAMEWORK, -1);
  g_autoptr(GError) error = NULL;
  g_autoptr(GroveStore) store = grove_store_open (db, &error);
  g_autoptr(GroveFramework) loaded = NULL;
  g_autoptr(GroveFramework) stored = NULL;
  g_autoptr(GPtrArray) frameworks = NULL;
  const GroveFrameworkCondition *sharing;
  gint64 id;

  g_assert_no_error (error);
  loaded = grove_framework_load_file (file, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (loaded->source, ==, "fire.xml");
  id = grove_framework_import (store, loaded, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  g_assert_cmpint (loaded->id, ==, id);

  stored = grove_framework_get_by_key (store, "fire-service-values", &error);
  g_assert_no_error (error);
  g_assert_cmpint (stored->id, ==, id);
  g_assert_false (stored->builtin);
  g_assert_cmpstr (stored->title, ==, "Fire service values");
  g_assert_cmpstr (stored->version, ==, "1");
  g_assert_cmpstr (stored->not_observed_label, ==, "Not seen");
  g_assert_cmpint (grove_framework_scale_max (stored), ==, 3);
  g_assert_cmpuint (stored->conditions->len, ==, 2);
  sharing = g_ptr_array_index (stored->conditions, 1);
  g_assert_cmpstr (sharing->key, ==, "sharing");
  g_assert_cmpstr (sharing->description, ==, "Across watches and stations.");
  g_assert_cmpuint (sharing->statements->len, ==, 2);
  g_assert_cmpstr (((GroveFrameworkStatement *) g_ptr_array_index (sharing->statements, 1))->text, ==,
                   "We visit other stations.");
  /* Line breaks inside an element are layout, not content. */
  g_assert_cmpstr (((GroveFrameworkStatement *) g_ptr_array_index (
                      ((GroveFrameworkCondition *) g_ptr_array_index (stored->conditions, 0))->statements, 0))->text,
                   ==, "We hold a hot debrief after every incident.");

  frameworks = grove_framework_list (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (frameworks->len, ==, 2);
  g_assert_cmpstr (((GroveFramework *) g_ptr_array_index (frameworks, 0))->key, ==, GROVE_FRAMEWORK_BUILTIN_KEY);

  /* The same id again is refused and changes nothing. */
  g_clear_pointer (&loaded, grove_framework_free);
  loaded = grove_framework_load_file (file, &error);
  g_assert_no_error (error);
  g_assert_cmpint (grove_framework_import (store, loaded, &error), ==, 0);
  g_assert_error (error, GROVE_FRAMEWORK_ERROR, GROVE_FRAMEWORK_ERROR_EXISTS);
  g_assert_cmpint (loaded->id, ==, 0);

  g_clear_object (&store);
  grove_test_rmdir (dir);
}

/* A write that fails part-way leaves no trace: no framework, no orphans. */
static void
test_import_rolls_back (void)
{
  g_autofree char *dir = grove_test_mkdtemp ();
  g_autofree char *db = g_build_filename (dir, "grove.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GroveStore) store = grove_store_open (db, &error);
  g_autoptr(GroveFramework) framework = load_string (SMALL_FRAMEWORK, &error);
  GroveFrameworkCondition *sharing;
  GroveFrameworkStatement *visits;
  gint64 conditions_before, statements_before;

  g_assert_no_error (error);
  conditions_before = grove_test_query_int (store, "SELECT count(*) FROM framework_condition");
  statements_before = grove_test_query_int (store, "SELECT count(*) FROM framework_statement");

  /* The loader refuses duplicate ids; forge one past it to make the last
   * insert of the transaction fail on the database's own constraint. */
  sharing = g_ptr_array_index (framework->conditions, 1);
  visits = g_ptr_array_index (sharing->statements, 1);
  g_free (visits->key);
  visits->key = g_strdup ("notes");

  g_assert_cmpint (grove_framework_import (store, framework, &error), ==, 0);
  g_assert_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_CONSTRAINT);
  g_assert_cmpint (grove_test_query_int (store, "SELECT count(*) FROM framework"), ==, 1);
  g_assert_cmpint (grove_test_query_int (store, "SELECT count(*) FROM framework_condition"), ==, conditions_before);
  g_assert_cmpint (grove_test_query_int (store, "SELECT count(*) FROM framework_statement"), ==, statements_before);
  g_assert_cmpint (framework->id, ==, 0);

  g_clear_object (&store);
  grove_test_rmdir (dir);
}

static void
test_get_missing (void)
{
  g_autofree char *dir = grove_test_mkdtemp ();
  g_autofree char *db = g_build_filename (dir, "grove.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GroveStore) store = grove_store_open (db, &error);

  g_assert_no_error (error);
  g_assert_null (grove_framework_get (store, 4242, &error));
  g_assert_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_null (grove_framework_get_by_key (store, "no-such-framework", &error));
  g_assert_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "no-such-framework"));

  g_clear_object (&store);
  grove_test_rmdir (dir);
}

/* Bad input: each case is refused with the kind of error, and a message
 * that names the file, the line where it applies, and what was expected. */
typedef struct {
  const char *name;
  const char *xml;
  gssize      length; /* -1: up to the NUL */
  int         code;
  const char *location; /* "test.xml:N:" or "test.xml:" */
  const char *says;
} BadCase;

static const BadCase bad_cases[] = {
  { "not-well-formed",
    "<?xml version=\"1.0\"?>\n<framework id=\"x\">\n  <title>T</title>\n  <scale>\n</framework>\n",
    -1, GROVE_FRAMEWORK_ERROR_PARSE, "test.xml:5:", "scale" },
  { "wrong-element",
    "<framework id=\"x\">\n  <titel>T</titel>\n</framework>\n",
    -1, GROVE_FRAMEWORK_ERROR_INVALID, "test.xml:2:", "title" },
  { "missing-scale",
    "<framework id=\"x\">\n  <title>T</title>\n  <condition id=\"c\">\n"
    "    <title>C</title>\n    <statement id=\"s\">S</statement>\n  </condition>\n</framework>\n",
    -1, GROVE_FRAMEWORK_ERROR_INVALID, "test.xml:3:", "scale" },
  { "bad-id",
    "<framework id=\"Not An Id\">\n  <title>T</title>\n</framework>\n",
    -1, GROVE_FRAMEWORK_ERROR_INVALID, "test.xml:1:", "id" },
  { "empty-statement",
    "<framework id=\"x\"><title>T</title><scale><point value=\"1\">a</point><point value=\"2\">b</point>"
    "<not-observed>n</not-observed></scale>\n<condition id=\"c\"><title>C</title>\n"
    "<statement id=\"s\">   </statement></condition></framework>",
    -1, GROVE_FRAMEWORK_ERROR_INVALID, "test.xml:3:", "statement" },
  { "duplicate-condition",
    "<framework id=\"x\"><title>T</title><scale><point value=\"1\">a</point><point value=\"2\">b</point>"
    "<not-observed>n</not-observed></scale>\n"
    "<condition id=\"c\"><title>C</title><statement id=\"s\">S</statement></condition>\n"
    "<condition id=\"c\"><title>D</title><statement id=\"s\">S</statement></condition>\n</framework>",
    -1, GROVE_FRAMEWORK_ERROR_INVALID, "test.xml:3:", "“c” is used twice" },
  { "scale-out-of-order",
    "<framework id=\"x\"><title>T</title><scale>\n<point value=\"2\">a</point>\n<point value=\"1\">b</point>"
    "<not-observed>n</not-observed></scale>\n"
    "<condition id=\"c\"><title>C</title><statement id=\"s\">S</statement></condition></framework>",
    -1, GROVE_FRAMEWORK_ERROR_INVALID, "test.xml:3:", "increasing order" },
  { "xxe",
    "<?xml version=\"1.0\"?>\n<!DOCTYPE framework [\n  <!ENTITY secret SYSTEM \"file:///etc/passwd\">\n]>\n"
    "<framework id=\"x\"><title>&secret;</title></framework>\n",
    -1, GROVE_FRAMEWORK_ERROR_PARSE, "test.xml:", "DOCTYPE" },
  { "external-dtd",
    "<?xml version=\"1.0\"?>\n<!DOCTYPE framework SYSTEM \"framework.dtd\">\n<framework id=\"x\"/>\n",
    -1, GROVE_FRAMEWORK_ERROR_PARSE, "test.xml:", "DOCTYPE" },
  { "billion-laughs",
    "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n"
    " <!ENTITY lol \"lol\">\n"
    " <!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n"
    " <!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">\n"
    " <!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">\n"
    " <!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">\n"
    " <!ENTITY lol5 \"&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;\">\n"
    " <!ENTITY lol6 \"&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;\">\n"
    " <!ENTITY lol7 \"&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;\">\n"
    " <!ENTITY lol8 \"&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;\">\n"
    " <!ENTITY lol9 \"&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;\">\n"
    "]>\n<framework id=\"x\"><title>&lol9;</title></framework>\n",
    -1, GROVE_FRAMEWORK_ERROR_PARSE, "test.xml:", "DOCTYPE" },
  { "undeclared-entity",
    "<framework id=\"x\">\n<title>&nbsp;</title></framework>\n",
    -1, GROVE_FRAMEWORK_ERROR_PARSE, "test.xml:2:", "nbsp" },
  { "invalid-utf8",
    "<framework id=\"x\"><title>caf\xc3\x28</title></framework>\n",
    -1, GROVE_FRAMEWORK_ERROR_PARSE, "test.xml:1:", "UTF-8" },
  { "nul-byte",
    "<framework id=\"x\"><title>a\0b</title></framework>\n",
    48, GROVE_FRAMEWORK_ERROR_PARSE, "test.xml:1:", "" },
  { "empty", "", 0, GROVE_FRAMEWORK_ERROR_PARSE, "test.xml:", "empty" },
};

static void
test_bad_input (gconstpointer data)
{
  const BadCase *bad = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = g_bytes_new (bad->xml, bad->length >= 0 ? (gsize) bad->length : strlen (bad->xml));
  g_autoptr(GroveFramework) framework = grove_framework_load_bytes (bytes, "test.xml", &error);

  g_assert_null (framework);
  g_assert_error (error, GROVE_FRAMEWORK_ERROR, bad->code);
  if (!g_str_has_prefix (error->message, bad->location) || strstr (error->message, bad->says) == NULL)
    g_error ("%s: expected “%s … %s”, got “%s”", bad->name, bad->location, bad->says, error->message);
  /* Never leak what an external entity would have pulled in. */
  g_assert_null (strstr (error->message, "root:"));
}

static void
test_too_large (void)
{
  g_autofree char *dir = grove_test_mkdtemp ();
  g_autoptr(GString) huge = g_string_new ("<framework id=\"x\"><title>");
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GroveFramework) framework = NULL;

  while (huge->len < 2 * 1024 * 1024)
    g_string_append (huge, "a very long title indeed ");
  g_string_append (huge, "</title></framework>");
  path = grove_test_write_file (dir, "huge.xml", huge->str, huge->len);

  framework = grove_framework_load_file (path, &error);
  g_assert_null (framework);
  g_assert_error (error, GROVE_FRAMEWORK_ERROR, GROVE_FRAMEWORK_ERROR_TOO_LARGE);
  g_assert_true (g_str_has_prefix (error->message, "huge.xml:"));
  grove_test_rmdir (dir);
}

static void
test_missing_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GroveFramework) framework = grove_framework_load_file ("/nonexistent/framework.xml", &error);

  g_assert_null (framework);
  g_assert_error (error, GROVE_FRAMEWORK_ERROR, GROVE_FRAMEWORK_ERROR_IO);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/framework/builtin/loads", test_builtin_loads);
  g_test_add_func ("/framework/builtin/installed", test_builtin_installed);
  g_test_add_func ("/framework/import/round-trip", test_import_round_trip);
  g_test_add_func ("/framework/import/rolls-back", test_import_rolls_back);
  g_test_add_func ("/framework/get/missing", test_get_missing);
  for (guint i = 0; i < G_N_ELEMENTS (bad_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/framework/refused/%s", bad_cases[i].name);

      g_test_add_data_func (path, &bad_cases[i], test_bad_input);
    }
  g_test_add_func ("/framework/refused/too-large", test_too_large);
  g_test_add_func ("/framework/refused/missing-file", test_missing_file);

  return g_test_run ();
}
