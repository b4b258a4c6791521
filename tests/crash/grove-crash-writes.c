/* grove-crash-writes.c: the writes the crash test makes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "grove-crash-writes.h"

#include <stdlib.h>

#include "grove-assessment.h"
#include "grove-framework.h"
#include "grove-org.h"
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

static const GroveCrashWrite writes[] = {
  { "team", write_team, check_team },
  { "person", write_person, check_person },
  { "move", write_move, check_move },
  { "responses", write_responses, check_responses },
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
