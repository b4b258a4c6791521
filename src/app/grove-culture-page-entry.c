/* grove-culture-page-entry.c: typing answers in from the Culture page
 *
 * A new round, and the rating form for the team and round shown. New
 * answers change the figures of the round, so the page works them out
 * again when one is saved.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "grove-culture-page-private.h"
#include "grove-culture-unit.h"
#include "grove-rating-form.h"
#include "grove-round-dialog.h"

static void
show_error (GroveCulturePage *self,
            const GError     *error)
{
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
}

static void
on_submitted_cb (GroveCulturePage *self,
                 gint64            response_id,
                 GroveRatingForm  *form)
{
  _grove_culture_page_forget_results (self);
}

void
_grove_culture_page_rate_activated (GtkWidget  *widget,
                                    const char *action_name,
                                    GVariant   *parameter)
{
  GroveCulturePage *self = GROVE_CULTURE_PAGE (widget);
  const GroveRound *round = _grove_culture_page_get_round (self);
  gint64 unit_id = grove_culture_page_get_unit_id (self);
  GroveCultureUnit *unit = g_hash_table_lookup (self->units, &unit_id);
  g_autoptr(GError) error = NULL;
  GroveRatingForm *form;

  if (round == NULL || unit == NULL || grove_culture_unit_get_kind (unit) != GROVE_ORG_UNIT_TEAM)
    return;

  form = grove_rating_form_new (GTK_WINDOW (gtk_widget_get_root (widget)), self->store, round,
                                unit_id, grove_culture_unit_get_name (unit), &error);
  if (form == NULL)
    {
      show_error (self, error);
      return;
    }
  g_signal_connect_object (form, "submitted", G_CALLBACK (on_submitted_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (form));
}

static void
on_round_created_cb (GroveCulturePage *self,
                     gint64            round_id,
                     GroveRoundDialog *dialog)
{
  const GroveRound *round;
  g_autofree char *message = NULL;

  _grove_culture_page_load (self);
  grove_culture_page_select_round (self, round_id);
  _grove_culture_page_refresh (self);

  if ((round = _grove_culture_page_get_round (self)) != NULL)
    {
      message = g_strdup_printf (_("Round “%s” created"), round->title);
      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
    }
}

void
_grove_culture_page_new_round_activated (GtkWidget  *widget,
                                         const char *action_name,
                                         GVariant   *parameter)
{
  GroveCulturePage *self = GROVE_CULTURE_PAGE (widget);
  g_autoptr(GError) error = NULL;
  GroveRoundDialog *dialog;

  if (self->store == NULL)
    return;

  dialog = grove_round_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)), self->store, &error);
  if (dialog == NULL)
    {
      show_error (self, error);
      return;
    }
  g_signal_connect_object (dialog, "created", G_CALLBACK (on_round_created_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * grove_culture_page_select_round:
 *
 * Returns: whether the round is among those the page offers
 */
gboolean
grove_culture_page_select_round (GroveCulturePage *self,
                                 gint64            round_id)
{
  g_return_val_if_fail (GROVE_IS_CULTURE_PAGE (self), FALSE);

  for (guint i = 0; self->rounds != NULL && i < self->rounds->len; i++)
    if (((GroveRound *) g_ptr_array_index (self->rounds, i))->id == round_id)
      {
        gtk_drop_down_set_selected (self->round_dropdown, i);
        return TRUE;
      }
  return FALSE;
}

/**
 * grove_culture_page_get_round_id:
 *
 * Returns: the round shown, or 0 when there is none
 */
gint64
grove_culture_page_get_round_id (GroveCulturePage *self)
{
  const GroveRound *round;

  g_return_val_if_fail (GROVE_IS_CULTURE_PAGE (self), 0);

  round = _grove_culture_page_get_round (self);
  return round != NULL ? round->id : 0;
}
