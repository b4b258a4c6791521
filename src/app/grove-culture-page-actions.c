/* grove-culture-page-actions.c: what the Culture page does with its chart
 *
 * Presenting, exporting and copying, stepping through units and rounds,
 * and the page's public functions. The page itself, its state and what it
 * shows are in grove-culture-page.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "grove-assessment.h"
#include "grove-culture-page-private.h"
#include "grove-culture-unit.h"

static void
on_toast_saved (GroveCulturePage *self,
                GFile            *file)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *title = g_strdup_printf (_("Chart saved as “%s”"), name);

  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (title));
}

static void
on_export_chosen_cb (GroveCulturePage *self,
                     GFile            *file,
                     int               format,
                     int               width,
                     int               height,
                     GroveExportDialog *dialog)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_file_get_path (file);

  if (path == NULL)
    g_set_error (&error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                 _("Charts can only be saved to a folder on this computer."));
  else if (grove_culture_page_export_chart (self, format, width, height, path, &error))
    {
      on_toast_saved (self, file);
      return;
    }

  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
}

void
_grove_culture_page_export_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  GroveCulturePage *self = GROVE_CULTURE_PAGE (widget);
  const GroveCultureChart *chart = grove_radar_view_get_chart (self->radar_view);
  GroveExportDialog *dialog;

  if (chart == NULL)
    return;

  dialog = grove_export_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)), chart->title);
  g_signal_connect_object (dialog, "chosen", G_CALLBACK (on_export_chosen_cb), self, G_CONNECT_SWAPPED);
  self->export_dialog = dialog;
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &self->export_dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
_grove_culture_page_copy_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  GroveCulturePage *self = GROVE_CULTURE_PAGE (widget);

  grove_radar_view_copy (self->radar_view);
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (_("Chart copied")));
}

void
_grove_culture_page_present_activated (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  grove_culture_page_present (GROVE_CULTURE_PAGE (widget));
}

static void
on_present_navigate_cb (GroveCulturePage   *self,
                        int                 units,
                        int                 rounds,
                        GrovePresentWindow *window)
{
  if (units != 0)
    grove_culture_page_step_unit (self, units);
  if (rounds != 0)
    grove_culture_page_step_round (self, rounds);
}

/**
 * grove_culture_page_present:
 *
 * Shows the chart full screen, in large type, for a meeting.
 *
 * Returns: (transfer none): the presentation window
 */
GtkWindow *
grove_culture_page_present (GroveCulturePage *self)
{
  g_return_val_if_fail (GROVE_IS_CULTURE_PAGE (self), NULL);

  if (self->present_window == NULL)
    {
      self->present_window = grove_present_window_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))));
      g_object_add_weak_pointer (G_OBJECT (self->present_window), (gpointer *) &self->present_window);
      g_signal_connect_object (self->present_window, "navigate",
                               G_CALLBACK (on_present_navigate_cb), self, G_CONNECT_SWAPPED);
      _grove_culture_page_refresh (self);
    }

  gtk_window_fullscreen (GTK_WINDOW (self->present_window));
  gtk_window_present (GTK_WINDOW (self->present_window));

  return GTK_WINDOW (self->present_window);
}

/**
 * grove_culture_page_get_present_window:
 *
 * Returns: (transfer none) (nullable): the presentation window, while open
 */
GtkWindow *
grove_culture_page_get_present_window (GroveCulturePage *self)
{
  g_return_val_if_fail (GROVE_IS_CULTURE_PAGE (self), NULL);

  return self->present_window != NULL ? GTK_WINDOW (self->present_window) : NULL;
}

static void
draw_radar (gconstpointer  data,
            cairo_t       *cr,
            double         width,
            double         height)
{
  grove_radar_render (data, cr, width, height);
}

/**
 * grove_culture_page_export_chart:
 * @path: the file to write
 *
 * Writes the chart as shown, with hidden series left out, in the light
 * theme that documents and slides expect.
 */
gboolean
grove_culture_page_export_chart (GroveCulturePage  *self,
                                 GroveChartFormat   format,
                                 int                width,
                                 int                height,
                                 const char        *path,
                                 GError           **error)
{
  const GroveCultureChart *chart;
  g_autofree GroveRadarSeries *series = NULL;
  GroveRadarData data;

  g_return_val_if_fail (GROVE_IS_CULTURE_PAGE (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if ((chart = grove_radar_view_get_chart (self->radar_view)) == NULL)
    {
      g_set_error (error, GROVE_CHART_ERROR, GROVE_CHART_ERROR_WRITE,
                   _("There is no chart to save: these results are not shown."));
      return FALSE;
    }

  series = g_new0 (GroveRadarSeries, chart->n_series);
  grove_radar_view_fill_data (self->radar_view, GROVE_CHART_THEME_LIGHT, &data, series);
  /* Values mid-transition would be saved as they happen to be drawn. */
  for (guint s = 0; s < chart->n_series; s++)
    series[s].values = chart->values + s * chart->n_axes;

  return grove_chart_write (format, draw_radar, &data, width, height, path, error);
}

GroveStore *
grove_culture_page_get_store (GroveCulturePage *self)
{
  g_return_val_if_fail (GROVE_IS_CULTURE_PAGE (self), NULL);

  return self->store;
}

void
grove_culture_page_set_store (GroveCulturePage *self,
                              GroveStore       *store)
{
  g_return_if_fail (GROVE_IS_CULTURE_PAGE (self));
  g_return_if_fail (store == NULL || GROVE_IS_STORE (store));

  if (!g_set_object (&self->store, store))
    return;

  grove_needs_view_set_store (self->needs_view, store);
  grove_culture_page_reload (self);
  g_object_notify (G_OBJECT (self), "store");
}

/**
 * grove_culture_page_reload:
 *
 * Reads the organisation and the rounds again, after an import.
 */
void
grove_culture_page_reload (GroveCulturePage *self)
{
  g_return_if_fail (GROVE_IS_CULTURE_PAGE (self));

  if (self->store != NULL)
    _grove_culture_page_load (self);
  _grove_culture_page_refresh (self);
}

gboolean
grove_culture_page_select_unit (GroveCulturePage *self,
                                gint64            unit_id)
{
  GListModel *rows;

  g_return_val_if_fail (GROVE_IS_CULTURE_PAGE (self), FALSE);

  rows = gtk_single_selection_get_model (self->unit_selection);
  for (guint i = 0; rows != NULL && i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(GtkTreeListRow) row = g_list_model_get_item (rows, i);

      if (grove_culture_unit_get_id (gtk_tree_list_row_get_item (row)) == unit_id)
        {
          gtk_single_selection_set_selected (self->unit_selection, i);
          return TRUE;
        }
    }

  return FALSE;
}

gint64
grove_culture_page_get_unit_id (GroveCulturePage *self)
{
  GtkTreeListRow *row;

  g_return_val_if_fail (GROVE_IS_CULTURE_PAGE (self), 0);

  row = gtk_single_selection_get_selected_item (self->unit_selection);
  return row != NULL ? grove_culture_unit_get_id (gtk_tree_list_row_get_item (row)) : 0;
}

/* Steps through the units as the sidebar lists them, wrapping round, so
 * that a presenter can go round the organisation with one key. */
void
grove_culture_page_step_unit (GroveCulturePage *self,
                              int               delta)
{
  GListModel *rows;
  guint n, selected;

  g_return_if_fail (GROVE_IS_CULTURE_PAGE (self));

  rows = gtk_single_selection_get_model (self->unit_selection);
  if (rows == NULL || (n = g_list_model_get_n_items (rows)) == 0)
    return;

  selected = gtk_single_selection_get_selected (self->unit_selection);
  if (selected == GTK_INVALID_LIST_POSITION)
    selected = 0;
  else
    selected = (guint) (((int) selected + delta % (int) n + (int) n) % (int) n);
  gtk_single_selection_set_selected (self->unit_selection, selected);
  gtk_widget_activate_action (GTK_WIDGET (self->units_view), "list.scroll-to-item", "u", selected);
}

/* Rounds do not wrap: before the first there is nothing to show. */
void
grove_culture_page_step_round (GroveCulturePage *self,
                               int               delta)
{
  int selected, n;

  g_return_if_fail (GROVE_IS_CULTURE_PAGE (self));

  n = self->rounds != NULL ? (int) self->rounds->len : 0;
  selected = (int) gtk_drop_down_get_selected (self->round_dropdown) + delta;
  if (n > 0)
    gtk_drop_down_set_selected (self->round_dropdown, CLAMP (selected, 0, n - 1));
}
