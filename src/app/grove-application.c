/* grove-application.c: the Grove application
 *
 * Chooses the database (the --db option, then the database-path setting, then
 * the default file), opens it once, and owns the application-wide actions.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "grove-application-private.h"
#include "grove-demo.h"
#include "grove-help-window.h"
#include "grove-org.h"
#include "grove-preferences-window.h"
#include "grove-resources.h"
#include "grove-window.h"

struct _GroveApplication
{
  AdwApplication  parent_instance;

  GSettings      *settings;      /* (nullable) */
  char           *option_db;     /* from --db, or NULL */
  GroveStore     *store;         /* once opened */
  GError         *open_error;    /* why the store could not be opened */
  gboolean        read_only;     /* open the database only to look at it */
};

G_DEFINE_FINAL_TYPE (GroveApplication, grove_application, ADW_TYPE_APPLICATION)

static GSettings *
create_settings (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  /* Running from the build tree without `meson devenv` leaves the schema
   * out of reach; Grove still runs, it only forgets the window size. */
  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);
  if (schema == NULL)
    {
      g_message ("The settings schema %s is not installed; settings will not be kept.", APP_ID);
      return NULL;
    }

  return g_settings_new_full (schema, NULL, NULL);
}

/* The first time Grove opens its usual database there is nobody in it, and
 * every page would be empty; a small made-up organisation shows what each
 * page is for. A file chosen by hand is left as it is. */
static void
add_demo_if_empty (GroveStore *store)
{
  g_autoptr(GPtrArray) people = NULL;
  g_autoptr(GError) error = NULL;
  GroveDemoOptions options;

  people = grove_org_list_people (store, 0, FALSE, TRUE, &error);
  if (people == NULL || people->len > 0)
    {
      if (error != NULL)
        g_warning ("Could not look for people in the database: %s", error->message);
      return;
    }

  grove_demo_options_init (&options);
  if (!grove_demo_generate (store, &options, &error))
    g_warning ("Could not add the demonstration organisation: %s", error->message);
}

static void
open_store (GroveApplication *self)
{
  g_autofree char *path = NULL;

  if (self->store != NULL || self->open_error != NULL)
    return;

  path = grove_application_dup_db_path (self);
  if (self->read_only)
    {
      g_autofree char *usual = path == NULL ? grove_store_default_path () : NULL;

      self->store = grove_store_open_read_only (path != NULL ? path : usual, &self->open_error);
    }
  else
    self->store = grove_store_open (path, &self->open_error);
  _grove_application_update_backup_actions (self);
  /* Offered only where looking is all that is left: a file Grove may not
   * write. Anything else (damaged, too new) cannot be shown either way. */
  g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (self), "open-read-only")),
                               self->store == NULL &&
                               g_error_matches (self->open_error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_READ_ONLY));
  /* Not a warning: the window explains it and offers what can be done. */
  if (self->store == NULL)
    {
      g_message ("%s", self->open_error->message);
      return;
    }

  if (path == NULL && !self->read_only)
    add_demo_if_empty (self->store);
}

/* Opens the database again (after a restore, or another file was chosen:
 * @path, or NULL for the same file) in a new window: every page starts from
 * what is now in the file. */
static void
reopen (GroveApplication *self,
        const char       *path,
        gboolean          read_only)
{
  GList *windows;

  self->read_only = read_only;
  if (path != NULL)
    {
      g_free (self->option_db);
      self->option_db = g_strdup (path);
    }
  g_clear_object (&self->store);
  g_clear_error (&self->open_error);
  /* The old windows go (the Preferences too, which show the old file) and a
   * new one comes up; the hold keeps the app from quitting in between. */
  g_application_hold (G_APPLICATION (self));
  while ((windows = gtk_application_get_windows (GTK_APPLICATION (self))) != NULL)
    gtk_window_destroy (GTK_WINDOW (windows->data));
  g_application_activate (G_APPLICATION (self));
  g_application_release (G_APPLICATION (self));
}

void
_grove_application_reopen (GroveApplication *self,
                           const char       *path)
{
  reopen (self, path, FALSE);
}

/**
 * grove_application_open_read_only:
 *
 * Opens the same database again, only to look at it, in a new window.
 */
void
grove_application_open_read_only (GroveApplication *self)
{
  g_return_if_fail (GROVE_IS_APPLICATION (self));

  reopen (self, NULL, TRUE);
}

static void
open_read_only_activated (GSimpleAction *action,
                          GVariant      *parameter,
                          gpointer       user_data)
{
  grove_application_open_read_only (GROVE_APPLICATION (user_data));
}

static void
quit_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  GApplication *application = G_APPLICATION (user_data);
  GList *windows;

  /* Closing the windows, rather than quitting at once, lets each save its
   * size as it goes. */
  while ((windows = gtk_application_get_windows (GTK_APPLICATION (application))) != NULL)
    gtk_window_destroy (GTK_WINDOW (windows->data));

  g_application_quit (application);
}

static void
about_activated (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  GtkApplication *application = GTK_APPLICATION (user_data);
  static const char *developers[] = { "The Grove developers", NULL };
  GtkWidget *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", gtk_application_get_active_window (application),
                        "modal", TRUE,
                        "application-name", _("Grove"),
                        "application-icon", APP_ID,
                        "version", PACKAGE_VERSION,
                        "developer-name", _("The Grove developers"),
                        "developers", developers,
                        "copyright", _("© 2026 The Grove developers"),
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "comments", _("Grove helps an organisation become a learning organisation: it assesses its learning culture, supports development conversations and matches coaches and mentors."),
                        /* Translators: replace with your names, one per line */
                        "translator-credits", _("translator-credits"),
                        NULL);
  gtk_window_present (GTK_WINDOW (about));
}

/* GtkShortcutsWindow's search button (GTK 4.8) shows only an icon and has
 * no name of its own, so a screen reader would say just "toggle button". */
static void
name_shortcuts_search (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_TOGGLE_BUTTON (child) && gtk_widget_get_tooltip_text (child) == NULL)
        {
          gtk_widget_set_tooltip_text (child, _("Search Shortcuts"));
          gtk_accessible_update_property (GTK_ACCESSIBLE (child),
                                          GTK_ACCESSIBLE_PROPERTY_LABEL, _("Search Shortcuts"),
                                          -1);
        }
      name_shortcuts_search (child);
    }
}

static void
shortcuts_activated (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  GtkApplication *application = GTK_APPLICATION (user_data);
  g_autoptr(GtkBuilder) builder = NULL;
  GtkWindow *window;

  builder = gtk_builder_new_from_resource (RESOURCE_PREFIX "/ui/grove-shortcuts-window.ui");
  window = GTK_WINDOW (gtk_builder_get_object (builder, "shortcuts_window"));
  if (gtk_window_get_titlebar (window) != NULL)
    name_shortcuts_search (gtk_window_get_titlebar (window));
  gtk_window_set_transient_for (window, gtk_application_get_active_window (application));
  gtk_window_set_application (window, application);
  gtk_window_present (window);
}

static void
preferences_activated (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  GroveApplication *self = GROVE_APPLICATION (user_data);
  GrovePreferencesWindow *window;

  if (self->settings == NULL)
    return;
  window = grove_preferences_window_new (gtk_application_get_active_window (GTK_APPLICATION (self)), self->settings,
                                        self->store);
  gtk_window_set_application (GTK_WINDOW (window), GTK_APPLICATION (self));
  gtk_window_present (GTK_WINDOW (window));
}

/* One guide at a time: F1 again brings the open one to the front. */
static void
help_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  GtkApplication *application = GTK_APPLICATION (user_data);
  GroveHelpWindow *window = NULL;

  for (GList *l = gtk_application_get_windows (application); l != NULL; l = l->next)
    if (GROVE_IS_HELP_WINDOW (l->data))
      window = l->data;
  if (window == NULL)
    {
      window = grove_help_window_new (gtk_application_get_active_window (application));
      gtk_window_set_application (GTK_WINDOW (window), application);
    }
  gtk_window_present (GTK_WINDOW (window));
}

static const GActionEntry app_actions[] = {
  { "open-read-only", open_read_only_activated, NULL, NULL, NULL, { 0 } },
  { "quit", quit_activated, NULL, NULL, NULL, { 0 } },
  { "about", about_activated, NULL, NULL, NULL, { 0 } },
  { "shortcuts", shortcuts_activated, NULL, NULL, NULL, { 0 } },
  { "preferences", preferences_activated, NULL, NULL, NULL, { 0 } },
  { "help", help_activated, NULL, NULL, NULL, { 0 } },
};

static int
grove_application_handle_local_options (GApplication *application,
                                        GVariantDict *options)
{
  GroveApplication *self = GROVE_APPLICATION (application);
  const char *db = NULL;

  if (g_variant_dict_lookup (options, "db", "^&ay", &db))
    {
      g_free (self->option_db);
      self->option_db = g_strdup (db);
    }

  return -1;
}

static void
grove_application_startup (GApplication *application)
{
  GroveApplication *self = GROVE_APPLICATION (application);
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *shortcuts_accels[] = { "<Control>question", NULL };
  static const char *preferences_accels[] = { "<Control>comma", NULL };
  static const char *help_accels[] = { "F1", NULL };
  GAction *preferences;

  G_APPLICATION_CLASS (grove_application_parent_class)->startup (application);

  self->settings = create_settings ();

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions, G_N_ELEMENTS (app_actions), self);
  g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (self), "open-read-only")),
                               FALSE);
  _grove_application_add_backup_actions (self);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.shortcuts", shortcuts_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.preferences", preferences_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.help", help_accels);
  /* Without the schema there is nothing to keep a preference in. */
  preferences = g_action_map_lookup_action (G_ACTION_MAP (self), "preferences");
  g_simple_action_set_enabled (G_SIMPLE_ACTION (preferences), self->settings != NULL);

  gtk_window_set_default_icon_name (APP_ID);
}

static void
grove_application_activate (GApplication *application)
{
  GroveApplication *self = GROVE_APPLICATION (application);
  GtkWindow *window;

  window = gtk_application_get_active_window (GTK_APPLICATION (self));
  if (window == NULL)
    {
      open_store (self);
      window = GTK_WINDOW (grove_window_new (self, self->store));
      if (self->store == NULL)
        grove_window_show_open_error (GROVE_WINDOW (window), self->open_error);
    }

  gtk_window_present (window);
}

static void
grove_application_finalize (GObject *object)
{
  GroveApplication *self = GROVE_APPLICATION (object);

  g_clear_object (&self->store);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->option_db, g_free);
  g_clear_error (&self->open_error);

  G_OBJECT_CLASS (grove_application_parent_class)->finalize (object);
}

static void
grove_application_class_init (GroveApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *application_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = grove_application_finalize;

  application_class->handle_local_options = grove_application_handle_local_options;
  application_class->startup = grove_application_startup;
  application_class->activate = grove_application_activate;

  grove_register_resource ();
}

static void
grove_application_init (GroveApplication *self)
{
  static const GOptionEntry options[] = {
    { "db", 0, 0, G_OPTION_ARG_FILENAME, NULL,
      N_("Open the database in FILE instead of the usual one"), N_("FILE") },
    { NULL }
  };

  g_application_add_main_option_entries (G_APPLICATION (self), options);
}

GroveApplication *
grove_application_new (void)
{
  return g_object_new (GROVE_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_DEFAULT_FLAGS,
                       "resource-base-path", RESOURCE_PREFIX,
                       NULL);
}

/**
 * grove_application_get_store:
 *
 * Returns: (transfer none) (nullable): the open database, or %NULL before the
 *   first window or when it could not be opened
 */
GroveStore *
grove_application_get_store (GroveApplication *self)
{
  g_return_val_if_fail (GROVE_IS_APPLICATION (self), NULL);

  return self->store;
}

/**
 * grove_application_get_settings:
 *
 * Returns: (transfer none) (nullable): the settings, or %NULL when the schema
 *   is not installed
 */
GSettings *
grove_application_get_settings (GroveApplication *self)
{
  g_return_val_if_fail (GROVE_IS_APPLICATION (self), NULL);

  return self->settings;
}

/**
 * grove_application_dup_db_path:
 *
 * Returns: (transfer full) (nullable): the database file chosen by --db or by
 *   the settings, or %NULL for the default file
 */
char *
grove_application_dup_db_path (GroveApplication *self)
{
  g_autofree char *setting = NULL;

  g_return_val_if_fail (GROVE_IS_APPLICATION (self), NULL);

  if (self->option_db != NULL && *self->option_db != '\0')
    return g_strdup (self->option_db);

  if (self->settings != NULL)
    setting = g_settings_get_string (self->settings, "database-path");
  if (setting != NULL && *setting != '\0')
    return g_steal_pointer (&setting);

  return NULL;
}
