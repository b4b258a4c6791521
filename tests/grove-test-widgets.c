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
