/* grove-present-window.c: one chart, full screen, for a meeting
 *
 * Nothing but the chart and its title, in type large enough for the back
 * of the room. The arrow keys step through units (left, right) and rounds
 * (up, down) without leaving; Escape leaves. A hint saying so shows for a
 * few seconds and then gets out of the way.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "grove-present-window.h"
#include "grove-radar-view.h"

#define HINT_SECONDS 4

struct _GrovePresentWindow
{
  AdwWindow       parent_instance;

  guint           hint_source;

  GtkStack       *stack;
  GroveRadarView *radar_view;
  AdwStatusPage  *suppressed_page;
  GtkRevealer    *hint_revealer;
};

G_DEFINE_FINAL_TYPE (GrovePresentWindow, grove_present_window, ADW_TYPE_WINDOW)

enum {
  NAVIGATE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gboolean
on_key_pressed_cb (GrovePresentWindow    *self,
                   guint                  keyval,
                   guint                  keycode,
                   GdkModifierType        state,
                   GtkEventControllerKey *controller)
{
  int units = 0, rounds = 0;

  if (state & (GDK_CONTROL_MASK | GDK_ALT_MASK))
    return GDK_EVENT_PROPAGATE;

  switch (keyval)
    {
    case GDK_KEY_Escape:
      gtk_window_close (GTK_WINDOW (self));
      return GDK_EVENT_STOP;
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
    case GDK_KEY_Page_Up:
      units = -1;
      break;
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
    case GDK_KEY_Page_Down:
    case GDK_KEY_space:
      units = 1;
      break;
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      rounds = 1;
      break;
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      rounds = -1;
      break;
    default:
      return GDK_EVENT_PROPAGATE;
    }

  g_signal_emit (self, signals[NAVIGATE], 0, units, rounds);
  return GDK_EVENT_STOP;
}

static gboolean
hide_hint_cb (gpointer user_data)
{
  GrovePresentWindow *self = user_data;

  self->hint_source = 0;
  gtk_revealer_set_reveal_child (self->hint_revealer, FALSE);
  return G_SOURCE_REMOVE;
}

static void
grove_present_window_map (GtkWidget *widget)
{
  GrovePresentWindow *self = GROVE_PRESENT_WINDOW (widget);

  GTK_WIDGET_CLASS (grove_present_window_parent_class)->map (widget);

  gtk_revealer_set_reveal_child (self->hint_revealer, TRUE);
  g_clear_handle_id (&self->hint_source, g_source_remove);
  self->hint_source = g_timeout_add_seconds (HINT_SECONDS, hide_hint_cb, self);
}

static void
grove_present_window_dispose (GObject *object)
{
  GrovePresentWindow *self = GROVE_PRESENT_WINDOW (object);

  g_clear_handle_id (&self->hint_source, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), GROVE_TYPE_PRESENT_WINDOW);

  G_OBJECT_CLASS (grove_present_window_parent_class)->dispose (object);
}

static void
grove_present_window_class_init (GrovePresentWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = grove_present_window_dispose;
  widget_class->map = grove_present_window_map;

  /**
   * GrovePresentWindow::navigate:
   * @units: units to step forward (negative: back)
   * @rounds: rounds to step forward (negative: back)
   */
  signals[NAVIGATE] =
    g_signal_new ("navigate", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_INT, G_TYPE_INT);

  g_type_ensure (GROVE_TYPE_RADAR_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/grove-present-window.ui");
  gtk_widget_class_bind_template_child (widget_class, GrovePresentWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, GrovePresentWindow, radar_view);
  gtk_widget_class_bind_template_child (widget_class, GrovePresentWindow, suppressed_page);
  gtk_widget_class_bind_template_child (widget_class, GrovePresentWindow, hint_revealer);
  gtk_widget_class_bind_template_callback (widget_class, on_key_pressed_cb);
}

static void
grove_present_window_init (GrovePresentWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * grove_present_window_new:
 * @parent: the window it presents for
 *
 * Returns: (transfer none): a new window, owned by GTK until it is closed
 */
GrovePresentWindow *
grove_present_window_new (GtkWindow *parent)
{
  return g_object_new (GROVE_TYPE_PRESENT_WINDOW,
                       "transient-for", parent,
                       "application", parent != NULL ? gtk_window_get_application (parent) : NULL,
                       "destroy-with-parent", TRUE,
                       NULL);
}

/**
 * grove_present_window_show:
 * @chart: (transfer full) (nullable): the chart, or %NULL when suppressed
 * @suppressed_reason: (nullable): why there is no chart
 */
void
grove_present_window_show (GrovePresentWindow *self,
                           GroveCultureChart  *chart,
                           const char         *unit_name,
                           const char         *round_title,
                           const char         *suppressed_reason)
{
  g_autofree char *title = NULL;

  g_return_if_fail (GROVE_IS_PRESENT_WINDOW (self));

  /* Translators: the presentation window's title: unit, then round */
  title = g_strdup_printf (_("%s — %s"), unit_name != NULL ? unit_name : "", round_title);
  gtk_window_set_title (GTK_WINDOW (self), title);

  grove_radar_view_set_chart (self->radar_view, chart);
  if (chart != NULL)
    gtk_stack_set_visible_child_name (self->stack, "chart");
  else
    {
      adw_status_page_set_title (self->suppressed_page, title);
      adw_status_page_set_description (self->suppressed_page, suppressed_reason);
      gtk_stack_set_visible_child_name (self->stack, "suppressed");
    }
}
