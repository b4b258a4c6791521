/* test-window.c: the main window's state, its narrow layout and its style
 *
 * The settings live in memory (GSETTINGS_BACKEND=memory), so each test
 * sets what it needs and reads back what the window saved.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "grove-chart-style.h"
#include "grove-conversations-page.h"
#include "grove-culture-page.h"
#include "grove-framework-page.h"
#include "grove-heatmap-view.h"
#include "grove-people-page.h"
#include "grove-radar-view.h"
#include "grove-test-app.h"
#include "grove-test-widgets.h"
#include "grove-window.h"

static GroveTestApp app;

static GroveWindow *
open_window (int width,
             int height)
{
  GroveWindow *window = grove_window_new (app.application, grove_application_get_store (app.application));

  if (width > 0)
    gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_present (GTK_WINDOW (window));
  grove_test_wait_for (grove_test_widget_is_mapped, window, "the window to be mapped");
  grove_test_settle (300);
  return window;
}

static AdwViewStack *
view_stack (GroveWindow *window)
{
  return ADW_VIEW_STACK (gtk_widget_get_template_child (GTK_WIDGET (window), GROVE_TYPE_WINDOW, "view_stack"));
}

/* Window state */

static void
test_state_restored (void)
{
  GSettings *settings = grove_application_get_settings (app.application);
  GroveWindow *window;
  int width;
  int height;

  g_settings_set (settings, "window-size", "(ii)", 900, 600);
  g_settings_set_boolean (settings, "window-maximized", FALSE);
  g_settings_set_string (settings, "last-page", "people");

  window = grove_window_new (app.application, grove_application_get_store (app.application));
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, ==, 900);
  g_assert_cmpint (height, ==, 600);
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (view_stack (window)), ==, "people");
  gtk_window_destroy (GTK_WINDOW (window));

  /* A page that no longer exists leaves the first page showing. */
  g_settings_set_string (settings, "last-page", "no-such-page");
  window = grove_window_new (app.application, grove_application_get_store (app.application));
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (view_stack (window)), ==, "culture");
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_state_saved (void)
{
  GSettings *settings = grove_application_get_settings (app.application);
  GroveWindow *window;
  g_autofree char *page = NULL;
  int width;
  int height;

  g_settings_set_string (settings, "last-page", "culture");
  window = open_window (1000, 700);
  adw_view_stack_set_visible_child_name (view_stack (window), "framework");
  grove_test_settle (100);
  gtk_window_destroy (GTK_WINDOW (window));

  page = g_settings_get_string (settings, "last-page");
  g_assert_cmpstr (page, ==, "framework");
  g_settings_get (settings, "window-size", "(ii)", &width, &height);
  /* Less anything the display added: without a compositor, the window's
   * own resize borders. */
  g_assert_cmpint (width, >, 900);
  g_assert_cmpint (width, <=, 1000);
  g_assert_cmpint (height, >, 600);
  g_assert_cmpint (height, <=, 700);
  g_assert_false (g_settings_get_boolean (settings, "window-maximized"));
}

/* Narrow layout */

static int
content_minimum_width (GroveWindow *window)
{
  int minimum;

  gtk_widget_measure (adw_application_window_get_content (ADW_APPLICATION_WINDOW (window)),
                      GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  return minimum;
}

static gboolean
bar_is_revealed (gpointer data)
{
  return adw_view_switcher_bar_get_reveal (ADW_VIEW_SWITCHER_BAR (data));
}

static gboolean
leaflet_is_folded (gpointer data)
{
  return adw_leaflet_get_folded (ADW_LEAFLET (data));
}

/* At phone width the switcher moves to the bottom and every page fits,
 * its panes folded into one. */
static void
test_narrow (void)
{
  static const struct {
    const char *page;
    GType     (*type) (void);
    const char *leaflet;
  } pages[] = {
    { "culture",   grove_culture_page_get_type,   "leaflet" },
    { "framework", grove_framework_page_get_type, "leaflet" },
    { "people",    grove_people_page_get_type,    "leaflet" },
    { "conversations", grove_conversations_page_get_type, "leaflet" },
  };
  GroveWindow *window = open_window (360, 720);
  GObject *bar = gtk_widget_get_template_child (GTK_WIDGET (window), GROVE_TYPE_WINDOW, "switcher_bar");
  GObject *title = gtk_widget_get_template_child (GTK_WIDGET (window), GROVE_TYPE_WINDOW, "switcher_title");

  g_assert_cmpint (gtk_widget_get_width (adw_application_window_get_content (ADW_APPLICATION_WINDOW (window))), <=, 360);
  grove_test_wait_for (bar_is_revealed, bar, "the switcher at the bottom");
  grove_test_settle (300);
  g_assert_true (grove_test_is_on_screen (GTK_WIDGET (bar)));
  g_assert_true (adw_view_switcher_title_get_title_visible (ADW_VIEW_SWITCHER_TITLE (title)));

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      GtkWidget *page;
      GObject *leaflet;

      adw_view_stack_set_visible_child_name (view_stack (window), pages[i].page);
      grove_test_settle (300);
      page = grove_test_find_widget_of_type (GTK_WIDGET (window), pages[i].type ());
      /* Its panes are there once someone is chosen, as choosing does. */
      if (pages[i].type () == GROVE_TYPE_CONVERSATIONS_PAGE)
        {
          g_assert_true (gtk_widget_activate_action (page, "conversations.choose", NULL));
          grove_test_settle (300);
        }
      leaflet = gtk_widget_get_template_child (page, pages[i].type (), pages[i].leaflet);
      g_assert_true (ADW_IS_LEAFLET (leaflet));
      /* Folding waits for the next allocation, which a busy machine can
       * take longer than the settling above to make. */
      grove_test_wait_for (leaflet_is_folded, leaflet, "the panes to fold");
      if (content_minimum_width (window) > 360)
        g_error ("The %s page needs %d pixels, more than a 360-pixel window", pages[i].page,
                 content_minimum_width (window));
    }
  gtk_window_destroy (GTK_WINDOW (window));

  /* A wide window keeps the switcher in the header bar. */
  window = open_window (1400, 900);
  bar = gtk_widget_get_template_child (GTK_WIDGET (window), GROVE_TYPE_WINDOW, "switcher_bar");
  g_assert_false (adw_view_switcher_bar_get_reveal (ADW_VIEW_SWITCHER_BAR (bar)));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Style */

static gboolean
theme_is_dark (gpointer data)
{
  return grove_radar_view_get_theme (GROVE_RADAR_VIEW (data)) == GROVE_CHART_THEME_DARK;
}

static gboolean
theme_is_light (gpointer data)
{
  return grove_radar_view_get_theme (GROVE_RADAR_VIEW (data)) == GROVE_CHART_THEME_LIGHT;
}

static void
test_dark_style (void)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  GroveWindow *window = open_window (1200, 800);
  GtkWidget *radar;

  adw_view_stack_set_visible_child_name (view_stack (window), "culture");
  grove_test_settle (300);
  radar = grove_test_find_widget_of_type (GTK_WIDGET (window), GROVE_TYPE_RADAR_VIEW);
  g_assert_nonnull (grove_radar_view_get_chart (GROVE_RADAR_VIEW (radar)));

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  grove_test_wait_for (theme_is_dark, radar, "the chart's dark theme");
  g_assert_cmpint (grove_chart_theme_for_style (), ==, GROVE_CHART_THEME_DARK);

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_LIGHT);
  grove_test_wait_for (theme_is_light, radar, "the chart's light theme");

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
theme_is_high_contrast (gpointer data)
{
  return grove_radar_view_get_theme (GROVE_RADAR_VIEW (data)) == GROVE_CHART_THEME_HIGH_CONTRAST;
}

/* Without a settings portal, libadwaita takes high contrast from the
 * desktop's accessibility settings, which live in memory here. */
static void
test_high_contrast_style (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettings) a11y = NULL;
  GroveWindow *window;
  GtkWidget *radar;

  schema = g_settings_schema_source_lookup (source, "org.gnome.desktop.a11y.interface", TRUE);
  if (schema == NULL || !g_settings_schema_has_key (schema, "high-contrast"))
    {
      g_test_skip ("The desktop's accessibility settings (gsettings-desktop-schemas) are not installed");
      return;
    }
  a11y = g_settings_new ("org.gnome.desktop.a11y.interface");
  window = open_window (1200, 800);
  adw_view_stack_set_visible_child_name (view_stack (window), "culture");
  grove_test_settle (300);
  radar = grove_test_find_widget_of_type (GTK_WIDGET (window), GROVE_TYPE_RADAR_VIEW);

  g_settings_set_boolean (a11y, "high-contrast", TRUE);
  grove_test_wait_for (theme_is_high_contrast, radar, "the chart's high-contrast theme");
  g_settings_set_boolean (a11y, "high-contrast", FALSE);
  grove_test_wait_for (theme_is_light, radar, "the chart's light theme");
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  grove_test_app_init (&app, "window");

  g_test_add_func ("/window/state/restored", test_state_restored);
  g_test_add_func ("/window/state/saved", test_state_saved);
  g_test_add_func ("/window/narrow", test_narrow);
  g_test_add_func ("/window/style/dark", test_dark_style);
  g_test_add_func ("/window/style/high-contrast", test_high_contrast_style);

  return grove_test_app_run (&app, argv[0], FALSE);
}
