/* fuzz-csv.c: libFuzzer target for the CSV reader under every importer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "grove-import-csv.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  /* Small limits, so that the limits themselves are reached. */
  const GroveCsvLimits limits = { 64 * 1024, 512 };
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(GroveCsvReader) reader = grove_csv_reader_new_for_bytes (bytes, "fuzz.csv", &limits, &error);
  GroveCsvRecord *record = NULL;

  if (reader == NULL)
    return 0;
  while (grove_csv_reader_next (reader, &record, &error) && record != NULL)
    {
      /* Every field is valid UTF-8 within the limit. */
      for (guint i = 0; i < record->fields->len; i++)
        {
          const char *field = grove_csv_record_get (record, i);

          g_assert_true (g_utf8_validate (field, -1, NULL));
          g_assert_cmpuint (strlen (field), <=, limits.max_field_length);
        }
      g_clear_pointer (&record, grove_csv_record_free);
    }
  return 0;
}
