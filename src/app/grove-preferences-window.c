/* grove-preferences-window.c: the application's preferences
 *
 * What belongs to the person using Grove (who they are, the defaults, the
 * anonymity threshold, how many backups to keep) is a setting; what belongs
 * to the data (a programme's matching weights) is stored in the database.
 * Either way a change takes effect as it is made, with nothing to apply.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "grove-assessment.h"
#include "grove-coaching.h"
#include "grove-framework.h"
#include "grove-org.h"
#include "grove-preferences-window.h"

struct _GrovePreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  GSettings            *settings;
  GroveStore           *store;            /* (nullable) */
  GArray               *person_ids;       /* (element-type gint64), as listed; 0 first: nobody */
  GPtrArray            *framework_keys;   /* as listed */
  GArray               *round_ids;        /* (element-type gint64), as listed; 0 first: the latest */
  GPtrArray            *programmes;       /* (element-type GroveProgramme), as listed */
  gboolean              loading;          /* the controls are being set from what is stored */

  GtkDropDown          *person_dropdown;
  GtkStringList        *person_names;
  AdwComboRow          *framework_row;
  GtkStringList        *framework_titles;
  AdwComboRow          *round_row;
  GtkStringList        *round_titles;
  GtkSpinButton        *threshold_spin;
  AdwPreferencesGroup  *weights_group;
  AdwComboRow          *programme_row;
  GtkStringList        *programme_names;
  GtkSpinButton        *weight_spins[GROVE_MATCH_N_CRITERIA];
  AdwPreferencesGroup  *minimum_group;
  GtkSpinButton        *minimum_spin;
  AdwActionRow         *path_row;
  AdwActionRow         *backup_row;
  GtkSpinButton        *keep_spin;
};

G_DEFINE_FINAL_TYPE (GrovePreferencesWindow, grove_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

/* What each criterion rewards, in the order of GroveMatchCriterion. */
static const char * const criterion_subtitles[GROVE_MATCH_N_CRITERIA] = {
  N_("The coach’s specialisms cover what the request asks for"),
  N_("Mentoring only: the mentor has the same profession"),
  N_("Mentoring only: the mentor’s grade is more senior"),
  N_("The coach works in a different directorate"),
  N_("The same location, or both can meet remotely"),
  N_("Half-days in the week when both are free"),
};

static void
show_error (GrovePreferencesWindow *self,
            const char             *what,
            const GError           *error)
{
  g_autofree char *text = g_strdup_printf ("%s: %s", what, error->message);

  adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), adw_toast_new (text));
}

static int
compare_people_by_name (gconstpointer a,
                        gconstpointer b)
{
  const GrovePerson *x = *(const GrovePerson * const *) a;
  const GrovePerson *y = *(const GrovePerson * const *) b;

  return g_utf8_collate (x->name, y->name);
}

/* The same people as the Conversations page's own chooser: those who
 * manage someone. */
static void
load_people (GrovePreferencesWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) people = grove_org_list_people (self->store, 0, TRUE, FALSE, &error);
  g_autoptr(GHashTable) managers = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GPtrArray) chosen = g_ptr_array_new ();
  gint64 nobody = 0;

  g_array_append_val (self->person_ids, nobody);
  gtk_string_list_append (self->person_names, _("Nobody Yet"));
  if (people == NULL)
    {
      show_error (self, _("Could not read the people"), error);
      return;
    }
  for (guint i = 0; i < people->len; i++)
    {
      GrovePerson *person = g_ptr_array_index (people, i);

      if (person->manager_id != 0)
        g_hash_table_add (managers, &person->manager_id);
    }
  for (guint i = 0; i < people->len; i++)
    if (g_hash_table_contains (managers, &((GrovePerson *) g_ptr_array_index (people, i))->id))
      g_ptr_array_add (chosen, g_ptr_array_index (people, i));
  g_ptr_array_sort (chosen, compare_people_by_name);
  for (guint i = 0; i < chosen->len; i++)
    {
      GrovePerson *person = g_ptr_array_index (chosen, i);

      g_array_append_val (self->person_ids, person->id);
      gtk_string_list_append (self->person_names, person->name);
    }
}

static void
show_person (GrovePreferencesWindow *self)
{
  gint64 id = g_settings_get_int64 (self->settings, "signed-in-person");

  for (guint i = 0; i < self->person_ids->len; i++)
    if (g_array_index (self->person_ids, gint64, i) == id)
      {
        self->loading = TRUE;
        gtk_drop_down_set_selected (self->person_dropdown, i);
        self->loading = FALSE;
        return;
      }
}

static void
on_person_selected_cb (GrovePreferencesWindow *self)
{
  guint position = gtk_drop_down_get_selected (self->person_dropdown);

  if (self->loading || position >= self->person_ids->len)
    return;
  g_settings_set_int64 (self->settings, "signed-in-person", g_array_index (self->person_ids, gint64, position));
}

/* The Conversations page chooses too; the two stay in step. */
static void
on_signed_in_person_changed_cb (GrovePreferencesWindow *self)
{
  show_person (self);
}

static void
load_frameworks (GrovePreferencesWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) frameworks = grove_framework_list (self->store, &error);
  g_autofree char *key = g_settings_get_string (self->settings, "default-framework");
  guint selected = 0;

  if (frameworks == NULL)
    {
      show_error (self, _("Could not read the frameworks"), error);
      return;
    }
  for (guint i = 0; i < frameworks->len; i++)
    {
      const GroveFramework *framework = g_ptr_array_index (frameworks, i);

      g_ptr_array_add (self->framework_keys, g_strdup (framework->key));
      gtk_string_list_append (self->framework_titles, framework->title);
      /* An empty setting stands for the framework that comes with Grove. */
      if (*key == '\0' ? framework->builtin : g_strcmp0 (key, framework->key) == 0)
        selected = i;
    }
  adw_combo_row_set_selected (self->framework_row, selected);
}

static void
on_framework_selected_cb (GrovePreferencesWindow *self)
{
  guint position = adw_combo_row_get_selected (self->framework_row);

  if (self->loading || position >= self->framework_keys->len)
    return;
  g_settings_set_string (self->settings, "default-framework", g_ptr_array_index (self->framework_keys, position));
}

static void
load_rounds (GrovePreferencesWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rounds = grove_assessment_list_rounds (self->store, &error);
  gint64 id = g_settings_get_int64 (self->settings, "default-round");
  gint64 latest = 0;
  guint selected = 0;

  g_array_append_val (self->round_ids, latest);
  gtk_string_list_append (self->round_titles, _("The Latest Round"));
  if (rounds == NULL)
    {
      show_error (self, _("Could not read the assessment rounds"), error);
      return;
    }
  /* Newest first, as people look for them. */
  for (guint i = rounds->len; i > 0; i--)
    {
      const GroveRound *round = g_ptr_array_index (rounds, i - 1);

      g_array_append_val (self->round_ids, round->id);
      gtk_string_list_append (self->round_titles, round->title);
      if (round->id == id)
        selected = self->round_ids->len - 1;
    }
  adw_combo_row_set_selected (self->round_row, selected);
}

static void
on_round_selected_cb (GrovePreferencesWindow *self)
{
  guint position = adw_combo_row_get_selected (self->round_row);

  if (self->loading || position >= self->round_ids->len)
    return;
  g_settings_set_int64 (self->settings, "default-round", g_array_index (self->round_ids, gint64, position));
}

static GroveProgramme *
selected_programme (GrovePreferencesWindow *self)
{
  guint position = adw_combo_row_get_selected (self->programme_row);

  if (self->programmes == NULL || position >= self->programmes->len)
    return NULL;
  return g_ptr_array_index (self->programmes, position);
}

static void
show_weights (GrovePreferencesWindow *self)
{
  GroveProgramme *programme = selected_programme (self);

  self->loading = TRUE;
  for (guint i = 0; i < GROVE_MATCH_N_CRITERIA; i++)
    {
      gtk_widget_set_sensitive (GTK_WIDGET (self->weight_spins[i]), programme != NULL);
      gtk_spin_button_set_value (self->weight_spins[i], programme != NULL ? programme->weights[i] : 0);
    }
  /* Shown out of 100, like the scores on the Coaching page. */
  gtk_spin_button_set_value (self->minimum_spin,
                             programme != NULL ? (programme->min_score + GROVE_MATCH_SCALE / 200) / (GROVE_MATCH_SCALE / 100) : 0);
  self->loading = FALSE;
}

static void
on_programme_selected_cb (GrovePreferencesWindow *self)
{
  show_weights (self);
}

static void
save_programme (GrovePreferencesWindow *self,
                GroveProgramme         *programme)
{
  g_autoptr(GError) error = NULL;

  if (!grove_coaching_set_programme (self->store, programme, &error))
    show_error (self, _("Could not save the weights"), error);
}

static void
on_weight_changed_cb (GtkSpinButton          *spin,
                      GrovePreferencesWindow *self)
{
  GroveProgramme *programme = selected_programme (self);

  if (self->loading || programme == NULL)
    return;
  for (guint i = 0; i < GROVE_MATCH_N_CRITERIA; i++)
    programme->weights[i] = (guint) gtk_spin_button_get_value_as_int (self->weight_spins[i]);
  save_programme (self, programme);
}

static void
on_minimum_changed_cb (GrovePreferencesWindow *self)
{
  GroveProgramme *programme = selected_programme (self);

  if (self->loading || programme == NULL)
    return;
  programme->min_score = (guint) gtk_spin_button_get_value_as_int (self->minimum_spin) * (GROVE_MATCH_SCALE / 100);
  save_programme (self, programme);
}

static void
restore_weights_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  GrovePreferencesWindow *self = GROVE_PREFERENCES_WINDOW (widget);
  GroveProgramme *programme = selected_programme (self);

  if (programme == NULL)
    return;
  grove_programme_restore_weights (programme);
  save_programme (self, programme);
  show_weights (self);
}

static void
load_programmes (GrovePreferencesWindow *self)
{
  g_autoptr(GError) error = NULL;

  self->programmes = grove_coaching_list_programmes (self->store, &error);
  if (self->programmes == NULL)
    show_error (self, _("Could not read the coaching programmes"), error);
  for (guint i = 0; self->programmes != NULL && i < self->programmes->len; i++)
    gtk_string_list_append (self->programme_names, ((GroveProgramme *) g_ptr_array_index (self->programmes, i))->name);
  /* With one programme there is nothing to choose. */
  gtk_widget_set_visible (GTK_WIDGET (self->programme_row), self->programmes != NULL && self->programmes->len > 1);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preferences.restore-weights",
                                 self->programmes != NULL && self->programmes->len > 0);
  show_weights (self);
}

/* GtkSpinButton's − and + buttons (GTK 4.8) show only an icon and have no
 * name of their own, so a screen reader would say just "button". */
static void
name_step_buttons (GtkSpinButton *spin)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (spin));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      const char *icon = GTK_IS_BUTTON (child) ? gtk_button_get_icon_name (GTK_BUTTON (child)) : NULL;

      if (g_strcmp0 (icon, "value-decrease-symbolic") == 0)
        gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Decrease"), -1);
      else if (g_strcmp0 (icon, "value-increase-symbolic") == 0)
        gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Increase"), -1);
    }
}

/* A row per criterion, labelled by the core's own names for them. */
static void
add_weight_rows (GrovePreferencesWindow *self)
{
  for (guint i = 0; i < GROVE_MATCH_N_CRITERIA; i++)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *spin = gtk_spin_button_new_with_range (0, 100, 1);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), grove_match_criterion_label (i));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _(criterion_subtitles[i]));
      gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
      gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (spin), TRUE);
      gtk_accessible_update_relation (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_RELATION_LABELLED_BY, row, NULL, -1);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), spin);
      name_step_buttons (GTK_SPIN_BUTTON (spin));
      g_signal_connect (spin, "value-changed", G_CALLBACK (on_weight_changed_cb), self);
      adw_preferences_group_add (self->weights_group, row);
      self->weight_spins[i] = GTK_SPIN_BUTTON (spin);
    }
}

static void
grove_preferences_window_dispose (GObject *object)
{
  GrovePreferencesWindow *self = GROVE_PREFERENCES_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), GROVE_TYPE_PREFERENCES_WINDOW);
  g_clear_object (&self->settings);
  g_clear_object (&self->store);
  g_clear_pointer (&self->person_ids, g_array_unref);
  g_clear_pointer (&self->framework_keys, g_ptr_array_unref);
  g_clear_pointer (&self->round_ids, g_array_unref);
  g_clear_pointer (&self->programmes, g_ptr_array_unref);

  G_OBJECT_CLASS (grove_preferences_window_parent_class)->dispose (object);
}

static void
grove_preferences_window_class_init (GrovePreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = grove_preferences_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/grove-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, GrovePreferencesWindow, person_dropdown);
  gtk_widget_class_bind_template_child (widget_class, GrovePreferencesWindow, person_names);
  gtk_widget_class_bind_template_child (widget_class, GrovePreferencesWindow, framework_row);
  gtk_widget_class_bind_template_child (widget_class, GrovePreferencesWindow, framework_titles);
  gtk_widget_class_bind_template_child (widget_class, GrovePreferencesWindow, round_row);
  gtk_widget_class_bind_template_child (widget_class, GrovePreferencesWindow, round_titles);
  gtk_widget_class_bind_template_child (widget_class, GrovePreferencesWindow, threshold_spin);
  gtk_widget_class_bind_template_child (widget_class, GrovePreferencesWindow, weights_group);
  gtk_widget_class_bind_template_child (widget_class, GrovePreferencesWindow, programme_row);
  gtk_widget_class_bind_template_child (widget_class, GrovePreferencesWindow, programme_names);
  gtk_widget_class_bind_template_child (widget_class, GrovePreferencesWindow, minimum_group);
  gtk_widget_class_bind_template_child (widget_class, GrovePreferencesWindow, minimum_spin);
  gtk_widget_class_bind_template_child (widget_class, GrovePreferencesWindow, path_row);
  gtk_widget_class_bind_template_child (widget_class, GrovePreferencesWindow, backup_row);
  gtk_widget_class_bind_template_child (widget_class, GrovePreferencesWindow, keep_spin);
  gtk_widget_class_bind_template_callback (widget_class, on_person_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_framework_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_round_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_programme_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_minimum_changed_cb);

  gtk_widget_class_install_action (widget_class, "preferences.restore-weights", NULL, restore_weights_action);
}

static void
grove_preferences_window_init (GrovePreferencesWindow *self)
{
  self->person_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->framework_keys = g_ptr_array_new_with_free_func (g_free);
  self->round_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  /* Nothing is written while the controls are filled in. */
  self->loading = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));
  add_weight_rows (self);
  name_step_buttons (self->threshold_spin);
  name_step_buttons (self->keep_spin);
  name_step_buttons (self->minimum_spin);
  /* Flat like the combo rows below it; GtkDropDown (GTK 4.8) takes no
   * style of its own for its button. */
  if (GTK_IS_BUTTON (gtk_widget_get_first_child (GTK_WIDGET (self->person_dropdown))))
    gtk_widget_add_css_class (gtk_widget_get_first_child (GTK_WIDGET (self->person_dropdown)), "flat");
  self->loading = FALSE;
}

static void
load_store (GrovePreferencesWindow *self)
{
  gboolean open = self->store != NULL;

  gtk_widget_set_sensitive (GTK_WIDGET (self->person_dropdown), open);
  gtk_widget_set_sensitive (GTK_WIDGET (self->framework_row), open);
  gtk_widget_set_sensitive (GTK_WIDGET (self->round_row), open);
  gtk_widget_set_sensitive (GTK_WIDGET (self->weights_group), open);
  gtk_widget_set_sensitive (GTK_WIDGET (self->minimum_group), open);
  gtk_widget_set_sensitive (GTK_WIDGET (self->backup_row), open);
  adw_action_row_set_subtitle (self->path_row, open ? grove_store_get_path (self->store) : _("No database is open"));
  if (!open)
    return;

  self->loading = TRUE;
  load_people (self);
  load_frameworks (self);
  load_rounds (self);
  self->loading = FALSE;
  show_person (self);
  load_programmes (self);
}

/**
 * grove_preferences_window_new:
 * @settings: the application's settings
 * @store: (nullable): the open database
 *
 * Returns: (transfer none): a new window, owned by GTK until it is closed
 */
GrovePreferencesWindow *
grove_preferences_window_new (GtkWindow  *parent,
                              GSettings  *settings,
                              GroveStore *store)
{
  GrovePreferencesWindow *self;

  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);
  g_return_val_if_fail (store == NULL || GROVE_IS_STORE (store), NULL);

  self = g_object_new (GROVE_TYPE_PREFERENCES_WINDOW,
                       "transient-for", parent,
                       "modal", TRUE,
                       NULL);
  self->settings = g_object_ref (settings);
  self->store = store != NULL ? g_object_ref (store) : NULL;
  g_settings_bind (settings, "anonymity-threshold", self->threshold_spin, "value", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "backups-to-keep", self->keep_spin, "value", G_SETTINGS_BIND_DEFAULT);
  g_signal_connect_object (settings, "changed::signed-in-person",
                           G_CALLBACK (on_signed_in_person_changed_cb), self, G_CONNECT_SWAPPED);
  load_store (self);

  return self;
}
