/* grove-coaching-private.h: what the coaching files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "grove-coaching.h"
#include "grove-store-private.h"

G_BEGIN_DECLS

/* Each a NOT_FOUND error naming the id. */
gboolean  _grove_coaching_not_found      (const char   *format,
                                          gint64        id,
                                          GError      **error);

/* Runs @stmt (bound to one id as ?1) and collects its first column. */
GStrv     _grove_coaching_read_strv      (GroveStore   *store,
                                          const char   *sql,
                                          gint64        id,
                                          GError      **error);

/* The request's person and status; FALSE with NOT_FOUND when absent. */
gboolean  _grove_coaching_request_state  (GroveStore          *store,
                                          gint64               request_id,
                                          gint64              *person_id,
                                          GroveRequestStatus  *status,
                                          GError             **error);
/* The coach's person; FALSE with NOT_FOUND when absent. */
gboolean  _grove_coaching_coach_person   (GroveStore   *store,
                                          gint64        coach_id,
                                          gint64       *person_id,
                                          GError      **error);
/* Inside the caller's transaction. */
gboolean  _grove_coaching_insert_exclusion (GroveStore  *store,
                                            gint64       coachee_person,
                                            gint64       coach_person,
                                            const char  *reason,
                                            GError     **error);

/* Removes the pool, requests, runs and relationships (the programmes
 * stay), inside the caller's transaction: they describe the people. */
gboolean  _grove_coaching_clear          (GroveStore  *store,
                                          GError     **error);

G_END_DECLS
