/* grove-agenda.h: the conversation planner: what to talk about with one
 * report, and the notes of the conversation
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "grove-store.h"

G_BEGIN_DECLS

/* In the order an agenda lists them. */
typedef enum {
  GROVE_AGENDA_REVIEW,              /* a review due soon or overdue */
  GROVE_AGENDA_OBJECTIVE_OVERDUE,   /* open past its due date */
  GROVE_AGENDA_OBJECTIVE_AT_RISK,   /* behind schedule for its due date */
  GROVE_AGENDA_OBJECTIVE_DUE,       /* falls due within GROVE_OBJECTIVE_DUE_SOON_DAYS */
  GROVE_AGENDA_ACTIVITY_OPEN,       /* planned or in progress */
  GROVE_AGENDA_ACTIVITY_COMPLETED,  /* completed since the last conversation */
  GROVE_AGENDA_WPA_NOTE,            /* noted since the last conversation */
  GROVE_AGENDA_FEEDBACK,            /* 360 feedback received since then */
  GROVE_AGENDA_COACHING,            /* coaching and mentoring, from a #GroveAgendaSource */
} GroveAgendaItemKind;

typedef struct {
  GroveAgendaItemKind  kind;
  char                *title;
  char                *detail;  /* a sentence for people, translated; may be NULL */
  char                *date;    /* the date that put it on the agenda; may be NULL */
  gint64               ref_id;  /* the objective, activity, note… it is about; 0 for none */
  gboolean             overdue;
} GroveAgendaItem;

typedef struct {
  gint64     ipdr_id;
  gint64     person_id;
  char      *person_name;
  char      *today;  /* the day the agenda was built for */
  char      *since;  /* the last conversation, or the start of the period */
  GPtrArray *items;  /* (element-type GroveAgendaItem) by kind, then date */
} GroveAgenda;

/* Adds items about something kept elsewhere (a coaching relationship, a
 * course booking) with grove_agenda_add_item(). */
typedef gboolean (*GroveAgendaSourceFunc) (GroveStore   *store,
                                           GroveAgenda  *agenda,
                                           gpointer      user_data,
                                           GError      **error);

typedef struct {
  GroveAgendaSourceFunc  func;
  gpointer               user_data;
} GroveAgendaSource;

void         grove_agenda_free                (GroveAgenda              *agenda);
void         grove_agenda_item_free           (GroveAgendaItem          *item);

const char  *grove_agenda_item_kind_label     (GroveAgendaItemKind       kind);

GroveAgenda *grove_agenda_build               (GroveStore               *store,
                                               gint64                    ipdr_id,
                                               const char               *today,
                                               GError                  **error);
GroveAgenda *grove_agenda_build_with_sources  (GroveStore               *store,
                                               gint64                    ipdr_id,
                                               const char               *today,
                                               const GroveAgendaSource  *sources,
                                               guint                     n_sources,
                                               GError                  **error);
void         grove_agenda_add_item            (GroveAgenda              *agenda,
                                               GroveAgendaItemKind       kind,
                                               const char               *title,
                                               const char               *detail,
                                               const char               *date,
                                               gint64                    ref_id,
                                               gboolean                  overdue);

gint64       grove_agenda_finish_conversation (GroveStore               *store,
                                               gint64                    ipdr_id,
                                               const char               *held,
                                               const char               *notes,
                                               GError                  **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GroveAgenda, grove_agenda_free)

G_END_DECLS
