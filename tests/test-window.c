/* test-window.c: the main window's state
 *
 * The settings live in memory (GSETTINGS_BACKEND=memory), so each test
 * sets what it needs and reads back what the window saved.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "grove-application.h"
#include "grove-demo.h"
#include "grove-test-widgets.h"
#include "grove-window.h"

static GroveApplication *application;
static char *tmpdir;
static char *db_path;

static GroveWindow *
open_window (int width,
             int height)
{
  GroveWindow *window = grove_window_new (application, grove_application_get_store (application));

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
  GSettings *settings = grove_application_get_settings (application);
  GroveWindow *window;
  int width;
  int height;

  g_settings_set (settings, "window-size", "(ii)", 900, 600);
  g_settings_set_boolean (settings, "window-maximized", FALSE);
  g_settings_set_string (settings, "last-page", "people");

  window = grove_window_new (application, grove_application_get_store (application));
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, ==, 900);
  g_assert_cmpint (height, ==, 600);
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (view_stack (window)), ==, "people");
  gtk_window_destroy (GTK_WINDOW (window));

  /* A page that no longer exists leaves the first page showing. */
  g_settings_set_string (settings, "last-page", "no-such-page");
  window = grove_window_new (application, grove_application_get_store (application));
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (view_stack (window)), ==, "culture");
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_state_saved (void)
{
  GSettings *settings = grove_application_get_settings (application);
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

static void
on_activate_cb (GApplication *app,
                gpointer      user_data)
{
  int *status = user_data;

  g_signal_handlers_disconnect_by_func (app, on_activate_cb, user_data);

  *status = g_test_run ();
  g_application_quit (app);
}

static void
make_demo_database (void)
{
  g_autoptr(GroveStore) store = NULL;
  g_autoptr(GError) error = NULL;
  GroveDemoOptions options;

  store = grove_store_open (db_path, &error);
  g_assert_no_error (error);
  grove_demo_options_init (&options);
  g_assert_true (grove_demo_generate (store, &options, &error));
  g_assert_no_error (error);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status = 1;
  int result;
  char *app_argv[4];

  g_test_init (&argc, &argv, NULL);

  tmpdir = g_dir_make_tmp ("grove-test-window-XXXXXX", &error);
  g_assert_no_error (error);
  g_setenv ("XDG_DATA_HOME", tmpdir, TRUE);
  g_setenv ("XDG_CONFIG_HOME", tmpdir, TRUE);
  g_setenv ("XDG_CACHE_HOME", tmpdir, TRUE);
  db_path = g_build_filename (tmpdir, "grove.db", NULL);
  make_demo_database ();

  g_test_add_func ("/window/state/restored", test_state_restored);
  g_test_add_func ("/window/state/saved", test_state_saved);

  application = grove_application_new ();
  g_signal_connect_after (application, "activate", G_CALLBACK (on_activate_cb), &status);

  app_argv[0] = argv[0];
  app_argv[1] = (char *) "--db";
  app_argv[2] = db_path;
  app_argv[3] = NULL;
  result = g_application_run (G_APPLICATION (application), 3, app_argv);

  g_clear_object (&application);
  {
    g_autofree char *wal = g_strconcat (db_path, "-wal", NULL);
    g_autofree char *shm = g_strconcat (db_path, "-shm", NULL);

    g_remove (db_path);
    g_remove (wal);
    g_remove (shm);
  }
  g_rmdir (tmpdir);
  g_free (db_path);
  g_free (tmpdir);

  return result != 0 ? result : status;
}
