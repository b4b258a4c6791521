/* grove-ics.c: review dates as iCalendar
 *
 * RFC 5545: lines end in CRLF and are folded so that none is longer than
 * 75 octets (3.1), a fold never splitting a UTF-8 character; TEXT values
 * escape backslash, semicolon, comma and line breaks (3.3.11). Reviews are
 * all-day events (DTSTART;VALUE=DATE, one day long without a DTEND, 3.6.1):
 * the time of the meeting is agreed between two people, not kept here.
 *
 * A review that is booked is on its booked date, one already held on the
 * day it was held; one neither booked nor held is on the day it falls due
 * (the middle or the end of the period), and says so. The UID is built from
 * the record and the kind of review, so importing the file again updates
 * the events instead of doubling them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "grove-ics.h"
#include "grove-ipdr-private.h"
#include "grove-private-file.h"

#define MAX_LINE_OCTETS 75

/* ?1 manager, ?2 direct only, ?3 the day that chooses the period. */
static const char reviews_sql[] =
  "WITH RECURSIVE below (id) AS ("
  "  SELECT id FROM person WHERE manager_id = ?1"
  "  UNION SELECT p.id FROM person p JOIN below ON p.manager_id = below.id WHERE ?2 = 0"
  ") "
  "SELECT i.id, p.name, i.period_start, i.period_end, v.kind, v.scheduled, v.held "
  "FROM below b JOIN person p ON p.id = b.id"
  "  JOIN ipdr i ON i.person_id = p.id AND i.period_start <= ?3 AND i.period_end >= ?3"
  "  LEFT JOIN ipdr_review v ON v.ipdr_id = i.id "
  "WHERE p.archived = 0 ORDER BY p.name, i.id, v.kind";

void
grove_ics_event_free (GroveIcsEvent *event)
{
  if (event == NULL)
    return;
  g_free (event->uid);
  g_free (event->date);
  g_free (event->summary);
  g_free (event->description);
  g_free (event);
}

char *
grove_ics_escape_text (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text != NULL ? text : ""; *p != '\0'; p++)
    {
      switch (*p)
        {
        case '\\':
        case ';':
        case ',':
          g_string_append_c (out, '\\');
          g_string_append_c (out, *p);
          break;
        case '\r':
          if (p[1] == '\n')
            p++;
          G_GNUC_FALLTHROUGH;
        case '\n':
          g_string_append (out, "\\n");
          break;
        default:
          g_string_append_c (out, *p);
        }
    }
  return g_string_free (out, FALSE);
}

/**
 * grove_ics_fold_line:
 * @line: one content line, UTF-8, without its line ending
 *
 * Returns: (transfer full): @line folded into lines of at most 75 octets,
 *   each ending in CRLF, the continuations starting with a space
 */
char *
grove_ics_fold_line (const char *line)
{
  GString *out = g_string_new (NULL);
  size_t length = strlen (line);
  size_t start = 0;
  gboolean first = TRUE;

  while (start < length || first)
    {
      size_t room = first ? MAX_LINE_OCTETS : MAX_LINE_OCTETS - 1;
      size_t end = MIN (start + room, length);

      /* Back off to the start of a UTF-8 character. */
      while (end < length && end > start && ((guchar) line[end] & 0xC0) == 0x80)
        end--;
      if (!first)
        g_string_append_c (out, ' ');
      g_string_append_len (out, line + start, (gssize) (end - start));
      g_string_append (out, "\r\n");
      start = end;
      first = FALSE;
    }
  return g_string_free (out, FALSE);
}

static void
append_line (GString    *out,
             const char *name,
             const char *value)
{
  g_autofree char *line = g_strconcat (name, value, NULL);
  g_autofree char *folded = grove_ics_fold_line (line);

  g_string_append (out, folded);
}

/**
 * grove_ics_format:
 * @events: (element-type GroveIcsEvent): the events
 * @dtstamp: (nullable): when the file is made, "YYYYMMDDTHHMMSSZ" in UTC;
 *   %NULL for now
 *
 * Returns: (transfer full): a whole VCALENDAR
 */
char *
grove_ics_format (GPtrArray  *events,
                  const char *dtstamp)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *stamp = dtstamp != NULL ? g_strdup (dtstamp) : g_date_time_format (now, "%Y%m%dT%H%M%SZ");
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (events != NULL, NULL);

  append_line (out, "BEGIN:", "VCALENDAR");
  append_line (out, "VERSION:", "2.0");
  append_line (out, "PRODID:", "-//Grove//IPDR reviews " PACKAGE_VERSION "//EN");
  append_line (out, "CALSCALE:", "GREGORIAN");
  for (guint i = 0; i < events->len; i++)
    {
      const GroveIcsEvent *event = g_ptr_array_index (events, i);
      g_autofree char *day = NULL, *summary = grove_ics_escape_text (event->summary);

      day = g_strdup_printf ("%.4s%.2s%.2s", event->date, event->date + 5, event->date + 8);
      append_line (out, "BEGIN:", "VEVENT");
      append_line (out, "UID:", event->uid);
      append_line (out, "DTSTAMP:", stamp);
      append_line (out, "DTSTART;VALUE=DATE:", day);
      append_line (out, "SUMMARY:", summary);
      if (event->description != NULL)
        {
          g_autofree char *description = grove_ics_escape_text (event->description);

          append_line (out, "DESCRIPTION:", description);
        }
      append_line (out, "TRANSP:", "TRANSPARENT");
      append_line (out, "END:", "VEVENT");
    }
  append_line (out, "END:", "VCALENDAR");
  return g_string_free (out, FALSE);
}

static GroveIcsEvent *
review_event (gint64      ipdr_id,
              const char *name,
              const char *period,
              guint       kind,
              const char *scheduled,
              const char *held,
              const char *due)
{
  GroveIcsEvent *event = g_new0 (GroveIcsEvent, 1);
  const char *label = grove_review_kind_label ((GroveReviewKind) kind);

  event->uid = g_strdup_printf ("%s-ipdr-%" G_GINT64_FORMAT "-%s", APP_ID, ipdr_id,
                                kind == GROVE_REVIEW_MID_YEAR ? "mid-year" : "end-year");
  event->date = g_strdup (held != NULL ? held : scheduled != NULL ? scheduled : due);
  /* TRANSLATORS: a calendar entry: "Mid-year review: Ann Jones" */
  event->summary = g_strdup_printf (_("%s: %s"), label, name);
  if (held != NULL)
    event->description = g_strdup_printf (_("IPDR %s. Held."), period);
  else if (scheduled != NULL)
    event->description = g_strdup_printf (_("IPDR %s."), period);
  else
    event->description = g_strdup_printf (_("IPDR %s. Not booked yet: this is the day it falls due."), period);
  return event;
}

/* The middle of the period: when a mid-year review falls due. */
/* The middle of the period: when a mid-year review falls due. */
static char *
middle_of (const char *start,
           const char *end)
{
  return _grove_ipdr_add_days (start, MAX (0, _grove_ipdr_days_between (start, end) / 2));
}

/* The reviews of one record, read from its rows, which are adjacent. */
typedef struct {
  gint64  ipdr_id;
  char   *name;
  char   *start;
  char   *end;
  char   *dates[2][2]; /* [kind][scheduled, held] */
} RecordReviews;

static void
record_reviews_clear (RecordReviews *record)
{
  g_clear_pointer (&record->name, g_free);
  g_clear_pointer (&record->start, g_free);
  g_clear_pointer (&record->end, g_free);
  for (guint kind = 0; kind < 2; kind++)
    for (guint which = 0; which < 2; which++)
      g_clear_pointer (&record->dates[kind][which], g_free);
  record->ipdr_id = 0;
}

static void
add_record_events (GPtrArray           *events,
                   const RecordReviews *record)
{
  GroveIpdr ipdr = { 0 };
  g_autofree char *period = NULL, *mid = NULL;

  ipdr.period_start = record->start;
  ipdr.period_end = record->end;
  period = grove_ipdr_format_period (&ipdr);
  mid = middle_of (record->start, record->end);
  for (guint kind = 0; kind < 2; kind++)
    g_ptr_array_add (events, review_event (record->ipdr_id, record->name, period, kind, record->dates[kind][0],
                                           record->dates[kind][1], kind == 0 ? mid : record->end));
}

/**
 * grove_ics_review_events:
 * @today: (nullable): the day that chooses each report's record; %NULL for
 *   today
 *
 * Returns: (transfer full) (element-type GroveIcsEvent): a mid-year and an
 *   end-year event for each report (direct, or everyone below) with a
 *   record for the period, ordered by name
 */
GPtrArray *
grove_ics_review_events (GroveStore  *store,
                         gint64       manager_id,
                         gboolean     direct_only,
                         const char  *today,
                         GError     **error)
{
  g_autofree char *now = today == NULL ? grove_ipdr_today () : NULL;
  g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func ((GDestroyNotify) grove_ics_event_free);
  RecordReviews record = { 0 };
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (GROVE_IS_STORE (store), NULL);

  if (!_grove_ipdr_check_date (today, error) || (stmt = _grove_store_prepare (store, reviews_sql, error)) == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, manager_id);
  sqlite3_bind_int (stmt, 2, direct_only ? 1 : 0);
  sqlite3_bind_text (stmt, 3, today != NULL ? today : now, -1, SQLITE_TRANSIENT);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 ipdr_id = sqlite3_column_int64 (stmt, 0);

      if (ipdr_id != record.ipdr_id)
        {
          if (record.ipdr_id != 0)
            add_record_events (events, &record);
          record_reviews_clear (&record);
          record.ipdr_id = ipdr_id;
          record.name = _grove_store_dup_text (stmt, 1);
          record.start = _grove_store_dup_text (stmt, 2);
          record.end = _grove_store_dup_text (stmt, 3);
        }
      if (sqlite3_column_type (stmt, 4) != SQLITE_NULL)
        {
          guint kind = (guint) sqlite3_column_int (stmt, 4) & 1;

          record.dates[kind][0] = _grove_store_dup_text (stmt, 5);
          record.dates[kind][1] = _grove_store_dup_text (stmt, 6);
        }
    }
  sqlite3_reset (stmt);
  if (record.ipdr_id != 0 && rc == SQLITE_DONE)
    add_record_events (events, &record);
  record_reviews_clear (&record);
  if (rc != SQLITE_DONE)
    {
      _grove_store_set_error (store, rc, _("reading the reports’ IPDRs"), error);
      return NULL;
    }
  return g_steal_pointer (&events);
}

/**
 * grove_ics_save_reviews:
 * @path: the file to write, replaced whole
 *
 * Writes grove_ics_review_events() as a calendar file.
 */
gboolean
grove_ics_save_reviews (GroveStore  *store,
                        gint64       manager_id,
                        gboolean     direct_only,
                        const char  *today,
                        const char  *path,
                        GError     **error)
{
  g_autoptr(GPtrArray) events = grove_ics_review_events (store, manager_id, direct_only, today, error);
  g_autofree char *text = NULL;

  if (events == NULL)
    return FALSE;
  text = grove_ics_format (events, NULL);
  return grove_private_file_set_contents (path, text, -1, error);
}
