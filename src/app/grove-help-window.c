/* grove-help-window.c: the user guide, inside the application
 *
 * A short guide for each kind of person Grove is for, and for backing up,
 * kept in the window's template so that it is translated with the rest of
 * the interface and needs no help browser.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "grove-help-window.h"

struct _GroveHelpWindow
{
  AdwWindow  parent_instance;

  GtkStack  *topic_stack;
};

G_DEFINE_FINAL_TYPE (GroveHelpWindow, grove_help_window, ADW_TYPE_WINDOW)

static void
grove_help_window_class_init (GroveHelpWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/grove-help-window.ui");
  gtk_widget_class_bind_template_child (widget_class, GroveHelpWindow, topic_stack);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
grove_help_window_init (GroveHelpWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * grove_help_window_new:
 * @parent: (nullable): the window it helps with
 *
 * Returns: (transfer none): a new window, owned by GTK until it is closed
 */
GroveHelpWindow *
grove_help_window_new (GtkWindow *parent)
{
  /* Not modal: the guide stays open beside the page it describes. */
  return g_object_new (GROVE_TYPE_HELP_WINDOW,
                       "transient-for", parent,
                       NULL);
}

/**
 * grove_help_window_show_topic:
 * @topic: "culture", "conversations", "coaching" or "backup"
 *
 * Returns: %TRUE when the guide has that topic
 */
gboolean
grove_help_window_show_topic (GroveHelpWindow *self,
                              const char      *topic)
{
  g_return_val_if_fail (GROVE_IS_HELP_WINDOW (self), FALSE);
  g_return_val_if_fail (topic != NULL, FALSE);

  if (gtk_stack_get_child_by_name (self->topic_stack, topic) == NULL)
    return FALSE;
  gtk_stack_set_visible_child_name (self->topic_stack, topic);
  return TRUE;
}

const char *
grove_help_window_get_topic (GroveHelpWindow *self)
{
  g_return_val_if_fail (GROVE_IS_HELP_WINDOW (self), NULL);

  return gtk_stack_get_visible_child_name (self->topic_stack);
}
