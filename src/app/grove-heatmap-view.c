/* grove-heatmap-view.c: a heat map of teams by conditions on screen
 *
 * The chart library draws it; this widget follows the desktop's style and
 * names the cell under the pointer, with how many people answered.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "grove-heatmap-view.h"
#include "grove-radar-view.h"

struct _GroveHeatmapView
{
  GtkWidget            parent_instance;

  GroveCultureHeatmap *heatmap;
  GroveHeatmapLayout  *layout;   /* of the last frame drawn, for pointing */
};

G_DEFINE_FINAL_TYPE (GroveHeatmapView, grove_heatmap_view, GTK_TYPE_WIDGET)

static char *
describe_cell (const GroveCultureHeatmap *heatmap,
               guint                      row,
               guint                      column)
{
  guint cell = row * heatmap->n_columns + column;
  const char *team = heatmap->row_labels[row];
  const char *condition = heatmap->column_labels[column];

  if (heatmap->suppressed[cell])
    /* Translators: a heat map cell: team, condition */
    return g_strdup_printf (_("%s\n%s: suppressed, too few people answered"), team, condition);
  if (isnan (heatmap->values[cell]))
    return g_strdup_printf (_("%s\n%s: no answers"), team, condition);

  /* Translators: a heat map cell: team, condition, mean and how many answered */
  return g_strdup_printf (ngettext ("%s\n%s: %.1f (%u response)",
                                    "%s\n%s: %.1f (%u responses)",
                                    heatmap->respondents[cell]),
                          team, condition, heatmap->values[cell], heatmap->respondents[cell]);
}

static gboolean
grove_heatmap_view_query_tooltip (GtkWidget  *widget,
                                  int         x,
                                  int         y,
                                  gboolean    keyboard,
                                  GtkTooltip *tooltip)
{
  GroveHeatmapView *self = GROVE_HEATMAP_VIEW (widget);
  g_autofree char *text = NULL;
  guint row, column;

  if (self->layout == NULL || keyboard ||
      !grove_heatmap_layout_cell_at (self->layout, x, y, &row, &column))
    return FALSE;

  text = describe_cell (self->heatmap, row, column);
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
grove_heatmap_view_snapshot (GtkWidget   *widget,
                             GtkSnapshot *snapshot)
{
  GroveHeatmapView *self = GROVE_HEATMAP_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  GroveHeatmapData data;
  cairo_t *cr;

  g_clear_pointer (&self->layout, grove_heatmap_layout_free);
  if (self->heatmap == NULL || width <= 0 || height <= 0)
    return;

  grove_culture_heatmap_fill (self->heatmap, grove_chart_theme_for_style (), &data);
  self->layout = grove_heatmap_layout_new (&data, gtk_widget_get_pango_context (widget), width, height);

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  grove_heatmap_render_layout (&data, self->layout, cr);
  cairo_destroy (cr);
}

static void
grove_heatmap_view_measure (GtkWidget      *widget,
                            GtkOrientation  orientation,
                            int             for_size,
                            int            *minimum,
                            int            *natural,
                            int            *minimum_baseline,
                            int            *natural_baseline)
{
  GroveHeatmapView *self = GROVE_HEATMAP_VIEW (widget);
  guint rows = self->heatmap != NULL ? self->heatmap->n_rows : 0;

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 300;
      *natural = 720;
    }
  else
    {
      /* Room for the column labels, then a readable row per team. */
      *minimum = 240;
      *natural = MAX (*minimum, 200 + 36 * (int) rows);
    }
}

static void
grove_heatmap_view_finalize (GObject *object)
{
  GroveHeatmapView *self = GROVE_HEATMAP_VIEW (object);

  g_clear_pointer (&self->heatmap, grove_culture_heatmap_free);
  g_clear_pointer (&self->layout, grove_heatmap_layout_free);

  G_OBJECT_CLASS (grove_heatmap_view_parent_class)->finalize (object);
}

static void
grove_heatmap_view_class_init (GroveHeatmapViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = grove_heatmap_view_finalize;

  widget_class->snapshot = grove_heatmap_view_snapshot;
  widget_class->measure = grove_heatmap_view_measure;
  widget_class->query_tooltip = grove_heatmap_view_query_tooltip;

  gtk_widget_class_set_css_name (widget_class, "heat-map");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
grove_heatmap_view_init (GroveHeatmapView *self)
{
  grove_chart_view_set_up (GTK_WIDGET (self));
}

GtkWidget *
grove_heatmap_view_new (void)
{
  return g_object_new (GROVE_TYPE_HEATMAP_VIEW, NULL);
}

/**
 * grove_heatmap_view_set_heatmap:
 * @heatmap: (transfer full) (nullable): what to show
 */
void
grove_heatmap_view_set_heatmap (GroveHeatmapView    *self,
                                GroveCultureHeatmap *heatmap)
{
  g_return_if_fail (GROVE_IS_HEATMAP_VIEW (self));

  g_clear_pointer (&self->heatmap, grove_culture_heatmap_free);
  self->heatmap = heatmap;

  if (heatmap != NULL)
    {
      g_autofree char *description =
        g_strdup_printf (ngettext ("Heat map of %u team by %u conditions, %s.",
                                   "Heat map of %u teams by %u conditions, %s.",
                                   heatmap->n_rows),
                         heatmap->n_rows, heatmap->n_columns, heatmap->title);

      gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _("Heat map"),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                      -1);
    }

  gtk_widget_queue_resize (GTK_WIDGET (self));
}

const GroveCultureHeatmap *
grove_heatmap_view_get_heatmap (GroveHeatmapView *self)
{
  g_return_val_if_fail (GROVE_IS_HEATMAP_VIEW (self), NULL);

  return self->heatmap;
}

/**
 * grove_heatmap_view_get_layout:
 *
 * Returns: (transfer none) (nullable): the layout of the last frame drawn
 */
const GroveHeatmapLayout *
grove_heatmap_view_get_layout (GroveHeatmapView *self)
{
  g_return_val_if_fail (GROVE_IS_HEATMAP_VIEW (self), NULL);

  return self->layout;
}
