/* test-preferences.c: each preference changed through its control
 *
 * The application opens the demonstration organisation and the Preferences
 * window; every test changes one control as a person would and looks at
 * what was kept (the setting, or the row in the database) and at the window
 * that follows it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "grove-application-private.h"
#include "grove-assessment.h"
#include "grove-coaching.h"
#include "grove-conversations-page.h"
#include "grove-culture-page.h"
#include "grove-framework.h"
#include "grove-org.h"
#include "grove-preferences-window.h"
#include "grove-round-dialog.h"
#include "grove-test-app.h"
#include "grove-test-widgets.h"
#include "grove-window.h"

static GroveTestApp app;

static GSettings *
settings (void)
{
  return grove_application_get_settings (app.application);
}

static GroveStore *
store (void)
{
  return grove_application_get_store (app.application);
}

static GtkWidget *
open_preferences (void)
{
  g_action_group_activate_action (G_ACTION_GROUP (app.application), "preferences", NULL);
  return grove_test_wait_for_window (GROVE_TYPE_PREFERENCES_WINDOW);
}

static gpointer
child (GtkWidget  *window,
       const char *name)
{
  GObject *object = gtk_widget_get_template_child (window, GROVE_TYPE_PREFERENCES_WINDOW, name);

  g_assert_nonnull (object);
  return object;
}

static void
close_preferences (GtkWidget *window)
{
  grove_test_close_window (window);
}

/* The position of @text in a string list, failing when it is not there. */
static guint
find_string (GListModel *model,
             const char *text)
{
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GtkStringObject) item = g_list_model_get_item (model, i);

      if (g_strcmp0 (gtk_string_object_get_string (item), text) == 0)
        return i;
    }
  g_assert_not_reached ();
}

static const GrovePerson *
find_person (GPtrArray  *people,
             const char *name)
{
  for (guint i = 0; i < people->len; i++)
    if (g_strcmp0 (((GrovePerson *) g_ptr_array_index (people, i))->name, name) == 0)
      return g_ptr_array_index (people, i);
  g_assert_not_reached ();
}

/* Two managers of the demonstration organisation, by name. */
static void
two_managers (GPtrArray    *people,
              GListModel   *names,
              guint        *first,
              guint        *second)
{
  *first = G_MAXUINT;
  *second = G_MAXUINT;
  /* Position 0 is "nobody"; the managers follow. */
  g_assert_cmpuint (g_list_model_get_n_items (names), >=, 3);
  *first = 1;
  *second = 2;
  for (guint i = 1; i < 3; i++)
    {
      g_autoptr(GtkStringObject) item = g_list_model_get_item (names, i);

      (void) find_person (people, gtk_string_object_get_string (item));
    }
}

static void
test_signed_in_person (void)
{
  GtkWidget *window = open_preferences ();
  GtkDropDown *dropdown = child (window, "person_dropdown");
  GListModel *names = gtk_drop_down_get_model (dropdown);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) people = grove_org_list_people (store (), 0, TRUE, FALSE, &error);
  GtkWidget *page = grove_test_find_widget_of_type (grove_test_app_main_window (&app), GROVE_TYPE_CONVERSATIONS_PAGE);
  GObject *label = gtk_widget_get_template_child (page, GROVE_TYPE_CONVERSATIONS_PAGE, "signed_in_label");
  g_autoptr(GtkStringObject) first_name = NULL;
  g_autoptr(GtkStringObject) second_name = NULL;
  g_autofree char *expected = NULL;
  const GrovePerson *first, *second;
  guint a, b;

  g_assert_no_error (error);
  two_managers (people, names, &a, &b);
  first_name = g_list_model_get_item (names, a);
  second_name = g_list_model_get_item (names, b);
  first = find_person (people, gtk_string_object_get_string (first_name));
  second = find_person (people, gtk_string_object_get_string (second_name));

  /* Chosen here: kept, and the Conversations page shows their team. */
  gtk_drop_down_set_selected (dropdown, a);
  g_assert_cmpint (g_settings_get_int64 (settings (), "signed-in-person"), ==, first->id);
  g_assert_cmpint (grove_conversations_page_get_signed_in_person (GROVE_CONVERSATIONS_PAGE (page)), ==, first->id);
  expected = g_strdup_printf ("Signed in as %s", first->name);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (label)), ==, expected);

  gtk_drop_down_set_selected (dropdown, b);
  g_assert_cmpint (grove_conversations_page_get_signed_in_person (GROVE_CONVERSATIONS_PAGE (page)), ==, second->id);
  g_clear_pointer (&expected, g_free);
  expected = g_strdup_printf ("Signed in as %s", second->name);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (label)), ==, expected);

  /* Chosen on the page ("Change Person" forgets): the window follows. */
  grove_conversations_page_set_signed_in_person (GROVE_CONVERSATIONS_PAGE (page), 0);
  g_assert_cmpint (g_settings_get_int64 (settings (), "signed-in-person"), ==, 0);
  g_assert_cmpuint (gtk_drop_down_get_selected (dropdown), ==, 0);
  g_settings_set_int64 (settings (), "signed-in-person", first->id);
  g_assert_cmpuint (gtk_drop_down_get_selected (dropdown), ==, a);

  close_preferences (window);
}

/* The framework the new-round dialog has chosen when it opens. */
static void
assert_new_round_framework (const char *title)
{
  GtkWidget *page = grove_test_find_widget_of_type (grove_test_app_main_window (&app), GROVE_TYPE_CULTURE_PAGE);
  GtkWidget *dialog;
  AdwComboRow *row;
  g_autoptr(GtkStringObject) item = NULL;

  g_assert_true (gtk_widget_activate_action (page, "culture.new-round", NULL));
  dialog = grove_test_wait_for_window (GROVE_TYPE_ROUND_DIALOG);
  row = ADW_COMBO_ROW (gtk_widget_get_template_child (dialog, GROVE_TYPE_ROUND_DIALOG, "framework_row"));
  item = g_list_model_get_item (adw_combo_row_get_model (row), adw_combo_row_get_selected (row));
  g_assert_true (g_str_has_prefix (gtk_string_object_get_string (item), title));
  gtk_window_destroy (GTK_WINDOW (dialog));
  grove_test_wait_for (grove_test_window_is_gone, GSIZE_TO_POINTER (GROVE_TYPE_ROUND_DIALOG), "the dialog to close");
}

static void
test_default_framework (void)
{
  GtkWidget *window;
  AdwComboRow *row;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) frameworks = NULL;
  g_autoptr(GroveFramework) other = NULL;
  g_autofree char *key = NULL;

  /* A second framework to choose: the built-in one under another key. */
  other = grove_framework_load_builtin (&error);
  g_assert_no_error (error);
  g_free (other->key);
  other->key = g_strdup ("second");
  g_free (other->title);
  other->title = g_strdup ("A second framework");
  other->builtin = FALSE;
  g_assert_cmpint (grove_framework_import (store (), other, &error), >, 0);
  g_assert_no_error (error);

  window = open_preferences ();
  row = child (window, "framework_row");
  frameworks = grove_framework_list (store (), &error);
  g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (row)), ==, frameworks->len);
  /* Nothing chosen yet: the framework that comes with Grove. */
  for (guint i = 0; i < frameworks->len; i++)
    if (((GroveFramework *) g_ptr_array_index (frameworks, i))->builtin)
      g_assert_cmpuint (adw_combo_row_get_selected (row), ==, i);

  adw_combo_row_set_selected (row, find_string (adw_combo_row_get_model (row), "A second framework"));
  key = g_settings_get_string (settings (), "default-framework");
  g_assert_cmpstr (key, ==, "second");
  close_preferences (window);

  /* Opened again, the window shows what was chosen. */
  window = open_preferences ();
  row = child (window, "framework_row");
  g_assert_cmpuint (adw_combo_row_get_selected (row), ==, find_string (adw_combo_row_get_model (row), "A second framework"));
  close_preferences (window);

  /* A new round starts on it. */
  assert_new_round_framework ("A second framework");
  g_settings_reset (settings (), "default-framework");
  assert_new_round_framework ("Civil Service learning culture");
}

static void
test_default_round (void)
{
  GtkWidget *window = open_preferences ();
  AdwComboRow *row = child (window, "round_row");
  GListModel *titles = adw_combo_row_get_model (row);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rounds = grove_assessment_list_rounds (store (), &error);
  const GroveRound *first;

  g_assert_no_error (error);
  g_assert_cmpuint (rounds->len, >=, 2);
  /* "The latest round", then the rounds newest first. */
  g_assert_cmpuint (g_list_model_get_n_items (titles), ==, rounds->len + 1);
  g_assert_cmpuint (adw_combo_row_get_selected (row), ==, 0);
  first = g_ptr_array_index (rounds, 0);
  adw_combo_row_set_selected (row, find_string (titles, first->title));
  g_assert_cmpint (g_settings_get_int64 (settings (), "default-round"), ==, first->id);
  adw_combo_row_set_selected (row, 0);
  g_assert_cmpint (g_settings_get_int64 (settings (), "default-round"), ==, 0);
  adw_combo_row_set_selected (row, find_string (titles, first->title));
  close_preferences (window);

  /* A new window starts on the chosen round, not the latest. */
  {
    GtkWidget *another = GTK_WIDGET (grove_window_new (app.application, store ()));
    GtkWidget *page = grove_test_find_widget_of_type (another, GROVE_TYPE_CULTURE_PAGE);

    gtk_window_present (GTK_WINDOW (another));
    grove_test_wait_for (grove_test_widget_is_mapped, another, "the new window");
    g_assert_cmpint (grove_culture_page_get_round_id (GROVE_CULTURE_PAGE (page)), ==, first->id);
    gtk_window_destroy (GTK_WINDOW (another));
  }
  g_settings_reset (settings (), "default-round");
}

static void
test_anonymity_threshold (void)
{
  GtkWidget *window = open_preferences ();

  gtk_spin_button_set_value (child (window, "threshold_spin"), 7);
  g_assert_cmpuint (g_settings_get_uint (settings (), "anonymity-threshold"), ==, 7);
  close_preferences (window);
  g_settings_reset (settings (), "anonymity-threshold");
}

/* The spin button of the row titled @title, scrolled into view or not. */
static GtkSpinButton *
find_row_spin (GtkWidget  *widget,
               const char *title)
{
  if (ADW_IS_ACTION_ROW (widget) &&
      g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0)
    return GTK_SPIN_BUTTON (grove_test_find_widget_of_type (widget, GTK_TYPE_SPIN_BUTTON));
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkSpinButton *spin = find_row_spin (c, title);

      if (spin != NULL)
        return spin;
    }
  return NULL;
}

static GtkSpinButton *
weight_spin (GtkWidget  *window,
             const char *title)
{
  GtkSpinButton *spin = find_row_spin (window, title);

  g_assert_nonnull (spin);
  return spin;
}

static GroveProgramme *
read_programme (gint64 id)
{
  g_autoptr(GError) error = NULL;
  GroveProgramme *programme = grove_coaching_get_programme (store (), id, &error);

  g_assert_no_error (error);
  return programme;
}

static void
test_matching_weights (void)
{
  g_autoptr(GroveProgramme) programme = NULL;
  g_autoptr(GroveProgramme) leadership = grove_programme_new ("Leadership");
  g_autoptr(GError) error = NULL;
  GtkWidget *window;
  AdwComboRow *programmes;
  GtkSpinButton *location;
  GtkSpinButton *minimum;

  /* A second programme, and a minimum score that no weight control
   * touches. */
  leadership->weights[GROVE_MATCH_LOCATION] = 7;
  g_assert_cmpint (grove_coaching_add_programme (store (), leadership, &error), >, 0);
  programme = read_programme (GROVE_PROGRAMME_DEFAULT);
  programme->min_score = 5000;
  g_assert_true (grove_coaching_set_programme (store (), programme, &error));
  g_clear_pointer (&programme, grove_programme_free);

  window = open_preferences ();
  adw_preferences_window_set_visible_page_name (ADW_PREFERENCES_WINDOW (window), "coaching");
  grove_test_settle (200);
  programmes = child (window, "programme_row");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (programmes)));
  g_assert_cmpuint (adw_combo_row_get_selected (programmes), ==, 0);
  location = weight_spin (window, grove_match_criterion_label (GROVE_MATCH_LOCATION));
  minimum = child (window, "minimum_spin");
  g_assert_cmpint (gtk_spin_button_get_value_as_int (location), ==, 1);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (minimum), ==, 50);
  gtk_spin_button_set_value (location, 40);
  gtk_spin_button_set_value (weight_spin (window, grove_match_criterion_label (GROVE_MATCH_SPECIALISM)), 0);
  programme = read_programme (GROVE_PROGRAMME_DEFAULT);
  g_assert_cmpuint (programme->weights[GROVE_MATCH_LOCATION], ==, 40);
  g_assert_cmpuint (programme->weights[GROVE_MATCH_SPECIALISM], ==, 0);
  g_assert_cmpuint (programme->weights[GROVE_MATCH_PROFESSION], ==, 2);
  g_clear_pointer (&programme, grove_programme_free);

  /* "Restore Defaults" writes the default weights back and shows them. */
  g_assert_true (gtk_widget_activate_action (window, "preferences.restore-weights", NULL));
  programme = read_programme (GROVE_PROGRAMME_DEFAULT);
  g_assert_cmpuint (programme->weights[GROVE_MATCH_LOCATION], ==, 1);
  g_assert_cmpuint (programme->weights[GROVE_MATCH_SPECIALISM], ==, 3);
  g_assert_cmpuint (programme->min_score, ==, 5000);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (location), ==, 1);
  g_clear_pointer (&programme, grove_programme_free);

  /* The minimum score, out of 100 on screen and of 10000 in the row. */
  gtk_spin_button_set_value (minimum, 35);
  programme = read_programme (GROVE_PROGRAMME_DEFAULT);
  g_assert_cmpuint (programme->min_score, ==, 3500);
  g_assert_cmpuint (programme->weights[GROVE_MATCH_SPECIALISM], ==, 3);
  g_clear_pointer (&programme, grove_programme_free);

  /* The other programme shows and keeps its own weights. */
  adw_combo_row_set_selected (programmes, 1);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (location), ==, 7);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (minimum), ==, 0);
  gtk_spin_button_set_value (location, 9);
  programme = read_programme (leadership->id);
  g_assert_cmpuint (programme->weights[GROVE_MATCH_LOCATION], ==, 9);
  g_clear_pointer (&programme, grove_programme_free);
  programme = read_programme (GROVE_PROGRAMME_DEFAULT);
  g_assert_cmpuint (programme->weights[GROVE_MATCH_LOCATION], ==, 1);
  g_assert_cmpuint (programme->min_score, ==, 3500);
  close_preferences (window);
}

static void
test_database_and_backups (void)
{
  GtkWidget *window = open_preferences ();
  g_auto(GStrv) backups = NULL;

  g_assert_cmpstr (adw_action_row_get_subtitle (child (window, "path_row")), ==, app.db_path);
  gtk_spin_button_set_value (child (window, "keep_spin"), 2);
  g_assert_cmpuint (g_settings_get_uint (settings (), "backups-to-keep"), ==, 2);

  /* Three backups through the window's own row; only two are kept. */
  for (guint i = 0; i < 3; i++)
    {
      GtkWidget *dialog;

      g_signal_emit_by_name (child (window, "backup_row"), "activate");
      dialog = grove_test_wait_for_window (ADW_TYPE_MESSAGE_DIALOG);
      gtk_window_destroy (GTK_WINDOW (dialog));
      grove_test_settle (50);
    }
  backups = grove_store_list_backups (app.db_path, NULL);
  g_assert_cmpuint (g_strv_length (backups), ==, 2);
  close_preferences (window);
}

static void
count_destroyed (guint *count)
{
  (*count)++;
}

/* Another database opened while the Preferences are up (as their "Open
 * Another Database…" does) replaces every window: none shows the old file. */
static void
test_open_another_database (void)
{
  GtkWidget *window = open_preferences ();
  g_autofree char *other = g_build_filename (app.dir, "other.db", NULL);
  g_autoptr(GroveStore) made = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *main_window = grove_test_app_main_window (&app);
  guint destroyed = 0;

  made = grove_store_open (other, &error);
  g_assert_no_error (error);
  g_clear_object (&made);
  g_signal_connect_swapped (window, "destroy", G_CALLBACK (count_destroyed), &destroyed);
  g_signal_connect_swapped (main_window, "destroy", G_CALLBACK (count_destroyed), &destroyed);

  _grove_application_reopen (app.application, other);
  grove_test_wait_for (grove_test_widget_is_mapped, grove_test_app_main_window (&app), "the new window");
  g_assert_cmpuint (destroyed, ==, 2);
  g_assert_cmpstr (grove_store_get_path (store ()), ==, other);

  window = open_preferences ();
  g_assert_cmpstr (adw_action_row_get_subtitle (child (window, "path_row")), ==, other);
  close_preferences (window);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  grove_test_app_init (&app, "prefs");

  g_test_add_func ("/preferences/signed-in-person", test_signed_in_person);
  g_test_add_func ("/preferences/default-framework", test_default_framework);
  g_test_add_func ("/preferences/default-round", test_default_round);
  g_test_add_func ("/preferences/anonymity-threshold", test_anonymity_threshold);
  g_test_add_func ("/preferences/matching-weights", test_matching_weights);
  g_test_add_func ("/preferences/database-and-backups", test_database_and_backups);
  /* Last: the others work on the demonstration database. */
  g_test_add_func ("/preferences/open-another-database", test_open_another_database);

  return grove_test_app_run (&app, argv[0], TRUE);
}
