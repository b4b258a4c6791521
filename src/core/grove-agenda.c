/* grove-agenda.c: an agenda for the next conversation with one report
 *
 * "Since" is the last conversation recorded on the record, or the start of
 * the period before the first. The agenda holds:
 *
 *   - reviews not yet held whose date (as scheduled, or else the middle and
 *     the end of the period) is within GROVE_OBJECTIVE_DUE_SOON_DAYS or past;
 *   - open objectives that are overdue, at risk (grove-ipdr-objective.c has
 *     the rule) or due within GROVE_OBJECTIVE_DUE_SOON_DAYS — each once,
 *     under the most pressing of the three;
 *   - activities still planned or in progress, and those completed since,
 *     which are the ones to evaluate while they are fresh;
 *   - WPA notes and 360 feedback since.
 *
 * Anything kept outside the IPDR (coaching and mentoring relationships)
 * comes in through #GroveAgendaSource functions the caller passes, so that
 * this file needs nothing of those parts of Grove.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "grove-agenda.h"
#include "grove-ipdr-private.h"

void
grove_agenda_item_free (GroveAgendaItem *item)
{
  if (item == NULL)
    return;
  g_free (item->title);
  g_free (item->detail);
  g_free (item->date);
  g_free (item);
}

void
grove_agenda_free (GroveAgenda *agenda)
{
  if (agenda == NULL)
    return;
  g_free (agenda->person_name);
  g_free (agenda->today);
  g_free (agenda->since);
  g_clear_pointer (&agenda->items, g_ptr_array_unref);
  g_free (agenda);
}

const char *
grove_agenda_item_kind_label (GroveAgendaItemKind kind)
{
  switch (kind)
    {
    case GROVE_AGENDA_REVIEW:
      return _("Review");
    case GROVE_AGENDA_OBJECTIVE_OVERDUE:
      return _("Overdue");
    case GROVE_AGENDA_OBJECTIVE_AT_RISK:
      return _("At risk");
    case GROVE_AGENDA_OBJECTIVE_DUE:
      return _("Due soon");
    case GROVE_AGENDA_ACTIVITY_OPEN:
      return _("Development activity");
    case GROVE_AGENDA_ACTIVITY_COMPLETED:
      return _("Completed activity");
    case GROVE_AGENDA_WPA_NOTE:
      return _("WPA note");
    case GROVE_AGENDA_FEEDBACK:
      return _("360 feedback");
    case GROVE_AGENDA_COACHING:
      return _("Coaching and mentoring");
    default:
      g_return_val_if_reached (NULL);
    }
}

void
grove_agenda_add_item (GroveAgenda          *agenda,
                       GroveAgendaItemKind   kind,
                       const char           *title,
                       const char           *detail,
                       const char           *date,
                       gint64                ref_id,
                       gboolean              overdue)
{
  GroveAgendaItem *item;

  g_return_if_fail (agenda != NULL);
  g_return_if_fail (title != NULL);

  item = g_new0 (GroveAgendaItem, 1);
  item->kind = kind;
  item->title = g_strdup (title);
  item->detail = g_strdup (detail);
  item->date = g_strdup (date);
  item->ref_id = ref_id;
  item->overdue = overdue;
  g_ptr_array_add (agenda->items, item);
}

static gboolean
add_reviews (GroveStore       *store,
             GroveAgenda      *agenda,
             const GroveIpdr  *ipdr,
             const char       *horizon,
             GError          **error)
{
  g_autoptr(GPtrArray) reviews = grove_ipdr_list_reviews (store, ipdr->id, error);
  const GroveReview *by_kind[2] = { NULL, NULL };
  g_autofree char *midpoint = NULL;

  if (reviews == NULL)
    return FALSE;
  for (guint i = 0; i < reviews->len; i++)
    {
      const GroveReview *review = g_ptr_array_index (reviews, i);

      by_kind[review->kind] = review;
    }
  midpoint = _grove_ipdr_add_days (ipdr->period_start, _grove_ipdr_days_between (ipdr->period_start, ipdr->period_end) / 2);
  for (guint kind = GROVE_REVIEW_MID_YEAR; kind <= GROVE_REVIEW_END_YEAR; kind++)
    {
      const GroveReview *review = by_kind[kind];
      const char *date = review != NULL && review->scheduled != NULL ? review->scheduled
                         : kind == GROVE_REVIEW_MID_YEAR ? midpoint : ipdr->period_end;
      gboolean overdue = g_strcmp0 (date, agenda->today) < 0;
      g_autofree char *detail = NULL;
      g_autofree char *when = NULL;

      if ((review != NULL && review->held != NULL) || g_strcmp0 (date, horizon) > 0)
        continue;
      when = grove_ipdr_format_date (date);
      if (review == NULL || review->scheduled == NULL)
        detail = g_strdup_printf (_("Not scheduled yet; due by %s."), when);
      else
        detail = g_strdup_printf (overdue ? _("Overdue: it was scheduled for %s.") : _("Scheduled for %s."), when);
      grove_agenda_add_item (agenda, GROVE_AGENDA_REVIEW, grove_review_kind_label (kind), detail, date,
                             review != NULL ? review->id : 0, overdue);
    }
  return TRUE;
}

static gboolean
add_objectives (GroveStore       *store,
                GroveAgenda      *agenda,
                const GroveIpdr  *ipdr,
                const char       *horizon,
                GError          **error)
{
  g_autoptr(GPtrArray) objectives = grove_ipdr_list_objectives (store, ipdr->id, error);

  if (objectives == NULL)
    return FALSE;
  for (guint i = 0; i < objectives->len; i++)
    {
      const GroveObjective *o = g_ptr_array_index (objectives, i);
      g_autofree char *detail = NULL;
      g_autofree char *due = grove_ipdr_format_date (o->due);

      if (grove_objective_is_overdue (o, agenda->today))
        {
          detail = g_strdup_printf (_("It was due %s and is %u%% done."), due, o->progress);
          grove_agenda_add_item (agenda, GROVE_AGENDA_OBJECTIVE_OVERDUE, o->title, detail, o->due, o->id, TRUE);
        }
      else if (grove_objective_is_at_risk (o, ipdr->period_start, agenda->today))
        {
          guint expected = (guint) (grove_objective_expected_progress (o, ipdr->period_start, agenda->today) + 0.5);

          detail = g_strdup_printf (_("%u%% done, where about %u%% would be on schedule for %s."), o->progress,
                                    expected, due);
          grove_agenda_add_item (agenda, GROVE_AGENDA_OBJECTIVE_AT_RISK, o->title, detail, o->due, o->id, FALSE);
        }
      else if (grove_objective_is_open (o) && o->due != NULL && g_strcmp0 (o->due, horizon) <= 0)
        {
          detail = g_strdup_printf (_("Due %s; %u%% done."), due, o->progress);
          grove_agenda_add_item (agenda, GROVE_AGENDA_OBJECTIVE_DUE, o->title, detail, o->due, o->id, FALSE);
        }
    }
  return TRUE;
}

static void
add_activity (GroveAgenda          *agenda,
              const GroveActivity  *a)
{
  const char *method = grove_learning_method_label (a->method);
  g_autofree char *detail = NULL;
  g_autofree char *completed = grove_ipdr_format_date (a->completed);
  g_autofree char *due = grove_ipdr_format_date (a->due);

  if (a->status == GROVE_ACTIVITY_COMPLETED)
    {
      if (g_strcmp0 (a->completed, agenda->since) < 0)
        return;
      if (a->rating > 0)
        detail = g_strdup_printf (_("%s, completed %s and rated %d of 5."), method, completed, a->rating);
      else
        detail = g_strdup_printf (_("%s, completed %s: talk about what changed in the work, and evaluate it."),
                                  method, completed);
      grove_agenda_add_item (agenda, GROVE_AGENDA_ACTIVITY_COMPLETED, a->title, detail, a->completed, a->id, FALSE);
    }
  else if (a->status == GROVE_ACTIVITY_PLANNED || a->status == GROVE_ACTIVITY_IN_PROGRESS)
    {
      gboolean overdue = a->due != NULL && g_strcmp0 (a->due, agenda->today) < 0;

      if (a->due == NULL)
        detail = g_strdup_printf (_("%s · %s · no due date"), method, grove_activity_status_label (a->status));
      else
        detail = g_strdup_printf (overdue ? _("%s · %s · was due %s") : _("%s · %s · due %s"), method,
                                  grove_activity_status_label (a->status), due);
      grove_agenda_add_item (agenda, GROVE_AGENDA_ACTIVITY_OPEN, a->title, detail, a->due, a->id, overdue);
    }
}

static gboolean
add_since (GroveStore       *store,
           GroveAgenda      *agenda,
           const GroveIpdr  *ipdr,
           GError          **error)
{
  g_autoptr(GPtrArray) activities = grove_ipdr_list_activities (store, ipdr->id, error);
  g_autoptr(GPtrArray) notes = NULL;
  g_autoptr(GPtrArray) feedback = NULL;

  if (activities == NULL || (notes = grove_ipdr_list_wpa_notes (store, ipdr->id, error)) == NULL ||
      (feedback = grove_ipdr_list_feedback (store, ipdr->id, error)) == NULL)
    return FALSE;
  for (guint i = 0; i < activities->len; i++)
    add_activity (agenda, g_ptr_array_index (activities, i));
  /* On the day of the last conversation, notes may come from before or
   * after it: they are shown again rather than missed. */
  for (guint i = 0; i < notes->len; i++)
    {
      const GroveWpaNote *note = g_ptr_array_index (notes, i);

      if (g_strcmp0 (note->noted, agenda->since) >= 0)
        grove_agenda_add_item (agenda, GROVE_AGENDA_WPA_NOTE, note->observation, note->feedback, note->noted,
                               note->id, FALSE);
    }
  for (guint i = 0; i < feedback->len; i++)
    {
      const GroveFeedback *f = g_ptr_array_index (feedback, i);
      g_autofree char *title = f->from_name != NULL
        ? g_strdup_printf ("%s (%s)", f->from_name, grove_feedback_source_label (f->source))
        : g_strdup (grove_feedback_source_label (f->source));

      if (g_strcmp0 (f->received, agenda->since) >= 0)
        grove_agenda_add_item (agenda, GROVE_AGENDA_FEEDBACK, title, f->text, f->received, f->id, FALSE);
    }
  return TRUE;
}

static int
compare_items (gconstpointer a,
               gconstpointer b)
{
  const GroveAgendaItem *x = *(const GroveAgendaItem * const *) a;
  const GroveAgendaItem *y = *(const GroveAgendaItem * const *) b;

  if (x->kind != y->kind)
    return x->kind < y->kind ? -1 : 1;
  /* Undated items last within their kind. */
  if ((x->date == NULL) != (y->date == NULL))
    return x->date == NULL ? 1 : -1;
  return g_strcmp0 (x->date, y->date);
}

/**
 * grove_agenda_build_with_sources:
 * @today: (nullable): the day of the conversation; %NULL for today
 * @sources: (array length=n_sources) (nullable): more items to add
 *
 * Returns: (transfer full): the agenda, or %NULL with @error set
 */
GroveAgenda *
grove_agenda_build_with_sources (GroveStore               *store,
                                 gint64                    ipdr_id,
                                 const char               *today,
                                 const GroveAgendaSource  *sources,
                                 guint                     n_sources,
                                 GError                  **error)
{
  g_autoptr(GroveAgenda) agenda = NULL;
  g_autoptr(GroveIpdr) ipdr = NULL;
  g_autofree char *horizon = NULL;

  g_return_val_if_fail (GROVE_IS_STORE (store), NULL);
  g_return_val_if_fail (sources != NULL || n_sources == 0, NULL);

  if (!_grove_ipdr_check_date (today, error) || (ipdr = grove_ipdr_get (store, ipdr_id, error)) == NULL)
    return NULL;

  agenda = g_new0 (GroveAgenda, 1);
  agenda->ipdr_id = ipdr->id;
  agenda->person_id = ipdr->person_id;
  agenda->person_name = g_strdup (ipdr->person_name);
  agenda->today = today != NULL ? g_strdup (today) : grove_ipdr_today ();
  agenda->since = g_strdup (ipdr->last_conversation != NULL ? ipdr->last_conversation : ipdr->period_start);
  agenda->items = g_ptr_array_new_with_free_func ((GDestroyNotify) grove_agenda_item_free);
  horizon = _grove_ipdr_add_days (agenda->today, GROVE_OBJECTIVE_DUE_SOON_DAYS);

  if (!add_reviews (store, agenda, ipdr, horizon, error) || !add_objectives (store, agenda, ipdr, horizon, error) ||
      !add_since (store, agenda, ipdr, error))
    return NULL;
  for (guint i = 0; i < n_sources; i++)
    if (!sources[i].func (store, agenda, sources[i].user_data, error))
      return NULL;
  g_ptr_array_sort (agenda->items, compare_items);
  return g_steal_pointer (&agenda);
}

GroveAgenda *
grove_agenda_build (GroveStore  *store,
                    gint64       ipdr_id,
                    const char  *today,
                    GError     **error)
{
  return grove_agenda_build_with_sources (store, ipdr_id, today, NULL, 0, error);
}

/**
 * grove_agenda_finish_conversation:
 * @held: (nullable): the day of the conversation; %NULL for today
 * @notes: (nullable): what was said and agreed
 *
 * Stores the notes and moves the record's last-conversation date to @held
 * (never back: notes of an earlier conversation can be added later), in one
 * transaction.
 *
 * Returns: the conversation's id, or 0 with @error set
 */
gint64
grove_agenda_finish_conversation (GroveStore  *store,
                                  gint64       ipdr_id,
                                  const char  *held,
                                  const char  *notes,
                                  GError     **error)
{
  g_autofree char *today = held == NULL ? grove_ipdr_today () : NULL;
  gint64 id;

  g_return_val_if_fail (GROVE_IS_STORE (store), 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  if (!_grove_ipdr_check_date (held, error) || !_grove_store_begin (store, error))
    return 0;
  if (!_grove_ipdr_check_writable (store, ipdr_id, error) ||
      (id = _grove_conversation_insert (store, ipdr_id, held != NULL ? held : today, notes, error)) == 0)
    {
      _grove_store_rollback (store);
      return 0;
    }
  return _grove_store_commit (store, error) ? id : 0;
}
