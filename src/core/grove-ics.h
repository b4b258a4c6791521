/* grove-ics.h: review dates as an iCalendar file (RFC 5545)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "grove-store.h"

G_BEGIN_DECLS

/* An all-day event. */
typedef struct {
  char *uid;         /* unique and stable: the same review keeps its UID */
  char *date;        /* "YYYY-MM-DD" */
  char *summary;
  char *description; /* may be NULL */
} GroveIcsEvent;

void       grove_ics_event_free     (GroveIcsEvent  *event);

char      *grove_ics_escape_text    (const char     *text);
char      *grove_ics_fold_line      (const char     *line);
char      *grove_ics_format         (GPtrArray      *events,
                                     const char     *dtstamp);

GPtrArray *grove_ics_review_events  (GroveStore     *store,
                                     gint64          manager_id,
                                     gboolean        direct_only,
                                     const char     *today,
                                     GError        **error);
gboolean   grove_ics_save_reviews   (GroveStore     *store,
                                     gint64          manager_id,
                                     gboolean        direct_only,
                                     const char     *today,
                                     const char     *path,
                                     GError        **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GroveIcsEvent, grove_ics_event_free)

G_END_DECLS
