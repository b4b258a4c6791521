/* grove-test-widgets.c: looking at widgets on a real (virtual) display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "grove-test-widgets.h"

#define WAIT_TIMEOUT_MS 10000

static gboolean
timeout_cb (gpointer data)
{
  gboolean *timed_out = data;

  *timed_out = TRUE;
  return G_SOURCE_REMOVE;
}

void
grove_test_wait_for (GroveTestCondition  condition,
                     gpointer            data,
                     const char         *what)
{
  gboolean timed_out = FALSE;
  guint id = g_timeout_add (WAIT_TIMEOUT_MS, timeout_cb, &timed_out);

  while (!condition (data) && !timed_out)
    g_main_context_iteration (NULL, TRUE);

  if (timed_out)
    g_error ("Timed out waiting for %s", what);

  g_source_remove (id);
}

void
grove_test_settle (guint ms)
{
  gboolean done = FALSE;

  g_timeout_add (ms, timeout_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

gboolean
grove_test_widget_is_mapped (gpointer widget)
{
  return gtk_widget_get_mapped (GTK_WIDGET (widget));
}

gboolean
grove_test_is_on_screen (GtkWidget *widget)
{
  GtkWidget *root = GTK_WIDGET (gtk_widget_get_root (widget));
  graphene_rect_t bounds;

  if (!gtk_widget_get_mapped (widget))
    return FALSE;
  for (GtkWidget *w = widget; w != NULL; w = gtk_widget_get_parent (w))
    if (!gtk_widget_get_child_visible (w))
      return FALSE;
  if (!gtk_widget_compute_bounds (widget, root, &bounds))
    return FALSE;
  if (bounds.size.width <= 0 || bounds.size.height <= 0)
    return FALSE;

  return bounds.origin.x < gtk_widget_get_width (root) &&
         bounds.origin.y < gtk_widget_get_height (root) &&
         bounds.origin.x + bounds.size.width > 0 &&
         bounds.origin.y + bounds.size.height > 0;
}

GtkWidget *
grove_test_find_label (GtkWidget  *widget,
                       const char *text)
{
  if (GTK_IS_LABEL (widget) &&
      g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0 &&
      grove_test_is_on_screen (widget))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = grove_test_find_label (child, text);

      if (found != NULL)
        return found;
    }

  return NULL;
}

GtkWidget *
grove_test_find_named (GtkWidget  *widget,
                       const char *name)
{
  if (g_strcmp0 (gtk_widget_get_name (widget), name) == 0)
    return widget;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = grove_test_find_named (c, name);

      if (found != NULL)
        return found;
    }
  return NULL;
}

GtkWidget *
grove_test_find_widget_of_type (GtkWidget *widget,
                                GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = grove_test_find_widget_of_type (child, type);

      if (found != NULL)
        return found;
    }

  return NULL;
}

typedef struct {
  GtkWidget  *root;
  const char *text;
} LabelQuery;

static gboolean
label_is_on_screen (gpointer data)
{
  LabelQuery *query = data;

  return grove_test_find_label (query->root, query->text) != NULL;
}

void
grove_test_assert_label_on_screen (GtkWidget  *root,
                                   const char *text)
{
  LabelQuery query = { root, text };
  g_autofree char *what = g_strdup_printf ("“%s” on screen", text);

  grove_test_wait_for (label_is_on_screen, &query, what);
}

/* The button under @widget that activates @action, or NULL. */
GtkWidget *
grove_test_find_button (GtkWidget  *widget,
                        const char *action)
{
  if (GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = grove_test_find_button (child, action);

      if (found != NULL)
        return found;
    }

  return NULL;
}

gboolean
grove_test_button_is_sensitive (GtkWidget  *widget,
                                const char *action)
{
  GtkWidget *button = grove_test_find_button (widget, action);

  g_assert_nonnull (button);
  return gtk_widget_get_sensitive (button);
}

static GtkWidget *
find_mapped_window (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_mapped (window))
        return window;
    }
  return NULL;
}

static gboolean
window_is_shown (gpointer data)
{
  return find_mapped_window (GPOINTER_TO_SIZE (data)) != NULL;
}

/* @data: the window's GType, as GSIZE_TO_POINTER (type). */
gboolean
grove_test_window_is_gone (gpointer data)
{
  return find_mapped_window (GPOINTER_TO_SIZE (data)) == NULL;
}

GtkWidget *
grove_test_wait_for_window (GType type)
{
  grove_test_wait_for (window_is_shown, GSIZE_TO_POINTER (type), g_type_name (type));
  return find_mapped_window (type);
}

void
grove_test_close_window (GtkWidget *window)
{
  GType type = G_OBJECT_TYPE (window);

  gtk_window_close (GTK_WINDOW (window));
  grove_test_wait_for (grove_test_window_is_gone, GSIZE_TO_POINTER (type), "the window to close");
}

static gboolean
trigger_matches (GtkShortcutTrigger *trigger,
                 guint               keyval,
                 GdkModifierType     state)
{
  return GTK_IS_KEYVAL_TRIGGER (trigger) &&
         gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)) == keyval &&
         gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)) == state;
}

/* Offers a key press to one widget's key controllers and shortcuts. */
static gboolean
offer_key (GtkWidget       *widget,
           guint            keyval,
           GdkModifierType  state)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);
  gboolean handled = FALSE;

  for (guint i = 0; !handled && i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
        g_signal_emit_by_name (controller, "key-pressed", keyval, 0, state, &handled);
      else if (GTK_IS_SHORTCUT_CONTROLLER (controller))
        for (guint s = 0; !handled && s < g_list_model_get_n_items (G_LIST_MODEL (controller)); s++)
          {
            g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), s);

            if (trigger_matches (gtk_shortcut_get_trigger (shortcut), keyval, state))
              handled = gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), 0, widget,
                                                      gtk_shortcut_get_arguments (shortcut));
          }
    }
  return handled;
}

/* GTK has no public way to make a key event, so the press is delivered as
 * the bubble phase would: to the focus, then to each widget above it,
 * until one takes it. */
gboolean
grove_test_press_key (GtkWidget       *window,
                      guint            keyval,
                      GdkModifierType  state)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));

  g_assert_nonnull (focus);
  for (GtkWidget *widget = focus; widget != NULL; widget = gtk_widget_get_parent (widget))
    if (offer_key (widget, keyval, state))
      return TRUE;
  return FALSE;
}

/* Whether the focus of @window is @widget or inside it. */
gboolean
grove_test_focus_is_in (GtkWidget *window,
                        GtkWidget *widget)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}
