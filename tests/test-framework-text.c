/* test-framework-text.c: a framework's text in other languages
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "grove-framework.h"
#include "grove-store-private.h"
#include "grove-test-store.h"
#include "grove-test-utils.h"

/* Every text of the built-in framework: its title and description, five
 * scale points and "not observed", six conditions with a title and a
 * description each, and 22 statements. */
#define BUILTIN_TEXTS (2 + 6 + 6 * 2 + 22)

#define TRANSLATED_FRAMEWORK \
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" \
  "<framework id=\"fire-service-values\">\n" \
  "  <title>Fire service values</title>\n" \
  "  <title xml:lang=\"cy-GB\">Gwerthoedd y gwasanaeth tân</title>\n" \
  "  <scale>\n" \
  "    <point value=\"1\">Never</point>\n" \
  "    <point value=\"1\" xml:lang=\"cy-GB\">Byth</point>\n" \
  "    <point value=\"2\">Always</point>\n" \
  "    <not-observed>Not seen</not-observed>\n" \
  "  </scale>\n" \
  "  <condition id=\"learning\">\n" \
  "    <title>We learn from every incident</title>\n" \
  "    <statement id=\"debrief\">We hold a debrief.</statement>\n" \
  "    <statement id=\"debrief\" xml:lang=\"cy-GB\">Rydym yn cynnal\n      ôl-drafodaeth.</statement>\n" \
  "    <statement id=\"notes\">Notes reach every watch.</statement>\n" \
  "  </condition>\n" \
  "</framework>\n"

static GroveFramework *
load_string (const char  *xml,
             GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (xml, strlen (xml));

  return grove_framework_load_bytes (bytes, "test.xml", error);
}

static const GroveFrameworkStatement *
statement_at (const GroveFramework *framework,
              guint                 condition,
              guint                 statement)
{
  const GroveFrameworkCondition *c = g_ptr_array_index (framework->conditions, condition);

  return g_ptr_array_index (c->statements, statement);
}

static guint
count_texts (const GroveFramework *framework,
             const char           *language)
{
  GHashTable *texts = g_hash_table_lookup (framework->translations, language);

  return texts != NULL ? g_hash_table_size (texts) : 0;
}

static void
test_builtin_welsh (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GroveFramework) framework = grove_framework_load_builtin (&error);
  g_auto(GStrv) languages = NULL;

  g_assert_no_error (error);
  languages = grove_framework_dup_languages (framework);
  g_assert_cmpstrv (languages, ((const char *[]) { "cy", NULL }));
  /* Every text has its Welsh, not only some. */
  g_assert_cmpuint (count_texts (framework, "cy"), ==, BUILTIN_TEXTS);

  g_assert_cmpstr (grove_framework_get_text (framework, "condition/value-growth/title", "cy"), ==,
                   "Rydym yn gwerthfawrogi twf");
  g_assert_cmpstr (grove_framework_get_text (framework, "statement/opportunity-to-develop/time-and-space", "cy"), ==,
                   "Mae gennym amser a lle i ddysgu");
  g_assert_cmpstr (grove_framework_get_text (framework, "point/5", "cy"), ==, "Cytuno’n gryf");
  g_assert_cmpstr (grove_framework_get_text (framework, "not-observed", "cy"), ==, "Heb ei weld");
  /* The English stays the framework's own, word for word. */
  g_assert_cmpstr (grove_framework_get_text (framework, "condition/value-growth/title", NULL), ==, "We value growth");
  g_assert_cmpstr (statement_at (framework, 0, 1)->text, ==,
                   "We believe we are able to improve and have the agility to change,");
  g_assert_cmpstr (grove_framework_get_text (framework, "statement/value-growth/able-to-improve", "fr"), ==,
                   "We believe we are able to improve and have the agility to change,");
  g_assert_null (grove_framework_get_text (framework, "statement/value-growth/no-such-statement", "cy"));
  g_assert_null (grove_framework_get_text (framework, "condition/no-such-condition/title", NULL));
}

static void
test_pick_language (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GroveFramework) framework = grove_framework_load_builtin (&error);
  const char *welsh_first[] = { "cy_GB.UTF-8", "cy_GB", "cy.UTF-8", "cy", "C", NULL };
  const char *english_first[] = { "en_GB.UTF-8", "en_GB", "en", "cy", "C", NULL };
  const char *french_then_welsh[] = { "fr_FR", "fr", "cy", "C", NULL };
  const char *french_only[] = { "fr_FR", "fr", "C", NULL };
  const char *c_locale[] = { "C", NULL };

  g_assert_no_error (error);
  g_assert_cmpstr (grove_framework_pick_language (framework, welsh_first), ==, "cy");
  g_assert_null (grove_framework_pick_language (framework, english_first));
  g_assert_cmpstr (grove_framework_pick_language (framework, french_then_welsh), ==, "cy");
  g_assert_null (grove_framework_pick_language (framework, french_only));
  g_assert_null (grove_framework_pick_language (framework, c_locale));

  /* Without a list, the reader's own languages, as gettext would take them. */
  g_setenv ("LANGUAGE", "cy", TRUE);
  g_assert_cmpstr (grove_framework_pick_language (framework, NULL), ==, "cy");
  g_setenv ("LANGUAGE", "en_GB:cy", TRUE);
  g_assert_null (grove_framework_pick_language (framework, NULL));
  g_unsetenv ("LANGUAGE");
}

/* What is translated is shown translated; the rest stays English. */
static void
test_localize_falls_back (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GroveFramework) framework = load_string (TRANSLATED_FRAMEWORK, &error);
  const char *welsh[] = { "cy_GB", "cy", "C", NULL };
  const char *english[] = { "en_GB", "C", NULL };

  g_assert_no_error (error);
  g_assert_cmpuint (count_texts (framework, "cy_GB"), ==, 3);

  grove_framework_localize (framework, english);
  g_assert_cmpstr (framework->title, ==, "Fire service values");

  grove_framework_localize (framework, welsh);
  g_assert_cmpstr (framework->title, ==, "Gwerthoedd y gwasanaeth tân");
  g_assert_cmpstr (grove_framework_scale_label (framework, 1), ==, "Byth");
  g_assert_cmpstr (grove_framework_scale_label (framework, 2), ==, "Always");
  g_assert_cmpstr (framework->not_observed_label, ==, "Not seen");
  g_assert_cmpstr (((GroveFrameworkCondition *) g_ptr_array_index (framework->conditions, 0))->title, ==,
                   "We learn from every incident");
  /* Line breaks in a translation are layout too. */
  g_assert_cmpstr (statement_at (framework, 0, 0)->text, ==, "Rydym yn cynnal ôl-drafodaeth.");
  g_assert_cmpstr (statement_at (framework, 0, 1)->text, ==, "Notes reach every watch.");
  /* Translations never count as texts of their own. */
  g_assert_cmpuint (framework->scale->len, ==, 2);
  g_assert_cmpuint (grove_framework_count_statements (framework), ==, 2);
}

static void
test_stored (void)
{
  g_autofree char *dir = grove_test_mkdtemp ();
  g_autofree char *path = g_build_filename (dir, "grove.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GroveStore) store = grove_store_open (path, &error);
  g_autoptr(GroveFramework) builtin = NULL;
  g_autoptr(GroveFramework) loaded = NULL;
  g_autoptr(GroveFramework) stored = NULL;
  g_autoptr(GPtrArray) summaries = NULL;
  const char *welsh[] = { "cy", NULL };
  gint64 id;

  g_assert_no_error (error);
  builtin = grove_framework_get_by_key (store, GROVE_FRAMEWORK_BUILTIN_KEY, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (count_texts (builtin, "cy"), ==, BUILTIN_TEXTS);
  grove_framework_localize (builtin, welsh);
  g_assert_cmpstr (builtin->title, ==, "Fframwaith diwylliant dysgu’r Gwasanaeth Sifil");
  g_assert_cmpstr (statement_at (builtin, 3, 0)->text, ==, "Rydym yn gwybod pa safonau y dylid eu bodloni.");

  /* The summaries carry the translated title for a list of frameworks. */
  summaries = grove_framework_list (store, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (grove_framework_get_text (g_ptr_array_index (summaries, 0), "title", "cy"), ==,
                   "Fframwaith diwylliant dysgu’r Gwasanaeth Sifil");

  loaded = load_string (TRANSLATED_FRAMEWORK, &error);
  g_assert_no_error (error);
  id = grove_framework_import (store, loaded, &error);
  g_assert_no_error (error);
  g_assert_cmpint (grove_test_query_int (store, "SELECT count(*) FROM framework_translation"), ==, BUILTIN_TEXTS + 3);
  stored = grove_framework_get (store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (grove_framework_get_text (stored, "statement/learning/debrief", "cy_GB"), ==,
                   "Rydym yn cynnal ôl-drafodaeth.");
  g_assert_cmpstr (grove_framework_get_text (stored, "point/1", "cy_GB"), ==, "Byth");
  g_assert_cmpuint (count_texts (stored, "cy_GB"), ==, 3);

  g_clear_object (&store);
  grove_test_rmdir (dir);
}

/* A database made before translations gets the built-in framework's Welsh
 * when it is upgraded, and keeps what it had. */
static void
test_migrate_from_3 (void)
{
  g_autofree char *dir = grove_test_mkdtemp ();
  g_autofree char *path = g_build_filename (dir, "grove.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GroveStore) old = _grove_store_open_at_version (path, 3, &error);
  g_autoptr(GroveStore) store = NULL;
  g_autoptr(GroveFramework) builtin = NULL;
  gint64 statements;

  g_assert_no_error (error);
  statements = grove_test_query_int (old, "SELECT count(*) FROM framework_statement");
  g_clear_object (&old);

  store = grove_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (grove_store_get_schema_version (store), ==, GROVE_STORE_SCHEMA_VERSION);
  g_assert_cmpint (grove_test_query_int (store, "SELECT count(*) FROM framework_statement"), ==, statements);
  g_assert_cmpint (grove_test_query_int (store, "SELECT count(*) FROM framework_translation WHERE language = 'cy'"),
                   ==, BUILTIN_TEXTS);
  builtin = grove_framework_get_by_key (store, GROVE_FRAMEWORK_BUILTIN_KEY, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (grove_framework_get_text (builtin, "statement/support-each-other/develop-others", "cy"), ==,
                   "Rydym yn helpu eraill i ddatblygu.");

  g_clear_object (&store);
  grove_test_rmdir (dir);
}

/* A translation that is malformed, misplaced or ambiguous is refused with
 * the line and what was expected, never taken for another text. */
typedef struct {
  const char *name;
  const char *body;   /* the conditions, after a valid head */
  const char *location;
  const char *says;
} BadCase;

#define HEAD \
  "<framework id=\"x\">\n<title>T</title>\n<scale><point value=\"1\">a</point><point value=\"2\">b</point>" \
  "<not-observed>n</not-observed></scale>\n"

static const BadCase bad_cases[] = {
  { "not-a-language",
    "<condition id=\"c\"><title>C</title>\n<title xml:lang=\"Welsh\">Amod</title>\n"
    "<statement id=\"s\">S</statement></condition></framework>",
    "test.xml:5:", "language code" },
  { "empty",
    "<condition id=\"c\"><title>C</title><statement id=\"s\">S</statement>\n"
    "<statement id=\"s\" xml:lang=\"cy\">  </statement></condition></framework>",
    "test.xml:5:", "statement" },
  { "before-the-english",
    "<condition id=\"c\">\n<title xml:lang=\"cy\">Amod</title><title>C</title>"
    "<statement id=\"s\">S</statement></condition></framework>",
    "test.xml:5:", "expected the English first" },
  { "other-statement",
    "<condition id=\"c\"><title>C</title><statement id=\"s\">S</statement><statement id=\"t\">T</statement>\n"
    "<statement id=\"s\" xml:lang=\"cy\">D</statement></condition></framework>",
    "test.xml:5:", "right after the English" },
  { "twice",
    "<condition id=\"c\"><title>C</title><title xml:lang=\"cy\">Amod</title>\n<title xml:lang=\"cy\">Amod arall</title>"
    "<statement id=\"s\">S</statement></condition></framework>",
    "test.xml:5:", "twice" },
  { "english",
    "<condition id=\"c\"><title>C</title>\n<title xml:lang=\"en-GB\">Condition</title>"
    "<statement id=\"s\">S</statement></condition></framework>",
    "test.xml:5:", "without xml:lang" },
};

static void
test_bad_translation (gconstpointer data)
{
  const BadCase *bad = data;
  g_autofree char *xml = g_strconcat (HEAD, bad->body, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GroveFramework) framework = load_string (xml, &error);

  g_assert_null (framework);
  g_assert_error (error, GROVE_FRAMEWORK_ERROR, GROVE_FRAMEWORK_ERROR_INVALID);
  if (!g_str_has_prefix (error->message, bad->location) || strstr (error->message, bad->says) == NULL)
    g_error ("%s: expected “%s … %s”, got “%s”", bad->name, bad->location, bad->says, error->message);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/framework-text/builtin/welsh", test_builtin_welsh);
  g_test_add_func ("/framework-text/pick-language", test_pick_language);
  g_test_add_func ("/framework-text/localize/falls-back", test_localize_falls_back);
  g_test_add_func ("/framework-text/stored", test_stored);
  g_test_add_func ("/framework-text/migrate-from-3", test_migrate_from_3);
  for (guint i = 0; i < G_N_ELEMENTS (bad_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/framework-text/refused/%s", bad_cases[i].name);

      g_test_add_data_func (path, &bad_cases[i], test_bad_translation);
    }

  return g_test_run ();
}
