/* grove-bar-chart-view.c: a unit's learning needs as a bar chart on screen
 *
 * The chart library draws it; this widget follows the desktop's style,
 * names the bar under the pointer, and tells screen readers what the chart
 * shows. The table beside it holds every count as text.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "grove-bar-chart-view.h"
#include "grove-radar-view.h"

struct _GroveBarChartView
{
  GtkWidget            parent_instance;

  GroveNeedsChart     *chart;
  GroveBarChartLayout *layout;   /* of the last frame drawn, for pointing */
};

G_DEFINE_FINAL_TYPE (GroveBarChartView, grove_bar_chart_view, GTK_TYPE_WIDGET)

static gboolean
grove_bar_chart_view_query_tooltip (GtkWidget  *widget,
                                    int         x,
                                    int         y,
                                    gboolean    keyboard,
                                    GtkTooltip *tooltip)
{
  GroveBarChartView *self = GROVE_BAR_CHART_VIEW (widget);
  g_autofree char *text = NULL;
  guint bar;

  if (self->layout == NULL || keyboard || !grove_bar_chart_layout_bar_at (self->layout, x, y, &bar))
    return FALSE;

  /* Translators: a bar of the chart: what it counts, then how many */
  text = g_strdup_printf (_("%s: %g"), self->chart->labels[bar], self->chart->values[bar]);
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
grove_bar_chart_view_snapshot (GtkWidget   *widget,
                               GtkSnapshot *snapshot)
{
  GroveBarChartView *self = GROVE_BAR_CHART_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  GroveBarChartData data;
  cairo_t *cr;

  g_clear_pointer (&self->layout, grove_bar_chart_layout_free);
  if (self->chart == NULL || self->chart->n_bars == 0 || width <= 0 || height <= 0)
    return;

  grove_needs_chart_fill (self->chart, grove_chart_theme_for_style (), &data);
  self->layout = grove_bar_chart_layout_new (&data, gtk_widget_get_pango_context (widget), width, height);

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  grove_bar_chart_render_layout (&data, self->layout, cr);
  cairo_destroy (cr);
}

static void
grove_bar_chart_view_measure (GtkWidget      *widget,
                              GtkOrientation  orientation,
                              int             for_size,
                              int            *minimum,
                              int            *natural,
                              int            *minimum_baseline,
                              int            *natural_baseline)
{
  GroveBarChartView *self = GROVE_BAR_CHART_VIEW (widget);
  guint bars = self->chart != NULL ? self->chart->n_bars : 0;

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 200;
      *natural = 720;
    }
  else
    {
      /* The title and the axis, then a readable band per bar: in a
       * scrolled page the minimum is what it gets. */
      *minimum = MAX (240, 100 + 30 * (int) bars);
      *natural = MAX (*minimum, 110 + 36 * (int) bars);
    }
}

static void
grove_bar_chart_view_finalize (GObject *object)
{
  GroveBarChartView *self = GROVE_BAR_CHART_VIEW (object);

  g_clear_pointer (&self->chart, grove_needs_chart_free);
  g_clear_pointer (&self->layout, grove_bar_chart_layout_free);

  G_OBJECT_CLASS (grove_bar_chart_view_parent_class)->finalize (object);
}

static void
grove_bar_chart_view_class_init (GroveBarChartViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = grove_bar_chart_view_finalize;

  widget_class->snapshot = grove_bar_chart_view_snapshot;
  widget_class->measure = grove_bar_chart_view_measure;
  widget_class->query_tooltip = grove_bar_chart_view_query_tooltip;

  gtk_widget_class_set_css_name (widget_class, "bar-chart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
grove_bar_chart_view_init (GroveBarChartView *self)
{
  grove_chart_view_set_up (GTK_WIDGET (self));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Bar chart"), -1);
}

GtkWidget *
grove_bar_chart_view_new (void)
{
  return g_object_new (GROVE_TYPE_BAR_CHART_VIEW, NULL);
}

/**
 * grove_bar_chart_view_set_chart:
 * @chart: (transfer full) (nullable): what to show
 */
void
grove_bar_chart_view_set_chart (GroveBarChartView *self,
                                GroveNeedsChart   *chart)
{
  g_return_if_fail (GROVE_IS_BAR_CHART_VIEW (self));

  g_clear_pointer (&self->chart, grove_needs_chart_free);
  self->chart = chart;

  if (chart != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, chart->title,
                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, chart->description,
                                    -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);

  gtk_widget_queue_resize (GTK_WIDGET (self));
}

const GroveNeedsChart *
grove_bar_chart_view_get_chart (GroveBarChartView *self)
{
  g_return_val_if_fail (GROVE_IS_BAR_CHART_VIEW (self), NULL);

  return self->chart;
}

/**
 * grove_bar_chart_view_get_layout:
 *
 * Returns: (transfer none) (nullable): the layout of the last frame drawn
 */
const GroveBarChartLayout *
grove_bar_chart_view_get_layout (GroveBarChartView *self)
{
  g_return_val_if_fail (GROVE_IS_BAR_CHART_VIEW (self), NULL);

  return self->layout;
}
