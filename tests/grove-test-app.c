/* grove-test-app.c: running window tests inside the application
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "grove-test-app.h"

#include "grove-demo.h"
#include "grove-test-utils.h"
#include "grove-test-widgets.h"
#include "grove-window.h"

void
grove_test_app_init (GroveTestApp *app,
                     const char   *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GroveStore) store = NULL;
  g_autofree char *template = g_strdup_printf ("grove-test-%s-XXXXXX", name);
  GroveDemoOptions options;

  app->dir = g_dir_make_tmp (template, &error);
  g_assert_no_error (error);
  g_setenv ("XDG_DATA_HOME", app->dir, TRUE);
  g_setenv ("XDG_CONFIG_HOME", app->dir, TRUE);
  g_setenv ("XDG_CACHE_HOME", app->dir, TRUE);
  app->db_path = g_build_filename (app->dir, "grove.db", NULL);

  store = grove_store_open (app->db_path, &error);
  g_assert_no_error (error);
  grove_demo_options_init (&options);
  g_assert_true (grove_demo_generate (store, &options, &error));
  g_assert_no_error (error);

  app->application = grove_application_new ();
}

GtkWidget *
grove_test_app_main_window (GroveTestApp *app)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app->application)); l != NULL; l = l->next)
    if (GROVE_IS_WINDOW (l->data))
      return GTK_WIDGET (l->data);

  g_assert_not_reached ();
}

typedef struct {
  GroveTestApp *app;
  gboolean      wait_for_window;
  int           status;
} Run;

static void
on_activate_cb (GApplication *application,
                Run          *run)
{
  g_signal_handlers_disconnect_by_func (application, on_activate_cb, run);
  if (run->wait_for_window)
    grove_test_wait_for (grove_test_widget_is_mapped, grove_test_app_main_window (run->app),
                         "the window to be mapped");

  run->status = g_test_run ();
  g_application_quit (application);
}

int
grove_test_app_run (GroveTestApp *app,
                    const char   *argv0,
                    gboolean      wait_for_window)
{
  Run run = { app, wait_for_window, 1 };
  char *argv[] = { (char *) argv0, (char *) "--db", app->db_path, NULL };
  int result;

  g_signal_connect_after (app->application, "activate", G_CALLBACK (on_activate_cb), &run);
  result = g_application_run (G_APPLICATION (app->application), 3, argv);

  g_clear_object (&app->application);
  grove_test_rmdir (app->dir);
  g_clear_pointer (&app->db_path, g_free);
  g_clear_pointer (&app->dir, g_free);
  return result != 0 ? result : run.status;
}
