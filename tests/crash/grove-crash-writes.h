/* grove-crash-writes.h: the writes the crash test makes, and how each is
 * found again
 *
 * A write is one call of the core API, one transaction. The writer reports
 * each write after the call returns, as one line: the kind, then fields
 * separated by tabs. After the writer is killed, the test hands every line
 * it received back to the kind's check. To cover a new part of the core,
 * add a kind to the table in grove-crash-writes.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "grove-store.h"

G_BEGIN_DECLS

/* What one writer process works with: the ids it chooses from. */
typedef struct {
  GroveStore *store;
  GRand      *rand;
  guint       run;        /* this process's number, so that names stay unique */
  guint       serial;     /* writes made by this process */
  gint64      organisation;
  gint64      round;
  GArray     *teams;      /* (element-type gint64) */
  GArray     *people;     /* (element-type gint64) */
  GArray     *statements; /* (element-type gint64) of the round's framework */
} GroveCrashWriter;

typedef struct {
  const char *kind;
  /* Makes one write; on success appends its fields to `report`. */
  gboolean  (*write) (GroveCrashWriter  *writer,
                      GString           *report,
                      GError           **error);
  /* Asserts that the write reported by `fields` is in the database. */
  void      (*check) (GroveStore        *store,
                      char             **fields);
} GroveCrashWrite;

/* Opens the database (creating what the writes need on first use). */
GroveCrashWriter      *grove_crash_writer_new   (const char        *path,
                                                 guint              run,
                                                 guint32            seed,
                                                 GError           **error);
void                   grove_crash_writer_free  (GroveCrashWriter  *writer);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GroveCrashWriter, grove_crash_writer_free)

const GroveCrashWrite *grove_crash_writes       (guint             *n_writes);

/* Checks one reported line ("kind\tfield\t…"). */
void                   grove_crash_check_line   (GroveStore        *store,
                                                 const char        *line);

G_END_DECLS
