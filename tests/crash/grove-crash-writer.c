/* grove-crash-writer.c: makes random writes through the core API until it
 * is killed, reporting each one on standard output once it is committed
 *
 * grove-crash-writer DATABASE RUN SEED
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "grove-crash-writes.h"

/* One write() per line, so that a kill never leaves a report half-sent.
 * "ready" first, once the database is open. */
static void
report (GString *line)
{
  g_string_append_c (line, '\n');
  if (write (STDOUT_FILENO, line->str, line->len) != (ssize_t) line->len)
    exit (2);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GroveCrashWriter) writer = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) ready = g_string_new ("ready");
  const GroveCrashWrite *writes;
  guint n_writes;

  if (argc != 4)
    {
      fprintf (stderr, "usage: grove-crash-writer DATABASE RUN SEED\n");
      return 2;
    }

  writer = grove_crash_writer_new (argv[1], atoi (argv[2]), strtoul (argv[3], NULL, 10), &error);
  if (writer == NULL)
    g_error ("%s", error->message);
  writes = grove_crash_writes (&n_writes);
  report (ready);

  for (;;)
    {
      const GroveCrashWrite *w = &writes[g_rand_int_range (writer->rand, 0, n_writes)];
      g_autoptr(GString) line = g_string_new (w->kind);

      g_string_append_c (line, '\t');
      writer->serial++;
      if (!w->write (writer, line, &error))
        g_error ("%s: %s", w->kind, error->message);
      report (line);
    }
}
