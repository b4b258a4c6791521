/* grove-conversations-actions.c: the Conversations page's actions on the
 * record shown
 *
 * Each action only hands over to the file that does the work, so that the
 * page's own file stays about choosing whose record to show.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "grove-conversations-page-private.h"

static void
add_note_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  _grove_conversations_page_add_note (GROVE_CONVERSATIONS_PAGE (widget));
}

static void
add_objective_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  _grove_conversations_page_add_objective (GROVE_CONVERSATIONS_PAGE (widget));
}

static void
delete_note_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  _grove_conversations_page_delete_note (GROVE_CONVERSATIONS_PAGE (widget), g_variant_get_int64 (parameter));
}

static void
edit_objective_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  _grove_conversations_page_edit_objective (GROVE_CONVERSATIONS_PAGE (widget), g_variant_get_int64 (parameter));
}

static void
delete_objective_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  _grove_conversations_page_delete_objective (GROVE_CONVERSATIONS_PAGE (widget), g_variant_get_int64 (parameter));
}

static void
undo_delete_objective_action (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *parameter)
{
  _grove_conversations_page_undo_delete_objective (GROVE_CONVERSATIONS_PAGE (widget));
}

static void
add_need_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  _grove_conversations_page_add_need (GROVE_CONVERSATIONS_PAGE (widget));
}

static void
add_activity_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  _grove_conversations_page_add_activity (GROVE_CONVERSATIONS_PAGE (widget), g_variant_get_int64 (parameter));
}

static void
complete_activity_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  _grove_conversations_page_complete_activity (GROVE_CONVERSATIONS_PAGE (widget), g_variant_get_int64 (parameter));
}

static void
undo_delete_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  _grove_conversations_page_undo_delete (GROVE_CONVERSATIONS_PAGE (widget));
}

static void
export_pdf_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  _grove_conversations_page_choose_export (GROVE_CONVERSATIONS_PAGE (widget));
}

static void
export_reviews_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  _grove_conversations_page_choose_export_reviews (GROVE_CONVERSATIONS_PAGE (widget));
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  _grove_conversations_page_print (GROVE_CONVERSATIONS_PAGE (widget));
}

static void
advance_status_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  _grove_conversations_page_advance_status (GROVE_CONVERSATIONS_PAGE (widget));
}

static void
back_to_draft_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  _grove_conversations_page_back_to_draft (GROVE_CONVERSATIONS_PAGE (widget));
}

static void
sign_off_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  int signer = g_variant_get_int32 (parameter);

  if (signer == GROVE_IPDR_SIGNER_PERSON || signer == GROVE_IPDR_SIGNER_MANAGER)
    _grove_conversations_page_sign_off (GROVE_CONVERSATIONS_PAGE (widget), signer);
}

static void
record_review_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  _grove_conversations_page_edit_review (GROVE_CONVERSATIONS_PAGE (widget), -1);
}

static void
edit_review_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  int kind = g_variant_get_int32 (parameter);

  if (kind == GROVE_REVIEW_MID_YEAR || kind == GROVE_REVIEW_END_YEAR)
    _grove_conversations_page_edit_review (GROVE_CONVERSATIONS_PAGE (widget), kind);
}

static void
add_feedback_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  _grove_conversations_page_add_feedback (GROVE_CONVERSATIONS_PAGE (widget));
}

static void
delete_feedback_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  _grove_conversations_page_delete_feedback (GROVE_CONVERSATIONS_PAGE (widget), g_variant_get_int64 (parameter));
}

static void
undo_delete_feedback_action (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *parameter)
{
  _grove_conversations_page_undo_delete_feedback (GROVE_CONVERSATIONS_PAGE (widget));
}

static void
delete_need_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  _grove_conversations_page_delete_need (GROVE_CONVERSATIONS_PAGE (widget), g_variant_get_int64 (parameter));
}

static void
delete_activity_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  _grove_conversations_page_delete_activity (GROVE_CONVERSATIONS_PAGE (widget), g_variant_get_int64 (parameter));
}

static void
undo_delete_plan_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  _grove_conversations_page_undo_delete_plan (GROVE_CONVERSATIONS_PAGE (widget));
}

static void
edit_note_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  _grove_conversations_page_edit_note (GROVE_CONVERSATIONS_PAGE (widget), g_variant_get_int64 (parameter));
}

static void
edit_need_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  _grove_conversations_page_edit_need (GROVE_CONVERSATIONS_PAGE (widget), g_variant_get_int64 (parameter));
}

static void
edit_activity_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  _grove_conversations_page_edit_activity (GROVE_CONVERSATIONS_PAGE (widget), g_variant_get_int64 (parameter));
}

static void
edit_feedback_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  _grove_conversations_page_edit_feedback (GROVE_CONVERSATIONS_PAGE (widget), g_variant_get_int64 (parameter));
}

static void
team_plan_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  _grove_conversations_page_show_plan (GROVE_CONVERSATIONS_PAGE (widget));
}

static void
share_objective_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  _grove_conversations_page_share_objective (GROVE_CONVERSATIONS_PAGE (widget));
}

void
_grove_conversations_page_install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "conversations.export-pdf", NULL, export_pdf_action);
  gtk_widget_class_install_action (widget_class, "conversations.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "conversations.export-reviews", NULL, export_reviews_action);
  gtk_widget_class_install_action (widget_class, "conversations.add-note", NULL, add_note_action);
  gtk_widget_class_install_action (widget_class, "conversations.add-objective", NULL, add_objective_action);
  gtk_widget_class_install_action (widget_class, "conversations.edit-note", "x", edit_note_action);
  gtk_widget_class_install_action (widget_class, "conversations.delete-note", "x", delete_note_action);
  gtk_widget_class_install_action (widget_class, "conversations.undo-delete", NULL, undo_delete_action);
  gtk_widget_class_install_action (widget_class, "conversations.edit-objective", "x", edit_objective_action);
  gtk_widget_class_install_action (widget_class, "conversations.delete-objective", "x", delete_objective_action);
  gtk_widget_class_install_action (widget_class, "conversations.undo-delete-objective", NULL,
                                   undo_delete_objective_action);
  gtk_widget_class_install_action (widget_class, "conversations.add-need", NULL, add_need_action);
  gtk_widget_class_install_action (widget_class, "conversations.edit-need", "x", edit_need_action);
  gtk_widget_class_install_action (widget_class, "conversations.add-activity", "x", add_activity_action);
  gtk_widget_class_install_action (widget_class, "conversations.edit-activity", "x", edit_activity_action);
  gtk_widget_class_install_action (widget_class, "conversations.complete-activity", "x", complete_activity_action);
  gtk_widget_class_install_action (widget_class, "conversations.delete-need", "x", delete_need_action);
  gtk_widget_class_install_action (widget_class, "conversations.delete-activity", "x", delete_activity_action);
  gtk_widget_class_install_action (widget_class, "conversations.undo-delete-plan", NULL, undo_delete_plan_action);
  gtk_widget_class_install_action (widget_class, "conversations.advance-status", NULL, advance_status_action);
  gtk_widget_class_install_action (widget_class, "conversations.back-to-draft", NULL, back_to_draft_action);
  gtk_widget_class_install_action (widget_class, "conversations.sign-off", "i", sign_off_action);
  gtk_widget_class_install_action (widget_class, "conversations.record-review", NULL, record_review_action);
  gtk_widget_class_install_action (widget_class, "conversations.edit-review", "i", edit_review_action);
  gtk_widget_class_install_action (widget_class, "conversations.add-feedback", NULL, add_feedback_action);
  gtk_widget_class_install_action (widget_class, "conversations.edit-feedback", "x", edit_feedback_action);
  gtk_widget_class_install_action (widget_class, "conversations.delete-feedback", "x", delete_feedback_action);
  gtk_widget_class_install_action (widget_class, "conversations.undo-delete-feedback", NULL,
                                   undo_delete_feedback_action);
  gtk_widget_class_install_action (widget_class, "conversations.team-plan", NULL, team_plan_action);
  gtk_widget_class_install_action (widget_class, "conversations.share-objective", NULL, share_objective_action);
}
