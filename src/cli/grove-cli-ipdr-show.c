/* grove-cli-ipdr-show.c: grove-cli ipdr show PERSON [--period YEAR]
 *
 * The whole record as plain text, section by section, with the SMART advice
 * beside each objective and the objectives at risk marked.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "grove-cli.h"
#include "grove-ipdr.h"
#include "grove-ipdr-notes.h"
#include "grove-ipdr-objective.h"
#include "grove-ipdr-plan.h"

static GroveIpdr *
find_record (GroveStore  *store,
             gint64       person,
             const char  *year,
             const char  *date,
             GError     **error)
{
  g_autoptr(GPtrArray) records = NULL;

  if (year == NULL)
    return grove_ipdr_find (store, person, date, error);
  if ((records = grove_ipdr_list_for_person (store, person, error)) == NULL)
    return NULL;
  for (guint i = 0; i < records->len; i++)
    {
      GroveIpdr *ipdr = g_ptr_array_index (records, i);

      if (g_str_has_prefix (ipdr->period_start, year))
        return g_ptr_array_steal_index (records, i);
    }
  g_set_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_NOT_FOUND, _("There is no IPDR whose period starts in %s."),
               year);
  return NULL;
}

static void
print_header (const GroveIpdr *ipdr)
{
  g_autofree char *period = grove_ipdr_format_period (ipdr);

  g_print (_("IPDR of %s, %s (%s to %s)\n"), ipdr->person_name, period, ipdr->period_start, ipdr->period_end);
  g_print (_("Manager: %s\n"), ipdr->manager_name != NULL ? ipdr->manager_name : _("none"));
  g_print (_("Status: %s\n"), grove_ipdr_status_label (ipdr->status));
  if (ipdr->last_conversation != NULL)
    g_print (_("Last conversation: %s\n"), ipdr->last_conversation);
  if (ipdr->locked)
    g_print (_("Signed off by the person on %s and by the manager on %s; locked.\n"), ipdr->person_signed,
             ipdr->manager_signed != NULL ? ipdr->manager_signed : "—");
}

static void
print_objectives (const GroveIpdr *ipdr,
                  GPtrArray       *objectives,
                  const char      *today)
{
  g_print ("\n%s\n", _("Objectives"));
  if (objectives->len == 0)
    g_print ("  %s\n", _("None yet."));
  for (guint i = 0; i < objectives->len; i++)
    {
      GroveObjective *o = g_ptr_array_index (objectives, i);
      g_autoptr(GPtrArray) advice = grove_objective_check_smart (o, ipdr->period_start, ipdr->period_end);
      const char *flag = grove_objective_is_overdue (o, today) ? _(" — overdue")
                         : grove_objective_is_at_risk (o, ipdr->period_start, today) ? _(" — at risk") : "";

      g_print ("  %u. %s\n", i + 1, o->title);
      g_print (_("     %s, %u%% done, due %s%s\n"), grove_objective_status_label (o->status), o->progress,
               o->due != NULL ? o->due : "—", flag);
      if (o->measure != NULL)
        g_print (_("     Measure: %s\n"), o->measure);
      for (guint j = 0; j < advice->len; j++)
        g_print (_("     Advice: %s\n"), ((GroveSmartAdvice *) g_ptr_array_index (advice, j))->advice);
    }
}

static void
print_plan (GPtrArray *needs,
            GPtrArray *activities)
{
  g_print ("\n%s\n", _("Development plan"));
  if (needs->len == 0)
    g_print ("  %s\n", _("None yet."));
  for (guint i = 0; i < needs->len; i++)
    {
      GroveNeed *need = g_ptr_array_index (needs, i);

      /* TRANSLATORS: a development need: capability, priority, where it was found */
      g_print (_("  %s (%s priority; from %s)\n"), need->capability, grove_need_priority_label (need->priority),
               grove_need_source_label (need->source));
      for (guint j = 0; j < activities->len; j++)
        {
          GroveActivity *a = g_ptr_array_index (activities, j);

          if (a->need_id != need->id)
            continue;
          g_print ("    - %s: %s, %s", grove_learning_method_label (a->method), a->title,
                   grove_activity_status_label (a->status));
          if (a->completed != NULL)
            g_print (_(", completed %s"), a->completed);
          else if (a->due != NULL)
            g_print (_(", due %s"), a->due);
          g_print ("\n");
          if (a->rating > 0)
            g_print (_("      Evaluation: %d of 5. %s\n"), a->rating, a->what_changed != NULL ? a->what_changed : "");
        }
    }
}

static void
print_notes (GPtrArray *notes,
             GPtrArray *reviews,
             GPtrArray *feedback)
{
  g_print ("\n%s\n", _("Workplace assessment notes"));
  if (notes->len == 0)
    g_print ("  %s\n", _("None yet."));
  for (guint i = 0; i < notes->len; i++)
    {
      GroveWpaNote *note = g_ptr_array_index (notes, i);

      g_print ("  %s  %s\n", note->noted, note->observation);
      if (note->feedback != NULL)
        g_print (_("              Feedback: %s\n"), note->feedback);
    }

  g_print ("\n%s\n", _("Reviews"));
  if (reviews->len == 0)
    g_print ("  %s\n", _("None yet."));
  for (guint i = 0; i < reviews->len; i++)
    {
      GroveReview *r = g_ptr_array_index (reviews, i);

      g_print ("  %s: ", grove_review_kind_label (r->kind));
      if (r->held != NULL)
        g_print (_("held %s"), r->held);
      else
        g_print (_("booked for %s"), r->scheduled != NULL ? r->scheduled : "—");
      if (r->rating > 0)
        g_print (_(", rated %d of 5"), r->rating);
      g_print ("\n");
      if (r->summary != NULL)
        g_print ("    %s\n", r->summary);
      if (r->went_well != NULL)
        g_print (_("    What went well: %s\n"), r->went_well);
      if (r->went_badly != NULL)
        g_print (_("    What did not: %s\n"), r->went_badly);
      if (r->learned != NULL)
        g_print (_("    What they learned: %s\n"), r->learned);
      if (r->manager_view != NULL)
        g_print (_("    The manager’s view: %s\n"), r->manager_view);
    }

  if (feedback->len > 0)
    g_print ("\n%s\n", _("360 feedback"));
  for (guint i = 0; i < feedback->len; i++)
    {
      GroveFeedback *f = g_ptr_array_index (feedback, i);

      g_print ("  %s  %s%s%s: %s\n", f->received, grove_feedback_source_label (f->source),
               f->from_name != NULL ? ", " : "", f->from_name != NULL ? f->from_name : "", f->text);
    }
}

int
grove_cli_ipdr_show (GroveCli   *cli,
                     const char *person_text,
                     const char *year,
                     const char *date)
{
  g_autofree char *today = date == NULL ? grove_ipdr_today () : g_strdup (date);
  g_autoptr(GroveIpdr) ipdr = NULL;
  g_autoptr(GPtrArray) objectives = NULL, needs = NULL, activities = NULL, notes = NULL;
  g_autoptr(GPtrArray) reviews = NULL, feedback = NULL, amendments = NULL;
  GError *error = NULL;
  GroveStore *store;
  gint64 person;

  if ((store = grove_cli_get_store (cli, &error)) == NULL ||
      (person = grove_cli_find_person (store, person_text, &error)) == 0 ||
      (ipdr = find_record (store, person, year, date, &error)) == NULL ||
      (objectives = grove_ipdr_list_objectives (store, ipdr->id, &error)) == NULL ||
      (needs = grove_ipdr_list_needs (store, ipdr->id, &error)) == NULL ||
      (activities = grove_ipdr_list_activities (store, ipdr->id, &error)) == NULL ||
      (notes = grove_ipdr_list_wpa_notes (store, ipdr->id, &error)) == NULL ||
      (reviews = grove_ipdr_list_reviews (store, ipdr->id, &error)) == NULL ||
      (feedback = grove_ipdr_list_feedback (store, ipdr->id, &error)) == NULL ||
      (amendments = grove_ipdr_list_amendments (store, ipdr->id, &error)) == NULL)
    return grove_cli_fail (error);

  print_header (ipdr);
  print_objectives (ipdr, objectives, today);
  print_plan (needs, activities);
  print_notes (notes, reviews, feedback);
  if (amendments->len > 0)
    g_print ("\n%s\n", _("Amendments after sign-off"));
  for (guint i = 0; i < amendments->len; i++)
    {
      GroveIpdrAmendment *a = g_ptr_array_index (amendments, i);

      g_print ("  %s  %s: %s\n", a->amended_at, a->by_name != NULL ? a->by_name : _("unknown"), a->what);
    }
  return GROVE_CLI_EXIT_OK;
}
