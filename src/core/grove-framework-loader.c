/* grove-framework-loader.c: reading framework XML safely
 *
 * Framework files come from outside (other departments, other services), so
 * they are parsed as untrusted: no network, no DTD at all (which rules out
 * external entities and entity-expansion bombs before any is declared), a
 * size limit, and validation against data/framework.rng. Every error names
 * the file and line and says what was expected.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/relaxng.h>
#include <libxml/xmlerror.h>

#include "grove-core-resources.h"
#include "grove-framework-private.h"

/* The built-in framework is 5 KiB; nothing plausible comes near 1 MiB. */
#define MAX_FRAMEWORK_BYTES (1024 * 1024)

#define RESOURCE_DIR "/io/github/grove/Grove/core/"

typedef struct {
  const char *display_name;
  GError     *error; /* the first problem only: later ones are usually echoes */
} LoadState;

static void
record_error (LoadState  *state,
              int         code,
              int         line,
              const char *message)
{
  g_autofree char *text = g_strstrip (g_strdup (message != NULL ? message : ""));

  if (state->error != NULL)
    return;
  if (line > 0)
    state->error = g_error_new (GROVE_FRAMEWORK_ERROR, code, "%s:%d: %s",
                                state->display_name, line, text);
  else
    state->error = g_error_new (GROVE_FRAMEWORK_ERROR, code, "%s: %s",
                                state->display_name, text);
}

static void
on_parse_error_cb (void        *data,
                   xmlErrorPtr  error)
{
  LoadState *state = data;

  const char *message = error->message != NULL ? error->message : "";

  if (error->level < XML_ERR_ERROR)
    return;
  /* Two of libxml2's messages speak to programmers (of its options, of
   * bytes in hexadecimal); these say what to do about the file. */
  if (error->code == XML_ERR_INTERNAL_ERROR && strstr (message, "depth") != NULL)
    message = _("elements are nested far more deeply than a framework needs");
  else if (error->code == XML_ERR_INVALID_CHAR && g_str_has_prefix (message, "Input is not proper UTF-8"))
    message = _("the text is not valid UTF-8; save the file as UTF-8");
  record_error (state, GROVE_FRAMEWORK_ERROR_PARSE, error->line, message);
}

/* libxml2's RelaxNG messages say what went wrong but rarely what was
 * expected, so each is completed from what framework.rng allows where the
 * error happened. */
static const struct {
  const char *element;
  const char *children;
  const char *attributes;
  const char *content;
} expectations[] = {
  { "framework", N_("<title>, an optional <description>, <scale>, then one or more <condition>"),
    N_("id=\"…\" of lower-case letters, digits and hyphens, and an optional version=\"…\""), NULL },
  { "scale", N_("two or more <point value=\"N\"> elements, then <not-observed>"), NULL, NULL },
  { "point", NULL, N_("value=\"N\", a whole number from 0 to 10, and on a translation xml:lang=\"…\", a language code such as “cy”"),
    N_("a label of 1 to 200 characters") },
  { "condition", N_("<title>, an optional <description>, then one or more <statement>"),
    N_("id=\"…\" of lower-case letters, digits and hyphens"), NULL },
  { "statement", NULL,
    N_("id=\"…\" of lower-case letters, digits and hyphens, and on a translation xml:lang=\"…\", a language code such as “cy”"),
    N_("text of 1 to 2000 characters") },
  { "title", NULL, N_("none, or on a translation xml:lang=\"…\", a language code such as “cy”"),
    N_("text of 1 to 200 characters on one line") },
  { "not-observed", NULL, N_("none, or on a translation xml:lang=\"…\", a language code such as “cy”"),
    N_("a label of 1 to 200 characters") },
  { "description", NULL, N_("none, or on a translation xml:lang=\"…\", a language code such as “cy”"),
    N_("text of 1 to 2000 characters") },
};

static const char *
expectation_for (xmlNodePtr node,
                 int        kind)
{
  if (node == NULL || node->type != XML_ELEMENT_NODE)
    return NULL;
  for (guint i = 0; i < G_N_ELEMENTS (expectations); i++)
    if (xmlStrcmp (node->name, (const xmlChar *) expectations[i].element) == 0)
      {
        const char *text = kind == 0 ? expectations[i].children
                         : kind == 1 ? expectations[i].attributes
                         : expectations[i].content;
        return text != NULL ? _(text) : NULL;
      }
  return NULL;
}

static char *
describe_validity_error (xmlNodePtr  node,
                         const char *raw)
{
  const char *name = node != NULL ? (const char *) node->name : "?";
  g_autofree xmlChar *language = NULL;
  const char *expected;

  /* The schema wants the English first; say so rather than blame the text. */
  if (node != NULL && node->type == XML_ELEMENT_NODE &&
      (language = xmlGetNsProp (node, (const xmlChar *) "lang", XML_XML_NAMESPACE)) != NULL &&
      (xmlPreviousElementSibling (node) == NULL ||
       xmlStrcmp (xmlPreviousElementSibling (node)->name, node->name) != 0))
    return g_strdup_printf (_("the “%s” translation of <%s> comes before its English text (expected the English first, without xml:lang)"),
                            (const char *) language, name);

  if (strstr (raw, "Did not expect") != NULL && node != NULL &&
      (expected = expectation_for (node->parent, 0)) != NULL)
    return g_strdup_printf (_("unexpected <%s> in <%s> (expected %s)"), name,
                            (const char *) node->parent->name, expected);
  if (strstr (raw, "attributes") != NULL && (expected = expectation_for (node, 1)) != NULL)
    return g_strdup_printf (_("<%s> has a missing or invalid attribute (expected %s)"), name, expected);
  if (strstr (raw, "Expecting") != NULL && strstr (raw, "got nothing") != NULL &&
      (expected = expectation_for (node, 0)) != NULL)
    return g_strdup_printf (_("<%s> is incomplete (expected %s)"), name, expected);
  if ((expected = expectation_for (node, 2)) != NULL)
    return g_strdup_printf (_("<%s> has invalid content (expected %s)"), name, expected);
  return g_strdup_printf (_("not a valid framework: %s"), raw);
}

/* The node libxml2 attaches to an error is where validation stood when the
 * error was reported, which can be a child of the element the message is
 * about; the message names that element, so look for it upwards. */
static xmlNodePtr
find_named_node (xmlNodePtr  node,
                 const char *message)
{
  const char *start = strstr (message, "lement ");
  g_autofree char *name = NULL;
  gsize length;

  if (start == NULL)
    return node;
  start += strlen ("lement ");
  length = strcspn (start, " ,:\n");
  if (length == 0)
    return node;
  name = g_strndup (start, length);
  for (xmlNodePtr up = node; up != NULL && up->type == XML_ELEMENT_NODE; up = up->parent)
    if (xmlStrcmp (up->name, (const xmlChar *) name) == 0)
      return up;
  return node;
}

static void
on_validity_error_cb (void        *data,
                      xmlErrorPtr  error)
{
  LoadState *state = data;
  xmlNodePtr node = error->node;
  g_autofree char *message = NULL;
  int line = error->line;

  if (error->message != NULL && node != NULL)
    {
      node = find_named_node (node, error->message);
      line = xmlGetLineNo (node);
    }
  message = describe_validity_error (node, error->message != NULL ? error->message : "");
  record_error (state, GROVE_FRAMEWORK_ERROR_INVALID, line, message);
}

/* Any DOCTYPE stops the parser where it stands: a framework needs none, and
 * refusing it outright is simpler to trust than disarming each feature. */
static void
on_internal_subset_cb (void          *ctx,
                       const xmlChar *name,
                       const xmlChar *external_id,
                       const xmlChar *system_id)
{
  xmlParserCtxtPtr ctxt = ctx;
  LoadState *state = ctxt->_private;

  record_error (state, GROVE_FRAMEWORK_ERROR_PARSE, xmlSAX2GetLineNumber (ctxt),
                _("a DOCTYPE declaration is not allowed in a framework file (expected the <framework> element)"));
  xmlStopParser (ctxt);
}

static xmlDocPtr
parse_document (GBytes    *xml,
                LoadState *state)
{
  xmlParserCtxtPtr ctxt;
  xmlDocPtr doc;
  gsize size;
  const char *data = g_bytes_get_data (xml, &size);

  if (size == 0)
    {
      record_error (state, GROVE_FRAMEWORK_ERROR_PARSE, 0,
                    _("the file is empty (expected a <framework> element)"));
      return NULL;
    }

  ctxt = xmlCreateMemoryParserCtxt (data, (int) size);
  if (ctxt == NULL)
    {
      record_error (state, GROVE_FRAMEWORK_ERROR_PARSE, 0, _("out of memory"));
      return NULL;
    }
  ctxt->_private = state;
  ctxt->sax->internalSubset = on_internal_subset_cb;
  ctxt->sax->externalSubset = on_internal_subset_cb;
  /* No XML_PARSE_NOENT (no substitution), no XML_PARSE_DTDLOAD, no
   * XML_PARSE_HUGE (libxml2's own limits stay on). */
  xmlCtxtUseOptions (ctxt, XML_PARSE_NONET | XML_PARSE_NOCDATA | XML_PARSE_NOBLANKS);

  xmlSetStructuredErrorFunc (state, on_parse_error_cb);
  xmlParseDocument (ctxt);
  xmlSetStructuredErrorFunc (NULL, NULL);

  doc = g_steal_pointer (&ctxt->myDoc);
  if (doc != NULL && (state->error != NULL || !ctxt->wellFormed))
    g_clear_pointer (&doc, xmlFreeDoc);
  if (doc == NULL)
    record_error (state, GROVE_FRAMEWORK_ERROR_PARSE, 0, _("not well-formed XML"));
  xmlFreeParserCtxt (ctxt);
  return doc;
}

static xmlRelaxNGPtr
load_schema (void)
{
  static xmlRelaxNGPtr schema;

  if (g_once_init_enter (&schema))
    {
      g_autoptr(GBytes) bytes = NULL;
      xmlRelaxNGParserCtxtPtr pctxt;
      xmlRelaxNGPtr parsed = NULL;
      gsize size;
      const char *data;

      bytes = g_resource_lookup_data (grove_core_get_resource (), RESOURCE_DIR "framework.rng",
                                      G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
      g_assert (bytes != NULL);
      data = g_bytes_get_data (bytes, &size);
      pctxt = xmlRelaxNGNewMemParserCtxt (data, (int) size);
      parsed = xmlRelaxNGParse (pctxt);
      xmlRelaxNGFreeParserCtxt (pctxt);
      /* The schema is ours and compiled in: failing to parse it is a bug. */
      g_assert (parsed != NULL);
      g_once_init_leave (&schema, parsed);
    }
  return schema;
}

static gboolean
validate_document (xmlDocPtr  doc,
                   LoadState *state)
{
  xmlRelaxNGValidCtxtPtr vctxt = xmlRelaxNGNewValidCtxt (load_schema ());
  int rc;

  xmlRelaxNGSetValidStructuredErrors (vctxt, on_validity_error_cb, state);
  rc = xmlRelaxNGValidateDoc (vctxt, doc);
  xmlRelaxNGFreeValidCtxt (vctxt);

  if (rc != 0)
    record_error (state, GROVE_FRAMEWORK_ERROR_INVALID, 0,
                  _("not a valid framework: it does not follow the framework schema"));
  return rc == 0;
}

/* Whitespace inside an element is layout, not content: collapse it. */
static char *
node_text (xmlNodePtr node)
{
  g_autofree xmlChar *raw = xmlNodeGetContent (node);
  g_auto(GStrv) words = g_strsplit_set ((const char *) raw, " \t\r\n", -1);
  GString *text = g_string_new (NULL);

  for (guint i = 0; words[i] != NULL; i++)
    {
      if (words[i][0] == '\0')
        continue;
      if (text->len > 0)
        g_string_append_c (text, ' ');
      g_string_append (text, words[i]);
    }
  return g_string_free (text, FALSE);
}

static char *
node_attribute (xmlNodePtr  node,
                const char *name)
{
  g_autofree xmlChar *value = xmlGetProp (node, (const xmlChar *) name);

  return g_strdup ((const char *) value);
}

static gboolean
node_is (xmlNodePtr  node,
         const char *name)
{
  return node->type == XML_ELEMENT_NODE && xmlStrcmp (node->name, (const xmlChar *) name) == 0;
}

/* The language of a translation, spelt as gettext spells it ("cy_GB" for
 * xml:lang="cy-GB"); NULL for the English text, which has no xml:lang. */
static char *
node_language (xmlNodePtr node)
{
  g_autofree xmlChar *value = xmlGetNsProp (node, (const xmlChar *) "lang", XML_XML_NAMESPACE);

  return value != NULL ? g_strdelimit (g_strdup ((const char *) value), "-", '_') : NULL;
}

/* @follows is the id (or value) of the English text just before @node, which
 * a translation must repeat: a translation that names another text would
 * otherwise translate the wrong one in silence. */
static void
read_translation (GroveFramework *framework,
                  xmlNodePtr      node,
                  const char     *language,
                  const char     *path,
                  const char     *id,
                  const char     *follows,
                  LoadState      *state)
{
  g_autofree char *text = node_text (node);
  g_autofree char *message = NULL;

  if (g_strcmp0 (id, follows) != 0)
    message = g_strdup_printf (_("the “%s” translation of <%s> “%s” follows “%s” (expected it right after the English text it translates)"),
                               language, (const char *) node->name, id, follows);
  else if (g_str_equal (language, "en") || g_str_has_prefix (language, "en_"))
    message = g_strdup_printf (_("<%s> has xml:lang=\"%s\" (expected the English text without xml:lang, and only other languages with it)"),
                               (const char *) node->name, language);
  else if (!_grove_framework_add_translation (framework, language, path, text))
    message = g_strdup_printf (_("<%s> is translated into “%s” twice (expected one translation per language)"),
                               (const char *) node->name, language);
  if (message != NULL)
    record_error (state, GROVE_FRAMEWORK_ERROR_INVALID, xmlGetLineNo (node), message);
}

static GroveFrameworkStatement *
read_statement (xmlNodePtr node)
{
  GroveFrameworkStatement *statement = g_new0 (GroveFrameworkStatement, 1);

  statement->key = node_attribute (node, "id");
  statement->text = node_text (node);
  return statement;
}

static void
read_condition_translation (GroveFramework          *framework,
                            GroveFrameworkCondition *condition,
                            xmlNodePtr               child,
                            const char              *language,
                            LoadState               *state)
{
  g_autofree char *path = NULL;
  g_autofree char *id = NULL;
  const char *follows = NULL;

  if (node_is (child, "statement"))
    {
      id = node_attribute (child, "id");
      path = g_strdup_printf ("statement/%s/%s", condition->key, id);
      if (condition->statements->len > 0)
        follows = ((GroveFrameworkStatement *) g_ptr_array_index (condition->statements,
                                                                  condition->statements->len - 1))->key;
    }
  else
    path = g_strdup_printf ("condition/%s/%s", condition->key, (const char *) child->name);
  read_translation (framework, child, language, path, id, follows, state);
}

static GroveFrameworkCondition *
read_condition (GroveFramework *framework,
                xmlNodePtr      node,
                LoadState      *state)
{
  GroveFrameworkCondition *condition = _grove_framework_condition_new ();
  g_autoptr(GHashTable) keys = g_hash_table_new (g_str_hash, g_str_equal);

  condition->key = node_attribute (node, "id");
  for (xmlNodePtr child = node->children; child != NULL; child = child->next)
    {
      g_autofree char *language = child->type == XML_ELEMENT_NODE ? node_language (child) : NULL;

      if (language != NULL)
        read_condition_translation (framework, condition, child, language, state);
      else if (node_is (child, "title"))
        condition->title = node_text (child);
      else if (node_is (child, "description"))
        condition->description = node_text (child);
      else if (node_is (child, "statement"))
        {
          GroveFrameworkStatement *statement = read_statement (child);

          g_ptr_array_add (condition->statements, statement);
          if (!g_hash_table_add (keys, statement->key))
            {
              g_autofree char *message =
                g_strdup_printf (_("the statement id “%s” is used twice in condition “%s” (expected unique ids)"),
                                 statement->key, condition->key);
              record_error (state, GROVE_FRAMEWORK_ERROR_INVALID, xmlGetLineNo (child), message);
            }
        }
    }
  return condition;
}

static void
read_scale (GroveFramework *framework,
            xmlNodePtr      node,
            LoadState      *state)
{
  int previous = G_MININT;

  for (xmlNodePtr child = node->children; child != NULL; child = child->next)
    {
      g_autofree char *language = child->type == XML_ELEMENT_NODE ? node_language (child) : NULL;

      if (language != NULL && node_is (child, "point"))
        {
          g_autofree char *value = node_attribute (child, "value");
          g_autofree char *path = g_strdup_printf ("point/%s", value);
          g_autofree char *follows = g_strdup_printf ("%d", previous);

          read_translation (framework, child, language, path, value, follows, state);
        }
      else if (language != NULL)
        read_translation (framework, child, language, "not-observed", NULL, NULL, state);
      else if (node_is (child, "point"))
        {
          GroveFrameworkScalePoint *point = g_new0 (GroveFrameworkScalePoint, 1);
          g_autofree char *value = node_attribute (child, "value");

          point->value = (int) g_ascii_strtoll (value, NULL, 10);
          point->label = node_text (child);
          g_ptr_array_add (framework->scale, point);

          if (point->value <= previous)
            {
              g_autofree char *message =
                g_strdup_printf (_("scale point %d follows %d (expected values in increasing order)"),
                                 point->value, previous);
              record_error (state, GROVE_FRAMEWORK_ERROR_INVALID, xmlGetLineNo (child), message);
            }
          previous = point->value;
        }
      else if (node_is (child, "not-observed"))
        framework->not_observed_label = node_text (child);
    }

  if (framework->scale->len < 2)
    record_error (state, GROVE_FRAMEWORK_ERROR_INVALID, xmlGetLineNo (node),
                  _("the scale has fewer than two points (expected at least two)"));
}

static GroveFramework *
read_framework (xmlNodePtr  root,
                LoadState  *state)
{
  g_autoptr(GroveFramework) framework = _grove_framework_new ();
  g_autoptr(GHashTable) keys = g_hash_table_new (g_str_hash, g_str_equal);

  framework->key = node_attribute (root, "id");
  framework->version = node_attribute (root, "version");
  for (xmlNodePtr child = root->children; child != NULL; child = child->next)
    {
      g_autofree char *language = child->type == XML_ELEMENT_NODE ? node_language (child) : NULL;

      if (language != NULL)
        read_translation (framework, child, language, (const char *) child->name, NULL, NULL, state);
      else if (node_is (child, "title"))
        framework->title = node_text (child);
      else if (node_is (child, "description"))
        framework->description = node_text (child);
      else if (node_is (child, "scale"))
        read_scale (framework, child, state);
      else if (node_is (child, "condition"))
        {
          GroveFrameworkCondition *condition = read_condition (framework, child, state);

          g_ptr_array_add (framework->conditions, condition);
          if (!g_hash_table_add (keys, condition->key))
            {
              g_autofree char *message =
                g_strdup_printf (_("the condition id “%s” is used twice (expected unique ids)"), condition->key);
              record_error (state, GROVE_FRAMEWORK_ERROR_INVALID, xmlGetLineNo (child), message);
            }
        }
    }
  return state->error == NULL ? g_steal_pointer (&framework) : NULL;
}

/**
 * grove_framework_load_bytes:
 * @xml: the file's contents
 * @display_name: the name to use in error messages, usually the file name
 *
 * Returns: (transfer full): the framework, or %NULL with @error set to a
 *   "name:line: what was expected" message
 */
GroveFramework *
grove_framework_load_bytes (GBytes      *xml,
                            const char  *display_name,
                            GError     **error)
{
  LoadState state = { display_name, NULL };
  GroveFramework *framework = NULL;
  xmlDocPtr doc;

  g_return_val_if_fail (xml != NULL, NULL);
  g_return_val_if_fail (display_name != NULL, NULL);

  if (g_bytes_get_size (xml) > MAX_FRAMEWORK_BYTES)
    {
      g_set_error (error, GROVE_FRAMEWORK_ERROR, GROVE_FRAMEWORK_ERROR_TOO_LARGE,
                   _("%s: the file is larger than %d KiB (expected a framework of a few KiB)"),
                   display_name, MAX_FRAMEWORK_BYTES / 1024);
      return NULL;
    }

  doc = parse_document (xml, &state);
  if (doc != NULL && validate_document (doc, &state))
    framework = read_framework (xmlDocGetRootElement (doc), &state);
  if (doc != NULL)
    xmlFreeDoc (doc);

  if (state.error != NULL)
    {
      g_propagate_error (error, state.error);
      g_clear_pointer (&framework, grove_framework_free);
      return NULL;
    }
  framework->source = g_strdup (display_name);
  return framework;
}

GroveFramework *
grove_framework_load_file (const char  *path,
                           GError     **error)
{
  g_autofree char *name = g_filename_display_basename (path);
  g_autofree char *contents = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  gsize length;
  GStatBuf st;

  /* Refuse a huge file before reading it into memory. */
  if (g_stat (path, &st) == 0 && st.st_size > MAX_FRAMEWORK_BYTES)
    {
      g_set_error (error, GROVE_FRAMEWORK_ERROR, GROVE_FRAMEWORK_ERROR_TOO_LARGE,
                   _("%s: the file is larger than %d KiB (expected a framework of a few KiB)"),
                   name, MAX_FRAMEWORK_BYTES / 1024);
      return NULL;
    }
  if (!g_file_get_contents (path, &contents, &length, &local_error))
    {
      g_set_error (error, GROVE_FRAMEWORK_ERROR, GROVE_FRAMEWORK_ERROR_IO,
                   "%s", local_error->message);
      return NULL;
    }
  bytes = g_bytes_new_take (g_steal_pointer (&contents), length);
  return grove_framework_load_bytes (bytes, name, error);
}

GroveFramework *
grove_framework_load_builtin (GError **error)
{
  g_autoptr(GBytes) bytes = NULL;
  GroveFramework *framework;

  bytes = g_resource_lookup_data (grove_core_get_resource (),
                                  RESOURCE_DIR "frameworks/" GROVE_FRAMEWORK_BUILTIN_KEY ".xml",
                                  G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (bytes == NULL)
    return NULL;
  framework = grove_framework_load_bytes (bytes, GROVE_FRAMEWORK_BUILTIN_KEY ".xml", error);
  if (framework != NULL)
    {
      framework->builtin = TRUE;
      g_clear_pointer (&framework->source, g_free);
    }
  return framework;
}
