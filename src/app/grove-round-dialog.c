/* grove-round-dialog.c: a new assessment round
 *
 * The dates start as the next four weeks, the usual length of a survey;
 * the framework as the one that comes with Grove. The store checks the
 * round and words the problem; the dialog marks the field it is about.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "grove-application.h"
#include "grove-assessment.h"
#include "grove-framework.h"
#include "grove-round-dialog.h"

#define DEFAULT_LENGTH_DAYS 27

struct _GroveRoundDialog
{
  AdwWindow      parent_instance;

  GroveStore    *store;
  GArray        *framework_ids;  /* (element-type gint64), as listed in framework_row */

  AdwEntryRow   *title_row;
  AdwEntryRow   *opens_row;
  AdwEntryRow   *closes_row;
  AdwComboRow   *framework_row;
  GtkStringList *framework_titles;
  GtkLabel      *problem_label;
};

G_DEFINE_FINAL_TYPE (GroveRoundDialog, grove_round_dialog, ADW_TYPE_WINDOW)

enum {
  CREATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char *
get_text (AdwEntryRow *row)
{
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

static gboolean
title_is_blank (GroveRoundDialog *self)
{
  const char *title = get_text (self->title_row);

  return title[strspn (title, " \t\n\r\f\v")] == '\0';
}

static void
mark_row (AdwEntryRow *row,
          gboolean     wrong)
{
  if (wrong)
    gtk_widget_add_css_class (GTK_WIDGET (row), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
}

static void
show_problem (GroveRoundDialog *self,
              const char       *message)
{
  gtk_label_set_label (self->problem_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->problem_label), message != NULL);
}

static void
on_changed_cb (GroveRoundDialog *self)
{
  mark_row (self->title_row, FALSE);
  mark_row (self->opens_row, FALSE);
  mark_row (self->closes_row, FALSE);
  show_problem (self, NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "round.create",
                                 !title_is_blank (self) && self->framework_ids->len > 0);
}

static void
on_entry_activated_cb (GroveRoundDialog *self)
{
  if (!title_is_blank (self))
    grove_round_dialog_create (self);
}

static void
create_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  grove_round_dialog_create (GROVE_ROUND_DIALOG (widget));
}

/* The key of the framework chosen in the Preferences, or NULL. */
static char *
dup_default_framework (void)
{
  GApplication *application = g_application_get_default ();
  GSettings *settings = NULL;
  g_autofree char *key = NULL;

  if (GROVE_IS_APPLICATION (application))
    settings = grove_application_get_settings (GROVE_APPLICATION (application));
  if (settings != NULL)
    key = g_settings_get_string (settings, "default-framework");
  return key != NULL && *key != '\0' ? g_steal_pointer (&key) : NULL;
}

static gboolean
load_frameworks (GroveRoundDialog  *self,
                 GError           **error)
{
  g_autoptr(GPtrArray) frameworks = grove_framework_list (self->store, error);
  g_autofree char *preferred = dup_default_framework ();
  guint builtin = 0;
  guint chosen = G_MAXUINT;

  if (frameworks == NULL)
    return FALSE;
  for (guint i = 0; i < frameworks->len; i++)
    {
      const GroveFramework *framework = g_ptr_array_index (frameworks, i);

      gtk_string_list_append (self->framework_titles, framework->title);
      g_array_append_val (self->framework_ids, framework->id);
      if (framework->builtin)
        builtin = i;
      if (preferred != NULL && g_strcmp0 (framework->key, preferred) == 0)
        chosen = i;
    }
  adw_combo_row_set_selected (self->framework_row, chosen != G_MAXUINT ? chosen : builtin);
  return TRUE;
}

static void
grove_round_dialog_dispose (GObject *object)
{
  GroveRoundDialog *self = GROVE_ROUND_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), GROVE_TYPE_ROUND_DIALOG);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (grove_round_dialog_parent_class)->dispose (object);
}

static void
grove_round_dialog_finalize (GObject *object)
{
  GroveRoundDialog *self = GROVE_ROUND_DIALOG (object);

  g_array_unref (self->framework_ids);

  G_OBJECT_CLASS (grove_round_dialog_parent_class)->finalize (object);
}

static void
grove_round_dialog_class_init (GroveRoundDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = grove_round_dialog_dispose;
  object_class->finalize = grove_round_dialog_finalize;

  /**
   * GroveRoundDialog::created:
   * @round_id: the round just stored
   */
  signals[CREATED] =
    g_signal_new ("created", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_install_action (widget_class, "round.create", NULL, create_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/grove-round-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, GroveRoundDialog, title_row);
  gtk_widget_class_bind_template_child (widget_class, GroveRoundDialog, opens_row);
  gtk_widget_class_bind_template_child (widget_class, GroveRoundDialog, closes_row);
  gtk_widget_class_bind_template_child (widget_class, GroveRoundDialog, framework_row);
  gtk_widget_class_bind_template_child (widget_class, GroveRoundDialog, framework_titles);
  gtk_widget_class_bind_template_child (widget_class, GroveRoundDialog, problem_label);
  gtk_widget_class_bind_template_callback (widget_class, on_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_activated_cb);
}

static void
grove_round_dialog_init (GroveRoundDialog *self)
{
  g_autoptr(GDateTime) today = g_date_time_new_now_local ();
  g_autoptr(GDateTime) closes = g_date_time_add_days (today, DEFAULT_LENGTH_DAYS);
  g_autofree char *opens_text = g_date_time_format (today, "%Y-%m-%d");
  g_autofree char *closes_text = g_date_time_format (closes, "%Y-%m-%d");

  self->framework_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  gtk_widget_init_template (GTK_WIDGET (self));
  grove_round_dialog_set_fields (self, "", opens_text, closes_text);
}

/**
 * grove_round_dialog_new:
 *
 * Returns: (transfer none): a new dialog, owned by GTK until it is closed,
 *   or %NULL with @error set when the frameworks cannot be read
 */
GroveRoundDialog *
grove_round_dialog_new (GtkWindow   *parent,
                        GroveStore  *store,
                        GError     **error)
{
  GroveRoundDialog *self;

  g_return_val_if_fail (GROVE_IS_STORE (store), NULL);

  self = g_object_new (GROVE_TYPE_ROUND_DIALOG,
                       "transient-for", parent,
                       "modal", TRUE,
                       NULL);
  self->store = g_object_ref (store);
  if (!load_frameworks (self, error))
    {
      gtk_window_destroy (GTK_WINDOW (self));
      return NULL;
    }
  on_changed_cb (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->title_row));

  return self;
}

void
grove_round_dialog_set_fields (GroveRoundDialog *self,
                               const char       *title,
                               const char       *opens,
                               const char       *closes)
{
  g_return_if_fail (GROVE_IS_ROUND_DIALOG (self));

  gtk_editable_set_text (GTK_EDITABLE (self->title_row), title != NULL ? title : "");
  gtk_editable_set_text (GTK_EDITABLE (self->opens_row), opens != NULL ? opens : "");
  gtk_editable_set_text (GTK_EDITABLE (self->closes_row), closes != NULL ? closes : "");
}

/**
 * grove_round_dialog_get_problem:
 *
 * Returns: (nullable): why the last attempt to create the round failed
 */
const char *
grove_round_dialog_get_problem (GroveRoundDialog *self)
{
  g_return_val_if_fail (GROVE_IS_ROUND_DIALOG (self), NULL);

  return gtk_widget_get_visible (GTK_WIDGET (self->problem_label))
         ? gtk_label_get_label (self->problem_label) : NULL;
}

/**
 * grove_round_dialog_create:
 *
 * Stores the round and closes, or says what is wrong and stays open.
 *
 * Returns: the new round's id, or 0 when nothing was stored
 */
gint64
grove_round_dialog_create (GroveRoundDialog *self)
{
  g_autoptr(GroveRound) round = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  const char *opens, *closes;
  guint framework;
  gint64 id;

  g_return_val_if_fail (GROVE_IS_ROUND_DIALOG (self), 0);

  framework = adw_combo_row_get_selected (self->framework_row);
  if (framework >= self->framework_ids->len)
    return 0;

  title = g_strstrip (g_strdup (get_text (self->title_row)));
  opens = get_text (self->opens_row);
  closes = get_text (self->closes_row);
  round = grove_round_new (title, g_array_index (self->framework_ids, gint64, framework), opens, closes);
  if ((id = grove_assessment_add_round (self->store, round, &error)) == 0)
    {
      gboolean opens_ok = grove_assessment_date_is_valid (opens);
      gboolean closes_ok = grove_assessment_date_is_valid (closes);

      mark_row (self->title_row, *title == '\0' || g_error_matches (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_CONSTRAINT));
      mark_row (self->opens_row, !opens_ok);
      mark_row (self->closes_row, !closes_ok || (opens_ok && strcmp (closes, opens) < 0));
      show_problem (self, error->message);
      return 0;
    }

  g_signal_emit (self, signals[CREATED], 0, id);
  gtk_window_close (GTK_WINDOW (self));
  return id;
}
