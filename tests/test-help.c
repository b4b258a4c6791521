/* test-help.c: the user guide opens with F1 and shows each topic
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "grove-application.h"
#include "grove-help-window.h"
#include "grove-test-widgets.h"
#include "grove-window.h"

static GroveApplication *application;
static char *tmpdir;
static char *db_path;

typedef struct {
  const char *name;
  const char *title;
  const char *text;   /* one sentence of it, word for word */
} Topic;

/* In the order of the list. */
static const Topic topics[] = {
  { "culture", "Assess and Present Culture Maturity",
    "Share: Export Chart… saves the chart as a PNG image, an SVG drawing or a PDF document, sized for a slide or an A4 page; Ctrl+C copies it." },
  { "conversations", "Plan an IPDR Conversation",
    "While you talk, type the notes in Conversation Notes, then press Finish Conversation to keep them with the record." },
  { "coaching", "Match a Coaching Pool",
    "Press Run Matching. Grove proposes a coach for every waiting request it can." },
  { "people", "Bring In Your Organisation",
    "If anything in the file is wrong, none of it is imported, and Grove says which line and column to correct." },
  { "backup", "Back Up and Restore",
    "Open Another Database… opens a different Grove file." },
};

static GtkWidget *
get_main_window (void)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (application)); l != NULL; l = l->next)
    if (GROVE_IS_WINDOW (l->data))
      return GTK_WIDGET (l->data);

  g_assert_not_reached ();
}

static GtkWidget *
press_f1 (void)
{
  GtkWidget *window = get_main_window ();

  if (gtk_root_get_focus (GTK_ROOT (window)) == NULL)
    gtk_widget_child_focus (window, GTK_DIR_TAB_FORWARD);
  g_assert_true (grove_test_press_key (window, GDK_KEY_F1, 0));
  return grove_test_wait_for_window (GROVE_TYPE_HELP_WINDOW);
}

static void
test_f1_opens_help (void)
{
  GtkWidget *help = press_f1 ();

  /* F1 again raises the same guide rather than opening a second one. */
  g_assert_true (press_f1 () == help);
  {
    guint n = 0;

    for (GList *l = gtk_application_get_windows (GTK_APPLICATION (application)); l != NULL; l = l->next)
      n += GROVE_IS_HELP_WINDOW (l->data);
    g_assert_cmpuint (n, ==, 1);
  }
  /* The guide starts on its first topic, and Escape closes it. */
  g_assert_cmpstr (grove_help_window_get_topic (GROVE_HELP_WINDOW (help)), ==, topics[0].name);
  g_assert_true (grove_test_press_key (help, GDK_KEY_Escape, 0));
  grove_test_wait_for (grove_test_window_is_gone, GSIZE_TO_POINTER (GROVE_TYPE_HELP_WINDOW), "the guide to close");
}

static gboolean
transition_is_over (gpointer data)
{
  GtkWidget *help = data;
  GObject *stack = gtk_widget_get_template_child (help, GROVE_TYPE_HELP_WINDOW, "topic_stack");

  return !gtk_stack_get_transition_running (GTK_STACK (stack));
}

/* Each topic, chosen in the list as a person would, shows its own text and
 * not another's. */
static void
test_topics (void)
{
  GtkWidget *help = press_f1 ();
  GtkWidget *list = grove_test_find_widget_of_type (help, GTK_TYPE_LIST_BOX);
  GtkStack *stack = GTK_STACK (gtk_widget_get_template_child (help, GROVE_TYPE_HELP_WINDOW, "topic_stack"));

  g_assert_nonnull (list);
  for (guint i = 0; i < G_N_ELEMENTS (topics); i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), (int) i);
      GtkWidget *heading;

      g_assert_nonnull (row);
      gtk_list_box_select_row (GTK_LIST_BOX (list), row);
      /* Mid-crossfade both topics are on screen. */
      grove_test_wait_for (transition_is_over, help, "the topic to be shown");
      grove_test_settle (100);
      g_assert_cmpstr (grove_help_window_get_topic (GROVE_HELP_WINDOW (help)), ==, topics[i].name);
      grove_test_assert_label_on_screen (help, topics[i].title);
      /* The page's title is announced as its heading. */
      heading = grove_test_find_label (gtk_stack_get_visible_child (stack), topics[i].title);
      g_assert_nonnull (heading);
      g_assert_cmpint (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (heading)), ==, GTK_ACCESSIBLE_ROLE_HEADING);
      grove_test_assert_label_on_screen (help, topics[i].text);
      for (guint j = 0; j < G_N_ELEMENTS (topics); j++)
        if (j != i)
          g_assert_null (grove_test_find_label (help, topics[j].text));
    }
  g_assert_false (grove_help_window_show_topic (GROVE_HELP_WINDOW (help), "no-such-topic"));
  g_assert_true (grove_help_window_show_topic (GROVE_HELP_WINDOW (help), "coaching"));
  gtk_window_destroy (GTK_WINDOW (help));
}

static void
on_activate_cb (GApplication *app,
                gpointer      user_data)
{
  int *status = user_data;

  g_signal_handlers_disconnect_by_func (app, on_activate_cb, user_data);
  grove_test_wait_for (grove_test_widget_is_mapped, get_main_window (), "the window to be mapped");

  *status = g_test_run ();
  g_application_quit (app);
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

  tmpdir = g_dir_make_tmp ("grove-test-help-XXXXXX", &error);
  g_assert_no_error (error);
  g_setenv ("XDG_DATA_HOME", tmpdir, TRUE);
  g_setenv ("XDG_CONFIG_HOME", tmpdir, TRUE);
  g_setenv ("XDG_CACHE_HOME", tmpdir, TRUE);
  db_path = g_build_filename (tmpdir, "grove.db", NULL);

  g_test_add_func ("/help/f1", test_f1_opens_help);
  g_test_add_func ("/help/topics", test_topics);

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
