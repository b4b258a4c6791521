/* fuzz-framework.c: libFuzzer target for the framework XML loader
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <libxml/parser.h>

#include "grove-framework.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(GroveFramework) framework = grove_framework_load_bytes (bytes, "fuzz.xml", &error);

  /* Exactly one of a framework and an error, and the error has a message. */
  g_assert_true ((framework == NULL) != (error == NULL));
  g_assert_true (error == NULL || error->message[0] != '\0');
  return 0;
}
