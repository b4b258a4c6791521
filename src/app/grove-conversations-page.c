/* grove-conversations-page.c: a manager's team and their IPDR conversations
 *
 * The page is for one manager at a time, the person the signed-in-person
 * setting names: it lists only that manager's reports, so it shows only
 * their records. With nobody set it asks who you are first.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "grove-agenda.h"
#include "grove-conversations-page-private.h"
#include "grove-org.h"
#include "grove-team-member-item.h"

G_DEFINE_FINAL_TYPE (GroveConversationsPage, grove_conversations_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_SIGNED_IN_PERSON,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static int
compare_people_by_name (gconstpointer a,
                        gconstpointer b)
{
  const GrovePerson *first = *(const GrovePerson * const *) a;
  const GrovePerson *second = *(const GrovePerson * const *) b;

  return g_utf8_collate (first->name, second->name);
}

/* Only a manager has conversations to plan, so only managers are offered. */
static void
load_managers (GroveConversationsPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) people = grove_org_list_people (self->store, 0, TRUE, FALSE, &error);
  g_autoptr(GHashTable) managers = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

  g_clear_pointer (&self->managers, g_ptr_array_unref);
  self->managers = g_ptr_array_new_with_free_func ((GDestroyNotify) grove_person_free);
  if (people == NULL)
    g_warning ("Could not read the people: %s", error->message);
  for (guint i = 0; people != NULL && i < people->len; i++)
    {
      GrovePerson *person = g_ptr_array_index (people, i);

      if (person->manager_id != 0)
        g_hash_table_add (managers, &person->manager_id);
    }
  for (guint i = 0; people != NULL && i < people->len; i++)
    {
      GrovePerson *person = g_ptr_array_index (people, i);

      if (g_hash_table_contains (managers, &person->id))
        g_ptr_array_add (self->managers, grove_person_copy (person));
    }
  g_ptr_array_sort (self->managers, compare_people_by_name);
  for (guint i = 0; i < self->managers->len; i++)
    gtk_string_list_append (names, ((GrovePerson *) g_ptr_array_index (self->managers, i))->name);
  gtk_drop_down_set_model (self->manager_dropdown, G_LIST_MODEL (names));
}

static const GrovePerson *
find_manager (GroveConversationsPage *self,
              gint64                  person_id)
{
  for (guint i = 0; self->managers != NULL && i < self->managers->len; i++)
    {
      const GrovePerson *person = g_ptr_array_index (self->managers, i);

      if (person->id == person_id)
        return person;
    }
  return NULL;
}

static void
load_team (GroveConversationsPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) team = NULL;
  g_autoptr(GListStore) model = g_list_store_new (GROVE_TYPE_TEAM_MEMBER_ITEM);
  gboolean direct_only = gtk_toggle_button_get_active (self->direct_toggle);

  team = grove_my_team_list (self->store, self->signed_in_person, direct_only, self->today, &error);
  if (team == NULL)
    g_warning ("Could not read the team: %s", error->message);
  for (guint i = 0; team != NULL && i < team->len; i++)
    {
      g_autoptr(GroveTeamMemberItem) item = NULL;

      /* The list is already by attention; the items take the members over. */
      item = grove_team_member_item_new (g_steal_pointer (&g_ptr_array_index (team, i)));
      g_list_store_append (model, item);
    }
  gtk_single_selection_set_model (self->team_selection, G_LIST_MODEL (model));
  gtk_stack_set_visible_child_name (self->team_stack,
                                    g_list_model_get_n_items (G_LIST_MODEL (model)) > 0 ? "list" : "empty");
}

/* Shows the chooser or the team, whichever the setting calls for. */
static void
update_page (GroveConversationsPage *self)
{
  const GrovePerson *manager;

  if (self->store == NULL)
    return;
  load_managers (self);
  manager = find_manager (self, self->signed_in_person);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "conversations.choose", self->managers->len > 0);
  if (manager == NULL)
    {
      gtk_stack_set_visible_child_name (self->stack, "choose");
      return;
    }
  {
    g_autofree char *text = g_strdup_printf (_("Signed in as %s"), manager->name);

    gtk_label_set_text (self->signed_in_label, text);
  }
  load_team (self);
  gtk_stack_set_visible_child_name (self->stack, "team");
}

static const GroveTeamMember *
selected_member (GroveConversationsPage *self)
{
  GroveTeamMemberItem *item = gtk_single_selection_get_selected_item (self->team_selection);

  return item != NULL ? grove_team_member_item_get_member (item) : NULL;
}

static void
on_member_selected_cb (GroveConversationsPage *self)
{
  _grove_conversations_page_show_record (self, selected_member (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "conversations.finish", self->ipdr_id != 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "conversations.export-pdf", self->ipdr_id != 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "conversations.print", self->ipdr_id != 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "conversations.add-note", self->ipdr_id != 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "conversations.add-objective", self->ipdr_id != 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "conversations.add-need", self->ipdr_id != 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "conversations.record-review", self->ipdr_id != 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "conversations.add-feedback", self->ipdr_id != 0);
}

static void
on_member_activated_cb (GroveConversationsPage *self,
                        guint                   position)
{
  gtk_single_selection_set_selected (self->team_selection, position);
  adw_leaflet_set_visible_child (self->leaflet, self->record_pane);
}

static void
on_scope_toggled_cb (GroveConversationsPage *self)
{
  if (self->store != NULL && self->signed_in_person != 0)
    load_team (self);
}

static void
choose_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  GroveConversationsPage *self = GROVE_CONVERSATIONS_PAGE (widget);
  guint position = gtk_drop_down_get_selected (self->manager_dropdown);
  const GrovePerson *manager;

  if (self->managers == NULL || position >= self->managers->len)
    return;
  manager = g_ptr_array_index (self->managers, position);
  grove_conversations_page_set_signed_in_person (self, manager->id);
}

static void
change_person_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  GroveConversationsPage *self = GROVE_CONVERSATIONS_PAGE (widget);

  /* Forgets who you are, so the chooser comes back. */
  grove_conversations_page_set_signed_in_person (self, 0);
}

static void
show_team_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  GroveConversationsPage *self = GROVE_CONVERSATIONS_PAGE (widget);

  adw_leaflet_set_visible_child (self->leaflet, self->sidebar);
}

static void
finish_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  GroveConversationsPage *self = GROVE_CONVERSATIONS_PAGE (widget);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->notes_view);
  g_autoptr(GError) error = NULL;
  g_autofree char *notes = NULL;
  g_autofree char *stripped = NULL;
  g_autofree char *message = NULL;
  GtkTextIter start;
  GtkTextIter end;

  if (self->ipdr_id == 0)
    return;
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  notes = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  stripped = g_strstrip (g_strdup (notes));
  if (grove_agenda_finish_conversation (self->store, self->ipdr_id, self->today,
                                        *stripped != '\0' ? stripped : NULL, &error) == 0)
    {
      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
      return;
    }
  gtk_text_buffer_set_text (buffer, "", -1);
  message = g_strdup_printf (_("Conversation with %s finished"), gtk_label_get_text (self->name_label));
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));

  /* The last conversation moves the agenda on. */
  _grove_conversations_page_refresh (self);
}

void
_grove_conversations_page_refresh (GroveConversationsPage *self)
{
  const GroveTeamMember *member = selected_member (self);
  gint64 person_id = member != NULL ? member->person_id : 0;
  guint position = gtk_single_selection_get_selected (self->team_selection);
  GListModel *team;

  load_team (self);
  /* The list is by attention, so a change can move the person shown. */
  team = G_LIST_MODEL (self->team_selection);
  for (guint i = 0; person_id != 0 && i < g_list_model_get_n_items (team); i++)
    {
      g_autoptr(GroveTeamMemberItem) item = g_list_model_get_item (team, i);

      if (grove_team_member_item_get_member (item)->person_id == person_id)
        position = i;
    }
  gtk_single_selection_set_selected (self->team_selection, position);
  on_member_selected_cb (self);
}

static void
grove_conversations_page_dispose (GObject *object)
{
  GroveConversationsPage *self = GROVE_CONVERSATIONS_PAGE (object);

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);

  /* Taking the list apart changes the selection; by then the record's
   * widgets are going too. */
  if (self->team_selection != NULL)
    g_signal_handlers_disconnect_by_data (self->team_selection, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), GROVE_TYPE_CONVERSATIONS_PAGE);
  self->stack = NULL;
  self->toast_overlay = NULL;
  g_clear_object (&self->store);
  g_clear_pointer (&self->managers, g_ptr_array_unref);
  g_clear_pointer (&self->today, g_free);
  g_clear_pointer (&self->deleted_note, grove_wpa_note_free);
  g_clear_pointer (&self->deleted_feedback, grove_feedback_free);
  g_clear_pointer (&self->deleted_plan, _grove_conversations_deleted_plan_free);
  g_clear_pointer (&self->deleted_objective, grove_objective_free);
  g_clear_pointer (&self->deleted_objective_notes, g_array_unref);

  G_OBJECT_CLASS (grove_conversations_page_parent_class)->dispose (object);
}

static void
grove_conversations_page_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  GroveConversationsPage *self = GROVE_CONVERSATIONS_PAGE (object);

  switch (prop_id)
    {
    case PROP_SIGNED_IN_PERSON:
      g_value_set_int64 (value, self->signed_in_person);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
grove_conversations_page_set_property (GObject      *object,
                                       guint         prop_id,
                                       const GValue *value,
                                       GParamSpec   *pspec)
{
  GroveConversationsPage *self = GROVE_CONVERSATIONS_PAGE (object);

  switch (prop_id)
    {
    case PROP_SIGNED_IN_PERSON:
      grove_conversations_page_set_signed_in_person (self, g_value_get_int64 (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
grove_conversations_page_class_init (GroveConversationsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = grove_conversations_page_dispose;
  object_class->get_property = grove_conversations_page_get_property;
  object_class->set_property = grove_conversations_page_set_property;

  /* The person using Grove, a manager; 0 for nobody yet. */
  properties[PROP_SIGNED_IN_PERSON] =
    g_param_spec_int64 ("signed-in-person", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/grove-conversations-page.ui");
  gtk_widget_class_bind_template_child (widget_class, GroveConversationsPage, manager_dropdown);
  gtk_widget_class_bind_template_child (widget_class, GroveConversationsPage, leaflet);
  gtk_widget_class_bind_template_child (widget_class, GroveConversationsPage, sidebar);
  gtk_widget_class_bind_template_child (widget_class, GroveConversationsPage, record_pane);
  gtk_widget_class_bind_template_child (widget_class, GroveConversationsPage, signed_in_label);
  gtk_widget_class_bind_template_child (widget_class, GroveConversationsPage, direct_toggle);
  gtk_widget_class_bind_template_child (widget_class, GroveConversationsPage, all_toggle);
  gtk_widget_class_bind_template_child (widget_class, GroveConversationsPage, team_stack);
  gtk_widget_class_bind_template_child (widget_class, GroveConversationsPage, team_view);
  gtk_widget_class_bind_template_child (widget_class, GroveConversationsPage, team_selection);
  gtk_widget_class_bind_template_child (widget_class, GroveConversationsPage, record_stack);
  gtk_widget_class_bind_template_child (widget_class, GroveConversationsPage, record_status);
  gtk_widget_class_bind_template_child (widget_class, GroveConversationsPage, name_label);
  gtk_widget_class_bind_template_child (widget_class, GroveConversationsPage, status_label);
  gtk_widget_class_bind_template_child (widget_class, GroveConversationsPage, agenda_list);
  gtk_widget_class_bind_template_child (widget_class, GroveConversationsPage, objectives_list);
  gtk_widget_class_bind_template_child (widget_class, GroveConversationsPage, plan_list);
  gtk_widget_class_bind_template_child (widget_class, GroveConversationsPage, notes_list);
  gtk_widget_class_bind_template_child (widget_class, GroveConversationsPage, reviews_list);
  gtk_widget_class_bind_template_child (widget_class, GroveConversationsPage, feedback_list);
  gtk_widget_class_bind_template_child (widget_class, GroveConversationsPage, signoff_list);
  gtk_widget_class_bind_template_child (widget_class, GroveConversationsPage, history_list);
  gtk_widget_class_bind_template_child (widget_class, GroveConversationsPage, notes_view);
  gtk_widget_class_bind_template_callback (widget_class, on_member_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_member_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_scope_toggled_cb);

  gtk_widget_class_install_action (widget_class, "conversations.choose", NULL, choose_action);
  gtk_widget_class_install_action (widget_class, "conversations.change-person", NULL, change_person_action);
  gtk_widget_class_install_action (widget_class, "conversations.show-team", NULL, show_team_action);
  gtk_widget_class_install_action (widget_class, "conversations.finish", NULL, finish_action);
  _grove_conversations_page_install_actions (widget_class);
}

static void
setup_member_row_cb (GtkSignalListItemFactory *factory,
                     GtkListItem              *list_item)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkWidget *name = gtk_label_new (NULL);
  GtkWidget *detail = gtk_label_new (NULL);
  GtkWidget *badge = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (detail), 0);
  gtk_label_set_wrap (GTK_LABEL (detail), TRUE);
  gtk_widget_add_css_class (detail, "caption");
  gtk_widget_add_css_class (detail, "dim-label");
  gtk_widget_set_hexpand (text, TRUE);
  gtk_widget_set_valign (badge, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (badge, "caption-heading");
  gtk_box_append (GTK_BOX (text), name);
  gtk_box_append (GTK_BOX (text), detail);
  gtk_box_append (GTK_BOX (box), text);
  gtk_box_append (GTK_BOX (box), badge);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_list_item_set_child (list_item, box);
}

static char *
describe_member (const GroveTeamMember *member)
{
  GString *text = g_string_new (NULL);
  g_autofree char *next_review = grove_ipdr_format_date (member->next_review);

  if (next_review != NULL)
    /* Translators: the date of someone's next review */
    g_string_append_printf (text, _("Next review %s"), next_review);
  else
    g_string_append (text, _("No review due"));
  g_string_append (text, "\n");
  /* Translators: objectives on track and at risk */
  g_string_append_printf (text, _("%u on track, %u at risk"), member->on_track, member->at_risk);
  if (!isnan (member->plan_progress))
    /* Translators: how much of the development plan is done */
    g_string_append_printf (text, _(" · plan %.0f%% done"), member->plan_progress);
  return g_string_free (text, FALSE);
}

static void
bind_member_row_cb (GtkSignalListItemFactory *factory,
                    GtkListItem              *list_item)
{
  const GroveTeamMember *member = grove_team_member_item_get_member (gtk_list_item_get_item (list_item));
  GtkWidget *box = gtk_list_item_get_child (list_item);
  GtkWidget *text = gtk_widget_get_first_child (box);
  GtkWidget *badge = gtk_widget_get_last_child (box);
  g_autofree char *detail = describe_member (member);
  const char *label = grove_attention_label (member->attention);

  gtk_label_set_text (GTK_LABEL (gtk_widget_get_first_child (text)), member->name);
  gtk_label_set_text (GTK_LABEL (gtk_widget_get_last_child (text)), detail);
  gtk_label_set_text (GTK_LABEL (badge), label != NULL ? label : "");
  gtk_widget_set_visible (badge, label != NULL);
  if (member->attention == GROVE_ATTENTION_REVIEW_OVERDUE)
    gtk_widget_add_css_class (badge, "error");
  else
    gtk_widget_remove_css_class (badge, "error");
  if (member->attention == GROVE_ATTENTION_NO_PLAN || member->attention == GROVE_ATTENTION_BEHIND)
    gtk_widget_add_css_class (badge, "warning");
  else
    gtk_widget_remove_css_class (badge, "warning");
}

static void
grove_conversations_page_init (GroveConversationsPage *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkExpression) expression = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));
  /* Not bound in the template: a bound child of an Adwaita container is
   * unparented twice on dispose, by the template and by the container. */
  self->toast_overlay = ADW_TOAST_OVERLAY (adw_bin_get_child (ADW_BIN (self)));
  self->stack = GTK_STACK (adw_toast_overlay_get_child (self->toast_overlay));

  self->today = grove_ipdr_today ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_member_row_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_member_row_cb), NULL);
  gtk_list_view_set_factory (self->team_view, factory);
  /* Searching the drop-down matches the names it shows. */
  expression = gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string");
  gtk_drop_down_set_expression (self->manager_dropdown, expression);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "conversations.finish", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "conversations.export-pdf", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "conversations.print", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "conversations.add-note", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "conversations.add-objective", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "conversations.add-need", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "conversations.record-review", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "conversations.add-feedback", FALSE);
}

GtkWidget *
grove_conversations_page_new (void)
{
  return g_object_new (GROVE_TYPE_CONVERSATIONS_PAGE, NULL);
}

/**
 * grove_conversations_page_set_store:
 * @store: (nullable): the database to show
 */
void
grove_conversations_page_set_store (GroveConversationsPage *self,
                                    GroveStore             *store)
{
  g_return_if_fail (GROVE_IS_CONVERSATIONS_PAGE (self));
  g_return_if_fail (store == NULL || GROVE_IS_STORE (store));

  if (!g_set_object (&self->store, store))
    return;
  update_page (self);
}

gint64
grove_conversations_page_get_signed_in_person (GroveConversationsPage *self)
{
  g_return_val_if_fail (GROVE_IS_CONVERSATIONS_PAGE (self), 0);

  return self->signed_in_person;
}

/**
 * grove_conversations_page_set_signed_in_person:
 * @person_id: the manager using Grove, or 0 for nobody
 */
void
grove_conversations_page_set_signed_in_person (GroveConversationsPage *self,
                                               gint64                  person_id)
{
  g_return_if_fail (GROVE_IS_CONVERSATIONS_PAGE (self));

  if (self->signed_in_person == person_id)
    return;
  self->signed_in_person = person_id;
  update_page (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SIGNED_IN_PERSON]);
}

/**
 * grove_conversations_page_set_today:
 * @today: a date, "YYYY-MM-DD"
 *
 * Lets a record be looked at as of another day; tests use it to see the
 * demonstration organisation as of the day it was made for.
 */
void
grove_conversations_page_set_today (GroveConversationsPage *self,
                                    const char             *today)
{
  g_return_if_fail (GROVE_IS_CONVERSATIONS_PAGE (self));
  g_return_if_fail (today != NULL);

  g_free (self->today);
  self->today = g_strdup (today);
  update_page (self);
}

/* Reads the database again, after something else changed it. */
void
grove_conversations_page_reload (GroveConversationsPage *self)
{
  g_return_if_fail (GROVE_IS_CONVERSATIONS_PAGE (self));

  update_page (self);
}
