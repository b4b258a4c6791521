/* test-rollup.c: the roll-up against figures worked out by hand, and the
 * anonymity rules
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <math.h>

#include "grove-assessment.h"
#include "grove-framework.h"
#include "grove-org.h"
#include "grove-rollup-private.h"
#include "grove-test-utils.h"

#define NO GROVE_RATING_NOT_OBSERVED

/* Two conditions: c1 with statements s1 and s2, c2 with s3; scale 1 to 5. */
static const char tiny_framework[] =
  "<framework id=\"tiny\" version=\"1\"><title>Tiny</title>"
  "<scale><point value=\"1\">1</point><point value=\"2\">2</point><point value=\"3\">3</point>"
  "<point value=\"4\">4</point><point value=\"5\">5</point><not-observed>Not observed</not-observed></scale>"
  "<condition id=\"c1\"><title>One</title>"
  "<statement id=\"s1\">First</statement><statement id=\"s2\">Second</statement></condition>"
  "<condition id=\"c2\"><title>Two</title><statement id=\"s3\">Third</statement></condition>"
  "</framework>";

typedef struct {
  char           *dir;
  GroveStore     *store;
  GroveFramework *framework;
  gint64          s[3];   /* statement ids */
  gint64          org, a, t1, t2, t3, office;
  gint64          r1, r2; /* r1 closes before r2 */
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) xml = g_bytes_new_static (tiny_framework, sizeof tiny_framework - 1);
  g_autofree char *path = NULL;
  g_autoptr(GroveRound) r1 = NULL, r2 = NULL;
  GroveFrameworkCondition *c1, *c2;

  f->dir = grove_test_mkdtemp ();
  path = g_build_filename (f->dir, "grove.db", NULL);
  f->store = grove_store_open (path, &error);
  g_assert_no_error (error);
  f->framework = grove_framework_load_bytes (xml, "tiny.xml", &error);
  g_assert_no_error (error);
  grove_framework_import (f->store, f->framework, &error);
  g_assert_no_error (error);
  c1 = g_ptr_array_index (f->framework->conditions, 0);
  c2 = g_ptr_array_index (f->framework->conditions, 1);
  f->s[0] = ((GroveFrameworkStatement *) g_ptr_array_index (c1->statements, 0))->id;
  f->s[1] = ((GroveFrameworkStatement *) g_ptr_array_index (c1->statements, 1))->id;
  f->s[2] = ((GroveFrameworkStatement *) g_ptr_array_index (c2->statements, 0))->id;

  f->org = grove_org_add_unit (f->store, GROVE_ORG_UNIT_ORGANISATION, "Org", 0, &error);
  f->a = grove_org_add_unit (f->store, GROVE_ORG_UNIT_DIRECTORATE, "A", f->org, &error);
  f->t1 = grove_org_add_unit (f->store, GROVE_ORG_UNIT_TEAM, "T1", f->a, &error);
  f->t2 = grove_org_add_unit (f->store, GROVE_ORG_UNIT_TEAM, "T2", f->a, &error);
  f->t3 = grove_org_add_unit (f->store, GROVE_ORG_UNIT_TEAM, "T3", f->a, &error);
  f->office = grove_org_add_unit (f->store, GROVE_ORG_UNIT_TEAM, "Office", f->org, &error);
  g_assert_no_error (error);

  r1 = grove_round_new ("Round 1", f->framework->id, "2025-03-01", "2025-03-31");
  r2 = grove_round_new ("Round 2", f->framework->id, "2026-03-01", "2026-03-31");
  f->r2 = grove_assessment_add_round (f->store, r2, &error);
  f->r1 = grove_assessment_add_round (f->store, r1, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->store);
  grove_framework_free (f->framework);
  grove_test_rmdir (f->dir);
  g_free (f->dir);
}

static void
respond (Fixture *f,
         gint64   round,
         gint64   team,
         int      s1,
         int      s2,
         int      s3)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GroveResponse) response = grove_response_new (round, team);

  grove_response_add_rating (response, f->s[0], s1, NULL);
  grove_response_add_rating (response, f->s[1], s2, NULL);
  grove_response_add_rating (response, f->s[2], s3, NULL);
  grove_assessment_add_response (f->store, response, &error);
  g_assert_no_error (error);
}

static void
respond_times (Fixture *f,
               gint64   round,
               gint64   team,
               guint    times)
{
  for (guint i = 0; i < times; i++)
    respond (f, round, team, 4, 4, 4);
}

/* T1: (5, 4, NO) and (3, NO, 2); T2: (1, 2, 5); T3: (3, 4, 4). Office: none. */
static void
add_tiny_round (Fixture *f)
{
  respond (f, f->r2, f->t1, 5, 4, NO);
  respond (f, f->r2, f->t1, 3, NO, 2);
  respond (f, f->r2, f->t2, 1, 2, 5);
  respond (f, f->r2, f->t3, 3, 4, 4);
}

static GroveRollup *
compute (Fixture *f,
         gint64   round,
         guint    threshold)
{
  g_autoptr(GError) error = NULL;
  GroveRollup *rollup = grove_rollup_compute (f->store, round, threshold, &error);

  g_assert_no_error (error);
  g_assert_nonnull (rollup);
  return rollup;
}

static void
assert_distribution (const GroveRollupFigures *figures,
                     guint                     d1,
                     guint                     d2,
                     guint                     d3,
                     guint                     d4,
                     guint                     d5)
{
  g_assert_cmpuint (figures->distribution[0], ==, d1);
  g_assert_cmpuint (figures->distribution[1], ==, d2);
  g_assert_cmpuint (figures->distribution[2], ==, d3);
  g_assert_cmpuint (figures->distribution[3], ==, d4);
  g_assert_cmpuint (figures->distribution[4], ==, d5);
}

static void
test_team_figures (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GroveRollup) rollup = NULL;
  const GroveRollupFigures *x;

  add_tiny_round (f);
  rollup = compute (f, f->r2, 1);

  /* T1, s1: 5 and 3. */
  x = grove_rollup_get_statement (rollup, f->t1, 0, 0);
  g_assert_cmpfloat_with_epsilon (x->mean, 4.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (x->percent_positive, 50.0, 1e-9);
  g_assert_cmpuint (x->respondents, ==, 2);
  g_assert_cmpuint (x->scored, ==, 2);
  g_assert_cmpuint (x->not_observed, ==, 0);
  assert_distribution (x, 0, 0, 1, 0, 1);

  /* T1, s2: 4 and "not observed": counted, not in the mean. */
  x = grove_rollup_get_statement (rollup, f->t1, 0, 1);
  g_assert_cmpfloat_with_epsilon (x->mean, 4.0, 1e-9);
  g_assert_cmpuint (x->respondents, ==, 2);
  g_assert_cmpuint (x->scored, ==, 1);
  g_assert_cmpuint (x->not_observed, ==, 1);

  /* T1, condition c1 pools s1 and s2: 5, 3, 4. */
  x = grove_rollup_get_condition (rollup, f->t1, 0);
  g_assert_cmpfloat_with_epsilon (x->mean, 4.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (x->percent_positive, 200.0 / 3, 1e-9);
  g_assert_cmpuint (x->respondents, ==, 2);
  g_assert_cmpuint (x->scored, ==, 3);
  g_assert_cmpuint (x->not_observed, ==, 1);
  assert_distribution (x, 0, 0, 1, 1, 1);

  /* T1, c2: 2 and "not observed". */
  x = grove_rollup_get_condition (rollup, f->t1, 1);
  g_assert_cmpfloat_with_epsilon (x->mean, 2.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (x->percent_positive, 0.0, 1e-9);
  g_assert_cmpuint (x->not_observed, ==, 1);

  /* T1 overall: 5, 3, 4, 2. */
  x = grove_rollup_get_overall (rollup, f->t1);
  g_assert_cmpfloat_with_epsilon (x->mean, 3.5, 1e-9);
  g_assert_cmpuint (x->scored, ==, 4);
  g_assert_cmpuint (x->not_observed, ==, 2);
}

static void
test_parent_figures (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GroveRollup) rollup = NULL;
  const GroveRollupFigures *x;

  add_tiny_round (f);
  rollup = compute (f, f->r2, 1);

  /* A, c1: 5, 3, 4 | 1, 2 | 3, 4 — all respondents together, not a mean
   * of team means. */
  x = grove_rollup_get_condition (rollup, f->a, 0);
  g_assert_cmpfloat_with_epsilon (x->mean, 22.0 / 7, 1e-9);
  g_assert_cmpfloat_with_epsilon (x->percent_positive, 300.0 / 7, 1e-9);
  g_assert_cmpuint (x->respondents, ==, 4);
  g_assert_cmpuint (x->scored, ==, 7);
  g_assert_cmpuint (x->not_observed, ==, 1);
  assert_distribution (x, 1, 1, 2, 2, 1);

  /* A, c2: 2 | 5 | 4. */
  x = grove_rollup_get_condition (rollup, f->a, 1);
  g_assert_cmpfloat_with_epsilon (x->mean, 11.0 / 3, 1e-9);
  g_assert_cmpfloat_with_epsilon (x->percent_positive, 200.0 / 3, 1e-9);

  /* The organisation has no other responses: the same as A. */
  x = grove_rollup_get_condition (rollup, f->org, 0);
  g_assert_cmpfloat_with_epsilon (x->mean, 22.0 / 7, 1e-9);
  g_assert_cmpuint (x->respondents, ==, 4);

  /* The office has no respondents, so nothing is shown for it. */
  g_assert_null (grove_rollup_get_condition (rollup, f->office, 0));
  g_assert_cmpint (grove_rollup_find_unit (rollup, f->office)->suppression, ==, GROVE_SUPPRESSION_BELOW_THRESHOLD);
}

static void
test_benchmarks (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GroveRollup) rollup = NULL;
  double median, upper;

  add_tiny_round (f);
  rollup = compute (f, f->r2, 1);

  /* Team means for c1: T2 1.5, T3 3.5, T1 4.0. */
  g_assert_true (grove_rollup_get_benchmark (rollup, 0, &median, &upper));
  g_assert_cmpfloat_with_epsilon (median, 3.5, 1e-9);
  g_assert_cmpfloat_with_epsilon (upper, 3.75, 1e-9);
  /* c2: T1 2, T3 4, T2 5. */
  g_assert_true (grove_rollup_get_benchmark (rollup, 1, &median, &upper));
  g_assert_cmpfloat_with_epsilon (median, 4.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (upper, 4.5, 1e-9);
}

static void
test_change_from_previous (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GroveRollup) rollup = NULL;
  const GroveRollupFigures *x;

  add_tiny_round (f);
  respond (f, f->r1, f->t1, 3, 3, 3);
  rollup = compute (f, f->r2, 1);

  g_assert_nonnull (grove_rollup_get_previous_round (rollup));
  g_assert_cmpint (grove_rollup_get_previous_round (rollup)->id, ==, f->r1);
  x = grove_rollup_get_condition (rollup, f->t1, 0);
  g_assert_true (x->has_change);
  g_assert_cmpfloat_with_epsilon (x->change, 1.0, 1e-9);
  x = grove_rollup_get_condition (rollup, f->t1, 1);
  g_assert_cmpfloat_with_epsilon (x->change, -1.0, 1e-9);
  /* A was only T1 last time: 3 then 22/7. */
  x = grove_rollup_get_condition (rollup, f->a, 0);
  g_assert_cmpfloat_with_epsilon (x->change, 22.0 / 7 - 3, 1e-9);
  /* T2 had no respondents then, so no change. */
  g_assert_false (grove_rollup_get_condition (rollup, f->t2, 0)->has_change);

  /* The first round has nothing to compare with. */
  g_clear_pointer (&rollup, grove_rollup_free);
  rollup = compute (f, f->r1, 1);
  g_assert_null (grove_rollup_get_previous_round (rollup));
  g_assert_false (grove_rollup_get_condition (rollup, f->t1, 0)->has_change);
}

static void
test_targets (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GroveRollup) rollup = NULL;
  g_autoptr(GError) error = NULL;
  GroveFrameworkCondition *c1 = g_ptr_array_index (f->framework->conditions, 0);
  double target;

  grove_assessment_set_target (f->store, c1->id, 0, 3.9, &error);
  grove_assessment_set_target (f->store, c1->id, f->a, 4.2, &error);
  g_assert_no_error (error);
  add_tiny_round (f);
  rollup = compute (f, f->r2, 1);

  g_assert_true (grove_rollup_get_target (rollup, f->t1, 0, &target));
  g_assert_cmpfloat (target, ==, 4.2);
  g_assert_true (grove_rollup_get_target (rollup, f->office, 0, &target));
  g_assert_cmpfloat (target, ==, 3.9);
  g_assert_true (grove_rollup_get_target (rollup, f->org, 0, &target));
  g_assert_cmpfloat (target, ==, 3.9);
  g_assert_false (grove_rollup_get_target (rollup, f->t1, 1, &target));
}

/* T1 6, T2 7, T3 2 respondents, threshold 5: T3 is below it, and T1 (the
 * smallest other team) is hidden too, or A − T1 − T2 would be T3. */
static void
test_suppression_in_store (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GroveRollup) rollup = NULL;
  const GroveRollupFigures *x;

  respond_times (f, f->r2, f->t1, 6);
  respond_times (f, f->r2, f->t2, 7);
  respond (f, f->r2, f->t3, 1, 1, 1);
  respond (f, f->r2, f->t3, 1, 1, 1);
  rollup = compute (f, f->r2, GROVE_ANONYMITY_THRESHOLD_DEFAULT);

  g_assert_cmpint (grove_rollup_find_unit (rollup, f->t3)->suppression, ==, GROVE_SUPPRESSION_BELOW_THRESHOLD);
  g_assert_cmpint (grove_rollup_find_unit (rollup, f->t1)->suppression, ==, GROVE_SUPPRESSION_DIFFERENCING);
  g_assert_cmpint (grove_rollup_find_unit (rollup, f->t2)->suppression, ==, GROVE_SUPPRESSION_NONE);
  g_assert_null (grove_rollup_get_overall (rollup, f->t3));
  g_assert_null (grove_rollup_get_condition (rollup, f->t3, 0));
  g_assert_null (grove_rollup_get_statement (rollup, f->t3, 0, 0));
  g_assert_null (grove_rollup_get_overall (rollup, f->t1));

  /* The small team still counts in its directorate: 13 fours and 2 ones. */
  x = grove_rollup_get_condition (rollup, f->a, 0);
  g_assert_cmpuint (x->respondents, ==, 15);
  g_assert_cmpfloat_with_epsilon (x->mean, (13 * 4 + 2 * 1) / 15.0, 1e-9);
  x = grove_rollup_get_overall (rollup, f->org);
  g_assert_cmpuint (x->respondents, ==, 15);

  /* A small team is left out of the benchmarks. */
  {
    double median, upper;

    g_assert_true (grove_rollup_get_benchmark (rollup, 0, &median, &upper));
    g_assert_cmpfloat (median, ==, 4.0);
  }
}

/* The rule, checked from what is shown: for every shown unit, the
 * respondents in no shown unit below it number 0 or at least the threshold. */
static void
assert_nothing_derivable (const GroveRollupTreeNode *nodes,
                          guint                      n,
                          guint                      threshold)
{
  for (guint p = 0; p < n; p++)
    {
      guint covered = 0;

      if (nodes[p].suppression != GROVE_SUPPRESSION_NONE)
        continue;
      for (guint i = p + 1; i < n; i++)
        {
          gboolean inside = FALSE, blocked = FALSE;

          /* i is below p with no shown unit in between. */
          for (guint up = nodes[i].parent; up != GROVE_ROLLUP_NO_PARENT; up = nodes[up].parent)
            {
              if (up == p)
                {
                  inside = TRUE;
                  break;
                }
              if (nodes[up].suppression == GROVE_SUPPRESSION_NONE)
                blocked = TRUE;
            }
          if (inside && !blocked && nodes[i].suppression == GROVE_SUPPRESSION_NONE)
            covered += nodes[i].respondents;
        }
      if (nodes[p].respondents - covered != 0 && nodes[p].respondents - covered < threshold)
        g_error ("unit %u: %u respondents could be worked out", p, nodes[p].respondents - covered);
    }
}

#define N_ NONE_PARENT
enum { NONE_PARENT = GROVE_ROLLUP_NO_PARENT };

static void
test_differencing_siblings (void)
{
  /* A(15): T1 6, T2 7, T3 2. */
  GroveRollupTreeNode nodes[] = { { N_, 15, 0 }, { 0, 6, 0 }, { 0, 7, 0 }, { 0, 2, 0 } };

  _grove_rollup_suppress (nodes, G_N_ELEMENTS (nodes), 5);
  g_assert_cmpint (nodes[0].suppression, ==, GROVE_SUPPRESSION_NONE);
  g_assert_cmpint (nodes[1].suppression, ==, GROVE_SUPPRESSION_DIFFERENCING);
  g_assert_cmpint (nodes[2].suppression, ==, GROVE_SUPPRESSION_NONE);
  g_assert_cmpint (nodes[3].suppression, ==, GROVE_SUPPRESSION_BELOW_THRESHOLD);
  assert_nothing_derivable (nodes, G_N_ELEMENTS (nodes), 5);
}

static void
test_differencing_small_pair (void)
{
  /* Two small teams of 3 together make 6: nothing more needs hiding. But two
   * of 1 and 2 make 3, which does. */
  GroveRollupTreeNode enough[] = { { N_, 16, 0 }, { 0, 3, 0 }, { 0, 3, 0 }, { 0, 10, 0 } };
  GroveRollupTreeNode too_few[] = { { N_, 13, 0 }, { 0, 1, 0 }, { 0, 2, 0 }, { 0, 10, 0 } };

  _grove_rollup_suppress (enough, G_N_ELEMENTS (enough), 5);
  g_assert_cmpint (enough[3].suppression, ==, GROVE_SUPPRESSION_NONE);
  assert_nothing_derivable (enough, G_N_ELEMENTS (enough), 5);

  _grove_rollup_suppress (too_few, G_N_ELEMENTS (too_few), 5);
  g_assert_cmpint (too_few[3].suppression, ==, GROVE_SUPPRESSION_DIFFERENCING);
  assert_nothing_derivable (too_few, G_N_ELEMENTS (too_few), 5);
}

static void
test_differencing_across_levels (void)
{
  /* Org(28): Office 2; A(13): T1 6, T2 7; B(13): T3 5, T4 8. Hiding A alone
   * would not protect the office, as A = T1 + T2; a team of A goes too. */
  GroveRollupTreeNode nodes[] = {
    { N_, 28, 0 }, { 0, 13, 0 }, { 1, 6, 0 }, { 1, 7, 0 }, { 0, 13, 0 }, { 4, 5, 0 }, { 4, 8, 0 }, { 0, 2, 0 },
  };

  _grove_rollup_suppress (nodes, G_N_ELEMENTS (nodes), 5);
  g_assert_cmpint (nodes[7].suppression, ==, GROVE_SUPPRESSION_BELOW_THRESHOLD);
  g_assert_cmpint (nodes[1].suppression, ==, GROVE_SUPPRESSION_DIFFERENCING);
  g_assert_cmpint (nodes[2].suppression, ==, GROVE_SUPPRESSION_DIFFERENCING);
  g_assert_cmpint (nodes[3].suppression, ==, GROVE_SUPPRESSION_NONE);
  g_assert_cmpint (nodes[4].suppression, ==, GROVE_SUPPRESSION_NONE);
  g_assert_cmpint (nodes[0].suppression, ==, GROVE_SUPPRESSION_NONE);
  assert_nothing_derivable (nodes, G_N_ELEMENTS (nodes), 5);
}

static void
test_differencing_empty_team (void)
{
  /* A team with nobody in it hides nothing, so it needs no cover. */
  GroveRollupTreeNode nodes[] = { { N_, 13, 0 }, { 0, 0, 0 }, { 0, 6, 0 }, { 0, 7, 0 } };

  _grove_rollup_suppress (nodes, G_N_ELEMENTS (nodes), 5);
  g_assert_cmpint (nodes[1].suppression, ==, GROVE_SUPPRESSION_BELOW_THRESHOLD);
  g_assert_cmpint (nodes[2].suppression, ==, GROVE_SUPPRESSION_NONE);
  g_assert_cmpint (nodes[3].suppression, ==, GROVE_SUPPRESSION_NONE);
}

/* Random organisations of every shape: the rule always holds. */
static void
test_differencing_random (void)
{
  GRand *rand = g_rand_new_with_seed (20260301);

  for (guint trial = 0; trial < 500; trial++)
    {
      GroveRollupTreeNode nodes[40];
      guint n = 1, threshold = 2 + g_rand_int_range (rand, 0, 6);

      nodes[0] = (GroveRollupTreeNode) { N_, 0, 0 };
      for (guint d = 0, dirs = g_rand_int_range (rand, 0, 4); d < dirs && n < 38; d++)
        {
          guint dir = n++;

          nodes[dir] = (GroveRollupTreeNode) { 0, 0, 0 };
          for (guint t = 0, teams = g_rand_int_range (rand, 1, 6); t < teams && n < 40; t++)
            nodes[n++] = (GroveRollupTreeNode) { dir, g_rand_int_range (rand, 0, 12), 0 };
        }
      for (guint t = 0, teams = g_rand_int_range (rand, 0, 3); t < teams && n < 40; t++)
        nodes[n++] = (GroveRollupTreeNode) { 0, g_rand_int_range (rand, 0, 12), 0 };
      for (guint i = n; i-- > 1;)
        nodes[nodes[i].parent].respondents += nodes[i].respondents;

      _grove_rollup_suppress (nodes, n, threshold);
      assert_nothing_derivable (nodes, n, threshold);
      for (guint i = 0; i < n; i++)
        if (nodes[i].respondents < threshold)
          g_assert_cmpint (nodes[i].suppression, ==, GROVE_SUPPRESSION_BELOW_THRESHOLD);
    }
  g_rand_free (rand);
}

static void
test_describe (void)
{
  g_autofree char *below = grove_suppression_describe (GROVE_SUPPRESSION_BELOW_THRESHOLD, 5);

  g_assert_cmpstr (below, ==, "suppressed (fewer than 5 respondents)");
  g_assert_null (grove_suppression_describe (GROVE_SUPPRESSION_NONE, 5));
  g_assert_cmpstr (grove_suppression_to_string (GROVE_SUPPRESSION_DIFFERENCING), ==, "differencing");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/rollup/team-figures", test_team_figures);
  ADD ("/rollup/parent-figures", test_parent_figures);
  ADD ("/rollup/benchmarks", test_benchmarks);
  ADD ("/rollup/change-from-previous", test_change_from_previous);
  ADD ("/rollup/targets", test_targets);
  ADD ("/rollup/suppression/in-store", test_suppression_in_store);
#undef ADD
  g_test_add_func ("/rollup/suppression/differencing-siblings", test_differencing_siblings);
  g_test_add_func ("/rollup/suppression/differencing-small-pair", test_differencing_small_pair);
  g_test_add_func ("/rollup/suppression/differencing-across-levels", test_differencing_across_levels);
  g_test_add_func ("/rollup/suppression/empty-team", test_differencing_empty_team);
  g_test_add_func ("/rollup/suppression/random-organisations", test_differencing_random);
  g_test_add_func ("/rollup/suppression/describe", test_describe);

  return g_test_run ();
}
