/* grove-demo-ratings.c: the demo's learning-culture survey
 *
 * One round a year, each March, the last in 2026, on the built-in
 * framework. Each team has a culture of its own: a base level, a lean per
 * condition and a trend (about a third improve year on year, a few slip).
 * Each year most of a team's people answer, so that a small team can
 * fall below the anonymity threshold in one year and not the next. A
 * respondent's score is the team's level plus their own outlook and some
 * noise, rounded onto the scale; a few statements are "not observed".
 * Organisation-wide targets sit at 3.8 to 4.0, which most teams have not
 * reached yet.
 *
 * The large benchmark database (10,000 people, 500 teams, 5 rounds) stands
 * for a staff survey the size of a large department's: about 25 answers a
 * team each round, 1.4 million ratings in all. That is more than the 20 or
 * so people a team has in the demo organisation, as a real survey reaches
 * staff that Grove does not list, so there each team's number of answers
 * is drawn for the team and varied each round rather than taken from its
 * people; a few teams stay small, so that suppression is part of the
 * work. The ratings go straight through cached statements inside the one
 * transaction grove_demo_generate() holds.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "grove-assessment-private.h"
#include "grove-demo-private.h"
#include "grove-framework.h"
#include "grove-org.h"

#define LAST_YEAR      2026
/* Percent of a team's people who answer each year in the small demo: more
 * than a staff survey gets, since teams of six to nine would otherwise
 * mostly fall below the threshold and leave the screens empty (one or two
 * still do, so that suppression shows). */
#define SMALL_RESPONSE_RATE  85
/* The large demo's answers per team and round: most teams LARGE_MIN to
 * LARGE_MIN + LARGE_SPREAD - 1, one in LARGE_FEW_IN below the threshold or
 * close to it; each round varies by up to LARGE_VARY either way. */
#define LARGE_MIN            19
#define LARGE_SPREAD         15
#define LARGE_FEW_IN         30
#define LARGE_VARY           3
#define TITLE_FORMAT   "Learning culture survey %u"

/* By condition, in the built-in framework's order. */
static const double targets[] = { 3.9, 3.8, 4.0, 3.9, 3.8, 3.8 };

static const char * const evidence_notes[] = {
  "Lessons-learned reviews are held after every project.",
  "Our team meeting has a standing item on what we learned.",
  "Feedback is mostly given at the end-of-year review.",
  "New starters are paired with someone experienced.",
  "Training is often cancelled when work is busy.",
  "We share notes from courses on the team site.",
};

typedef struct {
  gint64  id;
  guint   people;
  guint   respondents;                 /* in the large demo: a round's answers, before variation */
  double  base;                        /* the team's level in the first round */
  double  trend;                       /* change per round */
  double  lean[G_N_ELEMENTS (targets)]; /* per condition */
} Team;

typedef struct {
  GroveStore      *store;
  GroveDemoRng     rng;
  GroveFramework  *framework;
  GArray          *teams;       /* of Team */
  double          *statement_lean; /* per statement, framework order */
  guint            n_statements;
  gboolean         small;       /* evidence notes and a keener response in the small demo only */
} Survey;

/* Mean 0, spread about `scale`: three uniforms summed look normal enough. */
static double
noise (Survey *s,
       double  scale)
{
  double sum = 0;

  for (guint i = 0; i < 3; i++)
    sum += _grove_demo_rng_uniform (&s->rng) * 2 - 1;
  return sum * scale / 1.7320508;
}

static gboolean
load_teams (Survey  *s,
            GError **error)
{
  g_autoptr(GPtrArray) units = grove_org_list_units (s->store, error);

  if (units == NULL)
    return FALSE;
  for (guint i = 0; i < units->len; i++)
    {
      GroveOrgUnit *unit = g_ptr_array_index (units, i);
      Team team = { unit->id, unit->n_people, 0, 0, 0, { 0 } };
      guint kind;

      if (unit->kind != GROVE_ORG_UNIT_TEAM)
        continue;
      team.base = 2.9 + 1.1 * _grove_demo_rng_uniform (&s->rng);
      kind = _grove_demo_rng_below (&s->rng, 100);
      team.trend = kind < 35 ? 0.15 + 0.15 * _grove_demo_rng_uniform (&s->rng)   /* improving */
                 : kind < 45 ? -0.1 * _grove_demo_rng_uniform (&s->rng)          /* slipping */
                             : noise (s, 0.04);
      for (guint c = 0; c < G_N_ELEMENTS (targets); c++)
        team.lean[c] = noise (s, 0.25);
      /* Drawn last and only here, so that the small demo stays as it was. */
      if (!s->small)
        team.respondents = _grove_demo_rng_below (&s->rng, LARGE_FEW_IN) == 0
                           ? 2 + _grove_demo_rng_below (&s->rng, 5)
                           : LARGE_MIN + _grove_demo_rng_below (&s->rng, LARGE_SPREAD);
      g_array_append_val (s->teams, team);
    }
  return TRUE;
}

static int
to_scale (double latent)
{
  return (int) CLAMP (lround (latent), 1, 5);
}

static gboolean
add_response (Survey      *s,
              gint64       round_id,
              const Team  *team,
              guint        round,
              const char  *date,
              GError     **error)
{
  g_autoptr(GroveResponse) response = grove_response_new (round_id, team->id);
  double outlook = noise (s, 0.45);
  guint k = 0;

  response->submitted = g_strdup (date);
  for (guint c = 0; c < s->framework->conditions->len; c++)
    {
      GroveFrameworkCondition *condition = g_ptr_array_index (s->framework->conditions, c);
      double level = team->base + team->trend * round + team->lean[c % G_N_ELEMENTS (targets)] + outlook;

      for (guint j = 0; j < condition->statements->len; j++, k++)
        {
          GroveFrameworkStatement *statement = g_ptr_array_index (condition->statements, j);
          gboolean observed = !_grove_demo_rng_chance (&s->rng, 6);
          int score = to_scale (level + s->statement_lean[k] + noise (s, 0.6));
          gboolean noted = s->small && _grove_demo_rng_chance (&s->rng, 3);

          grove_response_add_rating (response, statement->id, observed ? score : GROVE_RATING_NOT_OBSERVED,
                                     noted ? evidence_notes[_grove_demo_rng_below (&s->rng, G_N_ELEMENTS (evidence_notes))]
                                           : NULL);
        }
    }
  return _grove_assessment_insert_response (s->store, response, error);
}

/* The large demo's answers from a team this round. */
static guint
count_large_respondents (Survey     *s,
                         const Team *team)
{
  int varied = (int) team->respondents + (int) _grove_demo_rng_below (&s->rng, 2 * LARGE_VARY + 1) - LARGE_VARY;

  return (guint) MAX (varied, 1);
}

static gboolean
add_round (Survey   *s,
           guint     round,
           guint     year,
           GError  **error)
{
  g_autofree char *title = g_strdup_printf (TITLE_FORMAT, year);
  g_autofree char *opens = g_strdup_printf ("%04u-03-01", year);
  g_autofree char *closes = g_strdup_printf ("%04u-03-31", year);
  g_autoptr(GroveRound) record = grove_round_new (title, s->framework->id, opens, closes);

  if (!_grove_assessment_insert_round (s->store, record, error))
    return FALSE;
  for (guint t = 0; t < s->teams->len; t++)
    {
      const Team *team = &g_array_index (s->teams, Team, t);
      /* The small demo asks each of a team's people in turn. */
      guint asked = s->small ? team->people : count_large_respondents (s, team);

      for (guint p = 0; p < asked; p++)
        {
          g_autofree char *date = NULL;

          if (s->small && !_grove_demo_rng_chance (&s->rng, SMALL_RESPONSE_RATE))
            continue;
          date = g_strdup_printf ("%04u-03-%02u", year, 1 + _grove_demo_rng_below (&s->rng, 31));
          if (!add_response (s, record->id, team, round, date, error))
            return FALSE;
        }
    }
  return TRUE;
}

static gboolean
add_targets (Survey  *s,
             GError **error)
{
  for (guint c = 0; c < s->framework->conditions->len && c < G_N_ELEMENTS (targets); c++)
    {
      GroveFrameworkCondition *condition = g_ptr_array_index (s->framework->conditions, c);

      if (!grove_assessment_set_target (s->store, condition->id, 0, targets[c], error))
        return FALSE;
    }
  return TRUE;
}

gboolean
_grove_demo_generate_ratings (GroveStore              *store,
                              const GroveDemoOptions  *options,
                              GError                 **error)
{
  Survey s = { 0 };
  gboolean ok;

  if (options->rounds == 0)
    return TRUE;

  s.store = store;
  _grove_demo_rng_init (&s.rng, options->seed, GROVE_DEMO_STREAM_RATINGS);
  s.framework = grove_framework_get_by_key (store, GROVE_FRAMEWORK_BUILTIN_KEY, error);
  if (s.framework == NULL)
    return FALSE;
  s.teams = g_array_new (FALSE, TRUE, sizeof (Team));
  s.n_statements = grove_framework_count_statements (s.framework);
  s.statement_lean = g_new (double, MAX (s.n_statements, 1));
  s.small = options->people <= 1000;
  for (guint k = 0; k < s.n_statements; k++)
    s.statement_lean[k] = noise (&s, 0.2);

  ok = load_teams (&s, error) && add_targets (&s, error);
  for (guint r = 0; ok && r < options->rounds; r++)
    ok = add_round (&s, r, LAST_YEAR - (options->rounds - 1) + r, error);

  grove_framework_free (s.framework);
  g_array_unref (s.teams);
  g_free (s.statement_lean);
  return ok;
}
