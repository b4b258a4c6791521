/* grove-import-csv.c: a strict, bounded reader for CSV files (RFC 4180)
 *
 * Files come from spreadsheets and survey tools, and sometimes from
 * somewhere worse, so the reader trusts nothing: the file and each field
 * have a size limit, every field must be UTF-8 with no NUL byte, and quotes
 * must pair up. Each problem is reported with the line and the field
 * (counted from 1) where it is, so that it can be found in a spreadsheet.
 *
 * What is accepted: fields separated by commas; records ended by CRLF, LF
 * or a lone CR; a field in double quotes may hold commas, line breaks and
 * doubled quotes (""), as RFC 4180 says. A UTF-8 byte order mark at the
 * start (Excel writes one) is skipped, and so are empty lines.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "grove-import-csv.h"

struct _GroveCsvReader
{
  GBytes         *data;
  const char     *text;
  gsize           length;
  gsize           pos;
  guint           line;  /* of `pos`, from 1 */
  char           *name;  /* for messages */
  GroveCsvLimits  limits;
};

G_DEFINE_QUARK (grove-csv-error-quark, grove_csv_error)

void
grove_csv_set_error (GError     **error,
                     gint         code,
                     const char  *name,
                     guint        line,
                     guint        column,
                     const char  *format,
                     ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  if (column > 0)
    g_set_error (error, GROVE_CSV_ERROR, code, "%s:%u:%u: %s", name, line, column, message);
  else
    g_set_error (error, GROVE_CSV_ERROR, code, "%s:%u: %s", name, line, message);
}

static void
set_limits (GroveCsvReader       *self,
            const GroveCsvLimits *limits)
{
  self->limits.max_file_size = limits != NULL && limits->max_file_size > 0
                                 ? limits->max_file_size : GROVE_CSV_DEFAULT_MAX_FILE_SIZE;
  self->limits.max_field_length = limits != NULL && limits->max_field_length > 0
                                    ? limits->max_field_length : GROVE_CSV_DEFAULT_MAX_FIELD_LENGTH;
}

/**
 * grove_csv_reader_new_for_bytes:
 * @display_name: the name to put in messages, usually the file's base name
 * @limits: (nullable): limits, %NULL (or 0 in a field) for the defaults
 *
 * Returns: (transfer full): a reader, or %NULL with @error set when @data is
 *   larger than the limit
 */
GroveCsvReader *
grove_csv_reader_new_for_bytes (GBytes                *data,
                                const char            *display_name,
                                const GroveCsvLimits  *limits,
                                GError               **error)
{
  GroveCsvReader *self = g_new0 (GroveCsvReader, 1);

  g_return_val_if_fail (data != NULL && display_name != NULL, NULL);

  set_limits (self, limits);
  self->name = g_strdup (display_name);
  if (g_bytes_get_size (data) > self->limits.max_file_size)
    {
      g_autofree char *limit = g_strdup_printf ("%" G_GSIZE_FORMAT, self->limits.max_file_size);

      g_set_error (error, GROVE_CSV_ERROR, GROVE_CSV_ERROR_TOO_LARGE,
                   _("%s is larger than the %s bytes a CSV file may have here."), display_name, limit);
      grove_csv_reader_free (self);
      return NULL;
    }
  self->data = g_bytes_ref (data);
  self->text = g_bytes_get_data (data, &self->length);
  self->line = 1;
  if (self->length >= 3 && memcmp (self->text, "\xef\xbb\xbf", 3) == 0)
    self->pos = 3;
  return self;
}

/**
 * grove_csv_reader_new_for_file:
 *
 * Checks the size before reading, so that a huge file is refused without
 * being loaded.
 *
 * Returns: (transfer full): a reader, or %NULL with @error set
 */
GroveCsvReader *
grove_csv_reader_new_for_file (const char            *path,
                               const GroveCsvLimits  *limits,
                               GError               **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GBytes) data = NULL;
  g_autoptr(GError) local = NULL;
  g_autofree char *name = g_filename_display_basename (path);
  GroveCsvReader probe = { 0 };

  set_limits (&probe, limits);
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE "," G_FILE_ATTRIBUTE_STANDARD_TYPE,
                            G_FILE_QUERY_INFO_NONE, NULL, &local);
  if (info != NULL && g_file_info_get_file_type (info) == G_FILE_TYPE_REGULAR &&
      (guint64) g_file_info_get_size (info) > probe.limits.max_file_size)
    {
      g_autofree char *limit = g_strdup_printf ("%" G_GSIZE_FORMAT, probe.limits.max_file_size);

      g_set_error (error, GROVE_CSV_ERROR, GROVE_CSV_ERROR_TOO_LARGE,
                   _("%s is larger than the %s bytes a CSV file may have here."), name, limit);
      return NULL;
    }
  if (info == NULL || (data = g_file_load_bytes (file, NULL, NULL, &local)) == NULL)
    {
      g_set_error (error, GROVE_CSV_ERROR, GROVE_CSV_ERROR_IO, _("Cannot read %s: %s"), name, local->message);
      return NULL;
    }
  return grove_csv_reader_new_for_bytes (data, name, limits, error);
}

void
grove_csv_reader_free (GroveCsvReader *self)
{
  if (self == NULL)
    return;
  g_clear_pointer (&self->data, g_bytes_unref);
  g_free (self->name);
  g_free (self);
}

const char *
grove_csv_reader_get_name (GroveCsvReader *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->name;
}

void
grove_csv_record_free (GroveCsvRecord *record)
{
  if (record == NULL)
    return;
  g_ptr_array_unref (record->fields);
  g_array_unref (record->lines);
  g_free (record);
}

/**
 * grove_csv_record_get:
 * @column: from 0
 *
 * Returns: (nullable): the field, or %NULL past the end of the record
 */
const char *
grove_csv_record_get (const GroveCsvRecord *record,
                      guint                 column)
{
  g_return_val_if_fail (record != NULL, NULL);

  return column < record->fields->len ? g_ptr_array_index (record->fields, column) : NULL;
}

/* Consumes a line break at pos, if there is one. */
static gboolean
eat_line_break (GroveCsvReader *self)
{
  if (self->pos >= self->length)
    return FALSE;
  if (self->text[self->pos] == '\r')
    {
      self->pos++;
      if (self->pos < self->length && self->text[self->pos] == '\n')
        self->pos++;
    }
  else if (self->text[self->pos] == '\n')
    self->pos++;
  else
    return FALSE;
  self->line++;
  return TRUE;
}

static gboolean
check_field (GroveCsvReader  *self,
             GString         *field,
             guint            line,
             guint            column,
             GError         **error)
{
  const char *end = NULL;

  if (memchr (field->str, '\0', field->len) != NULL)
    {
      grove_csv_set_error (error, GROVE_CSV_ERROR_ENCODING, self->name, line, column,
                           _("a NUL byte; this is not a text file"));
      return FALSE;
    }
  if (!g_utf8_validate_len (field->str, field->len, &end))
    {
      grove_csv_set_error (error, GROVE_CSV_ERROR_ENCODING, self->name, line, column,
                           _("not valid UTF-8 at character %ld of the field; save the file as “CSV UTF-8”"),
                           g_utf8_strlen (field->str, end - field->str) + 1);
      return FALSE;
    }
  return TRUE;
}

static gboolean
append_byte (GroveCsvReader  *self,
             GString         *field,
             char             c,
             guint            line,
             guint            column,
             GError         **error)
{
  if (field->len >= self->limits.max_field_length)
    {
      g_autofree char *limit = g_strdup_printf ("%" G_GSIZE_FORMAT, self->limits.max_field_length);

      grove_csv_set_error (error, GROVE_CSV_ERROR_TOO_LARGE, self->name, line, column,
                           _("the field is longer than %s bytes"), limit);
      return FALSE;
    }
  g_string_append_c (field, c);
  return TRUE;
}

static gboolean
read_quoted (GroveCsvReader  *self,
             GString         *field,
             guint            line,
             guint            column,
             GError         **error)
{
  self->pos++; /* the opening quote */
  for (;;)
    {
      char c;

      if (self->pos >= self->length)
        {
          grove_csv_set_error (error, GROVE_CSV_ERROR_SYNTAX, self->name, line, column,
                               _("the quote that opens this field is never closed"));
          return FALSE;
        }
      c = self->text[self->pos];
      if (c == '"')
        {
          if (self->pos + 1 < self->length && self->text[self->pos + 1] == '"')
            self->pos += 2;
          else
            {
              self->pos++;
              return TRUE;
            }
        }
      else if (c == '\r' || c == '\n')
        {
          /* Kept as written, but counted, so later messages name the right line. */
          if (c == '\n' || self->pos + 1 >= self->length || self->text[self->pos + 1] != '\n')
            self->line++;
          self->pos++;
        }
      else
        self->pos++;
      if (!append_byte (self, field, c, line, column, error))
        return FALSE;
    }
}

static gboolean
read_plain (GroveCsvReader  *self,
            GString         *field,
            guint            line,
            guint            column,
            GError         **error)
{
  while (self->pos < self->length)
    {
      char c = self->text[self->pos];

      if (c == ',' || c == '\r' || c == '\n')
        return TRUE;
      if (c == '"')
        {
          grove_csv_set_error (error, GROVE_CSV_ERROR_SYNTAX, self->name, line, column,
                               _("a quote inside a field that does not start with one; "
                                 "put the whole field in quotes and double the quote"));
          return FALSE;
        }
      if (!append_byte (self, field, c, line, column, error))
        return FALSE;
      self->pos++;
    }
  return TRUE;
}

static gboolean
read_field (GroveCsvReader  *self,
            GroveCsvRecord  *record,
            GError         **error)
{
  g_autoptr(GString) field = g_string_new (NULL);
  guint line = self->line;
  guint column = record->fields->len + 1;

  if (self->pos < self->length && self->text[self->pos] == '"')
    {
      if (!read_quoted (self, field, line, column, error))
        return FALSE;
      if (self->pos < self->length && self->text[self->pos] != ',' &&
          self->text[self->pos] != '\r' && self->text[self->pos] != '\n')
        {
          grove_csv_set_error (error, GROVE_CSV_ERROR_SYNTAX, self->name, line, column,
                               _("expected a comma or the end of the line after the closing quote"));
          return FALSE;
        }
    }
  else if (!read_plain (self, field, line, column, error))
    return FALSE;

  if (!check_field (self, field, line, column, error))
    return FALSE;
  g_ptr_array_add (record->fields, g_string_free (g_steal_pointer (&field), FALSE));
  g_array_append_val (record->lines, line);
  return TRUE;
}

/**
 * grove_csv_reader_next:
 * @record: (out) (transfer full) (nullable): the next record, or %NULL at
 *   the end of the file
 *
 * Returns: FALSE with @error set when the file is not acceptable CSV
 */
gboolean
grove_csv_reader_next (GroveCsvReader  *self,
                       GroveCsvRecord **record,
                       GError         **error)
{
  g_autoptr(GroveCsvRecord) next = NULL;

  g_return_val_if_fail (self != NULL && record != NULL, FALSE);

  *record = NULL;
  while (eat_line_break (self))
    ; /* empty lines */
  if (self->pos >= self->length)
    return TRUE;

  next = g_new0 (GroveCsvRecord, 1);
  next->line = self->line;
  next->fields = g_ptr_array_new_with_free_func (g_free);
  next->lines = g_array_new (FALSE, FALSE, sizeof (guint));
  for (;;)
    {
      if (!read_field (self, next, error))
        return FALSE;
      if (self->pos < self->length && self->text[self->pos] == ',')
        {
          self->pos++;
          continue;
        }
      eat_line_break (self);
      break;
    }
  *record = g_steal_pointer (&next);
  return TRUE;
}

void
grove_csv_append_field (GString    *out,
                        const char *text)
{
  g_return_if_fail (out != NULL);

  if (text == NULL)
    return;
  if (strpbrk (text, ",\"\r\n") == NULL)
    {
      g_string_append (out, text);
      return;
    }
  g_string_append_c (out, '"');
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}
