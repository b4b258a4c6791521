/* grove-org-xml-import.c: an organisation file into an empty database
 *
 * The file is read as a stream (SAX), one row at a time straight into the
 * database, so that its size costs no memory. It goes into one transaction
 * with foreign keys checked at the end, as rows may come in any order; any
 * problem rolls all of it back, and is reported with its line.
 *
 * The file is untrusted: no DTD at all (a DOCTYPE stops the parser where it
 * stands, so no entity can be declared, let alone expanded), no network,
 * libxml2's own limits on, and a cap on the size.
 *
 * Only a database that holds no organisation yet takes an import: what
 * a new database is created with (the built-in framework and the default
 * programme) is replaced by the file's, and nothing else can be lost.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/SAX2.h>
#include <string.h>

#include "grove-assessment-private.h"
#include "grove-framework.h"
#include "grove-org-xml-private.h"
#include "grove-store-private.h"

/* Tables a new database already fills; any other holding rows means the
 * database is in use. */
static const char * const seeded_tables[] = {
  "framework", "framework_scale_point", "framework_condition", "framework_statement",
  "framework_translation", "coaching_programme",
};

typedef struct {
  GroveStore        *store;
  const char        *name;
  xmlParserCtxtPtr   ctxt;
  GPtrArray         *tables;
  GHashTable        *by_name;      /* table name -> GroveOrgXmlTable */
  GHashTable        *inserts;      /* GroveOrgXmlTable -> sqlite3_stmt */
  GHashTable        *seen;         /* tables with rows in the file */
  char              *trigger_sql;  /* the tally trigger, set aside at the first rating */
  guint              depth;
  gboolean           root_closed;
  gboolean           cleared;      /* the rows a new database comes with are gone */
  GroveOrgXmlResult  result;
  GError            *error;
} Import;

static void
fail (Import     *import,
      int         code,
      const char *format,
      ...) G_GNUC_PRINTF (3, 4);

static void
fail (Import     *import,
      int         code,
      const char *format,
      ...)
{
  g_autofree char *message = NULL;
  va_list args;

  if (import->error != NULL)
    return;
  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  if (import->ctxt != NULL)
    {
      g_set_error (&import->error, GROVE_ORG_XML_ERROR, code, "%s:%d: %s", import->name,
                   xmlSAX2GetLineNumber (import->ctxt), message);
      xmlStopParser (import->ctxt);
    }
  else
    g_set_error (&import->error, GROVE_ORG_XML_ERROR, code, "%s: %s", import->name, message);
}

static void
on_doctype_cb (void          *ctx,
               const xmlChar *name,
               const xmlChar *external_id,
               const xmlChar *system_id)
{
  fail (ctx, GROVE_ORG_XML_ERROR_PARSE,
        _("a DOCTYPE declaration is not allowed in an organisation file (expected the <%s> element)"),
        GROVE_ORG_XML_ROOT);
}

static void
on_parse_error_cb (void        *ctx,
                   xmlErrorPtr  error)
{
  Import *import = ctx;
  g_autofree char *message = g_strdup (error->message != NULL ? error->message : "");

  if (error->level < XML_ERR_ERROR || import->error != NULL)
    return;
  g_set_error (&import->error, GROVE_ORG_XML_ERROR, GROVE_ORG_XML_ERROR_PARSE, "%s:%d: %s", import->name,
               error->line, g_strchomp (message));
  xmlStopParser (import->ctxt);
}

static sqlite3_stmt *
insert_for (Import           *import,
            GroveOrgXmlTable *table)
{
  sqlite3_stmt *stmt = g_hash_table_lookup (import->inserts, table);
  g_autoptr(GString) sql = NULL;
  int rc;

  if (stmt != NULL)
    return stmt;
  sql = g_string_new (NULL);
  g_string_append_printf (sql, "INSERT INTO \"%s\" (", table->name);
  for (guint c = 0; c < table->columns->len; c++)
    g_string_append_printf (sql, "%s\"%s\"", c > 0 ? ", " : "", (const char *) g_ptr_array_index (table->columns, c));
  g_string_append (sql, ") VALUES (");
  for (guint c = 0; c < table->columns->len; c++)
    g_string_append_printf (sql, "%s?%u", c > 0 ? ", " : "", c + 1);
  g_string_append (sql, ")");
  rc = sqlite3_prepare_v2 (_grove_store_get_handle (import->store), sql->str, -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      _grove_store_set_error (import->store, rc, _("importing"), &import->error);
      return NULL;
    }
  g_hash_table_insert (import->inserts, table, stmt);
  return stmt;
}

static gboolean
is_number (const char *text)
{
  char *end = NULL;

  if (text[0] == '\0' || g_ascii_isspace (text[0]))
    return FALSE;
  g_ascii_strtod (text, &end);
  return end != NULL && *end == '\0';
}

static void
check_root (Import         *import,
            const xmlChar  *localname,
            int             nb_attributes,
            const xmlChar **attributes)
{
  g_autofree char *schema = NULL;

  if (!g_str_equal ((const char *) localname, GROVE_ORG_XML_ROOT))
    {
      fail (import, GROVE_ORG_XML_ERROR_INVALID, _("expected the <%s> element, found <%s>"),
            GROVE_ORG_XML_ROOT, (const char *) localname);
      return;
    }
  for (int a = 0; a < nb_attributes; a++)
    if (g_str_equal ((const char *) attributes[a * 5], "schema"))
      schema = g_strndup ((const char *) attributes[a * 5 + 3], attributes[a * 5 + 4] - attributes[a * 5 + 3]);
  if (schema == NULL)
    fail (import, GROVE_ORG_XML_ERROR_INVALID, _("the <%s> element has no “schema” attribute"), GROVE_ORG_XML_ROOT);
  else if (atoi (schema) != grove_store_get_schema_version (import->store) || !is_number (schema))
    fail (import, GROVE_ORG_XML_ERROR_VERSION,
          _("the file holds data version %s, and this version of Grove reads data version %d: "
            "export it again from a Grove of the same version"),
          schema, grove_store_get_schema_version (import->store));
}

static gboolean
is_seeded (const char *table)
{
  for (guint s = 0; s < G_N_ELEMENTS (seeded_tables); s++)
    if (g_str_equal (table, seeded_tables[s]))
      return TRUE;
  return FALSE;
}

static gboolean
clear_tables (Import  *import,
              GError **error)
{
  sqlite3 *db = _grove_store_get_handle (import->store);
  int rc = sqlite3_exec (db, "PRAGMA defer_foreign_keys = ON", NULL, NULL, NULL);

  /* check_empty() found the others empty already. */
  for (guint i = import->tables->len; rc == SQLITE_OK && i > 0; i--)
    {
      GroveOrgXmlTable *table = g_ptr_array_index (import->tables, i - 1);
      g_autofree char *sql = NULL;

      if (!is_seeded (table->name))
        continue;
      sql = g_strdup_printf ("DELETE FROM \"%s\"", table->name);
      rc = sqlite3_exec (db, sql, NULL, NULL, NULL);
    }
  if (rc != SQLITE_OK)
    _grove_store_set_error (import->store, rc, _("importing"), error);
  return rc == SQLITE_OK;
}

static void
add_row (Import         *import,
         const xmlChar  *localname,
         int             nb_attributes,
         const xmlChar **attributes)
{
  GroveOrgXmlTable *table = g_hash_table_lookup (import->by_name, localname);
  sqlite3_stmt *stmt;
  int rc;

  if (table == NULL)
    {
      fail (import, GROVE_ORG_XML_ERROR_INVALID, _("<%s> is not a kind of row Grove keeps (expected one such as <person>)"),
            (const char *) localname);
      return;
    }
  /* The rows a new database comes with make way only for the file's first
   * row: a file refused before it has cost no writing. */
  if (!import->cleared)
    {
      if (!clear_tables (import, &import->error))
        {
          xmlStopParser (import->ctxt);
          return;
        }
      import->cleared = TRUE;
    }
  /* Ratings are counted once at the end, if the file has any. */
  if (import->trigger_sql == NULL && g_str_equal (table->name, "assessment_rating") &&
      !_grove_assessment_pause_tallies (import->store, &import->trigger_sql, &import->error))
    {
      xmlStopParser (import->ctxt);
      return;
    }
  if ((stmt = insert_for (import, table)) == NULL)
    return;
  sqlite3_clear_bindings (stmt);
  for (int a = 0; a < nb_attributes; a++)
    {
      const char *column = (const char *) attributes[a * 5];
      const char *value = (const char *) attributes[a * 5 + 3];
      int length = (int) (attributes[a * 5 + 4] - attributes[a * 5 + 3]);
      guint index = GPOINTER_TO_UINT (g_hash_table_lookup (table->by_name, column));

      if (index == 0 || attributes[a * 5 + 1] != NULL)
        {
          fail (import, GROVE_ORG_XML_ERROR_INVALID, _("<%s> has no “%s”"), table->name, column);
          return;
        }
      /* Bound as text, the column's type turns it into what the export
       * read; a number column must be given a number, though. */
      if (g_array_index (table->numeric, gboolean, index - 1))
        {
          g_autofree char *text = g_strndup (value, length);

          if (!is_number (text))
            {
              fail (import, GROVE_ORG_XML_ERROR_INVALID, _("the “%s” of <%s> must be a number, not “%s”"),
                    column, table->name, text);
              return;
            }
        }
      if (memchr (value, '&', length) != NULL)
        {
          g_autofree char *text = g_strndup (value, length);
          g_autoptr(GString) decoded = g_string_new (text);

          /* Without entity substitution libxml2 hands every "&" of a value
           * on as "&#38;" (its own later reparsing expects it), and only
           * that: a "&" seen here always came from one. */
          g_string_replace (decoded, "&#38;", "&", 0);
          sqlite3_bind_text (stmt, (int) index, decoded->str, (int) decoded->len, SQLITE_TRANSIENT);
        }
      else
        sqlite3_bind_text (stmt, (int) index, value, length, SQLITE_TRANSIENT);
    }
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      fail (import, GROVE_ORG_XML_ERROR_INVALID, _("this <%s> was refused: %s"), table->name,
            sqlite3_errmsg (_grove_store_get_handle (import->store)));
      return;
    }
  g_hash_table_add (import->seen, table);
  import->result.rows++;
}

static void
on_start_element_cb (void           *ctx,
                     const xmlChar  *localname,
                     const xmlChar  *prefix,
                     const xmlChar  *uri,
                     int             nb_namespaces,
                     const xmlChar **namespaces,
                     int             nb_attributes,
                     int             nb_defaulted,
                     const xmlChar **attributes)
{
  Import *import = ctx;

  if (import->error != NULL)
    return;
  if (import->depth == 0)
    check_root (import, localname, nb_attributes, attributes);
  else if (import->depth == 1)
    add_row (import, localname, nb_attributes, attributes);
  else
    fail (import, GROVE_ORG_XML_ERROR_INVALID, _("a row holds no elements, found <%s>"), (const char *) localname);
  import->depth++;
}

static void
on_end_element_cb (void          *ctx,
                   const xmlChar *localname,
                   const xmlChar *prefix,
                   const xmlChar *uri)
{
  Import *import = ctx;

  if (--import->depth == 0)
    import->root_closed = TRUE;
}

static void
on_characters_cb (void          *ctx,
                  const xmlChar *text,
                  int            length)
{
  Import *import = ctx;

  for (int i = 0; i < length; i++)
    if (!g_ascii_isspace (text[i]))
      {
        /* The parser has read on past the text: count back to its line. */
        int line = xmlSAX2GetLineNumber (import->ctxt);

        for (int j = i; j < length; j++)
          line -= text[j] == '\n';
        if (import->error == NULL)
          g_set_error (&import->error, GROVE_ORG_XML_ERROR, GROVE_ORG_XML_ERROR_INVALID, "%s:%d: %s", import->name,
                       line, _("text outside the rows; everything is held in attributes"));
        xmlStopParser (import->ctxt);
        return;
      }
}

static gboolean
check_empty (Import  *import,
             GError **error)
{
  g_autoptr(GString) sql = g_string_new ("SELECT name FROM (");
  sqlite3_stmt *stmt = NULL;
  gint64 frameworks;
  guint n = 0;
  int rc;

  /* One statement for every table: an import is refused before anything
   * is read, so this runs for every file offered. */
  for (guint i = 0; i < import->tables->len; i++)
    {
      GroveOrgXmlTable *table = g_ptr_array_index (import->tables, i);

      if (is_seeded (table->name))
        continue;
      g_string_append_printf (sql, "%sSELECT '%s' AS name WHERE EXISTS (SELECT 1 FROM \"%s\")",
                              n++ > 0 ? " UNION ALL " : "", table->name, table->name);
    }
  g_string_append (sql, ") LIMIT 1");
  if (n > 0)
    {
      if (sqlite3_prepare_v2 (_grove_store_get_handle (import->store), sql->str, -1, &stmt, NULL) != SQLITE_OK ||
          ((rc = sqlite3_step (stmt)) != SQLITE_ROW && rc != SQLITE_DONE))
        {
          sqlite3_finalize (stmt);
          _grove_store_set_error (import->store, SQLITE_ERROR, _("importing"), error);
          return FALSE;
        }
      if (rc == SQLITE_ROW)
        {
          g_set_error (error, GROVE_ORG_XML_ERROR, GROVE_ORG_XML_ERROR_NOT_EMPTY,
                       _("Nothing was imported: this database already holds data (%s). "
                         "Import into a new database file instead."), (const char *) sqlite3_column_text (stmt, 0));
          sqlite3_finalize (stmt);
          return FALSE;
        }
      sqlite3_finalize (stmt);
    }
  /* A framework of the user's own would be lost: only the built-in may go. */
  stmt = _grove_store_prepare (import->store, "SELECT count(*) FROM framework WHERE key <> ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, GROVE_FRAMEWORK_BUILTIN_KEY, -1, SQLITE_STATIC);
  frameworks = sqlite3_step (stmt) == SQLITE_ROW ? sqlite3_column_int64 (stmt, 0) : 0;
  sqlite3_reset (stmt);
  if (frameworks > 0)
    {
      g_set_error (error, GROVE_ORG_XML_ERROR, GROVE_ORG_XML_ERROR_NOT_EMPTY,
                   _("Nothing was imported: this database holds an imported framework. "
                     "Import into a new database file instead."));
      return FALSE;
    }
  return TRUE;
}

/* Names the first row whose reference leads nowhere, rather than a bare
 * "constraint failed" at the commit. */
static gboolean
check_references (Import  *import,
                  GError **error)
{
  sqlite3_stmt *stmt = NULL;
  gboolean ok = TRUE;

  if (sqlite3_prepare_v2 (_grove_store_get_handle (import->store), "PRAGMA foreign_key_check", -1, &stmt, NULL) != SQLITE_OK)
    return TRUE;
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_autofree char *row = g_strdup_printf ("%" G_GINT64_FORMAT, (gint64) sqlite3_column_int64 (stmt, 1));

      g_set_error (error, GROVE_ORG_XML_ERROR, GROVE_ORG_XML_ERROR_INVALID,
                   _("%s: a <%s> (row %s) refers to a <%s> that the file does not hold"),
                   import->name, (const char *) sqlite3_column_text (stmt, 0), row,
                   (const char *) sqlite3_column_text (stmt, 2));
      ok = FALSE;
    }
  sqlite3_finalize (stmt);
  return ok;
}

static gboolean
parse (Import        *import,
       GInputStream  *input,
       goffset        max_size,
       GError       **error)
{
  xmlSAXHandler sax = { 0 };
  g_autofree char *buffer = g_malloc (64 * 1024);
  goffset total = 0;
  gssize n = 0;

  sax.initialized = XML_SAX2_MAGIC;
  sax.startElementNs = on_start_element_cb;
  sax.endElementNs = on_end_element_cb;
  sax.characters = on_characters_cb;
  sax.internalSubset = on_doctype_cb;
  sax.externalSubset = on_doctype_cb;
  sax.serror = on_parse_error_cb;

  import->ctxt = xmlCreatePushParserCtxt (&sax, import, NULL, 0, import->name);
  if (import->ctxt == NULL)
    {
      g_set_error_literal (error, GROVE_ORG_XML_ERROR, GROVE_ORG_XML_ERROR_PARSE, _("out of memory"));
      return FALSE;
    }
  /* No XML_PARSE_NOENT (no substitution), no XML_PARSE_DTDLOAD, no
   * XML_PARSE_HUGE (libxml2's own limits stay on). */
  xmlCtxtUseOptions (import->ctxt, XML_PARSE_NONET | XML_PARSE_NOCDATA);
  while (import->error == NULL && (n = g_input_stream_read (input, buffer, 64 * 1024, NULL, error)) > 0)
    {
      total += n;
      if (total > max_size)
        {
          g_set_error (&import->error, GROVE_ORG_XML_ERROR, GROVE_ORG_XML_ERROR_PARSE,
                       _("%s: the file is larger than %u MiB, more than any organisation needs"),
                       import->name, (guint) (max_size / (1024 * 1024)));
          break;
        }
      xmlParseChunk (import->ctxt, buffer, (int) n, 0);
    }
  if (n < 0)
    {
      g_prefix_error (error, "%s: ", import->name);
      goto fail;
    }
  if (total == 0)
    fail (import, GROVE_ORG_XML_ERROR_PARSE, _("the file is empty (expected the <%s> element)"), GROVE_ORG_XML_ROOT);
  if (import->error == NULL)
    xmlParseChunk (import->ctxt, NULL, 0, 1);
  if (import->error == NULL && (!import->ctxt->wellFormed || !import->root_closed))
    fail (import, GROVE_ORG_XML_ERROR_PARSE, _("not well-formed XML (expected the whole <%s> element)"),
          GROVE_ORG_XML_ROOT);
  if (import->error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&import->error));
      goto fail;
    }
  xmlFreeParserCtxt (g_steal_pointer (&import->ctxt));
  return TRUE;

fail:
  xmlFreeParserCtxt (g_steal_pointer (&import->ctxt));
  return FALSE;
}

/**
 * grove_org_xml_import:
 * @input: the XML, as grove_org_xml_export() writes it
 * @display_name: the file's name for messages
 * @max_size: the most bytes to read, or 0 for the default
 * @result: (out) (optional): what was imported
 *
 * Fills a database that holds no organisation yet with everything in the
 * file, or, on any problem, leaves it as it was.
 *
 * Returns: FALSE with @error set when nothing was imported
 */
gboolean
grove_org_xml_import (GroveStore         *store,
                      GInputStream       *input,
                      const char         *display_name,
                      goffset             max_size,
                      GroveOrgXmlResult  *result,
                      GError            **error)
{
  Import import = { .store = store, .name = display_name };
  gboolean ok = FALSE;

  g_return_val_if_fail (GROVE_IS_STORE (store), FALSE);
  g_return_val_if_fail (G_IS_INPUT_STREAM (input), FALSE);
  g_return_val_if_fail (display_name != NULL, FALSE);

  if (!_grove_store_begin (store, error))
    return FALSE;
  if ((import.tables = _grove_org_xml_list_tables (store, error)) == NULL)
    goto out;
  import.by_name = g_hash_table_new (g_str_hash, g_str_equal);
  import.inserts = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) sqlite3_finalize);
  import.seen = g_hash_table_new (NULL, NULL);
  for (guint i = 0; i < import.tables->len; i++)
    {
      GroveOrgXmlTable *table = g_ptr_array_index (import.tables, i);

      g_hash_table_insert (import.by_name, table->name, table);
    }
  ok = check_empty (&import, error) &&
       parse (&import, input, max_size > 0 ? max_size : GROVE_ORG_XML_DEFAULT_MAX_SIZE, error) &&
       check_references (&import, error);
  /* Finalized before the tallies and the commit, which a statement still
   * running would block. */
  g_clear_pointer (&import.inserts, g_hash_table_unref);
  ok = ok && (import.trigger_sql == NULL || _grove_assessment_resume_tallies (store, import.trigger_sql, error));
  ok = ok && _grove_store_commit (store, error);
  if (ok && result != NULL)
    {
      import.result.tables = g_hash_table_size (import.seen);
      *result = import.result;
    }

out:
  if (!ok)
    _grove_store_rollback (store);
  g_clear_pointer (&import.inserts, g_hash_table_unref);
  g_clear_pointer (&import.seen, g_hash_table_unref);
  g_clear_pointer (&import.by_name, g_hash_table_unref);
  g_clear_pointer (&import.tables, g_ptr_array_unref);
  g_clear_pointer (&import.trigger_sql, g_free);
  return ok;
}

/**
 * grove_org_xml_import_file:
 *
 * As grove_org_xml_import(), from the file at @path.
 */
gboolean
grove_org_xml_import_file (GroveStore         *store,
                           const char         *path,
                           GroveOrgXmlResult  *result,
                           GError            **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileInputStream) input = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (GROVE_IS_STORE (store), FALSE);

  if ((input = g_file_read (file, NULL, &local_error)) == NULL)
    {
      g_set_error (error, GROVE_ORG_XML_ERROR, GROVE_ORG_XML_ERROR_IO, _("Cannot read “%s”: %s"), path,
                   local_error->message);
      return FALSE;
    }
  return grove_org_xml_import (store, G_INPUT_STREAM (input), path, 0, result, error);
}
