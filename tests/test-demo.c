/* test-demo.c: the seeded demo organisation
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "grove-demo-private.h"
#include "grove-ipdr-objective.h"
#include "grove-my-team.h"
#include "grove-coaching.h"
#include "grove-org.h"
#include "grove-test-store.h"
#include "grove-test-utils.h"

typedef struct {
  char       *dir;
  GroveStore *store;
  GroveStore *other;
} Fixture;

static GroveStore *
open_store (Fixture    *fx,
            const char *file)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (fx->dir, file, NULL);
  GroveStore *store = grove_store_open (path, &error);

  g_assert_no_error (error);
  return store;
}

static void
fixture_set_up (Fixture       *fx,
                gconstpointer  data)
{
  fx->dir = grove_test_mkdtemp ();
  fx->store = open_store (fx, "one.db");
  fx->other = open_store (fx, "two.db");
}

static void
fixture_tear_down (Fixture       *fx,
                   gconstpointer  data)
{
  g_clear_object (&fx->store);
  g_clear_object (&fx->other);
  grove_test_rmdir (fx->dir);
  g_free (fx->dir);
}

static void
generate (GroveStore *store,
          guint       people,
          guint       teams,
          guint64     seed)
{
  g_autoptr(GError) error = NULL;
  GroveDemoOptions options;

  grove_demo_options_init (&options);
  options.people = people;
  options.teams = teams;
  options.seed = seed;
  g_assert_true (grove_demo_generate (store, &options, &error));
  g_assert_no_error (error);
}

static GPtrArray *
list_people (GroveStore *store)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *people = grove_org_list_people (store, 0, TRUE, TRUE, &error);

  g_assert_no_error (error);
  return people;
}

static void
count_units (GroveStore *store,
             guint       counts[3])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) units = grove_org_list_units (store, &error);

  g_assert_no_error (error);
  counts[0] = counts[1] = counts[2] = 0;
  for (guint i = 0; i < units->len; i++)
    counts[((GroveOrgUnit *) g_ptr_array_index (units, i))->kind]++;
}

/* Checks the shape every demo must have, whatever its size: one head, a
 * line that reaches the head from everyone without repeating, grades that
 * fall downwards, people in teams or directorates, unique addresses. */
static void
assert_well_formed (GroveStore *store,
                    guint       n_people)
{
  g_autoptr(GPtrArray) people = list_people (store);
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GHashTable) emails = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) unit_kinds = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, NULL);
  g_autoptr(GPtrArray) units = grove_org_list_units (store, NULL);
  guint heads = 0;

  g_assert_cmpuint (people->len, ==, n_people);
  for (guint i = 0; i < units->len; i++)
    {
      GroveOrgUnit *unit = g_ptr_array_index (units, i);

      g_hash_table_insert (unit_kinds, &unit->id, GINT_TO_POINTER (unit->kind));
    }
  for (guint i = 0; i < people->len; i++)
    {
      GrovePerson *person = g_ptr_array_index (people, i);

      g_hash_table_insert (by_id, &person->id, person);
      g_assert_true (g_hash_table_add (emails, person->email));
      g_assert_true (g_str_has_suffix (person->email, "@learning-skills.test"));
      g_assert_true (grove_person_has_language (person, "English"));
      g_assert_true (grove_person_date_is_valid (person->start_date));
      g_assert_nonnull (person->start_date);
      g_assert_nonnull (person->profession);
      g_assert_nonnull (person->location);
      g_assert_true (g_hash_table_contains (unit_kinds, &person->unit_id));
      g_assert_cmpint (GPOINTER_TO_INT (g_hash_table_lookup (unit_kinds, &person->unit_id)), !=,
                       GROVE_ORG_UNIT_ORGANISATION);
    }

  for (guint i = 0; i < people->len; i++)
    {
      GrovePerson *person = g_ptr_array_index (people, i);
      GrovePerson *below = person;
      guint steps = 0;

      if (person->manager_id == 0)
        {
          heads++;
          g_assert_cmpstr (person->grade, ==, "SCS2");
          continue;
        }
      /* Walk to the head; more steps than people would mean a cycle. */
      while (below->manager_id != 0)
        {
          GrovePerson *manager = g_hash_table_lookup (by_id, &below->manager_id);

          g_assert_nonnull (manager);
          g_assert_cmpint (grove_person_grade_rank (manager->grade), >, grove_person_grade_rank (below->grade));
          below = manager;
          g_assert_cmpuint (++steps, <=, n_people);
        }
    }
  g_assert_cmpuint (heads, ==, 1);
}

static char *
snapshot (GroveStore *store)
{
  g_autoptr(GPtrArray) people = list_people (store);
  g_autoptr(GPtrArray) units = grove_org_list_units (store, NULL);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < units->len; i++)
    {
      GroveOrgUnit *unit = g_ptr_array_index (units, i);

      g_string_append_printf (out, "%" G_GINT64_FORMAT " %" G_GINT64_FORMAT " %d %s\n",
                              unit->id, unit->parent_id, unit->kind, unit->name);
    }
  for (guint i = 0; i < people->len; i++)
    {
      GrovePerson *p = g_ptr_array_index (people, i);
      g_autofree char *languages = g_strjoinv (",", p->languages);

      g_string_append_printf (out, "%" G_GINT64_FORMAT "|%s|%s|%" G_GINT64_FORMAT "|%" G_GINT64_FORMAT
                              "|%s|%s|%s|%s|%s\n",
                              p->id, p->name, p->email, p->unit_id, p->manager_id, p->grade,
                              p->profession, p->location, p->start_date, languages);
    }
  return g_string_free (out, FALSE);
}

static void
test_small (Fixture       *fx,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) people = NULL;
  g_autoptr(GArray) chain = NULL;
  guint counts[3];
  guint welsh = 0, in_wales = 0;

  g_assert_true (grove_demo_generate (fx->store, NULL, &error));
  g_assert_no_error (error);

  count_units (fx->store, counts);
  g_assert_cmpuint (counts[GROVE_ORG_UNIT_ORGANISATION], ==, 1);
  g_assert_cmpuint (counts[GROVE_ORG_UNIT_DIRECTORATE], ==, 3);
  g_assert_cmpuint (counts[GROVE_ORG_UNIT_TEAM], ==, GROVE_DEMO_DEFAULT_TEAMS);
  assert_well_formed (fx->store, GROVE_DEMO_DEFAULT_PEOPLE);

  people = list_people (fx->store);
  for (guint i = 0; i < people->len; i++)
    {
      GrovePerson *person = g_ptr_array_index (people, i);

      welsh += grove_person_has_language (person, "Welsh");
      in_wales += g_strcmp0 (person->location, "Cardiff") == 0 || g_strcmp0 (person->location, "Swansea") == 0;
    }
  g_assert_cmpuint (welsh, >, 0);
  g_assert_cmpuint (welsh, <, people->len / 2);
  g_assert_cmpuint (in_wales, >, 0);

  /* The store's own view of the line agrees: the last person has a chain
   * that ends at the head (id 1, generated first). */
  chain = grove_org_get_manager_chain (fx->store, ((GrovePerson *) g_ptr_array_index (people, people->len - 1))->id,
                                       &error);
  g_assert_no_error (error);
  g_assert_cmpuint (chain->len, >=, 2);
  g_assert_cmpint (g_array_index (chain, gint64, chain->len - 1), ==, 1);
}

static void
test_same_seed_same_data (Fixture       *fx,
                          gconstpointer  data)
{
  g_autofree char *one = NULL;
  g_autofree char *two = NULL;
  g_autofree char *three = NULL;
  g_autoptr(GroveStore) third = open_store (fx, "three.db");

  generate (fx->store, 60, 8, 42);
  generate (fx->other, 60, 8, 42);
  generate (third, 60, 8, 43);
  one = snapshot (fx->store);
  two = snapshot (fx->other);
  three = snapshot (third);
  g_assert_cmpstr (one, ==, two);
  g_assert_cmpstr (one, !=, three);
}

static void
test_refuses_existing (Fixture       *fx,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  GroveDemoOptions options;

  generate (fx->store, 60, 8, 1);
  before = snapshot (fx->store);

  grove_demo_options_init (&options);
  options.seed = 2;
  g_assert_false (grove_demo_generate (fx->store, &options, &error));
  g_assert_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_CONSTRAINT);
  g_clear_error (&error);
  after = snapshot (fx->store);
  g_assert_cmpstr (before, ==, after);

  /* Replacing gives what a fresh database with that seed would hold, apart
   * from ids, which carry on. */
  options.replace = TRUE;
  g_assert_true (grove_demo_generate (fx->store, &options, &error));
  g_assert_no_error (error);
  assert_well_formed (fx->store, 60);
  g_clear_pointer (&after, g_free);
  after = snapshot (fx->store);
  g_assert_cmpstr (before, !=, after);
}

static void
test_invalid_options (Fixture       *fx,
                      gconstpointer  data)
{
  static const struct { guint people, teams; } cases[] = {
    { 60, 1 }, { 60, 0 }, { 9, 8 }, { 2, 2 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      GroveDemoOptions options;

      grove_demo_options_init (&options);
      options.people = cases[i].people;
      options.teams = cases[i].teams;
      g_assert_false (grove_demo_generate (fx->store, &options, &error));
      g_assert_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_INVALID);
    }
  g_assert_cmpuint (grove_demo_min_people (8), ==, 11);
  /* The smallest allowed works, and everyone then leads or directs. */
  generate (fx->store, 11, 8, 7);
  assert_well_formed (fx->store, 11);
}

static void
test_large (Fixture       *fx,
            gconstpointer  data)
{
  g_autoptr(GroveOrgUnit) unit = NULL;
  g_autoptr(GError) error = NULL;
  guint counts[3];

  generate (fx->store, 2000, 100, 5);
  count_units (fx->store, counts);
  g_assert_cmpuint (counts[GROVE_ORG_UNIT_ORGANISATION], ==, 1);
  g_assert_cmpuint (counts[GROVE_ORG_UNIT_DIRECTORATE], ==, 3);
  g_assert_cmpuint (counts[GROVE_ORG_UNIT_TEAM], ==, 100);
  assert_well_formed (fx->store, 2000);

  generate (fx->other, 2000, 251, 5);
  count_units (fx->other, counts);
  g_assert_cmpuint (counts[GROVE_ORG_UNIT_DIRECTORATE], ==, 10);
  g_assert_cmpuint (counts[GROVE_ORG_UNIT_TEAM], ==, 251);
  assert_well_formed (fx->other, 2000);

  /* Team names never repeat, even across directorates of the same theme,
   * so a team can always be named on the command line. */
  unit = grove_org_find_unit_by_name (fx->other, "Digital Services 2", &error);
  g_assert_no_error (error);
  g_assert_cmpint (unit->kind, ==, GROVE_ORG_UNIT_TEAM);
}

static void
test_rng_reference (void)
{
  /* The published splitmix64 sequence from state 0: if this changes, every
   * seed's organisation changes with it. */
  GroveDemoRng rng = { 0 };

  g_assert_cmphex (_grove_demo_rng_next (&rng), ==, G_GUINT64_CONSTANT (0xe220a8397b1dcdaf));
  g_assert_cmphex (_grove_demo_rng_next (&rng), ==, G_GUINT64_CONSTANT (0x6e789e6aa1b965f4));
  g_assert_cmphex (_grove_demo_rng_next (&rng), ==, G_GUINT64_CONSTANT (0x06c45d188009454f));

  for (guint i = 0; i < 1000; i++)
    g_assert_cmpuint (_grove_demo_rng_below (&rng, 7), <, 7);
}

/* What My team shows of the whole organisation on the demo's day. */
static void
count_attention (GroveStore *store,
                 guint       counts[4],
                 guint      *at_risk)
{
  g_autoptr(GError) error = NULL;
  gint64 head = grove_test_query_int (store, "SELECT id FROM person WHERE manager_id IS NULL");
  g_autoptr(GPtrArray) team = grove_my_team_list (store, head, FALSE, GROVE_DEMO_IPDR_AS_OF, &error);

  g_assert_no_error (error);
  memset (counts, 0, 4 * sizeof (guint));
  *at_risk = 0;
  for (guint i = 0; i < team->len; i++)
    {
      GroveTeamMember *member = g_ptr_array_index (team, i);

      counts[member->attention]++;
      *at_risk += member->at_risk;
    }
}

static void
test_ipdrs (Fixture       *fx,
            gconstpointer  data)
{
  guint counts[4], again[4], at_risk, at_risk_again;

  generate (fx->store, 60, 8, 1);
  generate (fx->other, 60, 8, 1);
  /* Everyone has a record for 2026–27, with their manager. */
  g_assert_cmpint (grove_test_query_int (fx->store, "SELECT count(*) FROM ipdr"), ==, 60);
  g_assert_cmpint (grove_test_query_int (fx->store, "SELECT count(*) FROM ipdr i JOIN person p ON p.id = i.person_id"
                                                    " WHERE i.manager_id IS NOT p.manager_id"), ==, 0);
  g_assert_cmpint (grove_test_query_int (fx->store, "SELECT count(DISTINCT status) FROM ipdr"), ==, 3);
  g_assert_cmpint (grove_test_query_int (fx->store, "SELECT count(*) FROM ipdr_objective"), >=, 100);
  g_assert_cmpint (grove_test_query_int (fx->store, "SELECT count(DISTINCT method) FROM ipdr_activity"), ==, 7);
  g_assert_cmpint (grove_test_query_int (fx->store, "SELECT count(*) FROM ipdr_activity WHERE rating IS NOT NULL"),
                   >, 0);
  g_assert_cmpint (grove_test_query_int (fx->store, "SELECT count(*) FROM ipdr_wpa_note"), >, 0);
  g_assert_cmpint (grove_test_query_int (fx->store, "SELECT count(*) FROM ipdr_review WHERE held IS NOT NULL"), >, 0);

  /* Believable: most people fine, some behind, some with a review overdue,
   * some with no agreed objectives yet. */
  count_attention (fx->store, counts, &at_risk);
  g_test_message ("overdue %u, no plan %u, behind %u, fine %u; objectives at risk %u",
                  counts[0], counts[1], counts[2], counts[3], at_risk);
  for (guint i = 0; i < 4; i++)
    g_assert_cmpuint (counts[i], >, 0);
  g_assert_cmpuint (counts[GROVE_ATTENTION_NONE], >, counts[GROVE_ATTENTION_REVIEW_OVERDUE]);
  g_assert_cmpuint (at_risk, >, 5);

  /* My team counts objectives at risk in SQL; the agenda and the record
   * use the C rule. They must agree on every record. */
  {
    g_autoptr(GError) error = NULL;
    gint64 head = grove_test_query_int (fx->store, "SELECT id FROM person WHERE manager_id IS NULL");
    g_autoptr(GPtrArray) team = grove_my_team_list (fx->store, head, FALSE, GROVE_DEMO_IPDR_AS_OF, &error);

    g_assert_no_error (error);
    for (guint i = 0; i < team->len; i++)
      {
        GroveTeamMember *member = g_ptr_array_index (team, i);
        g_autoptr(GPtrArray) objectives = grove_ipdr_list_objectives (fx->store, member->ipdr_id, &error);
        guint behind = 0;

        g_assert_no_error (error);
        for (guint j = 0; j < objectives->len; j++)
          {
            GroveObjective *o = g_ptr_array_index (objectives, j);

            behind += grove_objective_is_overdue (o, GROVE_DEMO_IPDR_AS_OF) ||
                      grove_objective_is_at_risk (o, "2026-04-01", GROVE_DEMO_IPDR_AS_OF);
          }
        g_assert_cmpuint (member->at_risk, ==, behind);
      }
  }

  /* The same seed, the same records. */
  count_attention (fx->other, again, &at_risk_again);
  g_assert_cmpmem (counts, sizeof counts, again, sizeof again);
  g_assert_cmpuint (at_risk, ==, at_risk_again);
  g_assert_cmpint (grove_test_query_int (fx->store, "SELECT sum(progress * id) FROM ipdr_objective"), ==,
                   grove_test_query_int (fx->other, "SELECT sum(progress * id) FROM ipdr_objective"));
}

/* Every coaching table, row by row, as text. */
static char *
coaching_snapshot (GroveStore *store)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GPtrArray) coaches = NULL;
  g_autoptr(GPtrArray) requests = NULL;
  g_autoptr(GError) error = NULL;

  coaches = grove_coaching_list_coaches (store, &error);
  g_assert_no_error (error);
  requests = grove_coaching_list_requests (store, FALSE, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < coaches->len; i++)
    {
      const GroveCoach *c = coaches->pdata[i];
      g_autofree char *specialisms = g_strjoinv (",", c->specialisms);

      g_string_append_printf (text, "%s %u/%u %u %s %u|", c->name, c->used, c->capacity, c->roles, specialisms,
                              c->availability);
    }
  for (guint i = 0; i < requests->len; i++)
    {
      const GroveCoachingRequest *r = requests->pdata[i];
      g_autofree char *languages = g_strjoinv (",", r->languages);

      g_string_append_printf (text, "%s %s %d %d %s|", r->name, r->requested, r->kind, r->status, languages);
    }
  g_string_append_printf (text, "%" G_GINT64_FORMAT " sessions, %" G_GINT64_FORMAT " minutes",
                          grove_test_query_int (store, "SELECT count(*) FROM coaching_session"),
                          grove_test_query_int (store, "SELECT sum (minutes) FROM coaching_session"));
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
test_coaching (Fixture       *fx,
               gconstpointer  data)
{
  g_autofree char *one = NULL;
  g_autofree char *two = NULL;
  g_autoptr(GroveMatchRun) run = NULL;
  g_autoptr(GError) error = NULL;

  generate (fx->store, 60, 8, 3);
  generate (fx->other, 60, 8, 3);
  one = coaching_snapshot (fx->store);
  two = coaching_snapshot (fx->other);
  g_assert_cmpstr (one, ==, two);

  g_assert_cmpint (grove_test_query_int (fx->store, "SELECT count(*) FROM coach"), ==, GROVE_DEMO_DEFAULT_COACHES);
  g_assert_cmpint (grove_test_query_int (fx->store, "SELECT count(*) FROM coaching_request"), ==,
                   GROVE_DEMO_DEFAULT_REQUESTS);
  /* Some need a Welsh-speaking coach, and all of those speak Welsh. */
  g_assert_cmpint (grove_test_query_int (fx->store, "SELECT count(*) FROM request_language"), >, 0);
  g_assert_cmpint (grove_test_query_int (fx->store,
                     "SELECT count(*) FROM request_language l JOIN coaching_request q ON q.id = l.request_id"
                     " WHERE NOT EXISTS (SELECT 1 FROM person_language p WHERE p.person_id = q.person_id"
                     " AND p.language = l.language)"), ==, 0);
  /* Three relationships (a fifth of the requests), each with sessions;
   * one closed with its evaluation, one paused. */
  g_assert_cmpint (grove_test_query_int (fx->store, "SELECT count(*) FROM coaching_relationship"), ==, 3);
  g_assert_cmpint (grove_test_query_int (fx->store, "SELECT count(*) FROM coaching_relationship r WHERE NOT EXISTS"
                     " (SELECT 1 FROM coaching_session s WHERE s.relationship_id = r.id)"), ==, 0);
  g_assert_cmpint (grove_test_query_int (fx->store, "SELECT rating FROM coaching_relationship WHERE status = 2"), ==, 4);
  g_assert_cmpint (grove_test_query_int (fx->store, "SELECT count(*) FROM coaching_relationship WHERE status = 1"), ==,
                   1);
  g_assert_cmpint (grove_test_query_int (fx->store, "SELECT count(*) FROM coaching_exclusion"), ==, 1);
  g_assert_cmpint (grove_test_query_int (fx->store, "SELECT count(*) FROM coaching_lock"), ==, 1);
  /* Nobody is both in the pool and asking, and nobody asks twice. */
  g_assert_cmpint (grove_test_query_int (fx->store, "SELECT count(*) FROM coaching_request q"
                     " JOIN coach c ON c.person_id = q.person_id"), ==, 0);
  g_assert_cmpint (grove_test_query_int (fx->store, "SELECT count(DISTINCT person_id) FROM coaching_request"), ==,
                   GROVE_DEMO_DEFAULT_REQUESTS);

  /* The lock is one the rules allow, so the demo can be matched as it is. */
  run = grove_coaching_match (fx->store, 0, GROVE_MATCH_MODE_OPTIMAL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (run->proposals->len, >, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/demo/small", test_small);
  ADD ("/demo/same-seed-same-data", test_same_seed_same_data);
  ADD ("/demo/refuses-existing", test_refuses_existing);
  ADD ("/demo/invalid-options", test_invalid_options);
  ADD ("/demo/large", test_large);
  ADD ("/demo/ipdrs", test_ipdrs);
  ADD ("/demo/coaching", test_coaching);
#undef ADD
  g_test_add_func ("/demo/rng-reference", test_rng_reference);

  return g_test_run ();
}
