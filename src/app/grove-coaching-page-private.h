/* grove-coaching-page-private.h: shared between the page and its session log
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
};

void grove_coaching_page_toast         (GroveCoachingPage *self,
                                        const char        *text);
void grove_coaching_page_update_actions (GroveCoachingPage *self);
void grove_coaching_page_add_column    (GtkColumnView     *view,
                                        const char        *title,
                                        guint              column,
                                        int                min_chars,
                                        gboolean           expand);

/* grove-coaching-page-sessions.c */
void grove_coaching_page_init_sessions (GroveCoachingPage *self);
void grove_coaching_page_load_sessions (GroveCoachingPage *self);
void grove_coaching_page_log_session   (GtkWidget         *widget,
                                        const char        *action_name,
                                        GVariant          *parameter);
void grove_coaching_page_close_relationship (GtkWidget    *widget,
                                             const char   *action_name,
                                             GVariant     *parameter);

G_END_DECLS
