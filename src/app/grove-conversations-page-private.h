/* grove-conversations-page-private.h: shared between the page and the
 * record it shows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "grove-conversations-page.h"
#include "grove-ipdr-notes.h"
#include "grove-my-team.h"

G_BEGIN_DECLS

struct _GroveConversationsPage
{
  AdwBin              parent_instance;

  GroveStore         *store;
  gint64              signed_in_person;  /* 0 for nobody */
  GPtrArray          *managers;          /* (element-type GrovePerson): people with reports, by name */
  char               *today;
  gint64              ipdr_id;           /* the record shown; 0 for none */

  AdwToastOverlay    *toast_overlay;
  GtkStack           *stack;
  GtkDropDown        *manager_dropdown;
  AdwLeaflet         *leaflet;
  GtkWidget          *sidebar;
  GtkWidget          *record_pane;
  GtkLabel           *signed_in_label;
  GtkToggleButton    *direct_toggle;
  GtkToggleButton    *all_toggle;
  GtkStack           *team_stack;
  GtkListView        *team_view;
  GtkSingleSelection *team_selection;
  GtkStack           *record_stack;
  AdwStatusPage      *record_status;
  GtkLabel           *name_label;
  GtkLabel           *status_label;
  GtkListBox         *agenda_list;
  GtkListBox         *objectives_list;
  GtkListBox         *plan_list;
  GtkListBox         *notes_list;
  GtkListBox         *reviews_list;
  GtkTextView        *notes_view;
  GroveWpaNote       *deleted_note;     /* (nullable): to bring back on Undo */
  GtkFileChooserNative *chooser;         /* (nullable): while choosing where to export */
};

/* Fills the right-hand pane with @member's record for the current period. */
void _grove_conversations_page_show_record (GroveConversationsPage *self,
                                            const GroveTeamMember  *member);

void  _grove_conversations_page_choose_export (GroveConversationsPage *self);
void  _grove_conversations_page_print         (GroveConversationsPage *self);
/* Reads the team and the record shown again, keeping the selection. */
void  _grove_conversations_page_refresh       (GroveConversationsPage *self);
void  _grove_conversations_page_add_note      (GroveConversationsPage *self);
void  _grove_conversations_page_add_objective (GroveConversationsPage *self);
void  _grove_conversations_page_delete_note   (GroveConversationsPage *self,
                                               gint64                  note_id);
void  _grove_conversations_page_undo_delete   (GroveConversationsPage *self);
char *_grove_conversations_format_date     (const char             *iso);

G_END_DECLS
