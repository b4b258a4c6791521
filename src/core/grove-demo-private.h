/* grove-demo-private.h: what the parts of the demo generator share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "grove-demo.h"
#include "grove-store-private.h"

G_BEGIN_DECLS

/* splitmix64 (Steele, Lea and Flood, "Fast splittable pseudorandom number
 * generators", OOPSLA 2014): our own, not g_random, so that a seed gives the
 * same organisation whatever the platform or GLib version. */
typedef struct {
  guint64 state;
} GroveDemoRng;

/* Each part of the demo draws from its own stream, so that adding a part
 * (ratings, IPDRs…) never changes what the earlier parts generate. */
typedef enum {
  GROVE_DEMO_STREAM_ORG = 1,
  GROVE_DEMO_STREAM_RATINGS = 2,
  GROVE_DEMO_STREAM_IPDR = 3,
  GROVE_DEMO_STREAM_COACHING = 4,
  GROVE_DEMO_STREAM_PLAN = 5,
} GroveDemoStream;

void     _grove_demo_rng_init   (GroveDemoRng    *rng,
                                 guint64          seed,
                                 GroveDemoStream  stream);
guint64  _grove_demo_rng_next   (GroveDemoRng    *rng);
/* Uniform in [0, n); n > 0. */
guint    _grove_demo_rng_below  (GroveDemoRng    *rng,
                                 guint            n);
gboolean _grove_demo_rng_chance (GroveDemoRng    *rng,
                                 guint            percent);

guint    _grove_demo_count_directorates (guint teams);

/* The parts, each inside the transaction grove_demo_generate() opens. */
gboolean _grove_demo_generate_org (GroveStore              *store,
                                   const GroveDemoOptions  *options,
                                   GError                 **error);

/* Uniform in [0, 1). */
double   _grove_demo_rng_uniform (GroveDemoRng   *rng);

gboolean _grove_demo_generate_ratings (GroveStore              *store,
                                       const GroveDemoOptions  *options,
                                       GError                 **error);

/* Everyone's IPDR for 2026–27, as of a day in November. */
gboolean _grove_demo_generate_ipdrs (GroveStore              *store,
                                     const GroveDemoOptions  *options,
                                     GError                 **error);

/* The plan for 2026–27 and the IPDR objectives that support it. */
gboolean _grove_demo_generate_plan (GroveStore              *store,
                                    const GroveDemoOptions  *options,
                                    GError                 **error);

gboolean _grove_demo_generate_coaching (GroveStore              *store,
                                        const GroveDemoOptions  *options,
                                        GError                 **error);

G_END_DECLS
