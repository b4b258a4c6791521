/* grove-ipdr-private.h: what the IPDR files of src/core share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "grove-ipdr.h"
#include "grove-ipdr-notes.h"
#include "grove-ipdr-objective.h"
#include "grove-ipdr-plan.h"
#include "grove-store-private.h"

G_BEGIN_DECLS

/* Refuses (GROVE_IPDR_ERROR_LOCKED) a change to a record both people have
 * signed, unless it is being made inside grove_ipdr_amend();
 * GROVE_STORE_ERROR_NOT_FOUND for no such record. */
gboolean  _grove_ipdr_check_writable (GroveStore   *store,
                                      gint64        ipdr_id,
                                      GError      **error);

/* The record a row belongs to: `sql` (a literal) selects the record's id
 * for ?1, the row's id. `what` names the row for the not-found message. */
gint64    _grove_ipdr_owner          (GroveStore   *store,
                                      const char   *sql,
                                      gint64        id,
                                      const char   *what,
                                      GError      **error);

/* One write to a part of a record, as a transaction: finds the record with
 * `owner_sql` (as for _grove_ipdr_owner()), checks that it may be changed,
 * and runs `stmt`, already bound. */
gboolean  _grove_ipdr_write_child    (GroveStore    *store,
                                      const char    *owner_sql,
                                      gint64         child_id,
                                      const char    *what,
                                      sqlite3_stmt  *stmt,
                                      GError       **error);

/* Runs inside the caller's transaction and checks nothing: for the demo. */
gint64    _grove_ipdr_insert         (GroveStore       *store,
                                      const GroveIpdr  *ipdr,
                                      GError          **error);

/* The same for the parts of a record. */
gint64    _grove_objective_insert    (GroveStore            *store,
                                      gint64                 ipdr_id,
                                      const GroveObjective  *objective,
                                      GError               **error);
gint64    _grove_need_insert         (GroveStore            *store,
                                      gint64                 ipdr_id,
                                      const GroveNeed       *need,
                                      GError               **error);
gint64    _grove_activity_insert     (GroveStore            *store,
                                      gint64                 need_id,
                                      const GroveActivity   *activity,
                                      GError               **error);
gint64    _grove_wpa_note_insert     (GroveStore            *store,
                                      gint64                 ipdr_id,
                                      const GroveWpaNote    *note,
                                      GError               **error);
gboolean  _grove_review_insert       (GroveStore            *store,
                                      gint64                 ipdr_id,
                                      const GroveReview     *review,
                                      GError               **error);
gint64    _grove_conversation_insert (GroveStore            *store,
                                      gint64                 ipdr_id,
                                      const char            *held,
                                      const char            *notes,
                                      GError               **error);

/* Deletes every record, team objective and template, inside the caller's
 * transaction. */
gboolean  _grove_ipdr_clear          (GroveStore   *store,
                                      GError      **error);

/* Shared checks of caller's values; each sets GROVE_STORE_ERROR_INVALID. */
gboolean  _grove_ipdr_is_blank       (const char   *text);
gboolean  _grove_ipdr_check_text     (const char   *text,
                                      const char   *message,
                                      GError      **error);
gboolean  _grove_ipdr_check_date     (const char   *date,
                                      GError      **error);

/* `date` moved by `days` (negative: back), "YYYY-MM-DD". */
char     *_grove_ipdr_add_days       (const char   *date,
                                      int           days);

/* Days from `from` to `to`, both valid dates. */
int       _grove_ipdr_days_between   (const char   *from,
                                      const char   *to);

/* Reads rows of `stmt` with `read` into a new array freed with `free_func`;
 * NULL with @error set when a step fails. */
GPtrArray *_grove_ipdr_read_rows     (GroveStore      *store,
                                      sqlite3_stmt    *stmt,
                                      gpointer       (*read) (sqlite3_stmt *stmt),
                                      GDestroyNotify   free_func,
                                      GError         **error);

G_END_DECLS
