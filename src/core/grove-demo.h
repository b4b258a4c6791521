/* grove-demo.h: a believable organisation, generated from a seed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "grove-store.h"

G_BEGIN_DECLS

#define GROVE_DEMO_DEFAULT_PEOPLE 60
#define GROVE_DEMO_DEFAULT_TEAMS  8
#define GROVE_DEMO_DEFAULT_SEED   1
#define GROVE_DEMO_DEFAULT_ROUNDS 2
#define GROVE_DEMO_MAX_ROUNDS     20
/* The day the demo's IPDRs describe: what is overdue or at risk is so on it. */
#define GROVE_DEMO_IPDR_AS_OF     "2026-11-20"
#define GROVE_DEMO_DEFAULT_COACHES  10
#define GROVE_DEMO_DEFAULT_REQUESTS 15

typedef struct {
  guint    people;  /* everyone, from the head of the organisation down */
  guint    teams;   /* including the private office under the organisation; at least 2 */
  guint64  seed;    /* the same seed gives the same data on every platform */
  guint    rounds;  /* yearly assessment rounds with responses, the last in 2026; 0 for none */
  gboolean replace; /* remove the organisation already stored, everyone in it and its results */
  gboolean ipdrs;   /* give everyone an IPDR for 2026–27 (the default) */
  guint    coaches; /* the coaching pool, at most a third of the people; 0 for none */
  guint    requests;/* coaching and mentoring requests, each from someone else */
} GroveDemoOptions;

void     grove_demo_options_init (GroveDemoOptions        *options);
guint    grove_demo_min_people   (guint                    teams);
gboolean grove_demo_generate     (GroveStore              *store,
                                  const GroveDemoOptions  *options,
                                  GError                 **error);

G_END_DECLS
