/* grove-ipdr-notes.h: what is written down over an IPDR year: workplace
 * assessment (WPA) notes, mid-year and end-year reviews, 360 feedback and
 * conversation notes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "grove-store.h"

G_BEGIN_DECLS

/* Stored in the database: never renumber these. */
typedef enum {
  GROVE_REVIEW_MID_YEAR = 0,
  GROVE_REVIEW_END_YEAR = 1,
} GroveReviewKind;

typedef enum {
  GROVE_FEEDBACK_PEER        = 0,
  GROVE_FEEDBACK_REPORT      = 1, /* someone the person manages */
  GROVE_FEEDBACK_STAKEHOLDER = 2,
} GroveFeedbackSource;

/* An observation of day-to-day work and the constructive feedback given. */
typedef struct {
  gint64  id;           /* 0 until stored */
  gint64  ipdr_id;
  char   *noted;        /* "YYYY-MM-DD" */
  char   *observation;
  char   *feedback;     /* may be NULL */
  gint64  objective_id; /* the objective it is about, or 0 */
} GroveWpaNote;

/* A review, with the person's own reflection beside the manager's view. */
typedef struct {
  gint64           id;           /* 0 until stored */
  gint64           ipdr_id;
  GroveReviewKind  kind;
  char            *scheduled;    /* may be NULL */
  char            *held;         /* NULL until it has been held */
  char            *summary;
  int              rating;       /* overall, 1 to 5; 0 for none */
  char            *went_well;    /* the person: what went well */
  char            *went_badly;   /* the person: what did not */
  char            *learned;      /* the person: what they learned */
  char            *manager_view;
} GroveReview;

typedef struct {
  gint64               id;        /* 0 until stored */
  gint64               ipdr_id;
  GroveFeedbackSource  source;
  char                *from_name; /* may be NULL: feedback can be anonymous */
  char                *received;  /* "YYYY-MM-DD" */
  char                *text;
} GroveFeedback;

typedef struct {
  gint64  id;
  gint64  ipdr_id;
  char   *held;  /* "YYYY-MM-DD" */
  char   *notes; /* may be NULL */
} GroveConversation;

void         grove_wpa_note_free           (GroveWpaNote      *note);
void         grove_review_free             (GroveReview       *review);
void         grove_feedback_free           (GroveFeedback     *feedback);
void         grove_conversation_free       (GroveConversation *conversation);

const char  *grove_review_kind_label       (GroveReviewKind      kind);
const char  *grove_feedback_source_label   (GroveFeedbackSource  source);

gint64       grove_ipdr_add_wpa_note       (GroveStore          *store,
                                            gint64               ipdr_id,
                                            const GroveWpaNote  *note,
                                            GError             **error);
gboolean     grove_ipdr_update_wpa_note    (GroveStore          *store,
                                            const GroveWpaNote  *note,
                                            GError             **error);
gboolean     grove_ipdr_delete_wpa_note    (GroveStore          *store,
                                            gint64               note_id,
                                            GError             **error);
GPtrArray   *grove_ipdr_list_wpa_notes     (GroveStore          *store,
                                            gint64               ipdr_id,
                                            GError             **error);

gboolean     grove_ipdr_save_review        (GroveStore          *store,
                                            gint64               ipdr_id,
                                            const GroveReview   *review,
                                            GError             **error);
GPtrArray   *grove_ipdr_list_reviews       (GroveStore          *store,
                                            gint64               ipdr_id,
                                            GError             **error);

gint64       grove_ipdr_add_feedback       (GroveStore          *store,
                                            gint64               ipdr_id,
                                            const GroveFeedback *feedback,
                                            GError             **error);
gboolean     grove_ipdr_update_feedback    (GroveStore          *store,
                                            const GroveFeedback *feedback,
                                            GError             **error);
gboolean     grove_ipdr_delete_feedback    (GroveStore          *store,
                                            gint64               feedback_id,
                                            GError             **error);
GPtrArray   *grove_ipdr_list_feedback      (GroveStore          *store,
                                            gint64               ipdr_id,
                                            GError             **error);

GPtrArray   *grove_ipdr_list_conversations (GroveStore          *store,
                                            gint64               ipdr_id,
                                            GError             **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GroveWpaNote, grove_wpa_note_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GroveReview, grove_review_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GroveFeedback, grove_feedback_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GroveConversation, grove_conversation_free)

G_END_DECLS
