/* grove-needs-view.c: a unit's learning needs, as a bar chart and a table
 *
 * The needs and activities of this year's IPDRs, counted for the chosen
 * unit by capability, learning method or framework condition. The roll-up
 * has already merged units too small to show into the unit above them, so
 * such a unit shows why instead of figures; the table holds the chart's
 * counts as text, for screen readers and for copying.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "grove-bar-chart-view.h"
#include "grove-export-dialog.h"
#include "grove-needs-chart.h"
#include "grove-needs-item.h"
#include "grove-needs-view.h"
#include "grove-private-file.h"

struct _GroveNeedsView
{
  AdwBin                parent_instance;

  GroveStore           *store;
  GPtrArray            *groups;      /* (element-type GroveNeedsGroup) (nullable): worked out when first shown */
  guint                 threshold;
  gint64                unit_id;
  GtkFileChooserNative *chooser;
  GroveExportDialog    *export_dialog;  /* (nullable) (weak) */

  AdwToastOverlay      *toast_overlay;
  GtkDropDown          *dimension_dropdown;
  GtkStack             *stack;
  GtkLabel             *summary_label;
  GroveBarChartView    *chart_view;
  GtkLabel             *table_heading;
  GtkColumnView        *table;
  GListStore           *rows;
  GtkColumnViewColumn  *label_column;
  GtkColumnViewColumn  *count_column;
  AdwStatusPage        *suppressed_page;
  AdwStatusPage        *empty_page;
};

G_DEFINE_FINAL_TYPE (GroveNeedsView, grove_needs_view, ADW_TYPE_BIN)

static GPtrArray *
get_groups (GroveNeedsView *self)
{
  g_autoptr(GError) error = NULL;

  if (self->groups != NULL || self->store == NULL)
    return self->groups;
  self->groups = grove_needs_rollup (self->store, NULL, self->threshold, &error);
  if (self->groups == NULL)
    g_warning ("Could not count the learning needs: %s", error->message);
  return self->groups;
}

static void
fill_table (GroveNeedsView        *self,
            const GroveNeedsChart *chart)
{
  static const char * const columns[] = { N_("Capability"), N_("Learning Method"), N_("Framework Condition") };
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  guint total = 0;

  for (guint i = 0; chart != NULL && i < chart->n_bars; i++)
    total += (guint) chart->values[i];
  for (guint i = 0; chart != NULL && i < chart->n_bars; i++)
    g_ptr_array_add (items, grove_needs_item_new (chart->labels[i], (guint) chart->values[i], total));
  g_list_store_splice (self->rows, 0, g_list_model_get_n_items (G_LIST_MODEL (self->rows)),
                       items->pdata, items->len);
  if (chart == NULL)
    return;
  gtk_column_view_column_set_title (self->label_column, _(columns[chart->dimension]));
  gtk_column_view_column_set_title (self->count_column, chart->series_name);
  gtk_label_set_label (self->table_heading, grove_needs_dimension_title (chart->dimension));
}

static void
show_summary (GroveNeedsView        *self,
              const GroveNeedsGroup *group)
{
  g_autofree char *people = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u person with an IPDR",
                                                          "%u people with an IPDR", group->people),
                                             group->people);
  g_autofree char *needs = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u need", "%u needs", group->needs),
                                            group->needs);
  g_autofree char *activities = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u activity", "%u activities",
                                                              group->activities),
                                                 group->activities);
  /* Translators: people, needs and activities, e.g. "9 people with an IPDR · 14 needs · 20 activities" */
  g_autofree char *summary = g_strdup_printf (_("%s · %s · %s"), people, needs, activities);

  gtk_label_set_label (self->summary_label, summary);
}

static void
refresh (GroveNeedsView *self)
{
  GPtrArray *groups = get_groups (self);
  GroveNeedsDimension dimension = grove_needs_view_get_dimension (self);
  GroveNeedsChart *chart = groups != NULL ? grove_needs_chart_new (groups, self->unit_id, dimension) : NULL;
  const char *page = "chart";

  if (chart == NULL)
    {
      g_autofree char *reason = grove_needs_describe_suppression (self->threshold);

      adw_status_page_set_description (self->suppressed_page, reason);
      page = "suppressed";
    }
  else if (chart->n_bars == 0)
    {
      adw_status_page_set_title (self->empty_page,
                                 dimension == GROVE_NEEDS_BY_METHOD ? _("No Development Activities Recorded Yet")
                                 : _("No Development Needs Recorded Yet"));
      page = "empty";
    }
  if (chart != NULL)
    show_summary (self, grove_needs_find_group (groups, self->unit_id));
  fill_table (self, chart != NULL && chart->n_bars > 0 ? chart : NULL);
  grove_bar_chart_view_set_chart (self->chart_view, chart != NULL && chart->n_bars > 0 ? chart : NULL);
  if (chart != NULL && chart->n_bars == 0)
    grove_needs_chart_free (chart);
  gtk_stack_set_visible_child_name (self->stack, page);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "needs.export-csv", g_str_equal (page, "chart"));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "needs.export-chart", g_str_equal (page, "chart"));
}

static void
on_dimension_selected_cb (GroveNeedsView *self)
{
  refresh (self);
}

static void
toast_saved (GroveNeedsView *self,
             gboolean        chart,
             GFile          *file)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *title = chart ? g_strdup_printf (_("Chart saved as “%s”"), name)
                                 : g_strdup_printf (_("Table saved as “%s”"), name);

  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (title));
}

static void
on_csv_chosen_cb (GroveNeedsView       *self,
                  int                   response,
                  GtkFileChooserNative *chooser)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_clear_object (&self->chooser);
  if (file == NULL)
    return;
  if ((path = g_file_get_path (file)) == NULL)
    g_set_error (&error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED, _("A table can only be saved to a folder on this computer."));
  else if (grove_needs_view_export_csv (self, path, &error))
    {
      toast_saved (self, FALSE, file);
      return;
    }
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
}

static void
export_csv_activated (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  GroveNeedsView *self = GROVE_NEEDS_VIEW (widget);
  const GroveNeedsChart *chart = grove_bar_chart_view_get_chart (self->chart_view);
  GtkRoot *root = gtk_widget_get_root (widget);
  g_autofree char *name = NULL;

  if (chart == NULL)
    return;
  /* Translators: the file name suggested for the table of a unit's needs; keep ".csv" */
  name = g_strdup_printf (_("Learning needs %s.csv"), chart->unit_name);
  g_strdelimit (name, "/\\", '-');
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  self->chooser = gtk_file_chooser_native_new (_("Export Table"), GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                               GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (on_csv_chosen_cb), self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
on_chart_chosen_cb (GroveNeedsView    *self,
                    GFile             *file,
                    int                format,
                    int                width,
                    int                height,
                    GroveExportDialog *dialog)
{
  const GroveNeedsChart *chart = grove_bar_chart_view_get_chart (self->chart_view);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_file_get_path (file);
  GroveBarChartData data;

  if (chart == NULL)
    return;
  grove_needs_chart_fill (chart, GROVE_CHART_THEME_LIGHT, &data);
  if (path == NULL)
    g_set_error (&error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                 _("Charts can only be saved to a folder on this computer."));
  else if (grove_bar_chart_write (&data, format, width, height, path, &error))
    {
      toast_saved (self, TRUE, file);
      return;
    }
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
}

static void
export_chart_activated (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  GroveNeedsView *self = GROVE_NEEDS_VIEW (widget);
  const GroveNeedsChart *chart = grove_bar_chart_view_get_chart (self->chart_view);

  if (chart == NULL)
    return;
  self->export_dialog = grove_export_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)), chart->title);
  g_object_add_weak_pointer (G_OBJECT (self->export_dialog), (gpointer *) &self->export_dialog);
  g_signal_connect_object (self->export_dialog, "chosen", G_CALLBACK (on_chart_chosen_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (self->export_dialog));
}

/* IPDRs change on other pages: the counts are read afresh each time the
 * view is shown. */
static void
grove_needs_view_map (GtkWidget *widget)
{
  GroveNeedsView *self = GROVE_NEEDS_VIEW (widget);

  GTK_WIDGET_CLASS (grove_needs_view_parent_class)->map (widget);

  g_clear_pointer (&self->groups, g_ptr_array_unref);
  refresh (self);
}

static void
grove_needs_view_dispose (GObject *object)
{
  GroveNeedsView *self = GROVE_NEEDS_VIEW (object);

  if (self->export_dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (self->export_dialog));
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  /* The bin lets go of its child here, before the template's children are
   * dropped, so that neither unparents it twice. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), GROVE_TYPE_NEEDS_VIEW);
  g_clear_object (&self->store);
  g_clear_pointer (&self->groups, g_ptr_array_unref);

  G_OBJECT_CLASS (grove_needs_view_parent_class)->dispose (object);
}

static void
grove_needs_view_class_init (GroveNeedsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = grove_needs_view_dispose;

  widget_class->map = grove_needs_view_map;

  gtk_widget_class_install_action (widget_class, "needs.export-csv", NULL, export_csv_activated);
  gtk_widget_class_install_action (widget_class, "needs.export-chart", NULL, export_chart_activated);

  g_type_ensure (GROVE_TYPE_BAR_CHART_VIEW);
  g_type_ensure (GROVE_TYPE_NEEDS_ITEM);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/grove-needs-view.ui");
  gtk_widget_class_bind_template_child (widget_class, GroveNeedsView, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, GroveNeedsView, dimension_dropdown);
  gtk_widget_class_bind_template_child (widget_class, GroveNeedsView, stack);
  gtk_widget_class_bind_template_child (widget_class, GroveNeedsView, summary_label);
  gtk_widget_class_bind_template_child (widget_class, GroveNeedsView, chart_view);
  gtk_widget_class_bind_template_child (widget_class, GroveNeedsView, table_heading);
  gtk_widget_class_bind_template_child (widget_class, GroveNeedsView, table);
  gtk_widget_class_bind_template_child (widget_class, GroveNeedsView, rows);
  gtk_widget_class_bind_template_child (widget_class, GroveNeedsView, label_column);
  gtk_widget_class_bind_template_child (widget_class, GroveNeedsView, count_column);
  gtk_widget_class_bind_template_child (widget_class, GroveNeedsView, suppressed_page);
  gtk_widget_class_bind_template_child (widget_class, GroveNeedsView, empty_page);
  gtk_widget_class_bind_template_callback (widget_class, on_dimension_selected_cb);
}

static void
grove_needs_view_init (GroveNeedsView *self)
{
  self->threshold = GROVE_NEEDS_DEFAULT_THRESHOLD;

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "needs.export-csv", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "needs.export-chart", FALSE);
}

GtkWidget *
grove_needs_view_new (void)
{
  return g_object_new (GROVE_TYPE_NEEDS_VIEW, NULL);
}

void
grove_needs_view_set_store (GroveNeedsView *self,
                            GroveStore     *store)
{
  g_return_if_fail (GROVE_IS_NEEDS_VIEW (self));

  if (!g_set_object (&self->store, store))
    return;
  grove_needs_view_forget (self);
}

void
grove_needs_view_set_threshold (GroveNeedsView *self,
                                guint           threshold)
{
  g_return_if_fail (GROVE_IS_NEEDS_VIEW (self));
  g_return_if_fail (threshold >= 1);

  if (self->threshold == threshold)
    return;
  self->threshold = threshold;
  grove_needs_view_forget (self);
}

void
grove_needs_view_forget (GroveNeedsView *self)
{
  g_return_if_fail (GROVE_IS_NEEDS_VIEW (self));

  g_clear_pointer (&self->groups, g_ptr_array_unref);
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    refresh (self);
}

void
grove_needs_view_set_unit (GroveNeedsView *self,
                           gint64          unit_id)
{
  g_return_if_fail (GROVE_IS_NEEDS_VIEW (self));

  self->unit_id = unit_id;
  refresh (self);
}

GroveNeedsDimension
grove_needs_view_get_dimension (GroveNeedsView *self)
{
  g_return_val_if_fail (GROVE_IS_NEEDS_VIEW (self), GROVE_NEEDS_BY_CAPABILITY);

  return (GroveNeedsDimension) MIN (gtk_drop_down_get_selected (self->dimension_dropdown),
                                    GROVE_NEEDS_N_DIMENSIONS - 1);
}

void
grove_needs_view_set_dimension (GroveNeedsView      *self,
                                GroveNeedsDimension  dimension)
{
  g_return_if_fail (GROVE_IS_NEEDS_VIEW (self));
  g_return_if_fail ((guint) dimension < GROVE_NEEDS_N_DIMENSIONS);

  gtk_drop_down_set_selected (self->dimension_dropdown, dimension);
}

/**
 * grove_needs_view_export_csv:
 * @path: the file to write, readable by its owner alone
 *
 * Returns: %FALSE with @error set when the unit shown has no figures or the
 *   file could not be written
 */
gboolean
grove_needs_view_export_csv (GroveNeedsView  *self,
                             const char      *path,
                             GError         **error)
{
  g_autoptr(GPtrArray) subtree = NULL;
  g_autofree char *text = NULL;

  g_return_val_if_fail (GROVE_IS_NEEDS_VIEW (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (get_groups (self) == NULL || (subtree = grove_needs_subtree (self->groups, self->unit_id))->len == 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                   _("There is nothing to export: the needs of this unit are not shown on their own."));
      return FALSE;
    }
  text = grove_needs_rollup_to_csv (subtree);
  return grove_private_file_set_contents (path, text, -1, error);
}
