/* test-app.c: the application's window, on a real (virtual) display
 *
 * The application runs as it would for a person, on a database made for the
 * test; the tests run from its "activate" signal, once the window is up, and
 * look at what is mapped on screen.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "grove-application.h"
#include "grove-framework-item.h"
#include "grove-framework-page.h"
#include "grove-org.h"
#include "grove-window.h"

#define WAIT_TIMEOUT_MS 10000

static GroveApplication *application;
static char *db_path;

static const char *condition_titles[] = {
  "We value growth",
  "We know our strengths and weaknesses",
  "We support each other to develop",
  "We know what ‘good’ looks like",
  "We know how to develop",
  "We have the opportunity to develop",
};

typedef gboolean (*Condition) (gpointer data);

static gboolean
timeout_cb (gpointer data)
{
  gboolean *timed_out = data;

  *timed_out = TRUE;
  return G_SOURCE_REMOVE;
}

/* Runs the main loop until @condition holds, or fails the test after a while. */
static void
wait_for (Condition   condition,
          gpointer    data,
          const char *what)
{
  gboolean timed_out = FALSE;
  guint id = g_timeout_add (WAIT_TIMEOUT_MS, timeout_cb, &timed_out);

  while (!condition (data) && !timed_out)
    g_main_context_iteration (NULL, TRUE);

  if (timed_out)
    g_error ("Timed out waiting for %s", what);

  g_source_remove (id);
}

/* Lets layout, transitions and drawing settle. */
static void
settle (guint ms)
{
  gboolean done = FALSE;

  g_timeout_add (ms, timeout_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

static gboolean
widget_is_mapped (gpointer data)
{
  return gtk_widget_get_mapped (GTK_WIDGET (data));
}

/* On screen: mapped, drawn with some size, and at least partly inside its
 * window. */
static gboolean
is_on_screen (GtkWidget *widget)
{
  GtkWidget *root = GTK_WIDGET (gtk_widget_get_root (widget));
  graphene_rect_t bounds;

  if (!gtk_widget_get_mapped (widget))
    return FALSE;
  for (GtkWidget *w = widget; w != NULL; w = gtk_widget_get_parent (w))
    if (!gtk_widget_get_child_visible (w))
      return FALSE;
  if (!gtk_widget_compute_bounds (widget, root, &bounds))
    return FALSE;
  if (bounds.size.width <= 0 || bounds.size.height <= 0)
    return FALSE;

  return bounds.origin.x < gtk_widget_get_width (root) &&
         bounds.origin.y < gtk_widget_get_height (root) &&
         bounds.origin.x + bounds.size.width > 0 &&
         bounds.origin.y + bounds.size.height > 0;
}

static GtkWidget *
find_label (GtkWidget  *widget,
            const char *text)
{
  if (GTK_IS_LABEL (widget) &&
      g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0 &&
      is_on_screen (widget))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_label (child, text);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static GtkWidget *
find_widget_of_type (GtkWidget *widget,
                     GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget_of_type (child, type);

      if (found != NULL)
        return found;
    }

  return NULL;
}

typedef struct {
  GtkWidget  *root;
  const char *text;
} LabelQuery;

static gboolean
label_is_on_screen (gpointer data)
{
  LabelQuery *query = data;

  return find_label (query->root, query->text) != NULL;
}

static void
assert_label_on_screen (GtkWidget  *root,
                        const char *text)
{
  LabelQuery query = { root, text };
  g_autofree char *what = g_strdup_printf ("“%s” on screen", text);

  wait_for (label_is_on_screen, &query, what);
}

static GtkWidget *
get_main_window (void)
{
  /* The about and shortcuts windows join the application's list too. */
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (application)); l != NULL; l = l->next)
    if (GROVE_IS_WINDOW (l->data))
      return GTK_WIDGET (l->data);

  g_assert_not_reached ();
}

/* The Culture page comes first; the framework tests look at the next. */
static void
show_framework_page (GtkWidget *window)
{
  GObject *stack = gtk_widget_get_template_child (window, GROVE_TYPE_WINDOW, "view_stack");

  adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (stack), "framework");
}

static GtkWidget *
get_framework_page (GtkWidget *window)
{
  GtkWidget *page = find_widget_of_type (window, GROVE_TYPE_FRAMEWORK_PAGE);

  g_assert_nonnull (page);
  return page;
}

static GtkSingleSelection *
get_condition_selection (GtkWidget *page)
{
  GObject *view = gtk_widget_get_template_child (page, GROVE_TYPE_FRAMEWORK_PAGE, "conditions_view");

  g_assert_true (GTK_IS_LIST_VIEW (view));
  return GTK_SINGLE_SELECTION (gtk_list_view_get_model (GTK_LIST_VIEW (view)));
}

static void
test_db_option (void)
{
  GroveStore *store = grove_application_get_store (application);
  g_autofree char *chosen = grove_application_dup_db_path (application);

  g_assert_nonnull (store);
  g_assert_cmpstr (chosen, ==, db_path);
  g_assert_cmpstr (grove_store_get_path (store), ==, db_path);
  g_assert_true (g_file_test (db_path, G_FILE_TEST_IS_REGULAR));
}

static void
test_conditions_on_screen (void)
{
  GtkWidget *window = get_main_window ();

  wait_for (widget_is_mapped, window, "the window to be mapped");
  show_framework_page (window);

  for (guint i = 0; i < G_N_ELEMENTS (condition_titles); i++)
    assert_label_on_screen (window, condition_titles[i]);

  /* The first condition is open beside the list. */
  assert_label_on_screen (window, "Condition 1 of 6");
  assert_label_on_screen (window, "We recognise the benefits of continuous improvement");
}

static void
test_select_condition (void)
{
  GtkWidget *window = get_main_window ();
  GtkWidget *page = get_framework_page (window);
  GtkSingleSelection *selection = get_condition_selection (page);
  GObject *view = gtk_widget_get_template_child (page, GROVE_TYPE_FRAMEWORK_PAGE, "conditions_view");

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (selection)), ==, 6);

  gtk_single_selection_set_selected (selection, 1);
  assert_label_on_screen (window, "Condition 2 of 6");
  assert_label_on_screen (window, "We systematically review lessons learned.");
  /* Not parsed as markup: the ampersand is shown as it is written. */
  assert_label_on_screen (window, "We monitor & review outcomes, and evidence of impact.");
  assert_label_on_screen (window, "2.4");
  g_assert_null (find_label (window, "We recognise the benefits of continuous improvement"));

  /* What Return does on a focused row. */
  gtk_widget_grab_focus (GTK_WIDGET (view));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "list.activate-item", "u", 3));
  g_assert_cmpuint (gtk_single_selection_get_selected (selection), ==, 3);
  assert_label_on_screen (window, "Condition 4 of 6");
  assert_label_on_screen (window, "We know the standards that should be met.");
  assert_label_on_screen (window, "We know the capabilities required to deliver the outcomes, and meet the standards.");
  g_assert_null (find_label (window, "We systematically review lessons learned."));

  gtk_single_selection_set_selected (selection, 0);
  assert_label_on_screen (window, "Condition 1 of 6");
}

static void
test_rating_scale (void)
{
  GtkWidget *window = get_main_window ();
  static const char *labels[] = {
    "Rating Scale",
    "Strongly disagree",
    "Disagree",
    "Neither agree nor disagree",
    "Agree",
    "Strongly agree",
    "Not observed",
  };

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    assert_label_on_screen (window, labels[i]);
}

static void
test_view_switcher_pages (void)
{
  GtkWidget *window = get_main_window ();
  GObject *stack = gtk_widget_get_template_child (window, GROVE_TYPE_WINDOW, "view_stack");
  g_autoptr(GtkSelectionModel) pages = NULL;
  g_autoptr(AdwViewStackPage) page = NULL;
  g_autoptr(AdwViewStackPage) culture = NULL;

  g_assert_true (ADW_IS_VIEW_STACK (stack));
  pages = adw_view_stack_get_pages (ADW_VIEW_STACK (stack));

  /* Only the pages that work are offered, Culture first. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (pages)), ==, 5);
  culture = g_list_model_get_item (G_LIST_MODEL (pages), 0);
  g_assert_cmpstr (adw_view_stack_page_get_name (culture), ==, "culture");
  g_assert_cmpstr (adw_view_stack_page_get_title (culture), ==, "Culture");
  g_assert_true (adw_view_stack_page_get_visible (culture));
  page = g_list_model_get_item (G_LIST_MODEL (pages), 1);
  g_assert_cmpstr (adw_view_stack_page_get_name (page), ==, "framework");
  g_assert_cmpstr (adw_view_stack_page_get_title (page), ==, "Framework");
  g_assert_true (adw_view_stack_page_get_visible (page));
  g_clear_object (&page);
  page = g_list_model_get_item (G_LIST_MODEL (pages), 2);
  g_assert_cmpstr (adw_view_stack_page_get_name (page), ==, "people");
  g_assert_cmpstr (adw_view_stack_page_get_title (page), ==, "People");
  g_assert_cmpstr (adw_view_stack_page_get_icon_name (page), ==, "system-users-symbolic");
  g_assert_true (adw_view_stack_page_get_visible (page));
  g_clear_object (&page);
  page = g_list_model_get_item (G_LIST_MODEL (pages), 3);
  g_assert_cmpstr (adw_view_stack_page_get_name (page), ==, "conversations");
  g_assert_cmpstr (adw_view_stack_page_get_title (page), ==, "Conversations");
  g_assert_cmpstr (adw_view_stack_page_get_icon_name (page), ==, "chat-message-new-symbolic");
  g_assert_true (adw_view_stack_page_get_visible (page));
  g_clear_object (&page);
  page = g_list_model_get_item (G_LIST_MODEL (pages), 4);
  g_assert_cmpstr (adw_view_stack_page_get_name (page), ==, "coaching");
  g_assert_cmpstr (adw_view_stack_page_get_title (page), ==, "Coaching");
  g_assert_cmpstr (adw_view_stack_page_get_icon_name (page), ==, "system-switch-user-symbolic");
  g_assert_true (adw_view_stack_page_get_visible (page));
  g_assert_true (ADW_IS_VIEW_SWITCHER_TITLE (find_widget_of_type (window, ADW_TYPE_VIEW_SWITCHER_TITLE)));
}

typedef struct {
  GType      type;
  GtkWindow *found;
} WindowQuery;

static gboolean
window_is_shown (gpointer data)
{
  WindowQuery *query = data;
  GListModel *toplevels = gtk_window_get_toplevels ();
  guint n_items = g_list_model_get_n_items (toplevels);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, query->type) && gtk_widget_get_mapped (window))
        {
          query->found = GTK_WINDOW (window);
          return TRUE;
        }
    }

  return FALSE;
}

static GtkWindow *
open_by_action (const char *action,
                GType       type)
{
  WindowQuery query = { type, NULL };
  g_autofree char *what = g_strdup_printf ("a %s from app.%s", g_type_name (type), action);

  g_action_group_activate_action (G_ACTION_GROUP (application), action, NULL);
  wait_for (window_is_shown, &query, what);

  g_assert_true (gtk_window_get_transient_for (query.found) == GTK_WINDOW (get_main_window ()));
  return query.found;
}

static void
test_about (void)
{
  GtkWindow *about = open_by_action ("about", ADW_TYPE_ABOUT_WINDOW);

  g_assert_cmpstr (adw_about_window_get_application_name (ADW_ABOUT_WINDOW (about)), ==, "Grove");
  g_assert_cmpstr (adw_about_window_get_version (ADW_ABOUT_WINDOW (about)), ==, PACKAGE_VERSION);
  g_assert_cmpstr (adw_about_window_get_developer_name (ADW_ABOUT_WINDOW (about)), ==, "The Grove developers");
  g_assert_cmpint (adw_about_window_get_license_type (ADW_ABOUT_WINDOW (about)), ==, GTK_LICENSE_GPL_3_0);
  assert_label_on_screen (GTK_WIDGET (about), "Grove");

  gtk_window_destroy (about);
}

/* "Back Up Now" leaves one more private copy in the backups folder, and
 * says where. */
static void
test_backup (void)
{
  g_autofree char *folder = g_path_get_dirname (db_path);
  g_autofree char *backups = g_build_filename (folder, "backups", NULL);
  g_auto(GStrv) before = grove_store_list_backups (db_path, NULL);
  g_auto(GStrv) after = NULL;
  GtkWindow *dialog;
  GStatBuf info;

  g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (application), "restore-latest"));
  dialog = open_by_action ("backup", ADW_TYPE_MESSAGE_DIALOG);
  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)), ==, "Backed Up");

  after = grove_store_list_backups (db_path, NULL);
  g_assert_cmpuint (g_strv_length (after), ==, g_strv_length (before) + 1);
  g_assert_true (g_str_has_prefix (after[0], backups));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)), after[0]));
  g_assert_cmpint (g_stat (after[0], &info), ==, 0);
  g_assert_cmpint (info.st_mode & 0777, ==, 0600);
  gtk_window_destroy (dialog);
}

static void
test_shortcuts (void)
{
  GtkWindow *shortcuts = open_by_action ("shortcuts", GTK_TYPE_SHORTCUTS_WINDOW);

  assert_label_on_screen (GTK_WIDGET (shortcuts), "Show Shortcuts");
  assert_label_on_screen (GTK_WIDGET (shortcuts), "Quit");
  assert_label_on_screen (GTK_WIDGET (shortcuts), "Preferences");
  assert_label_on_screen (GTK_WIDGET (shortcuts), "Help");

  gtk_window_destroy (shortcuts);
}

static void
assert_accels (const char *action,
               const char *accel)
{
  g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (application), action);

  g_assert_cmpuint (g_strv_length (accels), ==, 1);
  g_assert_cmpstr (accels[0], ==, accel);
}

static void
test_accels (void)
{
  assert_accels ("app.quit", "<Control>q");
  assert_accels ("app.shortcuts", "<Control>question");
  assert_accels ("app.preferences", "<Control>comma");
  assert_accels ("app.help", "F1");
}

static gboolean
leaflet_is_folded (gpointer data)
{
  return adw_leaflet_get_folded (ADW_LEAFLET (data));
}

static gboolean
leaflet_is_still (gpointer data)
{
  return !adw_leaflet_get_child_transition_running (ADW_LEAFLET (data));
}

/* A phone-width window shows one pane at a time and the switcher at the
 * bottom; it also remembers its size when closed. */
static void
test_narrow_window (void)
{
  GroveWindow *window = grove_window_new (application, grove_application_get_store (application));
  GtkWidget *page = get_framework_page (GTK_WIDGET (window));
  GObject *leaflet = gtk_widget_get_template_child (page, GROVE_TYPE_FRAMEWORK_PAGE, "leaflet");
  GObject *view = gtk_widget_get_template_child (page, GROVE_TYPE_FRAMEWORK_PAGE, "conditions_view");
  GObject *bar = gtk_widget_get_template_child (GTK_WIDGET (window), GROVE_TYPE_WINDOW, "switcher_bar");
  GSettings *settings = grove_application_get_settings (application);
  int width;
  int height;
  int expected_width;
  int expected_height;

  gtk_window_set_default_size (GTK_WINDOW (window), 360, 640);
  show_framework_page (GTK_WIDGET (window));
  gtk_window_present (GTK_WINDOW (window));
  wait_for (widget_is_mapped, window, "the narrow window to be mapped");
  wait_for (leaflet_is_folded, leaflet, "the panes to fold");
  wait_for (leaflet_is_still, leaflet, "the panes to settle");
  settle (300);

  assert_label_on_screen (GTK_WIDGET (window), condition_titles[0]);
  assert_label_on_screen (GTK_WIDGET (window), condition_titles[5]);
  g_assert_null (find_label (GTK_WIDGET (window), "Condition 1 of 6"));
  g_assert_true (adw_view_switcher_bar_get_reveal (ADW_VIEW_SWITCHER_BAR (bar)));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "list.activate-item", "u", 2));
  wait_for (leaflet_is_still, leaflet, "the move to the condition");
  assert_label_on_screen (GTK_WIDGET (window), "Condition 3 of 6");
  assert_label_on_screen (GTK_WIDGET (window), "We help to develop others.");
  settle (300);
  g_assert_null (find_label (GTK_WIDGET (window), condition_titles[5]));

  g_assert_true (gtk_widget_activate_action (page, "framework.show-conditions", NULL));
  wait_for (leaflet_is_still, leaflet, "the move back to the conditions");
  assert_label_on_screen (GTK_WIDGET (window), condition_titles[5]);
  settle (300);
  g_assert_null (find_label (GTK_WIDGET (window), "Condition 3 of 6"));

  /* The size asked for, less anything the display added (without a
   * compositor, the window's own resize borders). */
  gtk_window_get_default_size (GTK_WINDOW (window), &expected_width, &expected_height);
  g_assert_cmpint (expected_width, <, 400);
  gtk_window_destroy (GTK_WINDOW (window));

  g_assert_nonnull (settings);
  g_settings_get (settings, "window-size", "(ii)", &width, &height);
  g_assert_cmpint (width, ==, expected_width);
  g_assert_cmpint (height, ==, expected_height);
  g_assert_false (g_settings_get_boolean (settings, "window-maximized"));
}

/* With a second framework stored, a selector appears; the built-in framework
 * stays the one shown until another is chosen. */
static void
test_framework_selector (void)
{
  GtkWidget *window = get_main_window ();
  GtkWidget *page = get_framework_page (window);
  GObject *dropdown = gtk_widget_get_template_child (page, GROVE_TYPE_FRAMEWORK_PAGE, "framework_dropdown");
  GroveStore *store = grove_application_get_store (application);
  g_autoptr(GroveFramework) other = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *items;
  guint other_position = G_MAXUINT;

  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (dropdown)));

  other = grove_framework_load_builtin (&error);
  g_assert_no_error (error);
  g_free (other->key);
  other->key = g_strdup ("smaller-framework");
  g_free (other->title);
  other->title = g_strdup ("A Smaller Framework");
  g_ptr_array_set_size (other->conditions, 2);
  g_assert_cmpint (grove_framework_import (store, other, &error), >, 0);
  g_assert_no_error (error);

  grove_framework_page_reload (GROVE_FRAMEWORK_PAGE (page));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dropdown)));
  /* The selector, rather than a heading, names the framework shown. */
  assert_label_on_screen (window, "Civil Service learning culture framework");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (gtk_widget_get_template_child (page, GROVE_TYPE_FRAMEWORK_PAGE, "framework_title"))));
  assert_label_on_screen (window, "Condition 1 of 6");

  items = gtk_drop_down_get_model (GTK_DROP_DOWN (dropdown));
  g_assert_cmpuint (g_list_model_get_n_items (items), ==, 2);
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(GroveFrameworkItem) item = g_list_model_get_item (items, i);

      if (g_strcmp0 (grove_framework_item_get_key (item), "smaller-framework") == 0)
        other_position = i;
    }
  g_assert_cmpuint (other_position, <, 2);

  gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), other_position);
  assert_label_on_screen (window, "Condition 1 of 2");
  g_assert_null (find_label (window, condition_titles[5]));

  gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), 1 - other_position);
  assert_label_on_screen (window, "Condition 1 of 6");
  assert_label_on_screen (window, condition_titles[5]);
}

static GtkWidget *
find_action_button (GtkWidget  *widget,
                    const char *action)
{
  if (GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_action_button (child, action);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* A database that cannot be opened is explained in place of the pages. */
static void
test_open_error (void)
{
  GroveWindow *window = grove_window_new (application, NULL);
  GObject *title = gtk_widget_get_template_child (GTK_WIDGET (window), GROVE_TYPE_WINDOW, "switcher_title");
  g_autoptr(GError) error = g_error_new_literal (GROVE_STORE_ERROR, GROVE_STORE_ERROR_NOT_A_DATABASE,
                                                  "“x.db” is not a Grove database.");

  grove_window_show_open_error (window, error);
  gtk_window_present (GTK_WINDOW (window));
  wait_for (widget_is_mapped, window, "the window to be mapped");

  assert_label_on_screen (GTK_WIDGET (window), "Could Not Open the Database");
  assert_label_on_screen (GTK_WIDGET (window), "“x.db” is not a Grove database.");
  g_assert_null (find_label (GTK_WIDGET (window), condition_titles[0]));
  g_assert_false (adw_view_switcher_title_get_view_switcher_enabled (ADW_VIEW_SWITCHER_TITLE (title)));
  g_assert_false (is_on_screen (GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (window), GROVE_TYPE_WINDOW,
                                                                            "switcher_bar"))));
  /* Without a backup there is nothing to restore, so it is not offered. */
  g_assert_false (is_on_screen (find_action_button (GTK_WIDGET (window), "app.restore-latest")));
  g_assert_true (is_on_screen (find_action_button (GTK_WIDGET (window), "app.open-file")));
  /* Read-only is offered only for a file Grove may not write. */
  g_assert_false (is_on_screen (find_action_button (GTK_WIDGET (window), "app.open-read-only")));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Without a database the page says so rather than showing empty panes. */
static void
test_no_framework (void)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *page = grove_framework_page_new ();
  GObject *status = gtk_widget_get_template_child (page, GROVE_TYPE_FRAMEWORK_PAGE, "empty_page");

  gtk_window_set_child (GTK_WINDOW (window), page);
  gtk_window_set_default_size (GTK_WINDOW (window), 800, 600);
  gtk_window_present (GTK_WINDOW (window));
  wait_for (widget_is_mapped, window, "the window to be mapped");

  wait_for (widget_is_mapped, status, "the status page");
  assert_label_on_screen (window, "No Framework");
  g_assert_null (find_label (window, condition_titles[0]));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Run without --db: the usual database is made in XDG_DATA_HOME, which the
 * test points at its own folder, and is given the demonstration organisation
 * so that no page starts empty. */
static void
test_first_run_demo (void)
{
  GroveStore *store = grove_application_get_store (application);
  g_autofree char *expected = g_build_filename (g_get_user_data_dir (), "grove", "grove.db", NULL);
  g_autofree char *chosen = grove_application_dup_db_path (application);
  g_autoptr(GPtrArray) people = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (store);
  g_assert_null (chosen);
  g_assert_cmpstr (grove_store_get_path (store), ==, expected);

  people = grove_org_list_people (store, 0, FALSE, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (people->len, >, 0);

  show_framework_page (get_main_window ());
  assert_label_on_screen (get_main_window (), condition_titles[0]);
}

/* A database that has become garbage, with a backup beside it: the window
 * offers the backup, and restoring it brings back the pages and the data,
 * while the damaged file is kept rather than deleted. */
static void
make_damaged_database (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GroveStore) store = grove_store_open (db_path, &error);
  g_autofree char *backup = NULL;

  g_assert_no_error (error);
  g_assert_cmpint (grove_org_add_unit (store, GROVE_ORG_UNIT_ORGANISATION, "Recovered Office", 0, &error), >, 0);
  backup = grove_store_backup (store, GROVE_STORE_DEFAULT_KEEP_BACKUPS, &error);
  g_assert_no_error (error);
  g_clear_object (&store);
  g_file_set_contents (db_path, "Not a database: overwritten by mistake.", -1, &error);
  g_assert_no_error (error);
}

static gboolean
store_is_open (gpointer data)
{
  return grove_application_get_store (application) != NULL;
}

static void
test_restore_latest (void)
{
  GtkWidget *window = get_main_window ();
  GtkWidget *restore;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) units = NULL;
  g_autofree char *folder = g_path_get_dirname (db_path);
  g_autofree char *backups = g_build_filename (folder, "backups", NULL);
  g_autoptr(GDir) dir = NULL;
  const char *name;
  guint kept = 0;

  wait_for (widget_is_mapped, window, "the window to be mapped");
  assert_label_on_screen (window, "Could Not Open the Database");
  restore = find_action_button (window, "app.restore-latest");
  g_assert_nonnull (restore);
  g_assert_true (is_on_screen (restore));
  g_assert_true (gtk_widget_is_sensitive (restore));

  g_action_group_activate_action (G_ACTION_GROUP (application), "restore-latest", NULL);
  wait_for (store_is_open, NULL, "the restored database to open");
  window = get_main_window ();
  wait_for (widget_is_mapped, window, "the new window to be mapped");
  g_assert_null (find_label (window, "Could Not Open the Database"));

  units = grove_org_list_units (grove_application_get_store (application), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (units->len, ==, 1);
  g_assert_cmpstr (((GroveOrgUnit *) g_ptr_array_index (units, 0))->name, ==, "Recovered Office");

  dir = g_dir_open (backups, 0, &error);
  g_assert_no_error (error);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".unreadable"))
      {
        g_autofree char *path = g_build_filename (backups, name, NULL);
        g_autofree char *contents = NULL;

        g_file_get_contents (path, &contents, NULL, &error);
        g_assert_no_error (error);
        g_assert_cmpstr (contents, ==, "Not a database: overwritten by mistake.");
        kept++;
      }
  g_assert_cmpuint (kept, ==, 1);
}

/* The restored database again, only to look at: the window says so, shows
 * the data, and the file is not written. */
static void
test_open_read_only (void)
{
  GtkWidget *window;
  GObject *title;
  GroveStore *store;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gsize before_length, after_length;
  g_autoptr(GError) error = NULL;

  grove_application_open_read_only (application);
  wait_for (store_is_open, NULL, "the database to open read-only");
  g_assert_true (g_file_get_contents (db_path, &before, &before_length, NULL));
  store = grove_application_get_store (application);
  g_assert_true (grove_store_is_read_only (store));
  window = get_main_window ();
  wait_for (widget_is_mapped, window, "the new window to be mapped");
  title = gtk_widget_get_template_child (window, GROVE_TYPE_WINDOW, "switcher_title");
  g_assert_cmpstr (adw_view_switcher_title_get_subtitle (ADW_VIEW_SWITCHER_TITLE (title)), ==, "Read-Only");
  g_assert_null (find_label (window, "Could Not Open the Database"));

  g_assert_cmpint (grove_org_add_unit (store, GROVE_ORG_UNIT_TEAM, "New Team", 1, &error), <=, 0);
  g_assert_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_READ_ONLY);
  g_assert_true (g_file_get_contents (db_path, &after, &after_length, NULL));
  g_assert_cmpmem (before, before_length, after, after_length);
}

static void
on_activate_cb (GApplication *app,
                gpointer      user_data)
{
  int *status = user_data;

  /* Runs once, after the application's own handler made the window. */
  g_signal_handlers_disconnect_by_func (app, on_activate_cb, user_data);

  *status = g_test_run ();
  g_application_quit (app);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *tmpdir = NULL;
  g_autoptr(GError) error = NULL;
  int status = 1;
  int result;
  char *app_argv[4];
  gboolean first_run;

  g_test_init (&argc, &argv, NULL);

  tmpdir = g_dir_make_tmp ("grove-test-app-XXXXXX", &error);
  g_assert_no_error (error);

  /* Not G_TEST_OPTION_ISOLATE_DIRS: that hides XDG_DATA_DIRS, and with them
   * the icon theme and the MIME database GTK needs to draw. The user's own
   * folders are kept out of reach all the same. */
  g_setenv ("XDG_DATA_HOME", tmpdir, TRUE);
  g_setenv ("XDG_CONFIG_HOME", tmpdir, TRUE);
  g_setenv ("XDG_CACHE_HOME", tmpdir, TRUE);
  db_path = g_build_filename (tmpdir, "grove.db", NULL);

  first_run = g_getenv ("GROVE_TEST_FIRST_RUN") != NULL;
  if (first_run)
    {
      g_test_add_func ("/app/first-run/demo", test_first_run_demo);
      goto run;
    }
  if (g_getenv ("GROVE_TEST_RECOVERY") != NULL)
    {
      make_damaged_database ();
      g_test_add_func ("/app/recovery/restore-latest", test_restore_latest);
      g_test_add_func ("/app/recovery/open-read-only", test_open_read_only);
      goto run;
    }

  g_test_add_func ("/app/options/db", test_db_option);
  g_test_add_func ("/app/window/conditions-on-screen", test_conditions_on_screen);
  g_test_add_func ("/app/window/view-switcher-pages", test_view_switcher_pages);
  g_test_add_func ("/app/framework/select-condition", test_select_condition);
  g_test_add_func ("/app/framework/rating-scale", test_rating_scale);
  g_test_add_func ("/app/framework/no-framework", test_no_framework);
  g_test_add_func ("/app/framework/selector", test_framework_selector);
  g_test_add_func ("/app/window/narrow", test_narrow_window);
  g_test_add_func ("/app/window/open-error", test_open_error);
  g_test_add_func ("/app/actions/accels", test_accels);
  g_test_add_func ("/app/actions/about", test_about);
  g_test_add_func ("/app/actions/shortcuts", test_shortcuts);
  g_test_add_func ("/app/actions/backup", test_backup);

run:
  application = grove_application_new ();
  g_signal_connect_after (application, "activate", G_CALLBACK (on_activate_cb), &status);

  app_argv[0] = argv[0];
  app_argv[1] = (char *) "--db";
  app_argv[2] = db_path;
  app_argv[3] = NULL;
  result = g_application_run (G_APPLICATION (application), first_run ? 1 : 3, app_argv);

  g_clear_object (&application);

  g_remove (db_path);
  {
    g_autofree char *wal = g_strconcat (db_path, "-wal", NULL);
    g_autofree char *shm = g_strconcat (db_path, "-shm", NULL);

    g_remove (wal);
    g_remove (shm);
  }
  if (first_run)
    {
      g_autofree char *dir = g_build_filename (tmpdir, "grove", NULL);
      g_autofree char *db = g_build_filename (dir, "grove.db", NULL);
      g_autofree char *wal = g_strconcat (db, "-wal", NULL);
      g_autofree char *shm = g_strconcat (db, "-shm", NULL);

      g_remove (db);
      g_remove (wal);
      g_remove (shm);
      g_rmdir (dir);
    }
  g_rmdir (tmpdir);
  g_free (db_path);

  return result != 0 ? result : status;
}
