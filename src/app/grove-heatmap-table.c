/* grove-heatmap-table.c: a heat map's figures as a table
 *
 * A heat map is a picture: a screen reader cannot read its colours, and
 * nobody can copy a figure out of it. The table beside it holds the same
 * figures, a row per team and a column per condition, built anew for each
 * round because the conditions are the columns.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "grove-heatmap-table.h"

struct _GroveHeatmapTable
{
  AdwBin         parent_instance;

  GtkColumnView *view;
  GListStore    *rows;     /* (element-type GtkStringObject): the teams */
  char         **cells;    /* n_rows * (1 + n_columns): the team, then its figures */
  guint          n_columns;
};

G_DEFINE_FINAL_TYPE (GroveHeatmapTable, grove_heatmap_table, ADW_TYPE_BIN)

static char *
format_cell (const GroveCultureHeatmap *heatmap,
             guint                      cell)
{
  if (heatmap->suppressed[cell])
    /* Translators: in a table cell, for a team whose results are not shown */
    return g_strdup (_("suppressed"));
  if (isnan (heatmap->values[cell]))
    /* Translators: in a table cell, for a team with no answers */
    return g_strdup (C_("heat map table", "none"));
  return g_strdup_printf ("%.1f", heatmap->values[cell]);
}

static void
setup_cell_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_widget_set_margin_top (label, 6);
  gtk_widget_set_margin_bottom (label, 6);
  gtk_label_set_xalign (GTK_LABEL (label), GPOINTER_TO_UINT (user_data) == 0 ? 0.0 : 1.0);
  gtk_widget_add_css_class (label, "numeric");
  gtk_list_item_set_child (item, label);
}

static void
bind_cell_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  GroveHeatmapTable *self = g_object_get_data (G_OBJECT (factory), "table");
  guint column = GPOINTER_TO_UINT (user_data);
  guint row = gtk_list_item_get_position (item);

  gtk_label_set_label (GTK_LABEL (gtk_list_item_get_child (item)),
                       self->cells[row * (1 + self->n_columns) + column]);
}

static void
append_column (GroveHeatmapTable *self,
               const char        *title,
               guint              column)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkColumnViewColumn) view_column = NULL;

  g_object_set_data (G_OBJECT (factory), "table", self);
  g_signal_connect (factory, "setup", G_CALLBACK (setup_cell_cb), GUINT_TO_POINTER (column));
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cell_cb), GUINT_TO_POINTER (column));
  view_column = gtk_column_view_column_new (title, factory);
  gtk_column_view_append_column (self->view, view_column);
}

static void
clear_columns (GroveHeatmapTable *self)
{
  GListModel *columns = gtk_column_view_get_columns (self->view);

  while (g_list_model_get_n_items (columns) > 0)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, 0);

      gtk_column_view_remove_column (self->view, column);
    }
}

static void
grove_heatmap_table_dispose (GObject *object)
{
  GroveHeatmapTable *self = GROVE_HEATMAP_TABLE (object);

  g_clear_object (&self->rows);
  g_clear_pointer (&self->cells, g_strfreev);

  G_OBJECT_CLASS (grove_heatmap_table_parent_class)->dispose (object);
}

static void
grove_heatmap_table_class_init (GroveHeatmapTableClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = grove_heatmap_table_dispose;

  gtk_widget_class_set_css_name (widget_class, "heat-map-table");
}

static void
grove_heatmap_table_init (GroveHeatmapTable *self)
{
  GtkNoSelection *selection;

  self->rows = g_list_store_new (GTK_TYPE_STRING_OBJECT);
  selection = gtk_no_selection_new (G_LIST_MODEL (g_object_ref (self->rows)));
  self->view = GTK_COLUMN_VIEW (gtk_column_view_new (GTK_SELECTION_MODEL (selection)));
  gtk_column_view_set_show_row_separators (self->view, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->view), "data-table");
  adw_bin_set_child (ADW_BIN (self), GTK_WIDGET (self->view));
}

GtkWidget *
grove_heatmap_table_new (void)
{
  return g_object_new (GROVE_TYPE_HEATMAP_TABLE, NULL);
}

/**
 * grove_heatmap_table_set_heatmap:
 * @heatmap: (nullable): copied; %NULL empties the table
 */
void
grove_heatmap_table_set_heatmap (GroveHeatmapTable         *self,
                                 const GroveCultureHeatmap *heatmap)
{
  g_autoptr(GStrvBuilder) cells = g_strv_builder_new ();
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_if_fail (GROVE_IS_HEATMAP_TABLE (self));

  g_list_store_remove_all (self->rows);
  clear_columns (self);
  g_clear_pointer (&self->cells, g_strfreev);
  self->n_columns = 0;
  if (heatmap == NULL)
    return;

  for (guint r = 0; r < heatmap->n_rows; r++)
    {
      g_strv_builder_add (cells, heatmap->row_labels[r]);
      for (guint c = 0; c < heatmap->n_columns; c++)
        {
          g_autofree char *cell = format_cell (heatmap, r * heatmap->n_columns + c);

          g_strv_builder_add (cells, cell);
        }
      g_ptr_array_add (rows, gtk_string_object_new (heatmap->row_labels[r]));
    }
  self->cells = g_strv_builder_end (cells);
  self->n_columns = heatmap->n_columns;

  append_column (self, _("Team"), 0);
  for (guint c = 0; c < heatmap->n_columns; c++)
    append_column (self, heatmap->column_labels[c], c + 1);
  g_list_store_splice (self->rows, 0, 0, rows->pdata, rows->len);
}

/**
 * grove_heatmap_table_dup_cell:
 * @column: 0 for the team, then 1 for the first condition
 *
 * Returns: (transfer full) (nullable): the text of a cell, as shown
 */
char *
grove_heatmap_table_dup_cell (GroveHeatmapTable *self,
                              guint              row,
                              guint              column)
{
  g_return_val_if_fail (GROVE_IS_HEATMAP_TABLE (self), NULL);

  if (self->cells == NULL || column > self->n_columns ||
      row >= g_list_model_get_n_items (G_LIST_MODEL (self->rows)))
    return NULL;
  return g_strdup (self->cells[row * (1 + self->n_columns) + column]);
}
