/* grove-team-plan-dialog.c: The Plan as a manager sees it
 *
 * The objectives of the manager's unit and of each unit above it up to the
 * organisation, each with the people below the manager whose objectives
 * support it; others' objectives are only counted, as the manager sees
 * only their own reports' records elsewhere too. The
 * manager adds and deletes only their own unit's: the units above set
 * theirs. A deleted objective is kept until the next delete, so that the
 * toast can bring it back with its links.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "grove-conversations-page-private.h"
#include "grove-org.h"
#include "grove-team-objective-item.h"
#include "grove-team-plan-dialog.h"

struct _GroveTeamPlanDialog
{
  AdwWindow                  parent_instance;

  GroveStore                *store;
  gint64                     manager_id;
  gint64                     unit_id;   /* the manager's own unit; 0 for none */
  GListStore                *model;     /* (element-type GroveTeamObjectiveItem) */
  GroveTeamObjectiveRemoval *removal;   /* (nullable): to bring back on Undo */
  GHashTable                *expanded;  /* (element-type gint64): the ids of the rows open */

  AdwToastOverlay           *toast_overlay;
  GtkStack                  *stack;
  GtkLabel                  *intro_label;
  GtkListBox                *objectives_list;
};

G_DEFINE_FINAL_TYPE (GroveTeamPlanDialog, grove_team_plan_dialog, ADW_TYPE_WINDOW)

static GroveTeamObjectiveItem *
new_item (GroveTeamPlanDialog *self,
          GroveTeamObjective  *objective)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) supporters = grove_team_objective_list_supporters (self->store, objective->id,
                                                                           self->manager_id, &error);
  g_autoptr(GStrvBuilder) people = g_strv_builder_new ();
  g_autoptr(GStrvBuilder) titles = g_strv_builder_new ();

  if (supporters == NULL)
    g_warning ("Could not read who supports “%s”: %s", objective->title, error->message);
  for (guint i = 0; supporters != NULL && i < supporters->len; i++)
    {
      const GroveSupporter *supporter = g_ptr_array_index (supporters, i);

      g_strv_builder_add (people, supporter->person_name);
      g_strv_builder_add (titles, supporter->title);
    }
  return grove_team_objective_item_new (objective, g_strv_builder_end (people), g_strv_builder_end (titles));
}

static void
load_plan (GroveTeamPlanDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) plan = grove_team_objective_list_for_person (self->store, self->manager_id, &error);

  g_list_store_remove_all (self->model);
  if (plan == NULL)
    {
      g_warning ("Could not read the plan: %s", error->message);
      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
    }
  for (guint i = 0; plan != NULL && i < plan->len; i++)
    {
      g_autoptr(GroveTeamObjectiveItem) item = new_item (self, g_steal_pointer (&g_ptr_array_index (plan, i)));

      g_list_store_append (self->model, item);
    }
  gtk_stack_set_visible_child_name (self->stack,
                                    g_list_model_get_n_items (G_LIST_MODEL (self->model)) > 0 ? "list" : "empty");
}

static char *
describe_objective (const GroveTeamObjective *objective)
{
  g_autofree char *start = grove_ipdr_format_date (objective->period_start);
  g_autofree char *end = grove_ipdr_format_date (objective->period_end);
  g_autofree char *count = NULL;
  GString *text = g_string_new (objective->unit_name);

  if (start != NULL && end != NULL)
    /* Translators: when a team objective runs, from one date to another */
    g_string_append_printf (text, _(" · %s to %s"), start, end);
  else if (start != NULL)
    /* Translators: a team objective that runs from a date */
    g_string_append_printf (text, _(" · from %s"), start);
  else if (end != NULL)
    /* Translators: a team objective that runs until a date */
    g_string_append_printf (text, _(" · until %s"), end);
  count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u objective supports it", "%u objectives support it",
                                        objective->n_supporting),
                           objective->n_supporting);
  g_string_append_printf (text, " · %s", count);
  return g_string_free (text, FALSE);
}

/* The list is made again after an add or a delete: the rows that were
 * open stay open. */
static void
on_expanded_cb (GtkWidget           *row,
                GParamSpec          *pspec,
                GroveTeamPlanDialog *self)
{
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "objective-id"));

  if (self->expanded == NULL)
    return;
  if (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (row)))
    g_hash_table_add (self->expanded, g_memdup2 (&id, sizeof id));
  else
    g_hash_table_remove (self->expanded, &id);
}

static GtkWidget *
create_row_cb (gpointer item,
               gpointer user_data)
{
  GroveTeamPlanDialog *self = user_data;
  const GroveTeamObjective *objective = grove_team_objective_item_get_objective (item);
  guint n_supporters = grove_team_objective_item_get_n_supporters (item);
  g_autofree char *subtitle = describe_objective (objective);
  GtkWidget *row = adw_expander_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), objective->title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle);
  if (objective->unit_id == self->unit_id)
    adw_expander_row_add_action (ADW_EXPANDER_ROW (row),
                                 _grove_conversations_row_button_new ("user-trash-symbolic", _("Delete Team Objective"),
                                                                      "plan.delete", objective->id));
  if (objective->description != NULL)
    {
      GtkWidget *about = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (about), objective->description);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (about), FALSE);
      adw_action_row_set_title_lines (ADW_ACTION_ROW (about), 0);
      gtk_widget_add_css_class (about, "dim-label");
      adw_expander_row_add_row (ADW_EXPANDER_ROW (row), about);
    }
  for (guint i = 0; i < n_supporters; i++)
    {
      const char *title = NULL;
      const char *name = grove_team_objective_item_get_supporter (item, i, &title);
      GtkWidget *supporter = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (supporter), name);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (supporter), FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (supporter), title);
      adw_action_row_add_prefix (ADW_ACTION_ROW (supporter), gtk_image_new_from_icon_name ("avatar-default-symbolic"));
      adw_expander_row_add_row (ADW_EXPANDER_ROW (row), supporter);
    }
  if (objective->n_supporting > n_supporters)
    {
      guint n_elsewhere = objective->n_supporting - n_supporters;
      GtkWidget *elsewhere = adw_action_row_new ();
      g_autofree char *text = NULL;

      if (n_supporters > 0)
        text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "And %u objective of people outside your team",
                                             "And %u objectives of people outside your team", n_elsewhere),
                                n_elsewhere);
      else
        text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u objective of people outside your team",
                                             "%u objectives of people outside your team", n_elsewhere),
                                n_elsewhere);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (elsewhere), text);
      gtk_widget_add_css_class (elsewhere, "dim-label");
      adw_expander_row_add_row (ADW_EXPANDER_ROW (row), elsewhere);
    }
  if (objective->n_supporting == 0)
    {
      GtkWidget *none = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (none), _("No one’s objectives support it yet"));
      gtk_widget_add_css_class (none, "dim-label");
      adw_expander_row_add_row (ADW_EXPANDER_ROW (row), none);
    }
  g_object_set_data (G_OBJECT (row), "objective-id", GSIZE_TO_POINTER (objective->id));
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), g_hash_table_contains (self->expanded, &objective->id));
  g_signal_connect_object (row, "notify::expanded", G_CALLBACK (on_expanded_cb), self, 0);
  return row;
}

/* The add form: a title and, optionally, more about it and when it runs. */
static void
update_add_form (AdwMessageDialog *dialog)
{
  GtkWidget *form = adw_message_dialog_get_extra_child (dialog);
  GtkWidget *from = _grove_conversations_find_field (form, "from");
  GtkWidget *to = _grove_conversations_find_field (form, "to");
  g_autofree char *title = _grove_conversations_entry_text (_grove_conversations_find_field (form, "title"));
  g_autofree char *start = _grove_conversations_entry_text (from);
  g_autofree char *end = _grove_conversations_entry_text (to);
  gboolean from_ok = _grove_conversations_date_is_valid_or_empty (from);
  gboolean to_ok = _grove_conversations_date_is_valid_or_empty (to);
  g_autofree char *problem = NULL;

  if (!from_ok || !to_ok)
    /* Translators: %s is what was typed as a date */
    problem = g_strdup_printf (_("“%s” is not a date: write it as YYYY-MM-DD, for example 2027-03-31."),
                               !from_ok ? start : end);
  else if (start != NULL && end != NULL && strcmp (start, end) > 0)
    problem = g_strdup (_("The period ends before it starts."));
  else if (title == NULL)
    problem = g_strdup (_("A team objective needs a title."));
  for (guint i = 0; i < 2; i++)
    if ((i == 0 ? from_ok : to_ok))
      gtk_widget_remove_css_class (i == 0 ? from : to, "error");
    else
      gtk_widget_add_css_class (i == 0 ? from : to, "error");
  _grove_conversations_form_set_note (_grove_conversations_find_field (form, "problem"), problem);
  adw_message_dialog_set_response_enabled (dialog, "add", problem == NULL);
}

static void
on_add_response_cb (AdwMessageDialog    *dialog,
                    const char          *response,
                    GroveTeamPlanDialog *self)
{
  GtkWidget *form = adw_message_dialog_get_extra_child (dialog);
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  g_autofree char *description = NULL;
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;
  GroveTeamObjective objective = { 0 };

  if (g_strcmp0 (response, "add") != 0)
    return;
  /* The response can come without the button, so check again. */
  update_add_form (dialog);
  if (!adw_message_dialog_get_response_enabled (dialog, "add"))
    return;
  objective.unit_id = self->unit_id;
  objective.title = title = _grove_conversations_entry_text (_grove_conversations_find_field (form, "title"));
  objective.description = description =
    _grove_conversations_entry_text (_grove_conversations_find_field (form, "description"));
  objective.period_start = start = _grove_conversations_entry_text (_grove_conversations_find_field (form, "from"));
  objective.period_end = end = _grove_conversations_entry_text (_grove_conversations_find_field (form, "to"));
  if (grove_team_objective_add (self->store, &objective, &error) == 0)
    {
      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
      return;
    }
  load_plan (self);
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (_("Team objective added")));
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  GroveTeamPlanDialog *self = GROVE_TEAM_PLAN_DIALOG (widget);
  g_autoptr(GroveOrgUnit) unit = grove_org_get_unit (self->store, self->unit_id, NULL);
  GtkWidget *form = _grove_conversations_form_new ();
  GtkWidget *entries[4];
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;

  if (unit == NULL)
    return;
  /* Translators: %s is the name of the manager's team or directorate */
  body = g_strdup_printf (_("An objective of %s, which the objectives of its people can support."), unit->name);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), _("Add a Team Objective"), body));
  entries[0] = _grove_conversations_form_add (form, _("_Objective"), "title", _grove_conversations_entry_new (NULL));
  entries[1] = _grove_conversations_form_add (form, _("_Description"), "description",
                                              _grove_conversations_entry_new (NULL));
  entries[2] = _grove_conversations_form_add (form, _("_From"), "from", _grove_conversations_entry_new (NULL));
  entries[3] = _grove_conversations_form_add (form, _("_To"), "to", _grove_conversations_entry_new (NULL));
  gtk_entry_set_placeholder_text (GTK_ENTRY (entries[1]), _("Optional"));
  gtk_entry_set_placeholder_text (GTK_ENTRY (entries[2]), _("YYYY-MM-DD (optional)"));
  gtk_entry_set_placeholder_text (GTK_ENTRY (entries[3]), _("YYYY-MM-DD (optional)"));
  _grove_conversations_form_add_note (form, "problem", "error");
  for (guint i = 0; i < G_N_ELEMENTS (entries); i++)
    g_signal_connect_swapped (entries[i], "changed", G_CALLBACK (update_add_form), dialog);
  adw_message_dialog_set_extra_child (dialog, form);
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "add", _("_Add"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "add", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "add");
  adw_message_dialog_set_close_response (dialog, "cancel");
  update_add_form (dialog);
  /* No complaint about the empty title before anything is typed. */
  _grove_conversations_form_set_note (_grove_conversations_find_field (form, "problem"), NULL);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_add_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (entries[0]);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  GroveTeamPlanDialog *self = GROVE_TEAM_PLAN_DIALOG (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(GroveTeamObjective) objective = grove_team_objective_get (self->store, g_variant_get_int64 (parameter),
                                                                      &error);
  GroveTeamObjectiveRemoval *removal;
  AdwToast *toast;

  /* Only the manager's own unit's objectives are theirs to delete. */
  if (objective == NULL || objective->unit_id != self->unit_id ||
      (removal = grove_team_objective_remove (self->store, objective->id, &error)) == NULL)
    {
      if (error != NULL)
        adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
      return;
    }
  g_clear_pointer (&self->removal, grove_team_objective_removal_free);
  self->removal = removal;
  load_plan (self);
  toast = adw_toast_new (_("Team objective deleted"));
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "plan.undo-delete");
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
undo_delete_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  GroveTeamPlanDialog *self = GROVE_TEAM_PLAN_DIALOG (widget);
  g_autoptr(GroveTeamObjectiveRemoval) removal = g_steal_pointer (&self->removal);
  g_autoptr(GError) error = NULL;

  if (removal == NULL)
    return;
  if (grove_team_objective_restore (self->store, removal, &error) == 0)
    adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
  load_plan (self);
}

static void
grove_team_plan_dialog_dispose (GObject *object)
{
  GroveTeamPlanDialog *self = GROVE_TEAM_PLAN_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), GROVE_TYPE_TEAM_PLAN_DIALOG);
  self->toast_overlay = NULL;
  g_clear_object (&self->model);
  g_clear_object (&self->store);
  g_clear_pointer (&self->expanded, g_hash_table_unref);
  g_clear_pointer (&self->removal, grove_team_objective_removal_free);

  G_OBJECT_CLASS (grove_team_plan_dialog_parent_class)->dispose (object);
}

static void
grove_team_plan_dialog_class_init (GroveTeamPlanDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = grove_team_plan_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/grove-team-plan-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, GroveTeamPlanDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, GroveTeamPlanDialog, intro_label);
  gtk_widget_class_bind_template_child (widget_class, GroveTeamPlanDialog, objectives_list);

  gtk_widget_class_install_action (widget_class, "plan.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "plan.delete", "x", delete_action);
  gtk_widget_class_install_action (widget_class, "plan.undo-delete", NULL, undo_delete_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
grove_team_plan_dialog_init (GroveTeamPlanDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->expanded = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  /* Not bound in the template, as on the page: a bound child of an
   * Adwaita container is unparented twice on dispose. */
  self->toast_overlay = ADW_TOAST_OVERLAY (adw_window_get_content (ADW_WINDOW (self)));
  self->model = g_list_store_new (GROVE_TYPE_TEAM_OBJECTIVE_ITEM);
  gtk_list_box_bind_model (self->objectives_list, G_LIST_MODEL (self->model), create_row_cb, self, NULL);
}

/**
 * grove_team_plan_dialog_new:
 * @parent: (nullable): the window it is for
 * @manager_id: whose plan: their unit's objectives and those above it
 *
 * Returns: (transfer full): a new dialog, not yet shown
 */
GtkWidget *
grove_team_plan_dialog_new (GtkWindow  *parent,
                            GroveStore *store,
                            gint64      manager_id)
{
  g_autoptr(GrovePerson) manager = NULL;
  g_autoptr(GroveOrgUnit) unit = NULL;
  g_autofree char *intro = NULL;
  GroveTeamPlanDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (GROVE_IS_STORE (store), NULL);

  self = g_object_new (GROVE_TYPE_TEAM_PLAN_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->manager_id = manager_id;
  manager = grove_org_get_person (store, manager_id, NULL);
  if (manager != NULL && manager->unit_id != 0)
    unit = grove_org_get_unit (store, manager->unit_id, NULL);
  self->unit_id = unit != NULL ? unit->id : 0;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plan.add", unit != NULL);
  if (unit != NULL)
    /* Translators: %s is the name of the manager's team or directorate */
    intro = g_strdup_printf (_("The objectives of %s and of the units above it. Expand one to see whose objectives "
                               "support it."),
                             unit->name);
  else
    intro = g_strdup (_("You are in no team, so there is no plan to show."));
  gtk_label_set_text (self->intro_label, intro);
  load_plan (self);
  return GTK_WIDGET (self);
}
