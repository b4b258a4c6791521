/* grove-coaching-page-fit.c: the fit check after the first session, and
 * pausing and resuming a relationship
 *
 * The fit is asked once, after the first session is logged. A poor fit
 * ends the relationship, keeps the pair apart and puts the request back at
 * the front of the waiting list: the core does all three in one
 * transaction. A paused relationship keeps its seat, so pausing needs no
 * dialog.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "grove-coaching-page-private.h"
#include "grove-coaching-row.h"
#include "grove-relationship.h"

const char *
grove_coaching_page_fit_label (int fit)
{
  if (fit == GROVE_FIT_GOOD)
    return _("Good");
  return fit == GROVE_FIT_POOR ? _("Poor") : _("Not checked");
}

/* The chosen relationship as last read, or NULL. */
static GroveRelationship *
chosen_relationship (GroveCoachingPage *self)
{
  GroveCoachingRow *row = gtk_single_selection_get_selected_item (self->relationship_selection);
  gint64 id;

  if (row == NULL)
    return NULL;
  id = grove_coaching_row_get_id (row);
  return g_hash_table_lookup (self->relationships_by_id, &id);
}

void
grove_coaching_page_update_fit_actions (GroveCoachingPage *self)
{
  GroveRelationship *relationship = chosen_relationship (self);
  gboolean open = relationship != NULL && relationship->status != GROVE_RELATIONSHIP_CLOSED;
  gboolean paused = open && relationship->status == GROVE_RELATIONSHIP_PAUSED;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "coaching.check-fit",
                                 open && relationship->fit == GROVE_FIT_UNCHECKED && relationship->sessions > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "coaching.pause", open);
  /* An icon, so that the bar still fits a phone. */
  gtk_button_set_icon_name (GTK_BUTTON (self->pause_button),
                            paused ? "media-playback-start-symbolic" : "media-playback-pause-symbolic");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->pause_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  paused ? _("Resume") : _("Pause"), -1);
  gtk_widget_set_tooltip_text (self->pause_button, paused ? _("Resume the chosen relationship")
                                                          : _("Pause the chosen relationship; the coach keeps the seat"));
  if (relationship != NULL && relationship->sessions == 0 && open)
    gtk_widget_set_tooltip_text (self->fit_button, _("The fit is checked after the first session"));
  else
    gtk_widget_set_tooltip_text (self->fit_button, _("Check the fit: record how well the pair works together"));
}

void
grove_coaching_page_pause (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  GroveCoachingPage *self = GROVE_COACHING_PAGE (widget);
  GroveRelationship *relationship = chosen_relationship (self);
  g_autoptr(GError) error = NULL;
  gboolean pause;
  gint64 id;

  if (relationship == NULL)
    return;
  id = relationship->id;
  pause = relationship->status == GROVE_RELATIONSHIP_ACTIVE;
  if (!grove_relationship_set_paused (self->store, id, pause, &error))
    {
      grove_coaching_page_toast (self, error->message);
      return;
    }
  grove_coaching_page_reload_choosing (self, id);
  grove_coaching_page_toast (self, pause ? _("Relationship paused") : _("Relationship resumed"));
}

typedef struct {
  GroveCoachingPage *page;
  gint64             relationship_id;
  char              *coachee;
  char              *coach;
} FitDialog;

static void
fit_dialog_free (FitDialog *dialog)
{
  g_object_unref (dialog->page);
  g_free (dialog->coachee);
  g_free (dialog->coach);
  g_free (dialog);
}

static void
fit_response_cb (AdwMessageDialog *message_dialog,
                 const char       *response,
                 FitDialog        *dialog)
{
  GroveCoachingPage *self = dialog->page;
  g_autofree char *today = grove_coaching_page_today ();
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  gboolean poor = g_str_equal (response, "poor");

  if ((!poor && !g_str_equal (response, "good")) || self->store == NULL)
    return;
  if (!grove_relationship_check_fit (self->store, dialog->relationship_id, poor ? GROVE_FIT_POOR : GROVE_FIT_GOOD,
                                     today, &error))
    {
      grove_coaching_page_toast (self, error->message);
      return;
    }
  grove_coaching_page_reload_choosing (self, dialog->relationship_id);
  if (poor)
    /* Translators: e.g. "Ann Lee is back at the front of the waiting list" */
    message = g_strdup_printf (_("%s is back at the front of the waiting list"), dialog->coachee);
  else
    /* Translators: e.g. "Ann Lee and Tom Ray are a good fit" */
    message = g_strdup_printf (_("%s and %s are a good fit"), dialog->coachee, dialog->coach);
  grove_coaching_page_toast (self, message);
}

void
grove_coaching_page_check_fit (GtkWidget  *widget,
                               const char *action_name,
                               GVariant   *parameter)
{
  GroveCoachingPage *self = GROVE_COACHING_PAGE (widget);
  GroveRelationship *relationship = chosen_relationship (self);
  g_autofree char *heading = NULL;
  AdwMessageDialog *message_dialog;
  FitDialog *dialog;

  if (relationship == NULL)
    return;

  /* Translators: e.g. "Are Ann Lee and Tom Ray a Good Fit?" */
  heading = g_strdup_printf (_("Are %s and %s a Good Fit?"), relationship->coachee, relationship->coach);
  message_dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (
    GTK_WINDOW (gtk_widget_get_root (widget)), heading,
    _("A poor fit ends the relationship, frees the seat and puts the request back at the front of the waiting "
      "list; this pair is not proposed again.")));
  adw_message_dialog_add_responses (message_dialog,
                                    "cancel", _("_Cancel"),
                                    "poor", _("_Poor Fit"),
                                    "good", _("_Good Fit"),
                                    NULL);
  adw_message_dialog_set_response_appearance (message_dialog, "poor", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (message_dialog, "good", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (message_dialog, "good");
  adw_message_dialog_set_close_response (message_dialog, "cancel");

  dialog = g_new0 (FitDialog, 1);
  dialog->page = g_object_ref (self);
  dialog->relationship_id = relationship->id;
  dialog->coachee = g_strdup (relationship->coachee);
  dialog->coach = g_strdup (relationship->coach);
  g_signal_connect_data (message_dialog, "response", G_CALLBACK (fit_response_cb), dialog,
                         (GClosureNotify) (void (*) (void)) fit_dialog_free, 0);
  gtk_window_present (GTK_WINDOW (message_dialog));
}
