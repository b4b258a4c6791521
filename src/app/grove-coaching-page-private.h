/* grove-coaching-page-private.h: shared between the page, its pool, its
 * session log and its dialogs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "grove-coaching.h"
#include "grove-coaching-page.h"

G_BEGIN_DECLS

struct _GroveCoachingPage
{
  AdwBin              parent_instance;

  GroveStore         *store;
  GroveMatchRun      *run;            /* the last run, or NULL */
  GListStore         *coaches;        /* (element-type GroveCoachingRow) */
  GListStore         *requests;
  GListStore         *relationships;
  GListStore         *proposals;      /* id: request, other id: coach */
  GListStore         *unmatched;
  GListStore         *sessions;       /* of the chosen relationship */
  GtkCustomFilter    *search_filter;
  char               *search_text;    /* case-folded, or NULL */
  GtkSingleSelection *proposal_selection;
  GtkSingleSelection *relationship_selection; /* other id: its status */
  GtkSingleSelection *pool_selection;         /* id: coach, other id: person */
  GtkSingleSelection *request_selection;      /* other id: its status */
  GHashTable         *coaches_by_id;          /* coach id → GroveCoach, as last read */
  GtkCustomFilter    *pool_filter;            /* the pool's own filters */
  GHashTable         *relationships_by_id;    /* id → GroveRelationship, as last read */
  GListStore         *exclusions;             /* id: coachee, other id: coach (people) */
  GtkSingleSelection *exclusion_selection;

  AdwToastOverlay    *toast_overlay;
  GtkSearchEntry     *search_entry;
  GtkWidget          *run_button;
  GtkWidget          *accept_button;
  AdwViewStack       *view_stack;
  GtkColumnView      *pool_view;
  GtkColumnView      *requests_view;
  GtkColumnView      *relationships_view;
  GtkStack           *proposals_stack;
  GtkColumnView      *proposals_view;
  GtkColumnView      *unmatched_view;
  GtkLabel           *unmatched_label;
  GtkColumnView      *sessions_view;
  GtkLabel           *sessions_label;
  GtkWidget          *log_button;
  GtkWidget          *close_button;
  GtkWidget          *accept_all_button;
  GtkWidget          *add_coach_button;
  GtkWidget          *edit_coach_button;
  GtkWidget          *remove_coach_button;
  GtkWidget          *add_request_button;
  GtkWidget          *withdraw_button;
  GtkWidget          *fit_button;
  GtkWidget          *pause_button;
  GtkColumnView      *exclusions_view;
  GtkDropDown        *role_filter;    /* all, coaches, mentors */
  GtkCheckButton     *free_filter;
  GtkCheckButton     *welsh_filter;
};

void grove_coaching_page_toast         (GroveCoachingPage *self,
                                        const char        *text);
void grove_coaching_page_update_actions (GroveCoachingPage *self);
/* Takes the proposals of a request or coach (0 for none) off the last run. */
void grove_coaching_page_drop_proposals (GroveCoachingPage *self,
                                         gint64             request_id,
                                         gint64             coach_id);
void grove_coaching_page_add_column    (GtkColumnView     *view,
                                        const char        *title,
                                        guint              column,
                                        int                min_chars,
                                        gboolean           expand);
void grove_coaching_page_add_row       (GListStore        *store,
                                        gint64             id,
                                        gint64             other_id,
                                        GStrv              texts);
char *grove_coaching_page_join         (GStrv              strv);
/* A labelled field of a dialog's grid; returns @field. */
GtkWidget *grove_coaching_page_add_field (GtkWidget       *grid,
                                          int              row,
                                          const char      *title,
                                          GtkWidget       *field);
/* Today as YYYY-MM-DD. */
char *grove_coaching_page_today        (void);
/* A toast with "Undo", which calls @undo with @data; @data is freed with
 * @free_data when the toast goes. */
void grove_coaching_page_toast_undo    (GroveCoachingPage *self,
                                        const char        *text,
                                        GCallback          undo,
                                        gpointer           data,
                                        GDestroyNotify     free_data);

/* grove-coaching-page-pool.c */
void grove_coaching_page_init_pool     (GroveCoachingPage *self);
void grove_coaching_page_load_coaches  (GroveCoachingPage *self,
                                        GError           **error);
void grove_coaching_page_remove_coach  (GtkWidget         *widget,
                                        const char        *action_name,
                                        GVariant          *parameter);

/* grove-coaching-page-requests.c */
void grove_coaching_page_init_requests (GroveCoachingPage *self);
void grove_coaching_page_load_requests (GroveCoachingPage *self,
                                        GError           **error);
void grove_coaching_page_withdraw_request (GtkWidget      *widget,
                                           const char     *action_name,
                                           GVariant       *parameter);
const char *grove_coaching_page_kind_label (GroveMatchKind kind);

/* grove-coaching-exclusions.c */
void grove_coaching_page_init_exclusions (GroveCoachingPage *self);
void grove_coaching_page_load_exclusions (GroveCoachingPage *self,
                                          GError           **error);
void grove_coaching_page_update_exclusion_actions (GroveCoachingPage *self);
void grove_coaching_page_add_exclusion (GtkWidget         *widget,
                                        const char        *action_name,
                                        GVariant          *parameter);
void grove_coaching_page_remove_exclusion (GtkWidget      *widget,
                                           const char     *action_name,
                                           GVariant       *parameter);

/* grove-coaching-page-fit.c */
const char *grove_coaching_page_fit_label (int fit);
void grove_coaching_page_update_fit_actions (GroveCoachingPage *self);
void grove_coaching_page_check_fit     (GtkWidget         *widget,
                                        const char        *action_name,
                                        GVariant          *parameter);
void grove_coaching_page_pause         (GtkWidget         *widget,
                                        const char        *action_name,
                                        GVariant          *parameter);

/* grove-coaching-request-dialog.c */
void grove_coaching_page_add_request   (GtkWidget         *widget,
                                        const char        *action_name,
                                        GVariant          *parameter);

/* grove-coaching-coach-dialog.c */
void grove_coaching_page_edit_coach    (GtkWidget         *widget,
                                        const char        *action_name,
                                        GVariant          *parameter);

/* grove-coaching-page-sessions.c */
void grove_coaching_page_init_sessions (GroveCoachingPage *self);
void grove_coaching_page_load_sessions (GroveCoachingPage *self);
/* Reads the page again and chooses the relationship again. */
void grove_coaching_page_reload_choosing (GroveCoachingPage *self,
                                          gint64             relationship_id);
void grove_coaching_page_log_session   (GtkWidget         *widget,
                                        const char        *action_name,
                                        GVariant          *parameter);
void grove_coaching_page_close_relationship (GtkWidget    *widget,
                                             const char   *action_name,
                                             GVariant     *parameter);

G_END_DECLS
