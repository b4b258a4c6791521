/* grove-application-backup.c: backing up the database, restoring a backup
 * and opening another file, from the primary menu and from the window that
 * explains why a database could not be opened
 *
 * Every restore goes through grove_store_restore(), which checks the backup
 * first and keeps the database as it was (backed up, or moved aside whole
 * when it no longer opens); nothing here deletes a file.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "grove-application-private.h"

/* The database file itself: the chosen one or the usual one. */
static char *
dup_store_path (GroveApplication *self)
{
  char *path = grove_application_dup_db_path (self);

  return path != NULL ? path : grove_store_default_path ();
}

/* The backups-to-keep setting, or Grove's usual number without a schema. */
static guint
backups_to_keep (GroveApplication *self)
{
  GSettings *settings = grove_application_get_settings (self);

  return settings != NULL ? MAX (g_settings_get_uint (settings, "backups-to-keep"), 1) : GROVE_STORE_DEFAULT_KEEP_BACKUPS;
}

static void
set_enabled (GroveApplication *self,
             const char       *name,
             gboolean          enabled)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self), name);

  if (action != NULL)
    g_simple_action_set_enabled (G_SIMPLE_ACTION (action), enabled);
}

static void
show_message (GroveApplication *self,
              const char       *heading,
              const char       *body)
{
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  GtkWidget *dialog = adw_message_dialog_new (parent, heading, body);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
restore (GroveApplication *self,
         const char       *backup)
{
  g_autofree char *path = dup_store_path (self);
  g_autofree char *saved_as = NULL;
  g_autoptr(GError) error = NULL;

  if (!grove_store_restore (path, backup, backups_to_keep (self), &saved_as, &error))
    {
      show_message (self, _("Could Not Restore the Backup"), error->message);
      return;
    }
  _grove_application_reopen (self, NULL);
}

static void
restore_latest_activated (GSimpleAction *action,
                          GVariant      *parameter,
                          gpointer       user_data)
{
  GroveApplication *self = GROVE_APPLICATION (user_data);
  g_autofree char *path = dup_store_path (self);
  g_auto(GStrv) backups = grove_store_list_backups (path, NULL);

  if (backups != NULL && backups[0] != NULL)
    restore (self, backups[0]);
}

static void
backup_activated (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  GroveApplication *self = GROVE_APPLICATION (user_data);
  GroveStore *store = grove_application_get_store (self);
  g_autoptr(GError) error = NULL;
  g_autofree char *backup = NULL;
  g_autofree char *body = NULL;
  guint keep = backups_to_keep (self);

  if (store == NULL)
    return;
  backup = grove_store_backup (store, keep, &error);
  if (backup == NULL)
    {
      show_message (self, _("Could Not Back Up"), error->message);
      return;
    }
  body = g_strdup_printf (g_dngettext (NULL, "A copy of the database is in “%s”. The newest %d backup is kept.",
                                      "A copy of the database is in “%s”. The newest %d backups are kept.",
                                      keep),
                          backup, keep);
  show_message (self, _("Backed Up"), body);
  _grove_application_update_backup_actions (self);
}

typedef enum {
  CHOOSE_DATABASE,
  CHOOSE_BACKUP,
} Choice;

static void
on_restore_confirmed_cb (AdwMessageDialog *dialog,
                         const char       *response,
                         gpointer          user_data)
{
  GroveApplication *self = g_object_get_data (G_OBJECT (dialog), "application");

  if (g_strcmp0 (response, "restore") == 0)
    restore (self, user_data);
}

static void
confirm_restore (GroveApplication *self,
                 const char       *backup)
{
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  g_autofree char *name = g_path_get_basename (backup);
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (parent, _("Restore This Backup?"), NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  _("The database will be replaced by “%s”. It is backed up first, so this can be undone by restoring that backup."),
                                  name);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "restore", _("_Restore"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "restore", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data (G_OBJECT (dialog), "application", self);
  g_signal_connect_data (dialog, "response", G_CALLBACK (on_restore_confirmed_cb),
                         g_strdup (backup), (GClosureNotify) (void (*) (void)) g_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_file_chosen_cb (GtkNativeDialog *chooser,
                   int              response,
                   gpointer         user_data)
{
  GroveApplication *self = g_object_get_data (G_OBJECT (chooser), "application");
  Choice choice = GPOINTER_TO_INT (user_data);
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
  /* Only files on this computer: SQLite opens paths. */
  if (file == NULL || g_file_peek_path (file) == NULL)
    return;

  if (choice == CHOOSE_BACKUP)
    confirm_restore (self, g_file_peek_path (file));
  else
    _grove_application_reopen (self, g_file_peek_path (file));
}

static void
choose_file (GroveApplication *self,
             Choice            choice)
{
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  chooser = gtk_file_chooser_native_new (choice == CHOOSE_BACKUP ? _("Restore a Backup") : _("Open a Grove Database"),
                                         gtk_application_get_active_window (GTK_APPLICATION (self)),
                                         GTK_FILE_CHOOSER_ACTION_OPEN,
                                         choice == CHOOSE_BACKUP ? _("_Choose") : _("_Open"), _("_Cancel"));
  gtk_file_filter_set_name (filter, _("Grove databases"));
  gtk_file_filter_add_pattern (filter, "*.db");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  if (choice == CHOOSE_BACKUP)
    {
      g_autofree char *path = dup_store_path (self);
      g_autofree char *dir = grove_store_get_backup_dir (path);
      g_autoptr(GFile) folder = g_file_new_for_path (dir);

      gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL);
    }
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_object_set_data (G_OBJECT (chooser), "application", self);
  g_signal_connect (chooser, "response", G_CALLBACK (on_file_chosen_cb), GINT_TO_POINTER (choice));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
restore_activated (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  choose_file (GROVE_APPLICATION (user_data), CHOOSE_BACKUP);
}

static void
open_file_activated (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  choose_file (GROVE_APPLICATION (user_data), CHOOSE_DATABASE);
}

static const GActionEntry backup_actions[] = {
  { "backup", backup_activated, NULL, NULL, NULL, { 0 } },
  { "restore", restore_activated, NULL, NULL, NULL, { 0 } },
  { "restore-latest", restore_latest_activated, NULL, NULL, NULL, { 0 } },
  { "open-file", open_file_activated, NULL, NULL, NULL, { 0 } },
};

void
_grove_application_add_backup_actions (GroveApplication *self)
{
  g_action_map_add_action_entries (G_ACTION_MAP (self), backup_actions, G_N_ELEMENTS (backup_actions), self);
  _grove_application_update_backup_actions (self);
}

/* Backing up needs an open database; restoring the latest backup in one go
 * is offered only where the database could not be opened and there is a
 * backup to restore (with a database open, "Restore…" asks which). */
void
_grove_application_update_backup_actions (GroveApplication *self)
{
  g_autofree char *path = dup_store_path (self);
  g_auto(GStrv) backups = grove_store_list_backups (path, NULL);
  gboolean open = grove_application_get_store (self) != NULL;

  set_enabled (self, "backup", open);
  set_enabled (self, "restore-latest", !open && backups != NULL && backups[0] != NULL);
}
