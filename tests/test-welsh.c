/* test-welsh.c: the application in Welsh, on a real (virtual) display
 *
 * Run with LANGUAGE=cy, as a Welsh desktop sets it, and the catalogue built
 * with the application: the window's own words come from po/cy.po, the
 * framework's from the Welsh in the framework file.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>

#include "grove-application.h"
#include "grove-condition-result.h"
#include "grove-culture-page.h"
#include "grove-demo.h"
#include "grove-help-window.h"
#include "grove-preferences-window.h"
#include "grove-test-widgets.h"
#include "grove-window.h"

static GroveApplication *application;
static char *tmpdir;
static char *db_path;

static GtkWidget *
get_main_window (void)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (application)); l != NULL; l = l->next)
    if (GROVE_IS_WINDOW (l->data))
      return GTK_WIDGET (l->data);

  g_assert_not_reached ();
}

static void
show_page (GtkWidget  *window,
           const char *name)
{
  GObject *stack = gtk_widget_get_template_child (window, GROVE_TYPE_WINDOW, "view_stack");

  adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (stack), name);
}

static void
test_framework_page (void)
{
  GtkWidget *window = get_main_window ();

  show_page (window, "framework");
  /* From cy.po: the page's own words. */
  grove_test_assert_label_on_screen (window, "Amod 1 o 6");
  grove_test_assert_label_on_screen (window, "Graddfa Sgorio");
  /* From the framework file: its title, a condition and its statements. */
  grove_test_assert_label_on_screen (window, "Rydym yn gwerthfawrogi twf");
  grove_test_assert_label_on_screen (window, "Rydym yn cydnabod manteision gwella’n barhaus");
  grove_test_assert_label_on_screen (window, "Cytuno’n gryf");
  g_assert_null (grove_test_find_label (window, "We value growth"));
  g_assert_null (grove_test_find_label (window, "We recognise the benefits of continuous improvement"));
}

static void
test_culture_page (void)
{
  GtkWidget *window = get_main_window ();
  GtkWidget *page = grove_test_find_widget_of_type (window, GROVE_TYPE_CULTURE_PAGE);
  GListModel *results = G_LIST_MODEL (gtk_widget_get_template_child (page, GROVE_TYPE_CULTURE_PAGE,
                                                                     "condition_results"));
  g_autoptr(GroveConditionResult) row = NULL;

  show_page (window, "culture");
  grove_test_assert_label_on_screen (window, "Diwylliant");
  grove_test_assert_label_on_screen (window, "Sefydliad");
  /* The condition table names the conditions as the framework's Welsh
   * does. */
  g_assert_cmpuint (g_list_model_get_n_items (results), ==, 6);
  row = g_list_model_get_item (results, 4);
  g_assert_cmpstr (grove_condition_result_get_title (row), ==, "Rydym yn gwybod sut i ddatblygu");
}

static void
on_activate_cb (GApplication *app,
                gpointer      user_data)
{
  int *status = user_data;
  GtkWidget *window = get_main_window ();

  g_signal_handlers_disconnect_by_func (app, on_activate_cb, user_data);
  grove_test_wait_for (grove_test_widget_is_mapped, window, "the window to be mapped");

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

/* gettext ignores LANGUAGE in the "C" locale; the test environment sets a
 * UTF-8 locale that every Debian system has (C.UTF-8). If it were missing,
 * the test would only show English, so say why instead. */
static void
use_build_catalogue (void)
{
  const char *locale = setlocale (LC_ALL, "");

  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("GROVE_TEST_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  if (g_strcmp0 (_("Framework"), "Fframwaith") != 0)
    g_error ("The Welsh catalogue is not in use (locale “%s”, LANGUAGE “%s”, catalogues in “%s”): "
             "run with LANGUAGE=cy and a UTF-8 locale other than C, such as LC_ALL=C.UTF-8",
             locale != NULL ? locale : "(none)", g_getenv ("LANGUAGE"), g_getenv ("GROVE_TEST_LOCALEDIR"));
}

static void
test_preferences (void)
{
  GtkWidget *preferences;

  g_action_group_activate_action (G_ACTION_GROUP (application), "preferences", NULL);
  preferences = grove_test_wait_for_window (GROVE_TYPE_PREFERENCES_WINDOW);
  grove_test_assert_label_on_screen (preferences, "Fi Yw");
  grove_test_assert_label_on_screen (preferences, "Y Cylch Diweddaraf");
  adw_preferences_window_set_visible_page_name (ADW_PREFERENCES_WINDOW (preferences), "coaching");
  grove_test_settle (400);
  grove_test_assert_label_on_screen (preferences, "Pwysiadau Paru");
  /* The criteria are named as the core names them, in Welsh too. */
  grove_test_assert_label_on_screen (preferences, "Cyfateb arbenigedd");
  gtk_window_destroy (GTK_WINDOW (preferences));
}

/* The guide is in Welsh too, step by step. */
static void
test_help (void)
{
  GtkWidget *help;

  g_action_group_activate_action (G_ACTION_GROUP (application), "help", NULL);
  help = grove_test_wait_for_window (GROVE_TYPE_HELP_WINDOW);
  g_assert_true (grove_help_window_show_topic (GROVE_HELP_WINDOW (help), "backup"));
  grove_test_settle (400);
  grove_test_assert_label_on_screen (help, "Cymorth Grove");
  grove_test_assert_label_on_screen (help, "Asesu a Chyflwyno Aeddfedrwydd y Diwylliant");
  grove_test_assert_label_on_screen (help, "Copïau Wrth Gefn ac Adfer");
  grove_test_assert_label_on_screen (help, "Mae Agor Cronfa Ddata Arall… yn agor ffeil Grove wahanol.");
  gtk_window_destroy (GTK_WINDOW (help));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status = 1;
  int result;
  char *app_argv[4];

  use_build_catalogue ();
  g_test_init (&argc, &argv, NULL);

  tmpdir = g_dir_make_tmp ("grove-test-welsh-XXXXXX", &error);
  g_assert_no_error (error);
  g_setenv ("XDG_DATA_HOME", tmpdir, TRUE);
  g_setenv ("XDG_CONFIG_HOME", tmpdir, TRUE);
  g_setenv ("XDG_CACHE_HOME", tmpdir, TRUE);
  db_path = g_build_filename (tmpdir, "grove.db", NULL);
  make_demo_database ();

  g_test_add_func ("/welsh/framework-page", test_framework_page);
  g_test_add_func ("/welsh/culture-page", test_culture_page);
  g_test_add_func ("/welsh/preferences", test_preferences);
  g_test_add_func ("/welsh/help", test_help);

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
