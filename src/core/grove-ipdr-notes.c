/* grove-ipdr-notes.c: WPA notes, reviews, 360 feedback and conversations
 *
 * A record has at most one review of each kind: saving a review replaces
 * the one of its kind, so the same form serves for scheduling it, writing
 * the person's reflection beforehand and recording it when held.
 * Conversations are added by grove_agenda_finish_conversation().
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "grove-ipdr-private.h"

#define WPA_OWNER      "SELECT ipdr_id FROM ipdr_wpa_note WHERE id = ?1"
#define FEEDBACK_OWNER "SELECT ipdr_id FROM ipdr_feedback WHERE id = ?1"

void
grove_wpa_note_free (GroveWpaNote *note)
{
  if (note == NULL)
    return;
  g_free (note->noted);
  g_free (note->observation);
  g_free (note->feedback);
  g_free (note);
}

void
grove_review_free (GroveReview *review)
{
  if (review == NULL)
    return;
  g_free (review->scheduled);
  g_free (review->held);
  g_free (review->summary);
  g_free (review->went_well);
  g_free (review->went_badly);
  g_free (review->learned);
  g_free (review->manager_view);
  g_free (review);
}

void
grove_feedback_free (GroveFeedback *feedback)
{
  if (feedback == NULL)
    return;
  g_free (feedback->from_name);
  g_free (feedback->received);
  g_free (feedback->text);
  g_free (feedback);
}

void
grove_conversation_free (GroveConversation *conversation)
{
  if (conversation == NULL)
    return;
  g_free (conversation->held);
  g_free (conversation->notes);
  g_free (conversation);
}

const char *
grove_review_kind_label (GroveReviewKind kind)
{
  return kind == GROVE_REVIEW_MID_YEAR ? _("Mid-year review") : _("End-year review");
}

const char *
grove_feedback_source_label (GroveFeedbackSource source)
{
  switch (source)
    {
    case GROVE_FEEDBACK_PEER:
      return _("Peer");
    case GROVE_FEEDBACK_REPORT:
      return _("Report");
    case GROVE_FEEDBACK_STAKEHOLDER:
      return _("Stakeholder");
    default:
      g_return_val_if_reached (NULL);
    }
}

/* Inserts with `insert` (a function of this file) after checking that the
 * record may be changed, as one transaction. */
static gint64
add_to_record (GroveStore    *store,
               gint64         ipdr_id,
               gint64       (*insert) (GroveStore *, gint64, gconstpointer, GError **),
               gconstpointer  row,
               GError       **error)
{
  gint64 id;

  if (!_grove_store_begin (store, error))
    return 0;
  if (!_grove_ipdr_check_writable (store, ipdr_id, error) || (id = insert (store, ipdr_id, row, error)) == 0)
    {
      _grove_store_rollback (store);
      return 0;
    }
  return _grove_store_commit (store, error) ? id : 0;
}

gint64
_grove_wpa_note_insert (GroveStore          *store,
                        gint64               ipdr_id,
                        const GroveWpaNote  *note,
                        GError             **error)
{
  sqlite3_stmt *stmt;

  stmt = _grove_store_prepare (store,
                               "INSERT INTO ipdr_wpa_note (ipdr_id, noted, observation, feedback, objective_id) "
                               "VALUES (?1, ?2, ?3, ?4, ?5)",
                               error);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, ipdr_id);
  _grove_store_bind_text (stmt, 2, note->noted);
  _grove_store_bind_text (stmt, 3, note->observation);
  _grove_store_bind_text (stmt, 4, note->feedback);
  _grove_store_bind_id (stmt, 5, note->objective_id);
  if (!_grove_store_exec_stmt (store, stmt, _("saving the WPA note"), error))
    return 0;
  return sqlite3_last_insert_rowid (_grove_store_get_handle (store));
}

static gint64
insert_wpa_note (GroveStore     *store,
                 gint64          ipdr_id,
                 gconstpointer   row,
                 GError        **error)
{
  return _grove_wpa_note_insert (store, ipdr_id, row, error);
}

static gboolean
check_wpa_note (const GroveWpaNote  *note,
                GError             **error)
{
  return _grove_ipdr_check_text (note->observation, _("A WPA note needs the observation."), error) &&
         _grove_ipdr_check_text (note->noted, _("A WPA note needs the date of the observation."), error) &&
         _grove_ipdr_check_date (note->noted, error);
}

gint64
grove_ipdr_add_wpa_note (GroveStore          *store,
                         gint64               ipdr_id,
                         const GroveWpaNote  *note,
                         GError             **error)
{
  g_return_val_if_fail (GROVE_IS_STORE (store), 0);
  g_return_val_if_fail (note != NULL, 0);

  if (!check_wpa_note (note, error))
    return 0;
  return add_to_record (store, ipdr_id, insert_wpa_note, note, error);
}

/**
 * grove_ipdr_update_wpa_note:
 * @note: the note as it is to be, with its id; its ipdr_id is ignored
 *
 * Returns: FALSE with @error set when nothing was changed
 */
gboolean
grove_ipdr_update_wpa_note (GroveStore          *store,
                            const GroveWpaNote  *note,
                            GError             **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (GROVE_IS_STORE (store), FALSE);
  g_return_val_if_fail (note != NULL, FALSE);

  if (!check_wpa_note (note, error))
    return FALSE;
  stmt = _grove_store_prepare (store,
                               "UPDATE ipdr_wpa_note SET noted = ?2, observation = ?3, feedback = ?4,"
                               " objective_id = ?5 WHERE id = ?1",
                               error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, note->id);
  _grove_store_bind_text (stmt, 2, note->noted);
  _grove_store_bind_text (stmt, 3, note->observation);
  _grove_store_bind_text (stmt, 4, note->feedback);
  _grove_store_bind_id (stmt, 5, note->objective_id);
  return _grove_ipdr_write_child (store, WPA_OWNER, note->id, _("WPA note"), stmt, error);
}

gboolean
grove_ipdr_delete_wpa_note (GroveStore  *store,
                            gint64       note_id,
                            GError     **error)
{
  sqlite3_stmt *stmt = _grove_store_prepare (store, "DELETE FROM ipdr_wpa_note WHERE id = ?1", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, note_id);
  return _grove_ipdr_write_child (store, WPA_OWNER, note_id, _("WPA note"), stmt, error);
}

static gpointer
wpa_note_from_row (sqlite3_stmt *stmt)
{
  GroveWpaNote *note = g_new0 (GroveWpaNote, 1);

  note->id = sqlite3_column_int64 (stmt, 0);
  note->ipdr_id = sqlite3_column_int64 (stmt, 1);
  note->noted = _grove_store_dup_text (stmt, 2);
  note->observation = _grove_store_dup_text (stmt, 3);
  note->feedback = _grove_store_dup_text (stmt, 4);
  note->objective_id = sqlite3_column_int64 (stmt, 5);
  return note;
}

/**
 * grove_ipdr_list_wpa_notes:
 *
 * Returns: (transfer full) (element-type GroveWpaNote): oldest first
 */
GPtrArray *
grove_ipdr_list_wpa_notes (GroveStore  *store,
                           gint64       ipdr_id,
                           GError     **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (GROVE_IS_STORE (store), NULL);

  stmt = _grove_store_prepare (store,
                               "SELECT id, ipdr_id, noted, observation, feedback, objective_id FROM ipdr_wpa_note "
                               "WHERE ipdr_id = ?1 ORDER BY noted, id",
                               error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, ipdr_id);
  return _grove_ipdr_read_rows (store, stmt, wpa_note_from_row, (GDestroyNotify) grove_wpa_note_free, error);
}

gboolean
_grove_review_insert (GroveStore         *store,
                      gint64              ipdr_id,
                      const GroveReview  *review,
                      GError            **error)
{
  sqlite3_stmt *stmt;

  stmt = _grove_store_prepare (store,
                               "INSERT INTO ipdr_review (ipdr_id, kind, scheduled, held, summary, rating, went_well,"
                               " went_badly, learned, manager_view) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) "
                               "ON CONFLICT (ipdr_id, kind) DO UPDATE SET scheduled = ?3, held = ?4, summary = ?5,"
                               " rating = ?6, went_well = ?7, went_badly = ?8, learned = ?9, manager_view = ?10",
                               error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, ipdr_id);
  sqlite3_bind_int (stmt, 2, review->kind);
  _grove_store_bind_text (stmt, 3, review->scheduled);
  _grove_store_bind_text (stmt, 4, review->held);
  _grove_store_bind_text (stmt, 5, review->summary);
  if (review->rating > 0)
    sqlite3_bind_int (stmt, 6, review->rating);
  _grove_store_bind_text (stmt, 7, review->went_well);
  _grove_store_bind_text (stmt, 8, review->went_badly);
  _grove_store_bind_text (stmt, 9, review->learned);
  _grove_store_bind_text (stmt, 10, review->manager_view);
  return _grove_store_exec_stmt (store, stmt, _("saving the review"), error);
}

static gint64
insert_review (GroveStore     *store,
               gint64          ipdr_id,
               gconstpointer   row,
               GError        **error)
{
  return _grove_review_insert (store, ipdr_id, row, error) ? 1 : 0;
}

/**
 * grove_ipdr_save_review:
 * @review: the review; its id is ignored, its kind says which it replaces
 *
 * Returns: FALSE with @error set when nothing was saved
 */
gboolean
grove_ipdr_save_review (GroveStore         *store,
                        gint64              ipdr_id,
                        const GroveReview  *review,
                        GError            **error)
{
  g_return_val_if_fail (GROVE_IS_STORE (store), FALSE);
  g_return_val_if_fail (review != NULL, FALSE);

  if (!_grove_ipdr_check_date (review->scheduled, error) || !_grove_ipdr_check_date (review->held, error))
    return FALSE;
  if ((guint) review->kind > GROVE_REVIEW_END_YEAR || review->rating < 0 || review->rating > 5)
    {
      g_set_error_literal (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_INVALID,
                           _("A review is mid-year or end-year, and its rating is from 1 to 5."));
      return FALSE;
    }
  return add_to_record (store, ipdr_id, insert_review, review, error) != 0;
}

static gpointer
review_from_row (sqlite3_stmt *stmt)
{
  GroveReview *review = g_new0 (GroveReview, 1);

  review->id = sqlite3_column_int64 (stmt, 0);
  review->ipdr_id = sqlite3_column_int64 (stmt, 1);
  review->kind = (GroveReviewKind) sqlite3_column_int (stmt, 2);
  review->scheduled = _grove_store_dup_text (stmt, 3);
  review->held = _grove_store_dup_text (stmt, 4);
  review->summary = _grove_store_dup_text (stmt, 5);
  review->rating = sqlite3_column_int (stmt, 6);
  review->went_well = _grove_store_dup_text (stmt, 7);
  review->went_badly = _grove_store_dup_text (stmt, 8);
  review->learned = _grove_store_dup_text (stmt, 9);
  review->manager_view = _grove_store_dup_text (stmt, 10);
  return review;
}

/**
 * grove_ipdr_list_reviews:
 *
 * Returns: (transfer full) (element-type GroveReview): the mid-year review
 *   then the end-year one, those that exist
 */
GPtrArray *
grove_ipdr_list_reviews (GroveStore  *store,
                         gint64       ipdr_id,
                         GError     **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (GROVE_IS_STORE (store), NULL);

  stmt = _grove_store_prepare (store,
                               "SELECT id, ipdr_id, kind, scheduled, held, summary, rating, went_well, went_badly,"
                               " learned, manager_view FROM ipdr_review WHERE ipdr_id = ?1 ORDER BY kind",
                               error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, ipdr_id);
  return _grove_ipdr_read_rows (store, stmt, review_from_row, (GDestroyNotify) grove_review_free, error);
}

static gint64
insert_feedback (GroveStore     *store,
                 gint64          ipdr_id,
                 gconstpointer   row,
                 GError        **error)
{
  const GroveFeedback *feedback = row;
  sqlite3_stmt *stmt;

  stmt = _grove_store_prepare (store,
                               "INSERT INTO ipdr_feedback (ipdr_id, source, from_name, received, text) "
                               "VALUES (?1, ?2, ?3, ?4, ?5)",
                               error);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, ipdr_id);
  sqlite3_bind_int (stmt, 2, feedback->source);
  _grove_store_bind_text (stmt, 3, feedback->from_name);
  _grove_store_bind_text (stmt, 4, feedback->received);
  _grove_store_bind_text (stmt, 5, feedback->text);
  if (!_grove_store_exec_stmt (store, stmt, _("saving the feedback"), error))
    return 0;
  return sqlite3_last_insert_rowid (_grove_store_get_handle (store));
}

static gboolean
check_feedback (const GroveFeedback  *feedback,
                GError              **error)
{
  if (!_grove_ipdr_check_text (feedback->text, _("Feedback needs its text."), error) ||
      !_grove_ipdr_check_text (feedback->received, _("Feedback needs the date it was received."), error) ||
      !_grove_ipdr_check_date (feedback->received, error))
    return FALSE;
  if ((guint) feedback->source > GROVE_FEEDBACK_STAKEHOLDER)
    {
      g_set_error_literal (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_INVALID,
                           _("Feedback comes from a peer, a report or a stakeholder."));
      return FALSE;
    }
  return TRUE;
}

gint64
grove_ipdr_add_feedback (GroveStore           *store,
                         gint64                ipdr_id,
                         const GroveFeedback  *feedback,
                         GError              **error)
{
  g_return_val_if_fail (GROVE_IS_STORE (store), 0);
  g_return_val_if_fail (feedback != NULL, 0);

  if (!check_feedback (feedback, error))
    return 0;
  return add_to_record (store, ipdr_id, insert_feedback, feedback, error);
}

/**
 * grove_ipdr_update_feedback:
 * @feedback: the feedback as it is to be, with its id; its ipdr_id is
 *   ignored
 *
 * Returns: FALSE with @error set when nothing was changed
 */
gboolean
grove_ipdr_update_feedback (GroveStore           *store,
                            const GroveFeedback  *feedback,
                            GError              **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (GROVE_IS_STORE (store), FALSE);
  g_return_val_if_fail (feedback != NULL, FALSE);

  if (!check_feedback (feedback, error))
    return FALSE;
  stmt = _grove_store_prepare (store,
                               "UPDATE ipdr_feedback SET source = ?2, from_name = ?3, received = ?4, text = ?5 "
                               "WHERE id = ?1",
                               error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, feedback->id);
  sqlite3_bind_int (stmt, 2, feedback->source);
  _grove_store_bind_text (stmt, 3, feedback->from_name);
  _grove_store_bind_text (stmt, 4, feedback->received);
  _grove_store_bind_text (stmt, 5, feedback->text);
  return _grove_ipdr_write_child (store, FEEDBACK_OWNER, feedback->id, _("feedback"), stmt, error);
}

gboolean
grove_ipdr_delete_feedback (GroveStore  *store,
                            gint64       feedback_id,
                            GError     **error)
{
  sqlite3_stmt *stmt = _grove_store_prepare (store, "DELETE FROM ipdr_feedback WHERE id = ?1", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, feedback_id);
  return _grove_ipdr_write_child (store, FEEDBACK_OWNER, feedback_id, _("feedback"), stmt, error);
}

static gpointer
feedback_from_row (sqlite3_stmt *stmt)
{
  GroveFeedback *feedback = g_new0 (GroveFeedback, 1);

  feedback->id = sqlite3_column_int64 (stmt, 0);
  feedback->ipdr_id = sqlite3_column_int64 (stmt, 1);
  feedback->source = (GroveFeedbackSource) sqlite3_column_int (stmt, 2);
  feedback->from_name = _grove_store_dup_text (stmt, 3);
  feedback->received = _grove_store_dup_text (stmt, 4);
  feedback->text = _grove_store_dup_text (stmt, 5);
  return feedback;
}

GPtrArray *
grove_ipdr_list_feedback (GroveStore  *store,
                          gint64       ipdr_id,
                          GError     **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (GROVE_IS_STORE (store), NULL);

  stmt = _grove_store_prepare (store,
                               "SELECT id, ipdr_id, source, from_name, received, text FROM ipdr_feedback "
                               "WHERE ipdr_id = ?1 ORDER BY received, id",
                               error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, ipdr_id);
  return _grove_ipdr_read_rows (store, stmt, feedback_from_row, (GDestroyNotify) grove_feedback_free, error);
}

gint64
_grove_conversation_insert (GroveStore  *store,
                            gint64       ipdr_id,
                            const char  *held,
                            const char  *notes,
                            GError     **error)
{
  sqlite3_stmt *stmt;

  stmt = _grove_store_prepare (store, "INSERT INTO ipdr_conversation (ipdr_id, held, notes) VALUES (?1, ?2, ?3)",
                               error);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, ipdr_id);
  _grove_store_bind_text (stmt, 2, held);
  _grove_store_bind_text (stmt, 3, notes);
  if (!_grove_store_exec_stmt (store, stmt, _("saving the conversation notes"), error))
    return 0;
  stmt = _grove_store_prepare (store,
                               "UPDATE ipdr SET last_conversation = ?2 WHERE id = ?1 "
                               "AND (last_conversation IS NULL OR last_conversation < ?2)",
                               error);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, ipdr_id);
  _grove_store_bind_text (stmt, 2, held);
  if (!_grove_store_exec_stmt (store, stmt, _("saving the conversation notes"), error))
    return 0;
  /* The conversation, not the UPDATE, is the last row inserted. */
  return sqlite3_last_insert_rowid (_grove_store_get_handle (store));
}

static gpointer
conversation_from_row (sqlite3_stmt *stmt)
{
  GroveConversation *conversation = g_new0 (GroveConversation, 1);

  conversation->id = sqlite3_column_int64 (stmt, 0);
  conversation->ipdr_id = sqlite3_column_int64 (stmt, 1);
  conversation->held = _grove_store_dup_text (stmt, 2);
  conversation->notes = _grove_store_dup_text (stmt, 3);
  return conversation;
}

/**
 * grove_ipdr_list_conversations:
 *
 * Returns: (transfer full) (element-type GroveConversation): the latest
 *   first
 */
GPtrArray *
grove_ipdr_list_conversations (GroveStore  *store,
                               gint64       ipdr_id,
                               GError     **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (GROVE_IS_STORE (store), NULL);

  stmt = _grove_store_prepare (store,
                               "SELECT id, ipdr_id, held, notes FROM ipdr_conversation WHERE ipdr_id = ?1 "
                               "ORDER BY held DESC, id DESC",
                               error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, ipdr_id);
  return _grove_ipdr_read_rows (store, stmt, conversation_from_row, (GDestroyNotify) grove_conversation_free, error);
}
