/* grove-import-csv.h: a strict, bounded reader for CSV files (RFC 4180)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define GROVE_CSV_ERROR (grove_csv_error_quark ())

typedef enum {
  GROVE_CSV_ERROR_IO,        /* the file could not be read */
  GROVE_CSV_ERROR_TOO_LARGE, /* the file, or one field, is larger than the limit */
  GROVE_CSV_ERROR_ENCODING,  /* not UTF-8, or a NUL byte */
  GROVE_CSV_ERROR_SYNTAX,    /* quotes that do not pair up */
  GROVE_CSV_ERROR_INVALID,   /* well-formed, but the contents are not what the importer expects */
} GroveCsvError;

/* Far beyond any survey export (10,000 respondents fill about 1 MiB), and
 * small enough to read a file whole without a second thought. */
#define GROVE_CSV_DEFAULT_MAX_FILE_SIZE    (64 * 1024 * 1024)
/* An evidence note of several paragraphs fits; a runaway quote does not. */
#define GROVE_CSV_DEFAULT_MAX_FIELD_LENGTH (16 * 1024)

typedef struct {
  gsize max_file_size;    /* bytes */
  gsize max_field_length; /* bytes, after unquoting */
} GroveCsvLimits;

typedef struct {
  guint      line;   /* the line the record starts on, from 1 */
  GPtrArray *fields; /* (element-type utf8): the unquoted fields */
  GArray    *lines;  /* (element-type guint): the line each field starts on */
} GroveCsvRecord;

typedef struct _GroveCsvReader GroveCsvReader;

GQuark          grove_csv_error_quark          (void);

GroveCsvReader *grove_csv_reader_new_for_file  (const char            *path,
                                                const GroveCsvLimits  *limits,
                                                GError               **error);
GroveCsvReader *grove_csv_reader_new_for_bytes (GBytes                *data,
                                                const char            *display_name,
                                                const GroveCsvLimits  *limits,
                                                GError               **error);
void            grove_csv_reader_free          (GroveCsvReader        *self);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GroveCsvReader, grove_csv_reader_free)

const char     *grove_csv_reader_get_name      (GroveCsvReader        *self);
gboolean        grove_csv_reader_next          (GroveCsvReader        *self,
                                                GroveCsvRecord       **record,
                                                GError               **error);

void            grove_csv_record_free          (GroveCsvRecord        *record);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GroveCsvRecord, grove_csv_record_free)

const char     *grove_csv_record_get           (const GroveCsvRecord  *record,
                                                guint                  column);

/* Sets `error` (GROVE_CSV_ERROR_INVALID) to "name:line:column: message",
 * the form compilers use, so that editors can jump to the place. `column`
 * counts fields from 1; 0 leaves it out. */
void            grove_csv_set_error            (GError               **error,
                                                gint                   code,
                                                const char            *name,
                                                guint                  line,
                                                guint                  column,
                                                const char            *format,
                                                ...) G_GNUC_PRINTF (6, 7);

/* Writing: appends @text as one RFC 4180 field, quoted where it holds a
 * comma, a quote or a line break; NULL appends nothing (an empty field). */
void            grove_csv_append_field         (GString               *out,
                                                const char            *text);

G_END_DECLS
