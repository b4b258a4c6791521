/* grove-preferences-window.c: the application's preferences
 *
 * Each control is bound to its setting, so a change takes effect as it is
 * made, in every window, with nothing to apply or save.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "grove-preferences-window.h"

struct _GrovePreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  GSettings            *settings;

  GtkSpinButton        *threshold_spin;
};

G_DEFINE_FINAL_TYPE (GrovePreferencesWindow, grove_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

static void
grove_preferences_window_dispose (GObject *object)
{
  GrovePreferencesWindow *self = GROVE_PREFERENCES_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), GROVE_TYPE_PREFERENCES_WINDOW);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (grove_preferences_window_parent_class)->dispose (object);
}

static void
grove_preferences_window_class_init (GrovePreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = grove_preferences_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/grove-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, GrovePreferencesWindow, threshold_spin);
}

static void
grove_preferences_window_init (GrovePreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * grove_preferences_window_new:
 * @settings: the application's settings
 *
 * Returns: (transfer none): a new window, owned by GTK until it is closed
 */
GrovePreferencesWindow *
grove_preferences_window_new (GtkWindow *parent,
                              GSettings *settings)
{
  GrovePreferencesWindow *self;

  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  self = g_object_new (GROVE_TYPE_PREFERENCES_WINDOW,
                       "transient-for", parent,
                       "modal", TRUE,
                       NULL);
  self->settings = g_object_ref (settings);
  g_settings_bind (settings, "anonymity-threshold", self->threshold_spin, "value", G_SETTINGS_BIND_DEFAULT);

  return self;
}
