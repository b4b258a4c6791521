/* grove-conversations-form.c: what the Conversations page's dialogs share
 *
 * Each dialog is a message dialog holding a grid of labelled fields: every
 * label has a mnemonic that moves to its field, and names the field for
 * assistive technologies, so the forms work from the keyboard alone.
 *
 * Writes go through _grove_conversations_page_write(), which turns a change
 * to a signed-off record into an amendment, so the dialogs need not know.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "grove-conversations-page-private.h"
#include "grove-framework.h"
#include "grove-person.h"

char *
_grove_conversations_entry_text (GtkWidget *entry)
{
  g_autofree char *text = g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry)));

  g_strstrip (text);
  return *text != '\0' ? g_steal_pointer (&text) : NULL;
}

gboolean
_grove_conversations_date_is_valid_or_empty (GtkWidget *entry)
{
  g_autofree char *text = _grove_conversations_entry_text (entry);

  return text == NULL || grove_person_date_is_valid (text);
}

GtkWidget *
_grove_conversations_form_new (void)
{
  GtkWidget *grid = gtk_grid_new ();

  gtk_grid_set_row_spacing (GTK_GRID (grid), 6);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  /* Wide enough to read a title without scrolling through it. */
  gtk_widget_set_size_request (grid, 380, -1);
  return grid;
}

/* Adds @field on the next row of @form under @mnemonic ("_Title"), named
 * @name so that it can be found again. */
GtkWidget *
_grove_conversations_form_add (GtkWidget  *form,
                               const char *mnemonic,
                               const char *name,
                               GtkWidget  *field)
{
  GtkWidget *label = gtk_label_new_with_mnemonic (mnemonic);
  int row = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (form); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      int top;

      gtk_grid_query_child (GTK_GRID (form), child, NULL, &top, NULL, NULL);
      row = MAX (row, top + 1);
    }
  gtk_label_set_xalign (GTK_LABEL (label), 1);
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), field);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_set_name (field, name);
  gtk_widget_set_hexpand (field, TRUE);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (field), GTK_ACCESSIBLE_RELATION_LABELLED_BY, label, NULL, -1);
  if (GTK_IS_ENTRY (field))
    gtk_entry_set_activates_default (GTK_ENTRY (field), TRUE);
  /* GTK 4.8's spin button has no such property, but its text does; and its
   * − and + buttons show only an icon, with no name of their own. */
  for (GtkWidget *child = gtk_widget_get_first_child (field); GTK_IS_SPIN_BUTTON (field) && child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      const char *icon = GTK_IS_BUTTON (child) ? gtk_button_get_icon_name (GTK_BUTTON (child)) : NULL;

      if (GTK_IS_TEXT (child))
        gtk_text_set_activates_default (GTK_TEXT (child), TRUE);
      else if (g_strcmp0 (icon, "value-decrease-symbolic") == 0)
        gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Decrease"), -1);
      else if (g_strcmp0 (icon, "value-increase-symbolic") == 0)
        gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Increase"), -1);
    }
  gtk_grid_attach (GTK_GRID (form), label, 0, row, 1, 1);
  gtk_grid_attach (GTK_GRID (form), field, 1, row, 1, 1);
  return field;
}

static int
next_row (GtkWidget *form)
{
  int row = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (form); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      int top;

      gtk_grid_query_child (GTK_GRID (form), child, NULL, &top, NULL, NULL);
      row = MAX (row, top + 1);
    }
  return row;
}

/* A heading across the form, before the fields of one part of it. */
void
_grove_conversations_form_add_heading (GtkWidget  *form,
                                       const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "heading");
  gtk_widget_set_margin_top (label, 12);
  gtk_grid_attach (GTK_GRID (form), label, 0, next_row (form), 2, 1);
}

/* A field for a few lines of text, added as _grove_conversations_form_add()
 * does; the text view, named @name, is returned. */
GtkWidget *
_grove_conversations_form_add_text (GtkWidget  *form,
                                    const char *mnemonic,
                                    const char *name,
                                    const char *text)
{
  GtkWidget *view = gtk_text_view_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  int row = next_row (form);
  GtkWidget *label;

  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (view), FALSE);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 6);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 6);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 6);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 6);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), text != NULL ? text : "", -1);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), view);
  gtk_scrolled_window_set_has_frame (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  /* Room for a few lines before it scrolls. */
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scrolled), 72);
  _grove_conversations_form_add (form, mnemonic, name, scrolled);
  label = gtk_grid_get_child_at (GTK_GRID (form), 0, row);
  /* The text view is what takes the focus and what the label names. */
  gtk_widget_set_name (scrolled, "");
  gtk_widget_set_name (view, name);
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), view);
  gtk_widget_set_valign (label, GTK_ALIGN_START);
  gtk_widget_set_margin_top (label, 6);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_RELATION_LABELLED_BY, label, NULL, -1);
  return view;
}

/* The text of a field added with _grove_conversations_form_add_text(),
 * trimmed; NULL when there is none. */
char *
_grove_conversations_text_view_text (GtkWidget *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  GtkTextIter start, end;
  g_autofree char *text = NULL;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
  return *text != '\0' ? g_steal_pointer (&text) : NULL;
}

/* A line under the fields: advice, or why the dialog cannot be saved yet. */
GtkWidget *
_grove_conversations_form_add_note (GtkWidget  *form,
                                    const char *name,
                                    const char *style)
{
  GtkWidget *label = gtk_label_new (NULL);
  int row = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (form); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      int top;

      gtk_grid_query_child (GTK_GRID (form), child, NULL, &top, NULL, NULL);
      row = MAX (row, top + 1);
    }
  gtk_widget_set_name (label, name);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 40);
  gtk_widget_add_css_class (label, style);
  gtk_widget_set_visible (label, FALSE);
  gtk_grid_attach (GTK_GRID (form), label, 0, row, 2, 1);
  return label;
}

void
_grove_conversations_form_set_note (GtkWidget  *note,
                                    const char *text)
{
  gtk_label_set_text (GTK_LABEL (note), text != NULL ? text : "");
  gtk_widget_set_visible (note, text != NULL && *text != '\0');
}

GtkWidget *
_grove_conversations_find_field (GtkWidget  *widget,
                                 const char *name)
{
  if (g_strcmp0 (gtk_widget_get_name (widget), name) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = _grove_conversations_find_field (child, name);

      if (found != NULL)
        return found;
    }
  return NULL;
}

GtkWidget *
_grove_conversations_entry_new (const char *text)
{
  GtkWidget *entry = gtk_entry_new ();

  if (text != NULL)
    gtk_editable_set_text (GTK_EDITABLE (entry), text);
  return entry;
}

/* A drop-down of the labels of an enumeration's values, in order. */
GtkWidget *
_grove_conversations_dropdown_new (const char * const *labels,
                                   guint               n_labels,
                                   guint               selected)
{
  g_autoptr(GtkStringList) list = gtk_string_list_new (NULL);
  GtkWidget *dropdown;

  for (guint i = 0; i < n_labels; i++)
    gtk_string_list_append (list, labels[i]);
  dropdown = gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&list)), NULL);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), selected < n_labels ? selected : 0);
  return dropdown;
}

/* The conditions of the built-in framework, after "None"; @ids gets the id
 * of each item, 0 for none. */
GtkWidget *
_grove_conversations_condition_dropdown_new (GroveConversationsPage *self,
                                             gint64                  current,
                                             GArray                 *ids)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GroveFramework) framework = grove_framework_get_by_key (self->store, GROVE_FRAMEWORK_BUILTIN_KEY, &error);
  g_autoptr(GtkStringList) titles = gtk_string_list_new (NULL);
  GtkWidget *dropdown;
  guint selected = 0;
  gint64 none = 0;

  g_array_append_val (ids, none);
  gtk_string_list_append (titles, _("None"));
  if (framework == NULL)
    g_warning ("Could not read the framework: %s", error->message);
  for (guint i = 0; framework != NULL && i < framework->conditions->len; i++)
    {
      const GroveFrameworkCondition *condition = g_ptr_array_index (framework->conditions, i);

      if (condition->id == current)
        selected = ids->len;
      g_array_append_val (ids, condition->id);
      gtk_string_list_append (titles, condition->title);
    }
  /* A condition of another framework is kept unless another is chosen. */
  if (selected == 0 && current != 0)
    {
      selected = ids->len;
      g_array_append_val (ids, current);
      gtk_string_list_append (titles, _("Another framework’s condition"));
    }
  dropdown = gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&titles)), NULL);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), selected);
  return dropdown;
}

AdwMessageDialog *
_grove_conversations_dialog_new (GroveConversationsPage *self,
                                 const char             *heading,
                                 const char             *body,
                                 GtkWidget              *form,
                                 const char             *response,
                                 const char             *response_label)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, heading, body));
  adw_message_dialog_set_extra_child (dialog, form);
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), response, response_label, NULL);
  adw_message_dialog_set_response_appearance (dialog, response, ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, response);
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "response", g_strdup (response), g_free);
  return dialog;
}

/* The response that saves: "add" or "save". */
const char *
_grove_conversations_dialog_get_response (AdwMessageDialog *dialog)
{
  return g_object_get_data (G_OBJECT (dialog), "response");
}

/* Enables the dialog's response when each field named in @required has
 * text and the field @date_name, if any, is a date or empty; a date that is
 * not one is said so. A missing required field only disables: the empty
 * form is not an error. */
void
_grove_conversations_dialog_check (AdwMessageDialog   *dialog,
                                   const char * const *required,
                                   const char         *date_name)
{
  GtkWidget *extra = adw_message_dialog_get_extra_child (dialog);
  GtkWidget *date = date_name != NULL ? _grove_conversations_find_field (extra, date_name) : NULL;
  gboolean date_ok = date == NULL || _grove_conversations_date_is_valid_or_empty (date);
  gboolean filled = TRUE;
  g_autofree char *problem = NULL;

  for (guint i = 0; required[i] != NULL; i++)
    {
      g_autofree char *text = _grove_conversations_entry_text (_grove_conversations_find_field (extra, required[i]));

      filled = filled && text != NULL;
    }
  if (!date_ok)
    {
      g_autofree char *typed = _grove_conversations_entry_text (date);

      /* Translators: %s is what was typed as a date */
      problem = g_strdup_printf (_("“%s” is not a date: write it as YYYY-MM-DD, for example 2027-03-31."), typed);
      gtk_widget_add_css_class (date, "error");
    }
  else if (date != NULL)
    gtk_widget_remove_css_class (date, "error");
  _grove_conversations_form_set_note (_grove_conversations_find_field (extra, "problem"), problem);
  adw_message_dialog_set_response_enabled (dialog, _grove_conversations_dialog_get_response (dialog),
                                           date_ok && filled);
}

void
_grove_conversations_page_toast (GroveConversationsPage *self,
                                 const char             *text)
{
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (text));
}

/* Runs @func on the record shown, as an amendment once it is locked. */
gboolean
_grove_conversations_page_write (GroveConversationsPage *self,
                                 const char             *what,
                                 GroveIpdrAmendFunc      func,
                                 gpointer                user_data)
{
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (self->locked)
    ok = grove_ipdr_amend (self->store, self->ipdr_id, self->signed_in_person, what, func, user_data, &error);
  else
    ok = func (self->store, user_data, &error);
  if (!ok)
    _grove_conversations_page_toast (self, error->message);
  return ok;
}
