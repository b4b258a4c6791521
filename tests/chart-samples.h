/* chart-samples.h: sample chart data shared by the chart tests, the
 * benchmark and the gallery
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <math.h>

#include "grove-heatmap.h"
#include "grove-radar.h"

/* The six conditions of the Civil Service learning culture framework. */
static const char * const sample_conditions[] = {
  "We value growth",
  "We know our strengths and weaknesses",
  "We support each other to develop",
  "We know what \u2018good\u2019 looks like",
  "We know how to develop",
  "We have the opportunity to develop",
};

static const char * const sample_statements[] = {
  "We understand that developing skills and changing behaviour requires practice and repetition",
  "Leaders talk openly about their own learning and the mistakes they made along the way",
  "We make time for learning in our working week",
  "Our objectives include how we will develop, not only what we will deliver",
  "We give each other honest, specific and kind feedback",
  "We share what we learn with colleagues in other teams",
  "Coaching and mentoring are open to everyone who wants them",
  "We know which capabilities our team will need next year",
  "Managers hold regular development conversations",
  "We try new approaches and learn from those that fail",
  "We can name the standards that our work is judged against",
  "Learning is recognised in performance reviews",
  "We reflect together after each project",
  "New starters learn the job from experienced colleagues",
  "We use evidence to decide what learning to invest in",
  "We have access to the learning resources we need",
};

static const char * const sample_ticks[] = { "1", "2", "3", "4", "5" };
static const char * const sample_series_names[] = { "Team", "Organisation", "Last year" };
static const double sample_team[] = { 3.8, 3.1, 4.4, NAN, 2.6, 3.5 };
static const double sample_org[] = { 3.4, 3.3, 3.6, 3.2, 3.0, 3.1 };
static const double sample_last[] = { 2.9, 2.7, 3.9, 3.0, 2.2, 3.3 };
static const double sample_targets[] = { 4, 4, 4, 4, 4, 4 };

/* Fills data for n axes (up to 40) with three series. Long labels are the
 * framework's statements, numbered so that each is different. */
static inline void
sample_radar (GroveRadarData   *data,
              GroveRadarSeries *series,
              double           *values,
              double           *targets,
              char            **labels,
              guint             n,
              gboolean          long_labels)
{
  for (guint a = 0; a < n; a++)
    {
      labels[a] = long_labels || n != 6
        ? g_strdup_printf ("%s", sample_statements[a % G_N_ELEMENTS (sample_statements)])
        : g_strdup (sample_conditions[a]);
      for (guint s = 0; s < 3; s++)
        {
          const double *base = s == 0 ? sample_team : s == 1 ? sample_org : sample_last;

          values[s * n + a] = n == 6 ? base[a] : 1.5 + fmod (a * (0.7 + s * 0.45) + s, 3.4);
        }
      targets[a] = 4;
    }
  if (n != 6)
    values[2] = NAN;
  for (guint s = 0; s < 3; s++)
    series[s] = (GroveRadarSeries) { sample_series_names[s], &values[s * n], FALSE };
  *data = (GroveRadarData) {
    .axis_labels = (const char * const *) labels,
    .n_axes = n,
    .scale_min = 1,
    .scale_max = 5,
    .tick_labels = sample_ticks,
    .n_ticks = 5,
    .targets = targets,
    .target_label = "Target",
    .series = series,
    .n_series = 3,
    .theme = GROVE_CHART_THEME_LIGHT,
  };
}

static const char * const sample_teams[] = {
  "Digital Services", "Finance and Commercial", "Human Resources", "Policy and Strategy",
  "Operations North", "Operations South and Wales", "Legal", "Communications and Engagement",
};

/* 8 teams by the six conditions; team 2 is too small to show, and team 6
 * has no answers for one condition. */
static inline void
sample_heatmap (GroveHeatmapData *data,
                double           *values,
                gboolean         *suppressed)
{
  for (guint r = 0; r < 8; r++)
    for (guint c = 0; c < 6; c++)
      {
        values[r * 6 + c] = 1.2 + fmod (r * 0.83 + c * 0.61 + (r * c % 3) * 0.4, 3.7);
        suppressed[r * 6 + c] = r == 2;
      }
  values[6 * 6 + 4] = NAN;
  *data = (GroveHeatmapData) {
    .row_labels = sample_teams,
    .n_rows = 8,
    .column_labels = sample_conditions,
    .n_columns = 6,
    .values = values,
    .suppressed = suppressed,
    .scale_min = 1,
    .scale_max = 5,
    .tick_labels = sample_ticks,
    .n_ticks = 5,
    .decimals = 1,
    .suppressed_label = "Suppressed: fewer than 5 responses",
    .no_data_label = "No data",
    .theme = GROVE_CHART_THEME_LIGHT,
  };
}
