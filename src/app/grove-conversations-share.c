/* grove-conversations-share.c: The Plan from the Conversations page — the
 * team plan, sharing one objective with several reports, and the choice of
 * team objective an objective supports
 *
 * A shared objective is a template copied into each chosen record; each
 * copy is then that person's own. Records that are signed off, and people
 * with no record for the period, are shown but cannot be ticked, so that
 * nobody is left out unnoticed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "grove-conversations-page-private.h"
#include "grove-team-objective.h"
#include "grove-team-plan-dialog.h"

static gboolean
on_plan_close_request_cb (GtkWindow              *dialog,
                          GroveConversationsPage *self)
{
  /* What the record shows as supported may have changed. */
  _grove_conversations_page_refresh (self);
  return FALSE;
}

void
_grove_conversations_page_show_plan (GroveConversationsPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog;

  if (self->store == NULL || self->signed_in_person == 0)
    return;
  dialog = grove_team_plan_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, self->store,
                                       self->signed_in_person);
  g_signal_connect_object (dialog, "close-request", G_CALLBACK (on_plan_close_request_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
setup_choice_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *list_item,
                 gpointer                  wrap)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (GPOINTER_TO_INT (wrap))
    {
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 50);
    }
  else
    {
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_label_set_width_chars (GTK_LABEL (label), 20);
    }
  gtk_list_item_set_child (list_item, label);
}

static void
bind_choice_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *list_item)
{
  GtkStringObject *choice = gtk_list_item_get_item (list_item);

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (list_item)), gtk_string_object_get_string (choice));
}

static GtkListItemFactory *
new_choice_factory (gboolean wrap)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (setup_choice_cb), GINT_TO_POINTER (wrap));
  g_signal_connect (factory, "bind", G_CALLBACK (bind_choice_cb), NULL);
  return factory;
}

/* "None", then the team objectives the signed-in manager's plan has; @ids
 * gets the id of each item, 0 for none. One that is not in that plan (set
 * by another manager) stays on offer, so that saving does not drop it. */
GtkWidget *
_grove_conversations_plan_dropdown_new (GroveConversationsPage *self,
                                        gint64                  current,
                                        GArray                 *ids)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) plan = grove_team_objective_list_for_person (self->store, self->signed_in_person, &error);
  g_autoptr(GtkStringList) titles = gtk_string_list_new (NULL);
  GtkWidget *dropdown;
  guint selected = 0;
  gint64 none = 0;

  g_array_append_val (ids, none);
  gtk_string_list_append (titles, _("None"));
  if (plan == NULL)
    g_warning ("Could not read the plan: %s", error->message);
  for (guint i = 0; plan != NULL && i < plan->len; i++)
    {
      const GroveTeamObjective *objective = g_ptr_array_index (plan, i);
      /* Translators: a team objective and, in brackets, its unit */
      g_autofree char *title = g_strdup_printf (_("%s (%s)"), objective->title, objective->unit_name);

      if (objective->id == current)
        selected = ids->len;
      g_array_append_val (ids, objective->id);
      gtk_string_list_append (titles, title);
    }
  if (selected == 0 && current != 0)
    {
      g_autoptr(GroveTeamObjective) other = grove_team_objective_get (self->store, current, NULL);
      g_autofree char *title = other != NULL ? g_strdup_printf (_("%s (%s)"), other->title, other->unit_name) : NULL;

      selected = ids->len;
      g_array_append_val (ids, current);
      gtk_string_list_append (titles, title != NULL ? title : _("Another team’s objective"));
    }
  dropdown = gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&titles)), NULL);
  /* Titles can be long: the button shortens its one, so that the dialog
   * keeps its width, and the list wraps them, so that each can be read. */
  {
    g_autoptr(GtkListItemFactory) button = new_choice_factory (FALSE);
    g_autoptr(GtkListItemFactory) list = new_choice_factory (TRUE);

    gtk_drop_down_set_factory (GTK_DROP_DOWN (dropdown), button);
    gtk_drop_down_set_list_factory (GTK_DROP_DOWN (dropdown), list);
  }
  gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), selected);
  return dropdown;
}

typedef struct {
  GArray    *plan_ids;  /* (element-type gint64): 0 first, for none */
  GArray    *ipdr_ids;  /* (element-type gint64): each check's record, 0 for none */
  GPtrArray *checks;    /* (element-type GtkCheckButton) */
  GtkWidget *form;
} ShareForm;

static void
share_form_free (ShareForm *form)
{
  g_array_unref (form->plan_ids);
  g_array_unref (form->ipdr_ids);
  g_ptr_array_unref (form->checks);
  g_free (form);
}

static guint
count_ticked (ShareForm *form)
{
  guint n = 0;

  for (guint i = 0; i < form->checks->len; i++)
    n += gtk_check_button_get_active (g_ptr_array_index (form->checks, i)) ? 1 : 0;
  return n;
}

static void
update_share_form (AdwMessageDialog *dialog)
{
  ShareForm *form = g_object_get_data (G_OBJECT (dialog), "form");
  GtkWidget *due = _grove_conversations_find_field (form->form, "due");
  g_autofree char *title = _grove_conversations_entry_text (_grove_conversations_find_field (form->form, "title"));
  g_autofree char *due_text = _grove_conversations_entry_text (due);
  gboolean due_ok = _grove_conversations_date_is_valid_or_empty (due);
  g_autofree char *problem = NULL;

  if (!due_ok)
    /* Translators: %s is what was typed as a date */
    problem = g_strdup_printf (_("“%s” is not a date: write it as YYYY-MM-DD, for example 2027-03-31."), due_text);
  else if (title == NULL)
    problem = g_strdup (_("An objective needs a title."));
  else if (count_ticked (form) == 0)
    problem = g_strdup (_("Tick at least one person to share it with."));
  if (due_ok)
    gtk_widget_remove_css_class (due, "error");
  else
    gtk_widget_add_css_class (due, "error");
  /* An empty title is not a mistake yet while nothing is typed. */
  _grove_conversations_form_set_note (_grove_conversations_find_field (form->form, "problem"),
                                      title == NULL && due_ok ? NULL : problem);
  adw_message_dialog_set_response_enabled (dialog, "share", problem == NULL);
}

static void
on_share_response_cb (AdwMessageDialog       *dialog,
                      const char             *response,
                      GroveConversationsPage *self)
{
  ShareForm *form = g_object_get_data (G_OBJECT (dialog), "form");
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ipdr_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) created = NULL;
  g_autofree char *title = NULL;
  g_autofree char *measure = NULL;
  g_autofree char *due = NULL;
  g_autofree char *message = NULL;
  GroveObjectiveTemplate template_ = { 0 };
  guint supports;

  if (g_strcmp0 (response, "share") != 0)
    return;
  /* The response can come without the button, so check again. */
  update_share_form (dialog);
  if (!adw_message_dialog_get_response_enabled (dialog, "share"))
    return;
  for (guint i = 0; i < form->checks->len; i++)
    if (gtk_check_button_get_active (g_ptr_array_index (form->checks, i)))
      g_array_append_val (ipdr_ids, g_array_index (form->ipdr_ids, gint64, i));
  supports = gtk_drop_down_get_selected (GTK_DROP_DOWN (_grove_conversations_find_field (form->form, "supports")));
  template_.title = title = _grove_conversations_entry_text (_grove_conversations_find_field (form->form, "title"));
  template_.measure = measure =
    _grove_conversations_entry_text (_grove_conversations_find_field (form->form, "measure"));
  template_.due = due = _grove_conversations_entry_text (_grove_conversations_find_field (form->form, "due"));
  template_.plan_objective_id = supports < form->plan_ids->len ? g_array_index (form->plan_ids, gint64, supports) : 0;
  /* Not through the page's write: the records are others than the one
   * shown, and none of them is signed off, so there is nothing to amend. */
  created = grove_objective_template_share (self->store, &template_, (const gint64 *) (gpointer) ipdr_ids->data,
                                            ipdr_ids->len, &error);
  if (created == NULL)
    {
      _grove_conversations_page_toast (self, error->message);
      return;
    }
  _grove_conversations_page_refresh (self);
  message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Objective shared with %u person",
                                          "Objective shared with %u people", created->len),
                             created->len);
  _grove_conversations_page_toast (self, message);
}

/* One check per direct report; those who cannot get it say why. */
static GtkWidget *
new_people_list (GroveConversationsPage *self,
                 ShareForm              *form,
                 AdwMessageDialog       *dialog)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) team = grove_my_team_list (self->store, self->signed_in_person, TRUE, self->today, &error);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *scrolled = gtk_scrolled_window_new ();

  if (team == NULL)
    g_warning ("Could not read the team: %s", error->message);
  for (guint i = 0; team != NULL && i < team->len; i++)
    {
      const GroveTeamMember *member = g_ptr_array_index (team, i);
      g_autoptr(GroveIpdr) ipdr = member->ipdr_id != 0 ? grove_ipdr_get (self->store, member->ipdr_id, NULL) : NULL;
      g_autofree char *label = NULL;
      GtkWidget *check;

      if (ipdr == NULL)
        /* Translators: someone who cannot be given a shared objective */
        label = g_strdup_printf (_("%s (no IPDR for this period)"), member->name);
      else if (ipdr->locked)
        label = g_strdup_printf (_("%s (IPDR signed off)"), member->name);
      check = gtk_check_button_new_with_label (label != NULL ? label : member->name);
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), label == NULL);
      gtk_widget_set_sensitive (check, label == NULL);
      g_signal_connect_swapped (check, "toggled", G_CALLBACK (update_share_form), dialog);
      g_ptr_array_add (form->checks, check);
      g_array_append_val (form->ipdr_ids, member->ipdr_id);
      gtk_box_append (GTK_BOX (box), check);
    }
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 220);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), box);
  gtk_widget_set_name (scrolled, "people");
  gtk_accessible_update_property (GTK_ACCESSIBLE (box), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Who gets it"), -1);
  return scrolled;
}

void
_grove_conversations_page_share_objective (GroveConversationsPage *self)
{
  ShareForm *form;
  AdwMessageDialog *dialog;
  GtkWidget *entries[3];
  GtkWidget *people;

  if (self->store == NULL || self->signed_in_person == 0)
    return;
  form = g_new0 (ShareForm, 1);
  form->plan_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  form->ipdr_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  form->checks = g_ptr_array_new ();
  form->form = _grove_conversations_form_new ();
  dialog = _grove_conversations_dialog_new (self, _("Share an Objective"),
                                            _("Each person ticked gets their own copy, to progress with the rest "
                                              "of their record."),
                                            NULL, "share", _("_Share"));
  g_object_set_data_full (G_OBJECT (dialog), "form", form, (GDestroyNotify) share_form_free);
  entries[0] = _grove_conversations_form_add (form->form, _("_Objective"), "title", _grove_conversations_entry_new (NULL));
  entries[1] = _grove_conversations_form_add (form->form, _("_Measure"), "measure",
                                              _grove_conversations_entry_new (NULL));
  entries[2] = _grove_conversations_form_add (form->form, _("D_ue date"), "due", _grove_conversations_entry_new (NULL));
  gtk_entry_set_placeholder_text (GTK_ENTRY (entries[1]), _("Optional"));
  gtk_entry_set_placeholder_text (GTK_ENTRY (entries[2]), _("YYYY-MM-DD (optional)"));
  _grove_conversations_form_add (form->form, _("Su_pports"), "supports",
                                 _grove_conversations_plan_dropdown_new (self, 0, form->plan_ids));
  _grove_conversations_form_add_heading (form->form, _("Who gets it"));
  people = new_people_list (self, form, dialog);
  gtk_grid_attach (GTK_GRID (form->form), people, 0, 100, 2, 1);
  _grove_conversations_form_add_note (form->form, "problem", "error");
  for (guint i = 0; i < G_N_ELEMENTS (entries); i++)
    g_signal_connect_swapped (entries[i], "changed", G_CALLBACK (update_share_form), dialog);
  adw_message_dialog_set_extra_child (dialog, form->form);
  update_share_form (dialog);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_share_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (entries[0]);
}
