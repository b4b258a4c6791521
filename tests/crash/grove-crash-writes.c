/* grove-crash-writes.c: the writes the crash test makes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "grove-crash-writes.h"

#include <stdlib.h>

#include "grove-assessment.h"
#include "grove-coaching.h"
#include "grove-framework.h"
#include "grove-ipdr.h"
#include "grove-ipdr-objective.h"
#include "grove-org.h"
#include "grove-relationship.h"
#include "grove-store-private.h"

static gint64
pick (GroveCrashWriter *writer,
      GArray           *ids)
{
  return g_array_index (ids, gint64, g_rand_int_range (writer->rand, 0, ids->len));
}

/* A new team under the organisation. */
static gboolean
write_team (GroveCrashWriter  *writer,
            GString           *report,
            GError           **error)
{
  g_autofree char *name = g_strdup_printf ("Team %u-%u", writer->run, writer->serial);
  gint64 id = grove_org_add_unit (writer->store, GROVE_ORG_UNIT_TEAM, name, writer->organisation, error);

  if (id <= 0)
    return FALSE;
  g_array_append_val (writer->teams, id);
  g_string_append_printf (report, "%" G_GINT64_FORMAT "\t%s", id, name);
  return TRUE;
}

static void
check_team (GroveStore  *store,
            char       **fields)
{
  g_autoptr(GError) error = NULL;
  GroveOrgUnit *unit = grove_org_get_unit (store, g_ascii_strtoll (fields[0], NULL, 10), &error);

  g_assert_no_error (error);
  g_assert_cmpstr (unit->name, ==, fields[1]);
  grove_org_unit_free (unit);
}

/* A new person in one of the teams. */
static gboolean
write_person (GroveCrashWriter  *writer,
              GString           *report,
              GError           **error)
{
  g_autofree char *name = g_strdup_printf ("Person %u-%u", writer->run, writer->serial);
  g_autoptr(GrovePerson) person = grove_person_new (name);
  gint64 id;

  person->unit_id = pick (writer, writer->teams);
  person->email = g_strdup_printf ("p%u.%u@example.invalid", writer->run, writer->serial);
  id = grove_org_add_person (writer->store, person, error);
  if (id <= 0)
    return FALSE;
  g_array_append_val (writer->people, id);
  g_string_append_printf (report, "%" G_GINT64_FORMAT "\t%s", id, name);
  return TRUE;
}

static void
check_person (GroveStore  *store,
              char       **fields)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GrovePerson) person = grove_org_get_person (store, g_ascii_strtoll (fields[0], NULL, 10), &error);

  g_assert_no_error (error);
  g_assert_cmpstr (person->name, ==, fields[1]);
}

/* A person moves desk. Later moves overwrite earlier ones, and a move may
 * be committed without being reported; desks only ever grow in number, so
 * the stored desk is the reported one or a later one. */
static gboolean
write_move (GroveCrashWriter  *writer,
            GString           *report,
            GError           **error)
{
  g_autoptr(GrovePerson) person = NULL;
  guint64 desk = (guint64) writer->run * 1000000 + writer->serial;

  if (writer->people->len == 0)
    {
      g_autoptr(GString) unreported = g_string_new (NULL);

      if (!write_person (writer, unreported, error))
        return FALSE;
    }
  person = grove_org_get_person (writer->store, pick (writer, writer->people), error);
  if (person == NULL)
    return FALSE;
  g_free (person->location);
  person->location = g_strdup_printf ("Desk %" G_GUINT64_FORMAT, desk);
  if (!grove_org_update_person (writer->store, person, error))
    return FALSE;
  g_string_append_printf (report, "%" G_GINT64_FORMAT "\t%" G_GUINT64_FORMAT, person->id, desk);
  return TRUE;
}

static void
check_move (GroveStore  *store,
            char       **fields)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GrovePerson) person = grove_org_get_person (store, g_ascii_strtoll (fields[0], NULL, 10), &error);

  g_assert_no_error (error);
  g_assert_nonnull (person->location);
  g_assert_true (g_str_has_prefix (person->location, "Desk "));
  g_assert_cmpuint (g_ascii_strtoull (person->location + 5, NULL, 10), >=, g_ascii_strtoull (fields[1], NULL, 10));
}

static GroveResponse *
random_response (GroveCrashWriter *writer)
{
  GroveResponse *response = grove_response_new (writer->round, pick (writer, writer->teams));

  for (guint i = 0; i < writer->statements->len; i++)
    grove_response_add_rating (response, g_array_index (writer->statements, gint64, i),
                               g_rand_int_range (writer->rand, 1, 6), NULL);
  return response;
}

/* A batch of survey responses in one transaction, as an import makes. */
static gboolean
write_responses (GroveCrashWriter  *writer,
                 GString           *report,
                 GError           **error)
{
  g_autoptr(GPtrArray) responses = g_ptr_array_new_with_free_func ((GDestroyNotify) grove_response_free);
  guint count = g_rand_int_range (writer->rand, 1, 40);

  for (guint i = 0; i < count; i++)
    g_ptr_array_add (responses, random_response (writer));
  if (!grove_assessment_add_responses (writer->store, responses, error))
    return FALSE;
  for (guint i = 0; i < count; i++)
    {
      GroveResponse *response = g_ptr_array_index (responses, i);

      g_string_append_printf (report, "%s%" G_GINT64_FORMAT ":%" G_GINT64_FORMAT ":%d", i > 0 ? "\t" : "",
                              response->id, response->unit_id,
                              g_array_index (response->ratings, GroveRating, 0).score);
    }
  return TRUE;
}

static void
check_responses (GroveStore  *store,
                 char       **fields)
{
  for (; *fields != NULL; fields++)
    {
      g_autoptr(GError) error = NULL;
      g_auto(GStrv) parts = g_strsplit (*fields, ":", 3);
      g_autoptr(GroveResponse) response = grove_assessment_get_response (store, g_ascii_strtoll (parts[0], NULL, 10),
                                                                         &error);

      g_assert_no_error (error);
      g_assert_cmpint (response->unit_id, ==, g_ascii_strtoll (parts[1], NULL, 10));
      g_assert_cmpuint (response->ratings->len, ==, 22);
      g_assert_cmpint (g_array_index (response->ratings, GroveRating, 0).score, ==, atoi (parts[2]));
    }
}

/* Someone new, not reported: the writes below build on them. */
static gint64
add_unreported_person (GroveCrashWriter  *writer,
                       const char        *role,
                       GError           **error)
{
  g_autofree char *name = g_strdup_printf ("%s %u-%u", role, writer->run, writer->serial);
  g_autoptr(GrovePerson) person = grove_person_new (name);

  person->unit_id = pick (writer, writer->teams);
  return grove_org_add_person (writer->store, person, error);
}

/* An IPDR for someone new, and an objective on it: the objective is the
 * write reported, so the record under it must be there too. */
static gboolean
write_objective (GroveCrashWriter  *writer,
                 GString           *report,
                 GError           **error)
{
  g_autofree char *title = g_strdup_printf ("Objective %u-%u", writer->run, writer->serial);
  g_autoptr(GroveObjective) objective = grove_objective_new (title);
  gint64 person = add_unreported_person (writer, "Reviewee", error);
  gint64 ipdr, id;

  if (person <= 0 || (ipdr = grove_ipdr_create (writer->store, person, "2026-04-01", "2027-03-31", error)) <= 0)
    return FALSE;
  objective->progress = g_rand_int_range (writer->rand, 0, 101);
  if ((id = grove_ipdr_add_objective (writer->store, ipdr, objective, error)) <= 0)
    return FALSE;
  g_string_append_printf (report, "%" G_GINT64_FORMAT "\t%" G_GINT64_FORMAT "\t%s\t%u",
                          id, ipdr, title, objective->progress);
  return TRUE;
}

static void
check_objective (GroveStore  *store,
                 char       **fields)
{
  g_autoptr(GError) error = NULL;
  GroveObjective *objective = grove_ipdr_get_objective (store, g_ascii_strtoll (fields[0], NULL, 10), &error);

  g_assert_no_error (error);
  g_assert_cmpint (objective->ipdr_id, ==, g_ascii_strtoll (fields[1], NULL, 10));
  g_assert_cmpstr (objective->title, ==, fields[2]);
  g_assert_cmpuint (objective->progress, ==, g_ascii_strtoull (fields[3], NULL, 10));
  grove_objective_free (objective);
}

/* A new coach and a new request, a matching run over the whole waiting
 * list, and the request's proposal accepted: the relationship is reported.
 * Every coach added has a seat, so the new request always finds one. */
static gboolean
write_match (GroveCrashWriter  *writer,
             GString           *report,
             GError           **error)
{
  g_autoptr(GroveCoach) coach = NULL;
  g_autoptr(GroveCoachingRequest) request = NULL;
  g_autoptr(GroveMatchRun) run = NULL;
  gint64 coach_person = add_unreported_person (writer, "Coach", error);
  gint64 coachee = coach_person > 0 ? add_unreported_person (writer, "Coachee", error) : 0;
  gint64 request_id, relationship;

  if (coachee <= 0)
    return FALSE;
  coach = grove_coach_new (coach_person, GROVE_MATCH_ROLE_COACH, 1);
  request = grove_coaching_request_new (coachee, GROVE_MATCH_COACHING, "2026-11-01");
  if (grove_coaching_add_coach (writer->store, coach, error) <= 0 ||
      (request_id = grove_coaching_add_request (writer->store, request, error)) <= 0 ||
      (run = grove_coaching_match (writer->store, 0, GROVE_MATCH_MODE_OPTIMAL, error)) == NULL ||
      (relationship = grove_coaching_accept (writer->store, run->id, request_id, 0, "2026-11-02", error)) <= 0)
    return FALSE;
  g_string_append_printf (report, "%" G_GINT64_FORMAT "\t%" G_GINT64_FORMAT, relationship, request_id);
  return TRUE;
}

static void
check_match (GroveStore  *store,
             char       **fields)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GroveRelationship) relationship = grove_relationship_get (store, g_ascii_strtoll (fields[0], NULL, 10),
                                                                      &error);

  g_assert_no_error (error);
  g_assert_cmpint (relationship->request_id, ==, g_ascii_strtoll (fields[1], NULL, 10));
}

static const GroveCrashWrite writes[] = {
  { "team", write_team, check_team },
  { "person", write_person, check_person },
  { "move", write_move, check_move },
  { "responses", write_responses, check_responses },
  { "objective", write_objective, check_objective },
  { "match", write_match, check_match },
};

const GroveCrashWrite *
grove_crash_writes (guint *n_writes)
{
  *n_writes = G_N_ELEMENTS (writes);
  return writes;
}

void
grove_crash_check_line (GroveStore *store,
                        const char *line)
{
  g_auto(GStrv) fields = g_strsplit (line, "\t", -1);

  for (guint i = 0; i < G_N_ELEMENTS (writes); i++)
    if (g_str_equal (fields[0], writes[i].kind))
      {
        writes[i].check (store, fields + 1);
        return;
      }
  g_error ("unknown write “%s”", line);
}

/* The organisation, a first team and a round, made once by the first
 * writer; a writer killed before it finished leaves them to the next. */
static gboolean
set_up_database (GroveCrashWriter  *writer,
                 GError           **error)
{
  g_autoptr(GroveFramework) framework = NULL;
  g_autoptr(GroveRound) round = NULL;
  g_autoptr(GPtrArray) units = grove_org_list_units (writer->store, error);
  g_autoptr(GPtrArray) rounds = NULL;

  if (units == NULL)
    return FALSE;
  for (guint i = 0; i < units->len; i++)
    {
      GroveOrgUnit *unit = g_ptr_array_index (units, i);

      if (unit->kind == GROVE_ORG_UNIT_ORGANISATION)
        writer->organisation = unit->id;
      else
        g_array_append_val (writer->teams, unit->id);
    }
  if (writer->organisation == 0 &&
      (writer->organisation = grove_org_add_unit (writer->store, GROVE_ORG_UNIT_ORGANISATION, "Crash Test Office",
                                                  0, error)) <= 0)
    return FALSE;
  if (writer->teams->len == 0)
    {
      g_autoptr(GString) ignored = g_string_new (NULL);

      if (!write_team (writer, ignored, error))
        return FALSE;
    }

  framework = grove_framework_get_by_key (writer->store, GROVE_FRAMEWORK_BUILTIN_KEY, error);
  if (framework == NULL || (rounds = grove_assessment_list_rounds (writer->store, error)) == NULL)
    return FALSE;
  if (rounds->len > 0)
    writer->round = ((GroveRound *) g_ptr_array_index (rounds, 0))->id;
  else
    {
      round = grove_round_new ("Crash Test Round", framework->id, "2026-01-01", "2026-12-31");
      if ((writer->round = grove_assessment_add_round (writer->store, round, error)) <= 0)
        return FALSE;
    }
  for (guint i = 0; i < framework->conditions->len; i++)
    {
      GroveFrameworkCondition *condition = g_ptr_array_index (framework->conditions, i);

      for (guint j = 0; j < condition->statements->len; j++)
        g_array_append_val (writer->statements, ((GroveFrameworkStatement *) g_ptr_array_index (condition->statements, j))->id);
    }
  return TRUE;
}

GroveCrashWriter *
grove_crash_writer_new (const char  *path,
                        guint        run,
                        guint32      seed,
                        GError     **error)
{
  g_autoptr(GroveCrashWriter) writer = g_new0 (GroveCrashWriter, 1);

  writer->rand = g_rand_new_with_seed (seed);
  writer->run = run;
  writer->teams = g_array_new (FALSE, FALSE, sizeof (gint64));
  writer->people = g_array_new (FALSE, FALSE, sizeof (gint64));
  writer->statements = g_array_new (FALSE, FALSE, sizeof (gint64));
  if ((writer->store = grove_store_open (path, error)) == NULL || !set_up_database (writer, error))
    return NULL;
  return g_steal_pointer (&writer);
}

void
grove_crash_writer_free (GroveCrashWriter *writer)
{
  g_clear_object (&writer->store);
  g_clear_pointer (&writer->rand, g_rand_free);
  g_clear_pointer (&writer->teams, g_array_unref);
  g_clear_pointer (&writer->people, g_array_unref);
  g_clear_pointer (&writer->statements, g_array_unref);
  g_free (writer);
}
