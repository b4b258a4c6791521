/* grove-demo.c: a believable organisation, generated from a seed
 *
 * The first run shows a small demo organisation so that no screen is empty,
 * and benchmarks use a large one. Both come from here, one part per file
 * (grove-demo-org.c, …), all in one transaction.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "grove-assessment-private.h"
#include "grove-coaching-private.h"
#include "grove-demo-private.h"
#include "grove-ipdr-private.h"
#include "grove-org-private.h"

/* Plenty for a benchmark, and keeps every count within a guint. */
#define MAX_PEOPLE 1000000

static guint64
splitmix64 (guint64 *state)
{
  guint64 z = (*state += G_GUINT64_CONSTANT (0x9e3779b97f4a7c15));

  z = (z ^ (z >> 30)) * G_GUINT64_CONSTANT (0xbf58476d1ce4e5b9);
  z = (z ^ (z >> 27)) * G_GUINT64_CONSTANT (0x94d049bb133111eb);
  return z ^ (z >> 31);
}

void
_grove_demo_rng_init (GroveDemoRng    *rng,
                      guint64          seed,
                      GroveDemoStream  stream)
{
  guint64 mix = seed ^ ((guint64) stream * G_GUINT64_CONSTANT (0xd1b54a32d192ed03));

  rng->state = splitmix64 (&mix);
}

guint64
_grove_demo_rng_next (GroveDemoRng *rng)
{
  return splitmix64 (&rng->state);
}

guint
_grove_demo_rng_below (GroveDemoRng *rng,
                       guint         n)
{
  g_return_val_if_fail (n > 0, 0);

  /* Lemire's multiply-shift: no modulo bias worth the name at these sizes,
   * and no division. */
  return (guint) (((_grove_demo_rng_next (rng) >> 32) * (guint64) n) >> 32);
}

double
_grove_demo_rng_uniform (GroveDemoRng *rng)
{
  /* The top 53 bits, exactly representable in a double. */
  return (double) (_grove_demo_rng_next (rng) >> 11) * (1.0 / 9007199254740992.0);
}

gboolean
_grove_demo_rng_chance (GroveDemoRng *rng,
                        guint         percent)
{
  return _grove_demo_rng_below (rng, 100) < percent;
}

void
grove_demo_options_init (GroveDemoOptions *options)
{
  g_return_if_fail (options != NULL);

  options->people = GROVE_DEMO_DEFAULT_PEOPLE;
  options->teams = GROVE_DEMO_DEFAULT_TEAMS;
  options->seed = GROVE_DEMO_DEFAULT_SEED;
  options->rounds = GROVE_DEMO_DEFAULT_ROUNDS;
  options->replace = FALSE;
  options->ipdrs = TRUE;
  options->coaches = GROVE_DEMO_DEFAULT_COACHES;
  options->requests = GROVE_DEMO_DEFAULT_REQUESTS;
}

/* Three directorates, as in a small department, until there are so many
 * teams that a director would oversee more than about 25. */
guint
_grove_demo_count_directorates (guint teams)
{
  return teams < 5 ? 1 : MAX (3, (teams - 1) / 25);
}

/**
 * grove_demo_min_people:
 * @teams: teams in the demo organisation, at least 2
 *
 * Returns: the fewest people an organisation of @teams can have
 */
guint
grove_demo_min_people (guint teams)
{
  g_return_val_if_fail (teams >= 2, 0);

  /* A head, a director per directorate, and a leader for every team but
   * the private office, which the head leads. */
  return 1 + _grove_demo_count_directorates (teams) + (teams - 1);
}

static gboolean
check_options (const GroveDemoOptions  *options,
               GError                 **error)
{
  if (options->teams < 2)
    {
      g_set_error_literal (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_INVALID,
                           _("A demo organisation needs at least 2 teams: the private office and one more."));
      return FALSE;
    }
  if (options->people > MAX_PEOPLE || options->teams > MAX_PEOPLE)
    {
      g_set_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_INVALID,
                   _("A demo organisation can have at most %u people."), (guint) MAX_PEOPLE);
      return FALSE;
    }
  if (options->rounds > GROVE_DEMO_MAX_ROUNDS)
    {
      g_set_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_INVALID,
                   _("A demo organisation can have at most %u assessment rounds."), (guint) GROVE_DEMO_MAX_ROUNDS);
      return FALSE;
    }
  if (options->people < grove_demo_min_people (options->teams))
    {
      g_set_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_INVALID,
                   _("%u people are too few for %u teams: each team needs a leader, each directorate a director "
                     "and the organisation a head, so at least %u."),
                   options->people, options->teams, grove_demo_min_people (options->teams));
      return FALSE;
    }
  return TRUE;
}

static gboolean
make_room (GroveStore              *store,
           const GroveDemoOptions  *options,
           GError                 **error)
{
  gboolean empty = FALSE;

  if (!_grove_org_is_empty (store, &empty, error))
    return FALSE;
  if (empty)
    return TRUE;
  /* Results describe the organisation, so they go with it. */
  if (options->replace)
    return _grove_assessment_clear (store, error) && _grove_ipdr_clear (store, error) &&
           _grove_coaching_clear (store, error) &&
           _grove_org_clear (store, error);

  g_set_error_literal (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_CONSTRAINT,
                       _("This database already holds an organisation, so the demo organisation was not created. "
                         "Use a new database, or choose to replace the organisation and everyone in it."));
  return FALSE;
}

/**
 * grove_demo_generate:
 * @options: (nullable): what to generate; %NULL for the small first-run demo
 *
 * Fills the database with a fictional public body: an organisation, its
 * directorates and teams, and people with grades, professions, locations,
 * languages and a line-management tree in which grades fall downwards; and
 * yearly learning-culture survey rounds with anonymous responses from each
 * team, and organisation-wide targets; everyone's IPDR for 2026–27, with
 * the organisation's, directorates' and some teams' objectives that many of
 * theirs support; and a
 * coaching pool with its waiting list, exclusions, a locked pair and
 * relationships under way.
 *
 * The same options give the same data, down to every id, on every platform.
 * A database that already holds units or people is refused
 * (%GROVE_STORE_ERROR_CONSTRAINT) unless @options asks to replace them, and
 * then the old organisation goes in the same transaction: either the new one
 * is there afterwards or the old one is untouched.
 *
 * Returns: FALSE with @error set when nothing was changed
 */
gboolean
grove_demo_generate (GroveStore              *store,
                     const GroveDemoOptions  *options,
                     GError                 **error)
{
  g_autofree char *trigger_sql = NULL;
  GroveDemoOptions defaults;

  g_return_val_if_fail (GROVE_IS_STORE (store), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (options == NULL)
    {
      grove_demo_options_init (&defaults);
      options = &defaults;
    }
  if (!check_options (options, error))
    return FALSE;

  /* The ratings of the benchmark organisation number over a million. */
  if (!_grove_store_begin (store, error))
    return FALSE;
  if (!make_room (store, options, error) ||
      !_grove_demo_generate_org (store, options, error) ||
      !_grove_assessment_pause_tallies (store, &trigger_sql, error) ||
      !_grove_demo_generate_ratings (store, options, error) ||
      !_grove_assessment_resume_tallies (store, trigger_sql, error) ||
      (options->ipdrs && !_grove_demo_generate_ipdrs (store, options, error)) ||
      (options->ipdrs && !_grove_demo_generate_plan (store, options, error)) ||
      !_grove_demo_generate_coaching (store, options, error))
    {
      _grove_store_rollback (store);
      return FALSE;
    }
  return _grove_store_commit (store, error);
}
