/* grove-conversations-reviews.c: mid-year and end-year reviews and 360
 * feedback on the Conversations page
 *
 * A record has at most one review of each kind, so the same dialog books a
 * review, records it as held and corrects it later: choosing the kind
 * brings back what is already written for it. The person's own reflection
 * sits in the same form as the manager's summary, so both are written in
 * the same conversation.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "grove-conversations-page-private.h"
#include "grove-ipdr-notes.h"

static GtkWidget *
field (AdwMessageDialog *dialog,
       const char       *name)
{
  return _grove_conversations_find_field (adw_message_dialog_get_extra_child (dialog), name);
}

static void
set_text (AdwMessageDialog *dialog,
          const char       *name,
          const char       *text)
{
  gtk_editable_set_text (GTK_EDITABLE (field (dialog, name)), text != NULL ? text : "");
}

static GroveReview *
find_review (GroveConversationsPage *self,
             GroveReviewKind         kind)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) reviews = grove_ipdr_list_reviews (self->store, self->ipdr_id, &error);

  if (reviews == NULL)
    g_warning ("Could not read the reviews: %s", error->message);
  for (guint i = 0; reviews != NULL && i < reviews->len; i++)
    if (((GroveReview *) g_ptr_array_index (reviews, i))->kind == kind)
      return g_ptr_array_steal_index (reviews, i);
  return NULL;
}

/* Both dates must be dates when given; say which one is not. */
static void
on_review_changed_cb (AdwMessageDialog *dialog)
{
  const char *names[] = { "scheduled", "held" };
  g_autofree char *problem = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      GtkWidget *entry = field (dialog, names[i]);

      if (_grove_conversations_date_is_valid_or_empty (entry))
        {
          gtk_widget_remove_css_class (entry, "error");
          continue;
        }
      gtk_widget_add_css_class (entry, "error");
      if (problem == NULL)
        {
          g_autofree char *typed = _grove_conversations_entry_text (entry);

          problem = g_strdup_printf (_("“%s” is not a date: write it as YYYY-MM-DD, for example 2027-03-31."), typed);
        }
    }
  _grove_conversations_form_set_note (field (dialog, "problem"), problem);
  adw_message_dialog_set_response_enabled (dialog, "save", problem == NULL);
}

static void
load_review (AdwMessageDialog       *dialog,
             GroveConversationsPage *self)
{
  GroveReviewKind kind = gtk_drop_down_get_selected (GTK_DROP_DOWN (field (dialog, "kind")));
  g_autoptr(GroveReview) review = find_review (self, kind);
  GroveReview empty = { .kind = kind };
  const GroveReview *shown = review != NULL ? review : &empty;

  set_text (dialog, "scheduled", shown->scheduled);
  set_text (dialog, "held", shown->held);
  set_text (dialog, "summary", shown->summary);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (field (dialog, "rating")), shown->rating);
  set_text (dialog, "went-well", shown->went_well);
  set_text (dialog, "went-badly", shown->went_badly);
  set_text (dialog, "learned", shown->learned);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (field (dialog, "manager-view"))),
                            shown->manager_view != NULL ? shown->manager_view : "", -1);
  on_review_changed_cb (dialog);
}

static void
on_kind_changed_cb (GtkWidget              *dropdown,
                    GParamSpec             *pspec,
                    GroveConversationsPage *self)
{
  load_review (ADW_MESSAGE_DIALOG (gtk_widget_get_root (dropdown)), self);
}

static gboolean
save_review (GroveStore  *store,
             gpointer     user_data,
             GError     **error)
{
  const GroveReview *review = user_data;

  return grove_ipdr_save_review (store, review->ipdr_id, review, error);
}

static void
on_review_response_cb (AdwMessageDialog       *dialog,
                       const char             *response,
                       GroveConversationsPage *self)
{
  g_autoptr(GroveReview) review = NULL;
  g_autofree char *what = NULL;

  if (g_strcmp0 (response, "save") != 0 || self->ipdr_id == 0)
    return;
  on_review_changed_cb (dialog);
  if (!adw_message_dialog_get_response_enabled (dialog, "save"))
    return;
  review = g_new0 (GroveReview, 1);
  review->ipdr_id = self->ipdr_id;
  review->kind = gtk_drop_down_get_selected (GTK_DROP_DOWN (field (dialog, "kind")));
  review->scheduled = _grove_conversations_entry_text (field (dialog, "scheduled"));
  review->held = _grove_conversations_entry_text (field (dialog, "held"));
  review->summary = _grove_conversations_entry_text (field (dialog, "summary"));
  review->rating = gtk_drop_down_get_selected (GTK_DROP_DOWN (field (dialog, "rating")));
  review->went_well = _grove_conversations_entry_text (field (dialog, "went-well"));
  review->went_badly = _grove_conversations_entry_text (field (dialog, "went-badly"));
  review->learned = _grove_conversations_entry_text (field (dialog, "learned"));
  review->manager_view = _grove_conversations_text_view_text (field (dialog, "manager-view"));
  /* The amendment log's entry. */
  what = g_strdup (review->kind == GROVE_REVIEW_MID_YEAR ? _("Changed the mid-year review")
                                                         : _("Changed the end-year review"));
  if (!_grove_conversations_page_write (self, what, save_review, review))
    return;
  _grove_conversations_page_refresh (self);
  _grove_conversations_page_toast (self, _("Review saved"));
}

static void
clear_list (GtkListBox *list,
            const char *placeholder_text)
{
  GtkWidget *placeholder = gtk_label_new (placeholder_text);
  GtkListBoxRow *row;

  gtk_list_box_set_placeholder (list, NULL);
  while ((row = gtk_list_box_get_row_at_index (list, 0)) != NULL)
    gtk_list_box_remove (list, GTK_WIDGET (row));
  gtk_widget_add_css_class (placeholder, "dim-label");
  gtk_widget_set_margin_top (placeholder, 12);
  gtk_widget_set_margin_bottom (placeholder, 12);
  gtk_list_box_set_placeholder (list, placeholder);
}

static GtkWidget *
add_row (GtkListBox *list,
         const char *title,
         const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle != NULL ? subtitle : "");
  gtk_list_box_append (list, row);
  return row;
}

static char *
describe_review (const GroveReview *review)
{
  g_autofree char *held = grove_ipdr_format_date (review->held);
  g_autofree char *scheduled = grove_ipdr_format_date (review->scheduled);
  GString *text = g_string_new (NULL);

  if (held != NULL)
    g_string_printf (text, _("Held on %s"), held);
  else if (scheduled != NULL)
    g_string_printf (text, _("Booked for %s"), scheduled);
  else
    g_string_assign (text, _("Not booked yet"));
  if (review->rating > 0)
    /* Translators: after when a review was held, its overall rating */
    g_string_append_printf (text, _(" · rated %d of 5"), review->rating);
  if (review->summary != NULL)
    g_string_append_printf (text, " · %s", review->summary);
  if (review->manager_view != NULL)
    {
      g_string_append_c (text, '\n');
      /* Translators: on a line of its own under a review's summary */
      g_string_append_printf (text, _("The manager’s view: %s"), review->manager_view);
    }
  return g_string_free (text, FALSE);
}

static void
fill_reviews (GroveConversationsPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) reviews = grove_ipdr_list_reviews (self->store, self->ipdr_id, &error);

  clear_list (self->reviews_list, _("No reviews yet"));
  if (reviews == NULL)
    {
      g_warning ("Could not read the reviews: %s", error->message);
      return;
    }
  for (guint i = 0; i < reviews->len; i++)
    {
      const GroveReview *review = g_ptr_array_index (reviews, i);
      g_autofree char *subtitle = describe_review (review);
      GtkWidget *row = add_row (self->reviews_list, grove_review_kind_label (review->kind), subtitle);
      GtkWidget *edit = _grove_conversations_row_button_new ("document-edit-symbolic", _("Edit Review"),
                                                             "conversations.edit-review", 0);

      /* The kind, not the row's id, says which review: there is one of each. */
      gtk_actionable_set_action_target_value (GTK_ACTIONABLE (edit), g_variant_new_int32 (review->kind));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), edit);
      _grove_conversations_row_set_action (row, "conversations.edit-review", g_variant_new_int32 (review->kind));
      /* A long view is there in full in the dialog the row opens. */
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 4);
    }
}

static void
fill_feedback (GroveConversationsPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) feedback = grove_ipdr_list_feedback (self->store, self->ipdr_id, &error);

  clear_list (self->feedback_list, _("No 360 feedback yet"));
  if (feedback == NULL)
    {
      g_warning ("Could not read the feedback: %s", error->message);
      return;
    }
  for (guint i = 0; i < feedback->len; i++)
    {
      const GroveFeedback *item = g_ptr_array_index (feedback, i);
      GtkWidget *row;
      g_autofree char *received = grove_ipdr_format_date (item->received);
      g_autofree char *subtitle =
        /* Translators: where feedback came from (“Peer”), who gave it and when */
        g_strdup_printf (_("%s · %s · %s"), grove_feedback_source_label (item->source),
                         item->from_name != NULL ? item->from_name : _("Anonymous"), received);

      row = add_row (self->feedback_list, item->text, subtitle);
      _grove_conversations_row_set_action (row, "conversations.edit-feedback", g_variant_new_int64 (item->id));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 _grove_conversations_row_button_new ("user-trash-symbolic", _("Delete Feedback"),
                                                                      "conversations.delete-feedback", item->id));
    }
}

void
_grove_conversations_page_fill_reviews (GroveConversationsPage *self)
{
  fill_reviews (self);
  fill_feedback (self);
}

void
_grove_conversations_page_edit_review (GroveConversationsPage *self,
                                       int                     kind)
{
  const char *kinds[] = { grove_review_kind_label (GROVE_REVIEW_MID_YEAR), grove_review_kind_label (GROVE_REVIEW_END_YEAR) };
  const char *ratings[] = { _("Not rated"), "1", "2", "3", "4", "5" };
  g_autoptr(GroveReview) mid_year = NULL;
  AdwMessageDialog *dialog;
  GtkWidget *form;

  if (self->ipdr_id == 0)
    return;
  /* From the header, the review that is next: the end-year one once the
   * mid-year one has been held. */
  if (kind < 0)
    kind = (mid_year = find_review (self, GROVE_REVIEW_MID_YEAR)) != NULL && mid_year->held != NULL
           ? GROVE_REVIEW_END_YEAR : GROVE_REVIEW_MID_YEAR;
  form = _grove_conversations_form_new ();
  _grove_conversations_form_add (form, _("_Review"), "kind",
                                 _grove_conversations_dropdown_new (kinds, G_N_ELEMENTS (kinds), kind));
  _grove_conversations_form_add (form, _("_Booked for"), "scheduled", _grove_conversations_entry_new (NULL));
  _grove_conversations_form_add (form, _("_Held on"), "held", _grove_conversations_entry_new (NULL));
  gtk_entry_set_placeholder_text (GTK_ENTRY (_grove_conversations_find_field (form, "scheduled")), _("YYYY-MM-DD"));
  gtk_entry_set_placeholder_text (GTK_ENTRY (_grove_conversations_find_field (form, "held")),
                                  _("YYYY-MM-DD, once it has been held"));
  _grove_conversations_form_add (form, _("S_ummary"), "summary", _grove_conversations_entry_new (NULL));
  _grove_conversations_form_add (form, _("Overall ra_ting"), "rating",
                                 _grove_conversations_dropdown_new (ratings, G_N_ELEMENTS (ratings), 0));
  _grove_conversations_form_add_heading (form, _("In the person’s own words"));
  _grove_conversations_form_add (form, _("What went _well"), "went-well", _grove_conversations_entry_new (NULL));
  _grove_conversations_form_add (form, _("What _did not"), "went-badly", _grove_conversations_entry_new (NULL));
  _grove_conversations_form_add (form, _("What they _learned"), "learned", _grove_conversations_entry_new (NULL));
  _grove_conversations_form_add_heading (form, _("The manager’s view"));
  _grove_conversations_form_add_text (form, _("Your _view"), "manager-view", NULL);
  _grove_conversations_form_add_note (form, "problem", "error");
  dialog = _grove_conversations_dialog_new (self, _("Record a Review"),
                                            _("When it was booked and held, how the year is going, the person’s own "
                                              "reflection and yours."),
                                            form, "save", _("_Save"));
  g_signal_connect_swapped (field (dialog, "scheduled"), "changed", G_CALLBACK (on_review_changed_cb), dialog);
  g_signal_connect_swapped (field (dialog, "held"), "changed", G_CALLBACK (on_review_changed_cb), dialog);
  g_signal_connect_object (field (dialog, "kind"), "notify::selected", G_CALLBACK (on_kind_changed_cb), self, 0);
  load_review (dialog, self);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_review_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (field (dialog, "held"));
}

/* 360 feedback */

static GroveFeedback *
find_feedback (GroveConversationsPage *self,
               gint64                  feedback_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) all = grove_ipdr_list_feedback (self->store, self->ipdr_id, &error);

  if (all == NULL)
    g_warning ("Could not read the feedback: %s", error->message);
  for (guint i = 0; all != NULL && i < all->len; i++)
    if (((GroveFeedback *) g_ptr_array_index (all, i))->id == feedback_id)
      return g_ptr_array_steal_index (all, i);
  return NULL;
}

static void
on_feedback_changed_cb (AdwMessageDialog *dialog)
{
  _grove_conversations_dialog_check (dialog, (const char *[]) { "text", "received", NULL }, "received");
}

static gboolean
add_feedback (GroveStore  *store,
              gpointer     user_data,
              GError     **error)
{
  const GroveFeedback *feedback = user_data;

  return grove_ipdr_add_feedback (store, feedback->ipdr_id, feedback, error) != 0;
}

static gboolean
update_feedback (GroveStore  *store,
                 gpointer     user_data,
                 GError     **error)
{
  return grove_ipdr_update_feedback (store, user_data, error);
}

static void
on_feedback_response_cb (AdwMessageDialog       *dialog,
                         const char             *response,
                         GroveConversationsPage *self)
{
  gint64 feedback_id = *(gint64 *) g_object_get_data (G_OBJECT (dialog), "feedback-id");
  g_autoptr(GroveFeedback) feedback = NULL;
  g_autofree char *what = NULL;

  if (g_strcmp0 (response, _grove_conversations_dialog_get_response (dialog)) != 0 || self->ipdr_id == 0)
    return;
  /* The response can come without the button, so check again. */
  on_feedback_changed_cb (dialog);
  if (!adw_message_dialog_get_response_enabled (dialog, response))
    return;
  if (feedback_id == 0)
    {
      feedback = g_new0 (GroveFeedback, 1);
      feedback->ipdr_id = self->ipdr_id;
    }
  else if ((feedback = find_feedback (self, feedback_id)) == NULL)
    return;
  g_free (feedback->from_name);
  g_free (feedback->received);
  g_free (feedback->text);
  feedback->source = gtk_drop_down_get_selected (GTK_DROP_DOWN (field (dialog, "source")));
  feedback->from_name = _grove_conversations_entry_text (field (dialog, "from"));
  feedback->received = _grove_conversations_entry_text (field (dialog, "received"));
  feedback->text = _grove_conversations_entry_text (field (dialog, "text"));
  if (feedback_id == 0)
    /* Translators: the amendment log's entry; %s is where it came from, e.g. “Peer” */
    what = g_strdup_printf (_("Added 360 feedback (%s)"), grove_feedback_source_label (feedback->source));
  else
    /* Translators: the amendment log's entry; %s is where it came from, e.g. “Peer” */
    what = g_strdup_printf (_("Changed 360 feedback (%s)"), grove_feedback_source_label (feedback->source));
  if (!_grove_conversations_page_write (self, what, feedback_id == 0 ? add_feedback : update_feedback, feedback))
    return;
  _grove_conversations_page_refresh (self);
  _grove_conversations_page_toast (self, feedback_id == 0 ? _("Feedback added") : _("Feedback saved"));
}

/* @feedback: (nullable): the feedback to change, or %NULL to add some */
static void
open_feedback_dialog (GroveConversationsPage *self,
                      const GroveFeedback    *feedback)
{
  const char *sources[] = {
    grove_feedback_source_label (GROVE_FEEDBACK_PEER),
    grove_feedback_source_label (GROVE_FEEDBACK_REPORT),
    grove_feedback_source_label (GROVE_FEEDBACK_STAKEHOLDER),
  };
  gint64 feedback_id = feedback != NULL ? feedback->id : 0;
  AdwMessageDialog *dialog;
  const char *body;
  GtkWidget *form;

  form = _grove_conversations_form_new ();
  _grove_conversations_form_add (form, _("Fro_m"), "source",
                                 _grove_conversations_dropdown_new (sources, G_N_ELEMENTS (sources),
                                                                    feedback != NULL ? feedback->source
                                                                                     : GROVE_FEEDBACK_PEER));
  _grove_conversations_form_add (form, _("_Name"), "from",
                                 _grove_conversations_entry_new (feedback != NULL ? feedback->from_name : NULL));
  gtk_entry_set_placeholder_text (GTK_ENTRY (_grove_conversations_find_field (form, "from")),
                                  _("Leave empty to keep it anonymous"));
  _grove_conversations_form_add (form, _("R_eceived on"), "received",
                                 _grove_conversations_entry_new (feedback != NULL ? feedback->received : self->today));
  _grove_conversations_form_add (form, _("_Feedback"), "text",
                                 _grove_conversations_entry_new (feedback != NULL ? feedback->text : NULL));
  _grove_conversations_form_add_note (form, "problem", "error");
  body = _("What a colleague, someone the person manages or a stakeholder said about their work.");
  if (feedback == NULL)
    dialog = _grove_conversations_dialog_new (self, _("Add 360 Feedback"), body, form, "add", _("_Add"));
  else
    dialog = _grove_conversations_dialog_new (self, _("Edit 360 Feedback"), body, form, "save", _("_Save"));
  g_object_set_data_full (G_OBJECT (dialog), "feedback-id", g_memdup2 (&feedback_id, sizeof feedback_id), g_free);
  g_signal_connect_swapped (field (dialog, "text"), "changed", G_CALLBACK (on_feedback_changed_cb), dialog);
  g_signal_connect_swapped (field (dialog, "received"), "changed", G_CALLBACK (on_feedback_changed_cb), dialog);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_feedback_response_cb), self, 0);
  on_feedback_changed_cb (dialog);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (field (dialog, feedback != NULL ? "text" : "source"));
}

void
_grove_conversations_page_add_feedback (GroveConversationsPage *self)
{
  if (self->ipdr_id != 0)
    open_feedback_dialog (self, NULL);
}

void
_grove_conversations_page_edit_feedback (GroveConversationsPage *self,
                                         gint64                  feedback_id)
{
  g_autoptr(GroveFeedback) feedback = self->ipdr_id != 0 ? find_feedback (self, feedback_id) : NULL;

  if (feedback != NULL)
    open_feedback_dialog (self, feedback);
}

static gboolean
delete_feedback (GroveStore  *store,
                 gpointer     user_data,
                 GError     **error)
{
  return grove_ipdr_delete_feedback (store, ((GroveFeedback *) user_data)->id, error);
}

/* Deleted feedback is kept until the next delete, so that the toast's Undo
 * can store it again as it was. */
void
_grove_conversations_page_delete_feedback (GroveConversationsPage *self,
                                           gint64                  feedback_id)
{
  g_autoptr(GroveFeedback) feedback = find_feedback (self, feedback_id);
  g_autofree char *what = NULL;
  AdwToast *toast;

  if (feedback == NULL)
    return;
  /* Translators: the amendment log's entry; %s is where it came from (“Peer”) */
  what = g_strdup_printf (_("Deleted 360 feedback (%s)"), grove_feedback_source_label (feedback->source));
  if (!_grove_conversations_page_write (self, what, delete_feedback, feedback))
    return;
  g_clear_pointer (&self->deleted_feedback, grove_feedback_free);
  self->deleted_feedback = g_steal_pointer (&feedback);
  _grove_conversations_page_refresh (self);

  toast = adw_toast_new (_("Feedback deleted"));
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "conversations.undo-delete-feedback");
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

void
_grove_conversations_page_undo_delete_feedback (GroveConversationsPage *self)
{
  g_autoptr(GroveFeedback) feedback = g_steal_pointer (&self->deleted_feedback);
  g_autofree char *what = NULL;

  if (feedback == NULL || feedback->ipdr_id != self->ipdr_id)
    return;
  /* Translators: the amendment log's entry; %s is where it came from (“Peer”) */
  what = g_strdup_printf (_("Restored 360 feedback (%s)"), grove_feedback_source_label (feedback->source));
  if (!_grove_conversations_page_write (self, what, add_feedback, feedback))
    return;
  _grove_conversations_page_refresh (self);
}
