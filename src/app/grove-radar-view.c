/* grove-radar-view.c: a radar chart on screen
 *
 * Draws with the chart library, through the same layout that it keeps for
 * pointing: the tooltip names the nearest point, and a click on a legend
 * entry hides or shows its series. When a new chart replaces the old one
 * the values move from where they were to where they are now, so that the
 * eye follows what changed between units or rounds.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "grove-radar-view.h"

#define TRANSITION_MS  250
#define HIT_DISTANCE   24.0

struct _GroveRadarView
{
  GtkWidget          parent_instance;

  GroveCultureChart *chart;
  double            *shown;     /* the values drawn now: n_series * n_axes */
  double            *from;      /* where the transition started */
  gboolean          *hidden;    /* n_series */
  gboolean           targets_hidden;
  GroveRadarLayout  *layout;    /* of the last frame drawn, for pointing */
  AdwAnimation      *animation;
};

G_DEFINE_FINAL_TYPE (GroveRadarView, grove_radar_view, GTK_TYPE_WIDGET)

GroveChartTheme
grove_chart_theme_for_style (void)
{
  AdwStyleManager *style = adw_style_manager_get_default ();

  if (adw_style_manager_get_high_contrast (style))
    return GROVE_CHART_THEME_HIGH_CONTRAST;
  if (adw_style_manager_get_dark (style))
    return GROVE_CHART_THEME_DARK;
  return GROVE_CHART_THEME_LIGHT;
}

void
grove_chart_view_set_up (GtkWidget *widget)
{
  AdwStyleManager *style = adw_style_manager_get_default ();

  gtk_widget_set_overflow (widget, GTK_OVERFLOW_HIDDEN);
  gtk_widget_set_has_tooltip (widget, TRUE);
  /* Disconnected when the widget goes. */
  g_signal_connect_object (style, "notify::dark", G_CALLBACK (gtk_widget_queue_draw), widget, G_CONNECT_SWAPPED);
  g_signal_connect_object (style, "notify::high-contrast", G_CALLBACK (gtk_widget_queue_draw), widget,
                           G_CONNECT_SWAPPED);
}

static guint
n_values (GroveRadarView *self)
{
  return self->chart != NULL ? self->chart->n_series * self->chart->n_axes : 0;
}

/* Moving from nothing, or to nothing, is not a movement: a value appears
 * or disappears where it is. */
static double
interpolate (double from,
             double to,
             double t)
{
  if (isnan (from) || isnan (to))
    return to;
  return from + (to - from) * t;
}

static void
animation_cb (double   value,
              gpointer user_data)
{
  GroveRadarView *self = user_data;

  for (guint i = 0; i < n_values (self); i++)
    self->shown[i] = interpolate (self->from[i], self->chart->values[i], value);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
update_accessible (GroveRadarView *self)
{
  const char *title = self->chart != NULL ? self->chart->title : _("Radar chart");
  const char *description = self->chart != NULL ? self->chart->description : "";

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
}

void
grove_radar_view_fill_data (GroveRadarView   *self,
                            GroveChartTheme   theme,
                            GroveRadarData   *data,
                            GroveRadarSeries *series)
{
  g_return_if_fail (GROVE_IS_RADAR_VIEW (self));
  g_return_if_fail (self->chart != NULL);

  grove_culture_chart_fill (self->chart, self->shown, self->hidden, theme, data, series);
  if (self->targets_hidden)
    data->targets = NULL;
}

static char *
describe_point (GroveRadarView *self,
                guint           series,
                guint           axis)
{
  const GroveCultureChart *chart = self->chart;
  guint i = series * chart->n_axes + axis;

  /* Translators: a point of the chart: series, condition, mean and how many answered */
  return g_strdup_printf (ngettext ("%s\n%s: %.1f (%u response)",
                                    "%s\n%s: %.1f (%u responses)",
                                    chart->respondents[i]),
                          chart->series_names[series], chart->axis_labels[axis],
                          chart->values[i], chart->respondents[i]);
}

static gboolean
grove_radar_view_query_tooltip (GtkWidget  *widget,
                                int         x,
                                int         y,
                                gboolean    keyboard,
                                GtkTooltip *tooltip)
{
  GroveRadarView *self = GROVE_RADAR_VIEW (widget);
  g_autofree char *text = NULL;
  guint series, axis;
  int entry;

  if (self->layout == NULL || keyboard)
    return FALSE;

  if (grove_radar_layout_hit_test (self->layout, x, y, HIT_DISTANCE, &series, &axis))
    text = describe_point (self, series, axis);
  else if ((entry = grove_radar_layout_legend_at (self->layout, x, y)) >= 0)
    text = g_strdup (self->hidden[entry] ? _("Click to show this series") : _("Click to hide this series"));
  else if ((entry = grove_radar_layout_axis_at (self->layout, x, y)) >= 0)
    text = g_strdup (self->chart->axis_labels[entry]);

  if (text == NULL)
    return FALSE;

  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static gboolean
in_rect (const cairo_rectangle_t *rect,
         double                   x,
         double                   y)
{
  return rect->width > 0 && x >= rect->x && x < rect->x + rect->width &&
         y >= rect->y && y < rect->y + rect->height;
}

static void
on_click_released_cb (GtkGestureClick *gesture,
                      int              n_press,
                      double           x,
                      double           y,
                      GroveRadarView  *self)
{
  if (grove_radar_view_toggle_legend_at (self, x, y))
    gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
}

static void
grove_radar_view_snapshot (GtkWidget   *widget,
                           GtkSnapshot *snapshot)
{
  GroveRadarView *self = GROVE_RADAR_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  g_autofree GroveRadarSeries *series = NULL;
  GroveRadarData data;
  cairo_t *cr;

  g_clear_pointer (&self->layout, grove_radar_layout_free);
  if (self->chart == NULL || width <= 0 || height <= 0)
    return;

  series = g_new0 (GroveRadarSeries, self->chart->n_series);
  grove_radar_view_fill_data (self, grove_chart_theme_for_style (), &data, series);
  self->layout = grove_radar_layout_new (&data, gtk_widget_get_pango_context (widget), width, height);

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  grove_radar_render_layout (&data, self->layout, cr);
  cairo_destroy (cr);
}

static void
grove_radar_view_measure (GtkWidget      *widget,
                          GtkOrientation  orientation,
                          int             for_size,
                          int            *minimum,
                          int            *natural,
                          int            *minimum_baseline,
                          int            *natural_baseline)
{
  *minimum = 240;
  *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? 560 : 460;
}

static void
grove_radar_view_dispose (GObject *object)
{
  GroveRadarView *self = GROVE_RADAR_VIEW (object);

  g_clear_object (&self->animation);

  G_OBJECT_CLASS (grove_radar_view_parent_class)->dispose (object);
}

static void
grove_radar_view_finalize (GObject *object)
{
  GroveRadarView *self = GROVE_RADAR_VIEW (object);

  g_clear_pointer (&self->chart, grove_culture_chart_free);
  g_clear_pointer (&self->layout, grove_radar_layout_free);
  g_free (self->shown);
  g_free (self->from);
  g_free (self->hidden);

  G_OBJECT_CLASS (grove_radar_view_parent_class)->finalize (object);
}

static void
copy_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  grove_radar_view_copy (GROVE_RADAR_VIEW (widget));
}

static void
grove_radar_view_class_init (GroveRadarViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = grove_radar_view_dispose;
  object_class->finalize = grove_radar_view_finalize;

  widget_class->snapshot = grove_radar_view_snapshot;
  widget_class->measure = grove_radar_view_measure;
  widget_class->query_tooltip = grove_radar_view_query_tooltip;

  gtk_widget_class_install_action (widget_class, "chart.copy", NULL, copy_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_c, GDK_CONTROL_MASK, "chart.copy", NULL);

  gtk_widget_class_set_css_name (widget_class, "radar-chart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
grove_radar_view_init (GroveRadarView *self)
{
  GtkGesture *click = gtk_gesture_click_new ();
  AdwAnimationTarget *target;

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  grove_chart_view_set_up (GTK_WIDGET (self));

  g_signal_connect (click, "released", G_CALLBACK (on_click_released_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  /* AdwAnimation skips to the end by itself when animations are turned off
   * in the desktop's settings. */
  target = adw_callback_animation_target_new (animation_cb, self, NULL);
  self->animation = adw_timed_animation_new (GTK_WIDGET (self), 0.0, 1.0, TRANSITION_MS, target);
  adw_timed_animation_set_easing (ADW_TIMED_ANIMATION (self->animation), ADW_EASE_OUT_CUBIC);

  update_accessible (self);
}

GtkWidget *
grove_radar_view_new (void)
{
  return g_object_new (GROVE_TYPE_RADAR_VIEW, NULL);
}

/* The old chart's values, where the new one has the same axes and series,
 * so that only a change of figures moves. */
static void
start_transition (GroveRadarView          *self,
                  const GroveCultureChart *old,
                  const double            *old_shown)
{
  guint n = n_values (self);

  g_free (self->from);
  self->from = g_new (double, n);
  for (guint i = 0; i < n; i++)
    self->from[i] = NAN;

  if (old != NULL && old->n_axes == self->chart->n_axes)
    {
      guint common = MIN (old->n_series, self->chart->n_series);

      memcpy (self->from, old_shown, sizeof (double) * common * old->n_axes);
    }

  adw_animation_reset (self->animation);
  animation_cb (0.0, self);
  adw_animation_play (self->animation);
}

/**
 * grove_radar_view_set_chart:
 * @chart: (transfer full) (nullable): the chart to show
 */
void
grove_radar_view_set_chart (GroveRadarView    *self,
                            GroveCultureChart *chart)
{
  g_autoptr(GroveCultureChart) old = NULL;
  g_autofree double *old_shown = NULL;
  g_autofree gboolean *old_hidden = NULL;
  guint old_n_series;

  g_return_if_fail (GROVE_IS_RADAR_VIEW (self));

  old = g_steal_pointer (&self->chart);
  old_shown = g_steal_pointer (&self->shown);
  old_hidden = g_steal_pointer (&self->hidden);
  old_n_series = old != NULL ? old->n_series : 0;

  self->chart = chart;
  update_accessible (self);
  if (chart == NULL)
    {
      adw_animation_reset (self->animation);
      g_clear_pointer (&self->layout, grove_radar_layout_free);
      gtk_widget_queue_draw (GTK_WIDGET (self));
      return;
    }

  self->shown = g_memdup2 (chart->values, sizeof (double) * n_values (self));
  self->hidden = g_new0 (gboolean, chart->n_series);
  /* Series keep their place from chart to chart (the unit first, then the
   * comparisons), so a series hidden on purpose stays hidden. */
  if (old_n_series == chart->n_series)
    memcpy (self->hidden, old_hidden, sizeof (gboolean) * chart->n_series);

  start_transition (self, old, old_shown);
}

/**
 * grove_radar_view_get_chart:
 *
 * Returns: (transfer none) (nullable): the chart shown
 */
const GroveCultureChart *
grove_radar_view_get_chart (GroveRadarView *self)
{
  g_return_val_if_fail (GROVE_IS_RADAR_VIEW (self), NULL);

  return self->chart;
}

gboolean
grove_radar_view_get_series_hidden (GroveRadarView *self,
                                    guint           series)
{
  g_return_val_if_fail (GROVE_IS_RADAR_VIEW (self), FALSE);
  g_return_val_if_fail (self->chart != NULL && series < self->chart->n_series, FALSE);

  return self->hidden[series];
}

void
grove_radar_view_set_series_hidden (GroveRadarView *self,
                                    guint           series,
                                    gboolean        hidden)
{
  g_return_if_fail (GROVE_IS_RADAR_VIEW (self));
  g_return_if_fail (self->chart != NULL && series < self->chart->n_series);

  self->hidden[series] = hidden;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * grove_radar_view_toggle_legend_at:
 * @x: in the widget's coordinates
 * @y: likewise
 *
 * Hides the series, or the target ring, whose legend entry is at (x, y), or
 * shows it again: what a click on the legend does.
 *
 * Returns: whether there was a legend entry there
 */
gboolean
grove_radar_view_toggle_legend_at (GroveRadarView *self,
                                   double          x,
                                   double          y)
{
  int entry;

  g_return_val_if_fail (GROVE_IS_RADAR_VIEW (self), FALSE);

  if (self->layout == NULL)
    return FALSE;

  if ((entry = grove_radar_layout_legend_at (self->layout, x, y)) >= 0)
    grove_radar_view_set_series_hidden (self, entry, !self->hidden[entry]);
  else if (in_rect (&self->layout->target_legend_rect, x, y))
    {
      self->targets_hidden = !self->targets_hidden;
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
  else
    return FALSE;

  return TRUE;
}

GroveChartTheme
grove_radar_view_get_theme (GroveRadarView *self)
{
  return grove_chart_theme_for_style ();
}

/**
 * grove_radar_view_get_layout:
 *
 * Returns: (transfer none) (nullable): the layout of the last frame drawn
 */
const GroveRadarLayout *
grove_radar_view_get_layout (GroveRadarView *self)
{
  g_return_val_if_fail (GROVE_IS_RADAR_VIEW (self), NULL);

  return self->layout;
}

/**
 * grove_radar_view_render_texture:
 *
 * Draws the chart as it is shown (hidden series hidden), at its final
 * values, at any size.
 *
 * Returns: (transfer full) (nullable): the picture, or %NULL without a chart
 */
GdkTexture *
grove_radar_view_render_texture (GroveRadarView  *self,
                                 int              width,
                                 int              height,
                                 GroveChartTheme  theme)
{
  g_autofree GroveRadarSeries *series = NULL;
  g_autoptr(GBytes) bytes = NULL;
  cairo_surface_t *surface;
  GroveRadarData data;
  cairo_t *cr;

  g_return_val_if_fail (GROVE_IS_RADAR_VIEW (self), NULL);
  if (self->chart == NULL)
    return NULL;

  series = g_new0 (GroveRadarSeries, self->chart->n_series);
  grove_culture_chart_fill (self->chart, NULL, self->hidden, theme, &data, series);
  if (self->targets_hidden)
    data.targets = NULL;

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cr = cairo_create (surface);
  grove_radar_render (&data, cr, width, height);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  bytes = g_bytes_new_with_free_func (cairo_image_surface_get_data (surface),
                                      (gsize) cairo_image_surface_get_stride (surface) * height,
                                      (GDestroyNotify) cairo_surface_destroy, surface);
  return gdk_memory_texture_new (width, height, GDK_MEMORY_DEFAULT, bytes,
                                 cairo_image_surface_get_stride (surface));
}

/* Pasted into slides and documents, which are mostly light: the light
 * theme, at a size that stays sharp on a projector. */
void
grove_radar_view_copy (GroveRadarView *self)
{
  g_autoptr(GdkTexture) texture = NULL;

  g_return_if_fail (GROVE_IS_RADAR_VIEW (self));

  texture = grove_radar_view_render_texture (self, 1600, 1000, GROVE_CHART_THEME_LIGHT);
  if (texture != NULL)
    gdk_clipboard_set_texture (gtk_widget_get_clipboard (GTK_WIDGET (self)), texture);
}
