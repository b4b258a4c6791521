/* grove-org-xml.c: everything in a database as one XML file
 *
 * The file is a plain image of the data, one element per row, named after
 * its table, with one attribute per column that is not NULL:
 *
 *   <grove-organisation schema="7">
 *     <org_unit id="1" kind="0" name="Department for Learning and Skills"/>
 *     <person id="1" name="Lucy Bell" email="lucy.bell@…" unit_id="5" …/>
 *     …
 *   </grove-organisation>
 *
 * Being driven by the schema itself, it holds every entity there is, and a
 * table added by a later data version is in the file without more code.
 * The tallies the triggers keep are left out: importing the ratings makes
 * them again. Numbers are written so that they read back to the same bits,
 * and tabs and line breaks as character references, so that the round
 * trip is exact.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "grove-org-xml-private.h"
#include "grove-private-file.h"
#include "grove-store-private.h"

G_DEFINE_QUARK (grove-org-xml-error-quark, grove_org_xml_error)

/* Kept by triggers from the rows of other tables. */
static const char * const derived_tables[] = { "assessment_tally" };

void
_grove_org_xml_table_free (GroveOrgXmlTable *table)
{
  g_free (table->name);
  g_ptr_array_unref (table->columns);
  g_array_unref (table->numeric);
  g_hash_table_unref (table->by_name);
  g_free (table->order_by);
  g_free (table);
}

static gboolean
is_derived (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (derived_tables); i++)
    if (g_str_equal (name, derived_tables[i]))
      return TRUE;
  return FALSE;
}

static gboolean
read_columns (GroveStore        *store,
              GroveOrgXmlTable  *table,
              GError           **error)
{
  g_autoptr(GString) order_by = g_string_new (NULL);
  g_autoptr(GArray) key = g_array_new (FALSE, TRUE, sizeof (int));
  sqlite3_stmt *stmt;
  int rc;

  stmt = _grove_store_prepare (store, "SELECT name, upper (type), pk FROM pragma_table_info (?1) ORDER BY cid", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, table->name, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *type = (const char *) sqlite3_column_text (stmt, 1);
      gboolean numeric = type != NULL && (strstr (type, "INT") != NULL || g_str_equal (type, "REAL"));
      int pk = sqlite3_column_int (stmt, 2);
      guint index = table->columns->len;

      g_ptr_array_add (table->columns, _grove_store_dup_text (stmt, 0));
      g_array_append_val (table->numeric, numeric);
      g_hash_table_insert (table->by_name, g_ptr_array_index (table->columns, index), GUINT_TO_POINTER (index + 1));
      if (pk > 0)
        {
          if ((guint) pk > key->len)
            g_array_set_size (key, pk);
          g_array_index (key, int, pk - 1) = (int) index;
        }
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _grove_store_set_error (store, rc, _("reading the tables"), error);
      return FALSE;
    }
  for (guint i = 0; i < key->len; i++)
    g_string_append_printf (order_by, "%s\"%s\"", i > 0 ? ", " : "",
                            (const char *) g_ptr_array_index (table->columns, g_array_index (key, int, i)));
  table->order_by = g_strdup (order_by->len > 0 ? order_by->str : "rowid");
  return TRUE;
}

/* The tables of a store, until its schema changes. */
typedef struct {
  int        cookie;
  GPtrArray *tables;
} TablesCache;

static void
tables_cache_free (TablesCache *cache)
{
  g_ptr_array_unref (cache->tables);
  g_free (cache);
}

static GPtrArray *
read_tables (GroveStore  *store,
             GError     **error)
{
  g_autoptr(GPtrArray) tables = g_ptr_array_new_with_free_func ((GDestroyNotify) _grove_org_xml_table_free);
  sqlite3_stmt *stmt;
  int rc;

  stmt = _grove_store_prepare (store,
                               "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' "
                               "ORDER BY rowid",
                               error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      GroveOrgXmlTable *table;

      if (is_derived ((const char *) sqlite3_column_text (stmt, 0)))
        continue;
      table = g_new0 (GroveOrgXmlTable, 1);
      table->name = _grove_store_dup_text (stmt, 0);
      table->columns = g_ptr_array_new_with_free_func (g_free);
      table->numeric = g_array_new (FALSE, FALSE, sizeof (gboolean));
      table->by_name = g_hash_table_new (g_str_hash, g_str_equal);
      g_ptr_array_add (tables, table);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _grove_store_set_error (store, rc, _("reading the tables"), error);
      return NULL;
    }
  for (guint i = 0; i < tables->len; i++)
    if (!read_columns (store, g_ptr_array_index (tables, i), error))
      return NULL;
  return g_steal_pointer (&tables);
}

/* Kept with the store: reading every table's columns costs more than
 * refusing most files does. SQLite's schema cookie changes with any change
 * of the tables, by this connection or another. */
GPtrArray *
_grove_org_xml_list_tables (GroveStore  *store,
                            GError     **error)
{
  static GQuark quark;
  TablesCache *cache;
  sqlite3_stmt *stmt;
  GPtrArray *tables;
  int cookie;

  if (G_UNLIKELY (quark == 0))
    quark = g_quark_from_static_string ("grove-org-xml-tables");
  stmt = _grove_store_prepare (store, "PRAGMA schema_version", error);
  if (stmt == NULL)
    return NULL;
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      _grove_store_set_error (store, sqlite3_errcode (_grove_store_get_handle (store)), _("reading the tables"), error);
      sqlite3_reset (stmt);
      return NULL;
    }
  cookie = sqlite3_column_int (stmt, 0);
  sqlite3_reset (stmt);

  cache = g_object_get_qdata (G_OBJECT (store), quark);
  if (cache != NULL && cache->cookie == cookie)
    return g_ptr_array_ref (cache->tables);
  if ((tables = read_tables (store, error)) == NULL)
    return NULL;
  cache = g_new0 (TablesCache, 1);
  cache->cookie = cookie;
  cache->tables = g_ptr_array_ref (tables);
  g_object_set_qdata_full (G_OBJECT (store), quark, cache, (GDestroyNotify) tables_cache_free);
  return tables;
}

/* Export */

/* Rows go out in pieces, so that a large database is never in memory
 * whole; to a stream, or to a private file that reports its own errors
 * when committed. */
typedef struct {
  GOutputStream    *output;
  GrovePrivateFile *file;
  GString          *buffer;
  GError           *error;
} Writer;

static void
flush (Writer  *writer,
       gboolean force)
{
  if (!force && writer->buffer->len < 64 * 1024)
    return;
  if (writer->file != NULL)
    grove_private_file_write (writer->file, writer->buffer->str, writer->buffer->len);
  else if (writer->error == NULL)
    g_output_stream_write_all (writer->output, writer->buffer->str, writer->buffer->len, NULL, NULL,
                               &writer->error);
  g_string_truncate (writer->buffer, 0);
}

/* XML cannot hold the other control characters at all, and a parser turns
 * a literal tab or line break in an attribute into a space. */
static gboolean
append_escaped (GString    *out,
                const char *text,
                GError    **error)
{
  if (!g_utf8_validate (text, -1, NULL))
    {
      g_set_error (error, GROVE_ORG_XML_ERROR, GROVE_ORG_XML_ERROR_INVALID,
                   _("A text in the database is not valid UTF-8, which XML cannot hold."));
      return FALSE;
    }
  for (const char *p = text; *p != '\0'; p++)
    switch (*p)
      {
      case '&': g_string_append (out, "&amp;"); break;
      case '<': g_string_append (out, "&lt;"); break;
      case '>': g_string_append (out, "&gt;"); break;
      case '"': g_string_append (out, "&quot;"); break;
      case '\t': g_string_append (out, "&#9;"); break;
      case '\n': g_string_append (out, "&#10;"); break;
      case '\r': g_string_append (out, "&#13;"); break;
      default:
        if ((guchar) *p < 0x20)
          {
            g_set_error (error, GROVE_ORG_XML_ERROR, GROVE_ORG_XML_ERROR_INVALID,
                         _("A text in the database holds the control character %u, which XML cannot hold."),
                         (guint) (guchar) *p);
            return FALSE;
          }
        g_string_append_c (out, *p);
      }
  return TRUE;
}

static gboolean
export_table (GroveStore        *store,
              GroveOrgXmlTable  *table,
              Writer            *writer,
              GError           **error)
{
  g_autofree char *sql = g_strdup_printf ("SELECT * FROM \"%s\" ORDER BY %s", table->name, table->order_by);
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (_grove_store_get_handle (store), sql, -1, &stmt, NULL);

  if (rc != SQLITE_OK)
    {
      _grove_store_set_error (store, rc, _("reading the tables"), error);
      return FALSE;
    }
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_string_append_printf (writer->buffer, "  <%s", table->name);
      for (int c = 0; c < sqlite3_column_count (stmt); c++)
        {
          char number[G_ASCII_DTOSTR_BUF_SIZE];

          switch (sqlite3_column_type (stmt, c))
            {
            case SQLITE_NULL:
              continue;
            case SQLITE_INTEGER:
              g_string_append_printf (writer->buffer, " %s=\"%" G_GINT64_FORMAT "\"", sqlite3_column_name (stmt, c),
                                      (gint64) sqlite3_column_int64 (stmt, c));
              break;
            case SQLITE_FLOAT:
              /* Seventeen digits read back to the same double. */
              g_ascii_formatd (number, sizeof number, "%.17g", sqlite3_column_double (stmt, c));
              g_string_append_printf (writer->buffer, " %s=\"%s\"", sqlite3_column_name (stmt, c), number);
              break;
            case SQLITE_TEXT:
              g_string_append_printf (writer->buffer, " %s=\"", sqlite3_column_name (stmt, c));
              if (!append_escaped (writer->buffer, (const char *) sqlite3_column_text (stmt, c), error))
                {
                  g_autofree char *row = g_strdup_printf ("%" G_GINT64_FORMAT, (gint64) sqlite3_column_int64 (stmt, 0));

                  g_prefix_error (error, _("Nothing was exported: %s, row %s: "), table->name, row);
                  sqlite3_finalize (stmt);
                  return FALSE;
                }
              g_string_append_c (writer->buffer, '"');
              break;
            default:
              g_set_error (error, GROVE_ORG_XML_ERROR, GROVE_ORG_XML_ERROR_INVALID,
                           _("Nothing was exported: %s holds binary data, which Grove never writes."), table->name);
              sqlite3_finalize (stmt);
              return FALSE;
            }
        }
      g_string_append (writer->buffer, "/>\n");
      flush (writer, FALSE);
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      _grove_store_set_error (store, rc, _("reading the tables"), error);
      return FALSE;
    }
  return TRUE;
}

static gboolean
export_all (GroveStore  *store,
            Writer      *writer,
            GError     **error)
{
  g_autoptr(GPtrArray) tables = NULL;
  gboolean ok = FALSE;

  if (!_grove_store_begin (store, error))
    return FALSE;
  if ((tables = _grove_org_xml_list_tables (store, error)) == NULL)
    goto out;
  g_string_append_printf (writer->buffer, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                          "<" GROVE_ORG_XML_ROOT " schema=\"%d\" generator=\"Grove %s\">\n",
                          grove_store_get_schema_version (store), PACKAGE_VERSION);
  for (guint i = 0; i < tables->len; i++)
    if (!export_table (store, g_ptr_array_index (tables, i), writer, error))
      goto out;
  g_string_append (writer->buffer, "</" GROVE_ORG_XML_ROOT ">\n");
  flush (writer, TRUE);
  if (writer->error != NULL)
    {
      g_set_error (error, GROVE_ORG_XML_ERROR, GROVE_ORG_XML_ERROR_IO, _("Could not write the export: %s"),
                   writer->error->message);
      goto out;
    }
  ok = TRUE;

out:
  /* Only read, in one transaction so that the file is consistent even
   * while another program writes: nothing to keep. */
  _grove_store_rollback (store);
  return ok;
}

/**
 * grove_org_xml_export:
 * @output: where the XML goes; not closed
 *
 * Writes everything in the database.
 *
 * Returns: FALSE with @error set when the export is incomplete
 */
gboolean
grove_org_xml_export (GroveStore     *store,
                      GOutputStream  *output,
                      GError        **error)
{
  Writer writer = { .output = output, .buffer = g_string_new (NULL) };
  gboolean ok;

  g_return_val_if_fail (GROVE_IS_STORE (store), FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (output), FALSE);

  ok = export_all (store, &writer, error);
  g_clear_error (&writer.error);
  g_string_free (writer.buffer, TRUE);
  return ok;
}

/**
 * grove_org_xml_export_file:
 * @path: the file to write; readable by its owner alone, and replaced only
 *   once complete
 */
gboolean
grove_org_xml_export_file (GroveStore  *store,
                           const char  *path,
                           GError     **error)
{
  g_autoptr(GrovePrivateFile) file = NULL;
  Writer writer = { .buffer = g_string_new (NULL) };
  gboolean ok;

  g_return_val_if_fail (GROVE_IS_STORE (store), FALSE);

  if ((file = grove_private_file_create (path, error)) == NULL)
    ok = FALSE;
  else
    {
      writer.file = file;
      ok = export_all (store, &writer, error) && grove_private_file_commit (file, error);
    }
  g_string_free (writer.buffer, TRUE);
  return ok;
}
