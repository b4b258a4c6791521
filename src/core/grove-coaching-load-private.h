/* grove-coaching-load-private.h: a matching instance read from the store
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "grove-coaching-private.h"

G_BEGIN_DECLS

/* The instance and the memory it points into. The engine's coach and
 * request ids are the store's. */
typedef struct {
  GroveMatchInstance  instance;
  GArray             *coaches;        /* GroveMatchCoach */
  GArray             *requests;       /* GroveMatchRequest, in waiting-list order */
  GArray             *programmes;     /* GroveMatchProgramme */
  GArray             *programme_ids;  /* gint64, by programme index */
  GArray             *locks;          /* GroveMatchLock */
  GPtrArray          *sets;           /* the sorted id lists */
  GPtrArray          *person_names;
  GHashTable         *person_at;      /* person id -> index + 1 */
} GroveCoachingInstance;

/* The waiting list (of one programme, or all for 0) and the whole pool. */
GroveCoachingInstance *_grove_coaching_load          (GroveStore             *store,
                                                      gint64                  programme,
                                                      GError                **error);
void                   _grove_coaching_instance_free (GroveCoachingInstance  *instance);
const char            *_grove_coaching_instance_name (GroveCoachingInstance  *instance,
                                                      gint64                  person);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GroveCoachingInstance, _grove_coaching_instance_free)

G_END_DECLS
