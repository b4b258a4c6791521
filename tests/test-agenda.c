/* test-agenda.c: the conversation planner, My team and the review calendar
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <math.h>
#include <string.h>
#include <sys/stat.h>

#include <glib/gstdio.h>

#include "grove-agenda.h"
#include "grove-ics.h"
#include "grove-ipdr.h"
#include "grove-ipdr-notes.h"
#include "grove-ipdr-objective.h"
#include "grove-ipdr-plan.h"
#include "grove-my-team.h"
#include "grove-org.h"
#include "grove-test-ipdr.h"
#include "grove-test-store.h"
#include "grove-test-utils.h"

static void
fixture_set_up (IpdrOrg       *f,
                gconstpointer  data)
{
  grove_test_ipdr_org_set_up (f);
}

static void
fixture_tear_down (IpdrOrg       *f,
                   gconstpointer  data)
{
  grove_test_ipdr_org_tear_down (f);
}

static gint64
add_activity (IpdrOrg             *f,
              gint64               need,
              GroveLearningMethod  method,
              const char          *title,
              const char          *due,
              const char          *completed)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GroveActivity) activity = grove_activity_new (method, title);
  gint64 id;

  activity->due = g_strdup (due);
  id = grove_ipdr_add_activity (f->store, need, activity, &error);
  g_assert_no_error (error);
  if (completed != NULL)
    g_assert_true (grove_ipdr_complete_activity (f->store, id, completed, 3, &error));
  g_assert_no_error (error);
  return id;
}

static void
add_note (IpdrOrg    *f,
          gint64      ipdr,
          const char *noted,
          const char *observation)
{
  g_autoptr(GError) error = NULL;
  GroveWpaNote note = { 0 };

  note.noted = (char *) noted;
  note.observation = (char *) observation;
  g_assert_cmpint (grove_ipdr_add_wpa_note (f->store, ipdr, &note, &error), >, 0);
  g_assert_no_error (error);
}

/* The titles of the agenda's items of `kind`, joined by "|". */
static char *
titles_of (GroveAgenda         *agenda,
           GroveAgendaItemKind  kind)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) titles = NULL;

  for (guint i = 0; i < agenda->items->len; i++)
    {
      GroveAgendaItem *item = g_ptr_array_index (agenda->items, i);

      if (item->kind == kind)
        g_strv_builder_add (builder, item->title);
    }
  titles = g_strv_builder_end (builder);
  return g_strjoinv ("|", titles);
}

static void
test_agenda (IpdrOrg       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GroveAgenda) agenda = NULL;
  g_autoptr(GroveNeed) need = grove_need_new ("Presenting");
  gint64 ipdr = grove_test_ipdr_create (f, f->ann), need_id;
  GroveReview review = { 0 };
  struct { GroveAgendaItemKind kind; const char *titles; } expected[] = {
    { GROVE_AGENDA_REVIEW, "Mid-year review" },
    { GROVE_AGENDA_OBJECTIVE_OVERDUE, "Overdue report" },
    { GROVE_AGENDA_OBJECTIVE_AT_RISK, "Behind plan" },
    { GROVE_AGENDA_OBJECTIVE_DUE, "Due soon" },
    { GROVE_AGENDA_ACTIVITY_OPEN, "Shadow a director|Presentation course" },
    { GROVE_AGENDA_ACTIVITY_COMPLETED, "E-learning module" },
    { GROVE_AGENDA_WPA_NOTE, "Ran the stand-up|Answered the minister’s question" },
  };

  /* The conversation is on 2026-09-15; the last one was on 2026-07-01. */
  grove_test_ipdr_add_objective (f, ipdr, "Overdue report", "2026-09-01", 80);
  /* Expected on 2026-09-15: 167 of 274 days, 60.9 %; 40 % is 20.9 behind. */
  grove_test_ipdr_add_objective (f, ipdr, "Behind plan", "2026-12-31", 40);
  grove_test_ipdr_add_objective (f, ipdr, "On track", "2026-12-31", 55);
  /* Due within 30 days and on schedule. */
  grove_test_ipdr_add_objective (f, ipdr, "Due soon", "2026-10-10", 90);
  grove_test_ipdr_add_objective (f, ipdr, "Far away", "2027-03-01", 45); /* 50 % expected */
  g_assert_cmpint (grove_agenda_finish_conversation (f->store, ipdr, "2026-07-01", "Agreed the objectives", &error),
                   >, 0);
  g_assert_no_error (error);

  need_id = grove_ipdr_add_need (f->store, ipdr, need, &error);
  g_assert_no_error (error);
  add_activity (f, need_id, GROVE_LEARNING_FORMAL, "Presentation course", "2026-11-01", NULL);
  add_activity (f, need_id, GROVE_LEARNING_SECONDMENT_SHADOWING, "Shadow a director", "2026-09-01", NULL);
  add_activity (f, need_id, GROVE_LEARNING_E_LEARNING, "E-learning module", NULL, "2026-08-20");
  add_activity (f, need_id, GROVE_LEARNING_COACHING, "Old coaching", NULL, "2026-06-20");
  add_note (f, ipdr, "2026-06-30", "Before the last conversation");
  add_note (f, ipdr, "2026-07-01", "Ran the stand-up");
  add_note (f, ipdr, "2026-09-10", "Answered the minister’s question");

  /* The mid-year review is booked for 2026-09-30, within 30 days. */
  review.kind = GROVE_REVIEW_MID_YEAR;
  review.scheduled = (char *) "2026-09-30";
  g_assert_true (grove_ipdr_save_review (f->store, ipdr, &review, &error));

  agenda = grove_agenda_build (f->store, ipdr, "2026-09-15", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (agenda->person_name, ==, "Ann Jones");
  g_assert_cmpstr (agenda->since, ==, "2026-07-01");
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autofree char *titles = titles_of (agenda, expected[i].kind);

      g_assert_cmpstr (titles, ==, expected[i].titles);
    }
  /* Kinds in order, the overdue ones marked. */
  for (guint i = 1; i < agenda->items->len; i++)
    g_assert_cmpint (((GroveAgendaItem *) g_ptr_array_index (agenda->items, i - 1))->kind, <=,
                     ((GroveAgendaItem *) g_ptr_array_index (agenda->items, i))->kind);
  g_assert_cmpuint (agenda->items->len, ==, 9);
  for (guint i = 0; i < agenda->items->len; i++)
    {
      GroveAgendaItem *item = g_ptr_array_index (agenda->items, i);
      gboolean overdue = g_str_equal (item->title, "Overdue report") || g_str_equal (item->title, "Shadow a director");

      g_assert_cmpint (item->overdue, ==, overdue);
      if (g_str_equal (item->title, "Behind plan"))
        g_assert_cmpstr (item->detail, ==, "40% done, where about 61% would be on schedule for 31 Dec 2026.");
    }
}

static gboolean
add_coaching (GroveStore   *store,
              GroveAgenda  *agenda,
              gpointer      user_data,
              GError      **error)
{
  grove_agenda_add_item (agenda, GROVE_AGENDA_COACHING, user_data, NULL, "2026-05-01", 0, FALSE);
  return TRUE;
}

static void
test_agenda_first_and_sources (IpdrOrg       *f,
                               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GroveAgenda) agenda = NULL;
  gint64 ipdr = grove_test_ipdr_create (f, f->ben);
  GroveAgendaSource source = { add_coaching, (gpointer) "Coaching with Dee: 3 of 6 sessions" };

  /* Before any conversation, everything since the start of the period. */
  add_note (f, ipdr, "2026-04-01", "First day of the year");
  agenda = grove_agenda_build_with_sources (f->store, ipdr, "2026-05-01", &source, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (agenda->since, ==, "2026-04-01");
  /* Nothing due: the mid-year review is months away. */
  g_assert_cmpuint (agenda->items->len, ==, 2);
  g_assert_cmpint (((GroveAgendaItem *) g_ptr_array_index (agenda->items, 0))->kind, ==, GROVE_AGENDA_WPA_NOTE);
  g_assert_cmpint (((GroveAgendaItem *) g_ptr_array_index (agenda->items, 1))->kind, ==, GROVE_AGENDA_COACHING);
  g_clear_pointer (&agenda, grove_agenda_free);

  /* A review not booked falls due mid-period: 2026-09-30; on 2026-10-05 it is overdue. */
  agenda = grove_agenda_build (f->store, ipdr, "2026-10-05", &error);
  g_assert_no_error (error);
  g_assert_cmpint (((GroveAgendaItem *) g_ptr_array_index (agenda->items, 0))->kind, ==, GROVE_AGENDA_REVIEW);
  g_assert_cmpstr (((GroveAgendaItem *) g_ptr_array_index (agenda->items, 0))->date, ==, "2026-09-30");
  g_assert_true (((GroveAgendaItem *) g_ptr_array_index (agenda->items, 0))->overdue);

  g_clear_pointer (&agenda, grove_agenda_free);
  agenda = grove_agenda_build (f->store, 4242, "2026-10-05", &error);
  g_assert_null (agenda);
  g_assert_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_NOT_FOUND);
}

static void
test_finish_conversation (IpdrOrg       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) conversations = NULL;
  g_autoptr(GroveIpdr) ipdr = NULL;
  gint64 id = grove_test_ipdr_create (f, f->ann);

  g_assert_cmpint (grove_agenda_finish_conversation (f->store, id, "2026-06-01", "Talked about the pilot", &error), >, 0);
  g_assert_cmpint (grove_agenda_finish_conversation (f->store, id, "2026-08-01", "Agreed a course", &error), >, 0);
  /* Notes of an earlier conversation added late do not move the date back. */
  g_assert_cmpint (grove_agenda_finish_conversation (f->store, id, "2026-07-01", NULL, &error), >, 0);
  g_assert_no_error (error);
  ipdr = grove_ipdr_get (f->store, id, &error);
  g_assert_cmpstr (ipdr->last_conversation, ==, "2026-08-01");
  conversations = grove_ipdr_list_conversations (f->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (conversations->len, ==, 3);
  g_assert_cmpint (grove_test_query_int (f->store,
                                         "SELECT count(*) FROM ipdr_conversation WHERE notes = 'Agreed a course'"), ==, 1);
  g_assert_cmpint (grove_agenda_finish_conversation (f->store, id, "2026-13-01", "x", &error), ==, 0);
  g_assert_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_INVALID);
  g_assert_cmpint (grove_test_query_int (f->store, "SELECT count(*) FROM ipdr_conversation"), ==, 3);
}

static GroveTeamMember *
member (GPtrArray *team,
        guint      i)
{
  return g_ptr_array_index (team, i);
}

static void
test_my_team (IpdrOrg       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) direct = NULL;
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GroveNeed) need = grove_need_new ("Writing");
  gint64 ann = grove_test_ipdr_create (f, f->ann), cal = grove_test_ipdr_create (f, f->cal), need_id;
  gint64 dee = grove_test_ipdr_add_person (f, "Dee Adams", f->delivery, f->manager);
  gint64 eve = grove_test_ipdr_add_person (f, "Eve Lewis", f->delivery, f->manager);
  gint64 eve_ipdr = grove_test_ipdr_create (f, eve), dee_ipdr = grove_test_ipdr_create (f, dee);
  GroveReview review = { 0 };

  /* On 2026-08-01:
   *   Ann: agreed, one objective at risk (10 % where 44.5 % is expected),
   *        one on track, two activities of which one done;
   *   Ben: no record at all;
   *   Dee: agreed, on track, mid-year review booked for 2026-07-20 and
   *        not held: overdue;
   *   Eve: agreed, on track, review booked for 2026-09-10;
   *   Cal (reports to Ann): draft four months in. */
  grove_test_ipdr_add_objective (f, ann, "At risk", "2026-12-31", 10);
  grove_test_ipdr_add_objective (f, ann, "On track", "2026-12-31", 50);
  g_assert_true (grove_ipdr_set_status (f->store, ann, GROVE_IPDR_AGREED, &error));
  need_id = grove_ipdr_add_need (f->store, ann, need, &error);
  add_activity (f, need_id, GROVE_LEARNING_INFORMAL, "Done", NULL, "2026-06-01");
  add_activity (f, need_id, GROVE_LEARNING_MENTORING, "Open", "2026-12-01", NULL);
  grove_test_ipdr_add_objective (f, dee_ipdr, "Fine", "2026-12-31", 60);
  g_assert_true (grove_ipdr_set_status (f->store, dee_ipdr, GROVE_IPDR_AGREED, &error));
  review.kind = GROVE_REVIEW_MID_YEAR;
  review.scheduled = (char *) "2026-07-20";
  g_assert_true (grove_ipdr_save_review (f->store, dee_ipdr, &review, &error));
  grove_test_ipdr_add_objective (f, eve_ipdr, "Fine", "2026-12-31", 60);
  g_assert_true (grove_ipdr_set_status (f->store, eve_ipdr, GROVE_IPDR_AGREED, &error));
  review.scheduled = (char *) "2026-09-10";
  g_assert_true (grove_ipdr_save_review (f->store, eve_ipdr, &review, &error));
  grove_test_ipdr_add_objective (f, cal, "Learn the ropes", "2026-12-31", 0);
  g_assert_no_error (error);

  direct = grove_my_team_list (f->store, f->manager, TRUE, "2026-08-01", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (direct->len, ==, 4);
  g_assert_cmpstr (member (direct, 0)->name, ==, "Dee Adams");
  g_assert_cmpint (member (direct, 0)->attention, ==, GROVE_ATTENTION_REVIEW_OVERDUE);
  g_assert_true (member (direct, 0)->review_overdue);
  g_assert_cmpstr (member (direct, 0)->next_review, ==, "2026-07-20");
  g_assert_cmpstr (member (direct, 1)->name, ==, "Ben Evans");
  g_assert_cmpint (member (direct, 1)->attention, ==, GROVE_ATTENTION_NO_PLAN);
  g_assert_cmpint (member (direct, 1)->ipdr_id, ==, 0);
  g_assert_cmpstr (member (direct, 2)->name, ==, "Ann Jones");
  g_assert_cmpint (member (direct, 2)->attention, ==, GROVE_ATTENTION_BEHIND);
  g_assert_cmpuint (member (direct, 2)->objectives, ==, 2);
  g_assert_cmpuint (member (direct, 2)->at_risk, ==, 1);
  g_assert_cmpuint (member (direct, 2)->on_track, ==, 1);
  g_assert_cmpuint (member (direct, 2)->activities, ==, 2);
  g_assert_cmpfloat (member (direct, 2)->plan_progress, ==, 50.0);
  /* Not booked: the mid-year review falls due mid-period. */
  g_assert_cmpstr (member (direct, 2)->next_review, ==, "2026-09-30");
  g_assert_false (member (direct, 2)->next_review_scheduled);
  g_assert_cmpstr (member (direct, 3)->name, ==, "Eve Lewis");
  g_assert_cmpint (member (direct, 3)->attention, ==, GROVE_ATTENTION_NONE);
  g_assert_true (member (direct, 3)->next_review_scheduled);
  g_assert_true (isnan (member (direct, 3)->plan_progress));
  for (guint i = 0; i < direct->len; i++)
    g_assert_true (member (direct, i)->direct);

  /* Everyone below adds Cal, whose draft is past the first month. */
  all = grove_my_team_list (f->store, f->manager, FALSE, "2026-08-01", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (all->len, ==, 5);
  for (guint i = 0; i < all->len; i++)
    if (member (all, i)->person_id == f->cal)
      {
        g_assert_false (member (all, i)->direct);
        g_assert_cmpint (member (all, i)->attention, ==, GROVE_ATTENTION_NO_PLAN);
        g_assert_cmpuint (i, ==, 1); /* before Ben: both need a plan, and Cal has a review date */
      }

  /* Someone who has left is not listed. */
  g_assert_true (grove_org_archive_person (f->store, eve, &error));
  g_assert_no_error (error);
  g_clear_pointer (&direct, g_ptr_array_unref);
  direct = grove_my_team_list (f->store, f->manager, TRUE, "2026-08-01", &error);
  g_assert_cmpuint (direct->len, ==, 3);
}

static void
test_ics_text (void)
{
  g_autofree char *escaped = grove_ics_escape_text ("Review; room 2, \\ floor\r\nbring notes\nend");
  g_autofree char *short_line = grove_ics_fold_line ("SUMMARY:short");
  g_autofree char *long_ascii = NULL, *long_utf8 = NULL, *ascii = NULL, *utf8 = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GString) unfolded = g_string_new (NULL);

  g_assert_cmpstr (escaped, ==, "Review\\; room 2\\, \\\\ floor\\nbring notes\\nend");
  g_assert_cmpstr (short_line, ==, "SUMMARY:short\r\n");

  /* 75 octets a line, continuations starting with a space. */
  ascii = g_strnfill (160, 'a');
  long_ascii = grove_ics_fold_line (ascii);
  lines = g_strsplit (long_ascii, "\r\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 4); /* 75 + 74 + 11, and the empty tail */
  g_assert_cmpuint (strlen (lines[0]), ==, 75);
  g_assert_cmpuint (strlen (lines[1]), ==, 75);
  g_assert_cmpint (lines[1][0], ==, ' ');
  g_assert_cmpuint (strlen (lines[2]), ==, 12);
  g_assert_cmpstr (lines[3], ==, "");
  g_clear_pointer (&lines, g_strfreev);

  /* A fold never splits a character: "ŵ" is two octets. */
  {
    g_autoptr(GString) text = g_string_new ("S:");
    for (guint i = 0; i < 60; i++)
      g_string_append (text, "ŵ");
    utf8 = g_string_free (g_steal_pointer (&text), FALSE);
  }
  long_utf8 = grove_ics_fold_line (utf8);
  lines = g_strsplit (long_utf8, "\r\n", -1);
  for (guint i = 0; lines[i] != NULL && lines[i][0] != '\0'; i++)
    {
      g_assert_cmpuint (strlen (lines[i]), <=, 75);
      g_assert_true (g_utf8_validate (lines[i], -1, NULL));
      g_string_append (unfolded, i == 0 ? lines[i] : lines[i] + 1);
    }
  g_assert_cmpstr (unfolded->str, ==, utf8);
}

/* Parses an iCalendar text as a calendar program would: unfolds the lines
 * (RFC 5545 3.1), then checks that every VEVENT has a UID, a DTSTAMP, a
 * DTSTART and a SUMMARY, and returns the events' SUMMARY values, unescaped
 * only of "\\,". */
static GPtrArray *
parse_events (const char *text)
{
  g_autoptr(GPtrArray) summaries = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) unfolded = g_string_new (NULL);
  g_auto(GStrv) raw = g_strsplit (text, "\r\n", -1);
  g_auto(GStrv) lines = NULL;
  guint have = 0;
  gboolean inside = FALSE;

  for (guint i = 0; raw[i] != NULL; i++)
    {
      if (raw[i][0] == ' ')
        g_string_append (unfolded, raw[i] + 1);
      else
        {
          if (i > 0)
            g_string_append_c (unfolded, '\n');
          g_string_append (unfolded, raw[i]);
        }
    }
  lines = g_strsplit (unfolded->str, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (g_str_equal (lines[i], "BEGIN:VEVENT"))
        {
          g_assert_false (inside);
          inside = TRUE;
          have = 0;
        }
      else if (g_str_equal (lines[i], "END:VEVENT"))
        {
          g_assert_true (inside);
          g_assert_cmphex (have, ==, 0xf);
          inside = FALSE;
        }
      else if (inside && g_str_has_prefix (lines[i], "UID:"))
        have |= 1;
      else if (inside && g_str_has_prefix (lines[i], "DTSTAMP:"))
        have |= 2;
      else if (inside && g_str_has_prefix (lines[i], "DTSTART;VALUE=DATE:"))
        {
          g_assert_cmpuint (strlen (lines[i]), ==, strlen ("DTSTART;VALUE=DATE:20261006"));
          have |= 4;
        }
      else if (inside && g_str_has_prefix (lines[i], "SUMMARY:"))
        {
          g_autoptr(GString) value = g_string_new (lines[i] + strlen ("SUMMARY:"));

          g_string_replace (value, "\\,", ",", 0);
          g_ptr_array_add (summaries, g_string_free (g_steal_pointer (&value), FALSE));
          have |= 8;
        }
    }
  g_assert_false (inside);
  return g_steal_pointer (&summaries);
}

static void
test_ics_reviews (IpdrOrg       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) events = NULL;
  g_autofree char *text = NULL, *file = NULL, *read = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GPtrArray) parsed = NULL;
  g_autoptr(GrovePerson) cal = NULL;
  gint64 ann = grove_test_ipdr_create (f, f->ann);
  GroveReview review = { 0 };
  guint begins = 0, uids = 0, dtstarts = 0, summaries = 0, stamps = 0;

  grove_test_ipdr_create (f, f->ben);
  grove_test_ipdr_create (f, f->cal);
  /* A comma must be escaped in the calendar and read back whole. */
  cal = grove_org_get_person (f->store, f->cal, &error);
  g_free (cal->name);
  cal->name = g_strdup ("Price, Cal (contractor)");
  g_assert_true (grove_org_update_person (f->store, cal, &error));
  g_assert_no_error (error);
  review.kind = GROVE_REVIEW_MID_YEAR;
  review.scheduled = (char *) "2026-10-06";
  g_assert_true (grove_ipdr_save_review (f->store, ann, &review, &error));

  events = grove_ics_review_events (f->store, f->manager, TRUE, "2026-08-01", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (events->len, ==, 4); /* Ann and Ben, two reviews each */
  g_assert_cmpstr (((GroveIcsEvent *) g_ptr_array_index (events, 0))->summary, ==, "Mid-year review: Ann Jones");
  g_assert_cmpstr (((GroveIcsEvent *) g_ptr_array_index (events, 0))->date, ==, "2026-10-06");
  g_assert_cmpstr (((GroveIcsEvent *) g_ptr_array_index (events, 1))->date, ==, "2027-03-31");
  g_assert_cmpstr (((GroveIcsEvent *) g_ptr_array_index (events, 2))->summary, ==, "Mid-year review: Ben Evans");
  g_assert_cmpstr (((GroveIcsEvent *) g_ptr_array_index (events, 2))->date, ==, "2026-09-30");
  g_clear_pointer (&events, g_ptr_array_unref);
  events = grove_ics_review_events (f->store, f->manager, FALSE, "2026-08-01", &error);
  g_assert_cmpuint (events->len, ==, 6);

  text = grove_ics_format (events, "20260801T090000Z");
  g_assert_true (g_str_has_prefix (text, "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
  g_assert_true (g_str_has_suffix (text, "END:VCALENDAR\r\n"));
  /* Every line ends in CRLF, and every event has what a calendar needs. */
  lines = g_strsplit (text, "\r\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_assert_null (strchr (lines[i], '\n'));
      g_assert_cmpuint (strlen (lines[i]), <=, 75);
      begins += g_str_equal (lines[i], "BEGIN:VEVENT");
      uids += g_str_has_prefix (lines[i], "UID:");
      dtstarts += g_str_has_prefix (lines[i], "DTSTART;VALUE=DATE:2");
      summaries += g_str_has_prefix (lines[i], "SUMMARY:");
      stamps += g_str_equal (lines[i], "DTSTAMP:20260801T090000Z");
    }
  g_assert_cmpuint (begins, ==, 6);
  g_assert_cmpuint (uids, ==, 6);
  g_assert_cmpuint (dtstarts, ==, 6);
  g_assert_cmpuint (summaries, ==, 6);
  g_assert_cmpuint (stamps, ==, 6);
  g_assert_nonnull (strstr (text, "DTSTART;VALUE=DATE:20261006\r\n"));
  g_assert_nonnull (strstr (text, "SUMMARY:Mid-year review: Price\\, Cal (contractor)\r\n"));
  parsed = parse_events (text);
  g_assert_cmpuint (parsed->len, ==, 6);
  g_assert_cmpstr (g_ptr_array_index (parsed, 4), ==, "Mid-year review: Price, Cal (contractor)");

  /* The same review keeps its UID from one export to the next. */
  file = g_build_filename (f->dir, "reviews.ics", NULL);
  {
    mode_t old = umask (022);
    GStatBuf info;

    g_assert_true (grove_ics_save_reviews (f->store, f->manager, FALSE, "2026-08-01", file, &error));
    umask (old);
    g_assert_no_error (error);
    g_assert_cmpint (g_stat (file, &info), ==, 0);
    g_assert_cmpint (info.st_mode & 0777, ==, 0600);
  }
  g_assert_true (g_file_get_contents (file, &read, NULL, NULL));
  g_assert_nonnull (strstr (read, ((GroveIcsEvent *) g_ptr_array_index (events, 0))->uid));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add ((path), IpdrOrg, NULL, fixture_set_up, (func), fixture_tear_down)
  ADD ("/agenda/built-from-the-record", test_agenda);
  ADD ("/agenda/first-conversation-and-sources", test_agenda_first_and_sources);
  ADD ("/agenda/finish-conversation", test_finish_conversation);
  ADD ("/my-team/sorted-by-attention", test_my_team);
  g_test_add_func ("/ics/escape-and-fold", test_ics_text);
  ADD ("/ics/review-dates", test_ics_reviews);
#undef ADD

  return g_test_run ();
}
