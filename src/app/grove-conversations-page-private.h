/* grove-conversations-page-private.h: shared between the page and the
 * record it shows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "grove-conversations-page.h"
#include "grove-ipdr.h"
#include "grove-ipdr-notes.h"
#include "grove-ipdr-objective.h"
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
  gboolean            locked;            /* it is signed off: changes are amendments */

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
  GtkListBox         *feedback_list;
  GtkListBox         *signoff_list;
  GtkListBox         *history_list;
  GtkTextView        *notes_view;
  GroveWpaNote       *deleted_note;     /* (nullable): to bring back on Undo */
  GroveObjective     *deleted_objective; /* (nullable): the same for an objective */
  GArray             *deleted_objective_notes; /* (element-type gint64): its WPA notes */
  GroveFeedback      *deleted_feedback;  /* (nullable): the same for 360 feedback */
  gpointer            deleted_plan;      /* (nullable): a need or an activity, see grove-conversations-plan-delete.c */
  GtkFileChooserNative *chooser;         /* (nullable): while choosing where to export */
};

void  _grove_conversations_page_install_actions (GtkWidgetClass *widget_class);

/* Fills the right-hand pane with @member's record for the current period. */
void _grove_conversations_page_show_record (GroveConversationsPage *self,
                                            const GroveTeamMember  *member);

void  _grove_conversations_page_choose_export (GroveConversationsPage *self);
void  _grove_conversations_page_choose_export_reviews (GroveConversationsPage *self);
void  _grove_conversations_page_choose_file   (GroveConversationsPage *self,
                                               const char             *title,
                                               const char             *name,
                                               GtkFileFilter          *filter,
                                               GCallback               callback);
void  _grove_conversations_page_print         (GroveConversationsPage *self);
/* Reads the team and the record shown again, keeping the selection. */
void  _grove_conversations_page_refresh       (GroveConversationsPage *self);
void  _grove_conversations_page_add_note      (GroveConversationsPage *self);
void  _grove_conversations_page_add_objective (GroveConversationsPage *self);
void  _grove_conversations_page_delete_note   (GroveConversationsPage *self,
                                               gint64                  note_id);
void  _grove_conversations_page_undo_delete   (GroveConversationsPage *self);
void  _grove_conversations_page_edit_objective   (GroveConversationsPage *self,
                                                  gint64                  objective_id);
void  _grove_conversations_page_delete_objective (GroveConversationsPage *self,
                                                  gint64                  objective_id);
void  _grove_conversations_page_undo_delete_objective (GroveConversationsPage *self);
void  _grove_conversations_page_edit_note     (GroveConversationsPage *self,
                                               gint64                  note_id);
void  _grove_conversations_page_add_need      (GroveConversationsPage *self);
void  _grove_conversations_page_edit_need     (GroveConversationsPage *self,
                                               gint64                  need_id);
void  _grove_conversations_page_edit_activity (GroveConversationsPage *self,
                                               gint64                  activity_id);
void  _grove_conversations_page_add_activity  (GroveConversationsPage *self,
                                               gint64                  need_id);
void  _grove_conversations_page_complete_activity (GroveConversationsPage *self,
                                                   gint64                  activity_id);
void  _grove_conversations_page_fill_status    (GroveConversationsPage *self,
                                               const GroveIpdr        *ipdr);
void  _grove_conversations_page_advance_status (GroveConversationsPage *self);
void  _grove_conversations_page_back_to_draft  (GroveConversationsPage *self);
void  _grove_conversations_page_sign_off       (GroveConversationsPage *self,
                                               GroveIpdrSigner         signer);
void  _grove_conversations_page_fill_reviews   (GroveConversationsPage *self);
/* @kind: a GroveReviewKind, or -1 for the one that is next */
void  _grove_conversations_page_edit_review    (GroveConversationsPage *self,
                                               int                     kind);
void  _grove_conversations_page_add_feedback   (GroveConversationsPage *self);
void  _grove_conversations_page_edit_feedback (GroveConversationsPage *self,
                                              gint64                  feedback_id);
void  _grove_conversations_page_delete_feedback (GroveConversationsPage *self,
                                                gint64                  feedback_id);
void  _grove_conversations_page_undo_delete_feedback (GroveConversationsPage *self);
void  _grove_conversations_page_delete_need    (GroveConversationsPage *self,
                                               gint64                  need_id);
void  _grove_conversations_page_delete_activity (GroveConversationsPage *self,
                                                gint64                  activity_id);
void  _grove_conversations_page_undo_delete_plan (GroveConversationsPage *self);
void  _grove_conversations_deleted_plan_free   (gpointer                data);
void  _grove_conversations_page_show_plan      (GroveConversationsPage *self);
void  _grove_conversations_page_share_objective (GroveConversationsPage *self);
GtkWidget *_grove_conversations_plan_dropdown_new (GroveConversationsPage *self,
                                                   gint64                  current,
                                                   GArray                 *ids);
GtkWidget *_grove_conversations_row_button_new (const char *icon_name,
                                                const char *label,
                                                const char *action,
                                                gint64      id);
void       _grove_conversations_row_set_action (GtkWidget  *row,
                                                const char *action,
                                                GVariant   *target);

/* Shared by the dialogs: see grove-conversations-form.c. */
char             *_grove_conversations_entry_text       (GtkWidget   *entry);
gboolean          _grove_conversations_date_is_valid_or_empty (GtkWidget *entry);
GtkWidget        *_grove_conversations_form_new         (void);
GtkWidget        *_grove_conversations_form_add         (GtkWidget   *form,
                                                         const char  *mnemonic,
                                                         const char  *name,
                                                         GtkWidget   *field);
void              _grove_conversations_form_add_heading (GtkWidget  *form,
                                                         const char  *text);
GtkWidget        *_grove_conversations_form_add_text    (GtkWidget   *form,
                                                         const char  *mnemonic,
                                                         const char  *name,
                                                         const char  *text);
char             *_grove_conversations_text_view_text   (GtkWidget   *view);
GtkWidget        *_grove_conversations_form_add_note    (GtkWidget   *form,
                                                         const char  *name,
                                                         const char  *style);
void              _grove_conversations_form_set_note    (GtkWidget   *note,
                                                         const char  *text);
GtkWidget        *_grove_conversations_find_field       (GtkWidget   *widget,
                                                         const char  *name);
GtkWidget        *_grove_conversations_entry_new        (const char  *text);
GtkWidget        *_grove_conversations_dropdown_new     (const char * const *labels,
                                                         guint        n_labels,
                                                         guint        selected);
GtkWidget        *_grove_conversations_condition_dropdown_new (GroveConversationsPage *self,
                                                              gint64       current,
                                                              GArray      *ids);
AdwMessageDialog *_grove_conversations_dialog_new       (GroveConversationsPage *self,
                                                         const char  *heading,
                                                         const char  *body,
                                                         GtkWidget   *form,
                                                         const char  *response,
                                                         const char  *response_label);
const char       *_grove_conversations_dialog_get_response (AdwMessageDialog *dialog);
void              _grove_conversations_dialog_check     (AdwMessageDialog   *dialog,
                                                         const char * const *required,
                                                         const char         *date_name);
void              _grove_conversations_page_toast       (GroveConversationsPage *self,
                                                         const char  *text);
gboolean          _grove_conversations_page_write       (GroveConversationsPage *self,
                                                         const char  *what,
                                                         GroveIpdrAmendFunc func,
                                                         gpointer     user_data);

G_END_DECLS
